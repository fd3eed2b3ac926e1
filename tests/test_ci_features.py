"""Runbooks and CI: output formats, rule selection, project settings and suppressions, inputs,
`--fix`, and cross-node consistency."""

from __future__ import annotations

import json
import os
import shutil
import stat

import jsonschema
import pytest

from conftest import ROOT, SHARED, STOCK, json_output, run_cli
from helpers import MODEL_CONFIG, dumps, full_config, untouched_lines_kept

EXAMPLE = "examples/ep-level1-mistakes.json"
FORMATS = ("text", "concise", "json", "sarif", "github")
SARIF_SCHEMA = json.loads((SHARED / "schemas" / "sarif-schema-2.1.0.json").read_text())


def codes_of(result) -> list[str]:
    return [d["code"] for f in json_output(result)["files"] for d in f["diagnostics"]]


# -- formats -----------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_matches_its_snapshot(fmt):
    result = run_cli("lint", "--format", fmt, "--color", "never", EXAMPLE, cwd=ROOT)
    assert result.returncode == 1
    expected = (ROOT / "tests" / "snapshots" / f"lint.{fmt}").read_text(encoding="utf-8")
    assert result.stdout.decode() == expected


def every_family_config(tmp_path):
    """Two node configs with findings from every rule family (MEP0xx to MEP5xx)."""
    config = full_config({"moe_ep": 8, "moepp": 1, "models": {"deepseekv2": {
        "ep_level": 1, "topk_scaling_factor": 0.25}}}, schedule={"maxPrefillTokens": 10},
        deploy={"maxInputTokenLen": 100, "maxSeqLen": 200})
    text = dumps(config).replace('"Version": "1.0.0",', '"Version": "1.0.0", // note\n'
                                 '    "Version": "1.0.0",')
    first, second = tmp_path / "node1.json", tmp_path / "node2.json"
    first.write_text(text)
    config[ "BackendConfig"]["tokenizerProcessNumber"] = 4
    second.write_text(dumps(config))
    return first, second


def test_sarif_with_every_rule_family_is_valid_sarif_2_1_0(tmp_path):
    first, second = every_family_config(tmp_path)
    result = run_cli("lint", "--format", "sarif", "--cluster", str(first), str(second))
    document = json.loads(result.stdout)
    jsonschema.Draft7Validator(SARIF_SCHEMA).validate(document)
    run = document["runs"][0]
    families = {r["ruleId"][:4] for r in run["results"]}
    assert families >= {"MEP0", "MEP1", "MEP2", "MEP3", "MEP4", "MEP5"}
    ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    for result_ in run["results"]:
        assert ids[result_["ruleIndex"]] == result_["ruleId"]
        assert len(result_["partialFingerprints"]["mindieEp/v1"]) == 32
    mep202 = next(r for r in run["results"] if r["ruleId"] == "MEP202")
    assert mep202["relatedLocations"][0]["message"]["text"].startswith("enable_init_routing_cutoff")
    assert mep202["locations"][0]["logicalLocations"][0]["fullyQualifiedName"].endswith(
        "/topk_scaling_factor")


def test_sarif_fingerprints_survive_moved_lines(tmp_path):
    path = tmp_path / "c.json"
    text = dumps(full_config({"moe_ep": 8}))
    path.write_text(text)
    before = json.loads(run_cli("lint", "-f", "sarif", str(path)).stdout)
    path.write_text("\n\n" + text)
    after = json.loads(run_cli("lint", "-f", "sarif", str(path)).stdout)
    prints = [[r["partialFingerprints"] for r in doc["runs"][0]["results"]] for doc in (before, after)]
    lines = [[r["locations"][0]["physicalLocation"]["region"]["startLine"]
              for r in doc["runs"][0]["results"]] for doc in (before, after)]
    assert prints[0] == prints[1] and lines[0] != lines[1]


