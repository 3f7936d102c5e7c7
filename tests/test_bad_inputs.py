"""Every row of docs/bad-inputs.md: the documented finding or one-line error, the documented
exit code, no traceback, and no file changed by a write command that refuses."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from pathlib import Path

import jsonschema
import pytest

from conftest import git, run_cli

REPO = Path(__file__).parent.parent
CORPUS = Path(__file__).parent / "bad_inputs"

# file in tests/bad_inputs -> (validate finding "line:col: CODE", does fmt/set refuse it?)
ROWS = {
    "unclosed-quote": ("4:1: HR001", True),
    "bad-indent": ("3:17: HR001", True),
    "two-documents": ("2:1: HR001", True),
    "duplicate-key": ("8:1: HR002", True),
    "billion-laughs": ("1:4: HR001", True),
    "tabs": ("2:1: HR001", True),
    "latin1": ("2:10: HR001", True),
    "utf16": ("1:1: HR001", True),
    "empty": ("1:1: HR003", True),
    "top-level-list": ("1:1: HR003", True),
    "top-level-scalar": ("1:1: HR003", True),
    "yaml11-traps": ("8:1: HR006", False),
    "id-slash": ("1:1: HR003", False),
    "id-dotdot": ("1:1: HR003", False),
    "id-space": ("1:1: HR003", False),
    "id-non-ascii": ("1:1: HR003", False),
    "bom": (None, False),
    "control-character": ("2:16: HR001", True),
    "next-line": ("2:14: HR001", True),
    "line-separator": ("7:43: HR001", True),
    "yaml11-directive": ("1:1: HR001", True),
    "long-key": ("8:1101: HR001", True),
    "huge-integer": ("10:11: HR001", True),
    "nested-duplicate-key": ("8:37: HR002", True),
    "fte-nan": ("9:3: HR003", False),
}


@pytest.fixture
def org(tmp_path: Path) -> Path:
    root = tmp_path / "org"
    (root / "records/positions").mkdir(parents=True)
    shutil.copy(REPO / "hrkit.yaml", root)
    shutil.copytree(REPO / "rules", root / "rules")
    shutil.copy(REPO / "records/positions/ESDC-DM.yaml", root / "records/positions")
    return root


def tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()}


def assert_clean_output(result) -> None:
    text = result.output
    assert "Traceback" not in text and "internal error" not in text


@pytest.mark.parametrize("name", sorted(ROWS))
def test_corpus_file(org: Path, name: str) -> None:
    expected, refused = ROWS[name]
    target = org / "records/positions/B1.yaml"
    shutil.copy(CORPUS / f"{name}.yaml", target)
    result = run_cli(["validate", "--format", "text"], org)
    assert_clean_output(result)
    if expected:
        assert result.exit_code == 1
        assert f"records/positions/B1.yaml:{expected}" in result.stdout
    before = tree(org)
    formatted = run_cli(["fmt", "records/positions/B1.yaml"], org)
    assert_clean_output(formatted)
    edited = run_cli(["set", "B1", "location=Ottawa, ON"], org)
    assert_clean_output(edited)
    if refused:
        assert formatted.exit_code == 1 and "records/positions/B1.yaml:" in formatted.stderr
        assert edited.exit_code == 2 and len(edited.stderr.strip().splitlines()) == 1
        assert tree(org) == before


def test_yaml11_traps_are_quoted_by_fmt(org: Path) -> None:
    target = org / "records/positions/B1.yaml"
    shutil.copy(CORPUS / "yaml11-traps.yaml", target)
    assert run_cli(["fmt"], org).exit_code == 0
    text = target.read_text()
    for line in ('title: "no"', 'location: "on"'):  # text a YAML 1.1 reader would take for booleans
        assert line in text
    for line in ("branch: 2020-04-18", "division: 0x1F", "title_fr: 1e3", "job_code: 012345"):
        assert line in text  # a date or number stays one (fmt never changes data); HR003/HR006 report it
    result = run_cli(["validate"], org)
    assert "B1.yaml:9:1: HR003" in result.stdout and "B1.yaml:4:1: HR006" in result.stdout


def test_bom_is_dropped_by_fmt(org: Path) -> None:
    target = org / "records/positions/B1.yaml"
    shutil.copy(CORPUS / "bom.yaml", target)
    assert run_cli(["fmt"], org).exit_code == 0
    assert not target.read_bytes().startswith(b"\xef\xbb\xbf")


def test_deep_nesting(org: Path) -> None:
    (org / "records/positions/B1.yaml").write_text("id: " + "[" * 5000 + "]" * 5000 + "\n")
    result = run_cli(["validate"], org)
    assert_clean_output(result)
    assert "B1.yaml:1:" in result.stdout and "nesting" in result.stdout
    assert run_cli(["set", "B1", "location=x"], org).exit_code == 2


def test_fifty_megabytes_refused_fast(org: Path) -> None:
    (org / "records/positions/B1.yaml").write_bytes(b'id: "B1"\nnote: "' + b"x" * (50 << 20) + b'"\n')
    start = time.perf_counter()
    result = run_cli(["validate"], org)
    assert time.perf_counter() - start < 10
    assert "B1.yaml:1:1: HR001" in result.stdout and "limit" in result.stdout
    before = tree(org)
    assert run_cli(["fmt"], org).exit_code == 1
    assert tree(org) == before


def test_billion_laughs_is_fast(org: Path) -> None:
    shutil.copy(CORPUS / "billion-laughs.yaml", org / "records/positions/B1.yaml")
    start = time.perf_counter()
    run_cli(["validate"], org)
    run_cli(["fmt", "--check"], org)
    assert time.perf_counter() - start < 5


def test_symlink_outside(org: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    shutil.copy(REPO / "records/positions/ESDC-DM.yaml", outside)
    (org / "records/positions/B1.yaml").symlink_to(outside)
    result = run_cli(["validate"], org)
    assert "B1.yaml:1:1: HR008" in result.stdout and "symbolic link" in result.stdout
    assert run_cli(["fmt"], org).exit_code == 1
    assert run_cli(["set", "B1", "location=x"], org).exit_code == 2
    assert outside.read_bytes() == (REPO / "records/positions/ESDC-DM.yaml").read_bytes()


def test_record_that_is_a_directory(org: Path) -> None:
    (org / "records/positions/B1.yaml").mkdir()
    result = run_cli(["validate"], org)
    assert "B1.yaml:1:1: HR008" in result.stdout and "directory" in result.stdout
    assert run_cli(["fmt", "--check"], org).exit_code == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file, so an unreadable file cannot be "
                                              "made here; the row is covered where tests run unprivileged")
def test_unreadable_file(org: Path) -> None:
    target = org / "records/positions/B1.yaml"
    shutil.copy(REPO / "records/positions/ESDC-DM.yaml", target)
    target.chmod(0)
    try:
        result = run_cli(["validate"], org)
        assert "B1.yaml:1:1: HR008" in result.stdout
        assert run_cli(["set", "B1", "location=x"], org).exit_code == 2
    finally:
        target.chmod(0o644)


@pytest.mark.parametrize("path,edit,message", [
    ("hrkit.yaml", lambda t: t + "colour: blue\n", "unknown key 'colour'"),
    ("hrkit.yaml", lambda t: t.replace("min_cell: 5", "min_cell: five"), "privacy.min_cell"),
    ("rules/classifications.yaml", lambda t: t.replace("senior_groups: [DM, EX]", "senior_groups: [DM, ZZ]"),
     "'ZZ', which is not a declared group"),
    ("rules/talent.yaml", lambda t: t.replace("questionnaire_required: [EX-03", "questionnaire_required: [ZZ-03"), "ZZ-03"),
])
def test_bad_configuration(org: Path, path: str, edit, message: str) -> None:
    file = org / path
    file.write_text(edit(file.read_text()))
    for args in (["validate"], ["fmt"], ["set", "ESDC-DM", "location=x"]):
        before = tree(org)
        result = run_cli(args, org)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr.startswith(f"hrkit: error: {path}:") and message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert tree(org) == before


# --- numbers: non-finite ones are schema errors in validate and in the exported schema alike; one
# too long for Python is one finding with its place in every command that reads or prints it

POSITION = """\
id: "B1"
title: Analyst
classification: EC-04
status: active
effective_date: 2020-01-01
department: ESDC
reports_to: "ESDC-DM"
dimensions:
  fte: {fte}
