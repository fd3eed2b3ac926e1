"""`mindie-ep init` as a wizard: the question engine on answer dicts, a scripted prompter that
plays the user, and real terminals driven with pexpect.

The scripted prompter follows GitHub CLI's test prompter (`internal/prompter`): the test
registers, in order, each prompt it expects (by question key) and the answer to give; a prompt
that was not registered, or comes out of order, fails the test at once, and `verify()` fails it
when a registered prompt was never asked.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import time

import pytest

from conftest import STOCK, run_cli
from helpers import errors, lint_text
from mindie_ep_cli.errors import UsageError
from mindie_ep_cli.i18n import language, set_language
from mindie_ep_cli.wizard.facts import HARDWARE, MODELS, fit_problem
from mindie_ep_cli.wizard.questions import questions
from mindie_ep_cli.wizard.run import InitRequest, run_init
from mindie_ep_cli.wizard.session import MissingAnswers, Session
from mindie_ep_cli.wizard.workspace import Workspace

ENTRY = ("BackendConfig", "ModelDeployConfig", "ModelConfig", 0)
WEIGHTS = "/data/weights/DeepSeek-R1_w8a8"
PARALLEL_KEYS = ("dp", "tp", "moe_tp", "moe_ep")
QUESTIONS = questions()  # worded in English: no test here sets another language
BY_KEY = {question.key: question for question in QUESTIONS}


def model_entry(text: str) -> dict:
    entry = json.loads(text)
    for step in ENTRY:
        entry = entry[step]
    return entry


def ep_level_of(entry: dict):
    return entry.get("models", {}).get("deepseekv2", {}).get("ep_level")


def error_messages(text: str, nodes: int | None = None) -> list[str]:
    return [f"{d.code} {d.message}" for d in errors(lint_text(text, nodes=nodes))]


# =================================================================================================
# 1. The engine alone: answers given as a dict, no prompter
# =================================================================================================

ENGINE_CASES = {
    # id: (given, expected parallel sizes, ep_level, worldSize)
    "a3-1node-dynamic-ep": (
        {"hardware": "a3", "workload": "dynamic-ep"},
        {"dp": 2, "tp": 8, "moe_tp": 1, "moe_ep": 16}, 2, 16),
    "a3-1node-static-ep": (
        {"hardware": "a3", "workload": "static-ep"},
        {"dp": 2, "tp": 8, "moe_tp": 4, "moe_ep": 4}, 1, 16),
    "a3-1node-long-seq": (
        {"hardware": "a3", "workload": "long-seq"},
        {"dp": 2, "tp": 8, "moe_tp": 4, "moe_ep": 4}, 1, 16),
    "a3-1node-no-ep": (
        {"hardware": "a3", "workload": "no-ep"},
        {"dp": 2, "tp": 8, "moe_tp": 16, "moe_ep": 1}, None, 16),
    "a2-2node-dynamic-ep": (
        {"hardware": "a2", "nodes": 2, "workload": "dynamic-ep"},
        {"dp": 2, "tp": 8, "moe_tp": 1, "moe_ep": 16}, 2, 8),
    "a2-1node-w4a8-static-ep": (
        {"hardware": "a2", "nodes": 1, "quant": "w4a8", "workload": "static-ep"},
        {"dp": 1, "tp": 8, "moe_tp": 1, "moe_ep": 8}, 1, 8),
    "a2-4node-kimi-dynamic-ep": (
        {"model": "kimi-k2", "hardware": "a2", "nodes": 4, "workload": "dynamic-ep"},
        {"dp": 8, "tp": 4, "moe_tp": 1, "moe_ep": 32}, 2, 8),
    "a3-1node-explicit-layouts": (
        {"hardware": "a3", "workload": "static-ep", "layout": "1x16", "moe_layout": "16x1",
         "ep_level": 1},
        {"dp": 1, "tp": 16, "moe_tp": 1, "moe_ep": 16}, 1, 16),
}


@pytest.mark.parametrize("given, sizes, ep_level, world_size", ENGINE_CASES.values(),
                         ids=ENGINE_CASES.keys())
def test_engine_answers_render_a_clean_config(given, sizes, ep_level, world_size):
    workspace = Workspace.from_template()
    answers = Session(given={"weights": WEIGHTS, **given}, workspace=workspace,
                      prompter=None).run()
    # Every answer the flags did not give comes from a default; the derived EP level too.
    assert answers["source"] == "template"
    assert answers["weights"] == WEIGHTS
    assert answers.get("ep_level") == ep_level
    text = workspace.render(answers)
    assert error_messages(text, nodes=answers["nodes"]) == []
    entry = model_entry(text)
    assert {key: entry[key] for key in PARALLEL_KEYS} == sizes
    assert entry["worldSize"] == world_size
    assert ep_level_of(entry) == ep_level
    assert entry["modelWeightPath"] == WEIGHTS
    backend = json.loads(text)["BackendConfig"]
    assert backend["multiNodesInferEnabled"] is (answers["nodes"] > 1)
    assert backend["npuDeviceIds"] == [list(range(world_size))]


def test_engine_long_seq_turns_the_routing_cutoff_on():
    workspace = Workspace.from_template()
    answers = Session(given={"weights": WEIGHTS, "hardware": "a3", "workload": "long-seq",
                             "topk_scaling_factor": "0.5"},
                      workspace=workspace, prompter=None).run()
    text = workspace.render(answers)
    assert error_messages(text) == []
    block = model_entry(text)["models"]["deepseekv2"]
    assert block["enable_init_routing_cutoff"] is True
    assert block["topk_scaling_factor"] == 0.5
    deploy = json.loads(text)["BackendConfig"]["ModelDeployConfig"]
    assert (deploy["maxSeqLen"], deploy["maxInputTokenLen"]) == (66000, 65000)


BAD_GIVEN = {
    # id: (extra given, the flag and value the message starts with, the validator's message)
    "model-does-not-fit": (
        {"hardware": "a2", "nodes": 1, "workload": "dynamic-ep"}, "--nodes 1",
        fit_problem(MODELS["deepseek-v3"], "w8a8", HARDWARE["a2"], 1)),
    "layout-not-the-npu-count": (
        {"hardware": "a3", "workload": "dynamic-ep", "layout": "3x8"}, "--layout 3x8",
        "dp 3 x tp 8 = 24, but the deployment has 16 NPUs"),
    "layout-not-AxB": (
        {"hardware": "a3", "workload": "dynamic-ep", "layout": "two-by-eight"},
        "--layout two-by-eight", "is not of the form AxB (e.g. 2x8): write DPxTP, e.g. 2x8"),
    "tp-across-part-of-the-nodes": (
        {"hardware": "a2", "nodes": 4, "workload": "dynamic-ep", "layout": "2x16"},
        "--layout 2x16", "tp 16 spans part of several nodes; use tp <= 8 or tp = 32"),
    "ep-level-against-the-workload": (
        {"hardware": "a3", "workload": "static-ep", "ep_level": 2}, "--ep-level 2",
        "the static-ep workload uses ep_level 1"),
    "moe-ep-below-two": (
        {"hardware": "a3", "workload": "static-ep", "moe_layout": "1x16"}, "--moe-layout 1x16",
        "static EP needs moe_ep of at least 2"),
    "scaling-factor-out-of-range": (
        {"hardware": "a3", "workload": "long-seq", "topk_scaling_factor": 2.0},
        "--topk-scaling-factor 2.0", "topk_scaling_factor must be between 0.25 and 1"),
    "input-not-below-seq-len": (
        {"hardware": "a3", "workload": "dynamic-ep", "max_seq_len": 4096, "max_input_len": 4096},
        "--max-input-len 4096", "maxInputTokenLen must be at least 1 and below maxSeqLen (4096)"),
    "unknown-hardware": (
        {"hardware": "a9", "workload": "dynamic-ep"}, "--hardware a9",
        "'a9' is not one of the choices: a2, a3"),
    "too-many-nodes": (
        {"hardware": "a3", "nodes": 61, "workload": "dynamic-ep"}, "--nodes 61",
        "the number of nodes must be 1 to 60"),
    "nodes-not-a-number": (
        {"hardware": "a3", "nodes": "two", "workload": "dynamic-ep"}, "--nodes two", "'two'"),
}


@pytest.mark.parametrize("given, prefix, message", BAD_GIVEN.values(), ids=BAD_GIVEN.keys())
def test_engine_refuses_a_given_answer_with_the_validators_message(given, prefix, message):
    session = Session(given={"weights": WEIGHTS, **given}, workspace=Workspace.from_template(),
                      prompter=None)
    with pytest.raises(UsageError) as caught:
        session.run()
    assert not isinstance(caught.value, MissingAnswers)
    text = str(caught.value)
    assert text.startswith(f"{prefix}: "), text
    assert message in text


def test_engine_force_accepts_a_model_that_may_not_fit():
    workspace = Workspace.from_template()
    answers = Session(given={"weights": WEIGHTS, "hardware": "a2", "nodes": 1,
                             "workload": "dynamic-ep"},
                      workspace=workspace, prompter=None, force=True).run()
    assert answers["nodes"] == 1
    assert {key: model_entry(workspace.render(answers))[key] for key in PARALLEL_KEYS} == \
        {"dp": 1, "tp": 8, "moe_tp": 1, "moe_ep": 8}


@pytest.mark.parametrize("given, missing", [
    ({}, ["weights", "hardware", "workload"]),
    ({"hardware": "a3"}, ["weights", "workload"]),
    ({"weights": WEIGHTS, "hardware": "a3"}, ["workload"]),
    ({"weights": WEIGHTS, "workload": "static-ep"}, ["hardware"]),
], ids=["nothing", "hardware-only", "no-workload", "no-hardware"])
def test_engine_missing_answers_name_the_flags(given, missing):
    session = Session(given=given, workspace=Workspace.from_template(), prompter=None)
    with pytest.raises(MissingAnswers) as caught:
        session.run()
    assert [question.key for question in caught.value.missing] == missing
    first_line = str(caught.value).splitlines()[0]
    assert first_line.startswith("no terminal to ask on, and these answers are missing: add ")
    for key in missing:
        assert BY_KEY[key].flag in first_line
    for key in set(BY_KEY) - set(missing):
        assert f"{BY_KEY[key].flag} " not in first_line
    if "hardware" in missing:
        assert "--hardware a2|a3" in first_line
    if "workload" in missing:
        assert "--workload dynamic-ep|static-ep|long-seq|no-ep" in first_line
    # The example command is complete: it names every missing flag and the given ones.
    example = str(caught.value).splitlines()[1]
    assert example.startswith("example: mindie-ep init --non-interactive ")
    for key in [*missing, *given]:
        assert BY_KEY[key].flag in example


# =================================================================================================
# 2. A scripted prompter plays the user (run_init in interactive mode)
# =================================================================================================

DEFAULT = object()  # the answer "press Enter": whatever default the wizard offers
CONFIRM = "confirm"  # the key of the final "Write PATH?" in a script


class ScriptedPrompter:
    """The prompts a test expects, in order, with the answer to each.

    ``script`` holds (question key, answer) pairs, ``(CONFIRM, bool)`` for the final "Write
    PATH?". Answering ``DEFAULT`` returns the default the wizard offered. Any prompt that is not
    the next one in the script raises AssertionError at once; ``verify()`` raises when some
    registered prompt was never asked.
    """

    def __init__(self, *script: tuple[str, object]):
        self.script = list(script)
        self.events: list[tuple] = []  # ("ask", key, default, choice values) / ("error", message)
        self.said: list[str] = []
        self.confirm_messages: list[str] = []

    def _next(self, key: str, what: str):
        if not self.script:
            raise AssertionError(f"unexpected prompt {key!r} ({what}): no more prompts were "
                                 f"registered; asked so far: {self.asked()}")
        expected, answer = self.script[0]
        if expected != key:
            raise AssertionError(f"prompt {key!r} ({what}) asked out of order: expected "
                                 f"{expected!r} next; asked so far: {self.asked()}")
        self.script.pop(0)
        return answer

    def ask(self, question, default, choices):
        answer = self._next(question.key, question.title)
        values = None if choices is None else [choice.value for choice in choices]
        self.events.append(("ask", question.key, default, values))
        return default if answer is DEFAULT else answer

    def error(self, message: str) -> None:
        self.events.append(("error", message))

    def say(self, text: str) -> None:
        self.said.append(text)

    def confirm(self, message: str) -> bool:
        answer = self._next(CONFIRM, message)
        self.confirm_messages.append(message)
        return answer

    def asked(self) -> list[str]:
        return [event[1] for event in self.events if event[0] == "ask"]

    def errors(self) -> list[str]:
        return [event[1] for event in self.events if event[0] == "error"]

    def default_for(self, key: str):
        return next(event[2] for event in self.events if event[0] == "ask" and event[1] == key)

    def verify(self) -> None:
        if self.script:
            raise AssertionError("registered prompts never asked: "
                                 + ", ".join(key for key, _ in self.script))


def interactive(output, flags=None, **extra) -> InitRequest:
    return InitRequest(output=str(output), flags=dict(flags or {}), interactive=True, yes=False,
                       **extra)


NEW_CONFIG_SCRIPT = [
    ("source", "template"),
    ("mindie_version", DEFAULT),
    ("model", DEFAULT),
    ("quant", DEFAULT),
    ("weights", WEIGHTS),
    ("model_name", DEFAULT),
    ("hardware", "a3"),
    ("nodes", "1"),  # typed text, as at a terminal
    ("workload", "dynamic-ep"),
    ("layout", DEFAULT),
    ("max_seq_len", DEFAULT),
    ("max_input_len", DEFAULT),
    ("buffer_factors", DEFAULT),
]


# -- the scripted prompter checks itself ----------------------------------------------------------

def test_scripted_prompter_fails_on_an_unexpected_prompt(tmp_path):
    prompter = ScriptedPrompter(("source", "template"), ("model", DEFAULT))
    with pytest.raises(AssertionError, match="'mindie_version'.*out of order: expected 'model'"):
        run_init(interactive(tmp_path / "c.json"), prompter)
    assert not (tmp_path / "c.json").exists()


def test_scripted_prompter_fails_when_its_script_runs_out(tmp_path):
    prompter = ScriptedPrompter(*NEW_CONFIG_SCRIPT[:3])
    with pytest.raises(AssertionError, match="unexpected prompt 'quant'"):
        run_init(interactive(tmp_path / "c.json"), prompter)


def test_scripted_prompter_verify_fails_on_a_prompt_never_asked(tmp_path):
    prompter = ScriptedPrompter(*NEW_CONFIG_SCRIPT, (CONFIRM, True), ("moe_layout", "4x4"))
    assert run_init(interactive(tmp_path / "c.json"), prompter) == 0
    with pytest.raises(AssertionError, match="never asked: moe_layout"):
        prompter.verify()


# -- (a) a full run for a new config ------------------------------------------------------------

def test_full_interactive_run_writes_a_clean_config(tmp_path):
    output = tmp_path / "c.json"
    prompter = ScriptedPrompter(*NEW_CONFIG_SCRIPT, (CONFIRM, True))
    assert run_init(interactive(output), prompter) == 0
    prompter.verify()

    # Only the questions marked `ask` are asked, in the order of questions.py.
    order = [q.key for q in QUESTIONS]
    assert prompter.asked() == sorted(prompter.asked(), key=order.index)
    assert "ep_level" not in prompter.asked()
    assert prompter.errors() == []
    # The defaults offered are the computed ones; the choices follow earlier answers.
    assert prompter.default_for("model_name") == "DeepSeek-R1_w8a8"
    assert prompter.default_for("layout") == "2x8"
    assert prompter.default_for("max_input_len") == 2048
    layout_ask = next(e for e in prompter.events if e[:2] == ("ask", "layout"))
    assert layout_ask[3] == ["2x8", "1x16", "16x1"]

    assert prompter.confirm_messages == [f"Write {output}?"]
    text = output.read_text(encoding="utf-8")
    assert prompter.said[-1] == text  # a new file is shown whole before the confirmation
    assert error_messages(text) == []
    entry = model_entry(text)
    assert {key: entry[key] for key in PARALLEL_KEYS} == {"dp": 2, "tp": 8, "moe_tp": 1,
                                                          "moe_ep": 16}
    assert ep_level_of(entry) == 2
    assert (entry["modelWeightPath"], entry["modelName"], entry["worldSize"]) == \
        (WEIGHTS, "DeepSeek-R1_w8a8", 16)
    assert os.stat(output).st_mode & 0o777 == 0o640


# -- (b) an invalid answer is refused with the reason and the same question is asked again --------

def test_a_model_that_does_not_fit_is_refused_and_nodes_asked_again(tmp_path):
    output = tmp_path / "c.json"
    prompter = ScriptedPrompter(
        ("source", "template"), ("mindie_version", DEFAULT), ("model", "deepseek-v3"),
        ("quant", "w8a8"), ("weights", WEIGHTS), ("model_name", DEFAULT), ("hardware", "a2"),
        ("nodes", "1"),  # DeepSeek-R1 W8A8 needs two A2 nodes
        ("nodes", "2"),
        ("workload", "dynamic-ep"), ("layout", DEFAULT), ("max_seq_len", DEFAULT),
        ("max_input_len", DEFAULT), ("buffer_factors", DEFAULT), (CONFIRM, True))
    assert run_init(interactive(output), prompter) == 0
    prompter.verify()

    reason = fit_problem(MODELS["deepseek-v3"], "w8a8", HARDWARE["a2"], 1)
    nodes = prompter.events.index(("ask", "nodes", 1, None))
    assert prompter.events[nodes:nodes + 3] == [("ask", "nodes", 1, None), ("error", reason),
                                                ("ask", "nodes", 1, None)]
    assert "use at least 2 nodes" in reason
    assert prompter.errors() == [reason]

    text = output.read_text(encoding="utf-8")
    assert error_messages(text, nodes=2) == []
    backend = json.loads(text)["BackendConfig"]
    assert backend["multiNodesInferEnabled"] is True
    entry = model_entry(text)
    assert {key: entry[key] for key in PARALLEL_KEYS} == {"dp": 2, "tp": 8, "moe_tp": 1,
                                                          "moe_ep": 16}


@pytest.mark.parametrize("key, bad, reason, good", [
    ("layout", "3x8", "dp 3 x tp 8 = 24, but the deployment has 16 NPUs", "2x8"),
    ("layout", "2by8", "'2by8' is not of the form AxB (e.g. 2x8): write DPxTP, e.g. 2x8", "1x16"),
    ("nodes", "0", "the number of nodes must be 1 to 60 (the ranktable allows 2 to 60 servers)",
     "1"),
    ("nodes", "two", "'two' is not a whole number", "1"),
    ("weights", "", "give the weights folder", WEIGHTS),
    ("max_input_len", "2560",
     "maxInputTokenLen must be at least 1 and below maxSeqLen (2560): MindIE clamps it to "
     "maxSeqLen - 1", "2048"),
], ids=["layout-3x8", "layout-not-AxB", "zero-nodes", "nodes-not-a-number", "empty-weights",
        "input-len-too-long"])
def test_an_invalid_answer_is_refused_and_the_same_question_asked_again(
        tmp_path, key, bad, reason, good):
    output = tmp_path / "c.json"
    script = []
    for step in NEW_CONFIG_SCRIPT:
        if step[0] == key:
            script += [(key, bad), (key, good)]
        else:
            script.append(step)
    prompter = ScriptedPrompter(*script, (CONFIRM, True))
    assert run_init(interactive(output), prompter) == 0
    prompter.verify()

    asks = [i for i, event in enumerate(prompter.events) if event[:2] == ("ask", key)]
    assert len(asks) == 2
    first, second = asks
    assert prompter.events[first + 1:second] == [("error", reason)]
    assert prompter.events[first][2:] == prompter.events[second][2:]  # same default, choices
    assert prompter.errors() == [reason]
    assert error_messages(output.read_text(encoding="utf-8")) == []


# -- (c) declining the confirmation writes nothing ------------------------------------------------

def test_declining_the_confirmation_writes_nothing(tmp_path):
    output = tmp_path / "c.json"
    prompter = ScriptedPrompter(*NEW_CONFIG_SCRIPT, (CONFIRM, False))
    assert run_init(interactive(output), prompter) == 0
    prompter.verify()
    assert prompter.confirm_messages == [f"Write {output}?"]
    assert prompter.said[-1] == "nothing written"
    assert sorted(os.listdir(tmp_path)) == []


def test_declining_an_update_leaves_the_existing_file_alone(tmp_path):
    output = tmp_path / "c.json"
    shutil.copyfile(STOCK, output)
    before = output.read_bytes()
    prompter = ScriptedPrompter(
        ("mindie_version", DEFAULT), ("model", DEFAULT), ("quant", DEFAULT),
        ("weights", WEIGHTS), ("model_name", DEFAULT), ("hardware", "a3"), ("nodes", DEFAULT),
        ("workload", "dynamic-ep"), ("layout", DEFAULT), ("max_seq_len", DEFAULT),
        ("max_input_len", DEFAULT), ("buffer_factors", DEFAULT), (CONFIRM, False))
    assert run_init(interactive(output), prompter) == 0
    prompter.verify()
    assert output.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["c.json"]


# -- (d) updating an existing file: what the flags answer is not asked ----------------------------

def test_updating_an_existing_file_asks_only_what_the_flags_leave_open(tmp_path):
    source = tmp_path / "stock.json"
    shutil.copyfile(STOCK, source)
    stock_bytes = source.read_bytes()
    stock = json.loads(stock_bytes)
    output = tmp_path / "c.json"
    flags = {"model": "deepseek-v3", "quant": "w8a8", "hardware": "a3", "nodes": 1,
             "workload": "static-ep"}
    prompter = ScriptedPrompter(
        ("mindie_version", DEFAULT), ("weights", WEIGHTS), ("model_name", DEFAULT),
        ("layout", DEFAULT), ("moe_layout", DEFAULT), ("max_seq_len", DEFAULT),
        ("max_input_len", DEFAULT), (CONFIRM, True))
    assert run_init(interactive(output, flags, from_path=str(source)), prompter) == 0
    prompter.verify()

    assert set(prompter.asked()).isdisjoint({*flags, "source", "from_path", "ep_level"})
    # The existing file's values are the defaults offered.
    stock_entry = model_entry(stock_bytes.decode())
    assert prompter.default_for("weights") == stock_entry["modelWeightPath"]
    deploy = stock["BackendConfig"]["ModelDeployConfig"]
    assert prompter.default_for("max_seq_len") == deploy["maxSeqLen"]
    assert prompter.default_for("max_input_len") == deploy["maxInputTokenLen"]
    # An update is shown as a diff against the existing file.
    assert prompter.said[-1].startswith(f"--- a/{output}\n+++ b/{output}\n")

    assert source.read_bytes() == stock_bytes
    text = output.read_text(encoding="utf-8")
    assert error_messages(text) == []
    result = json.loads(text)
    entry = model_entry(text)
    assert {key: entry[key] for key in PARALLEL_KEYS} == {"dp": 2, "tp": 8, "moe_tp": 4,
                                                          "moe_ep": 4}
    assert ep_level_of(entry) == 1
    assert entry["modelWeightPath"] == WEIGHTS
    # Every key the answers do not touch is kept.
    assert result["ServerConfig"] == stock["ServerConfig"]
    assert result["LogConfig"] == stock["LogConfig"]
    assert entry["kv_link_timeout"] == stock_entry["kv_link_timeout"]


def test_updating_the_output_file_in_place_does_not_ask_where_to_start(tmp_path):
    output = tmp_path / "c.json"
    shutil.copyfile(STOCK, output)
    flags = {"weights": WEIGHTS, "hardware": "a3", "workload": "dynamic-ep",
             "layout": "2x8", "buffer_factors": False}
    prompter = ScriptedPrompter(
        ("mindie_version", DEFAULT), ("model", DEFAULT), ("quant", DEFAULT),
        ("model_name", DEFAULT), ("nodes", DEFAULT), ("max_seq_len", DEFAULT),
        ("max_input_len", DEFAULT), (CONFIRM, True))
    assert run_init(interactive(output, flags), prompter) == 0
    prompter.verify()
    text = output.read_text(encoding="utf-8")
    assert error_messages(text) == []
    entry = model_entry(text)
    assert {key: entry[key] for key in PARALLEL_KEYS} == {"dp": 2, "tp": 8, "moe_tp": 1,
                                                          "moe_ep": 16}
    assert (tmp_path / "c.json.bak").read_bytes() == STOCK.read_bytes()


def test_a_missing_file_typed_as_the_config_to_update_is_asked_again(tmp_path):
    output = tmp_path / "c.json"
    source = tmp_path / "stock.json"
    shutil.copyfile(STOCK, source)
    prompter = ScriptedPrompter(
        ("source", "existing"), ("from_path", str(tmp_path / "typo.json")),
        ("from_path", str(source)),
        ("mindie_version", DEFAULT), ("model", DEFAULT), ("quant", DEFAULT),
        ("weights", WEIGHTS), ("model_name", DEFAULT), ("hardware", "a3"), ("nodes", DEFAULT),
        ("workload", "dynamic-ep"), ("layout", DEFAULT), ("max_seq_len", DEFAULT),
        ("max_input_len", DEFAULT), ("buffer_factors", DEFAULT), (CONFIRM, True))
    assert run_init(interactive(output), prompter) == 0
    prompter.verify()
    assert len(prompter.errors()) == 1 and "typo.json" in prompter.errors()[0]
    assert error_messages(output.read_text(encoding="utf-8")) == []


# =================================================================================================
# 3. A real terminal: the installed command driven through a pseudo-terminal with pexpect
# =================================================================================================

TERMINAL_TIMEOUT = 30  # seconds, per expect
GUARD_SECONDS = 90  # the whole test, whatever happens
DOWN, ENTER = "\x1b[B", "\r"


@pytest.fixture
def hard_timeout():
    """Fail the test (rather than hang the suite) if it runs longer than GUARD_SECONDS."""
    if not hasattr(signal, "SIGALRM"):
        pytest.skip("needs SIGALRM")

    def expired(signum, frame):
        pytest.fail(f"the terminal test did not finish within {GUARD_SECONDS} s", pytrace=False)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(GUARD_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def terminal(tmp_path, hard_timeout):
    """Start `mindie-ep init -o c.json` on a pseudo-terminal; always reaped at the end."""
    pexpect = pytest.importorskip("pexpect")
    if sys.platform == "win32":
        pytest.skip("pexpect.spawn needs a POSIX pseudo-terminal")
    children = []

    def spawn(output):
        env = dict(os.environ)
        env.pop("CI", None)
        env["TERM"] = "xterm"
        child = pexpect.spawn(sys.executable, ["-m", "mindie_ep_cli", "init", "-o", str(output)],
                              cwd=str(tmp_path), env=env, timeout=TERMINAL_TIMEOUT,
                              dimensions=(40, 160), encoding="utf-8")
        children.append(child)
        return child

    yield spawn
    for child in children:
        if child.isalive():
            child.close(force=True)


CPR_REQUEST, CPR_REPLY = "\x1b[6n", "\x1b[1;1R"


def wait_for_prompt(child, title: str) -> None:
    """Wait for a prompt; answer the cursor-position requests prompt_toolkit sent before it, as
    a real terminal does (unanswered, each prompt waits a second for them as it closes)."""
    child.expect_exact(title)
    for _ in range(child.before.count(CPR_REQUEST)):
        child.send(CPR_REPLY)


def answer(child, key: str, keys: str) -> None:
    """Wait for the prompt of question ``key`` and type ``keys``."""
    wait_for_prompt(child, BY_KEY[key].title)
    child.send(keys)


def finish(child) -> int:
    import pexpect

    child.expect(pexpect.EOF)
    child.close()
    assert child.signalstatus is None, f"killed by signal {child.signalstatus}"
    return child.exitstatus


def test_terminal_full_run_writes_a_clean_config(tmp_path, terminal):
    output = tmp_path / "c.json"
    child = terminal(output)
    answer(child, "source", ENTER)  # the template
    answer(child, "mindie_version", ENTER)
    answer(child, "model", ENTER)
    answer(child, "quant", ENTER)
    answer(child, "weights", WEIGHTS + ENTER)
    answer(child, "model_name", ENTER)
    answer(child, "hardware", DOWN + ENTER)  # a2 is first: one down is a3
    answer(child, "nodes", ENTER)
    answer(child, "workload", ENTER)  # dynamic EP
    answer(child, "layout", ENTER)
    answer(child, "max_seq_len", ENTER)
    answer(child, "max_input_len", ENTER)
    answer(child, "buffer_factors", ENTER)
    wait_for_prompt(child, f"Write {output}?")
    child.send(ENTER)
    child.expect_exact(f"wrote {output} with mode 0640")
    assert finish(child) == 0

    assert os.stat(output).st_mode & 0o777 == 0o640
    text = output.read_text(encoding="utf-8")
    assert error_messages(text) == []
    entry = model_entry(text)
    assert (entry["modelWeightPath"], entry["worldSize"]) == (WEIGHTS, 16)
    assert {key: entry[key] for key in PARALLEL_KEYS} == {"dp": 2, "tp": 8, "moe_tp": 1,
                                                          "moe_ep": 16}
    assert ep_level_of(entry) == 2
    assert sorted(os.listdir(tmp_path)) == ["c.json"]


@pytest.mark.parametrize("interrupt", ["sendintr", "ctrl-c"])
def test_terminal_ctrl_c_midway_exits_130_and_leaves_the_file_untouched(
        tmp_path, terminal, interrupt):
    output = tmp_path / "c.json"
    shutil.copyfile(STOCK, output)
    os.chmod(output, 0o640)
    before = output.read_bytes()
    child = terminal(output)
    # The file at -o exists, so it is updated: "Start from" is not asked.
    wait_for_prompt(child, BY_KEY["mindie_version"].title)
    assert BY_KEY["source"].title not in child.before
    child.send(ENTER)
    answer(child, "model", ENTER)
    answer(child, "quant", DOWN)  # half way through choosing
    if interrupt == "sendintr":
        child.sendintr()
    else:
        child.send("\x03")
    child.expect_exact("interrupted; nothing was written")
    assert finish(child) == 130

    assert output.read_bytes() == before
    leftovers = [name for name in os.listdir(tmp_path) if name != "c.json"]
    assert leftovers == [], "left behind: " + ", ".join(leftovers)  # no .c.json.*.tmp, no .bak


# =================================================================================================
# 4. No terminal: never prompt, fail fast with the flags to add
# =================================================================================================

def test_without_a_terminal_missing_answers_exit_2_at_once_without_prompting(tmp_path):
    def timed_run():
        started = time.monotonic()
        # stdin is an empty pipe and stdout a pipe: no terminal, as in a CI job or a script.
        result = run_cli("init", "-o", str(tmp_path / "c.json"), "--hardware", "a3",
                         input="", cwd=tmp_path, timeout=10)
        return result, time.monotonic() - started

    result, elapsed = timed_run()
    if elapsed >= 1.0:  # a loaded machine: measure once more before calling it slow
        result, elapsed = min(timed_run(), (result, elapsed), key=lambda run: run[1])
    stdout, stderr = result.stdout.decode(), result.stderr.decode()
    assert result.returncode == 2, stderr
    assert elapsed < 1.0, f"took {elapsed:.2f} s (waiting for an answer?)"
    assert stderr.startswith("mindie-ep: error: no terminal to ask on, and these answers are "
                             "missing: add --weights PATH --workload ")
    assert "--workload dynamic-ep|static-ep|long-seq|no-ep" in stderr
    assert "--hardware a2|a3" not in stderr  # given, so not missing
    # Nothing was asked: no questionary prompt ("? Title") and no question text at all.
    assert stdout == ""
    output = stdout + stderr
    assert not any(line.lstrip().startswith("?") for line in output.splitlines())
    for question in QUESTIONS:
        assert question.title not in output
        assert question.help not in output
    assert os.listdir(tmp_path) == []


# -- the wizard in Chinese ------------------------------------------------------------------------

class WordingPrompter(ScriptedPrompter):
    """Also records what each prompt showed: title, help line and choice titles."""

    def __init__(self, *script):
        super().__init__(*script)
        self.shown: dict[str, tuple] = {}

    def ask(self, question, default, choices):
        self.shown[question.key] = (question.title, question.help,
                                    [choice.title for choice in choices or []])
        return super().ask(question, default, choices)


@pytest.fixture
def chinese():
    previous = language()
    set_language("zh")
    yield
    set_language(previous)


def test_the_wizard_asks_in_chinese_and_writes_the_same_config(tmp_path, chinese):
    script = [*NEW_CONFIG_SCRIPT[:7], ("nodes", "0"), ("nodes", "1"), *NEW_CONFIG_SCRIPT[8:],
              (CONFIRM, True)]
    prompter = WordingPrompter(*script)
    assert run_init(interactive(tmp_path / "zh.json"), prompter) == 0
    prompter.verify()
    title, help_line, choices = prompter.shown["hardware"]
    assert title == "硬件" and "NPU" in help_line
    assert choices == ["Atlas 800I A2（每节点 8 张 64 GB NPU）", "Atlas 800I A3（每节点 16 个 64 GB die）"]
    assert prompter.shown["layout"][2][0] == "dp 2 x tp 8  (华为针对该硬件发布)"
    assert prompter.errors() == ["节点数必须在 1 到 60 之间（ranktable 允许 2 到 60 台服务器）"]
    assert prompter.confirm_messages == [f"写入 {tmp_path / 'zh.json'}？"]
    # Only the words change: the same answers make the same file as in English.
    set_language("en")
    english = ScriptedPrompter(*NEW_CONFIG_SCRIPT, (CONFIRM, True))
    assert run_init(interactive(tmp_path / "en.json"), english) == 0
    assert (tmp_path / "zh.json").read_bytes() == (tmp_path / "en.json").read_bytes()
    for question in QUESTIONS:  # every English title was replaced
        assert question.key not in prompter.shown or prompter.shown[question.key][0] != question.title