def test_github_annotations_escape_their_data(tmp_path):
    path = tmp_path / "a,b:c.json"
    path.write_text('{"Version": "1%\\n0", "ServerConfig": {}, "BackendConfig": {}}')
    out = run_cli("lint", "-f", "github", str(path)).stdout.decode()
    line = next(l for l in out.splitlines() if "title=MEP106" in l)
    assert line.startswith("::warning file=") and "a%2Cb%3Ac.json" in line
    assert "%25" in line and "\n" not in line


def test_report_writes_extra_formats_in_the_same_run(tmp_path):
    sarif, concise = tmp_path / "out.sarif", tmp_path / "out.txt"
    result = run_cli("lint", "-f", "json", "--report", f"sarif={sarif}",
                     "--report", f"concise={concise}", str(ROOT / EXAMPLE))
    assert result.returncode == 1
    assert json.loads(sarif.read_text())["version"] == "2.1.0"
    assert concise.read_text().count("MEP") == len(codes_of(result))
    bad = run_cli("lint", "--report", "xml=out.xml", str(STOCK))
    assert bad.returncode == 2 and "FORMAT=PATH" in bad.stderr.decode()


# -- selection and thresholds ------------------------------------------------------------------

def test_select_ignore_and_prefixes():
    example = str(ROOT / EXAMPLE)
    only_ep = codes_of(run_cli("lint", "-f", "json", "--select", "MEP2", example))
    assert only_ep and all(c.startswith("MEP2") for c in only_ep)
    some = codes_of(run_cli("lint", "-f", "json", "--select", "MEP202,MEP402", example))
    assert sorted(set(some)) == ["MEP202", "MEP402"]
    without = codes_of(run_cli("lint", "-f", "json", "--ignore", "MEP209", "--ignore", "MEP4",
                               example))
    assert "MEP209" not in without and not any(c.startswith("MEP4") for c in without)


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
def test_unknown_codes_are_exit_2(flag):
    result = run_cli("lint", flag, "MEP999", str(STOCK))
    assert result.returncode == 2 and "unknown rule code" in result.stderr.decode()


def test_severity_overrides(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(dumps(full_config({"moe_ep": 4, "tp": 2, "dp": 4})))  # MEP302 warning only
    assert run_cli("lint", str(path)).returncode == 0
    raised = run_cli("lint", "-f", "json", "--severity", "MEP302=error", str(path))
    assert raised.returncode == 1
    assert json_output(raised)["files"][0]["diagnostics"][0]["severity"] == "error"
    assert run_cli("lint", "--severity", "MEP302", str(path)).returncode == 2


def test_fail_on_exit_zero_and_quiet(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(dumps(full_config({"moe_ep": 4, "tp": 2, "dp": 4})))
    assert run_cli("lint", "--fail-on", "warning", str(path)).returncode == 1
    assert run_cli("lint", "--fail-on", "never", str(ROOT / EXAMPLE)).returncode == 0
    assert run_cli("lint", "--exit-zero", str(ROOT / EXAMPLE)).returncode == 0
    quiet = run_cli("lint", "--quiet", str(ROOT / EXAMPLE))
    assert quiet.returncode == 1 and quiet.stdout == b""
    assert run_cli("lint", "--exit-zero", str(tmp_path / "missing.json")).returncode == 2


# -- project settings and suppressions ---------------------------------------------------------

TWO_NODES = full_config({"dp": 2, "tp": 8, "moe_ep": 16, "moe_tp": 1,
                         "models": {"deepseekv2": {"ep_level": 2}}}, world_size=8, multi_node=True)
SUPPRESS = '''
[[suppress]]
code = "MEP214"
pointer = "/BackendConfig/ModelDeployConfig/ModelConfig/*/models/deepseekv2/ep_level"
reason = "both nodes hang off the same leaf switch"
'''


@pytest.fixture
def project(tmp_path):
    (tmp_path / "nodes" / "deep").mkdir(parents=True)
    (tmp_path / "nodes" / "config.json").write_text(dumps(TWO_NODES))
    return tmp_path


def lint_in(folder, *args):
    return run_cli("lint", "-f", "json", *args, cwd=folder)


def test_settings_are_found_from_a_subfolder_upwards(project):
    assert "MEP309" in codes_of(lint_in(project, "nodes/config.json"))
    (project / ".mindie-ep.toml").write_text('nodes = 2\nignore = ["MEP407"]\n')
    found = codes_of(lint_in(project / "nodes" / "deep", "../config.json"))
    assert "MEP309" not in found and "MEP214" in found


def test_pyproject_and_explicit_config(project):
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.mindie-ep]\nnodes = 2\n'
                                            '[tool.mindie-ep.severity]\nMEP214 = "error"\n')
    result = lint_in(project, "nodes/config.json")
    assert result.returncode == 1  # MEP214 made an error
    other = project / "other.toml"
    other.write_text("nodes = 2\n")
    assert lint_in(project, "--config", str(other), "nodes/config.json").returncode == 0
    assert lint_in(project, "--config", str(project / "none.toml"), "nodes/config.json").returncode == 2


