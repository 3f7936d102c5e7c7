"""The rule catalogue as text: `hrkit rules`, `hrkit rules CODE` and docs/rules.md, all made
from the rule modules' docstrings so the documentation cannot drift from the code."""
from __future__ import annotations

import inspect

from tabulate import tabulate

from hrkit.errors import HrkitError
from hrkit.render.escape import terminal_text
from hrkit.render.table import cell_text
from hrkit.rules import ALL_RULES
from hrkit.rules.base import Rule
from hrkit.rules.custom import custom_rules

SCOPES = {"file": "file", "record": "one record", "org": "whole organization"}


def _all(project) -> list[Rule]:
    return [*ALL_RULES, *(custom_rules(project) if project else [])]


def list_rules(project, fmt: str = "simple") -> str:
    """The catalogue as a table. A custom rule's summary is the repository's text, so it is
    written as ``fmt`` writes record text (hrkit's own summaries hold Markdown code spans)."""
    text = cell_text(fmt)
    custom = custom_rules(project) if project else []
    listed = [(r, r.summary) for r in ALL_RULES] + [(r, text(r.summary)) for r in custom]
    rows = [(r.code, r.name, r.severity.value, "yes" if r.fixable else "", summary) for r, summary in listed]
    return tabulate(rows, headers=["code", "name", "severity", "fixable", "checks"], tablefmt=fmt)


def find_rule(key: str, project=None) -> Rule:
    for rule in _all(project):
        if key.upper() == rule.code or key == rule.name:
            return rule
    raise HrkitError(f"no rule {key!r} (run 'hrkit rules' for the list)")


def explain(key: str, project=None) -> str:
    rule = find_rule(key, project)
    fix = "fixable with hrkit fix" if rule.fixable else "not automatically fixable"
    head = f"{rule.code} {rule.name} ({rule.severity.value}; judges {SCOPES[rule.scope]}; {fix})"
    body = "\n".join(map(terminal_text, inspect.cleandoc(rule.doc).split("\n")))
    return f"{head}\n\n{body}\n"


def rules_markdown() -> str:
    """docs/rules.md: one entry per built-in rule."""
    out = ["# Rule catalogue", "",
           "Generated from the rule modules' docstrings (`hrkit/rules/*.py`) by "
           "`hrkit rules --markdown > docs/rules.md`; a test fails when this file is stale.", "",
           "Codes are stable. Severity is the default; `rules.severity` in hrkit.yaml changes it, and",
           "`# hrkit: ignore[CODE] reason` suppresses one finding on its line (or a whole file from its top).", "",
           "| code | name | severity | fixable | checks |", "|---|---|---|---|---|"]
    out += [f"| [{r.code}](#{r.code.lower()}-{r.name}) | {r.name} | {r.severity.value} | "
            f"{'yes' if r.fixable else ''} | {r.summary} |" for r in ALL_RULES]
    for r in ALL_RULES:
        out += ["", f"## {r.code} {r.name}", "",
                f"*Severity:* {r.severity.value} · *judges:* {SCOPES[r.scope]} · "
                f"*fixable:* {'yes' if r.fixable else 'no'}{_declarations(r)}", "", inspect.cleandoc(r.doc)]
    return "\n".join(out) + "\n"


def _declarations(rule: Rule) -> str:
    """What a cross-record rule declares it follows, and whether the date changes its findings."""
    follows = f" · *follows:* {', '.join(f'`{name}`' for name in rule.follows)}" if rule.follows else ""
    return follows + (" · *depends on the date*" if rule.changes_on else "")
