"""hrkit rollup: grouped tables without double counting, exact for the sample organization and
for small hand-built ones; the reporting tree; --as-of; speed of the aggregation."""
from __future__ import annotations

import json
import time
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import build_repo, run_cli
from hrkit.errors import HrkitError
from hrkit.data.rollup import as_table, reporting_tree, rollup_positions, rollup_profiles
from hrkit.render.table import render

SAMPLE = Path(__file__).resolve().parent.parent


def pos(pid, branch, reports_to=None, fte=None, total=None, status="active", classification="EX-01",
        incumbent=None, **extra):
    """A flat position row as hrkit.data.rows.load_rows makes it."""
    row = {"id": pid, "branch": branch, "reports_to": reports_to, "status": status, "classification": classification,
           "incumbent": incumbent, "path": f"records/positions/{pid}.yaml", **extra}
    if fte is not None:
        row["dimensions.fte"] = fte
    if total is not None:
        row["dimensions.total"] = total
    return row


# A head (100 FTEs) over two branches. Policy has a DG (40) with two directors (10 and 0.1+0.2
# style fractions); Programs has a DG (50) whose director is filed under Policy.
ORG = [
    pos("H", None, fte=100, total=10_000_000, classification="DM-03", incumbent="p1"),
    pos("P", "Policy", "H", fte=40, total=4_000_000, classification="EX-03"),
    pos("P1", "Policy", "P", fte=10.5),
    pos("P2", "Policy", "P", fte=0.2, total=30_000),
    pos("G", "Programs", "H", fte=50, classification="EX-03"),
    pos("G1", "Policy", "G", fte=0.1, total=20_000, status="vacant"),
    pos("G2", "Programs", "G", status="proposed"),
    pos("X", "Programs", "G", fte=7, status="abolished"),
]


def test_group_dimensions_are_sums_over_top_most_positions():
    result = rollup_positions(ORG, by=("branch",))
    policy, programs, none, total = (result.row("Policy"), result.row("Programs"), result.row(None), result.row())
    # Policy: P (40) is top-most; G1 (0.1) too, because its supervisor G is in Programs.
    assert policy.values["fte"] == Decimal("40.1")
    assert policy.values["total"] == 4_020_000 and isinstance(policy.values["total"], int)
    assert programs.values["fte"] == 50 and programs.values["total"] is None
    assert programs.missing["total"] == 1
    assert none.values["fte"] == 100
    # The total is the head's unit, not 100 + 40.1 + 50.
    assert total.values["fte"] == 100 and total.values["total"] == 10_000_000
    assert [policy.values["positions"], programs.values["positions"], total.values["positions"]] == [4, 2, 7]
    assert programs.values["vacant"] == 1 and policy.values["vacant"] == 4  # G1 vacant; G, P, P1, P2 no incumbent
    assert programs.values["proposed"] == 1
    assert "1 abolished positions left out" in result.notes[0]


def test_fte_fractions_add_without_float_noise():
    rows = [pos("A", "x", fte=0.1), pos("B", "x", fte=0.2), pos("C", "x", fte=0.7)]
    result = rollup_positions(rows, by=("branch",), measures=("fte",))
    assert result.row("x").values["fte"] == Decimal("1.0")
    assert "| x        |     1 |" in render(as_table(result), "github")


def test_subtotals_are_groups_of_their_own():
    rows = [pos("H", "B1", fte=100, department="D"), pos("A", "B1", "H", fte=30, department="D"),
            pos("B", "B2", "H", fte=60, department="D"), pos("C", "B2", "B", fte=20, department="D")]
    result = rollup_positions(rows, by=("department", "branch"), measures=("positions", "fte"))
    assert [(r.keys, r.kind, r.values["fte"]) for r in result.rows] == [
        (("D", "B1"), "group", 100), (("D", "B2"), "group", 60), (("D",), "subtotal", 100), ((), "total", 100)]
    assert result.row("D").values["positions"] == 4


