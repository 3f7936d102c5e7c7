"""The cache is data, never code, and checked, not trusted (docs/security.md, threats C1-C6)."""
from __future__ import annotations

import datetime as dt
import os
import pickle
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import hrkit
import hrkit.check.records
from conftest import DEPUTY_HEAD, git, run_cli
from hrkit.store import plaindata
from hrkit.store.cache import Cache
from hrkit.edit.scaffold import init_repository
from hrkit.io.sources import WorktreeSource

CACHE = ".git/hrkit/cache-v2.sqlite"
UNIT = (
    'id: "2001"\ntitle: Director\nclassification: EX-01\nstatus: active\neffective_date: 2020-04-18\n'
    'department: ESDC\nreports_to: "1001"\nsupervisor:\n  title: Deputy Minister\n  classification: DM-03\n'
)
BROKEN = UNIT.replace("EX-01", "EX-09")  # HR101: an undeclared level


class Payload:
    """What an attacker pickles: unpickling it creates a marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    init_repository(root, organization="Test", today=dt.date(2026, 11, 25))
    (root / "records/positions/1001.yaml").write_text(DEPUTY_HEAD)
    (root / "records/positions/2001.yaml").write_text(UNIT)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "start")
    return root


def hrkit_cli(repo: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hrkit", *args], cwd=repo, capture_output=True, text=True,
                          env=dict(os.environ, NO_COLOR="1", **env))


def tables(repo: Path) -> dict[str, list[str]]:
    con = sqlite3.connect(repo / CACHE)
    try:
        return {name: [c[1] for c in con.execute(f"PRAGMA table_info({name})")]
                for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()


def overwrite_payloads(repo: Path, payload: bytes) -> int:
    """Every stored value replaced by ``payload``: the sealed columns of every table."""
    con = sqlite3.connect(repo / CACHE)
    changed = 0
    try:
        for table, columns in tables(repo).items():
            for column in ("payload", "sealed"):
                if column in columns:
                    changed += con.execute(f"UPDATE {table} SET {column} = ?", (payload,)).rowcount
        con.commit()
    finally:
        con.close()
    return changed


def test_a_pickle_in_the_cache_runs_nothing(repo: Path, tmp_path: Path) -> None:
    """Today's cache and the old pickled format, each filled with a pickle that would run a
    command: validate, the staged check and the pre-commit hook's light path run nothing."""
    marker = tmp_path / "pwned"
    evil = pickle.dumps(Payload(marker))
    assert hrkit_cli(repo, "validate", "--staged").returncode == 0  # stores a report, a baseline, a setup
    assert overwrite_payloads(repo, evil) >= 4
    old = repo / ".git/hrkit/cache-v1.sqlite"
    con = sqlite3.connect(old)
    con.execute("CREATE TABLE states (key BLOB PRIMARY KEY, payload BLOB NOT NULL)")
    con.execute("INSERT INTO states VALUES (?, ?)", (b"k", evil))
    con.commit()
    con.close()
    (repo / "records/positions/2001.yaml").write_text(BROKEN)
    git(repo, "add", "-A")
    for args in (("validate",), ("validate", "--staged"), ("validate", "--staged", "--skip-unchanged"),
                 ("rollup",), ("log",)):
        result = hrkit_cli(repo, *args)
        assert "Traceback" not in result.stderr, args
        assert not marker.exists(), args
    assert not old.exists()  # the old format's pickles are removed, never read
    result = hrkit_cli(repo, "validate", "--staged")
    assert result.returncode == 1 and "HR101" in result.stdout


def test_the_codec_builds_only_listed_types() -> None:
    value = {"a": (1, [2, 3]), 4: {5, 6}, "big": 10**40, "d": dt.date(2026, 1, 2), "s": "x\udcff"}
    assert plaindata.loads(plaindata.dumps(value)) == value
    with pytest.raises(TypeError):
        plaindata.dumps(Payload(Path("/nonexistent")))
    import msgpack

    for code in (15, 16 + len(plaindata.TYPES), 99):  # unassigned codes: refused, nothing imported
        with pytest.raises(ValueError):
            plaindata.loads(msgpack.packb(msgpack.ExtType(code, b"\x90")))
    with pytest.raises(ValueError):
        plaindata.loads(pickle.dumps(Payload(Path("/nonexistent"))))


def forged(value: object) -> bytes:
    """A well-formed value with a made-up seal: what someone without the user's key can write."""
    return b"\0" * 16 + plaindata.dumps(value)


@pytest.mark.parametrize("staged", [False, True])
def test_a_poisoned_report_cannot_turn_failure_into_success(repo: Path, staged: bool) -> None:
    """A stored report (and baseline) saying "no findings" is checked before it is used."""
    (repo / "records/positions/2001.yaml").write_text(BROKEN)
    git(repo, "add", "-A")
    args = ["validate", "--staged"] if staged else ["validate"]
    first = hrkit_cli(repo, *args)
    assert first.returncode == 1
    assert overwrite_payloads(repo, forged(([], [2, 2, 0]))) >= 1
    con = sqlite3.connect(repo / CACHE)
    con.execute("UPDATE base_findings SET sealed = ?", (forged(None),))
    con.execute("UPDATE base_meta SET sealed = ?", (forged(("0" * 40, [2, 2, 0])),))
    con.commit()
    con.close()
    again = hrkit_cli(repo, *args)
    assert (again.returncode, again.stdout) == (first.returncode, first.stdout)


