"""hrkit report: vacancies, span, classification, talent (suppressed) and changes (from history)."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli
from hrkit.data.reports import TOTAL_KEY, crosstab, crosstab_table, talent
from test_privacy import assert_safe

SAMPLE = Path(__file__).resolve().parent.parent


def test_sample_vacancies_exact():
    result = run_cli(["report", "vacancies", "--format", "csv"], SAMPLE)
    lines = result.stdout.splitlines()
    assert lines[0] == "id,title,classification,department,branch,reason,reports_to"
    assert lines[1] == ('ESDC-ADM-HRSB,"Assistant Deputy Minister and Chief Human Resources Officer, Human Resources '
                        'Services",EX-04,ESDC,Human Resources Services,no incumbent,ESDC-DM')
    assert lines[9] == ('NEW-103865,"Executive Director, Labour Market Intelligence and Dissemination",EX-02,ESDC,'
                        'Skills and Employment,proposed,ESDC-DG-LMI')
    assert lines[-1] == "TBS-SEC,Secretary of the Treasury Board,DM-03,TBS,(none),no incumbent,"
    assert len(lines) == 25
    assert result.stderr.splitlines()[0] == "note: 24 positions: 17 no incumbent, 7 proposed."


def test_sample_span_exact():
    result = run_cli(["report", "span", "--format", "csv"], SAMPLE)
    assert result.stdout.splitlines()[:4] == [
        "id,title,classification,branch,level,direct reports,flags",
        'NEW-103865,"Executive Director, Labour Market Intelligence and Dissemination",EX-02,Skills and Employment,'
        "4,6,",
        'TBD-104217,"Director General, Business Enablement and Services",EX-03,Canadian Digital Service,3,6,',
        '2802,"Director General, Workplace Partnerships",EX-03,Skills and Employment,3,5,',
    ]
    assert len(result.stdout.splitlines()) == 12
    assert result.stderr.splitlines() == [
        "note: 11 supervisors of 29 positions; hierarchy depth 5 levels.",
        "note: direct reports per supervisor: median 1, largest 6.",
        "note: 0 supervisors beyond the span-of-control limit (flags: validate's HR207).",
    ]


def test_span_flags_come_from_validate(tmp_path):
    """The fixture configuration limits spans to 3: the supervisor of four carries HR207."""
    from conftest import build_repo

    root = build_repo(tmp_path)
    folder = root / "records/positions"
    folder.mkdir(parents=True)
    head = ('id: "H"\ntitle: Head\nclassification: DM-03\nstatus: active\neffective_date: 2024-01-01\n'
            "department: D\nreports_to: null\n")
    (folder / "H.yaml").write_text(head)
    for i in range(4):
        (folder / f"R{i}.yaml").write_text(head.replace('"H"', f'"R{i}"').replace("DM-03", "EX-01")
                                           .replace("reports_to: null", 'reports_to: "H"'))
    result = run_cli(["report", "span", "--format", "json"], root)
    data = json.loads(result.stdout)
    assert data["rows"][0] | {"title": None} == {"id": "H", "title": None, "classification": "DM-03", "branch": "(none)",
                                                 "level": 1, "direct reports": 4, "flags": "HR207"}
    assert data["notes"][-1] == "1 supervisors beyond the span-of-control limit (flags: validate's HR207)."


def test_sample_classification_exact():
    result = run_cli(["report", "classification", "--format", "csv"], SAMPLE)
    assert result.stdout == """\
classification,Canadian Digital Service,Human Resources Services,Skills and Employment,(none),total
AS-02,0,0,1,0,1
CS-04,1,0,0,0,1
CS-05,5,0,0,0,5
DM-03,0,0,0,2,2
EC-06,0,0,1,0,1
EC-07,0,0,4,0,4
EX-01,0,1,5,0,6
EX-02,0,0,1,0,1
EX-03,1,1,2,0,4
EX-04,0,1,0,0,1
EX-05,1,0,1,0,2
PE-06,0,1,0,0,1
Total,8,4,15,2,29
"""


def test_sample_talent_exact():
    result = run_cli(["report", "talent"], SAMPLE)
    assert result.exit_code == 0
    assert result.stdout == """\
