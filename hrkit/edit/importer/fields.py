"""A labelled value of a work description's header turned into a field, whatever the shape.

Each reader takes what its field can be (a number, a code, a date, a line of text) from the
start of the value and says how much it took: in a scan run together, the rest is the text
that follows the field, not part of it.
"""
from __future__ import annotations

import re
from itertools import takewhile

from hrkit.edit.importer import dimensions, repair, spelling
from hrkit.edit.importer.document import VERIFY, Issue, Value, WorkDescription
from hrkit.edit.importer.people import without_occupants
from hrkit.edit.importer.vocabulary import (CHANGE_NOTE, GROUPS, PRONOUNS, RELEVE_DE, REPORTS_TO, THE, bare_role,
                                           blanked, english_role, fold, french_role, role_start)

PROVISIONAL = {"new": "NEW", "nouveau": "NEW", "nouveau poste": "NEW", "new position": "NEW", "tbd": "TBD",
               "tba": "TBD", "tbc": "TBD", "to be determined": "TBD", "to be assigned": "TBD", "to be confirmed": "TBD",
               "a determiner": "TBD", "a venir": "TBD", "a confirmer": "TBD", "vacant": "VACANT", "n/a": "N/A",
               "s/o": "N/A", "pending": "TBD", "en attente": "TBD"}
"""Position numbers a document gives before one is assigned (folded), and how records write them."""
_NUMBER_KEYS = ("job_code", "position_number", "supervisor_number")
_LEADING_POSITION = re.compile(rf"\s*(?:(?i:position|poste)\s*(?i:number|no\.?|num[ée]ro|n°|#)?\s*:?\s*"
                               rf"((?:[A-Za-z]{{1,5}}-)?[{repair.NUMBER_CHARS}]{{3,8}})\s*[,;:-]\s*"
                               rf"|((?:[A-Z]{{1,5}}-)?(?=(?:[OoIlS|BbGZ]*[0-9]){{3}})[{repair.NUMBER_CHARS}BbGZ]{{3,8}})"
                               rf"(?:\s+[-\u2013:/]\s+|[ \t]{{2,}})(?=[A-ZÀ-Ý])"
                               rf"|((?=(?:[OoIlS|BbGZ]*[0-9]){{3}})[{repair.NUMBER_CHARS}BbGZ]{{5,8}})[ \t]"
                               rf"(?=[A-ZÀ-Ý][a-zà-ÿ]))")
"""``position 10700, Director General, X``, ``Q-7000 - Directeur général, X`` or an HR system's
``50030001 / Président``, ``40210  DEPUTY CHIEF ...`` (its columns) or ``00093312 Executive Director, X`` (as a scan
reads it: ``OOOB4241 Director General, X``): the supervisor's number before the title."""
_TRAILING_CODE = re.compile(r"(?:,\s*|\s+)([A-Z]{2}[ \t]?[ -]?[ \t]?[0-9OIlS]{1,2})"
                            r"(?=\s*(?:$|[,(#/]|(?:[\u2013\u2014-]\s*)?(?i:pos(?:ition)?\b|poste\b)))")
"""A title's classification after it without brackets: after a comma (``Vice-President, X, EX-04``),
a space (``Director General, X Policy EXO3``, ``Deputy Chief Information Officer EX - 05``) or a form's
cells set apart (``Director General, X / EX 3 / Pos. No. 62030``), or before the position's number (``... EX-03 —
poste 61776``)."""


_AS_NUMBER = {"title": "position_number", "supervisor_title": "supervisor_number"}
"""A title's label whose value is only a number names the position's number."""
_PROPOSED = re.compile(r"\(\s*(?:proposed|propos[ée]e?)\s*\)", re.IGNORECASE)
"""``EX-O2 (Proposed)``: the classification is not yet approved."""


