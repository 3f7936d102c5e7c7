"""A position as a spreadsheet or an HR system exports it to text: one row of a comma-, tab- or
semicolon-separated file under its header (the description in a cell), or a report whose rows of
field codes (``POSN_NBR  EFFDT  JOBCODE``) stand over their values' columns. Made ``Label: value``
lines, the description's text after them, as the rest of the importer reads a form."""

from __future__ import annotations

import csv
import json
import re
from xml.etree import ElementTree

from . import repair
from .vocabulary import fold, guess_heading, report_header


class Listing(ValueError):
    """An export of many positions' rows: no one position's work description."""


def plain(text: str) -> str:
    """``text`` with an exported row or a report's coded columns as labelled lines; any other
    text as it is. Raises ``Listing`` for many rows."""
    text = _AS_TEXT.sub(r"\1\2", text) if '="' in text else text
    return _structured(text) or _delimited_row(text) or _key_values(text) or _sheet(text) or _printed_sheet(text) \
        or _sap_position(text) or _aligned_hierarchy(text) or _coded_columns(text)


_AS_TEXT = re.compile(r'(?:(?<=^)|(?<=[,;\t]))(?:"=""([^"\n]*)"""|="([^"\n]*)")(?=[,;\t\r\n]|$)', re.MULTILINE)
"""A spreadsheet's cell written as a formula to keep its leading zeros (``="02044"``, its quotes doubled in a
quoted cell): its value."""


def _structured(text: str) -> str | None:
    """An HR system's export of one position as JSON or XML (saved as text): its fields as ``Label: value`` lines,
    its supervisor's object a ``Reports to`` line, its list of direct reports listed under their heading; None for
    any other text."""
    position = _json_position(text) or _xml_position(text)
    return None if position is None else _position_text(position)


def _json_position(text: str) -> dict | None:
    """The position a JSON export holds (``{"position": {...}}``, ``{"poste": {...}}`` or the object itself)."""
    body = text.lstrip("\ufeff \t\r\n")
    if not body.startswith("{"):
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    inner = [value for value in data.values() if isinstance(value, dict)]
    return inner[0] if len(data) == 1 and inner else data


def _xml_position(text: str) -> dict | None:
    """The position an XML export holds, as nested dictionaries: an element's children by their names, its
    attributes beside them, its text under ``descr`` when it has children or attributes (``<Report posn="23378"
    grade="AS02" fte="15">Administrative Assistant</Report>``); repeated children a list."""
    body = text.lstrip("\ufeff \t\r\n")
    if not body.startswith("<") or "<!DOCTYPE" in body or "<!ENTITY" in body:  # no entity expanded (a billion laughs)
        return None
    try:
        root = ElementTree.fromstring(body.encode("utf-8"))
    except ElementTree.ParseError:
        return None
    data = _element(root)
    while isinstance(data, dict) and len(inner := [value for value in data.values() if isinstance(value, dict)]) == 1 \
            and not any(_snake(key) in _TITLE_KEYS for key in data):
        data = inner[0]  # <PositionExport generated="..."><Position>...: the position's element
    return data if isinstance(data, dict) else None


def _element(element) -> dict | str:
    children = list(element)
    if not children and set(element.attrib) <= _UNIT_ATTRIBUTES:  # <Salary currency="CAD">11539000</Salary>
        return (element.text or "").strip()
    out: dict = {key: value for key, value in element.attrib.items() if key != "lang"}
    for child in children:
        name = child.tag.rsplit("}", 1)[-1]
        value = _element(child)
        if name in out:
            out[name] = (out[name] if isinstance(out[name], list) else [out[name]]) + [value]
        else:
            out[name] = value
    if (element.text or "").strip():
        out["descr"] = element.text.strip()
    if len(children) >= 2 and len({child.tag for child in children}) == 1:  # <DirectReports><Report/><Report/>
        return {"items": next(iter(out.values()))} if len(out) == 1 else out
    return out


def _position_text(position: dict) -> str:
    """A position's object as a form's lines: each field's words and value, a nested object's fields under its
    own words (``location.descr``: ``Location``), its supervisor's a ``Reports to`` line, its direct reports'
    list; people's names and empty values left out."""
    lines: list[str] = []
    superiors: list[tuple[str, str, str]] = []
    reports: list[tuple[str, str, str]] = []
    french = any(_FRENCH_KEY.search(_snake(key)) for key in position)
    names = [_snake(key) for key in position]
    for key, value in position.items():
        name = _snake(key)
        if f"{name}long" in names or f"{name}_long" in names:  # a title cut to its column beside the whole
            continue
        if _SUPERIOR_KEY.fullmatch(name) and isinstance(value, dict):
            superiors.append(_described_item(value)[:3])
        elif _REPORTS_KEY.fullmatch(name) and isinstance(value, (list, dict)):
            items = value.get("items", [value]) if isinstance(value, dict) else value
            reports += [_described_item(item, counted=True) for item in items if isinstance(item, dict)]
        elif isinstance(value, dict):
            lines += [f"{_words(_snake(key if _snake(inner) in _DESCRIBED else inner))}: {_scalar(inner_value)}"
                      for inner, inner_value in value.items() if _field(inner, inner_value)]
        elif _field(key, value):
            lines.append(f"{_words(_snake(key))}: {_scalar(value)}")
    counts = _unit_counts([count for _, _, count in reports])
    reports = [(title, level, count) for (title, level, _), count in zip(reports, counts)]
    return "\n".join(lines) + "\n" + _related(_FRENCH if french else _ENGLISH, superiors, reports)


def _unit_counts(counts: list[str]) -> list[str]:
    """The reports' FTEs, none when each is 1.0 (the positions' own FTEs, no unit's)."""
    return [""] * len(counts) if all(_ONE_FTE.fullmatch(count) for count in counts) else counts


def _described_item(item: dict, *, counted: bool = False) -> tuple[str, str, str]:
    """A supervisor's or a report's object: its title, level and number (a report's: its title, level and FTEs)."""
    cell = {_snake(key): _scalar(value) for key, value in item.items()
            if not isinstance(value, (dict, list)) and value not in (None, "")}

    def first(role: str) -> str:
        return next((value for key, value in cell.items() if _ROLES[role].search(key) and value), "")
    title = first("title") or cell.get("descr", "")
    level = first("code") or "-".join(part for part in (first("group"), first("level")) if part)
    return title, level, first("count") if counted else first("number")


