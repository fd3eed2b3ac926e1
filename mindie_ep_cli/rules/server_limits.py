"""MEP401-MEP408: server and scheduler cross-checks (reference 3.1)."""

from __future__ import annotations

from ..config_access import get
from ..diagnostics import Finding, Related, Severity
from ..i18n import tr
from .base import rule

DEPLOY = "/BackendConfig/ModelDeployConfig"
SCHEDULE = "/BackendConfig/ScheduleConfig"


def _int(ctx, pointer: str) -> int | None:
    value = get(ctx.config, pointer)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@rule("MEP401", "input-len-clamped", "warning")
def check_input_len(ctx):
    """`maxInputTokenLen` is not below `maxSeqLen`, so MindIE silently lowers it.

    ## What it does
    Reports `maxInputTokenLen >= maxSeqLen`.

    ## Why it matters
    The server clamps the input length to `maxSeqLen - 1` without a message, so prompts are cut
    (or refused) earlier than the file says, and there is no room left to generate.

    ## Example
    ```json
    "maxSeqLen" : 8192, "maxInputTokenLen" : 8192
    ```

    ## Use instead
    ```json
    "maxSeqLen" : 10240, "maxInputTokenLen" : 8192
    ```

    ## References
    - MindIE reference 3.1 item 7, 1.6
    """
    seq, given = _int(ctx, f"{DEPLOY}/maxSeqLen"), _int(ctx, f"{DEPLOY}/maxInputTokenLen")
    if seq is not None and given is not None and given >= seq:
        yield Finding("MEP401", f"{DEPLOY}/maxInputTokenLen",
                      tr("maxInputTokenLen {given} is not below maxSeqLen {seq}: MindIE "
                         "silently clamps it to {clamped}", given=given, seq=seq,
                         clamped=seq - 1),
                      tr("set maxInputTokenLen below maxSeqLen (at most {clamped}), leaving room "
                         "for the output", clamped=seq - 1),
                      related=(Related(f"{DEPLOY}/maxSeqLen", tr("maxSeqLen is set here")),))


@rule("MEP402", "prefill-tokens-too-small", "error")
def check_prefill_tokens(ctx):
    """`maxPrefillTokens` is below `maxInputTokenLen` (outside SplitFuse).

    ## What it does
    Reports `ScheduleConfig.maxPrefillTokens < ModelDeployConfig.maxInputTokenLen` unless
    `templateType` is "Mix" (SplitFuse, which splits long prefills).

    ## Why it matters
    One prompt of the maximum input length must fit in one prefill batch; the server refuses to
    start ("The value of maxPrefillTokens should not be less than maxInputTokenLen"). Raising
    `maxInputTokenLen` for long sequences (64K) without raising `maxPrefillTokens` is the usual
    cause.

    ## Example
    ```json
    "maxInputTokenLen" : 65000, ... "maxPrefillTokens" : 8192
    ```

    ## Use instead
    ```json
    "maxInputTokenLen" : 65000, ... "maxPrefillTokens" : 65000
    ```

    ## References
    - MindIE reference 3.1 item 2, 5 item 10
    """
    if get(ctx.config, f"{SCHEDULE}/templateType") == "Mix":
        return
    tokens, given = _int(ctx, f"{SCHEDULE}/maxPrefillTokens"), _int(ctx, f"{DEPLOY}/maxInputTokenLen")
    if tokens is not None and given is not None and tokens < given:
        yield Finding("MEP402", f"{SCHEDULE}/maxPrefillTokens",
                      tr("maxPrefillTokens {tokens} is below maxInputTokenLen {given}: MindIE "
                         "refuses to start (\"The value of maxPrefillTokens should not be less "
                         "than maxInputTokenLen\")", tokens=tokens, given=given),
                      tr("set \"maxPrefillTokens\" : {given} or more", given=given),
                      related=(Related(f"{DEPLOY}/maxInputTokenLen",
                                       tr("maxInputTokenLen is set here")),))


@rule("MEP403", "preempt-needs-cpu-mem", "error")
def check_preempt(ctx):
    """`maxPreemptCount` > 0 while a model has `cpuMemSize` 0.

    ## What it does
    Reports each ModelConfig entry with `cpuMemSize: 0` when `ScheduleConfig.maxPreemptCount`
    is above 0.

    ## Why it matters
    Pre-emption swaps KV blocks to host memory; with no host swap space (`cpuMemSize` 0) the
    server refuses the combination at start-up.

    ## Example
    ```json
    "cpuMemSize" : 0, ... "maxPreemptCount" : 10
    ```

    ## Use instead
    `"cpuMemSize" : 5`, or `"maxPreemptCount" : 0`.

    ## References
    - MindIE reference 3.1 item 3, 1.7 (cpuMemSize), 5 item 11
    """
    preempt = _int(ctx, f"{SCHEDULE}/maxPreemptCount")
    if not preempt or preempt <= 0:
        return
    for pointer, entry in ctx.model_configs():
        if entry.get("cpuMemSize") == 0 and not isinstance(entry.get("cpuMemSize"), bool):
            yield Finding("MEP403", f"{pointer}/cpuMemSize",
                          tr("cpuMemSize is 0 but maxPreemptCount is {preempt}: pre-emption "
                             "needs host swap memory, so MindIE refuses to start",
                             preempt=preempt),
                          tr("set cpuMemSize above 0 (e.g. 5), or \"maxPreemptCount\" : 0"),
                          related=(Related(f"{SCHEDULE}/maxPreemptCount",
                                           tr("maxPreemptCount is set here")),))


