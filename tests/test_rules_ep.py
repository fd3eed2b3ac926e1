"""MEP201-MEP222: the Expert-Parallel settings under ``ModelConfig[i].models.deepseekv2``.

Each rule has a test where it fires (code, severity, pointer, line and, for cross-field rules, the
related location), a near-miss where it stays quiet, and a test per branch or severity.
"""

from __future__ import annotations

import json

import pytest

from helpers import MODEL_CONFIG, by_code, codes, dumps, full_config, line_of, lint_text

from mindie_ep_cli.rules.buffer_factors import DEFAULT_TABLE
from mindie_ep_cli.rules.registry import REGISTRY

ENTRY = MODEL_CONFIG
EP = f"{MODEL_CONFIG}/models/deepseekv2"
FACTORS = f"{EP}/alltoall_ep_buffer_scale_factors"


# ---------------------------------------------------------------------------------------------
# helpers


def ep_model(block: dict | None = None, **sizes) -> dict:
    """A ModelConfig[0] update: EP on with ``moe_ep`` 8 / ``moe_tp`` 1 (the working 8-NPU layout)
    unless ``sizes`` says otherwise; ``None`` drops a size."""
    model = {"moe_ep": 8, "moe_tp": 1}
    model.update(sizes)
    model = {key: value for key, value in model.items() if value is not None}
    if block is not None:
        model["models"] = {"deepseekv2": block}
    return model


def render(config: dict, **raw: str) -> str:
    """``dumps(config)`` with each string ``"@name@"`` replaced by the raw JSON text given, so that
    list rows can be written on lines of their own and found with ``line_of``."""
    text = dumps(config)
    for name, value in raw.items():
        placeholder = json.dumps(f"@{name}@")
        assert placeholder in text, placeholder
        text = text.replace(placeholder, value)
    json.loads(text)  # the text linted is valid JSON
    return text


def lint(text: str, **options) -> list:
    return lint_text(text, **options)


def only(diagnostics, code: str):
    found = by_code(diagnostics, code)
    assert len(found) == 1, [(d.code, d.pointer, d.message) for d in found]
    return found[0]


def weights_file(tmp_path, model_type: str = "deepseek_v3", experts: int = 256, top_k: int = 8,
                 **extra) -> str:
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"model_type": model_type, "n_routed_experts": experts,
                                "num_experts_per_tok": top_k, **extra}))
    return str(path)


def test_scope_is_the_registered_ep_rules():
    """A new rule in these modules must get tests here."""
    modules = {"ep_level", "routing_cutoff", "buffer_factors", "ep_active", "ep_model",
               "multi_node", "flat_options", "eplb", "model_load"}
    registered = sorted(code for code, rule in REGISTRY.items()
                        if rule.check is not None
                        and rule.check.__module__.rsplit(".", 1)[-1] in modules)
    assert registered == [f"MEP{n}" for n in range(201, 223)]


def test_working_dynamic_ep_layout_is_clean():
    text = dumps(full_config(ep_model({"ep_level": 2})))
    assert [c for c in codes(lint(text)) if c.startswith("MEP2")] == []


# ---------------------------------------------------------------------------------------------
# MEP201 ep-level-invalid


@pytest.mark.parametrize("value", [3, 0, -1, 2.5, "3", "dynamic", None])
def test_mep201_fires_error_on_a_level_other_than_1_or_2(value):
    text = dumps(full_config(ep_model({"ep_level": value})))
    d = only(lint(text), "MEP201")
    assert d.severity.label == "error"
    assert d.pointer == f"{EP}/ep_level"
    assert d.position.line == line_of(text, '"ep_level"')
    assert "Validation failed for argument 'ep_level'" in d.message
    assert json.dumps(value) in d.message


@pytest.mark.parametrize("value, converted", [("2", 2), (2.0, 2), ("1", 1), (" 2 ", 2), ("2.0", 2)])
def test_mep201_warns_on_a_string_or_decimal_level_that_mindie_converts(value, converted):
    text = dumps(full_config(ep_model({"ep_level": value})))
    d = only(lint(text), "MEP201")
    assert d.severity.label == "warning"
    assert d.pointer == f"{EP}/ep_level"
    assert d.position.line == line_of(text, '"ep_level"')
    assert f"converts it to {converted}" in d.message
    assert d.help == f'write "ep_level": {converted}'


@pytest.mark.parametrize("block", [{"ep_level": 1}, {"ep_level": 2}, {}])
def test_mep201_quiet_on_integer_1_or_2_or_absent(block):
    assert "MEP201" not in codes(lint(dumps(full_config(ep_model(block)))))


# ---------------------------------------------------------------------------------------------
# MEP202 topk-scaling-without-cutoff


@pytest.mark.parametrize("factor", [0.25, 0.5, 0, 1.5])
def test_mep202_fires_when_the_factor_is_set_without_the_cutoff_key(factor):
    text = dumps(full_config(ep_model({"ep_level": 1, "topk_scaling_factor": factor})))
    d = only(lint(text), "MEP202")
    assert d.severity.label == "error"
    assert d.pointer == f"{EP}/topk_scaling_factor"
    assert d.position.line == line_of(text, '"topk_scaling_factor"')
    # the cutoff is absent: the related place is the deepseekv2 block
    assert [r.pointer for r in d.related] == [EP]
    assert d.related[0].position.line == line_of(text, '"deepseekv2"')


@pytest.mark.parametrize("cutoff", [False, "false", "off"])
def test_mep202_fires_with_the_cutoff_written_false_and_points_at_it(cutoff):
    text = dumps(full_config(ep_model({"ep_level": 1, "enable_init_routing_cutoff": cutoff,
                                       "topk_scaling_factor": "0.5"})))
    d = only(lint(text), "MEP202")
    assert d.severity.label == "error"
    assert d.pointer == f"{EP}/topk_scaling_factor"
    assert d.position.line == line_of(text, '"topk_scaling_factor"')
    assert [r.pointer for r in d.related] == [f"{EP}/enable_init_routing_cutoff"]
    assert d.related[0].position.line == line_of(text, '"enable_init_routing_cutoff"')


