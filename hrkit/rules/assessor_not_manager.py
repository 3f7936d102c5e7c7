"""A talent-map placement was made by someone other than the executive's manager.

The placement is the manager's assessment: "managers play a corporate role in which they must
provide an assessment of their employees' potential and readiness, as well as a talent map
placement" (Treasury Board). `assessed_by` must be the position that the executive's position
reports to; anything else is a placement made, or recorded, by the wrong person. Checked for
every cycle.

Fails:

```yaml
# records/positions/2802.yaml: reports_to: "1001"
position: "2802"
talent:
  "2025-2026":
    assessed_by: "63335"
```

Passes:

```yaml
position: "2802"
talent:
  "2025-2026":
    assessed_by: "1001"
```
"""
from hrkit.model.findings import Location, Severity
from hrkit.rules.base import Rule


def check(org, ctx):
    for pr in org.profiles.values():
        pos = org.positions.get(pr.position) if pr.position else None
        if pos is None:
            continue
        for cycle, entry in pr.talent.items():
            if entry.assessed_by and entry.assessed_by != pos.reports_to:
                manager = f"reports to {pos.reports_to}" if pos.reports_to else "has no supervisor"
                yield ctx.finding(pr.path, f"talent.{cycle}.assessed_by",
                                  f"cycle {cycle}: assessed by {entry.assessed_by}, but position {pos.id} {manager}",
                                  record=pr.id, related=[Location(pos.path, pos.id, "reports_to")])


RULE = Rule(code="HR405", name="assessor-not-manager", severity=Severity.ERROR, scope="org", doc=__doc__,
            check=check,
            reads=("profile.talent.*.assessed_by", "profile.position", "position.reports_to"),
            follows=("profile_position",))
