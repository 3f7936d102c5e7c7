"""Validating the git index in time proportional to the change: the pre-commit hook's path.

After a full validation of the index, its facts and findings are stored, indexed by id,
supervisor, incumbent and department, with the tree they describe (a "baseline"). A later
check asks git which files differ from that tree, parses only those, and re-runs the
cross-record rules for the records the change can affect: the changed records, their old and
new supervisors and direct reports, the loops they may close or open, their department's heads,
records sharing their ids and the positions and profiles that name them. Every other finding
is the baseline's. The result is then the new baseline. A differential test holds this path to
the full validation's exact output.
"""
from __future__ import annotations

from functools import cached_property

from hrkit import gitio
from hrkit.baseline import Baseline, Unusable, staged_diff
from hrkit.findings import Finding
from hrkit.org import Org, PositionFacts, ProfileFacts
from hrkit.records import run_file_stage
from hrkit.sources import LINK, RecordFile, folder_kind, record_kind, record_stem

MAX_CHANGED = 500
"""Beyond this many changed files a full validation (with cached per-file results) is as fast."""
ADVANCE_AFTER = 20
"""Changed files after which the checked index becomes the new baseline. Writing its tree costs
git a pass over the whole index, so small changes are checked against the older baseline."""


_BY_ID = "kind = ? AND rid = ?"
_LINE = ("kind = 'position' AND rid IN (WITH RECURSIVE line(id) AS (VALUES (?) UNION SELECT r.ref FROM "
         "base_records r JOIN line ON r.rid = line.id WHERE r.fingerprint = ? AND r.kind = 'position' "
         "AND r.ref IS NOT NULL) SELECT id FROM line)")
"""The stored positions whose ids are on the reporting line up from an id (each id's records
followed; UNION ends the walk on a loop)."""


def _stored_record(row: tuple) -> tuple[RecordFile, object]:
    """(RecordFile, facts) of a baseline row (path, kind, id, blob, facts)."""
    path, kind, _rid, blob, facts = row
    return RecordFile(path, kind, path.rsplit("/", 1)[-1][:-5], blob), facts


class _View:
    """The baseline with the change laid over it: lookups by id, supervisor, incumbent and
    department, each answered from the index of stored records, then corrected by the changed
    files (removed, replaced or added). What a lookup finds is ``loaded``: the records the
    cross-record rules then see. Views of one check share ``stored``, the baseline's answers
    already asked for."""

    def __init__(self, baseline: Baseline, changed: dict[str, tuple[RecordFile, object]],
                 stored: dict | None = None) -> None:
        self.baseline = baseline
        self.changed = changed  # path -> (RecordFile, facts or None); RecordFile None: deleted
        self.loaded: dict[str, tuple[RecordFile, object]] = {}
        self.stored = {} if stored is None else stored  # (where, args) -> [(RecordFile, facts)]

    def _stored(self, where: str, args: tuple) -> list[tuple[RecordFile, object]]:
        """The baseline's records matching a condition, asked for once per check."""
        found = self.stored.get((where, args))
        if found is None:
            found = self.stored[where, args] = list(map(_stored_record, self.baseline.rows(where, args)))
        return found

    def _query(self, where: str, args: tuple, match, candidates=None) -> list[tuple[RecordFile, object]]:
        """``candidates``: the changed records that may match (default: every changed record)."""
        found = [pair for pair in self._stored(where, args) if pair[0].path not in self.changed]
        found += [(rf, facts) for rf, facts in (self.changed.values() if candidates is None else candidates)
                  if rf is not None and match(rf, facts)]
        for rf, facts in found:
            self.loaded[rf.path] = (rf, facts)
        return found

    def by_path(self, path: str):
        return self._query("path = ?", (path,), lambda rf, f: rf.path == path)

    def by_id(self, kind: str, rid: str):
        return self._query(_BY_ID, (kind, rid),
                           lambda rf, f: rf.kind == kind and (f.id if f is not None else rf.stem) == rid,
                           self._changed_by_id.get((kind, rid), ()))

    @cached_property
    def _changed_by_id(self) -> dict[tuple[str, str], list[tuple[RecordFile, object]]]:
        """The changed records by (kind, id): a walk asks for one id per step."""
        index: dict[tuple[str, str], list] = {}
        for rf, facts in self.changed.values():
            if rf is not None:
                index.setdefault((rf.kind, facts.id if facts is not None else rf.stem), []).append((rf, facts))
        return index

    def position(self, pid: str) -> tuple[str, PositionFacts] | None:
        """(path, facts) of the position an id names, as the full org resolves it (the first file
        by path), for a walk up a reporting line: not ``loaded``, since the rules need the line
        only where it is a loop. An id not asked for before brings the stored line above it."""
        if (_BY_ID, ("position", pid)) not in self.stored:
            self._fetch_line(pid)
        found = [(rf.path, f) for rf, f in self._stored(_BY_ID, ("position", pid))
                 if rf.path not in self.changed and isinstance(f, PositionFacts)]
        found += [(rf.path, f) for rf, f in self._changed_by_id.get(("position", pid), ())
                  if isinstance(f, PositionFacts)]
        return min(found, key=lambda pair: pair[0]) if found else None

    def _fetch_line(self, pid: str) -> None:
        """The baseline's positions on the reporting line up from ``pid`` (every record of each
        id), walked by SQLite in one query and kept as the answers for their ids: a walk up a
        long line asks SQLite again only where it meets a changed record."""
        line: dict[tuple, list] = {(_BY_ID, ("position", pid)): []}
        for row in self.baseline.rows(_LINE, (pid, self.baseline.fingerprint)):
            line.setdefault((_BY_ID, ("position", row[2])), []).append(_stored_record(row))
        for key, found in line.items():
            self.stored.setdefault(key, found)

    def reports_of(self, pid: str):
        return self._query("kind = 'position' AND ref = ?", (pid,),
                           lambda rf, f: isinstance(f, PositionFacts) and f.reports_to == pid)

    def profiles_at(self, pid: str):
        return self._query("kind = 'profile' AND ref = ?", (pid,),
                           lambda rf, f: isinstance(f, ProfileFacts) and f.position == pid)

    def held_by(self, prid: str):
        return self._query("inc = ?", (prid,), lambda rf, f: isinstance(f, PositionFacts) and f.incumbent == prid)

    def heads(self, department: str | None):
        return self._query("dept IS ? AND root = 1", (department,),
                           lambda rf, f: isinstance(f, PositionFacts) and f.department == department
                           and f.reports_to is None and f.status != "abolished")


