"""A hostile or careless repository cannot make hrkit run its programs, write outside it,
reach the network or hang, and edits do not print personal information (issue 11, items 4
and 6)."""
from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from conftest import DEPUTY_HEAD, git, run_cli

REPO = Path(__file__).parent.parent


def sample(root: Path) -> Path:
    """The sample organization in ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    for name in ("hrkit.yaml", "rules", "records"):
        src = REPO / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, root / name)
    return root


def files(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (links as their target's name), to show nothing was written."""
    out = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith(".git/"):
            continue
        if path.is_symlink():
            out[rel] = os.readlink(path).encode()
        elif path.is_file():
            out[rel] = path.read_bytes()
    return out


# --- git: the repository's configuration runs nothing -----------------------------------------

HOSTILE_CONFIG = {
    "core.fsmonitor": "{script} fsmonitor",
    "filter.x.clean": "{script} clean",
    "filter.x.smudge": "{script} smudge",
    "filter.x.process": "{script} process",
    "filter.x.required": "true",
    "diff.x.textconv": "{script} textconv",
    "diff.x.command": "{script} diff-driver",
    "diff.external": "{script} external-diff",
}


@pytest.fixture
def hostile_git(tmp_path: Path) -> tuple[Path, Path]:
    """A committed sample organization whose .git/config runs a script (which leaves a marker)
    as fsmonitor hook, filter, textconv and external diff of every record file; a record edited
    and the index's timestamp set back so that git compares every file by content."""
    root = sample(tmp_path / "repo")
    marker = tmp_path / "marker"
    script = tmp_path / "evil.sh"
    script.write_text(f'#!/bin/sh\necho "$*" >> "{marker}"\ncat\n')
    script.chmod(0o755)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "first")
    path = root / "records/positions/2802-R1.yaml"
    path.write_text(path.read_text() + "# edited\n")
    git(root, "commit", "-qam", "second")
    (root / ".gitattributes").write_text("*.yaml filter=x diff=x\n")
    for key, value in HOSTILE_CONFIG.items():
        git(root, "config", key, value.format(script=script))
    path.write_text(path.read_text() + "# edited again\n")
    os.utime(root / ".git/index", (1, 1))  # every entry is racily clean: compared by content
    return root, marker


@pytest.mark.parametrize("args", [
    ["validate"],
    ["validate", "--staged"],
    ["diff"],
    ["diff", "--staged"],
    ["log", "2802-R1"],
    ["rollup", "positions", "--by", "department", "--as-of", "HEAD~1"],
], ids=" ".join)
def test_git_runs_no_program_the_repository_configures(hostile_git, args) -> None:
    root, marker = hostile_git
    result = run_cli(args, root)
    assert result.exit_code in (0, 1), result.output
    assert not marker.exists(), marker.read_text()


def test_a_filter_name_git_cannot_switch_off_is_refused(hostile_git) -> None:
    root, marker = hostile_git
    git(root, "config", "filter.a=b.clean", "evil")
    assert run_cli(["validate"], root).exit_code == 1  # validated without asking git to compare
    result = run_cli(["diff"], root)
    assert result.exit_code == 2
    assert "filter 'a=b'" in result.stderr and "Traceback" not in result.output
    assert not marker.exists()


# --- links under records/ are HR008 -------------------------------------------------------------

def checked(root: Path, *, use_cache: bool, staged: bool):
    """Findings and counts of a validation (``use_cache``: the incremental path where it applies)."""
    from hrkit.engine import validate
    from hrkit.project import load_project
    from hrkit.sources import GitSource, WorktreeSource

    source = GitSource(root) if staged else WorktreeSource(root)
    report = validate(load_project(root, source), source, use_cache=use_cache)
    return ([(f.code, f.path, f.line, f.column, f.message, f.record) for f in report.findings],
            (report.files, report.positions, report.profiles))


LINKS = {  # path under records/ -> its link target
    "records/positions/linked": "{outside}",
    "records/positions/deep/linked-too": "{outside}",
    "records/profiles/README.md": "../../hrkit.yaml",
    "records/positions/4001.yaml": "{outside}/4001.yaml",
}


