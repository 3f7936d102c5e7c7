"""Direct reports hold more FTEs than the unit they belong to.

`dimensions.fte` counts the whole unit a position leads, the position itself included, so it
can never be less than what its direct reports' units hold together. When it is, one of the
figures is wrong, and every rollup above it is too. A report without `dimensions.fte` counts as
1 (the position itself); abolished reports count 0. Reported on the supervisor's
`dimensions.fte`, with the reports as related locations.

Fails:

```yaml
# 104217.yaml
dimensions:
  fte: 31
# six reports with fte 0, 4, 16, 9, 13 and 8 (50 in all)
```

Passes:

```yaml
# 104217.yaml
dimensions:
  fte: 51
```
"""
from decimal import Decimal

from hrkit.model.findings import Location, Severity
from hrkit.rules.base import Rule


def unit_fte(p) -> Decimal:
    """FTEs a direct report brings to its supervisor's unit."""
    if p.status == "abolished":
        return Decimal(0)
    return Decimal(str(p.fte)) if p.fte is not None else Decimal(1)


def fmt_fte(value) -> str:
    return format(Decimal(str(value)).normalize(), "f")


def check(org, ctx):
    for sid, kids in org.children.items():
        sup = org.positions.get(sid)
        if sup is None or sup.fte is None or sup.status == "abolished":
            continue
        held = sum((unit_fte(k) for k in kids), Decimal(0))
        if held > Decimal(str(sup.fte)):
            counted = sorted((k for k in kids if unit_fte(k)), key=lambda k: k.path)
            yield ctx.finding(sup.path, "dimensions.fte", f"direct reports hold {fmt_fte(held)} FTEs, more than this "
                              f"unit's {fmt_fte(sup.fte)}", record=sid,
                              related=[Location(k.path, k.id, "dimensions.fte" if k.fte is not None else "id")
                                       for k in counted])


RULE = Rule(code="HR302", name="fte-exceeded", severity=Severity.ERROR, scope="org", doc=__doc__, check=check,
            reads=("position.dimensions.fte", "position.status", "position.reports_to"),
            follows=("reports_to",))