@pytest.mark.parametrize("block", [
    {"ep_level": 1, "topk_scaling_factor": 1.0},  # the default, without the cutoff
    {"ep_level": 1, "topk_scaling_factor": 1},
    {"ep_level": 1, "topk_scaling_factor": "1.0"},
    {"ep_level": 1, "enable_init_routing_cutoff": True, "topk_scaling_factor": 0.25},
    {"ep_level": 1, "enable_init_routing_cutoff": "true", "topk_scaling_factor": 0.5},
    {"ep_level": 1, "enable_init_routing_cutoff": False, "topk_scaling_factor": 1.0},
])
def test_mep202_quiet_on_the_default_factor_or_with_the_cutoff(block):
    assert "MEP202" not in codes(lint(dumps(full_config(ep_model(block)))))


# ---------------------------------------------------------------------------------------------
# MEP203 cutoff-needs-ep-level-1


@pytest.mark.parametrize("level", [2, "2"])
def test_mep203_fires_on_the_cutoff_with_dynamic_ep(level):
    text = dumps(full_config(ep_model({"ep_level": level, "enable_init_routing_cutoff": True,
                                       "topk_scaling_factor": 0.5})))
    d = only(lint(text), "MEP203")
    assert d.severity.label == "warning"
    assert d.pointer == f"{EP}/enable_init_routing_cutoff"
    assert d.position.line == line_of(text, '"enable_init_routing_cutoff"')
    assert [r.pointer for r in d.related] == [f"{EP}/ep_level"]
    assert d.related[0].position.line == line_of(text, '"ep_level"')


@pytest.mark.parametrize("block", [
    {"ep_level": 1, "enable_init_routing_cutoff": True, "topk_scaling_factor": 0.25},
    {"enable_init_routing_cutoff": True, "topk_scaling_factor": 0.25},  # ep_level defaults to 1
    {"ep_level": 2, "enable_init_routing_cutoff": False},
    {"ep_level": 2},
])
def test_mep203_quiet_with_static_ep_or_without_the_cutoff(block):
    assert "MEP203" not in codes(lint(dumps(full_config(ep_model(block)))))


# ---------------------------------------------------------------------------------------------
# MEP204 topk-scaling-range


@pytest.mark.parametrize("factor", [0.125, 0.24, 0, 1.5])
def test_mep204_fires_outside_quarter_to_one_with_the_cutoff(factor):
    text = dumps(full_config(ep_model({"ep_level": 1, "enable_init_routing_cutoff": True,
                                       "topk_scaling_factor": factor})))
    d = only(lint(text), "MEP204")
    assert d.severity.label == "error"
    assert d.pointer == f"{EP}/topk_scaling_factor"
    assert d.position.line == line_of(text, '"topk_scaling_factor"')
    assert "[0.25, 1]" in d.message
    assert [r.pointer for r in d.related] == [f"{EP}/enable_init_routing_cutoff"]
    assert d.related[0].position.line == line_of(text, '"enable_init_routing_cutoff"')


@pytest.mark.parametrize("factor", [-0.5, 1.01, 2])
def test_mep204_fires_outside_zero_to_one_without_the_cutoff(factor):
    text = dumps(full_config(ep_model({"ep_level": 1, "topk_scaling_factor": factor})))
    d = only(lint(text), "MEP204")
    assert d.severity.label == "error"
    assert d.pointer == f"{EP}/topk_scaling_factor"
    assert d.position.line == line_of(text, '"topk_scaling_factor"')
    assert "outside [0, 1]" in d.message
    assert d.related == ()


@pytest.mark.parametrize("factor", ["quarter", [0.25], {"value": 0.25}])
def test_mep204_fires_when_the_factor_is_not_a_number(factor):
    text = dumps(full_config(ep_model({"ep_level": 1, "enable_init_routing_cutoff": True,
                                       "topk_scaling_factor": factor})))
    d = only(lint(text), "MEP204")
    assert d.severity.label == "error"
    assert d.pointer == f"{EP}/topk_scaling_factor"
    assert d.position.line == line_of(text, '"topk_scaling_factor"')
    assert "is not a number" in d.message


@pytest.mark.parametrize("block", [
    {"ep_level": 1, "enable_init_routing_cutoff": True, "topk_scaling_factor": 0.25},
    {"ep_level": 1, "enable_init_routing_cutoff": True, "topk_scaling_factor": 1.0},
    {"ep_level": 1, "enable_init_routing_cutoff": True, "topk_scaling_factor": "0.25"},
    # without the cutoff in effect only [0, 1] applies (MEP202/MEP203 say the factor is unused)
    {"ep_level": 1, "topk_scaling_factor": 0.125},
    {"ep_level": 1, "topk_scaling_factor": 0},
    {"ep_level": 2, "enable_init_routing_cutoff": True, "topk_scaling_factor": 0.125},
])
def test_mep204_quiet_inside_the_accepted_range(block):
    assert "MEP204" not in codes(lint(dumps(full_config(ep_model(block)))))


# ---------------------------------------------------------------------------------------------
# MEP205 buffer-factors-format


@pytest.mark.parametrize("table", ["[]", '"[[8192, 5.2], [0, 8.0]]"', "{}", "8.0"])
def test_mep205_fires_when_the_table_is_not_a_non_empty_list(table):
    text = render(full_config(ep_model({"ep_level": 2,
                                        "alltoall_ep_buffer_scale_factors": "@table@"})),
                  table=table)
    d = only(lint(text), "MEP205")
    assert d.severity.label == "error"
    assert d.pointer == FACTORS
    assert d.position.line == line_of(text, '"alltoall_ep_buffer_scale_factors"')


@pytest.mark.parametrize("bad_row", ["[0]", "[0, 8.0, 1]", "[-1, 8.0]", "[0.5, 8.0]", '["0", 8.0]',
                                     "[0, 0]", "[0, -8.0]", '[0, "8.0"]', "[true, 8.0]", "0"])
def test_mep205_fires_on_the_malformed_row(bad_row):
    table = "[\n[32768, 3.0],\n[8192, 5.2],\n" + bad_row + "  \n]"
    text = render(full_config(ep_model({"ep_level": 2,
                                        "alltoall_ep_buffer_scale_factors": "@table@"})),
                  table=table)
    d = only(lint(text), "MEP205")
    assert d.severity.label == "error"
    assert d.pointer == f"{FACTORS}/2"
    assert d.position.line == line_of(text, bad_row + "  ")
    assert "row 2" in d.message


