"""Format-preserving edits of a JSON text: set or remove keys, touching only their bytes.

Every other byte stays as it was: key order, spacing, the stock `"key" : value` style, inline
arrays, blank lines. A new member copies the indentation and the key/value separator of its
siblings; a new object copies the file's indentation unit. Each change is applied to the text and
the text is re-scanned, so a later change sees the earlier ones.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ..diagnostics import join_pointer, split_pointer
from ..i18n import tr
from ..reader.scanner import Span, scan


class EditError(Exception):
    """A change that cannot be made (the path runs through a number, an index out of range)."""


class _Remove:
    def __repr__(self) -> str:
        return "REMOVE"


REMOVE = _Remove()
_INDENT = re.compile(r"[ \t]*")
_DOTTED = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@dataclass(frozen=True)
class Change:
    pointer: str
    value: object  # a JSON value, or REMOVE


def parse_key_path(path: str) -> str:
    """A dotted path (`BackendConfig.ModelDeployConfig.ModelConfig[0].moe_ep`) or a JSON
    Pointer (`/BackendConfig/...`) -> a JSON Pointer."""
    path = path.strip()
    if path.startswith("/"):
        return path
    if not path:
        raise EditError(tr("empty key path"))
    tokens: list[str | int] = []
    position = 0
    for match in _DOTTED.finditer(path):
        gap = path[position:match.start()]
        if gap not in ("", "."):
            raise EditError(tr("cannot read the key path {path} near {gap}", path=repr(path),
                               gap=repr(gap)))
        tokens.append(match.group(1) if match.group(1) is not None else int(match.group(2)))
        position = match.end()
    if position != len(path) or path.endswith("."):
        raise EditError(tr("cannot read the key path {path}", path=repr(path)))
    return join_pointer("", *tokens)


def apply_changes(text: str, changes: list[Change]) -> str:
    crlf = "\r\n" in text and text.count("\r\n") == text.count("\n")
    if crlf:  # edit with \n and give every line its \r back, so new lines match the file
        text = text.replace("\r\n", "\n")
    for change in changes:
        text = _apply(text, change)
    result = scan(text)
    if not result.ok or result.problems:
        raise EditError("the edited text is not valid JSON")  # a bug, never a user error
    return text.replace("\n", "\r\n") if crlf else text


def _spans(text: str):
    result = scan(text)
    if not result.ok or result.problems:
        raise EditError(tr("the file is not valid JSON; fix it first (see `mindie-ep lint`)"))
    return result.value, result.spans


def _apply(text: str, change: Change) -> str:
    value, spans = _spans(text)
    tokens = split_pointer(change.pointer)
    if not tokens:
        raise EditError(tr("cannot replace the whole document"))
    if change.pointer in spans:
        if change.value is REMOVE:
            return _remove(text, spans, change.pointer)
        _, span = spans[change.pointer]
        old = text[span.start:span.end]
        comma = ", " if ", " in old or "," not in old else ","
        rendered = _dump(change.value, _indent_at(text, span.start), _indent_unit(text),
                         _separator(text, spans, change.pointer.rsplit("/", 1)[0]), comma)
        return text[:span.start] + rendered + text[span.end:]
    if change.value is REMOVE:
        return text  # nothing to remove
    # Find the deepest existing container and build the missing part under it.
    for depth in range(len(tokens) - 1, -1, -1):
        parent = join_pointer("", *tokens[:depth])
        if parent in spans:
            break
    node = _value_at(value, tokens[:depth])
    missing = change.value
    for token in reversed(tokens[depth + 1:]):
        if token.isdigit() and token != "0":
            raise EditError(tr("cannot create {pointer}: index {index} of a new list",
                               pointer=change.pointer, index=token))
        missing = [missing] if token == "0" else {token: missing}
    if isinstance(node, dict):
        return _insert_member(text, spans, parent, tokens[depth], missing)
    if isinstance(node, list):
        index = tokens[depth]
        if not index.isdigit() or int(index) != len(node):
            raise EditError(tr("cannot set {pointer}: {parent} has {count} items",
                               pointer=change.pointer, parent=parent or tr("the document"),
                               count=len(node)))
        return _append_item(text, spans, parent, missing)
    raise EditError(tr("cannot set {pointer}: {parent} is not an object", pointer=change.pointer,
                       parent=parent))


def _value_at(value, tokens):
    for token in tokens:
        value = value[int(token)] if isinstance(value, list) else value[token]
    return value


# -- layout of the existing text ------------------------------------------------------------------

def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _indent_at(text: str, offset: int) -> str:
    start = _line_start(text, offset)
    return _INDENT.match(text, start).group()


def _indent_unit(text: str) -> str:
    """The file's indentation step, from the smallest positive indent of a key line."""
    widths = []
    for line in text.splitlines():
        stripped = line.lstrip(" \t")
        if stripped.startswith('"') and len(line) > len(stripped):
            widths.append(line[: len(line) - len(stripped)])
    if not widths:
        return "    "
    if any("\t" in w for w in widths):
        return "\t"
    return " " * min(len(w) for w in widths)


