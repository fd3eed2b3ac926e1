"""MEP216: expert-parallel load balancing (EPLB)."""

from __future__ import annotations

import json

from ..config_access import convert_model_value
from ..diagnostics import Finding, Related, Severity, join_pointer
from ..i18n import tr
from .base import rule
from .common import entries


@rule("MEP216", "eplb-needs-dynamic-ep", "warning")
def check_eplb(ctx):
    """EPLB settings that fail to load (error) or have no effect (warning).

    ## What it does
    - error: `eplb.level` not 0, 1, 2 or 3 ("Invalid EPLB configuration"), or level 1 (static
      redundant experts) without an `expert_map_file`;
    - warning: `eplb.level` above 0 with an `ep_level` other than 2 (EPLB is documented only for
      dynamic EP), level 2 (dynamic EPLB, documented as not yet supported) and level 3 (forced
      balancing, a benchmark setting that must not be used in production).

    ## Why it matters
    An invalid level stops the model load; static EPLB without its map has no placement to
    apply. With static EP the load balancer is not part of the documented setup, so the
    redundant experts cost memory (about 2.4 GB per redundant expert per card) for no gain.

    ## Example
    ```json
    "deepseekv2": { "ep_level": 1, "eplb": { "level": 1 } }
    ```

    ## Use instead
    ```json
    "deepseekv2": { "ep_level": 2, "eplb": { "level": 1, "expert_map_file": "/path/expert_map.json" } }
    ```

    ## References
    - MindIE reference 2.2 (eplb.level one of 0..3), 2.3 (EPLB only with ep_level 2), 2.7
    """
    for entry in entries(ctx):
        eplb = entry.ep.get("eplb")
        if not isinstance(eplb, dict) or "level" not in eplb:
            continue
        pointer = join_pointer(entry.ep_key("eplb"), "level")
        raw = eplb["level"]
        level = convert_model_value(raw)
        if isinstance(level, bool):  # Python compares True == 1, so the validator accepts it
            yield Finding("MEP216", pointer,
                          tr("eplb.level {value} is not a number; MindIE reads it as {number}",
                             value=json.dumps(raw), number=int(level)),
                          tr("write {number}", number=int(level)))
            level = int(level)
        if not isinstance(level, (int, float)) or level not in (0, 1, 2, 3):
            yield Finding("MEP216", pointer,
                          tr("eplb.level {value} is not 0, 1, 2 or 3: the model fails to load "
                             "(\"Invalid EPLB configuration\")", value=json.dumps(raw)),
                          tr("use 0 (off) or 1 (static redundant experts)"),
                          severity=Severity.ERROR)
            continue
        level = int(level)
        if level == 1 and not (isinstance(eplb.get("expert_map_file"), str)
                               and eplb["expert_map_file"].strip()):
            yield Finding("MEP216", pointer,
                          tr("eplb.level 1 (static EPLB) needs an expert_map_file with the "
                             "expert placement, and none is given"),
                          tr("generate the map with msit elb and set \"expert_map_file\""),
                          severity=Severity.ERROR)
        if level > 0 and entry.ep_level != 2:
            related = (Related(entry.ep_key("ep_level"), tr("ep_level is set here")),) \
                if "ep_level" in entry.ep else ()
            yield Finding("MEP216", pointer,
                          tr("eplb.level {level} with ep_level {ep_level}: EPLB is only "
                             "documented for dynamic EP (ep_level 2), so the redundant experts "
                             "cost memory for no gain", level=level,
                             ep_level=entry.ep_level or json.dumps(entry.ep.get('ep_level'))),
                          tr("set \"ep_level\": 2, or \"eplb\": {\"level\": 0}"), related=related)
        if level == 2:
            yield Finding("MEP216", pointer,
                          tr("eplb.level 2 (dynamic EPLB) is documented as not yet supported"),
                          tr("use level 1 (static) with an expert map"))
        if level == 3:
            yield Finding("MEP216", pointer,
                          tr("eplb.level 3 forces balancing for benchmarks only; the "
                             "documentation says it must not be used in production"),
                          tr("use level 1 (static) with an expert map"))

