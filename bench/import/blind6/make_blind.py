#!/usr/bin/env python3
"""Write the seventh, blind import corpus: ``corpus/`` and its ground truth ``expected/``.

    python bench/import/blind6/make_blind.py

Deterministic: the same bytes on every run (a seeded random generator per document, Word
files zipped with a fixed date, PDFs from the tests' own writer). Each document is built as a list of
blocks (headings, label/value pairs, paragraphs, tables, lists, drawn org charts) from a
position of ``positions_blind.py`` and written as Word, PDF, text or OCR text; the ground
truth is what the blocks state, recorded while they are built, so it cannot drift from
the text.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import textwrap
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2] / "tests")]
from import_files import pdf_bytes  # noqa: E402  (the tests' PDF writer: a text layer in Helvetica)
from positions_blind import POSITIONS_BY_KEY, Position, Report  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

# --- values as documents write them -----------------------------------------------------------

MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def write_date(d: dt.date, style: int, lang: str) -> str:
    if lang == "fr":
        forms = [f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(),
                 f"le {'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                 f"{d.year}.{d.month:02d}.{d.day:02d}", f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"]
        if d.day == 1 and style == 99:
            return f"{MONTHS_FR[d.month - 1]} {d.year}"
    else:
        forms = [f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}",
                 f"{MONTHS_EN[d.month - 1]} {ordinal(d.day)}, {d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
                 f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", d.isoformat(), f"{d.day}-{MONTHS_EN[d.month - 1][:3]}-{d.year}"]
    return forms[style % len(forms)]


def write_class(code: str, style: int) -> str:
    """EX-02 as EX-02, EX 02, EX-2 or EX02 (other groups keep their hyphens, or a space)."""
    group, _, level = code.rpartition("-")
    if not group.startswith("EX") and style % 4 in (2, 3):
        return code
    return [code, f"{group} {level}", f"{group}-{int(level)}", f"{group}{level}"][style % 4]


ONES_EN = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
           "seventeen eighteen nineteen").split()
TENS_EN = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ONES_FR = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
           "dix-huit dix-neuf").split()
TENS_FR = "_ _ vingt trente quarante cinquante soixante soixante quatre-vingt quatre-vingt".split()


def under_thousand(n: int, lang: str) -> str:
    if lang == "fr":
        hundreds, rest = divmod(n, 100)
        head = "" if not hundreds else ("cent" if hundreds == 1 else f"{ONES_FR[hundreds]} cent{'s' if not rest else ''}")
        if rest < 20:
            tail = ONES_FR[rest] if rest else ""
        else:
            tens, unit = divmod(rest, 10)
            if tens in (7, 9):
                unit += 10
            word = TENS_FR[tens]
            joint = " et " if unit in (1, 11) and tens not in (8, 9) else "-"
            tail = word + ("s" if tens == 8 and not unit else "") + (joint + ONES_FR[unit] if unit else "")
        return " ".join(x for x in (head, tail) if x)
    hundreds, rest = divmod(n, 100)
    head = f"{ONES_EN[hundreds]} hundred" if hundreds else ""
    tens, unit = divmod(rest, 10)
    tail = ONES_EN[rest] if 0 < rest < 20 else (TENS_EN[tens] + ("-" + ONES_EN[unit] if unit else "") if rest else "")
    return " ".join(x for x in (head, tail) if x)


def amount_in_words(value: int, lang: str) -> str:
    """1,250,000 as "one million two hundred fifty thousand dollars" (or in French)."""
    millions, rest = divmod(value // 1_000, 1_000)
    parts = []
    if millions:
        word = under_thousand(millions, lang)
        parts.append(f"{word} million{'s' if lang == 'fr' and millions > 1 else ''}")
    if rest:
        words = under_thousand(rest, lang)
        if lang == "fr":   # cent and vingt take no s before mille
            words = re.sub(r"(cent|vingt)s$", r"\1", words)
        parts.append("mille" if lang == "fr" and rest == 1 else f"{words} {'mille' if lang == 'fr' else 'thousand'}")
    return " ".join(parts) + (" de dollars" if lang == "fr" and not rest else " dollars")


def write_amount(value: int, style: str, lang: str) -> str:
    """An amount in one of the ways real files write it; a style that cannot say the exact
    value falls back to the full figure (the ground truth is the value)."""
    millions, thousands = value / 1_000_000, value / 1_000
    fr = lang == "fr"
    if style == "M" and value % 10_000 == 0 and 1_000_000 <= value < 1_000_000_000:
        text = f"{millions:.3f}".rstrip("0").rstrip(".")
        return f"{text.replace('.', ',')} M$" if fr else f"${text} M"
    if style == "M2" and value % 10_000 == 0 and 1_000_000 <= value < 1_000_000_000:
        text = f"{millions:.3f}".rstrip("0").rstrip(".")
        return f"{text.replace('.', ',')} millions $" if fr else f"${text}M"
    if style == "million" and value % 10_000 == 0 and value >= 1_000_000:
        text = f"{millions:.3f}".rstrip("0").rstrip(".")
        return f"{text.replace('.', ',')} million{'s' if millions >= 2 else ''} de dollars" if fr else f"{text} million dollars"
    if style == "K" and value % 1_000 == 0 and value < 10_000_000:
        return f"{int(thousands):,} k$".replace(",", " ") if fr else f"${int(thousands):,}K"
    if style == "words" and value % 1_000 == 0:
        return amount_in_words(value, lang)
    if fr:
        return f"{value:,} $".replace(",", "\u00a0" if style == "nbsp" else " ")
    return f"${value:,}.00" if style == "cents" else f"${value:,}"


def percent(part: int, whole: int) -> str:
    share = 100 * part / whole
    return f"{share:.1f}" if share < 10 else f"{round(share)}"


def write_fte(n: int, style: int, lang: str) -> str:
    forms = ([f"{n} ETP", f"{n} équivalents temps plein", f"effectif de {n} employés", f"environ {n} employés",
              f"{n} ETP (équivalents temps plein)"] if lang == "fr" else
             [f"{n} FTEs", f"{n} full-time equivalents", f"a staff of {n}", f"approximately {n} employees", f"{n} FTE"])
    return forms[style % len(forms)]


# --- labels: each wording in one or two documents only ----------------------------------------

LABELS = {
    "en": {
        "title": ["Position Title", "Title", "Working Title", "TITLE OF POSITION", "Job Title", "Title of Position",
                  "Position", "Official Position Title", "Position Name", "Name of Position"],
        "classification": ["Classification", "Group and Level", "Group/Level", "Level", "Classification Level",
                           "Group & Level", "Occupational Group and Level", "Class./Level", "Group-Level", "EX Level"],
        "job_code": ["Job Code", "Position Job Code", "Job No.", "Generic Job Code", "Job Number", "Job ID",
                     "Job Reference", "Job Code Number", "Job #", "Benchmark / Job Code"],
        "number": ["Position Number", "Position No.", "Pos. No.", "Position #", "Position ID", "Position Reference Number",
                   "Position Number (HRMS)", "Number of Position", "Pos. Number", "PeopleSoft Position No."],
        "effective": ["Effective Date", "Date Effective", "Effective", "Date of Effect", "In Effect As Of",
                      "Effective Date of Description", "Classification Effective Date", "Effective as of",
                      "Date", "Effective On"],
        "location": ["Location", "Geographic Location", "Work Location", "City", "Location of Position", "Duty Station",
                     "Place of Work", "Headquarters Location", "Work Site", "Geographical Location"],
        "department": ["Department", "Organization", "Department/Agency", "Organization Name", "Dept.", "Agency"],
        "branch": ["Branch", "Sector", "Branch/Sector", "Business Line"],
        "sup_title": ["Supervisor's Position Title", "Supervisor Title", "Title of Supervisor", "Immediate Supervisor's Title",
                      "Supervisor's Title", "Supervisor Position Title", "Title of Immediate Supervisor", "Supervisor"],
        "sup_number": ["Supervisor's Position No.", "Supervisor Position Number", "Supervisor's Position Number",
                       "Position Number of Supervisor", "Supervisor Pos. No.", "Supervisor's No.", "Supervisor Position #"],
        "sup_class": ["Supervisor's Classification", "Supervisor Classification", "Supervisor Group/Level",
                      "Classification of Supervisor", "Supervisor's Level", "Supervisor's Group and Level",
                      "Supervisor Class."],
        "sup_line": ["Reports to", "Immediate Supervisor", "Reporting to", "Reports To (title, level, position)"],
    },
    "fr": {
        "title": ["Titre du poste", "Titre", "Titre officiel du poste", "Intitulé du poste", "TITRE DU POSTE", "Titre de travail",
                  "Poste", "Désignation du poste", "Titre de l'emploi", "Appellation du poste"],
        "classification": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau", "Groupe-niveau",
                           "Classification du poste", "Niveau de classification", "Groupe et niveau du poste"],
        "job_code": ["Code d'emploi", "Numéro d'emploi", "Code de l'emploi", "No d'emploi", "Code du poste générique",
                     "Code de l'emploi générique", "No de l'emploi", "Code emploi"],
        "number": ["Numéro du poste", "No du poste", "N° de poste", "Numéro de poste", "No de poste", "Poste no",
                   "Numéro de référence du poste", "N° du poste"],
        "effective": ["Date d'entrée en vigueur", "Date d'effet", "En vigueur le", "Date de prise d'effet", "Date",
                      "Entrée en vigueur", "Date de mise en vigueur", "En vigueur à compter du"],
        "location": ["Lieu de travail", "Emplacement", "Lieu", "Endroit", "Lieu géographique", "Ville",
                     "Emplacement géographique", "Lieu du poste"],
        "department": ["Ministère", "Organisation", "Ministère/organisme", "Organisme"],
        "branch": ["Direction générale", "Secteur", "Direction générale/secteur"],
        "sup_title": ["Titre du poste du superviseur", "Titre du superviseur", "Poste du superviseur", "Titre du supérieur",
                      "Titre du poste du supérieur immédiat", "Supérieur (titre)", "Superviseur (titre du poste)"],
        "sup_number": ["Numéro du poste du superviseur", "No du poste du superviseur", "N° de poste du supérieur",
                       "Numéro de poste du superviseur immédiat", "No de poste du supérieur", "Poste du superviseur no"],
        "sup_class": ["Classification du superviseur", "Groupe et niveau du superviseur", "Niveau du superviseur",
                      "Classification du supérieur", "Groupe/niveau du supérieur", "Classification du poste du superviseur"],
        "sup_line": ["Relève de", "Superviseur immédiat", "Supérieur immédiat", "Sous l'autorité de"],
    },
}
SECTIONS = {
    "en": {"accountability": ["General Accountability", "Purpose of the Position", "Overall Accountability",
                              "Position Summary", "Accountability", "Mandate of the Position", "Position Purpose"],
           "org": ["Organization Structure", "Organizational Structure", "Organizational Context", "Organization",
                   "Structure of the Organization", "Reporting Relationships", "Organization and Reporting"],
           "nature": ["Nature and Scope", "Nature & Scope", "Context", "Scope of the Work", "Operating Environment"],
           "dims": ["Dimensions", "Financial and Human Resources", "Resources Managed", "Key Dimensions",
                    "Budget and Staff", "Dimensions (Current Fiscal Year)", "Resources"],
           "activities": ["Specific Accountabilities", "Key Activities", "Main Activities", "Principal Accountabilities",
                          "Responsibilities", "Major Responsibilities"],
           "csr": ["Client Service Results"],
           "signatures": ["Signatures", "Approval", "Certification", "Sign-off"]},
    "fr": {"accountability": ["Responsabilité générale", "Raison d'être du poste", "Objet du poste",
                              "Responsabilités générales", "Sommaire du poste", "Mandat du poste"],
           "org": ["Structure organisationnelle", "Structure de l'organisation", "Organigramme", "Contexte organisationnel",
                   "Liens hiérarchiques", "Organisation"],
           "nature": ["Nature et étendue", "Nature et portée", "Contexte", "Environnement de travail"],
           "dims": ["Dimensions", "Ressources gérées", "Ressources financières et humaines", "Données quantitatives",
                    "Budget et effectifs"],
           "activities": ["Responsabilités spécifiques", "Activités principales", "Principales activités",
                          "Responsabilités particulières", "Activités clés"],
           "csr": ["Résultats axés sur le service à la clientèle"],
           "signatures": ["Signatures", "Approbation", "Attestation"]},
}
BUDGET_LABELS = {
    "en": {"salary": ["Salary", "Salary budget", "Salaries", "Personnel (salary)", "Salary envelope", "Wages and salaries"],
           "o_and_m": ["O&M", "Operating and Maintenance", "Operations and maintenance (O&M)", "Non-salary O&M", "O & M",
                       "Operating (non-salary)"],
           "total": ["Total", "Total budget", "Total managed", "Total resources", "Grand total", "Total direct budget"],
           "grants": ["Grants and contributions", "G&C", "Transfer payments (G&C)", "Gs&Cs"],
           "capital": ["Capital", "Capital budget", "Capital investment (not included in total)"],
           "revenue": ["Revenue", "Cost-recovered revenue", "Respendable revenue"]},
    "fr": {"salary": ["Salaires", "Traitements", "Budget salarial", "Masse salariale", "Traitements et salaires"],
           "o_and_m": ["F et E", "Fonctionnement et entretien", "Budget de F et E", "F&E", "Dépenses de fonctionnement (F et E)"],
           "total": ["Total", "Budget total", "Total des ressources", "Total global", "Total géré"],
           "grants": ["Subventions et contributions", "S et C", "Paiements de transfert (S et C)"],
           "capital": ["Immobilisations", "Budget d'immobilisations", "Capital (non compris dans le total)"],
           "revenue": ["Recettes", "Revenus", "Recettes disponibles"]},
}
LABEL_USE: dict[tuple, int] = {}


def label(lang: str, name: str, table: dict = LABELS) -> str:
    """The next wording of a label: the wordings are dealt in turn, so each appears in one or
    two documents of its language only."""
    if lang == "bi":
        return f"{label('en', name, table)} / {label('fr', name, table)}"
    key = (id(table), lang, name)
    n = LABEL_USE.get(key, 0)
    LABEL_USE[key] = n + 1
    return table[lang][name][n % len(table[lang][name])]


def section(lang: str, name: str) -> str:
    return label("en" if lang == "bi" else lang, name, SECTIONS)


# --- generic prose (own text, varied per document) ----------------------------------------------

ACTIVITIES = {
    "en": ["Sets the {unit}'s priorities and multi-year plans and reports on results to senior management.",
           "Manages the human and financial resources of the {unit} and ensures sound stewardship and compliance with "
           "Treasury Board policies.",
           "Represents the department with central agencies, provinces, territories, Indigenous partners and industry on "
           "matters within the {unit}'s mandate.",
           "Provides expert advice and briefings to the Deputy Minister, Ministers' offices and parliamentary committees.",
           "Leads the renewal of the {unit}'s programs, systems and service standards in light of new risks and evidence.",
           "Builds a diverse, bilingual and healthy workforce, and the succession plans for its key positions.",
           "Negotiates and oversees contracts, agreements and memoranda of understanding with partners and suppliers.",
           "Identifies emerging issues and manages the risks they pose to the delivery of the {unit}'s results."],
    "fr": ["Établit les priorités et les plans pluriannuels de la {unit} et rend compte des résultats à la haute direction.",
           "Gère les ressources humaines et financières de la {unit} et veille au respect des politiques du Conseil du Trésor.",
           "Représente le ministère auprès des organismes centraux, des provinces, des territoires, des partenaires "
           "autochtones et de l'industrie.",
           "Fournit des avis stratégiques et des notes d'information au sous-ministre, aux cabinets et aux comités parlementaires.",
           "Dirige le renouvellement des programmes, des systèmes et des normes de service de la {unit}.",
           "Bâtit un effectif diversifié, bilingue et en santé, ainsi que la relève des postes clés.",
           "Négocie et supervise les contrats, ententes et protocoles d'entente conclus avec les partenaires et les fournisseurs.",
           "Cerne les enjeux émergents et gère les risques qui pèsent sur l'atteinte des résultats de la {unit}."],
}
NATURE = {
    "en": ["{dept} delivers its mandate in a setting of close public and parliamentary scrutiny, tight budgets and "
           "shared jurisdiction. The incumbent must reconcile the expectations of many partners, act on incomplete "
           "information and anticipate the effect of decisions well beyond the {unit}.",
           "The work is shaped by legislation, Treasury Board policy and commitments made to Indigenous peoples and to "
           "provinces and territories. The main challenge is to keep services reliable while programs, systems and "
           "workforce are renewed at the same time."],
    "fr": ["{dept} exerce son mandat sous l'œil attentif du public et du Parlement, dans un contexte de ressources "
           "limitées et de compétences partagées. Le titulaire doit concilier les attentes de nombreux partenaires et "
           "prévoir l'effet de ses décisions bien au-delà de la {unit}.",
           "Le travail est encadré par la loi, les politiques du Conseil du Trésor et les engagements pris envers les "
           "peuples autochtones, les provinces et les territoires. Le principal défi consiste à maintenir des services "
           "fiables tout en renouvelant les programmes, les systèmes et l'effectif."],
}
UNIT = {"en": "organization", "fr": "direction"}


# --- blocks -----------------------------------------------------------------------------------

@dataclass
class Block:
    kind: str                  # h (heading), p (paragraph), kv (label/value pairs), table, list, pre (drawn chart)
    text: str = ""
    pairs: list[tuple[str, str]] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)   # table: first row is the header
    items: list[str] = field(default_factory=list)
    prose: bool = False        # OCR damages the letters of prose only


@dataclass
class Doc:
    """One document of the corpus: a position written in one layout, format and language."""
    name: str
    key: str
    kind: str                  # docx, pdf, text, text-cp1252, ocr, ocr-columns, ocr-form
    lang: str                  # en, fr or bi (bilingual labels and titles, English body)
    o: dict = field(default_factory=dict)   # layout choices, see build()
    changes: dict = field(default_factory=dict)  # values of this version that differ from the position's
    version_of: str | None = None


def empty_truth() -> dict:
    return {"title": None, "classification": None, "job_code": None, "position_number": None, "effective_date": None,
            "supervisor": {"position_number": None, "title": None, "classification": None},
            "direct_reports": [], "salary": None, "o_and_m": None, "total": None, "location": None}


class Writer:
    """Builds one document's blocks from a position and records the ground truth as it states values."""

    def __init__(self, doc: Doc, pos: Position, index: int):
        self.doc, self.p, self.i = doc, pos, index
        self.o = doc.o
        self.lang = "fr" if doc.lang == "fr" else "en"      # the language of the body
        self.blocks: list[Block] = []
        self.truth = empty_truth()
        self.also = {"fte": None, "operating_budget": None, "program_budget": None, "provisional_number": None}
        self.notes: list[str] = []

    # values
    def cls(self, code: str) -> str:
        return write_class(code, self.o.get("cls", self.i))

    def date(self) -> str:
        return write_date(self.p.effective, self.o.get("date", self.i), self.lang)

    def amount(self, value: int, style: str | None = None) -> str:
        return write_amount(value, style or self.o.get("amount", "full"), self.lang)

    def title_truth(self) -> object:
        if self.doc.lang == "bi" and self.p.title_other:
            return [self.p.title, self.p.title_other]
        return self.p.title

    def location(self) -> str:
        city, province = self.p.location
        return [f"{city}, {province}", f"{city} ({province})", f"{city}, {province}", f"{city} {province}"][self.i % 4] \
            if self.o.get("province", True) else city

    # header fields
    def header(self) -> None:
        p, o, lang = self.p, self.o, self.doc.lang if self.doc.lang == "bi" else self.lang
        omit = o.get("omit", set())
        pairs: list[tuple[str, str]] = []
        title = p.title if self.doc.lang != "bi" else f"{p.title} / {p.title_other}"
        pairs.append((label(lang, "title"), title))
        self.truth["title"] = self.title_truth()
        pairs.append((label(lang, "classification"), self.cls(p.classification)))
        self.truth["classification"] = p.classification
        if p.job_code and "job_code" not in omit:
            pairs.append((label(lang, "job_code"), p.job_code))
            self.truth["job_code"] = p.job_code
        if "number" not in omit:
            if p.number:
                pairs.append((label(lang, "number"), p.number))
                self.truth["position_number"] = p.number
            else:
                pairs.append((label(lang, "number"), p.provisional or "TBD"))
                self.also["provisional_number"] = p.provisional or "TBD"
        if p.effective and "effective" not in omit:
            pairs.append((label(lang, "effective"), self.date()))
            self.truth["effective_date"] = p.effective
        if "department" not in omit:
            pairs.append((label(lang, "department"), p.department))
        if p.branch:
            pairs.append((label(lang, "branch"), p.branch))
        if "location" not in omit:
            pairs.append((label(lang, "location"), self.location()))
            self.truth["location"] = f"{p.location[0]}, {p.location[1]}" if o.get("province", True) else p.location[0]
        sup = o.get("sup", "fields")
        if sup == "fields":
            pairs += self.supervisor_fields(lang)
        elif sup == "line":
            pairs.append((label(lang, "sup_line"), self.supervisor_line()))
        order = o.get("header_order")
        if order == "reverse":
            pairs = pairs[::-1]
        elif order == "shuffle":
            random.Random(self.i).shuffle(pairs)
        self.blocks.append(Block("kv", pairs=pairs))

    def sup_title(self) -> object:
        if self.doc.lang == "bi" and self.p.supervisor_other:
            return [self.p.supervisor[1], self.p.supervisor_other]
        return self.p.supervisor[1]

    def record_supervisor(self, number: bool = True, classification: bool = True) -> None:
        num, title, code = self.p.supervisor
        part = self.o.get("sup_partial", "")
        self.truth["supervisor"] = {"position_number": num if number and "number" not in part else None,
                                    "title": self.sup_title(),
                                    "classification": code if classification and "class" not in part else None}

    def supervisor_fields(self, lang: str) -> list[tuple[str, str]]:
        num, title, code = self.p.supervisor
        part = self.o.get("sup_partial", "")
        shown = title if self.doc.lang != "bi" or not self.p.supervisor_other else f"{title} / {self.p.supervisor_other}"
        pairs = [(label(lang, "sup_title"), shown)]
        if num and "number" not in part:
            pairs.insert(0, (label(lang, "sup_number"), num))
        if "class" not in part:
            pairs.append((label(lang, "sup_class"), self.cls(code)))
        self.record_supervisor()
        return pairs

    def supervisor_line(self) -> str:
        num, title, code = self.p.supervisor
        part = self.o.get("sup_partial", "")
        text = title
        if "class" not in part:
            text += f" ({self.cls(code)})"
        if num and "number" not in part:
            text += f", poste {num}" if self.lang == "fr" else [f", position {num}", f" - Pos. No. {num}", f" #{num}"][self.i % 3]
        self.record_supervisor()
        return text

    def supervisor_sentence(self) -> str:
        num, title, code = self.p.supervisor
        part = self.o.get("sup_partial", "")
        extra = [] if "class" in part else [self.cls(code)]
        if num and "number" not in part:
            extra.append(f"poste {num}" if self.lang == "fr" else f"position {num}")
        inside = f" ({', '.join(extra)})" if extra else ""
        self.record_supervisor()
        if self.lang == "fr":
            return [f"Le titulaire du poste relève directement du {title}{inside}.",
                    f"Le poste relève du {title}{inside}, à qui il rend compte de l'ensemble des résultats de la direction."][self.i % 2]
        return [f"The position reports to the {title}{inside}.",
                f"The incumbent reports directly to the {title}{inside} and is a member of the branch's management committee."][self.i % 2]

    # reports
    def report_truth(self, r: Report, with_class: bool = True, with_fte: bool = True) -> None:
        titles = [r.title, *r.also_titles]
        if r.unit:
            head = r.title.split(",")[0]
            titles.append(f"{head}, {r.unit}")
        titles = list(dict.fromkeys(titles))
        self.truth["direct_reports"].append({"title": titles if len(titles) > 1 else r.title,
                                             "classification": r.classification if with_class else None,
                                             "fte": r.fte if with_fte else None})

    def status(self, r: Report) -> str:
        if not r.status:
            return ""
        words = {("vacant", "en"): [" (vacant)", " - vacant", " [position currently vacant]"],
                 ("acting", "en"): [" (acting)", " - filled on an acting basis", " [acting incumbent]"],
                 ("vacant", "fr"): [" (vacant)", " - poste vacant", " [poste à doter]"],
                 ("acting", "fr"): [" (intérim)", " - titulaire par intérim", " [intérimaire]"]}[(r.status, self.lang)]
        return words[self.i % 3]

    def fte_words(self, n: int) -> str:
        return write_fte(n, self.o.get("fte", self.i), self.lang)

    def reports(self) -> None:
        style = self.o.get("reports", "list")
        show_class = self.o.get("report_class", True)
        show_fte = self.o.get("report_fte", True)
        if style == "none":
            return
        rs = self.p.reports
        fr = self.lang == "fr"
        for r in rs:
            self.report_truth(r, show_class and r.classification is not None, show_fte and r.fte is not None)
        c = (lambda r: self.cls(r.classification)) if show_class else (lambda r: "")
        f = (lambda r: r.fte is not None and show_fte)
        if style == "table":
            header = self.o.get("report_header") or (["Poste", "Groupe et niveau", "ETP"] if fr else ["Position", "Group/Level", "FTEs"])
            rows = [header]
            for r in rs:
                cells = {"title": r.title + self.status(r), "class": c(r), "fte": str(r.fte) if f(r) else ("s.o." if fr else "n/a")}
                order = self.o.get("report_cols", ["title", "class", "fte"])
                rows.append([cells[k] for k in order])
            if self.o.get("report_cols"):
                names = dict(zip(["title", "class", "fte"], header))
                rows[0] = [names[k] for k in self.o["report_cols"]]
            lead = "Les postes suivants relèvent du titulaire :" if fr else "The following positions report to the incumbent:"
            self.blocks += [Block("p", lead), Block("table", rows=rows)]
        elif style == "list":
            items = []
            for r in rs:
                bits = [b for b in (c(r), self.fte_words(r.fte) if f(r) else "") if b]
                items.append(f"{r.title}{' (' + ', '.join(bits) + ')' if bits else ''}{self.status(r)}")
            lead = ("Relèvent directement du poste :" if fr else "Direct reports:")
            self.blocks += [Block("p", lead), Block("list", items=items)]
        elif style == "sublist":
            lines = []
            for r in rs:
                lines.append(f"- {r.title}{', ' + c(r) if c(r) else ''}{self.status(r)}")
                if f(r):
                    lines.append(f"    - {'ETP' if fr else 'FTEs'}: {r.fte}")
                lines.append(f"    - {'responsable de la gestion courante de son équipe' if fr else 'responsible for the day-to-day management of the team'}")
            self.blocks += [Block("p", "Postes subordonnés :" if fr else "Positions reporting to the incumbent:"),
                            Block("pre", text="\n".join(lines))]
        elif style in ("prose", "units"):
            self.blocks.append(Block("p", self.reports_prose(rs, style == "units", c, f), prose=False))
        elif style in ("chart", "tree", "boxes"):
            self.blocks.append(Block("pre", text=self.chart(style, rs, c, f)))

    def reports_prose(self, rs: list[Report], units: bool, c, f) -> str:
        fr = self.lang == "fr"
        counts = ["", "un", "deux", "trois", "quatre", "cinq", "six"] if fr else ["", "one", "two", "three", "four", "five", "six"]
        head = ("La directrice" if "Directrice" in self.p.title else "Le directeur") if fr else "The " + self.p.title.split(",")[0]
        out = [f"{head} {('est appuyée par' if 'trice' in head else 'est appuyé par') if fr else 'is supported by'} {counts[len(rs)]} "
               f"{'postes subordonnés' if fr else 'direct reports'}."]
        for n, r in enumerate(rs):
            cl, fte = c(r), (self.fte_words(r.fte) if f(r) else "")
            if units and r.unit:
                a = r.title.split(",")[0]
                feminine = r.unit.split()[0] in ("Division", "Direction", "Section")
                if fr:
                    art, led = ("la", "dirigée par") if feminine else ("le", "dirigé par")
                    who = "une" if a.endswith("trice") else "un"
                    lead = "On trouve d'abord" if n == 0 else "On trouve ensuite"
                else:
                    art, led, who, lead = "the", "led by", "a", "First," if n == 0 else "Next,"
                out.append(f"{lead} {art} {r.unit}, {led} {who} {a}{' (' + cl + ')' if cl else ''}{self.status(r)}"
                           f"{', ' + fte if fte else ''}.")
                continue
            bits = ", ".join(b for b in (cl, fte) if b)
            inside = f" ({bits})" if bits else ""
            if fr:
                form = [f"Le poste de {r.title}{inside}{self.status(r)} assure la gestion de son secteur.",
                        f"{r.title}{inside}{self.status(r)} : dirige une équipe spécialisée.",
                        f"Relève également du poste : {r.title}{inside}{self.status(r)}."][n % 3]
            else:
                form = [f"The {r.title}{inside}{self.status(r)} leads the day-to-day work of that team.",
                        f"{r.title}{inside}{self.status(r)}: manages a specialized group and its budget.",
                        f"Also reporting to the position is the {r.title}{inside}{self.status(r)}."][n % 3]
            out.append(form)
        return " ".join(out)

    def chart(self, style: str, rs: list[Report], c, f) -> str:
        fr = self.lang == "fr"
        me = f"{self.p.title} ({self.cls(self.p.classification)})"

        def line(r: Report) -> str:
            bits = [b for b in (c(r), f"{r.fte} {'ETP' if fr else ('FTE' if r.fte == 1 else 'FTEs')}" if f(r) else "") if b]
            return f"{r.title}{' - ' + ' - '.join(bits) if bits else ''}{self.status(r)}"

        lines = []
        if self.o.get("sup") == "chart":
            num, title, code = self.p.supervisor
            part = self.o.get("sup_partial", "")
            lines += [f"{title}{'' if 'class' in part else ' (' + self.cls(code) + ')'}"
                      f"{'' if 'number' in part or not num else ' [' + num + ']'}", "   |"]
            self.record_supervisor()
        if style == "chart":
            lines.append(me)
            for n, r in enumerate(rs):
                lines.append(f"   {'`--' if n == len(rs) - 1 else '|--'} {line(r)}")
        elif style == "tree":
            lines.append(me)
            lines += [f"        {line(r)}" for r in rs]
        else:
            width = max(len(me), *(len(line(r)) for r in rs)) + 4
            lines += ["+" + "-" * width + "+", f"| {me:<{width - 2}} |", "+" + "-" * width + "+", " " * (width // 2) + "|"]
            for r in rs:
                bits = [b for b in (c(r), f"{r.fte} {'ETP' if fr else ('FTE' if r.fte == 1 else 'FTEs')}" if f(r) else "") if b]
                lines += ["  +" + "-" * (width - 2) + "+", f"  | {r.title + self.status(r):<{width - 4}} |"]
                if bits:
                    lines.append(f"  | {' | '.join(bits):<{width - 4}} |")
                lines.append("  +" + "-" * (width - 2) + "+")
        return "\n".join(lines)

    # dimensions
    def budget(self) -> None:
        b, o, fr = self.p.budget, self.o, self.lang == "fr"
        style = o.get("dims", "kv")
        st = o.get("amount", "full")
        lines: list[tuple[str, int]] = []
        self.truth["salary"], self.truth["o_and_m"] = b.salary, b.o_and_m
        lines += [("salary", b.salary), ("o_and_m", b.o_and_m)]
        if b.grants:
            lines.append(("grants", b.grants))
            self.also["program_budget"] = b.grants
        if b.total and not o.get("no_total"):
            lines.append(("total", b.total))
            self.truth["total"] = b.total
        if b.capital:
            lines.append(("capital", b.capital))
        if b.revenue:
            lines.append(("revenue", b.revenue))
        lang = self.lang
        names = {k: label(lang, k, BUDGET_LABELS) for k, _ in lines}
        if style == "kv":
            self.blocks.append(Block("kv", pairs=[(names[k], self.amount(v)) for k, v in lines]))
        elif style == "footnotes":
            mark = {"salary": "¹", "total": "*"} if self.doc.kind not in ("ocr", "ocr-columns", "ocr-form") else {"salary": " (1)", "total": "*"}
            self.blocks.append(Block("kv", pairs=[(names[k], self.amount(v) + mark.get(k, "")) for k, v in lines]))
            self.blocks.append(Block("p", ("¹ Comprend les cotisations aux régimes d'avantages sociaux des employés (20 %). "
                                          "* Excluant les immobilisations et les recettes." if fr else
                                          "¹ Includes employee benefit plan contributions at 20%. "
                                          "* Excludes capital and revenue.").replace("¹", mark["salary"].strip())))
        elif style == "table":
            spend = b.total or (b.salary + b.o_and_m)
            rows = [["Poste budgétaire", "Montant", "%"] if fr else ["Budget item", "Amount", "% of total"]]
            for k, v in lines:
                pct = f"{percent(v, spend)} %" if k in ("salary", "o_and_m", "grants") else ("100 %" if k == "total" else "")
                rows.append([names[k], self.amount(v), pct])
            self.blocks.append(Block("table", rows=rows))
        elif style == "percent":
            spend = b.total or (b.salary + b.o_and_m)
            pairs = []
            for k, v in lines:
                pct = f" ({percent(v, spend)}%)" if k in ("salary", "o_and_m", "grants") else ""
                pairs.append((names[k], self.amount(v) + pct.replace("%", " %") if fr else self.amount(v) + pct))
            self.blocks.append(Block("kv", pairs=pairs))
        elif style == "multiyear":
            years = dict(b.years)
            years[b.current_year] = (b.salary, b.o_and_m)
            order = sorted(years)
            cur = "(en cours)" if fr else "(current)"
            head = ["", *[f"{y} {cur}" if y == b.current_year else y for y in order]]
            rows = [head, [names["salary"], *[self.amount(years[y][0]) for y in order]],
                    [names["o_and_m"], *[self.amount(years[y][1]) for y in order]],
                    [names["total"] if "total" in names else "Total", *[self.amount(sum(years[y])) for y in order]]]
            self.truth["total"] = b.salary + b.o_and_m
            self.blocks.append(Block("table", rows=rows))
            self.notes.append(f"multi-year table: the values are the current fiscal year's ({b.current_year})")
        elif style == "prose":
            if fr:
                text = (f"Le titulaire gère un budget salarial de {self.amount(b.salary)} et un budget de fonctionnement et "
                        f"d'entretien de {self.amount(b.o_and_m)}")
                if b.grants:
                    text += f", ainsi que {self.amount(b.grants)} en subventions et contributions"
                text += "." if not self.truth["total"] else f", pour un total de {self.amount(b.total)}."
            else:
                text = (f"The incumbent manages a salary budget of {self.amount(b.salary)} and an operating and maintenance "
                        f"budget of {self.amount(b.o_and_m)}")
                if b.grants:
                    text += f", as well as {self.amount(b.grants)} in grants and contributions"
                text += "." if not self.truth["total"] else f", for a total of {self.amount(b.total)}."
            text = text.replace(" de un ", " d'un ")
            if b.capital:
                text += (f" S'y ajoutent {self.amount(b.capital)} en immobilisations." if fr else
                         f" In addition, the position oversees {self.amount(b.capital)} in capital.")
            if b.revenue:
                text += (f" La direction perçoit des recettes de {self.amount(b.revenue)}." if fr else
                         f" The organization collects {self.amount(b.revenue)} in revenue.")
            self.blocks.append(Block("p", text))
        if b.fte:
            self.also["fte"] = b.fte
            unit = self.o.get("fte_unit_word") or ("la direction" if fr else "the directorate")
            text = (f"Ressources humaines : {self.fte_words(b.fte)} dans {unit}" if fr else
                    f"Human resources: {self.fte_words(b.fte)} in {unit}")
            if b.fte_branch:
                text += (f" (la direction générale compte {b.fte_branch} ETP au total)" if fr else
                         f" (the Branch as a whole has {b.fte_branch} FTEs)")
            self.blocks.append(Block("p", text + "."))

    # body
    def heading(self, name: str, n: int) -> Block:
        text = section(self.doc.lang, name)
        style = self.o.get("headings", "plain")
        if style == "numbered":
            text = f"{n}. {text.upper()}"
        elif style == "lettered":
            text = f"{'ABCDEFGH'[n - 1]}. {text}"
        elif style == "caps":
            text = text.upper()
        elif style == "colon":
            text += " :" if self.lang == "fr" else ":"
        elif style == "caps-colon":
            text = text.upper() + (" :" if self.lang == "fr" else ":")
        return Block("h", text)

    def unit_name(self) -> str:
        return UNIT[self.lang]

    def body(self) -> None:
        fr = self.lang == "fr"
        order = self.o.get("order", ["accountability", "org", "nature", "dims", "activities"])
        rng = random.Random(self.i * 7 + 3)
        for n, name in enumerate(order, 1):
            if name == "csr":
                self.blocks.append(self.heading("csr", n))
                self.blocks.append(Block("p", self.p.purpose, prose=True))
                self.blocks.append(Block("h", "Key Activities" if not fr else "Activités principales"))
                acts = rng.sample(ACTIVITIES[self.lang], 5)
                self.blocks.append(Block("list", items=[a.format(unit=self.unit_name()) for a in acts], prose=True))
                continue
            self.blocks.append(self.heading(name, n))
            if name == "accountability":
                self.blocks.append(Block("p", self.p.purpose, prose=True))
            elif name == "org":
                if self.o.get("sup") == "sentence":
                    self.blocks.append(Block("p", self.supervisor_sentence()))
                self.reports()
            elif name == "nature":
                text = rng.choice(NATURE[self.lang]).format(dept=self.p.department, unit=self.unit_name())
                self.blocks.append(Block("p", text, prose=True))
            elif name == "dims":
                self.budget()
            elif name == "activities":
                acts = rng.sample(ACTIVITIES[self.lang], 6)
                self.blocks.append(Block("list", items=[a.format(unit=self.unit_name()) for a in acts], prose=True))

    def signatures(self) -> None:
        fr = self.lang == "fr"
        people = self.p.people
        self.blocks.append(Block("h", section(self.doc.lang, "signatures")))
        pairs = []
        if self.o.get("incumbent", True):
            pairs.append(("Titulaire" if fr else "Incumbent", people[0]))
        if len(people) > 1:
            pairs.append(("Approuvé par" if fr else "Approved by", f"{people[1]}, {self.p.supervisor[1]}"))
        pairs.append(("Date", self.date() if self.p.effective else "____"))
        self.blocks.append(Block("kv", pairs=pairs))

    def build(self) -> list[Block]:
        o = self.o
        title_line = {"en": "EXECUTIVE WORK DESCRIPTION", "fr": "DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION",
                      "bi": "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"}.get(self.doc.lang, "EXECUTIVE WORK DESCRIPTION")
        self.blocks.append(Block("h", o.get("banner", title_line)))
        if o.get("sup") == "chart" and o.get("chart_top"):
            self.blocks.append(Block("pre", text=self.chart(o.get("reports", "chart"), self.p.reports,
                                                            lambda r: self.cls(r.classification), lambda r: r.fte is not None)))
            for r in self.p.reports:
                self.report_truth(r)
            self.o = dict(o, reports="none", sup="done")
        self.header()
        self.body()
        if o.get("signatures", True):
            self.signatures()
        return self.blocks


# --- OCR damage ---------------------------------------------------------------------------------

DIGIT_SLIPS = {"0": "O", "1": "I", "5": "S"}
LETTER_SLIPS = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "1"), ("tt", "ll"), ("o", "0")]


