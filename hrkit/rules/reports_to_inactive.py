"""A position reports to an abolished position, or an active position reports to a proposed one.

An abolished position leads nothing: its former reports need a new `reports_to` in the same
change that abolishes it (error). A proposed position does not exist yet: an active position
reporting to it is a reorganization recorded before it was approved (warning).

Fails:

```yaml
# 1001.yaml: status: abolished
status: active
reports_to: "1001"
```

Passes:

```yaml
# 1001.yaml: status: active
status: active
reports_to: "1001"
```
"""
from hrkit.model.findings import Location, Severity
from hrkit.rules.base import Rule


def check(org, ctx):
    for p in org.positions.values():
        sup = org.positions.get(p.reports_to) if p.reports_to else None
        if sup is None or p.status == "abolished":
            continue
        if sup.status == "abolished":
            yield ctx.finding(p.path, "reports_to", f"reports to {sup.id}, which is abolished", record=p.id,
                              related=[Location(sup.path, sup.id, "status")])
        elif sup.status == "proposed" and p.status == "active":
            yield ctx.finding(p.path, "reports_to", f"active position reports to {sup.id}, which is only proposed",
                              record=p.id, related=[Location(sup.path, sup.id, "status")],
                              severity=Severity.WARNING)


RULE = Rule(code="HR205", name="reports-to-inactive", severity=Severity.ERROR, scope="org", doc=__doc__,
            check=check,
            reads=("position.reports_to", "position.status"),
            follows=("reports_to",))
