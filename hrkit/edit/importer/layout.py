"""A document's text laid out the same way whatever its shape: lines without their markup, and
the marks that structure them (section headings, field labels, the labels of people, the
document's own title), English or French.

Shapes: Markdown conversions (``**Field:** value`` bullets, ``#`` headings), Word files read as
lines or as table rows (``Field<TAB>value``, ``Field | value``, a label alone on its line with
its value on the next), and OCR'd scans run together on one line, with page footers and page
numbers (removed here). Headings count on a line of their own (any case), at a line's start
before a colon, or in capitals inside a run of text; field labels before the first section
count in any case, later only at a line's start or in capitals (``LOCATION:`` after the last
accountability is a field, not part of it).
"""
from __future__ import annotations

import html
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from operator import ne

from hrkit.edit.importer import mail, people, proposed, repair, spoken, webform
from hrkit.edit.importer.dimensions import THOUSANDS, label_of, row_labels
from hrkit.edit.importer.vocabulary import (AMOUNT_UNIT, ANNEX, ANYWHERE, CURRENT_WORD, DOCUMENT_TITLES, EN, FIELDS, FR,
                                           FRENCH_WORDS, GROUPS, LINE_ONLY_HEADINGS, NO_FIELD, OPEN_END_WORDS, PEOPLE,
                                           PROPOSED_WORD, REPORT_COLUMN, SECTIONS, TOTAL_ROW, alternation, bare_role,
                                           blanked, by_first_piece, fold, guess_heading, guess_label, listed_reports,
                                           phrase_regex, report_header, in_both_languages, language_of, role_start,
                                           role_word)

RUN_LENGTH = 600
RUN_SHARE = 0.4
"""A line this long is a scan's text run together, not a line a person wrote, when such lines hold
much of the text (a Word document's paragraph may be as long)."""


@dataclass
class Mark:
    kind: str  # heading, field, people, document
    name: str  # the section, or the field, it opens
    start: int  # where its words begin
    end: int  # where what it introduces begins
    languages: tuple[str, ...]  # of its words; () when both languages write it the same way
    strong: bool = True  # ends the text before it (an inner label, such as "Reports to:", does not)
    bilingual: bool = False  # "Position Title / Titre du poste:"
    guessed: bool = False  # a label hrkit has no phrase for, named from its words: fills only an empty field


@dataclass
class Layout:
    text: str
    folded: str
    marks: list[Mark]
    run: bool  # a scan's text run together (no line structure to go by)


def clean_input(text: str) -> str:
    """Line ends, spaces and characters a record must not hold: CR and form feeds to line ends,
    C1 controls read as the Windows-1252 characters they stand for (U+0092 is an apostrophe),
    other controls and odd spaces to spaces, invisible characters dropped, typographic quotes
    to plain ones (``»`` opening a line is a bullet), what is no character (a lone surrogate, U+FFFE) to U+FFFD, a
    scan's ``é`` read as ``6`` or ``e'`` mended; a web page's character references made characters (``&nbsp;``), its
    links (their numbers, the list at its end) and an e-mail's quote marks dropped; WordPerfect's codes a
    conversion left in the text (``[Tab]`` a tab, ``[HRt]``, ``[Bold On]`` nothing); changes marked in text as
    they stand accepted (``{~~EX-01~>EX-02~~}``, ``<del>...</del>``, ``[Deleted: ...]``, Word's All Markup balloons
    and change bars), a footnote's number run into an amount's unit (``$9,320K1``) dropped, corrections by hand
    (``-EX-02- [handwritten: EX-01]``) and characters struck through with a combining stroke dropped; a comb
    field's characters together again; a designed page's dot between values a comma; an apostrophe a conversion
    made ``?`` (``Supervisor?s``) an apostrophe again; an agency's name for an executive level beside its EX code
    (``Band 3 (EX-03)``) the code alone; a run of spaces wider than a page's gap as wide as one."""
    text = _ENTITY.sub(lambda m: html.unescape(m[0]), text) if "&" in text else text
    text = _WORDPERFECT.sub(lambda m: _WORDPERFECT_AS.get(m[1], ""), text) if "[" in text else text
    text = _REVISION.sub(lambda m: next((kept for kept in m.groups() if kept is not None), ""), text) \
        if _REVISION_MARK.search(text) else text
    text = _without_balloons(text) if _BALLOON.search(text) else text
    text = _FOOTNOTE_MARK.sub("", text)
    text = _corrected(text) if _CORRECTION_MARK.search(text) else text
    text = _hand_marked(text) if _HAND_MARK.search(text) else text
    text = _STRUCK_THROUGH.sub("", text) if "\u0336" in text or "\u0335" in text else text
    text = _OVERWRITTEN.sub(r"\1", text)
    text = _ARROW_BULLET.sub("\u2022", text.replace("\r\n", "\n")).translate(_INPUT)
    text = _LINK_NUMBER.sub("", _LINKS.sub("", text)) if _LINKS.search(text) else text
    text = mail.unquoted(text)
    text = re.sub("[\ud800-\udfff\ufffe\uffff]", "\ufffd", text)
    text = blanked(_MARGIN_SPECK, text)
    text = _COMB_VALUE.sub(lambda m: m[1] + re.sub(r"[ \t|]", "", m[2]), text)
    if "|" in text:
        text = _COMB_CELLS.sub(lambda m: m[0].replace("|", ""), text)
        text = _COMB_ROW.sub(lambda m: re.sub(r"[ \t|]", "", m[0]), text)
    text = _LETTER_SPACED.sub(_unspaced, text) if "  " in text else text
    text = _DOTTED.sub(_dotted, text) if "\u00b7" in text else text
    text = _LOST_APOSTROPHE.sub("'", text) if "?" in text else text
    text = _PADDING.sub(" " * _PADDING_KEPT, text) if " " * _PADDING_KEPT in text else text
    text = _AGENCY_LEVEL.sub(_agency_code, text) if _AGENCY_WORD.search(text) else text
    return _SCANNED_ACCENT.sub("\u00e9", re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", text))


_AGENCY_WORD = re.compile(r"(?i:band|executive[ \t]*(?:level)?[ \t]*[0-9OIl]|niveau de direction)")
_AGENCY_LEVEL = re.compile(
    r"(?P<code>\bEX[ \t]?[-\u2013]?[ \t]?[0-9OIl]{1,2})[ \t]*\([ \t]*(?i:executive[ \t]*(?:level)?|(?:pay[ \t]*)?band|"
    r"niveau[ \t]+de[ \t]+direction)\s*[0-9OIl]{1,2}[ \t]*\)"
    r"|(?i:executive[ \t]*level|(?:pay[ \t]*)?band|niveau[ \t]+de[ \t]+direction)[ \t]*[0-9OIl]{1,2}\s*"
    r"(?:\([ \t]*(?P<inside>EX[ \t]?[-\u2013]?[ \t]?[0-9OIl]{1,2})[ \t]*\)"
    r"|/[ \t]*(?P<after>EX[ \t]?[-\u2013]?[ \t]?[0-9OIl]{1,2}))")
"""An agency's own name for an executive level beside the EX code it stands for (``EX-03 (Executive level 3)``,
``Band 3 (EX-03)``, ``Executive Level 3 / EX-03``, ``Niveau de direction 1 (EX-01)``, ``EX-O3(Executive3)``): the
code alone."""


def _agency_code(level: re.Match) -> str:
    return level["code"] or level["inside"] or level["after"]


_PADDING_KEPT = 200
_PADDING = re.compile(f" {{{_PADDING_KEPT},}}")
"""A run of spaces wider than any page's gap (a converter padding a table's cells to thousands of columns): as wide
as a gap can be, so that no reader of a line's columns spends its time on the spaces."""
_LOST_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\?(?=[^\W\d_])")
"""A question mark inside a word (``Supervisor?s``, ``d?entrée``): a curly apostrophe a conversion to a code page
without it wrote as ``?``."""
_OVERWRITTEN = re.compile(r"(?<=:)([ \t]*)(?:=(?=\S)[^\n=]{1,40}?(?<=\S)=[ \t]+|-(?=\S)[^\n]{1,40}?(?<=\S)-[ \t]+"
                          r"|X{4,}[ \t]+)(?=[^\s=-])")
"""A label's value struck through or typed over with Xs, the new one beside it (``Salary: =$3,150,000= $3,420,000``,
``Group and Level: -EX-02-  EX-01``, ``Date: XXXXXXXXX 19/3/2020``): the new value."""
_STRUCK_THROUGH = re.compile(r"(?:[^\n][\u0335\u0336])+[ \t]?")
"""Characters struck through with a combining stroke (``2̶ ̶3̶4̶9̶ ̶0̶0̶0̶ ̶$̶  2 442 000 $``): a value struck, its
new one beside it."""
_FOOTNOTE_MARK = re.compile(r"(?<=[0-9][KkMm])[1-9\u00b9\u00b2\u00b3](?=[ \t]|$)", re.MULTILINE)
"""A footnote's number a copy ran into an amount's unit (``Salary  $9,320K1``, the note under the table)."""
_BALLOON = re.compile(r"(?:[ \t]{2,}|^[|!Il]?[ \t]*)(?:Deleted|Supprim[ée]|Formatted|Mis en forme"
                      r"|Comment(?:ed|é) \[[^\]\n]{1,8}\])[ \t]*:[^\n]*$", re.MULTILINE)
"""A Word balloon copied or printed from its All Markup view beside the line it marks (``Deleted: EX-02``,
``Supprimé : Total : 2 305 000 $``, ``Commented [FB1]: Please verify``): the reviewer's, no text of the document's."""
_CHANGE_BAR = re.compile(r"^[|!][ \t]")
"""Word's bar in the margin of a changed line (a scan's ``!``; its ``I`` or ``l`` only beside a balloon)."""


def _without_balloons(text: str) -> str:
    """A text copied or printed from Word's All Markup view as it stands accepted: without its balloons (a line that
    held only one dropped), the change bars in its margin nor the margin."""
    out = []
    for line in text.split("\n"):
        balloon = _BALLOON.search(line)
        if balloon:
            line = re.sub(r"^[Il][ \t]", "  ", line[:balloon.start()])
            if not line.strip(" \t|!"):
                continue
        out.append(_CHANGE_BAR.sub("  ", line) if line.count("|") == 1 or line[:1] == "!" else line)
    filled = [line for line in out if line.strip()]
    if sum(line.startswith("  ") for line in filled) >= _BAR_MARGIN * len(filled):  # the bars' column: no indent
        out = [line[2:] if line.startswith("  ") else line for line in out]
    return "\n".join(out)


_BAR_MARGIN = 0.8
"""Of a marked-up copy's lines, the share, at least, that leave the change bars' column blank: its margin."""


_REVISION_MARK = re.compile(r"\{(?:--|\+\+|~~|==|>>)|</?(?:del|ins|s|strike)>|\[(?i:deleted|inserted|supprim|ajout)")
_REVISION = re.compile(r"\{--.*?--\}|\{>>.*?<<\}|<(?:del|s|strike)>.*?</(?:del|s|strike)>"
                       r"|\[(?i:deleted|supprim[ée]e?)[ \t]*:[^\]\n]*\][ \t]?"
                       r"|\{\+\+(.*?)\+\+\}|\{~~.*?~>(.*?)~~\}|\{==(.*?)==\}|<ins>(.*?)</ins>"
                       r"|\[(?i:inserted|ajout[ée]e?)[ \t]*:[ \t]*([^\]\n]*)\]", re.DOTALL)
"""Changes marked in text (CriticMarkup's ``{--old--}{++new++}``, ``{~~old~>new~~}``, HTML's ``<del>``/``<ins>``, a
reviewer's ``[Deleted: EX-03]``, ``[Supprimé : 393796]``): the text as the changes stand accepted, comments
(``{>>...<<}``) dropped."""


def _corrected(text: str) -> str:
    """A copy's corrections by hand as a typist or a scan's reader wrote them, the new value kept: ``-EX-02-
    [handwritten: EX-01]``, ``Winnipeg, Manitoba [struck out] Montréal, Quebec [handwritten, KD 08/08]``,
    ``(crossed out: EX-02) EX-03 (hand-written, initialled CTM 21/05)``; who initialled it and when dropped. An
    older form's typed amendment too: ``44 40 (amended 1991)``, ``2 315   MODIFIÉ 1994 : 2 376``, ``SX-3
    (converted to EX3)``."""
    text = _STRUCK_THEN_WRITTEN.sub(lambda m: m[1].replace("\n", " "), text)
    text = _AMENDED.sub(lambda m: m["new"] or m["converted"] or "", _CROSSED_OUT.sub("", text))
    return _STRUCK_OUT.sub(lambda m: _struck_out(m[1], m[2]), text)


def _hand_marked(text: str) -> str:
    """A printed copy marked by hand and scanned again, as the scan reads the marks: a value struck out and
    initialled with its new value beside it (``=Shawinigan, Quebec=   --> Regina, Saskatchewan (JBK Jun 7/25)``,
    ``-$258K-  $326K  EJ 14/10/24``), above it (``$972,000   KNB 2025-11-03`` over ``Salary: -$1,069,000-``), or a
    value not struck whose margin says what it should be, initialled (``<- should be $1,676,000 - FE 03.02.2024``):
    the new value. A margin's question (``<- still accurate?``, ``   check? - KSG``, ``   ?? $4,765K per Finance?``)
    is dropped and changes nothing."""
    lines = text.split("\n")
    for at, line in enumerate(lines):
        above = _WRITTEN_ABOVE.fullmatch(line)
        below = lines[at + 1] if above and at + 1 < len(lines) else ""
        if above and _STRUCK_ALONE.search(below) and not _STRUCK_BESIDE.search(below):
            lines[at], lines[at + 1] = "", _STRUCK_ALONE.sub(lambda m: m["before"] + above["new"], below, count=1)
    text = _STRUCK_BESIDE.sub(lambda m: m["new"] if m["new"] is not None else m["beside"], "\n".join(lines))
    text = _SHOULD_BE.sub(lambda m: _struck_out(m["before"], m["new"]), text)
    text = _NUMBER_BESIDE.sub(lambda m: m["new"] + m["unit"], text)
    return _MARGIN_QUESTION.sub("", text)


_INITIALS_DATE = (r"[A-Z]{2,4}[ \t]+(?:[0-9OIlSZB]{1,4}[-/.][0-9OIlSZB]{1,2}(?:[-/.][0-9OIlSZB]{2,4})?(?![0-9])"
                  r"|[A-Z][a-z]{2}[ \t]+[0-9OIlSZ]{1,2}/[0-9OIlSZ]{2})")
"""Who initialled a correction by hand and when (``KNB 2025-11-03``, ``EJ 14/lO/24``, ``JBK Jun 7/25``)."""
_HAND_MARK = re.compile(rf"-+>|<-|(?<=\S)-[ \t]{{2,}}\S[^\n]*?[ \t]{{2,}}{_INITIALS_DATE}"
                        rf"|^[ \t]{{6,}}\S[^\n]*[ \t]{{2,}}{_INITIALS_DATE}[ \t]*$"
                        r"|\S[ \t]{3,}[^\n]{0,40}\?", re.MULTILINE)
"""A mark a reader's hand left: an arrow, an initialled value beside or above a struck one, a margin's question."""
_STRUCK_BESIDE = re.compile(r"(?P<old>(?<![\w-])([-=])(?=\S)[^\n=]{1,60}?(?<=\S)\2)"
                            rf"(?:[ \t]*-+>[ \t]*(?P<new>[^\n()]*?)[ \t]*\([ \t]*{_INITIALS_DATE}[ \t]*\)"
                            rf"|[ \t]{{2,}}(?P<beside>\S[^\n]*?)[ \t]{{2,}}{_INITIALS_DATE}(?=[ \t]*$))", re.MULTILINE)
"""A value struck out (``-X-``, ``=X=``) and the one written beside it, initialled and dated."""
_STRUCK_ALONE = re.compile(r"(?P<before>[^\n]*?(?::[ \t]*|^[ \t]*))-(?=\S)[^\n]{1,40}?(?<=\S)-[ \t]*$")
"""A label's value struck out with nothing beside it: its new value was written above."""
_WRITTEN_ABOVE = re.compile(rf"[ \t]{{6,}}(?P<new>\S[^\n]*?)[ \t]{{2,}}{_INITIALS_DATE}[ \t]*")
"""A value written by hand above a line, initialled and dated, alone on its line far in from the margin."""
_SHOULD_BE = re.compile(rf"(?P<before>[^\n]*?)[ \t]*<-+[ \t]*(?i:should be|devrait être)[ \t]+(?P<new>[^\n]*?)"
                        rf"[ \t]*[-\u2013][ \t]*{_INITIALS_DATE}[ \t]*$", re.MULTILINE)
"""A value not struck, its margin saying what it should be, initialled and dated."""
_NUMBER_BESIDE = re.compile(rf"(?<![\w.,])[0-9OIlSB][0-9OIlSB.,]*(?P<unit>[ \t]*[^\W\d][^\s<]*)?[ \t]*<-+[ \t]*"
                            rf"(?P<new>[0-9][0-9.,]*)[ \t]+{_INITIALS_DATE}")
"""A count or amount not struck, its margin's figure beside it, initialled and dated (``15 FTEs <- 14 VY
23.01.2025``): the new figure, its unit kept."""
_MARGIN_QUESTION = re.compile(r"[ \t]*<-+[ \t]*\?[^\n]*$|[ \t]*<-+[ \t]*[^\n?]{0,40}\?+[;,:]*"
                              r"|[ \t]*<-+(?!-)(?![ \t]*(?i:this[ \t]+(?:wd|position|job)|ce[ \t]+poste|cette[ \t]+dt))"
                              r"[^\n)]*"
                              r"|(?<=\S)[ \t]{3,}(?:[^\s?]+(?: [^\s?]+){0,7} ?)?\?+(?: \S+){0,6}[ \t]*$", re.MULTILINE)
"""A margin's question or note beside a value (``<- still accurate?``, ``<- ? ask DG - DH``, ``   check? - KSG``); not
a chart's mark of the position's own branch (``<-- CE POSTE``)."""


def _struck_out(before: str, written: str) -> str:
    """``before`` without its last value, the one struck out, and ``written`` in its place: the value struck out
    runs back to a label's colon, a parenthesis, a gap of columns or the line's start, over as many commas
    as the value written has (``Winnipeg, Manitoba`` for ``Montréal, Quebec``)."""
    start = max([0] + [m.end() for m in re.finditer(r":[ \t]+|\(|[ \t]{2,}", before)])
    commas = [m.end() for m in re.finditer(r",[ \t]+", before) if m.start() >= start]
    if len(commas) > written.count(", "):
        start = commas[-written.count(", ") - 1]
    return before[:start] + written


_INITIALLED = r"(?:[ \t]+[A-Z]{2,4}[ \t]+[0-9OIlSZ]{1,2}/[0-9OIlSZ]{1,2}\b)?"
"""Who initialled a correction and when, after it (``KM 26/02``)."""
_STRUCK_WORD = r"\[(?i:struck(?: out| through)?|crossed out|ray[ée]e?|barr[ée]e?|biff[ée]e?)\]"
_CORRECTION_MARK = re.compile(rf"{_STRUCK_WORD}|(?i:[(\[]crossed out|\[hand-?written|\bamended [0-9Il]"
                              r"|\bmodifi[ée]e? [0-9Il]|\(converted to )")
_STRUCK_OUT = re.compile(rf"(?m)^([^\n]*?)[ \t]*{_STRUCK_WORD}[ \t]*([^\n]*?)[ \t]*"
                         r"(?:\[(?i:hand-?written)[^\]\n]*\]" + _INITIALLED + "|$)")
"""``Winnipeg, Manitoba [struck out] Montréal, Quebec [handwritten, KD 08/08]``, ``1 233 000 $ [rayé] 1 357 000 $``:
the line before the value struck out, and the value written by hand."""
_OLD_VALUE = r"(?:[0-9$][^\n:]{0,18}?|[A-Z]{2,3}[- ]?[0-9OIl]{1,2}|[A-Z]{2,3})"
_AMENDED = re.compile(rf"(?<![^\s.:]){_OLD_VALUE}[ \t]+(?P<new>[0-9$][^\s:]*|[A-Z]{{2,3}}[- ]?[0-9OIl]{{1,2}})[ \t]*"
                      r"\((?i:amended|modifi[ée]e?)(?:[ \t]+(?:in[ \t]+)?[0-9OIl]{4})?\)"
                      rf"|(?<![^\s.:]){_OLD_VALUE}[ \t]+(?i:amended|modifi[ée]e?)[ \t]+(?:in[ \t]+)?[0-9OIl]{{4}}"
                      r"[ \t]*:[ \t]*"
                      r"|(?<![^\s.:])[A-Z]{2,3}[- ]?[0-9OIl]{1,2}[ \t]*\((?i:converted to)[ \t]+"
                      r"(?P<converted>[A-Z]{2,3}[- ]?[0-9OIl]{1,2})\)")
"""A value an older form's typist amended: the old one, then the new one and when (``44 40 (amended 1991)``, ``SM
EX-1 (amended 1996)``), or the year and the new one after a colon (``2 315   MODIFIÉ 1994 : 2 376``); a level
converted (``SX-3 (converted to EX3)``)."""
_STRUCK_THEN_WRITTEN = re.compile(r"(?<![\w-])-(?=\S)[^\n]{1,40}?(?<=\S)-[ \t]*\[(?i:hand-?written)[ \t]*:[ \t]*"
                                  r"([^\]\n]*(?:\n[^\]\n]*)?)\]" + _INITIALLED)
"""``-Moncton (Nouveau-Brunswick)- [handwritten: Gatineau (Québec)]``: a value struck through, the new one by hand."""
_CROSSED_OUT = re.compile(r"[(\[](?i:crossed out)[ \t]*:[^()\[\]]{0,80}[)\]][ \t]*"
                          r"|[ \t]*\((?i:hand-?written)(?:[^()]{0,60}\)|[^()\n]*$)", re.MULTILINE)
"""``(crossed out: EX-02)``, ``[crossed out: 12]`` before the value written by hand, and ``(hand-written, initialled
CTM 21/05)`` after it."""
_WORDPERFECT = re.compile(r"\[(HRt|SRt|HPg|SPg|Tab|Lft Tab|Rgt Tab|Ctr Tab|Dec Tab|Center|Flsh Rgt|Indent|Lft Indent"
                          r"|(?:Bold|Und|Dbl Und|Italc|SmlCap|Redln|StkOut) (?:On|Off)"
                          r"|(?:Ln Spacing|Just|Font|Font Size|Tab Set|Lft Mar|Rgt Mar|Top Mar|Bot Mar|Mar Set|Pg Num)"
                          r"(?::[^\]\n]{0,60})?)\]")
"""A WordPerfect code its Reveal Codes view shows, left in a converted file's text (``[HRt]``, ``[Tab]``,
``[Bold On]``, ``[Font:Times Roman 12pt]``)."""
_WORDPERFECT_AS = {"Tab": "\t", "Lft Tab": "\t", "Rgt Tab": "\t", "Ctr Tab": "\t", "Dec Tab": "\t", "Indent": "\t",
                   "Lft Indent": "\t", "HPg": "\n", "SPg": "\n"}
"""What a code stands for in text: a tab, a page's break; the others nothing."""
_DOTTED = re.compile(r"^([^\w\n]*)([^\n]*?\S)[ \t]+\u00b7[ \t]+(\S[^\n]*?)[ \t]*$", re.MULTILINE)
_MIDDLE_DOT = re.compile(r"(?<=\S)[ \t]+\u00b7[ \t]+(?=\S)")


def _dotted(line: re.Match) -> str:
    """A designed page's line with a dot between values: a value and its caption (``**59025** · Position no.``)
    ``caption: value``; other values (``PE-06 · 26 FTEs``, ``Transport Canada · Halifax``) set apart by commas."""
    value, caption = line[2].strip("*_ "), line[3].strip("*_ ")
    if "\u00b7" not in caption and _callout(value, caption):
        return f"{line[1]}{caption}: {value}"
    return line[1] + _MIDDLE_DOT.sub(", ", line[2] + " \u00b7 " + line[3])
_COMB_VALUE = re.compile(r"^([^:\n]{2,80}:[*_ \t]*)(\|?[0-9A-Za-z?](?:(?:[ \t]{1,2}|\|)[0-9A-Za-z?/-]){3,}\|?"
                         r"|[0-9][0-9OIlSBbDZ]{1,3}[ \t]{2}[0-9OIlSBbDZ]{1,4})[ \t]*$", re.MULTILINE)
"""A form's comb field, a box for each character, after its label (``Position Number: 4 8 8 1 9``, ``2 0 1 6 - 0 4 - 0
1``, ``E X - 0 2``, ``|1|0|6|3|6|2|``), a number written across two boxes (``2 8 9  3 4``, ``889  35``): its
characters together again."""
_COMB_CELLS = re.compile(r"\|(?:[0-9A-Za-z?-]\|){2,}")
"""Comb fields two to a line (``Groupe: |E|X|     Niveau: |0|1|``): each one's characters together again."""
_COMB_ROW = re.compile(r"^\|(?:[ \t]?[0-9A-Za-z?/-][ \t]?\|){4,}[ \t]*$", re.MULTILINE)
"""A comb field on a line of its own under its label, a Word table of one character a cell (``| 6 | 0 | 5 | 7 | 3 |``,
``| E | X | - | 0 | 3 |``): its characters together again."""
_LETTER_SPACED = re.compile(r"(?<![^\s:])(?:\S {1,3}){4,}\S[.:]?(?!\S)")
"""A heading or a value a PDF set letter by letter (``D i r e c t o r ,  E v a l u a t i o n``), a form's label
printed so (``P o s i t i o n   N o .:``): its letters one space apart, its words two or three."""


def _unspaced(run: re.Match) -> str:
    if (" " not in run[0].replace("  ", "") or "  " not in run[0]) and not run[0].endswith(":"):
        return run[0]  # all one space apart ("A B C D E"), or all two: no word set apart; a label's words
    return " ".join(re.sub(r"^([0-9]+)(?=[^\W\d])", r"\1 ", word.replace(" ", ""))  # a count before a heading
                    for word in re.split(" {2,}", run[0]))


_MARGIN_SPECK = re.compile(r"^[ \t]*(?:[`~,.'i][ \t]+|[`~](?![`~]))(?=[^\s.|])", re.MULTILINE)
"""A speck a skewed scan's margin left before a line (``' A) General Accountability``, ``~(4) Provides``,
``, 2) Fosters``, ``i C) Nature``): no text opens with these and a space (a quote opens on its word),
nor with ````` or ``~`` (a bar or an ``l`` may be a box's edge or a column's rule); a Markdown fence (```` ``` ````)
no speck."""


_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,5}|#x[0-9a-fA-F]{2,4});")
"""An HTML character reference a web page or a wiki export left in its text (``Ottawa,&nbsp;Ontario``)."""
_LINKS = re.compile(r"\n[ \t]*(?:References|Références|Links|Liens)[ \t]*\n(?:[ \t]*\n)*"
                    r"(?:[ \t]*[0-9]{1,3}\.[ \t]+\S+:\S*"
                    r"[ \t]*\n?(?:[ \t]*\n)*)+\Z")
"""The list of links a web page's text ends with (``lynx -dump``: ``References`` / ``1. https://...``)."""
_LINK_NUMBER = re.compile(r"\[[0-9]{1,3}\](?=[^\s\d\]])")
"""A link's number before its words in a web page's text (``Reports to: [7]Assistant Deputy Minister``)."""
_ARROW_BULLET = re.compile(r"(?<=^)[ \t]*(?:[`',.][ \t]+)?[\u00bb\u203a\u2192\u25aa\u25a0\u25ba\u00b0\u25e6](?=[ \t])",
                           re.MULTILINE)
"""``»``, ``›``, ``→``, ``■`` opening a line: a list's bullet, not a closing quote; a scan's ``°`` (a
``◦`` it read small) too, a speck of the margin before it dropped (``' ° Executive Assistant``)."""
_SCANNED_ACCENT = re.compile(r"(?<=[a-zà-ÿ])6(?=[a-zà-ÿ])|(?<=\b[A-Z])6(?=[a-zà-ÿ]{2})|(?<=[a-zà-ÿ]{3})6\b"
                             r"|(?<!\w)6(?=[a-zà-ÿ]{3})(?!th\b|i?[eè]me)|(?<![\w'])e'(?=[a-zà-ÿ])"
                             r"|(?<=\b[dlDL]')e'(?=[a-zà-ÿ])|(?<=[A-Za-zà-ÿ])e'(?=[a-zà-ÿ])(?!(?:re|ve|ll|d|s|t|m)\b)")
"""``é`` a scan read as ``6`` or ``e'`` in a word (``Op6rations``, ``Conformit6``, ``6quipe``,
``D6veloppement``, ``ge'néral``, ``e'lectorales``, ``De'veloppement``, ``d'e'quipe``), not an English
contraction or possessive (``we're``, ``the Office's``)."""


def _c1(code: int) -> str:
    try:
        return bytes([code]).decode("cp1252")
    except UnicodeDecodeError:
        return " "


_INPUT = str.maketrans({**{code: _c1(code) for code in range(0x80, 0xA0)},
                        "\r": "\n", "\f": "\n", "\v": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n",
                        "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
                        "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\u00ad": "", "\u2060": "",
                        "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
                        "\u00ab": '"', "\u00bb": '"', "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl",
                        "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st", "\uf001": "fi", "\uf002": "fl",
                        "\u2022": "\u2022", "\u00ba": "\u00b0", "\u2116": "N\u00b0",  # "nº", "№": n°
                        "\uf0b7": "\u2022", "\u25aa": "\u2022", "\u25cf": "\u2022", "\u2023": "\u2022",
                        "\u25e6": "\u2022", "\u2043": "\u2022", "\u27a2": "\u2022", "\uf0a7": "\u2022",
                        "\uf0d8": "\u2022", "\uf076": "\u2022"})


def looks_like_markdown(text: str) -> bool:
    return bool(re.search(r"^\s*[*+-]\s+\*\*[^*]+:?\*\*", text, re.MULTILINE)
                or any(_md_heading(line[0]) for line in re.finditer(r"^#{1,6}\s+\S.*", text, re.MULTILINE)))


def _md_heading(line: str) -> re.Match | None:
    """A Markdown heading (``## Dimensions``), not a label whose number word is ``#`` (``# de poste : 12345``)."""
    heading = _MD_HEADING.match(line)
    return heading if heading and not (line.lstrip().startswith("# ") and _LABEL.match(fold(line.strip()))) else None


def layout(text: str, *, run: bool = False) -> Layout:
    """The lines of ``text`` and the labels and headings on them; ``run``: the text is part of a scan's
    run, whatever its own lines say."""
    lines = [_SPECK_COMMA.sub(",", _DROPDOWN.sub(r"\1", _EDIT_LINK.sub("", _without_shadow(line))))
             for line in proposed.chosen(webform.unboxed(spoken.unspoken(mail.unsigned(text.split("\n")))))
             if not (re.fullmatch(r"\s*-{3}.*-{3}\s*", line) or people.margin_note(line) or _syllabics_only(line))]
    lines = _without_people_columns(_without_underlines(_without_running_headers(_without_numbered_furniture(
        _notes_headed(_headers_rejoined(lines))))))
    if looks_like_markdown(text):
        lines = _unmarked(lines)
    lines = _cells_unwrapped(_dashed_table(_headings_apart(_group_headings(_answers(_role_titles(
        _bracket_chart(lines)))))))
    lines = _item_details(lines)
    lines = _tab_stops(_without_page_furniture(_without_row_headings(_supervisor_block(
        [apart for ticked in map(_ticked, lines) for apart in _barred_fields(ticked) or _two_fields(ticked)]))))
    lines = _form_grid(_numbered_fields(_form_labels_then_values(_proposed_values(_language_rows(_callouts(
        _numbered_reports(lines)))))))
    lines = _charts(_marked_tree(_chart_columns(_arrow_chart(lines))))
    lines = _label_rows(_stacked_pairs(_columns_read(_two_headings(_side_by_side(_stacked_boxes(lines))))))
    lines = [line for line in _callouts(lines) if not people.margin_note(line)]  # a page's columns read apart
    lines = _hanging_values(_beside_prose([_SPECK_VALUE.sub(r"\1", _short_leader(_DOT_LEADER.sub(": ", line)))
                                           for line in map(_misread_label, map(_without_field_code, map(
                                               _misspelt_heading, map(_misspelt_cells, lines))))]))
    run = run or is_run(lines)
    if run:
        joined = _one_run(_without_footers([line + "\n" for line in lines if line.strip()]))
    else:
        joined = "\n".join(_unwrapped(_lines(lines), width=_wrap_width(lines)))
    folded = fold(joined)
    return Layout(joined, folded, _marks(joined, folded, run), run)


def _role_titles(lines: list[str]) -> list[str]:
    """An agency's role profile's ``Role: Director, X`` (``Rôle : ...``): the title's label, when a role's title
    follows it (not ``ROLE PROFILE``, a heading, nor an export's ``role`` column)."""
    return [f"{found[1]}Position title: {line[found.end():]}" if (found := _ROLE_LABEL.match(line))
            and role_start(fold(line[found.end():])) else line for line in lines]


_ROLE_LABEL = re.compile(r"([ \t]*)(?:Role|Rôle|ROLE|RÔLE)[ \t]*:[ \t]*")


def _headings_apart(lines: list[str]) -> list[str]:
    """A form's lettered section heading with its first words beside it, a tab or a gap between (``D. ORGANIZATION
    <tab> Direct reports:``, a Word table copied as text), or a printed sheet's heading beside its text: the heading a
    line of its own (its words no label's, ``Organization`` though it may name a department), what follows the next
    line."""
    out: list[str] = []
    for at, line in enumerate(lines):
        beside = _HEADING_BESIDE.fullmatch(line) if "|" not in line else None
        if beside and guess_heading(fold(beside["heading"])) and not _LETTERED.match(beside["rest"]):
            out += [beside["heading"], beside["rest"]]  # not "D) DIMENSIONS  |  D) DIMENSIONS"
            continue
        sheet = _SHEET_HEADING.fullmatch(line) if "|" not in line and "   " in line else None
        below = lines[at + 1] if at + 1 < len(lines) else ""
        if sheet and guess_heading(fold(sheet["heading"])) and not guess_heading(fold(sheet["rest"])) \
                and (not below.strip() or _indent(below) == sheet.start("rest")):
            out += [sheet["heading"], " " * sheet.start("rest") + sheet["rest"]]  # its words where the next line's are
            continue
        out.append(line)
    return out


_HEADING_BESIDE = re.compile(r"[ \t]*(?P<heading>[A-H][.)][ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’ &/-]*[A-ZÀ-Ý])(?:\t+|[ \t]{2,})"
                             r"(?P<rest>\S.*?)[ \t]*")
