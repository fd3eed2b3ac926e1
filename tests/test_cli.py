"""The command line as a user meets it: exit codes, inputs, output formats, the JSON contract."""

from __future__ import annotations

import json
import os
import sys

from conftest import CORPUS, STOCK, json_output, run_cli

MISTAKES = '''{
    "ServerConfig": {"port": 1025},
    "BackendConfig": {}
}
'''


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.decode().strip() == "mindie-ep 0.1.0"


def test_stock_config_is_clean():
    result = run_cli("lint", "--format", "json", str(STOCK))
    assert result.returncode == 0, result.stdout.decode()
    document = json_output(result)
    assert document["summary"] == {"files": 1, "errors": 0, "warnings": 0, "infos": 0}


def test_errors_exit_1_and_warnings_alone_exit_0(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(MISTAKES)
    assert run_cli("lint", str(bad)).returncode == 1
    old = CORPUS / "28-autodl-original-config-version-1.1.0.json"  # warnings and infos only
    result = run_cli("lint", "--mindie-version", "2.x", "--format", "json", str(old))
    summary = json_output(result)["summary"]
    assert summary["errors"] == 0 and summary["warnings"] > 0
    assert result.returncode == 0
    assert run_cli("lint", "--mindie-version", "2.x", "--fail-on", "warning", str(old)).returncode == 1
    assert run_cli("lint", "--fail-on", "never", str(bad)).returncode == 0


def test_missing_file_is_exit_2_with_a_message_and_no_traceback(tmp_path):
    result = run_cli("lint", str(tmp_path / "nope.json"))
    assert result.returncode == 2
    err = result.stderr.decode()
    assert "no such file" in err and "Traceback" not in err


def test_a_missing_file_among_good_ones_still_reports_the_others(tmp_path):
    result = run_cli("lint", "--format", "json", str(STOCK), str(tmp_path / "nope.json"))
    assert result.returncode == 2
    assert [f["path"] for f in json_output(result)["files"]] == [str(STOCK)]


def test_unknown_option_is_exit_2():
    result = run_cli("lint", "--no-such-option", str(STOCK))
    assert result.returncode == 2


def test_stdin_and_stdin_filename():
    result = run_cli("lint", "--format", "json", "-", input=MISTAKES)
    assert result.returncode == 1
    assert json_output(result)["files"][0]["path"] == "<stdin>"
    result = run_cli("lint", "--format", "json", "--stdin-filename", "conf/config.json", "-",
                     input=MISTAKES)
    assert json_output(result)["files"][0]["path"] == "conf/config.json"


def test_several_files_keep_their_order_and_are_summed(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(MISTAKES)
    result = run_cli("lint", "--format", "json", str(bad), str(STOCK))
    document = json_output(result)
    assert [f["path"] for f in document["files"]] == [str(bad), str(STOCK)]
    errors = sum(1 for f in document["files"] for d in f["diagnostics"] if d["severity"] == "error")
    assert document["summary"]["files"] == 2 and document["summary"]["errors"] == errors > 0


def test_json_contract_field_for_field(tmp_path):
    path = tmp_path / "c.json"
    config = json.loads(STOCK.read_text())
    entry = config["BackendConfig"]["ModelDeployConfig"]["ModelConfig"][0]
    entry.update({"worldSize": 4, "moe_ep": 4, "moe_tp": 1,
                  "models": {"deepseekv2": {"ep_level": 1, "topk_scaling_factor": 0.25}}})
    text = json.dumps(config, indent=4)
    path.write_text(text)
    document = json_output(run_cli("lint", "--format", "json", str(path)))
    assert list(document) == ["version", "tool", "files", "summary"]
    assert document["version"] == 1
    assert document["tool"] == {"name": "mindie-ep", "version": "0.1.0"}
    assert list(document["files"][0]) == ["path", "diagnostics"]
    assert list(document["summary"]) == ["files", "errors", "warnings", "infos"]
    (diagnostic,) = [d for d in document["files"][0]["diagnostics"] if d["code"] == "MEP202"]
    assert list(diagnostic) == ["code", "name", "severity", "message", "pointer", "line", "column",
                                "end_line", "end_column", "related", "help", "fix"]
    line = next(i for i, l in enumerate(text.splitlines(), 1) if "topk_scaling_factor" in l)
    column = text.splitlines()[line - 1].index("0.25") + 1
    assert diagnostic == {
        "code": "MEP202", "name": "topk-scaling-without-cutoff", "severity": "error",
        "message": diagnostic["message"],
        "pointer": "/BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2/topk_scaling_factor",
        "line": line, "column": column, "end_line": line, "end_column": column + 4,
        "related": [{"pointer": "/BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2",
                     "line": line - 2, "column": diagnostic["related"][0]["column"],
                     "message": "enable_init_routing_cutoff is not set here"}],
        "help": "set \"enable_init_routing_cutoff\": true (with ep_level 1), or remove "
                "topk_scaling_factor",
        "fix": {"description": "turn the routing cutoff on (\"enable_init_routing_cutoff\": true)",
                "safe": False,
                "edits": [{"pointer": "/BackendConfig/ModelDeployConfig/ModelConfig/0/models/"
                                      "deepseekv2/enable_init_routing_cutoff", "value": True}]},
    }
    assert diagnostic["message"].startswith("topk_scaling_factor 0.25 is ignored: "
                                            "enable_init_routing_cutoff is not true")


def test_diagnostics_are_sorted_by_line_column_code(tmp_path):
    path = tmp_path / "c.json"
    path.write_text('{"b": 1,\n "a": 2, "ServerConfig": {}, "BackendConfig": {}}')
    diagnostics = json_output(run_cli("lint", "-f", "json", str(path)))["files"][0]["diagnostics"]
    keys = [(d["line"], d["column"], d["code"]) for d in diagnostics]
    assert keys == sorted(keys)


def test_concise_is_the_default_off_a_terminal(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(MISTAKES)
    out = run_cli("lint", str(path)).stdout.decode().splitlines()
    assert out and all(line.startswith(f"{path}:") for line in out)
    assert out[0].split(": ", 1)[1].split(" ")[0].startswith("MEP")


def test_text_format_shows_source_caret_help_and_summary(tmp_path):
    path = tmp_path / "c.json"
    path.write_text('{\n  "Version" : "1.1.0",\n  "ServerConfig": {},\n  "BackendConfig": {}\n}\n')
    out = run_cli("lint", "-f", "text", str(path)).stdout.decode()
    assert "warning[MEP106] Version is \"1.1.0\"" in out
    assert f"--> {path}:2:15" in out
    assert '2 |   "Version" : "1.1.0",' in out
    assert "  | " + " " * 14 + "^^^^^^^\n" in out
    assert "= help: set \"Version\" : \"1.0.0\"" in out
    assert "= see: mindie-ep explain MEP106" in out
    assert out.rstrip().splitlines()[-1].startswith(f"{path}: ")


def test_no_path_and_no_live_config_names_where_it_looked(tmp_path):
    env = {"MINDIE_LLM_HOME_PATH": str(tmp_path / "install")}
    result = run_cli("lint", env=env)
    assert result.returncode == 2
    err = result.stderr.decode()
    assert str(tmp_path / "install" / "conf" / "config.json") in err
    assert "/usr/local/Ascend/mindie/latest/mindie-service/conf/config.json" in err


def test_no_path_lints_the_live_config_with_permission_checks(tmp_path):
    live = tmp_path / "conf" / "config.json"
    live.parent.mkdir()
    live.write_text(STOCK.read_text())
    os.chmod(live, 0o644)
    result = run_cli("lint", "-f", "json", "--server-user", str(os.getuid()),
                     env={"MIES_CONFIG_JSON_PATH": str(live)})
    document = json_output(result)
    assert document["files"][0]["path"] == str(live)
    assert [d["code"] for d in document["files"][0]["diagnostics"]] == ["MEP005"]
    os.chmod(live, 0o640)
    result = run_cli("lint", "-f", "json", "--server-user", str(os.getuid()),
                     env={"MIES_CONFIG_JSON_PATH": str(live)})
    assert result.returncode == 0 and json_output(result)["summary"]["errors"] == 0


def test_live_config_version_file_selects_the_profile(tmp_path):
    live = tmp_path / "mindie-service" / "conf" / "config.json"
    live.parent.mkdir(parents=True)
    old = CORPUS / "28-autodl-original-config-version-1.1.0.json"
    live.write_text(old.read_text())
    os.chmod(live, 0o640)
    env = {"MIES_CONFIG_JSON_PATH": str(live)}
    (tmp_path / "mindie-service" / "version.info").write_text("MindIE-LLM Version : 2.1.RC1\n")
    as_2x = json_output(run_cli("lint", "-f", "json", env=env))["files"][0]["diagnostics"]
    (tmp_path / "mindie-service" / "version.info").write_text("MindIE-LLM Version : 3.0.0\n")
    as_3 = json_output(run_cli("lint", "-f", "json", env=env))["files"][0]["diagnostics"]
    assert not [d for d in as_2x if d["code"] == "MEP101"]
    assert {d["severity"] for d in as_3 if d["code"] == "MEP101"} == {"error"}


def test_internal_error_is_one_line_exit_3_and_debug_shows_the_traceback(monkeypatch):
    from typer.testing import CliRunner

    import mindie_ep_cli.lint_run as lint_run
    from mindie_ep_cli.cli import app

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(lint_run, "check_document", broken)
    runner = CliRunner()
    result = runner.invoke(app, ["lint", str(STOCK)])
    assert result.exit_code == 3
    assert "internal error: RuntimeError: boom" in result.output
    assert "Traceback" not in result.output
    result = runner.invoke(app, ["lint", "--debug", str(STOCK)])
    assert isinstance(result.exception, RuntimeError)


def modules_imported_by(*argv: str) -> list[str]:
    """The top-level packages a `mindie-ep` run imports, seen from inside that process."""
    import subprocess

    code = (
        "import sys, runpy\n"
        f"sys.argv = ['mindie-ep', *{list(argv)!r}]\n"
        "try:\n    runpy.run_module('mindie_ep_cli', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "sys.stderr.write('IMPORTED:' + ','.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    return result.stderr.decode().split("IMPORTED:")[1].split(",")


def test_lint_never_imports_questionary_prompt_toolkit_or_rich_for_json():
    imported = modules_imported_by("lint", "--format", "json", str(STOCK))
    assert "mindie_ep_cli" in imported
    for heavy in ("questionary", "prompt_toolkit", "rich", "jsonschema", "pydantic"):
        assert heavy not in imported


def test_text_lint_does_not_import_questionary():
    imported = modules_imported_by("lint", "--format", "text", str(STOCK))
    assert "rich" in imported
    assert "questionary" not in imported and "prompt_toolkit" not in imported


def test_schema_command_prints_the_bundled_schema_with_3_0_requirements():
    result = run_cli("schema")
    assert result.returncode == 0
    printed = json.loads(result.stdout)
    server = printed["properties"]["ServerConfig"]
    assert "distDPServerEnabled" in server["required"]
    older = json.loads(run_cli("schema", "--mindie-version", "2.x").stdout)
    assert "distDPServerEnabled" not in older["properties"]["ServerConfig"].get("required", [])


def test_explain_and_rules():
    result = run_cli("explain", "MEP202")
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "MEP202 topk-scaling-without-cutoff" in out and "## Why it matters" in out
    assert run_cli("explain", "topk-scaling-without-cutoff").returncode == 0
    unknown = run_cli("explain", "MEP2O2")
    assert unknown.returncode == 2 and "did you mean MEP202" in unknown.stderr.decode()
    rules = json.loads(run_cli("rules", "--format", "json").stdout)
    assert {"code": "MEP202", "name": "topk-scaling-without-cutoff", "severity": "error"}.items() \
        <= next(r for r in rules if r["code"] == "MEP202").items()
    text = run_cli("rules").stdout.decode()
    assert text.splitlines()[0].startswith("MEP001  invalid-json")


def test_python_m_and_console_script_agree():
    import shutil

    script = shutil.which("mindie-ep", path=os.path.dirname(sys.executable))
    assert script, "the console script is not installed next to the interpreter"
    import subprocess

    result = subprocess.run([script, "--version"], capture_output=True, timeout=60)
    assert result.stdout.decode().strip() == "mindie-ep 0.1.0"
