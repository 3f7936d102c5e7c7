"""Text, Markdown, JSON and CSV for diffs, audit trails, blame and single records.

Values of profile records are personal information: unless ``show_personal`` is given, every
renderer says which profile fields changed and never what they hold. Values, field names,
file names and commit metadata come from whoever committed them: text goes out through
hrkit.render.escape (control characters shown as escapes, Markdown escaped, CSV formulas
neutralised); JSON is exact.
"""
from __future__ import annotations

import csv
import difflib
import io
import re
import textwrap

import click

from hrkit.history.diff import ABSENT, FieldChange, RecordChange, RevisionDiff
from hrkit.history.review import GROUP_NOUNS, GROUPS, IMPACT_MEASURES, Review, other_fields
from hrkit.history.snapshot import flatten_record
from hrkit.history.trail import Blame, Trail, TrailRow
from hrkit.render.columns import Block, block, block_columns, simple_columns
from hrkit.render.escape import csv_cell, json_text, md_code, md_text, terminal_text

VERSION = 1
HIDDEN = "(hidden)"
PERSONAL_NOTE = "Profile values are personal information and are not shown; --show-personal shows them."
LONG_TEXT = 80
_AMBIGUOUS = re.compile(r"^(?:~|null|true|false|[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
                        r"|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|nan))$", re.IGNORECASE)


def hidden(record_type: str, show_personal: bool) -> bool:
    return record_type == "profile" and not show_personal


def format_value(value: object, width: int | None = None, *, quote: bool = False) -> str:
    """A value as a person reads it: null and absent spelled out, lists and mappings inline,
    text bare unless empty or padded, or ``quote`` is asked for because the other side of a
    change has another type (``2802 → "2802"``); control characters shown as escapes."""
    if value is ABSENT:
        text = "(absent)"
    elif value is None:
        text = "null"
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = json_text(value) if _quote(value, quote) else value
    elif isinstance(value, list):
        text = "[" + ", ".join(format_value(v, quote=quote) for v in value) + "]"
    elif isinstance(value, dict):
        text = "{" + ", ".join(f"{k}: {format_value(v, quote=quote)}" for k, v in value.items()) + "}"
    else:
        text = str(value)
    text = terminal_text(text)
    return shorten(text, width) if width else text


def _quote(text: str, asked: bool) -> bool:
    return not text or text != text.strip() or "\n" in text or (asked and bool(_AMBIGUOUS.match(text)))


def _types_differ(old: object, new: object) -> bool:
    return old is not ABSENT and new is not ABSENT and type(old) is not type(new)


def plain_value(value: object) -> str:
    """A value for a CSV cell: text as is, absent empty, null spelled out, lists as JSON."""
    if value is ABSENT:
        return ""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json_text(value)
    return str(value)


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split()) if "\n" in text else text
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def text_excerpt(old: str, new: str, *, context: int = 3, hunks: int = 3, color: bool = False) -> str:
    """A word-level excerpt of a change to long text: a few words of context around each edit,
    removed words as ``[-…-]`` and added ones as ``{+…+}`` (git's --word-diff notation)."""
    a, b = (terminal_text(" ".join(text.split())).split() for text in (old, new))
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()]
    edits = [op for op in ops if op[0] != "equal"]
    if not edits:
        return "whitespace only"
    parts: list[str] = []
    shown = 0
    for index, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            words = a[i1:i2]
            first, last = index == 0, index == len(ops) - 1
            if shown >= hunks:
                break
            if len(words) > 2 * context or (first and len(words) > context) or (last and len(words) > context):
                head = [] if first else words[:context]
                tail = [] if last else words[-context:]
                parts.append(" ".join([*head, "…", *tail]).strip())
            else:
                parts.append(" ".join(words))
            continue
        if shown >= hunks:
            break
        shown += 1
        if i2 > i1:
            parts.append(_mark("[-" + " ".join(a[i1:i2]) + "-]", "red", color))
        if j2 > j1:
            parts.append(_mark("{+" + " ".join(b[j1:j2]) + "+}", "green", color))
    text = " ".join(p for p in parts if p)
    if len(edits) > shown:
        text += f" … ({len(edits) - shown} more {'edit' if len(edits) - shown == 1 else 'edits'})"
    return text


