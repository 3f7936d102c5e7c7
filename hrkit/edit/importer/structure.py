"""The organization structure: the direct reports a work description lists and the supervisor
it names in prose.

A direct report is a title with its details in parentheses (``Director, Data Governance
(EX-OI, 22 FTEs)``, ``Manager of Delivery, (CS-O4. O FTEs)``, ``Director, X (staff of 54)``,
``Gestionnaire, X (EC-07, 9 ETP)``, ``(effectif de 54)``), a code before its title
(``EC-O7 - Manager of Dissemination (9 FTEs)``), or a listed line that is a title
(``• Director, Sector Councils: Leads the ...``). The title runs back from its details to the
nearest boundary: a line or sentence start, a colon or semicolon, the previous entry, or the
words that announce a list (``... are``, ``namely``); a title that would still be long starts
at its role word (``Director``, ``Gestionnaire``...). A title in parentheses after "reports to
the" is the supervisor's, not a direct report.
"""
from __future__ import annotations

import re
from functools import cache

from hrkit.edit.importer import repair, spelling
from hrkit.edit.importer.document import VERIFY, DirectReport, Value, WorkDescription
from hrkit.edit.importer.people import without_holder, without_name_before, without_occupants
from hrkit.edit.importer.vocabulary import (CHANGE_NOTE, EN, FR, FRENCH_WORDS, OPEN_END_WORDS, PRONOUNS, RELEVE_DE,
                                           REPORT_COLUMN, REPORT_COLUMNS, REPORTS_TO, THE, TOTAL_ROW, english_role, fold,
                                           language_of, report_header, role_start, role_word)

_PARENS = re.compile(r"\(([^()]{1,90})\)")
_COUNT_WORDS = (r"(?:FTE'?s?|[EÉ]TP|(?:[ec]m|e?rn)p[lI1|]oy\w*|staff|people|persons|personnes|positions|postes|"
                r"full[- ]time\s+equivalents?|[ée]quivalents?\s+temps\s+(?:plein|complet)|person[- ]years?|PYs?|"
                r"P\.?[-/]Y\.?s?|P\.[ \t]?Y\.?|ann[ée]es?-personnes|a\.?-p\.?)")
"""The words of a count of people, as a scan may read them too (``empIoyés``, ``ernployes``, ``cmployés``)."""
_STAFF = r"(?:staff|effectif|[ée]quipe|team|personnel)"
"""A count's word before its number: ``staff of 34``, ``effectif de 41``."""
_COUNT = re.compile(rf"(?<![\w.])((?=[BGZ]?[{repair.NUMBER_CHARS}]|[BGZ]{{1,2}}[ \t]*(?:FTE|ETP))"
                    rf"[{repair.NUMBER_CHARS}BGZ][{repair.NUMBER_CHARS}BGZ.,]*)"
                    rf"\s*{_COUNT_WORDS}(?!\w)"
                    rf"|\b{_STAFF}\s+(?:of|de|d')\s*((?=[{repair.NUMBER_CHARS}BG]*[0-9])[{repair.NUMBER_CHARS}BG]+"
                    rf"|[{repair.NUMBER_CHARS}]+)(?:\s*{_COUNT_WORDS})?(?!\w)"
                    rf"|\b(?:FTE'?s?|[EÉ]TP)\s*:\s*([{repair.NUMBER_CHARS}]+)(?!\w)",
                    re.IGNORECASE)
_BRACKETED = re.compile(r"\[([^\[\]\n]{2,30})\]")
"""``Director, X [EX-01]``: a classification in brackets is read as one in parentheses."""
_COUNTED = re.compile(r"\b(?:FTE'?s?|[EÉ]TP)\b", re.IGNORECASE)
_SENTENCE_VERBS = "are|is|include|sont|est|comprennent"
_NO_SUPERIOR = rf"[:;\n]|\.\s|\b(?:{_SENTENCE_VERBS}|{_SENTENCE_VERBS.upper()})\b"
"""Between "reports to" and a title in parentheses: a sentence's end or verb (in lower case or a
form's capitals, never a title's ``l'Est``), so no supervisor's title."""
_ANNOUNCING = ("are|is|include|includes|including|namely|sont|comprennent|soit|notamment|as follows|suivants?|"
               "suivantes?")
_MANAGING = (r"(?:manages|supervises|oversees|leads|directs|heads|dirige|encadre|supervise|g[eè]re)"
            r"(?=\s+(?:an?|the|une?|l[ae]|l')\s*[A-ZÀ-Ý])")
_REPORTING_TO = r"[Rr]el[eè]vent(?:\s+directement)?\s+d[ue]\s[^\n()]*?(?=\s(?:l[ae]|les)\s+[A-ZÀ-Ý])"
"""``Relèvent du Directeur, X le Gestionnaire, Y (CS-04)``: the position's title, then its report's."""
_ANNOUNCE = re.compile(rf".*\b(?:{_ANNOUNCING}|{_ANNOUNCING.upper()}|{_MANAGING}|{_REPORTING_TO})\b\s*:?\s*", re.DOTALL)
"""The words that announce a list of reports, in lower case or a form's capitals (``ARE THE``,
``manages a Director, X (EX-01, staff of 35), a ...``, ``Relèvent du Directeur, X le ...``), never in a title's
(``Région de l'Est``)."""
_LEADING = re.compile(r"^(?:[\s,;:.)(\u2022*>-]|\b[oe]\b(?=\s+[A-ZÀ-Ý])"
                      r"|\b(?:and|the|a(?!/)|an|et|le|la|les|l'|un|une|des|du|de la|also|"
                      r"plus|ainsi que|(?:position|post|role)\s+of|poste\s+(?:de|d')|one|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|"
                      r"sept|huit|neuf|dix|[0-9]+)\b)+", re.IGNORECASE)
_COUNT_AFTER = re.compile(r"[ \t]*\n?[ \t]*(?:(?:--|[-\u2013\u2014,:;])[ \t]*)?"
                          r"(?:\(([^()\n]{1,40})\)|([^\n()]{1,40}(?:\n[^\n()]{1,12})?))")
"""What may follow a report's parenthesis: its count, on its line or alone on the next, or in
words (``, who leads a staff of`` / ``16``)."""
_TO_SUPERIOR = (rf"(?<=job )works\s+for|(?<=emploi )rel[eè]ve\s+du\s+poste\s+(?:de|du|de\s+la)|"
                rf"{REPORTS_TO}|accountable\s+to|{RELEVE_DE}|under\s+the\s+(?:general\s+)?(?:direction|authority)\s+of|"
                r"(?:administratively|functionally)\s+to|(?:solid|dotted)[\s-]+line\s+to|"
                r"(?:administrativement|fonctionnellement)\s+(?:du|de\s+la|de\s+l'|de)|"
                r"functional\s+(?:direction|guidance|reporting)[^.;:\n]{0,40}?\s(?:by|from|to)|"
                r"orientation\s+fonctionnelle[^.;:\n]{0,40}?\s(?:par|de)|"
                r"sous\s+l'autorit[ée]\s+(?:du|de\s+la|de)|sous\s+la\s+direction\s+(?:du|de\s+la|de)|"
                r"my\s+(?:boss|manager|supervisor)\s+is|(?:mon|ma)\s+(?:patronne?|gestionnaire|sup[ée]rieure?)\s+est")
"""The words before a supervisor's title: ``reports to``, ``under the direction of``, ``relève du``,
``sous l'autorité du``, an incumbent's ``My boss is``, a plain-language description's ``This job works for``,
``Cet emploi relève du poste de``; of two, the administrative one (``reports functionally to X
and administratively to Y``, ``Solid line to Y; dotted line to X``, ``relève administrativement du Y et
fonctionnellement du X``, ``Functional direction is provided by X``)."""
_FUNCTIONAL = re.compile(r"functional|dotted|fonctionnel", re.IGNORECASE)
"""The words naming a functional or dotted-line superior: no supervisor, and no report."""
_NOT_ME = (r"(?:(?i:me|moi)(?:[ \t]*,[ \t]*|[ \t,]+(?i:as|à titre de|en tant que)[ \t]+)"
           r"|(?i:you|vous)[ \t,]+(?i:as|à titre de|en tant que)[ \t]+)?"
           rf"(?!(?i:{PRONOUNS})\b)")
"""A pronoun after the words: the supervisor after ``me as`` or ``me,`` (``It reports to me as Executive Director,
X``, ``report directly to me, Director General, X``: the supervisor writes), or after ``you as`` (``The position
reports to you as Executive Director, X``, ``relève de vous, à titre de X``: a memo to the supervisor), none otherwise
(``Reporting directly to me are ...`` lists the reports)."""
_SUPERIOR = re.compile(rf"\b(?:{_TO_SUPERIOR}){THE}{_NOT_ME}", re.IGNORECASE)
_NOTE = re.compile(r"\s*(?:\[[^\[\]]{1,40}\]|\((?i:\?+|tbd|tbc|[àa] (?:d[ée]terminer|confirmer)"
                   r"|(?:poste |currently )?vacante?"
                   r"|(?:group and level|groupe et niveau|level|niveau)[ \t]*(?:\?+|tbd))\))\s*$")
"""``[position currently vacant]``, ``[acting]``, ``(vacant)``, ``(poste vacant)`` after a report's title, or a
draft's marks of what it does not know yet (``(?)``, ``(TBD)``, ``(level ???)``): a note, not the title."""
MAX_TITLE_WORDS = 14
LONG_TITLE_WORDS = 10
"""A longer title in a scan's run has likely taken words of the other column: marked to verify."""
_SEPARATOR = r"[ \t]*[-\u2013\u2014,|:][ \t]*"
_LEVELLED = rf"{repair.GROUP_PATTERN}(?:(?:[ \t]?[-\u2013][ \t]?|[ \t])(?:[{repair.NUMBER_CHARS}]{{1,2}}|[0O]?[Zb])" \
            rf"|[{repair.NUMBER_CHARS}]{{2}}|[0O][Zb])"
"""A classification written in a list (``EX-01``, ``EG 07``, ``EX02``, a scan's ``PM-Ob``): its group, a dash or a
space, its level."""
_TRAILING_LEVEL = re.compile(rf"(?:,|[ \t][-\u2013\u2014])[ \t]*(?P<code>{repair.GROUP_PATTERN}[ \t]?[-\u2013]?[ \t]?"
                             rf"[{repair.NUMBER_CHARS}]{{1,2}})[ \t]*$")
"""A classification after a report's title, before its count in parentheses."""
_LISTED_COUNT = (rf"[{repair.NUMBER_CHARS}][0-9OIlS.,]*[ \t]*{_COUNT_WORDS}"
                 rf"|(?:an?[ \t]+|une[ \t]+)?{_STAFF}[ \t]+(?:of|de|d')[ \t]*[{repair.NUMBER_CHARS}]+"
                 r"(?:[ \t]+(?:people|persons|personnes|employees|employ[ée]s))?(?:[ \t]*\((?:FTEs?|ETP)\))?")
