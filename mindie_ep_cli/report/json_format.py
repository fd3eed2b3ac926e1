"""`json`: the stable machine-readable contract (version 1, product.md section 3).

Fields are only ever added, never renamed or removed; tests pin the shape.
"""

from __future__ import annotations

import json
from typing import TextIO

from .. import __version__
from ..engine import summary_counts

JSON_FORMAT_VERSION = 1


def fix_to_json(fix) -> dict | None:
    if fix is None:
        return None
    out = {"description": fix.description, "safe": fix.safe,
           "edits": [{"pointer": e.pointer, "remove": True} if e.remove
                     else {"pointer": e.pointer, "value": e.value} for e in fix.edits]}
    if fix.mode is not None:
        out["mode"] = f"{fix.mode:04o}"
    return out


def diagnostic_to_json(d) -> dict:
    pos = d.position
    return {
        "code": d.code,
        "name": d.name,
        "severity": d.severity.label,
        "message": d.message,
        "pointer": d.pointer,
        "line": pos.line if pos else None,
        "column": pos.column if pos else None,
        "end_line": pos.end_line if pos else None,
        "end_column": pos.end_column if pos else None,
        "related": [_related(r) for r in d.related],
        "help": d.help,
        "fix": fix_to_json(d.fix),
    }


def _related(r) -> dict:
    out = {"pointer": r.pointer, "line": r.position.line if r.position else None,
           "column": r.position.column if r.position else None, "message": r.message}
    if r.path is not None:
        out["path"] = r.path
    return out


def document(reports) -> dict:
    return {
        "version": JSON_FORMAT_VERSION,
        "tool": {"name": "mindie-ep", "version": __version__},
        "files": [{"path": report.path,
                   "diagnostics": [diagnostic_to_json(d) for d in report.diagnostics]}
                  for report in reports],
        "summary": summary_counts(reports),
    }


def render(reports, stream: TextIO, *, color: bool = False) -> None:
    del color
    json.dump(document(reports), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
