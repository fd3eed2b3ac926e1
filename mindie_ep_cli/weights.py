"""What the model weights tell us: the model type (which decides whether `models.deepseekv2`
applies, reference 3.5), the routed experts and top-k (expert placement, buffer sizing), the
quantisation. Read from ``modelWeightPath/config.json`` when it is on this machine, or from
``--weights-config``; otherwise the family is guessed from ``modelName`` and the weights path."""

from __future__ import annotations

from typing import NamedTuple

import json
import os
import re

DEEPSEEK_EP_TYPES = ("deepseek_v2", "deepseek_v3", "deepseekv3", "kimi_k2")


class Family(NamedTuple):
    name: str
    model_type: str
    routed_experts: int
    top_k: int


FAMILIES = {
    "deepseek_v3": Family("DeepSeek-V3/R1", "deepseek_v3", 256, 8),
    "deepseek_v2": Family("DeepSeek-V2", "deepseek_v2", 160, 6),
    "kimi_k2": Family("Kimi-K2", "kimi_k2", 384, 8),
}
# Name prefixes of model families that are not DeepSeek MoE (and take no EP settings).
OTHER_FAMILIES = ("qwen", "llama", "distill", "glm", "chatglm", "mixtral", "mistral", "baichuan",
                  "internlm", "gemma", "phi", "yi", "telechat")
_TOKEN = re.compile(r"[a-z]+[0-9.]*|[0-9]+")


class WeightsInfo(NamedTuple):
    source: str | None  # the config.json read, or None when guessed from names
    model_type: str | None
    routed_experts: int | None
    top_k: int | None
    quantize: str | None
    family: Family | None
    other_family: str | None  # a non-DeepSeek family named by modelName or the path


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def read_weights_config(path: str) -> dict | None:
    try:
        with open(path, encoding="utf-8") as handle:
            value = json.load(handle)
    except (OSError, ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def guess_family(text: str) -> tuple[Family | None, str | None]:
    """The family a model name suggests, from its words ("DeepSeek-R1-Distill-Qwen-32B" is a
    Qwen model, "dsr1_w8a8" DeepSeek-R1); a word must start with the family's name."""
    words = _TOKEN.findall(text.lower())
    for name in OTHER_FAMILIES:
        if any(word.startswith(name) for word in words) and (name != "yi" or "yi" in words):
            return None, name
    if any(word.startswith("kimi") for word in words):
        return FAMILIES["kimi_k2"], None
    if any(word.startswith(("deepseek", "dsr", "dsv")) for word in words):
        if any(word.startswith("v2") or word.endswith("v2") for word in words) and not any(
                word.startswith(("v3", "r1")) for word in words):
            return FAMILIES["deepseek_v2"], None
        return FAMILIES["deepseek_v3"], None
    return None, None


def weights_info(entry: dict, weights_config: str | None) -> WeightsInfo:
    weight_path = entry.get("modelWeightPath") if isinstance(entry.get("modelWeightPath"), str) else ""
    path = weights_config or (os.path.join(weight_path, "config.json") if weight_path else None)
    data = read_weights_config(path) if path else None
    names = f"{entry.get('modelName', '')} {os.path.basename(weight_path.rstrip('/'))}"
    if data is None:
        family, other = guess_family(names)
        return WeightsInfo(None, None, family.routed_experts if family else None,
                           family.top_k if family else None, None, family, other)
    model_type = data.get("model_type") if isinstance(data.get("model_type"), str) else None
    family = FAMILIES.get("deepseek_v3" if model_type == "deepseekv3" else model_type or "")
    experts = _int(data.get("n_routed_experts")) or (family.routed_experts if family else None)
    top_k = _int(data.get("num_experts_per_tok")) or (family.top_k if family else None)
    quantize = data.get("quantize")
    if not isinstance(quantize, str):
        quantization = data.get("quantization_config")
        quantize = quantization.get("quant_method") if isinstance(quantization, dict) else None
    return WeightsInfo(path, model_type, experts, top_k,
                       quantize if isinstance(quantize, str) else None, family, None)
