"""Golden cases: every working layout of the MindIE reference (sections 3.3 and 4), completed into
a whole 3.0 config, has no error; and the two documented EP examples behave as the reference says."""

from __future__ import annotations

import pytest

from helpers import MODEL_CONFIG, by_code, dumps, errors, full_config, line_of, lint_text

MTP = "{\"plugin_type\":\"mtp\",\"num_speculative_tokens\": 1}"
NZ = {"kv_cache_options": {"enable_nz": True}}
DMI = {"inferMode": "dmi"}


def decode_instance(model: dict, **extra) -> dict:
    """A distributed-DP decode instance: one NPU per server process (reference 3.2)."""
    config = full_config(model, world_size=1, server={**DMI, "distDPServerEnabled": True},
                         schedule={"distributedEnable": True}, **extra)
    return config


GOLDEN = {
    # ref 3.3 "A3 16: dp2 tp8 moe_tp4 moe_ep4 OK"; ref 4 A3 single node PD-mixed (A3_single.md)
    "a3-single-hybrid": (full_config({"dp": 2, "cp": 1, "tp": 8, "sp": 1, "moe_tp": 4, "moe_ep": 4,
                                      "plugin_params": MTP,
                                      "models": {"deepseekv2": {"ep_level": 1, **NZ,
                                                                "enable_mlapo_prefetch": True}}},
                                     world_size=16), {}),
    # ref 3.3 "2xA2 (W=16, n=2): dp2 tp8 moe_tp4 moe_ep4 OK"; ref 4 A2 two-node PD-mixed
    "a2-two-node-hybrid": (full_config({"dp": 2, "sp": 1, "tp": 8, "moe_ep": 4, "moe_tp": 4,
                                        "plugin_params": MTP, "models": {"deepseekv2": NZ}},
                                       world_size=8, multi_node=True), {"nodes": 2}),
    # ref 3.3 SP doc: W16 dp2 sp8 tp8 moe_ep16 moe_tp1 OK
    "sp-doc": (full_config({"dp": 2, "sp": 8, "tp": 8, "moe_ep": 16, "moe_tp": 1},
                           world_size=16), {}),
    # ref 3.3 CP doc: W16 cp2 sp8 tp8 dp1 moe_ep16 OK
    "cp-doc": (full_config({"dp": 1, "cp": 2, "sp": 8, "tp": 8, "moe_ep": 16, "moe_tp": 1},
                           world_size=16), {}),
    # ref 4 A3 single, dynamic EP (deepseek-r1 README, optimization_and_tuning.md)
    "a3-dynamic-ep": (full_config({"dp": 2, "tp": 8, "moe_tp": 1, "moe_ep": 16,
                                   "models": {"deepseekv2": {"ep_level": 2}}}, world_size=16), {}),
    # ref 4 A2 two-node, no EP (older guide): defaults tp = moe_tp = 16
    "a2-two-node-no-ep": (full_config({}, world_size=8, multi_node=True), {"nodes": 2}),
    # ref 4 A2 single node W4A8
    "a2-single-w4a8": (full_config({"moe_ep": 1, "moe_tp": 8, "sp": 1, "tp": 8, "dp": 1,
                                    "plugin_params": MTP, "models": {"deepseekv2": NZ}},
                                   world_size=8), {}),
    # ref 4 Kimi-K2 four A2 nodes, W 32
    "kimi-k2-four-node": (full_config({"modelName": "kimi_k2", "dp": 8, "tp": 4, "moe_tp": 1,
                                       "moe_ep": 32, "models": {"deepseekv2": {"ep_level": 2}}},
                                      world_size=8, multi_node=True), {"nodes": 4}),
    # ref 4 DeepSeek-V3.2 two A3 nodes, torch backend
    "dsv32-two-a3": (full_config({"modelName": "DeepSeek-V3.2", "backendType": "torch", "dp": 4,
                                  "tp": 8, "cp": 1, "sp": 1, "pp": 1, "moe_ep": 32, "moe_tp": 1,
                                  "plugin_params": MTP.replace("1}", "2}")},
                                 world_size=16, multi_node=True), {"nodes": 2}),
    # ref 4 PD-separated A2 (Motor) prefill: 2 pods x 8
    "motor-a2-prefill": (full_config({"dp": 2, "cp": 1, "tp": 8, "sp": 1, "moe_ep": 4, "pp": 1,
                                      "moe_tp": 4, "plugin_params": MTP,
                                      "models": {"deepseekv2": {
                                          **NZ, "ep_level": 1, "enable_init_routing_cutoff": False,
                                          "topk_scaling_factor": 1.0}}},
                                     world_size=8, multi_node=True, server=DMI), {"nodes": 2}),
    # ref 4 PD-separated A2 (Motor) decode: 8 pods x 8, distributed DP
    "motor-a2-decode": (decode_instance({"dp": 64, "cp": 1, "tp": 1, "sp": 1, "moe_ep": 64,
                                         "pp": 1, "moe_tp": 1, "plugin_params": MTP,
                                         "models": {"deepseekv2": {
                                             **NZ, "ep_level": 2,
                                             "eplb": {"level": 1, "num_redundant_experts": 64,
                                                      "expert_map_file": "/data/expert_map.json"},
                                             "parallel_options": {"hccl_moe_ep_buffer": 1152,
                                                                  "hccl_moe_tp_buffer": 64},
                                             "enable_mlapo_prefetch": True}}}),
                        {"nodes": 8, "devices_per_node": 8}),
    # ref 4 PD-separated A3 (Motor) prefill: one 16-die pod
    "motor-a3-prefill": (full_config({"dp": 2, "cp": 1, "tp": 8, "sp": 1, "moe_ep": 16, "pp": 1,
                                      "moe_tp": 1, "plugin_params": MTP,
                                      "models": {"deepseekv2": {**NZ, "ep_level": 2}}},
                                     world_size=16, server=DMI), {}),
    # ref 4 PD-separated A3 (Motor) decode: 4 pods x 16, distributed DP
    "motor-a3-decode": (decode_instance({"dp": 64, "cp": 1, "tp": 1, "sp": 1, "moe_ep": 64,
                                         "pp": 1, "moe_tp": 1, "plugin_params": MTP,
                                         "models": {"deepseekv2": {
                                             **NZ, "ep_level": 2,
                                             "eplb": {"level": 0, "num_redundant_experts": 64,
                                                      "expert_map_file": "/example/map.json"},
                                             "parallel_options": {
                                                 "lm_head_local_tp": 16, "o_proj_local_tp": 2,
                                                 "hccl_moe_ep_buffer": 4096,
                                                 "hccl_moe_tp_buffer": 64},
                                             "enable_oproj_prefetch": True,
                                             "enable_mlapo_prefetch": True}}}),
                        {"nodes": 4, "devices_per_node": 16}),
    # ref 4 DeepSeek-V3.2 PD (torch) prefill: 4 pods x 8, cp 32
    "dsv32-pd-prefill": (full_config({"modelName": "DeepSeek-V3.2", "backendType": "torch",
                                      "dp": 1, "cp": 32, "tp": 1, "sp": 1, "moe_ep": 32, "pp": 1,
                                      "moe_tp": 1}, world_size=8, multi_node=True, server=DMI,
                                     deploy={"maxSeqLen": 2560}, schedule={"maxPrefillTokens": 8192}),
                         {"nodes": 4}),
    # ref 4 DeepSeek-V3.2 PD (torch) decode: 4 pods x 8, dp 16 x tp 2
    "dsv32-pd-decode": (full_config({"modelName": "DeepSeek-V3.2", "backendType": "torch",
                                     "dp": 16, "cp": 1, "tp": 2, "sp": 1, "moe_ep": 32, "pp": 1,
                                     "moe_tp": 1}, world_size=8, multi_node=True, server=DMI),
                        {"nodes": 4}),
}

