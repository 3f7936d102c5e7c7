"""What a rule is, and the context it reports through.

A rule module holds a docstring (its catalogue entry: what, why, a failing and a passing
example), optionally a function returning its pydantic ``Options`` model (so that pydantic is
imported only where options are checked), one ``check`` function and, when a safe repair
exists, a ``fix``, and exposes them as ``RULE`` with its declarations (docs/adding-a-rule.md).
A rule never computes line numbers or its own code: ``Context.finding`` fills in the code,
name, severity and path, and the engine locates the field afterwards.
"""
from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from hrkit.model.findings import Finding, Location, Severity
from hrkit.model.relations import KNOWN

Scope = Literal["file", "record", "org"]


@dataclass(frozen=True)
class Rule:
    """A rule and what it declares about itself. A cross-record (``org``) rule names the record
    fields it ``reads`` and the relations of the org model it ``follows`` (hrkit.model.relations):
    the incremental check re-runs it only where a change can reach through those, so a rule
    that reads through a relation it does not declare would be wrong after a small change.
    ``changes_on`` gives, for a rule whose findings depend on the date, the day after which
    they differ (the cache keys take it in); ``fix`` gives the value ``hrkit fix`` writes."""

    code: str
    name: str
    severity: Severity
    scope: Scope
    doc: str
    check: Callable[..., Iterable[Finding]] | None = None
    fix: Callable[..., object] | None = None
    """fix(finding, doc, project, source, files) -> the field's new value, or None to leave it
    (``doc``: the record's hrkit.edit.rewrite.Document; ``files``: the record files by id)."""
    options: Callable[[], type] | None = None
    applies_to: tuple[str, ...] = ("position", "profile")
    reads: tuple[str, ...] = ()
    follows: tuple[str, ...] = ()
    changes_on: Callable[[Any], date] | None = None
    """changes_on(project) -> the last day before the findings change: they depend on the date
    only through whether today is past it."""

    def __post_init__(self) -> None:
        unknown = [name for name in self.follows if name not in KNOWN]
        if unknown:
            raise ValueError(f"rule {self.code} follows {', '.join(unknown)}: not a relation of the org model "
                             f"(hrkit.model.relations declares {', '.join(sorted(KNOWN))})")

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    @property
    def summary(self) -> str:
        return inspect.cleandoc(self.doc).splitlines()[0]

    @property
    def body(self) -> str:
        return inspect.cleandoc(self.doc).partition("\n")[2].strip()


@dataclass(frozen=True)
class Context:
    """A rule's view of the run: the project, the rule's options (validated, as plain data), and
    how to report."""

    rule: Rule
    project: object
    options: Any
    severity: Severity

    def finding(self, path: str, field: str | None, message: str, *, record: str | None = None,
                related: Iterable[Location] = (), line: int = 0, column: int = 0,
                fixable: bool | None = None, severity: Severity | None = None) -> Finding:
        return Finding(code=self.rule.code, rule=self.rule.name, severity=severity or self.severity, message=message,
                       path=path, record=record, field=field, line=line, column=column,
                       related=tuple(related), fixable=self.rule.fixable if fixable is None else fixable)
