"""MEP212: EP settings for a model that does not use them."""

from __future__ import annotations

from ..diagnostics import Finding, Severity
from ..i18n import tr
from ..weights import DEEPSEEK_EP_TYPES
from .base import rule
from .common import entries, weights


@rule("MEP212", "ep-unsupported-model", "warning")
def check_ep_model(ctx):
    """A `models.deepseekv2` block on weights that are not DeepSeek-V2/V3/R1 or Kimi-K2.

    ## What it does
    Reads `model_type` from the weights' `config.json` (at `modelWeightPath`, or the file given
    with `--weights-config`). When it is not `deepseek_v2`, `deepseek_v3`, `deepseekv3` or
    `kimi_k2`, the block is reported (warning). When the weights are not readable here, it is an
    info only if `modelName` or the weights path names another family (Qwen, Llama, a
    DeepSeek-R1-Distill model, ...).

    ## Why it matters
    MindIE picks the model code from the weights' `model_type`, not from `modelName`. On any
    other model the `deepseekv2` block is merged but never validated or used: no EP, no error,
    nothing in the log. DeepSeek-R1-Distill models are Qwen or Llama architectures and take no
    EP settings at all.

    ## Example
    ```json
    "modelName": "DeepSeek-R1-Distill-Qwen-32B",
    "models": { "deepseekv2": { "ep_level": 2 } }
    ```

    ## Use instead
    Remove the block; configure parallelism with `tp`/`dp` for dense models.

    ## References
    - MindIE reference 3.5 (which model types accept models.deepseekv2), 2.1 step 3
    """
    for entry in entries(ctx):
        if entry.ep_pointer is None:
            continue
        info = weights(ctx, entry)
        if info.model_type is not None:
            if info.model_type not in DEEPSEEK_EP_TYPES:
                yield Finding("MEP212", entry.ep_pointer,
                              tr("the weights' model_type is \"{model_type}\" ({source}): "
                                 "MindIE never uses the deepseekv2 block for it, so every EP "
                                 "setting here is ignored",
                                 model_type=info.model_type, source=info.source),
                              tr("remove the block, or point modelWeightPath at "
                                 "DeepSeek-V2/V3/R1 or Kimi-K2 weights"))
        elif info.other_family is not None:
            yield Finding("MEP212", entry.ep_pointer,
                          tr("modelName or modelWeightPath names a {family} model: MindIE only "
                             "uses the deepseekv2 block for DeepSeek-V2/V3/R1 and Kimi-K2 "
                             "weights, so it is probably ignored", family=info.other_family),
                          tr("check the weights' model_type (or pass --weights-config "
                             "path/to/config.json)"), severity=Severity.INFO)
