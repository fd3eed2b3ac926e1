"""The `init` command's flow: where to start, gather the answers, check, show, confirm, write."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field

from ..edit.editor import Change, EditError, parse_key_path
from ..edit.workflow import (parse_assignment, print_diagnostics, unified_diff,
                             write_and_report)
from ..errors import UsageError
from ..i18n import tr
from .questions import question_keys
from .session import Session
from .workspace import Workspace, load_preset


@dataclass
class InitRequest:
    output: str
    flags: dict  # answers given as question flags (None values already dropped)
    sets: list[str] = field(default_factory=list)
    from_path: str | None = None
    preset: str | None = None
    answers_file: str | None = None
    save_answers: str | None = None
    interactive: bool = False
    yes: bool = False
    dry_run: bool = False
    diff: bool = False
    force: bool = False


def read_answers_file(path: str) -> tuple[dict, list[Change]]:
    """Answers (question keys) and `set` assignments from a JSON or TOML file."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as err:
        raise UsageError(f"--answers {path}: {err.strerror or err}") from None
    try:
        if path.endswith(".toml"):
            try:
                import tomllib
            except ImportError:  # Python 3.10
                import tomli as tomllib
            answers = tomllib.loads(data.decode("utf-8"))
        else:
            answers = json.loads(data)
    except (ValueError, UnicodeDecodeError) as err:
        raise UsageError(tr("--answers {path}: not valid JSON or TOML: {error}", path=path,
                            error=err)) from None
    if not isinstance(answers, dict):
        raise UsageError(tr("--answers {path}: expected a table of answers", path=path))
    sets = answers.pop("set", {})
    if not isinstance(sets, dict):
        raise UsageError(tr("--answers {path}: `set` must be a table of KEY = VALUE", path=path))
    keys = question_keys()
    unknown = sorted(set(answers) - set(keys))
    if unknown:
        raise UsageError(tr("--answers {path}: unknown answers {unknown}; the answers are {keys}",
                            path=path, unknown=", ".join(unknown), keys=", ".join(keys)))
    try:
        changes = [Change(parse_key_path(key), value) for key, value in sets.items()]
    except EditError as err:
        raise UsageError(f"--answers {path}: {err}") from None
    return answers, changes


def save_answers(path: str, answers: dict, sets: list[Change]) -> None:
    record = dict(answers)
    if sets:
        record["set"] = {change.pointer: change.value for change in sets}
    if path.endswith(".toml"):
        body = "".join(f"{key} = {json.dumps(value)}\n" for key, value in record.items()
                       if key != "set")
        if "set" in record:
            body += "\n[set]\n" + "".join(f"{json.dumps(key)} = {json.dumps(value)}\n"
                                          for key, value in record["set"].items())
    else:
        body = json.dumps(record, indent=2) + "\n"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(body)


def run_init(request: InitRequest, prompter=None) -> int:
    workspace = Workspace.from_template()
    given: dict = {}
    sets: list[Change] = []
    if request.answers_file:
        given, sets = read_answers_file(request.answers_file)
    given.update(request.flags)
    sets += [parse_assignment(text) for text in request.sets]
    source = request.from_path or (request.output if os.path.exists(request.output) else None)
    if source:
        workspace.load(source)
        given.update(source="existing", from_path=source)
    if request.preset:
        workspace.preset = load_preset(request.preset)
    workspace.extra = sets
    original = workspace.text if source else ""
    answers = Session(given, workspace, prompter if request.interactive else None,
                      force=request.force).run()
    text = workspace.render(answers)
    diagnostics = workspace.diagnostics(answers, text)
    errors = [d for d in diagnostics if d.severity.label == "error"]
    if errors and not request.force:
        print_diagnostics(errors, request.output)
        raise UsageError(tr("the resulting config would have {count} error(s) (above); nothing "
                            "written (--force writes it anyway)", count=len(errors)))
    if request.save_answers:
        save_answers(request.save_answers, {k: v for k, v in answers.items()
                                            if k not in ("source", "from_path")}, sets)
    diff = unified_diff(original, text, request.output)
    if request.dry_run or request.diff:
        sys.stdout.write(diff if original else text)
        return 0
    if request.interactive and not request.yes:
        prompter.say(diff if original else text)
        if not prompter.confirm(tr("Write {path}?", path=request.output)):
            prompter.say(tr("nothing written"))
            return 0
    if original == text:
        sys.stderr.write(tr("{path} already says all that; nothing to change",
                            path=request.output) + "\n")
        return 0
    summary = tr("{count} warning(s)",
                 count=len([d for d in diagnostics if d.severity.label == "warning"]))
    write_and_report(request.output, text, f"init: {summary}")
    return 0
