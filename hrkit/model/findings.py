"""The one diagnostic type: every rule, the loader and the engine speak in Findings."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"

    @property
    def weight(self) -> int:
        return 2 if self is Severity.ERROR else 1


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a record file. line/column start at 1; 0 means "not located yet"."""

    path: str
    record: str | None = None
    field: str | None = None
    line: int = 0
    column: int = 0


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule judged wrong, and where: the record and field, then the file position.

    Rules fill in the record and the field (a dotted path such as ``dimensions.fte``); the
    engine turns that into ``line``/``column`` only for the files that have findings.
    """

    code: str
    rule: str
    severity: Severity
    message: str
    path: str
    record: str | None = None
    field: str | None = None
    line: int = 0
    column: int = 0
    related: tuple[Location, ...] = ()
    fixable: bool = False
    suppressed: bool = False
    suppression_reason: str | None = None

    @property
    def located(self) -> bool:
        return self.line > 0

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.field or "", self.message)

    def replace(self, **changes) -> Finding:
        return dataclasses.replace(self, **changes)
