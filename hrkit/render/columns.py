"""Fixed-width text columns for long listings: the audit trail and blame.

The layout is tabulate's "simple" format, byte for byte (a test holds the two to the same
output). tabulate infers a type for every cell, which costs more than reading a
13,000-change audit trail back from the cache; these listings hold text only, so plain padding
does, a column at a time. Cells come from records and commits and go to a terminal, so they are
made safe here (``hrkit.render.escape.terminal_text``): no cell keeps a line break, a tab or an
escape sequence, which is also what lets plain padding lay them out.
"""
from __future__ import annotations

from collections.abc import Sequence

from hrkit.render.escape import terminal_safe, terminal_text

GAP = "  "


def simple_columns(headers: list[str], rows: list[list[str]]) -> str:
    """Left-aligned columns under a header and a dashed rule, two spaces apart; each column is
    at least two wider than its header; cells are stripped, line ends are not padded."""
    return text_columns(headers, list(zip(*rows)) if rows else [() for _ in headers])


def text_columns(headers: list[str], columns: Sequence[Sequence[str]]) -> str:
    """``simple_columns`` of the cells given a column at a time (every column as long)."""
    cells = [list(map(str.strip, column)) for column in columns]
    cells = [column if terminal_safe("".join(column)) else list(map(terminal_text, column)) for column in cells]
    widths = [max([len(h) + 2, *map(len, column)]) for h, column in zip(headers, cells)]
    padded = [[cell.ljust(width) for cell in column] for column, width in zip(cells, widths)]
    lines = [GAP.join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(), GAP.join("-" * w for w in widths)]
    lines += [line.rstrip() for line in map(GAP.join, zip(*padded))]
    return "\n".join(lines)
