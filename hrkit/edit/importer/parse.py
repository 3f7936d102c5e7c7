"""A work description's text to its neutral form, whatever its shape and language: the one entry
point of reading (what comes before, a file's bytes to text, is hrkit.edit.importer's).

The text is laid out (``layout``), one language is chosen (a bilingual document is read in
English; an English copy followed by a French one is read in its English copy), the labelled
fields are read, then each section: the structure's direct reports and supervisor
(``structure``), the dimensions (``dimensions``), the accountabilities and the prose. Labels of
people and signature blocks end the text before them and are never read. A Markdown conversion
with the scan's full text after it is read from the conversion, its gaps filled from the scan.
Text that is not a work description, or a scan too damaged to read, is refused with the reason.
"""
from __future__ import annotations

import copy
import itertools
import re

from hrkit.edit.importer import dimensions, people, repair, spelling, structure
from hrkit.edit.importer.covered import covered
from hrkit.edit.importer.document import VERIFY, Issue, Value, WorkDescription
from hrkit.edit.importer.fields import UNIT_NAME, code_again, field_of, header_field
from hrkit.edit.importer.layout import REPORTS_ANNEX, RUN_LENGTH, Layout, Mark, clean_input, is_run, layout
from hrkit.edit.importer.people import without_occupants
from hrkit.edit.importer.vocabulary import (ANNEX, CLASSIFICATION_REQUEST, DOCUMENT_TITLES, EN, FR, OTHER_DOCUMENTS,
                                           PEOPLE, alternation, bare_role, blanked, fold, guess_label, report_header,
                                           in_both_languages, role_start, role_word)

COLUMNS = "columns run together in the scan"
_STRUCTURED = re.compile(r"^\s*-{3}\s*Structured Job Description\s*-{3}\s*$", re.MULTILINE | re.IGNORECASE)
_FULL = re.compile(r"^\s*-{3}\s*Full Extracted Text\s*-{3}\s*$", re.MULTILINE | re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(?:[ \t]*[^\W\d][\w -]*:[^\n]*\n|[ \t]*-?[ \t]+[^\n]*\n)+"
                          r"[ \t]*(?:---|\.\.\.)[ \t]*\n")
"""A Markdown page's front matter (``---`` / ``author: X`` / ``tags: [...]`` / ``---``): the page's
data in its wiki (who wrote it, when), not the work description's."""
_WITHHELD = (r"(?:(?<![\w.])(?:s|art)\.[ \t]?[0-9IlS]{1,2}\([0-9IlS]\)(?:\([a-z]\))?"
             r"|\[(?:REDACTED|WITHHELD|EXEMPTED|CAVIARDÉ|RETENU|PROTECTED)\]|█{2,})")
_WITHHELD_MARK = re.compile(_WITHHELD, re.IGNORECASE)
"""What says a value was withheld, alone: searched first, so that the few released documents alone pay
for ``_REDACTION``, whose optional leading words make it try at every character."""
_REDACTION = re.compile(r"(?:,?[ \t]*(?:pos(?:ition)?\.?[ \t]*(?:no\.?|number|#)|poste[ \t]+n[o°]\.?)[ \t]*)?"
                        r"(?:\([ \t]*)?(?:█+[ \t]*)*" + _WITHHELD + r"(?:[ \t]*\))?", re.IGNORECASE)
"""A value withheld in a release under the Access to Information Act (``s.15(1)``, ``art. 19(1)``, ``[REDACTED]``,
``██████``, in brackets or not, with the words naming it in a sentence or a title: ``, Pos. No. s.15(1)``): no value,
blanked before anything is read."""
_OWN_GRADE = (r"(?:(?:executive|management|ex[ée]cutif|direction|gestion|cadres?)[ \t]*,[ \t]*)?(?:salary[ \t]+)?"
              r"(?:band|bande|grade|level|niveau|[ée]chelon)[ \t]{0,3}[A-Z]?[0-9OIlSbZ]{1,2}\b")
_OWN_GRADE_BESIDE = re.compile(rf"\([ \t]*{_OWN_GRADE}[ \t]*\)"
                               rf"|[ \t]+[—–-][ \t]+{_OWN_GRADE}(?=[ \t]+[—–-][ \t]|[ \t]*$)"
                               rf"|(?<=\|)[ \t]*{_OWN_GRADE}[ \t]*(?=\|)|(?<=[ \t]{{2}}){_OWN_GRADE}(?=[ \t]{{2}})",
                               re.IGNORECASE | re.MULTILINE)
"""An organization's own grade beside a title, in its parentheses, between dashes, in a table's cell or
column (``Chief Risk Officer (Grade 16)``, ``Manager, X — Management,
Level 1 — 28 FTEs``, ``| Level P4 |``): a Crown corporation's scheme, no classification and no title's words;
blanked."""
_PLACEHOLDER = re.compile(
    r"\[(?:(?:comments?|commentaires?|note du r[ée]viseur|reviewer'?s? note)\s*:[^\[\]]*"  # a reviewer's, with a name
    r"|(?-i:[A-Z]{2,4})[ \t]*:[^\[\]\n]*"  # a reviewer's by initials: "[BQ: confirm O&M - finance mentioned $2.44M?]"
    r"|\s*(?:enter|insert|type|describe|list|add|select|indicate|specify|inscrire|ins[ée]rer|saisir|d[ée]crire|"
    r"[ée]num[ée]rer|indiquer|pr[ée]ciser|ajouter|s[ée]lectionner)\b[^\[\]\n]*"  # a template's instruction
    r"|[\s#.xX_]*[#.xX_]{2,}[\s#.xX_]*"  # [#####], [...], [XXXXXX]
    r"|[^\[\]\n\d/]{1,30}/[^\[\]\n\d/]{1,30})\]",  # [Title / Titre]: a field's name in both languages
    re.IGNORECASE)
"""What a template or a reviewer left in brackets: a comment (``[Comment: ... - Priya Raman]``, ``[BQ: check]``),
an instruction (``[Enter the position title / Inscrire le titre du poste]``), a mask (``[#####]``)
or a field's name in both languages (``[City, Province / Ville, province]``): no value, no text."""
_PROMPT = re.compile(r"(?:Click or tap here to enter (?:text|a date)|Click here to enter (?:text|a date)"
                     r"|Cliquez ou appuyez ici pour (?:entrer|taper) (?:du texte|une date)"
                     r"|Cliquez ici pour taper du texte)\.?")
"""Word's prompt in a form's empty field, typed out as text when the form was copied: no value."""


def _prompt_slot(prompt: re.Match) -> str:
    """What stands for a prompt: a dash after its label or in a table's cell (the value's place kept, no value);
    alone on its line (a form's values stacked under their labels, in order), the prompt as it is, its place."""
    text = prompt.string
    return "-" if text[text.rfind("\n", 0, prompt.start()) + 1:prompt.start()].strip() else prompt[0]
_WORD_COMMENT = re.compile(r"^[ \t]*(?:Comment(?:ed|aire)?[ \t]*\[[A-Z]{1,4}[0-9]{1,3}\]|Formatted|Mis en forme"
                           r"|Deleted|Supprim[ée])[ \t]*:[^\n]*\n?", re.MULTILINE)
"""Word's balloons printed with the document (``Comment [MB1]: Martine Boudreau - check O&M``,
``Commented [DN1]: ...``, ``Formatted: Font: Arial``, ``Deleted: EX-01``): a reviewer's note, often
with a name, or a tracked change's deleted words; not the document's text."""
BLANK_PLACEHOLDERS = 4
"""Placeholders, at least, in a document refused as a blank template (no title, no number)."""
_IDENTIFIERS = ("position_number", "job_code")
MIN_WORDS = 40
"""Fewer words, and no field found: too little text to be a work description."""
FEWEST_WORDS = 15
"""Fewer words: too little text, whatever it holds."""


class NotAWorkDescription(ValueError):
    """The text is not a work description hrkit can read; the message says why. ``in_prose``: a kind of document
    (a memo, a briefing note, a staffing request, one with no form's label or section) that may still describe one
    position in its sentences."""

    def __init__(self, message: str, *, in_prose: bool = False):
        super().__init__(message)
        self.in_prose = in_prose


def parse_text(text: str, name: str) -> WorkDescription:
    """The WorkDescription of ``text`` (``name``: the document's file name, kept as its source)."""
    name = name.encode("utf-8", "replace").decode("utf-8")
    text = _FRONT_MATTER.sub("", clean_input(text), count=1)
    if _WITHHELD_MARK.search(text):
        text = blanked(_REDACTION, text)
    text = blanked(_OWN_GRADE_BESIDE, text)
    text, placeholders = _PLACEHOLDER.subn("", _WORD_COMMENT.sub("", text))
    text, prompts = _PROMPT.subn(_prompt_slot, text)
    try:
        wd = _described(text, name, placeholders + prompts)
    except NotAWorkDescription as refusal:
        written = _in_prose(text, name) if refusal.in_prose else None
        if written is None:
            raise
        return written
    bodiless = not (wd.general_accountability or wd.specific_accountabilities or wd.reports)
    written = _in_prose(text, name) if bodiless or "title" not in wd.fields else None
    if written is None:
        return wd
    if bodiless and not any(key in wd.fields for key in ("title", *_IDENTIFIERS)):
        return written  # a page of sentences under its title, its number in one of them
    for key, value in written.fields.items():  # a form's reading, what it lacks from its sentences
        wd.fields.setdefault(key, value)
    wd.dimensions = wd.dimensions or written.dimensions
    if bodiless:
        wd.reports, wd.general_accountability = written.reports, written.general_accountability
    return wd


def _described(text: str, name: str, placeholders: int) -> WorkDescription:
    full_at = _FULL.search(text)
    full = text[full_at.end():] if full_at else ""
    structured = _described_one(_STRUCTURED.sub("", text[: full_at.start()] if full_at else text), name)
    full = full and _described_one(full, name)
    words = len((structured + " " + full).split())
    _refuse_unreadable(structured + " " + full)
    enclosed = None
    try:
        _refuse_other_documents(structured + "\n" + full)
    except NotAWorkDescription as refusal:  # a package: a memo or a checklist, then the work description
        enclosed = refusal
        structured, full = _enclosed(structured) or "", _enclosed(full) or ""
        if not (structured or full):
            raise
    else:
        structured, full = _without_what_follows(structured), _without_what_follows(full)
        if _REQUEST.search(fold(" ".join(text.split("\n")[:_HEAD_LINES]))):  # a request's form (its proposed level,
            # requested date, former number), then the description it covers: the description's own values
            structured, full = _requested(structured), full and _requested(full)
    main = _read_with_annex(structured, name, ocr=bool(full_at)) if len(structured.split()) >= 5 else None
    scan = _read_with_annex(full, name, ocr=True) if full.strip() else None
    wd = _filled(main, scan) if main and scan else main or scan
    if enclosed and (wd is None or not _has_body(wd)):
        raise enclosed
    if wd is not None and not _has_body(wd) and _REQUEST.search(fold(" ".join(text.split("\n")[:_HEAD_LINES]))):
        raise NotAWorkDescription("a classification request without its work description")
    if placeholders >= BLANK_PLACEHOLDERS and (wd is None or not any(k in wd.fields for k in (*_IDENTIFIERS, "title"))):
        raise NotAWorkDescription(f"a blank template: {placeholders} fields or sections hold only a placeholder "
                                  "([Enter the position title], [#####]) and no title or number is filled in")
    if wd is None or not any(k in wd.fields for k in _IDENTIFIERS) and not _has_body(wd):
        if words < MIN_WORDS:
            raise NotAWorkDescription(f"too little text ({words} words): not a work description, or an "
                                      "unreadable scan")
        raise NotAWorkDescription("not a work description hrkit can read: no position number or job code, and "
                                  "no section of one (GENERAL ACCOUNTABILITY, ORGANIZATION STRUCTURE, DIMENSIONS, "
                                  "SPECIFIC ACCOUNTABILITIES..., English or French) was found", in_prose=True)
    _decided(wd, text)
    _budget_decided(wd, text)
    _corrected_in_notes(wd, text)
    _without_people(wd, text)
    if not (wd.specific_accountabilities or wd.reports or wd.dimensions) \
            and not any(key in wd.fields for key in (*_IDENTIFIERS, "title", "classification")):
        raise NotAWorkDescription("not a work description hrkit can read: it names no position (no title, "
                                  "position number, job code or classification was found)")
    return wd


