"""hrkit review: the pull-request comment, exact, on the scripted history; policy notes on a
senior reclassification; the JSON form; and the 65,536-character limit of a GitHub comment."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from history_repo import BOB, Repo, build_history, position, sub
from hrkit.history.render_review import render_review_markdown
from hrkit.history.review import build_review, parse_range


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> tuple[Repo, dict[str, str]]:
    return build_history(tmp_path_factory.mktemp("review") / "repo")


REVIEW = """\
## hrkit review: `[[initial]]..HEAD`

**9 commits**, **4 records changed**: 1 abolished position, 1 reclassification, 1 reporting-line move, 1 budget or FTE change, 1 incumbent or talent change, 1 renumbered or moved record, 2 other changes.

⚠️ 3 findings introduced · 📝 1 policy note to check

### Abolished positions (1)

| position | title | classification | how |
|---|---|---|---|
| 3002 | Director, Programs | EX-01 | file deleted |

### Reclassifications (1)

| position | title | classification | effective date |
|---|---|---|---|
| 2802 | Director General, Workplace Partnerships | EX-02 → EX-03 | 2024-01-02 → 2024-02-01 |

### Reporting-line moves (1)

| position | title | reports to | supervisor block |
|---|---|---|---|
| 3001 | Director, Strategic Policy | 2802 → 1001 | not updated |

### Budget and FTE changes (1)

| position | field | before | after | Δ |
|---|---|---|---|---|
| 2802 | fte | 4 | 6 | +2 |

### Incumbent and talent changes (1)

| record | change | details |
|---|---|---|
| profile exec-0001 | modified | name.given (values hidden) |

### Renumbered and moved records (1)

| record | change | from | to |
|---|---|---|---|
| position 3001 | moved | records/positions/3001.yaml | records/positions/ssb/3001.yaml |

### Other changes (2)

| record | field | before | after |
|---|---|---|---|
| 2802 | specific_accountabilities |   | + Negotiates partnership arrangements. |
| 3001 | title | Director, Policy | Director, Strategic Policy |
| 3001 | branch | Skills and Employment | Strategy |

Profile values are personal information and are not shown; --show-personal shows them.

### Impact

By branch (before → after, Δ):

| branch | positions | FTE |
|---|---|---|
| Skills and Employment | 3 → 1 (−2) | 4 → 6 (+2) |
| Strategy | 0 → 1 (+1) | 0 → 1 (+1) |
| **Total** | 4 → 3 (−1) | 20 |

By classification (before → after, Δ):

| classification | positions | FTE |
|---|---|---|
| EX-01 | 2 → 1 (−1) | 2 → 1 (−1) |
| EX-02 | 1 → 0 (−1) | 4 → 0 (−4) |
| EX-03 | 0 → 1 (+1) | 0 → 6 (+6) |
| **Total** | 4 → 3 (−1) | 20 |

<sub>fte, total: sums over each group's top-most positions (supervisor outside the group), because a unit's dimensions include its subordinates: no FTE or dollar is counted twice. The total is computed the same way over all positions, not added up from the rows above.</sub>

### Validation

**Introduced** (3):

| code | record | field | message |
|---|---|---|---|
| HR204 | 3001 | supervisor.title | supervisor.title 'Director General, Workplace Partnerships' differs from the title of 1001: 'Deputy Minister' |
| HR204 | 3001 | supervisor.classification | supervisor.classification EX-02 differs from the classification of 1001: DM-03 |
| HR406 | exec-0001 | classification | profile says EX-02, position 2802 is EX-03 |

0 other findings on both sides.

### Policy notes

- ℹ️ **2802**: Reclassification EX-02 → EX-03 needs its rationale and a new effective date: both are there.
- ⚠️ **3001**: reports_to changed (2802 → 1001) but the supervisor block was not updated.

<details><summary>9 commits</summary>

| commit | date | author | subject |
|---|---|---|---|
| [[delete]] | 2024-11-01T10:00:00+00:00 | Bob Builder | Delete 3003 |
| [[merge]] | 2024-10-01T10:00:00+00:00 | Ann Auditor | Merge branch 'feature' |
| [[main]] | 2024-08-01T10:00:00+00:00 | Ann Auditor | Correct a name |
| [[side]] | 2024-07-01T10:00:00+00:00 | Cy Côté | 3001 reports to the DM |
| [[renumber]] | 2024-06-01T10:00:00+00:00 | Cy Côté | Renumber 3002 -> 3003 |
| [[fixed]] | 2024-05-01T10:00:00+00:00 | Ann Auditor | Fix 2802 |
| [[broken]] | 2024-04-01T10:00:00+00:00 | Bob Builder | Update 2802 (broken) |
| [[move]] | 2024-03-01T10:00:00+00:00 | Ann Auditor | Move 3001 to the SSB folder |
| [[reclass]] | 2024-02-01T10:00:00+00:00 | Bob Builder | Reclassify 2802 to EX-03 |

</details>

