"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request's
diff, no upload step needed."""
from __future__ import annotations

from typing import TYPE_CHECKING

from hrkit.model.findings import Finding
from hrkit.render.text import summary

if TYPE_CHECKING:  # the engine imports the rules; a renderer only reads the Report
    from hrkit.check.engine import Report


def render(report: Report, *, show_suppressed: bool, color: bool) -> str:
    """Suppressed findings are never annotated: they were accepted on purpose."""
    lines = [_command(f) for f in report.active]
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def _command(f: Finding) -> str:
    props = {"file": f.path, "line": f.line, "col": f.column, "title": f"{f.code} {f.rule}"}
    joined = ",".join(f"{key}={_escape_property(str(value))}" for key, value in props.items())
    return f"::{f.severity.value} {joined}::{_escape_data(f.message)}"


def _escape_data(value: str) -> str:
    """As actions/toolkit's escapeData: the runner would otherwise cut the message at a newline."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    """As actions/toolkit's escapeProperty: ``:`` and ``,`` delimit the properties."""
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")
