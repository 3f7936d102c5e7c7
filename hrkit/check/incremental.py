"""Validating the git index in time proportional to the change: the pre-commit hook's path.

After a full validation of the index, its facts and findings are stored, indexed by id,
supervisor, incumbent and department, with the tree they describe (a "baseline"). A later
check asks git which files differ from that tree, parses only those, and re-runs the
cross-record rules for the records the change can affect: the changed records, before and after,
the records sharing their ids, and their neighbours through every relation the enabled rules
declare they follow (hrkit.model.relations: supervisors and direct reports, the loops they may close
or open, department heads, incumbents and profiles). Every other finding is the baseline's.
The result is then the new baseline. A differential test holds this path to
the full validation's exact output.
"""
from __future__ import annotations

from functools import cached_property

from hrkit.io import gitio
from hrkit.check.baseline import Baseline, Unusable, staged_diff
from hrkit.model.findings import Finding
from hrkit.model.org import Org, PositionFacts, ProfileFacts
from hrkit.check.planner import stage_fingerprint
from hrkit.check.records import run_file_stage
from hrkit.model.relations import RELATIONS
from hrkit.check.stages import locate_and_suppress, org_findings, unreadable_finding
from hrkit.io.sources import LINK, RecordFile, folder_kind, record_kind, record_stem

MAX_CHANGED = 500
"""Beyond this many changed files a full validation (with cached per-file results) is as fast."""
ADVANCE_AFTER = 20
"""Changed files after which the checked index becomes the new baseline. Writing its tree costs
git a pass over the whole index, so small changes are checked against the older baseline."""


def _stored_record(row: tuple) -> tuple[RecordFile, object]:
    """(RecordFile, facts) of a baseline row (path, kind, id, blob, facts)."""
    path, kind, _rid, blob, facts = row
    return RecordFile(path, kind, path.rsplit("/", 1)[-1][:-5], blob), facts


class _View:
    """The baseline with the change laid over it: lookups by path, id and relation, each
    answered from the stored records, then corrected by the changed files (removed, replaced
    or added). What a lookup finds is ``loaded``: the records the cross-record rules then see.
    Views of one check share ``stored``, the baseline's answers already asked for, and
    ``loops``, the walks of each closure."""

    def __init__(self, baseline: Baseline, changed: dict[str, tuple[RecordFile, object]],
                 stored: dict | None = None) -> None:
        self.baseline = baseline
        self.changed = changed  # path -> (RecordFile, facts or None); RecordFile None: deleted
        self.loaded: dict[str, tuple[RecordFile, object]] = {}
        self.stored = {} if stored is None else stored  # lookup -> [(RecordFile, facts)]
        self.loops: dict[str, _Loops] = {}

    def _stored(self, lookup: tuple) -> list[tuple[RecordFile, object]]:
        """The baseline's records a lookup ("path"/"id"/relation name, *arguments) finds, asked
        for once per check."""
        found = self.stored.get(lookup)
        if found is None:
            what, *args = lookup
            rows = (self.baseline.by_path(args) if what == "path" else self.baseline.by_id(*args) if what == "id"
                    else self.baseline.indexed(RELATIONS[what], *args))
            found = self.stored[lookup] = list(map(_stored_record, rows))
        return found

    def _query(self, lookup: tuple, match, candidates=None) -> list[tuple[RecordFile, object]]:
        """``candidates``: the changed records that may match (default: every changed record)."""
        found = [pair for pair in self._stored(lookup) if pair[0].path not in self.changed]
        found += [(rf, facts) for rf, facts in (self.changed.values() if candidates is None else candidates)
                  if rf is not None and match(rf, facts)]
        for rf, facts in found:
            self.loaded[rf.path] = (rf, facts)
        return found

    def by_path(self, path: str):
        return self._query(("path", path), lambda rf, f: rf.path == path)

    def by_id(self, kind: str, rid: str):
        return self._query(("id", kind, rid),
                           lambda rf, f: rf.kind == kind and (f.id if f is not None else rf.stem) == rid,
                           self._changed_by_id.get((kind, rid), ()))

    def indexed(self, relation, value: str):
        """The records whose index value for ``relation`` (hrkit.model.relations) is ``value``."""
        return self._query((relation.name, value), lambda rf, f: relation.matches(rf.kind, f, value))

    @cached_property
    def _changed_by_id(self) -> dict[tuple[str, str], list[tuple[RecordFile, object]]]:
        """The changed records by (kind, id): a walk asks for one id per step."""
        index: dict[tuple[str, str], list] = {}
        for rf, facts in self.changed.values():
            if rf is not None:
                index.setdefault((rf.kind, facts.id if facts is not None else rf.stem), []).append((rf, facts))
        return index

    def resolve(self, link, rid: str) -> tuple[str, object] | None:
        """(path, facts) of the record an id names, as the full org resolves it (the first file
        by path), for a walk along a link: not ``loaded``, since the rules need the line only
        where it is a loop. An id not asked for before brings the stored line above it."""
        if ("id", link.target, rid) not in self.stored:
            self._fetch_line(link, rid)
        found = [(rf.path, f) for rf, f in self._stored(("id", link.target, rid))
                 if rf.path not in self.changed and f is not None]
        found += [(rf.path, f) for rf, f in self._changed_by_id.get((link.target, rid), ()) if f is not None]
        return min(found, key=lambda pair: pair[0]) if found else None

    def _fetch_line(self, link, rid: str) -> None:
        """The baseline's records on the line up from ``rid`` (every record of each id), walked
        by SQLite in one query and kept as the answers for their ids: a walk up a long line asks
        SQLite again only where it meets a changed record."""
        line: dict[tuple, list] = {("id", link.target, rid): []}
        for row in self.baseline.line(link, rid):
            line.setdefault(("id", link.target, row[2]), []).append(_stored_record(row))
        for key, found in line.items():
            self.stored.setdefault(key, found)

    def loop_through(self, closure, rid: str) -> tuple[str, ...]:
        """Paths on the loop of ``closure`` through ``rid``; () when it is on none."""
        loops = self.loops.get(closure.name) or self.loops.setdefault(closure.name, _Loops(self, closure.link))
        return loops.through(rid)