def _without_people(wd: WorkDescription, text: str) -> None:
    """No title names the people the document prints beside their labels or over their role in a signature block
    (``Position Title: Director, X - Noémie van Houten`` when ``Noémie van Houten, Incumbent`` signs it)."""
    wd.people |= people.signed(text)
    if not wd.people:
        return
    for title in (wd.fields.get("title"), wd.fields.get("supervisor_title"), *(report.title for report in wd.reports)):
        if title is not None and isinstance(title.value, str):
            title.value = people.without_name_after(title.value, wd.people)


def _decided(wd: WorkDescription, text: str) -> None:
    """A classification decision's level over the level its description states or proposes, and its date where
    the description states none (``Classified at EX-01 effective 2024-10-01``, ``Decision: EX-01, effective
    2024/08/01``, ``Le poste est classifié EX-01 en date du 31 décembre 2019``, ``Approved Group and Level: EX-01``):
    a package prints the requested level, the previous one and benchmarks' beside it."""
    decision = _DECISION.search(text)
    read = repair.level(decision["code"]) if decision else None
    if read is None:
        return
    stated = wd.fields.get("classification")
    if stated is None or stated.value != read[0]:
        was = f" (the description: {stated.value})" if stated else ""
        wd.fields["classification"] = Value(read[0], f"{VERIFY}the classification decision's level{was}")
    wd.fields.pop("classification_status", None)
    day = repair.date(decision["date"]) if decision["date"] else None
    if day and "effective_date" not in wd.fields:
        wd.fields["effective_date"] = Value(day[0], f"{VERIFY}the classification decision's date")


_CLASSIFIED = (r"position[ \t]+is[ \t]+classified[ \t]+(?:at[ \t]+)?(?:the[ \t]+)?"
               r"|poste[ \t]+est[ \t]+classifi[ée]e?[ \t]+(?:au[ \t]+niveau[ \t]+)?")
"""The words that state a position's level (``... position is classified at EX-01``, ``... poste est classifié
EX-01``): a decision's, or a note's correcting the level typed above it."""
_DECISION = re.compile(
    rf"^[ \t>*\u2022-]*(?:d[ée]cision[ \t]*:[ \t]*|(?:the[ \t]+|this[ \t]+|le[ \t]+)?(?:{_CLASSIFIED})"
    r"|classified at (?:the )?"
    r"|(?:approved|decided) (?:group and level|classification|level)[ \t]*:[ \t]*"
    r"|(?:groupe et niveau|classification|niveau) approuv[ée](?:e)?s?[ \t]*:[ \t]*)"
    rf"(?P<code>{repair.LEVEL_TYPED})\b(?:[ \t]+level|[ \t]+niveau)?"
    r"(?:[ \t,.;]+(?:effective(?: as of| on)?|en date du|en vigueur le|[aà] compter du)[ \t]+(?P<date>[^.\n]{6,30}))?",
    re.MULTILINE | re.IGNORECASE)
"""A classification decision's level, at its line's start, and its date after it."""


def _corrected_in_notes(wd: WorkDescription, text: str) -> None:
    """A note that corrects a value typed above it (``Correction: the salary and O&M amounts were entered on the
    wrong lines. Salary is $13.99M; O&M is $1,430,000.``, ``NOTE: EX-03 above is the supervisor's level, typed in
    error - this position is classified EX-01.``, ``Le numéro du poste est 347340.``): the value it states, to
    verify; a report it says is abolished or gone, dropped."""
    for note in _CORRECTION_NOTE.finditer(text):
        words = " ".join(note[0].split())
        if structure.GONE.search(words):  # "the Manager, X position was abolished and no longer reports to ..."
            wd.reports = [report for report in wd.reports if fold(str(report.title.value)) not in fold(words)]
        for key, pattern, read in _CORRECTED:
            found = pattern.search(words)
            value = read(next(group for group in found.groups() if group)) if found else None
            if value:
                wd.fields[key] = Value(value[0], f"{VERIFY}a correction note: {found[0]!r}")
        _field_corrected(wd, words)
        _reports_corrected(wd, words)
        _dimensions_over(wd, words, "a correction note")


def _field_corrected(wd: WorkDescription, words: str) -> None:
    """A correction note's ``the <field> is <value>, not <old>`` (``the effective date is April 4, 2023, not July 1,
    2020``, ``the supervisor's title is X, not Y``, ``la date d'entrée en vigueur est le 4 avril 2023``): the field
    read from its value as its label's would be, over the one typed above, to verify."""
    for found in _CORRECTS_FIELD.finditer(words):
        key = guess_label(fold(found["label"]))
        if key not in _NOTED_FIELDS or fold(found["label"]) in _NOT_A_FIELD or _VERB_FIRST.match(found["value"]):
            continue  # "the position is classified RES 05, ...": a sentence about the position, no field's value
        scratch = WorkDescription(wd.document, ocr=wd.ocr)
        header_field(scratch, key, found["label"], found["value"])
        if key in scratch.fields:
            wd.fields[key] = Value(scratch.fields[key].value, f"{VERIFY}a correction note: {found[0].strip()!r}")


_CORRECTS_FIELD = re.compile(r"\b(?:the|le|la|l')\s*(?P<label>[^\W\d][\w' ]{2,40}?)\s+(?:is|should (?:be|read)|est)\s+"
                             r"(?P<value>[^;]+?)(?:,?\s+(?:not|instead of|(?:et )?non(?: pas)?|au lieu de)\s[^;]*?)?"
                             r"\s*(?:[.;]\s|[.;]?$)", re.IGNORECASE)
_NOT_A_FIELD = frozenset(("position", "poste", "incumbent", "titulaire", "job", "emploi"))
_VERB_FIRST = re.compile(r"(?i)classifi|respons|accountable|managed|located|vacant|now|currently|being|to be")
_NOTED_FIELDS = frozenset(("title", "classification", "effective_date", "location", "supervisor_title",
                           "supervisor_number", "supervisor_classification", "department", "branch"))
"""The fields a note's sentence may correct this way (a number and a budget have patterns of their own)."""


def _reports_corrected(wd: WorkDescription, words: str) -> None:
    """A correction note's report: ``the X is classified EX-03, not EX-02`` its level, ``X - read 18 FTEs for 14
    throughout`` its count, to verify."""
    for report in wd.reports:
        title = re.escape(str(report.title.value))
        level = re.search(rf"{title}\s+(?:is|est)\s+classifi(?:ed|[ée]e?)\s+(?:at\s+|au niveau\s+)?"
                          rf"({repair.LEVEL_TYPED})\b", words, re.IGNORECASE)
        read = repair.level(level[1]) if level else None
        if read:
            report.classification = Value(read[0], f"{VERIFY}a correction note: {level[0]!r}")
        count = re.search(rf"{title}\W+(?:read|lire)\s+([0-9OIl.,]+)\s+(?:FTEs?|ETP)\s+(?:for|au lieu de)\b",
                          words, re.IGNORECASE)
        figure = repair.fte(count[1]) if count else None
        if figure:
            report.fte = Value(figure[0], f"{VERIFY}a correction note: {count[0]!r}")


def _budget_decided(wd: WorkDescription, text: str) -> None:
    """A budget the package's decision approves in place of the description's (``The Deputy Minister approved an O&M
    budget of $1,042,000 for the position (instead of the $1,006,000 shown in the work description), for a total of
    $4,972,000.``, ``Le sous-ministre a approuvé un budget de F et E de 523 000 $ ... (au lieu de ...)``): its
    figures over the description's, to verify."""
    for decision in _BUDGET_DECISION.finditer(" ".join(text.split())):
        _dimensions_over(wd, _INSTEAD_OF.sub("", decision[0]), "the budget the decision approves")


_BUDGET_DECISION = re.compile(r"\b(?:approved|a approuv[ée])\b(?:[^.]|\.(?=\d))*?\bbudget\b(?:[^.]|\.(?=\d))*?"
                              r"\((?:instead of|au lieu de)\b(?:[^.]|\.(?=\d))*", re.IGNORECASE)
"""A sentence approving a budget in place of the one the description states (its ``(instead of ...)``)."""
_INSTEAD_OF = re.compile(r"\((?:instead of|au lieu de)\b[^()]*\)", re.IGNORECASE)


def _dimensions_over(wd: WorkDescription, words: str, why: str) -> None:
    """The salary, O&M and total ``words`` state over those the description read (when it read any), to verify."""
    stated = WorkDescription(wd.document, ocr=wd.ocr)
    dimensions.read(stated, words)
    for key in ("salary", "o_and_m", "total") if wd.dimensions else ():
        if key in stated.dimensions:
            wd.dimensions[key] = Value(stated.dimensions[key].value, f"{VERIFY}{why}")


_CORRECTION_NOTE = re.compile(r"^[ \t*>]*(?:correction|note|n\.[ \t]?b\.|nota"
                              r"|(?:one|a|une)[ \t]+correction\b[^:\n]{0,60}?)(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:"
                              r"[^\n]{0,300}$(?:\n(?![ \t]*\n)"
                              r"(?![^\n:]{1,50}:)[^\n]*){0,3}", re.IGNORECASE | re.MULTILINE)
"""A note that corrects what is typed above it (dated or not: ``Correction (July 10, 2024):``; a reply's ``One
correction before it goes to the data steward:``), its lines up to a blank one or a label (not a scan's run of a line
that a note opens)."""
_CORRECTED = (
    ("classification", re.compile(rf"\b(?:this|the|le)[ \t]+(?:{_CLASSIFIED})({repair.LEVEL_TYPED})\b", re.IGNORECASE),
     repair.level),
    ("position_number", re.compile(r"\b(?:the position number is|le num[ée]ro du poste est)[ \t]*#?[ \t]*"
                                   r"([0-9OIl]{3,9})\b", re.IGNORECASE), repair.number),
    ("job_code", re.compile(r"\b(?:is the job code|the job code is|est le code d'emploi|le code d'emploi est)"
                            r"[ \t]*\(?[ \t]*#?[ \t]*([0-9OIl]{3,9})\b", re.IGNORECASE), repair.number),
)
"""What a correction note states, and how each value is read."""


