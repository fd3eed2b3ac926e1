"""`lint --fix`: apply the fixes attached to findings, with the format-preserving editor.

Fixes are applied in rounds (a fix can make another finding fixable, or unnecessary) until none
is left to apply; two fixes that want different values for the same key are not both applied.
Only safe fixes run unless `--unsafe-fixes` is given (see `Fix` in diagnostics.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics import Fix
from .editor import REMOVE, Change, apply_changes

MAX_ROUNDS = 5


@dataclass
class FixResult:
    text: str
    mode: int | None = None
    applied: list[str] = field(default_factory=list)  # the fixes' descriptions, in order


def wanted_fixes(diagnostics, unsafe: bool) -> list[Fix]:
    return [d.fix for d in diagnostics if d.fix is not None and (d.fix.safe or unsafe)]


def _changes(fixes: list[Fix]) -> tuple[list[Change], list[Fix]]:
    chosen: dict[str, object] = {}
    kept: list[Fix] = []
    for fix in fixes:
        edits = {e.pointer: REMOVE if e.remove else e.value for e in fix.edits}
        if any(p in chosen and chosen[p] != v for p, v in edits.items()):
            continue  # conflicts with a fix already chosen; the next round will see it again
        chosen.update(edits)
        kept.append(fix)
    return [Change(pointer, value) for pointer, value in chosen.items()], kept


def fix_text(text: str, lint, unsafe: bool) -> FixResult:
    """``lint(text)`` returns the diagnostics of a text; the result has no fixable finding left
    that the chosen fixes can mend."""
    result = FixResult(text)
    for _ in range(MAX_ROUNDS):
        fixes = wanted_fixes(lint(result.text), unsafe)
        for fix in fixes:
            if fix.mode is not None and result.mode is None:
                result.mode = fix.mode
                result.applied.append(fix.description)
        changes, kept = _changes([fix for fix in fixes if fix.edits])
        if not changes:
            break
        new_text = apply_changes(result.text, changes)
        if new_text == result.text:
            break
        result.text = new_text
        result.applied.extend(fix.description for fix in kept)
    return result