def _separator(text: str, spans, parent: str) -> str:
    """How members of ``parent`` (or of the file) write the `:` between key and value."""
    for pointer, (key, value) in spans.items():
        if key is not None and pointer.rsplit("/", 1)[0] == parent:
            return text[key.end:value.start]
    for key, value in spans.values():
        if key is not None:
            return text[key.end:value.start]
    return ": "


def _dump(value: object, indent: str, unit: str, separator: str, comma: str = ", ") -> str:
    """A new value: objects one member per line, arrays of scalars (or of such arrays) inline
    with ``comma`` between items, as in the stock `"npuDeviceIds" : [[0,1,2,3]]`."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + unit
        members = [f"{inner}{json.dumps(k, ensure_ascii=False)}{separator}"
                   f"{_dump(v, inner, unit, separator, comma)}" for k, v in value.items()]
        return "{\n" + ",\n".join(members) + "\n" + indent + "}"
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value) or \
                all(isinstance(v, list) and all(not isinstance(x, (dict, list)) for x in v)
                    for v in value):
            return "[" + comma.join(_dump(v, indent, unit, separator, comma) for v in value) + "]"
        inner = indent + unit
        return "[\n" + ",\n".join(inner + _dump(v, inner, unit, separator, comma)
                                   for v in value) + "\n" + indent + "]"
    return json.dumps(value, ensure_ascii=False)


# -- inserting and removing -----------------------------------------------------------------------

def _children(spans, parent: str) -> list[tuple[str, Span | None, Span]]:
    prefix = parent + "/"
    found = [(p, key, value) for p, (key, value) in spans.items()
             if p.startswith(prefix) and "/" not in p[len(prefix):]]
    return sorted(found, key=lambda item: item[2].start)


def _insert_member(text: str, spans, parent: str, key: str, value: object) -> str:
    _, container = spans[parent]
    members = _children(spans, parent)
    unit = _indent_unit(text)
    separator = _separator(text, spans, parent)
    name = json.dumps(key, ensure_ascii=False)
    if members:
        _, last_key, last_value = members[-1]
        multiline = any(text.count("\n", container.start, k.start) for _, k, _ in members if k)
        if multiline:
            indent = _indent_at(text, last_key.start)
            piece = f",\n{indent}{name}{separator}{_dump(value, indent, unit, separator)}"
        else:
            piece = f", {name}{separator}{_dump(value, _indent_at(text, last_key.start), unit, separator)}"
        return text[:last_value.end] + piece + text[last_value.end:]
    indent = _indent_at(text, container.start)
    inner = indent + unit
    body = f"\n{inner}{name}{separator}{_dump(value, inner, unit, separator)}\n{indent}"
    close = container.end - 1
    return text[:container.start + 1] + body + text[close:]


def _append_item(text: str, spans, parent: str, value: object) -> str:
    _, container = spans[parent]
    items = _children(spans, parent)
    unit = _indent_unit(text)
    separator = _separator(text, spans, "")
    if items:
        _, _, last = items[-1]
        if text.count("\n", container.start, last.start):
            indent = _indent_at(text, last.start)
            piece = f",\n{indent}{_dump(value, indent, unit, separator)}"
        else:
            piece = f", {_dump(value, _indent_at(text, last.start), unit, separator)}"
        return text[:last.end] + piece + text[last.end:]
    return text[:container.start + 1] + _dump(value, _indent_at(text, container.start), unit,
                                              separator) + text[container.end - 1:]


def _remove(text: str, spans, pointer: str) -> str:
    parent = pointer.rsplit("/", 1)[0]
    siblings = _children(spans, parent)
    index = next(i for i, (p, _, _) in enumerate(siblings) if p == pointer)
    _, key, value = siblings[index]
    start = key.start if key is not None else value.start
    end = value.end
    if index + 1 < len(siblings):  # remove up to the next member: the comma goes with us
        next_key, next_value = siblings[index + 1][1], siblings[index + 1][2]
        following = next_key.start if next_key is not None else next_value.start
        if text.count("\n", end, following):
            start, end = _line_start(text, start), _line_start(text, following)
        else:
            end = following
    elif index > 0:  # the last member: remove the comma before it
        start = siblings[index - 1][2].end
    else:  # the only member: leave an empty container
        _, container = spans[parent]
        start, end = container.start + 1, container.end - 1
    return text[:start] + text[end:]
