"""Report commands: rollup, report, chart, query, export. Thin: options in, library rows out,
one renderer (hrkit/render/table.py) for every table. Tables that count people go through
small-cell suppression (hrkit/data/privacy.py); see docs/reports.md."""
from __future__ import annotations

from pathlib import Path

import click

from hrkit.commands.common import CliError, codes, format_option


def _table_format(ctx, param, value: str) -> str:
    """Checked when a command runs, so that `hrkit --help` need not import tabulate."""
    from hrkit.render.table import FORMATS

    if value not in FORMATS:
        raise click.BadParameter(f"{value!r} is not one of: {', '.join(FORMATS)}")
    return value


FMT = format_option(default="simple", metavar="FORMAT", callback=_table_format,
                    help="csv, json, markdown, or any tabulate table format (github, grid, psql, ...).")
AS_OF = click.option("--as-of", "as_of", metavar="DATE|REV",
                     help="Use the records as they stood at a date (last commit that day) or a revision.")
MIN_CELL = click.option("--min-cell", type=int, metavar="N",
                        help="Withhold counts of fewer than N people (at least privacy.min_cell).")
ALLOW = click.option("--allow-small-cells", is_flag=True,
                     help="Allow --min-cell below privacy.min_cell (alone: no suppression); prints a warning.")


def _open(as_of: str | None):
    """Root, source and project: the working tree, or the commit --as-of names."""
    from hrkit.commands.common import open_repo
    from hrkit.io.gitio import commit_as_of
    from hrkit.io.repo import find_root

    start = Path.cwd()
    if as_of is None:
        return open_repo(start)
    return open_repo(start, rev=commit_as_of(find_root(start), as_of))


def _threshold(project, min_cell, allow):
    from hrkit.data.privacy import threshold

    chosen = threshold(project.settings.privacy.min_cell, min_cell, allow)
    if chosen.warning:
        click.echo(f"hrkit: {chosen.warning}", err=True)
    return chosen


def _emit(tables, fmt: str) -> None:
    """Print the tables; csv carries no notes, so they go to stderr there."""
    from hrkit.render.escape import terminal_text
    from hrkit.render.table import render, render_many

    tables = tables if isinstance(tables, list) else [tables]
    if fmt == "csv":
        if len(tables) > 1:
            raise CliError("this report has several tables; csv holds one (choose it with --table)")
        click.echo(render(tables[0], fmt), nl=False)
        for note in tables[0].notes:
            click.echo(f"note: {terminal_text(note)}", err=True)
        return
    click.echo(render(tables[0], fmt) if len(tables) == 1 else render_many(tables, fmt), nl=False)


def _fields(values) -> tuple[str, ...]:
    return tuple(v for value in values for v in codes(value))


@click.command()
@click.argument("kind", required=False, type=click.Choice(["positions", "profiles"]))
@click.option("--by", metavar="FIELD[,FIELD...]", help="Group by these fields (dotted paths: talent.2025-2026.talent_map).")
@click.option("--measure", "measures", multiple=True, metavar="NAME[,NAME...]",
              help="Columns: positions, vacant, proposed, filled, ex, fte, salary, o_and_m, total, operating_budget, "
                   "program_budget, or a numeric field path (summed).")
@click.option("--where", multiple=True, metavar="FIELD=GLOB", help="Keep records whose field matches (repeatable).")
@click.option("--tree", metavar="[ROOT_ID]", is_flag=False, flag_value="", default=None,
              help="The reporting tree under ROOT_ID (default: every head) with subtree counts and dimensions.")
