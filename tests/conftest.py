"""Shared fixtures: where the shared corpus is, and small helpers to lint text and run the CLI."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "real"
JSON_TEST_SUITE = SHARED / "corpus" / "jsontestsuite" / "test_parsing"
STOCK = CORPUS / "02-mindie-llm-default-config-v3.0.0.json"
CJK = re.compile(r"[\u4e00-\u9fff]")
# The locale variables are set explicitly (empty means unset), so that a developer's own LC_ALL
# cannot decide the language tests.
ZH_ENV = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
EN_ENV = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


def pytest_configure(config):
    if not CORPUS.is_dir():
        raise pytest.UsageError(f"the shared corpus is missing: expected {CORPUS}")


def run_cli(*args: str, input: str | bytes | None = None, env: dict | None = None,
            cwd: str | Path | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run `python -m mindie_ep_cli` as a user would, in a clean environment."""
    full_env = {k: v for k, v in os.environ.items()
                if not k.startswith(("MIES_", "MINDIE_", "RANK_TABLE", "CI", "LC_", "LANG"))}
    full_env.update({"NO_COLOR": "1", "LANG": "C.UTF-8", "COLUMNS": "200"})
    full_env.update(env or {})
    data = input.encode() if isinstance(input, str) else input
    # Run outside the checkout so that `-m` imports the installed package, not the source tree.
    return subprocess.run([sys.executable, "-m", "mindie_ep_cli", *args], input=data,
                          capture_output=True, env=full_env, cwd=cwd or tempfile.gettempdir(),
                          timeout=timeout)


def json_output(result: subprocess.CompletedProcess) -> dict:
    return json.loads(result.stdout.decode())