@pytest.mark.parametrize("table", [
    [[32768, 3.0], [0, 8.0]],
    [[32768.0, 3], [0, 8]],  # a whole-number float threshold and integer factors are fine
    DEFAULT_TABLE,
])
def test_mep205_quiet_on_well_formed_tables(table):
    config = full_config(ep_model({"ep_level": 2, "alltoall_ep_buffer_scale_factors": table}))
    assert "MEP205" not in codes(lint(dumps(config)))


# ---------------------------------------------------------------------------------------------
# MEP206 buffer-factors-order


@pytest.mark.parametrize("table, row, row_text, shadow, shadow_text", [
    # the row never used: an earlier row with a threshold not larger already matches its lengths
    ("[\n[0, 8.0],\n[8192, 5.2],\n[32768, 3.0]\n]", 1, "[8192, 5.2]", 0, "[0, 8.0]"),
    ("[\n[8192, 5.2],\n[8192, 3.0],\n[0, 8.0]\n]", 1, "[8192, 3.0]", 0, "[8192, 5.2]"),
    ("[\n[32768, 3.0],\n[0, 8.0],\n[8192, 5.2]\n]", 2, "[8192, 5.2]", 1, "[0, 8.0]"),
], ids=["ascending", "equal-thresholds", "out-of-order-in-the-middle"])
def test_mep206_fires_on_the_first_out_of_order_row_and_names_the_shadowing_row(
        table, row, row_text, shadow, shadow_text):
    text = render(full_config(ep_model({"ep_level": 2,
                                        "alltoall_ep_buffer_scale_factors": "@table@"})),
                  table=table)
    d = only(lint(text), "MEP206")
    assert d.severity.label == "error"
    assert d.pointer == f"{FACTORS}/{row}"
    assert d.position.line == line_of(text, row_text)
    assert [r.pointer for r in d.related] == [f"{FACTORS}/{shadow}"]
    assert d.related[0].position.line == line_of(text, shadow_text)


@pytest.mark.parametrize("table", [DEFAULT_TABLE, [[32768, 3.0], [8192, 5.2], [0, 8.0]],
                                   [[0, 8.0]], [[8192, 5.2]]])
def test_mep206_quiet_on_strictly_descending_tables(table):
    config = full_config(ep_model({"ep_level": 2, "alltoall_ep_buffer_scale_factors": table}))
    assert "MEP206" not in codes(lint(dumps(config)))


def test_mep206_leaves_malformed_tables_to_mep205():
    config = full_config(ep_model({"ep_level": 2,
                                   "alltoall_ep_buffer_scale_factors": [[0, 8.0], [8192]]}))
    found = codes(lint(dumps(config)))
    assert "MEP205" in found
    assert "MEP206" not in found


# ---------------------------------------------------------------------------------------------
# MEP207 buffer-factors-no-floor


def test_mep207_fires_without_a_zero_threshold_row():
    config = full_config(ep_model({"ep_level": 2,
                                   "alltoall_ep_buffer_scale_factors": [[32768, 3.0], [8192, 5.2]]},
                                  moe_ep=8))
    text = dumps(config)
    d = only(lint(text), "MEP207")
    assert d.severity.label == "warning"
    assert d.pointer == FACTORS
    assert d.position.line == line_of(text, '"alltoall_ep_buffer_scale_factors"')
    assert "below 8192" in d.message
    assert "moe_ep (8)" in d.message


@pytest.mark.parametrize("table", [[[32768, 3.0], [0, 8.0]], [[0, 8.0]], [[8192, 5.2], [0.0, 8.0]]])
def test_mep207_quiet_with_a_floor_row(table):
    config = full_config(ep_model({"ep_level": 2, "alltoall_ep_buffer_scale_factors": table}))
    assert "MEP207" not in codes(lint(dumps(config)))


# ---------------------------------------------------------------------------------------------
# MEP208 buffer-factors-ignored


def test_mep208_fires_with_ep_level_1_written():
    text = dumps(full_config(ep_model({"ep_level": 1,
                                       "alltoall_ep_buffer_scale_factors": [[8192, 5.2], [0, 8.0]]})))
    d = only(lint(text), "MEP208")
    assert d.severity.label == "warning"
    assert d.pointer == FACTORS
    assert d.position.line == line_of(text, '"alltoall_ep_buffer_scale_factors"')
    assert [r.pointer for r in d.related] == [f"{EP}/ep_level"]
    assert d.related[0].position.line == line_of(text, '"ep_level"')


def test_mep208_fires_with_the_default_ep_level():
    text = dumps(full_config(ep_model({"alltoall_ep_buffer_scale_factors": [[8192, 5.2], [0, 8.0]]})))
    d = only(lint(text), "MEP208")
    assert d.severity.label == "warning"
    assert d.pointer == FACTORS
    assert d.position.line == line_of(text, '"alltoall_ep_buffer_scale_factors"')
    assert "(the default)" in d.message
    assert d.related == ()


@pytest.mark.parametrize("level", [2, "2"])
def test_mep208_quiet_with_dynamic_ep(level):
    config = full_config(ep_model({"ep_level": level,
                                   "alltoall_ep_buffer_scale_factors": [[8192, 5.2], [0, 8.0]]}))
    assert "MEP208" not in codes(lint(dumps(config)))


# ---------------------------------------------------------------------------------------------
# MEP209 buffer-factors-not-recommended


def test_mep209_informs_on_a_custom_table():
    text = dumps(full_config(ep_model({"ep_level": 2,
                                       "alltoall_ep_buffer_scale_factors": [[8192, 5.2], [0, 8.0]]})))
    d = only(lint(text), "MEP209")
    assert d.severity.label == "info"
    assert d.pointer == FACTORS
    assert d.position.line == line_of(text, '"alltoall_ep_buffer_scale_factors"')
    assert "advise keeping the built-in table" in d.message


