"""Exact output of every renderer, from Reports built by hand."""
from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hrkit
from hrkit.check.engine import Report
from hrkit.model.findings import Finding, Location, Severity
from hrkit.render import RENDERERS, pick_format, use_color
from hrkit.rules.base import Rule

FTE = Rule(code="HR302", name="fte-exceeded", severity=Severity.ERROR, scope="org",
           doc="Direct reports hold more FTEs than the unit.\n\nWhy: the budget is set per unit.")
GRADE = Rule(code="HR120", name="grade-missing", severity=Severity.WARNING, scope="record",
             doc="A position has no grade.")

P1 = "records/positions/104217.yaml"
P2 = "records/positions/104218.yaml"

ERROR = Finding(code="HR302", rule="fte-exceeded", severity=Severity.ERROR,
                message="direct reports hold 50 FTEs, more than this unit's 31", path=P1,
                record="104217", field="dimensions.fte", line=21, column=3,
                related=(Location(P2, "104218", "dimensions.fte", 4, 1),))
WARNING = Finding(code="HR120", rule="grade-missing", severity=Severity.WARNING,
                  message="no grade", path=P2, record="104218", field="grade", line=2, column=1,
                  fixable=True)
SUPPRESSED = Finding(code="HR302", rule="fte-exceeded", severity=Severity.ERROR,
                     message="direct reports hold 12 FTEs, more than this unit's 10",
                     path="records/positions/104219.yaml", record="104219", field="dimensions.fte",
                     line=7, column=3, suppressed=True, suppression_reason="reorg approved in May")


def report(*findings: Finding, files=12, positions=9, profiles=3, source="working tree") -> Report:
    return Report(findings=list(findings), files=files, positions=positions, profiles=profiles,
                  rules=(FTE, GRADE), source=source)


def render(fmt: str, rep: Report, *, show_suppressed=False, color=False) -> str:
    return RENDERERS[fmt](rep, show_suppressed=show_suppressed, color=color)


# --- text -------------------------------------------------------------------------------------

def test_text_findings_related_and_summary():
    assert render("text", report(ERROR, WARNING, SUPPRESSED)) == (
        "records/positions/104217.yaml:21:3: HR302 [error] direct reports hold 50 FTEs, "
        "more than this unit's 31 (fte-exceeded)\n"
        "    see also: records/positions/104218.yaml:4:1 dimensions.fte\n"
        "records/positions/104218.yaml:2:1: HR120 [warning] no grade (grade-missing)\n"
        "Checked 12 files (9 positions, 3 profiles) in the working tree: "
        "1 error, 1 warning, 1 suppressed.\n"
    )


def test_text_show_suppressed():
    assert render("text", report(ERROR, SUPPRESSED), show_suppressed=True) == (
        "records/positions/104217.yaml:21:3: HR302 [error] direct reports hold 50 FTEs, "
        "more than this unit's 31 (fte-exceeded)\n"
        "    see also: records/positions/104218.yaml:4:1 dimensions.fte\n"
        "records/positions/104219.yaml:7:3: HR302 [suppressed] direct reports hold 12 FTEs, "
        "more than this unit's 10 (fte-exceeded) — reason: reorg approved in May\n"
        "Checked 12 files (9 positions, 3 profiles) in the working tree: "
        "1 error, 0 warnings, 1 suppressed.\n"
    )


def test_text_related_without_field():
    finding = ERROR.replace(related=(Location(P2, line=1, column=1),))
    assert render("text", report(finding)).splitlines()[1] == "    see also: records/positions/104218.yaml:1:1"


def test_text_no_problems_but_suppressed():
    assert render("text", report(SUPPRESSED)) == (
        "Checked 12 files (9 positions, 3 profiles) in the working tree: no problems, 1 suppressed.\n"
    )


def test_text_no_problems_omits_zero_suppressed_and_uses_singulars():
    assert render("text", report(files=1, positions=1, profiles=0, source="index")) == (
        "Checked 1 file (1 position, 0 profiles) in the index: no problems.\n"
    )


