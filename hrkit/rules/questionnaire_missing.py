"""An executive at a mandatory level has no submitted talent questionnaire for the current cycle.

Deputy heads must collect and submit the questionnaires of EX-03, EX-04 and EX-05 executives
every cycle; EX-01 and EX-02 are voluntary (Treasury Board, Executive Talent Management Roles
and Responsibilities). The levels are `questionnaire_required` in rules/talent.yaml; the
current cycle and its due date are `talent.cycle` and `talent.questionnaire_due` in hrkit.yaml
(default: the cycle's last day, March 31). Before the due date a missing questionnaire is still
pending and not reported. The department's head leads the exercise and is exempt. Judged on the
substantive classification, not an acting one.

Fails (cycle 2025-2026, due date passed):

```yaml
classification: EX-03
talent:
  "2025-2026":
    questionnaire: not-submitted
```

Passes:

```yaml
classification: EX-03
talent:
  "2025-2026":
    questionnaire: submitted
    talent_map: well-placed-in-role
```
"""
from hrkit.model.findings import Severity
from hrkit.model.fiscal import questionnaire_due, today
from hrkit.rules.base import Rule


def check(org, ctx):
    talent = ctx.project.settings.talent
    if today() <= due(ctx.project):
        return
    required = set(ctx.project.talent.questionnaire_required)
    cycle = talent.cycle
    for pr in org.profiles.values():
        if pr.classification not in required:
            continue
        pos = org.positions.get(pr.position) if pr.position else None
        if pos is not None and pos.heads_department:
            continue  # the deputy head leads the exercise
        entry = pr.talent.get(cycle)
        answer = entry.questionnaire if entry else None
        if answer == "submitted":
            continue
        recorded = f"recorded as {answer}" if answer else "none recorded"
        yield ctx.finding(pr.path, f"talent.{cycle}.questionnaire",
                          f"{pr.classification} must submit a talent questionnaire for {cycle} (due "
                          f"{questionnaire_due(talent).isoformat()}); {recorded}", record=pr.id)


def due(project):
    """The findings appear once this cycle's questionnaires are overdue."""
    return questionnaire_due(project.settings.talent)


RULE = Rule(code="HR402", name="questionnaire-missing", severity=Severity.ERROR, scope="org", doc=__doc__,
            check=check,
            reads=("profile.classification", "profile.talent.*.questionnaire", "profile.position",
                   "position.reports_to"),
            follows=("profile_position",), changes_on=due)
