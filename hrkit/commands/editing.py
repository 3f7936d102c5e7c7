"""Commands that write records: import, fmt, fix, move, set. Each builds a plan in memory
(hrkit.edit.editing), shows it, checks it, and writes only when the whole plan is acceptable.
File names, messages and imported text are printed terminal-safe (hrkit.render.escape)."""
from __future__ import annotations

import datetime as _dt
import json
import sys
from pathlib import Path

import click

from hrkit.commands.common import codes, open_repo
from hrkit.commands.history import PERSONAL_HELP
from hrkit.render.escape import terminal_text
from hrkit.io.repo import relative_paths


def _show_changes(plan, *, verb: str, show_personal: bool = False) -> None:
    """Each file and its semantic diff (hrkit.history's field-level diff); a profile's fields
    are named without their values unless ``show_personal``, as in the history commands."""
    from hrkit.history.diff import diff_documents
    from hrkit.history.render import PERSONAL_NOTE, hidden, render_field_changes
    from hrkit.io.sources import record_kind

    withheld = False
    for change in plan.changes:
        click.echo(f"{verb} {terminal_text(change.path)}")
        if change.old_data is not None:
            hide = hidden(record_kind(change.path) or "position", show_personal)
            withheld |= hide
            for line in render_field_changes(diff_documents(change.old_data, change.new_data), hide_values=hide):
                click.echo(line)
    if withheld:
        click.echo(PERSONAL_NOTE)


def _refuse_if_worse(plan, force: bool) -> None:
    added = plan.added_errors
    if not added:
        return
    for f in added:
        click.echo(terminal_text(f"{f.path}:{f.line}:{f.column}: {f.code} [error] {f.message}"), err=True)
    if force:
        click.echo(f"hrkit: --force: writing although the change adds {len(added)} error(s)", err=True)
        return
    click.echo(f"hrkit: refused: the change would add {len(added)} error(s); nothing was written "
               "(--force writes anyway)", err=True)
    sys.exit(1)


def _write(root: Path, plan, dry_run: bool) -> None:
    from hrkit.edit.editing import write

    if not dry_run:
        write(root, plan.changes)


