"""The wheel carries the schema and templates, and an installed copy finds them at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import mindie_ep_cli
from conftest import ROOT
from mindie_ep_cli import resources


def test_wheel_contains_schema_and_templates(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                             "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
                            capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr.decode()
    (wheel,) = tmp_path.glob("mindie_ep-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "mindie_ep_cli/schemas/mindie-config.schema.json" in names
    assert any(name.startswith("mindie_ep_cli/templates/") for name in names)
    assert any(name.endswith("entry_points.txt") for name in names)


def test_resources_are_found_where_the_package_is_installed():
    package = Path(mindie_ep_cli.__file__).resolve().parent
    schemas = resources.data_dir("schemas")
    if package.parent != ROOT:  # an installed copy, as in CI: the data is inside the package
        assert schemas == package / "schemas"
    assert resources.schema_path().is_file()
    assert resources.load_schema()["title"].startswith("MindIE Server config.json")
