"""MEP301-MEP313: the parallel topology against the global world size; MEP005: file permissions.

Each rule has a test where it fires (code, severity, pointer, line, related location), a near-miss
where it stays quiet, and a test per branch. The working layouts of reference sections 3.3 and 4
are golden cases: no rule may report an error or a warning on them.
"""

from __future__ import annotations

import json
import os

import pytest

from helpers import MODEL_CONFIG, by_code, codes, dumps, full_config, line_of, lint_text

from mindie_ep_cli.engine import CheckOptions, check_document
from mindie_ep_cli.reader import parse_document, read_path
from mindie_ep_cli.rules.registry import REGISTRY
from mindie_ep_cli.schema.profiles import Profile

ENTRY = MODEL_CONFIG
MULTI = "/BackendConfig/multiNodesInferEnabled"
DISTRIBUTED = "/BackendConfig/ScheduleConfig/distributedEnable"
DEVICES = "/BackendConfig/npuDeviceIds"


# ---------------------------------------------------------------------------------------------
# helpers


def sizes(block: dict | None = None, **values) -> dict:
    """A ModelConfig[0] update with the given parallel sizes (and a deepseekv2 block)."""
    model = dict(values)
    if block is not None:
        model["models"] = {"deepseekv2": block}
    return model


def render(config: dict, **raw: str) -> str:
    """``dumps(config)`` with each string ``"@name@"`` replaced by the raw JSON text given."""
    text = dumps(config)
    for name, value in raw.items():
        placeholder = json.dumps(f"@{name}@")
        assert placeholder in text, placeholder
        text = text.replace(placeholder, value)
    json.loads(text)
    return text


def only(diagnostics, code: str):
    found = by_code(diagnostics, code)
    assert len(found) == 1, [(d.code, d.pointer, d.message) for d in found]
    return found[0]


def entry_line(text: str) -> int:
    """The line of ModelConfig[0]'s opening brace."""
    return line_of(text, '"ModelConfig"') + 1


def write_ranktable(tmp_path, devices=(8, 8), *, server_count: object = None,
                    name: str = "ranktable.json", edit=None) -> tuple[str, str]:
    """A ranktable as hccn_tool writes it; returns (path, text)."""
    servers, rank = [], 0
    for i, count in enumerate(devices):
        device = []
        for j in range(count):
            device.append({"device_id": str(j), "device_ip": f"192.168.{i}.{j + 1}",
                           "rank_id": str(rank)})
            rank += 1
        servers.append({"server_id": f"node-{i}", "container_ip": f"10.0.0.{i + 1}",
                        "device": device})
    table = {"version": "1.0",
             "server_count": str(len(devices)) if server_count is None else server_count,
             "server_list": servers, "status": "completed"}
    if edit is not None:
        edit(table)
    text = json.dumps(table, indent=4) + "\n"
    path = tmp_path / name
    path.write_text(text)
    return str(path), text


def lint_reports(text: str, **options) -> list:
    """Every report of one check (the config's first, then e.g. the ranktable's)."""
    data = text.encode()
    from mindie_ep_cli.reader import RawInput

    doc = parse_document(RawInput("config.json", data, len(data)))
    profile = options.pop("profile", Profile("3.0", certain=True))
    opts = CheckOptions(profile=profile, env=options.pop("env", {}), **options)
    return check_document(doc, opts)


def weights_file(tmp_path, experts: int = 256, model_type: str = "deepseek_v3") -> str:
    path = tmp_path / "weights-config.json"
    path.write_text(json.dumps({"model_type": model_type, "n_routed_experts": experts,
                                "num_experts_per_tok": 8}))
    return str(path)


def test_scope_is_the_registered_topology_rules():
    modules = {"parallel_sizes", "world_size", "devices", "experts", "file_permission"}
    registered = sorted(code for code, rule in REGISTRY.items()
                        if rule.check is not None
                        and rule.check.__module__.rsplit(".", 1)[-1] in modules)
    assert registered == ["MEP005"] + [f"MEP{n}" for n in range(301, 314)]


# ---------------------------------------------------------------------------------------------
# golden cases: the working layouts of reference 3.3 and 4


def _m(block=None, **values):
    return sizes(block, **values)


