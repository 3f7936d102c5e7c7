"""Small-cell suppression for tables that count people (executive profiles).

A count of 1 to k-1 people (k = ``privacy.min_cell``, default 5) can point at a person, so the
cell is withheld ("primary" suppression, shown ``<5``). A withheld cell must not be
recoverable from the published totals either, so other cells are withheld with it
("secondary" or complementary suppression, shown ``x``) until an attacker who knows every
published cell, every row/column/subtotal relation, that a ``<5`` cell holds 1 to k-1 and that
an ``x`` cell holds 0 or at least k cannot pin down any withheld cell. Zero cells are shown.

The check is done two ways, to a fixed point: exact linear algebra (is a withheld cell a
linear combination of the published figures?) and interval propagation through the relations
with the bounds above (the "one small cell plus one complement of exactly k" trap).
"""
from __future__ import annotations

import fnmatch
import math
from collections import deque
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from hrkit.errors import HrkitError

PRIMARY = "primary"
SECONDARY = "secondary"
Cell = Hashable
Relation = tuple[Cell, Sequence[Cell]]
"""A published total and the cells that add up to it."""


@dataclass(frozen=True)
class Threshold:
    """The minimum cell size in force, and the warning to print when it was lowered."""

    min_cell: int
    warning: str | None = None


IDENTIFYING = (
    (("id", "path"), "a profile id names one person"),
    (("name", "name.*"), "a name names one person (profile names are never used in reports)"),
    (("position", "acting.position"), "a post has one holder, so it names one person"),
    (("acting.from", "acting.to", "talent.*.submitted_on", "talent.*.feedback_on"), "a date singles out one person"),
    (("*email*", "*e-mail*", "*phone*"), "contact information names one person"),
)
"""Profile fields (globs over dotted paths) that name or single out a person: their values
label one person each, so people are never grouped or filtered by them (the suppressed cell
next to such a label would still say which group that person is in)."""


def identifying(name: str) -> str | None:
    """Why counting people by this profile field would name them, or None."""
    return next((why for patterns, why in IDENTIFYING
                 if any(fnmatch.fnmatchcase(name.lower(), p) for p in patterns)), None)


def marker(kind: str, k: int) -> str:
    """What a withheld cell shows: ``<5`` for a small count, ``x`` for a complement."""
    return f"<{k}" if kind == PRIMARY else "x"


def note(k: int) -> str:
    """The footnote of every table that counts people."""
    if k <= 1:
        return "Small-cell suppression is off (--allow-small-cells): cells may identify people."
    return (f"<{k}: fewer than {k} people (privacy.min_cell); x: withheld so that no <{k} cell can be "
            "worked out from the totals.")


def threshold(configured: int, requested: int | None, allow_small_cells: bool) -> Threshold:
    """``--min-cell`` may raise the configured value; lowering it (``--allow-small-cells`` alone
    means 1, no suppression) needs the flag and comes with a warning."""
    if requested is None:
        requested = 1 if allow_small_cells else configured
    if requested < 1:
        raise HrkitError("--min-cell must be at least 1")
    if requested >= configured:
        return Threshold(requested)
    if not allow_small_cells:
        raise HrkitError(f"--min-cell {requested} is below privacy.min_cell ({configured}) in hrkit.yaml; "
                         "add --allow-small-cells to show counts of so few people")
    return Threshold(requested, f"warning: small-cell suppression lowered from {configured} to {requested}; "
                                "this output may identify people, do not share it")


def suppress(values: dict[Cell, int], relations: Sequence[Relation], k: int) -> dict[Cell, str]:
    """The cells to withhold, each PRIMARY or SECONDARY. ``values`` holds every published count,
    totals included; ``relations`` says which cells add up to which total."""
    if k <= 1:
        return {}
    marks = {c: PRIMARY for c, v in values.items() if 0 < v < k}
    if not marks:
        return marks
    relations = [(total, tuple(parts)) for total, parts in relations]
    while True:
        cell = _needed_complement(values, relations, marks, k)
        if cell is None:
            return marks
        marks[cell] = SECONDARY


