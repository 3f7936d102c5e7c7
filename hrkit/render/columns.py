"""Fixed-width text columns for long listings: the audit trail and blame.

The layout is tabulate's "simple" format, byte for byte (a test holds the two to the same
output). tabulate infers a type for every cell, which costs more than reading a
13,000-change audit trail back from the cache; these listings hold text only, so plain padding
does. Cells that need tabulate's care (line breaks, tabs, terminal escapes) go to tabulate.
"""
from __future__ import annotations

import re

_SPECIAL = re.compile(r"[\x00-\x1f\x7f]")
GAP = "  "


def simple_columns(headers: list[str], rows: list[list[str]]) -> str:
    """Left-aligned columns under a header and a dashed rule, two spaces apart; each column is
    at least two wider than its header; cells are stripped, line ends are not padded."""
    cells = [[cell.strip() for cell in row] for row in rows]
    if any(_SPECIAL.search(cell) for row in cells for cell in row) or any(_SPECIAL.search(h) for h in headers):
        from tabulate import tabulate

        return tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True)
    widths = [len(h) + 2 for h in headers]
    for row in cells:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row)]
    lines = [GAP.join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(),
             GAP.join("-" * w for w in widths)]
    lines += [GAP.join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)
