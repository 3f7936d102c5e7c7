"""Git plumbing through a fixed handful of processes: never one process per commit or blob.

GitPython is kept off this path on purpose: importing it costs more than a pre-commit hook's
whole budget, and its per-commit diff spawns a process each time.
"""
from __future__ import annotations

import hashlib
import os
import queue
import re
import subprocess
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from hrkit.errors import HrkitError

_BASE = ("git", "-c", "core.quotepath=off", "-c", "log.showSignature=false",
         # a repository's own configuration starts no program through hrkit: no bare repository
         # found by walking up (a hostile one can sit inside a checkout), no fsmonitor hook; the
         # filter drivers of commands that read the working tree are switched off by _argv.
         # hrkit's git calls run no hooks, print no patches (no textconv or external diff) and
         # read objects without --filters.
         "-c", "safe.bareRepository=explicit", "-c", "core.fsmonitor=false")
_READS_WORKTREE = ("diff-files", "diff")
"""The commands hrkit runs that may read working-tree files: git compares a file whose stat
data cannot be trusted by its cleaned content, which runs the path's clean filter."""


class GitError(HrkitError):
    """A git command failed (not a repository, unknown revision, ...)."""


def failure(command: str, stderr: bytes) -> GitError:
    """A failed git command, said in one line: git's last line of complaint."""
    message = stderr.decode("utf-8", "replace").strip().splitlines()
    return GitError(f"git {command}: {message[-1] if message else 'failed'}")


def common_dir(root: Path) -> Path:
    """The git directory shared by all worktrees of the repository holding ``root``. A folder
    with its own .git directory is answered without asking git (unless git's environment
    points elsewhere): every command that opens the cache starts here."""
    if (root / ".git").is_dir() and not any(v in os.environ for v in ("GIT_DIR", "GIT_COMMON_DIR")):
        return root / ".git"
    return root / run_git(root, "rev-parse", "--git-common-dir").decode().strip()


def _env() -> dict[str, str]:
    """git's environment: no prompt for credentials, messages in English (they are parsed)."""
    return dict(os.environ, GIT_TERMINAL_PROMPT="0", LC_ALL="C")


def _argv(root: Path, args: tuple[str, ...] | list[str]) -> list[str]:
    """The command line of one of hrkit's git commands: every git process starts here."""
    if args[0] in _READS_WORKTREE and "--cached" not in args:
        return [*_BASE, *_filters_off(root), *args]
    return [*_BASE, *args]


def _filters_off(root: Path) -> list[str]:
    """Options that disable every filter driver the repository's configuration defines (an
    empty command is no filter; a required filter that does not run would stop git)."""
    drivers = r"^filter\..*\.(clean|smudge|process)$"
    proc = subprocess.run([*_BASE, "config", "-z", "--name-only", "--get-regexp", drivers], cwd=root,
                          capture_output=True, env=_env())
    keys = [k.decode("utf-8", "surrogateescape") for k in proc.stdout.split(b"\0") if k]
    options = []
    for name in sorted({k[len("filter."):k.rindex(".")] for k in keys}):
        if "=" in name:  # git -c cuts at the first "=": such a name cannot be switched off
            raise GitError(f"git configuration: filter {name!r} has '=' in its name; hrkit does not run git here")
        for key, value in (("clean", ""), ("smudge", ""), ("process", ""), ("required", "false")):
            options += ["-c", f"filter.{name}.{key}={value}"]
    return options


def _scratch_file():
    """An unnamed temporary file for a process's output (tempfile's imports are not small)."""
    import tempfile

    return tempfile.TemporaryFile()


def run_git(root: Path, *args: str, input_bytes: bytes | None = None) -> bytes:
    try:
        proc = subprocess.run(_argv(root, args), cwd=root, input=input_bytes, capture_output=True, env=_env())
    except FileNotFoundError as exc:
        raise GitError("git is not installed or not on PATH") from exc
    if proc.returncode != 0:
        raise failure(args[0], proc.stderr)
    return proc.stdout


