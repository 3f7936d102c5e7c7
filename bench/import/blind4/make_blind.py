#!/usr/bin/env python3
"""Write the fifth, blind import corpus: ``corpus/`` (the documents) and ``expected/`` (their
ground truth, in the schema of ``bench/import/expected/``).

    python bench/import/blind4/make_blind.py

Written without reading the importer or the other corpora. Every document is laid out by its
own choice of labels, date, amount and head-count wordings, heading style, section order and
direct-report layout (the choices cycle, so each wording appears in one to three documents),
then damaged as its kind of file is (OCR confusions and page furniture, interleaved columns,
cp1252 bytes, Word tables, PDF text layers). Deterministic: the same files on every run.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from positions_blind import POSITIONS, Position  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
EXTENSION = {"docx": ".docx", "pdf": ".pdf", "ocr": ".txt", "ocr-columns": ".txt", "text": ".txt", "text-cp1252": ".txt"}

# --- wordings -----------------------------------------------------------------------------------
# Each header field's labels as real forms write them; a document takes the next one in turn.

LABELS = {
    "title": {"en": ["Position Title", "Title of Position", "Job Title", "Position", "Working Title", "Official Title",
                     "Name of Position", "Descriptive Title", "Position Name", "Title", "Official Position Title"],
              "fr": ["Titre du poste", "Titre de poste", "Intitulé du poste", "Titre officiel", "Appellation du poste",
                     "Titre descriptif", "Poste", "Titre"]},
    "classification": {"en": ["Classification", "Group and Level", "Group/Level", "Occupational Group and Level", "Level",
                              "Classification Level", "Group & Level", "Current Classification", "Grp/Lvl",
                              "Confirmed Classification", "Classification (Group-Level)"],
                       "fr": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau", "Classification du poste",
                              "Niveau de classification", "Groupe-niveau", "Groupe et niveau de classification"]},
    "job_code": {"en": ["Job Code", "Generic Job Number", "Job Number", "Work Description Number", "Job ID", "Job No.",
                        "Generic WD #", "Standardized Job Code", "Work Description Code", "JD Number", "Job Reference"],
                 "fr": ["Code d'emploi", "Numéro de la description de travail", "Numéro d'emploi", "Code de l'emploi",
                        "N° d'emploi", "Numéro de DT", "No de description de travail", "Code de poste générique"]},
    "number": {"en": ["Position Number", "Position No.", "Pos. #", "Position #", "Position Reference Number", "Position ID",
                      "Position No", "Pos No", "Position Code", "Box Number", "Incumbent Position Number"],
               "fr": ["Numéro du poste", "N° de poste", "No du poste", "Numéro de poste", "Numéro d'identification du poste",
                      "No de poste", "Poste n°", "N° du poste"]},
    "date": {"en": ["Effective Date", "Effective as of", "Date of Classification Decision", "Effective", "Date Effective",
                    "Classification Effective Date", "Date in Effect", "Effective From", "Date of Effect",
                    "Effective Date of Work Description", "Date"],
             "fr": ["Date d'entrée en vigueur", "Date en vigueur", "Date de prise d'effet", "En vigueur le", "Date effective",
                    "Date de la décision de classification", "Date d'effet", "Entrée en vigueur"]},
    "department": {"en": ["Department", "Organization", "Department/Agency", "Organization Name", "Dept.", "Employer",
                          "Agency", "Portfolio Organization"],
                   "fr": ["Ministère", "Organisme", "Ministère/organisme", "Organisation", "Ministère ou organisme"]},
    "branch": {"en": ["Branch", "Sector", "Directorate", "Branch/Sector", "Program Area", "Region/Branch",
                      "Organizational Unit", "Branch or Region"],
               "fr": ["Direction générale", "Secteur", "Direction", "Unité organisationnelle", "Région/Direction générale"]},
    "location": {"en": ["Location", "Work Location", "Geographic Location", "City/Province", "Place of Work",
                        "Location of Position", "Duty Station", "Office Location", "Geographical Location", "Headquarters"],
                 "fr": ["Lieu de travail", "Emplacement", "Lieu", "Emplacement géographique", "Ville/province", "Lieu du poste"]},
    "sup_number": {"en": ["Supervisor's Position Number", "Reports to Position No.", "Supervisor Position #",
                          "Supervisor's Position No.", "Position Number of Supervisor", "Superior's Position Number",
                          "Reporting Position Number", "Supervisor Pos. No."],
                   "fr": ["Numéro du poste du superviseur", "N° de poste du supérieur", "No du poste du surveillant",
                          "Numéro de poste du gestionnaire", "Numéro du poste du supérieur immédiat"]},
    "sup_title": {"en": ["Supervisor's Title", "Title of Supervisor", "Immediate Supervisor", "Supervisor Position Title",
                         "Title of Immediate Supervisor", "Superior's Title", "Supervisor", "Reports To"],
                  "fr": ["Titre du poste du superviseur", "Titre du supérieur immédiat", "Supérieur immédiat",
                         "Titre du poste du surveillant", "Relève de"]},
    "sup_class": {"en": ["Supervisor's Classification", "Supervisor Group and Level", "Classification of Supervisor",
                         "Supervisor's Group/Level", "Superior's Classification", "Supervisor Level"],
                  "fr": ["Classification du superviseur", "Groupe et niveau du supérieur", "Classification du poste du surveillant",
                         "Groupe/niveau du supérieur immédiat"]},
}
DIMENSION_LABELS = {
    "salary": {"en": ["Salary", "Salary budget", "Salaries", "Personnel (salary)", "Salary dollars", "Salary envelope"],
               "fr": ["Salaires", "Masse salariale", "Budget salarial", "Traitements et salaires"]},
    "o_and_m": {"en": ["O&M", "Operating and Maintenance", "Non-salary O&M", "Operations and maintenance budget",
                       "O & M", "Non-salary (O&M)"],
                "fr": ["F et E", "Fonctionnement et entretien", "Budget de F et E", "Dépenses de fonctionnement (F et E)"]},
    "total": {"en": ["Total", "Total budget", "Total operating budget", "Total resources", "Total managed"],
              "fr": ["Total", "Budget total", "Total des ressources", "Budget total géré"]},
}
HEADINGS = {  # general accountability, organization structure, nature and scope, dimensions, specific accountabilities
    "classic": {"en": ["General Accountability", "Organization Structure", "Nature and Scope", "Dimensions",
                       "Specific Accountabilities"],
                "fr": ["Responsabilités générales", "Structure organisationnelle", "Nature et étendue", "Dimensions",
                       "Responsabilités spécifiques"]},
    "csr": {"en": ["Client Service Results", "Organizational Context", "Effort and Responsibility",
                   "Financial and Human Resources", "Key Activities"],
            "fr": ["Résultats axés sur le service à la clientèle", "Contexte organisationnel", "Effort et responsabilités",
                   "Ressources financières et humaines", "Activités principales"]},
    "alt": {"en": ["Purpose of the Position", "Organization", "Scope and Context", "Quantitative Data", "Key Responsibilities"],
            "fr": ["Raison d'être du poste", "Organisation", "Contexte et portée", "Données quantitatives",
                   "Principales responsabilités"]},
}
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]}
NUMBER_WORDS = {"en": ["no", "one", "two", "three", "four", "five"], "fr": ["aucun", "un", "deux", "trois", "quatre", "cinq"]}


def ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def date_text(d: dt.date, lang: str, n: int) -> str:
    """The date as the nth style of its language writes it (day-first numeric forms only where
    the day cannot be read as a month)."""
    m = MONTHS[lang][d.month - 1]
    if lang == "en":
        styles = [f"{d.day} {m} {d.year}", f"{d:%Y/%m/%d}", f"{m} {ordinal(d.day)}, {d.year}", f"{d:%d-%m-%Y}",
                  f"{d:%Y-%m-%d}", f"{m} {d.day}, {d.year}", f"{d.day}-{m[:3]}-{d.year}", f"{m[:3]}. {d.day}, {d.year}",
                  f"{d:%d/%m/%Y}"]
    else:
        first = "1er" if d.day == 1 else str(d.day)
        styles = [f"le {first} {m} {d.year}", f"{d.day} {m} {d.year}", f"{d:%Y-%m-%d}", f"{d:%d/%m/%Y}", f"{first} {m} {d.year}",
                  f"{d:%d.%m.%Y}"]
    text = styles[n % len(styles)]
    if d.day <= 12 and re.fullmatch(r"\d\d[-/.]\d\d[-/.]\d{4}", text):
        text = styles[(n + 1) % len(styles)]
    if lang == "fr" and d.day == 1 and n % 7 == 4:
        text = f"{m} {d.year}"  # a month only: read as its first day
    return text


def amount_text(value: int, lang: str, n: int) -> str:
    """The amount as the nth style of its language writes it."""
    millions = f"{value / 1e6:.3f}".rstrip("0").rstrip(".")
    if lang == "en":
        styles = [f"${value:,}", f"${millions} M", f"{millions} million dollars", f"${millions}M", f"${value:,}.00",
                  f"$ {value:,}", f"${millions} million"]
        if value < 1_000_000 and value % 1000 == 0:
            styles += [f"${value // 1000}K", f"${value // 1000}k"]
    else:
        comma = millions.replace(".", ",")
        spaced = f"{value:,}".replace(",", " ")
        styles = [f"{spaced} $", f"{comma} M$", f"{spaced},00 $", f"{comma} million $", f"{comma} millions de dollars",
                  f"{spaced}\u00a0$"]
        if value < 1_000_000 and value % 1000 == 0:
            styles += [f"{value // 1000} k$", f"{value // 1000} K$"]
    return styles[n % len(styles)]


def fte_text(count: int, lang: str, n: int) -> str:
    styles = {"en": [f"FTEs: {count}", f"{count} full-time equivalents", f"a staff of {count}", f"approximately {count} employees",
                     f"{count} FTEs", f"{count} employees (FTEs)", f"{count} FTE"],
              "fr": [f"{count} ETP", f"ETP : {count}", f"un effectif de {count} employés", f"environ {count} employés",
                     f"{count} équivalents temps plein"]}[lang]
    return styles[n % len(styles)]


def report_fte(count: int, lang: str, n: int) -> str:
    styles = {"en": [f"{count} FTEs", f"{count} FTE", f"staff of {count}", f"{count} employees", f"{count} full-time equivalents"],
              "fr": [f"{count} ETP", f"effectif de {count}", f"{count} employés", f"{count} équivalents temps plein"]}[lang]
    text = styles[n % len(styles)]
    return text.replace("FTEs", "FTE").replace("employees", "employee") if count == 1 and "s" in text[-1:] else text


# --- prose --------------------------------------------------------------------------------------
# What the position does, written for this corpus: the position's domain fills the gap.

PURPOSE = {"en": ["Is accountable for the planning, delivery and continuous improvement of {d}, ensuring results for Canadians "
                  "within approved resources and in compliance with legislation and policy.",
                  "Directs {d} and provides strategic advice to senior management on program direction, risks and priorities.",
                  "Leads {d}, managing the people, funds and assets entrusted to the unit and representing it with partners."],
           "fr": ["Est responsable de la planification, de la prestation et de l'amélioration continue de {d}, afin d'obtenir "
                  "des résultats pour la population canadienne dans les limites des ressources approuvées.",
                  "Dirige {d} et conseille la haute direction sur l'orientation des programmes, les risques et les priorités.",
                  "Assure la gestion de {d}, des ressources humaines et financières confiées à l'unité et la représente "
                  "auprès des partenaires."]}
SCOPE = {"en": ["The position operates in an environment of competing priorities, aging infrastructure and heightened public "
                "scrutiny. Decisions taken by the incumbent affect employees, partners and the communities served, and "
                "frequently require consultation with central agencies, provinces and Indigenous organizations.",
                "The incumbent must reconcile operational realities with national policy, maintain service standards during "
                "periods of peak demand and ensure that the unit's work is scientifically sound and legally defensible.",
                "Major challenges include recruiting and retaining specialized staff, modernizing systems and processes, and "
                "keeping stakeholders informed of changes that affect them."],
         "fr": ["Le poste s'exerce dans un contexte de priorités concurrentes, d'infrastructures vieillissantes et d'un "
                "examen public accru. Les décisions du titulaire touchent les employés, les partenaires et les collectivités "
                "servies et exigent souvent la consultation des organismes centraux et des provinces.",
                "Le titulaire doit concilier les réalités opérationnelles et les politiques nationales, maintenir les normes "
                "de service en période de pointe et veiller à ce que les travaux de l'unité soient rigoureux.",
                "Parmi les principaux défis figurent le recrutement et le maintien en poste de personnel spécialisé, la "
                "modernisation des systèmes et l'information des intervenants."]}
ACTIVITIES = {"en": ["Sets the annual operational plan and performance targets and reports on results.",
                     "Manages human and financial resources, including staffing, labour relations and budget forecasting.",
                     "Establishes and maintains partnerships with other departments, provinces, territories and stakeholders.",
                     "Provides expert advice and briefings to the senior executive committee and the Minister's office.",
                     "Ensures compliance with legislation, Treasury Board policies and occupational health and safety requirements.",
                     "Champions a respectful, diverse and inclusive workplace and the well-being of employees."],
              "fr": ["Établit le plan opérationnel annuel et les cibles de rendement et rend compte des résultats.",
                     "Gère les ressources humaines et financières, y compris la dotation, les relations de travail et les prévisions.",
                     "Établit et entretient des partenariats avec les autres ministères, les provinces, les territoires et les intervenants.",
                     "Fournit des conseils d'expert et des notes d'information au comité de la haute direction et au cabinet du ministre.",
                     "Veille au respect des lois, des politiques du Conseil du Trésor et des exigences en santé et sécurité au travail.",
                     "Favorise un milieu de travail respectueux, diversifié et inclusif et le mieux-être des employés."]}


def purpose(lang: str, n: int, domain: str) -> str:
    """The general accountability, French elisions made (de les -> des)."""
    text = PURPOSE[lang][n % 3].format(d=domain)
    return text.replace(" de les ", " des ").replace(" de le ", " du ") if lang == "fr" else text


# --- one document as blocks ---------------------------------------------------------------------

class Doc:
    """A document as a list of blocks, independent of the file it becomes:
    ("h", text), ("f", label, value), ("p", text), ("li", text), ("t", rows) with a header row."""

    def __init__(self, colon: str = ":") -> None:
        self.blocks: list[tuple] = []
        self.colon = colon  # French forms often write "Label : value"

    def add(self, *block) -> None:
        self.blocks.append(block)


def cls_text(cls: str, n: int) -> str:
    """A classification as forms write it: EX-02, EX 02, EX-2, EX02."""
    group, _, level = cls.rpartition("-")
    if group != "EX":
        return cls
    return [cls, f"EX {level}", f"EX-{int(level)}", f"EX{level}", cls][n % 5]


def heading(text: str, number: int, style: int) -> str:
    letters = "ABCDEFG"
    roman = ["I", "II", "III", "IV", "V", "VI", "VII"]
    return [f"{number}. {text.upper()}", f"{letters[number - 1]}. {text}", f"{text.upper()}:", text,
            f"{roman[number - 1]}. {text.upper()}", f"{text}:", f"Section {number} - {text}"][style % 7]


def build(p: Position, n: int) -> tuple[Doc, dict]:
    """Lay out position ``p`` as the nth document; return it and what it states (the truth)."""
    rng = random.Random(zlib.crc32(p.key.encode()))
    langs = ["en", "fr"] if p.lang == "bi" else [p.lang]
    lang = langs[0]
    t = 0 if lang == "en" else 1
    doc = Doc(" :" if lang == "fr" and n % 3 else ":")

    k = sum(q.lang == p.lang for q in POSITIONS[:n])  # documents of this language before this one

    def label(name: str, shift: int = 0) -> str:
        """The next wording of the field's label in this language, so each is in few documents."""
        if p.lang == "bi":
            return f"{LABELS[name]['en'][(k * 2 + shift) % len(LABELS[name]['en'])]} / " \
                   f"{LABELS[name]['fr'][(k * 2 + shift) % len(LABELS[name]['fr'])]}"
        pool = LABELS[name][lang]
        return pool[(k + shift) % len(pool)]

    title = f"{p.title[0]} / {p.title[1]}" if p.lang == "bi" and n % 2 else None
    doc_heading = {"en": ["EXECUTIVE WORK DESCRIPTION", "Work Description - Executive Group", "EX Position Description",
                          "WORK DESCRIPTION"],
                   "fr": ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "Description de travail", "DESCRIPTION DE POSTE EX"]}
    if p.lang == "bi":
        doc_heading_text = ["WORK DESCRIPTION / DESCRIPTION DE TRAVAIL", "Executive Work Description / Description de travail de cadre"][n % 2]
    else:
        doc_heading_text = doc_heading[lang][n % len(doc_heading[lang])]
    doc.add("h", doc_heading_text)
    if p.people and n % 4 == 1:
        doc.add("f", "Incumbent" if lang == "en" else "Titulaire", p.people[0])

    # header fields, in one of four orders
    combined_supervisor = n % 5 == 2
    fields: list[tuple[str, str, str]] = []
    if title:
        fields.append(("title", label("title"), title))
    elif p.lang == "bi":
        fields.append(("title", LABELS["title"]["en"][-1 - k], p.title[0]))
        fields.append(("title", LABELS["title"]["fr"][-1 - k], p.title[1]))
    else:
        fields.append(("title", label("title"), p.title[t]))
    fields.append(("classification", label("classification", 1), cls_text(p.classification, n)
                   + (" (confirmed)" if n % 9 == 4 and lang == "en" else "")))
    if p.job_code:
        fields.append(("job_code", label("job_code", 2), p.job_code))
    elif n % 2:
        fields.append(("job_code", label("job_code", 2), "N/A" if lang == "en" else "s.o."))
    number_value = p.number if p.number not in ("NEW", "TBD") else \
        ({"NEW": "New", "TBD": "To be determined"}[p.number] if lang == "en" else "Nouveau")
    fields.append(("number", label("number", 3), number_value))
    if p.date:
        fields.append(("date", label("date", 4), date_text(p.date, lang, n)))
    fields.append(("department", label("department", 5), p.department[t]))
    fields.append(("branch", label("branch", 6), p.branch[t]))
    if p.location:
        fields.append(("location", label("location", 7), location_text(p.location, lang, n)))
    if combined_supervisor:
        sup = p.sup_title[t] + (f" ({cls_text(p.sup_class, n + 1)})" if p.sup_class else "")
        sup += (f", position {p.sup_number}" if lang == "en" else f", poste {p.sup_number}") if p.sup_number else ""
        fields.append(("sup", {"en": "Reports to", "fr": "Relève du"}[lang] if p.lang != "bi" else "Reports to / Relève de", sup))
    else:
        if p.sup_number:
            fields.append(("sup_number", label("sup_number", 8), p.sup_number))
        fields.append(("sup_title", label("sup_title", 9), p.sup_title[t]))
        if p.sup_class:
            fields.append(("sup_class", label("sup_class", 10), cls_text(p.sup_class, n + 2)))
    order = n % 4
    if order == 1:  # department and branch first, as some agency forms do
        fields = [f for f in fields if f[0] in ("department", "branch")] + [f for f in fields if f[0] not in ("department", "branch")]
    elif order == 3:  # supervisor block before the dates
        sup_fields = [f for f in fields if f[0].startswith("sup")]
        rest = [f for f in fields if not f[0].startswith("sup")]
        at = next(i for i, f in enumerate(rest) if f[0] in ("date", "department"))
        fields = rest[:at] + sup_fields + rest[at:]
    for _, lab, value in fields:
        doc.add("f", lab, value)

    # sections
    template = ["classic", "csr", "alt"][n % 3]
    names = HEADINGS[template][lang]
    if p.lang == "bi":
        names = [f"{e} / {f}" for e, f in zip(HEADINGS[template]["en"], HEADINGS[template]["fr"])]
    hstyle = n + rng.randrange(3)
    d = p.domain[t]
    sections = {
        0: [("p", purpose(lang, n, d))],
        1: structure_blocks(p, lang, n),
        2: [("p", SCOPE[lang][n % 3]), ("p", SCOPE[lang][(n + 1) % 3])],
        3: dimension_blocks(p, lang, n),
        4: [("li", a) for a in rng.sample(ACTIVITIES[lang], 4)],
    }
    order_of_sections = [[0, 1, 2, 3, 4], [0, 2, 1, 3, 4], [0, 1, 3, 2, 4], [0, 4, 2, 1, 3]][n % 4]
    for number, key in enumerate(order_of_sections, 1):
        doc.add("h", heading(names[key], number, hstyle))
        for block in sections[key]:
            doc.add(*block)
    if p.lang == "bi" and n % 2 == 0:  # the French copy follows, its header fields only
        doc.add("h", "VERSION FRANÇAISE")
        doc.add("f", "Titre du poste", p.title[1])
        doc.add("f", "Numéro du poste", number_value)
        doc.add("p", purpose("fr", n, p.domain[1]))

    # signatures
    if p.people:
        doc.add("h", {"en": "Signatures", "fr": "Signatures"}[lang] if n % 2 else
                {"en": "APPROVALS", "fr": "APPROBATIONS"}[lang])
        roles = {"en": ["Incumbent", "Supervisor", "Delegated Manager"], "fr": ["Titulaire", "Superviseur", "Gestionnaire délégué"]}[lang]
        for role, name in zip(roles, p.people):
            doc.add("p", f"{role}: {name}    Date: ____________" if lang == "en" else f"{role} : {name}    Date : ____________")

    truth = {
        "title": [p.title[0], p.title[1]] if p.lang == "bi" else p.title[t],
        "classification": p.classification,
        "job_code": p.job_code,
        "position_number": p.number if p.number not in ("NEW", "TBD") else None,
        "effective_date": p.date,
        "supervisor": {"position_number": p.sup_number, "title": p.sup_title[t], "classification": p.sup_class},
        "direct_reports": [{"title": r.en if lang == "en" else r.fr, "classification": r.classification, "fte": r.fte}
                           for r in p.reports],
        "salary": p.salary, "o_and_m": p.o_and_m,
        "total": p.salary + p.o_and_m if p.salary is not None and p.o_and_m is not None else None,
        "location": p.location,
    }
    return doc, truth


