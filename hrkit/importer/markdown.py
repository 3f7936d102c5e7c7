"""Work descriptions converted to Markdown: ``**Field:** value`` bullets and headed sections."""
from __future__ import annotations

import re

from hrkit.importer import fields as F
from hrkit.importer.document import DirectReport, Value, WorkDescription
from hrkit.importer.repair import clean_text, sentence

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BOLD_ITEM = re.compile(r"^\s*[*+-]\s+\*\*(.+?)\*\*\s*:?\s*(.*)$")
_BULLET = re.compile(r"^\s*[*+-]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*[0-9]+[.)]\s+(.*)$")


def looks_like(text: str) -> bool:
    return bool(re.search(r"^\s*[*+-]\s+\*\*[^*]+:\*\*", text, re.MULTILINE)
                or re.search(r"^#{1,6}\s+\S", text, re.MULTILINE))


def parse(text: str, document: str) -> WorkDescription:
    wd = WorkDescription(document, ocr=False)
    sections: dict[str, list[str]] = {}
    current = "details"
    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading:
            current = F.section_of(heading[2]) or (current if len(heading[1]) > 2 else "other")
            sections.setdefault(current, [])
            continue
        sections.setdefault(current, []).append(line)
    for name in ("details", "other"):
        for line in sections.get(name, []):
            item = _BOLD_ITEM.match(line)
            if item:
                F.header_field(wd, item[1].rstrip(":"), item[2])
    for line in sections.get("dimensions", []):
        item = _BOLD_ITEM.match(line)
        if item:
            F.dimension(wd, item[1].rstrip(":"), item[2])
    for line in sections.get("structure", []):
        item = _BOLD_ITEM.match(line)
        if item:
            wd.reports.append(_report(wd, item[1].rstrip(":"), item[2]))
    for key in ("general_accountability", "nature_and_scope"):
        if sections.get(key):
            body = _prose(sections[key])
            if body:
                setattr(wd, key, Value(body))
    wd.specific_accountabilities = [Value(sentence(clean_text(m[1])))
                                    for m in map(_NUMBERED.match, sections.get("specific_accountabilities", [])) if m]
    return wd


def _report(wd: WorkDescription, label: str, description: str) -> DirectReport:
    """``Assistant Director, Executive Services (21 FTEs)`` and its one-line description."""
    title, details = label, ""
    parens = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", label)
    if parens:
        title, details = parens[1], parens[2]
    report = DirectReport(Value(clean_text(title)), description=sentence(clean_text(description)) or None)
    F.report_details(wd, report, details)
    return report


def _prose(lines: list[str]) -> str:
    """Paragraphs, one per line of the value; a lead-in ending in ':' takes the bullets that
    follow it into one sentence (``This includes: a; b; and c.``)."""
    paragraphs: list[str] = []
    bullets: list[str] = []
    buffer: list[str] = []

    def flush_buffer() -> None:
        if buffer:
            paragraphs.append(clean_text(" ".join(buffer)))
            buffer.clear()

    def flush_bullets() -> None:
        if not bullets:
            return
        items = [_lower_first(b.rstrip(".;").strip()) for b in bullets]
        joined = "; ".join(items[:-1]) + ("; and " if len(items) > 1 else "") + items[-1] + "."
        if paragraphs and paragraphs[-1].endswith(":"):
            paragraphs[-1] = f"{paragraphs[-1]} {joined}"
        else:
            paragraphs.append(sentence(joined))
        bullets.clear()

    for line in lines:
        bullet = _BULLET.match(line)
        if bullet:
            flush_buffer()
            bullets.append(clean_text(bullet[1]))
        elif line.strip():
            flush_bullets()
            buffer.append(line.strip())
        else:
            flush_buffer()
    flush_buffer()
    flush_bullets()
    return "\n".join(paragraphs)


def _lower_first(text: str) -> str:
    """``Developing strategies`` -> ``developing strategies``; ``CLMI tools`` stays."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text
