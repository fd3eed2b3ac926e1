"""`mindie-ep set FILE KEY=VALUE ...`: format-preserving, re-linted, safely written."""

from __future__ import annotations

import json
import os
import shutil
import stat

import pytest

from conftest import STOCK, run_cli
from helpers import untouched_lines_kept

ENTRY = "BackendConfig.ModelDeployConfig.ModelConfig[0]"


@pytest.fixture
def config(tmp_path):
    target = tmp_path / "config.json"
    shutil.copy(STOCK, target)
    os.chmod(target, 0o640)
    return target


def model(path) -> dict:
    return json.loads(path.read_text())["BackendConfig"]["ModelDeployConfig"]["ModelConfig"][0]


def test_adding_dynamic_ep_changes_only_the_lines_of_the_keys_set(config):
    result = run_cli("set", str(config), f"{ENTRY}.worldSize=8", "BackendConfig.npuDeviceIds="
                     "[[0,1,2,3,4,5,6,7]]", f"{ENTRY}.moe_ep=8", f"{ENTRY}.moe_tp=1",
                     f"{ENTRY}.models.deepseekv2.ep_level=2")
    assert result.returncode == 0, result.stderr.decode()
    new = config.read_text()
    untouched_lines_kept(STOCK.read_text(), new, ("worldSize", "npuDeviceIds"))
    entry = model(config)
    assert (entry["moe_ep"], entry["moe_tp"], entry["models"]["deepseekv2"]) == (8, 1, {"ep_level": 2})
    assert '"npuDeviceIds" : [[0,1,2,3,4,5,6,7]],' in new
    assert "wrote" in result.stderr.decode()
    assert (config.parent / "config.json.bak").read_text() == STOCK.read_text()
    assert stat.S_IMODE(os.stat(config).st_mode) == 0o640


def test_json_pointer_keys_and_bare_word_strings(config):
    result = run_cli("set", str(config),
                     "/BackendConfig/ModelDeployConfig/ModelConfig/0/modelName=DeepSeek-R1",
                     f"{ENTRY}.modelWeightPath=/data/weights/r1")
    assert result.returncode == 0, result.stderr.decode()
    assert (model(config)["modelName"], model(config)["modelWeightPath"]) == \
        ("DeepSeek-R1", "/data/weights/r1")


def test_a_change_that_adds_an_error_is_refused_unless_forced(config):
    result = run_cli("set", str(config), f"{ENTRY}.moe_ep=8")  # worldSize 4: 8 x 4 != 4
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "MEP301" in err and "refusing to write" in err
    assert config.read_text() == STOCK.read_text()
    forced = run_cli("set", "--force", str(config), f"{ENTRY}.moe_ep=8")
    assert forced.returncode == 0 and model(config)["moe_ep"] == 8


def test_dry_run_and_diff_print_and_write_nothing(config):
    for flag in ("--dry-run", "--diff"):
        result = run_cli("set", flag, str(config), f"{ENTRY}.cpuMemSize=5")
        assert result.returncode == 0
        out = result.stdout.decode()
        assert '-                    "cpuMemSize" : 0,' in out
        assert '+                    "cpuMemSize" : 5,' in out
        assert config.read_text() == STOCK.read_text()


@pytest.mark.parametrize("assignment,words", [
    ("nokey", "write KEY=VALUE"),
    ("a..b=1", "cannot read the key path"),
    (f"{ENTRY}.moe_ep=[1,", "not valid JSON"),
    ("ServerConfig.port.deeper=1", "is not an object"),
])
def test_bad_assignments_are_exit_2(config, assignment, words):
    result = run_cli("set", str(config), assignment)
    assert result.returncode == 2 and words in result.stderr.decode()
    assert config.read_text() == STOCK.read_text()


def test_unparsable_file_symlink_and_missing_file_are_exit_2(tmp_path, config):
    broken = tmp_path / "broken.json"
    broken.write_text('{"a": 1,}')
    result = run_cli("set", str(broken), "a=2")
    assert result.returncode == 2 and "MEP001" in result.stderr.decode()
    assert broken.read_text() == '{"a": 1,}'
    link = tmp_path / "link.json"
    link.symlink_to(config)
    result = run_cli("set", str(link), f"{ENTRY}.cpuMemSize=5")
    assert result.returncode == 2 and "symbolic link" in result.stderr.decode()
    assert run_cli("set", str(tmp_path / "none.json"), "a=1").returncode == 2


def test_setting_the_same_value_writes_nothing(config):
    result = run_cli("set", str(config), f"{ENTRY}.worldSize=4")
    assert result.returncode == 0 and "nothing to change" in result.stderr.decode()
    assert not (config.parent / "config.json.bak").exists()
