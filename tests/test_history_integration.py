"""show and --as-of, the git diff driver, CODEOWNERS, the CI files of `hrkit init`, and the audit
trail of a generated history whose every edit is known (gen_org --git)."""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from history_repo import GIT_ENV, Repo, build_history, position
from hrkit.history.trail import build_trail, lineage, trail_rows
from hrkit.edit.scaffold import init_repository

HISTORY_BUNDLE = Path(__file__).parent / "fixtures" / "gen_org" / "history.bundle"
"""gen_org's 80 positions and 120 history commits (see the README beside it)."""


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> tuple[Repo, dict[str, str]]:
    return build_history(tmp_path_factory.mktemp("integration") / "repo")


SHOW = """\
position 2802 · records/positions/2802.yaml · commit {commit}

id: 2802
title: Director General, Workplace Partnerships
classification: EX-03
status: active
effective_date: 2024-02-01
department: ESDC
branch: Skills and Employment
reports_to: 1001
supervisor:
  title: Deputy Minister
  classification: DM-03
incumbent: exec-0001
dimensions:
  fte: 5
specific_accountabilities:
  - Leads the directorate.
  - Negotiates partnership arrangements.
"""


def test_show_as_of_a_date_and_a_revision(history) -> None:
    repo, ids = history
    result = repo.run("show", "2802", "--as-of", "2024-03-15")
    assert result.stdout == SHOW.format(commit=ids["move"][:12])
    assert repo.run("show", "2802", "--as-of", ids["move"]).stdout == result.stdout
    assert "fte: 6" in repo.run("show", "2802").stdout
    data = json.loads(repo.run("show", "3003", "--as-of", ids["renumber"], "-f", "json").stdout)
    assert (data["path"], data["commit"], data["record"]["reports_to"]) == \
        ("records/positions/3003.yaml", ids["renumber"], "2802")


def test_show_errors_and_personal_data(history) -> None:
    repo, ids = history
    assert repo.run("show", "2802", "--as-of", "2023-12-31").stderr == \
        "hrkit: error: --as-of 2023-12-31: the history starts after that date\n"
    broken = repo.run("show", "2802", "--as-of", "2024-04-15")
    assert (broken.exit_code, broken.stderr) == (
        2, f"hrkit: error: records/positions/2802.yaml (commit {ids['broken'][:12]}) cannot be parsed: line 3, "
           "column 15: while parsing a flow sequence did not find expected ',' or ']'\n")
    assert repo.run("show", "9999").stderr == "hrkit: error: no record '9999' in the working tree\n"
    hidden = repo.run("show", "exec-0001").stdout
    assert hidden == ("profile exec-0001 · records/profiles/exec-0001.yaml · working tree\n\n"
                      "id: exec-0001\nname:\n  given: (hidden)\n  family: (hidden)\nposition: (hidden)\n"
                      "classification: (hidden)\n\n"
                      "Profile values are personal information and are not shown; --show-personal shows them.\n")
    assert "given: Alexis" in repo.run("show", "exec-0001", "--show-personal").stdout


def test_validate_as_of(history) -> None:
    repo, ids = history
    result = repo.run("validate", "--as-of", "2024-04-15")
    assert result.exit_code == 1
    assert result.stdout.endswith(f"in commit {ids['broken'][:12]}: 1 error, 0 warnings.\n")
    assert "HR001" in result.stdout
    assert repo.run("validate", "--as-of", ids["fixed"], "-q").stdout.count("HR001") == 0
    clash = repo.run("validate", "--as-of", "2024-04-15", "--rev", "HEAD")
    assert (clash.exit_code, clash.stderr) == (2, "hrkit: error: --as-of cannot be combined with --staged or --rev\n")


