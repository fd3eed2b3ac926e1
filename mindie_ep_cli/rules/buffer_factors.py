"""MEP205-MEP209: `alltoall_ep_buffer_scale_factors`, the table that sizes the dynamic-EP
AllToAll receive buffer (reference 2.5)."""

from __future__ import annotations

import json

from ..config_access import MISSING
from ..diagnostics import Edit, Finding, Fix, Related
from ..i18n import tr
from .base import rule
from ..topology.buffer import DEFAULT_TABLE
from .common import entries

KEY = "alltoall_ep_buffer_scale_factors"


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def row_problem(row: object) -> str | None:
    """Why a row is not a ``[integer >= 0, number > 0]`` pair, or None."""
    if not isinstance(row, list) or len(row) != 2:
        return tr("is not a [threshold, factor] pair")
    threshold, factor = row
    if not _is_number(threshold) or threshold < 0 or float(threshold) != int(threshold):
        return tr("does not start with a whole-number threshold >= 0")
    if not _is_number(factor) or factor <= 0:
        return tr("does not end with a factor > 0")
    return None


def valid_table(value: object) -> list[list] | None:
    """The table when it is well formed, else None."""
    if not isinstance(value, list) or not value:
        return None
    if any(row_problem(row) is not None for row in value):
        return None
    return value


def _tables(ctx):
    for entry in entries(ctx):
        raw = entry.ep_raw(KEY)
        if raw is not MISSING:
            yield entry, raw


@rule("MEP205", "buffer-factors-format", "error")
def check_format(ctx):
    """`alltoall_ep_buffer_scale_factors` is not a list of `[threshold, factor]` pairs.

    ## What it does
    Checks that the table is a non-empty list whose every row is `[integer >= 0, number > 0]`.

    ## Why it matters
    MindIE does not validate the table when it loads the config; it reads it on the first
    dynamic-EP prefill, where a malformed row makes the buffer sizing fail or pick nonsense, long
    after the service looked healthy.

    ## Example
    ```json
    "alltoall_ep_buffer_scale_factors": [[32768, 3.0], [0]]
    ```

    ## Use instead
    ```json
    "alltoall_ep_buffer_scale_factors": [[32768, 3.0], [0, 8.0]]
    ```

    ## References
    - MindIE reference 2.2 (not validated), 2.5 (format)
    """
    for entry, raw in _tables(ctx):
        pointer = entry.ep_key(KEY)
        if not isinstance(raw, list) or not raw:
            yield Finding("MEP205", pointer,
                          tr("{key} is {value}; it must be a non-empty list of "
                             "[threshold, factor] pairs", key=KEY, value=json.dumps(raw)[:40]),
                          tr("remove the key to keep the built-in table, or write e.g. "
                             "[[32768, 3.0], [8192, 5.2], [0, 8.0]]"))
            continue
        for index, row in enumerate(raw):
            problem = row_problem(row)
            if problem:
                yield Finding("MEP205", f"{pointer}/{index}",
                              tr("{key} row {index} {row} {problem}; the buffer sizing of "
                                 "dynamic EP reads it on the first prefill", key=KEY,
                                 index=index, row=json.dumps(row)[:40], problem=problem),
                              tr("write [threshold, factor], e.g. [8192, 5.2]"))


@rule("MEP206", "buffer-factors-order", "error")
def check_order(ctx):
    """The buffer-factor thresholds are not strictly descending, so some rows can never be used.

    ## What it does
    Reports the first row whose threshold is not smaller than the one before it, and says which
    earlier row shadows it.

    ## Why it matters
    MindIE walks the table in the order written and takes the first row whose threshold is less
    than or equal to the prefill length. In an ascending table `[[0, 8.0], [8192, 5.2], ...]` the
    `[0, 8.0]` row matches every length, so every prefill allocates the largest buffer. The
    documentation requires the table sorted by threshold, descending.

    ## Example
    ```json
    "alltoall_ep_buffer_scale_factors": [[0, 8.0], [8192, 5.2], [32768, 3.0]]
    ```

    ## Use instead
    ```json
    "alltoall_ep_buffer_scale_factors": [[32768, 3.0], [8192, 5.2], [0, 8.0]]
    ```

    ## References
    - MindIE reference 2.5 (first match in the given order; descending required)
    """
    for entry, raw in _tables(ctx):
        table = valid_table(raw)
        if table is None:
            continue
        pointer = entry.ep_key(KEY)
        for index in range(1, len(table)):
            earlier = next((j for j in range(index) if table[j][0] <= table[index][0]), None)
            if earlier is None:
                continue
            thresholds = [row[0] for row in table]
            fix = None
            if len(set(thresholds)) == len(thresholds):
                fix = Fix(tr("sort the rows by threshold, largest first"), safe=True,
                          edits=(Edit(pointer, sorted(table, key=lambda row: -row[0])),))
            yield Finding(
                "MEP206", f"{pointer}/{index}",
                tr("{key} is not sorted by threshold, descending: row {index} {row} is never "
                   "used, because row {earlier} {earlier_row} has a threshold <= {threshold} "
                   "and MindIE takes the first row that matches", key=KEY, index=index,
                   row=json.dumps(table[index]), earlier=earlier,
                   earlier_row=json.dumps(table[earlier]), threshold=table[index][0]),
                tr("sort the rows by their first number, largest first"),
                related=(Related(f"{pointer}/{earlier}", tr("this row matches first")),),
                fix=fix)
            break


