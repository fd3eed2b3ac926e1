"""The benchmark script runs and reports what it promises (a smoke run; the real figures come
from `python benchmarks/bench.py --runs 9` on a quiet machine)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.mark.skipif(not (Path(sys.executable).parent / "check-jsonschema").exists(),
                    reason="check-jsonschema is not installed beside this Python")
def test_benchmark_script_measures_both_tools():
    if shutil.which("mindie-ep", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("mindie-ep is not installed beside this Python")
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--runs", "1",
                             "--files", "5"], capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    for line in ("python -c pass", "mindie-ep lint (1 file)", "check-jsonschema (1 file)",
                 "lint / check-jsonschema", "lint / python -c pass", "5 files"):
        assert line in out
