#!/usr/bin/env python3
"""Writes the eleventh blind corpus for ``hrkit import``: 42 executive work descriptions and 5
documents to refuse, as a classification unit's shared drive holds them (Word files written
2008-2025, PDFs exported from Word, OCR text of printed and signed copies, HR-system printouts
and web-form exports), with the ground truth a careful reader takes from each.

    python bench/import/blind10/make_blind.py     # rewrites corpus/ and expected/, byte for byte

Written without looking at the importer or the other corpora. Every document is built from the
facts in positions_blind.py, laid out by one of the renderers below, and each wording of an
identification label is used by one or two documents only (checked when the corpus is written).
The generator is deterministic: fixed seeds, fixed zip and PDF timestamps.
"""
from __future__ import annotations

import io
import random
import re
import shutil
import sys
import textwrap
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import positions_blind as P  # noqa: E402  (the sources sit beside this script)

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

# --- values written many ways -----------------------------------------------------------------

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_FR_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.",
                   "nov.", "déc."]


def ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def fmt_date(d: date, style: str) -> str:
    """A date as one author or system writes it; the ambiguous numeric forms carry their format
    (or a day above 12, as an HR system's month-first dates do)."""
    fr_day = "1er" if d.day == 1 else str(d.day)
    forms = {
        "iso": d.isoformat(),
        "dmy": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
        "mdy": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        "mdy-ord": f"{MONTHS_EN[d.month - 1]} {ordinal(d.day)}, {d.year}",
        "mdy-pad": f"{MONTHS_EN[d.month - 1]} {d.day:02d}, {d.year}",
        "mon-d-y": f"{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}",
        "dmy-slash-en": f"{d.day:02d}/{d.month:02d}/{d.year} (DD/MM/YYYY)",
        "dmy-slash-fr": f"{d.day:02d}/{d.month:02d}/{d.year} (jj/mm/aaaa)",
        "ymd-slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "mdy-us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "oracle": f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3].upper()}-{d.year}",
        "fr": f"{fr_day} {MONTHS_FR[d.month - 1]} {d.year}",
        "fr-le": f"le {fr_day} {MONTHS_FR[d.month - 1]} {d.year}",
        "fr-short": f"{d.day} {MONTHS_FR_SHORT[d.month - 1]} {d.year}",
        "ymd-dots": f"{d.year}.{d.month:02d}.{d.day:02d}",
    }
    if style == "mdy-us":
        assert d.day > 12, "a month-first date must not be ambiguous"
    return forms[style]


def fmt_class(code: str | None, style: str = "std") -> str:
    """A classification as written: ``EX-01``, ``EX 1``, ``EX01``, ``EX-1``, ``EX – 01``."""
    if code is None:
        return ""
    parts = code.split("-")
    if len(parts) != 2:
        return code
    group, level = parts
    return {
        "std": code,
        "space": f"{group} {int(level)}",
        "space0": f"{group} {level}",
        "nodash": f"{group}{level}",
        "short": f"{group}-{int(level)}",
        "endash": f"{group} – {level}",
        "mixed": f"{group.capitalize()}-{level}",
    }[style]


def _decimal(value: float, comma: bool) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if comma else text


def fmt_money(value: int, style: str, lang: str = "en") -> str:
    """An amount as written: ``$1,250,000``, ``$1.25M``, ``1,25 M$``, ``$850K``, ``850 k$``,
    ``1 250 000 $``, ``$1.25 million``."""
    assert (value / 1000) == int(value / 1000), value
    fr = lang == "fr"
    if style == "full":
        return f"{value:,} $".replace(",", " ") if fr else f"${value:,}"
    if style == "full-nbsp":
        return f"{value:,}\u00a0$".replace(",", "\u00a0")
    if style == "cents":
        return f"{value:,}".replace(",", " ") + ",00 $" if fr else f"${value:,}.00"
    if style == "K":
        return f"{value // 1000:,} k$".replace(",", " ") if fr else f"${value // 1000:,}K"
    if style in ("M", "million"):
        if value < 1_000_000:
            return f"{value // 1000} k$" if fr else f"${value // 1000}K"
        number = _decimal(value / 1_000_000, fr)
        if style == "M":
            return f"{number} M$" if fr else f"${number}M"
        if value >= 1_000_000_000 and not fr:
            return f"${_decimal(value / 1e9, False)} billion"
        if fr:
            return f"{number} million{'s' if value >= 2_000_000 else ''} $"
        return f"${number} million"
    raise ValueError(style)


def fmt_fte(n: int, style: str) -> str:
    """A head count in a sentence or a table cell."""
    return {"ftes": f"{n} FTEs", "staff": f"a staff of {n}", "etp": f"{n} ETP",
            "effectif": f"un effectif de {n} personnes"}[style]


def location_text(pos: P.Position, lang: str, style: str = "comma") -> str:
    """``Québec (Québec)``, ``Charlottetown, Prince Edward Island``, ``Sudbury, ON``."""
    province = P.PROVINCES[pos.province][1 if lang == "fr" else 0]
    if style == "paren":
        return f"{pos.city} ({province})"
    if style == "code":
        return f"{pos.city}, {pos.province}"
    return f"{pos.city}, {province}"


# --- identification labels: each wording in one or two documents only --------------------------

LABELS: dict[str, dict[str, list[str]]] = {
    "title": {
        "en": ["Position Title", "Title of Position", "Job Title", "Official Position Title", "Position",
               "Title", "Name of Position", "Official Title", "Position Name", "Job/Position Title",
               "Title of the Position", "Classified Title", "Position Title (official)"],
        "fr": ["Titre du poste", "Titre officiel du poste", "Intitulé du poste", "Titre de poste", "Titre",
               "Appellation du poste", "Désignation du poste", "Nom du poste", "Titre officiel",
               "Intitulé officiel"],
    },
    "classification": {
        "en": ["Classification", "Group and Level", "Group/Level", "Group & Level", "Level",
               "Classification Level", "Occupational Group and Level", "Group-Level", "Class. Level",
               "EX Level", "Grp/Lvl", "Classification (Group and Level)", "Position Level"],
        "fr": ["Groupe et niveau", "Groupe/niveau", "Niveau", "Niveau de classification", "Groupe-niveau",
               "Classification (groupe et niveau)", "Niveau du poste", "Groupe professionnel et niveau",
               "Cote de classification", "Groupe et niveau du poste"],
    },
    "number": {
        "en": ["Position Number", "Position No.", "Position #", "Pos. No.", "Position ID", "Position Identifier",
               "Number of Position", "HR Position Number", "Position Nbr", "Posn #", "Position Ref. No.",
               "No. of Position", "Position Number (HRMS)"],
        "fr": ["Numéro de poste", "N° de poste", "No du poste", "Numéro du poste", "No de poste",
               "Numéro de position", "Poste n°", "Identificateur du poste", "Numéro d'identification du poste",
               "N° du poste (SGRH)"],
    },
    "job_code": {
        "en": ["Job code (classification)", "Position Job Code", "Job Code Number", "Work Description Number", "Job No.",
               "Job #", "WD Number", "Job Description Code", "JD No.", "Job Reference", "Job ID",
               "Work Description No.", "Job Number"],
        "fr": ["Code d'emploi", "Numéro de la description de travail", "N° de description de travail",
               "Code de l'emploi", "Numéro d'emploi", "No d'emploi", "Numéro de la DT", "Code d'emploi (SGRH)",
               "N° DT", "Numéro de l'emploi"],
    },
    "effective": {
        "en": ["Effective Date", "Effective date of work description", "Date Effective", "Effective",
               "In effect from", "Effective as of", "Date of effect", "WD effective date", "Date in effect",
               "Effective on", "Effective Date of Position Description", "Effective date of duties",
               "Effective Date (WD)"],
        "fr": ["Date d'entrée en vigueur", "Date d'effet", "En vigueur le", "Date de prise d'effet",
               "Entrée en vigueur", "Date d'entrée en vigueur de la DT", "En vigueur à compter du",
               "Date d'application", "Date de mise en vigueur", "Date de prise d'effet de la DT"],
    },
    "department": {
        "en": ["Department", "Department/Agency", "Organization", "Ministry", "Dept.", "Department or Agency",
               "Organization Name", "Federal Organization", "Institution", "Employer",
               "Departmental Organization", "Agency", "Portfolio Organization"],
        "fr": ["Ministère", "Ministère ou organisme", "Organisation", "Organisme", "Ministère/Organisme",
               "Organisation fédérale", "Employeur", "Nom du ministère", "Institution fédérale",
               "Ministère ou agence"],
    },
    "branch": {
        "en": ["Branch", "Sector", "Branch/Sector", "Branch Name", "Branch or Region", "Sector/Branch", "Program",
               "Business Line", "Branch - Service", "Organizational Unit (Branch)", "Service Line",
               "Business Unit", "Branch/Region"],
        "fr": ["Direction générale", "Secteur", "Direction générale/Région", "Nom de la direction générale", "Secteur d'activité",
               "Direction générale ou région", "Programme", "Secteur/Direction générale",
               "Unité (direction générale)", "Secteur ou région"],
    },
    "unit": {
        "en": ["Directorate", "Division", "Unit", "Directorate/Division", "Organizational Unit", "Work Unit",
               "Responsibility Centre", "Team", "Office", "Centre", "Org. Unit", "Directorate or Division",
               "Sub-unit"],
        "fr": ["Direction", "Section", "Unité", "Unité organisationnelle", "Direction/Division",
               "Centre de responsabilité", "Service", "Bureau", "Unité de travail", "Sous-unité"],
    },
    "location": {
        "en": ["Site", "Geographic Location", "Work Location", "Duty Station", "City/Province",
               "Headquarters", "Office Location", "Worksite", "Location of Position", "Base", "Place of Work",
               "Physical Location", "Location (City, Province)"],
        "fr": ["Lieu de travail", "Emplacement", "Lieu de l'emploi", "Emplacement géographique", "Ville et province",
               "Lieu géographique", "Localité", "Lieu d'affectation", "Endroit", "Ville (province)"],
    },
    "sup_title": {
        "en": ["Supervisor's Position Title", "Supervisor Title", "Title of Supervisor", "Immediate Supervisor",
               "Supervisor's Title", "Manager's Title", "Title of Immediate Supervisor", "Supervisor (Title)",
               "Reporting Relationship (Title)", "Direct Supervisor", "Supervisory Position Title",
               "Supervisor Position", "Title of Supervisor's Position"],
        "fr": ["Titre du poste du superviseur", "Supérieur immédiat", "Titre du supérieur",
               "Titre du poste du gestionnaire", "Superviseur", "Titre du superviseur immédiat",
               "Poste du supérieur hiérarchique", "Supérieur hiérarchique", "Titre du poste de supervision",
               "Titre du poste du supérieur"],
    },
    "sup_number": {
        "en": ["Supervisor's Position Number", "Supervisor Position No.", "Manager's Position Number",
               "Supervisor's Position #", "Position No. of Supervisor", "Supervisor Posn",
               "Supervisor's Pos. No.", "Immediate Supervisor's Position No.", "Supervisor Position ID",
               "Reports to Position Number", "Number of Supervisor's Position", "Supervisor No.",
               "Supervisor's Position Nbr"],
        "fr": ["Numéro de poste du superviseur", "N° de poste du gestionnaire", "N° du poste du supérieur",
               "No de poste du superviseur", "Numéro du poste du supérieur immédiat", "Poste du superviseur (n°)",
               "N° poste superviseur", "Numéro de poste du supérieur hiérarchique", "N° du poste de supervision",
               "Numéro du poste du gestionnaire"],
    },
    "sup_class": {
        "en": ["Supervisor's Classification", "Supervisor's Group/Level", "Supervisor Level",
               "Classification of Supervisor", "Supervisor Group and Level", "Manager's Classification",
               "Supervisor's Level", "Supervisor Classification", "Level of Supervisor",
               "Immediate Supervisor's Group and Level", "Supervisor Grp/Lvl", "Supervisory Level",
               "Supervisor's Group & Level"],
        "fr": ["Classification du superviseur", "Groupe et niveau du superviseur", "Niveau du supérieur",
               "Classification du gestionnaire", "Groupe/niveau du supérieur immédiat", "Niveau du superviseur",
               "Classification du poste de supervision", "Groupe et niveau du supérieur hiérarchique",
               "Niveau du gestionnaire", "Groupe-niveau du superviseur"],
    },
    "reports_to": {
        "en": ["Reports to", "Reporting to", "Accountable to", "Directly reports to", "Reporting relationship",
               "Reports directly to", "Responsible to"],
        "fr": ["Relève de", "Se rapporte à", "Rend compte à", "Relève directement de", "Lien hiérarchique",
               "Sous l'autorité de"],
    },
    "incumbent": {
        "en": ["Incumbent", "Name of Incumbent", "Incumbent Name", "Current Incumbent", "Employee",
               "Occupied by", "Incumbent (if any)", "Name of Employee", "Incumbent's Name", "Employee Name",
               "Present Incumbent", "Incumbent of Position"],
        "fr": ["Titulaire", "Nom du titulaire", "Titulaire actuel", "Nom de l'employé", "Titulaire du poste",
               "Occupé par", "Employé(e)", "Nom de la personne titulaire", "Titulaire (le cas échéant)"],
    },
    "fte": {
        "en": ["FTEs", "FTE", "Full-time equivalents", "Number of FTEs", "Staff", "Employees",
               "Human resources (FTEs)", "Personnel", "Workforce", "Staff complement", "Number of employees",
               "FTE's", "Human Resources"],
        "fr": ["ETP", "Équivalents temps plein", "Nombre d'ETP", "Effectif", "Employés",
               "Ressources humaines (ETP)", "Nombre d'employés", "Personnel (ETP)", "Effectifs", "ETP (nombre)"],
    },
    "salary": {
        "en": ["Salary", "Salary Budget", "Salaries", "Salary dollars", "Personnel costs", "Salary envelope",
               "Wages and salaries", "Salary budget (annual)", "Salary (including overtime)",
               "Salary expenditures", "Salary allocation", "Personnel budget", "Salary Wage Envelope"],
        "fr": ["Salaires", "Budget salarial", "Traitements", "Enveloppe salariale", "Budget des salaires",
               "Traitements et salaires", "Masse salariale", "Salaires (budget annuel)", "Coûts salariaux",
               "Budget de salaires"],
    },
    "o_and_m": {
        "en": ["O&M", "Operations and Maintenance", "O & M", "Operating and maintenance budget", "O&M budget",
               "Non-salary operating", "Operating (O&M)", "Operations & maintenance", "O and M",
               "Non-salary budget", "O&M dollars", "Operating and Maintenance (O&M)", "O&M (non-salary)"],
        "fr": ["F et E", "Fonctionnement et entretien", "Budget de F et E", "F&E",
               "Budget de fonctionnement et d'entretien", "Fonctionnement (F et E)",
               "Autres coûts de fonctionnement", "Dépenses de F et E", "Budget de fonctionnement hors salaires",
               "F. et E."],
    },
    "total": {
        "en": ["Total", "Total budget", "Total operating budget", "Total (Salary + O&M)", "Total resources",
               "Combined total", "Total managed", "Total dollars", "Total annual budget", "Total operating",
               "Overall budget", "Total operating resources", "Total funding"],
        "fr": ["Budget total", "Total (salaires + F et E)", "Budget de fonctionnement total",
               "Total des ressources", "Total géré", "Budget annuel total", "Total des crédits",
               "Ressources totales", "Total général", "Total du budget"],
    },
    "program": {
        "en": ["Grants and contributions", "Gs&Cs", "Transfer payments", "Program budget (Gs&Cs)", "G&C funding"],
        "fr": ["Subventions et contributions", "Paiements de transfert", "Budget de programme (S et C)"],
    },
}


