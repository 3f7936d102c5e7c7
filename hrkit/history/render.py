"""What every history renderer shares: values, field changes and record changes as terminal
text, Markdown cells and JSON. The renderers themselves are one module per command:
render_diff (``hrkit diff``), render_log (``log``, ``blame``), render_review (``review``) and
render_record (``show``, git's textconv).

Values of profile records are personal information: unless ``show_personal`` is given, every
renderer says which profile fields changed and never what they hold. Values, field names,
file names and commit metadata come from whoever committed them: text goes out through
hrkit.render.escape (control characters shown as escapes, Markdown escaped, CSV formulas
neutralised); JSON is exact.
"""
from __future__ import annotations

import difflib
import re

import click

from hrkit.history.diff import ABSENT, FieldChange, RecordChange
from hrkit.render.escape import json_text, md_text, terminal_text

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


def types_differ(old: object, new: object) -> bool:
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
            lines.append(f"{indent}{path}: {plural(len(added), 'item')} added, {len(removed)} removed")
            lines.extend(f"{indent}  " + _mark(f"+ {format_value(v, 100)}", "green", color) for v in added)
            lines.extend(f"{indent}  " + _mark(f"- {format_value(v, 100)}", "red", color) for v in removed)
        elif isinstance(f.old, str) and isinstance(f.new, str) and max(len(f.old), len(f.new)) > LONG_TEXT:
            lines.append(f"{indent}{path}: {text_excerpt(f.old, f.new, color=color)}")
        else:
            quote = types_differ(f.old, f.new)
            old = _mark(format_value(f.old, 60, quote=quote), "red", color)
            new = _mark(format_value(f.new, 60, quote=quote), "green", color)
            lines.append(f"{indent}{path}: {old} → {new}")
    return lines


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def md_cell(text: str) -> str:
    """Text that stays inside one Markdown table cell and renders as written (md_text; an
    empty cell is a space)."""
    return md_text(text) or " "


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
            quote = types_differ(f.old, f.new)
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


def markdown_table(header: list[str], rows: list[list], max_rows: int | None, *, raw: bool = False,
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
