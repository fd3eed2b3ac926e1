"""The schema layer: check a config against the bundled JSON Schema and say what is wrong in plain
words (MEP101 missing key, MEP102 wrong type, MEP103 out of range, MEP104 unknown key, MEP105
deprecated key).

Why not ``jsonschema`` at run time: importing it costs more than a whole ``lint`` run may take
(product.md section 7), and its errors are written for schema authors, not operators. The bundled
schema uses a small subset of Draft 2020-12 (``SUPPORTED_KEYWORDS``); this module implements exactly
that subset, and ``tests/test_schema_equivalence.py`` proves it agrees with ``jsonschema`` on every
test config (in ``pure`` mode).

In the default ``mindie`` mode the validator adds what MindIE itself does on top of the schema,
driven by the schema's ``x-`` annotations:

* ``x-mindie-type``: the C++ side needs a JSON integer literal, so ``8.0`` fails (JSON Schema
  would accept it);
* ``x-cast``: an untyped ModelConfig key the server casts to int (``1.5`` becomes 1, ``"8"`` is
  parsed): a wrong type there is a warning, not an error;
* ``x-convert``: the model side converts strings ("2", "true") before validating;
* ``x-checked-by``: a lint rule owns the key, so the schema layer stays quiet about it;
* ``x-required-by``: keys only some MindIE versions require (see the version profiles);
* ``x-open``: an object whose keys are free (no unknown-key report).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from ..config_access import cast_server_int, convert_model_value
from ..diagnostics import Finding, Severity, join_pointer
from ..i18n import language, tr
from .profiles import Profile
from .wording import allowed_text, display_path, json_type_name, render_value

SUPPORTED_KEYWORDS = frozenset({
    "$schema", "$id", "$defs", "$ref", "$comment", "title", "description", "default", "examples",
    "deprecated", "type", "enum", "const", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems", "items",
    "properties", "required", "additionalProperties", "anyOf", "oneOf",
})


@dataclass(frozen=True)
class Failure:
    """One keyword of the schema that the value at ``pointer`` breaks."""

    keyword: str
    pointer: str
    schema: dict
    value: object
    detail: object = None
    converted: bool = False  # MindIE converts or casts the value: a warning when the rest passes


def is_type(value: object, name: str) -> bool:
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if isinstance(value, bool):
        return False
    if name == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if name == "number":
        return isinstance(value, (int, float))
    return False


def json_equal(a: object, b: object) -> bool:
    """Equality as JSON Schema defines it: 1 == 1.0, but true != 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


@lru_cache(maxsize=64)
def _regex(pattern: str) -> re.Pattern:
    return re.compile(pattern)


