"""The report stage: one formatter per output format, all fed the same FileReports.

Formatters are imported by name when used, so `lint --format json` never imports rich.
"""

from __future__ import annotations

import importlib
from typing import TextIO

FORMATS = {
    "text": "mindie_ep_cli.report.text",
    "concise": "mindie_ep_cli.report.concise",
    "json": "mindie_ep_cli.report.json_format",
    "sarif": "mindie_ep_cli.report.sarif",
    "github": "mindie_ep_cli.report.github",
}


def render(format_name: str, reports, stream: TextIO, *, color: bool = False) -> None:
    module = importlib.import_module(FORMATS[format_name])
    module.render(reports, stream, color=color)
