"""Writing a config safely (product.md section 6).

The new text goes to a temporary file in the same folder, which is fsynced, given the owner,
group and mode of the file it replaces (MindIE refuses a config owned by another user, so a write
done as root must not hand the file to root) and renamed over the target; then the folder is
fsynced. The old file is kept as ``FILE.bak`` (written the same way first). Where the rename is
impossible because the config is a single file bind-mounted into a container (EBUSY), the file is
rewritten in place after the backup is safely on disk. A new file gets mode 0640. A symlinked
target is refused. On any error or Ctrl-C the original file is left untouched.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from dataclasses import dataclass, field

from ..errors import UsageError
from ..i18n import tr

NEW_FILE_MODE = 0o640
ALLOWED_BITS = 0o640


@dataclass
class WriteResult:
    path: str
    created: bool
    backup: str | None
    notes: list[str] = field(default_factory=list)


def check_target(path: str) -> os.stat_result | None:
    """Refuse what we must not write; return the target's stat (None for a new file)."""
    if os.path.islink(path):
        raise UsageError(tr("{path} is a symbolic link; refusing to write through it (MindIE "
                            "refuses a symlinked config too): write to the real file", path=path))
    try:
        info = os.stat(path)
    except FileNotFoundError:
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise UsageError(tr("cannot write {path}: the folder {folder} does not exist",
                                path=path, folder=folder)) from None
        return None
    if not stat.S_ISREG(info.st_mode):
        raise UsageError(tr("{path} is not a regular file; refusing to replace it", path=path))
    return info


def _fsync_folder(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_temp(folder: str, name: str, data: bytes, like: os.stat_result | None) -> str:
    """A complete, fsynced temporary file with the ownership and mode of ``like``."""
    fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        if like is not None:
            try:
                os.fchown(fd, like.st_uid, like.st_gid)
            except PermissionError:
                pass  # not root: the file is ours anyway, or the caller is told below
            os.fchmod(fd, stat.S_IMODE(like.st_mode))
        else:
            os.fchmod(fd, NEW_FILE_MODE)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        os.unlink(temp)
        raise
    os.close(fd)
    return temp


def _replace(temp: str, target: str) -> None:
    try:
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def write_config(path: str, data: bytes, *, backup: bool = True) -> WriteResult:
    info = check_target(path)
    folder = os.path.dirname(os.path.abspath(path))
    name = os.path.basename(path)
    result = WriteResult(path, created=info is None, backup=None)
    if info is not None:
        mode = stat.S_IMODE(info.st_mode)
        if mode & ~ALLOWED_BITS:
            result.notes.append(tr("{path} has mode {mode}, wider than 0640: MindIE refuses to "
                                   "read it (MEP005); run `chmod 640 {path}`",
                                   path=path, mode=f"{mode:04o}"))
        if backup:
            with open(path, "rb") as handle:
                old = handle.read()
            backup_path = path + ".bak"
            if os.path.islink(backup_path):
                raise UsageError(tr("{path} is a symbolic link; refusing to write the backup",
                                    path=backup_path))
            _replace(_write_temp(folder, name + ".bak", old, info), backup_path)
            result.backup = backup_path
    temp = _write_temp(folder, name, data, info)
    if info is not None:
        written = os.stat(temp)
        if (written.st_uid, written.st_gid) != (info.st_uid, info.st_gid):
            result.notes.append(tr("could not keep the owner of {path} (uid {uid}); MindIE "
                                   "refuses a config owned by another user: run as that user "
                                   "or as root", path=path, uid=info.st_uid))
    try:
        _replace(temp, path)
    except OSError as err:
        if err.errno not in (errno.EBUSY, errno.EXDEV, errno.EPERM) or info is None:
            raise
        _rewrite_in_place(path, data)
        result.notes.append(tr("{path} cannot be replaced (it looks bind-mounted as a single "
                               "file: {reason}); rewrote it in place after saving the backup",
                               path=path, reason=os.strerror(err.errno)))
    _fsync_folder(folder)
    return result


def _rewrite_in_place(path: str, data: bytes) -> None:
    with open(path, "r+b") as handle:
        handle.write(data)
        handle.truncate()
        handle.flush()
        os.fsync(handle.fileno())
