"""The diff model: which records changed between two states, and how, field by field.

Records are matched by ``id`` (and kind), never by path: a file that moves is the same record.
A value that is absent differs from one that is null. Comparing parsed values makes key
order, quoting, comments and indentation invisible: such an edit has no field changes.
"""
from __future__ import annotations

import json
from collections import Counter
from operator import itemgetter
from dataclasses import dataclass, field
from pathlib import Path

from hrkit.io import gitio
from hrkit.errors import HrkitError
from hrkit.history.log import RECORD_PATHS, FileChange, diff_raw
from hrkit.history.snapshot import FlatRecord, flatten, flatten_record
from hrkit.io.sources import record_kind


class _Absent:
    """A field that a version does not have (unlike a field set to null)."""

    _instance: _Absent | None = None

    def __new__(cls) -> _Absent:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"

    def __bool__(self) -> bool:
        return False


ABSENT = _Absent()

KINDS = ("added", "removed", "modified", "moved", "renumbered", "broken")
"""Record change kinds. ``moved``: same id, another path. ``renumbered``: git saw the file
renamed (or rewritten in place) and its id changed, old id gone, new id new, while what makes
the record itself (IDENTITY) stayed. ``broken``: the new version cannot be parsed (``error``
says why)."""
IDENTITY = {"position": ("title", "classification"), "profile": ("name.given", "name.family")}
"""Fields a renumbering keeps: without them, a file deleted and another added in one commit are
two records even when git pairs the files as a rename (small records look alike)."""


class FieldChange(tuple):
    """One field that differs: ``path`` (dotted: dimensions.fte), ``old`` and ``new`` (ABSENT
    when that version lacks the field). A tuple: a kept audit trail holds thousands."""

    __slots__ = ()

    def __new__(cls, path: str, old: object, new: object) -> FieldChange:
        return tuple.__new__(cls, (path, old, new))

    path = property(itemgetter(0))
    old = property(itemgetter(1))
    new = property(itemgetter(2))

    def __repr__(self) -> str:
        return f"FieldChange(path={self.path!r}, old={self.old!r}, new={self.new!r})"

    @property
    def items_added(self) -> list:
        return _items(self.new, self.old)

    @property
    def items_removed(self) -> list:
        return _items(self.old, self.new)

    @property
    def is_list(self) -> bool:
        return isinstance(self.old, list) and isinstance(self.new, list)


def _items(a: object, b: object) -> list:
    """Items of list ``a`` not in list ``b``, counting repeats."""
    if not isinstance(a, list) or not isinstance(b, list):
        return []
    return minus(a, b, _key)


def minus(items: list, others: list, key) -> list:
    """The items not matched one-for-one by an item of ``others`` with the same key (repeats count)."""
    left = Counter(key(v) for v in others)
    out = []
    for item in items:
        k = key(item)
        if left[k]:
            left[k] -= 1
        else:
            out.append(item)
    return out


