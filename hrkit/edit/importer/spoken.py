"""What a screen reader says of a page, and a tagged PDF's text read for one: a heading's, a form field's, a list's
and a table's announcements (``Heading level 2, Dimensions``, ``Edit text, Position number, 58213``, ``bullet, ...``,
``Row 1. Title: X. Group and level: EC-07. FTEs: 9.``, ``Column 2 of 3, Row 4 of 6: AS-07``), in English, French or
both a slash apart, made the lines a form prints: headings alone, ``label: value`` lines, ``- `` items and tables of
bars. The controls that hold no field (buttons, links, check boxes) and the list's and table's bounds are dropped."""

from __future__ import annotations

import re

_QUALIFIER = r"(?:,[ \t]*(?:read only|required|lecture seule|obligatoire))*"
_ROLE = (r"(?:edit text|edit|text field|combo box|date picker|list box|spin button|zone d['’][ée]dition|"
         r"zone de texte|champ de texte|champ|zone de liste d[ée]roulante|zone de liste modifiable|"
         r"s[ée]lecteur de date)")
_CONTROL = re.compile(rf"[ \t]*{_ROLE}{_QUALIFIER}(?:[ \t]*/[ \t]*{_ROLE}{_QUALIFIER})?[ \t]*,[ \t]*"
                      r"(?P<label>[^,\n]{2,80}?)[ \t]*,[ \t]*(?P<value>[^\n]*)", re.IGNORECASE)
"""A form's field as announced: its control, its label, its value (``Edit text / Zone d'édition, Position number /
Numéro du poste, 47513``)."""
_BLANK = re.compile(r"[ \t]*(?:blank|vide|empty)(?:[ \t]*/[ \t]*(?:blank|vide))?[ \t]*", re.IGNORECASE)
_HEADING = re.compile(r"[ \t#*]*(?:heading level|titre de niveau)[ \t]*[1-6][ \t]*[,:][ \t]*(?P<words>.+?)[ \t*]*",
                      re.IGNORECASE)
_OTHER_HEADING = re.compile(r"[ \t]*/[ \t]*(?:heading level|titre de niveau)[ \t]*[1-6][ \t]*[,:][ \t]*",
                            re.IGNORECASE)
_BULLET = re.compile(r"[ \t]*(?:bullet|puce)(?:[ \t]*/[ \t]*puce)?[ \t]*,?[ \t]+(?=\S)", re.IGNORECASE)
_SILENT = re.compile(r"[ \t*]*(?:list of [0-9]+ items?|liste de [0-9]+ [ée]l[ée]ments?|list end|fin de (?:la )?liste|"
                     r"end of table|table end|fin du tableau|(?:button|bouton|check box|case [àa] cocher|link|lien|"
                     r"document|radio button|bouton radio)[ \t]*,)[^\n]*", re.IGNORECASE)
"""A list's or a table's bounds, a control that is no field (``Button, Submit``, ``Check box, checked, ...``,
``Link, Directive on ...``) and the reader's window (``Document, Executive Work Description, Adobe Acrobat
Reader``)."""
_LIST_OF = re.compile(r"[ \t*]*(?:list of [0-9]+ items?|liste de [0-9]+ [ée]l[ée]ments?)(?:[ \t]*/[^\n]*)?[ \t*]*",
                      re.IGNORECASE)
"""A list's announcement (``List of 6 items``), its other language's after a slash."""
_TABLE = re.compile(r"[ \t*]*(?:table|tableau)[ \t]*[0-9]*[ \t]*:[ \t]*(?P<caption>[^.\n]+)\.[ \t]*[0-9]+[ \t]*"
                    r"(?:rows?|lignes?)[^\n]*", re.IGNORECASE)