"""``D. ORGANIZATION    Direct reports:``: a lettered heading in capitals, words after it."""
_SHEET_HEADING = re.compile(r"(?P<heading>[A-ZÀ-Ý][^\W\d_]*(?: [&\w'’-]+){0,5}) {3,}"
                            r"(?P<rest>[A-Z0-9ÀÉ]\S*(?: \S+){3,})")
"""A sheet printed in two columns, a section's heading at the left of its text (``General Accountability    The
Director, X is accountable for ...``), the text's next lines under its first."""
_LETTERED = re.compile(r"[A-H][.)][ \t]+[A-ZÀ-Ý]")
"""A lettered heading's start: beside another, the two are a bilingual page's two columns."""


def _item_details(lines: list[str]) -> list[str]:
    """A list's item naming a report over indented lines of its details, a label each (``1. Director, X`` over
    ``Classification: EX-1`` and ``FTE: 23``, set deeper): one item, its level and count in brackets after its
    title."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        item = _LISTED_ITEM.fullmatch(line)
        details, end = [], index + 1
        while item and end < len(lines) and _indent(lines[end]) > _indent(line) \
                and (detail := _ITEM_DETAIL.fullmatch(lines[end])) and (role := _detail_role(detail[1])):
            details += [f"{detail[2]} FTEs" if role == "count" else detail[2]] if detail[2] else []  # "FTE:" left blank
            end += 1
        if details and role_start(fold(item["title"])) and not repair.CODE.search(item["title"]):
            out.append(f"{line.rstrip()} ({', '.join(details)})")
            index = end
            continue
        out.append(line)
        index += 1
    return out


_LISTED_ITEM = re.compile(r"[ \t]*(?:[-*\u2022]|[0-9]{1,2}[.)])[ \t]+(?P<title>[^:\n]+?)[ \t]*")
"""A list's item, bulleted or numbered, no label in it."""
_ITEM_DETAIL = re.compile(r"[ \t]+([^\W\d][^:()0-9\n]{1,39}?)[ \t]*:[ \t]*(\S[^\n]*?)?[ \t]*")
"""An indented line of a column's name (no figure, no brackets in it), a colon and its value (or none)."""


def _detail_role(label: str) -> str | None:
    """``Classification``, ``Group and Level``: a report's level (``code``); ``FTE``, ``ETP``: its count."""
    columns = report_header(["Title", label]) or {}
    return next((role for role in ("code", "count") if columns.get(role) == 1), None)


def _dashed_table(lines: list[str]) -> list[str]:
    """A table of direct reports typed with dashes between its cells (``Group/Level - Position Title - FTEs`` /
    ``EX 01 - Director, Western Region - 50 FTEs``), or colons (a web page's table copied by a text editor: ``Titre:
    Groupe et niveau: ETP`` / ``Directrice, X: EX-01: 23``): its header and rows as a table's, bars between the cells
    (a title's own dash kept in its cell; a row's missing last cell blank)."""
    out: list[str] = []
    width = title = 0
    separator = _DASH_CELL
    for line in lines:
        for separator in (_DASH_CELL, _COLON_CELL) if not width else (separator,):
            cells = separator.split(line.strip())
            header = report_header(cells) if len(cells) > 2 and "|" not in line and _header_cells(cells) else None
            if header is not None:
                break
        if header is not None:
            width, title = len(cells), header["title"]
            out.append(" | ".join(cells))
            continue
        if width and 1 < len(cells) <= width + _TITLE_DASHES and "|" not in line and repair.CODE.search(line):
            extra = len(cells) - width
            if extra > 0:
                cells[title:title + extra + 1] = [" - ".join(cells[title:title + extra + 1])]
            out.append(" | ".join(cells + [""] * (width - len(cells))))
            continue
        width = 0
        out.append(line)
    return out


_DASH_CELL = re.compile(r"(?<![ \t])[ \t]+[-\u2013\u2014][ \t]+")
_COLON_CELL = re.compile(r"[ \t]*:[ \t]+")
_TITLE_DASHES = 2
"""Dashes of a title's own in a dashed table's row, at most (``Manager, Operations - Atlantic``)."""


def _cells_unwrapped(lines: list[str]) -> list[str]:
    """A table laid out in spaced columns (a PDF's, a scan's) whose cells wrap onto lines of their own (``Directeur ou
    EX-01   26341`` / ``directrice,`` / ``Planification du``): each row's cells whole, the table written with bars
    between them. A table opens with a header of three cells at least, labels or a reports table's column names, and
    ends at a blank line, a heading (a line in capitals) or the next table's header (else it is left as it is, for the
    readers of tables whose rows wrap otherwise); a line continues the row above when its cells stand in the header's
    columns, fewer than the row's, words going on from the cell above (a lower-case word, or the cell above ending in
    ``ou``, ``de``, a comma)."""
    out: list[str] = []
    block: list[list[str]] = []  # the table's rows so far, a cell a column, its header first
    taken: list[str] = []  # the block's lines as written
    columns: list[int] = []
    wrapped = False
    for line in lines + [""]:
        cells = [(m.start(), m[0]) for m in _SPACED_CELL.finditer(line)] if "|" not in line and "\t" not in line else []
        at = [_column_at(columns, start) for start, _ in cells]
        if block and None not in at and _continues(block[-1], at, [words for _, words in cells]):
            for column, (_, words) in zip(at, cells):
                block[-1][column] = f"{block[-1][column]} {words}".strip()
            taken.append(line)
            wrapped = True
            continue
        header = len(cells) >= 3 and _header_cells([words for _, words in cells])
        if columns and len(cells) >= 2 and None not in at and not header:
            block.append([next((words for column, (_, words) in zip(at, cells) if column == index), "")
                          for index in range(len(columns))])
            taken.append(line)
            continue
        ended = header or not line.strip() or _heading_line(line) or len(cells) == 1 and cells[0][1].isupper()
        out += [" | ".join(row) for row in block] if wrapped and ended else taken
        columns, block, taken, wrapped = [], [], [], False
        if header:
            columns, block, taken = [start for start, _ in cells], [[words for _, words in cells]], [line]
        else:
            out.append(line)
    return out[:-1]


def _header_cells(cells: list[str]) -> bool:
    """A table's header: short names, no colon or figure (no form's ``Label: value``), labels or a reports table's
    column names, the first and all others but one (it may be cut where it wraps: ``Fonctionnement et``, ``Date
    d'entrée en``)."""
    if any(len(cell) > _HEADER_CELL or _NOT_IN_HEADER.search(cell) for cell in cells):
        return False
    named = [bool(guess_label(cell) or label_of(cell) or any(column.match(cell) for column in REPORT_COLUMN.values()))
             for cell in map(fold, cells)]
    return named[0] and sum(named) >= len(cells) - 1


_NOT_IN_HEADER = re.compile(r"[:0-9$]")
_HEADER_CELL = 30
"""Characters of a column's name in a table's header, at most (``Classification (Group and Level)``)."""


_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
"""A cell of a line laid out in columns: words a single space apart."""


def _column_at(columns: list[int], start: int) -> int | None:
    return next((index for index, at in enumerate(columns) if abs(at - start) <= _CELL_DRIFT), None)


def _continues(row: list[str], columns: list[int], cells: list[str]) -> bool:
    """Do ``cells`` (in ``columns``) go on with the cells of ``row`` above them: fewer of them, each under a filled
    cell, words (no level, no figure), one going on (a word in lower case, or the cell above ending open)?"""
    return 0 < len(cells) < sum(map(bool, row)) and all(
        row[column] and _WORD.search(words) and not _COUNT_OR_AMOUNT.fullmatch(words)
        and not repair.CODE.fullmatch(words) for column, words in zip(columns, cells)) and any(
        words[:1].islower() and words[1:2].isalpha() or _OPEN_CELL_END.search(row[column])
        for column, words in zip(columns, cells))


_COUNT_OR_AMOUNT = re.compile(r"[$0-9OIlSB.,%() ]+(?:[ \t]*(?:FTEs?|ETP|k\$|M\$))?", re.IGNORECASE)
"""A cell of figures: a count or an amount, as a scan may read them."""
_CELL_DRIFT = 2
"""Characters a scan's cell may stand off its column's start."""


_OPEN_CELL_END = re.compile(r"(?:,|\b(?:ou|et|de|du|des|la|le|of|and|or|the|for|en|d'|l'))$", re.IGNORECASE)


def _answers(lines: list[str]) -> list[str]:
    """A questionnaire's answers (``Q: Who do you report to?`` / ``A: The Executive Director, X (EX-02)``, ``Q : De qui
    relevez-vous ?`` / ``R : ...``): each under the label or the heading its question asks for, in its language; a
    question hrkit cannot place leaves its answer as written. Three questions answered at least."""
    asked = [_QUESTION.fullmatch(line) for line in lines]
    if sum(map(bool, asked)) < _QUESTIONS:
        return lines
    out: list[str] = []
    place = None  # where the answers to the last question go: a label's or a heading's words
    for line, question in zip(lines, asked):
        answer = None if question else _ANSWER.fullmatch(line)
        if question:
            words = fold(question["question"])
            french = bool(_FRENCH_QUESTION.search(words))
            place = next((names[french] for pattern, names in _ASKED if pattern.search(words)), None)
        elif answer and place:  # a heading over its answer, or a label before it (its article dropped)
            value = answer["answer"] if place.isupper() else _ANSWER_ARTICLE.sub("", answer["answer"])
            out += [place, value] if place.isupper() else [f"{place}: {value}"]
            place = None
        elif answer:
            out.append(answer["answer"])
        else:
            out.append(line)
    return out


_QUESTIONS = 3
_QUESTION = re.compile(r"[ \t>*_#]*(?:Q|Question)[ \t]*[0-9]{0,2}[ \t]*[:.)][ \t*_]*(?P<question>\S[^\n]*?)[ \t*_]*")
_ANSWER = re.compile(r"[ \t>*_]*(?:A|R|Answer|R[ée]ponse)[ \t]*[0-9]{0,2}[ \t]*[:.)][ \t*_]*(?P<answer>[^\n]*)")
_ANSWER_ARTICLE = re.compile(r"^(?:The|Du|De la|De l'|Le|La)[ \t]+(?=[A-ZÀ-Ý])")
"""An answer's article before its value (``The Executive Director, X``, ``Du Directeur exécutif, X``)."""
_FRENCH_QUESTION = re.compile(r"\b(?:quel(?:le)?s?|votre|vous|qui|ou|numero|decrivez|souhaitee?)\b")
_ASKED = tuple((re.compile(pattern), names) for pattern, names in (
    (r"reports? (?:directly )?to you|relev\w* (?:directement )?de vous|subordonn|direct reports|your team|votre equipe",
     ("ORGANIZATION STRUCTURE", "STRUCTURE ORGANISATIONNELLE")),
    (r"report to|relevez|supervisor|superieur", ("Reports to", "Relève de")),
    (r"\btitle\b|\btitre\b", ("Position title", "Titre du poste")),
    (r"job code|code d'emploi", ("Job code", "Code d'emploi")),
    (r"position (?:number|no\b|#)|numero (?:de|du) poste|^position\b", ("Position number", "Numéro de poste")),
    (r"group and level|\blevel\b|classification|groupe et (?:le )?niveau|\bniveau\b", ("Group and level",
                                                                                        "Groupe et niveau")),
    (r"effective|take effect|en vigueur", ("Effective date", "Date d'entrée en vigueur")),
    (r"located|location|\bwhere\b|\blieu\b|situe", ("Location", "Lieu")),
    (r"department|ministere", ("Department", "Ministère")),
    (r"budget|salar|o&m|f et e|resources|ressources|\bftes?\b|\betp\b", ("DIMENSIONS", "DIMENSIONS")),
    (r"responsibilit|responsabilit|what do you do|que faites|purpose|raison d'etre", ("GENERAL ACCOUNTABILITY",
                                                                                     "RESPONSABILITÉS GÉNÉRALES")),
    (r"challenge|defi|environment|environnement|context", ("NATURE AND SCOPE", "NATURE ET ÉTENDUE"))))
"""What a questionnaire's question asks for (folded words), and the label or heading its answer goes under, in
English and in French."""


_EDIT_LINK = re.compile(r"[ \t]*\[(?:edit|edit source|modifier|modifier le code)\][ \t]*$", re.IGNORECASE)
"""A wiki page's link after each heading (``Organization structure[edit]``), copied with its text."""


def _without_shadow(line: str) -> str:
    """A line without what a phone's photo of the page made of a shadow at its edge (``~~~``, ``|||``, ``lll``
    apart from the words), a table's row of bars left alone."""
    return line if line.lstrip().startswith("|") else _SHADOW.sub("", line)


_SHADOW = re.compile(r"[ \t]*(?<![^\s])(?:~{2,}|\|{3,}|l{3,})(?![^\s])")
_SPECK_COMMA = re.compile(r"(?<=[^\W\d_]),,(?=[ \t][A-ZÀ-Ý])")
"""A fax's speck read as a second comma after a word (``Director,, Reference Laboratory Services``)."""
_DROPDOWN = re.compile(r"(:[ \t]*(?:(?=[A-Za-z]*[0-9]|[A-Z]{2,5}\b)[A-Za-z0-9]{2,10}[ \t]*)?)"
                       r"(?:\u25bc|(?<=[ \t])[vQ](?=[ \t]|$))[ \t]*")
"""A screen's drop-down arrow after a field's code (``Reports To: 00084241 ▼ Director General, X``, ``Sal Plan: EX
▼``), as a scan reads it too (``GAT01 v Gatineau``, ``MTL0I Q Montréal``): the code and its description remain."""


def _supervisor_block(lines: list[str]) -> list[str]:
    """A form's block under its ``SUPERVISEUR / SUPERVISOR`` heading, its labels a position's own (``| Position
    title | Director General, Operations |``, ``Group and level: EX03``): the supervisor's labels, up to a line
    labelled otherwise (``Department:``) or a field again (the position's own)."""
    out: list[str] = []
    seen: set[str] | None = None  # the fields of the block read so far; None outside a block
    for line in lines:
        if _SUPERVISOR_HEADING.fullmatch(line):
            seen = set()
        elif seen is not None and line.strip():
            piped = line.count("|") >= 2
            cells = line.split("|") if piped else line.split(":", 1) if ":" in line else _label_first(line)
            fields = [_field_named(cell) if (piped or at == 0) and all(
                _KNOWN_LABEL.fullmatch(half) for half in fold(cell.strip(" |")).split(" / ")) else None
                for at, cell in enumerate(cells)]  # labels in one language or both, no values
            named = [field for field in fields if field]
            if not named or not seen.isdisjoint(named) or not set(named) <= {*_AS_THE_SUPERVISOR, *_SUPERVISOR_LABELS}:
                seen = None
            else:
                seen.update(named)
                line = ("|" if piped else ":").join(f" {_AS_THE_SUPERVISOR[field]} " if field in _AS_THE_SUPERVISOR
                                                     else cell for cell, field in zip(cells, fields))
                line = line if piped or len(cells) > 1 else f"{line.rstrip()}:"
        out.append(line)
    return out


def _label_first(line: str) -> list[str]:
    """A line with no colon as its label and its value: apart at its first gap (``Position Number      215610``), or
    after the words that are a label (a scan's single space: ``Title Director General, X``); the line alone if no
    label opens it, or the line is a row of tabbed cells."""
    if "\t" in line.strip():
        return [line]
    gap = _ALIGNED_GAP.search(line.strip())
    if gap:
        return [line.strip()[:gap.start()], line.strip()[gap.end():]]
    words = line.split()
    if _KNOWN_LABEL.fullmatch(fold(line.strip())):
        return [line]  # "Titre du poste du supérieur": a label alone, its value on the next line
    for size in range(min(_LABEL_FIRST_WORDS, len(words) - 1), 0, -1):
        if _KNOWN_LABEL.fullmatch(fold(" ".join(words[:size]))) and words[size][:1].isupper():
            return [" ".join(words[:size]), " ".join(words[size:])]
    return [line]


_LABEL_FIRST_WORDS = 4
"""Words of a label typed before its value with no colon, at most (``Group and Level``)."""
_SUPERVISOR_HEADING = re.compile(r"[ \t#*_|]*(?i:supervis(?:or|eur)(?:[ \t]*/[ \t]*supervis(?:or|eur))?"
                                 r"|immediate supervisor|sup[ée]rieur imm[ée]diat)[ \t*_|:]*")
"""A form's heading over its supervisor's fields."""
_AS_THE_SUPERVISOR = {"title": "Supervisor's position title", "classification": "Supervisor's group and level",
                      "position_number": "Supervisor's position number"}
"""A position's own label under that heading, and the supervisor's label it stands for."""


def _two_fields(line: str) -> list[str]:
    """A form's row whose one label names two fields, their values in the cells after it (``| Position no. / Job
    code | 16172726 | 100445 |``, in both languages: ``No de poste / code d'emploi / Position no. / Job code``):
    a line each, ``label: value``."""
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")] if line.count("|") >= 3 else []
    filled = [cell for cell in cells if cell]
    if len(filled) != 3 or cells[0] != filled[0]:
        return [line]
    parts = [part.strip() for part in filled[0].split("/")]
    fields = [_field_named(part) for part in parts]
    if len(parts) not in (2, 4) or None in fields or fields[0] == fields[1] or fields[2:] not in ([], fields[:2]):
        return [line]
    return [f"{parts[-2]}: {filled[1]}", f"{parts[-1]}: {filled[2]}"]


def _barred_fields(line: str) -> list[str] | None:
    """A label naming fields a bar apart and their values a bar apart after its colon (``Branch | Directorate |
    Location: Ecosystems and Oceans Science | Emergency Management | St. John's, Nfld.``): a line each; None for any
    other line."""
    found = _BARRED.fullmatch(line)
    if not found:
        return None
    labels, values = found["labels"].split("|"), found["values"].split("|")
    if len(labels) != len(values) or not all(_field_named(label.strip()) for label in labels):
        return None
    return [f"{label.strip()}: {value.strip()}" for label, value in zip(labels, values)]


_BARRED = re.compile(r"[ \t]*(?P<labels>[^\W\d][^|:\n]{1,40}(?:\|[^|:\n]{2,40}){1,3}):[ \t]*"
                     r"(?P<values>[^|\n]+(?:\|[^|\n]*){1,3})")


def _ticked(line: str) -> str:
    """A form's options, each after its check box, as the one ticked (``| Group and level | \u2610 EX-01 \u2612 EX-02
    \u2610 EX-03 |``, ``Niveau [X] EX-01 [ ] EX-02``): the ticked options' words, a comma apart, none when none is
    ticked."""
    if len(_BOX.findall(line)) < 2:
        return line
    return "|".join(_options_ticked(cell) for cell in line.split("|"))


def _options_ticked(cell: str) -> str:
    boxes = list(_BOX.finditer(cell))
    if len(boxes) < 2:
        return cell
    options = [(box[0], cell[box.end():following.start() if following else len(cell)].strip())
               for box, following in zip(boxes, boxes[1:] + [None])]
    ticked = ", ".join(words for box, words in options if _TICKED.fullmatch(box) and words)
    return f"{cell[:boxes[0].start()]}{ticked} " if cell.endswith(" ") else cell[:boxes[0].start()] + ticked


_TICKED = re.compile(r"[\u2611\u2612\u2713\u2714\u2705]|\[[ \t]*[xX\u2713\u2714][ \t]*\]|\([ \t]*[xX][ \t]*\)")
"""A ticked box (``\u2612``, ``\u2714``, ``[X]``, ``(x)``)."""
_BOX = re.compile(rf"{_TICKED.pattern}|[\u2610\u2717\u2718]|\[[ \t]{{0,2}}\]|\([ \t]{{1,2}}\)")
"""A form's check box, ticked or not (``\u2610``, ``[ ]``, ``( )``)."""


def _syllabics_only(line: str) -> bool:
    """A line in Inuktitut's syllabics only (``ᐱᓕᕆᐊᖓ: ᐊᖓᔪᖅᑳᖅ``: a title's translation hrkit records none of), or in
    what a PDF's font without their codes leaves of them (``á?±á??á??``): no line of the description, nor a value's
    wrap."""
    return bool(_SYLLABICS_ONLY.fullmatch(line)) and len(_SYLLABIC.findall(line)) >= 3


_SYLLABIC = re.compile(r"[\u1400-\u167f\u18b0-\u18ff]|\xe1[^\s\xe1]{2}")
_SYLLABICS_ONLY = re.compile(rf"(?:{_SYLLABIC.pattern}|[^\w\n])*")


def is_run(lines: list[str]) -> bool:
    """Are ``lines`` a scan's text run together: most of it in lines too long to be a page's, holding a form's
    labels or headings (a Word document's long paragraphs of sentences are each a paragraph, no run)?"""
    return sum(len(line) for line in lines if len(line) > RUN_LENGTH and not _paragraph(line)) \
        > RUN_SHARE * sum(map(len, lines))


def _paragraph(line: str) -> bool:
    """A long line of sentences only: no heading in capitals in it, no list's numbered items, a label's colon once at
    most."""
    return not _RUN_HEADING.search(line) and len(_RUN_ITEM.findall(line)) < 2 and len(_LABEL_COLON.findall(line)) <= 1


_RUN_HEADING = re.compile(r"\b[A-ZÀ-Ý]{3,}(?:[ \t]+(?:[A-ZÀ-Ý]{2,}|&|ET|DE|DU|LA|DES))*[ \t]+[A-ZÀ-Ý]{4,}\b")
_RUN_ITEM = re.compile(r"(?:^|(?<=[.;:]\s))[0-9SBIl]{1,2}\.\s+[A-ZÀ-Ý]")
_LABEL_COLON = re.compile(r"\b[A-Za-zÀ-ÿ'’)]{2,}[ \t]*:[ \t]")


# --- shapes to lines ------------------------------------------------------------------------------

def _without_field_code(line: str) -> str:
    """An HR system's printout's label and its field's code (``Eff Date [EFFDT]:``, ``Reports To
    [REPORTS_TO]:``, ``Description [DESCR]:``): the one of the two hrkit knows, the label first."""
    coded = _FIELD_CODE.match(line) if "[" in line else None
    if coded is None or repair.classification(coded["code"]):
        return line  # "- Director, X [EXOI] : 23 employees": a level, no field's code
    known = guess_label(fold(coded["label"])) or not guess_label(fold(coded["code"]))
    return (coded["label"] if known else coded["code"]) + line[coded.end():]


def _misread_label(line: str) -> str:
    """A scan's label with a letter or two misread (``Titre du poste du svperviseur:``, ``Position Nvmber:``,
    ``Numéro du paste:``): the one label hrkit knows that close to it, in its words."""
    found = _LABEL_BEFORE_COLON.match(line) if ":" in line else None
    folded = fold(found["label"]) if found else ""
    if len(folded) < _TYPO_MIN or "_" in folded or _KNOWN_LABEL.fullmatch(folded):
        return line  # "REPORTS_TO": an HR system's code, not words misread
    close = _closest_label(folded)
    if close is None or _PHRASE_FIELD.get(close, _field_named(close)) == _field_named(folded):
        return line  # none, or one naming the field its words name
    return line[:found.start("label")] + close + line[found.end("label"):]


def _closest_label(folded: str) -> str | None:
    """The one label hrkit knows a scan's misread words are closest to: letters misread (``position numbcr``), one
    typed twice or left out (``suppervisor``, ``effective dat``), a word misspelt (``suppervisor grp/lvl``); None
    when none is, or two are as close (no telling which)."""
    misread = {phrase: sum(map(ne, folded, phrase)) for phrase in _LABEL_PHRASES.get(len(folded), ())}
    fewest = min(misread.values(), default=len(folded))
    close = [phrase for phrase, count in misread.items() if count == fewest]
    if fewest > len(folded) // _MISREAD_EVERY or len(close) != 1:
        close = list(_PLAIN_LABELS.near(folded))
    if not close:
        mended = _words_mended(folded)
        close = [mended] if mended != folded and (_KNOWN_LABEL.fullmatch(mended) or guess_label(mended)) else []
    return close[0] if len(close) == 1 else None


def _misspelt_cells(line: str) -> str:
    """A table's row with a column's label misspelt (``| Positon Title | Group-Level | FTE |``, ``Positon Title
    Grp/Lvl   # FTEs`` in columns of spaces): the label hrkit knows in its place."""
    if line.count("|") >= 2:
        return re.sub(rf"(?<=\|)([ \t]*)([^|\n]*{_LABEL_WORD.pattern}[^|\n]*?)(?=[ \t]*\|)",
                      lambda cell: cell[1] + _known_words(cell[2]), line)
    cells = _SPACED_CELLS.split(line) if len(line) <= RUN_LENGTH else []  # not a scan's run, its cells far apart
    if len(cells) < 3 or not any(_LABEL_WORD.search(cell) for cell in cells[::2]):
        return line
    return "".join(_known_words(cell) if at % 2 == 0 and _LABEL_WORD.search(cell) else cell
                   for at, cell in enumerate(cells))


_SPACED_CELLS = re.compile(r"(\t+|[ ]{2,})")
"""The gap between a table's columns in a text copy: a tab, two spaces or more."""
_LABEL_WORD = re.compile(r"[^\W\d_]{6,}")
"""A word long enough for a typo in it to be told from another word."""


def _known_words(cell: str) -> str:
    """A cell's words with a word misspelt mended, where that makes it a label hrkit knows; else the cell."""
    folded = fold(cell)
    if _KNOWN_LABEL.fullmatch(folded) or len(folded) > _LABEL_CELL:
        return cell
    mended = _words_mended(folded)  # "Positon Title / Poste": a bilingual label, each half one hrkit knows
    if mended == folded:  # "Position Numbcr": letters a scan misread in a row's label alone
        misread = len(folded) >= _TYPO_MIN and re.fullmatch(r"[a-z' ]+", folded)
        return (_closest_label(folded) if misread else None) or cell
    known = all(_KNOWN_LABEL.fullmatch(half) or any(column.fullmatch(half) for column in REPORT_COLUMN.values())
                for half in mended.split(" / "))
    return mended if known else cell


def _words_mended(folded: str) -> str:
    """``folded`` with each word of six letters or more one letter away from one word of the labels hrkit knows made
    that word (``suppervisor`` -> ``supervisor``)."""
    return re.sub(r"[^\W\d_]{6,}", _label_word, folded)


def _label_word(word: re.Match) -> str:
    """A label's word, or the one word of labels hrkit knows that it is one letter away from."""
    near = _KNOWN_WORDS.near(word[0])
    return near.pop() if len(near) == 1 and word[0] not in _KNOWN_WORDS.known else word[0]


def _misspelt_heading(line: str) -> str:
    """A section's heading alone on its line, a letter typed twice, left out or typed for another
    (``Dimentions``, ``GENERAL ACOUNTABILITY``, ``Organisation Structure``): the heading hrkit knows."""
    words = line.strip().strip("#*_: \t")
    folded = fold(words)
    if not _MISREAD_MIN <= len(folded) <= _HEADING_LONGEST or not folded.replace(" ", "").isalpha() \
            or guess_heading(folded) or _field_named(folded):
        return line
    close = _PLAIN_HEADINGS.near(folded) | {phrase for phrase in _HEADING_PHRASES.get(len(folded), ())
                                            if sum(map(ne, folded, phrase)) == 1}
    return line.replace(words, close.pop().upper()) if len(close) == 1 else line


class _Known:
    """Words or phrases hrkit knows, and each of them with a letter inside it left out: which of them a word typed
    is one letter away from, a letter typed twice or left out, in one look. A last letter more is no typo: a plural
    (``Employees``), the other language's spelling (``ministere``)."""

    def __init__(self, known: set[str]):
        self.known = frozenset(known)
        self.shorter: dict[str, tuple[str, ...]] = {}  # tuples: a set each would weigh four times as much
        for phrase in sorted(self.known):
            for cut in _inner_cuts(phrase):
                self.shorter[cut] = (*self.shorter.get(cut, ()), phrase)

    def near(self, typed: str) -> set[str]:
        return (set(_inner_cuts(typed)) & self.known) | set(self.shorter.get(typed, ()))


def _inner_cuts(word: str) -> list[str]:
    """``word`` with one of its letters left out, but its last one (nor one that only repeats it)."""
    return [cut for at in range(len(word) - 1) if word[at].isalpha()
            and (cut := word[:at] + word[at + 1:]) != word[:-1]]


_LABEL_BEFORE_COLON = re.compile(r"[ \t]*(?:[\u2022*+-][ \t]*)?(?P<label>[^\W\d_][^:\n]{4,48}?)[ \t]*:")
_MISREAD_MIN = 10
_MISREAD_EVERY = 10
"""A label at least this long, one letter in ten misread at most (each read as another: as long)."""
_TYPO_MIN = 7
"""A label at least this long, a letter typed twice or left out (``locaton``): shorter, too many words are as close."""


_FIELD_CODE = re.compile(r"(?P<label>[ \t]*[^\[\]:\n]{2,60}?)[ \t]*\[(?P<code>[A-Z][A-Z_]{3,})\](?=[ \t]*:)")
"""A label, then a field's code in capitals and underscores (``[EFFDT]``, ``[REPORTS_TO]``)."""


_PEOPLE_COLUMN = re.compile(r"(?:(?:current|acting|actuel)\s+)?(?:incumbent|titulaire|occupant|employee name|name|nom)"
                            r"(?:'s name|\s+name|\s+actuel(?:le)?|\s+du titulaire|\s+\(?acting\)?)?s?")
"""A table column's header naming the people in its cells (``Incumbent``, ``Titulaire``, ``Name``;
not ``Employees``, a count)."""


def _without_people_columns(lines: list[str]) -> list[str]:
    """A table's column of people (``Title | Group/Level | Location | Incumbent``, a report's acting
    incumbent in its row) with its cells emptied, so no name reaches a record."""
    out: list[str] = []
    column, width = None, 0
    for line in lines:
        cells = re.split(r"[ \t]*\|[ \t]*", line.strip().strip("|").strip()) if line.count("|") >= 2 else []
        if len(cells) < 2 or _TABLE_RULE.fullmatch(line.strip()):
            column = column if cells else None  # a Markdown table's rule keeps its header's column
            out.append(line)
            continue
        if column is None or len(cells) != width:
            people = [k for k, cell in enumerate(cells) if _PEOPLE_COLUMN.fullmatch(fold(cell).strip(" :"))]
            header = all(_labelish(cell) or _column_header(cell) for cell in cells if cell)  # not a form's row:
            column, width = (people[0], len(cells)) if people and header else (None, 0)  # "| Titulaire | J. B. |"
        elif cells[column]:
            cells[column] = ""
            line = " | ".join(cells) if not line.strip().startswith("|") else f"| {' | '.join(cells)} |"
        out.append(line)
    return out


def _headers_rejoined(lines: list[str]) -> list[str]:
    """A table's header a scan hyphenated at its line's end (``Position      Gro-`` / ``up/level   FTEs``,
    ``Poste    Groupe/niveau   Resso-`` / ``urces``): one line again, when that makes it a header of direct
    reports, or names one more of its columns."""
    out: list[str] = []
    for line in lines:
        if out and line[:1].islower() and _WORD_HYPHEN.search(out[-1]):
            joined = out[-1].rstrip()[:-1] + line
            if len(report_header(re.split(_COLUMN_GAP, joined.strip())) or {}) \
                    > len(report_header(re.split(_COLUMN_GAP, out[-1].strip())) or {}):
                out[-1] = joined
                continue
        out.append(line)
    return out


_WORD_HYPHEN = re.compile(r"[^\W\d_]{2}-[ \t]*$")
"""A word a line's end cut with its hyphen (``Gro-``)."""


def _without_running_headers(lines: list[str]) -> list[str]:
    """Lines without a printout's running header, the document's first lines again at a new page (an HR system's:
    department, ``Page 2 of 3``, the position's number and title, ``Printed: ... User ID: ...``), two lines of it at
    least, one its page's number, its rule under it, nor the footer over it (``Form RH-DP-07 (2020-11)   PROTECTED
    B``, a rule above it), wherever that footer stands again: a page's turn put them between a section's lines. The
    first page's header stays, the document's own fields."""
    keys = [_page_key(line) for line in lines]
    head = {key for key in keys[:_HEADER_SPAN] if key and not _RULE_LINE.fullmatch(key)}
    if len(head) < 2:
        return lines
    dropped: set[int] = set()
    footers: set[str] = set()
    at = _HEADER_SPAN
    while at < len(lines):
        end = at
        while end < len(lines) and (keys[end] in head or end > at and _RULE_LINE.fullmatch(keys[end])):
            end += 1
        if sum(keys[n] in head for n in range(at, end)) < 2 or not any("#" in keys[n] for n in range(at, end)):
            at += 1
            continue
        dropped.update(range(at, end))
        above = at - 1
        while above >= 0 and not keys[above]:
            above -= 1
        while above >= 0 and keys[above] and keys.count(keys[above]) >= 2 and at - above <= _FOOTER_SPAN:
            footers.add(keys[above])
            above -= 1
        at = end
    return [line for n, line in enumerate(lines) if n not in dropped and not (n >= _HEADER_SPAN and keys[n] in footers)]


def _without_numbered_furniture(lines: list[str]) -> list[str]:
    """Lines without what every page or slide repeats but for its number, counting up from 1 or 2, three times at
    least (``DFO | Executive work description | 4``, ``Slide 5``, ``UNCLASSIFIED | 3 / 9``): a deck's furniture."""
    keyed: dict[str, list[int]] = {}
    for at, line in enumerate(lines):
        if 0 < len(line.strip()) <= _FURNITURE_WIDTH and ":" not in line and re.search(r"[0-9]", line) \
                and re.search(r"[^\W\d_]", line) and not _PAGE_FURNITURE.fullmatch(line):  # a label's line
            # ("Subordonné 2 - ETP: 18") is none; a page's "Page 2 of 25" turns its page later on
            keyed.setdefault(re.sub(r"[0-9]+", "#", " ".join(line.split())), []).append(at)
    dropped: set[int] = set()
    for ats in keyed.values():
        numbers = [int(re.search(r"[0-9]+", lines[at])[0]) for at in ats]
        if len(ats) >= 3 and numbers[0] in (1, 2) and numbers == list(range(numbers[0], numbers[0] + len(ats))):
            dropped.update(ats)
    return [line for at, line in enumerate(lines) if at not in dropped] if dropped else lines


def _notes_headed(lines: list[str]) -> list[str]:
    """A notes page's ``Notes — slide 6`` the heading of what it says, named before the deck's furniture is
    dropped: notes of slides 1, 2 and 3 in a row count up as furniture does."""
    return [_SLIDE_NOTES.sub("Speaker notes", line) for line in lines]


_SLIDE_NOTES = re.compile(r"^[ \t]*(?:(?:speaker[ \t]+)?notes?|notes de l'orateur)[ \t]*(?:[-\u2013\u2014:][ \t]*|\()"
                          r"(?:slide|diapositive)[ \t]*[0-9]{1,3}\)?[ \t]*$", re.IGNORECASE)