def header_field(wd: WorkDescription, key: str, label: str, raw: str) -> int:
    """Store one labelled value in ``wd.fields`` (the first one of a field wins); returns how
    many characters of ``raw`` the field took. A table's bars around the value (a Word table in a
    scan's run: ``| 90412 |``) are none of it: a bar is not the digit 1."""
    if key in ("title", "supervisor_title") and wd.ocr:
        raw = dimensions.without_figures(raw)
    raw = blanked(CHANGE_NOTE, raw)  # "Director, X (formerly Director, Y)"
    bars = len(raw) - len(raw.lstrip(" \t|"))
    cells = raw[bars:].split(" | ")
    supervisor = [cells[0], *takewhile(_LEVEL_OR_NUMBER.fullmatch, cells[1:])] if key == "supervisor_title" else []
    value = " / ".join(supervisor) if len(supervisor) > 1 else cells[0]  # "X | EX 3 | Pos. No. 62030": its cells
    used = _field(wd, key, label, re.sub(r"[ \t]*\|[\s|]*$", "", value))
    return bars + used if used else 0


_LEVEL_OR_NUMBER = re.compile(rf"[ \t]*(?:{repair.CODE.pattern}|(?i:pos(?:ition)?\.?[ \t]*(?:no\.?|number|#)?[ \t]*)?"
                              rf"[{repair.NUMBER_CHARS}]{{3,8}})[ \t]*")
"""A form's cell after a supervisor's title holding its level or its position's number."""


def field_of(key: str, raw: str) -> str:
    """The field a label names, given its value: a title's label over a number alone names the
    position's number (an HR system's printout: ``Position: 3311208``, ``Reports To: 3311000``,
    ``Poste du supérieur: A0400``)."""
    return _AS_NUMBER[key] if key in _AS_NUMBER and _NUMBER_ALONE.fullmatch(raw) else key


_NUMBER_ALONE = re.compile(rf"\s*(?:[A-Z]{{1,5}}-?)?(?=[^0-9\s]*[0-9])[{repair.NUMBER_CHARS}]{{3,9}}\s*")
"""A position's number alone, a scan's letters for some digits (``2oI13``), a digit at least."""


def _written_out(key: str, first: object, again: str) -> bool:
    """A supervisor or a place an HR system's printout gave first in its capitals (``DG ECOSYSTEM
    SCIENCE``, ``NCR001 OTTAWA ON``), written out again by the description (``Director General,
    Ecosystem Science (EX-03)``): the description's words stand."""
    return key in ("supervisor_title", "location") and isinstance(first, str) and first.isupper() \
        and any(ch.islower() for ch in again)


def _details_again(wd: WorkDescription, key: str, raw: str) -> None:
    """A title a second label gives again with its level and number (``Immediate supervisor: Director General, X``,
    then a chart's ``Reports to: Director General, X (EX-03), pos. 35245``): the level and number the first lacked."""
    again = WorkDescription(wd.document, wd.ocr)
    _title(again, key, raw)
    if key in again.fields and fold(str(again.fields[key].value)) == fold(str(wd.fields[key].value)):
        for name in _DETAILS[key]:
            if name in again.fields:
                wd.fields.setdefault(name, again.fields[name])


_DETAILS = {"title": ("classification", "position_number"),
            "supervisor_title": ("supervisor_classification", "supervisor_number")}


def code_again(wd: WorkDescription, key: str, label: str) -> str:
    """``Position Number: 79437``, then ``Position Code: 49560``: a second number of the position, its label naming a
    code, is its job's code."""
    if key == "position_number" and key in wd.fields and "job_code" not in wd.fields \
            and re.search(r"\bcode\b", fold(label)):
        return "job_code"
    return key


