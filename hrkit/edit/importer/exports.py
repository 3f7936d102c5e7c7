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
    """One record under a header of field names (a line or two of the export's own words may stand
    above it): its fields, then its long cells (the description), then the text after it as it is; or
    one position's record with its supervisor's and its direct reports' (``_hierarchy``)."""
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    table = _first_table(lines)
    if table is None:
        return None
    header, record, rows, end = table
    related = _hierarchy(header, [record, *rows]) if rows else ""
    if rows and not related:
        raise Listing(f"a listing of {len(rows) + 1} positions (a spreadsheet's rows), not one work description")
    short = [f"{name.strip()}: {value.strip()}" for name, value in zip(header, record)
             if not _long(value) and not _SECOND_COLUMN.fullmatch(name.strip().lower())]
    described = "\n".join(short + [value.strip() for value in record if _long(value)])
    return f"{described}\n{related}{''.join(lines[end:])}"


def _first_table(lines: list[str]) -> tuple[list[str], list[str], list[list[str]], int] | None:
    """The first header of field names on one of the first lines, tab-, semicolon-, comma- or
    bar-separated, with a record under it: header, record, the rows as wide after it, the line after them."""
    for top in range(min(len(lines), _PREAMBLE + 1)):
        for delimiter in ("\t", ";", ",", "|"):
            table = _table(lines[top:], delimiter, coded=bool(top) or delimiter == "|")
            if table:
                header, record, rows, end = table
                return header, record, rows, top + end
    return None


def _table(lines: list[str], delimiter: str, coded: bool) -> tuple[list[str], list[str], list[list[str]], int] | None:
    """A header on the first of ``lines`` and a record under it, or None. Below other words, or set
    apart by bars as Markdown's tables are (``coded``), only a header of an HR system's field codes."""
    if lines[0].count(delimiter) < _MIN_COLUMNS - 1:
        return None
    reader = csv.reader(iter(lines), delimiter=delimiter)
    try:
        header, record = next(reader), next(reader)
        after = reader.line_num
        rows = [row for row in reader if len(row) == len(header)]
    except (csv.Error, StopIteration):
        return None
    if not _header(header) or len(record) > len(header) or len(record) < _MIN_COLUMNS \
            or coded and not all(_FIELD_CODE.fullmatch(cell.strip()) for cell in header):
        return None
    return header, record, rows, after + len(rows)


def _hierarchy(header: list[str], rows: list[list[str]]) -> str:
    """A position's record first, then its supervisor's and its direct reports', each row saying which
    it is (``REC_TYPE``: ``POS``, ``SUP``, ``SUB``; ``TYPE_ENR``): the supervisor as a ``Reports to`` line,
    the reports listed under their heading. Anything else: no one position's ("")."""
    names = [name.strip().lower() for name in header]
    kind = next((at for at, name in enumerate(names) if _RECORD_TYPE.fullmatch(name)), None)
    if kind != 0 or rows[0][kind].strip().upper() not in _OWN or \
            any(row[kind].strip().upper() not in _RELATED for row in rows[1:]):
        return ""
    column = {role: next((at for at, name in enumerate(names) if pattern.search(name)), None)
              for role, pattern in _ROLES.items()}
    if column["title"] is None:
        return ""

    def described(row: list[str]) -> tuple[str, str, str]:
        cell = {role: row[at].strip() if at is not None else "" for role, at in column.items()}
        level = "-".join(part for part in (cell["group"], cell["level"]) if part)
        return cell["title"], level, cell["number"]

    words = _FRENCH if any(_FRENCH_NAME.search(name) for name in names) else _ENGLISH  # the header's language
    out = []
    for row in rows[1:]:
        title, level, number = described(row)
        if row[kind].strip().upper() in _SUPERIOR:
            out.append(f"{words[0]}: {title}" + (f" ({level})" if level else "") +
                       (f", {words[1]} {number}" if number else ""))
    reports = [row for row in rows[1:] if row[kind].strip().upper() not in _SUPERIOR]
    if reports:
        out.append(f"{words[2]}:")
    for row in reports:
        title, level, _ = described(row)
        count = row[column["count"]].strip() if column["count"] is not None else ""
        details = ", ".join(part for part in (level, f"{count} {words[3]}" if count else "") if part)
        out.append(f"- {title}" + (f" ({details})" if details else ""))
    return "\n".join(out) + "\n"


_SECOND_COLUMN = re.compile(r"(?:title|titre|descr)[_ ](?:f|fr|fra|francais)|(?:loc(?:ation)?[_ ]?(?:cd|code)|"
                            r"code[_ ]lieu|lieu[_ ]code)")
"""An export's columns beside the one a record takes: the title in French beside the English (a second title
would read as a French copy of the description), a location's code beside its name."""
_ENGLISH = ("Reports to", "position", "Direct reports", "FTEs")
_FRENCH = ("Relève de", "poste", "Postes relevant du titulaire", "ETP")
_FRENCH_NAME = re.compile(r"type_enr|titre|poste|groupe|niveau")
"""The words the supervisor's and the reports' lines are written in: the header's language (its fields'
labels are read with them, one language)."""
_FIELD_CODE = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{2,}")
_PREAMBLE = 4
"""Lines of an export's own words that may stand above its header (``Exported: 2024-01-15``, a filter)."""
_RECORD_TYPE = re.compile(r"rec(?:ord)?[_ ]?type|type[_ ]?enr(?:eg(?:istrement)?)?|type")
_OWN = frozenset(("POS", "POSITION", "POSTE", "P"))
_SUPERIOR = frozenset(("SUP", "SUPERVISOR", "SUPERVISEUR", "S"))
_RELATED = _SUPERIOR | frozenset(("SUB", "SUBORDINATE", "SUBORDONNE", "R", "REPORT"))
_ROLES = {"number": re.compile(r"^(?:pos(?:ition)?|no)[_ ]?(?:no|nbr|num(?:ber)?|poste)$|^poste[_ ]?no$"),
          "title": re.compile(r"^(?:title|titre)(?:[_ ](?:e|en|eng|a|ang))?$|^descr$"),
          "group": re.compile(r"gr(?:ou)?pe?$|grp$"),
          "level": re.compile(r"niveau$|lvl$|level$"),
          "count": re.compile(r"fte|etp")}
"""Which column of a hierarchy's rows holds each report's number, English title, group, level and FTEs."""


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