def test_suppressions_need_a_reason_match_by_glob_and_report_unused_ones(project):
    settings = project / ".mindie-ep.toml"
    settings.write_text("nodes = 2\n" + SUPPRESS)
    assert "MEP214" not in codes_of(lint_in(project, "nodes/config.json"))
    assert "MEP214" in codes_of(lint_in(project, "--no-suppressions", "nodes/config.json"))
    settings.write_text("nodes = 2\n" + SUPPRESS.replace("MEP214", "MEP211"))
    document = json_output(lint_in(project, "nodes/config.json"))
    unused = [(f["path"], d) for f in document["files"] for d in f["diagnostics"]
              if d["code"] == "MEP007"]
    assert len(unused) == 1 and unused[0][0].endswith(".mindie-ep.toml")
    assert unused[0][1]["line"] == 3 and "MEP211" in unused[0][1]["message"]
    settings.write_text(SUPPRESS.replace('reason = "both nodes hang off the same leaf switch"\n', ""))
    result = lint_in(project, "nodes/config.json")
    assert result.returncode == 2 and "needs a reason" in result.stderr.decode()


@pytest.mark.parametrize("text,words", [
    ("nodse = 2\n", "unknown setting nodse"),
    ("nodes = [\n", "not valid TOML"),
    ('ignore = ["MEP999"]\n', "unknown rule code"),
    ('[severity]\nMEP214 = "fatal"\n', "severity must be"),
])
def test_bad_settings_are_exit_2(project, text, words):
    (project / ".mindie-ep.toml").write_text(text)
    result = lint_in(project, "nodes/config.json")
    assert result.returncode == 2 and words in result.stderr.decode()


# -- inputs ------------------------------------------------------------------------------------

def test_folders_and_globs_in_a_stable_order(project):
    (project / "nodes" / "deep" / "config-b.json").write_text(STOCK.read_text())
    (project / "nodes" / "deep" / "config-a.json").write_text(STOCK.read_text())
    (project / "nodes" / "ranktable.json").write_text("{}")
    (project / "nodes" / ".hidden").mkdir()
    (project / "nodes" / ".hidden" / "config.json").write_text("{}")
    by_folder = [f["path"] for f in json_output(lint_in(project, "nodes"))["files"]]
    assert by_folder == ["nodes/config.json", "nodes/deep/config-a.json", "nodes/deep/config-b.json"]
    by_glob = [f["path"] for f in json_output(lint_in(project, "**/config*.json"))["files"]]
    assert by_glob == by_folder
    twice = [f["path"] for f in json_output(lint_in(project, "nodes/config.json",
                                                    "./nodes/config.json"))["files"]]
    assert twice == ["nodes/config.json"]


def test_nothing_matched_is_exit_2(project):
    (project / "empty").mkdir()
    for argument in ("empty", "**/nothing*.json"):
        result = lint_in(project, argument)
        assert result.returncode == 2 and "no " in result.stderr.decode()


# -- --fix -------------------------------------------------------------------------------------

