"""The edits stewards make (fmt, fix, move, set) as plans: every file is rendered and proven in
memory first, the whole result is validated, and only then does ``write`` touch the disk. A
plan that would add errors is refused as a whole, so a bulk edit never half-happens."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

from hrkit.check.engine import Report, validate
from hrkit.errors import HrkitError
from hrkit.model.findings import Finding, Severity
from hrkit.io.fsio import inside, write_atomic
from hrkit.history.diff import minus
from hrkit.edit.rewrite import Document, RewriteError, format_bytes
from hrkit.rules import ALL_RULES, BY_CODE
from hrkit.rules.custom import match_selector
from hrkit.io.sources import RECORD_DIRS, RecordFile, record_kind
from hrkit.io.yamlsafe import load_yaml


@dataclass(frozen=True)
class Change:
    """One file's planned content. ``old`` is None for a file that does not exist yet."""

    path: str
    old: bytes | None
    new: bytes
    old_data: dict | None
    new_data: dict


@dataclass
class Plan:
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was skipped, and why
    before: Report | None = None
    after: Report | None = None

    @property
    def added_errors(self) -> list[Finding]:
        """Errors the plan would introduce (by code, file and field; suppressed ones ignored)."""
        if self.before is None or self.after is None:
            return []
        errors_before = [f for f in self.before.active if f.severity is Severity.ERROR]
        errors_after = [f for f in self.after.active if f.severity is Severity.ERROR]
        return minus(errors_after, errors_before, _error_key)


def _error_key(f: Finding) -> tuple:
    return (f.code, f.path, f.field)


class OverlaySource:
    """A source whose files are replaced (or added) by planned changes: what validation would
    see after the write, without writing."""

    def __init__(self, base, changes: list[Change]) -> None:
        self.base = base
        self.label = base.label
        self.root = base.root
        self.files = {c.path: c.new for c in changes}

    def read(self, path: str) -> bytes | None:
        return self.files[path] if path in self.files else self.base.read(path)

    def exists(self, path: str) -> bool:
        return path in self.files or self.base.exists(path)

    def prefetch(self, paths: list[str]) -> None:
        self.base.prefetch([p for p in paths if p not in self.files])

    def list_dir(self, folder: str, suffix: str = ".yaml") -> list[str]:
        return self.base.list_dir(folder, suffix)

    def known_blobs(self) -> dict[str, str]:
        """The base's blob ids, less the files the plan changes (their cached results are stale)."""
        return {p: b for p, b in self.base.known_blobs().items() if p not in self.files}

    def state_digest(self) -> None:
        """No stored answer fits a plan that has not been written."""
        return None

    hashes_reads = True  # results are cached under the id of what was read: the plan's or the file's
    changed_during_read = False

    def confirm_read(self, path: str, blob: str) -> None:
        """Nothing to confirm: a plan's results are never kept as a repository state's."""

    def record_files(self):
        files, bad = self.base.record_files()
        known = {f.path for f in files}
        for path in self.files:
            kind = record_kind(path)
            if kind and path not in known:
                files.append(RecordFile(path, kind, path.rsplit("/", 1)[-1][:-len(".yaml")]))
        files.sort(key=lambda f: f.path)
        return files, bad

    def read_records(self, files):
        base = [f for f in files if f.path not in self.files]
        own = {f.path: f for f in files if f.path in self.files}
        yield from ((f, self.files[f.path]) for f in own.values())
        yield from self.base.read_records(base)


def check(plan: Plan, project, source) -> Plan:
    """Validate the repository before and after the plan (fills ``before`` and ``after``)."""
    plan.before = validate(project, source)
    plan.after = validate(project, OverlaySource(source, plan.changes))
    return plan


def write(root: Path, changes: list[Change]) -> None:
    """Write every change atomically (each file is the old one or the new one, whatever happens),
    once every path is known to stay inside the repository."""
    targets = [inside(root, change.path) for change in changes]
    for change, target in zip(changes, targets):
        write_atomic(target, change.new, parents=True)


# --- fmt -----------------------------------------------------------------------------------------

def record_paths(root: Path, paths: list[str] | None) -> list[tuple[str, str]]:
    """(repository-relative path, kind) of the record files named or found under ``paths``."""
    out: list[tuple[str, str]] = []
    for rel in paths if paths else list(RECORD_DIRS):
        full = root / rel
        if full.is_symlink():
            raise HrkitError(f"{rel}: is a symbolic link; hrkit does not follow links")
        if full.is_dir():
            found = sorted(p for p in full.rglob("*.yaml") if p.is_file() or p.is_symlink())
            out.extend((p.relative_to(root).as_posix(), record_kind(p.relative_to(root).as_posix()))
                       for p in found)
        elif full.exists():
            out.append((rel, record_kind(rel)))
    bad = [p for p, kind in out if kind is None]
    if bad:
        raise HrkitError(f"{bad[0]}: not a record file (records live in records/positions and records/profiles)")
    return sorted(set(out))


def plan_fmt(root: Path, paths: list[str] | None) -> tuple[Plan, list[str]]:
    """Files whose layout is not canonical, and one error line per file that cannot be formatted."""
    plan, errors = Plan(), []
    for rel, kind in record_paths(root, paths):
        try:
            doc = Document.open(root, rel, kind)
            new = format_bytes(rel, doc.raw, kind)
        except RewriteError:
            raise
        except HrkitError as exc:
            errors.append(str(exc))
            continue
        if new != doc.raw:
            plan.changes.append(Change(rel, doc.raw, new, doc.expected, load_yaml(new).data))
    return plan, errors


