"""A request to change a position (a reclassification, a realignment, an update) gives each field twice, its current
value and its proposed one: in lines qualified so (``Title (Current / Actuel): X`` / ``Title (Proposed / Proposé):
No change``), in a table's columns (``| Field | Existing | Proposed |``), as ``Title — From: X   To: Y``, and its
structure as two lists (``Current structure:`` / ``Proposed structure:``). The description the request is for is the
proposed one, a proposed value that says no change (``same``, ``—``, ``Aucun changement``) the current one; a request
not approved (``Decision: Not approved – current classification maintained``) leaves the current one. Each field is
made one ``label: value`` line, the structure one list."""

from __future__ import annotations

import re

from hrkit.edit.importer.vocabulary import CURRENT_WORD, PROPOSED_WORD

BEFORE_WORD = rf"(?:old value|ancienne? valeur|{CURRENT_WORD})"
AFTER_WORD = rf"(?:new value|nouvelle valeur|{PROPOSED_WORD})"
"""A change's words for its values before and after it, a form's ``Old value`` / ``New value`` too."""
_QUALIFIED = re.compile(rf"(?P<label>[^()\n:]{{2,90}}?)[ \t]*\([ \t]*"
                        rf"(?:(?P<before>{BEFORE_WORD})|(?P<after>{AFTER_WORD}))"
                        rf"(?:[ \t]*/[ \t]*(?:{BEFORE_WORD}|{AFTER_WORD}))?[ \t]*\)[ \t]*:[ \t]*(?P<value>[^\n]*)",
                        re.IGNORECASE)
"""A field's line qualified as its current or its proposed value (``Titre (après): Aucun changement``)."""
_FROM_TO = re.compile(r"(?P<label>[^:\n]{2,60}?)[ \t]*[\u2014\u2013-][ \t]*(?:from|de)[ \t]*:[ \t]*(?P<before>.*?)"
                      r"[ \t]{2,}(?:to|[àa])[ \t]*:[ \t]*(?P<after>[^\n]*)", re.IGNORECASE)
"""``Title — From: X   To: Y``."""
_NO_CHANGE = re.compile(r"[ \t]*(?:no change|aucun changement|sans changement|same|unchanged|inchang[ée]e?|idem|"
                        r"identique|n/?c|[\u2014\u2013-]{1,2})?(?:[ \t]*/[ \t]*(?:aucun changement|inchang[ée]e?))?"
                        r"[ \t.]*", re.IGNORECASE)
"""A proposed value that keeps the current one (an empty cell too)."""
_BEFORE_CELL = re.compile(rf"{BEFORE_WORD}(?:[ \t]*/[ \t]*{BEFORE_WORD})?", re.IGNORECASE)
_AFTER_CELL = re.compile(rf"{AFTER_WORD}(?:[ \t]*/[ \t]*{AFTER_WORD})?", re.IGNORECASE)
"""A table's header cell over the current values, over the proposed ones (``Existing``, ``Proposed / Proposé``)."""
_NOT_APPROVED = re.compile(r"\b(?:decision|d[ée]cision)\b[^:\n]{0,30}:[ \t]*(?:not approved|rejected|denied|refused|"
                           r"non approuv[ée]e?|refus[ée]e?|rejet[ée]e?)", re.IGNORECASE)
_STRUCTURE = re.compile(rf"[ \t*#]*(?:(?P<before>{BEFORE_WORD})|(?P<after>{AFTER_WORD}))[ \t]+(?:organization(?:al)? )?"
                        rf"(?:structure|organigramme)[^\n]*?:?[ \t*]*", re.IGNORECASE)
"""A list's heading naming it the current or the proposed structure (``Proposed structure / Structure proposée:``)."""
_GONE = re.compile(r"\((?:abolished|aboli|abolie|moved to|transf[ée]r[ée]e? [àa])[^()\n]*\)", re.IGNORECASE)
_NEW_MARK = re.compile(r"[ \t]*\((?:new|nouveau|nouvelle)(?:[ \t]*/[ \t]*(?:nouveau|nouvelle))?\)", re.IGNORECASE)


def chosen(lines: list[str]) -> list[str]:
    """``lines`` with each field given twice made the one the description holds, and one structure listed."""
    if not any(_QUALIFIED.fullmatch(line) or _FROM_TO.fullmatch(line) or _STRUCTURE.fullmatch(line)
               or _table_header(line) for line in lines):
        return lines
    kept = any(_NOT_APPROVED.search(line) for line in lines)  # the current values stand
    out: list[str] = []
    current: dict[str, int] = {}
    columns: tuple[int, int] | None = None
    listing: str | None = None
    for line in lines:
        header = _table_header(line)
        if header:
            columns = header
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")] if line.lstrip().startswith("|") else []
        if columns and len(cells) > max(columns):
            out.append(f"{cells[0]}: {_value(cells[columns[0]], cells[columns[1]], kept)}")
            continue
        columns = columns if line.strip() and set(line.strip()) <= set("-|: ") else None  # a rule under the header
        structure = _STRUCTURE.fullmatch(line)
        if structure:
            listing = "before" if structure["before"] else "after"
            if listing == ("before" if kept else "after"):
                out.append("Direct reports:")
            continue
        if listing and (not line.strip() or re.match(r"[ \t]*(?:[-*\u2022]|[0-9]+[.)])[ \t]", line)):
            if line.strip() and listing == ("before" if kept else "after") and not (_GONE.search(line) and not kept):
                out.append(_NEW_MARK.sub("", _GONE.sub("", line)).rstrip())
            continue
        listing = None
        qualified = _QUALIFIED.fullmatch(line)
        if qualified and qualified["before"]:
            current[qualified["label"].strip().lower()] = len(out)
            out.append(f"{qualified['label'].strip()}: {qualified['value'].strip()}")
            continue
        if qualified:
            at = current.pop(qualified["label"].strip().lower(), None)
            if at is None:
                out.append(f"{qualified['label'].strip()}: {qualified['value'].strip()}")
            else:
                before = out[at].partition(": ")[2]
                out[at] = f"{qualified['label'].strip()}: {_value(before, qualified['value'], kept)}"
            continue
        changed = _FROM_TO.fullmatch(line)
        if changed:
            out.append(f"{changed['label'].strip()}: {_value(changed['before'], changed['after'], kept)}")
            continue
        out.append(line)
    return out


def _value(before: str, after: str, kept: bool) -> str:
    """The value the description holds: the proposed one, the current one where it says no change or the request was
    not approved."""
    return before.strip() if kept or _NO_CHANGE.fullmatch(after) else after.strip()


def _table_header(line: str) -> tuple[int, int] | None:
    """A table's header naming a column of current values and one of proposed values (``| Field | Existing |
    Proposed |``): their places."""
    if "|" not in line:
        return None
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    before = next((at for at, cell in enumerate(cells) if at and _BEFORE_CELL.fullmatch(cell)), None)
    after = next((at for at, cell in enumerate(cells) if at and _AFTER_CELL.fullmatch(cell)), None)
    return (before, after) if before is not None and after is not None else None
