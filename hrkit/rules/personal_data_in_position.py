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

from hrkit.model.findings import Severity
from hrkit.rules.base import Rule

# One cheap scan finds whole runs of digits and separators (a run ends at the first other byte,
# so the scan is linear whatever the text); each run, trimmed to start at a digit or "(" and end
# at a digit, is then classified on its own. Every pattern here is linear in the record's size:
# a position file is text anyone can write.
_RUN = re.compile(rb"[-0-9 ().]{9,}")
_SIN = re.compile(rb"([0-9]{3})([ -]?)([0-9]{3})\2([0-9]{3})")
_PHONE = re.compile(rb"(?:1[ .-]?)?(?:\([0-9]{3}\) ?|[0-9]{3}[ .-])[0-9]{3}[ .-][0-9]{4}")
_EMAIL = re.compile(rb"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,63}")
"""RFC 5321's limits (64 before the @, labels of 63) bound how far a failing match looks."""
_AMOUNT_KEYS = tuple(k + b":" for k in (b"fte", b"salary", b"o_and_m", b"total", b"operating_budget",
                                        b"program_budget"))
_BLANK = b" \t\r\f\v"


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        d = int(char) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _candidates(data: bytes):
    """(offset, run) of each stretch of digits and separators that starts with a digit or "("
    and ends with a digit, nine bytes or more."""
    for match in _RUN.finditer(data):
        run = match[0]
        start = len(run) - len(run.lstrip(b"- .)"))
        end = len(run.rstrip(b"- ().")) if start < len(run) else start
        if end - start >= 9:
            yield match.start() + start, run[start:end]


def _after_amount_key(data: bytes, line_start: int, offset: int) -> bool:
    """Whether the value at ``offset`` follows a dollar or FTE key on its line (``salary: ``)."""
    end = offset
    while end > line_start and data[end - 1] in _BLANK:
        end -= 1
    return any(data.endswith(key, line_start, end) for key in _AMOUNT_KEYS)


def _placed(data: bytes, offsets: list[int]):
    """(line, column) of each of the sorted ``offsets``, in one pass over the text."""
    line, line_start, last, column = 1, 0, 0, 1
    for offset in offsets:
        newlines = data.count(b"\n", last, offset)
        if newlines:
            line += newlines
            line_start = data.rfind(b"\n", last, offset) + 1
            last, column = line_start, 1
        column += len(data[last:offset].decode("utf-8", "replace"))
        last = offset
        yield line, column


def _email_allowed(privacy, address: str) -> bool:
    """A generic mailbox the organization lists under privacy.allowed_emails (globs)."""
    return any(fnmatch.fnmatch(address.lower(), pattern.lower()) for pattern in privacy.allowed_emails)


def check(record, ctx):
    data = record.raw
    privacy = ctx.project.settings.privacy
    hits: list[tuple[int, str]] = []
    line_start = last = 0
    for offset, run in _candidates(data):
        line_start, last = max(line_start, data.rfind(b"\n", last, offset) + 1), offset
        before = data[offset - 1:offset]
        sin = _SIN.fullmatch(run)
        if sin and before not in (b"$", b".", b",") and luhn_valid((sin[1] + sin[3] + sin[4]).decode()):
            if sin[2] or not _after_amount_key(data, line_start, offset):  # not a dollar amount
                hits.append((offset, "a Social Insurance Number (9 digits passing the Luhn check)"))
        elif _PHONE.fullmatch(run) and before != b".":
            hits.append((offset, "a phone number"))
    if b"@" in data:
        for match in _EMAIL.finditer(data):
            if not _email_allowed(privacy, match[0].decode("utf-8", "replace")):
                hits.append((match.start(), "an e-mail address (allow generic mailboxes with "
                                            "privacy.allowed_emails in hrkit.yaml)"))
    hits.sort()
    for (_, what), (line, column) in zip(hits, _placed(data, [offset for offset, _ in hits])):
        yield ctx.finding(record.path, None, f"position file holds {what}; personal information does not "
                          "belong in position records (the value is not shown)",
                          record=record.id, line=line, column=column)


RULE = Rule(code="HR501", name="personal-data-in-position", severity=Severity.ERROR, scope="record",
            doc=__doc__, check=check, applies_to=("position",))
