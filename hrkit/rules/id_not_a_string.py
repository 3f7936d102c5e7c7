"""An identifier is written as a number.

Position numbers, job codes and profile ids are labels, not quantities: `012345` written
unquoted is read as the number 12345 (and as 5349 by YAML 1.1 tools, which take a leading zero
for octal), so the record silently stops matching its file, its supervisor or its incumbent.
Applies to `id`, `reports_to`, `job_code`, `incumbent`, `position`, `acting.position` and
`talent.<cycle>.assessed_by`. Fixable: `hrkit fix` quotes the value as written.

Fails:

```yaml
id: 012345
job_code: 103745
```

Passes:

```yaml
id: "012345"
job_code: "103745"
```
"""
from hrkit.model.findings import Severity
from hrkit.rules.base import Rule
from hrkit.io.yamlscalars import LeadingZeroInt


def _fields(data: dict):
    for name in ("id", "reports_to", "job_code", "incumbent", "position"):
        if name in data:
            yield name, data[name]
    acting = data.get("acting")
    if isinstance(acting, dict) and "position" in acting:
        yield "acting.position", acting["position"]
    talent = data.get("talent")
    if isinstance(talent, dict):
        for cycle, entry in talent.items():
            if isinstance(entry, dict) and "assessed_by" in entry:
                yield f"talent.{cycle}.assessed_by", entry["assessed_by"]


def check(record, ctx):
    for field, value in _fields(record.data):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if isinstance(value, LeadingZeroInt):
            detail = (f"{value.text} is read as the number {int(value)}: the leading zero is lost "
                      f"(YAML 1.1 tools read it as octal {int(value.text, 8) if set(value.text) <= set('01234567') else 'or reject it'})")
            text = value.text
        else:
            detail = f"{value} is read as a number"
            text = str(value)
        yield ctx.finding(record.path, field, f"{field}: {detail}; write it as a quoted string: \"{text}\"",
                          record=record.id)


def fix(finding, doc, project, source, files):
    """The number as text, exactly as the file spells it (``1.50`` stays ``1.50``)."""
    current = doc.get(finding.field)
    if isinstance(current, LeadingZeroInt):
        return current.text
    from hrkit.io import yamllib  # PyYAML's node tree: only a fix pays for it

    node = yamllib.compose_node(doc.raw)
    for part in finding.field.split("."):
        node = next(v for k, v in node.value if k.value == part)
    return node.value


RULE = Rule(code="HR006", name="id-not-a-string", severity=Severity.ERROR, scope="record", doc=__doc__,
            check=check, fix=fix)
