"""The links between records that cross-record rules follow, declared once.

A cross-record rule's findings on a record depend on that record and on the records it reaches
through the relations the rule declares (``Rule.follows``). So the records a change can affect
are the changed records' neighbours through those relations, before and after the change; the
incremental check (hrkit.check.incremental) asks each relation for them, and the incremental
baseline (hrkit.check.baseline) keeps one index column per relation to answer the lookups. Adding a
relation here is all that a rule following a new link needs.

Three shapes cover the org model:

* ``Link``: a field of one kind of record naming a record of a kind by id (``reports_to``);
  its neighbours are the record it names and the records naming it.
* ``Group``: records of one kind sharing a value while they meet a condition (the heads of a
  department); its neighbours are the other members.
* ``Closure``: a link followed again and again (the reporting line); its neighbours are the
  records on a loop through the record, before and after the change.

Each answers ``reach`` (paths of the records whose findings a change of this record can alter,
before and after it) and ``load`` (the lookups that put a record's neighbours in the partial
organization the rules then see).

Records sharing an id are always neighbours (``SAME_ID``): an id resolves to its first file by
path, so which record answers a lookup may change with any of them. This module imports
nothing and its classes are plain (a dataclass costs a third of a millisecond to build): the
pre-commit path opens the baseline, whose columns these are, before it loads the rules.
"""
from __future__ import annotations

from collections.abc import Callable


class Link:
    """``source`` records name a ``target`` record by id in their facts' ``field``."""

    __slots__ = ("name", "source", "field", "target")

    def __init__(self, name: str, source: str, field: str, target: str) -> None:
        self.name, self.source, self.field, self.target = name, source, field, target

    def indexed(self, kind: str, facts) -> str | None:
        """The baseline's index value of a record for this link: the id it names."""
        return getattr(facts, self.field) if kind == self.source and facts is not None else None

    def load(self, view, kind: str, ident: str | None, facts) -> list:
        """The records this one names, and those naming it, as (RecordFile, facts): ``view``
        (hrkit.check.incremental's) loads what its lookups find."""
        named = getattr(facts, self.field) if kind == self.source and facts is not None else None
        found = view.by_id(self.target, named) if named else []
        return found + view.indexed(self, ident) if kind == self.target and ident is not None else found

    def reach(self, view, kind: str, ident: str | None, facts, before=None) -> list[str]:
        """Paths of the records ``load`` finds."""
        return [rf.path for rf, _ in self.load(view, kind, ident, facts)]

    def matches(self, kind: str, facts, value: str) -> bool:
        return kind == self.source and facts is not None and getattr(facts, self.field) == value


class Group:
    """Records of ``kind`` that meet ``member`` and share their facts' ``key``."""

    __slots__ = ("name", "kind", "key", "member")

    def __init__(self, name: str, kind: str, key: str, member: Callable[[object], bool]) -> None:
        self.name, self.kind, self.key, self.member = name, kind, key, member

    def indexed(self, kind: str, facts) -> str | None:
        """A member's key ('' for none: facts never hold empty text); None for non-members."""
        if kind != self.kind or facts is None or not self.member(facts):
            return None
        return getattr(facts, self.key) or ""

    def load(self, view, kind: str, ident: str | None, facts) -> list:
        """The group's members, when this record is one."""
        value = self.indexed(kind, facts)
        return view.indexed(self, value) if value is not None else []

    def reach(self, view, kind: str, ident: str | None, facts, before=None) -> list[str]:
        """Paths of the records ``load`` finds."""
        return [rf.path for rf, _ in self.load(view, kind, ident, facts)]

    def matches(self, kind: str, facts, value: str) -> bool:
        return self.indexed(kind, facts) == value


class Closure:
    """``link`` followed from record to record: a loop is what its rules judge."""

    __slots__ = ("name", "link")

    def __init__(self, name: str, link: Link) -> None:
        self.name, self.link = name, link

    def load(self, view, kind: str, ident: str | None, facts) -> tuple:
        """Nothing: the walk finds the loop through this record, whose members ``view`` loads
        once every walk is done (a loop's members are each asked)."""
        if kind == self.link.source and facts is not None and ident is not None:
            view.loop_through(self, ident)
        return ()

    def reach(self, view, kind: str, ident: str | None, facts, before=None) -> tuple[str, ...]:
        """Paths on the loop through this record now, and (given the view ``before`` the change)
        the loop it was on: a loop the change breaks loses its findings."""
        if kind != self.link.source or facts is None or ident is None:
            return ()
        return (*view.loop_through(self, ident), *(before.loop_through(self, ident) if before else ()))


REPORTS_TO = Link("reports_to", "position", "reports_to", "position")
PROFILE_POSITION = Link("profile_position", "profile", "position", "position")
INCUMBENT = Link("incumbent", "position", "incumbent", "profile")
DEPARTMENT_HEADS = Group("department_heads", "position", "department",
                         lambda p: p.heads_department)
REPORTING_LINE = Closure("reporting_line", REPORTS_TO)
SAME_ID = "same_id"
"""Not a stored relation: records of one kind with one id (incremental looks them up by id)."""

RELATIONS: dict[str, Link | Group | Closure] = {
    r.name: r for r in (REPORTS_TO, PROFILE_POSITION, INCUMBENT, DEPARTMENT_HEADS, REPORTING_LINE)}
"""Every relation a rule may follow, by name."""
INDEXED: tuple[Link | Group, ...] = tuple(r for r in RELATIONS.values() if not isinstance(r, Closure))
"""The relations the baseline keeps an index column for (a closure walks its link's)."""
KNOWN = frozenset((*RELATIONS, SAME_ID))
