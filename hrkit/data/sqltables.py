"""The records as SQL tables: ``hrkit query`` (in memory) and ``hrkit export`` (SQLite, CSV).

The tables are documented in docs/reports.md and defined once in ``SCHEMA``: ``positions`` and
``findings`` (posts and what validate says), ``profiles`` (no names) and ``talent`` (one row
per profile and cycle) about people one by one, and ``profile_counts`` and ``talent_counts``,
which count people.

Small-cell suppression is enforced on what a query can read, not on how the SQL is written:
while it is on, the query's database holds no row about a person. People are there only as
the two count tables, whose small cells were withheld (``<5``, ``x``) before they were
loaded, all in one ``privacy.suppress`` call (the tables share their level totals). Whatever
SQL does with those cells (sums, differences, joins, windows, EXISTS), it computes from
published figures, from which privacy.suppress guarantees no withheld cell can be worked
out. Findings about a person (on a profile file, or pointing at one) are left out with them.
With suppression off (``--allow-small-cells`` alone) every table and finding is loaded.

Queries are read-only (an authorizer allows SELECT and nothing else: no ATTACH, no writes),
stop at a time limit (a progress handler, which also lets Ctrl-C stop SQLite), and return at
most ``max_rows`` rows of bounded values.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from hrkit.data import privacy
from hrkit.errors import HrkitError
from hrkit.io.fsio import write_atomic
from hrkit.data.reports import TOTAL_KEY, people_tables
from hrkit.data.rollup import ALL, NONE, vacant
from hrkit.io.sources import record_kind

PEOPLE_TABLES = frozenset({"profiles", "talent"})
"""One row per person: loaded only while small-cell suppression is off."""
COUNT_TABLES = frozenset({"profile_counts", "talent_counts"})
MAX_VALUE = 1_000_000
"""The longest text or blob a query may build (SQLite's length limit): a result stays printable."""


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # SQLite declared type
    doc: str
    get: Callable[[dict], object]


def _field(path: str) -> Callable[[dict], object]:
    return lambda row: row.get(path)


def _col(name: str, type_: str, doc: str, path: str | None = None) -> Column:
    return Column(name, type_, doc, _field(path or name))


POSITIONS = (
    _col("id", "TEXT", "position id (the file name)"),
    _col("path", "TEXT", "record file, relative to the repository"),
    _col("title", "TEXT", "position title"),
    _col("title_fr", "TEXT", "French title"),
    _col("job_code", "TEXT", "job code"),
    _col("classification", "TEXT", "group and level (canonical when declared, else as written)"),
    _col("classification_status", "TEXT", "approved or proposed (missing = approved)"),
    _col("status", "TEXT", "active, vacant, proposed or abolished"),
    Column("vacant", "INTEGER", "1 when status is vacant, or active with no incumbent", lambda r: int(vacant(r.get("status"), r.get("incumbent")))),
    _col("effective_date", "TEXT", "ISO date"),
    _col("department", "TEXT", "department"),
    _col("branch", "TEXT", "branch or sector"),
    _col("directorate", "TEXT", "directorate"),
    _col("division", "TEXT", "division"),
    _col("location", "TEXT", "location"),
    _col("reports_to", "TEXT", "supervisor's position id"),
    _col("supervisor_title", "TEXT", "supervisor title as printed on the work description", "supervisor.title"),
    _col("supervisor_classification", "TEXT", "supervisor classification as printed", "supervisor.classification"),
    _col("incumbent", "TEXT", "profile id of the incumbent"),
    _col("fte", "REAL", "declared FTEs of the unit (subordinates included)", "dimensions.fte"),
    _col("salary", "INTEGER", "unit salary budget, whole dollars", "dimensions.salary"),
    _col("o_and_m", "INTEGER", "unit O&M budget, whole dollars", "dimensions.o_and_m"),
    _col("total", "INTEGER", "unit total budget, whole dollars", "dimensions.total"),
    _col("operating_budget", "INTEGER", "unit operating budget, whole dollars", "dimensions.operating_budget"),
    _col("program_budget", "INTEGER", "program budget, whole dollars", "dimensions.program_budget"),
    _col("source_document", "TEXT", "source document of the record", "source.document"),
    _col("source_ocr", "INTEGER", "1 when the source document was OCR'd", "source.ocr"),
)
PROFILES = (
    _col("id", "TEXT", "profile id (the file name); names are never exported"),
    _col("path", "TEXT", "record file, relative to the repository"),
    _col("position", "TEXT", "substantive position id"),
    _col("classification", "TEXT", "substantive classification"),
    _col("acting_position", "TEXT", "position held in an acting capacity", "acting.position"),
    _col("acting_classification", "TEXT", "acting classification", "acting.classification"),
    _col("acting_from", "TEXT", "ISO date", "acting.from"),
    _col("acting_to", "TEXT", "ISO date", "acting.to"),
)
TALENT = (
    _col("profile_id", "TEXT", "profiles.id"),
    _col("cycle", "TEXT", "talent cycle (fiscal year, 2025-2026)"),
    _col("classification", "TEXT", "the profile's substantive classification (for grouping by level)"),
    _col("questionnaire", "TEXT", "submitted, not-submitted or not-required"),
    _col("submitted_on", "TEXT", "ISO date"),
    _col("talent_map", "TEXT", "talent-map placement"),
    _col("assessed_by", "TEXT", "position id of the assessor"),
    _col("feedback_on", "TEXT", "ISO date"),
    _col("development_activities", "INTEGER", "number of development-plan activities", "development_plan"),
)
FINDINGS = (
    _col("code", "TEXT", "rule code (HR302)"),
    _col("rule", "TEXT", "rule name"),
    _col("severity", "TEXT", "error or warning"),
    _col("message", "TEXT", "what is wrong"),
    _col("path", "TEXT", "record file"),
    _col("record", "TEXT", "record id"),
    _col("field", "TEXT", "dotted field path"),
    _col("line", "INTEGER", "1-based line"),
    _col("column", "INTEGER", "1-based column"),
    _col("suppressed", "INTEGER", "1 when suppressed in the record with a reason"),
    _col("suppression_reason", "TEXT", "the reason given"),
)
COUNTED = "people counted; <5 (fewer than privacy.min_cell) or x (a complement) when withheld"
PROFILE_COUNTS = (
    _col("classification", "TEXT", "substantive classification; (none) when missing, (all) on total rows"),
    _col("acting_classification", "TEXT", "acting classification; (none) when not acting, (all) on total rows"),
    _col("profiles", "INTEGER", COUNTED),
)
TALENT_COUNTS = (
    _col("cycle", "TEXT", "talent cycle; every profile is counted in every cycle"),
    _col("classification", "TEXT", "substantive classification (the level); (none) when missing, (all) on total rows"),
    _col("questionnaire", "TEXT", "submitted, not-submitted, not-required, other or not recorded; (all) on total rows"),
    _col("talent_map", "TEXT", "a placement of rules/talent.yaml, other or none; (all) on total rows"),
    _col("profiles", "INTEGER", COUNTED),
)
SCHEMA: dict[str, tuple[Column, ...]] = {"positions": POSITIONS, "profiles": PROFILES, "talent": TALENT,
                                         "findings": FINDINGS, "profile_counts": PROFILE_COUNTS,
                                         "talent_counts": TALENT_COUNTS}


def _sql_value(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, int):
        return int(value)
    return value


def database(tables: dict[str, list[dict]]) -> sqlite3.Connection:
    """An in-memory database holding these tables (columns from ``SCHEMA``), and an empty
    ``findings`` table unless given: ``fill_findings`` loads it when a query reads it."""
    con = sqlite3.connect(":memory:")
    for name in {"findings": [], **tables}:
        con.execute(f"CREATE TABLE {name} ({', '.join(f'{_quote(c.name)} {c.type}' for c in SCHEMA[name])})")
    for name, rows in tables.items():
        _insert(con, name, rows)
    return con


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _insert(con: sqlite3.Connection, table: str, rows: Iterable[dict]) -> None:
    columns = SCHEMA[table]
    sql = f"INSERT INTO {table} VALUES ({', '.join('?' for _ in columns)})"
    con.executemany(sql, ([_sql_value(c.get(r)) for c in columns] for r in rows))
    con.commit()


def talent_rows(profiles: Iterable[dict]) -> list[dict]:
    """One row per profile and cycle from the flat profile rows (``talent.<cycle>.<field>``)."""
    out = []
    for p in profiles:
        cycles: dict[str, dict] = {}
        for key, value in p.items():
            if key.startswith("talent."):
                cycle, _, name = key[len("talent."):].partition(".")
                if name:
                    cycles.setdefault(cycle, {})[name] = value
        for cycle in sorted(cycles):
            out.append({**cycles[cycle], "profile_id": p.get("id"), "cycle": cycle,
                        "classification": p.get("classification")})
    return out


def count_tables(profiles: Sequence[dict], *, cycles: Iterable[str], placements: Sequence[str],
                 min_cell: int) -> dict[str, list[dict]]:
    """``profile_counts`` (by classification and acting classification) and ``talent_counts``
    (per cycle, by level and questionnaire, and by level and placement), with small cells
    withheld together with every other table of people (hrkit.data.reports.people_tables)."""
    tables = people_tables(profiles, cycles, placements, min_cell)
    shown = [("profile_counts", {}, "acting_classification", tables.acting)]  # (table, fixed columns, column, counts)
    for cycle, (completion, placed) in tables.cycles.items():
        shown += [("talent_counts", {"cycle": cycle, "talent_map": ALL}, "questionnaire", completion),
                  ("talent_counts", {"cycle": cycle, "questionnaire": ALL}, "talent_map", placed)]
    out: dict[str, dict[tuple, object]] = {"profile_counts": {}, "talent_counts": {}}
    for table, fixed, column, tab in shown:
        for r in [*tab.rows, TOTAL_KEY]:
            for c in [*tab.columns, TOTAL_KEY]:
                mark = tab.suppressed.get((r, c))
                labels = {**fixed, "classification": _label(r), column: _label(c)}  # a level total: twice, one row
                out[table][tuple(sorted(labels.items()))] = privacy.marker(mark, min_cell) if mark else tab.counts[(r, c)]
    return {table: [{**dict(labels), "profiles": n} for labels, n in rows.items()] for table, rows in out.items()}


def _label(value) -> str:
    return ALL if value == TOTAL_KEY else NONE if value is None else str(value)


def about_a_person(finding) -> bool:
    """A finding on a profile file, or pointing at one: its message states a person's facts."""
    return any(record_kind(path) == "profile" for path in (finding.path, *(r.path for r in finding.related)))


def finding_rows(findings: Iterable, *, people: bool) -> list[dict]:
    """validate's findings as rows; ``people=False`` leaves out the findings about a person."""
    return [{"code": f.code, "rule": f.rule, "severity": f.severity.value, "message": f.message, "path": f.path,
             "record": f.record, "field": f.field, "line": f.line, "column": f.column,
             "suppressed": f.suppressed, "suppression_reason": f.suppression_reason}
            for f in findings if people or not about_a_person(f)]


def fill_findings(con: sqlite3.Connection, findings: Iterable, *, people: bool) -> None:
    _insert(con, "findings", finding_rows(findings, people=people))


def tables(rows, *, cycles: Iterable[str], placements: Sequence[str], min_cell: int,
           people: bool) -> dict[str, list[dict]]:
    """What a query or an export holds: positions and the people counts; with ``people`` also
    the profiles and talent tables, one row per person."""
    out = {"positions": rows.positions,
           **count_tables(rows.profiles, cycles=cycles, placements=placements, min_cell=min_cell)}
    if people:
        out |= {"profiles": rows.profiles, "talent": talent_rows(rows.profiles)}
    return out


def plan(con: sqlite3.Connection, sql: str) -> set[str]:
    """The tables a query reads, learnt by preparing it (EXPLAIN) under the authorizer."""
    read: set[str] = set()

    def authorize(action, arg1, _arg2, _db, _source):
        if action == sqlite3.SQLITE_READ:
            read.add(arg1)
        return _read_only(action)

    con.set_authorizer(authorize)
    try:
        _execute(con, f"EXPLAIN {sql}")
    finally:
        con.set_authorizer(None)
    return read


_ALLOWED = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}


