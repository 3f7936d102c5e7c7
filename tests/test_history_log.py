"""hrkit log and hrkit blame on a scripted history: renames, a renumbering, a merge, a commit with
broken YAML, a deleted record; exact output per format; shallow and empty repositories; and a
guard that the number of git processes does not grow with the history."""
from __future__ import annotations

import contextlib
import json
import os
import subprocess
from pathlib import Path

import pytest

from history_repo import GIT_ENV, Repo, build_history, sub
from hrkit.history.trail import build_trail, lineage, trail_rows


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> tuple[Repo, dict[str, str]]:
    return build_history(tmp_path_factory.mktemp("history") / "repo")


CSV = """\
commit,date,author,email,record,type,change,field,old,new,path,subject
[[delete:40]],2024-11-01T10:00:00+00:00,Bob Builder,bob@example.com,3003,position,removed,,,,records/positions/3003.yaml,Delete 3003
[[merge:40]],2024-10-01T10:00:00+00:00,Ann Auditor,ann@example.com,3001,position,modified,reports_to,2802,1001,records/positions/ssb/3001.yaml,Merge branch 'feature'
[[main:40]],2024-08-01T10:00:00+00:00,Ann Auditor,ann@example.com,exec-0001,profile,modified,name.given,(hidden),(hidden),records/profiles/exec-0001.yaml,Correct a name
[[renumber:40]],2024-06-01T10:00:00+00:00,Cy Côté,cy@example.com,3003,position,renumbered,id,3002,3003,records/positions/3003.yaml,Renumber 3002 -> 3003
[[fixed:40]],2024-05-01T10:00:00+00:00,Ann Auditor,ann@example.com,2802,position,modified,dimensions.fte,5,6,records/positions/2802.yaml,Fix 2802
[[broken:40]],2024-04-01T10:00:00+00:00,Bob Builder,bob@example.com,2802,position,broken,,,"line 3, column 15: while parsing a flow sequence did not find expected ',' or ']'",records/positions/2802.yaml,Update 2802 (broken)
[[move:40]],2024-03-01T10:00:00+00:00,Ann Auditor,ann@example.com,3001,position,moved,,records/positions/3001.yaml,records/positions/ssb/3001.yaml,records/positions/ssb/3001.yaml,Move 3001 to the SSB folder
[[move:40]],2024-03-01T10:00:00+00:00,Ann Auditor,ann@example.com,3001,position,moved,title,"Director, Policy","Director, Strategic Policy",records/positions/ssb/3001.yaml,Move 3001 to the SSB folder
[[move:40]],2024-03-01T10:00:00+00:00,Ann Auditor,ann@example.com,3001,position,moved,branch,Skills and Employment,Strategy,records/positions/ssb/3001.yaml,Move 3001 to the SSB folder
[[reclass:40]],2024-02-01T10:00:00+00:00,Bob Builder,bob@example.com,2802,position,modified,classification,EX-02,EX-03,records/positions/2802.yaml,Reclassify 2802 to EX-03
[[reclass:40]],2024-02-01T10:00:00+00:00,Bob Builder,bob@example.com,2802,position,modified,effective_date,2024-01-02,2024-02-01,records/positions/2802.yaml,Reclassify 2802 to EX-03
[[reclass:40]],2024-02-01T10:00:00+00:00,Bob Builder,bob@example.com,2802,position,modified,dimensions.fte,4,5,records/positions/2802.yaml,Reclassify 2802 to EX-03
[[reclass:40]],2024-02-01T10:00:00+00:00,Bob Builder,bob@example.com,2802,position,modified,specific_accountabilities,"[""Leads the directorate.""]","[""Leads the directorate."", ""Negotiates partnership arrangements.""]",records/positions/2802.yaml,Reclassify 2802 to EX-03
[[initial:40]],2024-01-01T10:00:00+00:00,Ann Auditor,ann@example.com,1001,position,added,,,,records/positions/1001.yaml,Initial import
[[initial:40]],2024-01-01T10:00:00+00:00,Ann Auditor,ann@example.com,2802,position,added,,,,records/positions/2802.yaml,Initial import
[[initial:40]],2024-01-01T10:00:00+00:00,Ann Auditor,ann@example.com,3001,position,added,,,,records/positions/3001.yaml,Initial import
[[initial:40]],2024-01-01T10:00:00+00:00,Ann Auditor,ann@example.com,3002,position,added,,,,records/positions/3002.yaml,Initial import
[[initial:40]],2024-01-01T10:00:00+00:00,Ann Auditor,ann@example.com,exec-0001,profile,added,,,,records/profiles/exec-0001.yaml,Initial import
"""


