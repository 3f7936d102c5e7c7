"""Shared test helpers: build a records repository from fixture folders, run the CLI or git in it."""
from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from click.testing import CliRunner, Result
from hypothesis import settings

# Property tests draw the same examples on every run (a failure found once is kept as an @example):
# a run passes or fails for the code, never for the draw.
settings.register_profile("deterministic", derandomize=True, database=None)
settings.load_profile("deterministic")

# The key that seals cache entries is the user's (hrkit.store.cache.user_key): tests, and the git hooks
# and subprocesses they start, keep theirs in a folder of the test run's, not in the real home.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="hrkit-test-cache-")
os.environ.pop("HRKIT_CACHE_KEY", None)

FIXTURES = Path(__file__).parent / "fixtures"
BASE = FIXTURES / "base"


def build_repo(tmp_path: Path, *folders: Path, base: Path = BASE) -> Path:
    """A records repository in ``tmp_path/repo``: ``base`` copied first, then each folder on top."""
    root = tmp_path / "repo"
    for folder in (base, *folders):
        shutil.copytree(folder, root, dirs_exist_ok=True)
    return root


def run_cli(args: list[str], cwd: Path, env: Mapping[str, str | None] | None = None) -> Result:
    """``hrkit ARGS`` run in ``cwd``; exceptions propagate. ``result.stdout``/``result.stderr``
    are separate (click 8.2+)."""
    from hrkit.cli import cli

    with contextlib.chdir(cwd):
        return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


DEPUTY_HEAD = """\
id: "1001"
title: Deputy Minister
classification: DM-03
status: active
effective_date: 2024-04-01
department: ESDC
reports_to: null
"""
"""A department head: the smallest valid organization, for tests that build their own."""


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """git in a test repository: fixed identity and dates, no signing, this Python's hrkit on PATH
    (for hooks)."""
    env = dict(os.environ, GIT_AUTHOR_NAME="Test", GIT_AUTHOR_EMAIL="t@example.com",
               GIT_COMMITTER_NAME="Test", GIT_COMMITTER_EMAIL="t@example.com",
               GIT_AUTHOR_DATE="2026-01-01T10:00:00+00:00", GIT_COMMITTER_DATE="2026-01-01T10:00:00+00:00",
               PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    return subprocess.run(["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args],
                          cwd=repo, env=env, capture_output=True, text=True, check=check)
