"""Grouped tables of positions and profiles (``hrkit rollup``), without double counting.

A position's ``dimensions`` describe the unit it leads, its subordinates included, so adding
them over every position counts the same FTE and dollar once per level of the hierarchy. A
group's dimension totals are therefore the sums over the group's *top-most* positions: those
whose supervisor is outside the group (another group, filtered out, or none). Subtotals and
the grand total are groups of their own, computed the same way; they are not the sums of the
rows above them. Counts (positions, vacant, ...) are plain counts and do add up.

Profile rollups count people, so their cells go through small-cell suppression.
"""
from __future__ import annotations

import fnmatch
import re
from itertools import compress, repeat
from operator import ne
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from hrkit.data import privacy
from hrkit.errors import HrkitError
from hrkit.data.hierarchy import heads, indent, walk
from hrkit.render.table import Suppressed, Table
from hrkit.data.rows import Columns

DIMENSIONS = ("fte", "salary", "o_and_m", "total", "operating_budget", "program_budget")
MONEY = frozenset(DIMENSIONS) - {"fte"}


def vacant(status, incumbent) -> bool:
    """Vacant: status ``vacant``, or ``active`` with no incumbent recorded (every report, the
    chart and the query tables count vacancies by this)."""
    return status == "vacant" or (status == "active" and not incumbent)


COUNTS: dict[str, tuple[tuple[str, ...], Callable[..., bool]]] = {
    # measure: (the fields it reads, whether a record counts given their values)
    "positions": ((), lambda: True),
    "vacant": (("status", "incumbent"), vacant),
    "proposed": (("status",), lambda status: status == "proposed"),
    "filled": (("status", "incumbent"), lambda status, incumbent: status == "active" and bool(incumbent)),
    "ex": (("classification",), lambda code: str(code or "").startswith("EX-")),
}
DEFAULT_MEASURES = ("positions", "vacant", "proposed", "fte", "salary", "o_and_m", "total")
NONE, ALL, TOTAL = "(none)", "(all)", "Total"


@dataclass(frozen=True)
class Measure:
    """A column: a count, a top-most dimension sum (``field`` under dimensions.), or a plain sum."""

    name: str
    kind: str  # "count", "dimension" or "sum"
    field: str | None = None


@dataclass
class RollupRow:
    keys: tuple  # one value per --by field; subtotal rows hold only their prefix
    kind: str  # "group", "subtotal" or "total"
    values: dict[str, int | Decimal | None]
    missing: dict[str, int] = field(default_factory=dict)  # records lacking a summed measure


@dataclass
class RollupTable:
    kind: str  # "positions" or "profiles"
    by: tuple[str, ...]
    measures: tuple[Measure, ...]
    rows: list[RollupRow]
    notes: list[str] = field(default_factory=list)
    suppressed: dict[tuple[int, str], str] = field(default_factory=dict)  # (row index, measure) -> kind
    min_cell: int | None = None

    def row(self, *keys) -> RollupRow:
        """The row whose keys are ``keys`` (a prefix for a subtotal, none for the total)."""
        for r in self.rows:
            if r.keys == tuple(keys):
                return r
        raise KeyError(keys)


def parse_measures(names: Iterable[str]) -> tuple[Measure, ...]:
    out = []
    for name in names:
        if name in COUNTS:
            out.append(Measure(name, "count"))
        elif name in DIMENSIONS or name.startswith("dimensions."):
            out.append(Measure(name, "dimension", name if "." in name else f"dimensions.{name}"))
        elif re.fullmatch(r"[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*", name):
            out.append(Measure(name, "sum", name))
        else:
            raise HrkitError(f"--measure: {name!r} is not a measure ({', '.join((*COUNTS, *DIMENSIONS))}) "
                             "or a field path")
    if not out:
        raise HrkitError("--measure: give at least one measure")
    return tuple(out)


def parse_where(items: Iterable[str]) -> tuple[tuple[str, str], ...]:
    out = []
    for item in items:
        name, sep, pattern = item.partition("=")
        if not sep or not name.strip():
            raise HrkitError(f"--where {item!r}: write FIELD=VALUE (globs such as EX-* allowed)")
        out.append((name.strip(), pattern))
    return tuple(out)