def _field(wd: WorkDescription, key: str, label: str, raw: str) -> int:
    text = repair.clean_text(raw)
    key = code_again(wd, field_of(key, raw), label)
    if key in wd.fields and not _written_out(key, wd.fields[key].value, text):
        if key in ("title", "supervisor_title"):
            _details_again(wd, key, raw)
        return len(raw) if key not in _NUMBER_KEYS + ("classification", "effective_date") else 0
    if key in _NUMBER_KEYS:
        return _number(wd, key, label, raw)
    if key in ("classification", "supervisor_classification"):
        read = repair.classification(raw[:40]) or repair.level(raw)
        if read is None:
            if _half_code(wd, key, raw):
                return len(raw)
            if text:
                wd.issues.append(Issue(key, "not read", f"{label}: {text[:60]!r}"))
            return 0
        code, repaired, original = read
        wd.fields[key] = Value(code, wd.read_as(original) if repaired else None)
        at = raw.find(original) + len(original)
        proposed = _PROPOSED.match(raw[at:].lstrip())
        if key == "classification" and proposed:
            wd.fields["classification_status"] = Value("proposed")
            at = len(raw) - len(raw[at:].lstrip()) + proposed.end()
        return at
    if key == "effective_date":
        qualifier = re.match(r"\s*\([^()]{1,20}\)\s*:?", raw)  # "Effective date (WD)", "(YYYY-MM-DD)"
        read = repair.date(raw[qualifier.end():] if qualifier else raw)
        if read is None:
            wd.issues.append(Issue(key, "not stated" if not text else "not read",
                                   f"{label}: {text[:60]!r}" if text else f"{label} is blank"))
            return 0
        day, why, written = read
        note = None if why is None else wd.read_as(written) if why == "repaired" else f"{VERIFY}{why}"
        wd.fields[key] = Value(day, note)
        return raw.find(written) + len(written)
    if not text:
        return 0
    if key in ("title", "supervisor_title"):
        return _title(wd, key, raw)
    if key == "location":
        written, words = repair.located(text)
        wd.fields[key] = Value(written, f'the document says "{words}"' if written != words else None)
    elif key == "department":
        short = repair.department(text)
        wd.fields[key] = Value(short, f'"{label}: {text}"' if short != text else None)
    else:
        wd.fields[key] = Value(text.rstrip(" .;,"))
    return len(raw)


_GROUP_ALONE = re.compile(r"\s*([A-Z]{2,3})\s*$")
_LEVEL_ALONE = re.compile(rf"\s*([{repair.NUMBER_CHARS}]{{1,2}})\s*$")


def _half_code(wd: WorkDescription, key: str, raw: str) -> bool:
    """``Group: EX`` and ``Level: 01``, each on its own line (an HR system's printout): one
    classification once both halves are read. True for a half."""
    line = raw.lstrip().split("\n")[0]  # "Grade: 02" / "ETP / FTE: 1.000000": the value is the label's line
    group, level = _GROUP_ALONE.match(line), _LEVEL_ALONE.match(line)
    digits = level[1].translate(repair.DIGITS) if level else ""
    if group and group[1] in GROUPS:
        wd.code_halves.setdefault(key, {}).setdefault("group", group[1])  # the first row's, not a former row's
    elif digits.isdigit() and int(digits):
        wd.code_halves.setdefault(key, {}).setdefault("level", digits)
    else:
        return False
    halves = wd.code_halves[key]
    if len(halves) == 2:
        wd.fields[key] = Value(f"{halves['group']}-{int(halves['level']):02d}")
    return True


_NUMBER_SIGN = re.compile(r"\s*(?:no\.?|n[°º]\.?|#)\s*(?=[0-9OIlS]{2})", re.IGNORECASE)
"""``No. 485071``, ``no 854758``, ``#105752``: a number's sign before it, none of the number."""
_GROUPED_DIGITS = re.compile(r"\s*([0-9OIlS]{2,4}(?: [0-9OIlS]{2,4}){1,2})(?![\w.,|-])")
"""``97 0272``, ``106 476``, ``0001 5817``, a scan's ``6I53 5090``: one number written in groups of
digits (two of them real in each)."""
_TOKEN = re.compile(r"\s*([^\s,;/()]+)")


