"""The CLI as a user drives it: a repository made by `hrkit init`, records written by hand,
exact output per format, exit codes, and one-line errors without tracebacks."""
from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import DEPUTY_HEAD
from hrkit.cli import cli
from hrkit.edit.scaffold import init_repository

HEAD = DEPUTY_HEAD + "dimensions:\n  fte: 20\n"
UNIT = """\
id: "2802"
title: Director General, Workplace Partnerships
classification: EX-03
status: active
effective_date: 2007-09-04
department: ESDC
reports_to: "1001"
supervisor:
  title: Deputy Minister
  classification: DM-03
dimensions:
  fte: 4
"""


def report(n: int, fte: int, extra: str = "") -> str:
    return textwrap.dedent(f"""\
        id: "{n}"
        title: Director {n}
        classification: EX-01
        status: active
        effective_date: 2020-04-18
        department: ESDC
        reports_to: "2802"
        supervisor:
          title: Director General, Workplace Partnerships
          classification: EX-03
        dimensions:
          fte: {fte}{extra}
        """)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    init_repository(tmp_path, organization="Test org", today=dt.date(2026, 11, 25))
    positions = tmp_path / "records" / "positions"
    (positions / "1001.yaml").write_text(HEAD)
    (positions / "2802.yaml").write_text(UNIT)
    (positions / "3001.yaml").write_text(report(3001, 3))
    (positions / "3002.yaml").write_text(report(3002, 2))
    return tmp_path


def run(repo: Path, *args: str, env: dict | None = None):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False,
                              env={"NO_COLOR": "1", "GITHUB_ACTIONS": None, **(env or {})}) \
        if repo is None else _in(repo, args, env)


def _in(repo: Path, args, env):
    import os
    old = os.getcwd()
    os.chdir(repo)
    try:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False,
                                  env={"NO_COLOR": "1", "GITHUB_ACTIONS": None, **(env or {})})
    finally:
        os.chdir(old)


TEXT = ("records/positions/2802.yaml:12:3: HR302 [error] direct reports hold 5 FTEs, more than this unit's 4 "
        "(fte-exceeded)\n"
        "    see also: records/positions/3001.yaml:12:3 dimensions.fte\n"
        "    see also: records/positions/3002.yaml:12:3 dimensions.fte\n"
        "Checked 4 files (4 positions, 0 profiles) in the working tree: 1 error, 0 warnings.\n")


def test_clean_repository_exits_0(repo: Path) -> None:
    (repo / "records/positions/3002.yaml").write_text(report(3002, 1))
    result = run(repo, "validate")
    assert result.exit_code == 0
    assert result.stdout == "Checked 4 files (4 positions, 0 profiles) in the working tree: no problems.\n"


def test_text_format(repo: Path) -> None:
    result = run(repo, "validate", "--format", "text")
    assert result.exit_code == 1
    assert result.stdout == TEXT


