"""A classification is not a group and level declared in rules/classifications.yaml.

Classifications drive pay, rank, talent obligations and every rollup by level. A code the
scheme does not know (`EC-09`, `XX-01`, `EX 3A`) cannot be ranked or counted, so the record
drops out of the reporting-line and talent checks. Applies to `classification`,
`supervisor.classification` and `acting.classification`; a code that only needs repairing
(`EX-O3`) is HR102 instead.

Fails:

```yaml
classification: EC-09
```

Passes:

```yaml
classification: EC-08
```
"""
from hrkit.model.classification import canonical_form
from hrkit.model.findings import Severity
from hrkit.rules._fields import classification_fields
from hrkit.rules.base import Rule


def check(record, ctx):
    scheme = ctx.project.scheme
    for field, value in classification_fields(record):
        if not isinstance(value, str) or scheme.resolve(value):
            continue
        repaired = canonical_form(value)
        group = (repaired or value)[:3].rstrip("-")
        if repaired and group.upper() in scheme.levels:
            why = f"group {group} has levels 01 to {scheme.levels[group]:02d}"
        else:
            why = "not a declared group and level"
        yield ctx.finding(record.path, field, f"{field} {value!r} is unknown: {why} "
                          "(rules/classifications.yaml)", record=record.id)


RULE = Rule(code="HR101", name="unknown-classification", severity=Severity.ERROR, scope="record", doc=__doc__,
            check=check)
