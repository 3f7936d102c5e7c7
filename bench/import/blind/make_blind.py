#!/usr/bin/env python3
"""Render the blind corpus: ``corpus/`` (the documents) and ``expected/`` (their ground truth).

    pip install python-docx
    python bench/import/blind/make_blind.py

Every document is one position of ``positions_blind.py`` written in one layout with one way of
writing each value (``DOCUMENTS`` below says which); the ground truth is what that document
states. The output is the same bytes on every run (seeded damage, fixed dates in the .docx).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
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
sys.path[:0] = [str(HERE), str(HERE.parents[2] / "tests")]
from import_files import pdf_bytes  # noqa: E402  (the PDF writer of the import tests: pages as content streams)
from positions_blind import BY_KEY, Position, Report  # noqa: E402

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre")
CODES = {"Ontario": "ON", "Quebec": "QC", "British Columbia": "BC", "Alberta": "AB", "Manitoba": "MB",
         "Nova Scotia": "NS", "New Brunswick": "NB", "Prince Edward Island": "PE", "Yukon": "YT", "Nunavut": "NU"}
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}
NOMBRES = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq"}


@dataclasses.dataclass
class Spec:
    """How one document writes its position."""
    name: str
    key: str
    layout: str                 # md_form, md_table, txt_inline, txt_nextline, txt_lettered, txt_csr, txt_fr,
    #                             txt_bilingual, txt_en_fr, docx_table, docx_bilingual, docx_paragraphs, pdf, ...
    kind: str
    lang: str = "en"            # en, fr, bilingual
    date: str = "long"
    cls: str = "dash"
    money: str = "full"
    reports: str = "list_paren"
    detail: str = "full"        # what each direct report gives: full, cls (no FTEs), none
    fte: str = "fte"            # how a direct report's FTEs are written
    sup: str = "fields"         # fields, reports_to (title, level, number), reports_to_nonum, reports_to_title (prose)
    loc: str = "name"           # name (City, Province), code (City, ON), city (the city alone)
    omit: tuple[str, ...] = ()  # fields the document leaves out: job_code, effective, location, salary, ...
    people: bool = True
    labels: int = 0             # which label variant
    caps: bool = False
    damage: str = ""            # ocr, ocr_pages, ocr_columns
    encoding: str = "utf-8"
    base: str = ""              # the text layout a pdf / ocr / cp1252 document is made from
    pdf: str = "plain"          # plain, kerned (words as a TJ array), wrap (lines wrapped at 70 characters)
    newline: str = "\n"


# --- values as documents write them ---------------------------------------------------------

def ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def write_date(d: dt.date, style: str) -> str:
    return {
        "long": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "us": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "ordinal": f"{MONTHS[d.month - 1]} {ordinal(d.day)}, {d.year}",
        "slash": f"{d.year}/{d.month:02}/{d.day:02}",
        "iso": d.isoformat(),
        "dmy": f"{d.day:02}-{d.month:02}-{d.year}",
        "abbr": f"{d.day:02}-{MONTHS[d.month - 1][:3]}-{d.year}",
        "month": f"{MONTHS[d.month - 1]} {d.year}",
        "fr": f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}",
        "fr_le": f"le {'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}",
        "fr_month": f"{MOIS[d.month - 1]} {d.year}",
        "fr_slash": f"{d.day:02}/{d.month:02}/{d.year}",
    }[style]


def write_cls(cls: str, style: str) -> str:
    group, _, level = cls.rpartition("-")
    if group != "EX":
        return cls
    return {"dash": cls, "space": f"EX {level}", "short": f"EX-{int(level)}", "nodash": f"EX{level}",
            "slash": f"EX/{level}"}[style]


def decimal_text(value: decimal.Decimal, comma: bool) -> str:
    text = format(value.normalize(), "f")
    return text.replace(".", ",") if comma else text


def write_money(amount: int, style: str) -> str:
    millions = decimal.Decimal(amount) / 1_000_000
    thousands = decimal.Decimal(amount) / 1_000
    if style in ("K", "fr_k") and amount >= 1_000_000:
        style = {"K": "M", "fr_k": "fr_M"}[style]
    return {
        "full": f"${amount:,}",
        "cents": f"${amount:,}.00",
        "M": f"${decimal_text(millions, False)} M",
        "Mtight": f"${decimal_text(millions, False)}M",
        "million": f"{decimal_text(millions, False)} million dollars",
        "K": f"${decimal_text(thousands, False)}K",
        "fr_full": f"{amount:,} $".replace(",", "\u00a0"),
        "fr_cents": f"{amount:,}".replace(",", " ") + ",00 $",
        "fr_M": f"{decimal_text(millions, True)} M$",
        "fr_k": f"{decimal_text(thousands, True)} k$",
    }[style]


def write_fte(n: int, style: str) -> str:
    return {"fte": f"{n} FTE{'s' if n != 1 else ''}", "fte1": f"{n} FTE", "apos": f"{n} FTE's", "full": f"{n} full-time equivalents",
            "etp": f"{n} ETP", "staff": f"staff of {n}", "approx": f"approximately {n} employees",
            "effectif": f"effectif de {n}", "employes": f"{n} employés"}[style]


# --- what a document says --------------------------------------------------------------------

def fr(spec: Spec) -> bool:
    return spec.lang == "fr"


def title_of(p: Position, spec: Spec) -> str:
    if spec.lang == "bilingual":
        return f"{p.title} / {p.title_fr}"
    return p.title_fr if fr(spec) else p.title


def states(spec: Spec, field: str) -> bool:
    return field not in spec.omit


def report_parts(r: Report, spec: Spec) -> tuple[str, str | None, str | None]:
    """A direct report's title, classification and FTEs as the document writes them (None: not given)."""
    cls = write_cls(r.classification, spec.cls) if r.classification and spec.detail != "none" else None
    fte = write_fte(r.fte, spec.fte) if r.fte is not None and spec.detail == "full" else None
    return (r.title_fr if fr(spec) else r.title), cls, fte


