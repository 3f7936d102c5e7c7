"""What a work description says, read out of its text: the neutral form both parsers produce."""
from __future__ import annotations

from dataclasses import dataclass, field


VERIFY = "hrkit: verify — "
"""How every comment on a repaired or guessed value starts, so a reviewer can grep for them."""


@dataclass
class Value:
    """A value and the comment it carries. ``stated`` is False for what the document does not
    say (a default, a guess): ``--update`` leaves an existing record's own value alone then."""

    value: object
    note: str | None = None
    stated: bool = True


@dataclass
class DirectReport:
    title: Value
    classification: Value | None = None
    fte: Value | None = None
    description: str | None = None
    positions: int = 1
    """How many positions of one level the line stands for (``Program Officers | 3 x PM-04``): one record each."""


@dataclass
class Issue:
    """A line of the table ``hrkit import`` prints: what it could not read or had to guess."""

    where: str
    what: str  # repaired, guessed, not stated, not read, not recorded
    detail: str


@dataclass
class WorkDescription:
    document: str
    ocr: bool
    fields: dict[str, Value] = field(default_factory=dict)
    dimensions: dict[str, Value] = field(default_factory=dict)
    general_accountability: Value | None = None
    nature_and_scope: Value | None = None
    specific_accountabilities: list[Value] = field(default_factory=list)
    reports: list[DirectReport] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    code_halves: dict[str, dict[str, str]] = field(default_factory=dict)
    """A classification's group and level read from labels of their own, until both are read."""
    people: set[str] = field(default_factory=set)
    """The names of people the document prints beside their labels (incumbent, signatures): kept out of every
    record, the document's file name too."""

    def read_as(self, original: str) -> str:
        """The comment of a value repaired from damaged text."""
        return f'{VERIFY}{"OCR read" if self.ocr else "the document reads"} "{original}"'
