"""A position file holds personal information: a Social Insurance Number, an e-mail address or
a phone number.

Positions are posts, not people: their files are read by many more people than profiles are,
copied into pull requests and CI logs, and kept forever in Git history, where removing a value
means rewriting every clone. A SIN is 9 digits passing the Luhn check, written `046 454 286`,
`046-454-286` or `046454286`; an e-mail address is reported unless it matches
`privacy.allowed_emails` in hrkit.yaml (for generic mailboxes); a phone number is a North
American number with separators. The value itself is never printed.

Fails:

```yaml
general_accountability: Contact Alex at alex.tremblay@example.ca or 613-555-0199.
```

Passes:

```yaml
general_accountability: Contact the Executive Services mailbox.
```
"""
from __future__ import annotations

import re

from hrkit.findings import Severity
from hrkit.rules.base import Rule

_SIN = re.compile(rb"(?<![\d$.,/-])(\d{3})([ -]?)(\d{3})\2(\d{3})(?![\d,/]|\.\d|-\d)")
_PHONE = re.compile(rb"(?<![\d.-])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d-])")
_EMAIL = re.compile(rb"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_AMOUNT_KEY = re.compile(rb"(?:fte|salary|o_and_m|total|operating_budget|program_budget):\s*$")


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        d = int(char) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _place(data: bytes, offset: int) -> tuple[int, int]:
    start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, len(data[start:offset].decode("utf-8", "replace")) + 1


def check(record, ctx):
    data = record.raw
    privacy = ctx.project.settings.privacy
    hits: list[tuple[int, str]] = []
    for match in _SIN.finditer(data):
        if not luhn_valid((match[1] + match[3] + match[4]).decode()):
            continue
        line_start = data.rfind(b"\n", 0, match.start()) + 1
        if not match[2] and _AMOUNT_KEY.search(data[line_start:match.start()]):
            continue  # a dollar amount, not a SIN
        hits.append((match.start(), "a Social Insurance Number (9 digits passing the Luhn check)"))
    if b"@" in data:
        for match in _EMAIL.finditer(data):
            if not privacy.email_allowed(match[0].decode("utf-8", "replace")):
                hits.append((match.start(), "an e-mail address (allow generic mailboxes with "
                                            "privacy.allowed_emails in hrkit.yaml)"))
    for match in _PHONE.finditer(data):
        hits.append((match.start(), "a phone number"))
    for offset, what in sorted(hits):
        line, column = _place(data, offset)
        yield ctx.finding(record.path, None, f"position file holds {what}; personal information does not "
                          "belong in position records (the value is not shown)",
                          record=record.id, line=line, column=column)


RULE = Rule(code="HR501", name="personal-data-in-position", severity=Severity.ERROR, scope="record",
            doc=__doc__, check=check, applies_to=("position",))