def test_whole_history_csv(history) -> None:
    """Merges count on the first-parent line; the move, the renumbering, the broken commit and
    its repair (only fte changed across the break) and the deletion each appear once; profile
    values are hidden; the key reorder of 3002 in the move commit is no change at all."""
    repo, ids = history
    result = repo.run("log", "--format", "csv")
    assert result.stdout_bytes.decode() == sub(CSV, ids).replace("\n", "\r\n")
    assert result.stderr == ""


TABLE_2802 = """\
commit      date                       author                         record    change    field                      old         new                                       subject
----------  -------------------------  -----------------------------  --------  --------  -------------------------  ----------  ----------------------------------------  ------------------------
[[fixed]]  2024-05-01T10:00:00+00:00  Ann Auditor <ann@example.com>  2802      modified  dimensions.fte             5           6                                         Fix 2802
[[broken]]  2024-04-01T10:00:00+00:00  Bob Builder <bob@example.com>  2802      broken                                           line 3, column 15: while parsing a flow…  Update 2802 (broken)
[[reclass]]  2024-02-01T10:00:00+00:00  Bob Builder <bob@example.com>  2802      modified  classification             EX-02       EX-03                                     Reclassify 2802 to EX-03
[[reclass]]  2024-02-01T10:00:00+00:00  Bob Builder <bob@example.com>  2802      modified  effective_date             2024-01-02  2024-02-01                                Reclassify 2802 to EX-03
[[reclass]]  2024-02-01T10:00:00+00:00  Bob Builder <bob@example.com>  2802      modified  dimensions.fte             4           5                                         Reclassify 2802 to EX-03
[[reclass]]  2024-02-01T10:00:00+00:00  Bob Builder <bob@example.com>  2802      modified  specific_accountabilities              + Negotiates partnership arrangements.    Reclassify 2802 to EX-03
[[initial]]  2024-01-01T10:00:00+00:00  Ann Auditor <ann@example.com>  2802      added                                                                                      Initial import
"""


def test_one_record_table(history) -> None:
    repo, ids = history
    assert repo.run("log", "2802").stdout == sub(TABLE_2802, ids)
    assert repo.run("log", "records/positions/2802.yaml").stdout == sub(TABLE_2802, ids)


def test_renumbered_record_is_followed_both_ways(history) -> None:
    repo, ids = history
    expected = [("delete", "removed", ""), ("renumber", "renumbered", "id"), ("initial", "added", "")]
    for asked in ("3003", "3002"):
        data = json.loads(repo.run("log", asked, "--format", "json").stdout)
        assert [(r["commit"], r["change"], r["field"]) for r in data["rows"]] == \
            [(ids[name], change, field) for name, change, field in expected]
        assert data["rows"][1] == {
            "commit": ids["renumber"], "date": "2024-06-01T10:00:00+00:00", "author": "Cy Côté",
            "email": "cy@example.com", "record": "3003", "type": "position", "change": "renumbered", "field": "id",
            "old": "3002", "new": "3003", "path": "records/positions/3003.yaml",
            "old_path": "records/positions/3002.yaml", "subject": "Renumber 3002 -> 3003"}
        assert (data["head"], data["first_parent"], data["shallow"]) == (ids["delete"], True, None)


MARKDOWN = """\
| commit | date | author | record | change | field | old | new | subject |
|---|---|---|---|---|---|---|---|---|
| [[renumber]] | 2024-06-01T10:00:00+00:00 | Cy Côté &lt;cy@&#8203;example.com> | 3003 | renumbered | id | 3002 | 3003 | Renumber 3002 -> 3003 |
| [[fixed]] | 2024-05-01T10:00:00+00:00 | Ann Auditor &lt;ann@&#8203;example.com> | 2802 | modified | dimensions.fte | 5 | 6 | Fix 2802 |
| [[broken]] | 2024-04-01T10:00:00+00:00 | Bob Builder &lt;bob@&#8203;example.com> | 2802 | broken |   |   | line 3, column 15: while parsing a flow sequence did not find expected ',' or '… | Update 2802 (broken) |
| [[move]] | 2024-03-01T10:00:00+00:00 | Ann Auditor &lt;ann@&#8203;example.com> | 3001 | moved |   | records/positions/3001.yaml | records/positions/ssb/3001.yaml | Move 3001 to the SSB folder |
| [[move]] | 2024-03-01T10:00:00+00:00 | Ann Auditor &lt;ann@&#8203;example.com> | 3001 | moved | title | Director, Policy | Director, Strategic Policy | Move 3001 to the SSB folder |
| [[move]] | 2024-03-01T10:00:00+00:00 | Ann Auditor &lt;ann@&#8203;example.com> | 3001 | moved | branch | Skills and Employment | Strategy | Move 3001 to the SSB folder |
"""