class LabelBook:
    """Hands out label wordings round-robin per field and language, and counts every wording a
    document prints, so that no wording is used by more than two documents."""

    def __init__(self) -> None:
        self.turn: Counter = Counter()
        self.used: dict[str, set[str]] = {}

    def take(self, field_name: str, lang: str) -> str:
        pool = LABELS[field_name][lang]
        wording = pool[self.turn[field_name, lang] % len(pool)]
        self.turn[field_name, lang] += 1
        return wording

    def note(self, document: str, wording: str) -> None:
        self.used.setdefault(wording.casefold(), set()).add(document)

    def check(self) -> None:
        over = {w: sorted(docs) for w, docs in self.used.items() if len(docs) > 2}
        assert not over, f"label wordings used by more than two documents: {over}"


# --- the document model: what every renderer (Word, PDF, OCR text) lays out --------------------

@dataclass
class Block:
    """One element of a document: kind is title, heading, para, fields (the identification
    block), table, items, signatures, textbox, sidebyside or pagebreak."""
    kind: str
    text: str = ""
    rows: list = field(default_factory=list)
    header: list | None = None
    style: str = ""
    merges: list = field(default_factory=list)
    section: str = ""


@dataclass
class Sheet:
    """A composed document: its blocks, page header and footer, and what it states."""
    blocks: list[Block]
    header: list[str]
    footer: list[str]
    stated: dict
    people: list[str]


@dataclass
class Doc:
    """How one document of the corpus is written: the position, the format and the many ways an
    author or a system lays out and spells the same facts."""
    name: str
    pos: P.Position
    fmt: str                                   # docx | pdf | ocr | hr
    langs: tuple = ("en",)                     # languages, first one first
    id_layout: str = "2col"                    # 2col | 3col-group | 3col-bil | 4col | horizontal | lines
    id_fields: tuple = ("department", "branch", "unit", "title", "number", "job_code", "classification",
                        "effective", "location", "supervisor")
    colon: bool = False
    supervisor: str = "three"                  # three | line | two | prose
    sup_layout: str = "inline"                 # inline (rows of the block) | block (a table of its own)
    reports: str = "table"                     # table | table-num | list | list-dash | prose
    dims: str = "list"                         # list | table | lines | prose | inline
    duties: str = "number"                     # number | bullet | alpha | manual | dash
    headings: str = "styles"                   # styles | bold | caps | underline
    date: str = "iso"
    cls: str = "std"
    cls_suffix: str = ""
    report_cls: str = "std"
    report_fields: tuple = ("class", "fte")    # what the list of direct reports shows besides titles
    title_class: bool = False                  # the document's title line ends with the level: "(EX-02)"
    money: str = "full"
    fte: str = "ftes"
    loc_style: str = "comma"
    order: tuple = ("summary", "structure", "scope", "challenges", "contacts", "dimensions", "duties",
                    "competencies", "conditions", "certification")
    title_lines: tuple = ()
    header: tuple = ()
    footer: tuple = ()
    header_fields: tuple = ()                  # identification fields printed only in the page header
    textbox: tuple = ()                        # identification fields printed only in a text box
    signers: tuple = ()                        # roles signing the certification
    package: str = ""                          # "" | en | fr: a rationale, rating and decision follow
    provisional: str = ""                      # printed where the position number is not yet assigned
    blank: str = ""                            # printed for a field the document leaves empty
    extras: tuple = ()                         # decoys and asides (see Composer.extra)
    ocr: dict = field(default_factory=dict)     # how a scan of it reads (see to_ocr)
    meta: dict = field(default_factory=dict)    # file properties: author, doc_title, font, size, producer
    saved: datetime = datetime(2020, 1, 1, 9, 0)
    bilingual: str = "alternating"             # alternating | sequential | side (for two languages)

    @property
    def lang(self) -> str:
        return "bilingual" if len(self.langs) > 1 else self.langs[0]


HEADINGS = {
    "en": {
        "summary": ["General Accountability", "Purpose of the Position", "General Accountability Statement",
                    "Overall Accountability", "Position Summary"],
        "structure": ["Organization Structure", "Organizational Structure", "Organization",
                      "Reporting Relationships", "Structure"],
        "scope": ["Nature and Scope", "Nature & Scope", "Nature and Scope of Work", "Context"],
        "challenges": ["Key Challenges", "Major Challenges", "Environment and Challenges", "Critical Issues"],
        "dimensions": ["Dimensions", "Key Dimensions", "Resources Managed", "Financial and Human Resources"],
        "duties": ["Specific Accountabilities", "Key Activities", "Main Responsibilities",
                   "Specific Accountabilities (in order of importance)"],
        "certification": ["Certification", "Signatures", "Approval", "Certification and Approval"],
        "contacts": ["Key Contacts", "Internal and External Relationships", "Contacts", "Key Relationships"],
        "competencies": ["Key Leadership Competencies", "Leadership Competencies", "Key Leadership Competencies",
                         "Leadership Competencies (Key Leadership Competency profile)"],
        "conditions": ["Working Conditions", "Working Conditions", "Work Environment", "Working Conditions"],
    },
    "fr": {
        "summary": ["Responsabilité générale", "Raison d'être du poste", "Énoncé de responsabilité générale",
                    "Responsabilités générales"],
        "structure": ["Structure organisationnelle", "Organisation", "Relations hiérarchiques", "Structure"],
        "scope": ["Nature et étendue", "Nature et portée", "Nature et étendue du travail", "Contexte"],
        "challenges": ["Défis principaux", "Principaux défis", "Milieu de travail et défis", "Enjeux clés"],
        "dimensions": ["Dimensions", "Principales dimensions", "Ressources gérées",
                       "Ressources humaines et financières"],
        "duties": ["Responsabilités spécifiques", "Activités principales", "Principales responsabilités",
                   "Responsabilités particulières"],
        "certification": ["Certification", "Signatures", "Approbation", "Attestation"],
        "contacts": ["Principaux contacts", "Relations internes et externes", "Contacts", "Relations clés"],
        "competencies": ["Compétences clés en leadership", "Compétences en leadership",
                         "Compétences clés en leadership", "Profil des compétences clés en leadership"],
        "conditions": ["Conditions de travail", "Conditions de travail", "Milieu de travail", "Conditions de travail"],
    },
}

TITLE_LINES = {
    "en": [["EXECUTIVE WORK DESCRIPTION"], ["Work Description", "Executive Group (EX)"],
           ["EX POSITION DESCRIPTION"], ["JOB DESCRIPTION – EXECUTIVE GROUP"]],
    "fr": [["DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)"], ["Description de travail", "Cadre de direction"],
           ["DESCRIPTION DE POSTE – EX"], ["DESCRIPTION D'EMPLOI DE LA DIRECTION"]],
}

GROUP_WORDS = {  # the group column of a three-column identification block, one wording set a document
    "en": [("Organizational context", "Position information", "Reporting relationship"),
           ("Org. structure", "About the position", "Supervisor's position"),
           ("Department / branch", "This position", "Supervisor")],
    "fr": [("Contexte organisationnel", "Renseignements sur le poste", "Lien hiérarchique du poste"),
           ("Cadre organisationnel", "Le poste", "Supérieur")],
}
GROUPS = {  # which group each identification field belongs to
    "en": {"department": "Organization", "branch": "Organization", "unit": "Organization",
           "title": "Position", "number": "Position", "job_code": "Position", "classification": "Position",
           "effective": "Position", "location": "Position", "incumbent": "Position",
           "sup_title": "Supervisor", "sup_number": "Supervisor", "sup_class": "Supervisor",
           "reports_to": "Supervisor"},
    "fr": {"department": "Organisation", "branch": "Organisation", "unit": "Organisation",
           "title": "Poste", "number": "Poste", "job_code": "Poste", "classification": "Poste",
           "effective": "Poste", "location": "Poste", "incumbent": "Poste",
           "sup_title": "Supérieur", "sup_number": "Supérieur", "sup_class": "Supérieur",
           "reports_to": "Supérieur"},
}

REPORT_HEADERS = {  # column headings of a table of direct reports, one set a document
    "en": [["Title", "Group and Level", "FTEs"], ["Position", "Classification", "FTE"],
           ["Direct Report", "Level", "Staff"], ["Position Title", "Group/Level", "Employees"],
           ["Reporting Position", "Group & Level", "No. of FTEs"], ["Subordinate Position", "Class.", "Headcount"],
           ["Title of Direct Report", "Classification Level", "FTEs (approx.)"],
           ["Direct reports", "Group-Level", "FTE count"], ["Unit head", "Grp/Lvl", "Staff (FTE)"],
           ["Reporting positions", "Classification (group & level)", "Total FTEs"]],
    "fr": [["Titre du poste", "Groupe et niveau", "ETP"], ["Poste", "Classification", "Nombre d'employés"],
           ["Subordonné direct", "Niveau", "Effectif"], ["Titre", "Groupe/niveau", "ETP (nombre)"],
           ["Poste subordonné", "Groupe-niveau", "Employés"],
           ["Titre du subordonné", "Niveau de classification", "ETP approx."],
           ["Postes relevant du titulaire", "Groupe et niveau", "Nbre d'ETP"],
           ["Unité / titre", "Classif.", "Effectif (ETP)"]],
}


# --- composing a work description ---------------------------------------------------------------

SAYS = {  # the sentences authors write around the facts, a few ways each
    "en": {
        "reports_to": ["The {title} reports to the {boss}.", "The position reports directly to the {boss}.",
                       "Reporting to the {boss}, the {title} leads the organization described below.",
                       "The {title} is accountable to the {boss}."],
        "reports_intro": ["The following positions report directly to the {title}:",
                          "Reporting to the {title} are:", "The position has the following direct reports:",
                          "The {title} directly supervises:"],
        "duties_intro": ["The {title} is accountable for:", "Specifically, the incumbent:",
                         "The incumbent is responsible for the following:", ""],
        "certify": ["I certify that this work description accurately describes the duties and responsibilities "
                    "assigned to the position.",
                    "The foregoing is an accurate and complete statement of the duties and responsibilities "
                    "assigned to the position.",
                    "Signatures below confirm that this work description is current and accurate.",
                    "We have read this work description and agree that it reflects the work assigned."],
    },
    "fr": {
        "reports_to": ["Le titulaire relève du {Boss}.", "Le poste relève directement du {Boss}.",
                       "Sous l'autorité du {Boss}, le titulaire dirige l'organisation décrite ci-dessous."],
        "reports_intro": ["Les postes suivants relèvent directement du titulaire :", "Relèvent du titulaire :",
                          "Le titulaire supervise directement les postes suivants :"],
        "duties_intro": ["Le titulaire est responsable des activités suivantes :", "Plus précisément, le titulaire :",
                         ""],
        "certify": ["J'atteste que la présente description de travail décrit avec exactitude les fonctions et "
                    "responsabilités attribuées au poste.",
                    "Ce qui précède constitue un énoncé exact et complet des fonctions attribuées au poste.",
                    "Les signataires confirment que la présente description de travail est exacte et à jour."],
    },
}

ROLE_NAMES = {
    "en": {"incumbent": "Incumbent", "supervisor": "Supervisor", "manager": "Approved by (delegated manager)",
           "hr": "Classification Advisor", "adm": "Assistant Deputy Minister"},
    "fr": {"incumbent": "Titulaire", "supervisor": "Superviseur", "manager": "Approuvé par (gestionnaire délégué)",
           "hr": "Conseillère en classification", "adm": "Sous-ministre adjoint"},
}


def Para(text: str) -> Block:  # noqa: N802 - reads as the block it makes
    return Block("para", text)


def flatten(block: Block) -> list[str]:
    """A block as the lines of one column of a side-by-side bilingual layout."""
    if block.kind in ("heading", "para"):
        return [block.text]
    if block.kind == "items":
        return [f"{i}. {t}" if block.style == "number" else f"• {t}" for i, t in enumerate(block.rows, 1)]
    if block.kind == "table":
        return [" – ".join(c for c in row if c) for row in block.rows]
    if block.kind == "signatures":
        return [f"{role}: {name}, {title} {when}".replace(",  ", " ") for role, name, title, when in block.rows]
    return []


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


