"""The forms of the twelfth blind corpus, and what a careful reader takes from each.

A form builder turns a position (positions_blind.py) and a document's spec (documents_blind.py)
into blocks (render_blind.py). Every value it prints goes through a ``Writer``, which records it as
the ground truth, so the truth is exactly what the document states:

* A: the ESDC "Job Description" (seed 000): Position Details fields, supervisor as fields.
* B: the "Job Description" of seed 001: Structure in prose, FTE's / Operating / Program Budget.
* C: "EXECUTIVE WORK DESCRIPTION" (seed 003): a header of CAPITAL fields, two columns on page 2.
* D: "EXECUTIVE GROUP POSITION DESCRIPTION" (seed 004): REPORTS TO, reports in prose, footers.
* E: the Client Service Results template: Position Identification grid, Key Activities.
* F: the French EX form: DESCRIPTION DE TRAVAIL, Responsabilités générales ... spécifiques.
* G: the French Client Service Results template: Résultats axés sur le service à la clientèle.
* H: a bilingual form: both languages' labels, each section in two columns.
"""
from __future__ import annotations

from decimal import Decimal

from positions_blind import CONTEXT, DEPARTMENTS, PROVINCES

MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"],
          "abbr": ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]}


def date_text(iso: str, style: str) -> str:
    year, month, day = (int(part) for part in iso.split("-"))
    return {"long": f"{MONTHS['en'][month - 1]} {day}, {year}",
            "dmy": f"{day} {MONTHS['en'][month - 1]} {year}",
            "abbr": f"{MONTHS['abbr'][month - 1]} {day}, {year}",
            "iso": iso,
            "slash": f"{year}/{month:02d}/{day:02d}",
            "fr_long": f"{'1er' if day == 1 else day} {MONTHS['fr'][month - 1]} {year}"}[style]


def _number(value: Decimal, french: bool) -> str:
    text = format(value.normalize(), "f")
    return text.replace(".", ",") if french else text


def money_text(amount: int, style: str) -> str:
    """An amount as the document writes it: $2.96M, $71K, $2,960,000, $23 million, 2,96 M$ ..."""
    french = style.startswith("fr")
    unit = [(10 ** 9, "B"), (10 ** 6, "M"), (10 ** 3, "K")]
    scale, letter = next(((s, l) for s, l in unit if amount >= s and (amount * 1000) % s == 0), (1, ""))
    scaled = _number(Decimal(amount) / scale, french)
    grouped = f"{amount:,}"
    if style == "full":
        return f"${grouped}"
    if style == "fr_full":
        return grouped.replace(",", " ") + " $"
    if letter == "B":
        return f"{scaled} milliard{'s' if Decimal(amount) >= 2 * 10 ** 9 else ''} de dollars" if french \
            else f"${scaled} billion"
    if style == "M":
        return f"${scaled}{letter}"
    if style == "M_space":
        return f"${scaled} {letter}"
    if style == "bare_M":
        return f"{scaled}{letter}"
    if style == "million":
        return f"${scaled} million" if letter == "M" else f"${grouped}"
    if style == "fr_M":
        return f"{scaled} {'M$' if letter == 'M' else 'k$'}"
    raise ValueError(style)


def fte_text(count: int, lang: str) -> str:
    return f"{count:,}".replace(",", " " if lang == "fr" else ",")


