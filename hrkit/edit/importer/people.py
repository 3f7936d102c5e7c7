"""Where a document names people inside the words that describe a position: an acting incumbent
beside a report's title or in a sentence about the supervisor (the names are dropped, the position's
words kept), a note to file about the incumbent and their successors (no part of the description)."""

from __future__ import annotations

import re

from hrkit.edit.importer.spelling import COMMON, frequency
from hrkit.edit.importer.vocabulary import fold, role_start, role_word


def notes_to_file(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a note to file (``Note to file - X, ETM delegate: incumbent eligible to retire
    ...``, ``Note au dossier (X, déléguée GTC) :``), to the end of its paragraph, or a line saying who last
    updated or printed it (``Updated 4 July 2023 by X``: a sheet's footer; ``Printed 2022-01-23 09:14 by X``: an HR
    system's page's)."""
    return [m.span() for pattern in (_NOTE_TO_FILE, _UPDATED_BY) for m in pattern.finditer(text)]


_NOTE_TO_FILE = re.compile(r"^[ \t]*(?i:note (?:to|for) (?:the )?file|file note|note (?:versée )?au dossier)\b"
                           r"[^\n]*(?:\n[ \t]*\S[^\n]*){0,6}", re.MULTILINE)
_UPDATED_BY = re.compile(r"^[ \t]*(?i:(?:last[ \t]+)?(?:updated|revised|modified|saved|maintained|printed)"
                         r"|mis[ \t]+à[ \t]+jour|révisé|modifié|imprimé)e?\b[^\n]{0,40}?[ \t](?i:by|par)[ \t]+"
                         r"[A-ZÀ-Ý][^\n]*", re.MULTILINE)


def without_occupants(text: str) -> str:
    """``text`` without the clauses naming who holds a position (``(acting: X)``, ``– X (acting)``,
    ``currently filled on an acting basis by X``)."""
    return _OCCUPANT.sub(_unless_words, text) if _ACTING_OR_HELD.search(text) else text


def _unless_words(clause: re.Match) -> str:
    """A clause out, but a dash's words the word lists know well after a report's details (``(EX-01) –
    Policy Development and ...``): a unit's name, kept."""
    return clause[0] if clause["after"] and not _unknown_word(clause["after"], rare=_NAME_RARE) else ""


_NAME_RARE = 1000
"""Where a name is expected (a dash after a report's details), a word rarer than this is a name's (``Wei Chen``:
names are common words in the word lists, less than a unit's words are)."""


_ACTING_OR_HELD = re.compile(r"(?i:acting|interim|int[ée]rim|\(\s*(?:incumbent|titulaire)|"
                             r"(?:incumbent|titulaire|occupant)\s*:|basis|held|occ[uv]p|filled|staffed|leave|"
                             r"cong[ée]|voir|see|check|\)[ \t]*[\u2013\u2014]|:[ \t]*[A-ZÀ-Ý])")
"""A word or mark each of ``_OCCUPANT``'s clauses holds: a text without one (a sentence of prose, most
lines of a list) is left without running the whole pattern; a colon before a capital lets most structures
through, for a report's holder after its title's colon (``Chef, ...: Brent Vachon``)."""


_WORD = r"[A-ZÀ-Ý](?:[^\W\d_]|['-])+"
_NAME = (rf"(?:[A-ZÀ-Ý]\.[ \t]*{_WORD}"  # "J. Tremblay-Roy", "É. D'Amours"
         rf"|{_WORD}(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:van|von|der|den|de|da|di|du|le|la)[ \t]+){{0,2}}{_WORD}){{1,3}})")
"""A person's name: two to four capitalized words, the surname after its particles (``Anneke van der
Berg``), a name wrapped to the next line (``(Shauna\nGirouard)``), or an initial and a surname; letters, no
digit (``I0 PY`` is a count a scan misread)."""
_ACTING = r"(?:acting|interim|int[ée]rim(?:aire)?|par\s+int[ée]rim)"
_OCCUPANT = re.compile(rf"\((?i:\s*(?:{_ACTING}|incumbent|titulaire|occupant"
                       r"|occupied\s+by|occup[ée]e?\s+par|held\s+by)\b)[^()]{0,60}\)"
                       rf"|(?i:[ \t]*[,;\u2013\u2014-][ \t]*(?:{_ACTING}|incumbent|titulaire|occupant)[ \t]*:)"
                       rf"[ \t]*{_NAME}(?=[ \t]*(?:$|[.;)]))"
                       rf"|(?i:[ \t]*[\u2013\u2014-][ \t]*vacante?)?[ \t]*[\u2013\u2014-][ \t]*{_NAME}"
                       rf"(?:[ \t]*\((?i:{_ACTING})\)|[ \t]+(?i:par\s+int[ée]rim|acting)\b)"
                       rf"|[ \t]*[,;]?[ \t]*(?i:(?:(?:currently|presently)\s+)?(?:staffed|filled|occupied|held)\s+"
                       rf"on\s+an?\s+(?:acting|interim)\s+basis|(?:occ[uv]p[ée]e?|assur[ée]e?|dot[ée]e?)\s+"
                       rf"(?:actuellement\s+)?(?:par\s+int[ée]rim|de\s+fa[çc]on\s+int[ée]rimaire))"
                       rf"(?:[ \t]*\({_NAME}\)|\s+(?i:by|par)\s+{_NAME})?"
                       rf"|[ \t]*(?i:(?:(?:the\s+)?position\s+(?:is\s+)?|(?:le\s+)?poste\s+(?:est\s+)?)?"
                       rf"(?:(?:currently|presently|actuellement)\s+)?"
                       rf"(?:(?:held|occupied|filled|staffed|encumbered)\s+by|occup[ée]e?\s+par))\s+{_NAME}\.?"
                       rf"|[ \t]*[\u2013\u2014-][ \t]*{_NAME}[ \t]*[\u2013\u2014-][ \t]*(?i:on\s+leave|en\s+cong[ée])"
                       rf"(?:[ \t]*[;,][ \t]*(?i:backfilled\s+by|remplac[ée]e?\s+par)\s+{_NAME})?\.?"
                       rf"|[ \t]*(?i:voir|see|check\s+w(?:ith|/))[ \t]+{_NAME}[ \t]+(?i:re|about|concernant)\b"
                       r"[ \t]*:?[ \t]*[^\s.;]+\.?"
                       rf"|(?:(?<=\))[ \t]*[\u2013\u2014]|[ \t]*:)[ \t]*(?P<after>{_NAME})(?:[ \t]*\((?i:{_ACTING})\))?"
                       r"(?=[ \t]*(?:$|[.;\u2022/]|[ \t][a-zà-ÿ]))",
                       re.MULTILINE)
"""Who holds a report's position (``(acting: Marie-Claude Sandhu)``, ``(titulaire : X)``, ``, acting:
X``, ``– X (acting)``, ``; currently staffed on an acting basis (X)``, ``occupé par intérim par X``,
``Currently held by X.``, ``Poste occupé par X.``, ``– X – on leave; backfilled by Y.``, ``– vacant – X
par intérim``, ``(PM-06, 6 FTEs) — Rajesh Venkataraman``, ``FB-06 - Chef, Traitement des voyageurs: Brent
Vachon •``, ``Classification advice: X / Avis ...``), and a reader's aside naming someone (``voir É. D'Amours re:
ETP``): a person's name, no part of the report."""


def without_holder(words: str) -> str:
    """A report's words opening with the name of who holds it (``- Geneviève Ouellet (A): responsible
    for ...``, ``Gilles Arseneault: responsible for ...``): the words without the name. A unit's name
    in that place (``Policy Development: ...``) is words the word lists know well, and stays."""
    held = _HOLDER.match(words)
    return words[held.end():] if held and _unknown_word(held["name"]) else words


_HOLDER = re.compile(rf"[\s,;.)\u2013\u2014-]*(?P<name>{_NAME})(?:[ \t]*\((?i:a|i|{_ACTING}|p\.?\s?i\.?)\))?[ \t]*:")


def without_name_before(title: str) -> str:
    """``Ravi Nakamura, Director General, X`` (a sentence naming the supervisor before the title):
    the title alone. Words the word lists know well before a title (``Regional Operations, ...``)
    are no one's name."""
    named = _NAME_BEFORE.match(title)
    return title[named.end():] if named and role_start(fold(title[named.end():])) and not role_word(fold(named[0])) \
        and _unknown_word(named[0]) else title


_NAME_BEFORE = re.compile(rf"{_NAME}[ \t]*,[ \t]*")


def named(value: str) -> str | None:
    """The person a people label's value names first (``Incumbent / Titulaire: Fergus Rasmusen-Boateng``,
    ``Deputy head: Valerian Vasquez    Date: ...``), or None: a role (``Director General``) or words the word
    lists know well are nobody's name."""
    found = _NAMED.match(re.split(r"\n|\t| {2,}", value.lstrip(), maxsplit=1)[0])
    name = found[1] if found else None
    if name is None or any(role_word(fold(word)) for word in name.split()) or not _unknown_word(name, _NAME_RARE):
        return None
    return name


_NAMED = re.compile(rf"[ \t*_]*({_NAME})(?![\w'-])")


def withheld(document: str, names: set[str]) -> str:
    """A document's file name with the names of people the document prints taken out (``Director, X - copy
    Fergus Rasmusen-Boateng.txt`` -> ``Director, X - copy [name].txt``, ``van Houten, Noémie - Director, X.txt``):
    a record names its source, never a person."""
    for name in sorted(names, key=len, reverse=True):
        words = [re.escape(word) for word in name.split()]
        splits = ((words[:-1], words[-1:]), (words[:1], words[1:]))  # "Tremblay, Anne Marie", "van Houten, Noémie"
        surname_first = "|".join(f"{'[ _]+'.join(last)}[ _]*,[ _]*{'[ _]+'.join(first)}" for first, last in splits)
        document = re.sub(rf"(?<![^\W_])(?:{'[ _.-]+'.join(words)}|{surname_first})"
                          r"(?![^\W_])", "[name]", document, flags=re.IGNORECASE)
    return document


def signed(text: str) -> set[str]:
    """The names a document prints over their role in a signature block (``Noémie van Houten, Incumbent    October
    3, 2021``, ``Siobhan Beauchesne, Titulaire``, ``Jane Doe, Director General, X``)."""
    lines = (_SIGNED.match(line) for line in text.split("\n") if "," in line)  # a line each: no name wraps here
    found = {named(m["name"]) for m in lines if m and (
        re.match(r"(?i:incumbent|titulaire|supervisor|superviseure?)\b", m["role"]) or role_start(fold(m["role"])))}
    return {name for name in found if name}


_SIGNED = re.compile(rf"[ \t_*]*(?P<name>{_NAME}),[ \t]+(?P<role>[^\n]{{1,60}})")


def without_name_after(title: str, names: set[str]) -> str:
    """A title without the name of a person the document prints elsewhere set after it by a dash or in brackets
    (``Director, X - Noémie van Houten``, ``Directeur, X (Siobhan Beauchesne)``; not after a comma, where a unit
    stands): a position's title names no one."""
    for name in sorted(names, key=len, reverse=True):
        if name.split()[-1] in title:
            words = r"[ \t]+".join(re.escape(word) for word in name.split())
            title = re.sub(rf"[ \t]+[-\u2013\u2014][ \t]*{words}[ \t]*$|[ \t]*\({words}\)[ \t]*$", "", title)
    return title


def _unknown_word(words: str, rare: int = COMMON) -> bool:
    """Do ``words`` hold one the word lists hardly know (a surname: ``Arseneault``), as a unit's
    name (``Policy Development``) does not?"""
    return any(frequency(word.lower()) < rare for word in re.findall(r"[^\W\d_][\w'-]*", words))


def margin_note(line: str) -> bool:
    """A line of its own a reader wrote on the page, naming someone (``Geneviève Paquette: OK for
    Tuesday's committee``, ``Olga Petrenko - need sign-off by Friday!!``, ``OK – M. Dufresne 12/03``,
    ``Classified by Kalinda Okafor on 2023-01-12``, ``Classified by X on behalf of the Vice-Chair``, ``[Anneke van
    der Berg]``), Outlook's ``Printed by: X   2`` under a page, an HR screen's incumbent under its employee number
    (``000503037   X``), a chat's speaker and a ticket's commenter over their words (``Osric Gauvreau  15:32``,
    ``[10:42 AM] X``, ``2024-04-09 09:30:00 - X``), a name signing in italics (``_X_``): no part of the description.
    A unit's name in that place (``Policy Development: to discuss``) is words the word lists know well."""
    note = _MARGIN_NOTE.fullmatch(line) if len(line) <= _NOTE_LENGTH else None
    return bool(note) and _unknown_word(next(name for name in note.groups() if name))


_NOTE_LENGTH = 90
_NOTE_WORDS = (r"(?i:ok|okay|need|needs|sign-?off|please|pls|asap|fyi|to discuss|[àa] discuter|check|verify|confirm|"
               r"v[ée]rifier|confirmer|svp|[àa] revoir|d'accord|vu)\b|!")
_CLOCK = r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_MARGIN_NOTE = re.compile(rf"[ \t]*(?:\[({_NAME})\]|\(({_NAME})\)"
                          rf"|({_NAME})[ \t]+\[?{_CLOCK}\]?"  # a chat's speaker over their message: "X  15:32"
                          rf"|\[?{_CLOCK}\]?[ \t]+({_NAME})[ \t]*:?"  # "[10:42 AM] X"
                          rf"|[0-9OIlSZB]{{4}}-[0-9OIlSZB]{{2}}-[0-9OIlSZB]{{2}}[ \tT]+"
                          rf"(?:{_CLOCK}|[0-9OIlSZB]{{1,2}}:[0-9OIlSZB]{{2}}(?::[0-9OIlSZB]{{2}})?)"
                          rf"[ \t]+[-\u2013\u2014][ \t]+"
                          rf"({_NAME})(?:[ \t]*\([^()\n]{{1,60}}\))?"  # a ticket's comment: "2024-04-09 09:30:00 - X",
                          # "... - X (Work notes / Notes de travail)"
                          rf"|[_*]+({_NAME})[_*]+"  # a name signing in italics
                          rf"|[0-9]{{6,11}}[ \t]+({_NAME})"  # an HR screen's incumbent: "000503037   X"
                          rf"|({_NAME})[ \t]*(?::|[ \t][\u2013\u2014-])[ \t]*(?=[^\n]{{0,60}}(?:{_NOTE_WORDS}))"
                          r"[^\n]{1,60}"
                          rf"|(?i:ok|okay|vu|approved|approuv[ée]e?|reviewed|classified|classifi[ée]e?|prepared|"
                          rf"pr[ée]par[ée]e?|r[ée]vis[ée]e?|signed|sign[ée]e?|printed|imprim[ée]e?)"
                          rf"(?:[ \t]+(?i:by|par))?"
                          rf"[ \t]*[,:\u2013\u2014-]?[ \t]*({_NAME})(?:[ \t]+(?i:on|le))?[ \t0-9/.-]*"
                          r"(?:(?i:on behalf of|au nom d[eu]|pour le compte d[eu])[ \t][^\n]{1,50})?)[ \t]*")