EP_LEVEL2_DOC = {"moe_ep": 8, "moe_tp": 1, "models": {"deepseekv2": {
    "ep_level": 2,
    "alltoall_ep_buffer_scale_factors": [[1048576, 1.32], [524288, 1.4], [262144, 1.53],
                                         [131072, 1.8], [32768, 3.0], [8192, 5.2], [0, 8.0]]}}}
LONG_SEQUENCE = {"deploy": {"maxSeqLen": 66000, "maxInputTokenLen": 65000},
                 "schedule": {"maxPrefillTokens": 65000}}


def ep_level1_doc(cutoff: bool = True, moe_tp: bool = True) -> dict:
    block = {"ep_level": 1, "topk_scaling_factor": 0.25}
    if cutoff:
        block = {"ep_level": 1, "enable_init_routing_cutoff": True, "topk_scaling_factor": 0.25}
    model = {"moe_ep": 8, "models": {"deepseekv2": block}}
    if moe_tp:
        model["moe_tp"] = 1
    return full_config(model, world_size=8, **LONG_SEQUENCE)


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_golden_layouts_have_no_error(name):
    config, options = GOLDEN[name]
    found = lint_text(dumps(config), **options)
    assert [(d.code, d.message) for d in errors(found)] == []
    assert [d.code for d in found if d.severity.label == "warning"] == []