def location_text(location: str, lang: str, n: int) -> str:
    city, province = [s.strip() for s in location.split(",")]
    french = {"Quebec": "Québec", "Nova Scotia": "Nouvelle-Écosse", "New Brunswick": "Nouveau-Brunswick",
              "British Columbia": "Colombie-Britannique", "Northwest Territories": "Territoires du Nord-Ouest",
              "Prince Edward Island": "Île-du-Prince-Édouard"}
    codes = {"Ontario": "ON", "Quebec": "QC", "Nova Scotia": "NS", "New Brunswick": "NB", "Manitoba": "MB",
             "British Columbia": "BC", "Alberta": "AB", "Saskatchewan": "SK", "Northwest Territories": "NT",
             "Nunavut": "NU", "Prince Edward Island": "PE"}
    if lang == "fr":
        province = french.get(province, province)
        return f"{city} ({province})" if n % 2 else f"{city}, {province}"
    return [f"{city}, {province}", f"{city}, {codes[province]}", f"{city} ({province})", f"{city}, {province}"][n % 4]


def structure_blocks(p: Position, lang: str, n: int) -> list[tuple]:
    """The direct reports, in one of five layouts (prose, dash list, class-first list, table,
    numbered)."""
    t = 0 if lang == "en" else 1
    reports = p.reports
    names = [r.en if lang == "en" else r.fr for r in reports]
    boss = p.title[t].split(",")[0]
    style = (n * 2 + 1) % 5
    out: list[tuple] = []
    if style == 0:
        parts = []
        for r, name in zip(reports, names):
            inside = ", ".join(x for x in (cls_text(r.classification, n) if r.classification else None,
                                           report_fte(r.fte, lang, n) if r.fte is not None else None) if x)
            parts.append(f"the {name}" if lang == "en" else name)
            parts[-1] += f" ({inside})" if inside else ""
        count = NUMBER_WORDS[lang][len(reports)] if len(reports) < 6 else str(len(reports))
        if lang == "en":
            out.append(("p", f"The {boss} is supported by {count} direct reports: " + "; ".join(parts[:-1])
                        + f"; and {parts[-1]}."))
        else:
            out.append(("p", f"Le titulaire compte {count} subordonnés directs : " + "; ".join(parts[:-1])
                        + f"; et {parts[-1]}."))
    elif style == 1:
        out.append(("p", "Positions reporting directly to the incumbent:" if lang == "en" else
                    "Postes relevant directement du titulaire :"))
        for r, name in zip(reports, names):
            text = name + (f" ({cls_text(r.classification, n)})" if r.classification else "")
            text += f" \u2013 {report_fte(r.fte, lang, n)}" if r.fte is not None else ""
            out.append(("li", text))
    elif style == 2:
        out.append(("p", "Direct reports:" if lang == "en" else "Subordonnés directs :"))
        for r, name in zip(reports, names):
            text = (f"{cls_text(r.classification, n)} - " if r.classification else "") + name
            text += f" ({report_fte(r.fte, lang, n + 1)})" if r.fte is not None else ""
            out.append(("li", text))
    elif style == 3:
        header = {"en": [["Position Title", "Group and Level", "FTEs"], ["Title", "Classification", "Staff"]],
                  "fr": [["Titre du poste", "Groupe et niveau", "ETP"], ["Poste", "Classification", "Effectif"]]}[lang][n % 2]
        rows = [header] + [[name, r.classification or "", str(r.fte) if r.fte is not None else ""]
                           for r, name in zip(reports, names)]
        out.append(("p", f"The following positions report to the {boss}:" if lang == "en" else
                    "Les postes suivants relèvent du titulaire :"))
        out.append(("t", rows))
    else:
        for i, (r, name) in enumerate(zip(reports, names), 1):
            bits = [name] + ([r.classification] if r.classification else []) + \
                ([report_fte(r.fte, lang, n + 2)] if r.fte is not None else [])
            out.append(("p", f"{i}) " + ", ".join(bits)))
    return out


