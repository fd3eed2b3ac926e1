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

from typing import NamedTuple

import json
import re
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


class Failure(NamedTuple):
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


class _Node:
    """One schema location compiled once: the keywords that apply as plain attributes, so that
    the walk does no $ref resolution, dictionary look-up or pointer building on the clean path."""

    __slots__ = ("schema", "types", "type_ok", "owned", "skip", "convert", "cast", "cxx_int", "const",
                 "enum", "bounds", "min_length", "max_length", "pattern", "min_items",
                 "max_items", "items", "properties", "required", "additional", "alternatives",
                 "annotate", "deprecated")


_ABSENT = object()
_NUMBER_TESTS = {
    "minimum": lambda value, limit: value < limit,
    "maximum": lambda value, limit: value > limit,
    "exclusiveMinimum": lambda value, limit: value <= limit,
    "exclusiveMaximum": lambda value, limit: value >= limit,
}


def _type_test(names: tuple[str, ...]):
    """A fast test for the common single types; ``is_type`` for the rest."""
    if names == ("object",):
        return lambda value: type(value) is dict
    if names == ("string",):
        return lambda value: type(value) is str
    if names == ("array",):
        return lambda value: type(value) is list
    if names == ("boolean",):
        return lambda value: type(value) is bool
    return lambda value: any(is_type(value, name) for name in names)


@lru_cache(maxsize=8)
def validator_for(profile: Profile | None) -> "SchemaValidator":
    """The validator of the bundled schema for a profile, compiled once per process."""
    from ..resources import load_schema

    return SchemaValidator(load_schema(), profile)


def _pointer(path: tuple) -> str:
    return join_pointer("", *path)


