"""Hostile files: each gets a clear finding or an exit-2 message, never a traceback or a hang."""

from __future__ import annotations

import json
import os
import time

import pytest

from conftest import STOCK, json_output, run_cli
from mindie_ep_cli.reader import source
from mindie_ep_cli.reader.source import MAX_CONFIG_BYTES


def clean(result) -> str:
    err = result.stderr.decode()
    assert "Traceback" not in err
    return err


def test_a_file_one_byte_over_10_mib_is_refused_from_its_size(tmp_path):
    path = tmp_path / "big.json"
    with open(path, "wb") as handle:  # sparse: the size says it all
        handle.truncate(MAX_CONFIG_BYTES + 1)
    started = time.perf_counter()
    result = run_cli("lint", "-f", "json", str(path))
    assert result.returncode == 1 and time.perf_counter() - started < 10
    (diagnostic,) = json_output(result)["files"][0]["diagnostics"]
    assert diagnostic["code"] == "MEP003" and "10 MiB" in diagnostic["message"]
    clean(result)


def test_a_huge_sparse_file_is_not_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(64 * 1024**3)  # 64 GiB of nothing
    reads = []
    monkeypatch.setattr(source.os, "read", lambda fd, n: reads.append(n) or b"")
    raw = source.read_path(str(path))
    assert reads == [] and raw.size == 64 * 1024**3


def test_a_fifo_is_exit_2_at_once(tmp_path):
    fifo = tmp_path / "config.json"
    os.mkfifo(fifo)
    started = time.perf_counter()
    result = run_cli("lint", str(fifo), timeout=20)
    assert result.returncode == 2 and time.perf_counter() - started < 10
    assert "not a regular file" in clean(result)


def test_a_directory_without_configs_is_exit_2(tmp_path):
    (tmp_path / "weights").mkdir()
    (tmp_path / "weights" / "model.safetensors.json").write_text("{}")
    result = run_cli("lint", str(tmp_path / "weights"))
    assert result.returncode == 2 and "no config*.json" in clean(result)


def test_a_file_that_vanishes_after_listing_is_exit_2(tmp_path):
    from mindie_ep_cli.engine import CheckOptions
    from mindie_ep_cli.inputs import expand
    from mindie_ep_cli.lint_run import LintRequest, run_lint
    from mindie_ep_cli.policy import Policy

    (tmp_path / "config-a.json").write_text(STOCK.read_text())
    (tmp_path / "config-b.json").write_text(STOCK.read_text())
    listed = expand([str(tmp_path)])
    os.unlink(tmp_path / "config-b.json")
    request = LintRequest(paths=listed, options=CheckOptions(env={}), format="json", color=False,
                          policy=Policy(), quiet=True)
    assert run_lint(request) == 2


def test_a_file_that_becomes_unreadable_is_exit_2_with_the_reason(tmp_path, monkeypatch):
    path = tmp_path / "config.json"
    path.write_text(STOCK.read_text())

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(source.os, "open", denied)
    with pytest.raises(source.InputError, match="permission denied"):
        source.read_path(str(path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_mode_0000_for_an_ordinary_user(tmp_path):
    path = tmp_path / "config.json"
    path.write_text(STOCK.read_text())
    os.chmod(path, 0)
    result = run_cli("lint", str(path))
    assert result.returncode == 2 and "permission denied" in clean(result)


def test_a_symlink_is_read_and_flagged_with_check_permissions(tmp_path):
    real = tmp_path / "real.json"
    real.write_text(STOCK.read_text())
    os.chmod(real, 0o640)
    link = tmp_path / "config.json"
    link.symlink_to(real)
    assert run_cli("lint", str(link)).returncode == 0
    result = run_cli("lint", "-f", "json", "--check-permissions", "--server-user",
                     str(os.getuid()), str(link))
    messages = [d["message"] for d in json_output(result)["files"][0]["diagnostics"]]
    assert result.returncode == 1 and any("symbolic link" in m for m in messages)


def test_a_path_with_spaces_and_non_ascii(tmp_path):
    folder = tmp_path / "节点 1 配置"
    folder.mkdir()
    path = folder / "config old.json"
    path.write_text('{"Version": "1.1.0", "ServerConfig": {}, "BackendConfig": {}}')
    for fmt in ("text", "concise", "json", "sarif", "github"):
        result = run_cli("lint", "-f", fmt, str(path))
        assert result.returncode == 1
        clean(result)
    assert json_output(run_cli("lint", "-f", "json", str(path)))["files"][0]["path"] == str(path)
    sarif = json.loads(run_cli("lint", "-f", "sarif", str(path)).stdout)
    uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert " " not in uri and "%20" in uri


def test_a_line_of_5_mb(tmp_path):
    config = json.loads(STOCK.read_text())
    config["ServerConfig"]["tlsCert"] = "x" * (5 * 1024 * 1024)
    config["ServerConfig"]["port"] = "1025"
    path = tmp_path / "config.json"
    path.write_text(json.dumps(config))  # one line of 5 MB
    started = time.perf_counter()
    result = run_cli("lint", "-f", "text", str(path))
    assert result.returncode == 1 and time.perf_counter() - started < 20
    out = result.stdout.decode()
    assert "MEP102" in out and max(len(line) for line in out.splitlines()) < 1000
    clean(result)


def test_huge_and_negative_zero_numbers(tmp_path):
    path = tmp_path / "config.json"
    path.write_text(STOCK.read_text().replace('"cpuMemSize" : 0', '"cpuMemSize" : 1e999999'))
    result = run_cli("lint", "-f", "json", str(path))
    (diagnostic,) = json_output(result)["files"][0]["diagnostics"]
    assert diagnostic["code"] == "MEP001" and "too large" in diagnostic["message"]
    path.write_text(STOCK.read_text().replace('"cpuMemSize" : 0', '"cpuMemSize" : -0'))
    assert run_cli("lint", str(path)).returncode == 0


def test_lone_utf16_surrogates_in_keys_and_strings(tmp_path):
    path = tmp_path / "config.json"
    text = STOCK.read_text().replace('"modelName" : "llama_65b"', '"modelName" : "\\ud800x"')
    path.write_text(text.replace('"Version" : "1.0.0",', '"Version" : "1.0.0", "\\udfff": 1,'))
    for fmt in ("text", "concise", "json", "sarif", "github"):
        result = run_cli("lint", "-f", fmt, str(path))
        assert result.returncode == 1, (fmt, result.stderr.decode())
        clean(result)
    document = json_output(run_cli("lint", "-f", "json", str(path)))
    assert any("\udfff" in d["message"] for d in document["files"][0]["diagnostics"])
