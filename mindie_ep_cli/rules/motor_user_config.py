"""MEP006: a MindIE-Motor deployer file given where a MindIE Server config.json was expected."""

from __future__ import annotations

from ..diagnostics import Finding, Related
from ..i18n import tr
from .base import describe

MOTOR_KEYS = ("deploy_config", "mindie_server_prefill_config", "mindie_server_decode_config",
              "mindie_ms_controller_config", "mindie_ms_coordinator_config")

describe("MEP006", "motor-user-config", "info", """
The file is a MindIE-Motor `user_config.json`; its prefill and decode server settings are
checked as partial configs.

## What it does
Recognises the deployer file of MindIE-Motor (PD-separated deployments: `deploy_config`,
`mindie_server_prefill_config`, `mindie_server_decode_config`, ...) and says so once, instead of
dozens of "missing key" findings. The server settings embedded for the prefill and the decode
instances are then checked like documentation fragments: every key they set is checked, keys
they leave out (which Motor takes from its base `config.json`) are not reported, and the world
size of each instance is `single_p_instance_pod_num` x `p_pod_npu_num` (prefill) or
`single_d_instance_pod_num` x `d_pod_npu_num` (decode) from `deploy_config`. Their findings point
into this file.

## Why it matters
Motor generates each instance's `config.json` from these embedded blocks, so a wrong parallel
layout or EP setting written here breaks every instance it deploys. The server never reads the
`user_config.json` itself, so it must not be checked as a whole server config.

## Example
`mindie_service/management_service/example/deploy_scripts/user_config.json` from MindIE-Motor.

## Use instead
Nothing to change for this finding; fix the findings reported inside the embedded blocks, and
lint the generated `config.json` files too when you have them.

## References
- MindIE reference 4 (PD-separated Motor deployments), 3.2 (distributed DP decode instances)
""")

# (section, role) for the server settings Motor embeds, role as `deploy_config` names it.
SECTIONS = (("mindie_server_prefill_config", "p"), ("mindie_server_decode_config", "d"))


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def instance_size(config: dict, role: str) -> tuple[int | None, int | None]:
    """Pods (nodes) of one instance and NPUs per pod, from `deploy_config`."""
    deploy = config.get("deploy_config")
    if not isinstance(deploy, dict):
        return None, None
    return (_count(deploy.get(f"single_{role}_instance_pod_num")),
            _count(deploy.get(f"{role}_pod_npu_num")))


def motor_user_config_finding(config: object) -> Finding | None:
    if not isinstance(config, dict) or "BackendConfig" in config or "ServerConfig" in config:
        return None
    if not any(key in config for key in MOTOR_KEYS):
        return None
    related = tuple(Related(f"/{key}", tr("embedded {role} server settings, checked as a "
                                          "partial config", role=key.split('_')[2]))
                    for key, _ in SECTIONS if key in config)
    return Finding("MEP006", "",
                   tr("this is a MindIE-Motor user_config.json (a PD-separated deployment "
                      "description), not a MindIE Server config.json; its prefill and decode "
                      "server settings are checked as partial configs"),
                   tr("also lint the config.json that Motor generates for each prefill and "
                      "decode instance"), related=related)

