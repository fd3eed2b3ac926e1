"""`show` for people: the effective topology, EP keys, buffer factor and the node x NPU picture."""

from __future__ import annotations

import json
from typing import TextIO

from ..i18n import tr

_EFFECT_STYLE = {"takes effect": "green", "ignored": "yellow", "invalid": "bold red"}
# The effect is a fixed value in the JSON; the text output says it in the user's language.
_EFFECTS = {"takes effect": lambda: tr("takes effect"), "ignored": lambda: tr("ignored"),
            "invalid": lambda: tr("invalid")}


def render(descriptions: list[dict], stream: TextIO, *, color: bool = False) -> None:
    from rich.console import Console

    console = Console(file=stream, force_terminal=color, no_color=not color, highlight=False,
                      emoji=False, markup=False, soft_wrap=True,
                      width=max(120, _layout_width(descriptions)))
    for description in descriptions:
        if not description["models"]:
            console.print(tr("{path}: no ModelConfig entry to show", path=description["path"]))
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
    name = model["model_name"] or tr("(no modelName)")
    console.print(Text(f"{path} - {model['pointer']} \"{name}\" (backend {model['backend']})",
                       style="bold"))
    world = model["world_size"]
    if world is None:
        console.print(Text(_row(tr("world size"), tr("unknown: {why}",
                                                     why=model["world_size_source"])),
                           style="yellow"))
    else:
        console.print(_row(tr("world size"), tr(
            "W = {world} ({how}); {nodes} node(s) x {devices} devices", world=world,
            how=model["world_size_source"], nodes=model["nodes"],
            devices=model["devices_per_node"])))
    console.print(_row(tr("attention"), f"dp {eff['dp']} x tp {_size(eff['tp'])} (cp {eff['cp']}, "
                       f"sp {eff['sp']}, pp {eff['pp']})"
                       f"{_product(world, eff['dp'], eff['tp'], eff['cp'])}"))
    console.print(_row("MoE", f"moe_ep {eff['moe_ep']} x moe_tp {_size(eff['moe_tp'])}"
                       f"{_product(world, eff['moe_ep'], eff['moe_tp'])}"
                       f"{_defaults(model['explicit'])}"))
    ep = model["ep"]
    level = (tr("EP level {level}: {name}", level=ep["level"], name=ep["level_name"])
             if ep["active"] else ep["level_name"])
    console.print(_row("EP", level))
    family = model["model"]
    if family["family"] or family["routed_experts"]:
        per_rank = ""
        if family["routed_experts"] and ep["active"]:
            per_rank = tr("; {count} per EP rank",
                          count=-(-family["routed_experts"] // eff["moe_ep"]))
        console.print(_row(tr("model"), tr(
            "{family}: {experts} routed experts, top-{top_k} ({source}){per_rank}",
            family=family["family"] or family["model_type"], experts=family["routed_experts"],
            top_k=family["top_k"], source=family["source"], per_rank=per_rank)))
    if ep["keys"]:
        console.print(f"  {tr('EP keys')}")
        for key in ep["keys"]:
            line = Text(f"    {key['key']:<36} {json.dumps(key['value'])[:28]:<30} ")
            line.append(_EFFECTS[key["effect"]](), style=_EFFECT_STYLE.get(key["effect"]))
            if key["why"]:
                line.append(f": {key['why']}")
            console.print(line)
    _buffer(console, model["alltoall_buffer"])
    _layout(console, model["layout"])
    console.print()


def _row(label: str, text: str) -> str:
    from rich.cells import cell_len  # Chinese labels are two cells wide per character

    return f"  {label}{' ' * max(1, 12 - cell_len(label))}{text}"


def _size(value) -> str:
    return "?" if value is None else str(value)


def _product(world, *factors) -> str:
    if world is None or any(f is None for f in factors):
        return ""
    product = 1
    for factor in factors:
        product *= factor
    return f" = {product}" + ("" if product == world else tr("  (not W = {world}!)", world=world))


def _defaults(explicit: dict) -> str:
    unset = [key for key in ("moe_tp", "tp") if explicit.get(key) is None]
    return tr("  [not set: {keys}]", keys=", ".join(unset)) if unset else ""


def _buffer(console, buffer: dict | None) -> None:
    if buffer is None:
        return
    if "note" in buffer:
        console.print(tr("  AllToAll buffer: {note}", note=buffer["note"]))
        return
    console.print(tr("  AllToAll buffer for a prefill of {tokens} tokens (top-{top_k}, "
                     "{source}); {why}", tokens=buffer["tokens"], top_k=buffer["top_k"],
                     source=buffer["top_k_source"], why=buffer["why"]))
    for name in buffer["algorithms"]:
        result = buffer[name]
        label = (tr("A (DP_MOVE_UP_ENABLE=1, length = tokens x top-k x dp)") if name == "A"
                 else tr("B (model-internal, length = tokens)"))
        console.print(tr("    algorithm {label}: length {length} -> factor {factor} ({rule}), "
                         "{slots} slots", label=label, length=result["length"],
                         factor=f"{result['factor']:.2f}", rule=result["rule"],
                         slots=result["slots"]))


def _layout(console, layout) -> None:
    from rich.table import Table

    if not layout:
        return
    console.print(tr("  layout (D = DP replica, T = TP group.rank, E = MoE-EP group.rank)"))
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
    table.add_column(tr("node"))
    for npu in range(len(layout[0])):
        table.add_column(f"npu{npu}", justify="left")
    for node, row in enumerate(layout):
        cells = [f"D{c['dp']}\nT{c['tp_group']}.{c['tp_rank']}\nE{c['ep_group']}.{c['ep_rank']}"
                 for c in row]
        table.add_row(str(node), *cells)
    console.print(table)
