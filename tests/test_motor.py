"""MindIE-Motor user_config.json: recognised once (MEP006), and the embedded prefill and decode
server settings checked as partial configs on the NPUs `deploy_config` gives each instance."""

from __future__ import annotations

import json

from conftest import CORPUS, json_output, run_cli
from helpers import line_of

A2 = CORPUS / "23-motor-pd-a2-user-config.json"
DECODE = "/mindie_server_decode_config/BackendConfig/ModelDeployConfig/ModelConfig/0"
PREFILL = "/mindie_server_prefill_config/BackendConfig/ModelDeployConfig/ModelConfig/0"


def lint(path, *flags):
    result = run_cli("lint", "-f", "json", *flags, str(path))
    return result, json_output(result)["files"][0]["diagnostics"]


def edited(tmp_path, change) -> tuple:
    config = json.loads(A2.read_text())
    change(config)
    path = tmp_path / "user_config.json"
    text = json.dumps(config, indent=2)
    path.write_text(text)
    return path, text


def test_the_published_motor_files_have_no_error():
    for path in sorted(CORPUS.glob("2[34]-*.json")):
        result, diagnostics = lint(path)
        assert result.returncode == 0
        assert diagnostics[0]["code"] == "MEP006" and diagnostics[0]["severity"] == "info"
        assert not [d for d in diagnostics if d["code"] == "MEP101"]


def test_a_mistake_in_the_decode_settings_is_found_where_it_is(tmp_path):
    def set_moe_tp(config):
        entry = config["mindie_server_decode_config"]["BackendConfig"]["ModelDeployConfig"][
            "ModelConfig"][0]
        entry["moe_tp"] = 2
    path, text = edited(tmp_path, set_moe_tp)
    result, diagnostics = lint(path)
    assert result.returncode == 1
    (mep211,) = [d for d in diagnostics if d["code"] == "MEP211"]
    assert mep211["pointer"] == f"{DECODE}/moe_tp"
    assert mep211["line"] == line_of(text, '"moe_tp": 2')
    assert mep211["related"][0]["pointer"] == f"{DECODE}/models/deepseekv2/ep_level"


def test_the_instance_size_comes_from_deploy_config(tmp_path):
    def fewer_decode_pods(config):
        config["deploy_config"]["single_d_instance_pod_num"] = 4  # 32 NPUs for dp 64
    path, _ = edited(tmp_path, fewer_decode_pods)
    result, diagnostics = lint(path)
    mep303 = [d for d in diagnostics if d["code"] == "MEP303"]
    assert mep303 and mep303[0]["pointer"].startswith(DECODE)
    assert "the world size is 32" in mep303[0]["message"]


def test_fixes_reach_into_the_sections(tmp_path):
    def drop_moe_tp(config):
        entry = config["mindie_server_prefill_config"]["BackendConfig"]["ModelDeployConfig"][
            "ModelConfig"][0]
        del entry["moe_tp"]  # dp 2 x tp 8 with moe_ep 4: moe_tp defaults to tp = 8, 4 x 8 != 16
    path, _ = edited(tmp_path, drop_moe_tp)
    result, diagnostics = lint(path)
    assert [d["pointer"] for d in diagnostics if d["code"] == "MEP301"] == [f"{PREFILL}/moe_ep"]
    run_cli("lint", "--fix", str(path))
    fixed = json.loads(path.read_text())
    entry = fixed["mindie_server_prefill_config"]["BackendConfig"]["ModelDeployConfig"][
        "ModelConfig"][0]
    assert entry["moe_tp"] == 4
    assert lint(path)[0].returncode == 0
