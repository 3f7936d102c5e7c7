"""Direct reports written as real descriptions write them: a table (Word or Markdown) whose
header names the title, classification and FTE columns; a classification in brackets; a
classification of a group with subgroups (EN-ENG-05, SE-RES-03), which hrkit's classification
scheme accepts as GROUP-SUB-NN."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import FIXTURES, build_repo, run_cli
from hrkit.model.classification import canonical_form
from hrkit.edit.scaffold import init_repository
from hrkit.io.yamlsafe import load_yaml
from import_files import docx_bytes

DESCRIPTION = """\
# Work Description

*   **Position Title:** Director, Water and Wastewater Infrastructure
*   **Position Number:** 70120
*   **Classification:** EX-01
*   **Effective Date:** 2023-04-01
*   **Location:** Winnipeg, Manitoba

## General Accountability

Accountable for the planning and delivery of water and wastewater infrastructure on reserve.

## Organization Structure

The following positions report to the Director:

{reports}

## Dimensions

*   **FTEs:** 27
*   **Salary:** $2,850,000
*   **O&M:** $240,000
*   **Total operating budget:** $3,090,000

## Specific Accountabilities

1.  Directs the capital program.
2.  Manages the human and financial resources of the directorate.
"""
TABLE = """\
| Title | Group and Level | FTEs |
|---|---|---|
| Manager, Capital Projects | EN-ENG-O4 | 14 |
| Senior Engineer | EN-ENG-05 | 2 |
| Manager, Operations Support | AS-07 | |
"""
BRACKETS = """\
Manager, Capital Projects [EN-ENG-O4] (14 FTEs)
Senior Engineer [EN-ENG-05] (2 FTEs)
Manager, Operations Support [AS-07]
"""
DASHES = "- Manager, Capital Projects \u2013 EN-ENG-O4 \u2013 14 FTE's\nSenior Engineer \u2013 EN-ENG-05 \u2013 staff of 2\n" \
    "- Manager, Operations Support \u2013 AS-07\n"
EXPECTED = [("Manager, Capital Projects", "EN-ENG-04", 14), ("Senior Engineer", "EN-ENG-05", 2),
            ("Manager, Operations Support", "AS-07", None)]


def _imported(tmp_path: Path, name: str, content: bytes) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    init_repository(root, organization="Reports test", today=dt.date(2026, 11, 25))
    doc = tmp_path / name
    doc.write_bytes(content)
    result = run_cli(["import", str(doc), "--department", "ISC"], root)
    assert result.exit_code == 0, result.output
    return root


def _record(root: Path, record_id: str) -> dict:
    return load_yaml((root / "records/positions" / f"{record_id}.yaml").read_bytes()).data


def _scan_run(markdown: str) -> str:
    """The document as OCR gives a scan of it: one run of text, headings in capitals."""
    lines = [line.lstrip("# ").upper() if line.startswith("#") else line.replace("*   **", "").replace(":**", ":")
             for line in markdown.splitlines()]
    return " ".join(" ".join(lines).split())


@pytest.mark.parametrize("name,content", [
    ("table.docx", docx_bytes(DESCRIPTION.format(reports=TABLE))),
    ("table.md", DESCRIPTION.format(reports=TABLE).encode()),
    ("brackets.txt", DESCRIPTION.format(reports=BRACKETS).replace("*   **", "").replace(":**", ":").encode()),
    ("dashes.txt", DESCRIPTION.format(reports=DASHES).replace("*   **", "").replace(":**", ":").encode()),
    ("dashes in a scan's run.txt", _scan_run(DESCRIPTION.format(reports=DASHES)).encode()),
])
def test_direct_reports_in_a_table_or_with_bracketed_classifications(tmp_path: Path, name: str, content: bytes) -> None:
    root = _imported(tmp_path, name, content)
    reports = [_record(root, f"70120-R{n}") for n in (1, 2, 3)]
    assert [(r["title"], r["classification"], (r.get("dimensions") or {}).get("fte")) for r in reports] == EXPECTED
    assert "verify" in (root / "records/positions/70120-R1.yaml").read_text()  # EN-ENG-O4 was repaired
    main = _record(root, "70120")
    assert main["dimensions"]["total"] == 3_090_000  # "Total operating budget" is the total
    assert run_cli(["validate", "--select", "HR101,HR102"], root).exit_code == 0


@pytest.mark.parametrize("written,canonical", [("EN-ENG-05", "EN-ENG-05"), ("en eng 5", "EN-ENG-05"),
                                               ("SE-RES-O3", "SE-RES-03"), ("EX-O3", "EX-03"), ("EXOI", "EXO-01")])
def test_classification_codes_with_a_subgroup(written: str, canonical: str) -> None:
    assert canonical_form(written) == canonical


def _repo_with(tmp_path: Path, classification: str, groups: str) -> Path:
    root = build_repo(tmp_path, FIXTURES / "rules" / "HR102-noncanonical-classification" / "pass")
    scheme = root / "rules/classifications.yaml"
    scheme.write_text(scheme.read_text().replace("groups:\n", f"groups:\n{groups}", 1))
    record = (root / "records/positions/1101.yaml")
    record.write_text(record.read_text().replace("classification: EC-05", f"classification: {classification}"))
    return root


def test_a_declared_subgroup_classification_validates(tmp_path: Path) -> None:
    root = _repo_with(tmp_path, "EN-ENG-05", "  EN-ENG: {name: Engineering, levels: 6}\n")
    result = run_cli(["validate"], root)
    assert result.exit_code == 0, result.output


def test_a_damaged_subgroup_classification_is_reported_with_its_canonical_form(tmp_path: Path) -> None:
    root = _repo_with(tmp_path, "EN-ENG-O5", "  EN-ENG: {name: Engineering, levels: 6}\n")
    result = run_cli(["validate", "--format", "text"], root)
    assert result.exit_code == 1
    assert "HR102" in result.output and "EN-ENG-05" in result.output


def test_a_group_name_that_is_no_group_or_subgroup_is_a_configuration_error(tmp_path: Path) -> None:
    root = _repo_with(tmp_path, "EC-05", "  ENGINEERING: {name: Engineering, levels: 6}\n")
    result = run_cli(["validate"], root)
    assert result.exit_code == 2
    assert "rules/classifications.yaml" in result.stderr and "'ENGINEERING' must be 2 or 3 capital letters" in result.stderr
