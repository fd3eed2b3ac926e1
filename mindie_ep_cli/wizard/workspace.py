"""The file `init` starts from (a template or an existing config), and what the answers make of it.

The result is always the starting text with edits applied (wizard/plan.py, then `--set`), so an
existing file keeps every byte the answers do not change, and a check of the answers so far is a
lint of the edited text.

One template serves both version profiles: it is MindIE 3.0's stock file, and releases before 3.0
ignore the keys they do not know (reference 1.3), so the same file is right for a 2.x server.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..edit.editor import Change, EditError, apply_changes
from ..engine import CheckOptions, check_document
from ..errors import UsageError
from ..i18n import tr
from ..reader import RawInput, parse_document, read_path
from ..resources import data_dir
from ..schema.profiles import Profile
from .plan import changes_for, known_from_config

TEMPLATE = "config-3.0.json"


def preset_names() -> list[str]:
    return sorted(p.stem for p in (data_dir("templates") / "presets").glob("*.json"))


def load_preset(name: str) -> dict:
    path = data_dir("templates") / "presets" / f"{name}.json"
    if not path.is_file():
        raise UsageError(tr("unknown preset {name}; the presets are: {presets}", name=repr(name),
                            presets=", ".join(preset_names())))
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass
class Workspace:
    text: str = ""
    config: object = None
    path: str | None = None  # the existing file, when updating one
    preset: dict = field(default_factory=dict)
    extra: list[Change] = field(default_factory=list)  # --set, applied after the answers

    @classmethod
    def from_template(cls) -> "Workspace":
        workspace = cls()
        workspace._use(str(data_dir("templates") / TEMPLATE), existing=False)
        return workspace

    def load(self, path: str) -> None:
        """Start from an existing file instead; an unparsable one is refused."""
        self._use(path, existing=True)

    def _use(self, path: str, existing: bool) -> None:
        raw = read_path(path)
        doc = parse_document(raw)
        broken = [f for f in doc.findings if f.code in ("MEP001", "MEP003", "MEP004")
                  and (f.severity is None or f.severity.label == "error")]
        if broken or not doc.parsed or not isinstance(doc.value, dict):
            details = "; ".join(f"{f.position.line}:{f.position.column} {f.code} {f.message}"
                                for f in broken if f.position) or tr("it is not a JSON object")
            raise UsageError(tr("{path} cannot be used: {details} (fix it first; `mindie-ep lint "
                                "{path}` shows every problem)", path=path, details=details))
        self.text, self.config = doc.text, doc.value
        self.path = path if existing else None

    def known(self) -> dict:
        """Answers the existing file (over the preset) already gives."""
        known = dict(self.preset.get("answers", {}))
        known.update({k: v for k, v in known_from_config(self.config, self.path).items()
                      if k != "path"})
        if self.path:
            known.update(source="existing", from_path=self.path)
        return known

    def render(self, answers: dict, with_set: bool = True) -> str:
        """The edited text; ``with_set`` adds the `--set` changes, which come last."""
        changes = changes_for(answers, self.config) + (self.extra if with_set else [])
        try:
            return apply_changes(self.text, changes)
        except EditError as err:
            raise UsageError(str(err)) from None

    def diagnostics(self, answers: dict, text: str | None = None):
        text = self.render(answers, with_set=False) if text is None else text
        data = text.encode("utf-8")
        doc = parse_document(RawInput(self.path or "config.json", data, len(data)))
        profile = Profile(answers.get("mindie_version", "3.0"), certain=True)
        nodes = answers.get("nodes") if isinstance(answers.get("nodes"), int) else None
        return check_document(doc, CheckOptions(profile=profile, nodes=nodes, env={}))[0].diagnostics

    def lint_errors(self, answers: dict) -> dict:
        try:
            found = self.diagnostics(answers)
        except UsageError as err:
            return {("edit", ""): str(err)}
        return {(d.code, d.pointer): f"{d.code} {d.message}" for d in found
                if d.severity.label == "error"}
