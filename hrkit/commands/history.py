"""History from Git: diff, review, log, blame, show, and the pull-request plumbing (codeowners,
git-setup, the hidden textconv that git calls). Library code is imported inside each command."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from hrkit.commands.common import CliError, format_option

PERSONAL_HELP = "Print the values of profile fields (personal information); by default only which fields changed."


def _root() -> Path:
    from hrkit.io.repo import find_root

    return find_root(Path.cwd())


def _color() -> bool:
    from hrkit.render import use_color

    return use_color(os.environ, sys.stdout.isatty())


@click.command("diff")
@click.argument("rev_a", required=False)
@click.argument("rev_b", required=False)
@click.option("--staged", is_flag=True, help="Compare HEAD (or REV_A) with the index instead of the working tree.")
@format_option(["text", "markdown", "json"], default="text", help="Output format (text is coloured on a terminal).")
@click.option("--show-personal", is_flag=True, help=PERSONAL_HELP)
def diff(rev_a, rev_b, staged, fmt, show_personal):
    """Field-level differences between two states of the records.

    Records are matched by id, so a moved or renamed file is a move. Edits that change only
    key order, quoting, comments or indentation show as "no semantic changes".

    \b
    hrkit diff                   HEAD → working tree
    hrkit diff --staged          HEAD → index (what the next commit holds)
    hrkit diff main              main → working tree
    hrkit diff main feature      main → feature
    """
    from hrkit.history import render_diff as render
    from hrkit.history.diff import diff_revisions

    result = diff_revisions(_root(), rev_a, rev_b, staged=staged)
    if fmt == "json":
        click.echo(render.render_diff_json(result, show_personal=show_personal), nl=False)
    elif fmt == "markdown":
        click.echo(render.render_diff_markdown(result, show_personal=show_personal), nl=False)
    else:
        click.echo(render.render_diff_text(result, color=_color(), show_personal=show_personal), nl=False)


@click.command("review")
@click.argument("range_spec", metavar="BASE..HEAD")
@format_option(["markdown", "json"], default="markdown")
@click.option("--show-personal", is_flag=True, help=PERSONAL_HELP)
def review(range_spec, fmt, show_personal):
    """What a pull request does to the organization, as one Markdown comment.

    Compares HEAD with its merge base with BASE (what the pull request page shows): changes
    grouped by kind, rollup impact, validation findings introduced and resolved, policy notes.
    At most 65,536 characters, the limit of a GitHub comment.

    \b
    hrkit review origin/main..HEAD | gh pr comment --body-file -
    """
    from hrkit.history import render_review as render
    from hrkit.history.review import build_review

    result = build_review(_root(), range_spec)
    if fmt == "json":
        click.echo(render.render_review_json(result, show_personal=show_personal), nl=False)
    else:
        click.echo(render.render_review_markdown(result, show_personal=show_personal), nl=False)


def _ids(records: tuple[str, ...]) -> list[str]:
    """Record ids; a record file's path is taken for its id (the file stem)."""
    return [Path(r).name.removesuffix(".yaml") if r.endswith(".yaml") else r for r in records]


@click.command("log")
@click.argument("records", nargs=-1, metavar="[RECORD]...")
@click.option("--field", metavar="PATH", help="Only this field and the fields under it (dimensions.fte, supervisor).")
@click.option("--since", metavar="DATE", help="Only changes authored on or after DATE (YYYY-MM-DD or ISO 8601).")
@click.option("--until", metavar="DATE", help="Only changes authored on or before DATE.")
@click.option("--author", metavar="TEXT", help="Only commits whose author name or e-mail contains TEXT (any case).")
@format_option(["table", "csv", "json", "markdown"], default="table")
@click.option("--reverse", is_flag=True, help="Oldest first.")
@click.option("--all-parents", is_flag=True,
              help="Walk side branches too: changes belong to the commits that made them, not to merges.")
@click.option("--rev", default="HEAD", show_default=True, help="Whose history: a branch, tag or commit.")
@click.option("--show-personal", is_flag=True, help=PERSONAL_HELP)
def log(records, field, since, until, author, fmt, reverse, all_parents, rev, show_personal):
    """The audit trail: one row per changed field per commit, newest first.

    Each row: commit, author date (ISO 8601), author name and e-mail, record id, field, old
    value, new value, commit subject. Records are followed across moves and renumberings.
    Without RECORD, the whole repository. Merges count as one change on the first-parent line
    unless --all-parents.

    \b
    hrkit log 2802 --field dimensions.fte
    hrkit log --since 2025-04-01 --format csv > audit.csv
    """
    from hrkit.history import render_log as render
    from hrkit.history.trail import build_trail, kept_trail_columns, trail_columns, trail_rows

    if fmt == "table" and not (records or field or since or until or author or reverse):
        # the whole trail as a table: laid out from the rows kept with each segment of history
        columns = kept_trail_columns(_root(), rev=rev, all_parents=all_parents)
        if columns is not None:
            click.echo(render.render_log_table(columns, show_personal=show_personal), nl=False)
            return
    trail = build_trail(_root(), _ids(records), rev=rev, all_parents=all_parents)
    rows = trail_rows(trail, field=field, since=since, until=until, author=author, reverse=reverse)
    note = render.shallow_note(trail)
    if fmt == "json":
        text = render.render_log_json(trail, rows, show_personal=show_personal)
    elif fmt == "markdown":
        text = render.render_log_markdown(trail, rows, show_personal=show_personal)
    elif fmt == "csv":
        text = render.render_log_csv(rows, show_personal=show_personal)
    else:
        text = render.render_log_table(trail_columns(rows), show_personal=show_personal)
    if trail.head is None:
        click.echo("hrkit: the repository has no commits yet", err=True)
    if note and fmt in ("table", "csv"):
        click.echo(f"hrkit: {note}", err=True)
    click.echo(text, nl=False)


