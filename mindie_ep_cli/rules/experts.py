"""MEP311: how the routed experts are spread over the EP group (reference 2.7)."""

from __future__ import annotations

from ..config_access import convert_model_value
from ..diagnostics import Finding
from .base import rule
from .common import entries, number, weights


def placement(experts: int, devices: int) -> tuple[int, int]:
    """Experts on most devices and on the last one: ceil split, the last takes the rest."""
    per_device = -(-experts // devices)
    return per_device, max(experts - per_device * (devices - 1), 0)


@rule("MEP311", "experts-uneven", "info")
def check_expert_placement(ctx):
    """The routed experts do not divide evenly over `moe_ep`.

    ## What it does
    With `moe_ep > 1`, divides the routed experts (from the weights' `n_routed_experts`, or the
    model family: 256 for DeepSeek-V3/R1, 160 for DeepSeek-V2, 384 for Kimi-K2), plus the
    redundant experts of static EPLB, over `moe_ep` minus the dangling shared experts, and
    reports when the split is uneven.

    ## Why it matters
    MindIE places ceil(experts / devices) experts on each device and the remainder on the last,
    so the last device holds fewer experts: it works, but load and memory are unbalanced and one
    device sits partly idle.

    ## Example
    `"moe_ep": 12` for DeepSeek-R1's 256 experts (22 per device, 14 on the last).

    ## Use instead
    A `moe_ep` that divides the expert count (8, 16, 32, 64 for 256 experts).

    ## References
    - MindIE reference 2.7 (expert placement), 2.2 (num_dangling_shared_experts)
    """
    for entry in entries(ctx):
        if not entry.ep_active:
            continue
        experts = weights(ctx, entry).routed_experts
        if experts is None:
            continue
        eplb = entry.ep.get("eplb") if isinstance(entry.ep.get("eplb"), dict) else {}
        if convert_model_value(eplb.get("level", 0)) not in (0, None):
            redundant = number(eplb.get("num_redundant_experts", 0)) or 0
            experts += int(redundant)
        dangling = number(entry.ep.get("num_dangling_shared_experts", 0)) or 0
        devices = entry.moe_ep - max(int(dangling), 0)
        if devices < 1 or experts % devices == 0:
            continue
        most, last = placement(experts, devices)
        yield entry.finding("MEP311", "moe_ep", f"{experts} routed experts over {devices} EP "
                            f"devices do not divide evenly: {most} experts on most devices and "
                            f"{last} on the last", "choose a moe_ep that divides the number of "
                            "experts, if the node count allows it")