@AS_OF
@FMT
@MIN_CELL
@ALLOW
def rollup(kind, by, measures, where, tree, as_of, fmt, min_cell, allow_small_cells):
    """Grouped tables of positions or profiles, with subtotals and a total.

    A group's FTEs and dollars are those of its top-most positions (supervisor outside the
    group), so nothing is counted twice. Profile counts are people: small cells are withheld.

    \b
    hrkit rollup --by department,branch
    hrkit rollup positions --by classification --where status=active --format github
    hrkit rollup profiles --by classification,talent.2025-2026.talent_map
    hrkit rollup --tree ESDC-SADM-SEB
    """
    from hrkit.data.rollup import (as_table, parse_where, reporting_tree, rollup_fields, rollup_positions, rollup_profiles,
                              tree_table)

    root, source, project = _open(as_of)
    if tree is not None:
        if kind or by or measures or where:
            raise CliError("--tree takes no KIND, --by, --measure or --where")
        from hrkit.data.reports import analyze_org

        org, findings = analyze_org(project, source, ("HR302",))
        _emit(tree_table(*reporting_tree(org, findings, tree or None)), fmt)
        return
    if not by:
        raise CliError("give --by FIELD[,FIELD...] (or --tree)")
    from hrkit.data.rows import load_columns

    if kind == "profiles" and measures:
        raise CliError("profile rollups count profiles; --measure is for positions")
    conditions = parse_where(where)
    rows = load_columns(project, source, rollup_fields(_fields([by]), _fields(measures), conditions))
    if kind == "profiles":
        chosen = _threshold(project, min_cell, allow_small_cells)
        result = rollup_profiles(rows.profiles, _fields([by]), conditions, chosen.min_cell)
    else:
        result = rollup_positions(rows.positions, _fields([by]), _fields(measures) or None, conditions)
    if rows.unreadable:
        result.notes.append(f"{len(rows.unreadable)} record files could not be read and are left out "
                            "(hrkit validate says why).")
    _emit(as_table(result), fmt)


@click.group()
def report():
    """Standard reports: vacancies, span, classification, talent, changes."""


@report.command()
@AS_OF
@FMT
def vacancies(as_of, fmt):
    """Active positions without an incumbent, vacant and proposed positions."""
    from hrkit.data.reports import vacancies as find, vacancies_table
    from hrkit.data.rows import load_rows

    _root, source, project = _open(as_of)
    _emit(vacancies_table(find(load_rows(project, source).positions)), fmt)


@report.command()
@AS_OF
@FMT
def span(as_of, fmt):
    """Direct reports per supervisor, depth of the hierarchy, supervisors beyond the span limit."""
    from hrkit.data.reports import analyze_org, span as measure, span_table

    _root, source, project = _open(as_of)
    org, findings = analyze_org(project, source, ("HR207",))
    _emit(span_table(measure(org, findings)), fmt)


@report.command()
@AS_OF
@FMT
def classification(as_of, fmt):
    """Positions by classification (group and level) and branch."""
    from hrkit.data.reports import classification as tabulate_positions, crosstab_table
    from hrkit.data.rows import load_rows

    _root, source, project = _open(as_of)
    _emit(crosstab_table(tabulate_positions(load_rows(project, source).positions)), fmt)


@report.command()
@click.option("--cycle", metavar="YYYY-YYYY", help="Talent cycle (default: talent.cycle in hrkit.yaml).")
@click.option("--table", "part", type=click.Choice(["completion", "placement"]), help="Only one of the two tables.")
@AS_OF
@FMT
@MIN_CELL
@ALLOW
def talent(cycle, part, as_of, fmt, min_cell, allow_small_cells):
    """Questionnaire completion and talent-map placements by level (small cells withheld)."""
    from hrkit.data.reports import crosstab_table, talent as tabulate_talent
    from hrkit.data.rows import load_rows

    _root, source, project = _open(as_of)
    chosen = _threshold(project, min_cell, allow_small_cells)
    tabs = tabulate_talent(load_rows(project, source).profiles, cycle or project.settings.talent.cycle,
                           project.talent.placements, project.talent.questionnaire_required, chosen.min_cell)
    if part:
        tabs = [tabs[0 if part == "completion" else 1]]
    _emit([crosstab_table(t) for t in tabs], fmt)


@report.command()
@click.option("--since", required=True, metavar="YYYY-MM-DD", help="Count changes committed on or after this day.")
@FMT
@MIN_CELL
@ALLOW
def changes(since, fmt, min_cell, allow_small_cells):
    """Counts of changes by kind (new, abolished, reclassified, ...) from the Git history."""
    from hrkit.data.reports import changes as count, changes_table

    root, _source, project = _open(None)
    chosen = _threshold(project, min_cell, allow_small_cells)
    _emit(changes_table(count(root, since, chosen.min_cell)), fmt)


