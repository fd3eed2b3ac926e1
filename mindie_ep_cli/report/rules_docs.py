"""The rule catalogue for people and machines: `rules` (text, json, markdown) and `explain`.

`docs/rules.md` in the repository is `mindie-ep rules --format markdown`; a test keeps it in step
with the docstrings.
"""

from __future__ import annotations

import difflib
import json
from typing import TextIO

from ..errors import UsageError
from ..i18n import tr
from ..rules import registry
from ..rules.base import Rule

def _family(prefix: str) -> str:
    if prefix == "MEP0":
        return tr("Reading the file")
    if prefix == "MEP1":
        return tr("Keys against the schema")
    if prefix == "MEP2":
        return tr("Expert-Parallel settings (models.deepseekv2)")
    if prefix == "MEP3":
        return tr("Parallel topology")
    if prefix == "MEP4":
        return tr("Server and scheduler cross-checks")
    return ""


_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _closest_codes(wanted: str) -> list[str]:
    """Codes that differ least, position by position, from a mistyped code (MEP2O2 -> MEP202)."""
    typed = "MEP" + wanted.upper()[3:].translate(_LOOKALIKES)
    scored = []
    for rule in registry.all_rules():
        if len(rule.code) == len(typed):
            distance = sum(a != b for a, b in zip(rule.code, typed))
            scored.append((distance, rule.code))
    scored.sort()
    close = [code for distance, code in scored[:3] if distance <= 2]
    return close or [r.code for r in registry.all_rules() if r.code.startswith(typed)][:3]


def find_rule(text: str) -> Rule:
    wanted = text.strip()
    for rule in registry.all_rules():
        if wanted.upper() == rule.code or wanted.lower() == rule.name:
            return rule
    if wanted[:3].upper() == "MEP":
        close = _closest_codes(wanted)
    else:
        close = difflib.get_close_matches(wanted.lower(), [r.name for r in registry.all_rules()],
                                          n=3, cutoff=0.5)
    if close:
        raise UsageError(tr("unknown rule {rule}; did you mean {close}? (`mindie-ep rules` lists "
                            "them all)", rule=repr(text), close=", ".join(close)))
    raise UsageError(tr("unknown rule {rule} (`mindie-ep rules` lists them all)", rule=repr(text)))


def _markdown(rule: Rule) -> str:
    """One rule's documentation in the active language (English: the docstring)."""
    severity = tr("*Default severity: {severity}.*", severity=rule.severity.label)
    return f"## {rule.code} {rule.name}\n\n{severity}\n\n{rule.localized_doc.strip()}\n"


def catalogue_markdown() -> str:
    parts = [tr("# mindie-ep rules\n"),
             tr("Generated from the rule docstrings by `mindie-ep rules --format markdown`; do "
                "not edit by hand.\n")]
    family = None
    for rule in registry.all_rules():
        if rule.code[:4] != family:
            family = rule.code[:4]
            parts.append(f"# {family}xx: {_family(family)}\n")
        parts.append(_markdown(rule))
    return "\n".join(parts)


def render_rules(fmt: str, stream: TextIO, *, color: bool) -> None:
    rules = registry.all_rules()
    if fmt == "json":
        json.dump([{"code": r.code, "name": r.name, "severity": r.severity.label,
                    "summary": r.localized_summary} for r in rules], stream, indent=2,
                  ensure_ascii=False)
        stream.write("\n")
    elif fmt == "markdown":
        stream.write(catalogue_markdown())
    else:
        width = max(len(r.name) for r in rules)
        for rule in rules:
            stream.write(f"{rule.code}  {rule.name:<{width}}  {rule.severity.label:<7}  "
                         f"{rule.localized_summary}\n")



def render_explain(rule: Rule, stream: TextIO, *, color: bool) -> None:
    if not color:
        stream.write(_markdown(rule))
        return
    from rich.console import Console
    from rich.markdown import Markdown

    Console(file=stream, force_terminal=True).print(Markdown(_markdown(rule)))
