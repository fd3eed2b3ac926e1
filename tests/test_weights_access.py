"""MEP008: the weights folder and its config.json, checked on the host like MindIE does."""

from __future__ import annotations

import json
import os

import pytest

from helpers import MODEL_CONFIG, by_code, dumps, full_config
from mindie_ep_cli.engine import CheckOptions, check_document
from mindie_ep_cli.reader import parse_document, read_path
from mindie_ep_cli.schema.profiles import Profile


def weights(tmp_path, folder_mode=0o750, config_mode=0o640, config=None):
    folder = tmp_path / "weights"
    folder.mkdir()
    if config is not False:
        path = folder / "config.json"
        path.write_text(json.dumps(config or {"model_type": "deepseek_v3"}))
        os.chmod(path, config_mode)
    os.chmod(folder, folder_mode)
    return folder


def lint(tmp_path, folder, check=True, user=None):
    path = tmp_path / "config.json"
    path.write_text(dumps(full_config({"modelWeightPath": str(folder)})))
    os.chmod(path, 0o640)
    options = CheckOptions(profile=Profile("3.0", certain=True), env={}, check_permissions=check,
                           server_user=user or str(os.getuid()))
    return check_document(parse_document(read_path(str(path))), options)[0].diagnostics


def test_quiet_on_weights_as_mindie_wants_them(tmp_path):
    assert by_code(lint(tmp_path, weights(tmp_path)), "MEP008") == []


def test_wide_folder_and_config_modes(tmp_path):
    found = by_code(lint(tmp_path, weights(tmp_path, 0o755, 0o644)), "MEP008")
    assert [d.severity.label for d in found] == ["error", "error"]
    assert all(d.pointer == f"{MODEL_CONFIG}/modelWeightPath" for d in found)
    assert "0755, wider than 0750" in found[0].message and "chmod 750" in found[0].help
    assert "0644, wider than 0640" in found[1].message


def test_missing_config_and_model_type(tmp_path):
    assert "has no config.json" in by_code(lint(tmp_path, weights(tmp_path, config=False)),
                                           "MEP008")[0].message


@pytest.mark.parametrize("config", [{"architectures": ["X"]}, {"model_type": ""}])
def test_config_without_model_type(tmp_path, config):
    (finding,) = by_code(lint(tmp_path, weights(tmp_path, config=config)), "MEP008")
    assert "has no model_type" in finding.message


def test_another_owner(tmp_path):
    found = by_code(lint(tmp_path, weights(tmp_path), user=str(os.getuid() + 4242)), "MEP008")
    assert len(found) == 2 and all("is owned by" in d.message for d in found)


def test_only_with_permission_checks_and_local_weights(tmp_path):
    folder = weights(tmp_path, 0o777, 0o666)
    assert by_code(lint(tmp_path, folder, check=False), "MEP008") == []
    assert by_code(lint(tmp_path, tmp_path / "not-here"), "MEP008") == []