GOLDEN = {
    "A3 single PD-mixed": (full_config(_m({"ep_level": 1}, dp=2, tp=8, sp=1, cp=1, moe_tp=4, moe_ep=4),
                                       world_size=16), {}),
    "A3 single dynamic EP": (full_config(_m({"ep_level": 2}, dp=2, tp=8, moe_tp=1, moe_ep=16),
                                         world_size=16), {}),
    "A3 single SP": (full_config(_m(None, dp=2, tp=8, sp=8, cp=1, moe_tp=1, moe_ep=16),
                                 world_size=16), {}),
    "A3 single CP": (full_config(_m(None, dp=1, tp=8, sp=8, cp=2, moe_tp=1, moe_ep=16),
                                 world_size=16), {}),
    "A2 two-node PD-mixed": (full_config(_m(None, dp=2, tp=8, sp=1, moe_tp=4, moe_ep=4),
                                         multi_node=True), {"nodes": 2}),
    "A2 two-node no EP": (full_config(_m(None), multi_node=True), {"nodes": 2}),
    "A2 single W4A8": (full_config(_m(None, dp=1, tp=8, sp=1, moe_tp=8, moe_ep=1)), {}),
    "Kimi-K2 four-node": (full_config(_m({"ep_level": 2}, dp=8, tp=4, moe_tp=1, moe_ep=32)
                                      | {"modelName": "Kimi-K2-Instruct",
                                         "modelWeightPath": "/data/weights/Kimi-K2"},
                                      multi_node=True), {"nodes": 4}),
    "DeepSeek-V3.2 two-node A3 torch": (full_config(_m(None, dp=4, tp=8, sp=1, cp=1, moe_tp=1,
                                                       moe_ep=32, backendType="torch"),
                                                    world_size=16, multi_node=True), {"nodes": 2}),
    "Motor A2 P": (full_config(_m({"ep_level": 1, "enable_init_routing_cutoff": False,
                                   "topk_scaling_factor": 1.0},
                                  dp=2, tp=8, sp=1, cp=1, moe_tp=4, moe_ep=4),
                               multi_node=True, server={"inferMode": "dmi"}), {"nodes": 2}),
    "Motor A2 D": (full_config(_m({"ep_level": 2,
                                   "eplb": {"level": 1, "num_redundant_experts": 64,
                                            "expert_map_file": "/data/eplb/map.json"},
                                   "parallel_options": {"hccl_moe_ep_buffer": 1152}},
                                  dp=64, tp=1, sp=1, cp=1, moe_tp=1, moe_ep=64),
                               world_size=1, server={"inferMode": "dmi", "distDPServerEnabled": True},
                               schedule={"distributedEnable": True}),
                   {"nodes": 8, "devices_per_node": 8}),
    "Motor A3 P": (full_config(_m({"ep_level": 2}, dp=2, tp=8, sp=1, cp=1, moe_tp=1, moe_ep=16),
                               world_size=16, server={"inferMode": "dmi"}), {}),
    "Motor A3 D": (full_config(_m({"ep_level": 2, "eplb": {"level": 0},
                                   "parallel_options": {"hccl_moe_ep_buffer": 4096}},
                                  dp=64, tp=1, sp=1, cp=1, moe_tp=1, moe_ep=64),
                               world_size=1, server={"inferMode": "dmi", "distDPServerEnabled": True},
                               schedule={"distributedEnable": True}),
                   {"nodes": 4, "devices_per_node": 16}),
    "DeepSeek-V3.2 PD torch P": (full_config(_m(None, dp=1, tp=1, sp=1, cp=32, moe_tp=1, moe_ep=32,
                                                backendType="torch"),
                                             multi_node=True, server={"inferMode": "dmi"}),
                                 {"nodes": 4}),
    "DeepSeek-V3.2 PD torch D": (full_config(_m(None, dp=16, tp=2, sp=1, cp=1, moe_tp=1, moe_ep=32,
                                                backendType="torch"),
                                             multi_node=True, server={"inferMode": "dmi"}),
                                 {"nodes": 4}),
    "EP doc ep_level 2 + moe_tp 1": (full_config(_m({"ep_level": 2}, moe_ep=8, moe_tp=1)), {}),
    "EP doc ep_level 1 long seq + moe_tp 1": (
        full_config(_m({"ep_level": 1, "enable_init_routing_cutoff": True,
                        "topk_scaling_factor": 0.25}, moe_ep=8, moe_tp=1),
                    deploy={"maxSeqLen": 66000, "maxInputTokenLen": 65000},
                    schedule={"maxPrefillTokens": 65536}), {}),
}


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_working_layouts_raise_no_error_or_warning(name):
    config, options = GOLDEN[name]
    loud = [(d.code, d.pointer, d.message) for d in lint_text(dumps(config), **options)
            if d.severity.label in ("error", "warning")]
    assert loud == []


def test_golden_two_node_layout_with_a_ranktable(tmp_path):
    path, _ = write_ranktable(tmp_path, (8, 8))
    config = full_config(sizes(None, dp=2, tp=8, sp=1, moe_tp=4, moe_ep=4), multi_node=True)
    found = lint_text(dumps(config), ranktable=path)
    assert [d.code for d in found if d.severity.label != "info"] == []
    assert "MEP309" not in codes(found)


# ---------------------------------------------------------------------------------------------
# MEP301 moe-size-mismatch


def test_mep301_fires_on_the_official_ep_snippet():
    text = dumps(full_config(sizes(None, moe_ep=8)))
    d = only(lint_text(text), "MEP301")
    assert d.severity.label == "error"
    assert d.pointer == f"{ENTRY}/moe_ep"
    assert d.position.line == line_of(text, '"moe_ep"')
    assert "moe_tp 8 (not set, so it defaults to the world size) = 64" in d.message
    assert "World size must equal to MoE's ep_size * MoE's tp_size" in d.message
    assert d.help == 'set "moe_tp": 1'
    assert d.related == ()


def test_mep301_relates_the_written_moe_tp_and_tp():
    text = dumps(full_config(sizes(None, tp=8, dp=1, moe_ep=4, moe_tp=4)))
    d = only(lint_text(text), "MEP301")
    assert d.pointer == f"{ENTRY}/moe_ep"
    assert d.position.line == line_of(text, '"moe_ep"')
    assert [r.pointer for r in d.related] == [f"{ENTRY}/moe_tp", f"{ENTRY}/tp"]
    assert [r.position.line for r in d.related] == [line_of(text, '"moe_tp"'), line_of(text, '"tp"')]
    assert d.help == 'set "moe_tp": 2'


def test_mep301_help_when_moe_ep_does_not_divide_the_world():
    text = dumps(full_config(sizes(None, moe_ep=3, moe_tp=2)))
    d = only(lint_text(text), "MEP301")
    assert d.help == "choose moe_ep and moe_tp whose product is 8"


def test_mep301_fires_on_the_dp_snippet_without_ep():
    """tp 1, dp 8 and no moe_tp: moe_tp defaults to tp = 1, not the world size."""
    text = dumps(full_config(sizes(None, tp=1, dp=8, cp=1, sp=1)))
    d = only(lint_text(text), "MEP301")
    assert d.severity.label == "error"
    assert d.pointer == f"{ENTRY}/tp"
    assert d.position.line == line_of(text, '"tp"')
    assert "World size must equal to MoE's tp_size" in d.message
    assert "defaults to tp" in d.message
    assert d.related == ()