class Composer:
    """Builds one work description's blocks from its position, in the layout its Doc asks for,
    and records what the document states (the ground truth) as it writes it."""

    def __init__(self, doc: Doc, labels: LabelBook, names) -> None:
        self.doc, self.pos = doc, doc.pos
        self.rng = random.Random(doc.name)
        self.labels, self.names = labels, names
        self.blocks: list[Block] = []
        self.people: list[str] = []
        self.header, self.footer = list(doc.header), list(doc.footer)
        self.stated: dict = {
            "title": None, "classification": None, "job_code": None, "position_number": None,
            "effective_date": None, "supervisor": {"position_number": None, "title": None, "classification": None},
            "direct_reports": [], "salary": None, "o_and_m": None, "total": None, "location": None,
            "also": {"fte": None, "operating_budget": None, "program_budget": None, "provisional_number": None},
        }

    # small helpers

    def person(self) -> str:
        name = next(self.names)
        self.people.append(name)
        return name

    def label(self, key: str, langs: tuple | None = None) -> str:
        words = [self.labels.take(key, lang) for lang in (langs or self.doc.langs)]
        for word in words:
            self.labels.note(self.doc.name, word)
        return " / ".join(words) + (":" if self.doc.colon else "")

    def heading(self, section: str, lang: str | None = None) -> Block:
        langs = (lang,) if lang else self.doc.langs
        choice = self.rng.randrange(len(HEADINGS["en"][section]))
        text = " / ".join(HEADINGS[lg][section][choice % len(HEADINGS[lg][section])] for lg in langs)
        if self.doc.headings == "caps":
            text = text.upper()
        return Block("heading", text, style=self.doc.headings, section=section)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def money(self, value: int, lang: str) -> str:
        return fmt_money(value, self.doc.money, lang)

    # the identification block

    def value(self, key: str, lang: str) -> str:
        pos, doc, st = self.pos, self.doc, self.stated
        if key == "title":
            st["title"] = [pos.title[lg] for lg in doc.langs] if len(doc.langs) > 1 else pos.title[lang]
            return pos.title[lang]
        if key == "classification":
            st["classification"] = pos.classification
            return fmt_class(pos.classification, doc.cls) + doc.cls_suffix
        if key == "number":
            if pos.number is None:
                st["also"]["provisional_number"] = doc.provisional or None
                return doc.provisional or doc.blank
            st["position_number"] = pos.number
            return pos.number
        if key == "job_code":
            st["job_code"] = pos.job_code
            return pos.job_code or doc.blank
        if key == "effective":
            st["effective_date"] = pos.effective
            return fmt_date(pos.effective, doc.date) if pos.effective else doc.blank
        if key in ("department", "branch", "unit"):
            return getattr(pos, key)[lang]
        if key == "location":
            st["location"] = location_text(pos, "en")
            return location_text(pos, lang, doc.loc_style)
        if key == "incumbent":
            return self.person()
        sup = pos.supervisor
        if key == "sup_title":
            st["supervisor"]["title"] = sup.title[lang] if len(doc.langs) == 1 else [sup.title[lg] for lg in doc.langs]
            return sup.title[lang]
        if key == "sup_number":
            st["supervisor"]["position_number"] = sup.number
            return sup.number or doc.blank
        if key == "sup_class":
            st["supervisor"]["classification"] = sup.classification
            return fmt_class(sup.classification, doc.cls) or doc.blank
        if key == "reports_to":
            return self.reports_to_line(lang)
        raise KeyError(key)

    def reports_to_line(self, lang: str) -> str:
        """``Director General, X (EX-03), position 12345`` as one value."""
        sup, st = self.pos.supervisor, self.stated
        st["supervisor"]["title"] = sup.title[lang]
        text = sup.title[lang]
        if sup.classification:
            st["supervisor"]["classification"] = sup.classification
            text += f" ({fmt_class(sup.classification, self.doc.cls)})"
        if sup.number:
            st["supervisor"]["position_number"] = sup.number
            text += f", {'poste' if lang == 'fr' else 'position'} {sup.number}"
        return text

    def id_keys(self) -> list[str]:
        keys = []
        for key in self.doc.id_fields:
            if key in self.doc.header_fields or key in self.doc.textbox:
                continue
            if key == "supervisor":
                keys += {"three": ["sup_title", "sup_number", "sup_class"], "line": ["reports_to"],
                         "two": ["sup_title", "sup_number"], "prose": []}[self.doc.supervisor]
            else:
                keys.append(key)
        return keys

    def id_pairs(self, keys: list[str]) -> list[tuple[str, str, str]]:
        """(key, label, value) in the document's first language (labels bilingual if it is)."""
        return [(key, self.label(key), self.value(key, self.doc.langs[0])) for key in keys]

    def identification(self) -> None:
        doc = self.doc
        for line in doc.title_lines or TITLE_LINES[doc.langs[0]][self.rng.randrange(4)]:
            self.add(Block("title", line))
        if doc.title_class:
            self.add(Block("title", f"{self.pos.title[doc.langs[0]]} ({fmt_class(self.pos.classification)})"))
        keys = self.id_keys()
        layout = doc.id_layout
        if doc.sup_layout == "block":
            sup_keys = [k for k in keys if k.startswith("sup_") or k == "reports_to"]
            keys = [k for k in keys if k not in sup_keys]
        else:
            sup_keys = []
        if layout == "3col-bil":
            rows = []
            for key in keys:
                first, second = doc.langs
                value = self.value(key, first)
                if key in ("title", "sup_title", "department", "branch", "unit"):
                    value += "\n" + {"title": self.pos.title, "sup_title": self.pos.supervisor.title,
                                     "department": self.pos.department, "branch": self.pos.branch,
                                     "unit": self.pos.unit}[key][second]
                rows.append([self.label(key, (first,)), value, self.label(key, (second,))])
            self.add(Block("fields", rows=rows, style="3col-bil"))
        else:
            pairs = self.id_pairs(keys)
            self.add(self.lay_out(pairs, layout))
        self.asides(doc.langs[0])
        if sup_keys:
            heading = {"en": "Supervisor information", "fr": "Renseignements sur le superviseur"}[doc.langs[0]]
            pairs = self.id_pairs(sup_keys)
            self.add(Block("fields", rows=[[heading, ""]] + [[lab, val] for _, lab, val in pairs],
                           merges=[(0, 0, 0, 1)], style="2col-head"))

    def asides(self, lang: str) -> None:
        """Notes an author adds under the identification block: the work description this one
        replaces (an older job code and date), the level the position had before."""
        for extra in self.doc.extras:
            kind, _, rest = extra.partition(":")
            if kind == "replaces":
                job, when = rest.split("@")
                day = fmt_date(date.fromisoformat(when), "iso" if lang == "en" else "fr")
                self.add(Para(f"This work description replaces job code {job}, effective {day}." if lang == "en" else
                              f"La présente description remplace la description de travail {job} en vigueur "
                              f"depuis le {day}."))
            elif kind == "previous":
                self.add(Para(f"Previous classification: {rest}" if lang == "en" else
                              f"Classification antérieure : {rest}"))

    def lay_out(self, pairs: list[tuple[str, str, str]], layout: str) -> Block:
        if layout == "2col":
            return Block("fields", rows=[[lab, val] for _, lab, val in pairs], style="2col")
        if layout == "lines":
            return Block("fields", rows=[[lab, val] for _, lab, val in pairs], style="lines")
        if layout == "horizontal":
            return Block("fields", rows=[[lab for _, lab, _ in pairs], [val for _, _, val in pairs]],
                         style="horizontal")
        if layout == "3col-group":
            rows, merges, start = [], [], 0
            lang = self.doc.langs[0]
            words = GROUP_WORDS[lang][self.labels.turn["groups", lang] % len(GROUP_WORDS[lang])]
            self.labels.turn["groups", lang] += 1
            names = dict(zip(("Organization", "Position", "Supervisor") if lang == "en" else
                             ("Organisation", "Poste", "Supérieur"), words))
            for word in words:
                self.labels.note(self.doc.name, word)
            for i, (key, lab, val) in enumerate(pairs):
                group = names[GROUPS[lang][key]]
                rows.append([group, lab, val])
                if i == len(pairs) - 1 or names[GROUPS[lang][pairs[i + 1][0]]] != group:
                    if i > start:
                        merges.append((start, 0, i, 0))
                    start = i + 1
            return Block("fields", rows=rows, merges=merges, style="3col-group")
        if layout == "4col":
            rows, merges, pending = [], [], []
            for key, lab, val in pairs:
                if key in ("title", "sup_title", "reports_to", "department"):
                    rows.append([lab, val, val, val])
                    merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
                    continue
                pending.append((lab, val))
                if len(pending) == 2:
                    rows.append([pending[0][0], pending[0][1], pending[1][0], pending[1][1]])
                    pending = []
            if pending:
                rows.append([pending[0][0], pending[0][1], "", ""])
            return Block("fields", rows=rows, merges=merges, style="4col")
        raise ValueError(layout)

    # the narrative sections

    def structure(self, lang: str) -> None:
        pos, doc, sup = self.pos, self.doc, self.pos.supervisor
        title = pos.title[lang]
        boss = self.reports_to_line(lang) if doc.supervisor == "prose" else sup.title[lang]
        sentence = self.rng.choice(SAYS[lang]["reports_to"]).format(title=title, boss=boss, Boss=lower_first(boss))
        if "peers" in doc.extras:
            peers = self.rng.choice([3, 4, 5, 6, 7])
            words = {3: ("three", "trois"), 4: ("four", "quatre"), 5: ("five", "cinq"), 6: ("six", "six"),
                     7: ("seven", "sept")}[peers]
            sentence += {"en": f" The position is one of {words[0]} ({peers}) senior management positions "
                               f"reporting to that position.",
                         "fr": f" Le poste est l'un des {words[1]} ({peers}) postes de direction qui relèvent de "
                               f"ce poste."}[lang]
        self.add(Para(sentence))
        self.direct_reports(lang)

    def report_row(self, report: P.Report, lang: str) -> tuple[str, str, str]:
        shown = self.doc.report_fields
        return report.title[lang], fmt_class(report.classification, self.doc.report_cls) if "class" in shown else "", \
            "" if report.fte is None or "fte" not in shown else str(report.fte)

    def note_reports(self) -> None:
        langs = self.doc.langs
        shown = self.doc.report_fields
        self.stated["direct_reports"] = [
            {"title": r.title[langs[0]] if len(langs) == 1 else [r.title[lg] for lg in langs],
             "classification": r.classification if "class" in shown else None,
             "fte": r.fte if "fte" in shown else None} for r in self.pos.reports]

    def direct_reports(self, lang: str) -> None:
        doc, pos = self.doc, self.pos
        self.note_reports()
        fte_word = {"en": "FTEs", "fr": "ETP"}[lang]
        intro = self.rng.choice(SAYS[lang]["reports_intro"]).format(title=pos.title[lang])
        style = doc.reports
        if style in ("table", "table-num"):
            sets = REPORT_HEADERS[lang]
            header = list(sets[self.labels.turn["reports", lang] % len(sets)])
            self.labels.turn["reports", lang] += 1
            self.labels.note(self.doc.name, " | ".join(header))
            rows = [list(self.report_row(r, lang)) for r in pos.reports]
            keep = [0] + [i for i, f in ((1, "class"), (2, "fte")) if f in doc.report_fields]
            header, rows = [header[i] for i in keep], [[row[i] for i in keep] for row in rows]
            if style == "table-num":
                header = [{"en": "Position No.", "fr": "N° de poste"}[lang]] + header
                base = int(re.sub(r"\D", "", pos.number or "90000")[-5:])
                rows = [[str(base + 7 * (i + 1))] + row for i, row in enumerate(rows)]
            self.add(Para(intro), Block("table", header=header, rows=rows, section="structure"))
        elif style in ("list", "list-dash"):
            items = []
            for r in pos.reports:
                title, cls, fte = self.report_row(r, lang)
                duty = r.duties.get(lang, "")
                if style == "list":
                    bits = ", ".join(b for b in (cls, f"{fte} {fte_word if fte != '1' else fte_word.rstrip('s')}" if fte else "") if b)
                    items.append(f"{title} ({bits})" + (f": {duty}" if duty else "") if bits else title)
                else:
                    items.append(f"{cls} – {title}" + (f" ({fte} {fte_word})" if fte else ""))
            self.add(Para(intro), Block("items", rows=items, style="bullet"))
        elif style == "prose":
            parts = []
            for r in pos.reports:
                title, cls, fte = self.report_row(r, lang)
                count = {"en": f"{fte} employees", "fr": f"{fte} employés"}[lang] if fte else ""
                bits = ", ".join(b for b in (cls, count) if b)
                parts.append(f"the {title} ({bits})" if lang == "en" else f"le {lower_first(title)} ({bits})")
            joined = ", ".join(parts[:-1]) + {"en": " and ", "fr": " et "}[lang] + parts[-1]
            self.add(Para({"en": f"The position is supported by {len(parts)} direct reports: {joined}.",
                           "fr": f"Le titulaire est appuyé par {len(parts)} subordonnés directs : {joined}."}[lang]))
        else:
            raise ValueError(style)

    def scope(self, lang: str) -> None:
        if self.pos.mandate.get(lang):
            self.add(Para(self.pos.mandate[lang]))
        for paragraph in self.pos.prose[lang].scope:
            self.add(Para(paragraph))

    def dimensions(self, lang: str) -> None:
        pos, doc, st = self.pos, self.doc, self.stated
        entries = []
        if pos.fte is not None:
            st["also"]["fte"] = pos.fte
            entries.append(("fte", self.label("fte", (lang,)), f"{pos.fte:,}".replace(",", " " if lang == "fr" else ",")))
        for key in ("salary", "o_and_m", "total"):
            amount = getattr(pos, key)
            if amount is not None:
                st[key] = amount
                entries.append((key, self.label(key, (lang,)), self.money(amount, lang)))
        if pos.program is not None:
            st["also"]["program_budget"] = pos.program
            entries.append(("program", self.label("program", (lang,)), fmt_money(pos.program, "M", lang)))
        style = doc.dims
        if style == "list":
            self.add(Block("items", rows=[f"{lab}{'' if lab.endswith(':') else ':'} {val}" for _, lab, val in entries],
                           style="bullet"))
        elif style == "lines":
            self.add(*[Para(f"{lab}{'' if lab.endswith(':') else ':'} {val}") for _, lab, val in entries])
        elif style == "table":
            self.add(Block("table", header=None, rows=[[lab.rstrip(":"), val] for _, lab, val in entries]))
        elif style == "inline":
            self.add(Para(" | ".join(f"{lab.rstrip(':')}: {val}" for _, lab, val in entries)))
        elif style == "prose":
            values = {k: v for k, _, v in entries}
            if lang == "en":
                text = (f"The {pos.unit['en']} has {fmt_fte(pos.fte, doc.fte)}" if "fte" in values else
                        f"The {pos.unit['en']}")
                money = []
                if "salary" in values:
                    money.append(f"a salary budget of {values['salary']}")
                if "o_and_m" in values:
                    money.append(f"an operating and maintenance budget of {values['o_and_m']}")
                text += (" and manages " + " and ".join(money) if money else "")
                text += f", for a total of {values['total']}" if "total" in values else ""
                text += "." + (f" It also administers {values['program']} in grants and contributions."
                               if "program" in values else "")
            else:
                text = (f"L'unité ({pos.unit['fr']}) compte {fmt_fte(pos.fte, doc.fte)}" if "fte" in values
                        else f"L'unité ({pos.unit['fr']})")
                money = []
                if "salary" in values:
                    money.append(f"un budget salarial de {values['salary']}")
                if "o_and_m" in values:
                    money.append(f"un budget de fonctionnement et d'entretien de {values['o_and_m']}")
                text += (" et gère " + " et ".join(money) if money else "")
                text += f", soit un total de {values['total']}" if "total" in values else ""
                text += "." + (f" Elle administre en outre {values['program']} en subventions et contributions."
                               if "program" in values else "")
            self.add(Para(text))
        else:
            raise ValueError(style)
        if "branch-dims" in doc.extras:
            people, budget = pos.fte * 7 + 40, fmt_money((pos.total or pos.salary or 10_000_000) * 6, "M", lang)
            self.add(Para(f"For context, the {pos.branch['en']} as a whole has some {people:,} FTEs and an annual "
                          f"budget of {budget}." if lang == "en" else
                          f"À titre indicatif, l'ensemble de la {lower_first(pos.branch['fr'])} compte quelque "
                          f"{people} ETP et un budget annuel de {budget}."))

    def duties(self, lang: str) -> None:
        intro = self.rng.choice(SAYS[lang]["duties_intro"]).format(title=self.pos.title[lang])
        self.add(*([Para(intro)] if intro else []), Block("items", rows=list(self.pos.prose[lang].duties),
                                                          style=self.doc.duties))

    def certification(self, lang: str) -> None:
        doc = self.doc
        statement = self.rng.choice(SAYS[lang]["certify"])
        self.add(Para(statement))
        base = self.pos.effective or date(doc.saved.year, doc.saved.month, doc.saved.day)
        rows = []
        for i, role in enumerate(doc.signers):
            when = date.fromordinal(base.toordinal() - 20 + 9 * i)
            title = {"supervisor": self.pos.supervisor.title.get(lang, ""), "incumbent": self.pos.title[lang]}.get(role, "")
            rows.append([ROLE_NAMES[lang][role], self.person(), title, fmt_date(when, doc.date)])
        if rows:
            self.add(Block("signatures", rows=rows, style=lang))

    def section(self, name: str, lang: str) -> None:
        prose = self.pos.prose[lang]
        start = len(self.blocks)
        if name == "summary":
            self.add(self.heading("summary", lang), Para(prose.summary))
        elif name == "structure":
            self.add(self.heading("structure", lang))
            self.structure(lang)
        elif name == "scope":
            self.add(self.heading("scope", lang))
            self.scope(lang)
        elif name == "challenges":
            more = P.MORE_CHALLENGES[lang][self.rng.randrange(len(P.MORE_CHALLENGES[lang]))]
            self.add(self.heading("challenges", lang), *[Para(t) for t in prose.challenges], Para(more))
        elif name == "contacts":
            self.add(self.heading("contacts", lang), *[Para(t) for t in P.contacts(self.pos, lang)])
        elif name == "competencies":
            self.add(self.heading("competencies", lang), Block("items", rows=P.COMPETENCIES[lang], style="bullet"))
        elif name == "conditions":
            self.add(self.heading("conditions", lang), *[Para(t) for t in P.CONDITIONS[lang]])
        elif name == "dimensions":
            self.add(self.heading("dimensions", lang))
            self.dimensions(lang)
        elif name == "duties":
            self.add(self.heading("duties", lang))
            self.duties(lang)
        elif name == "certification":
            self.add(self.heading("certification", lang))
            self.certification(lang)
        for block in self.blocks[start:]:
            block.section = block.section or name

    def compose(self) -> Sheet:
        doc = self.doc
        skip = {"contacts": 0.2, "competencies": 0.4, "conditions": 0.45}  # not every author writes them
        order = tuple(n for n in doc.order if self.rng.random() >= skip.get(n, 0.0))
        self.identification()
        if doc.header_fields:
            lang = doc.langs[0]
            self.header.append("   ".join(f"{self.label(k)} {self.value(k, lang)}" for k in doc.header_fields))
        if doc.textbox:
            lang = doc.langs[0]
            box = [{"en": "FOR CLASSIFICATION USE ONLY", "fr": "RÉSERVÉ À LA CLASSIFICATION"}[lang]]
            box += [f"{self.label(k)} {self.value(k, lang)}" for k in doc.textbox]
            self.blocks.insert(1, Block("textbox", rows=box))
        if len(doc.langs) == 1 or doc.bilingual == "sequential":
            for lang in doc.langs:
                if lang != doc.langs[0]:
                    self.add(Block("pagebreak"), Block("title", {"en": "English version", "fr": "Version française"}[lang]))
                for name in order:
                    if name != "certification" or lang == doc.langs[-1]:  # signed once, at the end
                        self.section(name, lang)
        elif doc.bilingual == "alternating":
            for name in order:
                for lang in doc.langs:
                    if name != "certification" or lang == doc.langs[-1]:
                        self.section(name, lang)
        else:  # side by side: each section a two-column table, one language a column
            for name in order:
                if name == "certification":  # one signature block, in the first language
                    self.section(name, doc.langs[0])
                    continue
                columns = []
                for lang in doc.langs:
                    start = len(self.blocks)
                    self.section(name, lang)
                    columns.append([line for block in self.blocks[start:] for line in flatten(block)])
                    del self.blocks[start:]
                width = max(len(c) for c in columns)
                rows = [[c[i] if i < len(c) else "" for c in columns] for i in range(width)]
                self.add(Block("sidebyside", rows=rows, section=name))
        if doc.package:
            self.package(doc.package)
        return Sheet(self.blocks, self.header, self.footer, self.stated, self.people)

    # a classification package: rationale, rating and decision after the work description

    def package(self, lang: str) -> None:
        pos, rng = self.pos, self.rng
        level = int(pos.classification[-2:])
        know_how, problem, accountability = {1: (608, 230, 400), 2: (700, 304, 460), 3: (920, 400, 608),
                                             4: (1056, 528, 800), 5: (1216, 608, 1056)}[level]
        total = know_how + problem + accountability
        base = int(re.sub(r"\D", "", pos.number or "51000")[-5:])
        when = pos.effective or date(self.doc.saved.year, 1, 15)
        decided = date.fromordinal(when.toordinal() + rng.randint(45, 110))
        file_no = f"{rng.choice(['CL', 'CLS', 'EXC'])}-{when.year}-{rng.randint(11, 240):03d}"
        lower = f"EX-{level - 1:02d}" if level > 1 else "EX-01"
        en = lang == "en"
        comparators = [
            [("Director General, Program Operations" if en else "Directeur général, Opérations des programmes"),
             str(base + 311), pos.classification, f"{total + 38:,}".replace(",", " " if not en else ",")],
            [("Director, Regional Services" if en else "Directeur, Services régionaux"),
             str(base + 57), lower, f"{total - 290:,}".replace(",", " " if not en else ",")],
        ]
        self.add(Block("pagebreak"),
                 Block("title", "CLASSIFICATION RATIONALE" if en else "JUSTIFICATION DE LA CLASSIFICATION"))
        if en:
            self.add(Para(f"Request: evaluation of the work description of the position of {pos.title['en']} "
                          f"following the reorganization of the {pos.branch['en']}. The work was evaluated "
                          f"using the Hay Guide Chart-Profile Method of Job Evaluation and compared with the "
                          f"following benchmark and departmental reference positions:"))
        else:
            self.add(Para(f"Demande : évaluation de la description de travail du poste de "
                          f"{lower_first(pos.title['fr'])} à la suite de la réorganisation de la "
                          f"{lower_first(pos.branch['fr'])}. Le travail a été évalué selon la méthode "
                          f"d'évaluation des emplois Hay (profils et guides) et comparé aux postes repères et "
                          f"aux postes de référence ministériels suivants :"))
        self.add(Block("table", header=(["Reference position", "Position no.", "Level", "Points"] if en else
                                        ["Poste de référence", "N° de poste", "Niveau", "Points"]),
                       rows=comparators))
        unit = pos.unit[lang]
        if en:
            self.add(
                Para(f"Know-How: the position requires a thorough knowledge of the legislation, programs and "
                     f"operations of the {unit}, and the managerial breadth to integrate diverse functions in "
                     f"a national context. Human relations skills are critical, as the incumbent must "
                     f"persuade senior officials and stakeholders whose interests diverge."),
                Para("Problem Solving: thinking is guided by broad policies and objectives; the incumbent "
                     "must analyse, evaluate and construct solutions to problems that are often without "
                     "precedent."),
                Para(f"Accountability: the position has a primary impact on the results of the {unit}, "
                     f"measured against its operating resources and the programs it delivers."))
        else:
            self.add(
                Para(f"Savoir-faire : le poste exige une connaissance approfondie des lois, des programmes et "
                     f"des opérations de l'unité ({unit}) et l'envergure de gestion nécessaire pour intégrer "
                     f"des fonctions diversifiées. Les habiletés en relations humaines sont essentielles."),
                Para("Résolution de problèmes : la réflexion est encadrée par des politiques et des objectifs "
                     "généraux; le titulaire doit analyser et élaborer des solutions à des problèmes souvent "
                     "sans précédent."),
                Para(f"Responsabilité : le poste a une incidence principale sur les résultats de l'unité "
                     f"({unit}), mesurée en fonction de ses ressources de fonctionnement."))
        ratings = [("Know-How" if en else "Savoir-faire", rng.choice(["F II 3", "F III 3", "G II 3"]), know_how),
                   ("Problem Solving" if en else "Résolution de problèmes", rng.choice(["F 4 (57%)", "F 4 (66%)"]),
                    problem),
                   ("Accountability" if en else "Responsabilité", rng.choice(["F 3 P", "F 4 C", "E 4 P"]),
                    accountability)]
        self.add(Block("heading", "RATING" if en else "COTATION", style="caps"),
                 Block("table", header=(["Factor", "Rating", "Points"] if en else ["Facteur", "Cote", "Points"]),
                       rows=[[f, r, str(p)] for f, r, p in ratings] + [["Total", "", f"{total:,}".replace(",", " " if not en else ",")]]))
        decision = [
            ("File number" if en else "Numéro de dossier", file_no),
            ("Position" if en else "Poste", f"{pos.number or '—'} – {pos.title[lang]}"),
            ("Decision" if en else "Décision", pos.classification),
            ("Date of decision" if en else "Date de la décision", fmt_date(decided, "iso" if en else "fr")),
            ("Decision taken by" if en else "Décision prise par",
             "EX Classification Committee" if en else "Comité de classification des cadres"),
        ]
        self.add(Block("heading", "CLASSIFICATION DECISION" if en else "DÉCISION DE CLASSIFICATION", style="caps"),
                 Block("fields", rows=[[k, v] for k, v in decision], style="2col"))
        self.add(Block("signatures", style=lang, rows=[
            ["Classification Advisor" if en else "Conseiller en classification", self.person(), "",
             fmt_date(date.fromordinal(decided.toordinal() - 3), "iso")],
            ["Chair, EX Classification Committee" if en else "Présidente, Comité de classification des cadres",
             self.person(), "", fmt_date(decided, "iso")]]))


