"""From answers to edits: the keys `init` sets, and what an existing config already says.

Every workload fills every parallel key (`tp`, `dp`, `sp`, `cp`, `pp`, `moe_tp`, `moe_ep`): no EP
writes `moe_tp` = W explicitly, dynamic EP writes `moe_ep` = W and `moe_tp` = 1, long sequences
write the chosen static-EP split. Only keys whose value changes become edits, so an existing
file keeps every other byte.
"""

from __future__ import annotations

from ..config_access import MISSING, get
from ..diagnostics import join_pointer
from ..edit.editor import REMOVE, Change
from ..rules.common import EP_BLOCK_NAMES
from ..topology.buffer import DEFAULT_TABLE
from ..weights import guess_family
from .facts import HARDWARE, STATIC_WORKLOADS, parse_layout

ENTRY = "/BackendConfig/ModelDeployConfig/ModelConfig/0"
EP_BLOCK = f"{ENTRY}/models/deepseekv2"
STOCK_MODEL_NAME = "llama_65b"
_FAMILY_KEYS = {"DeepSeek-V3/R1": "deepseek-v3", "DeepSeek-V2": "deepseek-v2",
                "Kimi-K2": "kimi-k2"}


def known_from_config(config: object, path: str | None) -> dict:
    """What an existing config answers already (the defaults when updating it)."""
    known: dict = {"path": path} if path else {}
    entry = get(config, ENTRY)
    if not isinstance(entry, dict) or not path:
        return known
    if isinstance(entry.get("modelWeightPath"), str):
        known["weights"] = entry["modelWeightPath"]
    if isinstance(entry.get("modelName"), str) and entry["modelName"] != STOCK_MODEL_NAME:
        known["model_name"] = entry["modelName"]
    names = f"{entry.get('modelName', '')} {entry.get('modelWeightPath', '')}".lower()
    family, _ = guess_family(names)
    if family is not None:
        known["model"] = _FAMILY_KEYS[family.name]
    for quant in ("w4a8", "w8a8", "bf16"):
        if quant in names:
            known["quant"] = quant
            break
    per_node = {8: "a2", 16: "a3"}.get(entry.get("worldSize"))
    if per_node:
        known["hardware"] = per_node
    if get(config, "/BackendConfig/multiNodesInferEnabled") is False:
        known["nodes"] = 1
    for key, pointer in (("max_seq_len", "/BackendConfig/ModelDeployConfig/maxSeqLen"),
                         ("max_input_len", "/BackendConfig/ModelDeployConfig/maxInputTokenLen")):
        value = get(config, pointer)
        if isinstance(value, int) and not isinstance(value, bool):
            known[key] = value
    return known


def _ep_block_pointer(config: object) -> str:
    models = get(config, f"{ENTRY}/models")
    if isinstance(models, dict):
        for name in EP_BLOCK_NAMES:
            if isinstance(models.get(name), dict):
                return join_pointer(f"{ENTRY}/models", name)
    return EP_BLOCK


def changes_for(answers: dict, config: object) -> list[Change]:
    """The edits that make ``config`` say what the answers say (answers may be partial)."""
    wanted: list[tuple[str, object]] = []
    hardware = HARDWARE.get(answers.get("hardware"))
    nodes = answers.get("nodes")
    if "weights" in answers:
        wanted.append((f"{ENTRY}/modelWeightPath", answers["weights"]))
    if "model_name" in answers:
        wanted.append((f"{ENTRY}/modelName", answers["model_name"]))
    if hardware and isinstance(nodes, int):
        per_node, world = hardware.devices_per_node, hardware.devices_per_node * nodes
        wanted += [("/BackendConfig/multiNodesInferEnabled", nodes > 1),
                   ("/BackendConfig/modelInstanceNumber", 1),
                   ("/BackendConfig/npuDeviceIds", [list(range(per_node))]),
                   (f"{ENTRY}/worldSize", per_node)]
        wanted += _parallel(answers, world)
    wanted += _ep_keys(answers, config)
    if "max_seq_len" in answers:
        wanted.append(("/BackendConfig/ModelDeployConfig/maxSeqLen", answers["max_seq_len"]))
    if "max_input_len" in answers:
        wanted.append(("/BackendConfig/ModelDeployConfig/maxInputTokenLen",
                       answers["max_input_len"]))
        prefill = get(config, "/BackendConfig/ScheduleConfig/maxPrefillTokens")
        if not isinstance(prefill, int) or prefill < answers["max_input_len"]:
            wanted.append(("/BackendConfig/ScheduleConfig/maxPrefillTokens",
                           answers["max_input_len"]))
    changes = []
    for pointer, value in wanted:
        current = get(config, pointer)
        if value is REMOVE:
            if current is not MISSING:
                changes.append(Change(pointer, REMOVE))
        elif current is MISSING or _differs(current, value):
            changes.append(Change(pointer, value))
    return changes


def _differs(current: object, value: object) -> bool:
    return type(current) is not type(value) or current != value


def _parallel(answers: dict, world: int) -> list[tuple[str, object]]:
    workload = answers.get("workload")
    if workload is None or "layout" not in answers:
        return []
    dp, tp = parse_layout(answers["layout"])
    if workload == "dynamic-ep":
        moe_ep, moe_tp = world, 1
    elif workload in STATIC_WORKLOADS:
        if "moe_layout" not in answers:
            return []
        moe_ep, moe_tp = parse_layout(answers["moe_layout"])
    else:
        moe_ep, moe_tp = 1, world
    sizes = {"dp": dp, "tp": tp, "sp": 1, "cp": 1, "pp": 1, "moe_tp": moe_tp, "moe_ep": moe_ep}
    return [(f"{ENTRY}/{key}", value) for key, value in sizes.items()]


def _ep_keys(answers: dict, config: object) -> list[tuple[str, object]]:
    workload = answers.get("workload")
    if workload is None:
        return []
    block = _ep_block_pointer(config)
    if workload == "no-ep":  # every EP key would be ignored (MEP210): take them out
        return [(f"{block}/{key}", REMOVE) for key in
                ("ep_level", "enable_init_routing_cutoff", "topk_scaling_factor",
                 "alltoall_ep_buffer_scale_factors")]
    if "ep_level" not in answers:
        return []
    wanted: list[tuple[str, object]] = [(f"{block}/ep_level", answers["ep_level"])]
    if workload == "long-seq":
        if "topk_scaling_factor" in answers:
            wanted += [(f"{block}/enable_init_routing_cutoff", True),
                       (f"{block}/topk_scaling_factor", answers["topk_scaling_factor"])]
        wanted.append((f"{block}/alltoall_ep_buffer_scale_factors", REMOVE))
    elif workload == "static-ep":
        wanted += [(f"{block}/{key}", REMOVE) for key in
                   ("enable_init_routing_cutoff", "topk_scaling_factor",
                    "alltoall_ep_buffer_scale_factors")]
    else:
        wanted += [(f"{block}/enable_init_routing_cutoff", REMOVE),
                   (f"{block}/topk_scaling_factor", REMOVE)]
        if answers.get("buffer_factors"):
            wanted.append((f"{block}/alltoall_ep_buffer_scale_factors",
                           [list(row) for row in DEFAULT_TABLE]))
    return wanted