def test_a_cache_sealed_with_another_key_is_not_used(repo: Path, monkeypatch) -> None:
    """A cache copied with a repository, or restored from a CI run with another key."""
    monkeypatch.setenv("HRKIT_CACHE_KEY", "one user")
    assert run_cli(["validate"], repo).exit_code == 0
    parsed = []
    real = hrkit.check.records.analyze_file
    monkeypatch.setattr(hrkit.check.records, "analyze_file", lambda rf, *a: parsed.append(rf.path) or real(rf, *a))
    assert run_cli(["validate"], repo).exit_code == 0 and parsed == []  # the same key: answered warm
    monkeypatch.setenv("HRKIT_CACHE_KEY", "another")
    assert run_cli(["validate"], repo).exit_code == 0
    assert sorted(parsed) == ["records/positions/1001.yaml", "records/positions/2001.yaml"]


def test_the_users_key_is_private_and_outside_the_repository(repo: Path, tmp_path: Path) -> None:
    home = tmp_path / "cachehome"
    assert hrkit_cli(repo, "validate", XDG_CACHE_HOME=str(home)).returncode == 0
    key = home / "hrkit/cache-key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and len(key.read_bytes()) == 32
    assert not any(p.name == "cache-key" for p in repo.rglob("*"))


def test_another_hrkit_never_serves_this_ones_results(repo: Path, monkeypatch) -> None:
    """Entries are bound to a digest of hrkit's code: an upgraded (or edited) hrkit parses again."""
    assert run_cli(["validate"], repo).exit_code == 0
    parsed = []
    real = hrkit.check.records.analyze_file
    monkeypatch.setattr(hrkit.check.records, "analyze_file", lambda rf, *a: parsed.append(rf.path) or real(rf, *a))
    monkeypatch.setattr(hrkit, "code_digest", lambda: "a newer hrkit")
    for module in ("hrkit.store.cache", "hrkit.model.config", "hrkit.check.planner", "hrkit.history.trail"):
        monkeypatch.setattr(f"{module}.code_digest", lambda: "a newer hrkit")
    assert run_cli(["validate"], repo).exit_code == 0
    assert len(parsed) == 2


def test_the_code_digest_follows_the_code(tmp_path: Path) -> None:
    """Copy the package, change one byte of one module: another digest."""
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(Path(hrkit.__file__).parent, copy / "hrkit", ignore=shutil.ignore_patterns("__pycache__"))
    probe = "import hrkit; print(hrkit.code_digest())"

    def digest() -> str:
        return subprocess.run([sys.executable, "-c", probe], cwd=copy, capture_output=True, text=True,
                              env=dict(os.environ, PYTHONPATH=str(copy)), check=True).stdout.strip()
    before = digest()
    rules = copy / "hrkit/rules/budget_total_mismatch.py"
    rules.write_text(rules.read_text() + "\n# changed\n")
    assert digest() != before


def test_a_file_saved_during_validation_is_never_cached_under_the_listed_id(repo: Path, monkeypatch) -> None:
    """The listing says 2001.yaml is the committed (clean) version; while validate reads, the
    user saves a broken one. Once the clean version is back, nothing of the broken one is served."""
    path = repo / "records/positions/2001.yaml"
    real = WorktreeSource.read_records

    def saved_meanwhile(self, files):
        if any(f.path.endswith("2001.yaml") for f in files):
            path.write_text(BROKEN)
        yield from real(self, files)
    monkeypatch.setattr(WorktreeSource, "read_records", saved_meanwhile)
    result = run_cli(["validate"], repo)
    assert result.exit_code == 1 and "HR101" in result.stdout  # what was read is judged
    monkeypatch.setattr(WorktreeSource, "read_records", real)
    path.write_text(UNIT)
    git(repo, "update-index", "--refresh")  # the index's view of the file is the listing's again
    result = run_cli(["validate"], repo)
    assert (result.exit_code, "HR101" in result.stdout) == (0, False), result.stdout


def test_a_cache_folder_that_cannot_be_opened_is_skipped(repo: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    result = hrkit_cli(repo, "validate", XDG_CACHE_HOME=str(blocked))
    assert (result.returncode, result.stderr) == (0, "")
    assert not (repo / CACHE).exists()
    assert Cache.open_for(repo) is not None  # the test run's own key folder works


def test_the_workflow_never_restores_a_cache_into_a_job_that_can_write(tmp_path: Path) -> None:
    import yaml

    init_repository(tmp_path, organization="Test", today=dt.date(2026, 11, 25))
    workflow = yaml.safe_load((tmp_path / ".github/workflows/hrkit.yml").read_text())
    assert workflow["permissions"] == {"contents": "read"}
    cached = []
    for name, job in workflow["jobs"].items():
        writes = any(level == "write" for level in job.get("permissions", {}).values())
        caches = [s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/cache")]
        assert not (writes and caches), name
        cached += caches
    [cache] = cached
    assert cache["with"]["path"] == ".git/hrkit"
    assert cache["with"]["key"] == "hrkit-${{ github.ref }}-${{ github.sha }}"
    assert cache["with"]["restore-keys"].splitlines() == ["hrkit-${{ github.ref }}-", "hrkit-refs/heads/main-"]
    assert workflow["jobs"]["validate"]["env"]["HRKIT_CACHE_KEY"] == "${{ secrets.HRKIT_CACHE_KEY }}"