def _number(wd: WorkDescription, key: str, label: str, raw: str) -> int:
    several = _SEVERAL_NUMBERS.match(raw) if key == "position_number" else None
    if several and len(set(re.findall(r"[0-9]{4,9}", several[0]))) > 1:  # a shared description's positions
        wd.issues.append(Issue(key, "not recorded", f"{label}: several positions' numbers "
                                                    f"({' '.join(several[0].split())[:80]}): none is this one's own"))
        return several.end()
    text = repair.clean_text(raw)
    folded = fold(text)
    for words, written in sorted(PROVISIONAL.items(), key=lambda item: -len(item[0])):
        if key == "position_number" and re.match(rf"{re.escape(words)}\b", folded):
            wd.fields[key] = Value(written)
            return len(raw) - len(raw.lstrip()) + len(words)
    spaced = re.match(r"\s*[A-Z]{2,5} [0-9OIlS]{3,9}(?![\w-])", raw)  # "GAC 14852": a prefix before the number
    read = repair.code(spaced[0].strip().replace(" ", "-")) if spaced else None
    if read:
        wd.fields[key] = Value(read[0], wd.read_as(spaced[0].strip()))
        return spaced.end()
    second = _SECOND_LABEL.match(raw)  # "POS. NO. /GROUP-LEVEL: 400OI  EX-o3": the number first
    sign = _NUMBER_SIGN.match(raw, second.end() if second else 0)
    skip = sign.end() if sign else second.end() if second else 0
    grouped = _GROUPED_DIGITS.match(raw, skip)
    if grouped and all(len(re.findall("[0-9]", group)) >= 2 for group in grouped[1].split()):
        wd.fields[key] = Value(grouped[1].replace(" ", "").translate(repair.DIGITS), wd.read_as(grouped[1]))
        return grouped.end()
    token = _TOKEN.match(raw, skip)
    read = repair.number(token[1]) if token else None
    if read is None or not read[0].isdigit():
        read = repair.code(token[1]) if token else None
    if read is None:
        if key == "job_code" and re.match(r"g[ée]n[ée]ri", text, re.IGNORECASE):
            digits = re.search(r"\b([0-9]{4,8})\b", text[:40])
            if digits:
                wd.fields[key] = Value(digits[1])
                return raw.find(digits[1]) + len(digits[1])
            wd.issues.append(Issue(key, "not recorded", f"{label}: generic work description, no job code"))
            return 0
        if text:
            wd.issues.append(Issue(key, "not read", f"{label}: {text[:40]!r} is not a number"))
        return 0
    wd.fields[key] = Value(read[0], wd.read_as(token[1].rstrip(".,;:")) if read[1] else None)
    level = _LEVEL_AFTER.match(raw, token.end()) if key in _LEVEL_OF else None
    coded = repair.classification(level[1]) if level else None
    if coded and _LEVEL_OF[key] not in wd.fields:  # "SUPERVISOR'S POS. NO. /GROUP-LEVEL...... 400OI   EX-o3"
        wd.fields[_LEVEL_OF[key]] = Value(coded[0], wd.read_as(coded[2]) if coded[1] else None)
        return level.end()
    return token.end()


_SECOND_LABEL = re.compile(r"[ \t]*/[ \t]*(?:group|grp|groupe)[ \t]*[-/&]?[ \t]*"
                           r"(?:level|lvl|niveau)[ \t]*:", re.IGNORECASE)
"""A group-and-level label joined to a position number's (``/GROUP-LEVEL:``): the number, then the level."""
_LEVEL_AFTER = re.compile(r"[ \t]*[/,]?[ \t]*(\S{2,10})[ \t]*(?=$|\n)")
"""A classification after a position's number, alone to the line's end."""
_LEVEL_OF = {"position_number": "classification", "supervisor_number": "supervisor_classification"}


