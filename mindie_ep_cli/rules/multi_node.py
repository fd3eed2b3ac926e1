"""MEP213-MEP214: reminders about large and multi-node Expert-Parallel deployments."""

from __future__ import annotations

from ..config_access import convert_model_value, get, is_true
from ..diagnostics import Finding, Related
from ..i18n import tr
from .base import rule
from .common import entries, weights


@rule("MEP213", "grouped-matmul-auto", "info")
def check_grouped_matmul(ctx):
    """The fused Grouped MatMul operator will switch itself on for this deployment.

    ## What it does
    Reports, for a PD-separated deployment (`inferMode` "dmi") on the atb backend whose global
    world size is above 16, that a decode instance turns the fused Grouped MatMul
    (`enable_atlas_gmm_fused`) on by itself when the world size exceeds 32 (16 with NZ-cast
    weights) and the weights are W8A8 dynamic or `enable_gmmswigluquant` is true; dynamic EPLB
    (`eplb.level` 2) forces it on. A distributed-DP instance (`distDPServerEnabled` or
    `distributedEnable`) is taken as a decode instance; otherwise the message says "if".

    ## Why it matters
    The documentation describes this as an "EP > 32" rule, but the code switches on the global
    world size, on decode instances only, and only for W8A8-dynamic weights or the explicit flag.
    It changes the kernels and memory use of the decode instance without any key in the file, so
    it is worth knowing when comparing P and D behaviour. It is not a user key.

    ## Example
    A distributed-DP decode instance with `dp` 64 over 64 NPUs and W8A8-dynamic weights.

    ## Use instead
    Nothing to change; this is a reminder. Set `enable_gmmswigluquant` explicitly if you want the
    behaviour not to depend on the weights' quantisation.

    ## References
    - MindIE reference 2.4 (enable_atlas_gmm_fused)
    """
    if get(ctx.config, "/ServerConfig/inferMode") != "dmi":
        return
    decode = (get(ctx.config, "/ServerConfig/distDPServerEnabled") is True
              or get(ctx.config, "/BackendConfig/ScheduleConfig/distributedEnable") is True)
    for entry in entries(ctx):
        world = entry.topology.world_size
        if world is None or world <= 16 or entry.topology.backend == "torch":
            continue
        eplb = entry.ep.get("eplb") if isinstance(entry.ep.get("eplb"), dict) else {}
        quantize = weights(ctx, entry).quantize
        if convert_model_value(eplb.get("level", 0)) == 2:
            reason = tr("dynamic EPLB (eplb.level 2) forces it on")
        elif is_true(entry.ep.get("enable_gmmswigluquant", False)):
            reason = tr("enable_gmmswigluquant is true")
        elif quantize == "w8a8_dynamic":
            reason = tr("the weights are W8A8 dynamic")
        elif quantize is None:
            reason = tr("if the weights are W8A8 dynamic (they are not readable here)")
        else:
            continue
        size = (tr("world size {world} is above 32", world=world) if world > 32 else
                tr("world size {world} is above 16, which counts for NZ-cast weights",
                   world=world))
        role = tr("this decode instance") if decode else tr("a decode instance (if this is one)")
        yield Finding("MEP213", entry.ep_pointer or entry.pointer,
                      tr("MindIE switches on the fused Grouped MatMul on {role}: {size}, and "
                         "{reason}", role=role, size=size, reason=reason),
                      tr("nothing to change; expect decode kernels and memory use to differ "
                         "from the prefill instance"))


@rule("MEP214", "multi-node-dynamic-ep-switch", "info")
def check_switch(ctx):
    """Dynamic EP across two or more nodes needs the servers connected through a switch.

    ## What it does
    Reports `ep_level` 2 with `moe_ep > 1` on a multi-node or distributed deployment.

    ## Why it matters
    The EP documentation says that two-machine deployments with `ep_level` 2 must connect the
    servers through a switch, or the service fails to start. Nothing in `config.json` can show the
    cabling, so this is a reminder to check it before the first start.

    ## Example
    Two Atlas 800I A2 nodes (`multiNodesInferEnabled: true`) with `"ep_level": 2`.

    ## Use instead
    Connect the nodes' NPU ports through a switch (not back to back), or use `ep_level` 1.

    ## References
    - MindIE reference 2.3 (two-machine ep_level 2 requires a switch), 3.4, 5 item 8
    """
    for entry in entries(ctx):
        topo = entry.topology
        multi = topo.multi_node or topo.distributed or (topo.nodes or 1) > 1
        if entry.ep_active and entry.ep_level == 2 and multi:
            level_pointer = entry.ep_key("ep_level")
            yield Finding("MEP214", level_pointer if "ep_level" in entry.ep else entry.pointer,
                          tr("ep_level 2 across nodes: the servers must be connected through a "
                             "switch, or the service fails to start (the file cannot show this)"),
                          tr("check that every node's NPU ports go through a switch"),
                          related=_multi_related(ctx))


def _multi_related(ctx) -> tuple[Related, ...]:
    if get(ctx.config, "/BackendConfig/multiNodesInferEnabled") is True:
        return (Related("/BackendConfig/multiNodesInferEnabled", tr("multi-node is on here")),)
    if get(ctx.config, "/BackendConfig/ScheduleConfig/distributedEnable") is True:
        return (Related("/BackendConfig/ScheduleConfig/distributedEnable",
                        tr("distributed scheduling is on here")),)
    return ()


