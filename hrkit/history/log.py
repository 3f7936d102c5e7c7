"""Reading ``git log --raw -z`` and ``git diff --raw -z`` output: commits and the file changes
each one makes, parsed from one streamed process, never one process per commit."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from hrkit.io import gitio
from hrkit.io.sources import RECORD_DIRS, record_kind

NULL_SHA = "0" * 40
RECORD_PATHS = tuple(RECORD_DIRS)
_FIELDS = ("%H", "%P", "%an", "%ae", "%aI", "%s")
_FORMAT = "--format=%x01" + "%x00".join(_FIELDS) + "%x00"
_FORMAT_BODY = _FORMAT + "%b%x00"
# Options that make the output independent of the user's git configuration; --relative keeps
# paths relative to the records repository when it is a folder inside a larger git repository.
DIFF_OPTIONS = ("--no-color", "--no-ext-diff", "--no-textconv", "--no-abbrev", "-M", "--relative")


@dataclass(frozen=True, slots=True)
class FileChange:
    """One entry of git's raw diff for a record file. A side the change does not have (the old
    side of an added file) has path and blob None; ``blob`` is None on the new side when the
    content is in the working tree rather than in git."""

    status: str  # A, D, M, R, T (C is read as A)
    old_path: str | None
    new_path: str | None
    old_blob: str | None
    new_blob: str | None


@dataclass(slots=True)
class Commit:
    sha: str
    parents: tuple[str, ...]
    author: str
    email: str
    date: str  # author date, strict ISO 8601 with the author's UTC offset
    subject: str
    body: str = ""
    changes: list[FileChange] = field(default_factory=list)


def _tokens(chunks: Iterable[bytes]) -> Iterator[bytes]:
    rest = b""
    for chunk in chunks:
        parts = (rest + chunk).split(b"\0")
        rest = parts.pop()
        yield from parts
    if rest:
        yield rest


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def _record_change(entry: gitio.RawEntry) -> FileChange | None:
    """A raw entry reduced to record files: a rename out of records/ is a deletion, into it an
    addition; copies, links and submodules are not records (a copy's source is unchanged)."""
    letter = entry.status[0]
    old_path, new_path = entry.old_path, entry.new_path
    old_ok = letter not in "AC" and entry.old_mode.startswith("100") and record_kind(old_path) is not None
    new_ok = letter != "D" and entry.new_mode.startswith("100") and record_kind(new_path) is not None
    if not old_ok and not new_ok:
        return None
    if old_ok and new_ok:
        return FileChange("R" if old_path != new_path else "M", old_path, new_path, entry.old_blob,
                          _blob(entry.new_blob))
    if old_ok:
        return FileChange("D", old_path, None, entry.old_blob, None)
    return FileChange("A", None, new_path, None, _blob(entry.new_blob))


def _blob(sha: str) -> str | None:
    return None if sha == NULL_SHA else sha


def parse_log(chunks: Iterable[bytes], *, body: bool = False) -> Iterator[Commit]:
    """Commits of ``git log -z --raw`` output written with :func:`log_args`, as they stream in."""
    tokens = _tokens(chunks)
    commit: Commit | None = None
    for token in tokens:
        if token.startswith(b"\x01"):
            if commit is not None:
                yield commit
            parents, author, email, date, subject = (next(tokens) for _ in range(5))
            commit = Commit(_text(token[1:]), tuple(_text(parents).split()), _text(author), _text(email),
                            _text(date), _text(subject), _text(next(tokens)).strip() if body else "")
        elif commit is not None and token.lstrip(b"\n").startswith(b":"):
            change = _record_change(gitio.raw_entry(token, tokens))
            if change is not None:
                commit.changes.append(change)
    if commit is not None:
        yield commit


def log_args(rev: str, *, first_parent: bool, raw: bool = True, body: bool = False) -> list[str]:
    """``git log`` arguments for :func:`parse_log`. With ``first_parent`` a merge counts as one
    change against its first parent (what the branch received); without it every commit is
    walked and a merge shows nothing of its own (changes belong to the commits that made them)."""
    args = ["log", "-z", _FORMAT_BODY if body else _FORMAT]
    if raw:
        args += ["--raw", "--root", *DIFF_OPTIONS]
        args += ["--first-parent", "--diff-merges=first-parent"] if first_parent else ["--diff-merges=off"]
    elif first_parent:
        args.append("--first-parent")
    return [*args, rev, "--"]


def iter_commits(root: Path, rev: str, *, first_parent: bool, raw: bool = True, body: bool = False) -> Iterator[Commit]:
    """Commits reachable from ``rev``, newest first, from one streamed ``git log``."""
    return parse_log(gitio.stream_git(root, *log_args(rev, first_parent=first_parent, raw=raw, body=body)), body=body)


def diff_raw(root: Path, *revs: str, cached: bool = False) -> list[FileChange]:
    """Record-file changes between two states, as ``git diff --raw`` names them: two commits,
    a commit and the working tree (new side without blob), or with ``cached`` the index."""
    args = ["diff", "--raw", "-z", *DIFF_OPTIONS, *(["--cached"] if cached else []), *revs, "--", *RECORD_PATHS]
    changes = map(_record_change, gitio.raw_entries(gitio.run_git(root, *args)))
    return [change for change in changes if change is not None]
