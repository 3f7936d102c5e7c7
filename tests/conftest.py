"""Shared test helpers: build a records repository from fixture folders, run the CLI in it."""
from __future__ import annotations

import contextlib
import shutil
from collections.abc import Mapping
from pathlib import Path

from click.testing import CliRunner, Result

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