class Writer:
    """Prints a position's values as one document does, and records each as the ground truth."""

    def __init__(self, position: dict, spec: dict):
        self.p = {**position, **spec.get("override", {})}
        self.s = spec
        self.lang = spec["lang"]
        self.truth = {"title": None, "classification": None, "job_code": None, "position_number": None,
                      "effective_date": None,
                      "supervisor": {"position_number": None, "title": None, "classification": None},
                      "direct_reports": [], "salary": None, "o_and_m": None, "total": None, "location": None}
        self.also = {"fte": None, "operating_budget": None, "program_budget": None, "provisional_number": None}
        self.people: list[str] = []

    # --- recording ---

    def _record(self, table: dict, key: str, value) -> None:
        if table[key] is None:
            table[key] = value
        elif table[key] != value:
            raise ValueError(f"{self.s['file']}: {key} printed as {table[key]!r} and {value!r}")

    def _truth_text(self, value):
        if isinstance(value, dict) and self.lang == "bi":
            return [value["en"], value["fr"]]
        return self.t(value)

    def t(self, value, lang: str | None = None) -> str:
        """A text in the document's language (English for a bilingual form, unless asked)."""
        lang = lang or self.lang
        if isinstance(value, dict):
            return value["en" if lang == "bi" else lang]
        return value

    def text(self, key: str, lang: str | None = None):
        """A section of the position (a text or a list of texts) in the document's language."""
        value = self.p.get(key)
        if value is None:
            return None
        value = self.t(value, lang)
        lang_key = lang or ("en" if self.lang == "bi" else self.lang)
        context = CONTEXT.get(self.p["dept"], {}).get(lang_key)
        if key == "ns" and context:
            value = [context] + list(value)
        return value

    # --- the position's own values ---

    def title(self, lang: str | None = None) -> str:
        self._record(self.truth, "title", self._truth_text(self.p["title"]))
        return self.t(self.p["title"], lang)

    def body_title(self, lang: str | None = None) -> str:
        """The name the body uses (seed 004's title disagreeing with its header)."""
        return self.p.get("body_title") or self.t(self.p["title"], lang)

    def classification(self, lang: str = "en") -> str:
        self._record(self.truth, "classification", self.p["cls"])
        text = self.p["cls"].replace("-0", "-O") if self.s.get("cls_typo") else self.p["cls"]
        if self.p.get("proposed"):
            text += " (proposé)" if lang == "fr" else " (Proposed)"
        return text

    def job_code(self) -> str | None:
        if self.p.get("job_code"):
            self._record(self.truth, "job_code", self.p["job_code"])
        return self.p.get("job_code")

    def number(self) -> str | None:
        if self.p.get("number"):
            self._record(self.truth, "position_number", self.p["number"])
            return self.p["number"]
        if self.p.get("provisional"):
            self._record(self.also, "provisional_number", self.p["provisional"])
        return self.p.get("provisional")

    def date(self) -> str:
        if not self.p.get("effective") or self.s.get("date") is None:
            return ""
        self._record(self.truth, "effective_date", self.p["effective"])
        return date_text(self.p["effective"], self.s["date"])

    def location(self, lang: str | None = None) -> str | None:
        style = self.s.get("loc")
        if not style:
            return None
        lang = "en" if (lang or self.lang) == "bi" else (lang or self.lang)
        city, code = self.t(self.p["city"], lang), self.p["province"]
        province = PROVINCES[code][lang]
        text = {"city": city, "city_prov": f"{city}, {province}", "city_paren": f"{city} ({province})",
                "city_code": f"{city}, {code}", "short": f"{city}, {PROVINCES[code]['short']}"}[style]
        self._record(self.truth, "location", [city, f"{city}, {province}"] if style == "city"
                     else f"{city}, {PROVINCES[code]['en' if style in ('city_code', 'short') else lang]}")
        return text

    def department(self, lang: str | None = None) -> str:
        return DEPARTMENTS[self.p["dept"]][lang or ("en" if self.lang == "bi" else self.lang)]

    def abbr(self, lang: str = "en") -> str:
        return DEPARTMENTS[self.p["dept"]]["abbr"][lang]

    def branch(self, lang: str | None = None) -> str:
        return self.t(self.p["branch"], lang)

    def directorate(self, lang: str | None = None) -> str:
        return self.t(self.p["directorate"], lang)

    # --- the supervisor ---

    def sup_number(self) -> str | None:
        number = self.p["sup"]["number"]
        if number and "sup_number" not in self.s.get("drop", ()):
            self._record(self.truth["supervisor"], "position_number", number)
            return number
        return None

    def sup_title(self, lang: str | None = None) -> str:
        self._record(self.truth["supervisor"], "title", self._truth_text(self.p["sup"]["title"]))
        return self.t(self.p["sup"]["title"], lang)

    def sup_cls(self) -> str | None:
        cls = self.p["sup"]["cls"]
        if cls and "sup_cls" not in self.s.get("drop", ()):
            self._record(self.truth["supervisor"], "classification", cls)
            return cls.replace("-0", "-O") if self.s.get("cls_typo") else cls
        return None

    # --- direct reports ---

    def reports(self, mode: str, lang: str | None = None) -> list[tuple[str, str]]:
        """(lead, duties) of each report; the lead prints what ``mode`` asks and the report has:
        title, classification, FTEs (cls_fte, fte, cls, title; code_first puts the group first)."""
        lang = lang or self.lang
        fte_word = "ETP" if lang == "fr" else "FTEs"
        out = []
        for n, report in enumerate(self.p["reports"]):
            title = self.t(report["title"], lang)
            cls = report["cls"] if "cls" in mode or mode == "code_first" else None
            fte = report["fte"] if "fte" in mode or mode == "code_first" else None
            want = {"title": self._report_titles(report), "classification": cls, "fte": fte}
            if n < len(self.truth["direct_reports"]):
                if self.truth["direct_reports"][n] != want:
                    raise ValueError(f"{self.s['file']}: report {n} printed as {want} and "
                                     f"{self.truth['direct_reports'][n]}")
            else:
                self.truth["direct_reports"].append(want)
            shown_cls = cls.replace("-0", "-O") if cls and self.s.get("cls_typo") else cls
            fte_part = f"{fte_text(fte, lang)} {fte_word}" if fte is not None else None
            if mode == "code_first":
                lead = f"{shown_cls} - {title}" if shown_cls else title
                lead += f" ({fte_part})" if fte_part else ""
            else:
                inside = ", ".join(part for part in (shown_cls, fte_part) if part)
                lead = f"{title} ({inside})" if inside else title
            out.append((lead, self.t(report["duties"], lang)))
        return out

    def _report_titles(self, report: dict):
        titles = [report["title"]["en"], report["title"]["fr"]] if isinstance(report["title"], dict) \
            and self.lang == "bi" else [self.t(report["title"])]
        titles += report.get("aka", [])
        return titles[0] if len(titles) == 1 else titles

    def report_rows(self, mode: str, lang: str | None = None) -> list[list[str]]:
        """Rows of a reports table: title, group and level, FTEs."""
        lang = lang or self.lang
        self.reports(mode, lang)
        rows = []
        for report in self.p["reports"]:
            cls = report["cls"] or "" if "cls" in mode else ""
            cls = cls.replace("-0", "-O") if cls and self.s.get("cls_typo") else cls
            fte = fte_text(report["fte"], lang) if "fte" in mode and report["fte"] is not None else ""
            rows.append([self.t(report["title"], lang), cls, fte])
        return rows

    # --- dimensions ---

    def dimensions(self, lang: str | None = None, *, fte_label: str | None = None) -> list[tuple]:
        """(label, value) lines of the Dimensions section, as the position's figures allow:
        salary, O&M and total; a combined salary and O&M (the total); or operating and program
        budgets (not a total)."""
        lang = lang or self.lang
        lang_key = "en" if lang == "bi" else lang
        dims, money = self.p["dims"], self.s.get("money", "M")
        french = lang_key == "fr"
        labels = {"fte": "ETP" if french else "FTEs", "salary": "Salaires" if french else "Salary",
                  "om": "Fonctionnement et entretien (F et E)" if french else "O&M", "total": "Total",
                  "combined": "Salaires et F et E" if french else "Salary and O&M",
                  "operating": "Budget de fonctionnement" if french else "Operating Budget",
                  "program": "Budget des programmes" if french else "Program Budget"}
        labels.update(self.s.get("dim_labels", {}).get(lang_key, {}))
        if lang == "bi":
            labels = {"fte": "FTEs / ETP", "salary": "Salary / Salaires", "om": "O&M / F et E",
                      "total": "Total", "combined": "Salary and O&M / Salaires et F et E",
                      "operating": "Operating Budget / Budget de fonctionnement",
                      "program": "Program Budget / Budget des programmes"}
        if fte_label:
            labels["fte"] = fte_label
        lines = []
        if dims.get("fte") is not None and "fte" not in self.s.get("drop", ()):
            self._record(self.also, "fte", dims["fte"])
            lines.append((labels["fte"], fte_text(dims["fte"], lang_key)))
        if dims.get("salary") is not None:
            for key, field in (("salary", "salary"), ("om", "o_and_m"), ("total", "total")):
                self._record(self.truth, field, dims[key])
                lines.append((labels[key], money_text(dims[key], money)))
        elif dims.get("total") is not None:
            self._record(self.truth, "total", dims["total"])
            lines.append((labels["combined"], money_text(dims["total"], money)))
        for key, field in (("operating", "operating_budget"), ("program", "program_budget")):
            if dims.get(key) is not None:
                self._record(self.also, field, dims[key])
                lines.append((labels[key], money_text(dims[key], money)))
        return lines

    def extra_dimensions(self, lang: str | None = None) -> list[str]:
        extra = self.p.get("dims_extra") or []
        return [self.t(extra, lang)] if isinstance(extra, dict) else list(extra)

    # --- people ---

    def incumbent(self) -> str | None:
        name = self.s.get("incumbent")
        if name and name not in self.people:
            self.people.append(name)
        return name

    def signatures(self, lang: str = "en") -> list[tuple]:
        rows = []
        for role, name, date in self.s.get("sign", []):
            if name and name not in self.people:
                self.people.append(name)
            style = "fr_long" if lang == "fr" and self.s.get("date") == "fr_long" else (self.s.get("date") or "iso")
            rows.append((role, name, date_text(date, style) if date else None))
        return rows


