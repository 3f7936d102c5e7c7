"""hrkit: plain-text, Git-based HR position and executive talent records.

The library never prints; ``hrkit.cli`` is a thin layer over it.
"""
import functools
import hashlib
import os

__version__ = "0.1.0"

# pydantic scans every installed distribution for plugins at import; hrkit uses none, and the
# scan alone costs more than a pre-commit hook's parse of a staged record.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


@functools.cache
def code_digest() -> str:
    """A digest of hrkit's own code (every module and default file, as installed or edited in
    place): cached results are bound to it, so a changed hrkit never serves an older one's."""
    top = os.path.dirname(__file__)
    files: list[tuple[str, str]] = []
    folders = [("", top)]
    while folders:
        rel, folder = folders.pop()
        for entry in os.scandir(folder):
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    folders.append((f"{rel}{entry.name}/", entry.path))
            elif entry.name.endswith(".py") or rel == "defaults/":
                files.append((rel + entry.name, entry.path))
    digest = hashlib.sha1(__version__.encode())
    for rel, path in sorted(files):
        with open(path, "rb") as handle:
            data = handle.read()
        digest.update(f"\0{rel}\0{len(data)}\0".encode() + data)
    return digest.hexdigest()
