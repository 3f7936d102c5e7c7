"""Helpers shared by the CLI command modules: the one-line error type and opening a repository."""
from __future__ import annotations

from pathlib import Path

import click


class CliError(click.ClickException):
    """A one-line error that exits 2 (click's own exits 1)."""

    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"hrkit: error: {self.format_message()}", err=True)


def codes(value: str | None) -> tuple[str, ...]:
    return tuple(c.strip() for c in (value or "").split(",") if c.strip())


def open_repo(start: Path, *, staged: bool = False, rev: str | None = None):
    """Root, source and project for a command run from ``start``."""
    from hrkit.config import find_root
    from hrkit.project import load_project
    from hrkit.sources import GitSource, WorktreeSource

    if staged and rev:
        raise CliError("--staged and --rev cannot be used together")
    root = find_root(start)
    source = GitSource(root, rev) if (staged or rev) else WorktreeSource(root)
    return root, source, load_project(root, source)


def relative_paths(root: Path, paths: tuple[str, ...]) -> list[str] | None:
    if not paths:
        return None
    out = []
    for raw in paths:
        full = Path(raw).resolve()
        if not full.exists():
            raise CliError(f"{raw}: no such file or folder")
        try:
            rel = full.relative_to(root)
        except ValueError:
            raise CliError(f"{raw}: not inside the records repository {root}") from None
        out.append(rel.as_posix() if str(rel) != "." else "")
    return out


def project_or_none():
    from hrkit.errors import HrkitError

    try:
        return open_repo(Path.cwd())[2]
    except HrkitError:
        return None


