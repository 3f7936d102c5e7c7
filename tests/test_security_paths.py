"""A hostile or careless repository cannot make hrkit run its programs, write outside it,
reach the network or hang, and edits do not print personal information (issue 11, items 4
and 6)."""
from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from conftest import git, run_cli

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
