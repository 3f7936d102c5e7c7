"""A supervisor has more direct reports than the span-of-control limit.

Past a certain number of direct reports a manager cannot supervise, assess and develop each of
them; a wide span is often a missing layer after a reorganization. Abolished reports are not
counted. The limit is `rules.options.span-of-control.max_direct_reports` in hrkit.yaml
(default 15). A warning.

Fails (with `max_direct_reports: 2`): three positions have `reports_to: "1001"`.

Passes (with `max_direct_reports: 2`): two positions have `reports_to: "1001"`.
"""
from functools import cache

from hrkit.model.findings import Location, Severity
from hrkit.rules.base import Rule


@cache
def options():
    """The options model, made on first use: pydantic is loaded only where options are checked."""
    from pydantic import BaseModel, ConfigDict, Field

    class Options(BaseModel):
        model_config = ConfigDict(extra="forbid", strict=True)
        max_direct_reports: int = Field(default=15, ge=1)

    return Options


def check(org, ctx):
    limit = ctx.options.max_direct_reports
    for sid, kids in org.children.items():
        live = [k for k in kids if k.status != "abolished"]
        sup = org.positions.get(sid)
        if sup is not None and len(live) > limit:
            yield ctx.finding(sup.path, "id", f"{len(live)} direct reports, more than the span-of-control limit "
                              f"of {limit}", record=sid,
                              related=[Location(k.path, k.id, "reports_to") for k in sorted(live, key=lambda k: k.path)])


RULE = Rule(code="HR207", name="span-of-control", severity=Severity.WARNING, scope="org", doc=__doc__,
            check=check, options=options,
            reads=("position.reports_to", "position.status"),
            follows=("reports_to",))
