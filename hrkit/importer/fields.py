"""Turning a labelled piece of text into a field, the same way for both document shapes."""
from __future__ import annotations

import re

from hrkit.importer import repair
from hrkit.importer.document import LABELS, VERIFY, DirectReport, Issue, Value, WorkDescription, money_field

SECTIONS = (
    ("general_accountability", r"general accountabilit\w*"),
    ("nature_and_scope", r"nature (?:and|&) scope"),
    ("structure", r"(?:organi[sz]ation(?:al)? )?structure"),
    ("dimensions", r"dimensions"),
    ("specific_accountabilities", r"specific account\w*"),
    ("certification", r"certification"),
    ("details", r"position details|position identification|identification"),
)


def section_of(heading: str) -> str | None:
    words = " ".join(heading.lower().replace(":", " ").split())
    for name, pattern in SECTIONS:
        if re.fullmatch(pattern, words):
            return name
    return None


def header_field(wd: WorkDescription, label: str, raw: str) -> None:
    """Store one labelled header value (``Job code: IO3865``) in ``wd.fields``."""
    key = LABELS.get(" ".join(label.lower().split()))
    if key is None or key in wd.fields:
        return
    text = repair.clean_text(raw)
    if key in ("job_code", "position_number", "supervisor_number"):
        token = text.split(" ")[0] if text else ""
        if key == "position_number" and token.upper() in ("NEW", "TBD", "VACANT", "N/A"):
            wd.fields[key] = Value(token.upper())
            return
        read = repair.number(token) if token else None
        if read is None or not read[0].isdigit():
            if text:
                wd.issues.append(Issue(key, "not read", f"{label}: {text!r} is not a number"))
            return
        wd.fields[key] = Value(read[0], wd.read_as(token) if read[1] else None)
    elif key in ("classification", "supervisor_classification"):
        read = repair.classification(text)
        if read is None:
            if text:
                wd.issues.append(Issue(key, "not read", f"{label}: {text!r}"))
            return
        code, repaired, original = read
        wd.fields[key] = Value(code, wd.read_as(original) if repaired else None)
        if key == "classification" and re.search(r"\(\s*proposed\s*\)", text, re.IGNORECASE):
            wd.fields["classification_status"] = Value("proposed")
    elif key == "effective_date":
        day = repair.date(text)
        if day is None:
            wd.issues.append(Issue(key, "not stated" if not text else "not read",
                                   f"{label}: {text!r}" if text else f"{label} is blank"))
            return
        wd.fields[key] = Value(day)
    elif key == "location":
        if text:
            written = repair.location(text)
            wd.fields[key] = Value(written, f'the document says "{text}"' if written != text else None)
    elif key == "department":
        if text:
            short = repair.department(text)
            wd.fields[key] = Value(short, f'"{label}: {text}"' if short != text else None)
    elif text:
        wd.fields[key] = Value(text.rstrip(" .;"))


def dimension(wd: WorkDescription, label: str, raw: str, *, uncertain: str | None = None) -> None:
    """One dimension (``Salary: $2.96M``, ``FTE's: 175``) in whole dollars or FTEs."""
    words = " ".join(label.lower().split())
    if "fte" in words:
        read = repair.fte(raw.split(" ")[0]) if raw.strip() else None
        if read is None:
            wd.issues.append(Issue("dimensions.fte", "not read", f"{label}: {raw!r}"))
            return
        notes = [wd.read_as(raw.split(' ')[0]) if read[1] else None, uncertain]
        wd.dimensions.setdefault("fte", Value(read[0], _join(notes)))
        return
    name = money_field(words)
    amount = repair.money(raw)
    if name is None or amount is None:
        wd.issues.append(Issue("dimensions", "not read", f"{label}: {raw.strip()!r}"))
        return
    value, repaired, original = amount
    note = f'"{label}: {original}"' if not repaired else wd.read_as(original)
    wd.dimensions.setdefault(name, Value(value, _join([note, uncertain])))


def _join(notes: list[str | None]) -> str | None:
    kept = [n for n in notes if n]
    if not kept:
        return None
    body = "; ".join(n.removeprefix(VERIFY) for n in kept)
    return VERIFY + body if any(n.startswith(VERIFY) for n in kept) else body


def report_details(wd: WorkDescription, report: DirectReport, details: str) -> None:
    """``CS-O5, I6 FTEs`` (the parenthesis after a direct report's title)."""
    code = repair.classification(details)
    if code:
        report.classification = Value(code[0], wd.read_as(code[2]) if code[1] else None)
        details = details.replace(code[2], " ", 1)
    chars = repair.NUMBER_CHARS
    count = re.search(rf"(?<![A-Za-z0-9])([{chars}][{chars}.,]*)(?![A-Za-z0-9])(?=[^()]*FTE)", details)
    if count:
        read = repair.fte(count[1])
        if read is not None:
            report.fte = Value(read[0], wd.read_as(f"{count[1]} FTEs") if read[1] else None)
