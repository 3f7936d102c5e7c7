"""Words a scan misread in a title, mended from English and French word lists.

OCR reads ``e`` as ``c`` (``Inspcction``), ``i`` as ``l`` (``Ingénlerie``), ``ct`` as ``d``
(``Diredor``), ``h`` as ``b`` (``Sbift``), splits words (``Medi cal``), and runs words together
(``Operationsand``, ``Directiongénérale``, ``RegulationSector``, ``Directrice,Opérations``). A
title is a position's name, so such a word is mended where the word lists (pyspellchecker's
English and French frequencies) know exactly what it was, and the value is marked to verify with
what the document read. A word the lists do
not know and cannot explain (a place, an acronym, a name) is left as it is.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from itertools import product

from hrkit.edit.importer.vocabulary import fold, french_role

_CONFUSIONS = (("c", "e"), ("e", "c"), ("l", "i"), ("i", "l"), ("rn", "m"), ("m", "rn"), ("b", "h"), ("h", "b"),
               ("cl", "d"), ("ri", "n"), ("ii", "u"), ("n", "u"), ("u", "n"), ("vv", "w"), ("t", "f"), ("f", "t"),
               ("o", "e"), ("a", "e"), ("a", "o"), ("k", "ti"), ("li", "h"), ("h", "li"), ("b", "li"), ("l", "t"),
               ("d", "ct"))
"""Letters OCR takes for others (read, meant)."""
_ACCENTS = (("e", "é"), ("e", "è"), ("e", "ê"), ("a", "à"), ("a", "â"), ("c", "ç"), ("i", "î"), ("o", "ô"), ("u", "û"),
            ("é", "ô"))
"""Accents OCR lost or misread, put back in a French title only (``Materiel`` is English too)."""
_FRENCH = re.compile(r"\b(?:de|des|du|la|le|les|et|aux|à)\b", re.IGNORECASE)
_ENGLISH = re.compile(r"\b(?:and|of|the|for)\b", re.IGNORECASE)
COMMON = 100
"""How often the word lists must have seen a word for hrkit to put it in a title."""
_JOINED_COMMON = 1000
UNKNOWN_PLAIN = 20
"""How often French must have seen a word's accented form when its plain form is no word at all
(``collectivites``: ``collectivités``, seen 50 times)."""
_ENDS = frozenset(("and", "of", "the", "for", "et", "de", "des", "du"))
_STARTS = frozenset(("and", "of", "the", "et"))
"""Short words OCR runs into the word before or after (``Operationsand``, ``andServices``); two
longer words run together are more often a compound the word lists lack (``Townsite``)."""
_FRENCH_STARTS = frozenset(("la", "le", "les", "de", "des", "du", "aux", "au", "en", "et", "pour", "sur"))
_FRENCH_ENDS = frozenset(("de", "des", "du", "et", "pour", "aux", "au", "en", "sur"))
"""French's articles and prepositions, which a scan runs into a title's next or last word."""
_WORD = re.compile(r"[^\W\d_]+")
_FRENCH_SHORT_MISREAD = {"dcs": "des", "lcs": "les", "ct": "et", "dc": "de", "lc": "le", "Ia": "la", "clu": "du"}
"""French's short words a scan misread (``Direction générale dcs programmes``, ``Ia``): too short for the word lists
to tell, and no French word as they stand."""
_CAMEL = re.compile(r"\b([A-ZÀ-Ý]?[a-zà-ÿ]{3,})([A-ZÀ-Ý][a-zà-ÿ]{2,})\b")


@cache
def _frequencies() -> tuple[dict[str, int], ...]:
    from spellchecker import SpellChecker

    return tuple(SpellChecker(language=language, distance=1).word_frequency.dictionary for language in ("en", "fr"))


def frequency(word: str) -> int:
    """How often the word lists have seen ``word`` (folded to lower case), in either language."""
    return sum(words.get(word, 0) for words in _frequencies())


def leaning(text: str) -> str | None:
    """The language (``en``, ``fr``) whose word list knows more of ``text``'s words (``Biologiste principale``: French,
    though no accent nor role word says so), or None when both know as many."""
    known = [sum(words.get(word, 0) >= COMMON for word in _WORD.findall(text.lower())) for words in _frequencies()]
    return None if known[0] == known[1] else "en" if known[0] > known[1] else "fr"


def mended(title: str) -> str:
    """``title`` with the words a scan misread or ran together mended (unchanged if none)."""
    title = re.sub(r"(?<=[^\W\d_]),(?=[^\W\d_])", ", ", title)  # "Directrice,Opérations"
    title = _PERIOD_FOR_COMMA.sub(r"\1,", title)
    title = _CAMEL.sub(lambda m: f"{m[1]} {m[2]}"
                       if min(frequency(m[1].lower()), frequency(m[2].lower())) >= _JOINED_COMMON
                       else m[0], title)  # "RegulationSector", not "AgriStability"
    title = re.sub(r"(?<=[a-zà-ÿ])[1|](?=[a-zà-ÿ]|\b)", "l", lettered(title))
    title = _PLURAL_5.sub(lambda m: f"{m[1]}s" if frequency(f"{m[1]}s".lower()) >= COMMON else m[0], title)
    title = _SPLIT.sub(_rejoined, _HYPHENATED.sub(_dehyphenated, title))  # "Medi cal", "Direc trice"
    french = bool(_FRENCH.search(title) or french_role(fold(title.split(",")[0]))) and not _ENGLISH.search(title)
    confusions = _CONFUSIONS + _ACCENTS if french else _CONFUSIONS
    return _WORD.sub(lambda m: _word(m[0], confusions, french), title)


_PERIOD_FOR_COMMA = re.compile(r"\b(?!Assist\.)([A-ZÀ-Ý][a-zà-ÿ]{5,})\."
                               r"(?= (?!(?:The|This|Le|La|Les|Il|Elle)\b)[A-ZÀ-Ý])")
"""``Director. Science, Newfoundland Region``: a scan's period for the comma between a title's parts
(after a word, no abbreviation; not before a sentence's first word)."""
_IN_WORD = re.compile(r"(?<=[^\W\d_])[059](?=[a-zà-ÿ])")
_LETTER = {"0": "o", "5": "s", "9": "g"}
"""Digits a scan read for letters inside a word (``Rec0very``, ``infra5tructure``, ``rava9eurs``, ``C0ntract``)."""


def lettered(text: str) -> str:
    """``text`` with the digits a scan read for letters inside its words put back (as long: where a word
    starts and ends is kept)."""
    return _IN_WORD.sub(lambda m: _LETTER[m[0]], text)


_PLURAL_5 = re.compile(r"\b([^\W\d_]*[a-zà-ÿ]{3})5\b")
"""A word's closing ``s`` read as ``5`` (``Biens immobilier5``): mended when the word lists know the word."""
_SPLIT = re.compile(r"\b([^\W\d_]{2,}) ([a-zà-ÿ][^\W\d_]+|[A-ZÀ-Ý]{2,})\b")


_HYPHENATED = re.compile(r"\b([^\W\d_]{2,})- ([a-zà-ÿ][^\W\d_]*)")


def _dehyphenated(split: re.Match) -> str:
    """A word hyphenated at a line's end, the line's end a space (``Harmonizat- ion``): one word,
    or a compound whose first part is a word of its own (``long-term``)."""
    first, second = split[1], split[2]
    joined = first + second
    return joined if frequency(joined.lower()) or not frequency(first.lower()) else f"{first}-{second}"


def _rejoined(pair: re.Match) -> str:
    """Two pieces of one word a scan split with a space: joined when together they make a common
    word and one of them alone is none (``Medi cal``; not ``New port``)."""
    first, second = pair[1], pair[2]
    if (second[:1].isupper() and not first.isupper()) or min(frequency(first.lower()), frequency(second.lower())) > 0:
        return pair[0]
    joined = first + second.lower() if not first.isupper() else first + second
    return joined if frequency(joined.lower()) >= COMMON else pair[0]


def _word(word: str, confusions: tuple[tuple[str, str], ...], french: bool) -> str:
    if french and word in _FRENCH_SHORT_MISREAD:
        return _FRENCH_SHORT_MISREAD[word]
    lower = word.lower()
    if len(word) < 4 or word.isupper() or any(letter.isupper() and letter not in "IO" for letter in word[1:]):
        return word  # an acronym, a name with capitals inside (``CanNor``; a scan's ``FiscaI`` is mended)
    meant = _accented(lower) if french else None
    if meant is None and frequency(lower):
        return word
    meant = meant or french and _accented_unconfused(lower) or _unconfused(lower, confusions) \
        or _set_apart(lower, french, word[:1].isupper())
    if meant is None:
        return word
    return meant.capitalize() if word[:1].isupper() else meant


_PLACES = {"quebec": "québec", "montreal": "montréal", "levis": "lévis", "monteregie": "montérégie",
           "gaspesie": "gaspésie"}
"""Places a French title names that the word lists lack, as French writes them."""
_LOST = tuple(pair for pair in _ACCENTS if pair[0].isascii())
"""An accented letter a scan wrote as the plain one."""
_LOST_E = tuple(pair for pair in _LOST if pair[0] == "e")


@cache
def _accented(word: str) -> str | None:
    """A French title's word written without its accents (``general``, ``regional``, ``Quebec``):
    the word with them, when French writes it so far more often (not ``services``)."""
    if word in _PLACES:
        return _PLACES[word]
    french = _frequencies()[1]
    once = {word[:at] + meant + word[at + 1:] for read, meant in _LOST for at in range(len(word)) if word[at] == read}
    twice = {w[:at] + meant + w[at + 1:] for w in once for read, meant in _LOST_E for at in range(len(w))
             if w[at] == read}  # "general": "général"
    for candidates in (once, twice):  # one accent put back before two ("peches": "pêches", not "péchés")
        best = max(candidates, key=lambda w: french.get(w, 0), default=None)
        seen = french.get(best, 0) if best else 0
        if (seen >= COMMON or seen >= UNKNOWN_PLAIN and not frequency(word)) and seen > 10 * french.get(word, 0):
            return best
    return None


def _unconfused(word: str, confusions: tuple[tuple[str, str], ...]) -> str | None:
    """The most common word one OCR confusion away from ``word``, if the word lists know one."""
    best = max(set(_one_confusion_away(word, confusions)), key=frequency, default=None)
    return best if best is not None and frequency(best) >= COMMON else None


def _accented_unconfused(word: str) -> str | None:
    """A French word with an OCR confusion and its accents lost too (``gcnéral``, ``Securitc``,
    ``Qucbec``): the word one confusion away, its accents put back."""
    return next((accented for candidate in _one_confusion_away(word, _CONFUSIONS)
                 for accented in [_accented(candidate)] if accented), None)


def _one_confusion_away(word: str, confusions: tuple[tuple[str, str], ...]):
    """Each spelling of ``word`` with one of its letters OCR may have misread put back."""
    return (word[:at] + meant + word[at + len(read):]
            for read, meant in confusions for at in range(len(word)) if word.startswith(read, at))


def _set_apart(word: str, french: bool, named: bool) -> str | None:
    """``operationsand``: a common word and a short one run together; in French, which makes no
    compound of two words, any two common words (``Adjointeadministrative``), an article or a preposition and the
    word after it (``lasurveillance``, ``auxclients``, ``Portspour``, ``Gestionnairede``: the word only a known
    one), but a capitalized word's article (``named``: ``Lasalle``, ``Desbiens`` are places and names)."""
    splits = [(word[:at], word[at:]) for at in range(2, len(word) - 1)]
    splits = [(a, b) for a, b in splits if (a in _STARTS and len(b) >= 4 or b in _ENDS and len(a) >= 4)
              and min(frequency(a), frequency(b)) >= _JOINED_COMMON
              or french and (min(len(a), len(b)) >= 6 and min(frequency(a), frequency(b)) >= _JOINED_COMMON
                             or a in _FRENCH_STARTS and len(b) >= 4 and not named and frequency(b) >= COMMON
                             or b in _FRENCH_ENDS and len(a) >= 4 and frequency(a) >= COMMON)]
    return " ".join(max(splits, key=lambda s: min(map(frequency, s)))) if splits else None


def spacer(text: str) -> Callable[[str], str]:
    """What sets apart the words a scan ran together in a title that the word lists do not know (``Bureau des
    services fiscaux deLaval``, ``Director, Legal SurveysDivision``), where ``text``, the document, writes them
    apart (``... fiscaux de Laval``) at least as often as together."""
    @cache
    def tallies() -> tuple[Counter, Counter]:  # counted only for a word the lists do not know
        words = [word.lower() for word in _TOKEN.findall(text)]  # "semi-arid" one token: no pair "semi arid"
        return Counter(words), Counter(zip(words, words[1:]))

    def apart(found: re.Match) -> str:
        word = found[0]
        lower = word.lower()
        if len(word) < 5 or frequency(lower):
            return word  # a word the lists know, however rarely ("nutritionnelle"): no two
        counts, pairs = tallies()
        best = max(((pairs[lower[:at], lower[at:]], at) for at in range(2, len(word) - 1)
                    if all(frequency(part.lower()) or part[:1].isupper() for part in (word[:at], word[at:]))),
                   default=(0, 0))  # each part a word or a name: not a scan's "Parten ariats"
        return f"{word[:best[1]]} {word[best[1]:]}" if best[0] and best[0] >= counts[lower] else word

    return lambda title: _WORD.sub(apart, title)


_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
"""A word as a text writes it, its hyphens and apostrophes in it (``semi-arid``, ``l'évaluation``)."""


_REPLACED_LETTERS = "éèêàâçîôûëïù"
"""The letters a lossy conversion most often replaced with U+FFFD in our users' files: French accents."""
_ELIDED = frozenset(("l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu"))


def restored(word: str) -> str | None:
    """A word whose accented letters or apostrophe a lossy conversion replaced with U+FFFD
    (``\ufffdcosyst\ufffdmes``, ``g\ufffdn\ufffdral``, ``l\ufffdorganisation``, ``Canada\ufffds``): the word the
    word lists know, or None when they know none (a name)."""
    pieces = word.split("\ufffd")
    if len(pieces) > 4:
        return None
    best, seen = None, 0
    for letters in product(_REPLACED_LETTERS, repeat=len(pieces) - 1):
        candidate = pieces[0] + "".join(letter + piece for letter, piece in zip(letters, pieces[1:]))
        count = frequency(candidate.lower())
        if count > seen:
            best, seen = candidate, count
    if best is not None and seen >= UNKNOWN_PLAIN:
        return best.upper() if word.replace("\ufffd", "").isupper() else best
    before, _, after = word.partition("\ufffd")
    after = restored(after) if "\ufffd" in after else after
    if after and (before.lower() in _ELIDED and frequency(after.lower()) >= COMMON
                  or frequency(before.lower()) >= COMMON and after.lower() in ("s", "t")):
        return f"{before}'{after}"  # "l'organisation", "l'unité", "Canada's", "don't"
    return None
