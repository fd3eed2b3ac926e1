"""Bytes -> a :class:`Document`: the parsed value, the reading findings (MEP001-MEP004), and a
lazily built map from JSON Pointer to source positions.

The fast path hands valid UTF-8 to the C ``json`` parser; only when it refuses the text, or reports
duplicate keys, does the position-aware scanner run at once. Otherwise the scanner runs the first
time a finding needs a position, so a clean file never pays for it.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..diagnostics import Finding, Position, Related, Severity
from ..i18n import tr
from .source import MAX_CONFIG_BYTES, RawInput

if TYPE_CHECKING:
    from .scanner import ScanResult, Span

_UTF8_BOM = b"\xef\xbb\xbf"
_OTHER_BOMS = {
    b"\xff\xfe\x00\x00": "UTF-32 (little-endian)", b"\x00\x00\xfe\xff": "UTF-32 (big-endian)",
    b"\xff\xfe": "UTF-16 (little-endian)", b"\xfe\xff": "UTF-16 (big-endian)",
}
_NEWLINE = re.compile("\n")


class _DuplicateSeen(Exception):
    pass


class _NotFinite(ValueError):
    pass


def _pairs_to_dict(pairs: list) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _DuplicateSeen
    return result


def _refuse_constant(name: str) -> float:
    raise _NotFinite(name)


def _finite_float(token: str) -> float:
    value = float(token)
    if value in (float("inf"), float("-inf")):
        raise _NotFinite(token)
    return value


@dataclass
class Document:
    """One checked input. ``value`` is None when the text could not be parsed."""

    path: str
    text: str | None
    value: object = None
    parsed: bool = False
    fragment: bool = False
    findings: list[Finding] = field(default_factory=list)
    raw: RawInput | None = None
    _scan: ScanResult | None = None
    _line_starts: list[int] | None = None

    # -- positions ----------------------------------------------------------------------------
    @property
    def spans(self) -> dict[str, tuple[Span | None, Span]]:
        if self._scan is None:
            from .scanner import scan  # only when a finding needs a position

            self._scan = scan(self.text or "", self.fragment)
        return self._scan.spans

    def position_of(self, span: Span) -> Position:
        return self.position_between(span.start, span.end)

    def position_between(self, start: int, end: int) -> Position:
        line, column = self.line_column(start)
        end_line, end_column = self.line_column(end)
        return Position(line, column, end_line, end_column)

    def line_column(self, offset: int) -> tuple[int, int]:
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in _NEWLINE.finditer(self.text or "")]
        index = bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def locate(self, pointer: str, on_key: bool = False) -> Position | None:
        """Where the key (``on_key``) or value at ``pointer`` is; an object or array is shown at
        its opening bracket. Falls back to the nearest enclosing value that exists."""
        if self.text is None:
            return None
        spans = self.spans
        if not pointer and self.fragment:
            start = len(self.text) - len(self.text.lstrip())
            return self.position_between(start, start + 1)
        while True:
            entry = spans.get(pointer)
            if entry is not None:
                key_span, value_span = entry
                if on_key and key_span is not None:
                    return self.position_of(key_span)
                if value_span.end - value_span.start > 1 and self.text[value_span.start] in "{[":
                    return self.position_between(value_span.start, value_span.start + 1)
                return self.position_of(value_span)
            if not pointer:
                return self.position_between(0, min(1, len(self.text))) if self.text else None
            pointer = pointer[: pointer.rfind("/")]
            on_key = False

    def source_line(self, line: int) -> str:
        self.line_column(0)
        starts = self._line_starts
        text = self.text or ""
        if line < 1 or line > len(starts):
            return ""
        end = starts[line] - 1 if line < len(starts) else len(text)
        return text[starts[line - 1]:end].rstrip("\r")


def parse_document(raw: RawInput, fragment: bool = False) -> Document:
    data = raw.data
    if raw.size == 0:
        return _refused(raw, "MEP003", tr("the file is empty (0 bytes): MindIE refuses a config "
                                          "whose size is not between 1 byte and 10 MiB"),
                        tr("restore the config, e.g. from the .bak or the stock "
                           "conf/config.json"))
    if raw.size > MAX_CONFIG_BYTES:
        return _refused(raw, "MEP003", tr("the file is {size} bytes: MindIE refuses a config over "
                                          "10 MiB ({limit} bytes)", size=f"{raw.size:,}",
                                          limit=f"{MAX_CONFIG_BYTES:,}"),
                        tr("a MindIE config is a few KB; check that this is the right file"))
    findings: list[Finding] = []
    for bom, name in _OTHER_BOMS.items():
        if data.startswith(bom):
            return _refused(raw, "MEP004", tr("the file is encoded as {encoding}: MindIE reads "
                                              "config files as UTF-8", encoding=name),
                            tr("save the file as UTF-8 without a byte-order mark"))
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM):]
        findings.append(Finding("MEP004", "",
                                tr("the file starts with a UTF-8 byte-order mark (BOM)"),
                                tr("save the file as UTF-8 without a BOM"),
                                severity=Severity.WARNING, position=Position(1, 1, 1, 2)))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return _not_utf8(raw, data, err)
    doc = Document(raw.path, text, fragment=fragment, findings=findings, raw=raw)
    if not fragment and _fast_parse(doc):
        return doc
    _slow_parse(doc)
    return doc


def _fast_parse(doc: Document) -> bool:
    try:
        doc.value = json.loads(doc.text, object_pairs_hook=_pairs_to_dict,
                               parse_constant=_refuse_constant, parse_float=_finite_float)
    except (ValueError, RecursionError, _DuplicateSeen):
        return False
    doc.parsed = True
    return True


def _slow_parse(doc: Document) -> None:
    from .scanner import scan

    result = scan(doc.text, doc.fragment)
    doc._scan = result
    doc.value = result.value if result.ok else None
    doc.parsed = result.ok
    for problem in result.problems:
        related = tuple(Related("", message, doc.position_of(span))
                        for span, message in problem.related)
        doc.findings.append(Finding("MEP001", "", problem.message, problem.help,
                                    position=doc.position_of(problem.span), related=related))
    winners: dict[str, Span] = {}
    for duplicate in result.duplicates:
        winners[duplicate.pointer] = duplicate.winner
    for duplicate in result.duplicates:
        winner = winners[duplicate.pointer]
        key = duplicate.pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
        win_line = doc.line_column(winner.start)[0]
        doc.findings.append(Finding(
            "MEP002", duplicate.pointer,
            tr("duplicate key \"{key}\": MindIE silently keeps the last value, on line {line}, "
               "and ignores this one", key=key, line=win_line),
            tr("delete one of the two \"{key}\" keys, keeping the value you mean", key=key),
            position=doc.position_of(duplicate.ignored),
            related=(Related(duplicate.pointer, tr("this value wins"),
                             doc.position_of(winner)),)))


def _refused(raw: RawInput, code: str, message: str, help: str) -> Document:
    return Document(raw.path, None, findings=[Finding(code, "", message, help,
                                                      position=Position(1, 1, 1, 1))], raw=raw)


def _not_utf8(raw: RawInput, data: bytes, err: UnicodeDecodeError) -> Document:
    prefix = data[: err.start].decode("utf-8")
    line = prefix.count("\n") + 1
    column = len(prefix) - (prefix.rfind("\n") + 1) + 1
    bad = data[err.start: err.start + 1].hex()
    looks_utf16 = data.count(b"\x00") > len(data) // 4
    if looks_utf16:
        message = tr("byte 0x{byte} at line {line}, column {column} is not valid UTF-8 (the file "
                     "looks like UTF-16): MindIE reads config files as UTF-8", byte=bad,
                     line=line, column=column)
    else:
        message = tr("byte 0x{byte} at line {line}, column {column} is not valid UTF-8: MindIE "
                     "reads config files as UTF-8", byte=bad, line=line, column=column)
    finding = Finding("MEP004", "", message,
                      tr("save the file as UTF-8 (for example with `iconv -f GBK -t UTF-8`)"),
                      position=Position(line, column, line, column + 1))

    return Document(raw.path, None, findings=[finding], raw=raw)