def test_mep301_without_ep_points_at_a_written_moe_tp_and_relates_moe_ep():
    text = dumps(full_config(sizes(None, tp=4, dp=2, moe_tp=4, moe_ep=1)))
    d = only(lint_text(text), "MEP301")
    assert d.pointer == f"{ENTRY}/moe_tp"
    assert d.position.line == line_of(text, '"moe_tp"')
    assert [r.pointer for r in d.related] == [f"{ENTRY}/moe_ep"]
    assert d.related[0].position.line == line_of(text, '"moe_ep"')


def test_mep301_uses_the_global_world_size_on_two_nodes():
    """The per-node mistake: moe_ep 8 x moe_tp 1 = 8, but W is 16 on two A2 nodes."""
    text = dumps(full_config(sizes(None, tp=8, dp=2, moe_ep=8, moe_tp=1), multi_node=True))
    d = only(lint_text(text, nodes=2), "MEP301")
    assert d.pointer == f"{ENTRY}/moe_ep"
    assert "the world size is 16 (--nodes 2 x 8 devices per node" in d.message


def test_mep301_torch_backend_defaults_moe_tp_to_the_world_size():
    model = sizes(None, tp=1, dp=8, moe_ep=8)
    atb = lint_text(dumps(full_config(model)))
    torch = lint_text(dumps(full_config(model | {"backendType": "torch"})))
    assert "MEP301" not in codes(atb)  # atb: moe_tp = tp = 1, 8 x 1 = 8
    d = only(torch, "MEP301")
    assert "moe_tp 8 (not set, so it defaults to the world size)" in d.message


@pytest.mark.parametrize("model", [
    sizes(None, moe_ep=8, moe_tp=1),
    sizes(None, tp=1, dp=8, moe_tp=8),  # DP snippet with moe_tp written
    sizes(None, tp=1, dp=8, moe_ep=8),  # moe_tp defaults to tp = 1
    sizes(None, tp=4, dp=2, moe_ep=2, moe_tp=4),
    sizes(None),  # all defaults
])
def test_mep301_quiet_when_the_moe_product_is_the_world_size(model):
    assert "MEP301" not in codes(lint_text(dumps(full_config(model))))


# ---------------------------------------------------------------------------------------------
# MEP302 moe-tp-implicit


def test_mep302_warns_when_the_default_moe_tp_happens_to_fit():
    text = dumps(full_config(sizes(None, tp=2, dp=4, moe_ep=4)))
    d = only(lint_text(text), "MEP302")
    assert d.severity.label == "warning"
    assert d.pointer == f"{ENTRY}/moe_ep"
    assert d.position.line == line_of(text, '"moe_ep"')
    assert "it defaults to tp (2)" in d.message


def test_mep302_warns_with_the_world_size_unknown():
    text = dumps(full_config(sizes(None, moe_ep=16), multi_node=True))
    d = only(lint_text(text), "MEP302")
    assert d.pointer == f"{ENTRY}/moe_ep"
    assert d.message.endswith("it defaults to the world size")


@pytest.mark.parametrize("model", [
    sizes(None, tp=2, dp=4, moe_ep=4, moe_tp=2),  # explicit
    sizes(None, moe_ep=8),  # the default does not fit: MEP301 reports it instead
    sizes(None, tp=1, dp=8),  # EP off
    sizes(None, moe_ep=1),
])
def test_mep302_quiet_with_moe_tp_written_or_ep_off(model):
    assert "MEP302" not in codes(lint_text(dumps(full_config(model))))


# ---------------------------------------------------------------------------------------------
# MEP303 attention-size-mismatch


def test_mep303_fires_on_dp_times_tp_above_the_world_size():
    text = dumps(full_config(sizes(None, dp=2, tp=8)))
    d = only(lint_text(text), "MEP303")
    assert d.severity.label == "error"
    assert d.pointer == f"{ENTRY}/dp"
    assert d.position.line == line_of(text, '"dp"')
    assert "tp 8 x cp 1 x dp 2 = 16" in d.message
    assert "attention's dp_size * cp_size * tp_size" in d.message
    assert d.help == 'with dp 2 and cp 1, set "tp": 4'
    assert [r.pointer for r in d.related] == [f"{ENTRY}/tp"]
    assert d.related[0].position.line == line_of(text, '"tp"')


def test_mep303_points_at_tp_without_dp_and_relates_cp():
    text = dumps(full_config(sizes(None, tp=4, cp=2, sp=4, moe_tp=16), world_size=16))
    d = only(lint_text(text), "MEP303")
    assert d.pointer == f"{ENTRY}/tp"
    assert d.position.line == line_of(text, '"tp"')
    assert [r.pointer for r in d.related] == [f"{ENTRY}/cp"]
    assert d.related[0].position.line == line_of(text, '"cp"')


def test_mep303_pipeline_parallel_branch():
    text = dumps(full_config(sizes(None, pp=2, tp=8)))
    d = only(lint_text(text), "MEP303")
    assert d.severity.label == "error"
    assert d.pointer == f"{ENTRY}/pp"
    assert d.position.line == line_of(text, '"pp"')
    assert "tp 8 x pp 2 = 16" in d.message
    assert [r.pointer for r in d.related] == [f"{ENTRY}/tp"]


@pytest.mark.parametrize("key, value", [("dp", 0), ("cp", 0), ("dp", 0.5), ("dp", "0")])
def test_mep303_survives_a_zero_dp_or_cp(key, value):
    """Regression: dp or cp 0 (0.5 is cast to 0) made MEP303 divide by zero and crash the lint."""
    text = dumps(full_config(sizes(None, **{key: value})))
    d = only(lint_text(text), "MEP303")
    assert d.severity.label == "error"
    # dp written: on dp; otherwise on tp, which is absent here, so on the entry
    assert d.pointer == (f"{ENTRY}/dp" if key == "dp" else ENTRY)
    assert d.help == "choose tp, cp and dp whose product is 8"
    assert "MEP307" in codes(lint_text(text))


