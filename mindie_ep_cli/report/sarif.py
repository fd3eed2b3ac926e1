"""`sarif`: SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure DevOps).

Every rule is listed with its documentation as `help`; each result carries its JSON Pointer as a
logical location, its related locations, and a fingerprint built from the file, the code and the
pointer, so that a finding keeps its identity when lines move. Columns count Unicode code points.
"""

from __future__ import annotations

import hashlib
import json
from typing import TextIO
from urllib.parse import quote

from .. import __version__
from ..diagnostics import Severity
from ..i18n import tr
from ..rules import registry

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"


def _region(position) -> dict:
    return {"startLine": position.line, "startColumn": position.column,
            "endLine": position.end_line, "endColumn": position.end_column}


def _location(path: str, position, pointer: str) -> dict:
    location: dict = {"physicalLocation": {"artifactLocation": {"uri": quote(path)}}}
    if position is not None:
        location["physicalLocation"]["region"] = _region(position)
    if pointer:
        location["logicalLocations"] = [{"fullyQualifiedName": pointer, "kind": "member"}]
    return location


def fingerprint(path: str, code: str, pointer: str, position) -> str:
    """The identity of a finding: its file, code and JSON Pointer; a finding with no pointer (a
    syntax error) is identified by its place. Never the message, which follows the language."""
    where = pointer or (f"{position.line}:{position.column}" if position else "")
    key = f"{path}|{code}|{where}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def document(reports) -> dict:
    rules = registry.all_rules()
    index = {rule.code: i for i, rule in enumerate(rules)}
    results = []
    for report in reports:
        for d in report.diagnostics:
            result = {
                "ruleId": d.code, "ruleIndex": index[d.code], "level": LEVELS[d.severity],
                "message": {"text": tr("{message} (help: {help})", message=d.message, help=d.help)
                            if d.help else d.message},
                "locations": [_location(report.path, d.position, d.pointer)],
                "partialFingerprints": {"mindieEp/v1": fingerprint(report.path, d.code,
                                                                   d.pointer, d.position)},
            }
            related = [{"id": i, **_location(r.path or report.path, r.position, r.pointer),
                        "message": {"text": r.message}}
                       for i, r in enumerate(d.related, 1) if r.position is not None]
            if related:
                result["relatedLocations"] = related
            results.append(result)
    driver = {
        "name": "mindie-ep", "version": __version__, "semanticVersion": __version__,
        "rules": [{"id": r.code, "name": r.name,
                   "shortDescription": {"text": r.localized_summary},
                   "fullDescription": {"text": r.localized_summary},
                   "help": {"text": r.localized_doc, "markdown": r.localized_doc},

                   "defaultConfiguration": {"level": LEVELS[r.severity]}} for r in rules],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0",
            "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints",
                      "results": results}]}


def render(reports, stream: TextIO, *, color: bool = False) -> None:
    del color
    json.dump(document(reports), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
