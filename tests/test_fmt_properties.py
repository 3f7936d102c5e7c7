"""Property: fmt and the round-trip writer never change the data of a record they are given."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from hrkit.edit.importer.emit import record_text
from hrkit.edit.importer.document import Value
from hrkit.edit.rewrite import Document, format_bytes, same_data
from hrkit.io.yamlsafe import load_yaml

text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=120)
values = st.one_of(text, st.integers(0, 10**9), st.booleans(), st.none(), st.dates(dt.date(1990, 1, 1)))
records = st.fixed_dictionaries(
    {"id": st.from_regex(r"\A[A-Z0-9][A-Z0-9-]{0,10}\Z"), "title": text, "classification": text},
    optional={"branch": text, "location": values, "division": values, "job_code": st.from_regex(r"\A0?[0-9]{3,6}\Z"),
              "dimensions": st.fixed_dictionaries({}, optional={"fte": st.integers(0, 999), "total": st.integers(0, 10**9)}),
              "specific_accountabilities": st.lists(text, min_size=1, max_size=4)})


def _emit(record: dict) -> bytes:
    fields = {k: ({kk: Value(vv) for kk, vv in v.items()} if isinstance(v, dict) else Value(v))
              for k, v in record.items()}
    return record_text(fields, ["generated"]).encode()


@settings(max_examples=150, deadline=None, derandomize=True)
@given(records)
def test_fmt_and_rewrite_keep_data(record: dict) -> None:
    raw = _emit(record)
    parsed = load_yaml(raw)
    assert not parsed.problems and same_data(parsed.data, record)
    formatted = format_bytes("r.yaml", raw, "position")
    assert same_data(load_yaml(formatted).data, record)
    assert format_bytes("r.yaml", formatted, "position") == formatted
    doc = Document("r.yaml", formatted, "position")
    doc.set("branch", record.get("branch", "X"))
    assert same_data(load_yaml(doc.render()).data, {**record, "branch": record.get("branch", "X")})