def test_mep209_says_when_the_table_repeats_the_built_in_one():
    text = dumps(full_config(ep_model({"ep_level": 2,
                                       "alltoall_ep_buffer_scale_factors": DEFAULT_TABLE})))
    d = only(lint(text), "MEP209")
    assert d.severity.label == "info"
    assert d.pointer == FACTORS
    assert d.position.line == line_of(text, '"alltoall_ep_buffer_scale_factors"')
    assert "repeats the built-in table" in d.message
    # a correct built-in table raises nothing else about the table
    assert [c for c in codes(lint(text)) if c in ("MEP205", "MEP206", "MEP207", "MEP208")] == []


def test_mep209_quiet_without_a_table():
    assert "MEP209" not in codes(lint(dumps(full_config(ep_model({"ep_level": 2})))))


# ---------------------------------------------------------------------------------------------
# MEP210 ep-inactive


def test_mep210_fires_when_moe_ep_is_not_set():
    text = dumps(full_config(ep_model({"ep_level": 2}, moe_ep=None, moe_tp=None)))
    d = only(lint(text), "MEP210")
    assert d.severity.label == "warning"
    assert d.pointer == EP
    assert d.position.line == line_of(text, '"deepseekv2"')
    assert "moe_ep is not set" in d.message
    assert d.related == ()


@pytest.mark.parametrize("moe_ep", [1, -1, 0, "1"])
def test_mep210_fires_when_moe_ep_is_at_most_1_and_points_at_it(moe_ep):
    block = {"ep_level": 1, "enable_init_routing_cutoff": True, "topk_scaling_factor": 0.25}
    text = dumps(full_config(ep_model(block, moe_ep=moe_ep, moe_tp=8)))
    d = only(lint(text), "MEP210")
    assert d.severity.label == "warning"
    assert d.pointer == EP
    assert d.position.line == line_of(text, '"deepseekv2"')
    assert "ep_level, enable_init_routing_cutoff, topk_scaling_factor are ignored" in d.message
    assert [r.pointer for r in d.related] == [f"{ENTRY}/moe_ep"]
    assert d.related[0].position.line == line_of(text, '"moe_ep"')


@pytest.mark.parametrize("block", [
    {"eplb": {"level": 0}},
    {"enable_dispatch_combine_v2": True},
    {"communication_backend": {"prefill": "hccl", "decode": "hccl"}},
    {"parallel_options": {"hccl_moe_ep_buffer": 1024}},
])
def test_mep210_counts_every_ep_key(block):
    text = dumps(full_config(ep_model(block, moe_ep=None, moe_tp=None)))
    d = only(lint(text), "MEP210")
    assert d.pointer == EP


@pytest.mark.parametrize("model", [
    ep_model({"ep_level": 2}),  # EP on
    ep_model({"ep_level": 1}, moe_ep=2, moe_tp=4),
    # a block with no EP key at all: kv_cache_options and local TP are not EP keys
    ep_model({"kv_cache_options": {"enable_nz": True},
              "parallel_options": {"lm_head_local_tp": 8}}, moe_ep=None, moe_tp=None),
])
def test_mep210_quiet_with_ep_on_or_without_ep_keys(model):
    assert "MEP210" not in codes(lint(dumps(full_config(model))))


# ---------------------------------------------------------------------------------------------
# MEP211 dynamic-ep-needs-moe-tp-1


def test_mep211_fires_on_the_official_snippet_without_moe_tp():
    text = dumps(full_config(ep_model({"ep_level": 2}, moe_tp=None)))
    d = only(lint(text), "MEP211")
    assert d.severity.label == "error"
    # moe_tp is absent: the finding is on the entry
    assert d.pointer == ENTRY
    assert d.position.line == line_of(text, '"ModelConfig"') + 1
    assert "defaults to the world size" in d.message
    assert "Dynamic EP only supports moe_tp = 1" in d.message
    assert [r.pointer for r in d.related] == [f"{EP}/ep_level"]
    assert d.related[0].position.line == line_of(text, '"ep_level"')


def test_mep211_fires_on_an_explicit_moe_tp():
    text = dumps(full_config(ep_model({"ep_level": 2}, moe_ep=4, moe_tp=2)))
    d = only(lint(text), "MEP211")
    assert d.severity.label == "error"
    assert d.pointer == f"{ENTRY}/moe_tp"
    assert d.position.line == line_of(text, '"moe_tp"')
    assert [r.pointer for r in d.related] == [f"{EP}/ep_level"]
    assert d.related[0].position.line == line_of(text, '"ep_level"')


def test_mep211_fires_when_moe_tp_defaults_to_tp():
    text = dumps(full_config(ep_model({"ep_level": 2}, moe_ep=4, moe_tp=None, tp=2, dp=4)))
    d = only(lint(text), "MEP211")
    assert d.pointer == ENTRY
    assert "defaults to tp" in d.message


def test_mep211_fires_with_the_world_size_unknown():
    config = full_config(ep_model({"ep_level": 2}, moe_ep=16, moe_tp=None), multi_node=True)
    text = dumps(config)
    d = only(lint(text), "MEP211")
    assert d.pointer == ENTRY
    assert "at least moe_ep" in d.message


@pytest.mark.parametrize("model", [
    ep_model({"ep_level": 2}),  # moe_tp 1
    ep_model({"ep_level": 2}, moe_ep=8, moe_tp=None, tp=1, dp=8),  # moe_tp defaults to tp = 1
    ep_model({"ep_level": 1}, moe_ep=4, moe_tp=2),  # static EP takes any moe_tp
    ep_model({"ep_level": 2}, moe_ep=1, moe_tp=8),  # EP off: MEP210's business
])
def test_mep211_quiet_with_moe_tp_1_or_static_ep(model):
    assert "MEP211" not in codes(lint(dumps(full_config(model))))


# ---------------------------------------------------------------------------------------------
# MEP212 ep-unsupported-model


@pytest.mark.parametrize("model_type", ["qwen2_moe", "llama", "glm4_moe"])
def test_mep212_warns_when_the_weights_are_not_deepseek(tmp_path, model_type):
    weights = weights_file(tmp_path, model_type)
    text = dumps(full_config(ep_model({"ep_level": 2})))
    d = only(lint(text, weights_config=weights), "MEP212")
    assert d.severity.label == "warning"
    assert d.pointer == EP
    assert d.position.line == line_of(text, '"deepseekv2"')
    assert f'"{model_type}"' in d.message


