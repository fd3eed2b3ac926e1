"""MEP309, MEP310, MEP313: how the global world size is known (node count, ranktable)."""

from __future__ import annotations

from ..config_access import MISSING, get
from ..diagnostics import Finding
from ..i18n import tr
from .base import rule
from .common import entries, ranktable

MULTI = "/BackendConfig/multiNodesInferEnabled"
DISTRIBUTED = "/BackendConfig/ScheduleConfig/distributedEnable"


@rule("MEP309", "node-count-unknown", "info")
def check_world_unknown(ctx):
    """The global world size cannot be known from the file, so the world-size rules are skipped.

    ## What it does
    Says once per file that the world size W is unknown, why, and what to pass: a multi-node
    (`multiNodesInferEnabled`) or distributed (`ScheduleConfig.distributedEnable`) config takes
    W from the ranktable, which `--ranktable FILE` or `RANK_TABLE_FILE` names, or from
    `--nodes N` (with `--devices-per-node` when `worldSize` is not the per-node count). A
    fragment that leaves out `multiNodesInferEnabled` needs `--nodes`.

    ## Why it matters
    On multi-node deployments `worldSize` is the per-node count (8 on an A2 node) and on a
    distributed-DP decode instance it is 1 while `dp` is 64. Guessing W from it would report
    errors in working layouts, so MEP301, MEP303, MEP306 and MEP312 need the real W and are
    skipped until it is given.

    ## Example
    A two-node A2 config (`multiNodesInferEnabled: true`, `worldSize` 8) linted without
    `--nodes`.

    ## Use instead
    `mindie-ep lint --nodes 2 config.json`, or `--ranktable /path/ranktable.json`.

    ## References
    - MindIE reference 3.2 (what worldSize means), 1.9 (ranktable)
    """
    for entry in entries(ctx):
        topo = entry.topology
        if topo.known:
            continue
        pointer = MULTI if get(ctx.config, MULTI) is True else (
            DISTRIBUTED if get(ctx.config, DISTRIBUTED) is True else entry.pointer)
        yield Finding("MEP309", pointer,
                      tr("the global world size is unknown: {how}; the world-size checks "
                         "(MEP301, MEP303, MEP306, MEP312) are skipped", how=topo.how),
                      tr("pass --nodes N (and --devices-per-node) or --ranktable FILE"))
        return


@rule("MEP310", "ranktable-invalid", "error")
def check_ranktable(ctx):
    """The ranktable breaks the rules the server checks when it reads it.

    ## What it does
    When the config is multi-node or distributed and a ranktable is given (`--ranktable` or
    `RANK_TABLE_FILE`), checks it as the server does: `server_count` a string from 2 to 60 equal
    to the number of servers, 1 to 32 devices on every server and the same number on all, a
    non-empty `container_ip` per server, `device_id` 0 to 63, `rank_id` 0 to 511, and a valid
    `device_ip`. The findings are reported in the ranktable file; the config gets one finding
    pointing there.

    ## Why it matters
    The server reads the ranktable at start-up on every node and refuses a table that breaks
    these rules; the world size of every parallel check comes from it.

    ## Example
    `"server_count": 2` (a number) or a server without `container_ip`.

    ## Use instead
    `"server_count": "2"` and a `container_ip` for every server, as `hccn_tool` writes them.

    ## References
    - MindIE reference 1.9 (ranktable rules), 3.2
    """
    ranktable(ctx)
    for path, report in ctx.extra_reports.items():
        errors = sum(1 for d in report.diagnostics if d.severity.label == "error")
        if errors:
            pointer = MULTI if get(ctx.config, MULTI) is True else DISTRIBUTED
            yield Finding("MEP310", pointer,
                          tr("the ranktable {path} breaks {errors} of the server's ranktable "
                             "rules (reported in that file): the server refuses it at start-up",
                             path=path, errors=errors),
                          tr("fix {path}; see its findings", path=path))


@rule("MEP313", "nodes-without-multi-node", "warning")
def check_nodes_flag(ctx):
    """`--nodes` is above 1 but the config is not multi-node, so MindIE runs it on one node.

    ## What it does
    Reports `--nodes N` (N > 1) for a config whose `multiNodesInferEnabled` is false (or
    absent) and that is not a distributed-DP instance.

    ## Why it matters
    Without `multiNodesInferEnabled: true` MindIE never reads the ranktable and treats
    `worldSize` as the whole deployment. The A3 guide warns that a multi-node A3 setup without it
    is recognised as only 16 devices, so the layout meant for several nodes fails or runs on one.

    ## Example
    `mindie-ep lint --nodes 2 config.json` on a config with `"multiNodesInferEnabled" : false`.

    ## Use instead
    `"multiNodesInferEnabled" : true` on every node (with the same config.json on all of them).

    ## References
    - MindIE reference 3.2 (A3_single.md warning), 5 item 8
    """
    nodes = ctx.options.nodes
    if not nodes or nodes < 2:
        return
    for entry in entries(ctx):
        topo = entry.topology
        if topo.multi_node is False and not topo.distributed:
            shown = get(ctx.config, MULTI) is not MISSING
            yield Finding("MEP313", MULTI if shown else "/BackendConfig",
                          tr("--nodes {nodes} was given, but multiNodesInferEnabled is not true: "
                             "MindIE runs this config on one node with worldSize {world}",
                             nodes=nodes,
                             world=topo.world_size if topo.world_size is not None else '?'),
                          tr("set \"multiNodesInferEnabled\" : true for a multi-node deployment"))

            return
