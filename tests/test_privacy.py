"""Small-cell suppression: thresholds, primary and complementary suppression, and an attacker
who tries to recover every withheld cell from what a table publishes, and fails."""
from __future__ import annotations

import itertools
import random

import pytest

from hrkit.errors import HrkitError
from hrkit.data.privacy import PRIMARY, SECONDARY, exposed, suppress, threshold

K = 5


def table(rows: dict[str, list[int]]):
    """A two-way table with row totals, column totals and the grand total: (values, relations)."""
    width = len(next(iter(rows.values())))
    values, relations = {}, []
    for r, cells in rows.items():
        for j, v in enumerate(cells):
            values[(r, j)] = v
        values[(r, "T")] = sum(cells)
        relations.append(((r, "T"), [(r, j) for j in range(width)]))
    for j in [*range(width), "T"]:
        values[("T", j)] = sum(values[(r, j)] for r in rows)
        relations.append((("T", j), [(r, j) for r in rows]))
    relations.append((("T", "T"), [("T", j) for j in range(width)]))
    return values, relations


def attack(values, relations, marks, k=K) -> dict:
    """Every value each withheld cell can take, given what is published: the shown cells, the
    relations, '<k' = 1..k-1 and 'x' = 0 or >= k. Exhaustive search with pruning. The attacker
    does not know the largest value; the search gives it k more (a stricter test than the
    unbounded truth: an attacker who knows less can only find more solutions)."""
    hidden = [c for c in values if c in marks]
    cap = max(values.values()) + k
    domains = {c: range(1, k) if marks[c] == PRIMARY else [0, *range(k, cap + 1)] for c in hidden}
    possible = {c: set() for c in hidden}
    equations = []
    for total, parts in relations:
        terms = [(total, -1), *((p, 1) for p in parts)]
        equations.append([(c, s) for c, s in terms])

    def consistent(assign, final):
        for terms in equations:
            known = sum(s * (assign[c] if c in marks else values[c]) for c, s in terms if c not in marks or c in assign)
            free = [(c, s) for c, s in terms if c in marks and c not in assign]
            if not free:
                if known != 0:
                    return False
            elif not final:
                lo = sum(s * (min(domains[c]) if s > 0 else max(domains[c])) for c, s in free)
                hi = sum(s * (max(domains[c]) if s > 0 else min(domains[c])) for c, s in free)
                if not lo <= -known <= hi:
                    return False
        return True

    def search(i, assign):
        if i == len(hidden):
            for c in hidden:
                possible[c].add(assign[c])
            return
        cell = hidden[i]
        for v in domains[cell]:
            assign[cell] = v
            if consistent(assign, i + 1 == len(hidden)):
                search(i + 1, assign)
            del assign[cell]

    search(0, {})
    return possible


def assert_safe(values, relations, marks, k=K):
    """No withheld cell has a single possible value (a complement that holds 0 may be found to be
    0: a table shows its zeros anyway)."""
    possible = attack(values, relations, marks, k)
    for cell, options in possible.items():
        assert values[cell] in options, (cell, options)
        if options != {0}:
            assert len(options) >= 2, f"{cell} recovered: it can only be {options}"


def test_threshold_defaults_raises_and_lowering_needs_the_flag():
    assert threshold(5, None, False).min_cell == 5
    assert threshold(5, 8, False).min_cell == 8
    with pytest.raises(HrkitError, match="--allow-small-cells"):
        threshold(5, 3, False)
    lowered = threshold(5, 3, True)
    assert lowered.min_cell == 3 and "lowered from 5 to 3" in lowered.warning
    assert threshold(5, None, True).min_cell == 1
    assert threshold(5, 5, True).warning is None


def test_primary_only_small_nonzero_counts():
    values, relations = table({"a": [7, 0, 9], "b": [8, 6, 10]})
    assert suppress(values, relations, K) == {}


def test_one_small_cell_in_a_line_gets_a_complement():
    values = {"A": 3, "B": 10, "C": 12, "T": 25}
    relations = [("T", ["A", "B", "C"])]
    marks = suppress(values, relations, K)
    assert marks == {"A": PRIMARY, "B": SECONDARY}
    assert_safe(values, relations, marks)


