"""MEP005: the file's mode, type and owner, as MindIE checks them before it reads the file."""

from __future__ import annotations

import os
import stat

from ..diagnostics import Finding, Fix
from ..errors import UsageError
from ..i18n import tr
from ..live_config import DEFAULT_INSTALL, install_dir
from .base import rule

ALLOWED_BITS = 0o640


def user_name(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return str(uid)


def server_uid(server_user: str | None, install: str | None) -> tuple[int | None, str]:
    """The uid that runs the server: --server-user, else the owner of the install folder."""
    if server_user:
        if server_user.isdigit():
            return int(server_user), server_user
        try:
            import pwd

            return pwd.getpwnam(server_user).pw_uid, server_user
        except (ImportError, KeyError):
            raise UsageError(tr("--server-user {user}: no such user on this machine",
                                user=server_user)) from None
    for folder in (install, os.path.dirname(DEFAULT_INSTALL.rstrip("/"))):
        if folder and os.path.isdir(folder):
            uid = os.stat(folder).st_uid
            return uid, tr("{user} (the owner of {folder})", user=user_name(uid), folder=folder)

    return None, ""


def permission_findings(raw, server_user: str | None, what: str = "config",
                        install: str | None = None) -> list[Finding]:
    info = raw.file_stat
    if info is None:
        return []
    findings = []
    # "config" is a word of the message; "ranktable" is a file format's name in both languages.
    what = tr("config") if what == "config" else what
    if raw.is_symlink:
        findings.append(Finding("MEP005", "",
                                tr("the {what} file {path} is a symbolic link: MindIE refuses to "
                                   "read a config through a symlink", what=what, path=raw.path),
                                tr("replace the link with the file itself")))
    mode = stat.S_IMODE(info.st_mode)
    if mode & ~ALLOWED_BITS:
        findings.append(Finding("MEP005", "",
                                tr("the {what} file has mode {mode}, wider than 0640: MindIE "
                                   "refuses to read it (\"Check ... permission failed\")",
                                   what=what, mode=f"{mode:04o}"),
                                tr("chmod 640 {path}", path=raw.path),
                                fix=Fix(tr("tighten the mode to {mode}",
                                           mode=f"{mode & ALLOWED_BITS:04o}"),
                                        safe=True, mode=mode & ALLOWED_BITS)))
    uid, who = server_uid(server_user, install)
    if uid is not None and info.st_uid != uid:
        findings.append(Finding("MEP005", "",
                                tr("the {what} file is owned by {owner}, but the server runs as "
                                   "{who}: MindIE refuses a file owned by another user",
                                   what=what, owner=user_name(info.st_uid), who=who),
                                tr("chown {user} {path}", user=user_name(uid), path=raw.path)))
    return findings


@rule("MEP005", "file-permission", "error")
def check_file_permission(ctx):
    """The file's mode is wider than 640, it is a symlink, or another user owns it.

    ## What it does
    Checks the config file as MindIE does before reading it: mode at most 0640 (each of owner,
    group and other no more than rw-, r-- and ---), not a symbolic link, and owned by the user
    that runs the server (`--server-user`, default: the owner of the MindIE install folder).
    Done for the live server config, and for any file with `--check-permissions`; never for
    standard input.

    ## Why it matters
    The server refuses such a file at start-up ("Check ... permission failed" /
    "Check_path: config.json failed"). Editing the config as root with a tool that replaces the
    file hands it to root, and a default umask gives 0644: both stop the server.

    ## Example
    `-rw-r--r-- root root config.json` for a server run by `mindie`.

    ## Use instead
    `chmod 640 config.json && chown mindie: config.json`

    ## References
    - MindIE reference 1.1 (permission and owner checks), 5 item 1
    """
    raw = ctx.doc.raw
    if not ctx.options.check_permissions or raw is None:
        return
    if ctx.options.live_config:
        install = str(install_dir(raw.path))
    else:
        install = ctx.options.environment.get("MINDIE_LLM_HOME_PATH")
    yield from permission_findings(raw, ctx.options.server_user, install=install)
