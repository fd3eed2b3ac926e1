"""The wizard's questions, as data: key, kind, help, choices, computed default, `when`, validator.

Order (product.md section 5): where to start; MindIE version; model family; quantisation; weights
path and model name; hardware and nodes (with the memory-fit check); workload; EP level and the
routing cutoff factor; attention layout; MoE layout; sequence lengths; advanced settings. Each
question is also a flag of `mindie-ep init` (`key` with `_` written `-`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..i18n import tr
from .facts import (BYTES_PER_PARAMETER, HARDWARE, MODELS, STATIC_WORKLOADS, WORKLOADS,
                    attention_layouts, fit_problem, layout_text, parse_layout,
                    static_moe_layouts)

Answers = dict
EP_LEVELS = {"dynamic-ep": 2, "static-ep": 1, "long-seq": 1}


@dataclass(frozen=True)
class Choice:
    value: object
    title: str


@dataclass(frozen=True)
class Question:
    key: str
    kind: str  # select, int, float, text, confirm
    title: str
    help: str
    choices: Callable[[Answers], list[Choice]] | None = None
    default: Callable[[Answers], object] = lambda answers: None
    when: Callable[[Answers], bool] = lambda answers: True
    validate: Callable[[object, Answers], str | None] = lambda value, answers: None
    # A problem `--force` may override (the memory-fit estimate), checked after ``validate``.
    caution: Callable[[object, Answers], str | None] = lambda value, answers: None
    ask: bool = True  # False: derived, only a flag or the answers file sets it
    example: str = ""  # a value for the example command of the "answers are missing" message
    placeholder: str = ""  # what the flag takes, in that message (choices are listed instead)

    @property
    def flag(self) -> str:
        return "--" + self.key.replace("_", "-")

    def parse(self, raw: object) -> object:
        """A flag or answers-file value as this question's type."""
        if self.kind == "int":
            if isinstance(raw, int) and not isinstance(raw, bool):
                return raw
            if isinstance(raw, str) and re.fullmatch(r"\s*[+-]?[0-9]+\s*", raw):
                return int(raw)
            raise ValueError(tr("{value} is not a whole number", value=repr(raw)))
        if self.kind == "float":
            try:
                if isinstance(raw, (int, float, str)) and not isinstance(raw, bool):
                    return float(raw)
            except ValueError:
                pass
            raise ValueError(tr("{value} is not a number", value=repr(raw)))
        if self.kind == "confirm":
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in ("yes", "true", "y", "1", "on"):
                return True
            if text in ("no", "false", "n", "0", "off"):
                return False
            raise ValueError(tr("{value} is not yes or no", value=repr(raw)))
        return str(raw).strip()


def world(answers: Answers) -> int | None:
    hardware = HARDWARE.get(answers.get("hardware"))
    nodes = answers.get("nodes")
    return hardware.devices_per_node * nodes if hardware and isinstance(nodes, int) else None


def _one_of(options):
    def check(value, answers):
        if value not in options:
            return tr("{value} is not one of the choices: {choices}", value=repr(value),
                      choices=", ".join(options))
        return None
    return check


# -- validators that need several answers ---------------------------------------------------------

def _check_nodes(nodes, answers):
    if not isinstance(nodes, int) or not 1 <= nodes <= 60:
        return tr("the number of nodes must be 1 to 60 (the ranktable allows 2 to 60 servers)")
    return None


def _fits(nodes, answers):
    model, hardware = MODELS.get(answers.get("model")), HARDWARE.get(answers.get("hardware"))
    if model and hardware and answers.get("quant") in BYTES_PER_PARAMETER:
        return fit_problem(model, answers["quant"], hardware, nodes)
    return None


def _check_ep_level(level, answers):
    wanted = EP_LEVELS.get(answers.get("workload"))
    if level not in (1, 2):
        return tr("ep_level must be 1 (static EP, AllGather) or 2 (dynamic EP, AllToAll)")
    if wanted is not None and level != wanted:
        return tr("the {workload} workload uses ep_level {wanted}: dynamic EP is ep_level 2, "
                  "static EP (and the routing cutoff for long sequences) ep_level 1",
                  workload=answers["workload"], wanted=wanted)
    return None


def _check_factor(value, answers):
    if not 0.25 <= value <= 1:
        return tr("topk_scaling_factor must be between 0.25 and 1 with the routing cutoff on "
                  "(the model refuses anything else)")
    return None


def _split_problem(text, answers, first: str, second: str, example: str, min_first: int = 1):
    """Why ``text`` is not a first x second split of the NPUs (dp x tp, moe_ep x moe_tp): the
    product must be the NPU count, and the second (a TP group) stays within a node or spans all."""
    try:
        a, b = parse_layout(text)
    except ValueError as err:
        return tr("{problem}: write {form}, e.g. {example}", problem=err,
                  form=f"{first.upper()}x{second.upper()}", example=example)
    size, local = world(answers), HARDWARE[answers["hardware"]].devices_per_node
    if a * b != size:
        return tr("{first} {a} x {second} {b} = {product}, but the deployment has {size} NPUs",
                  first=first, a=a, second=second, b=b, product=a * b, size=size)
    if a < min_first:
        return tr("static EP needs {first} of at least {minimum}", first=first, minimum=min_first)
    if b > local and b != size:
        return tr("{second} {b} spans part of several nodes; use {second} <= {local} or "
                  "{second} = {size}", second=second, b=b, local=local, size=size)
    return None


