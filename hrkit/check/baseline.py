"""The incremental baseline's storage: a full validation of the index (its records' facts,
indexed by id and by every relation of the org model (hrkit.model.relations), and its findings) with the tree it
describes, kept in the cache's database. hrkit.check.incremental reads and advances it; the
pre-commit path opens it before loading the rules, so this module imports little.

Like every cache value, each row is sealed (hrkit.store.cache.Seal): the columns SQLite searches are
only an index, and what a lookup returns is read from the row's sealed value. A row or the
baseline's description that fails its check makes the whole baseline unusable (``Unusable``):
the caller validates in full instead.
"""
from __future__ import annotations

import hashlib
import sqlite3
from typing import TYPE_CHECKING

from hrkit.io import gitio
from hrkit.model.relations import INDEXED

if TYPE_CHECKING:
    from hrkit.store.cache import Seal
    from hrkit.model.findings import Finding
    from hrkit.check.records import FileResult
    from hrkit.io.sources import RecordFile

COLUMNS = tuple(relation.name for relation in INDEXED)
"""One index column per relation of the org model (hrkit.model.relations), named after it."""
RECORDS = "base_records_" + hashlib.sha1(",".join(COLUMNS).encode()).hexdigest()[:8]
"""The records table, named by its columns: a new relation makes a new table."""
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS base_meta (fingerprint TEXT PRIMARY KEY, sealed BLOB NOT NULL)",
    f"CREATE TABLE IF NOT EXISTS {RECORDS} (fingerprint TEXT, path TEXT, kind TEXT, rid TEXT, "
    f"{''.join(f'{c} TEXT, ' for c in COLUMNS)}sealed BLOB NOT NULL, PRIMARY KEY (fingerprint, path))",
    f"CREATE INDEX IF NOT EXISTS {RECORDS}_rid ON {RECORDS} (fingerprint, kind, rid)",
    *(f"CREATE INDEX IF NOT EXISTS {RECORDS}_{c} ON {RECORDS} (fingerprint, {c})" for c in COLUMNS),
    "CREATE TABLE IF NOT EXISTS base_findings (fingerprint TEXT, path TEXT, scope TEXT, sealed BLOB NOT NULL)",
    "CREATE INDEX IF NOT EXISTS base_findings_path ON base_findings (fingerprint, path)",
)
_INSERT = f"INSERT INTO {RECORDS} VALUES ({','.join('?' * (5 + len(COLUMNS)))})"


class Unusable(Exception):
    """A baseline entry failed its check."""


