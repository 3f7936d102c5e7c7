"""Records as flat rows for rollups, queries and exports: every field under its dotted path.

``load_rows`` and ``load_columns`` are how these commands read records. Parsing is the whole
cost of a first run (about 20 s for 100,000 files on one core; ``read_rows``), so:

* each file's row is kept in the result cache by git blob id (hrkit/store/cache.py);
* the rows of a whole repository state are kept as a column store (a list per field, named by
  ``Source.state_digest()``), so a warm rollup reads the few lists it uses and nothing else.

Rows keep scalars only: nested mappings become dotted paths, lists become their item count,
and long prose (work-description text) is left out. Profile names are never put in a row:
reports and queries work on ids, and aggregate tables must not carry names.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Iterable
from typing import NamedTuple

from hrkit.store.cache import Cache
from hrkit.data.fieldpaths import SKIP, flatten
from hrkit.check.mapping import map_cached
from hrkit.io.yamlsafe import load_yaml
from hrkit.io.yamlscalars import ID_FIELDS, INT64_MAX, INT64_MIN

ROWS_FORMAT = 4
"""Bump when the rows change shape: cached rows are keyed by it."""

Scalar = str | int | float | bool | _dt.date | None


class Rows(NamedTuple):
    positions: list[dict[str, Scalar]]
    profiles: list[dict[str, Scalar]]
    unreadable: list[str]  # paths of record files that are not a readable mapping (see validate)


class Columns:
    """Records of one kind as one list per field: what rollups read. A field no record has is
    not there (``has``); a record lacking a field that others have holds None in its list."""

    def __init__(self, size: int, data: dict[str, list]) -> None:
        self.size = size
        self._data = data

    @classmethod
    def from_rows(cls, rows: list[dict], names: Iterable[str]) -> Columns:
        return cls(len(rows), {n: [r.get(n) for r in rows] for n in names if any(n in r for r in rows)})

    def has(self, name: str) -> bool:
        return name in self._data

    def __getitem__(self, name: str) -> list:
        found = self._data.get(name)
        return found if found is not None else [None] * self.size

    def take(self, keep: list[int]) -> Columns:
        """Only the records at these positions."""
        return Columns(len(keep), {n: list(map(values.__getitem__, keep)) for n, values in self._data.items()})


class ColumnRows(NamedTuple):
    positions: Columns
    profiles: Columns
    unreadable: list[str]


def load_rows(project, source, *, use_cache: bool = True) -> Rows:
    """Every record file of ``source`` as a flat row (plus ``path``), positions and profiles
    apart. ``classification`` is the declared canonical code when it can be resolved (an OCR
    misreading such as ``EX-O3`` groups with ``EX-03``), else the text as written; identifiers
    written as numbers become text, as the rules read them."""
    return _load(project, source, None, use_cache)


def load_columns(project, source, fields: Iterable[str], *, use_cache: bool = True) -> ColumnRows:
    """The same records as ``load_rows``, only ``fields``, a list per field: a warm run reads
    just these lists from the column store."""
    return _load(project, source, list(dict.fromkeys(fields)), use_cache)


def _load(project, source, fields: list[str] | None, use_cache: bool):
    cache = Cache.open_for(project.root) if use_cache else None
    try:
        digest = source.state_digest() if cache is not None else None
        state = hashlib.sha1(fingerprint(project).encode() + digest).digest() if digest else None
        if state is not None:
            stored = _stored(cache, state, fields)
            if stored is not None:
                return stored
        rows = read_rows(project, source, cache)
        if state is not None and not source.changed_during_read:
            cache.store_parts(state, _columns(rows))
    finally:
        if cache is not None:
            cache.close()
    if fields is None:
        return rows
    return ColumnRows(Columns.from_rows(rows.positions, fields), Columns.from_rows(rows.profiles, fields),
                      rows.unreadable)


def fingerprint(project) -> str:
    return f"rows.load_rows/{ROWS_FORMAT}|{project.fingerprint}"


# --- record files to rows ---------------------------------------------------------------------

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


# --- the column store: one repository state's rows, a list per field ----------------------

KINDS = ("position", "profile")


def _columns(rows: Rows) -> dict[str, object]:
    """Rows as parts for ``Cache.store_parts``: a manifest, one list per kind and field (None
    where a record lacks the field), and for the fields some records lack, which ones (only
    ``load_rows`` reads those, to give every row exactly its own fields)."""
    parts: dict[str, object] = {}
    manifest = {"unreadable": rows.unreadable}
    for kind, kind_rows in zip(KINDS, (rows.positions, rows.profiles)):
        names = list(dict.fromkeys(name for row in kind_rows for name in row))
        gaps = []
        for name in names:
            parts[f"{kind}:{name}"] = [row.get(name) for row in kind_rows]
            lacking = [i for i, row in enumerate(kind_rows) if name not in row]
            if lacking:
                gaps.append(name)
                parts[f"{kind}:{name}:lacking"] = lacking
        manifest[kind] = (len(kind_rows), names, gaps)
    parts[""] = manifest
    return parts


def _stored(cache, state: bytes, fields: list[str] | None) -> Rows | ColumnRows | None:
    """Rows (every field, exactly as read) or Columns (``fields``) from the column store."""
    stored = cache.parts(state, [""])
    if stored is None:
        return None
    manifest = stored[""]
    wanted = {kind: [n for n in (fields or manifest[kind][1]) if n in manifest[kind][1]] for kind in KINDS}
    columns = cache.parts(state, [f"{kind}:{name}" for kind in KINDS for name in wanted[kind]])
    if columns is None:
        return None
    built = []
    for kind in KINDS:
        size, _, gaps = manifest[kind]
        names = wanted[kind]
        lists = {name: columns[f"{kind}:{name}"] for name in names}
        if fields is not None:
            built.append(Columns(size, lists))
            continue
        rows = [dict(zip(names, values)) for values in zip(*lists.values())] if names else [{} for _ in range(size)]
        lacking = cache.parts(state, [f"{kind}:{name}:lacking" for name in gaps])
        if lacking is None:
            return None
        for name in gaps:
            for i in lacking[f"{kind}:{name}:lacking"]:
                del rows[i][name]
        built.append(rows)
    unreadable = list(manifest["unreadable"])
    return Rows(*built, unreadable) if fields is None else ColumnRows(*built, unreadable)


