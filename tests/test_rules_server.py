"""MEP401-MEP408: server and scheduler cross-checks (reference 3.1); MEP106: the Version field.

Each rule has a test where it fires (code, severity, pointer, line, related location), a near-miss
where it stays quiet, and a test per branch or severity. The stock 3.0 config is the baseline:
maxSeqLen 2560, maxInputTokenLen 2048, maxPrefillTokens 8192, maxBatchSize 200, maxIterTimes 512.
"""

from __future__ import annotations

import pytest

from helpers import MODEL_CONFIG, by_code, codes, dumps, full_config, line_of, lint_text

from mindie_ep_cli.rules.registry import REGISTRY

DEPLOY = "/BackendConfig/ModelDeployConfig"
SCHEDULE = "/BackendConfig/ScheduleConfig"
RULES = ("MEP106",) + tuple(f"MEP40{n}" for n in range(1, 9))


def only(diagnostics, code: str):
    found = by_code(diagnostics, code)
    assert len(found) == 1, [(d.code, d.pointer, d.message) for d in found]
    return found[0]


def test_scope_is_the_registered_server_rules():
    registered = sorted(code for code, rule in REGISTRY.items()
                        if rule.check is not None
                        and rule.check.__module__.rsplit(".", 1)[-1] in ("server_limits",
                                                                          "schema_keys"))
    assert registered == sorted(RULES)


def test_the_stock_config_is_quiet():
    assert [c for c in codes(lint_text(dumps(full_config()))) if c in RULES] == []


# ---------------------------------------------------------------------------------------------
# MEP401 input-len-clamped


@pytest.mark.parametrize("given", [2560, 4096])
def test_mep401_fires_when_the_input_length_is_not_below_max_seq_len(given):
    text = dumps(full_config(deploy={"maxInputTokenLen": given}))
    d = only(lint_text(text), "MEP401")
    assert d.severity.label == "warning"
    assert d.pointer == f"{DEPLOY}/maxInputTokenLen"
    assert d.position.line == line_of(text, '"maxInputTokenLen"')
    assert "silently clamps it to 2559" in d.message
    assert [r.pointer for r in d.related] == [f"{DEPLOY}/maxSeqLen"]
    assert d.related[0].position.line == line_of(text, '"maxSeqLen"')


@pytest.mark.parametrize("deploy", [{"maxInputTokenLen": 2559}, {"maxInputTokenLen": 2048},
                                    {"maxSeqLen": 66000, "maxInputTokenLen": 65000},
                                    {"maxInputTokenLen": "2560"}])  # not an integer: MEP102's
def test_mep401_quiet_below_max_seq_len(deploy):
    assert "MEP401" not in codes(lint_text(dumps(full_config(deploy=deploy))))


# ---------------------------------------------------------------------------------------------
# MEP402 prefill-tokens-too-small


def test_mep402_fires_on_long_inputs_without_raising_max_prefill_tokens():
    text = dumps(full_config(deploy={"maxSeqLen": 66000, "maxInputTokenLen": 65000}))
    d = only(lint_text(text), "MEP402")
    assert d.severity.label == "error"
    assert d.pointer == f"{SCHEDULE}/maxPrefillTokens"
    assert d.position.line == line_of(text, '"maxPrefillTokens"')
    assert "maxPrefillTokens should not be less than maxInputTokenLen" in d.message
    assert d.help == 'set "maxPrefillTokens" : 65000 or more'
    assert [r.pointer for r in d.related] == [f"{DEPLOY}/maxInputTokenLen"]
    assert d.related[0].position.line == line_of(text, '"maxInputTokenLen"')


def test_mep402_fires_one_token_short():
    text = dumps(full_config(schedule={"maxPrefillTokens": 2047}))
    d = only(lint_text(text), "MEP402")
    assert d.pointer == f"{SCHEDULE}/maxPrefillTokens"