"""
HUGE = "9" * 5000


def exported_schema_errors(org: Path, fte: object) -> list[str]:
    schema = json.loads(run_cli(["schema", "position"], org).stdout)
    record = {"id": "B1", "title": "Analyst", "classification": "EC-04", "status": "active",
              "effective_date": "2020-01-01", "department": "ESDC", "dimensions": {"fte": fte}}
    return [error.message for error in jsonschema.Draft202012Validator(schema).iter_errors(record)]


@pytest.mark.parametrize("written,value", [(".nan", float("nan")), (".inf", float("inf")), ("-.inf", float("-inf")),
                                           ("1" + "0" * 400, 10 ** 400)])
def test_non_finite_fte_is_a_schema_error_in_validate_and_in_the_exported_schema(org: Path, written: str,
                                                                                value: object) -> None:
    (org / "records/positions/B1.yaml").write_text(POSITION.format(fte=written))
    result = run_cli(["validate", "--select", "HR003,HR302"], org)  # HR302 sums the unit's FTEs
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0].startswith("records/positions/B1.yaml:9:3: HR003 [error] dimensions.fte: ")
    assert exported_schema_errors(org, value)


@pytest.mark.parametrize("written", [".nan", ".inf", "-.inf"])
def test_non_finite_numbers_in_an_extra_field_are_schema_errors(org: Path, written: str) -> None:
    config = org / "hrkit.yaml"
    config.write_text(config.read_text() + "extra_fields:\n  position:\n    weight: {type: number}\n")
    (org / "records/positions/B1.yaml").write_text(POSITION.format(fte=1) + f"weight: {written}\n")
    result = run_cli(["validate", "--select", "HR003"], org)
    assert result.exit_code == 1 and "records/positions/B1.yaml:10:1: HR003" in result.stdout, result.output
    (org / "records/positions/B1.yaml").write_text(POSITION.format(fte=1) + "weight: 2.5\n")
    assert run_cli(["validate", "--select", "HR003"], org).exit_code == 0


@pytest.mark.parametrize("written,value", [("0", 0), ("1", 1), ("2.5", 2.5), ("36000", 36000)])
def test_finite_fte_passes_both(org: Path, written: str, value: object) -> None:
    (org / "records/positions/B1.yaml").write_text(POSITION.format(fte=written))
    assert "HR003" not in run_cli(["validate", "--select", "HR003"], org).stdout
    assert exported_schema_errors(org, value) == []


def test_infinite_fte_in_a_query_and_a_rollup(org: Path) -> None:
    (org / "records/positions/B1.yaml").write_text(POSITION.format(fte=".inf"))
    query = run_cli(["query", "SELECT id, fte FROM positions ORDER BY id"], org)
    assert query.exit_code == 0 and "inf" in query.stdout.splitlines()[2]
    assert run_cli(["rollup", "--by", "status"], org).exit_code == 0


def test_non_finite_numbers_print_as_json_any_parser_reads(org: Path) -> None:
    """JSON has no NaN or Infinity: a record's .nan is written as the text it was."""
    (org / "records/positions/B1.yaml").write_text(POSITION.format(fte=".nan"))
    git(org, "init", "-q")
    outputs = {"show": run_cli(["show", "B1", "--format", "json"], org),
               "rollup": run_cli(["rollup", "--by", "status", "--measure", "positions,fte", "--format", "json"], org),
               "query": run_cli(["query", "SELECT id, fte FROM positions ORDER BY id", "--format", "json"], org)}
    for name, result in outputs.items():
        assert result.exit_code == 0, (name, result.output)
        json.loads(result.stdout, parse_constant=lambda c: pytest.fail(f"{name} wrote {c}"))
    assert json.loads(outputs["show"].stdout)["record"]["dimensions"]["fte"] == ".nan"