def test_mep303_uses_the_global_world_size_on_two_nodes():
    text = dumps(full_config(sizes(None, dp=2, tp=4, moe_tp=16), multi_node=True))
    d = only(lint_text(text, nodes=2), "MEP303")
    assert "= 8, but the world size is 16" in d.message


@pytest.mark.parametrize("model, world", [
    (sizes(None, dp=2, tp=4, moe_tp=8), 8),  # the data_parallel.md example
    (sizes(None, pp=2, tp=4, moe_tp=8), 8),
    (sizes(None, cp=2, sp=8, tp=8, dp=1, moe_ep=16, moe_tp=1), 16),
    (sizes(None), 8),
])
def test_mep303_quiet_when_the_attention_product_is_the_world_size(model, world):
    assert "MEP303" not in codes(lint_text(dumps(full_config(model, world_size=world))))


# ---------------------------------------------------------------------------------------------
# MEP304 sp-must-equal-tp


def test_mep304_fires_when_sp_differs_from_tp():
    text = dumps(full_config(sizes(None, tp=8, sp=4)))
    d = only(lint_text(text), "MEP304")
    assert d.severity.label == "error"
    assert d.pointer == f"{ENTRY}/sp"
    assert d.position.line == line_of(text, '"sp"')
    assert [r.pointer for r in d.related] == [f"{ENTRY}/tp"]
    assert d.related[0].position.line == line_of(text, '"tp"')
    assert d.help == 'set "sp": 8, or "sp": 1'


def test_mep304_compares_with_the_default_tp():
    text = dumps(full_config(sizes(None, sp=4)))
    d = only(lint_text(text), "MEP304")
    assert d.pointer == f"{ENTRY}/sp"
    assert "tp 8 (not set, so it defaults to the world size)" in d.message
    assert d.related == ()


@pytest.mark.parametrize("model", [sizes(None, tp=8, sp=8), sizes(None, sp=8), sizes(None, sp=1, tp=8),
                                   sizes(None, tp=4, dp=2, moe_tp=8)])
def test_mep304_quiet_when_sp_is_tp_or_off(model):
    assert "MEP304" not in codes(lint_text(dumps(full_config(model))))


# ---------------------------------------------------------------------------------------------
# MEP305 cp-with-dp


def test_mep305_fires_on_context_parallel_with_dp():
    text = dumps(full_config(sizes(None, cp=2, dp=2, tp=4, moe_tp=16), world_size=16))
    d = only(lint_text(text), "MEP305")
    assert d.severity.label == "error"
    assert d.pointer == f"{ENTRY}/cp"
    assert d.position.line == line_of(text, '"cp"')
    assert [r.pointer for r in d.related] == [f"{ENTRY}/dp"]
    assert d.related[0].position.line == line_of(text, '"dp"')


def test_mep305_fires_on_pipeline_parallel_with_dp():
    text = dumps(full_config(sizes(None, pp=2, dp=2, tp=4, moe_tp=8)))
    d = only(lint_text(text), "MEP305")
    assert d.severity.label == "error"
    assert d.pointer == f"{ENTRY}/pp"
    assert d.position.line == line_of(text, '"pp"')
    assert [r.pointer for r in d.related] == [f"{ENTRY}/dp"]


@pytest.mark.parametrize("model", [
    sizes(None, cp=2, dp=1, tp=8, sp=8, moe_tp=16),
    sizes(None, cp=2, tp=8, sp=8, moe_tp=16),
    sizes(None, cp=1, dp=2, tp=8, moe_tp=16),
    sizes(None, pp=2, tp=8, moe_tp=16),
])
def test_mep305_quiet_with_dp_1_or_cp_pp_1(model):
    assert "MEP305" not in codes(lint_text(dumps(full_config(model, world_size=16))))


# ---------------------------------------------------------------------------------------------
# MEP306 tp-exceeds-node


def _four_a2_nodes(model: dict) -> tuple[str, dict]:
    """W = 32 on four A2 nodes, L = 8."""
    return dumps(full_config(model, multi_node=True)), {"nodes": 4}


def test_mep306_fires_on_moe_tp_spanning_part_of_several_nodes():
    text, options = _four_a2_nodes(sizes(None, moe_ep=2, moe_tp=16))
    d = only(lint_text(text, **options), "MEP306")
    assert d.severity.label == "error"
    assert d.pointer == f"{ENTRY}/moe_tp"
    assert d.position.line == line_of(text, '"moe_tp"')
    assert "larger than one node (8 devices) but not the whole world size 32" in d.message


def test_mep306_fires_on_tp_spanning_part_of_several_nodes():
    text, options = _four_a2_nodes(sizes(None, tp=16, dp=2, moe_tp=32))
    d = only(lint_text(text, **options), "MEP306")
    assert d.pointer == f"{ENTRY}/tp"
    assert d.position.line == line_of(text, '"tp"')


@pytest.mark.parametrize("model", [
    sizes(None, moe_ep=4, moe_tp=8),  # a TP group per node
    sizes(None, moe_ep=32, moe_tp=1),
    sizes(None, tp=32),  # the whole world
    sizes(None, tp=8, dp=4, moe_tp=32),  # moe_tp = W without EP
])
def test_mep306_quiet_within_a_node_or_over_the_whole_world(model):
    text, options = _four_a2_nodes(model)
    assert "MEP306" not in codes(lint_text(text, **options))


# ---------------------------------------------------------------------------------------------
# MEP307 parallel-size-below-1


@pytest.mark.parametrize("profile, severity", [
    (Profile("3.0", certain=True), "error"),
    (Profile("3.0", certain=False), "warning"),
])
def test_mep307_dp_minus_one_on_3_0(profile, severity):
    text = dumps(full_config(sizes(None, dp=-1)))
    d = only(lint_text(text, profile=profile), "MEP307")
    assert d.severity.label == severity
    assert d.pointer == f"{ENTRY}/dp"
    assert d.position.line == line_of(text, '"dp"')
    assert "dp cannot be smaller than 1" in d.message
    assert d.help == 'set "dp": 1'


