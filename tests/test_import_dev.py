"""Field accuracy of reading work descriptions, held at the level reached.

``tests/fixtures/import/dev/`` holds a development set (written by its ``generate.py``: English,
French and bilingual; Markdown, OCR'd runs, Word files read as lines or tables; clean and
OCR-damaged) and ``tests/fixtures/import/holdout/`` documents written by hand after the readers
were tuned, in shapes the development set does not have. Each comes with the key fields it
states (``expected.json``). ``python tests/test_import_dev.py [dev|holdout]`` prints every field
read wrong.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest

from hrkit.edit.importer.build import build
from hrkit.edit.importer.emit import record_text
from hrkit.edit.importer.parse import NotAWorkDescription, parse_text

SETS = Path(__file__).parent / "fixtures" / "import"
KEYS = ("title", "classification", "job_code", "position_number", "effective_date", "supervisor_number",
        "supervisor_title", "supervisor_classification", "fte", "salary", "o_and_m", "total", "location")
FLOOR = {"dev": 0.99, "holdout": 0.99}
"""The share of key fields read right, at least (the level reached, a little below)."""


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).replace("\u2019", "'").casefold()
    return " ".join(re.sub(r"[\s.;:,]+$", "", text).split())


def _read(wd) -> dict:
    f, d = wd.fields, wd.dimensions
    got = {key: f[key].value if key in f else None for key in KEYS if key not in ("fte", "salary", "o_and_m", "total")}
    got |= {key: d[key].value if key in d else None for key in ("fte", "salary", "o_and_m", "total")}
    if got["effective_date"] is not None:
        got["effective_date"] = got["effective_date"].isoformat()
    got["reports"] = [[r.title.value, r.classification.value if r.classification else None,
                       r.fte.value if r.fte else None] for r in wd.reports]
    return got


def score(name: str, text: str, want: dict) -> tuple[int, int, list[str]]:
    """(fields right, fields counted, what went wrong) for one document; a document that is to
    be refused counts as one field."""
    try:
        wd = parse_text(text, name)
    except NotAWorkDescription as exc:
        if want.get("refused"):
            return 1, 1, []
        return 0, len(KEYS) + len(want["reports"]), [f"refused: {exc}"]
    if want.get("refused"):
        return 0, 1, ["read, but it is to be refused"]
    got = _read(wd)
    right, counted, wrong = 0, 0, []
    for key in KEYS:
        counted += 1
        same = _text(got[key]) == _text(want[key]) if key.endswith("title") or key == "location" else \
            got[key] == want[key]
        if same:
            right += 1
        else:
            wrong.append(f"{key}: read {got[key]!r}, states {want[key]!r}")
    unmatched = list(got["reports"])
    for title, code, fte in want["reports"]:
        counted += 1
        match = next((r for r in unmatched if _text(r[0]) == _text(title)), None)
        if match is not None:
            unmatched.remove(match)
        if match == [match and match[0], code, fte]:
            right += 1
        else:
            wrong.append(f"report {title!r} ({code}, {fte}): read {match!r}")
    for extra in unmatched:
        counted += 1
        wrong.append(f"report read that is not in the document: {extra!r}")
    records = build(wd, {}, department="X", effective_date=None)
    written = "".join(record_text(r.fields, r.header) for r in records)
    for person in want.get("names", []):
        if person.casefold() in written.casefold():
            wrong.append(f"the name {person!r} is in the records")
            right -= 1
    return right, counted, wrong


def measure(which: str) -> tuple[float, dict[str, list[str]]]:
    folder = SETS / which
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    right = counted = 0
    failures = {}
    for name, want in expected.items():
        r, c, wrong = score(name, (folder / "docs" / name).read_text(encoding="utf-8"), want)
        right, counted = right + r, counted + c
        if wrong:
            failures[name] = wrong
    return right / counted, failures


@pytest.mark.parametrize("which", sorted(FLOOR))
def test_key_fields_read_right(which: str) -> None:
    accuracy, _ = measure(which)
    assert accuracy >= FLOOR[which]


if __name__ == "__main__":
    for which in sys.argv[1:] or sorted(FLOOR):
        accuracy, failures = measure(which)
        for name, wrong in failures.items():
            print(name)
            for line in wrong:
                print("   ", line)
        print(f"{which}: {accuracy:.1%} of key fields right")
