"""Reporting lines form a loop.

If A reports to B and B (directly or further up) reports to A, none of them reaches the
department's head: the tree has no top, subtree totals never end, and each position in the loop
is its own indirect supervisor. Usually one `reports_to` was updated in a reorganization and
its counterpart was not. Reported on the `reports_to` of every position in the loop, so each
file is flagged and can be fixed or suppressed on its own: the loop's first position by id
lists the whole loop once; every other one names its supervisor and that first position. A
loop of n positions gives n short findings, not n lists of n ids.

Fails:

```yaml
# 1001.yaml
reports_to: "1002"
# 1002.yaml
reports_to: "1001"
```

Passes:

```yaml
# 1001.yaml
reports_to: null
# 1002.yaml
reports_to: "1001"
```
"""
from hrkit.model.findings import Location, Severity
from hrkit.rules.base import Rule


def find_cycles(positions: dict) -> list[list[str]]:
    """Every loop of the reporting graph, each listed from its smallest id; linear time."""
    state: dict[str, int] = {}  # 1 = on the current walk, 2 = done
    cycles = []
    for start in positions:
        walk = []
        node = start
        while node in positions and state.get(node) is None:
            state[node] = 1
            walk.append(node)
            node = positions[node].reports_to
        if node in positions and state.get(node) == 1:
            loop = walk[walk.index(node):]
            pivot = loop.index(min(loop))
            cycles.append(loop[pivot:] + loop[:pivot])
        for visited in walk:
            state[visited] = 2
    return cycles


def check(org, ctx):
    for loop in find_cycles(org.positions):
        first = org.positions[loop[0]]
        size = f"reporting cycle of {len(loop)} position{'s' if len(loop) != 1 else ''}"
        yield ctx.finding(first.path, "reports_to", f"{size}: {' -> '.join([*loop, loop[0]])}", record=first.id,
                          related=[Location(org.positions[o].path, o, "reports_to") for o in loop[1:]])
        listed_on = [Location(first.path, first.id, "reports_to")]
        for pid, supervisor in zip(loop[1:], [*loop[2:], loop[0]]):
            yield ctx.finding(org.positions[pid].path, "reports_to",
                              f"{size}: reports to {supervisor}; the cycle is listed on {first.id}", record=pid,
                              related=listed_on)


RULE = Rule(code="HR202", name="reporting-cycle", severity=Severity.ERROR, scope="org", doc=__doc__, check=check,
            reads=("position.reports_to",),
            follows=("reporting_line",))
