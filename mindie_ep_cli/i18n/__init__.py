"""Messages in the user's language: English (the source text) or Simplified Chinese.

Every diagnostic message and help line is written as ``tr("English template with {name}",
name=value)``. The English template is the key of the catalogue (``zh.py``), so the English text
never needs a catalogue and a missing translation falls back to English. Rule codes, pointers
and JSON/SARIF field names never change with the language.

The language comes from ``--lang``, else from ``LC_ALL``, ``LC_MESSAGES`` or ``LANG`` (in that
order, as git reads them): a value starting with ``zh`` means Chinese.
"""

from __future__ import annotations

import importlib
from typing import Mapping

LANGUAGES = ("en", "zh")
_active = "en"
_catalogues: dict[str, dict[str, str]] = {}


def language_from_environment(env: Mapping[str, str]) -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def set_language(language: str) -> None:
    global _active
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _active = language


def language() -> str:
    return _active


def catalogue(language: str) -> dict[str, str]:
    if language not in _catalogues:
        _catalogues[language] = importlib.import_module(f"{__name__}.{language}").MESSAGES
    return _catalogues[language]


def tr(template: str, /, **values: object) -> str:
    """``template`` in the active language, with ``values`` filled in."""
    if _active != "en":
        template = catalogue(_active).get(template, template)
    return template.format(**values) if values else template