def filter_columns(table: Columns, where: Sequence[tuple[str, str]]) -> Columns:
    """Records whose every ``field`` matches its glob; a missing field matches only the empty pattern."""
    keep = range(table.size)
    for name, pattern in where:
        rx = re.compile(fnmatch.translate(pattern))
        values = table[name]
        keep = [i for i in keep if rx.match(text(values[i]))]
    return table if not where else table.take(list(keep))


def text(value) -> str:
    """A value as --where sees it: dates ISO, booleans true/false, missing empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def check_fields(table: Columns, names: Iterable[str], kind: str) -> None:
    """A typo in --by or --where must not pass for a field every record lacks."""
    if not table.size:
        return
    for name in names:
        if not table.has(name):
            hint = " (profile names are never used in reports)" if kind == "profiles" and name.startswith("name") else ""
            raise HrkitError(f"no {kind[:-1]} record has a field {name!r}{hint}")


def rollup_fields(by: Sequence[str], measures: Sequence[str] = (), where: Sequence[tuple[str, str]] = ()) -> list[str]:
    """The record fields a rollup reads (of positions or profiles)."""
    chosen = parse_measures(measures or DEFAULT_MEASURES)
    counted = [name for m in chosen if m.kind == "count" for name in COUNTS[m.name][0]]
    return list(dict.fromkeys([*by, *(name for name, _ in where), *(m.field for m in chosen if m.field), *counted,
                               "id", "reports_to", "status"]))


def rollup_positions(records: Columns | Sequence[dict], by: Sequence[str] = ("branch",),
                     measures: Sequence[str] | None = None, where: Sequence[tuple[str, str]] = ()) -> RollupTable:
    """Positions grouped by ``by`` (dotted field paths), with subtotals and a grand total.

    ``records`` come from :func:`hrkit.data.rows.load_columns` (or are rows of ``load_rows``).
    Abolished positions are left out unless ``where`` filters on ``status``. Dimension measures
    are summed over each group's top-most positions (module docstring); a group whose top-most
    positions all lack a figure shows None, and ``missing`` counts the top-most positions that
    lack it.
    """
    by = tuple(by)
    if not by:
        raise HrkitError("--by: give at least one field")
    chosen = parse_measures(measures or DEFAULT_MEASURES)
    table = records if isinstance(records, Columns) else Columns.from_rows(
        list(records), rollup_fields(by, [m.name for m in chosen], where))
    check_fields(table, (*by, *(n for n, _ in where), *(m.field for m in chosen if m.kind == "sum")), "positions")
    notes = []
    if not any(name == "status" for name, _ in where):
        kept = list(compress(range(table.size), map(ne, table["status"], repeat("abolished"))))
        if len(kept) != table.size:
            notes.append(f"{table.size - len(kept)} abolished positions left out (--where status=... chooses).")
            table = table.take(kept)
    table = filter_columns(table, where)
    keys = list(zip(*[table[name] for name in by]))
    depth = len(by)
    sizes = _fold(Counter(keys), depth)  # every group, subtotal and total, with its record count
    values: dict[str, dict[tuple, int | Decimal]] = {}
    counted: dict[str, Counter] = {}
    missing: dict[str, Counter] = {}
    for m in chosen:
        if m.kind == "count":
            names, test = COUNTS[m.name]
            values[m.name] = sizes if not names else _fold(
                Counter(compress(keys, map(test, *[table[n] for n in names]))), depth)
            continue
        values[m.name], counted[m.name], missing[m.name] = {}, Counter(), Counter()
    dimensions = [(m, table[m.field], m.field.rpartition(".")[2] in MONEY) for m in chosen if m.kind == "dimension"]
    if dimensions:
        # a record is top-most in its groups deeper than the --by values it shares with its
        # supervisor's: only records whose supervisor is outside their group count, and few are
        for i, level in _topmost(table, keys, depth):
            for m, figures, money in dimensions:
                _add(values[m.name], counted[m.name], missing[m.name], keys[i][:level], _number(figures[i], money=money))
    for m in chosen:
        if m.kind == "sum":
            for key, figure in zip(keys, table[m.field]):
                value = _number(figure, money=False)
                for level in range(depth + 1):
                    _add(values[m.name], counted[m.name], missing[m.name], key[:level], value)
    out_rows = []
    for prefix in _ordered(sizes, depth):
        row_values = {m.name: values[m.name].get(prefix, 0) if m.kind == "count"
                      else values[m.name][prefix] if counted[m.name][prefix] else None for m in chosen}
        out_rows.append(RollupRow(prefix, _row_kind(len(prefix), depth), row_values,
                                  {m.name: missing[m.name][prefix] for m in chosen if m.kind != "count"}))
    notes += _position_notes(chosen, out_rows, depth)
    return RollupTable("positions", by, chosen, out_rows, notes)


def _fold(per_group: Counter, depth: int) -> dict[tuple, int]:
    """Counts per group -> counts per group, subtotal prefix and total (counts add up)."""
    out: dict[tuple, int] = {}
    for key, count in per_group.items():
        for level in range(depth + 1):
            out[key[:level]] = out.get(key[:level], 0) + count
    return out


def _topmost(table: Columns, keys: list[tuple], depth: int):
    """(record index, level) for every level at which the record is a top-most position of its
    group: deeper than the number of leading --by values it shares with its supervisor's record
    (all levels when its supervisor is not among the records)."""
    # the first record with an id names its group (a duplicate id is HR201's)
    key_of = dict(zip(reversed(table["id"]), reversed(keys)))
    if set(map(type, key_of)) - {str}:
        key_of = {i: key for i, key in key_of.items() if type(i) is str}
    sup_keys = list(map(key_of.get, table["reports_to"]))
    # a record in its supervisor's group at every level is never top-most: most records
    for i in compress(range(len(keys)), map(ne, keys, sup_keys)):
        key, sup_key = keys[i], sup_keys[i]
        shared = -1 if sup_key is None else _common_prefix(key, sup_key)
        for level in range(shared + 1, depth + 1):
            yield i, level


def _add(sums: dict, counted: Counter, missing: Counter, prefix: tuple, value) -> None:
    if value is None:
        missing[prefix] += 1
    else:
        sums[prefix] = sums.get(prefix, 0) + value
        counted[prefix] += 1


def _common_prefix(a: tuple, b: tuple) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _number(value, *, money: bool) -> int | Decimal | None:
    """Whole dollars stay ints (a fractional dollar figure is a schema error: left out, counted
    as missing); other numbers become Decimals, so 0.1 + 0.2 is 0.3."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, int):
        return int(value)
    return None if money else Decimal(repr(value))