class Baseline:
    def __init__(self, db: sqlite3.Connection, seal: Seal, fingerprint: str) -> None:
        self.db = db
        self.seal = seal
        self.fingerprint = fingerprint
        for statement in _SCHEMA:
            db.execute(statement)

    def _context(self, table: str, path: str = "", scope: str = "") -> bytes:
        return f"{table}\0{self.fingerprint}\0{path}\0{scope}".encode("utf-8", "surrogatepass")

    def _open(self, context: bytes, sealed: bytes):
        try:
            return self.seal.open(context, sealed)
        except ValueError:
            raise Unusable from None

    def _row(self, rf: RecordFile, facts, readable: bool = True) -> tuple:
        """The indexed columns of one record and its sealed value (facts None: the file could
        not be parsed, or with ``readable`` false not read: it counts as a file only)."""
        rid = facts.id if facts is not None else rf.stem
        sealed = self.seal.seal(self._context("record", rf.path), (rf.kind, rid, rf.blob, facts, readable))
        return (self.fingerprint, rf.path, rf.kind, rid, *(r.indexed(rf.kind, facts) for r in INDEXED), sealed)

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
            for table in ("base_meta", RECORDS, "base_findings"):
                self.db.execute(f"DELETE FROM {table}")  # one baseline: the latest configuration's
            self.db.executemany(_INSERT,
                                [self._row(r.file, r.facts) for r in results] +
                                [self._row(rf, None, False) for rf in unreadable])
            self._insert_findings(findings, org_codes)
            self.db.execute("INSERT INTO base_meta VALUES (?,?)", (fp, self._sealed_meta(tree, counts)))
            self.db.execute("COMMIT")
        except sqlite3.Error:
            self._rollback()

    def _insert_findings(self, findings: list[Finding], org_codes: set[str]) -> None:
        rows = []
        for f in findings:
            scope = "org" if f.code in org_codes else "file"
            rows.append((self.fingerprint, f.path, scope, self.seal.seal(self._context("finding", f.path, scope), f)))
        self.db.executemany("INSERT INTO base_findings VALUES (?,?,?,?)", rows)

    def _sealed_meta(self, tree: str, counts: tuple) -> bytes:
        return self.seal.seal(self._context("meta"), (tree, list(counts)))

    def _rollback(self) -> None:
        try:
            self.db.execute("ROLLBACK")
        except sqlite3.Error:
            pass

    # --- reading ----------------------------------------------------------------------------
    def meta(self) -> tuple[str, tuple] | None:
        """The tree the baseline describes and its (files, positions, profiles); None without a
        baseline, or when its description fails its check."""
        row = self.db.execute("SELECT sealed FROM base_meta WHERE fingerprint = ?", (self.fingerprint,)).fetchone()
        if row is None:
            return None
        try:
            tree, counts = self._open(self._context("meta"), row[0])
        except Unusable:
            return None
        return tree, tuple(counts)

    def by_path(self, paths) -> list[tuple]:
        """(path, kind, rid, blob, facts) of the baseline records at these paths."""
        paths = tuple(paths)
        return self._rows(f"path IN ({','.join('?' * len(paths))})", paths)

    def by_id(self, kind: str, rid: str) -> list[tuple]:
        """The same of the records of a kind with an id."""
        return self._rows("kind = ? AND rid = ?", (kind, rid))

    def indexed(self, relation, value: str) -> list[tuple]:
        """The same of the records whose index value for a relation (hrkit.model.relations) is ``value``."""
        return self._rows(f"{relation.name} = ?", (value,))

    def line(self, link, rid: str) -> list[tuple]:
        """The same of the records on the line up from ``rid`` by following ``link`` (a link
        between records of one kind: each id's records followed, in one query; UNION ends the
        walk on a loop)."""
        return self._rows(
            f"kind = ? AND rid IN (WITH RECURSIVE line(id) AS (VALUES (?) UNION SELECT r.{link.name} FROM "
            f"{RECORDS} r JOIN line ON r.rid = line.id WHERE r.fingerprint = ? AND r.kind = ? "
            f"AND r.{link.name} IS NOT NULL) SELECT id FROM line)", (link.target, rid, self.fingerprint, link.source))

    def _rows(self, where: str, args: tuple) -> list[tuple]:
        rows = []
        for path, sealed in self.db.execute(
                f"SELECT path, sealed FROM {RECORDS} WHERE fingerprint = ? AND {where}", (self.fingerprint, *args)):
            kind, rid, blob, facts, _ = self._open(self._context("record", path), sealed)
            rows.append((path, kind, rid, blob, facts))
        return rows

    def unreadable(self, paths) -> set[str]:
        """Which of these paths the baseline holds as files that could not be read."""
        paths = list(paths)
        found = set()
        for path, sealed in self.db.execute(
                f"SELECT path, sealed FROM {RECORDS} WHERE fingerprint = ? AND path IN "
                f"({','.join('?' * len(paths))})", (self.fingerprint, *paths)):
            if not self._open(self._context("record", path), sealed)[4]:
                found.add(path)
        return found

    def findings(self) -> list[tuple[str, str, Finding]]:
        return [(path, scope, self._open(self._context("finding", path, scope), sealed))
                for path, scope, sealed in self.db.execute(
                    "SELECT path, scope, sealed FROM base_findings WHERE fingerprint = ?", (self.fingerprint,))]

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
            row = db.execute("SELECT sealed FROM base_meta WHERE fingerprint = ?", (fp,)).fetchone()
            if not row or self._open(self._context("meta"), row[0])[0] != tree:
                db.execute("ROLLBACK")
                return
            marks = ",".join("?" * len(changed))
            db.execute(f"DELETE FROM {RECORDS} WHERE fingerprint = ? AND path IN ({marks})", (fp, *changed))
            db.executemany(_INSERT,
                           [self._row(rf, facts, rf.path not in unreadable)
                            for rf, facts in changed.values() if rf is not None])
            stale = list(changed)
            db.execute(f"DELETE FROM base_findings WHERE fingerprint = ? AND path IN ({marks})", (fp, *stale))
            org_stale = list(affected)
            db.execute(f"DELETE FROM base_findings WHERE fingerprint = ? AND scope = 'org' AND path IN "
                       f"({','.join('?' * len(org_stale))})", (fp, *org_stale))
            self._insert_findings(new_findings, org_codes)
            db.execute("UPDATE base_meta SET sealed = ? WHERE fingerprint = ?", (self._sealed_meta(new_tree, counts), fp))
            db.execute("COMMIT")
        except (sqlite3.Error, Unusable):
            self._rollback()


def staged_diff(tree: str) -> tuple[str, ...]:
    """The git command listing how the index differs from ``tree`` under records/."""
    return ("diff-index", "--cached", "--raw", "-z", "--no-renames", "--relative", tree, "--", "records")
