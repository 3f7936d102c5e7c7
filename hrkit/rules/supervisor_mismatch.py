"""The `supervisor` block disagrees with the supervisor's own record.

Work descriptions print the supervisor's title and classification, and those copies go stale
when the supervisor is retitled or reclassified. A reviewer reading the record then sees a
reporting line that no longer exists. Titles are compared ignoring case and spacing,
classifications in canonical form. Fixable: `hrkit fix` copies the values from the record that
`reports_to` names.

Fails:

```yaml
reports_to: "63335"   # 63335.yaml: title: Director General, Workforce Management
supervisor:
  title: Director General, Workforce Planning
```

Passes:

```yaml
reports_to: "63335"
supervisor:
  title: director general,  workforce management
```
"""
from hrkit.model.findings import Location, Severity
from hrkit.rules.base import Rule
from hrkit.io.yamlsafe import load_yaml


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def check(org, ctx):
    scheme = ctx.project.scheme
    for p in org.positions.values():
        sup = org.positions.get(p.reports_to) if p.reports_to and p.has_supervisor else None
        if sup is None:
            continue
        if p.supervisor_title and sup.title and not _same_text(p.supervisor_title, sup.title):
            yield ctx.finding(p.path, "supervisor.title", f"supervisor.title {p.supervisor_title!r} differs from "
                              f"the title of {sup.id}: {sup.title!r}", record=p.id,
                              related=[Location(sup.path, sup.id, "title")])
        stated = p.supervisor_classification
        if stated and sup.classification and (scheme.resolve(stated) or stated) != sup.classification:
            yield ctx.finding(p.path, "supervisor.classification", f"supervisor.classification {stated} differs "
                              f"from the classification of {sup.id}: {sup.classification}", record=p.id,
                              related=[Location(sup.path, sup.id, "classification")])


def fix(finding, doc, project, source, files):
    """The supervisor's own title or classification (canonical)."""
    sup_id = doc.get("reports_to")
    if sup_id not in files:
        return None
    sup = load_yaml(source.read(files[sup_id].path) or b"").data
    if not isinstance(sup, dict):
        return None
    value = sup.get(finding.field.rsplit(".", 1)[-1])
    if finding.field.endswith("classification") and isinstance(value, str):
        value = project.scheme.resolve(value) or value
    return value if isinstance(value, str) else None


RULE = Rule(code="HR204", name="supervisor-mismatch", severity=Severity.ERROR, scope="org", doc=__doc__,
            check=check, fix=fix,
            reads=("position.reports_to", "position.supervisor.title", "position.supervisor.classification",
                   "position.title", "position.classification"),
            follows=("reports_to",))
