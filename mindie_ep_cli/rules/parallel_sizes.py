"""MEP301-MEP307 and MEP312: the parallel sizes against the global world size W, the way the
model's mapping code checks them at load time (reference 3.3). Each failure here stops the model
load; the messages quote the server's own error text."""

from __future__ import annotations

import json

from ..config_access import as_int
from ..diagnostics import Edit, Finding, Fix, Related, Severity, join_pointer
from ..i18n import tr
from .base import rule
from .common import Entry, entries


def _known(ctx) -> list[Entry]:
    return [entry for entry in entries(ctx) if entry.topology.known]


def _sizes_related(entry: Entry, keys: tuple[str, ...]) -> tuple[Related, ...]:
    return tuple(entry.related(key, tr("{key} is set here", key=key)) for key in keys
                 if key in entry.data)


def _world(entry: Entry) -> str:
    topo = entry.topology
    return tr("the world size is {world} ({how})", world=topo.world_size, how=topo.how)


@rule("MEP301", "moe-size-mismatch", "error")
def check_moe_sizes(ctx):
    """`moe_ep` x `moe_tp` does not equal the world size (or, without EP, `moe_tp` is not W).

    ## What it does
    With `moe_ep > 1`, checks `moe_ep x moe_tp == W`; with `moe_ep <= 1`, checks `moe_tp == W`.
    When `moe_tp` is not written, the message says which default it took: `tp` when `tp` is
    given (atb backend), otherwise W.

    ## Why it matters
    The model's mapping refuses the layout ("World size must equal to MoE's ep_size * MoE's
    tp_size", or "... MoE's tp_size") and the service does not start. The official EP snippet
    (`worldSize` 8, `moe_ep` 8, no `moe_tp`) fails this way on 3.0: `moe_tp` defaults to 8 and
    8 x 8 is not 8. So does the DP snippet (`tp` 1, `dp` 8, no `moe_tp`): `moe_tp` defaults to
    `tp` = 1.

    ## Example
    ```json
    "worldSize": 8, "moe_ep": 8
    ```

    ## Use instead
    ```json
    "worldSize": 8, "moe_ep": 8, "moe_tp": 1
    ```

    ## References
    - MindIE reference 3.3 (mapping rules and the verified doc examples), 5 item 3
    """
    for entry in _known(ctx):
        topo = entry.topology
        world, moe_ep, moe_tp = topo.world_size, topo.effective["moe_ep"], topo.effective["moe_tp"]
        related = _sizes_related(entry, ("moe_tp", "tp"))
        if moe_ep > 1 and moe_ep * moe_tp != world:
            help = (tr("set \"moe_tp\": {value}", value=world // moe_ep) if world % moe_ep == 0
                    else tr("choose moe_ep and moe_tp whose product is {world}", world=world))
            fix = None
            if world % moe_ep == 0 and "moe_tp" not in entry.data:
                fix = Fix(tr("write moe_tp {value} (the only value that fits)",
                             value=world // moe_ep), safe=True,
                          edits=(Edit(join_pointer(entry.pointer, "moe_tp"), world // moe_ep),))
            yield entry.finding("MEP301", "moe_ep",
                                tr("moe_ep {moe_ep} x moe_tp {moe_tp} = {product}, but {world}: "
                                   "the model fails to load (\"World size must equal to MoE's "
                                   "ep_size * MoE's tp_size\")", moe_ep=moe_ep,
                                   moe_tp=topo.default_note('moe_tp'), product=moe_ep * moe_tp,
                                   world=_world(entry)), help,
                                related=related, fix=fix)
        elif moe_ep <= 1 and moe_tp != world:
            yield entry.finding("MEP301", "moe_tp" if "moe_tp" in entry.data else "tp",
                                tr("without expert parallelism (moe_ep {moe_ep}) moe_tp must "
                                   "equal the world size, but moe_tp is {moe_tp} and {world}: the "
                                   "model fails to load (\"World size must equal to MoE's "
                                   "tp_size\")", moe_ep=moe_ep,
                                   moe_tp=topo.default_note('moe_tp'), world=_world(entry)),
                                tr("set \"moe_tp\": {world}, or turn EP on with \"moe_ep\": "
                                   "{moe_ep}", world=world,
                                   moe_ep=world // moe_tp if moe_tp and world % moe_tp == 0
                                   else world),
                                related=_sizes_related(entry, ("moe_ep",)))


@rule("MEP302", "moe-tp-implicit", "warning")
def check_moe_tp_explicit(ctx):
    """`moe_ep` > 1 without an explicit `moe_tp`.

    ## What it does
    Reports an entry that turns EP on (`moe_ep > 1`) and leaves `moe_tp` to its default, when
    the default happens to fit (when it does not, MEP301 reports the error instead).

    ## Why it matters
    The default depends on the backend and on whether `tp` is written (`tp`, else the world
    size), and older releases may have inferred it differently. Writing `moe_tp` makes the layout
    explicit and keeps it right when `tp` or the node count changes.

    ## Example
    ```json
    "tp": 2, "moe_ep": 4
    ```

    ## Use instead
    ```json
    "tp": 2, "moe_ep": 4, "moe_tp": 2
    ```

    ## References
    - MindIE reference 3.3 ("always emit moe_tp explicitly"), 7 item 1
    """
    for entry in entries(ctx):
        topo = entry.topology
        if (not entry.ep_active or "moe_tp" in entry.data or entry.partial):
            continue
        if topo.known and topo.effective["moe_ep"] * topo.effective["moe_tp"] != topo.world_size:
            continue  # MEP301 reports it
        moe_tp = topo.effective["moe_tp"]
        fix = None
        if moe_tp is not None:
            fix = Fix(tr("write the default moe_tp {value} explicitly", value=moe_tp), safe=True,
                      edits=(Edit(join_pointer(entry.pointer, "moe_tp"), moe_tp),))
        to_tp = "tp" in entry.data and topo.backend != "torch"
        if to_tp and moe_tp:
            message = tr("moe_ep {moe_ep} without an explicit moe_tp: it defaults to tp "
                         "({moe_tp})", moe_ep=entry.moe_ep, moe_tp=moe_tp)
        elif to_tp:
            message = tr("moe_ep {moe_ep} without an explicit moe_tp: it defaults to tp",
                         moe_ep=entry.moe_ep)
        elif moe_tp:
            message = tr("moe_ep {moe_ep} without an explicit moe_tp: it defaults to the world "
                         "size ({moe_tp})", moe_ep=entry.moe_ep, moe_tp=moe_tp)
        else:
            message = tr("moe_ep {moe_ep} without an explicit moe_tp: it defaults to the world "
                         "size", moe_ep=entry.moe_ep)
        yield entry.finding("MEP302", "moe_ep", message,
                            tr("write \"moe_tp\" explicitly (moe_tp = world size / moe_ep)"),
                            fix=fix)


@rule("MEP303", "attention-size-mismatch", "error")
def check_attention_sizes(ctx):
    """`tp` x `cp` x `dp` does not equal the world size (with `pp` > 1: `tp` x `pp`).

    ## What it does
    Checks the attention layout against the global world size W: `tp x cp x dp == W`, or
    `tp x pp == W` with pipeline parallel. Unset sizes take their defaults (`tp` = W, the others 1).

    ## Why it matters
    The mapping code refuses any other product ("World size must equal to attention's dp_size *
    ... cp_size * ... tp_size") and the service does not start. On multi-node deployments the
    product must match the *global* size (nodes x devices per node), not the per-node `worldSize`.

    ## Example
    ```json
    "worldSize": 8, "dp": 2, "tp": 8
    ```

    ## Use instead
    ```json
    "worldSize": 8, "dp": 2, "tp": 4
    ```

    ## References
    - MindIE reference 3.3, 3.2 (global world size), 5 item 7
    """
    for entry in _known(ctx):
        topo = entry.topology
        eff, world = topo.effective, topo.world_size
        if eff["pp"] > 1:
            if eff["tp"] * eff["pp"] != world:
                yield entry.finding("MEP303", "pp",
                                    tr("tp {tp} x pp {pp} = {product}, but {world}: the model "
                                       "fails to load", tp=topo.default_note('tp'), pp=eff['pp'],
                                       product=eff['tp'] * eff['pp'], world=_world(entry)),
                                    tr("make tp x pp = {world}", world=world),
                                    related=_sizes_related(entry, ("tp",)))
            continue
        product = eff["tp"] * eff["cp"] * eff["dp"]
        if product != world:
            key = "dp" if "dp" in entry.data else "tp"
            split = eff["dp"] * eff["cp"]
            fix = (tr("with dp {dp} and cp {cp}, set \"tp\": {tp}", dp=eff['dp'], cp=eff['cp'],
                      tp=world // split)
                   if split > 0 and world % split == 0
                   else tr("choose tp, cp and dp whose product is {world}", world=world))
            yield entry.finding("MEP303", key,
                                tr("tp {tp} x cp {cp} x dp {dp} = {product}, but {world}: the "
                                   "model fails to load (\"World size must equal to attention's "
                                   "dp_size * cp_size * tp_size\")", tp=topo.default_note('tp'),
                                   cp=eff['cp'], dp=eff['dp'], product=product,
                                   world=_world(entry)), fix,
                                related=_sizes_related(entry, ("tp", "cp") if key == "dp" else ("cp",)))


@rule("MEP304", "sp-must-equal-tp", "error")
def check_sp(ctx):
    """Sequence parallel (`sp` > 1) with `sp` different from `tp`.

    ## What it does
    Reports `sp > 1` when `sp != tp` (effective `tp`, which defaults to the world size).

    ## Why it matters
    Sequence parallel splits the KV cache across the attention TP group, so the mapping code
    requires `sp == tp` and refuses anything else at load time.

    ## Example
    ```json
    "tp": 8, "sp": 4
    ```

    ## Use instead
    ```json
    "tp": 8, "sp": 8
    ```

    ## References
    - MindIE reference 3.3 (sp > 1 -> sp == tp), 3.4
    """
    for entry in entries(ctx):
        eff = entry.topology.effective
        if eff["sp"] > 1 and eff["tp"] is not None and eff["sp"] != eff["tp"]:
            yield entry.finding("MEP304", "sp",
                                tr("sp {sp} is not equal to tp {tp}: sequence parallel needs "
                                   "sp == tp, so the model fails to load", sp=eff['sp'],
                                   tp=entry.topology.default_note('tp')),
                                tr("set \"sp\": {tp}, or \"sp\": 1", tp=eff['tp']),
                                related=_sizes_related(entry, ("tp",)))


@rule("MEP305", "cp-with-dp", "error")
def check_cp_pp_with_dp(ctx):
    """Context parallel (`cp` != 1) or pipeline parallel (`pp` != 1) together with `dp` != 1.

    ## What it does
    Reports `cp != 1` with `dp != 1`, and `pp != 1` with `dp != 1`.

    ## Why it matters
    The mapping code treats CP and attention DP (and PP and DP) as exclusive and refuses the
    combination at load time. The context-parallel guide uses `dp` 1 with `cp` 2.

    ## Example
    ```json
    "worldSize": 16, "cp": 2, "dp": 2, "tp": 4
    ```

    ## Use instead
    ```json
    "worldSize": 16, "cp": 2, "dp": 1, "tp": 8, "sp": 8
    ```

    ## References
    - MindIE reference 3.3 (cp != 1 and dp != 1 -> error; pp likewise), 3.4
    """
    for entry in entries(ctx):
        eff = entry.topology.effective
        for other in ("cp", "pp"):
            if eff[other] != 1 and eff["dp"] != 1:
                yield entry.finding("MEP305", other,
                                    tr("{key} {value} together with dp {dp}: the model refuses "
                                       "{name} combined with attention DP and fails to load",
                                       key=other, value=eff[other], dp=eff['dp'],
                                       name=other.upper()),
                                    tr("use \"dp\": 1 with {key}, or \"{key}\": 1", key=other),
                                    related=_sizes_related(entry, ("dp",)))


@rule("MEP306", "tp-exceeds-node", "error")
def check_tp_per_node(ctx):
    """A TP group (`tp`, or `moe_tp` with EP) larger than one node but not the whole world.

    ## What it does
    With L = devices per node, reports `tp > L` unless `tp == W`, and, when `moe_ep > 1`,
    `moe_tp > L` unless `moe_tp == W`.

    ## Why it matters
    Tensor-parallel groups may span all NPUs or stay within one node, never part of several
    nodes; the mapping code refuses other sizes at load time. This is the mistake of a 4-node A2
    layout with `moe_tp` 16 and `moe_ep` 2.

    ## Example
    ```json
    "worldSize": 8, "moe_ep": 2, "moe_tp": 16
    ```
    with `multiNodesInferEnabled: true` on four nodes (W = 32, L = 8).

    ## Use instead
    `"moe_ep": 4, "moe_tp": 8` (a TP group per node), or `"moe_ep": 32, "moe_tp": 1`.

    ## References
    - MindIE reference 3.3 (tp <= L or tp == W; likewise moe_tp with EP)
    """
    for entry in _known(ctx):
        topo = entry.topology
        local, world = topo.local_size, topo.world_size
        if local is None:
            continue
        checks = [("tp", topo.effective["tp"])]
        if topo.effective["moe_ep"] > 1:
            checks.append(("moe_tp", topo.effective["moe_tp"]))
        for key, value in checks:
            if value > local and value != world:
                yield entry.finding("MEP306", key,
                                    tr("{key} {value} is larger than one node ({local} devices) "
                                       "but not the whole world size {world}: a TP group cannot "
                                       "span part of several nodes, so the model fails to load",
                                       key=key, value=topo.default_note(key), local=local,
                                       world=world),
                                    tr("use {key} <= {local} (or {world})", key=key, local=local,
                                       world=world))


@rule("MEP307", "parallel-size-below-1", "error")
def check_size_below_one(ctx):
    """`dp`, `sp` or `cp` below 1 (for example the old "off" value -1).

    ## What it does
    Reports `dp`, `sp` or `cp` written as a number below 1. MindIE 3.0 refuses them; releases
    before 3.0 documented `dp: -1` as "off", so with the version not known for sure it is a
    warning naming 3.0, and with `--mindie-version 2.x` a -1 stays quiet.

    ## Why it matters
    The 3.0 server checks these keys itself and throws "dp cannot be smaller than 1" at start-up.
    Configs copied from the older data-parallel guide carry `"dp": -1`.

    ## Example
    ```json
    "dp": -1
    ```

    ## Use instead
    ```json
    "dp": 1
    ```

    ## References
    - MindIE reference 3.1 item 6, 1.7 (dp), 5 item 9, 7 item 5
    """
    profile = ctx.profile
    for entry in entries(ctx):
        for key in ("dp", "sp", "cp"):
            value = as_int(entry.data.get(key)) if key in entry.data else None
            if value is None or value >= 1:
                continue
            if profile.version == "2.x":
                if value == -1:
                    continue
                severity, effect = Severity.ERROR, tr("the model mapping refuses it")
            elif profile.certain:
                severity = Severity.ERROR
                effect = tr("MindIE 3.0 refuses to start (\"{key} cannot be smaller than 1\")",
                            key=key)
            else:
                severity = Severity.WARNING
                effect = tr("MindIE 3.0 refuses to start (\"{key} cannot be smaller than 1\"); "
                            "older releases took -1 as \"off\"", key=key)
            yield entry.finding("MEP307", key,
                                tr("{key} is {value}: {effect}", key=key,
                                   value=json.dumps(entry.data[key]), effect=effect),
                                tr("set \"{key}\": 1", key=key), severity=severity)


@rule("MEP312", "world-size-not-divisible", "error")
def check_world_divisible(ctx):
    """The global world size is not a multiple of the number of nodes.

    ## What it does
    Reports a world size W (from the ranktable) that the number of nodes n does not divide.

    ## Why it matters
    The mapping code derives the per-node size L = W / n and refuses a W that is not a multiple
    of n; this happens when the ranktable lists different numbers of devices on different nodes.

    ## Example
    A ranktable with 8, 8 and 4 devices on three servers (W = 20, n = 3).

    ## Use instead
    Use the same number of NPUs on every node.

    ## References
    - MindIE reference 3.3 (W % n == 0), 1.9 (equal devices per node)
    """
    for entry in _known(ctx):
        topo = entry.topology
        if topo.nodes and topo.world_size % topo.nodes:
            yield Finding("MEP312", entry.pointer,
                          tr("the world size {world} is not a multiple of the {nodes} nodes "
                             "({how}): the model fails to load", world=topo.world_size,
                             nodes=topo.nodes, how=topo.how),
                          tr("use the same number of devices on every node"))