def test_json_format(repo: Path) -> None:
    result = run(repo, "validate", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data == {
        "version": 1,
        "findings": [{
            "code": "HR302", "rule": "fte-exceeded", "severity": "error", "path": "records/positions/2802.yaml",
            "line": 12, "column": 3, "record": "2802", "field": "dimensions.fte",
            "message": "direct reports hold 5 FTEs, more than this unit's 4",
            "related": [
                {"path": "records/positions/3001.yaml", "line": 12, "column": 3, "record": "3001",
                 "field": "dimensions.fte"},
                {"path": "records/positions/3002.yaml", "line": 12, "column": 3, "record": "3002",
                 "field": "dimensions.fte"}],
            "fixable": False, "suppressed": False}],
        "summary": {"files": 4, "positions": 4, "profiles": 0, "errors": 1, "warnings": 0, "suppressed": 0},
    }


def test_github_format(repo: Path) -> None:
    result = run(repo, "validate", "--format", "github")
    assert result.exit_code == 1
    assert result.stdout == (
        "::error file=records/positions/2802.yaml,line=12,col=3,title=HR302 fte-exceeded::direct reports hold 5 "
        "FTEs, more than this unit's 4\n"
        "Checked 4 files (4 positions, 0 profiles) in the working tree: 1 error, 0 warnings.\n")


def test_auto_format_is_github_in_actions(repo: Path) -> None:
    result = run(repo, "validate", env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith("::error file=records/positions/2802.yaml,line=12,col=3,")


def test_sarif_format(repo: Path) -> None:
    result = run(repo, "validate", "--format", "sarif")
    assert result.exit_code == 1
    sarif = json.loads(result.stdout)
    assert sarif["version"] == "2.1.0"
    run0 = sarif["runs"][0]
    codes = [r["id"] for r in run0["tool"]["driver"]["rules"]]
    assert "HR302" in codes and "HR001" in codes
    (res,) = run0["results"]
    assert res["ruleId"] == "HR302" and res["level"] == "error"
    assert codes[res["ruleIndex"]] == "HR302"
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "records/positions/2802.yaml"
    assert loc["region"] == {"startLine": 12, "startColumn": 3}


def test_paths_limit_reported_findings_but_rules_see_everything(repo: Path) -> None:
    result = run(repo, "validate", "records/positions/3001.yaml")
    assert result.exit_code == 0
    result = run(repo, "validate", "records/positions/2802.yaml")
    assert result.exit_code == 1 and "HR302" in result.stdout


def test_select_ignore_and_fail_on(repo: Path) -> None:
    assert run(repo, "validate", "--ignore", "HR3").exit_code == 0
    assert run(repo, "validate", "--select", "HR2").exit_code == 0
    assert run(repo, "validate", "--select", "fte-exceeded").exit_code == 1
    positions = repo / "records/positions"
    (positions / "3002.yaml").write_text(report(3002, 1))
    for n in range(3003, 3020):
        (positions / f"{n}.yaml").write_text(report(n, 0))
    (positions / "2802.yaml").write_text(UNIT.replace("fte: 4", "fte: 40"))
    (positions / "1001.yaml").write_text(HEAD.replace("fte: 20", "fte: 41"))
    result = run(repo, "validate")
    assert result.exit_code == 0 and "HR207 [warning]" in result.stdout
    assert run(repo, "validate", "--fail-on", "warning").exit_code == 1


def test_quiet_drops_the_summary(repo: Path) -> None:
    result = run(repo, "validate", "-q")
    assert result.stdout == TEXT.rsplit("Checked", 1)[0]


def test_suppression_with_reason_and_show_suppressed(repo: Path) -> None:
    unit = UNIT.replace("  fte: 4", "  fte: 4  # hrkit: ignore[HR302] the document states 4")
    (repo / "records/positions/2802.yaml").write_text(unit)
    result = run(repo, "validate")
    assert result.exit_code == 0
    assert result.stdout.endswith("no problems, 1 suppressed.\n")
    shown = run(repo, "validate", "--show-suppressed")
    assert "HR302 [suppressed]" in shown.stdout and "the document states 4" in shown.stdout


def test_suppression_without_reason_is_hr007_and_suppresses_nothing(repo: Path) -> None:
    unit = UNIT.replace("  fte: 4", "  fte: 4  # hrkit: ignore[HR302]")
    (repo / "records/positions/2802.yaml").write_text(unit)
    result = run(repo, "validate")
    assert "records/positions/2802.yaml:12:11: HR007 [error]" in result.stdout
    assert "HR302 [error]" in result.stdout


def test_whole_file_suppression(repo: Path) -> None:
    unit = "# hrkit: ignore[HR302] figures from the signed work description\n" + UNIT
    (repo / "records/positions/2802.yaml").write_text(unit)
    assert run(repo, "validate").exit_code == 0


@pytest.mark.parametrize("args, message", [
    (("validate", "--rev", "nosuchrev"), "hrkit: error: "),
    (("validate", "--staged", "--rev", "HEAD"), "--staged and --rev cannot be used together"),
    (("validate", "--skip-unchanged"), "--skip-unchanged needs --staged"),
    (("validate", "nowhere.yaml"), "nowhere.yaml: no such file or folder"),
    (("validate", "--select", "HR999"), "no rule matches 'HR999'"),
    (("rules", "HR999"), "no rule 'HR999'"),
])
def test_usage_errors_are_one_line_exit_2(repo: Path, args, message) -> None:
    result = run(repo, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_outside_a_records_repository(tmp_path: Path) -> None:
    result = _in(tmp_path, ["validate"], None)
    assert result.exit_code == 2
    assert result.stderr.startswith("hrkit: error: no hrkit.yaml in ")


@pytest.mark.parametrize("config, expected", [
    ("organization: x\ntalent: {cycle: '2025-2026'}\ncolour: blue\n", "hrkit.yaml:3:1: unknown key 'colour'"),
    ("organization: x\ntalent: {cycle: '2025-2027'}\n", "hrkit.yaml:2:10: talent.cycle: a talent cycle is a fiscal"),
    ("organization: x\ntalent: {cycle: '2025-2026'}\nprivacy: {min_cell: five}\n",
     "hrkit.yaml:3:11: privacy.min_cell: Input should be a valid integer"),
    ("organization: x\ntalent: {cycle: '2025-2026'}\nrules: {options: {HR999: {}}}\n",
     "hrkit.yaml:3:19: no rule 'HR999'"),
    ("organization: x\ntalent: {cycle: '2025-2026'}\nrules: {options: {span-of-control: {max: 3}}}\n",
     "hrkit.yaml:3:37: unknown key 'rules.options.span-of-control.max'"),
    ("organization: [x\n", "hrkit.yaml:2:1: "),
])
def test_bad_configuration_is_one_line_with_position(repo: Path, config: str, expected: str) -> None:
    (repo / "hrkit.yaml").write_text(config)
    result = run(repo, "validate")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("hrkit: error: " + expected), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_rules_file_naming_unknown_classification(repo: Path) -> None:
    (repo / "rules/talent.yaml").write_text("placements: [a]\nquestionnaire_required: [ZZ-03]\n")
    result = run(repo, "validate")
    assert result.exit_code == 2
    assert "rules/talent.yaml:1:1: questionnaire_required names 'ZZ-03'" in result.stderr


def test_rules_lists_and_explains(repo: Path) -> None:
    listing = run(repo, "rules")
    assert "HR302" in listing.stdout and "fte-exceeded" in listing.stdout
    one = run(repo, "rules", "fte-exceeded")
    assert one.stdout.startswith("HR302 fte-exceeded (error; judges whole organization; not automatically fixable)")
    assert "Fails:" in one.stdout and "Passes:" in one.stdout


def test_schema_is_valid_json_schema(repo: Path) -> None:
    import jsonschema

    for kind in ("position", "profile"):
        result = run(repo, "schema", kind)
        schema = json.loads(result.stdout)
        jsonschema.Draft202012Validator.check_schema(schema)
    position = json.loads(run(repo, "schema", "position").stdout)
    assert {"id", "title", "classification", "status", "effective_date", "department"} <= set(position["required"])


def test_init_creates_a_repository_with_the_current_fiscal_year(tmp_path: Path) -> None:
    created = init_repository(tmp_path / "new", organization="Dept", today=dt.date(2026, 11, 25))
    assert "hrkit.yaml" in created and "rules/classifications.yaml" in created
    assert 'cycle: "2026-2027"' in (tmp_path / "new" / "hrkit.yaml").read_text()
    assert init_repository(tmp_path / "jan", organization="Dept", today=dt.date(2027, 1, 5))
    assert 'cycle: "2026-2027"' in (tmp_path / "jan" / "hrkit.yaml").read_text()
    result = _in(tmp_path / "new", ["validate"], None)
    assert result.exit_code == 0
    assert result.stdout == "Checked 0 files (0 positions, 0 profiles) in the working tree: no problems.\n"
    again = _in(tmp_path / "new", ["init", "."], None)
    assert again.exit_code == 2 and "already exists" in again.stderr


def test_docs_rules_md_is_current() -> None:
    from hrkit.rules.catalogue import rules_markdown

    path = Path(__file__).parent.parent / "docs" / "rules.md"
    assert path.read_text() == rules_markdown(), "docs/rules.md is stale: hrkit rules --markdown > docs/rules.md"


def test_every_command_has_help() -> None:
    import click

    def walk(group, prefix=()):
        for name, command in group.commands.items():
            assert command.help, f"{' '.join((*prefix, name))} has no help"
            if isinstance(command, click.Group):
                walk(command, (*prefix, name))
    walk(cli)


def test_number_in_reports_to_is_hr006_only(repo: Path) -> None:
    (repo / "records/positions/3001.yaml").write_text(report(3001, 3).replace('reports_to: "2802"', "reports_to: 2802"))
    result = run(repo, "validate", "--ignore", "HR302")
    assert result.stdout.splitlines() == [
        'records/positions/3001.yaml:7:1: HR006 [error] reports_to: 2802 is read as a number; write it as a quoted '
        'string: "2802" (id-not-a-string)',
        "Checked 4 files (4 positions, 0 profiles) in the working tree: 1 error, 0 warnings."]


def test_suppression_spellings(repo: Path) -> None:
    unit = UNIT.replace("  fte: 4", "  fte: 4  #hrkit:ignore[hr302] the document states 4")
    (repo / "records/positions/2802.yaml").write_text(unit)
    assert run(repo, "validate").stdout.endswith("no problems, 1 suppressed.\n")
    (repo / "records/positions/2802.yaml").write_text(UNIT.replace("  fte: 4", "  fte: 4  # hrkit: ignore"))
    assert "2802.yaml:12:11: HR007" in run(repo, "validate").stdout


def test_utf16_without_bom_is_named(repo: Path) -> None:
    (repo / "records/positions/3001.yaml").write_bytes(report(3001, 3).encode("utf-16-le"))
    result = run(repo, "validate", "--select", "HR001")
    assert result.stdout.startswith("records/positions/3001.yaml:1:1: HR001 [error] file looks like UTF-16")


def test_parallel_stage_gives_the_same_report(repo: Path, monkeypatch) -> None:
    import hrkit.check.mapping

    positions = repo / "records/positions"
    for n in range(4000, 4040):
        (positions / f"{n}.yaml").write_text(report(n, 1).replace('"2802"', '"3001"').replace(
            "Director General, Workplace Partnerships", "Director 3001").replace("EX-03", "EX-01").replace(
            "classification: EX-01\nstatus", "classification: EC-05\nstatus"))
    serial = run(repo, "validate", "--format", "json", "--jobs", "1").stdout
    monkeypatch.setattr(hrkit.check.mapping, "PARALLEL_MIN_FILES", 10)
    parallel = run(repo, "validate", "--format", "json", "--jobs", "3").stdout
    assert parallel == serial
    assert json.loads(serial)["summary"]["files"] == 44 and "HR302" in serial and "HR207" in serial


def test_progress_callback_counts_every_file(repo: Path, monkeypatch) -> None:
    import hrkit.check.mapping
    from hrkit.check.engine import validate
    from hrkit.model.config import load_project
    from hrkit.io.sources import WorktreeSource

    positions = repo / "records/positions"
    for n in range(5000, 5030):
        (positions / f"{n}.yaml").write_text(report(n, 0).replace('"2802"', '"3002"'))
    monkeypatch.setattr(hrkit.check.mapping, "PIECE", 7)
    for jobs in (1, 2):
        monkeypatch.setattr(hrkit.check.mapping, "PARALLEL_MIN_FILES", 10)
        seen: list[tuple[int, int]] = []
        source = WorktreeSource(repo)
        validate(load_project(repo, source), source, jobs=jobs, progress=lambda d, t: seen.append((d, t)))
        assert seen[-1] == (34, 34) and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_help_and_the_hook_path_import_only_what_they_use() -> None:
    import subprocess
    import sys

    probe = ("import sys\nfrom click.testing import CliRunner\nfrom hrkit.cli import cli\n"
             "CliRunner().invoke(cli, ['--help'])\n"
             "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))")
    loaded = set(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                                check=True).stdout.split())
    assert not loaded & {"pydantic", "yaml", "ruamel", "tabulate", "jsonschema", "git", "sqlite3"}


def test_plain_records_are_validated_and_their_history_read_without_pyyaml(tmp_path: Path) -> None:
    """The fast reader handles plain records, so PyYAML (and ruamel, tabulate, GitPython) stay
    unloaded by a validation without findings and by the audit trail."""
    import subprocess
    import sys

    from conftest import git

    init_repository(tmp_path, organization="Test", today=dt.date(2026, 11, 25))
    (tmp_path / "records/positions/1001.yaml").write_text(DEPUTY_HEAD)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "start")
    for args in (["validate"], ["log"]):
        probe = ("import sys\nfrom click.testing import CliRunner\nfrom hrkit.cli import cli\n"
                 f"result = CliRunner().invoke(cli, {args!r})\nassert result.exit_code == 0, result.output\n"
                 "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))")
        loaded = set(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                                    check=True).stdout.split())
        assert not loaded & {"yaml", "ruamel", "tabulate", "git"}, args