def report_line(r: Report, spec: Spec, index: int) -> str:
    title, cls, fte = report_parts(r, spec)
    form = spec.reports
    if form == "cls_first" and cls:
        return f"{cls} - {title}" + (f" ({fte})" if fte else "")
    if form == "dash":
        return " – ".join(x for x in (title, cls, fte) if x)
    if form == "numbered":
        return f"{index}) {title}" + (f", {cls}" if cls else "") + (f" — {fte}" if fte else "")
    inside = ", ".join(x for x in (cls, fte) if x)
    return title + (f" ({inside})" if inside else "")


def reports_prose(p: Position, spec: Spec) -> str:
    n = len(p.reports)
    parts = []
    for r in p.reports:
        title, cls, fte = report_parts(r, spec)
        inside = ", ".join(x for x in (cls, fte) if x)
        parts.append(("le " if fr(spec) else "the ") + title + (f" ({inside})" if inside else ""))
    listed = "; ".join(parts[:-1]) + ("; et " if fr(spec) else "; and ") + parts[-1]
    if fr(spec):
        return f"Le titulaire est appuyé par {NOMBRES.get(n, n)} gestionnaires : {listed}."
    lead = p.title.split(",")[0]
    return f"The {lead} is supported by {NUMBER_WORDS.get(n, n)} managers: {listed}."


def report_rows(p: Position, spec: Spec) -> list[list[str]]:
    head = (["Poste", "Groupe et niveau", "ETP"] if fr(spec) else ["Position", "Group/Level", "FTEs"])
    rows = [head if spec.detail == "full" else head[:2] if spec.detail == "cls" else head[:1]]
    for r in p.reports:
        row = [r.title_fr if fr(spec) else r.title]
        if spec.detail != "none":
            row.append(write_cls(r.classification, spec.cls) if r.classification else "")
        if spec.detail == "full":
            row.append(str(r.fte) if r.fte is not None else "")
        rows.append(row)
    return rows


LABELS = {
    "en": {
        "title": ("Position Title", "Title", "Job Title", "Position title"),
        "classification": ("Classification", "Group and Level", "Group/Level", "Level"),
        "job_code": ("Job Code", "Position Job Code", "Job Code No.", "Generic Job Code"),
        "number": ("Position Number", "Position No.", "Position #", "Pos. No."),
        "effective": ("Effective Date", "Effective date of this description", "Date Effective", "Effective"),
        "department": ("Department", "Organization", "Department/Agency", "Organization"),
        "branch": ("Branch", "Sector", "Branch/Sector", "Branch"),
        "location": ("Location", "Geographic Location", "Work Location", "Location (City, Province)"),
        "sup_number": ("Supervisor's Position Number", "Supervisor Position No.", "Supervisor's Position #",
                       "Position Number of Supervisor"),
        "sup_title": ("Supervisor's Position Title", "Supervisor Title", "Supervisor's Title", "Title of Supervisor"),
        "sup_class": ("Supervisor's Classification", "Supervisor Group and Level", "Supervisor's Group/Level",
                      "Classification of Supervisor"),
        "reports_to": ("Reports to", "Reporting to", "Reports to", "Immediate Supervisor"),
        "incumbent": ("Incumbent", "Incumbent", "Name of Incumbent", "Incumbent"),
    },
    "fr": {
        "title": ("Titre du poste", "Titre", "Titre du poste", "Titre de l'emploi"),
        "classification": ("Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"),
        "job_code": ("Code d'emploi", "Numéro de code d'emploi", "Code de l'emploi", "Code d'emploi générique"),
        "number": ("Numéro du poste", "No du poste", "N° de poste", "Numéro de poste"),
        "effective": ("Date d'entrée en vigueur", "Date d'effet", "Date d'entrée en vigueur", "En vigueur le"),
        "department": ("Ministère", "Organisation", "Ministère/organisme", "Ministère"),
        "branch": ("Direction générale", "Secteur", "Secteur", "Direction générale"),
        "location": ("Lieu de travail", "Emplacement géographique", "Lieu", "Lieu de travail"),
        "sup_number": ("Numéro du poste du superviseur", "No du poste du superviseur", "N° de poste du superviseur",
                       "Numéro de poste du supérieur"),
        "sup_title": ("Titre du poste du superviseur", "Titre du superviseur", "Titre du poste du superviseur",
                      "Titre du supérieur"),
        "sup_class": ("Classification du superviseur", "Groupe et niveau du superviseur", "Classification du superviseur",
                      "Niveau du supérieur"),
        "reports_to": ("Relève de", "Se rapporte à", "Relève de", "Supérieur immédiat"),
        "incumbent": ("Titulaire", "Titulaire", "Nom du titulaire", "Titulaire"),
    },
}
HEADINGS = {
    "en": {"general": ("General Accountability", "Purpose of the Position", "General Accountability"),
           "structure": ("Organization Structure", "Organizational Structure", "Organizational Context"),
           "scope": ("Nature and Scope", "Nature and Scope", "Scope and Context"),
           "dimensions": ("Dimensions", "Financial and Human Resources", "Dimensions"),
           "specific": ("Specific Accountabilities", "Principal Accountabilities", "Key Activities"),
           "identification": ("Position Identification", "Position Information", "Identification"),
           "signatures": ("Signatures", "Approval", "Certification")},
    "fr": {"general": ("Responsabilité générale", "Raison d'être du poste", "Responsabilité générale"),
           "structure": ("Structure organisationnelle", "Structure organisationnelle", "Contexte organisationnel"),
           "scope": ("Nature et étendue", "Nature et étendue", "Portée et contexte"),
           "dimensions": ("Dimensions", "Ressources financières et humaines", "Dimensions"),
           "specific": ("Responsabilités spécifiques", "Activités principales", "Responsabilités principales"),
           "identification": ("Identification du poste", "Renseignements sur le poste", "Identification"),
           "signatures": ("Signatures", "Approbation", "Attestation")},
}
DIMENSION_LABELS = {
    "en": {"salary": ("Salary", "Salaries", "Salary budget", "Salary dollars"),
           "o_and_m": ("O&M", "Operating and Maintenance", "Operations and Maintenance (O&M)", "Non-salary (O&M)"),
           "total": ("Total", "Total budget", "Total", "Total resources"),
           "fte": ("FTEs", "Number of FTEs", "Employees", "Human resources"),
           "program": ("Program budget (Gs&Cs)", "Grants and contributions", "Program budget", "Gs&Cs")},
    "fr": {"salary": ("Salaires", "Budget salarial", "Salaires", "Traitements"),
           "o_and_m": ("F et E", "Fonctionnement et entretien", "F&E", "Fonctionnement et entretien (F et E)"),
           "total": ("Total", "Budget total", "Total", "Total des ressources"),
           "fte": ("ETP", "Équivalents temps plein", "ETP", "Effectif"),
           "program": ("Subventions et contributions", "Budget de programme", "S et C", "Budget de programme")},
}