def test_text_plurals_and_commit_source():
    rep = report(ERROR, ERROR.replace(line=30), WARNING, WARNING.replace(line=3),
                 source="commit abc123def456")
    assert render("text", rep).splitlines()[-1] == (
        "Checked 12 files (9 positions, 3 profiles) in commit abc123def456: 2 errors, 2 warnings."
    )


def test_text_color():
    out = render("text", report(ERROR, WARNING, SUPPRESSED), show_suppressed=True, color=True)
    assert out.splitlines()[0] == (
        "records/positions/104217.yaml:21:3: \x1b[31mHR302 [error]\x1b[0m direct reports hold 50 FTEs, "
        "more than this unit's 31 (fte-exceeded)"
    )
    assert "\x1b[33mHR120 [warning]\x1b[0m" in out.splitlines()[2]
    assert "\x1b[2mHR302 [suppressed]\x1b[0m" in out.splitlines()[3]
    assert "\x1b" not in out.splitlines()[-1]


# --- json -------------------------------------------------------------------------------------

def test_json_contract():
    out = render("json", report(ERROR, WARNING, SUPPRESSED))
    assert out.endswith("}\n")
    assert json.loads(out) == {
        "version": 1,
        "findings": [
            {"code": "HR302", "rule": "fte-exceeded", "severity": "error", "path": P1, "line": 21,
             "column": 3, "record": "104217", "field": "dimensions.fte",
             "message": "direct reports hold 50 FTEs, more than this unit's 31",
             "related": [{"path": P2, "line": 4, "column": 1, "record": "104218", "field": "dimensions.fte"}],
             "fixable": False, "suppressed": False},
            {"code": "HR120", "rule": "grade-missing", "severity": "warning", "path": P2, "line": 2,
             "column": 1, "record": "104218", "field": "grade", "message": "no grade", "related": [],
             "fixable": True, "suppressed": False},
            {"code": "HR302", "rule": "fte-exceeded", "severity": "error",
             "path": "records/positions/104219.yaml", "line": 7, "column": 3, "record": "104219",
             "field": "dimensions.fte", "message": "direct reports hold 12 FTEs, more than this unit's 10",
             "related": [], "fixable": False, "suppressed": True,
             "suppression_reason": "reorg approved in May"},
        ],
        "summary": {"files": 12, "positions": 9, "profiles": 3, "errors": 1, "warnings": 1, "suppressed": 1},
    }


def test_json_exact_text_keeps_non_ascii_and_key_order():
    finding = WARNING.replace(message="Stelle für Müller", record=None, field=None)
    assert render("json", report(finding, files=1, positions=1, profiles=0)) == """\
{
  "version": 1,
  "findings": [
    {
      "code": "HR120",
      "rule": "grade-missing",
      "severity": "warning",
      "path": "records/positions/104218.yaml",
      "line": 2,
      "column": 1,
      "record": null,
      "field": null,
      "message": "Stelle für Müller",
      "related": [],
      "fixable": true,
      "suppressed": false
    }
  ],
  "summary": {
    "files": 1,
    "positions": 1,
    "profiles": 0,
    "errors": 0,
    "warnings": 1,
    "suppressed": 0
  }
}
"""


def test_json_ignores_show_suppressed_and_color():
    rep = report(ERROR, SUPPRESSED)
    assert render("json", rep) == render("json", rep, show_suppressed=True, color=True)


# --- github -----------------------------------------------------------------------------------

def test_github_commands_skip_suppressed():
    assert render("github", report(ERROR, WARNING, SUPPRESSED), show_suppressed=True, color=True) == (
        "::error file=records/positions/104217.yaml,line=21,col=3,title=HR302 fte-exceeded::"
        "direct reports hold 50 FTEs, more than this unit's 31\n"
        "::warning file=records/positions/104218.yaml,line=2,col=1,title=HR120 grade-missing::no grade\n"
        "Checked 12 files (9 positions, 3 profiles) in the working tree: 1 error, 1 warning, 1 suppressed.\n"
    )


