"""Atomic file writes: a temporary file in the same folder, fsync, rename, fsync the folder.
An interrupted write leaves the old file or the new one, never half of either. Writes into a
repository go only where its own folders lead, never through a symbolic link."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path, PurePosixPath

from hrkit.errors import HrkitError


def inside(root: Path, rel: str) -> Path:
    """``root / rel``, when no part of ``rel`` is a symbolic link or leads up with ``..``: a
    linked folder (records/positions → /srv/elsewhere) would carry a write out of the
    repository, and whatever a link names is not the file hrkit read. Callers check every path
    of a change before writing the first."""
    parts = PurePosixPath(rel).parts
    if ".." in parts or PurePosixPath(rel).is_absolute():
        raise HrkitError(f"{rel}: not a path inside the repository; nothing was written")
    step = root
    for n, part in enumerate(parts, 1):
        step = step / part
        if step.is_symlink():
            link = "/".join(parts[:n])
            raise HrkitError(f"{rel}: {link} is a symbolic link; hrkit does not write through links "
                             "(nothing was written)")
    return step


def write_atomic(path: Path, data: bytes, *, mode: int | None = None, parents: bool = False) -> None:
    """With ``parents``, missing folders are created first."""
    if path.is_symlink():
        raise HrkitError(f"{path}: is a symbolic link; hrkit does not write through links")
    folder = path.parent
    try:
        if parents:
            folder.mkdir(parents=True, exist_ok=True)
        old_mode = path.stat().st_mode & 0o777 if path.exists() else None
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".hrkit-tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, mode if mode is not None else old_mode if old_mode is not None else 0o644)
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError as exc:
        raise HrkitError(f"{path}: cannot write ({exc.strerror})") from None