@pytest.mark.parametrize("deploy, schedule", [
    ({}, {"maxPrefillTokens": 2048}),  # equal
    ({"maxSeqLen": 66000, "maxInputTokenLen": 65000}, {"maxPrefillTokens": 65000}),
    ({"maxSeqLen": 66000, "maxInputTokenLen": 65000}, {"templateType": "Mix"}),  # SplitFuse
])
def test_mep402_quiet_when_one_prompt_fits_or_with_splitfuse(deploy, schedule):
    config = full_config(deploy=deploy, schedule=schedule)
    assert "MEP402" not in codes(lint_text(dumps(config)))


# ---------------------------------------------------------------------------------------------
# MEP403 preempt-needs-cpu-mem


def test_mep403_fires_on_preemption_without_host_memory():
    text = dumps(full_config({"cpuMemSize": 0}, schedule={"maxPreemptCount": 10}))
    d = only(lint_text(text), "MEP403")
    assert d.severity.label == "error"
    assert d.pointer == f"{MODEL_CONFIG}/cpuMemSize"
    assert d.position.line == line_of(text, '"cpuMemSize"')
    assert "maxPreemptCount is 10" in d.message
    assert [r.pointer for r in d.related] == [f"{SCHEDULE}/maxPreemptCount"]
    assert d.related[0].position.line == line_of(text, '"maxPreemptCount"')


def test_mep403_reports_each_entry_without_host_memory():
    config = full_config({"cpuMemSize": 0}, schedule={"maxPreemptCount": 1, "templateType": "Mix"})
    entries = config["BackendConfig"]["ModelDeployConfig"]["ModelConfig"]
    entries.append(dict(entries[0], modelName="second"))
    found = by_code(lint_text(dumps(config)), "MEP403")
    assert [d.pointer for d in found] == [f"{MODEL_CONFIG}/cpuMemSize",
                                          "/BackendConfig/ModelDeployConfig/ModelConfig/1/cpuMemSize"]


@pytest.mark.parametrize("model, schedule", [
    ({"cpuMemSize": 0}, {"maxPreemptCount": 0}),  # the stock config's own combination
    ({"cpuMemSize": 5}, {"maxPreemptCount": 10}),
    ({"cpuMemSize": 1}, {"maxPreemptCount": 200}),
])
def test_mep403_quiet_with_host_memory_or_without_preemption(model, schedule):
    assert "MEP403" not in codes(lint_text(dumps(full_config(model, schedule=schedule))))


# ---------------------------------------------------------------------------------------------
# MEP404 port-clash


def test_mep404_fires_when_the_inference_and_multi_node_ports_clash():
    text = dumps(full_config(server={"port": 1120}))
    d = only(lint_text(text), "MEP404")
    assert d.severity.label == "error"
    assert d.pointer == "/BackendConfig/multiNodesInferPort"
    assert d.position.line == line_of(text, '"multiNodesInferPort"')
    assert [r.pointer for r in d.related] == ["/ServerConfig/port"]
    assert d.related[0].position.line == line_of(text, '"port"')


@pytest.mark.parametrize("server, backend", [
    ({}, {}),  # 1025 / 1120
    ({"port": 1025, "managementPort": 1025, "metricsPort": 1025}, {}),  # a supported layout
    ({"port": 1121}, {"multiNodesInferPort": 1120}),
])
def test_mep404_quiet_on_different_ports(server, backend):
    config = full_config(server=server, backend=backend)
    assert "MEP404" not in codes(lint_text(dumps(config)))


# ---------------------------------------------------------------------------------------------
# MEP405 standard-template-single-model


def _entries(count: int, **schedule) -> dict:
    config = full_config(schedule=schedule)
    entries = config["BackendConfig"]["ModelDeployConfig"]["ModelConfig"]
    first = entries[0]
    entries[:] = [dict(first, modelName=f"model_{i}") for i in range(count)]
    return config


@pytest.mark.parametrize("count", [2, 0])
def test_mep405_fires_on_other_than_one_model_with_the_standard_template(count):
    text = dumps(_entries(count))
    d = only(lint_text(text), "MEP405")
    assert d.severity.label == "error"
    assert d.pointer == f"{DEPLOY}/ModelConfig"
    assert d.position.line == line_of(text, '"ModelConfig"')
    assert f"ModelConfig has {count} entries" in d.message
    assert [r.pointer for r in d.related] == [f"{SCHEDULE}/templateType"]
    assert d.related[0].position.line == line_of(text, '"templateType"')