def _mark(text: str, colour: str, color: bool) -> str:
    return click.style(text, fg=colour) if color else text


def render_field_changes(changes: list[FieldChange], *, color: bool = False, hide_values: bool = False,
                         indent: str = "  ") -> list[str]:
    """One line per changed field (``path: old → new``; list items and long text in detail),
    for any caller that shows a semantic diff."""
    lines = []
    for f in changes:
        path = terminal_text(f.path)
        if hide_values:
            what = "set" if f.old is ABSENT else "removed" if f.new is ABSENT else "changed"
            lines.append(f"{indent}{path}: {what} {HIDDEN}")
        elif f.is_list:
            added, removed = f.items_added, f.items_removed
            if not added and not removed:
                lines.append(f"{indent}{path}: items reordered")
                continue
            lines.append(f"{indent}{path}: {_count(len(added), 'item')} added, {len(removed)} removed")
            lines.extend(f"{indent}  " + _mark(f"+ {format_value(v, 100)}", "green", color) for v in added)
            lines.extend(f"{indent}  " + _mark(f"- {format_value(v, 100)}", "red", color) for v in removed)
        elif isinstance(f.old, str) and isinstance(f.new, str) and max(len(f.old), len(f.new)) > LONG_TEXT:
            lines.append(f"{indent}{path}: {text_excerpt(f.old, f.new, color=color)}")
        else:
            quote = _types_differ(f.old, f.new)
            old = _mark(format_value(f.old, 60, quote=quote), "red", color)
            new = _mark(format_value(f.new, 60, quote=quote), "green", color)
            lines.append(f"{indent}{path}: {old} → {new}")
    return lines


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# -- hrkit diff -----------------------------------------------------------------------------

def change_header(c: RecordChange) -> str:
    """The line naming a changed record and its files, terminal-safe."""
    paths = c.path if c.old_path in (None, c.new_path) or c.new_path is None else f"{c.old_path} → {c.new_path}"
    name = f"{c.old_id} → {c.id}" if c.kind == "renumbered" else c.id
    line = f"{c.kind} {c.type} {name} ({paths})"
    if c.kind == "broken":
        line += f": cannot be parsed: {c.error}"
    elif c.format_only:
        line += ": no semantic changes (formatting only)"
    elif c.kind == "moved" and not c.fields:
        line += ": no field changes"
    return terminal_text(line)


def _change_body(c: RecordChange, *, color: bool, show_personal: bool) -> list[str]:
    hide = hidden(c.type, show_personal)
    lines = []
    if c.old_error:
        lines.append(f"  the old version could not be parsed ({terminal_text(c.old_error)}); its fields are unknown")
    if c.kind == "added":
        lines.extend(f"  {terminal_text(f.path)}" + ("" if hide else f": {format_value(f.new, 70)}")
                     for f in c.fields)
    elif c.kind != "removed":
        lines.extend(render_field_changes(c.fields, color=color, hide_values=hide))
    return lines


def summary_counts(counts: dict[str, int]) -> str:
    parts = [f"{n} {kind}" for kind, n in counts.items() if n and kind != "format_only"]
    if counts.get("format_only"):
        parts.append(f"{counts['format_only']} with no semantic changes")
    return ", ".join(parts)


def render_diff_text(diff: RevisionDiff, *, color: bool = False, show_personal: bool = False) -> str:
    lines = []
    kinds = {"added": "green", "removed": "red", "broken": "red"}
    for c in diff.changes:
        header = change_header(c)
        lines.append(click.style(header, fg=kinds.get(c.kind, "yellow"), bold=True) if color else header)
        lines.extend(_change_body(c, color=color, show_personal=show_personal))
    lines.append(_diff_summary(diff, terminal_text))
    if any(hidden(c.type, show_personal) for c in diff.changes):
        lines.append(PERSONAL_NOTE)
    return "\n".join(lines) + "\n"


