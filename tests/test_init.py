"""`mindie-ep init` without a terminal: presets, workloads, updates of existing files, the
precedence of answers, and the property that it never writes a config lint rejects."""

from __future__ import annotations

import json
import os
import shutil
import stat

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT, STOCK, run_cli
from helpers import errors, lint_text, untouched_lines_kept
from mindie_ep_cli.errors import UsageError
from mindie_ep_cli.wizard.facts import HARDWARE, MODELS, attention_layouts, fit_problem, static_moe_layouts
from mindie_ep_cli.wizard.run import InitRequest, run_init

PRESETS = sorted(p.stem for p in (ROOT / "templates" / "presets").glob("*.json"))
WEIGHTS = "/data/weights/DeepSeek-R1_w8a8"

# Layouts of MindIE reference section 4 (and 3.3), copied from the reference independently of the
# presets: (hardware, nodes) -> accepted (W, dp, tp, moe_ep, moe_tp, ep_level) rows.
REFERENCE_LAYOUTS = {
    ("a3", 1): {(16, 2, 8, 4, 4, 1), (16, 2, 8, 16, 1, 2)},      # A3_single.md; R1 README
    ("a2", 2): {(16, 2, 8, 4, 4, 1)},                            # A2_double_machine.md
    ("a2", 4): {(32, 8, 4, 32, 1, 2)},                           # kimi_k2 README
    ("a2", 1): {(8, 1, 8, 8, 1, 2)},                             # EP guide ep_level 2, completed
    ("a3", 2): {(32, 4, 8, 32, 1, 2)},                           # deepseek_v3.2.md two A3 nodes
}


def entry(config: dict) -> dict:
    return config["BackendConfig"]["ModelDeployConfig"]["ModelConfig"][0]


def init(tmp_path, *args, name="c.json"):
    output = tmp_path / name
    result = run_cli("init", "--non-interactive", "-o", str(output), *args)
    return result, output


def layout_of(config: dict, nodes: int) -> tuple:
    e = entry(config)
    level = e.get("models", {}).get("deepseekv2", {}).get("ep_level")
    return (e["worldSize"] * nodes, e["dp"], e["tp"], e["moe_ep"], e["moe_tp"], level)


@pytest.mark.parametrize("preset", PRESETS)
def test_each_preset_writes_a_clean_config_with_its_stated_and_published_layout(tmp_path, preset):
    stated = json.loads((ROOT / "templates" / "presets" / f"{preset}.json").read_text())
    result, output = init(tmp_path, "--preset", preset, "--weights", WEIGHTS)
    assert result.returncode == 0, result.stderr.decode()
    text = output.read_text()
    nodes = stated["answers"]["nodes"]
    assert errors(lint_text(text, nodes=nodes)) == []
    config = json.loads(text)
    got = layout_of(config, nodes)
    layout = stated["layout"]
    assert got == (layout["world_size"], layout["dp"], layout["tp"], layout["moe_ep"],
                   layout["moe_tp"], layout["ep_level"])
    assert got in REFERENCE_LAYOUTS[(stated["answers"]["hardware"], nodes)]
    assert config["BackendConfig"]["multiNodesInferEnabled"] is (nodes > 1)
    assert stat.S_IMODE(os.stat(output).st_mode) == 0o640


@pytest.mark.parametrize("workload,check", [
    ("dynamic-ep", lambda e, b: (e["moe_ep"], e["moe_tp"], b["ep_level"]) == (16, 1, 2)),
    ("static-ep", lambda e, b: (e["moe_ep"], e["moe_tp"], b["ep_level"]) == (4, 4, 1)
     and "enable_init_routing_cutoff" not in b),
    ("long-seq", lambda e, b: b == {"ep_level": 1, "enable_init_routing_cutoff": True,
                                    "topk_scaling_factor": 0.25} and e["moe_ep"] * e["moe_tp"] == 16),
    ("no-ep", lambda e, b: (e["moe_ep"], e["moe_tp"]) == (1, 16) and b is None),
])
def test_each_workload_fills_every_parallel_key(tmp_path, workload, check):
    result, output = init(tmp_path, "--hardware", "a3", "--weights", WEIGHTS,
                          "--workload", workload)
    assert result.returncode == 0, result.stderr.decode()
    text = output.read_text()
    assert errors(lint_text(text)) == []
    e = entry(json.loads(text))
    for key in ("tp", "dp", "sp", "cp", "pp", "moe_tp", "moe_ep"):
        assert key in e
    assert e["dp"] * e["tp"] == 16
    assert check(e, e.get("models", {}).get("deepseekv2"))