"""A deck's notes page under the slide it annotates (``Notes — slide 6``): its heading."""
_FURNITURE_WIDTH = 80
"""Characters, at most, of a page's or slide's line of furniture."""


def _page_key(line: str) -> str:
    """A line as every page prints it: its page's number (``Page 2 de 3``, ``PAGE: 1 OF 2``) any page's."""
    return _PAGE_NUMBERED.sub("#", " ".join(line.split()).replace("#", ""))


_PAGE_NUMBERED = re.compile(r"\bpage[ \t]*:?[ \t]*[0-9]{1,3}[ \t]*(?:of|de|/)[ \t]*[0-9]{1,3}\b", re.IGNORECASE)
"""A page's number in its running header (``Page 2 de 3``, ``PAGE:    1 OF 2``)."""


_HEADER_SPAN = 6
"""The first lines of a document a page's running header repeats."""
_FOOTER_SPAN = 4
"""Lines above a running header, at most, a page's footer takes."""
_RULE_LINE = re.compile(r"[-=_]{3,}")
"""A rule under a running header or over a footer."""


def _without_underlines(lines: list[str]) -> list[str]:
    """Lines without a heading's underline typed in underscores (``CONTEXTE ORGANISATIONNEL`` /
    ``________________________``, as long as the heading, or longer under one a PDF set letter by letter): no
    signature line, which would end the section's text; nor one in ``=`` or ``-`` (Markdown's setext), nor a rule
    (``---``)."""
    out: list[str] = []
    for line in lines:
        heading = out[-1].strip() if out else ""
        if re.fullmatch(r"[ \t]*_{4,}[ \t]*", line) and heading and "_" not in heading \
                and (abs(len(line.strip()) - len(heading)) <= 3 and _capitals(heading)
                     or -3 <= len(line.strip()) - len(heading) <= max(3, len(heading)) and _heading_line(heading)):
            continue  # a heading set letter by letter is shorter now than its underline
        if re.fullmatch(r"[ \t]*(?:={3,}|-{3,})[ \t]*", line) and heading and ":" not in heading \
                and abs(len(line.strip()) - len(heading)) <= 3:
            continue  # "Contexte" / "========": a plain text's heading underlined, as Markdown's setext
        if re.fullmatch(r"[ \t]*(?:-{3,}|\*{3,}|={3,})[ \t]*", line):
            out.append("")  # "---" between an e-mail's messages: a rule, no words of the text above it
            continue
        out.append(line)
    return out


_HYPHENATED = re.compile(r"([^\W\d_]+)-\s*\n\s*(?=[^\W\d_A-Z])")
_COMPOUND_FIRST = frozenset(("full", "part", "non", "self", "multi", "co", "ex", "pre", "post", "well", "long", "short",
                             "high", "low", "cross", "sub", "anti", "semi", "mid", "half", "sign", "follow", "day",
                             "year", "time", "cost", "risk", "e", "inter", "intra", "sous", "demi", "mi", "semi",
                             "plein", "temps", "bien", "avant", "apres", "contre", "auto", "extra", "ultra"))
"""Words a hyphen joins to the next (``full-time``, ``non-salary``, ``sous-ministre``): split at a
line's end, their hyphen kept; any other word split there (``mai-`` / ``ntenance``) made one."""


def _one_run(lines: list[str]) -> str:
    """A scan's lines made one run of text, words hyphenated at a line's end joined again,
    headings' underlines dropped, the bullets the scan misread made bullets."""
    run = re.sub(r"[ \t]*\n[ \t]*|\t", " ", _HYPHENATED.sub(_rejoined, "\n".join(lines))).strip()
    run = _UNDERLINE.sub(" ", run)
    return _RUN_BULLET.sub(lambda bullet: "\u2022 " if run[bullet.start() - 1: bullet.start()] in ("", " ")
                           else " \u2022 ", run)  # "staff of 25* Manager": a bullet the scan ran into the count


_UNDERLINE = re.compile(r"(?:(?<=\s)|^)[-=]{4,}(?=\s|$)")
"""A heading's underline (``GENERAL ACCOUNTABILITY ----------``) in a scan's run: no words."""
_RUN_BULLET = re.compile(r"(?:(?<=^)|(?<=[.;:!?)0-9] )|(?<=\S )(?=[>*])|(?<=[0-9])(?=\*))"
                         r"(?:[eoc\"*>\u00a9]|\u25a0)(?= +[A-ZÀ-Ý][a-zà-ÿ])")
"""A list's bullet a scan read as ``e``, ``o``, ``c``, ``"`` (a ``«``), ``*``, ``>`` or ``©``, after a
sentence, a colon or a count and before a capitalized word (``include: e Directeur, X``); ``>``
and ``*``, which no sentence writes before a capital, after any word."""


def _rejoined(split: re.Match) -> str:
    """A word split over two lines, made one; a compound's part keeps its hyphen (``Saint-Jean-`` /
    ``sur-Richelieu``)."""
    compound = fold(split[1]) in _COMPOUND_FIRST or split.string[split.start() - 1:split.start()] == "-"
    return split[1] + ("-" if compound else "")

_DOT_LEADER = re.compile(r"(?:(?<=[\w)#])|(?<=\w\.))[ \t]*(?:\.(?:[ \t]?[.,]){3,}[ \t]*:?|\.{2,3}[ \t]*:)[ \t]*(?=\S)"
                         r"|(?:(?<=\w)|(?<=\w\.))[ \t]+\.{3}[ \t]+(?=[A-ZÀ-Ý0-9])")
"""``Job Title.........Director, X``, ``Eff Date ......: 2016/10/03``, ``FTE (unit) ...: 22``, ``Title of
Supervisor ... Director General, X``: dots leading a label to its value stand for its colon (or lead to it); a
typewriter's spaced dots and a scan's comma among them too (``Effective date (YY-MM-DD) . . . ... 89-04-01``,
``Group and level .,....... EX 2``)."""

_SPECK_VALUE = re.compile(r"^([ \t]*[^\s:][^:\n]{1,60}:)[ \t]*[.,'`~_-]{1,2}[ \t]*$")
"""``Titre du poste: .``: a speck a scan read after a label is no value (the value is on the next line)."""

_SHORT_LEADER = re.compile(r"^([ \t]*[^\s.:][^.:\n]{1,60}?\S) \.{3} (?=\S)")


def _short_leader(line: str) -> str:
    """``FONCTIONNEMENT ET ENTRETIEN ... 90O 000 $``: three dots between a label and its value
    stand for its colon too (not an ellipsis in a sentence: the words before must be a label)."""
    leader = _SHORT_LEADER.match(line)
    return f"{leader[1]}: {line[leader.end():]}" if leader and _labelish(leader[1].strip()) else line


_MD_HEADING = re.compile(r"^\s*#{1,6}\s+(.*?)\s*#*\s*$")
_MD_ITEM = re.compile(r"^\s*[*+-]\s+\*\*(.+?)\*\*\s*(:?)\s*(.*)$")
_BULLET = re.compile(r"^\s*(?:[*+\u2022\u25cb\u25a0\u2013\u2014>o-]|\(?[a-z]\))\s+(?=\S)")


def _unmarked(lines: list[str]) -> list[str]:
    """Markdown's lines as plain text (``_unmark``), but a fenced block's (```` ``` ````) as written, its fences
    dropped: what is drawn in it (an org chart's tree, its ``+--`` no list's item) is drawn in spaces."""
    out: list[str] = []
    fenced = False
    for line in lines:
        if _FENCE.fullmatch(line):
            fenced = not fenced
        else:
            out += [line] if fenced else [_unmark(part) for part in _broken(line)]
    return out


_FENCE = re.compile(r"[ \t]*(?:```|~~~)[\w+-]*[ \t]*")


def _broken(line: str) -> list[str]:
    """A Markdown line's HTML line breaks outside a table (``Title: X<br>``, ``A<br>B``), or in a table's row whose
    one cell holds a section's lines (``| **The following positions report ...:<br>EX 01 - Director, X - 50 FTEs<br>
    ...** |  |``, a Word template's box): its lines."""
    if "<" not in line:
        return [line]
    if line.lstrip().startswith("|"):
        filled = [cell for cell in line.strip().strip("|").split("|") if cell.strip()]
        return _MD_CELL_BREAK.split(filled[0].strip()) if len(filled) == 1 and _MD_CELL_BREAK.search(filled[0]) \
            else [line]
    return _MD_CELL_BREAK.split(_MD_LINE_END_BREAK.sub("", line))


_MD_LINE_END_BREAK = re.compile(r"[ \t]*<br[ \t]*/?>[ \t]*$")


def _unmark(line: str) -> str:
    """One Markdown line as plain text: ``# Heading`` its words, ``* **Label:** value`` the
    label and value, ``**bold**`` its words, a bullet ``•`` (a nested list's indented as it is); a
    converter's escapes (``\\$``) and
    hard line breaks (a ``\\`` ending the line) are no text, nor words struck through (``~~18~~ 14``: a former
    value, as a Word file's struck runs are); a table's cell of a bold label over its value (``**Position
    Title**<br>Director, X``) that label and value."""
    line = _MD_ESCAPE.sub(r"\1", re.sub(r"\\[ \t]*$", "", _MD_STRUCK.sub("", line)))
    heading = _md_heading(line)
    if heading:
        return _MD_ITALIC.sub(_italic, heading[1].replace("**", ""))
    item = _MD_ITEM.match(line)
    if item:
        label = item[1].strip()
        colon = "" if label.endswith(":") or not item[2] and not item[3] or _CODED_AFTER.match(item[3]) else ":"
        line = f"\u2022 {label}{colon} {item[3]}".rstrip()
    line = _MD_LABEL_OVER.sub(_label_over, line) if line.lstrip().startswith("|") and "<" in line else line
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line.replace("**", "").replace("__", ""))
    line = _MD_ITALIC.sub(_italic, _MD_CELL_BREAK.sub(" / ", line) if line.lstrip().startswith("|") else line)
    return _BULLET.sub(lambda bullet: bullet[0][:len(bullet[0]) - len(bullet[0].lstrip())] + "\u2022 ", line)


_MD_LABEL_OVER = re.compile(r"(?<=\|)([ \t]*)\*\*([^*|<\n]{2,60}?)\*\*[ \t]*<br[ \t]*/?>[ \t]*")
"""A table's cell of a label in bold over its value (``| **Position Title**<br>Director, X |``)."""


def _label_over(cell: re.Match) -> str:
    """The cell's ``Label: value``, when its bold words are a label."""
    return f"{cell[1]}{cell[2].rstrip(': ')}: " if _labelish(cell[2]) else cell[0]


_CODED_AFTER = re.compile(rf"\((?:{repair.GROUP_PATTERN})")
"""``**Manager, Shellfish** (PM-06, 13 FTEs)``: a report's title in bold, its level after it, no label."""
_MD_CELL_BREAK = re.compile(r"[ \t]*<br[ \t]*/?>[ \t]*")
"""A line break inside a table's cell (``Director, X<br>*Directrice, X*``): its two lines, a slash apart."""
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n|]+?)(?<=\S)\*(?![\w*])"
                        r"|(?<![\w_])_(?=[^\s_])([^_\n|]+?)(?<=\S)_(?![\w_])")
"""``*Directrice, X*``, ``_Approved by X_``: words in italics."""


def _italic(words: re.Match) -> str:
    return words[1] or words[2]


_MD_STRUCK = re.compile(r"~~[^~\n]+~~[ \t]*")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+.!$'\"-])")
"""A character a Markdown converter escaped (``\\$``, ``\\-``); an escaped bar stays one of a table's cells."""
_BRANCH = re.compile(r"^([ \t]*(?:[|\u2502][ \t]*)*)(?:[|`+\\\u251c\u2514\u2570][ \t]*[-\u2500\u2014\u2013]{1,4}>?|"
                     r"[-\u2500]{2,}>?)[ \t]*(?=[^\s|:\u2502\u2500-])")
"""``|-- ``, ``+-- ``, ``\u2514\u2500\u2500 ``: a branch of an org chart drawn as a tree."""
_CONNECTOR = re.compile(r"[ \t|\u2502:]*")
_BOX_EDGE = re.compile(r"[ \t]*[+\u250c\u2514\u251c\u256d\u2570][-=\u2500\u2550+\u252c\u2534\u253c]{3,}"
                       r"[+\u2510\u2518\u2524\u256e\u256f]?"
                       r"[ \t]*[.,'`]?[ \t]*")
"""A box's edge (a speck a scan read after it aside)."""
_SCANNED_BAR = "|\u2502[]Il"
"""A box's bar, and what a scan may read for it."""
_BOX_LINE = re.compile(rf"[ \t]*[{re.escape(_SCANNED_BAR)}](.*?)"
                       rf"(?:[|\u2502]|(?<=\s)[{re.escape(_SCANNED_BAR)}])?[ \t]*")
"""A box's line between its bars; a letter a scan may have read for the right one only apart from the words
(``Ottawa  l``, not the ``l`` of ``201601Ol``)."""


def _on_corners(line: str, corners: list[int]) -> bool:
    """Bars (or what a scan read for them) stand where the edge above a table's line has its
    corners, the last one excepted (a value may run past it)."""
    return len(corners) >= 3 and all(at < len(line) and line[at] in _SCANNED_BAR for at in corners[:-1])


def _box_cells(inside: re.Match, corners: list[int]) -> list[str]:
    """A box's line cut into its cells: where the edge above has its corners when a bar a scan
    misread stands there (``] Direction    ] Région du Nouveau-Brunswick |``), else at its bars."""
    line = inside.string
    if _on_corners(line, corners):
        ends = corners[1:-1] + [len(line)]  # the last cell's value may run past its corner
        return [re.sub(r"(?:\s[\[\]Il]|[|\u2502])?\s*$", "", line[start + 1: end]) for start, end in zip(corners, ends)]
    return re.split(r"[|\u2502]", inside[1])


def _charts(lines: list[str]) -> list[str]:
    """An org chart drawn with characters as list lines: each box (``+----+`` / ``| Title |`` /
    ``| EG 07 | 46 FTEs |``) one line, its cells joined by dashes; each branch of a tree (``|--
    Manager, X - EG-07 - 12 FTEs``) a listed line; the lines that only connect them dropped. A chart
    whose first two boxes stand alone, one hung under the other, over the others: the supervisor's box
    (a ``Reports to`` field), then the position's own (no report)."""
    out: list[str] = []
    box: list[str] | None = None
    corners: list[int] = []  # where the edge above a box's line has its corners
    above: int | None = None  # the line a connector (``|``) hangs from
    alone: list[int] = []  # the lines of boxes that stood alone
    hung: set[int] = set()  # those of them with a connector under them
    for line in _boxes_apart(lines):
        if alone and alone[-1] == len(out) - 1 and line.strip() and _CONNECTOR.fullmatch(line):
            hung.add(alone[-1])
        if out and line.strip() and _CODED.search(out[-1]) and not out[-1].strip().startswith("\u2022") and (
                _BRANCH.match(line) or above == len(out) - 2 and _indent(line) > _indent(out[-1])):
            _chart_top(out, above)  # a chart's first branch, drawn or only indented under its top
        if _BOX_EDGE.fullmatch(line):
            if box and any(any(row) for row in box):  # a box's bottom edge
                out += _box_lines(box)
                alone += [len(out) - 1] if _LONE_BOX.fullmatch(line) and out[-1].startswith("\u2022") else []
            box = []  # a top edge, or a bottom edge that is the next row's top
            corners = [at for at, char in enumerate(line) if char == "+"]
            continue
        inside = _BOX_LINE.fullmatch(line) if box is not None or _on_corners(line, corners) else None
        if inside:  # a box's line; after a line a stamp left between two boxes too
            box = (box or []) + [[cell.strip() for cell in _box_cells(inside, corners)]]
            continue
        box = None
        if line.strip() and _CONNECTOR.fullmatch(line):
            above = len(out) - 1
            continue
        out.append(_BRANCH.sub(_bullet_at_depth, line))
    heads = len(alone) >= 2 and alone[1] == alone[0] + 1 and hung.issuperset(alone[:2])
    return _chart_heads(out, alone[0]) if heads else out


def _bullet_at_depth(branch: re.Match) -> str:
    """A tree's branch as a list's bullet where the branch starts (``  |     +-- X`` under ``  +-- Y``): a branch
    hung from another stays its tier under it."""
    return " " * len(branch[1]) + "\u2022 "


def _marked_tree(lines: list[str]) -> list[str]:
    """An org chart drawn as a tree that marks the position's own branch (``|-- Director, X (EX-02) pos. 86401
    <== this WD``, ``└── Directeur, Y (EX-01)   <-- CE POSTE``): the branch above it (or the tree's top) a
    ``Reports to`` field, the branches hung from it its listed reports; its peers' branches and its own are
    no report."""
    own = next((at for at, line in enumerate(lines) if _OWN_BRANCH.search(line) and _BRANCH.match(line)), None)
    if own is None:
        return lines
    depth = _BRANCH.match(lines[own]).end()
    first = own
    while first > 0 and _in_tree(lines[first - 1]):
        first -= 1
    parent = next((at for at in range(own - 1, first - 1, -1)
                   if _BRANCH.match(lines[at]) and _BRANCH.match(lines[at]).end() < depth), None)
    top = parent if parent is not None else first - 1 if first > 0 and lines[first - 1].strip() else None
    if top is None:
        return lines
    last = own + 1
    while last < len(lines) and _in_tree(lines[last]) and (not _BRANCH.match(lines[last])
                                                           or _BRANCH.match(lines[last]).end() > depth):
        last += 1
    end = last
    while end < len(lines) and _in_tree(lines[end]):
        end += 1
    hung = [line for line in lines[own + 1:last] if _BRANCH.match(line)]
    nearest = min((_BRANCH.match(line).end() for line in hung), default=0)
    reports = ["\u2022 " + line[nearest:].strip() for line in hung if _BRANCH.match(line).end() == nearest]
    supervisor = _BRANCH.sub("", lines[top]).strip()
    return lines[:min(top, first)] + [f"{_REPORTS_TO_FIELD}{supervisor}"] + reports + lines[end:]


def _in_tree(line: str) -> bool:
    """A tree's branch, or a line of its connectors only (``|``, ``│``)."""
    return bool(_BRANCH.match(line) or line.strip() and _CONNECTOR.fullmatch(line))


def _bracket_chart(lines: list[str]) -> list[str]:
    """A slide's org chart of boxes in brackets joined by bars (``[ Director General, X | EX-03 | #61016 ]`` / ``|`` /
    ``[ Director, Y ]  <- this position`` / ``|`` / ``[ Manager, Z | AS-7 | 4 ]   [ Manager, W | EC-6 | 22 ]``): the
    box over the position's own its supervisor (``Reports to: ...``), a row of boxes under a bar its reports, one list
    item each, a box's bare figure its FTEs; the position's own box and the bars between none."""
    if not any(_BRACKET_ROW.fullmatch(line) for line in lines):
        return lines
    out: list[str] = []
    for at, line in enumerate(lines):
        boxes = _BRACKET_ROW.fullmatch(line)
        if not boxes:
            bracketed = any(_BRACKET_ROW.fullmatch(lines[n]) for n in (at - 1, at + 1) if 0 <= n < len(lines))
            out += [] if line.strip() == "|" and bracketed else [line]  # a bar between two boxes: none
            continue
        cells = [[cell.strip() for cell in box[1].split("|")] for box in _BRACKET_BOX.finditer(line)]
        under = at > 0 and lines[at - 1].strip() == "|"  # hung from the box above
        if _OWN_BRANCH.search(line) or (under and len(cells) == 1 and len(cells[0]) == 1):
            out += [""]  # the position's own box
            continue
        following = next((n for n in range(at + 1, len(lines)) if lines[n].strip() not in ("", "|")), None)
        french = language_of(cells[0][0]) == FR
        if len(cells) == 1 and following is not None and _OWN_BRANCH.search(lines[following]):
            title, *details = cells[0]  # the box over the position's own: its supervisor's, labelled in its language
            out.append(_reports_to("Relève de: " if french else "Reports to: ", title, " - ".join(details)))
            continue
        if under or any(len(box) > 1 for box in cells):
            out += [f"\u2022 {title} ({', '.join(_box_detail(d, french) for d in details)})" if details
                    else f"\u2022 {title}" for title, *details in cells]
            continue
        out.append(line)
    return out


def _box_detail(detail: str, french: bool) -> str:
    """A box's cell after its title: a bare figure its FTEs, else as written."""
    return f"{detail} {'ETP' if french else 'FTEs'}" if re.fullmatch(r"[0-9]{1,4}", detail) else detail


_BRACKET_BOX = re.compile(r"\[[ \t]*([^\[\]\n]+?)[ \t]*\]")
_BRACKET_ROW = re.compile(r"[ \t]*(?:\[[^\[\]\n]+\][ \t|]*)+(?:(?:<=+|<-+|\u25c4|\u2190)[^\n]*)?[ \t]*")
"""A line of boxes in brackets alone, a mark of the position's own after them perhaps."""
_OWN_MARK = r"(?i:this[ \t]+(?:wd|position|job)|ce[ \t]+poste|cette[ \t]+dt)"
_OWN_BRANCH = re.compile(rf"(?:(?:<=+|<-+|\u25c4|\u2190)[ \t]*|[ \t]{{2,}})\(?{_OWN_MARK}"
                         rf"(?:[ \t]*/[ \t]*{_OWN_MARK})?\)?[ \t*]*$")
"""The mark an org chart's tree puts after the position's own branch (``<== this WD``, ``<-- CE POSTE``, ``◄ (this
position / ce poste)``, a wide gap then ``THIS POSITION``)."""


def _chart_columns(lines: list[str]) -> list[str]:
    """An org chart's boxes drawn without borders side by side under the bar they hang from (``+-----+`` /
    ``Manager, Financial    Manager, Laboratory`` / ``Planning              Operations`` / ``(Level P4, 24 FTEs)
    (Level S4, 10 FTEs)``): each column read down as one listed report."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        out.append(lines[index])
        index += 1
        if not _CHART_BAR.fullmatch(out[-1]):
            continue
        starts = [cell.start(1) for cell in _CHART_CELL.finditer(lines[index])] if index < len(lines) else []
        end = index
        while end < len(lines) and len(starts) >= 2 and not lines[index].lstrip().startswith(("|", "+")) \
                and _in_columns([cell.start(1) for cell in _CHART_CELL.finditer(lines[end])], starts):
            end += 1
        block = lines[index:end]
        if len(block) < 2 or re.search(r"[0-9]", block[0]) or not re.search(r"[0-9]", block[-1]):
            continue  # a table's rows under its rule, each a whole row with its figures
        columns = [[line[at:following].strip() for line in block]
                   for at, following in zip(starts, starts[1:] + [None])]
        out += ["\u2022 " + " ".join(cell for cell in column if cell) for column in columns]
        index = end
    return out


def _in_columns(cells: list[int], starts: list[int]) -> bool:
    """Do a line's cells (where each starts) stand in the columns that start at ``starts``, two of them or a
    later one alone (a title's third line: ``Lending``), as no line of prose does?"""
    return (len(cells) >= 2 or bool(cells) and cells[0] > starts[0] + 1) \
        and all(any(abs(cell - at) <= 1 for at in starts) for cell in cells)


_CHART_BAR = re.compile(r"[ \t]*\+-{8,}[-+]*[ \t]*")
"""The bar an org chart's boxes hang from (``+--------+``)."""
_CHART_CELL = re.compile(r"(?:^[ \t]*|[ \t]{2,})(\S)")
"""A cell's first character: the line's first, or one after a gap."""


def _arrow_chart(lines: list[str]) -> list[str]:
    """An org chart written as arrows, each box to the one it reports to (``Chief, English Booth [TI-07, 28
    FTEs] -> Director, X``), two or more to one title: that title's own line (``Director, X [EX-01] ->
    Vice-President, Y [EX-03, #90001]``) a ``Reports to`` field, the others its listed reports."""
    arrows = {at: found for at, line in enumerate(lines)
              if ("->" in line or "\u2192" in line) and (found := _ARROW.fullmatch(line))}
    heads = Counter(fold(found["to"]) for found in arrows.values())
    head, reports = heads.most_common(1)[0] if heads else ("", 0)
    own = next((at for at, found in arrows.items() if fold(found["title"]) == head), None)
    if reports < 2 or own is None:
        return lines
    out = list(lines)
    for at, found in arrows.items():
        if at == own:
            out[at] = f"{_REPORTS_TO_FIELD}{_bracketed(found['to'])}"
        elif fold(found["to"]) == head:
            out[at] = f"\u2022 {found['title']}" + (f" ({found['details']})" if found["details"] else "")
    return out


def _bracketed(box: str) -> str:
    """A box's ``Title [EX-03, #90001]`` with its details in parentheses, as a field's value writes them."""
    return re.sub(r"\[([^\[\]]*)\]", r"(\1)", box)


_ARROW = re.compile(r"[ \t]*(?P<title>[^\W\d][^\[\]>\n]*?)[ \t]*(?:\[(?P<details>[^\[\]]*)\])?[ \t]*(?:->|\u2192)"
                    r"[ \t]*(?P<to>[^\W\d][^>\n]*?)[ \t]*")
"""A box and the one it reports to, an arrow between them."""


def _chart_heads(out: list[str], top: int) -> list[str]:
    """A chart's first two boxes (``top`` and the next line), over more boxes: the supervisor's made a
    ``Reports to`` field, the position's own left out (its values are the form's)."""
    if not any(line.startswith("\u2022") for line in out[top + 2:]):
        return out
    title, _, details = out[top][2:].partition(" - ")
    out[top] = _reports_to(_REPORTS_TO_FIELD, title, details)
    figures = [f"{found[1]}: {found[2]}" for found in map(_BOX_FIGURE.fullmatch, out[top + 1][2:].split(" - "))
               if found and label_of(fold(found[1]))]  # the figures of the position's own box (``Salary $3,836K``)
    return out[:top + 1] + figures + out[top + 2:]


def _reports_to(label: str, title: str, details: str) -> str:
    """A chart's supervisor's box as a ``Reports to`` field: its title, its level in brackets, its position's number
    (``Director General, X - EX-03 - #61016``); under a label in both languages, or in the box's own."""
    code = repair.classification(details)
    number = _BOX_NUMBER.search(details)
    return f"{label}{title}" + (f" ({code[2]})" if code else "") + \
        (f", position {number[1]}" if number else "")


_BOX_FIGURE = re.compile(r"([^\W\d][^:$0-9]{1,30}?)[ \t]*:?[ \t]*(\$?[ \t]*[0-9](?:[0-9.,]|[ \u00a0](?=[0-9]{3}))*"
                         r"[ \t]*(?:[KkM]\$?|\$)?)")
"""A dimension's label and its figure in a chart's box (``Salary $3,836K``, ``O&M: 352 000 $``)."""


_BOX_NUMBER = re.compile(r"(?i:\b(?:poste|pos(?:ition)?|posn)\b\.?|#|\bn[o°]\b\.?)[ \t]*(?:n[o°]\.?|#)?[ \t]*:?[ \t]*"
                         r"([0-9][0-9OIl]{3,7})\b")
"""A position's number in its chart box (``EX-03   Poste 55400``, ``Pos. 41200``, ``#88001``)."""


_CHANGE_HEADER = re.compile(rf"[ \t|]*{CURRENT_WORD}(?:[ \t]*/[ \t]*{CURRENT_WORD})?(?:[ \t]*\|[ \t]*|[ \t]{{2,}})"
                            rf"{PROPOSED_WORD}(?:[ \t]*/[ \t]*{PROPOSED_WORD})?[ \t|]*", re.IGNORECASE)
"""The header of a request's two columns of values, before and after the change (``CURRENT    PROPOSED``,
``|  | Current / Actuel | Proposed / Proposé |``)."""
_CHANGE_ROW = re.compile(r"(?P<label>[^\W\d][^:|]{0,40}):[ \t]+(?P<before>\S.*?)[ \t]{2,}(?P<after>\S.*?)[ \t]*")
"""A row under it, as text: ``Position title:   Director, Program Support    Director, Real Property``."""


def _proposed_values(lines: list[str]) -> list[str]:
    """A classification request's rows of values before and after the change, under their header: each
    label with its proposed value (the position the request is for), the current one dropped. A row's
    proposed title wrapped to the next line (``...    Senior`` / ``Director, X``) is joined to it."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        if not _CHANGE_HEADER.fullmatch(lines[index]):
            out.append(lines[index])
            index += 1
            continue
        index += 1
        while index < len(lines):
            line, cells = lines[index], lines[index].strip().strip("|").split("|")
            row = _CHANGE_ROW.fullmatch(line)
            if line.lstrip().startswith("|") and len(cells) == 3 and cells[0].strip():
                out.append(f"{cells[0].strip()}: {(cells[2].strip() or cells[1].strip())}")
            elif row:
                out.append(f"{row['label'].strip()}: {row['after']}")
            elif (line.strip() and ":" not in line and not line.isupper() and out and index + 1 < len(lines)
                  and _CHANGE_ROW.fullmatch(lines[index + 1]) and _CHANGE_ROW.fullmatch(lines[index - 1])):
                out[-1] += f" {line.strip()}"
            else:
                break
            index += 1
    return out


def _group_headings(lines: list[str]) -> list[str]:
    """A large unit's reports in several tables, each under its group's label (``Region: Prairies (cont'd)``,
    ``Direction : Direction de X``, ``Program: X``): the label line blanked, no field of the position's own (its
    region or directorate) and no end of the structure; a line so labelled over anything else stays."""
    out: list[str] = []
    for index, line in enumerate(lines):
        if ":" in line and _GROUP_LABEL.fullmatch(fold(line)):
            following = next((other for other in lines[index + 1:] if other.strip()), "")
            if report_header(re.split(_COLUMN_GAP, following.strip(" |"))):
                line = ""  # a blank line: the prose above stays apart from the table's header
        out.append(line)
    return out


_GROUP_WORD = r"(?:region|directorate|direction|program(?:me)?|division|branch|sector|secteur|unit|unite|team|equipe)"
_GROUP_LABEL = re.compile(rf"[ \t#*_>]*{_GROUP_WORD}(?:[ \t]*/[ \t]*{_GROUP_WORD})?[ \t]*:[ \t]*[^\s:][^:\n]*")
"""A group's label over its table of reports (folded)."""


def _without_row_headings(lines: list[str]) -> list[str]:
    """A spreadsheet printed with its headings: the line of its columns' letters (``A   B   C``) dropped, and each
    row's number (``1``, ``14``, a scan's ``I4``) before its cells, from row 1 down to the first line without one."""
    if not any(_COLUMN_LETTERS.fullmatch(line) for line in lines):
        return lines
    out: list[str] = []
    numbered = False
    for line in lines:
        if _COLUMN_LETTERS.fullmatch(line):
            numbered = True
            continue
        row = _ROW_NUMBER.match(line) if numbered else None
        numbered = bool(row)
        out.append(line[row.end():] if row else line)
    return out


_COLUMN_LETTERS = re.compile(r"[ \t]*A(?:[ \t]+[B-Z]){1,25}[ \t]*")
_ROW_NUMBER = re.compile(r"[ \t]{0,3}[0-9OIlSB]{1,3}(?:[ \t]+|$)")


def _numbered_reports(lines: list[str]) -> list[str]:
    """An export's reports as numbered fields (``Direct Report 1: Manager, X``, ``Direct Report 1 - Group/Level:
    PM-05``, ``Direct Report 1 - FTE: 8``): a list under its heading, each report's title, level and count."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        end, reports, language = index, {}, EN
        while end < len(lines) and (field := _NUMBERED_REPORT.fullmatch(lines[end])):
            detail = fold(field["detail"] or "")
            part = "fte" if re.search(r"\b(?:ftes?|etp)\b", detail) else "code" if detail else "title"
            cells = field["value"].strip().split(" | ")  # "Manager, X | EN-ENG-05 | 29 FTEs": the report's row
            report = reports.setdefault(field["number"], {})
            report[part] = cells[0]
            if part == "title" and len(cells) == 3:
                report["code"], report["fte"] = cells[1], re.sub(r"(?i)[ \t]*(?:fte'?s?|etp)$", "", cells[2])
            language = FR if fold(field[0]).lstrip().startswith("subordonn") else language
            end += 1
        if len(reports) < 2 or not all("title" in report for report in reports.values()):
            out.append(lines[index])
            index += 1
            continue
        out += listed_reports([(report["title"], report.get("code", ""), report.get("fte", ""))
                               for report in reports.values()], language)
        index = end
    return out


_NUMBERED_REPORT = re.compile(r"[ \t]*(?i:direct[ \t]+reports?|subordinate|subordonn[ée]e?s?(?:[ \t]+directe?s?)?)"
                              r"[ \t]*#?[ \t]*(?P<number>[0-9]{1,2})"
                              r"(?:[ \t]*/[ \t]*(?i:subordonn[ée]e?s?(?:[ \t]+directe?s?)?)[ \t]*#?[ \t]*[0-9]{1,2})?"
                              r"[ \t]*(?:[-\u2013\u2014][ \t]*(?P<detail>[^:\n]*?))?"
                              r"[ \t]*:[ \t]*(?P<value>[^\n]*)")
"""A report's numbered field in an export (``Direct Report 2 - Group/Level: PM-06``, ``Direct Report 1 / Subordonné 1:
Manager, X | EN-ENG-05 | 29 FTEs``)."""


def _callouts(lines: list[str]) -> list[str]:
    """A designed page's big-number call-outs, each value alone on its line over its label alone (``$4.21M`` /
    ``Salary budget``, ``57`` / ``Employees (FTE)``, ``00089016`` / ``Position number``): ``label: value``. Only a
    run of lines by turns a value and a label, from a value to a label, that ``_called_out`` finds are call-outs:
    labels over their values run the other way, and a table read a cell a line has values side by side."""
    out: list[str] = []
    value = cache(lambda at: _value_line(lines[at]))  # each line asked once, whichever run it would start
    index = 0
    while index < len(lines):
        end = index
        if index + 1 < len(lines) and (_CAPTION_SHAPE.fullmatch(lines[index + 1].strip())
                                       or _callout_label(lines[index + 1])):
            while end < len(lines) and lines[end].strip() and value(end) == ((end - index) % 2 == 0):
                end += 1
        if (end - index) % 2:
            end = index  # a value after the run's last label: labels over values, or a table going on
        if end - index < 2 or not _called_out(lines, index, end):
            out.append(lines[index])
            index += 1
            continue
        for at in range(index, end, 2):
            figure, caption = lines[at].strip(), lines[at + 1].strip()
            out += [f"{caption[:1].upper()}{caption[1:]}: {figure}"] if _callout(figure, caption) \
                else lines[at:at + 2]  # "salary": a line of its own, no sentence's words going on
        index = end
    return out


_CAPTION_SHAPE = re.compile(r"[^\d:]{2,80}")
"""A line that may be a label alone: no figure, no colon."""


def _called_out(lines: list[str], start: int, end: int) -> bool:
    """Are the values and labels of ``lines[start:end]`` call-outs, each value over its label? When more of them
    fit their kinds so (``EX-03`` over ``Classification``, ``65811`` over ``Position no.``) than each label over the
    value under it; else, when as many do, by the line before them. Never after a label or a value alone."""
    ahead = sum(_callout(lines[at].strip(), lines[at + 1].strip()) for at in range(start, end, 2))
    behind = sum(_callout(lines[at + 2].strip(), lines[at + 1].strip())
                 for at in range(start, end, 2) if at + 2 < len(lines))
    before = lines[start - 1].strip() if start else ""
    if before.endswith(":") or _value_line(before) and len(before.split()) <= _PLACE_WORDS or _caption(before) \
            or row_labels(fold(before)):
        return False  # a label, or a value: the first value is its
    return ahead > behind or ahead == behind and _before_callouts(before)


def _before_callouts(words: str) -> bool:
    """Can call-outs follow the line ``words`` (neither a label nor a value): a blank, a heading, a line of words (a
    title, a department and its place), not a short line of words that may be a label hrkit does not know
    (``Duties and taxes collected``)?"""
    return not words or _heading_line(words) or guess_heading(fold(words)) == "dimensions" \
        or len(words.split()) > _NUMBERED_LABEL_WORDS or "," in words  # "Resources", "Key figures": a heading


_PLACE_WORDS = 4
"""A place alone on its line has this many words at most (``Ottawa, Ontario``); a department's name before it,
more."""


def _caption(line: str) -> bool:
    """A line that is a label alone, of a dimension or a field, its colon after it perhaps."""
    line = line.strip().rstrip(" :")
    return bool(line) and len(line) <= 2 * _LABEL_CELL and (bool(_callout_label(line)) or any(
        _any_label(side) or _labelish(side) and guess_label(fold(side)) != "department"  # "Canada Border Services
        for side in line.split(" / ")))  # Agency": a department's name; "Level / Groupe et niveau de classification"


def _value_line(line: str) -> bool:
    """A line that is one value alone: a figure, a code, a number, a date or a place."""
    value = line.strip()
    return bool(value) and len(value) <= 2 * _LABEL_CELL and ":" not in value and (
        bool(_FIGURE_CELL.fullmatch(value) or repair.CODE.fullmatch(value) or re.fullmatch(r"#?[0-9][\w-]*", value))
        or any(_value_end(kind, value, 0, None) == len(value) for kind in ("date", "place")))


def _callout(value: str, caption: str) -> bool:
    """Is ``caption`` the label of ``value`` written above or before it (a figure and its dimension, a code, number,
    date or place and its field)?"""
    if not value or not caption or len(caption) > _LABEL_CELL or ":" in caption \
            or re.search(r"[0-9]", caption) and not (_FIGURE_CELL.fullmatch(value) and _callout_label(caption)) \
            or len(value) > 2 * _LABEL_CELL or ":" in value or "   " in value:
        return False  # a labelled value, or cells side by side ("FTEs across 4 teams" a figure's caption)
    if _FIGURE_CELL.fullmatch(value):
        named = _callout_label(caption)
        if named == "fte" and "$" in value:
            return False  # "FTEs across 3 teams" over "$3.67M": no count's caption
        return bool(named) or _kind_captioned(value, caption)
    return _kind_captioned(re.sub(r"^#(?=[0-9])", "", value), caption)  # "#73203" over "position number"


def _kind_captioned(value: str, caption: str) -> bool:
    """A value of a kind (a code, a number, a date, a place) under or before the label of a field of that kind."""
    kind = _VALUE_KINDS.get(_field_named(caption)) if _lone_label(caption) else None
    if kind is None or _any_label(value):
        return False
    if kind in ("number", "id"):  # a department's numbers may have letters ("PH-5521"), a level is none of them
        return bool(re.fullmatch(r"[\w-]*[0-9][\w-]*", value)) and not repair.classification(value)
    end = _value_end(kind, value, 0, None)
    return end is not None and end >= len(value.rstrip(" .")) - 1


def _callout_label(line: str) -> str | None:
    """The dimension a line that is only its label names, in one language or two, its words in parentheses aside
    (``Employees (FTE)``, ``Salary budget / Budget salarial``)."""
    folded = fold(line.strip())
    if not folded or len(folded) > _LABEL_CELL or folded.endswith(":"):
        return None
    names = {_bracketed_label(side) or label_of(side) or _bare_label(side) for side in folded.split(" / ")}
    return names.pop() if len(names) == 1 else None  # "Salary budget / Budget salarial": one name in two languages


def _bare_label(side: str) -> str | None:
    """The dimension a caption names without its words in brackets, its budget's words and what qualifies it."""
    bare = _BUDGET_WORDS.sub(" ", re.sub(r"[ \t]*\([^()]*\)", "", side)).strip()
    return label_of(bare) or label_of(_CAPTION_QUALIFIER.sub("", bare).strip())


