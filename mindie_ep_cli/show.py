"""`mindie-ep show`: the deployment MindIE will run, as data (the formatters print it).

For each ModelConfig entry: the global world size and where it comes from, the effective
parallel sizes with MindIE's defaults resolved, which EP keys take effect and which are ignored
(and why), the AllToAll buffer factor of ep_level 2 for a prefill of maxInputTokenLen tokens,
and the NPU layout: one row per node, one cell per NPU with its DP replica, TP group and MoE-EP
group. Ranks are numbered in device order; TP and MoE-TP groups are consecutive ranks and an EP
group takes one rank from each MoE-TP group, as the model's mapping builds them (reference 3.3).
"""

from __future__ import annotations

import json
from typing import Mapping

from .config_access import MISSING, get
from .i18n import tr
from .rules.buffer_factors import valid_table
from .rules.common import Entry, entries, weights
from .topology.buffer import algorithm_a, algorithm_b



def describe(ctx, env: Mapping[str, str]) -> dict:
    return {"path": ctx.doc.path,
            "models": [_entry(ctx, entry, env) for entry in entries(ctx)]}


def _entry(ctx, entry: Entry, env: Mapping[str, str]) -> dict:
    topo = entry.topology
    info = weights(ctx, entry)
    result = {
        "pointer": entry.pointer,
        "model_name": entry.data.get("modelName"),
        "backend": topo.backend,
        "world_size": topo.world_size,
        "world_size_source": topo.how,
        "nodes": topo.nodes,
        "devices_per_node": topo.local_size,
        "explicit": topo.explicit,
        "effective": topo.effective,
        "model": {
            "family": info.family.name if info.family else None,
            "model_type": info.model_type,
            "source": info.source or tr("guessed from modelName and modelWeightPath"),
            "routed_experts": info.routed_experts,
            "top_k": info.top_k,
        },
        "ep": _ep(entry),
        "alltoall_buffer": _buffer(ctx, entry, env, info),
        "layout": _layout(topo),
    }
    return result


def _ep(entry: Entry) -> dict:
    level = entry.ep_level
    active = entry.ep_active
    keys = []
    for key in ("ep_level", "enable_init_routing_cutoff", "topk_scaling_factor",
                "alltoall_ep_buffer_scale_factors", "eplb", "enable_dispatch_combine_v2",
                "communication_backend"):
        value = entry.ep.get(key, MISSING)
        if value is MISSING:
            continue
        keys.append({"key": key, "value": value, **_status(entry, key, level, active)})
    options = entry.ep.get("parallel_options")
    if isinstance(options, dict) and "hccl_moe_ep_buffer" in options:
        keys.append({"key": "parallel_options.hccl_moe_ep_buffer",
                     "value": options["hccl_moe_ep_buffer"],
                     **_status(entry, "hccl_moe_ep_buffer", level, active)})
    for key in ("lm_head_local_tp", "o_proj_local_tp"):
        if key in entry.ep:
            keys.append({"key": key, "value": entry.ep[key], "effect": "ignored",
                         "why": tr("MindIE only reads it inside parallel_options")})
    return {"active": active, "level": level if active else None,
            "level_name": _level_name(level) if active else tr("no EP (moe_ep <= 1)"),
            "keys": keys}


def _level_name(level: int | None) -> str | None:
    if level == 1:
        return tr("static EP (AllGather)")
    if level == 2:
        return tr("dynamic EP (AllToAll, fused dispatch/combine)")
    return None