def damage_values(text: str, rng: random.Random, rate: float, keep: set[str]) -> str:
    """O for 0, I for 1, S for 5 inside figures, as a scan reads them; names left whole."""
    def slip(m: re.Match) -> str:
        token = m.group(0)
        if token in keep or not any(ch.isdigit() for ch in token):
            return token
        return "".join(DIGIT_SLIPS[ch] if ch in DIGIT_SLIPS and rng.random() < rate else ch for ch in token)
    return re.sub(r"[A-Za-z$]*[0-9][0-9A-Za-z,.\-/$]*", slip, text)


def damage_prose(text: str, rng: random.Random, rate: float, keep: set[str]) -> str:
    words = text.split(" ")
    out = []
    for w in words:
        if w and w.strip(".,;:()").lower() not in keep and len(w) > 5 and rng.random() < rate:
            a, b = rng.choice(LETTER_SLIPS)
            w = w.replace(a, b, 1)
        out.append(w)
        if rng.random() < rate / 3:
            out.append("")   # a doubled space
    text = " ".join(out)
    return re.sub(r"(?<=[a-z]) (?=[a-z]{2,4}\b)", lambda m: "" if rng.random() < rate / 4 else " ", text)


def protected_words(pos: Position) -> set[str]:
    texts = [pos.title, pos.title_other or "", pos.supervisor[1] or "", pos.supervisor_other or "",
             pos.location[0], pos.location[1], *[r.title for r in pos.reports], *[r.unit or "" for r in pos.reports]]
    return {w.strip(".,;:()").lower() for t in texts for w in t.split()}