def _diff_summary(diff: RevisionDiff, label) -> str:
    """The closing sentence, with the two revisions' names written by ``label`` (they may be
    branch names from a pull request)."""
    old, new = label(diff.old_label), label(diff.new_label)
    n = len(diff.changes)
    if not n:
        return f"No record changes between {old} and {new}."
    return f"{_count(n, 'record')} changed between {old} and {new}: {summary_counts(diff.counts())}."


def md_cell(text: str) -> str:
    """Text that stays inside one Markdown table cell and renders as written (md_text; an
    empty cell is a space)."""
    return md_text(text) or " "


def render_diff_markdown(diff: RevisionDiff, *, show_personal: bool = False) -> str:
    out = [f"### Record changes: {md_text(diff.old_label)} → {md_text(diff.new_label)}", "",
           _diff_summary(diff, md_text)]
    if diff.changes:
        out += ["", "| record | change | field | old | new |", "|---|---|---|---|---|"]
        for c in diff.changes:
            record = md_cell(f"{c.type} {c.id}")
            rows = _md_rows(c, show_personal)
            for field, old, new in rows:
                out.append(f"| {record} | {c.kind} | {md_cell(field)} | {md_cell(old)} | {md_cell(new)} |")
    if any(hidden(c.type, show_personal) for c in diff.changes):
        out += ["", PERSONAL_NOTE]
    return "\n".join(out) + "\n"


def _md_rows(c: RecordChange, show_personal: bool) -> list[tuple[str, str, str]]:
    if c.kind == "broken":
        return [("", "", f"cannot be parsed: {c.error}")]
    if c.kind in ("added", "removed"):
        return [("", c.old_path or "", c.new_path or "")]
    rows = [("(file)", c.old_path or "", c.new_path or "")] if c.old_path != c.new_path else []
    if c.old_error:
        rows.append(("", f"cannot be parsed: {c.old_error}", ""))
    if c.format_only:
        rows.append(("", "", "no semantic changes (formatting only)"))
    return rows + field_rows(c.fields, hidden(c.type, show_personal))


def field_rows(fields: list[FieldChange], hide: bool) -> list[tuple[str, str, str]]:
    """(field, old, new) cells: values hidden, list items removed and added, or a word-level
    excerpt of long text (in the new cell)."""
    rows = []
    for f in fields:
        if hide:
            rows.append((f.path, HIDDEN if f.old is not ABSENT else "(absent)",
                         HIDDEN if f.new is not ABSENT else "(absent)"))
        elif f.is_list and (f.items_added or f.items_removed):
            rows.append((f.path, "; ".join("− " + format_value(v, 80) for v in f.items_removed),
                         "; ".join("+ " + format_value(v, 80) for v in f.items_added)))
        elif isinstance(f.old, str) and isinstance(f.new, str) and max(len(f.old), len(f.new)) > LONG_TEXT:
            rows.append((f.path, "", text_excerpt(f.old, f.new)))
        else:
            quote = _types_differ(f.old, f.new)
            rows.append((f.path, format_value(f.old, 80, quote=quote), format_value(f.new, 80, quote=quote)))
    return rows


def change_json(c: RecordChange, show_personal: bool) -> dict:
    hide = hidden(c.type, show_personal)
    out: dict = {"id": c.id, "type": c.type, "change": c.kind, "old_path": c.old_path, "new_path": c.new_path}
    if c.kind == "renumbered":
        out["old_id"] = c.old_id
    if c.error:
        out["error"] = c.error
    if c.old_error:
        out["old_error"] = c.old_error
    out["format_only"] = c.format_only
    out["fields"] = [field_json(f, hide) for f in c.fields]
    return out