@rule("MEP404", "port-clash", "error")
def check_ports(ctx):
    """`ServerConfig.port` equals `BackendConfig.multiNodesInferPort`.

    ## What it does
    Reports the inference port and the multi-node port set to the same number. Sharing `port`
    with `managementPort` and `metricsPort` is a supported layout and stays quiet.

    ## Why it matters
    The server checks that these two differ and refuses to start otherwise.

    ## Example
    ```json
    "port" : 1120, ... "multiNodesInferPort" : 1120
    ```

    ## Use instead
    ```json
    "port" : 1025, ... "multiNodesInferPort" : 1120
    ```

    ## References
    - MindIE reference 3.1 item 4, 1.4
    """
    port, multi = _int(ctx, "/ServerConfig/port"), _int(ctx, "/BackendConfig/multiNodesInferPort")
    if port is not None and port == multi:
        yield Finding("MEP404", "/BackendConfig/multiNodesInferPort",
                      tr("multiNodesInferPort {port} is the same as ServerConfig.port: MindIE "
                         "refuses to start", port=multi),
                      tr("use different ports (the defaults are 1025 and 1120)"),
                      related=(Related("/ServerConfig/port", tr("port is set here")),))


@rule("MEP405", "standard-template-single-model", "error")
def check_template(ctx):
    """`templateType` "Standard" with other than exactly one ModelConfig entry.

    ## What it does
    Reports `ScheduleConfig.templateType: "Standard"` when `ModelConfig` has zero or several
    entries.

    ## Why it matters
    The standard template serves exactly one model; the server refuses other counts at start-up.

    ## Example
    Two entries in `ModelConfig` with `"templateType" : "Standard"`.

    ## Use instead
    One `ModelConfig` entry per server.

    ## References
    - MindIE reference 3.1 item 5, 1.6
    """
    entries = get(ctx.config, f"{DEPLOY}/ModelConfig")
    if get(ctx.config, f"{SCHEDULE}/templateType") == "Standard" and isinstance(entries, list) \
            and len(entries) != 1:
        yield Finding("MEP405", f"{DEPLOY}/ModelConfig",
                      tr("templateType \"Standard\" serves exactly one model, but ModelConfig "
                         "has {count} entries: MindIE refuses to start", count=len(entries)),
                      tr("keep one ModelConfig entry"),
                      related=(Related(f"{SCHEDULE}/templateType",
                                       tr("templateType is set here")),))


@rule("MEP406", "batch-limits", "error")
def check_batch_limits(ctx):
    """A batch limit above `maxBatchSize` (error), or `maxIterTimes` above `maxSeqLen` (warning).

    ## What it does
    Reports `maxPrefillBatchSize`, `maxPreemptCount` or `maxN` above `maxBatchSize`, and
    `maxIterTimes` above `maxSeqLen`.

    ## Why it matters
    The server refuses the first three at start-up. The documentation limits `maxIterTimes` (the
    most tokens generated for one request) to `maxSeqLen`; beyond it the limit can never be
    reached.

    ## Example
    ```json
    "maxPrefillBatchSize" : 300, "maxBatchSize" : 200
    ```

    ## Use instead
    ```json
    "maxPrefillBatchSize" : 50, "maxBatchSize" : 200
    ```

    ## References
    - MindIE reference 3.1 items 3 and 7, 1.8
    """
    batch = _int(ctx, f"{SCHEDULE}/maxBatchSize")
    if batch is not None:
        for key in ("maxPrefillBatchSize", "maxPreemptCount", "maxN"):
            value = _int(ctx, f"{SCHEDULE}/{key}")
            if value is not None and value > batch:
                yield Finding("MEP406", f"{SCHEDULE}/{key}",
                              tr("{key} {value} is above maxBatchSize {batch}: MindIE refuses "
                                 "to start", key=key, value=value, batch=batch),
                              tr("set {key} to at most {batch}", key=key, batch=batch),
                              related=(Related(f"{SCHEDULE}/maxBatchSize",
                                               tr("maxBatchSize is set here")),))
    iterations, seq = _int(ctx, f"{SCHEDULE}/maxIterTimes"), _int(ctx, f"{DEPLOY}/maxSeqLen")
    if iterations is not None and seq is not None and iterations > seq:
        yield Finding("MEP406", f"{SCHEDULE}/maxIterTimes",
                      tr("maxIterTimes {iterations} is above maxSeqLen {seq}: a request can "
                         "never generate that many tokens", iterations=iterations, seq=seq),
                      tr("set maxIterTimes to at most {seq}", seq=seq),
                      severity=Severity.WARNING,
                      related=(Related(f"{DEPLOY}/maxSeqLen", tr("maxSeqLen is set here")),))