def test_github_escaping():
    finding = WARNING.replace(path="records/positions/a,b:100%.yaml",
                              message="50% over:\r\nsee a, b: c")
    assert render("github", report(finding)).splitlines()[0] == (
        "::warning file=records/positions/a%2Cb%3A100%25.yaml,line=2,col=1,title=HR120 grade-missing::"
        "50%25 over:%0D%0Asee a, b: c"
    )


def test_github_no_findings():
    assert render("github", report(files=1, positions=0, profiles=1)) == (
        "Checked 1 file (0 positions, 1 profile) in the working tree: no problems.\n"
    )


# --- sarif ------------------------------------------------------------------------------------

def fp(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def test_sarif_exact():
    sarif = json.loads(render("sarif", report(ERROR, WARNING, SUPPRESSED)))
    assert sarif == {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "hrkit",
                "informationUri": "https://github.com/hrkit/hrkit",
                "version": hrkit.__version__,
                "rules": [
                    {"id": "HR302", "name": "fte-exceeded",
                     "shortDescription": {"text": "Direct reports hold more FTEs than the unit."},
                     "fullDescription": {"text": "Why: the budget is set per unit."},
                     "help": {"text": "Why: the budget is set per unit."},
                     "defaultConfiguration": {"level": "error"}},
                    {"id": "HR120", "name": "grade-missing",
                     "shortDescription": {"text": "A position has no grade."},
                     "fullDescription": {"text": "A position has no grade."},
                     "help": {"text": "A position has no grade."},
                     "defaultConfiguration": {"level": "warning"}},
                ],
            }},
            "columnKind": "unicodeCodePoints",
            "results": [
                {"ruleId": "HR302", "ruleIndex": 0, "level": "error",
                 "message": {"text": "direct reports hold 50 FTEs, more than this unit's 31"},
                 "locations": [{"physicalLocation": {
                     "artifactLocation": {"uri": P1, "uriBaseId": "%SRCROOT%"},
                     "region": {"startLine": 21, "startColumn": 3}}}],
                 "relatedLocations": [{"id": 0, "physicalLocation": {
                     "artifactLocation": {"uri": P2, "uriBaseId": "%SRCROOT%"},
                     "region": {"startLine": 4, "startColumn": 1}},
                     "message": {"text": "related: 104218 dimensions.fte"}}],
                 "partialFingerprints": {"hrkit/v1": fp(f"HR302|{P1}|104217|dimensions.fte")}},
                {"ruleId": "HR120", "ruleIndex": 1, "level": "warning", "message": {"text": "no grade"},
                 "locations": [{"physicalLocation": {
                     "artifactLocation": {"uri": P2, "uriBaseId": "%SRCROOT%"},
                     "region": {"startLine": 2, "startColumn": 1}}}],
                 "partialFingerprints": {"hrkit/v1": fp(f"HR120|{P2}|104218|grade")}},
                {"ruleId": "HR302", "ruleIndex": 0, "level": "error",
                 "message": {"text": "direct reports hold 12 FTEs, more than this unit's 10"},
                 "locations": [{"physicalLocation": {
                     "artifactLocation": {"uri": "records/positions/104219.yaml", "uriBaseId": "%SRCROOT%"},
                     "region": {"startLine": 7, "startColumn": 3}}}],
                 "partialFingerprints": {
                     "hrkit/v1": fp("HR302|records/positions/104219.yaml|104219|dimensions.fte")},
                 "suppressions": [{"kind": "inSource", "justification": "reorg approved in May"}]},
            ],
        }],
    }


