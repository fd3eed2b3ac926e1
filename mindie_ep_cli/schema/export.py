"""The schema as other tools should see it: `x-required-by` folded into `required` for a version.

Editors (VS Code `json.schemas`) and check-jsonschema know nothing of our annotations, so
`mindie-ep schema` prints the schema with the chosen release's requirements made standard.
"""

from __future__ import annotations

import copy

from .profiles import Profile


def schema_for_version(schema: dict, version: str) -> dict:
    profile = Profile(version, certain=True)
    result = copy.deepcopy(schema)
    stack = [result]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            extra = profile.required_extra(node)
            if extra:
                node["required"] = list(node.get("required", [])) + [
                    key for key in extra if key not in node.get("required", [])]
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return result