def test_mep307_dp_minus_one_is_quiet_on_2_x():
    text = dumps(full_config(sizes(None, dp=-1)))
    assert "MEP307" not in codes(lint_text(text, profile=Profile("2.x", certain=True)))


@pytest.mark.parametrize("key, value", [("dp", 0), ("sp", -2), ("cp", 0)])
def test_mep307_other_values_below_1_are_errors_on_2_x(key, value):
    text = dumps(full_config(sizes(None, **{key: value})))
    d = only(lint_text(text, profile=Profile("2.x", certain=True)), "MEP307")
    assert d.severity.label == "error"
    assert d.pointer == f"{ENTRY}/{key}"
    assert d.position.line == line_of(text, f'"{key}"')


@pytest.mark.parametrize("key, value", [("sp", 0), ("cp", -1), ("dp", "-1"), ("dp", -2),
                                        ("dp", 0), ("dp", 0.5), ("cp", "0")])
def test_mep307_sp_cp_and_strings_on_3_0(key, value):
    text = dumps(full_config(sizes(None, **{key: value})))
    d = only(lint_text(text), "MEP307")
    assert d.severity.label == "error"
    assert d.pointer == f"{ENTRY}/{key}"
    assert f"{key} cannot be smaller than 1" in d.message


@pytest.mark.parametrize("model", [sizes(None, dp=1), sizes(None, dp=2, tp=4, moe_tp=8), sizes(None)])
def test_mep307_quiet_at_1_or_above(model):
    assert "MEP307" not in codes(lint_text(dumps(full_config(model))))


# ---------------------------------------------------------------------------------------------
# MEP308 device-list-mismatch


def test_mep308_fires_on_more_device_lists_than_instances():
    config = full_config(backend={"npuDeviceIds": "@devices@"})
    text = render(config, devices="[[0, 1, 2, 3, 4, 5, 6, 7],\n [8, 9, 10, 11, 12, 13, 14, 15]]")
    d = only(lint_text(text), "MEP308")
    assert d.severity.label == "error"
    assert d.pointer == DEVICES
    assert d.position.line == line_of(text, '"npuDeviceIds"')
    assert [r.pointer for r in d.related] == ["/BackendConfig/modelInstanceNumber"]
    assert d.related[0].position.line == line_of(text, '"modelInstanceNumber"')


def test_mep308_fires_on_a_list_shorter_than_world_size():
    """Reference 3.1: worldSize raised to 16 for an A3 node, the dies not listed."""
    config = full_config(sizes(None), world_size=16, backend={"npuDeviceIds": "@devices@"})
    text = render(config, devices="[\n[0, 1, 2, 3, 4, 5, 6, 7]\n]")
    d = only(lint_text(text), "MEP308")
    assert d.severity.label == "error"
    assert d.pointer == f"{DEVICES}/0"
    assert d.position.line == line_of(text, "[0, 1, 2, 3, 4, 5, 6, 7]")
    assert "lists 8 devices but ModelConfig[0].worldSize is 16" in d.message
    assert [r.pointer for r in d.related] == [f"{ENTRY}/worldSize"]
    assert d.related[0].position.line == line_of(text, '"worldSize"')


def test_mep308_fires_on_a_device_listed_twice():
    config = full_config(backend={"npuDeviceIds": "@devices@"})
    text = render(config, devices="[[0, 1, 2,\n 1, 4, 5, 6, 7]]")
    d = only(lint_text(text), "MEP308")
    assert d.severity.label == "error"
    assert d.pointer == f"{DEVICES}/0/3"
    assert d.position.line == line_of(text, " 1, 4, 5, 6, 7]]")
    assert "device 1 appears twice" in d.message
    assert [r.pointer for r in d.related] == [f"{DEVICES}/0/1"]
    assert d.related[0].position.line == line_of(text, "[[0, 1, 2,")


def test_mep308_every_repeat_relates_to_the_first_listing():
    config = full_config(backend={"npuDeviceIds": [[0, 1, 2, 1, 1, 5, 6, 7]]})
    found = by_code(lint_text(dumps(config)), "MEP308")
    assert [d.pointer for d in found] == [f"{DEVICES}/0/3", f"{DEVICES}/0/4"]
    assert [[r.pointer for r in d.related] for d in found] == [[f"{DEVICES}/0/1"]] * 2


def test_mep308_multi_node_lists_are_still_checked_against_world_size():
    config = full_config(sizes(None), multi_node=True, backend={"npuDeviceIds": [[0, 1, 2, 3]]})
    d = only(lint_text(dumps(config), nodes=2), "MEP308")
    assert d.pointer == f"{DEVICES}/0"


@pytest.mark.parametrize("world, devices, instances", [
    (8, [[0, 1, 2, 3, 4, 5, 6, 7]], 1),
    (16, [list(range(16))], 1),
    (4, [[0, 1, 2, 3], [4, 5, 6, 7]], 2),
    (8, [[7, 6, 5, 4, 3, 2, 1, 0]], 1),
])
def test_mep308_quiet_on_consistent_lists(world, devices, instances):
    config = full_config(sizes(None), world_size=world,
                         backend={"npuDeviceIds": devices, "modelInstanceNumber": instances})
    assert "MEP308" not in codes(lint_text(dumps(config)))


# ---------------------------------------------------------------------------------------------
# MEP309 node-count-unknown


def test_mep309_on_a_multi_node_config_without_nodes():
    text = dumps(full_config(sizes(None, moe_ep=8), multi_node=True))
    found = lint_text(text)
    d = only(found, "MEP309")
    assert d.severity.label == "info"
    assert d.pointer == MULTI
    assert d.position.line == line_of(text, '"multiNodesInferEnabled"')
    assert "--nodes N" in d.help
    # the world-size rules are skipped: the official EP snippet is not reported here
    assert "MEP301" not in codes(found)


