"""What the wizard knows about hardware, models and the layouts Huawei publishes (reference 4).

Memory fit is an estimate: the weights' size (parameters x bytes per parameter for the
quantisation) against 80 % of the NPUs' HBM (MindIE's default `NPU_MEMORY_FRACTION` is 0.8). It
reproduces the documented facts: DeepSeek-R1/V3 W8A8 needs at least two Atlas 800I A2 nodes, one
A2 node only fits W4A8, Kimi-K2 W8A8 needs four A2 nodes.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import tr

USABLE_FRACTION = 0.8


@dataclass(frozen=True)
class Hardware:
    key: str
    name: str
    devices_per_node: int
    hbm_gb: int  # per device (an A3 die)


HARDWARE = {
    "a2": Hardware("a2", "Atlas 800I A2", 8, 64),
    "a3": Hardware("a3", "Atlas 800I A3", 16, 64),
}


@dataclass(frozen=True)
class Model:
    key: str
    name: str
    size: str  # as the model card says it
    parameters_b: int  # billions
    routed_experts: int
    top_k: int
    default_name: str


MODELS = {
    "deepseek-v3": Model("deepseek-v3", "DeepSeek-V3 / R1", "671B", 671, 256, 8, "DeepSeek-R1"),
    "deepseek-v2": Model("deepseek-v2", "DeepSeek-V2", "236B", 236, 160, 6, "DeepSeek-V2"),
    "kimi-k2": Model("kimi-k2", "Kimi-K2", "1T", 1000, 384, 8, "Kimi-K2"),
}

BYTES_PER_PARAMETER = {"w8a8": 1.0, "w4a8": 0.5, "bf16": 2.0}
WORKLOADS = ("dynamic-ep", "static-ep", "long-seq", "no-ep")
STATIC_WORKLOADS = ("static-ep", "long-seq")

# (hardware, nodes) -> attention layouts Huawei publishes, as (dp, tp), first = recommended.
PUBLISHED_ATTENTION = {
    ("a3", 1): [(2, 8)],  # A3_single.md, deepseek-r1 README, SP/CP guides
    ("a2", 1): [(1, 8)],  # A2_single_machine.md (W4A8)
    ("a2", 2): [(2, 8)],  # A2_double_machine.md, kv_cache_pool.md
    ("a2", 4): [(8, 4)],  # kimi_k2 README
    ("a3", 2): [(4, 8)],  # deepseek_v3.2.md
}
# (hardware, nodes) -> MoE layouts published for static EP (ep_level 1), as (moe_ep, moe_tp).
PUBLISHED_STATIC_MOE = {
    ("a3", 1): [(4, 4)],  # A3_single.md
    ("a2", 2): [(4, 4)],  # A2_double_machine.md
}


def weights_gb(model: Model, quant: str) -> float:
    return model.parameters_b * BYTES_PER_PARAMETER[quant]


def usable_gb(hardware: Hardware, nodes: int) -> float:
    return hardware.devices_per_node * nodes * hardware.hbm_gb * USABLE_FRACTION


def fit_problem(model: Model, quant: str, hardware: Hardware, nodes: int) -> str | None:
    """Why the weights cannot fit, or None."""
    need, have = weights_gb(model, quant), usable_gb(hardware, nodes)
    if need <= have:
        return None
    smallest = next(n for n in (1, 2, 4, 8, 16, 32, 64) if need <= usable_gb(hardware, n))
    return tr("{model} {quant} weights need about {need} GB, but {nodes} {hardware} node(s) have "
              "about {have} GB usable ({fraction} of HBM): use at least {smallest} nodes, or a "
              "smaller quantisation", model=model.name, quant=quant.upper(), need=f"{need:.0f}",
              nodes=nodes, hardware=hardware.key.upper(), have=f"{have:.0f}",
              fraction=f"{USABLE_FRACTION:.0%}", smallest=smallest)


def attention_layouts(hardware: Hardware, nodes: int) -> list[tuple[int, int, str]]:
    """Attention layouts (dp, tp, why) for W NPUs, the published ones first."""
    world, local = hardware.devices_per_node * nodes, hardware.devices_per_node
    layouts: list[tuple[int, int, str]] = []
    for dp, tp in PUBLISHED_ATTENTION.get((hardware.key, nodes), []):
        layouts.append((dp, tp, tr("published by Huawei for this hardware")))
    for dp, tp, why in ((world // local, local, tr("one TP group per node")),
                        (world, 1, tr("attention DP over every NPU"))):
        if (dp, tp) not in [(d, t) for d, t, _ in layouts]:
            layouts.append((dp, tp, why))
    return layouts


def static_moe_layouts(hardware: Hardware, nodes: int) -> list[tuple[int, int, str]]:
    """MoE layouts (moe_ep, moe_tp, why) for static EP, the published ones first."""
    world = hardware.devices_per_node * nodes
    layouts = [(ep, tp, tr("published by Huawei for this hardware"))
               for ep, tp in PUBLISHED_STATIC_MOE.get((hardware.key, nodes), [])]
    if (world, 1) not in [(e, t) for e, t, _ in layouts]:
        layouts.append((world, 1, tr("one expert shard per NPU, as in the EP guide")))
    return layouts


def layout_text(first: int, second: int) -> str:
    return f"{first}x{second}"


def parse_layout(text: str) -> tuple[int, int]:
    first, sep, second = text.lower().replace(" ", "").partition("x")
    if not sep or not first.isdigit() or not second.isdigit():
        raise ValueError(tr("{text} is not of the form AxB (e.g. 2x8)", text=repr(text)))
    return int(first), int(second)