def lang_of(spec: Spec) -> str:
    return "fr" if fr(spec) else "en"


def label(spec: Spec, key: str) -> str:
    if spec.lang == "bilingual":
        text = f"{LABELS['en'][key][spec.labels]} / {LABELS['fr'][key][spec.labels]}"
    else:
        text = LABELS[lang_of(spec)][key][spec.labels]
    return text.upper() if spec.caps else text


def heading(spec: Spec, key: str) -> str:
    if spec.lang == "bilingual":
        text = f"{HEADINGS['en'][key][spec.labels % 3]} / {HEADINGS['fr'][key][spec.labels % 3]}"
    else:
        text = HEADINGS[lang_of(spec)][key][spec.labels % 3]
    return text.upper() if spec.caps else text


def dim_label(spec: Spec, key: str) -> str:
    lang = "en" if spec.lang == "bilingual" else lang_of(spec)
    return DIMENSION_LABELS[lang][key][spec.labels]


def location_text(p: Position, spec: Spec) -> str:
    city, province = p.location
    french = {"Quebec": "Québec", "British Columbia": "Colombie-Britannique", "Nova Scotia": "Nouvelle-Écosse",
              "New Brunswick": "Nouveau-Brunswick", "Prince Edward Island": "Île-du-Prince-Édouard"}
    if spec.loc == "city":
        return city
    if spec.loc == "code":
        return f"{city}, {CODES[province]}"
    if fr(spec):
        return f"{city} ({french.get(province, province)})"
    return f"{city}, {province}"


def header_fields(p: Position, spec: Spec) -> list[tuple[str, str]]:
    """(label, value) of the identification block, in the document's order."""
    out = [(label(spec, "title"), title_of(p, spec)),
           (label(spec, "classification"), write_cls(p.classification, spec.cls))]
    if states(spec, "job_code") and p.job_code:
        out.append((label(spec, "job_code"), p.job_code))
    out.append((label(spec, "number"), p.number or p.provisional or ""))
    if states(spec, "effective"):
        out.append((label(spec, "effective"), write_date(p.effective, spec.date) if p.effective else ""))
    if spec.labels % 2 == 0:
        out.append((label(spec, "department"), p.department_fr if fr(spec) else p.department))
    out.append((label(spec, "branch"), p.branch))
    if states(spec, "location"):
        out.append((label(spec, "location"), location_text(p, spec)))
    s = p.supervisor
    sup_title = s.title_fr if fr(spec) else s.title
    if spec.lang == "bilingual":
        sup_title = f"{s.title} / {s.title_fr}"
    if spec.sup == "fields":
        out += [(label(spec, "sup_number"), s.number or ""), (label(spec, "sup_title"), sup_title),
                (label(spec, "sup_class"), write_cls(s.classification, spec.cls))]
    elif spec.sup in ("reports_to", "reports_to_nonum"):
        value = f"{sup_title} ({write_cls(s.classification, spec.cls)})"
        if spec.sup == "reports_to":
            value += f", {'poste' if fr(spec) else 'position'} {s.number}"
        out.append((label(spec, "reports_to"), value))
    if spec.people and p.people and spec.labels != 1:
        out.append((label(spec, "incumbent"), p.people[0]))
    if spec.labels == 1 or spec.caps:
        out = out[:2] + out[3:4] + out[2:3] + out[4:]    # position number before the job code
    return out


def structure_text(p: Position, spec: Spec) -> list[str]:
    s = p.supervisor
    sup_title = s.title_fr if fr(spec) else s.title
    short = p.title.split(",")[0]
    if fr(spec):
        first = (f"Le titulaire du poste relève du {sup_title}.",
                 f"Le poste est l'un des {len(p.reports) + 2} postes qui relèvent du {sup_title}.")[spec.labels % 2]
        lead = ("Les postes suivants relèvent du titulaire :", "Relèvent du titulaire :")[spec.labels % 2]
    else:
        first = (f"The {p.title} reports to the {sup_title}.",
                 f"The {p.title} is one of {len(p.reports) + 2} positions reporting to the {sup_title}.",
                 f"Reporting to the {sup_title}, the {short} leads a team of {p.fte} employees.",
                 f"The position reports to the {sup_title}.")[spec.labels]
        lead = ("The following positions report directly to the incumbent:", f"Reporting to the {short} are:",
                "Direct reports:", f"The position has {len(p.reports)} direct reports:")[spec.labels]
    lines = [first]
    if spec.reports == "prose":
        lines.append(reports_prose(p, spec))
    elif spec.reports != "table":
        lines.append(lead)
        bullet = "" if spec.reports == "numbered" else "- "
        lines += [bullet + report_line(r, spec, i) for i, r in enumerate(p.reports, 1)]
    return lines


def dimension_lines(p: Position, spec: Spec) -> list[tuple[str, str]]:
    out = []
    for key, amount in (("salary", p.salary), ("o_and_m", p.o_and_m), ("total", p.total),
                        ("program", p.program_budget)):
        if amount is not None and states(spec, key):
            out.append((dim_label(spec, key), write_money(amount, spec.money)))
    if p.fte is not None and states(spec, "fte"):
        out.append((dim_label(spec, "fte"), str(p.fte)))
    return out


