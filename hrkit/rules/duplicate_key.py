"""A key appears twice in the same mapping.

YAML forbids it, yet most loaders keep the last value silently: a record that says
`location: Ottawa` and, thirty lines down, `location: Gatineau` means different things to
different tools. hrkit keeps the first value, reports the second occurrence at any depth (in
nested and flow mappings, and inside the ignored value of a duplicate), and carries on checking
the rest of the record.

Fails:

```yaml
location: Gatineau, QC
reports_to: "63335"
location: Ottawa, ON
```

Passes:

```yaml
location: Gatineau, QC
reports_to: "63335"
```
"""
from hrkit.model.findings import Severity
from hrkit.rules.base import Rule

RULE = Rule(code="HR002", name="duplicate-key", severity=Severity.ERROR, scope="file", doc=__doc__)
