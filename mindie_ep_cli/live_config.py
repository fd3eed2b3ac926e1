"""Where the running MindIE server's config.json and its version are (reference 1.1)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Mapping

DEFAULT_INSTALL = "/usr/local/Ascend/mindie/latest/mindie-service"
_VERSION_LINE = re.compile(r"^\s*(?:MindIE[-\w ]*)?Version\s*:\s*([0-9][\w.]*)", re.IGNORECASE)


def candidate_paths(env: Mapping[str, str]) -> list[str]:
    """The places the server itself looks, in its order."""
    if env.get("MIES_CONFIG_JSON_PATH"):
        return [env["MIES_CONFIG_JSON_PATH"]]
    paths = []
    if env.get("MINDIE_LLM_HOME_PATH"):
        paths.append(os.path.join(env["MINDIE_LLM_HOME_PATH"], "conf", "config.json"))
    paths.append(os.path.join(DEFAULT_INSTALL, "conf", "config.json"))
    return paths


def find_live_config(env: Mapping[str, str]) -> tuple[str | None, list[str]]:
    looked = candidate_paths(env)
    for path in looked:
        if os.path.exists(path):
            return path, looked
    return None, looked


def install_dir(config_path: str) -> Path:
    """The install folder that holds ``conf/config.json``."""
    return Path(config_path).resolve().parent.parent


def installed_version(config_path: str) -> str | None:
    """The MindIE version from a ``version.info`` near the install (reference 1.1), if any."""
    base = install_dir(config_path)
    for folder in (base, base.parent, base.parent.parent):
        info = folder / "version.info"
        try:
            text = info.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for line in text.splitlines():
            match = _VERSION_LINE.match(line)
            if match:
                return match.group(1)
    return None