def run_git_together(root: Path, *commands: tuple[str, ...]) -> list[bytes]:
    """Outputs of several git commands run at the same time: a warm check's listings wait on
    different things (the index, every file's stat, the directories), so they overlap instead of
    adding up."""
    return GitJobs(root, *commands).outputs()


class GitJobs:
    """Git commands started together, so that the caller can work while they run. Each runs in
    a thread of its own that drains its pipes, so none waits for its output to be read. With
    ``after``, they start once those jobs are done: two passes over a large index at once
    would hold two copies of it."""

    def __init__(self, root: Path, *commands: tuple[str, ...], after: GitJobs | None = None) -> None:
        self.commands = commands
        self.results: list[tuple[int, bytes, bytes] | None] = [None] * len(commands)
        self.threads = [threading.Thread(target=self._run, args=(root, i, after), daemon=True)
                        for i in range(len(commands))]
        for thread in self.threads:
            thread.start()

    def _run(self, root: Path, i: int, after: GitJobs | None) -> None:
        if after is not None:
            after.wait()
        try:
            proc = subprocess.Popen(_argv(root, self.commands[i]), cwd=root, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, env=_env())
        except FileNotFoundError:
            return  # no result: outputs() says git is missing
        except GitError as exc:
            self.results[i] = (1, b"", str(exc).encode())
            return
        out, err = proc.communicate()
        self.results[i] = (proc.returncode, out, err)

    def wait(self) -> None:
        for thread in self.threads:
            thread.join()

    def outputs(self) -> list[bytes]:
        """Wait for every command; their outputs, in order."""
        self.wait()
        outputs = []
        for args, result in zip(self.commands, self.results):
            if result is None:
                raise GitError("git is not installed or not on PATH")
            code, out, err = result
            if code != 0:
                raise failure(args[0], err)
            outputs.append(out)
        return outputs


def git_blob_id(data: bytes) -> str:
    """The id git gives this content (`git hash-object`)."""
    return hashlib.sha1(b"blob %d\0%s" % (len(data), data)).hexdigest()


def git_toplevel(path: Path) -> Path | None:
    try:
        out = run_git(path, "rev-parse", "--show-toplevel")
    except GitError:
        return None
    return Path(out.decode().strip())


def resolve_commit(root: Path, rev: str) -> str:
    if rev.startswith("-"):
        raise GitError(f"not a revision: {rev!r}")
    try:
        return run_git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").decode().strip()
    except GitError as exc:
        if "fatal:" in str(exc):  # not the revision: the repository (e.g. a bare one git will not use)
            raise
        raise GitError(f"unknown revision {rev!r}") from None


_INDEX_ENTRY = re.compile(r"([0-7]+) ([0-9a-f]+) [0-3]\t([^\0]*)\0")
_TREE_ENTRY = re.compile(r"([0-7]+) blob ([0-9a-f]+)\t([^\0]*)\0")


def list_index(root: Path, *pathspecs: str) -> list[tuple[str, str, str]]:
    """(mode, blob id, path) of the staged files under the pathspecs."""
    return index_entries(run_git(root, "ls-files", "-s", "-z", "--", *pathspecs))


def index_entries(listing: bytes) -> list[tuple[str, str, str]]:
    """(mode, blob id, path) from ``git ls-files -s -z`` output (one regex pass: 100,000 entries
    are common)."""
    return _INDEX_ENTRY.findall(listing.decode("utf-8", "surrogateescape"))


class RawEntry(NamedTuple):
    """One entry of git's raw diff format (``git diff``, ``diff-index``, ``log --raw``): the
    status letter and score (``M``, ``R087``), and each side's mode, object id and path (the
    same path on both sides unless the entry is a rename or copy)."""

    status: str
    old_mode: str
    new_mode: str
    old_blob: str
    new_blob: str
    old_path: str
    new_path: str


def raw_entry(meta: bytes, tokens: Iterator[bytes]) -> RawEntry:
    """The entry whose ``:old_mode new_mode old_sha new_sha status`` field of ``-z`` output is
    ``meta``; its path (two for a rename or copy) is taken from ``tokens``."""
    old_mode, new_mode, old_blob, new_blob, status = meta.lstrip(b"\n")[1:].decode().split(" ")
    old_path = new_path = next(tokens).decode("utf-8", "surrogateescape")
    if status[0] in "RC":
        new_path = next(tokens).decode("utf-8", "surrogateescape")
    return RawEntry(status, old_mode, new_mode, old_blob, new_blob, old_path, new_path)


