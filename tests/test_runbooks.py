"""The shell recipes of docs/runbooks.md run as written, against local files."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, STOCK
from helpers import dumps, full_config

RUNBOOKS = (ROOT / "docs" / "runbooks.md").read_text(encoding="utf-8")
INSTALL = "/usr/local/Ascend/mindie/latest/mindie-service"
NODE = full_config({"dp": 2, "tp": 8, "moe_ep": 16, "moe_tp": 1,
                    "models": {"deepseekv2": {"ep_level": 2}}}, world_size=8, multi_node=True)


def runbook(name: str) -> str:
    match = re.search(rf"```sh\n# runbook: {name}\n(.*?)```", RUNBOOKS, re.S)
    assert match, f"no runbook {name}"
    return match.group(1)


@pytest.fixture
def shell(tmp_path):
    """Run a recipe with `mindie-ep` and a stand-in `ssh HOST cat PATH` on PATH, and the real
    install path mapped into tmp_path."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "mindie-ep").write_text(f"#!/bin/sh\nexec {sys.executable} -m mindie_ep_cli \"$@\"\n")
    (bin_dir / "ssh").write_text(f"#!/bin/sh\n# ssh HOST cat PATH -> the local copy\n"
                                 f"exec cat \"{tmp_path}/hosts/$1$3\"\n")
    for script in bin_dir.iterdir():
        script.chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()

    def run(script: str):
        script = script.replace(INSTALL, str(tmp_path / "install"))
        env = {k: v for k, v in os.environ.items() if not k.startswith(("MIES_", "MINDIE_", "CI"))}
        env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"
        return subprocess.run(["sh", "-c", script], cwd=work, env=env, capture_output=True,
                              timeout=120)

    run.tmp = tmp_path
    run.work = work
    return run


def put_host(tmp_path: Path, host: str, config: dict) -> None:
    """The node's live config, where the stand-in ssh finds it (install path mapped)."""
    live = tmp_path / "install" / "conf" / "config.json"
    path = Path(f"{tmp_path}/hosts/{host}{live}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(config))


def test_lint_every_node_passes_on_a_good_pair(shell):
    for host in ("node1", "node2"):
        put_host(shell.tmp, host, NODE)
    result = shell(runbook("lint-every-node"))
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()


def test_lint_every_node_stops_at_the_first_error(shell):
    broken = json.loads(json.dumps(NODE))
    broken["BackendConfig"]["ModelDeployConfig"]["ModelConfig"][0]["moe_tp"] = 4
    put_host(shell.tmp, "node1", broken)
    put_host(shell.tmp, "node2", NODE)
    result = shell(runbook("lint-every-node"))
    assert result.returncode == 1
    out = result.stdout.decode()
    assert "node1:" in out and "MEP301" in out and "node2:" not in out


def test_lint_every_node_reports_nodes_that_differ(shell):
    other = json.loads(json.dumps(NODE))
    other["BackendConfig"]["tokenizerProcessNumber"] = 4
    put_host(shell.tmp, "node1", NODE)
    put_host(shell.tmp, "node2", other)
    result = shell(runbook("lint-every-node"))
    assert result.returncode == 1 and "MEP501" in result.stdout.decode()


def test_add_ep_to_the_live_config(shell):
    conf = shell.tmp / "install" / "conf" / "config.json"
    conf.parent.mkdir(parents=True)
    shutil.copy(STOCK, conf)
    conf.chmod(0o640)
    result = shell(runbook("add-ep-to-the-live-config"))
    out = result.stdout.decode() + result.stderr.decode()
    assert result.returncode == 0, out
    entry = json.loads(conf.read_text())["BackendConfig"]["ModelDeployConfig"]["ModelConfig"][0]
    assert (entry["moe_ep"], entry["moe_tp"], entry["models"]["deepseekv2"]["ep_level"]) == (8, 1, 2)
    assert (conf.parent / "config.json.bak").read_text() == STOCK.read_text()
    assert "EP level 2" in out and "W = 8" in out


def test_gate_ci_on_sarif(shell):
    deploy = shell.work / "deploy" / "a"
    deploy.mkdir(parents=True)
    (deploy / "config.json").write_text(dumps(full_config({"moe_ep": 8, "moe_tp": 1})))
    result = shell(runbook("gate-ci-on-sarif"))
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads((shell.work / "mindie-ep.sarif").read_text())["version"] == "2.1.0"
    (deploy / "config.json").write_text(dumps(full_config({"moe_ep": 8})))
    result = shell(runbook("gate-ci-on-sarif"))
    assert result.returncode == 1 and b"MEP301" in result.stdout


def test_pre_commit_hook_runs_lint_on_config_files():
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text()
    assert "- id: mindie-ep-lint" in hooks and "entry: mindie-ep lint" in hooks
    pattern = re.search(r"files: (.+)", hooks).group(1)
    assert re.search(pattern, "deploy/node1/config.json")
    assert re.search(pattern, "config-a3.json") and not re.search(pattern, "ranktable.json")


def test_shell_completion_is_available():
    result = subprocess.run([sys.executable, "-m", "mindie_ep_cli", "--help"], capture_output=True,
                            timeout=60, cwd="/")
    assert b"--install-completion" in result.stdout
