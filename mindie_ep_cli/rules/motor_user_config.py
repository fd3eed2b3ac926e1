"""MEP006: a MindIE-Motor deployer file given where a MindIE Server config.json was expected."""

from __future__ import annotations

from ..diagnostics import Finding, Related
from ..i18n import tr
from .base import describe

MOTOR_KEYS = ("deploy_config", "mindie_server_prefill_config", "mindie_server_decode_config",
              "mindie_ms_controller_config", "mindie_ms_coordinator_config")
EMBEDDED = ("mindie_server_prefill_config", "mindie_server_decode_config")

describe("MEP006", "motor-user-config", "warning", """
The file is a MindIE-Motor `user_config.json`, not a MindIE Server `config.json`.

## What it does
Recognises the deployer file of MindIE-Motor (PD-separated deployments: `deploy_config`,
`mindie_server_prefill_config`, `mindie_server_decode_config`, ...) and reports that one fact,
instead of dozens of "missing key" findings. The prefill and decode server settings embedded in
it are not checked yet.

## Why it matters
Motor generates each instance's `config.json` from these embedded blocks; the server never reads
the `user_config.json` itself. Linting it as a server config would report keys it is not meant to
have, and say nothing useful about the ones it does.

## Example
`mindie_service/management_service/example/deploy_scripts/user_config.json` from MindIE-Motor.

## Use instead
Lint the `config.json` files Motor generates for the prefill and decode instances.

## References
- MindIE reference 4 (PD-separated Motor deployments), 3.2 (distributed DP decode instances)
""")


def motor_user_config_finding(config: object) -> Finding | None:
    if not isinstance(config, dict) or "BackendConfig" in config or "ServerConfig" in config:
        return None
    if not any(key in config for key in MOTOR_KEYS):
        return None
    related = tuple(Related(f"/{key}", tr("embedded {role} server settings (not checked yet)",
                                          role=key.split('_')[2]))
                    for key in EMBEDDED if key in config)
    return Finding("MEP006", "",
                   tr("this is a MindIE-Motor user_config.json (a PD-separated deployment "
                      "description), not a MindIE Server config.json; its embedded server "
                      "settings are not checked yet"),
                   tr("lint the config.json that Motor generates for each prefill and decode "
                      "instance"), related=related)

