"""A work description's dimensions: the FTEs and dollars of the unit the position leads.

Each amount takes the label written next to it: before it, joined by a colon or a linking
word (``Salary: $2.96M``, ``a salary budget of $4.2M``, ``F et E : 500 k$``), or after it
(``54 FTEs``, ``$1.3M in O&M``; a label joined by "in" after the amount wins over one
before it: ``a budget of $3.26M in salaries``; ``$3.68M in all`` is the total). A label is never taken across another amount, so ``Salary:
$4.2M O&M: $I.3M`` gives the O&M its own $1.3M, not the total. ``Salary and O&M`` (a total)
stays a total when a scan's other column runs into it. Words that are also parts of names
(``program``, ``operating``) count only with a colon or a linking word (``Accelerator Program
600K`` is no program budget). The figures after a second FTE count are a larger unit's
(the directorate's, the branch's): listed for the reader, not recorded.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache
from typing import NamedTuple

from hrkit.edit.importer import repair
from hrkit.edit.importer.document import VERIFY, Issue, Value, WorkDescription
from hrkit.edit.importer.vocabulary import (AMOUNT_UNIT, CHANGE_NOTE, DIMENSIONS, WEAK_DIMENSIONS, alternation,
                                           blanked, fold, phrase_regex)

_LABELS = sorted(((name, phrase) for name, phrases in DIMENSIONS.items() for phrase in phrases),
                 key=lambda row: len(row[1]), reverse=True)
_WORDS = alternation(p for _, p in _LABELS)
_LABEL = re.compile(rf"(?<![\w&])({_WORDS})(?![\w&])")
_COUNT = re.compile(rf"(?<![\w.,$])([{repair.NUMBER_CHARS}](?:[{repair.NUMBER_CHARS}]|[.,](?=[0-9OIl])|"
                    rf"[ \u00a0\u202f]{{1,2}}(?=[0-9OIl]{{3}}(?![0-9A-Za-z])))*)(?![\w$])")
"""A number, its thousands set apart by commas or (French) spaces: ``9 400 000``."""
_PARENTHESES = re.compile(r"\([^()\n]{1,30}\)")
_QUALIFIER = re.compile(r"\s*" + _PARENTHESES.pattern)
"""``(O&M)``, ``(total)``, ``(all funds)`` after a label: what it is, in other words."""
_LINK = (rf"(?:\s|[:=()~\u2013$-]|{AMOUNT_UNIT}|{_PARENTHESES.pattern}|\b(?:of|de|du|des|d'|is|est|was|approx\w*|about|environ|around|some|total+ing|"
         r"s'eleve a|over|under|annual|annuel|annuelle|a|an|un|une|for|pour|to|in|en|budget|dollars|allocations?|"
         r"the|its|le|la|son|sa|position|poste|now|currently|maintenant|desormais|actuellement|becomes|devient|"
         r"expenditures?|costs?|envelope|funding|depenses|credits?|enveloppe|adds?|ajoutent|ajoute)\b)*")
_BEFORE = re.compile(_LINK + r"$")
_AFTER = re.compile(rf"\s*\(?\s*(?:(?:in|en|for|pour|of|de|d'|as|du|des)\s+)*({_WORDS})(?![\w&])")
_IN_AFTER = re.compile(rf"\s*(?:(?:is|are|est)\s+)?(?:in|en|for|pour)\s+(?:the\s+|les\s+|des\s+|de\s+|le\s+|la\s+)?"
                       rf"({_WORDS})(?![\w&])")
"""``$3.26M in salaries``, ``of which $1.84M is for salaries``: a label after the amount, joined
by "in" or "for", is the amount's own."""
_IN_ALL = re.compile(r"[ \t]*(?:in all|all in|en tout|au total|altogether|overall|in total)\b")
"""``$3.68M in all``: the total."""
_SALARY_AND = re.compile(r"\b(?:salary|salaries|salaires?)\s*(?:and|et|&|\+)\b")


_YEARS = re.compile(rf"(?<![\w.,$]){repair.FISCAL_YEAR}(?![\w$])")


