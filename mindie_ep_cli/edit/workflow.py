"""What `init`, `set` and `lint --fix` share after computing a new text: `KEY=VALUE` parsing,
the diff, the check that no new error appears, and the write with its report."""

from __future__ import annotations

import difflib
import json
import sys
from typing import TextIO

from ..errors import UsageError
from ..i18n import tr
from .editor import Change, EditError, parse_key_path
from .write import write_config


def parse_assignment(text: str) -> Change:
    """`KEY=VALUE`: a dotted path or JSON Pointer, and a JSON value (a bare word is a string)."""
    key, sep, raw = text.partition("=")
    if not sep or not key.strip():
        raise UsageError(tr("{text}: write KEY=VALUE, e.g. "
                            "BackendConfig.ModelDeployConfig.ModelConfig[0].moe_ep=8",
                            text=repr(text)))
    try:
        pointer = parse_key_path(key)
    except EditError as err:
        raise UsageError(str(err)) from None
    return Change(pointer, parse_value(raw))


def parse_value(raw: str) -> object:
    try:
        return json.loads(raw)
    except ValueError:
        stripped = raw.strip()
        if stripped[:1] in ("{", "[", '"') or stripped in ("True", "False", "None", "NaN"):
            raise UsageError(tr("{raw} is not valid JSON; write a JSON value (true, 8, "
                                "\"text\", [1, 2], {{\"a\": 1}})", raw=repr(raw))) from None
        return raw  # a bare word: a string, e.g. modelName=DeepSeek-R1


def unified_diff(old: str, new: str, path: str) -> str:
    return "".join(difflib.unified_diff(old.splitlines(keepends=True),
                                        new.splitlines(keepends=True),
                                        fromfile=f"a/{path}" if old else "/dev/null",
                                        tofile=f"b/{path}"))


def new_errors(before, after) -> list:
    """Error diagnostics of ``after`` that ``before`` did not have (same code and pointer)."""
    seen = {(d.code, d.pointer) for d in before if d.severity.label == "error"}
    return [d for d in after if d.severity.label == "error" and (d.code, d.pointer) not in seen]


def print_diagnostics(diagnostics, path: str, stream: TextIO | None = None) -> None:
    stream = stream or sys.stderr
    for d in diagnostics:
        where = f"{d.position.line}:{d.position.column}" if d.position else "1:1"
        stream.write(f"{path}:{where}: {d.code} {d.severity.label} {d.message}\n")


def write_and_report(path: str, text: str, summary: str, stream: TextIO | None = None) -> None:
    stream = stream or sys.stderr
    result = write_config(path, text.encode("utf-8"))
    for note in result.notes:
        stream.write(f"mindie-ep: note: {note}\n")
    if result.created:
        status = tr("{summary}: wrote {path} with mode 0640", summary=summary, path=path)
    else:
        status = tr("{summary}: wrote {path} (previous version: {backup})", summary=summary,
                    path=path, backup=result.backup)
    stream.write(status + "\n")
