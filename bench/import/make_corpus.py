#!/usr/bin/env python3
"""Build the hold-out corpus of work descriptions and its ground truth.

    python bench/import/make_corpus.py          (needs python-docx: pip install python-docx)

Writes ``bench/import/corpus/`` (the documents, as a user's folder holds them) and
``bench/import/expected/<document>.expected.yaml`` (what each document really says). The
positions are in ``positions.py``; this file decides, for each document, its shape (Markdown
conversion, plain text, cp1252 text, OCR text in one run / in pages / with two columns run
together, .docx with tables, .pdf with a text layer), its wording (labels, dates, amounts,
direct reports, section headings: drawn from many real variants with a seed per document) and
its damage (OCR look-alike digits, dropped spaces, letter confusions in prose, page footers,
signature blocks with people's names). Everything is deterministic; the binaries are committed
so that the corpus does not change with python-docx's version.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
import shutil
import sys
import textwrap
import zlib
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from positions import BY_KEY, POSITIONS, Position, Report  # noqa: E402

CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"

# --- wording ---------------------------------------------------------------------------------

LABELS = {
    "en": {
        "title": ["Position Title", "Title", "Position title", "Job Title", "Working Title"],
        "classification": ["Classification", "Group and Level", "Group/Level", "Level", "Classification (Group and Level)"],
        "number": ["Position Number", "Position No.", "Position #", "Pos. No."],
        "job_code": ["Job Code", "Position Job Code", "Job code", "Job Code No."],
        "date": ["Effective Date", "Effective date", "Date Effective"],
        "department": ["Department", "Department/Agency", "Organization"],
        "branch": ["Branch", "Sector", "Branch/Sector"],
        "directorate": ["Directorate", "Division"],
        "location": ["Location", "Geographic Location", "Work Location"],
        "sup_number": ["Supervisor's Position No.", "Supervisor Position Number", "Supervisor's Position Number"],
        "sup_title": ["Supervisor's Position Title", "Supervisor's Title", "Supervisor Title"],
        "sup_cls": ["Supervisor's Classification", "Supervisor's Group and Level", "Supervisor Classification"],
    },
    "fr": {
        "title": ["Titre du poste", "Titre", "Titre de travail"],
        "classification": ["Groupe et niveau", "Classification", "Groupe/niveau"],
        "number": ["Numéro du poste", "No du poste", "N° de poste"],
        "job_code": ["Code d'emploi", "Code de l'emploi", "No de code d'emploi"],
        "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "Date d'entrée en vigueur du poste"],
        "department": ["Ministère", "Ministère/organisme", "Organisation"],
        "branch": ["Direction générale", "Secteur", "Direction générale/secteur"],
        "directorate": ["Direction", "Division"],
        "location": ["Lieu", "Lieu géographique", "Emplacement"],
        "sup_number": ["Numéro du poste du superviseur", "No du poste du surveillant", "N° de poste du superviseur"],
        "sup_title": ["Titre du poste du superviseur", "Titre du superviseur", "Titre du poste du surveillant"],
        "sup_cls": ["Classification du poste du superviseur", "Groupe et niveau du superviseur", "Classification du surveillant"],
    },
}

HEADINGS = {
    "en": {"ga": ["General Accountability", "GENERAL ACCOUNTABILITY"],
           "csr": ["Client Service Results", "CLIENT SERVICE RESULTS"],
           "structure": ["Organization Structure", "Organizational Structure", "ORGANIZATION STRUCTURE"],
           "scope": ["Nature and Scope", "NATURE AND SCOPE", "Nature & Scope"],
           "dimensions": ["Dimensions", "DIMENSIONS"],
           "specific": ["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES"],
           "key": ["Key Activities", "KEY ACTIVITIES"],
           "cert": ["Certification", "CERTIFICATION"]},
    "fr": {"ga": ["Responsabilité générale", "RESPONSABILITÉ GÉNÉRALE"],
           "csr": ["Résultats axés sur le service à la clientèle", "RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE"],
           "structure": ["Structure organisationnelle", "STRUCTURE ORGANISATIONNELLE", "Structure de l'organisation"],
           "scope": ["Nature et étendue", "NATURE ET ÉTENDUE"],
           "dimensions": ["Dimensions", "DIMENSIONS"],
           "specific": ["Responsabilités spécifiques", "RESPONSABILITÉS SPÉCIFIQUES"],
           "key": ["Activités principales", "ACTIVITÉS PRINCIPALES"],
           "cert": ["Attestation", "ATTESTATION", "Certification"]},
}

MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]}

PROVINCES_FR = {"Ontario": "Ontario", "Quebec": "Québec", "Québec": "Québec", "New Brunswick": "Nouveau-Brunswick",
                "Nova Scotia": "Nouvelle-Écosse", "Alberta": "Alberta", "Manitoba": "Manitoba",
                "Prince Edward Island": "Île-du-Prince-Édouard"}

VERBS = {"en": ["Directs", "Leads", "Oversees", "Manages", "Provides strategic advice and direction on",
                "Plans and coordinates", "Represents the department on", "Champions"],
         "fr": ["Dirige", "Supervise", "Gère", "Fournit des conseils stratégiques sur", "Planifie et coordonne",
                "Représente le Ministère relativement à", "Assure la direction de"]}
TAILS = {"en": ["", " in line with departmental priorities", ", and reports on results to senior management",
                " in collaboration with central agencies and other departments", ", ensuring value for money"],
         "fr": ["", " conformément aux priorités du Ministère", " et rend compte des résultats à la haute direction",
                " en collaboration avec les organismes centraux et les autres ministères"]}

SCOPE = {
    "en": ["{dept} operates in a complex environment shaped by shifting government priorities, public scrutiny and "
           "the expectations of provinces, industry and Indigenous partners. Within this context the {title} must "
           "balance competing demands while delivering results on tight timelines.",
           "The work of the {unit} is national in scope and highly visible. Decisions taken by the {title} affect "
           "Canadians directly and are frequently the subject of questions from Parliament, the media and stakeholders.",
           "The position requires sustained engagement with central agencies, other federal organizations and external "
           "partners. Major challenges include modernizing aging systems and processes, retaining specialized staff, "
           "and adapting programs to a changing legislative and policy landscape."],
    "fr": ["{dept} évolue dans un contexte complexe marqué par l'évolution des priorités gouvernementales, l'examen "
           "public et les attentes des provinces, de l'industrie et des partenaires autochtones. Dans ce contexte, le "
           "titulaire doit concilier des demandes concurrentes tout en produisant des résultats dans des délais serrés.",
           "Le travail de l'unité a une portée nationale et une grande visibilité. Les décisions du titulaire touchent "
           "directement la population et font souvent l'objet de questions du Parlement, des médias et des intervenants.",
           "Les principaux défis consistent à moderniser des systèmes et des processus vieillissants, à retenir un "
           "personnel spécialisé et à adapter les programmes à un cadre législatif et stratégique en évolution."],
}
CLIENT_RESULTS = {"en": "Services and advice that are timely, accurate and responsive to the needs of Canadians, "
                        "the Minister and the department's partners.",
                  "fr": "Des services et des conseils opportuns, exacts et adaptés aux besoins de la population, "
                        "du ministre et des partenaires du Ministère."}


def _bi(lang_labels: str, kind: str, rng: random.Random, table: dict) -> str:
    """A label in one language, or ``English / français`` on a bilingual form."""
    if lang_labels == "bi":
        return f"{rng.choice(table['en'][kind])} / {rng.choice(table['fr'][kind])}"
    return rng.choice(table[lang_labels][kind])


def fmt_date(day: dt.date, lang: str, rng: random.Random) -> str:
    month = MONTHS[lang][day.month - 1]
    if lang == "fr":
        first = "1er" if day.day == 1 else str(day.day)
        return rng.choice([f"{first} {month} {day.year}", day.isoformat(), f"le {first} {month} {day.year}",
                           f"{day.day:02d}/{day.month:02d}/{day.year}" if day.day > 12 else day.isoformat()])
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day.day, "th")
    return rng.choice([f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}", day.isoformat(),
                       f"{month} {day.day}{suffix}, {day.year}", f"{month[:3]}. {day.day}, {day.year}"
                       if month != "May" else f"May {day.day}, {day.year}"])


def _decimals(amount: int, unit: int) -> str | None:
    """``amount / unit`` written with at most three decimals, or None when that is not exact."""
    for places in range(4):
        scaled = amount * 10 ** places
        if scaled % unit == 0:
            whole = scaled // unit
            text = f"{whole / 10 ** places:.{places}f}" if places else str(whole)
            return text
    return None


def fmt_money(amount: int, lang: str, rng: random.Random) -> str:
    millions = _decimals(amount, 1_000_000) if amount >= 1_000_000 else None
    thousands = _decimals(amount, 1_000) if amount < 1_000_000 else None
    grouped = f"{amount:,}"
    options = []
    if lang == "fr":
        spaced = grouped.replace(",", " ")
        options += [f"{spaced} $", f"{spaced},00 $"]
        if millions:
            options += [f"{millions.replace('.', ',')} M$", f"{millions.replace('.', ',')} millions de dollars"]
        if thousands:
            options += [f"{thousands.replace('.', ',')} k$"]
    else:
        options += [f"${grouped}", f"$ {grouped}"]
        if millions:
            options += [f"${millions}M", f"${millions} million", f"${millions} M"]
        if thousands:
            options += [f"${thousands}K", f"${thousands}k"]
    return rng.choice(options)


def fmt_location(location: tuple[str, str], lang: str, rng: random.Random) -> str:
    city, province = location
    if lang == "fr":
        return rng.choice([f"{city} ({PROVINCES_FR[province]})", f"{city}, {PROVINCES_FR[province]}"])
    return rng.choice([f"{city}, {province}", f"{city}, {province}", f"{city} ({province})"])


def fte_text(fte, lang: str, rng: random.Random) -> str:
    if lang == "fr":
        return rng.choice([f"{fte} ETP", f"{fte} ETP", f"effectif de {fte}"])
    return rng.choice([f"{fte} FTEs", f"{fte} FTE", f"{fte} FTE's", f"staff of {fte}"])


def report_line(r: Report, lang: str, style: int, rng: random.Random, title: str) -> str:
    """One direct report, in one of the ways work descriptions write them."""
    count = fte_text(r.fte, lang, rng) if r.fte is not None else None
    details = ", ".join(x for x in (r.classification, count) if x)
    sep = " : " if lang == "fr" else ": "
    if style == 0:
        return f"{title} ({details}){sep}{r.does}." if details else f"{title}{sep}{r.does}."
    if style == 1 and r.classification:
        return f"{r.classification} - {title}" + (f" ({count})" if count else "")
    if style == 2:
        lead = f"{title} ({r.classification})" if r.classification else title
        word = "responsable de" if lang == "fr" else "responsible for"
        return f"{lead}, ({count}) {word} {r.does}" if count else f"{lead}, {word} {r.does}"
    if style == 3:
        return " – ".join(x for x in (title, r.classification, count) if x)
    return f"{title} [{r.classification}]" + (f" ({count})" if count else "") if r.classification else \
        f"{title}" + (f" ({count})" if count else "")


# --- what a document says, as plain lines ------------------------------------------------------

@dataclasses.dataclass
class Doc:
    key: str
    shape: str  # md, plain, cp1252, ocr, ocr-pages, ocr-columns, docx, pdf
    name: str
    wrapper: bool = False
    trailer: bool = False  # LOCATION / DEPARTMENT / BRANCH at the end of the text
    sup_inline: bool = False  # "Reports to: Title (EX-03)" instead of three fields
    template: str = "classic"  # classic (GA + specific accountabilities) or csr (client service results + key activities)
    damage: float = 1.0
    drop_report_classification: bool = False
    version_note: str | None = None


class Render:
    """The parts of one document, worded with a seed of its own."""

    def __init__(self, doc: Doc, p: Position) -> None:
        self.doc, self.p = doc, p
        self.rng = random.Random(zlib.crc32(doc.name.encode()))
        self.lang = "fr" if p.lang == "fr" else "en"
        self.labels = p.lang  # en, fr or bi
        self.report_style = self.rng.randrange(5)
        self.chosen: dict[str, str] = {}

    def prose(self, text: str) -> str:
        """Running text, damaged as a scan damages it when the document is OCR text."""
        return prose_damage(text, self.rng, self.doc.damage) if self.doc.shape.startswith("ocr") else text

    def label(self, kind: str) -> str:
        """One wording per field for the whole document, as a form has."""
        if kind not in self.chosen:
            self.chosen[kind] = _bi(self.labels, kind, self.rng, LABELS)
        return self.chosen[kind]

    def heading(self, kind: str) -> str:
        if f"#{kind}" not in self.chosen:
            self.chosen[f"#{kind}"] = _bi(self.labels, kind, self.rng, HEADINGS)
        return self.chosen[f"#{kind}"]

    def title(self) -> str:
        p = self.p
        return f"{p.title} / {p.title_fr}" if p.lang == "bi" and self.rng.random() < 0.3 else p.title

    def header_fields(self) -> list[tuple[str, str]]:
        p, rng, lang = self.p, self.rng, self.lang
        out = [(self.label("title"), self.title())]
        if p.classification:
            out.append((self.label("classification"), p.classification))
        if p.job_code:
            out.append((self.label("job_code"), p.job_code))
        if p.number:
            out.append((self.label("number"), p.number))
        if p.date:
            out.append((self.label("date"), fmt_date(p.date, lang, rng)))
        if not self.doc.trailer:
            out.extend(self.place_fields())
        sup_number, sup_title, sup_cls = p.supervisor
        if self.doc.sup_inline and sup_title:
            reports_to = "Relève de" if lang == "fr" else "Reports to"
            out.append((reports_to, f"{sup_title} ({sup_cls})" if sup_cls else sup_title))
            if sup_number:
                out.append((self.label("sup_number"), sup_number))
        else:
            if sup_number:
                out.append((self.label("sup_number"), sup_number))
            if sup_title:
                out.append((self.label("sup_title"), sup_title))
            if sup_cls:
                out.append((self.label("sup_cls"), sup_cls))
        if rng.random() < 0.3:
            out[1], out[2] = out[2], out[1]
        return out

    def place_fields(self) -> list[tuple[str, str]]:
        p = self.p
        out = [(self.label("department"), p.department)]
        if p.branch:
            out.append((self.label("branch"), p.branch))
        if p.directorate:
            out.append((self.label("directorate"), p.directorate))
        if p.location:
            out.append((self.label("location"), fmt_location(p.location, self.lang, self.rng)))
        return out

    def purpose(self) -> tuple[str, str]:
        if self.doc.template == "csr":
            return self.heading("csr"), self.prose(CLIENT_RESULTS[self.lang])
        return self.heading("ga"), self.prose(self.p.ga)

    def structure(self) -> list[str]:
        """The organization structure: the position's place, then its direct reports."""
        p, rng, lang = self.p, self.rng, self.lang
        lines = []
        sup_title = p.supervisor[1]
        siblings = rng.choice([3, 4, 5, 6])
        if sup_title:
            if lang == "fr":
                lines.append(f"Le poste est l'un des {siblings} postes qui relèvent du titulaire du poste de {sup_title}.")
            else:
                lines.append(rng.choice([f"The {p.title} is one of {siblings} positions reporting to the {sup_title}.",
                                         f"This position is one of {siblings} ({siblings}) positions reporting to the {sup_title}."]))
        if lang == "fr":
            lines.append(rng.choice([f"Les {len(p.reports)} postes suivants relèvent du titulaire :",
                                     "Relèvent du titulaire du poste :"]))
        else:
            lines.append(rng.choice([f"The following positions report to the {p.title}:",
                                     f"Reporting to the {p.title.split(',')[0]} are:",
                                     f"The {len(p.reports)} positions reporting to the {p.title} are:"]))
        return lines

    def report_lines(self) -> list[str]:
        return [report_line(dataclasses.replace(r, does=self.prose(r.does)), self.lang, self.report_style, self.rng,
                            r.title) for r in self.p.reports]

    def dimensions(self) -> list[tuple[str, str]]:
        p, rng, lang = self.p, self.rng, self.lang
        fr = lang == "fr"
        out = []
        if p.fte is not None:
            out.append((rng.choice(["ETP", "Nombre d'ETP", "Équivalents temps plein (ETP)"]) if fr else
                        rng.choice(["FTEs", "FTE's", "Number of FTEs", "Full-time equivalents (FTEs)"]), str(p.fte)))
        if p.salary is not None:
            out.append((rng.choice(["Salaires", "Budget salarial", "Traitements et salaires"]) if fr else
                        rng.choice(["Salary", "Salary budget", "Salaries", "Salary Dollars"]), fmt_money(p.salary, lang, rng)))
        if p.o_and_m is not None:
            out.append((rng.choice(["F et E", "Fonctionnement et entretien (F et E)", "Budget de F et E"]) if fr else
                        rng.choice(["O&M", "O&M budget", "Operations and Maintenance (O&M)", "Non-salary O&M"]),
                        fmt_money(p.o_and_m, lang, rng)))
        if p.total is not None:
            out.append((rng.choice(["Total", "Budget total", "Total (salaires et F et E)"]) if fr else
                        rng.choice(["Total", "Total budget", "Total (Salary and O&M)", "Total operating budget"]),
                        fmt_money(p.total, lang, rng)))
        if p.operating_budget is not None:
            out.append(("Budget de fonctionnement" if fr else "Operating Budget", fmt_money(p.operating_budget, lang, rng)))
        if p.program_budget is not None:
            out.append((rng.choice(["Subventions et contributions", "Budget de programme"]) if fr else
                        rng.choice(["Grants and Contributions", "Program Budget"]), fmt_money(p.program_budget, lang, rng)))
        return out

    def accountabilities(self) -> list[str]:
        p, rng, lang = self.p, self.rng, self.lang
        items = [self.prose(f"{rng.choice(VERBS[lang])} {s}{rng.choice(TAILS[lang])}.") for s in p.subjects]
        items.append("Gère les ressources humaines et financières de l'unité." if lang == "fr" else
                     f"Manages the human and financial resources of the {self.unit()}.")
        return items

    def unit(self) -> str:
        return self.p.directorate or self.p.branch or "organization"

    def scope(self) -> list[str]:
        lang = self.lang
        chosen = self.rng.sample(SCOPE[lang], 2)
        return [self.prose(s.format(dept=self.p.department, title=self.p.title, unit=self.unit())) for s in chosen]

    def signature(self) -> list[str]:
        """The certification block: names of people, dates; never for a record."""
        people, rng = self.p.people, self.rng
        when = (self.p.date or dt.date(2021, 3, 1)) - dt.timedelta(days=rng.randrange(3, 40))
        if self.lang == "fr":
            lines = ["Je certifie que la présente description de travail est exacte."]
            who = ["Titulaire", "Superviseur", "Approuvé par"]
        else:
            lines = ["The foregoing description is an accurate and complete statement of the duties assigned to the position."]
            who = ["Incumbent", "Supervisor", "Approved by"]
        for role, name in zip(who, people or []):
            lines.append(f"{role}: {name}    Signature: ____________    Date: {when.isoformat()}")
        if not people:
            lines.append(f"{who[1]}: ____________    Date: ____________")
        return lines

    def plain_lines(self) -> list[str]:
        """The document as a form saved as text: labels on lines, headings, numbered items."""
        d, rng = self.doc, self.rng
        fr = self.lang == "fr"
        banner = ("DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION" if fr else
                  rng.choice(["EXECUTIVE WORK DESCRIPTION", "EXECUTIVE GROUP POSITION DESCRIPTION", "WORK DESCRIPTION"]))
        if self.labels == "bi":
            banner = "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"
        lines = [banner, ""]
        if d.version_note:
            lines += [d.version_note, ""]
        for label, value in self.header_fields():
            lines.append(f"{label.upper() if rng.random() < 0.4 else label}: {value}")
        head, body = self.purpose()
        lines += ["", head.upper(), body, "", self.heading("structure").upper(), *self.structure()]
        lines += [f"{'- ' if rng.random() < 0.5 else ''}{r}" for r in self.report_lines()]
        lines += ["", self.heading("scope").upper(), *self.scope(), "", self.heading("dimensions").upper()]
        lines += [f"{k}: {v}" for k, v in self.dimensions()]
        key = "key" if d.template == "csr" else "specific"
        lines += ["", self.heading(key).upper()]
        lines += [f"{n}. {item}" for n, item in enumerate(self.accountabilities(), 1)]
        if d.trailer:
            lines += [""] + [f"{k.upper()}: {v}" for k, v in self.place_fields()]
        lines += ["", self.heading("cert").upper(), *self.signature()]
        return lines