@pytest.mark.parametrize("name", ["DeepSeek-R1-Distill-Qwen-32B", "Qwen3-235B-A22B", "Llama-3-70B"])
def test_mep212_informs_when_the_name_is_another_family(name):
    model = ep_model({"ep_level": 2})
    model.update({"modelName": name, "modelWeightPath": f"/data/weights/{name}"})
    text = dumps(full_config(model))
    d = only(lint(text), "MEP212")
    assert d.severity.label == "info"
    assert d.pointer == EP
    assert d.position.line == line_of(text, '"deepseekv2"')


@pytest.mark.parametrize("model_type", ["deepseek_v3", "deepseek_v2", "deepseekv3", "kimi_k2"])
def test_mep212_quiet_on_deepseek_and_kimi_weights(tmp_path, model_type):
    weights = weights_file(tmp_path, model_type)
    config = full_config(ep_model({"ep_level": 2}))
    assert "MEP212" not in codes(lint(dumps(config), weights_config=weights))


def test_mep212_weights_win_over_the_name(tmp_path):
    """MindIE picks the model from model_type, not modelName (reference 3.5)."""
    model = ep_model({"ep_level": 2})
    model["modelName"] = "qwen-looking-name"
    weights = weights_file(tmp_path, "deepseek_v3")
    assert "MEP212" not in codes(lint(dumps(full_config(model)), weights_config=weights))


def test_mep212_quiet_without_a_deepseekv2_block(tmp_path):
    weights = weights_file(tmp_path, "qwen2")
    model = {"modelName": "Qwen2-72B", "modelWeightPath": "/data/weights/Qwen2-72B"}
    assert "MEP212" not in codes(lint(dumps(full_config(model)), weights_config=weights))


def test_mep212_quiet_on_a_deepseek_path_whose_folder_contains_a_family_fragment():
    model = ep_model({"ep_level": 2})
    model["modelWeightPath"] = "/home/sophia/weights/DeepSeek-R1_w8a8"
    assert "MEP212" not in codes(lint(dumps(full_config(model))))


# ---------------------------------------------------------------------------------------------
# MEP213 grouped-matmul-auto


def _decode_instance(block: dict, world: int = 32) -> dict:
    return full_config(ep_model(block, moe_ep=world), world_size=world,
                       server={"inferMode": "dmi"})


@pytest.mark.parametrize("block, quantize, reason", [
    ({"ep_level": 2, "eplb": {"level": 2}}, "w8a8", "dynamic EPLB (eplb.level 2) forces it on"),
    ({"ep_level": 2, "enable_gmmswigluquant": True}, "w8a8", "enable_gmmswigluquant is true"),
    ({"ep_level": 2}, "w8a8_dynamic", "the weights are W8A8 dynamic"),
    ({"ep_level": 2}, None, "if the weights are W8A8 dynamic (they are not readable here)"),
])
def test_mep213_informs_on_a_large_pd_separated_instance(tmp_path, block, quantize, reason):
    weights = weights_file(tmp_path, quantize=quantize) if quantize else None
    text = dumps(_decode_instance(block))
    d = only(lint(text, weights_config=weights), "MEP213")
    assert d.severity.label == "info"
    assert d.pointer == EP
    assert d.position.line == line_of(text, '"deepseekv2"')
    assert "world size 32" in d.message
    assert d.message.endswith(reason)


def test_mep213_on_the_motor_distributed_decode_instance():
    """Reference 4: Motor A2 D, 8 pods x 8 NPUs, worldSize 1, dp 64, distributed DP."""
    model = ep_model({"ep_level": 2}, moe_ep=64, moe_tp=1, tp=1, dp=64)
    config = full_config(model, world_size=1, server={"inferMode": "dmi", "distDPServerEnabled": True},
                         schedule={"distributedEnable": True})
    text = dumps(config)
    d = only(lint(text, nodes=8, devices_per_node=8), "MEP213")
    assert d.pointer == EP
    assert "world size 64" in d.message


def test_mep213_on_the_entry_when_there_is_no_block():
    text = dumps(full_config({"moe_ep": 32, "moe_tp": 1}, world_size=32,
                             server={"inferMode": "dmi"}))
    d = only(lint(text), "MEP213")
    assert d.pointer == ENTRY
    assert d.position.line == line_of(text, '"ModelConfig"') + 1


@pytest.mark.parametrize("config, quantize", [
    (_decode_instance({"ep_level": 2}), "w8a8"),  # static W8A8: not switched on
    (_decode_instance({"ep_level": 2}, world=16), "w8a8_dynamic"),  # world size not above 16
    (full_config(ep_model({"ep_level": 2}, moe_ep=32), world_size=32), "w8a8_dynamic"),  # PD mixed
])
def test_mep213_quiet_when_the_operator_stays_off(tmp_path, config, quantize):
    weights = weights_file(tmp_path, quantize=quantize)
    assert "MEP213" not in codes(lint(dumps(config), weights_config=weights))


# ---------------------------------------------------------------------------------------------
# MEP214 multi-node-dynamic-ep-switch


def test_mep214_reminds_about_the_switch_on_two_nodes():
    config = full_config(ep_model({"ep_level": 2}, moe_ep=16, tp=8, dp=2), multi_node=True)
    text = dumps(config)
    d = only(lint(text, nodes=2), "MEP214")
    assert d.severity.label == "info"
    assert d.pointer == f"{EP}/ep_level"
    assert d.position.line == line_of(text, '"ep_level"')
    assert [r.pointer for r in d.related] == ["/BackendConfig/multiNodesInferEnabled"]
    assert d.related[0].position.line == line_of(text, '"multiNodesInferEnabled"')


def test_mep214_on_a_distributed_instance_points_at_distributed_enable():
    model = ep_model({"ep_level": 2}, moe_ep=64, tp=1, dp=64)
    config = full_config(model, world_size=1, schedule={"distributedEnable": True})
    text = dumps(config)
    d = only(lint(text, nodes=8, devices_per_node=8), "MEP214")
    assert d.pointer == f"{EP}/ep_level"
    assert [r.pointer for r in d.related] == ["/BackendConfig/ScheduleConfig/distributedEnable"]
    assert d.related[0].position.line == line_of(text, '"distributedEnable"')


