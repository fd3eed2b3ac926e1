"""MEP008: the weights folder and its config.json, as MindIE checks them before loading."""

from __future__ import annotations

import json
import os
import stat

from ..diagnostics import Finding, join_pointer
from ..i18n import tr
from ..live_config import install_dir
from .base import rule
from .file_permission import server_uid, user_name

FOLDER_BITS = 0o750
CONFIG_BITS = 0o640


@rule("MEP008", "weights-access", "error")
def check_weights_access(ctx):
    """The weights folder or its `config.json` would be refused: mode, owner, or no model type.

    ## What it does
    When `modelWeightPath` exists on this machine and permissions are checked (the live server
    config, or `--check-permissions`), checks what MindIE checks before it loads the model: the
    folder's mode at most 0750, the weights' `config.json` mode at most 0640, both owned by the
    user that runs the server, and a `model_type` in that `config.json`.

    ## Why it matters
    The server stops with "Check_path: config.json failed" or a permission error when the weights
    were copied with a default umask (0755 folders, 0644 files) or by another user, which is the
    usual state of freshly downloaded weights. Without `model_type` the model code cannot pick
    the DeepSeek implementation at all.

    ## Example
    `drwxr-xr-x root root /data/weights/DeepSeek-R1_w8a8` for a server run by `mindie`.

    ## Use instead
    `chmod 750 /data/weights/DeepSeek-R1_w8a8 && chmod 640 /data/weights/DeepSeek-R1_w8a8/config.json`
    (and `chown -R mindie:` when another user owns them).

    ## References
    - MindIE reference 1.1 (related files with the 640 rule; modelWeightPath at most 750), 1.7
      (modelWeightPath), 5 item 1
    """
    if not ctx.options.check_permissions or ctx.doc.raw is None or ctx.doc.raw.file_stat is None:
        return
    install = (str(install_dir(ctx.doc.raw.path)) if ctx.options.live_config
               else ctx.options.environment.get("MINDIE_LLM_HOME_PATH"))
    uid, who = server_uid(ctx.options.server_user, install)
    for pointer, entry in ctx.model_configs():
        folder = entry.get("modelWeightPath")
        if not isinstance(folder, str) or not os.path.isdir(folder):
            continue
        where = join_pointer(pointer, "modelWeightPath")
        yield from _checked(where, folder, FOLDER_BITS, uid, who, tr("weights folder"))
        config = os.path.join(folder, "config.json")
        if not os.path.isfile(config):
            yield Finding("MEP008", where, tr("the weights folder {folder} has no config.json: "
                                              "MindIE cannot tell which model it holds",
                                              folder=folder),
                          tr("copy the model's config.json into {folder}", folder=folder))
            continue
        yield from _checked(where, config, CONFIG_BITS, uid, who, tr("weights config.json"))
        try:
            with open(config, encoding="utf-8") as handle:
                model_type = json.load(handle).get("model_type")
        except (OSError, ValueError, AttributeError, RecursionError):
            model_type = None
        if not isinstance(model_type, str) or not model_type:
            yield Finding("MEP008", where, tr("{path} has no model_type: MindIE cannot pick the "
                                              "model implementation", path=config),
                          tr("use the config.json that came with the weights"))


def _checked(pointer: str, path: str, allowed: int, uid, who: str, what: str):
    info = os.stat(path)
    mode = stat.S_IMODE(info.st_mode)
    if mode & ~allowed:
        yield Finding("MEP008", pointer, tr("the {what} {path} has mode {mode}, wider than {allowed}"
                                            ": MindIE refuses it (\"Check_path ... failed\")",
                                            what=what, path=path, mode=f"{mode:04o}",
                                            allowed=f"{allowed:04o}"),
                      tr("chmod {mode} {path}", mode=f"{allowed:o}", path=path))
    if uid is not None and info.st_uid != uid:
        yield Finding("MEP008", pointer, tr("the {what} {path} is owned by {owner}, but the server "
                                            "runs as {who}: MindIE refuses it", what=what,
                                            path=path, owner=user_name(info.st_uid), who=who),
                      tr("chown {user} {path}", user=user_name(uid), path=path))