def _field(key: str, value: object) -> bool:
    """A value a form's line holds: words or a figure, not a code beside its words, nor a person's name."""
    name = _snake(key)
    return not isinstance(value, (dict, list)) and value not in (None, "") and not _person_column(name, [name]) \
        and not _CODE_KEY.fullmatch(name) and not _own_fte(name, _scalar(value))


def _snake(key: str) -> str:
    """A key's words, lower case and set apart by underscores (``posnNbr``: ``posn_nbr``, ``FTEAuth``: ``fte_auth``,
    ``OandM``: ``om``)."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", key).replace("-", "_").lower()
    return re.sub(r"(?<![a-z])o_?and_?m(?![a-z])", "om", name)  # "OandM", "oAndM": O&M


def _scalar(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return text[:-3] if re.fullmatch(r"[0-9]+\.00", text) else re.sub(r"T00:00:00$", "", text)


_UNIT_ATTRIBUTES = {"lang", "currency", "unit", "type"}
"""An element's attributes that say how its value is written, not what it is."""
_TITLE_KEYS = ("descr", "descr_long", "title", "titre", "posn_nbr", "no_poste")
"""A position's own keys: the object holding them is the position, whatever wraps it."""
_SUPERIOR_KEY = re.compile(r"reports_to|releve_de|supervisor|superviseur|sup[ée]rieur(?:_imm[ée]diat)?|manager")
_REPORTS_KEY = re.compile(r"direct_reports|reports|subalternes|subordinates|subordonn[ée]s|direct_rpts?")
_CODE_KEY = re.compile(r"(?:loc|location|lieu)?_?(?:cd|code)|currency(?:_cd)?|fiscal_year|generated|version")
_FRENCH_KEY = re.compile(r"titre|poste|groupe|niveau|lieu|releve|ministere")


def _delimited_row(text: str) -> str | None:
    """One record under a header of field names (a line or two of the export's own words may stand
    above it): its fields, then its long cells (the description), then the text after it as it is; or
    one position's record with its supervisor's and its direct reports' (``_hierarchy``)."""
    lines = _unboxed(text.lstrip("\ufeff").splitlines(keepends=True))
    table = _first_table(lines)
    if table is None:
        return None
    header, count, end, hierarchy = table
    if hierarchy is None:
        raise Listing(f"a listing of {count} positions (a spreadsheet's rows), not one work description")
    record, related = hierarchy
    record, used = _looked_up(header, record, lines[end:])
    rest = "".join(line for at, line in enumerate(lines[end:]) if at not in used)
    return _record_text(header, record, related) + _listed_reports(rest)


def _listed_reports(text: str) -> str:
    """The text after an exported record with a table of its direct reports in it (``Direct Reports,Class,FTE``
    over their rows, as the record is delimited) listed under their heading, as ``_related`` writes them."""
    lines = text.splitlines(keepends=True)
    for at, line in enumerate(lines):
        delimiter = next((mark for mark in ("\t", ";", ",", "|") if mark in line), None)
        header = next(csv.reader([line], delimiter=delimiter)) if delimiter else []
        named = re.sub(r"\s+", "_", _snake(header[0].strip())) if header else ""
        columns = report_header(header) if len(header) >= 2 and _REPORTS_KEY.fullmatch(named.removesuffix("_directs")) \
            else None
        if columns is None:
            continue
        end = next((after for after in range(at + 1, len(lines)) if lines[after].count(delimiter) < len(header) - 1),
                   len(lines))
        cell = lambda row, role: row[columns[role]].strip() if role in columns else ""  # noqa: E731
        rows = list(csv.reader(lines[at + 1:end], delimiter=delimiter))
        words = _FRENCH if _FRENCH_KEY.search(named) or named.endswith("_directs") else _ENGLISH
        listed = _related(words, [], [(cell(row, "title"), cell(row, "code"), cell(row, "count")) for row in rows])
        return "".join(lines[:at]) + listed + "".join(lines[end:])
    return text


def _looked_up(header: list[str], record: list[str], after: list[str]) -> tuple[list[str], set[int]]:
    """The record with a code's words where a code table after it gives them (``# PS_LOCATION_TBL`` /
    ``LOCATION|DESCR`` / ``ON0417|Ottawa, ON``): the words, not the code; and which lines the tables took."""
    names = [name.strip().upper() for name in header]
    words: dict[tuple[int, str], str] = {}
    used: set[int] = set()
    column = None
    for at, line in enumerate(after):
        cells = [cell.strip() for cell in line.strip().split("|")]
        if len(cells) == 2 and cells[0].upper() in names and cells[1].upper() in _DESCRIPTIONS:
            column = names.index(cells[0].upper())  # a code table's header: "LOCATION|DESCR"
            used |= {at, at - 1} if at and after[at - 1].startswith("#") else {at}  # and its name above it
        elif len(cells) == 2 and column is not None:
            words[column, cells[0]] = cells[1]
            used.add(at)
        else:
            column = None
    return [words.get((at, value.strip()), value) for at, value in enumerate(record)], used


_DESCRIPTIONS = frozenset(("DESCR", "DESCRIPTION", "DESC", "NAME"))


def _record_text(header: list[str], record: list[str], related: str) -> str:
    """A record's fields as ``Label: value`` lines (not a column of codes beside their words, a person's
    name, the position's own FTE, its starred depth in a tree), its long cells (the description) after them,
    then its related rows'."""
    names = [name.strip().lower() for name in header]
    related = _numbered_reports(header, record) + related
    short = [f"{_words(name, value)}: {value.strip()}" for name, value in zip(header, record) if not _long(value)
             and value.strip() and not _NUMBERED_REPORT.fullmatch(name.strip())
             and not _beside_first(name.strip().lower(), names)
             and not (_coded_beside_words(name, names) and not _SUPERIOR_KEY.fullmatch(name.strip().lower()))
             and not _person_column(name, names) and not _own_fte(name, value)
             and not (_TREE_LEVEL.fullmatch(name.strip().lower()) and "*" in value)]  # "2 *": its depth in a tree
    long = [f"{name.strip()}\n{value.strip()}" if _section_named(name) else value.strip()  # under its column's name
            for name, value in zip(header, record) if _long(value)]  # when that names a section
    described = "\n".join(short + long)
    return f"{described}\n{related}"


