"""Importing many documents at once: the files named or found in folders, what became of each
(``Outcome``), and the JSON report of a batch (docs/import.md, "The JSON report")."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from hrkit.edit.importer.document import Issue
from hrkit.edit.importer.link import Link
from hrkit.edit.importer.readers import READERS
from hrkit.edit.importer.versions import natural_key

REPORT_VERSION = 1
STATUSES = ("imported", "refused", "older-version", "conflict", "failed", "skipped")
"""What becomes of a document, in the order the summary counts them."""


@dataclass
class Outcome:
    """One document file. ``status`` stays ``imported`` unless a step says otherwise."""

    path: Path
    status: str = "imported"
    reason: str | None = None
    form: str | None = None  # how its bytes were read: UTF-8, cp1252, UTF-16, Word (.docx), PDF
    records: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    link: Link | None = None


def collect(paths: list[Path]) -> list[Outcome]:
    """The files named, and the files under the folders named (read recursively, in natural name
    order; hidden files and folders, Office lock files ``~$…``, other kinds of file and links to
    folders are listed as skipped). A file named on its own is always read, whatever its kind."""
    out: list[Outcome] = []
    seen: set[Path] = set()

    def add(outcome: Outcome) -> None:
        real = outcome.path.resolve()
        if real not in seen:
            seen.add(real)
            out.append(outcome)

    for path in paths:
        if not path.is_dir():
            add(Outcome(path))
            continue
        for folder, dirs, names in os.walk(path):
            base = Path(folder)
            for name in sorted(dirs, key=natural_key):
                if (base / name).is_symlink():
                    add(Outcome(base / name, "skipped", "a link to a folder: not followed"))
            dirs[:] = sorted((d for d in dirs if not d.startswith(".") and not (base / d).is_symlink()),
                             key=natural_key)
            for name in sorted(names, key=natural_key):
                add(Outcome(base / name, *_skip(name)))
    return out


def _skip(name: str) -> tuple[str, str | None]:
    if name.startswith((".", "~$")):
        return "skipped", "a hidden or temporary file"
    if Path(name).suffix.lower() not in READERS:
        return "skipped", f"not a {', '.join(READERS)} file"
    return "imported", None


def counts(documents: list[Outcome]) -> dict[str, int]:
    """Documents by status, records made, fields to verify, links left unresolved."""
    out = {"documents": len(documents)}
    out.update({status: sum(d.status == status for d in documents) for status in STATUSES})
    out["records"] = sum(len(d.records) for d in documents)
    out["verify"] = sum(len(d.issues) for d in documents)
    out["unresolved_links"] = sum(d.link is not None and d.link.status == "unresolved" and bool(d.records)
                                  for d in documents)
    return out


def report(documents: list[Outcome], *, dry_run: bool) -> dict:
    """The JSON report: version 1 of a documented contract."""
    return {
        "version": REPORT_VERSION,
        "dry_run": dry_run,
        "summary": counts(documents),
        "documents": [{
            "path": str(d.path),
            "status": d.status,
            "reason": d.reason,
            "read_as": d.form,
            "records": d.records,
            "verify": [{"where": i.where, "what": i.what, "detail": i.detail} for i in d.issues],
            "supervisor": None if d.link is None or not d.records else
            {"link": d.link.status, "reports_to": d.link.reports_to, "detail": d.link.detail},
        } for d in documents],
    }
