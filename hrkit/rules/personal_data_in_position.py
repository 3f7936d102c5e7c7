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

import fnmatch
import re

from hrkit.findings import Severity
from hrkit.rules.base import Rule

# One cheap scan finds runs of digits and separators (a pattern that starts with a character
# class lets the regex engine skip ahead); each run is then classified on its own.
_CANDIDATE = re.compile(rb"[(0-9][-0-9 ().]{7,}[0-9]")
_SIN = re.compile(rb"([0-9]{3})([ -]?)([0-9]{3})\2([0-9]{3})")
_PHONE = re.compile(rb"(?:1[ .-]?)?(?:\([0-9]{3}\) ?|[0-9]{3}[ .-])[0-9]{3}[ .-][0-9]{4}")
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


def _email_allowed(privacy, address: str) -> bool:
    """A generic mailbox the organization lists under privacy.allowed_emails (globs)."""
    return any(fnmatch.fnmatch(address.lower(), pattern.lower()) for pattern in privacy.allowed_emails)


def check(record, ctx):
    data = record.raw
    privacy = ctx.project.settings.privacy
    hits: list[tuple[int, str]] = []
    for match in _CANDIDATE.finditer(data):
        run, offset = match[0], match.start()
        before = data[offset - 1:offset]
        sin = _SIN.fullmatch(run)
        if sin and before not in (b"$", b".", b",") and luhn_valid((sin[1] + sin[3] + sin[4]).decode()):
            line_start = data.rfind(b"\n", 0, offset) + 1
            if sin[2] or not _AMOUNT_KEY.search(data[line_start:offset]):  # not a dollar amount
                hits.append((offset, "a Social Insurance Number (9 digits passing the Luhn check)"))
        elif _PHONE.fullmatch(run) and before != b".":
            hits.append((offset, "a phone number"))
    if b"@" in data:
        for match in _EMAIL.finditer(data):
            if not _email_allowed(privacy, match[0].decode("utf-8", "replace")):
                hits.append((match.start(), "an e-mail address (allow generic mailboxes with "
                                            "privacy.allowed_emails in hrkit.yaml)"))
    for offset, what in sorted(hits):
        line, column = _place(data, offset)
        yield ctx.finding(record.path, None, f"position file holds {what}; personal information does not "
                          "belong in position records (the value is not shown)",
                          record=record.id, line=line, column=column)


RULE = Rule(code="HR501", name="personal-data-in-position", severity=Severity.ERROR, scope="record",
            doc=__doc__, check=check, applies_to=("position",))
