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
    return _delimited_row(text) or _sheet(text) or _sap_position(text) or _coded_columns(text)


def _delimited_row(text: str) -> str | None:
    """One record under a header of field names (a line or two of the export's own words may stand
    above it): its fields, then its long cells (the description), then the text after it as it is; or
    one position's record with its supervisor's and its direct reports' (``_hierarchy``)."""
    lines = _unboxed(text.lstrip("\ufeff").splitlines(keepends=True))
    table = _first_table(lines)
    if table is None:
        return None
    header, record, rows, end = table
    related = _hierarchy(header, [record, *rows]) if rows else ""
    if rows and not related:
        raise Listing(f"a listing of {len(rows) + 1} positions (a spreadsheet's rows), not one work description")
    names = [name.strip().lower() for name in header]
    short = [f"{_words(name)}: {value.strip()}" for name, value in zip(header, record) if not _long(value)
             and not _SECOND_COLUMN.fullmatch(name.strip().lower()) and not _coded_beside_words(name, names)]
    described = "\n".join(short + [value.strip() for value in record if _long(value)])
    return f"{described}\n{related}{''.join(lines[end:])}"


def _unboxed(lines: list[str]) -> list[str]:
    """A database client's result drawn in a box (``+------+`` borders, ``| role | posn_no |`` rows) at the
    text's top, under its query's line, as tab-separated rows; any other lines as they are (a table drawn so
    inside a description is the description's)."""
    first = next((at for at, line in enumerate(lines[:_QUERY_LINES + 1]) if _BOX_BORDER.fullmatch(line.strip())), None)
    if first is None:
        return lines
    end = next((at for at in range(first, len(lines))
                if not (lines[at].lstrip().startswith("|") or _BOX_BORDER.fullmatch(lines[at].strip()))), len(lines))
    return ["\t".join(cell.strip() for cell in line.strip().strip("|").split("|")) + "\n"
            for line in lines[first:end] if line.lstrip().startswith("|")] + lines[end:]


_BOX_BORDER = re.compile(r"\+(?:-{2,}\+){2,}")
_QUERY_LINES = 2
"""Lines above a database client's result: its query's."""


def _sheet(text: str) -> str | None:
    """A spreadsheet saved as text whose rows are fields and their values (``Position number,41290,,``),
    every row as wide: each row a ``Label: value`` line, a row of more cells a table's row (``# | Title |
    Group & level | FTEs``: direct reports), a row of one cell a heading."""
    lines = text.lstrip("\ufeff").splitlines()
    for delimiter in ("\t", ";", ","):
        rows = _even_rows(lines, delimiter)
        filled = [[cell.strip() for cell in row] for row in rows or () if any(cell.strip() for cell in row)]
        if not filled or sum(len(row) > 1 and all(row[:2]) and not any(row[2:]) for row in filled) < _MIN_COLUMNS:
            continue
        return "\n".join(_sheet_lines(rows)) + "\n"
    return None


def _even_rows(lines: list[str], delimiter: str) -> list[list[str]] | None:
    """The rows of ``lines`` split at ``delimiter``, or None as soon as a filled row is of one cell or not as
    wide as the first: prose is given up on at its first lines, not read to its end."""
    rows: list[list[str]] = []
    width = 0
    try:
        for row in csv.reader(lines, delimiter=delimiter):
            if any(cell.strip() for cell in row):
                width = width or len(row)
                if len(row) != width or width < 2:
                    return None
            rows.append(row)
    except csv.Error:
        return None
    return rows


def _sheet_lines(rows: list[list[str]]):
    numbered = False  # a table's first column numbering its rows ("#", "No."): no part of them
    for row in rows:
        cells = [cell.strip() for cell in row if cell.strip()]
        if len(cells) > 2:
            numbered = numbered or bool(_ROW_NUMBER.fullmatch(cells[0]))
            cells = cells[1:] if numbered else cells
        yield "" if not cells else f"{cells[0]}: {cells[1]}" if len(cells) == 2 else " | ".join(cells)


_ROW_NUMBER = re.compile(r"#|n[o°]\.?|num(?:ber|[ée]ro)?")


def _words(name: str) -> str:
    """A column's name as a label's words: an HR system's abbreviations spelled out (``OM_BUDGET``: ``O&M
    BUDGET``, ``TOT_BUDGET``: ``Total BUDGET``), the first letter a capital (a line opening in lower case
    would be read as going on from the line above)."""
    words = " ".join(_ABBREVIATIONS.get(word.lower(), word) for word in re.split(r"[_ ]+", name.strip()))
    return words[:1].upper() + words[1:]


_ABBREVIATIONS = {"om": "O&M", "tot": "Total", "sal": "Salary"}


def _coded_beside_words(name: str, names: list[str]) -> bool:
    """A column of codes beside the column of their words (``LOCATION`` beside ``LOCATION_DESCR``)."""
    return any(f"{name.strip().lower()}{joint}{words}" in names for joint in ("_", " ") for words in _DESCRIBED)


