"""`dimensions.total` is not `salary` + `o_and_m`.

Work descriptions state the unit's salary, O&M and total budget separately, and they are
retyped by hand, so one of the three is often stale after a budget change. A total that does
not add up makes every rollup of that unit wrong. Checked only when all three are given.

Fails:

```yaml
dimensions:
  salary: 2960000
  o_and_m: 71000
  total: 3013000
```

Passes:

```yaml
dimensions:
  salary: 2960000
  o_and_m: 71000
  total: 3031000
```
"""
from hrkit.model.findings import Severity
from hrkit.rules.base import Rule


def _whole(value):
    return isinstance(value, int) and not isinstance(value, bool)


def check(record, ctx):
    dims = record.data.get("dimensions")
    if not isinstance(dims, dict):
        return
    salary, o_and_m, total = dims.get("salary"), dims.get("o_and_m"), dims.get("total")
    if _whole(salary) and _whole(o_and_m) and _whole(total) and salary + o_and_m != total:
        yield ctx.finding(record.path, "dimensions.total",
                          f"total ${total:,} is not salary ${salary:,} + O&M ${o_and_m:,} = ${salary + o_and_m:,}",
                          record=record.id)


RULE = Rule(code="HR301", name="budget-total-mismatch", severity=Severity.ERROR, scope="record", doc=__doc__,
            check=check, applies_to=("position",))
