"""The incremental baseline's storage: a full validation of the index (its records' facts,
indexed by id, supervisor, incumbent and department, and its findings) with the tree it
describes, kept in the cache's database. hrkit.incremental reads and advances it; the
pre-commit path opens it before loading the rules, so this module imports little.
"""
from __future__ import annotations

import json
import pickle
import sqlite3
from typing import TYPE_CHECKING

from hrkit import gitio

if TYPE_CHECKING:
    from hrkit.findings import Finding
    from hrkit.records import FileResult
    from hrkit.sources import RecordFile

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS base_meta (fingerprint TEXT PRIMARY KEY, tree TEXT NOT NULL, counts TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS base_records (fingerprint TEXT, path TEXT, kind TEXT, rid TEXT, ref TEXT, inc TEXT,"
    " dept TEXT, root INTEGER, blob TEXT, facts BLOB, PRIMARY KEY (fingerprint, path))",
    "CREATE INDEX IF NOT EXISTS base_rid ON base_records (fingerprint, kind, rid)",
    "CREATE INDEX IF NOT EXISTS base_ref ON base_records (fingerprint, kind, ref)",
    "CREATE INDEX IF NOT EXISTS base_inc ON base_records (fingerprint, inc)",
    "CREATE INDEX IF NOT EXISTS base_dept ON base_records (fingerprint, dept, root)",
    "CREATE TABLE IF NOT EXISTS base_findings (fingerprint TEXT, path TEXT, scope TEXT, finding BLOB)",
    "CREATE INDEX IF NOT EXISTS base_findings_path ON base_findings (fingerprint, path)",
)


def _row(fingerprint: str, rf: RecordFile, facts, readable: bool = True) -> tuple:
    """The indexed columns of one record (facts None: the file could not be parsed, or with
    ``readable`` false not read, which its root column of -1 says: it counts as a file only)."""
    if facts is not None and rf.kind == "position":
        ref, inc, dept, root = facts.reports_to, facts.incumbent, facts.department, \
            int(facts.reports_to is None and facts.status != "abolished")
        rid = facts.id
    elif facts is not None:
        ref, inc, dept, root, rid = facts.position, None, None, 0, facts.id
    else:
        ref = inc = dept = None
        root, rid = 0 if readable else -1, rf.stem
    return (fingerprint, rf.path, rf.kind, rid, ref, inc, dept, root, rf.blob,
            None if facts is None else pickle.dumps(facts, pickle.HIGHEST_PROTOCOL))


class Baseline:
    def __init__(self, db: sqlite3.Connection, fingerprint: str) -> None:
        self.db = db
        self.fingerprint = fingerprint
        for statement in _SCHEMA:
            db.execute(statement)

    # --- writing ----------------------------------------------------------------------------
    def record(self, root, results: list[FileResult], unreadable: list[RecordFile], findings: list[Finding],
               counts: tuple, org_codes: set[str]) -> None:
        """Store a full validation of the index as the baseline."""
        try:
            tree = gitio.run_git(root, "write-tree").decode().strip()
        except gitio.GitError:
            return  # e.g. unmerged entries: no tree, no baseline
        fp = self.fingerprint
        try:
            self.db.execute("BEGIN IMMEDIATE")
            for table in ("base_meta", "base_records", "base_findings"):
                self.db.execute(f"DELETE FROM {table}")  # one baseline: the latest configuration's
            self.db.executemany("INSERT INTO base_records VALUES (?,?,?,?,?,?,?,?,?,?)",
                                [_row(fp, r.file, r.facts) for r in results] +
                                [_row(fp, rf, None, False) for rf in unreadable])
            self._insert_findings(findings, org_codes)
            self.db.execute("INSERT INTO base_meta VALUES (?,?,?)", (fp, tree, json.dumps(counts)))
            self.db.execute("COMMIT")
        except sqlite3.Error:
            self._rollback()

    def _insert_findings(self, findings: list[Finding], org_codes: set[str]) -> None:
        self.db.executemany("INSERT INTO base_findings VALUES (?,?,?,?)",
                            [(self.fingerprint, f.path, "org" if f.code in org_codes else "file",
                              pickle.dumps(f, pickle.HIGHEST_PROTOCOL)) for f in findings])

    def _rollback(self) -> None:
        try:
            self.db.execute("ROLLBACK")
        except sqlite3.Error:
            pass

    # --- reading ----------------------------------------------------------------------------
    def meta(self) -> tuple[str, tuple] | None:
        row = self.db.execute("SELECT tree, counts FROM base_meta WHERE fingerprint = ?",
                              (self.fingerprint,)).fetchone()
        return (row[0], tuple(json.loads(row[1]))) if row else None

    def rows(self, where: str, args: tuple) -> list[tuple]:
        """(path, kind, rid, blob, facts) of the baseline records matching a condition."""
        return [(path, kind, rid, blob, pickle.loads(facts) if facts is not None else None)
                for path, kind, rid, blob, facts in self.db.execute(
                    f"SELECT path, kind, rid, blob, facts FROM base_records WHERE fingerprint = ? AND {where}",
                    (self.fingerprint, *args))]

    def unreadable(self, paths) -> set[str]:
        """Which of these paths the baseline holds as files that could not be read."""
        paths = list(paths)
        return {path for (path,) in self.db.execute(
            f"SELECT path FROM base_records WHERE fingerprint = ? AND root = -1 AND path IN "
            f"({','.join('?' * len(paths))})", (self.fingerprint, *paths))}

    def findings(self) -> list[tuple[str, str, Finding]]:
        return [(path, scope, pickle.loads(blob)) for path, scope, blob in self.db.execute(
            "SELECT path, scope, finding FROM base_findings WHERE fingerprint = ?", (self.fingerprint,))]

    def advance(self, root, tree: str, changed: dict, unreadable: set[str], new_findings: list[Finding],
                affected: set[str], counts: tuple, org_codes: set[str]) -> None:
        """Make the checked index the new baseline, unless another run moved it meanwhile:
        ``changed`` maps paths to (RecordFile or None, facts), ``unreadable`` names those that
        could not be read; ``affected`` are the paths whose cross-record findings
        ``new_findings`` replace."""
        try:
            new_tree = gitio.run_git(root, "write-tree").decode().strip()
        except gitio.GitError:
            return
        db, fp = self.db, self.fingerprint
        try:
            db.execute("BEGIN IMMEDIATE")
            row = db.execute("SELECT tree FROM base_meta WHERE fingerprint = ?", (fp,)).fetchone()
            if not row or row[0] != tree:
                db.execute("ROLLBACK")
                return
            marks = ",".join("?" * len(changed))
            db.execute(f"DELETE FROM base_records WHERE fingerprint = ? AND path IN ({marks})", (fp, *changed))
            db.executemany("INSERT INTO base_records VALUES (?,?,?,?,?,?,?,?,?,?)",
                           [_row(fp, rf, facts, rf.path not in unreadable)
                            for rf, facts in changed.values() if rf is not None])
            stale = list(changed)
            db.execute(f"DELETE FROM base_findings WHERE fingerprint = ? AND path IN ({marks})", (fp, *stale))
            org_stale = list(affected)
            db.execute(f"DELETE FROM base_findings WHERE fingerprint = ? AND scope = 'org' AND path IN "
                       f"({','.join('?' * len(org_stale))})", (fp, *org_stale))
            self._insert_findings(new_findings, org_codes)
            db.execute("UPDATE base_meta SET tree = ?, counts = ? WHERE fingerprint = ?",
                       (new_tree, json.dumps(counts), fp))
            db.execute("COMMIT")
        except sqlite3.Error:
            self._rollback()


def staged_diff(tree: str) -> tuple[str, ...]:
    """The git command listing how the index differs from ``tree`` under records/."""
    return ("diff-index", "--cached", "--raw", "-z", "--no-renames", "--relative", tree, "--", "records")