def test_dates_bound_author_dates_inclusively(history) -> None:
    repo, ids = history
    result = repo.run("log", "--format", "markdown", "--since", "2024-03-01", "--until", "2024-06-01")
    assert result.stdout == sub(MARKDOWN, ids)
    late = repo.run("log", "--since", "2024-06-01T10:00:01+00:00", "--until", "2024-08-01", "-f", "csv").stdout
    assert [line.split(",")[0] for line in late.splitlines()[1:]] == [ids["main"]]


def test_all_parents_attributes_side_branch_changes_to_their_commits(history) -> None:
    repo, ids = history
    result = repo.run("log", "--all-parents", "--author", "CY", "-f", "csv")
    assert result.stdout.splitlines() == [
        "commit,date,author,email,record,type,change,field,old,new,path,subject",
        f"{ids['side']},2024-07-01T10:00:00+00:00,Cy Côté,cy@example.com,3001,position,modified,reports_to,2802,1001,"
        "records/positions/ssb/3001.yaml,3001 reports to the DM",
        f"{ids['renumber']},2024-06-01T10:00:00+00:00,Cy Côté,cy@example.com,3003,position,renumbered,id,3002,3003,"
        "records/positions/3003.yaml,Renumber 3002 -> 3003",
    ]
    merges = repo.run("log", "--all-parents", "-f", "csv").stdout
    assert ids["merge"] not in merges


def test_field_filter_reverse_and_added_records(history) -> None:
    repo, ids = history
    rows = repo.run("log", "--field", "dimensions", "--reverse", "-f", "csv").stdout.splitlines()[1:]
    assert [r.split(",")[4:10] for r in rows] == [
        ["1001", "position", "added", "dimensions.fte", "", "20"],
        ["2802", "position", "added", "dimensions.fte", "", "4"],
        ["3001", "position", "added", "dimensions.fte", "", "1"],
        ["3002", "position", "added", "dimensions.fte", "", "1"],
        ["2802", "position", "modified", "dimensions.fte", "4", "5"],
        ["2802", "position", "broken", "", "", '"line 3'],
        ["2802", "position", "modified", "dimensions.fte", "5", "6"],
        ["3003", "position", "removed", "dimensions.fte", "1", ""],
    ]


def test_personal_values_only_when_asked(history) -> None:
    repo, ids = history
    hidden = json.loads(repo.run("log", "exec-0001", "-f", "json").stdout)["rows"][0]
    assert hidden["hidden"] is True and "old" not in hidden and "new" not in hidden
    shown = json.loads(repo.run("log", "exec-0001", "-f", "json", "--show-personal").stdout)["rows"][0]
    assert (shown["field"], shown["old"], shown["new"]) == ("name.given", "Alex", "Alexis")
    assert "Alexis" not in repo.run("log").stdout + repo.run("log", "-f", "markdown").stdout


def test_one_record_walk_matches_the_whole_history(history) -> None:
    """The per-record road (blob ids per commit) and the whole-history walk agree."""
    repo, _ = history
    full = build_trail(repo.path)
    for rid in ("1001", "2802", "3001", "exec-0001"):
        fast = build_trail(repo.path, [rid])
        assert trail_rows(fast) == trail_rows(type(full)(lineage(full.events, [rid]), full.head, True, []))


