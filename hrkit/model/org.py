"""The organization as the cross-record rules see it: compact facts per record, indexed.

Whole documents are not kept (at 100,000 positions they would take ~600 MiB); the facts are
what the rules, rollups and reports read. They are named tuples: cheap to build, to send
between processes and to cache. Values of the wrong type become None here: the
schema rule reports them, and the cross-record rules simply do not rely on them.
"""
from __future__ import annotations

import datetime as _dt
import math
import sys
from collections import defaultdict
from typing import NamedTuple
from functools import cached_property

from hrkit.model.classification import Scheme
from hrkit.io.yamlscalars import INT64_MAX, INT64_MIN


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _shared(value: object) -> str | None:
    """Text that many records repeat (department, branch, titles): one copy for all of them."""
    return sys.intern(value) if isinstance(value, str) and value else None


def _ident(value: object) -> str | None:
    """An identifier as the user wrote it: a number in an id field is HR006's finding, and the
    cross-record rules should still follow the reference rather than treat it as missing."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return getattr(value, "text", None) or str(value)
    return _str(value)


def _num(value: object) -> int | float | None:
    """A number; NaN, the infinities and whole numbers beyond 64 bits are wrong values (HR003's),
    as text is."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, int):
        return value if INT64_MIN <= value <= INT64_MAX else None
    return value if math.isfinite(value) else None


def _map(value: object) -> dict:
    return value if isinstance(value, dict) else {}


class PositionFacts(NamedTuple):
    path: str
    id: str | None
    title: str | None
    classification: str | None  # canonical and declared, else None
    status: str | None
    department: str | None
    branch: str | None
    directorate: str | None
    reports_to: str | None
    supervisor_title: str | None
    supervisor_classification: str | None  # as written
    has_supervisor: bool
    incumbent: str | None
    fte: int | float | None
    salary: int | None
    o_and_m: int | None
    total: int | None
    operating_budget: int | None
    program_budget: int | None
    effective_date: _dt.date | None
    classification_status: str | None
    location: str | None
    job_code: str | None

    @property
    def heads_department(self) -> bool:
        """The department's head: reports to no one and is not abolished (HR206 allows one)."""
        return self.reports_to is None and self.status != "abolished"

    @classmethod
    def from_doc(cls, path: str, doc: dict, scheme: Scheme) -> PositionFacts:
        sup = _map(doc.get("supervisor"))
        dims = _map(doc.get("dimensions"))
        date = doc.get("effective_date")
        return cls(
            path=path, id=_ident(doc.get("id")), title=_shared(doc.get("title")),
            classification=scheme.resolve(doc.get("classification")),
            status=_shared(doc.get("status")), department=_shared(doc.get("department")),
            branch=_shared(doc.get("branch")), directorate=_shared(doc.get("directorate")),
            reports_to=_ident(doc.get("reports_to")), supervisor_title=_shared(sup.get("title")),
            supervisor_classification=_shared(sup.get("classification")), has_supervisor=bool(sup),
            incumbent=_ident(doc.get("incumbent")), fte=_num(dims.get("fte")),
            salary=_int(dims.get("salary")), o_and_m=_int(dims.get("o_and_m")), total=_int(dims.get("total")),
            operating_budget=_int(dims.get("operating_budget")), program_budget=_int(dims.get("program_budget")),
            effective_date=date if isinstance(date, _dt.date) else None,
            classification_status=_shared(doc.get("classification_status")) or "approved",
            location=_shared(doc.get("location")), job_code=_ident(doc.get("job_code")),
        )


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class TalentFacts(NamedTuple):
    questionnaire: str | None
    talent_map: str | None
    assessed_by: str | None
    has_questionnaire_key: bool


class ProfileFacts(NamedTuple):
    path: str
    id: str | None
    position: str | None
    classification: str | None
    talent: dict[str, TalentFacts]

    @classmethod
    def from_doc(cls, path: str, doc: dict, scheme: Scheme) -> ProfileFacts:
        talent = {
            cycle: TalentFacts(_str(entry.get("questionnaire")), _str(entry.get("talent_map")),
                               _ident(entry.get("assessed_by")), "questionnaire" in entry)
            for cycle, entry in _map(doc.get("talent")).items()
            if isinstance(cycle, str) and isinstance(entry, dict)
        }
        return cls(path=path, id=_ident(doc.get("id")), position=_ident(doc.get("position")),
                   classification=scheme.resolve(doc.get("classification")), talent=talent)


class Org:
    """Positions and profiles by id, with the reporting graph derived on demand."""

    def __init__(self, positions: list[PositionFacts], profiles: list[ProfileFacts],
                 unreadable_ids: set[str] = frozenset()) -> None:
        self.all_positions = sorted(positions, key=lambda p: p.path)
        self.all_profiles = sorted(profiles, key=lambda p: p.path)
        self.positions: dict[str, PositionFacts] = {}
        for p in self.all_positions:
            if p.id is not None:
                self.positions.setdefault(p.id, p)
        self.profiles: dict[str, ProfileFacts] = {}
        for pr in self.all_profiles:
            if pr.id is not None:
                self.profiles.setdefault(pr.id, pr)
        self.unreadable_ids = set(unreadable_ids)

    @cached_property
    def children(self) -> dict[str, list[PositionFacts]]:
        """Direct reports by supervisor id (abolished reports included; rules decide)."""
        kids: dict[str, list[PositionFacts]] = defaultdict(list)
        for p in self.positions.values():
            if p.reports_to is not None:
                kids[p.reports_to].append(p)
        return kids

    def known_position(self, position_id: str) -> bool:
        """True when a record with this id exists, even one whose file could not be read."""
        return position_id in self.positions or position_id in self.unreadable_ids
