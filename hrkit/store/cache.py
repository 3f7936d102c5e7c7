"""A cache of per-file results keyed by content, inside the repository's git directory.

A git blob id names a file's content for ever, so a result computed for (configuration, path,
blob) never goes stale: there is nothing to invalidate, only old entries to drop. Whole
validation reports are kept too, keyed by every (path, blob) of the repository, so a run on an
unchanged repository reads one row. SQLite in WAL mode lets concurrent runs (an editor, a hook,
a terminal) read and write safely; any cache failure falls back to computing.

The cache is data, never code, and it is checked, not trusted: values are plain data
(hrkit.store.plaindata, never pickle), and each is sealed with a keyed digest of its key, its bytes
and hrkit's own code. The key is the user's (``HRKIT_CACHE_KEY``, or a random key kept in the
user's cache folder, outside every repository), so a cache that was copied with a repository,
restored from another CI run or crafted by hand is ignored, and so is one an older or newer
hrkit wrote.
"""
from __future__ import annotations

import glob
import hashlib
import os
import secrets
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from hrkit import code_digest
from hrkit.io import gitio
from hrkit.store import plaindata

FORMAT = 2
"""Format 1 kept pickles: its files are removed on sight."""
MAX_RESULTS = 2_000_000
"""Rows kept at most; the oldest go first (a 100,000-record repository uses ~110,000 per configuration)."""
MAX_STATES = 16
MAX_PART_STATES = 6
"""Values kept in parts (column stores of report rows, audit trails) at most: each is megabytes."""
KEY_ENV = "HRKIT_CACHE_KEY"
TAG = 16
"""Bytes of the seal in front of every stored value."""


def result_key(fingerprint: str, path: str, blob: str) -> bytes:
    return hashlib.sha1(f"{fingerprint}\0{path}\0{blob}".encode()).digest()


def user_key() -> bytes | None:
    """The key that seals this user's cache entries: from ``HRKIT_CACHE_KEY`` (CI sets it from a
    secret), else kept in ``$XDG_CACHE_HOME/hrkit/cache-key`` (created on first use, mode 0600).
    None when neither can be had: then nothing is cached."""
    given = os.environ.get(KEY_ENV)
    if given:
        return hashlib.blake2b(given.encode(), digest_size=32).digest()
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "hrkit"
    path = folder / "cache-key"
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        key = _new_key(folder, path)
    except OSError:
        return None
    return key if key is not None and len(key) == 32 else None