def _fields(pairs: list[tuple]) -> list[tuple[str, str]]:
    """Only the fields the document fills (a value of None is a field the form leaves out)."""
    return [(label, value) for label, value in pairs if value is not None]


def _accountability(w: Writer) -> list:
    """The General Accountability: a paragraph, and the list it introduces ("This includes:")."""
    items = w.text("ga_items")
    return [("para", w.text("ga"))] + ([("bullets", items)] if items else [])


def _challenges(w: Writer, lead: str) -> list:
    items = w.text("challenges")
    return [("para", lead), ("bullets", items)] if items else []


# --- A: the ESDC Job Description (seed 000) -------------------------------------------------------------

A_LABELS = {
    "esdc": ["Position Title", "Position Number", "Position Job Code", "Classification", "Effective Date",
             "Directorate", "Branch - Service", "Geographic Location", "Supervisor's Position No.",
             "Supervisor's Position Title", "Supervisor's Classification"],
    "ssc": ["Position Title", "Position Number", "Job Code", "Group and Level", "Effective Date", "Directorate",
            "Branch", "Location", "Reports to - Position Number", "Reports to - Title", "Reports to - Group and Level"],
    "fin": ["Title", "Position No.", "Job Code", "Classification", "Effective date", "Division", "Branch",
            "Location", "Supervisor Position No.", "Supervisor Title", "Supervisor Classification"],
    "eccc": ["Position Title", "Position Number", "Job Code", "Group and Level", "Effective Date", "Directorate",
             "Branch", "Work Location", "Supervisor's Position Number", "Supervisor's Title",
             "Supervisor's Group and Level"],
}


