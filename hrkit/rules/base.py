"""What a rule is, and the context it reports through.

A rule module holds a docstring (its catalogue entry: what, why, a failing and a passing
example), optionally a function returning its pydantic ``Options`` model (so that pydantic is
imported only where options are checked) and one ``check`` function, and exposes them as
``RULE``. A rule never computes line numbers or its own code: ``Context.finding`` fills in
the code, name, severity and path, and the engine locates the field afterwards.
"""
from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from hrkit.findings import Finding, Location, Severity

Scope = Literal["file", "record", "org"]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    scope: Scope
    doc: str
    check: Callable[..., Iterable[Finding]] | None = None
    fixable: bool = False
    options: Callable[[], type] | None = None
    applies_to: tuple[str, ...] = ("position", "profile")

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