def dimension_blocks(p: Position, lang: str, n: int) -> list[tuple]:
    """Staff and budget, as lines, as a sentence or as a table."""
    out: list[tuple] = []
    if p.fte is not None:
        staff = fte_text(p.fte, lang, n)
        if ":" in staff:
            out.append(("p", staff))
        elif n % 3:
            out.append(("p", f"The unit has {staff}." if lang == "en" else f"L'unité compte {staff}."))
        else:
            out.append(("p", {"en": "Human resources: ", "fr": "Ressources humaines : "}[lang] + staff))
    if p.salary is None:
        return out
    total = p.salary + p.o_and_m if p.o_and_m is not None else None
    lab = {k: v[lang][n % len(v[lang])] for k, v in DIMENSION_LABELS.items()}
    amounts = {"salary": amount_text(p.salary, lang, n)}
    if p.o_and_m is not None:
        amounts["o_and_m"] = amount_text(p.o_and_m, lang, n + (1 if p.o_and_m < 1_000_000 else 0))
        amounts["total"] = amount_text(total, lang, n)
    style = n % 3
    if style == 0:
        for key, value in amounts.items():
            out.append(("p", f"{lab[key]}: {value}" if lang == "en" else f"{lab[key]} : {value}"))
    elif style == 1 and "total" in amounts:
        out.append(("p", f"The position manages a budget of {amounts['total']}, made up of {amounts['salary']} in salary "
                    f"and {amounts['o_and_m']} in operating and maintenance funds." if lang == "en" else
                    f"Le titulaire gère un budget de {amounts['total']}, soit {amounts['salary']} en salaires et "
                    f"{amounts['o_and_m']} en fonctionnement et entretien."))
    else:
        rows = [["Budget", "Amount" if lang == "en" else "Montant"]] + [[lab[k], v] for k, v in amounts.items()]
        out.append(("t", rows))
    return out