def form_a(w: Writer) -> list:
    s, labels = w.s, A_LABELS[w.s.get("labels", "esdc")]
    title = w.title()
    values = [title, w.number(), w.job_code(), w.classification(), w.date() or None, w.directorate(), w.branch(),
              w.location(), w.sup_number(), w.sup_title(), w.sup_cls()]
    fields = _fields(list(zip(labels, values)))
    if w.incumbent():
        fields.append(("Incumbent", w.incumbent()))
    blocks = [("title", "Job Description"), ("head", "Position Details", 2), ("fields", fields),
              ("head", "General Accountability", 2), *_accountability(w),
              ("head", "Organization Structure", 2), ("para", w.text("org"))]
    mode = s.get("reports", "fte")
    if s.get("report_table"):
        blocks += [("table", ["Position", "Group and Level", "FTEs"], w.report_rows(mode))]
    else:
        introduced = w.text("org").rstrip().endswith(":")
        blocks += ([] if introduced else [("head", f"Reporting to the {title} are:", 3)]) + \
            [("bullets", w.reports(mode))]
    if s.get("ns", True) and w.text("ns"):
        blocks += [("head", "Nature and Scope", 2)] + [("para", text) for text in w.text("ns")]
        blocks += _challenges(w, "Key challenges include:")
    blocks += [("head", "Dimensions", 2), ("bullets", w.dimensions())]
    extra = w.extra_dimensions()
    if extra:
        blocks += [("bullets", extra)]
    blocks += [("head", "Specific Accountabilities", 2), ("numbered", w.text("sa"))]
    if s.get("sign"):
        blocks += [("head", "Certification", 2),
                   ("para", "The foregoing description is an accurate and complete statement of the duties "
                            "assigned to the position."), ("sig", w.signatures())]
    return blocks


