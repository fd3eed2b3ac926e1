"""MEP202-MEP204: the init-routing cutoff and its top-k scaling factor (long sequences, EP level 1)."""

from __future__ import annotations

import json

from ..config_access import MISSING
from ..diagnostics import Edit, Finding, Fix, Related
from ..i18n import tr
from .base import rule
from .common import entries, number

CUTOFF = "enable_init_routing_cutoff"
FACTOR = "topk_scaling_factor"


def _cutoff_related(entry, message_absent: str) -> Related:
    if CUTOFF in entry.ep:
        return Related(entry.ep_key(CUTOFF), tr("{key} is {value} here", key=CUTOFF,
                                                value=json.dumps(entry.ep[CUTOFF])))
    return Related(entry.ep_pointer or entry.pointer, message_absent)


@rule("MEP202", "topk-scaling-without-cutoff", "error")
def check_factor_without_cutoff(ctx):
    """`topk_scaling_factor` is set below 1.0, but the routing cutoff is off, so it does nothing.

    ## What it does
    Reports a `topk_scaling_factor` other than 1.0 (the default) when
    `enable_init_routing_cutoff` is not true. A factor of 1.0 without the cutoff is the default
    and stays quiet.

    ## Why it matters
    The factor only shrinks the prefill top-k routing (DeepSeek top-8 x 0.25 = top-2) when the
    routing cutoff is on; the documentation says the two must be set together. Without the
    cutoff the factor is silently ignored: the long-sequence memory saving the operator wanted
    does not happen, and a 64K-token prefill can run out of NPU memory.

    ## Example
    ```json
    "deepseekv2": { "ep_level": 1, "topk_scaling_factor": 0.25 }
    ```

    ## Use instead
    ```json
    "deepseekv2": { "ep_level": 1, "enable_init_routing_cutoff": true, "topk_scaling_factor": 0.25 }
    ```

    ## References
    - MindIE reference 2.6 (the factor has no effect without the cutoff), 5 item 6
    """
    for entry in entries(ctx):
        factor = number(entry.ep_raw(FACTOR))
        if factor is None or factor == 1.0 or entry.cutoff:
            continue
        fix = None
        if entry.ep_level == 1:
            fix = Fix(tr("turn the routing cutoff on (\"{key}\": true)", key=CUTOFF), safe=False,
                      edits=(Edit(entry.ep_key(CUTOFF), True),))
        yield Finding(
            "MEP202", entry.ep_key(FACTOR),
            tr("topk_scaling_factor {value} is ignored: {key} is not true, so the prefill "
               "routing is not cut and no memory is saved", value=json.dumps(entry.ep[FACTOR]),
               key=CUTOFF),
            tr("set \"{key}\": true (with ep_level 1), or remove topk_scaling_factor", key=CUTOFF),
            related=(_cutoff_related(entry, tr("{key} is not set here", key=CUTOFF)),), fix=fix)


@rule("MEP203", "cutoff-needs-ep-level-1", "warning")
def check_cutoff_level(ctx):
    """The routing cutoff is on with `ep_level` 2, where MindIE ignores it.

    ## What it does
    Reports `enable_init_routing_cutoff: true` on an entry whose `ep_level` is 2.

    ## Why it matters
    The cutoff (and its `topk_scaling_factor`) is only honoured with static EP (`ep_level` 1).
    With dynamic EP MindIE silently turns it off, so the prefill uses the full top-k and the
    expected memory saving for long sequences does not happen.

    ## Example
    ```json
    "deepseekv2": { "ep_level": 2, "enable_init_routing_cutoff": true, "topk_scaling_factor": 0.5 }
    ```

    ## Use instead
    For long sequences, `"ep_level": 1` with the cutoff; for throughput, `"ep_level": 2` without it.

    ## References
    - MindIE reference 2.2 (only honoured when ep_level == 1), 2.6
    """
    for entry in entries(ctx):
        if entry.cutoff and entry.ep_level == 2:
            removed = tuple(Edit(entry.ep_key(key), remove=True) for key in (CUTOFF, FACTOR)
                            if key in entry.ep)
            yield Finding(
                "MEP203", entry.ep_key(CUTOFF),
                tr("{key} is true but ep_level is 2: MindIE only honours the routing cutoff "
                   "with ep_level 1 and silently ignores it here", key=CUTOFF),
                tr("use \"ep_level\": 1 for long sequences, or remove the cutoff"),
                related=(Related(entry.ep_key("ep_level"), tr("ep_level 2 is set here")),),
                fix=Fix(tr("remove the ignored cutoff and its factor"), safe=False,
                        edits=removed))


@rule("MEP204", "topk-scaling-range", "error")
def check_factor_range(ctx):
    """`topk_scaling_factor` is outside what MindIE accepts.

    ## What it does
    With the routing cutoff in effect (`enable_init_routing_cutoff: true`, `ep_level` 1) the
    factor must be in [0.25, 1]; otherwise the model validator accepts [0, 1]. A value that is
    not a number is an error too.

    ## Why it matters
    With the cutoff on, model initialisation raises `ValueError` ("topk_scaling_factor must be in
    range [0.25, 1.0]") for anything below 0.25, and the validator refuses values outside
    [0, 1] in every case: the model fails to load and the service does not start.

    ## Example
    ```json
    "deepseekv2": { "ep_level": 1, "enable_init_routing_cutoff": true, "topk_scaling_factor": 0.125 }
    ```

    ## Use instead
    ```json
    "deepseekv2": { "ep_level": 1, "enable_init_routing_cutoff": true, "topk_scaling_factor": 0.25 }
    ```

    ## References
    - MindIE reference 2.2 (validator [0, 1]), 2.6 (init requires [0.25, 1] with the cutoff)
    """
    for entry in entries(ctx):
        raw = entry.ep_raw(FACTOR)
        if raw is MISSING:
            continue
        factor = number(raw)
        pointer = entry.ep_key(FACTOR)
        shown = json.dumps(raw)
        if factor is None:
            yield Finding("MEP204", pointer,
                          tr("topk_scaling_factor {value} is not a number: the model fails to "
                             "load", value=shown),
                          tr("write a number between 0.25 and 1"))
        elif entry.cutoff and entry.ep_level == 1 and not 0.25 <= factor <= 1:
            yield Finding("MEP204", pointer,
                          tr("topk_scaling_factor {value} is outside [0.25, 1] while the routing "
                             "cutoff is on: the model fails to load (\"topk_scaling_factor must "
                             "be in range [0.25, 1.0]\")", value=shown),
                          tr("use 0.25 (top-8 becomes top-2) up to 1.0 (no cutoff)"),
                          related=(_cutoff_related(entry, ""),))
        elif not 0 <= factor <= 1:
            yield Finding("MEP204", pointer,
                          tr("topk_scaling_factor {value} is outside [0, 1]: the model validator "
                             "refuses it and the model fails to load", value=shown),
                          tr("use a factor between 0.25 and 1"))

