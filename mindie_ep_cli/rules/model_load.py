"""MEP217-MEP222: other settings the DeepSeek model code refuses while loading (reference 2.2, 3.3)."""

from __future__ import annotations

import json

from ..config_access import MISSING, as_int, convert_model_value, is_true
from ..diagnostics import Finding, Related, Severity, join_pointer
from ..i18n import tr
from .base import rule
from .common import entries, number, weights

HCCL_MOE_EP_BUFFER_MIN = 512


def plugin_types(value: object) -> list[str] | None:
    """The plugin types named by ``plugin_params`` (a JSON string or an object), or None when
    the value cannot be read."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    if not isinstance(value, dict):
        return None
    kinds = value.get("plugin_type")
    if not isinstance(kinds, str):
        return None
    return [kind.strip() for kind in kinds.split(",") if kind.strip()]


def _is_deepseek(ctx, entry) -> bool:
    info = weights(ctx, entry)
    if info.model_type is not None:
        return info.family is not None
    return entry.ep_pointer is not None or info.family is not None


@rule("MEP217", "prefix-cache-needs-nz", "error")
def check_prefix_cache_nz(ctx):
    r"""Prefix cache is on for a DeepSeek model without `kv_cache_options.enable_nz: true`.

    ## What it does
    Reports an entry whose `plugin_params` enables `prefix_cache` while
    `models.deepseekv2.kv_cache_options.enable_nz` is not true, on DeepSeek weights.

    ## Why it matters
    The DeepSeek model code requires the NZ KV-cache layout for prefix caching and raises
    `ValueError` at load time otherwise; the service does not start. KV-cache pooling needs the
    prefix-cache plugin, so pooled deployments hit this too.

    ## Example
    ```json
    "plugin_params": "{\"plugin_type\":\"prefix_cache\"}",
    "models": { "deepseekv2": { "ep_level": 1 } }
    ```

    ## Use instead
    ```json
    "plugin_params": "{\"plugin_type\":\"prefix_cache\"}",
    "models": { "deepseekv2": { "ep_level": 1, "kv_cache_options": { "enable_nz": true } } }
    ```

    ## References
    - MindIE reference 3.3 (prefix cache without enable_nz), 5 item 16, 3.4 (KV pooling)
    """
    for entry in entries(ctx):
        kinds = plugin_types(entry.data.get("plugin_params"))
        if not kinds or "prefix_cache" not in kinds or not _is_deepseek(ctx, entry):
            continue
        options = entry.ep.get("kv_cache_options")
        if isinstance(options, dict) and is_true(options.get("enable_nz")):
            continue
        yield entry.finding("MEP217", "plugin_params",
                            tr("prefix_cache is enabled in plugin_params but "
                               "models.deepseekv2.kv_cache_options.enable_nz is not true: the "
                               "DeepSeek model fails to load (ValueError)"),
                            tr("add \"kv_cache_options\": {\"enable_nz\": true} to "
                               "models.deepseekv2"))


@rule("MEP218", "mix-shared-routing-conflict", "error")
def check_mix_shared_routing(ctx):
    """`mix_shared_routing` together with dangling shared experts (error) or context parallel
    (warning).

    ## What it does
    Reports `mix_shared_routing: true` with `num_dangling_shared_experts > 0`, which the model
    refuses, and with `cp > 1`, which the documentation rules out.

    ## Why it matters
    The two shared-expert strategies are mutually exclusive: the model raises `ValueError` at
    load time. Mixed shared routing is documented as incompatible with context parallel.

    ## Example
    ```json
    "deepseekv2": { "mix_shared_routing": true, "num_dangling_shared_experts": 32 }
    ```

    ## Use instead
    Pick one: `"mix_shared_routing": true` or `"num_dangling_shared_experts": 32`.

    ## References
    - MindIE reference 2.2 (mutually exclusive), 3.3, 3.4 (not with CP)
    """
    for entry in entries(ctx):
        if not is_true(entry.ep.get("mix_shared_routing")):
            continue
        pointer = entry.ep_key("mix_shared_routing")
        dangling = number(entry.ep.get("num_dangling_shared_experts", 0))
        if dangling is not None and dangling > 0:
            yield Finding("MEP218", pointer,
                          tr("mix_shared_routing is true and num_dangling_shared_experts is "
                             "{value}: the model refuses the combination and fails to load "
                             "(ValueError)", value=json.dumps(dangling)),
                          tr("use only one of the two shared-expert settings"),
                          related=(Related(entry.ep_key("num_dangling_shared_experts"),
                                           tr("dangling shared experts are set here")),))
        cp = entry.topology.effective["cp"]
        if cp is not None and cp > 1:
            yield Finding("MEP218", pointer,
                          tr("mix_shared_routing is true with cp {cp}: the documentation rules "
                             "out mixed shared routing with context parallel", cp=cp),
                          tr("turn mix_shared_routing off, or use cp 1"),
                          severity=Severity.WARNING,
                          related=(entry.related("cp", tr("cp is set here")),))


@rule("MEP219", "local-tp-invalid", "error")
def check_local_tp(ctx):
    """`lm_head_local_tp` or `o_proj_local_tp` larger than a node, or `lm_head_local_tp` with
    attention `tp` > 1.

    ## What it does
    Checks `models.deepseekv2.parallel_options`: a local TP size above the per-node device count
    L (= world size / nodes) is an error, and so is `lm_head_local_tp` together with attention
    `tp` > 1; `o_proj_local_tp` with `tp` > 1 is a warning (the documentation rules it out). The
    value -1 means "off" and stays quiet.

    ## Why it matters
    The mapping code refuses local TP groups that span nodes and the LM-head split when attention
    is already tensor-parallel: the model fails to load. These options are meant for
    attention-DP layouts (`tp` 1), and `lm_head_local_tp` also needs `DP_PARTITION_UP_ENABLE=1` in
    the server's environment.

    ## Example
    ```json
    "tp": 8, "models": { "deepseekv2": { "parallel_options": { "lm_head_local_tp": 16 } } }
    ```

    ## Use instead
    ```json
    "tp": 1, "dp": 16, "models": { "deepseekv2": { "parallel_options": { "lm_head_local_tp": 16 } } }
    ```

    ## References
    - MindIE reference 2.2 (lm_head_local_tp > local world size or with attn tp > 1), 3.3, 3.4
    """
    for entry in entries(ctx):
        options = entry.ep.get("parallel_options")
        if not isinstance(options, dict):
            continue
        local = entry.topology.local_size
        tp = entry.topology.effective["tp"]
        for key in ("lm_head_local_tp", "o_proj_local_tp"):
            value = as_int(convert_model_value(options.get(key, MISSING)))
            if value is None or value == -1:
                continue
            pointer = join_pointer(entry.ep_key("parallel_options"), key)
            if local is not None and value > local:
                yield Finding("MEP219", pointer,
                              tr("{key} {value} is larger than the {local} devices of one "
                                 "node: the model fails to load", key=key, value=value,
                                 local=local),
                              tr("use at most {local} (the devices per node)", local=local))
            if tp is not None and tp > 1:
                severity = Severity.ERROR if key == "lm_head_local_tp" else Severity.WARNING
                effect = (tr("the model fails to load") if key == "lm_head_local_tp"
                          else tr("the documentation rules this combination out"))
                yield Finding("MEP219", pointer,
                              tr("{key} {value} with attention tp {tp}: {effect}", key=key,
                                 value=value, tp=entry.topology.default_note('tp'),
                                 effect=effect),
                              tr("use {key} with attention DP (tp 1), or set it to -1", key=key),
                              severity=severity,
                              related=(entry.related("tp", tr("tp is set here")),)
                              if "tp" in entry.data else ())


@rule("MEP220", "models-not-object", "error")
def check_models_object(ctx):
    r"""`models` is given as a string (or another non-object) instead of an object.

    ## What it does
    Reports a `ModelConfig` entry whose `models` is not a JSON object, for example the whole
    block pasted as an escaped string.

    ## Why it matters
    MindIE passes `models` to the model side as JSON text; a string becomes a quoted string there
    and the model code fails with "Expected dict at models" while loading.

    ## Example
    ```json
    "models": "{\"deepseekv2\": {\"ep_level\": 2}}"
    ```

    ## Use instead
    ```json
    "models": { "deepseekv2": { "ep_level": 2 } }
    ```

    ## References
    - MindIE reference 1.7 (models is always dumped), 5 item 14
    """
    for pointer, data in ctx.model_configs():
        models = data.get("models", MISSING)
        if models is MISSING or isinstance(models, dict):
            continue
        kind = tr("a string") if isinstance(models, str) else json.dumps(models)[:30]
        yield Finding("MEP220", join_pointer(pointer, "models"),
                      tr("models is {kind}, not an object: the model fails to load "
                         "(\"Expected dict at models\")", kind=kind),
                      tr("write models as an object: \"models\": {\"deepseekv2\": {...}}"))


@rule("MEP221", "moe-ep-buffer-too-small", "error")
def check_moe_ep_buffer(ctx):
    """`parallel_options.hccl_moe_ep_buffer` below 512 MB.

    ## What it does
    Reports `models.deepseekv2.parallel_options.hccl_moe_ep_buffer` below 512 (MB), the minimum
    of the model validator, or below `HCCL_BUFFSIZE` when that is set higher in the environment
    `mindie-ep` runs in (run it on the NPU host with the server's environment to check that).

    ## Why it matters
    The validator refuses a buffer below 512 MB (or below `$HCCL_BUFFSIZE` when that is larger)
    and the model fails to load. Very large values are the opposite risk: out of memory at load.

    ## Example
    ```json
    "parallel_options": { "hccl_moe_ep_buffer": 256 }
    ```

    ## Use instead
    ```json
    "parallel_options": { "hccl_moe_ep_buffer": 512 }
    ```

    ## References
    - MindIE reference 2.2 (hccl_moe_ep_buffer >= max(512, HCCL_BUFFSIZE)), 5 item 15
    """
    for entry in entries(ctx):
        options = entry.ep.get("parallel_options")
        if not isinstance(options, dict) or "hccl_moe_ep_buffer" not in options:
            continue
        value = number(options["hccl_moe_ep_buffer"])
        pointer = join_pointer(entry.ep_key("parallel_options"), "hccl_moe_ep_buffer")
        minimum, why = HCCL_MOE_EP_BUFFER_MIN, False
        env_size = as_int(ctx.options.environment.get("HCCL_BUFFSIZE", ""))
        if env_size is not None and env_size > minimum:
            minimum, why = env_size, True
        if value is None or value < minimum:
            shown = json.dumps(options["hccl_moe_ep_buffer"])
            message = (tr("hccl_moe_ep_buffer {value} is below the minimum of {minimum} MB "
                          "(HCCL_BUFFSIZE in this environment): the model validator refuses it",
                          value=shown, minimum=minimum) if why else
                       tr("hccl_moe_ep_buffer {value} is below the minimum of {minimum} MB: "
                          "the model validator refuses it", value=shown, minimum=minimum))
            yield Finding("MEP221", pointer, message,
                          tr("use at least {minimum} (the minimum is 512, or $HCCL_BUFFSIZE on "
                             "the server when that is higher)", minimum=minimum))


@rule("MEP222", "plugin-params-invalid", "error")
def check_plugin_params(ctx):
    r"""`plugin_params` is not a JSON object with a `plugin_type`.

    ## What it does
    Reports a `plugin_params` string that is not valid JSON, or whose JSON is not an object with
    a string `plugin_type` (the comma-separated plugins: `mtp`, `prefix_cache`, `splitfuse`, ...).

    ## Why it matters
    MindIE hands `plugin_params` to the plugin loader as text, which parses it as JSON when the
    model loads: a broken string (often an unescaped quote) fails there, after the server config
    itself was accepted.

    ## Example
    ```json
    "plugin_params": "{plugin_type: mtp, num_speculative_tokens: 1}"
    ```

    ## Use instead
    ```json
    "plugin_params": "{\"plugin_type\":\"mtp\",\"num_speculative_tokens\":1}"
    ```

    ## References
    - MindIE reference 1.7 (plugin_params: valid JSON, at most 1024 characters)
    """
    for pointer, data in ctx.model_configs():
        value = data.get("plugin_params", MISSING)
        if value is MISSING or not isinstance(value, (str, dict)):
            continue
        if isinstance(value, str) and value.strip() == "":
            continue
        if plugin_types(value) is None:
            yield Finding("MEP222", join_pointer(pointer, "plugin_params"),
                          tr("plugin_params is not a JSON object with a \"plugin_type\" string: "
                             "the plugin loader fails when the model loads"),
                          tr("write e.g. \"{\\\"plugin_type\\\":\\\"mtp\\\","
                             "\\\"num_speculative_tokens\\\":1}\""))

