"""Reading values out of a parsed config the way the rules need: by JSON Pointer, with a marker for
"absent" that is distinct from JSON null, and the integer conversions MindIE itself applies."""

from __future__ import annotations

import math
import re

from .diagnostics import split_pointer


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING = _Missing()
_INT_TEXT = re.compile(r"\s*[-+]?[0-9]+\s*\Z")
_FLOAT_TEXT = re.compile(r"\s*[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?\s*\Z")


def get(value: object, pointer: str) -> object:
    for token in split_pointer(pointer):
        if isinstance(value, dict):
            if token not in value:
                return MISSING
            value = value[token]
        elif isinstance(value, list):
            if not token.isdigit() or int(token) >= len(value):
                return MISSING
            value = value[int(token)]
        else:
            return MISSING
    return value


def convert_model_value(value: object) -> object:
    """What MindIE's model side makes of a string before validating it (reference 2.1 step 5):
    "true"/"yes"/"on" and "false"/"no"/"off" become booleans, number strings numbers, and
    "none"/"null"/"" become null."""
    if not isinstance(value, str):
        return value
    lowered = value.strip().lower()
    if lowered in ("true", "yes", "on"):
        return True
    if lowered in ("false", "no", "off"):
        return False
    if lowered in ("none", "null", ""):
        return None
    if _INT_TEXT.match(lowered):
        return int(lowered)
    if _FLOAT_TEXT.match(lowered):
        return float(lowered)
    return value


def cast_server_int(value: object) -> object:
    """What becomes of an untyped ModelConfig value (reference 1.7): the C++ side passes numbers
    and booleans through int32 (1.5 -> 1, true -> 1) and Python parses numeric strings; any other
    value is returned unchanged."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return int(value) if math.isfinite(value) else value
    if isinstance(value, str) and _INT_TEXT.match(value):
        return int(value)
    return value


def as_int(value: object) -> int | None:
    """An untyped ModelConfig number as the server reads it, or None when it is not one."""
    value = cast_server_int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def is_true(value: object) -> bool:
    """True as the model side sees it: ``true`` or a string such as "true"/"yes"/"on"."""
    return convert_model_value(value) is True