def write(tmp_path, config, name="c.json") -> tuple:
    path = tmp_path / name
    text = dumps(config)
    path.write_text(text)
    return path, text


def fixed(tmp_path, config, *flags):
    path, before = write(tmp_path, config)
    result = run_cli("lint", "--fix", "-f", "json", *flags, str(path))
    return path, before, path.read_text(), result


ENTRY = MODEL_CONFIG


@pytest.mark.parametrize("model,check", [
    ({"moe_ep": 8, "models": {"deepseekv2": {"ep_level": 2, "alltoall_ep_buffer_scale_factors":
                                             [[0, 8.0], [32768, 3.0], [8192, 5.2]]}}},
     lambda e: e["models"]["deepseekv2"]["alltoall_ep_buffer_scale_factors"]
     == [[32768, 3.0], [8192, 5.2], [0, 8.0]] and e["moe_tp"] == 1),           # MEP206, MEP301
    ({"moe_ep": 4, "tp": 2, "dp": 4}, lambda e: e["moe_tp"] == 2),                        # MEP302
])
def test_safe_fixes(tmp_path, model, check):
    path, before, after, result = fixed(tmp_path, full_config(model))
    assert check(json.loads(after)["BackendConfig"]["ModelDeployConfig"]["ModelConfig"][0])
    assert not [d for d in json_output(result)["files"][0]["diagnostics"]
                if d["fix"] is not None and d["fix"]["safe"]]
    assert (tmp_path / "c.json.bak").read_text() == before


def test_version_fix_changes_only_that_line(tmp_path):
    config = full_config({})
    config["Version"] = "1.1.0"
    path, before, after, result = fixed(tmp_path, config)
    assert after == before.replace('"Version": "1.1.0"', '"Version": "1.0.0"')
    assert result.returncode == 0


def test_mode_fix_tightens_to_0640(tmp_path):
    path, before = write(tmp_path, full_config({}))
    os.chmod(path, 0o664)
    result = run_cli("lint", "--fix", "--check-permissions", "--server-user", str(os.getuid()),
                     str(path))
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert result.returncode == 0 and path.read_text() == before


@pytest.mark.parametrize("model,check", [
    ({"moe_ep": 8, "moe_tp": 1, "models": {"deepseekv2": {"ep_level": 1,
                                                          "topk_scaling_factor": 0.25}}},
     lambda b: b["enable_init_routing_cutoff"] is True),                          # MEP202
    ({"moe_ep": 8, "moe_tp": 1, "models": {"deepseekv2": {"ep_level": 2, "lm_head_local_tp": 4}}},
     lambda b: b["parallel_options"] == {"lm_head_local_tp": 4} and "lm_head_local_tp" not in b),
    ({"moe_ep": 8, "moe_tp": 1, "models": {"deepseekv2": {
        "ep_level": 1, "alltoall_ep_buffer_scale_factors": [[0, 8.0]]}}},
     lambda b: "alltoall_ep_buffer_scale_factors" not in b),                    # MEP208
    ({"moe_ep": 8, "moe_tp": 1, "models": {"deepseekv2": {
        "ep_level": 2, "enable_init_routing_cutoff": True, "topk_scaling_factor": 0.5}}},
     lambda b: b == {"ep_level": 2}),                                             # MEP203
    ({"models": {"deepseekv2": {"ep_level": 2}}}, lambda b: b == {}),            # MEP210
])
def test_unsafe_fixes_need_the_flag(tmp_path, model, check):
    path, before, after, _ = fixed(tmp_path, full_config(model))
    assert after == before  # nothing safe to do
    path, before, after, result = fixed(tmp_path, full_config(model), "--unsafe-fixes")
    assert check(json.loads(after)["BackendConfig"]["ModelDeployConfig"]["ModelConfig"][0]
                 ["models"]["deepseekv2"])


def test_diff_prints_the_fixes_and_writes_nothing(tmp_path):
    path, before = write(tmp_path, full_config({"moe_ep": 4, "tp": 2, "dp": 4}))
    result = run_cli("lint", "--diff", str(path))
    assert '+                    "moe_tp": 2' in result.stdout.decode()
    assert path.read_text() == before and not (tmp_path / "c.json.bak").exists()


