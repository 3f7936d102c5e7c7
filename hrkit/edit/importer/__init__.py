"""``hrkit import``: legacy work descriptions (text, Markdown, Word, PDF; one file or folders of
them) to position records.

``readers`` turns a file into text, ``parse`` the text into one neutral ``WorkDescription``;
``versions`` keeps the newest of several documents for one position, ``build`` makes the
records, ``link`` attaches each position to its supervisor among the import and the repository,
``emit`` writes their text. Existing records are never overwritten: they are conflicts, or with
``update`` the document's stated values are merged into them through the round-trip writer,
comments and order kept. One document that cannot be read, or that trips a bug, is reported with
its reason and the others go on (``Outcome``).
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hrkit.edit.editing import Change, Plan
from hrkit.errors import HrkitError
from hrkit.io.fsio import inside
from hrkit.edit.importer import people
from hrkit.edit.importer.batch import Outcome, collect
from hrkit.edit.importer.build import Imported, Known, build
from hrkit.edit.importer.document import VERIFY, Issue, Value, WorkDescription
from hrkit.edit.importer.emit import record_text
from hrkit.edit.importer.link import Positions, drop_reports_with_documents, has_number
from hrkit.edit.importer.parse import NotAWorkDescription, parse_text
from hrkit.edit.importer.readers import LOST, Text, Unreadable, read_text
from hrkit.edit.importer.versions import Version, newest
from hrkit.edit.rewrite import Document, RewriteError, check_equivalent
from hrkit.io.yamlsafe import load_yaml


def read_document(path: Path) -> WorkDescription:
    """One document's WorkDescription; a file that is not one raises HrkitError with the reason."""
    try:
        return _parsed(read_text(path), path.name)
    except (Unreadable, NotAWorkDescription) as exc:
        raise HrkitError(f"{path}: {exc}") from None


def _parsed(text: Text, name: str) -> WorkDescription:
    wd = parse_text(text.text, name)
    wd.document = people.withheld(wd.document, wd.people)
    if text.repaired:
        _mark_repaired(wd, text.repaired)
    return wd


