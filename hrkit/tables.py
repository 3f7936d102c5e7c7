"""Records as flat rows for rollups, queries and exports: every field under its dotted path.

``load_rows`` is the one entry point that reads record files for these commands; parsing is
its whole cost (about 20 s for 100,000 files on one core), so the rows of files whose git blob
id is known are kept in the repository's result cache (hrkit/cache.py) and a warm run only
unpickles them. Rows keep
scalars only: nested mappings become dotted paths, lists become their item count, and long
prose (work-description text) is left out. Profile names are never put in a row: reports and
queries work on ids, and aggregate tables must not carry names.
"""
from __future__ import annotations

import datetime as _dt
from typing import NamedTuple

from hrkit.cache import Cache
from hrkit.records import map_cached
from hrkit.schema import ID_FIELDS
from hrkit.yamlsafe import load_yaml

ROWS_FORMAT = 2
"""Bump when the rows change shape: cached rows are keyed by it."""

PROSE = 200
"""Strings longer than this are prose, not a value anyone groups or filters by."""

PERSONAL = {"profile": ("name",)}
"""Top-level fields left out of rows: a person's name is never needed to count or join."""

Scalar = str | int | float | bool | _dt.date | None


class Rows(NamedTuple):
    positions: list[dict[str, Scalar]]
    profiles: list[dict[str, Scalar]]
    unreadable: list[str]  # paths of record files that are not a readable mapping (see validate)


def flatten(doc: dict, prefix: str = "") -> dict[str, Scalar]:
    """``{"dimensions": {"fte": 44}}`` -> ``{"dimensions.fte": 44}``; lists -> item counts."""
    out: dict[str, Scalar] = {}
    for key, value in doc.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, path + "."))
        elif isinstance(value, list):
            out[path] = len(value)
        elif isinstance(value, str) and len(value) > PROSE:
            continue
        elif value is None or isinstance(value, (str, int, float, bool, _dt.date)):
            out[path] = value
    return out


def load_rows(project, source, *, use_cache: bool = True) -> Rows:
    """Every record file of ``source`` as a flat row (plus ``path``), positions and profiles
    apart. ``classification`` is the declared canonical code when it can be resolved (an OCR
    misreading such as ``EX-O3`` groups with ``EX-03``), else the text as written; identifiers
    written as numbers become text, as the rules read them."""
    files, unreadable = source.record_files()
    cache = Cache.open_for(project.root) if use_cache else None

    def work(rf, data: bytes | str):
        return _row(rf, data, project.scheme) if isinstance(data, bytes) else None
    try:
        found = map_cached(source, files, work, cache=cache,
                           fingerprint=f"tables.load_rows/{ROWS_FORMAT}|{project.fingerprint}",
                           blobs=source.known_blobs() if cache is not None else {},
                           encode=lambda row: (row,), decode=lambda rf, value: value[0])
    finally:
        if cache is not None:
            cache.close()
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
    row = flatten(doc)
    for key, value in row.items():
        if isinstance(value, int) and not isinstance(value, bool):
            if key.rpartition(".")[2] in ID_FIELDS:
                row[key] = getattr(value, "text", None) or str(value)  # HR006 reports it; joins still work
            elif type(value) is not int:
                row[key] = int(value)  # an int written with leading zeros: plain, so it pickles
    row["path"] = rf.path
    code = row.get("classification")
    row["classification"] = scheme.resolve(code) or code
    return row