# --- Word ---------------------------------------------------------------------------------------

TEXTBOX_XML = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:w10="urn:schemas-microsoft-com:office:word"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="2360930" cy="1404620"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="%(id)d" name="Text Box %(id)d"/><wp:cNvGraphicFramePr/><a:graphic>
<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr><wps:spPr bwMode="auto">
<a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="1404620"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>
<a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln></wps:spPr><wps:txbx><w:txbxContent>%(paras)s</w:txbxContent>
</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720"
 anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>
</mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"
 path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
</v:shapetype><v:shape id="Text Box %(id)d" o:spid="_x0000_s10%(id)d" type="#_x0000_t202"
 style="position:absolute;margin-left:0;margin-top:0;width:185.9pt;height:110.6pt;z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin">
<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>%(paras)s</w:txbxContent></v:textbox>
<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""

PAGE_FIELD_XML = ('<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                  'w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')


def xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fixed_zip(data: bytes, when: datetime) -> bytes:
    """The same archive with every member stamped ``when``: a Word file written twice is the same
    bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


def word_file(build, when: datetime, author: str, title: str = "", font: str = "Arial", size: float = 10) -> bytes:
    """A .docx made by ``build(document)``, with fixed properties and timestamps."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = font, Pt(size)
    build(document)
    core = document.core_properties
    core.author, core.last_modified_by, core.title = author, author, title
    core.comments, core.subject, core.keywords, core.category = "", "", "", ""
    core.created, core.modified, core.revision = when, when, 1 + when.day % 7
    out = io.BytesIO()
    document.save(out)
    return fixed_zip(out.getvalue(), when)


def fill_table(document, rows: list[list[str]], merges=(), bold_first_col=False, bold_first_row=False, style="Table Grid"):
    ncols = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=ncols)
    table.style = style
    covered = {(r, c) for r0, c0, r1, c1 in merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)
               if (r, c) != (r0, c0)}
    for r, row in enumerate(rows):
        for c in range(ncols):
            text = row[c] if c < len(row) and (r, c) not in covered else ""
            cell = table.cell(r, c)
            paragraph = cell.paragraphs[0]
            lines = text.split("\n")
            for i, line in enumerate(lines):
                run = paragraph.add_run(line)
                run.bold = (bold_first_col and c == 0) or (bold_first_row and r == 0)
                if i < len(lines) - 1:
                    run.add_break()
    for r0, c0, r1, c1 in merges:
        merged = table.cell(r0, c0).merge(table.cell(r1, c1))
        for paragraph in merged.paragraphs[1:]:  # Word keeps only the first cell's text
            if not paragraph.text:
                paragraph._p.getparent().remove(paragraph._p)
    return table


def to_docx(sheet: Sheet, doc: Doc) -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Pt

    def build(document) -> None:
        section = document.sections[0]
        for i, line in enumerate(sheet.header):
            paragraph = section.header.paragraphs[0] if i == 0 else section.header.add_paragraph()
            paragraph.text = line
        for i, line in enumerate(sheet.footer):
            paragraph = section.footer.paragraphs[0] if i == 0 else section.footer.add_paragraph()
            paragraph.text = line
        if sheet.footer:
            paragraph = section.footer.add_paragraph("Page ")
            paragraph._p.append(parse_xml(PAGE_FIELD_XML))
        boxes = 0
        for block in sheet.blocks:
            if block.kind == "title" and doc.meta.get("title_style"):
                document.add_paragraph(block.text, style=doc.meta["title_style"])
            elif block.kind == "title":
                paragraph = document.add_paragraph()
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = paragraph.add_run(block.text)
                run.bold, run.font.size = True, Pt(13)
            elif block.kind == "heading":
                if block.style == "styles":
                    document.add_heading(block.text, 1 if block.section != "package" else 2)
                else:
                    run = document.add_paragraph().add_run(block.text)
                    run.bold = True
                    run.underline = block.style == "underline"
            elif block.kind == "para":
                document.add_paragraph(block.text)
            elif block.kind == "fields":
                if block.style == "lines":
                    for label, value in block.rows:
                        paragraph = document.add_paragraph()
                        paragraph.add_run(label).bold = True
                        paragraph.add_run(" " + value)
                else:
                    fill_table(document, block.rows, block.merges,
                               bold_first_col=block.style in ("2col", "2col-head", "3col-group"),
                               bold_first_row=block.style in ("horizontal", "2col-head"))
                    document.add_paragraph()
            elif block.kind == "table":
                rows = ([block.header] if block.header else []) + block.rows
                fill_table(document, rows, bold_first_row=bool(block.header))
                document.add_paragraph()
            elif block.kind == "items":
                for i, item in enumerate(block.rows):
                    if block.style == "number":
                        document.add_paragraph(item, style="List Number")
                    elif block.style == "bullet":
                        document.add_paragraph(item, style="List Bullet")
                    else:
                        prefix = {"alpha": f"{chr(97 + i)}) ", "manual": f"{i + 1}.\t", "dash": "- "}
                        document.add_paragraph(prefix[block.style] + item)
            elif block.kind == "signatures":
                head = ["", "Nom", "Signature", "Date"] if block.style == "fr" else ["", "Name", "Signature", "Date"]
                rows = [head] + [[role, f"{name}\n{title}".strip(), "", when] for role, name, title, when in block.rows]
                fill_table(document, rows, bold_first_row=True)
            elif block.kind == "textbox":
                boxes += 1
                paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{xml_escape(line)}</w:t></w:r></w:p>'
                                for line in block.rows)
                document.add_paragraph()._p.append(parse_xml(TEXTBOX_XML % {"id": boxes + 1, "paras": paras}))
            elif block.kind == "sidebyside":
                fill_table(document, block.rows, style="Normal Table")
                document.add_paragraph()
            elif block.kind == "pagebreak":
                document.add_page_break()
            else:
                raise ValueError(block.kind)

    return word_file(build, doc.saved, doc.meta.get("author", "Classification"), doc.meta.get("doc_title", ""),
                     doc.meta.get("font", "Arial"), doc.meta.get("size", 10))