"""A listed report's count: ``48 FTEs``, ``staff of 34``, ``effectif de 41``, a plain-language description's ``a team
of 35 people (FTEs)``, ``une équipe de 17 personnes (ETP)``."""
_DASHED = re.compile(rf"^[ \t]*(?:(?:[-*\u2022\u2013o>]|\(?[0-9]{{1,2}}[.)])[ \t]+)?"
                     rf"(?P<title>(?:[^\n()]|\([^()\n0-9]*\)){{3,120}}?)"
                     rf"(?:{_SEPARATOR}(?:(?:(?:level|niveau)[ \t]+)?(?P<code>{_LEVELLED})"
                     rf"(?:{_SEPARATOR}(?P<count>{_LISTED_COUNT}))?"
                     rf"|(?P<count2>{_LISTED_COUNT}))"
                     rf"|[ \t]+(?P<last>{_LEVELLED}))[ \t.;]*$",  # "Gestionnaire de district, Toronto   EL-07";
                     # "Manager, Policy, level PM-06": a plain-language description's
                     re.MULTILINE | re.IGNORECASE)


_SMALL_NUMBERS = dict(zip(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split(), range(1, 21))) | dict(zip(
    "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit "
    "dix-neuf vingt".split(), range(1, 21))) | {"une": 1}
_SPELLED_COUNT = re.compile(r"\b([a-z]+(?:-[a-z]+)?|[0-9]{1,4}(?=[ \t]+\([0-9]))(?:[ \t]+\(([0-9]{1,4})\))?"
                            r"(?=[ \t]+(?:full[- ]time[ \t]+)?"
                            r"(?:employ|FTE|[EÉ]TP\b|staff\b|person))", re.IGNORECASE)
"""A count in words (``nine (9) employees``, ``twelve FTEs``, ``deux employés``; ``32 (32) employees``):
read as its digits."""


def _spelled_counts(text: str) -> str:
    return _SPELLED_COUNT.sub(lambda m: m[2] or str(_SMALL_NUMBERS.get(m[1].lower(), m[1])), text)


_AS = re.compile(r"^(?:as|en tant que|a titre de)[ \t]+")
"""What opens a sentence about the position itself (``As Director, X (EX-01), the incumbent ...``)."""


def read(wd: WorkDescription, text: str, *, language: str, own_title: str | None, run: bool) -> None:
    """The direct reports listed in ``text`` (the organization structure) into ``wd.reports``;
    ``run``: a scan's text run together, where lines are no guide."""
    text = _BRACKETED.sub(lambda m: f"({m[1]})" if repair.classification(m[1]) else m[0],
                          _spelled_counts(without_occupants(CHANGE_NOTE.sub("", text))))
    as_read, text = text, spelling.lettered(text)  # "Gesti0nnaire": titles found in words, what the scan read kept
    entries = _tabled(text) + _parenthesized(wd, text) + _coded(text, run) + _dash_coded(text) + _worded(text) + \
        (_run_tabled(text) + (_dashed(_BULLET_IN_RUN.sub("\n", text)) if "\u2022" in text else []) if run
         else _dashed(text) + _listed(text) + _count_first(text) + _single_spaced(text))
    entries = _without_overlaps(entries)
    if not run:
        entries += _bulleted(text, entries)
    entries = sorted(entries, key=lambda e: e[0])
    below = _under_a_report(text, entries)
    tiers = [e for e in (_first_tier(text, entries, own_title) if not run else entries) if e not in below]
    lower = [e[1] for e in entries if e not in tiers]  # a lower tier's entries: where a report's words end too
    entries = tiers
    languages = [_language(e[3]) for e in entries]
    listed_in = {lang or language_of(e[4]) for e, lang in zip(entries, languages)}  # its count's words, or title's
    if FR in languages and len(set(languages)) > 1 and (language == FR or EN in listed_in):  # both languages list
        # them: keep the one read (an English reading of reports listed in French only keeps them)
        entries = [e for e, lang in zip(entries, languages)  # "Adjointe exécutive (AS-02)": no count, a French title
                   if lang == FR or lang is None and (_COUNT.search(e[3]) or repair.classification(f"{e[5]} {e[3]}")
                                                      and language_of(e[4]) == FR)] \
            if language == FR else [e for e, lang in zip(entries, languages)  # "le gestionnaire, X (PG-6)": French
                                    if lang != FR and not (lang is None and language_of(e[4]) == FR)]
    entries = _one_language_per_row(text, entries, language)
    for index, (start, title_at, close, details, title, code) in enumerate(entries):
        written = _led_unit(_NOTE.sub("", title))
        halves = [half.strip() for half in written.split(" / ")]
        if len(halves) == 2:  # a bilingual table's "Director, X / Directrice, X"
            meant = [spelling.mended(half) for half in halves]  # "Program Officer / Agent de prograrnme"
            languages = [language_of(half) for half in meant]
            if languages[0] == languages[1]:  # "Biologiste principale / Senior Biologist": no role word says which
                languages = [spelling.leaning(half) for half in meant]
            if sorted(languages, key=str) == [EN, FR] and any(role_start(fold(half)) for half in meant):
                written = halves[languages.index(language)]
        mended = spelling.mended(written)
        title = _unmixed(mended) if run else mended
        mixed = title != mended
        superior = wd.fields.get("supervisor_title")
        named = (own_title, superior and superior.value)
        if own_title and _own_row(text, entries[index], own_title):
            _supervisor_above(wd, text, entries[index])
            continue  # the position's own entry, in both languages
        if not title or _OWN_OFFICE.fullmatch(fold(title)) or any(
                other and _AS.sub("", fold(title)) == fold(other) for other in named) \
                or own_title and fold(title).endswith((f" of {fold(own_title)}", f" de {fold(own_title)}")):
            continue  # the position's own title ("As Director, X (EX-01) ...", "... le poste de Directeur, X (EX-01,
            # code d'emploi 108532)"), its supervisor's or its own office's
        end = min([entries[index + 1][1] if index + 1 < len(entries) else len(text)] +
                  [at for at in lower if at > title_at])
        paragraph = re.search(r"\n[ \t]*\n", text[close:end])
        end = close + paragraph.start() if paragraph else end  # a report's words end with its paragraph
        since = max(text.rfind("\n", 0, start) + 1, entries[index - 1][2] if index else 0,
                    text.rfind(". ", 0, start) + 1)  # its line's or its sentence's words, not the report's before
        line_end = _NEW_LINE.search(text, close)  # its row or item, a wrapped line going on in lower case
        following = entries[index + 1][0] if index + 1 < len(entries) else len(text)
        until = min(line_end.start() if line_end else following, following, close + _GONE_REACH)
        if GONE.search(text[since:until]):
            continue  # "No longer a direct report: Manager, X (EC-07) - moved to Corporate Services in 2019"
        body = re.sub(r"^[\s,:;.)-]*(?:(?:accountable|responsible)\s+for\s*:|responsable\s+de\s*:)?\s*",
                      "", without_holder(text[close:end]), flags=re.IGNORECASE).rstrip(" \n\u2022*-")
        description = repair.sentence(repair.clean_ocr_text(body)) \
            if len(_LOWER_WORD.findall(body)) >= _DESCRIPTION_WORDS and not code else None
        suspect = code and not details or mixed or run and len(title.split()) > LONG_TITLE_WORDS
        at = text.find(written, title_at, close)
        written = as_read[at: at + len(written)] if at >= 0 else written
        note = f"{VERIFY}columns run together in the scan; check the title" if suspect else \
            wd.read_as(written) if title != written else None
        report = DirectReport(Value(title, note), description=description or None)
        _details(wd, report, f"{code or ''} {details} {_sub_items(text[close:end], details)}")
        wd.reports.append(report)
    wd.reports = [one for report in _listed_once(_without_truncated(wd.reports)) for one in _each_position(report)]


def _each_position(report: DirectReport) -> list[DirectReport]:
    """A line standing for several positions of one level (``Program Officers | 3 x PM-04 | 3``): a report for each,
    titled as one (``Program Officer``), the line's FTEs shared among them; its note says they were counted (each
    keeps the count: records of one title, not one report listed twice)."""
    if report.positions < 2:
        return [report]
    count = report.positions
    title = _one_of(report.title.value)
    note = f'one of {count} positions counted together ("{count} x {report.classification.value}")' \
        if report.classification else f"one of {count} positions counted together"
    fte = None
    if report.fte is not None:
        share = report.fte.value / count
        fte = Value(int(share) if share == int(share) else round(share, 2), report.fte.note)
    return [DirectReport(Value(title, report.title.note or note), report.classification, fte, report.description,
                         count) for _ in range(count)]


def _one_of(title: str) -> str:
    """A title in the plural, as a line counting several positions gives it: one position's (``Program Officers`` ->
    ``Program Officer``, ``Analystes`` -> ``Analyste``, ``Agents de programme`` -> ``Agent de programme``)."""
    head, comma, rest = title.partition(",")
    words = head.split()
    at = 0 if language_of(title) == FR else len(words) - 1  # French puts its noun first, English last
    if words and _PLURAL.fullmatch(words[at]):
        words[at] = words[at][:-3] + "y" if words[at].endswith("ies") else words[at][:-1]
    return " ".join(words) + comma + rest


_PLURAL = re.compile(r"[^\W\d_]{3,}(?<![sui])s|[^\W\d_]{2,}ies")
"""A noun in the plural (``Officers``, ``Analystes``, ``Secretaries``; not ``Analysis``, ``Business``)."""


def _listed_once(reports: list[DirectReport]) -> list[DirectReport]:
    """Reports listed twice in the same order (a table, then the package's organization chart drawing them again):
    each once, the details either gives. One title twice alone is two positions (``Senior Advisor``, twice)."""
    shapes = [_shape(report.title.value) for report in reports]
    out: list[DirectReport] = []
    again = -1  # the index of the first listing's report the last one repeated
    for at, (report, shape) in enumerate(zip(reports, shapes)):
        first = next((k for k in range(at) if shapes[k] == shape and reports[k] in out), None)
        following = at + 1 < len(reports) and first is not None and shapes[first + 1:first + 2] == shapes[at + 1:at + 2]
        if first is None or not (following or first == again + 1 and again >= 0):
            out.append(report)
            again = -1
            continue
        _details_into(reports[first], report)
        again = first
    return out


def _without_truncated(reports: list[DirectReport]) -> list[DirectReport]:
    """Reports listed twice, once with titles an HR system cut to its field's width, inside a word (``Manager,
    Contribution Agreemen``, ``Director, Materia1s Science an``), and once in full: each once, its full title,
    the details either gives."""
    out: list[DirectReport] = []
    shapes = [_shape(report.title.value) for report in reports]
    for report, title in zip(reports, shapes):
        cut = len(report.title.value) >= _TRUNCATED_LENGTH and _CUT_WORD.search(title)
        full = next((other for other, shape in zip(reports, shapes) if cut and other is not report
                     and shape.startswith(title) and shape[len(title):len(title) + 1].isalpha()), None)
        if full is None:
            out.append(report)
        else:
            _details_into(full, report)
    return out


def _details_into(kept: DirectReport, again: DirectReport) -> None:
    """A report listed twice, kept once: the details the other listing gives where the kept one gives none."""
    kept.classification = kept.classification or again.classification
    kept.fte = kept.fte or again.fte


def _shape(title: str) -> str:
    """A title to compare with a scan's reading of it: folded, its spaces one and none about a comma, the
    digits a scan reads for letters as those letters (``Materia1s Science an``, ``Manager,Bui1ding Sys``)."""
    return re.sub(r"\s*,\s*", ",", re.sub(r"\s+", " ", fold(title).translate(_LETTERS_OF_DIGITS)))