_DESCRIBED = ("descr", "desc", "description", "name")


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
    count = column["count"]
    return _related(words, [described(row) for row in rows[1:] if row[kind].strip().upper() in _SUPERIOR],
                    [(*described(row)[:2], row[count].strip() if count is not None else "")
                     for row in rows[1:] if row[kind].strip().upper() not in _SUPERIOR])


def _related(words: tuple[str, ...], superiors: list[tuple[str, str, str]], reports: list[tuple[str, str, str]]) -> str:
    """The lines a form gives a position's supervisors (title, level, number: ``Reports to: X (EX-02),
    position 400510``) and direct reports (title, level, FTEs: a list under its heading)."""
    out = [f"{words[0]}: {title}" + (f" ({level})" if level else "") + (f", {words[1]} {number}" if number else "")
           for title, level, number in superiors]
    if reports:
        out.append(f"{words[2]}:")
    for title, level, count in reports:
        details = ", ".join(part for part in (level, f"{count} {words[3]}" if count else "") if part)
        out.append(f"- {title}" + (f" ({details})" if details else ""))
    return "\n".join(out) + "\n" if out else ""


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
_RECORD_TYPE = re.compile(r"rec(?:ord)?[_ ]?type|type[_ ]?enr(?:eg(?:istrement)?)?|type|role|relationship|lien")
_OWN = frozenset(("POS", "POSITION", "POSTE", "P", "POSN", "SELF"))
_SUPERIOR = frozenset(("SUP", "SUPERVISOR", "SUPERVISEUR", "S", "SUPV"))
_RELATED = _SUPERIOR | frozenset(("SUB", "SUBORDINATE", "SUBORDONNE", "R", "REPORT", "RPTS", "RPT", "DIRECT REPORT",
                                  "SUBORDONNE DIRECT", "SUBORDONNÉ", "SUBORDONNÉ DIRECT"))
_ROLES = {"number": re.compile(r"^(?:pos(?:ition)?|posn|no)[_ ]?(?:no|nbr|num(?:ber)?|poste)$|^poste[_ ]?no$"),
          "title": re.compile(r"^(?:(?:pos(?:ition)?|posn)[_ ])?(?:title|titre)(?:[_ ](?:e|en|eng|a|ang))?$"
                              r"|^(?:(?:pos(?:ition)?|posn)[_ ])?descr$"),
          "group": re.compile(r"gr(?:ou)?pe?$|grp$"),
          "level": re.compile(r"niveau$|lvl$|level$|^grade$|^class(?:ification)?$"),
          "count": re.compile(r"fte|etp")}
"""Which column of a hierarchy's rows holds each report's number, English title, group, level and FTEs."""


def _sap_position(text: str) -> str | None:
    """An SAP position's display or extract (``Object  S 50041251 ... Validity 12.02.2018 - 31.12.9999``,
    ``Object ID  50044036`` / ``Validity period ...``; its infotypes' lines; its ``Reports (line) to`` and
    ``Is line supervisor of`` relationships): its values as labelled lines, its relationships as the
    supervisor's line and the reports' list, the rest as it is but the display's own lines and the other
    relationships (the holder: a person; the unit, the job)."""
    lines = text.split("\n")
    start = next((at for at, line in enumerate(lines) if _SAP_OBJECT.match(line)), None)
    if start is None or not any(map(_SAP_RELATION.match, lines)):
        return None
    long_name = next((named["title"] for named in map(_SAP_LONG_NAME.match, lines) if named), None)
    fields, superiors, reports, rest, jobs = [], [], [], [], []
    for line in lines[start:]:
        value = next(((label, found) for label, pattern in _SAP_VALUES if (found := pattern.match(line))), None)
        related = _SAP_RELATION.match(line)
        if value:
            label, found = value
            fields.append(f"{label}: {long_name or found['title']}" if label == "Title" else f"{label}: {found[1]}")
            validity = _SAP_VALIDITY.search(line)
            fields += [f"Effective date: {validity[1]}"] if validity and label == "Position number" else []
        elif related:
            named = _SAP_NAMED.fullmatch(related["named"])
            title, level = (named["title"], named["level"] or "") if named else (related["named"].strip(), "")
            jobs += [related["number"]] if related["type"] == "C" else []  # "Is described by  C  300718": the job
            if related["type"] != "S":
                continue  # the holder (a person), the unit
            if _SAP_SUPERIOR.search(related["relation"]):
                superiors.append((title, level, related["number"]))
            else:
                reports.append((title, level, ""))
        elif not (_SAP_OWN_LINE.match(line) or _SAP_LONG_NAME.match(line)):
            rest.append(line)
    if not any(line.startswith("Job code:") for line in fields):
        fields += [f"Job code: {job}" for job in jobs[:1]]
    if not any(line.startswith("Effective date:") for line in fields):
        fields += [f"Effective date: {found[1]}" for found in map(_SAP_VALIDITY.search, lines[start:]) if found][:1]
    return "\n".join(fields) + "\n" + _related(_ENGLISH, superiors, reports) + "\n".join(rest)


