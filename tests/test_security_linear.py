"""Record text cannot make hrkit run for ever: every pattern hrkit runs over record values, and
the naming of duplicate keys, is linear in the text (docs/security.md). On the code before, each
file below took from seconds to hours."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DEPUTY_HEAD, build_repo, run_cli

UNIT = ('id: "2001"\ntitle: Director\nclassification: EX-01\nstatus: active\neffective_date: 2020-04-18\n'
        'department: ESDC\nreports_to: "1001"\nsupervisor:\n  title: Deputy Minister\n  classification: DM-03\n')
N = 200_000


def findings(tmp_path: Path, record: str, *codes: str) -> list[dict]:
    root = build_repo(tmp_path)
    (root / "records/positions").mkdir(parents=True, exist_ok=True)
    (root / "records/positions/1001.yaml").write_text(DEPUTY_HEAD)
    (root / "records/positions/2001.yaml").write_text(record)
    result = run_cli(["validate", "--no-cache", "--format", "json", "--select", ",".join(codes)], root)
    assert result.exit_code in (0, 1), result.output
    return [f for f in json.loads(result.stdout)["findings"] if f["record"] == "2001"]


@pytest.mark.parametrize("text", ["(" * N, "1 " * N, "(1" * N + "x", "1-" * (N // 2)])
def test_runs_of_digits_and_separators_are_read_once(tmp_path: Path, text: str) -> None:
    assert findings(tmp_path, UNIT + f"location: '{text}'\n", "HR501") == []


@pytest.mark.parametrize("text", ["a" * N + "@", "a@" * N, "a@" + "a." * N, "x@a" + ".a" * N + "-"])
def test_address_like_text_is_read_once(tmp_path: Path, text: str) -> None:
    found = findings(tmp_path, UNIT + f"location: '{text}'\n", "HR501")
    assert all("e-mail" in f["message"] for f in found)


def test_many_phone_numbers_on_one_line_are_placed_in_one_pass(tmp_path: Path) -> None:
    line = "x " + "613-555-0100, " * 70_000
    found = findings(tmp_path, UNIT + f"location: '{line}'\n", "HR501")
    assert len(found) == 70_000
    assert [(f["line"], f["column"]) for f in found[:3]] == [(11, 14), (11, 28), (11, 42)]


def test_a_dollar_amount_is_told_from_a_sin_after_any_spacing(tmp_path: Path) -> None:
    record = UNIT + "dimensions:\n  salary:" + " " * N + "046454286\n"
    assert findings(tmp_path, record, "HR501") == []
    many = UNIT + "notes: 'salary: 046454286" + " x 046454286" * 70_000 + "'\n"
    found = findings(tmp_path, many, "HR501")
    assert len(found) == 70_000 and found[0]["column"] == 29


def test_a_spaced_out_classification_is_no_classification(tmp_path: Path) -> None:
    record = UNIT.replace("classification: EX-01", "classification: 'EX" + " " * N + "x'")
    assert [f["code"] for f in findings(tmp_path, record, "HR101", "HR102")] == ["HR101"]


@pytest.mark.parametrize("style", ["block", "flow"])
def test_thousands_of_duplicate_keys_are_named_in_one_walk(tmp_path: Path, style: str) -> None:
    notes = "notes:\n" + "  x: 1\n" * 20_000 if style == "block" else "notes: {" + "x: 1, " * 20_000 + "}\n"
    found = findings(tmp_path, UNIT + notes, "HR002")
    assert len(found) == 19_999 and {f["field"] for f in found} == {"notes.x"}
