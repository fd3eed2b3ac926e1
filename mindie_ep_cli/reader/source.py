"""Getting the bytes of a config: from a path or stdin, safely, never more than we can check.

MindIE refuses a config over 10 MiB (reference 1.1), so a file whose size says so is not read at
all, and no read goes past 10 MiB plus one byte (a file that grows while we read it). A FIFO, a
device or a directory is refused before any read (a FIFO would otherwise block forever).
"""

from __future__ import annotations

from typing import NamedTuple

import os
import stat
import sys

from ..i18n import tr

MAX_CONFIG_BYTES = 10 * 1024 * 1024


class InputError(Exception):
    """A file the user named cannot be read at all: exit code 2, with this message."""


class RawInput(NamedTuple):
    path: str  # as the user wrote it ("-" is shown as <stdin> or --stdin-filename)
    data: bytes
    size: int  # the real size, which may exceed len(data) for an oversized file
    file_stat: os.stat_result | None = None
    is_symlink: bool = False


def read_path(path: str) -> RawInput:
    try:
        is_symlink = os.path.islink(path)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(tr("{path}: no such file", path=path)) from None
    except IsADirectoryError:
        raise InputError(tr("{path}: is a directory, not a config file", path=path)) from None
    except PermissionError:
        raise InputError(tr("{path}: permission denied (cannot read the file)",
                            path=path)) from None
    except OSError as err:
        raise InputError(tr("{path}: cannot open: {reason}", path=path,
                            reason=err.strerror or err)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(tr("{path}: is a directory, not a config file", path=path))
        if not stat.S_ISREG(info.st_mode):
            raise InputError(tr("{path}: is not a regular file (a FIFO, socket or device); give "
                                "the path of config.json itself", path=path))
        # An oversized file is refused from its size alone, without reading it.
        data = b"" if info.st_size > MAX_CONFIG_BYTES else _read_limited(fd)
    except OSError as err:
        raise InputError(tr("{path}: cannot read: {reason}", path=path,
                            reason=err.strerror or err)) from None
    finally:
        os.close(fd)
    return RawInput(path, data, max(info.st_size, len(data)), info, is_symlink)


def read_stdin(display_name: str) -> RawInput:
    stream = sys.stdin.buffer if sys.stdin is not None else None
    if stream is None:
        raise InputError(tr("no standard input to read"))
    try:
        data = stream.read(MAX_CONFIG_BYTES + 1)
    except OSError as err:
        raise InputError(tr("cannot read standard input: {reason}",
                            reason=err.strerror or err)) from None
    return RawInput(display_name, data, len(data))


def _read_limited(fd: int) -> bytes:
    chunks = []
    remaining = MAX_CONFIG_BYTES + 1
    while remaining > 0:
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)
