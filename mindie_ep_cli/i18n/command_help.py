"""`--help` in the user's language: the help texts of the commands and options, translated after
typer has built the click command and before it parses anything.

The texts are written in English where the commands are declared (``cli.py``); the catalogue of a
language is ``<language>_help.py`` (``HELP``: English -> translation). Option names, values and
click's own words ("Usage:", "[default: ...]") stay as they are.
"""

from __future__ import annotations

import importlib
from typing import Mapping, Sequence

from . import LANGUAGES, language_from_environment


def language_of(argv: Sequence[str], env: Mapping[str, str]) -> str:
    """The language a command line asks for: its last `--lang`, else the environment's."""
    chosen = None
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        if argument == "--lang" and index + 1 < len(argv):
            chosen = argv[index + 1].lower()
        elif argument.startswith("--lang="):
            chosen = argument.split("=", 1)[1].lower()
    return chosen if chosen in LANGUAGES else language_from_environment(env)


def translate_help(command, language: str) -> None:
    """Word the help of ``command``, its parameters and its subcommands in ``language``."""
    if language == "en":
        return
    _translate(command, importlib.import_module(f"{__package__}.{language}_help").HELP)


def _translate(command, texts: Mapping[str, str]) -> None:
    if command.help:
        command.help = texts.get(command.help, command.help)
    for parameter in command.params:
        if getattr(parameter, "help", None):
            parameter.help = texts.get(parameter.help, parameter.help)
    for subcommand in getattr(command, "commands", {}).values():
        _translate(subcommand, texts)
