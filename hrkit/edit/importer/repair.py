"""Reading values out of work-description text, with the OCR repairs the context makes certain.

Scans turn digits into look-alike letters (``EX-O3``, ``IO3865``, ``I46``, ``$SOOK``). Inside
a token that can only be a number (a job code, a position number, an FTE count, an amount
after ``$`` or before a unit, a day or a year, the level of a classification) ``O`` is 0,
``I``/``l``/``|`` are 1, ``S`` is 5 and a ``B`` among digits is 8; nowhere else is anything
changed. Every reader returns the value and whether it repaired it, so the written record can say
what the scan read.
English and French writings are read alike: ``$1.2M`` and ``1,2 M$``, ``April 1, 2020`` and
``le 1er avril 2020``, ``Gatineau, Quebec`` and ``Gatineau (Québec)``.
"""
from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal, InvalidOperation
from difflib import get_close_matches

from hrkit.edit.importer.vocabulary import ALONE, GROUPS, MONTHS, SUBGROUPS, fold

DIGITS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "S": "5"})
AMONG_DIGITS = str.maketrans({"B": "8", "b": "6", "G": "6", "Z": "2", "D": "0"})
"""Letters a scan reads for digits only among digits (``8B264``, ``5b288``, ``97G0585``, ``1OZ798``, ``EX 0Z``, a hand's
zero read as a ``D``: ``1D1177``)."""
NUMBER_CHARS = "0-9OoIlS|"
_GROUP = "|".join(sorted(GROUPS))
GROUP_PATTERN = (rf"(?:(?:{_GROUP})(?:[ \t]?[-\u2013_/][ \t]?(?:{'|'.join(sorted(SUBGROUPS))}))?"
                 rf"|{'|'.join(sorted(ALONE))}|Ex(?=[ \t]?[-\u2013][ \t]?[0-9OIl]))")
"""A group, and its subgroup if it has one (``EN-ENG``); a subgroup written alone (``RES-03``);
``Ex-03``, the executive group as a typist may write it."""
CODE = re.compile(rf"(?<![A-Za-z0-9])({GROUP_PATTERN})(?:(?:\s?[-\u2013\u2014_.]\s?\.?\s?-?\s?|\s|[ ]{{2,6}}"
                  rf"|[ \t]+(?:[Ll]evel|LEVEL|[Nn]iveau|NIVEAU)[ \t]+)"
                  rf"(?:([{NUMBER_CHARS}]{{1,2}}|[0O]?[Zb]|D[{NUMBER_CHARS}])|(?<=LA[-\u2013 ])([123][ABC]))"
                  rf"|([{NUMBER_CHARS}]{{2}}|[0O][Zb]|(?<=EX)[1-5I]))(?![A-Za-z0-9])")
"""A classification code: a known group, then its level (``EX-O3``, ``EC- 07``, ``EX-.O7``,
``EN-ENG-OS``, ``EX 0Z``, ``PM-Ob``, ``EX Z``, a hand's zero read as a D (``PM-DS``, ``EX D1``), an HR system's
``EX  01``, ``EX    03`` padded to its columns, an old form's ``EX Level 2`` / ``EX niveau 3``;
without a hyphen only with two characters of level, ``EXOI``:
``CO2`` is no code, but the executive group's older ``EX3`` is); a lawyer's level with its letter
(``LA-2B``)."""

FISCAL_YEAR = r"(?:19|20)[0-9]{2}[ \t]*[-/\u2013][ \t]*(?:[0-9]{4}|[0-9]{2})"
"""``2021-22``, ``2020/2021``: a fiscal year, a figure of no dimension."""
_SIX = r"G(?=[0-9OoIlSBG]|[.,][0-9OoIlS]|(?:'| {1,2})[0-9OoIlS][0-9OoIlSBG]{2}(?![0-9A-Za-z]))"
"""A G a scan read for a 6, among an amount's digits (``$G7,627K``, ``1G 03I k$``); a Z read for a 2, a b for a 6
and a hand's 0 read as a D among them too (``$I,b0Z,O00``, ``$2,870,DO0``)."""
_GROUP_AFTER = r"(?:'| {1,2})[0-9OoIlS][0-9OoIlSBGZb]{2}(?![0-9A-Za-z])"
"""A French amount's next group of three, a space before it (``3B 066 000 $``, ``12 25G 00O $``)."""
_NUMBER = (rf"(?:(?-i:[{NUMBER_CHARS}])|(?<=\$)\s?{_SIX}"
           rf"|(?<=[$S])\s?(?-i:[BZb])(?=[0-9OoIlSB]{{0,2}}[.,](?:[0-9OoIlSBZb]{{3}}"
           rf"|[0-9OoIlSBZb]{{1,2}}[ \t]*[MK](?![A-Za-z]))|[0-9OoIlSB]{{1,3}}[ \t]?[MK](?![A-Za-z])))"
           rf"(?:(?-i:[{NUMBER_CHARS}])|{_SIX}|B(?=[0-9OoIlSB]|[.,][0-9OoIlS]{{3}}|\s*mi[l1I]{{2}}|\s*[kKmM]\s*\$"
           rf"|[.,][0-9OoIlSB]{{1,2}}[ \t]*[MK](?![A-Za-z])|{_GROUP_AFTER}"
           rf"|[MK](?![A-Za-z])(?:(?<=[.,]B[MK])|(?<=[.,][0-9OoIlS]B[MK])))"
           rf"|(?-i:[Zb])(?=[0-9OoIlSBZb]|[.,][0-9OoIlS]|{_GROUP_AFTER}|[ \t]*[MK](?![A-Za-z]))"
           rf"|(?-i:D)(?=[0-9OoIlSBZbD]|[.,][0-9OoIlS]|[MK](?![A-Za-z])|{_GROUP_AFTER})"
           rf"|[.,](?=[{NUMBER_CHARS}]|B[0-9OoIlS]{{2}}|(?-i:[Zb])(?:[0-9OoIlS]|[ \t]*[MK](?![A-Za-z]))"
           rf"|(?-i:D)[0-9OoIlSD]"
           rf"|B[0-9OoIlS]?[ \t]*(?:[MK](?![A-Za-z])|mi[l1I]{{2}}))"
           rf"|(?:'| {{1,2}})(?=[0-9OoIlSB][0-9OoIlSBGZb]{{2}}(?![0-9A-Za-z])"
           rf"|[0-9][0-9OoIlSB]{{2}}[Kk](?![0-9A-Za-z])))*")