def _key(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def same(a: object, b: object) -> bool:
    """Equal values of the same kind: ``true`` is not ``1``; ``1`` and ``1.0`` are the same number."""
    if a is b:
        return True
    if isinstance(a, (list, dict)) or isinstance(b, (list, dict)):
        return type(a) is type(b) and _key(a) == _key(b)
    return isinstance(a, bool) == isinstance(b, bool) and isinstance(a, str) == isinstance(b, str) and \
        (a == b or a != a and b != b)  # NaN is the same NaN


_SCALARS = frozenset((str, int, float, bool, type(None)))


def diff_flat(old: dict, new: dict) -> list[FieldChange]:
    """Changed fields, in the new version's order, then the fields it no longer has."""
    changes = []
    for path, value in new.items():
        before = old.get(path, ABSENT)
        if before is ABSENT and path not in old:
            changes.append(FieldChange(path, ABSENT, value))
        elif before is value or (type(before) is type(value) and type(value) in _SCALARS and before == value):
            continue  # the common case, decided without the general comparison
        elif not same(before, value):
            changes.append(FieldChange(path, before, value))
    changes.extend(FieldChange(path, value, ABSENT) for path, value in old.items() if path not in new)
    return changes


def diff_documents(old: dict | None, new: dict | None) -> list[FieldChange]:
    """Field changes between two parsed records (None: the record does not exist)."""
    return diff_flat(flatten(old) if old else {}, flatten(new) if new else {})


@dataclass(slots=True)
class RecordChange:
    id: str
    kind: str  # one of KINDS
    type: str  # position or profile
    old_path: str | None
    new_path: str | None
    fields: list[FieldChange] = field(default_factory=list)
    old_id: str | None = None  # the id before a renumbering
    error: str | None = None  # why the new version (broken) cannot be parsed
    old_error: str | None = None  # why the old version cannot be parsed (its fields are unknown)
    before: dict = field(default_factory=dict, repr=False)  # every field of the old version
    after: dict = field(default_factory=dict, repr=False)  # ... and of the new one

    @property
    def format_only(self) -> bool:
        """Modified with no field changed: only key order, quoting, comments or spacing."""
        return self.kind == "modified" and not self.fields

    @property
    def path(self) -> str:
        return self.new_path or self.old_path or ""


@dataclass(frozen=True, slots=True)
class Side:
    """One version taking part in a change: where it is and what it holds."""

    path: str
    record: FlatRecord

    @property
    def type(self) -> str:
        return record_kind(self.path) or "position"

    @property
    def key(self) -> tuple[str, str] | None:
        rid = self.record.id
        return (self.type, rid) if rid is not None else None


def _stem(path: str) -> str:
    return path.rsplit("/", 1)[-1].removesuffix(".yaml")


def pair_changes(olds: list[Side], news: list[Side], pairs: dict[str, str]) -> list[RecordChange]:
    """Record changes from the versions that left (``olds``) and arrived (``news``) between two
    states. Same id: modified or moved. Otherwise git's pairing (``pairs``: new path -> old
    path, a rename or an in-place edit) links a renumbered record, or a broken version to the
    record it was. The rest are added and removed. A history walk substitutes the last readable
    version for a broken old one, so that the repair shows what changed across the break."""
    out: list[RecordChange] = []
    old_by_key = {s.key: s for s in olds if s.key is not None}
    new_keys = {s.key for s in news if s.key is not None}
    used: set[int] = set()
    pending: list[Side] = []
    for new in news:
        old = old_by_key.get(new.key) if new.key is not None else None
        if old is None or id(old) in used:
            pending.append(new)
            continue
        used.add(id(old))
        kind = "modified" if old.path == new.path else "moved"
        out.append(_change(new.record.id, kind, old, new))
    by_path = {s.path: s for s in olds}
    for new in pending:
        old = by_path.get(pairs.get(new.path, ""))
        if old is not None and id(old) not in used and old.type == new.type and (
                new.record.error or old.record.error or (old.key not in new_keys and new.key not in old_by_key
                                                         and _same_identity(old, new))):
            used.add(id(old))
            out.append(_paired(old, new))
        else:
            out.append(_change(new.record.id or _stem(new.path), "broken" if new.record.error else "added", None, new))
    for old in olds:
        if id(old) not in used:
            out.append(_change(old.record.id or _stem(old.path), "removed", old, None))
    out.sort(key=lambda c: (c.type, c.id, c.path))
    return out


def _same_identity(old: Side, new: Side) -> bool:
    return all(same(old.record.fields.get(f), new.record.fields.get(f)) for f in IDENTITY.get(new.type, ()))


def _paired(old: Side, new: Side) -> RecordChange:
    """A change git links by path whose ids do not match: a renumbering, or a side that cannot
    be parsed (its id is unknown, so the path is the link)."""
    if new.record.error:
        return _change(old.record.id or _stem(old.path), "broken", old, new)
    if old.record.error:
        return _change(new.record.id, "modified" if old.path == new.path else "moved", old, new)
    return _change(new.record.id, "renumbered", old, new)


def _change(rid: str, kind: str, old: Side | None, new: Side | None) -> RecordChange:
    before = old.record.fields if old else {}
    after = new.record.fields if new else {}
    return RecordChange(rid, kind, (new or old).type, old.path if old else None, new.path if new else None,
                        [] if kind == "broken" else diff_flat(before, after),
                        old_id=old.record.id if kind == "renumbered" else None,
                        error=new.record.error if new else None, old_error=old.record.error if old else None,
                        before=before, after=after)


@dataclass
class RevisionDiff:
    """The record changes between two states, labelled for display."""

    old_label: str
    new_label: str
    old_commit: str | None
    new_commit: str | None
    changes: list[RecordChange]

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys((*KINDS, "format_only"), 0)
        for c in self.changes:
            counts["format_only" if c.format_only else c.kind] += 1
        return counts


def diff_revisions(root: Path, rev_a: str | None = None, rev_b: str | None = None, *,
                   staged: bool = False) -> RevisionDiff:
    """``hrkit diff``: HEAD (or ``rev_a``) against the working tree, the index (``staged``) or
    ``rev_b``. One ``git diff --raw`` names the changed files; one ``git cat-file --batch``
    reads the old versions (and the new ones when they are in git)."""
    if staged and rev_b:
        raise HrkitError("--staged compares HEAD (or REV_A) with the index; it takes no REV_B")
    old_label = rev_a or "HEAD"
    if rev_a and ".." in rev_a and rev_b is None:  # A..B, or A...B: from their merge base
        rev_a, dots, rev_b = rev_a.partition("...") if "..." in rev_a else rev_a.partition("..")
        rev_b = rev_b or "HEAD"
        old_label = rev_a
        if dots == "...":
            old_label = f"the merge base of {rev_a} and {rev_b}"
            rev_a = gitio.run_git(root, "merge-base", gitio.resolve_commit(root, rev_a),
                                  gitio.resolve_commit(root, rev_b)).decode().strip()
    old_commit = gitio.resolve_commit(root, rev_a) if rev_a else gitio.head_commit(root)
    old_tree = old_commit or gitio.empty_tree(root)
    if old_commit is None:
        old_label = "the empty repository"
    if rev_b:
        new_commit = gitio.resolve_commit(root, rev_b)
        changes = diff_raw(root, old_tree, new_commit)
        new_label = rev_b
    else:
        new_commit = None
        changes = diff_raw(root, old_tree, cached=staged)
        new_label = "the index" if staged else "the working tree"
        if not staged:
            changes += [FileChange("A", None, p, None, None) for p in gitio.untracked_files(root, *RECORD_PATHS)
                        if record_kind(p)]
    return RevisionDiff(old_label, new_label, old_commit, new_commit, changes_between(root, changes))


def changes_between(root: Path, changes: list[FileChange]) -> list[RecordChange]:
    """Read and parse both sides of raw file changes (new sides without a blob come from the
    working tree) and pair them into record changes."""
    blobs = {sha for c in changes for sha in (c.old_blob, c.new_blob) if sha}
    flats = {sha: flatten_record(data) for sha, data in gitio.read_blobs(root, sorted(blobs)) if data is not None}
    olds, news, pairs = [], [], {}
    for c in changes:
        if c.old_blob and c.old_blob == c.new_blob and c.old_path == c.new_path:
            continue  # a mode change: same bytes
        if c.old_path:
            olds.append(Side(c.old_path, flats.get(c.old_blob) or _missing(c.old_blob)))
        if c.new_path:
            record = flats.get(c.new_blob) if c.new_blob else _worktree(root, c.new_path)
            news.append(Side(c.new_path, record or _missing(c.new_blob)))
            if c.old_path:
                pairs[c.new_path] = c.old_path
    return pair_changes(olds, news, pairs)


def _worktree(root: Path, path: str) -> FlatRecord | None:
    full = root / path
    if full.is_symlink() or not full.is_file():
        return None
    try:
        return flatten_record(full.read_bytes())
    except OSError as exc:
        return FlatRecord({}, f"cannot be read ({exc.strerror})")


def _missing(sha: str | None) -> FlatRecord:
    return FlatRecord({}, f"object {sha} is missing from the git object store" if sha else "cannot be read")
