"""The pre-commit hook and --staged/--rev: they judge what the commit holds, not the working tree."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DEPUTY_HEAD, git
from hrkit.edit.scaffold import init_repository

GOOD = DEPUTY_HEAD
BAD = GOOD.replace("classification: DM-03", "classification: DM-09")


def hrkit(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hrkit", *args], cwd=repo, capture_output=True, text=True,
                          env=dict(os.environ, NO_COLOR="1"))


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    init_repository(tmp_path, organization="Test", today=dt.date(2026, 11, 25))
    git(tmp_path, "init", "-q")
    (tmp_path / "records/positions/1001.yaml").write_text(GOOD)
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "start")
    result = hrkit(tmp_path, "hooks", "install")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(".git/hooks/pre-commit")
    return tmp_path


def test_hook_blocks_a_commit_that_introduces_an_error(repo: Path) -> None:
    (repo / "records/positions/1001.yaml").write_text(BAD)
    git(repo, "add", "-A")
    result = git(repo, "commit", "-m", "reclassify", check=False)
    assert result.returncode != 0
    assert "records/positions/1001.yaml:3:1: HR101 [error]" in result.stderr  # git shows hook output on stderr
    assert git(repo, "log", "--oneline").stdout.count("\n") == 1


def test_hook_passes_a_commit_that_touches_no_record(repo: Path) -> None:
    """Errors already committed (here with --no-verify) do not block a commit of other files."""
    (repo / "records/positions/1001.yaml").write_text(BAD)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "--no-verify", "-m", "reclassify")
    (repo / "README.md").write_text("Our records.\n")
    git(repo, "add", "README.md")
    assert git(repo, "commit", "-q", "-m", "readme", check=False).returncode == 0
    (repo / "records/positions/1001.yaml").write_text(BAD + "# touched\n")
    git(repo, "add", "-A")
    result = git(repo, "commit", "-m", "touch", check=False)
    assert result.returncode != 0 and "HR101" in result.stderr


def test_hook_judges_the_index_not_the_working_tree(repo: Path) -> None:
    # staged content is good, the working tree is broken: the commit goes through
    (repo / "records/positions/1001.yaml").write_text(GOOD.replace("Deputy Minister", "Deputy Head"))
    git(repo, "add", "-A")
    (repo / "records/positions/1001.yaml").write_text(BAD)
    assert git(repo, "commit", "-q", "-m", "retitle", check=False).returncode == 0
    # staged content is broken, the working tree is good: the commit is blocked
    git(repo, "add", "-A")
    (repo / "records/positions/1001.yaml").write_text(GOOD)
    result = git(repo, "commit", "-m", "bad", check=False)
    assert result.returncode != 0 and "HR101" in result.stderr


def test_staged_and_rev(repo: Path) -> None:
    (repo / "records/positions/1001.yaml").write_text(BAD)
    assert hrkit(repo, "validate").returncode == 1
    assert hrkit(repo, "validate", "--staged").returncode == 0
    staged = hrkit(repo, "validate", "--staged")
    assert staged.stdout == "Checked 1 file (1 position, 0 profiles) in the index: no problems.\n"
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "--no-verify", "-m", "bad")
    assert hrkit(repo, "validate", "--rev", "HEAD~1").returncode == 0
    bad = hrkit(repo, "validate", "--rev", "HEAD")
    assert bad.returncode == 1 and " in commit " in bad.stdout
    missing = hrkit(repo, "validate", "--rev", "no-such-branch")
    assert missing.returncode == 2
    assert missing.stderr == "hrkit: error: unknown revision 'no-such-branch'\n"


def test_install_refuses_a_foreign_hook(repo: Path) -> None:
    hook = repo / ".git/hooks/pre-commit"
    hook.write_text("#!/bin/sh\necho mine\n")
    result = hrkit(repo, "hooks", "install")
    assert result.returncode == 2 and "is not hrkit's; use --force" in result.stderr
    assert hook.read_text() == "#!/bin/sh\necho mine\n"
    assert hrkit(repo, "hooks", "install", "--force").returncode == 0
    assert "hrkit pre-commit hook" in hook.read_text()


def test_shipped_hook_files_agree() -> None:
    top = Path(__file__).parent.parent
    assert (top / "hooks" / "pre-commit").read_bytes() == (top / "hrkit" / "defaults" / "pre-commit").read_bytes()
    assert "entry: hrkit validate --staged" in (top / ".pre-commit-hooks.yaml").read_text()


def test_commits_from_before_hrkit_use_todays_configuration(tmp_path: Path) -> None:
    (tmp_path / "records/positions").mkdir(parents=True)
    (tmp_path / "records/positions/1001.yaml").write_text(BAD)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "records kept before hrkit")
    init_repository(tmp_path, organization="Test", today=dt.date(2026, 11, 25))
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "--no-verify", "-m", "adopt hrkit")
    result = hrkit(tmp_path, "validate", "--rev", "HEAD~1")
    assert result.returncode == 1 and "HR101" in result.stdout and result.stderr == ""


@pytest.mark.parametrize("args, message", [
    (("validate", "--format", "nope"), "hrkit: error: Invalid value for '-f' / '--format': 'nope' is not one of"),
    (("nosuch",), "hrkit: error: No such command 'nosuch'. (see 'hrkit --help')"),
])
def test_usage_mistakes_are_one_line_from_the_console(tmp_path: Path, args, message) -> None:
    result = hrkit(tmp_path, *args)
    assert result.returncode == 2
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1


def test_every_default_file_ships_with_the_package() -> None:
    """`hrkit init` and `hrkit hooks install` copy files from hrkit/defaults/; a file the
    package data leaves out works from a checkout and fails once installed."""
    import tomllib

    top = Path(__file__).resolve().parent.parent
    patterns = tomllib.loads((top / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["hrkit"]
    shipped = {p for pattern in patterns for p in (top / "hrkit").glob(pattern) if p.is_file()}
    defaults = {p for p in (top / "hrkit" / "defaults").rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert defaults and defaults <= shipped, sorted(str(p) for p in defaults - shipped)