@click.command()
@click.argument("root_id", required=False)
@format_option(["mermaid", "dot", "text"], default="mermaid")
@click.option("--depth", type=int, metavar="N", help="Levels below the root to draw (0 = the root alone).")
@AS_OF
def chart(root_id, fmt, depth, as_of):
    """An org chart of ROOT_ID's subtree (default: every head), for GitHub/GitLab (mermaid) or Graphviz.

    \b
    hrkit chart ESDC-DG-LMI > chart.mmd
    hrkit chart --format dot | dot -Tsvg > org.svg
    """
    from hrkit.data.chart import render, subtree
    from hrkit.data.rows import load_rows

    _root, source, project = _open(as_of)
    click.echo(render(subtree(load_rows(project, source).positions, root_id, depth), fmt), nl=False)


def _tables(project, rows, min_cell: int, *, people: bool):
    """The SQL tables of query and export (hrkit/data/sqltables.py)."""
    from hrkit.data import sqltables
    from hrkit.data.reports import talent_cycles

    return sqltables.tables(rows, cycles=talent_cycles(rows.profiles, project.settings.talent.cycle),
                            placements=project.talent.placements, min_cell=min_cell, people=people)


@click.command()
@click.argument("sql")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              metavar="SECONDS", help="Stop a query that runs longer.")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True, metavar="N",
              help="Print at most N rows (a note says when the result was cut).")
@AS_OF
@FMT
@MIN_CELL
@ALLOW
def query(sql, timeout, max_rows, as_of, fmt, min_cell, allow_small_cells):
    """Run one SQL SELECT over the tables positions, findings, profile_counts and talent_counts
    (docs/reports.md).

    People are counted in profile_counts and talent_counts, whose small cells are withheld
    before any SQL sees them; the tables of people one by one (profiles, talent) and the
    findings about a person are there only with --allow-small-cells alone.

    \b
    hrkit query "SELECT branch, COUNT(*) AS n, SUM(vacant) AS vacant FROM positions GROUP BY branch"
    hrkit query "SELECT classification, talent_map, profiles FROM talent_counts WHERE cycle = '2025-2026'
                 AND questionnaire = '(all)'"
    """
    from hrkit.data import privacy, sqltables
    from hrkit.render.table import Table
    from hrkit.data.rows import load_rows

    _root, source, project = _open(as_of)
    chosen = _threshold(project, min_cell, allow_small_cells)
    people = chosen.min_cell <= 1
    con = sqltables.database(_tables(project, load_rows(project, source), chosen.min_cell, people=people))
    if "findings" in sqltables.plan(con, sql):
        from hrkit.check.engine import validate

        sqltables.fill_findings(con, validate(project, source).findings, people=people)
    result = sqltables.query(con, sql, timeout=timeout, max_rows=max_rows)
    numeric = {c for j, c in enumerate(result.columns)
               if any(isinstance(r[j], (int, float)) and not isinstance(r[j], bool) for r in result.rows)}
    notes = [privacy.note(chosen.min_cell)] if result.people else []
    if result.cut:
        notes.append(f"The result was cut at {max_rows:,} rows (--max-rows).")
    _emit(Table(result.columns, result.rows, notes=notes, numeric=numeric), fmt)


@click.command()
@click.option("--sqlite", "sqlite_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Write the tables to one SQLite file.")
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Write one CSV file per table into DIR.")
@click.option("--include-profiles", is_flag=True,
              help="Also write profiles and talent (personal information, names excluded) and the findings about "
                   "people.")
@AS_OF
def export(sqlite_file, csv_dir, include_profiles, as_of):
    """Write the query tables for spreadsheets and Datasette (schemas: docs/reports.md).

    Without --include-profiles people are in the count tables only (small cells withheld), and
    the findings about a person are left out.
    """
    from hrkit.data import sqltables
    from hrkit.check.engine import validate
    from hrkit.data.rows import load_rows

    if not sqlite_file and not csv_dir:
        raise CliError("give --sqlite FILE and/or --csv DIR")
    _root, source, project = _open(as_of)
    tables = _tables(project, load_rows(project, source), project.settings.privacy.min_cell, people=include_profiles)
    tables["findings"] = sqltables.finding_rows(validate(project, source).findings, people=include_profiles)
    if sqlite_file:
        sqltables.export_sqlite(tables, Path(sqlite_file))
        click.echo(f"wrote {sqlite_file}")
    if csv_dir:
        for path in sqltables.export_csv(tables, Path(csv_dir)):
            click.echo(f"wrote {path}")


COMMANDS = (rollup, report, chart, query, export)
