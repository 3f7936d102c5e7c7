"""Atomic file writes: a temporary file in the same folder, fsync, rename, fsync the folder.
An interrupted write leaves the old file or the new one, never half of either."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hrkit.errors import HrkitError


def write_atomic(path: Path, data: bytes, *, mode: int | None = None) -> None:
    if path.is_symlink():
        raise HrkitError(f"{path}: is a symbolic link; hrkit does not write through links")
    folder = path.parent
    try:
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