# --- files --------------------------------------------------------------------------------------

def as_text(doc: Doc, layout: int) -> str:
    """The document as a form saved as text: label and value on one line, or the value on the
    next line, or padded into columns; tables as aligned columns."""
    lines: list[str] = []
    for block in doc.blocks:
        kind = block[0]
        if kind == "h":
            lines += ["", block[1]]
        elif kind == "f":
            if layout == 0:
                lines.append(f"{block[1]}{doc.colon} {block[2]}")
            elif layout == 1:
                lines += [block[1], block[2]]
            else:
                lines.append(f"{block[1] + doc.colon:<40}{block[2]}")
        elif kind == "p":
            lines += textwrap.wrap(block[1], 95) or [""]
        elif kind == "li":
            lines.append(f"- {block[1]}" if layout != 1 else f"\u2022 {block[1]}")
        elif kind == "t":
            widths = [max(len(r[i]) for r in block[1]) + 3 for i in range(len(block[1][0]))]
            lines += ["".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in block[1]]
    return "\n".join(lines).strip() + "\n"


OCR_SWAPS = [("0", "O"), ("1", "I"), ("1", "l"), ("5", "S")]
OCR_LETTERS = [("rn", "m"), ("m", "rn"), ("li", "h"), ("e", "c"), ("t", "l"), ("i", "l"), ("a", "e"), ("cl", "d")]


