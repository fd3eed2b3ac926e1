"""Unknown keys (MEP104): say whether a key is a near miss of a known one, or known elsewhere."""

from __future__ import annotations

import difflib
import re

from ..diagnostics import Finding, Severity
from ..i18n import tr
from .wording import display_path


def _normalise(key: str) -> str:
    return key.replace("_", "").replace("-", "").lower()


_MODEL_CONFIG_ENTRY = re.compile(r"/ModelConfig/[0-9]+\Z")
_HOMES: dict[int, dict[str, list[str]]] = {}
_TOP = "the top level"  # the home of a top-level key, shown in the user's language



def _key_homes(schema: dict) -> dict[str, list[str]]:
    """Every property name in the schema -> the dotted places it belongs (``models.deepseekv2``)."""
    if id(schema) in _HOMES:
        return _HOMES[id(schema)]
    homes: dict[str, list[str]] = _HOMES.setdefault(id(schema), {})
    defs = schema.get("$defs", {})
    stack = [(schema, "")]
    while stack:
        node, path = stack.pop()
        while isinstance(node, dict) and "$ref" in node:
            node = defs.get(node["$ref"].rsplit("/", 1)[-1], {})
        if not isinstance(node, dict):
            continue
        for key, child in node.get("properties", {}).items():
            homes.setdefault(key, []).append(path or _TOP)
            stack.append((child, f"{path}.{key}" if path else key))
        if isinstance(node.get("items"), dict):
            stack.append((node["items"], f"{path}[i]"))
        for branch in node.get("anyOf", []) + node.get("oneOf", []):
            stack.append((branch, path))
    return homes


def _place(path: str) -> str:
    return tr("the top level") if path == _TOP else path


def unknown_key_finding(validator, schema: dict, key: str, pointer: str) -> Finding:
    parent_pointer = pointer.rsplit("/", 1)[0]
    parent = display_path(parent_pointer) or tr("the top level")
    known = list(schema.get("properties", {}))
    passed_on = (tr("passes it on to the model, which ignores it")
                 if _MODEL_CONFIG_ENTRY.search(parent_pointer) else tr("ignores it"))
    wanted = _normalise(key)
    twins = [k for k in known if _normalise(k) == wanted]
    close = twins or difflib.get_close_matches(key, known, n=1, cutoff=0.8)
    if close:
        return Finding("MEP104", pointer,
                       tr("unknown key \"{key}\" in {parent}: MindIE {passed_on}; did you mean "
                          "\"{close}\"?", key=key, parent=parent, passed_on=passed_on,
                          close=close[0]),
                       tr("rename it to \"{close}\"", close=close[0]),
                       severity=Severity.WARNING, on_key=True)
    homes = _key_homes(validator.root).get(key)
    if homes:
        where = tr(" or ").join(_place(home) for home in sorted(set(homes)))
        return Finding("MEP104", pointer,
                       tr("\"{key}\" does not belong in {parent}: MindIE {passed_on}; it is read "
                          "in {where}", key=key, parent=parent, passed_on=passed_on, where=where),
                       tr("move \"{key}\" into {where}", key=key, where=where),
                       severity=Severity.WARNING, on_key=True)
    return Finding("MEP104", pointer,
                   tr("unknown key \"{key}\" in {parent}: MindIE {passed_on}", key=key,
                      parent=parent, passed_on=passed_on),
                   tr("delete it if it is left over from another tool or release"),
                   severity=Severity.INFO, on_key=True)