def validate_index(project, source, contexts, baseline: Baseline, cache) -> tuple[list[Finding], tuple] | None:
    """Findings and (files, positions, profiles) of the index, from the baseline and the change;
    None when there is no usable baseline or the change is too large."""
    meta = baseline.meta()
    if meta is None:
        return None
    return validate_staged(project, source, contexts, baseline, cache, meta,
                           gitio.run_git(source.root, *staged_diff(meta[0])))


def validate_staged(project, source, contexts, baseline: Baseline, cache, meta: tuple[str, tuple],
                    diff: bytes) -> tuple[list[Finding], tuple] | None:
    """``validate_index`` given the baseline's (tree, counts) and ``staged_diff``'s output for it."""
    tree, counts = meta
    return _checked(project, source, contexts, baseline, cache, tree, counts, _record_changes(diff), advance=True)


def validate_worktree(project, source, contexts, baseline: Baseline, cache) -> tuple[list[Finding], tuple] | None:
    """The same for the working tree: the baseline's tree against the index, with the files that
    differ from the index (edited, deleted, untracked: the working tree's digest has listed
    them) laid over it, is the change. None when there is no baseline, the change is too large,
    or something only the full walk describes (a folder where a record file was) is there."""
    meta = baseline.meta()
    differences = source.differences()
    if meta is None or differences is None:
        return None
    tree, counts = meta
    entries = {entry[3]: entry for entry in _record_changes(gitio.run_git(source.root, *staged_diff(tree)))}
    for path, found in differences.items():
        if not folder_kind(path):
            continue
        if found == "deleted":
            entries[path] = _gone(path)
        elif isinstance(found, tuple):
            entries[path] = _as_checked((*found, "M", path))
        else:
            return None  # a folder or the like where a file was: the walk says what it is
    return _checked(project, source, contexts, baseline, cache, tree, counts, list(entries.values()), advance=False)


def _checked(*args, advance: bool) -> tuple[list[Finding], tuple] | None:
    """``_validate_changes``, or None when a baseline entry it reads fails its check."""
    try:
        return _validate_changes(*args, advance=advance)
    except Unusable:
        return None


def _record_changes(diff: bytes) -> list[tuple[str, str, str, str]]:
    """(new mode, new blob, status, path) of what ``staged_diff``'s output changes under the
    record folders, as a full validation sees it."""
    return [_as_checked(entry) for entry in gitio.diff_entries(diff) if folder_kind(entry[3])]