def _status(entry: Entry, key: str, level: int | None, active: bool) -> dict:
    if level is None and key == "ep_level":
        return {"effect": "invalid", "why": tr("not 1 or 2: the model fails to load")}
    if not active:
        return {"effect": "ignored", "why": tr("moe_ep is {moe_ep}: expert parallelism is off",
                                               moe_ep=entry.moe_ep)}
    if key in ("enable_init_routing_cutoff", "topk_scaling_factor"):
        if level != 1:
            return {"effect": "ignored",
                    "why": tr("the routing cutoff only works with ep_level 1")}
        if key == "topk_scaling_factor" and not entry.cutoff:
            return {"effect": "ignored", "why": tr("enable_init_routing_cutoff is not true")}
        if key == "enable_init_routing_cutoff" and not entry.cutoff:
            return {"effect": "takes effect", "why": tr("the cutoff is off")}
    if key in ("alltoall_ep_buffer_scale_factors", "enable_dispatch_combine_v2",
               "communication_backend", "hccl_moe_ep_buffer", "eplb") and level != 2:
        return {"effect": "ignored", "why": tr("only used by dynamic EP (ep_level 2)")}
    return {"effect": "takes effect", "why": ""}


def _buffer(ctx, entry: Entry, env: Mapping[str, str], info) -> dict | None:
    if not entry.ep_active or entry.ep_level != 2:
        return None
    tokens = get(ctx.config, "/BackendConfig/ModelDeployConfig/maxInputTokenLen")
    if not isinstance(tokens, int) or isinstance(tokens, bool) or tokens < 1:
        return {"note": tr("maxInputTokenLen is not set, so the prefill length is unknown")}
    top_k = info.top_k
    top_note = tr("from the weights") if info.source else tr("the model family's")
    if top_k is None:
        top_k, top_note = 8, tr("assumed (the model family is not known)")
    if entry.ep.get("mix_shared_routing") is True:
        top_k, top_note = top_k + 1, tr("{note}, +1 for mix_shared_routing", note=top_note)
    table = valid_table(entry.ep.get("alltoall_ep_buffer_scale_factors"))
    table = [tuple(row) for row in table] if table else None
    dp, cp, moe_ep = (entry.topology.effective[k] for k in ("dp", "cp", "moe_ep"))
    move_up = env.get("DP_MOVE_UP_ENABLE")
    results = {"tokens": tokens, "top_k": top_k, "top_k_source": top_note}
    if cp > 1:
        chosen, why = ["B"], tr("CP is on, so the model-internal algorithm runs")
    elif move_up == "1":
        chosen, why = ["A"], "DP_MOVE_UP_ENABLE=1"
    elif move_up is not None:
        chosen, why = ["B"], f"DP_MOVE_UP_ENABLE={move_up}"
    else:
        chosen, why = ["A", "B"], tr("DP_MOVE_UP_ENABLE is not known (pass --env "
                                     "DP_MOVE_UP_ENABLE=1)")
    results["algorithms"] = chosen
    results["why"] = why
    if "A" in chosen:
        results["A"] = algorithm_a(tokens, top_k, dp, moe_ep, table)._asdict()
    if "B" in chosen:
        results["B"] = algorithm_b(tokens, top_k, moe_ep, table)._asdict()
    return results


def _layout(topo) -> list[list[dict]] | None:
    world, nodes = topo.world_size, topo.nodes
    eff = topo.effective
    if world is None or not nodes or world % nodes or world > 4096:
        return None
    tp, cp, moe_tp = eff["tp"], eff["cp"], eff["moe_tp"]
    if not tp or not moe_tp or world % tp or world % moe_tp:
        return None
    per_node = world // nodes
    rows = []
    for node in range(nodes):
        row = []
        for npu in range(per_node):
            rank = node * per_node + npu
            row.append({"rank": rank, "dp": rank // (tp * cp) if tp * cp else 0,
                        "tp_group": rank // tp, "tp_rank": rank % tp,
                        "ep_group": rank % moe_tp, "ep_rank": rank // moe_tp})
        rows.append(row)
    return rows


def to_json(descriptions: list[dict]) -> str:
    from . import __version__

    return json.dumps({"version": 1, "tool": {"name": "mindie-ep", "version": __version__},
                       "files": descriptions}, indent=2, ensure_ascii=False, default=str)

