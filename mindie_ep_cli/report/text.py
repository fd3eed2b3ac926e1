"""`text`: for people at a terminal. Each diagnostic with its source line, a caret under the span,
the related places, `help:` and the `explain` command; then a summary line per file."""

from __future__ import annotations

from typing import TextIO

from ..diagnostics import Severity
from ..i18n import tr

_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}
_MAX_SHOWN = 160  # characters of a source line shown around the column


def render(reports, stream: TextIO, *, color: bool = False) -> None:
    from rich.console import Console

    console = Console(file=stream, force_terminal=color, no_color=not color, highlight=False,
                      soft_wrap=True, emoji=False, markup=False)
    for report in reports:
        for diagnostic in report.diagnostics:
            _diagnostic(console, report, diagnostic)
        console.print(_summary(report))


def _errors(count: int) -> str:
    return tr("{count} error", count=count) if count == 1 else tr("{count} errors", count=count)


def _warnings(count: int) -> str:
    return (tr("{count} warning", count=count) if count == 1
            else tr("{count} warnings", count=count))


def _infos(count: int) -> str:
    return tr("{count} info", count=count) if count == 1 else tr("{count} infos", count=count)


def _summary(report):
    from rich.text import Text

    counts = {severity: 0 for severity in Severity}
    for d in report.diagnostics:
        counts[d.severity] += 1
    if not report.diagnostics:
        return Text(tr("{path}: no problems found", path=report.path), style="green")
    separator = tr(", ")
    text = Text(f"{report.path}: ", style="bold")
    text.append(_errors(counts[Severity.ERROR]), style="red" if counts[Severity.ERROR] else None)
    text.append(separator)
    text.append(_warnings(counts[Severity.WARNING]),
                style="yellow" if counts[Severity.WARNING] else None)
    text.append(separator)
    text.append(_infos(counts[Severity.INFO]))
    return text


def _diagnostic(console, report, d) -> None:
    from rich.text import Text

    header = Text(f"{d.severity.label}[{d.code}]", style=_STYLES[d.severity])
    header.append(f" {d.message}", style="bold")
    console.print(header)
    pos = d.position
    where = f"{report.path}:{pos.line}:{pos.column}" if pos else report.path
    console.print(Text(f"  --> {where}", style="blue"))
    marks = []  # (line, column, end_column or None, primary, label)
    if pos is not None:
        marks.append((pos, True, ""))
    for related in d.related:
        if related.position is not None and related.path is None:
            marks.append((related.position, False, related.message))
    document = report.document
    if marks and document is not None and document.text is not None:
        _source(console, document, marks)
    for related in d.related:
        if related.position is None or related.path is not None:
            where = f" ({related.path}:{related.position.line}:{related.position.column})" \
                if related.position and related.path else ""
            console.print(Text(f"   = {tr('note')}: {related.message}{where}"))
    if d.help:
        console.print(Text(f"   = {tr('help')}: ", style="bold") + Text(d.help))
    console.print(Text(f"   = {tr('see')}: mindie-ep explain {d.code}", style="dim"))

    console.print()


def _source(console, document, marks) -> None:
    from rich.cells import cell_len
    from rich.text import Text

    lines = sorted({pos.line for pos, _, _ in marks})
    width = len(str(lines[-1]))
    gutter = Text(f"{'':>{width}} |", style="blue")
    console.print(gutter)
    previous = None
    for line in lines:
        if previous is not None and line == previous + 2:
            between = document.source_line(previous + 1).replace("\t", " ")[:_MAX_SHOWN]
            console.print(Text(f"{previous + 1:>{width}} | ", style="blue") + Text(between))
        elif previous is not None and line > previous + 2:
            console.print(Text("...", style="blue"))
        previous = line
        source = document.source_line(line).replace("\t", " ")
        offset = 0
        first_column = min(pos.column for pos, _, _ in marks if pos.line == line)
        if len(source) > _MAX_SHOWN:
            offset = max(0, first_column - 1 - _MAX_SHOWN // 2)
            source = source[offset: offset + _MAX_SHOWN]
        console.print(Text(f"{line:>{width}} | ", style="blue") + Text(source))
        for pos, primary, label in sorted((m for m in marks if m[0].line == line),
                                          key=lambda m: m[0].column):
            start = max(pos.column - 1 - offset, 0)
            if pos.end_line == pos.line:
                length = max(pos.end_column - pos.column, 1)
            else:
                length = max(len(source) - start, 1)
            length = min(length, max(len(source) - start, 1))
            pad = " " * cell_len(source[:start])
            marker = ("^" if primary else "-") * max(cell_len(source[start:start + length]), 1)
            mark = Text(pad) + Text(marker, style="bold red" if primary else "bold blue")
            if label:
                mark.append(f" {label}", style="blue")
            console.print(gutter + Text(" ") + mark)
