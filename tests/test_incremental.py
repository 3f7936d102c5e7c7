"""The incremental index check (the pre-commit hook's path) gives exactly the full validation's
result, change after change, without listing or parsing the whole repository."""
from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pytest

from conftest import git
from hrkit.check.engine import validate
from hrkit.model.config import load_project
from hrkit.edit.scaffold import init_repository
from hrkit.io.sources import GitSource, WorktreeSource

LEVELS = {"DM-03": "Deputy Minister", "EX-03": "Director General", "EX-01": "Director", "EC-06": "Analyst",
          "EC-07": "Manager"}


def position(pid: str, classification: str, sup: tuple[str, str, str] | None, *, fte: int = 1,
             incumbent: str | None = None, status: str = "active", department: str = "ESDC") -> str:
    lines = [f'id: "{pid}"', f"title: {LEVELS[classification]} {pid}", f"classification: {classification}",
             f"status: {status}", "effective_date: 2024-04-01", f"department: {department}"]
    if sup:
        lines += [f'reports_to: "{sup[0]}"', "supervisor:", f"  title: {sup[1]}", f"  classification: {sup[2]}"]
    else:
        lines.append("reports_to: null")
    lines.append(f"incumbent: {incumbent}" if incumbent else "incumbent: null")
    lines += ["dimensions:", f"  fte: {fte}"]
    return "\n".join(lines) + "\n"


def profile(prid: str, pid: str, classification: str, assessor: str) -> str:
    return (f"id: {prid}\nname: {{given: Test, family: Person}}\nposition: \"{pid}\"\n"
            f"classification: {classification}\ntalent:\n  \"2025-2026\":\n    questionnaire: submitted\n"
            f"    talent_map: well-placed-in-role\n    assessed_by: \"{assessor}\"\n")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    init_repository(tmp_path, organization="Test", today=dt.date(2026, 11, 25))
    pos = tmp_path / "records/positions"
    pos.joinpath("1.yaml").write_text(position("1", "DM-03", None, fte=40))
    for d in range(2, 5):
        pos.joinpath(f"{d}.yaml").write_text(position(str(d), "EX-03", ("1", "Deputy Minister 1", "DM-03"),
                                                      fte=12, incumbent=f"exec-{d}"))
        (tmp_path / f"records/profiles/exec-{d}.yaml").write_text(profile(f"exec-{d}", str(d), "EX-03", "1"))
        for s in range(3):
            sid = f"{d}{s}"
            pos.joinpath(f"{sid}.yaml").write_text(
                position(sid, "EX-01", (str(d), f"Director General {d}", "EX-03"), fte=3))
            for t in range(2):
                tid = f"{sid}{t}"
                pos.joinpath(f"{tid}.yaml").write_text(
                    position(tid, "EC-06", (sid, f"Director {sid}", "EX-01")))
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "start")
    return tmp_path


def result(repo: Path, *, use_cache: bool, staged: bool = True):
    source = GitSource(repo) if staged else WorktreeSource(repo)
    report = validate(load_project(repo, source), source, use_cache=use_cache)
    return ([(f.code, f.path, f.line, f.column, f.message, f.related, f.suppressed) for f in report.findings],
            (report.files, report.positions, report.profiles))


def edit(repo: Path, rng: random.Random, *, stage: bool = True) -> str:
    """One random change of the kinds stewards make, staged unless told otherwise."""
    pos = repo / "records/positions"
    files = sorted(pos.rglob("*.yaml"))
    target = rng.choice(files)
    text = target.read_text()
    kind = rng.choice(["fte", "move", "cycle", "loop", "delete", "add", "rename", "break", "abolish", "reclassify",
                       "profile", "root", "title", "fix"])
    if kind == "fte":
        target.write_text(text.replace("fte: ", f"fte: {rng.randint(0, 9)}", 1))
    elif kind == "move":
        new = rng.choice(files).stem
        target.write_text(text.replace("reports_to: ", f'reports_to: "{new}" #', 1))
    elif kind == "cycle":
        child = next((f for f in files if f'reports_to: "{target.stem}"' in f.read_text()), None)
        if child is not None:
            target.write_text(text.replace("reports_to: ", f'reports_to: "{child.stem}" #', 1))
    elif kind == "loop":  # a longer loop: the target reports to a position two or three levels below it
        below = target
        for _ in range(rng.randint(2, 3)):
            below = next((f for f in files if f'reports_to: "{below.stem}"' in f.read_text()), below)
        if below != target:
            target.write_text(text.replace("reports_to: ", f'reports_to: "{below.stem}" #', 1))
    elif kind == "delete":
        target.unlink()
    elif kind == "add":
        sup = rng.choice(files).stem
        pos.joinpath(f"9{rng.randint(100, 999)}.yaml").write_text(
            position(str(rng.randint(9000, 9999)), "EC-07", (sup, f"Director {sup}", "EX-01")))
    elif kind == "rename":
        (pos / "moved").mkdir(exist_ok=True)
        target.rename(pos / "moved" / target.name)
    elif kind == "break":
        target.write_text(text.replace("title:", 'title: "unterminated', 1))
    elif kind == "abolish":
        target.write_text(text.replace("status: active", "status: abolished"))
    elif kind == "reclassify":
        target.write_text(text.replace("classification: EC-06", "classification: EX-02").replace(
            "classification: EX-01\nstatus", "classification: EC-07\nstatus"))
    elif kind == "profile":
        prof = rng.choice(sorted((repo / "records/profiles").glob("*.yaml")))
        prof.write_text(prof.read_text().replace('position: "', f'position: "{rng.choice(files).stem}" #', 1))
    elif kind == "root":
        target.write_text(text.replace("reports_to: ", "reports_to: null #", 1))
    elif kind == "title":
        target.write_text(text.replace("title: ", "title: Acting ", 1))
    elif kind == "fix":
        git(repo, "checkout", "-q", "HEAD", "--", "records")
    if stage:
        git(repo, "add", "-A")
    return kind


