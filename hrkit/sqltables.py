"""The records as SQL tables: ``hrkit query`` (in memory) and ``hrkit export`` (SQLite, CSV).

Four tables, documented in docs/reports.md and defined once in ``SCHEMA``: ``positions``,
``profiles`` (no names), ``talent`` (one row per profile and cycle) and ``findings``.

Queries are read-only (an authorizer allows SELECT and nothing else: no ATTACH, no writes).
A query that reads ``profiles`` or ``talent`` counts people, so:

* the aggregates (count, sum, total, avg, min, max) are replaced by versions that return a
  withheld marker when they were computed over 1 to k-1 rows, and pass the marker on when
  they aggregate a withheld value;
* in a column with withheld cells, complements are withheld too, so that the column total
  (which another query can give) does not give the cell away;
* results that list people one by one (no aggregate, more rows than aggregate groups, or a
  list aggregate such as group_concat) are refused.

This guards a report against an accidental small cell; it does not stop a user from
differencing two queries (they can read the record files anyway).
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from hrkit import privacy
from hrkit.errors import HrkitError
from hrkit.fsio import write_atomic
from hrkit.rollup import is_vacant

PEOPLE_TABLES = frozenset({"profiles", "talent"})
LIST_AGGREGATES = frozenset({"group_concat", "string_agg", "json_group_array", "json_group_object"})


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
    Column("vacant", "INTEGER", "1 when status is vacant, or active with no incumbent", lambda r: int(is_vacant(r))),
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
SCHEMA: dict[str, tuple[Column, ...]] = {"positions": POSITIONS, "profiles": PROFILES, "talent": TALENT,
                                         "findings": FINDINGS}


def _sql_value(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, int):
        return int(value)
    return value


def connect() -> sqlite3.Connection:
    """An in-memory database holding the four tables, empty."""
    con = sqlite3.connect(":memory:")
    for name, columns in SCHEMA.items():
        con.execute(f"CREATE TABLE {name} ({', '.join(f'{_quote(c.name)} {c.type}' for c in columns)})")
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


def fill(con: sqlite3.Connection, rows, *, profiles: bool = True) -> None:
    """Load ``hrkit.tables.Rows`` into the positions, profiles and talent tables."""
    _insert(con, "positions", rows.positions)
    if profiles:
        _insert(con, "profiles", rows.profiles)
        _insert(con, "talent", talent_rows(rows.profiles))


def finding_rows(findings: Iterable, *, profiles: bool = True) -> list[dict]:
    """validate's findings as rows; ``profiles=False`` leaves out the findings on profiles."""
    return [{"code": f.code, "rule": f.rule, "severity": f.severity.value, "message": f.message, "path": f.path,
             "record": f.record, "field": f.field, "line": f.line, "column": f.column,
             "suppressed": f.suppressed, "suppression_reason": f.suppression_reason}
            for f in findings if profiles or not f.path.startswith("records/profiles/")]


def fill_findings(con: sqlite3.Connection, findings: Iterable, *, profiles: bool = True) -> None:
    _insert(con, "findings", finding_rows(findings, profiles=profiles))


@dataclass
class Plan:
    """What a query reads, learnt by preparing it (EXPLAIN) under the authorizer."""

    tables: set[str] = field(default_factory=set)
    functions: set[str] = field(default_factory=set)

    @property
    def people(self) -> bool:
        return bool(self.tables & PEOPLE_TABLES)


def plan(con: sqlite3.Connection, sql: str) -> Plan:
    found = Plan()

    def authorize(action, arg1, arg2, _db, _source):
        if action == sqlite3.SQLITE_READ:
            found.tables.add(arg1)
        elif action == sqlite3.SQLITE_FUNCTION:
            found.functions.add(arg2.lower())
        return _read_only(action)

    con.set_authorizer(authorize)
    try:
        _execute(con, f"EXPLAIN {sql}")
    finally:
        con.set_authorizer(None)
    return found


_ALLOWED = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}


def _read_only(action) -> int:
    return sqlite3.SQLITE_OK if action in _ALLOWED else sqlite3.SQLITE_DENY


def _execute(con: sqlite3.Connection, sql: str) -> sqlite3.Cursor:
    try:
        return con.execute(sql)
    except sqlite3.Error as exc:
        message = str(exc)
        if "not authorized" in message:
            message = "not authorized: hrkit query runs one SELECT statement and changes nothing"
        raise HrkitError(f"query: {message}") from None
    except sqlite3.Warning as exc:  # more than one statement
        raise HrkitError(f"query: {exc}") from None


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list]
    people: bool = False  # read profiles or talent
    suppressed: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column) -> kind
    min_cell: int = 1