# --- PDF exported from Word: a text layer, page header and footer, table cells on one baseline ---

LEFT, RIGHT_EDGE, TOP, BOTTOM, LEADING = 72, 540, 720, 72, 12.5


def wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width) or [""]


class PdfLayout:
    """Rows of positioned text cells, paginated."""

    def __init__(self) -> None:
        self.rows: list[tuple[float, list[tuple[float, str, str, float]]]] = []  # (height, cells)
        self.breaks: set[int] = set()

    def row(self, cells: list[tuple[float, str, str, float]], height: float = LEADING) -> None:
        self.rows.append((height, cells))

    def text(self, text: str, x: float = LEFT, width: int = 96, font: str = "F1", size: float = 10) -> None:
        for line in wrap(text, width):
            self.row([(x, line, font, size)])

    def gap(self, height: float = 6) -> None:
        self.rows.append((height, []))

    def columns(self, cells: list[tuple[float, int, str, str]]) -> None:
        """Cells side by side, each wrapped to its width; a row per wrapped line."""
        wrapped = [(x, [ln for part in text.split("\n") for ln in wrap(part, width)], font) for x, width, text, font in cells]
        for i in range(max(len(w) for _, w, _ in wrapped)):
            self.row([(x, lines[i], font, 10) for x, lines, font in wrapped if i < len(lines) and lines[i]])

    def pages(self) -> list[list[tuple[float, list]]]:
        pages, page, used = [], [], 0.0
        for index, (height, cells) in enumerate(self.rows):
            if index in self.breaks or used + height > TOP - BOTTOM:
                if page:
                    pages.append(page)
                page, used = [], 0.0
            page.append((height, cells))
            used += height
        pages.append(page)
        return pages


def lay_out_pdf(sheet: Sheet, doc: Doc) -> PdfLayout:
    out = PdfLayout()
    for block in sheet.blocks:
        kind, rows = block.kind, block.rows
        if kind == "title":
            out.row([(306 - len(block.text) * 3.3, block.text, "F2", 12)], 16)
        elif kind == "heading":
            out.gap(8)
            out.text(block.text, font="F2")
            out.gap(3)
        elif kind == "para":
            out.text(block.text)
            out.gap()
        elif kind == "fields":
            covered = {(r, c) for r0, c0, r1, c1 in block.merges for r in range(r0, r1 + 1)
                       for c in range(c0, c1 + 1) if (r, c) != (r0, c0)}
            for r, row in enumerate(rows):
                cells = [(c, text) for c, text in enumerate(row) if (r, c) not in covered]
                if block.style in ("2col", "2col-head", "lines"):
                    out.columns([(LEFT, 32, cells[0][1], "F2"), (250, 54, cells[1][1] if len(cells) > 1 else "", "F1")])
                elif block.style == "4col":
                    spans = {c0: c1 for r0, c0, r1, c1 in block.merges if r0 == r}
                    xs, widths = [LEFT, 168, 306, 404], [18, 24, 18, 24]
                    out.columns([(xs[c], 70 if spans.get(c) == 3 else widths[c], text, "F2" if c % 2 == 0 else "F1")
                                 for c, text in cells])
                elif block.style == "3col-group":
                    out.columns([(LEFT, 16, cells[0][1] if cells[0][0] == 0 else "", "F2"),
                                 (170, 30, row[1], "F1"), (340, 38, row[2], "F1")])
                elif block.style == "3col-bil":
                    out.columns([(LEFT, 30, row[0], "F2"), (240, 36, row[1], "F1"), (430, 22, row[2], "F2")])
                elif block.style == "horizontal":
                    step = (RIGHT_EDGE - LEFT) / len(row)
                    out.columns([(LEFT + i * step, int(step / 5.2), text, "F2" if r == 0 else "F1")
                                 for i, text in enumerate(row)])
            out.gap(8)
        elif kind == "table":
            table = ([block.header] if block.header else []) + rows
            ncols = max(len(r) for r in table)
            first = 0.5 if ncols > 2 else 0.45
            widths = [first] + [(1 - first) / (ncols - 1)] * (ncols - 1)
            xs = [LEFT + sum(widths[:i]) * (RIGHT_EDGE - LEFT) for i in range(ncols)]
            for r, row in enumerate(table):
                out.columns([(xs[c], int(widths[c] * (RIGHT_EDGE - LEFT) / 5.3), text,
                              "F2" if block.header and r == 0 else "F1") for c, text in enumerate(row)])
            out.gap(8)
        elif kind == "items":
            for i, item in enumerate(rows):
                mark = {"number": f"{i + 1}.", "manual": f"{i + 1}.", "alpha": f"{chr(97 + i)})", "bullet": "\u2022",
                        "dash": "-"}[block.style]
                lines = wrap(item, 88)
                out.row([(LEFT, mark, "F1", 10), (LEFT + 18, lines[0], "F1", 10)])
                for line in lines[1:]:
                    out.row([(LEFT + 18, line, "F1", 10)])
            out.gap()
        elif kind == "signatures":
            out.gap(10)
            for role, name, title, when in rows:
                out.row([(LEFT, role, "F2", 10), (250, "______________________________", "F1", 10), (450, when, "F1", 10)])
                out.row([(250, name, "F1", 10)])
                if title:
                    out.text(title, x=250, width=54, size=9)
                out.gap(10)
        elif kind == "textbox":
            for line in rows:
                out.row([(352, line, "F1", 9)], 11)
            out.gap()
        elif kind == "sidebyside":
            for left, right in rows:
                out.columns([(LEFT, 44, left, "F1"), (318, 44, right, "F1")])
                out.gap(4)
        elif kind == "pagebreak":
            out.breaks.add(len(out.rows))
    return out


def pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def to_pdf(sheet: Sheet, doc: Doc) -> bytes:
    """A PDF as Word's export writes one: each line and table cell placed on the page, the header
    and footer repeated on every page, and the pages' text compressed."""
    pages = lay_out_pdf(sheet, doc).pages()
    total = len(pages)
    streams = []
    for number, page in enumerate(pages, 1):
        ops, y = [], TOP
        furniture = [(LEFT, 752, line, "F1", 8) for line in sheet.header[:1]]
        furniture += [(RIGHT_EDGE - 5 * len(line), 752, line, "F1", 8) for line in sheet.header[1:2]]
        footer = (sheet.footer[0] + "   " if sheet.footer else "") + \
            doc.meta.get("page", "Page {n} of {t}").format(n=number, t=total)
        for height, cells in page:
            y -= height
            furniture += [(x, y, text, font, size) for x, text, font, size in cells]
        furniture.append((LEFT, 40, footer, "F1", 8))  # Word writes the footer after the body
        for x, fy, text, font, size in furniture:
            ops.append(b"BT /%b %g Tf %.1f %.1f Td %b Tj ET" % (font.encode(), size, x, fy, pdf_string(text)))
        streams.append(b"\n".join(ops))
    when = doc.saved.strftime("D:%Y%m%d%H%M%S-05'00'")
    producer = doc.meta.get("producer", "Microsoft\u00ae Word 2016")
    objects = [b"<< /Type /Catalog /Pages 2 0 R /Lang (%b) >>" % (b"fr-CA" if doc.langs[0] == "fr" else b"en-CA"), b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
               b"<< /Producer %b /Creator %b /Author %b /CreationDate (%b) /ModDate (%b) >>" % (
                   pdf_string(producer), pdf_string(doc.meta.get("creator", "Microsoft\u00ae Word 2016")),
                   pdf_string(doc.meta.get("author", "Classification")), when.encode(), when.encode())]
    kids = []
    for stream in streams:
        packed = zlib.compress(stream, 9)
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%b\nendstream" % (len(packed), packed))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R "
                       b"/F2 4 0 R >> >> /Contents %d 0 R >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%b] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# --- OCR text of a printed, signed and scanned copy ----------------------------------------------

LETTER_SLIPS = [("rn", "m"), ("m", "rn"), ("ti", "k"), ("li", "h"), ("cl", "d"), ("e", "c"), ("a", "e"),
                ("n", "ri"), ("l", "1"), ("i", "l"), ("o", "0"), ("h", "b"), ("f", "t"), ("u", "ii"),
                ("s", "a"), ("t", "l"), ("y", "v"), ("é", "6"), ("é", "e"), ("é", "e'"), ("è", "e"), ("à", "a"),
                ("ç", "c"), ("ô", "o"), ("É", "E"), ("fi", "ﬁ"), ("w", "vv"), ("d", "cl")]
DIGIT_SLIPS = {"0": "O", "1": "I", "5": "S"}  # the confusions a reader still reads through
SCRAWLS = ["~/\\~-_.,/'  ~~", "J/--/l  ~", "/s/ ~~'~", "(~  ,L- ;~--", "~~~ /'/ -_ ~", "Jl-- ~ .~/'",
           "\u2014 ~~ 7/ ~", "[illegible]", "'~--/ -. /~~", "~ // __~ /-"]


def slip(token: str, rng: random.Random, rate: float, protected: set[str]) -> str:
    """One word as a scan of a copy reads it: digits and letters confused, accents lost."""
    bare = token.strip(".,;:()")
    if not bare or bare in protected:
        return token
    roll = rng.random()
    if any(ch.isdigit() for ch in token) and roll < rate * 3:
        return "".join(DIGIT_SLIPS.get(ch, ch) if ch in DIGIT_SLIPS and rng.random() < 0.55 else ch for ch in token)
    if roll < rate:
        options = [(a, b) for a, b in LETTER_SLIPS if a in token]
        if options:
            a, b = rng.choice(options)
            at = [m.start() for m in re.finditer(re.escape(a), token)]
            i = rng.choice(at)
            return token[:i] + b + token[i + len(a):]
    if roll < rate * 1.25 and len(token) > 6:
        i = rng.randrange(2, len(token) - 2)
        return token[:i] + " " + token[i:]
    return token


def damage(line: str, rng: random.Random, rate: float, protected: set[str], accents: float) -> str:
    words = [slip(w, rng, rate, protected) for w in line.split(" ")]
    text = " ".join(words)
    if accents:
        text = "".join({"é": "e", "è": "e", "ê": "e", "à": "a", "ç": "c", "É": "E", "ô": "o", "î": "i"}.get(ch, ch)
                       if ch in "éèêàçÉôî" and rng.random() < accents else ch for ch in text)
    return text


def plain_lines(block: Block, width: int, pipes: bool = False) -> list[str]:
    """A block as the lines a printed page shows."""
    kind, rows = block.kind, block.rows
    sep = " | " if pipes else "   "
    if kind == "title":
        return [block.text.center(width).rstrip(), ""]
    if kind == "heading":
        return ["", block.text.upper() if block.style != "styles" else block.text, ""]
    if kind == "para":
        return wrap(block.text, width) + [""]
    if kind == "fields":
        covered = {(r, c) for r0, c0, r1, c1 in block.merges for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1) if (r, c) != (r0, c0)}
        lines = []
        for r, row in enumerate(rows):
            cells = [text.replace("\n", " / ") for c, text in enumerate(row) if (r, c) not in covered and text]
            if block.style in ("2col", "lines", "2col-head") and len(cells) == 2:
                lines.append(f"{cells[0]:<34}{cells[1]}" if block.style != "lines" else f"{cells[0]} {cells[1]}")
            else:
                lines.append(sep.join(cells))
        return lines + [""]
    if kind == "table":
        table = ([block.header] if block.header else []) + rows
        return [sep.join(c for c in row if c) for row in table] + [""]
    if kind == "items":
        lines = []
        for i, item in enumerate(rows):
            mark = {"number": f"{i + 1}.", "manual": f"{i + 1}.", "alpha": f"{chr(97 + i)})", "bullet": "\u2022",
                    "dash": "-"}[block.style]
            body = wrap(item, width - 4)
            lines.append(f"{mark} {body[0]}")
            lines += ["   " + ln for ln in body[1:]]
        return lines + [""]
    if kind == "signatures":
        lines = [""]
        for role, name, title, when in rows:
            lines += ["\x00SCRAWL", f"{'_' * 34}        {when}", name, role + (f", {title}" if title else ""), ""]
        return lines
    if kind == "textbox":
        return [" " * 40 + line for line in rows] + [""]
    if kind == "sidebyside":
        lines = []
        for left, right in rows:
            lw, rw = wrap(left, 40), wrap(right, 40)
            lines += [f"{(lw[i] if i < len(lw) else ''):<44}{rw[i] if i < len(rw) else ''}".rstrip()
                      for i in range(max(len(lw), len(rw)))]
        return lines + [""]
    if kind == "pagebreak":
        return ["\x00PAGE"]
    raise ValueError(kind)


def interleave(left: list[str], right: list[str]) -> list[str]:
    """Two columns of a page read straight across, as OCR reads a two-column layout."""
    return [f"{left[i] if i < len(left) else ''} {right[i] if i < len(right) else ''}".strip()
            for i in range(max(len(left), len(right)))]