def _refuse_other_documents(text: str) -> None:
    """A document whose first lines name it something else than a work description (a
    performance agreement, a staffing request, an organization chart...) and no work
    description, or a memo with no work description's heading behind it: refused with what it
    is. A label's words are no name (``Date of Classification Decision: 2013/10/10`` is a work
    description's field)."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    head = lines[:_HEAD_LINES]
    if any(_MEMO.match(fold(line)) for line in head) and not any(_titled(fold(line)) for line in lines) \
            and max(map(len, lines)) < RUN_LENGTH:
        raise NotAWorkDescription("a memo, not a work description", in_prose=True)  # a cover memo's is titled
    titled = next((at for at, line in enumerate(head) if _DOCUMENT_TITLE.search(fold(line))), len(head))
    for what, pattern in _OTHER_DOCUMENTS:  # named before any work description's name: a staffing request's
        # "... forward with the approved work description" under its own name is no work description
        if any(_names_as(line, pattern) for line in head[:titled]):
            raise NotAWorkDescription(f"{what}, not a work description", in_prose=what in _TELLING_OF_ONE)


_TELLING_OF_ONE = ("a staffing request", "a briefing note", "a classification decision")
"""Documents that may describe the one position they are about in their sentences (``The incumbent of position
35904, classified EX-01, reports to ...``)."""


def _in_prose(text: str, name: str) -> WorkDescription | None:
    """The position a memo, a briefing note, a staffing request or a page of prose describes in its sentences alone:
    its title named at its top (a subject's, a first line's) and written again in its sentences, read with them as a
    description whose only section is its general accountability; None unless the sentences state the position's
    level, its supervisor, and its number, its reports or its budget (a news release, a letter, minutes state no such
    thing)."""
    lines = text.split("\n")
    found = _prose_title(lines)
    if found is None:
        return None
    title, body = found
    if _APPOINTMENT.search("\n".join(lines[:body + 1])) or _COVERING.search(text):
        return None
    try:
        told = _unwrapped(lines[body:])
        wd = _described(_PROSE_FORM[structure.language_of(title)].format(title) + told, name, 0)
    except NotAWorkDescription:
        return None
    stated = "classification" in wd.fields and "supervisor_title" in wd.fields \
        and (wd.reports or wd.dimensions or any(key in wd.fields for key in _IDENTIFIERS))
    if not stated or _LETTER.search(text):
        return None
    _budget_sentences(wd, told)
    wd.fields["title"] = Value(title, f"{VERIFY}named at the document's top and in its sentences; it has no form")
    return wd


def _unwrapped(lines: list[str]) -> str:
    """Prose whose lines a page's width cut (``... reports to the Director General, Corporate`` / ``Services (EX-03,
    position 14001).``) one sentence a line: a long line that ends no sentence goes on on the next, a paragraph's
    sentences each on a line of its own (a paragraph on one line is no scan's run)."""
    out: list[str] = []
    for line in lines:
        if out and line.strip() and len(out[-1]) >= _WRAPPED and not re.search(r"[.:;!?]\s*$", out[-1]) \
                and not _LIST_ITEM.match(line) and not _LIST_ITEM.match(out[-1]):  # a list's items, one a line
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return _SENTENCE_END.sub("\n", "\n".join(out))


_LIST_ITEM = re.compile(r"[ \t]*[\u2022*\u2013-][ \t]")
"""A bulleted list's item (a line a number opens may be a sentence's wrapped end: ``... classified EX`` / ``01.``)."""
_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ0-9)]{3}\.)[ \t]+(?=[A-ZÀ-Ý])")
"""Between two sentences (not after an abbreviation's period: ``St. John's``, ``No. 5``)."""
_WRAPPED = 50
"""Characters, at least, in a line a page's width cut."""
_BUDGET = {"salary", "o_and_m", "total"}
_BUDGET_SENTENCE = re.compile(r"(?:[^.\n]|\.(?=[0-9]))*\b(?:salary|salaries|salaires?|salarial)\b"
                              r"(?:[^.\n]|\.(?=[0-9]))*(?:\.(?=\s|$)|$)", re.IGNORECASE | re.MULTILINE)
"""A sentence naming a salary (its amounts' decimal points no end of it)."""
_AMOUNT = re.compile(r"\$|[0-9][ \t]?(?:[KkM]\b|M\$|k\$|million)")


def _budget_sentences(wd: WorkDescription, text: str) -> None:
    """A budget its sentences state, wherever they stand, where no label gave all of it (``Annual resources ... amount
    to $1,613,000 in salaries and $282,000 for O&M; in all, $1,895,000``, ``Budget: $4.88 million in salary and 610K
    in O&M, 5.49M all in``)."""
    if _BUDGET <= wd.dimensions.keys():
        return
    for sentence in _BUDGET_SENTENCE.finditer(text):
        if _AMOUNT.search(sentence[0]):
            dimensions.read(wd, sentence[0])


_APPOINTMENT = re.compile(r"\b(?:nomination|appointment|int[ée]rim\w*|acting|secondment|d[ée]tachement|deployment|"
                          r"d[ée]ploiement)\b", re.IGNORECASE)
"""A staffing action a note names at its top (``Objet : Nomination intérimaire - Directrice, X (EX-01)``): a person's
appointment to the position, which it does not describe."""
_COVERING = re.compile(r"\b(?:attached|enclosed|ci-jointe?s?|en pi[èe]ce jointe)\b[^.\n]{0,60}"
                       r"\b(?:revised|updated|amended|r[ée]vis[ée]e?|modifi[ée]e?|mise? [àa] jour)\b[^.\n]{0,20}"
                       r"\b(?:work description|description de travail|WD|DT)\b", re.IGNORECASE)
"""A memo covering the revised work description it sends (``Please find attached the revised work description``):
what it says of the position is a summary of changes, not the description (a briefing note seeking approval of ``the
attached work description`` of a new position may describe it)."""
_PROSE_FORM = {EN: "Position title: {}\n\nGeneral accountability\n\n",
               FR: "Titre du poste : {}\n\nResponsabilité générale\n\n"}
"""The form a description in prose is read in: its title's label and one section, in its language."""


def _prose_title(lines: list[str]) -> tuple[str, int] | None:
    """The title a document in prose is about, as its sentences write it (``SUBJECT: Classification rationale –
    Director, X``, ``Objet : Création du poste de Directrice, X``, ``LE POSTE PROPOSÉ : DIRECTRICE, X``, its first line
    ``EXECUTIVE DIRECTOR, X / DIRECTEUR EXÉCUTIF, X``), and the line where what follows it begins; None when no line
    at its top names a title its sentences write again."""
    filled = [" ".join(line.split()) for line in lines]
    ends = list(itertools.accumulate(len(line) + 1 for line in filled))
    prose = " ".join(filled)
    folded = fold(prose)
    for at in [at for at, line in enumerate(filled) if line][:_TITLE_LINES]:
        named = _NAMED_POSITION.search(filled[at])
        if named is None:
            continue
        title = named["title"].split(" / ")[0].strip(" .*#_")  # one language's of a bilingual title
        candidates = [(title, at)]
        if " / " not in named["title"] and named.end("title") == len(filled[at]):  # a subject cut over two lines:
            # "Director, Business Register" / "Modernization"
            following = next((n for n in range(at + 1, len(filled)) if filled[n]), at)
            candidates.insert(0, (f"{title} {filled[following]}", following))
        for title, last in candidates:
            if 1 < len(title.split()) <= 14 and role_start(fold(title)):
                again = folded.find(fold(title), ends[last])
                if again >= 0 or named["lead"] and last == at:  # a subject's need not be written again
                    told = last + 1 if named["subject"] or named.end("title") == len(filled[at]) else at  # a
                    # sentence's line read too, a subject's never
                    return (prose[again:again + len(title)] if again >= 0 else title), told
    return None


_TITLE_LINES = 25
"""Lines, at most, before a document in prose names its position (an e-mail's reply and headers above the message)."""
_NAMED_POSITION = re.compile(r"^[#*_ \t]*(?P<lead>(?:(?P<subject>subject|subj|objet|re)|le poste propos[eé]|"
                             r"the proposed position|"
                             r"proposed position)[*_ \t]*:[*_ \t]*(?:.*?(?:[ \t][-\u2013\u2014][ \t]+|"
                             r"\b(?:of|for) the position of |\bdu poste de |\bdu poste d'))?"
                             r"|.*?\b(?:my (?:new )?position is|(?:the )?title (?:is|will be)|the new)[ \t]+)?"
                             r"(?P<title>[^\n]+?)(?:(?<=\S)(?=,?[ \t]+(?:classified|and it'?s|"
                             r"(?-i:position) (?:will|is)\b)|[ \t]*\()[^\n]*)?$", re.IGNORECASE)
"""A line at a document's top naming the position it is about, and where the title begins (after a subject's label,
its kind's words and a dash: ``SUBJECT: Classification rationale – Director, X``; after a sentence's words for it:
``My position is X, classified EX-03``, ``Title will be X and it's classified EX-01``, ``The new X position will be
an EX-1``; a line without them is a title whole)."""


def _requested(text: str) -> str:
    """A classification request's text: the description it covers, from its heading on, when what comes before it
    is the request's own (a memo's, or a form's ``Proposed group and level``, ``Requested effective date``, ``Current
    position number``); else all of it (a request's form holding the description's title and number)."""
    enclosed = _enclosed(text)
    before = text[:text.find(enclosed)] if enclosed else ""
    return enclosed if enclosed and (_REQUEST_FIELD.search(before) or not _identifies(before)) else text


def _identifies(text: str) -> bool:
    """Does ``text`` label a field of the position's (``| Classified Title | Director, X |``, ``Group and Level:
    EX-3``), more than a memo's date?"""
    return any(guess_label(fold(found[1])) not in (None, "effective_date") for found in _LABEL_CELL.finditer(text))


_LABEL_CELL = re.compile(r"^[ \t|*#-]*([^:|\n]{2,40}?)[ \t*]*(?::|\|)", re.MULTILINE)
"""A line's label, before its colon or its table cell's bar."""
_REQUEST_FIELD = re.compile(r"^[ \t]*(?:proposed|requested|current|former|previous|propos[ée]e?|demand[ée]e?|actuel)\b"
                            r"[^\n:]{0,30}?\b(?:level|niveau|date|number|num[ée]ro|classification)",
                            re.IGNORECASE | re.MULTILINE)
"""A request's own field: the level it proposes, the date it asks for, the position's number before it."""


def _enclosed(text: str) -> str | None:
    """The work description a package holds after another document (``BRIEFING NOTE`` ... ``ANNEX A –
    WORK DESCRIPTION`` ... ``ANNEX B – CLASSIFICATION RATIONALE``; a staffing file's checklist, then
    the description): from its heading on a line of its own to the next document's name, or None."""
    lines = text.split("\n")
    start = _heading_line(lines, first=1)
    return None if start is None else "\n".join(lines[start:_next_document(lines, start, _PACKAGE_PARTS)])


def _described_one(text: str, name: str) -> str:
    """A package's one work description when it holds two, each under its heading: the live one where the other is
    marked superseded (``EXECUTIVE WORK DESCRIPTION — SUPERSEDED``, its page's header ``ESDC – EWD – 79051 –
    SUPERSEDED``), the one the file is named after (or the package before them names, ``Position evaluated: X``)
    where they describe two positions (the supervisor's description beside the position's), else the first; a
    description's copy in the other language, the same position, is none of that: ``text`` as it is."""
    lines = text.split("\n")
    heads = [at for at, line in enumerate(lines) if _heading(line)]
    heads = [at for n, at in enumerate(heads) if not n or at - heads[n - 1] > _HEADING_PAIR]  # "... / DESCRIPTION ..."
    if len(heads) < 2:
        return text
    starts = [max(at - _HEADING_PAIR, heads[n - 1] + 1 if n else 0) for n, at in enumerate(heads)]  # its page's
    parts = ["\n".join(lines[start:end]) for start, end in zip(starts, starts[1:] + [len(lines)])]  # header too
    if not all(len({found[1] for found in _BODY_HEADING.finditer(fold(part))}) >= 2 for part in parts):
        return text  # a page's running header naming the document, a pasted fragment: one description
    live = [part for start, at, part in zip(starts, heads, parts)  # a heading's or a header's mark, no sentence's
            if not any(_SUPERSEDED.search(fold(line)) and len(line.split()) <= _MARK_WORDS
                       for line in lines[start:at + 1])]
    numbers = {(repair.number(found[1]) or (found[1],))[0] for found in map(_NUMBER_LABELLED.search, parts) if found}
    if len(live) == len(parts) and len(numbers) < 2 or not live:
        return text
    before, named = fold("\n".join(lines[:heads[0]])), fold(name)
    titles = [(part, fold(" ".join(found[1].split()))) for part in live for found in [_TITLE_LABELLED.search(part)]
              if found]
    return next((part for part, title in titles if title in named), None) \
        or next((part for part, title in titles if title in before), live[0])