def ocr_damage(text: str, rng: random.Random, rate: float, keep: frozenset = frozenset()) -> str:
    """What OCR does to a scan: digits read as letters, letters confused, spaces dropped or
    doubled. Words in ``keep`` (the titles the ground truth holds) keep their letters: a reader
    could not tell what they should be."""
    out = []
    for word in re.split(r"( +)", text):
        if word.strip() and any(c.isdigit() for c in word) and rng.random() < rate * 2:
            a, b = rng.choice(OCR_SWAPS)
            word = word.replace(a, b, 1)
        elif word.strip() and len(word) > 4 and word.strip(".,;:()") not in keep and rng.random() < rate:
            a, b = rng.choice(OCR_LETTERS)
            word = word.replace(a, b, 1)
        if word == " " and rng.random() < rate / 3:
            word = rng.choice(["", "  "])
        out.append(word)
    return "".join(out)


def kept_words(p: Position) -> frozenset:
    """The words of the titles and location the ground truth checks."""
    names = [*p.title, *p.sup_title, p.location or ""] + [t for r in p.reports for t in (r.en, r.fr)]
    return frozenset(w.strip(".,;:()") for name in names for w in name.split())


def as_ocr(doc: Doc, p: Position, n: int) -> str:
    """An OCR run: one long paragraph, or page lines with running heads and page numbers."""
    rng = random.Random(zlib.crc32(p.key.encode()) + 7)
    text = as_text(doc, 1 if n % 7 == 0 else (n // 2) % 2 * 2)  # a scanned table form loses its colons
    if n % 2:
        body = " ".join(text.split())
        body = ocr_damage(body, rng, 0.06, kept_words(p))
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body + "\n"
    lines = [ocr_damage(line, rng, 0.05, kept_words(p)) for line in text.splitlines() if line.strip()]
    head = {"en": "Protected when completed", "fr": "Protégé une fois rempli"}[p.lang if p.lang != "bi" else "en"]
    pages, out = [lines[i:i + 26] for i in range(0, len(lines), 26)], []
    for number, page in enumerate(pages, 1):
        out.append(f"{head}   {p.department[0 if p.lang != 'fr' else 1]}")
        out += page
        out.append(f"Page {number} of {len(pages)}" if p.lang != "fr" else f"Page {number} de {len(pages)}")
        out.append("\f")
    return "\n".join(out) + "\n"


def as_ocr_columns(doc: Doc, p: Position, n: int) -> str:
    """A two-column scan read straight across: the structure column and the dimensions column
    interleaved line by line, the rest a run of text."""
    rng = random.Random(zlib.crc32(p.key.encode()) + 11)
    head, left, right, tail, where = [], [], [], [], "head"
    for block in doc.blocks:
        if block[0] == "h" and re.search(r"structure|organization|organisation", block[1], re.I):
            where = "left"
        elif block[0] == "h" and re.search(r"dimension|quantitative|ressources|resources", block[1], re.I):
            where = "right"
        elif block[0] == "h" and where in ("left", "right"):
            where = "tail"
        {"head": head, "left": left, "right": right, "tail": tail}[where].append(block)

    def text_of(blocks, width):
        d = Doc(doc.colon)
        d.blocks = blocks
        return [ln for raw in as_text(d, 0).splitlines() for ln in (textwrap.wrap(raw, width) or [])]

    first = " ".join(" ".join(text_of(head, 200)).split())
    a, b = text_of(left, 48), text_of(right, 44)
    rows = [f"{a[i] if i < len(a) else '':<50}{b[i] if i < len(b) else ''}".rstrip() for i in range(max(len(a), len(b)))]
    last = " ".join(" ".join(text_of(tail, 200)).split())
    keep = kept_words(p)
    text = ocr_damage(first, rng, 0.05, keep) + "\n" + "\n".join(ocr_damage(r, rng, 0.04, keep) for r in rows) + "\n" + \
        ocr_damage(last, rng, 0.05, keep) + "\n"
    return "--- Full Extracted Text ---\n" + text


def as_docx(doc: Doc, n: int) -> bytes:
    """A Word file: header fields in a two-column table (or four columns, or paragraphs with the
    label in bold), headings as Word headings or bold paragraphs, tables as Word tables."""
    import docx

    document = docx.Document()
    mode = n % 4
    table = None
    pending: list[tuple[str, str]] = []

    def flush() -> None:
        nonlocal pending
        if not pending:
            return
        if mode == 1:
            grid = document.add_table(rows=0, cols=4)
            grid.style = "Table Grid"
            for i in range(0, len(pending), 2):
                cells = grid.add_row().cells
                for j, (lab, value) in enumerate(pending[i:i + 2]):
                    cells[2 * j].text, cells[2 * j + 1].text = lab, value
        elif mode in (0, 3):
            grid = document.add_table(rows=0, cols=2)
            grid.style = "Table Grid"
            for lab, value in pending:
                cells = grid.add_row().cells
                cells[0].text, cells[1].text = (lab + ":" if mode == 3 else lab), value
        else:
            for lab, value in pending:
                para = document.add_paragraph()
                para.add_run(lab + ":").bold = True
                para.add_run(" " + value)
        pending = []

    for block in doc.blocks:
        if block[0] != "f":
            flush()
        if block[0] == "h":
            if mode == 3:
                document.add_paragraph().add_run(block[1]).bold = True
            else:
                document.add_heading(block[1], 1 if block is doc.blocks[0] else 2)
        elif block[0] == "f":
            pending.append((block[1], block[2]))
        elif block[0] == "p":
            document.add_paragraph(block[1])
        elif block[0] == "li":
            document.add_paragraph(block[1], style="List Bullet" if n % 2 else "List Number")
        elif block[0] == "t":
            table = document.add_table(rows=0, cols=len(block[1][0]))
            table.style = "Table Grid"
            for row in block[1]:
                for cell, text in zip(table.add_row().cells, row):
                    cell.text = text
    flush()
    out = io.BytesIO()
    document.core_properties.author = "HR Classification"
    document.core_properties.created = dt.datetime(2024, 1, 1)
    document.core_properties.modified = dt.datetime(2024, 1, 1)
    document.core_properties.last_modified_by = "HR Classification"
    document.core_properties.revision = 1
    document.save(out)
    return fixed_zip(out.getvalue())


def fixed_zip(data: bytes) -> bytes:
    """The same zip with fixed member times, so a Word file is the same on every run."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


def pdf_bytes(pages: list[str]) -> bytes:
    """A PDF whose pages carry the given text as their text layer (Helvetica, WinAnsiEncoding)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for text in pages:
        shown = "".join("(%s) Tj T* " % line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                        for line in text.splitlines())
        stream = f"BT /F1 9 Tf 11 TL 40 800 Td {shown}ET".encode("cp1252", "replace")
        objects.append(b"<< /Length %d >>\nstream\n%b\nendstream" % (len(stream), stream))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%b] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def as_pdf(doc: Doc, p: Position, n: int) -> bytes:
    lines = as_text(doc, (n + 1) % 3).replace("\u00a0", " ").splitlines()
    footer = f"{p.department[0 if p.lang != 'fr' else 1]} - {p.key[:3].upper()} - "
    chunks = [lines[i:i + 62] for i in range(0, len(lines), 62)]
    return pdf_bytes(["\n".join(chunk + ["", footer + f"{i}/{len(chunks)}"]) for i, chunk in enumerate(chunks, 1)])


def render(p: Position, doc: Doc, n: int) -> bytes:
    if p.fmt == "docx":
        return as_docx(doc, n)
    if p.fmt == "pdf":
        return as_pdf(doc, p, n)
    if p.fmt == "ocr":
        return as_ocr(doc, p, n).encode("utf-8")
    if p.fmt == "ocr-columns":
        return as_ocr_columns(doc, p, n).encode("utf-8")
    text = as_text(doc, n % 3)
    if p.fmt == "text-cp1252":
        text = text.replace("'", "\u2019").replace("\u00a0", " ").replace("\n", "\r\n")
        return text.encode("cp1252")
    return text.encode("utf-8")


# --- documents to refuse ------------------------------------------------------------------------

POSTER = """JOB OPPORTUNITY - Director, Regional Programs (EX-01)
Reference number: PCH24J-118204-000067
Selection process number: 24-PCH-EA-EX-118204
Canadian Heritage - Prairies and Northern Region
Winnipeg (Manitoba)
EX-01
$120,800 to $142,135 (under review)

Closing date: 15 March 2024 - 23:59, Pacific Time

Who can apply: Persons residing in Canada and Canadian citizens residing abroad.

Apply online

Work environment
Join a team that supports arts, culture and heritage in communities across the Prairies and the North.

Intent of the process
An anticipated indeterminate vacancy will be filled. A pool of qualified candidates may be created.

Essential qualifications
Graduation with a degree from a recognized post-secondary institution.
Significant experience in managing financial and human resources.
Experience in managing grants and contributions programs.

Conditions of employment
Secret security clearance. Willingness to travel.

The Public Service of Canada is committed to building a skilled and diverse workforce.
Contact: Recruitment Team, PCH.staffing-dotation.PCH@example.gc.ca
"""
MEMO = """MEMO - notes from the org chart review, Science Branch
To: file    From: HR advisor    Date: 2024-02-07

- Org chart received from branch; boxes do not match PeopleSoft.
- DG Laboratories (EX-03) box shows 4 directors, HR shows 3: the EX-01 Ottawa Lab director position 55402 is vacant since Nov.
- Saint-Hyacinthe lab: EX-01, position 55431 - WD from 2019, needs an update before the staffing action.
- Two BI-04 boxes drawn under the wrong director (Burnaby vs Saskatoon) - to be fixed by comms.
- Action: ask the branch for a signed chart by end of month; no classification action until then.
- Reminder: total FTE count on the chart (412) excludes students and casuals.
"""
LETTER = """Ottawa, le 12 février 2024

Madame Sophie Delorme
123, rue Principale
Gatineau (Québec)  J8X 1A1

Objet : Offre de nomination intérimaire - Directrice, Programmes régionaux (EX-01)

Madame,

Au nom de Patrimoine canadien, j'ai le plaisir de vous offrir une nomination intérimaire au poste de
directrice, Programmes régionaux, de niveau EX-01, poste numéro 11877, à compter du 4 mars 2024
jusqu'au 30 août 2024.

Votre rémunération sera établie conformément à la Politique sur les conditions d'emploi des cadres.
Les autres conditions de votre emploi demeurent inchangées.

Veuillez indiquer votre acceptation en signant la présente lettre et en la retournant d'ici le
20 février 2024.

Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.

Le directeur général, Ressources humaines,

Antoine Bergeron
"""


def garbage_scan() -> str:
    rng = random.Random(4)
    junk = "ilI1|!;:.,'`~-_=^°»«©®#%&*()[]{}<>/\\oO0eacsmnrwuv "
    lines = ["".join(rng.choice(junk) for _ in range(rng.randrange(20, 90))) for _ in range(40)]
    lines[3], lines[17] = "Ex. W0rk D3s ~ ~ ; .. ,l|I", "P0s .. # .  1 I . . l"
    return "--- Full Extracted Text ---\n" + "\n".join(lines) + "\n"


def empty_docx() -> bytes:
    import docx

    out = io.BytesIO()
    document = docx.Document()
    document.core_properties.created = document.core_properties.modified = dt.datetime(2024, 1, 1)
    document.save(out)
    return fixed_zip(out.getvalue())


def poster_docx() -> bytes:
    doc = Doc()
    first, *rest = POSTER.splitlines()
    doc.add("h", first)
    for line in rest:
        if line.strip():
            doc.add("p", line)
    return as_docx(doc, 0)


REFUSE = [
    ("PCH job poster Director Regional Programs.docx", "docx", "en", poster_docx, []),
    ("org chart review notes Science Branch.txt", "text", "en", lambda: MEMO.encode("utf-8"), []),
    ("lettre offre interimaire.pdf", "pdf", "fr", lambda: pdf_bytes([LETTER]), ["Sophie Delorme", "Antoine Bergeron"]),
    ("scan 0047 illegible.txt", "ocr", "en", lambda: garbage_scan().encode("utf-8"), []),
    ("WD template blank.docx", "docx", "en", empty_docx, []),
]


# --- the run ------------------------------------------------------------------------------------

def main() -> None:
    for folder in (CORPUS, EXPECTED):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    for n, p in enumerate(POSITIONS):
        doc, fields = build(p, n)
        name = p.key + EXTENSION[p.fmt]
        (CORPUS / name).write_bytes(render(p, doc, n))
        truth = {"document": name, "kind": p.fmt, "language": p.lang, "outcome": "import", "fields": fields,
                 "not_stated": [k for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m",
                                            "total", "location") if fields[k] is None]
                 + [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None],
                 "also": {"fte": p.fte, "operating_budget": None, "program_budget": None, "provisional_number": None},
                 "people": p.people}
        write_truth(name, truth)
    for name, kind, lang, make, people in REFUSE:
        (CORPUS / name).write_bytes(make())
        write_truth(name, {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "people": people})
    print(f"{len(POSITIONS) + len(REFUSE)} documents in {CORPUS}")


def write_truth(name: str, truth: dict) -> None:
    text = yaml.safe_dump(truth, sort_keys=False, allow_unicode=True, width=120)
    (EXPECTED / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