def test_mep309_on_a_distributed_instance_without_the_per_node_count():
    config = full_config(sizes(None, dp=64, tp=1, moe_ep=64, moe_tp=1), world_size=1,
                         schedule={"distributedEnable": True})
    text = dumps(config)
    for options in ({}, {"nodes": 8}):  # --nodes alone: worldSize 1 is not the per-node count
        d = only(lint_text(text, **options), "MEP309")
        assert d.pointer == DISTRIBUTED
        assert d.position.line == line_of(text, '"distributedEnable"')


def test_mep309_on_a_fragment_that_does_not_say_multi_node():
    text = '{\n  "worldSize": 8, "moe_ep": 8, "moe_tp": 1\n}\n'
    d = only(lint_text(text, fragment=True), "MEP309")
    assert d.pointer == ENTRY
    assert d.position.line == 1
    assert "pass --nodes N" in d.message


def test_mep309_is_said_once_per_file():
    config = full_config(sizes(None), multi_node=True)
    entries = config["BackendConfig"]["ModelDeployConfig"]["ModelConfig"]
    entries.append(dict(entries[0], modelName="second"))
    assert codes(lint_text(dumps(config))).count("MEP309") == 1


@pytest.mark.parametrize("config, options", [
    (full_config(sizes(None), multi_node=True), {"nodes": 2}),
    (full_config(sizes(None)), {}),
    (full_config(sizes(None), world_size=1, schedule={"distributedEnable": True}),
     {"nodes": 8, "devices_per_node": 8}),
])
def test_mep309_quiet_when_the_world_size_is_known(config, options):
    assert "MEP309" not in codes(lint_text(dumps(config), **options))


def test_mep309_fragment_quiet_with_nodes():
    assert "MEP309" not in codes(lint_text('{"worldSize": 8, "moe_ep": 8, "moe_tp": 1}',
                                           fragment=True, nodes=1))


# ---------------------------------------------------------------------------------------------
# MEP310 ranktable-invalid


def test_mep310_fires_in_the_config_and_in_the_ranktable(tmp_path):
    path, table_text = write_ranktable(tmp_path, (8, 8), server_count=2)  # a number
    text = dumps(full_config(sizes(None, dp=2, tp=8, moe_ep=4, moe_tp=4), multi_node=True))
    reports = lint_reports(text, ranktable=path)
    d = only(reports[0].diagnostics, "MEP310")
    assert d.severity.label == "error"
    assert d.pointer == MULTI
    assert d.position.line == line_of(text, '"multiNodesInferEnabled"')
    assert path in d.message and "1 of the server's ranktable rules" in d.message
    assert len(reports) == 2 and reports[1].path == path
    rd = only(reports[1].diagnostics, "MEP310")
    assert rd.severity.label == "error"
    assert rd.pointer == "/server_count"
    assert rd.position.line == line_of(table_text, '"server_count"')
    # the world size is still taken from the table: 2 x 8
    assert "MEP309" not in codes(reports[0].diagnostics)


def _drop_container_ip(table):
    del table["server_list"][1]["container_ip"]


def _bad_device(table):
    table["server_list"][0]["device"][2].update({"device_id": "64", "device_ip": "not-an-ip"})


@pytest.mark.parametrize("devices, server_count, edit, pointers", [
    ((8, 8), "3", None, ["/server_count"]),
    ((8, 8), "1", None, ["/server_count"]),
    ((8, 8), None, _drop_container_ip, ["/server_list/1"]),
    ((8, 8), None, _bad_device, ["/server_list/0/device/2/device_id",
                                 "/server_list/0/device/2/device_ip"]),
    ((8, 4), None, None, ["/server_list"]),
    ((33, 33), None, None, ["/server_list/0/device", "/server_list/1/device"]),
])
def test_mep310_ranktable_rules(tmp_path, devices, server_count, edit, pointers):
    path, _ = write_ranktable(tmp_path, devices, server_count=server_count, edit=edit)
    text = dumps(full_config(sizes(None), multi_node=True))
    reports = lint_reports(text, ranktable=path)
    assert by_code(reports[0].diagnostics, "MEP310")[0].pointer == MULTI
    assert sorted(d.pointer for d in by_code(reports[1].diagnostics, "MEP310")) == sorted(pointers)


def test_mep310_missing_container_ip_is_located_at_the_server(tmp_path):
    path, table_text = write_ranktable(tmp_path, (8, 8), edit=_drop_container_ip)
    reports = lint_reports(dumps(full_config(sizes(None), multi_node=True)), ranktable=path)
    rd = only(reports[1].diagnostics, "MEP310")
    assert rd.position.line == line_of(table_text, '"server_id": "node-1"') - 1


def test_mep310_on_a_distributed_instance_points_at_distributed_enable(tmp_path):
    path, _ = write_ranktable(tmp_path, (8, 8), server_count=2)
    config = full_config(sizes(None, dp=16, tp=1, moe_ep=16, moe_tp=1), world_size=1,
                         schedule={"distributedEnable": True})
    text = dumps(config)
    d = only(lint_text(text, ranktable=path), "MEP310")
    assert d.pointer == DISTRIBUTED
    assert d.position.line == line_of(text, '"distributedEnable"')


def test_mep310_reads_rank_table_file_from_the_environment(tmp_path):
    path, _ = write_ranktable(tmp_path, (8, 8), server_count="61")
    text = dumps(full_config(sizes(None), multi_node=True))
    d = only(lint_text(text, env={"RANK_TABLE_FILE": path}), "MEP310")
    assert d.pointer == MULTI