_HEADING_PAIR = 3
"""Lines, at most, between a description's heading and its other language's, or its page's header above it."""
_BODY_HEADING = re.compile(r"^[ \t#*]*(general accountability|responsabilite generale|organization structure|"
                           r"structure de l'organisation|dimensions|specific accountabilities|key activities|"
                           r"activites principales|nature and scope|nature et etendue)\b", re.MULTILINE)
"""A description's sections, two of which each description of a package holds."""
_MARK_WORDS = 10
"""Words, at most, of a line marking a description superseded (``EXECUTIVE WORK DESCRIPTION — SUPERSEDED``)."""
_SUPERSEDED = re.compile(r"\b(?:superseded|remplacee|obsolete|former version|ancienne version)\b")
_TITLE_LABELLED = re.compile(r"^[ \t#*|-]*(?:position title|titre du poste)(?:[ \t]*/[^:\n]{0,30})?[ \t]*:[ \t]*"
                             r"([^\n|]+?)(?:[ \t]{2,}|[ \t]*\||[ \t]*$)", re.IGNORECASE | re.MULTILINE)
"""A description's title on its label's line (``POSITION TITLE: Director, X   GROUP AND LEVEL: EX-01``)."""
_NUMBER_LABELLED = re.compile(r"\b(?:position number|num[ée]ro du poste|n[o°] de poste)(?:[ \t]*/[^:\n]{0,30})?"
                              r"[ \t]*:[ \t]*([0-9OIlSB]{4,8})\b", re.IGNORECASE)
"""A description's position number on its label's line."""


def _without_what_follows(text: str) -> str:
    """``text`` up to a classification rationale that follows its work description (a classification
    request's ``CLASSIFICATION RATIONALE``, its ratings and its evaluators' names after the description;
    an organization chart may be the description's own annex)."""
    folded = fold(text)
    if not any(pattern.search(folded) for _, pattern in _FOLLOWING):
        return text  # no rationale's nor rating sheet's name anywhere: nothing follows
    lines = text.split("\n")
    start = _heading_line(lines, first=0)
    return text if start is None else "\n".join(lines[:_next_document(lines, start, _FOLLOWING)])


def _heading_line(lines: list[str], first: int) -> int | None:
    """The line from ``first`` on that is a work description's heading (no ``o [X] ...`` item, nor ``Type of action
    Update of work description``)."""
    return next((at for at in range(first, len(lines)) if _heading(lines[at])), None)


def _heading(line: str) -> bool:
    """A work description's heading on its line: no list's item, nor a form's row whose value names one."""
    return not _ITEM.match(line) and _titled(fold(" ".join(line.split()))) \
        and _titled(fold(" ".join(_FORM_GAP.split(line.strip())[0].split())))


_FORM_GAP = re.compile(r" {3,}|\t")
"""The gap between a form's label and its value on a line."""


def _next_document(lines: list[str], start: int, documents: list | None = None) -> int:
    """The line after ``start`` that names another document (of ``documents``, else any), or the end."""
    return next((at for at in range(start + 1, len(lines)) for line in [fold(" ".join(lines[at].split()))]
                 if any(_names_as(line, pattern) for _, pattern in documents or _OTHER_DOCUMENTS)), len(lines))


_ITEM = re.compile(r"\s*(?:[-*\u2022o>]\s|[\[\u2610\u2611\u2612])")
"""A list's item or a checklist's box (``o [X] Approved and signed work description``): no heading."""
_REQUEST = re.compile(rf"\b(?:{CLASSIFICATION_REQUEST})\b")
"""A classification request's name: its form may hold the work description, or only point to it."""
_MEMO = re.compile(r"[#*_ ]*(?:memorandum|memo|note de service)\b")
"""A memo's name opening one of a document's first lines."""


def _titled(line: str) -> bool:
    """A line that is a work description's heading (``EXECUTIVE (EX) WORK DESCRIPTION``, ``WORK
    DESCRIPTION / DESCRIPTION DE TRAVAIL``), not a memo's subject that names one."""
    found = _DOCUMENT_TITLE.search(line)
    return bool(found) and len(line.split()) <= 10 and ":" not in line[:found.start()] \
        and not line.rstrip().endswith(".")  # "... with the EX work description template.": a sentence


def _names_as(line: str, pattern: re.Pattern) -> bool:
    """Does this line name its document as ``pattern`` (folded words) says, where its words stand
    for a name?"""
    return any(_names_document(line, named) for named in pattern.finditer(fold(line)))


def _names_document(line: str, named: re.Match) -> bool:
    """Do a document's words name it where they stand: at the line's start or after a label
    (``Subject: Classification decision``) or after who issued it (``Research Centre Management
    Committee – Record of Decisions``, ``SKILLS BRANCH ORGANIZATION CHART`` in a scan's run, the
    heading's capitals or the name's own telling where it ends), with its other language's after a
    slash, not as a label of their own or inside one (``Date of Classification Decision 2011/08/15``)
    nor an annex's (``ANNEXE A – ORGANIGRAMME``)?"""
    before, after = line[:named.start()].strip(), _DATED.sub("", _OTHER_LANGUAGE.sub("", line[named.end():])).strip()
    issuer = len(before.split()) <= _ISSUER_WORDS and not _OF.search(before) \
        and not _ANNEX.match(before)  # "Date of Classification Decision", "ANNEXE A – ORGANIGRAMME": no name
    return (not before or before.endswith(":") or issuer and (not after.strip(" .") or line[:named.end()].isupper()
                                                              or line[named.start():named.end()].isupper())) \
        and not after.startswith(":")  # "RECORD OF CLASSIFICATION DECISION" names it too


_OTHER_LANGUAGE = re.compile(r"^\s*/[^/:]*$")
"""A name's other language after it (``Executive Performance Agreement / Entente de rendement de cadre``)."""
_OF = re.compile(r"\bdate\s+(?:of(?:\s+the)?|du|de(?:\s+la)?|d')$", re.IGNORECASE)
"""The words before a name that make it a label's (``Date of``, ``Date de la``), not an issuer's."""
_ANNEX = re.compile(rf"(?:{ANNEX}|attachment|schedule|pi[eè]ce jointe)\b", re.IGNORECASE)
"""An annex's name before a document's (``Annex A – Organization Chart``): a part of this one."""
_HEAD_LINES = 12
_DATED = re.compile(rf"^\s*(?:\([^()]*\)|{repair.FISCAL_YEAR}|(?:19|20)[0-9]{{2}})\s*$")
"""``(as of April 1, 2021)``, ``2023-2024``: a document's name's qualifier."""
_ISSUER_WORDS = 8
"""Words before a document's name that still leave it its line's name (``Research Centre
Management Committee – Record of Decisions``, ``... Manitoba Region Organization Chart``)."""
_DOCUMENT_TITLE = re.compile(r"(?<!\bnot a )(?<!\bpas une )\b(?:" + alternation(phrase for _, phrase in DOCUMENT_TITLES)
                             + r")\b")
"""A work description's name at a document's top, unless denied (``Chart prepared by HR. Not a
work description.``)."""
_OTHER_DOCUMENTS = [(what, re.compile(pattern)) for what, pattern in OTHER_DOCUMENTS]
_HR_PAGE = ("an HR system's position page", re.compile(r"^(?:position ?data|donnees (?:sur le|du) poste)\b[^\n]{0,6}"
                                                     r"\b(?:mygchr|peoplesoft|phoenix)\b", re.MULTILINE))
"""An HR system's page on the position, the system named (``POSITION DATA — MyGCHR (PeopleSoft)``), after a work
description in a package: its own values (a title cut to the system's width, a row's date) are no part of the
description. Alone, or a description's own ``Position Data`` section, it is read."""
_FOLLOWING = [(what, pattern) for what, pattern in _OTHER_DOCUMENTS
              if what in ("a classification decision", "a classification rating sheet")] + [_HR_PAGE]
"""What a classification package puts after the work description it holds."""
_PACKAGE_PARTS = _OTHER_DOCUMENTS + [_HR_PAGE]
"""What ends a work description enclosed in a package."""


def _has_body(wd: WorkDescription) -> bool:
    """What only a work description states: its accountabilities, direct reports or dimensions
    (a job poster or a letter names a title and a classification too, and a poster's "Work
    environment" reads like a Nature and Scope)."""
    return bool(wd.general_accountability or wd.specific_accountabilities or wd.reports or wd.dimensions)


def _refuse_unreadable(text: str) -> None:
    """No text, a few words, or mostly characters that make no words: not guessed at."""
    words = text.split()
    if not words:
        raise NotAWorkDescription("the document has no text (an image without a text layer?)")
    if len(words) < FEWEST_WORDS:
        raise NotAWorkDescription(f"too little text ({len(words)} words): not a work description, or an "
                                  "unreadable scan")
    pieces = [p for p in (w.strip(_MARKUP) for w in re.split(r"[\s=]+", text))  # an HR system's "DESCR=Director, X"
              if p and not _NEUTRAL.fullmatch(p)]
    wordlike = [p for p in pieces if _WORD.fullmatch(p) and _VOWEL.search(p)]
    if len(wordlike) < 0.5 * len(pieces):
        raise NotAWorkDescription(f"mostly unreadable characters ({len(wordlike)} of {len(pieces)} pieces of text "
                                  "are words): the scan cannot be read; scan it again or type it")


_MARKUP = "*_#>`|\"'“”‘’[]{}()"
"""Markdown emphasis, headings, quotes and brackets around a word: not part of it."""
_NEUTRAL = re.compile(r"[-•–—=+]+|\$?[\d.,/%-]+(?:[kKmM]\$?)?|\d+[.)]|[A-Z]{2,3}-\d{1,2}")
"""Bullets, numbers, amounts and classifications: neither words nor noise."""
_WORD = re.compile(r"[^\W\d_]{2,}[.,;:!?]?|[^\W\d_]+(?:[-'’_][^\W\d_]+)+[.,;:!?]?|[^\W\d_]+'s[.,;:]?")
_VOWEL = re.compile(r"[aeiouyàâéèêëîïôûù]", re.IGNORECASE)


def _position_annex(text: str) -> re.Match | None:
    """The heading of an annex giving a position's own values (``Annex A - Position-specific
    information``, then ``Position number: 30381``, ``Location: ...``): a generic description's
    annex, whose values are the position's."""
    return next((heading for heading in _ANNEX_HEADING.finditer(text)
                 if len(_POSITION_LABEL.findall(text, heading.end(), heading.end() + _ANNEX_REACH)) >= 2
                 and not REPORTS_ANNEX.search(fold(heading[0]))), None)  # "ANNEX A - DIRECT REPORTS": its list


_ANNEX_HEADING = re.compile(rf"^[ \t#*_|]*(?:(?:local|position[- ]specific)[ \t]+)?(?:{ANNEX})\b[^\n]{{0,100}}$"
                            r"|(?-i:\b(?:ANNEXE?|APPENDIX|APPENDICE)[ \t]+[A-Z0-9][ \t]*[-\u2013\u2014:]"
                            r"(?:[ \t]*/?[ \t]*(?:ANNEXE?[ \t]+[A-Z0-9][ \t]*[-\u2013\u2014:])?[ \t]*[A-ZÀ-Ý'-]{2,})*)",
                            re.MULTILINE | re.IGNORECASE)
"""An annex's heading on a line of its own (``LOCAL ANNEX — POSITION 474782`` too), or in capitals inside a scan's
run (``... ANNEX A – POSITION-SPECIFIC INFORMATION Title ...``)."""
_POSITION_LABEL_WORDS = (r"(?:position\s*(?:number|no\.?|title|#)|(?:num[ée]ro|n[o°º]\.?)\s+d[eu]\s+poste|"
                         r"titre\s+(?:du\s+poste|de\s+travail)|working\s+title|"
                         r"location|emplacement|lieu(?:\s+(?:g[ée]ographique|de\s+travail))?)")
