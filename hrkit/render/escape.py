"""Text from records and commits made harmless where hrkit prints it.

Whoever can commit to a records repository writes much of what hrkit prints: titles, ids,
field names, file names, author names, commit subjects. Each destination has characters that
act instead of being shown, so each gets one function here, and every renderer for that
destination goes through it:

* a terminal (``terminal_text``): control characters (C0 and C1, so ESC/CSI/OSC sequences,
  CR and backspace; DEL; line and paragraph separators) and bidirectional overrides and
  isolates are written as visible escapes (``\\x1b``, ``\\r``, ``\\u202e``), so a value cannot
  recolour, rewrite or reorder what the terminal shows, nor start a line of its own;
* a spreadsheet (``csv_cell``): a text cell that a spreadsheet would read as a formula gets
  a leading ``'`` (OWASP's advice); numbers stay numbers;
* GitHub Markdown (``md_text``, ``md_code``): Markdown and HTML syntax, entities, @mentions
  and #references are escaped, so a value neither renders as markup nor pings anyone.

JSON escapes what it must, but has no NaN or infinity: ``json_text`` writes a record's
``.nan`` or ``.inf`` (which HR003 reports) as text, so every JSON hrkit prints is JSON any parser
reads. Workflow commands are escaped in hrkit/render/github.py, SARIF's embedded links in
hrkit/render/sarif.py.
"""
from __future__ import annotations

import json
import math
import re

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def terminal_text(text: str) -> str:
    """``text`` with every control, separator and bidi-override character shown as an escape."""
    return _CONTROL.sub(_visible, text)


def terminal_safe(text: str) -> bool:
    """Whether ``terminal_text`` would leave ``text`` as it is (one search, for long listings)."""
    return _CONTROL.search(text) is None


def _visible(match: re.Match) -> str:
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A CSV cell value: text a spreadsheet would take for a formula (``=``, ``+``, ``-``, ``@``,
    tab, CR first) is prefixed with ``'``, and a CR inside text becomes a line feed (Python's
    csv quotes a cell with a line feed, but leaves a bare CR unquoted where lines end in LF,
    and a spreadsheet reads that CR as the start of a new row); anything else, numbers
    included, as it is."""
    if not isinstance(value, str):
        return value
    text = value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value
    return "'" + text if value.startswith(_FORMULA_START) else text


_MARKDOWN = re.compile(
    r"(?P<syntax>[\\`*\[\]|~$]|(?<![^\W_])_|_(?![^\W_]))"  # emphasis, link, code, cell, math
    r"|(?P<entity>[<&])"  # HTML, autolink, comment, the value's own entities
    r"|(?P<link>@|#(?=\d)|(?i:gh)(?=-\d)|:(?=//)|(?i:www)(?=\.))"  # mention, reference, bare link
)
_ENTITIES = {"<": "&lt;", "&": "&amp;"}
_ZERO_WIDTH_SPACE = "&#8203;"


def md_text(text: str) -> str:
    """Text that renders as written in GitHub Markdown, on one line (inside a table cell too),
    and links to nothing: whitespace runs become one space; ``\\ ` * [ ] | ~ $`` and ``_`` at a
    word's edge are backslash-escaped (no emphasis, link, image, code, table cell or math);
    ``<`` and ``&`` become entities (no HTML, autolink, comment or entity of the value's own);
    a zero-width space follows ``@``, ``#`` and ``GH`` before a digit, ``www`` and the ``:`` of
    ``://`` (no mention, team ping, issue reference, or link GitHub would make of an address)."""
    return _MARKDOWN.sub(_md_escape, terminal_text(" ".join(text.split())))


def _md_escape(match: re.Match) -> str:
    if match.lastgroup == "syntax":
        return "\\" + match.group()
    if match.lastgroup == "entity":
        return _ENTITIES[match.group()]
    return match.group() + _ZERO_WIDTH_SPACE


def md_code(text: str) -> str:
    """Text as a Markdown code span, where nothing is markup and nobody is mentioned: fenced by
    more backticks than any run inside it."""
    text = terminal_text(" ".join(text.split()))
    fence = "`" * (max(map(len, re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def json_text(value: object, **options) -> str:
    """``json.dumps`` (non-ASCII kept as it is) that never writes NaN or Infinity."""
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, **options)
    except ValueError:  # a non-finite number somewhere: rare, so only then walked
        return json.dumps(_finite(value), ensure_ascii=False, allow_nan=False, **options)


def _finite(value: object) -> object:
    if isinstance(value, float) and not math.isfinite(value):
        return ".nan" if value != value else (".inf" if value > 0 else "-.inf")
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(item) for item in value]
    return value