def test_long_sequences_raise_the_prefill_budget(tmp_path):
    result, output = init(tmp_path, "--hardware", "a3", "--weights", WEIGHTS,
                          "--workload", "long-seq")
    config = json.loads(output.read_text())
    deploy = config["BackendConfig"]["ModelDeployConfig"]
    assert (deploy["maxSeqLen"], deploy["maxInputTokenLen"]) == (66000, 65000)
    assert config["BackendConfig"]["ScheduleConfig"]["maxPrefillTokens"] >= 65000


def test_adding_dynamic_ep_to_the_stock_file_changes_only_those_lines(tmp_path):
    target = tmp_path / "config.json"
    shutil.copy(STOCK, target)
    result = run_cli("init", "--non-interactive", "--from", str(target), "-o", str(target),
                     "--hardware", "a2", "--quant", "w4a8", "--workload", "dynamic-ep",
                     "--weights", "/data/weights/DeepSeek-R1_w4a8")
    assert result.returncode == 0, result.stderr.decode()
    old, new = STOCK.read_text(), target.read_text()
    untouched_lines_kept(old, new, ("worldSize", "npuDeviceIds", "modelName", "modelWeightPath"))
    assert (tmp_path / "config.json.bak").read_text() == old
    assert errors(lint_text(new)) == []
    assert new.count('" : ') > 100  # the stock "key" : value style is kept


def test_output_pointing_at_an_existing_file_updates_it(tmp_path):
    target = tmp_path / "config.json"
    shutil.copy(STOCK, target)
    result, _ = init(tmp_path, "--hardware", "a2", "--quant", "w4a8", "--workload", "no-ep",
                     "--weights", WEIGHTS, name="config.json")
    assert result.returncode == 0, result.stderr.decode()
    e = entry(json.loads(target.read_text()))
    assert (e["moe_ep"], e["moe_tp"], e["async_scheduler_wait_time"]) == (1, 8, 120)


def test_existing_file_answers_what_flags_do_not(tmp_path):
    """Precedence: flags > existing file (here the weights path and model name)."""
    target = tmp_path / "config.json"
    config = json.loads(STOCK.read_text())
    entry(config).update(modelName="my-r1", modelWeightPath="/srv/r1-w8a8", worldSize=16)
    config["BackendConfig"]["npuDeviceIds"] = [list(range(16))]
    target.write_text(json.dumps(config, indent=4))
    result, _ = init(tmp_path, "--workload", "dynamic-ep", name="config.json")
    assert result.returncode == 0, result.stderr.decode()
    e = entry(json.loads(target.read_text()))
    assert (e["modelName"], e["modelWeightPath"], e["moe_ep"]) == ("my-r1", "/srv/r1-w8a8", 16)


def test_missing_answers_name_the_flags_to_add(tmp_path):
    result, output = init(tmp_path)
    assert result.returncode == 2 and not output.exists()
    err = result.stderr.decode()
    assert "--weights PATH" in err and "--hardware a2|a3" in err and "--workload" in err
    assert "example: mindie-ep init --non-interactive" in err


@pytest.mark.parametrize("args,words", [
    (("--topk-scaling-factor", "0.1", "--workload", "long-seq"), "between 0.25 and 1"),
    (("--layout", "3x8"), "dp 3 x tp 8 = 24"),
    (("--nodes", "1", "--hardware", "a2"), "use at least 2 nodes"),
    (("--ep-level", "1"), "uses ep_level 2"),
    (("--hardware", "a9"), "is not one of the choices: a2, a3"),
    (("--nodes", "two"), "is not a valid int"),
])
def test_invalid_values_are_exit_2_with_the_reason(tmp_path, args, words):
    base = {"--hardware": "a3", "--weights": WEIGHTS, "--workload": "dynamic-ep"}
    flags = dict(base)
    for flag, value in zip(args[::2], args[1::2]):
        flags[flag] = value
    result, output = init(tmp_path, *[x for pair in flags.items() for x in pair])
    assert result.returncode == 2, result.stdout.decode()
    assert words in result.stderr.decode()
    assert not output.exists()


