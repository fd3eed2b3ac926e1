"""A position-aware JSON scanner that explains what is wrong with a config, and where.

Why our own scanner and not a library: the standard ``json`` module gives no source positions and
stops at the first error with a generic message ("Expecting ',' delimiter"); the lenient parsers
(json5, commentjson, hjson) accept exactly the mistakes we must report, and parser generators
(lark, tree-sitter) cost more import time than the whole lint budget. What we need is narrow:
RFC 8259 JSON, exact spans for every key and value, and a specific message for the mistakes found in
published MindIE configs (comments, trailing and missing commas, single quotes, NaN, unclosed
objects, doc fragments, ``...`` elisions). So the fast C ``json`` parser reads valid files, and this
scanner runs only when it refuses them, when there are duplicate keys, or when positions are needed
to place a finding.

The scanner is iterative (an explicit stack), so 100,000 open brackets are a located error and never
a RecursionError. It recovers from the mistakes whose intent is unambiguous (comments, trailing
commas, a missing comma between members, single-quoted strings, ``...`` elisions, non-JSON
whitespace) so that one run reports all of them and the rest of the file can still be checked; any
other error stops it.
"""

from __future__ import annotations

from typing import NamedTuple

import re
from dataclasses import dataclass, field
from json.decoder import JSONDecodeError, scanstring

from ..diagnostics import escape_pointer_token
from ..i18n import tr

MAX_DEPTH = 512
ELISION = "..."

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_NUMBERISH = re.compile(r"[-+0-9A-Za-z.]+")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")
_LITERALS = {"true": True, "false": False, "null": None}
_PYTHON_LITERALS = {"True": "true", "False": "false", "None": "null", "TRUE": "true", "FALSE": "false", "NULL": "null"}
# Characters an editor shows as blank that JSON does not accept as whitespace.
_ODD_SPACES = "\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff\x0b\x0c"

# Frame states
_KEY_OR_CLOSE, _KEY, _COLON, _MEMBER_VALUE, _COMMA_OR_CLOSE = range(5)
_ITEM_OR_CLOSE, _ITEM, _ITEM_COMMA_OR_CLOSE = range(5, 8)


class Span(NamedTuple):
    start: int
    end: int


class SyntaxProblem(NamedTuple):
    """One MEP001 (or MEP004) finding from the scanner."""

    kind: str  # comment, trailing-comma, missing-comma, single-quote, nan, unclosed, fragment, ...
    message: str
    span: Span
    help: str
    recovered: bool
    related: tuple[tuple[Span, str], ...] = ()


class DuplicateKey(NamedTuple):
    pointer: str
    ignored: Span  # the key span of an occurrence whose value MindIE drops
    winner: Span  # the key span of the last occurrence, whose value MindIE keeps


@dataclass
class ScanResult:
    value: object
    ok: bool  # False when a problem stopped the scan: ``value`` is then None
    spans: dict[str, tuple[Span | None, Span]] = field(default_factory=dict)
    problems: list[SyntaxProblem] = field(default_factory=list)
    duplicates: list[DuplicateKey] = field(default_factory=list)


class _Stop(Exception):
    """Raised internally for an error the scanner cannot recover from."""


class _Frame:
    __slots__ = ("is_object", "container", "pointer", "open_at", "state", "key", "key_span",
                 "keys", "last_end", "comma_at")

    def __init__(self, is_object: bool, pointer: str, open_at: int | None):
        self.is_object = is_object
        self.container: dict | list = {} if is_object else []
        self.pointer = pointer
        self.open_at = open_at  # None for the implicit object around a fragment
        self.state = _KEY_OR_CLOSE if is_object else _ITEM_OR_CLOSE
        self.key: str | None = None
        self.key_span: Span | None = None
        self.keys: dict[str, Span] = {}
        self.last_end = open_at + 1 if open_at is not None else 0
        self.comma_at = -1


def _describe(ch: str) -> str:
    if ch == "":
        return tr("the end of the file")
    if ch.isprintable() and not ch.isspace():
        return f"'{ch}'"
    return f"U+{ord(ch):04X}"


