"""Audit trails and blame: every change of every record, commit by commit, followed by id.

The whole-history walk is one streamed ``git log --raw`` plus one ``git cat-file --batch`` fed
while the log streams, so git's walk overlaps the parsing; each version is parsed once. Asking
for a few records takes a shorter road when their files are named after their ids: one ``git
log`` of commit metadata, ``git cat-file --batch-check`` naming ``commit:path`` for every commit
(the blob ids show where the record changed), and a couple of processes more only where the
record was moved or renumbered. Either way the result
is the same list of events, filtered by the record's lineage through renumberings.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections import ChainMap
from operator import itemgetter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path

from hrkit import code_digest
from hrkit.io import gitio
from hrkit.errors import HrkitError
from hrkit.history.diff import ABSENT, RecordChange, Side, pair_changes
from hrkit.history.log import Commit, FileChange, diff_raw, iter_commits
from hrkit.history.snapshot import FlatRecord, find_record, flatten_record
from hrkit.io.sources import record_kind

FAST_RECORDS = 16
"""Above this many records, one whole-history walk is cheaper than per-record lookups."""


class Event(tuple):
    """One record change in one commit: ``commit`` and ``change``. The trail keeps what changed
    (``change.fields``), not the two whole versions: ``change.before`` and ``change.after`` are
    empty, and so is ``commit.changes`` (they made the kept trail of a 13,000-change history
    15 MB; a review diffs versions itself). A tuple: a kept trail holds thousands."""

    __slots__ = ()

    def __new__(cls, commit: Commit, change: RecordChange) -> Event:
        return tuple.__new__(cls, (commit, change))

    commit = property(itemgetter(0))
    change = property(itemgetter(1))


@dataclass
class Trail:
    """Record changes, newest first. ``boundary`` holds the commits where a shallow clone's
    history stops: what happened before them is unknown, and they are not shown as additions."""

    events: list[Event]
    head: str | None
    first_parent: bool
    boundary: list[Commit]

    @property
    def starts(self) -> Commit | None:
        """The oldest commit of a shallow history (None when the history is complete)."""
        return min(self.boundary, key=lambda c: c.date) if self.boundary else None


@dataclass(frozen=True, slots=True)
class TrailRow:
    """One changed field of one record in one commit: the audit trail's unit. Rows of a whole
    record (added, removed, moved, broken) have ``field`` empty unless a field was asked for."""

    commit: str
    date: str
    author: str
    email: str
    subject: str
    record: str
    type: str
    change: str
    field: str
    old: object
    new: object
    path: str
    old_path: str | None


TRAIL_FIELDS = tuple(f.name for f in fields(TrailRow))


def build_trail(root: Path, ids: Sequence[str] = (), *, rev: str = "HEAD", all_parents: bool = False) -> Trail:
    """The changes reachable from ``rev``; with ``ids``, only those records (followed across
    moves and renumberings). First parent only unless ``all_parents``."""
    head = gitio.resolve_commit(root, rev) if rev != "HEAD" else gitio.head_commit(root)
    if head is None:
        return Trail([], None, not all_parents, [])
    boundary_ids = gitio.shallow_boundary(root)
    if ids and not all_parents and len(ids) <= FAST_RECORDS:
        steps = _record_steps(root, head, ids)
        if steps is not None:
            flats = _parse(root, {sha for _, cs in steps for c in cs for sha in (c.old_blob, c.new_blob) if sha})
            trail = _trail(steps, flats, ids, head, True, boundary_ids)
            if set(ids) <= {e.change.id for e in trail.events}:
                return trail
            # a file named after the id holds another record: find it by id in the whole history
    if boundary_ids:  # a shallow clone: its history may deepen, so nothing is kept
        commits, flats = _walk(root, head, first_parent=not all_parents)
        return _trail([(c, c.changes) for c in reversed(commits)], flats, ids, head, not all_parents, boundary_ids)
    events = _cached_events(root, head, first_parent=not all_parents)
    return Trail(lineage(events, ids) if ids else events, head, not all_parents, [])


TRAIL_FORMAT = 6
MAX_SEGMENTS = 16
"""Segments a kept trail may grow to before they are merged into one."""


def _cached_events(root: Path, head: str, *, first_parent: bool) -> list[Event]:
    """Every record change reachable from ``head``, newest first.

    The result is kept in the repository's cache in segments, one per run that met new commits:
    each holds the events of its commits and the memory they leave (the last readable version
    of each path they touched, read only when later commits must be walked). After new commits,
    only those are walked, parsed and written; a rewritten history starts again."""
    from hrkit.store.cache import Cache

    cache = Cache.open_for(root)
    if cache is None:
        return _walked_events(root, head, first_parent, {})
    try:
        state = _state(root, first_parent)
        heads, fresh = _kept_up_to(cache, state, root, head, first_parent)
        events = _events_of(cache, state, heads, fresh)
        if events is None:  # a segment is gone: start again
            heads, events = _kept_up_to(cache, state, root, head, first_parent, again=True)
        return [e for h in heads for e in events[h]]
    finally:
        cache.close()


ROWS_KEPT = "rows-1"
"""Names the rows kept with each segment of the kept trail (bump when TrailRow changes)."""


def kept_trail_columns(root: Path, *, rev: str = "HEAD", all_parents: bool = False) -> dict[str, list] | None:
    """The rows of the whole-history trail (``trail_rows`` unfiltered) as ``trail_columns``,
    from the rows kept with each segment of the kept trail: a warm listing of the whole history
    reads them back without reading the events. None where nothing is kept (a shallow clone,
    no commit, no cache)."""
    segments = _kept_segments(root, ROWS_KEPT, lambda events: _kept_columns(trail_rows(Trail(events, None, True, []))),
                              rev=rev, all_parents=all_parents)
    if segments is None:
        return None
    for segment in segments:
        for side in SIDES:
            values = segment[side]
            for i in segment[f"{side}:absent"]:
                values[i] = ABSENT
    if len(segments) == 1:
        return segments[0]
    return {name: [value for segment in segments for value in segment[name]] for name in TRAIL_FIELDS}


def _kept_segments(root: Path, name: str, derive, *, rev: str, all_parents: bool) -> list | None:
    """``derive(events)`` of each segment of the kept whole-history trail (newest first), kept
    with the segment under ``name``. None where nothing is kept."""
    from hrkit.store.cache import Cache

    head = gitio.resolve_commit(root, rev) if rev != "HEAD" else gitio.head_commit(root)
    if head is None or gitio.shallow_boundary(root):
        return None
    cache = Cache.open_for(root)
    if cache is None:
        return None
    try:
        state = _state(root, not all_parents)
        heads, fresh = _kept_up_to(cache, state, root, head, not all_parents)
        found = cache.parts(state, [f"{name}:{h}" for h in heads], complete=False) or {}
        events = _events_of(cache, state, [h for h in heads if f"{name}:{h}" not in found], fresh)
        if events is None:
            return None
        made = {f"{name}:{h}": derive(events[h]) for h in heads if f"{name}:{h}" not in found}
        if made:
            cache.store_parts(state, made, add=True)
        return [found[f"{name}:{h}"] if f"{name}:{h}" in found else made[f"{name}:{h}"] for h in heads]
    finally:
        cache.close()


def _events_of(cache, state: bytes, heads: list[str], fresh: dict[str, list[Event]]) -> dict[str, list[Event]] | None:
    """The events of these segments: those this run made, the others read back (None when one
    is gone)."""
    missing = [h for h in heads if h not in fresh]
    loaded = _segments(cache, state, "events", missing)
    return None if loaded is None else dict(zip(missing, loaded)) | fresh


def _state(root: Path, first_parent: bool) -> bytes:
    return f"trail|{TRAIL_FORMAT}|{code_digest()}|{first_parent}|{root}".encode()


def _kept_up_to(cache, state: bytes, root: Path, head: str, first_parent: bool, *,
                again: bool = False) -> tuple[list[str], dict[str, list[Event]]]:
    """Bring the kept trail up to ``head``: the names of its segments, newest first, and the
    events of those this run made (the others stay in the cache until asked for). Only commits
    after the kept head are walked; past MAX_SEGMENTS the segments are merged into one, and a
    rewritten history (or ``again``) starts from nothing."""
    index = None if again else (cache.parts(state, ["index"]) or {}).get("index")  # (head, segments)
    if index is not None and index[0] == head:
        return index[1], {}
    base = index[0] if index is not None and _is_ancestor(root, index[0], head) else None
    segments = index[1] if base else []
    # what this run learns goes in front of what was kept
    last_good = ChainMap({}, _KeptMemory(cache, state, segments)) if base else ChainMap({})
    try:
        new = _walked_events(root, f"{base}..{head}" if base else head, first_parent, last_good)
        if base and len(segments) < MAX_SEGMENTS:
            cache.store_parts(state, {"index": (head, [head, *segments]), f"events:{head}": new,
                                      f"memory:{head}": last_good.maps[0]}, add=True)
            return [head, *segments], {head: new}
        older = _segments(cache, state, "events", segments) if base else []
        if older is None:
            raise _Gone
        events = new + [e for segment in older for e in segment]
        cache.store_parts(state, {"index": (head, [head]), f"events:{head}": events,
                                  f"memory:{head}": dict(last_good)})
        return [head], {head: events}
    except _Gone:  # a kept part is missing: start again
        return _kept_up_to(cache, state, root, head, first_parent, again=True)


class _Gone(Exception):
    """A part of the kept trail is missing from the cache."""


class _KeptMemory(Mapping):
    """The kept memory of last readable versions, read from the cache on first lookup only:
    new commits seldom change a broken version, and reading the memory back costs more than
    walking them."""

    def __init__(self, cache, state: bytes, segments: list[str]) -> None:
        self.cache, self.state, self.segments = cache, state, segments
        self.maps: ChainMap | None = None

    def _load(self) -> ChainMap:
        if self.maps is None:
            maps = _segments(self.cache, self.state, "memory", self.segments)
            if maps is None:
                raise _Gone
            self.maps = ChainMap(*maps)
        return self.maps

    def __getitem__(self, path: str) -> FlatRecord:
        return self._load()[path]

    def __iter__(self):
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


def _walked_events(root: Path, revs: str, first_parent: bool, last_good) -> list[Event]:
    """The changes of the commits ``revs`` names, newest first; ``last_good`` is the memory of
    last readable versions the walk starts from, and is updated."""
    commits, flats = _walk(root, revs, first_parent=first_parent)
    per_step = _events([(c, c.changes) for c in reversed(commits)], flats, set(), last_good)
    return [e for step in reversed(per_step) for e in step]


def _segments(cache, state: bytes, kind: str, heads: list[str]) -> list | None:
    """The kept parts of one kind for these segments, in the same order (None if one is gone)."""
    found = cache.parts(state, [f"{kind}:{h}" for h in heads])
    return None if found is None else [found[f"{kind}:{h}"] for h in heads]


def _is_ancestor(root: Path, older: str, newer: str) -> bool:
    try:
        gitio.run_git(root, "merge-base", "--is-ancestor", older, newer)
        return True
    except gitio.GitError:
        return False


def _trail(steps: list[tuple[Commit, list[FileChange]]], flats: dict[str, FlatRecord], ids: Sequence[str],
           head: str, first_parent: bool, boundary_ids: set[str]) -> Trail:
    boundary = [c for c, _ in steps if c.sha in boundary_ids and not c.parents]
    per_step = _events(steps, flats, {c.sha for c in boundary})
    events = [e for step in reversed(per_step) for e in step]
    return Trail(lineage(events, ids) if ids else events, head, first_parent, boundary)


def _walk(root: Path, head: str, *, first_parent: bool) -> tuple[list[Commit], dict[str, FlatRecord]]:
    """Every commit from ``head`` with its record-file changes, and every version they name,
    parsed: the versions are read and parsed while git is still walking the history."""
    commits: list[Commit] = []

    def versions():
        seen: set[str] = set()
        for commit in iter_commits(root, head, first_parent=first_parent):
            commits.append(commit)
            for change in commit.changes:
                for sha in (change.old_blob, change.new_blob):
                    if sha and sha not in seen:
                        seen.add(sha)
                        yield sha

    flats = {sha: flatten_record(data) for sha, data in gitio.stream_blobs(root, versions()) if data is not None}
    return commits, flats


def _events(steps: list[tuple[Commit, list[FileChange]]], flats: dict[str, FlatRecord],
            boundary: set[str], last_good: dict[str, FlatRecord] | None = None) -> list[list[Event]]:
    """The record changes of each step (oldest first). A broken old version is replaced by the
    last readable one at that path, so the repair commit shows what changed across the break.
    ``last_good`` carries that memory in from earlier steps, and is updated."""
    last_good = {} if last_good is None else last_good
    events = []
    for commit, changes in steps:
        olds, news, pairs = [], [], {}
        for c in changes:
            if c.old_path:
                record = flats.get(c.old_blob, _MISSING)
                if record.error and c.old_path in last_good:
                    record = last_good[c.old_path]
                olds.append(Side(c.old_path, record))
            if c.new_path:
                news.append(Side(c.new_path, flats.get(c.new_blob, _MISSING)))
                if c.old_path:
                    pairs[c.new_path] = c.old_path
        for side in news:
            if not side.record.error:
                last_good[side.path] = side.record
        if commit.sha in boundary:
            events.append([])
            continue
        bare = replace(commit, changes=[])  # an event names its commit; the commit's file list is the walk's
        events.append([Event(bare, replace(rc, before={}, after={})) for rc in pair_changes(olds, news, pairs)])
    return events


_MISSING = FlatRecord({}, "the version is missing from the git object store")


def _parse(root: Path, blobs: Iterable[str]) -> dict[str, FlatRecord]:
    return {sha: flatten_record(data) for sha, data in gitio.read_blobs(root, sorted(blobs)) if data is not None}


def lineage(events: list[Event], ids: Iterable[str]) -> list[Event]:
    """The events (newest first) of these records, followed through renumberings: backwards to
    the ids a record had before, and forwards to the ids it took later."""
    keep: set[int] = set()
    for order, grow in ((range(len(events)), "old_id"), (range(len(events) - 1, -1, -1), "id")):
        tracked = set(ids)
        for i in order:
            change = events[i].change
            if change.id in tracked or (change.kind == "renumbered" and change.old_id in tracked):
                keep.add(i)
                if change.kind == "renumbered":
                    tracked.add(getattr(change, grow))
    return [e for i, e in enumerate(events) if i in keep]


def _record_steps(root: Path, head: str, ids: Sequence[str]) -> list[tuple[Commit, list[FileChange]]] | None:
    """Steps touching these records along the first-parent line, or None when a record has no
    file named after its id at ``head`` (the whole-history walk then finds it by id)."""
    files = [p for _, _, p in gitio.list_tree(root, head, "records") if record_kind(p)]
    paths = []
    for rid in ids:
        named = [p for p in files if p.rsplit("/", 1)[-1] == f"{rid}.yaml"]
        if len(named) != 1:
            return None
        paths.append(named[0])
    commits = list(iter_commits(root, head, first_parent=True, raw=False))
    steps: dict[int, list[FileChange]] = {}
    for path in paths:
        _follow(root, commits, path, steps)
    return [(commits[i], steps[i]) for i in sorted(steps, reverse=True)]


def _follow(root: Path, commits: list[Commit], path: str, steps: dict[int, list[FileChange]]) -> None:
    """Walk one record back from the newest commit: where its blob at ``path`` differs from the
    parent's, the commit changed it; where the parent has no file there, the commit's own diff
    says whether it arrived from another path (and the walk goes on there) or was added."""
    start = 0
    while True:
        chain = _blob_chain(root, commits, start, path)
        arrived = None
        for offset, blob in enumerate(chain):
            parent = chain[offset + 1] if offset + 1 < len(chain) else None
            if blob is None:
                return
            if blob == parent:
                continue
            if parent is not None:
                steps.setdefault(start + offset, []).append(FileChange("M", path, path, parent, blob))
                continue
            arrived = start + offset
            break
        if arrived is None:
            return
        if arrived + 1 >= len(commits):  # the first commit, or where a shallow history starts
            steps.setdefault(arrived, []).append(FileChange("A", None, path, None, chain[arrived - start]))
            return
        changes = diff_raw(root, commits[arrived + 1].sha, commits[arrived].sha)
        # the whole commit (but others' edits), so the pairing sees what a full walk would see
        steps[arrived] = list(dict.fromkeys([*steps.get(arrived, []),
                                             *(c for c in changes if c.status != "M" or c.new_path == path)]))
        source = _source_path(root, changes, path)
        if source is None:
            return
        path, start = source, arrived + 1


def _blob_chain(root: Path, commits: list[Commit], start: int, path: str) -> list[str | None]:
    """Blob ids of ``path`` in ``commits[start:]``, asked for in growing chunks until the file is
    absent: looking a path up costs git about as much when it is missing, and a record's file
    has usually been where it is for most of the history."""
    chain: list[str | None] = []
    size = 256
    while start + len(chain) < len(commits):
        chunk = commits[start + len(chain):start + len(chain) + size]
        blobs = gitio.object_ids(root, (f"{c.sha}:./{path}" for c in chunk))
        part = [blobs[f"{c.sha}:./{path}"] for c in chunk]
        chain.extend(part)
        if None in part:
            break
        size *= 4
    return chain


def _source_path(root: Path, changes: list[FileChange], path: str) -> str | None:
    """Where the record that arrived at ``path`` in this commit came from, by the same pairing
    as every other diff (by id, else git's rename)."""
    flats = _parse(root, {sha for c in changes for sha in (c.old_blob, c.new_blob) if sha})
    olds = [Side(c.old_path, flats.get(c.old_blob, _MISSING)) for c in changes if c.old_path]
    news = [Side(c.new_path, flats.get(c.new_blob, _MISSING)) for c in changes if c.new_path]
    pairs = {c.new_path: c.old_path for c in changes if c.old_path and c.new_path}
    for change in pair_changes(olds, news, pairs):
        if change.new_path == path:
            return change.old_path if change.kind in ("moved", "renumbered", "broken") else None
    return None


def trail_rows(trail: Trail, *, field: str | None = None, since: str | None = None, until: str | None = None,
               author: str | None = None, reverse: bool = False) -> list[TrailRow]:
    """The trail as rows, newest commit first (``reverse``: oldest first), one per changed
    field in record order. ``field`` keeps that field and the fields under it (for an added or
    removed record, its value then); ``since``/``until`` (YYYY-MM-DD or ISO 8601) compare author
    dates; ``author`` matches name or e-mail, any case."""
    start, end = _bound(since, False), _bound(until, True)
    who = author.casefold() if author else None
    events = trail.events
    if reverse:
        by_commit: dict[str, list[Event]] = {}
        for event in events:
            by_commit.setdefault(event.commit.sha, []).append(event)
        events = [e for group in reversed(by_commit.values()) for e in group]
    rows = []
    for event in events:
        c, change = event.commit, event.change
        if (start and _when(c.date, start) < start[0]) or (end and _when(c.date, end) > end[0]):
            continue
        if who and who not in f"{c.author} <{c.email}>".casefold():
            continue
        rows.extend(TrailRow(c.sha, c.date, c.author, c.email, c.subject, change.id, change.type, change.kind,
                             name, old, new, change.path, change.old_path)
                    for name, old, new in _cells(change, field))
    return rows


def trail_columns(rows: list[TrailRow]) -> dict[str, list]:
    """The rows as one list per TrailRow field: how whole-history rows are kept and listed."""
    return {name: [getattr(row, name) for row in rows] for name in TRAIL_FIELDS}


SIDES = ("old", "new")


def _kept_columns(rows: list[TrailRow]) -> dict[str, list]:
    """``trail_columns`` as kept: an absent old or new value is None in its list, and the rows
    where it is absent are listed apart (thousands of ABSENT markers cost more to read back)."""
    columns = trail_columns(rows)
    for side in SIDES:
        values = columns[side]
        columns[f"{side}:absent"] = [i for i, value in enumerate(values) if value is ABSENT]
        columns[side] = [None if value is ABSENT else value for value in values]
    return columns


def _cells(change: RecordChange, field: str | None):
    """(field, old, new) of one record change."""
    if change.kind == "broken":
        yield "", ABSENT, change.error
        return
    matching = [f for f in change.fields if field is None or f.path == field or f.path.startswith(field + ".")]
    if field is None and change.kind in ("added", "removed"):
        yield "", ABSENT, ABSENT
        return
    if field is None and change.kind == "moved":
        yield "", change.old_path, change.new_path
    for f in matching:
        yield f.path, f.old, f.new


_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _bound(value: str | None, end: bool):
    """A --since/--until bound: (comparable, aware?) where a day covers all of it."""
    if not value:
        return None
    try:
        if _DAY.match(value):
            day = _dt.date.fromisoformat(value)
            return (_dt.datetime.combine(day, _dt.time.max if end else _dt.time.min), False)
        moment = _dt.datetime.fromisoformat(value)
    except ValueError:
        raise HrkitError(f"{'--until' if end else '--since'} {value!r}: write YYYY-MM-DD or an ISO 8601 "
                         "date and time") from None
    return (moment, moment.tzinfo is not None)


def _when(date: str, bound) -> _dt.datetime:
    """A commit's author date comparable with ``bound``: the author's own wall-clock time unless
    the bound carries a UTC offset."""
    moment = _dt.datetime.fromisoformat(date)
    return moment if bound[1] else moment.replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class BlameLine:
    field: str
    value: object
    commit: Commit | None  # None: not known (the record was broken or the trail incomplete)
    boundary: bool = False  # set at or before this commit: a shallow history starts there


@dataclass
class Blame:
    id: str
    type: str
    path: str
    head: str
    lines: list[BlameLine]
    trail: Trail


def blame(root: Path, record_id: str, *, rev: str = "HEAD") -> Blame:
    """For each field of the record at ``rev``, the commit that last set it (first-parent line)."""
    head = gitio.resolve_commit(root, rev) if rev != "HEAD" else gitio.head_commit(root)
    if head is None:
        raise HrkitError("blame: the repository has no commits yet")
    snapshot = find_record(root, record_id, head)
    if snapshot.record.error:
        raise HrkitError(f"{snapshot.path}: cannot blame a record that does not parse at {head[:12]} "
                         f"({snapshot.record.error}); see hrkit log {record_id}")
    trail = build_trail(root, [record_id], rev=head)
    setters: dict[str, Commit] = {}
    for event in reversed(trail.events):  # oldest first: later settings win
        for change in event.change.fields:
            if change.new is not ABSENT:
                setters[change.path] = event.commit
    start = trail.starts
    lines = []
    for name, value in snapshot.record.fields.items():
        commit = setters.get(name)
        lines.append(BlameLine(name, value, commit or start, boundary=commit is None and start is not None))
    return Blame(record_id, snapshot.kind, snapshot.path, head, lines, trail)