_INTERLEAVED = re.compile(rf"[ \t]*\|?[ \t]*(?<![\w&])(?:{_WORDS})[ \t]*:[ \t]*\$?[ \t]*[{repair.NUMBER_CHARS}][{repair.NUMBER_CHARS}.,]*"
                          rf"(?:[ \t]*(?:m|k|million|billion)\b)?[ \t]*\|?", re.IGNORECASE)


def without_figures(text: str) -> str:
    """``text`` without the dimensions a scan's other column ran into it (``Director General,
    Citizen Number of FTE's: 3I8 Service Delivery``): a value's own words only."""
    folded = fold(text)
    spans = [m.span() for m in _INTERLEAVED.finditer(folded)]
    for start, end in reversed(spans):
        text = f"{text[:start]} {text[end:]}"
    return text


@cache
def label_of(folded: str) -> str | None:
    """The dimension a label names (``number of fte's`` -> fte), or None."""
    whole = _WHOLE_LABEL.fullmatch(folded.strip(" :"))
    return _name(whole[0]) if whole else None


_WHOLE_LABEL = re.compile(_WORDS)
_LABEL_ROW = re.compile(rf"(?:{_WORDS})(?:[ \t|]+(?:{_WORDS}))+")
_LABEL_IN_ROW = re.compile(rf"(?<![\w&])(?:{_WORDS})(?![\w&])")


def row_labels(folded: str) -> list[tuple[int, int]] | None:
    """Where the labels of a row that is dimension labels only, set apart by spaces or bars
    however few (``ftes  salary | o&m | total``), stand, in order; None for any other row."""
    if not _LABEL_ROW.fullmatch(folded.strip(" \t|")):
        return None
    return [label.span() for label in _LABEL_IN_ROW.finditer(folded)]


def read(wd: WorkDescription, text: str, *, loose: bool = True, uncertain: str | None = None) -> None:
    """The dimensions stated in ``text`` into ``wd.dimensions``; ``loose`` False (text that is
    not a Dimensions section) takes only what a colon joins to its label. A figure's former one
    beside it (``FTEs: 68 (previously 86)``, ``the salary budget, previously $1.5 million, is now ...``) is none of
    them, nor a former year's (``En 2020-21, le titulaire gérait 7,82 M$ en salaires``, ``Previous fiscal year
    (2020-21): salary $18,200,000``), nor a larger unit's line."""
    text = blanked(_COMPARISON, blanked(_FORMER_AMOUNT, blanked(_LARGER_UNIT, blanked(_FORMER_YEAR,
                                                                                   blanked(CHANGE_NOTE, text)))))
    text = _SPACED_AMOUNT.sub(_squeezed, text)
    folded = fold(text)
    labels = [(m.start(), m.end(), _name(m[1])) for m in _LABEL.finditer(folded)]
    labels = _qualified(folded, labels)
    values = _with_funds_added(folded, _values(text, folded))
    scale = 1000 if THOUSANDS.search(folded) else _MILLION if MILLIONS.search(folded) else 1
    taken: list[_Stated] = []
    unlabelled = []
    previous_end = 0
    for start, end, kind, read in values:
        if taken and previous_end and re.fullmatch(r"[ \t]*/[ \t]*", text[previous_end:start]):
            previous_end = end
            continue  # "Salary: $24,300,000 / 24 300 000 $": the figure again, in the other language
        name, label, part = _label(text, folded, labels, previous_end, start, end, kind, read, loose, scale)
        if name is not None:
            thousands = kind == "count" and name != "fte" and scale > 1
            written = text[start:end].strip() + ((" ($000)" if scale == 1000 else " ($M)") if thousands else "")
            value = (_millions(text[start:end]) if scale == _MILLION else read[0] * scale) if thousands else read[0]
            taken.append(_Stated(name, value, read[1] or thousands, written, label, start, part))
            previous_end = end
        elif kind == "money":
            unlabelled.append((start, text[start:end].strip()))
    counts = [index for index, row in enumerate(taken) if row.name == "fte"]
    counts = [i for i in counts if i == counts[0] or taken[i].value != taken[counts[0]].value][:2]  # "44 / ETP: 44"
    own = _parts_summed(taken[: counts[1]] if len(counts) > 1 else taken)
    larger = taken[counts[1]].at if len(counts) > 1 else len(text)
    wd.issues.extend(Issue("dimensions", "not recorded", f"unlabelled amount {written!r}")
                     for at, written in unlabelled if at < larger)
    for name, value, repaired, written, label, _, _ in own:
        note = wd.read_as(written) if repaired else f'"{label}: {written}"' if label else None
        joined = "; ".join(n.removeprefix(VERIFY) for n in (note, uncertain) if n)
        if joined and (repaired or uncertain):
            joined = VERIFY + joined
        wd.dimensions.setdefault(name, Value(value, joined or None))
    _operating_is_o_and_m(wd.dimensions)
    if len(counts) > 1:
        later = taken[counts[1]:]
        wd.issues.append(Issue("dimensions", "not recorded", "a larger unit's figures: " + ", ".join(
            f"{row.label or row.name}: {row.written}" for row in later)))