# --- shapes ------------------------------------------------------------------------------------

def markdown(r: Render) -> str:
    d, p, rng = r.doc, r.p, r.rng
    fr = r.lang == "fr"
    lines = ["--- Structured Job Description ---", ""] if d.wrapper else []
    lines += ["# Description de travail" if fr else "# Job Description", ""]
    if d.version_note:
        lines += [f"_{d.version_note}_", ""]
    lines += ["## Renseignements sur le poste" if fr else "## Position Details", ""]
    lines += [f"*   **{k}:** {v}" for k, v in r.header_fields()]
    head, body = r.purpose()
    lines += ["", f"## {head}", "", body, "", f"## {r.heading('structure')}", ""]
    intro = r.structure()
    lines += [" ".join(intro[:-1]), "", f"### {intro[-1]}", ""]
    for rep in p.reports:
        count = fte_text(rep.fte, r.lang, rng) if rep.fte is not None else None
        details = ", ".join(x for x in (rep.classification, count) if x)
        lead = f"{rep.title} ({details})" if details else rep.title
        lines.append(f"*   **{lead}:** {rep.does}." if rng.random() < 0.7 else f"*   {r.report_lines()[p.reports.index(rep)]}")
    lines += ["", f"## {r.heading('scope')}", "", *[x for s in r.scope() for x in (s, "")]]
    lines += [f"## {r.heading('dimensions')}", ""] + [f"*   **{k}:** {v}" for k, v in r.dimensions()]
    key = "key" if d.template == "csr" else "specific"
    lines += ["", f"## {r.heading(key)}", ""] + [f"{n}.  {item}" for n, item in enumerate(r.accountabilities(), 1)]
    if d.trailer:
        lines += [""] + [f"*   **{k}:** {v}" for k, v in r.place_fields()]
    lines += ["", f"## {r.heading('cert')}", "", *r.signature()]
    return "\n".join(lines) + "\n"


