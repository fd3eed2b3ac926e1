"""`concise`: one line per diagnostic, `path:line:col: CODE severity message` (for grep and CI logs)."""

from __future__ import annotations

from typing import TextIO


def render(reports, stream: TextIO, *, color: bool = False) -> None:
    del color  # plain text by design
    for report in reports:
        for d in report.diagnostics:
            line, column = (d.position.line, d.position.column) if d.position else (1, 1)
            stream.write(f"{report.path}:{line}:{column}: {d.code} {d.severity.label} {d.message}\n")