def _needed_complement(values, relations, marks, k) -> Cell | None:
    """The next cell to withhold, or None when every withheld cell is safe."""
    for total, parts in relations:
        hidden = [c for c in (total, *parts) if c in marks]
        small_union = total not in marks and 0 < sum(values[c] for c in parts if c in marks) < k
        if len(hidden) == 1 or small_union:  # a small union: the withheld parts together are a small cell
            found = _complement(values, (total, parts), marks)
            if found is not None:
                return found
    found = exposed(values, relations, marks, k)
    return _breaker(values, relations, marks, k, found[0]) if found else None


def _breaker(values, relations, marks, k, cell: Cell, tries: int = 40) -> Cell | None:
    """A published cell whose withholding stops ``cell`` from being worked out: tried nearest
    first (the cell's own relations, then theirs), smallest non-zero value first; failing that,
    the first candidate, and the loop goes on from there."""
    near, seen = [], {cell}
    frontier = {cell}
    while frontier:
        ring = set()
        for total, parts in relations:
            members = (total, *parts)
            if any(c in frontier for c in members):
                ring.update(c for c in members if c not in seen)
        seen |= ring
        near.append(sorted((c for c in ring if c not in marks), key=lambda c: (values[c] == 0, values[c], repr(c))))
        frontier = {c for c in ring if c in marks}
    candidates = [c for ring in near for c in ring]
    for candidate in candidates[:tries]:
        if cell not in exposed(values, relations, {**marks, candidate: SECONDARY}, k):
            return candidate
    return candidates[0] if candidates else None


def _complement(values, relation: Relation, marks) -> Cell | None:
    """The smallest published non-zero part of the relation, else its total, else a zero part."""
    total, parts = relation
    shown = [c for c in parts if c not in marks]
    nonzero = sorted((c for c in shown if values[c] > 0), key=lambda c: values[c])
    if nonzero:
        return nonzero[0]
    if total not in marks:
        return total
    return shown[0] if shown else None


def exposed(values: dict[Cell, int], relations: Sequence[Relation], marks: dict[Cell, str], k: int) -> list[Cell]:
    """Withheld cells whose value follows from what is published: by linear algebra, or by
    bounds propagation. Exposed cells are what secondary suppression must prevent; a complement
    that holds 0 may be inferred as 0, which tells no more than a table that shows its zeros."""
    found = _determined(values, relations, marks) | _pinned(values, relations, marks, k)
    return [c for c in values if c in found and not (marks[c] == SECONDARY and values[c] == 0)]


def _equations(values, relations, marks):
    """Each relation as ({hidden cell: coefficient}, constant): sum(coef * cell) == constant."""
    out = []
    for total, parts in relations:
        coef: dict = {}
        constant = 0
        for cell, sign in ((total, -1), *((p, 1) for p in parts)):
            if cell in marks:
                coef[cell] = coef.get(cell, 0) + sign
            else:
                constant -= sign * values[cell]
        coef = {c: v for c, v in coef.items() if v}
        if coef:
            out.append((coef, constant))
    return out


def _determined(values, relations, marks) -> set[Cell]:
    """Hidden cells that are a linear function of the published cells. Gauss-Jordan elimination
    over sparse integer rows (exact; each row divided by its gcd): a cell is determined when
    its pivot row has no other unknown. The rows are the relations, a few cells each, so the
    work follows the cells a relation links, not the square of the table."""
    pivots: dict[Cell, dict[Cell, int]] = {}  # pivot cell -> its row, free of every other pivot cell
    for coef, _ in _equations(values, relations, marks):
        row = dict(coef)
        for cell in [c for c in row if c in pivots]:  # pivot rows hold no other pivot cell: one pass
            row = _eliminate(row, pivots[cell], cell)
        if not row:
            continue
        lead = next(iter(row))
        for cell, other in pivots.items():
            if lead in other:
                pivots[cell] = _eliminate(other, row, lead)
        pivots[lead] = row
    return {cell for cell, row in pivots.items() if len(row) == 1}