# --- B: the Job Description of seed 001 -----------------------------------------------------------------


def form_b(w: Writer) -> list:
    s = w.s
    title = w.title()
    fields = _fields([("Job Title", title), ("Position Level", w.classification()), ("Position Number", w.number()),
                      ("Job Code", w.job_code()), ("Branch", w.branch()), ("Directorate", w.directorate()),
                      ("Location", w.location()), ("Effective Date", w.date() or None)])
    blocks = [("title", "Job Description"), ("head", "Position Details", 2), ("fields", fields),
              ("head", "General Accountability", 2), *_accountability(w)]
    sup_cls = w.sup_cls() if s.get("sup_cls_in_prose") else None
    supervisor = w.sup_title() + (f" ({sup_cls})" if sup_cls else "")
    count = w.p.get("org_count") or str(len(w.p["reports"]))
    blocks += [("head", "Structure", 2),
               ("para", f"The {title} reports to the {supervisor}. The position has {count} direct reports:"),
               ("bullets", w.reports(s.get("reports", "title")))]
    if w.text("ns"):
        blocks += [("head", "Nature and Scope", 2)] + [("para", text) for text in w.text("ns")]
        blocks += _challenges(w, f"Major challenges for the {title} include:")
    blocks += [("head", "Dimensions", 2), ("bullets", w.dimensions(fte_label="FTE's"))]
    extra = w.extra_dimensions()
    if extra:
        blocks += [("bullets", extra)]
    blocks += [("head", "Specific Accountabilities", 2), ("numbered", w.text("sa")),
               ("head", "Certification", 2),
               ("para", "The foregoing description is an accurate and complete statement of the duties assigned to "
                        "the position.")]
    if s.get("sign"):
        blocks += [("sig", w.signatures())]
    else:
        blocks += [("sig", [(line, None, None) for line in w.p["certifier"]])]
    return blocks


# --- C: EXECUTIVE WORK DESCRIPTION (seed 003) ------------------------------------------------------------


def form_c(w: Writer) -> list:
    s = w.s
    title = w.title()
    header = _fields([("Job code", w.job_code()), ("TITLE", title), ("GROUP/LEVEL", w.classification()),
                      ("POSITION NUMBER", w.number() or ""), ("EFFECTIVE DATE", w.date()),
                      ("LOCATION", w.location())])
    blocks = [("title", "Executive Work Description"), ("fields", header),
              ("head", "General Accountability", 2), *_accountability(w),
              ("head", "Nature & Scope", 2)] + [("para", text) for text in (w.text("ns") or [])]
    if w.text("challenges"):
        blocks += [("para", f"Major Challenges for the {w.body_title()} include:"),
                   ("bullets", w.text("challenges"))]
    sup = w.sup_title()
    sup_cls = w.sup_cls()
    sup_number = w.sup_number()
    reports_to = f"Reports to: {sup}" + (f" ({sup_cls})" if sup_cls else "") + \
        (f", Position No. {sup_number}" if sup_number else "")
    leads = [lead for lead, _ in w.reports(s.get("reports", "code_first"))]
    left = [("head", "Organizational Structure", 2),
            ("lines", [reports_to, f"Direct reports to the {w.body_title()}: " + "; ".join(leads) + "."]),
            ("head", s.get("sa_head", "Specific Accountabilities"), 2), ("numbered", w.text("sa"))]
    right = [("head", "Dimensions", 2),
             ("lines", [f"{label}: {value}" for label, value in w.dimensions(fte_label="Number of FTE's")]
              + w.extra_dimensions())]
    if w.text("initiatives"):
        right += [("head", "Issues and Initiatives", 2), ("bullets", w.text("initiatives"))]
    blocks += [("page",), ("columns", left, right)]
    sign = w.signatures() or [("Signatory", None, None), ("Approved by", None, None)]
    blocks += [("sig", sign)]
    return blocks


