"""Asking on a terminal with questionary (imported only here, only by `init`).

`unsafe_ask()` lets Ctrl-C raise KeyboardInterrupt, which the command turns into exit 130 with
nothing written.
"""

from __future__ import annotations

import sys

from .questions import Choice, Question


class QuestionaryPrompter:
    def __init__(self, input=None, output=None):
        # input/output: prompt_toolkit objects, for tests that drive the prompts through a pipe
        self.input, self.output = input, output

    def _kwargs(self) -> dict:
        kwargs = {}
        if self.input is not None:
            kwargs["input"] = self.input
        if self.output is not None:
            kwargs["output"] = self.output
        return kwargs

    def say(self, text: str) -> None:
        stream = sys.stderr if self.output is None else sys.stdout
        stream.write(text + "\n")
        stream.flush()

    def ask(self, question: Question, default: object, choices: list[Choice] | None) -> object:
        import questionary

        self.say(f"  {question.help}")
        if choices is not None:
            values = [choice.value for choice in choices]
            prompt = questionary.select(
                question.title,
                choices=[questionary.Choice(choice.title, value=choice.value) for choice in choices],
                default=default if default in values else None, **self._kwargs())
        elif question.kind == "confirm":
            prompt = questionary.confirm(question.title, default=bool(default), **self._kwargs())
        else:
            prompt = questionary.text(question.title, default="" if default is None else str(default),
                                      **self._kwargs())
        return prompt.unsafe_ask()

    def error(self, message: str) -> None:
        self.say(f"  ! {message}")

    def confirm(self, message: str) -> bool:
        import questionary

        return bool(questionary.confirm(message, default=True, **self._kwargs()).unsafe_ask())