def test_set_has_the_last_word_and_is_checked(tmp_path):
    args = ("--hardware", "a3", "--weights", WEIGHTS, "--workload", "dynamic-ep")
    result, output = init(tmp_path, *args, "--set",
                          "BackendConfig.ModelDeployConfig.ModelConfig[0].modelName=override")
    assert result.returncode == 0 and entry(json.loads(output.read_text()))["modelName"] == "override"
    result, output = init(tmp_path, *args, "--set",
                          "BackendConfig.ModelDeployConfig.ModelConfig[0].moe_tp=4", name="x.json")
    assert result.returncode == 2 and "MEP211" in result.stderr.decode() and not output.exists()
    result, output = init(tmp_path, *args, "--force", "--set",
                          "BackendConfig.ModelDeployConfig.ModelConfig[0].moe_tp=4", name="y.json")
    assert result.returncode == 0 and entry(json.loads(output.read_text()))["moe_tp"] == 4


def test_answers_files_json_and_toml_and_save_answers(tmp_path):
    answers = tmp_path / "answers.toml"
    answers.write_text('hardware = "a2"\nnodes = 2\nworkload = "static-ep"\n'
                       f'weights = "{WEIGHTS}"\n\n[set]\n'
                       '"BackendConfig.tokenizerProcessNumber" = 4\n')
    saved = tmp_path / "saved.json"
    result, output = init(tmp_path, "--answers", str(answers), "--save-answers", str(saved))
    assert result.returncode == 0, result.stderr.decode()
    config = json.loads(output.read_text())
    assert config["BackendConfig"]["tokenizerProcessNumber"] == 4
    assert layout_of(config, 2) == (16, 2, 8, 4, 4, 1)
    record = json.loads(saved.read_text())
    assert record["hardware"] == "a2" and record["moe_layout"] == "4x4"
    assert record["set"] == {"/BackendConfig/tokenizerProcessNumber": 4}
    again, second = init(tmp_path, "--answers", str(saved), name="again.json")
    assert again.returncode == 0 and second.read_text() == output.read_text()


def test_flags_beat_the_answers_file(tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"hardware": "a2", "nodes": 2, "workload": "dynamic-ep",
                                   "weights": WEIGHTS}))
    result, output = init(tmp_path, "--answers", str(answers), "--hardware", "a3", "--nodes", "1")
    assert result.returncode == 0, result.stderr.decode()
    assert entry(json.loads(output.read_text()))["worldSize"] == 16


def test_bad_answers_files(tmp_path):
    broken = tmp_path / "a.json"
    broken.write_text('{"hardware": ')
    assert "not valid JSON or TOML" in init(tmp_path, "--answers", str(broken))[0].stderr.decode()
    unknown = tmp_path / "b.json"
    unknown.write_text('{"hardwear": "a3"}')
    result = init(tmp_path, "--answers", str(unknown))[0]
    assert result.returncode == 2 and "unknown answers hardwear" in result.stderr.decode()


def test_dry_run_and_diff_write_nothing(tmp_path):
    args = ("--hardware", "a3", "--weights", WEIGHTS, "--workload", "dynamic-ep")
    result, output = init(tmp_path, *args, "--dry-run")
    assert result.returncode == 0 and not output.exists()
    assert json.loads(result.stdout)["BackendConfig"]["npuDeviceIds"] == [list(range(16))]
    target = tmp_path / "config.json"
    shutil.copy(STOCK, target)
    result, _ = init(tmp_path, *args, "--diff", name="config.json")
    assert result.stdout.decode().startswith("--- a/")
    assert target.read_text() == STOCK.read_text()


