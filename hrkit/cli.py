"""The command line: parse options, call the library, render, set the exit code.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/configuration/I-O errors,
3 an internal error (a bug: please report it). Library modules are imported inside the
commands so `hrkit --help` and the pre-commit hook load only what they use.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import importlib

import click

from hrkit.commands.common import CliError, codes, format_option, open_repo, progress_bar, project_or_none
from hrkit.io.repo import relative_paths, start_folder

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
FORMATS = ("text", "json", "github", "sarif", "auto")


class HrkitGroup(click.Group):
    """Turns library errors into one-line messages; never shows a traceback unless HRKIT_DEBUG=1."""

    def invoke(self, ctx: click.Context):
        from hrkit.errors import HrkitError

        try:
            return super().invoke(ctx)
        except HrkitError as exc:
            raise CliError(str(exc)) from None
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug: say so on one line
            if os.environ.get("HRKIT_DEBUG"):
                raise
            click.echo(f"hrkit: internal error: {type(exc).__name__}: {exc} (please report it; "
                       "HRKIT_DEBUG=1 shows the traceback)", err=True)
            ctx.exit(3)


@click.group(cls=HrkitGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="hrkit", prog_name="hrkit")
def cli() -> None:
    """hrkit: HR position and executive talent records as YAML files in Git.

    \b
    hrkit validate            check the records of this repository
    hrkit rules [CODE]        list the rules, or explain one
    hrkit init DIR            create a records repository
    """


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@format_option(FORMATS, default="auto", help="Output format; auto = github inside GitHub Actions, else text.")
@click.option("--staged", is_flag=True, help="Validate what the git index would commit, not the working tree.")
@click.option("--rev", metavar="REV", help="Validate the records of a commit.")
@click.option("--as-of", "as_of", metavar="DATE|REV",
              help="Validate the records of the last first-parent commit at or before DATE, or of REV.")
@click.option("--select", metavar="CODES", help="Only these rules (codes, prefixes such as HR3, or names).")
@click.option("--ignore", metavar="CODES", help="Skip these rules (codes, prefixes or names).")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default="error", show_default=True,
              help="Lowest severity that makes the exit code 1.")
@click.option("--show-suppressed", is_flag=True, help="Also list findings suppressed by '# hrkit: ignore[...]'.")
@click.option("-q", "--quiet", is_flag=True, help="Findings only, no summary line.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Processes for parsing (default: one per core).")
@click.option("--no-cache", is_flag=True, help="Parse every file; neither read nor write the cache in .git/hrkit.")
@click.option("--skip-unchanged", is_flag=True,
              help="With --staged: exit 0 unchecked when the index changes nothing under records/ or rules/ "
                   "and not hrkit.yaml (the pre-commit hook: committed errors do not block other commits).")
def validate(paths, fmt, staged, rev, as_of, select, ignore, fail_on, show_suppressed, quiet, jobs, no_cache,
             skip_unchanged):
    """Check records against the rule catalogue.

    PATHS (files or folders) limit which findings are reported; cross-record rules always see
    the whole repository. Exit 0 when nothing reaches --fail-on, 1 when something does.

    \b
    hrkit validate
    hrkit validate records/positions/ssb --format json
    hrkit validate --staged --skip-unchanged   (what the pre-commit hook runs)
    """
    from hrkit.check.engine import validate as run_validation
    from hrkit.model.findings import Severity
    from hrkit.render import RENDERERS, pick_format, use_color

    folder = start_folder(paths)
    if as_of:
        from hrkit.io.repo import find_root
        from hrkit.io.gitio import commit_as_of

        if staged or rev:
            raise CliError("--as-of cannot be combined with --staged or --rev")
        rev = commit_as_of(find_root(folder), as_of)
    if skip_unchanged:
        from hrkit.io.gitio import stages_changes
        from hrkit.check.precommit import WATCHED
        from hrkit.io.repo import find_root

        if not staged:
            raise CliError("--skip-unchanged needs --staged")
        if not stages_changes(find_root(folder), *WATCHED):
            sys.exit(0)
    root, source, project = open_repo(folder, staged=staged, rev=rev)
    with progress_bar("Checking records") as progress:
        report = run_validation(project, source, select=codes(select) or None, ignore=codes(ignore),
                                paths=relative_paths(root, paths), jobs=jobs, use_cache=not no_cache,
                                progress=progress)
    isatty = sys.stdout.isatty()
    name = pick_format(fmt, env=os.environ, isatty=isatty)
    text = RENDERERS[name](report, show_suppressed=show_suppressed, color=use_color(os.environ, isatty))
    if quiet and name in ("text", "github"):
        text = "".join(line + "\n" for line in text.splitlines()[:-1])
    click.echo(text, nl=False)
    sys.exit(1 if report.fails(Severity(fail_on)) else 0)


@cli.command()
@click.argument("code", required=False)
@format_option(default="simple", metavar="FORMAT", help="tabulate table format for the list.")
@click.option("--markdown", is_flag=True, help="Print the catalogue as docs/rules.md.")
def rules(code, fmt, markdown):
    """List the rule catalogue, or explain one rule (by code or name)."""
    from hrkit.rules.catalogue import explain, list_rules, rules_markdown

    if markdown:
        click.echo(rules_markdown(), nl=False)
    else:
        click.echo(explain(code, project_or_none()) if code else list_rules(project_or_none(), fmt))


@cli.command()
@click.argument("kind", type=click.Choice(["position", "profile"]))
def schema(kind):
    """Print the JSON Schema of a record kind (for editors with a YAML language server)."""
    import json

    from hrkit.model.schema import json_schema

    project = project_or_none()
    extras = getattr(project.settings.extra_fields, kind) if project else {}
    click.echo(json.dumps(json_schema(kind, extras), indent=2))


@cli.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@click.option("--organization", default="My organization", show_default=True, help="Name written to hrkit.yaml.")
def init(directory, organization):
    """Create a records repository: hrkit.yaml, rules/, empty records/ folders, pre-commit config."""
    from hrkit.edit.scaffold import init_repository

    for path in init_repository(Path(directory), organization=organization):
        click.echo(f"created {path}")


@cli.group()
def hooks():
    """Git hooks."""


@hooks.command("install")
@click.option("--force", is_flag=True, help="Replace an existing pre-commit hook that is not hrkit's.")
def hooks_install(force):
    """Install the pre-commit hook that validates staged records."""
    from hrkit.edit.scaffold import install_hook

    click.echo(f"installed {install_hook(Path.cwd(), force=force)}")


# Commands of the later features live in hrkit/commands/<area>.py, each module listing its click
# commands in COMMANDS; they import their library code inside the command functions.
COMMAND_MODULES: tuple[str, ...] = ("hrkit.commands.editing", "hrkit.commands.history", "hrkit.commands.reports")
for _module in COMMAND_MODULES:
    for _command in importlib.import_module(_module).COMMANDS:
        cli.add_command(_command)


def main() -> None:
    """The console entry point: a usage mistake is one line too (click prints three)."""
    try:
        code = cli.main(prog_name="hrkit", standalone_mode=False)
    except getattr(click.exceptions, "NoArgsIsHelpError", ()) as exc:  # plain `hrkit`: the help
        click.echo(exc.format_message())
        sys.exit(0)
    except click.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "hrkit"
        click.echo(f"hrkit: error: {exc.format_message()} (see '{command} --help')", err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("hrkit: aborted", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