def test_where_globs_filter_and_a_filtered_out_supervisor_makes_a_top_most_position():
    result = rollup_positions(ORG, by=("classification",), measures=("positions", "fte"),
                              where=(("classification", "EX-*"),))
    assert result.row("EX-03").values["fte"] == 90  # P and G: their head is filtered out
    assert result.row().values["fte"] == 90
    with_abolished = rollup_positions(ORG, by=("status",), measures=("positions",), where=(("status", "*"),))
    assert with_abolished.row("abolished").values["positions"] == 1


def test_unknown_field_is_an_error_not_an_empty_group():
    with pytest.raises(HrkitError, match="no position record has a field 'brnach'"):
        rollup_positions(ORG, by=("brnach",))
    with pytest.raises(HrkitError, match="not a measure"):
        rollup_positions(ORG, by=("branch",), measures=("fte;drop",))


def test_plain_sum_measure_over_every_record():
    rows = [pos("A", "x", score=3), pos("B", "x", score=4, reports_to="A"), pos("C", "x")]
    result = rollup_positions(rows, by=("branch",), measures=("score",))
    assert result.row("x").values["score"] == 7 and result.row("x").missing["score"] == 1


def test_profile_rollup_suppresses_small_cells_and_protects_the_totals():
    rows = [{"classification": c, "branch": b} for c, b, n in
            (("EX-01", "A", 7), ("EX-01", "B", 2), ("EX-02", "A", 6), ("EX-02", "B", 9), ("EX-03", "A", 8))
            for _ in range(n)]
    result = rollup_profiles(rows, by=("classification", "branch"), min_cell=5)
    table = as_table(result)
    cells = {tuple(row[:2]): row[2] for row in table.rows}
    assert str(cells[("EX-01", "B")].text) == "<5"
    # EX-01's subtotal (9) minus A (7) would give B: A is withheld as its complement.
    assert getattr(cells[("EX-01", "A")], "text", None) == "x"
    assert cells[("Total", "")] == 32
    assert table.notes[-1].startswith("<5: fewer than 5 people")


def test_sample_rollup_by_department_and_branch_exact():
    result = run_cli(["rollup", "--by", "department,branch", "--measure", "positions,vacant,proposed,fte,total"],
                     SAMPLE)
    assert result.exit_code == 0, result.output
    assert result.stdout == """\
Positions by department, branch

department    branch                      positions    vacant    proposed     fte       total    total missing
------------  ------------------------  -----------  --------  ----------  ------  ----------  ---------------
ESDC          Human Resources Services            4         2           0   1,200           —                1
ESDC          Skills and Employment              15         6           7   1,800           —                1
ESDC          (none)                              1         1           0  36,000           —                1
ESDC          (all)                              20         9           7  36,000           —                1
TBS           Canadian Digital Service            8         7           0      86  11,100,000                0
TBS           (none)                              1         1           0   2,500           —                1
TBS           (all)                               9         8           0   2,500           —                1
Total                                            29        17           7  38,500           —                2

vacant: status vacant, or active with no incumbent recorded.
fte, total: sums over each group's top-most positions (supervisor outside the group), because a unit's \
dimensions include its subordinates: no FTE or dollar is counted twice. Subtotals and the total are computed the \
same way over their own groups, not added up from the rows above.
total missing: records lacking the figure (for dimensions, top-most positions only); — where no record had it.
"""


def test_sample_rollup_by_classification_json():
    result = run_cli(["rollup", "--by", "classification", "--measure", "positions,ex,fte", "--format", "json"], SAMPLE)
    data = json.loads(result.stdout)
    rows = {r["classification"]: r for r in data["rows"]}
    assert rows["EX-03"] == {"classification": "EX-03", "positions": 4, "ex": 4, "fte": 352, "fte missing": 1}
    assert rows["CS-05"]["fte"] == 50
    assert rows["Total"] == {"classification": "Total", "positions": 29, "ex": 14, "fte": 38500, "fte missing": 0}


