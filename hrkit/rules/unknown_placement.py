"""A talent-map placement is not in the vocabulary of rules/talent.yaml.

Placements are counted and compared across the public service (ready for advancement, ready
for lateral movement, well placed in role, develop in role, plus what an organization adds):
a free-text or misspelled placement drops out of every distribution. Checked for every cycle.

Fails:

```yaml
talent:
  "2025-2026":
    talent_map: ready for promotion
```

Passes:

```yaml
talent:
  "2025-2026":
    talent_map: ready-for-advancement
```
"""
from hrkit.model.findings import Severity
from hrkit.rules._fields import talent_cycles
from hrkit.rules.base import Rule


def check(record, ctx):
    vocabulary = ctx.project.talent.placements
    for cycle, entry in talent_cycles(record.data):
        placement = entry.get("talent_map")
        if isinstance(placement, str) and placement and placement not in vocabulary:
            yield ctx.finding(record.path, f"talent.{cycle}.talent_map",
                              f"cycle {cycle}: placement is not one of {', '.join(vocabulary)} "
                              "(rules/talent.yaml)", record=record.id)


RULE = Rule(code="HR404", name="unknown-placement", severity=Severity.ERROR, scope="record", doc=__doc__,
            check=check, applies_to=("profile",))
