"""What reading a YAML file gives, whichever reader read it (hrkit/io/yamlsafe.py's fast reader or
hrkit/io/yamllib.py's libyaml path): the data and its problems, each with a 1-based line and column."""
from __future__ import annotations

from dataclasses import dataclass, field

MAX_DEPTH = 32
"""Nesting deeper than this is refused (no record needs it; a deep file is a parser's attack)."""


@dataclass(frozen=True, slots=True)
class YamlProblem:
    kind: str  # "syntax" or "duplicate-key"
    message: str
    line: int
    column: int
    field: str | None = None


@dataclass(slots=True)
class YamlResult:
    data: object = None
    problems: list[YamlProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.kind == "syntax" for p in self.problems)


def duplicate_key(line: int, column: int, key: str, path: str | None) -> YamlProblem:
    """The second occurrence of ``key`` in one mapping, at ``path`` (dotted)."""
    return YamlProblem("duplicate-key", f"key {key!r} appears more than once in this mapping", line, column, path)


def failed(message: str, line: int, column: int) -> YamlResult:
    """A result that holds one syntax problem."""
    return YamlResult(None, [YamlProblem("syntax", message, line, column)])
