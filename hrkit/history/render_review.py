"""``hrkit review``: what a pull request does to the organization, as one Markdown comment
(within GitHub's size limit) or JSON."""
from __future__ import annotations

from hrkit.history.diff import ABSENT, RecordChange
from hrkit.history.render import (PERSONAL_NOTE, VERSION, change_json, field_rows, format_value, hidden, markdown_table,
                                  md_cell, plural)
from hrkit.history.review import GROUP_NOUNS, GROUPS, IMPACT_MEASURES, Review, other_fields
from hrkit.render.escape import json_text, md_code

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
        out += markdown_table(header, rows, max_rows)
    formatting = sum(1 for c in review.changes if c.format_only)
    if formatting:
        out += ["", f"{plural(formatting, 'record')} with no semantic changes (formatting only)."]
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
        out += markdown_table(header, rows, max_rows, raw=True, keep_last=True) + [""]
    notes = list(dict.fromkeys(n for i in review.impact for n in i.notes))
    out += [f"<sub>{md_cell(n)}</sub>" for n in notes]
    out += ["", "### Validation", ""]
    if not review.introduced and not review.resolved:
        out.append(f"No findings introduced or resolved ({review.remaining} on both sides).")
    for title, findings in (("Introduced", review.introduced), ("Resolved", review.resolved)):
        if findings:
            out += [f"**{title}** ({len(findings)}):", ""]
            out += markdown_table(["code", "record", "field", "message"],
                                  [[f.code, f.record or "", f.field or "", f.message] for f in findings],
                                  max_rows) + [""]
    if review.introduced or review.resolved:
        out.append(f"{plural(review.remaining, 'other finding')} on both sides.")
    out += ["", "### Policy notes", ""]
    if not review.notes:
        out.append("Nothing to note.")
    shown = review.notes if max_rows is None else review.notes[:max_rows]
    for n in shown:
        record = f"**{md_cell(n.record)}**: " if n.record else ""
        out.append(f"- {'⚠️' if n.warning else 'ℹ️'} {record}{md_cell(n.message)}")
    if len(review.notes) > len(shown):
        out.append(f"- … and {len(review.notes) - len(shown)} more")
    out += ["", f"<details><summary>{plural(len(review.commits), 'commit')}</summary>", ""]
    commits = review.commits if max_rows is None else review.commits[:max_rows]
    out += markdown_table(["commit", "date", "author", "subject"],
                          [[c.sha[:10], c.date, c.author, c.subject] for c in commits], None)
    if len(review.commits) > len(commits):
        out.append(f"\n… and {len(review.commits) - len(commits)} more")
    out += ["", "</details>", "",
            f"<sub>hrkit review: {review.base_commit[:12]} (merge base of {md_cell(review.base)} and "
            f"{md_cell(review.head)}) → {review.head_commit[:12]}</sub>"]
    return "\n".join(out) + "\n"


def _review_summary(review: Review) -> str:
    changed = [c for c in review.changes if not c.format_only]
    parts = [f"**{plural(len(review.commits), 'commit')}**, **{plural(len(changed), 'record')} changed**"]
    if review.groups:
        parts[0] += ": " + ", ".join(f"{len(v)} {GROUP_NOUNS[k][len(v) != 1]}" for k, v in review.groups.items())
    flags = []
    if review.introduced:
        flags.append(f"⚠️ {plural(len(review.introduced), 'finding')} introduced")
    if review.resolved:
        flags.append(f"✅ {len(review.resolved)} resolved")
    warnings = sum(n.warning for n in review.notes)
    if warnings:
        flags.append(f"📝 {plural(warnings, 'policy note')} to check")
    return ". ".join(parts) + "." + ("\n\n" + " · ".join(flags) if flags else "")


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