@pytest.mark.parametrize("staged", [False, True], ids=["working-tree", "index"])
def test_a_link_of_any_name_under_records_is_hr008(tmp_path: Path, staged: bool) -> None:
    root = sample(tmp_path / "repo")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "4001.yaml").write_text('id: "4001"\ntitle: [broken\n')
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "start")
    clean = checked(root, use_cache=False, staged=staged)
    assert checked(root, use_cache=True, staged=staged) == clean  # the baseline is stored
    (root / "records/positions/deep").mkdir()
    for rel, target in LINKS.items():
        (root / rel).symlink_to(target.format(outside=outside))
    git(root, "add", "-A")
    full = checked(root, use_cache=False, staged=staged)
    found = {f[1]: f for f in full[0] if f[0] == "HR008"}
    assert sorted(found) == sorted(LINKS)
    assert found["records/positions/linked"][2:] == (1, 1, "linked is a symbolic link; hrkit does not follow links",
                                                     None)
    assert found["records/positions/4001.yaml"][5] == "4001"
    assert full[1] == (clean[1][0] + 4, *clean[1][1:])  # unreadable files count as files only
    assert checked(root, use_cache=True, staged=staged) == full  # the incremental path agrees
    for rel in LINKS:
        (root / rel).unlink()
        (root / rel).write_text("not a record\n" if not rel.endswith(".yaml") else "")
    git(root, "add", "-A")
    assert checked(root, use_cache=True, staged=staged) == checked(root, use_cache=False, staged=staged)
    for rel in LINKS:
        (root / rel).unlink()
    git(root, "add", "-A")
    assert checked(root, use_cache=True, staged=staged) == checked(root, use_cache=False, staged=staged) == clean


def test_a_link_in_a_commit_is_hr008(tmp_path: Path) -> None:
    root = sample(tmp_path / "repo")
    (root / "records/positions/linked").symlink_to("/etc")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "start")
    shutil.rmtree(root / "records")  # the commit is read from git only
    result = run_cli(["validate", "--rev", "HEAD", "--select", "HR008"], root)
    assert "records/positions/linked:1:1: HR008 [error] linked is a symbolic link" in result.stdout
    assert result.exit_code == 1


# --- writes stay inside the repository ----------------------------------------------------------

IMPORT_DOC = Path(__file__).parent / "fixtures" / "import" / "director-policy.md"


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    from hrkit.scaffold import init_repository

    root = tmp_path / "repo"
    root.mkdir()
    init_repository(root, organization="Test")
    (root / "records/positions/1001.yaml").write_text(DEPUTY_HEAD)
    return root


@pytest.mark.parametrize("dry_run", [False, True], ids=["write", "dry-run"])
def test_import_refuses_a_linked_positions_folder(fresh: Path, tmp_path: Path, dry_run: bool) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    shutil.rmtree(fresh / "records/positions")
    (fresh / "records/positions").symlink_to(outside)
    before = files(fresh)
    result = run_cli(["import", str(IMPORT_DOC), "--department", "ESDC", *(["--dry-run"] * dry_run)], fresh)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("hrkit: error: records/positions/") and result.stderr.count("\n") == 1
    assert "records/positions is a symbolic link; hrkit does not write through links" in result.stderr
    assert result.stdout == ""  # nothing was shown as created either
    assert list(outside.iterdir()) == [] and files(fresh) == before


def test_no_write_goes_through_a_link_even_from_the_library(fresh: Path, tmp_path: Path) -> None:
    """A plan whose last file lies behind a link writes none of its files."""
    from hrkit.editing import Change, write
    from hrkit.errors import HrkitError

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (fresh / "records/positions/linked").symlink_to(outside)
    before = files(fresh)
    changes = [Change("records/positions/2001.yaml", None, b'id: "2001"\n', None, {}),
               Change("records/positions/linked/2002.yaml", None, b'id: "2002"\n', None, {})]
    with pytest.raises(HrkitError, match="records/positions/linked is a symbolic link"):
        write(fresh, changes)
    with pytest.raises(HrkitError, match="not a path inside the repository"):
        write(fresh, [Change("records/positions/../../x.yaml", None, b"", None, {})])
    assert files(fresh) == before and list(outside.iterdir()) == []


def test_init_refuses_a_linked_folder_and_writes_nothing(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    root = tmp_path / "new"
    (root / "records").mkdir(parents=True)
    (root / "records/positions").symlink_to(outside)
    result = run_cli(["init", str(root)], tmp_path)
    assert result.exit_code == 2
    assert "records/positions is a symbolic link" in result.stderr
    assert list(outside.iterdir()) == [] and sorted(files(root)) == ["records/positions"]


@pytest.mark.parametrize("how", ["link", "hooksPath"])
def test_hooks_install_refuses_a_hooks_folder_outside(tmp_path: Path, how: str) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    if how == "link":
        shutil.rmtree(root / ".git/hooks")
        (root / ".git/hooks").symlink_to(outside)
    else:
        git(root, "config", "core.hooksPath", str(outside))
    result = run_cli(["hooks", "install"], root)
    assert result.exit_code == 2
    assert "outside the repository" in result.stderr and result.stderr.count("\n") == 1
    assert list(outside.iterdir()) == []


def test_hooks_install_inside_the_repository_still_works(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    git(root, "config", "core.hooksPath", ".githooks")
    result = run_cli(["hooks", "install"], root)
    assert result.exit_code == 0, result.output
    assert (root / ".githooks/pre-commit").stat().st_mode & stat.S_IXUSR
