"""Project settings: `.mindie-ep.toml`, or `[tool.mindie-ep]` in `pyproject.toml`.

Found from the current folder upwards (the first folder with either wins), or named with
`--config`. Keys: `select`, `ignore` (codes or prefixes), `severity` (a table CODE = "error" |
"warning" | "info"), `mindie-version`, `nodes`, `devices-per-node`, `fail-on`, and `[[suppress]]`
entries with `code`, `pointer` (a glob over JSON Pointers), optional `file` (a glob over paths)
and a required `reason`.

```toml
ignore = ["MEP209"]
nodes = 2

[severity]
MEP302 = "error"

[[suppress]]
code = "MEP214"
pointer = "/BackendConfig/ModelDeployConfig/ModelConfig/*/models/deepseekv2/ep_level"
reason = "both nodes hang off the same leaf switch"
```
"""

from __future__ import annotations

from typing import NamedTuple

import os
from dataclasses import dataclass, field

from .errors import UsageError
from .i18n import tr

FILE_NAME = ".mindie-ep.toml"
KEYS = {"select", "ignore", "severity", "mindie-version", "nodes", "devices-per-node", "fail-on",
        "suppress"}
LEVELS = ("error", "warning", "info")


class Suppression(NamedTuple):
    code: str
    pointer: str
    reason: str
    file: str | None
    line: int  # where it is written, to report it when it matches nothing


@dataclass
class ProjectConfig:
    path: str | None = None
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    mindie_version: str | None = None
    nodes: int | None = None
    devices_per_node: int | None = None
    fail_on: str | None = None
    suppressions: list[Suppression] = field(default_factory=list)


def discover(start: str) -> str | None:
    folder = os.path.abspath(start)
    while True:
        candidate = os.path.join(folder, FILE_NAME)
        if os.path.isfile(candidate):
            return candidate
        pyproject = os.path.join(folder, "pyproject.toml")
        if os.path.isfile(pyproject) and _mentions_tool(pyproject):
            return pyproject
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _mentions_tool(path: str) -> bool:
    try:
        with open(path, encoding="utf-8") as handle:
            return "[tool.mindie-ep" in handle.read()
    except (OSError, UnicodeDecodeError):
        return False


def _load_toml(text: str):
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib
    return tomllib.loads(text)


def load(path: str) -> ProjectConfig:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError(tr("cannot read the settings file {path}: {reason}",
                            path=path, reason=err)) from None
    try:
        data = _load_toml(text)
    except ValueError as err:
        raise UsageError(tr("{path} is not valid TOML: {reason}", path=path, reason=err)) from None
    if os.path.basename(path) == "pyproject.toml":
        data = data.get("tool", {}).get("mindie-ep", {})
    unknown = sorted(set(data) - KEYS)
    if unknown:
        raise UsageError(tr("{path}: unknown setting {unknown}; the settings are {settings}",
                            path=path, unknown=", ".join(unknown),
                            settings=", ".join(sorted(KEYS))))
    config = ProjectConfig(path=path)
    config.select = _codes(data, "select", path) if "select" in data else None
    config.ignore = _codes(data, "ignore", path) if "ignore" in data else []
    severity = data.get("severity", {})
    if not isinstance(severity, dict) or any(v not in LEVELS for v in severity.values()):
        raise UsageError(tr("{path}: severity must be a table of CODE = \"error\" | "
                            "\"warning\" | \"info\"", path=path))
    config.severity = dict(severity)
    config.mindie_version = _choice(data, "mindie-version", ("auto", "2.x", "3.0"), path)
    config.fail_on = _choice(data, "fail-on", LEVELS + ("never",), path)
    for key in ("nodes", "devices-per-node"):
        value = data.get(key)
        if value is not None and (not isinstance(value, int) or value < 1):
            raise UsageError(tr("{path}: {key} must be a whole number of at least 1",
                                path=path, key=key))
    config.nodes, config.devices_per_node = data.get("nodes"), data.get("devices-per-node")
    config.suppressions = _suppressions(data.get("suppress", []), text, path)
    return config


def _codes(data: dict, key: str, path: str) -> list[str]:
    value = data[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(tr("{path}: {key} must be a list of rule codes, e.g. [\"MEP209\"]",
                            path=path, key=key))
    return value


def _choice(data: dict, key: str, allowed: tuple, path: str) -> str | None:
    value = data.get(key)
    if value is not None and value not in allowed:
        raise UsageError(tr("{path}: {key} must be one of {choices}",
                            path=path, key=key, choices=", ".join(allowed)))
    return value


def _suppressions(entries, text: str, path: str) -> list[Suppression]:
    if not isinstance(entries, list):
        raise UsageError(tr("{path}: suppress must be a list of [[suppress]] tables", path=path))
    lines = [number for number, line in enumerate(text.splitlines(), 1)
             if line.strip().startswith("[[") and "suppress" in line]
    result = []
    for index, entry in enumerate(entries):
        number = index + 1
        if not isinstance(entry, dict) or not isinstance(entry.get("code"), str):
            raise UsageError(tr("{path}: suppression {number} needs a code",
                                path=path, number=number))
        reason = entry.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise UsageError(tr("{path}: suppression {number} ({code}) needs a reason: say why "
                                "the finding does not apply",
                                path=path, number=number, code=entry["code"]))
        pointer = entry.get("pointer", "*")
        file = entry.get("file")
        if not isinstance(pointer, str) or (file is not None and not isinstance(file, str)):
            raise UsageError(tr("{path}: suppression {number}: pointer and file are glob strings",
                                path=path, number=number))
        result.append(Suppression(entry["code"], pointer, reason, file,
                                  lines[index] if index < len(lines) else 1))
    return result