@rule("MEP207", "buffer-factors-no-floor", "warning")
def check_floor(ctx):
    """The buffer-factor table has no `[0, x]` row, so short prefills fall back to factor = moe_ep.

    ## What it does
    Reports a well-formed table without a row whose threshold is 0.

    ## Why it matters
    A prefill shorter than the smallest threshold matches no row, and MindIE then uses `moe_ep`
    itself as the factor: 16 or 64 with large EP, which allocates a far larger AllToAll buffer
    than the table intends (or a much smaller one with small EP).

    ## Example
    ```json
    "alltoall_ep_buffer_scale_factors": [[32768, 3.0], [8192, 5.2]]
    ```

    ## Use instead
    ```json
    "alltoall_ep_buffer_scale_factors": [[32768, 3.0], [8192, 5.2], [0, 8.0]]
    ```

    ## References
    - MindIE reference 2.5 (no match: factor = moe_ep_size)
    """
    for entry, raw in _tables(ctx):
        table = valid_table(raw)
        if table is None or any(row[0] == 0 for row in table):
            continue
        smallest = min(row[0] for row in table)
        yield Finding("MEP207", entry.ep_key(KEY),
                      tr("{key} has no [0, x] row: a prefill below {smallest} (tokens x top-k) "
                         "matches no row and the factor falls back to moe_ep ({moe_ep})",
                         key=KEY, smallest=smallest,
                         moe_ep=entry.topology.default_note('moe_ep')),
                      tr("end the table with a floor row such as [0, 8.0]"))


@rule("MEP208", "buffer-factors-ignored", "warning")
def check_ignored(ctx):
    """`alltoall_ep_buffer_scale_factors` is set with `ep_level` 1, where nothing reads it.

    ## What it does
    Reports the table on an entry whose effective `ep_level` is 1 (written, or the default when
    `ep_level` is absent).

    ## Why it matters
    The table only sizes the AllToAll buffer of dynamic EP (`ep_level` 2). With static EP it is
    ignored, which usually means the operator meant to turn on dynamic EP and did not.

    ## Example
    ```json
    "deepseekv2": { "alltoall_ep_buffer_scale_factors": [[8192, 5.2], [0, 8.0]] }
    ```

    ## Use instead
    ```json
    "deepseekv2": { "ep_level": 2, "alltoall_ep_buffer_scale_factors": [[8192, 5.2], [0, 8.0]] }
    ```

    ## References
    - MindIE reference 2.5 (only effective with ep_level 2)
    """
    for entry, _ in _tables(ctx):
        if entry.ep_level != 1:
            continue
        given = "ep_level" in entry.ep
        related = ((Related(entry.ep_key("ep_level"), tr("ep_level 1 is set here")),)
                   if given else ())
        message = (tr("{key} is ignored: it only sizes the AllToAll buffer of ep_level 2, and "
                      "this entry runs ep_level 1", key=KEY) if given else
                   tr("{key} is ignored: it only sizes the AllToAll buffer of ep_level 2, and "
                      "this entry runs ep_level 1 (the default)", key=KEY))
        yield Finding("MEP208", entry.ep_key(KEY), message,
                      tr("set \"ep_level\": 2 for dynamic EP, or remove the table"),
                      related=related,
                      fix=Fix(tr("remove the table, which nothing reads"), safe=False,
                              edits=(Edit(entry.ep_key(KEY), remove=True),)))


@rule("MEP209", "buffer-factors-not-recommended", "info")
def check_recommended(ctx):
    """A custom buffer-factor table: the documentation advises keeping the built-in one.

    ## What it does
    Reports any `alltoall_ep_buffer_scale_factors`, and says so when it only repeats the
    built-in table.

    ## Why it matters
    The built-in table (and, without one, the model's own sizing) is tuned by Huawei; the EP
    documentation says adding the key is generally not recommended. A hand-written table is worth
    a second look whenever the model, batch size or EP size changes.

    ## Example
    ```json
    "alltoall_ep_buffer_scale_factors": [[1048576, 1.32], [524288, 1.4], [262144, 1.53], [131072, 1.8], [32768, 3.0], [8192, 5.2], [0, 8.0]]
    ```

    ## Use instead
    Leave the key out unless profiling shows the buffer is the bottleneck.

    ## References
    - MindIE reference 2.5 ("generally not recommended to add"; default table)
    """
    for entry, raw in _tables(ctx):
        same = raw == [list(row) for row in DEFAULT_TABLE]
        yield Finding("MEP209", entry.ep_key(KEY),
                      tr("{key} is set: it repeats the built-in table", key=KEY) if same else
                      tr("{key} is set; the MindIE docs advise keeping the built-in table",
                         key=KEY),
                      tr("remove the key unless profiling shows a better table") if not same
                      else tr("remove the key; the server uses this table by default"))