def dimensions_prose(p: Position, spec: Spec) -> str:
    parts = []
    if fr(spec):
        if states(spec, "salary"):
            parts.append(f"un budget salarial de {write_money(p.salary, spec.money)}")
        if states(spec, "o_and_m"):
            parts.append(f"un budget de fonctionnement et d'entretien de {write_money(p.o_and_m, spec.money)}")
        text = "Le titulaire gère " + " et ".join(parts)
        if states(spec, "total"):
            text += f", pour un total de {write_money(p.total, spec.money)}"
        return text + f", et un effectif de {p.fte} employés."
    if states(spec, "salary"):
        parts.append(f"a salary budget of {write_money(p.salary, spec.money)}")
    if states(spec, "o_and_m"):
        parts.append(f"an O&M budget of {write_money(p.o_and_m, spec.money)}")
    text = "The position manages " + " and ".join(parts)
    if states(spec, "total"):
        text += f", for a total of {write_money(p.total, spec.money)}"
    return text + f", with a staff of {p.fte}."


def signature_lines(p: Position, spec: Spec) -> list[str]:
    if not spec.people or not p.people:
        return []
    lines = ["", heading(spec, "signatures"), ""]
    names = list(p.people)
    if fr(spec):
        lines += [f"Superviseur : {names[-1] if len(names) > 1 else '_______________'}    Date : ____________",
                  f"Titulaire : {names[0]}    Date : ____________"]
    else:
        lines += [f"Employee: {names[0]}    Signature: ______________    Date: ________"]
        if len(names) > 1:
            lines.append(f"Supervisor: {names[1]}, {p.supervisor.title}    Signature: ______________")
    return lines


def specific(p: Position, spec: Spec) -> tuple[str, ...]:
    return p.activities_fr if fr(spec) and p.activities_fr else p.activities


def general(p: Position, spec: Spec) -> str:
    return p.purpose_fr if fr(spec) else p.purpose


# --- layouts as text -------------------------------------------------------------------------

def sections(p: Position, spec: Spec) -> list[tuple[str, list[str]]]:
    """(heading key, lines) of the body, in the document's order."""
    dims = dimension_lines(p, spec)
    dim_body = [dimensions_prose(p, spec)] if spec.money in ("million",) or spec.layout == "txt_csr" else \
        [f"{k}: {v}" for k, v in dims]
    body = [("general", [general(p, spec)]), ("structure", structure_text(p, spec))]
    if p.scope and not fr(spec):
        body.append(("scope", [p.scope]))
    order = [("dimensions", dim_body), ("specific", [f"{i}. {a}" for i, a in enumerate(specific(p, spec), 1)])]
    return body + (order[::-1] if spec.labels == 2 else order)


def table_text(rows: list[list[str]], sep: str = " | ") -> list[str]:
    widths = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(len(rows[0]))]
    return [sep.join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]


def text_layout(p: Position, spec: Spec) -> str:
    layout = spec.base or spec.layout
    lines: list[str] = []
    french = fr(spec)
    if layout == "txt_en_fr":
        english, french_spec = dataclasses.replace(spec, lang="en", base="txt_inline"), \
            dataclasses.replace(spec, lang="fr", base="txt_inline", people=False)
        return text_layout(p, english) + "\n\n" + "=" * 40 + "\nVERSION FRANÇAISE\n" + "=" * 40 + "\n\n" + \
            text_layout(p, french_spec)
    doc_title = "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION" if french else "EXECUTIVE (EX) WORK DESCRIPTION"
    if spec.lang == "bilingual":
        doc_title = "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"
    lines += [doc_title, ""]
    fields = header_fields(p, spec)
    if layout == "txt_nextline":
        for k, v in fields:
            lines += [k, v, ""]
    elif layout == "txt_lettered":
        lines += [f"A. {heading(spec, 'identification')}", ""] + [f"{k}: {v}" for k, v in fields] + [""]
    else:
        colon = " :" if french else ":"
        lines += [f"{k}{colon} {v}".rstrip() for k, v in fields] + [""]
    letters = "BCDEFGH"
    body = sections(p, spec)
    if layout == "txt_csr":
        body = [("csr", [general(p, spec)]), ("key", [f"- {a}" for a in specific(p, spec)]),
                ("structure", structure_text(p, spec)), ("dimensions", [dimensions_prose(p, spec)])]
    for n, (key, text) in enumerate(body):
        name = {"csr": "Résultats axés sur le service à la clientèle" if french else "Client Service Results",
                "key": "Activités principales" if french else "Key Activities"}.get(key) or heading(spec, key)
        if layout == "txt_lettered":
            name = f"{letters[n]}. {name}"
        elif layout == "txt_inline" and spec.caps:
            name = f"{n + 1}. {name.upper()}"
        elif layout == "txt_nextline":
            name = name + ":"
        lines += [name, ""] + text
        if key == "structure" and spec.reports == "table":
            lines += [""] + table_text(report_rows(p, spec), "    ")
        lines.append("")
    lines += signature_lines(p, spec)
    return "\n".join(lines).rstrip() + "\n"


