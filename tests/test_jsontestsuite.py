"""JSONTestSuite: y_ files must parse, n_ files must be refused with a located MEP001 (MEP004 when
the bytes are not UTF-8), quickly, and nothing may crash (i_ files included)."""

from __future__ import annotations

import time

import pytest

from conftest import JSON_TEST_SUITE
from mindie_ep_cli.engine import CheckOptions, check_document
from mindie_ep_cli.reader import parse_document, read_path

FILES = sorted(JSON_TEST_SUITE.glob("*.json"))
# The one n_ file the product rules treat differently: an empty file is MEP003 and nothing else.
EMPTY = "n_structure_no_data.json"


def lint(path):
    started = time.perf_counter()
    doc = parse_document(read_path(str(path)))
    reports = check_document(doc, CheckOptions())
    return doc, reports[0].diagnostics, time.perf_counter() - started


def test_the_suite_is_there():
    assert len(FILES) > 300


@pytest.mark.parametrize("path", [p for p in FILES if p.name.startswith("y_")], ids=lambda p: p.name)
def test_accepted_files_get_no_reading_error(path):
    doc, diagnostics, seconds = lint(path)
    assert doc.parsed
    assert not [d for d in diagnostics if d.code in ("MEP001", "MEP003")
                or (d.code == "MEP004" and d.severity.label == "error")]
    assert seconds < 2


@pytest.mark.parametrize("path", [p for p in FILES if p.name.startswith("n_")], ids=lambda p: p.name)
def test_refused_files_get_a_located_mep001_or_mep004(path):
    doc, diagnostics, seconds = lint(path)
    expected = {"MEP003"} if path.name == EMPTY else {"MEP001", "MEP004"}
    located = [d for d in diagnostics if d.code in expected and d.severity.label == "error"
               and d.position is not None and d.position.line >= 1 and d.position.column >= 1]
    assert located, [(d.code, d.message) for d in diagnostics]
    assert seconds < 2


@pytest.mark.parametrize("path", [p for p in FILES if p.name.startswith("i_")], ids=lambda p: p.name)
def test_implementation_defined_files_do_not_crash(path):
    doc, diagnostics, seconds = lint(path)
    assert all(d.position is not None for d in diagnostics if d.code.startswith("MEP00"))
    assert seconds < 2
