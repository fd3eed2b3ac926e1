"""The bundled JSON Schema and the schema layer (MEP101-MEP105)."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from conftest import CORPUS
from helpers import MODEL_CONFIG, by_code, full_config, lint_config, stock
from mindie_ep_cli.resources import load_schema
from mindie_ep_cli.schema.export import schema_for_version
from mindie_ep_cli.schema.profiles import Profile
from mindie_ep_cli.schema.validator import SUPPORTED_KEYWORDS, SchemaValidator

SCHEMA = load_schema()
CERTAIN_3 = Profile("3.0", certain=True)
ASSUMED_3 = Profile("3.0", certain=False)
OLD = Profile("2.x", certain=True)


def walk_schemas(node, path="#"):
    """Every subschema, with its location."""
    if isinstance(node, dict):
        yield path, node
        for key in ("properties", "$defs"):
            for name, child in node.get(key, {}).items():
                yield from walk_schemas(child, f"{path}/{key}/{name}")
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict):
                yield from walk_schemas(node[key], f"{path}/{key}")
        for key in ("anyOf", "oneOf"):
            for index, child in enumerate(node.get(key, [])):
                yield from walk_schemas(child, f"{path}/{key}/{index}")


# -- the schema itself -------------------------------------------------------------------------

def test_schema_is_valid_draft_2020_12():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.Draft202012Validator.check_schema(schema_for_version(SCHEMA, "3.0"))


def test_schema_uses_only_the_keywords_our_validator_implements():
    for path, node in walk_schemas(SCHEMA):
        unknown = {k for k in node if not k.startswith("x-")} - SUPPORTED_KEYWORDS
        assert not unknown, f"{path} uses {unknown}"


def test_keywords_beside_a_ref_are_annotations_only():
    annotations = {"description", "default", "examples", "title", "deprecated", "$comment"}
    for path, node in walk_schemas(SCHEMA):
        if "$ref" in node:
            extra = {k for k in node if k != "$ref" and not k.startswith("x-")}
            assert extra <= annotations, f"{path}: {extra - annotations} beside $ref"


def test_every_property_has_a_description_and_a_type():
    count = 0
    for path, node in walk_schemas(SCHEMA):
        for name, prop in node.get("properties", {}).items():
            count += 1
            assert "description" in prop or "$ref" in prop, f"{path}/{name} has no description"
            assert {"type", "enum", "const", "$ref"} & prop.keys(), f"{path}/{name} has no type"
    assert count > 200


def test_defaults_are_valid_for_their_own_key():
    validator = SchemaValidator(SCHEMA, mode="pure")
    for path, node in walk_schemas(SCHEMA):
        if "default" in node and "x-checked-by" not in node:
            assert not validator.failures(node["default"], node), path


def test_every_deepseekv2_key_of_the_reference_is_known():
    keys = set(SCHEMA["$defs"]["deepseekv2"]["properties"])
    for key in ("ep_level", "enable_init_routing_cutoff", "topk_scaling_factor",
                "alltoall_ep_buffer_scale_factors", "eplb", "parallel_options",
                "enable_dispatch_combine_v2", "communication_backend", "enable_gmmswigluquant",
                "enable_oproj_prefetch", "enable_mlapo_prefetch", "num_dangling_shared_experts",
                "enable_swiglu_quant_for_shared_experts", "mlp_full_tp", "h3p",
                "mix_shared_routing", "kv_cache_options"):
        assert key in keys


def test_stock_and_working_published_configs_pass_the_schema():
    validator = SchemaValidator(schema_for_version(SCHEMA, "3.0"), mode="pure")
    for name in ("01", "02", "15", "16", "29"):
        (path,) = CORPUS.glob(f"{name}-*.json")
        assert validator.failures(json.loads(path.read_text())) == [], path.name


# -- MEP101 missing keys and version profiles --------------------------------------------------

def test_missing_required_key_is_reported_at_its_object():
    config = stock()
    del config["ServerConfig"]["port"]
    (finding,) = by_code(lint_config(config), "MEP101")
    assert finding.pointer == "/ServerConfig" and "\"port\"" in finding.message
    assert finding.severity.label == "error" and finding.help == "add \"port\" : 1025"


@pytest.mark.parametrize("profile,severity", [(CERTAIN_3, "error"), (ASSUMED_3, "warning"),
                                              (OLD, None)])
def test_keys_only_3_0_requires_follow_the_profile(profile, severity):
    config = stock()
    del config["ServerConfig"]["distDPServerEnabled"]
    found = by_code(lint_config(config, profile=profile), "MEP101")
    if severity is None:
        assert found == []
    else:
        (finding,) = found
        assert finding.severity.label == severity and "3.0" in finding.message


def test_fragments_report_no_missing_sections():
    text = '"ModelConfig" : [ { "worldSize" : 8, "moe_ep" : 8, "moe_tp" : 1 } ]'
    from helpers import lint_text

    assert by_code(lint_text(text, fragment=True), "MEP101") == []


# -- MEP102 types ------------------------------------------------------------------------------

@pytest.mark.parametrize("key,value,severity,words", [
    ("worldSize", "8", "error", "needs an integer"),
    ("worldSize", 8.0, "error", "decimal point"),
    ("trustRemoteCode", "false", "error", "true or false"),
    ("tp", 1.5, "warning", "reads it as 1"),
    ("tp", "8", "warning", "reads it as 8"),
    ("tp", True, "warning", "reads it as 1"),
    ("tp", "eight", "error", "needs an integer"),
    ("moe_ep", [8], "warning", "drops arrays"),
])
def test_wrong_types_follow_what_the_server_does(key, value, severity, words):
    config = full_config({key: value})
    found = by_code(lint_config(config), "MEP102")
    assert [(d.pointer, d.severity.label) for d in found] == [(f"{MODEL_CONFIG}/{key}", severity)]
    assert words in found[0].message


@pytest.mark.parametrize("value,severity", [(1, "error"), ("true", "warning"), (True, None)])
def test_model_side_booleans_are_strict_after_conversion(value, severity):
    config = full_config({"moe_ep": 8, "moe_tp": 1, "models": {"deepseekv2": {
        "ep_level": 1, "enable_init_routing_cutoff": value}}})
    found = by_code(lint_config(config), "MEP102")
    assert [d.severity.label for d in found] == ([severity] if severity else [])


def test_a_document_that_is_not_an_object():
    from helpers import lint_text

    (finding,) = lint_text("[1, 2]")
    assert finding.code == "MEP102" and "not an object" in finding.message


# -- MEP103 ranges -----------------------------------------------------------------------------

def test_out_of_range_lists_what_is_allowed():
    config = stock()
    config["ServerConfig"]["maxLinkNum"] = 5000
    (finding,) = by_code(lint_config(config), "MEP103")
    assert finding.pointer == "/ServerConfig/maxLinkNum"
    assert "5000" in finding.message and "1 to 4096" in finding.message
    assert "the default is 1000" in finding.help


def test_one_best_message_for_alternatives():
    config = full_config({"npuMemSize": 0})
    (finding,) = by_code(lint_config(config), "MEP103")
    assert finding.pointer == f"{MODEL_CONFIG}/npuMemSize"
    assert "-1 or at least 1" in finding.message


def test_enum_values_are_listed():
    config = full_config({"backendType": "mindspore"})
    (finding,) = by_code(lint_config(config), "MEP103")
    assert "one of \"atb\", \"ms\", \"torch\"" in finding.message


# -- MEP104 unknown keys -----------------------------------------------------------------------

def test_near_miss_is_a_warning_with_did_you_mean():
    (finding,) = by_code(lint_config(full_config({"moe_epp": 8})), "MEP104")
    assert finding.severity.label == "warning" and "did you mean \"moe_ep\"" in finding.message
    assert finding.pointer == f"{MODEL_CONFIG}/moe_epp"


def test_key_in_the_wrong_place_says_where_it_belongs():
    (finding,) = by_code(lint_config(full_config({"ep_level": 2})), "MEP104")
    assert finding.severity.label == "warning"
    assert "models.deepseekv2" in finding.message


def test_unrelated_unknown_key_is_info_and_pass_through_keys_are_quiet():
    config = full_config({"ignore_eos": True, "async_scheduler_wait_time": 120,
                          "my_team_note": "x"})
    (finding,) = by_code(lint_config(config), "MEP104")
    assert finding.severity.label == "info" and "my_team_note" in finding.message


def test_unknown_key_is_placed_on_the_key():
    from helpers import dumps, line_of, lint_text

    text = dumps(full_config({"moe_epp": 8}))
    (finding,) = by_code(lint_text(text), "MEP104")
    line = line_of(text, '"moe_epp"')
    assert finding.position.line == line
    assert text.splitlines()[line - 1][finding.position.column - 1:].startswith('"moe_epp"')


# -- MEP105 deprecated keys --------------------------------------------------------------------

@pytest.mark.parametrize("profile,severity", [(CERTAIN_3, "warning"), (ASSUMED_3, "info")])
def test_deprecated_keys(profile, severity):
    config = stock()
    config["LogConfig"] = {"logLevel": "Info"}
    (finding,) = by_code(lint_config(config, profile=profile), "MEP105")
    assert finding.severity.label == severity and "MINDIE_LOG" in finding.help


# -- agreement with jsonschema -----------------------------------------------------------------

def _pointer(path) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def _wrong_values(value):
    candidates = ["8", 8.5, -1, 0, 10**12, True, None, [], {}, "x" * 600]
    return [c for c in candidates if type(c) is not type(value) or c != value]


def _mutations():
    base = stock()
    yield "stock", base
    leaves = []

    def collect(node, path):
        if isinstance(node, dict):
            for key, child in node.items():
                collect(child, path + [key])
        elif isinstance(node, list):
            for index, child in enumerate(node):
                collect(child, path + [index])
        else:
            leaves.append(path)

    collect(base, [])
    for path in leaves:
        for wrong in _wrong_values(_get(base, path)):
            config = copy.deepcopy(base)
            _set(config, path, wrong)
            yield f"{_pointer(path)}={wrong!r}"[:80], config
    for path in [p for p in leaves if len(p) > 1]:
        config = copy.deepcopy(base)
        parent = _get(config, path[:-1])
        if isinstance(parent, dict):
            del parent[path[-1]]
            yield f"del {_pointer(path)}", config


def _get(node, path):
    for part in path:
        node = node[part]
    return node


def _set(node, path, value):
    _get(node, path[:-1])[path[-1]] = value


def _corpus_values():
    for path in sorted(CORPUS.glob("*.json")):
        try:
            yield path.name, json.loads(path.read_text())
        except ValueError:
            continue


@pytest.mark.parametrize("name,instance", list(_corpus_values()) + list(_mutations()),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_own_validator_agrees_with_jsonschema(name, instance):
    schema = schema_for_version(SCHEMA, "3.0")
    reference = {_pointer(e.absolute_path) for e in
                 jsonschema.Draft202012Validator(schema).iter_errors(instance)}
    ours = {f.pointer for f in SchemaValidator(schema, mode="pure").failures(instance)}
    assert ours == reference
