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
import hashlib
from collections.abc import Iterable
from typing import NamedTuple

from hrkit.cache import Cache
from hrkit.mapping import map_cached
from hrkit.schema import ID_FIELDS
from hrkit.yamlsafe import load_yaml

ROWS_FORMAT = 3
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


def load_rows(project, source, *, fields: Iterable[str] | None = None, use_cache: bool = True) -> Rows:
    """Every record file of ``source`` as a flat row (plus ``path``), positions and profiles
    apart. ``classification`` is the declared canonical code when it can be resolved (an OCR
    misreading such as ``EX-O3`` groups with ``EX-03``), else the text as written; identifiers
    written as numbers become text, as the rules read them.

    ``fields`` names the fields the caller uses: rows may then hold only those (None where a
    record lacks one), which a warm run reads from the column store without building the rest.
    """
    cache = Cache.open_for(project.root) if use_cache else None
    try:
        digest = source.state_digest() if cache is not None else None
        state = hashlib.sha1(_fingerprint(project).encode() + digest).digest() if digest else None
        if state is not None:
            stored = _stored_rows(cache, state, fields)
            if stored is not None:
                return stored
        rows = _read_rows(project, source, cache)
        if state is not None:
            cache.store_columns(state, _columns(rows))
        return rows
    finally:
        if cache is not None:
            cache.close()


def _fingerprint(project) -> str:
    return f"tables.load_rows/{ROWS_FORMAT}|{project.fingerprint}"


def _read_rows(project, source, cache) -> Rows:
    """Rows parsed from the files (or taken from the per-file cache by blob id)."""
    files, unreadable = source.record_files()

    def work(rf, data: bytes | str):
        return _row(rf, data, project.scheme) if isinstance(data, bytes) else None
    found = map_cached(source, files, work, cache=cache, fingerprint=_fingerprint(project),
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


# --- the column store: one repository state's rows, a list per field ----------------------

class _Absent:
    """Marks a field a record does not have (a field holding null is None)."""

    def __reduce__(self) -> str:
        return "ABSENT"  # unpickles as this module's one instance


ABSENT = _Absent()
KINDS = ("position", "profile")


def _columns(rows: Rows) -> dict[str, object]:
    """Rows as parts for ``Cache.store_columns``: a manifest and one list per kind and field.
    Equal strings are made one object, so pickle writes each distinct string once."""
    same: dict[str, str] = {}
    parts: dict[str, object] = {}
    manifest = {"unreadable": rows.unreadable}
    for kind, kind_rows in zip(KINDS, (rows.positions, rows.profiles)):
        names = list(dict.fromkeys(name for row in kind_rows for name in row))
        gaps = []  # fields some records lack
        for name in names:
            column = [same.setdefault(v, v) if type(v) is str else v
                      for v in (row.get(name, ABSENT) for row in kind_rows)]
            if any(v is ABSENT for v in column):
                gaps.append(name)
            parts[f"{kind}:{name}"] = column
        manifest[kind] = (len(kind_rows), names, gaps)
    parts[""] = manifest
    return parts


def _stored_rows(cache, state: bytes, fields: Iterable[str] | None) -> Rows | None:
    stored = cache.columns(state, [""])
    if stored is None:
        return None
    manifest = stored[""]
    wanted = {kind: [n for n in (manifest[kind][1] if fields is None else dict.fromkeys(fields))
                     if n in manifest[kind][1]] for kind in KINDS}
    columns = cache.columns(state, [f"{kind}:{name}" for kind in KINDS for name in wanted[kind]])
    if columns is None:
        return None
    built = []
    for kind in KINDS:
        size, _, gaps = manifest[kind]
        names = wanted[kind]
        lists = [columns[f"{kind}:{name}"] for name in names]
        if not names:
            built.append([{} for _ in range(size)])
        elif fields is None and gaps:  # every field, exactly as read
            built.append([{n: v for n, v in zip(names, values) if v is not ABSENT} for values in zip(*lists)])
        else:
            lists = [[None if v is ABSENT else v for v in values] if name in gaps else values
                     for name, values in zip(names, lists)]
            built.append([dict(zip(names, values)) for values in zip(*lists)])
    return Rows(built[0], built[1], list(manifest["unreadable"]))


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
