"""The record's `id` is not its file name.

The file stem is the record id: it is how people, `reports_to` and Git history find a record.
A file `2802.yaml` that says `id: "2803"` is found under one name and referred to by another.

Fails (`records/positions/2802.yaml`):

```yaml
id: "2803"
```

Passes (`records/positions/2802.yaml`):

```yaml
id: "2802"
```
"""
from hrkit.model.findings import Severity
from hrkit.rules.base import Rule


def check(record, ctx):
    value = record.data.get("id")
    if isinstance(value, str) and value != record.file.stem:
        yield ctx.finding(record.path, "id", f"id {value!r} differs from the file name "
                          f"{record.file.stem}.yaml; the file stem is the record id", record=value)


RULE = Rule(code="HR004", name="id-filename-mismatch", severity=Severity.ERROR, scope="record", doc=__doc__,
            check=check)
