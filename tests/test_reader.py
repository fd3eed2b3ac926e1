"""The reader: values, source positions, and every kind of MEP001-MEP004 message."""

from __future__ import annotations

import json

import pytest

from mindie_ep_cli.reader import RawInput, parse_document
from mindie_ep_cli.reader.scanner import MAX_DEPTH, scan
from mindie_ep_cli.reader.source import MAX_CONFIG_BYTES, InputError, read_path


def parse(text: str | bytes, fragment: bool = False):
    data = text.encode() if isinstance(text, str) else text
    return parse_document(RawInput("c.json", data, len(data)), fragment=fragment)


def only(doc, code="MEP001"):
    found = [f for f in doc.findings if f.code == code]
    assert found, f"no {code} in {[f.message for f in doc.findings]}"
    return found


# -- positions --------------------------------------------------------------------------------

POSITIONS = """{
    "ServerConfig" : {
        "port" : 1025,
        "name" : "测试"
    },
    "list": [1, [2, 3], {"a~b/c": true}]
}
"""


def test_value_and_positions_of_keys_and_values():
    doc = parse(POSITIONS)
    assert doc.parsed and doc.value["ServerConfig"]["port"] == 1025
    pos = doc.locate("/ServerConfig/port")
    assert (pos.line, pos.column, pos.end_line, pos.end_column) == (3, 18, 3, 22)
    key = doc.locate("/ServerConfig/port", on_key=True)
    assert (key.line, key.column, key.end_column) == (3, 9, 3 + 12)
    assert doc.locate("/ServerConfig").column == 22  # an object is shown at its brace
    assert doc.locate("/list/1/0").column == 18
    assert doc.locate("/list/2/a~0b~1c").line == 6


def test_columns_count_characters_not_bytes():
    doc = parse(POSITIONS)
    assert doc.locate("/ServerConfig/name").column == 18
    assert doc.locate("/ServerConfig/name").end_column == 22  # two CJK characters plus quotes


def test_missing_pointer_falls_back_to_nearest_parent():
    doc = parse(POSITIONS)
    assert doc.locate("/ServerConfig/absent").line == 2


def test_crlf_line_endings():
    doc = parse('{\r\n  "a" : 1,\r\n  "b" : 2\r\n}\r\n')
    pos = doc.locate("/b")
    assert (pos.line, pos.column) == (3, 9)


def test_positions_of_recovered_document_match_the_text():
    text = '{\n  // note\n  "a": 1,\n}\n'
    doc = parse(text)
    assert doc.value == {"a": 1}
    assert doc.locate("/a").line == 3


# -- MEP001 kinds ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,needle,line,column", [
    ('{\n  "a": 1, // why\n  "b": 2\n}', "comment (// ...)", 2, 11),
    ('{\n  "a": 1, # why\n  "b": 2\n}', "comment (# ...)", 2, 11),
    ('{\n  /* block */ "a": 1\n}', "comment (/* ... */)", 2, 3),
    ('{\n  "a": 1,\n}', "trailing comma before '}'", 2, 9),
    ('[1, 2,\n]', "trailing comma before ']'", 1, 6),
    ('{\n  "tp": 2\n  "moe_ep": 8\n}', "missing ',' between members", 2, 10),
    ("{'a': 1}", "in single quotes", 1, 2),
    ('{"a": NaN}', "NaN is not a JSON number", 1, 7),
    ('{"a": Infinity}', "Infinity is not a JSON number", 1, 7),
    ('{"a": -Infinity}', "-Infinity is not a JSON number", 1, 7),
    ('{\n  "a": {\n    "b": 1\n', "never closed", 2, 8),
    ('{"a": 1 ...}', "placeholder", 1, 9),
    ('{"a": True}', "True is not JSON", 1, 7),
    ('{"a": 01}', "leading zeros", 1, 7),
    ('{"a": "x\n"}', "not closed before the end of the line", 1, 7),
    ('{"a": 1}}', "closes more than was opened", 1, 9),
    ('{"a": 1} {"b": 2}', "more text after the end", 1, 10),
    ('{a: 1}', "not in double quotes", 1, 2),
    ('{"a" 1}', "expected ':'", 1, 6),
    ('{"a": 1e999}', "too large", 1, 7),
    ('{"a":\u00a01}', "not JSON whitespace", 1, 6),
])
def test_each_syntax_problem_has_a_specific_located_message(text, needle, line, column):
    doc = parse(text)
    messages = [(f.message, f.position.line, f.position.column) for f in only(doc)]
    assert any(needle in m and (l, c) == (line, column) for m, l, c in messages), messages


def test_unclosed_object_points_at_its_opening_brace_and_the_end():
    doc = parse('{\n  "BackendConfig" : {\n    "x": 1\n')
    finding = only(doc)[0]
    assert "\"BackendConfig\"" in finding.message and "never closed" in finding.message
    assert (finding.position.line, finding.position.column) == (2, 21)
    assert finding.related[0].message == "the file ends here"


def test_fragment_without_braces_is_named_as_such():
    doc = parse('"ModelDeployConfig" :\n{\n  "maxSeqLen": 2560\n},\n')
    finding = only(doc)[0]
    assert "fragment" in finding.message and "--fragment" in finding.help
    assert doc.value is None


