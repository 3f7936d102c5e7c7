"""Where record bytes come from: the working tree, the git index (what a commit would hold) or
a commit. Every command reads through a Source, so `--staged` and `--rev` judge exactly the
content they name, configuration included."""
from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from hrkit.io import gitio

RECORD_DIRS = {"records/positions": "position", "records/profiles": "profile"}


@dataclass(frozen=True, slots=True)
class RecordFile:
    """One record file: repository-relative POSIX path, kind and id (the file stem)."""

    path: str
    kind: str
    stem: str
    blob: str | None = None  # git blob id when the content comes from git


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A path under records/ that cannot be read as a record file, and why."""

    path: str
    kind: str
    stem: str
    reason: str


LINK = "is a symbolic link; hrkit does not follow links"
"""Why a link under records/ is no record: followed, it could read (or have hrkit write) anything."""


def record_kind(path: str) -> str | None:
    for prefix, kind in RECORD_DIRS.items():
        if path.startswith(prefix + "/") and path.endswith(".yaml"):
            return kind
    return None


def folder_kind(path: str) -> str | None:
    """The kind of the record folder a path is in (or is), whatever its name: a link anywhere
    there is reported, since a linked folder would take its records out of every check."""
    for prefix, kind in RECORD_DIRS.items():
        if path == prefix or path.startswith(prefix + "/"):
            return kind
    return None


def record_stem(path: str) -> str:
    """The record id a path names: its file name without .yaml ("" for any other name)."""
    name = path.rsplit("/", 1)[-1]
    return name[:-len(".yaml")] if name.endswith(".yaml") else ""


class WorktreeSource:
    label = "working tree"
    hashes_reads = True
    """Files can change while they are read: results are cached under the id of what was read."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._blobs: dict[str, str] | None = None
        self._digest: bytes | None = None
        self._differences: dict[str, tuple[str, str] | str] | None = None
        self._listing: bytes | None = None  # git ls-files -s of records/, once the digest is made
        self.changed_during_read = False
        """Set when a file read differs from the listing the state digest named: the results
        then describe no listed state, and are not kept as that state's."""

    def read(self, path: str) -> bytes | None:
        full = self.root / path
        try:
            if full.is_symlink() or not full.is_file():
                return None
            return full.read_bytes()
        except OSError:
            return None

    def exists(self, path: str) -> bool:
        return (self.root / path).exists()

    def prefetch(self, paths: list[str]) -> None:
        """Nothing to gain in the working tree: files are read when asked for."""

    def list_dir(self, folder: str, suffix: str = ".yaml") -> list[str]:
        base = self.root / folder
        if not base.is_dir():
            return []
        return sorted(f"{folder}/{p.name}" for p in base.iterdir() if p.name.endswith(suffix) and p.is_file())

    def record_files(self) -> tuple[list[RecordFile], list[Unreadable]]:
        files: list[RecordFile] = []
        bad: list[Unreadable] = []
        for prefix, kind in RECORD_DIRS.items():
            base = self.root / prefix
            if base.is_symlink():
                bad.append(Unreadable(prefix, kind, "", LINK))
                continue
            if base.is_dir():
                self._walk(base, prefix, kind, files, bad)
        files.sort(key=lambda f: f.path)
        bad.sort(key=lambda u: u.path)
        return files, bad

    def _walk(self, folder: Path, rel: str, kind: str, files: list, bad: list) -> None:
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:
            bad.append(Unreadable(rel, kind, "", f"cannot be listed ({exc.strerror})"))
            return
        for entry in entries:
            name = entry.name
            if name.endswith(".yaml") and entry.is_file(follow_symlinks=False):  # d_type: no stat call
                files.append(RecordFile(f"{rel}/{name}", kind, name[:-5]))
                continue
            path = f"{rel}/{name}"
            if entry.is_symlink():
                bad.append(Unreadable(path, kind, record_stem(name), LINK))
            elif entry.is_dir(follow_symlinks=False):
                if name.endswith(".yaml"):
                    bad.append(Unreadable(path, kind, name[:-5], "is a directory, not a record file"))
                else:
                    self._walk(Path(entry.path), path, kind, files, bad)
            elif name.endswith(".yaml"):
                bad.append(Unreadable(path, kind, name[:-5], "is not a regular file"))

    def known_blobs(self) -> dict[str, str]:
        """Git blob ids of the record files whose working-tree content is the index's: their
        cached results can be used without reading them. Empty outside a git repository."""
        if self._blobs is None:
            if self._listing is not None:  # the state digest has asked git already
                entries, modified = gitio.index_entries(self._listing), set(self._differences)
            else:
                try:
                    entries = gitio.list_index(self.root, *RECORD_DIRS)
                    modified = gitio.modified_files(self.root, *RECORD_DIRS)
                except gitio.GitError:
                    entries, modified = [], set()
            self._blobs = {path: sha for mode, sha, path in entries
                           if mode in ("100644", "100755") and path not in modified}
        return self._blobs

    def state_digest(self) -> bytes | None:
        """A digest naming everything ``record_files`` and ``read_records`` would give, from git
        without walking the tree: the index's entries under records/, plus the type and content of
        each file that differs from the index or that git does not track. None outside git, or
        when something (an untracked folder, a submodule, a linked records folder) needs the walk.

        A warm run keys its stored answers by it: three git listings that run at once, and a hash
        of the few files being edited, instead of a stat and a lookup for every file."""
        if self._digest is None:
            self._digest = self._compute_digest() or b""
        return self._digest or None

    def differences(self) -> dict[str, tuple[str, str] | str] | None:
        """The paths under records/ whose file differs from the index (edited, deleted, replaced)
        or that git does not track, each with its ``worktree_entry``, as ``state_digest`` found
        them; None when it could not."""
        self.state_digest()
        return self._differences

    def matches_index(self) -> bool:
        """Whether every file under records/ is as the index has it."""
        return self.differences() == {}

    def confirm_read(self, path: str, blob: str) -> None:
        """Compare the id of what was read with the one the listing gave the file."""
        listed = self.known_blobs().get(path)
        if listed is None and isinstance((self._differences or {}).get(path), tuple):
            listed = self._differences[path][1]
        if blob != listed:
            self.changed_during_read = True

    def _compute_digest(self) -> bytes | None:
        folders = list(RECORD_DIRS)
        if any(os.path.islink(self.root / folder) for folder in folders):
            return None
        try:
            index, changed, untracked = gitio.run_git_together(
                self.root,
                ("ls-files", "-s", "-z", "--", *folders),
                ("diff-files", "--name-only", "--relative", "-z", "--", *folders),
                ("ls-files", "-z", "--others", "--directory", "--", *folders))
        except gitio.GitError:
            return None
        if index.startswith(b"160000 ") or b"\0" + b"160000 " in index:
            return None  # a submodule: the walk goes into it
        paths = {os.fsdecode(p) for p in (*changed.split(b"\0"), *untracked.split(b"\0")) if p}
        if any(p.endswith("/") for p in paths):
            return None  # an untracked folder: only the walk knows what is in it
        digest = hashlib.sha1(index)
        digest.update(b"\0\0")
        differences = {}
        for path in sorted(paths):
            differences[path] = entry = worktree_entry(self.root / path)
            digest.update(f"{path}\0{entry}\n".encode("utf-8", "surrogateescape"))
        self._differences = differences
        self._listing = index
        return digest.digest()

    def read_records(self, files: list[RecordFile]) -> Iterator[tuple[RecordFile, bytes | str]]:
        """(file, bytes) or (file, reason it could not be read)."""
        root = str(self.root)
        for rf in files:
            try:
                with open(os.path.join(root, rf.path), "rb") as handle:
                    yield rf, handle.read()
            except OSError as exc:
                yield rf, f"cannot be read ({exc.strerror})"