BLAME = """\
field                      value                                     commit      date                       author                         subject
-------------------------  ----------------------------------------  ----------  -------------------------  -----------------------------  ------------------------
id                         2802                                      [[initial]]  2024-01-01T10:00:00+00:00  Ann Auditor <ann@example.com>  Initial import
title                      Director General, Workplace Partnerships  [[initial]]  2024-01-01T10:00:00+00:00  Ann Auditor <ann@example.com>  Initial import
classification             EX-03                                     [[reclass]]  2024-02-01T10:00:00+00:00  Bob Builder <bob@example.com>  Reclassify 2802 to EX-03
status                     active                                    [[initial]]  2024-01-01T10:00:00+00:00  Ann Auditor <ann@example.com>  Initial import
effective_date             2024-02-01                                [[reclass]]  2024-02-01T10:00:00+00:00  Bob Builder <bob@example.com>  Reclassify 2802 to EX-03
department                 ESDC                                      [[initial]]  2024-01-01T10:00:00+00:00  Ann Auditor <ann@example.com>  Initial import
branch                     Skills and Employment                     [[initial]]  2024-01-01T10:00:00+00:00  Ann Auditor <ann@example.com>  Initial import
reports_to                 1001                                      [[initial]]  2024-01-01T10:00:00+00:00  Ann Auditor <ann@example.com>  Initial import
supervisor.title           Deputy Minister                           [[initial]]  2024-01-01T10:00:00+00:00  Ann Auditor <ann@example.com>  Initial import
supervisor.classification  DM-03                                     [[initial]]  2024-01-01T10:00:00+00:00  Ann Auditor <ann@example.com>  Initial import
incumbent                  exec-0001                                 [[initial]]  2024-01-01T10:00:00+00:00  Ann Auditor <ann@example.com>  Initial import
dimensions.fte             6                                         [[fixed]]  2024-05-01T10:00:00+00:00  Ann Auditor <ann@example.com>  Fix 2802
specific_accountabilities  [Leads the directorate., Negotiates par…  [[reclass]]  2024-02-01T10:00:00+00:00  Bob Builder <bob@example.com>  Reclassify 2802 to EX-03
"""


def test_blame(history) -> None:
    repo, ids = history
    assert repo.run("blame", "2802").stdout == sub(BLAME, ids)
    data = json.loads(repo.run("blame", "3001", "--format", "json").stdout)
    setters = {f["field"]: f["commit"] for f in data["fields"]}
    assert (setters["title"], setters["reports_to"], setters["status"]) == (ids["move"], ids["merge"], ids["initial"])
    profile = json.loads(repo.run("blame", "exec-0001", "-f", "json").stdout)["fields"]
    assert all("value" not in f for f in profile)
    assert profile[1]["field"] == "name.given" and profile[1]["commit"] == ids["main"]


def test_blame_of_a_deleted_record_is_an_error(history) -> None:
    repo, ids = history
    result = repo.run("blame", "3003")
    assert result.exit_code == 2
    assert result.stderr == f"hrkit: error: no record '3003' in commit {ids['delete'][:12]}\n"


def test_shallow_clone_says_where_history_starts(history, tmp_path: Path) -> None:
    repo, ids = history
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "3", f"file://{repo.path}", str(clone)], check=True,
                   env=dict(os.environ, **GIT_ENV))
    shallow = Repo.__new__(Repo)
    shallow.path = clone
    result = shallow.run("log", "-f", "csv")
    note = (f"hrkit: This clone is shallow: its history starts at commit {ids['main'][:12]} "
            "(2024-08-01T10:00:00+00:00); changes before it are not shown ('git fetch --unshallow' fetches the rest).\n")
    assert result.stderr == note
    assert [line.split(",")[0] for line in result.stdout.splitlines()[1:]] == [ids["delete"], ids["merge"]]
    assert json.loads(shallow.run("log", "-f", "json").stdout)["shallow"] == {
        "starts_at": ids["main"], "date": "2024-08-01T10:00:00+00:00"}
    blame = shallow.run("blame", "2802").stdout
    assert f"^{ids['main'][:10]}" in blame and blame.endswith(f"^: {note[7:]}")


def test_empty_repository(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "empty")
    result = repo.run("log", "-f", "csv")
    assert (result.exit_code, result.stdout_bytes) == (0, b"commit,date,author,email,record,type,change,field,old,new,"
                                                           b"path,subject\r\n")
    assert result.stderr == "hrkit: the repository has no commits yet\n"
    assert repo.run("blame", "1001").stderr == "hrkit: error: blame: the repository has no commits yet\n"


def _subcommand(argv: list[str]) -> str:
    """The git command of an argument list (after git's own -c options)."""
    i = 1
    while argv[i] == "-c":
        i += 2
    return argv[i]


