"""Reading the text of real work descriptions: what ``hrkit import`` takes out of a document's
text (English, French, bilingual; clean or OCR-damaged) and what it refuses, seen in the
records it writes."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from conftest import run_cli
from hrkit.scaffold import init_repository
from hrkit.yamlsafe import load_yaml

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def _repo(tmp_path: Path) -> Path:
    init_repository(tmp_path / "repo", organization="Import test", today=dt.date(2026, 11, 25))
    return tmp_path / "repo"


def _record(root: Path, stem: str) -> dict:
    return load_yaml((root / "records/positions" / f"{stem}.yaml").read_bytes()).data


@pytest.mark.parametrize("name", ["EX-01 Director, Policy Coordination.md", "jd [v2] {final}.md",
                                  "Director, Policy (signed) [v2] {final} #1 & *x: a.md",
                                  "jd\u2028line\nbreak\x85.md", "- ? '\"%@`.md"])
def test_file_names_with_yaml_characters_are_kept_as_written(tmp_path: Path, name: str) -> None:
    doc = tmp_path / name
    shutil.copy(FIXTURES / "director-policy.md", doc)
    root = _repo(tmp_path)
    result = run_cli(["import", str(doc), "--department", "ESDC"], root)
    assert result.exit_code == 0, result.output
    assert _record(root, "045123")["source"] == {"document": name, "ocr": False}
    assert run_cli(["fmt", "--check"], root).exit_code == 0