def to_ocr(sheet: Sheet, doc: Doc) -> str:
    """The text an OCR engine gives for the printed, signed and scanned document.

    ``doc.ocr`` options: rate (word damage), accents (share of accents lost), pipes (table rules read
    as |), interleave (two sections printed in two columns), stamp, fax (a fax header on each page),
    footer, formfeed (pages split by form feeds), flat (each page one line), wrapper (the extraction
    tool's headings)."""
    opts = doc.ocr
    rng = random.Random("ocr:" + doc.name)
    width = 82
    protected = {part.strip(".,") for name in sheet.people for part in name.split()}
    lines: list[str] = []
    pending_columns: dict[str, list[str]] = {}
    pair = opts.get("interleave")
    for block in sheet.blocks:
        if pair and block.section in pair and block.kind not in ("pagebreak",):
            pending_columns.setdefault(block.section, []).extend(plain_lines(block, 40, opts.get("pipes", False)))
            if block.section == pair[1] and block is last_of(sheet.blocks, pair[1]):
                lines += interleave(pending_columns.get(pair[0], []), pending_columns[pair[1]])
            continue
        lines += plain_lines(block, width, opts.get("pipes", False))
    if opts.get("stamp"):
        lines[2:2] = [" " * 50 + s for s in opts["stamp"]]
    rate, accents = opts.get("rate", 0.04), opts.get("accents", 0.0)
    damaged = []
    for line in lines:
        if line == "\x00SCRAWL":
            damaged.append("    " + rng.choice(SCRAWLS))
        elif line == "\x00PAGE":
            damaged.append(line)
        else:
            damaged.append(damage(line, rng, rate, protected, accents))
    pages, page = [], []
    per_page = 58
    for line in damaged:
        if line == "\x00PAGE" or len(page) >= per_page:
            pages.append(page)
            page = []
            if line == "\x00PAGE":
                continue
        page.append(line)
    pages.append(page)
    total = len(pages)
    out_pages = []
    for number, page in enumerate(pages, 1):
        top = [fax.format(n=number, t=total) for fax in opts.get("fax", [])]
        top += [h for h in sheet.header]
        bottom = [f.format(n=number, t=total) for f in opts.get("footer", sheet.footer + [f"Page {number} of {total}"])]
        body = top + ([""] if top else []) + page + [""] + bottom
        out_pages.append(body)
    if opts.get("flat"):
        text = "\n".join(" ".join(ln.strip() for ln in body if ln.strip()) for body in out_pages)
    else:
        text = "\n\f\n".join("\n".join(ln.rstrip() for ln in body) for body in out_pages) if opts.get("formfeed") \
            else "\n\n".join("\n".join(ln.rstrip() for ln in body) for body in out_pages)
    if opts.get("wrapper"):
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    return text + "\n"


def last_of(blocks: list[Block], section: str) -> Block:
    return [b for b in blocks if b.section == section][-1]


# --- plain text and Markdown (web forms, HR-system printouts) ----------------------------------

def to_plain(blocks: list[Block], width: int = 96) -> str:
    lines = []
    for block in blocks:
        lines += [ln for ln in plain_lines(block, width) if not ln.startswith("\x00")]
    return "\n".join(ln.rstrip() for ln in lines)


def to_markdown(blocks: list[Block]) -> str:
    out: list[str] = []
    for block in blocks:
        kind, rows = block.kind, block.rows
        if kind == "title":
            out += [f"# {block.text}", ""]
        elif kind == "heading":
            out += [f"## {block.text}", ""]
        elif kind == "para":
            out += [block.text, ""]
        elif kind == "items":
            out += [f"{i}. {t}" if block.style in ("number", "manual") else f"- {t}" for i, t in enumerate(rows, 1)]
            out.append("")
        elif kind == "table":
            table = ([block.header] if block.header else [["", ""][:len(rows[0])]]) + rows
            out.append("| " + " | ".join(table[0]) + " |")
            out.append("|" + "---|" * len(table[0]))
            out += ["| " + " | ".join(r) + " |" for r in table[1:]]
            out.append("")
        elif kind == "fields":
            out += [f"**{label.rstrip(':')}:** {value}" for label, value in rows]
            out.append("")
        elif kind == "signatures":
            out += [f"- {role}: {name}{', ' + title if title else ''} ({when})" for role, name, title, when in rows]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def narrative(comp: Composer, lang: str, order: tuple) -> list[Block]:
    """The narrative sections of a work description, as blocks of their own."""
    start = len(comp.blocks)
    for name in order:
        comp.section(name, lang)
    blocks = comp.blocks[start:]
    del comp.blocks[start:]
    return blocks


def system_name(name: str) -> str:
    """``Desmond Okafor`` as an HR system prints a name: ``OKAFOR,DESMOND``."""
    first, _, last = name.rpartition(" ")
    return f"{last.upper()},{first.upper()}"


def hr_peoplesoft_en(doc: Doc, comp: Composer) -> str:
    """A PeopleSoft 'Position Data' printout with the work description text after it."""
    pos = doc.pos
    for code in ("Posn Nbr", "Eff Date", "Descr", "Job Code", "Reports To", "Sal Plan", "Location", "Incumbent"):
        comp.labels.note(doc.name, code)
    title, number, job = comp.value("title", "en"), comp.value("number", "en"), comp.value("job_code", "en")
    comp.stated["classification"] = pos.classification
    eff = comp.value("effective", "en")
    location = comp.value("location", "en")
    comp.stated["supervisor"].update(position_number=pos.supervisor.number, title=pos.supervisor.title["en"])
    printed = system_name(comp.person())
    comp.people[-1] = printed  # the system prints only this form
    head = [
        f"{'PSPOSDAT':<36}{'Canada Border Services Agency':^36}{'Page No.':>16}{1:>6}",
        f"{'':<36}{'Position Data - Detail':^36}{'Run Date':>16} 03/14/2023",
        f"{'':<36}{'':^36}{'Run Time':>16}   09:12:44",
        "",
        f"Posn Nbr:      {number:<20}Eff Date:   {eff:<14}Eff Seq:  0      Status: A  Active",
        f"Action:        REO  Reorganization     Action Dt:  04/11/2022",
        f"Descr:         {title}",
        f"Short Descr:   DIR PHD",
        f"Business Unit: CBSA1               Dept ID:    4410020   {pos.unit['en']}",
        f"Job Code:      {job:<20}{title[:30]}",
        f"Reg/Temp:      R  Regular          Full/Part:  F  Full-Time        Std Hours:  37.50",
        f"Sal Plan:      {pos.classification[:2]}                  Grade:      {pos.classification[-2:]}",
        f"Union Cd:      EXC Excluded        Max Head Cnt:  1   Curr Head Cnt:  1",
        f"Location:      BC0412              {location}",
        f"Reports To:    {pos.supervisor.number:<20}{pos.supervisor.title['en']}",
        f"Lang Reqmt:    CBC  Bilingual Imperative        Security Clearance: SECRET",
        f"Incumbent:     000487231           {printed}",
        f"Budgeted Posn: Y                   Confidential Posn: N",
        "",
        "Job Description Text",
        "-" * 94,
    ]
    body = to_plain(narrative(comp, "en", ("summary", "structure", "dimensions", "scope", "challenges", "contacts", "duties",
                                                    "competencies")), 94)
    tail = ["-" * 94, "Last Updt DtTm: 03/14/2023  8:55:10AM     By: HRCL0427", "", "*** End of Report ***"]
    return "\n".join(head) + "\n" + body + "\n" + "\n".join(tail) + "\n"


def hr_peoplesoft_fr(doc: Doc, comp: Composer) -> str:
    """The same kind of printout from a department whose HR system runs in French."""
    pos = doc.pos
    for code in ("N° poste", "Date eff.", "Descr.", "Code emploi", "Relève de", "Plan sal.", "Lieu",
                 "Titulaire"):
        comp.labels.note(doc.name, code)
    title, number, job = comp.value("title", "fr"), comp.value("number", "fr"), comp.value("job_code", "fr")
    comp.stated["classification"] = pos.classification
    eff = comp.value("effective", "fr")
    location = comp.value("location", "fr")
    comp.stated["supervisor"].update(position_number=pos.supervisor.number, title=pos.supervisor.title["fr"])
    printed = system_name(comp.person())
    comp.people[-1] = printed  # the system prints only this form
    head = [
        f"{'RAPPORT PSPOSDAT-F':<34}{'Patrimoine canadien':^34}{'Page :':>20}{1:>4}",
        f"{'':<34}{'Données sur le poste – détail':^34}{'Date d’exéc. :':>20} 2020-02-06",
        "",
        f"N° poste :      {number:<18}Date eff. :  {eff:<12}Séq. eff. : 0     Statut : A  Actif",
        f"Mesure :        RVW  Révision de la description de travail",
        f"Descr. :        {title}",
        f"Descr. abrégée : DIR PALO",
        f"Unité org. :    PCH01             Service :  3310400  {pos.unit['fr']}",
        f"Code emploi :   {job:<18}Dir. programmes d’appui aux LO",
        f"Perm./temp. :   P  Permanent       Temps plein/partiel : P  Plein",
        f"Plan sal. :     {pos.classification[:2]}                Niveau :     {pos.classification[-2:]}",
        f"Lieu :          QC0117            {location}",
        f"Relève de :     {pos.supervisor.number:<18}{pos.supervisor.title['fr']}",
        f"Nbre max. titulaires : 1          Exigences ling. : Bilingue impératif CBC/CBC",
        f"Titulaire :     000391187         {printed}",
        "Dern. màj :     2020-02-06 14:31  Par : HRPCH213",
        "",
        "Texte de la description de travail",
        "=" * 90,
    ]
    body = to_plain(narrative(comp, "fr", ("summary", "scope", "challenges", "structure", "dimensions", "duties",
                                                    "contacts", "conditions")), 90)
    return "\n".join(head) + "\n" + body + "\n" + "=" * 90 + "\nFin du rapport\n"


def hr_extract(doc: Doc, comp: Composer) -> str:
    """A nightly extract of an executive position inventory: field codes, then the description."""
    pos = doc.pos
    comp.stated["title"] = [pos.title["en"], doc.meta["title_fr"]]
    comp.stated["position_number"] = pos.number
    comp.stated["job_code"] = pos.job_code
    comp.stated["classification"] = pos.classification
    comp.stated["effective_date"] = pos.effective
    comp.stated["supervisor"] = {"position_number": pos.supervisor.number, "title": pos.supervisor.title["en"],
                                 "classification": pos.supervisor.classification}
    comp.stated["location"] = location_text(pos, "en")
    comp.stated.update(salary=pos.salary, o_and_m=pos.o_and_m, total=pos.total)
    comp.stated["also"]["fte"] = pos.fte
    comp.note_reports()
    name = comp.person()
    fields = [
        ("POSITION_ID", pos.number), ("JOB_ID", pos.job_code), ("TITLE_E", pos.title["en"]),
        ("TITLE_F", doc.meta["title_fr"]), ("CLASS_GRP_LVL", fmt_class(pos.classification, "space0")),
        ("EFF_DT", fmt_date(pos.effective, "oracle")), ("POSN_STATUS", "ACTIVE"),
        ("BRANCH_E", pos.branch["en"]), ("ORG_UNIT_E", pos.unit["en"]),
        ("WORK_LOC", f"{pos.city.upper()} {pos.province}"), ("SUPV_POSITION_ID", pos.supervisor.number),
        ("SUPV_TITLE_E", pos.supervisor.title["en"]), ("SUPV_CLASS", pos.supervisor.classification),
        ("FTE_AUTH", str(pos.fte)), ("SAL_BUDGET", f"{pos.salary:.2f}"), ("OM_BUDGET", f"{pos.o_and_m:.2f}"),
        ("TOTAL_BUDGET", f"{pos.total:.2f}"), ("INCUMBENT_NAME", name), ("LAST_UPD_DT", "2022-08-01 17:42:06"),
        ("LAST_UPD_BY", "SSC_HR_BATCH"),
    ]
    for code, _ in fields:
        comp.labels.note(doc.name, code)
    lines = ["EXEC POSITION INVENTORY - EXTRACT", "Generated: 2022-08-02 06:00 ET   Source: HRMS nightly   Record 1 of 1",
             ""] + [f"{code:<18}: {value}" for code, value in fields]
    lines += ["", "--- WD_TEXT_E ---"]
    lines.append(to_plain(narrative(comp, "en", ("summary", "scope", "challenges", "contacts", "duties", "conditions")), 100))
    lines += ["", "--- DIRECT_REPORTS (org structure) ---"]
    base = int(pos.number)
    lines += [f"{base + i + 1:<8}{r.title['en']:<48}{r.classification:<8}{r.fte}" for i, r in enumerate(pos.reports)]
    lines += ["", "--- END OF RECORD ---"]
    return "\n".join(lines) + "\n"


def webform(doc: Doc, comp: Composer) -> str:
    """A classification request submitted through a web form, exported as Markdown."""
    lang, pos = doc.langs[0], doc.pos
    en = lang == "en"
    keys = ["title", "department", "branch", "unit", "number", "job_code", "classification", "effective",
            "location"]
    rows = [(comp.label(k), comp.value(k, lang)) for k in keys if k in doc.id_fields]
    out = ["# " + ("Executive Work Description – Classification Request" if en else
                   "Formulaire de demande de classification – Postes de direction (EX)"), ""]
    out += [("_Submitted through the Classification Services portal on Sep 30, 2020 at 14:22 "
             "(request CLS-2020-0412)._" if en else
             "> Formulaire soumis le 2025-01-20 à 10 h 04 (référence DC-2025-0031). Statut : en traitement."), ""]
    out += ["## " + ("Section A – Position identification" if en else "Partie A – Identification du poste"), ""]
    if en:
        out += ["| Field | Response |", "|---|---|"] + [f"| {label.rstrip(':')} | {value} |" for label, value in rows]
    else:
        out += [f"**{label.rstrip(':')}** : {value}  " for label, value in rows]
    out += ["", "## " + ("Section B – Reporting relationships" if en else "Partie B – Relations hiérarchiques"), ""]
    out += ["**" + ("Q5. To whom does the position report (title, group and level, position number)?" if en else
                    "Q5. De qui relève le poste (titre, groupe et niveau, numéro de poste)?") + "**", "",
            comp.reports_to_line(lang), ""]
    out += ["**" + ("Q6. Which positions report directly to this position?" if en else
                    "Q6. Quels postes relèvent directement de ce poste?") + "**", ""]
    comp.note_reports()
    for r in pos.reports:
        out.append(f"- {r.title[lang]} – {r.classification}, {r.fte} {'FTEs' if en else 'ETP'}")
    out += ["", "## " + ("Section C – Work description" if en else "Partie C – Description de travail"), ""]
    out.append(to_markdown(narrative(comp, lang, ("summary", "scope", "challenges", "contacts", "dimensions", "duties",
                                                  "conditions"))))
    out += ["## " + ("Section D – Submitted by" if en else "Partie D – Soumis par"), ""]
    out += [f"{'Name' if en else 'Nom'}: {comp.person()}  ", f"{'Title' if en else 'Titre'}: "
            f"{pos.supervisor.title[lang]}  "]
    return "\n".join(out).rstrip() + "\n"


# --- documents to refuse -------------------------------------------------------------------------