def _mark_repaired(wd: WorkDescription, repaired: dict[str, str]) -> None:
    """Every value holding a character that was repaired from mis-encoded text, or a word whose
    lost letters were restored, gets a verify note."""
    characters = {bad: good for bad, good in repaired.items() if LOST not in bad}
    detail = "mis-encoded characters repaired (" + ", ".join(
        f"U+{ord(bad[0]):04X}" + (f"... as {good}" if len(bad) > 1 else f" as {good}")
        for bad, good in sorted(characters.items())) + ")"
    fixed = set("".join(characters.values())) - {" "}
    restored = sorted({good for bad, good in repaired.items() if LOST in bad})
    named = [*wd.fields.items(), ("general_accountability", wd.general_accountability),
             ("nature_and_scope", wd.nature_and_scope)]
    named += [("specific_accountabilities", v) for v in wd.specific_accountabilities]
    named += [("reports", r.title) for r in wd.reports]
    marked = set()
    for where, value in named:
        if value is None or not isinstance(value.value, str):
            continue
        words = [word for word in restored if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", value.value)]
        details = ([detail] if fixed & set(value.value) else []) + \
            ([f"letters a conversion lost (U+FFFD) restored in {', '.join(words)}"] if words else [])
        for found in details:
            value.note = f"{value.note}; {found}" if value.note else f"{VERIFY}{found}"
            if (where, found) not in marked:
                marked.add((where, found))
                wd.issues.append(Issue(where, "repaired", found))


@dataclass
class ImportPlan(Plan):
    conflicts: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    records: list[Imported] = field(default_factory=list)
    documents: list[Outcome] = field(default_factory=list)
    """One per file named or found, in the order read: what became of it."""


def plan_import(root: Path, source, paths: list[Path], *, department: str | None = None,
                effective_date: _dt.date | None = None, update: bool = False,
                progress: Callable[[int, int], None] | None = None) -> ImportPlan:
    """Documents (files, or folders read recursively) to a plan of record changes. ``progress``
    is called with (documents read, documents in all) as reading goes."""
    files, _ = source.record_files()
    known: dict[str, Known] = {}
    for rf, data in source.read_records([f for f in files if f.kind == "position"]):
        parsed = load_yaml(data) if isinstance(data, bytes) else None
        doc = parsed.data if parsed and isinstance(parsed.data, dict) else {}
        known[rf.stem] = Known(rf.stem, _text(doc.get("title")), _text(doc.get("reports_to")),
                               _text(doc.get("department")), _text(doc.get("classification")))
    repository = dict(known)
    plan = ImportPlan()
    plan.documents = collect(paths)
    readable = [o for o in plan.documents if o.status == "imported"]
    versions = []
    for done, outcome in enumerate(readable, 1):
        version = _attempt(outcome, lambda: Version(outcome.path, _read_into(outcome)))
        if version is not None:
            versions.append(version)
        if progress is not None:
            progress(done, len(readable))
    kept, aside = newest(versions)
    outcome_of = {o.path: o for o in plan.documents}
    for older in aside:
        outcome = outcome_of[older.older.path]
        outcome.status, outcome.reason = "older-version", f"older version of {older.newer.path} ({older.why})"
    for v in kept:  # numbered positions of the import are not the supervisor stubs of another
        number = v.wd.fields.get("position_number")
        if has_number(number):
            known.setdefault(number.value, Known(number.value, None, None, None, None))
    built: list[tuple[Outcome, WorkDescription, list[Imported]]] = []
    for v in kept:
        outcome = outcome_of[v.path]
        records = _attempt(outcome, lambda: build(v.wd, known, department=department, effective_date=effective_date))
        if records:
            built.append((outcome, v.wd, records))
    positions = Positions(repository, [r for _, _, records in built for r in records])
    for outcome, wd, records in built:
        outcome.link = _attempt(outcome, lambda: positions.link(wd, records[0]))
    notes = drop_reports_with_documents([records for _, _, records in built], [o.link for o, _, _ in built])
    for note in notes:
        next(records[0] for _, _, records in built if records[0].id == note.where).issues.append(note)
    target = _Target(root, {f.stem: f.path for f in files}, {f.path for f in files} | set(repository), update)
    for outcome, _, records in built:
        _attempt(outcome, lambda: target.plan(plan, outcome, records))
    return plan


def _read_into(outcome: Outcome) -> WorkDescription:
    """The document's WorkDescription; its outcome notes how the file was read."""
    text = read_text(outcome.path)
    outcome.form = text.form
    return _parsed(text, outcome.path.name)


def _attempt(outcome: Outcome, step: Callable):
    """``step()``, or None with the document marked refused (it is not one hrkit can read) or
    failed (a bug in hrkit: it is reported and the other documents go on)."""
    if outcome.status != "imported":
        return None
    try:
        return step()
    except (Unreadable, NotAWorkDescription) as exc:
        outcome.status, outcome.reason = "refused", str(exc)
    except RewriteError as exc:
        outcome.status, outcome.reason = "failed", str(exc)
    except HrkitError:
        raise
    except Exception as exc:  # a bug: this document is reported, the batch goes on
        outcome.status = "failed"
        outcome.reason = f"internal error: {type(exc).__name__}: {exc}, please report it"
    return None


@dataclass
class _Target:
    """The repository the records go into, and what this import has planned for it so far."""

    root: Path
    path_of: dict[str, str]  # record id -> its file
    taken: set[str]  # record files, and ids of positions the repository holds
    update: bool
    made_by: dict[str, str] = field(default_factory=dict)  # record id -> the document that makes it

    def plan(self, plan: ImportPlan, outcome: Outcome, records: list[Imported]) -> None:
        """The document's changes join the plan only when none of its records conflicts."""
        name = outcome.path.name
        changes: list[Change] = []
        conflicts: list[str] = []
        for record in records:
            rel = f"records/positions/{record.id}.yaml"
            if record.id in self.made_by:
                conflicts.append(f"{rel}: {name} and {self.made_by[record.id]} both make {record.id}")
            elif record.id in self.taken or rel in self.taken:
                if record.kind == "supervisor":
                    continue
                if not self.update:
                    conflicts.append(f"{self.path_of.get(record.id, rel)}: already exists (use --update to "
                                     f"merge {name} into it)")
                    continue
                changes.append(_merge(self.root, self.path_of[record.id], record))
            else:
                inside(self.root, rel)  # refused here, before anything is shown or checked
                changes.append(_create(rel, record))
        if conflicts:
            outcome.status, outcome.reason = "conflict", conflicts[0]
            plan.conflicts.extend(conflicts)
            return
        for record in records:
            self.made_by[record.id] = name
            outcome.records.append(record.id)
            outcome.issues.extend(record.issues)
        plan.records.extend(records)
        plan.issues.extend(outcome.issues)
        plan.changes.extend(c for c in changes if c is not None)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _plain(fields: dict[str, object]) -> dict:
    out: dict = {}
    for key, item in fields.items():
        if isinstance(item, dict):
            out[key] = {k: v.value for k, v in item.items()}
        elif isinstance(item.value, list):
            out[key] = [v.value if isinstance(v, Value) else v for v in item.value]
        else:
            out[key] = item.value
    return out


def _create(rel: str, record: Imported) -> Change:
    text = record_text(record.fields, record.header).encode("utf-8")
    expected = _plain(record.fields)
    check_equivalent(rel, text, expected)
    return Change(rel, None, text, None, expected)


def _merge(root: Path, rel: str, record: Imported) -> Change | None:
    """The document's stated values into the existing record; what it does not state stays."""
    doc = Document.open(root, rel, "position")
    for key, item in record.fields.items():
        pairs = item.items() if isinstance(item, dict) else [(None, item)]
        for sub, value in pairs:
            if not value.stated or key in ("id", "source") and sub is None:
                continue
            dotted = f"{key}.{sub}" if sub else key
            new = [v.value for v in value.value] if isinstance(value.value, list) else value.value
            if doc.get(dotted, object()) != new:
                doc.set(dotted, new)
    doc.set("source.document", record.fields["source"]["document"].value)
    doc.set("source.ocr", record.fields["source"]["ocr"].value)
    new_bytes = doc.render()
    if new_bytes == doc.raw:
        return None
    return Change(rel, doc.raw, new_bytes, load_yaml(doc.raw).data, doc.expected)