@pytest.mark.parametrize("config, options", [
    (full_config(ep_model({"ep_level": 2})), {}),  # one node
    (full_config(ep_model({"ep_level": 1}, moe_ep=4, moe_tp=4, tp=8, dp=2), multi_node=True),
     {"nodes": 2}),  # static EP across nodes
    (full_config(ep_model({"ep_level": 2}, moe_ep=1, moe_tp=16), multi_node=True),
     {"nodes": 2}),  # EP off
])
def test_mep214_quiet_on_one_node_or_without_dynamic_ep(config, options):
    assert "MEP214" not in codes(lint(dumps(config), **options))


# ---------------------------------------------------------------------------------------------
# MEP215 ignored-flat-option


@pytest.mark.parametrize("key", ["lm_head_local_tp", "o_proj_local_tp", "dense_mlp_local_tp",
                                 "hccl_buffer", "hccl_moe_ep_buffer", "hccl_moe_tp_buffer"])
def test_mep215_fires_on_a_parallel_option_one_level_too_high(key):
    model = ep_model({"ep_level": 1, key: 2}, moe_ep=None, moe_tp=None, tp=1, dp=8)
    text = dumps(full_config(model))
    d = only(lint(text), "MEP215")
    assert d.severity.label == "warning"
    assert d.pointer == f"{EP}/{key}"
    assert d.position.line == line_of(text, f'"{key}"')
    # on the key itself, not on its value
    line = text.splitlines()[d.position.line - 1]
    assert d.position.column == line.index(f'"{key}"') + 1


def test_mep215_quiet_inside_parallel_options():
    model = ep_model({"ep_level": 2, "parallel_options": {"lm_head_local_tp": 8, "o_proj_local_tp": 1}},
                     tp=1, dp=8)
    assert "MEP215" not in codes(lint(dumps(full_config(model))))


# ---------------------------------------------------------------------------------------------
# MEP216 eplb-needs-dynamic-ep

MAP = "/data/eplb/expert_map.json"


@pytest.mark.parametrize("level", [4, -1, 1.5, "static", None])
def test_mep216_error_on_an_invalid_level(level):
    text = dumps(full_config(ep_model({"ep_level": 2, "eplb": {"level": level}})))
    d = only(lint(text), "MEP216")
    assert d.severity.label == "error"
    assert d.pointer == f"{EP}/eplb/level"
    assert d.position.line == line_of(text, '"level"')
    assert "Invalid EPLB configuration" in d.message


def test_mep216_boolean_level_is_read_as_a_number_with_a_warning():
    text = dumps(full_config(ep_model({"ep_level": 2, "eplb": {"level": False}})))
    d = only(lint(text), "MEP216")
    assert d.severity.label == "warning" and "reads it as 0" in d.message


@pytest.mark.parametrize("eplb", [{"level": 1}, {"level": 1, "expert_map_file": ""},
                                  {"level": "1", "expert_map_file": "   "}])
def test_mep216_error_on_static_eplb_without_a_map(eplb):
    text = dumps(full_config(ep_model({"ep_level": 2, "eplb": eplb})))
    d = only(lint(text), "MEP216")
    assert d.severity.label == "error"
    assert d.pointer == f"{EP}/eplb/level"
    assert d.position.line == line_of(text, '"level"')
    assert "expert_map_file" in d.message


def test_mep216_warning_on_eplb_with_static_ep_written():
    text = dumps(full_config(ep_model({"ep_level": 1,
                                       "eplb": {"level": 1, "expert_map_file": MAP}})))
    d = only(lint(text), "MEP216")
    assert d.severity.label == "warning"
    assert d.pointer == f"{EP}/eplb/level"
    assert d.position.line == line_of(text, '"level"')
    assert "with ep_level 1" in d.message
    assert [r.pointer for r in d.related] == [f"{EP}/ep_level"]
    assert d.related[0].position.line == line_of(text, '"ep_level"')


def test_mep216_warning_on_eplb_with_the_default_ep_level():
    text = dumps(full_config(ep_model({"eplb": {"level": 1, "expert_map_file": MAP}})))
    d = only(lint(text), "MEP216")
    assert d.severity.label == "warning"
    assert d.pointer == f"{EP}/eplb/level"
    assert "with ep_level 1" in d.message
    assert d.related == ()


def test_mep216_static_eplb_without_map_and_static_ep_gives_both():
    text = dumps(full_config(ep_model({"ep_level": 1, "eplb": {"level": 1}})))
    found = sorted(d.severity.label for d in by_code(lint(text), "MEP216"))
    assert found == ["error", "warning"]


@pytest.mark.parametrize("level, words", [(2, "not yet supported"), (3, "benchmarks only")])
def test_mep216_warning_on_dynamic_and_forced_eplb(level, words):
    text = dumps(full_config(ep_model({"ep_level": 2, "eplb": {"level": level}})))
    d = only(lint(text), "MEP216")
    assert d.severity.label == "warning"
    assert d.pointer == f"{EP}/eplb/level"
    assert d.position.line == line_of(text, '"level"')
    assert words in d.message


@pytest.mark.parametrize("block", [
    {"ep_level": 2, "eplb": {"level": 1, "expert_map_file": MAP, "num_redundant_experts": 64}},
    {"ep_level": 2, "eplb": {"level": "1", "expert_map_file": MAP}},
    {"ep_level": 2, "eplb": {"level": 0}},
    {"ep_level": 1, "eplb": {"level": 0}},  # off: fine with static EP
    {"ep_level": 2, "eplb": {"expert_map_file": MAP}},  # no level: the default 0
])
def test_mep216_quiet_on_static_eplb_with_dynamic_ep_or_eplb_off(block):
    assert "MEP216" not in codes(lint(dumps(full_config(ep_model(block)))))


# ---------------------------------------------------------------------------------------------
# MEP217 prefix-cache-needs-nz


@pytest.mark.parametrize("plugins", ['{"plugin_type":"prefix_cache"}',
                                     '{"plugin_type":"mtp,prefix_cache","num_speculative_tokens":1}',
                                     {"plugin_type": "prefix_cache"}])