def test_a_complement_of_exactly_k_would_give_the_cell_away():
    """A=1 (<5) and B=5 (x) with T=26, C=20 shown: B >= 5 and A >= 1 force A=1, B=5."""
    values = {"A": 1, "B": 5, "C": 20, "T": 26}
    relations = [("T", ["A", "B", "C"])]
    naive = {"A": PRIMARY, "B": SECONDARY}
    assert attack(values, relations, naive)["A"] == {1}
    assert "A" in exposed(values, relations, naive, K)
    marks = suppress(values, relations, K)
    assert marks == {"A": PRIMARY, "B": SECONDARY, "C": SECONDARY}
    assert_safe(values, relations, marks)


def test_two_small_cells_whose_sum_is_small_are_protected_as_a_group():
    values = {"A": 1, "B": 2, "C": 20, "T": 23}
    relations = [("T", ["A", "B", "C"])]
    marks = suppress(values, relations, K)
    assert marks["C"] == SECONDARY
    assert_safe(values, relations, marks)


def test_two_way_table_with_totals():
    values, relations = table({"EX-01": [3, 7, 10], "EX-02": [6, 8, 9], "EX-03": [1, 12, 5]})
    marks = suppress(values, relations, K)
    assert {c for c, kind in marks.items() if kind == PRIMARY} == {("EX-01", 0), ("EX-03", 0)}
    assert_safe(values, relations, marks)


def test_small_row_total_is_itself_withheld():
    values, relations = table({"EX-04": [1, 1, 0], "EX-05": [9, 7, 8]})
    marks = suppress(values, relations, K)
    assert marks[("EX-04", "T")] == PRIMARY
    assert_safe(values, relations, marks)


def test_hierarchy_of_subtotals():
    """Branches within departments: subtotals and a total, each a relation."""
    values = {("ESDC", "HR"): 2, ("ESDC", "SEB"): 12, ("ESDC",): 14, ("TBS", "CDS"): 6, ("TBS", "OCHRO"): 9,
              ("TBS",): 15, (): 29}
    relations = [(("ESDC",), [("ESDC", "HR"), ("ESDC", "SEB")]), (("TBS",), [("TBS", "CDS"), ("TBS", "OCHRO")]),
                 ((), [("ESDC",), ("TBS",)])]
    marks = suppress(values, relations, K)
    assert marks[("ESDC", "HR")] == PRIMARY
    assert_safe(values, relations, marks)


@pytest.mark.parametrize("seed", range(40))
def test_random_small_tables_never_give_a_cell_away(seed):
    rng = random.Random(seed)
    rows = {f"r{i}": [rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 11]) for _ in range(3)] for i in range(3)}
    values, relations = table(rows)
    marks = suppress(values, relations, K)
    assert all(kind == PRIMARY for c, kind in marks.items() if 0 < values[c] < K)
    assert all(c in marks for c, v in values.items() if 0 < v < K)
    assert_safe(values, relations, marks)


def test_zero_and_large_cells_are_shown_when_nothing_is_small():
    values, relations = table({"a": [0, 20], "b": [30, 0]})
    assert suppress(values, relations, K) == {}


def test_no_suppression_below_two():
    values, relations = table({"a": [1, 2], "b": [3, 4]})
    assert suppress(values, relations, 1) == {}


def test_attacker_recovers_cells_of_naive_single_suppression():
    """The attack is real: withholding only the small cells of a two-way table gives them away."""
    values, relations = table({"a": [2, 9], "b": [8, 7]})
    naive = {("a", 0): PRIMARY}
    assert attack(values, relations, naive)[("a", 0)] == {2}
    assert_safe(values, relations, suppress(values, relations, K))


def test_exhaustive_one_line_tables():
    """Every one-line table of three cells up to 9: the marks are always safe."""
    for a, b, c in itertools.product(range(0, 10), repeat=3):
        values = {"A": a, "B": b, "C": c, "T": a + b + c}
        relations = [("T", ["A", "B", "C"])]
        marks = suppress(values, relations, K)
        if marks:
            assert_safe(values, relations, marks)
