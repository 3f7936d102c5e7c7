"""A cache of per-file results keyed by content, inside the repository's git directory.

A git blob id names a file's content for ever, so a result computed for (configuration, path,
blob) never goes stale: there is nothing to invalidate, only old entries to drop. Whole
validation reports are kept too, keyed by every (path, blob) of the repository, so a run on an
unchanged repository reads one row. SQLite in WAL mode lets concurrent runs (an editor, a hook,
a terminal) read and write safely; any cache failure falls back to computing.
"""
from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from hrkit import gitio

FORMAT = 1
MAX_RESULTS = 2_000_000
"""Rows kept at most; the oldest go first (a 100,000-record repository uses ~110,000 per configuration)."""
MAX_STATES = 16
MAX_PART_STATES = 6
"""Values kept in parts (column stores of report rows, audit trails) at most: each is megabytes."""


def result_key(fingerprint: str, path: str, blob: str) -> bytes:
    return hashlib.sha1(f"{fingerprint}\0{path}\0{blob}".encode()).digest()


class Cache:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS results (key BLOB PRIMARY KEY, payload BLOB NOT NULL)")
        self._db.execute("CREATE TABLE IF NOT EXISTS states (key BLOB PRIMARY KEY, payload BLOB NOT NULL)")
        self._db.execute("CREATE TABLE IF NOT EXISTS parts (state BLOB NOT NULL, name TEXT NOT NULL, "
                         "payload BLOB NOT NULL, PRIMARY KEY (state, name))")

    @classmethod
    def open_for(cls, root: Path) -> Cache | None:
        """The cache of the git repository holding ``root``, or None outside git or when unusable."""
        try:
            return cls(gitio.common_dir(root) / "hrkit" / f"cache-v{FORMAT}.sqlite")
        except (gitio.GitError, OSError, sqlite3.Error):
            return None

    @property
    def connection(self) -> sqlite3.Connection:
        """For stores that keep their own tables in the same database (incremental baselines)."""
        return self._db

    def close(self) -> None:
        self._db.close()

    def results(self, keys: list[bytes]) -> dict[bytes, object]:
        found: dict[bytes, object] = {}
        try:
            for start in range(0, len(keys), 900):
                batch = keys[start:start + 900]
                marks = ",".join("?" * len(batch))
                for key, payload in self._db.execute(f"SELECT key, payload FROM results WHERE key IN ({marks})",
                                                     batch):
                    found[key] = pickle.loads(payload)
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return {}
        return found

    def store_results(self, items: Iterable[tuple[bytes, object]]) -> None:
        rows = [(key, pickle.dumps(value, pickle.HIGHEST_PROTOCOL)) for key, value in items]
        if not rows:
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("INSERT OR REPLACE INTO results (key, payload) VALUES (?, ?)", rows)
            excess = self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0] - MAX_RESULTS
            if excess > 0:
                self._db.execute("DELETE FROM results WHERE rowid IN "
                                 "(SELECT rowid FROM results ORDER BY rowid LIMIT ?)", (excess,))
            self._db.execute("COMMIT")
        except sqlite3.Error:
            self._rollback()

    def state(self, key: bytes):
        try:
            row = self._db.execute("SELECT payload FROM states WHERE key = ?", (key,)).fetchone()
            return pickle.loads(row[0]) if row else None
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None

    def store_state(self, key: bytes, value: object) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("INSERT OR REPLACE INTO states (key, payload) VALUES (?, ?)",
                             (key, pickle.dumps(value, pickle.HIGHEST_PROTOCOL)))
            self._db.execute("DELETE FROM states WHERE rowid NOT IN "
                             "(SELECT rowid FROM states ORDER BY rowid DESC LIMIT ?)", (MAX_STATES,))
            self._db.execute("COMMIT")
        except sqlite3.Error:
            self._rollback()

    def parts(self, state: bytes, names: Iterable[str], *, complete: bool = True) -> dict[str, object] | None:
        """The named parts of a value stored with ``store_parts``, or None when one is missing
        (unless not ``complete``: then those found). Parts are read on their own: a rollup reads
        the few columns it groups and sums by."""
        names = list(names)
        found: dict[str, object] = {}
        try:
            for start in range(0, len(names), 900):
                batch = names[start:start + 900]
                marks = ",".join("?" * len(batch))
                for name, payload in self._db.execute(
                        f"SELECT name, payload FROM parts WHERE state = ? AND name IN ({marks})", (state, *batch)):
                    found[name] = pickle.loads(payload)
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        return found if len(found) == len(set(names)) or not complete else None

    def store_parts(self, state: bytes, parts: dict[str, object], *, add: bool = False) -> None:
        """Keep a value in named parts: the column store of one repository state, or the
        segments of an audit trail. With ``add``, the parts join (or replace) those already
        kept for the state; otherwise they are the whole value."""
        rows = [(state, name, pickle.dumps(value, pickle.HIGHEST_PROTOCOL)) for name, value in parts.items()]
        try:
            self._db.execute("BEGIN IMMEDIATE")
            if not add:
                self._db.execute("DELETE FROM parts WHERE state = ?", (state,))
            self._db.executemany("INSERT OR REPLACE INTO parts (state, name, payload) VALUES (?, ?, ?)", rows)
            self._db.execute("DELETE FROM parts WHERE state NOT IN (SELECT state FROM parts GROUP BY state "
                             "ORDER BY MAX(rowid) DESC LIMIT ?)", (MAX_PART_STATES,))
            self._db.execute("COMMIT")
        except sqlite3.Error:
            self._rollback()

    def _rollback(self) -> None:
        try:
            self._db.execute("ROLLBACK")
        except sqlite3.Error:
            pass