_S_FOR_DOLLAR = (r"(?-i:S)(?=[0-9][0-9OoIlSB]{0,2}(?:,[0-9OoIlSB]{3})+(?![0-9A-Za-z])"
                 r"|[0-9B][0-9OoIlSBb]{0,2}(?:[.,][0-9OoIlSBb]{1,3})?[ \t]?(?:[KkMm](?![A-Za-z])|million))")
"""An S a scan read for the dollar sign, before an amount whose first digit it read right or as a B for an 8
(``S8,248,000``, ``S2,7l6K``, ``SB.573 million``): the sign, not a 5."""
MONEY = re.compile(rf"(?<![\w.,])(\$\s*|{_S_FOR_DOLLAR}|(?-i:CAD)[ \t]?(?=[0-9]))?({_NUMBER})[ \t\u00a0\u202f]*"
                   rf"(mi[l1I]{{2}}[a-z]{{2,5}}\s+de\s+dollars|mi[l1I]{{2}}[a-z]{{2,5}}(?:[ \t]?\$)?|billions?|"
                   r"thousands?(?:\s+(?:of\s+)?dollars)?|"
                   r"(?-i:MM)(?![A-Za-z0-9])|[MKBG]\s*\$|k\s*\$|[MKBk](?![A-Za-z0-9])|\$|dollars)?(?![A-Za-z0-9])", re.IGNORECASE)
"""An amount: ``$2.96M``, ``$SOOK``, ``$23 million``, ``1,2 M$``, ``500 k$``, ``1 250 000 $``, ``$178 MM``, ``1 938K``,
an HR system's ``CAD 9,270,000``, ``6,386 thousand dollars``, ``4 700 milliers de dollars`` (an accountant's
millions); a B among its digits an 8 (``$2B.4M``, ``$1.BM``, ``3 7BO k$``; ``$2B`` is two billion)."""
_UNITS = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "million": 1_000_000, "millions": 1_000_000, "b": 1_000_000_000,
          "g": 1_000_000_000, "billion": 1_000_000_000, "billions": 1_000_000_000, "milliard": 1_000_000_000,
          "milliards": 1_000_000_000, "thousand": 1_000, "thousands": 1_000, "millier": 1_000, "milliers": 1_000}