def _section_named(name: str) -> bool:
    """A column named as a description's section is (``General Accountability``, ``Subordonnés directs``)."""
    return guess_heading(fold(name)) is not None or _REPORTS_KEY.fullmatch(_snake(name.strip())) is not None


def _numbered_reports(header: list[str], record: list[str]) -> str:
    """A wide export's direct reports, a numbered group of columns each (``DR1 Position``, ``DR1 Group-Level``,
    ``DR1 FTE``, ``DR2 Position``, ...; the unused ones blank), listed under their heading."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for name, value in zip(header, record):
        numbered = _NUMBERED_REPORT.fullmatch(name.strip())
        if numbered:
            groups.setdefault(numbered["n"], []).append((numbered["field"], value.strip()))
    reports = []
    for fields in groups.values():
        columns = report_header([field for field, _ in fields])
        if columns is not None and "title" in columns and fields[columns["title"]][1]:
            reports.append(tuple(fields[columns[role]][1] if role in columns else ""
                                 for role in ("title", "code", "count")))
    french = _FRENCH_KEY.search(" ".join(header).lower()) is not None
    return _related(_FRENCH if french else _ENGLISH, [], reports)


_NUMBERED_REPORT = re.compile(r"(?i:dr|sd|rpt|direct[ _]?reports?|subordinates?|subordonn[ée]s?(?:[ _]directs?)?)"
                              r"[ _.#-]?(?P<n>[0-9]{1,2})[ _.:-]+(?P<field>\S.*)")
"""A column of a numbered direct report's (``DR1 Position``, ``SD2 Titre``, ``Direct Report 3 - FTE``)."""


def _aligned_hierarchy(text: str) -> str | None:
    """A report or a chart tool's data printed in columns of spaces near the text's top, a position's row
    among its supervisor's and its reports' (PeopleSoft's ``Position Reporting Relationships``: ``Lvl
    Position  Description ...``, the selected position's level starred; Visio's shape data, a ``Reports To``
    column): written as ``_delimited_row`` writes one (the report's own heading above it left out: its
    name, its date), the lines after the table as they are; None for any other text."""
    lines = text.split("\n")
    for at, line in enumerate(lines[:_ALIGNED_TOP]):
        header = [found[0] for found in _ALIGNED_CELL.finditer(line)]
        names = [name.lower() for name in header]
        if len(header) < _MIN_COLUMNS or not _header(header) or not (
                _TREE_LEVEL.fullmatch(names[0]) or any(map(_REPORTS_TO.fullmatch, names))):
            continue
        starts = [found.start() for found in _ALIGNED_CELL.finditer(line)]
        first = at + 2 if at + 1 < len(lines) and _RULE.fullmatch(lines[at + 1]) else at + 1
        end = next((n for n in range(first, len(lines)) if not lines[n].strip() or _RULE.fullmatch(lines[n])),
                   len(lines))
        rows = [[row[a:b].strip() for a, b in zip(starts, starts[1:] + [len(row)])] for row in lines[first:end]]
        hierarchy = _hierarchy(header, rows) if len(rows) >= 2 else None
        if hierarchy:
            return _record_text(header, *hierarchy) + "\n".join(lines[end:])
    return None


_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
"""A column's name in a header printed in columns: words a single space apart."""
_ALIGNED_TOP = 12
"""Lines of a report's own heading (its name, its date, the selected position) above its table's header."""
_TREE_LEVEL = re.compile(r"lvl|level|niv(?:eau)?|tree level")
"""A column of each row's depth in a reporting tree (``1``, ``2 *``, ``3``)."""


def _person_column(name: str, names: list[str]) -> bool:
    """A column of people's names (``Incumbent``, ``Employee name``; ``Name`` beside a title's column):
    no position's field, and personal information."""
    name = name.strip().lower()
    return bool(_PERSON.fullmatch(name)) or name in ("name", "nom") and any(_ROLES["title"].search(n) for n in names)


_PERSON = re.compile(r"(?:incumbent|employee|emp|holder|occupant|titulaire|employ[ée]e?)(?:[_ ](?:name|nom|id))?|"
                     r"emplid|(?:employee|incumbent)[_ ]?name|nom[_ ]du[_ ]titulaire")


def _own_fte(name: str, value: str) -> bool:
    """An HR system's ``FTE`` of ``1.000000``: the position's own, not its organization's."""
    return name.strip().lower() in ("fte", "etp") and bool(_ONE_FTE.fullmatch(value))