def field_json(f: FieldChange, hide: bool) -> dict:
    """A field change; a side the record lacks is left out (``old`` missing: the field was
    added), unlike null. Hidden values are left out too, with ``hidden: true``."""
    out: dict = {"field": f.path}
    if hide:
        out["hidden"] = True
        out["old_present"], out["new_present"] = f.old is not ABSENT, f.new is not ABSENT
        return out
    if f.old is not ABSENT:
        out["old"] = f.old
    if f.new is not ABSENT:
        out["new"] = f.new
    if f.is_list:
        out["items_added"], out["items_removed"] = f.items_added, f.items_removed
    return out


def render_diff_json(diff: RevisionDiff, *, show_personal: bool = False) -> str:
    data = {
        "version": VERSION,
        "old": {"label": diff.old_label, "commit": diff.old_commit},
        "new": {"label": diff.new_label, "commit": diff.new_commit},
        "summary": diff.counts(),
        "records": [change_json(c, show_personal) for c in diff.changes],
    }
    return json_text(data, indent=2) + "\n"


# -- hrkit log ------------------------------------------------------------------------------

LOG_COLUMNS = ("commit", "date", "author", "email", "record", "type", "change", "field", "old", "new", "path",
               "subject")


def _cells(row: TrailRow, show_personal: bool, plain, *, items: bool = True) -> tuple[str, str]:
    """Old and new cell of a row: hidden for profiles, list changes as the items removed and
    added (``items``), otherwise ``plain(value, quote)``."""
    if hidden(row.type, show_personal) and row.field:
        return (HIDDEN if row.old is not ABSENT else "", HIDDEN if row.new is not ABSENT else "")
    change = FieldChange(row.field, row.old, row.new)
    if items and change.is_list:
        return ("; ".join("− " + plain(v, False) for v in change.items_removed),
                "; ".join("+ " + plain(v, False) for v in change.items_added))
    quote = _types_differ(row.old, row.new)
    return plain(row.old, quote), plain(row.new, quote)


def shallow_note(trail: Trail) -> str | None:
    start = trail.starts
    if start is None:
        return None
    return (f"This clone is shallow: its history starts at commit {start.sha[:12]} ({start.date}); "
            "changes before it are not shown ('git fetch --unshallow' fetches the rest).")


LOG_HEADERS = ["commit", "date", "author", "record", "change", "field", "old", "new", "subject"]
LOG_BLOCKS = "log-table-3"
"""Names the layout of ``log_block``'s cells where they are kept (trail.kept_segments)."""


def render_log_table(rows: list[TrailRow], *, show_personal: bool = False) -> str:
    if not rows:
        return "No changes.\n"
    return simple_columns(LOG_HEADERS, _log_cells(rows, show_personal)) + "\n"


def log_block(events, *, show_personal: bool) -> Block:
    """The table cells of some of a trail's events (a segment of history), as a Block."""
    from hrkit.history.trail import Trail, trail_rows

    return block(LOG_HEADERS, _log_cells(trail_rows(Trail(events, None, True, [])), show_personal))


def render_log_blocks(blocks: list[Block]) -> str:
    """``render_log_table`` of the rows of the blocks, in order."""
    if not any(b.rows for b in blocks):
        return "No changes.\n"
    return block_columns(LOG_HEADERS, blocks) + "\n"


def _log_cells(rows: list[TrailRow], show_personal: bool) -> list[list[str]]:
    body = []
    for r in rows:
        old, new = _cells(r, show_personal, lambda v, q: "" if v is ABSENT else format_value(v, 40, quote=q))
        body.append([r.commit[:10], r.date, f"{r.author} <{r.email}>", r.record, r.change, r.field, old, new,
                     shorten(r.subject, 60)])
    return body


