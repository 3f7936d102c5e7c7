"""Fixed-width text columns for long listings: the audit trail and blame.

The layout is tabulate's "simple" format, byte for byte (a test holds the two to the same
output). tabulate infers a type for every cell, which costs more than reading a
13,000-change audit trail back from the cache; these listings hold text only, so plain padding
does. Cells come from records and commits and go to a terminal, so they are made safe here
(``hrkit.render.escape.terminal_text``): no cell keeps a line break, a tab or an escape
sequence, which is also what lets plain padding lay them out.

A long listing can also be laid out from blocks of rows kept apart (``Block``: the audit
trail keeps one per segment of history), each with its columns joined and its widths known,
so that only the padding is done again when new rows arrive.
"""
from __future__ import annotations

from typing import NamedTuple

from hrkit.render.escape import terminal_safe, terminal_text

GAP = "  "


class Block(NamedTuple):
    """Rows of stripped, terminal-safe cells, kept as one newline-joined string per column,
    with the width of each column (at least two wider than its header) and the rows laid out
    at those widths (``text``: used as it is when no other block is wider)."""

    columns: tuple[str, ...]
    widths: tuple[int, ...]
    rows: int
    text: str


def block(headers: list[str], rows: list[list[str]]) -> Block:
    cells = [list(map(str.strip, row)) for row in rows]
    if not terminal_safe("".join(map("".join, cells))):
        cells = [list(map(terminal_text, row)) for row in cells]
    columns = list(zip(*cells))
    widths = tuple(max(len(h) + 2, *map(len, column)) for h, column in zip(headers, columns)) if cells else \
        tuple(len(h) + 2 for h in headers)
    return Block(tuple("\n".join(column) for column in columns), widths, len(cells), _lay_out(widths, cells))


def simple_columns(headers: list[str], rows: list[list[str]]) -> str:
    """Left-aligned columns under a header and a dashed rule, two spaces apart; each column is
    at least two wider than its header; cells are stripped, line ends are not padded."""
    return block_columns(headers, [block(headers, rows)])


def block_columns(headers: list[str], blocks: list[Block]) -> str:
    """``simple_columns`` of the blocks' rows, in order (the headers are hrkit's own)."""
    widths = tuple(max(len(h) + 2, *(b.widths[i] for b in blocks)) for i, h in enumerate(headers))
    parts = [_lay_out(widths, [headers]), GAP.join("-" * w for w in widths)]
    parts += [b.text if b.widths == widths else _lay_out(widths, _rows(b)) for b in blocks if b.rows]
    return "\n".join(parts)


def _lay_out(widths, rows) -> str:
    template = GAP.join(f"{{:<{w}}}" for w in widths)
    return "\n".join(template.format(*row).rstrip() for row in rows)


def _rows(b: Block):
    return zip(*(column.split("\n") for column in b.columns))
