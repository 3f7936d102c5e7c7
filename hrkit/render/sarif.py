"""SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning and others), which track
results across runs by their fingerprints and show each rule's documentation.

Messages are plain text only (no ``markdown`` property). A viewer reads ``[text](target)`` in
a plain-text message as an embedded link (SARIF 2.1.0, 3.11.6), so brackets and backslashes
from record text are backslash-escaped there."""
from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

import hrkit
from hrkit.model.findings import Finding, Location
from hrkit.render.escape import json_text

if TYPE_CHECKING:  # the engine imports the rules; a renderer only reads the Report
    from hrkit.check.engine import Report
    from hrkit.rules.base import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"


def render(report: Report, *, show_suppressed: bool, color: bool) -> str:
    """Suppressed findings are included with an in-source suppression, as SARIF viewers expect."""
    index = {rule.code: i for i, rule in enumerate(report.rules)}
    run = {
        "tool": {"driver": {
            "name": "hrkit",
            "informationUri": "https://github.com/hrkit/hrkit",
            "version": hrkit.__version__,
            "rules": [_rule(rule) for rule in report.rules],
        }},
        # Columns come from the YAML parser, which counts characters, not UTF-16 units.
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index) for f in report.findings],
    }
    data = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json_text(data, indent=2) + "\n"


def _rule(rule: Rule) -> dict:
    text = rule.body or rule.summary
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": text},
        "help": {"text": text},
        "defaultConfiguration": {"level": rule.severity.value},
    }


def _result(f: Finding, index: dict[str, int]) -> dict:
    out: dict = {"ruleId": f.code}
    if f.code in index:  # a hand-built Report may omit the rule; ruleIndex is optional
        out["ruleIndex"] = index[f.code]
    out |= {
        "level": f.severity.value,
        "message": _message(f.message),
        "locations": [{"physicalLocation": _physical(f)}],
    }
    if f.related:
        out["relatedLocations"] = [
            {"id": i, "physicalLocation": _physical(r), "message": _message(_related_text(r))}
            for i, r in enumerate(f.related)
        ]
    out["partialFingerprints"] = {"hrkit/v1": fingerprint(f)}
    if f.suppressed:
        out["suppressions"] = [{"kind": "inSource", "justification": f.suppression_reason or ""}]
    return out


_LINK_SYNTAX = re.compile(r"[\\\[\]]")


def _message(text: str) -> dict:
    """A plain-text message that shows ``text`` as written, never as an embedded link."""
    return {"text": _LINK_SYNTAX.sub(r"\\\g<0>", text)}


def _physical(where: Finding | Location) -> dict:
    physical: dict = {"artifactLocation": {"uri": where.path, "uriBaseId": SRCROOT}}
    if where.line > 0:  # SARIF requires startLine >= 1; an unlocated place has no region
        physical["region"] = {"startLine": where.line, "startColumn": max(where.column, 1)}
    return physical


def _related_text(loc: Location) -> str:
    return " ".join(["related:", *(part for part in (loc.record, loc.field) if part)])


def fingerprint(f: Finding) -> str:
    """Stable across edits that move lines: the rule, the file, the record and the field."""
    key = f"{f.code}|{f.path}|{f.record or ''}|{f.field or ''}"
    return hashlib.sha256(key.encode()).hexdigest()