def _bracketed_label(side: str) -> str | None:
    """``Operating (O&M)``: the dimension its brackets name, when they name one."""
    bracket = re.search(r"\(([^()]*)\)", side)
    return label_of(bracket[1].strip()) if bracket else None


_CAPTION_QUALIFIER = re.compile(r"[ \t]+(?:(?:spread|split|repartie?s?)[ \t]+)?"
                                r"(?:in|across|for|of|au|en|dans|pour|de)\b[^()]*$|(?<=total)e$")
"""What qualifies a dimension's name in a caption (``FTEs in total``, ``FTEs across 4 teams``, ``ETP répartis en 6
équipes``, ``enveloppe totale``)."""


_BUDGET_WORDS = re.compile(r"[ \t]*\b(?:budget|annual|annuel|envelope|enveloppe)\b[ \t]*")
"""Words around a dimension's name in a caption (``Operating and maintenance (O&M) budget``)."""


def _language_rows(lines: list[str]) -> list[str]:
    """A Word table of an English column and a French one, each field a row of its two labels (``Position Number |
    Numéro du poste``) over a row of its two values or one across both: the labels one bilingual label
    (``Position Number / Numéro du poste``), the two values one bilingual value (``Director, X / Directeur, X``)."""
    out: list[str] = []
    labels = False  # the line before was a row of two labels
    for line in lines:
        cells = _TWO_CELLS.fullmatch(line) if ": " in line else None
        if cells and len(cells[2]) <= _LABEL_CELL and not re.search(r"[0-9:]", cells[2]) and _any_label(cells[2]) \
                and _field_named(cells[2]) and _field_named(cells[1]) == _field_named(cells[2]):
            out.append(f"{cells[1]} / {cells[2]}")
            labels = True
            continue
        out.append(f"{cells[1]} / {cells[2]}" if labels and cells and not _any_label(cells[1]) else line)
        labels = False
    return out


_TWO_CELLS = re.compile(r"[ \t]*([^:\n]*[^:\s]):[ \t]+(\S.*?)[ \t]*")
"""A Word table's row of two cells, as the reader gives it (``label: value``)."""
_LABEL_CELL = 40


def _tab_stops(lines: list[str]) -> list[str]:
    """A table typed with tabs to the next tab stop (a word processor's, ``Position<tab><tab><tab>Group/Level``):
    its runs of tabs one cell's border each, where that gives every row as many cells as its header and its
    tabs one by one do not (a spreadsheet's empty cell keeps its tabs)."""
    out = list(lines)
    index = 0
    while index < len(out):
        end = index
        while end < len(out) and "\t" in out[end].strip():
            end += 1
        block = out[index:end]
        stops = [re.sub(r"\t{2,}", "\t", line.strip()) for line in block]
        if len(block) >= 2 and len({line.count("\t") for line in stops}) == 1 \
                and len({line.strip().count("\t") for line in block}) > 1:
            out[index:end] = stops
        index = end + 1
    return out


def _form_labels_then_values(lines: list[str]) -> list[str]:
    """A flattened PDF form's text: its labels one a line (``FORM_LABELS`` or more hrkit knows), then the values
    filled in, one a line, in the labels' order, an empty field leaving no line: each value given to the next
    label, a label of a kind (a number, a date, a code, a place) passed over when the value is of none."""
    out: list[str] = []
    label = cache(lambda at: _form_label(lines[at]))  # each line asked once, whichever label it would start from
    field = cache(lambda at: _field_named(lines[at]))
    labelish = cache(lambda at: _labelish(lines[at]))
    index = 0
    while index < len(lines):
        end, named = index, set()
        while end < len(lines) and label(end) and field(end) not in named:
            named.add(field(end) or end)  # "Canada Border Services Agency" after "Department": a value
            end += 1
        labels = lines[index:end]
        known = sum(map(labelish, range(index, end))) >= FORM_LABELS
        below = list(itertools.takewhile(lambda line: line.strip() and not _heading_line(line), lines[end:])) \
            if known else []
        values = [line for line in below if not _PAGE_OF.search(line)]  # the page's footer between them
        paired = _paired_values(labels, values) if known else None
        if paired is None and end > index:
            paired, below = _label_blocks(lines, index, label, labelish)
            end = index
        if paired is None:
            out.append(lines[index])
            index += 1
            continue
        out += paired
        index = end + len(below)
    return out


_SCREEN_LABELS = frozenset(("status", "headcount status", "reason", "status date", "budgeted posn", "key position",
                            "short descr", "company", "business unit", "dept id", "sal plan", "grade", "std hours",
                            "fte", "max head count", "last updated", "statut", "motif", "statut effectif",
                            "date statut", "poste budgete", "poste cle", "descr. abregee", "societe", "id service",
                            "regime sal.", "classe", "heures normales", "etp", "effectif max.",
                            "derniere mise a jour"))
"""An HR system's screen's labels of fields no record holds, or holds from other labels (its grade beside its plan):
labels among a screen's columns all the same."""
_SCREEN_LABELS_AT_LEAST = 2
"""A screen's own labels, at least, among the blocks of its columns: a flattened form has none."""


def _label_blocks(lines: list[str], index: int, label: Callable[[int], bool],
                  labelish: Callable[[int], bool]) -> tuple[list[str] | None, list[str]]:
    """A screen's columns read by OCR a few at a time: a few labels, then their values as many, then the next
    labels (``Position Nbr`` / ``Status`` / ``Headcount Status`` / ``O00b799I`` / ``Active`` / ``Vacant`` / ``Eff
    Date`` ...), ``FORM_LABELS`` labels hrkit knows at least over the blocks: ``label: value`` lines, and the lines
    they were read from."""
    screen_label = cache(lambda at: fold(" ".join(lines[at].split())) in _SCREEN_LABELS)
    paired: list[str] = []
    at = index
    known = screen = blocks = 0
    while True:
        end = at
        while end < len(lines) and (label(end) or screen_label(end)):
            end += 1
        values = list(itertools.takewhile(lambda line: line.strip() and not _PAGE_OF.search(line), lines[end:]))
        values = values[:end - at]
        if end - at < 2 or len(values) != end - at or any(map(_any_label, values)):
            break
        paired += [_DROPDOWN.sub(r"\1", f"{name.strip()}: {value.strip()}")
                   for name, value in zip(lines[at:end], values)]
        known += sum(map(labelish, range(at, end)))
        screen += sum(map(screen_label, range(at, end)))
        blocks += 1
        at = end + len(values)
    if known < FORM_LABELS or screen < _SCREEN_LABELS_AT_LEAST or blocks < 2:
        return None, []  # a flattened form's labels then values: _paired_values's
    return paired, lines[index:at]


_COUNT_LABEL = re.compile(r"^(?:total )?(?:ftes?|etp)(?: total)?\b")
"""A form's label of its unit's count (``Total FTEs``, ``ETP total``)."""
_PAGE_OF = re.compile(r"\b(?:page|p\.)[ \t]*[0-9]{1,3}[ \t]*(?:of|de|/)", re.IGNORECASE)


def _form_label(line: str) -> bool:
    """A form's label alone on its line: one hrkit knows, one of a field no record has (``Security Level``,
    ``Tenure``), its unit's count's (``Total FTEs``), or a bilingual one (``New position / Nouveau poste``)."""
    words = line.strip()
    return bool(words) and ":" not in words and not re.search(r"[0-9]", re.sub(r"\([^()]*\)", "", words)) and (
        _labelish(words) or bool(NO_FIELD.search(fold(words)) or _COUNT_LABEL.search(fold(words)))
        or bool(re.fullmatch(r"[^/,]{2,40} / [^/,]{2,40}", words)))


def _paired_values(labels: list[str], values: list[str]) -> list[str] | None:
    """``label: value`` lines, each value the next label's that it is of the kind of; None when they do not
    pair (a value left over, fewer values than half the labels, a label among them)."""
    if not 2 * len(values) >= len(labels) >= len(values) or any(map(_any_label, values)):
        return None  # "Incumbent name" under the labels: a label, their values elsewhere
    paired, at = [], 0
    for value in values:
        while at < len(labels) and (kind := _VALUE_KINDS.get(_field_named(labels[at]))) and (
                not _of_kind(labels[at], value) or kind in ("number", "id") and repair.CODE.fullmatch(value.strip())):
            at += 1  # "Supervisor's Position Number" left empty, "EX-03" its level's
        if at == len(labels):
            return None
        paired.append(f"{labels[at].strip()}: {value.strip()}")
        at += 1
    return paired


def _numbered_fields(lines: list[str]) -> list[str]:
    """A form's numbered labels, each alone on its line over its value (``5. N° de poste`` / ``18531``, a PDF's
    boxes read one a line), three or more: ``label: value`` lines."""
    rows = {at for at, line in enumerate(lines) if len(_NUMBERED_BOX.findall(line)) >= 2}
    pairs = [at for at in range(len(lines) - 1) if at not in rows and _numbered_pair(lines[at], lines[at + 1])]
    if len(pairs) + len(rows) < COLUMN_LABELS - 1:
        return lines
    out = [_misspelt_cells(_NUMBERED_BOX.sub(r"\1", line)) if at in rows else _unnumbered(line)  # "8. Supervisor
           for at, line in enumerate(lines)]  # Level (EX-03)": a label, its value beside it; a row of boxes: labels
    for at in reversed(pairs):
        out[at:at + 2] = [f"{_NUMBERED.fullmatch(lines[at])['label']}: {lines[at + 1].strip()}"]
    return out


_NUMBERED_BOX = re.compile(r"(^[ \t]*|[ \t]{2,})[0-9]{1,2}\.[ \t]+(?=[^\W\d])")
"""A box's number in a row of an old form's numbered boxes (``1. Position Number    2. Classification``)."""


def _unnumbered(line: str) -> str:
    """A numbered label without its number: alone (its value on the next line), or with its value beside it
    as ``label: value`` (a classification in parentheses would read as the label's own words)."""
    numbered = _NUMBER_FIRST.match(line)
    words = line[numbered.end():].split() if numbered else []
    known = next((n for n in range(min(len(words), _NUMBERED_LABEL_WORDS), 0, -1)
                  if _lone_label(" ".join(words[:n])) and not repair.CODE.search(" ".join(words[:n]))), None)
    if known is None:
        return line
    return " ".join(words) if known == len(words) else f"{' '.join(words[:known])}: {' '.join(words[known:])}"


_NUMBER_FIRST = re.compile(r"[ \t]*[0-9]{1,2}[.)][ \t]+")
"""A form's number before its label (``5. ``, ``12) ``)."""
_NUMBERED_LABEL_WORDS = 6


def _numbered_pair(line: str, following: str) -> bool:
    numbered = _NUMBERED.fullmatch(line)
    return bool(numbered) and (_any_label(numbered["label"]) or _labelish(numbered["label"])) \
        and bool(following.strip()) and not _NUMBERED.fullmatch(following) and not _any_label(following) \
        and _of_kind(numbered["label"], following.strip())


_NUMBERED = re.compile(rf"{_NUMBER_FIRST.pattern}(?P<label>[^:\n]{{2,60}}?)[ \t]*:?[ \t]*")


def _stacked_boxes(lines: list[str]) -> list[str]:
    """A chart's boxes as a Word file's text boxes give them, one line each for a title, its level and
    its FTEs (``Chef, Contenants`` / ``EN-ENG-05`` / ``16 ETP``), three boxes or more in a row: each box a
    listed line, as a chart drawn with characters gives it; its first two, executives' boxes of falling
    levels over other boxes, the supervisor's and the position's own (``_chart_heads``)."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        boxes: list[list[str]] = []
        at = index
        while box := _text_box(lines, at):
            boxes.append(box)
            at += len(box)
        if len(boxes) < _STACKED_BOXES or not any(_COUNT_LINE.fullmatch(line) or _LEVEL_COUNT_LINE.fullmatch(line)
                                                  for box in boxes for line in box):
            # no FTEs: a table's cells, a line each under its columns' headers ("Position" / "Group/Level"), are
            # read as a table
            out.append(lines[index])
            index += 1
            continue
        levels = [next(filter(None, map(repair.classification, box[1:])), None) for box in boxes[:2]]
        heads = all(level and level[0].startswith("EX-") for level in levels) and levels[0][0] > levels[1][0]
        first = len(out)
        out += ["\u2022 " + " - ".join(_box_title(box) + [line.strip().replace(" | ", " - ") for line in box
                                                         if not role_start(fold(line))]) for box in boxes]
        out = _chart_heads(out, first) if heads else out
        index = at
    return out


def _text_box(lines: list[str], at: int) -> list[str] | None:
    """A title's line (the title in the other language on the next line too), its level's, its FTEs' (either may be
    left out, not both), its figures' (``Salary 2 677 000 $``), from ``at``."""
    if at + 1 >= len(lines) or not _box_title_line(lines[at]):
        return None
    end = at + 1
    if _box_title_line(lines[end]) and len(in_both_languages(f"{lines[at].strip()} {lines[end].strip()}")) == 2:
        end += 1  # the title in the other language
    both = end < len(lines) and _LEVEL_COUNT_LINE.fullmatch(lines[end])  # "AS06 | 13 FTE"
    level = both or end < len(lines) and _LEVEL_LINE.fullmatch(lines[end])
    end += bool(level)
    count = both or end < len(lines) and _COUNT_LINE.fullmatch(lines[end])
    end += bool(count) and not both
    if not (level or count):
        return None
    while end < len(lines) and (figure := _BOX_FIGURE.fullmatch(lines[end].strip())) and label_of(fold(figure[1])):
        end += 1
    return lines[at:end]


def _box_title_line(line: str) -> bool:
    """A text box's line of a title: a role's words, no figure nor label."""
    return role_start(fold(line.strip())) and not re.search(r"[0-9:]", line)


def _box_title(box: list[str]) -> list[str]:
    """A text box's title, in both languages when it gives both (``Manager, Partnerships / Gestionnaire,
    Partenariats``)."""
    titles = [line.strip() for line in box if role_start(fold(line))]
    return [" / ".join(titles)]


_STACKED_BOXES = 3
_LEVEL_LINE = re.compile(rf"[ \t]*{repair.CODE.pattern}(?:[ \t]*[-\u2013|][ \t]*[0-9]{{4,8}})?[ \t]*")
"""A text box's level, its position's number after it perhaps (``EX01 – 45532``)."""
_BOX_COUNT = r"[0-9OIl]{1,4}(?:[.,][0-9])?[ \t]*(?i:ftes?|etp|employees|employ[ée]s)"
_COUNT_LINE = re.compile(rf"[ \t]*{_BOX_COUNT}[ \t]*")
_LEVEL_COUNT_LINE = re.compile(rf"[ \t]*{repair.CODE.pattern}[ \t]*[-\u2013|][ \t]*{_BOX_COUNT}[ \t]*")
"""A text box's level and FTEs on one line (``AS06 | 13 FTE``)."""


def _boxes_apart(lines: list[str]) -> list[str]:
    """Boxes drawn side by side (``+----+  +----+``, a band of a chart's boxes) one under the other: each
    box's edge and its part of every line of the band, in turn."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        spans = [m.span() for m in _EDGE.finditer(lines[index])] if _BAND.fullmatch(lines[index]) else []
        end = next((at for at in range(index + 1, min(len(lines), index + _BAND_DEPTH))
                    if _BAND.fullmatch(lines[at])), None) if spans else None
        if end is None:
            out.append(lines[index])
            index += 1
            continue
        inside = [line for line in lines[index + 1:end] if line.lstrip()[:1] in _SCANNED_BAR]
        rows = [_band_cells(line, spans) for line in inside]
        for at, (start, stop) in enumerate(spans):
            out += [lines[index][start:stop]] + [f"|{row[at]}|" for row in rows] + [lines[end][start:stop]]
        out += [line for line in lines[index + 1:end] if line not in inside]  # a page's break inside the band
        index = end + 1
    return out


def _band_cells(line: str, spans: list[tuple[int, int]]) -> list[str]:
    """A line of a band of boxes cut into each box's words: at the bars that close one box and open the next
    (``|  |``), or, when a scan shifted them, where the edges above have theirs."""
    parts = _BOX_GAP_BARS.split(line.strip())
    if len(parts) != len(spans):
        parts = [line[start:stop] for start, stop in spans]
    return [part.strip().strip("|\u2502").strip() for part in parts]


_EDGE = re.compile(r"[+\u250c\u2514\u256d\u2570][-\u2500]{3,}[+\u2510\u2518\u256e\u256f]")
"""A box's top or bottom edge, drawn with ``+`` and ``-`` or with a font's box-drawing characters."""
_BAND = re.compile(rf"[ \t]*{_EDGE.pattern}(?:[ \t]+{_EDGE.pattern})+[ \t]*")
_BAND_DEPTH = 16
"""Lines of a band of boxes, at most (a box's title, level, FTEs, wrapped; a page's break)."""
_BOX_GAP_BARS = re.compile(r"[ \t]*[|\u2502][ \t]{1,6}[|\u2502][ \t]*")
_LONE_BOX = re.compile(rf"[ \t]*{_EDGE.pattern}[ \t]*")


def _box_lines(rows: list[list[str]]) -> list[str]:
    """A box's lines as the lines they stand for: a grid table's row of a form (a converter's
    ``| Official Position Title: | Executive Director, X |`` / ``| | Conservation |``), its cells'
    words wrapped over lines joined again, two or four cells a row, each label and its value; a
    wider table's row its cells set apart by bars; a chart's box one listed line, its cells joined
    by dashes."""
    width = len(rows[0])
    columns = [" ".join(row[at] for row in rows if row[at]) for at in range(width)] \
        if all(len(row) == width for row in rows) else None
    if columns and width in (2, 4):
        pairs = [(label, value) for label, value in zip(columns[::2], columns[1::2]) if label or value]
        if all(label and _labelish(label) and not _labelish(value) for label, value in pairs) \
                and any(value for _, value in pairs):
            return [f"{label.rstrip(':').rstrip()}: {value}".rstrip() for label, value in pairs]
    if columns and width >= 3:  # a table drawn in boxes: its rows' cells set apart by bars, as a Word table's
        if len(rows) > 1 and all(sum(bool(cell) for cell in row) > 1 for row in rows):
            return [" | ".join(row) for row in rows]  # a line a row (``| - Records Unit |  | 40 |``)
        return [" | ".join(columns)]  # a row whose cells' words wrap over its lines
    cells = [cell for row in rows for cell in row if cell]
    if len(cells) == 2 and _labelish(cells[0]) and not _labelish(cells[1]):
        return [f"{cells[0]}: {cells[1]}"]  # a label over its value in one box
    if sum(bool(_BOXED_FIELD.match(cell)) and (_labelish(label := cell.partition(":")[0]) or _lone_label(label))
           for cell in cells) >= 2:
        return cells  # a form's frame round its fields, each on its line (``| Position Title: Director, X``)
    words: list[str] = []  # a title wrapped over a box's lines (``Manager, Port State`` / ``Control``): one
    for cell in cells:
        wrapped = words and not re.search(r"[0-9]", words[-1] + cell) \
            and ("," in words[-1] or _OPEN_END.search(words[-1]) or cell[:1].islower()
                 or _LONE_ROLE_WORD.fullmatch(words[-1]) and role_start(fold(f"{words[-1]} {cell}")))
        words[-1:] = [f"{words[-1]} {cell}"] if wrapped else words[-1:] + [cell]
    titled = [" / ".join(in_both_languages(title)) if ":" not in title and role_start(fold(title)) else title
              for title in words]  # a bilingual chart's box: "Manager, Intake" over "Gestionnaire, Réception"
    return ["\u2022 " + " - ".join(titled)]


_BOXED_FIELD = re.compile(r"[^:|]{2,80}:(?:[ \t]|$)")
"""A line of a box that is a form's field, its label and colon (its value after it, or none yet)."""
_LONE_ROLE_WORD = re.compile(r"(?i:executive|senior|regional|assistant|associate|deputy|chief|principal|acting)")
"""A title's first word a narrow box set on a line of its own (``Executive`` / ``Director, Client Contact Centres``)."""


_CODED = re.compile(rf"\(\s*{repair.CODE.pattern}\s*\)")
"""A box of a chart that names a position: its title, then its classification in parentheses."""
_CHART_NUMBER = re.compile(r"\s*\[([0-9OIl]{3,8})\]\s*$")


_REPORTS_TO_FIELD = "Reports to / Relève de: "
"""The field a chart's supervisor's box is made, named in the two languages (the document's is not known yet)."""


def _chart_top(out: list[str], above: int | None) -> None:
    """The top of a tree drawn as an org chart: the position's own box (``Director, X (EX-01)``),
    and above it, hung by a connector, its supervisor's (``Director General, Y (EX-03) [90000]``):
    the supervisor made a ``Reports to:`` field, and the chart a section of its own if no heading
    opens it (both named in the two languages: the document's is not known yet)."""
    top = len(out) - 1
    if above == top - 1 and _CODED.search(out[above]) and not out[above].startswith("\u2022"):
        out[above] = _REPORTS_TO_FIELD + _CHART_NUMBER.sub(r", position \1", out[above].strip())
    before = next((line for line in reversed(out[:top]) if line.strip(" \t=_-~*")), "")
    if not _heading_line(before):
        out.insert(top, "ORGANIZATION CHART / ORGANIGRAMME")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


_PAIR = re.compile(r"^(?P<first>[^:\n]{1,80}?):[ \t]+(?P<second>[^\n]{1,200}?)[ \t]*$")


_PAGE_FURNITURE = re.compile(r"[ \t]*(?:(?:page|p\.)[ \t]*\d{1,3}[ \t]*(?:of|de|/)[ \t]*\d{1,3}|-[ \t]*\d{1,3}[ \t]*-"
                             r"|(?:TBS|SCT|GC)(?:[ \t]*/[ \t]*(?:SCT|TBS))?[ \t]*\d{2,5}[A-Z]?"
                             r"(?:[ \t]*\([^()\n]{1,20}\))?|[0-9][ \t]*/[ \t]*[0-9]"
                             r"|[A-Z][A-Za-z]{1,10}(?:-[A-Z]{2,5})?-[0-9]{3,5}[A-Z]?[ \t]*\([0-9]{2,4}[/-][0-9]{2}\)"
                             r"|(?:protected|prot[ée]g[ée])[ \t]+[ABC]"
                             r"(?:[ \t]+\(?(?:when completed|une fois rempli\w*)\)?)?"
                             r"|[^\n]{0,40}\bFROM[ \t]*:[^\n]{0,80}?(?:PAGE|P\.)[ \t]*[0-9OIlSZ]{1,2}[ \t]*/[ \t]*"
                             r"[0-9OIlSZ]{1,2}[^\n]{0,20}"
                             r"|\[?(?:(?:stamp|estampille)[ \t]*:[ \t]*)?(?:re[çc]u[ \t]*/[ \t]*)?(?:received|re[çc]u)"
                             r"[ \t]+[A-Z0-9][^\n]{2,40}?\]?"
                             r"|[0-9OIlSbZ]{1,2}/[0-9OIlSbZ]{1,2}/[0-9OIlSbZ]{2,4},?[ \t]+[0-9OIlSZ]{1,2}:[0-9OIlSZ]{2}"
                             r"(?:[ \t]*[AP]\.?M\.?)?(?:[ \t]{2,}[^\n]{1,120})?"
                             r"|(?:https?://|www\.)\S+[ \t]+[0-9OIlSZ]{1,3}[ \t]*/[ \t]*[0-9OIlSZ]{1,3})"
                             r"[ \t]*", re.IGNORECASE)
"""A page's number (``Page 2 of 3``, ``- 2 -``, ``1 / 2``), a browser's printed header and footer (``3/16/24,
10:29 AM    Director, X - HR Portal``, ``https://intranet.example/wd/47821.html    1/2``), a fax's header (``FROM:
HR SERVICES  613 555 0199   PAGE 02/05   14:32``) or a received stamp (``RECEIVED MAR 12 2019``, ``REÇU / RECEIVED
2022-07-18T12:32:00``), its form's (``TBS/SCT 3252E (88/10)``, ``GC 110 (Rev. 96/03)``, a department's
``ISED-GEN-0417 (2018/06)``) or its security marking (``Protected B when completed``) on a line of its own."""
SIDEWAYS = 6


def _without_page_furniture(lines: list[str]) -> list[str]:
    """Lines without page and form numbers (``Page 2 of 3``; a typed page's ``1``, ``2``...
    alone), nor a stamp's date read sideways (``2``, ``0``, ``0``, ``3``... a character a line,
    ``SIDEWAYS`` lines or more): what a scan keeps of the paper between a form's labels and
    values, or a table's rows. After a page's number, the next page's running header, its
    ``(continued)`` and a table's header row repeated go too: the table's rows run on."""
    out: list[str] = []
    single = 0  # lines of one character just before this one
    numbers = _page_numbers(lines)
    top = {line.strip() for line in lines[:_RUNNING_HEADER_LINES] if line.strip()}
    turned = False  # a page was turned, and nothing of the new page's own text is read yet
    blanks: list[str] = []  # the blank lines since, kept unless the page's header follows them
    for at, line in enumerate(lines):
        if _PAGE_FURNITURE.fullmatch(line) or at in numbers:
            turned = bool(out)
            continue
        if turned and not line.strip():
            blanks.append(line)
            continue
        if turned and (line.strip() in top or _CONTINUED.fullmatch(line) or _repeated_header(line, out)):
            blanks = []
            continue
        if blanks:
            out.extend(blanks)
            single = 0
        turned, blanks = False, []
        single = single + 1 if len(line.strip()) == 1 else 0
        out.append(line)
        if single == SIDEWAYS:
            del out[-SIDEWAYS:]
        elif single > SIDEWAYS:
            out.pop()
    return out


_RUNNING_HEADER_LINES = 3
"""A page's running header repeats one of the document's first lines (its department's name)."""
_CONTINUED = re.compile(r"[ \t]*\(?(?:continued|cont'd|suite)\)?[ \t]*", re.IGNORECASE)


def _repeated_header(line: str, above: list[str]) -> bool:
    """A table's header row a new page repeats (``Position    Group/Level    FTEs``, as above it)."""
    return len(_GUTTER.findall(line)) >= 2 and not re.search(r"[0-9]", line) and line.strip() in map(str.strip, above)


def _page_numbers(lines: list[str]) -> set[int]:
    """The lines that are a typed page's number alone (``1``, then ``2``...): numbers alone on
    their lines that count the pages up from 1 or 2, two at least; or three at least among other numbers alone (a
    slide's figures, ``49`` over ``FTEs in total``), more than twice as many as those."""
    alone = [(at, int(line)) for at, line in enumerate(lines) if re.fullmatch(r"[ \t]*[0-9]{1,2}[ \t]*", line)]
    counted: list[tuple[int, int]] = []
    for at, number in alone:
        if number == counted[-1][1] + 1 if counted else number in (1, 2):
            counted.append((at, number))
    others = len(alone) - len(counted)
    paged = len(counted) >= 2 and not others or len(counted) >= 3 and len(counted) > 2 * others
    return {at for at, _ in counted} if paged else set()


def _noise(line: str) -> bool:
    """A line of marks that make no word (``..,, ;' -~ r/ 7 ,``, ``/ll ~ ' ^ .. ,;``): handwriting
    or a stamp's edge read as characters. A number alone is none."""
    marks = len(re.findall(r"[^\w\s]", line))
    return marks > 0 and not re.search(r"\w{3}", line) and (not re.search(r"\w{2}", line) or
                                                           marks > len(re.findall(r"\w", line)))


_STAMP = re.compile(r"[ \t]*(?:approved|approuve|received|recu|classified|classifie|classification section|"
                    r"section de la classification)\b[ \t0-9./-]*", re.IGNORECASE)
"""A stamp's words on a line of their own, with its date or not (``CLASSIFIED   1999-11-11``)."""
COLUMN_LABELS = 4
FORM_LABELS = 5
"""Labels hrkit knows, at least, over a flattened form's values."""


def _columns_read(lines: list[str]) -> list[str]:
    """A form's table read column by column (a scan of an old form): its labels one a line, four
    or more, then its values one a line in the same order (``Working Title`` / ``Group & Level``
    ... / ``Field Unit Superintendent, Banff`` / ``EX-02``...); and a table of direct reports read
    the same way, a column's header over its cells (``Position`` / titles / ``Group and Level`` /
    codes / ``FTEs`` / counts). Stamps and scribbles between them are dropped."""
    out: list[str] = []
    taken: set[int] = set()  # a values' block read with labels above it, after the page's prose
    index = 0
    while index < len(lines):
        if index in taken:
            index += 1
            continue
        read = _label_column(lines, index, taken) or (_report_columns(lines, index) or _report_cells(lines, index)
                                                      if _column_header(lines[index]) else None)
        if read is None:
            out.append(lines[index])
            index += 1
            continue
        rows, index = read
        out += rows
    return out


def _skipped(line: str) -> bool:
    return not line.strip() or _noise(line) or bool(_STAMP.fullmatch(line))


def _column_label(line: str) -> bool:
    line = re.sub(r"[ \t]*:[ \t]*$", "", line)  # "Job Title:" alone: pdftotext's labels, their values after them all
    return bool(line.strip()) and ":" not in line and len(line.split()) <= 6 and not re.search(r"[0-9]", line) \
        and not _STAMP.fullmatch(line) and _labelish(line.strip())