def test_mep310_points_the_config_at_a_ranktable_that_is_not_valid_json(tmp_path):
    """Regression: an unreadable ranktable (which the server refuses) got only MEP001 in its own
    report, nothing in the config, and MEP309 asked for --ranktable although it was given."""
    path, table_text = write_ranktable(tmp_path, (8, 8))
    (tmp_path / "ranktable.json").write_text(table_text[:200])  # cut short by a failed copy
    text = dumps(full_config(sizes(None, dp=2, tp=8, moe_ep=4, moe_tp=4), multi_node=True))
    reports = lint_reports(text, ranktable=path)
    assert "MEP001" in codes(reports[1].diagnostics)
    d = only(reports[0].diagnostics, "MEP310")
    assert d.severity.label == "error"
    assert d.pointer == MULTI
    assert d.position.line == line_of(text, '"multiNodesInferEnabled"')
    unknown = only(reports[0].diagnostics, "MEP309")
    assert "cannot be used" in unknown.message


def test_mep310_config_finding_for_a_ranktable_with_a_comment(tmp_path):
    path, table_text = write_ranktable(tmp_path, (8, 8))
    (tmp_path / "ranktable.json").write_text(table_text.replace('"status"', '// ok\n"status"'))
    reports = lint_reports(dumps(full_config(sizes(None), multi_node=True)), ranktable=path)
    assert "MEP001" in codes(reports[1].diagnostics)
    assert only(reports[0].diagnostics, "MEP310").pointer == MULTI


def test_mep310_quiet_on_a_valid_ranktable(tmp_path):
    path, _ = write_ranktable(tmp_path, (8, 8))
    reports = lint_reports(dumps(full_config(sizes(None), multi_node=True)), ranktable=path)
    assert "MEP310" not in codes(reports[0].diagnostics)
    assert "MEP310" not in codes(reports[1].diagnostics)


def test_mep310_quiet_on_a_single_node_config(tmp_path):
    """MindIE does not read the ranktable when multi-node is off."""
    path, _ = write_ranktable(tmp_path, (8, 8), server_count=2)
    reports = lint_reports(dumps(full_config(sizes(None))), ranktable=path)
    assert len(reports) == 1
    assert "MEP310" not in codes(reports[0].diagnostics)


# ---------------------------------------------------------------------------------------------
# MEP311 experts-uneven


def test_mep311_informs_on_an_uneven_split():
    text = dumps(full_config(sizes({"ep_level": 2}, moe_ep=12, moe_tp=1), world_size=12))
    d = only(lint_text(text), "MEP311")
    assert d.severity.label == "info"
    assert d.pointer == f"{ENTRY}/moe_ep"
    assert d.position.line == line_of(text, '"moe_ep"')
    assert ("256 routed experts over 12 EP devices do not divide evenly: 11 devices hold 22 "
            "and 1 device holds 14") in d.message


def test_mep311_names_devices_left_without_experts():
    text = dumps(full_config(sizes({"ep_level": 2}, moe_ep=48, moe_tp=1), world_size=48))
    d = only(lint_text(text), "MEP311")
    assert "42 devices hold 6, 1 device holds 4 and 5 devices hold 0" in d.message


def test_mep311_reads_the_expert_count_from_the_weights(tmp_path):
    text = dumps(full_config(sizes({"ep_level": 2}, moe_ep=12, moe_tp=1), world_size=12))
    d = only(lint_text(text, weights_config=weights_file(tmp_path, 160, "deepseek_v2")), "MEP311")
    assert "160 routed experts over 12 EP devices" in d.message
    assert "11 devices hold 14 and 1 device holds 6" in d.message


def test_mep311_counts_redundant_experts_of_static_eplb():
    block = {"ep_level": 2, "eplb": {"level": 1, "expert_map_file": "/data/map.json",
                                     "num_redundant_experts": 8}}
    text = dumps(full_config(sizes(block, moe_ep=16, moe_tp=1), world_size=16))
    d = only(lint_text(text), "MEP311")
    assert "264 routed experts over 16 EP devices" in d.message
    assert "15 devices hold 17 and 1 device holds 9" in d.message


def test_mep311_subtracts_dangling_shared_expert_devices():
    uneven = full_config(sizes({"ep_level": 2}, moe_ep=40, moe_tp=1), world_size=40)
    even = full_config(sizes({"ep_level": 2, "num_dangling_shared_experts": 8}, moe_ep=40, moe_tp=1),
                       world_size=40)
    assert "MEP311" in codes(lint_text(dumps(uneven)))
    assert "MEP311" not in codes(lint_text(dumps(even)))  # 256 over 32


@pytest.mark.parametrize("model, world", [
    (sizes({"ep_level": 2}, moe_ep=8, moe_tp=1), 8),
    (sizes({"ep_level": 2}, moe_ep=16, moe_tp=1), 16),
    # EPLB off: the redundant experts are not placed
    (sizes({"ep_level": 2, "eplb": {"level": 0, "num_redundant_experts": 8}}, moe_ep=16, moe_tp=1), 16),
    # Motor A2 D: 256 + 64 redundant over 64
    (sizes({"ep_level": 2, "eplb": {"level": 1, "expert_map_file": "/m.json",
                                    "num_redundant_experts": 64}}, moe_ep=64, moe_tp=1), 64),
    (sizes(None, tp=4, dp=3, moe_tp=12), 12),  # EP off
    # experts unknown: not a DeepSeek name and no weights
    (sizes({"ep_level": 2}, moe_ep=12, moe_tp=1, modelName="mymoe",
           modelWeightPath="/data/weights/mymoe"), 12),
])
def test_mep311_quiet_on_an_even_split_or_without_ep(model, world):
    assert "MEP311" not in codes(lint_text(dumps(full_config(model, world_size=world))))


# ---------------------------------------------------------------------------------------------
# MEP312 world-size-not-divisible


def test_mep312_fires_on_unequal_nodes_in_the_ranktable(tmp_path):
    path, _ = write_ranktable(tmp_path, (8, 8, 4))
    text = dumps(full_config(sizes(None), multi_node=True))
    found = lint_text(text, ranktable=path)
    d = only(found, "MEP312")
    assert d.severity.label == "error"
    assert d.pointer == ENTRY
    assert d.position.line == entry_line(text)
    assert "world size 20 is not a multiple of the 3 nodes" in d.message
    assert "MEP310" in codes(found)  # the ranktable itself breaks the equal-devices rule


