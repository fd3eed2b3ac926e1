"""MEP101-MEP106: each key against the bundled JSON Schema and the version profile."""

from __future__ import annotations

from ..diagnostics import Edit, Finding, Fix
from ..i18n import tr
from .base import describe, rule

describe("MEP101", "missing-key", "error", """
A key the server requires is missing.

## What it does
Reports each key that MindIE requires and the file lacks, at the object that should hold it.
Keys that only MindIE 3.0 requires (it reads `distDPServerEnabled`, `multiNodesInferEnabled`,
`interNodeTLSEnabled`, `trustRemoteCode`, `metricsPort`, `tokenTimeout` and `e2eTimeout`
unconditionally) are errors with `--mindie-version 3.0`, warnings naming the version when the
version is not known, and quiet with `--mindie-version 2.x`.

## Why it matters
The server looks required keys up without a fallback: a missing one stops it at start-up
("missing compulsory field", or a JSON type error for the keys 3.0 reads unguarded). Configs
written for 1.0 or 2.x releases lack several keys that 3.0 needs.

## Example
A 2.x-era `ServerConfig` without `"distDPServerEnabled"`, run on MindIE 3.0.

## Use instead
Add the key with its default value, e.g. `"distDPServerEnabled" : false`.

## References
- MindIE reference 1.3 (`CheckJsonParamType`, keys read unguarded), 1.4-1.8 (required keys)
""")

describe("MEP102", "wrong-type", "error", """
A key has the wrong JSON type.

## What it does
Reports values whose type MindIE does not accept: a string or a decimal number where the C++
side needs a JSON integer (`"8"` or `8.0` for `worldSize`), a number where it needs a real
boolean. For the untyped ModelConfig keys (`tp`, `dp`, `moe_ep`, ...) the server casts the value
to an integer, so a wrong type there is a warning that says what the server makes of it (`1.5`
silently becomes 1). Inside `models.*` the model side converts strings first, so
`"ep_level": "2"` loads (a warning) while `"enable_init_routing_cutoff": 1` fails its strict
boolean check (an error).

## Why it matters
A wrong type on a typed key stops the server at start-up ("type of ... is not ..."); on an untyped
key it is silently changed, so the server may run with a different value than the one written.

## Example
```json
"worldSize" : "8",
"tp" : 1.5
```

## Use instead
```json
"worldSize" : 8,
"tp" : 1
```

## References
- MindIE reference 1.3 (type checks), 1.7 (untyped keys cast to int32), 2.1 step 5 (conversion)
""")

describe("MEP103", "out-of-range", "error", """
A value is outside the range or list of values MindIE accepts.

## What it does
Reports numbers outside their range, strings that are not one of the allowed values or do not
match the required pattern, and lists with too few or too many items, listing what is allowed.

## Why it matters
The server checks these ranges when it loads the config and refuses to start on the first value
outside them, with a message that does not always name the key.

## Example
```json
"maxLinkNum" : 5000
```

## Use instead
```json
"maxLinkNum" : 4096
```

## References
- MindIE reference 1.4-1.8 (ranges per key), 2.2 (model-side validators)
""")

describe("MEP104", "unknown-key", "info", """
A key MindIE does not know: a warning when it is a near miss of a known key, otherwise an info.

## What it does
Reports keys the schema does not list at that place. When the key is one letter off, differs only
in case or underscores, or belongs somewhere else in the file (`ep_level` written directly in a
`ModelConfig` entry instead of under `models.deepseekv2`), it is a warning that says what was
probably meant. Keys MindIE passes through and reads elsewhere (`ignore_eos`,
`async_scheduler_wait_time`, `kv_link_timeout`, ...) are known and stay quiet.

## Why it matters
MindIE ignores unknown keys without a word. A misspelt `"moe_epp": 16` leaves expert parallelism
off, and the server starts normally.

## Example
```json
"models" : { "deepseekv2" : { "ep_levle" : 2 } }
```

## Use instead
```json
"models" : { "deepseekv2" : { "ep_level" : 2 } }
```

## References
- MindIE reference 1.3 (unknown keys are ignored), 1.7 (pass-through keys), 2.1 (model-side merge)
""")

describe("MEP105", "deprecated-key", "info", """
A key from an older release that MindIE no longer reads.

## What it does
Reports keys that older MindIE releases used and newer ones ignore: the `LogConfig` keys of
1.0/2.0 (`logLevel`, `logPath`, ...; logging is set with `MINDIE_LOG_*` environment variables
since 2.0), the `kmc*` and `*PkPwd` keys removed in 3.0, the single-file TLS keys of 1.0.x. It is
a warning when the version profile says the server ignores the key, otherwise an info.

## Why it matters
The setting has no effect: a log level or TLS file written there is not used.

## Example
```json
"LogConfig" : { "logLevel" : "Info", "logPath" : "logs/mindie-server.log" }
```

## Use instead
Set `MINDIE_LOG_LEVEL=info` (and `MINDIE_LOG_TO_FILE`, `MINDIE_LOG_PATH`) in the server's
environment; keep `LogConfig` for the 3.0 keys `dynamicLogLevel*`.

## References
- MindIE reference 1.2 (layouts by release), 1.4 (older keys still seen in published files)
""")


@rule("MEP106", "version-field", "warning")
def check_version_field(ctx):
    """`Version` is not "1.0.0", the only value the documentation allows.

    ## What it does
    Reports a top-level `Version` other than the string `"1.0.0"`.

    ## Why it matters
    The documentation fixes `Version` to "1.0.0" and calls it not modifiable. MindIE 3.0 does not
    read it, so another value loads today, but it usually means the file came from a tool or image
    that rewrote it (an AutoDL image ships "1.1.0"), and other keys may be off too.

    ## Example
    ```json
    "Version" : "1.1.0"
    ```

    ## Use instead
    ```json
    "Version" : "1.0.0"
    ```

    ## References
    - MindIE reference 1.2 (`Version`: string, fixed "1.0.0")
    """
    config = ctx.config
    if isinstance(config, dict) and "Version" in config and config["Version"] != "1.0.0":
        yield Finding("MEP106", "/Version",
                      tr("Version is {value}; the documentation fixes it to \"1.0.0\"",
                         value=ctx.render('/Version')),
                      tr("set \"Version\" : \"1.0.0\""),
                      fix=Fix(tr("set Version to \"1.0.0\""), safe=True,
                              edits=(Edit("/Version", "1.0.0"),)))