class _Stated(NamedTuple):
    """A figure read as a dimension: its name, its value, whether it was repaired, as written, its label as written,
    where it stands, and whether it is a part of the dimension (a line of its own per program)."""
    name: str
    value: object
    repaired: bool
    written: str
    label: str
    at: int
    part: bool


_LARGER_UNIT = re.compile(r"^[ \t]*(?:branch|sector|region's|department's)[ \t]+(?:budget|total)[ \t]*:[^\n]*",
                          re.IGNORECASE | re.MULTILINE)
"""A larger unit's figure on a line of its own (``Branch budget: $610,000,000`` in a director's description)."""
_COMPARISON = re.compile(r"(?:^|(?<=[.;]))[ \t]*[^.;\n]*\b(?:(?:for|by|in) comparison|compared (?:with|to)|"
                         r"[àa] titre de comparaison|par comparaison|comparativement)\b(?:[^.;\n]|\.(?=[0-9]))*",
                         re.IGNORECASE | re.MULTILINE)
"""A sentence comparing another unit's figures (``For comparison, a similar directorate manages $4.63M in salary``):
none of the position's."""
_FORMER_AMOUNT = re.compile(r",[ \t]*(?:previously|formerly|auparavant|anciennement|autrefois)[ \t]+"
                            r"(?:[^,;.\n]|[.,](?=[0-9]))+,", re.IGNORECASE)
"""A former amount set between commas (``the salary budget, previously $1.5 million, is now $1.78 million``)."""
_FORMER_YEAR = re.compile(
    r"(?:^|(?<=[.;]\s))[ \t]*(?:In|En|For|Pour|During|Durant|Au cours de|Before|Prior to|Until|Avant|Jusqu'en)"
    r"[ \t]+(?:l'exercice[ \t]+|fiscal[ \t]+year[ \t]+|the[ \t]+|la[ \t]+|le[ \t]+)?"
    r"(?:19|20)[0-9OIlZ]{2}[ \t]*[-\u2013/][ \t]*[0-9OIlZ]{2,4},?(?=(?:[^.\n]|\.[0-9])*?\b(?:managed|had|was|were|spent"
    r"|oversaw|g[ée]rait|disposait|[ée]tait|avait|d[ée]pensait|administrait)\b)(?:[^.\n]|\.[0-9]|\n(?![ \t]*\n))*\.?"
    r"|^[ \t\u2022*-]*(?:(?:previous|last|prior)[ \t]+(?:fiscal[ \t]+)?year|(?:l')?exercice[ \t]+(?:pr[ée]c[ée]dent|"
    r"ant[ée]rieur))\b[^\n]*", re.MULTILINE | re.IGNORECASE)
"""A former year's figures: a sentence of them, in the past tense (``In 2020-21, the incumbent managed ...``, ``Before
the 2015-16 reorganization, the unit's salary budget was $14,005,000.``), or a line named so (``Previous fiscal year
(2020-21): ...``, ``Exercice précédent : ...``)."""