def test_textconv_and_git_setup(history) -> None:
    repo, ids = history
    text = repo.run("textconv", str(repo.path / "records/positions/2802.yaml")).stdout
    assert text == ("branch: Skills and Employment\nclassification: EX-03\ndepartment: ESDC\ndimensions.fte: 6\n"
                    'effective_date: 2024-02-01\nid: "2802"\nincumbent: exec-0001\nreports_to: "1001"\n'
                    "specific_accountabilities[]: Leads the directorate.\n"
                    "specific_accountabilities[]: Negotiates partnership arrangements.\nstatus: active\n"
                    "supervisor.classification: DM-03\nsupervisor.title: Deputy Minister\n"
                    "title: Director General, Workplace Partnerships\n")
    command = f'"{sys.executable}" -m hrkit textconv'
    result = repo.run("git-setup", "--command", command)
    assert result.stdout == ("added 'records/**/*.yaml diff=hrkit' to .gitattributes\n"
                             f"set git config diff.hrkit.textconv = {command}\n")
    assert (repo.path / ".gitattributes").read_text() == "*.yaml text eol=lf\nrecords/**/*.yaml diff=hrkit\n"
    assert repo.run("git-setup", "--command", command).stdout.startswith("set git config")  # once in the file
    patch = repo.git("-c", "core.pager=cat", "diff", ids["reclass"] + "^", ids["reclass"], "--",
                     "records/positions/2802.yaml")
    changed = [line for line in patch.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert changed == ["-classification: EX-02", "+classification: EX-03", "-dimensions.fte: 4",
                       "-effective_date: 2024-01-02", "+dimensions.fte: 5", "+effective_date: 2024-02-01",
                       "+specific_accountabilities[]: Negotiates partnership arrangements."]
    broken = repo.run("textconv", "/dev/null").stdout
    assert broken.startswith("# hrkit: this version cannot be parsed (line 1, column 1: a record file holds a mapping")


CODEOWNERS = """\
# Generated by `hrkit codeowners` from the codeowners: section of hrkit.yaml. Do not edit:
# run `hrkit codeowners` again after records change branch or directorate (`--check` in CI).
# The last matching line wins: the record lines below override the catch-all.

/records/ @talent-delegate

# Branch: Office
/records/positions/1001.yaml @dm-office dm-office@example.gc.ca

# Branch: Skills and Employment
/records/positions/2802.yaml @seb-hr
/records/profiles/exec-0001.yaml @seb-hr

# Directorate: Strategic Policy
/records/positions/ssb/3001.yaml @policy-team

# Configuration, rules and review machinery: the delegate
/hrkit.yaml @talent-delegate
/rules/ @talent-delegate
/CODEOWNERS @talent-delegate
/.github/ @talent-delegate
/.gitlab-ci.yml @talent-delegate
/.gitattributes @talent-delegate
"""


def test_codeowners(history) -> None:
    repo, _ = history
    config = repo.path / "hrkit.yaml"
    original = config.read_text()
    target = repo.path / "records/positions/ssb/3001.yaml"
    record = target.read_text()
    try:
        assert repo.run("codeowners").stderr == \
            "hrkit: error: hrkit.yaml has no codeowners: section with a delegate (see docs/history.md)\n"
        config.write_text(original + "\ncodeowners:\n  delegate: ['@talent-delegate']\n  branches:\n"
                          "    Skills and Employment: ['@seb-hr']\n    Office: ['@dm-office', dm-office@example.gc.ca]\n"
                          "    Strategy: ['@strategy']\n  directorates:\n    Strategic Policy: ['@policy-team']\n")
        target.write_text(record.replace("branch: Strategy", "branch: Strategy\ndirectorate: Strategic Policy"))
        assert repo.run("codeowners", "--check").exit_code == 1
        assert repo.run("codeowners").stdout == "wrote CODEOWNERS\n"
        assert (repo.path / "CODEOWNERS").read_text() == CODEOWNERS
        assert repo.run("codeowners").stdout == "unchanged: CODEOWNERS\n"
        assert repo.run("codeowners", "--check").stdout == "CODEOWNERS is up to date\n"
        config.write_text(original + "\ncodeowners:\n  branches: {X: ['not an owner']}\n")
        error = repo.run("codeowners").stderr
        assert error.startswith("hrkit: error: hrkit.yaml:") and "'not an owner' is not a reviewer" in error
    finally:
        config.write_text(original)
        target.write_text(record)
        (repo.path / "CODEOWNERS").unlink(missing_ok=True)


def test_init_writes_ci_files(tmp_path: Path) -> None:
    created = init_repository(tmp_path, organization="Test org", today=dt.date(2026, 11, 25))
    assert ".github/workflows/hrkit.yml" in created and ".gitlab-ci.yml" in created
    workflow = yaml.safe_load((tmp_path / ".github/workflows/hrkit.yml").read_text())
    review = workflow["jobs"]["review"]
    assert review["if"] == "github.event_name == 'pull_request'"
    assert review["steps"][0] == {"uses": "actions/checkout@v4", "with": {"fetch-depth": 0}}
    assert review["steps"][-1]["run"] == 'hrkit review "origin/$BASE_REF..HEAD" | gh pr comment "$PR" --body-file -'
    assert review["steps"][-1]["env"]["BASE_REF"] == "${{ github.base_ref }}"
    steps = {s.get("name"): s for s in workflow["jobs"]["validate"]["steps"]}
    assert steps["Validate (code scanning)"]["run"].startswith("hrkit validate --format sarif > hrkit.sarif")
    assert any(s.get("uses") == "github/codeql-action/upload-sarif@v3" for s in workflow["jobs"]["code-scanning"]["steps"])
    assert steps["Validate (annotations)"]["run"] == "hrkit validate --format github"
    from hrkit import __version__

    assert f'pip install "hrkit=={__version__}"' in (tmp_path / ".github/workflows/hrkit.yml").read_text()
    gitlab = yaml.safe_load((tmp_path / ".gitlab-ci.yml").read_text())
    assert gitlab["hrkit"]["variables"] == {"GIT_DEPTH": "0"}
    assert 'hrkit review "$CI_MERGE_REQUEST_DIFF_BASE_SHA..HEAD" > review.md' in gitlab["hrkit"]["after_script"][0]


SUBJECTS = [
    (r"Reclassify position (\S+) from (\S+) to (\S+)", lambda m: (m[1], "modified", "classification", m[2], m[3])),
    (r"Update FTE dimensions of (\S+) \(.*\): (\d+) -> (\d+)",
     lambda m: (m[1], "modified", "dimensions.fte", int(m[2]), int(m[3]))),
    (r"Retitle (\S+): (.*) -> (.*)", lambda m: (m[1], "modified", "title", m[2], m[3])),
    (r"Create (?:proposed|vacant) position (\S+) \(.*\) under (\S+)", lambda m: (m[1], "added", "", None, None)),
    (r"Abolish position (\S+) \(.*\)", lambda m: (m[1], "modified", "status", None, "abolished")),
    (r"Renumber position (\S+) -> (\S+) \(", lambda m: (m[2], "renumbered", "id", m[1], m[2])),
    (r"Position (\S+) \(.*\) vacated", lambda m: (m[1], "modified", "status", "active", "vacant")),
    (r"Appointment to position (\S+) \(.*\)", lambda m: (m[1], "modified", "status", "vacant", "active")),
]


def test_generated_history_matches_its_known_edits(tmp_path: Path) -> None:
    """Every commit of a gen_org history names its edit in the subject; the trail must show it."""
    out = tmp_path / "org"
    subprocess.run(["git", "clone", "-q", str(HISTORY_BUNDLE), str(out)], check=True,
                   env=dict(os.environ, **GIT_ENV))
    trail = build_trail(out)
    rows = trail_rows(trail)
    by_commit: dict[str, list] = {}
    for row in rows:
        by_commit.setdefault(row.commit, []).append(row)
    commits = subprocess.run(["git", "log", "--format=%H%x00%s"], cwd=out, capture_output=True, text=True,
                             check=True).stdout.splitlines()
    assert len(commits) == 121
    checked = 0
    for line in commits[:-1]:
        sha, subject = line.split("\0")
        for pattern, expect in SUBJECTS:
            match = re.match(pattern, subject)
            if match:
                record, change, field, old, new = expect(match)
                found = [r for r in by_commit[sha] if (r.record, r.change, r.field) == (record, change, field)]
                assert len(found) == 1, (subject, by_commit[sha])
                assert (old is None or found[0].old == old) and (new is None or found[0].new == new), subject
                checked += 1
                break
        else:
            pytest.fail(f"unknown subject {subject!r}")
    assert checked == 120
    assert {r.change for r in rows if r.commit == commits[-1].split("\0")[0]} == {"added"}
    busiest = sorted({r.record for r in rows}, key=lambda rid: -sum(r.record == rid for r in rows))[:3]
    for rid in sorted({r.record for r in rows if r.change == "renumbered"})[:5] + busiest:
        fast = trail_rows(build_trail(out, [rid]))
        assert fast == trail_rows(type(trail)(lineage(trail.events, [rid]), trail.head, True, [])), rid


def test_records_repository_inside_a_larger_git_repository(tmp_path: Path) -> None:
    """Paths stay relative to the folder with hrkit.yaml; changes outside it are not records."""
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=tmp_path, check=True, env=dict(os.environ, **GIT_ENV))
    (tmp_path / "README").write_text("x\n")
    repo = Repo.__new__(Repo)
    repo.path, repo.day = tmp_path / "hr", 1
    init_repository(repo.path, organization="Test org", today=dt.date(2026, 11, 25))
    repo.write("records/positions/1001.yaml", position("1001", "Deputy Minister", "DM-03"))
    repo.write("records/positions/2001.yaml", position("2001", "Director General", "EX-03", reports_to="1001"))
    repo.commit("One")
    repo.write("records/positions/2001.yaml", position("2001", "Director General", "EX-04", reports_to="1001"))
    (tmp_path / "README").write_text("y\n")
    second = repo.commit("Two")
    (repo.path / "records/positions/2001.yaml").rename(repo.path / "records/positions/ssb-2001.yaml")
    third = repo.commit("Three")
    rows = repo.run("log", "-f", "csv").stdout.splitlines()[1:]
    assert [r.split(",")[4:10] for r in rows] == [
        ["2001", "position", "moved", "", "records/positions/2001.yaml", "records/positions/ssb-2001.yaml"],
        ["2001", "position", "modified", "classification", "EX-03", "EX-04"],
        ["1001", "position", "added", "", "", ""], ["2001", "position", "added", "", "", ""]]
    assert repo.run("diff", "HEAD~2").stdout.splitlines()[0] == \
        "moved position 2001 (records/positions/2001.yaml → records/positions/ssb-2001.yaml)"
    blame = json.loads(repo.run("blame", "2001", "-f", "json").stdout)["fields"]
    assert blame[2] == {"field": "classification", "value": "EX-04", "commit": second, "date": "2024-02-01T10:00:00+00:00",
                        "author": "Ann Auditor", "email": "ann@example.com", "subject": "Two", "boundary": False}
    assert json.loads(repo.run("log", "1001", "-f", "json").stdout)["head"] == third