def markdown_layout(p: Position, spec: Spec) -> str:
    lines = ["# Description de travail" if fr(spec) else "# Work Description", "",
             f"## {heading(spec, 'identification')}", ""]
    fields = header_fields(p, spec)
    if spec.layout == "md_table":
        lines += ["| | |", "|---|---|"] + [f"| {k} | {v} |" for k, v in fields]
    else:
        lines += [f"*   **{k}:** {v}".rstrip() for k, v in fields]
    for n, (key, text) in enumerate(sections(p, spec), 1):
        name = heading(spec, key)
        lines += ["", f"## {n}. {name.upper()}" if spec.layout == "md_table" else f"## {name}", ""]
        for line in text:
            dim = re.match(r"^([^:]+): (.+)$", line) if key == "dimensions" else None
            if dim:
                lines.append(f"*   **{dim[1]}:** {dim[2]}")
            elif line.startswith("- "):
                lines.append("*   " + line[2:])
            else:
                lines.append(line)
        if key == "structure" and spec.reports == "table":
            rows = report_rows(p, spec)
            lines += ["", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    lines += signature_lines(p, spec)
    return "\n".join(lines).rstrip() + "\n"


# --- damage ----------------------------------------------------------------------------------

DIGIT_SWAPS = {"0": "O", "1": "Il", "5": "S"}
LETTER_SWAPS = (("rn", "m"), ("m", "rn"), ("l", "1"), ("i", "l"), ("e", "c"), ("t", "f"), ("S", "5"), ("O", "0"))


def damaged(text: str, rng: random.Random, rate: float, keep: tuple[str, ...] = ()) -> str:
    """OCR damage: digits read as letters in codes and amounts, letters confused in words,
    spaces dropped or doubled. The phrases in ``keep`` (titles, which the ground truth keeps as
    written) are left whole."""
    if keep:
        pattern = "(" + "|".join(re.escape(k) for k in sorted(set(keep), key=len, reverse=True)) + ")"
        return "".join(part if n % 2 else damaged(part, rng, rate) for n, part in enumerate(re.split(pattern, text)))

    def token(word: str) -> str:
        if re.search(r"\d", word) and rng.random() < rate * 3:
            return "".join(rng.choice(DIGIT_SWAPS.get(c, c)) if rng.random() < 0.5 else c for c in word)
        if len(word) > 5 and word.isalpha() and rng.random() < rate:
            old, new = rng.choice(LETTER_SWAPS)
            return word.replace(old, new, 1)
        return word
    out = []
    for line in text.split("\n"):
        words = [token(w) for w in line.split(" ")]
        joined = ""
        for i, w in enumerate(words):
            if i:
                r = rng.random()
                joined += "" if r < rate / 3 and w[:1].islower() else "  " if r < rate else " "
            joined += w
        out.append(joined)
    return "\n".join(out)


def titles(p: Position) -> tuple[str, ...]:
    """What OCR damage leaves whole: the titles and the location, which the ground truth keeps as written."""
    s = p.supervisor
    return (p.title, p.title_fr, s.title, s.title_fr) + tuple(t for r in p.reports for t in (r.title, r.title_fr)) + \
        (p.location or ())


def ocr_layout(p: Position, spec: Spec, rng: random.Random) -> str:
    text = text_layout(p, spec)
    footer = f"{p.department_fr} - {p.title_fr.split(',')[0]}" if fr(spec) else f"{p.department} - {p.title.split(',')[0]}"
    of = "de" if fr(spec) else "of"
    if spec.damage == "ocr_columns":
        lines = [x for x in text.splitlines() if x.strip()]
        split = next(i for i, x in enumerate(lines) if x.strip().endswith(heading(spec, "structure")))
        left = textwrap.wrap(damaged(" ".join(lines[:split]), rng, 0.05, titles(p)), 48)
        right = textwrap.wrap(damaged(" ".join(lines[split:]), rng, 0.05, titles(p)), 52)
        rows = [f"{a.ljust(50)}{b}" for a, b in zip(left + [""] * len(right), right + [""] * len(left))
                if a or b]
        return "\n".join(rows) + f"\n{footer}   Page 1 {of} 1\n"
    flat = damaged(" ".join(text.split()), rng, 0.06, titles(p))
    if spec.damage == "ocr_pages":
        words = flat.split(" ")
        pages = [" ".join(words[i:i + 160]) for i in range(0, len(words), 160)]
        return "\n".join((f"{n} " if n > 1 else "") + f"{page} {footer} Page {n} {of} {len(pages)}"
                         for n, page in enumerate(pages, 1)) + "\n"
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + flat + "\n"


# --- Word ------------------------------------------------------------------------------------

FIXED_ZIP_TIME = (2024, 3, 1, 9, 0, 0)


def stable_zip(data: bytes) -> bytes:
    """The same .docx bytes on every run: fixed entry times and order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME), src.read(info.filename),
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def new_docx():
    import docx

    document = docx.Document()
    props = document.core_properties
    props.author, props.last_modified_by, props.revision = "HR Classification", "HR Classification", 3
    props.created = props.modified = dt.datetime(2024, 3, 1, 9, 0, 0)
    return document


def saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return stable_zip(out.getvalue())


def docx_layout(p: Position, spec: Spec) -> bytes:
    document = new_docx()
    document.add_heading("Description de travail" if fr(spec) else
                         "Executive Work Description / Description de travail de cadre" if spec.lang == "bilingual"
                         else "Executive Work Description", 1)
    fields = header_fields(p, spec)
    if spec.layout == "docx_paragraphs":
        for k, v in fields:
            para = document.add_paragraph()
            para.add_run(f"{k}:").bold = True
            if spec.labels == 3:
                document.add_paragraph(v)
            else:
                para.add_run(f" {v}")
    else:
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for k, v in fields:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = k, v
    for key, text in sections(p, spec):
        document.add_heading(heading(spec, key), 2)
        if key == "dimensions" and spec.layout == "docx_table" and spec.money != "million":
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for line in text:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = line.split(": ", 1)
            continue
        for line in text:
            style = "List Bullet" if line.startswith("- ") else "List Number" if re.match(r"^\d+\. ", line) else None
            document.add_paragraph(re.sub(r"^(- |\d+\. )", "", line), style=style)
        if key == "structure" and spec.reports == "table":
            rows = report_rows(p, spec)
            table = document.add_table(rows=0, cols=len(rows[0]))
            table.style = "Table Grid"
            for row in rows:
                for cell, value in zip(table.add_row().cells, row):
                    cell.text = value
    for line in signature_lines(p, spec)[1:]:
        if line:
            document.add_paragraph(line)
    return saved(document)


# --- PDF -------------------------------------------------------------------------------------

def pdf_escaped(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252", "replace")


def pdf_page_stream(lines: list[str], footer: str, style: str) -> bytes:
    """A page's content stream: a line at a time at its own position, as Word writes it, and a footer."""
    out = [b"BT /F1 9 Tf"]
    y = 790
    for line in lines:
        if style == "kerned" and " " in line:
            words = line.split(" ")
            shown = b"[" + b" -250 ".join(b"(" + pdf_escaped(w) + b")" for w in words) + b"] TJ"
        else:
            shown = b"(" + pdf_escaped(line) + b") Tj"
        out.append(b"1 0 0 1 50 %d Tm %b" % (y, shown))
        y -= 12
    out.append(b"1 0 0 1 50 30 Tm (" + pdf_escaped(footer) + b") Tj ET")
    return b"\n".join(out)


def pdf_layout(p: Position, spec: Spec) -> bytes:
    text = text_layout(p, spec)
    width = 70 if spec.pdf == "wrap" else 110
    lines: list[str] = []
    for line in text.splitlines():
        lines += textwrap.wrap(line, width, subsequent_indent="") or [""]
    per_page = 58
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    footer = f"{p.title} - {'Description de travail' if fr(spec) else 'Work description'}"
    streams = [pdf_page_stream(page, f"{footer}    Page {n} / {len(pages)}", spec.pdf)
               for n, page in enumerate(pages, 1)]
    return pdf_bytes(streams)


# --- the ground truth ------------------------------------------------------------------------

def truth(p: Position, spec: Spec, versions: dict[str, list[str]]) -> dict:
    title: object = p.title_fr if fr(spec) else p.title
    if spec.lang == "bilingual" or spec.layout == "txt_en_fr":
        title = [p.title, p.title_fr]
    s = p.supervisor
    sup_title: object = s.title_fr if fr(spec) else s.title
    if spec.lang == "bilingual" or spec.layout == "txt_en_fr":
        sup_title = [s.title, s.title_fr]
    given = {
        "job_code": p.job_code if states(spec, "job_code") else None,
        "effective_date": p.effective if states(spec, "effective") else None,
        "location": location_text(p, dataclasses.replace(spec, lang="en", loc="city" if spec.loc == "city" else "name"))
        if states(spec, "location") and p.location else None,
        "salary": p.salary if states(spec, "salary") else None,
        "o_and_m": p.o_and_m if states(spec, "o_and_m") else None,
        "total": p.total if states(spec, "total") else None,
    }
    sup_number = s.number if spec.sup in ("fields", "reports_to") else None
    sup_cls = s.classification if spec.sup != "reports_to_title" else None
    reports = [{"title": r.title_fr if fr(spec) else r.title,
                "classification": r.classification if spec.detail != "none" else None,
                "fte": r.fte if spec.detail == "full" else None} for r in p.reports]
    fields = {"title": title, "classification": p.classification, "job_code": given["job_code"],
              "position_number": p.number, "effective_date": given["effective_date"],
              "supervisor": {"position_number": sup_number, "title": sup_title, "classification": sup_cls},
              "direct_reports": reports, "salary": given["salary"], "o_and_m": given["o_and_m"],
              "total": given["total"], "location": given["location"]}
    not_stated = [k for k in ("job_code", "effective_date", "salary", "o_and_m", "total", "location")
                  if fields[k] is None]
    not_stated += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    out = {"document": spec.name, "kind": spec.kind, "language": "bilingual" if spec.layout == "txt_en_fr" else
           spec.lang, "outcome": "import", "fields": fields, "not_stated": not_stated,
           "also": {"fte": p.fte if states(spec, "fte") else None, "operating_budget": None,
                    "program_budget": p.program_budget if states(spec, "program") else None,
                    "provisional_number": p.provisional},
           "people": list(p.people) if spec.people else []}
    if len(versions[p.key]) > 1:
        out["versions"] = {"position": p.number or p.provisional, "documents": versions[p.key]}
    return out


# --- documents to refuse ---------------------------------------------------------------------

JOB_POSTER = """\
Job opportunity - Government of Canada

Director, Indigenous Procurement
Indigenous Services Canada - Procurement and Contracting Directorate
Gatineau (Québec)
EX-01
$127,000 to $149,400

For further information on the organization, please visit Indigenous Services Canada.

Closing date: 14 March 2024 - 23:59, Pacific Time
Who can apply: Persons residing in Canada and Canadian citizens residing abroad.
Reference number: ISC24J-118832
Selection process number: 24-ISC-EA-EX-0073

Apply online

Work environment
Join a team that is changing how the federal government buys goods and services from Indigenous
businesses. You will lead a directorate of about 30 people and work with Indigenous economic
organizations across the country.

Intent of the process
A pool of qualified candidates may be created to staff similar positions with various tenures.

Positions to be filled: 1

Information you must provide
Your résumé.
A cover letter (maximum two pages) explaining how you meet the education and experience criteria.

ESSENTIAL QUALIFICATIONS
Education: graduation with a degree from a recognized post-secondary institution.
Experience: significant experience managing financial and human resources; experience in procurement
or materiel management; experience working with Indigenous communities or organizations.
Key leadership competencies: create vision and strategy; mobilize people; uphold integrity and
respect; collaborate with partners and stakeholders; promote innovation; achieve results.

CONDITIONS OF EMPLOYMENT
Secret security clearance.

The Public Service of Canada is committed to building a skilled and diverse workforce.
We thank all those who apply. Only those selected for further consideration will be contacted.
"""

ORG_NOTES = """\
# Org chart review - notes

**Date:** 2023-10-17
**Attendees:** HR business partner, DG office, classification advisor

## Items

1. The new org chart for the Corporate Services Branch goes to the ADM next week.
2. Two director boxes still show the old titles (Director, Accommodation and Director, Materiel) -
   classification to confirm whether the merged position stays at EX-01.
3. The Executive Director box under the DG has no position number yet (TBD in PeopleSoft).
4. FTE counts in the boxes come from the March snapshot; refresh them before the ADM sees it.
5. Reminder: work descriptions are needed for every box before the organization design is approved.

## Actions

- Classification advisor: confirm levels of the two director positions.
- DG office: send updated FTE counts by Friday.
- HR business partner: book the ADM briefing.
"""

FRENCH_LETTER = """\
Ottawa, le 9 février 2024

Madame Héloïse Trudel-Nakashima
Gestionnaire, Politiques et planification

Objet : Nomination intérimaire au poste de directrice, Politiques stratégiques (EX-01)

Madame,

J'ai le plaisir de vous confirmer votre nomination intérimaire au poste de directrice,
Politiques stratégiques, de niveau EX-01, du 1er mars au 31 août 2024.

Pendant cette période, vous relèverez du directeur général, Politiques et affaires
intergouvernementales. Votre rémunération sera établie conformément à la Directive sur les
conditions d'emploi des cadres supérieurs.

Je vous prie de signer la présente lettre pour confirmer votre acceptation et de la retourner
à votre conseillère en ressources humaines.

Veuillez agréer, Madame, mes salutations distinguées.

Le sous-ministre adjoint,

Laurent Okonjo-Picard
"""


def garbage_scan(rng: random.Random) -> str:
    alphabet = "aeiouyrstlnmcdhp.,;:'|/\\\\-_=~^`"
    lines = []
    for _ in range(40):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 7))) for _ in range(rng.randint(4, 14))]
        lines.append(" ".join(words))
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(lines) + "\n"


