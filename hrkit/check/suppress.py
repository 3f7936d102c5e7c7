"""Inline suppressions: ``# hrkit: ignore[HR302] <reason>`` on a field's line, or before the
first key for the whole file. The reason is mandatory; without one the comment suppresses
nothing and HR007 says so."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

MARKER = b"hrkit:"
_COMMENT = re.compile(r"#\s*hrkit:\s*ignore\b(?:\[([A-Za-z0-9_, -]*)\])?\s*(.*)$")


@dataclass(slots=True)
class Suppressions:
    by_line: dict[int, dict[str, str]] = field(default_factory=dict)
    whole_file: dict[str, str] = field(default_factory=dict)
    missing_reason: list[tuple[int, int]] = field(default_factory=list)

    def reason_for(self, code: str, line: int) -> str | None:
        return self.by_line.get(line, {}).get(code) or self.whole_file.get(code)


def parse_suppressions(data: bytes) -> Suppressions:
    found = Suppressions()
    if MARKER not in data:
        return found
    in_header = True
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        stripped = line.strip()
        if in_header and stripped and not stripped.startswith("#") and stripped != "---":
            in_header = False
        match = _COMMENT.search(line)
        if not match:
            continue
        codes = [c.strip().upper() for c in (match[1] or "").split(",") if c.strip()]
        reason = match[2].strip()
        if not reason or not codes:
            found.missing_reason.append((number, match.start() + 1))
            continue
        target = found.whole_file if in_header else found.by_line.setdefault(number, {})
        for code in codes:
            target[code] = reason
    return found