def test_mep312_quiet_on_equal_nodes(tmp_path):
    path, _ = write_ranktable(tmp_path, (8, 8, 8))
    assert "MEP312" not in codes(lint_text(dumps(full_config(sizes(None), multi_node=True)),
                                           ranktable=path))


# ---------------------------------------------------------------------------------------------
# MEP313 nodes-without-multi-node


def test_mep313_fires_on_nodes_with_multi_node_false():
    text = dumps(full_config(sizes(None), world_size=16))
    d = only(lint_text(text, nodes=2), "MEP313")
    assert d.severity.label == "warning"
    assert d.pointer == MULTI
    assert d.position.line == line_of(text, '"multiNodesInferEnabled"')
    assert "worldSize 16" in d.message


def test_mep313_fires_on_nodes_with_multi_node_absent():
    config = full_config(sizes(None))
    del config["BackendConfig"]["multiNodesInferEnabled"]
    text = dumps(config)
    d = only(lint_text(text, nodes=2), "MEP313")
    assert d.pointer == "/BackendConfig"
    assert d.position.line == line_of(text, '"BackendConfig"')
    assert d.related == ()


@pytest.mark.parametrize("config, options", [
    (full_config(sizes(None), multi_node=True), {"nodes": 2}),
    (full_config(sizes(None)), {"nodes": 1}),
    (full_config(sizes(None)), {}),
    (full_config(sizes(None, dp=16, tp=1, moe_ep=16, moe_tp=1), world_size=1,
                 schedule={"distributedEnable": True}), {"nodes": 2, "devices_per_node": 8}),
])
def test_mep313_quiet_on_multi_node_or_one_node(config, options):
    assert "MEP313" not in codes(lint_text(dumps(config), **options))


# ---------------------------------------------------------------------------------------------
# MEP005 file-permission

OTHER_UID = str(os.getuid() + 4242)


def lint_file(path, **options) -> list:
    raw = read_path(str(path))
    doc = parse_document(raw)
    opts = CheckOptions(profile=Profile("3.0", certain=True), env=options.pop("env", {}),
                        **options)
    return check_document(doc, opts)[0].diagnostics


def config_file(tmp_path, mode: int, name: str = "config.json"):
    path = tmp_path / name
    path.write_text(dumps(full_config()))
    os.chmod(path, mode)
    return path


@pytest.mark.parametrize("mode", [0o644, 0o660, 0o664, 0o755, 0o641, 0o740])
def test_mep005_fires_on_a_mode_wider_than_640(tmp_path, mode):
    path = config_file(tmp_path, mode)
    d = only(lint_file(path, check_permissions=True, server_user=str(os.getuid())), "MEP005")
    assert d.severity.label == "error"
    assert d.pointer == ""
    assert d.position.line == 1
    assert f"mode {mode:04o}, wider than 0640" in d.message
    assert d.help == f"chmod 640 {path}"


@pytest.mark.parametrize("mode", [0o640, 0o600, 0o440, 0o400])
def test_mep005_quiet_at_640_or_narrower(tmp_path, mode):
    path = config_file(tmp_path, mode)
    assert "MEP005" not in codes(lint_file(path, check_permissions=True,
                                           server_user=str(os.getuid())))


def test_mep005_fires_when_another_user_runs_the_server(tmp_path):
    path = config_file(tmp_path, 0o640)
    d = only(lint_file(path, check_permissions=True, server_user=OTHER_UID), "MEP005")
    assert d.severity.label == "error"
    assert d.pointer == ""
    assert d.position.line == 1
    assert f"the server runs as {OTHER_UID}" in d.message
    assert "owned by another user" in d.message


def test_mep005_owner_from_the_install_folder(tmp_path):
    install = tmp_path / "mindie"
    install.mkdir()
    path = config_file(tmp_path, 0o640)
    found = lint_file(path, check_permissions=True, env={"MINDIE_LLM_HOME_PATH": str(install)})
    assert "MEP005" not in codes(found)


def test_mep005_fires_on_a_symlink(tmp_path):
    target = config_file(tmp_path, 0o640, "real.json")
    link = tmp_path / "config.json"
    link.symlink_to(target)
    d = only(lint_file(link, check_permissions=True, server_user=str(os.getuid())), "MEP005")
    assert d.severity.label == "error"
    assert d.pointer == ""
    assert d.position.line == 1
    assert "symbolic link" in d.message


def test_mep005_reports_each_problem(tmp_path):
    path = config_file(tmp_path, 0o666)
    found = by_code(lint_file(path, check_permissions=True, server_user=OTHER_UID), "MEP005")
    assert len(found) == 2


def test_mep005_quiet_without_check_permissions(tmp_path):
    path = config_file(tmp_path, 0o666)
    assert "MEP005" not in codes(lint_file(path, server_user=OTHER_UID))


def test_mep005_checks_the_ranktable_too(tmp_path):
    path, _ = write_ranktable(tmp_path, (8, 8))
    os.chmod(path, 0o644)
    text = dumps(full_config(sizes(None), multi_node=True))
    reports = lint_reports(text, ranktable=path, check_permissions=True,
                           server_user=str(os.getuid()))
    d = only(reports[1].diagnostics, "MEP005")
    assert "the ranktable file has mode 0644" in d.message
    # reference 1.9: the server refuses a ranktable wider than 640, so the config says so too
    assert only(reports[0].diagnostics, "MEP310").pointer == MULTI
    os.chmod(path, 0o640)
    reports = lint_reports(text, ranktable=path, check_permissions=True,
                           server_user=str(os.getuid()))
    assert "MEP005" not in codes(reports[1].diagnostics)