def raw_entries(diff: bytes) -> list[RawEntry]:
    """Every entry of ``git diff --raw -z`` (or ``diff-index``) output."""
    tokens = iter(diff.split(b"\0"))
    return [raw_entry(token, tokens) for token in tokens if token.lstrip(b"\n").startswith(b":")]


def diff_entries(diff: bytes) -> list[tuple[str, str, str, str]]:
    """(new mode, new blob id, status letter, path) from ``git diff-index --raw -z --no-renames``
    output."""
    return [(e.new_mode, e.new_blob, e.status[:1], e.new_path) for e in raw_entries(diff)]


def stages_changes(root: Path, *pathspecs: str) -> bool:
    """Whether the index differs from HEAD under the pathspecs (always, before the first commit)."""
    try:
        run_git(root, "rev-parse", "--verify", "-q", "HEAD")
    except GitError:
        return True
    return run_git(root, "diff-index", "--cached", "--name-only", "-z", "HEAD", "--", *pathspecs) != b""


def list_tree(root: Path, commit: str, *pathspecs: str) -> list[tuple[str, str, str]]:
    """(mode, blob id, path) of the files under the pathspecs in a commit."""
    return tree_entries(run_git(root, "ls-tree", "-r", "-z", commit, "--", *pathspecs))


def tree_entries(listing: bytes) -> list[tuple[str, str, str]]:
    """(mode, blob id, path) of the files in ``git ls-tree -r -z`` output."""
    return _TREE_ENTRY.findall(listing.decode("utf-8", "surrogateescape"))


def read_blobs(root: Path, names: Iterable[str]) -> Iterator[tuple[str, bytes | None]]:
    """Contents of many objects (blob ids, ``rev:path`` or ``:path``) from one
    ``git cat-file --batch`` process; None for a missing object."""
    names = list(names)
    if not names:
        return
    request = "".join(f"{n}\n" for n in names).encode("utf-8", "surrogateescape")
    out = run_git(root, "cat-file", "--batch", input_bytes=request)
    pos = 0
    for name in names:
        end = out.index(b"\n", pos)
        header = out[pos:end].split(b" ")
        pos = end + 1
        if header[-1] == b"missing" or len(header) < 3:
            yield name, None
            continue
        size = int(header[2])
        yield name, out[pos:pos + size]
        pos += size + 1


def commit_as_of(root: Path, when: str) -> str:
    """The commit for ``--as-of``: a revision as given, or for a date (YYYY-MM-DD, or any date git
    understands) the last commit on HEAD's first-parent line at or before the end of that day."""
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", when):
        when = f"{when} 23:59:59"
    elif not re.match(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ]", when):
        return resolve_commit(root, when)
    out = run_git(root, "rev-list", "-1", "--first-parent", f"--before={when}", "HEAD").decode().strip()
    if not out:
        raise GitError(f"--as-of {when.split(' ')[0]}: the history starts after that date")
    return out


def stream_git(root: Path, *args: str, chunk: int = 1 << 20) -> Iterator[bytes]:
    """stdout of a long-running git command (``git log`` over a whole history) in chunks, as git
    produces it, so parsing overlaps the walk and the output is never held twice in memory.
    Stopping early terminates git; a failure raises GitError once the output is consumed."""
    with _scratch_file() as errors:  # a pipe could fill up and block git
        try:
            proc = subprocess.Popen(_argv(root, args), cwd=root, stdout=subprocess.PIPE, stderr=errors, env=_env())
        except FileNotFoundError as exc:
            raise GitError("git is not installed or not on PATH") from exc
        finished = False
        try:
            while data := proc.stdout.read1(chunk):
                yield data
            finished = True
        finally:
            if not finished:
                proc.kill()
            proc.stdout.close()
            returncode = proc.wait()
        if returncode != 0:
            errors.seek(0)
            raise failure(args[0], errors.read())


