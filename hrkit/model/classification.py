"""Classification codes (``EX-03``): reading, repairing and ranking them.

Canonical form is ``GROUP-NN``, or ``GROUP-SUB-NN`` for a group with subgroups (``EN-ENG-05``,
``SE-RES-03``). Work descriptions arrive with OCR damage and informal
spellings (``EX-O3``, ``ex 3``, ``EX3``, ``EX-3``); ``canonical_form`` repairs what can be
repaired with certainty, and the scheme in ``rules/classifications.yaml`` says which codes
exist and who outranks whom.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

CANONICAL = re.compile(r"^([A-Z]{2,3}(?:-[A-Z]{2,4})?)-([0-9]{2})$")
_LOOSE = re.compile(r"\s*([A-Za-z]{2,3})(?:[-_.\s]+([A-Za-z]{2,4}))?[-_.\s]*([0-9OoIlS]{1,2})\s*")
_LOOSE_MAX = 40
"""Longer text is no classification, however spaced: never matched (a long value costs nothing)."""
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "S": "5"})


def canonical_form(text: str) -> str | None:
    """``EX-O3`` -> ``EX-03``; None when the text is not a group and a level at all."""
    match = _LOOSE.fullmatch(text) if len(text) <= _LOOSE_MAX else None
    if not match:
        return None
    level = match[3].translate(_OCR_DIGITS)
    if not level.isdigit():
        return None
    group = f"{match[1]}-{match[2]}" if match[2] else match[1]
    return f"{group.upper()}-{int(level):02d}"


@dataclass(frozen=True)
class Scheme:
    """The declared groups and levels, and the rank order used by the reporting-line rules.

    ``senior_groups`` (most senior first, by default DM then EX) outrank every level of every
    other group. Within one group the higher level outranks the lower. Two levels of different
    other groups are compared only when both have a ``cross_group_ranks`` entry.
    """

    levels: dict[str, int]
    senior_groups: tuple[str, ...] = ("DM", "EX")
    cross_group_ranks: dict[str, int] = field(default_factory=dict)
    _resolved: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def __contains__(self, code: object) -> bool:
        match = CANONICAL.match(code) if isinstance(code, str) else None
        return bool(match) and 1 <= int(match[2]) <= self.levels.get(match[1], 0)

    def resolve(self, text: object) -> str | None:
        """The declared canonical code that ``text`` stands for, repaired if need be."""
        if not isinstance(text, str):
            return None
        cache = self._resolved
        if text not in cache:
            repaired = text if text in self else canonical_form(text)
            cache[text] = sys.intern(repaired) if repaired in self else None
        return cache[text]

    def outranks(self, upper: str, lower: str) -> bool | None:
        """Does ``upper`` strictly outrank ``lower``? None when the scheme does not compare them."""
        g1, l1 = upper[:-3], int(upper[-2:])
        g2, l2 = lower[:-3], int(lower[-2:])
        if g1 == g2:
            return l1 > l2
        s1 = self.senior_groups.index(g1) if g1 in self.senior_groups else None
        s2 = self.senior_groups.index(g2) if g2 in self.senior_groups else None
        if s1 is not None or s2 is not None:
            if s1 is None:
                return False
            return s2 is None or s1 < s2
        r1, r2 = self.cross_group_ranks.get(upper), self.cross_group_ranks.get(lower)
        if r1 is None or r2 is None:
            return None
        return r1 > r2