class SchemaValidator:
    def __init__(self, schema: dict, profile: Profile | None = None, mode: str = "mindie"):
        self.root = schema
        self.profile = profile
        self.mindie = mode == "mindie"
        self._resolved: dict[int, dict] = {}
        self._nodes: dict[int, _Node] = {}

    # -- public -------------------------------------------------------------------------------
    def failures(self, value: object, schema: dict | None = None, pointer: str = "") -> list[Failure]:
        out: list[Failure] = []
        self._walk(self._node(schema if schema is not None else self.root), value, (), out, None)
        if pointer:
            out = [Failure(f.keyword, pointer + f.pointer, f.schema, f.value, f.detail)
                   for f in out]
        return out

    def walk(self, value: object) -> tuple[list[Failure], list[tuple[str, tuple, _Node]]]:
        """The failures, and the notes (unknown and deprecated keys) found on the way."""
        out: list[Failure] = []
        notes: list[tuple[str, tuple, _Node]] = []
        self._walk(self._node(self.root), value, (), out, notes)
        return out, notes

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

    # -- compiling ----------------------------------------------------------------------------
    def _node(self, raw: dict) -> _Node:
        node = self._nodes.get(id(raw))
        if node is not None:
            return node
        schema = self.resolve(raw)
        node = self._nodes[id(raw)] = _Node()
        mindie = self.mindie
        node.schema = schema
        types = schema.get("type")
        node.types = None if types is None else ((types,) if isinstance(types, str)
                                                 else tuple(types))
        node.type_ok = None if node.types is None else _type_test(node.types)
        node.owned = mindie and "x-checked-by" in schema and "x-checked-keywords" not in schema
        node.skip = frozenset(schema.get("x-checked-keywords", ())) if mindie else frozenset()
        node.convert = mindie and "x-convert" in schema and "string" not in (node.types or ())
        node.cast = mindie and schema.get("x-cast") == "int"
        node.cxx_int = mindie and schema.get("x-mindie-type") in ("int32", "uint32", "size_t")
        node.const = schema.get("const", _ABSENT)
        node.enum = schema.get("enum")
        node.bounds = tuple((keyword, schema[keyword]) for keyword in _NUMBER_TESTS
                            if keyword in schema and keyword not in node.skip)
        node.min_length, node.max_length = schema.get("minLength"), schema.get("maxLength")
        node.pattern = _regex(schema["pattern"]) if "pattern" in schema else None
        node.min_items, node.max_items = schema.get("minItems"), schema.get("maxItems")
        items = schema.get("items")
        node.items = self._node(items) if isinstance(items, dict) else None
        properties = schema.get("properties")
        node.properties = None if properties is None else {
            name: self._node(prop) for name, prop in properties.items()}
        required = list(schema.get("required", ()))
        if mindie and self.profile is not None:
            required += [k for k in self.profile.required_extra(schema) if k not in required]
        node.required = tuple(required)
        extra = schema.get("additionalProperties", True)
        node.additional = self._node(extra) if isinstance(extra, dict) else extra
        node.alternatives = tuple((keyword, tuple(self._node(b) for b in schema[keyword]))
                                  for keyword in ("anyOf", "oneOf") if keyword in schema)
        node.annotate = mindie and properties is not None and not schema.get("x-open")
        node.deprecated = mindie and bool(schema.get("deprecated"))
        return node

    # -- the walk -----------------------------------------------------------------------------
    def _walk(self, node: _Node, value: object, path: tuple, out: list, notes) -> None:
        if node.owned:
            return
        raw, converted = value, False
        if node.convert:
            value = convert_model_value(value)
            if type(value) is bool and node.types in (("integer",), ("number",)):
                value = int(value)
            converted = value is not raw
        elif node.cast:
            if isinstance(value, (list, dict)):
                out.append(Failure("dropped", _pointer(path), node.schema, value))
                return
            value = cast_server_int(value)
            converted = value is not raw
        elif node.cxx_int and type(value) is float:
            out.append(Failure("literal", _pointer(path), node.schema, value))
            return
        start = len(out)
        if node.type_ok is not None and not node.type_ok(value):
            if "type" not in node.skip:
                out.append(Failure("type", _pointer(path), node.schema, value, node.types))
            return
        if node.const is not _ABSENT and not json_equal(value, node.const):
            out.append(Failure("const", _pointer(path), node.schema, value))
        if node.enum is not None and not any(json_equal(value, option) for option in node.enum):
            out.append(Failure("enum", _pointer(path), node.schema, value))
        kind = type(value)
        if kind is int or kind is float:
            for keyword, limit in node.bounds:
                if _NUMBER_TESTS[keyword](value, limit):
                    out.append(Failure(keyword, _pointer(path), node.schema, value))
        elif kind is str:
            self._string(node, value, path, out)
        elif kind is list:
            self._array(node, value, path, out, notes)
        elif kind is dict:
            self._object(node, value, path, out, notes)
        for keyword, branches in node.alternatives:
            self._alternatives(keyword, node, branches, value, path, out)
        if converted and len(out) == start:
            out.append(Failure("converted", _pointer(path), node.schema, raw, value))

    def _string(self, node: _Node, value: str, path: tuple, out: list) -> None:
        if node.min_length is not None and len(value) < node.min_length:
            out.append(Failure("minLength", _pointer(path), node.schema, value))
        if node.max_length is not None and len(value) > node.max_length:
            out.append(Failure("maxLength", _pointer(path), node.schema, value))
        if node.pattern is not None and not node.pattern.search(value):
            out.append(Failure("pattern", _pointer(path), node.schema, value))

    def _array(self, node: _Node, value: list, path: tuple, out: list, notes) -> None:
        if node.min_items is not None and len(value) < node.min_items:
            out.append(Failure("minItems", _pointer(path), node.schema, value))
        if node.max_items is not None and len(value) > node.max_items:
            out.append(Failure("maxItems", _pointer(path), node.schema, value))
        if node.items is not None:
            for index, item in enumerate(value):
                self._walk(node.items, item, path + (index,), out, notes)

    def _object(self, node: _Node, value: dict, path: tuple, out: list, notes) -> None:
        for key in node.required:
            if key not in value:
                out.append(Failure("required", _pointer(path), node.schema, value, key))
        properties, extra = node.properties or {}, node.additional
        for key, item in value.items():
            child = properties.get(key)
            if child is not None:
                if notes is not None and child.deprecated:
                    notes.append(("deprecated", path + (key,), child))
                self._walk(child, item, path + (key,), out, notes)
            elif extra is False:
                out.append(Failure("additionalProperties", _pointer(path + (key,)), node.schema,
                                   item, key))
            elif extra is not True:
                self._walk(extra, item, path + (key,), out, notes)
            elif notes is not None and node.annotate:
                notes.append(("unknown", path + (key,), node))

    def _alternatives(self, keyword, node, branches, value, path, out) -> None:
        results = []
        for branch in branches:
            branch_out: list[Failure] = []
            self._walk(branch, value, path, branch_out, None)
            results.append(branch_out)
        passing = sum(1 for result in results if not result)
        if keyword == "anyOf" and passing:
            return
        if keyword == "oneOf" and passing == 1:
            return
        pointer = _pointer(path)
        if keyword == "oneOf" and passing > 1:
            out.append(Failure("oneOf", pointer, node.schema, value, "several"))
            return
        if all(f.pointer == pointer for result in results for f in result):
            out.append(Failure(keyword, pointer, node.schema, value,
                               [branch.schema for branch in branches]))
            return
        best = min((r for r in results if r[0].keyword != "type"), key=len, default=results[0])
        out.extend(best)


# -- failures -> findings -------------------------------------------------------------------------

def schema_findings(validator: SchemaValidator, value: object, base: str = "",
                    quiet_missing: bool = False) -> list[Finding]:
    """Validate and translate each failure into an operator-facing finding; unknown keys
    (MEP104) and deprecated keys (MEP105) are not failures, but worth saying."""
    failures, notes = validator.walk(value)
    findings = [_finding(validator, f) for f in failures]
    if quiet_missing:
        findings = [f for f in findings if f.code != "MEP101"]
    for kind, path, node in notes:
        pointer = base + _pointer(path)
        if kind == "deprecated":
            findings.append(_deprecated(validator, node.schema, str(path[-1]), pointer))
        else:
            from .known_keys import unknown_key_finding  # difflib only for an unknown key

            findings.append(unknown_key_finding(validator, node.schema, str(path[-1]), pointer))
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