@pytest.mark.parametrize("config", [_entries(1), _entries(2, templateType="Mix")])
def test_mep405_quiet_on_one_model_or_another_template(config):
    assert "MEP405" not in codes(lint_text(dumps(config)))


# ---------------------------------------------------------------------------------------------
# MEP406 batch-limits


@pytest.mark.parametrize("key", ["maxPrefillBatchSize", "maxPreemptCount", "maxN"])
def test_mep406_error_on_a_batch_limit_above_max_batch_size(key):
    text = dumps(full_config(schedule={key: 300}))
    d = only(lint_text(text), "MEP406")
    assert d.severity.label == "error"
    assert d.pointer == f"{SCHEDULE}/{key}"
    assert d.position.line == line_of(text, f'"{key}"')
    assert f"{key} 300 is above maxBatchSize 200" in d.message
    assert [r.pointer for r in d.related] == [f"{SCHEDULE}/maxBatchSize"]
    assert d.related[0].position.line == line_of(text, '"maxBatchSize"')


def test_mep406_warning_on_max_iter_times_above_max_seq_len():
    text = dumps(full_config(schedule={"maxIterTimes": 3000}))
    d = only(lint_text(text), "MEP406")
    assert d.severity.label == "warning"
    assert d.pointer == f"{SCHEDULE}/maxIterTimes"
    assert d.position.line == line_of(text, '"maxIterTimes"')
    assert [r.pointer for r in d.related] == [f"{DEPLOY}/maxSeqLen"]
    assert d.related[0].position.line == line_of(text, '"maxSeqLen"')


def test_mep406_reports_every_limit():
    config = full_config(schedule={"maxPrefillBatchSize": 201, "maxN": 201, "maxIterTimes": 2561})
    found = sorted((d.pointer.rsplit("/", 1)[1], d.severity.label)
                   for d in by_code(lint_text(dumps(config)), "MEP406"))
    assert found == [("maxIterTimes", "warning"), ("maxN", "error"),
                     ("maxPrefillBatchSize", "error")]


@pytest.mark.parametrize("schedule", [
    {"maxPrefillBatchSize": 200, "maxN": 200, "maxIterTimes": 2560},  # equal is allowed
    {"maxPreemptCount": 200},
    {"maxBatchSize": 400, "maxPrefillBatchSize": 300},
])
def test_mep406_quiet_at_the_limits(schedule):
    config = full_config(schedule=schedule)
    assert "MEP406" not in codes(lint_text(dumps(config)))


# ---------------------------------------------------------------------------------------------
# MEP407 runtime-adjusted


def test_mep407_max_batch_size_capped_to_max_prefill_tokens():
    text = dumps(full_config(schedule={"maxBatchSize": 16384}))
    d = only(lint_text(text), "MEP407")
    assert d.severity.label == "info"
    assert d.pointer == f"{SCHEDULE}/maxBatchSize"
    assert d.position.line == line_of(text, '"maxBatchSize"')
    assert "the server caps it to 8192" in d.message


def test_mep407_max_prefill_tokens_raised():
    deploy = {"maxSeqLen": 66000, "maxInputTokenLen": 4096}
    text = dumps(full_config(deploy=deploy, schedule={"maxPrefillTokens": 6000, "maxIterTimes": 4096}))
    d = only(lint_text(text), "MEP407")
    assert d.severity.label == "info"
    assert d.pointer == f"{SCHEDULE}/maxPrefillTokens"
    assert d.position.line == line_of(text, '"maxPrefillTokens"')
    assert "= 8192: the server raises it to 8192" in d.message


def _cp2(deploy=None, schedule=None) -> dict:
    """Reference 4, A3 CP: W16 cp2 sp8 tp8 dp1 moe_ep16 moe_tp1."""
    return full_config({"cp": 2, "sp": 8, "tp": 8, "dp": 1, "moe_ep": 16, "moe_tp": 1},
                       world_size=16, deploy=deploy, schedule=schedule)