# --- writing blocks as text ---------------------------------------------------------------------

def kv_lines(pairs: list[tuple[str, str]], mode: str, lang: str) -> list[str]:
    colon = " :" if lang == "fr" else ":"
    if mode == "nextline":
        return [line for k, v in pairs for line in (k + colon, v, "")]
    if mode == "tabs":
        return [f"{k}\t{v}" for k, v in pairs]
    if mode == "aligned":
        width = max(len(k) for k, _ in pairs) + 2
        return [f"{k + colon:<{width}} {v}" for k, v in pairs]
    if mode == "caps":
        return [f"{k.upper()}{colon} {v}" for k, v in pairs]
    return [f"{k}{colon} {v}" for k, v in pairs]


def table_lines(rows: list[list[str]], mode: str) -> list[str]:
    if mode == "pipes":
        return ["| " + " | ".join(r) + " |" for r in rows]
    if mode == "tabs":
        return ["\t".join(r) for r in rows]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]


def text_lines(blocks: list[Block], o: dict, lang: str) -> list[str]:
    out: list[str] = []
    bullet = o.get("bullet", "-")
    for n, b in enumerate(blocks):
        if b.kind == "h":
            out += ["", b.text] if out else [b.text]
            if o.get("underline"):
                out.append("=" * len(b.text))
        elif b.kind == "p":
            out += textwrap.wrap(b.text, o.get("wrap", 100)) if o.get("wrap") else [b.text]
        elif b.kind == "kv":
            out += kv_lines(b.pairs, o.get("kv", "colon"), lang)
        elif b.kind == "table":
            out += table_lines(b.rows, o.get("table", "aligned"))
        elif b.kind == "list":
            for k, item in enumerate(b.items, 1):
                mark = f"{k}." if bullet == "1." else (f"{'abcdefgh'[k - 1]})" if bullet == "a)" else bullet)
                out.append(f"{mark} {item}")
        elif b.kind == "pre":
            out += b.text.split("\n")
    return out


