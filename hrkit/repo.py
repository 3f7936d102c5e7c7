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