def test_sample_profile_rollup_is_suppressed_and_lowering_needs_the_flag():
    result = run_cli(["rollup", "profiles", "--by", "classification", "--format", "csv"], SAMPLE)
    assert result.stdout == "classification,profiles\nEX-01,<5\nEX-03,<5\nEX-05,<5\nTotal,5\n"
    assert "note: <5: fewer than 5 people" in result.stderr
    refused = run_cli(["rollup", "profiles", "--by", "classification", "--min-cell", "2"], SAMPLE)
    assert refused.exit_code == 2 and "--allow-small-cells" in refused.stderr
    shown = run_cli(["rollup", "profiles", "--by", "classification", "--min-cell", "1", "--allow-small-cells",
                     "--format", "csv"], SAMPLE)
    assert shown.stdout == "classification,profiles\nEX-01,1\nEX-03,3\nEX-05,1\nTotal,5\n"
    assert "warning: small-cell suppression lowered from 5 to 1" in shown.stderr
    names = run_cli(["rollup", "profiles", "--by", "name.family"], SAMPLE)
    assert names.exit_code == 2 and "never used in reports" in names.stderr


def test_sample_tree_reconciles_and_flags_hr302():
    from hrkit.commands.common import open_repo
    from hrkit.data.reports import analyze_org

    _root, source, project = open_repo(SAMPLE)
    org, findings = analyze_org(project, source, ("HR302",))
    rows, notes = reporting_tree(org, findings)
    assert notes == []
    by_id = {r.id: r for r in rows}
    assert len(rows) == 29 and sum(r.positions for r in rows if r.depth == 0) == 29
    for i, r in enumerate(rows):  # each subtree = itself + its direct reports' subtrees
        kids = []
        for later in rows[i + 1:]:
            if later.depth <= r.depth:
                break
            if later.depth == r.depth + 1:
                kids.append(later)
        assert r.positions == 1 + sum(k.positions for k in kids)
        assert r.vacant == int(r.status == "active" and r.id in VACANT_SAMPLE) + sum(k.vacant for k in kids)
    dg = by_id["TBD-104217"]
    assert (dg.fte, dg.fte_reports, dg.fte_own, dg.flags) == (31, 50, -19, ("HR302 (suppressed)",))
    lmi = by_id["ESDC-DG-LMI"]
    assert (lmi.fte, lmi.fte_reports, lmi.fte_own, lmi.total, lmi.total_reports, lmi.total_own) == (
        146, 44, 102, 19_900_000, 500_000, 19_400_000)
    assert by_id["ESDC-DM"].ex == 12 and by_id["TBS-SEC"].ex == 2


VACANT_SAMPLE = {"ESDC-DM", "ESDC-ADM-HRSB", "ESDC-DG-LMI", "TBS-SEC", "CDS-CEO", "TBD-103745-R1",
                 *(f"2802-R{i}" for i in range(1, 6)), *(f"TBD-104217-R{i}" for i in range(1, 7))}


def test_sample_tree_cli_subtree():
    result = run_cli(["rollup", "--tree", "CDS-CEO", "--format", "csv"], SAMPLE)
    lines = result.stdout.splitlines()
    assert lines[0] == ("position,title,class.,status,positions,vacant,EX,FTE,reports' FTE,own FTE,total $,"
                        "reports' total $,own total $,flags")
    assert lines[1] == "CDS-CEO,\"Chief Executive Officer, Canadian Digital Service\",EX-05,active,8,7,2,86,31,55," \
                       "11100000,2580000,8520000,"
    assert lines[2].startswith("  TBD-104217,") and lines[2].endswith(",31,50,-19,2580000,,,HR302 (suppressed)")
    assert len(lines) == 9
    missing = run_cli(["rollup", "--tree", "NOPE"], SAMPLE)
    assert missing.exit_code == 2 and "no position 'NOPE'" in missing.stderr