def _gone(path: str) -> tuple[str, str, str, str]:
    """The change entry of a path that holds no file now."""
    return ("000000", "0" * 40, "D", path)


def _as_checked(entry: tuple[str, str, str, str]) -> tuple[str, str, str, str]:
    """A record file, or a link of any name (HR008), as it is; anything else in a record folder
    is no record, so it counts as deleted (it may have been a link)."""
    mode, _, _, path = entry
    return entry if mode == "120000" or record_kind(path) else _gone(path)


def _validate_changes(project, source, contexts, baseline: Baseline, cache, tree: str, counts: tuple,
                      entries: list[tuple[str, str, str, str]], *, advance: bool) -> tuple[list[Finding], tuple] | None:
    """The baseline's result corrected by ``entries`` (new mode, new blob, status, path): parse
    the changed files, re-run the cross-record rules where the change can reach. ``advance``:
    the checked index may become the new baseline."""
    if len(entries) > MAX_CHANGED:
        return None
    if not entries:
        return _final(baseline.findings(), counts)

    by_code = {c.rule.code: c for c in contexts}
    record_rules = [c for c in contexts if c.rule.scope == "record"]
    org_codes = {c.rule.code for c in contexts if c.rule.scope == "org"}
    added_files = [RecordFile(path, record_kind(path), record_stem(path), blob)
                   for mode, blob, status, path in entries if status != "D" and mode != "120000"]
    # link entries become unreadable records (HR008) exactly as in a full validation
    from hrkit.engine import stage_fingerprint, unreadable_finding
    stage = run_file_stage(project, source, added_files, by_code, record_rules, jobs=1,
                           cache=cache, fingerprint=stage_fingerprint(project, contexts),
                           blobs={rf.path: rf.blob for rf in added_files})
    changed: dict[str, tuple[RecordFile | None, object]] = {path: (None, None) for _, _, _, path in entries}
    unreadable: set[str] = set()  # counted as files, not as positions or profiles
    new_findings: list[Finding] = []
    for rf, result in zip(added_files, stage):
        if isinstance(result, str):
            changed[rf.path] = (rf, None)
            unreadable.add(rf.path)
            new_findings.extend(unreadable_finding(by_code, rf.path, rf.kind, rf.stem, result))
            continue
        changed[rf.path] = (rf, result.facts)
        new_findings.extend(result.findings)
    for mode, blob, status, path in entries:
        if status != "D" and mode == "120000":
            rf = RecordFile(path, folder_kind(path), record_stem(path), blob)
            changed[path] = (rf, None)
            unreadable.add(path)
            new_findings.extend(unreadable_finding(by_code, path, rf.kind, rf.stem, LINK))
    old = {row[0]: _stored_record(row) for row in baseline.rows(
        f"path IN ({','.join('?' * len(changed))})", tuple(changed))}

    view = _View(baseline, changed)
    loops = _Loops(view)
    affected = _affected(view, loops, _Loops(_View(baseline, {}, view.stored)), old, changed)
    org = _partial_org(view, loops, affected)
    for ctx in contexts:
        if ctx.rule.scope == "org":
            new_findings.extend(f for f in ctx.rule.check(org, ctx) if f.path in affected)

    from hrkit.engine import locate_and_suppress
    files = [rf for rf, _ in view.loaded.values()] + [rf for rf, _ in changed.values() if rf is not None]
    new_findings = locate_and_suppress(new_findings, source, files)
    kept = [(path, scope, f) for path, scope, f in baseline.findings()
            if path not in changed and not (scope == "org" and path in affected)]
    delta = [0, 0, 0]
    was_unreadable = baseline.unreadable(old)
    for path, (rf, _) in changed.items():
        was, now = path in old, rf is not None
        delta[0] += now - was
        record_now, record_was = now and path not in unreadable, was and path not in was_unreadable
        delta[1 if record_kind(path) == "position" else 2] += record_now - record_was
    counts = tuple(c + d for c, d in zip(counts, delta))
    if advance and len(entries) >= ADVANCE_AFTER:
        baseline.advance(source.root, tree, changed, unreadable, new_findings, affected, counts, org_codes)
    return _final([*kept, *(("", "", f) for f in new_findings)], counts)


def _final(rows, counts) -> tuple[list[Finding], tuple]:
    findings = [f for _, _, f in rows]
    findings.sort(key=Finding.sort_key)
    return findings, counts


