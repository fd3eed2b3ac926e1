"""Crash-safe writes: kill the writing process at every step of a write and check that the target
is always the old file or the new one, complete, and that `.bak` is right; two writers at once
never leave a corrupt file."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import tempfile

import pytest

from conftest import STOCK

ENTRY = "BackendConfig.ModelDeployConfig.ModelConfig[0]"
# Runs the CLI with the write module's system calls counted; the process SIGKILLs itself just
# before or just after call number STEP.
DRIVER = r"""
import os, signal, sys
from mindie_ep_cli.edit import write as write_module

step, when = int(sys.argv[1]), sys.argv[2]
seen = [0]
WATCHED = {"write", "fsync", "fchmod", "fchown", "replace", "open", "close", "unlink"}


class CountedOs:
    def __getattr__(self, name):
        real = getattr(os, name)
        if name not in WATCHED:
            return real

        def call(*args, **kwargs):
            seen[0] += 1
            if seen[0] == step and when == "before":
                os.kill(os.getpid(), signal.SIGKILL)
            result = real(*args, **kwargs)
            if seen[0] == step and when == "after":
                os.kill(os.getpid(), signal.SIGKILL)
            return result
        return call


write_module.os = CountedOs()
sys.argv = ["mindie-ep"] + sys.argv[3:]
from mindie_ep_cli.cli import main
main()
"""

COMMANDS = {
    "set": lambda path: ["set", path, f"{ENTRY}.cpuMemSize=5"],
    "init": lambda path: ["init", "--non-interactive", "--from", path, "-o", path, "--hardware",
                          "a2", "--quant", "w4a8", "--workload", "dynamic-ep", "--weights", "/w"],
    "lint --fix": lambda path: ["lint", "--fix", "--unsafe-fixes", path],
}


def source_for(command: str) -> str:
    if command != "lint --fix":
        return STOCK.read_text()
    config = json.loads(STOCK.read_text())
    config["Version"] = "1.1.0"  # something to fix
    return json.dumps(config, indent=4)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_killed_at_every_step_the_target_is_old_or_new_and_complete(command):
    old = source_for(command)
    with tempfile.TemporaryDirectory() as folder:
        target = f"{folder}/config.json"
        with open(target, "w") as handle:
            handle.write(old)
        subprocess.run([sys.executable, "-c", DRIVER, "0", "never", *COMMANDS[command](target)],
                       check=True, capture_output=True, timeout=120, cwd=folder)
        new = open(target).read()
    assert new != old
    killed = 0
    for step in range(1, 200):
        outcomes = set()
        for when in ("before", "after"):
            with tempfile.TemporaryDirectory() as folder:
                target = f"{folder}/config.json"
                with open(target, "w") as handle:
                    handle.write(old)
                result = subprocess.run([sys.executable, "-c", DRIVER, str(step), when,
                                         *COMMANDS[command](target)],
                                        capture_output=True, timeout=120, cwd=folder)
                outcomes.add(result.returncode)
                text = open(target).read()
                assert text in (old, new), f"{command}: step {step} {when}: a mixed file"
                json.loads(text)
                backup = f"{target}.bak"
                try:
                    assert open(backup).read() == old, f"step {step} {when}: bad .bak"
                except FileNotFoundError:
                    assert text == old, f"step {step} {when}: written without a backup"
                if result.returncode == -signal.SIGKILL:
                    killed += 1
                else:
                    assert result.returncode == 0, result.stderr.decode()
        if outcomes == {0}:
            break  # past the last step of the write
    assert killed >= 8  # the write has that many steps, each interrupted


def test_two_writers_at_once_never_corrupt_the_file(tmp_path):
    target = tmp_path / "config.json"
    shutil.copy(STOCK, target)
    command = [sys.executable, "-m", "mindie_ep_cli", "set", str(target)]
    for round_ in range(8):
        first = subprocess.Popen(command + [f"{ENTRY}.cpuMemSize=5"], cwd=tmp_path,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        second = subprocess.Popen(command + [f"{ENTRY}.cpuMemSize=7"], cwd=tmp_path,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        first.wait(timeout=120)
        second.wait(timeout=120)
        value = json.loads(target.read_text())
        assert value["BackendConfig"]["ModelDeployConfig"]["ModelConfig"][0]["cpuMemSize"] in (5, 7)
        json.loads((tmp_path / "config.json.bak").read_text())
        assert not list(tmp_path.glob(".config.json*.tmp"))