def _read_only(action) -> int:
    return sqlite3.SQLITE_OK if action in _ALLOWED else sqlite3.SQLITE_DENY


def _execute(con: sqlite3.Connection, sql: str, fetch: int = 0) -> tuple[list[str], list[list]]:
    """Run ``sql`` and fetch up to ``fetch`` rows: (column names, rows). SQLite's errors become
    one-line HrkitErrors; a query stopped by the progress handler raises ``_Stopped``."""
    try:
        cursor = con.execute(sql)
        rows = [list(r) for r in islice(cursor, fetch)]
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_INTERRUPT":
            raise _Stopped from None
        raise HrkitError(f"query: {_explain(str(exc))}") from None
    except sqlite3.Warning as exc:  # more than one statement
        raise HrkitError(f"query: {exc}") from None
    return [d[0] for d in cursor.description or ()], rows


class _Stopped(Exception):
    """The progress handler stopped the query: the time limit, or Ctrl-C."""


def _explain(message: str) -> str:
    if "not authorized" in message:
        return "not authorized: hrkit query runs one SELECT statement and changes nothing"
    if message == "string or blob too big":
        return f"a value would be longer than {MAX_VALUE:,} characters"
    table = message.removeprefix("no such table: ")
    if table in PEOPLE_TABLES:  # loaded only with suppression off
        return (f"no table {table}: with small-cell suppression on, people are counted in profile_counts and "
                "talent_counts (docs/reports.md); --allow-small-cells lists them one by one")
    return message


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list]
    people: bool = False  # read a table about people
    cut: bool = False  # more than max_rows rows: the rest were not fetched