class _Scanner:
    def __init__(self, text: str, fragment: bool):
        self.text = text
        self.n = len(text)
        self.fragment = fragment
        self.result = ScanResult(value=None, ok=False)
        self.stack: list[_Frame] = []

    # -- problems -----------------------------------------------------------------------------
    def problem(self, kind: str, message: str, start: int, end: int, help: str, recovered: bool,
                related: tuple[tuple[Span, str], ...] = ()) -> None:
        end = max(end, start + 1)
        self.result.problems.append(
            SyntaxProblem(kind, message, Span(start, end), help, recovered, related))
        if not recovered:
            raise _Stop

    # -- whitespace and comments --------------------------------------------------------------
    def skip(self, pos: int) -> int:
        text, n = self.text, self.n
        while True:
            pos = _WHITESPACE.match(text, pos).end()
            if pos >= n:
                return pos
            ch = text[pos]
            if ch == "/" and text.startswith("//", pos) or ch == "#":
                end = text.find("\n", pos)
                end = n if end < 0 else end
                marker = "//" if ch == "/" else "#"
                self.problem("comment", tr("comment ({marker} ...): JSON has no comments, so "
                                           "MindIE refuses the whole file (\"Json file is "
                                           "invalid\")", marker=marker),
                             pos, end, tr("delete the comment, or move it out of config.json"),
                             True)
                pos = end
            elif ch == "/" and text.startswith("/*", pos):
                end = text.find("*/", pos + 2)
                if end < 0:
                    self.problem("comment", tr("comment /* is never closed with */"), pos,
                                 pos + 2, tr("close the comment, then delete it: JSON has no "
                                             "comments"), False)
                self.problem("comment", tr("comment (/* ... */): JSON has no comments, so MindIE "
                                           "refuses the whole file (\"Json file is invalid\")"),
                             pos, end + 2, tr("delete the comment"), True)
                pos = end + 2
            elif ch in _ODD_SPACES:
                self.problem("whitespace", tr("{char} is not JSON whitespace (often pasted from a "
                                              "web page)", char=_describe(ch)), pos, pos + 1,
                             tr("replace it with an ordinary space"), True)
                pos += 1
            else:
                return pos

    # -- entry point --------------------------------------------------------------------------
    def run(self) -> ScanResult:
        try:
            self._run()
            self.result.ok = not any(not p.recovered for p in self.result.problems)
        except _Stop:
            self.result.value = None
            self.result.ok = False
        return self.result

    def _run(self) -> None:
        text = self.text
        pos = self.skip(0)
        if pos >= self.n:
            self.problem("empty", tr("the file holds no JSON value (only whitespace or comments)"),
                         max(self.n - 1, 0), self.n,
                         tr("a MindIE config.json is one JSON object: "
                            "{ \"ServerConfig\": {...}, \"BackendConfig\": {...} }"), False)
        if self.fragment and text[pos] != "{":
            self.stack.append(_Frame(True, "", None))
        elif not self.fragment and text[pos] in "\"'" and self._looks_like_member(pos):
            self.problem("fragment", tr("this is a fragment of a config, not a whole file: it "
                                        "starts with a member (\"key\" : value) instead of '{'; "
                                        "MindIE needs one JSON object"), pos, self._token_end(pos),
                         tr("wrap the members in { } to make a whole config, or check a "
                            "documentation snippet with `mindie-ep lint --fragment`"), False)
        else:
            pos = self.value(pos, "")
        pos = self.loop(pos)
        self.finish(pos)

    def _token_end(self, pos: int) -> int:
        try:
            return scanstring(self.text, pos + 1)[1]
        except (JSONDecodeError, ValueError):
            return pos + 1

    def _looks_like_member(self, pos: int) -> bool:
        end = self._token_end(pos)
        after = _WHITESPACE.match(self.text, end).end()
        return after < self.n and self.text[after] == ":"

    # -- the main loop ------------------------------------------------------------------------
    def loop(self, pos: int) -> int:
        text, n = self.text, self.n
        while self.stack:
            pos = self.skip(pos)
            frame = self.stack[-1]
            ch = text[pos] if pos < n else ""
            state = frame.state
            if ch == "":
                if frame.open_at is None and state in (_COMMA_OR_CLOSE, _KEY_OR_CLOSE, _KEY):
                    self.close(frame, pos)  # end of a fragment; one trailing comma is tolerated
                    return pos
                self.unclosed(frame)
            if text.startswith(ELISION, pos) and state != _COLON:
                pos = self.elision(frame, pos)
                continue
            if frame.is_object:
                pos = self.object_step(frame, ch, pos)
            else:
                pos = self.array_step(frame, ch, pos)
        return pos

    def object_step(self, frame: _Frame, ch: str, pos: int) -> int:
        state = frame.state
        if state in (_KEY_OR_CLOSE, _KEY):
            if ch == "}" and frame.open_at is not None:
                if state == _KEY:
                    self.trailing_comma(frame, "}")
                self.close(frame, pos)
                return pos + 1
            if ch == '"' or ch == "'":
                return self.member_key(frame, pos)
            if ch == ",":
                self.problem("extra-comma", tr("two commas in a row"), pos, pos + 1,
                             tr("delete one of the commas"), True)
                return pos + 1
            word = _WORD.match(self.text, pos)
            if word:
                self.problem("unquoted-key", tr("key {key} is not in double quotes",
                                                key=word.group()),
                             pos, word.end(), tr("write \"{key}\"", key=word.group()), False)
            self.problem("expected-key", tr("expected a key in double quotes, found {found}",
                                            found=_describe(ch)),
                         pos, pos + 1, tr("each member of an object is \"key\" : value"), False)
        if state == _COLON:
            if ch == ":":
                frame.state = _MEMBER_VALUE
                return pos + 1
            if ch == "=":
                self.problem("expected-colon", tr("'=' between a key and its value; JSON uses "
                                                  "':'"),
                             pos, pos + 1, tr("write \"{key}\" : value", key=frame.key), False)
            self.problem("expected-colon", tr("expected ':' after the key \"{key}\", found "
                                              "{found}", key=frame.key, found=_describe(ch)),
                         pos, pos + 1, tr("write \"{key}\" : value", key=frame.key), False)
        if state == _MEMBER_VALUE:
            if ch in ",}":
                self.problem("missing-value", tr("the key \"{key}\" has no value", key=frame.key),
                             pos, pos + 1, tr("give \"{key}\" a value, or delete the key",
                                              key=frame.key), False)
            return self.value(pos, frame.pointer + "/" + escape_pointer_token(frame.key))
        # _COMMA_OR_CLOSE
        if ch == ",":
            frame.state = _KEY
            frame.comma_at = pos
            return pos + 1
        if ch == "}" and frame.open_at is not None:
            self.close(frame, pos)
            return pos + 1
        if ch in "\"'":
            self.missing_comma(frame, pos, "members")
            frame.state = _KEY
            return pos
        if ch == "]":
            self.problem("mismatched-bracket", self._mismatch_message(frame, "]"), pos, pos + 1,
                         tr("close the object with '}'"), False)
        if ch == "}":
            self.problem("extra-close", tr("'}' closes more objects than were opened"), pos,
                         pos + 1, tr("delete the extra '}'"), False)
        self.problem("expected-comma", tr("expected ',' or '}}' after the value of \"{key}\", "
                                          "found {found}", key=frame.key, found=_describe(ch)),
                     pos, pos + 1, tr("separate members with ',' and close the object with '}'"),
                     False)
        raise AssertionError("unreachable")

    def array_step(self, frame: _Frame, ch: str, pos: int) -> int:
        state = frame.state
        if state in (_ITEM_OR_CLOSE, _ITEM):
            if ch == "]":
                if state == _ITEM:
                    self.trailing_comma(frame, "]")
                self.close(frame, pos)
                return pos + 1
            if ch == ",":
                self.problem("extra-comma", tr("two commas in a row (an empty array element)"),
                             pos, pos + 1, tr("delete one of the commas"), True)
                return pos + 1
            return self.value(pos, f"{frame.pointer}/{len(frame.container)}")
        # _ITEM_COMMA_OR_CLOSE
        if ch == ",":
            frame.state = _ITEM
            frame.comma_at = pos
            return pos + 1
        if ch == "]":
            self.close(frame, pos)
            return pos + 1
        if ch == "}":
            self.problem("mismatched-bracket", self._mismatch_message(frame, "}"), pos, pos + 1,
                         tr("close the array with ']'"), False)
        if ch in "{[\"'-0123456789tfn":
            self.missing_comma(frame, pos, "array elements")
            frame.state = _ITEM
            return pos
        self.problem("expected-comma", tr("expected ',' or ']' in the array, found {found}",
                                          found=_describe(ch)),
                     pos, pos + 1, tr("separate elements with ',' and close the array with ']'"),
                     False)
        raise AssertionError("unreachable")

    def _mismatch_message(self, frame: _Frame, found: str) -> str:
        where = self.describe_offset(frame.open_at)
        if frame.is_object:
            return tr("'{found}' does not match the object opened at {where}", found=found,
                      where=where)
        return tr("'{found}' does not match the array opened at {where}", found=found,
                  where=where)

    def describe_offset(self, offset: int | None) -> str:
        if offset is None:
            return tr("the start of the fragment")
        line = self.text.count("\n", 0, offset) + 1
        column = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return tr("line {line}, column {column}", line=line, column=column)

    # -- recoverable mistakes -----------------------------------------------------------------
    def trailing_comma(self, frame: _Frame, closer: str) -> None:
        at = frame.comma_at
        if frame.is_object:
            message = tr("trailing comma before '{closer}': JSON does not allow a comma after "
                         "the last member", closer=closer)
        else:
            message = tr("trailing comma before '{closer}': JSON does not allow a comma after "
                         "the last element", closer=closer)
        self.problem("trailing-comma", message, at, at + 1, tr("delete this comma"), True)

    def missing_comma(self, frame: _Frame, pos: int, what: str) -> None:
        at = frame.last_end
        ending, other = self.describe_offset(at), self.describe_offset(pos)
        if what == "members":
            message = tr("missing ',' between members: the value ending at {ending} is followed "
                         "by another at {other}", ending=ending, other=other)
        else:
            message = tr("missing ',' between array elements: the value ending at {ending} is "
                         "followed by another at {other}", ending=ending, other=other)
        self.problem("missing-comma", message, at, at + 1, tr("add ',' after the value"), True)

    def elision(self, frame: _Frame, pos: int) -> int:
        self.problem("elision", tr("'...' is a placeholder from the documentation, not JSON: the "
                                   "keys it stands for are missing"), pos, pos + 3,
                     tr("replace '...' with the real keys from the full config (or delete it)"),
                     True)
        pos = self.skip(pos + 3)
        if pos < self.n and self.text[pos] == ",":
            pos += 1
        if frame.is_object:
            frame.state = _KEY_OR_CLOSE if frame.state != _MEMBER_VALUE else _COMMA_OR_CLOSE
        else:
            frame.state = _ITEM_OR_CLOSE
        return pos

    # -- values -------------------------------------------------------------------------------
    def value(self, pos: int, pointer: str) -> int:
        """Parse the value at ``pos`` (after whitespace); scalars complete at once."""
        text = self.text
        pos = self.skip(pos)
        ch = text[pos] if pos < self.n else ""
        if ch == "{" or ch == "[":
            if len(self.stack) >= MAX_DEPTH:
                self.problem("too-deep", tr("nesting deeper than {depth} levels",
                                            depth=MAX_DEPTH), pos, pos + 1,
                             tr("a MindIE config is a few levels deep; this file is not one"),
                             False)
            self.stack.append(_Frame(ch == "{", pointer, pos))
            return pos + 1
        if ch == '"':
            return self.complete(self.string(pos), pos, pointer)
        if ch == "'":
            return self.complete(self.single_quoted(pos), pos, pointer)
        if ch == "-" or "0" <= ch <= "9":
            return self.complete(self.number(pos), pos, pointer)
        word = _WORD.match(text, pos)
        if word:
            token = word.group()
            if token in _LITERALS:
                return self.complete((_LITERALS[token], word.end()), pos, pointer)
            if token in ("NaN", "Infinity"):
                self.problem("nan", tr("{token} is not a JSON number", token=token), pos,
                             word.end(), tr("use a finite number"), False)
            if token in _PYTHON_LITERALS:
                self.problem("literal", tr("{token} is not JSON; JSON writes it {literal}",
                                           token=token, literal=_PYTHON_LITERALS[token]),
                             pos, word.end(), tr("write {literal}",
                                                 literal=_PYTHON_LITERALS[token]), False)
            self.problem("unquoted", tr("unquoted text {token}: JSON strings need double quotes",
                                        token=repr(token)),
                         pos, word.end(), tr("write \"{token}\" if it is a string", token=token),
                         False)
        if ch and ch in "+.":
            self.number(pos)
        if ch and ch in "]}":
            self.problem("missing-value", tr("expected a value, found {found}",
                                             found=_describe(ch)), pos, pos + 1,
                         tr("a value goes here"), False)
        self.problem("unexpected", tr("expected a value, found {found}", found=_describe(ch)),
                     pos, pos + 1, tr("a JSON value is an object, array, string, number, true, "
                                      "false or null"), False)
        raise AssertionError("unreachable")

    def complete(self, parsed: tuple[object, int], start: int, pointer: str) -> int:
        value, end = parsed
        self.attach(value, pointer, Span(start, end))
        return end

    def attach(self, value: object, pointer: str, span: Span) -> None:
        """Store a finished value in its parent and record where it is."""
        spans = self.result.spans
        if not self.stack:
            self.result.value = value
            spans[pointer] = (None, span)
            return
        parent = self.stack[-1]
        if parent.is_object:
            key = parent.key
            earlier = parent.keys.get(key)
            if earlier is not None:
                self.result.duplicates.append(DuplicateKey(pointer, earlier, parent.key_span))
            parent.keys[key] = parent.key_span
            parent.container[key] = value
            spans[pointer] = (parent.key_span, span)
            parent.state = _COMMA_OR_CLOSE
        else:
            parent.container.append(value)
            spans[pointer] = (None, span)
            parent.state = _ITEM_COMMA_OR_CLOSE
        parent.last_end = span.end

    def close(self, frame: _Frame, pos: int) -> None:
        self.stack.pop()
        start = frame.open_at if frame.open_at is not None else 0
        self.attach(frame.container, frame.pointer, Span(start, min(pos + 1, self.n)))

    def unclosed(self, frame: _Frame) -> None:
        closer = "}" if frame.is_object else "]"
        opener = frame.open_at
        if opener is None:
            self.problem("unclosed", tr("the fragment ends in the middle of the member \"{key}\"",
                                        key=frame.key),
                         max(self.n - 1, 0), self.n, tr("complete the member or delete it"),
                         False)
        name = self._container_name(frame)
        where = self.describe_offset(opener)
        if frame.is_object and name is not None:
            message = tr("the object \"{name}\" opened at {where} is never closed: the file ends "
                         "first", name=name, where=where)
        elif frame.is_object:
            message = tr("the object opened at {where} is never closed: the file ends first",
                         where=where)
        elif name is not None:
            message = tr("the array \"{name}\" opened at {where} is never closed: the file ends "
                         "first", name=name, where=where)
        else:
            message = tr("the array opened at {where} is never closed: the file ends first",
                         where=where)
        self.problem("unclosed", message, opener, opener + 1,
                     tr("add the missing '{closer}'", closer=closer), False,
                     related=((Span(max(self.n - 1, 0), self.n), tr("the file ends here")),))

    def _container_name(self, frame: _Frame) -> str | None:
        if len(self.stack) >= 2 and self.stack[-2].is_object and self.stack[-2].key is not None:
            return self.stack[-2].key
        return None

    def member_key(self, frame: _Frame, pos: int) -> int:
        if self.text[pos] == "'":
            key, end = self.single_quoted(pos)
        else:
            key, end = self.string(pos)
        frame.key = key
        frame.key_span = Span(pos, end)
        frame.state = _COLON
        return end

    def string(self, pos: int) -> tuple[str, int]:
        try:
            return scanstring(self.text, pos + 1, True)
        except JSONDecodeError as err:
            self.string_problem(err, pos)
        raise AssertionError("unreachable")

    def string_problem(self, err: JSONDecodeError, start: int) -> None:
        at = err.pos
        if err.msg.startswith("Unterminated string"):
            self.problem("unterminated-string", tr("a string is never closed: the file ends "
                                                   "first"),
                         start, start + 1, tr("add the closing '\"'"), False)
        if err.msg.startswith("Invalid control character"):
            ch = self.text[at]
            if ch in "\r\n":
                self.problem("unterminated-string", tr("a string is not closed before the end of "
                                                       "the line"), start, at,
                             tr("add the closing '\"' (JSON strings cannot span lines; write \\n "
                                "for a line break)"), False)
            self.problem("control-character", tr("{char} (a control character) inside a string "
                                                 "must be escaped", char=_describe(ch)),
                         at, at + 1, tr("write it as an escape such as \\t or \\u0009"), False)
        detail = err.msg.split(':')[0].lower()
        if detail == "invalid \\escape":
            message = tr("invalid escape in a string: invalid \\escape")
        elif detail == "invalid \\uxxxx escape":
            message = tr("invalid escape in a string: invalid \\uxxxx escape")
        else:  # another wording of the json module: shown as it is
            message = tr("invalid escape in a string: {detail}", detail=detail)
        self.problem("bad-escape", message, at, at + 2,
                     tr("valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"), False)

    def single_quoted(self, pos: int) -> tuple[str, int]:
        text = self.text
        end = pos + 1
        while end < self.n and text[end] not in "'\n":
            end += 2 if text[end] == "\\" else 1
        if end >= self.n or text[end] != "'":
            self.problem("single-quote", tr("a string in single quotes is never closed"), pos,
                         pos + 1, tr("JSON strings use double quotes"), False)
        inner = text[pos + 1:end]
        self.problem("single-quote", tr("'{text}' is in single quotes: JSON strings use double "
                                        "quotes", text=inner), pos, end + 1,
                     tr("write \"{text}\"", text=inner), True)
        return inner, end + 1

    def number(self, pos: int) -> tuple[object, int]:
        text = self.text
        match = _NUMBER.match(text, pos)
        run = _NUMBERISH.match(text, pos)
        token = run.group() if run else text[pos]
        if match is None or (run and run.end() > match.end() and not self._number_ends(match.end())):
            if token in ("-Infinity", "-NaN", "+Infinity", "+NaN"):
                self.problem("nan", tr("{token} is not a JSON number", token=token), pos,
                             pos + len(token), tr("use a finite number"), False)
            self.problem("bad-number", tr("invalid number {token}: {reason}", token=repr(token),
                                          reason=self._number_reason(token)),
                         pos, pos + len(token), tr("JSON numbers look like 8, -1, 0.25 or 1e-3"),
                         False)
        token = match.group()
        end = match.end()
        if "." in token or "e" in token or "E" in token:
            value = float(token)
        elif len(token) > 4000:  # beyond int()'s digit limit; nlohmann reads it as a double
            value = float(token)
        else:
            value = int(token)
        if value in (float("inf"), float("-inf")):
            self.problem("overflow", tr("number {token} is too large: MindIE refuses the file "
                                        "(number overflow)",
                                        token=token[:20] + ('...' if len(token) > 20 else '')),
                         pos, end, tr("use a number within the range of a double"), False)
        return value, end

    def _number_ends(self, pos: int) -> bool:
        # "1,", "1]" and "1}" end a number; "1." or "01" do not.
        return pos >= self.n or self.text[pos] not in "0123456789.eE+-xXabcdfABCDF"

    @staticmethod
    def _number_reason(token: str) -> str:
        body = token.lstrip("-")
        if token.startswith("+"):
            return tr("a leading '+' is not allowed")
        if body.startswith("."):
            return tr("a digit is needed before '.'")
        if body[:2].lower() == "0x":
            return tr("hexadecimal numbers are not allowed")
        if len(body) > 1 and body[0] == "0" and body[1].isdigit():
            return tr("leading zeros are not allowed")
        if body.endswith(".") or ".e" in body.lower():
            return tr("a digit is needed after '.'")
        if body[-1:] in "eE+-":
            return tr("the exponent has no digits")
        return tr("not a JSON number")

    def finish(self, pos: int) -> None:
        pos = self.skip(pos)
        if pos >= self.n:
            return
        ch = self.text[pos]
        if ch == "," and self.fragment:
            pos = self.skip(pos + 1)  # a fragment copied with its trailing comma
            if pos >= self.n:
                return
            ch = self.text[pos]
        if ch == ",":
            self.problem("trailing-comma", tr("trailing comma after the end of the document"),
                         pos, pos + 1, tr("delete this comma"), True)
            pos = self.skip(pos + 1)
            if pos >= self.n:
                return
            ch = self.text[pos]
        if ch in "}]":
            self.problem("extra-close", tr("'{char}' closes more than was opened", char=ch), pos,
                         pos + 1, tr("delete the extra '{char}'", char=ch), False)
        self.problem("extra-data", tr("more text after the end of the JSON document"), pos,
                     pos + 1, tr("a config file holds exactly one JSON object"), False)



def scan(text: str, fragment: bool = False) -> ScanResult:
    """Parse ``text`` into a value plus a map from JSON Pointer to (key span, value span)."""
    return _Scanner(text, fragment).run()
