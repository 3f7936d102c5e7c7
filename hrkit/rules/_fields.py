"""Helpers shared by rules that look at the same fields."""
from __future__ import annotations


def classification_fields(record):
    """(dotted field, value) of every classification a record states."""
    data = record.data
    if "classification" in data:
        yield "classification", data["classification"]
    for parent in ("supervisor", "acting"):
        block = data.get(parent)
        if isinstance(block, dict) and isinstance(block.get("classification"), str):
            yield f"{parent}.classification", block["classification"]


def talent_cycles(data: dict):
    """(cycle, entry) of a profile's talent mapping, skipping malformed entries."""
    talent = data.get("talent")
    if isinstance(talent, dict):
        for cycle, entry in talent.items():
            if isinstance(entry, dict):
                yield str(cycle), entry