def _title(wd: WorkDescription, key: str, raw: str) -> int:
    """A title, and what is written after it: a classification in parentheses (``Director
    General, X (EX-O4)``) and, for the supervisor, a position number (``..., poste 22138``).
    What follows the classification is not the title (in a scan's run, the next words)."""
    supervisor = key == "supervisor_title"
    raw = _NEXT_WORDS.split(raw, 1)[0]  # a scan's run goes on after the title: "... Region Direct reports to the ..."
    used = len(raw)
    sentence = _REPORTS_TO.match(raw) if supervisor else None
    raw = raw[sentence.end():] if sentence else raw  # "Reporting relationship: Reports to the Director General, X"
    if supervisor and _PRONOUN.match(raw):
        return 0  # "Reporting directly to me are the Manager, X": the reports, listed
    label = _TITLE_LABEL.match(raw)
    raw = raw[label.end():] if label else raw  # "Immediate Supervisor: Title: Director General, X"
    if supervisor:  # "A/Director General, X", "Director General, X (Acting)": who acts in it, not the position
        raw = _ACTING.sub("", without_occupants(raw))  # "..., X – acting: Y": who, no part of the title
    first = _LEADING_POSITION.match(raw) if supervisor else None
    if first:  # "position 10700, Director General, X": the number first
        written = first[1] or first[2] or first[3]
        read = repair.number(written) or repair.code(written)
        if read and "supervisor_number" not in wd.fields:
            wd.fields["supervisor_number"] = Value(read[0], wd.read_as(written) if read[1] else None)
        raw = raw[first.end():]
    trailing = _TRAILING_CODE.search(raw)
    if trailing and repair.classification(trailing[1]):  # "Vice-President, X, EX-04 (pos. ...)": its level after a comma
        raw = f"{raw[:trailing.start()]} ({trailing[1]}){raw[trailing.end(1):]}"
    inside = next((m for m in re.finditer(r"\s*[(\[]\s*([^()\[\]]{2,30})\s*[)\]]", raw) if repair.level(m[1])), None)
    if inside:
        code = repair.level(inside[1])
        level = "supervisor_classification" if supervisor else "classification"
        if level not in wd.fields:
            wd.fields[level] = Value(code[0], wd.read_as(code[2]) if code[1] else None)
            if not supervisor and _PROPOSED.search(inside[0]):
                wd.fields["classification_status"] = Value("proposed")
        number = _POSITION.match(raw, inside.end()) if supervisor else None
        within = _POSITION.search(inside[1]) if supervisor and not number else None  # "(EX-05, #30001)"
        bare = not number and bare_role(fold(raw[:inside.start()]))
        unit = _UNIT_AFTER.fullmatch(raw, inside.end()) if bare else None
        used = number.end() if number else len(raw) if unit else inside.end()
        number = number or within
        raw = raw[: inside.start()] + (f", position {number[1]}" if number else f", {unit[1]}" if unit else "")
    number = _POSITION.search(raw) if supervisor else None
    if number:
        read = repair.number(number[1]) or repair.code(number[1].replace(" ", "-"))
        if read and "supervisor_number" not in wd.fields:
            wd.fields["supervisor_number"] = Value(read[0], wd.read_as(number[1]) if read[1] else None)
        raw = raw[: number.start()]
    written = _one_language(repair.clean_text(raw).rstrip(" .;,:/`~\u00b7"))  # a scan's speck after it, a cell's bar
    if not re.search(r"[^\W\d_]", written):
        return used  # "-": a form's empty cell, no title
    title = spelling.mended(written)
    wd.fields[key] = Value(title, wd.read_as(written) if title != written else None)
    return used


def _one_language(title: str) -> str:
    """A title written in both languages one after the other, no slash between them (a Word cell's two lines:
    ``Director, Taxpayer Services Directeur, Services aux contribuables``) or one (a people's label's value,
    ``Supervisor / Superviseur: X / Sous-ministre adjoint, X``): the first language's."""
    for word in re.finditer(r"(?<=\s)[A-ZÀ-Ý][^\W\d_]+", title):
        head, rest = fold(title[:word.start()]), fold(title[word.start():])
        if "," in head and "," in rest and role_start(rest) and role_start(head) \
                and (french_role(rest) and english_role(head) or english_role(rest) and french_role(head)):
            return title[:word.start()].rstrip(" /")  # "Assistant Deputy Minister, X / Sous-ministre adjoint, X"
    return title


