"""One version of a record as history sees it: its fields flattened to dotted paths.

:func:`flatten_record` is the only place a blob is parsed for history. It depends on the bytes
alone, so a cache keyed by blob id can wrap it without changing anything else.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

from hrkit.data import fieldpaths
from hrkit.io import gitio
from hrkit.errors import HrkitError
from hrkit.io.sources import GitSource, RecordFile, WorktreeSource
from hrkit.io.yamlsafe import load_yaml


@dataclass(frozen=True, slots=True)
class FlatRecord:
    """A parsed version: ``fields`` maps dotted paths to leaf values (scalars, lists, empty
    mappings), in document order; ``error`` says why the bytes are not a record mapping."""

    fields: dict[str, object]
    error: str | None = None

    @property
    def id(self) -> str | None:
        value = self.fields.get("id")
        return value if isinstance(value, str) and value else None


def flatten_record(data: bytes) -> FlatRecord:
    """Parse one record file's bytes and flatten it; never raises for bad input."""
    result = load_yaml(data)
    if not result.ok:
        problem = result.problems[0]
        return FlatRecord({}, f"line {problem.line}, column {problem.column}: {problem.message}")
    if not isinstance(result.data, dict):
        return FlatRecord({}, "line 1, column 1: a record file holds a mapping of fields")
    return FlatRecord(flatten(result.data))


_PLAIN = (str, int, float, bool, type(None))


def flatten(doc: dict) -> dict[str, object]:
    """``{"dimensions": {"fte": 4}}`` -> ``{"dimensions.fte": 4}``. Lists and empty mappings are
    leaves; dates become ISO text, so every value is plain JSON."""
    return fieldpaths.flatten(doc, _plain_leaf)


def _plain_leaf(value: object) -> object:
    """Most values as they are; a LeadingZeroInt is not an int and goes through plain."""
    return value if type(value) in _PLAIN else plain(value)


def plain(value: object) -> object:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool) and type(value) is not int:
        return int(value)  # LeadingZeroInt: the number is the value
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One record as it stood in a source: where, in which commit, and its fields."""

    id: str
    kind: str  # position or profile
    path: str
    source: str  # "working tree", "index" or "commit <sha12>"
    commit: str | None
    record: FlatRecord
    document: object  # the parsed YAML, for readable output


def find_record(root: Path, record_id: str, rev: str | None = None) -> Snapshot:
    """The record with this id in the working tree (``rev`` None) or in a commit. The file named
    after the id is tried first; otherwise every record file is read to find the id."""
    source = GitSource(root, rev) if rev else WorktreeSource(root)
    files, _ = source.record_files()
    named = [f for f in files if f.stem == record_id]
    for candidates in (named, [f for f in files if f.stem != record_id]):
        for rf, data in source.read_records(candidates):
            if not isinstance(data, bytes):
                continue
            flat = flatten_record(data)
            if flat.id == record_id or (flat.error and rf in named):
                return _snapshot(rf, record_id, source, flat, data)
    where = source.label if rev else "the working tree"
    raise HrkitError(f"no record {record_id!r} in {where}")


def _snapshot(rf: RecordFile, record_id: str, source, flat: FlatRecord, data: bytes) -> Snapshot:
    document = load_yaml(data).data if flat.error is None else None
    return Snapshot(record_id, rf.kind, rf.path, source.label, getattr(source, "commit", None), flat, document)


def resolve_as_of(root: Path, value: str) -> str:
    """The commit ``--as-of DATE|REV`` names (see gitio.commit_as_of)."""
    if gitio.head_commit(root) is None:
        raise HrkitError("--as-of: the repository has no commits yet")
    return gitio.commit_as_of(root, value)
