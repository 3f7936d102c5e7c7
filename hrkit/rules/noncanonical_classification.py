"""A classification is written in a non-canonical form (`EX-O3`, `ex 3`, `EX3`, `EX-3`).

Scanned work descriptions turn zeros into O's and ones into I's, and people write levels
informally. Such a code still means a declared classification, but exact comparisons, rollups
by level and searches miss it. The message names the canonical `GROUP-NN` form. Fixable:
`hrkit fix` rewrites it.

Fails:

```yaml
classification: EX-O3
```

Passes:

```yaml
classification: EX-03
```
"""
from hrkit.model.findings import Severity
from hrkit.rules._fields import classification_fields
from hrkit.rules.base import Rule


def check(record, ctx):
    scheme = ctx.project.scheme
    for field, value in classification_fields(record):
        canonical = scheme.resolve(value)
        if canonical and canonical != value:
            yield ctx.finding(record.path, field, f"{field} {value!r} should be written {canonical}",
                              record=record.id)


def fix(finding, doc, project, source, files):
    """The canonical spelling of the classification."""
    return project.scheme.resolve(doc.get(finding.field))


RULE = Rule(code="HR102", name="noncanonical-classification", severity=Severity.ERROR, scope="record",
            doc=__doc__, check=check, fix=fix)