# --- D: EXECUTIVE GROUP POSITION DESCRIPTION (seed 004) ----------------------------------------------------


def form_d(w: Writer) -> list:
    s = w.s
    body = w.body_title()
    sup_cls = w.sup_cls() if s.get("sup_cls_in_field") else None
    header = _fields([("POSITION TITLE", w.title()), ("DIRECTORATE", w.directorate()),
                      ("REPORTS TO", w.sup_title() + (f" ({sup_cls})" if sup_cls else "")),
                      ("SUPERVISOR POSITION NUMBER", w.sup_number()),
                      ("SECTOR" if s.get("sector", True) else "BRANCH", w.branch()),
                      ("DEPARTMENT", w.department()), ("POSITION NUMBER", w.number() or ""),
                      ("LEVEL", w.classification()), ("LOCATION", w.location()),
                      ("EFFECTIVE DATE", w.date() or None)])
    blocks = [("lines", [f"{w.abbr()} Job code: {w.job_code()}" if w.job_code() else w.abbr()]),
              ("title", "Executive Group Position Description"), ("fields", header),
              ("head", "General Accountability", 2), *_accountability(w),
              ("head", "Organization Structure", 2), ("para", w.text("org"))]
    if not w.text("org").rstrip().endswith(":"):
        blocks.append(("para", f"The following positions report to the {body}:"))
    joints = s.get("joints", [" accountable for: ", ", accountable for: ", " : accountable for: "])
    for n, (lead, duties) in enumerate(w.reports(s.get("reports", "cls_fte"))):
        blocks.append(("para", lead + joints[n % len(joints)] + duties if duties else lead))
    blocks += [("page",), ("head", "Nature and Scope", 2)]
    for n, text in enumerate((w.text("ns") or [])):
        blocks.append(("para", text))
        if n == 2:
            blocks.append(("page",))
    blocks += _challenges(w, "Key challenges include:")
    blocks += [("head", "Dimensions", 2),
               ("lines", [f"{w.directorate()} {label}: {value}" if label in ("FTEs", "Number of FTEs") else
                          f"{label}: {value}" for label, value in
                          w.dimensions()] + w.extra_dimensions()),
               ("head", "Specific Accountabilities", 2),
               ("para", f"The {body} is specifically accountable for:"), ("numbered", w.text("sa")),
               ("head", "Certification", 2),
               ("para", "The foregoing is an accurate and comprehensive statement of the duties and "
                        f"responsibilities assigned to the position of {body}."),
               ("sig", w.signatures() or [(body, None, None), (w.sup_title(), None, None)])]
    return blocks


# --- E: the Client Service Results template --------------------------------------------------------------


def form_e(w: Writer) -> list:
    s = w.s
    title = w.title()
    grid = [[("Position Number", w.number() or "")] + ([("Job Code", w.job_code())] if w.job_code() else []),
            [("Position Title", title)],
            [("Classification (Group and Level)", w.classification()), ("Effective Date", w.date())],
            [("Department / Agency", w.department())],
            [("Branch / Sector", w.branch()), ("Directorate / Division", w.directorate())],
            [("Location (City, Province)", w.location() or "")],
            [("Supervisor's Position Number", w.sup_number() or "")]
            + ([("Supervisor's Group and Level", w.sup_cls())] if w.sup_cls() else []),
            [("Supervisor's Position Title", w.sup_title())]]
    if w.incumbent():
        grid.append([("Incumbent", w.incumbent())])
    blocks = [("title", "Work Description"), ("para", "Executive Group (EX)"),
              ("head", "Position Identification", 2), ("grid", grid),
              ("head", "Client Service Results", 2), ("para", w.text("csr") or w.text("ga")),
              ("head", "Key Activities", 2), ("bullets", w.text("key") or w.text("sa")),
              ("head", "Organizational Context", 2), ("para", w.text("org")),
              ("table", ["Position Title", "Group and Level", "FTEs"], w.report_rows(s.get("reports", "cls_fte")))]
    if w.text("ns"):
        blocks += [("head", "Nature and Scope", 2)] + [("para", text) for text in w.text("ns")]
        blocks += _challenges(w, "Key challenges:")
    blocks += [("head", "Dimensions", 2), ("fields", w.dimensions())]
    extra = w.extra_dimensions()
    if extra:
        blocks += [("lines", extra)]
    blocks += [("head", "Certification", 2),
               ("para", "I certify that this work description accurately describes the work assigned to the "
                        "position."),
               ("sig", w.signatures() or [("Supervisor", None, None), ("Delegated Manager", None, None)])]
    return blocks


