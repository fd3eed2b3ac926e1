"""Safe writes (product.md section 6): atomic, owner/group/mode kept, .bak, 0640 for new files,
symlinks refused, the original untouched on any failure."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from mindie_ep_cli.edit import write as write_module
from mindie_ep_cli.edit.write import write_config
from mindie_ep_cli.errors import UsageError

OLD, NEW = b'{"a": 1}\n', b'{"a": 2}\n'


def mode_of(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_new_file_gets_0640_and_no_backup(tmp_path):
    path = tmp_path / "config.json"
    result = write_config(str(path), NEW)
    assert path.read_bytes() == NEW and mode_of(path) == 0o640
    assert result.created and result.backup is None
    assert not (tmp_path / "config.json.bak").exists()


def test_existing_file_keeps_its_mode_and_gets_a_backup(tmp_path):
    path = tmp_path / "config.json"
    path.write_bytes(OLD)
    os.chmod(path, 0o600)
    result = write_config(str(path), NEW)
    assert path.read_bytes() == NEW and mode_of(path) == 0o600
    backup = tmp_path / "config.json.bak"
    assert result.backup == str(backup) and backup.read_bytes() == OLD and mode_of(backup) == 0o600
    assert leftovers(tmp_path) == []


def test_wider_mode_is_kept_but_reported(tmp_path):
    path = tmp_path / "config.json"
    path.write_bytes(OLD)
    os.chmod(path, 0o644)
    result = write_config(str(path), NEW)
    assert mode_of(path) == 0o644
    assert any("0644" in note and "MEP005" in note for note in result.notes)


@pytest.mark.skipif(os.geteuid() != 0, reason="changing a file's owner needs root")
def test_owner_and_group_are_kept_when_written_by_root(tmp_path):
    import pwd

    nobody = pwd.getpwnam("nobody")
    path = tmp_path / "config.json"
    path.write_bytes(OLD)
    os.chown(path, nobody.pw_uid, nobody.pw_gid)
    os.chmod(path, 0o640)
    write_config(str(path), NEW)
    info = os.stat(path)
    assert (info.st_uid, info.st_gid) == (nobody.pw_uid, nobody.pw_gid)
    backup = os.stat(tmp_path / "config.json.bak")
    assert (backup.st_uid, backup.st_gid) == (nobody.pw_uid, nobody.pw_gid)


def test_symlinked_target_is_refused(tmp_path):
    real = tmp_path / "real.json"
    real.write_bytes(OLD)
    link = tmp_path / "config.json"
    link.symlink_to(real)
    with pytest.raises(UsageError, match="symbolic link"):
        write_config(str(link), NEW)
    assert real.read_bytes() == OLD


def test_directory_and_missing_folder_are_refused(tmp_path):
    with pytest.raises(UsageError, match="not a regular file"):
        write_config(str(tmp_path), NEW)
    with pytest.raises(UsageError, match="does not exist"):
        write_config(str(tmp_path / "no" / "config.json"), NEW)


def test_failure_between_write_and_rename_leaves_the_original(tmp_path, monkeypatch):
    path = tmp_path / "config.json"
    path.write_bytes(OLD)
    real_replace = os.replace

    def fail_on_target(src, dst):
        if dst == str(path):
            raise OSError(errno.EIO, "simulated I/O error")
        return real_replace(src, dst)

    monkeypatch.setattr(write_module.os, "replace", fail_on_target)
    with pytest.raises(OSError):
        write_config(str(path), NEW)
    assert path.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_ctrl_c_while_writing_the_temporary_file_leaves_the_original(tmp_path, monkeypatch):
    path = tmp_path / "config.json"
    path.write_bytes(OLD)
    real_fsync = os.fsync
    calls = []

    def interrupt(fd):
        calls.append(fd)
        if len(calls) == 2:  # the .bak is done; interrupt the new file's fsync
            raise KeyboardInterrupt
        return real_fsync(fd)

    monkeypatch.setattr(write_module.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_config(str(path), NEW)
    assert path.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_bind_mounted_file_is_rewritten_in_place_after_the_backup(tmp_path, monkeypatch):
    path = tmp_path / "config.json"
    path.write_bytes(OLD + b" " * 10)
    inode = os.stat(path).st_ino
    real_replace = os.replace

    def busy(src, dst):
        if dst == str(path):
            raise OSError(errno.EBUSY, "Device or resource busy")
        return real_replace(src, dst)

    monkeypatch.setattr(write_module.os, "replace", busy)
    result = write_config(str(path), NEW)
    assert path.read_bytes() == NEW  # truncated to the new length
    assert os.stat(path).st_ino == inode
    assert (tmp_path / "config.json.bak").read_bytes() == OLD + b" " * 10
    assert any("bind-mounted" in note for note in result.notes)
    assert leftovers(tmp_path) == []