def scanned_pdf() -> bytes:
    """A scanned page: drawing operators only, no text layer."""
    strokes = b"\n".join(b"0.%d g %d %d 4 2 re f" % (i % 9, 40 + (i * 37) % 500, 60 + (i * 53) % 700)
                         for i in range(400))
    return pdf_bytes([strokes])


def refusals() -> list[tuple[str, str, str, bytes]]:
    """(name, kind, language, bytes) of the documents hrkit import must refuse."""
    return [
        ("Opportunity - Director, Indigenous Procurement.txt", "not-a-work-description", "en", JOB_POSTER.encode()),
        ("Org chart review - notes.md", "not-a-work-description", "en", ORG_NOTES.encode()),
        ("Lettre - nomination intérimaire.txt", "not-a-work-description", "fr",
         FRENCH_LETTER.replace("\n", "\r\n").encode("cp1252")),
        ("scan_0193.txt", "unreadable", "en", garbage_scan(random.Random(193)).encode()),
        ("Work description (blank).docx", "unreadable", "en", saved(new_docx())),
        ("Numérisation 2019-03.pdf", "unreadable", "fr", scanned_pdf()),
    ]


# --- the corpus ------------------------------------------------------------------------------

DOCUMENTS: tuple[Spec, ...] = (
    Spec("Director, Lethbridge Research and Development Centre.txt", "aafc-lethbridge", "txt_inline", "text",
         date="dmy", reports="list_paren", fte="fte"),
    Spec("Directeur, Centre de recherche de Lethbridge.docx", "aafc-lethbridge", "docx_table", "docx", lang="fr",
         date="fr_month", money="fr_M", fte="etp", labels=1),
    Spec("Chief Inspector of Explosives.pdf", "nrcan-explosives", "pdf", "pdf", base="txt_nextline", date="abbr",
         money="cents", reports="dash", fte="full", sup="reports_to", labels=2),
    Spec("DG Centralized Operations - Opérations centralisées.docx", "vac-charlottetown", "docx_bilingual", "docx",
         lang="bilingual", date="slash", cls="space", money="M", reports="table"),
    Spec("Warden Collins Bay - scan.txt", "csc-kingston", "ocr", "ocr", base="txt_inline", caps=True, damage="ocr",
         date="ordinal", money="Mtight", reports="cls_first", fte="fte1", sup="reports_to"),
    Spec("RDG Manitoba Region.md", "isc-manitoba", "md_form", "markdown", date="us", reports="prose", fte="staff"),
    Spec("Director, Zoonotic Diseases and Special Pathogens.txt", "phac-nml", "txt_csr", "text", date="long",
         money="K", reports="numbered", fte="approx", sup="reports_to_nonum", labels=3),
    Spec("Banff Field Unit Superintendent.docx", "parks-banff", "docx_paragraphs", "docx", labels=3, date="iso",
         money="million", omit=("job_code",)),
    Spec("DG Consular Operations (2021).txt", "gac-consular", "txt_lettered", "text", date="us", cls="short",
         money="M", people=False),
    Spec("Consular Operations DG - OCR.txt", "gac-consular", "ocr", "ocr-columns", base="txt_lettered",
         damage="ocr_columns", date="us", cls="short", money="M", people=False),
    Spec("Vancouver Processing Centre Director.txt", "ircc-vancouver", "cp1252", "text-cp1252", base="txt_inline",
         encoding="cp1252", newline="\r\n", date="ordinal", money="K", fte="apos", sup="reports_to", labels=2),
    Spec("DG Enterprise Data Centre Services.pdf", "ssc-datacentre", "pdf", "pdf", base="txt_inline", caps=True,
         date="long", money="M", reports="table", loc="code"),
    Spec("Directrice générale, Préservation.md", "lac-preservation", "md_form", "markdown", lang="fr", date="fr_le",
         money="fr_full", fte="etp"),
    Spec("Executive Director, Ontario Operations.docx", "cfia-ontario", "docx_table", "docx", date="us",
         reports="table", sup="reports_to", labels=2),
    Spec("Executive Director Ontario Operations - signed.pdf", "cfia-ontario", "pdf", "pdf", base="txt_inline",
         date="us", reports="dash", fte="fte", sup="reports_to", labels=2),
    Spec("Spectrum Licensing Policy DG - scanned.txt", "ised-spectrum", "ocr", "ocr", base="txt_nextline",
         damage="ocr_pages", date="long", money="M", reports="dash", people=False),
    Spec("Director, Personal Income Tax.txt", "fin-taxpolicy", "txt_nextline", "text", date="slash", cls="nodash",
         money="K", labels=1),
    Spec("Gun and Gang Violence Programs Director.md", "ps-crime", "md_table", "markdown", date="iso", cls="space",
         money="cents", reports="numbered", fte="full"),
    Spec("GM Fleet Maintenance Facility Cape Scott.docx", "dnd-halifax", "docx_table", "docx", date="long", money="M",
         reports="table", labels=3),
    Spec("DG Exploration spatiale - Space Exploration.txt", "csa-astronauts", "txt_inline", "text", lang="bilingual",
         date="iso", money="M", sup="reports_to"),
    Spec("Director Nunavut Region.txt", "cannor-iqaluit", "cp1252", "text-cp1252", base="txt_nextline",
         encoding="cp1252", newline="\r\n", date="abbr", money="K", fte="full"),
    Spec("Regional Vice-President, New Brunswick.pdf", "acoa-nb", "pdf", "pdf", base="txt_lettered", pdf="kerned",
         date="ordinal", money="Mtight"),
    Spec("Directrice, Bureau d'affaires de Montréal.docx", "cer-quebec", "docx_paragraphs", "docx", lang="fr",
         date="fr", money="fr_k", fte="etp", sup="reports_to"),
    Spec("Immigration Law Section Director OCR.txt", "justice-toronto", "ocr", "ocr-columns", base="txt_inline",
         caps=True, damage="ocr_columns", date="us", reports="cls_first", omit=("job_code",)),
    Spec("Director MoG Operations.md", "pco-machinery", "md_form", "markdown", date="long", money="K", fte="fte1",
         omit=("location",), labels=2),
    Spec("DG Recherche, résultats et mise en œuvre.txt", "wage-gba", "txt_inline", "text", lang="fr",
         date="fr_slash", money="fr_cents", reports="prose", fte="effectif"),
    Spec("DG Research, Results and Delivery.md", "wage-gba", "md_table", "markdown", date="ordinal", money="Mtight",
         reports="table", labels=1),
    Spec("Digital Academy director - scan 0311.txt", "csps-learning", "ocr", "ocr", base="txt_csr", damage="ocr",
         date="month", money="M", fte="fte"),
    Spec("Specific Claims Branch DG (bilingual).docx", "crirc-claims", "docx_bilingual", "docx", lang="bilingual",
         date="long", reports="dash", sup="reports_to", labels=1),
    Spec("DG Power Reactor Regulation.pdf", "cnsc-reactors", "pdf", "pdf", base="txt_inline", pdf="wrap", date="us",
         money="M"),
    Spec("Grain Quality Inspection - Director.txt", "cgc-winnipeg", "cp1252", "text-cp1252", base="txt_lettered",
         encoding="cp1252", newline="\r\n", reports="numbered", fte="staff", labels=1),
    Spec("Directeur général régional, Région de l'Est.pdf", "irb-montreal", "pdf", "pdf", lang="fr",
         base="txt_nextline", date="fr", money="fr_full", reports="table"),
    Spec("CanmetÉNERGIE Varennes - numérisé.txt", "nrcan-canmet", "ocr", "ocr", lang="fr", base="txt_inline",
         damage="ocr_pages", date="fr_le", money="fr_M", fte="etp"),
    Spec("ED Business Risk Management Programs (NEW).md", "aafc-agristability", "md_form", "markdown", money="M",
         omit=("effective",), people=False, labels=3),
    Spec("Veterans' Health and Well-being Policy - EN-FR.txt", "vac-policy", "txt_en_fr", "text", date="long"),
    Spec("District Director Lower Mainland Parole.docx", "csc-pacific", "docx_table", "docx", date="ordinal",
         cls="short", money="M", reports="dash", fte="full", sup="reports_to_nonum", loc="code"),
    Spec("SOC Director - 2023.md", "ssc-cyber", "md_table", "markdown", date="slash", money="Mtight",
         reports="table", labels=2),
    Spec("Trade Remedies Export Controls director OCR.txt", "gac-trade", "ocr", "ocr", base="txt_nextline",
         damage="ocr", date="abbr", money="K", detail="cls", people=False),
    Spec("DG Vaccine Supply and Logistics (TBD).txt", "phac-vaccines", "txt_inline", "text", caps=True, date="long",
         money="M"),
    Spec("Directrice d'unité de gestion, Yukon.docx", "parks-yukon", "docx_table", "docx", lang="fr", date="fr",
         cls="space", money="fr_M", fte="etp"),
    Spec("Atlantic Forestry Centre DG.md", "nrcan-forestry", "md_form", "markdown", date="us", money="M",
         sup="reports_to_title", labels=1),
    Spec("DG Corporations Canada - bilingue.md", "ised-corporations", "md_form", "markdown", lang="bilingual",
         date="iso"),
    Spec("RP Ops Pacific scan.txt", "dnd-esquimalt", "ocr", "ocr-columns", base="txt_inline", damage="ocr_columns",
         date="slash", money="M", labels=1),
    Spec("DG Intégrité du Programme de passeport.md", "ircc-passport", "md_table", "markdown", lang="fr", date="fr",
         money="fr_full", reports="table", labels=2),
    Spec("Farm Income and Market Analysis.txt", "aafc-stats", "txt_inline", "text", date="dmy", detail="none",
         people=False, loc="city"),
)