def test_mep217_fires_on_prefix_cache_without_nz(plugins):
    model = ep_model({"ep_level": 1, "kv_cache_options": {"enable_nz": False}}, moe_ep=4, moe_tp=2)
    model["plugin_params"] = plugins
    text = dumps(full_config(model))
    d = only(lint(text), "MEP217")
    assert d.severity.label == "error"
    assert d.pointer == f"{ENTRY}/plugin_params"
    assert d.position.line == line_of(text, '"plugin_params"')


def test_mep217_fires_for_a_deepseek_name_without_a_block():
    model = {"plugin_params": '{"plugin_type":"prefix_cache"}'}
    text = dumps(full_config(model))
    d = only(lint(text), "MEP217")
    assert d.pointer == f"{ENTRY}/plugin_params"


@pytest.mark.parametrize("model", [
    {"plugin_params": '{"plugin_type":"prefix_cache"}',
     "models": {"deepseekv2": {"kv_cache_options": {"enable_nz": True}}}},
    {"plugin_params": '{"plugin_type":"prefix_cache"}',
     "models": {"deepseekv2": {"kv_cache_options": {"enable_nz": "true"}}}},
    {"plugin_params": '{"plugin_type":"mtp","num_speculative_tokens":1}',
     "models": {"deepseekv2": {"ep_level": 1}}},
    # not DeepSeek: the rule is DeepSeek-only
    {"modelName": "Qwen2-72B", "modelWeightPath": "/data/weights/Qwen2-72B",
     "plugin_params": '{"plugin_type":"prefix_cache"}'},
])
def test_mep217_quiet_with_nz_or_without_prefix_cache(model):
    assert "MEP217" not in codes(lint(dumps(full_config(model))))


def test_mep217_quiet_on_non_deepseek_weights(tmp_path):
    weights = weights_file(tmp_path, "qwen2")
    model = {"plugin_params": '{"plugin_type":"prefix_cache"}'}
    assert "MEP217" not in codes(lint(dumps(full_config(model)), weights_config=weights))


# ---------------------------------------------------------------------------------------------
# MEP218 mix-shared-routing-conflict


@pytest.mark.parametrize("dangling", [32, "32", 1])
def test_mep218_error_with_dangling_shared_experts(dangling):
    text = dumps(full_config(ep_model({"ep_level": 2, "mix_shared_routing": True,
                                       "num_dangling_shared_experts": dangling})))
    d = only(lint(text), "MEP218")
    assert d.severity.label == "error"
    assert d.pointer == f"{EP}/mix_shared_routing"
    assert d.position.line == line_of(text, '"mix_shared_routing"')
    assert [r.pointer for r in d.related] == [f"{EP}/num_dangling_shared_experts"]
    assert d.related[0].position.line == line_of(text, '"num_dangling_shared_experts"')


def _cp_layout(block: dict, cp: int = 2) -> dict:
    """Reference 4, A3 single node CP: W16 cp2 sp8 tp8 dp1 moe_ep16 moe_tp1."""
    return full_config(ep_model(block, moe_ep=16, moe_tp=1, tp=8, sp=8, cp=cp, dp=1), world_size=16)


def test_mep218_warning_with_context_parallel():
    text = dumps(_cp_layout({"ep_level": 1, "mix_shared_routing": True}))
    d = only(lint(text), "MEP218")
    assert d.severity.label == "warning"
    assert d.pointer == f"{EP}/mix_shared_routing"
    assert d.position.line == line_of(text, '"mix_shared_routing"')
    assert [r.pointer for r in d.related] == [f"{ENTRY}/cp"]
    assert d.related[0].position.line == line_of(text, '"cp"')


def test_mep218_both_branches_together():
    text = dumps(_cp_layout({"mix_shared_routing": "true", "num_dangling_shared_experts": 32}))
    found = sorted(d.severity.label for d in by_code(lint(text), "MEP218"))
    assert found == ["error", "warning"]


@pytest.mark.parametrize("config", [
    full_config(ep_model({"ep_level": 2, "mix_shared_routing": True,
                          "num_dangling_shared_experts": 0})),
    full_config(ep_model({"ep_level": 2, "mix_shared_routing": True,
                          "num_dangling_shared_experts": -1})),
    full_config(ep_model({"ep_level": 2, "mix_shared_routing": False,
                          "num_dangling_shared_experts": 32})),
    full_config(ep_model({"ep_level": 2, "num_dangling_shared_experts": 32})),
    _cp_layout({"ep_level": 1, "mix_shared_routing": True}, cp=1),
    _cp_layout({"ep_level": 1, "mix_shared_routing": False}),
])
def test_mep218_quiet_without_a_conflict(config):
    assert "MEP218" not in codes(lint(dumps(config)))


# ---------------------------------------------------------------------------------------------
# MEP219 local-tp-invalid


def _attention_dp(options: dict, **sizes) -> dict:
    """8 NPUs with attention DP: tp 1, dp 8, moe_ep 8, moe_tp 1."""
    base = {"tp": 1, "dp": 8}
    base.update(sizes)
    return full_config(ep_model({"ep_level": 2, "parallel_options": options}, **base))


@pytest.mark.parametrize("key", ["lm_head_local_tp", "o_proj_local_tp"])
def test_mep219_error_when_larger_than_a_node(key):
    text = dumps(_attention_dp({key: 16}))
    d = only(lint(text), "MEP219")
    assert d.severity.label == "error"
    assert d.pointer == f"{EP}/parallel_options/{key}"
    assert d.position.line == line_of(text, f'"{key}"')
    assert "larger than the 8 devices of one node" in d.message


def test_mep219_error_on_two_nodes_above_the_per_node_count():
    """L = W / nodes = 8 on two A2 nodes, even though W is 16."""
    config = full_config(ep_model({"ep_level": 2, "parallel_options": {"lm_head_local_tp": 16}},
                                  moe_ep=16, tp=1, dp=16), multi_node=True)
    text = dumps(config)
    d = only(lint(text, nodes=2), "MEP219")
    assert d.severity.label == "error"
    assert d.pointer == f"{EP}/parallel_options/lm_head_local_tp"
    assert d.position.line == line_of(text, '"lm_head_local_tp"')


