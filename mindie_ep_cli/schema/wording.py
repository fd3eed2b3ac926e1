"""Plain words for schema facts: where a key is, what a value is, what is allowed."""

from __future__ import annotations

import json

from ..diagnostics import split_pointer

_TYPE_NAMES = {
    "object": "an object", "array": "an array", "string": "a string", "boolean": "true or false",
    "integer": "an integer", "number": "a number", "null": "null",
}


_C_TYPE_LIMITS = (2147483647, 4294967295, 18446744073709551615)


def display_path(pointer: str) -> str:
    """``/BackendConfig/ModelDeployConfig/ModelConfig/0/tp`` -> ``BackendConfig.ModelDeployConfig.ModelConfig[0].tp``."""
    out = ""
    for token in split_pointer(pointer):
        if token.isdigit():
            out += f"[{token}]"
        else:
            out += ("." if out else "") + token
    return out


def json_type_name(name: str) -> str:
    return _TYPE_NAMES.get(name, name)


def render_value(value: object, limit: int = 40) -> str:
    if isinstance(value, dict):
        return "an object" if value else "an empty object"
    if isinstance(value, list):
        text = json.dumps(value, ensure_ascii=False)
        if len(text) <= limit:
            return text
        return f"an array of {len(value)} items"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _number(value: object) -> str:
    return json.dumps(value)


def allowed_text(schema: dict) -> str:
    """Describe what a (resolved) schema allows, for a finding's message."""
    if "anyOf" in schema or "oneOf" in schema:
        parts = [allowed_text(branch) for branch in schema.get("anyOf", schema.get("oneOf"))]
        return " or ".join(parts)
    if "const" in schema:
        return _number(schema["const"])
    if "enum" in schema:
        options = ", ".join(json.dumps(v, ensure_ascii=False) for v in schema["enum"])
        return f"one of {options}"
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    if high in _C_TYPE_LIMITS:  # the C type's own limit says nothing useful to an operator
        high = None
    low_word = "above" if "exclusiveMinimum" in schema else "at least"
    high_word = "below" if "exclusiveMaximum" in schema else "at most"
    if low is not None and high is not None and low_word == "at least" and high_word == "at most":
        return f"{_number(low)} to {_number(high)}"
    if low is not None and high is not None:
        return f"{low_word} {_number(low)} and {high_word} {_number(high)}"
    if low is not None:
        return f"{low_word} {_number(low)}"
    if high is not None:
        return f"{high_word} {_number(high)}"
    if "pattern" in schema:
        return f"text matching {schema['pattern']}"
    if "minLength" in schema or "maxLength" in schema:
        return f"{schema.get('minLength', 0)} to {schema.get('maxLength', 'any number of')} characters"
    if "minItems" in schema or "maxItems" in schema:
        return f"{schema.get('minItems', 0)} to {schema.get('maxItems', 'any number of')} items"
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        return " or ".join(json_type_name(t) for t in types)
    return "a different value"
