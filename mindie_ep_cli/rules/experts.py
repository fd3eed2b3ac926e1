"""MEP311: how the routed experts are spread over the EP group (reference 2.7)."""

from __future__ import annotations

from ..config_access import convert_model_value
from ..diagnostics import Finding
from ..i18n import tr
from .base import rule
from .common import entries, number, weights


def placement(experts: int, devices: int) -> list[int]:
    """Experts per device: ceil(experts / devices) each, in order, until they run out."""
    per_device = -(-experts // devices)
    counts, left = [], experts
    for _ in range(devices):
        counts.append(min(per_device, max(left, 0)))
        left -= per_device
    return counts


def describe_placement(counts: list[int]) -> str:
    groups: dict[int, int] = {}
    for count in counts:
        groups[count] = groups.get(count, 0) + 1
    parts = [tr("{devices} devices hold {count}", devices=devices, count=count) if devices > 1
             else tr("{devices} device holds {count}", devices=devices, count=count)
             for count, devices in sorted(groups.items(), reverse=True)]
    if len(parts) == 1:
        return parts[0]
    return tr("{first} and {last}", first=tr(", ").join(parts[:-1]), last=parts[-1])


@rule("MEP311", "experts-uneven", "info")
def check_expert_placement(ctx):
    """The routed experts do not divide evenly over `moe_ep`.

    ## What it does
    With `moe_ep > 1`, divides the routed experts (from the weights' `n_routed_experts`, or the
    model family: 256 for DeepSeek-V3/R1, 160 for DeepSeek-V2, 384 for Kimi-K2), plus the
    redundant experts of static EPLB, over `moe_ep` minus the dangling shared experts, and
    reports when the split is uneven.

    ## Why it matters
    MindIE places ceil(experts / devices) experts on each device in turn until they run out, so
    the last devices hold fewer experts, or none: it works, but load and memory are unbalanced
    and some NPUs sit partly idle.

    ## Example
    `"moe_ep": 12` for DeepSeek-R1's 256 experts (11 devices hold 22, one holds 14).

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
        yield entry.finding("MEP311", "moe_ep",
                            tr("{experts} routed experts over {devices} EP devices do not divide "
                               "evenly: {placement}", experts=experts, devices=devices,
                               placement=describe_placement(placement(experts, devices))),
                            tr("choose a moe_ep that divides the number of experts, if the node "
                               "count allows it"))