_NUMBER_WORDS = {
    **{word: value for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen".split())},
    **dict(zip("twenty thirty forty fifty sixty seventy eighty ninety".split(), range(20, 100, 10))),
    **{word: value for value, word in enumerate(
        "zero un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split())},
    "une": 1, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "quatre-vingt": 80,
    "quatre-vingts": 80, "hundred": 100, "cent": 100, "cents": 100}
"""Numbers written in words, English and French, to ninety-nine and the hundreds."""
_NUMBER_WORD = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_WORDS_RUN = rf"(?:{_NUMBER_WORD})(?:(?:[ -]|[ \t]+(?:and|et)[ \t]+)(?:{_NUMBER_WORD}))*"
_COUNT_AFTER = re.compile(r"(?:(?<=[ \t])\([ \t]*[0-9]{1,4}[ \t]*\))?[ \t]+(?=(?:full[- ]time equivalents?|ftes?|etp"
                          r"|employees|employ[ée]e?s|staff|people|personnes|positions|postes|direct reports"
                          r"|subordonn[ée]s|managers|gestionnaires|p\.?-?y\.?)\b)", re.IGNORECASE)
"""What a count in words stands before (``FTEs``, ``postes``), its digits in brackets between them perhaps."""
_WORDS_BEFORE = re.compile(rf"(?<![\w-])({_WORDS_RUN})[ \t]*(?:\([ \t]*([0-9]{{1,4}})[ \t]*\))?[ \t]*$", re.IGNORECASE)
_TEAM_OF = re.compile(r"\b(?:team|staff) of[ \t]+|\b[ée]quipe de[ \t]+", re.IGNORECASE)
_WORDS_AFTER = re.compile(rf"({_WORDS_RUN})(?![\w-])", re.IGNORECASE)
_WORDS_SPAN = 60
"""Characters, at most, a count in words takes."""


def numerals(text: str) -> str:
    """``text`` with counts written in words in digits (``twenty-four (24) FTEs``: ``24 FTEs``, ``a team of
    eleven``, ``vingt et un ETP``, ``Trois postes``), so that a count reads as one; other words as they are."""
    spans: list[tuple[int, int, int]] = []
    for unit in _COUNT_AFTER.finditer(text):
        before = _WORDS_BEFORE.search(text, max(0, unit.start() - _WORDS_SPAN), unit.end())
        value = before and (before[2] or _words_value(before[1]))
        if value is not None and before:
            spans.append((before.start(), before.start() + len(before[0].rstrip()), int(value)))
    for team in _TEAM_OF.finditer(text):
        words = _WORDS_AFTER.match(text, team.end())
        value = _words_value(words[1]) if words else None
        if value is not None and not any(start <= words.start() < end for start, end, _ in spans):
            spans.append((words.start(), words.end(), value))
    for start, end, value in sorted(spans, reverse=True):
        text = f"{text[:start]}{value}{text[end:]}"
    return text


def _words_value(words: str) -> int | None:
    total = 0
    for word in re.split(r"[ \t-]+(?:(?:and|et)[ \t-]+)?", fold(words).replace("quatre-vingt", "quatre_vingt")):
        value = _NUMBER_WORDS.get(word.replace("_", "-"))
        if value is None:
            return None
        total = max(total, 1) * value if value == 100 else total + value
    return total


def number(token: str) -> tuple[str, bool] | None:
    """The digits of a token read where only a number can stand: ``IO3865`` -> ``103865``."""
    token = token.strip().rstrip(".,;:")
    repaired = token.translate(DIGITS)
    if len(re.findall(r"[0-9]", repaired)) >= 3:
        repaired = repaired.translate(AMONG_DIGITS)
    if not re.fullmatch(r"[0-9]+(?:[.,][0-9]+)*", repaired):
        return None
    return repaired, repaired != token


def code(token: str) -> tuple[str, bool] | None:
    """A number with letters or hyphens (``98-1177``, ``EX-01-2231``): its digits repaired
    where only digits stand (``98-II77`` -> ``98-1177``), its letters kept."""
    token = token.rstrip(".,;:")
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{1,30}", token) or len(re.findall(r"[0-9]", token)) < 2:
        return None
    parts = re.split(r"([-._])", token)
    repaired = "".join(_digits_of(part) for part in parts)
    return repaired, repaired != token


def _digits_of(part: str) -> str:
    """A code's part with its digits repaired: all of it where it is digits a scan misread (a
    ``B`` among three digits or more an 8: ``4B42``), or what follows a prefix of capitals when
    that is digits a scan misread, three of them real (``C1O233`` -> ``C10233``), or two in five
    characters or more (``N6O2IO`` -> ``N60210``)."""
    if re.fullmatch(r"[0-9OoIlS]+", part) and re.search(r"[0-9]", part):
        return part.translate(DIGITS)
    if re.fullmatch(r"[0-9OoIlSBG]+", part) and len(re.findall(r"[0-9]", part.translate(DIGITS))) >= 3:
        return part.translate(DIGITS).translate(AMONG_DIGITS)  # "0657-4B42", "9324-B479": a B among digits
    prefixed = re.fullmatch(r"([A-Z]{1,4})([0-9][0-9OoIlS]{3,})", part)
    if prefixed and len(re.findall(r"[0-9]", prefixed[2])) >= (3 if len(prefixed[2]) < 5 else 2):
        return prefixed[1] + prefixed[2].translate(DIGITS)
    return part


def integer(token: str) -> tuple[int, bool] | None:
    read = number(token)
    if read is None or not read[0].isdigit():
        return None
    return int(read[0]), read[1]


def fte(token: str) -> tuple[int | float, bool] | None:
    """A count of people (``I6``, ``B7``, ``SB`` or ``Z9`` before ``FTEs``: a B there is an 8, a b a 6, a Z a 2)."""
    read = number(token)
    if read is None and re.search("[BbGZ]", token):
        eight = number(token.translate(AMONG_DIGITS))
        read = (eight[0], True) if eight else None
    if read is None:
        return None
    digits = read[0].replace(",", ".") if re.fullmatch(r"[0-9]+,[0-9]{1,2}", read[0]) else read[0].replace(",", "")
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    return (int(value) if value == value.to_integral() else float(value)), read[1]


def decimal(digits: str) -> Decimal | None:
    """``5,820,000`` and ``1 250 000`` (thousands), ``1,2`` and ``2.96`` (decimals)."""
    digits = re.sub(r"[ ']", "", digits)
    commas, dots = digits.count(","), digits.count(".")
    groups = re.split(r"[.,]", digits)
    if commas + dots and all(len(g) == 3 for g in groups[1:]) and (commas + dots > 1 or commas):
        if not (commas and dots):
            digits = "".join(groups)
    if commas and dots:
        digits = digits.replace(",", "") if digits.rfind(".") > digits.rfind(",") else \
            digits.replace(".", "").replace(",", ".")
    else:
        digits = digits.replace(",", ".")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def money(text: str) -> tuple[int, bool, str] | None:
    """Whole dollars of the first amount in ``text`` that has a ``$`` or a unit:
    ``$2.96M`` -> 2960000, ``$SOOK`` -> 500000, ``$23 million`` -> 23000000, ``1,2 M$`` -> 1200000."""
    for match in MONEY.finditer(text):
        read = amount(match)
        if read is not None:
            return read
    return None


_FRENCH_UNIT = re.compile(r"[MmKk]\s*\$|mi[l1I]{2}(?:ions?|iards?)(?:\s+de\s+dollars|\s?\$)|mi[l1I]{2}(?:ions|iards)",
                          re.IGNORECASE)
"""``M$``, ``k$``, ``millions``, ``million de dollars``, ``million $``: a French amount's unit (English
writes ``million``)."""


def amount(match: re.Match) -> tuple[int, bool, str] | None:
    """The dollars of one ``MONEY`` match, or None when it is a bare number (no ``$``, no unit)
    or letters only (``SOS`` is no amount: a repaired amount keeps at least one digit or a ``$``)."""
    sign, digits, unit = match.groups()
    unit = (unit or "").strip()
    if sign == "S" and re.match(r"[.,]?[0-9A-Za-z]", match.string[match.end():match.end() + 2]):
        return None  # "S7.6ObM": an amount cut short where the scan's letters are more than its digits say
    if not sign and (not unit or unit in ("B", "b")):
        return None  # "FTEs: I2B": a count whose 8 a scan read as B, not $12 billion
    repaired = digits.translate(DIGITS).translate(AMONG_DIGITS)  # "$2,B10,00O.00": a B among digits is an 8
    if repaired != digits and not sign and not re.search(r"[0-9]", digits):
        return None
    if not sign and unit == "$" and re.fullmatch(r"[0-9]{1,3}\.[0-9]{3}", repaired):
        repaired = repaired.replace(".", "")  # "762.000 $": the dollar sign after, French thousands
    if not sign and _FRENCH_UNIT.fullmatch(unit) and re.fullmatch(r"[0-9]+,[0-9]{3}", repaired) \
            and not unit.lower().startswith("k") or re.fullmatch(r"0,[0-9]+", repaired):
        repaired = repaired.replace(",", ".")  # "5,035 M$", "3,215 millions $": French writes its decimals
        # with a comma; "0,395" has no thousands; "3,903 K$" is thousands of thousands (no budget of $3.90)
    value = decimal(repaired)
    if value is None:
        return None
    word = re.sub(r"(?:de\s+|of\s+)?dollars|[\s$]", "", fold(unit))  # "thousands of dollars" too
    if word.startswith(("mil", "mi1", "mii")):  # million, milliard, millier as a scan may spell them
        word = "milliard" if "ard" in word else "millier" if "ier" in word else "million"
    if word:
        value *= _UNITS.get(word, 1)
    return int(value.to_integral_value()), repaired != digits or sign == "S", match.group(0).strip()


def classification(text: str) -> tuple[str, bool, str] | None:
    """The first classification code in ``text``, canonical: ``EX-O2 (Proposed)`` -> EX-02."""
    for match in CODE.finditer(text):
        code = code_of(match)
        if code:
            return code
    return None


def level(words: str) -> tuple[str, bool, str] | None:
    """A level typed alone, in capitals or in lower case (``EX-O4``, ``ex-04``, ``Ex 03``): canonical; an old group
    with no levels as written (``SM``). Words that hold more than a level are read as written: upper-cased, ``at 12``
    would make a code."""
    found = classification(words)
    if not found and words.strip() in OLD_GROUPS:  # "SM": an old group with no levels, kept as written
        return words.strip(), False, words.strip()
    if found or not _LEVEL_ALONE.fullmatch(words.strip()):
        return found
    found = classification(words.upper())
    return found and (found[0], True, words.strip())


OLD_GROUPS = frozenset(("SM",))
"""Groups of the old federal forms that had no levels (``SM``, Senior Management, before the EX group): a
classification as written, which ``hrkit validate`` reports for an HR steward to convert."""
LEVEL_TYPED = r"[a-z]{2,3}[- ]{0,2}[0-9oil]{1,2}"
"""A level as a hand types it, in any case (``EX-01``, ``ex 01``, ``EX -O1``): what ``level`` reads."""
_LEVEL_ALONE = re.compile(LEVEL_TYPED, re.IGNORECASE)


def code_of(match: re.Match) -> tuple[str, bool, str] | None:
    group = "-".join(re.findall(r"[A-Z]+", match[1].upper()))
    if match[3]:
        canonical = f"{group}-{match[3]}"
    else:
        level = (match[2] or match[4]).translate(DIGITS).translate(AMONG_DIGITS)
        if not level.isdigit() or int(level) == 0:
            return None
        canonical = f"{group}-{int(level):02d}"
    written = match.group(0).strip(" -.")
    return canonical, written != canonical, written


_ORDINAL = r"(?:er|re|e|st|nd|rd|th|\"|'|\u00b0)?"
_DAY = rf"([{NUMBER_CHARS}BGbZ]{{1,2}}){_ORDINAL}"
_YEAR = rf"([12OIlZ][{NUMBER_CHARS}BGbZD]{{3}})"
"""A date's day and year, a scan's letters for digits in them (``1B``, ``2O0B``, ``1G``: B for 8,
G and b for 6, Z for 2, D for 0 too: ``October 2S, Z010``, ``2Z-Aug-20I1``, ``02-JUL-ZDZl``)."""
_MONTH = r"([^\W\d_]{3,9})\.?"
_NUMERIC_DAY = rf"([{NUMBER_CHARS}Z][{NUMBER_CHARS}BGbZD]?)"
"""A numeric date's day, its second digit a B, G, b or Z a scan misread too (``2022/O9/OB``), its first a Z for a 2
(``l994/ll/Zb``)."""
_NUMERIC_MONTH = rf"([{NUMBER_CHARS}][{NUMBER_CHARS}ZBD]?)"
"""A numeric date's month, its second digit a Z, B or D a scan misread for a 2, an 8 or a 0 too (``2OZ3-0Z-13``,
``20Z3-OB-lO``)."""
_SHORT_YEAR = rf"([{NUMBER_CHARS}ZBD]{{2}})(?![0-9A-Za-z])"
"""A year of two digits written by hand (``06/07/18``, ``Mar 15/18``)."""
_DATES = (
    ("ymd", re.compile(rf"{_YEAR}\s?[-/.]\s?{_NUMERIC_MONTH}\s?[-/.]\s?{_NUMERIC_DAY}(?![0-9])")),
    ("ymd", re.compile(rf"{_YEAR}[ \t]([{NUMBER_CHARS}][{NUMBER_CHARS}Z])[ \t]([{NUMBER_CHARS}][{NUMBER_CHARS}BGbZ])"
                       r"(?![0-9])")),  # an old form's boxes: "2004 06 28"
    ("mdy", re.compile(rf"{_MONTH}\s+{_DAY}(?:\s*,\s*|\s+){_YEAR}(?![0-9])", re.IGNORECASE)),  # "February 15th,2022"
    ("dmy", re.compile(rf"(?:le\s+|the\s+)?{_DAY}(?:\s+|\s?-\s?|(?:(?<=er)|(?<=[0-9]))(?=[^\W\d_]))"
                       rf"(?:de\s+|of\s+)?{_MONTH}(?:,?\s+|\s?-\s?){_YEAR}(?![0-9])",
                       re.IGNORECASE)),  # "le lerfévrier 20I7", "9août": run on
    ("dmyy", re.compile(rf"([0-9OIlZ]{{1,2}})-{_MONTH}-([0-9OIl]{{2}})(?![0-9A-Za-z])", re.IGNORECASE)),  # "01-APR-22",
    # "Z2-MAY-94"
    ("numeric", re.compile(rf"{_NUMERIC_DAY}\s?[/.-]\s?{_NUMERIC_MONTH}\s?[/.-]\s?{_YEAR}(?![0-9])")),
    ("numeric_yy", re.compile(rf"{_NUMERIC_DAY}\s?/\s?{_NUMERIC_MONTH}\s?/\s?{_SHORT_YEAR}")),  # "06/07/18"
    ("mdyy", re.compile(rf"{_MONTH}\s+{_DAY}\s?/\s?{_SHORT_YEAR}", re.IGNORECASE)),  # "Oct 19/21"
    ("my", re.compile(rf"{_MONTH},?\s+{_YEAR}(?![0-9])", re.IGNORECASE)),
    ("yymd", re.compile(rf"([{NUMBER_CHARS}BZ]{{2}})-([{NUMBER_CHARS}Z]{{2}})-([{NUMBER_CHARS}BGbZ]{{2}})(?![0-9])")),
    # "9B-I2-lI": a typed form's 98-12-11, as a scan read it
    ("ymd", re.compile(r"((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?![0-9])")),  # an export's 20190401
    ("ymd", re.compile(rf"((?:19|2[0O])[{NUMBER_CHARS}]{{2}})([{NUMBER_CHARS}]{{2}})([{NUMBER_CHARS}]{{2}})"
                       r"(?![0-9A-Za-z])")),  # a scan's "201601Ol", read from a comb field's boxes
)
_DATE_PARTS = {"ymd": ("year", "month", "day"), "mdy": ("name", "day", "year"), "dmy": ("day", "name", "year"),
               "numeric": ("first", "second", "year"), "dmyy": ("day", "name", "yy"), "my": ("name", "year"),
               "yymd": ("short", "month", "day"), "numeric_yy": ("first", "second", "yy"),
               "mdyy": ("name", "day", "yy")}
SHORT_YEARS = 31
"""A typed form's two-digit year before its month and day (``87-11-28``): 19xx above it, 20xx up to it (``02-05-18``),
marked to verify."""


_IN_EFFECT = re.compile(r"^(?:effective|en[ \t]*vigueur)(?:[ \t]*(?:on|as[ \t]+of|depuis))?[ \t]*(?=le|[0-9])",
                        re.IGNORECASE)
"""``effective 1 April 1998``, ``en vigueur le 9 août 2000`` (a scan's ``en vigueurle``): the words before a date."""
_WEEKDAY = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                      r"dimanche)\b,?\s*(?:le\s+)?", re.IGNORECASE)
"""``Monday, October 26, 2020``, ``lundi 26 octobre 2020``: the day of the week before a date."""


def date(text: str) -> tuple[_dt.date, str | None, str] | None:
    """The date ``text`` begins with: ``April 18, 2020``, ``18 April 2020``, ``2020-04-18``,
    ``le 1er avril 2020``, ``April I", 2O2O`` (OCR'd). Returns (date, why it must be verified
    or None, the words read) or None. A date without its day is the first of its month, to
    verify; ``01/04/2020``, where either could be the month, is read day first (as Canadian forms
    write it) and marked to verify."""
    head = _WEEKDAY.sub("", _IN_EFFECT.sub("", text.strip()))[:40]
    for kind, pattern in _DATES:
        match = pattern.match(head)
        if match is None:
            continue
        parts: dict[str, int] = {}
        repaired = False
        for name, token in zip(_DATE_PARTS[kind], match.groups()):
            if name == "name":
                month = MONTHS.get(fold(token))
                if month is None:
                    break
                parts["month"] = month
                continue
            read = integer(token.translate(AMONG_DIGITS))
            if read is None:
                break
            parts[name] = read[0]
            repaired = repaired or read[1] or token != token.translate(AMONG_DIGITS)
        else:
            if "yy" in parts:  # an Oracle system's year: 00-49 this century, 50-99 the last
                parts["year"] = (2000 if parts["yy"] < 50 else 1900) + parts.pop("yy")
            if "short" in parts:  # "87-11-28", "02-05-18": hyphens set a typed form's year first, as every
                # such date on file does (a day first is written with slashes: "06/07/18")
                parts["year"] = (1900 if parts["short"] > SHORT_YEARS else 2000) + parts.pop("short")
            value = _date_of(parts)
            if value is not None:
                ordinal = re.search(r'[0-9OIl]["\u00b0]', match.group(0))
                note = "the document gives no day; the first of the month used" if "day" not in parts and \
                    "first" not in parts else AMBIGUOUS_DATE \
                    if "first" in parts and max(parts["first"], parts["second"]) <= 12 \
                    else f"a year of two digits, read as {value.year}" \
                    if kind in ("yymd", "dmyy", "mdyy", "numeric_yy") \
                    else "repaired" if repaired or ordinal else None
                return value, note, match.group(0)
    return None


AMBIGUOUS_DATE = "day and month could be either way round; read as day/month/year"
MONTH_FIRST_DATE = ("day and month could be either way round; read as month/day/year, as the document's other dates "
                    "are written")
"""The notes of a date either way round: read day first (Canadian forms), or month first where the document's other
dates are (``month_first``)."""


def month_first(text: str) -> bool:
    """Whether ``text`` writes its dates month first: a date of slashes whose second number is past 12 and none
    whose first is (an HR system's US screen: ``Eff Date: 04/01/2024`` beside ``Last Updated: 11/22/2024``)."""
    firsts = set()
    for written in _SLASHED.finditer(text):
        first, second = (integer(token.translate(AMONG_DIGITS)) for token in written.groups())
        if first and second and min(first[0], second[0]) <= 12 < max(first[0], second[0]) <= 31:
            firsts.add(first[0] <= 12)
    return firsts == {True}


_SLASHED = re.compile(r"(?<![0-9OIlSZB/])([0-9OIlSZB]{1,2})/([0-9OIlSZB]{1,2})/[0-9OIlSZB]{4}(?![0-9/])")
"""A date of slashes, its year last, as a scan reads it (``ll/l8/2OZ1``)."""


def _date_of(parts: dict[str, int]) -> _dt.date | None:
    if "first" in parts:
        first, second = parts["first"], parts["second"]
        if first > 12 >= second:
            parts = {"day": first, "month": second, "year": parts["year"]}
        elif second > 12 >= first:
            parts = {"day": second, "month": first, "year": parts["year"]}
        else:  # both could be the month: day first, as Canadian forms write it, to verify
            parts = {"day": first, "month": second, "year": parts["year"]}
    if not 1900 <= parts["year"] <= 2100:
        return None
    try:
        return _dt.date(parts["year"], parts["month"], parts.get("day", 1))
    except ValueError:
        return None


PROVINCES = {"quebec": "QC", "ontario": "ON", "british columbia": "BC", "colombie-britannique": "BC",
             "alberta": "AB", "manitoba": "MB", "saskatchewan": "SK", "nova scotia": "NS", "nouvelle-ecosse": "NS",
             "new brunswick": "NB", "nouveau-brunswick": "NB", "newfoundland and labrador": "NL",
             "terre-neuve-et-labrador": "NL", "newfoundland": "NL", "prince edward island": "PE",
             "ile-du-prince-edouard": "PE", "yukon": "YT", "northwest territories": "NT",
             "territoires du nord-ouest": "NT", "nunavut": "NU",
             **{code.lower(): code for code in ("QC", "ON", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "YT",
                                                "NT", "NU")},
             "que": "QC", "ont": "ON", "qc.": "QC", "pei": "PE", "nfld": "NL", "n-b": "NB", "n-e": "NS",
             "i-p-e": "PE", "t-n-l": "NL", "c-b": "BC", "t-n-o": "NT", "alb": "AB", "alta": "AB", "man": "MB",
             "sask": "SK", "nwt": "NT", "tn-o": "NT"}
"""Provinces and territories by name (English, French, folded), postal code and the abbreviations
forms use (``N.-B.``, ``Î.-P.-É.``, ``Sask.``)."""


def location(text: str) -> str:
    """``Gatineau, Quebec``, ``Gatineau (Québec)`` and ``Gatineau, Québec, Canada`` ->
    ``Gatineau, QC`` (the province's postal abbreviation, also from a name a scan misread)."""
    return located(text)[0]


def located(text: str) -> tuple[str, str]:
    """``location(text)``, and the words it was read from: ``text``, but the place alone when a scan's
    run goes on after its province (what follows is no part of it, and may name people); an address's street, suite
    and post-office box before its city dropped, a hybrid position's ``Hybrid:`` too."""
    words = text
    text = _LOCATION_CODE.sub("", text)  # an HR system's "QC0042   Gatineau, Quebec"
    latin = _SYLLABICS.sub("", text)  # "ᐃᖃᓗᐃᑦ Iqaluit", "Iqaluit (ᐃᖃᓗᐃᑦ)": its name in Inuktitut beside it
    text = re.sub(r"\(\s*\)", "", latin) if re.search(r"[^\W\d_]", latin) else text
    written = " ".join(text.split(" / ")[0].split()).strip(" .;,")  # "Gatineau, Quebec / Gatineau (Québec)"
    places = _SEVERAL_PLACES.split(written)
    if len(places) > 1 and all(_PROVINCE_AFTER_CITY.search(fold(place)) or _CODE_AFTER_CITY.search(place)
                               for place in places[::2]):  # "Winnipeg, Manitoba or Edmonton, Alberta": each
        return "".join(place if at % 2 else location(place) for at, place in enumerate(places)), words
    postal = _POSTAL_CODE.search(written)  # "..., Vancouver, British Columbia  V6B 5R4": the code kept after
    written = _WORK_MODE.sub("", written[:postal.start()] if postal else written)
    parts = written.split(",")
    street = max((at for at, part in enumerate(parts[:-1]) if re.search(r"[0-9]", part)), default=None)
    while street is not None and street + 2 < len(parts) and _FRENCH_STREET.match(parts[street + 1]):
        street += 1  # "96, montée de Sandy Beach, Gaspé": a French address's number, then its street
    if street is not None and all(_ADDRESS_PART.match(part) for part in parts[:street + 1]):
        written = ",".join(parts[street + 1:]).strip()  # "300 Main Street, Suite 400, Whitehorse, YT": the city
    province = _PROVINCE_AFTER_CITY.search(fold(written)) or _CODE_AFTER_CITY.search(written)
    if province and written[province.end():].strip():  # "Halifax (Nova Scotia) Part 1 - Summary: ...": a scan's run
        written = words = written[:province.end()]
    written = re.sub(r"(?:,\s*|\s*\()canada\)?$", "", written, flags=re.IGNORECASE)  # "anywhere in Canada" stays
    parens = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", written)
    city, _, province = (parens[1], "", parens[2]) if parens else written.rpartition(",")
    city = re.sub(r"\s*\([^()]*\)", "", city) if not parens else city  # "Yellowknife (Sǫ̀mbak'è), NT": its other name
    if not city and not parens:
        city, _, province = written.rpartition(" ")
    name = fold(province.strip(" .")).replace(" - ", "-").replace("--", "-").replace(".", "")
    code = PROVINCES.get(name) or next((PROVINCES[close] for close in get_close_matches(name, _PROVINCE_NAMES, 1, 0.8)), None)
    place = f"{city.strip(' ,.')}, {code}" if city.strip() and code else written  # "Ottawa. Ontario"
    return (f"{place} {postal[1]} {postal[2]}" if postal else place), words


_FRENCH_STREET = re.compile(r"[ \t]*(?i:rue|avenue|av\.|boulevard|boul\.|chemin|ch\.|montée|route|rang|place|"
                            r"promenade|côte|allée|impasse|croissant)\b[^,]{0,40}$")
"""A French address's street after its number (``151, avenue du Lac``)."""
_ADDRESS_PART = re.compile(r"[ \t]*(?:[0-9]{1,6}[A-Za-z]?(?:[ \t]+\S[^,]{0,40})?$|" + _FRENCH_STREET.pattern + "|"
                           r"(?i:suite|bureau|unit|unité|building|"
                           r"édifice|floor|étage|p\.?[ \t]?o\.?[ \t]+box|c\.?[ \t]?p\.?|case postale|room|pièce)"
                           r"\b[^,]{0,30}$|[0-9]{1,2}(?:st|nd|rd|th|e|er)[ \t]+(?i:floor|étage)[ \t]*$)")
"""A part of an address before its city: a street and its number, a suite, a floor, a building, a post-office box."""
_WORK_MODE = re.compile(r"^(?:hybrid|hybride)[ \t]*(?:work|travail)?[ \t]*[-:\u2013][ \t]*(?=\S)", re.IGNORECASE)
"""``Hybrid: Halifax, N.S.``, ``Hybride - Vancouver (C.-B.)``: the place of a hybrid position is its city."""
_SEVERAL_PLACES = re.compile(r"([ \t]+(?:or|ou)[ \t]+)")
"""Places a position may be in, one or the other (``Montréal (Québec) or Québec (Québec)``)."""
_POSTAL_CODE = re.compile(r"[ \t,]+([A-Z][0-9][A-Z])[ \t]?([0-9][A-Z][0-9])[ \t]*$")
"""A Canadian postal code closing an address (``V6B 5R4``)."""


_SYLLABICS = re.compile(r"[\u1400-\u167f\u18b0-\u18ff]+")
"""Canadian Aboriginal syllabics (``ᐃᖃᓗᐃᑦ``, Iqaluit in Inuktitut)."""
_LOCATION_CODE = re.compile(r"^\s*(?:[A-Z]{2}[0-9]{3,6}|[A-Z]{3}[0-9][0-9A-Z]{1,2}|[A-Z]{3}[0-9OIl]{2})"
                            r"(?:\s+/|\s+[-\u2013])?\s+(?=[^\W\d_])")
"""An HR system's location code before the place it names (``QC0042   Gatineau, Quebec``,
``KIN574 Kingston, ON``, ``REG6B1 - Regina, SK``, ``OTT01  Ottawa, ON``, as a scan reads it: ``GATOI``, ``VAN0l``)."""
_PROVINCE_AFTER_CITY = re.compile(
    r"(?<=\w)(?:,[ \t]*|[ \t]*\([ \t]*)(?:" + "|".join(re.escape(name) for name in sorted(
        (name.rstrip(".") for name in PROVINCES if len(name) > 2), key=len, reverse=True)) +
    r")\.?[ \t]*\)?(?=[\s:;,]|$)")
_CODE_AFTER_CITY = re.compile(r"(?<=\w)(?:,[ \t]*|[ \t]*\([ \t]*)(?:QC|ON|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU)\)?(?=[\s:;,]|$)")
"""A province after a city (``, Nova Scotia``, `` (Québec)``, ``, Que.``, ``, NS``): where a
location ends when a scan's run goes on after it."""
_PROVINCE_NAMES = [name for name in PROVINCES if len(name) >= 6]
"""Names long enough that a scan's misread letter (``Qu6bec``, ``Ontaria``) still says which."""


DEPARTMENTS = {"treasury board secretariat": "TBS", "treasury board of canada secretariat": "TBS",
               "secretariat du conseil du tresor du canada": "TBS", "secretariat du conseil du tresor": "TBS",
               "employment and social development canada": "ESDC", "esdc": "ESDC", "tbs": "TBS", "edsc": "ESDC",
               "emploi et developpement social canada": "ESDC",
               "human resources and skills development canada": "ESDC", "hrsdc": "ESDC"}
"""Departments by the name work descriptions use, to the short name records use."""


def department(text: str) -> str:
    return DEPARTMENTS.get(fold(" ".join(text.split())), text)


def clean_text(text: str) -> str:
    """Typographic quotes to plain ones and runs of white space to one space."""
    text = text.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                                         "\u00a0": " "}))
    return " ".join(text.split())


def clean_ocr_text(text: str) -> str:
    """What is certain in OCR'd prose: no space before closing punctuation, a word broken at a
    line end joined again (``day-to- day``), and the apostrophe of a lone ``s`` (``Canada s``)."""
    text = clean_text(text)
    text = re.sub(r"\s+([),;:.])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"(?<=[A-Za-z])- (?=[A-Za-z])", "-", text)
    return re.sub(r"(?<=[A-Za-z)]) s(?=[\s,.;:)])", "'s", text)


def sentence(text: str) -> str:
    """A list item or a description as a sentence: capital first letter, one final period."""
    text = text.strip().rstrip(";,:").strip()
    text = re.sub(r"[;,]?\s+(?:and|et)$", "", text)
    if not text:
        return text
    if text[0].islower():
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."
