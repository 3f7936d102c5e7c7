"""A department has more than one position with no `reports_to`.

`reports_to: null` is reserved for the department's head (the deputy head). A second root is
usually a position whose supervisor was never entered, and everything under it is missing from
the department's tree and totals. The most senior root is taken as the head; the others are
reported on their `reports_to`. Abolished positions are not counted.

Fails:

```yaml
# dm.yaml
department: ESDC
reports_to: null
# 2802.yaml
department: ESDC
reports_to: null
```

Passes:

```yaml
# 2802.yaml
department: ESDC
reports_to: "dm"
```
"""
from collections import defaultdict

from hrkit.model.findings import Location, Severity
from hrkit.rules.base import Rule


def seniority(scheme, classification: str | None) -> tuple:
    """Sort key, most senior first: senior groups in order, then other groups, higher levels first."""
    if not classification:
        return (2, 0, 0)
    group, level = classification[:-3], int(classification[-2:])
    if group in scheme.senior_groups:
        return (0, scheme.senior_groups.index(group), -level)
    return (1, 0, -level)


def check(org, ctx):
    roots = defaultdict(list)
    for p in org.positions.values():
        if p.heads_department:
            roots[p.department].append(p)
    for department, heads in roots.items():
        heads.sort(key=lambda p: (seniority(ctx.project.scheme, p.classification), p.path))
        head = heads[0]
        for extra in heads[1:]:
            yield ctx.finding(extra.path, "reports_to", f"department {department} already has a head, {head.id}; "
                              "reports_to may be null only for the department's head", record=extra.id,
                              related=[Location(head.path, head.id, "reports_to")])


RULE = Rule(code="HR206", name="multiple-heads", severity=Severity.ERROR, scope="org", doc=__doc__, check=check,
            reads=("position.reports_to", "position.status", "position.department", "position.classification"),
            follows=("department_heads",))
