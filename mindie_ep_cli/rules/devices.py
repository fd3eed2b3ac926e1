"""MEP308: the device lists against the instance count and worldSize (reference 3.1 item 1)."""

from __future__ import annotations

from ..config_access import as_int, get
from ..diagnostics import Finding, Related
from ..i18n import tr
from .base import rule

DEVICES = "/BackendConfig/npuDeviceIds"
INSTANCES = "/BackendConfig/modelInstanceNumber"
WORLD = "/BackendConfig/ModelDeployConfig/ModelConfig/0/worldSize"


@rule("MEP308", "device-list-mismatch", "error")
def check_device_lists(ctx):
    """`npuDeviceIds` does not match `modelInstanceNumber` or `worldSize`, or repeats a device.

    ## What it does
    Checks that `npuDeviceIds` has one list per model instance (`modelInstanceNumber`), that
    every list has `ModelConfig[0].worldSize` devices, and that no list names a device twice.

    ## Why it matters
    The server compares these at start-up and refuses the config on a mismatch. A common case is
    changing `worldSize` to 16 for an A3 node and forgetting to list the 16 dies. On multi-node
    deployments the lists are still checked against `worldSize` before the ranktable replaces
    them, so they must be consistent there too.

    ## Example
    ```json
    "npuDeviceIds" : [[0,1,2,3,4,5,6,7]],
    "worldSize" : 16
    ```

    ## Use instead
    ```json
    "npuDeviceIds" : [[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]],
    "worldSize" : 16
    ```

    ## References
    - MindIE reference 3.1 item 1, 1.5 (npuDeviceIds semantics), 5 item 12
    """
    devices = get(ctx.config, DEVICES)
    if not isinstance(devices, list):
        return
    instances = as_int(get(ctx.config, INSTANCES))
    if instances is not None and isinstance(get(ctx.config, INSTANCES), int) \
            and len(devices) != instances:
        yield Finding("MEP308", DEVICES,
                      tr("npuDeviceIds has {lists} device list(s) but modelInstanceNumber is "
                         "{instances}: MindIE refuses to start", lists=len(devices),
                         instances=instances),
                      tr("give one device list per model instance"),
                      related=(Related(INSTANCES, tr("modelInstanceNumber {instances} is set "
                                                     "here", instances=instances)),))
    world_raw = get(ctx.config, WORLD)
    world = world_raw if isinstance(world_raw, int) and not isinstance(world_raw, bool) else None
    for index, group in enumerate(devices):
        if not isinstance(group, list):
            continue
        pointer = f"{DEVICES}/{index}"
        if world is not None and len(group) != world:
            yield Finding("MEP308", pointer,
                          tr("npuDeviceIds[{index}] lists {count} devices but "
                             "ModelConfig[0].worldSize is {world}: MindIE refuses to start",
                             index=index, count=len(group), world=world),
                          tr("list exactly {world} device ids, or set worldSize to {count}",
                             world=world, count=len(group)),
                          related=(Related(WORLD, tr("worldSize {world} is set here",
                                                     world=world)),))
        seen: dict[object, int] = {}
        for position, device in enumerate(group):
            if isinstance(device, int) and not isinstance(device, bool):
                if device in seen:
                    yield Finding("MEP308", f"{pointer}/{position}",
                                  tr("device {device} appears twice in npuDeviceIds[{index}]: "
                                     "MindIE refuses to start", device=device, index=index),
                                  tr("list each NPU once"),
                                  related=(Related(f"{pointer}/{seen[device]}",
                                                   tr("first listed here")),))

                seen.setdefault(device, position)
