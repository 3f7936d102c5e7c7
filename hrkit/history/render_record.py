"""``hrkit show`` and git's textconv: one record, readable, or in a canonical one-field-a-line
form that a line diff turns into a field diff."""
from __future__ import annotations

import textwrap

from hrkit.history.render import HIDDEN, format_value
from hrkit.history.snapshot import flatten_record
from hrkit.render.escape import json_text, terminal_text


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
