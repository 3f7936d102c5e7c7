"""A new record file's text, written the way the sample records are: schema order, quoted ids,
folded text wrapped at 96 columns, a comment on each value that was repaired or guessed."""
from __future__ import annotations

import datetime as _dt
import re

from hrkit.edit.importer.document import VERIFY, Value
from hrkit.edit.rewrite import FIELD_ORDER, WIDTH, needs_quotes, sort_keys

_PLAIN_START = re.compile(r"^[^-?:,\[\]{}#&*!|>'\"%@`\s]")
INLINE = ("source",)
"""Mappings written on one line (``source: {document: ..., ocr: false}``)."""


def record_text(fields: dict[str, object], header: list[str]) -> str:
    """``fields``: key -> Value, or key -> dict of key -> Value for nested mappings."""
    lines = [f"# {_printable(line)}" for line in header]
    order = FIELD_ORDER["position"]
    for key in sort_keys(list(fields), order[""]):
        item = fields[key]
        if isinstance(item, dict):
            lines.extend(_mapping(key, item, order.get(key, [])))
        elif isinstance(item.value, list):
            lines.extend(_sequence(key, item))
        else:
            lines.extend(_scalar_lines("", f"{key}:", item, identifier=key in _ID_KEYS))
    return "\n".join(lines) + "\n"


_ID_KEYS = {"id", "reports_to", "job_code", "incumbent"}


def _mapping(key: str, items: dict[str, Value], order: list[str]) -> list[str]:
    keys = sort_keys(list(items), order)
    if key in INLINE or not items:
        body = ", ".join(f"{k}: {_inline(items[k].value, flow=True)}" for k in keys)
        return [f"{key}: {{{body}}}"]
    lines = [f"{key}:"]
    for k in keys:
        lines.extend(_scalar_lines("  ", f"{k}:", items[k], identifier=False))
    return lines


def _sequence(key: str, item: Value) -> list[str]:
    """Notes on items go on the key's line (ruamel.yaml drops comments beside list items that
    are folded text, so they would not survive the next rewrite)."""
    elements = [e if isinstance(e, Value) else Value(e) for e in item.value]
    notes = [item.note.removeprefix(VERIFY)] if item.note else []
    notes += [f"item {n}: {e.note.removeprefix(VERIFY)}" for n, e in enumerate(elements, 1) if e.note]
    lines = [f"{key}:" + (f"  # {VERIFY}{_printable('; '.join(notes))}" if notes else "")]
    for element in elements:
        lines.extend(_scalar_lines("  ", "-", Value(element.value), identifier=False))
    return lines


def _scalar_lines(indent: str, lead: str, item: Value, *, identifier: bool) -> list[str]:
    comment = f"  # {_printable(item.note)}" if item.note else ""
    value = item.value
    if isinstance(value, str) and not identifier:
        inline = _inline(value)
        if "\n" not in value and len(indent) + len(lead) + 1 + len(inline) <= WIDTH:
            return [f"{indent}{lead} {inline}{comment}"]
        body_indent = indent + "  "
        out = [f"{indent}{lead} >-{comment}"]
        for number, paragraph in enumerate(value.split("\n")):
            if number:
                out.append("")
            out.extend(body_indent + line for line in _wrap(paragraph, WIDTH - len(body_indent)))
        return out
    text = _quoted(value) if identifier and isinstance(value, str) else _inline(value)
    return [f"{indent}{lead} {text}{comment}"]


def _inline(value: object, *, flow: bool = False) -> str:
    """``value`` as YAML on one line; ``flow``: inside ``{...}``, where ``,[]{}`` end plain text."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = str(value)
    plain = (_PLAIN_START.match(text) and not needs_quotes(text) and ": " not in text and " #" not in text
             and not text.endswith((":", " ")) and text.isprintable()
             and not (flow and any(c in text for c in ",[]{}")))
    return text if plain else _quoted(text)


def _quoted(text: str) -> str:
    """A double-quoted scalar escaped exactly as ruamel.yaml writes it (so ``hrkit fmt`` leaves
    it alone): quotes, backslashes, line and paragraph separators, NEL, controls."""
    return '"' + "".join(_escaped(c) for c in text) + '"'


_ESCAPES = {"\0": "0", "\a": "a", "\b": "b", "\t": "t", "\n": "n", "\v": "v", "\f": "f", "\r": "r", "\x1b": "e",
            '"': '"', "\\": "\\", "\x85": "N", "\u2028": "L", "\u2029": "P"}


def _escaped(c: str) -> str:
    if c not in '"\\\x85\u2028\u2029\ufeff' and (" " <= c <= "~" or "\xa0" <= c <= "\ud7ff"
                                                or "\ue000" <= c <= "\ufffd" or c >= "\U00010000"):
        return c
    if c in _ESCAPES:
        return "\\" + _ESCAPES[c]
    return f"\\x{ord(c):02X}" if c <= "\xff" else f"\\u{ord(c):04X}" if c <= "\uffff" else f"\\U{ord(c):08X}"


def _printable(text: str) -> str:
    """A comment's text on one line: what is not printable becomes a space."""
    return "".join(c if c.isprintable() else " " for c in text)


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return lines
