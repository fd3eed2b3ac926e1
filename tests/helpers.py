"""Building configs for tests and linting them in-process."""

from __future__ import annotations

import copy
import difflib
import json
import re
from pathlib import Path

from mindie_ep_cli.engine import CheckOptions, check_document
from mindie_ep_cli.reader import RawInput, parse_document
from mindie_ep_cli.schema.profiles import Profile

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
STOCK = SHARED / "corpus" / "real" / "02-mindie-llm-default-config-v3.0.0.json"
MODEL_CONFIG = "/BackendConfig/ModelDeployConfig/ModelConfig/0"


def stock() -> dict:
    return json.loads(STOCK.read_text())


def full_config(model: dict | None = None, *, world_size: int = 8, multi_node: bool = False,
                backend: dict | None = None, deploy: dict | None = None,
                schedule: dict | None = None, server: dict | None = None,
                drop_model_keys: tuple[str, ...] = ()) -> dict:
    """The stock 3.0 config with a DeepSeek model on ``world_size`` NPUs per node, and the given
    keys merged into ModelConfig[0], BackendConfig, ModelDeployConfig, ScheduleConfig and
    ServerConfig."""
    config = stock()
    back = config["BackendConfig"]
    back["npuDeviceIds"] = [list(range(world_size))]
    back["multiNodesInferEnabled"] = multi_node
    entry = back["ModelDeployConfig"]["ModelConfig"][0]
    entry.update({"modelName": "DeepSeek-R1_w8a8", "modelWeightPath": "/data/weights/DeepSeek-R1_w8a8",
                  "worldSize": world_size, "cpuMemSize": 5})
    entry.pop("models", None)
    for key in drop_model_keys:
        entry.pop(key, None)
    entry.update(copy.deepcopy(model or {}))
    back.update(backend or {})
    back["ModelDeployConfig"].update(deploy or {})
    back["ScheduleConfig"].update(schedule or {})
    config["ServerConfig"].update(server or {})
    return config


_SCALAR_ARRAY = re.compile(r"\[\s*([^\[\]{}]*?)\s*\]", re.S)


def dumps(config: object) -> str:
    """Indented JSON with arrays of scalars (device lists, table rows) kept on one line."""
    text = json.dumps(config, indent=4, ensure_ascii=False)
    return _SCALAR_ARRAY.sub(lambda m: "[" + re.sub(r"\s*\n\s*", " ", m.group(1)) + "]",
                             text) + "\n"


def lint_text(text: str | bytes, *, path: str = "config.json", fragment: bool = False,
              profile: Profile | None = None, **options) -> list:
    data = text.encode() if isinstance(text, str) else text
    doc = parse_document(RawInput(path, data, len(data)), fragment=fragment)
    opts = CheckOptions(profile=profile or Profile("3.0", certain=True), fragment=fragment,
                        env=options.pop("env", {}), **options)
    reports = check_document(doc, opts)
    return reports[0].diagnostics


def lint_config(config: object, **options) -> list:
    return lint_text(dumps(config), **options)


def codes(diagnostics) -> list[str]:
    return [d.code for d in diagnostics]


def by_code(diagnostics, code: str) -> list:
    return [d for d in diagnostics if d.code == code]


def errors(diagnostics) -> list:
    return [d for d in diagnostics if d.severity.label == "error"]


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based line of the ``occurrence``-th line containing ``needle``."""
    seen = 0
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not found")


def untouched_lines_kept(old: str, new: str, keys: tuple[str, ...],
                         fragments: tuple[str, ...] = ()) -> None:
    """Every line of ``old`` is in ``new`` unchanged, except lines of the keys set (or holding
    one of ``fragments``) and lines that only gained a trailing comma because a member was added
    after them."""
    added = set(new.splitlines())
    for line in difflib.ndiff(old.splitlines(), new.splitlines()):
        if not line.startswith("- "):
            continue
        gone = line[2:]
        assert any(f'"{key}"' in gone for key in keys) or gone + "," in added \
            or any(fragment in gone for fragment in fragments), gone