def test_mep219_error_on_lm_head_local_tp_with_attention_tp():
    text = dumps(_attention_dp({"lm_head_local_tp": 8}, tp=8, dp=1))
    d = only(lint(text), "MEP219")
    assert d.severity.label == "error"
    assert d.pointer == f"{EP}/parallel_options/lm_head_local_tp"
    assert d.position.line == line_of(text, '"lm_head_local_tp"')
    assert "attention tp 8" in d.message
    assert [r.pointer for r in d.related] == [f"{ENTRY}/tp"]
    assert d.related[0].position.line == line_of(text, '"tp"')


def test_mep219_error_on_lm_head_local_tp_with_the_default_tp():
    config = full_config(ep_model({"ep_level": 2, "parallel_options": {"lm_head_local_tp": 8}}))
    text = dumps(config)
    d = only(lint(text), "MEP219")
    assert d.severity.label == "error"
    assert "defaults to the world size" in d.message
    assert d.related == ()


def test_mep219_warning_on_o_proj_local_tp_with_attention_tp():
    text = dumps(_attention_dp({"o_proj_local_tp": 2}, tp=2, dp=4))
    d = only(lint(text), "MEP219")
    assert d.severity.label == "warning"
    assert d.pointer == f"{EP}/parallel_options/o_proj_local_tp"
    assert d.position.line == line_of(text, '"o_proj_local_tp"')
    assert [r.pointer for r in d.related] == [f"{ENTRY}/tp"]
    assert d.related[0].position.line == line_of(text, '"tp"')


@pytest.mark.parametrize("config, options", [
    (_attention_dp({"lm_head_local_tp": 8, "o_proj_local_tp": 8}), {}),  # exactly one node
    (_attention_dp({"lm_head_local_tp": -1, "o_proj_local_tp": -1}, tp=8, dp=1), {}),  # off
    (_attention_dp({"lm_head_local_tp": "-1"}, tp=8, dp=1), {}),
    (_attention_dp({"hccl_buffer": 256}, tp=8, dp=1), {}),
    (full_config(ep_model({"ep_level": 2, "parallel_options": {"lm_head_local_tp": 8}},
                          moe_ep=16, tp=1, dp=16), multi_node=True), {"nodes": 2}),
])
def test_mep219_quiet_within_a_node_with_attention_dp_or_off(config, options):
    assert "MEP219" not in codes(lint(dumps(config), **options))


# ---------------------------------------------------------------------------------------------
# MEP220 models-not-object


@pytest.mark.parametrize("models", ['{"deepseekv2": {"ep_level": 2}}', ["deepseekv2"], 2])
def test_mep220_fires_when_models_is_not_an_object(models):
    text = dumps(full_config(ep_model(None) | {"models": models}))
    d = only(lint(text), "MEP220")
    assert d.severity.label == "error"
    assert d.pointer == f"{ENTRY}/models"
    assert d.position.line == line_of(text, '"models"')
    assert "Expected dict at models" in d.message


@pytest.mark.parametrize("model", [ep_model({"ep_level": 2}), {"models": {}}, {}])
def test_mep220_quiet_on_an_object_or_no_models(model):
    assert "MEP220" not in codes(lint(dumps(full_config(model))))


# ---------------------------------------------------------------------------------------------
# MEP221 moe-ep-buffer-too-small


@pytest.mark.parametrize("value", [256, 511, 0, "256", "big", None])
def test_mep221_fires_below_512(value):
    text = dumps(full_config(ep_model({"ep_level": 2,
                                       "parallel_options": {"hccl_moe_ep_buffer": value}})))
    d = only(lint(text), "MEP221")
    assert d.severity.label == "error"
    assert d.pointer == f"{EP}/parallel_options/hccl_moe_ep_buffer"
    assert d.position.line == line_of(text, '"hccl_moe_ep_buffer"')
    assert "512" in d.message


def test_mep221_uses_hccl_buffsize_when_it_is_higher():
    config = full_config(ep_model({"ep_level": 2, "parallel_options": {"hccl_moe_ep_buffer": 1024}}))
    d = only(lint(dumps(config), env={"HCCL_BUFFSIZE": "2048"}), "MEP221")
    assert "minimum of 2048 MB (HCCL_BUFFSIZE" in d.message
    assert "MEP221" not in codes(lint(dumps(config), env={"HCCL_BUFFSIZE": "200"}))


@pytest.mark.parametrize("value", [512, 1152, 4096, "1024"])
def test_mep221_quiet_at_or_above_512(value):
    config = full_config(ep_model({"ep_level": 2, "parallel_options": {"hccl_moe_ep_buffer": value}}))
    assert "MEP221" not in codes(lint(dumps(config)))


# ---------------------------------------------------------------------------------------------
# MEP222 plugin-params-invalid


@pytest.mark.parametrize("value", ["{plugin_type: mtp, num_speculative_tokens: 1}",
                                   '{"plugin_type":"mtp",}', '["mtp"]', '{"plugin_type": 1}',
                                   "mtp", {"plugin_type": ["mtp"]}])
def test_mep222_fires_on_unreadable_plugin_params(value):
    text = dumps(full_config({"plugin_params": value}))
    d = only(lint(text), "MEP222")
    assert d.severity.label == "error"
    assert d.pointer == f"{ENTRY}/plugin_params"
    assert d.position.line == line_of(text, '"plugin_params"')


@pytest.mark.parametrize("value", ['{"plugin_type":"mtp","num_speculative_tokens":1}',
                                   '{"plugin_type":"mtp,prefix_cache"}', "", "  ",
                                   {"plugin_type": "mtp", "num_speculative_tokens": 1}])
def test_mep222_quiet_on_valid_or_empty_plugin_params(value):
    model = {"plugin_params": value, "models": {"deepseekv2": {"kv_cache_options": {"enable_nz": True}}}}
    assert "MEP222" not in codes(lint(dumps(full_config(model))))


def test_mep222_fires_when_plugin_type_is_missing():
    text = dumps(full_config({"plugin_params": '{"num_speculative_tokens":1}'}))
    d = only(lint(text), "MEP222")
    assert d.pointer == f"{ENTRY}/plugin_params"
