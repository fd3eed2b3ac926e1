"""Chinese errors and status lines outside the checks: usage errors, refusals and `wrote FILE`.

The fixed prefixes (`mindie-ep: error: `, `mindie-ep: note: `) never change, nor do the paths,
flags and values a message names; the words after the prefix follow the language, and the
English stays exactly as it was.
"""

from __future__ import annotations

import os
import shutil

from conftest import CJK, EN_ENV, STOCK, ZH_ENV, run_cli

ENTRY = "BackendConfig.ModelDeployConfig.ModelConfig[0]"


def _usage_error(result) -> str:
    """The text after `mindie-ep: error: ` of a command that stopped with exit code 2."""
    assert result.returncode == 2, result.stderr.decode()
    err = result.stderr.decode()
    assert err.startswith("mindie-ep: error: ") and err.endswith("\n"), err
    return err[len("mindie-ep: error: "):-1]


def _copy_of_stock(tmp_path):
    target = tmp_path / "config.json"
    shutil.copy(STOCK, target)
    os.chmod(target, 0o640)
    return target


def test_a_glob_that_matches_nothing_is_reported_in_chinese_with_the_pattern_unchanged(tmp_path):
    pattern = str(tmp_path / "nothing-*.json")
    chinese = _usage_error(run_cli("lint", "--lang", "zh", pattern))
    assert chinese == f"{pattern}：没有文件匹配该模式"
    english = _usage_error(run_cli("lint", pattern, env=EN_ENV))
    assert english == f"{pattern}: no file matches this pattern"


def test_a_zh_locale_alone_is_enough_and_lang_en_overrides_it(tmp_path):
    missing = str(tmp_path / "missing.toml")
    assert _usage_error(run_cli("lint", "--config", missing, str(STOCK), env=ZH_ENV)) == \
        f"--config {missing}：文件不存在"
    assert _usage_error(run_cli("lint", "--lang", "en", "--config", missing, str(STOCK),
                                env=ZH_ENV)) == f"--config {missing}: no such file"


def test_set_without_an_equals_sign_says_so_in_chinese_and_keeps_the_example_key(tmp_path):
    config = _copy_of_stock(tmp_path)
    chinese = _usage_error(run_cli("set", "--lang", "zh", str(config), "notakeyvalue"))
    assert chinese.startswith("'notakeyvalue'：应写成 KEY=VALUE，例如 ")
    assert chinese.endswith(f"{ENTRY}.moe_ep=8")
    english = _usage_error(run_cli("set", str(config), "notakeyvalue", env=EN_ENV))
    assert english == f"'notakeyvalue': write KEY=VALUE, e.g. {ENTRY}.moe_ep=8"


def test_an_invalid_settings_file_is_reported_in_chinese(tmp_path):
    settings = tmp_path / ".mindie-ep.toml"
    settings.write_text("nodes = 0\n")
    chinese = _usage_error(run_cli("lint", "--lang", "zh", str(STOCK), cwd=tmp_path))
    assert chinese == f"{settings}：nodes 必须是不小于 1 的整数"
    settings.write_text("colour = 1\n")
    chinese = _usage_error(run_cli("lint", "--lang", "zh", str(STOCK), cwd=tmp_path))
    assert chinese.startswith(f"{settings}：未知的设置项 colour；可用的设置项为 ")
    english = _usage_error(run_cli("lint", str(STOCK), cwd=tmp_path, env=EN_ENV))
    assert english.startswith(f"{settings}: unknown setting colour; the settings are ")


def test_an_unknown_rule_suggests_the_closest_code_in_chinese():
    chinese = _usage_error(run_cli("explain", "--lang", "zh", "MEP2O2"))
    assert chinese.startswith("未知的规则 'MEP2O2'；你是否想找 MEP202")
    assert chinese.endswith("（`mindie-ep rules` 会列出所有规则）")


def test_a_refused_set_and_a_written_set_report_in_chinese(tmp_path):
    config = _copy_of_stock(tmp_path)
    refused = run_cli("set", "--lang", "zh", str(config), f"{ENTRY}.moe_ep=8")
    assert refused.returncode == 1
    last = refused.stderr.decode().splitlines()[-1]
    assert last == (f"mindie-ep: error: 拒绝写入 {config}：此次修改会新增 1 个错误（见上文）；"
                    "使用 --force 可强制写入")
    written = run_cli("set", "--lang", "zh", str(config), f"{ENTRY}.modelName=DeepSeek-R1")
    assert written.returncode == 0, written.stderr.decode()
    assert written.stderr.decode() == \
        f"已设置 1 个配置项：已写入 {config}（原文件备份为 {config}.bak）\n"
    again = run_cli("set", "--lang", "zh", str(config), f"{ENTRY}.modelName=DeepSeek-R1")
    assert again.returncode == 0 and again.stderr.decode() == f"{config} 中已是这些值；无需修改\n"


def test_the_english_status_line_of_set_is_unchanged(tmp_path):
    config = _copy_of_stock(tmp_path)
    written = run_cli("set", str(config), f"{ENTRY}.modelName=DeepSeek-R1", env=EN_ENV)
    assert written.returncode == 0, written.stderr.decode()
    assert written.stderr.decode() == \
        f"set 1 key(s): wrote {config} (previous version: {config}.bak)\n"
    assert not CJK.search(written.stderr.decode())


def test_a_missing_config_and_a_directory_are_reported_in_chinese(tmp_path):
    missing = str(tmp_path / "config.json")
    assert _usage_error(run_cli("lint", "--lang", "zh", missing)) == f"{missing}：文件不存在"
    assert _usage_error(run_cli("show", "--lang", "zh", missing)) == f"{missing}：文件不存在"
    assert _usage_error(run_cli("lint", missing, env=EN_ENV)) == f"{missing}: no such file"
    assert _usage_error(run_cli("show", "--lang", "zh", str(tmp_path))) == \
        f"{tmp_path}：是目录，不是配置文件"


def test_a_bad_key_path_of_set_is_reported_in_chinese(tmp_path):
    target = _copy_of_stock(tmp_path)
    assert _usage_error(run_cli("set", "--lang", "zh", str(target), "a..b=1")) == \
        "无法解析配置项路径 'a..b'，问题位于 '..' 附近"