def test_sarif_structure():
    """The parts of the SARIF 2.1.0 schema consumers rely on (the schema itself can't be fetched)."""
    rep = report(ERROR, WARNING, SUPPRESSED)
    out = render("sarif", rep)
    assert out.endswith("}\n")
    sarif = json.loads(out)
    assert set(sarif) == {"$schema", "version", "runs"}
    (run,) = sarif["runs"]
    rules = run["tool"]["driver"]["rules"]
    for rule in rules:
        assert set(rule) >= {"id", "shortDescription", "fullDescription", "defaultConfiguration"}
        assert rule["defaultConfiguration"]["level"] in {"none", "note", "warning", "error"}
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in {"none", "note", "warning", "error"}
        assert result["message"]["text"]
        for loc in [*result["locations"], *result.get("relatedLocations", [])]:
            region = loc["physicalLocation"]["region"]
            assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert len(result["partialFingerprints"]["hrkit/v1"]) == 64
        for suppression in result.get("suppressions", []):
            assert suppression["kind"] in {"inSource", "external"}


def test_sarif_edge_cases():
    unlocated = Finding(code="HR999", rule="not-in-rules", severity=Severity.WARNING, message="m",
                        path="records/profiles/p.yaml", related=(Location("records/profiles/q.yaml", line=3, column=2),))
    (result,) = json.loads(render("sarif", report(unlocated)))["runs"][0]["results"]
    assert "ruleIndex" not in result
    assert result["locations"] == [{"physicalLocation": {
        "artifactLocation": {"uri": "records/profiles/p.yaml", "uriBaseId": "%SRCROOT%"}}}]
    assert result["relatedLocations"][0]["message"] == {"text": "related:"}
    assert result["partialFingerprints"]["hrkit/v1"] == fp("HR999|records/profiles/p.yaml||")


# --- format and color selection ---------------------------------------------------------------

@pytest.mark.parametrize(("name", "env", "isatty", "expected"), [
    ("auto", {}, True, "text"),
    ("auto", {}, False, "text"),
    ("auto", {"GITHUB_ACTIONS": "true"}, False, "github"),
    ("auto", {"GITHUB_ACTIONS": "true"}, True, "text"),
    ("auto", {"GITHUB_ACTIONS": "false"}, False, "text"),
    ("json", {"GITHUB_ACTIONS": "true"}, False, "json"),
    ("sarif", {}, True, "sarif"),
])
def test_pick_format(name, env, isatty, expected):
    assert pick_format(name, env=env, isatty=isatty) == expected


@pytest.mark.parametrize(("env", "isatty", "expected"), [
    ({}, True, True),
    ({}, False, False),
    ({"NO_COLOR": "1"}, True, False),
    ({"NO_COLOR": ""}, True, True),
])
def test_use_color(env, isatty, expected):
    assert use_color(env, isatty) is expected


def test_renderers_cover_every_format():
    assert set(RENDERERS) == {"text", "json", "github", "sarif"}


_CELL = st.text(st.characters(min_codepoint=32, max_codepoint=0x24F, blacklist_categories=("Cs",)), max_size=12)
_HEADER = st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=8)


@settings(max_examples=400, deadline=None)
@given(st.integers(1, 4).flatmap(lambda n: st.tuples(
    st.lists(_HEADER, min_size=n, max_size=n),
    st.lists(st.lists(_CELL | st.sampled_from(["a\nb", "\x1b[31mred\x1b[0m", "tab\there"]), min_size=n, max_size=n),
             min_size=1, max_size=5))))
def test_simple_columns_are_tabulates_simple_format(table) -> None:
    """The audit trail's fast columns must look exactly like tabulate's "simple" tables of the
    same cells made terminal-safe."""
    from tabulate import tabulate

    from hrkit.render.columns import simple_columns
    from hrkit.render.escape import terminal_text

    headers, rows = table
    safe = [[terminal_text(cell.strip()) for cell in row] for row in rows]
    assert simple_columns(headers, rows) == tabulate(safe, headers=headers, tablefmt="simple", disable_numparse=True)