"""A table's announcement, its caption first (``Table 1: Direct reports. 5 rows, 3 columns.``)."""
_ROW = re.compile(r"[ \t*]*(?:row|ligne)[ \t]+[0-9]+[ \t]*\.[ \t]*(?P<cells>.+?)[ \t*]*", re.IGNORECASE)
"""A table's row read a cell at a time, each cell its column's name and its value (``Row 1. Title: X. FTEs: 9.``)."""
_CELL_APART = re.compile(r"\.[ \t]+(?=[^.:\n]{1,40}[ \t]?:[ \t])")
_OTHER_ROW = re.compile(r"[ \t]*/[ \t]*(?:ligne|row)[ \t]+[0-9]+[ \t]*\.")
_GRID_CELL = re.compile(r"[ \t*]*(?:column|colonne)[ \t]+(?P<column>[0-9]+)[ \t]+(?:of|sur)[ \t]+[0-9]+[ \t]*,[ \t]*"
                        r"(?:row|ligne)[ \t]+(?P<row>[0-9]+)[ \t]+(?:of|sur)[ \t]+[0-9]+[ \t]*:[ \t]*(?P<value>.*?)"
                        r"(?:[ \t]*/[ \t]*(?:colonne|column)[ \t]+[0-9]+[^\n]*)?[ \t*]*", re.IGNORECASE)
"""A table's cell announced with its place (``Column 2 of 3, Row 4 of 6: AS-07``, its other language's after a
slash)."""


def unspoken(lines: list[str]) -> list[str]:
    """``lines`` as a form prints what a screen reader announces; lines of no announcement as they are."""
    if not any(_HEADING.fullmatch(line) or _CONTROL.fullmatch(line) or _GRID_CELL.fullmatch(line)
               or _LIST_OF.fullmatch(line) for line in lines):
        return lines
    out: list[str] = []
    grid: dict[int, dict[int, str]] = {}
    header: list[str] | None = None
    for line in lines:
        cell = _GRID_CELL.fullmatch(line)
        if cell:
            grid.setdefault(int(cell["row"]), {})[int(cell["column"])] = cell["value"]
            continue
        if grid and line.strip():
            out += _grid_rows(grid)
            grid = {}
        row = _ROW.fullmatch(line)
        if row:
            header = _row(row["cells"], header, out)
            continue
        header = None if line.strip() else header
        out.append(_line(line))
    return out + _grid_rows(grid)


def _line(line: str) -> str:
    """One announcement as a form's line."""
    heading = _HEADING.fullmatch(line)
    if heading:
        return " / ".join(part.strip() for part in _OTHER_HEADING.split(heading["words"]))
    table = _TABLE.fullmatch(line)
    if table:
        return table["caption"].strip()
    control = _CONTROL.fullmatch(line)
    if control:
        value = "" if _BLANK.fullmatch(control["value"]) else control["value"].strip()
        return f"{control['label'].strip()}: {value}".rstrip()
    if _SILENT.fullmatch(line):
        return ""
    return _BULLET.sub("- ", line, count=1)


def _row(cells: str, header: list[str] | None, out: list[str]) -> list[str]:
    """A row read a cell at a time added to ``out``: two cells a ``label: value`` line (``Item: Salary budget.
    Amount: $2,260,000.``), more a table's row of bars under its header (its columns' names, written once)."""
    cells = _OTHER_ROW.split(cells)[0].rstrip(" .")
    pairs = [cell.partition(":") for cell in _CELL_APART.split(cells)]
    names, values = [name.strip() for name, _, _ in pairs], [value.strip().rstrip(".") for _, _, value in pairs]
    if len(pairs) == 2:
        out.append(f"{values[0]}: {values[1]}")
        return names
    return barred_row(names, values, header, out)


def barred_row(names: list[str], values: list[str], header: list[str] | None, out: list[str]) -> list[str]:
    """A row of a table read a row at a time added to ``out`` as bars between its cells, its columns' names over it
    unless the row before had the same: the header it stands under."""
    if header != names:
        out.append(" | ".join(names))
    out.append(" | ".join(values))
    return names


def _grid_rows(grid: dict[int, dict[int, str]]) -> list[str]:
    """A table announced a cell at a time, its rows in order: bars between its cells."""
    width = max((max(cells) for cells in grid.values()), default=0)
    return [" | ".join(grid[row].get(column, "") for column in range(1, width + 1)) for row in sorted(grid)]