def _check_layout(text, answers):
    return _split_problem(text, answers, "dp", "tp", "2x8")


def _check_moe_layout(text, answers):
    return _split_problem(text, answers, "moe_ep", "moe_tp", "4x4", min_first=2)


def _check_input_len(value, answers):
    if not 1 <= value < answers.get("max_seq_len", value + 1):
        return tr("maxInputTokenLen must be at least 1 and below maxSeqLen ({max_seq_len}): "
                  "MindIE clamps it to maxSeqLen - 1", max_seq_len=answers.get("max_seq_len"))
    return None


def _positive(name):
    def check(value, answers):
        return None if isinstance(value, int) and 1 <= value <= 4194304 else \
            tr("{name} must be 1 to 4194304", name=name)
    return check


# -- choices and defaults ------------------------------------------------------------------------

def _source_choices(answers):
    return [Choice("template", tr("the stock MindIE 3.0 config.json")),
            Choice("existing", tr("an existing config.json (add EP to it)"))]


def _version_choices(answers):
    return [Choice("3.0", tr("MindIE 3.0 (open-source MindIE-LLM)")),
            Choice("2.x", tr("MindIE 2.x"))]


def _model_choices(answers):
    return [Choice(key, tr("{name} ({size}, {experts} routed experts, top-{top_k})",
                           name=model.name, size=model.size, experts=model.routed_experts,
                           top_k=model.top_k))
            for key, model in MODELS.items()]


def _quant_choices(answers):
    return [Choice("w8a8", tr("W8A8 (8-bit weights and activations; the usual choice)")),
            Choice("w4a8", tr("W4A8 (4-bit weights; fits DeepSeek-R1 on one A2 node)")),
            Choice("bf16", tr("BF16 (unquantised; needs the most NPUs, no SP/CP)"))]


def _hardware_choices(answers):
    return [Choice("a2", tr("Atlas 800I A2 (8 NPUs of 64 GB per node)")),
            Choice("a3", tr("Atlas 800I A3 (16 dies of 64 GB per node)"))]


def _workload_choices(answers):
    return [Choice("dynamic-ep", tr("Throughput: dynamic EP (ep_level 2, AllToAll), moe_ep = all "
                                    "NPUs, moe_tp 1")),
            Choice("static-ep", tr("Balanced: static EP (ep_level 1, AllGather) with a hybrid MoE "
                                   "split such as the published moe_ep 4 x moe_tp 4")),
            Choice("long-seq", tr("Long sequences: static EP (ep_level 1) with the init-routing "
                                  "cutoff to save prefill memory (costs some accuracy)")),
            Choice("no-ep", tr("No expert parallelism: experts split by tensor parallel over all "
                               "NPUs (moe_tp = W)"))]


def _layout_default(answers):
    hardware = HARDWARE[answers["hardware"]]
    dp, tp, _ = attention_layouts(hardware, answers["nodes"])[0]
    return layout_text(dp, tp)


def _moe_default(answers):
    ep, tp, _ = static_moe_layouts(HARDWARE[answers["hardware"]], answers["nodes"])[0]
    return layout_text(ep, tp)


def _layout_choices(answers):
    hardware = HARDWARE[answers["hardware"]]
    return [Choice(layout_text(dp, tp), f"dp {dp} x tp {tp}  ({why})")
            for dp, tp, why in attention_layouts(hardware, answers["nodes"])]


def _moe_choices(answers):
    hardware = HARDWARE[answers["hardware"]]
    return [Choice(layout_text(ep, tp), f"moe_ep {ep} x moe_tp {tp}  ({why})")
            for ep, tp, why in static_moe_layouts(hardware, answers["nodes"])]


def _uses_ep(answers):
    return answers.get("workload") in EP_LEVELS


