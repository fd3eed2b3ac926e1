"""Unknown keys (MEP104): say whether a key is a near miss of a known one, or known elsewhere."""

from __future__ import annotations

import difflib
import re

from ..diagnostics import Finding, Severity
from .wording import display_path


def _normalise(key: str) -> str:
    return key.replace("_", "").replace("-", "").lower()


_MODEL_CONFIG_ENTRY = re.compile(r"/ModelConfig/[0-9]+\Z")
_HOMES: dict[int, dict[str, list[str]]] = {}


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
            homes.setdefault(key, []).append(path or "the top level")
            stack.append((child, f"{path}.{key}" if path else key))
        if isinstance(node.get("items"), dict):
            stack.append((node["items"], f"{path}[i]"))
        for branch in node.get("anyOf", []) + node.get("oneOf", []):
            stack.append((branch, path))
    return homes


def unknown_key_finding(validator, schema: dict, key: str, pointer: str) -> Finding:
    parent_pointer = pointer.rsplit("/", 1)[0]
    parent = display_path(parent_pointer) or "the top level"
    known = list(schema.get("properties", {}))
    passed_on = ("passes it on to the model, which ignores it"
                 if _MODEL_CONFIG_ENTRY.search(parent_pointer) else "ignores it")
    wanted = _normalise(key)
    twins = [k for k in known if _normalise(k) == wanted]
    close = twins or difflib.get_close_matches(key, known, n=1, cutoff=0.8)
    if close:
        return Finding("MEP104", pointer, f"unknown key \"{key}\" in {parent}: MindIE {passed_on}; "
                       f"did you mean \"{close[0]}\"?", f"rename it to \"{close[0]}\"",
                       severity=Severity.WARNING, on_key=True)
    homes = _key_homes(validator.root).get(key)
    if homes:
        where = " or ".join(sorted(set(homes)))
        return Finding("MEP104", pointer, f"\"{key}\" does not belong in {parent}: MindIE "
                       f"{passed_on}; it is read in {where}",
                       f"move \"{key}\" into {where}", severity=Severity.WARNING, on_key=True)
    return Finding("MEP104", pointer, f"unknown key \"{key}\" in {parent}: MindIE {passed_on}",
                   "delete it if it is left over from another tool or release",
                   severity=Severity.INFO, on_key=True)