_POSITION_LABEL = re.compile(rf"{_POSITION_LABEL_WORDS}(?:[ \t]*\([^()\n]{{1,30}}\))?(?:[ \t]*/[^:\n.|]{{1,40}})?"
                             rf"(?:[ \t*]*:|[ \t]*\.{{3,}}|[ \t]*\|(?![ \t]*{_POSITION_LABEL_WORDS}))", re.IGNORECASE)
"""A position's own field in an annex (``Position number:``, ``Location / Emplacement:``, ``Position No. .....``,
``No de poste :``, ``Titre de travail :``, ``Emplacement :``, ``Position title (working title):``, ``Position #:``),
or a table's cell (``| Emplacement | Québec (Québec) |``), not a header's (``| Position no. | Location | ...``, the
positions a generic covers)."""
_ANNEX_REACH = 800
"""How far into an annex its position's fields stand."""


def _read_with_annex(text: str, name: str, *, ocr: bool) -> WorkDescription:
    """A generic description, then the annex giving this position's own values: the generic's reading
    with the annex's over it. Whether the text is a scan's run is judged on the whole of it, generic and
    annex, and holds for the annex however short it is (an annex alone is too short to judge)."""
    table = covered(text, name)
    if table is not None and table.lines is None:
        raise NotAWorkDescription(f"a generic description of {table.rows} positions, no row of its table marked or "
                                  "named as this copy's (its annex, its file name, a cover sheet)")
    if table is not None:  # the generic's reading, the table's row of this copy's position over it
        generic = _read(text[:table.start] + text[table.end:], name, ocr=ocr)
        return _overridden(generic, _read(table.lines, name, ocr=False))
    run = is_run(text.split("\n"))
    cover = _cover_end(text)
    if cover is not None:  # the position's own values first, then the generic they apply to
        generic = _read(text[cover:], name, ocr=ocr, run=run)
        return _overridden(generic, _read(text[:cover], name, ocr=ocr, run=run), examples=True)
    annex = _position_annex(text)
    if annex is None:
        return _read(text, name, ocr=ocr)
    generic = _read(text[:annex.start()], name, ocr=ocr)
    return _overridden(generic, _read(text[annex.end():], name, ocr=ocr, run=run))


def _cover_end(text: str) -> int | None:
    """Where the generic description a cover sheet opens begins (``COVER SHEET`` / ``Page couverture –
    Renseignements propres au poste``, then ``GENERIC EX WORK DESCRIPTION``): its first line naming a work
    description after the cover's heading, or None for a document that opens with no cover sheet."""
    lines = text.split("\n")
    first = next((at for at, line in enumerate(lines) if line.strip()), None)
    if first is None or not _COVER.match(fold(lines[first])):
        return None
    at = _heading_line(lines, first + 1)
    return None if at is None else sum(len(line) + 1 for line in lines[:at])


_COVER = re.compile(r"[ \t#*_|]*(?:(?:position[- ]specific )?cover (?:page|sheet)|page couverture|"
                    r"fiche de renseignements propres au poste)\b")
"""A cover sheet's heading: the position's own values, before the generic description it applies to."""


def _overridden(generic: WorkDescription, annex: WorkDescription, *, examples: bool = False) -> WorkDescription:
    """A generic description with what its position's annex states instead: the annex's fields,
    its dimensions and its direct reports (the generic's are examples; with ``examples``, a cover
    sheet's, never the position's own even where the cover lists none). What precedes an annex that is the whole
    description (a staffing poster's, a notice's ``ANNEX A - WORK DESCRIPTION``) is no generic: the annex alone."""
    if not _has_body(generic) and _has_body(annex):
        return annex
    generic.fields.update(annex.fields)
    if any(key in annex.dimensions for key in ("salary", "o_and_m", "total")):  # an HR page's "ETP | 1,00" alone: none
        generic.dimensions = annex.dimensions
    if annex.reports or examples:
        generic.reports = annex.reports
    return generic


def _filled(main: WorkDescription, scan: WorkDescription) -> WorkDescription:
    """The Markdown conversion's reading, with what only the scan's full text states."""
    for key, value in scan.fields.items():
        if key not in main.fields:
            main.fields[key] = Value(value.value, f"{VERIFY}read in the scan's full text" +
                                     (f"; {value.note.removeprefix(VERIFY)}" if value.note else ""))
    for key, value in scan.dimensions.items():
        main.dimensions.setdefault(key, Value(value.value, f"{VERIFY}read in the scan's full text"))
    if not main.reports:
        main.reports = scan.reports
    for key in ("general_accountability", "nature_and_scope"):
        if getattr(main, key) is None:
            setattr(main, key, getattr(scan, key))
    if not main.specific_accountabilities:
        main.specific_accountabilities = scan.specific_accountabilities
    return main


def _read(text: str, name: str, *, ocr: bool, run: bool = False) -> WorkDescription:
    lay = layout(text, run=run)
    wd = WorkDescription(name, ocr=ocr or lay.run)
    language, low, high, bilingual = _language(lay)
    marks = [m for m in lay.marks if low <= m.start < high]
    preferred = _preferred(marks, language, bilingual)
    taken = _fields(wd, lay, marks, preferred, high, language)
    sections = _sections(lay, marks, preferred, high, taken)
    _title_fallback(wd, lay, marks, low)
    _body(wd, lay, sections, language)
    if not _has_body(wd) and "title" in wd.fields and not lay.run and _PROSE_LEVEL.search(lay.text[low:high]) \
            and not _LETTER.search(lay.text):
        prose = copy.deepcopy(wd)
        _body(prose, lay, {"general_accountability": _after_title(lay.text[low:high])}, language)
        wd = prose if prose.dimensions or len(prose.reports) >= 2 else wd  # a letter names a level, a position too
    if _has_body(wd):  # a letter of offer names the position's number in a sentence too
        _prose_fields(wd, lay.text[low:high])
        _dimensions_by_identifiers(wd, lay)  # a draft's "position number is 89043" named it only now
    _location_fallback(wd, lay.text[low:high])
    _spaced_titles(wd, lay.text)
    _month_first(wd, lay.text)
    return wd


def _month_first(wd: WorkDescription, text: str) -> None:
    """An effective date either way round (``04/01/2024``) read month first where the document's other dates
    are (``Last Updated: 11/22/2024``), still to verify."""
    stated = wd.fields.get("effective_date")
    if stated and stated.note == f"{VERIFY}{repair.AMBIGUOUS_DATE}" and repair.month_first(text):
        day = stated.value
        wd.fields["effective_date"] = Value(day.replace(month=day.day, day=day.month),
                                            f"{VERIFY}{repair.MONTH_FIRST_DATE}")


_PROSE_LEVEL = re.compile(r"\b(?:an?|is|it'?s|un|une|ce|du|de niveau|classifi[ée]e?|classified(?: at)?|at the)[ \t]+"
                          r"EX[- ]?[0-9OI]{1,2}\b")
"""A description in prose, no section named: its sentences name the position's level (``an EX-01 position``,
``il est aujourd'hui classifié EX-02``); all of its text is read as its general accountability, where it states
the unit's figures or its team."""


_LETTER = re.compile(r"^[ \t]*(?:(?:Dear|Cher|Ch[èe]re|Madame|Monsieur)\b[^\n]{0,60},[ \t]*$|(?:Yours (?:sincerely|truly)"
                     r"|Sincerely|Veuillez agr[ée]er|Je vous prie d'agr[ée]er)\b)", re.MULTILINE)
"""A letter's salutation or closing: a letter of offer names a level and a position in its sentences too."""


def _after_title(text: str) -> str:
    """``text`` after its first line (the title a description in prose opens with), without its lines of sign-off
    (``Incumbent: X. Reviewed with Y.``, ``Approved by X, Director General``, ``Questions: X, Human Resources``)."""
    return "\n".join(line for line in text.lstrip().partition("\n")[2].split("\n")
                     if not _SIGN_OFF.match(fold(line)))


_SIGN_OFF = re.compile(rf"[ \t]*(?:{alternation(phrase for _, phrase in PEOPLE)}|questions|reviewed with|revise avec)"
                       r"[ \t]*(?::|\b(?:by|with|par|avec)\b)")
"""A line of sign-off under a description in prose: a person's label first (``Incumbent:``, ``Reviewed with``)."""


def _spaced_titles(wd: WorkDescription, text: str) -> None:
    """The position's, its supervisor's and its reports' titles with the words a scan ran together set apart
    where the document writes them apart (``spelling.spacer``), marked to verify with what it read."""
    spacer = spelling.spacer(text)

    def spaced(found: Value) -> Value:
        title = spacer(found.value) if isinstance(found.value, str) else found.value
        return found if title == found.value else Value(title, found.note or wd.read_as(found.value))

    for key in ("title", "supervisor_title"):
        if key in wd.fields:
            wd.fields[key] = spaced(wd.fields[key])
    for report in wd.reports:
        report.title = spaced(report.title)


# --- language --------------------------------------------------------------------------------------