def query(con: sqlite3.Connection, sql: str, min_cell: int) -> QueryResult:
    """Run one read-only SELECT; with profiles or talent read, small cells are withheld."""
    found = plan(con, sql)
    guard = _Guard(min_cell) if found.people and min_cell > 1 else None
    if guard is not None:
        listed = sorted(found.functions & LIST_AGGREGATES)
        if listed:
            raise HrkitError(f"query: {listed[0]}() over profiles or talent lists people one by one; "
                             "count them instead (or --allow-small-cells)")
        work = sqlite3.connect(":memory:")  # the guarded aggregates cannot be unregistered: use a copy
        con.backup(work)
        guard.install(work)
    else:
        work = con
    work.set_authorizer(lambda action, *_: _read_only(action))
    try:
        cursor = _execute(work, sql)
        columns = [d[0] for d in cursor.description or ()]
        rows = [list(r) for r in cursor.fetchall()]
    finally:
        work.set_authorizer(None)
        if work is not con:
            work.close()
    result = QueryResult(columns, rows, found.people, min_cell=min_cell)
    if guard is not None:
        if not guard.finalized or len(rows) > guard.finalized:
            raise HrkitError("query: the result lists profiles or talent records one by one; aggregate them "
                             "(COUNT ... GROUP BY), or pass --allow-small-cells to see records")
        guard.mark(result)
    return result


_MARK = "\x00hrkit-withheld:"
_AGGREGATES = (("count", 0), ("count", 1), ("sum", 1), ("total", 1), ("avg", 1), ("min", 1), ("max", 1))


class _Guard:
    """Aggregates that withhold results computed over fewer than k rows (see module docstring)."""

    def __init__(self, k: int) -> None:
        self.k = k
        self.finalized = 0
        self.true_values: dict[str, object] = {}

    def install(self, con: sqlite3.Connection) -> None:
        for name, nargs in _AGGREGATES:
            con.create_aggregate(name, nargs, self._aggregate(name, nargs))

    def _aggregate(self, name: str, nargs: int):
        guard = self

        class Aggregate:
            def __init__(self) -> None:
                self.rows = 0
                self.values: list = []
                self.poisoned = False

            def step(self, *args) -> None:
                self.rows += 1
                if args:
                    value = args[0]
                    if isinstance(value, str) and value.startswith(_MARK):
                        self.poisoned = True
                    elif value is not None:
                        self.values.append(value)

            def finalize(self):
                guard.finalized += 1
                value = self.rows if nargs == 0 else _builtin(name, self.values)
                if self.poisoned or 0 < self.rows < guard.k:
                    key = f"{_MARK}{len(guard.true_values)}"
                    guard.true_values[key] = None if self.poisoned else value
                    return key
                return value

        return Aggregate

    def mark(self, result: QueryResult) -> None:
        """Replace withheld markers, then add complements column by column."""
        for j in range(len(result.columns)):
            hidden = {i: self.true_values[r[j]] for i, r in enumerate(result.rows)
                      if isinstance(r[j], str) and r[j].startswith(_MARK)}
            if not hidden:
                continue
            for i in hidden:
                result.rows[i][j] = None
                result.suppressed[(i, j)] = privacy.PRIMARY
            shown = {i: r[j] for i, r in enumerate(result.rows) if i not in hidden and _number(r[j])}
            values = {**{i: v for i, v in hidden.items() if _number(v)}, **shown}
            if all(isinstance(v, int) for v in values.values()) and len(values) == len(hidden) + len(shown):
                cells = {i: int(v) for i, v in values.items()} | {"total": sum(values.values())}
                marks = privacy.suppress(cells, [("total", sorted(hidden) + sorted(shown))], self.k)
                extra = [i for i, kind in marks.items() if kind == privacy.SECONDARY and i != "total"]
            else:
                extra = sorted(shown, key=lambda i: abs(shown[i]))[:1] if len(hidden) == 1 else []
            for i in extra:
                result.rows[i][j] = None
                result.suppressed[(i, j)] = privacy.SECONDARY


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _builtin(name: str, values: list):
    """What SQLite's own one-argument aggregate returns over the non-NULL values."""
    if name == "count":
        return len(values)
    numbers = [v if _number(v) else _to_number(v) for v in values]
    if name == "sum":
        return sum(numbers) if numbers else None
    if name == "total":
        return float(sum(numbers))
    if name == "avg":
        return sum(numbers) / len(numbers) if numbers else None
    if not values:
        return None
    return (min if name == "min" else max)(values, key=_sql_order)


def _to_number(value) -> int | float:
    try:
        return int(value) if str(value).lstrip("-").isdigit() else float(value)
    except (TypeError, ValueError):
        return 0


def _sql_order(value) -> tuple:
    """SQLite's cross-type order: numbers < text < blobs."""
    if _number(value):
        return (0, value, "")
    if isinstance(value, str):
        return (1, 0, value)
    return (2, 0, str(value))


def export_sqlite(rows, findings: Iterable, path: Path, *, profiles: bool) -> None:
    """Write the tables to an SQLite file atomically (built in memory, then written whole)."""
    con = connect()
    fill(con, rows, profiles=profiles)
    fill_findings(con, findings, profiles=profiles)
    if not profiles:
        for name in sorted(PEOPLE_TABLES):
            con.execute(f"DROP TABLE {name}")
    write_atomic(path, con.serialize())


def export_csv(rows, findings: Iterable, folder: Path, *, profiles: bool) -> list[Path]:
    """One CSV file per table in ``folder`` (created if need be), each written atomically."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HrkitError(f"{folder}: cannot create ({exc.strerror})") from None
    tables = {"positions": rows.positions, "findings": finding_rows(findings, profiles=profiles)}
    if profiles:
        tables |= {"profiles": rows.profiles, "talent": talent_rows(rows.profiles)}
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
