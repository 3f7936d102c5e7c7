"""Issue 11, item 2: small-cell suppression holds against SQL, whatever the SQL.

A query's database holds no row about a person while suppression is on: people are in the
count tables only, their small cells withheld before any SQL runs. The property test writes
the attacks of the issue (sum(cond), count(CASE ...), total(), max/min(CASE WHEN id = ...),
GROUP BY id, cross joins, json_object/json_group_array, EXISTS/IN, UNION, window functions,
CTEs, LIMIT/OFFSET, string functions on ids, and differences of the published counts) against
generated organizations, checks that each one does recover its secret with suppression off
(so the attack is real), and that with suppression on it fails or returns nothing that
equals the secret.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from conftest import run_cli
from hrkit.data import privacy, sqltables
from hrkit.errors import HrkitError
from hrkit.data.reports import TOTAL_KEY, talent_cycles
from hrkit.data.rows import Rows

SAMPLE = Path(__file__).resolve().parent.parent
K = 5
CYCLE = "2025-2026"
PLACEMENTS = ["ready-for-advancement", "ready-for-lateral-movement", "well-placed-in-role", "develop-in-role"]
LEVELS = ["EX-01", "EX-02", "EX-03"]


def database(profiles: list[dict], k: int) -> sqlite3.Connection:
    positions = [{"id": f"pos-{p['id']}", "classification": p["classification"], "status": "active",
                  "incumbent": p["id"]} for p in profiles]
    rows = Rows(positions, profiles, [])
    return sqltables.database(sqltables.tables(rows, cycles=talent_cycles(profiles, CYCLE), placements=PLACEMENTS,
                                               min_cell=k, people=k <= 1))


def answer(con: sqlite3.Connection, sql: str) -> list | None:
    """Every cell the query returns, or None when it is refused."""
    try:
        result = sqltables.query(con, sql, timeout=30, max_rows=1000)
    except HrkitError:
        return None
    return [cell for row in result.rows for cell in row]


@st.composite
def organizations(draw) -> list[dict]:
    """Profiles with random ids, levels, acting levels and talent answers for one or two cycles."""
    ids = draw(st.lists(st.from_regex(r"[a-z]{3}-[0-9]{4}", fullmatch=True), min_size=1, max_size=30, unique=True))
    cycles = draw(st.sampled_from([[CYCLE], ["2024-2025", CYCLE]]))
    profiles = []
    for pid in ids:
        profile = {"id": pid, "path": f"records/profiles/{pid}.yaml", "classification": draw(st.sampled_from(LEVELS))}
        if draw(st.integers(0, 4)) == 0:
            profile["acting.classification"] = draw(st.sampled_from(LEVELS))
        for cycle in cycles:
            profile[f"talent.{cycle}.questionnaire"] = draw(st.sampled_from(["submitted", "not-submitted", None]))
            profile[f"talent.{cycle}.talent_map"] = draw(st.sampled_from([*PLACEMENTS, None]))
        profiles.append(profile)
    return profiles


# Attacks on a small group's exact count: (SQL, how to read the count off a returned cell).
GROUP = "cycle = '{c}' AND classification = '{x}' AND talent_map = '{p}'"
PLAIN = staticmethod(lambda cell: cell)
COUNT_ATTACKS = [
    (f"SELECT sum({GROUP}) FROM talent", PLAIN),
    (f"SELECT count(CASE WHEN {GROUP} THEN 1 END) FROM talent", PLAIN),
    (f"SELECT total({GROUP}) FROM talent", PLAIN),
    (f"SELECT count(*) FROM talent WHERE {GROUP}", PLAIN),
    (f"SELECT count(*) + 1000 FROM talent WHERE {GROUP}", lambda cell: cell - 1000),
    ("SELECT count(*) FROM talent t, positions p WHERE p.incumbent = t.profile_id AND t.cycle = '{c}' AND "
     "t.classification = '{x}' AND t.talent_map = '{p}'", PLAIN),
    (f"SELECT json_object('n', (SELECT count(*) FROM talent WHERE {GROUP}))", lambda cell: json.loads(cell)["n"]),
    (f"SELECT json_array_length(json_group_array(profile_id)) FROM talent WHERE {GROUP}", PLAIN),
    (f"SELECT count(*) FROM talent WHERE {GROUP} UNION ALL SELECT -1", PLAIN),
    (f"SELECT count(*) OVER () FROM talent WHERE {GROUP} LIMIT 1", PLAIN),
    (f"WITH g AS (SELECT * FROM talent WHERE {GROUP}) SELECT count(*) FROM g", PLAIN),
    (f"SELECT count(*) FROM (SELECT 1 FROM talent WHERE {GROUP} LIMIT 1000 OFFSET 0)", PLAIN),
    (f"SELECT length(group_concat('x', '')) FROM talent WHERE {GROUP}", PLAIN),
    ("SELECT (SELECT count(*) FROM talent WHERE cycle = '{c}' AND classification = '{x}') - (SELECT count(*) FROM "
     "talent WHERE cycle = '{c}' AND classification = '{x}' AND talent_map IS NOT '{p}')", PLAIN),
    ("SELECT count(*) FROM profiles p WHERE classification = '{x}' AND EXISTS (SELECT 1 FROM talent t WHERE "
     "t.profile_id = p.id AND t.cycle = '{c}' AND t.talent_map = '{p}')", PLAIN),
    ("SELECT count(*) FROM profiles WHERE id IN (SELECT profile_id FROM talent WHERE " + GROUP + ")", PLAIN),
    # the count tables: the cell, and what the published cells around it add up to
    ("SELECT profiles FROM talent_counts WHERE " + GROUP + " AND questionnaire = '(all)'", PLAIN),
    ("SELECT profiles FROM talent_counts WHERE " + GROUP + " AND questionnaire = '(all)' LIMIT 1 OFFSET 0", PLAIN),
    ("SELECT sum(CASE WHEN classification = '{x}' AND talent_map = '{p}' THEN profiles END) FROM talent_counts "
     "WHERE cycle = '{c}' AND questionnaire = '(all)'", PLAIN),
    ("SELECT (SELECT profiles FROM talent_counts WHERE cycle = '{c}' AND classification = '{x}' AND questionnaire = "
     "'(all)' AND talent_map = '(all)') - (SELECT total(profiles) FROM talent_counts WHERE cycle = '{c}' AND "
     "classification = '{x}' AND questionnaire = '(all)' AND talent_map NOT IN ('(all)', '{p}'))", PLAIN),
    ("SELECT (SELECT profiles FROM talent_counts WHERE cycle = '{c}' AND classification = '(all)' AND questionnaire = "
     "'(all)' AND talent_map = '{p}') - (SELECT total(profiles) FROM talent_counts WHERE cycle = '{c}' AND "
     "classification NOT IN ('(all)', '{x}') AND questionnaire = '(all)' AND talent_map = '{p}')", PLAIN),
    ("SELECT (SELECT profiles FROM profile_counts WHERE classification = '{x}' AND acting_classification = '(all)') "
     "- (SELECT total(profiles) FROM talent_counts WHERE cycle = '{c}' AND classification = '{x}' AND questionnaire "
     "= '(all)' AND talent_map NOT IN ('(all)', '{p}'))", PLAIN),
    ("SELECT DISTINCT max(CASE WHEN talent_map = '(all)' THEN profiles END) OVER w - total(CASE WHEN talent_map NOT "
     "IN ('(all)', '{p}') THEN profiles END) OVER w FROM talent_counts WHERE cycle = '{c}' AND questionnaire = "
     "'(all)' AND classification = '{x}' WINDOW w AS (PARTITION BY classification)", PLAIN),
]
# Attacks on one person's placement: (SQL, whether a returned cell gives it away).
PERSON = "profile_id = '{id}' AND cycle = '{c}'"
PERSON_ATTACKS = [
    (f"SELECT max(CASE WHEN {PERSON} THEN talent_map END) FROM talent", lambda cell, v, pid: cell == v),
    (f"SELECT min(CASE WHEN {PERSON} THEN talent_map END) FROM talent", lambda cell, v, pid: cell == v),
    (f"SELECT EXISTS (SELECT 1 FROM talent WHERE {PERSON} AND talent_map = '{{v}}')", lambda cell, v, pid: cell == 1),
    ("SELECT 'yes' WHERE '{id}' IN (SELECT profile_id FROM talent WHERE cycle = '{c}' AND talent_map = '{v}')",
     lambda cell, v, pid: cell == "yes"),
    ("SELECT profile_id, talent_map, count(*) FROM talent WHERE cycle = '{c}' GROUP BY profile_id",
     lambda cell, v, pid: cell == pid),
    ("SELECT p.id, count(*) FROM profiles p, positions q GROUP BY p.id", lambda cell, v, pid: cell == pid),
    ("SELECT json_group_array(profile_id) FROM talent", lambda cell, v, pid: pid in str(cell)),
    ("SELECT upper(substr(id, 1, 64)) FROM profiles ORDER BY id LIMIT 1000 OFFSET 0",
     lambda cell, v, pid: cell == pid.upper()),
    ("SELECT row_number() OVER (ORDER BY profile_id), profile_id FROM talent", lambda cell, v, pid: cell == pid),
]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(organizations(), st.data())
def test_no_attack_gets_a_small_count_or_a_person_back(profiles, data):
    suppressed, open_ = database(profiles, K), database(profiles, 1)
    assert {r[0] for r in suppressed.execute("SELECT name FROM sqlite_master")} == {
        "positions", "findings", "profile_counts", "talent_counts"}
    published = answer(suppressed, "SELECT profiles FROM talent_counts UNION ALL SELECT profiles FROM profile_counts")
    assert all(n in ("<5", "x") or n == 0 or n >= K for n in published)
    cycle = data.draw(st.sampled_from(talent_cycles(profiles, CYCLE)))
    groups = {}
    for p in profiles:
        key = (p["classification"], p.get(f"talent.{cycle}.talent_map"))
        groups[key] = groups.get(key, 0) + 1
    small = sorted((key, n) for key, n in groups.items() if key[1] and n < K)
    placed = [p for p in profiles if p.get(f"talent.{cycle}.talent_map")]
    assume(small and placed)
    (level, placement), secret = data.draw(st.sampled_from(small))
    for template, read in COUNT_ATTACKS:
        sql = template.format(c=cycle, x=level, p=placement)
        assert secret in [read(cell) for cell in answer(open_, sql)], sql  # the attack is real
        got = answer(suppressed, sql)
        assert got is None or all(not isinstance(cell, (int, float)) or read(cell) != secret for cell in got), sql
    person = data.draw(st.sampled_from(placed))
    value = person[f"talent.{cycle}.talent_map"]
    for template, gives_away in PERSON_ATTACKS:
        sql = template.format(id=person["id"], c=cycle, v=value)
        assert any(gives_away(cell, value, person["id"]) for cell in answer(open_, sql)), sql
        assert answer(suppressed, sql) is None, sql


ISSUE_ATTACKS = [
    "SELECT sum(classification = 'EX-03') FROM profiles",
    "SELECT count(CASE WHEN classification = 'EX-03' THEN 1 END) FROM profiles",
    "SELECT total(classification = 'EX-03') FROM profiles",
    "SELECT max(CASE WHEN profile_id = 'exec-0001' THEN talent_map END) FROM talent",
    "SELECT profile_id, count(*) FROM talent GROUP BY profile_id",
    "SELECT p.id, count(*) FROM profiles p, positions q GROUP BY p.id",
    "SELECT json_object('a', (SELECT count(*) FROM profiles WHERE classification = 'EX-03'))",
    "SELECT EXISTS (SELECT 1 FROM talent WHERE profile_id = 'exec-0001' AND talent_map = 'ready-for-advancement')",
]


@pytest.mark.parametrize("sql", ISSUE_ATTACKS)
def test_the_issues_attacks_on_the_sample_are_refused(sql):
    result = run_cli(["query", sql], SAMPLE)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("hrkit: error: query: no table ") and result.stderr.count("\n") == 1
    assert "profile_counts and talent_counts" in result.stderr


def test_findings_about_people_are_left_out_while_suppression_is_on():
    result = run_cli(["query", "SELECT code, path, message FROM findings WHERE code LIKE 'HR4%' OR path LIKE "
                      "'records/profiles/%'"], SAMPLE, env={"HRKIT_TODAY": "2026-11-25"})
    assert result.exit_code == 0 and "exec-" not in result.stdout and "not-submitted" not in result.stdout


def test_a_query_stops_at_its_time_limit():
    result = run_cli(["query", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
                      "--timeout", "0.2"], SAMPLE)
    assert result.exit_code == 2
    assert result.stderr == "hrkit: error: query: stopped after 0.2 s (--timeout); narrow it, or allow more time\n"


class _InterruptingClock:
    """time for sqltables: once the query runs (the progress handler's first reading), Ctrl-C as
    Python's own SIGINT handler delivers it there, a KeyboardInterrupt raised inside the handler (a
    real signal sent from here lands a moment later, under load after the handler has returned)."""

    def __init__(self) -> None:
        import time

        self.readings = 0
        self.clock = time.monotonic

    def monotonic(self) -> float:
        self.readings += 1
        if self.readings == 2:
            raise KeyboardInterrupt
        return self.clock()


def test_ctrl_c_stops_a_running_query_cleanly(monkeypatch):
    monkeypatch.setattr(sqltables, "time", _InterruptingClock())
    result = run_cli(["query", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) "
                      "FROM c"], SAMPLE)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.strip() == "Aborted!"


def test_results_are_bounded():
    cut = run_cli(["query", "SELECT id FROM positions ORDER BY id", "--max-rows", "3", "--format", "csv"], SAMPLE)
    assert cut.exit_code == 0 and cut.stdout == "id\n2802\n2802-R1\n2802-R2\n"
    assert cut.stderr == "note: The result was cut at 3 rows (--max-rows).\n"
    big = run_cli(["query", "SELECT length(zeroblob(2000000))"], SAMPLE)
    assert big.exit_code == 2
    assert big.stderr == "hrkit: error: query: a value would be longer than 1,000,000 characters\n"


@pytest.mark.parametrize("args", [["--by", "id,classification"], ["--by", "position"], ["--by", "path"],
                                  ["--by", "classification", "--where", "id=exec-0001"],
                                  ["--by", "talent.2025-2026.submitted_on"], ["--by", "acting.position"]])
def test_rollup_profiles_refuses_fields_that_name_a_person(args):
    result = run_cli(["rollup", "profiles", *args], SAMPLE)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("hrkit: error: --") and result.stderr.count("\n") == 1
    assert "count people by fields many share" in result.stderr


@settings(max_examples=40, deadline=None)
@given(organizations())
def test_report_talent_and_the_query_tables_publish_the_same_cells(profiles) -> None:
    """`hrkit report talent` and the query's talent_counts are suppressed together: a cell one
    shows, the other never withholds (and the other way round), so side by side they give
    nothing away that either alone does not."""
    from hrkit.data.reports import talent

    for cycle in talent_cycles(profiles, CYCLE):
        completion, placed = talent(profiles, cycle, PLACEMENTS, ["EX-03"], 5)
        rows = sqltables.count_tables(profiles, cycles=talent_cycles(profiles, CYCLE), placements=PLACEMENTS,
                                      min_cell=5)["talent_counts"]
        for tab, column, other in ((completion, "questionnaire", "talent_map"), (placed, "talent_map", "questionnaire")):
            queried = {(r["classification"], r[column]): r["profiles"] for r in rows
                       if r["cycle"] == cycle and r[other] == "(all)"}
            for (row, col), n in tab.counts.items():
                mark = tab.suppressed.get((row, col))
                assert queried[(_label(row), _label(col))] == (privacy.marker(mark, 5) if mark else n), (cycle, row, col)


def _label(value) -> str:
    return "(all)" if value == TOTAL_KEY else "(none)" if value is None else str(value)