Talent questionnaire by level, cycle 2025-2026

level      submitted    not-submitted    not-required    not recorded    total
-------  -----------  ---------------  --------------  --------------  -------
EX-01              0               <5               0               0       <5
EX-03             <5               <5               0               0       <5
EX-05             <5                0               0               0       <5
Total             <5               <5               0               0        5

The questionnaire is mandatory at EX-03, EX-04, EX-05 (rules/talent.yaml); hrkit validate lists who is missing \
(HR402).
<5: fewer than 5 people (privacy.min_cell); x: withheld so that no <5 cell can be worked out from the totals.

Talent-map placement by level, cycle 2025-2026

level      ready-for-advancement    ready-for-lateral-movement    well-placed-in-role    develop-in-role    none    total
-------  -----------------------  ----------------------------  ---------------------  -----------------  ------  -------
EX-01                          0                             0                      0                  0      <5       <5
EX-03                         <5                             0                      0                  0      <5       <5
EX-05                          0                             0                     <5                  0       0       <5
Total                         <5                             0                     <5                  0      <5        5

<5: fewer than 5 people (privacy.min_cell); x: withheld so that no <5 cell can be worked out from the totals.
"""
    assert run_cli(["report", "talent", "--format", "csv"], SAMPLE).exit_code == 2


def profiles(counts: dict[tuple[str, str], int]) -> list[dict]:
    return [{"classification": level, "talent.2025-2026.talent_map": placement,
             "talent.2025-2026.questionnaire": "submitted"}
            for (level, placement), n in counts.items() for _ in range(n)]


def test_talent_placements_suppressed_and_safe_against_recovery():
    counts = {("EX-01", "ready-for-advancement"): 6, ("EX-01", "well-placed-in-role"): 9,
              ("EX-02", "ready-for-advancement"): 2, ("EX-02", "well-placed-in-role"): 7,
              ("EX-03", "ready-for-advancement"): 8, ("EX-03", "well-placed-in-role"): 12}
    _, placed = talent(profiles(counts), "2025-2026", ["ready-for-advancement", "well-placed-in-role"], ["EX-03"], 5)
    assert placed.suppressed[("EX-02", "ready-for-advancement")] == "primary"
    # Row EX-02 would give it away from its total (9 - 7), column ready-for-advancement from its (16 - 6 - 8):
    assert ("EX-02", "well-placed-in-role") in placed.suppressed or ("EX-02", TOTAL_KEY) in placed.suppressed
    relations = [((r, TOTAL_KEY), [(r, c) for c in placed.columns]) for r in [*placed.rows, TOTAL_KEY]]
    relations += [((TOTAL_KEY, c), [(r, c) for r in placed.rows]) for c in [*placed.columns, TOTAL_KEY]]
    assert_safe(placed.counts, relations, placed.suppressed)
    table = crosstab_table(placed)
    shown = {row[0]: row[1:] for row in table.rows}
    assert shown["Total"][-1] == 44 and getattr(shown["EX-02"][0], "text", None) == "<5"


def test_crosstab_without_min_cell_hides_nothing():
    tab = crosstab([{"a": 1, "b": "x"}], lambda r: r["a"], lambda r: r["b"], title="t", row_field="a")
    assert tab.suppressed == {} and tab.counts[(TOTAL_KEY, TOTAL_KEY)] == 1


def test_changes_since_counts_by_kind(tmp_path):
    from history_repo import build_history

    repo, ids = build_history(tmp_path / "hist")
    result = repo.run("report", "changes", "--since", "2024-02-01", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = dict(line.split(",", 1) for line in result.stdout.splitlines()[1:])
    assert rows["Reclassifications"] == "1"
    assert rows["Budget and FTE changes"] == "2"
    assert rows["Profile changes"] == "<5"
    everything = repo.run("report", "changes", "--since", "2000-01-01", "--format", "csv")
    assert dict(line.split(",", 1) for line in everything.stdout.splitlines()[1:])["New positions"] == "4"
    bad = repo.run("report", "changes", "--since", "last week")
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.stderr
