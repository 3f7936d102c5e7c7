"""``hrkit log`` and ``hrkit blame``: the audit trail as a fixed-width table, CSV, JSON or
Markdown, and blame as a table or JSON.

The whole-history table is laid out from the trail's rows as one list per field
(``trail.trail_columns``), the form in which they are kept with each segment of the kept trail:
the cache holds the trail's data, and the layout is done here, on output."""
from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence

from hrkit.history.diff import ABSENT, FieldChange
from hrkit.history.render import (HIDDEN, VERSION, format_value, hidden, markdown_table, plain_value, shorten,
                                  types_differ)
from hrkit.history.trail import Blame, Trail, TrailRow, trail_columns
from hrkit.render.columns import simple_columns, text_columns
from hrkit.render.escape import csv_cell, json_text

LOG_COLUMNS = ("commit", "date", "author", "email", "record", "type", "change", "field", "old", "new", "path",
               "subject")
LOG_HEADERS = ["commit", "date", "author", "record", "change", "field", "old", "new", "subject"]


def _old_new(types: Sequence[str], fields: Sequence[str], olds: Sequence, news: Sequence, show_personal: bool,
             plain, *, items: bool = True) -> tuple[list[str], list[str]]:
    """The old and new cells of rows given a column at a time (one loop, for a whole trail):
    hidden for profiles, list changes as the items removed and added (``items``), otherwise
    ``plain(value, quote)``."""
    old_cells, new_cells = [], []
    hidden_types = {t for t in set(types) if hidden(t, show_personal)}
    for record_type, field, old, new in zip(types, fields, olds, news):
        if field and record_type in hidden_types:
            old_cells.append(HIDDEN if old is not ABSENT else "")
            new_cells.append(HIDDEN if new is not ABSENT else "")
        elif items and isinstance(old, list) and isinstance(new, list):  # FieldChange.is_list
            change = FieldChange(field, old, new)
            old_cells.append("; ".join("− " + plain(v, False) for v in change.items_removed))
            new_cells.append("; ".join("+ " + plain(v, False) for v in change.items_added))
        else:
            quote = types_differ(old, new)
            old_cells.append(plain(old, quote))
            new_cells.append(plain(new, quote))
    return old_cells, new_cells


def shallow_note(trail: Trail) -> str | None:
    start = trail.starts
    if start is None:
        return None
    return (f"This clone is shallow: its history starts at commit {start.sha[:12]} ({start.date}); "
            "changes before it are not shown ('git fetch --unshallow' fetches the rest).")


def render_log_table(columns: Mapping[str, Sequence], *, show_personal: bool = False) -> str:
    """The rows (one list per TrailRow field, ``trail.trail_columns``) as fixed-width columns."""
    if not columns["commit"]:
        return "No changes.\n"

    formatted: dict[tuple, str] = {}

    def cell(value: object, quote: bool) -> str:
        """format_value once per value: a trail repeats its values (classifications, ids, states)."""
        if value is ABSENT:
            return ""
        if isinstance(value, (list, dict)):
            return format_value(value, 40, quote=quote)
        key = (type(value), value, quote)  # 1, 1.0 and true are equal keys, not equal cells
        text = formatted.get(key)
        if text is None:
            text = formatted[key] = format_value(value, 40, quote=quote)
        return text
    old, new = _old_new(columns["type"], columns["field"], columns["old"], columns["new"], show_personal, cell)
    subjects = {s: shorten(s, 60) for s in set(columns["subject"])}  # one per commit, many rows each
    return text_columns(LOG_HEADERS, [[sha[:10] for sha in columns["commit"]], columns["date"],
                                      list(map("{} <{}>".format, columns["author"], columns["email"])),
                                      columns["record"], columns["change"], columns["field"], old, new,
                                      list(map(subjects.__getitem__, columns["subject"]))]) + "\n"


def render_log_csv(rows: list[TrailRow], *, show_personal: bool = False) -> str:
    """One header row, ISO 8601 dates, full values: what a spreadsheet opens cleanly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(LOG_COLUMNS)
    columns = trail_columns(rows)
    olds, news = _old_new(columns["type"], columns["field"], columns["old"], columns["new"], show_personal,
                          lambda v, q: plain_value(csv_cell(v)), items=False)
    for r, old, new in zip(rows, olds, news):
        writer.writerow([r.commit, r.date, *map(csv_cell, (r.author, r.email, r.record)), r.type, r.change,
                         csv_cell(r.field), old, new, csv_cell(r.path), csv_cell(r.subject)])
    return buffer.getvalue()


def render_log_json(trail: Trail, rows: list[TrailRow], *, show_personal: bool = False) -> str:
    start = trail.starts
    data = {
        "version": VERSION,
        "head": trail.head,
        "first_parent": trail.first_parent,
        "shallow": {"starts_at": start.sha, "date": start.date} if start else None,
        "rows": [_row_json(r, show_personal) for r in rows],
    }
    return json_text(data, indent=2) + "\n"


def _row_json(r: TrailRow, show_personal: bool) -> dict:
    out = {"commit": r.commit, "date": r.date, "author": r.author, "email": r.email, "record": r.record,
           "type": r.type, "change": r.change, "field": r.field}
    if hidden(r.type, show_personal) and r.field:
        out["hidden"] = True
    else:
        if r.old is not ABSENT:
            out["old"] = r.old
        if r.new is not ABSENT:
            out["new"] = r.new
    out.update(path=r.path, old_path=r.old_path, subject=r.subject)
    return out


def render_log_markdown(trail: Trail, rows: list[TrailRow], *, show_personal: bool = False) -> str:
    out = []
    note = shallow_note(trail)
    if note:
        out += [f"> {note}", ""]
    if not rows:
        return "\n".join([*out, "No changes."]) + "\n"
    columns = trail_columns(rows)
    olds, news = _old_new(columns["type"], columns["field"], columns["old"], columns["new"], show_personal,
                          lambda v, q: "" if v is ABSENT else format_value(v, 80, quote=q))
    body = [[r.commit[:10], r.date, f"{r.author} <{r.email}>", r.record, r.change, r.field, old, new, r.subject]
            for r, old, new in zip(rows, olds, news)]
    return "\n".join(out + markdown_table(LOG_HEADERS, body, None)) + "\n"


def render_blame_table(result: Blame, *, show_personal: bool = False) -> str:
    hide = hidden(result.type, show_personal)
    body = []
    for line in result.lines:
        c = line.commit
        commit = ("^" if line.boundary else "") + c.sha[:10] if c else "?"
        body.append([line.field, HIDDEN if hide else format_value(line.value, 40), commit, c.date if c else "",
                     f"{c.author} <{c.email}>" if c else "", shorten(c.subject, 50) if c else ""])
    out = simple_columns(["field", "value", "commit", "date", "author", "subject"], body) + "\n"
    if any(line.boundary for line in result.lines):
        out += f"^: {shallow_note(result.trail)}\n"
    return out


def render_blame_json(result: Blame, *, show_personal: bool = False) -> str:
    hide = hidden(result.type, show_personal)
    lines = []
    for line in result.lines:
        c = line.commit
        item: dict = {"field": line.field}
        if not hide:
            item["value"] = line.value
        item.update(commit=c.sha if c else None, date=c.date if c else None, author=c.author if c else None,
                    email=c.email if c else None, subject=c.subject if c else None, boundary=line.boundary)
        lines.append(item)
    data = {"version": VERSION, "id": result.id, "type": result.type, "path": result.path, "head": result.head,
            "fields": lines}
    return json_text(data, indent=2) + "\n"