def _language(lay: Layout) -> tuple[str, int, int, bool]:
    """(language read, where its text starts and ends, whether both languages are interleaved)."""
    marks = [m for m in lay.marks if m.kind != "people" and m.languages and "" not in m.languages]
    english = [m for m in marks if EN in m.languages]
    french = [m for m in marks if FR in m.languages]
    if not marks:  # no label nor heading of either language's (a manager's draft): the words it is written in
        return _written_in(lay.text), 0, len(lay.text), False
    if not french or len(french) <= max(1, len(english) // 4) and len(english) >= 3:
        return EN, 0, len(lay.text), False  # a word or two of the other language (a converter's heading) is no copy
    if not english or len(english) <= max(1, len(french) // 4) and len(french) >= 3 \
            or len(english) <= 2 and len(french) >= 3 * len(english):
        return FR, 0, len(lay.text), False  # "Date:", "Structure": a French form's words English has too
    sides = [(EN in m.languages) - (FR in m.languages) for m in marks]
    best = (0, 0, False)
    for cut in range(1, len(marks)):
        before, after = sides[:cut], sides[cut:]
        for english_first in (True, False):
            sign = 1 if english_first else -1
            score = sum(1 for s in before if s * sign > 0) + sum(1 for s in after if s * sign < 0)
            if score > best[0]:
                best = (score, cut, english_first)
    score, cut, english_first = best
    if score >= 0.9 * len(marks) and 0 < cut < len(marks) and not _interleaved(lay, marks[cut].start):
        split = marks[cut].start
        previous = [m for m in lay.marks if m.kind == "document" and marks[cut - 1].start < m.start <= split]
        split = previous[0].start if previous else split
        english = (0, split) if english_first else (split, len(lay.text))
        french = (split, len(lay.text)) if english_first else (0, split)
        if not _sections_in(lay, *english) and _sections_in(lay, *french) >= WHOLE_SECTIONS:
            # an HR system's English printout, the French work description pasted under it; a printout whose fields
            # only are labelled in English (``POSITION NBR``, ``REPORTS TO``) over a French description: all of it
            labelled = any(m.kind == "field" and french[0] <= m.start < french[1] for m in lay.marks)
            return FR, *(french if labelled else (0, len(lay.text))), False
        return EN, *english, False
    return EN, 0, len(lay.text), True


def _interleaved(lay: Layout, split: int) -> bool:
    """Headings in both languages stand on both sides of ``split`` (``NATURE AND SCOPE / NATURE ET ÉTENDUE``): one
    bilingual document, whose one French label (``Relèvent du titulaire :``) starts no French copy."""
    both = [m.start for m in lay.marks if m.kind == "heading" and not m.languages and " / " in lay.text[m.start:m.end]]
    return bool(both) and both[0] < split < both[-1]


def _written_in(text: str) -> str:
    """French if its words are mostly French's (``le``, ``des``, ``est``), else English."""
    french = len(re.findall(r"\b(?:le|la|les|des|du|et|est|une?)\b", text, re.IGNORECASE))
    return FR if french > len(re.findall(r"\b(?:the|and|of|is|to|a)\b", text, re.IGNORECASE)) else EN


WHOLE_SECTIONS = 3
"""Sections of a work description's own, at least, in a copy that is one."""


def _sections_in(lay: Layout, low: int, high: int) -> int:
    return len({m.name for m in lay.marks if m.kind == "heading" and low <= m.start < high})


def _preferred(marks: list[Mark], language: str, bilingual: bool) -> list[Mark]:
    """The marks to read: of a field or section both languages label, the chosen language's."""
    if not bilingual:
        return marks
    named = {(m.kind, m.name) for m in marks if language in m.languages}
    return [m for m in marks if language in m.languages or "" in m.languages or (m.kind, m.name) not in named
            or not m.languages]


# --- fields ----------------------------------------------------------------------------------------

def _fields(wd: WorkDescription, lay: Layout, marks: list[Mark], preferred: list[Mark], high: int,
            language: str) -> list[tuple[int, int]]:
    """Read the labelled fields; returns the spans they took (label and value) and the spans
    of people's labels and values (dropped). Guessed labels are read last: a known one wins."""
    taken = []
    for index, mark in sorted(enumerate(marks), key=lambda item: item[1].guessed):
        if mark.kind not in ("field", "people"):
            continue
        end = _value_end(lay, marks, index, high, inner=not mark.strong)
        if mark.kind == "people":
            if _supervisor_title(lay, mark, lay.text[mark.end:end]):
                header_field(wd, "supervisor_title", lay.text[mark.start:mark.end].rstrip(": "),
                             lay.text[mark.end:end])
            elif name := people.named(lay.text[mark.end:end]):
                wd.people.add(name)
            taken.append((mark.start, end))
            continue
        raw = lay.text[mark.end:end]
        label = lay.text[mark.start:mark.end].rstrip(": ")
        if mark not in preferred or mark.guessed and code_again(wd, field_of(mark.name, raw), label) in wd.fields:
            taken.append((mark.start, end))
            continue
        titled = mark.name in ("title", "supervisor_title")
        bilingual = mark.bilingual and " / " in raw and mark.name not in ("position_number", "job_code")
        if bilingual or titled:
            tail = _SHARED_TAIL.search(raw) if titled else None  # "English / Français (EX-04), position 53300":
            # both own it; "Gatineau, Quebec / Gatineau (Québec)": no tail
            bracketed = re.fullmatch(r"\s*\(([^()]+)\)\s*", tail[0]) if tail else None
            tail = None if bracketed and role_start(fold(bracketed[1])) and len(in_both_languages(raw)) == 2 \
                else tail  # "English (Français)": no tail, the title in the other language
            head = raw[: tail.start() if tail else len(raw)]
            if bilingual:
                parts = head.split(" / ")
                side = mark.languages.index(language) if language in mark.languages else 0
                spoken = [structure.language_of(part) for part in parts] if titled and len(parts) == 2 else []
                if len(set(spoken)) == 2:  # "Titre du superviseur / Supervisor Title: English / Français": the
                    side = spoken.index(language)  # values in their own order
            else:
                parts = in_both_languages(head)
                side = next((n for n, part in enumerate(parts) if structure.language_of(part) == language), 0)
            if len(parts) == 2:
                raw = parts[min(side, 1)] + (tail[0] if tail else "")
        name = _supervisors(wd, marks, index)
        known = name in wd.fields
        unit = _unit_below(lay, marks, index, end) if name == "supervisor_title" and bare_role(fold(raw)) else None
        used = header_field(wd, name, label, f"{raw.rstrip()}, {unit[1].strip()}" if unit else raw)
        if not mark.strong and lay.run and not known and name in wd.fields:
            wd.fields[name].note = f"{VERIFY}{COLUMNS}; check the title"
        taken.append((mark.start, unit.end() if unit else mark.end + used))
    return taken


def _unit_below(lay: Layout, marks: list[Mark], index: int, end: int) -> re.Match | None:
    """A supervisor's unit on the line below its role, no mark's nor a label without its colon
    (``Reports To: Director General`` / ``    Program Operations``)."""
    below = _UNIT_LINE.match(lay.text, end)
    following = marks[index + 1].start if index + 1 < len(marks) else len(lay.text)
    return below if below and below.end() <= following and not lay.run and not guess_label(fold(below[1])) else None


_UNIT_LINE = re.compile(rf"\n[ \t]*({UNIT_NAME})[ \t]*(?=\n|$)")
"""A line naming a unit and nothing else."""


_OF_SUPERVISOR = {"classification": "supervisor_classification", "position_number": "supervisor_number"}


def _supervisors(wd: WorkDescription, marks: list[Mark], index: int) -> str:
    """The field a label names where it stands: under the supervisor's title (a form's
    ``B. SUPERVISOR`` block, a text box ``Immediate supervisor: X`` / ``Classification: EX-03`` /
    ``Position no.: A-21900``) a classification or position number the position's own came
    before is the supervisor's."""
    name = marks[index].name
    if name not in _OF_SUPERVISOR or name not in wd.fields or _OF_SUPERVISOR[name] in wd.fields:
        return name
    for mark in reversed(marks[:index]):
        if mark.kind != "field" or mark.name not in _OF_SUPERVISOR:
            return _OF_SUPERVISOR[name] if mark.kind == "field" and mark.name == "supervisor_title" else name
    return name


_SHARED_TAIL = re.compile(r"(?:\s*\([^()/]*\)|\s*(?:[,;]?\s*\b(?:position|poste)\b|[,;]\s*pos\.)[^/()0-9]*[0-9][^/()]*"
                          r"|\s+[-\u2013]\s*[0-9]{3,8})+\s*$", re.IGNORECASE)
"""What follows both languages of a bilingual value: a classification, a position number (``(EX-02) - 50200``,
``(EX-03), Pos. No. 00105``)."""


def _value_end(lay: Layout, marks: list[Mark], index: int, high: int, *, inner: bool) -> int:
    """Where a label's value ends: the next mark, the line's end, and for a label inside running
    text (``Reports to:``) the next ``Word:`` or column bar."""
    start = marks[index].end
    end = marks[index + 1].start if index + 1 < len(marks) else high
    line_end = lay.text.find("\n", start)
    if 0 <= line_end < end:
        end = line_end
    if inner:
        stop = re.search(r"\s+[A-Z][a-z]+\s*:|\s*\||(?<!\b[Nn]o)(?<!\b[Pp]os)\.\s|;",  # not "no. 85136"
                         lay.text[start:end])
        if stop:
            end = start + stop.start()
    return end


def _supervisor_title(lay: Layout, mark: Mark, value: str) -> bool:
    """``Supervisor: Director General, X`` (``Supervisor / Superviseur:``) is the supervisor's title, not a
    person's name."""
    label = fold(lay.text[mark.start:mark.end]).rstrip(": ")
    return all(word.strip(" \t\u2022*-") in ("supervisor", "superviseur") for word in label.split("/")) \
        and role_start(fold(value.strip()))


# --- sections --------------------------------------------------------------------------------------

_RESOURCES = re.compile(r"(?:fin[aoe]ncial resources|ressources financi[eè]res)\s*:\s*([^\n]{1,400})", re.IGNORECASE)
"""The Client Service Results template's figures, written in a sentence under Responsibility."""


def _sections(lay: Layout, marks: list[Mark], preferred: list[Mark], high: int,
              taken: list[tuple[int, int]]) -> dict[str, str]:
    """Each section's text: from its heading to the next heading, document title, people's label
    (not ``Supervisor:`` before a title) or field label that ends text, without the spans fields took; fields right
    under its heading (``Reports to: X``, ``Supervisor's position number: 739649``) are no end of it."""
    out: dict[str, str] = {}
    barriers = [m for m in marks if m.kind in ("heading", "document") or m.kind == "field" and m.strong
                or m.kind == "people" and not _supervisor_title(lay, m, lay.text[m.end:lay.text.find("\n", m.end)])]
    read: set[int] = set()  # where headings start whose text a heading of the same section above read
    took = dict(taken)  # where each field's label starts: where its value ends
    for mark in marks:
        if mark.kind != "heading" or mark not in preferred or mark.start in read:
            continue
        start = mark.end
        following = [b for b in barriers if b.start >= start]
        while following and not _without(lay.text, start, following[0].start, taken).strip(" /|-:\n\u2022*") and (
                following[0].kind == "heading" or following[0].kind == "field" and following[0].start in took):
            if following[0].name == mark.name:  # "Organization Structure" / "Direct reports:": one section
                read.add(following[0].start)
            start = took.get(following[0].start, following[0].end)  # "Reports to: X" under the heading, then its text
            following = following[1:]
        following = [b for b in following if not (b.kind == "heading" and b.name == mark.name and b not in preferred
                                                   and _LISTS_REPORTS.fullmatch(lay.text[b.start:b.end]))]
        end = following[0].start if following else high  # a list's label in both languages inside it ("Subordonnés
        text = _without(lay.text, start, end, taken)  # directs / Direct reports :" under "ORGANIZATION"): no end
        if mark.name == "dimensions":  # "Budget (en milliers de dollars)": the heading says what its figures are
            text = " ".join(re.findall(r"\([^()\n]*\)", lay.text[mark.start:start]) + [text])
        out[mark.name] = f"{out[mark.name]}\n{text}" if out.get(mark.name, "").strip() and text.strip() else \
            out.get(mark.name, "") or text  # a section in two places (an org chart at the top, its heading later)
    return out


_LISTS_REPORTS = re.compile(r"[^\n:]+ / [^\n:]+:[ \t]*")
"""A list's label in both languages, ending in its colon (``Subordonnés directs / Direct reports :``)."""


def _without(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """``text[start:end]`` without the spans fields and people took, nor lines that are only a
    person's name (under a signature)."""
    pieces, at = [], start
    for s, e in sorted(spans):
        if e <= at or s >= end:
            continue
        pieces.append(text[at:max(at, s)])
        at = max(at, e)
    pieces.append(text[at:end])
    lines = "\n".join(p for p in pieces if p.strip()).split("\n")
    return "\n".join(line for line in lines if not _NAME_LINE.fullmatch(line.strip()) or role_word(fold(line)))


_NAME_LINE = re.compile(r"(?:[A-ZÀ-Ý][a-zà-ÿ'-]+\.?\s+|[A-ZÀ-Ý]\.\s*){1,3}[A-ZÀ-Ý][A-Za-zà-ÿ'-]+,?")
"""A line that is a person's name: two to four capitalized words (``Jane Q. Public``)."""


def _title_fallback(wd: WorkDescription, lay: Layout, marks: list[Mark], low: int) -> None:
    """No title label: the incumbent's words (``I am the Director, X (EX-01), position 661431, at ...``), or the
    first short line that is a title (a role and what it leads; of a title in both languages, the first), after the
    document's own name where it has one."""
    if "title" in wd.fields or lay.run:
        return
    said = _I_AM.search(lay.text)
    if said and role_start(fold(said["title"])):
        wd.fields["title"] = Value(said["title"].strip(), f"{VERIFY}the incumbent's own words; it has no title label")
        for key, written in (("classification", said["level"]), ("position_number", said["number"])):
            if written and key not in wd.fields:
                header_field(wd, key, "", written)
        return
    end = min((m.start for m in marks if m.kind in ("heading", "field") and not m.guessed), default=len(lay.text))
    start = max([low] + [m.end for m in marks if m.kind == "document" and m.start < end])  # an e-mail's headers,
    # then "EXECUTIVE WORK DESCRIPTION" over its title; else a slide's title over the document's name
    above = lay.text[low:start].split("\n")[-_TITLE_ABOVE - 1:] if start > low else []
    for line in lay.text[start:end].split("\n")[:8] + above:
        words = line.strip(" \u2022")
        if 1 < len(words.split()) <= 12 and role_start(fold(words)) and not words.endswith(":"):
            title = _DRAFT_SUFFIX.sub("", words).rstrip(" .")
            halves = title.split(" / ")
            title = halves[0] if len(halves) == 2 and all(role_start(fold(half)) for half in halves) else title
            again = lay.folded.find(fold(title), lay.text.find(line, start) + len(line)) if title.isupper() else -1
            title = lay.text[again:again + len(title)] if again >= 0 else title  # as its sentences write it
            wd.fields["title"] = Value(title, f"{VERIFY}the document's first line; it has no title label")
            wd.issues.append(Issue("title", "guessed", f"no title label; the line {words!r}"))
            return


_TITLE_ABOVE = 3
"""Lines over a document's name, at most, that its title may stand on (a deck's title slide: ``Director, X`` /
``Executive Work Description``)."""
_I_AM = re.compile(r"^[ \t]*(?:I am|I'm|Je suis)[ \t]+(?:the|le|la|l')[ \t]*(?P<title>[A-ZÀ-Ý][^()\n.;]{3,120}?)"
                   r"(?=[ \t]*(?:\(|,[ \t]*(?:position|poste)\b|\.)|[ \t]+(?:at|à|au|with|in|for)\b)"
                   r"(?:[ \t]*\((?P<level>[^()\n]{2,12})\))?(?:[ \t]*,?[ \t]*(?:position|poste)[ \t]*(?:no\.?|n°|#)?"
                   r"[ \t]*(?P<number>[0-9OIl]{3,9})\b)?", re.MULTILINE)
"""An incumbent's draft saying who they are: their title, its level in brackets and the position's number after it
(``I am the Director, Dangerous Goods Policy (EX-01), position 661431, at Health Canada``)."""
_DRAFT_SUFFIX = re.compile(r"[ \t]+[-\u2013\u2014][ \t]+(?:(?:draft|ebauche|ébauche|brouillon)\b[^\n]*|"
                           r"(?:work description|job description|description de travail|WD|JD|DT))[ \t.]*$",
                           re.IGNORECASE)
"""What a draft's first line says of the document after its title (``- draft WD``, ``– ébauche``)."""


def _prose_fields(wd: WorkDescription, text: str) -> None:
    """Fields no label gives, written in a sentence as a manager drafts (``This EX-01 position,
    number 672095, reports to ...``, ``position number is 89043``, ``It is located in Ottawa,
    Ontario``, ``effective Aug. 1, 2018``): read from where the sentence names them, not in a
    sentence about the supervisor (``reports to position 30512``); or in brackets after the position's title in a
    sentence (``The Director, X (EX-01, position 507404, job code 104225) is accountable ...``)."""
    title = wd.fields.get("title")
    titled = re.search(re.escape(str(title.value)) + r"[ \t]*\(([^()\n]{4,80})\)", text) if title else None
    for key, pattern in _TITLE_DETAILS if titled else ():
        found = pattern.search(titled[1])
        if found and key not in wd.fields:
            header_field(wd, key, found[0].strip(), titled[1][found.end():].split(",")[0])
    for key, pattern in _PROSE_FIELDS:
        if key in wd.fields or any(issue.where == key and issue.what == "not recorded" for issue in wd.issues):
            continue  # a label's value read and set aside ("90017 (X); 63709 (Y)": two positions'): none again
        for found in pattern.finditer(text):
            start = max(text.rfind(".", 0, found.start()), text.rfind("\n", 0, found.start()), 0)
            clause = _SECOND_CLAUSE.split(text[start:found.start()])[-1]  # "reports to X and is located in Y": Y
            if _OF_THE_SUPERVISOR.search(clause):  # the position's
                continue
            end = r"\n|;" if key == "effective_date" else r"\.(?:\s|$)|\n|;|\s(?:and|et)\s+(?:reports|rel[eè]ve)\b"
            # "Aug. 1, 2018": a date's dot; "located in X and reports to Y": the place alone
            value = re.split(end, text[found.end():], maxsplit=1)[0]
            if header_field(wd, key, found[0].strip(), value):
                break


_PROSE_FIELDS = tuple((key, re.compile(pattern, re.IGNORECASE | re.MULTILINE)) for key, pattern in (
    ("position_number", r"\b(?:position|poste)(?:,)?[ \t]+(?:number|no\.?|#|num[ée]ro|n°)[ \t]*"
                        r"(?:is|est|:|-|\u2013)?[ \t]*(?=[0-9OIl]{3,9}\b)"
                        r"|\b(?:position|poste)\b[^.\n()]{0,40}"  # "Ce poste de niveau EX-01 (no 74811)"
                        r"\((?:no\.?|n°|#|number|num[ée]ro)[ \t]*(?=[0-9OIl]{3,9}\))"
                        r"|\b(?:incumbent of|titulaire du)[ \t]+(?:position|poste)[ \t]+(?=[0-9OIl]{3,9}\b)"
                        r"|\bnum[ée]ro de poste[ \t]+(?=[0-9OIl]{3,9}\b)"
                        r"|^[ \t\u2022*-]*(?:position|poste)[ \t]+(?=[0-9]{4,9}[ \t]*(?:$|[\u2014\u2013-]|,[ \t]*"
                        r"(?:job code|code d'emploi|effective|en vigueur)))"  # a deck's "• Position 69641 —
                        # approved"
                        r"|\b(?:of|de|du)[ \t]+(?:the[ \t]+|le[ \t]+)?(?:position|poste)[ \t]+(?=[0-9]{4,9}\b)"),
    ("job_code", r"(?:\(|,[ \t]*|^[ \t\u2022*_-]*)(?:job code|code d'emploi|code de l'emploi)[ \t]*:?[ \t]*"
                 r"(?=[0-9A-Z][0-9A-Z-]{2,11}(?:[),]|[ \t]*$))"  # a one-pager's "Job code 101037, Effective ..."
                 r"|\b(?:job code|code d'emploi)(?:[ \t]+g[ée]n[ée]rique)?[ \t]+(?:is|est)[ \t]+(?=[0-9A-Z])"),
    ("classification", r"\b(?:this|an?|is|it'?s|un|une|ce|du|de niveau|au niveau|classified(?: at)?(?: the)?|"
                       r"classifi[ée]e?|at the)[ \t]+(?=EX[- ]?[0-9OI]{1,2}\b)"
                       r"|^[ \t]*(?=EX[- ]?[0-9OI]{1,2}[ \t]*,[ \t]*[A-ZÀ-Ý][^0-9\n]*$)"),  # "EX-03, Ressources
    # naturelles Canada": a one-pager's level and department under its title
    ("effective_date", r"\b(?:effective|takes? effect|took effect|en vigueur(?: le| depuis le| à compter du)?|"
                       r"(?:a pris|prend|prendra) effet(?: le)?)[ \t]+(?:on[ \t]+|as of[ \t]+)?"
                       r"(?=[0-9A-Z])"),
    ("location", r"\b(?:located|based|situ[ée]e?|sits)\b[^.\n]{0,80}?[ \t](?:in|à)[ \t]+"  # "based at the X in
                 # Toronto, ON"
                 r"(?=(?-i:[A-ZÀ-Ý][\w'’. -]{1,40}(?:,[ \t]*|[ \t]*\()[A-ZÀ-Ý]))"
                 r"|\b(?:(?:located|based) in|location[ \t]*[-:\u2013]|situ[ée]e? (?:à|au))[ \t]+(?=[A-ZÀ-Ý])"),
))
"""A field a sentence names, and where its value starts."""
_TITLE_DETAILS = tuple((key, re.compile(pattern, re.IGNORECASE)) for key, pattern in (
    ("classification", r"(?<![\w-])(?=EX[- ]?[0-9OI]{1,2}\b)"),
    ("position_number", r"\b(?:position|poste)[ \t]*(?:number|no\.?|#|num[ée]ro|n°)?[ \t]*:?[ \t]*(?=[0-9OIl]{3,9}\b)"),
    ("job_code", r"\b(?:job code|code d'emploi|code de l'emploi)[ \t]*:?[ \t]*(?=\S)"),
))
"""What the brackets after the position's title in a sentence give, and where each value starts."""
_SECOND_CLAUSE = re.compile(r"\b(?:and|et)[ \t]+(?:it[ \t]+)?(?:is|est|se trouve)\b", re.IGNORECASE)
"""Where a sentence's second clause about the position starts (``... reports to X and is located in Y``)."""
_OF_THE_SUPERVISOR = re.compile(r"\b(?:reports?|reporting|supervisor|rel[eè]ve|superviseur|sup[ée]rieur)",
                                re.IGNORECASE)
"""A sentence's words before a number or a place that make them the supervisor's."""


def _location_fallback(wd: WorkDescription, text: str) -> None:
    """No location label: a line of its own naming the department, its branch and the place
    (``Natural Resources Canada, Energy Technology Sector, Ottawa, Ontario``, as descriptions end)."""
    if "location" in wd.fields:
        return
    for found in _ORGANIZATION_LINE.finditer(text):
        if fold(found["province"]) in repair.PROVINCES:  # a name or a postal code ("MB")
            place = repair.location(f"{found['city']}, {found['province']}")
            wd.fields["location"] = Value(place, f"{VERIFY}read in the line {found[0].strip()!r}")
            return


_ORGANIZATION_LINE = re.compile(r"^[ \t_*]*(?:[A-ZÀ-Ý0-9][^\n,.:;]{1,60},[ \t]*){2,5}"
                                r"(?P<city>[A-ZÀ-Ý][\w'-]+(?: [A-ZÀ-Ý][\w'-]+)?)"
                                r"(?:,[ \t]*|[ \t]+\()(?P<province>[A-ZÀ-Ý][\w .'-]{1,30}?)\)?[ \t_*]*$",
                                re.MULTILINE)
"""``Department, Branch, City, Province`` alone on its line, or a one-pager's line of fields ending with the place
(``Job code 101037, Effective April 6, 2024, Moncton, New Brunswick``)."""


# --- the body ------------------------------------------------------------------------------------------

def _body(wd: WorkDescription, lay: Layout, sections: dict[str, str], language: str) -> None:
    general = sections.get("general_accountability") or sections.get("client_service_results")
    for key, text in (("general_accountability", general), ("nature_and_scope", sections.get("nature_and_scope"))):
        if text and text.strip():
            body = _prose(without_occupants(text), lay.run)  # "... filled on an acting basis by X"
            if body:
                setattr(wd, key, Value(body, f"{VERIFY}OCR text, not proofread" if lay.run else None))
    org = repair.numerals(sections.get("structure", ""))  # "Manager, X (PM-06) – team of eleven"
    dims = repair.numerals(sections.get("dimensions", ""))  # "ETP : environ quatre cent vingt (420)"
    title = wd.fields["title"].value if "title" in wd.fields else None
    elsewhere = "\n".join(sections.get(key, "") for key in ("dimensions", "nature_and_scope", "general_accountability",
                                                            "client_service_results", "specific_accountabilities",
                                                            "key_activities", "other"))
    header = _header(lay)
    for text in (org or dims, header, general or ""):
        # the header's fields: "The position reports to the Director General, X (EX-3), position number 30400.";
        # the general accountability: "Reporting to the Director General, X (EX-3, position IC-5500), the incumbent..."
        structure.supervisor(wd, text, own_title=title, language=language)
    structure.read(wd, org if org.strip() else elsewhere, language=language, own_title=title, run=lay.run)
    if org.strip() and not wd.reports and not lay.run:  # a structure of prose, the reports tabled elsewhere
        structure.read(wd, elsewhere, language=language, own_title=title, run=lay.run)
    told = None if wd.reports or lay.run else _TOLD_REPORTS.search(header)
    if told:  # an incumbent's draft: "Reporting directly to me are the Manager, X (PM-06, 21 FTEs), ..." at its top
        paragraph = re.search(r"\n[ \t]*\n|$", header[told.end():])
        structure.read(wd, header[told.start():told.end() + paragraph.start()], language=language, own_title=title,
                       run=False)
    uncertain = f"{VERIFY}{COLUMNS}" if "|" in dims or any(r.title.note for r in wd.reports) and lay.run else None
    if dims.strip():
        dimensions.read(wd, _without_reports(dims), uncertain=uncertain)
    if not _BUDGET & wd.dimensions.keys() and any(key in wd.fields for key in _IDENTIFIERS):  # no Dimensions
        # section, or one of FTEs only: a sheet's budget labelled among its fields, before any the prose names (an HR
        # screen's "Budget salarial | 3 653 000,00 $" over the description it prints)
        sheet = WorkDescription(wd.document, ocr=wd.ocr)
        dimensions.read(sheet, header, loose=False)
        if "salary" in sheet.dimensions:  # no budget there: what it read stands to be read again where the budget is
            wd.dimensions = {**sheet.dimensions, **wd.dimensions}
    if not wd.dimensions:  # no Dimensions section, or one that states none: "Salary: $2.9M" wherever it stands
        others = (sections.get(key, "") for key in ("structure", "nature_and_scope", "other"))
        dimensions.read(wd, _REPORTS_DETAILS.sub(" ", "\n".join(others)), loose=False)  # not "(F&E)"
    if not wd.dimensions:  # "Financial resources: the incumbent manages a salary budget of ..." under Responsibility
        joined = "\n".join(sections.values())
        for found in _RESOURCES.finditer(joined):
            announced = found[1].rstrip().endswith(":")  # "... the directorate's budget:" / "Salary: $6,480,000" / ...
            dimensions.read(wd, "\n".join(joined[found.start(1):].split("\n\n")[0].split("\n")[:8]) if announced
                            else found[1])
    if "salary" not in wd.dimensions:  # "Scope" / "The incumbent manages 215 FTEs, a salary budget of $21.65M and
        # ...": a sentence (its O&M read already when joined to its label: "with $200K in O&M"), an incumbent's
        # draft's at its top too ("I manage a salary budget of $5,255,000 and ...")
        for found in _MANAGES.finditer("\n".join(sections.get(key, "") for key in _PROSE_SECTIONS)):
            if re.search(r"\$|\bbudget\b", found[0], re.IGNORECASE):  # a poster's "manage a team of 45" is none
                dimensions.read(wd, found[0])
    _dimensions_by_identifiers(wd, lay)
    if "salary" not in wd.dimensions and any(key in wd.fields for key in _IDENTIFIERS):  # at its top (a poster's
        for found in _MANAGES.finditer(header):  # "manage ... a budget of $2.1M" is none: it names no position)
            if re.search(r"\$|\bbudget\b", found[0], re.IGNORECASE):
                dimensions.read(wd, found[0])
    specific = sections.get("specific_accountabilities") or sections.get("key_activities", "")
    wd.specific_accountabilities = _accountabilities(wd, without_occupants(specific), lay.run)
    if not wd.dimensions:  # "Budget: $4.88 million in salary and 610K in O&M, 5.49M all in." in a chat's message
        _budget_sentences(wd, "\n".join(sections.get(key, "") for key in _PROSE_SECTIONS))


_PROSE_SECTIONS = ("nature_and_scope", "other", "general_accountability", "structure")
"""The sections whose sentences may state a budget no label gave."""


_TOLD_REPORTS = re.compile(r"\b(?:reporting (?:directly )?to me (?:are|is)|(?:who )?reports? (?:directly )?to me\b|"
                           r"rel[eè]vent (?:directement )?de moi|my direct reports)", re.IGNORECASE)
"""An incumbent's words opening their reports (``Reporting directly to me are ...``, ``Relèvent de moi ...``)."""


def _header(lay: Layout) -> str:
    """The text before the first heading but the fields' own: where the fields stand."""
    return lay.text[:min((m.start for m in lay.marks if m.kind == "heading" and m.name != "details"),
                         default=len(lay.text))]


def _dimensions_by_identifiers(wd: WorkDescription, lay: Layout) -> None:
    """No dimensions read yet, for a position an identifier names: a budget labelled where its fields
    stand (an HR system's ``SAL_BUDGET: 5650000.00``, a draft's ``Budget-wise we have $3.76M in
    salary`` before any heading), else a form's boxes a PDF gave after its body (``Salary budget:
    $7,010,000`` under the signatures' heading), else where the position's identifiers stand up to the next heading
    (a deck's slide of the position's figures). A poster names no position: its salary is none."""
    if wd.dimensions or not any(key in wd.fields for key in _IDENTIFIERS):
        return
    dimensions.read(wd, _header(lay), loose=False)
    if not wd.dimensions and not lay.run:
        last = max((m.start for m in lay.marks if m.kind == "heading"), default=len(lay.text))
        dimensions.read(wd, _REPORTS_DETAILS.sub(" ", lay.text[last:]), loose=False)
    own = None if wd.dimensions else min((m.start for m in lay.marks if m.kind == "field"
                                           and m.name in _IDENTIFIERS and not m.guessed), default=None)
    if own is not None:  # a deck's "THE POSITION AT A GLANCE" under a slide's heading
        end = min((m.start for m in lay.marks if m.kind == "heading" and m.start > own), default=len(lay.text))
        dimensions.read(wd, lay.text[own:end], loose=False)


_MANAGES = re.compile(r"[^.\n]*\b(?:(?:manages?|g[eè]re|oversees?|administre)\s+(?:(?:a\s+(?:staff|team)\s+of\s+|une\s+"
                      r"[ée]quipe\s+de\s+)?[0-9][0-9,.]*\s+(?:FTE|ETP|employ)|an?\s+(?:salary\s+)?budget|un\s+budget)"
                      r"|(?:salaries|salaires)\s+(?:of|de)\s+(?=\$?[0-9]))"
                      r"[^\n]*?(?:\.(?=\s|$)|$)", re.IGNORECASE | re.MULTILINE)
"""A sentence of the resources a position manages, wherever it stands (``The incumbent manages 215 FTEs,
a salary budget of $21.65M and an O&M budget of $14.3M``): read as a Dimensions section would be."""
_REPORTS_DETAILS = re.compile(r"\([^()]*[0-9][^()]*\)")
"""A report's classification and count in brackets (``(MG-05, 412 ETP)``): no dimension of the unit's."""


def _without_reports(dims: str) -> str:
    """A Dimensions section without the direct reports it lists (``Structure and Resources``:
    ``- Area Chief, East (GT-06) – 47 FTEs``, their table's header ``Position | Group and level | FTEs``):
    a report's count is not the unit's."""
    return "\n".join(line for line in dims.split("\n")
                     if not (repair.classification(line) and role_word(fold(line)) and len(line) < 200
                             and not repair.money(line))  # "- Director, X - Salary: $7.02M": a scan's columns
                     and not (" | " in line and report_header([cell.strip() for cell in line.split("|")]) is not None))


def _prose(text: str, run: bool) -> str:
    """Paragraphs, one per line of the text; a lead-in ending in ':' takes the bullets that
    follow it into one sentence (``This includes: a; b; and c.``). A scan's run is one paragraph."""
    if run:
        return repair.clean_ocr_text(text)
    paragraphs: list[str] = []
    bullets: list[str] = []

    def flush_bullets() -> None:
        if not bullets:
            return
        items = [_lower_first(b.rstrip(".;").strip()) for b in bullets]
        joined = "; ".join(items[:-1]) + ("; and " if len(items) > 1 else "") + items[-1] + "."
        if paragraphs and paragraphs[-1].endswith(":"):
            paragraphs[-1] = f"{paragraphs[-1]} {joined}"
        else:
            paragraphs.append(repair.sentence(joined))
        bullets.clear()

    for line in text.split("\n"):
        if line.lstrip().startswith("\u2022"):
            bullets.append(repair.clean_text(line.lstrip()[1:]))
        elif line.strip():
            flush_bullets()
            paragraphs.append(repair.clean_text(line))
    flush_bullets()
    return "\n".join(paragraphs)


def _lower_first(text: str) -> str:
    """``Developing strategies`` -> ``developing strategies``; ``CLMI tools`` stays."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _accountabilities(wd: WorkDescription, text: str, run: bool) -> list[Value]:
    """Items numbered 1, 2, 3... (an OCR'd number, ``I,`` for 1. or ``8.`` for 6., is accepted
    in sequence, and a number skipped by the scan splits the item before it at a sentence);
    without numbers, the bulleted lines."""
    marks = list(re.finditer(r"(?:^|(?<=[\s;.]))([0-9]{1,2}|[Il])[.,)]\s+(?=[A-Z>\u00c0-\u00dd])", text))
    items: list[tuple[int, int, int, str]] = []  # (number, start of its mark, start of its text, as read)
    expected = 1
    for mark in marks:
        read = repair.integer(mark[1])
        if read is None:
            continue
        number = read[0]
        if number == expected or (number == expected + 1 and items):
            items.append((number, mark.start(), mark.end(), mark.group(0).strip()))
            expected = number + 1
        elif items and _confusable(number, expected):
            items.append((expected, mark.start(), mark.end(), mark.group(0).strip()))
            wd.issues.append(Issue("specific_accountabilities", "repaired",
                                   f'item {expected} is numbered "{mark.group(0).strip()}" in the scan'))
            expected += 1
    if not items:
        bullets = [b.strip() for b in re.split(r"(?:^|\n)\s*(?:\u2022|[-*\u2013](?=[ \t]))", text) if b.strip()]
        return [Value(repair.sentence(repair.clean_text(b))) for b in bullets] if len(bullets) > 1 else []
    clean = repair.clean_ocr_text if run else repair.clean_text
    out: list[Value] = []
    for index, (number, _, start, read_as) in enumerate(items):
        end = items[index + 1][1] if index + 1 < len(items) else len(text)
        body = clean(text[start:end])
        if out and number > len(out) + 1:
            head, tail = _split_sentence(out[-1].value)
            if tail:
                out[-1] = Value(head, out[-1].note)
                out.append(Value(tail, f"{VERIFY}item {len(out) + 1}'s number is missing in the scan; split here"))
                wd.issues.append(Issue("specific_accountabilities", "guessed",
                                       f"item {len(out)} has no number in the scan; split at a sentence"))
        note = f"{VERIFY}{COLUMNS}" if run and ("> " in body or "|" in body) else None
        if run and (not re.fullmatch(r"[0-9]+[.,]", read_as) or read_as.rstrip(".,") != str(number)):
            note = f'{VERIFY}OCR numbered it "{read_as}"' + (f"; {COLUMNS}" if note else "")
        out.append(Value(repair.sentence(body), note))
    return out


def _confusable(read: int, expected: int) -> bool:
    pairs = {("8", "6"), ("8", "3"), ("6", "8"), ("3", "8"), ("5", "6"), ("6", "5"), ("1", "7"), ("7", "1")}
    return (str(read)[-1], str(expected)[-1]) in pairs and len(str(read)) == len(str(expected))


def _split_sentence(text: str) -> tuple[str, str]:
    match = list(re.finditer(r"\.\s+(?=[A-Z])", text))
    if not match:
        return text, ""
    last = match[-1]
    return text[: last.start() + 1], text[last.end():]
