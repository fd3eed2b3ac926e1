"""What the user chose to see: rule selection, severity overrides and suppressions.

Applied to the diagnostics after the check, before the report, in this order: suppressions
(`--no-suppressions` turns them off), `select`/`ignore` (codes or prefixes such as `MEP2`), then
severity overrides. A suppression that matches nothing is reported itself (MEP007), so stale ones
do not pile up.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field

from .diagnostics import Diagnostic, Position, Severity
from .engine import FileReport
from .errors import UsageError
from .i18n import tr
from .project_config import Suppression
from .rules import registry

def check_codes(codes: list[str], where: str) -> None:
    known = [rule.code for rule in registry.all_rules()]
    for code in codes:
        if not any(known_code.startswith(code.upper()) for known_code in known):
            raise UsageError(tr("{where}: unknown rule code or prefix {code} (`mindie-ep rules` "
                                "lists them)", where=where, code=repr(code)))


@dataclass
class Policy:
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    suppressions: list[Suppression] = field(default_factory=list)
    settings_path: str | None = None

    def validate(self) -> None:
        check_codes(self.select or [], "select")
        check_codes(self.ignore, "ignore")
        check_codes(list(self.severity), "severity")
        check_codes([s.code for s in self.suppressions], "suppress")

    def shown(self, code: str) -> bool:
        selected = self.select is None or any(code.startswith(p.upper()) for p in self.select)
        return selected and not any(code.startswith(p.upper()) for p in self.ignore)

    def level(self, diagnostic: Diagnostic) -> Severity:
        for prefix in sorted(self.severity, key=len, reverse=True):
            if diagnostic.code.startswith(prefix.upper()):
                return Severity.parse(self.severity[prefix])
        return diagnostic.severity

    def apply(self, reports: list[FileReport]) -> list[FileReport]:
        used: set[int] = set()
        result = []
        for report in reports:
            kept = []
            for d in report.diagnostics:
                hit = self._suppression(report.path, d)
                if hit is not None:
                    used.add(hit)
                    continue
                if not self.shown(d.code):
                    continue
                level = self.level(d)
                kept.append(d if level == d.severity else d._replace(severity=level))
            result.append(FileReport(report.path, kept, report.document))
        unused = [s for i, s in enumerate(self.suppressions) if i not in used]
        if unused and self.shown("MEP007"):
            result.append(FileReport(self.settings_path or "settings", [
                Diagnostic("MEP007", "unused-suppression", Severity.WARNING,
                           tr("the suppression of {code} at {pointer} matches no finding",
                              code=s.code, pointer=s.pointer),
                           "", Position(s.line, 1, s.line, 2),
                           help=tr("delete it (its reason was: {reason})", reason=s.reason))
                for s in unused]))

        return result

    def _suppression(self, path: str, d: Diagnostic) -> int | None:
        for index, s in enumerate(self.suppressions):
            if not d.code.startswith(s.code.upper()):
                continue
            if s.file is not None and not fnmatch.fnmatch(path, s.file):
                continue
            if fnmatch.fnmatchcase(d.pointer, s.pointer):
                return index
        return None