@pytest.mark.parametrize("key, pointer, value, rounded", [
    ("maxSeqLen", f"{DEPLOY}/maxSeqLen", 2562, 2564),
    ("maxPrefillTokens", f"{SCHEDULE}/maxPrefillTokens", 8194, 8196),
])
def test_mep407_rounded_to_a_multiple_of_2_cp(key, pointer, value, rounded):
    section = {"deploy": {key: value}} if key == "maxSeqLen" else {"schedule": {key: value}}
    text = dumps(_cp2(**section))
    d = only(lint_text(text), "MEP407")
    assert d.severity.label == "info"
    assert d.pointer == pointer
    assert d.position.line == line_of(text, f'"{key}"')
    assert f"not a multiple of 2 x cp = 4: the server rounds it up to {rounded}" in d.message
    assert [r.pointer for r in d.related] == [f"{MODEL_CONFIG}/cp"]
    assert d.related[0].position.line == line_of(text, '"cp"')


@pytest.mark.parametrize("config", [
    full_config(schedule={"maxBatchSize": 8192}),  # equal: not capped
    full_config(deploy={"maxSeqLen": 66000, "maxInputTokenLen": 4096},
                schedule={"maxPrefillTokens": 8192, "maxIterTimes": 4096}),  # exactly the target
    full_config(deploy={"maxSeqLen": 66000, "maxInputTokenLen": 4096},
                schedule={"maxPrefillTokens": 6000, "maxIterTimes": 4096, "templateType": "Mix"}),
    _cp2(),  # 2560 and 8192 are multiples of 4
    full_config({"cp": 1}, deploy={"maxSeqLen": 2561}, schedule={"maxPrefillTokens": 8193}),
])
def test_mep407_quiet_when_the_server_keeps_the_values(config):
    assert "MEP407" not in codes(lint_text(dumps(config)))


# ---------------------------------------------------------------------------------------------
# MEP408 all-zero-listen


@pytest.mark.parametrize("key, address", [("ipAddress", "0.0.0.0"), ("managementIpAddress", "::")])
def test_mep408_fires_on_listening_everywhere_without_opting_in(key, address):
    text = dumps(full_config(server={key: address}))
    d = only(lint_text(text), "MEP408")
    assert d.severity.label == "error"
    assert d.pointer == f"/ServerConfig/{key}"
    assert d.position.line == line_of(text, f'"{key}"')


def test_mep408_reports_both_addresses():
    config = full_config(server={"ipAddress": "0.0.0.0", "managementIpAddress": "0.0.0.0"})
    found = [d.pointer for d in by_code(lint_text(dumps(config)), "MEP408")]
    assert found == ["/ServerConfig/ipAddress", "/ServerConfig/managementIpAddress"]


@pytest.mark.parametrize("server", [
    {"ipAddress": "0.0.0.0", "allowAllZeroIpListening": True},
    {"ipAddress": "10.0.0.1"},
    {"ipAddress": "127.0.0.1", "managementIpAddress": "127.0.0.2"},
])
def test_mep408_quiet_with_the_opt_in_or_a_real_address(server):
    assert "MEP408" not in codes(lint_text(dumps(full_config(server=server))))


# ---------------------------------------------------------------------------------------------
# MEP106 version-field


@pytest.mark.parametrize("version", ["1.1.0", "3.0.0", 1, None])
def test_mep106_warns_on_a_version_other_than_1_0_0(version):
    config = full_config()
    config["Version"] = version
    text = dumps(config)
    d = only(lint_text(text), "MEP106")
    assert d.severity.label == "warning"
    assert d.pointer == "/Version"
    assert d.position.line == line_of(text, '"Version"')
    assert d.help == 'set "Version" : "1.0.0"'


def test_mep106_quiet_on_1_0_0_or_absent():
    config = full_config()
    assert config["Version"] == "1.0.0"
    assert "MEP106" not in codes(lint_text(dumps(config)))
    del config["Version"]
    assert "MEP106" not in codes(lint_text(dumps(config)))
