"""MEP210-MEP211: is Expert Parallel on at all, and can dynamic EP run with this moe_tp."""

from __future__ import annotations

import json

from ..diagnostics import Edit, Finding, Fix, Related, join_pointer
from ..i18n import tr
from .base import rule
from .common import entries


@rule("MEP210", "ep-inactive", "warning")
def check_ep_inactive(ctx):
    """EP keys are set but `moe_ep` is missing or at most 1, so every one of them is ignored.

    ## What it does
    Reports an entry whose `models.deepseekv2` sets EP keys (`ep_level`, the routing cutoff,
    `topk_scaling_factor`, the buffer table, `eplb`, `enable_dispatch_combine_v2`,
    `communication_backend`, `parallel_options.hccl_moe_ep_buffer`) while `moe_ep` is absent or
    not greater than 1.

    ## Why it matters
    The model turns expert parallelism on only when `moe_ep > 1`; otherwise it forces the EP
    level to "no EP" regardless of the config. The server starts, runs the experts with tensor
    parallelism only, and the EP settings the operator tuned have no effect at all.

    ## Example
    ```json
    "tp": 8,
    "models": { "deepseekv2": { "ep_level": 2 } }
    ```

    ## Use instead
    ```json
    "moe_ep": 8, "moe_tp": 1,
    "models": { "deepseekv2": { "ep_level": 2 } }
    ```

    ## References
    - MindIE reference 2.3 (moe_ep <= 1 forces NO_EP), 1.7 (moe_ep default 1)
    """
    for entry in entries(ctx):
        keys = entry.ep_keys_present()
        if not keys or entry.ep_active or (entry.partial and "moe_ep" not in entry.data):
            continue
        written = entry.data.get("moe_ep")
        state = (tr("moe_ep is {value}", value=json.dumps(written)) if "moe_ep" in entry.data
                 else tr("moe_ep is not set"))
        related = (entry.related("moe_ep", state),) if "moe_ep" in entry.data else ()
        removed = tuple(Edit(join_pointer(entry.ep_pointer, *key.split(".")), remove=True)
                        for key in keys)
        if len(keys) == 1:
            message = tr("{keys} is ignored: {state}, so expert parallelism is off and MindIE "
                         "forces the EP level to \"no EP\"", keys=keys[0], state=state)
        else:
            message = tr("{keys} are ignored: {state}, so expert parallelism is off and MindIE "
                         "forces the EP level to \"no EP\"", keys=", ".join(keys), state=state)
        yield Finding("MEP210", entry.ep_pointer or entry.pointer, message,
                      tr("set \"moe_ep\" > 1 (with \"moe_tp\" so that moe_ep x moe_tp equals the "
                         "world size), or remove the EP keys"), related=related,
                      fix=Fix(tr("remove the ignored EP keys"), safe=False, edits=removed))


@rule("MEP211", "dynamic-ep-needs-moe-tp-1", "error")
def check_dynamic_ep_moe_tp(ctx):
    """Dynamic EP (`ep_level` 2) with an effective `moe_tp` other than 1.

    ## What it does
    Reports an entry with `moe_ep > 1` and `ep_level` 2 whose effective `moe_tp` is not 1:
    written so, or left unset, in which case it defaults to `tp` (if given) or the world size.

    ## Why it matters
    Dynamic EP only supports `moe_tp = 1`; the model raises "Dynamic EP only supports moe_tp = 1"
    while loading and the service does not start. The official EP snippet omits `moe_tp`, so a
    config copied from it fails exactly this way.

    ## Example
    ```json
    "worldSize": 8, "moe_ep": 8,
    "models": { "deepseekv2": { "ep_level": 2 } }
    ```

    ## Use instead
    ```json
    "worldSize": 8, "moe_ep": 8, "moe_tp": 1,
    "models": { "deepseekv2": { "ep_level": 2 } }
    ```

    ## References
    - MindIE reference 2.3 (DYNAMIC_EP requires moe_tp == 1), 3.4, 5 item 4
    """
    for entry in entries(ctx):
        if not entry.ep_active or entry.ep_level != 2:
            continue
        topo = entry.topology
        moe_tp = topo.effective["moe_tp"]
        if moe_tp == 1:
            continue
        if moe_tp is None:  # unset and W unknown: it is W, and W >= moe_ep > 1
            note = tr("not set, so it defaults to the world size (at least moe_ep)")
        else:
            note = topo.default_note("moe_tp")
        related = [Related(entry.ep_key("ep_level"), tr("ep_level 2 is set here"))]
        yield entry.finding("MEP211", "moe_tp",
                            tr("ep_level 2 (dynamic EP) needs moe_tp 1, but moe_tp is {note}: "
                               "the model fails to load (\"Dynamic EP only supports moe_tp = 1\")",
                               note=note),
                            tr("set \"moe_tp\": 1 (and moe_ep = the world size), or use "
                               "\"ep_level\": 1"), related=tuple(related))

