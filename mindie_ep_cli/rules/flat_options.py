"""MEP215: `parallel_options` keys written directly under `models.deepseekv2`."""

from __future__ import annotations

from ..diagnostics import Edit, Finding, Fix, join_pointer
from ..i18n import tr
from .base import rule
from .common import entries

PARALLEL_OPTIONS = ("lm_head_local_tp", "o_proj_local_tp", "dense_mlp_local_tp", "hccl_buffer",
                    "hccl_moe_ep_buffer", "hccl_moe_tp_buffer")


@rule("MEP215", "ignored-flat-option", "warning")
def check_flat_options(ctx):
    """`lm_head_local_tp`, `o_proj_local_tp` (or another `parallel_options` key) placed directly
    under `models.deepseekv2`, where MindIE ignores it.

    ## What it does
    Reports the keys of `parallel_options` written one level too high, directly in the
    `deepseekv2` block.

    ## Why it matters
    MindIE copies a key of `models.deepseekv2` onto the model settings only when the same key
    exists at that path in its defaults; `lm_head_local_tp` exists only inside
    `parallel_options`, so a flat one is dropped without a word. The tuning guide prints the flat
    form, so copying it turns the optimisation off silently.

    ## Example
    ```json
    "deepseekv2": { "lm_head_local_tp": 16, "o_proj_local_tp": 2 }
    ```

    ## Use instead
    ```json
    "deepseekv2": { "parallel_options": { "lm_head_local_tp": 16, "o_proj_local_tp": 2 } }
    ```

    ## References
    - MindIE reference 2.1 step 4 (merge only copies keys that exist), 5 item 14
    """
    for entry in entries(ctx):
        options = entry.ep.get("parallel_options")
        for key in PARALLEL_OPTIONS:
            if key in entry.ep:
                fix = None
                if not isinstance(options, dict) or key not in options:
                    fix = Fix(tr("move {key} into parallel_options", key=key), safe=False, edits=(
                        Edit(entry.ep_key(key), remove=True),
                        Edit(join_pointer(entry.ep_key("parallel_options"), key), entry.ep[key])))
                yield Finding("MEP215", entry.ep_key(key),
                              tr("{key} directly under models.deepseekv2 is ignored: MindIE only "
                                 "reads it inside parallel_options", key=key),
                              tr("move \"{key}\" into \"parallel_options\"", key=key),
                              on_key=True, fix=fix)

