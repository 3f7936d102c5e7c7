"""Where a records repository is: the nearest folder upwards holding hrkit.yaml. Kept free of
heavy imports, since every command (and the pre-commit hook) starts here."""
from __future__ import annotations

from pathlib import Path

from hrkit.errors import HrkitError

CONFIG_FILE = "hrkit.yaml"


def find_root(start: Path) -> Path:
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    raise HrkitError(f"no {CONFIG_FILE} in {start} or any parent folder (run 'hrkit init' to create one)")


def start_folder(paths) -> Path:
    """Where a command that takes paths looks for its repository: the first path's folder (a
    file's own folder), else the current one."""
    start = Path(paths[0]) if paths else Path.cwd()
    return start if start.is_dir() else start.parent


def relative_paths(root: Path, paths) -> list[str] | None:
    """Command-line paths as paths inside the repository ('' for its root); None for none."""
    if not paths:
        return None
    out = []
    for raw in paths:
        full = Path(raw).resolve()
        if not full.exists():
            raise HrkitError(f"{raw}: no such file or folder")
        try:
            rel = full.relative_to(root)
        except ValueError:
            raise HrkitError(f"{raw}: not inside the records repository {root}") from None
        out.append(rel.as_posix() if str(rel) != "." else "")
    return out
