"""Plain words for schema facts, in the user's language: where a key is, what a value is, what is
allowed."""

from __future__ import annotations

import json

from ..diagnostics import split_pointer
from ..i18n import tr

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
    if name == "object":
        return tr("an object")
    if name == "array":
        return tr("an array")
    if name == "string":
        return tr("a string")
    if name == "boolean":
        return tr("true or false")
    if name == "integer":
        return tr("an integer")
    if name == "number":
        return tr("a number")
    return name  # "null", or a name the schema does not use


def render_value(value: object, limit: int = 40) -> str:
    """A value as a message shows it: JSON when short, else what it is."""
    if isinstance(value, dict):
        return tr("an object") if value else tr("an empty object")
    if isinstance(value, list) and len(json.dumps(value, ensure_ascii=False)) > limit:
        return tr("an array of {count} items", count=len(value))
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _low_bound(schema: dict, low: object) -> str:
    if "exclusiveMinimum" in schema:
        return tr("above {value}", value=json.dumps(low))
    return tr("at least {value}", value=json.dumps(low))


def _high_bound(schema: dict, high: object) -> str:
    if "exclusiveMaximum" in schema:
        return tr("below {value}", value=json.dumps(high))
    return tr("at most {value}", value=json.dumps(high))


def allowed_text(schema: dict) -> str:
    """What a (resolved) schema allows, for a finding's message."""
    if "anyOf" in schema or "oneOf" in schema:
        parts = [allowed_text(branch) for branch in schema.get("anyOf", schema.get("oneOf"))]
        return tr(" or ").join(parts)
    if "const" in schema:
        return json.dumps(schema["const"])
    if "enum" in schema:
        options = ", ".join(json.dumps(v, ensure_ascii=False) for v in schema["enum"])
        return tr("one of {options}", options=options)
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    if high in _C_TYPE_LIMITS:  # the C type's own limit says nothing to an operator
        high = None
    if low is not None and high is not None:
        if "exclusiveMinimum" not in schema and "exclusiveMaximum" not in schema:
            return tr("{low} to {high}", low=json.dumps(low), high=json.dumps(high))
        return tr("{low} and {high}", low=_low_bound(schema, low), high=_high_bound(schema, high))
    if low is not None:
        return _low_bound(schema, low)
    if high is not None:
        return _high_bound(schema, high)
    if "pattern" in schema:
        return tr("text matching {pattern}", pattern=schema["pattern"])
    if "minLength" in schema or "maxLength" in schema:
        if "maxLength" not in schema:
            return tr("{low} to any number of characters", low=schema.get("minLength", 0))
        return tr("{low} to {high} characters", low=schema.get("minLength", 0),
                  high=schema["maxLength"])
    if "minItems" in schema or "maxItems" in schema:
        if "maxItems" not in schema:
            return tr("{low} to any number of items", low=schema.get("minItems", 0))
        return tr("{low} to {high} items", low=schema.get("minItems", 0), high=schema["maxItems"])
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        return tr(" or ").join(json_type_name(t) for t in types)
    return tr("a different value")
