"""Helpers shared by the CLI command modules: the one-line error type and opening a repository."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import click


class CliError(click.ClickException):
    """A one-line error that exits 2 (click's own exits 1); it may quote record text, so it is
    made terminal-safe."""

    exit_code = 2

    def show(self, file=None) -> None:
        from hrkit.render.escape import terminal_text

        click.echo(f"hrkit: error: {terminal_text(self.format_message())}", err=True)


class FormatOption(click.Option):
    """``-f/--format``, also accepted as ``--fmt`` (the report commands' name for it before
    every command said ``--format``) without showing the old name in the help."""

    ALIAS = "--fmt"

    def get_help_record(self, ctx):
        with self._alias_hidden():
            return super().get_help_record(ctx)

    def get_error_hint(self, ctx) -> str:
        with self._alias_hidden():
            return super().get_error_hint(ctx)

    @contextmanager
    def _alias_hidden(self):
        opts = self.opts
        self.opts = [o for o in opts if o != self.ALIAS]
        try:
            yield
        finally:
            self.opts = opts


def format_option(choices=None, *, default: str, help: str | None = None, **kwargs):
    """The output-format option of every command that has one: ``-f/--format`` (``--fmt`` a
    hidden alias), its value passed as ``fmt``."""
    if choices is not None:
        kwargs["type"] = click.Choice(choices)
    return click.option("-f", "--format", FormatOption.ALIAS, "fmt", cls=FormatOption, default=default,
                        show_default=True, help=help, **kwargs)


def codes(value: str | None) -> tuple[str, ...]:
    return tuple(c.strip() for c in (value or "").split(",") if c.strip())


def open_repo(start: Path, *, staged: bool = False, rev: str | None = None):
    """Root, source and project for a command run from ``start``."""
    from hrkit.model.config import load_project
    from hrkit.io.repo import CONFIG_FILE, find_root
    from hrkit.io.sources import GitSource, WorktreeSource

    if staged and rev:
        raise CliError("--staged and --rev cannot be used together")
    root = find_root(start)
    source = GitSource(root, rev) if (staged or rev) else WorktreeSource(root)
    # records from before the repository adopted hrkit are judged by today's configuration
    config_source = source if source.exists(CONFIG_FILE) else WorktreeSource(root)
    return root, source, load_project(root, config_source)


def project_or_none():
    from hrkit.errors import HrkitError

    try:
        return open_repo(Path.cwd())[2]
    except HrkitError:
        return None


@contextmanager
def progress_bar(label: str, *, minimum: int = 2000):
    """A ``progress(done, total)`` callback drawing a bar on stderr, for long work on a terminal
    only (never in a pipe, a log or a hook's output)."""
    if not sys.stderr.isatty():
        yield None
        return
    bar = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            if total < minimum:
                return
            bar = click.progressbar(length=total, label=label, file=sys.stderr)
            bar.__enter__()
        bar.update(done - bar.pos)
    try:
        yield update
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
