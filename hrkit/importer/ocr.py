"""Work descriptions OCR'd from scans: plain text, ``LABEL:`` runs, upper-case section headings,
page footers, and often two columns run together.

Only what the text pins down is taken: a label's value up to the next label, numbered items in
sequence, amounts next to their labels. Where the columns are interleaved the text is kept as
read and marked for verification; nothing is reworded.
"""
from __future__ import annotations

import re

from hrkit.importer import fields as F
from hrkit.importer import repair
from hrkit.importer.document import LABELS, VERIFY, DirectReport, Issue, Value, WorkDescription

_HEADINGS = re.compile(r"\b(GENERAL ACCOUNTABILIT[A-Z]*|NATURE (?:AND|&) SCOPE|ORGANI[SZ]ATION(?:AL)? STRUCTURE"
                       r"|DIMENSIONS|SPECIFIC ACCOUNT[A-Z]*|CERTIFICATION)\b:?")
_LABEL = re.compile(r"(?<![A-Za-z/'])(" + "|".join(re.escape(k) for k in sorted(LABELS, key=len, reverse=True))
                    + r")\s*:", re.IGNORECASE)
_SIGNATURE = re.compile(r"\[?\s*\b(?:Signatory|Signature)\s*:")
COLUMNS = "columns run together in the scan"


def looks_like(text: str) -> bool:
    return bool(_HEADINGS.search(text))


def parse(text: str, document: str) -> WorkDescription:
    wd = WorkDescription(document, ocr=True)
    flat = _flatten(text)
    first = _HEADINGS.search(flat)
    header = flat[: first.start()] if first else flat
    labels = list(_LABEL.finditer(header))
    for this, following in zip(labels, [*labels[1:], None]):
        F.header_field(wd, this[1], header[this.end(): following.start() if following else len(header)])
    sections = _sections(flat)
    for key in ("general_accountability", "nature_and_scope"):
        if sections.get(key):
            setattr(wd, key, Value(repair.clean_ocr_text(sections[key]), f"{VERIFY}OCR text, not proofread"))
    structure = " ".join(sections.get(k, "") for k in ("structure", "dimensions"))
    _supervisor(wd, structure)
    _reports(wd, sections.get("structure") or sections.get("dimensions", ""))
    _dimensions(wd, sections.get("dimensions") or structure)
    _accountabilities(wd, _SIGNATURE.split(sections.get("specific_accountabilities", ""))[0])
    return wd


def _flatten(text: str) -> str:
    """One line of text: converter banners, repeated page footers and page numbers removed."""
    lines = [line for line in text.splitlines() if line.strip() and not re.fullmatch(r"\s*---.*---\s*", line)]
    footer = _common_suffix(lines)
    out = []
    for number, line in enumerate(lines, 1):
        if footer and line.rstrip().endswith(footer):
            line = line.rstrip()[: -len(footer)]
        page = re.match(r"^\s*(\S{1,3})\s", line)
        if number > 1 and page and re.sub(r"\D", "", page[1]) == str(number):
            line = line[page.end():]
        out.append(line)
    return " ".join(" ".join(out).split())


def _common_suffix(lines: list[str]) -> str:
    """A footer every page line ends with (``OG. Business Enablement and Services``)."""
    if len(lines) < 3:
        return ""
    ends = [line.rstrip() for line in lines]
    suffix = ends[0]
    for line in ends[1:]:
        while suffix and not line.endswith(suffix):
            suffix = suffix[1:]
    suffix = suffix[suffix.find(" ") + 1:] if " " in suffix else suffix
    return suffix if len(suffix) >= 12 else ""


def _sections(flat: str) -> dict[str, str]:
    out: dict[str, str] = {}
    marks = list(_HEADINGS.finditer(flat))
    for this, following in zip(marks, [*marks[1:], None]):
        name = F.section_of(this[1])
        if name and name not in out:
            out[name] = flat[this.end(): following.start() if following else len(flat)].strip()
    return out