def test_fixing_everything_fixable_leaves_only_the_unfixable(tmp_path):
    config = full_config({"moe_ep": 8, "tp": 1, "dp": 8, "lm_head_local_tp": 2, "models": {"deepseekv2": {
        "ep_level": 1, "topk_scaling_factor": 0.25, "lm_head_local_tp": 4,
        "alltoall_ep_buffer_scale_factors": [[0, 8.0], [8192, 5.2]]}}},
        schedule={"maxPrefillTokens": 100})
    config["Version"] = "1.1.0"
    path, before = write(tmp_path, config)
    unfixable_before = [d["code"] for d in json_output(run_cli("lint", "-f", "json", str(path)))
                        ["files"][0]["diagnostics"] if d["fix"] is None]
    result = run_cli("lint", "--fix", "--unsafe-fixes", "-f", "json", str(path))
    left = json_output(result)["files"][0]["diagnostics"]
    assert [d for d in left if d["fix"] is not None] == []
    assert sorted(d["code"] for d in left) == sorted(c for c in unfixable_before if c != "MEP209")
    after = path.read_text()
    changed = ("Version", "moe_tp", "enable_init_routing_cutoff", "parallel_options",
               "lm_head_local_tp", "alltoall_ep_buffer_scale_factors", "topk_scaling_factor",
               "ep_level")
    untouched_lines_kept(before, after, changed, fragments=("[0, 8.0]", "[8192, 5.2]", "]"))


# -- --cluster ---------------------------------------------------------------------------------

def test_cluster_reports_every_differing_key_at_both_places(tmp_path):
    first, _ = write(tmp_path, TWO_NODES, "node1.json")
    changed = json.loads(json.dumps(TWO_NODES))
    changed["BackendConfig"]["ModelDeployConfig"]["ModelConfig"][0]["moe_tp"] = 2
    del changed["ServerConfig"]["metricsPort"]
    second, text = write(tmp_path, changed, "node2.json")
    result = run_cli("lint", "-f", "json", "--nodes", "2", "--cluster", str(first), str(second))
    files = json_output(result)["files"]
    assert [d for d in files[0]["diagnostics"] if d["code"] == "MEP501"] == []
    mismatches = [d for d in files[1]["diagnostics"] if d["code"] == "MEP501"]
    pointers = sorted(d["pointer"] for d in mismatches)
    assert pointers == ["/BackendConfig/ModelDeployConfig/ModelConfig/0/moe_tp", "/ServerConfig"]
    moe_tp = next(d for d in mismatches if d["pointer"].endswith("moe_tp"))
    assert moe_tp["related"][0]["path"] == str(first) and moe_tp["related"][0]["line"] > 1
    assert "is 2 here but 1 in" in moe_tp["message"]


def test_identical_cluster_is_quiet_and_one_file_is_not_a_cluster(tmp_path):
    first, _ = write(tmp_path, TWO_NODES, "node1.json")
    second, _ = write(tmp_path, TWO_NODES, "node2.json")
    result = run_cli("lint", "-f", "json", "--nodes", "2", "--cluster", str(first), str(second))
    assert "MEP501" not in codes_of(result)
    alone = run_cli("lint", "--cluster", str(first))
    assert alone.returncode == 2 and "at least two" in alone.stderr.decode()


def test_color_flag_and_no_color():
    example = str(ROOT / EXAMPLE)
    colored = run_cli("lint", "-f", "text", "--color", "always", example, env={"NO_COLOR": ""})
    assert b"\x1b[" in colored.stdout
    plain = run_cli("lint", "-f", "text", "--color", "never", example)
    assert b"\x1b[" not in plain.stdout
    auto = run_cli("lint", "-f", "text", example, env={"NO_COLOR": "1"})
    assert b"\x1b[" not in auto.stdout and b"error[MEP301]" in auto.stdout
