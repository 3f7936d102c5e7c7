"""``hrkit import``: legacy work descriptions (Markdown, or OCR'd text) to position records.

Reading is split by shape (``markdown``, ``ocr``) into one neutral ``WorkDescription``;
``build`` makes the records, ``emit`` their text. Existing records are never overwritten: they
are conflicts, or with ``update`` the document's stated values are merged into them through the
round-trip writer, comments and order kept.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

from hrkit.editing import Change, Plan
from hrkit.errors import HrkitError
from hrkit.fsio import inside
from hrkit.importer.build import Imported, Known, build
from hrkit.importer.document import Issue, Value, WorkDescription
from hrkit.importer.emit import record_text
from hrkit.importer.parse import NotAWorkDescription, parse_text
from hrkit.rewrite import Document, check_equivalent
from hrkit.yamlsafe import load_yaml


def read_document(path: Path) -> WorkDescription:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise HrkitError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise HrkitError(f"{path}: byte {exc.start} is not UTF-8; save the document as UTF-8 text") from None
    try:
        return parse_text(text, path.name)
    except NotAWorkDescription as exc:
        raise HrkitError(f"{path}: {exc}") from None


@dataclass
class ImportPlan(Plan):
    conflicts: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    records: list[Imported] = field(default_factory=list)


def plan_import(root: Path, source, documents: list[Path], *, department: str | None = None,
                effective_date: _dt.date | None = None, update: bool = False) -> ImportPlan:
    files, _ = source.record_files()
    by_id = {f.stem: f for f in files}
    known: dict[str, Known] = {}
    for rf, data in source.read_records([f for f in files if f.kind == "position"]):
        parsed = load_yaml(data) if isinstance(data, bytes) else None
        doc = parsed.data if parsed and isinstance(parsed.data, dict) else {}
        known[rf.stem] = Known(rf.stem, _text(doc.get("title")), _text(doc.get("reports_to")),
                               _text(doc.get("department")), _text(doc.get("classification")))
    existing = set(known)
    plan = ImportPlan()
    written: dict[str, str] = {}
    for path in documents:
        wd = read_document(path)
        for record in build(wd, known, department=department, effective_date=effective_date):
            plan.records.append(record)
            plan.issues.extend(record.issues)
            rel = f"records/positions/{record.id}.yaml"
            if record.id in written:
                plan.conflicts.append(f"{rel}: {path.name} and {written[record.id]} both make {record.id}")
                continue
            written[record.id] = path.name
            if record.id in existing or rel in {f.path for f in files}:
                if record.kind == "supervisor":
                    continue
                if not update:
                    plan.conflicts.append(f"{by_id[record.id].path if record.id in by_id else rel}: already "
                                          f"exists (use --update to merge {path.name} into it)")
                    continue
                change = _merge(root, by_id[record.id].path, record)
            else:
                inside(root, rel)  # refused here, before anything is shown or checked
                change = _create(rel, record)
            if change is not None:
                plan.changes.append(change)
    return plan


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