def _supervisor(wd: WorkDescription, text: str) -> None:
    if "supervisor_title" in wd.fields:
        return
    match = re.search(r"\bReports to\s*:\s*(.+?)(?=\s+[A-Z][a-z]+\s*:|\s*\||$)", text)
    if match:
        wd.fields["supervisor_title"] = Value(repair.clean_text(match[1]).rstrip(" .;,"),
                                              f"{VERIFY}{COLUMNS}; check the title")


def _reports(wd: WorkDescription, text: str) -> None:
    """Direct reports, written ``EC-07 - Title (9 FTEs)`` or ``Title, (CS-05, 4 FTEs): description``."""
    codes = [m for m in repair.CODE.finditer(text) if repair.classification(m.group(0))]
    if not codes:
        return
    inside = [_in_parentheses(text, m.start()) for m in codes]
    if all(inside):
        _titled_reports(wd, text, codes)
    else:
        _coded_reports(wd, text, [m for m, p in zip(codes, inside) if not p])


def _in_parentheses(text: str, at: int) -> bool:
    """``(CS-O5, 4 FTEs)``: the code opens a parenthesis."""
    return text[:at].rstrip().endswith("(")


def _titled_reports(wd: WorkDescription, text: str, codes) -> None:
    starts, entries = [], []
    for match in codes:
        open_at = text.rfind("(", 0, match.start())
        close_at = text.find(")", match.end())
        lead = text[:open_at]
        cut = max(lead.rfind(". "), lead.rfind(": "))
        starts.append(cut + 2 if cut >= 0 else 0)
        entries.append((lead[cut + 2 if cut >= 0 else 0:], text[open_at + 1: close_at], close_at + 1))
    for index, (title, details, body_at) in enumerate(entries):
        end = starts[index + 1] if index + 1 < len(entries) else len(text)
        body = re.sub(r"^[\s,:;]*(?:accountable for\s*:)?\s*", "", text[body_at:end], flags=re.IGNORECASE)
        report = DirectReport(Value(repair.clean_text(title).strip(" ,;")),
                              description=repair.sentence(repair.clean_ocr_text(body)) or None)
        F.report_details(wd, report, details)
        wd.reports.append(report)


def _coded_reports(wd: WorkDescription, text: str, codes) -> None:
    for index, match in enumerate(codes):
        end = codes[index + 1].start() if index + 1 < len(codes) else len(text)
        entry = text[match.end(): end]
        title = re.split(r"\(|;|\.\s|\s\|", entry.lstrip(" -.:"), maxsplit=1)[0]
        report = DirectReport(Value(repair.clean_text(title).strip(" ,;:."), f"{VERIFY}{COLUMNS}; check the title"))
        count = re.search(r"\(([^()]*FTE[^()]*)\)", entry)
        F.report_details(wd, report, f"{match.group(0)} {count[1] if count else ''}")
        wd.reports.append(report)


def _dimensions(wd: WorkDescription, text: str) -> None:
    """FTEs and amounts of the position's own unit: the values before the second FTE count.
    Later groups describe a larger unit (the directorate, the organization) and are listed, not
    recorded."""
    counts = list(re.finditer(rf"FTE'?s?\s*:\s*([{repair.NUMBER_CHARS}][{repair.NUMBER_CHARS}.,]*)", text))
    if not counts:
        return
    own = text[: counts[1].start()] if len(counts) > 1 else text
    uncertain = f"{VERIFY}{COLUMNS}" if "|" in text or wd.reports and wd.reports[0].title.note else None
    F.dimension(wd, "FTEs", counts[0][1], uncertain=uncertain)
    position = counts[0].end()
    for amount in re.finditer(r"([A-Za-z&' ]*?(?:budget|salary|o&m|total)[A-Za-z&' ]*):\s*(\$?\s*[^\s;,]+(?:\s*(?:million|Million|M|K)\b)?)",
                              own[position:], re.IGNORECASE):
        label = own[position: position + amount.start(2)]
        F.dimension(wd, _label_words(label), amount[2], uncertain=uncertain)
    taken = {m.group(0) for m in re.finditer(r"\S+", own[position:]) if ":" in m.group(0)}
    for loose in re.finditer(rf"(?<![$:\w])([{repair.NUMBER_CHARS}][0-9OIlS.,]*[0-9O]\s*[KM])\b", own[position:]):
        if loose[1] not in taken and not own[position:][: loose.start()].rstrip().endswith(":"):
            wd.issues.append(Issue("dimensions", "not recorded", f"unlabelled amount {loose[1]!r}"))
    for index, later in enumerate(counts[1:], 1):
        end = counts[index + 1].start() if index + 1 < len(counts) else len(text)
        amounts = [m.group(0).strip() for m in repair.MONEY.finditer(text[later.end(): end]) if m[1] or m[3]]
        wd.issues.append(Issue("dimensions", "not recorded",
                               "a larger unit's figures: " + ", ".join([later.group(0), *amounts])))


