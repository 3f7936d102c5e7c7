"""Standard reports (``hrkit report NAME``): vacancies, span of control, classification
distribution, talent-management completion, and changes from history. Each returns rows or
tables of data; the command renders them. Only the talent report counts people, so only it
goes through small-cell suppression.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from hrkit.data import privacy
from hrkit.render.table import Suppressed, Table
from hrkit.data.hierarchy import heads, walk
from hrkit.data.rollup import NONE, TOTAL, finding_codes, vacant

TOTAL_KEY = ("__total__",)
"""The total row or column of a cross-tabulation (a key no record value can equal)."""


def analyze_org(project, source, codes: tuple[str, ...]):
    """The org and the located, suppression-aware findings of the org rules ``codes`` (rules
    disabled in hrkit.yaml stay disabled): the figures validate reports, not recomputed. The
    pipeline runs in full (the planner's way when the org is wanted), with its worker processes
    and per-file result cache."""
    from hrkit.store.cache import Cache  # the pipeline only for the reports that read validate's figures
    from hrkit.check.engine import run
    from hrkit.check.planner import Planner
    from hrkit.check.stages import configure

    contexts = [c for c in configure(project, source, select=codes) if c.rule.scope == "org"]
    cache = Cache.open_for(project.root)
    try:
        findings, _, analysis = run(project, source, contexts, Planner(project, source, contexts, cache,
                                                                       needs_org=True))
    finally:
        if cache is not None:
            cache.close()
    return analysis.org, findings


@dataclass
class Vacancy:
    id: str
    title: str | None
    classification: str | None
    department: str | None
    branch: str | None
    status: str | None
    reason: str  # "vacant", "no incumbent" or "proposed"
    reports_to: str | None


def vacancies(positions: Sequence[dict]) -> list[Vacancy]:
    """Positions to staff: status vacant, active without an incumbent, or proposed."""
    out = []
    for r in positions:
        status = r.get("status")
        if status == "proposed":
            reason = "proposed"
        elif vacant(status, r.get("incumbent")):
            reason = "vacant" if status == "vacant" else "no incumbent"
        else:
            continue
        out.append(Vacancy(str(r.get("id")), r.get("title"), r.get("classification"), r.get("department"),
                           r.get("branch"), status, reason, r.get("reports_to")))
    out.sort(key=lambda v: (v.department or "\uffff", v.branch or "\uffff", v.id))
    return out


def vacancies_table(rows: list[Vacancy]) -> Table:
    reasons = Counter(v.reason for v in rows)
    summary = ", ".join(f"{reasons[k]} {k}" for k in ("vacant", "no incumbent", "proposed") if reasons[k])
    return Table(["id", "title", "classification", "department", "branch", "reason", "reports_to"],
                 [[v.id, v.title, v.classification, v.department, v.branch or NONE, v.reason, v.reports_to]
                  for v in rows],
                 title="Vacancies", notes=[f"{len(rows)} positions: {summary or 'none'}.",
                                           "no incumbent: active, with no incumbent recorded."])


@dataclass
class Span:
    id: str
    title: str | None
    classification: str | None
    branch: str | None
    level: int | None  # 1 = a head (no supervisor); None when not under any head (a cycle)
    direct_reports: int
    flags: tuple[str, ...] = ()


@dataclass
class SpanReport:
    supervisors: list[Span]
    depth: int  # levels of the hierarchy
    positions: int
    notes: list[str] = field(default_factory=list)


def span(org, findings: Iterable = ()) -> SpanReport:
    """Direct reports (abolished ones left out) per supervisor, the hierarchy's depth, and the
    span-of-control findings (HR207) validate reports."""
    reports = {sid: [k.id for k in kids] for sid, kids in org.children.items()}
    roots = heads({pid: p.reports_to for pid, p in org.positions.items()})
    levels = {pid: depth + 1 for pid, depth, _ in walk(reports, roots)}
    codes = finding_codes(findings)
    rows = []
    for sid, kids in org.children.items():
        p = org.positions.get(sid)
        live = sum(1 for k in kids if k.status != "abolished")
        if p is None or not live:
            continue
        rows.append(Span(sid, p.title, p.classification, p.branch, levels.get(sid), live, tuple(codes.get(sid, ()))))
    rows.sort(key=lambda s: (-s.direct_reports, s.id))
    return SpanReport(rows, max(levels.values(), default=0), len(org.positions))


def span_table(report: SpanReport) -> Table:
    rows = report.supervisors
    spans = sorted(s.direct_reports for s in rows)
    flagged = sum(1 for s in rows if s.flags)
    notes = [f"{len(rows)} supervisors of {report.positions} positions; hierarchy depth {report.depth} levels.",
             f"direct reports per supervisor: median {_median(spans)}, largest {spans[-1] if spans else 0}.",
             f"{flagged} supervisors beyond the span-of-control limit (flags: validate's HR207)."]
    return Table(["id", "title", "classification", "branch", "level", "direct reports", "flags"],
                 [[s.id, s.title, s.classification, s.branch or NONE, s.level, s.direct_reports, ", ".join(s.flags)]
                  for s in rows], title="Span of control", notes=notes, numeric={"level", "direct reports"})


def _median(values: list[int]):
    if not values:
        return 0
    mid = len(values) // 2
    if len(values) % 2:
        return values[mid]
    half = (values[mid - 1] + values[mid]) / 2
    return int(half) if half == int(half) else half


@dataclass
class CrossTab:
    """Counts of records by a row and a column value, with totals (key TOTAL_KEY), and the
    cells withheld by small-cell suppression when the records are people."""

    title: str
    row_field: str
    rows: list  # row values in order (None = missing)
    columns: list  # column values in order
    counts: dict[tuple, int]
    suppressed: dict[tuple, str] = field(default_factory=dict)
    min_cell: int | None = None
    notes: list[str] = field(default_factory=list)


def crosstab(records: Iterable[dict], row: Callable[[dict], object], column: Callable[[dict], object], *,
             title: str, row_field: str, columns: Sequence | None = None, min_cell: int | None = None) -> CrossTab:
    """Count records by (row, column). ``columns`` fixes the column order (values seen but not
    listed are added after them). With ``min_cell`` the table counts people: cells of 1 to
    min_cell-1 are withheld, with complements so that no row or column total gives them away."""
    counts: Counter = Counter()
    for r in records:
        counts[(row(r), column(r))] += 1
    row_values = sorted({k[0] for k in counts}, key=_sort_key)
    col_values = list(columns or ())
    col_values += sorted({k[1] for k in counts} - set(col_values), key=_sort_key)
    cells = {(r, c): counts.get((r, c), 0) for r in row_values for c in col_values}
    for r in row_values:
        cells[(r, TOTAL_KEY)] = sum(cells[(r, c)] for c in col_values)
    for c in [*col_values, TOTAL_KEY]:
        cells[(TOTAL_KEY, c)] = sum(cells[(r, c)] for r in row_values)
    table = CrossTab(title, row_field, row_values, col_values, cells, min_cell=min_cell)
    if min_cell is not None:
        relations = [((r, TOTAL_KEY), [(r, c) for c in col_values]) for r in [*row_values, TOTAL_KEY]]
        relations += [((TOTAL_KEY, c), [(r, c) for r in row_values]) for c in [*col_values, TOTAL_KEY]]
        table.suppressed = privacy.suppress(cells, relations, min_cell)
    return table


def _sort_key(value) -> tuple:
    return (value is None, str(value))


def crosstab_table(tab: CrossTab, label: Callable[[object], str] = lambda v: NONE if v is None else str(v)) -> Table:
    columns = [tab.row_field, *(label(c) for c in tab.columns), "total"]
    body = []
    for r in [*tab.rows, TOTAL_KEY]:
        line = [TOTAL if r == TOTAL_KEY else label(r)]
        for c in [*tab.columns, TOTAL_KEY]:
            mark = tab.suppressed.get((r, c))
            line.append(Suppressed(privacy.marker(mark, tab.min_cell)) if mark else tab.counts[(r, c)])
        body.append(line)
    notes = list(tab.notes)
    if tab.min_cell is not None:
        notes.append(privacy.note(tab.min_cell))
    return Table(columns, body, title=tab.title, notes=notes, numeric=set(columns[1:]))


def classification(positions: Sequence[dict]) -> CrossTab:
    """Positions (abolished ones left out) by classification and branch. Posts, not people:
    nothing is suppressed."""
    live = [r for r in positions if r.get("status") != "abolished"]
    return crosstab(live, lambda r: r.get("classification"), lambda r: r.get("branch"),
                    title="Positions by classification and branch", row_field="classification")


def talent_cycles(profiles: Iterable[dict], current: str) -> list[str]:
    """The talent cycles any profile records, and the current one."""
    return sorted({current, *(key.split(".")[1] for p in profiles for key in p if key.startswith("talent."))})


def _talent_tabs(profiles: Sequence[dict], cycle: str, placements: Sequence[str]) -> tuple[CrossTab, CrossTab]:
    """Questionnaire completion and talent-map placement of ``cycle`` by level, not yet suppressed."""
    prefix = f"talent.{cycle}."
    answers = ["submitted", "not-submitted", "not-required"]

    def answer(r):
        value = r.get(prefix + "questionnaire")
        return value if value in answers else ("other" if value else "not recorded")

    def placement(r):
        value = r.get(prefix + "talent_map")
        return value if value in placements else ("other" if value else "none")

    completion = crosstab(profiles, lambda r: r.get("classification"), answer, columns=[*answers, "not recorded"],
                          title=f"Talent questionnaire by level, cycle {cycle}", row_field="level")
    placed = crosstab(profiles, lambda r: r.get("classification"), placement, columns=[*placements, "none"],
                      title=f"Talent-map placement by level, cycle {cycle}", row_field="level")
    return completion, placed


@dataclass
class PeopleTables:
    """Every table that counts people by level, suppressed together: classification by acting
    classification, and each cycle's questionnaire completion and talent-map placement."""

    acting: CrossTab
    cycles: dict[str, tuple[CrossTab, CrossTab]]  # cycle -> (completion, placement)


def people_tables(profiles: Sequence[dict], cycles: Iterable[str], placements: Sequence[str],
                  min_cell: int | None) -> PeopleTables:
    """The tables overlap: every profile counts once in every cycle, so a level's total is the
    same people in each of them. Cells are therefore keyed by the people they count, not by the
    table showing them, and all go to one privacy.suppress call: no table (``report talent``, the
    query tables, another cycle) publishes a figure another withholds."""
    acting = crosstab(profiles, lambda r: r.get("classification"), lambda r: r.get("acting.classification"),
                      title="Profiles by level and acting level", row_field="level")
    tables = PeopleTables(acting, {cycle: _talent_tabs(profiles, cycle, placements) for cycle in cycles})
    if min_cell is None:
        return tables
    scoped = [("acting", None, acting)] + [(kind, cycle, tab) for cycle, pair in tables.cycles.items()
                                           for kind, tab in zip(("questionnaire", "talent_map"), pair)]

    def key(kind, cycle, row, column) -> tuple:
        if column == TOTAL_KEY:
            return ("people",) if row == TOTAL_KEY else ("level", row)
        return (kind, cycle, row, column)

    values: dict[tuple, int] = {}
    relations: dict[tuple, None] = {}  # an ordered set: the tables share their level relation
    for kind, cycle, tab in scoped:
        values.update((key(kind, cycle, r, c), n) for (r, c), n in tab.counts.items())
        for r in [*tab.rows, TOTAL_KEY]:
            relations[(key(kind, cycle, r, TOTAL_KEY), tuple(key(kind, cycle, r, c) for c in tab.columns))] = None
        for c in [*tab.columns, TOTAL_KEY]:
            relations[(key(kind, cycle, TOTAL_KEY, c), tuple(key(kind, cycle, r, c) for r in tab.rows))] = None
    marks = privacy.suppress(values, list(relations), min_cell)
    for kind, cycle, tab in scoped:
        tab.min_cell = min_cell
        tab.suppressed = {cell: marks[key(kind, cycle, *cell)] for cell in tab.counts
                          if key(kind, cycle, *cell) in marks}
    return tables


def talent(profiles: Sequence[dict], cycle: str, placements: Sequence[str], required: Sequence[str],
           min_cell: int | None) -> list[CrossTab]:
    """Talent management of ``cycle`` by level (substantive classification): questionnaire
    completion, and talent-map placements. Both count people: small cells are suppressed, with
    every other table of people (people_tables)."""
    completion, placed = people_tables(profiles, talent_cycles(profiles, cycle), placements, min_cell).cycles[cycle]
    completion.notes.append(f"The questionnaire is mandatory at {', '.join(required)} (rules/talent.yaml); "
                            "hrkit validate lists who is missing (HR402).")
    return [completion, placed]


@dataclass
class ChangeCounts:
    """Changes to records in commits since a date, by what a reviewer decides on."""

    since: str
    commits: int
    positions: dict[str, int]  # review group label -> changes (one change may be in several groups)
    position_changes: int  # distinct (commit, position) changes
    profile_changes: int
    min_cell: int


def changes(root, since: str, min_cell: int) -> ChangeCounts:
    """Count the record changes of the first-parent history from ``since`` (YYYY-MM-DD, the
    author's date) to HEAD, with hrkit.history's audit trail and review groups."""
    import datetime as _dt

    from hrkit.errors import HrkitError
    from hrkit.history.review import GROUPS, group_changes
    from hrkit.history.trail import build_trail

    try:
        start = _dt.date.fromisoformat(since)
    except ValueError:
        raise HrkitError(f"--since {since!r}: write a date as YYYY-MM-DD") from None
    events = [e for e in build_trail(root).events if _dt.datetime.fromisoformat(e.commit.date).date() >= start]
    positions = [e.change for e in events if e.change.type == "position"]
    grouped = group_changes(positions)
    counts = {label: len(grouped.get(name, ())) for name, label in GROUPS.items() if name in grouped}
    layout = sum(1 for c in positions if c.format_only)
    if layout:
        counts["Layout only (no field changed)"] = layout
    return ChangeCounts(since, len({e.commit.sha for e in events}), counts, len(positions),
                        sum(1 for e in events if e.change.type == "profile"), min_cell)


def changes_table(report: ChangeCounts) -> Table:
    """Position changes by kind, then the profile changes as one count: changes to people's
    records are withheld below the minimum cell size, and never broken down."""
    k = report.min_cell
    profiles = report.profile_changes
    body = [[label, n] for label, n in report.positions.items()]
    body.append(["All position changes", report.position_changes])
    body.append(["Profile changes", Suppressed(privacy.marker(privacy.PRIMARY, k)) if 0 < profiles < k else profiles])
    notes = [f"{report.commits} commits changed records since {report.since} (first-parent history, author dates).",
             "A change is one record in one commit; a change of several kinds (a reclassification that also "
             "moves the reporting line) is counted under each, so the kinds add up to more than the total.",
             privacy.note(k)]
    return Table(["kind", "changes"], body, title=f"Changes since {report.since}", notes=notes,
                 numeric={"changes"})