def _row_kind(level: int, depth: int) -> str:
    return "group" if level == depth else "total" if level == 0 else "subtotal"


def _order_key(value) -> tuple:
    if value is None:
        return (2, "", "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, "", value)
    return (1, type(value).__name__, value)


def _ordered(groups, depth: int) -> list[tuple]:
    """Group keys sorted (missing last), each subtotal after its groups, the total last."""
    def key(prefix):
        return (*(_order_key(v) for v in prefix), *((3, "", ""),) * (depth - len(prefix)))
    return sorted(groups, key=key)


def _position_notes(measures, rows: list[RollupRow], depth: int) -> list[str]:
    notes = []
    if any(m.name == "vacant" for m in measures):
        notes.append("vacant: status vacant, or active with no incumbent recorded.")
    dims = [m.name for m in measures if m.kind == "dimension"]
    if dims:
        notes.append(f"{', '.join(dims)}: sums over each group's top-most positions (supervisor outside the group), "
                     "because a unit's dimensions include its subordinates: no FTE or dollar is counted twice."
                     + (" Subtotals and the total are computed the same way over their own groups, not added up "
                        "from the rows above." if depth > 1 else " The total is computed the same way over all "
                        "positions, not added up from the rows above."))
    lacking = [m.name for m in measures if m.kind != "count" and any(r.missing.get(m.name) for r in rows)]
    if lacking:
        notes.append(f"{', '.join(lacking)} missing: records lacking the figure (for dimensions, top-most positions "
                     "only); — where no record had it.")
    return notes


def rollup_profiles(records: Columns | Sequence[dict], by: Sequence[str], where: Sequence[tuple[str, str]] = (),
                    min_cell: int = 5) -> RollupTable:
    """Profiles (people) counted by ``by``, with subtotals and a total, small cells suppressed.
    Fields that name a person (privacy.identifying) are refused in ``by`` and ``where``."""
    by = tuple(by)
    if not by:
        raise HrkitError("--by: give at least one field")
    for option, names in (("--by", by), ("--where", [name for name, _ in where])):
        for name in names:
            why = privacy.identifying(name)
            if why:
                raise HrkitError(f"{option} {name}: {why}; count people by fields many share (classification, "
                                 "acting.classification, talent.CYCLE.questionnaire, talent.CYCLE.talent_map)")
    fields = list(dict.fromkeys([*by, *(n for n, _ in where)]))
    table = records if isinstance(records, Columns) else Columns.from_rows(list(records), fields)
    check_fields(table, fields, "profiles")
    table = filter_columns(table, where)
    depth = len(by)
    counts = _fold(Counter(zip(*[table[name] for name in by])), depth)
    measure = Measure("profiles", "count")
    out_rows = [RollupRow(prefix, _row_kind(len(prefix), depth), {"profiles": counts[prefix]})
                for prefix in _ordered(counts, depth)]
    relations = [(parent.keys, [child.keys for child in out_rows if len(child.keys) == len(parent.keys) + 1
                                and child.keys[:len(parent.keys)] == parent.keys])
                 for parent in out_rows if len(parent.keys) < depth]
    marks = privacy.suppress({r.keys: r.values["profiles"] for r in out_rows}, relations, min_cell)
    suppressed = {(i, "profiles"): marks[r.keys] for i, r in enumerate(out_rows) if r.keys in marks}
    return RollupTable("profiles", by, (measure,), out_rows, [], suppressed, min_cell)


def as_table(result: RollupTable) -> Table:
    """The rollup as a renderable table: group columns, then measures (each summed measure
    followed by a ``missing`` column when some record lacked it), then the notes."""
    depth = len(result.by)
    columns = list(result.by)
    numeric = set()
    for m in result.measures:
        columns.append(m.name)
        numeric.add(m.name)
        if m.kind != "count" and any(r.missing.get(m.name) for r in result.rows):
            columns.append(f"{m.name} missing")
            numeric.add(f"{m.name} missing")
    rows = []
    for i, r in enumerate(result.rows):
        labels = [NONE if v is None else v for v in r.keys]
        if r.kind == "total":
            labels = [TOTAL] + [""] * (depth - 1)
        elif r.kind == "subtotal":
            labels += [ALL] * (depth - len(labels))
        cells = []
        for m in result.measures:
            mark = result.suppressed.get((i, m.name))
            cells.append(Suppressed(privacy.marker(mark, result.min_cell)) if mark else r.values[m.name])
            if f"{m.name} missing" in columns:
                cells.append(r.missing.get(m.name, 0))
        rows.append(labels + cells)
    notes = list(result.notes)
    if result.kind == "profiles":
        notes.append(privacy.note(result.min_cell))
    title = f"{result.kind.capitalize()} by {', '.join(result.by)}"
    return Table(columns, rows, title=title, notes=notes, numeric=numeric)


@dataclass
class TreeRow:
    """One position of ``rollup --tree``: subtree counts, and its declared dimensions beside the
    sum of its direct reports' (``own`` = declared - reports = the unit's own office)."""

    id: str
    depth: int
    title: str | None
    classification: str | None
    status: str | None
    positions: int  # in the subtree, itself included; abolished positions count 0
    vacant: int
    ex: int
    fte: Decimal | None
    fte_reports: Decimal | None
    fte_own: Decimal | None
    total: int | None
    total_reports: int | None
    total_own: int | None
    flags: tuple[str, ...] = ()


def reporting_tree(org, findings: Iterable = (), root: str | None = None) -> tuple[list[TreeRow], list[str]]:
    """The reporting tree under ``root`` (default: every head), depth first, children by id, and
    notes. ``findings`` are validate's findings (HR302 and the like): a row carries the codes
    of the findings on its record, so the tree flags exactly what validate reports."""
    if root is not None and root not in org.positions:
        raise HrkitError(f"no position {root!r}")
    codes = finding_codes(findings)
    kids = {sid: sorted(children, key=lambda p: p.id) for sid, children in org.children.items()}
    roots = [root] if root else heads({pid: p.reports_to for pid, p in org.positions.items()})
    order = [(pid, depth) for pid, depth, _ in walk({sid: [k.id for k in ks] for sid, ks in kids.items()}, roots)]
    counts: dict[str, tuple[int, int, int]] = {}
    for pid, _ in reversed(order):  # children before parents
        p = org.positions[pid]
        live = p.status != "abolished"
        n, v = int(live), int(live and vacant(p.status, p.incumbent))
        e = int(live and (p.classification or "").startswith("EX-"))
        for k in kids.get(pid, ()):
            if k.id in counts:
                n, v, e = n + counts[k.id][0], v + counts[k.id][1], e + counts[k.id][2]
        counts[pid] = (n, v, e)
    rows = []
    for pid, depth in order:
        p = org.positions[pid]
        live_kids = [k for k in kids.get(pid, ()) if k.status != "abolished"]
        fte = Decimal(repr(p.fte)) if p.fte is not None else None
        fte_reports, fte_own = _reports(fte, [None if k.fte is None else Decimal(repr(k.fte)) for k in live_kids])
        total_reports, total_own = _reports(p.total, [k.total for k in live_kids])
        flags = list(codes.get(pid, ()))
        if p.total is not None and total_reports is not None and total_reports > p.total:
            flags.append("total exceeded")
        rows.append(TreeRow(pid, depth, p.title, p.classification, p.status, *counts[pid], fte, fte_reports, fte_own,
                            p.total, total_reports, total_own, tuple(flags)))
    notes = []
    if root is None:
        unreached = len(org.positions) - len(order)
        if unreached:
            notes.append(f"{unreached} positions are not under any head (a reporting cycle: hrkit validate, HR202).")
    return rows, notes


def finding_codes(findings: Iterable) -> dict[str, list[str]]:
    """The codes of the findings on each record, as a report's flags column shows them."""
    codes: dict[str, list[str]] = {}
    for f in findings:
        if f.record is not None:
            codes.setdefault(f.record, []).append(f.code + (" (suppressed)" if f.suppressed else ""))
    return codes


def _reports(declared, values: list):
    """Sum of the reports' declared figures and the unit's own share. The share is unknown when
    a report lacks the figure; a position without reports is all own office."""
    known = [v for v in values if v is not None]
    reports = sum(known) if known else None
    if declared is None or len(known) != len(values):
        return reports, None
    return reports, declared - (reports or 0)


def tree_table(rows: list[TreeRow], notes: list[str]) -> Table:
    columns = ["position", "title", "class.", "status", "positions", "vacant", "EX", "FTE", "reports' FTE",
               "own FTE", "total $", "reports' total $", "own total $", "flags"]
    body = [[indent(r.depth, "  ") + r.id, r.title, r.classification, r.status, r.positions, r.vacant, r.ex, r.fte,
             r.fte_reports, r.fte_own, r.total, r.total_reports, r.total_own, ", ".join(r.flags)] for r in rows]
    notes = [*notes,
             "positions, vacant, EX: counts over the subtree, the position itself included (abolished positions "
             "count 0); each equals the position's own plus its direct reports' subtrees.",
             "FTE, total $: declared dimensions (the unit, subordinates included); reports': the sum over the direct "
             "reports that declare it; own: declared minus reports' (blank when a report lacks the figure).",
             "flags: the findings of hrkit validate on the position (HR302: reports hold more FTEs than the unit); "
             "'total exceeded': the reports' declared totals exceed the unit's (no rule checks budgets yet)."]
    return Table(columns, body, title="Reporting tree", notes=notes,
                 numeric={"positions", "vacant", "EX", "FTE", "reports' FTE", "own FTE", "total $",
                          "reports' total $", "own total $"})
