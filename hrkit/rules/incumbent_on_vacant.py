"""A vacant or abolished position names an incumbent, or an abolished position still has reports.

A vacant position has nobody in it and an abolished one no longer exists: an incumbent on
either means a staffing action was recorded on one side only, and the executive may be counted
twice or lose their reporting line. An abolished position with active reports leaves them
without a supervisor (those reports are also HR205).

Fails:

```yaml
status: vacant
incumbent: exec-0007
```

Passes:

```yaml
status: vacant
incumbent: null
```
"""
from hrkit.model.findings import Location, Severity
from hrkit.rules.base import Rule


def check(org, ctx):
    for p in org.positions.values():
        if p.status in ("vacant", "abolished") and p.incumbent:
            yield ctx.finding(p.path, "incumbent", f"{p.status} position names an incumbent", record=p.id)
        if p.status == "abolished":
            live = sorted((k for k in org.children.get(p.id, ()) if k.status != "abolished"), key=lambda k: k.path)
            if live:
                yield ctx.finding(p.path, "status", f"abolished position still has {len(live)} "
                                  f"direct report{'s' if len(live) != 1 else ''}", record=p.id,
                                  related=[Location(k.path, k.id, "reports_to") for k in live])


RULE = Rule(code="HR303", name="incumbent-on-vacant", severity=Severity.ERROR, scope="org", doc=__doc__,
            check=check,
            reads=("position.status", "position.incumbent", "position.reports_to"),
            follows=("reports_to",))
