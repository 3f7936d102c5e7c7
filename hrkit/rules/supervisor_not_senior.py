"""A supervisor does not outrank the position reporting to it.

A director does not report to a manager: when the subordinate's classification is equal to or
higher than its supervisor's, either a reclassification was recorded on one side only or the
reporting line is wrong. The rank order is the scheme's (rules/classifications.yaml): DM above
EX above every other group, within a group by level; levels of two other groups are compared
only where the scheme ranks them. Reported on the subordinate's `classification`.

Fails:

```yaml
# supervisor: classification: EC-06
classification: EC-07
reports_to: "SUP"
```

Passes:

```yaml
# supervisor: classification: EX-01
classification: EC-07
reports_to: "SUP"
```
"""
from hrkit.model.findings import Location, Severity
from hrkit.rules.base import Rule


def check(org, ctx):
    scheme = ctx.project.scheme
    for p in org.positions.values():
        sup = org.positions.get(p.reports_to) if p.reports_to else None
        if sup is None or sup is p or not p.classification or not sup.classification:
            continue
        if scheme.outranks(sup.classification, p.classification) is False:
            yield ctx.finding(p.path, "classification",
                              f"{p.classification} reports to {sup.id} ({sup.classification}), which does not "
                              "outrank it", record=p.id, related=[Location(sup.path, sup.id, "classification")])


RULE = Rule(code="HR203", name="supervisor-not-senior", severity=Severity.ERROR, scope="org", doc=__doc__,
            check=check,
            reads=("position.reports_to", "position.classification"),
            follows=("reports_to",))
