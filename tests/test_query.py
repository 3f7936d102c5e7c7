"""hrkit query and hrkit export: the SQL tables, read-only queries, small-cell suppression over
profiles and talent, and the files export writes."""
from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from conftest import run_cli
from hrkit.data import sqltables
from hrkit.errors import HrkitError
from hrkit.data.rows import Rows

SAMPLE = Path(__file__).resolve().parent.parent


PLACEMENTS = ["ready-for-advancement", "well-placed-in-role", "develop-in-role"]


def people(counts: dict[str, int], k: int = 5) -> sqlite3.Connection:
    """The query database of profiles with these classifications, each with a 2025-2026 talent
    row, suppressed at k (k = 1: every table, as with --allow-small-cells)."""
    profiles = [{"id": f"e{c}{i}", "classification": c, "talent.2025-2026.questionnaire": "submitted",
                 "talent.2025-2026.talent_map": "well-placed-in-role"}
                for c, n in counts.items() for i in range(n)]
    rows = Rows([{"id": "1", "status": "active"}], profiles, [])
    return sqltables.database(sqltables.tables(rows, cycles=["2025-2026"], placements=PLACEMENTS, min_cell=k,
                                               people=k <= 1))


def run(con: sqlite3.Connection, sql: str) -> list[list]:
    return sqltables.query(con, sql, timeout=30, max_rows=1000).rows


def test_position_queries_are_not_suppressed():
    result = run_cli(["query", "SELECT branch, COUNT(*) AS n, SUM(vacant) AS vacant FROM positions "
                      "GROUP BY branch ORDER BY branch", "--format", "csv"], SAMPLE)
    assert result.stdout == ("branch,n,vacant\n,2,2\nCanadian Digital Service,8,7\nHuman Resources Services,4,2\n"
                             "Skills and Employment,15,6\n")
    assert result.stderr == ""


def test_sample_profile_counts_are_suppressed():
    result = run_cli(["query", "SELECT classification, profiles FROM profile_counts "
                      "WHERE acting_classification = '(all)'"], SAMPLE)
    assert result.stdout == """\
classification      profiles
----------------  ----------
EX-01                     <5
EX-03                     <5
EX-05                     <5
(all)                      5

<5: fewer than 5 people (privacy.min_cell); x: withheld so that no <5 cell can be worked out from the totals.
"""


def test_one_small_group_gets_a_complement_so_the_total_does_not_give_it_away():
    con = people({"EX-01": 12, "EX-02": 3, "EX-03": 9})
    levels = "SELECT classification, profiles FROM profile_counts WHERE acting_classification = '(all)' ORDER BY 1"
    assert run(con, levels) == [["(all)", 24], ["EX-01", 12], ["EX-02", "<5"], ["EX-03", "x"]]
    # The total minus EX-01 is EX-02 + EX-03 together, not EX-02 alone; SQL gets no more.
    difference = ("SELECT (SELECT profiles FROM profile_counts WHERE classification = '(all)' AND acting_classification "
                  "= '(all)') - (SELECT total(profiles) FROM profile_counts WHERE classification NOT IN ('(all)', "
                  "'EX-02') AND acting_classification = '(all)')")
    assert run(con, difference) == [[12.0]]


def test_level_totals_are_one_cell_in_every_count_table_and_cycle():
    """Suppressed together: no table publishes a level total another withholds."""
    con = people({"EX-01": 12, "EX-02": 3, "EX-03": 9})
    shown = run(con, "SELECT DISTINCT classification, profiles FROM talent_counts WHERE questionnaire = '(all)' "
                     "AND talent_map = '(all)' UNION SELECT classification, profiles FROM profile_counts "
                     "WHERE acting_classification = '(all)' ORDER BY 1")
    assert shown == [["(all)", 24], ["EX-01", 12], ["EX-02", "<5"], ["EX-03", "x"]]


def test_zero_counts_show_zero():
    con = people({"EX-01": 12, "EX-02": 3})
    assert run(con, "SELECT classification, profiles FROM talent_counts WHERE talent_map = 'develop-in-role' "
                    "ORDER BY 1") == [["(all)", 0], ["EX-01", 0], ["EX-02", 0]]


def test_tables_of_people_one_by_one_are_there_only_without_suppression():
    con = people({"EX-01": 6})
    for sql in ("SELECT id FROM profiles", "SELECT count(*) FROM talent",
                "SELECT t.cycle FROM talent t JOIN positions p ON 1"):
        with pytest.raises(HrkitError, match="with small-cell suppression on, people are counted in profile_counts"):
            run(con, sql)
    assert run(people({"EX-01": 6}, k=1), "SELECT id FROM profiles LIMIT 1") == [["eEX-010"]]