def validate_changes(project, source, contexts, plan, cache) -> tuple[list[Finding], tuple] | None:
    """Findings and (files, positions, profiles) of the index or the working tree, from the
    planner's incremental plan (hrkit.check.planner: the baseline and its tree) and the change; None
    when the change is too large or only a full run describes it."""
    if plan.index:
        return validate_staged(project, source, contexts, plan, cache,
                               gitio.run_git(source.root, *staged_diff(plan.meta[0])))
    return _validate_worktree(project, source, contexts, plan, cache)


def validate_staged(project, source, contexts, plan, cache, diff: bytes) -> tuple[list[Finding], tuple] | None:
    """The index's, given ``staged_diff``'s output for the baseline's tree."""
    return _checked(project, source, contexts, plan, cache, _record_changes(diff), advance=True)


def _validate_worktree(project, source, contexts, plan, cache) -> tuple[list[Finding], tuple] | None:
    """The working tree's: the baseline's tree against the index, with the files that differ
    from the index (edited, deleted, untracked: the working tree's digest has listed them)
    laid over it, is the change. None when something only the full walk describes (a folder
    where a record file was) is there."""
    differences = source.differences()
    if differences is None:
        return None
    entries = {entry[3]: entry for entry in _record_changes(gitio.run_git(source.root, *staged_diff(plan.meta[0])))}
    for path, found in differences.items():
        if not folder_kind(path):
            continue
        if found == "deleted":
            entries[path] = _gone(path)
        elif isinstance(found, tuple):
            entries[path] = _as_checked((*found, "M", path))
        else:
            return None  # a folder or the like where a file was: the walk says what it is
    return _checked(project, source, contexts, plan, cache, list(entries.values()), advance=False)


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


def _validate_changes(project, source, contexts, plan, cache, entries: list[tuple[str, str, str, str]], *,
                      advance: bool) -> tuple[list[Finding], tuple] | None:
    """The baseline's result corrected by ``entries`` (new mode, new blob, status, path): parse
    the changed files, re-run the cross-record rules where the change can reach. ``advance``:
    the checked index may become the new baseline."""
    baseline = plan.baseline
    tree, counts = plan.meta
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
    old = {row[0]: _stored_record(row) for row in baseline.by_path(changed)}

    view = _View(baseline, changed)
    relations = followed(contexts)
    affected = _affected(view, _View(baseline, {}, view.stored), relations, old, changed)
    org = _partial_org(view, relations, affected)
    new_findings.extend(org_findings(org, contexts, affected))
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


