"""hrkit: plain-text, Git-based HR position and executive talent records.

The library never prints; ``hrkit.cli`` is a thin layer over it.
"""
import os

__version__ = "0.1.0"

# pydantic scans every installed distribution for plugins at import; hrkit uses none, and the
# scan alone costs more than a pre-commit hook's parse of a staged record.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