def _squeezed(amount: re.Match) -> str:
    """A dollar amount with a stray space typed inside it (``$ 7 ,590,000``, ``$ 13,710,0 00``), without it, when
    its commas then set its thousands apart; else as written (``$ 5 950 000``: French thousands)."""
    squeezed = amount[2].replace(" ", "")
    return amount[1] + (squeezed if "," in squeezed and _GROUPED.fullmatch(squeezed) else amount[2])


_N = repair.NUMBER_CHARS.replace("|", "")
_SPACED_AMOUNT = re.compile(rf"(?<=\$)([ \t]?)([{_N}](?:[{_N},]| (?=[{_N},]))* [{_N},](?:[{_N},]| (?=[{_N},]))*)")
"""An amount after a dollar sign with a space inside it."""
_GROUPED = re.compile(rf"[{_N}]{{1,3}}(?:,[{_N}]{{3}})+")
"""An amount's thousands set apart by commas."""


def _parts_summed(taken: list[_Stated]) -> list[_Stated]:
    """``taken`` with a dimension given in parts, a line each (``Salary – Regional operations: $8.81M``, ``Salary –
    Land claim implementation: $5.40M``), as the whole: the line that states it whole (``Total salary:``) where
    there is one, else the parts' sum, to verify."""
    out = []
    for row in taken:
        whole = [r for r in taken if r.name == row.name and not r.part]
        parts = [r for r in taken if r.name == row.name and r.part]
        if not row.part or not whole and len(parts) == 1:
            out.append(row)
        elif not whole and row is parts[0]:
            out.append(row._replace(value=sum(r.value for r in parts), repaired=True,
                                    written=" + ".join(r.written for r in parts), part=False))
    return out


def _with_funds_added(folded: str, values: list[tuple[int, int, str, tuple]]) -> list[tuple[int, int, str, tuple]]:
    """``values`` with an amount split between the A-base and the B-base on one line (``Salary: A-base $3.10M +
    B-base $0.45M (to 2026-27)``, ``base A 24,1 M$; base B (...) 3,7 M$``) one amount, their sum, to verify."""
    for funds in _FUNDS.finditer(folded):
        first = next((v for v in values if v[2] == "money" and funds.end("a") <= v[0] < funds.start("b")), None)
        second = next((v for v in values if v[2] == "money" and funds.end("b") <= v[0]
                       and "\n" not in folded[funds.end("b"):v[0]]), None)
        if first and second:
            summed = (funds.start("a"), second[1], "money", (first[3][0] + second[3][0], True))
            values = sorted([v for v in values if v not in (first, second)] + [summed])
    return values


_FUNDS = re.compile(r"(?P<a>\ba-base\b|\bbase a\b)[^\n]*?(?P<b>\bb-base\b|\bbase b\b)")
"""The A-base and the B-base of one amount on one line (the ongoing funds and the temporary ones)."""


def _operating_is_o_and_m(dims: dict[str, Value]) -> None:
    """``Budget salarial``, ``Budget de fonctionnement`` and ``Budget total`` where the salaries
    and the operating budget add up to the total: the operating budget is the O&M."""
    salary, operating, total = (dims.get(key) for key in ("salary", "operating_budget", "total"))
    if salary and operating and total and "o_and_m" not in dims and salary.value + operating.value == total.value:
        dims["o_and_m"] = dims.pop("operating_budget")