def followed(contexts) -> list:
    """The relations the enabled cross-record rules follow (hrkit.model.relations)."""
    names = {name for c in contexts if c.rule.scope == "org" for name in c.rule.follows}
    return [relation for name, relation in RELATIONS.items() if name in names]


def _ident(rf: RecordFile, facts) -> str | None:
    """A record's id; an unreadable file is known by its file name, as in a full validation."""
    return facts.id if facts is not None else rf.stem


def _affected(view: _View, before: _View, relations: list, old: dict, changed: dict) -> set[str]:
    """Paths of the records whose cross-record findings the change can alter: for each changed
    record, before and after, and each record sharing its id, its neighbours through every
    relation followed."""
    paths = set(changed)
    states = [*old.values(), *(v for v in changed.values() if v[0] is not None)]
    # records sharing an id with a changed one: which of them the id resolves to may change
    for rf, facts in list(states):
        ident = _ident(rf, facts)
        if ident is not None:
            same = view.by_id(rf.kind, ident)
            states.extend(same)
            paths.update(r.path for r, _ in same)
    for rf, facts in states:
        ident = _ident(rf, facts)
        for relation in relations:
            paths.update(relation.reach(view, rf.kind, ident, facts, before))
    return paths


class _Loops:
    """The loops of a view along a link (the reporting loops), found by walking up its lines,
    each record at most once per check: however long a line or a loop, the walks of one check
    are linear in the records they pass."""

    def __init__(self, view: _View, link) -> None:
        self.view = view
        self.link = link
        self.loop_of: dict[str, tuple[str, ...]] = {}  # walked id -> paths of its loop, () if none
        self.found: list[tuple[str, ...]] = []  # the loops met, each once

    def through(self, pid: str) -> tuple[str, ...]:
        """The paths on the loop through ``pid``; () when it is on none."""
        walk: dict[str, str] = {}  # id -> path, in the order walked
        current = pid
        while current is not None and current not in self.loop_of and current not in walk:
            found = self.view.resolve(self.link, current)
            if found is None:
                break
            walk[current] = found[0]
            current = getattr(found[1], self.link.field)
        ids = list(walk)
        closed = ids.index(current) if current in walk else len(ids)  # the walk came back to current
        loop = tuple(walk[i] for i in ids[closed:])
        if loop:
            self.found.append(loop)
        self.loop_of.update(dict.fromkeys(ids[:closed], ()))
        self.loop_of.update(dict.fromkeys(ids[closed:], loop))
        return self.loop_of.get(pid, ())


def _partial_org(view: _View, relations: list, affected: set[str]) -> Org:
    """The affected records with everything their rules read: their neighbours through every
    relation followed, and the records sharing their ids."""
    for path in sorted(affected):
        if path not in view.loaded and path not in view.changed:
            view.by_path(path)  # reached only through the graph before the change
        rf, facts = view.loaded.get(path) or view.changed.get(path) or (None, None)
        if facts is not None:
            for relation in relations:
                relation.load(view, rf.kind, facts.id, facts)
    for loops in view.loops.values():  # whole, for the loop rules; the walks loaded nothing
        for loop in loops.found:
            for member in loop:
                if member not in view.loaded and member not in view.changed:
                    view.by_path(member)
    for rf, facts in list(view.loaded.values()):  # an id resolves to its first file, as in the full org
        ident = _ident(rf, facts)
        if ident is not None:
            view.by_id(rf.kind, ident)
    records = dict(view.loaded)
    records.update({p: v for p, v in view.changed.items() if v[0] is not None})
    positions = [f for _, f in records.values() if isinstance(f, PositionFacts)]
    profiles = [f for _, f in records.values() if isinstance(f, ProfileFacts)]
    unreadable = {rf.stem for rf, f in records.values() if f is None}
    return Org(positions, profiles, unreadable)