def job_poster() -> bytes:
    """A job advertisement printed from the jobs site: an EX title, level, salary and place, but
    no work description."""
    lines = [
        "Director, Regional Operations (EX-01)",
        "Fisheries and Oceans Canada - Gulf Region",
        "Moncton (New Brunswick)",
        "EX-01",
        "Indeterminate",
        "$132,009 to $155,288 (Executive level salary range)",
        "For further information on the organization, please visit Fisheries and Oceans Canada",
        "Closing date: 14 June 2024 - 23:59, Pacific Time",
        "Who can apply: Persons residing in Canada and Canadian citizens residing abroad.",
        "Reference number: DFO24J-019874-000112",
        "Selection process number: 24-DFO-GLF-EA-481276",
        "",
        "Work environment",
        "The Gulf Region delivers the Department's programs in the southern Gulf of St. Lawrence, from",
        "offices in Moncton, Charlottetown, Tracadie and Antigonish. As Director, Regional Operations you",
        "will lead a team of 60 employees responsible for small craft harbours, licensing and area offices.",
        "",
        "Intent of the process",
        "A pool of qualified candidates may be established through this process and may be used to staff",
        "similar positions with various tenures, linguistic profiles and security requirements.",
        "",
        "Positions to be filled: 1",
        "",
        "Information you must provide",
        "Your résumé. A cover letter of no more than two pages explaining how you meet the education and",
        "experience criteria.",
        "",
        "ESSENTIAL QUALIFICATIONS",
        "Graduation with a degree from a recognized post-secondary institution, or an acceptable",
        "combination of education, training and/or experience.",
        "Significant* experience in managing human and financial resources.",
        "Significant experience in providing strategic advice and recommendations to senior management.",
        "Experience in establishing and maintaining partnerships with stakeholders.",
        "* Significant experience is understood to mean depth and breadth normally acquired over three (3) years.",
        "",
        "Degree equivalency",
        "Various language requirements: Bilingual imperative CBC/CBC",
        "Key Leadership Competencies: Create vision and strategy; Mobilize people; Uphold integrity and",
        "respect; Collaborate with partners and stakeholders; Promote innovation and guide change; Achieve",
        "results.",
        "",
        "CONDITIONS OF EMPLOYMENT",
        "Secret security clearance. Willingness and ability to travel.",
        "",
        "The Public Service of Canada is committed to building a skilled and diverse workforce that",
        "reflects the Canadians we serve.",
        "Contact information: Staffing Team, DFOStaffing.DotationMPO@example.gc.ca",
    ]
    page = Sheet([], ["GC Jobs - Job Poster", "Printed 2024-06-03"], [], {}, [])
    doc = Doc("job poster.pdf", P.DFO_NL, "pdf", meta={"producer": "Skia/PDF m124", "creator": "Chrome",
                                                      "author": "", "page": "{n}/{t}"},
              saved=datetime(2024, 6, 3, 11, 2))
    page.blocks = [Block("title", lines[0])] + [Block("para", ln) if ln else Block("para", " ") for ln in lines[1:]]
    return to_pdf(page, doc)


def grievance_letter() -> bytes:
    """A classification grievance decision letter: a position number, title, level and dates, and
    a decision, but no work description."""
    def build(document) -> None:
        section = document.sections[0]
        section.header.paragraphs[0].text = "Correctional Service Canada / Service correctionnel Canada"
        section.footer.paragraphs[0].text = "PROTECTED B – Classification grievance file CG-2019-0087"
        for line in ["PROTECTED B", "", "July 22, 2019", "", "Ms. Beatrice Oyelaran", "Parole Officer Supervisor",
                     "Kingston Parole Office", "", "Dear Ms. Oyelaran:", "",
                     "Subject: Classification grievance – Position 33418, Parole Officer Supervisor (WP-05)"]:
            document.add_paragraph(line)
        for text in [
            "This letter is to inform you of the decision rendered on your classification grievance of "
            "November 14, 2018, concerning the classification of your position.",
            "The Classification Grievance Committee met on June 19, 2019 to review the work description of "
            "your position effective April 1, 2018, the submission you and your representative presented, and "
            "the comments of management. The Committee evaluated the work using the WP Job Evaluation "
            "Standard and compared it with benchmark positions 4, 7 and 11.",
            "The Committee recommended that the position be classified at the WP-05 level, with a total of "
            "510 points. As the Deputy Head's delegate, I have accepted the Committee's recommendation. "
            "Accordingly, the classification of your position at the WP-05 group and level is confirmed, "
            "effective April 1, 2018.",
            "This decision is final and binding. There is no further recourse within the Department; you may, "
            "however, seek judicial review by the Federal Court within 30 days of receipt of this letter.",
            "A copy of the Committee's report is attached for your information.",
            "Yours sincerely,",
        ]:
            document.add_paragraph(text)
        for line in ["", "", "Harold Mackenzie-Watts", "Director General, Human Resources Management",
                     "c.c.: Tomasz Wisniewski, Union of Safety and Justice Employees", "Encl."]:
            document.add_paragraph(line)

    return word_file(build, datetime(2019, 7, 22, 15, 40), "HR-Classification")


def memo_fr() -> bytes:
    """A French memo on the cyclical review of executive work descriptions: a table of positions,
    levels and numbers, but no work description."""
    def build(document) -> None:
        document.sections[0].header.paragraphs[0].text = "Agence de la santé publique du Canada"
        title = document.add_paragraph()
        title.add_run("NOTE DE SERVICE").bold = True
        for label, value in [("Destinataire :", "Directrices et directeurs généraux, Direction générale des "
                                               "programmes de santé et de la prévention"),
                             ("Expéditeur :", "Directrice, Classification et organisation"),
                             ("Date :", "le 14 février 2022"),
                             ("Objet :", "Examen cyclique des descriptions de travail des cadres (EX) – 2022-2023")]:
            paragraph = document.add_paragraph()
            paragraph.add_run(label).bold = True
            paragraph.add_run(" " + value)
        for text in [
            "La Politique sur la gestion des cadres supérieurs exige que les descriptions de travail des postes "
            "de direction soient examinées au moins tous les cinq ans. Les postes suivants de votre direction "
            "générale ont été ciblés pour l'examen de cette année :",
        ]:
            document.add_paragraph(text)
        fill_table(document, [["N° de poste", "Titre", "Niveau", "Dernière évaluation"],
                              ["66412", "Directeur, Maladies chroniques", "EX-01", "2016-05-02"],
                              ["66430", "Directeur général, Promotion de la santé", "EX-03", "2015-11-16"],
                              ["66455", "Directeur, Santé mentale et prévention", "EX-01", "2017-01-09"]],
                   bold_first_row=True)
        for text in [
            "Veuillez faire parvenir à votre conseillère en classification, d'ici le 31 mars 2022, une "
            "description de travail à jour et signée ou une confirmation écrite que la description actuelle "
            "demeure exacte. Les descriptions doivent utiliser le modèle du Secrétariat du Conseil du Trésor.",
            "Pour toute question, n'hésitez pas à communiquer avec l'équipe de la classification.",
            "Nicole Brassard",
            "Directrice, Classification et organisation",
        ]:
            document.add_paragraph(text)

    return word_file(build, datetime(2022, 2, 14, 10, 5), "Classification", font="Calibri", size=11)


def unreadable_scan() -> str:
    """A faxed copy too faint to read: a few fragments of a title block and noise."""
    rng = random.Random("unreadable")
    noise = "~.,:;'`!|/\\il1I-_ "
    lines = ["", "  ,  ' .   -   . ::  ~", "    EXE  UT VE W RK D SCR  T  N", ""]
    for i in range(46):
        line = "".join(rng.choice(noise) for _ in range(rng.randint(18, 70)))
        if i in (4, 11, 19, 27):
            line = line[:10] + rng.choice([" Pos t on N   ", " E -0  ", " Dire  or  ", " Ser  ice ", " 20 -0 - "]) + line[10:]
        lines.append(line)
    lines += ["", "  ~~  /  ", "P.02", ""]
    return "\n".join(lines)


def empty_word() -> bytes:
    return word_file(lambda document: None, datetime(2016, 3, 9, 8, 12), "Classification")


# --- the corpus ----------------------------------------------------------------------------------

SIGNED = ("incumbent", "supervisor", "manager")

