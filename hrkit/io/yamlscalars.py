"""How a plain YAML scalar becomes a value: YAML 1.2 core-schema typing, shared by the libyaml
reader (as resolver and constructors) and the fast line reader, so both give identical data."""
from __future__ import annotations

import datetime as _dt
import re

BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
INT = re.compile(r"^(?:[-+]?[0-9][0-9_]*|0x[0-9a-fA-F]+|0o[0-7]+)$")
FLOAT = re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?"
                   r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")
NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
TIMESTAMP = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
                       r"(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?"
                       r"(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$")
DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")

MAX_INT_DIGITS = 4300
"""Python turns no int of more decimal digits into text or back (its guard against quadratic
conversions): such a number is refused where it is read, with its line and column, so no
renderer, message or rewrite meets one later."""
_INT_LIMIT = 10 ** MAX_INT_DIGITS

INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1
"""The whole numbers that rows, facts and SQL tables hold (SQLite's INTEGER), and whose sums a
report can print: a record's number outside them counts as absent there (dollar fields beyond
them are HR003). Compared, never ``in range(...)``: that walks the range for an int subclass."""

ID_FIELDS = ("id", "reports_to", "job_code", "position", "incumbent", "assessed_by")
"""Record fields that hold identifiers: always strings, so a leading zero can never be lost."""

# (tag, pattern, first characters), in the order a resolver tries them
IMPLICIT = (
    ("bool", BOOL, "tTfF"),
    ("int", INT, "-+0123456789"),
    ("float", FLOAT, "-+.0123456789"),
    ("null", NULL, "~nN"),
    ("timestamp", TIMESTAMP, "0123456789"),
)


class LeadingZeroInt(int):
    """An int written with leading zeros (``012345``): YAML 1.1 readers take it as octal."""

    text: str

    def __new__(cls, text: str) -> LeadingZeroInt:
        obj = super().__new__(cls, int(text.replace("_", ""), 10))
        obj.text = text
        return obj

    def __reduce__(self):  # worker processes send results back pickled (in memory, never to disk)
        return (LeadingZeroInt, (self.text,))


class NumberTooLong(ValueError):
    """An integer of more than MAX_INT_DIGITS decimal digits."""

    def __init__(self) -> None:
        super().__init__(f"a whole number of more than {MAX_INT_DIGITS:,} digits, which hrkit does not read "
                         "(quote it if it is text)")


def make_int(text: str) -> int:
    digits = text.replace("_", "").lstrip("+-")
    sign = -1 if text.startswith("-") else 1
    if digits.startswith(("0x", "0o")):
        value = int(digits[2:], 16 if digits[1] == "x" else 8)  # linear in length: no limit applies
        if value >= _INT_LIMIT:
            raise NumberTooLong
        return sign * value
    if len(digits) > MAX_INT_DIGITS:
        raise NumberTooLong
    if len(digits) > 1 and digits.startswith("0"):
        return LeadingZeroInt(text)
    return int(text.replace("_", ""))


def make_float(text: str) -> float:
    value = text.replace("_", "").lower()
    sign = -1.0 if value.startswith("-") else 1.0
    value = value.lstrip("+-")
    if value == ".inf":
        return sign * float("inf")
    if value == ".nan":
        return float("nan")
    return sign * float(value)


def make_date(text: str) -> _dt.date | str | None:
    """A date for YYYY-MM-DD, the text itself for an impossible date, None for other timestamps."""
    match = DATE.match(text)
    if not match:
        return None
    try:
        return _dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return text  # not a real date: the schema says so, with a line number


_TYPED_FIRST = frozenset("0123456789-+.~nNtTfF")


def resolve_plain(text: str):
    """The value of a plain scalar; NotImplemented for a full timestamp or a number too long
    to read (left to libyaml, which says where it is)."""
    first = text[:1]
    if first and first not in _TYPED_FIRST:
        return text  # most values are words: no pattern can match
    for tag, pattern, firsts in IMPLICIT:
        if (first in firsts or (tag == "null" and not text)) and pattern.match(text):
            if tag == "bool":
                return text.lower() == "true"
            if tag == "int":
                try:
                    return make_int(text)
                except NumberTooLong:
                    return NotImplemented
            if tag == "float":
                return make_float(text)
            if tag == "null":
                return None
            value = make_date(text)
            return NotImplemented if value is None else value
    return text
