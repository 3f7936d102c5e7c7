"""A submitted talent questionnaire has no talent-map placement.

Managers of executives must give each executive a talent-map placement once the
questionnaire is completed (Treasury Board, Executive Talent Management Roles and
Responsibilities): a submitted questionnaire without a placement is half of the exercise left
undone, and the deputy head's talent reports undercount. Checked for every cycle.

Fails:

```yaml
talent:
  "2025-2026":
    questionnaire: submitted
```

Passes:

```yaml
talent:
  "2025-2026":
    questionnaire: submitted
    talent_map: well-placed-in-role
```
"""
from hrkit.model.findings import Severity
from hrkit.rules._fields import talent_cycles
from hrkit.rules.base import Rule


def check(record, ctx):
    for cycle, entry in talent_cycles(record.data):
        if entry.get("questionnaire") == "submitted" and not entry.get("talent_map"):
            field = f"talent.{cycle}.talent_map" if "talent_map" in entry else f"talent.{cycle}.questionnaire"
            yield ctx.finding(record.path, field, f"cycle {cycle}: questionnaire submitted but no talent_map "
                              "placement recorded", record=record.id)


RULE = Rule(code="HR403", name="placement-missing", severity=Severity.ERROR, scope="record", doc=__doc__,
            check=check, applies_to=("profile",))
