"""Fuzzing: mutated real configs through the whole pipeline (read, check, every formatter, show).

The only acceptable outcome is diagnostics. A fixed number of examples runs in CI
(`MINDIE_EP_FUZZ_EXAMPLES`, default 1500 per test, about a minute in all); a longer run is

    MINDIE_EP_FUZZ_EXAMPLES=100000 pytest tests/test_fuzz.py -p no:cacheprovider

Any input that breaks the pipeline is saved to tests/fuzz_regressions/ (and the test fails);
commit it, fix the bug, and test_regressions keeps it fixed.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CORPUS, ROOT
from mindie_ep_cli.diagnostics import Severity
from mindie_ep_cli.engine import CheckOptions, Context, check_document
from mindie_ep_cli.reader import RawInput, parse_document
from mindie_ep_cli.report import FORMATS, render
from mindie_ep_cli.rules import registry
from mindie_ep_cli.schema.profiles import Profile

EXAMPLES = int(os.environ.get("MINDIE_EP_FUZZ_EXAMPLES", "1500"))
REGRESSIONS = ROOT / "tests" / "fuzz_regressions"
SEEDS = [p.read_bytes() for p in sorted(CORPUS.glob("*.json"))] + \
    [p.read_bytes() for p in sorted((ROOT / "examples").glob("*.json"))]
VALUES = [None, True, False, 0, -1, 1, 8, 16, 2**31, 2**64, -2**63, 1.5, -0.0, 1e308, 0.25,
          "", "8", "true", "x" * 5000, "\ud800", "测试", [], {}, [1, 2], [[0, 8.0]],
          {"deepseekv2": {"ep_level": 2}}, [[1048576, 1.32], [0, 8.0]]]
SNIPPETS = [b"//", b"#", b"/*", b",", b",,", b"}", b"]", b"{", b"[", b'"', b"'", b"NaN", b"...",
            b"\xff", b"\x00", b"\xef\xbb\xbf", b"1e999999", b"-0", b"\\ud800", b"[" * 600,
            b"\r\n", b"\t", "\u3000".encode(), b"9" * 5000]


def pointers(value, prefix=""):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from pointers(item, f"{prefix}/{key.replace('~', '~0').replace('/', '~1')}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from pointers(item, f"{prefix}/{index}")


def _parent_and_key(value, pointer):
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]
    node = value
    for token in tokens[:-1]:
        node = node[int(token)] if isinstance(node, list) else node[token]
    last = tokens[-1]
    return node, int(last) if isinstance(node, list) else last


def structural(draw, data: bytes) -> bytes:
    """Delete, duplicate, swap or retype a key of a parsed seed."""
    try:
        value = json.loads(data)
    except ValueError:
        return data
    spots = [p for p in pointers(value) if p]
    if not spots:
        return data
    pointer = draw(st.sampled_from(spots))
    parent, key = _parent_and_key(value, pointer)
    op = draw(st.sampled_from(["delete", "retype", "swap", "duplicate", "deepen"]))
    if op == "delete":
        del parent[key]
    elif op == "retype":
        parent[key] = draw(st.sampled_from(VALUES))
    elif op == "deepen":
        nested = parent[key]
        for _ in range(draw(st.integers(1, 40))):
            nested = [nested]
        parent[key] = nested
    elif op == "swap" and isinstance(parent, dict) and len(parent) > 1:
        other = draw(st.sampled_from(sorted(parent)))
        parent[key], parent[other] = parent[other], parent[key]
    text = json.dumps(value, indent=draw(st.sampled_from([None, 2, 4])), ensure_ascii=False)
    if op == "duplicate" and isinstance(parent, dict) and isinstance(key, str):
        member = json.dumps(key) + ": " + json.dumps(parent[key], ensure_ascii=False)
        text = text.replace("{", "{" + member + ",", 1)
    return text.encode("utf-8", "surrogatepass")


def textual(draw, data: bytes) -> bytes:
    """Truncate, insert, delete or repeat bytes at random places."""
    op = draw(st.sampled_from(["truncate", "insert", "delete", "repeat", "snippet"]))
    at = draw(st.integers(0, len(data)))
    if op == "truncate":
        return data[:at]
    if op == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    if op == "snippet":
        return data[:at] + draw(st.sampled_from(SNIPPETS)) + data[at:]
    end = draw(st.integers(at, min(len(data), at + 200)))
    if op == "delete":
        return data[:at] + data[end:]
    return data[:end] + data[at:end] + data[end:]


@st.composite
def mutated(draw) -> bytes:
    data = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 3))):
        data = structural(draw, data) if draw(st.booleans()) else textual(draw, data)
    return data


def pipeline(data: bytes, fragment: bool, nodes: int | None) -> None:
    """Everything `lint` (all formats) and `show` do with these bytes; raises only on a bug."""
    doc = parse_document(RawInput("fuzz.json", data, len(data)), fragment=fragment)
    options = CheckOptions(profile=Profile("3.0", certain=False), fragment=fragment, nodes=nodes,
                           env={})
    reports = check_document(doc, options)
    for report in reports:
        for d in report.diagnostics:
            assert d.code in registry.REGISTRY and isinstance(d.severity, Severity)
            assert d.position is None or (d.position.line >= 1 and d.position.column >= 1)
    for fmt in FORMATS:
        out = io.StringIO()
        render(fmt, reports, out)
        out.getvalue().encode("utf-8", "backslashreplace")
    json.loads(_rendered("json", reports))
    if doc.parsed:
        from mindie_ep_cli.show import describe, to_json

        to_json([describe(Context(doc, doc.value, "", options), {})])


def _rendered(fmt, reports) -> str:
    out = io.StringIO()
    render(fmt, reports, out)
    return out.getvalue()


def checked(data: bytes, fragment: bool, nodes: int | None) -> None:
    try:
        pipeline(data, fragment, nodes)
    except Exception:
        REGRESSIONS.mkdir(exist_ok=True)
        name = hashlib.sha256(data).hexdigest()[:16]
        (REGRESSIONS / f"crash-{name}{'-fragment' if fragment else ''}.bin").write_bytes(data)
        raise


FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(data=mutated(), fragment=st.booleans(), nodes=st.sampled_from([None, 1, 2, 4]))
def test_mutated_real_configs_only_ever_give_diagnostics(data, fragment, nodes):
    checked(data, fragment, nodes)


@FUZZ
@given(data=st.binary(max_size=300), fragment=st.booleans())
def test_arbitrary_bytes_only_ever_give_diagnostics(data, fragment):
    checked(data, fragment, None)


@pytest.mark.parametrize("path", sorted(REGRESSIONS.glob("*.bin")) if REGRESSIONS.exists() else [],
                         ids=lambda p: p.name)
def test_regressions(path: Path):
    pipeline(path.read_bytes(), "-fragment" in path.name, None)


def test_the_cli_exits_0_or_1_on_mutated_files(tmp_path):
    """A sample through the real command line: exit codes, and never a traceback."""
    from conftest import run_cli

    generator = random.Random(7)
    paths = []
    for index in range(12):
        data = bytearray(generator.choice(SEEDS))
        at = generator.randrange(len(data))
        data[at:at] = generator.choice(SNIPPETS)
        path = tmp_path / f"m{index}.json"
        path.write_bytes(bytes(data))
        paths.append(str(path))
    for flags in ([], ["--fragment"], ["--format", "sarif"], ["--format", "text"]):
        result = run_cli("lint", *flags, *paths)
        assert result.returncode in (0, 1), result.stderr.decode()
        assert b"Traceback" not in result.stderr