_ONE_FTE = re.compile(r"\s*[01](?:[.,]0+)?\s*")


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
    Group & level | FTEs``: direct reports), a row of one cell a heading (a sheet's title, a table's)."""
    lines = text.lstrip("\ufeff").splitlines(keepends=True)  # a quoted cell's own lines kept apart
    for delimiter in ("\t", ";", ","):
        rows = _even_rows(lines, delimiter)
        filled = [[cell.strip() for cell in row] for row in rows or () if any(cell.strip() for cell in row)]
        if not filled or sum(len(row) > 1 and all(row[:2]) and not any(row[2:]) for row in filled) < _MIN_COLUMNS:
            continue
        return "\n".join(_sheet_lines(rows)) + "\n"
    return None


def _printed_sheet(text: str) -> str | None:
    """A spreadsheet printed with its cells' borders (``+------+------+`` over ``| Field | Code | Value |``), a
    page's heading and number between its boxes: read as ``_sheet`` reads one saved as text, a cell spanning the
    row a heading (the columns it names in brackets a table's header: ``DIRECT REPORTS (title | class | FTE)``).
    None when most lines are not the sheet's."""
    lines = [line.rstrip() for line in text.lstrip("\ufeff").splitlines() if line.strip()]
    borders = sum(bool(_BOX_BORDER.fullmatch(line.strip())) for line in lines)
    bordered = sum(line.lstrip().startswith("|") for line in lines)
    if borders < _MIN_PRINTED_ROWS or 2 * (borders + bordered) < len(lines) \
            or not any(_FIELD_CODE_VALUE.fullmatch(_fields_named(line)) for line in lines[:_PREAMBLE + 3]):
        return None  # a Markdown table has no borders of "+" and "-", a description's grid table no field's code
    rows: list[list[str]] = []
    joints: list[int] = []  # where the border above puts the columns' edges
    coded = False  # under a "Field | Code | Value" header, up to a table's own: the middle cell a field's code
    width = 0  # under a table's own header: its rows' blank cells kept, a dash each
    for line in lines:
        if _BOX_BORDER.fullmatch(line.strip()):
            joints = [at for at, char in enumerate(line) if char == "+"]
            continue
        if not (line.lstrip().startswith("|") and joints):
            rows.append([line.strip()])
            continue
        edges = [joints[0], *(at for at in joints[1:-1] if line[at:at + 1] == "|"), len(line)]
        cells = [line[start + 1:end].strip(" |") for start, end in zip(edges, edges[1:])]
        columns = _NAMED_COLUMNS.fullmatch(cells[0]) if len(cells) == 1 else None
        if columns:
            rows += [[columns[1]], [name.strip() for name in columns[2].split("|")]]
            coded, width = False, len(rows[-1])
        elif _FIELD_CODE_VALUE.fullmatch(_fields_named(line)):
            coded = True
        elif len(cells) == 3 and (coded or _FIELD_CODE.fullmatch(cells[1])):
            rows.append(cells[::2])
        else:
            rows.append([cell or "-" for cell in cells] if len(cells) == width and cells[0]
                        and not _SIGNED.match(cells[0]) else cells)
    return "\n".join(_sheet_lines(rows)) + "\n"


def _fields_named(line: str) -> str:
    """A sheet's row as its header's words in the first language (``| Field / Champ | Code / Code | ...``:
    ``field code ...``)."""
    return " ".join(cell.split(" / ")[0].strip() for cell in line.strip().strip("|").split("|")).lower()


_MIN_PRINTED_ROWS = 6
_NAMED_COLUMNS = re.compile(r"([^()|]+?)[ \t]*\(([^()]*\|[^()]*)\)(?:[ \t]*/[ \t]*[^()|]+\([^()]*\))?")
"""A heading naming the columns of the table under it in brackets (in one language, or two a slash apart: the
first's)."""
_FIELD_CODE_VALUE = re.compile(r"(?:field|champ) code (?:value|valeur)")
"""A sheet's header over its fields, their codes in the HR system and their values (a code under a table's own
header is one only when it is written as a field's code is: ``EMPLID``, ``POSN_NBR``)."""


def _even_rows(lines: list[str], delimiter: str) -> list[list[str]] | None:
    """The rows of ``lines`` split at ``delimiter``, or None as soon as a filled row is neither as wide as
    the widest nor of one cell (a heading), or when most are of one cell: prose is given up on at its first
    lines, not read to its end."""
    rows: list[list[str]] = []
    width = headings = 0
    try:
        for row in csv.reader(lines, delimiter=delimiter):
            if any(cell.strip() for cell in row):
                if len(row) == 1:
                    headings += 1
                elif width and len(row) != width:
                    return None
                width = width or (len(row) if len(row) > 1 else 0)
                if 2 * headings > len(rows) + 2:
                    return None
            rows.append(row)
    except csv.Error:
        return None
    return rows if width and 2 * headings <= sum(len(row) > 1 for row in rows) else None


def _sheet_lines(rows: list[list[str]]):
    numbered = False  # a table's first column numbering its rows ("#", "No."): no part of them
    noted = False  # under a "Field | Value | Notes" header, up to the next heading: a cell after the value a note
    tabled = 0  # under a table's header beside its label ("Direct Reports | Title | Level | FTEs"): its width
    for row in rows:
        if tabled and not row[0].strip() and any(cell.strip() for cell in row[1:]):
            yield " | ".join(cell.strip() for cell in row[1:tabled])  # a row under it, its blank cells kept
            continue
        named = [cell.strip() for cell in row]
        tabled = len(named) - next(at for at, cell in enumerate(reversed(named)) if cell) \
            if len(named) > 3 and named[0] and named[2] and report_header(named[1:]) is not None else 0
        if tabled:
            yield named[0]
            yield " | ".join(named[1:tabled])
            continue
        cells = [cell.strip() for cell in row if cell.strip()]
        if len(cells) == 1 or not cells:
            noted = False
        elif _FIELD_VALUE.fullmatch(" ".join(cells[:2]).lower()):
            noted = True
            continue
        elif noted or _SIGNED.match(cells[0]):
            cells = [cell.strip() for cell in row[:2] if cell.strip()]
        if len(cells) > 2:
            numbered = numbered or bool(_ROW_NUMBER.fullmatch(cells[0]))
            cells = cells[1:] if numbered else cells
        yield "" if not cells else f"{cells[0]}: {cells[1]}" if len(cells) == 2 else " | ".join(cells)


_FIELD_VALUE = re.compile(r"(?:field|item|data|champ|élément|donnée) (?:value|valeur)")
"""A sheet's header over its fields and values (and notes beside them)."""
_SIGNED = re.compile(r"(?i)(?:prepared|updated|approved|reviewed|completed|préparée?|approuvée?|révisée?) (?:by|par)\b")
"""A row saying who made the sheet (``Prepared by | X | 2023-09-18``): a label, a name, a date."""


_ROW_NUMBER = re.compile(r"#|n[o°]\.?|num(?:ber|[ée]ro)?")


def _words(name: str, value: str = "") -> str:
    """A column's name as a label's words: an HR system's abbreviations spelled out (``OM_BUDGET``: ``O&M
    BUDGET``, ``TOT_BUDGET``: ``Total BUDGET``), the first letter a capital (a line opening in lower case
    would be read as going on from the line above); ``REPORTS_TO`` holding a number the supervisor's position's."""
    if _SUPERIOR_KEY.fullmatch(name.strip().lower()) and re.fullmatch(r"[0-9]{3,10}", value.strip()):
        return "Supervisor's position number"
    if name.strip().lower() in _NAMED:
        return _NAMED[name.strip().lower()]
    words = " ".join(_ABBREVIATIONS.get(word.lower(), word) for word in re.split(r"[_ ]+", name.strip()))
    return words[:1].upper() + words[1:]


_ABBREVIATIONS = {"om": "O&M", "tot": "Total", "sal": "Salary", "posn": "Position", "nbr": "Number",
                  "rpts": "Reports", "cd": "Code", "dt": "Date", "eff": "Effective", "loc": "Location"}
_NAMED = {"sal_admin_plan": "Group", "plan": "Group", "grd": "Level", "descrlong": "Title", "descr_long": "Title",
          "long descr": "Title", "org fte": "FTEs", "fte (org)": "FTEs"}
"""HR systems' names a label's words do not say: a salary plan's code is the position's group, a long
description its whole title, the FTEs of the position's organization its FTEs."""


def _coded_beside_words(name: str, names: list[str]) -> bool:
    """A column of codes beside the column of their words (``LOCATION`` beside ``LOCATION_DESCR``, ``LIEU_CD``
    beside ``LIEU``), a title cut to its column's width beside the whole (``DESCR`` beside ``DESCRLONG``)."""
    name = name.strip().lower()
    return f"{name}long" in names or f"long {name}" in names or _CODE_SUFFIX.sub("", name) in set(names) - {name} \
        or any(f"{name}{joint}{words}" in names for joint in ("_", " ") for words in _DESCRIBED)


_DESCRIBED = ("descr", "desc", "description", "name")
_CODE_SUFFIX = re.compile(r"[_ ](?:cd|code)$")
"""``LIEU_CD`` beside ``LIEU``: the code of the words beside it."""


def _first_table(lines: list[str]) -> tuple[list[str], int, int, tuple[list[str], str] | None] | None:
    """The first header of field names on one of the first lines, tab-, semicolon-, comma- or
    bar-separated, with a record under it: header, how many records (the rows as wide after it too), the line
    after them, and the record with its related rows' lines (``_hierarchy``; None for a listing)."""
    for top in range(min(len(lines), _PREAMBLE + 1)):
        for delimiter in ("\t", ";", ",", "|"):
            table = _table(lines[top:], delimiter)
            if not table:
                continue
            header, record, rows, end = table
            asked = all(_FIELD_CODE.fullmatch(cell.strip()) for cell in header) or not (top or delimiter == "|")
            if not (asked or delimiter == "\t" and rows):
                continue
            current = _in_effect(header, [record, *rows], "".join(lines[:top])) if rows else record
            hierarchy = (current, "") if current else _hierarchy(header, [record, *rows])
            if asked or hierarchy:  # a chart tool's rows, tab-separated under its heading
                return header, len(rows) + 1, top + end, hierarchy
    return None


def _in_effect(header: list[str], rows: list[list[str]], head: str) -> list[str] | None:
    """One position's effective-dated rows (an HR system's history: ``POSITION_NBR``, ``EFFDT``): the row in
    effect when the extract was run (the latest not after the run date its heading gives, else the latest), or
    None for rows of several positions or rows undated."""
    names = [name.strip().lower() for name in header]
    dated = next((at for at, name in enumerate(names) if _EFFECTIVE.fullmatch(name)), None)
    if dated is None or _positions(header, rows) != 1:
        return None
    dates = [repair.date(row[dated].strip()) for row in rows]
    if None in dates:
        return None
    run = _RUN_DATE.search(head) or _HEADING_DATE.search(head)
    ran = repair.date(run[1]) if run else None
    current = [(date[0], at) for at, date in enumerate(dates) if ran is None or date[0] <= ran[0]]
    return rows[max(current)[1]] if current else None


def _positions(header: list[str], rows: list[list[str]]) -> int | None:
    """How many positions' numbers the rows hold (None without a column of position numbers)."""
    number = next((at for at, name in enumerate(header) if _ROLES["number"].search(name.strip().lower())), None)
    return None if number is None else len({row[number].strip() for row in rows})


_EFFECTIVE = re.compile(r"effdt|eff(?:ective)?[_ ]?(?:date|dt)|date[_ ]eff(?:ective)?")
_RUN_DATE = re.compile(r"(?i)\b(?:run(?:[_ ]date)?|as of|printed|ex[ée]cut[ée] le)[ \t:=]+([0-9][0-9A-Za-z/-]{5,10})")
_HEADING_DATE = re.compile(r"\b([0-9]{4}-[0-9]{2}-[0-9]{2})[ \t]*$", re.MULTILINE)
"""An extract's heading's date it was run (``run 2024-02-12``, ``POSITION EXTRACT -- 00052251 -- 2024-02-12``): a
row dated after it is not in effect yet."""


def _key_values(text: str) -> str | None:
    """An HR system's dump of ``FIELD=value`` (or ``FIELD: value``) lines, one block a row (``[ROW 2/3]``): the
    row in effect of one position's rows (``_in_effect``) as ``_delimited_row`` writes one, the text that is no
    field after it; None for any other text or for one row of ``FIELD: value`` lines (a form's, read as it stands).
    Raises ``Listing`` for ``FIELD=value`` rows of several positions."""
    rows: list[dict[str, str]] = []
    rest: list[str] = []
    for line in text.lstrip("\ufeff").splitlines():
        field = _KEY_VALUE.fullmatch(line.strip())
        if field:
            if not rows or field[1] in rows[-1]:  # a field again: the next row
                rows.append({})
            rows[-1][field[1]] = field[2].strip()
        elif line.strip() and rows and not _ROW_MARK.fullmatch(line.strip()):
            rest.append(line)
    fields = sum(len(row) for row in rows)
    if not rows or fields < _MIN_COLUMNS or fields < len(text.split("\n")) // 2 \
            or not any("_" in name for row in rows for name in row):
        return None
    related = _indexed_reports(rows)
    header = list(dict.fromkeys(name for row in rows for name in row if not _INDEXED.fullmatch(name)))
    table = [[row.get(name, "") for name in header] for row in rows]
    if len(table) > 1:
        record = _in_effect(header, table, text[:text.find("\n")])
        if record is None and "=" in text and (_positions(header, table) or 0) > 1:
            raise Listing(f"a listing of {len(table)} positions (an HR system's rows), not one work description")
    else:
        record = table[0] if "=" in text else None
    return None if record is None else _record_text(header, record, related) + "\n".join(rest) + "\n"


def _indexed_reports(rows: list[dict[str, str]]) -> str:
    """A dump's direct reports, a numbered group of fields each (``DIRECT_RPT.2.DESCR=Director, X``,
    ``DIRECT_RPT.2.GRADE=EX-01``, ``DIRECT_RPT.2.FTE=72``), listed under their heading; the first row's."""
    groups: dict[str, dict[str, str]] = {}
    for name, value in rows[0].items() if rows else ():
        indexed = _INDEXED.fullmatch(name)
        if indexed and _REPORTS_KEY.fullmatch(indexed["group"].lower()):
            groups.setdefault(indexed["n"], {})[indexed["field"].lower()] = value
    reports = [_described_item(fields, counted=True) for fields in groups.values()]
    return _related(_ENGLISH, [], [report for report in reports if report[0]])


_INDEXED = re.compile(r"(?P<group>[A-Z][A-Z_]*?)[._](?P<n>[0-9]{1,3})[._](?P<field>[A-Z0-9_]+)")


_ROW_MARK = re.compile(r"\[[^\[\]]{1,20}\]")
"""A dump's mark before a row (``[ROW 2/3]``)."""
_KEY_VALUE = re.compile(r"([A-Z][A-Z0-9]*(?:[_.][A-Z0-9]+)*)[ \t]*[=:][ \t]*(.*)")
"""An HR system's field code and its value (``EFFDT=20230401``, ``EFFDT: 01-APR-2021``)."""


def _table(lines: list[str], delimiter: str) -> tuple[list[str], list[str], list[list[str]], int] | None:
    """A header on the first of ``lines`` and a record under it, or None. Below other words, or set
    apart by bars as Markdown's tables are, the caller asks for a header of an HR system's field codes
    (or, tab-separated, a hierarchy's rows)."""
    if lines[0].count(delimiter) < _MIN_COLUMNS - 1:
        return None
    reader = csv.reader(iter(lines), delimiter=delimiter)
    try:
        header, record = next(reader), next(reader)
        after = reader.line_num
        rows = [row for row in reader if len(row) == len(header)]
    except (csv.Error, StopIteration):
        return None
    if not _header(header) or len(record) > len(header) or len(record) < _MIN_COLUMNS:
        return None
    return header, record, rows, after + len(rows)


def _hierarchy(header: list[str], rows: list[list[str]]) -> tuple[list[str], str] | None:
    """A position's record among its supervisor's and its direct reports' (an HR system's extract, a chart
    tool's data): its row, and the supervisor as a ``Reports to`` line and the reports listed under their
    heading. Which row is which each row says (``REC_TYPE``: ``POS``, ``SUP``, ``SUB``; a chart's ``Box
    Type``: ``Root``, ``Manager``, ``Subordinate``), or the rows' links do (``REPORTS_TO``: the row the
    others report to is the position's). Rows of anything else (a unit's positions): None."""
    names = [name.strip().lower() for name in header]
    tree = next((at for at, name in enumerate(names) if _TREE_LEVEL.fullmatch(name)
                 and sum("*" in row[at] for row in rows) == 1), None)  # "2 *": the selected position's depth
    column = {role: next((at for at, name in sorted(enumerate(names), key=lambda item: "long" not in item[1])
                          if pattern.search(name) and at != tree), None) for role, pattern in _ROLES.items()}
    if column["title"] is None:
        return None
    roles = _by_kind(names, rows) or _by_link(names, rows, column) or _by_level(rows, tree)
    if roles is None:
        return None
    own, superiors, reports = roles

    def described(row: list[str]) -> tuple[str, str, str]:
        cell = {role: row[at].strip() if at is not None else "" for role, at in column.items()}
        level = cell["code"] or "-".join(part for part in (cell["group"], cell["level"]) if part)
        return cell["title"], level, cell["number"] if re.search("[0-9]", cell["number"]) else ""  # not a title

    words = _FRENCH if any(_FRENCH_NAME.search(name) for name in names) else _ENGLISH  # the header's language
    counts = _unit_counts([rows[at][column["count"]].strip() if column["count"] is not None else "" for at in reports])
    return rows[own], _related(words, [described(rows[at]) for at in superiors],
                               [(*described(rows[at])[:2], figure) for at, figure in zip(reports, counts)])


def _by_kind(names: list[str], rows: list[list[str]]) -> tuple[int, list[int], list[int]] | None:
    """The position's row, its supervisors' and its reports' by a column saying which each row is."""
    kind = next((at for at, name in enumerate(names) if _RECORD_TYPE.fullmatch(name)), None)
    if kind is None:
        return None
    kinds = [re.sub(r"\s*\([^()]*\)", "", row[kind]).strip().upper() for row in rows]  # "Manager (off-chart)"
    own = [at for at, which in enumerate(kinds) if which in _OWN]
    if len(own) != 1 or any(which not in _RELATED for at, which in enumerate(kinds) if at != own[0]):
        return None
    related = [at for at in range(len(rows)) if at != own[0]]
    return own[0], [at for at in related if kinds[at] in _SUPERIOR], [at for at in related if kinds[at] not in _SUPERIOR]


def _by_link(names: list[str], rows: list[list[str]],
             column: dict[str, int | None]) -> tuple[int, list[int], list[int]] | None:
    """The position's row, its supervisor's and its reports' by each row's link to the row it reports to
    (a number, or a title): the position's is the one the others report to; every row must be it, its
    supervisor's or a report's."""
    link = next((at for at, name in enumerate(names) if _REPORTS_TO.fullmatch(name)), None)
    if link is None:
        return None
    by_number = column["number"] is not None and any(_number_key(row[link]) for row in rows)
    key = column["number"] if by_number else column["title"]

    def of(cell: str) -> str:
        return _number_key(cell) if by_number else " ".join(cell.lower().split())

    reporting = [sum(of(other[link]) == of(row[key]) != "" for other in rows) for row in rows]
    most = max(reporting)
    if most == 0 or reporting.count(most) != 1:
        return None
    own = reporting.index(most)
    superiors = [at for at, row in enumerate(rows) if at != own and of(row[key]) == of(rows[own][link]) != ""]
    reports = [at for at, row in enumerate(rows) if of(row[link]) == of(rows[own][key])]
    if len(superiors) + len(reports) + 1 != len(rows):
        return None
    return own, superiors, reports


def _by_level(rows: list[list[str]], tree: int | None) -> tuple[int, list[int], list[int]] | None:
    """The position's row (its depth starred), its supervisor's (the nearest row above it a level up) and
    its reports' (the rows under it a level down, before the next of its own depth)."""
    if tree is None:
        return None
    levels = [_depth(row[tree]) for row in rows]
    own = next(at for at, row in enumerate(rows) if "*" in row[tree])
    depth = levels[own]
    if depth is None or None in levels:
        return None
    superiors = [at for at in range(own - 1, -1, -1) if levels[at] == depth - 1][:1]
    after = next((at for at in range(own + 1, len(rows)) if levels[at] <= depth), len(rows))
    return own, superiors, [at for at in range(own + 1, after) if levels[at] == depth + 1]


def _depth(cell: str) -> int | None:
    digits = cell.replace("*", "").strip().translate(repair.DIGITS)
    return int(digits) if digits.isdigit() else None


def _number_key(cell: str) -> str:
    """A position's number as links compare it: its digits, without an HR system's padding zeros."""
    digits = cell.strip()
    return digits.lstrip("0") if re.fullmatch(r"[0-9]{3,10}", digits) else ""


def _related(words: tuple[str, ...], superiors: list[tuple[str, str, str]], reports: list[tuple[str, str, str]]) -> str:
    """The lines a form gives a position's supervisors (title, level, number: ``Reports to: X (EX-02),
    position 400510``) and direct reports (title, level, FTEs: a list under its heading)."""
    out = [f"{words[0]}: {title}" + (f" ({level})" if level else "") + (f", {words[1]} {number}" if number else "")
           if title else "\n".join(f"{label}: {value}" for label, value in zip(words[4:], (number, level)) if value)
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


def _beside_first(name: str, names: list[str]) -> bool:
    """A second column (``_SECOND_COLUMN``) beside the first: a French title alone (``DESCR_FRA``) is the title."""
    return bool(_SECOND_COLUMN.fullmatch(name)) and (
        not name.startswith(("title", "titre", "descr")) or any(_ROLES["title"].search(other) for other in names))


_ENGLISH = ("Reports to", "position", "Direct reports", "FTEs", "Supervisor's position number",
            "Supervisor's group and level")
_FRENCH = ("Relève de", "poste", "Postes relevant du titulaire", "ETP", "Numéro de poste du superviseur",
           "Groupe et niveau du superviseur")
_FRENCH_NAME = re.compile(r"type_enr|titre|poste|groupe|niveau")
"""The words the supervisor's and the reports' lines are written in: the header's language (its fields'
labels are read with them, one language)."""
_FIELD_CODE = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{2,}")
_PREAMBLE = 4
"""Lines of an export's own words that may stand above its header (``Exported: 2024-01-15``, a filter)."""
_RECORD_TYPE = re.compile(r"rec(?:ord)?[_ ]?type|type[_ ]?enr(?:eg(?:istrement)?)?|type|role|relationship|lien|"
                          r"box[_ ]?type")
_OWN = frozenset(("POS", "POSITION", "POSTE", "P", "POSN", "SELF", "ROOT"))
_SUPERIOR = frozenset(("SUP", "SUPERVISOR", "SUPERVISEUR", "S", "SUPV", "MANAGER"))
_RELATED = _SUPERIOR | frozenset(("SUB", "SUBORDINATE", "SUBORDONNE", "R", "REPORT", "RPTS", "RPT", "DIRECT REPORT",
                                  "SUBORDONNE DIRECT", "SUBORDONNÉ", "SUBORDONNÉ DIRECT", "ASSISTANT"))
_REPORTS_TO = re.compile(r"reports?[_ ]?to(?:[_ ](?:id|no|nbr|num(?:ber)?|pos(?:ition)?(?:[_ ]?(?:no|nbr|id))?))?|"
                         r"supervisor[_ ](?:id|no|nbr|pos(?:ition)?(?:[_ ]?(?:no|nbr|id))?)|parent(?:[_ ]id)?|"
                         r"rel[eè]ve[_ ]de|poste[_ ]du[_ ]sup[ée]rieur")
"""A column naming the row each row reports to, by its number or its title."""
_ROLES = {"number": re.compile(r"^(?:pos(?:ition)?|posn|no)[_ ]?(?:no|nbr|num(?:ber)?|poste|id)$|^poste[_ ]?no$"
                               r"|^position$"),
          "title": re.compile(r"^(?:(?:pos(?:ition)?|posn)[_ ])?(?:title|titre)(?:[_ ](?:e|en|eng|a|ang))?$"
                              r"|^(?:(?:pos(?:ition)?|posn|long)[_ ])?descr(?:long|iption)?$"),
          "group": re.compile(r"gr(?:ou)?pe?$|grp$|^(?:sal[_ ]admin[_ ])?plan$"),
          "level": re.compile(r"niveau$|lvl$|level$|^grade?$|^grd$"),
          "code": re.compile(r"^class(?:ification)?$|^group[_ ]?(?:and|&|/)[_ ]?level$"
                             r"|^groupe[_ ]?(?:et|/)[_ ]?niveau$"),
          "count": re.compile(r"fte|etp")}
"""Which column of a hierarchy's rows holds each report's number, English title, group, level (or both in one
column) and FTEs."""


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
    for above, line in zip([""] + lines[start:], lines[start:]):
        value = next(((label, found) for label, pattern in _SAP_VALUES if (found := pattern.match(line))), None)
        value = value or (("Location", re.match(r"[ \t]*(\S.*)", line)) if _SAP_ADDRESS.match(above) else None)
        related = _SAP_RELATION.match(line)
        if value:
            label, found = value
            fields.append(f"{label}: {long_name or found['title']}" if label == "Title" else
                          f"{label}: {_sap_value(found)}")
            validity = _SAP_VALIDITY.search(line)
            fields += [f"Effective date: {validity[1]}"] if validity and label == "Position number" else []
        elif related:
            named = _SAP_NAMED.fullmatch(related["named"])
            title, level = (named["title"], named["level"] or "-".join(filter(None, (named["group"], named["grade"])))) \
                if named else (related["named"].strip(), "")
            jobs += [related["number"]] if related["type"] == "C" else []  # "Is described by  C  300718": the job
            if related["type"] != "S":
                continue  # the holder (a person), the unit
            if _SAP_SUPERIOR.search(related["relation"]):
                superiors.append((title, level, related["number"]))
            else:
                reports.append((title, level, named["fte"] or "" if named else ""))
        elif not (_SAP_OWN_LINE.match(line) or _SAP_LONG_NAME.match(line)):
            rest.append(line)
    if not any(line.startswith("Job code:") for line in fields):
        fields += [f"Job code: {job}" for job in jobs[:1]]
    if not any(line.startswith("Effective date:") for line in fields):
        fields += [f"Effective date: {found[1]}" for found in map(_SAP_VALIDITY.search, lines[start:]) if found][:1]
    return "\n".join(fields) + "\n" + _related(_ENGLISH, superiors, reports) + "\n".join(rest)


_SAP_DATE = r"([0-9OoIlSBb]{1,2}\.[0-9OoIlSBb]{1,2}\.[0-9OoIlSBb]{4})"
_SAP_OBJECT = re.compile(r"(?:Object|Position)[ \t]+(?:S|ID)[ \t]+([0-9OoIlSBb]{5,8})\b")
_SAP_VALIDITY = re.compile(rf"Validity(?:[ \t]+period)?[ \t]+{_SAP_DATE}|Valid[ \t]+from[ \t]+{_SAP_DATE}")
_SAP_VALUES = (("Position number", _SAP_OBJECT),
               ("Title", re.compile(r"[ \t]*(?:Object[ \t]+)?Name[ \t]{2,}(?P<title>\S.*)", re.IGNORECASE)),
               ("Job code", re.compile(r"[ \t]*(?:WD[ \t]+)?Job[ \t]*code(?:[ \t]*\([^)]*\))?[ \t]+(\S+)",
                                       re.IGNORECASE)),
               ("Classification", re.compile(r"Pay[ \t]*scale.*?group[ \t]*([A-Z]{2}[-0-9OI ]*[0-9OI])", re.IGNORECASE)),
               ("Classification", re.compile(r"[ \t]*Pay[ \t]*scale.*?Group[ \t]+([A-Z]{2})[ \t]+Level[ \t]+"
                                             r"([0-9OI]{1,2})")),
               ("Location", re.compile(r"Pers(?:\.|onnel)?[ \t]*area(?:.*?Sub-?area)?[ \t]+\S+[ \t]+(\S.*)")),
               ("Salary", re.compile(r"[ \t]*Salary(?:[ \t]+budget)?[ \t]+(\S+)")),
               ("O&M", re.compile(r"[ \t]*(?:Non-?salary(?:[ \t]+O&M)?|O&M[ \t]+budget)[ \t]+(\S+)")),
               ("Total", re.compile(r"[ \t]*Total[ \t]+(\S+)")),
               ("FTEs", re.compile(r"[ \t]*(?:Planned|Unit)[ \t]+FTE[^0-9]*[ \t]([0-9]+)")))
"""An SAP display's fields: the position's object, its name (its long name when the description gives one: a
name is cut to forty characters), job code, pay scale's group (and level), personnel (sub-)area's place,
planned compensation or the description's budget, and FTEs; the object's validity or, without it, its
compensation's, is the effective date."""


def _sap_value(found: re.Match) -> str:
    """A value as a label's reader takes it: a group and its level joined (``EX-01``), an amount written with
    SAP's decimal comma (``4.540.000,00``: $4540000.00)."""
    value = "-".join(part for part in found.groups() if part)
    european = re.fullmatch(r"([0-9]{1,3}(?:\.[0-9]{3})+),([0-9]{2})", value)
    return f"${european[1].replace('.', '')}.{european[2]}" if european else value
_SAP_RELATION = re.compile(r"[ \t]*[AB][ \t]+[0-9OoIl]{3}[ \t]+(?P<relation>\S.*?)[ \t]+(?P<type>[A-Z]{1,2})[ \t]+"
                           r"(?P<number>[0-9OoIlSBb]{5,8})[ \t]+(?P<named>\S.*)")
_SAP_SUPERIOR = re.compile(r"(?i)reports")
_SAP_NAMED = re.compile(r"(?:[^a-z\s]+[ \t]+)*?(?P<title>[A-Z][^A-Z\s].*?)(?:[ \t]*\[(?P<level>[^\]]+)\])?"
                        r"(?:[ \t]{2,}PS[ \t]*grp[ \t]+(?P<group>[A-Z]{2})[ \t]+(?P<grade>[0-9]{1,2}))?"
                        r"(?:[ \t]+FTE[ \t]+(?P<fte>[0-9]+(?:\.[0-9]+)?))?[ \t]*")
"""A related position's abbreviation in capitals, then its title (``DG OCF   Director General, Office of
Clean Fuels``) and its level (``[EC07]``, ``PS grp BI 04``) and FTEs (``FTE 12.00``)."""
_SAP_OWN_LINE = re.compile(r"[ \t]*(?:Plan(?:ning)?[ \t]*var|Plan version|Object[ \t]+(?:type|abbr)|Abbreviation|"
                           r"Org\.?[ \t]*unit|Job[ \t]|Cost[ \t]*cent|Pay[ \t]*scale|Valid(?:ity)?[ \t]|Infotype|"
                           r"Rel\.[ \t]|Relationships|Planned compensation|Description[ \t]*\(|End[ \t]*of|"
                           r"Company code|Display Object|SAP\b|[-=]{10,})", re.IGNORECASE)
"""An SAP display's own lines: its header, its objects' codes, its infotypes' headings, its rules."""
_SAP_ADDRESS = re.compile(r"Infotype[ \t]+1028\b")
"""The address's infotype: its place on the line under it."""
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
    FULL_PART``; a table's header, ``TITLE   LEVEL   FTE``, is words), none a scan's number (``O0O481I4``)."""
    return "_" in line and bool(_CODES_LINE.fullmatch(line)) \
        and all(len(re.findall("[A-Z]", code)) > len(re.findall("[0-9]", code)) for code in line.split())


_RULE = re.compile(r"[ \t]*[-=_]{10,}[ \t]*")
_JOINED_CODE = re.compile(r"[A-Z0-9]_")
_CODE_AND_VALUE = re.compile(r"^([A-Z][A-Z0-9]*_[A-Z0-9_]+)[ \t]{2,}(?=[^\s:])")
