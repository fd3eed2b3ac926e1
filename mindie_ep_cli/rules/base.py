"""What a rule is, and the registry every check, formatter and `explain` reads.

A rule is a code, a slug, a default severity, its documentation (the docstring, written for an
operator: what it does, why it matters, an example, what to use instead, references) and a
``check`` generator that yields findings for one document. The reading (MEP0xx) and schema
(MEP1xx) codes are raised by the reader and the schema layer; they are registered here with
``describe`` so that they have the same documentation and metadata as every other rule.
"""

from __future__ import annotations

import importlib
import inspect

from typing import Callable, Iterable, NamedTuple, TYPE_CHECKING

from ..diagnostics import Finding, Severity

if TYPE_CHECKING:
    from ..engine import Context

CheckFunction = Callable[["Context"], Iterable[Finding]]


class Rule(NamedTuple):
    code: str
    name: str
    severity: Severity
    doc: str
    check: CheckFunction | None = None  # None: raised by the reader or the schema layer

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0].strip() if self.doc.strip() else self.name

    @property
    def localized_doc(self) -> str:
        """The documentation in the active language (``i18n/<lang>_docs.py``), else English."""
        from ..i18n import language

        if language() == "en":
            return self.doc
        docs = importlib.import_module(f"{__package__.rsplit('.', 1)[0]}.i18n.{language()}_docs")
        return docs.DOCS.get(self.code, self.doc)

    @property
    def localized_summary(self) -> str:
        doc = self.localized_doc.strip()
        return doc.splitlines()[0].strip() if doc else self.name

    @property
    def family(self) -> str:
        return self.code[:4] + "xx"


REGISTRY: dict[str, Rule] = {}


def _register(rule: Rule) -> Rule:
    if rule.code in REGISTRY:
        raise ValueError(f"rule code {rule.code} registered twice")
    REGISTRY[rule.code] = rule
    return rule


def rule(code: str, name: str, severity: str) -> Callable[[CheckFunction], CheckFunction]:
    """Register ``check`` (a generator of findings); its docstring is the rule's documentation."""

    def register(check: CheckFunction) -> CheckFunction:
        _register(Rule(code, name, Severity.parse(severity), inspect.getdoc(check) or "", check))
        return check

    return register


def describe(code: str, name: str, severity: str, doc: str) -> Rule:
    """Register a code raised outside the rule engine, with its documentation."""
    return _register(Rule(code, name, Severity.parse(severity), inspect.cleandoc(doc)))