_SEVERAL_NUMBERS = re.compile(r"\s*[0-9]{4,9}\s*\([^()\n]{2,60}\)"
                              r"(?:\s*(?:;|,|\band\b|\bet\b)\s*[0-9]{4,9}\s*\([^()\n]{2,60}\))+")
"""Several organizations' positions' numbers where a description states its own (``90017 (Natural Resources
Canada); 63709 (Environment and Climate Change Canada)``: one description shared by two organizations); a generic
description's list of its own department's positions (``51104, 51105 et 51117``) gives its first."""


UNIT_NAME = (r"(?!(?:The|This|Le|La|Il|Elle)\b)[A-ZÀ-Ý][\w'’&-]*"
             r"(?:[ \t]+(?!(?:is|are|was|est|sont|who|qui|which|incumbent|titulaire)\b)[\w'’&-]+){0,6}")
"""A unit's name: a capitalized word and at most six more, no sentence (``The incumbent ...``)."""
_UNIT_AFTER = re.compile(rf"[ \t]*,?[ \t]*({UNIT_NAME})[ \t.]*")
"""A unit's name after a bare role's classification (``Directeur exécutif (EX O2) Services
ministériels``, ``Assistant Deputy Minister (EX 05) Programs Branch``): the title's own, after a
comma."""
_ACTING = re.compile(r"^[ \t]*(?:A/|(?:acting|interim)[ \t]+)[ \t]*"
                     r"|[ \t]*\((?:acting|interim|int[ée]rim|par[ \t]+int[ée]rim|p\.[ \t]?i\.)\)"
                     r"|[ \t]+par[ \t]+int[ée]rim\b|[ \t]+int[ée]rimaire\b", re.IGNORECASE)
"""Who acts in the supervisor's position (``A/``, ``Acting``, ``(acting)``, ``(p.i.)``, ``par intérim``)."""
_REPORTS_TO = re.compile(r"\s*(?:(?:the|this)\s+position\s+|the\s+incumbent\s+|le\s+titulaire\s+|le\s+poste\s+)?"
                         rf"(?:{REPORTS_TO}|{RELEVE_DE}){THE}(?=[A-ZÀ-Ý])", re.IGNORECASE)
"""A supervisor's title written as the sentence that names it: the sentence's words are no title."""
_PRONOUN = re.compile(rf"\s*(?:{PRONOUNS})\b", re.IGNORECASE)
_TITLE_LABEL = re.compile(r"\s*(?:(?:position|job|official)\s+)?(?:title|titre)(?:\s+(?:du|of\s+the)\s+poste?)?"
                          r"\s*:\s*(?=\S)", re.IGNORECASE)
"""``Immediate Supervisor: Title: X``: a label inside the value names the title, and is none of it."""
_NEXT_WORDS = re.compile(r"\s+(?:direct reports|the following|positions reporting|reporting to|les postes suivants|"
                         r"relèvent)\b",
                         re.IGNORECASE)
"""Words that follow a title in a scan's run: the next sentence, not the title."""
_POSITION = re.compile(rf"(?:\s*[,;(/.]?\s*(?:[-\u2013\u2014]\s*)?\b(?:position|poste|pos\.?)"
                       rf"(?:\s*/\s*(?:position|poste))?\s*(?:number|no\.?|num[ée]ro|n°|#)?\s*:?"
                       rf"|\s+/|\s+[\u2013-](?=\s*[{repair.NUMBER_CHARS}]{{3}})|\s*,(?=\s*[0-9]{{4,8}}\s*\.?\s*$)|"
                       rf"[,;(]?\s*#)\s*((?:[A-Z]{{1,5}}[- ]?)?[{repair.NUMBER_CHARS}]{{3,8}})\)?(?=\s*[.,;]?\s*$)",
                       re.IGNORECASE)
"""``..., position 54321``, ``(pos. CFIA-30400)``, ``#ECCC-71800``, ``- Position No. 16000``, ``(EX-02) - 50200``,
``(EX-03), 414912``, ``EX-05 — poste / position 98743`` or ``... / 00800`` after a supervisor's title: the
supervisor's position number."""