def query(con: sqlite3.Connection, sql: str, *, timeout: float, max_rows: int) -> QueryResult:
    """Run one read-only SELECT for at most ``timeout`` seconds and return at most ``max_rows``
    rows. Ctrl-C stops it (KeyboardInterrupt) while SQLite runs, as anywhere else."""
    read = plan(con, sql)
    deadline = time.monotonic() + timeout
    late = False

    def progress() -> bool:  # Python runs signal handlers here: Ctrl-C makes it fail, and SQLite stop
        nonlocal late
        late = time.monotonic() > deadline
        return late

    con.set_authorizer(lambda action, *_: _read_only(action))
    con.set_progress_handler(progress, 10_000)
    limit = con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE)
    try:
        columns, rows = _execute(con, sql, max_rows + 1)
    except _Stopped:
        if not late:
            raise KeyboardInterrupt from None
        raise HrkitError(f"query: stopped after {timeout:g} s (--timeout); narrow it, or allow more time") from None
    finally:
        con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, limit)
        con.set_progress_handler(None, 0)
        con.set_authorizer(None)
    return QueryResult(columns, rows[:max_rows], bool(read & (PEOPLE_TABLES | COUNT_TABLES)), len(rows) > max_rows)


def export_sqlite(tables: dict[str, list[dict]], path: Path) -> None:
    """Write the tables to an SQLite file atomically (built in memory, then written whole)."""
    write_atomic(path, database(tables).serialize())


def export_csv(tables: dict[str, list[dict]], folder: Path) -> list[Path]:
    """One CSV file per table in ``folder`` (created if need be), each written atomically."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HrkitError(f"{folder}: cannot create ({exc.strerror})") from None
    written = []
    for name in SCHEMA:
        if name not in tables:
            continue
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([c.name for c in SCHEMA[name]])
        writer.writerows([_csv_value(c.get(r)) for c in SCHEMA[name]] for r in tables[name])
        path = folder / f"{name}.csv"
        write_atomic(path, buffer.getvalue().encode("utf-8"))
        written.append(path)
    return written


def _csv_value(value):
    """A cell of an exported CSV file: what SQLite would hold, text that a spreadsheet would
    take for a formula neutralised (hrkit.render.escape.csv_cell)."""
    from hrkit.render.escape import csv_cell

    value = _sql_value(value)
    return "" if value is None else csv_cell(value)
