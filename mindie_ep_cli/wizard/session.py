"""Running the questions: where each answer comes from, and checking it at once.

Precedence (product.md section 5): `--set` > question flags > `--answers` file > the prompt >
the existing file > the preset > the question's default. The caller merges flags over the answers
file into ``given`` and the existing file over the preset into ``known``; `--set` is applied to
the text afterwards. Without a prompter (no terminal, `CI` set, or `--non-interactive`) nothing is
ever asked: answers that have no value make a `MissingAnswers` error naming the flags to add.

Every answer is checked by its question's validator and then by the lint engine: if the config
the answers so far describe has an error that it did not have before this answer, the answer is
refused with the rule's message (re-asked when interactive).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ..errors import UsageError
from ..i18n import tr
from ..reader import InputError
from .questions import Choice, Question, questions

if TYPE_CHECKING:
    from .workspace import Workspace


class Prompter(Protocol):
    def ask(self, question: Question, default: object, choices: list[Choice] | None) -> object: ...

    def error(self, message: str) -> None: ...


class MissingAnswers(UsageError):
    def __init__(self, missing: list[Question], example: str):
        self.missing = missing
        flags = " ".join(f"{q.flag} {_placeholder(q)}" for q in missing)
        super().__init__(tr("no terminal to ask on, and these answers are missing: add {flags}\n"
                            "example: {example}", flags=flags, example=example))


def _placeholder(question: Question) -> str:
    if question.choices is not None:
        try:
            return "|".join(str(c.value) for c in question.choices({}))
        except (KeyError, TypeError):
            pass
    return question.placeholder or {"int": "N", "float": "X"}.get(question.kind, "VALUE")


@dataclass
class Session:
    given: dict  # from flags and the answers file, already merged
    workspace: "Workspace"
    prompter: Prompter | None
    force: bool = False

    def run(self) -> dict:
        answers: dict = {}
        missing: list[Question] = []
        known = self.workspace.known()
        asked = questions()
        for question in asked:
            try:
                if not question.when(answers):
                    continue
                default = known[question.key] if question.key in known else question.default(answers)
            except (KeyError, TypeError):
                continue  # depends on an answer that is missing: reported below
            if question.key in self.given:
                answers[question.key] = self._given(question, answers)
            elif self.prompter is not None and question.ask:
                answers[question.key] = self._prompt(question, answers, default)
            elif default is not None:
                answers[question.key] = self._checked(question, answers, default)
            else:
                missing.append(question)
                continue
            if question.key == "from_path":  # loaded while checking the answer
                known = self.workspace.known()
        if missing:
            raise MissingAnswers(missing, self._example(asked, missing))
        unused = [question.flag for question in asked if question.key in self.given
                  and question.key not in answers and question.key not in ("source", "from_path")]
        if unused:
            raise UsageError(tr("{flags} does not apply to these answers (e.g. --ep-level and "
                                "--topk-scaling-factor need an EP workload)",
                                flags=", ".join(unused)))
        return answers

    def _given(self, question: Question, answers: dict) -> object:
        raw = self.given[question.key]
        try:
            value = question.parse(raw)
        except ValueError as err:
            raise UsageError(f"{question.flag} {raw}: {err}") from None
        problem = self.problem(question, answers, value)
        if problem is not None:
            raise UsageError(f"{question.flag} {value}: {problem}")
        return value

    def _checked(self, question: Question, answers: dict, value: object) -> object:
        problem = self.problem(question, answers, value)
        if problem is not None:
            raise UsageError(tr("{key} would be {value} (from the existing file, the preset or the "
                                "default): {problem}; set {flag}", key=question.key, value=value,
                                problem=problem, flag=question.flag))
        return value

    def _prompt(self, question: Question, answers: dict, default: object) -> object:
        while True:
            choices = question.choices(answers) if question.choices else None
            raw = self.prompter.ask(question, default, choices)
            try:
                value = question.parse(raw)
            except ValueError as err:
                self.prompter.error(str(err))
                continue
            problem = self.problem(question, answers, value)
            if problem is None:
                return value
            self.prompter.error(problem)

    def problem(self, question: Question, answers: dict, value: object) -> str | None:
        """Why ``value`` cannot be the answer: its validator, its caution (unless --force),
        then the lint engine (a new error in the config the answers describe)."""
        problem = question.validate(value, answers)
        if problem is None and not self.force:
            problem = question.caution(value, answers)
        if problem is None and question.key == "from_path" and value != self.workspace.path:
            try:
                self.workspace.load(value)
            except (UsageError, InputError) as err:
                problem = str(err)
        if problem is not None or self.force or question.key in ("source", "from_path"):
            return problem
        before = self.workspace.lint_errors(answers)
        after = self.workspace.lint_errors({**answers, question.key: value})
        new = [message for key, message in after.items() if key not in before]
        return tr("this answer makes the config fail: {error}", error=new[0]) if new else None

    def _example(self, asked: list[Question], missing: list[Question]) -> str:
        parts = ["mindie-ep init --non-interactive"]
        for question in asked:
            if question.key in ("source", "from_path", "mindie_version"):
                continue
            if question in missing or question.key in self.given:
                parts.append(f"{question.flag} {self.given.get(question.key, question.example)}")
        parts.append("-o config.json")
        return " ".join(parts)