def render(spec: Spec) -> bytes:
    p = BY_KEY[spec.key]
    layout = spec.layout
    if layout.startswith("docx"):
        return docx_layout(p, spec)
    if layout == "pdf":
        return pdf_layout(p, spec)
    if layout.startswith("md"):
        text = markdown_layout(p, spec)
    elif layout == "ocr":
        text = ocr_layout(p, spec, random.Random(zlib.crc32(spec.name.encode())))
    else:
        text = text_layout(p, spec)
    if spec.encoding == "cp1252":
        text = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text).replace(" - ", " \u2013 ")
    return text.replace("\n", spec.newline).encode(spec.encoding)


def main() -> int:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for folder in (corpus, expected):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    versions: dict[str, list[str]] = {}
    for spec in DOCUMENTS:
        versions.setdefault(spec.key, []).append(spec.name)
    for spec in DOCUMENTS:
        (corpus / spec.name).write_bytes(render(spec))
        write_truth(expected, truth(BY_KEY[spec.key], spec, versions))
    for name, kind, language, data in refusals():
        (corpus / name).write_bytes(data)
        write_truth(expected, {"document": name, "kind": kind, "language": language, "outcome": "refuse"})
    print(f"{len(DOCUMENTS)} work descriptions and {len(refusals())} documents to refuse in {corpus}")
    return 0


def write_truth(folder: Path, data: dict) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    (folder / f"{data['document']}.expected.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