def test_queries_change_nothing_and_run_one_statement():
    con = people({"EX-01": 6})
    for sql in ("DELETE FROM positions", "ATTACH 'x.db' AS x", "PRAGMA table_info(positions)",
                "CREATE TABLE t(x)", "SELECT 1; SELECT 2", "UPDATE talent_counts SET profiles = 3"):
        with pytest.raises(HrkitError, match="query:"):
            run(con, sql)
    assert con.execute("SELECT count(*) FROM positions").fetchone() == (1,)


def test_cli_query_errors_and_threshold():
    bad = run_cli(["query", "SELECT * FROM nope"], SAMPLE)
    assert bad.exit_code == 2 and bad.stderr == "hrkit: error: query: no such table: nope\n"
    listed = run_cli(["query", "SELECT id FROM profiles", "--allow-small-cells", "--format", "csv"], SAMPLE)
    assert listed.stdout.splitlines()[:2] == ["id", "exec-0001"]
    assert "warning: small-cell suppression lowered from 5 to 1" in listed.stderr


def test_findings_table_is_validates():
    result = run_cli(["query", "SELECT code, count(*) AS n, sum(suppressed) AS suppressed FROM findings "
                      "GROUP BY code ORDER BY code", "--format", "csv", "--allow-small-cells"], SAMPLE,
                     env={"HRKIT_TODAY": "2026-11-25"})
    assert result.stdout == "code,n,suppressed\nHR204,6,6\nHR302,1,1\nHR402,1,0\nHR405,1,0\n"


def test_talent_rows_one_per_profile_and_cycle():
    rows = sqltables.talent_rows([{"id": "e1", "classification": "EX-03", "talent.2024-2025.questionnaire": "submitted",
                                   "talent.2025-2026.talent_map": "develop-in-role",
                                   "talent.2025-2026.development_plan": 2}])
    assert rows == [{"questionnaire": "submitted", "profile_id": "e1", "cycle": "2024-2025", "classification": "EX-03"},
                    {"talent_map": "develop-in-role", "development_plan": 2, "profile_id": "e1", "cycle": "2025-2026",
                     "classification": "EX-03"}]


def test_export_sqlite_and_csv_write_the_documented_tables(tmp_path):
    db, folder = tmp_path / "hr.sqlite", tmp_path / "csv"
    result = run_cli(["export", "--sqlite", str(db), "--csv", str(folder)], SAMPLE)
    assert result.exit_code == 0, result.output
    con = sqlite3.connect(db)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    # people only counted, small cells withheld: profiles and talent only with --include-profiles
    assert tables == ["findings", "positions", "profile_counts", "talent_counts"]
    columns = [r[1] for r in con.execute("PRAGMA table_info(positions)")]
    assert columns == [c.name for c in sqltables.POSITIONS]
    assert con.execute("SELECT fte, total, vacant FROM positions WHERE id = 'ESDC-DG-LMI'").fetchone() == (
        146.0, 19900000, 1)
    assert con.execute("SELECT count(*) FROM findings WHERE path LIKE 'records/profiles/%'").fetchone() == (0,)
    assert con.execute("SELECT profiles FROM profile_counts WHERE classification = 'EX-03' "
                       "AND acting_classification = '(all)'").fetchone() == ("<5",)
    assert sorted(p.name for p in folder.iterdir()) == ["findings.csv", "positions.csv", "profile_counts.csv",
                                                        "talent_counts.csv"]
    with open(folder / "positions.csv", newline="") as handle:
        records = list(csv.DictReader(handle))
    assert len(records) == 29 and records[5]["id"] == "2802" and records[5]["fte"] == "175"
    full = run_cli(["export", "--sqlite", str(db), "--include-profiles"], SAMPLE)
    assert full.stdout == f"wrote {db}\n"
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM talent").fetchone() == (5,)
    assert con.execute("SELECT count(*) FROM findings WHERE path LIKE 'records/profiles/%'").fetchone() == (2,)
    assert "name" not in " ".join(r[1] for r in con.execute("PRAGMA table_info(profiles)"))
    assert run_cli(["export"], SAMPLE).exit_code == 2


def test_schema_documentation_lists_every_column():
    doc = (SAMPLE / "docs/reports.md").read_text()
    for table, columns in sqltables.SCHEMA.items():
        for column in columns:
            assert f"| `{column.name}` | {column.type} |" in doc, (table, column.name)