# --- OCR ----------------------------------------------------------------------------------------

def ocr_damage_blocks(blocks: list[Block], pos: Position, rng: random.Random, o: dict) -> list[Block]:
    keep_names = {w for name in pos.people for w in name.split()}
    keep = protected_words(pos) | {w.lower() for w in keep_names}
    rate = o.get("damage", 0.25)
    out = []
    for b in blocks:
        def fix(t: str, prose: bool) -> str:
            t = damage_values(t, rng, rate, keep_names)
            return damage_prose(t, rng, rate / 2, keep) if prose else t
        out.append(replace(b, text=fix(b.text, b.prose), pairs=[(k, fix(v, False)) for k, v in b.pairs],
                           rows=[[fix(c, False) for c in r] for r in b.rows], items=[fix(i, b.prose) for i in b.items]))
    return out


def page_furniture(n: int, total: int, lang: str, o: dict) -> str:
    if lang == "fr":
        return o.get("footer", "PROTÉGÉ B (une fois rempli)   Page {n} de {t}").format(n=n, t=total)
    return o.get("footer", "PROTECTED B (when completed)   Page {n} of {t}").format(n=n, t=total)


def ocr_run(lines: list[str], lang: str, o: dict, per_page: int = 40) -> str:
    """One long run of text per page (or a single run), the running footer inside it."""
    pages = [lines[k:k + per_page] for k in range(0, len(lines), per_page)]
    runs = []
    for n, page in enumerate(pages, 1):
        text = " ".join(x.strip() for x in page if x.strip())
        runs.append(f"{text} {page_furniture(n, len(pages), lang, o)}")
    joiner = "\n" if o.get("page_lines") else " "
    return "--- Full Extracted Text ---\n" + joiner.join(runs) + "\n" if o.get("wrapper") else joiner.join(runs) + "\n"