def _new_key(folder: Path, path: Path) -> bytes | None:
    """A new random key, published whole (written aside, then linked: never half a key, and
    never one replacing another process's)."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        aside = folder / f".cache-key.{os.getpid()}.{secrets.token_hex(4)}"
        fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, secrets.token_bytes(32))
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(aside, path)
        except FileExistsError:
            pass  # another process made one first: use that
        finally:
            os.unlink(aside)
        return path.read_bytes()
    except OSError:
        return None


class Seal:
    """Seals values with the user's key and hrkit's code, and opens only what it sealed."""

    def __init__(self, key: bytes) -> None:
        self._base = hashlib.blake2b(code_digest().encode(), key=key, digest_size=TAG)

    def _tag(self, context: bytes, payload: bytes) -> bytes:
        mac = self._base.copy()
        mac.update(len(context).to_bytes(4, "big") + context)
        mac.update(payload)
        return mac.digest()

    def seal(self, context: bytes, value: object) -> bytes:
        payload = plaindata.dumps(value)
        return self._tag(context, payload) + payload

    def open(self, context: bytes, sealed: bytes):
        """The value sealed under ``context``; ValueError for anything else."""
        if not isinstance(sealed, bytes) or not secrets.compare_digest(
                sealed[:TAG], self._tag(context, memoryview(sealed)[TAG:])):
            raise ValueError("cache entry failed its check")
        return plaindata.loads(memoryview(sealed)[TAG:])


class Cache:
    def __init__(self, path: Path, key: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.seal = Seal(key)
        self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS results (key BLOB PRIMARY KEY, payload BLOB NOT NULL)")
        self._db.execute("CREATE TABLE IF NOT EXISTS states (key BLOB PRIMARY KEY, payload BLOB NOT NULL)")
        self._db.execute("CREATE TABLE IF NOT EXISTS parts (state BLOB NOT NULL, name TEXT NOT NULL, "
                         "payload BLOB NOT NULL, PRIMARY KEY (state, name))")

    @classmethod
    def open_for(cls, root: Path) -> Cache | None:
        """The cache of the git repository holding ``root``, or None outside git, without a
        user key, or when unusable."""
        key = user_key()
        if key is None:
            return None
        try:
            folder = gitio.common_dir(root) / "hrkit"
            for old in glob.glob(os.path.join(glob.escape(str(folder)), "cache-v1.sqlite*")):
                os.unlink(old)  # pickles: never to be read
            return cls(folder / f"cache-v{FORMAT}.sqlite", key)
        except (gitio.GitError, OSError, sqlite3.Error):
            return None

    @property
    def connection(self) -> sqlite3.Connection:
        """For stores that keep their own tables in the same database (incremental baselines)."""
        return self._db

    def close(self) -> None:
        self._db.close()

    def results(self, keys: list[bytes]) -> dict[bytes, object]:
        """The stored values of the keys that have one that passes its check."""
        found: dict[bytes, object] = {}
        try:
            for start in range(0, len(keys), 900):
                batch = keys[start:start + 900]
                marks = ",".join("?" * len(batch))
                for key, payload in self._db.execute(f"SELECT key, payload FROM results WHERE key IN ({marks})",
                                                     batch):
                    try:
                        found[key] = self.seal.open(b"result\0" + key, payload)
                    except ValueError:
                        continue
        except sqlite3.Error:
            return {}
        return found

    def store_results(self, items: Iterable[tuple[bytes, object]]) -> None:
        rows = [(key, self.seal.seal(b"result\0" + key, value)) for key, value in items]
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
            return self.seal.open(b"state\0" + key, row[0]) if row else None
        except (sqlite3.Error, ValueError):
            return None

    def store_state(self, key: bytes, value: object) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("INSERT OR REPLACE INTO states (key, payload) VALUES (?, ?)",
                             (key, self.seal.seal(b"state\0" + key, value)))
            self._db.execute("DELETE FROM states WHERE rowid NOT IN "
                             "(SELECT rowid FROM states ORDER BY rowid DESC LIMIT ?)", (MAX_STATES,))
            self._db.execute("COMMIT")
        except sqlite3.Error:
            self._rollback()

    def parts(self, state: bytes, names: Iterable[str], *, complete: bool = True) -> dict[str, object] | None:
        """The named parts of a value stored with ``store_parts``, or None when one is missing
        (unless not ``complete``: then those found). Parts are read on their own: a rollup reads
        the few columns it groups and sums by. A part that fails its check is missing."""
        names = list(names)
        found: dict[str, object] = {}
        try:
            for start in range(0, len(names), 900):
                batch = names[start:start + 900]
                marks = ",".join("?" * len(batch))
                for name, payload in self._db.execute(
                        f"SELECT name, payload FROM parts WHERE state = ? AND name IN ({marks})", (state, *batch)):
                    try:
                        found[name] = self.seal.open(_part(state, name), payload)
                    except ValueError:
                        continue
        except sqlite3.Error:
            return None
        return found if len(found) == len(set(names)) or not complete else None

    def store_parts(self, state: bytes, parts: dict[str, object], *, add: bool = False) -> None:
        """Keep a value in named parts: the column store of one repository state, or the
        segments of an audit trail. With ``add``, the parts join (or replace) those already
        kept for the state; otherwise they are the whole value."""
        rows = [(state, name, self.seal.seal(_part(state, name), value)) for name, value in parts.items()]
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


def _part(state: bytes, name: str) -> bytes:
    return b"part\0" + state + b"\0" + name.encode("utf-8", "surrogatepass")