def _label_words(label: str) -> str:
    words = re.sub(r"[^A-Za-z& ]", " ", label).lower()
    return " ".join(w for w in words.split() if w in ("salary", "o&m", "operating", "program", "budget", "total",
                                                      "and", "combined"))


def _accountabilities(wd: WorkDescription, text: str) -> None:
    """Items numbered 1, 2, 3...; an OCR'd number (``I,`` for 1., ``8.`` for 6.) is accepted in
    sequence, and a number skipped by the scan splits the item before it at a sentence."""
    marks = list(re.finditer(r"(?:^|(?<=[\s;.]))([0-9]{1,2}|[Il])[.,]\s+(?=[A-Z>])", text))
    items: list[tuple[int, int, str]] = []  # (number, start of text, number as read)
    expected = 1
    for mark in marks:
        read = repair.integer(mark[1])
        if read is None:
            continue
        number = read[0]
        if number == expected or (number == expected + 1 and items):
            items.append((number, mark.end(), mark.group(0).strip()))
            expected = number + 1
        elif items and _confusable(number, expected):
            items.append((expected, mark.end(), mark.group(0).strip()))
            wd.issues.append(Issue("specific_accountabilities", "repaired",
                                   f'item {expected} is numbered "{mark.group(0).strip()}" in the scan'))
            expected += 1
    if not items:
        return
    texts = []
    for index, (number, start, read_as) in enumerate(items):
        end = marks_start(text, items, index)
        texts.append((number, repair.clean_ocr_text(text[start:end]), read_as))
    out: list[Value] = []
    for number, body, read_as in texts:
        if out and number > len(out) + 1:
            head, _, tail = _split_sentence(out[-1].value)
            if tail:
                out[-1] = Value(head, out[-1].note)
                out.append(Value(tail, f"{VERIFY}item {len(out) + 1}'s number is missing in the scan; split here"))
                wd.issues.append(Issue("specific_accountabilities", "guessed",
                                       f"item {len(out)} has no number in the scan; split at a sentence"))
        note = f"{VERIFY}{COLUMNS}" if "> " in body or "|" in body else None
        if not re.fullmatch(r"[0-9]+[.,]", read_as) or read_as.rstrip(".,") != str(number):
            note = f'{VERIFY}OCR numbered it "{read_as}"' + (f"; {COLUMNS}" if note else "")
        out.append(Value(repair.sentence(body), note))
    wd.specific_accountabilities = out


def marks_start(text: str, items: list[tuple[int, int, str]], index: int) -> int:
    if index + 1 >= len(items):
        return len(text)
    following = items[index + 1]
    return following[1] - len(following[2]) - 1


def _confusable(read: int, expected: int) -> bool:
    pairs = {("8", "6"), ("8", "3"), ("6", "8"), ("3", "8"), ("5", "6"), ("6", "5"), ("1", "7"), ("7", "1")}
    return (str(read)[-1], str(expected)[-1]) in pairs and len(str(read)) == len(str(expected))


def _split_sentence(text: str) -> tuple[str, str, str]:
    match = list(re.finditer(r"\.\s+(?=[A-Z])", text))
    if not match:
        return text, "", ""
    last = match[-1]
    return text[: last.start() + 1], ".", text[last.end():]