def worktree_entry(path: Path) -> tuple[str, str] | str:
    """What git would stage for a path: (mode, blob id) of a file or a symbolic link; otherwise
    what is there instead ("deleted", "type <mode>", "unreadable <errno>")."""
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            return "120000", gitio.git_blob_id(os.fsencode(os.readlink(path)))
        if not stat.S_ISREG(info.st_mode):
            return f"type {stat.S_IFMT(info.st_mode):o}"
        with open(path, "rb") as handle:
            return "100644", gitio.git_blob_id(handle.read())
    except FileNotFoundError:
        return "deleted"
    except OSError as exc:
        return f"unreadable {exc.errno}"


class GitSource:
    """The index (``rev=None``) or a commit, read through one ``git cat-file --batch``."""

    hashes_reads = False  # git's objects are what their ids name
    changed_during_read = False

    def __init__(self, root: Path, rev: str | None = None) -> None:
        self.root = root
        self.commit = gitio.resolve_commit(root, rev) if rev else None
        self.label = f"commit {self.commit[:12]}" if self.commit else "index"
        self._entries: list[tuple[str, str, str]] | None = None
        self._read: dict[str, bytes | None] = {}
        self._blobs: dict[str, str] | None = None
        self._outside: list[tuple[str, str, str]] | None = None

    def _all(self) -> list[tuple[str, str, str]]:
        if self._entries is None:
            if self.commit:
                self._entries = gitio.list_tree(self.root, self.commit, ".")
            else:
                self._entries = gitio.list_index(self.root, ".")
        return self._entries

    def _spec(self, path: str) -> str:
        return f"{self.commit}:./{path}" if self.commit else f":./{path}"

    def read(self, path: str) -> bytes | None:
        if path not in self._read:
            self.prefetch([path])
        return self._read[path]

    def prefetch(self, paths: list[str]) -> None:
        """Read several small files with one git process (configuration: four files at start)."""
        wanted = [p for p in paths if p not in self._read]
        found = dict(gitio.read_blobs(self.root, [self._spec(p) for p in wanted]))
        for path in wanted:
            self._read[path] = found.get(self._spec(path))

    def known_blobs(self) -> dict[str, str]:
        if self._blobs is None:  # asked for by the state key and by the per-file stage
            self._blobs = {path: sha for mode, sha, path in self._all() if mode in ("100644", "100755")}
        return self._blobs

    def state_digest(self) -> bytes | None:
        """A digest of the listing under records/ (paths, modes, blob ids): it names every byte
        ``record_files`` and ``read_records`` give."""
        folders = list(RECORD_DIRS)
        try:
            if self.commit:
                listing = gitio.run_git(self.root, "ls-tree", "-r", "-z", self.commit, "--", *folders)
            else:
                listing = gitio.run_git(self.root, "ls-files", "-s", "-z", "--", *folders)
        except gitio.GitError:
            return None
        return hashlib.sha1(listing).digest()

    def _under(self, prefix: str) -> list[tuple[str, str, str]]:
        """Entries under one folder only: the whole listing of a large repository is not needed.
        In the index, everything outside records/ (configuration, rules/) is listed once."""
        if self._entries is not None:
            entries = self._entries
        elif self.commit:  # (git ls-tree takes no exclude pathspec)
            return gitio.list_tree(self.root, self.commit, prefix)
        elif prefix == "records" or prefix.startswith("records/"):
            return gitio.list_index(self.root, prefix)
        else:
            if self._outside is None:
                self._outside = gitio.list_index(self.root, ".", ":(exclude)records")
            entries = self._outside
        return [e for e in entries if e[2] == prefix or e[2].startswith(prefix + "/")]

    def exists(self, path: str) -> bool:
        return bool(self._under(path))

    def list_dir(self, folder: str, suffix: str = ".yaml") -> list[str]:
        return sorted(p for _, _, p in self._under(folder)
                      if "/" not in p[len(folder) + 1:] and p.endswith(suffix))

    def record_files(self) -> tuple[list[RecordFile], list[Unreadable]]:
        files, bad = [], []
        for mode, sha, path in self._all():
            if mode == "120000":
                if kind := folder_kind(path):
                    bad.append(Unreadable(path, kind, record_stem(path), LINK))
                continue
            kind = record_kind(path)
            if kind is None:
                continue
            if mode == "160000":
                bad.append(Unreadable(path, kind, record_stem(path), "is a submodule, not a record file"))
            else:
                files.append(RecordFile(path, kind, record_stem(path), sha))
        files.sort(key=lambda f: f.path)
        return files, bad

    def read_records(self, files: list[RecordFile]) -> Iterator[tuple[RecordFile, bytes | str]]:
        by_blob = dict(gitio.read_blobs(self.root, sorted({f.blob for f in files})))
        for rf in files:
            data = by_blob.get(rf.blob)
            yield rf, data if data is not None else "is missing from the git object store"