@click.command("import")
@click.argument("documents", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--department", metavar="D", help="Department for documents that do not name one (e.g. ESDC).")
@click.option("--effective-date", metavar="YYYY-MM-DD", type=click.DateTime(["%Y-%m-%d"]),
              help="Effective date for documents that do not state one.")
@click.option("--dry-run", is_flag=True, help="Show what would be written; write no record.")
@click.option("--update", is_flag=True, help="Merge into records that already exist instead of refusing.")
@click.option("--report", "report_file", metavar="FILE.json", type=click.Path(dir_okay=False, path_type=Path),
              help="Write what became of every document as JSON (also with --dry-run).")
def import_(documents, department, effective_date, dry_run, update, report_file):
    """Create position records from work descriptions: .txt and .md (UTF-8, UTF-16, cp1252),
    .docx, and .pdf with a text layer; folders are read recursively.

    Direct reports named in a document become records too (ids <id>-R1, -R2...), and so does
    the supervisor when its position number is given and no record or document has it. Each
    position is linked to its supervisor among the documents and the repository. Of several
    versions of one position only the newest is imported. Repaired or guessed values carry a
    '# hrkit: verify' comment and are listed. Existing records are never overwritten: they
    are conflicts, or merged with --update. A document that cannot be imported is reported
    with its reason and the others go on.

    Exit 0 when every document was imported (or set aside as an older version), 1 when some
    were refused or conflict, 2 when none could be read, 3 when one hit an internal error.

    \b
    hrkit import scans/ --department ESDC --dry-run --report import.json
    hrkit import jd-2802.md --department ESDC --update
    """
    from tabulate import tabulate

    from hrkit.commands.common import CliError, progress_bar
    from hrkit.edit.editing import check
    from hrkit.io.fsio import write_atomic
    from hrkit.edit.importer import plan_import
    from hrkit.edit.importer.readers import READERS
    from hrkit.edit.importer.batch import counts, report

    root, source, project = open_repo(Path.cwd())
    if report_file is not None and not report_file.parent.is_dir():
        raise CliError(f"--report {report_file}: {report_file.parent} is not a folder; nothing was written")
    day = effective_date.date() if isinstance(effective_date, _dt.datetime) else None
    with progress_bar("Reading documents", minimum=10) as progress:
        plan = plan_import(root, source, list(documents), department=department, effective_date=day,
                           update=update, progress=progress)
    if all(o.status == "skipped" for o in plan.documents):
        raise CliError(f"no documents found to import (hrkit reads {', '.join(READERS)} files)")
    for outcome in plan.documents:
        if outcome.status in ("refused", "failed"):
            click.echo(terminal_text(f"hrkit: {outcome.path}: {outcome.reason}"), err=True)
    for conflict in plan.conflicts:
        click.echo(f"hrkit: conflict: {terminal_text(conflict)}", err=True)
    if not plan.changes and not dry_run:
        click.echo("hrkit: nothing was written", err=True)
    _show_changes(plan, verb=("would write" if dry_run else "wrote") if update else
                  ("would create" if dry_run else "created"))
    if plan.issues:
        click.echo("\nTo verify (could not read, or guessed):")
        click.echo(tabulate([tuple(map(terminal_text, (i.where, i.what, i.detail))) for i in plan.issues],
                            headers=("record field", "what", "detail"), tablefmt="simple"))
    check(plan, project, source)
    added = plan.added_errors
    if added:
        click.echo(f"\nhrkit validate will report {len(added)} error(s) in what the documents say:")
        for f in added:
            click.echo(terminal_text(f"  {f.path}:{f.line}:{f.column}: {f.code} {f.message}"))
    _write(root, plan, dry_run)
    click.echo("\n" + tabulate([tuple(map(terminal_text, _summary_row(o))) for o in plan.documents],
                               headers=("document", "result", "records", "to verify", "detail"), tablefmt="simple"))
    total = counts(plan.documents)
    click.echo(f"{total['documents']} document(s): {total['imported']} imported ({total['records']} record(s)), "
               f"{total['refused']} refused, {total['older-version']} older version(s) set aside, "
               f"{total['conflict']} in conflict, {total['failed']} internal error(s), {total['skipped']} skipped; "
               f"{total['verify']} value(s) to verify, {total['unresolved_links']} unresolved supervisor link(s)")
    if report_file is not None:
        write_atomic(report_file, (json.dumps(report(plan.documents, dry_run=dry_run), indent=2,
                                              ensure_ascii=False) + "\n").encode("utf-8"))
    sys.exit(_exit_code(total))


def _exit_code(total: dict[str, int]) -> int:
    """3 for a bug, 0 when every document was imported (or was an older version, or not a
    document), 2 when none could be read, else 1."""
    if total["failed"]:
        return 3
    if not total["refused"] and not total["conflict"]:
        return 0
    return 2 if not total["imported"] + total["older-version"] + total["conflict"] else 1


def _summary_row(outcome) -> tuple[str, str, str, str, str]:
    link = outcome.link
    if outcome.reason:
        detail = outcome.reason
    elif link is not None and link.status != "number":
        detail = f"supervisor: {link.status}: {link.detail}"
    else:
        detail = ""
    return (str(outcome.path), outcome.status, str(len(outcome.records)) if outcome.records else "",
            str(len(outcome.issues)) if outcome.issues else "", detail)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--check", "check_only", is_flag=True, help="Write nothing; exit 1 if a file would change.")
def fmt(paths, check_only):
    """Put record files in the canonical layout (schema key order, quoted ids, block style,
    fixed indentation), keeping every comment. Running it twice changes nothing.

    \b
    hrkit fmt                 every record file
    hrkit fmt --check         for CI: list files that are not formatted
    """
    from hrkit.edit.editing import plan_fmt

    root, _, _ = open_repo(Path.cwd())
    plan, errors = plan_fmt(root, relative_paths(root, paths))
    for error in errors:
        click.echo(f"hrkit: {terminal_text(error)}", err=True)
    if check_only:
        for change in plan.changes:
            click.echo(f"would reformat {terminal_text(change.path)}")
        sys.exit(1 if plan.changes or errors else 0)
    if errors:
        click.echo("hrkit: nothing was written", err=True)
        sys.exit(1)
    _write(root, plan, False)
    for change in plan.changes:
        click.echo(f"reformatted {terminal_text(change.path)}")


@click.command()
@click.option("--select", metavar="CODES", help="Only these fixes (default: HR006, HR102, HR204).")
@click.option("--dry-run", is_flag=True, help="Show the changes; write nothing.")
@click.option("--show-personal", is_flag=True, help=PERSONAL_HELP)
def fix(select, dry_run, show_personal):
    """Apply the fixes rules mark safe: HR006 (quote an id), HR102 (canonical classification),
    HR204 (copy supervisor fields from the supervisor's record). Suppressed findings are left."""
    from hrkit.edit.editing import check, plan_fix

    root, source, project = open_repo(Path.cwd())
    plan = plan_fix(project, source, root, codes(select) or None)
    for note in plan.notes:
        click.echo(terminal_text(note))
    _show_changes(plan, verb="would fix" if dry_run else "fixed", show_personal=show_personal)
    check(plan, project, source)
    _refuse_if_worse(plan, False)
    _write(root, plan, dry_run)
    remaining = plan.after.errors if plan.after else 0
    click.echo(f"{len(plan.changes)} file(s) {'to fix' if dry_run else 'fixed'}; "
               f"{remaining} error(s) remain (hrkit validate lists them)")
    sys.exit(1 if remaining else 0)


@click.command()
@click.argument("position_id")
@click.option("--to", "new_supervisor", required=True, metavar="ID", help="The new supervisor's position id.")
@click.option("--dry-run", is_flag=True, help="Show the change; write nothing.")
@click.option("--force", is_flag=True, help="Write even if the move adds validation errors.")
def move(position_id, new_supervisor, dry_run, force):
    """Move a position under another supervisor (reports_to and the supervisor block)."""
    from hrkit.edit.editing import check, plan_move

    root, source, project = open_repo(Path.cwd())
    plan = check(plan_move(project, source, root, position_id, new_supervisor), project, source)
    _show_changes(plan, verb="would change" if dry_run else "changed")
    _refuse_if_worse(plan, force)
    _write(root, plan, dry_run)


@click.command("set")
@click.argument("args", nargs=-1, required=True, metavar="[ID] FIELD=VALUE...")
@click.option("--where", "where", multiple=True, metavar="FIELD=GLOB",
              help="Instead of an ID: every record whose field matches (repeatable).")
@click.option("--dry-run", is_flag=True, help="Show the changes; write nothing.")
@click.option("--force", is_flag=True, help="Write even if the change adds validation errors.")
@click.option("--show-personal", is_flag=True, help=PERSONAL_HELP)
def set_(args, where, dry_run, force, show_personal):
    """Set fields on one record, or on every record matching --where.

    \b
    hrkit set 2802 status=vacant dimensions.fte=180
    hrkit set --where branch="Skills and Employment" department=ESDC
    """
    from hrkit.commands.common import CliError
    from hrkit.edit.editing import check, plan_set

    record_id = None if "=" in args[0] else args[0]
    assignments = [tuple(a.split("=", 1)) for a in args[1 if record_id else 0:]]
    if any(len(a) != 2 or not a[0] for a in assignments):
        raise CliError("assignments are written FIELD=VALUE")
    if record_id and where:
        raise CliError("give an ID or --where, not both")
    if not record_id and not where:
        raise CliError("give the ID of the record to change, or --where FIELD=GLOB")
    selector = dict(w.split("=", 1) for w in where if "=" in w)
    root, source, project = open_repo(Path.cwd())
    plan = check(plan_set(project, source, root, record_id, assignments, selector), project, source)
    _show_changes(plan, verb="would change" if dry_run else "changed", show_personal=show_personal)
    _refuse_if_worse(plan, force)
    _write(root, plan, dry_run)


COMMANDS = (import_, fmt, fix, move, set_)
