"""``hrkit diff``: a revision diff as coloured text, a Markdown table, or JSON."""
from __future__ import annotations

import click

from hrkit.history.diff import RecordChange, RevisionDiff
from hrkit.history.render import (PERSONAL_NOTE, VERSION, change_json, field_rows, format_value, hidden, markdown_table,
                                  plural, render_field_changes)
from hrkit.render.escape import json_text, md_text, terminal_text


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
    return f"{plural(n, 'record')} changed between {old} and {new}: {summary_counts(diff.counts())}."


def render_diff_markdown(diff: RevisionDiff, *, show_personal: bool = False) -> str:
    out = [f"### Record changes: {md_text(diff.old_label)} → {md_text(diff.new_label)}", "",
           _diff_summary(diff, md_text)]
    if diff.changes:
        out += ["", *markdown_table(["record", "change", "field", "old", "new"],
                                    [[f"{c.type} {c.id}", c.kind, *cells] for c in diff.changes
                                     for cells in _md_rows(c, show_personal)], None)]
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


def render_diff_json(diff: RevisionDiff, *, show_personal: bool = False) -> str:
    data = {
        "version": VERSION,
        "old": {"label": diff.old_label, "commit": diff.old_commit},
        "new": {"label": diff.new_label, "commit": diff.new_commit},
        "summary": diff.counts(),
        "records": [change_json(c, show_personal) for c in diff.changes],
    }
    return json_text(data, indent=2) + "\n"
