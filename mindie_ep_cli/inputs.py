"""Which files a `lint` run checks: explicit paths, `-` for stdin, directories and globs.

A directory means every `config*.json` below it (hidden folders skipped); a glob is expanded
here, so it works quoted (`'**/config*.json'`) as well as expanded by the shell. The result is
sorted per argument and free of repeats, so output order never depends on the file system. A
directory or glob that matches nothing is an error (exit 2), never a silent success.
"""

from __future__ import annotations

import glob
import os

from .errors import UsageError
from .i18n import tr

DIRECTORY_PATTERN = "config*.json"
_GLOB_CHARACTERS = set("*?[")


def _in_hidden_folder(path: str, root: str) -> bool:
    relative = os.path.relpath(path, root)
    return any(part.startswith(".") and part not in (".", "..")
               for part in relative.split(os.sep)[:-1])


def expand(arguments: list[str]) -> list[str]:
    files: list[str] = []
    for argument in arguments:
        if argument == "-":
            files.append(argument)
        elif os.path.isdir(argument):
            found = sorted(p for p in glob.glob(os.path.join(argument, "**", DIRECTORY_PATTERN),
                                                recursive=True)
                           if os.path.isfile(p) and not _in_hidden_folder(p, argument))
            if not found:
                raise UsageError(tr("{folder}: no {pattern} file in this folder",
                                    folder=argument, pattern=DIRECTORY_PATTERN))
            files.extend(found)
        elif _GLOB_CHARACTERS & set(argument) and not os.path.exists(argument):
            found = sorted(p for p in glob.glob(argument, recursive=True) if os.path.isfile(p))
            if not found:
                raise UsageError(tr("{pattern}: no file matches this pattern", pattern=argument))
            files.extend(found)
        else:
            files.append(argument)  # a missing file is reported when it is read
    seen: set[str] = set()
    unique = []
    for path in files:
        key = path if path == "-" else os.path.normpath(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique
