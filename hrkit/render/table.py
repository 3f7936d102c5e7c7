"""Tables for the report commands (rollup, report, query): one Table type, every output format.

Library functions return rows; the commands wrap them in a :class:`Table` and call
:func:`render`. Numbers are formatted here, never in the library, so that csv and json carry
exact values (whole dollars, FTE decimals without float noise) and the text formats carry
thousands separators. Text in cells comes from records (and from SQL), so every format writes
it through hrkit.render.escape: Markdown formats escaped, the others terminal-safe, csv with
formulas neutralised; json is exact.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import math
from dataclasses import dataclass, field
from decimal import Decimal

from tabulate import tabulate, tabulate_formats

from hrkit.render.escape import csv_cell, json_text, md_text, terminal_text

EXTRA_FORMATS = ("csv", "json", "markdown")
UNESCAPED = ("unsafehtml", "latex_raw")
"""tabulate formats that copy cell text unescaped: a title from a record could inject markup."""
TABLE_FORMATS = tuple(f for f in tabulate_formats if f not in UNESCAPED)
MARKDOWN_FORMATS = ("markdown", "github", "pipe")
"""Formats that GitHub (or any Markdown reader) renders: their cells are Markdown-escaped."""
FORMATS = (*EXTRA_FORMATS, *TABLE_FORMATS)
MISSING = "—"


@dataclass(frozen=True, slots=True)
class Suppressed:
    """A cell withheld by small-cell suppression; ``text`` is what the table shows (``<5``, ``x``)."""

    text: str


@dataclass
class Table:
    columns: list[str]
    rows: list[list]
    title: str | None = None
    notes: list[str] = field(default_factory=list)
    numeric: set[str] = field(default_factory=set)  # columns aligned right


def render(table: Table, fmt: str) -> str:
    """The table as text in ``fmt``: csv, json, markdown or any tabulate format."""
    if fmt == "csv":
        return render_csv(table)
    if fmt == "json":
        return json_text(as_json(table), indent=2) + "\n"
    if fmt not in TABLE_FORMATS and fmt != "markdown":
        raise ValueError(f"unknown table format {fmt!r}")
    return _render_text(table, "github" if fmt == "markdown" else fmt, markdown=fmt == "markdown")


def render_many(tables: list[Table], fmt: str) -> str:
    """Several tables (a report with two parts): json as a list, text formats one after another.
    csv would make one file hold two headers, so the caller refuses it."""
    if fmt == "json":
        return json_text([as_json(t) for t in tables], indent=2) + "\n"
    return "\n".join(render(t, fmt) for t in tables)


def _render_text(table: Table, fmt: str, *, markdown: bool) -> str:
    text = cell_text(fmt)
    rows = [[text(v) if isinstance(v, str) else _text(v, thousands=True) for v in row] for row in table.rows]
    align = ["right" if c in table.numeric else "left" for c in table.columns]
    body = tabulate(rows, headers=list(map(text, table.columns)), tablefmt=fmt, disable_numparse=True,
                    preserve_whitespace=True, colalign=align if rows else None)
    out = []
    if table.title:
        out += [f"## {text(table.title)}" if markdown else text(table.title), ""]
    out.append(body)
    if table.notes:
        out.append("")
        out += [f"{'- ' if markdown else ''}{text(note)}" for note in table.notes]
    return "\n".join(out) + "\n"


def cell_text(fmt: str):
    """How a table format writes text from records: Markdown-escaped for the Markdown formats,
    terminal-safe for the others."""
    return md_text if fmt in MARKDOWN_FORMATS else terminal_text


def render_csv(table: Table) -> str:
    """RFC 4180 with a header row; missing cells are empty, text that a spreadsheet would take
    for a formula is neutralised (numbers stay numbers); notes are left to the caller."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(map(csv_cell, table.columns))
    for row in table.rows:
        writer.writerow(["" if v is None else _text(csv_cell(v), thousands=False) for v in row])
    return buffer.getvalue()


def as_json(table: Table) -> dict:
    return {
        "title": table.title,
        "columns": list(table.columns),
        "rows": [{c: _json(v) for c, v in zip(table.columns, row)} for row in table.rows],
        "notes": list(table.notes),
    }


def _json(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, Suppressed):
        return value.text
    return value


def _text(value, *, thousands: bool) -> str:
    if value is None:
        return MISSING if thousands else ""
    if isinstance(value, Suppressed):
        return value.text
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}" if thousands else str(int(value))
    if isinstance(value, Decimal):
        return fmt_decimal(value, thousands=thousands)
    if isinstance(value, float):  # .nan and .inf (HR003 reports them) as written
        return fmt_decimal(Decimal(str(value)), thousands=thousands) if math.isfinite(value) else str(value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return str(value)


def fmt_decimal(value: Decimal, *, thousands: bool = False) -> str:
    """``Decimal('44.50')`` -> ``44.5``; no exponent, no float noise."""
    normal = value.normalize()
    if normal == normal.to_integral_value():
        normal = normal.quantize(Decimal(1))
    return f"{normal:,f}" if thousands else f"{normal:f}"