_SAP_DATE = r"([0-9OoIlSBb]{1,2}\.[0-9OoIlSBb]{1,2}\.[0-9OoIlSBb]{4})"
_SAP_OBJECT = re.compile(r"Object[ \t]+(?:S|ID)[ \t]+([0-9OoIlSBb]{5,8})\b")
_SAP_VALIDITY = re.compile(rf"Validity(?:[ \t]+period)?[ \t]+{_SAP_DATE}|Valid[ \t]+from[ \t]+{_SAP_DATE}")
_SAP_VALUES = (("Position number", _SAP_OBJECT),
               ("Title", re.compile(r"(?:Object[ \t]+)?Name[ \t]{2,}(?P<title>\S.*)", re.IGNORECASE)),
               ("Job code", re.compile(r"Job[ \t]*code(?:[ \t]*\([^)]*\))?[ \t]+(\S+)")),
               ("Classification", re.compile(r"Pay[ \t]*scale.*?group[ \t]*([A-Z]{2}[-0-9OI ]*[0-9OI])", re.IGNORECASE)),
               ("Location", re.compile(r"Pers(?:\.|onnel)?[ \t]*area(?:.*?Sub-?area)?[ \t]+\S+[ \t]+(\S.*)")),
               ("Salary", re.compile(r"[ \t]*Salary[ \t]+(\S+)")),
               ("O&M", re.compile(r"[ \t]*Non-?salary(?:[ \t]+O&M)?[ \t]+(\S+)")),
               ("Total", re.compile(r"[ \t]*Total[ \t]+(\S+)")),
               ("FTEs", re.compile(r"[ \t]*Planned[ \t]+FTE[^0-9]*[ \t]([0-9]+)")))
"""An SAP display's fields: the position's object, its name (its long name when the description gives one: a
name is cut to forty characters), job code, pay scale's group, personnel (sub-)area's place, planned
compensation and FTEs; the object's validity or, without it, its compensation's, is the effective date."""
_SAP_RELATION = re.compile(r"[ \t]*[AB][ \t]+[0-9OoIl]{3}[ \t]+(?P<relation>\S.*?)[ \t]+(?P<type>[A-Z]{1,2})[ \t]+"
                           r"(?P<number>[0-9OoIlSBb]{5,8})[ \t]+(?P<named>\S.*)")
_SAP_SUPERIOR = re.compile(r"(?i)reports")
_SAP_NAMED = re.compile(r"(?:[^a-z\s]+[ \t]+)*?(?P<title>[A-Z][^A-Z\s].*?)(?:[ \t]*\[(?P<level>[^\]]+)\])?[ \t]*")
"""A related position's abbreviation in capitals, then its title (``DG OCF   Director General, Office of
Clean Fuels``) and its level (``[EC07]``)."""
_SAP_OWN_LINE = re.compile(r"[ \t]*(?:Plan(?:ning)?[ \t]*var|Plan version|Object[ \t]+(?:type|abbr)|Abbreviation|"
                           r"Org\.?[ \t]*unit|Job[ \t]|Cost[ \t]*cent|Pay[ \t]*scale|Valid(?:ity)?[ \t]|Infotype|"
                           r"Rel\.[ \t]|Relationships|Planned compensation|Description[ \t]*\(|End[ \t]*of|"
                           r"Company code|Display Object|SAP\b|[-=]{10,})", re.IGNORECASE)
"""An SAP display's own lines: its header, its objects' codes, its infotypes' headings, its rules."""
_SAP_LONG_NAME = re.compile(r"Long[ \t]*name[ \t]*:[ \t]*(?P<title>\S.*)")


def _header(cells: list[str]) -> bool:
    return len(cells) >= _MIN_COLUMNS and all(0 < len(c.strip()) <= 40 and not re.search(r"[0-9]{3}", c)
                                              for c in cells)


def _long(value: str) -> bool:
    return "\n" in value.strip() or len(value) > 200


def _coded_columns(text: str) -> str:
    """A line of field codes over a line of values, each value under its code's column
    (``POSN_NBR  EFFDT`` / ``34051     01-APR-2023``); a code and its value on one line
    (``REPORTS_TO_GRADE  EX-02``)."""
    if not _JOINED_CODE.search(text):
        return text  # no code joined by an underscore: nothing to read
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
_JOINED_CODE = re.compile(r"[A-Z0-9]_")
_CODE_AND_VALUE = re.compile(r"^([A-Z][A-Z0-9]*_[A-Z0-9_]+)[ \t]{2,}(?=[^\s:])")