# --- records by id ---------------------------------------------------------------------------------

def _files_by_id(source) -> dict[str, RecordFile]:
    files, _ = source.record_files()
    return {f.stem: f for f in files}


def _open(root: Path, files: dict[str, RecordFile], record_id: str, opened: dict[str, Document]) -> Document:
    if record_id not in files:
        raise HrkitError(f"no record with id {record_id!r} under records/")
    rf = files[record_id]
    if rf.path not in opened:
        opened[rf.path] = Document.open(root, rf.path, rf.kind)
    return opened[rf.path]


def _changes(opened: dict[str, Document]) -> list[Change]:
    out = []
    for path, doc in sorted(opened.items()):
        new = doc.render()
        if new != doc.raw:
            out.append(Change(path, doc.raw, new, load_yaml(doc.raw).data, doc.expected))
    return out


# --- fix -------------------------------------------------------------------------------------------

FIXERS = tuple(rule.code for rule in ALL_RULES if rule.fix is not None)
"""The rules whose fixes are safe to apply without a person deciding: they rewrite a value into
the form it already means, or copy it from the record it must agree with (each rule's ``fix``)."""


def plan_fix(project, source, root: Path, select: tuple[str, ...] | None = None) -> Plan:
    plan = Plan()
    report = validate(project, source, select=select or FIXERS)
    files = _files_by_id(source)
    by_path = {f.path: f for f in files.values()}
    opened: dict[str, Document] = {}
    for finding in report.active:
        rule = BY_CODE.get(finding.code)
        if not finding.fixable or rule is None or rule.fix is None:
            if finding.fixable:
                plan.notes.append(f"{finding.path}: {finding.code} has no automatic fix; left as is")
            continue
        rf = by_path.get(finding.path)
        if rf is None or not finding.field:
            continue
        doc = opened.get(rf.path) or opened.setdefault(rf.path, Document.open(root, rf.path, rf.kind))
        value = rule.fix(finding, doc, project, source, files)
        if value is not None:
            doc.set(finding.field, value)
    plan.changes = _changes(opened)
    return plan


# --- move and set ------------------------------------------------------------------------------------

def plan_move(project, source, root: Path, position_id: str, new_supervisor: str) -> Plan:
    """Move a position under another supervisor: ``reports_to`` and the ``supervisor`` block."""
    files = _files_by_id(source)
    opened: dict[str, Document] = {}
    doc = _open(root, files, position_id, opened)
    if doc.kind != "position":
        raise HrkitError(f"{position_id} is a profile; only positions report to a supervisor")
    sup_file = files.get(new_supervisor)
    if sup_file is None or sup_file.kind != "position":
        raise HrkitError(f"no position with id {new_supervisor!r} under records/positions")
    if new_supervisor == position_id:
        raise HrkitError(f"{position_id} cannot report to itself")
    sup = load_yaml(source.read(sup_file.path) or b"").data
    if not isinstance(sup, dict):
        raise HrkitError(f"{sup_file.path}: cannot be read as a record")
    doc.set("reports_to", new_supervisor)
    for key in ("title", "classification"):
        value = sup.get(key)
        if isinstance(value, str):
            doc.set(f"supervisor.{key}", project.scheme.resolve(value) or value if key == "classification" else value)
    return Plan(changes=_changes(opened))


DATE_FIELDS = {"effective_date", "submitted_on", "feedback_on", "from", "to"}
NUMBER_PARENTS = {"dimensions"}
BOOL_FIELDS = {"source.ocr"}


def parse_value(dotted: str, text: str) -> object:
    """A command-line value for ``dotted``: text for text fields, a date, number or boolean
    where the schema wants one, ``null`` to clear a field."""
    if text == "null":
        return None
    last = dotted.rsplit(".", 1)[-1]
    typed = last in DATE_FIELDS or dotted.split(".")[0] in NUMBER_PARENTS or dotted in BOOL_FIELDS
    if not typed:
        return text
    parsed = load_yaml(f"v: {text}\n".encode())
    value = parsed.data.get("v") if not parsed.problems and isinstance(parsed.data, dict) else text
    if last in DATE_FIELDS and not isinstance(value, _dt.date):
        raise HrkitError(f"{dotted}={text}: a date is written YYYY-MM-DD")
    return value


def plan_set(project, source, root: Path, record_id: str | None, assignments: list[tuple[str, str]],
             where: dict[str, str]) -> Plan:
    """Set fields on one record, or on every record matching ``where`` (field globs)."""
    if not assignments:
        raise HrkitError("nothing to set: give FIELD=VALUE")
    files = _files_by_id(source)
    if record_id is not None:
        targets = [record_id]
    else:
        targets = []
        for stem, rf in sorted(files.items()):
            data = load_yaml(source.read(rf.path) or b"").data
            if isinstance(data, dict) and match_selector(where, lambda f, d=data: _lookup(d, f)):
                targets.append(stem)
        if not targets:
            raise HrkitError("--where matches no record")
    opened: dict[str, Document] = {}
    for target in targets:
        doc = _open(root, files, target, opened)
        for dotted, text in assignments:
            value = parse_value(dotted, text)
            if dotted == "id":
                raise HrkitError("set cannot change an id (the file name must change with it)")
            if value is None and doc.get(dotted, "missing") == "missing":
                continue
            doc.set(dotted, value)
    return Plan(changes=_changes(opened))


def _lookup(data: dict, dotted: str):
    node: object = data
    for part in dotted.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node
