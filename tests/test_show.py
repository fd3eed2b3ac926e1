"""`mindie-ep show`: the effective topology, EP keys, buffer factor and layout."""

from __future__ import annotations

import json

import pytest

from conftest import CORPUS, json_output, run_cli
from helpers import dumps, full_config
from mindie_ep_cli.topology.buffer import algorithm_a, algorithm_b

A3 = CORPUS / "16-a3-single-node-16die-ep-level1.json"
KIMI = CORPUS / "15-kimi-k2-a2-four-node-ep-level2.json"


def test_show_a3_single_node_states_the_layout():
    result = run_cli("show", str(A3))
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "W = 16" in out
    assert "dp 2 x tp 8" in out
    assert "moe_ep 4 x moe_tp 4" in out
    assert "EP level 1" in out


def test_show_json_has_the_effective_sizes_and_a_16_npu_row():
    model = json_output(run_cli("show", "-f", "json", str(A3)))["files"][0]["models"][0]
    assert model["world_size"] == 16 and model["nodes"] == 1
    assert model["effective"] == {"tp": 8, "moe_tp": 4, "dp": 2, "sp": 1, "cp": 1, "pp": 1,
                                  "moe_ep": 4}
    assert model["ep"]["active"] and model["ep"]["level"] == 1
    (row,) = model["layout"]
    assert len(row) == 16
    assert [cell["dp"] for cell in row] == [0] * 8 + [1] * 8
    assert [cell["tp_rank"] for cell in row[:8]] == list(range(8))
    assert {cell["ep_group"] for cell in row} == {0, 1, 2, 3}
    assert sorted(cell["ep_rank"] for cell in row if cell["ep_group"] == 0) == [0, 1, 2, 3]


def test_show_multi_node_needs_nodes_then_draws_one_row_per_node():
    model = json_output(run_cli("show", "-f", "json", str(KIMI)))["files"][0]["models"][0]
    assert model["world_size"] is None and model["layout"] is None
    model = json_output(run_cli("show", "-f", "json", "--nodes", "4", str(KIMI)))["files"][0]["models"][0]
    assert model["world_size"] == 32
    assert [len(row) for row in model["layout"]] == [8, 8, 8, 8]


def test_show_buffer_factor_names_the_algorithm_from_the_environment():
    def buffer(*flags):
        out = json_output(run_cli("show", "-f", "json", "--nodes", "4", *flags, str(KIMI)))
        return out["files"][0]["models"][0]["alltoall_buffer"]

    both = buffer()
    assert both["algorithms"] == ["A", "B"] and "DP_MOVE_UP_ENABLE" in both["why"]
    only_a = buffer("--env", "DP_MOVE_UP_ENABLE=1")
    assert only_a["algorithms"] == ["A"] and "B" not in only_a
    # Kimi-K2: 2048 tokens x top-8 x dp 8 = 131072 -> the [131072, 1.8] row.
    assert only_a["A"]["length"] == 131072 and only_a["A"]["factor"] == 1.8
    only_b = buffer("--env", "DP_MOVE_UP_ENABLE=0")
    assert only_b["algorithms"] == ["B"]


def test_show_says_which_ep_keys_are_ignored(tmp_path):
    config = full_config({"moe_ep": 8, "moe_tp": 1, "models": {"deepseekv2": {
        "ep_level": 2, "enable_init_routing_cutoff": True, "topk_scaling_factor": 0.5}}})
    path = tmp_path / "c.json"
    path.write_text(dumps(config))
    keys = json_output(run_cli("show", "-f", "json", str(path)))["files"][0]["models"][0]["ep"]["keys"]
    effects = {k["key"]: (k["effect"], k["why"]) for k in keys}
    assert effects["ep_level"] == ("takes effect", "")
    assert effects["enable_init_routing_cutoff"][0] == "ignored"
    assert "ep_level 1" in effects["enable_init_routing_cutoff"][1]


def test_show_without_ep_says_ep_is_off(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(dumps(full_config({"models": {"deepseekv2": {"ep_level": 2}}})))
    model = json_output(run_cli("show", "-f", "json", str(path)))["files"][0]["models"][0]
    assert not model["ep"]["active"]
    assert model["ep"]["keys"][0]["effect"] == "ignored"
    assert model["alltoall_buffer"] is None


def test_show_of_an_unparsable_file_exits_1_with_the_finding():
    result = run_cli("show", str(CORPUS / "19-kv-pool-unclosed-backendconfig-fragment.json"))
    assert result.returncode == 1
    assert b"MEP001" in result.stderr and b"Traceback" not in result.stderr


def test_show_rejects_a_bad_env_flag():
    result = run_cli("show", "--env", "NOEQUALS", str(A3))
    assert result.returncode == 2 and b"KEY=VALUE" in result.stderr


@pytest.mark.parametrize("tokens_topk,dp,factor", [(20000, 1, 5.2), (20000, 2, 3.0), (100, 1, 8.0),
                                                   (2_000_000, 1, 1.32)])
def test_algorithm_a_matches_the_reference_examples(tokens_topk, dp, factor):
    assert algorithm_a(tokens_topk, 1, dp, 16).factor == factor


def test_algorithm_a_without_a_floor_row_falls_back_to_moe_ep():
    assert algorithm_a(10, 8, 1, 64, table=[(8192, 5.2)]).factor == 64.0


@pytest.mark.parametrize("experts,tokens,factor", [(16, 33, None), (16, 64, 2.24), (64, 64, 6.0),
                                                   (16, 4096, 3.0), (16, 8, 32.0)])
def test_algorithm_b_formula(experts, tokens, factor):
    result = algorithm_b(tokens, 8, experts)
    if factor is not None:
        assert result.factor == pytest.approx(factor, abs=0.01)
    else:
        assert 2.0 <= result.factor <= 4.0
    assert result.slots % experts == 0


def test_show_in_chinese_translates_the_prose_and_keeps_the_json_fixed():
    out = run_cli("show", "--lang", "zh", "--color", "never", str(A3)).stdout.decode()
    assert "总卡数" in out and "world size" not in out
    assert "dp 2 x tp 8" in out and "moe_ep 4 x moe_tp 4" in out
    labels = [line for line in out.splitlines() if line.startswith("  总卡数") or
              line.startswith("  MoE ")]
    # the label column lines up although Chinese characters are two cells wide
    wide_cells = len("总卡数")  # each of these characters takes one extra cell
    assert labels[0].index("W = 16") + wide_cells == labels[1].index("moe_ep")
    zh_json = json_output(run_cli("show", "--lang", "zh", "-f", "json", str(A3)))
    en_json = json_output(run_cli("show", "-f", "json", str(A3)))
    assert [k["effect"] for k in zh_json["files"][0]["models"][0]["ep"]["keys"]] == \
        [k["effect"] for k in en_json["files"][0]["models"][0]["ep"]["keys"]]