@pytest.mark.parametrize("advance_after", [1, 1000], ids=["baseline-advances", "baseline-stays"])
def test_incremental_index_checks_match_full_validation(repo: Path, monkeypatch, advance_after: int) -> None:
    import hrkit.check.incremental

    monkeypatch.setattr(hrkit.check.incremental, "ADVANCE_AFTER", advance_after)
    rng = random.Random(7 + advance_after)
    assert result(repo, use_cache=True) == result(repo, use_cache=False)  # records the baseline
    listed = []
    real = GitSource.record_files
    monkeypatch.setattr(GitSource, "record_files", lambda self: listed.append(1) or real(self))
    kinds = []
    for step in range(50):
        kinds.append(edit(repo, rng))
        listed.clear()
        incremental = result(repo, use_cache=True)
        assert not listed, f"step {step} ({kinds[-1]}) listed the whole repository"
        full = result(repo, use_cache=False)
        assert incremental[1] == full[1], f"step {step}: {kinds[-1]}"
        assert sorted(set(incremental[0]) ^ set(full[0])) == [], f"step {step}: {kinds[-1]}"
        assert incremental[0] == full[0], f"step {step}: {kinds[-1]}"
        if rng.random() < 0.2:
            git(repo, "commit", "-q", "--no-verify", "--allow-empty", "-m", f"step {step}")
    assert len(set(kinds)) >= 10


def test_incremental_working_tree_checks_match_full_validation(repo: Path, monkeypatch) -> None:
    """`hrkit validate` after editing files (not staged) is checked against the baseline the
    same way: the files that differ from its tree are the change."""
    rng = random.Random(11)
    assert result(repo, use_cache=True, staged=False) == result(repo, use_cache=False, staged=False)
    listed = []
    real = WorktreeSource.record_files
    monkeypatch.setattr(WorktreeSource, "record_files", lambda self: listed.append(1) or real(self))
    kinds, walked = [], 0
    for step in range(50):
        kinds.append(edit(repo, rng, stage=rng.random() < 0.3))
        listed.clear()
        incremental = result(repo, use_cache=True, staged=False)
        walked += bool(listed)
        full = result(repo, use_cache=False, staged=False)
        assert incremental[1] == full[1], f"step {step}: {kinds[-1]}"
        assert incremental[0] == full[0], f"step {step}: {kinds[-1]}"
        if rng.random() < 0.2:
            git(repo, "add", "-A")
            git(repo, "commit", "-q", "--no-verify", "--allow-empty", "-m", f"step {step}")
    assert len(set(kinds)) >= 10
    assert walked < 10, f"{walked} of 50 checks walked the whole tree"


def test_light_pre_commit_path_prints_what_the_command_line_prints(repo: Path, monkeypatch) -> None:
    """`hrkit validate --staged` answered from the stored setup (hrkit.check.precommit) gives the
    command line's exact output and exit code, change after change: a setup is stored by the
    first full check, replaced when the staged configuration changes, and every check after
    that is answered on the light path."""
    from conftest import run_cli
    from hrkit.check.precommit import check_index

    monkeypatch.chdir(repo)
    rng = random.Random(3)
    answered = skipped = 0
    for step in range(30):
        kind = edit(repo, rng) if step % 10 != 5 else "configuration"
        if kind == "configuration":  # a new setup: the light path has none until a full check
            config = repo / "hrkit.yaml"
            config.write_text(config.read_text() + f"# step {step}\n")
            git(repo, "add", "-A")
            assert check_index([], env={}, isatty=False) is None
        if step % 7 == 3:  # a commit: nothing is staged, and --skip-unchanged skips the check
            git(repo, "commit", "-q", "--no-verify", "--allow-empty", "-m", f"step {step}")
        args = [["--format", "json"], ["records/positions"], ["--skip-unchanged"], []][step % 4]
        full = run_cli(["validate", "--staged", "--no-cache", *args], repo)
        skipped += full.stdout == ""
        light = check_index(args, env={}, isatty=False)
        if light is None:  # the command line stores the setup for the next check
            assert run_cli(["validate", "--staged", *args], repo).stdout == full.stdout
            light = check_index(args, env={}, isatty=False)
        answered += 1
        assert light == (full.stdout, full.exit_code), f"step {step}: {kind}"
        if rng.random() < 0.2:
            git(repo, "commit", "-q", "--no-verify", "--allow-empty", "-m", f"step {step}")
    assert answered == 30 and skipped >= 1