def ocr_columns(left: list[str], right: list[str], o: dict, lang: str) -> str:
    """Two columns of a page read across: each line is a piece of the left column and a piece
    of the right one."""
    lw = textwrap.wrap(" ".join(x.strip() for x in left if x.strip()), 52)
    rw = textwrap.wrap(" ".join(x.strip() for x in right if x.strip()), 48)
    rows = []
    for k in range(max(len(lw), len(rw))):
        a = lw[k] if k < len(lw) else ""
        b = rw[k] if k < len(rw) else ""
        rows.append(f"{a}  {b}".strip() if not o.get("bar") else f"{a} | {b}".strip(" |"))
        if k and k % 45 == 0:
            rows.append(page_furniture(k // 45, (len(lw) // 45) + 1, lang, o))
    return ("\n".join(rows) if o.get("keep_lines") else " ".join(rows)) + "\n"


def ocr_form(blocks: list[Block], o: dict, lang: str) -> str:
    """A form whose label column and value column come out of OCR as two runs: all the labels of
    the header, then all the values; the rest of the page follows as one run."""
    first = next(k for k, b in enumerate(blocks) if b.kind == "kv")
    head = text_lines(blocks[:first], o, lang)
    labels = " ".join(k for k, _ in blocks[first].pairs)
    values = " ".join(v for _, v in blocks[first].pairs)
    rest = text_lines(blocks[first + 1:], o, lang)
    return " ".join(head) + "\n" + labels + "\n" + values + "\n" + ocr_run(rest, lang, o)


# --- Word and PDF ------------------------------------------------------------------------------

FIXED = dt.datetime(2024, 1, 2, 3, 4, 5)


def docx_bytes(blocks: list[Block], o: dict, lang: str) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    props = document.core_properties
    props.author, props.last_modified_by, props.title = "", "", ""
    props.created = props.modified = FIXED
    props.revision = 1
    for b in blocks:
        if b.kind == "h":
            if o.get("word_headings", True):
                document.add_heading(b.text, level=1)
            else:
                document.add_paragraph().add_run(b.text).bold = True
        elif b.kind == "p":
            document.add_paragraph(b.text)
        elif b.kind == "kv":
            if o.get("kv") == "table":
                table = document.add_table(rows=0, cols=2)
                table.style = "Table Grid"
                for k, v in b.pairs:
                    cells = table.add_row().cells
                    cells[0].text, cells[1].text = k, v
            else:
                for line in kv_lines(b.pairs, o.get("kv", "colon"), lang):
                    document.add_paragraph(line)
        elif b.kind == "table":
            table = document.add_table(rows=0, cols=len(b.rows[0]))
            table.style = "Table Grid"
            for row in b.rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, row):
                    cell.text = value
        elif b.kind == "list":
            style = "List Number" if o.get("bullet") == "1." else "List Bullet"
            for item in b.items:
                document.add_paragraph(item, style=style)
        elif b.kind == "pre":
            for line in b.text.split("\n"):
                run = document.add_paragraph().add_run(line)
                run.font.name, run.font.size = "Courier New", Pt(9)
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip(raw.getvalue())


def fixed_zip(data: bytes) -> bytes:
    """The same archive with fixed member dates, so the bytes are the same on every run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 2, 3, 4, 6))
            member.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


def pdf_pages(lines: list[str], lang: str, o: dict, per_page: int = 58) -> list[str]:
    """Lines wrapped as a page of print wraps them, 58 to a page, each page with its footer."""
    wrapped = [w for line in lines for w in (textwrap.wrap(line, 105) or [""])]
    chunks = [wrapped[k:k + per_page] for k in range(0, len(wrapped), per_page)]
    return ["\n".join([*chunk, "", page_furniture(n, len(chunks), lang, o)]) for n, chunk in enumerate(chunks, 1)]


# --- the documents ------------------------------------------------------------------------------

ORDER_CSR = ["csr", "org", "dims"]
DOCS = [
    # Word files
    Doc("WD - Director Naval Materiel Disposal and Recycling (EX-01).docx", "naval-disposal", "docx", "en",
        dict(kv="table", sup="fields", reports="table", dims="footnotes", amount="full", headings="numbered", date=0,
             report_header=["Position Title", "Group-Level", "FTE"], fte=0)),
    Doc("Banff FUS work description 2017.docx", "banff-fu", "docx", "en",
        dict(kv="colon", sup="line", reports="boxes", dims="kv", amount="M", headings="caps", date=2, word_headings=False),
        changes=dict(effective=dt.date(2017, 9, 18)), version_of="banff-fu"),
    Doc("AgricultureDivision_Director_EX01_final.docx", "agri-division", "docx", "en",
        dict(kv="nextline", sup="sentence", reports="sublist", dims="percent", amount="full", headings="plain",
             order=["accountability", "nature", "org", "activities", "dims"], date=4, cls=1), version_of="agri-division"),
    Doc("DG Statistique du travail et démographie - DT.docx", "labour-demography", "docx", "fr",
        dict(kv="table", sup="fields", reports="units", dims="kv", amount="M", headings="lettered", date=2, fte=1),
        version_of="labour-demography"),
    Doc("RDG Alberta Region - EX-03.docx", "isc-alberta", "docx", "en",
        dict(kv="table", sup="chart", chart_top=True, reports="chart", dims="table", amount="full", headings="plain",
             date=1, order=["accountability", "org", "dims", "nature", "activities"], fte_unit_word="the region"),
        version_of="isc-alberta"),
    Doc("LAC DG Preservation.docx", "lac-preservation", "docx", "en",
        dict(kv="tabs", sup="fields", sup_partial="number", reports="prose", dims="prose", amount="million",
             headings="colon", date=3, cls=2)),
    Doc("Programme d'aide aux musées - directrice.docx", "museums-assistance", "docx", "fr",
        dict(kv="colon", sup="line", reports="table", report_cols=["class", "title", "fte"],
             report_header=["Titre du poste", "Classification", "Nombre d'ETP"], dims="table", amount="full",
             headings="caps-colon", date=4, order=["accountability", "dims", "org", "activities"])),
    Doc("Canadian Conservation Institute - DG - CSR template.docx", "cci", "docx", "en",
        dict(kv="table", sup="sentence", reports="list", dims="kv", amount="M2", headings="plain", order=ORDER_CSR,
             date=5, fte=2)),
    Doc("DG Disability Adjudication Ops WD.docx", "disability-adjudication", "docx", "en",
        dict(kv="aligned", sup="fields", sup_partial="class", reports="table", dims="kv", amount="cents",
             headings="lettered", date=6, report_header=["Title", "Level", "FTEs"], province=True)),
    Doc("DGRPPP_EX-02_draft.docx", "dnd-real-property", "docx", "en",
        dict(kv="colon", sup="line", reports="list", report_fte=False, dims="footnotes", amount="M", headings="numbered",
             date=0, cls=3)),
    Doc("Services de sécurité SATJ.docx", "court-security", "docx", "fr",
        dict(kv="nextline", sup="line", sup_partial="number", reports="prose", dims="prose", amount="words",
             headings="plain", date=0, cls=1)),
    Doc("ASC - Exploitation des satellites.docx", "satellite-ops", "docx", "fr",
        dict(kv="table", sup="chart", chart_top=True, reports="tree", dims="kv", amount="M2", headings="numbered", date=3)),
    Doc("Interprétation parlementaire - Description de travail.docx", "parl-interpretation", "docx", "fr",
        dict(kv="colon", sup="fields", reports="sublist", dims="percent", amount="nbsp", headings="caps", date=1,
             order=["accountability", "org", "nature", "dims"], fte=3)),
    Doc("CISR SAI Greffe Est - directeur.docx", "irb-iad-east", "docx", "fr",
        dict(kv="table", sup="fields", reports="table", dims="kv", amount="K", headings="plain", date=4, cls=2,
             order=["csr", "dims", "org"]), version_of="irb-iad-east"),
    Doc("Relations autochtones - UG Nord du Québec.docx", "parks-indigenous-affairs", "docx", "fr",
        dict(kv="nextline", sup="sentence", reports="boxes", dims="kv", amount="full", headings="colon", date=5,
             province=False)),
    Doc("MFS Program Policy - bilingual.docx", "mil-family", "docx", "bi",
        dict(kv="table", sup="fields", reports="table", dims="kv", amount="full", headings="plain", date=0,
             report_header=["Position / Poste", "Group-Level / Groupe-niveau", "FTEs / ETP"])),
    Doc("DG Medical Devices Directorate - Directeur général Direction des instruments médicaux.docx",
        "medical-devices", "docx", "bi",
        dict(kv="colon", sup="line", reports="units", dims="table", amount="M", headings="caps", date=6, cls=2)),
    # PDFs
    Doc("Census Field Operations Director.pdf", "census-field", "pdf", "en",
        dict(kv="colon", sup="fields", reports="table", table="aligned", dims="multiyear", amount="full", headings="caps",
             date=3)),
    Doc("FCA Registry Operations - Director - signed.pdf", "fca-registry", "pdf", "en",
        dict(kv="aligned", sup="line", reports="chart", dims="kv", amount="K", headings="numbered", date=2)),
    Doc("GRL_Director_WD_2020.pdf", "grain-lab", "pdf", "en",
        dict(kv="caps", sup="sentence", reports="prose", dims="kv", amount="full", headings="plain", date=0,
             order=["accountability", "org", "dims", "activities"])),
    Doc("Directeur - Systèmes d'approvisionnement en munitions.pdf", "land-munitions", "pdf", "fr",
        dict(kv="colon", sup="fields", reports="list", dims="kv", amount="M", headings="lettered", date=99,
             cls=1, fte=1)),
    Doc("Home and Community Care Director - Soins à domicile.pdf", "home-care", "pdf", "bi",
        dict(kv="aligned", sup="fields", reports="sublist", dims="prose", amount="million", headings="plain", date=4)),
    Doc("Agriculture Division Director.pdf", "agri-division", "pdf", "en",
        dict(kv="colon", sup="sentence", reports="sublist", dims="percent", amount="full", headings="plain",
             order=["accountability", "nature", "org", "activities", "dims"], date=4, cls=1), version_of="agri-division"),
    # plain text
    Doc("rideau_trent_director.txt", "rideau-canals", "text", "en",
        dict(kv="colon", sup="fields", reports="chart", dims="kv", amount="full", headings="caps-colon", date=4,
             underline=True)),
    Doc("Northern Contaminants Program Director.txt", "northern-contaminants", "text", "en",
        dict(kv="nextline", sup="line", sup_partial="number", reports="list", report_class=False, dims="prose",
             amount="words", headings="numbered", date=1, bullet="a)")),
    Doc("Electoral Geography - Director (EX-01).txt", "electoral-geography", "text-cp1252", "en",
        dict(kv="colon", sup="sentence", reports="table", table="tabs", dims="kv", amount="K", headings="plain",
             date=6, order=["accountability", "dims", "org", "nature"], curly=True)),
    Doc("CISR_SAI_Est_directeur.txt", "irb-iad-east", "text-cp1252", "fr",
        dict(kv="aligned", sup="fields", reports="table", table="pipes", dims="kv", amount="K", headings="plain",
             date=4, cls=2, order=["csr", "dims", "org"], curly=True), version_of="irb-iad-east"),
    # OCR: one long run, or a page a line
    Doc("scan_banff_fus_2020.txt", "banff-fu", "ocr", "en",
        dict(kv="colon", sup="fields", reports="table", dims="kv", amount="full", headings="caps", date=0,
             wrapper=True, damage=0.3), version_of="banff-fu"),
    Doc("HED Director - scanned.txt", "health-eval", "ocr", "en",
        dict(kv="caps", sup="line", reports="sublist", dims="kv", amount="M", headings="numbered", date=3,
             page_lines=True, damage=0.25)),
    Doc("OCR_zoonotic_division_director.txt", "zoonotic", "ocr", "en",
        dict(kv="colon", sup="sentence", reports="units", dims="percent", amount="full", headings="caps", date=5,
             damage=0.2)),
    Doc("Lethbridge RDC Director scan.txt", "lethbridge-rdc", "ocr", "en",
        dict(kv="colon", sup="fields", sup_partial="number", reports="tree", dims="footnotes", amount="full",
             headings="plain", date=2, damage=0.3, wrapper=True)),
    Doc("Numérisation - Directeur régional SPC Québec.txt", "consumer-safety-qc", "ocr", "fr",
        dict(kv="colon", sup="line", reports="list", dims="kv", amount="full", headings="caps", date=2, damage=0.25,
             page_lines=True)),
    Doc("SAC Santé environnementale QC - scan.txt", "isc-env-health", "ocr", "fr",
        dict(kv="caps", sup="fields", reports="prose", dims="footnotes", amount="M", headings="numbered", date=3,
             damage=0.3, wrapper=True)),
    Doc("CGC Québec DG - numérisé.txt", "gsc-quebec", "ocr", "fr",
        dict(kv="colon", sup="sentence", reports="table", dims="percent", amount="nbsp", headings="lettered", date=5,
             damage=0.2)),
    Doc("SCC Initiatives autochtones directeur (nouveau).txt", "csc-indigenous", "ocr", "fr",
        dict(kv="colon", sup="line", reports="sublist", dims="kv", amount="million", headings="caps-colon", date=1,
             damage=0.25, page_lines=True)),
    Doc("DG Travail et démographie - copie numérisée.txt", "labour-demography", "ocr", "fr",
        dict(kv="colon", sup="fields", reports="units", dims="kv", amount="M", headings="lettered", date=2, fte=1,
             damage=0.2, wrapper=True), version_of="labour-demography"),
    # OCR: two columns read across
    Doc("NIHB DG scan 2019.txt", "nihb", "ocr-columns", "en",
        dict(kv="colon", sup="fields", reports="list", dims="kv", amount="M", headings="caps", date=0, damage=0.25,
             split="org")),
    Doc("Storm Prediction Centre Director - OCR.txt", "storm-prediction", "ocr-columns", "en",
        dict(kv="colon", sup="line", reports="table", dims="kv", amount="full", headings="caps", date=6, damage=0.2,
             split="dims", keep_lines=True, bar=True)),
    Doc("AMNC établissement directrice - scan.txt", "marine-conservation", "ocr-columns", "fr",
        dict(kv="colon", sup="fields", reports="list", dims="kv", amount="full", headings="caps", date=1, damage=0.2,
             split="org", keep_lines=True)),
    # OCR: a form, labels in one run and values in another
    Doc("RPB director form scan.txt", "radiation-bureau", "ocr-form", "en",
        dict(kv="colon", sup="fields", reports="table", dims="kv", amount="full", headings="caps", date=3, damage=0.2)),
    Doc("CCI greffe DG formulaire numérisé.txt", "tax-court-registry", "ocr-form", "fr",
        dict(kv="colon", sup="fields", reports="list", dims="kv", amount="M", headings="caps", date=3, damage=0.2)),
    Doc("ISC Alberta RDG - form scan.txt", "isc-alberta", "ocr-form", "en",
        dict(kv="colon", sup="fields", reports="units", dims="kv", amount="M", headings="caps", date=2, damage=0.2),
        version_of="isc-alberta"),
]


def write_document(doc: Doc, index: int) -> tuple[bytes, dict]:
    """The bytes of one document and its ground truth."""
    pos = POSITIONS_BY_KEY[doc.key]
    if doc.changes:
        pos = replace(pos, **doc.changes)
    writer = Writer(doc, pos, index)
    blocks = writer.build()
    lang = writer.lang
    o = doc.o
    rng = random.Random(f"blind6:{doc.name}")
    if doc.kind == "docx":
        data = docx_bytes(blocks, o, lang)
    elif doc.kind == "pdf":
        data = pdf_bytes(pdf_pages(text_lines(blocks, o, lang), lang, o))
    elif doc.kind in ("text", "text-cp1252"):
        text = "\n".join(text_lines(blocks, o, lang)) + "\n"
        if doc.kind == "text-cp1252":
            if o.get("curly"):
                text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text).replace(" - ", " \u2013 ")
            data = text.replace("\n", "\r\n").encode("cp1252")
        else:
            data = text.encode("utf-8")
    else:
        blocks = ocr_damage_blocks(blocks, pos, rng, o)
        if doc.kind == "ocr":
            data = ocr_run(text_lines(blocks, o, lang), lang, o).encode("utf-8")
        elif doc.kind == "ocr-form":
            data = ocr_form(blocks, o, lang).encode("utf-8")
        else:
            split = next(k for k, b in enumerate(blocks) if b.kind == "h" and k > 1 and
                         b.text.lower().strip(" :").endswith(section_words(o["split"], lang)))
            data = ocr_columns(text_lines(blocks[:split], o, lang), text_lines(blocks[split:], o, lang), o, lang).encode("utf-8")
    return data, writer_truth(doc, writer, pos)


def section_words(name: str, lang: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in SECTIONS[lang][name])


def writer_truth(doc: Doc, writer: Writer, pos: Position) -> dict:
    fields = writer.truth
    not_stated = [k for k in ("job_code", "position_number", "effective_date", "location", "total")
                  if fields[k] is None]
    not_stated += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    truth = {"document": doc.name, "kind": doc.kind, "language": "bilingual" if doc.lang == "bi" else doc.lang,
             "outcome": "import", "fields": fields, "not_stated": not_stated, "also": writer.also,
             "people": list(pos.people)}
    if writer.notes:
        truth["notes"] = writer.notes
    if doc.version_of:
        same = [d for d in DOCS if d.version_of == doc.version_of]
        dates = {d.name: d.changes.get("effective", POSITIONS_BY_KEY[d.key].effective) for d in same}
        truth["versions"] = {"position": pos.number or pos.provisional, "documents": [d.name for d in same],
                             "newest": dates[doc.name] == max(dates.values())}
    return truth


# --- documents to refuse -------------------------------------------------------------------------

POSTER = """JOB OPPORTUNITY - Executive (EX-01) anticipatory pool
Director, Warehousing and Distribution
Public Services and Procurement Canada - Real Property Services
Closing date: 2025-03-14 - 23:59, Pacific Time
Reference number: PWGSC25J-118734
Selection process number: 25-SPS-EA-RPS-118734
Who can apply: Persons residing in Canada and Canadian citizens residing abroad.

Salary: $127,000 to $149,400

Positions to be filled: 2

Work environment
Join a team that keeps federal buildings supplied across the National Capital Region. We value diversity,
flexible work and continuous learning.

Essential qualifications
- A degree from a recognized post-secondary institution, or an acceptable combination of education and training.
- Significant experience managing human and financial resources.
- Experience leading logistics or supply chain operations.

Key leadership competencies: Create vision and strategy; Mobilize people; Uphold integrity and respect;
Collaborate with partners and stakeholders; Promote innovation and guide change; Achieve results.

Conditions of employment: Secret security clearance. Willingness to travel.

How to apply: Submit your resume and answers to the screening questions through the GC Jobs portal.
Contact: Human Resources Team, staffing-dotation@example.gc.ca
"""

MEMO_LINES = [
    "MEMORANDUM",
    "To: Members of the Branch Management Committee",
    "From: Business Planning Unit",
    "Subject: Notes on the draft organization chart for 2025-26",
    "Date: 11 February 2025",
    "",
    "These notes record the comments received on the draft organization chart circulated on 3 February.",
    "",
    "1. Boxes to move",
    "   +-- Finance Liaison (currently under Corporate Services) -> under the Executive Director",
    "   +-- Data team: keep as is until the review of the analytics function",
    "2. Positions to classify: two new manager positions are pending a classification decision.",
    "3. Names: the chart will show titles only, no names, before it is posted on the intranet.",
    "4. Next steps: the Business Planning Unit will send a revised chart for the 25 February meeting.",
    "",
    "No decision is required at this stage.",
]

LETTRE = """Objet : Offre de nomination intérimaire

Madame,

J'ai le plaisir de vous offrir une nomination intérimaire au poste de directrice, Services opérationnels,
du 3 mars au 29 août 2025. Cette nomination est assortie d'une rémunération d'intérim calculée conformément
à la Directive sur les conditions d'emploi des cadres de direction.

Vos conditions d'emploi demeurent inchangées pour le reste. Veuillez confirmer votre acceptation en signant
la présente et en la retournant au Secteur des ressources humaines d'ici le 21 février 2025.

Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.

Le directeur général,
Services ministériels
"""


def garbage_scan(rng: random.Random) -> str:
    chars = "il1I|!.,:;'`~-_=oO0cCeaxrn mwWvV/\\()[]{}"
    words = ["".join(rng.choice(chars) for _ in range(rng.randint(1, 9))) for _ in range(420)]
    lines = [" ".join(words[k:k + 14]) for k in range(0, len(words), 14)]
    return "--- Full Extracted Text ---\n" + "\n".join(lines) + "\n"


def empty_docx() -> bytes:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.author, props.last_modified_by = "", ""
    props.created = props.modified = FIXED
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip(raw.getvalue())


def memo_docx() -> bytes:
    blocks = [Block("h", MEMO_LINES[0]), Block("pre", text="\n".join(MEMO_LINES[1:]))]
    return docx_bytes(blocks, {}, "en")


REFUSE = [
    ("Job poster - Director Warehousing (EX-01).txt", "text", "en", lambda: POSTER.encode("utf-8")),
    ("Org chart notes - BMC.docx", "docx", "en", memo_docx),
    ("Lettre d'offre - nomination intérimaire.pdf", "pdf", "fr",
     lambda: pdf_bytes([LETTRE + "\nPage 1 de 1"])),
    ("scan0093.txt", "ocr", "en", lambda: garbage_scan(random.Random("blind6:garbage")).encode("utf-8")),
    ("Description de travail - gabarit vide.docx", "docx", "fr", empty_docx),
]


# --- main -----------------------------------------------------------------------------------

class TruthDumper(yaml.SafeDumper):
    pass


def main() -> int:
    CORPUS.mkdir(exist_ok=True)
    EXPECTED.mkdir(exist_ok=True)
    for old in [*CORPUS.iterdir(), *EXPECTED.iterdir()]:
        old.unlink()
    for index, doc in enumerate(DOCS):
        data, truth = write_document(doc, index)
        (CORPUS / doc.name).write_bytes(data)
        (EXPECTED / f"{doc.name}.expected.yaml").write_text(
            yaml.dump(truth, Dumper=TruthDumper, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    for name, kind, lang, make in REFUSE:
        (CORPUS / name).write_bytes(make())
        truth = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None, "people": []}
        (EXPECTED / f"{name}.expected.yaml").write_text(
            yaml.dump(truth, Dumper=TruthDumper, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    print(f"{len(DOCS)} work descriptions and {len(REFUSE)} documents to refuse written to {CORPUS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
