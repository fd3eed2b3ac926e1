"""What MindIE will run with: the global world size and the effective parallel sizes.

W, the global world size, is what every parallel product must equal (reference 3.2, 3.3):

* single node: ``worldSize`` (the NPUs of the instance);
* ``multiNodesInferEnabled`` or ``ScheduleConfig.distributedEnable``: the ranktable's device count
  (``--ranktable`` or ``RANK_TABLE_FILE``), or ``--nodes N`` x the devices per node. It is never
  guessed from ``worldSize``: that is the per-node count on a multi-node instance, and 1 on a
  distributed-DP decode instance whose ``dp`` is 64.

Unset sizes take the defaults of the model code (reference 3.3, 2.7): ``tp`` = W, ``dp`` = ``sp`` =
``cp`` = ``pp`` = 1, ``moe_ep`` = 1, and ``moe_tp`` = ``tp`` if ``tp`` is given, else W, on the
``atb`` backend (the new runtime used by ``torch`` takes W).
"""

from __future__ import annotations

from typing import NamedTuple


from ..config_access import MISSING, as_int, get
from ..i18n import tr

PARALLEL_KEYS = ("tp", "dp", "sp", "cp", "pp", "moe_tp", "moe_ep")


class Ranktable(NamedTuple):
    path: str
    servers: int
    devices_per_server: tuple[int, ...]

    @property
    def devices(self) -> int:
        return sum(self.devices_per_server)


class Topology(NamedTuple):
    world_size: int | None  # W; None when it cannot be known
    nodes: int | None
    local_size: int | None  # L = W / nodes
    how: str  # how W was found, or why it is unknown, in words
    multi_node: bool | None  # None: a fragment that does not say
    distributed: bool
    backend: str
    explicit: dict[str, int | None]  # as written (None: absent)
    effective: dict[str, int | None]  # after MindIE's defaults

    @property
    def known(self) -> bool:
        return self.world_size is not None

    def default_note(self, key: str) -> str:
        """Where an effective size came from, for messages: "8 (default: W)"."""
        value = self.effective.get(key)
        if self.explicit.get(key) is not None:
            return str(value)
        if key == "moe_tp" and self.backend != "torch" and self.explicit.get("tp") is not None:
            return tr("{value} (not set, so it defaults to tp)", value=value)
        if key in ("tp", "moe_tp"):
            return tr("{value} (not set, so it defaults to the world size)", value=value)
        return tr("{value} (not set, so it defaults to 1)", value=value)


def explicit_sizes(entry: dict) -> dict[str, int | None]:
    """The parallel sizes as written; -1 and absent both mean "unset" to MindIE."""
    sizes = {}
    for key in PARALLEL_KEYS:
        value = as_int(entry.get(key, MISSING)) if key in entry else None
        sizes[key] = None if value == -1 else value
    return sizes


def effective_sizes(explicit: dict[str, int | None], world_size: int | None,
                    backend: str) -> dict[str, int | None]:
    tp = explicit["tp"] if explicit["tp"] is not None else world_size
    if explicit["moe_tp"] is not None:
        moe_tp = explicit["moe_tp"]
    elif backend != "torch" and explicit["tp"] is not None:
        moe_tp = explicit["tp"]
    else:
        moe_tp = world_size
    one = {key: explicit[key] if explicit[key] is not None else 1
           for key in ("dp", "sp", "cp", "pp", "moe_ep")}
    return {"tp": tp, "moe_tp": moe_tp, **one}


def topology_for(config: object, entry: dict, *, backend_shown: bool, nodes: int | None,
                 devices_per_node: int | None, ranktable: Ranktable | None,
                 unusable_ranktable: str | None = None) -> Topology:
    """``backend_shown`` is False for a fragment that leaves out BackendConfig's own keys: it
    does not say whether the deployment is multi-node."""
    multi_flag = get(config, "/BackendConfig/multiNodesInferEnabled")
    distributed = get(config, "/BackendConfig/ScheduleConfig/distributedEnable") is True
    backend = entry.get("backendType") if isinstance(entry.get("backendType"), str) else "atb"
    per_file = as_int(entry.get("worldSize"))
    explicit = explicit_sizes(entry)

    multi = None if multi_flag is MISSING and not backend_shown else multi_flag is True
    world, count, how = _world_size(multi, distributed, per_file, nodes, devices_per_node,
                                    ranktable, unusable_ranktable)
    local = world // count if world is not None and count else None
    return Topology(world, count, local, how, multi, distributed, backend, explicit,
                    effective_sizes(explicit, world, backend))


def _world_size(multi, distributed, per_file, nodes, devices_per_node, ranktable, unusable):
    if multi or distributed:
        why = (tr("multiNodesInferEnabled is true") if multi
               else tr("ScheduleConfig.distributedEnable is true"))
        if unusable is not None and nodes is None:
            return None, None, tr("{why}, and the ranktable {path} cannot be used (see its "
                                  "findings)", why=why, path=unusable)
        if ranktable is not None:
            return (ranktable.devices, ranktable.servers,
                    tr("{devices} devices on {servers} nodes in the ranktable {path} ({why})",
                       devices=ranktable.devices, servers=ranktable.servers,
                       path=ranktable.path, why=why))
        per_node = devices_per_node or (per_file if multi and not distributed else None)
        if nodes is not None and per_node is not None:
            return nodes * per_node, nodes, tr("--nodes {nodes} x {per_node} devices per node "
                                               "({why})", nodes=nodes, per_node=per_node, why=why)
        if nodes is not None:
            return None, nodes, tr("{why} and worldSize is not the per-node device count here; "
                                   "pass --devices-per-node or --ranktable", why=why)
        return None, None, tr("{why}, so the world size is the ranktable's device count; pass "
                              "--nodes N or --ranktable FILE (or set RANK_TABLE_FILE)", why=why)
    if per_file is None:
        if nodes is not None and devices_per_node is not None:
            return (nodes * devices_per_node, nodes,
                    tr("--nodes {nodes} x --devices-per-node {per_node} (no worldSize)",
                       nodes=nodes, per_node=devices_per_node))
        return None, None, tr("worldSize is missing or not an integer; pass --nodes N and "
                              "--devices-per-node K")
    if multi is None:
        if nodes is None:
            return None, None, tr("the fragment does not say whether the deployment is "
                                  "multi-node (BackendConfig.multiNodesInferEnabled); pass "
                                  "--nodes N")
        if nodes > 1:
            per_node = devices_per_node or per_file
            return nodes * per_node, nodes, tr("--nodes {nodes} x {per_node} devices per node",
                                               nodes=nodes, per_node=per_node)
    return per_file, 1, tr("worldSize {world} on a single node", world=per_file)

