"""A position and a profile disagree about who holds the position.

`incumbent` on the position and `position` on the executive's profile are two halves of one
fact. When they do not point at each other (or the profile names a position that does not
exist), the executive is attached to the wrong post or to none: talent obligations, assessors
and rollups by level follow the wrong record. An incumbent with no profile is fine: not every
employee has an executive talent profile.

Fails:

```yaml
# records/positions/2802.yaml
incumbent: exec-0007
# records/profiles/exec-0007.yaml
position: "2803"
```

Passes:

```yaml
# records/positions/2802.yaml
incumbent: exec-0007
# records/profiles/exec-0007.yaml
position: "2802"
```
"""
from hrkit.model.findings import Location, Severity
from hrkit.rules.base import Rule


def check(org, ctx):
    for pr in org.profiles.values():
        if pr.position is None:
            continue
        pos = org.positions.get(pr.position)
        if pos is None:
            if not org.known_position(pr.position):
                yield ctx.finding(pr.path, "position", f"position {pr.position!r}: no position has this id",
                                  record=pr.id)
        elif pos.incumbent != pr.id:
            holder = f"names {pos.incumbent!r} as incumbent" if pos.incumbent else "has no incumbent"
            yield ctx.finding(pr.path, "position", f"position {pos.id} {holder}, not this profile", record=pr.id,
                              related=[Location(pos.path, pos.id, "incumbent")])
    for pos in org.positions.values():
        pr = org.profiles.get(pos.incumbent) if pos.incumbent else None
        if pr is not None and pr.position != pos.id:
            where = f"names position {pr.position!r}" if pr.position else "names no position"
            yield ctx.finding(pos.path, "incumbent", f"incumbent {pr.id}'s profile {where}, not {pos.id}",
                              record=pos.id, related=[Location(pr.path, pr.id, "position")])


RULE = Rule(code="HR401", name="incumbent-mismatch", severity=Severity.ERROR, scope="org", doc=__doc__,
            check=check,
            reads=("profile.position", "position.incumbent"),
            follows=("profile_position", "incumbent"))
