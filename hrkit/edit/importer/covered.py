"""A generic work description's table of the positions it covers (``ANNEX A - POSITIONS COVERED``: a row a
position, its number, title, location, supervisor and figures), and the row of the one position a copy is for:
marked in the table (an arrow before it, an asterisk after its number, an ``X`` in a ``This WD`` column, bold), or
named by the document's file name or by a number the text gives outside the table (a cover sheet's)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hrkit.edit.importer import dimensions, repair
from hrkit.edit.importer.vocabulary import fold, guess_label


@dataclass
class Covered:
    start: int
    """Where the table begins in the text (its header's line)."""
    end: int
    """Where its last row ends."""
    lines: str | None
    """The position's row as a form's ``Label: value`` lines; None when no row is told apart."""
    rows: int
    """How many positions the table lists."""


def covered(text: str, name: str) -> Covered | None:
    """The table of the positions a generic description covers (the text calls itself a generic, or the positions
    covered), with the row of this document's position as ``lines``, or None without such a table. ``lines`` is None
    when no one row is told apart: a generic whose rows are all alike describes no one position."""
    if not _GENERIC.search(text):
        return None
    lines = text.split("\n")
    for at, line in enumerate(lines):
        header = _header(line)
        if header is None:
            continue
        rows = list(_rows(lines, at + 1, header))
        if len(rows) < _MIN_ROWS or not _one_role([cells[header.names.index("title")] for _, cells in rows]):
            continue  # a table of direct reports (a deputy, managers, an assistant), no positions of one generic
        start = sum(len(before) + 1 for before in lines[:at])
        end = sum(len(before) + 1 for before in lines[:rows[-1][0] + 1])
        row = _chosen([cells for _, cells in rows], header, text[:start] + text[end:], name)
        return Covered(start, end, _labelled(header, row) if row else None, len(rows))
    return None


@dataclass
class _Header:
    names: list[str]
    """Each column's field (``position_number``, ``title``, ``salary``...), None for a column no field is."""
    starts: list[int] | None
    """Where each column begins, for a table of spaces (None for one of bars)."""
    marked: int | None
    """The column marking the copy's row (``This WD / Cette DT``), if any."""
    units: list[str]
    """Each column's unit its name gives (``($000s)``: ``K``), written after its bare figures."""


def _header(line: str) -> _Header | None:
    """A table's header naming a position's number and title among its columns (``Position No. / No de poste  Position
    Title / Titre du poste  Location / Lieu ...``), in bars or in columns of spaces."""
    piped = line.count("|") >= 3
    spaced = [] if piped else list(_CELL.finditer(line))
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")] if piped else [m[0] for m in spaced]
    if len(cells) < _MIN_COLUMNS:
        return None
    names = [_column(cell) for cell in cells]
    if "position_number" not in names or "title" not in names or not _OWN_COLUMNS & set(names):
        return None  # "Position No. | Title | Group | FTEs": a table of direct reports
    starts = None if piped else [m.start() for m in spaced]
    marked = next((at for at, cell in enumerate(cells) if _MARK_COLUMN.fullmatch(fold(cell))), None)
    units = [next((unit for pattern, unit in _UNITS if pattern.search(fold(cell))), "") for cell in cells]
    return _Header(names, starts, marked, units)


def _column(cell: str) -> str | None:
    """The field a column's name is, in its first language (``Position No. / No de poste``: position_number), its
    unit in brackets aside (``Salary ($000s)``)."""
    words = re.sub(r"\s*\([^()]*\)", "", fold(cell.split(" / ")[0])).strip(" *:")
    if _SUPERVISOR_NUMBER.fullmatch(words):
        return "supervisor_number"
    if _SUPERVISOR.fullmatch(words):
        return "supervisor_title"
    return guess_label(words) or dimensions.label_of(words)


def _rows(lines: list[str], start: int, header: _Header):
    """The table's rows (line index, cells), up to the first line that is none after its last row: a page's break
    (its number, its running header), the table's heading and header again after it (``ANNEX A (continued)``) and
    blank lines are passed over."""
    at = start
    while at < len(lines):
        line = lines[at]
        if not line.strip() or _header(line) is not None or _RULE.fullmatch(line.strip()):
            at += 1
            continue
        cells = _cells(line, header)
        if cells is None:
            again = next((ahead for ahead in range(at + 1, min(len(lines), at + _PAGE_BREAK))
                          if _header(lines[ahead]) is not None), None)
            if again is None:
                return
            at = again + 1
            continue
        yield at, cells
        at += 1


def _cells(line: str, header: _Header) -> list[str] | None:
    """A row's cells under the header's columns, or None for a line that is no row (no position's number where its
    column is)."""
    if header.starts is None:
        if line.count("|") < 2:
            return None
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    else:
        found = list(_CELL.finditer(line))
        cells = [""] * len(header.starts)
        for cell in found:  # each cell under the column it starts nearest (a scan shifts them a little)
            column = min(range(len(header.starts)), key=lambda k: abs(header.starts[k] - cell.start()))
            cells[column] = f"{cells[column]} {cell[0]}".strip()
    if len(cells) != len(header.names):
        return None
    number = cells[header.names.index("position_number")]
    return cells if _NUMBER.fullmatch(_bare(number)) else None


def _chosen(rows: list[list[str]], header: _Header, outside: str, name: str) -> list[str] | None:
    """The copy's row: the one row marked, else the one whose number or title the file name gives, else the one whose
    number the text gives ``outside`` the table (a cover sheet's ``Numéro de poste : 660376``)."""
    number = header.names.index("position_number")
    title = header.names.index("title")
    for chosen in ([cells for cells in rows if _row_marked(cells, header)],
                   [cells for cells in rows if _named(_bare(cells[number]), name)
                    or _letters(_bare(cells[title]).partition(",")[2]) in _letters(name)],
                   [cells for cells in rows if _named(_bare(cells[number]), outside)]):
        if len(chosen) == 1:
            return chosen[0]
    return None


def _letters(words: str) -> str:
    """``words``' letters alone, folded: a title a scan ran together (``despasseports``) as its file name writes it."""
    return re.sub(r"[^a-z]", "", fold(words)) or "\0"


def _named(number: str, text: str) -> bool:
    """Does ``text`` name the position ``number`` is (a scan's letters for its digits read as digits)?"""
    digits = repair.number(number)
    return bool(digits) and bool(re.search(rf"(?<![0-9]){digits[0]}(?![0-9])", text))


def _one_role(titles: list[str]) -> bool:
    """Do most titles name one role (``Director, Client Services (Atlantic)``, ``Director, Client Services
    (Pacific)``: the words before the comma), as the positions one generic covers do?"""
    roles = [fold(_bare(title)).split(",")[0].strip() for title in titles]
    return max(map(roles.count, roles)) * 3 >= 2 * len(roles)


def _row_marked(cells: list[str], header: _Header) -> bool:
    """A row set apart from the others: an arrow before its first cell (``>>``, ``->``, ``►``), an asterisk after its
    number, an ``X`` in the column for it (or in a column no field's, its name misread: ``Cctte DT``), bold."""
    number = cells[header.names.index("position_number")]
    return bool(_ARROW.match(cells[0]) or _TICK_BEFORE.match(cells[0]) or number.rstrip().endswith("*")
                or number.startswith("**")
                or header.marked is not None and _TICK.fullmatch(cells[header.marked].strip())
                or any(_TICK.fullmatch(cell.strip()) for cell, name in zip(cells, header.names) if name is None))


def _bare(cell: str) -> str:
    return _TICK_BEFORE.sub("", _ARROW.sub("", cell)).strip(" *")


def _labelled(header: _Header, cells: list[str]) -> str:
    """The row as a form's lines, each column's value under its field's label, a bare figure with its column's unit
    (``7,060`` under ``Salary ($000s)``: ``$7,060K``)."""
    out = []
    for field, value, unit in zip(header.names, cells, header.units):
        value = _bare(value)
        if field in _LABELS and value:
            out.append(f"{_LABELS[field]}: " + (f"${value}{unit}" if unit and _FIGURE.fullmatch(value) else value))
    return "".join(f"{line}\n" for line in out)


_LABELS = {"position_number": "Position number", "title": "Position title", "location": "Location",
           "supervisor_title": "Supervisor's position title", "supervisor_number": "Supervisor's position number",
           "supervisor_classification": "Supervisor's group and level", "classification": "Group and level",
           "job_code": "Job code", "effective_date": "Effective date", "fte": "FTEs", "salary": "Salary",
           "o_and_m": "O&M", "total": "Total"}
"""The labels a row's values are written under, in the words hrkit reads best."""
_OWN_COLUMNS = frozenset(("supervisor_title", "supervisor_number", "salary", "o_and_m", "total"))
"""Columns only a table of positions covered has (each one's supervisor and budget)."""
_GENERIC = re.compile(r"(?i)\bg[ée]n[ée]rique\b|\bgeneric\b|\bpositions? covered\b|\bpostes? vis[ée]s\b|"
                      r"\bapplies to (?:all|each of) the positions\b|"
                      r"\bs'applique (?:à|a) (?:tous|chacun) (?:les|des) postes\b")
"""A generic description's words for itself or for the positions it covers."""
_UNITS = ((re.compile(r"\((?:\$ ?[0o]{3}'?s?|[0o]{3}'?s? ?\$|k ?\$|\$ ?k|en milliers[^()]*|in thousands[^()]*)\)"),
           "K"),
          (re.compile(r"\((?:\$ ?m|m ?\$|millions?[^()]*|en millions[^()]*)\)"), "M"))
"""A column's unit in brackets after its name (folded): thousands, millions."""
_FIGURE = re.compile(r"[0-9OIl][0-9OIl ,.]*")
_CELL = re.compile(r"\S+(?: \S+)*")
_MIN_COLUMNS = 3
_MIN_ROWS = 2
_MARK_COLUMN = re.compile(r"(?:this (?:wd|jd|position|copy)|cette dt|ce poste|selected|choisi)(?: / .*)?")
_TICK = re.compile(r"[xX\u2713\u2714\u2611\u2612*]")
_ARROW = re.compile(r"^[ \t]*(?:>>|->|=>|-->|\u2192|\u25ba|\u25b6|\u27a4)[ \t]*")
_TICK_BEFORE = re.compile(r"^[ \t]*[xX\u2713\u2714][ \t]+(?=[0-9OIl])")
"""An ``X`` before a row's number, in a column its header leaves unnamed: the copy's row."""
_NUMBER = re.compile(r"(?=(?:[^0-9]*[0-9]){3})[0-9OIlSBZbDG]{4,8}")
"""A position's number, a scan's letters for some of its digits (``7Z4327``), three digits at least."""
_RULE = re.compile(r"[-=|: ]{3,}")
_PAGE_BREAK = 8
"""Lines, at most, between a table's part and its header again on the next page."""
_SUPERVISOR = re.compile(r"supervi\w+|superieure?|reports to|releve de")
_SUPERVISOR_NUMBER = re.compile(r"(?:supervi\w+|superieure?)(?:'s)? pos(?:ition)?\.? (?:no\.?|number|#)"
                                r"|no (?:de )?poste (?:du )?(?:supervi\w+|superieure?)")
