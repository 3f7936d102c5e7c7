"""The blob-id cache: never stale, shared safely, optional."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

import hrkit.check.records
from conftest import DEPUTY_HEAD, git
from hrkit.check.engine import validate
from hrkit.model.config import load_project
from hrkit.edit.scaffold import init_repository
from hrkit.io.sources import GitSource, WorktreeSource

HEAD = DEPUTY_HEAD + "dimensions:\n  fte: 3\n"


def unit(n: int, fte: int = 1) -> str:
    return (f'id: "{n}"\ntitle: Director {n}\nclassification: EX-01\nstatus: active\neffective_date: 2020-04-18\n'
            f'department: ESDC\nreports_to: "1001"\nsupervisor:\n  title: Deputy Minister\n  classification: DM-03\n'
            f"dimensions:\n  fte: {fte}\n")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    init_repository(tmp_path, organization="Test", today=dt.date(2026, 11, 25))
    (tmp_path / "records/positions/1001.yaml").write_text(HEAD)
    for n in (2001, 2002):
        (tmp_path / f"records/positions/{n}.yaml").write_text(unit(n))
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "start")
    return tmp_path


def check(repo: Path, *, staged: bool = False, use_cache: bool = True):
    source = GitSource(repo) if staged else WorktreeSource(repo)
    report = validate(load_project(repo, source), source, use_cache=use_cache)
    return [(f.code, f.path, f.line, f.message) for f in report.findings], report.files


def forbid_parsing(monkeypatch) -> None:
    def fail(*args, **kwargs):
        raise AssertionError("a file was parsed")
    monkeypatch.setattr(hrkit.check.records, "analyze_file", fail)


def test_unchanged_repository_is_answered_from_the_cache(repo: Path, monkeypatch) -> None:
    first = check(repo)
    assert (repo / ".git/hrkit/cache-v2.sqlite").exists()
    forbid_parsing(monkeypatch)
    assert check(repo) == first == ([], 3)


def test_a_changed_file_is_parsed_again_and_others_come_from_the_cache(repo: Path, monkeypatch) -> None:
    check(repo)
    (repo / "records/positions/2001.yaml").write_text(unit(2001, fte=3))
    parsed = []
    real = hrkit.check.records.analyze_file
    monkeypatch.setattr(hrkit.check.records, "analyze_file", lambda rf, *a: parsed.append(rf.path) or real(rf, *a))
    findings, _ = check(repo)
    assert parsed == ["records/positions/2001.yaml"]
    assert [f[0] for f in findings] == ["HR302"]


def test_staged_content_and_configuration_changes_are_never_stale(repo: Path) -> None:
    assert check(repo, staged=True) == ([], 3)
    (repo / "records/positions/2002.yaml").write_text(unit(2002, fte=5))
    git(repo, "add", "-A")
    assert [f[0] for f in check(repo, staged=True)[0]] == ["HR302"]
    config = repo / "hrkit.yaml"
    config.write_text(config.read_text().replace("ignore: []", "ignore: [HR302]"))
    assert check(repo) == ([], 3)


def test_no_cache_writes_nothing(repo: Path) -> None:
    check(repo, use_cache=False)
    assert not (repo / ".git/hrkit").exists()


def test_a_damaged_cache_is_ignored(repo: Path) -> None:
    expected = check(repo, use_cache=False)
    (repo / ".git/hrkit").mkdir()
    (repo / ".git/hrkit/cache-v2.sqlite").write_bytes(b"this is not a database" * 100)
    assert check(repo) == expected


def test_concurrent_runs_agree(repo: Path) -> None:
    for n in range(3000, 3040):
        (repo / f"records/positions/{n}.yaml").write_text(unit(n).replace('"1001"', '"2001"'))
    runs = [subprocess.Popen([sys.executable, "-m", "hrkit", "validate", "--format", "json"], cwd=repo,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ, NO_COLOR="1"))
            for _ in range(4)]
    outputs = [run.communicate() for run in runs]
    assert all(err == b"" for _, err in outputs)
    assert len({out for out, _ in outputs}) == 1
    assert b'"HR302"' in outputs[0][0] and b'"HR207"' in outputs[0][0]


def test_the_stored_report_follows_every_kind_of_working_tree_change(repo: Path) -> None:
    """The warm answer is keyed by git's view of the tree (index, changed and untracked files):
    after each change below it must equal a run without the cache."""
    positions = repo / "records/positions"
    committed = (positions / "2001.yaml").read_text()
    steps = [
        lambda: (positions / "2001.yaml").write_text(unit(2001, fte=3)),  # edited, not staged
        lambda: (positions / "2001.yaml").write_text(unit(2001, fte=4)),  # same size, same second
        lambda: (positions / "2001.yaml").write_text(committed),  # back as committed
        lambda: (positions / "2002.yaml").unlink(),  # a tracked file deleted
        lambda: (positions / "3001.yaml").write_text(unit(3001).replace('"1001"', '"9999"')),  # untracked
        lambda: (repo / ".gitignore").write_text("records/positions/3002.yaml\n"),
        lambda: (positions / "3002.yaml").write_text(unit(3002, fte=9)),  # ignored by git, still a record
        lambda: (positions / "3003.yaml").mkdir(),  # an empty folder named like a record
        lambda: (positions / "3003.yaml").rmdir(),
        lambda: (positions / "3004.yaml").symlink_to(positions / "2001.yaml"),
        lambda: (positions / "nested").mkdir(),  # an untracked folder: the walk goes into it
        lambda: (positions / "nested/3005.yaml").write_text(unit(3005, fte=2)),
    ]
    check(repo)
    for number, step in enumerate(steps):
        step()
        assert check(repo) == check(repo, use_cache=False), f"step {number}"
        assert check(repo) == check(repo, use_cache=False), f"step {number}, answered from the cache"


def test_rows_from_the_column_store_are_the_rows_read_from_the_files(repo: Path, monkeypatch) -> None:
    from hrkit.data.rows import load_columns, load_rows

    positions = repo / "records/positions"
    (positions / "2002.yaml").write_text(unit(2002) + "incumbent: null\nnotes: x\n")  # a null, an extra field
    (positions / "2003.yaml").write_text("- not a mapping\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "more")
    source = WorktreeSource(repo)
    project = load_project(repo, source)
    fields = ["id", "incumbent", "notes", "no_such_field"]
    fresh = load_rows(project, source, use_cache=False)
    fresh_columns = load_columns(project, source, fields, use_cache=False)
    assert load_rows(project, source) == fresh  # read, then stored
    forbid_parsing(monkeypatch)
    monkeypatch.setattr("hrkit.data.rows._row", lambda *a: pytest.fail("a file was parsed"))
    assert load_rows(project, WorktreeSource(repo)) == fresh  # from the store: every field as read
    for columns in (load_columns(project, WorktreeSource(repo), fields), fresh_columns):
        table = columns.positions
        assert [table["id"], table["incumbent"], table["notes"]] == [
            ["1001", "2001", "2002"], [None, None, None], [None, None, "x"]]
        assert table.has("incumbent") and not table.has("no_such_field") and not columns.profiles.size
        assert columns.unreadable == fresh.unreadable == ["records/positions/2003.yaml"]


def test_a_records_repository_inside_a_larger_git_repository_is_never_stale(tmp_path: Path) -> None:
    """Paths git prints are relative to the records repository, not to the top of the git one."""
    top = tmp_path / "monorepo"
    inner = top / "hr"
    init_repository(inner, organization="Test", today=dt.date(2026, 11, 25))
    (inner / "records/positions/1001.yaml").write_text(HEAD)
    (inner / "records/positions/2001.yaml").write_text(unit(2001))
    git(top, "init", "-q")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "start")
    assert check(inner) == ([], 2)
    for fte in (4, 5):  # two different edits of a tracked file, neither staged
        (inner / "records/positions/2001.yaml").write_text(unit(2001, fte=fte))
        assert check(inner) == check(inner, use_cache=False)
        assert [f[0] for f in check(inner)[0]] == ["HR302"]
