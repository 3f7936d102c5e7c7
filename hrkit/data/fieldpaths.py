"""A record as dotted field paths: ``{"dimensions": {"fte": 4}}`` -> ``{"dimensions.fte": 4}``.

The one way hrkit names a nested field, shared by the report rows (hrkit/data/rows.py) and
history (hrkit/history/snapshot.py); each decides what it keeps of a leaf value.
"""
from __future__ import annotations

from collections.abc import Callable

SKIP = object()
"""What a ``leaf`` function returns for a value the flat record leaves out."""


def flatten(doc: dict, leaf: Callable[[object], object], prefix: str = "",
            out: dict | None = None) -> dict[str, object]:
    """Every field of ``doc`` under its dotted path, in document order. Non-empty mappings are
    descended into; every other value (a scalar, a list, an empty mapping) is a leaf, stored as
    ``leaf(value)``, or left out when that is SKIP."""
    out = {} if out is None else out
    for key, value in doc.items():
        path = f"{prefix}{key}"
        if type(value) is dict and value:
            flatten(value, leaf, path + ".", out)
        else:
            kept = leaf(value)
            if kept is not SKIP:
                out[path] = kept
    return out