@click.command("blame")
@click.argument("record")
@click.option("--rev", default="HEAD", show_default=True, help="The commit whose record is explained.")
@format_option(["table", "json"], default="table")
@click.option("--show-personal", is_flag=True, help=PERSONAL_HELP)
def blame(record, rev, fmt, show_personal):
    """For each field of a record, the commit, author and date that last set it."""
    from hrkit.history import render_log as render
    from hrkit.history.trail import blame as run_blame

    result = run_blame(_root(), _ids((record,))[0], rev=rev)
    renderer = render.render_blame_json if fmt == "json" else render.render_blame_table
    click.echo(renderer(result, show_personal=show_personal), nl=False)


@click.command("show")
@click.argument("record")
@click.option("--as-of", "as_of", metavar="DATE|REV",
              help="As the record stood in the last commit on the first-parent line at or before DATE, or at REV.")
@format_option(["text", "json"], default="text")
@click.option("--show-personal", is_flag=True, help="Print the values of a profile (personal information).")
def show(record, as_of, fmt, show_personal):
    """One record, readable: from the working tree, or --as-of a date or revision."""
    from hrkit.history import render, render_record
    from hrkit.history.snapshot import find_record, resolve_as_of
    from hrkit.render.escape import json_text, terminal_text

    root = _root()
    snapshot = find_record(root, _ids((record,))[0], resolve_as_of(root, as_of) if as_of else None)
    hide = render.hidden(snapshot.kind, show_personal)
    if snapshot.record.error:
        raise CliError(f"{snapshot.path} ({snapshot.source}) cannot be parsed: {snapshot.record.error}")
    if fmt == "json":
        data = {"id": snapshot.id, "type": snapshot.kind, "path": snapshot.path, "source": snapshot.source,
                "commit": snapshot.commit}
        if hide:
            data["fields"] = list(snapshot.record.fields)
        else:
            data["record"] = _plain(snapshot.document)
        click.echo(json_text(data, indent=2))
        return
    click.echo(terminal_text(f"{snapshot.kind} {snapshot.id} · {snapshot.path} · {snapshot.source}") + "\n")
    click.echo(render_record.render_record_text(snapshot.document, hide_values=hide), nl=False)
    if hide:
        click.echo(f"\n{render.PERSONAL_NOTE}")


def _plain(document):
    from hrkit.history.snapshot import plain

    return plain(document)


@click.command("textconv", hidden=True)
@click.argument("file", type=click.Path(dir_okay=False))
def textconv(file):
    """What git shows for a record file (diff driver set up by `hrkit git-setup`)."""
    from hrkit.history.render_record import textconv as convert

    try:
        data = Path(file).read_bytes()
    except OSError as exc:
        raise CliError(f"{file}: cannot read ({exc.strerror})") from None
    click.echo(convert(data), nl=False)


@click.command("codeowners")
@click.option("--check", is_flag=True, help="Exit 1 when CODEOWNERS is missing or stale; write nothing.")
@click.option("--stdout", "to_stdout", is_flag=True, help="Print the file instead of writing it.")
def codeowners(check, to_stdout):
    """Write CODEOWNERS from the codeowners: section of hrkit.yaml (branch or directorate →
    reviewers; the delegate owns hrkit.yaml, rules/, CODEOWNERS and CI)."""
    from hrkit.commands.common import open_repo
    from hrkit.history.integration import CODEOWNERS_FILE, codeowners_text, write_codeowners

    root, source, project = open_repo(Path.cwd())
    text = codeowners_text(project.settings.codeowners, source)
    if to_stdout:
        click.echo(text, nl=False)
    elif check:
        current = root / CODEOWNERS_FILE
        if not current.is_file() or current.read_text(encoding="utf-8", errors="replace") != text:
            click.echo(f"{CODEOWNERS_FILE} is out of date: run 'hrkit codeowners'", err=True)
            sys.exit(1)
        click.echo(f"{CODEOWNERS_FILE} is up to date")
    else:
        written = write_codeowners(root, text)
        click.echo(f"{'wrote' if written else 'unchanged:'} {CODEOWNERS_FILE}")


@click.command("git-setup")
@click.option("--command", "command", metavar="CMD", help="The textconv command git runs (default: hrkit textconv).")
def git_setup(command):
    """Make plain `git diff` and `git log -p` show record files field by field (textconv)."""
    from hrkit.history.integration import git_setup as run_setup

    for line in run_setup(_root(), command):
        click.echo(line)


COMMANDS = (diff, review, log, blame, show, textconv, codeowners, git_setup)
