"""What the wizard knows about hardware, models and the layouts Huawei publishes (reference 4).

Memory fit is an estimate: the weights' size (parameters x bytes per parameter for the
quantisation) against 80 % of the NPUs' HBM (MindIE's default `NPU_MEMORY_FRACTION` is 0.8). It
reproduces the documented facts: DeepSeek-R1/V3 W8A8 needs at least two Atlas 800I A2 nodes, one
A2 node only fits W4A8, Kimi-K2 W8A8 needs four A2 nodes.
"""

from __future__ import annotations

from dataclasses import dataclass

USABLE_FRACTION = 0.8


@dataclass(frozen=True)
class Hardware:
    key: str
    title: str
    devices_per_node: int
    hbm_gb: int  # per device (an A3 die)


HARDWARE = {
    "a2": Hardware("a2", "Atlas 800I A2 (8 NPUs of 64 GB per node)", 8, 64),
    "a3": Hardware("a3", "Atlas 800I A3 (16 dies of 64 GB per node)", 16, 64),
}


@dataclass(frozen=True)
class Model:
    key: str
    title: str
    parameters_b: int  # billions
    routed_experts: int
    top_k: int
    default_name: str


MODELS = {
    "deepseek-v3": Model("deepseek-v3", "DeepSeek-V3 / R1 (671B, 256 routed experts, top-8)",
                         671, 256, 8, "DeepSeek-R1"),
    "deepseek-v2": Model("deepseek-v2", "DeepSeek-V2 (236B, 160 routed experts, top-6)",
                         236, 160, 6, "DeepSeek-V2"),
    "kimi-k2": Model("kimi-k2", "Kimi-K2 (1T, 384 routed experts, top-8)", 1000, 384, 8,
                     "Kimi-K2"),
}

BYTES_PER_PARAMETER = {"w8a8": 1.0, "w4a8": 0.5, "bf16": 2.0}
QUANT_TITLES = {
    "w8a8": "W8A8 (8-bit weights and activations; the usual choice)",
    "w4a8": "W4A8 (4-bit weights; fits DeepSeek-R1 on one A2 node)",
    "bf16": "BF16 (unquantised; needs the most NPUs, no SP/CP)",
}

WORKLOADS = {
    "dynamic-ep": "Throughput: dynamic EP (ep_level 2, AllToAll), moe_ep = all NPUs, moe_tp 1",
    "static-ep": "Balanced: static EP (ep_level 1, AllGather) with a hybrid MoE split such as "
                 "the published moe_ep 4 x moe_tp 4",
    "long-seq": "Long sequences: static EP (ep_level 1) with the init-routing cutoff to save "
                "prefill memory (costs some accuracy)",
    "no-ep": "No expert parallelism: experts split by tensor parallel over all NPUs (moe_tp = W)",
}
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
    return (f"{model.title.split(' (')[0]} {quant.upper()} weights need about {need:.0f} GB, but "
            f"{nodes} {hardware.key.upper()} node(s) have about {have:.0f} GB usable "
            f"({USABLE_FRACTION:.0%} of HBM): use at least {smallest} nodes, or a smaller "
            "quantisation")


def attention_layouts(hardware: Hardware, nodes: int) -> list[tuple[int, int, str]]:
    """Attention layouts (dp, tp, why) for W NPUs, the published ones first."""
    world, local = hardware.devices_per_node * nodes, hardware.devices_per_node
    layouts: list[tuple[int, int, str]] = []
    for dp, tp in PUBLISHED_ATTENTION.get((hardware.key, nodes), []):
        layouts.append((dp, tp, "published by Huawei for this hardware"))
    for dp, tp, why in ((world // local, local, "one TP group per node"),
                        (world, 1, "attention DP over every NPU")):
        if (dp, tp) not in [(d, t) for d, t, _ in layouts]:
            layouts.append((dp, tp, why))
    return layouts


def static_moe_layouts(hardware: Hardware, nodes: int) -> list[tuple[int, int, str]]:
    """MoE layouts (moe_ep, moe_tp, why) for static EP, the published ones first."""
    world = hardware.devices_per_node * nodes
    layouts = [(ep, tp, "published by Huawei for this hardware")
               for ep, tp in PUBLISHED_STATIC_MOE.get((hardware.key, nodes), [])]
    if (world, 1) not in [(e, t) for e, t, _ in layouts]:
        layouts.append((world, 1, "one expert shard per NPU, as in the EP guide"))
    return layouts


def layout_text(first: int, second: int) -> str:
    return f"{first}x{second}"


def parse_layout(text: str) -> tuple[int, int]:
    first, sep, second = text.lower().replace(" ", "").partition("x")
    if not sep or not first.isdigit() or not second.isdigit():
        raise ValueError(f"{text!r} is not of the form AxB (e.g. 2x8)")
    return int(first), int(second)