def test_unknown_preset_and_unparsable_source(tmp_path):
    result = init(tmp_path, "--preset", "a9-9node")[0]
    assert result.returncode == 2 and "a3-1node" in result.stderr.decode()
    broken = tmp_path / "config.json"
    broken.write_text('{"ServerConfig": {}, // comment\n}')
    result = init(tmp_path, "--hardware", "a3", name="config.json")[0]
    assert result.returncode == 2 and "MEP001" in result.stderr.decode()
    assert broken.read_text() == '{"ServerConfig": {}, // comment\n}'


def test_ci_variable_means_no_prompt(tmp_path):
    result = run_cli("init", "-o", str(tmp_path / "c.json"), env={"CI": "true"}, timeout=10)
    assert result.returncode == 2 and "missing" in result.stderr.decode()


# -- the property: any valid combination of flags gives a config lint accepts -----------------

@st.composite
def valid_answers(draw):
    hardware = draw(st.sampled_from(sorted(HARDWARE)))
    model = draw(st.sampled_from(sorted(MODELS)))
    quant = draw(st.sampled_from(["w8a8", "w4a8", "bf16"]))
    nodes = draw(st.sampled_from([1, 2, 4, 8]))
    if fit_problem(MODELS[model], quant, HARDWARE[hardware], nodes):
        nodes = next(n for n in (1, 2, 4, 8, 16, 32)
                     if not fit_problem(MODELS[model], quant, HARDWARE[hardware], n))
    workload = draw(st.sampled_from(["dynamic-ep", "static-ep", "long-seq", "no-ep"]))
    dp, tp, _ = draw(st.sampled_from(attention_layouts(HARDWARE[hardware], nodes)))
    flags = {"hardware": hardware, "model": model, "quant": quant, "nodes": nodes,
             "workload": workload, "layout": f"{dp}x{tp}", "weights": "/data/w"}
    if workload in ("static-ep", "long-seq"):
        ep, moe_tp, _ = draw(st.sampled_from(static_moe_layouts(HARDWARE[hardware], nodes)))
        flags["moe_layout"] = f"{ep}x{moe_tp}"
    if workload == "long-seq":
        flags["topk_scaling_factor"] = draw(st.floats(0.25, 1.0))
    if workload == "dynamic-ep":
        flags["buffer_factors"] = draw(st.booleans())
    seq = draw(st.integers(2, 200_000))
    flags["max_seq_len"] = seq
    flags["max_input_len"] = draw(st.integers(1, seq - 1))
    return flags


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flags=valid_answers())
def test_property_valid_flags_always_give_a_config_without_errors(tmp_path, flags):
    output = tmp_path / "c.json"
    if output.exists():
        output.unlink()
    request = InitRequest(output=str(output), flags=dict(flags))
    try:
        assert run_init(request) == 0
    except UsageError as err:  # only the documented refusals are acceptable
        raise AssertionError(f"{flags}: {err}") from None
    text = output.read_text()
    assert errors(lint_text(text, nodes=flags["nodes"])) == [], flags
    e = entry(json.loads(text))
    world = HARDWARE[flags["hardware"]].devices_per_node * flags["nodes"]
    assert e["dp"] * e["tp"] == world and e["moe_ep"] * e["moe_tp"] == world


def test_a_flag_that_does_not_apply_is_refused(tmp_path):
    result, output = init(tmp_path, "--hardware", "a3", "--weights", WEIGHTS,
                          "--workload", "no-ep", "--ep-level", "2")
    assert result.returncode == 2 and "--ep-level does not apply" in result.stderr.decode()
    assert not output.exists()


def test_init_speaks_chinese_with_lang_zh_but_flags_and_examples_stay(tmp_path):
    result, output = init(tmp_path, "--lang", "zh", "--hardware", "a3", "--nodes", "0",
                          "--weights", WEIGHTS, "--workload", "dynamic-ep")
    assert result.returncode == 2 and not output.exists()
    assert result.stderr.decode() == ("mindie-ep: error: --nodes 0: 节点数必须在 1 到 60 之间"
                                      "（ranktable 允许 2 到 60 台服务器）\n")
    result, _ = init(tmp_path, "--lang", "zh")
    err = result.stderr.decode()
    assert result.returncode == 2
    assert "没有可用于提问的终端，且缺少以下回答：请添加 " in err
    assert "--weights PATH" in err and "示例：mindie-ep init --non-interactive" in err
