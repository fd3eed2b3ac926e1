"""`github`: GitHub Actions workflow commands, so findings appear as annotations on the diff."""

from __future__ import annotations

from typing import TextIO

from ..diagnostics import Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(reports, stream: TextIO, *, color: bool = False) -> None:
    del color
    for report in reports:
        for d in report.diagnostics:
            fields = [f"file={_property(report.path)}"]
            if d.position is not None:
                pos = d.position
                fields += [f"line={pos.line}", f"col={pos.column}", f"endLine={pos.end_line}",
                           f"endColumn={pos.end_column}"]
            fields.append(f"title={d.code}")
            message = d.message + (f" (help: {d.help})" if d.help else "")
            stream.write(f"::{COMMANDS[d.severity]} {','.join(fields)}::{_data(message)}\n")
