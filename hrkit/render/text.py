"""Human-readable output: one ``path:line:col:`` line per finding, which editors and terminals
turn into links, then a one-line summary. Paths and messages carry record text, so they are
made terminal-safe (a line break or escape sequence in a value cannot fake a line or a colour)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from hrkit.model.findings import Finding, Location, Severity
from hrkit.render.escape import terminal_text

if TYPE_CHECKING:  # the engine imports the rules; a renderer only reads the Report
    from hrkit.check.engine import Report

_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow"}


def render(report: Report, *, show_suppressed: bool, color: bool) -> str:
    """Suppressed findings are hidden unless asked for; the summary still counts them."""
    lines = []
    for f in report.findings:
        if f.suppressed and not show_suppressed:
            continue
        lines.append(_finding_line(f, color))
        lines.extend(terminal_text(f"    see also: {_position(r)}" + (f" {r.field}" if r.field else ""))
                     for r in f.related)
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def _finding_line(f: Finding, color: bool) -> str:
    label = f"{f.code} [{'suppressed' if f.suppressed else f.severity.value}]"
    if color:
        import click  # a terminal only: the pre-commit hook's piped output never loads it

        label = click.style(label, dim=True) if f.suppressed else click.style(label, fg=_COLORS[f.severity])
    line = f"{terminal_text(_position(f))}: {label} {terminal_text(f'{f.message} ({f.rule})')}"
    if f.suppressed and f.suppression_reason:
        line += f" — reason: {terminal_text(f.suppression_reason)}"
    return line


def _position(where: Finding | Location) -> str:
    return f"{where.path}:{where.line}:{where.column}"


def summary(report: Report) -> str:
    """The closing line shared by the text and github formats: what was checked, and the verdict."""
    checked = (f"Checked {_count(report.files, 'file')} ({_count(report.positions, 'position')}, "
               f"{_count(report.profiles, 'profile')}) in {_source(report.source)}")
    if report.errors or report.warnings:
        verdict = f"{_count(report.errors, 'error')}, {_count(report.warnings, 'warning')}"
    else:
        verdict = "no problems"
    if report.suppressed:
        verdict += f", {report.suppressed} suppressed"
    return f"{terminal_text(checked)}: {verdict}."


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _source(source: str) -> str:
    """The working tree and the index read as places ("in the index"); a commit as a name."""
    return source if source.startswith("commit ") else f"the {source}"
