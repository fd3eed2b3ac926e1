"""`show` for people: the effective topology, EP keys, buffer factor and the node x NPU picture."""

from __future__ import annotations

import json
from typing import TextIO

_EFFECT_STYLE = {"takes effect": "green", "ignored": "yellow", "invalid": "bold red"}


def render(descriptions: list[dict], stream: TextIO, *, color: bool = False) -> None:
    from rich.console import Console

    console = Console(file=stream, force_terminal=color, no_color=not color, highlight=False,
                      emoji=False, markup=False, soft_wrap=True,
                      width=max(120, _layout_width(descriptions)))
    for description in descriptions:
        if not description["models"]:
            console.print(f"{description['path']}: no ModelConfig entry to show")
        for model in description["models"]:
            _model(console, description["path"], model)


def _layout_width(descriptions) -> int:
    widest = 0
    for description in descriptions:
        for model in description["models"]:
            for row in model["layout"] or []:
                widest = max(widest, 12 + 8 * len(row))
    return widest


def _model(console, path: str, model: dict) -> None:
    from rich.text import Text

    eff = model["effective"]
    name = model["model_name"] or "(no modelName)"
    console.print(Text(f"{path} - {model['pointer']} \"{name}\" (backend {model['backend']})",
                       style="bold"))
    world = model["world_size"]
    if world is None:
        console.print(Text(f"  world size  unknown: {model['world_size_source']}", style="yellow"))
    else:
        console.print(f"  world size  W = {world} ({model['world_size_source']}); "
                      f"{model['nodes']} node(s) x {model['devices_per_node']} devices")
    console.print(f"  attention   dp {eff['dp']} x tp {_size(eff['tp'])} (cp {eff['cp']}, "
                  f"sp {eff['sp']}, pp {eff['pp']}){_product(world, eff['dp'], eff['tp'], eff['cp'])}")
    console.print(f"  MoE         moe_ep {eff['moe_ep']} x moe_tp {_size(eff['moe_tp'])}"
                  f"{_product(world, eff['moe_ep'], eff['moe_tp'])}"
                  f"{_defaults(model['explicit'])}")
    ep = model["ep"]
    level = f"EP level {ep['level']}: {ep['level_name']}" if ep["active"] else ep["level_name"]
    console.print(f"  EP          {level}")
    family = model["model"]
    if family["family"] or family["routed_experts"]:
        per_rank = ""
        if family["routed_experts"] and ep["active"]:
            per_rank = f"; {-(-family['routed_experts'] // eff['moe_ep'])} per EP rank"
        console.print(f"  model       {family['family'] or family['model_type']}: "
                      f"{family['routed_experts']} routed experts, top-{family['top_k']} "
                      f"({family['source']}){per_rank}")
    if ep["keys"]:
        console.print("  EP keys")
        for key in ep["keys"]:
            line = Text(f"    {key['key']:<36} {json.dumps(key['value'])[:28]:<30} ")
            line.append(key["effect"], style=_EFFECT_STYLE.get(key["effect"]))
            if key["why"]:
                line.append(f": {key['why']}")
            console.print(line)
    _buffer(console, model["alltoall_buffer"])
    _layout(console, model["layout"])
    console.print()


def _size(value) -> str:
    return "?" if value is None else str(value)


def _product(world, *factors) -> str:
    if world is None or any(f is None for f in factors):
        return ""
    product = 1
    for factor in factors:
        product *= factor
    return f" = {product}" + ("" if product == world else f"  (not W = {world}!)")


def _defaults(explicit: dict) -> str:
    unset = [key for key in ("moe_tp", "tp") if explicit.get(key) is None]
    return f"  [not set: {', '.join(unset)}]" if unset else ""


def _buffer(console, buffer: dict | None) -> None:
    if buffer is None:
        return
    if "note" in buffer:
        console.print(f"  AllToAll buffer: {buffer['note']}")
        return
    console.print(f"  AllToAll buffer for a prefill of {buffer['tokens']} tokens (top-"
                  f"{buffer['top_k']}, {buffer['top_k_source']}); {buffer['why']}")
    for name in buffer["algorithms"]:
        result = buffer[name]
        label = ("A (DP_MOVE_UP_ENABLE=1, length = tokens x top-k x dp)" if name == "A"
                 else "B (model-internal, length = tokens)")
        console.print(f"    algorithm {label}: length {result['length']} -> factor "
                      f"{result['factor']:.2f} ({result['rule']}), {result['slots']} slots")


def _layout(console, layout) -> None:
    from rich.table import Table

    if not layout:
        return
    console.print("  layout (D = DP replica, T = TP group.rank, E = MoE-EP group.rank)")
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
    table.add_column("node")
    for npu in range(len(layout[0])):
        table.add_column(f"npu{npu}", justify="left")
    for node, row in enumerate(layout):
        cells = [f"D{c['dp']}\nT{c['tp_group']}.{c['tp_rank']}\nE{c['ep_group']}.{c['ep_rank']}"
                 for c in row]
        table.add_row(str(node), *cells)
    console.print(table)