def _qualified(folded: str, labels: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A label with another in parentheses after it is one label (``Operating and maintenance
    (O&M)``, ``ETP (total)``): the first, unless it is a weak one the second names more
    precisely (``Operating (non-salary)``)."""
    out: list[tuple[int, int, str]] = []
    for row in labels:
        if out and row[0] < out[-1][1]:
            continue  # "Total (Salary + O&M)": a label inside the qualifier of the one before
        closing = _closing(folded, row[1])
        if out and _QUALIFIER.fullmatch(folded, out[-1][1], closing):
            out[-1] = (out[-1][0], closing, row[2] if out[-1][2] in WEAK_DIMENSIONS else out[-1][2])
            continue  # the label ends after its qualifier's parenthesis
        out.append(row)
    return out


def _closing(folded: str, at: int) -> int:
    """Just past the closing parenthesis at or after ``at``, if one comes before a line ends."""
    close = _CLOSING.match(folded, at)
    return close.end() if close else at


_CLOSING = re.compile(r"[^()\n]{0,30}\)")


def _name(folded_label: str) -> str:
    return next(name for name, phrase in _LABELS if phrase_regex(phrase).fullmatch(folded_label))


def _values(text: str, folded: str) -> list[tuple[int, int, str, tuple]]:
    """(start, end, money or count, (value, repaired)) in order; ``folded``: ``text`` folded."""
    out = []
    spans = [m.span() for m in _YEARS.finditer(text)]  # "2015-16": a fiscal year, no figure
    spans += [m.span() for m in THOUSANDS.finditer(folded)]  # "($000)": a unit, no figure
    for match in repair.MONEY.finditer(text):
        if any(s <= match.start() < e for s, e in spans):
            continue
        read = repair.amount(match)
        if read is not None:
            out.append((match.start(), match.end(), "money", read[:2]))
            spans.append((match.start(), match.end()))
    for match in _COUNT.finditer(text):
        if any(s <= match.start() < e for s, e in spans):
            continue
        token = re.sub(r"[ \u00a0\u202f]", "", match[1])
        read = repair.fte(token)
        if read is not None and re.search(r"[0-9]", token) or read is not None and len(token) <= 3:
            out.append((match.start(), match.end(), "count", read))
    return sorted(out)


def _label(text: str, folded: str, labels, previous_end: int, start: int, end: int, kind: str, read: tuple,
           loose: bool, scale: int) -> tuple[str | None, str, bool]:
    """The dimension a value is, its label as written, and whether the value is a part of it (a line of its
    own, its label first and what part after a dash: ``Salary – Regional operations: $8.81M``)."""
    own = _IN_AFTER.match(folded, end)
    if own and _fits(_name(own[1]), kind, read, "", scale):
        return _name(own[1]), text[own.start(1):own.end(1)], False
    if kind == "money" and _IN_ALL.match(folded, end):
        return "total", text[end:_IN_ALL.match(folded, end).end()].strip(), False
    before = [row for row in labels if previous_end <= row[0] and row[1] <= start]
    if before:
        l_start, l_end, name = before[-1]
        if name == "total" and folded[l_start:l_end] == "budget" and len(before) > 1 and \
                not _PARENTHESES.sub("", folded[before[-2][1]:l_start]).strip():  # "an operating and maintenance budget of"
            l_start, name = before[-2][0], before[-2][2]
        gap = folded[l_end:start]
        linked = _BEFORE.fullmatch(gap) and (":" in gap or loose)
        if linked and (name not in WEAK_DIMENSIONS or re.search(r"[:=]|\b(?:of|de|d')\b", gap)):
            if name in ("o_and_m", "operating_budget") and _SALARY_AND.search(folded, previous_end, l_start):
                name = "total"
            if name == "fte" and kind == "money" and folded[l_start:l_end] in _PEOPLE_COSTS:
                name = "salary"  # "Personnel: $37,500,000": the people's cost
            if _fits(name, kind, read, gap, scale):
                return name, text[l_start:l_end], False
        if _PART.fullmatch(gap) and _LINE_START.fullmatch(folded, folded.rfind("\n", 0, l_start) + 1, l_start) \
                and _fits(name, kind, read, ":", scale):
            return name, text[l_start:l_end], True
    misspelt = _misspelt(folded[previous_end:start])
    if misspelt and _fits(misspelt[0], kind, read, folded[previous_end:start], scale):
        return misspelt[0], text[start - misspelt[1]: start].strip(" :"), False
    if loose:
        nxt = min((row[0] for row in labels if row[0] >= end), default=None)
        after = _AFTER.match(folded, end)
        opens = after and (_OPENS_LINE.match(folded, after.end(1))
                           or "\n" in folded[end:after.start(1)] and _FIGURE.search(folded, after.end(1)))
        if after and nxt is not None and after.start(1) == nxt and not opens:  # "O & M:" opens its own value
            name = _name(after[1])
            if _fits(name, kind, read, "", scale):
                return name, text[after.start(1):after.end(1)], False
    return None, "", False


_OPENS_LINE = re.compile(r"(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*:")
"""After a label: its colon, perhaps after words in parentheses (``Total (including capital):``): the label opens
a value of its own, it labels no figure before it (``Immobilisations 3 600 Équivalents temps plein: 38,5``)."""
_FIGURE = re.compile(r"[^\n]*?[0-9]")
"""A figure later on a label's line: on a line after an amount, that label is its own figure's (``Northern
allowance: $1.33M`` / ``O&M – Regional operations: $3.98M``), not the amount's before it."""
_PART = re.compile(r"[ \t]*[\u2013\u2014-][ \t]*[^\W\d][^:\n$0-9]{1,60}:[*_ \t]*")
"""Between a label and its amount, what part of it the amount is (`` – Regional operations: ``)."""
_LINE_START = re.compile(r"[ \t>*+#\u2022-]*")
"""Only a list's or Markdown's marks before a label since its line began."""
_PEOPLE_COSTS = ("personnel", "human resources", "ressources humaines")
"""Labels of a count that label the salaries when an amount follows them."""


def _misspelt(gap: str) -> tuple[str, int] | None:
    """A label a scan misspelt just before a value (``Fonctionnement et ehtretien:``): the
    closest dimension label to the last words before the colon, if close enough; and how many
    characters before the value it starts."""
    colon = re.search(r"([^\W\d][^:;\n]{1,60}?)\s*:\s*$", gap)
    if colon is None:
        return None
    words = colon[1].split()
    best = (0.0, "", 0)
    for size in range(1, min(6, len(words)) + 1):
        candidate = " ".join(words[-size:])
        for name, phrase in _LABELS:
            if len(phrase) >= 6:
                ratio = SequenceMatcher(None, candidate, phrase).ratio()
                if ratio > best[0]:
                    best = (ratio, name, len(gap) - gap.rfind(words[-size]))
    return (best[1], best[2]) if best[0] >= 0.85 else None


def _fits(name: str, kind: str, read: tuple, gap: str, scale: int) -> bool:
    """FTEs are counts; dollars are amounts, or (after a colon) a bare number of dollars, or of
    thousands of dollars where the figures say they are (``($000)``; then also set apart from
    their label by a table's gap: ``Salaries      2,870``), or of millions (``($ millions)``: ``4.754`` too)."""
    if name == "fte":
        return kind == "count"
    gapped = scale > 1 and re.fullmatch(r"[ \t]{2,}|[ \t]*\t[ \t]*|[ \t]*\|[ \t]*", gap)
    return kind == "money" or (":" in gap or gapped) and (isinstance(read[0], int) or scale == _MILLION) \
        and (read[0] >= 10_000 or scale > 1)


MILLIONS = re.compile(r"\(\s*(?:\$\s*millions?|millions? (?:of |de )?(?:dollars|\$)|\$\s*m|m\s*\$|in millions[^()]*"
                      r"|en millions[^()]*)\s*\)")
"""``($ millions)``, ``(en millions de dollars)``, ``(M$)``: the bare figures are millions of dollars."""
_MILLION = 1_000_000


def _millions(figure: str) -> int:
    """A bare figure in millions as dollars, its comma a decimal point as French writes it (``4,754``: 4754000)."""
    whole, _, decimals = re.sub(r"[^0-9.,]", "", figure.translate(repair.DIGITS)).replace(",", ".").partition(".")
    return round(float(f"{whole or 0}.{decimals.replace('.', '') or 0}") * _MILLION)


THOUSANDS = re.compile(r"\(\s*(?:\$\s*'?[0o]{3}(?:'?s)?|'?[0o]{3}(?:'?s)?\s*\$|[0o]{3}'?s|k\$|\$k|\$\s*thousands?"
                        r"|in thousands[^()]*|en milliers[^()]*)\s*\)"
                        r"|\bin thousands of dollars\b|\ben milliers de dollars\b")
"""``($000)`` (``($00O)`` in a scan), ``(000's)``, ``(k$)``, ``(in thousands)``: the bare figures are thousands
of dollars."""
