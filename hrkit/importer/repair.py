"""Reading values out of work-description text, with the OCR repairs the context makes certain.

Scans turn digits into look-alike letters (``EX-O3``, ``IO3865``, ``I46``, ``$SOOK``). Inside
a token that can only be a number (a job code, a position number, an FTE count, an amount
after ``$``, the level of a classification) ``O`` is 0, ``I``/``l``/``|`` are 1 and ``S`` is 5;
nowhere else is anything changed. Every reader returns the value and whether it repaired it,
so the written record can say what the scan read.
"""
from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal, InvalidOperation

from hrkit.classification import canonical_form

_DIGITS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "S": "5"})
NUMBER_CHARS = "0-9OoIlS|"
CODE = re.compile(rf"\b([A-Z]{{2,3}}) ?- ?\.? ?([{NUMBER_CHARS}]{{1,2}})(?![A-Za-z0-9])")
MONEY = re.compile(rf"(\$\s*)?([{NUMBER_CHARS}][{NUMBER_CHARS}.,]*)\s*(million|Million|MILLION|billion|Billion|[MKB])?"
                   r"(?![A-Za-z0-9])")
_UNITS = {"k": 1_000, "m": 1_000_000, "million": 1_000_000, "b": 1_000_000_000, "billion": 1_000_000_000}
_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"), 1)}


def number(token: str) -> tuple[str, bool] | None:
    """The digits of a token read where only a number can stand: ``IO3865`` -> ``103865``."""
    token = token.strip().rstrip(".,;:")
    repaired = token.translate(_DIGITS)
    if not re.fullmatch(r"[0-9]+(?:[.,][0-9]+)*", repaired):
        return None
    return repaired, repaired != token


def integer(token: str) -> tuple[int, bool] | None:
    read = number(token)
    if read is None or not read[0].isdigit():
        return None
    return int(read[0]), read[1]


def fte(token: str) -> tuple[int | float, bool] | None:
    read = number(token)
    if read is None:
        return None
    value = Decimal(read[0].replace(",", ""))
    return (int(value) if value == value.to_integral() else float(value)), read[1]


def money(text: str) -> tuple[int, bool, str] | None:
    """Whole dollars of the first amount in ``text`` that has a ``$`` or a unit:
    ``$2.96M`` -> 2960000, ``$SOOK`` -> 500000, ``$23 million`` -> 23000000."""
    for match in MONEY.finditer(text):
        sign, digits, unit = match.groups()
        if not sign and not unit:
            continue
        read = number(digits)
        if read is None:
            continue
        try:
            amount = Decimal(read[0].replace(",", ""))
        except InvalidOperation:
            continue
        if unit:
            amount *= _UNITS[unit.lower()]
        return int(amount.to_integral_value()), read[1], match.group(0).strip()
    return None


def classification(text: str) -> tuple[str, bool, str] | None:
    """The first classification code in ``text``, canonical: ``EX-O2 (Proposed)`` -> EX-02."""
    for match in CODE.finditer(text):
        canonical = canonical_form(f"{match[1]}-{match[2]}")
        if canonical:
            return canonical, match.group(0) != canonical, match.group(0).strip(" -.")
    first = " ".join(text.split()[:2])
    for candidate in (text.split(" ")[0], first):
        canonical = canonical_form(candidate)
        if canonical:
            return canonical, candidate != canonical, candidate
    return None


def date(text: str) -> _dt.date | None:
    """``April 18, 2020``, ``18 April 2020`` or ``2020-04-18``; None when not a date."""
    text = text.strip().rstrip(".")
    iso = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", text)
    named = re.fullmatch(r"([A-Za-z]+)\.?\s+([0-9]{1,2}),?\s+([0-9]{4})", text)
    day_first = re.fullmatch(r"([0-9]{1,2})\s+([A-Za-z]+)\.?,?\s+([0-9]{4})", text)
    try:
        if iso:
            return _dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        if named and named[1].lower() in _MONTHS:
            return _dt.date(int(named[3]), _MONTHS[named[1].lower()], int(named[2]))
        if day_first and day_first[2].lower() in _MONTHS:
            return _dt.date(int(day_first[3]), _MONTHS[day_first[2].lower()], int(day_first[1]))
    except ValueError:
        return None
    return None


PROVINCES = {"quebec": "QC", "québec": "QC", "ontario": "ON", "british columbia": "BC", "alberta": "AB",
             "manitoba": "MB", "saskatchewan": "SK", "nova scotia": "NS", "new brunswick": "NB",
             "newfoundland and labrador": "NL", "prince edward island": "PE", "yukon": "YT",
             "northwest territories": "NT", "nunavut": "NU"}


def location(text: str) -> str:
    """``Gatineau, Quebec`` -> ``Gatineau, QC`` (the province's postal abbreviation)."""
    city, _, province = text.rpartition(",")
    code = PROVINCES.get(province.strip().lower())
    return f"{city.strip()}, {code}" if city and code else text


DEPARTMENTS = {"treasury board secretariat": "TBS", "treasury board of canada secretariat": "TBS",
               "employment and social development canada": "ESDC", "esdc": "ESDC", "tbs": "TBS",
               "human resources and skills development canada": "ESDC", "hrsdc": "ESDC"}
"""Departments by the name work descriptions use, to the short name records use."""


def department(text: str) -> str:
    return DEPARTMENTS.get(" ".join(text.lower().split()), text)


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
    text = re.sub(r"[;,]?\s+and$", "", text)
    if not text:
        return text
    if text[0].islower():
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."
