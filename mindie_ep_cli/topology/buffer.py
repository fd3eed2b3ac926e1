"""The AllToAll receive-buffer factor dynamic EP (ep_level 2) uses for a prefill (reference 2.5).

Two implementations run in the server, depending on the path:

* **A** (service path, attention DP with ``DP_MOVE_UP_ENABLE=1``): the length is tokens x top-k
  x the attention DP size; the first table row (user table, else the built-in one) whose
  threshold is <= the length gives the factor; no match gives ``moe_ep``.
* **B** (model-internal: ``DP_MOVE_UP_ENABLE`` off, or CP on): the length is the padded token
  count; a user table is used the same way; without one a formula of E = ``moe_ep``: 2E for up
  to 32 tokens, 3 from 65536 // E tokens on, and in between a sigmoid in log2 space from sqrt(E)
  down to max(1, sqrt(E) / 2).

The buffer holds int(tokens x top-k x factor) slots, rounded up to a multiple of ``moe_ep``.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from ..i18n import tr

DEFAULT_TABLE = ((1048576, 1.32), (524288, 1.4), (262144, 1.53), (131072, 1.8), (32768, 3.0),
                 (8192, 5.2), (0, 8.0))
MAX_LONG_PREFILL_FACTOR = 3.0


class BufferFactor(NamedTuple):
    algorithm: str  # "A" or "B"
    length: int  # the length the algorithm compares (see the module docstring)
    factor: float
    rule: str  # which row or formula gave it
    slots: int


def first_match(table, length: int, moe_ep: int) -> tuple[float, str]:
    for threshold, factor in table:
        if length >= threshold:
            return float(factor), tr("row [{threshold}, {factor}]", threshold=threshold,
                                     factor=factor)
    return float(moe_ep), tr("no row matches, so the factor falls back to moe_ep ({moe_ep})",
                             moe_ep=moe_ep)


def algorithm_a(tokens: int, top_k: int, dp: int, moe_ep: int, table=None) -> BufferFactor:
    length = tokens * top_k * dp
    factor, why = first_match(table or DEFAULT_TABLE, length, moe_ep)
    rule = (tr("your table, {why}", why=why) if table
            else tr("the built-in table, {why}", why=why))
    return BufferFactor("A", length, factor, rule, _slots(tokens, top_k, factor, moe_ep))


def algorithm_b(tokens: int, top_k: int, moe_ep: int, table=None) -> BufferFactor:
    if table:
        factor, why = first_match(table, tokens, moe_ep)
        return BufferFactor("B", tokens, factor, tr("your table, {why}", why=why),
                            _slots(tokens, top_k, factor, moe_ep))
    experts = moe_ep
    if tokens <= 32:
        factor, why = 2.0 * experts, tr("prefill of at most 32 tokens: 2 x moe_ep")
    elif tokens >= 65536 // experts:
        factor = MAX_LONG_PREFILL_FACTOR
        why = tr("prefill of at least 65536 // moe_ep = {tokens} tokens: capped at 3",
                 tokens=65536 // experts)
    else:
        high = math.sqrt(experts)
        low = max(1.0, high / 2)
        factor = low + (high - low) / (1 + math.exp(math.log2(tokens) - math.log2(experts)))
        why = tr("sigmoid between {high} and {low}", high=f"{high:.2f}", low=f"{low:.2f}")
    return BufferFactor("B", tokens, factor, why, _slots(tokens, top_k, factor, moe_ep))


def _slots(tokens: int, top_k: int, factor: float, moe_ep: int) -> int:
    slots = int(tokens * top_k * factor)
    return -(-slots // moe_ep) * moe_ep if moe_ep > 0 else slots