@rule("MEP407", "runtime-adjusted", "info")
def check_runtime_adjustments(ctx):
    """Scheduler values the server adjusts by itself at start-up.

    ## What it does
    Reports the values MindIE silently changes: `maxBatchSize` above `maxPrefillTokens` (capped
    to it), `maxPrefillTokens` below min(`maxSeqLen`, `maxInputTokenLen` + `maxIterTimes`)
    (raised to it, except with SplitFuse), and with `cp` > 1 a `maxSeqLen` or `maxPrefillTokens`
    that is not a multiple of 2 x `cp` (rounded up).

    ## Why it matters
    The server runs with other numbers than the file shows; capacity planning and memory
    estimates based on the file are then off.

    ## Example
    ```json
    "maxBatchSize" : 16384, "maxPrefillTokens" : 8192
    ```

    ## Use instead
    Write the values the server will use.

    ## References
    - MindIE reference 3.1 item 7 (llm_manager_impl.cpp adjustments)
    """
    batch = _int(ctx, f"{SCHEDULE}/maxBatchSize")
    tokens = _int(ctx, f"{SCHEDULE}/maxPrefillTokens")
    seq, given = _int(ctx, f"{DEPLOY}/maxSeqLen"), _int(ctx, f"{DEPLOY}/maxInputTokenLen")
    iterations = _int(ctx, f"{SCHEDULE}/maxIterTimes")
    if batch is not None and tokens is not None and batch > tokens:
        yield Finding("MEP407", f"{SCHEDULE}/maxBatchSize",
                      tr("maxBatchSize {batch} is above maxPrefillTokens {tokens}: the server "
                         "caps it to {tokens}", batch=batch, tokens=tokens),
                      tr("set maxBatchSize to at most {tokens}", tokens=tokens))
    if None not in (tokens, seq, given, iterations) and \
            get(ctx.config, f"{SCHEDULE}/templateType") != "Mix":
        target = min(seq, given + iterations)
        if tokens < target:
            yield Finding("MEP407", f"{SCHEDULE}/maxPrefillTokens",
                          tr("maxPrefillTokens {tokens} is below min(maxSeqLen, maxInputTokenLen "
                             "+ maxIterTimes) = {target}: the server raises it to {target}",
                             tokens=tokens, target=target),
                          tr("set maxPrefillTokens to {target}", target=target))
    for pointer, entry in ctx.model_configs():
        cp = entry.get("cp")
        if not isinstance(cp, int) or isinstance(cp, bool) or cp <= 1:
            continue
        for key, value in ((f"{DEPLOY}/maxSeqLen", seq), (f"{SCHEDULE}/maxPrefillTokens", tokens)):
            if value is not None and value % (2 * cp):
                rounded = value + (2 * cp - value % (2 * cp))
                yield Finding("MEP407", key,
                              tr("{key} {value} is not a multiple of 2 x cp = {multiple}: the "
                                 "server rounds it up to {rounded}", key=key.rsplit('/', 1)[1],
                                 value=value, multiple=2 * cp, rounded=rounded),
                              tr("use {rounded}", rounded=rounded),
                              related=(Related(f"{pointer}/cp", tr("cp is set here")),))
        break


@rule("MEP408", "all-zero-listen", "error")
def check_all_zero(ctx):
    """The server listens on all addresses (`0.0.0.0`) without `allowAllZeroIpListening`.

    ## What it does
    Reports `ipAddress` or `managementIpAddress` set to `0.0.0.0` (or `::`) while
    `allowAllZeroIpListening` is not true.

    ## Why it matters
    Listening on every interface exposes the inference API beyond the host; MindIE refuses it at
    start-up unless the operator opts in explicitly.

    ## Example
    ```json
    "ipAddress" : "0.0.0.0", "allowAllZeroIpListening" : false
    ```

    ## Use instead
    The node's own IP (or set `"allowAllZeroIpListening" : true` deliberately).

    ## References
    - MindIE reference 1.4 (ipAddress, allowAllZeroIpListening)
    """
    if get(ctx.config, "/ServerConfig/allowAllZeroIpListening") is True:
        return
    for key in ("ipAddress", "managementIpAddress"):
        if get(ctx.config, f"/ServerConfig/{key}") in ("0.0.0.0", "::"):
            yield Finding("MEP408", f"/ServerConfig/{key}",
                          tr("{key} listens on all addresses but allowAllZeroIpListening is not "
                             "true: MindIE refuses to start", key=key),
                          tr("use the node's IP address, or set \"allowAllZeroIpListening\" : "
                             "true"))