def test_tree_flags_exceeded_budget_and_skips_cycles(tmp_path):
    from hrkit.model.org import Org, PositionFacts
    from hrkit.model.classification import Scheme

    scheme = Scheme({"EX": 5})

    def facts(pid, reports_to, fte=None, total=None):
        doc = {"id": pid, "reports_to": reports_to, "status": "active", "classification": "EX-01",
               "dimensions": {k: v for k, v in (("fte", fte), ("total", total)) if v is not None}}
        return PositionFacts.from_doc(f"records/positions/{pid}.yaml", doc, scheme)

    org = Org([facts("A", None, 10, 100), facts("B", "A", 4, 80), facts("C", "A", 0.5, 30),
               facts("L1", "L2"), facts("L2", "L1")], [])
    rows, notes = reporting_tree(org)
    assert [r.id for r in rows] == ["A", "B", "C"]
    assert rows[0].fte_reports == Decimal("4.5") and rows[0].fte_own == Decimal("5.5")
    assert rows[0].total_own == -10 and rows[0].flags == ("total exceeded",)
    assert notes == ["2 positions are not under any head (a reporting cycle: hrkit validate, HR202)."]


def test_as_of_reads_the_records_of_a_past_commit(tmp_path):
    from history_repo import Repo, position

    repo = Repo(tmp_path / "hist")
    repo.write("records/positions/1001.yaml", position("1001", "Deputy Minister", "DM-03", fte=20, branch="Office"))
    repo.write("records/positions/2802.yaml", position("2802", "Director General", "EX-03", reports_to="1001",
                                                       fte=4, sup=("Deputy Minister", "DM-03")))
    first = repo.commit("first", when="2024-03-01T10:00:00+00:00")
    repo.write("records/positions/2802.yaml", position("2802", "Director General", "EX-03", reports_to="1001",
                                                       fte=9, sup=("Deputy Minister", "DM-03")))
    repo.commit("second", when="2024-05-01T10:00:00+00:00")
    args = ["rollup", "--by", "branch", "--measure", "positions,fte", "--format", "csv"]
    now, then, by_rev = (repo.run(*args), repo.run(*args, "--as-of", "2024-04-15"),
                         repo.run(*args, "--as-of", first))
    assert "Skills and Employment,1,9" in now.stdout
    assert "Skills and Employment,1,4" in then.stdout and then.stdout == by_rev.stdout
    before = repo.run(*args, "--as-of", "2023-01-01")
    assert before.exit_code == 2 and "history starts after" in before.stderr


def test_aggregation_of_100k_positions_is_fast():
    """The aggregation alone (reading the files is hrkit.data.rows.load_rows's, cached separately)."""
    rows = []
    for i in range(100_000):
        sup = None if i == 0 else f"{(i - 1) // 8:06d}"
        rows.append(pos(f"{i:06d}", f"B{i % 12}", sup, fte=8 if i % 3 else 0.5, total=1000 * (i % 7),
                        department="D", classification=f"EX-0{i % 5 + 1}"))
    start = time.perf_counter()
    result = rollup_positions(rows, by=("department", "branch", "classification"))
    elapsed = time.perf_counter() - start
    assert result.row().values["positions"] == 100_000 and result.row().values["fte"] == Decimal("0.5")
    assert elapsed < 15, f"rollup of 100,000 positions took {elapsed:.1f} s"


def test_errors_are_one_line(tmp_path):
    root = build_repo(tmp_path)
    (root / "records/positions").mkdir(parents=True)
    result = run_cli(["rollup"], root)
    assert result.exit_code == 2 and result.stderr == "hrkit: error: give --by FIELD[,FIELD...] (or --tree)\n"
    both = run_cli(["rollup", "--tree", "--by", "branch"], root)
    assert both.exit_code == 2 and "--tree takes no" in both.stderr