def _label_column(lines: list[str], start: int, taken: set[int]) -> tuple[list[str], int] | None:
    """``label: value`` rows of a form read column by column from ``start``, and the line after
    them. The first label may be one hrkit cannot name (``Field``), the others it can. A PDF's text
    layer may give the values after the page's prose (a form's fields flattened): a block of them
    further on, every value of its label's kind and three labels or more naming a kind only a value
    has (a number, a code, a date, a place), all but one of those filled, is theirs (its lines added
    to ``taken``)."""
    first = lines[start].strip()
    unnamed = bool(re.fullmatch(r"[A-ZÀ-Ý][^\W\d_]+(?: [^\W\d_]+)?", first)) and not _heading_line(first)
    labels: list[str] = []
    named = 0  # labels hrkit can name
    index = start
    while index < len(lines) and lines[index].strip():
        label = _column_label(lines[index])
        if not (label or index == start and unnamed or labels and _skipped(lines[index])):
            break
        if label or index == start:
            labels.append(lines[index].strip().rstrip(": \t"))
            named += label
        index += 1
    if named < COLUMN_LABELS:
        return None
    values = _column_values(lines, index, labels)
    if values is not None:
        return [f"{label}: {value}" for label, value in zip(labels, values[0]) if value], values[1]
    typed = [at for at, label in enumerate(labels) if _field_named(label) in _VALUE_KINDS]
    for later in range(index, len(lines)) if len(typed) >= 3 else ():
        values = _column_values(lines, later, labels) if lines[later].strip() and not _skipped(lines[later]) else None
        if values and sum(not values[0][at] for at in typed) <= 1 \
                and all(_of_kind(label, value) for label, value in zip(labels, values[0]) if value):
            taken.update(range(later, values[1]))  # each value of a kind a label names there, but a blank one
            return [f"{label}: {value}" for label, value in zip(labels, values[0]) if value], index
    return None


def _column_values(lines: list[str], start: int, labels: list[str]) -> tuple[list[str], int] | None:
    """The values of a form's labels read column by column, one a line from ``start`` (a title open
    at a line's end going on on the next), each of its label's kind but one in four, no level (a
    Word content control's placeholder an empty value), and the line after them."""
    values: list[str] = []
    index = start
    while index < len(lines) and len(values) < len(labels):
        line = lines[index]
        if not _skipped(line):
            if _any_label(line) or _heading_line(line) or len(line.split()) > 12:
                return None
            if values and _OPEN_END.search(values[-1]) and re.match(r"[ \t]*[a-zà-ÿ]", line):
                values[-1] += f" {line.strip()}"  # "Directeur exécutif régional, X et" / "des Inuits, Alberta"
            else:
                values.append("" if _PLACEHOLDER.fullmatch(line.strip()) else line.strip())
        index += 1
    # a second label naming one field names another ("Group and level", then "Group": an organization's)
    named = [_field_named(label) for label in labels]
    wrong = [label for at, (label, value) in enumerate(zip(labels, values))
             if value and named[at] not in named[:at] and not _of_kind(label, value)]
    if len(values) < len(labels) or len(wrong) > len(labels) // COLUMN_LABELS \
            or any(_VALUE_KINDS.get(_field_named(label)) == "code" for label in wrong):
        return None  # one value in four may be written as hrkit cannot tell its kind ("Vancouver, B.C."), no level
    return values, index


_PLACEHOLDER = re.compile(r"(?:click or tap here to enter text|cliquez ou appuyez ici pour entrer du texte|"
                          r"click here to enter text|cliquez ici pour taper du texte|choose an item|"
                          r"choisissez un [ée]l[ée]ment)\.?", re.IGNORECASE)
"""A Word content control's text while it is empty (``Click or tap here to enter text.``): no value."""


def _report_columns(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """A table of direct reports from ``start`` read column by column, as its rows (``title | code
    | count`` under its header), and the line after it. A page's break inside the titles' column
    (its footer, the next page's header) is none of its cells."""
    columns: list[tuple[str, list[str]]] = []
    broken: set[int] = set()  # the columns a page's break went through
    index = start
    while index < len(lines) and len(columns) < 3 and _column_header(lines[index]):
        header, cells = lines[index].strip(), []
        index += 1
        while index < len(lines) and not (cells and _column_header(lines[index])):
            if _column_header(lines[index]):
                return None  # "Poste du supérieur" / "Titre du supérieur": a row of labels, no column
            if not lines[index].strip() and cells:
                seen = {header, *(h for h, _ in columns)}  # the next page's header repeating this one's: a table's end
                if not any(_column_header(line) and line.strip() not in seen
                           for line in lines[index + 1: index + _PAGE_BREAK_LINES]):
                    break
                broken.add(len(columns))
            if _heading_line(lines[index]):
                break
            if lines[index].strip() and not _skipped(lines[index]):
                cells.append(lines[index].strip())
            index += 1
        columns.append((header, cells))
    found = report_header([h for h, _ in columns]) if len(columns) >= 2 else None
    if found is None:
        return None
    title, cells = columns[found["title"]]
    others = {len(column) for at, (_, column) in enumerate(columns) if at != found["title"]}
    if found["title"] in broken and len(others) == 1 and len(cells) > min(others):  # a page's footer and header
        columns[found["title"]] = (title, [cell for cell in cells if role_word(fold(cell)) and not _labelish(cell)])
    sizes = {len(cells) for _, cells in columns}
    if len(sizes) != 1 or min(sizes) < 2:
        return None  # a column of one cell: a label over its value ("Poste du supérieur" / "00035100")
    rows = [" | ".join(cells[row] for _, cells in columns) for row in range(sizes.pop())]
    return [" | ".join(h for h, _ in columns), *rows], index


_PAGE_BREAK_LINES = 6
"""How far past a blank line a column of cells may go on, after a page's footer and the next one's header."""


def _report_cells(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """A table of direct reports from ``start`` read cell by cell: its column headers one a line
    (``Position`` / ``Group/Level`` / ``FTEs``), then each row's cells one a line; as its rows
    (``title | code | count``), and the line after it. A row whose code or count is not one ends it."""
    headers: list[str] = []
    index = start
    while index < len(lines) and len(headers) < 4 and _column_header(lines[index]):
        headers.append(lines[index].strip())
        index += 1
    columns = report_header(headers) if len(headers) >= 2 else None
    if columns is None:
        return None
    rows: list[str] = []
    row: list[str] = []
    row_start = index
    while index < len(lines) and not _heading_line(lines[index]):
        line = lines[index].strip()
        index += 1
        if _skipped(line):
            continue
        column = len(row)
        row_start = index - 1 if not row else row_start
        if column == columns.get("code") and columns.get("count") == column + 1 and _COUNT_CELL.fullmatch(line):
            row.append("")  # "Financial Officer" / "1": a row without its classification
            column += 1
        if column == columns.get("code") and not repair.CODE.fullmatch(line) \
                or column == columns.get("count") and not _COUNT_CELL.fullmatch(line) \
                or column == columns["title"] and (repair.CODE.search(line) or _any_label(line)):
            index -= 1
            break
        row.append(line)
        if len(row) == len(headers):
            rows.append(" | ".join(row))
            row = []
    return ([" | ".join(headers), *rows], row_start if row else index) if rows else None


_COUNT_CELL = re.compile(r"[0-9OIl]{1,4}(?:\.[0-9])?")


def _column_header(line: str) -> bool:
    """``Position``, ``Group and Level``, ``ETP``: a word heading a column of direct reports."""
    return ":" not in line and 0 < len(line.split()) <= 4 and not _skipped(line) and not repair.CODE.search(line) \
        and any(column.match(fold(line.strip())) for column in REPORT_COLUMN.values())


def _stacked_pairs(lines: list[str]) -> list[str]:
    """A Word table of two columns whose labels stand over their values, two by two (``Poste no |
    Niveau du poste`` / ``DEC-01340 | EX-01``): read as ``label: value`` rows, its rows pair a
    label with the label beside it (``Poste no: Niveau du poste``). Each label gets the value
    under it where two such pairs of rows or more follow each other: the second of a row is a
    label, the next row holds none, and the value under that label is of its kind (a
    classification under ``Niveau``, a date under ``Date``)."""
    stacked = [index + 1 < len(lines) and _stacked(lines[index], lines[index + 1]) for index in range(len(lines))]
    out: list[str] = []
    index = 0
    while index < len(lines):
        if stacked[index] and (index >= 2 and stacked[index - 2] or index + 2 < len(lines) and stacked[index + 2]):
            labels, values = _PAIR.match(lines[index]), _PAIR.match(lines[index + 1])
            out += [f"{labels['first']}: {values['first']}", f"{labels['second']}: {values['second']}"]
            index += 2
            continue
        out.append(lines[index])
        index += 1
    return out


def _stacked(first: str, second: str) -> bool:
    labels, values = _PAIR.match(first), _PAIR.match(second)
    return bool(labels and values and _labelish(labels["second"]) and not _any_label(values["first"])
                and not _labelish(values["second"]) and _of_kind(labels["second"], values["second"]))


def _field_named(label: str) -> str | None:
    """The field a label names: a phrase hrkit knows, else one named from its words."""
    folded = fold(label.strip(" :"))
    return _which("label", folded)[0] or guess_label(folded)


def _of_kind(label: str, value: str) -> bool:
    """Is ``value`` of the kind the field ``label`` names holds (any text for a title)?"""
    kind = _VALUE_KINDS.get(_field_named(label), "text")
    if kind in ("number", "id"):  # "DEC-01340", "NT-2200": a department's numbers may have letters
        return bool(re.fullmatch(r"[\w-]*[0-9][\w-]*", value.strip()))
    return kind == "text" or _value_end(kind, value, 0, None) is not None


def _label_rows(lines: list[str]) -> list[str]:
    """A form's labels on one line and their values on the next, set apart by single spaces (a
    scan read row by row: ``Job Title Classification Level Job Number`` / ``Director, X EX01
    209620``): one ``label: value`` line each, each value found by its kind (a code, a number, a
    date, a place ending with its province, words up to the next value)."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        names = _label_row(lines[index]) if index + 1 < len(lines) else None
        values = _row_values(names, lines[index + 1]) if names else None
        if values is None:
            out += _labels_then_values(lines[index]) or [lines[index]]
            index += 1
            continue
        out += [f"{label}: {value}" for label, value in values]
        index += 2
    return out


def _labels_then_values(line: str) -> list[str] | None:
    """A row of a form's boxes a scan read as one line, its labels first and then their values
    (``Position Title | Classification | Position Number | Director, X | EX-OI | 2S124``, ``Job Title
    Position Level Regional Director, Benefits Processing EX01``): one ``label: value`` line each,
    each value of its label's kind."""
    text = line.strip().lstrip("-").strip(" |")
    if ":" in text or len(text) > 300:
        return None
    cells = [cell.strip() for cell in re.split(r"[ \t]*\|[ \t]*| {2,}", text)]
    half = len(cells) // 2
    if len(cells) >= 4 and len(cells) % 2 == 0 and all(_any_label(cell) for cell in cells[:half]) \
            and not any(_labelish(cell) for cell in cells[half:]):
        pairs = list(zip(cells[:half], cells[half:]))
    else:
        text = " ".join(text.split())
        folded, names, at = fold(text), [], 0
        while known := _ROW_LABEL.match(folded, at):
            names.append((_field_named(known[1]), text[at:known.end()].strip(" :")))
            at = known.end()
        if len(names) < 2 or not all(name for name, _ in names):
            return None
        pairs = _row_values(names, text[at:].strip())
    if not pairs or not all(value and (_of_kind(label, value) or _field_named(label) == "location")
                            for label, value in pairs):
        return None  # a place set apart needs no province ("Ottawa")
    return [f"{label}: {value}" for label, value in pairs]


def _label_row(line: str) -> list[tuple[str, str]] | None:
    """(field, label as written) of each label on a line of labels alone, three or more; labels
    hrkit has no phrase for named from their words; None for any other line."""
    folded = fold(line.rstrip())
    if ":" in folded.rstrip(" :") or len(folded.split()) < 4 or len(folded) > 400 or not _ROW_LABEL.match(folded):
        return None  # a row of labels starts with one hrkit knows
    if 2 * sum(m.end() - m.start() for m in _ROW_LABEL.finditer(folded)) < len(folded.strip()):
        return None  # and they make at least half of it
    out: list[tuple[str, str]] = []
    at = len(folded) - len(folded.lstrip())
    while at < len(folded):
        known = _ROW_LABEL.match(folded, at)
        if known:
            name = _which("label", known[1])[0] or _which("label", known[1].split(" of ")[0])[0]
            end = known.end()
        else:
            following = _ROW_LABEL.search(folded, at)
            end = following.start() if following else len(folded)
            guessed = _guessed_row_labels(line[at:end])
            if guessed is None:
                return None
            out += guessed
            at = end + (len(folded[end:]) - len(folded[end:].lstrip()))
            continue
        out.append((name, line[at:end].strip(" :")))
        at = end + (len(folded[end:]) - len(folded[end:].lstrip()))
    names = [name for name, _ in out]
    if not all(names) or any(names.count(n) > 1 for n in names):
        return None
    return out if len(out) >= 3 else None


def _guessed_row_labels(words: str) -> list[tuple[str, str]] | None:
    """Labels hrkit has no phrase for between two it knows: one (``Duty Station``) or two
    (``Job ID Position Reference Number``, split where both halves name a field, as evenly as
    may be)."""
    whole = guess_label(fold(words.strip(" :")))
    split = words.split()
    halves = sorted(((min(k, len(split) - k), " ".join(split[:k]), " ".join(split[k:])) for k in range(1, len(split))),
                    reverse=True)
    for _, left, right in halves:
        names = guess_label(fold(left)), guess_label(fold(right))
        if all(names) and names[0] != names[1] and (whole is None or len(split) > 3):
            return [(names[0], left), (names[1], right)]
    return [(whole, words.strip(" :"))] if whole else None


_VALUE_KINDS = {"classification": "code", "supervisor_classification": "code", "position_number": "number",
                "supervisor_number": "number", "job_code": "id", "effective_date": "date", "location": "place"}
_PROVINCE_NAME = re.compile(r"(?:,[ \t]*|[ \t]+\(|[ \t]+)(?:" + "|".join(
    sorted((re.escape(p) for p in repair.PROVINCES if len(p) > 3), key=len, reverse=True)) + r")\)?(?=\s|$)")
_PROVINCE_CODE = re.compile(r"(?:,[ \t]*|[ \t]+\(|[ \t]+)(?:" + "|".join(sorted(set(repair.PROVINCES.values())))
                            + r")\)?(?=\s|$)")


def _province(line: str, start: int) -> re.Match | None:
    """The first province named (``, Ontario``, `` (Québec)``, `` AB``) at or after ``start``."""
    found = [m for m in (_PROVINCE_NAME.search(fold(line), start), _PROVINCE_CODE.search(line, start)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def _row_values(names: list[tuple[str, str]], line: str) -> list[tuple[str, str]] | None:
    """Each label with its value in ``line``, or None if the values do not fit the labels."""
    out: list[tuple[str, str]] = []
    at = 0
    for index, (name, label) in enumerate(names):
        at += len(line[at:]) - len(line[at:].lstrip())
        end = _value_end(_VALUE_KINDS.get(name, "text"), line, at,
                         names[index + 1][0] if index + 1 < len(names) else None)
        if end is None or end <= at:
            return None
        out.append((label, line[at:end].strip()))
        at = end
    return out if not line[at:].strip() else None


def _value_end(kind: str, line: str, at: int, following: str | None) -> int | None:
    """Where a value of ``kind`` starting at ``at`` ends."""
    rest = line[at:]
    if kind == "code":
        found = repair.CODE.match(rest)
        return at + found.end() if found else None
    if kind in ("number", "id"):
        found = re.match(r"[0-9OoIlSB|]{3,9}(?=\s|$)" if kind == "number" else r"[\w-]*[0-9][\w-]*(?=\s|$)", rest)
        return at + found.end() if found else None
    if kind == "date":
        read = repair.date(rest)
        return at + rest.find(read[2]) + len(read[2]) if read else None
    if kind == "place":
        province = _province(line, at)
        return province.end() if province else None
    if following is None:
        return len(line)
    starts = [at + m.start() for m in re.finditer(r"(?<=\s)\S", rest)] + [len(line)]
    for start in starts:  # words up to where the next value begins
        if _VALUE_KINDS.get(following) == "place":
            province = _province(line, start)
            if province and line.rfind(" ", 0, province.start()) + 1 == start:
                return start  # a place's one word before its province
        elif following in _VALUE_KINDS and _value_end(_VALUE_KINDS[following], line, start, None) is not None:
            return start
    return None  # words followed by words: where one ends is not known


_GUTTER = re.compile(r"(?<=\S) {3,}(?=\S)")
_WORD = re.compile(r"[^\W\d_]{2,}")
COLUMN_LINES = 3
"""Lines with text in the right column, at least: a page laid out in two columns."""


GRID_COLUMNS = 4
"""A form's grid as pdftotext ``-layout`` keeps it: a label's column, its values', another label's, its values'."""


def _form_grid(lines: list[str]) -> list[str]:
    """A form laid out in a grid of two label-and-value pairs a line, each label and value wrapped
    inside its column (``Position Title (English) Director, Citizen Services,   Position Title
    (French)  Directrice, ...`` / ``/ Titre du poste         Atlantic   ...`` / ``(anglais):``): one
    ``label: value`` line each, the left pair's, then the right's. A label ends at its colon."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and lines[end].strip():
            end += 1
        read = _grid_fields(lines[index:end]) if end - index >= 3 else None
        out += (read or lines[index:end]) + lines[end:end + 1]  # and the blank line after the block
        index = end + 1
    return out


def _grid_fields(block: list[str]) -> list[str] | None:
    """A block's ``label: value`` lines when its text starts at four columns' edges, no word across one."""
    starts: dict[int, int] = {}
    for line in block:
        for run in re.finditer(r"(?:^|(?<= {2}))[ \t]*(\S)", line):
            starts[run.start(1)] = starts.get(run.start(1), 0) + 1
    columns: list[int] = []
    for at in sorted(at for at, count in starts.items() if count >= 2):
        if not columns or at - columns[-1] > 1:
            columns.append(at)
    if len(columns) != GRID_COLUMNS:
        return None
    rows = []
    for line in block:
        cuts = columns[1:]
        if any(cut < len(line) and line[cut - 1] != " " for cut in cuts):
            return None  # words across a column's edge: no grid
        bounds = [0, *cuts, max(len(line), cuts[-1])]
        rows.append([line[a:b].strip() for a, b in zip(bounds, bounds[1:])])
    out: list[str] = []
    for pair in (0, 2):
        fields: list[list[str]] = []
        for cells in rows:
            label, value = cells[pair], cells[pair + 1]
            if label and (not fields or fields[-1][0].endswith(":")):
                fields.append([label, ""])
            elif label:
                fields[-1][0] += f" {label}"
            if value and not fields:
                return None
            if value:
                fields[-1][1] = f"{fields[-1][1]} {value}".strip()
        if len(fields) < 2 or not all(label.endswith(":") for label, _ in fields) \
                or 2 * sum(bool(_field_named(label)) for label, _ in fields) < len(fields):
            return None
        out += [f"{label.rstrip(': ')}: {value}" for label, value in fields if value]
    return out


def _side_by_side(lines: list[str]) -> list[str]:
    """A page's two columns set side by side (a scan or a PDF read with its layout kept, or across
    a rule drawn between them): the left column's lines, then the right column's. A form (labels on the left, values on the right) and
    a table (short cells on the right) are not columns and stay as they are."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        ruled = _ruled_columns(lines, index)
        cuts = None if ruled else _column_split(lines, index)
        if ruled:
            halves, used = ruled
        elif cuts:
            halves, used = _halves(lines[index:index + len(cuts)], cuts), len(cuts)
        else:
            out.append(lines[index])
            index += 1
            continue
        for column in halves:
            out += _unwrapped(column, column=True)
        index += used
    return out


_LABEL_WORDS_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[^\s:()]+ ){0,4}[^\s:()]+)[ \t]*:")


def _two_headings(lines: list[str]) -> list[str]:
    """Two columns a scan read across under two headings on one line (``2. Organization :   3.
    Resources Managed :``), each line of the right column a figure run on after the left's text
    (``... report to the incumbent: Employees : 80``): the left heading and column, then the right."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        gaps = [g for g in _GUTTER.finditer(lines[index])
                if _two_sections(lines[index][:g.start()], lines[index][g.end():])]
        if not gaps:
            out.append(lines[index])
            index += 1
            continue
        lefts, rights = [lines[index][:gaps[0].start()].strip()], [lines[index][gaps[0].end():].strip()]
        index += 1
        while index < len(lines) and lines[index].strip() and not _heading_line(lines[index]):
            cut = _figure_start(lines[index])
            lefts.append(lines[index][:cut].rstrip())
            if cut < len(lines[index]):
                rights.append(lines[index][cut:].strip())
            index += 1
        out += [line for line in lefts if line] + rights
    return out


def _two_sections(left: str, right: str) -> bool:
    """Headings of two sections (not one section's in both languages, a bilingual page's)."""
    found = [_HEADING_LINE.fullmatch(fold(side.strip())) for side in (left, right)]
    return all(found) and len({_which("heading", heading[1].split("/")[0].strip())[0] for heading in found}) == 2


def _figure_start(line: str) -> int:
    """Where a dimension's ``label: value`` starts on a line (after the other column's text, or
    at its start), or the line's end."""
    for found in _LABEL_WORDS_BEFORE.finditer(line):
        words = found[1].split()
        for count in range(len(words), 0, -1):
            label = " ".join(words[-count:])
            if _dimension_label(label):  # "(EX-1, 21 FTEs) Budget de F et E:": all its words after the
                before = line[:found.start(1)].rstrip()  # other column's text ends, the label's
                return found.start(1) if not before or before[-1] in "):;." else found.end(1) - len(label)
    return len(line)


_RULE = re.compile(r"(?:(?<=\S) |^[ \t]*)\|(?: (?=\S)|[ \t]*$)")


def _ruled_columns(lines: list[str], start: int) -> tuple[tuple[list[str], list[str]], int] | None:
    """A page's two columns a scan read across the rule drawn between them (``left words | right
    words``, the rule drifting from line to line, a side empty where its column is), from line
    ``start``: the left column's text and the right one's (the one whose text ran on last may go on
    below the rule's end), and how many lines they took. A column of runs of fields (``Level: EX 01
    Job Code: 5027``) is one run; any other keeps its lines, a form's wrapped values joined too."""
    lefts: list[str] = []
    rights: list[str] = []
    going_on = lefts
    index = start
    while index < len(lines) and lines[index].count("|") == 1 and _RULE.search(lines[index]) \
            and (lines[index].strip() != "|" or index > start):  # a side may be empty, or both
        left, right = (side.strip() for side in _RULE.split(lines[index]))
        lefts += [left] if left else []
        rights += [right] if right else []
        going_on = lefts if left else rights if right else going_on  # the column whose text went on last
        index += 1
    if len(rights) < COLUMN_LINES or not _columns(lefts, rights):
        return None
    while index < len(lines) and lines[index].strip() and "|" not in lines[index] and not _heading_line(lines[index]):
        going_on.append(lines[index].strip())  # a column goes on below the rule's end
        index += 1
    return tuple([_one_run(column)] if any(segment.count(":") > 1 for segment in column)
                 else _unwrapped(column, column=True, ruled=True) for column in (lefts, rights)), index - start


COLUMN_DRIFT = 6
"""How far a scan's right column may stray from where it began, in characters."""


def _column_split(lines: list[str], start: int) -> list[int] | None:
    """Where each line of a block of two columns beginning at line ``start`` is cut (the right
    column's first character), if they do; the right column may drift a little, as a scan's does."""
    for gutter in _GUTTER.finditer(lines[start]):
        column = gutter.end()
        cuts: list[int] = []
        last = start
        while start + len(cuts) < len(lines):
            cut = _cut_at(lines[start + len(cuts)], column)
            if cut is None:
                break
            if lines[start + len(cuts)][cut:].strip():
                last = start + len(cuts)
            cuts.append(cut)
        while last + 1 < start + len(cuts) and lines[last + 1].strip() and not _heading_line(lines[last + 1]):
            last += 1  # the left column goes on below the right one's end
        cuts = cuts[: last + 1 - start]
        if any(_boxes_labels(line) for line in lines[start:last + 1]):
            return None  # a form's boxes, labels over values: no page's columns
        lefts, rights = _halves(lines[start:last + 1], cuts)
        if len(rights) >= COLUMN_LINES and _columns(lefts, rights):
            return cuts
    return None


def _boxes_labels(line: str) -> bool:
    """``Position title:      Classification Level:      Position #:``: a row of a form's boxes' labels."""
    cells = _BOX_GAP.split(line.strip())
    return len(cells) >= 2 and all(cell.endswith(":") and _labelish(cell) for cell in cells)


def _halves(block: list[str], cuts: list[int]) -> tuple[list[str], list[str]]:
    """A block's left column's lines and its right column's, each line cut where ``cuts`` say."""
    return ([line[:cut].strip() for line, cut in zip(block, cuts) if line[:cut].strip()],
            [line[cut:].strip() for line, cut in zip(block, cuts) if line[cut:].strip()])


def _cut_at(line: str, column: int) -> int | None:
    """Where ``line`` divides into the columns, or None if it crosses the gutter: blank, left of
    the gutter, right of it, or split by a gap of two spaces or more near it."""
    left = line[:column].rstrip()
    if not left:
        return column
    if len(left) <= column - 2 and (len(line) <= column or line[column - 1] == " "):
        return column
    near = [m.end() for m in _ALIGNED_GAP.finditer(line) if abs(m.end() - column) <= COLUMN_DRIFT]
    return min(near, key=lambda at: abs(at - column)) if near else None


def _columns(lefts: list[str], rights: list[str]) -> bool:
    """Two columns of text, not a form (labels on the left) or a table (a cell per row): neither
    side mostly labels alone, and one side's sentences (lines of words) wrapped from line to line,
    the other holding words too (it may be a small table of amounts beside a column of prose)."""
    def labels(segments: list[str]) -> int:
        return sum(segment.endswith(":") or _lone_label(segment) for segment in segments)

    if len(lefts) >= COLUMN_LINES and sum(not _sheet_label(segment) for segment in lefts) <= len(lefts) // 10:
        return False  # a sheet printed as labels beside their values, a value wrapping under itself (an abbreviated
        # label hrkit cannot name, one in ten, allowed: "Dept")

    def stacked(segments: list[str]) -> bool:  # a column of labels each over its value: a form's column, beside text
        named = [at for at, segment in enumerate(segments) if segment.endswith(":") or _lone_label(segment)]
        return len(named) >= COLUMN_LINES and all(at + 1 < len(segments) and at + 1 not in named for at in named)

    def prose(segments: list[str]) -> bool:
        return 2 * sum(len(_WORD.findall(segment)) >= _PROSE_WORDS for segment in segments) > len(segments)

    many = [3 * labels(side) > len(side) for side in (lefts, rights)]
    if many[0] and not (stacked(lefts) and prose(rights)) or many[1] and not (stacked(rights) and prose(lefts)):
        return False  # a form, unless one side's labels stand each over its value beside the other side's prose
    return any(len(_unwrapped(one)) < len(one) and sum(len(_WORD.findall(s)) >= 3 for s in one) >= 2
               and sum(len(_WORD.findall(s)) for s in other) >= 4 for one, other in ((lefts, rights), (rights, lefts)))


def _sheet_label(segment: str) -> bool:
    """A printed sheet's left column: a label without its colon (``Eff. Date``, ``Reports To - Level``), a section's
    heading, a row's number."""
    return ":" not in segment and (_labelish(segment) or _heading_line(segment) or segment.isdigit()
                                   or label_of(fold(segment)) is not None)


def _field_line(line: str) -> bool:
    """``Lieu de travail : Gatineau``: a label hrkit knows or can name, a colon, a value."""
    label = re.match(r"\s*([^:\n]{2,40}?)\s*:", line)
    return bool(label) and (_lone_label(label[1]) or guess_label(fold(label[1])) is not None)


def _unwrapped(segments: list[str], *, column: bool = False, ruled: bool = False,
               width: int | None = None) -> list[str]:
    """Lines with each sentence wrapped over lines made one line again (a line that ends with a
    comma, or goes on in lower case or with a parenthesis on the next, unless with a label (not after a line cut
    after its article: ``... report directly to the`` / ``incumbent:``); in a
    column of a page, any line of words that ends no sentence, unless a heading or a bullet follows;
    in a text wrapped at ``width`` columns, a line the next one's first word would not have fitted on;
    ``full-`` / ``time``: ``full-time``; ``mai-`` / ``ntenance``: ``maintenance``); a table's row of bars never. In a
    ruled column, a form's value goes on too (``Supervisor: Assistant Deputy`` / ``Minister, Energy``)."""
    out: list[str] = []
    for segment in segments:
        if out and out[-1].strip() and segment.strip() and not _BULLET.match(segment) \
                and not segment.lstrip().startswith("|") \
                and not (out[-1].lstrip().startswith("|") and out[-1].rstrip().endswith("|")) \
                and not ((":" in segment or not ruled) and _lone_label(segment.split(":", 1)[0])
                         and not _SENTENCE_CUT.search(out[-1])) and (
                out[-1].endswith(",") or not re.search(r"[.:;!?]$", out[-1]) and (
                    re.match(r"[(\[]?[^\W\d_A-Z]|\((?![a-z0-9]{1,3}\)\s)", segment)
                    or _wrapped_paragraph(out[-1], segment)
                    or width and _wrapped_at(out[-1], segment, width)
                    or column and len(out[-1].split()) >= 3 and not _heading_line(segment)
                    and not _capitals(segment)
                    and not _field_line(segment) and (not _field_line(out[-1]) or ruled and len(segment.split()) <= 6)
                    and "   " not in segment + out[-1])):  # a table's rows stay apart
            out[-1] = _HYPHENATED.sub(_rejoined, f"{out[-1]}\n{segment}") if re.search(r"[^\W\d_]-$", out[-1]) \
                else f"{out[-1]} {segment.lstrip()}"
        else:
            out.append(segment)
    return out


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text was wrapped at (an e-mail's 72 columns, a typed page's 65), when it was:
    its longest line, no longer than a page's, with many lines within a few characters of it
    (a Word paragraph is a line of hundreds)."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    width = max(lengths, default=0)
    near = sum(length >= width - WRAP_SLACK for length in lengths)
    return width if MIN_WRAP <= width <= MAX_WRAP and near >= max(WRAPPED_LINES, len(lengths) // 5) else None


MIN_WRAP, MAX_WRAP, WRAP_SLACK, WRAPPED_LINES = 50, 100, 12, 5


def _wrapped_at(line: str, following: str, width: int) -> bool:
    """``The Executive Director reports to the Director General, Pharmaceutical Drugs`` /
    ``Directorate (EX-3)``: the next line's first word would not have fitted on this one. Not
    when a label opens either line (``Intitulé du poste X`` / ``Groupe-niveau EX-03``: a form's
    fields, one a line), save a last word of a value (``Title: Director, X, Maritimes`` /
    ``Region``); nor before a heading, a table's row or a line a role opens (the next report)."""
    first, words = following.split()[0], len(following.split())
    labelled = _opens_with_label(line) or _opens_with_label(following) or ":" in following[:40]
    return len(line.rstrip()) + 1 + len(first) > width and not _heading_line(following) \
        and not re.search(r" {3}|\|", line.strip() + following.strip()) and not role_start(fold(following.lstrip())) \
        and (not labelled or words == 1 and not _lone_label(following))


def _opens_with_label(line: str) -> bool:
    """A line a label opens, with or without its colon (``Numéro de position 40219``)."""
    return bool(_LABEL_START.match(fold(line.lstrip())))


WRAP_WIDTH = 70
"""A line of prose this long, at least, that ends no sentence, was wrapped where its page ended."""


def _wrapped_paragraph(line: str, following: str) -> bool:
    """``The Director General reports directly to the Assistant Deputy`` / ``Minister, Regional
    Operations (EX 05)``: a paragraph's long line wrapped at the page's width (a PDF read with
    its layout kept: indented), the next line at the same indent and no label, heading or list
    item. A Word paragraph, not indented, is a whole one."""
    return len(line.strip()) >= WRAP_WIDTH and _indent(following) == _indent(line) > 0 and len(line.split()) >= 8 \
        and not _field_line(following) and not _heading_line(following) and "   " not in line.strip()


BESIDE_LINES = 3
"""Lines with a field and words beside it, at least: a form beside a column of prose."""


def _beside_prose(lines: list[str]) -> list[str]:
    """A form's fields with a column of prose beside them, read across by a scan with only a gap
    between, wherever it fell (``Level: EX-2     an environment shaped by``): the fields, then
    the prose as one line. The block ends at a blank line or a heading."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        fields: list[str] = []
        prose: list[str] = []
        pairs = 0
        end = index
        while end < len(lines) and lines[end].strip():
            line = lines[end]
            split = _field_and_words(line) if ":" in line else None
            if split:
                fields.append(split[0])
                prose.append(split[1])
                pairs += 1
            elif pairs and line.count(":") == 1 and _field_line(line) and not _heading_line(line):
                fields.append(line.strip())  # a field the prose beside it ended before
            elif pairs and ":" not in line and not _heading_line(line):
                prose.append(line.strip())  # the prose's line where the form has none
            else:
                break
            end += 1
        beside = [p for p in prose if p[:1].isalpha()]
        if pairs >= BESIDE_LINES and 2 * sum(p[:1].islower() for p in beside) >= len(beside):  # wrapped sentences
            out += fields + [" ".join(prose)]
        else:  # a block that starts later holds no more pairs than this one
            end = max(end, index + 1) if pairs < BESIDE_LINES else index + 1
            out += lines[index:end]
        index = end
    return out


HANGING_INDENT = 4
"""How much deeper than its field's line a line starts, at least, when it is the field's value wrapped."""


def _hanging_values(lines: list[str]) -> list[str]:
    """A field's value wrapped under itself, past its label, as a PDF's form sets it (``Official
    Title     Director, Discovery Grants, Life`` / ``{spaces to the value}Sciences and Engineering``):
    one line."""
    out: list[str] = []
    for line in lines:
        may_go_on = out and ":" not in line and "   " not in line.strip() and 0 < len(line.split()) <= 8 \
            and re.match(r"[(\[]?[^\W\d_]{2}", line.strip()) and not re.search(r"[.:]\s*$", out[-1])
        column = _wrap_column(out[-1]) if may_go_on else None  # the line's own tests first: this runs on every line
        named_on = column is not None and _OPEN_HYPHEN.search(out[-1].rstrip()) and line.strip()[:1].isupper()
        if column is not None and (_indent(line) >= column or named_on) and not _heading_line(line):
            if named_on:  # "Titre du poste : ..., Nord-du-" / "        Québec": a place's name goes on
                out[-1] = f"{out[-1].rstrip()}{line.strip()}"
                continue
            role = bare_role(fold(out[-1][_GAPPED_VALUE.match(out[-1]).end():]))  # "Reports To: Director General" /
            out[-1] = f"{out[-1].rstrip()}{',' if role else ''} {line.strip()}"  # "    Program Operations": its unit
        else:
            out.append(line)
    return out


_GAPPED_VALUE = re.compile(r"[ \t]*(\S(?:[^\t\n]*?\S)?)(?:[ \t]?:[ \t]*| {3,}|\t+)(?=\S)")
"""A form line's label, then a colon (a French one after a space: ``Titre du poste :``) or a gap, before its
value."""


def _wrap_column(line: str) -> int | None:
    """Where, at least, a form line's value goes on when it wraps: under the value (after the
    label and a colon or a gap, ``Official Title     Director, X``, two columns short for a scan's
    drift), or, for a long name's field, a few columns in (``TITLE: Director General, X`` /
    ``    and Y``)."""
    found = _GAPPED_VALUE.match(line)
    if not found or ":" in found[1] or "   " in found[1] or _labelish(line[found.end():].strip()):
        return None  # "Date in effect      Organization": a row of a form's boxes, its values under it
    if _field_named(found[1]) in _WRAPPING and ":" in found[0]:
        return _indent(line) + HANGING_INDENT  # "TITLE: Director General, X" / "    and Y": a hanging indent
    return found.end() - 2 if _any_label(found[1]) or guess_label(fold(found[1])) else None


_WRAPPING = ("title", "supervisor_title", "department", "branch")
"""Fields whose value, a long name, wraps under itself."""


def _field_and_words(line: str) -> tuple[str, str] | None:
    """``Level: EX-2     an environment shaped by``: the field, and the prose beside it."""
    for gap in _ALIGNED_GAP.finditer(line, line.find(":")):
        left, right = line[:gap.start()].strip(), line[gap.end():].strip()
        if left.count(":") == 1 and _field_line(left) and left.split(":", 1)[1].strip() \
                and len(_WORD.findall(right)) >= 2 and ":" not in right:
            return left, right
    return None


_SCANNED_FISCAL_YEAR = (r"(?:19|2[0OZ])[0-9OZIlSB]{2}[ \t]*[-/\u2013][ \t]*(?:(?:19|2[0OZ])[0-9OZIlSB]{2}"
                        r"|[0-9OZIlSB]{2})(?![0-9])")
"""A fiscal year, a scan's letters for some of its digits (``20Z1-22``, ``2019-ZO``)."""
_CURRENT_WORDS = r"(?:current|en cours|courant|actuel(?:le)?|this year)"
_FISCAL_YEAR = re.compile(_SCANNED_FISCAL_YEAR + rf"([ \t]*\(?(?:exercice[ \t]+)?{_CURRENT_WORDS}"
                          r"(?:[ \t]+(?:fiscal[ \t]+)?year)?\)?|[ \t]*\*)?", re.IGNORECASE)