DOCS = [
    # Word files, 2008-2025
    Doc("VAC - Director Disability Benefits Adjudication - WD 2021 FINAL.docx", P.VAC_2021, "docx",
        id_fields=("department", "branch", "unit", "title", "classification", "number", "job_code", "effective",
                   "location", "incumbent", "supervisor"),
        date="dmy", extras=("replaces:300412@2013-02-04",), header=("Veterans Affairs Canada / Anciens Combattants Canada", "PROTECTED A (when completed)"),
        footer=(r"S:\HR-RH\Classification\EX\70245 Dir DBA\2021\WD_FINAL_v3.docx",), signers=SIGNED,
        saved=datetime(2021, 6, 22, 14, 3), meta={"author": "VAC-ACC Classification", "doc_title": "EX Work Description"}),
    Doc("Directeur, Services des pensions à la clientèle - DT 2017.docx", P.PSPC_PENSION, "docx", langs=("fr",),
        id_layout="4col", colon=True, dims="table", duties="bullet", headings="bold", date="fr",
        header=("Services publics et Approvisionnement Canada", "Protégé A une fois rempli"),
        footer=("Centre des pensions – Classification – DT-88317",), signers=("supervisor", "manager"),
        saved=datetime(2017, 10, 11, 9, 40), meta={"author": "SPAC-PSPC", "font": "Calibri", "size": 11}),
    Doc("CFJ Directeur 2009 - DT.docx", P.CRA_2009, "docx", langs=("fr",), id_layout="3col-group",
        reports="table-num", dims="lines", duties="manual", headings="caps", date="dmy-slash-fr", cls="space0",
        money="M", header=("Agence du revenu du Canada",), footer=("Formulaire RC-EX-DT (2007-03)",),
        signers=("incumbent", "supervisor"), saved=datetime(2009, 4, 2, 16, 12),
        meta={"author": "ARC Classification", "font": "Times New Roman", "size": 11,
              "doc_title": "Modèle DT cadres 2007"}),
    Doc("SCTM Québec - Directeur - DT mai 2016.docx", P.CCG_MCTS, "docx", langs=("fr",),
        id_fields=("department", "branch", "unit", "title", "number", "location", "supervisor"),
        textbox=("job_code", "classification", "effective"), date="iso", money="M",
        header=("Garde côtière canadienne | Canadian Coast Guard",), signers=("supervisor", "manager"),
        saved=datetime(2016, 5, 12, 11, 30), meta={"author": "MPO-DFO"}),
    Doc("ECCC DG Monitoring and Data Services - classification package 2019.docx", P.ECCC_MDS, "docx",
        sup_layout="block", reports="list", dims="table", date="mdy-ord", money="M", package="en",
        extras=("branch-dims",), header=("Environment and Climate Change Canada", "Classification package – PROTECTED B"),
        signers=("incumbent", "supervisor"), saved=datetime(2019, 7, 2, 10, 15), meta={"author": "ECCC HR Classification"}),
    Doc("HC DG NNHPD bilingual WD 2020.docx", P.HC_NNHPD, "docx", langs=("en", "fr"), bilingual="side",
        id_layout="3col-bil", date="dmy", headings="bold", header=("Health Canada | Santé Canada",),
        signers=("supervisor",), saved=datetime(2020, 9, 8, 8, 55), meta={"author": "HC-SC"}),
    Doc("ISED DG SMO 2022.docx", P.ISED_SPECTRUM, "docx",
        id_fields=("department", "branch", "unit", "title", "classification", "effective", "location", "supervisor"),
        header_fields=("number",), id_layout="4col", supervisor="line", date="dmy", money="million", cls="nodash",
        dims="prose", duties="bullet", headings="underline",
        footer=("ISED-ISDE | Spectrum | Work Description | Unclassified",), signers=("supervisor",),
        saved=datetime(2022, 1, 14, 15, 20), meta={"author": "ISED Workforce Management"}),
    Doc("DPC - Directeur - DT 2012.docx", P.STATCAN_2012, "docx", langs=("fr",), id_layout="lines", colon=True,
        reports="list", dims="inline", date="fr", cls="short", money="full-nbsp", header=("Statistique Canada",),
        signers=("supervisor", "manager"), saved=datetime(2012, 8, 1, 13, 45),
        meta={"author": "StatCan RH", "font": "Calibri", "size": 11}),
    Doc("Directeur DPC - Director CPD - DT-WD 2024 (bilingue).docx", P.STATCAN_2024, "docx", langs=("fr", "en"),
        bilingual="sequential", extras=("replaces:64410@2012-07-23",), money="M", dims="table", footer=("DT/WD – Division des prix à la consommation",),
        signers=("supervisor", "manager"), saved=datetime(2024, 2, 20, 9, 5), meta={"author": "StatCan"}),
    Doc("AAFC Lethbridge RDT Director WD 2015.docx", P.AAFC_LETHBRIDGE, "docx", supervisor="two", extras=("peers",), reports="prose",
        dims="prose", fte="staff", headings="bold", date="dmy-slash-en", money="million", cls="endash",
        header=("Agriculture and Agri-Food Canada / Agriculture et Agroalimentaire Canada",),
        signers=("supervisor", "manager"), saved=datetime(2015, 9, 21, 10, 10), meta={"author": "AAFC-AAC", "title_style": "Title"}),
    Doc("ACIA - DE Centre opérationnel du Québec - trousse de classification 2019.docx", P.CFIA_QUEBEC, "docx",
        langs=("fr",), id_layout="3col-group", date="fr-le", money="M", cls_suffix=" (proposé)", headings="caps",
        duties="alpha", extras=("previous:EX-01",), package="fr", header=("Agence canadienne d'inspection des aliments", "PROTÉGÉ B"),
        signers=("supervisor", "manager"), saved=datetime(2019, 11, 20, 14, 0), meta={"author": "ACIA-CFIA"}),
    Doc("PCO Dir Ops SDP WD May 2011.docx", P.PCO_SDP, "docx", id_layout="4col", reports="list", dims="lines",
        date="mdy", duties="manual", extras=("peers",), header=("PRIVY COUNCIL OFFICE – CONFIDENTIAL",),
        signers=("supervisor",), saved=datetime(2011, 5, 24, 17, 2), meta={"author": "PCO-BCP", "size": 11}),
    Doc("AMC-GAC DG Opérations consulaires 2023.docx", P.GAC_CONSULAR, "docx", langs=("fr", "en"),
        id_layout="3col-bil", date="fr", money="M", headings="bold",
        header=("Affaires mondiales Canada / Global Affairs Canada",), signers=("supervisor", "manager"),
        saved=datetime(2023, 4, 3, 12, 25), meta={"author": "AMC-GAC"}),
    Doc("Établissement Cowansville - Directeur - DT 2014.docx", P.CSC_COWANSVILLE, "docx", langs=("fr",),
        id_fields=("department", "branch", "unit", "title", "number", "job_code", "classification", "effective",
                   "location", "incumbent", "supervisor"),
        supervisor="line", report_fields=("class",), dims="table", date="fr", money="cents", headings="bold", duties="dash",
        header=("Service correctionnel Canada",), signers=("incumbent", "supervisor"),
        saved=datetime(2014, 6, 10, 9, 0), meta={"author": "SCC-CSC"}),
    Doc("AANDC RDG Manitoba WD 2015.docx", P.ISC_2015, "docx", id_layout="horizontal",
        id_fields=("number", "job_code", "classification", "effective", "title", "department", "branch", "location",
                   "supervisor"),
        sup_layout="block", reports="table-num", cls="mixed", signers=("supervisor", "manager"),
        saved=datetime(2015, 10, 8, 10, 45), meta={"author": "AANDC-AADNC"}),
    Doc("PS DG NCPC 2010 draft.docx", P.PS_NCPC, "docx", provisional="To be assigned",
        textbox=("job_code",), reports="list-dash", date="dmy", money="M", headings="caps", duties="alpha",
        header=("Public Safety Canada", "DRAFT – for EX Classification Committee"), signers=("supervisor",),
        saved=datetime(2010, 11, 25, 16, 30), meta={"author": "PS-SP", "font": "Times New Roman", "size": 12}),
    Doc("ACOA RVP Nova Scotia WD 2018.docx", P.ACOA_NS, "docx", dims="table", title_lines=("ACOA • APECA", "Executive Position Description"), date="ymd-slash", money="M",
        duties="bullet", header=("Atlantic Canada Opportunities Agency",), signers=("supervisor",),
        saved=datetime(2018, 4, 9, 13, 0), meta={"author": "ACOA-APECA", "title_style": "Title"}),
    Doc("ASC - Directeur Opérations exploration spatiale 2021.docx", P.CSA_EXPLORATION, "docx", langs=("fr",),
        id_fields=("department", "branch", "unit", "title", "classification", "effective", "location", "supervisor"),
        header_fields=("job_code", "number"), date="fr-short", cls="space",
        footer=("ASC-CSA | Non classifié | Description de travail",), signers=("supervisor", "manager"),
        saved=datetime(2021, 9, 27, 11, 11), meta={"author": "ASC-CSA"}),
    Doc("CISR - DR Greffe Est - DT 2022.docx", P.IRB_EAST, "docx", langs=("fr",), id_layout="4col", money="M",
        headings="bold", signers=("supervisor",), saved=datetime(2022, 10, 12, 15, 50), meta={"author": "CISR-IRB"}),
    Doc("SSC Sr Dir WTD - WD Jan 2017.docx", P.SSC_2017, "docx", id_layout="3col-group", date="mdy", money="K",
        signers=("supervisor",), saved=datetime(2017, 1, 20, 8, 35), meta={"author": "SSC-SPC"}),
    # PDFs exported from Word
    Doc("PSPC ED Pay Centre Operations WD 2020.pdf", P.PSPC_PAY, "pdf", dims="table", date="dmy",
        header=("Public Services and Procurement Canada", "Protected A"), footer=("Pay Centre Operations – Work Description",),
        signers=("supervisor", "manager"), saved=datetime(2020, 3, 2, 10, 0)),
    Doc("PHAC ED Lab Ops and Biosafety - package 2016.pdf", P.PHAC_NML, "pdf", id_layout="4col", reports="list",
        date="mdy-ord", money="M", package="en", title_class=True, extras=("previous:EX-01",), header=("Public Health Agency of Canada", "PROTECTED B"),
        signers=("supervisor",), saved=datetime(2016, 11, 30, 14, 20)),
    Doc("NRCan DG AFC 2008.pdf", P.NRCAN_AFC, "pdf",
        id_fields=("department", "branch", "unit", "title", "number", "classification", "effective", "location",
                   "supervisor"),
        blank="________________", dims="lines", date="mdy", money="million", cls="space",
        header=("Natural Resources Canada / Ressources naturelles Canada",), signers=SIGNED,
        saved=datetime(2008, 7, 14, 9, 30), meta={"producer": "Acrobat PDFMaker 8.1 for Word", "creator": "Word 2003"}),
    Doc("ISC RDG Manitoba 2023.pdf", P.ISC_2023, "pdf", id_layout="3col-group", supervisor="line", extras=("replaces:204558@2015-10-05", "branch-dims"), date="mdy-pad",
        money="million", header=("Indigenous Services Canada", "Protected A"), signers=("supervisor",),
        saved=datetime(2023, 6, 7, 16, 0)),
    Doc("EFPC DG Transformation de l'apprentissage 2019.pdf", P.CSPS_LEARNING, "pdf", langs=("fr",), blank="À venir",
        date="fr", dims="prose", fte="etp", header=("École de la fonction publique du Canada",), signers=("supervisor", "manager"),
        saved=datetime(2019, 1, 15, 11, 0), meta={"page": "Page {n} de {t}"}),
    Doc("LAC-BAC Director Preservation - Directeur Préservation 2013.pdf", P.LAC_PRESERVATION, "pdf",
        langs=("en", "fr"), bilingual="side", id_layout="3col-bil", date="dmy-slash-en",
        header=("Library and Archives Canada | Bibliothèque et Archives Canada",), signers=("supervisor",),
        saved=datetime(2013, 12, 2, 9, 15), meta={"producer": "Microsoft\u00ae Word 2010"}),
    # OCR text of printed, signed and scanned copies
    Doc("VAC Dir DBA - signed 2013 scan.txt", P.VAC_2013, "ocr",
        id_fields=("department", "branch", "unit", "title", "classification", "number", "job_code", "effective",
                   "location", "incumbent", "supervisor"),
        date="mdy", header=("Veterans Affairs Canada",), signers=SIGNED,
        ocr={"rate": 0.035, "stamp": ["RECEIVED", "FEB 11 2013", "HR - CLASSIFICATION"],
             "fax": ["FEB-12-2013 10:21   FROM:VAC CLASSIFICATION   902 555 0147      TO:  P.0{n}/0{t}"]}),
    Doc("Centre fiscal Jonquière - directeur - DT signée 2018.txt", P.CRA_2018, "ocr", langs=("fr",),
        date="fr-le", loc_style="paren", extras=("replaces:51877@2009-03-30", "previous:EX-02", "branch-dims"), header=("Agence du revenu du Canada",), signers=("incumbent", "supervisor", "adm"),
        ocr={"rate": 0.04, "accents": 0.35, "stamp": ["REÇU", "26 NOV. 2018", "Ressources humaines"]}),
    Doc("Parks Yukon FUS WD 2012 scanned.txt", P.PC_YUKON, "ocr", reports="list", dims="prose", money="M",
        date="mdy", signers=("supervisor",), ocr={"rate": 0.05, "wrapper": True, "flat": True,
                                                   "footer": ["Yukon Field Unit {n}"]}),
    Doc("TC RD Civil Aviation PNR 2016 - scan.txt", P.TC_CIVAV, "ocr", supervisor="line", reports="list-dash",
        date="dmy", header=("Transport Canada", "Civil Aviation"), signers=("supervisor", "manager"),
        ocr={"rate": 0.04, "interleave": ("structure", "challenges")}),
    Doc("DN - Dir Ops immobilières Québec - DT 2020 (numérisée).txt", P.DND_RPO, "ocr", langs=("fr",),
        id_layout="4col", extras=("peers",), dims="table", date="fr", loc_style="paren", money="M", header=("Défense nationale",),
        signers=("supervisor", "manager"), ocr={"rate": 0.045, "accents": 0.5, "pipes": True}),
    Doc("CIRNAC Dir Land and Water NWT - scan 2019.txt", P.CIRNAC_NWT, "ocr", id_layout="3col-group", dims="lines", extras=("peers",),
        date="mdy", signers=("supervisor",), ocr={"rate": 0.03, "flat": True}),
    Doc("DEC - Directeur BA Bas-Saint-Laurent 2010 - numérisé.txt", P.CED_BSL, "ocr", langs=("fr",),
        id_fields=("department", "branch", "unit", "title", "number", "job_code", "classification", "effective",
                   "location", "incumbent", "supervisor"),
        id_layout="lines", supervisor="line", reports="prose", dims="prose", fte="effectif", date="fr", cls="space",
        header=("Développement économique Canada pour les régions du Québec",), signers=("incumbent", "supervisor"),
        ocr={"rate": 0.05, "accents": 0.4}),
    Doc("PSC DG PPC - classification package scan 2017.txt", P.PSC_PPC, "ocr", date="dmy", money="M", package="en",
        header=("Public Service Commission of Canada",), signers=("supervisor",),
        ocr={"rate": 0.035, "fax": ["09/14/2017 15:02 FAX 819 555 0173   PSC CLASS          \u2192 HR SERVICES   {n:03d}"]}),
    Doc("SC Director Northern Ontario 2011 scan.txt", P.SC_NORTH_ON, "ocr", date="mdy", loc_style="code", extras=("peers",),
        header=("Service Canada – People serving people",), signers=("incumbent", "supervisor"),
        ocr={"rate": 0.04, "formfeed": True}),
    Doc("DFO RD Fisheries Mgmt NL 2024 - signed scan.txt", P.DFO_NL, "ocr", id_layout="4col", reports="list", title_class=True,
        date="ymd-dots", money="M", header=("Fisheries and Oceans Canada",), signers=("supervisor", "manager"),
        ocr={"rate": 0.025}),
    Doc("SC - DR Sécurité des produits de consommation Québec 2018 - scan.txt", P.HC_CPS_QC, "ocr", langs=("fr",),
        supervisor="line", report_fields=("fte",), dims="inline", date="dmy-slash-fr", money="K", cls="nodash", header=("Santé Canada",),
        signers=("supervisor",), ocr={"rate": 0.04, "accents": 0.3}),
    # exports from HR systems and web forms
    Doc("PSPOSDAT 00048213.txt", P.CBSA_PHD, "hr", supervisor="prose", date="mdy-us", money="M", reports="table",
        dims="list"),
    Doc("PSPOSDAT-F 00012874 PALO.txt", P.PCH_OL, "hr", langs=("fr",), date="iso", money="M", reports="table",
        dims="list"),
    Doc("CLS-2020-0412 ATIP Director request.md", P.JUS_ATIP, "hr", date="mon-d-y", money="full", dims="list"),
    Doc("EXEC_POSN_EXTRACT_51230_20220802.txt", P.SSC_2022, "hr", meta={"title_fr":
        "Directeur principal, Appareils technologiques en milieu de travail"}),
    Doc("DC-2025-0031 DG VFS formulaire.md", P.WAGE_GBV, "hr", langs=("fr",), date="iso", money="million",
        dims="list"),
]

REFUSALS = [  # (file name, kind, language, why it is not a work description, its bytes)
    ("GC Jobs poster - Director Regional Operations EX-01.pdf", "pdf", "en",
     "a job poster: title, level, salary and place of an advertised position, no work description", job_poster),
    ("Grievance decision - position 33418.docx", "docx", "en",
     "a classification grievance decision letter", grievance_letter),
    ("Note de service - examen cyclique DT EX 2022.docx", "docx", "fr",
     "a memo asking for work descriptions to be reviewed, with a table of positions", memo_fr),
    ("fax 2011-03 WD illisible.txt", "ocr", "en", "a faxed copy too faint to read: no field can be read",
     unreadable_scan),
    ("Nouveau document Microsoft Word.docx", "docx", "fr", "an empty Word file", empty_word),
]

KIND = {"docx": "docx", "pdf": "pdf", "ocr": "ocr", "hr": "hr-system"}
HR_WRITERS = {"PSPOSDAT 00048213.txt": hr_peoplesoft_en, "PSPOSDAT-F 00012874 PALO.txt": hr_peoplesoft_fr,
              "EXEC_POSN_EXTRACT_51230_20220802.txt": hr_extract}


# --- writing the corpus and its ground truth -------------------------------------------------------

FIELD_ORDER = ("title", "classification", "job_code", "position_number", "effective_date", "supervisor",
               "direct_reports", "salary", "o_and_m", "total", "location")


def ground_truth(doc: Doc, stated: dict, people: list[str], versions: dict | None) -> dict:
    fields = {key: stated[key] for key in FIELD_ORDER}
    missing = [k for k in FIELD_ORDER if k not in ("supervisor", "direct_reports") and fields[k] is None]
    missing += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    truth = {"document": doc.name, "kind": KIND[doc.fmt], "language": doc.lang, "outcome": "import",
             "fields": fields, "not_stated": missing, "also": stated["also"], "people": people}
    if versions:
        truth["versions"] = versions
    return truth


def render(doc: Doc, comp: Composer) -> bytes:
    if doc.fmt == "hr":
        return HR_WRITERS.get(doc.name, webform)(doc, comp).encode("utf-8")
    sheet = comp.compose()
    if doc.fmt == "docx":
        return to_docx(sheet, doc)
    if doc.fmt == "pdf":
        return to_pdf(sheet, doc)
    return to_ocr(sheet, doc).encode("utf-8")


def version_groups() -> dict[str, list[Doc]]:
    """Documents of the same position (same number, same department family): older and newer."""
    groups: dict[str, list[Doc]] = {}
    for doc in DOCS:
        if doc.pos.number:
            groups.setdefault(f"{doc.pos.key.split('-')[0]}:{doc.pos.number}", []).append(doc)
    return {k: sorted(v, key=lambda d: d.pos.effective) for k, v in groups.items() if len(v) > 1}


def main() -> int:
    for folder in (CORPUS, EXPECTED):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    labels, names = LabelBook(), iter(P.NAMES)
    versions = {}
    for group in version_groups().values():
        for doc in group:
            versions[doc.name] = {"position": doc.pos.number, "documents": [d.name for d in group],
                                  "newest": doc is group[-1]}
    dump = dict(sort_keys=False, allow_unicode=True, default_flow_style=False, width=1000)
    for doc in DOCS:
        comp = Composer(doc, labels, names)
        (CORPUS / doc.name).write_bytes(render(doc, comp))
        truth = ground_truth(doc, comp.stated, comp.people, versions.get(doc.name))
        (EXPECTED / f"{doc.name}.expected.yaml").write_text(yaml.safe_dump(truth, **dump), encoding="utf-8")
    for name, kind, lang, why, make in REFUSALS:
        data = make()
        (CORPUS / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        truth = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "reason": why}
        (EXPECTED / f"{name}.expected.yaml").write_text(yaml.safe_dump(truth, **dump), encoding="utf-8")
    labels.check()
    print(f"wrote {len(DOCS)} work descriptions and {len(REFUSALS)} documents to refuse to {CORPUS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
