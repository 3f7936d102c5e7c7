"""An inline suppression gives no reason.

`# hrkit: ignore[CODE] reason` accepts a finding on purpose, and the reason is what the next
reviewer and the auditor read: a bare `ignore` hides a problem without saying why. Such a
comment suppresses nothing.

Fails:

```yaml
dimensions:
  fte: 31  # hrkit: ignore[HR302]
```

Passes:

```yaml
dimensions:
  fte: 31  # hrkit: ignore[HR302] the work description states 31; reports hold 50
```
"""
from collections.abc import Iterator

from hrkit.model.findings import Finding, Severity
from hrkit.rules.base import Context, Rule
from hrkit.check.suppress import Suppressions


def check_text(suppressions: Suppressions, rf, ctx: Context) -> Iterator[Finding]:
    for line, column in suppressions.missing_reason:
        yield ctx.finding(rf.path, None, "suppression comment needs a code and a reason: "
                          "'# hrkit: ignore[CODE] why this is accepted'",
                          record=rf.stem, line=line, column=column)


RULE = Rule(code="HR007", name="suppression-without-reason", severity=Severity.ERROR, scope="file", doc=__doc__)
