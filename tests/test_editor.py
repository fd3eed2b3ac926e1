"""The format-preserving editor: only the bytes of the keys set change."""

from __future__ import annotations

import json

import pytest

from conftest import STOCK
from mindie_ep_cli.edit.editor import REMOVE, Change, EditError, apply_changes, parse_key_path

ENTRY = "/BackendConfig/ModelDeployConfig/ModelConfig/0"


def changed_lines(old: str, new: str) -> tuple[list[str], list[str]]:
    """Lines only in ``old`` and lines only in ``new`` (as a diff would show them)."""
    import difflib

    removed, added = [], []
    for line in difflib.ndiff(old.splitlines(), new.splitlines()):
        if line.startswith("- "):
            removed.append(line[2:])
        elif line.startswith("+ "):
            added.append(line[2:])
    return removed, added


@pytest.mark.parametrize("path,pointer", [
    ("BackendConfig.ModelDeployConfig.ModelConfig[0].models.deepseekv2.ep_level",
     "/BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2/ep_level"),
    ("/BackendConfig/npuDeviceIds", "/BackendConfig/npuDeviceIds"),
    ("a[0][1].b", "/a/0/1/b"),
    ("key/with~slash", "/key~1with~0slash"),
])
def test_key_paths(path, pointer):
    assert parse_key_path(path) == pointer


@pytest.mark.parametrize("path", ["", "a..b", "a[x]", "a.", "a]b"])
def test_bad_key_paths(path):
    with pytest.raises(EditError):
        parse_key_path(path)


def test_replacing_a_value_changes_only_its_line():
    text = STOCK.read_text()
    new = apply_changes(text, [Change(f"{ENTRY}/worldSize", 8)])
    removed, added = changed_lines(text, new)
    assert removed == ['                    "worldSize" : 4,']
    assert added == ['                    "worldSize" : 8,']


def test_new_member_copies_indentation_and_the_stock_separator():
    text = STOCK.read_text()
    new = apply_changes(text, [Change(f"{ENTRY}/moe_ep", 8)])
    removed, added = changed_lines(text, new)
    assert added[-1] == '                    "moe_ep" : 8'
    assert json.loads(new)["BackendConfig"]["ModelDeployConfig"]["ModelConfig"][0]["moe_ep"] == 8


def test_missing_objects_are_created_on_the_way():
    text = STOCK.read_text()
    new = apply_changes(text, [Change(f"{ENTRY}/models/deepseekv2/ep_level", 2)])
    value = json.loads(new)
    assert value["BackendConfig"]["ModelDeployConfig"]["ModelConfig"][0]["models"]["deepseekv2"] \
        == {"ep_level": 2}
    assert '"deepseekv2" : {' in new and '"ep_level" : 2' in new


def test_inline_objects_and_arrays_keep_their_style():
    text = STOCK.read_text()
    new = apply_changes(text, [Change("/BackendConfig/kvPoolConfig/asyncWrite", True),
                               Change("/BackendConfig/npuDeviceIds", [[0, 1, 2, 3, 4, 5, 6, 7]])])
    assert '"kvPoolConfig" : {"backend":"", "configPath":"", "asyncWrite":true},' in new
    assert '"npuDeviceIds" : [[0,1,2,3,4,5,6,7]],' in new


def test_untouched_lines_are_byte_identical():
    text = STOCK.read_text()
    changes = [Change(f"{ENTRY}/moe_ep", 8), Change(f"{ENTRY}/moe_tp", 1),
               Change(f"{ENTRY}/models/deepseekv2/ep_level", 2)]
    new = apply_changes(text, changes)
    old_lines = text.splitlines(keepends=True)
    kept = [line for line in new.splitlines(keepends=True) if line in old_lines]
    removed, _ = changed_lines(text, new)
    # Every line of the old file survives except the two whose trailing comma changes.
    assert len(kept) >= len(old_lines) - len(removed)
    assert len(removed) <= 2


def test_empty_object_and_empty_array():
    new = apply_changes('{\n    "a": {},\n    "b": []\n}\n',
                        [Change("/a/x", 1), Change("/b/0", "first")])
    assert json.loads(new) == {"a": {"x": 1}, "b": ["first"]}
    assert '    "a": {\n        "x": 1\n    },' in new


def test_append_to_a_multiline_array():
    text = '{\n  "list": [\n    1,\n    2\n  ]\n}\n'
    new = apply_changes(text, [Change("/list/2", 3)])
    assert new == '{\n  "list": [\n    1,\n    2,\n    3\n  ]\n}\n'


@pytest.mark.parametrize("pointer,expected", [
    ("/a", '{\n    "b": 2,\n    "c": 3\n}\n'),
    ("/b", '{\n    "a": 1,\n    "c": 3\n}\n'),
    ("/c", '{\n    "a": 1,\n    "b": 2\n}\n'),
])
def test_remove_first_middle_last_member(pointer, expected):
    text = '{\n    "a": 1,\n    "b": 2,\n    "c": 3\n}\n'
    assert apply_changes(text, [Change(pointer, REMOVE)]) == expected


def test_remove_the_only_member_and_inline_members():
    assert json.loads(apply_changes('{"a": {"x": 1}}', [Change("/a/x", REMOVE)])) == {"a": {}}
    assert apply_changes('{"a": 1, "b": 2}', [Change("/a", REMOVE)]) == '{"b": 2}'
    assert apply_changes('{"a": 1, "b": 2}', [Change("/b", REMOVE)]) == '{"a": 1}'


def test_removing_an_absent_key_changes_nothing():
    assert apply_changes('{"a": 1}', [Change("/zzz", REMOVE)]) == '{"a": 1}'


def test_crlf_files_stay_crlf():
    text = '{\r\n    "a": 1\r\n}\r\n'
    new = apply_changes(text, [Change("/b", 2)])
    assert new == '{\r\n    "a": 1,\r\n    "b": 2\r\n}\r\n'


def test_tabs_are_kept_as_the_indentation_unit():
    new = apply_changes('{\n\t"a": {\n\t\t"x": 1\n\t}\n}\n', [Change("/a/y", {"z": 2})])
    assert '\t\t"y": {\n\t\t\t"z": 2\n\t\t}' in new


@pytest.mark.parametrize("change,words", [
    (Change("/a/b", 1), "is not an object"),
    (Change("/list/5", 1), "has 2 items"),
    (Change("", 1), "whole document"),
    (Change("/new/3/x", 1), "index 3 of a new list"),
])
def test_impossible_changes_are_explained(change, words):
    with pytest.raises(EditError, match=words):
        apply_changes('{"a": 1, "list": [1, 2]}', [change])


def test_invalid_json_is_refused():
    with pytest.raises(EditError, match="not valid JSON"):
        apply_changes('{"a": 1,,}', [Change("/b", 2)])
