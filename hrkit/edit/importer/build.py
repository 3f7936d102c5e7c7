"""From what a work description says to position records: the position itself, its direct
reports, and its supervisor when the document gives the supervisor's number and no record has it."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from hrkit.edit.importer.document import VERIFY, DirectReport, Issue, Value, WorkDescription

TITLE_LEVELS = (
    (r"senior assistant deputy minister\b", "EX-05"),
    (r"(?:associate )?assistant deputy minister\b", "EX-04"),
    (r"director general\b", "EX-03"),
    (r"executive director\b", "EX-02"),
    (r"director\b(?!\s+general)", "EX-01"),
)
"""Executive titles and the level they usually carry: a guess, always marked for verification."""


@dataclass
class Known:
    """A position already in the repository (or planned earlier in this import)."""

    id: str
    title: str | None
    reports_to: str | None
    department: str | None
    classification: str | None


@dataclass
class Imported:
    id: str
    fields: dict[str, object]
    header: list[str]
    issues: list[Issue] = field(default_factory=list)
    kind: str = "position"  # position, report or supervisor


def guess_level(title: str) -> str | None:
    for pattern, code in TITLE_LEVELS:
        if re.match(pattern, title.strip(), re.IGNORECASE):
            return code
    return None


def _same_title(a: str | None, b: str | None) -> bool:
    return bool(a and b) and " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def build(wd: WorkDescription, known: dict[str, Known], *, department: str | None,
          effective_date: _dt.date | None) -> list[Imported]:
    f = wd.fields
    issues = list(wd.issues)
    job = f.get("job_code")
    number = f.get("position_number")
    provisional = number is None or number.value in ("NEW", "TBD", "VACANT", "N/A")
    prefix = "NEW" if number is not None and number.value == "NEW" else "TBD"
    if not provisional:
        record_id = number.value
    elif job is not None:
        record_id = f"{prefix}-{job.value}"
    else:
        record_id = f"{prefix}-" + re.sub(r"[^A-Za-z0-9]+", "-", wd.document.rsplit(".", 1)[0]).strip("-")[:40]
        issues.append(Issue("id", "guessed", "no position number or job code; id made from the file name"))
    fields: dict[str, object] = {"id": Value(record_id, f"{VERIFY}provisional: the position number is "
                                                        f"{number.value if number else 'not stated'}"
                                             if provisional else number.note)}
    title = f.get("title") or Value(None, f"{VERIFY}no title in the document")
    if title.value is None:
        issues.append(Issue("title", "not read", "no title in the document"))
    fields["title"] = title
    if job is not None:
        fields["job_code"] = job
    classification = f.get("classification")
    if classification is None:
        classification = _guessed_level(title.value, issues, "classification")
    fields["classification"] = classification
    if "classification_status" in f:
        fields["classification_status"] = f["classification_status"]
    status = "proposed" if number is not None and number.value == "NEW" else "active"
    fields["status"] = Value(status, 'position number "NEW"' if status == "proposed" else None,
                             stated=status == "proposed")
    fields["effective_date"] = _date(f.get("effective_date"), effective_date, issues, "effective_date")
    fields["department"] = _department(f.get("department"), department, issues)
    for key in ("branch", "directorate", "division", "location"):
        if key in f:
            fields[key] = f[key]
    supervisor_id = _reports_to(wd, known, fields, issues)
    supervisor = {k: f[f"supervisor_{k}"] for k in ("title", "classification") if f"supervisor_{k}" in f}
    if supervisor:
        fields["supervisor"] = supervisor
    fields["incumbent"] = Value(None, stated=False)
    if wd.dimensions:
        fields["dimensions"] = dict(wd.dimensions)
    for key in ("general_accountability", "nature_and_scope"):
        if getattr(wd, key) is not None:
            fields[key] = getattr(wd, key)
    if wd.specific_accountabilities:
        fields["specific_accountabilities"] = Value(list(wd.specific_accountabilities))
    fields["source"] = {"document": Value(wd.document), "ocr": Value(wd.ocr)}
    header = [f"Imported by hrkit from {wd.document}" + (" (OCR text)" if wd.ocr else "")
              + '; values marked "hrkit: verify" were repaired or guessed.']
    main = Imported(record_id, fields, header, [_on(record_id, i) for i in issues])
    records = [main]
    known[record_id] = Known(record_id, title.value, supervisor_id, fields["department"].value,
                             classification.value)
    records.extend(_reports(wd, main, known))
    stub = _supervisor_stub(wd, main, known)
    if stub:
        records.append(stub)
    return records


def _on(record_id: str, issue: Issue) -> Issue:
    return Issue(f"{record_id} {issue.where}", issue.what, issue.detail)


def _guessed_level(title: str | None, issues: list[Issue], where: str) -> Value:
    level = guess_level(title or "")
    if level:
        issues.append(Issue(where, "guessed", f"not stated; {level} from the title {title!r}"))
        return Value(level, f"{VERIFY}not stated; {level} guessed from the title", stated=False)
    issues.append(Issue(where, "not stated", "the document states no classification"))
    return Value(None, f"{VERIFY}not stated in the document", stated=False)


def _date(stated: Value | None, fallback: _dt.date | None, issues: list[Issue], where: str) -> Value:
    if stated is not None:
        return stated
    if fallback is not None:
        return Value(fallback, f"{VERIFY}not stated; --effective-date used", stated=False)
    issues.append(Issue(where, "not stated", "no effective date (give --effective-date)"))
    return Value(None, f"{VERIFY}not stated in the document", stated=False)


def _department(stated: Value | None, option: str | None, issues: list[Issue]) -> Value:
    if stated is not None:
        return stated
    if option:
        return Value(option, None, stated=False)
    issues.append(Issue("department", "not stated", "no department (give --department)"))
    return Value(None, f"{VERIFY}not stated in the document", stated=False)


def _reports_to(wd: WorkDescription, known: dict[str, Known], fields: dict, issues: list[Issue]) -> str | None:
    """The supervisor's number when stated; else the one position whose title is the stated
    supervisor title, in the same department (a guess, marked)."""
    number = wd.fields.get("supervisor_number")
    if number is not None:
        fields["reports_to"] = number
        return number.value
    title = wd.fields.get("supervisor_title")
    if title is None:
        issues.append(Issue("reports_to", "not stated", "the document names no supervisor"))
        return None
    department = fields["department"].value
    matches = [k for k in known.values() if _same_title(k.title, title.value)
               and (department is None or k.department in (None, department))]
    if len(matches) == 1:
        fields["reports_to"] = Value(matches[0].id, f'{VERIFY}found by the supervisor\'s title "{title.value}"',
                                     stated=False)
        issues.append(Issue("reports_to", "guessed", f"{matches[0].id}, the only position titled {title.value!r}"))
        return matches[0].id
    issues.append(Issue("reports_to", "not stated",
                        f"the supervisor's position number is not given ({title.value!r})"))
    return None


def _reports(wd: WorkDescription, main: Imported, known: dict[str, Known]) -> list[Imported]:
    out = []
    taken = {k.id for k in known.values()}
    number = 0
    for report in wd.reports:
        existing = next((k for k in known.values() if k.reports_to == main.id and _same_title(k.title,
                                                                                              report.title.value)
                         and not (report.positions > 1 and k.id.startswith(f"{main.id}-R"))), None)
        # a report listed twice is one ("3 x PM-04": the three positions counted together are three)
        if existing is not None:
            main.issues.append(Issue(main.id, "not recorded",
                                     f"direct report {report.title.value!r} is already {existing.id}"))
            continue
        number += 1
        while f"{main.id}-R{number}" in taken:
            number += 1
        out.append(_report_record(wd, main, report, f"{main.id}-R{number}", known))
    return out


def _report_record(wd: WorkDescription, main: Imported, report: DirectReport, record_id: str,
                   known: dict[str, Known]) -> Imported:
    f = main.fields
    issues: list[Issue] = []
    fields: dict[str, object] = {"id": Value(record_id, f"{VERIFY}provisional id: a direct report named in "
                                                        f"{wd.document}", stated=False)}
    fields["title"] = report.title
    fields["classification"] = report.classification or _guessed_level(report.title.value, issues,
                                                                       "classification")
    status = f["status"].value
    fields["status"] = Value(status, f"as its supervisor, {main.id}" if status == "proposed" else None,
                             stated=False)
    date = f["effective_date"]
    fields["effective_date"] = Value(date.value, f"{VERIFY}not stated; the date of {main.id} used"
                                     if date.value is not None else date.note, stated=False)
    for key in ("department", "branch", "directorate", "division"):
        if key in f:
            fields[key] = Value(f[key].value, stated=False)
    fields["reports_to"] = Value(main.id)
    fields["supervisor"] = {"title": Value(f["title"].value), "classification": Value(f["classification"].value)}
    fields["incumbent"] = Value(None, stated=False)
    if report.fte is not None:
        fields["dimensions"] = {"fte": report.fte}
    if report.description:
        fields["general_accountability"] = Value(report.description,
                                                 f"{VERIFY}OCR text, not proofread" if wd.ocr else None)
    fields["source"] = {"document": Value(wd.document), "ocr": Value(wd.ocr)}
    header = [f"Imported by hrkit from {wd.document}: a direct report of {main.id} named in the document."]
    known[record_id] = Known(record_id, report.title.value, main.id, f["department"].value,
                             fields["classification"].value)
    return Imported(record_id, fields, header, [_on(record_id, i) for i in issues], kind="report")


def _supervisor_stub(wd: WorkDescription, main: Imported, known: dict[str, Known]) -> Imported | None:
    """The supervisor's record, when the document gives its number, title and classification
    and the repository has no record with that number."""
    f = wd.fields
    number = f.get("supervisor_number")
    title = f.get("supervisor_title")
    if number is None or number.value in known or title is None:
        return None
    m = main.fields
    fields: dict[str, object] = {"id": number, "title": title}
    fields["classification"] = f.get("supervisor_classification") or _guessed_level(title.value, [], "")
    fields["status"] = Value("active", stated=False)
    date = m["effective_date"]
    fields["effective_date"] = Value(date.value, f"{VERIFY}not stated; the date of {wd.document} used"
                                     if date.value is not None else date.note, stated=False)
    for key in ("department", "branch"):
        if key in m:
            fields[key] = Value(m[key].value, stated=False)
    directorate = m.get("directorate")
    if directorate is not None and title.value.endswith(f", {directorate.value}"):
        fields["directorate"] = Value(directorate.value, stated=False)
    fields["incumbent"] = Value(None, stated=False)
    fields["source"] = {"document": Value(wd.document), "ocr": Value(wd.ocr)}
    header = [f"Imported by hrkit from {wd.document}: the supervisor of {main.id}, whose number, title and",
              "classification the document states; nothing else about it is in the document."]
    known[number.value] = Known(number.value, title.value, None, m["department"].value,
                                fields["classification"].value)
    issue = Issue(f"{number.value} reports_to", "not stated", f"supervisor record created from {wd.document}; "
                  "its own supervisor is unknown")
    return Imported(number.value, fields, header, [issue], kind="supervisor")