# --- F: the French EX form ---------------------------------------------------------------------------------


def form_f(w: Writer) -> list:
    s = w.s
    title = w.title()
    if s.get("sup") == "line":
        sup_cls = w.sup_cls()
        supervisor = [("Relève de", w.sup_title() + (f" ({sup_cls})" if sup_cls else ""))]
    else:
        supervisor = [("Numéro du poste du superviseur", w.sup_number()),
                      ("Titre du poste du superviseur", w.sup_title()),
                      ("Classification du superviseur", w.sup_cls())]
    fields = _fields([("Titre du poste", title), ("Numéro du poste", w.number() or ""),
                      ("Code d'emploi", w.job_code()), ("Groupe et niveau", w.classification("fr")),
                      ("Date d'entrée en vigueur", w.date()), ("Ministère", w.department()),
                      ("Direction générale", w.branch()), ("Direction", w.directorate()),
                      ("Lieu de travail", w.location())] + supervisor)
    if w.incumbent():
        fields.append(("Titulaire", w.incumbent()))
    if s.get("tool_heads"):
        blocks = [("title", "Job Description"), ("head", "Position Details", 2), ("fields", fields)]
    else:
        blocks = [("title", "Description de travail"), ("para", "Groupe de la direction (EX)"), ("fields", fields)]
    blocks += [("head", "Responsabilités générales", 2), *_accountability(w)]
    mode = s.get("reports", "cls_fte")
    structure = [("head", "Structure organisationnelle", 2), ("para", w.text("org")),
                 ("bullets", w.reports(mode)) if not s.get("report_table") else
                 ("table", ["Titre du poste", "Groupe et niveau", "ETP"], w.report_rows(mode))]
    dimensions = [("head", "Dimensions", 2), ("fields", w.dimensions())]
    extra = w.extra_dimensions()
    if extra:
        dimensions += [("lines", extra)]
    nature = [("head", "Nature et étendue", 2)] + [("para", text) for text in (w.text("ns") or [])]
    if w.text("challenges"):
        nature += [("para", "Principaux défis :"), ("bullets", w.text("challenges"))]
    if s.get("columns"):
        blocks += nature + [("page",), ("columns", structure, dimensions)]
    else:
        blocks += structure + nature + dimensions
    blocks += [("head", "Responsabilités spécifiques", 2), ("numbered", w.text("sa")),
               ("head", "Attestation", 2),
               ("para", "La présente description de travail décrit fidèlement les fonctions et les responsabilités "
                        "attribuées au poste."),
               ("sig", w.signatures("fr") or [("Superviseur", None, None), ("Titulaire", None, None)])]
    return blocks


# --- G: the French Client Service Results template -----------------------------------------------------------