_CURRENT_CELL = re.compile(rf"\b{_CURRENT_WORDS}\b", re.IGNORECASE)
"""A fiscal year's cell marked the current one, its words before the year or apart from it (``Current year
2019-20``, ``2023-24 Main Estimates (current)``)."""


def _cell_around(line: str, year: re.Match) -> str:
    """The cell of a table's header the year stands in: up to the gaps or bars on either side of it."""
    start = max((gap.end() for gap in _CELL_EDGE.finditer(line, 0, year.start())), default=0)
    end = next((gap.start() for gap in _CELL_EDGE.finditer(line, year.end())), len(line))
    return line[start:end]


_CELL_EDGE = re.compile(r" {2,}|\t|\|")
"""Where a header's cell ends: a gap, a tab, a bar."""
_STATED_YEAR = re.compile(rf"\b({_SCANNED_FISCAL_YEAR})[^.\n]{{0,60}}?\b(?:current|en cours|actuel(?:le)?s?)\b",
                          re.IGNORECASE)
"""A sentence naming the fiscal year whose figures are the position's now (``The 2024-25 figures are the position's
current budget``)."""


_COLUMN_GAP = r"[ \t]*(?:\t|\||[ ]{2,})[ \t]*"
_OWN_COLUMN = re.compile(rf"[ \t|]*(?:resources?|ressources?|dimensions?|items?)?{_COLUMN_GAP}"
                         rf"((?:this |ce )?(?:position|poste)){_COLUMN_GAP}"
                         r"(?:branch|sector|directorate|direction(?: generale)?|secteur|region|department|"
                         r"ministere|division)"
                         r"\b[^\n0-9]*$")
"""The header of a table of the position's figures beside a wider unit's (folded)."""
_SPLIT_TOTAL = re.compile(r"[^\n]*?(?:(?:cc|cr|cost cent(?:re|er)|centre de (?:couts?|responsabilite))"
                          r"[ \t]*[#no.°]*[ \t]*[0-9a-z]{4,8}(?:\t|[ \t]*\|[ \t]*|[ ]{2,})){2,}(total)[ \t|]*$")
"""The header of a table of the position's budget split between cost centres (``CC 662531   CC 532510  Total``,
folded): the position's figures are the total's column."""
_OWN_WORD = re.compile(r"(?i:position|poste)")
"""A word ``_OWN_COLUMN`` holds: no header without one (a cheap test first)."""
_CELL_SEPARATOR = re.compile(r"[ \t]*\t[ \t]*|[ \t]*\|[ \t]*")
_PAGE_NUMBER = re.compile(r"\b(?:page|p\.)[ \t]*[0-9]{1,3}[ \t]*(?:of|de|/)[ \t]*[0-9]{1,3}\b", re.IGNORECASE)


def _year_columns(lines: list[str]) -> list[str]:
    """A PDF's table of fiscal years read cell after cell: the years one a line (``2019-2020`` /
    ``2021-2022 (current)``), then each row's label and its figures one a line: its rows again
    (``Salary budget | $25.408 million | ...``), under a header of the years, for ``_current_year``."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _YEAR_CELL.fullmatch(lines[end].strip()):
            end += 1
        years, rows = lines[index:end], []
        while len(years) >= 2 and end + len(years) < len(lines) and _dimension_label(lines[end]) \
                and all(_FIGURE_CELL.fullmatch(line.strip()) for line in lines[end + 1: end + 1 + len(years)]):
            rows.append(" | ".join(line.strip() for line in lines[end: end + 1 + len(years)]))
            end += 1 + len(years)
        if rows:
            out += [" | ".join(["Resource", *(year.strip() for year in years)]), *rows]
            index = end
        else:
            out.append(lines[index])
            index += 1
    return out


_YEAR_CELL = re.compile(repair.FISCAL_YEAR + r"(?:[ \t]+[^\d\s|][^|\n]{0,30})?")
"""A fiscal year alone in its cell, with its words (``2024-25 Exercice en cours``, ``2023-24 Réel``)."""
_FIGURE_CELL = re.compile(rf"\$?[ \t]?[{repair.NUMBER_CHARS}][{repair.NUMBER_CHARS},. ]*"
                          rf"(?:[ \t]*(?:k|K|M|million)?[ \t]*\$?)")
"""A count or an amount alone in its cell."""


def _year_in_effect(lines: list[str]) -> int | None:
    """The first calendar year of the fiscal year (April to March) the document's effective date falls in
    (``Effective Date: April 1, 1997``: 1997, for ``1997-98``); None without one."""
    for line in lines:
        label = _EFFECTIVE_LABEL.search(fold(line))
        read = repair.date(line[label.end():].strip(" \t:.")) if label else None
        if read:
            return read[0].year if read[0].month >= 4 else read[0].year - 1
    return None


_EFFECTIVE_LABEL = re.compile(rf"^[ \t]*(?:{alternation(p for _, p in FIELDS['effective_date'])})\b(?:[^:\n]{{0,20}}:)?")
"""The effective date's label, by the vocabulary's phrases (``Eff. date``, ``Effective as of``, ``Prise d'effet``)."""


def _first_year(fiscal: str) -> int:
    return int(fiscal[:4].translate(repair.DIGITS).translate(repair.AMONG_DIGITS))


def _current_year(lines: list[str]) -> list[str]:
    """A table of several fiscal years (``2020-21   2021-22 (current)   2022-23``, its cells set
    apart by spaces, tabs or bars): each row's label with the current year's figure, ``label: value``
    (the other years are not the unit's dimensions now), the header's unit (``($000)``) kept on a
    line of its own. Without a year marked current, the year a sentence names current (``The 2024-25 figures are the
    position's current budget``) or the year the document's effective date falls in is (no such year either: the
    table stays as it is). A table of the
    position's figures beside its branch's (``Resource | This position | Branch (total)``) is read
    the same way, the position's column its figures; a budget split between cost centres, the total's column."""
    out: list[str] = []
    column: int | None = None
    cell: int | None = None  # the current year's cell in a table whose cells tabs or bars set apart
    nth: tuple[int, int] | None = None
    paged = False  # a page's break inside the table: its running header or footer, then blank lines
    stated = _STATED_YEAR.search(" ".join(lines)) if any("20" in line for line in lines) else None
    in_effect = _first_year(stated[1]) if stated else _year_in_effect(lines)
    for line in lines:
        if (column is not None or cell is not None) and (_PAGE_NUMBER.search(line) or paged and not line.strip()):
            paged = True
            out.append(line)
            continue
        paged = False
        years = list(_FISCAL_YEAR.finditer(line))
        current = [y for y in years if y[1] or _CURRENT_CELL.search(_cell_around(line, y))] if len(years) >= 2 else []
        years_alone = len(years) >= 2 and not re.search(r"[0-9]", _FISCAL_YEAR.sub("", line)) \
            and len(line.replace("|", " ").split()) <= 8
        current = current or [y for y in years if years_alone and _first_year(y[0]) == in_effect]  # "1996-97  1997-98"
        own = _OWN_COLUMN.match(fold(line)) if len(current) != 1 and _OWN_WORD.search(line) \
            else _SPLIT_TOTAL.match(fold(line)) if len(current) != 1 and "otal" in line else None
        if len(current) == 1 or own:
            column, marker = (current[0].start(), current[0][0].strip()) if current else (own.start(1), own[1])
            nth = (years.index(current[0]), len(years)) if current else None  # the current year's column, of all
            header = _CELL_SEPARATOR.split(line.strip(" "))
            cell = next((at for at, text in enumerate(header) if marker in (text if current else fold(text))), None) \
                if len(header) > 2 else None
            out += [found[0] for found in THOUSANDS.finditer(fold(line))]  # "| ($000) | 2013/14 | ...": its unit
            continue
        split = _CELL_SEPARATOR.split(line.strip(" ")) if cell is not None else []
        label = next((text for text in split if text), "")
        if split and len(split) > cell and label and split[cell] and not _heading_line(line):
            out.append(f"{label}: {split[cell]}")
            continue
        cells = [(m.start(), m[0]) for m in _SPACED_CELL.finditer(line)]
        if column is not None and len(cells) >= 3 and not _heading_line(line):
            value = cells[1 + nth[0]] if nth and len(cells) == 1 + nth[1] \
                else min(cells[1:], key=lambda found: abs(found[0] - column))  # figures wider than the years
            out.append(f"{cells[0][1]}: {value[1]}")
            continue
        column = cell = None
        out.append(line)
    return out


_ALIGNED_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def _own_fields(cells: list[str]) -> bool:
    """A header of columns each a field, one of them a field only the position's own row gives (its
    effective date, job code, place): a record's (a spreadsheet printed), no table of direct reports."""
    fields = [_field_named(cell) for cell in cells]
    return all(map(_labelish, cells)) and any(field in _OWN_ROW_FIELDS for field in fields)


_OWN_ROW_FIELDS = frozenset(("effective_date", "job_code", "location", "department"))


def _single_spaced_row(line: str, header: list[str]) -> list[str] | None:
    """A table's row a scan set with single spaces, no gap between its cells (``Manager, Quality Assurance PM-06 4``
    under ``Position Title    Group/Level    FTEs``): its title, classification and count, each in its header's
    column; None for any other line."""
    columns = report_header(header)
    row = _SINGLE_SPACED_ROW.fullmatch(line.strip()) if not _ALIGNED_GAP.search(line.strip()) else None
    if row is None or not columns or "code" not in columns or row["count"] and "count" not in columns:
        return None
    cells = [""] * len(header)
    for key in ("title", "code", "count"):
        if row[key]:
            cells[columns[key]] = row[key]
    return cells


_SINGLE_SPACED_ROW = re.compile(rf"(?P<title>[^\W\d][^()|]{{2,80}}?) (?P<code>{repair.CODE.pattern})"
                                rf"(?: (?P<count>[0-9OIl]{{1,4}}(?:[.,][0-9])?))?")


def _aligned_tables(lines: list[str]) -> list[str]:
    """A table of direct reports laid out in columns of spaces, some only two wide (a PDF read
    with its layout kept): each row cut where its header's columns begin, its cells set apart
    by bars as a Word table's are; a title wrapped in its cell (``Regional Manager,      PM-06`` /
    ``Field Operations``) is one. A form's boxes (labels over one line of values) are no table."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        cells = _ALIGNED_GAP.split(line.strip())
        starts = [len(line) - len(line.lstrip())] + [m.end() for m in _ALIGNED_GAP.finditer(line)]
        end = index + 1
        rows: list[list[str]] = []
        alone: set[int] = set()
        cut: dict[int, list[str]] = {}  # rows a scan typed with single spaces, already cut into cells
        if "|" not in line and len(cells) >= 2 and report_header(cells) is not None:
            while end < len(lines) and lines[end].strip() and not _heading_line(lines[end]) \
                    and not _heading_line(_ALIGNED_GAP.split(lines[end].strip())[0]) \
                    and not all(_any_label(c) for c in _ALIGNED_GAP.split(lines[end].strip())) \
                    and not (":" in lines[end] and ":" not in line and _lone_label(lines[end].split(":", 1)[0])) \
                    and not _LABELLED_FIGURE.fullmatch(lines[end].strip()) \
                    and not (lines[end].split()[0] in _SENTENCE_FIRST and _prose(lines[end])):
                # a header of words, then "Reports to: X" or "Total FTEs (including the position): 152" after its
                # rows, a heading beside its section's words ("General Accountability    The Director ..."), or a
                # sentence ("The Director must balance competing  demands from ...": a PDF's gaps in prose)
                spaced = _single_spaced_row(lines[end], cells)
                if spaced:
                    cut[len(rows)] = spaced
                    rows.append([lines[end]])
                elif len(lines[end].rstrip()) > starts[1]:
                    rows.append([lines[end]])
                elif rows and rows[-1][0].endswith("  ") and _LONE_FIGURE.fullmatch(lines[end]):
                    rows[-1][0] = f"{rows[-1][0].rstrip()}   {lines[end].strip()}"  # its last cell on the next line
                elif rows and _cell_wrapped(lines[end].strip()) and _row_or_end(lines[end + 1:end + 2]) \
                        and abs(_indent(lines[end]) - _indent(rows[-1][0])) <= 1:  # not a name set under it
                    rows[-1].append(lines[end].strip())
                elif "," in lines[end] and role_start(fold(lines[end].strip())) and _row_or_end(lines[end + 1:end + 2]):
                    alone.add(len(rows))  # a report whose other cells are blank ("Chief, Engineering" alone)
                    rows.append([lines[end]])
                else:
                    break
                end += 1
        if len(rows) == 1 and len(rows[0]) == 1 and _own_fields(cells):  # a record's row: one position's fields
            cells, starts = _header_at_rows(line, cells, starts, [rows[0][0]])
            out += [f"{label}: {value}" for label, value in zip(cells, _row_cells(rows[0][0], starts, len(cells)))
                    if value]
        elif len(rows) >= 2:
            cells, starts = _header_at_rows(line, cells, starts, [row[0] for row in rows])
            table = []
            for at, (first, *wrapped) in enumerate(rows):
                row = [first.strip()] + [""] * (len(cells) - 1) if at in alone else cut.get(at) or \
                    _row_cells(first, starts, len(cells))
                row[0] = " ".join([row[0], *wrapped])
                table.append(row)
            if (_heading_line(cells[0]) or guess_heading(fold(cells[0]))) \
                    and all(_NUMBERED_CELL.fullmatch(row[0]) for row in table):
                out.append(cells[0])  # "Subordinates    Position   Group-Level   FTE" over numbered rows: the
                cells, table = cells[1:], [row[1:] for row in table]  # section's heading, then its table
            out.append(" | ".join(cells))
            out += [" | ".join(row) + (" |" if not row[-1] else "") for row in table]  # a blank last cell kept
        else:
            out += lines[index:end]
        index = end
    return out


_NUMBERED_CELL = re.compile(r"[0-9]{1,2}[.)]?")
"""A row's number in its first cell."""
_LABELLED_FIGURE = re.compile(r"[^:|]*?\S(?<! {2}):[ \t]*[$0-9][\w$.,]*")
"""A label's words and a figure after its colon, no gap between them: no row of a table in columns."""


def _row_or_end(following: list[str]) -> bool:
    """After a title's words wrapped in their cell: another row (cells set apart, or a code in it), the
    table's end, the next section's heading or a page's number (``1/2``), not prose (``Environment`` /
    ``A major challenge ...``)."""
    line = following[0].strip() if following else ""
    return not line or len(_ALIGNED_GAP.split(line)) >= 2 or " | " in line or repair.CODE.search(line) is not None \
        or re.fullmatch(r"[0-9]{1,3}[ \t]*/[ \t]*[0-9]{1,3}", line) is not None or _heading_line(following[0])


def _cell_wrapped(line: str) -> bool:
    """The words of a title its cell wrapped onto the next line: a few words, no figure or mark,
    not a heading in capitals nor a title of its own (``Senior Advisor, Fleet Operations``)."""
    return bool(_CELL_WRAPPED.fullmatch(line)) and not line.isupper() \
        and not ("," in line and role_start(fold(line)))


_CELL_WRAPPED = re.compile(r"[^\W\d_][\w'&.-]*(?:,? [\w'&.-]+){0,4}")


def _header_at_rows(header: str, cells: list[str], starts: list[int],
                    rows: list[str]) -> tuple[list[str], list[int]]:
    """A header two of whose names only a space sets apart (``Poste    Groupe/niveau ETP``) over rows with a
    column more, most at the same places (three spaces apart; a long title may push a row's code out of its
    column), or two spaces apart where the header's group and level are columns of their own (``Plan  Grade
    Org FTE``; else ``EC  07`` is one cell): the header cut where the rows' columns begin."""
    for gap in (_BOX_GAP, _ALIGNED_GAP):
        split = [gap.split(row.strip()) for row in rows]
        counts = [len(_code_apart(row)) for row in split]
        count = max(counts, key=counts.count)
        if count <= len(cells) or 3 * counts.count(count) < 2 * len(rows) or count not in map(len, split):
            continue
        first = rows[[len(row) for row in split].index(count)]  # a row whose columns kept their places
        indent = len(first) - len(first.lstrip())  # its indent no gap between columns
        row_starts = [indent] + [m.end() for m in gap.finditer(first, indent)]
        cut = _cut(header, row_starts)
        roles = report_header(cut) if len(cut) == count and all(cut) else None
        if roles is not None and (gap is _BOX_GAP or "level" in roles):
            return cut, row_starts
    return cells, starts


def _row_cells(row: str, starts: list[int], count: int) -> list[str]:
    """A row's cells: set apart by gaps of three spaces or more, of two, or by bars, when it has as
    many as its header (a PDF that kept the gaps, not the columns; a last cell left blank, its
    spaces kept), else cut where the header's columns begin (as many cells as the header's, those
    a row stops short of blank, when it opens with a title and its cells after it hold figures or codes)."""
    for gap in (_BOX_GAP, _ALIGNED_GAP, _BAR):  # "Chief, CPI Production  EC-07  17": two spaces, columns not kept
        cells = gap.split(row.strip().strip("|"))
        cells = _padded_levels(cells) if gap is _ALIGNED_GAP and len(cells) > count else cells
        cells = _code_apart(cells) if len(cells) == count - 1 else cells
        if len(cells) == count or gap is _ALIGNED_GAP and len(cells) == count - 1 and row.endswith("  "):
            return [cell.strip() for cell in cells] + [""] * (count - len(cells))
    cut = _cut(row, starts)  # "Manager, X   FI-03": a last cell left blank, its spaces dropped (a title's
    # words cut past its column, "Manager, Central Experimental | Farm Operations", are no cells)
    filled = len(cut) >= 2 and role_word(fold(cut[0])) and all(re.search(r"[0-9]", cell) for cell in cut[1:] if cell)
    return cut + [""] * (count - len(cut)) if filled else cut


def _code_apart(cells: list[str]) -> list[str]:
    """A title run into its row's classification cell (``Directeur, Sciences océaniques, Institut
    Maurice-Lamontagne EX I``, ``Biologiste principal des pêches BI-04``, too long for its column): the title and the
    code two cells (not a short description's capitals before a code: ``REGIONAL SURVEYOR PR  EN-SUR 05`` is two
    columns a cut divides)."""
    for at, cell in enumerate(cells):
        code = next(reversed(list(repair.CODE.finditer(cell))), None)
        before = cell[:code.start()].rstrip() if code else ""
        if code and code.end() == len(cell) and code.start() > 1 and cell[code.start() - 1] == " " \
                and repair.code_of(code) and ("," in before or not before.isupper()) and role_start(fold(before)):
            return [*cells[:at], before, code[0], *cells[at + 1:]]
    return cells


def _padded_levels(cells: list[str]) -> list[str]:
    """Cells with an HR system's classification padded to its column (``AS  06``, ``Grade: EX   01``) one cell
    again."""
    out: list[str] = []
    for cell in cells:
        if out and _GROUP_CELL.search(out[-1]) and re.fullmatch(r"[0-9OIl]{1,2}", cell):
            out[-1] = f"{out[-1]}  {cell}"
        else:
            out.append(cell)
    return out


_GROUP_CELL = re.compile(rf"(?<![\w-])(?:{repair.GROUP_PATTERN})$")
_BAR = re.compile(r"[ \t]+\|[ \t]+")
_LONE_FIGURE = re.compile(r"[ \t]*[0-9OIlS]{1,4}[ \t]*")
"""A row's last cell (its count) alone on the next line, the row ending with its blank."""


def _cut(line: str, starts: list[int]) -> list[str]:
    """``line`` cut at the space nearest each column's start (a cell may run a little past it); a
    column whose start falls in a row's wide gap is empty there (``Team Leader, X      28`` under
    ``Position    Group/Level    FTEs``)."""
    cuts = [0]
    for start in starts[1:]:
        runs = [m for m in re.finditer(r" +", line) if m.end() > cuts[-1]]
        nearest = min((m.end() for m in runs), key=lambda at: abs(at - start), default=None)
        if nearest is not None and abs(nearest - start) > 4 and any(m.start() < start < m.end() for m in runs):
            nearest = start  # an empty cell
        if nearest is None or abs(nearest - start) > 4:
            break
        cuts.append(nearest)
    return [line[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(line)])]


_SENTENCE_CUT = re.compile(r"^[ \t]*[A-ZÀ-Ý][^:|\n]{40,}\b(?:the|a|an|to|of|le|la|les|du|de|des|au|aux)$")
"""A line of prose cut before its last words (a sentence's article or preposition last): the next line goes on with
it, whatever its words (``... report directly to the`` / ``incumbent:``), no label of a form."""


def _lines(lines: list[str]) -> list[str]:
    """Word tables, a form's boxes and labels alone on their line made ``label: value`` lines."""
    out: list[str] = []
    header: list[str] = []  # the first row of the table the line is in
    for line in _boxes(_aligned_tables(_current_year(_year_columns(_rejoined_rows(lines))))):
        line = _spaced_label(line)
        cells = _cells(line)
        if "\t" in line and 3 <= len(header) > len(cells):  # a tabbed row's last cell empty ("X\tEX-01\t")
            tabbed = [cell.strip() for cell in line.lstrip().rstrip(" \r\n").split("\t")]
            cells = tabbed if len(tabbed) == len(header) else cells
        header = (header or cells) if len(cells) > 1 else []
        if len(cells) > 1:
            coded = _coded_row(header, cells)
            line = coded if coded is not None else _total_row(header, cells) or _table_row(cells)
        out.append(line.rstrip())
    joined: list[str] = []
    index = 0
    in_form = False
    while index < len(out):
        line = out[index]
        following = next((n for n in range(index + 1, len(out)) if out[n].strip()), None)
        heading = _heading_line(line)  # a row of a table's cells (" | ") takes no value from the line under it
        if following is not None and " | " not in line and (_any_label(line) or _bilingual_label(line)
                                      or line.rstrip().endswith(":") and _labelish(line.strip()) and not heading
                                      or _capital_label(line) or _guessed_lone_label(line, out[following], in_form)) \
                and not (heading and (_capitals(line) or not out[index + 1].strip())) \
                and not _any_label(out[following]) \
                and not _prose(out[following]) \
                and not _heading_line(out[following]) and ":" not in out[following][:_LABEL_REACH] \
                and not out[following].rstrip().endswith(":") \
                and not (" | " in out[following] and report_header(_cells(out[following]))) \
                and not (index and _SENTENCE_CUT.search(out[index - 1])):  # a table's header; a sentence cut
            # before its last word ("... report directly to the" / "incumbent:")
            value = out[following].strip()
            index = following + 1
            if index + 1 < len(out) and _value_goes_on(line, value, out[index], out[index + 1]):
                space = "" if _OPEN_HYPHEN.search(value) else " "  # "Terre-Neuve-et-" / "Labrador"
                value, index = f"{value}{space}{out[index].strip()}", index + 1
            joined.append(f"{line.strip().rstrip(':').rstrip()}: {value}")
            in_form = True
            continue
        if following == index + 1 and _NUMBER_LABEL_END.search(line) and _NUMBER_ALONE.fullmatch(out[following]):
            line, index = f"{line.rstrip()} {out[following].strip()}", following  # "..., Position No." / "39900"
        else:
            while following == index + 1 and _title_goes_on(line, out[following], out[following + 1:following + 2]):
                line, index = f"{line.rstrip()} {out[following].strip()}", following
                following = index + 1 if index + 1 < len(out) and out[index + 1].strip() else None
        joined.append(line)
        in_form = in_form and not heading and not _prose(line)  # a note between a form's rows ends it not
        index += 1
    return joined


_LABEL_REACH = 70
"""How far into a line a label's colon may stand (a bilingual label's: ``Effective Date / Date d'entrée en vigueur:``):
a line of a label and its value takes no value from the line above."""


def _total_row(header: list[str], cells: list[str]) -> str | None:
    """A table of units' resources (``Unit | Group | FTEs | Salary | O&M``) ends in its ``Total`` row:
    the position's dimensions, each under its column's label (``Salary: $20,070,000``)."""
    total = TOTAL_ROW.fullmatch(fold(cells[0]))
    if total and len(header) < len(cells):  # "Salary / Salaires  O&M / F et E": labels two spaces apart
        apart = [label for cell in header for label in re.split(r" {2,}", cell)]
        header = apart if len(apart) == len(cells) else header
    labels = [_one_language(" / ".join(_unqualified(half) for half in cell.split(" / "))) for cell in header[1:]]
    if len(cells) != len(header) or not total or total["subtotal"] or any(re.search(r"[0-9]", c) for c in labels) \
            or not any(label_of(fold(label)) in _MONEY for label in labels):  # no "Salary | $18.36M | O&M" row
        return None
    return "\n".join(f"{label}: {value}" for label, value in zip(labels, cells[1:]) if value and label_of(fold(label)))


def _one_language(label: str) -> str:
    """A column's label, or its first half when both languages name it (``Salary / Salaires``)."""
    halves = label.split(" / ")
    return halves[0] if len(halves) == 2 and not label_of(fold(label)) and label_of(fold(halves[0])) else label


def _unqualified(label: str) -> str:
    """A column's label without the whose-figures it opens with (``Position: salary``, ``Poste : F et E``)."""
    whose, colon, named = label.rpartition(":")
    named = named.strip()
    return named[:1].upper() + named[1:] if colon and not label_of(fold(label)) and label_of(fold(named)) else label


_MONEY = ("salary", "o_and_m", "total")


def _coded_row(header: list[str], cells: list[str]) -> str | None:
    """A row of an HR system's table of fields, each with its code and the code's description (``Field |
    Code | Description``): the field's code, then its words (``Location: QC0311  GATINEAU QC``); the
    position's number's description is its title. The header's row itself: nothing."""
    if len(cells) != 3 or [fold(cell) for cell in header] not in _CODED_HEADERS:
        return None
    if cells == header or all(re.fullmatch(r":?-{2,}:?", cell) for cell in cells):
        return ""  # the header's row, a Markdown table's rule
    field = _field_named(cells[0])
    title = f"\n{_TITLE_LABEL[FRENCH_WORDS.search(cells[0]) is not None]}: {cells[2]}" \
        if field == "position_number" and cells[2] else ""
    return f"{cells[0]}: {cells[1]}" + (title or f"  {cells[2]}" if cells[2] else "")


_CODED_HEADERS = [["field", "code", "description"], ["field", "code", "descr"], ["champ", "code", "description"]]
_TITLE_LABEL = ("Position title", "Titre du poste")


_SPACED_LABEL = re.compile(r"^([ \t]*[^\s:|][^:|\t\n]{0,50}?\S)(?: {2}| +[-\u2013] +)(?=\S)")


def _spaced_label(line: str) -> str:
    """``GROUPE ET NIVEAU  EX02``, ``NUMÉRO DE POSTE - 55417``: a label hrkit knows, two spaces or
    a dash and its value (a form typed without colons) -> ``GROUPE ET NIVEAU: EX02``."""
    spaced = _SPACED_LABEL.match(line)
    if not spaced or ":" in line or "   " in line.strip() or not _any_label(spaced[1]) or _heading_line(spaced[1]) \
            or _labelish(line[spaced.end():].strip()):
        return line  # "ORGANIZATION  and systems are renewed.": a heading, a column's words read across it;
        # "REPORTS TO - POSITION #": one label, the supervisor's number
    return f"{spaced[1]}: {line[spaced.end():]}"


_NUMBER_LABEL_END = re.compile(r"\b(?:position|poste|pos\.?)[ \t]*(?:no\.?|number|#|n°|num[ée]ro)[ \t]*:?[ \t]*$",
                               re.IGNORECASE)
_NUMBER_ALONE = re.compile(r"[ \t]*(?:[A-Z]{1,5}-)?[0-9OIl]{3,9}[ \t]*")


_OPEN_END = re.compile(rf"(?:[ \t][-\u2013]|,|\b(?:{OPEN_END_WORDS}))[ \t]*$", re.IGNORECASE)
_OPEN_HYPHEN = re.compile(r"[^\W\d_]-$")
"""A value ending in a word's hyphen (``Terre-Neuve-et-``): the word goes on, with no space."""


_LEVEL_TAIL = re.compile(rf"[ \t]*\([^()\n]*{repair.CODE.pattern}[^()\n]*\)(?:[ \t]*,?[ \t]*(?i:pos(?:ition)?\.?|poste)"
                         rf"[ \t]*(?:#|no\.?|n°)?[ \t]*[{repair.NUMBER_CHARS}]{{3,8}})?[ \t]*$")
"""A title's level in brackets at its end, its position's number after it (``(EX-03), Position # 67127``)."""


def _title_goes_on(line: str, following: str, after: list[str]) -> bool:
    """``TITRE: Directeur régional, Programme du travail -`` / ``Atlantique``: a title whose line
    ends with a dash, a comma or a joining word goes on with a few words on the next line; so does
    one whose next line is a few capitalized words, another field's line after them (``Position
    Title: Regional Director, Salmonid`` / ``Enhancement`` / ``Level: EX-01``)."""
    pair = _PAIR.match(line)
    words = following.split()
    if not pair or _field_named(pair["first"]) not in ("title", "supervisor_title") or ":" in following \
            or _heading_line(following):
        return False
    if _OPEN_END.search(line) is not None or line.count("(") > line.count(")") and ")" in following \
            and not _OPEN_HYPHEN.search(line):  # a word cut by its hyphen goes on without a space, as values do
        return 0 < len(words) <= 5 and not _labelish(following.strip())  # "... (EX" / "04)": a bracket open
    tail = _LEVEL_TAIL.search(following)
    if tail and 0 < len(following[:tail.start()].split()) <= 5 and following[:1].isupper() \
            and not role_start(fold(following)):
        return True  # "REPORTS TO:   Director General, Lands and Trust" / "Services (EX-03), Position # 67127"
    field_after = _PAIR.match(after[0]) if after else None
    bare = re.sub(r"[ \t]*\([^()]{2,12}\)[ \t]*$", "", following)  # "Commissioner, Prairie Region (EX-O4)"
    return 0 < len(words) <= 5 and following[:1].isupper() and not re.search(r"[0-9|]", bare) \
        and (field_after is not None and _labelish(field_after["first"]) or bool(after) and _heading_line(after[0])) \
        and not _FRENCH_JOIN.search(pair["second"]) \
        and not set(fold(following).split()) & set(fold(pair["second"].partition(",")[2]).split())


_FRENCH_JOIN = re.compile(r"\b(?:de|du|des|la|le|aux?)\b", re.IGNORECASE)
"""French joins a title's nouns with these words: a French title wrapped over a line ends open (a comma,
``de``), a bare noun under it is a stray (``Directeur, Direction de la Francophonie`` / ``Ressources``)."""


def _value_goes_on(label: str, value: str, line: str, after: str) -> bool:
    """A title wrapped under its label (``Title of Supervisor`` / ``Assistant Deputy Minister,
    Economic Development and Corporate`` / ``Finance``, ``POSITION TITLE`` / ``Director General, Arctic`` /
    ``Research Centre``): a few words on the next line, a label after them."""
    words = line.split()
    titled = _field_named(label) in ("title", "supervisor_title")
    if titled and (_OPEN_END.search(value) or _OPEN_HYPHEN.search(value)) and 0 < len(words) <= 6 \
            and not re.search(r"[0-9:|]", re.sub(r"\([^()]*\)", "", line)) \
            and not _labelish(line.strip()) and not _heading_line(line):
        return True  # "Directeur général régional, Terre-Neuve-et-" / "Labrador (EX-3)": the title is open
    return titled and 0 < len(words) <= 4 and line[:1].isupper() \
        and not re.search(r"[0-9:|]", line) and not _labelish(line.strip()) and not _heading_line(line) \
        and not role_start(fold(line.strip())) \
        and (len(value.split()) >= 4 or "," in value) and (_labelish(after.strip()) or _heading_line(after))


def _guessed_lone_label(line: str, value: str, in_form: bool) -> bool:
    """A label hrkit has no phrase for alone on its line (``Position ID``, ``Approved Effective
    Date``, ``City``), its value on the next: named from its words; the value must be of its
    kind (a number, a date, a place), or any text among a form's other labels and values."""
    words = line.split()
    if not 0 < len(words) <= 5 or re.search(r"[0-9:|,]|[a-z]{4,}\.$", line) or _heading_line(line) \
            or _ROW_LABEL.match(fold(value)):
        return False  # "Lieu géographique Québec" / "Titre du superviseur X": a label and its value on each line
    field = guess_label(fold(line.strip()))
    if field is None:
        return False
    return _of_kind(line, value) if field in _VALUE_KINDS else in_form


_BOX_GAP = re.compile(r" {3,}")
_TABLE_RULE = re.compile(r"\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?")
"""A Markdown table's rule under its header (``|---|---|``)."""