def render_log_csv(rows: list[TrailRow], *, show_personal: bool = False) -> str:
    """One header row, ISO 8601 dates, full values: what a spreadsheet opens cleanly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(LOG_COLUMNS)
    for r in rows:
        old, new = _cells(r, show_personal, lambda v, q: plain_value(csv_cell(v)), items=False)
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
    out += ["| commit | date | author | record | change | field | old | new | subject |",
            "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        old, new = _cells(r, show_personal, lambda v, q: "" if v is ABSENT else format_value(v, 80, quote=q))
        cells = [r.commit[:10], r.date, f"{r.author} <{r.email}>", r.record, r.change, r.field, old, new, r.subject]
        out.append("| " + " | ".join(md_cell(c) for c in cells) + " |")
    return "\n".join(out) + "\n"


# -- hrkit blame ----------------------------------------------------------------------------

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


# -- hrkit show and textconv ----------------------------------------------------------------

def render_record_text(document: object, *, hide_values: bool = False, width: int = 100) -> str:
    """A record for reading: nested fields indented, lists as items, long text wrapped."""
    lines: list[str] = []
    _readable(document, 0, lines, hide_values, width)
    return "\n".join(lines) + "\n"


def _readable(value: object, depth: int, lines: list[str], hide: bool, width: int) -> None:
    pad = "  " * depth
    if isinstance(value, dict):
        for key, item in value.items():
            name = terminal_text(str(key))
            if item and (isinstance(item, dict) or (isinstance(item, list) and not hide)):
                lines.append(f"{pad}{name}:")
                _readable(item, depth + 1, lines, hide, width)
            else:  # an id names the record, it is not personal information
                _scalar_line(f"{pad}{name}: ", item, lines, hide and not (depth == 0 and key == "id"), width,
                             pad + "  ")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and item:
                sub: list[str] = []
                _readable(item, depth + 1, sub, hide, width)
                lines.append(f"{pad}- {sub[0].lstrip()}")
                lines.extend(sub[1:])
            else:
                _scalar_line(f"{pad}- ", item, lines, hide, width, pad + "  ")
    else:
        _scalar_line(pad, value, lines, hide, width, pad)


def _scalar_line(prefix: str, value: object, lines: list[str], hide: bool, width: int, indent: str) -> None:
    text = HIDDEN if hide else format_value(value)
    if len(prefix) + len(text) <= width:
        lines.append(prefix + text)
        return
    lines.append(prefix.rstrip())
    lines.extend(textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent))


def render_canonical(fields: dict[str, object]) -> str:
    """The textconv form: one field per line, sorted by dotted path; list items one per line
    (``path[]: item``), so a line diff of two versions is a field diff."""
    lines = []
    for path in sorted(fields):
        value = fields[path]
        if isinstance(value, list) and value:
            lines.extend(f"{terminal_text(path)}[]: {_canonical(item)}" for item in value)
        else:
            lines.append(f"{terminal_text(path)}: {_canonical(value)}")
    return "\n".join(lines) + "\n"


def textconv(data: bytes) -> str:
    """What git shows for one record file (``hrkit git-setup``): the canonical text; a version
    that does not parse as it is, under a line saying why. Kept light to import: git runs it
    once per file version."""
    record = flatten_record(data)
    if record.error:
        return f"# hrkit: this version cannot be parsed ({record.error})\n" + data.decode("utf-8", "replace")
    return render_canonical(record.fields)


def _canonical(value: object) -> str:
    if isinstance(value, (list, dict)):
        return terminal_text(json_text(value, sort_keys=True))
    return format_value(value, quote=True)


# -- hrkit review ---------------------------------------------------------------------------

COMMENT_LIMIT = 65_536
"""GitHub refuses a pull-request comment longer than this."""
_MEASURE_LABELS = {"positions": "positions", "fte": "FTE", "total": "budget ($, dimensions.total)"}


def render_review_markdown(review: Review, *, show_personal: bool = False, limit: int = COMMENT_LIMIT) -> str:
    """The review as one Markdown comment, at most ``limit`` characters: long tables keep their
    first rows and say how many more there are."""
    for rows in (None, 200, 100, 50, 20, 10, 5, 2):
        text = _review_markdown(review, show_personal, rows)
        if len(text) <= limit:
            return text
    cut = text[:limit - 200].rsplit("\n", 1)[0]
    return cut + (f"\n\n… the review is cut here ({len(text) - len(cut):,} more characters; "
                  "run `hrkit review` locally).\n")


def _review_markdown(review: Review, show_personal: bool, max_rows: int | None) -> str:
    out = [f"## hrkit review: {md_code(f'{review.base}..{review.head}')}", "", _review_summary(review)]
    for name, changes in review.groups.items():
        header, rows = _GROUP_TABLES[name](changes, show_personal)
        out += ["", f"### {GROUPS[name]} ({len(changes)})", ""]
        out += _md_table(header, rows, max_rows)
    formatting = sum(1 for c in review.changes if c.format_only)
    if formatting:
        out += ["", f"{_count(formatting, 'record')} with no semantic changes (formatting only)."]
    if any(hidden(c.type, show_personal) for c in review.changes):
        out += ["", PERSONAL_NOTE]
    out += ["", "### Impact", ""]
    impact_rows = [i for i in review.impact if i.rows]
    if not impact_rows:
        out.append("No change to positions, FTEs or budget by branch or by classification.")
    for impact in impact_rows:
        measures = [m for m in IMPACT_MEASURES  # a figure no record has on either side is left out
                    if any(r.before.get(m) or r.after.get(m) for r in impact.rows)]
        header = [impact.by, *(_MEASURE_LABELS[m] for m in measures)]
        rows = [[f"**{r.key}**" if r.key == "Total" else md_cell(r.key),
                 *(_delta_cell(r.before.get(m), r.after.get(m), money=m == "total") for m in measures)]
                for r in impact.rows]
        out += [f"By {impact.by} (before → after, Δ):", ""]
        out += _md_table(header, rows, max_rows, raw=True, keep_last=True) + [""]
    notes = list(dict.fromkeys(n for i in review.impact for n in i.notes))
    out += [f"<sub>{md_cell(n)}</sub>" for n in notes]
    out += ["", "### Validation", ""]
    if not review.introduced and not review.resolved:
        out.append(f"No findings introduced or resolved ({review.remaining} on both sides).")
    for title, findings in (("Introduced", review.introduced), ("Resolved", review.resolved)):
        if findings:
            out += [f"**{title}** ({len(findings)}):", ""]
            out += _md_table(["code", "record", "field", "message"],
                             [[f.code, f.record or "", f.field or "", f.message] for f in findings], max_rows) + [""]
    if review.introduced or review.resolved:
        out.append(f"{_count(review.remaining, 'other finding')} on both sides.")
    out += ["", "### Policy notes", ""]
    if not review.notes:
        out.append("Nothing to note.")
    shown = review.notes if max_rows is None else review.notes[:max_rows]
    for n in shown:
        record = f"**{md_cell(n.record)}**: " if n.record else ""
        out.append(f"- {'⚠️' if n.warning else 'ℹ️'} {record}{md_cell(n.message)}")
    if len(review.notes) > len(shown):
        out.append(f"- … and {len(review.notes) - len(shown)} more")
    out += ["", f"<details><summary>{_count(len(review.commits), 'commit')}</summary>", ""]
    commits = review.commits if max_rows is None else review.commits[:max_rows]
    out += _md_table(["commit", "date", "author", "subject"],
                     [[c.sha[:10], c.date, c.author, c.subject] for c in commits], None)
    if len(review.commits) > len(commits):
        out.append(f"\n… and {len(review.commits) - len(commits)} more")
    out += ["", "</details>", "",
            f"<sub>hrkit review: {review.base_commit[:12]} (merge base of {md_cell(review.base)} and "
            f"{md_cell(review.head)}) → {review.head_commit[:12]}</sub>"]
    return "\n".join(out) + "\n"


def _review_summary(review: Review) -> str:
    changed = [c for c in review.changes if not c.format_only]
    parts = [f"**{_count(len(review.commits), 'commit')}**, **{_count(len(changed), 'record')} changed**"]
    if review.groups:
        parts[0] += ": " + ", ".join(f"{len(v)} {GROUP_NOUNS[k][len(v) != 1]}" for k, v in review.groups.items())
    flags = []
    if review.introduced:
        flags.append(f"⚠️ {_count(len(review.introduced), 'finding')} introduced")
    if review.resolved:
        flags.append(f"✅ {len(review.resolved)} resolved")
    warnings = sum(n.warning for n in review.notes)
    if warnings:
        flags.append(f"📝 {_count(warnings, 'policy note')} to check")
    return ". ".join(parts) + "." + ("\n\n" + " · ".join(flags) if flags else "")


def _md_table(header: list[str], rows: list[list], max_rows: int | None, *, raw: bool = False,
              keep_last: bool = False) -> list[str]:
    """A Markdown table; over ``max_rows`` rows, the first ones and an "… and N more" row
    (``keep_last`` keeps a closing total row)."""
    shown = rows
    if max_rows is not None and len(rows) > max_rows:
        shown = rows[:max_rows] + ([rows[-1]] if keep_last else [])
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in shown:
        cells = [str(c) if raw else md_cell(str(c)) for c in row]
        lines.append("| " + " | ".join(cells) + " |")
    if len(shown) < len(rows):
        lines.append(f"| … and {len(rows) - len(shown)} more |" + " |" * (len(header) - 1))
    return lines


def _number(value: object, money: bool) -> str:
    if value is None:
        return "—"
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if not float(value).is_integer() else f"{int(value):,}"
    if money:
        return ("-$" if text.startswith("-") else "$") + text.lstrip("-")
    return text


def _figure(value: object, money: bool) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number(value, money)
    return format_value(value, 30)


def _delta_cell(before: object, after: object, *, money: bool) -> str:
    """``before → after (±Δ)``; None (no record has the figure) and 0 (no such group) alike are
    nothing to compare."""
    if before == after or not (before or after):
        return _number(after if after is not None else before, money)
    cell = f"{_number(before, money)} → {_number(after, money)}"
    if before is not None and after is not None:
        delta = after - before
        sign = "+" if delta > 0 else "−"
        cell += f" ({sign}{_number(abs(delta), money)})"
    return cell


def _title(c: RecordChange) -> str:
    fields = c.after or c.before
    return format_value(fields.get("title", ""), 50) if fields.get("title") else ""


def _pair(c: RecordChange, path: str) -> str:
    """``old → new`` of one field, or its value when it did not change."""
    old, new = c.before.get(path, ABSENT), c.after.get(path, ABSENT)
    if old == new or old is ABSENT:
        return format_value(new, 40) if new is not ABSENT else ""
    if new is ABSENT:
        return f"{format_value(old, 40)} → (absent)"
    return f"{format_value(old, 40)} → {format_value(new, 40)}"


def _new_rows(changes, show_personal):
    return (["position", "title", "classification", "status", "branch", "reports to", "FTE"],
            [[c.id, _title(c), _pair(c, "classification"), _pair(c, "status"), _pair(c, "branch"),
              _pair(c, "reports_to"), _pair(c, "dimensions.fte")] for c in changes])


def _abolished_rows(changes, show_personal):
    return (["position", "title", "classification", "how"],
            [[c.id, _title(c), format_value(c.before.get("classification", ""), 20),
              "file deleted" if c.kind == "removed" else f"status {_pair(c, 'status')}"] for c in changes])


def _reclassified_rows(changes, show_personal):
    return (["position", "title", "classification", "effective date"],
            [[c.id, _title(c), _pair(c, "classification"),
              _pair(c, "effective_date") if c.before.get("effective_date") != c.after.get("effective_date")
              else f"unchanged ({format_value(c.after.get('effective_date'))})"] for c in changes])


def _reporting_rows(changes, show_personal):
    return (["position", "title", "reports to", "supervisor block"],
            [[c.id, _title(c), _pair(c, "reports_to"),
              "updated" if any(f.path.startswith("supervisor") for f in c.fields) else "not updated"]
             for c in changes])


def _budget_rows(changes, show_personal):
    rows = []
    for c in changes:
        for f in c.fields:
            if f.path.startswith("dimensions"):
                numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (f.old, f.new))
                delta = f.new - f.old if numbers else None
                money = f.path.rpartition(".")[2] != "fte"
                rows.append([c.id, f.path.removeprefix("dimensions."), _figure(f.old, money), _figure(f.new, money),
                             "" if delta is None else f"{'+' if delta > 0 else '−'}{_number(abs(delta), money)}"])
    return ["position", "field", "before", "after", "Δ"], rows


def _staffing_rows(changes, show_personal):
    rows = []
    for c in changes:
        hide = hidden(c.type, show_personal)
        if c.type == "profile":
            fields = [f.path for f in c.fields]
            what = (", ".join(fields) + " (values hidden)") if hide else "; ".join(
                f"{f.path}: {format_value(f.old, 30)} → {format_value(f.new, 30)}" for f in c.fields)
            rows.append([f"profile {c.id}", c.kind, what if c.kind == "modified" else (c.new_path or c.old_path)])
        else:
            details = [f"{name} {_pair(c, name)}" for name in ("status", "incumbent")
                       if any(f.path == name for f in c.fields)]
            rows.append([f"position {c.id}", c.kind, "; ".join(details)])
    return ["record", "change", "details"], rows


def _identity_rows(changes, show_personal):
    return (["record", "change", "from", "to"],
            [[f"{c.type} {c.id}", c.kind, f"{c.old_id + ' ' if c.old_id else ''}{c.old_path}", c.new_path]
             for c in changes])


def _other_rows(changes, show_personal):
    rows = [[c.id, *cells] for c in changes
            for cells in field_rows(other_fields(c) or c.fields, hidden(c.type, show_personal))]
    return ["record", "field", "before", "after"], rows


def _broken_rows(changes, show_personal):
    return ["file", "error"], [[c.path, c.error or ""] for c in changes]


_GROUP_TABLES = {"new": _new_rows, "abolished": _abolished_rows, "reclassified": _reclassified_rows,
                 "reporting": _reporting_rows, "budget": _budget_rows, "staffing": _staffing_rows,
                 "identity": _identity_rows, "other": _other_rows, "broken": _broken_rows}


def render_review_json(review: Review, *, show_personal: bool = False) -> str:
    data = {
        "version": VERSION,
        "base": {"rev": review.base, "merge_base": review.base_commit},
        "head": {"rev": review.head, "commit": review.head_commit},
        "commits": [{"commit": c.sha, "date": c.date, "author": c.author, "email": c.email, "subject": c.subject}
                    for c in review.commits],
        "summary": {"records": len(review.changes), "format_only": sum(1 for c in review.changes if c.format_only),
                    "groups": {k: len(v) for k, v in review.groups.items()},
                    "introduced": len(review.introduced), "resolved": len(review.resolved),
                    "notes": len(review.notes)},
        "groups": {k: [c.id for c in v] for k, v in review.groups.items()},
        "changes": [change_json(c, show_personal) for c in review.changes],
        "impact": [{"by": i.by, "rows": [{"group": r.key, "before": _json_numbers(r.before),
                                          "after": _json_numbers(r.after)} for r in i.rows], "notes": i.notes}
                   for i in review.impact],
        "findings": {"introduced": [_finding_json(f) for f in review.introduced],
                     "resolved": [_finding_json(f) for f in review.resolved], "unchanged": review.remaining},
        "notes": [{"kind": n.kind, "record": n.record, "message": n.message} for n in review.notes],
    }
    return json_text(data, indent=2) + "\n"


def _json_numbers(values: dict) -> dict:
    return {k: (v if v is None or isinstance(v, int) else int(v) if v == int(v) else float(v))
            for k, v in values.items()}


def _finding_json(f) -> dict:
    return {"code": f.code, "severity": f.severity.value, "path": f.path, "line": f.line, "record": f.record,
            "field": f.field, "message": f.message}