def form_g(w: Writer) -> list:
    s = w.s
    title = w.title()
    grid = [[("Numéro du poste", w.number() or ""), ("Code d'emploi", w.job_code() or "")],
            [("Titre du poste", title)],
            [("Groupe et niveau", w.classification("fr")), ("Date d'entrée en vigueur", w.date())],
            [("Ministère", w.department())],
            [("Secteur", w.branch()), ("Direction générale", w.directorate())],
            [("Lieu (ville, province)", w.location() or "")],
            [("Numéro du poste du superviseur", w.sup_number() or ""),
             ("Groupe et niveau du superviseur", w.sup_cls() or "")],
            [("Titre du poste du superviseur", w.sup_title())]]
    blocks = [("title", "Description de travail"), ("head", "Identification du poste", 2), ("grid", grid),
              ("head", "Résultats axés sur le service à la clientèle", 2), ("para", w.text("csr") or w.text("ga")),
              ("head", "Activités principales", 2), ("bullets", w.text("key") or w.text("sa")),
              ("head", "Structure organisationnelle", 2), ("para", w.text("org")),
              ("table", ["Titre du poste", "Groupe et niveau", "ETP"], w.report_rows(s.get("reports", "cls_fte")))]
    if w.text("ns"):
        blocks += [("head", "Contexte", 2)] + [("para", text) for text in w.text("ns")]
        blocks += _challenges(w, "Principaux défis :")
    blocks += [("head", "Dimensions", 2), ("fields", w.dimensions())]
    extra = w.extra_dimensions()
    if extra:
        blocks += [("lines", extra)]
    blocks += [("head", "Signatures", 2),
               ("sig", w.signatures("fr") or [("Gestionnaire délégué", None, None), ("Titulaire", None, None)])]
    return blocks


# --- H: a bilingual form ---------------------------------------------------------------------------------------


def form_h(w: Writer) -> list:
    s = w.s
    en, fr = w.title("en"), w.title("fr")
    fields = _fields([("Position Title / Titre du poste", f"{en} / {fr}"),
                      ("Position Number / Numéro du poste", w.number() or ""),
                      ("Job Code / Code d'emploi", w.job_code()),
                      ("Classification / Classification", w.classification()),
                      ("Effective Date / Date d'entrée en vigueur", w.date()),
                      ("Department / Ministère", f"{w.department('en')} / {w.department('fr')}"),
                      ("Branch / Direction générale", f"{w.branch('en')} / {w.branch('fr')}"),
                      ("Directorate / Direction", f"{w.directorate('en')} / {w.directorate('fr')}"),
                      ("Location / Lieu", w.location("en")),
                      ("Supervisor Position Number / Numéro du poste du superviseur", w.sup_number()),
                      ("Supervisor Title / Titre du superviseur", f"{w.sup_title('en')} / {w.sup_title('fr')}"),
                      ("Supervisor Classification / Classification du superviseur", w.sup_cls())])
    blocks = [("title", "Work Description / Description de travail"),
              ("para", "Executive Group / Groupe de la direction"), ("fields", fields)]

    def section(head_en: str, head_fr: str, left: list, right: list) -> None:
        blocks.extend([("head", f"{head_en} / {head_fr}", 2), ("columns", left, right)])

    section("General Accountability", "Responsabilités générales",
            [("para", w.p["ga"]["en"])], [("para", w.p["ga"]["fr"])])
    mode = s.get("reports", "cls_fte")
    section("Organization Structure", "Structure organisationnelle",
            [("para", w.p["org"]["en"]), ("bullets", w.reports(mode, "en"))],
            [("para", w.p["org"]["fr"]), ("bullets", w.reports(mode, "fr"))])
    section("Nature and Scope", "Nature et étendue",
            [("para", text) for text in w.text("ns", "en")], [("para", text) for text in w.text("ns", "fr")])
    section("Key Challenges", "Principaux défis",
            [("bullets", w.text("challenges", "en"))], [("bullets", w.text("challenges", "fr"))])
    blocks += [("page",), ("head", "Dimensions", 2), ("fields", w.dimensions("bi"))]
    if w.p.get("dims_extra"):
        blocks += [("lines", [w.extra_dimensions("en")[0] + " / " + w.extra_dimensions("fr")[0]])]
    section("Specific Accountabilities", "Responsabilités spécifiques",
            [("numbered", w.p["sa"]["en"])], [("numbered", w.p["sa"]["fr"])])
    blocks += [("head", "Certification / Attestation", 2),
               ("sig", w.signatures() or [("Supervisor / Superviseur", None, None),
                                          ("Incumbent / Titulaire", None, None)])]
    return blocks


FORMS = {"A": form_a, "B": form_b, "C": form_c, "D": form_d, "E": form_e, "F": form_f, "G": form_g, "H": form_h}