<sub>hrkit review: [[initial:12]] (merge base of [[initial]] and HEAD) → [[delete:12]]</sub>
"""


def test_review_markdown(history) -> None:
    repo, ids = history
    result = repo.run("review", f"{ids['initial'][:10]}..HEAD")
    assert (result.exit_code, result.stdout, result.stderr) == (0, sub(REVIEW, ids), "")


def test_review_json(history) -> None:
    repo, ids = history
    data = json.loads(repo.run("review", f"{ids['initial']}...HEAD", "--format", "json").stdout)
    assert data["base"] == {"rev": ids["initial"], "merge_base": ids["initial"]}
    assert data["head"] == {"rev": "HEAD", "commit": ids["delete"]}
    assert data["summary"] == {"records": 4, "format_only": 0, "introduced": 3, "resolved": 0, "notes": 2,
                               "groups": {"abolished": 1, "reclassified": 1, "reporting": 1, "budget": 1,
                                          "staffing": 1, "identity": 1, "other": 2}}
    assert data["groups"]["reporting"] == ["3001"]
    assert [c["id"] for c in data["changes"]] == ["2802", "3001", "3002", "exec-0001"]
    assert data["impact"][0]["rows"][-1] == {"group": "Total", "before": {"positions": 4, "fte": 20, "total": None},
                                             "after": {"positions": 3, "fte": 20, "total": None}}
    assert data["notes"][1] == {"kind": "supervisor", "record": "3001",
                                "message": "reports_to changed (2802 → 1001) but the supervisor block was not updated."}
    assert [f["code"] for f in data["findings"]["introduced"]] == ["HR204", "HR204", "HR406"]
    assert data["changes"][3]["fields"] == [{"field": "name.given", "hidden": True, "old_present": True,
                                             "new_present": True}]


def test_range_forms() -> None:
    assert parse_range("origin/main..HEAD") == ("origin/main", "HEAD")
    assert parse_range("main...feature") == ("main", "feature")
    assert parse_range("main") == ("main", "HEAD")


def test_unknown_revision_is_one_line(history) -> None:
    repo, _ = history
    result = repo.run("review", "nope..HEAD")
    assert (result.exit_code, result.stderr) == (2, "hrkit: error: unknown revision 'nope'\n")


@pytest.fixture
def senior(tmp_path: Path) -> Repo:
    repo = Repo(tmp_path / "senior")
    dm = ("Deputy Minister", "DM-03")
    repo.write("records/positions/1001.yaml", position("1001", "Deputy Minister", "DM-03", fte=20, branch="Office"))
    repo.write("records/positions/5001.yaml", position("5001", "Associate ADM", "EX-04", reports_to="1001", fte=10,
                                                       sup=dm))
    repo.write("records/positions/6001.yaml", position("6001", "Director", "EX-01", reports_to="5001", fte=3,
                                                       sup=("Associate ADM", "EX-04")))
    repo.commit("Initial")
    repo.git("checkout", "-q", "-b", "pr")
    repo.write("records/positions/5001.yaml", position("5001", "Assistant Deputy Minister", "EX-05",
                                                       reports_to="1001", fte=10, sup=dm))
    repo.commit("Reclassify 5001", BOB)
    return repo


def test_policy_notes(senior: Repo) -> None:
    out = senior.run("review", "main..pr").stdout
    notes = out[out.index("### Policy notes"):out.index("<details>")]
    assert notes == (
        "### Policy notes\n\n"
        "- ⚠️ **5001**: Reclassification EX-04 → EX-05 needs its rationale and a new effective date: "
        "effective_date was not changed; no commit touching it explains why in its message body.\n"
        "- ⚠️ **5001**: classification and title changed, but 1 direct report still names the old value in their "
        "supervisor block: 6001.\n"
        "- ⚠️ **5001**: EX-04/EX-05 position modified (EX-04 → EX-05): senior executive positions need the approvals "
        "set by the Directive on EX Group Organization and Classification.\n"
        "- ℹ️ EX-04 and EX-05 positions (not abolished): 1 → 1 (no change); the Treasury Board baseline caps this "
        "count.\n\n")
    assert "| 5001 | Assistant Deputy Minister | EX-04 → EX-05 | unchanged (2024-01-02) |" in out


def test_a_large_change_fits_in_one_comment(senior: Repo) -> None:
    for n in range(700):
        senior.write(f"records/positions/{7000 + n}.yaml", position(
            str(7000 + n), f"Analyst {n} " + "with a long title " * 6, "EC-04", reports_to="6001",
            sup=("Director", "EX-01")))
    senior.commit("Seven hundred analysts")
    review = build_review(senior.path, "main..pr")
    full = render_review_markdown(review, limit=10_000_000)
    assert len(full) > 65_536
    text = senior.run("review", "main..pr").stdout
    assert len(text) <= 65_536
    assert "### New positions (700)" in text and "| … and " in text and text.endswith("</sub>\n")
    tiny = render_review_markdown(review, limit=1_500)
    assert len(tiny) <= 1_500 and "the review is cut here" in tiny