def head_commit(root: Path, rev: str = "HEAD") -> str | None:
    """The commit ``rev`` names, or None when it names nothing yet (a repository without commits)."""
    try:
        out = run_git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    except GitError:
        return None
    return out.decode().strip() or None


def shallow_boundary(root: Path) -> set[str]:
    """Commits whose parents a shallow clone does not have (empty for a full clone)."""
    path = Path(run_git(root, "rev-parse", "--git-path", "shallow").decode().strip())
    path = path if path.is_absolute() else root / path
    try:
        return set(path.read_text().split())
    except FileNotFoundError:
        return set()


def empty_tree(root: Path) -> str:
    """The id of the empty tree in this repository's hash (what a repository without commits holds)."""
    return run_git(root, "hash-object", "-t", "tree", "--stdin", input_bytes=b"").decode().strip()


def untracked_files(root: Path, *prefixes: str) -> list[str]:
    """Files under prefixes that git does not track and does not ignore."""
    out = run_git(root, "ls-files", "-z", "--others", "--exclude-standard", "--", *prefixes)
    return [p.decode("utf-8", "surrogateescape") for p in out.split(b"\0") if p]


def object_ids(root: Path, names: Iterable[str]) -> dict[str, str | None]:
    """Blob ids of many names (``commit:path``, ...) from one ``git cat-file --batch-check``;
    None where a name resolves to no blob (the path did not exist in that commit). The answer
    goes to a file: git flushes after every missing name, and a pipe would make each flush a
    round trip."""
    names = list(names)
    if not names:
        return {}
    request = "".join(f"{n}\n" for n in names).encode("utf-8", "surrogateescape")
    with _scratch_file() as out:
        proc = subprocess.run(_argv(root, ["cat-file", "--batch-check=%(objectname) %(objecttype)", "--buffer"]),
                              cwd=root, input=request, stdout=out, stderr=subprocess.PIPE, env=_env())
        if proc.returncode != 0:
            raise failure("cat-file", proc.stderr)
        out.seek(0)
        lines = out.read().split(b"\n")
    ids: dict[str, str | None] = {}
    for name, line in zip(names, lines):
        sha, _, kind = line.partition(b" ")
        ids[name] = sha.decode() if kind == b"blob" else None
    return ids


def modified_files(root: Path, *pathspecs: str) -> set[str]:
    """Tracked files under the pathspecs whose working-tree content may differ from the index (by stat)."""
    out = run_git(root, "diff-files", "--name-only", "--relative", "-z", "--", *pathspecs)
    return {p.decode("utf-8", "surrogateescape") for p in out.split(b"\0") if p}


def stream_blobs(root: Path, names: Iterable[str]) -> Iterator[tuple[str, bytes | None]]:
    """Contents of objects from one ``git cat-file --batch``, yielded as git answers while
    ``names`` is still being produced (a thread feeds them): reading a history's blobs then
    overlaps with walking the history that names them. None for a missing object."""
    try:
        proc = subprocess.Popen(_argv(root, ["cat-file", "--batch"]), cwd=root, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env())
    except FileNotFoundError as exc:
        raise GitError("git is not installed or not on PATH") from exc
    asked: queue.SimpleQueue = queue.SimpleQueue()
    failure: list[BaseException] = []

    def feed() -> None:
        try:
            for name in names:
                asked.put(name)
                try:
                    proc.stdin.write(f"{name}\n".encode("utf-8", "surrogateescape"))
                except OSError:
                    failure.append(GitError("git cat-file: stopped reading object names"))
                    break
        except BaseException as exc:  # from producing the names: re-raised in the reading thread
            failure.append(exc)
        finally:
            asked.put(None)
            try:
                proc.stdin.close()
            except OSError:
                pass

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        while (name := asked.get()) is not None:
            header = proc.stdout.readline().split(b" ")
            if len(header) < 3 or header[-1].strip() == b"missing":
                yield name, None
                continue
            size = int(header[2])
            data = proc.stdout.read(size + 1)
            yield name, data[:size]
    finally:
        if feeder.is_alive():
            proc.kill()
        feeder.join()
        proc.stdout.close()
        proc.wait()
    if failure:
        raise failure[0]