def _total_below(lines: list[str], start: int) -> bool:
    """Do the rows from ``start`` to the table's end (a line not cut in cells) end in a row of sums (``Grand total
    $6,080,000   $510,000``, ``| Grand total | $3,190,000 |``): a table's rows under its header (``Program   Salary
    O&M   Total``), not a form's boxes nor a one-row table."""
    rows = itertools.takewhile(lambda row: len(_cells(row)) >= 2, lines[start:start + _BOX_TABLE_ROWS])
    return any(TOTAL_ROW.fullmatch(fold(_cells(row)[0])) for row in rows)


_BOX_TABLE_ROWS = 12
"""Rows, at most, looked at under a line of labels for a row of sums."""


def _boxes(lines: list[str]) -> list[str]:
    """A form's boxes as text gives them: a line of labels set apart by spaces, the values on
    the next line under them (``POSITION NUMBER      EFFECTIVE DATE`` / ``66035      2016/12/05``;
    as many values as labels are theirs in turn, however the gaps fall),
    or a one-row table of dimensions (``| FTEs | Salary ($) |`` / ``| 74 | 8,900,000 |``): each label with
    its value, one ``label: value`` line each."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index].rstrip()
        starts = [0] + [m.end() for m in _BOX_GAP.finditer(line.lstrip())] if "   " in line.strip() else []
        labels = [c.strip() for c in _BOX_GAP.split(line.strip())]
        following = next((n for n in range(index + 1, len(lines))
                          if lines[n].strip() and not _TABLE_RULE.fullmatch(lines[n].strip())), None)
        figures = _figures_under(line, lines[following]) if following is not None else None
        if figures:
            out += [f"{label}: {figure}" for label, figure in figures]
            index = following + 1  # "FTEs  Salary | O&M | Total" over "32 $3,100,000  $1,060,000  $4,160,000"
            continue
        header, values = _cells(line), _cells(lines[following]) if following is not None else []
        if len(header) == len(values) + 1 and _heading_line(header[0].rstrip(": ")):
            header = header[1:]  # "Dimensions: | FTEs | Salary | O&M | Total": the section's name in the first cell
        if len(header) >= 2 and "|" in line and len(values) == len(header) and \
                all((_dimension_label(c) or _labelish(c)) and not _PAIR.match(c) for c in header if c) and \
                not any(_any_label(c) for c in values) and not _reports_header(header, lines, following) \
                and not _total_below(lines, following):
            out += [f"{label.rstrip(':')}: {value}" for label, value in zip(header, values) if label and value]
            index = following + 1  # a one-row table: a form's labels over their values, or the dimensions
            continue
        if len(labels) >= 2 and all(_any_label(c) or c.endswith(":") and _labelish(c) for c in labels) \
                and following is not None \
                and not _any_label(_BOX_GAP.split(lines[following].strip())[0]) \
                and not (report_header(labels) is not None and _data_rows(lines, following, len(labels)) >= 2) \
                and not _total_below(lines, following):
            indent = len(line) - len(line.lstrip())
            values = lines[following]
            cells = _BOX_GAP.split(values.strip())
            if len(cells) != len(labels):  # a box left blank: each value under its label
                cuts = [indent + s for s in starts] + [len(values)]
                cells = [values[start:end].strip() for start, end in zip(cuts, cuts[1:])]
            index = following + 1
            while index < len(lines) and (wrapped := _wrapped_cells(lines[index], [indent + s for s in starts], labels,
                                                                  lines[index + 1] if index + 1 < len(lines) else "")):
                cells = [f"{cell} {more}".strip() for cell, more in zip(cells, wrapped)]
                index += 1  # "Regional Director, Community    Regional Operations" / "Infrastructure, Manitoba"
            out += [f"{label.rstrip(':')}: {value}" for label, value in zip(labels, cells)]
            continue
        out.append(lines[index])
        index += 1
    return out


def _wrapped_cells(line: str, starts: list[int], labels: list[str], after: str) -> list[str] | None:
    """A line under a row of boxes' values that goes on with them, each of its words under a box
    whose value is words (a PDF's text wraps a title inside its box): its words for each box, or
    None (a number's box takes no words: they have lost their place). Words that could be a label
    (``Branch``) go on a value only on the row's last line."""
    if not line.strip() or len(starts) < 2 or _heading_line(line) or ":" in line:
        return None
    pieces = [(m.start(), m[0]) for m in _SPACED_CELL.finditer(line)]
    column = [next((k for k, start in enumerate(starts) if abs(at - start) <= 1), None) for at, _ in pieces]
    if None in column or len(set(column)) != len(column) \
            or after.strip() and any(_any_label(words) for _, words in pieces) \
            or any(_VALUE_KINDS.get(_field_named(labels[k]), "text") not in ("text", "place") for k in column):
        return None
    out = [""] * len(starts)
    for k, (_, words) in zip(column, pieces):
        out[k] = words
    return out


def _figures_under(line: str, following: str) -> list[tuple[str, str]] | None:
    """A row of dimension labels over a row of as many figures, however either row sets its
    cells apart (a PDF's text keeps two spaces or one, or a bar): each label and its figure."""
    figures = _FIGURE.findall(following)  # the cheap test first: _boxes asks this of every line
    if len(figures) < 2 or len(line) >= 120 or _FIGURE.sub("", following).strip(" \t|"):
        return None
    labels = row_labels(fold(line))
    if not labels or len(labels) != len(figures):
        return None
    return [(line[start:end], figure.strip()) for (start, end), figure in zip(labels, figures)]


_FIGURE = re.compile(r"(?<![\w$])\$?[ \t]?[0-9OIlS][0-9OIlS.,]*(?:[ \t]?(?:M|K|k|million|G))?(?:[ \t]?\$)?(?![\w$])")
"""A figure in a row of them: a count, or an amount with its sign and unit (``$3,100,000``, ``1,2 M$``)."""


def _reports_header(header: list[str], lines: list[str], values: int) -> bool:
    """A table of direct reports' header over its first row: a title column and a count column,
    or a classification column, more rows of values, or nothing a position's own form names
    (``Position Identifier``, ``Job ID``)."""
    columns = report_header(header)
    if columns is None:
        return False
    more = _cells(next((line for line in lines[values + 1:] if line.strip()), ""))
    own = {_field_named(c) for c in header}
    return "count" in columns or len(more) == len(header) and not all(_labelish(c) for c in more if c) \
        or not own & {"position_number", "job_code", "effective_date", "location", "department"}


def _data_rows(lines: list[str], start: int, width: int) -> int:
    """How many lines from ``start`` are rows of ``width`` cells, none of them all labels: a
    table's rows (a form's boxes have one line of values under their labels). A row of a report
    whose other cells are blank (``Chief, Engineering`` alone) is one of them; a line set deeper
    under a row (its incumbent's name) is neither one nor the table's end."""
    rows = 0
    for line in lines[start:]:
        cells = _BOX_GAP.split(line.strip())
        if rows and len(cells) < width and line.strip() and _indent(line) > _indent(lines[start]):
            continue
        if not (len(cells) == width or rows and len(cells) < width and role_start(fold(cells[0]))) \
                or all(_any_label(c) for c in cells):
            break
        rows += 1
    return rows


def _rejoined_rows(lines: list[str]) -> list[str]:
    """A table's row a scan broke after its first cell (``Position | Group/Level | FTEs`` /
    ``Manager, Pay Operations`` / ``| AS-7 | 4``): one row again, where the first cell and the rest
    make as many cells as the header has."""
    out: list[str] = []
    header = 0
    for line in lines:
        if " | " in line and not line.lstrip().startswith("|"):
            header = len(line.strip(" |").split(" | "))
        rest = _ROW_REST.match(line)
        if rest and header and out and out[-1].strip() and "|" not in out[-1] \
                and 1 + len(rest[1].split("|")) == header:
            out[-1] = f"{out[-1].rstrip()} | {rest[1].strip()}"
            continue
        out.append(line)
        header = header if line.strip() else 0
    return out


_ROW_REST = re.compile(r"[ \t]*\|[ \t]*([^|\n]*\S(?:[ \t]*\|[ \t]*[^|\n]*\S)*)[ \t]*\|?[ \t]*$")
"""A row's cells after its first, the line opening with the bar between them."""


def _cells(line: str) -> list[str]:
    line = _SPACED_COLON.sub(r"\1: ", line, count=1)  # "POSITION_ID       : 51230": a label and its value
    if "\t" not in line and " | " not in line and "   " not in line.strip() and not line.strip().startswith("|"):
        return [line]
    cells = [c.strip() for c in re.split(r"\t|\s*\|\s*| {3,}", re.sub(r"^\||\|$", "", line.strip()).strip())]
    cells = [amount for cell in cells for amount in _amounts_apart(cell)]
    filled = sum(bool(c) for c in cells)
    kept = filled >= 3 if "\t" in line else len(cells) >= 3 and filled >= 2  # a tab-separated row's empty cell
    cells = cells if kept else [c for c in cells if c]
    cells = cells if "|" in line or "\t" in line else _padded_levels(cells)  # not a table's "CX | 04"
    return [_spaced_halves(cells[0]), *cells[1:]] if len(cells) >= 2 else cells


def _amounts_apart(cell: str) -> list[str]:
    """A cell of amounts two spaces set apart (``$100,640,000  $35,844,000``, ``19 746 000 $  2 877 000 $``):
    a column each, as a row of amounts under a header set apart by wider gaps."""
    amounts = cell.split("  ")
    if len(amounts) > 1 and all("$" in a and repair.MONEY.fullmatch(a.strip()) for a in amounts):
        return [a.strip() for a in amounts]
    return [cell]


_SPACED_COLON = re.compile(r"^([ \t]*[^\s:|][^:|\n]{0,40}?\S)[ \t]{2,}:[ \t]*")


def _table_row(cells: list[str]) -> str:
    """``Position Number | 12345`` -> ``Position Number: 12345``; a second label cell (a
    bilingual table) joins the first: ``Title / Titre: ...``. A row of three cells or more
    that is no such label row keeps its cells apart."""
    pairs = [_PAIR.match(cell) for cell in cells]
    if _labelled_cell(cells[0]) and all(_labelled_cell(cell) or not _labelish(cell) for cell in cells[1:]):
        return "   ".join(cells)  # "Position Number 73205   Group EX   Level 01": each cell a label and its value
    if pairs[0] and _field_named(pairs[0]["first"]) and all(pair and _named_or_none(pair["first"]) for pair in pairs):
        return "\n".join(cells)  # "Position ID: M-40771      Level: EX-02": two fields side by side; "Work Location:
        # Winnipeg (Manitoba)   Cote de sécurité / Security: Secret": a field, then a label of none
    if len(cells) >= 3 and cells[0].endswith(":") and _field_named(cells[0]) and not pairs[1] \
            and all(pair and _field_named(pair["first"]) for pair in pairs[2:]):
        return "\n".join([f"{cells[0]} {cells[1]}", *cells[2:]])  # "Sal Admin Plan:   EX   Grade: 01"
    if pairs[0] and _field_named(pairs[0]["first"]) and not _labelish(pairs[0]["second"]) and not any(pairs[1:]) \
            and not any(map(_labelish, cells[1:])):
        return "  ".join(cells)  # "Location: QC0311   GATINEAU QC": a value's code, then its words (a column's gap)
    if len(cells) == 4 and cells[0] and cells[2] and not (cells[1] or cells[3]) and _labelish(cells[0]) \
            and not _labelish(cells[2]):
        cells = cells[::2]  # "| Location |  | Winnipeg, Manitoba |  |": a label and its value each merged over two
    first = cells[0].rstrip(":").rstrip()
    header = report_header(cells) is not None
    row = cells[:3] if len(cells) == 4 and not cells[3] else cells  # "| ... | 49525 | |": a value merged over two
    numbered = _LABELLED_NUMBER.fullmatch(row[1]) if len(row) == 3 and _field_named(first) is None else None
    if numbered and _field_named(numbered[1]):  # a page's running header: "X    Position No. 94287    EX-04"
        return f"{row[0]}\n{numbered[1]}: {numbered[2]}\n{row[2]}"
    if len(row) == 3 and row[2] and _labelish(row[1]) and not _labelish(row[2]) and not header:
        label = row[1].rstrip(":").rstrip()  # "| Position information | Classified Title | X |"
        whose = _field_named(f"{first} {label}")  # "| Supervisor | Position number | 49525 |": a merged cell
        if whose in _SUPERVISOR_LABELS and not (_field_named(label) or "").startswith("supervisor"):  # says whose
            label = _SUPERVISOR_LABELS[whose][FRENCH_WORDS.search(f"{first} {label}") is not None]
        return f"{label}: {row[2]}"
    pairs = list(zip(cells[::2], cells[1::2]))
    unknown = sum(not _labelish(label) for label, _ in pairs if label)
    words_only = header and not any(re.search(r"[0-9,]", value) for _, value in pairs)  # a table's header
    lettered = all(re.search(r"[^\W\d_]", label) for label, _ in pairs if label)  # "14362316" labels nothing
    titled = any("," in label and role_start(fold(label)) for label, _ in pairs)  # a report's row: its title first
    if len(cells) >= 4 and len(cells) % 2 == 0 and not words_only and lettered and not titled and (
            unknown == 0 and not _value_label(cells[1])
            or unknown == 1 and not any(_labelish(v) for _, v in pairs if v)):
        # "| Label | value | Label | value |": a form's fields two by two, one label perhaps worded as no other form
        return "\n".join(f"{label.rstrip(':').rstrip()}: {value}" for label, value in pairs if label)
    if len(cells) == 2 and header and _labelish(cells[1]):
        return " | ".join(cells)  # "Titre du poste | Groupe-niveau": a table of direct reports' header
    if len(cells) >= 3 and (all(_lone_label(c) or _dimension_label(c) for c in cells) or header
                            or not _lone_label(first) and not _dimension_label(first) and not _bilingual_label(first)):
        return " | ".join(cells)  # a wider table's header or row (direct reports): its columns kept
    if not _labelish(first) and not _bilingual_label(first):
        return " ".join(cells)
    rest = cells[1:]
    if rest and _lone_label(rest[0]) and len(rest) > 1:
        first = f"{first} / {rest[0].rstrip(':').rstrip()}"
        rest = rest[1:]
    return f"{first}: {' / '.join(cell for cell in rest if cell)}"


def _labelled_cell(cell: str) -> bool:
    """A cell that holds a label without its colon and its value, a number or a code (``Position Numbér 73205``,
    ``Supervisor Group/Level EX-03``, ``JD # 77041``), no label alone."""
    folded = fold(cell)
    label = _BARE_LABEL.match(folded) if ":" not in cell else None  # "Reports to Pos. / Relève du poste: 51097"
    if label and _which("label", label[1])[0]:  # not "Division Manager, Aquatic Ecosystems", a report's title
        value = cell[label.end():].strip(" .")  # "Effective Date of", "Posn No.": a label's words, its value below it
        return bool(re.search("[0-9]", value)) and not _labelish(value) and not role_start(fold(value))
    numbered = _LABELLED_NUMBER.fullmatch(cell)
    return bool(numbered and _field_named(numbered[1]))


_LABELLED_NUMBER = re.compile(r"([^\W\d][^\d:|]{0,30}?)[ \t]*([0-9][\w-]*)")
"""A label its number follows in one cell (``JD # 77041``)."""


_SUPERVISOR_LABELS = {"supervisor_title": ("Supervisor's position title", "Titre du poste du superviseur"),
                      "supervisor_number": ("Supervisor's position number", "Numéro de poste du superviseur"),
                      "supervisor_classification": ("Supervisor's group and level", "Groupe et niveau du superviseur")}
"""The supervisor's fields' labels hrkit writes for a form's rows under a merged cell, in English and French."""


def _value_label(cell: str) -> bool:
    """A form's cell that is a label where a value should stand: one hrkit knows, or a short one whose
    words name a field (``Safety and Security Group`` is an organization's name, no label)."""
    return _any_label(cell) or _labelish(cell) and len(cell.split()) <= _GUESSED_LABEL_WORDS


_GUESSED_LABEL_WORDS = 3


def _spaced_halves(cell: str) -> str:
    """``Position number Numéro du poste``, ``Title of superior Titre du gestionnaire``: a field's
    label in both languages with only a space between them (a bilingual Word form's first column),
    written ``Position number / Numéro du poste``; any other cell as it is. One half may be worded
    as hrkit has no phrase for, named from its words, its language from its words."""
    words = list(re.finditer(r"\S+", cell.rstrip(": ")))
    if not 2 <= len(words) <= 14 or "/" in cell or _half(cell.rstrip(": "))[2]:
        return cell  # "TITRE DU POSTE", "DATE D'ENTRÉE EN VIGUEUR": one label hrkit knows, not two halves
    best = None  # (halves hrkit knows, where the first half ends, where the second starts)
    for left, right in zip(words, words[1:]):
        if right[0].startswith("("):
            continue
        first, second = _half(cell[: left.end()]), _half(cell[right.start(): words[-1].end()])
        if first[0] and first[0] == second[0] and ({first[1], second[1]} == {EN, FR} or first[1] == second[1] == ""):
            known = first[2] + second[2]  # a half hrkit knows says best where the other begins
            if best is None or known > best[0]:
                best = (known, left.end(), right.start())
    return f"{cell[: best[1]]} / {cell[best[2]:]}" if best else cell


def _half(words: str) -> tuple[str | None, str | None, bool]:
    """The field and language of one half of a bilingual label ("" for words both languages
    use), and whether hrkit knows its phrase."""
    folded = fold(words)
    bare = " ".join(re.sub(r"\([^()]*\)", " ", folded).split())
    name, lang = _which("label", bare) if _KNOWN_LABEL.fullmatch(bare) else ("", "")
    qualifier = re.search(r"\(\s*([^()]*?)\s*\)", folded)
    if name == "supervisor_title" and qualifier and _NUMBER_QUALIFIER.fullmatch(qualifier[1]):
        name = "supervisor_number"  # "Poste du gestionnaire (no)"
    if name:
        return name, lang, True
    guessed = guess_label(folded)
    return guessed, (FR if FRENCH_WORDS.search(words) else EN) if guessed else None, False


def _capital_label(line: str) -> bool:
    """``DÉSIGNATION DU POSTE``, ``LIEU D'AFFECTATION``: a label in capitals alone on its line, its
    value on the next; not an organization's name in capitals (``CANADA BORDER SERVICES AGENCY``)."""
    return _capitals(line) and len(line.split()) <= 6 and not _heading_line(line) \
        and not _holds_value(line) and guess_label(fold(line.strip())) not in (None, "department", "branch")


def _holds_value(line: str) -> bool:
    """``1. POSITION TITLE: DIRECTOR,``: a label and its value's first words, no label alone (``LEVEL: GENERIC NO.``,
    two labels, is one)."""
    label, colon, value = line.strip().rstrip(":").partition(":")
    return bool(colon) and not _labelish(value.strip())


def _bilingual_label(line: str) -> bool:
    """``Posn # / Identificateur du poste``: a label in two languages hrkit knows neither half of,
    named from its words."""
    halves = line.strip().split(" / ")
    return len(halves) == 2 and not re.search(r"[|:\t0-9]", line) and all(len(h.split()) <= 5 for h in halves) \
        and not _heading_line(line) and guess_label(fold(line.strip())) is not None


def _lone_label(line: str) -> bool:
    """A label alone (``Position Number:``); a bilingual one with either half known (``Title /
    Titre officiel``, ``JD # / Numéro d'emploi``)."""
    folded = fold(line.strip())
    if _LONE_LABEL.fullmatch(folded) or _LONE_LABEL.fullmatch(_QUALIFIER_FIRST.sub("", folded)):
        return True  # "Official Position Title"
    halves = folded.rstrip(" :").split(" / ", 1)
    return len(halves) == 2 and any(_LONE_LABEL.fullmatch(half) and len(other.split()) <= 6
                                    and not re.search(r"[0-9]{3}|[/:]| {3}|\t", other)
                                    for half, other in (halves, halves[::-1]))


def _dimension_label(cell: str) -> bool:
    """``Salary``, ``O&M Budget``, ``Total ($)``, ``Human resources (FTEs)``, a bilingual
    ``Salary / Salaires``: a dimension's label, alone."""
    cell = fold(re.sub(AMOUNT_UNIT, "", cell).strip(" :"))
    bare = re.sub(r"\s*\(([^()]*)\)", "", cell).strip()
    if not 0 < len(cell) < 60 or "|" in cell:
        return False
    inner = re.findall(r"\(([^()]*)\)", cell) if bare != cell and len(bare.split()) <= 3 else []
    halves = cell.split(" / ") if cell.count(" / ") == 1 and ":" not in cell else []
    return any(label_of(words) is not None for words in dict.fromkeys((cell, bare, *inner, *halves)))


def _prose(line: str) -> bool:
    """A sentence, not a value: what follows a heading that is also a label (``Organisation:``);
    a bilingual value (``Director, X / Directeur, X``) counted by its first half."""
    words = line.split(" / ")[0].split()
    return len(words) >= 12 or len(words) >= 8 and (line.rstrip().endswith(".") or words[0] in _SENTENCE_FIRST)


_SENTENCE_FIRST = frozenset(("The", "This", "Le", "La", "Les", "Il", "Elle", "Ce", "Cette"))
"""A sentence's first word: eight words after it are prose, even when a line's end cuts them off."""


def _any_label(cell: str) -> bool:
    return _lone_label(cell) or _dimension_label(cell)


def _named_or_none(label: str) -> bool:
    """A label that names a field, or one a form gives for none a record has (``Security``, ``LANG PROFILE``)."""
    return bool(_field_named(label) or NO_FIELD.search(fold(label)))


def _labelish(cell: str) -> bool:
    """A cell that is a label: one hrkit knows, or a short one whose words name a field."""
    return _any_label(cell) or len(cell.split()) <= 6 and "," not in cell \
        and guess_label(fold(cell.rstrip(": "))) is not None


def _heading_line(line: str) -> bool:
    return bool(_HEADING_LINE.fullmatch(fold(line.strip())))


def _without_footers(lines: list[str]) -> list[str]:
    """Page lines without the footer every page ends with, their page number (``Page 2``) at
    its end, and the page number a page starts with."""
    numbered = [_PAGE_END.search(line) for line in lines]
    paged = len(lines) > 1 and all(found and found[1] == str(number) for number, found in enumerate(numbered, 1))
    if paged:
        lines = [line[:found.start()] for line, found in zip(lines, numbered)]
    footer = _common_suffix(lines, 2 if paged else 3)
    out = []
    for number, line in enumerate(lines, 1):
        if footer and line.rstrip().endswith(footer):
            line = line.rstrip()[: -len(footer)]
        page = re.match(r"^\s*(\S{1,3})\s", line)
        if number > 1 and page and re.sub(r"\D", "", page[1]) == str(number):
            line = line[page.end():]
        out.append(line)
    return out


_PAGE_END = re.compile(r"[ \t]+(?:page|p\.)[ \t]*([0-9]{1,3})(?:[ \t]*(?:of|de|/)[ \t]*[0-9]{1,3})?[ \t]*$",
                       re.IGNORECASE)


def _common_suffix(lines: list[str], fewest: int) -> str:
    """A footer every page line ends with (``OG. Business Enablement and Services``), if there
    are at least ``fewest`` lines."""
    if len(lines) < fewest:
        return ""
    ends = [line.rstrip() for line in lines]
    suffix = ends[0]
    for line in ends[1:]:
        while suffix and not line.endswith(suffix):
            suffix = suffix[1:]
    suffix = suffix[suffix.find(" ") + 1:] if " " in suffix else suffix
    return suffix if len(suffix) >= 12 else ""


# --- marks ------------------------------------------------------------------------------------------

_LABELS = [(field, lang, phrase) for field, phrases in FIELDS.items() for lang, phrase in phrases] + \
          [("", lang, phrase) for lang, phrase in PEOPLE]
_HEADINGS = [(section, lang, phrase) for section, phrases in SECTIONS.items() for lang, phrase in phrases]
_LABEL_WORDS = alternation(p for _, _, p in _LABELS)


def _by_length(phrases: set[str]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for phrase in sorted(phrases):
        out.setdefault(len(phrase), []).append(phrase)
    return out


_PHRASE_FIELD = {phrase: field for field, _, phrase in reversed(_LABELS)}
_LABEL_PHRASES = _by_length({p for _, _, p in _LABELS if re.fullmatch(r"[\w' &/#.°-]+", p)})
"""The labels hrkit knows that are plain words (no pattern), by their length: what a misread label is compared
with (as long: letters misread, none lost)."""
_PLAIN_LABELS = _Known({phrase for phrases in _LABEL_PHRASES.values() for phrase in phrases})
_KNOWN_WORDS = _Known({word for phrases in _LABEL_PHRASES.values() for phrase in phrases
                       for word in re.findall(r"[^\W\d_]{6,}", phrase)})
"""The words of the labels hrkit knows, six letters or more."""
_HEADING_PHRASES = _by_length({phrase for _, _, phrase in _HEADINGS if re.fullmatch(r"[a-z' ]+", phrase)})
"""The headings hrkit knows that are plain words, by their length: what a misspelt heading is compared with."""
_PLAIN_HEADINGS = _Known({phrase for phrases in _HEADING_PHRASES.values() for phrase in phrases})
_HEADING_LONGEST = 40
_LABEL_START = re.compile(rf"(?:{_LABEL_WORDS})(?!\w)")
_OF_THIS = (r"(?:[ \t]+(?:of|for)[ \t]+(?:(?:this|the)[ \t]+)?(?:work[ \t]+)?(?:description|position|document|job|"
            r"classification)|[ \t]+de[ \t]+(?:la|cette)[ \t]+description(?:[ \t]+de[ \t]+travail)?)?")
"""``Effective date of this description``, ``Date d'entrée en vigueur de la description``: a
label's words for what it is about, which change nothing."""
_LABEL = re.compile(rf"(?<![\w'/&-])({_LABEL_WORDS}){_OF_THIS}"
                    rf"(?:[ \t]*/[ \t]*(?:({_LABEL_WORDS}){_OF_THIS}|([^\n:()]{{2,40}}?)))?\.?[ \t]*"
                    rf"(?:\(([^()\n]{{1,30}})\)[ \t]*)?:")
"""A label and its colon; a bilingual form's label in the other language after a slash (known,
or words hrkit does not know: ``Reporting to / Se rapporte à:``); a qualifier in parentheses."""
_KNOWN_LABEL = re.compile(f"(?:{_LABEL_WORDS})")
"""Any label hrkit has a phrase for, whole: a quick test before asking which one it is."""
_OTHER_LANGUAGE = {EN: FR, FR: EN}
_LONE_LABEL = re.compile(rf"(?:[\u2022]\s*)?({_LABEL_WORDS}){_OF_THIS}(?:\s*/\s*({_LABEL_WORDS}){_OF_THIS})?\.?\s*"
                         rf"(?:\([^()\n]{{1,30}}\))?\s*:?")
_ROW_LABEL = re.compile(rf"[ \t]*((?:{_LABEL_WORDS}){_OF_THIS})(?:[ \t]*\([^()\n]{{1,30}}\))?\.?[ \t]*:?(?=\s|$)")
"""A label of a form's row of labels, where it stands (``_label_row``)."""
_QUALIFIED = {"position_number": "supervisor_number", "title": "supervisor_title",
              "classification": "supervisor_classification"}
"""``Reports to (Position Number):``: the supervisor's field a qualifier names."""
def _qualified_name(name: str | None, words: str, qualifier: str) -> str | None:
    """The field a label (``words``, folded) names with its qualifier in brackets: a supervisor's label's qualifier
    names which of the supervisor's fields (``Reports to (Group/Level)``, ``Poste du gestionnaire (no)``), a label of
    the position's own qualified as the supervisor's is the supervisor's (``Position No. (Supervisor)``)."""
    if qualifier and (name == "supervisor_title" or words in ("supervisor", "superviseur")):
        named = _which("label", qualifier)[0] or "/" not in qualifier and guess_label(qualifier)  # "(position)"
        # names one field; "(Title/Position #)" the value's parts
        return "supervisor_number" if _NUMBER_QUALIFIER.fullmatch(qualifier) else _QUALIFIED.get(named, name)
    if name in _QUALIFIED and _SUPERVISOR_QUALIFIER.fullmatch(qualifier):
        return _QUALIFIED[name]
    return name


_NUMBER_QUALIFIER = re.compile(r"(?:numero|number|nbr|num|no|n[°o]|#)\.?")
"""``(no)``, ``(#)`` after a supervisor's label: the supervisor's position number."""
_SUPERVISOR_QUALIFIER = re.compile(r"(?:of the |du |de la |de l')?(?:supervisor|superviseure?|superieure?|manager|"
                                   r"gestionnaire|superieur hierarchique)(?:'?s)?")
"""``(Supervisor)`` after a label of the position's own: the supervisor's field."""
_JOINED_LABEL = re.compile(r"([^\W\d][\w' ]{1,30}?)[ \t]+(?:and|et|&)[ \t]+$")
"""``Title and`` before ``level:``: two fields in one label, the value the first one's."""
_OWNER = re.compile(r"(?<![\w'])(?:superior|supervisor|manager|superieur|superviseur|surveillant|reporting)(?:'?s|e)?"
                    r"(?:[ \t]*[:\u2013-])?[ \t]+$")
"""The supervisor's word just before a label of the position's own (``Superior's Classification``,
``Supervisor: position number:``, ``Immediate Superior - Title:``)."""
_LANGUAGE_QUALIFIERS = {"english": EN, "anglais": EN, "en": EN, "eng": EN, "ang": EN, "a": EN,
                        "french": FR, "francais": FR, "fr": FR, "fra": FR, "f": FR}
_HEADING_WORDS = alternation(p for _, _, p in _HEADINGS)
_FIRST_PIECES = {"label": by_first_piece(_LABELS), "heading": by_first_piece(_HEADINGS)}
_NUMBERING = (r"(?:[\u2022]\s*)?(?:(?:section|part|partie)\s+)?(?:[0-9]{1,2}\.[0-9]{1,2}|[0-9ivx]{1,4}|[a-h])?"
              r"(?:[ \t]*[.):\u2013-])?\s*")
_HEADING_LINE = re.compile(rf"{_NUMBERING}((?:{_HEADING_WORDS})(?:\s*[/|-]\s*(?:{_HEADING_WORDS}))*)"
                           rf"(?:\s*\([^()\n]{{1,40}}\))?(?:[ \t]+[0-9]{{5,8}})?\s*[:.]?")
"""A heading alone on its line, numbered or not, with a qualifier or not (``Dimensions (fiscal year)``), or the
position's number after it (an HR system's ``Positions Reporting To 00041210``)."""
_HEADING = re.compile(rf"(?<![\w'])({_HEADING_WORDS})(?![\w'])[ \t]*:?")
_DOCUMENT = re.compile(rf"(?<![\w'])({alternation(p for _, p in DOCUMENT_TITLES)})(?![\w'])")


@cache
def _which(table: str, folded: str) -> tuple[str, str]:
    """(name, language) of the phrase that ``folded`` is (the longest phrase first); the
    language is "" for words both languages use (``Dimensions``, ``Division``)."""
    rows = (row for first, group in _FIRST_PIECES[table] if first.match(folded) for row in group)
    found = [(len(phrase), name, lang) for name, lang, phrase in rows if phrase_regex(phrase).fullmatch(folded)]
    if not found:
        return "", ""
    longest = max(found)[0]
    names = {(name, lang) for size, name, lang in found if size == longest}
    name = sorted(names)[0][0]
    return name, (sorted(names)[0][1] if len({lang for _, lang in names}) == 1 else "")


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _line_start(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    return not text[start:at].strip(" \u2022*-\t0123456789.)")


def _dated_label_start(text: str, folded: str, date: re.Match, run: bool) -> int | None:
    """Where ``Date:`` at a line's start (in a scan's run, in a form's capitals among its fields:
    ``... GENERIC NO.: 5S2174 DATE: APR 18 2001 BRANCH/SECTOR: ...``), or a label ending with it
    that names the description's date (``Efective Date:``), begins; None for a date beside a
    signature."""
    if _line_start(text, date.start()) or run and text[date.start():date.end()].rstrip(" :").isupper():
        return date.start()
    line = text.rfind("\n", 0, date.start()) + 1
    return line if guess_label(folded[line:date.end()].strip(" :")) == "effective_date" else None


def _marks(text: str, folded: str, run: bool) -> list[Mark]:
    marks = _headings(text, folded, run)
    marks += [Mark("document", "", m.start(), m.end(), (lang,)) for m in _DOCUMENT.finditer(folded)
              for lang in [_document_language(m[0])]
              if _capitals(text[m.start():m.end()]) or not run and _whole_line(folded, m.start(), m.end())]
    body = min((m.start for m in marks if m.kind == "heading" and m.name not in ("details", "other")), default=len(text))
    reports_headers = [(m.start(), m.end()) for m in re.finditer(r"^[^\n:0-9]*\|[^\n:0-9]*$", text, re.MULTILINE)
                       if report_header([c.strip() for c in m[0].strip(" |").split("|")]) is not None]
    for match in _LABEL.finditer(folded):
        if any(s <= match.start() < e for s, e in reports_headers):
            continue  # "Pos. No. | Direct Report | Level | FTEs": a table of direct reports' header, no field
        name, lang = _which("label", match[1])
        if name == "classification" and _NUMBER_LABEL_BEFORE.search(folded, max(0, match.start() - 20), match.start()):
            continue  # "SUPERVISOR'S POS. NO. / GROUP-LEVEL: 3O001  EX-03": one label of a number and its level
        second = _which("label", match[2])[1] if match[2] else _OTHER_LANGUAGE.get(lang) if match[3] else None
        qualifier = " ".join(match[4].split()) if match[4] else ""
        if qualifier in _LANGUAGE_QUALIFIERS:
            lang = _LANGUAGE_QUALIFIERS[qualifier]
        else:
            name = _qualified_name(name, match[1], qualifier)
        words = text[match.start(): match.end()]
        kind = "field" if name else "people"
        section = _section_after(folded, match) if name == "department" else None
        if section:  # "Organisation: Subordonnés immédiats": a heading, the section it names after its colon
            marks.append(Mark("heading", *section, ()))
            continue
        if not name and match[1] == "date" and match.start() < body:
            start = _dated_label_start(text, folded, match, run)
            if start is not None:
                marks.append(Mark("field", "effective_date", start, match.end(), (lang,), guessed=True))
                continue  # "Date:" among the header's fields is the description's date, not a signature's
        owner = _OWNER.search(folded, max(0, match.start() - 30), match.start()) if name in _QUALIFIED else None
        joined = _JOINED_LABEL.search(folded, max(0, match.start() - 40), match.start()) if name else None
        if owner:  # "Superior's Classification:": a label of the supervisor's that hrkit knows only in part
            name, match_start = _QUALIFIED[name], owner.start()
        elif joined and guess_label(joined[1]) and _line_start(text, joined.start(1)):
            name, match_start = guess_label(joined[1]), joined.start(1)  # "Title and level:": the title, its level in it
        else:
            before = _QUALIFIER_BEFORE.search(folded, max(0, match.start() - 14), match.start()) if name else None
            match_start = before.start() if before else match.start()  # "Proposed Classification:"
        if kind == "people" and (not (_line_start(text, match.start()) or words[:1].isupper())
                                 or _OF_SOMEONE.search(folded, max(0, match.start() - 12), match.start())
                                 or match[1] in _OPENING_LINE and not _line_start(text, match.start())):
            continue  # "POSTES RELEVANT DU TITULAIRE:", "Reporting to the incumbent:": a list's heading
        if kind == "field" and match.start() >= body and _sentence_goes_on(text, match.start(), match.end()) \
                and _VALUE_KINDS.get(name, "text") == "text":
            continue  # "... report to the Director, X, Migration Health" / "Branch:": a sentence's last word
        if kind == "field" and not (match.start() < body or _line_start(text, match.start()) or _capitals(words)) \
                or kind == "field" and match.start() >= body and name in ANYWHERE:
            if name not in ANYWHERE:
                continue
            marks.append(Mark(kind, name, match.start(), match.end(), (lang,), strong=False))
            continue  # "Reports to:" inside the organization's section: read, and the section goes on
        languages = tuple(x for x in (lang, second) if x is not None)
        start = match_start if kind == "field" else _signature_start(text, match.start(), run)
        marks.append(Mark(kind, name, start, match.end(), languages, bilingual=second is not None))
    colons = _header_fields(marks, body)
    if colons >= 2:  # a form's labels its gap sets apart, before a guess takes one with its value
        marks += _bare_labels(text, folded, body, marks, gapped=True)
    marks += _guessed_labels(text, folded, body, marks, run)
    if not run:
        marks += _field_block(text, folded, body, marks)
    if colons < 2:  # (almost) no labels with colons: any label hrkit knows, or (after guessed ones) gapped ones
        marks += _bare_labels(text, folded, body, marks, gapped=_header_fields(marks, body) >= 2)
    marks += _capital_labels(text, folded, body, marks)
    marks += _signatures(text, folded, run) + _attestations(folded, body, marks)
    if run:  # "... secure and INCUMBENT Dale McKenzie humane custody ...": a form's box read into the prose
        marks += [Mark("people", "", m.start(), m.end(1), (), strong=False)
                  for m in _NAMED_INCUMBENT.finditer(text, body)]
    else:
        marks += _names_above(text, folded, body, marks)
    marks += [Mark("people", "", start, end, ())  # no section's text
              for start, end in mail.people_spans(text) + people.notes_to_file(text)]
    marks += [Mark("people", "", m.start(), m.end(), ()) for m in _BYLINE.finditer(text)]
    return _paired(text, _without_overlaps(marks))


_NUMBER_LABEL_BEFORE = re.compile(r"(?:pos(?:ition)?\.?[ \t]*(?:no\.?|number|#)|poste)[ \t]*/[ \t]*$")


def _sentence_goes_on(text: str, start: int, end: int) -> bool:
    """Is a label opening its line (``Branch:``, nothing after it but the list or heading after it) the end
    of a sentence the line before runs on into it: prose, not a list's item, long, ending on a word
    with no stop? (Asked of labels of words only: ``Group/Level: EX-03`` is a field, its value says so.)"""
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)].strip()
    if not _line_start(text, start) or "\n" in text[start:end] or rest and not _BULLET.match(rest) \
            and not _heading_line(rest):
        return False  # "Titre du surveillant: Directeur général, X": a value after it, a field
    before = text[text.rfind("\n", 0, max(start - 1, 0)) + 1:start].strip()
    return len(before) >= _PROSE_LINE and before[-1:].isalpha() and ":" not in before \
        and not _BULLET.match(before) and len(re.findall(r"\b[a-zà-ÿ]{2,}\b", before)) >= _PROSE_WORDS


_PROSE_LINE = 60
_PROSE_WORDS = 5


def _header_fields(marks: list[Mark], body: int) -> int:
    """How many fields' labels stand before the first section."""
    return sum(m.kind == "field" and m.start < body for m in marks)


_BYLINE = re.compile(r"^[ \t]*(?:(?:Page )?(?:last )?(?:modified|updated|edited|created)|Derni[èe]re modification|"
                     r"Modifi[ée]e?|Cr[ée][ée]e?|Mis(?:e)? [àa] jour)[ \t]+(?:by|par)\b[^\n]*",
                     re.MULTILINE | re.IGNORECASE)
"""A page's byline without a colon (``Last modified by Gordon Paquette on August 22, 2023``): a person's."""
_NAMED_INCUMBENT = re.compile(r"\b(INCUMBENT|TITULAIRE)\s+(?=[A-ZÀ-Ý][a-zà-ÿ'-]+\s+[A-ZÀ-Ý][\w'-]+)")
_ATTESTATION = re.compile(r"(?:\b(?:certification|attestation)\s*(?:/\s*(?:certification|attestation)\s*)?)?"
                          r"\b(?:the foregoing is an? (?:accurate|true|complete)|i certify that|je certifie que|"
                          r"l'enonce qui precede)")


def _attestations(folded: str, body: int, marks: list[Mark]) -> list[Mark]:
    """A certification's formula (``The foregoing is an accurate and complete statement``, ``Je
    certifie que``) under no heading of its own (a scan's run, its ``Certification`` in title case):
    the certification starts there, and the names of who signed it are no section's text."""
    certified = [m.start for m in marks if m.kind == "heading" and m.name == "certification"]
    return [Mark("heading", "certification", m.start(), m.start(), ()) for m in _ATTESTATION.finditer(folded, body)
            if not any(at <= m.start() for at in certified)][:1]


_OF_SOMEONE = re.compile(r"(?<![\w'])(?:du|au|aux|of|to|the)[ \t]+$")


_QUALIFIERS = (r"(?:proposed|official|current|approved|substantive|actual|proposee?|officiel(?:le)?|actuel(?:le)?"
               r"|approuvee?|english|french)")
_QUALIFIER_BEFORE = re.compile(rf"(?<![\w']){_QUALIFIERS}[ \t]+$")
_QUALIFIER_FIRST = re.compile(rf"^{_QUALIFIERS}[ \t]+")
"""A word a form puts before a label (``Proposed Classification:``, ``Official Title:``, ``French title``): the
label's, not the end of the value before it."""


def _section_after(folded: str, label: re.Match) -> tuple[str, int, int] | None:
    """The section a label's value names, when the value is a few words and no more
    (``Organisation: Subordonnés immédiats``, ``Organization: Direct reports``): the section's
    name and where its heading starts and ends."""
    end = folded.find("\n", label.end())
    end = end if end >= 0 else len(folded)
    value = folded[label.end(): end].strip(" :")
    if _SENTENCE_VALUE.match(value):  # "II. ORGANIZATION: The position reports to ...": the section's heading
        section = _which("heading", label[1])[0]
        return (section, label.start(), label.end()) if section else None
    section = guess_heading(value) if 0 < len(value.split()) <= 4 and _line_start(folded, label.start()) else None
    return (section, label.start(), end) if section else None


_SENTENCE_VALUE = re.compile(rf"(?:{'|'.join(word.lower() for word in _SENTENCE_FIRST)})\s[^.:]{{0,120}}?"
                             r"\b(?:reports?|relevent|releve|is|are|est|sont|includes?|comprend|consists?|leads?"
                             r"|dirige)\b")
"""A sentence after ``Organization:`` (folded): the section it heads, no department's name."""


def _paired(text: str, marks: list[Mark]) -> list[Mark]:
    """A field's label in both languages with only a slash between them (a bilingual form read
    without its colons: ``Position Title / Titre du poste Director, X``): one label."""
    out: list[Mark] = []
    for mark in marks:
        last = out[-1] if out else None
        if last and last.kind == mark.kind == "field" and last.name == mark.name \
                and re.fullmatch(r"[\s.:]*/\s*", text[last.end:mark.start]):
            out[-1] = Mark("field", mark.name, last.start, mark.end, tuple(dict.fromkeys(last.languages + mark.languages)),
                           last.strong, bilingual=True, guessed=last.guessed and mark.guessed)
            continue
        out.append(mark)
    return out


_LINE_LABEL = re.compile(r"^[ \t]*(?:\u2022[ \t]*)?([^\W\d][^\n:]{1,58}?)[ \t]*:(?=[ \t]*\S)", re.MULTILINE)


def _guessed_labels(text: str, folded: str, body: int, marks: list[Mark], run: bool) -> list[Mark]:
    """``Label: value`` before the first section whose label hrkit has no phrase for, named
    from its words (``vocabulary.guess_label``): a field never stays unread because a form words
    its label its own way. On a line, the label is what precedes the colon; in a scan's run, the
    last one to six capitalized words before it. Such a mark fills a field only if no known
    label did."""
    taken = [(m.start, m.end) for m in marks]
    out = []
    candidates = ((m.start(1), m.end()) for m in _LINE_LABEL.finditer(folded, 0, body)) if not run else \
        _run_labels(text, body)
    for start, end in candidates:
        label = folded[start:end].rstrip(" :")
        if any(s < end and start <= e for s, e in taken) or len(label.split(" / ")[0].split()) > 8:
            continue
        name = guess_label(label.split(" / ")[0]) or guess_label(label)  # a bilingual label: either half
        if name:
            out.append(Mark("field", name, start, end, (), guessed=True))
    return out


_FIELD_LINE = re.compile(r"^[ \t]*([^\W\d][^\n:]{1,58}?)[ \t]*:[ \t]*(\S[^\n]*?)[ \t]*$", re.MULTILINE)
FIELD_BLOCK = 3
"""Lines of ``Label: value`` in a row, at least, that are a form's fields wherever they stand."""


_REPORT_AS_LABEL = re.compile(rf"\((?:[^()]*{repair.CODE.pattern}|[ \t]*[0-9]+[ \t]*(?:FTE|ETP|employ|staff|people))"
                              r"[^()]*\)[ \t]*$", re.IGNORECASE)
"""``Director, Staffing and Classification (42 FTE): responsible for ...``: a report before its
duties, its classification or count in parentheses closing it, is no label however its words read."""


def _field_block(text: str, folded: str, body: int, marks: list[Mark]) -> list[Mark]:
    """A form's fields after the first section (placed at the end, or in a text box after it):
    lines of ``Label: value`` in a row, short values, each label read whole, known or named
    from its words (``WD Effective Date:``, ``Position ID:``)."""
    lines = [m for m in _FIELD_LINE.finditer(folded, body) if len(m[2].split()) <= 12]
    out: list[Mark] = []
    block: list[re.Match] = []
    for line in lines + [None]:
        if line is not None and (not block or folded.count("\n", block[-1].end(), line.start()) <= 1):
            block.append(line)
            continue
        if len(block) >= FIELD_BLOCK:
            for field in block:
                label = field[1]
                if _REPORT_AS_LABEL.search(text[field.start(1):field.end(1)]):
                    continue
                name = _which("label", label)[0] or _worded(guess_label(label.split(" / ")[0]) or guess_label(label),
                                                          field[2])
                if name:
                    out.append(Mark("field", name, field.start(1), field.end(1) + folded[field.end(1):].index(":") + 1,
                                    (), guessed=True))
        block = [line] if line is not None else []
    return out


def _worded(name: str | None, value: str) -> str | None:
    """A field named from its label's words only when its value holds words where the field is words: a table's row of
    a site's amounts (``Winnipeg site / Site de Winnipeg: $3,270,000 / $160,000``) is no location."""
    return None if name in ("location", "department", "branch") and not _WORD.search(value) else name


_RUN_WORD = re.compile(r"[A-ZÀ-Ý#][\w'/&#.()°-]*$")
_RUN_MORE = re.compile(r"[\w'/&#()°-]+$")
"""A label's first word is capitalized; its next ones may not be (``Titre officiel :``)."""


def _run_labels(text: str, body: int):
    """(start, end) of the label before each colon of a scan's run: the capitalized words
    before it (one to six) that name a field, as few as name the same one (a name run into the
    label, ``KowalchukPortfolio Organization``, is not part of it)."""
    for colon in re.finditer(r"[ \t]*:", text[:body]):
        offset = max(0, colon.start() - 80)
        words = list(re.finditer(r"\S+", text[offset: colon.start()]))

        def named(size: int) -> str | None:
            chosen = [w[0] for w in words[-size:]]
            mixed = len(chosen[0]) > 3 and chosen[0].isupper() and not all(w.isupper() for w in chosen)
            return guess_label(fold(" ".join(chosen))) if _RUN_WORD.match(chosen[0]) and not mixed and all(
                _RUN_MORE.match(w) for w in chosen[1:-1] + [chosen[-1].rstrip(".")]) else None
            # "GROUPE DE LA DIRECTION Poste": a heading's words; "Job Description No.": an abbreviation ends it

        size = next((n for n in range(min(6, len(words)), 0, -1) if named(n)), 0)
        if size:
            size = min(n for n in range(1, size + 1) if named(n) == named(size))
            yield offset + words[-size].start(), colon.end()


_BARE_LABEL = re.compile(rf"(?<![\w'/&-])({_LABEL_WORDS}){_OF_THIS}(?![\w'])"
                         rf"(?:[ \t]*\(((?![^()\n]*\d)[^()\n]{{1,30}})\))?")
"""A label without its colon, its qualifier in brackets (``Position Title (official)``, ``Reports to (Group/Level)``;
not ``Classification (EX-01)``, its value)."""


def _bare_labels(text: str, folded: str, body: int, marks: list[Mark], *, gapped: bool) -> list[Mark]:
    """Labels without their colons, as a scan reads a form's table (``Position Title Director
    General, X Classification EX-03 Job Code 220908``): read only before the first section, only
    written with a capital; where the document has labels with colons (``gapped``), only those a
    form's gap sets apart from their values (``Titre    Directeur, X   Niveau     EX-01``) or opening a
    line without a colon (``Work Site Winnipeg, Manitoba``)."""
    taken = [(m.start, m.end) for m in marks]
    out = []
    for match in _BARE_LABEL.finditer(folded, 0, body):
        name, lang = _which("label", match[1])
        name = _qualified_name(name, match[1], " ".join(match[2].split()) if match[2] else "")
        if not (name or _BARE_PEOPLE.search(match[1])) or not text[match.start()].isupper() \
                or any(s < match.end() and match.start() < e for s, e in taken) \
                or gapped and not (re.match(r"[ \t]{3,}\S", text[match.end():match.end() + 40])
                                   or _line_start(text, match.start()) and _colonless_value(text, match.end())) \
                or _IN_A_PHRASE.search(folded, max(0, match.start() - 8), match.start()):
            continue
        out.append(Mark("field" if name else "people", name, match.start(), match.end(), (lang,)))
    for match in _BARE_GROUP.finditer(text, 0, body):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            out.append(Mark("field", "classification", match.start(), match.end(),
                            (FR if match[1].lower() == "groupe" else EN,)))
    return out


_BARE_GROUP = re.compile(rf"(?:^|(?<=\n)|(?<=[ \t]{{3}}))(Groupe?|GROUPE?)"
                         rf"(?=[ \t]*(?:{'|'.join(sorted(GROUPS))})(?!\w))")
"""``Group EX   Level 01``, ``GroupEX`` (a scan ran them together): ``Group`` before a group's code is its label."""


def _colonless_value(text: str, end: int) -> bool:
    """A value after a label opening its line, on a line without a colon (``Work Site Winnipeg, Manitoba``); the
    label's other words start with a small letter (``Titre descriptif (français)``)."""
    line_end = text.find("\n", end) if "\n" in text[end:] else len(text)
    rest, line = text[end:line_end], text[text.rfind("\n", 0, end) + 1:line_end]
    value = rest.strip()
    return rest[:1] in " \t" and ":" not in rest and (value[:1].isupper() or value[:1].isdigit()) \
        and text.count(line) == 1  # not a page's running header ("No de poste 64985891 – Directrice, X")


_OPENING_LINE = frozenset(("approved", "approuve", "approuvee"))
"""People's labels only where they open a line (``Approved: Jane Smith, Director General``): after another word a
field's (``Date Approved:``, ``Titre approuvé:``)."""


_IN_A_PHRASE = re.compile(r"(?:,|\b(?:of|the|de|du|des|la|le))[ \t]+$")
"""What a word of a sentence follows, no form's label: ``... relève de la directrice générale,
Direction du recouvrement``, ``the Director of Operations``."""
_BARE_PEOPLE = re.compile(r"\b(?:incumbent|titulaire|supervisor|superviseur)\b")
"""A person's label that is no other word (``INCUMBENT``, ``SUPERVISOR``): read without its colon
too; ``Name``, ``Date``, ``Employee`` are words of titles and values as well."""


_CAPITAL_WORD = r"[A-ZÀ-Ý][A-ZÀ-Ý'&/.()-]*"
_CAPITAL_WORDS = re.compile(rf"(?<![\w'(])(?:{_CAPITAL_WORD}[ \t]+){{1,7}}{_CAPITAL_WORD}"
                            rf"(?=[ \t]+(?!{_CAPITAL_WORD}(?:\s|$))[^\s:])")


def _capital_labels(text: str, folded: str, body: int, marks: list[Mark]) -> list[Mark]:
    """A form's labels in capitals without their colons, each before its value (``DÉSIGNATION DU
    POSTE Directeur, X CATÉGORIE ET NIVEAU EX-01 LIEU D'AFFECTATION Gatineau (Québec)``), before the
    first section: the longest run of their last words (two at least) hrkit can name a field from;
    they fill only fields no other label filled. A classification's group (``EX``) ends no label,
    and a value in capitals is none (``GROUPE DE LA DIRECTION``)."""
    taken = [(m.start, m.end) for m in marks]
    out = []
    for match in _CAPITAL_WORDS.finditer(text, 0, body):
        words = list(re.finditer(r"\S+", match[0]))
        if words[-1][0].strip("()") in GROUPS:
            words.pop()
        for first in range(max(0, len(words) - 6), len(words) - 1):
            start, end = match.start() + words[first].start(), match.start() + words[-1].end()
            name = guess_label(folded[start:end])
            if name:
                if not any(s < end and start < e for s, e in taken):
                    out.append(Mark("field", name, start, end, (), guessed=True))
                break
    return out


_SIGNED = re.compile(r"(?<![\w'])(?:prepared|approved|reviewed|signed|certified|recommended|submitted|prepare|approuve|"
                     r"revise|signe|recommande|soumis|redige|redigee|preparee)\s+(?:by|par)\s+(?=\S)|_{5,}")


def _signatures(text: str, folded: str, run: bool) -> list[Mark]:
    """``Prepared by Jane Smith``, ``__________`` lines: where a signature block begins."""
    out = []
    for match in _SIGNED.finditer(folded):
        if match[0].startswith("_") and not run:  # a line to sign on: all of it
            out.append(Mark("people", "", text.rfind("\n", 0, match.start()) + 1, match.end(), ()))
        elif match[0].startswith("_") or _line_start(text, match.start()) or text[match.start()].isupper():
            out.append(Mark("people", "", _signature_start(text, match.start(), run), match.end(), ()))
    return out


_NAME_LINE = re.compile(r"[ \t]*(?:(?P<label>[^\n:]{1,50}?)[ \t]*:[ \t]*)?"
                        r"(?P<name>[A-ZÀ-Ý][\w'’-]*\.?(?:[ \t]+[A-ZÀ-Ý][\w'’-]*\.?){1,3})[ \t]*")


def _names_above(text: str, folded: str, body: int, marks: list[Mark]) -> list[Mark]:
    """A person's name on the line above a signature's date or line, after a role hrkit has no
    phrase for or alone (``Delegated Manager: Jane Smith`` / ``Date: ______``): the signature's,
    never the text of the section before it."""
    out = []
    for mark in marks:
        if mark.kind != "people" or mark.start < body or not _line_start(text, mark.start):
            continue
        end = text.rfind("\n", 0, mark.start)
        start = text.rfind("\n", 0, end) + 1
        line = _NAME_LINE.fullmatch(text, start, end) if end > 0 else None
        if line and not role_word(folded[line.start("name"):line.end("name")]) \
                and not (line["label"] and _KNOWN_LABEL.fullmatch(folded, line.start("label"), line.end("label"))):
            out.append(Mark("people", "", start, end, ()))
    return out


def _signature_start(text: str, at: int, run: bool) -> int:
    """A name is written before ``Date:`` or a signature's label as often as after it: the
    signature takes its line, or in a scan's run the words since the last sentence; never a
    labelled value before it (``TITLE: Director INCUMBENT: ...``)."""
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("; ", 0, at) + 2, 0) if run else text.rfind("\n", 0, at) + 1
    if ":" in text[start:at] or at - start > 60:
        return at
    return start


def _headings(text: str, folded: str, run: bool) -> list[Mark]:
    out = []
    for match in _HEADING.finditer(folded):
        words = text[match.start(): match.end()]
        section = _SECTION_NUMBER.search(folded, max(0, match.start() - 16), match.start())
        number = section or _HEADING_NUMBER.search(text, max(0, match.start() - 8), match.start())
        start = (number.start(1) if number[1] else number.start(2)) if number else match.start()
        alone = not run and _whole_line(folded, match.start(), match.end()) and not words[:1].islower()
        half = None if number else _first_half(text, folded, match.start(), words)
        start = half.start() if half else start
        colon = words.rstrip().endswith(":") and (_line_start(text, match.start()) or half is not None
                                                  or run and words[:1].isupper())
        tail = _HEADING_TAIL.match(text, match.end()) if run else None  # "Dimensions and Resources Salary..."
        if not (alone or colon or _capitals(words) or section
                or run and _set_apart(text, start, tail.end() if tail else match.end(), _which("heading", match[1])[1])
                or run and number and words[:1].isupper()  # "2. Structure de l'organisation" in a run
                or run and len(match[1].split()) >= 4 and words[:1].isupper()):  # too long a phrase to be prose
            continue
        if match[1] in LINE_ONLY_HEADINGS and not alone and not (
                run and number and words[:1].isupper() and not words.rstrip().endswith(":")):
            continue  # "Organisation: Health Canada" is a label; "III. ORGANISATION" in a scan's run a heading
        name, lang = _which("heading", match[1])
        if half:  # the first half's language: the heading opens that language's text
            lang = _which("heading", " ".join(half[0].split()).rstrip(" /"))[1]
        out.append(Mark("heading", name, start, tail.end() if tail else match.end(), (lang,)))
    annexes = _annexes(text)  # "Annex A – Organization Chart": the annex's, not the structure's heading
    out += _run_headings(text) if run else _worded_headings(text, folded)
    return [m for m in out if not any(a.start <= m.start < a.end for a in annexes)] + annexes


def _first_half(text: str, folded: str, at: int, words: str) -> re.Match | None:
    """A bilingual heading's first half before the half at ``at`` whose colon ends it (``Direct reports /
    Subordonnés directs: X (EC-06); ...``): where the heading starts, and its language; none in capitals (a heading
    of its own: ``DIRECT REPORTS / ...``) or a label's (``Organization / Organlsation: Canada Revenue Agency``)."""
    if not words.rstrip().endswith(":") or _line_start(text, at):
        return None
    half = _FIRST_HALF.fullmatch(folded, folded.rfind("\n", 0, at) + 1, at)
    if half is None or _capitals(text[half.start():half.end()]) \
            or _KNOWN_LABEL.fullmatch(" ".join(half[0].split()).rstrip(" /")):
        return None
    return half


_FIRST_HALF = re.compile(rf"[ \t]*(?:{_HEADING_WORDS})[ \t]*/[ \t]*")


def _annexes(text: str) -> list[Mark]:
    """An annex's heading on its own line (``VIII. Annex A: Organizational Chart``, ``Section 7 – Annexe A :
    Organigramme``): its budget tables are the dimensions', any other annex (a chart naming who holds each
    box, a list of committees) no section hrkit reads, but the end of the one before it; a list of the direct reports
    (``ANNEX A - DIRECT REPORTS``) the structure's. Not a table of
    contents' line (``... Organigramme: 6``)."""
    out = []
    for match in _ANNEX.finditer(text):
        if not re.search(r"(?:[:.][ \t]*|[ \t]{2,})[0-9]{1,3}[ \t]*$", match[0]):
            words = fold(match["words"])
            name = "dimensions" if guess_heading(words) == "dimensions" \
                else "structure" if REPORTS_ANNEX.search(words) else "annex"
            out.append(Mark("heading", name, match.start(1), match.end(), ()))
    return out


_ANNEX = re.compile(r"^[ \t]*((?:(?:[0-9]{1,2}|[IVX]{1,4})[.)][ \t]*"
                    r"|(?:section|partie)[ \t]+[0-9]{1,2}[ \t]*[-\u2013:][ \t]*)?"
                    rf"(?:{ANNEX})[ \t]+[A-Z0-9]{{1,2}}\b)"
                    r"[ \t]*[-\u2013:.]?[ \t]*(?P<words>[^\n]*)$",
                    re.MULTILINE | re.IGNORECASE)


REPORTS_ANNEX = re.compile(r"\b(?:direct reports|subordinates|subalternes|subordonnes|positions reporting|"
                            r"postes relevant|reporting positions)\b")
"""An annex's words naming it the position's list of direct reports (``ANNEX A - DIRECT REPORTS``): read as the
organization structure is (a chart's annex, naming who holds each box, is not)."""
_HEADING_TAIL = re.compile(r"[ \t]*(?:and|et|&)[ \t]+[A-ZÀ-Ý][\w'-]+(?=[ \t]+[A-ZÀ-Ý])")
"""A heading's last words hrkit has no phrase for, joined to it (``Dimensions and Resources``)."""


_WORDED_HEADING = re.compile(r"^[ \t]*(?:(?:[0-9]{1,2}|[A-H]|[IVX]{1,4})[.)][ \t]*)?([^\W\d][^\n:,0-9]{2,70}?)"
                             r"(?:[ \t]*\([^()\n]{1,30}\)(?=[ \t]*:))?[ \t]*:?[ \t]*$",
                             re.MULTILINE)


_CAPITALS_RUN = re.compile(r"(?<![\w'&/-])(?:(?<!\S)(?:[0-9]{1,2}|[A-H]|[IVX]{1,4})\.[ \t]*)?"
                           r"((?:[A-ZÀ-Ý][A-ZÀ-Ý'/-]+[ \t]+(?:(?:&|À)[ \t]+)?)*(?![OISB]+\b)[A-ZÀ-Ý][A-ZÀ-Ý'&/-]{3,})(?![\w'&/-])"
                           r"(?![ \t]*(?::|/[^:\n]{0,60}:))")


CAPITALS_SHARE = 0.8


def _run_headings(text: str) -> list[Mark]:
    """Headings in a scan's run worded as no vocabulary has them, in capitals (``ORGANIZATION AND
    REPORTING``, ``BUDGET AND STAFF``) and not a label (no colon after them), named from their words.
    A form typed all in capitals has none: its capitals set nothing apart."""
    letters = re.findall(r"[^\W\d_]", text)
    if sum(c.isupper() for c in letters) > CAPITALS_SHARE * len(letters):
        return []
    out = []
    for match in _CAPITALS_RUN.finditer(text):
        start = match.start(1)
        for word in re.finditer(r"\S+", match[1]):  # "FTE", "OOO" (an OCR'd amount) before it are not its words
            if len(word[0]) > 3 or word[0] in ("KEY", "THE", "OUR", "LES", "DES", "NOS"):
                break
            start = match.start(1) + word.end() + 1
        words = text[start:match.end()]
        if not words.strip() or len(words.split()) > 7 or role_start(fold(words)) or _lone_label(words) \
                or _DOCUMENT.search(fold(words)):
            continue  # "NATURAL RESOURCES CANADA JOB DESCRIPTION": the document's title, no section
        name = guess_heading(fold(words))
        if name:
            out.append(Mark("heading", name, start if start > match.start(1) else match.start(), match.end(), ()))
    return out


def _worded_headings(text: str, folded: str) -> list[Mark]:
    """Headings worded as no vocabulary has them, alone on their line: in capitals or numbered
    (``BUDGET AND STAFF``, ``B. Organization and reporting``), named from their words
    (``vocabulary.guess_heading``); a line that is a label, a title or no section's words is none."""
    out = []
    for match in _WORDED_HEADING.finditer(text):
        words = match[1]
        if len(words.split()) > 7 or _DOCUMENT.search(fold(words)) or not (_capitals(words) or re.match(r"\s*(?:[0-9]{1,2}|[A-H]|[IVX]{1,4})[.)]", match[0])
                                          or _title_case_heading(text, match) or _said_heading(text, match)) \
                or _lone_label(words) or role_start(fold(words)) and not _DUTIES.match(fold(words)) \
                or re.search(r"[a-zà-ÿ]{3}\.$", words):
            continue  # "1. Représente l'organisation lors de consultations.": a sentence, no heading
        name = guess_heading(fold(words))
        if name:
            out.append(Mark("heading", name, match.start() + len(match[0]) - len(match[0].lstrip()), match.end(), ()))
    out += [Mark("heading", "structure", intro.start(1), intro.end(), ()) for intro in _REPORTS_INTRO.finditer(text)]
    return out


_REPORTS_INTRO = re.compile(r"^[ \t]*((?i:(?:the following (?:positions )?)?report(?:ing|s)?(?: directly)? to the"
                            r"|(?:les postes suivants )?rel[eè]vent(?: directement)? d[ue])[ \t]+[^\n:]{3,80}?)[ \t]*:"
                            r"[ \t]*$(?=\n(?:[ \t]*\n)*[ \t]*(?:[-*\u2022|]|[0-9]{1,2}[.)]))", re.MULTILINE)
"""A sentence that opens a list of reports, a title in it (``Reporting to the Director, Security Services are:``,
``Relèvent du titulaire :``), a list under it: the organization structure's heading."""


def _said_heading(text: str, line: re.Match) -> bool:
    """``What I actually do:``, ``Who reports to me:``, ``Money:``: a manager's own few words
    ending in a colon, alone on their line, a list or a paragraph under them (not a figure:
    ``Budget de F et E:`` over ``530 k$`` is a label)."""
    under = text[line.end():].lstrip("\n")
    return line[0].rstrip().endswith(":") and len(line[1].split()) <= _SAID_WORDS and line[1][:1].isupper() \
        and not re.match(r"[ \t]*[$0-9]", under)


_SAID_WORDS = 7
"""Words of a manager's heading, at most (``The four people reporting to me are:``)."""
_DUTIES = re.compile(r"(?:principal|main|key|chief|lead|senior|principales?)\s+(?:responsibilit|accountabilit|dut|"
                     r"activit|fonctions|responsabilit)\w*$")
"""``PRINCIPAL RESPONSIBILITIES``: a section's words after a word that may start a title."""


def _title_case_heading(text: str, line: re.Match) -> bool:
    """``Organization and Reporting`` alone on its line, its words capitalized, between the end of
    a sentence or a list and the start of a paragraph or a list: a heading, not a wrapped phrase.
    In sentence case (``Nature et portée du travail``) after a blank line, a paragraph's own line."""
    if "|" in line[0] or not line[1][:1].isupper():
        return False
    before = text[:line.start()].rstrip().rsplit("\n", 1)[-1].strip()
    after = text[line.end():].lstrip("\n").split("\n", 1)[0].strip()
    if len(line[1].split()) <= 5 and re.search(r"(?:^|\n)[ \t]*\n[ \t]*$", text[:line.start()]) \
            and re.match(r"[A-ZÀ-Ý0-9\u2022*-]", after) and guess_label(fold(line[1])) is None:
        return True  # "Unité organisationnelle" over its value is a label
    if len(line[1].split()) <= 4 and (not before or re.search(r"[.;!?)]$", before)) \
            and (_PAIR.match(after) or re.match(r"[A-ZÀ-Ý]", after) and len(after.split()) >= 6) \
            and guess_label(fold(line[1])) is None:
        return True  # "Scope and dimensions" over "Staff (FTEs): 41" or a paragraph: a Word document's heading
    return _title_cased(line[1]) and (not before or bool(re.search(r"[.;!?)]$", before)) or bool(_BULLET.match(before))) \
        and bool(re.match(r"[A-ZÀ-Ý\u2022*-]", after)) and len(after.split()) >= 4


_SECTION_NUMBER = re.compile(r"(?<![\w'])((?:section|part|partie)[ \t]+[0-9ivxs]{1,3}[ \t]*[-\u2013.:]?[ \t]*)()$")
"""``Section 4 - Dimensions``: a heading its form numbers in words, wherever it stands."""
_HEADING_NUMBER = re.compile(r"(?:(?:^[ \t]*|(?<=[.:;!?] ))([0-9]{1,2}\.[0-9]{1,2}\.?|(?:[0-9]{1,2}|[A-H]|[IVX]{1,4})[.)])"
                             r"|(?<=\s)((?:[0-9]{1,2}|[A-H]|[IVX]{1,4})\.))[ \t]*\Z", re.MULTILINE)
"""``1.``, ``2.0``, ``B)``, ``IV.`` before a heading (``2)`` only at a line's start or after a sentence):
its number, not the end of the text before it (``(staff of 31)`` is not)."""


def _set_apart(text: str, start: int, end: int, lang: str | None) -> bool:
    """A heading in a scan's run written as its language writes one, before a sentence begins:
    English in title case after a sentence or a figure ends (``... outcomes. Organization
    Structure The Director ...``, ``Total: $37.2M Organizational Context Reporting to ...``);
    French, which capitalizes a heading's first word only and no word inside a sentence, after
    anything when it is two words or more (``... EX-01 Responsabilité générale Le titulaire``,
    ``... attendus. Dimensions du poste Nombre d'ETP``)."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    words = text[start:end]
    ended = not before or before[-1] in ".):;" or bool(_FIGURE_END.search(before))
    if lang == FR:
        cased = words[:1].isupper() and (len(words.split()) > 1 or ended)
    else:
        cased = _title_cased(words) and ended
    return cased and (not after or after[0].isupper() or after[0] in "-\u2022*0123456789")


_FIGURE_END = re.compile(r"[0-9][^\s0-9]{0,2}$")
"""A value ending a form's field or a table's row (``Total: $37.2M``, ``EX-01``): the text before
a heading, as a sentence's end is."""


def _title_cased(words: str) -> bool:
    """Every word longer than three letters capitalized (``Organization and Reporting``)."""
    return all(w[:1].isupper() for w in words.split() if len(w) > 3)


def _whole_line(folded: str, start: int, end: int) -> bool:
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    line = folded[line_start: len(folded) if line_end < 0 else line_end]
    return bool(_HEADING_LINE.fullmatch(line.strip())) or bool(_DOCUMENT.fullmatch(line.strip(" :.")))


def _document_language(folded: str) -> str:
    return next(lang for lang, phrase in DOCUMENT_TITLES if phrase_regex(phrase).fullmatch(folded))


def _without_overlaps(marks: list[Mark]) -> list[Mark]:
    """Marks in order; of two that overlap, the longer."""
    out: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.start, -(m.end - m.start))):
        if out and mark.start < out[-1].end:
            if mark.end - mark.start > out[-1].end - out[-1].start:
                out[-1] = mark
            continue
        out.append(mark)
    return out