def test_ep_level2_doc_example_completed_is_clean():
    assert errors(lint_text(dumps(full_config(EP_LEVEL2_DOC, world_size=8)))) == []


def test_ep_level1_long_sequence_doc_example_completed_is_clean():
    found = lint_text(dumps(ep_level1_doc()))
    assert errors(found) == [] and by_code(found, "MEP202") == []


def test_long_sequence_example_without_the_cutoff_is_mep202_at_the_factor_line():
    text = dumps(ep_level1_doc(cutoff=False))
    (finding,) = by_code(lint_text(text), "MEP202")
    assert finding.severity.label == "error"
    assert finding.pointer == f"{MODEL_CONFIG}/models/deepseekv2/topk_scaling_factor"
    assert finding.position.line == line_of(text, '"topk_scaling_factor"')
    (related,) = finding.related
    assert related.pointer == f"{MODEL_CONFIG}/models/deepseekv2"
    assert related.position.line == line_of(text, '"deepseekv2"')


def test_documented_snippet_without_moe_tp_is_mep301_saying_moe_tp_defaulted_to_8():
    text = dumps(ep_level1_doc(moe_tp=False))
    (finding,) = by_code(lint_text(text), "MEP301")
    assert finding.severity.label == "error"
    assert finding.pointer == f"{MODEL_CONFIG}/moe_ep"
    assert "moe_tp 8 (not set, so it defaults to the world size)" in finding.message
    assert "the world size is 8" in finding.message
    assert finding.help == "set \"moe_tp\": 1"


TWO_NODE = full_config({"dp": 2, "sp": 1, "tp": 8, "moe_ep": 4, "moe_tp": 4},
                       world_size=8, multi_node=True)


def test_two_node_a2_is_checked_against_w_16_with_nodes_2():
    assert errors(lint_text(dumps(TWO_NODE), nodes=2)) == []
    wrong = full_config({"dp": 2, "tp": 8, "moe_ep": 8, "moe_tp": 1}, world_size=8, multi_node=True)
    (finding,) = by_code(lint_text(dumps(wrong), nodes=2), "MEP301")
    assert "the world size is 16" in finding.message


def test_two_node_a2_without_nodes_says_mep309_once():
    found = lint_text(dumps(TWO_NODE))
    assert [d.code for d in found] == ["MEP309"]
    assert found[0].pointer == "/BackendConfig/multiNodesInferEnabled"
    assert "--nodes" in found[0].help


def test_per_node_world_size_is_never_taken_as_w_for_multi_node():
    # dp 2 x tp 8 = 16 is wrong against worldSize 8 but right against W = 16.
    assert by_code(lint_text(dumps(TWO_NODE)), "MEP303") == []