_OCR_DIGITS = {"0": "O", "1": "I", "5": "S"}


def ocr_damage(text: str, rng: random.Random, rate: float) -> str:
    """What a scan does to numbers: look-alike letters for 0, 1 and 5 (``EX-O3``, ``2O2O``,
    ``$I.3M``), which the context makes certain to repair, and an ordinal's superscript read as
    a quote (``April I", 2O2O``). Words are damaged by ``prose_damage``."""
    def digits(match: re.Match) -> str:
        return "".join(_OCR_DIGITS[c] if c in _OCR_DIGITS and rng.random() < 0.35 * rate else
                       ("l" if c == "1" and rng.random() < 0.05 * rate else c) for c in match.group(0))

    text = re.sub(r"\b([0-9]{1,2})(?:st|nd|rd|th)\b", lambda m: f'{m[1]}"' if rng.random() < 0.6 * rate else m[0], text)
    return re.sub(r"(?<![A-Za-z])[0-9][0-9,.]*", digits, text)


def prose_damage(text: str, rng: random.Random, rate: float) -> str:
    """Letter confusions (``rn`` read ``m``, ``e`` read ``c``) and words run together: only in
    prose, so that titles and labels stay as readable as the seeds' are."""
    words = text.split(" ")
    for i, w in enumerate(words):
        roll = rng.random()
        if roll < 0.02 * rate:
            words[i] = w.replace("rn", "m").replace("li", "h").replace("e", "c", 1)
        elif roll < 0.035 * rate and i + 1 < len(words):
            words[i + 1] = w + words[i + 1]
            words[i] = ""
    return " ".join(w for w in words if w)


