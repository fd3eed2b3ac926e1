"""Facts several rules share, computed once per document: each ModelConfig entry with its
Expert-Parallel block, its topology and what the weights say; the ranktable."""

from __future__ import annotations

from typing import NamedTuple

from ..config_access import MISSING, convert_model_value, get, is_true
from ..diagnostics import Finding, Related, join_pointer
from ..topology.model import Ranktable, Topology, topology_for
from ..weights import WeightsInfo, weights_info

# The model-side name of the EP block, and the names renamed to it (reference 2.1 step 2).
EP_BLOCK_NAMES = ("deepseekv2", "deepseek_v3", "deepseek_v2", "deepseekv3")
EP_KEYS = ("ep_level", "enable_init_routing_cutoff", "topk_scaling_factor",
           "alltoall_ep_buffer_scale_factors", "eplb", "enable_dispatch_combine_v2",
           "communication_backend")
DEFAULT_EP_LEVEL = 1  # from the model library's defaults file (reference 2.1)


class Entry(NamedTuple):
    """One ``ModelConfig[i]`` as the rules need it."""

    pointer: str
    data: dict
    topology: Topology
    ep_pointer: str | None  # ``.../models/deepseekv2``, when the block exists
    ep: dict  # the block ({} when absent)
    partial: bool = False  # a fragment placed in the entry: only some of its keys are shown

    def ep_key(self, key: str) -> str:
        return join_pointer(self.ep_pointer or join_pointer(self.pointer, "models", "deepseekv2"),
                            key)

    def ep_raw(self, key: str) -> object:
        return self.ep.get(key, MISSING)

    @property
    def moe_ep(self) -> int:
        return self.topology.effective["moe_ep"]

    @property
    def ep_active(self) -> bool:
        return self.moe_ep > 1

    @property
    def ep_level(self) -> int | None:
        """The effective ep_level: 1 when absent, None when MindIE would refuse the value."""
        raw = self.ep_raw("ep_level")
        if raw is MISSING:
            return DEFAULT_EP_LEVEL
        value = convert_model_value(raw)
        if isinstance(value, (int, float)) and value in (1, 2):
            return int(value)
        return None

    @property
    def cutoff(self) -> bool:
        return is_true(self.ep_raw("enable_init_routing_cutoff"))

    def ep_keys_present(self) -> list[str]:
        keys = [key for key in EP_KEYS if key in self.ep]
        options = self.ep.get("parallel_options")
        if isinstance(options, dict) and "hccl_moe_ep_buffer" in options:
            keys.append("parallel_options.hccl_moe_ep_buffer")
        return keys

    def related(self, key: str, message: str) -> Related:
        return Related(join_pointer(self.pointer, key), message)

    def finding(self, code: str, key: str, message: str, help: str, **extra) -> Finding:
        """A finding on a key of the entry itself (``tp``, ``moe_ep``, ...), or on the entry
        when the key is absent."""
        pointer = join_pointer(self.pointer, key) if key in self.data else self.pointer
        return Finding(code, pointer, message, help, **extra)


def ep_block(entry: dict) -> tuple[str, dict] | None:
    models = entry.get("models")
    if not isinstance(models, dict):
        return None
    for name in EP_BLOCK_NAMES:
        if isinstance(models.get(name), dict):
            return name, models[name]
    return None


def ranktable(ctx) -> Ranktable | None:
    return ctx.once("ranktable", lambda: _load_ranktable(ctx))


def _needs_ranktable(config: object) -> bool:
    return (get(config, "/BackendConfig/multiNodesInferEnabled") is True
            or get(config, "/BackendConfig/ScheduleConfig/distributedEnable") is True)


def _load_ranktable(ctx) -> Ranktable | None:
    from ..engine import FileReport, finish_findings
    from ..reader import InputError, parse_document, read_path
    from ..topology.ranktable import check_ranktable

    path = ctx.options.ranktable or ctx.options.environment.get("RANK_TABLE_FILE")
    if not path or not _needs_ranktable(ctx.config):
        return None
    try:
        raw = read_path(path)
    except InputError:
        if ctx.options.ranktable:
            raise
        return None  # RANK_TABLE_FILE names a file on another host: W stays unknown
    doc = parse_document(raw)
    table, findings = check_ranktable(doc.value, path) if doc.parsed else (None, [])
    if ctx.options.check_permissions:
        from .file_permission import permission_findings

        findings.extend(permission_findings(raw, ctx.options.server_user, "ranktable"))
    ctx.extra_reports[path] = FileReport(path, finish_findings(doc, doc.findings + findings), doc)
    return table


def entries(ctx) -> list[Entry]:
    return ctx.once("entries", lambda: _entries(ctx))


def _entries(ctx) -> list[Entry]:
    table = ranktable(ctx)
    unusable = next(iter(ctx.extra_reports), None) if table is None else None
    result = []
    for pointer, data in ctx.model_configs():
        topology = topology_for(ctx.config, data, backend_shown=ctx.backend_shown,
                                nodes=ctx.options.nodes,
                                devices_per_node=ctx.options.devices_per_node, ranktable=table,
                                unusable_ranktable=unusable)
        partial = ctx.fragment and (ctx.anchor + "/").startswith(pointer + "/")
        block = ep_block(data)
        ep_pointer = join_pointer(pointer, "models", block[0]) if block else None
        result.append(Entry(pointer, data, topology, ep_pointer, block[1] if block else {},
                            partial))
    return result


def weights(ctx, entry: Entry) -> WeightsInfo:
    return ctx.once(f"weights:{entry.pointer}",
                    lambda: weights_info(entry.data, ctx.options.weights_config))


def number(value: object) -> float | None:
    value = convert_model_value(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value