def questions() -> list[Question]:
    """The questions in the order they are asked, worded in the active language."""
    return [
        Question("source", "select", tr("Start from"),
                 tr("An existing config keeps every key you do not answer for, byte for byte; "
                    "the template is MindIE 3.0's stock config.json."),
                 choices=_source_choices, default=lambda a: "template",
                 validate=_one_of(("template", "existing")), example="template"),
        Question("from_path", "text", tr("Path of the config.json to update"),
                 tr("The file is read as the defaults; only the keys the answers change are "
                    "rewritten."),
                 when=lambda a: a.get("source") == "existing", example="conf/config.json",
                 placeholder="PATH"),
        Question("mindie_version", "select", tr("MindIE version"),
                 tr("3.0 requires keys older releases did not (distDPServerEnabled, ...)."),
                 choices=_version_choices, default=lambda a: "3.0",
                 validate=_one_of(("3.0", "2.x")), example="3.0"),
        Question("model", "select", tr("Model family"),
                 tr("Expert parallelism applies to DeepSeek-V2/V3/R1 and Kimi-K2 (all use "
                    "models.deepseekv2); the family decides the expert count and top-k."),
                 choices=_model_choices, default=lambda a: "deepseek-v3",
                 validate=_one_of(MODELS), example="deepseek-v3"),
        Question("quant", "select", tr("Weights quantisation"),
                 tr("Decides whether the model fits: DeepSeek-R1/V3 W8A8 needs at least two A2 "
                    "nodes, one A2 node only fits W4A8; SP/CP need W8A8 or W4A8."),
                 choices=_quant_choices, default=lambda a: "w8a8",
                 validate=_one_of(BYTES_PER_PARAMETER), example="w8a8"),
        Question("weights", "text", tr("Weights folder (modelWeightPath)"),
                 tr("The folder with the weights and their config.json; MindIE reads the model "
                    "type from it (not from modelName)."),
                 validate=lambda v, a: None if v else tr("give the weights folder"),
                 example="/data/weights/DeepSeek-R1_w8a8", placeholder="PATH"),
        Question("model_name", "text", tr("Model name (modelName)"),
                 tr("A free label that clients send as the request's model."),
                 default=lambda a: f"{MODELS[a['model']].default_name}_{a['quant']}",
                 example="DeepSeek-R1_w8a8", placeholder="NAME"),
        Question("hardware", "select", tr("Hardware"),
                 tr("A2 nodes have 8 NPUs, A3 nodes 16 dies; every parallel size counts NPUs."),
                 choices=_hardware_choices, validate=_one_of(HARDWARE), example="a3"),
        Question("nodes", "int", tr("Number of nodes"),
                 tr("With more than one node, config.json must be the same on every node and the "
                    "ranktable (RANK_TABLE_FILE) gives the global world size."),
                 default=lambda a: 1, validate=_check_nodes, caution=_fits, example="1"),
        Question("workload", "select", tr("Workload"),
                 tr("Dynamic EP maximises throughput; the routing cutoff saves prefill memory for "
                    "long sequences at some cost in accuracy; no EP splits experts by tensor "
                    "parallel."),
                 choices=_workload_choices, validate=_one_of(WORKLOADS), example="dynamic-ep"),
        Question("ep_level", "int", tr("EP level"),
                 tr("1 = static EP (AllGather), 2 = dynamic EP (AllToAll); follows the workload."),
                 default=lambda a: EP_LEVELS[a["workload"]],
                 when=_uses_ep, validate=_check_ep_level, ask=False, example="2"),
        Question("topk_scaling_factor", "float", tr("Top-k scaling factor for the routing cutoff"),
                 tr("Accuracy trade-off: the prefill keeps int(top-k x factor) experts per token "
                    "(top-8 becomes top-2 at 0.25). 0.25 saves the most memory; 1.0 keeps full "
                    "routing."),
                 default=lambda a: 0.25, when=lambda a: a.get("workload") == "long-seq",
                 validate=_check_factor, example="0.25"),
        Question("layout", "select", tr("Attention layout (dp x tp)"),
                 tr("tp stays within a node (or spans all NPUs); dp x tp must equal the NPU "
                    "count. The layouts Huawei publishes for this hardware come first."),
                 choices=_layout_choices, default=_layout_default, validate=_check_layout,
                 example="2x8"),
        Question("moe_layout", "select", tr("MoE layout for static EP (moe_ep x moe_tp)"),
                 tr("moe_ep x moe_tp must equal the NPU count; moe_tp stays within a node."),
                 choices=_moe_choices, default=_moe_default,
                 when=lambda a: a.get("workload") in STATIC_WORKLOADS,
                 validate=_check_moe_layout, example="4x4"),
        Question("max_seq_len", "int", tr("maxSeqLen (input + output tokens)"),
                 tr("Long-sequence deployments use e.g. 66000 (the EP guide's example)."),
                 default=lambda a: 66000 if a.get("workload") == "long-seq" else 2560,
                 validate=_positive("maxSeqLen"), example="2560"),
        Question("max_input_len", "int", tr("maxInputTokenLen (longest input, in tokens)"),
                 tr("Below maxSeqLen; maxPrefillTokens is raised to at least this."),
                 default=lambda a: 65000 if a.get("workload") == "long-seq"
                 else min(2048, a["max_seq_len"] - 1),
                 validate=_check_input_len, example="2048"),
        Question("buffer_factors", "confirm", tr("Write an explicit AllToAll buffer-factor table?"),
                 tr("Advanced, and not recommended by the docs: the built-in table is used "
                    "otherwise."),
                 default=lambda a: False, when=lambda a: a.get("workload") == "dynamic-ep",
                 example="no"),
    ]


def question_keys() -> list[str]:
    return [question.key for question in questions()]