def _eliminate(row: dict, pivot_row: dict, cell) -> dict:
    """``row`` with ``cell`` cancelled by a multiple of ``pivot_row``, divided by its gcd."""
    a, b = pivot_row[cell], row[cell]
    out = {c: v * a for c, v in row.items()}
    for c, v in pivot_row.items():
        out[c] = out.get(c, 0) - v * b
    out = {c: v for c, v in out.items() if v}
    divisor = math.gcd(*out.values()) if out else 1
    return {c: v // divisor for c, v in out.items()} if divisor > 1 else out


def _pinned(values, relations, marks, k) -> set[Cell]:
    """Hidden cells left with one possible value when each relation is propagated over what the
    markers say: a primary cell holds 1..k-1, a secondary one 0 or k and more. Domains are unions
    of intervals, so the gap a secondary cell leaves (it is not 1..k-1) is kept: two secondaries
    add up to 0 or at least k, never 3."""
    equations = _equations(values, relations, marks)
    cap = UNBOUNDED  # only the published totals bound a withheld cell, through the relations
    domains = {c: ((1, k - 1),) if kind == PRIMARY else ((0, 0), (k, cap)) for c, kind in marks.items()}
    touching: dict[Cell, list[int]] = {}
    for i, (coef, _) in enumerate(equations):
        for cell in coef:
            touching.setdefault(cell, []).append(i)
    queue = deque(range(len(equations)))  # the relations to propagate again: those whose cells narrowed
    queued = set(queue)
    budget = 50 * len(equations)  # as many visits as 50 passes over them all: a slow narrowing stops
    while queue and budget:
        budget -= 1
        i = queue.popleft()
        queued.discard(i)
        coef, constant = equations[i]
        terms = list(coef.items())
        # the sum of the terms after each one (not narrowed yet here), and before it (as narrowed)
        after = [((0, 0),)]
        for other, b in reversed(terms[1:]):
            after.append(_add(after[-1], _signed(domains[other], b)))
        before: Domain = ((0, 0),)
        for cell, a in terms:
            rest = _add(before, after.pop())
            # a * cell = constant - rest
            allowed = tuple((constant - hi, constant - lo) for lo, hi in reversed(rest))
            narrowed = _intersect(domains[cell], _signed(allowed, a))
            if not narrowed:  # cannot happen with true values; stop rather than loop
                return set()
            if narrowed != domains[cell]:
                domains[cell] = narrowed
                for j in touching[cell]:
                    if j not in queued:
                        queue.append(j)
                        queued.add(j)
            before = _add(before, _signed(domains[cell], a))
    return {c for c, d in domains.items() if len(d) == 1 and d[0][0] == d[0][1]}


Domain = tuple[tuple[int, int], ...]
UNBOUNDED = 10**15


def _merge(intervals) -> Domain:
    out: list[list[int]] = []
    for lo, hi in sorted(intervals):
        if out and lo <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return tuple((lo, hi) for lo, hi in out)


def _add(a: Domain, b: Domain) -> Domain:
    if len(a) == 1 and len(b) == 1:  # most domains are one interval: no merging to do
        return ((a[0][0] + b[0][0], a[0][1] + b[0][1]),)
    return _merge((x0 + y0, x1 + y1) for x0, x1 in a for y0, y1 in b)


def _signed(a: Domain, sign: int) -> Domain:
    return a if sign > 0 else _neg(a)


def _neg(a: Domain) -> Domain:
    return tuple((-hi, -lo) for lo, hi in reversed(a))


def _intersect(a: Domain, b: Domain) -> Domain:
    if len(a) == 1 and len(b) == 1:
        lo, hi = max(a[0][0], b[0][0]), min(a[0][1], b[0][1])
        return ((lo, hi),) if lo <= hi else ()
    return _merge((max(x0, y0), min(x1, y1)) for x0, x1 in a for y0, y1 in b if max(x0, y0) <= min(x1, y1))
