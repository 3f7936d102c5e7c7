"""A position as a spreadsheet or an HR system exports it to text: one row of a comma-, tab- or
semicolon-separated file under its header (the description in a cell), or a report whose rows of
field codes (``POSN_NBR  EFFDT  JOBCODE``) stand over their values' columns. Made ``Label: value``
lines, the description's text after them, as the rest of the importer reads a form."""

from __future__ import annotations

import csv
import io
import re


class Listing(ValueError):
    """An export of many positions' rows: no one position's work description."""


def plain(text: str) -> str:
    """``text`` with an exported row or a report's coded columns as labelled lines; any other
    text as it is. Raises ``Listing`` for many rows."""
    return _delimited_row(text) or _coded_columns(text)


def _delimited_row(text: str) -> str | None:
    """One record under a header of field names: its fields, then its long cells (the description),
    then the text after it as it is."""
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    for delimiter in ("\t", ";", ",") if lines else ():
        if lines[0].count(delimiter) < _MIN_COLUMNS - 1:
            continue
        reader = csv.reader(iter(lines), delimiter=delimiter)
        try:
            header, record = next(reader), next(reader)
            after = reader.line_num
            more = sum(len(row) == len(header) for row in reader)
        except (csv.Error, StopIteration):
            continue
        if not _header(header) or len(record) > len(header) or len(record) < _MIN_COLUMNS:
            continue  # no header, or no record under it: no export
        if more:
            raise Listing(f"a listing of {more + 1} positions (a spreadsheet's rows), not one work description")
        short = [f"{name.strip()}: {value.strip()}" for name, value in zip(header, record) if not _long(value)]
        described = "\n".join(short + [value.strip() for value in record if _long(value)])
        return f"{described}\n{''.join(lines[after:])}"
    return None


def _header(cells: list[str]) -> bool:
    return len(cells) >= _MIN_COLUMNS and all(0 < len(c.strip()) <= 40 and not re.search(r"[0-9]{3}", c)
                                              for c in cells)


def _long(value: str) -> bool:
    return "\n" in value.strip() or len(value) > 200


def _coded_columns(text: str) -> str:
    """A line of field codes over a line of values, each value under its code's column
    (``POSN_NBR  EFFDT`` / ``34051     01-APR-2023``); a code and its value on one line
    (``REPORTS_TO_GRADE  EX-02``)."""
    lines = text.split("\n")
    out: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        codes = list(_CODE.finditer(line)) if _codes_line(line) else []
        below, after = (lines[at + n] if at + n < len(lines) else "" for n in (1, 2))
        if len(codes) >= 2 and _columns(below) and not _codes_line(below) and not _RULE.fullmatch(below) \
                and not (_columns(after) and not _CODE_AND_VALUE.match(after)):  # one record's row, not a
            # table's rows (a hierarchy's extract)
            starts = [code.start() for code in codes] + [max(len(below), codes[-1].end())]
            out += [f"{_label(code[0])}: {below[start:end].strip()}"
                    for code, start, end in zip(codes, starts, starts[1:])
                    if below[start:end].strip() and code[0] not in _NO_FIELD]
            at += 2
            continue
        coded = _CODE_AND_VALUE.match(line)
        out.append(f"{_label(coded[1])}: {line[coded.end():]}" if coded else line)
        at += 1
    return "\n".join(out)


def _columns(line: str) -> bool:
    return bool(re.search(r"\S[ \t]{2,}\S", line))


def _label(code: str) -> str:
    """A field's code as the words of its label (``REPORTS_TO``: ``REPORTS TO``, a supervisor's label)."""
    return code.replace("_", " ")


_NO_FIELD = frozenset(("LOCATION", "DEPTID", "ACTION", "EFF_STATUS", "FTE", "MAX_HEAD_CNT", "REG_TEMP", "FULL_PART"))
"""An HR system's codes of no record's field: a location's code (``L3119``, its words are
``LOCATION_DESCR``'s), the position's own FTE (``1.0``, not its unit's), its status and kind."""
_MIN_COLUMNS = 4
"""Columns of a position's export, at least (its number, title, level and more)."""
_CODE = re.compile(r"[A-Z][A-Z0-9_]*")
_CODES_LINE = re.compile(r"[ \t]*[A-Z][A-Z0-9_]*(?:[ \t]+[A-Z][A-Z0-9_]*)+[ \t]*")


def _codes_line(line: str) -> bool:
    """A line of field codes only, one of them joined by underscores (``POSN_NBR  EFFDT  REG_TEMP
    FULL_PART``; a table's header, ``TITLE   LEVEL   FTE``, is words)."""
    return "_" in line and bool(_CODES_LINE.fullmatch(line))


_RULE = re.compile(r"[ \t]*[-=_]{10,}[ \t]*")
_CODE_AND_VALUE = re.compile(r"^([A-Z][A-Z0-9]*_[A-Z0-9_]+)[ \t]{2,}(?=[^\s:])")