def test_git_processes_do_not_grow_with_history(tmp_path: Path, monkeypatch) -> None:
    """One streamed git log and one cat-file for the whole trail; a one-record trail a handful
    more, whatever the number of commits."""
    repo = Repo(tmp_path / "long")
    for n in range(40):
        repo.write("records/positions/1001.yaml", f'id: "1001"\ntitle: Head {n}\n')
        repo.write(f"records/positions/{2000 + n}.yaml", f'id: "{2000 + n}"\ntitle: Unit\n')
        repo.commit(f"Change {n}", when=f"2024-01-01T10:{n:02d}:00+00:00")
    calls = []
    original = subprocess.Popen
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: calls.append(_subcommand(a[0])) or original(*a, **k))
    assert len(trail_rows(build_trail(repo.path))) == 40 * 2
    assert sorted(calls) == ["cat-file", "log", "rev-parse", "rev-parse"]
    calls.clear()
    assert len(trail_rows(build_trail(repo.path))) == 40 * 2  # kept: no log, no blob read
    assert sorted(calls) == ["rev-parse", "rev-parse"]
    calls.clear()
    assert len(trail_rows(build_trail(repo.path, ["1001"]))) == 40
    assert len(calls) <= 8, calls


def test_a_kept_trail_grows_with_new_commits_and_equals_a_fresh_one(tmp_path: Path) -> None:
    import shutil

    repo = Repo(tmp_path / "grow")
    for n in range(6):
        repo.write("records/positions/1001.yaml", f'id: "1001"\ntitle: Head {n}\n')
        repo.commit(f"Change {n}", when=f"2024-01-01T10:{n:02d}:00+00:00")
    assert len(trail_rows(build_trail(repo.path))) == 6
    repo.write("records/positions/1001.yaml", 'id: "1001"\ntitle: [broken\n')
    repo.commit("Break it", when="2024-01-02T10:00:00+00:00")
    repo.write("records/positions/1001.yaml", 'id: "1001"\ntitle: Head 9\n')
    repo.write("records/positions/2001.yaml", 'id: "2001"\ntitle: Unit\n')
    repo.commit("Repair and add", when="2024-01-02T11:00:00+00:00")
    grown = trail_rows(build_trail(repo.path))
    shutil.rmtree(repo.path / ".git" / "hrkit")
    assert grown == trail_rows(build_trail(repo.path))
    assert [r.subject for r in grown[:3]] == ["Repair and add", "Repair and add", "Break it"]


def test_the_kept_trail_grows_with_new_commits_and_equals_a_fresh_walk(history, tmp_path, monkeypatch) -> None:
    """The trail kept in the cache is extended segment by segment as HEAD moves forward (the
    broken version of 2802 and its repair land in different segments), merged when segments
    pile up, and rebuilt when history is rewritten: at every step it equals a walk without cache."""
    import hrkit.store.cache
    import hrkit.history.trail as trail_module

    repo, ids = history
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(repo.path), str(clone)], check=True, env={**os.environ, **GIT_ENV})
    open_for = hrkit.store.cache.Cache.open_for
    monkeypatch.setattr(trail_module, "MAX_SEGMENTS", 3)

    def rows(cached: bool) -> list:
        monkeypatch.setattr(hrkit.store.cache.Cache, "open_for", open_for if cached else classmethod(lambda cls, root: None))
        return trail_rows(build_trail(clone))

    def table(cached: bool, *options: str) -> str:
        """`hrkit log` as a table: with the cache, laid out from the cells kept per segment."""
        from click.testing import CliRunner

        from hrkit.cli import cli

        monkeypatch.setattr(hrkit.store.cache.Cache, "open_for", open_for if cached else classmethod(lambda cls, root: None))
        with contextlib.chdir(clone):
            return CliRunner().invoke(cli, ["log", *options], catch_exceptions=False, env=GIT_ENV).output

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=clone, check=True, capture_output=True, env={**os.environ, **GIT_ENV})
    line = [c for c in repo.git("rev-list", "--first-parent", "--reverse", "HEAD").split()]
    for sha in line:
        git("reset", "-q", "--hard", sha)
        assert rows(cached=True) == rows(cached=False), sha
        assert rows(cached=True) == rows(cached=False), f"{sha}, read back"
        for options in ((), ("--show-personal",)):
            assert table(True, *options) == table(False, *options), (sha, options)
    state = trail_module._state(clone, True)
    cache = open_for(clone)
    assert len(cache.parts(state, ["index"])["index"][1]) < len(line)  # segments were merged
    cache.close()
    git("reset", "-q", "--hard", ids["move"])
    git("-c", "user.name=Ann", "-c", "user.email=ann@example.com", "commit", "-q", "--amend", "-m",
        "Move 3001, reworded")  # a rewritten history
    assert rows(cached=True) == rows(cached=False)
    assert rows(cached=True)[0].subject == "Move 3001, reworded"
    assert table(True) == table(False) and "Move 3001, reworded" in table(True)
