"""MEP501: the configs of one multi-node deployment differ (`lint --cluster a.json b.json ...`)."""

from __future__ import annotations

import json

from ..diagnostics import Finding, Related, join_pointer
from ..i18n import tr
from ..schema.wording import display_path
from .base import describe

describe("MEP501", "cluster-mismatch", "error", """
A key differs between the `config.json` files of the nodes of one deployment.

## What it does
With `mindie-ep lint --cluster node1.json node2.json ...`, compares every key of every file
with the first file and reports each key whose value differs, or that one file has and another
lacks, at both places.

## Why it matters
MindIE needs the same `config.json` on every node of a multi-node deployment: the nodes derive
the global layout (world size, dp, tp, moe_ep, moe_tp, ports) from it independently, so a
difference makes them disagree on the groups and the service fails to start or hangs at the
first collective operation. Runbooks that edit each node separately drift apart easily.

## Example
`"moe_tp" : 4` on node 1 and `"moe_tp" : 1` on node 2.

## Use instead
Copy one file to every node (`scp config.json node2:/usr/local/Ascend/mindie/latest/mindie-service/conf/`),
then check with `--cluster`.

## References
- MindIE reference 3.4 (config.json identical on all nodes), 3.2
""")


def leaves(value: object, pointer: str = "") -> dict[str, object]:
    """Every scalar (and empty container) of a JSON value, by pointer."""
    if isinstance(value, dict) and value:
        out: dict[str, object] = {}
        for key, item in value.items():
            out.update(leaves(item, join_pointer(pointer, key)))
        return out
    if isinstance(value, list) and value:
        out = {}
        for index, item in enumerate(value):
            out.update(leaves(item, f"{pointer}/{index}"))
        return out
    return {pointer: value}


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _nearest(pointer: str, present: dict) -> str:
    """The deepest ancestor of ``pointer`` that exists in a config (where to show an absence)."""
    while pointer and pointer not in present:
        pointer = pointer.rsplit("/", 1)[0]
    return pointer


def cluster_findings(reference_path: str, reference: object, path: str, value: object,
                     locate_reference) -> list[Finding]:
    """Findings for ``path`` against the first file of the cluster; ``locate_reference`` gives
    the position of a pointer in the reference file (for the related location)."""
    ours, theirs = leaves(value), leaves(reference)
    containers = _containers(value)
    findings = []
    for pointer in sorted(set(ours) | set(theirs)):
        mine, other = ours.get(pointer, _ABSENT), theirs.get(pointer, _ABSENT)
        if mine is not _ABSENT and other is not _ABSENT and type(mine) is type(other) \
                and mine == other:
            continue
        name = display_path(pointer) or tr("the document")
        if mine is _ABSENT:
            here = _nearest(pointer, containers)
            message = tr("{name} is {other} in {reference} but missing here: every node needs "
                         "the same config.json", name=name, other=_shown(other),
                         reference=reference_path)
        elif other is _ABSENT:
            here = pointer
            message = tr("{name} is {mine} here but missing in {reference}: every node needs "
                         "the same config.json", name=name, mine=_shown(mine),
                         reference=reference_path)
        else:
            here = pointer
            message = tr("{name} is {mine} here but {other} in {reference}: every node needs "
                         "the same config.json", name=name, mine=_shown(mine),
                         other=_shown(other), reference=reference_path)
        where = pointer if other is not _ABSENT else _nearest(pointer, _containers(reference))
        findings.append(Finding("MEP501", here, message,
                                tr("make {path} and {reference} identical", path=path,
                                   reference=reference_path),
                                related=(Related(where, tr("the value in {reference}",
                                                           reference=reference_path),
                                                 locate_reference(where), reference_path),)))

    return findings


def _containers(value: object, pointer: str = "") -> dict[str, None]:
    found = {pointer: None}
    if isinstance(value, dict):
        for key, item in value.items():
            found.update(_containers(item, join_pointer(pointer, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.update(_containers(item, f"{pointer}/{index}"))
    return found


class _Absent:
    pass


_ABSENT = _Absent()
