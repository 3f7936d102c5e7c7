"""Machine-readable output with a versioned, stable shape: bump ``version`` on any breaking
change, since scripts and dashboards parse it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from hrkit.model.findings import Finding, Location
from hrkit.render.escape import json_text

if TYPE_CHECKING:  # the engine imports the rules; a renderer only reads the Report
    from hrkit.check.engine import Report

VERSION = 1


def render(report: Report, *, show_suppressed: bool, color: bool) -> str:
    """Suppressed findings are always included (flagged), so consumers can audit them."""
    data = {
        "version": VERSION,
        "findings": [_finding(f) for f in report.findings],
        "summary": {
            "files": report.files,
            "positions": report.positions,
            "profiles": report.profiles,
            "errors": report.errors,
            "warnings": report.warnings,
            "suppressed": report.suppressed,
        },
    }
    return json_text(data, indent=2) + "\n"


def _finding(f: Finding) -> dict:
    out = {
        "code": f.code,
        "rule": f.rule,
        "severity": f.severity.value,
        "path": f.path,
        "line": f.line,
        "column": f.column,
        "record": f.record,
        "field": f.field,
        "message": f.message,
        "related": [_location(r) for r in f.related],
        "fixable": f.fixable,
        "suppressed": f.suppressed,
    }
    if f.suppressed:
        out["suppression_reason"] = f.suppression_reason
    return out


def _location(loc: Location) -> dict:
    return {"path": loc.path, "line": loc.line, "column": loc.column, "record": loc.record, "field": loc.field}
