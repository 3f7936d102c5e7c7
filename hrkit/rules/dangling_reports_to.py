"""`reports_to` names a position that does not exist.

A reporting line that points nowhere cuts the position, and everything below it, out of the
organization: rollups lose its FTEs and budget, and its executives have no manager to assess
them. Often the supervisor was renumbered or abolished without updating the reports.

Fails:

```yaml
reports_to: "99999"   # no records/positions/99999.yaml
```

Passes:

```yaml
reports_to: "63335"   # records/positions/63335.yaml exists
```
"""
from hrkit.model.findings import Severity
from hrkit.rules.base import Rule


def check(org, ctx):
    for p in org.positions.values():
        if p.reports_to is not None and not org.known_position(p.reports_to):
            yield ctx.finding(p.path, "reports_to", f"reports_to {p.reports_to!r}: no position has this id",
                              record=p.id)


RULE = Rule(code="HR201", name="dangling-reports-to", severity=Severity.ERROR, scope="org", doc=__doc__,
            check=check,
            reads=("position.reports_to",),
            follows=("reports_to",))
