"""Record files -> flat rows: every field under its dotted path, for rollups, reports and queries.

Imported only when files must be parsed: a warm run reads rows from the column store
(hrkit/rows.py).
"""
from __future__ import annotations

import datetime as _dt

from hrkit.fieldpaths import SKIP, flatten
from hrkit.mapping import map_cached
from hrkit.rows import Rows, Scalar, fingerprint
from hrkit.yamlsafe import load_yaml
from hrkit.yamlscalars import ID_FIELDS, INT64_MAX, INT64_MIN

PROSE = 200
"""Strings longer than this are prose, not a value anyone groups or filters by."""

PERSONAL = {"profile": ("name",)}
"""Top-level fields left out of rows: a person's name is never needed to count or join."""


def row_value(value: object) -> Scalar | object:
    """What a row keeps of a leaf: a list's item count; scalars, except prose; nothing else."""
    if isinstance(value, list):
        return len(value)
    if isinstance(value, str) and len(value) > PROSE:
        return SKIP
    if value is None or isinstance(value, (str, int, float, bool, _dt.date)):
        return value
    return SKIP


def read_rows(project, source, cache) -> Rows:
    """Rows parsed from the files (or taken from the per-file cache by blob id)."""
    files, unreadable = source.record_files()

    def work(rf, data: bytes | str):
        return _row(rf, data, project.scheme) if isinstance(data, bytes) else None
    found = map_cached(source, files, work, cache=cache, fingerprint=fingerprint(project),
                       blobs=source.known_blobs() if cache is not None else {},
                       encode=lambda row: (row,), decode=lambda rf, value: value[0])
    rows = Rows([], [], [u.path for u in unreadable])
    for rf, row in zip(files, found):
        if row is None:
            rows.unreadable.append(rf.path)
        else:
            (rows.positions if rf.kind == "position" else rows.profiles).append(row)
    rows.unreadable.sort()
    return rows


def _row(rf, data: bytes, scheme) -> dict[str, Scalar] | None:
    """One file's row; None when it is not a readable mapping (validate says why)."""
    doc = load_yaml(data).data
    if not isinstance(doc, dict):
        return None
    for name in PERSONAL.get(rf.kind, ()):
        doc.pop(name, None)
    row = flatten(doc, row_value)
    for key, value in row.items():
        if isinstance(value, int) and not isinstance(value, bool):
            if key.rpartition(".")[2] in ID_FIELDS:
                row[key] = getattr(value, "text", None) or str(value)  # HR006 reports it; joins still work
            elif not INT64_MIN <= value <= INT64_MAX:
                row[key] = None  # too large for SQL and for sums a report prints (module yamlscalars)
            elif type(value) is not int:
                row[key] = int(value)  # an int written with leading zeros: plain, so it pickles
    row["path"] = rf.path
    code = row.get("classification")
    row["classification"] = scheme.resolve(code) or code
    return row