def ocr_run(r: Render) -> str:
    """OCR text in one long run (seed 003's shape)."""
    body = " ".join(line for line in r.plain_lines() if line.strip())
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + ocr_damage(body, r.rng, r.doc.damage)


def ocr_pages(r: Render) -> str:
    """OCR text a page to a line, each ending with the running footer and starting, from page
    two, with its page number (seed 004's shape)."""
    lines = [line for line in r.plain_lines() if line.strip()]
    per = max(8, len(lines) // 3)
    footer = f"{r.p.department[:2].upper()}. {r.p.title.split(',')[-1].strip()}"
    pages = [" ".join(lines[i:i + per]) for i in range(0, len(lines), per)]
    text = "\n".join((f"{n} " if n > 1 else "") + page + " " + footer for n, page in enumerate(pages, 1))
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + ocr_damage(text, r.rng, r.doc.damage)


def ocr_columns(r: Render) -> str:
    """Two columns of the form run together line by line (seed 003's structure and dimensions)."""
    lines = r.plain_lines()
    structure_at = lines.index(r.heading("structure").upper())
    dims_at = lines.index(r.heading("dimensions").upper())
    scope_at = lines.index("", structure_at)
    after_dims = lines.index("", dims_at)
    left = textwrap.wrap(" ".join(lines[structure_at + 1: scope_at]), 52)
    right = textwrap.wrap(" ".join(lines[dims_at + 1: after_dims]), 40)
    merged = [f"{lines[structure_at]}: {lines[dims_at]}:"]
    for n in range(max(len(left), len(right))):
        merged.append(" ".join(x for x in (left[n] if n < len(left) else "", right[n] if n < len(right) else "") if x))
    body = lines[:structure_at] + merged + lines[scope_at:dims_at] + lines[after_dims:]
    text = " ".join(line for line in body if line.strip())
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + ocr_damage(text, r.rng, r.doc.damage)


def plain(r: Render) -> str:
    return "\n".join(r.plain_lines()) + "\n"


def cp1252_text(r: Render) -> bytes:
    """A Word document saved as text on Windows: curly apostrophes and dashes in cp1252."""
    text = plain(r).replace("'", "\u2019").replace(" - ", " \u2013 ")
    return text.replace("\n", "\r\n").encode("cp1252")


def docx_bytes(r: Render) -> bytes:
    import io

    import docx
    from docx.shared import Pt

    d, p, rng = r.doc, r.p, r.rng
    fr = r.lang == "fr"
    document = docx.Document()
    document.core_properties.author = "hrkit corpus"
    document.core_properties.created = dt.datetime(2024, 1, 1)
    document.core_properties.modified = dt.datetime(2024, 1, 1)
    document.core_properties.last_modified_by = "hrkit corpus"
    heading = "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE" if r.labels == "bi" else \
        ("DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION" if fr else "EXECUTIVE GROUP WORK DESCRIPTION")
    document.add_heading(heading, level=1)
    if d.version_note:
        document.add_paragraph(d.version_note).runs[0].italic = True
    fields = r.header_fields()
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in fields:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
        cells[0].paragraphs[0].runs[0].bold = True
    head, body = r.purpose()
    document.add_heading(head, level=2)
    document.add_paragraph(body)
    document.add_heading(r.heading("structure"), level=2)
    for line in r.structure():
        document.add_paragraph(line)
    if rng.random() < 0.6:
        reports = document.add_table(rows=1, cols=3)
        reports.style = "Table Grid"
        names = ("Titre", "Groupe et niveau", "ETP") if fr else ("Title", "Group and Level", "FTEs")
        if r.labels == "bi":
            names = ("Title / Titre", "Group and Level / Groupe et niveau", "FTEs / ETP")
        for cell, name in zip(reports.rows[0].cells, names):
            cell.text = name
        for rep in p.reports:
            cells = reports.add_row().cells
            cells[0].text = rep.title
            cells[1].text = rep.classification or ""
            cells[2].text = "" if rep.fte is None else str(rep.fte)
    else:
        for line in r.report_lines():
            document.add_paragraph(line, style="List Bullet")
    document.add_heading(r.heading("scope"), level=2)
    for para in r.scope():
        document.add_paragraph(para)
    document.add_heading(r.heading("dimensions"), level=2)
    dims = document.add_table(rows=0, cols=2)
    dims.style = "Table Grid"
    for label, value in r.dimensions():
        cells = dims.add_row().cells
        cells[0].text, cells[1].text = label, value
    key = "key" if d.template == "csr" else "specific"
    document.add_heading(r.heading(key), level=2)
    for item in r.accountabilities():
        document.add_paragraph(item, style="List Number")
    if d.trailer:
        for label, value in r.place_fields():
            document.add_paragraph(f"{label}: {value}")
    document.add_heading(r.heading("cert"), level=2)
    for line in r.signature():
        document.add_paragraph(line).runs[0].font.size = Pt(9)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip_times(buffer.getvalue())


def _fixed_zip_times(data: bytes) -> bytes:
    """The same .docx bytes on every run: zip entries dated 2024-01-01."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def pdf_bytes(lines: list[str], footer: str | None = None, text_layer: bool = True) -> bytes:
    """A small PDF: Helvetica text (WinAnsi, so French accents and curly quotes survive), 55
    lines a page, a running footer; without a text layer, only drawn boxes (a scan)."""
    wrapped: list[str] = []
    for line in lines:
        wrapped.extend(textwrap.wrap(line, 95) or [""])
    pages = [wrapped[i:i + 55] for i in range(0, len(wrapped), 55)] or [[]]
    objects: list[bytes] = []

    def escape(text: str) -> bytes:
        raw = text.encode("cp1252", errors="replace")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    kids = []
    for number, page in enumerate(pages, 1):
        if text_layer:
            ops = [b"BT /F1 9 Tf 50 800 Td 12 TL"]
            ops += [b"(" + escape(line) + b") '" for line in page]
            ops.append(b"ET")
            if footer:
                ops.append(b"BT /F1 8 Tf 50 30 Td (" + escape(f"{footer} - Page {number} of {len(pages)}") + b") Tj ET")
        else:
            ops = [b"0.6 g"] + [f"50 {780 - 14 * i} {400 + (i * 37) % 90} 8 re f".encode() for i in range(len(page))]
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects) + 2
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 1 0 R >> >> "
                       b"/Contents %d 0 R >>" % content_id)
        kids.append(len(objects) + 2)
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    tree = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    catalog = b"<< /Type /Catalog /Pages 2 0 R >>"
    everything = [font, tree, *objects, catalog]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(everything, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(everything) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(everything) + 1, len(everything), xref)
    return bytes(out)


def render(doc: Doc, p: Position) -> bytes:
    r = Render(doc, p)
    if doc.shape == "md":
        return markdown(r).encode()
    if doc.shape == "plain":
        return plain(r).encode()
    if doc.shape == "cp1252":
        return cp1252_text(r)
    if doc.shape == "ocr":
        return ocr_run(r).encode()
    if doc.shape == "ocr-pages":
        return ocr_pages(r).encode()
    if doc.shape == "ocr-columns":
        return ocr_columns(r).encode()
    if doc.shape == "docx":
        return docx_bytes(r)
    if doc.shape == "pdf":
        return pdf_bytes(r.plain_lines(), footer=p.title)
    raise ValueError(doc.shape)


# --- the documents -----------------------------------------------------------------------------

DOCS = [
    Doc("tc-adm-ss", "md", "ADM Safety and Security - work description.md", wrapper=True),
    Doc("tc-dg-rail", "ocr-pages", "Director General, Rail Safety.txt", sup_inline=True),
    Doc("tc-dg-rail", "pdf", "DG Rail Safety - signed.pdf"),
    Doc("tc-dir-railops", "docx", "Director, Rail Operations.docx"),
    Doc("tc-dir-railops", "ocr", "scan 2022-09 rail operations.txt", template="csr"),
    Doc("tc-ed-oversight", "plain", "ED Rail Safety Oversight.txt"),
    Doc("tc-ed-oversight", "ocr-columns", "ED_Rail_Safety_Oversight_scan.txt"),
    Doc("tc-dir-reg", "cp1252", "Regulatory Affairs, Director 2019.txt", trailer=True),
    Doc("tc-dir-reg", "md", "Director Regulatory Affairs.md", drop_report_classification=True),
    Doc("tc-dg-marine", "docx", "DG Marine Safety & Security.docx", template="csr"),
    Doc("tc-dg-marine", "ocr", "DG Marine Safety and Security OCR.txt", damage=1.6),
    Doc("tc-dir-nav", "md", "Director, Marine Navigation.md"),
    Doc("tc-dir-nav", "pdf", "Director, Marine Navigation (2021).pdf", sup_inline=True),
    Doc("mpo-dgr-qc", "md", "Directeur général régional, Région du Québec.md", wrapper=True),
    Doc("mpo-dgr-qc", "ocr-pages", "DGR Québec numérisé.txt"),
    Doc("mpo-dir-peches", "docx", "Directrice, Gestion des pêches.docx"),
    Doc("mpo-dir-peches", "cp1252", "Gestion des pêches - directrice.txt", template="csr"),
    Doc("mpo-dir-sciences", "ocr-columns", "Directeur, Sciences - numérisation.txt"),
    Doc("mpo-dir-sciences", "plain", "Directeur Sciences Mont-Joli.txt", sup_inline=True),
    Doc("mpo-dir-cp", "pdf", "Conservation et protection, directeur.pdf", trailer=True),
    Doc("mpo-dir-cp", "md", "Directeur, Conservation et protection.md"),
    Doc("sc-dg-data", "docx", "DG Data Strategy and Governance - bilingual.docx"),
    Doc("sc-dg-data", "plain", "DG Data Strategy & Governance (bilingue).txt"),
    Doc("sc-dir-gov", "ocr", "Director, Data Governance - scan.txt"),
    Doc("sc-dir-gov", "md", "Director, Data Governance.md", template="csr"),
    Doc("sc-dir-access", "pdf", "Director, Data Access – Directrice, Accès aux données.pdf"),
    Doc("sc-dir-access", "cp1252", "Data Access director (bilingual).txt"),
    Doc("nrcan-dir-pa", "md", "Director, Public Affairs.md", wrapper=True, drop_report_classification=True),
    Doc("nrcan-dir-pa", "ocr", "Public Affairs Director - OCR.txt", sup_inline=True),
    Doc("aafc-dg-science", "plain", "DG Science Partnerships.txt", template="csr"),
    Doc("aafc-dg-science", "docx", "Director General, Science Partnerships.docx"),
    Doc("pspc-ed-pay", "ocr-pages", "ED Pay Stabilization (NEW).txt"),
    Doc("pspc-ed-pay", "md", "Executive Director, Pay Stabilization.md", sup_inline=True),
    Doc("ircc-dir-ops", "docx", "Director, Case Processing Centre, Sydney.docx"),
    Doc("ircc-dir-ops", "ocr-columns", "CPC Sydney director scan.txt"),
    Doc("hc-dg-cannabis", "pdf", "DG Cannabis Licensing and Compliance.pdf"),
    Doc("hc-dg-cannabis", "md", "Director General, Cannabis Licensing & Compliance.md", trailer=True),
    Doc("eccc-dir-wx", "cp1252", "Prairie and Northern Weather Operations.txt"),
    Doc("eccc-dir-wx", "ocr", "Weather Operations Director OCR.txt", template="csr"),
    Doc("ssc-dg-net", "md", "DG Network Services.md", sup_inline=True),
    Doc("ssc-dg-net", "docx", "Director General, Network Services.docx", trailer=True),
    Doc("ch-dir-fest", "plain", "Director, Celebrations and Commemorations.txt"),
    Doc("ch-dir-fest", "ocr-pages", "Celebrations and Commemorations scan.txt", template="csr"),
    Doc("dnd-dg-infra", "ocr", "DG Infrastructure Program Planning - bad scan.txt", damage=2.2),
    Doc("dnd-dg-infra", "docx", "DG Infrastructure Program Planning.docx", drop_report_classification=True),
    Doc("cra-ed-compliance", "md", "ED Compliance Programs.md"),
    Doc("cra-ed-compliance", "pdf", "Executive Director, Compliance Programs.pdf", template="csr"),
    Doc("isc-dir-water", "docx", "Director, Water and Wastewater Infrastructure.docx", sup_inline=True),
    Doc("isc-dir-water", "plain", "Water and Wastewater Director.txt", trailer=True),
    Doc("tbs-ed-ocio", "md", "ED Digital Policy (TBD).md"),
    Doc("tbs-ed-ocio", "ocr", "ED Digital Policy OCR.txt"),
    Doc("esdc-dir-ei", "ocr-pages", "Director, EI Policy.txt", sup_inline=True),
    Doc("esdc-dir-ei", "cp1252", "EI Policy Director, 2020.txt"),
    Doc("vac-dir-ops", "pdf", "Director, Case Management Operations.pdf"),
    Doc("vac-dir-ops", "md", "Case Management Operations.md", template="csr"),
    Doc("cbsa-dg-trav", "plain", "DG Traveller Programs.txt", sup_inline=True),
    Doc("cbsa-dg-trav", "docx", "Director General, Traveller Programs.docx"),
    Doc("pch-dir-langues", "md", "Directrice, Programmes d'appui aux langues officielles.md"),
    Doc("pch-dir-langues", "docx", "Langues officielles - directrice.docx", template="csr"),
    Doc("sc-fr-dir-recens", "ocr", "Directeur, Opérations du recensement - numérisé.txt"),
    Doc("sc-fr-dir-recens", "pdf", "Opérations du recensement.pdf", sup_inline=True),
    Doc("ec-fr-dg-climat", "cp1252", "DG Adaptation aux changements climatiques.txt"),
    Doc("ec-fr-dg-climat", "md", "Directrice générale, Adaptation.md", trailer=True),
    Doc("asfc-fr-dir-reg", "docx", "Directeur, District de Montréal.docx"),
    Doc("asfc-fr-dir-reg", "ocr-columns", "District de Montréal - numérisation.txt"),
    Doc("fin-dir-policy", "docx", "Director, Policy Coordination - signed.docx", version_note="Signed version"),
    Doc("fin-dir-policy", "plain", "Director, Policy Coordination - signed (1).txt", version_note="Signed version"),
    Doc("fin-dir-policy-rev", "md", "Director, Policy Coordination - revised 2022.md",
        version_note="Revised October 2022; replaces the version signed in March 2019"),
    Doc("pch-dir-comms", "pdf", "Directrice, Communications stratégiques (signée).pdf", version_note="Version signée"),
    Doc("pch-dir-comms-rev", "md", "Directrice, Communications stratégiques - révisée.md",
        version_note="Version révisée (mai 2023)"),
    Doc("gen-dir-hr", "md", "HR Operations Director (draft).md"),
    Doc("gen-dir-hr", "plain", "Director HR Operations - generic.txt"),
    Doc("dfo-ccg-ed", "ocr-pages", "CCG ED Fleet Maintenance.txt"),
    Doc("dfo-ccg-ed", "docx", "Executive Director, Fleet Maintenance.docx", drop_report_classification=True),
]

NOT_WORK_DESCRIPTIONS = {
    "Talent management roles - memo.txt": (
        "MEMORANDUM\n\nTo: All executives\nFrom: Director General, Human Resources\nSubject: Talent management "
        "cycle 2025-2026\n\nThe annual talent management cycle begins on October 1. Executives at the EX-03 to EX-05 "
        "levels must complete the talent questionnaire; it remains voluntary for EX-01 and EX-02. Managers of "
        "executives hold the talent discussion and record the placement on the talent map before January 30.\n\n"
        "Questions may be sent to the executive services team.\n"),
    "Job poster - Director, Finance (EX-01).txt": (
        "JOB OPPORTUNITY\n\nDirector, Financial Planning and Analysis (EX-01)\nReference number: FIN24J-123456-000123\n"
        "Selection process number: 24-FIN-EA-NCR-555\nClosing date: 2024-06-30 - 23:59, Pacific Time\nWho can apply: "
        "Persons residing in Canada and Canadian citizens and permanent residents abroad.\nSalary: $128,000 to $150,000\n"
        "Location: Ottawa (Ontario)\n\nWork environment\nJoin a team that plans and monitors the department's budget.\n\n"
        "Essential qualifications\n- A degree from a recognized post-secondary institution.\n- Experience managing "
        "financial resources.\n\nThe Public Service of Canada is committed to building a diverse workforce.\n"),
    "Organigramme - notes de réunion.md": (
        "# Notes de réunion : organigramme\n\n* **Date :** 12 mars 2024\n* **Présents :** équipe de la planification\n\n"
        "## Points discutés\n\n- Mise à jour de l'organigramme de la direction générale.\n- Les postes vacants seront "
        "comblés au printemps.\n- Prochaine rencontre le 26 mars.\n"),
    "Lettre d'offre (modèle).txt": (
        "Objet : Offre de nomination intérimaire\n\nMadame, Monsieur,\n\nNous avons le plaisir de vous offrir une "
        "nomination intérimaire au poste de directeur, Finances (EX-01), à compter du 1er avril 2024. La présente "
        "offre est conditionnelle au maintien de votre cote de sécurité.\n\nVeuillez agréer nos salutations "
        "distinguées.\n\nLa directrice générale, Ressources humaines\n"),
}


def unreadable_scan(seed: int, lines: int = 40) -> str:
    """What OCR gives for a page it cannot read: specks and fragments, a word here and there."""
    rng = random.Random(seed)
    marks = "Il1|;:.,'`~-_=!ilj/\\rnmcoe"
    out = ["--- Structured Job Description ---", "", "", "--- Full Extracted Text ---"]
    for _ in range(lines):
        words = ["".join(rng.choice(marks) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(3, 14))]
        if rng.random() < 0.08:
            words.insert(rng.randrange(len(words)), rng.choice(["EXECUTIVE", "Pos", "tion", "Dlrect", "ACCOUNT"]))
        out.append(" ".join(words))
    return "\n".join(out) + "\n"


REFUSED_BINARY = {
    "scan_0042 (illisible).txt": lambda: unreadable_scan(42).encode(),
    "Scanned work description 0117.txt": lambda: unreadable_scan(117, 25).encode(),
    "numérisation sans texte.pdf": lambda: pdf_bytes(["x"] * 80, text_layer=False),
    "empty export.docx": lambda: _empty_docx(),
}
"""Documents to refuse with a reason: unreadable scans, a PDF without a text layer, an empty Word file."""


def _empty_docx() -> bytes:
    import io

    import docx

    document = docx.Document()
    document.core_properties.created = dt.datetime(2024, 1, 1)
    document.core_properties.modified = dt.datetime(2024, 1, 1)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip_times(buffer.getvalue())


# --- ground truth ------------------------------------------------------------------------------

def shown(doc: Doc) -> Position:
    """The position as this document states it."""
    p = BY_KEY[doc.key]
    if doc.drop_report_classification:
        p = dataclasses.replace(p, reports=[dataclasses.replace(r, classification=None) for r in p.reports])
    return p


KIND = {"md": "markdown", "plain": "text", "cp1252": "text-cp1252", "ocr": "ocr", "ocr-pages": "ocr",
        "ocr-columns": "ocr-columns", "docx": "docx", "pdf": "pdf"}


def expected(doc: Doc) -> dict:
    p = shown(doc)
    titles = [p.title] + ([p.title_fr] if p.title_fr else [])
    sup_number, sup_title, sup_cls = p.supervisor
    sup_titles = [sup_title] + ([p.supervisor_fr] if p.supervisor_fr and sup_title else []) if sup_title else None
    number = p.number if p.number and p.number.isdigit() else None
    fields = {
        "title": titles if len(titles) > 1 else titles[0],
        "classification": p.classification,
        "job_code": p.job_code,
        "position_number": number,
        "effective_date": p.date,
        "supervisor": {"position_number": sup_number, "title": sup_titles if sup_titles and len(sup_titles) > 1 else sup_title,
                       "classification": sup_cls},
        "direct_reports": [{"title": [r.title, r.title_fr] if r.title_fr else r.title, "classification": r.classification,
                            "fte": r.fte} for r in p.reports],
        "salary": p.salary, "o_and_m": p.o_and_m, "total": p.total,
        "location": f"{p.location[0]}, {p.location[1]}" if p.location else None,
    }
    not_stated = [k for k, v in fields.items() if v is None]
    not_stated += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    out = {"document": doc.name, "kind": KIND[doc.shape], "language": {"en": "en", "fr": "fr", "bi": "bilingual"}[p.lang],
           "outcome": "import", "fields": fields, "not_stated": not_stated,
           "also": {"fte": p.fte, "operating_budget": p.operating_budget, "program_budget": p.program_budget,
                    "provisional_number": p.number if p.number and not p.number.isdigit() else None},
           "people": list(p.people)}
    links = [q for q in POSITIONS if sup_number is None and sup_title and q.title == sup_title and q.number
             and q.department == p.department and q.key in {d.key for d in DOCS}]
    if links:
        out["reports_to_in_corpus"] = links[0].number
    same = [d for d in DOCS if BY_KEY[d.key].number == p.number and p.number and p.number.isdigit()]
    if len(same) > 1:
        newest = max(BY_KEY[d.key].date or dt.date.min for d in same)
        out["versions"] = {"position": p.number, "documents": sorted(d.name for d in same), "newest": (p.date == newest)}
    return out


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def main() -> None:
    for folder in (CORPUS, EXPECTED):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    for p in POSITIONS:
        if None not in (p.salary, p.o_and_m, p.total):
            assert p.salary + p.o_and_m == p.total, p.key
    names = [d.name for d in DOCS] + list(NOT_WORK_DESCRIPTIONS) + list(REFUSED_BINARY)
    assert len(names) == len(set(names))
    for doc in DOCS:
        write(CORPUS / doc.name, render(doc, shown(doc)))
        truth = expected(doc)
        write(EXPECTED / f"{doc.name}.expected.yaml",
              yaml.safe_dump(truth, sort_keys=False, allow_unicode=True, width=110).encode())
    refusals = {**{n: (lambda t=t: t.encode()) for n, t in NOT_WORK_DESCRIPTIONS.items()}, **REFUSED_BINARY}
    for name, make in refusals.items():
        write(CORPUS / name, make())
        kind = "not-a-work-description" if name in NOT_WORK_DESCRIPTIONS else "unreadable"
        truth = {"document": name, "kind": kind, "language": "fr" if re.search(r"[éè]|Lettre", name) else "en",
                 "outcome": "refuse"}
        write(EXPECTED / f"{name}.expected.yaml", yaml.safe_dump(truth, sort_keys=False, allow_unicode=True).encode())
    print(f"{len(names)} documents in {CORPUS.relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    main()
