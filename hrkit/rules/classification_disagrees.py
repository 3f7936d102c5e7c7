"""An executive's substantive classification differs from their position's.

The profile's `classification` is the executive's substantive level; it should be the level of
the position they hold. A difference is usually a reclassification recorded on one side only,
and it changes which talent obligations apply. A warning: some differences are legitimate
during a transition.

Fails:

```yaml
# records/positions/2802.yaml: classification: EX-03
position: "2802"
classification: EX-02
```

Passes:

```yaml
position: "2802"
classification: EX-03
```
"""
from hrkit.model.findings import Location, Severity
from hrkit.rules.base import Rule


def check(org, ctx):
    for pr in org.profiles.values():
        pos = org.positions.get(pr.position) if pr.position else None
        if pos and pr.classification and pos.classification and pr.classification != pos.classification:
            yield ctx.finding(pr.path, "classification", f"profile says {pr.classification}, position {pos.id} is "
                              f"{pos.classification}", record=pr.id,
                              related=[Location(pos.path, pos.id, "classification")])


RULE = Rule(code="HR406", name="classification-disagrees", severity=Severity.WARNING, scope="org", doc=__doc__,
            check=check,
            reads=("profile.classification", "profile.position", "position.classification"),
            follows=("profile_position",))
