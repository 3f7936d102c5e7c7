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

    def read_as(self, original: str) -> str:
        """The comment of a value repaired from damaged text."""
        return f'{VERIFY}{"OCR read" if self.ocr else "the document reads"} "{original}"'


LABELS: dict[str, str] = {
    "position title": "title", "job title": "title", "title": "title",
    "position job code": "job_code", "job code": "job_code",
    "classification": "classification", "position level": "classification", "group/level": "classification",
    "group and level": "classification", "group level": "classification", "level": "classification",
    "position number": "position_number", "position no": "position_number", "position no.": "position_number",
    "effective date": "effective_date",
    "directorate": "directorate", "division": "division",
    "branch": "branch", "branch - service": "branch", "sector": "branch",
    "department": "department",
    "geographic location": "location", "location": "location",
    "supervisor's position no.": "supervisor_number", "supervisor's position no": "supervisor_number",
    "supervisor's position number": "supervisor_number",
    "supervisor's position title": "supervisor_title", "reports to": "supervisor_title",
    "supervisor's classification": "supervisor_classification",
}
"""Field labels of work descriptions (lower case) and the record field each one fills."""

DIMENSION_LABELS: dict[str, str] = {
    "fte's": "fte", "ftes": "fte", "fte": "fte", "number of fte's": "fte", "number of ftes": "fte",
    "salary": "salary", "o&m": "o_and_m", "total": "total", "operating budget": "operating_budget",
    "program budget": "program_budget", "budget": "total", "salary and o&m": "total",
}


def money_field(label: str) -> str | None:
    """Which dimension an amount is, from the words of its label (``Combined Salary and
    Operating Budget`` is a total: salary plus operating)."""
    words = label.lower()
    if "total" in words:
        return "total"
    if "salary" in words and ("o&m" in words or "operating" in words):
        return "total"
    for key, name in (("program", "program_budget"), ("operating", "operating_budget"), ("o&m", "o_and_m"),
                      ("salary", "salary"), ("budget", "total")):
        if key in words:
            return name
    return None