def test_light_pre_commit_path_loads_neither_click_nor_pydantic(repo: Path) -> None:
    import subprocess
    import sys

    script = ("import atexit, sys\n"
              "atexit.register(lambda: print(sorted(m for m in ('click', 'pydantic', 'yaml', 'ruamel.yaml')"
              " if m in sys.modules), file=sys.stderr))\n"
              "sys.argv = ['hrkit', 'validate', '--staged', '--format', 'text']\n"
              "from hrkit.__main__ import main\nmain()\n")

    def check(fte: int) -> subprocess.CompletedProcess:
        target = repo / "records/positions/20.yaml"
        target.write_text(re.sub(r"fte: [0-9]+", f"fte: {fte}", target.read_text()))
        git(repo, "add", "-A")
        return subprocess.run([sys.executable, "-c", script], cwd=repo, capture_output=True, text=True)
    first = check(4)  # no stored setup yet: the command line answers and stores it
    assert "'click'" in first.stderr and "'pydantic'" in first.stderr
    clean = check(5)
    assert clean.stderr.strip() == "[]" and clean.returncode == 0
    failing = check(99)  # findings are located in their files by PyYAML's reader
    assert failing.stderr.strip() == "['yaml']"
    assert failing.returncode == 1 and "records/positions/2.yaml:13:3: HR302 [error]" in failing.stdout


def loop_repo(root: Path, size: int) -> Path:
    """A head with a line of ``size`` positions under it, and a loop of ``size`` positions."""
    init_repository(root, organization="Test", today=dt.date(2026, 11, 25))
    pos = root / "records/positions"
    pos.joinpath("1.yaml").write_text(position("1", "DM-03", None, fte=40))
    for i in range(1, size + 1):
        above = f"c{i - 1}" if i > 1 else "1"
        pos.joinpath(f"c{i}.yaml").write_text(position(f"c{i}", "EC-06", (above, f"Analyst {above}", "EC-06")))
        pos.joinpath(f"l{i}.yaml").write_text(position(f"l{i}", "EC-06", (f"l{i % size + 1}", "x", "EC-06")))
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "start")
    return root


def test_a_change_on_a_long_line_and_loop_walks_each_once(tmp_path: Path, monkeypatch) -> None:
    """Changing the bottom of a 300-deep line and a member of a 300-position loop asks the
    baseline about each position a few times, not once per affected position per step (that
    was 300 x 300 lookups), and still gives the full validation's exact output."""
    from hrkit.check.baseline import Baseline

    repo = loop_repo(tmp_path, 300)
    assert result(repo, use_cache=True) == result(repo, use_cache=False)  # records the baseline
    for name in ("c300.yaml", "l150.yaml"):
        target = repo / "records/positions" / name
        target.write_text(target.read_text().replace("fte: 1", "fte: 2"))
    git(repo, "add", "-A")
    lookups = []
    real = Baseline._rows
    monkeypatch.setattr(Baseline, "_rows", lambda self, where, args: lookups.append(args) or real(self, where, args))
    incremental = result(repo, use_cache=True)
    assert 0 < len(lookups) < 3 * 601
    monkeypatch.undo()
    assert incremental == result(repo, use_cache=False)
    assert sum(code == "HR202" for code, *_ in incremental[0]) == 300


def test_an_id_that_now_resolves_elsewhere_breaks_the_loop_for_all_its_members(tmp_path: Path) -> None:
    """A second file with a loop member's id, first by path: the id now names it, the loop is
    gone, and every former member loses its finding (not only the records around that id)."""
    repo = loop_repo(tmp_path, 5)
    assert result(repo, use_cache=True) == result(repo, use_cache=False)
    (repo / "records/positions/0").mkdir()
    (repo / "records/positions/0/l3.yaml").write_text(position("l3", "EC-06", ("1", "Deputy Minister 1", "DM-03")))
    git(repo, "add", "-A")
    broken = result(repo, use_cache=True)
    assert broken == result(repo, use_cache=False)
    assert not any(code == "HR202" for code, *_ in broken[0])
    (repo / "records/positions/0/l3.yaml").unlink()
    git(repo, "add", "-A")
    again = result(repo, use_cache=True)
    assert again == result(repo, use_cache=False)
    assert sum(code == "HR202" for code, *_ in again[0]) == 5