def _affected(view: _View, loops: _Loops, loops_before: _Loops, old: dict, changed: dict) -> set[str]:
    """Paths of the records whose cross-record findings the change can alter: for each changed
    record, before and after, whatever names it or it names, and the loops through its id
    before and after the change (a loop it breaks loses its findings). An unreadable file is
    known by its file name, as in a full validation."""
    paths = set(changed)
    states = [*old.values(), *(v for v in changed.values() if v[0] is not None)]
    # records sharing an id with a changed one: which of them the id resolves to may change
    for rf, facts in list(states):
        ident = facts.id if facts is not None else rf.stem
        if ident is not None:
            states.extend(view.by_id(rf.kind, ident))
    for rf, facts in states:
        ident = facts.id if facts is not None else rf.stem
        if ident is None:
            continue
        if rf.kind == "position":
            paths.update(r.path for r, _ in view.reports_of(ident))
            paths.update(r.path for r, _ in view.by_id("position", ident))
            paths.update(r.path for r, _ in view.profiles_at(ident))
            if isinstance(facts, PositionFacts):
                if facts.reports_to:
                    paths.update(r.path for r, _ in view.by_id("position", facts.reports_to))
                else:
                    paths.update(r.path for r, _ in view.heads(facts.department))
                if facts.incumbent:
                    paths.update(r.path for r, _ in view.by_id("profile", facts.incumbent))
                paths.update(loops.through(ident))
                paths.update(loops_before.through(ident))
        else:
            paths.update(r.path for r, _ in view.by_id("profile", ident))
            paths.update(r.path for r, _ in view.held_by(ident))
            if isinstance(facts, ProfileFacts) and facts.position:
                paths.update(r.path for r, _ in view.by_id("position", facts.position))
    return paths


class _Loops:
    """The reporting loops of a view, found by walking up reporting lines, each position at most
    once per check: however long a line or a loop, the walks of one check are linear in the
    positions they pass."""

    def __init__(self, view: _View) -> None:
        self.view = view
        self.loop_of: dict[str, tuple[str, ...]] = {}  # walked position id -> paths of its loop, () if none
        self.found: list[tuple[str, ...]] = []  # the loops met, each once

    def through(self, pid: str) -> tuple[str, ...]:
        """The paths on the reporting loop through ``pid``; () when it is on none."""
        walk: dict[str, str] = {}  # id -> path, in the order walked
        current = pid
        while current is not None and current not in self.loop_of and current not in walk:
            found = self.view.position(current)
            if found is None:
                break
            walk[current] = found[0]
            current = found[1].reports_to
        ids = list(walk)
        closed = ids.index(current) if current in walk else len(ids)  # the walk came back to current
        loop = tuple(walk[i] for i in ids[closed:])
        if loop:
            self.found.append(loop)
        self.loop_of.update(dict.fromkeys(ids[:closed], ()))
        self.loop_of.update(dict.fromkeys(ids[closed:], loop))
        return self.loop_of.get(pid, ())


def _partial_org(view: _View, loops: _Loops, affected: set[str]) -> Org:
    """The affected records with everything their rules read: supervisors, reports, the loop
    they are on, their department's heads, records sharing their ids, linked profiles."""
    for path in sorted(affected):
        if path not in view.loaded and path not in view.changed:
            view.by_path(path)  # reached only through the graph before the change
        rf, facts = view.loaded.get(path) or view.changed.get(path) or (None, None)
        if isinstance(facts, PositionFacts) and facts.id is not None:
            view.reports_of(facts.id)
            view.by_id("position", facts.id)
            view.profiles_at(facts.id)
            if facts.incumbent:
                view.by_id("profile", facts.incumbent)
            if facts.reports_to is None:
                view.heads(facts.department)
            else:
                view.by_id("position", facts.reports_to)
            loops.through(facts.id)
        elif isinstance(facts, ProfileFacts) and facts.id is not None:
            view.by_id("profile", facts.id)
            view.held_by(facts.id)
            if facts.position:
                view.by_id("position", facts.position)
    for loop in loops.found:  # whole, for the loop rule; the walks loaded nothing else
        for member in loop:
            if member not in view.loaded and member not in view.changed:
                view.by_path(member)
    for rf, facts in list(view.loaded.values()):  # an id resolves to its first file, as in the full org
        ident = facts.id if facts is not None else rf.stem
        if ident is not None:
            view.by_id(rf.kind, ident)
    records = dict(view.loaded)
    records.update({p: v for p, v in view.changed.items() if v[0] is not None})
    positions = [f for _, f in records.values() if isinstance(f, PositionFacts)]
    profiles = [f for _, f in records.values() if isinstance(f, ProfileFacts)]
    unreadable = {rf.stem for rf, f in records.values() if f is None}
    return Org(positions, profiles, unreadable)
