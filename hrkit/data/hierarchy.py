"""The reporting hierarchy as reports draw it: its heads, one depth-first walk, and indentation.

``rollup --tree``, ``report span`` and ``hrkit chart`` all go through here, so a position has
the same head, depth and place in each of them. The walk is iterative and visits each position
once: a reporting line 100,000 deep or a loop costs linear time, never a recursion error.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence


def heads(supervisors: Mapping[str, object]) -> list[str]:
    """The ids, sorted, of the positions at the top of a reporting line, given each position's
    supervisor: none recorded, or one that is not a position (validate reports the dangling
    line; the tree still shows what hangs from it). Positions in a loop have no head."""
    return sorted(pid for pid, supervisor in supervisors.items()
                  if supervisor is None or supervisor not in supervisors)


def walk(reports: Mapping[str, Sequence[str]], roots: Iterable[str],
         max_depth: int | None = None) -> Iterator[tuple[str, int, str | None]]:
    """(id, depth, supervisor id) of every position under ``roots``, depth first, the roots and
    each position's direct reports in the order given, each position once, none deeper than
    ``max_depth`` (0 = the roots alone)."""
    seen: set[str] = set()
    stack: list[tuple[str, int, str | None]] = [(pid, 0, None) for pid in reversed(list(roots))]
    while stack:
        pid, depth, supervisor = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        yield pid, depth, supervisor
        if max_depth is None or depth < max_depth:
            stack.extend((k, depth + 1, pid) for k in reversed(reports.get(pid, ())))


MAX_INDENT = 20
"""Levels a printed tree indents. A deeper line is indented as at this level and starts with its
depth written out: every line stays short, where an indented tree n levels deep would be
quadratic in n in size (100,000 levels: 10 GB of spaces)."""


def indent(depth: int, unit: str) -> str:
    """The start of a line ``depth`` levels down a printed tree: ``unit`` once per level, to
    MAX_INDENT levels; beyond that, ``[depth N]``."""
    return unit * depth if depth <= MAX_INDENT else f"{unit * MAX_INDENT}[depth {depth}] "
