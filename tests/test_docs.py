"""The rule documentation: complete for every rule, and docs/rules.md in step with it."""

from __future__ import annotations

import pytest

from conftest import ROOT
from mindie_ep_cli.report.rules_docs import catalogue_markdown
from mindie_ep_cli.rules import registry

SECTIONS = ("## What it does", "## Why it matters", "## Example", "## Use instead", "## References")


def test_docs_rules_md_is_generated_from_the_docstrings():
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == catalogue_markdown(), (
        "docs/rules.md is out of date: run `mindie-ep rules --format markdown > docs/rules.md`")


@pytest.mark.parametrize("rule", registry.all_rules(), ids=lambda r: r.code)
def test_every_rule_is_documented_in_the_house_style(rule):
    for section in SECTIONS:
        assert section in rule.doc, f"{rule.code} lacks {section}"
    assert "reference" in rule.doc.split("## References")[1].lower()
    assert rule.summary and not rule.summary.startswith("#")


def test_the_catalogue_of_product_md_is_covered():
    codes = {rule.code for rule in registry.all_rules()}
    wanted = {f"MEP00{i}" for i in range(1, 6)} | {f"MEP10{i}" for i in range(1, 7)} \
        | {f"MEP2{i:02d}" for i in range(1, 18)} | {f"MEP3{i:02d}" for i in range(1, 12)} \
        | {f"MEP40{i}" for i in range(1, 9)}
    assert wanted <= codes
    names = [rule.name for rule in registry.all_rules()]
    assert len(names) == len(set(names))
