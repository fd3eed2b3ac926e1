"""Find the data files that ship with the tool (the JSON Schema, the templates).

In a wheel they sit inside the package (``mindie_ep_cli/schemas``); in a source checkout or an
editable install they are the top-level ``schemas/`` and ``templates/`` folders of the repository.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the bundled {name}/ folder is missing from this installation of "
                            "mindie-ep; reinstall the package")


def schema_path() -> Path:
    return data_dir("schemas") / "mindie-config.schema.json"


@lru_cache(maxsize=None)
def load_schema() -> dict:
    with open(schema_path(), encoding="utf-8") as handle:
        return json.load(handle)
