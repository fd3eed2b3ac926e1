"""The one diagnostic model every check produces and every output format prints.

Checks do not know about lines and columns: they produce a :class:`Finding` that names a JSON
Pointer. The engine turns findings into :class:`Diagnostic` objects by looking the pointer up in
the document's source map, so positions are only computed for what is reported.
"""

from __future__ import annotations

from typing import NamedTuple

from enum import IntEnum
from functools import lru_cache


class Severity(IntEnum):
    """Ordered so that ``severity >= fail_level`` reads naturally."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Severity":
        return cls[text.upper()]


class Position(NamedTuple):
    """1-based line and column; ``end_*`` is exclusive (the column after the last character)."""

    line: int
    column: int
    end_line: int
    end_column: int


class Related(NamedTuple):
    """A second place a finding involves (the other field of a cross-field rule)."""

    pointer: str
    message: str
    position: Position | None = None
    path: str | None = None  # set when the place is in another file (a ranktable)
    on_key: bool = False


class Edit(NamedTuple):
    """Set the key at ``pointer`` to ``value``, or remove it."""

    pointer: str
    value: object = None
    remove: bool = False


class Fix(NamedTuple):
    """What `lint --fix` can do about a finding. A safe fix does not change what the server does
    (it writes down a default, sorts a table as the docs require, tightens a file mode); an
    unsafe one does, or drops what the user wrote, and needs `--unsafe-fixes`."""

    description: str
    safe: bool
    edits: tuple[Edit, ...] = ()
    mode: int | None = None  # a new file mode (chmod)


class Finding(NamedTuple):
    """What a check reports before positions are known.

    ``on_key`` places the finding on the member name instead of its value (unknown and duplicate
    keys). A finding about a missing key names the object that should hold it. ``position`` is
    set directly only where no pointer can place the finding (syntax errors).
    """

    code: str
    pointer: str
    message: str
    help: str = ""
    severity: Severity | None = None  # None: the rule's default
    related: tuple[Related, ...] = ()
    on_key: bool = False
    fix: Fix | None = None
    position: Position | None = None  # set when the pointer cannot place it (syntax errors)


class Diagnostic(NamedTuple):
    code: str
    name: str
    severity: Severity
    message: str
    pointer: str
    position: Position | None
    help: str = ""
    related: tuple[Related, ...] = ()
    fix: Fix | None = None

    def sort_key(self) -> tuple:
        pos = self.position
        return (pos.line if pos else 0, pos.column if pos else 0, self.code, self.pointer)


def escape_pointer_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def join_pointer(base: str, *tokens: str | int) -> str:
    return base + "".join("/" + escape_pointer_token(t) for t in tokens)


@lru_cache(maxsize=1024)
def split_pointer(pointer: str) -> tuple[str, ...]:
    if not pointer:
        return ()
    return tuple(t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/"))
