"""A fillable PDF form's data as Acrobat gives it: each field's name beside its value (``txtPositionTitle:
Director, X``: the form's text layer printed with its fields' names, ``Form data`` or ``Field summary``), or the
tab-separated file of ``Export Data`` (a row of the fields' names over a row of their values). Made the labelled
lines and the list of reports a printed form has; its checkboxes, buttons and signatures (people's names) left
out."""

from __future__ import annotations

import re

from hrkit.edit.importer.vocabulary import EN, FIELDS, FR, fold, guess_label, listed_reports

_PREFIX = r"(?:txt|dd|dt|num|chk|cb|rb|sig|lst|cmb|tbl)"
"""A form designer's prefix naming a field's kind (text, drop-down, date, number, checkbox, radio button,
signature, list, combo box, table)."""
_NAME = rf"{_PREFIX}[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z]*[0-9]+\.[A-Z][A-Za-z]*)?"
_FIELD_LINE = re.compile(rf"[ \t]*({_NAME})[ \t]*:[ \t]?(.*)")
_TABLE_CELL = re.compile(r"tbl\w+\.[A-Za-z]+([0-9]+)\.(\w+)")
"""A table's cell (``tblReports.Row2.Title``, ``tblSubordonnes.Ligne2.ETP``): its row and its column."""
_FIELDS = 5
"""Named fields, at least, in a form's data."""
_LEFT_OUT = re.compile(r"^(?:chk|cb|rb|sig)|Sign|Former|Previous|Old|Ancien")
"""A checkbox, a button, a signer's name or the date signed, a former value: no field of the record."""
_WORDS = {"sup": "supervisor", "pos": "position", "grp": "group", "gr": "group", "lvl": "level", "niv": "niveau",
          "dept": "department", "oand": "O and", "fet": "F et"}
"""A field name's short words, spelled out (``txtSupPosNo``: supervisor position no; ``numOandM``: O and M)."""
_FRENCH = {"titre", "poste", "ligne", "ministere", "lieu", "emploi", "groupe", "niveau", "etp", "salaires",
           "superviseur", "titulaire", "subordonnes", "vigueur"}


def plain(text: str) -> str:
    """``text`` with a form's named fields as labelled lines and its table of reports as a list; any other text
    as it is."""
    lines = _exported(text.split("\n")) or text.split("\n")
    fields = [_FIELD_LINE.fullmatch(line) for line in lines]
    if sum(1 for field in fields if field) < _FIELDS:
        return text
    words = {fold(word) for field in fields if field for word in _split(field[1])}
    language = FR if len(words & _FRENCH) >= 2 else EN
    out: list[str] = []
    rows: dict[str, dict[str, str]] = {}
    table_at = None
    for line, field in zip(lines, fields):
        if field is None:
            out.append(line)
            continue
        name, value = field[1], field[2].strip()
        cell = _TABLE_CELL.fullmatch(name)
        if cell:
            table_at = len(out) if table_at is None else table_at
            rows.setdefault(cell[1], {})[fold(cell[2])] = value
        elif not _LEFT_OUT.search(name):
            out.append(f"{_label(name, language)}: {value}".rstrip())
    if table_at is not None:
        out[table_at:table_at] = _reports(rows, language)
    return "\n".join(out)


def _exported(lines: list[str]) -> list[str] | None:
    """``Export Data``'s two tab-separated rows, the fields' names over their values, as ``name: value``
    lines; None for any other text."""
    filled = [line for line in lines if line.strip()]
    if len(filled) < 2:
        return None
    names, values = filled[0].rstrip("\r").split("\t"), filled[1].rstrip("\r").split("\t")
    if len(names) < _FIELDS or len(values) > len(names) or not all(re.fullmatch(_NAME, name) for name in names):
        return None
    values += [""] * (len(names) - len(values))
    return [f"{name}: {value}" for name, value in zip(names, values)] + filled[2:]


def _split(name: str) -> list[str]:
    """A field's name as its words, without its kind's prefix (``txtSupPosNo``: Sup, Pos, No)."""
    return re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[0-9]+", re.sub(rf"^{_PREFIX}", "", name))


def _label(name: str, language: str) -> str:
    """The label a printed form gives the field ``name`` names (``txtSupPosNo``: ``Supervisor's position
    number``), in ``language``; its words as they are where they name no field hrkit knows (``numSalary``:
    ``Salary``, ``numOandM``: ``O and M``)."""
    words = [_WORDS.get(word.lower(), word) for word in _split(name)]
    if language == FR:
        words = ["superviseur" if word == "supervisor" else word for word in words]
    spoken = " ".join(words)
    field = guess_label(fold(spoken))
    label = next((label for lang, label in FIELDS.get(field, ()) if lang == language), None)
    return label.capitalize() if label else spoken


def _reports(rows: dict[str, dict[str, str]], language: str) -> list[str]:
    """A table's rows of reports (their title, level and FTEs in the columns whose names say so) as a list
    under its heading."""
    return listed_reports([(next((value for column, value in row.items() if column.startswith("tit")), ""),
                            next((value for column, value in row.items()
                                  if not column.startswith("tit") and column not in ("fte", "etp")), ""),
                            next((value for column, value in row.items() if column in ("fte", "etp")), ""))
                           for row in rows.values()], language)
