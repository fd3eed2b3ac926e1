"""MEP201: the Expert-Parallel level."""

from __future__ import annotations

import json

from ..config_access import MISSING, convert_model_value
from ..diagnostics import Finding, Severity
from ..i18n import tr
from .base import rule
from .common import entries


@rule("MEP201", "ep-level-invalid", "error")
def check_ep_level(ctx):
    """`ep_level` is not 1 or 2, so the model fails to load.

    ## What it does
    Checks `models.deepseekv2.ep_level` after MindIE's own conversion: `2`, `"2"` and `2.0` all
    mean 2 (a string or a decimal is a warning: it works, but write the number). Anything else,
    including 3 and 0, is an error.

    ## Why it matters
    The DeepSeek model validator accepts only 1 (static EP, AllGather) and 2 (dynamic EP,
    AllToAll with compute/communication fusion). Level 3 exists in the code but is refused here.
    Any other value stops the model load with "Validation failed for argument 'ep_level'", so
    the service never comes up.

    ## Example
    ```json
    "models": { "deepseekv2": { "ep_level": 3 } }
    ```

    ## Use instead
    ```json
    "models": { "deepseekv2": { "ep_level": 2 } }
    ```

    ## References
    - MindIE reference 2.2 (validator: one of [1, 2]), 2.3 (levels), 5 item 5
    """
    for entry in entries(ctx):
        raw = entry.ep_raw("ep_level")
        if raw is MISSING:
            continue
        pointer = entry.ep_key("ep_level")
        if entry.ep_level is None:
            yield Finding("MEP201", pointer,
                          tr("ep_level {value} is not 1 or 2: the model fails to load "
                             "(\"Validation failed for argument 'ep_level'\")",
                             value=json.dumps(raw)),
                          tr("set \"ep_level\": 1 (static EP, AllGather) or 2 (dynamic EP, "
                             "AllToAll)"))
        elif type(raw) is not int:
            value = int(convert_model_value(raw))
            yield Finding("MEP201", pointer,
                          tr("ep_level {value} is not an integer; MindIE converts it to "
                             "{number}, so it works, but write the number",
                             value=json.dumps(raw), number=value),
                          tr("write \"ep_level\": {number}", number=value),
                          severity=Severity.WARNING)