_LETTERS_OF_DIGITS = str.maketrans("1|05", "llos")
_CUT_WORD = re.compile(r"(?<![^\W\d_])(?![ivx]+$)[^\W\d_]{2,}$")
"""A title's last word that may be cut (``an``, ``Sys``, ``Agreemen``): two letters or more, no Roman numeral
(``Chief, Cartels I`` beside ``Chief, Cartels II`` is two reports)."""
_TRUNCATED_LENGTH = 20
"""A title an HR system cut holds at least this many characters (its field is 30 wide and more)."""


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿ][a-zà-ÿ'’-]+")
_DESCRIPTION_WORDS = 2
"""A report's description is words in a sentence (``responsible for audits``), not what is left
of its row or item when those are not (``(Sandra Pelletier)``, ``EG-07 / 4 FTEs | Peter Vandenberg``)."""
GONE = re.compile(r"\b(?:no longer (?:a direct report|reports?)|(?:moved|transferred) (?:to|out)|ne rel[eè]ve plus|"
                  r"n'est plus (?:un|une) subordonn|(?:transf[ée]r[ée]e?|d[ée]plac[ée]e?)s? (?:à|au|aux|vers)|"
                  r"abolished|abolie?s?|supprim[ée]e?s?)\b", re.IGNORECASE)
"""A report that is no longer one: moved to another branch or abolished, a note left where it was listed."""
_GONE_REACH = 200
"""How far after a report's details its note may stand (the rest of its row or item)."""
_NEW_LINE = re.compile(r"\n(?![ \t]*[a-zà-ÿ])")
"""Where a row or item ends: a line that does not go on in lower case (a wrapped line does)."""


def _under_a_report(text: str, entries: list[tuple]) -> list[tuple]:
    """The entries a sentence gives to one of the reports listed above it (``Reporting to the
    Director General, X: Director, Y (EX-01, 9 FTEs); ...``): that report's reports, not the position's."""
    below = []
    for lead in _LEAD_TO_A_REPORT.finditer(text):
        named = fold(" ".join(lead["title"].split()))
        if any(e[1] < lead.start() and fold(e[4]) == named for e in entries):
            end = _SENTENCE_END.search(text, lead.end())
            below += [e for e in entries if lead.end() <= e[1] < (end.start() if end else len(text))]
    return below


_LEAD_TO_A_REPORT = re.compile(rf"(?:\b(?:{REPORTS_TO})|\b{RELEVE_DE}){THE}(?P<title>[^:;()\n]{{3,120}}?)[ \t]*:",
                               re.IGNORECASE)
"""``Reporting to the Director General, X:``, ``Relèvent de la directrice, Y :``: whose reports follow."""
_SENTENCE_END = re.compile(r"\n|\.(?:\s|$)")


def _first_tier(text: str, entries: list[tuple], own_title: str | None) -> list[tuple]:
    """A list of two tiers (``• Director General, X`` over ``    • Director, Y``, as Word's list
    levels are read): the reports are the first tier's; an entry indented under one is its report's.
    A chart of the position's own title over its reports: the reports are the first tier under it
    (the supervisor above it is none, nor its peers beside it: branches as far in as its own; a list before
    the chart stays)."""
    indents = [_indent(text, e[0]) for e in entries]
    own = next((at for at, e in enumerate(entries) if _own_row(text, e, own_title)), None)
    if own is not None and own + 1 < len(entries) and None not in indents[own:own + 2] \
            and _TIER_INDENT <= indents[own + 1] - indents[own] <= _TIER_DRIFT:
        chart = own  # the chart's first entry: the lines right above the position's own
        while chart > 0 and text.count("\n", entries[chart - 1][2], entries[chart][0]) <= 1:
            chart -= 1
        under = next((at for at in range(own + 1, len(entries)) if (indents[at] or 0) <= indents[own]), len(entries))
        after = [e for e, indent in zip(entries[under:], indents[under:]) if not indents[own] or indent != indents[own]]
        return entries[:chart] + entries[own:own + 1] + _tier(entries[own + 1:under], indents[own + 1:under]) + after
    return _tier(entries, indents)


def _own_row(text: str, entry: tuple, own_title: str | None) -> bool:
    """The position's own entry in a chart: its title, or its title in the other language after its own on the
    line (``• Director, X - Directeur, X - EX-01 - 35 FTEs``)."""
    if not own_title:
        return False
    before = text[text.rfind("\n", 0, entry[0]) + 1: entry[0]]
    return fold(own_title) in (fold(entry[4]), fold(re.split(r" [-\u2013\u2014/] ", entry[4])[0]),
                               fold(_LIST_BULLET.sub("", before.strip()).strip(" -\u2013\u2014|/")))


def _supervisor_above(wd: WorkDescription, text: str, entry: tuple) -> None:
    """A chart's top line right above the position's own entry, set less deep (``Executive Director, X - Pos.
    53176`` over ``└── Director, Y - EX-01``): the supervisor, when nothing else named one."""
    line_start = text.rfind("\n", 0, entry[0]) + 1
    if not line_start:
        return  # the text's first line: nothing above it
    above = text[text.rfind("\n", 0, line_start - 1) + 1: line_start - 1]
    own_line = text[line_start:entry[0]]
    own_indent = len(own_line) - len(own_line.lstrip())
    hung = len(above) - len(above.lstrip()) < own_indent or _LIST_BULLET.match(own_line.lstrip()) \
        and not _LIST_BULLET.match(above.lstrip())  # a tree's top, its first branch a bullet under it
    if not above.strip() or not hung:
        return
    title, _, details = _LIST_BULLET.sub("", above.strip()).partition(" - ")
    if "supervisor_title" not in wd.fields and role_start(fold(title)) and not repair.CODE.search(title):
        _supervisor(wd, title.strip(), details)


def _tier(entries: list[tuple], indents: list[int]) -> list[tuple]:
    """The entries not indented under an entry above them."""
    kept, tier = [], []
    for entry, indent in zip(entries, indents):
        if indent is None:  # a title inside a sentence: no list's tier
            kept.append(entry)
        elif not any(_TIER_INDENT <= indent - other <= _TIER_DRIFT for other in tier):
            tier.append(indent)
            kept.append(entry)
    return kept


def _indent(text: str, at: int) -> int | None:
    """How far the list's item starting at ``at`` is indented; None when words come before it on its line."""
    at = _INDENT.match(text, at).end()  # an entry read from the line's start: its title's first word
    lead = _INDENT.fullmatch(text, text.rfind("\n", 0, at) + 1, at)
    return len(lead[1].expandtabs(4)) if lead else None


_INDENT = re.compile(r"\n?([ \t]*)(?:[-*\u2022\u2013o>][ \t]+|\(?[0-9]{1,2}[.)][ \t]+)?[ \t]*")
_TIER_INDENT = 3
"""Spaces more than an entry above it that make an entry its report's (one or two are a PDF's or
a scan's jitter; Word's list levels are four)."""
_TIER_DRIFT = 12
"""Spaces more than that: a skewed scan's line drifting, no list's level."""


_OWN_OFFICE = re.compile(r"(?:(?:immediate )?office of the incumbent|incumbent'?s office|"
                         r"bureau (?:immediat )?d(?:u|e la|u ou de la) titulaire)")
"""A row of a table of units for the position's own office (its assistant, its budget): no report."""


def _one_language_per_row(text: str, entries: list[tuple], language: str) -> list[tuple]:
    """A bilingual table's row read as two reports (``Director, X – EX-01 – 74: Directeur, X –
    EX-01 – 74``): two entries on one line with the same classification and count are one
    report, kept in the language read."""
    out: list[tuple] = []
    for entry in entries:
        last = out[-1] if out else None
        if last and last[3] == entry[3] and last[5] == entry[5] and re.fullmatch(r"[ \t]*[:/|][ \t]*",
                                                                              text[last[2]:entry[0]]):
            if (language_of(entry[4]) == language) and language_of(last[4]) != language:
                out[-1] = entry
            continue
        out.append(entry)
    return out


def _parenthesized(wd: WorkDescription, text: str) -> list[tuple]:
    out: list[tuple] = []
    floor = 0
    for match in _PARENS.finditer(text):
        inside = match[1]
        if not (repair.classification(inside) or _COUNT.search(inside) or repair.level(inside)) \
                or _LEVEL_RANGE.search(inside):
            continue  # "a team of operational managers (PM-05 to PM-06)": levels of many, no report's
        start = _title_start(text, floor, match.start())
        floor = match.end()
        superior = list(_SUPERIOR.finditer(text, max(0, start - 60), match.start()))
        between = text[superior[-1].end(): match.start()] if superior else ""
        announced = superior and start > superior[-1].end() and re.match(r"rel[eè]vent", superior[-1][0], re.I)
        if superior and not announced and len(between.split()) <= MAX_TITLE_WORDS \
                and not re.search(_NO_SUPERIOR, between):  # "Relèvent du Directeur, X le ...": the title after
            if not _FUNCTIONAL.search(superior[-1][0]):
                _supervisor(wd, _title(between), inside)
            continue
        close = match.end()
        if not _COUNT.search(inside):  # "(EC-07) - 11 FTEs", "(EX-O3) (staff of 9O2)"
            after = _COUNT_AFTER.match(text, close)
            if after and after[1] and not _COUNT.search(after[1]) and not repair.classification(after[1]):
                after = _COUNT_AFTER.match(text, after.end()) or after  # "(EX01) (intérim), 48 ETP": a note between
            written = (after[1] or after[2]).strip() if after else ""
            count = _COUNT.match(written, re.match(_APPROXIMATELY, written, re.IGNORECASE).end()) if after else None
            place = _PLACE_FIRST.match(written) if after and after[2] and not count \
                and "\n" not in text[close:after.start(2)] and not role_start(fold(written)) else None
            if place:  # "(EG-07), Vancouver — 73 FTEs", "(CH-04), in Egbert research station, who leads 46 FTEs"
                written = _PLACE_REACH.match(text, after.start(2))[0].strip().replace("\n", " ")
                leads = re.match(_APPROXIMATELY, written[place.end():], re.IGNORECASE)
                count = _COUNT.match(written, place.end() + leads.end())
            if count:
                inside = f"{inside}, {count.group(0)}"
                close = after.start(1 if after[1] else 2) + (after.end(1) - after.start(1) + 1 if after[1] else
                                                            count.end() + len(after[2]) - len(after[2].lstrip()))
                floor = close
        title = _title(text[start: match.start()])
        code = None
        lead = repair.CODE.match(title)
        trail = _TRAILING_LEVEL.search(title)
        if lead and re.match(r"\s*[-:\u2013]|\s*(?=[A-ZÀ-Ý][a-zà-ÿ])", title[lead.end():]):  # "EX-O1 Director, X (52 FTEs)"
            code, title = lead.group(0), title[lead.end():].lstrip(" -:\u2013")
        elif trail and repair.classification(trail["code"]):  # "Director, X, EX-01 (staff of 212)"
            code, title = trail["code"], title[:trail.start()]
        second = [m.end() for m in _AND_THE.finditer(title) if role_start(fold(title[m.end():]))]
        if second:  # "le conseiller principal, X et la analyste financière (FI-02)": the second report's title
            title = title[second[-1]:]
        at = text.find(title, start, match.start())  # its count may stand before the words the title starts at
        counted = _COUNTED_TITLE.match(title) or (_COUNT_BEFORE_TITLE.search(text, max(0, at - 12), at) if at > 0
                                                  else None)
        if counted and repair.classification(inside) and not _TIMES.search(inside):
            # "Supervises three Senior Integrity Analysts (PM-05) and two ...", "Supervise quatre Analyste (PM-04)"
            number = counted["count"] or counted.groupdict().get("word")
            number = int(number) if number.isdigit() else _SMALL_NUMBERS[number.lower()]
            title = title[counted.end():] if counted.re is _COUNTED_TITLE and (number > 1 or counted["count"]) \
                else title  # "Un directeur, X (EX-01)": an article, no count
            if number > 1:
                inside = f"{number} x {inside}" + ("" if _COUNT.search(inside) else f", {number} FTEs")
        if title[:1].islower() and role_start(fold(title)) \
                and (second or _ARTICLE_FIRST.match(text, start, match.start())):
            title = title[0].upper() + title[1:]  # "... : le directeur, Programmes et partenariats (EX-01)"
        if title and (code or _plausible(title)):
            out.append((start, start, close, inside, title.strip(" ,;:-\u2013\u2014"), code))
    return out


_NUMBER_WORDS = "|".join(sorted(_SMALL_NUMBERS, key=len, reverse=True))
_COUNTED_TITLE = re.compile(r"(?i:(?:supervises|supervise|manages|g[èe]re|leads|dirige|encadre|oversees|and|et)[ \t]+)+"
                            rf"(?P<count>[0-9]{{1,2}}|(?i:{_NUMBER_WORDS}))[ \t]+(?=[A-ZÀ-Ý])"
                            rf"|(?P<word>(?i:{_NUMBER_WORDS}))[ \t]+(?=[A-ZÀ-Ý])")
"""A count of positions before their title, a verb of supervising before it (``Supervises three Senior Analysts``,
``and two Integrity Analysts``, ``Supervise quatre Analyste``): that many positions of the level in brackets."""
_COUNT_BEFORE_TITLE = re.compile(rf"(?:^|(?<=[\s,;]))(?P<count>(?i:{_NUMBER_WORDS}))[ \t]+$")
"""The count in words a title's start left before it (``..., one Economist (EC 05) and two Integrity Analysts``; not
a list's number, ``2.2 Manager, X``)."""
_LEVEL_RANGE = re.compile(rf"{_LEVELLED}[ \t]*(?:to|à|au|[-\u2013])[ \t]*{_LEVELLED}", re.IGNORECASE)
"""A range of levels (``PM-05 to PM-06``, ``EC-05 à EC-07``)."""
_PLACE_FIRST = re.compile(r"(?:(?:in|at|à|au)[ \t]+)?[A-ZÀ-Ý][^\W\d_]+(?:[ \t'.-]+[^\W\d_]+){0,3}[ \t]*"
                          r"(?:--|[\u2013\u2014,;]|[ \t]-)[ \t]*")
"""Where a report works, between its level and its count (``Manager, X (AS-07), Vancouver — 8 FTEs``, ``..., in
Toronto, who leads 9 FTEs``)."""
_PLACE_REACH = re.compile(r"[^\n()]{1,80}(?:\n[^\n()]{1,40})?")
"""How far a report's place and its count may run after its level: its line and the next one's start."""
_ARTICLE_FIRST = re.compile(r"[\s,;:]*(?:(?:et|and)\s+)?(?:(?:[Ll][ea]|[Tt]he)\s+|[Ll]')[a-zà-ÿ]")
"""A title in a sentence, in lower case after its article (``le directeur, Programmes (EX-01)``)."""


_AND_THE = re.compile(r"[ \t]+(?:et|and)[ \t]+(?:(?:le|la|the)[ \t]+|l')(?=[a-zà-ÿ])")
"""Two reports in a sentence, the second in lower case after its article (``... et la analyste``)."""


def _plausible(title: str) -> bool:
    """A title names a role (``Director``, ``Officer``, ``Gestionnaire``...), starts with a
    capital, and is no sentence (``one of 8 positions reporting to...``, ``If a deputy head
    collects data on his or her ...``; ``est`` the verb, not the East: ``Gestionnaire, X - Est``)."""
    words = fold(title)
    return title[:1].isupper() and bool(role_word(words)) and not _NO_TITLE_WORDS.search(words) \
        and not re.search(r"\best\b", title) \
        and not re.search(r"\breport", title[0].lower() + title[1:])  # "Planning and Reporting" names a unit


_NO_TITLE_WORDS = re.compile(r"\b(?:is|are|was|were|sont|relevent?|one of|l'un des|his|her|their|he|she|they|"
                             r"can|must|may|will|il|elle|ils|peut|doit)\b"
                             r"|^(?:if|when|where|while|although|since|si|lorsque|quand)\b")
"""A sentence's words (folded), that no title holds."""


_LEADS = (r"(?:with|avec|supported[ \t]+by|appuy[ée]e?[ \t]+par|responsible[ \t]+for|responsable[ \t]+de|"
          r"[àa][ \t]+la[ \t]+t[êe]te[ \t]+de|(?:who|which|qui)[ \t]+(?:leads?|manages?|supervises?|"
          r"heads?|oversees?|directs?|has|compte|dirige|encadre|g[eè]re|supervise))")
"""The words joining a report to its count in a sentence: ``with``, ``who leads``, ``supported by``, ``responsible
for``, ``qui compte``, ``à la tête de``."""
_APPROXIMATELY = rf"(?:{_LEADS}\s+)?(?:(?:approximately|about|some|roughly|around|environ|pr[eè]s\s+de|an?|une?)[ \t]+)?"
_TRAILING_COUNT = re.compile(rf"(?:,|[ \t]+(?:--?|[\u2013\u2014]))[ \t]*{_APPROXIMATELY}(?P<count>{_COUNT.pattern})"
                             r"(?:[ \t]*/[ \t]*(?:ETP|FTEs?))?[ \t]*$", re.IGNORECASE)
"""A count written after a title: ``, 16 employees``, `` – staff of 9``, `` -- team of 12``, ``– 10 FTE/ETP``."""
_BARE_TRAILING_COUNT = re.compile(r"[ \t]+[-\u2013\u2014][ \t]+([0-9]{1,4})[ \t]*$")
"""A typed list's count alone after its title and a dash, the line opened by its level (``SE-REM-02 - Group
Leader, Optical Astronomy - 18``)."""
_COUNT_FIRST = re.compile(rf"^[ \t]*(?:[-*\u2022][ \t]+)?(?P<count>[{repair.NUMBER_CHARS}]+[ \t]*{_COUNT_WORDS})"
                          rf"[ \t]+[-\u2013\u2014:][ \t]+(?P<title>[^\n]{{3,120}}?)[ \t.;]*"
                          rf"(?:\n[ \t]+\((?P<wrapped>[^()\n]{{2,12}})\)[ \t]*)?$", re.MULTILINE | re.IGNORECASE)
_CODE_AFTER = re.compile(r"[ \t]*\(([^()]{2,12})\)$")


def _count_first(text: str) -> list[tuple]:
    """``6 FTE - Duty Officer Coordinator``: the count before the title, on a listed line; a
    classification after the title, or alone on the next line, is the report's."""
    out = []
    for m in _COUNT_FIRST.finditer(text):
        title, code = m["title"].strip(), m["wrapped"]
        after = _CODE_AFTER.search(title)
        if code is None and after and repair.classification(after[1]):
            title, code = title[:after.start()], after[1]
        if _plausible(title):
            out.append((m.start("count"), m.start("title"), m.end(), m["count"], title, code))
    return out


_COUNT_LEAD = re.compile(rf",[ \t]*{_LEADS}(?:[ \t]+(?:an?|une?))?[ \t]*$", re.IGNORECASE)


def _worded(text: str) -> list[tuple]:
    """Reports named in a sentence, each with its count after a comma (``the Team Leader,
    Pipeline Integrity, with 14 staff; the Team Leader, X, who leads a staff of 11``)."""
    out = []
    floor = 0
    for match in _COUNT.finditer(text):
        lead = _COUNT_LEAD.search(text, floor, match.start())
        if lead is None:
            continue
        start = _title_start(text, floor, lead.start())
        title = _title(text[start: lead.start()])
        if title and _plausible(title) and len(title.split()) <= MAX_TITLE_WORDS:
            out.append((start, start, match.end(), match.group(0), title, None))
            floor = match.end()
    return out


_BULLET_IN_RUN = re.compile(r"[ \t](?=\u2022[ \t])")
"""The space before a bullet in a scan's run: made a line's end, a listed line is read as one
(``... incumbent: • Chief, Leasing: PG-04, 24 person-years • ...``); one character for one, so
positions hold."""


def _coded(text: str, run: bool) -> list[tuple]:
    """``EC-O7- Manager of Dissemination (9 FTEs); EC-O6 - Special Advisor``: codes outside
    parentheses, each followed by its title. In a scan's run the other column may run in between
    a code and its count (``EG-O6 investigations of major operations. - Manager, X (8 FTEs)``):
    the words up to the count are the title's, the other column's taken out later."""
    out = []
    codes = [m for m in repair.CODE.finditer(text) if repair.code_of(m) and not _in_parentheses(text, m.start())]
    for index, match in enumerate(codes):
        after = text[match.end(): codes[index + 1].start() if index + 1 < len(codes) else len(text)]
        counted_run = _COUNTED_RUN.match(after) if run else None
        if counted_run and not role_start(fold(_unmixed(counted_run["title"].strip(" -:\u2013")))):
            counted_run = None
        lead = re.match(r"\s*(?:[-:\u2013]\s*)?(?=[A-Z])", after)
        before = text[text.rfind("\n", 0, match.start()) + 1: match.start()]  # the line's words before the code
        if lead and re.match(r"[ \t]*\n", after) and not run and before.strip():
            continue  # "Gestionnaire de district, Toronto EL-07": the code of the title before it on its line
        if counted_run:
            lead = re.match(r"\s*(?:[-:\u2013]\s*)?", after)
            segment = counted_run["title"][lead.end():]
        elif lead is None:
            continue
        else:
            ends = rf"(?!{_WORDS_IN_BRACKETS})\(|;|\.\s|\s\||\n" + ("" if run else r"|:\s")  # "X: responsable de"
            segment = re.split(ends, after[lead.end():], maxsplit=1)[0]
        title = segment.strip(" ,;:.")
        counted = _TRAILING_COUNT.search(title)  # "PE-05 – Manager, Staffing, 16 employees"
        bare = None if counted or run else _BARE_TRAILING_COUNT.search(title)
        if bare and before.strip(" \t-*\u2022"):
            bare = None  # "SE-REM-02 - Group Leader, Optical Astronomy - 18": only where the code opens the line
        if counted or bare:
            title = title[: (counted or bare).start()]
        role, comma, _ = title.partition(",")
        if not title or not (counted_run or re.match(r"\s*[-:\u2013]", after) or role_start(fold(title))
                             or not run and comma and _ROLE_BEFORE_COMMA.fullmatch(role) and role_word(fold(role))):
            continue  # "PM-05      Area Chief, Resource Management - 14 FTEs": a role's words before its unit
        count = _COUNT_IN_BRACKETS.search(after)
        details = count[1] if count and (_COUNT.search(count[1]) or _COUNTED.search(count[1])) else ""
        if count and not details and not run and _BARE_COUNT.fullmatch(count[1]) \
                and count.start() == lead.end() + len(segment) and re.match(r"[ \t]*(?:\n|$)", after[count.end():]):
            details = f"{count[1]} FTEs"  # "1. SE-RES-3  Head, Shellfish Section (22)": a typed list's person-years
        details = details or (counted["count"] if counted else f"{bare[1]} FTEs" if bare else "")
        close = match.end() + (count.end() if count and details else lead.end() + len(segment.rstrip(" ,;:.")))
        out.append((match.start(), match.start(), close, details, title, match.group(0)))
    return out


_ROLE_BEFORE_COMMA = re.compile(r"[A-ZÀ-Ý][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,3}")
"""A title's first part, up to four words of letters, before its unit's comma (``Area Chief``; not a scan's run,
where a name may stand before it)."""


_WORDS_IN_BRACKETS = r"\([^()\d\n]{1,30}\)(?=[ \t]*(?:\(|[-\u2013,][ \t]*[0-9]))"
"""A title's own words in brackets before its count (``Chef, Systèmes financiers (SAP) (effectif de 10)``,
``Gestionnaire, Enquêtes régionales (Atlantique) (9 ETP)``)."""
_COUNT_IN_BRACKETS = re.compile(rf"(?!{_WORDS_IN_BRACKETS})\(([^()]*)\)")
_BARE_COUNT = re.compile(rf"[ \t]*(?=[^0-9]{{0,2}}[0-9])[{repair.NUMBER_CHARS}BGZb]{{1,4}}[ \t]*")
"""A number alone in brackets closing a report's line that its code opens: its count (a scan's letters for some
of its digits, one digit at least)."""
_COUNTED_RUN = re.compile(rf"(?P<title>[^()]{{3,300}}?)\((?=[^()]*{_COUNT_WORDS}[^()]*\))", re.IGNORECASE)
"""A code's words up to its count in parentheses, in a scan's run."""


_ROW = re.compile(r"^[ \t]*\|?(?P<cells>[^\n|]*(?:\|[^\n|]*){2,}?)\|?[ \t]*$", re.MULTILINE)


def _tabled(text: str) -> list[tuple]:
    """A table of direct reports, one row a line with its cells set apart by bars (a Word
    table, a Markdown table): its header names which column is the title, the classification,
    the FTEs."""
    out: list[tuple] = []
    columns: dict[str, int] | None = None
    last = -1
    unit = "FTEs"  # the counts' word, the header's language says which
    width = 0  # the header's cells: a row of one more opens with its number, a column the header leaves blank
    numbered = False  # such rows seen: a row without its number goes on with the title above it
    for match in _ROW.finditer(text):
        cells = [c.strip() for c in match["cells"].split("|")]
        if match.start() > last + 1 and not _junk(text[last:match.start()]):
            columns = None  # a table ends at the first line that is no row (a scan's specks are none)
        last = match.end()
        if columns and len(cells) == width - 1 \
                and (match[0].rstrip().endswith("|") or _count_left_blank(columns, width, cells)):
            cells.append("")  # "1 | Chef, X | AS-05 |": its last cell blank, the bar after it its edge
        if columns and columns["title"] == 0 and len(cells) in (width, width + 1) and _ROW_NUMBER.fullmatch(cells[0]):
            cells, numbered = [*cells[1:], *[""] * (width + 1 - len(cells))], True  # "1   | Manager, X | EC-06 | 9"
            # under "    | Title | Group/Level | FTEs": the rows' numbers in a column the header leaves blank
        elif columns and numbered and out and len(cells) == width and cells[columns["title"]] \
                and not any(cell for at, cell in enumerate(cells) if at != columns["title"]):
            title = f"{out[-1][4]} {cells[columns['title']]}"  # "    | Reporting |   |": the title's wrapped words
            out[-1] = (*out[-1][:2], match.end(), out[-1][3], title, None)
            continue
        named = len(cells) > 3 and cells[0].endswith(":")  # "Direct Reports: | Title | FTEs | Classification"
        header = report_header(cells[1:] if named else cells)
        if header is not None:
            columns, width, numbered = header, len(cells) - named, False  # a header, or the next table's (its
            # first cell the table's name, no column)
            words = fold(" ".join(cells))  # the table's language: a bilingual header's is the text's
            unit = "ETP" if re.search(r"\b(?:etp|effectif|employes|titre|poste|groupe|niveau)\b", words) \
                and not re.search(r"\b(?:ftes?|title|position|group|level)\b", words) else "FTEs"
            continue
        if _SUMMARY.fullmatch(fold(cells[0])):
            columns = None  # "| Summary | | FTEs |", then "| Direct reports | 38 |": the tables' sums, no report
            continue
        row_columns = columns or _row_columns(cells)
        if row_columns is None:
            out += _reports_in_cells(text, match)
            continue
        if all(re.fullmatch(r":?-{2,}:?|", c) for c in cells) or len(cells) <= max(row_columns.values()):
            continue
        title = cells[row_columns["title"]]
        if not title or title[0] in "-\u2013\u2022" or TOTAL_ROW.fullmatch(fold(title)):
            continue  # "- Records Unit": a report's unit, under it; "Total": the table's sum
        code = cells[row_columns["code"]] if "code" in row_columns else ""
        code = code.upper() if code.islower() and repair.level(code) else code  # "ex-01": typed in lower case
        if "level" in row_columns and re.fullmatch(r"[0-9OIl]{1,2}", cells[row_columns["level"]]):
            code = f"{code}-{cells[row_columns['level']]}"  # "CX | 04": the group and its level in two columns
        count = cells[row_columns["count"]] if "count" in row_columns else ""
        counted = re.fullmatch(r"[0-9OIlS.,]+", count) or re.fullmatch(r"[0-9OIlSBbZ]{1,3}", count) \
            and repair.fte(count)
        # "2B", "1b", "ZZ" in the count's column: a scan's 28, 16, 22
        details = ", ".join(x for x in (code, f"{count} {unit}" if counted else count) if x)
        out.append((match.start(), match.start(), match.end(), details, title, None))
    return out


def _count_left_blank(columns: dict[str, int], width: int, cells: list[str]) -> bool:
    """A row one cell short whose last column is the count, its level where the level's column is (an HR system's
    ``00047027   Manager, Systems Support   CS 04``, its FTEs not given): the count left blank."""
    return columns.get("count") == width - 1 and "code" in columns and columns["code"] < len(cells) \
        and repair.classification(cells[columns["code"]]) is not None


_ROW_NUMBER = re.compile(r"[0-9Il]{1,2}[.)]?")
_SUMMARY = re.compile(r"(?:summary|sommaire|recapitulatif)(?: / (?:summary|sommaire|recapitulatif))?")
"""The first cell of a table summing the tables of reports above it (folded)."""


def _reports_in_cells(text: str, row: re.Match) -> list[tuple]:
    """A table's row of reports side by side, each cell one report's title, level and count (``| Manager, X
    IS-06 23 FTEs | Manager, Y PG-05 35 FTEs |``: a Word cell's lines read as one), when every filled cell is."""
    found = [_SINGLE_SPACED.fullmatch(cell.strip()) for cell in row["cells"].split("|") if cell.strip()]
    if len(found) < 2 or None in found or not all(map(_single_spaced_report, found)):
        return []
    out, at = [], row.start("cells")
    for cell in found:
        at = text.find(cell[0], at)
        out.append((at, at, at + len(cell[0]), *_single_spaced_entry(cell)))
        at += len(cell[0])
    return out


def _row_columns(cells: list[str]) -> dict[str, int] | None:
    """The columns of a table's row with no header over it (a typed list set out in columns:
    ``CS-O4   Manager, Computer Operations   (10 PYs)``), or under one hrkit cannot read, told by what its cells
    hold: a classification, a title (a role's words) and a count, after the row's number; None unless a title and
    one more."""
    found: dict[str, int] = {}
    for at, cell in enumerate(cells):
        bare = cell.strip(" ()")
        if not bare or at == 0 and len(cells) > 3 and _ROW_NUMBER.fullmatch(bare):
            continue  # "1   | Manager, Analysis | PE-06 | 14": the row's number, no count
        if "code" not in found and _CODE_CELL.fullmatch(bare):
            found["code"] = at
        elif "count" not in found and (_COUNT.fullmatch(bare) or at == len(cells) - 1 and _LAST_COUNT.fullmatch(bare)):
            found["count"] = at
        elif "title" not in found and role_word(fold(bare)):
            found["title"] = at
        else:
            return None
    return found if "title" in found and len(found) > 1 else None


_CODE_CELL = re.compile(rf"{repair.CODE.pattern}|SM", re.IGNORECASE)
_LAST_COUNT = re.compile(rf"[{repair.NUMBER_CHARS}BbZ]{{1,4}}(?:[.,][0-9])?")
"""A row's last cell a number alone: its count."""


_CELL = r"[^\s|]+(?:[ ][^\s|]+){0,3}?"
_GAP = r"(?:\s{2,}|[ \t]*\|[ \t]*)"
_RUN_HEADER = re.compile(rf"(?<![\w'])(?:{REPORT_COLUMNS['title']})\b(?:[ ][^\s|]+){{0,3}}?{_GAP}({_CELL}){_GAP}({_CELL})(?=\s)")
"""A table of direct reports' header in a scan's run: the title's column, then two more set
apart by two spaces or more, or bars (``Position    Group/Level  FTEs``, ``Position | Level | FTEs``)."""
_RUN_COUNT_HEADER = re.compile(rf"(?<![\w'])(?:{REPORT_COLUMNS['title']}){_GAP}({REPORT_COLUMNS['count']})(?=\s)")
"""Such a table of titles and counts only (``Title                             FTEs``)."""


_RUN_CELLS = {"code": rf"(?P<code>{repair.GROUP_PATTERN}(?:[ \t]?[-\u2013][ \t]?|[ \t])?[{repair.NUMBER_CHARS}]{{1,2}})",
              "count": rf"(?P<count>[{repair.NUMBER_CHARS}]{{1,4}}|n/?a|-)"}
"""A run-together table's cells: a classification (its separator may be lost, ``EX01``), a count."""


def _run_tabled(text: str) -> list[tuple]:
    """A table of direct reports in a scan's run, its rows run together after its header, cells
    set apart by spaces (``Resource Conservation Manager   EG-07   46 Visitor Experience ...``)."""
    out: list[tuple] = []
    folded = fold(text)
    headers = [(h, [next((k for k in ("code", "count") if REPORT_COLUMN[k].match(cell)), None) for cell in h.groups()])
               for h in _RUN_HEADER.finditer(folded)]
    headers = [(h, kinds) for h, kinds in headers if sorted(filter(None, kinds)) == ["code", "count"]] or \
        [(h, ["count"]) for h in _RUN_COUNT_HEADER.finditer(folded)]
    for header, kinds in headers:
        cells = f"(?:{_RUN_CELLS[kinds[0]]})?{_GAP}(?:{_RUN_CELLS[kinds[1]]})?" if len(kinds) == 2 else \
            _RUN_CELLS["count"]  # "Title   FTEs": each row a title and its count
        row = re.compile(rf"\s*(?P<title>[^\s()|][^()\n|]{{2,90}}?){_GAP}{cells}(?=\s|$)")
        at = header.end()
        while (found := row.match(text, at)) is not None and (found.groupdict().get("code") or found["count"]):
            code, count = found.groupdict().get("code"), found["count"] or ""
            count = count if re.search(r"[0-9]", count.translate(repair.DIGITS)) else ""  # "I": a scan's 1
            details = ", ".join(x for x in (code, f"{count} FTEs" if count else "") if x)
            out.append((found.start("title"), found.start("title"), found.end(), details, found["title"].strip(), None))
            at = found.end()
    return out


_LED = r",?\s+(?:led|headed|managed|directed|dirig[ée]e?s?|men[ée]e?s?)\s+(?:by|par)\s+"
"""The words between a unit and who leads it (``, led by``, ``, dirigée par``)."""
_LED_BY = re.compile(_LED + r"(?:(?:an?|the|une|un|le|la)\s+|l'\s*)(?P<role>[^,()]+?)\s*$", re.IGNORECASE)
_LED_BY_TITLED = re.compile(_LED + r"(?:(?:the|le|la)\s+|l'\s*)(?P<title>[^()]+?,[^()]+?)\s*$", re.IGNORECASE)
_UNIT_START = re.compile(r"\b(?:the|la|le|les|l')\s*(?=[A-ZÀ-Ý])", re.IGNORECASE)


def _led_unit(title: str) -> str:
    """A report written as the unit it leads (``the Labour Statistics Division, led by a Director``,
    ``la Division X, dirigée par un Directeur``): the role, then the unit (``Director, Labour
    Statistics Division``); the title alone when the sentence names it whole (``the Intake unit, led by the Manager,
    Intake``)."""
    led = _LED_BY.search(title)
    if not led or not role_start(fold(led["role"])):
        titled = _LED_BY_TITLED.search(title)  # "the Intake unit, led by the Manager, Intake": the report's title
        return titled["title"] if titled and role_start(fold(titled["title"])) else title
    lead = title[:led.start()]
    start = _UNIT_START.search(lead)
    unit = lead[start.end():] if start else lead
    return f"{led['role'].strip()}, {unit.strip(' ,')}" if unit.strip() else title


def _junk(lines: str) -> bool:
    """Lines of a scan's specks and scribbles (``4~ 'J /^\\ ll ,  O9 -IO``): no word of three letters."""
    return not re.search(r"[^\W\d_]{3}", lines)


_DASH = r"(?:[ \t]+[-\u2013\u2014](?:[ \t]+|[ \t]*\n[ \t]*)|,[ \t]*)"
_DASH_CODED = re.compile(rf"(?:{_DASH}|:[ \t]*)(?P<code>{_LEVELLED})"
                         rf"(?![\w-])(?:(?:{_DASH}|[ \t]*[;:/][ \t]*)(?:{_APPROXIMATELY}(?P<count>{_COUNT.pattern})"
                         rf"|(?P<bare>[0-9]{{1,4}})(?=[ \t]*(?:$|[:;])|[ \t]*\n))"
                         rf"|[ \t]+\({_APPROXIMATELY}(?P<bracketed>{_COUNT.pattern})\)"
                         rf"|[ \t]+{_APPROXIMATELY}(?P<spaced>{_COUNT.pattern}))?",
                         re.IGNORECASE | re.MULTILINE)
"""``Director, X – EX-O1 – 48 FTE's``, ``Chef, X, EG 07; 29 ETP``, ``Chef, X, FI-O2 (6 a.-p.)``, a tree's
``Directeur, X ....  EX-01 / 27 ETP`` (its dots a colon), a typed list's ``CHIEF, X....... EG-O6      Z4 P-Y``; a
bare number after the code and a dash is the count (``– EX-01 – 74``)."""


_SINGLE_SPACED = re.compile(rf"^[ \t]*(?P<title>[A-ZÀ-Ý][^\n|]{{3,100}}?)(?:[ \t]+(?P<code>{_LEVELLED}))?[ \t]+"
                            rf"(?:(?P<count>[{repair.NUMBER_CHARS}]{{1,4}})(?:[ \t]+(?P<unit>{_COUNT_WORDS}))?"
                            rf"|(?i:no staff|sans personnel|aucun personnel))[ \t]*$", re.MULTILINE)
"""``Director, Research and Development EX-01 64``: a PDF's table whose cells one space sets apart, a report's
title, its level and its count on its line; a Word table's cell (``Manager, Procurement PG-05 35 FTEs``) the
count's word after it, the level left out too (``Manager, Systems 27 FTEs``), or no count (``Senior Advisor EC-06
no staff``)."""


def _single_spaced(text: str) -> list[tuple]:
    return [(row.start(), row.start("title"), row.end(), *_single_spaced_entry(row))
            for row in _SINGLE_SPACED.finditer(text) if _single_spaced_report(row)]


def _single_spaced_report(row: re.Match) -> bool:
    """A report's line, its level a classification's or its count worded after a role's title (no other
    report's details in it: ``Gestionnaire, X (PM-05) - 17 ETP: Manager, X (PM-05) - 17 FTEs`` is two; nor a
    dash before its count: ``Director, X – 36 FTEs`` is a dashed list's)."""
    return _plausible(row["title"]) and bool(repair.classification(row["code"] or "") or row["unit"] and role_start(
        fold(row["title"])) and not re.search(r"[():;\d]|[-\u2013\u2014,]$", row["title"]))


def _single_spaced_entry(row: re.Match) -> tuple[str, str, None]:
    """The details, title and code of such a line's entry."""
    return ", ".join(filter(None, (row["code"], row["count"] and f"{row['count']} FTEs"))), row["title"], None


def _dash_coded(text: str) -> list[tuple]:
    """``Director, Rail Operations – EX-O1 – 48 FTE's``, ``1) Chief, X, BI-05 — approximately 22
    employees``, on its line or run together with the next in a scan: the title runs back from
    the dash or comma to the previous entry or a boundary."""
    out: list[tuple] = []
    floor = 0
    for match in _DASH_CODED.finditer(text):
        start = _title_start(text, floor, match.start())
        title = _title(text[start: match.start()])
        floor = match.end()
        if title and _plausible(title):
            details = " ".join(x for x in (match["code"], match["count"] or match["bracketed"] or match["spaced"],
                                            match["bare"] and f"{match['bare']} FTEs") if x)
            out.append((start, start, match.end(), details, title, None))
    return out


_BULLETED = re.compile(r"^[ \t]*(?:[-*\u2022\u2013o>]|\(?[0-9]{1,2}[.)]|\(?[a-h][.)])[ \t]+(?P<title>[^\n]{3,120}?)[ \t.;]*$",
                       re.MULTILINE)


def _bulleted(text: str, found: list[tuple]) -> list[tuple]:
    """A listed line that is a title and nothing else (``- Manager, Market Analysis``), in a
    section other entries leave it: a direct report without details."""
    out = []
    for match in _BULLETED.finditer(text):
        title = match["title"].strip()
        if any(s < match.end() and match.start() < e for s, _, e, *_ in found) or len(title.split()) > MAX_TITLE_WORDS:
            continue
        if role_start(fold(title)) and _plausible(title) and not re.search(r"[.;:]\s", title) \
                and not _UNREAD_DETAILS.search(title):
            out.append((match.start("title"), match.start("title"), match.end(), "", title, None))
    return out


_UNREAD_DETAILS = re.compile(r"\([^()]*[0-9][^()]*\)|\b[0-9]+\s*(?:FTE|ETP)|,\s+[a-zà-ÿ]+[\s,-]+[a-zà-ÿ]+\s")
"""A listed line with details no reading took (``(EN-ENF-05) – 12 FTE``) or words after a comma that
name no unit (``Senior management and Ministers receive sound, evidence-based advice``): no title."""


def _dashed(text: str) -> list[tuple]:
    """``Manager, Business Planning – FI-03 – 6 FTEs``: a listed line, its parts set apart by
    dashes, commas or bars."""
    out = []
    for match in _DASHED.finditer(text):
        title = match["title"].strip()
        if _plausible(title) and not repair.CODE.match(title):  # "EC-07 Manager, X – 9 FTEs" is _coded's
            details = " ".join(x for x in (match["code"] or match["last"], match["count"] or match["count2"]) if x)
            out.append((match.start("title"), match.start("title"), match.end(), details, title, None))
    return out


def _listed(text: str) -> list[tuple]:
    """Lines that are a title and, after a colon or ``, responsible for``, what the position does
    (seed 001's list)."""
    out = []
    for match in re.finditer(r"^[ \t]*\u2022?[ \t]*([^\n:()]{3,120}?)[ \t]*(?::|,[ \t]*(?=(?:responsible|accountable|"
                             r"responsable|chargée?)\b))[ \t]*(\S[^\n]*)?$", text, re.MULTILINE):
        title = match[1].strip()
        if len(match.group(0)) > 400:
            continue
        words = fold(title)
        duty = not text[match.end(1):].lstrip(" \t").startswith(":")  # ", responsible for": its role may end it
        if len(title.split()) > MAX_TITLE_WORDS or not (role_start(words) or duty and _plausible(title)) or re.search(
                r"\b(?:is|are|reports?|est|sont|releve|relevent|reporting)\b|[a-z]{3}\.\s", words) \
                or repair.classification(title):
            continue  # a sentence ("Deputy Commissioner, Prairies. The following O&M: $2.5M") is no title, and
            # "Director, X – EX-01 – 74: Directeur, X – EX-01 – 74" is a bilingual table's row, read by _dashed
        out.append((match.start(1), match.start(1), match.end(1) + 1, "", title, None))
    return out


_WORDED_PART = re.compile(r"\w[ \t]+\((?![^()\n]*\b(?:FTE|ETP|employ|staff|effectif|personnes))[^()\n0-9]*\)$",
                          re.IGNORECASE)
"""A title's own words in brackets right before its details (``Impact Assessment (Mining and Energy)
(EC-07, 11 FTEs)``): no end of the title."""


def _title_start(text: str, floor: int, at: int) -> int:
    """Where the title before ``at`` begins."""
    lead = text[floor:at]
    cuts: list[int] = []
    for m in re.finditer(r"\n|\u2022|[.:;]\s|\)\s*[,;]?\s*|\s[-\u2013]\s(?=[A-ZÀ-Ý])", lead):
        dash = m[0].strip() in "-\u2013"
        if not _wrapped(text, floor, m) and not (dash and _dash_in_title(lead[:m.start()], lead[m.end():])) \
                and not (m[0].startswith(")") and m.end() == len(lead)
                         and _WORDED_PART.search(lead, 0, m.start() + 1)):
            cuts.append(m.end())
    announce = _ANNOUNCE.match(lead)
    if announce:
        cuts.append(announce.end())
    start = floor + max(cuts, default=0)
    rest = text[start:at]  # after the last cut
    leading = _leading_length(rest)
    prose = re.match(r"\s*[a-zà-ÿ][^A-ZÀ-Ý]*(?=[A-ZÀ-Ý])", rest[leading:])
    clause = _CLAUSE.match(rest, leading)
    if clause:  # the report before's words: "a Senior Advisor (EC-07) who has no staff, the Manager, X (AS-07)"
        return start + clause.end()
    if prose and len(prose[0].split()) >= 3 and not _LEADING.search(prose[0].split()[-1]):
        # a run's sentence before the title: "...: manages the team and its results Regional Manager, X"
        # (not "reports to the Director General": a sentence that leads to its title)
        return start + leading + prose.end()
    most = MAX_TITLE_WORDS * (2 if re.search(r"\S / \S", rest) else 1)  # "Regional Director, X / Directeur régional, X"
    if len(rest.split()) > most:
        for word in re.finditer(r"\S+", rest):
            if role_start(fold(rest[word.start():])) and len(rest[word.start():].split()) <= most:
                return start + word.start()
        return at
    return start


MAX_PLACE_WORDS = 6
"""Words of a title's part after its dash, at most (``– Région de la capitale nationale``)."""


_LIST_BULLET = re.compile(r"^[-*\u2022\u2013o>]\s+")
"""A list's bullet before an item's first word."""


def _dash_in_title(before: str, after: str) -> bool:
    """``Gestionnaire, Enquêtes – Bureaux régionaux``: a dash inside a title, a title on its line
    before it (no figure), no title after it."""
    before = _LIST_BULLET.sub("", before[before.rfind("\n") + 1:].strip())  # "- Director, X - Prairies (...)"
    return "," in before and not re.search(r"[0-9|]", before) and role_start(fold(before)) \
        and len(after.split()) <= MAX_PLACE_WORDS and not role_word(fold(after))


def _wrapped(text: str, floor: int, cut: re.Match) -> bool:
    """A line end (``cut``, in the text from ``floor``) inside a sentence of a paragraph wrapped over lines (a
    long line ending with a title's first words): no boundary of a title (``the Manager, Interpretation`` /
    ``Programs (PM 06, 14 FTEs)``). In a list of items one after another (``_LISTED``) the whole line counts, the
    words before ``floor`` too, and an item's first capitalized words start a title, role or not (``...; Manager,
    Quality``, ``...; the Administrative``)."""
    if cut[0] != "\n":
        return False
    end = floor + cut.start()
    start = text.rfind("\n", 0, end) + 1
    separators = list(_LISTED.finditer(text, start, end))
    tail = text[separators[-1].end():end].split() if separators else []  # "...; Manager, Quality": an item's start
    tail = tail[1:] if tail and tail[0].lower() in ("the", "a", "an", "le", "la", "les", "un", "une") else tail
    listed = 0 < len(tail) <= _ITEM_START_WORDS and tail[0][:1].isupper()  # "...; the Administrative": one too
    line = text[start if listed else max(start, floor): end]
    return len(line) >= 50 and bool(re.search(r"[^\W\d_]$", line)) \
        and (listed or role_word(fold(" ".join(line.split()[-4:])))) \
        and not re.match(r"[ \t]*(?:[-*\u2022\u2013]|[0-9]+[.)])", text[floor + cut.end():])


_LISTED = re.compile(r";|\),")
"""Where a list's items stand on one line, one after another (``... staff of 1; Manager, X``, ``(EC-07, 16 FTEs),
Senior``)."""
_ITEM_START_WORDS = 4
"""An item's first words a line's end cuts off, at most (not ``, 12 ÉTP – responsable des opérations``)."""


def _leading_length(lead: str) -> int:
    """How much of ``lead`` is punctuation and words that come before a title (``and the``)."""
    found = _LEADING.match(lead)
    return found.end() if found else 0


_CLAUSE = re.compile(r"(?:who|which|that|qui|dont)\b[^,.;:()A-ZÀ-Ý]*,\s*")
"""What a sentence says of the report before the title, up to its comma."""


def _title(lead: str) -> str:
    return repair.clean_text(lead[_leading_length(lead):]).strip(" ,;:-\u2013\u2014")


def _supervisor(wd: WorkDescription, title: str, inside: str) -> None:
    if "supervisor_title" not in wd.fields and title and role_start(fold(title)):
        wd.fields["supervisor_title"] = Value(spelling.mended(title), f"{VERIFY}read in the organization structure")
    code = repair.classification(inside)
    if code and "supervisor_classification" not in wd.fields:
        wd.fields["supervisor_classification"] = Value(code[0], wd.read_as(code[2]) if code[1] else None)
    if "supervisor_number" not in wd.fields:  # "relève de vous, à titre de X (EX-02, poste 10045)"
        _supervisor_number(wd, inside)


def supervisor(wd: WorkDescription, text: str, *, own_title: str | None, language: str) -> None:
    """The supervisor named in prose (``... is one of five positions reporting to the Director
    General, X.``), when no label gave it, a label gave it abbreviated or cut short (an HR screen's ``Director
    General, Domestic Net``), and only one supervisor is named (in each language: a bilingual page's sentences name
    it twice, the one read in ``language`` kept). A supervisor a label gave: its level and number where the prose
    names it (``reports to the Director General, X (EX-03, position no. 25914)``)."""
    known = wd.fields.get("supervisor_title")
    named = _named_supervisor(text, own_title=own_title, language=language)
    if known and not _ABBREVIATED.fullmatch(str(known.value)) and not (named and _cut_short(known.value, named[0])):
        _labelled_supervisor(wd, text, known.value)
    elif named:
        _supervisor_in_prose(wd, *named)


def _cut_short(labelled: str, named: str) -> bool:
    """Is ``labelled`` the title a sentence names cut to a field's width: inside a word (``Domestic Net``), or before
    a few words of the title (``Director General, Collections`` of ``... Collections Operations``, ``Opérations`` of
    ``Opérations de la paye``), not before a sentence's words (``... Human Resources for executive staffing``)?"""
    rest = named[len(labelled):] if len(labelled) >= _FIELD_WIDTH and fold(named).startswith(fold(labelled)) else ""
    return bool(re.match(r"[^\W\d_]", rest)) or bool(_TITLE_TAIL.fullmatch(rest))


_FIELD_WIDTH = 20
"""Characters, at least, of a title cut to a field's width (an HR system's ``Descr``: 30)."""
_TITLE_TAIL = re.compile(r"(?:[ \t]+(?!(?:for|to|and|in|with|who|which|pour|et|qui|dans|avec|sur|afin)\b)"
                         r"[^\W\d_][\w'’-]*){1,3}")
"""The words a field's width cut off a title: one to three, none a sentence's joining word (``for``, ``qui``)."""


def _labelled_supervisor(wd: WorkDescription, text: str, title: str) -> None:
    """A labelled supervisor's level and number after its title in the prose."""
    named = re.search(r"\s+".join(map(re.escape, title.split())), text, re.IGNORECASE)
    after = text[named.end(): named.end() + _TAIL] if named else ""
    tail = re.split(r"\n(?=(?![^\n:]*(?i:sup[ée]r|supervis|reports))[^\n:]{1,40}:)", after)[0]
    if named and "supervisor_number" not in wd.fields:  # up to another field's label ("Numéro de poste: ...")
        _supervisor_number(wd, tail)
    level = re.match(r"\s*\(([^()]*)\)", tail) if "supervisor_classification" not in wd.fields else None
    read = (repair.classification(level[1]) or _level_inside(level[1])) if level else None
    if read:  # "is accountable to the Vice-Chair, Operations (EX-03)", the title a label or a sentence gave
        wd.fields["supervisor_classification"] = Value(read[0], wd.read_as(read[2]) if read[1] else None)


def _named_supervisor(text: str, *, own_title: str | None, language: str) -> tuple[str, str, list[str]] | None:
    """The one supervisor the prose names: its title, its words in the text to 60 characters after it, and those after
    its name in the other language."""
    text = _OPEN_LINE_END.sub(r"\1 ", _TITLE_WRAPPED_BEFORE_LEVEL.sub(r"\1 ", text))  # "... Directrice générale
    # régionale, Région du" / "Québec (EX-03"
    found = []
    first = "[^\\W\\d_]" if language == FR else "[A-ZÀ-Ý]"  # "relève du président et premier dirigeant"
    for match in re.finditer(rf"\b(?i:{_TO_SUPERIOR}){THE}{_NOT_ME}"
                             rf"({first}(?:\bSte?\.\s|[^.;:()\n]){{3,120}}?)"
                             r"(?=\s*(?:\(|\.\s|\.$|;|:|\n|,\s+(?:position|poste|who|which|qui|dont|and|et)\b"
                             r"|\s[\u2013\u2014]\s+(?:an?|une?)\s+[A-Z]{2}|,\s+(?:an?|une?)\s+[A-Z]{2}"  # ", an EX-04"
                             r"|,\s+(?:(?:the|this|le|la|les)\s|l['’])"  # "Reporting to the DG, the incumbent ..."
                             r"|\s+for\s+(?:the|its)\b"  # "Accountable to the ADM for the design"
                             r"|\s(?:(?:and|et)\s+)?(?:are|is|were|was|has|sont|est|a|include|comprennent)\b"
                             r"|$))", text):
        title = without_name_before(match[1].strip(" ,"))  # "reporting to Ravi Nakamura, Director General, X"
        listing = re.match(r"\s+(?:are|sont|include|comprennent)\b|\s*:", text[match.end():])  # "... report to X:"
        own = own_title and (fold(own_title).startswith(fold(title)) or fold(title).startswith(fold(own_title)))
        if role_start(fold(title)) and not listing and not own and not _FUNCTIONAL.search(match[0]) and \
                not re.search(r"\b(?:and|et)\s+(?:the|le|la|l')\b", title):
            found.append((title, match.end()))
    if any(t[:1].isupper() for t, _ in found):  # "... qui relèvent du directeur général": the one named before
        found = [(t, end) for t, end in found if t[:1].isupper()]
    other = []  # the other language's sentence: "... (EX 04), poste n° 91112. / The position reports to the ADM, X."
    if len({language_of(t) for t, _ in found}) > 1:
        other = [(t, end) for t, end in found if language_of(t) != language]
        found = [(t, end) for t, end in found if language_of(t) == language]
    found = [(t, end) for t, end in found  # "sous l'autorité de la sous-ministre adjointe" names the one
             if not any(fold(other).startswith(f"{fold(t)},") for other, _ in found)]  # "..., Services immobiliers"
    if len({fold(t) for t, _ in found}) != 1:
        return None
    title, end = found[0]
    # named once in the other language too: its number where this has none
    other_tails = [text[other[0][1]: other[0][1] + _TAIL]] if len({fold(t) for t, _ in other}) == 1 else []
    return title, text[end - len(title): end + 2 * _TAIL], other_tails


def _supervisor_in_prose(wd: WorkDescription, title: str, written: str, other_tails: list[str]) -> None:
    """The supervisor a sentence names (``written``: its words and what follows them), its level and number after
    it."""
    level = _TRAILING_LEVEL.search(title)  # "reports to the Director General, X, EX03."
    trailing = repair.classification(level["code"]) if level else None
    cut = level.start() if trailing else len(title)
    title, tail, following = title[:cut], written[cut: cut + _TAIL], written[cut: cut + 2 * _TAIL]
    wd.fields["supervisor_title"] = Value(spelling.mended(title), f"{VERIFY}read in the organization structure")
    after = re.match(r"\s*(?:\(([^()]*)\)|,\s*([^,.;()\s]{3,8})|[,\u2013\u2014]\s*(?:an?|une?)\s+([^,.;()\s]{3,8}))",
                     tail)  # "(EX-03)", ", EX03", ", an EX-04", "— an EX-03 position"
    stated = after and next(group for group in after.groups() if group is not None)
    told = _TOLD_AFTER.match(following)  # "... Service Delivery. That job is at the EX-04 level. Its position
    # number is 41805.": a plain-language description's sentences after it
    told_level = told and (told["level"] or told["niveau"])
    read = trailing or (repair.classification(stated) or _level_inside(stated) if after else None) \
        or (repair.classification(told_level) if told_level else None)
    if read and "supervisor_classification" not in wd.fields:
        wd.fields["supervisor_classification"] = Value(read[0], wd.read_as(read[2]) if read[1] else None)
    for words in (tail, *other_tails):
        if "supervisor_number" not in wd.fields:
            _supervisor_number(wd, words)
    number = repair.number(told["number"]) if told and told["number"] else None
    if number and "supervisor_number" not in wd.fields:
        wd.fields["supervisor_number"] = Value(number[0], f"{VERIFY}read in the organization structure")


_TAIL = 60
"""Characters after a supervisor's title in a sentence that may give its level and number."""
_TOLD_AFTER = re.compile(r"\.[ \t]+(?:(?:that|this|the) (?:job|position) is (?:at )?(?:the )?"
                         r"(?P<level>[A-Z]{2}[- ]?[0-9]{1,2})(?: level)?"
                         r"|ce poste est de niveau (?P<niveau>[A-Z]{2}[- ]?[0-9]{1,2}))?"
                         r"(?:\.[ \t]+(?:its|son) (?:position number|num[ée]ro de poste) (?:is|est)(?: le)?[ \t]*"
                         r"(?P<number>[0-9]{4,8}))?", re.IGNORECASE)
"""The sentences after a supervisor a plain-language description names: its level, then its number."""


_ABBREVIATED = re.compile(r"[A-Z&]{2,5}(?:[ /-]+[A-Z&]{2,5}){1,3}|[A-Z][A-Z&,/ -]{9,}")
"""A supervisor's title an HR system gives as its abbreviation or in capitals, cut to its field's width (``DG
OEE``, ``ADM ETS``, ``ASSISTANT DEPUTY MIN``): the prose's full title, when it names one, is the title."""


def _level_inside(words: str) -> tuple | None:
    """The level a parenthesis of words gives (``poste de niveau EX-03, no 579357``)."""
    code = re.search(r"\b[A-Z]{2,3}[- ]?[0-9OIl]{1,2}\b", words)
    return repair.classification(code[0]) if code else None


def _supervisor_number(wd: WorkDescription, tail: str) -> None:
    """The supervisor's position number the words after its title give (``(EX-03, position no. 25914)``, ``an EX-03
    position, number 507644``, ``Pos. 53176``, ``poste de niveau EX-03, no 579357``, ``dont le numéro de poste est
    802056``)."""
    number = re.search(r"^[^.]*?\b(?:(?:position|poste|[Pp]os\.)\s*,?\s*(?:number|no\.?|num[ée]ro|n°|#)?"
                       r"|(?:position|poste)\b[^.()\n]{0,25}?,\s*(?:number|no\.?|num[ée]ro|n°)"
                       r"|num[ée]ro de poste(?:\s+est)?)\s*:?\s*"
                       r"((?:[A-Z]{1,5}-)?[0-9OIl]{3,8}(?:-[0-9OIlB]{3,8})?)\b", tail)
    read = (repair.number(number[1]) or repair.code(number[1])) if number else None
    if read:
        wd.fields["supervisor_number"] = Value(read[0], f"{VERIFY}read in the organization structure")


_TITLE_WRAPPED_BEFORE_LEVEL = re.compile(r"^([^\n]{45,}[a-zà-ÿ,][ \t]+[A-ZÀ-Ý][a-zà-ÿ]+)[ \t]*\n[ \t]*"
                                         r"(?=[A-ZÀ-Ý][^\n().]{0,40}(?:\(|,[ \t]*)(?:EX|[A-Z]{2})[- ]?[0-9OI])",
                                         re.MULTILINE)
"""A long line of prose ending in a capitalized word whose next line ends the title before its level (``... reports
to the Executive Director, Case`` / ``Review (EX-02, position no. 34389).``, ``Goods Transportation, EX-02 (position
98148).``): one line."""
_OPEN_LINE_END = re.compile(rf"(,|\b(?:{OPEN_END_WORDS}|le)|\b(?:Director|Deputy|Assistant|Associate))[ \t]*\n"
                            r"[ \t]*(?=[^\W\d_])")
"""A sentence's line that ends inside a title (a comma, a joining word or a role's first word last: ``... reports
to the Director`` / ``General, X``): the title goes on."""


def _in_parentheses(text: str, at: int) -> bool:
    """``(CS-O5, 4 FTEs)``: the code opens a parenthesis."""
    return text[:at].rstrip().endswith("(")


def _without_overlaps(entries: list[tuple]) -> list[tuple]:
    out: list[tuple] = []
    for entry in sorted(entries, key=lambda e: (e[0], -e[2])):
        if out and entry[0] < out[-1][2]:
            continue
        out.append(entry)
    return out


def _language(details: str) -> str | None:
    """The language of a report's count words (``ETP``, ``FTEs``); None for a count in neither
    (``61 A-P``, a bare number) or none."""
    folded = fold(details)
    if re.search(r"\b(?:etp|effectif|employes|postes|personnes)\b", folded):
        return FR
    if re.search(r"\b(?:fte'?s?|staff|employees|positions|person[- ]years?|pys?)\b", folded):
        return EN
    return None


_SUB_ITEMS = re.compile(r"(?:[ \t]*\n[ \t]+[-*\u2022\u2013o][ \t]+[^\n]*)+")
"""A report's own list, indented under its line (``- FTEs: 9``, ``- Classification: PM-06``)."""


def _sub_items(after: str, details: str) -> str:
    """The count and classification a report's own list gives, where its line gives none."""
    items = _SUB_ITEMS.match(after)
    if not items:
        return ""
    count = None if _COUNT.search(details) else _COUNT.search(items[0])
    code = None if repair.classification(details) else repair.CODE.search(items[0])
    return " ".join(found[0] for found in (code, count) if found)


def _details(wd: WorkDescription, report: DirectReport, details: str) -> None:
    """``CS-O5, I6 FTEs`` (the parenthesis after a direct report's title); a scan's other
    column may run in between a count and its ``FTEs``."""
    times = _TIMES.search(details)  # "(2 x CR-05)": two positions of the level
    code = repair.classification(details) or repair.level(re.split(r"[,;(]", details.strip(" ("), maxsplit=1)[0])
    if code:  # "Pm-06, 8 fte's": a level typed in lower case, alone before the count
        report.classification = Value(code[0], wd.read_as(code[2]) if code[1] else None)
        details = details.replace(code[2], " ", 1)
    count = _COUNT.search(details)
    token = (count[1] or count[2] or count[3]) if count else None
    if times:
        report.positions = int(times[1])
    if token is None and _COUNTED.search(details):
        loose = re.search(rf"(?<![\w.])([{repair.NUMBER_CHARS}][{repair.NUMBER_CHARS}.,]*)(?![\w])", details)
        token = loose[1] if loose else None
    read = repair.fte(token) if token else None
    if read is not None:  # "three Audit Managers (AU-04, 5 FTEs each)": each position's, the line's all of theirs
        each = report.positions if _EACH.search(details) else 1
        report.fte = Value(read[0] * each, wd.read_as(f"{token} FTEs") if read[1] else None)


_EACH = re.compile(r"\b(?:each|chacun|chacune|par poste)\b", re.IGNORECASE)
_TIMES = re.compile(rf"(?<![\w.])([0-9]{{1,2}})[ \t]*[x×][ \t]*(?={repair.GROUP_PATTERN})")
"""How many positions of one level a report's line stands for (``Registry Officer (2 x CR-05)``)."""


# --- a title the scan's other column ran into ----------------------------------------------------

_JOINING = frozenset(("and", "of", "the", "for", "to", "in", "on", "with", "at", "by", "&", "-", "\u2013",
                      "de", "des", "du", "la", "le", "les", "l'", "d'", "et", "en", "à", "au", "aux", "sur", "pour"))
"""Words that join a title's words (``Director of Policy and Planning``, ``Chef de la ...``)."""
_ARTICLES = frozenset(("the", "la", "le", "les", "l'", "des", "du"))
_SENTENCE_WORDS = frozenset(("a", "an", "un", "une"))
_BULLETS = frozenset(("\u2022", "|", "e", "o", "c", '"'))
"""A list's bullet as a scan read it: the word after it starts the other column's sentence."""
_ABBREVIATIONS = frozenset(("st.", "ste.", "inc.", "ltd.", "no.", "dept.", "mr.", "ms.", "dr."))
_FOREIGN, _LOWER, _JOIN, _TITLE = "foreign", "lower", "join", "title"


@cache
def _unmixed(title: str) -> str:
    """``title`` without the words of the scan's other column run into it, when it has some:
    one or two runs of words taken out so that what stays reads best as a title (capitalized
    words and the words that join them, a role word at its start, no sentence inside). An English
    title's lower-case words are the other column's (``Director, Pay Stabilization and in which
    teams of advisors serve Backlog Reduction``); a French title keeps them, only bullets,
    headings, amounts and sentence ends tell. Cached: a code's entry in a run asks it twice."""
    if title.isupper():
        return title  # a form typed in capitals: its case tells no column from another
    words = title.split()
    english = english_role(fold(title)) and not FRENCH_WORDS.search(title)
    kinds = _kinds(words, english)
    odd = [i for i, kind in enumerate(kinds) if kind in (_FOREIGN, _LOWER)]
    if not odd:
        return title
    spans = [(i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
             if j - i < len(words) and any(i <= o < j for o in odd)
             and min(o for o in odd if o >= i) - i <= _MARGIN and (j == len(words) or j - 1 - max(o for o in odd if o < j) <= _MARGIN)]
    choices = [()] + [(span,) for span in spans] + [(a, b) for a in spans for b in spans if b[0] > a[1]]
    best = min(choices, key=lambda taken: _cost(words, kinds, taken))
    kept = [w for at, w in enumerate(words) if not any(i <= at < j for i, j in best)]
    return " ".join(kept).strip(" ,;:-")


_MARGIN = 4
"""How many title-like words a run of the other column's words may hold before or after its odd ones."""


def _kinds(words: list[str], english: bool) -> list[str]:
    kinds = []
    for index, word in enumerate(words):
        bare = word.strip(",()\"'")
        lower = bare.lower()
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        heading = bare.isupper() and len(bare.strip(":")) > 2 and any(
            w.isupper() and len(w.strip(":,")) > 2 for w in words[max(0, index - 2): index] + words[index + 1: index + 3])
        if (not re.search(r"[^\W\d_]", bare) and not re.fullmatch(r"[0-9]+|&|[-\u2013]", bare) or word in _BULLETS
                or "$" in bare
                or bare.endswith((":", ";")) or bare.endswith(".") and lower not in _ABBREVIATIONS and "." not in bare[:-1]
                or heading or lower in _SENTENCE_WORDS):
            kinds.append(_FOREIGN)
        elif lower in _JOINING:
            kinds.append(_JOIN)
        elif bare[:1].isupper() or bare[:1].isdigit():
            sentence = english and following in ("the", "a", "an") or index and words[index - 1] in _BULLETS
            kinds.append(_FOREIGN if sentence else _TITLE)  # "Leading the ...", "• Establishing ..."
        else:
            kinds.append(_LOWER if english else _TITLE)
    return kinds


def _cost(words: list[str], kinds: list[str], taken: tuple[tuple[int, int], ...]) -> float:
    """How little the words left after taking out the ``taken`` runs read as a title, plus what
    taking them out loses."""
    keep = [at for at in range(len(words)) if not any(i <= at < j for i, j in taken)]
    kept = [kinds[at] for at in keep]
    cost = 3.0 * sum(k in (_FOREIGN, _LOWER) for k in kept)
    cost += 2.0 * sum(kinds[a] == kinds[b] == _JOIN and words[b].lower() not in _ARTICLES for a, b in zip(keep, keep[1:]))
    if kept[-1] == _JOIN or words[keep[-1]].endswith(","):
        cost += 5.0
    folded = fold(" ".join(words[at] for at in keep[:6]))
    if not (role_start(folded) or role_start(folded.partition(" ")[2])):
        cost += 3.0
    for i, j in taken:
        cost += 0.5 + kinds[i:j].count(_TITLE) + 0.2 * kinds[i:j].count(_JOIN)
    return cost