class SchemaValidator:
    def __init__(self, schema: dict, profile: Profile | None = None, mode: str = "mindie"):
        self.root = schema
        self.profile = profile
        self.mindie = mode == "mindie"
        self._resolved: dict[int, dict] = {}

    # -- public -------------------------------------------------------------------------------
    def failures(self, value: object, schema: dict | None = None, pointer: str = "") -> list[Failure]:
        out: list[Failure] = []
        self._check(schema if schema is not None else self.root, value, pointer, out)
        return out

    def resolve(self, schema: dict) -> dict:
        """The schema with its ``$ref`` followed. Keywords beside a ``$ref`` are merged over the
        target; the schema only puts annotations there (a test keeps it so), which makes the
        merge equal to applying both as Draft 2020-12 does."""
        if "$ref" not in schema:
            return schema
        merged = self._resolved.get(id(schema))
        if merged is None:
            ref = schema["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"unsupported $ref {ref!r}")
            target = self.root
            for token in ref[2:].split("/"):
                target = target[token.replace("~1", "/").replace("~0", "~")]
            merged = {**self.resolve(target), **{k: v for k, v in schema.items() if k != "$ref"}}
            self._resolved[id(schema)] = merged
        return merged

    # -- the walk -----------------------------------------------------------------------------
    def _check(self, schema: dict, value: object, pointer: str, out: list[Failure]) -> None:
        schema = self.resolve(schema)
        skip: frozenset = frozenset()
        if self.mindie and "x-checked-by" in schema:
            keywords = schema.get("x-checked-keywords")
            if keywords is None:
                return
            skip = frozenset(keywords)
        raw, converted = value, False
        if self.mindie:
            value, converted = self._mindie_value(schema, value, pointer, out)
            if value is _STOP:
                return
        start = len(out)
        types = schema.get("type")
        if types is not None:
            names = (types,) if isinstance(types, str) else types
            if not any(is_type(value, name) for name in names):
                if "type" not in skip:
                    out.append(Failure("type", pointer, schema, value, names))
                return
        if "const" in schema and not json_equal(value, schema["const"]):
            out.append(Failure("const", pointer, schema, value))
        if "enum" in schema and not any(json_equal(value, option) for option in schema["enum"]):
            out.append(Failure("enum", pointer, schema, value))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            self._check_number(schema, value, pointer, out, skip)
        elif isinstance(value, str):
            self._check_string(schema, value, pointer, out)
        elif isinstance(value, list):
            self._check_array(schema, value, pointer, out)
        elif isinstance(value, dict):
            self._check_object(schema, value, pointer, out)
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                self._check_alternatives(keyword, schema, value, pointer, out)
        if converted and len(out) == start:
            out.append(Failure("converted", pointer, schema, raw, value))

    def _mindie_value(self, schema: dict, value: object, pointer: str, out: list[Failure]):
        """Apply what MindIE does to the raw value before it checks it."""
        if "x-convert" in schema and "string" not in _types(schema):
            new = convert_model_value(value)
            if isinstance(new, bool) and schema.get("type") in ("integer", "number"):
                new = int(new)
            return new, new is not value
        if schema.get("x-cast") == "int":
            if isinstance(value, (list, dict)):
                out.append(Failure("dropped", pointer, schema, value))
                return _STOP, False
            new = cast_server_int(value)
            return new, new is not value
        if (schema.get("x-mindie-type") in ("int32", "uint32", "size_t")
                and isinstance(value, float)):
            out.append(Failure("literal", pointer, schema, value))
            return _STOP, False
        return value, False

    def _check_number(self, schema, value, pointer, out, skip) -> None:
        for keyword, broken in (
            ("minimum", lambda limit: value < limit),
            ("maximum", lambda limit: value > limit),
            ("exclusiveMinimum", lambda limit: value <= limit),
            ("exclusiveMaximum", lambda limit: value >= limit),
        ):
            if keyword in schema and broken(schema[keyword]) and keyword not in skip:
                out.append(Failure(keyword, pointer, schema, value))

    def _check_string(self, schema, value, pointer, out) -> None:
        if "minLength" in schema and len(value) < schema["minLength"]:
            out.append(Failure("minLength", pointer, schema, value))
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            out.append(Failure("maxLength", pointer, schema, value))
        if "pattern" in schema and not _regex(schema["pattern"]).search(value):
            out.append(Failure("pattern", pointer, schema, value))

    def _check_array(self, schema, value, pointer, out) -> None:
        if "minItems" in schema and len(value) < schema["minItems"]:
            out.append(Failure("minItems", pointer, schema, value))
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            out.append(Failure("maxItems", pointer, schema, value))
        items = schema.get("items")
        if isinstance(items, dict):
            for index, item in enumerate(value):
                self._check(items, item, f"{pointer}/{index}", out)

    def _check_object(self, schema, value, pointer, out) -> None:
        properties = schema.get("properties", {})
        for key in schema.get("required", ()):
            if key not in value:
                out.append(Failure("required", pointer, schema, value, key))
        if self.mindie and self.profile is not None:
            for key in self.profile.required_extra(schema):
                if key not in value:
                    out.append(Failure("required", pointer, schema, value, key))
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            child = join_pointer(pointer, key)
            if key in properties:
                self._check(properties[key], item, child, out)
            elif extra is False:
                out.append(Failure("additionalProperties", child, schema, item, key))
            elif isinstance(extra, dict):
                self._check(extra, item, child, out)

    def _check_alternatives(self, keyword, schema, value, pointer, out) -> None:
        results = []
        for branch in schema[keyword]:
            branch_out: list[Failure] = []
            self._check(branch, value, pointer, branch_out)
            results.append(branch_out)
        passing = sum(1 for result in results if not result)
        if keyword == "anyOf" and passing:
            return
        if keyword == "oneOf" and passing == 1:
            return
        if keyword == "oneOf" and passing > 1:
            out.append(Failure("oneOf", pointer, schema, value, "several"))
            return
        if all(f.pointer == pointer for result in results for f in result):
            out.append(Failure(keyword, pointer, schema, value,
                               [self.resolve(branch) for branch in schema[keyword]]))
            return
        best = min((r for r in results if r[0].keyword != "type"), key=len, default=results[0])
        out.extend(best)


class _Stop:
    pass


_STOP = _Stop()


def _types(schema: dict) -> tuple:
    types = schema.get("type", ())
    return (types,) if isinstance(types, str) else tuple(types)


# -- failures -> findings -------------------------------------------------------------------------

def schema_findings(validator: SchemaValidator, value: object, base: str = "",
                    quiet_missing: bool = False) -> list[Finding]:
    """Validate and translate each failure into an operator-facing finding."""
    findings = [_finding(validator, f) for f in validator.failures(value)]
    if quiet_missing:
        findings = [f for f in findings if f.code != "MEP101"]
    findings.extend(_annotations(validator, validator.root, value, base))
    return findings


def _key_of(pointer: str) -> str:
    return display_path(pointer)


def _server_side(pointer: str) -> bool:
    return "/models/" not in pointer + "/"


def _finding(validator: SchemaValidator, failure: Failure) -> Finding:
    f, schema, value = failure, failure.schema, failure.value
    name = _key_of(f.pointer)
    refuses = (tr("MindIE refuses to start") if _server_side(f.pointer)
               else tr("the model fails to load"))
    if f.keyword == "required":
        return _missing_key(validator, f)
    if f.keyword == "type":
        expected = tr(" or ").join(json_type_name(t) for t in f.detail)
        return Finding("MEP102", f.pointer,
                       tr("{name} is {value}, but MindIE needs {expected}: {refuses}", name=name,
                          value=render_value(value), expected=expected, refuses=refuses),
                       _type_help(schema, expected))
    if f.keyword == "literal":
        return Finding("MEP102", f.pointer,
                       tr("{name} is {value}, a number with a decimal point; MindIE needs a JSON "
                          "integer: {refuses}", name=name, value=render_value(value),
                          refuses=refuses),
                       tr("write {value}", value=int(value)))
    if f.keyword == "dropped":
        return Finding("MEP102", f.pointer,
                       tr("{name} is {value}; MindIE drops arrays and objects here, so the "
                          "setting is ignored", name=name, value=render_value(value)),
                       tr("write a single integer"), severity=Severity.WARNING)
    if f.keyword == "converted":
        return Finding("MEP102", f.pointer,
                       tr("{name} is {value} ({type}); MindIE reads it as {read}, so it works, "
                          "but write the value itself", name=name, value=render_value(value),
                          type=json_type_name_of(value), read=render_value(f.detail)),
                       tr("write {value}", value=json.dumps(f.detail)),
                       severity=Severity.WARNING)
    allowed = allowed_text(schema if f.keyword not in ("anyOf", "oneOf") else
                           {"anyOf": f.detail})
    return Finding("MEP103", f.pointer,
                   tr("{name} is {value}, outside what MindIE accepts ({allowed}): {refuses}",
                      name=name, value=render_value(value), allowed=allowed, refuses=refuses),
                   _range_help(schema, allowed))


def schema_text(text: str) -> str:
    """A text that comes from the bundled schema rather than from the code (the ``use`` of
    ``x-deprecated``), in the user's language when the catalogue has it."""
    if language() == "en":
        return text
    import importlib

    module = importlib.import_module(f"{__package__.rsplit('.', 1)[0]}.i18n.{language()}")
    return getattr(module, "SCHEMA_TEXTS", {}).get(text, text)


def json_type_name_of(value: object) -> str:
    for name in ("boolean", "integer", "number", "string", "array", "object", "null"):
        if is_type(value, name):
            return (json_type_name(name) if name != "integer" or isinstance(value, int)
                    else tr("a number"))
    return tr("a value")


def _type_help(schema: dict, expected: str) -> str:
    if "default" in schema:
        return tr("write {expected}, e.g. the default {default}", expected=expected,
                  default=json.dumps(schema['default']))
    return tr("write {expected}", expected=expected)


def _range_help(schema: dict, allowed: str) -> str:
    if "default" in schema:
        return tr("use {allowed}; the default is {default}", allowed=allowed,
                  default=json.dumps(schema['default']))
    return tr("use {allowed}", allowed=allowed)


def _missing_key(validator: SchemaValidator, failure: Failure) -> Finding:
    key = failure.detail
    where = display_path(failure.pointer) or tr("the top level")
    prop = validator.resolve(failure.schema.get("properties", {}).get(key, {}))
    example = f"\"{key}\" : {json.dumps(prop['default'])}" if "default" in prop else f"\"{key}\""
    profile = validator.profile
    version = profile.version_requiring(failure.schema, key) if profile else None
    if version is None:
        return Finding("MEP101", failure.pointer,
                       tr("{where} has no \"{key}\": MindIE refuses to start without it",
                          where=where, key=key),
                       tr("add {example}", example=example))
    if profile.certain:
        return Finding("MEP101", failure.pointer,
                       tr("{where} has no \"{key}\": MindIE {version} refuses to start without "
                          "it", where=where, key=key, version=version),
                       tr("add {example}", example=example))
    return Finding("MEP101", failure.pointer,
                   tr("{where} has no \"{key}\": MindIE {version} refuses to start without it "
                      "(older releases did not need it)", where=where, key=key, version=version),
                   tr("add {example}, or pass --mindie-version 2.x if this server runs an older "
                      "release", example=example), severity=Severity.WARNING)


def _annotations(validator: SchemaValidator, schema: dict, value: object, pointer: str) -> list[Finding]:
    """Unknown keys (MEP104) and deprecated keys (MEP105): not failures, but worth saying."""
    from .known_keys import unknown_key_finding  # difflib only when there is an unknown key

    out: list[Finding] = []
    stack = [(schema, value, pointer)]
    while stack:
        schema, value, pointer = stack.pop()
        schema = validator.resolve(schema)
        if isinstance(value, dict) and "properties" in schema:
            properties = schema["properties"]
            for key, item in value.items():
                child = join_pointer(pointer, key)
                prop = properties.get(key)
                if prop is None:
                    if not schema.get("x-open"):
                        out.append(unknown_key_finding(validator, schema, key, child))
                    continue
                prop = validator.resolve(prop)
                if prop.get("deprecated"):
                    out.append(_deprecated(validator, prop, key, child))
                stack.append((prop, item, child))
        elif isinstance(value, dict) and isinstance(schema.get("additionalProperties"), dict):
            for key, item in value.items():
                stack.append((schema["additionalProperties"], item, join_pointer(pointer, key)))
        elif isinstance(value, list) and isinstance(schema.get("items"), dict):
            for index, item in enumerate(value):
                stack.append((schema["items"], item, f"{pointer}/{index}"))
    return out


def _deprecated(validator: SchemaValidator, prop: dict, key: str, pointer: str) -> Finding:
    info = prop.get("x-deprecated", {})
    since, ignored_in, use = info.get("since"), info.get("ignored-in"), info.get("use")
    profile = validator.profile
    ignored_now = bool(ignored_in and profile and profile.certain and profile.at_least(ignored_in))
    dated = bool(since and since != "unknown")
    if since and since == ignored_in:
        message = tr("\"{key}\" was dropped in MindIE {since}, which ignores it", key=key,
                     since=since)
    elif dated and ignored_in:
        message = tr("\"{key}\" is deprecated since MindIE {since}; MindIE {ignored} ignores it",
                     key=key, since=since, ignored=ignored_in)
    elif dated:
        message = tr("\"{key}\" is deprecated since MindIE {since}", key=key, since=since)
    elif ignored_in:
        message = tr("\"{key}\" is deprecated; MindIE {ignored} ignores it", key=key,
                     ignored=ignored_in)
    else:
        message = tr("\"{key}\" is deprecated", key=key)
    return Finding("MEP105", pointer, message,
                   tr("use {use}", use=schema_text(use)) if use
                   else tr("delete \"{key}\"", key=key),
                   severity=Severity.WARNING if ignored_now else Severity.INFO, on_key=True)

