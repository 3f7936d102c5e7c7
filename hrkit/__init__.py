"""hrkit: plain-text, Git-based HR position and executive talent records.

The library never prints; ``hrkit.cli`` is a thin layer over it.
"""
__version__ = "0.1.0"