def test_a_nan_that_stays_is_no_change(org: Path) -> None:
    (org / "records/positions/B1.yaml").write_text(POSITION.format(fte=".nan"))
    git(org, "init", "-q")
    git(org, "add", "-A")
    git(org, "commit", "-qm", "start")
    result = run_cli(["set", "B1", "title=Senior Analyst", "--dry-run", "--force"], org)
    assert "title" in result.stdout and "fte" not in result.stdout, result.output


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_huge_integer_is_one_finding_in_every_format(org: Path, fmt: str) -> None:
    (org / "records/positions/B1.yaml").write_text(POSITION.format(fte=HUGE))
    result = run_cli(["validate", "--format", fmt], org)
    assert result.exit_code == 1 and "internal error" not in result.output
    assert "more than 4,300 digits" in result.stdout and HUGE[:100] not in result.stdout
    if fmt == "json":
        [finding] = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "HR001"]
        assert (finding["path"], finding["line"], finding["column"]) == ("records/positions/B1.yaml", 9, 8)


def test_huge_integer_in_the_commands_that_print_or_rewrite_a_record(org: Path) -> None:
    git(org, "init", "-q")
    git(org, "add", "-A")
    git(org, "commit", "-qm", "start")
    (org / "records/positions/B1.yaml").write_text(POSITION.format(fte=HUGE))
    git(org, "add", "-A")
    git(org, "commit", "-qm", "a long number")
    before = (org / "records/positions/B1.yaml").read_bytes()
    for args, exit_code in ((["fmt"], 1), (["set", "B1", "location=Ottawa"], 2), (["show", "B1"], 2),
                            (["log"], 0), (["diff", "HEAD~1", "HEAD"], 0), (["rollup", "--by", "status"], 0)):
        result = run_cli(args, org)
        assert result.exit_code == exit_code, (args, result.output)
        assert "internal error" not in result.output and HUGE[:100] not in result.output
        if exit_code:
            assert "records/positions/B1.yaml:9:8: " in result.stderr or "line 9, column 8" in result.stderr
    assert (org / "records/positions/B1.yaml").read_bytes() == before


def test_amounts_beyond_64_bits_are_schema_errors_and_absent_from_sums(org: Path) -> None:
    near_limit = "9" * 4300  # readable, but two of them add up to a number Python cannot print
    for rid in ("B1", "B2"):
        (org / f"records/positions/{rid}.yaml").write_text(
            POSITION.format(fte=1).replace('"B1"', f'"{rid}"') + f"  salary: {near_limit}\nbranch: X\n")
    result = run_cli(["validate", "--select", "HR003"], org)
    assert result.stdout.count("dimensions.salary: Input should be less than or equal to 9223372036854775807") == 2
    for args in (["rollup", "--by", "branch"], ["rollup", "--by", "branch", "--format", "json"],
                 ["query", "SELECT id, salary FROM positions ORDER BY id"]):
        result = run_cli(args, org)
        assert result.exit_code == 0, (args, result.output)
        assert near_limit[:50] not in result.stdout
