"""The real published configs: never a crash, a specific MEP001 for each invalid one, and the
reviewed expected findings of corpus_expectations.py."""

from __future__ import annotations

import pytest

from conftest import CORPUS, json_output, run_cli
from corpus_expectations import EXPECTED
from mindie_ep_cli.engine import CheckOptions, check_document
from mindie_ep_cli.reader import parse_document, read_path

FILES = sorted(CORPUS.glob("*.json"))

# What the first MEP001 of each invalid file must name (ref 5 item 2).
SYNTAX = {
    "03": "fragment", "04": "fragment", "05": "fragment", "06": "fragment", "07": "fragment",
    "08": "fragment", "09": "fragment", "11": "trailing comma", "12": "comment (// ...)",
    "14": "trailing comma", "17": "fragment", "18": "fragment", "19": "fragment",
    "20": "fragment", "21": "fragment", "22": "fragment", "25": "comment (# ...)",
    "26": "comment (# ...)",
}
SYNTAX_AS_FRAGMENT = {"06": "missing ','", "19": "never closed", "25": "comment (# ...)"}


def test_every_file_has_expectations():
    assert sorted(EXPECTED) == [path.name for path in FILES]
    assert len(FILES) == 30


def diagnostics_for(name: str, options: dict):
    doc = parse_document(read_path(str(CORPUS / name)), fragment=options.get("fragment", False))
    return check_document(doc, CheckOptions(**options))[0].diagnostics


def render(diagnostic) -> str:
    if diagnostic.code == "MEP001":
        return f"MEP001@{diagnostic.position.line}:{diagnostic.position.column}"
    return f"{diagnostic.code} {diagnostic.pointer}"


CASES = [(name, options, expected) for name, cases in EXPECTED.items()
         for options, expected in cases]


@pytest.mark.parametrize("name,options,expected", CASES,
                         ids=[f"{n[:2]}-{'-'.join(f'{k}={v}' for k, v in o.items()) or 'plain'}"
                              for n, o, _ in CASES])
def test_expected_findings(name, options, expected):
    assert [render(d) for d in diagnostics_for(name, options)] == expected


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name[:2])
@pytest.mark.parametrize("flags", [[], ["--fragment"]], ids=["plain", "fragment"])
def test_cli_never_crashes(path, flags):
    result = run_cli("lint", "--format", "json", *flags, str(path))
    assert result.returncode in (0, 1), result.stderr.decode()
    assert b"Traceback" not in result.stderr
    json_output(result)


@pytest.mark.parametrize("number,words", sorted(SYNTAX.items()))
def test_invalid_files_get_a_located_mep001_naming_the_problem(number, words):
    (path,) = CORPUS.glob(f"{number}-*.json")
    found = [d for d in diagnostics_for(path.name, {}) if d.code == "MEP001"]
    assert found and words in found[0].message
    assert found[0].position.line >= 1 and found[0].position.column >= 1


@pytest.mark.parametrize("number,words", sorted(SYNTAX_AS_FRAGMENT.items()))
def test_fragments_with_real_syntax_errors(number, words):
    (path,) = CORPUS.glob(f"{number}-*.json")
    found = [d for d in diagnostics_for(path.name, {"fragment": True}) if d.code == "MEP001"]
    assert found and words in found[0].message


@pytest.mark.parametrize("number,options", [
    ("02", {}), ("16", {}), ("15", {"nodes": 4}), ("30", {"nodes": 2}),
    ("07", {"fragment": True, "nodes": 1}), ("08", {"fragment": True, "nodes": 1}),
    ("10", {"fragment": True, "nodes": 1}),
    ("13", {"fragment": True, "nodes": 1, "devices_per_node": 16}),
    ("17", {"fragment": True, "nodes": 2, "devices_per_node": 8}),
    ("18", {"fragment": True, "nodes": 1, "devices_per_node": 8}),
    ("20", {"fragment": True, "nodes": 2}),
])
def test_working_layouts_of_the_reference_have_no_error(number, options):
    (path,) = CORPUS.glob(f"{number}-*.json")
    assert [d.code for d in diagnostics_for(path.name, options)
            if d.severity.label == "error"] == []