def test_fragment_mode_reads_member_lists_and_tolerates_one_trailing_comma():
    doc = parse('"ModelDeployConfig" :\n{\n  "maxSeqLen": 2560\n},\n', fragment=True)
    assert doc.parsed and doc.findings == []
    assert doc.value == {"ModelDeployConfig": {"maxSeqLen": 2560}}
    assert doc.locate("/ModelDeployConfig/maxSeqLen").line == 3


def test_fragment_mode_still_reports_errors_inside():
    doc = parse('"tp": 2\n"moe_ep": 8,\n', fragment=True)
    assert [f.message.split(":")[0] for f in only(doc)] == ["missing ',' between members"]
    assert doc.value == {"tp": 2, "moe_ep": 8}


def test_valid_document_that_is_not_an_object_is_not_a_fragment():
    for text in ("3", "[]", '"text"'):
        doc = parse(text)
        assert doc.parsed and not doc.findings


def test_recoverable_problems_are_all_reported_in_one_run():
    doc = parse('{\n  "a": 1, // one\n  "b": [1, 2,],\n  "c": 3,\n}\n')
    kinds = [f.message.split(" ")[0] for f in only(doc)]
    assert kinds == ["comment", "trailing", "trailing"]
    assert doc.value == {"a": 1, "b": [1, 2], "c": 3}


def test_unrecoverable_problem_stops_and_leaves_no_value():
    doc = parse('{"a": NaN, "b": // x\n 1}')
    assert not doc.parsed and doc.value is None
    assert len(only(doc)) == 1


def test_deep_nesting_is_a_located_error_not_a_recursion_error():
    doc = parse("[" * 100_000)
    finding = only(doc)[0]
    assert f"deeper than {MAX_DEPTH}" in finding.message
    assert finding.position.column == MAX_DEPTH + 1


def test_deep_but_closed_nesting_within_the_limit_parses():
    depth = 500
    doc = parse("[" * depth + "]" * depth)
    assert doc.parsed and not doc.findings


def test_scanner_value_equals_json_loads_on_valid_text():
    text = json.dumps({"a": [1, 2.5, -0, 1e10, "é\\u00e9", None, True, {"b": {}}]})
    result = scan(text)
    assert result.ok and result.value == json.loads(text)


# -- MEP002 duplicates -------------------------------------------------------------------------

def test_duplicate_key_names_the_winning_line():
    text = '{\n  "moe_ep": 16,\n  "tp": 8,\n  "moe_ep": 8\n}\n'
    doc = parse(text)
    (finding,) = only(doc, "MEP002")
    assert finding.position.line == 2 and "line 4" in finding.message
    assert finding.related[0].position.line == 4
    assert doc.value == {"moe_ep": 8, "tp": 8}


def test_three_occurrences_report_both_losers_against_the_last():
    doc = parse('{"a": 1,\n"a": 2,\n"a": 3}')
    findings = only(doc, "MEP002")
    assert [f.position.line for f in findings] == [1, 2]
    assert all("line 3" in f.message for f in findings)


def test_duplicates_in_nested_objects_have_their_pointer():
    doc = parse('{"x": {"k": 1, "k": 2}}')
    assert only(doc, "MEP002")[0].pointer == "/x/k"


# -- MEP003 / MEP004 ---------------------------------------------------------------------------

def test_empty_file_is_only_mep003():
    doc = parse(b"")
    assert [f.code for f in doc.findings] == ["MEP003"]


def test_oversized_file_is_refused_from_its_size():
    doc = parse_document(RawInput("big.json", b"{", MAX_CONFIG_BYTES + 1))
    assert [f.code for f in doc.findings] == ["MEP003"]
    assert "10 MiB" in doc.findings[0].message


def test_read_path_refuses_an_oversized_file_without_reading_it(tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b" " * (MAX_CONFIG_BYTES + 100))
    raw = read_path(str(path))
    assert raw.data == b"" and raw.size == MAX_CONFIG_BYTES + 100
    assert parse_document(raw).findings[0].code == "MEP003"


def test_utf8_bom_is_a_warning_and_the_file_is_still_read():
    doc = parse(b'\xef\xbb\xbf{"a": 1}')
    assert doc.parsed and doc.value == {"a": 1}
    (finding,) = doc.findings
    assert finding.code == "MEP004" and finding.severity.label == "warning"


def test_utf16_is_an_encoding_error():
    doc = parse('{"a": 1}'.encode("utf-16"))
    assert [f.code for f in doc.findings] == ["MEP004"]
    assert "UTF-16" in doc.findings[0].message


def test_invalid_utf8_is_located():
    doc = parse(b'{\n  "name": "\xb2\xe2"\n}')
    (finding,) = doc.findings
    assert finding.code == "MEP004"
    assert (finding.position.line, finding.position.column) == (2, 12)


# -- reading files -----------------------------------------------------------------------------

def test_missing_file_directory_and_fifo_are_input_errors(tmp_path):
    import os

    with pytest.raises(InputError, match="no such file"):
        read_path(str(tmp_path / "absent.json"))
    with pytest.raises(InputError, match="directory"):
        read_path(str(tmp_path))
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_path(str(fifo))
