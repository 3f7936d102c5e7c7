"""Write the blind49 corpus (corpus/) and its ground truth (expected/), byte for byte the same on
every run: EX work descriptions of invented positions in science and regulatory departments and
agencies (2008-2025), mostly OCR text and Word files, and a few documents to refuse.

    /work/main/.venv/bin/python bench/import/blind49/make_blind.py
"""
from __future__ import annotations

import datetime
import io
import random
import re
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import docx
import yaml
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
import texts  # noqa: E402

POS = {p["key"]: p for p in texts.POSITIONS}

# (position, kind, file name, year, version tag)
PLAN = [
    ("N1", "ocr-columns", "Director, Mineral Deposits Geoscience (GSC) 2011.txt", 2011, ""),
    ("N2", "docx", "CanmetENERGY-Devon ED work description 2019.docx", 2019, ""),
    ("N3", "docx", "Directeur, Centre de foresterie des Laurentides – DT 2013.docx", 2013, ""),
    ("N4", "ocr", "DG, Canada Centre for Mapping and Earth Observation.txt", 2017, ""),
    ("N5", "ocr", "Dir Energy Efficiency Standards OEE 2009 scan.txt", 2009, ""),
    ("N6", "docx", "Executive Director, Explosives Safety and Security - Directeur exécutif.docx", 2021, ""),
    ("E1", "docx", "DG Prediction Services Operations (MSC) FINAL.docx", 2018, ""),
    ("E2", "ocr", "Director, Air Quality Research – Toronto 2012.txt", 2012, ""),
    ("E3", "ocr", "Directrice, Application de la loi - Région du Québec (signée).txt", 2015, ""),
    ("E4", "docx", "ED Species at Risk Program Management 2020.docx", 2020, ""),
    ("E5", "ocr", "Associate ADM, Science and Technology Branch.txt", 2023, ""),
    ("E6", "text-cp1252", "Director, Plastics Regulatory Affairs 2022.txt", 2022, ""),
    ("H1", "pdf", "Director General, Medical Devices Directorate 2016.pdf", 2016, ""),
    ("H2", "docx", "Director, Bureau of Chemical Safety - signed.docx", 2010, ""),
    ("H3", "ocr", "Director, Product Safety Operations - Directeur, Opérations.txt", 2014, ""),
    ("H4", "docx", "DG, Produits de santé naturels et sans ordonnance.docx", 2024, ""),
    ("H5", "docx", "PMRA Director, Value Assessment & Re-evaluation Management (1).docx", 2017, ""),
    ("H6", "ocr", "Executive Director, Office of Controlled Substances 2019.txt", 2019, ""),
    ("C1", "docx", "Director, Animal Health Science - CFIA 2015.docx", 2015, ""),
    ("C2", "ocr", "Directeur exécutif, Opérations, Centre opérationnel du Québec.txt", 2018, ""),
    ("C3", "pdf", "CFIA Director, Food Import and Export Programs 2021 FINAL.pdf", 2021, ""),
    ("C4", "ocr", "Regional Director, Western Area Inspection (BC) 2008.txt", 2008, ""),
    ("C5", "docx", "VP Science Branch - CFIA's work description 2025.docx", 2025, ""),
    ("T1", "docx", "Director General, Rail Safety 2013.docx", 2013, ""),
    ("T2", "ocr-columns", "RD Civil Aviation, Prairie and Northern Region 2010.txt", 2010, ""),
    ("T3", "text-cp1252", "Directeur régional, Sécurité et sûreté maritimes, Québec 2017.txt", 2017, ""),
    ("T4", "docx", "Executive Director, RPAS Task Force 2017.docx", 2017, ""),
    ("T5", "ocr", "Director, Motor Vehicle Safety Standards 2020.txt", 2020, ""),
    ("F1", "ocr", "DG, Canadian Hydrographic Service 2014 - signed.txt", 2014, "v1"),
    ("F1", "docx", "DG, Canadian Hydrographic Service - revised 2022.docx", 2022, "v2"),
    ("F2", "ocr-columns", "Regional Director, Science, Gulf Region.txt", 2012, ""),
    ("F3", "ocr", "Directeur régional, Sciences, Région du Québec 2016.txt", 2016, ""),
    ("F4", "docx", "ED Aquaculture Management Directorate FINAL.docx", 2019, "same"),
    ("F4", "ocr", "ED Aquaculture Management Directorate - signed.txt", 2019, "same"),
    ("F5", "ocr", "Director, Oceans Protection Plan Science Coordination 2018.txt", 2018, ""),
    ("S1", "docx", "DG, Strategic Data Management Branch (StatCan) 2021.docx", 2021, ""),
    ("S2", "ocr", "Director, Agriculture Division 2009.txt", 2009, ""),
    ("S3", "ocr", "Directrice, Division de la statistique de la santé 2014.txt", 2014, ""),
    ("S4", "text-cp1252", "Director, Regional Operations – Eastern Region (Sherbrooke).txt", 2011, ""),
    ("S5", "docx", "DG Census Subject Matter, Social & Demographic Stats 2024.docx", 2024, ""),
    ("P1", "ocr", "Field Unit Superintendent, Banff 2015.txt", 2015, ""),
    ("P2", "docx", "Director General, Protected Areas Establishment and Conservation.docx", 2022, ""),
    ("P3", "docx", "Superintendent, Cape Breton Field Unit - Directeur d'unité de gestion.docx", 2012, ""),
    ("P4", "ocr", "Directrice exécutive, Est du Canada – Parcs Canada.txt", 2020, ""),
    ("P5", "docx", "SVP Operations, Parks Canada - signed.docx", 2023, ""),
]

VERSIONS = {
    "F1": {"documents": ["DG, Canadian Hydrographic Service 2014 - signed.txt",
                         "DG, Canadian Hydrographic Service - revised 2022.docx"],
           "newest": "DG, Canadian Hydrographic Service - revised 2022.docx"},
    "F4": {"documents": ["ED Aquaculture Management Directorate FINAL.docx",
                         "ED Aquaculture Management Directorate - signed.txt"],
           "newest": "ED Aquaculture Management Directorate - signed.txt",
           "same_description": True},
}

# ---------------------------------------------------------------------------------------------
# notations

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: datetime.date, lang: str, rng: random.Random) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        forms = [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                 d.isoformat(), f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"]
        if d.day > 12:
            forms.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
        return rng.choice(forms)
    m = MONTHS_EN[d.month - 1]
    forms = [f"{m} {d.day}, {d.year}", f"{m} {ordinal(d.day)}, {d.year}", f"{d.day} {m} {d.year}", d.isoformat(),
             f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.day:02d}-{m[:3].upper()}-{d.year}",
             f"{m[:3]}. {d.day}, {d.year}" if m != "May" else f"May {d.day}, {d.year}",
             f"{m.upper()} {d.day}, {d.year}", f"{d.year}.{d.month:02d}.{d.day:02d}"]
    return rng.choice(forms)


def group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def fmt_amount(v: int, lang: str, rng: random.Random) -> str:
    forms = []
    m = None
    if v >= 1_000_000 and v % 10_000 == 0:
        m = f"{v / 1e6:.2f}".rstrip("0").rstrip(".")
    elif v >= 1_000_000 and v % 1_000 == 0:
        m = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
    if lang == "fr":
        forms += [f"{group(v, ' ')} $", f"{group(v, ' ')},00 $"]
        if m:
            forms += [f"{m.replace('.', ',')} M$", f"{m.replace('.', ',')} millions $"]
        if v < 1_000_000 and v % 1000 == 0:
            forms += [f"{v // 1000} k$", f"{v // 1000} K$"]
    else:
        forms += [f"${v:,}", f"${v:,}.00"]
        if m:
            forms += [f"${m}M", f"${m} million", f"${m} M"]
        if v < 1_000_000 and v % 1000 == 0:
            forms += [f"${v // 1000}K", f"${v // 1000}k"]
    return rng.choice(forms)


def fmt_cls(cls: str, style: str) -> str:
    head, num = cls.rsplit("-", 1)
    if style == "space":
        return f"{head} {num}"
    if style == "short":
        return f"{head}-{int(num)}"
    if style == "nodash" and head == "EX":
        return f"{head}{num}"
    return cls


def fte_text(n: int, lang: str, style: str) -> str:
    if lang == "fr":
        return {"etp": f"{n} ETP", "effectif": f"effectif de {n}", "employes": f"{n} employés"}.get(style, f"{n} ETP")
    if n == 1 and style in ("ftes", "fte"):
        return "1 FTE"
    return {"ftes": f"{n} FTEs", "fte": f"{n} FTE", "apos": f"{n} FTE's", "staff": f"staff of {n}",
            "employees": f"{n} employees"}[style]


# ---------------------------------------------------------------------------------------------
# people

def person(rng: random.Random, lang: str, used: list[str]) -> str:
    while True:
        if lang == "fr" or (lang == "bilingual" and rng.random() < 0.5) or rng.random() < 0.15:
            name = f"{rng.choice(texts.FIRST_FR)} {rng.choice(texts.LAST_FR)}"
        else:
            name = f"{rng.choice(texts.FIRST_EN)} {rng.choice(texts.LAST_EN)}"
        if name not in used:
            used.append(name)
            return name


# ---------------------------------------------------------------------------------------------
# facts: the truth of one document

def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(10 ** (n - 1), 10 ** n - 1))


def facts(key: str, year: int, vtag: str) -> dict:
    pos = POS[key]
    prng = random.Random(f"blind49:position:{key}")
    frng = random.Random(f"blind49:facts:{key}:{vtag}:{year}")
    number = digits(prng, prng.choice([5, 6, 8]))
    if prng.random() < 0.2:
        number = "000" + digits(prng, 5)
    job_code = digits(prng, 6)
    sup_number = digits(prng, prng.choice([5, 6, 8]))
    lo, hi = {1: (6, 40), 2: (15, 80), 3: (8, 140), 4: (25, 300), 5: (40, 600)}[pos["level"]]
    reports = []
    for title, cls in pos["reports"]:
        if cls.startswith("EX-0") or cls.startswith("EX-"):
            fte = prng.randint(lo, hi)
        elif cls.startswith("AS-0") and int(cls[-2:]) <= 3:
            fte = 1
        else:
            fte = prng.randint(3, 35)
        reports.append({"title": title, "classification": cls, "fte": fte})
    if vtag == "v2" and key == "F1":
        reports.append({"title": "Director, Hydrographic Modernization", "classification": "EX-01", "fte": 27})
        reports[0]["fte"] += 9
    total_fte = sum(r["fte"] for r in reports) + prng.randint(1, 4)
    avg = 88_000 + 2_000 * (year - 2008) + prng.randint(-6, 6) * 1000
    salary = round(total_fte * avg / 10_000) * 10_000
    o_and_m = round(salary * prng.uniform(0.08, 0.45) / 1000) * 1000
    if vtag == "v2":
        o_and_m = round(o_and_m * 1.31 / 1000) * 1000
    program = None
    if prng.random() < 0.3:
        program = prng.randint(2, 160) * 500_000
    month = frng.randint(1, 12)
    day = frng.choice([1, 1, 1, frng.randint(2, 28)])
    return dict(number=number, job_code=job_code, sup_number=sup_number, reports=reports, fte=total_fte,
                salary=salary, o_and_m=o_and_m, total=salary + o_and_m, program=program,
                date=datetime.date(year, month, day))


# ---------------------------------------------------------------------------------------------
# labels and headings

L_EN = dict(
    title=["Position Title", "Title", "POSITION TITLE", "Job Title", "Official Title", "Position title"],
    cls=["Classification", "Group and Level", "GROUP/LEVEL", "Level", "Classification Level", "Group & Level"],
    number=["Position Number", "Position No.", "POSITION NUMBER", "Position #", "Pos. No."],
    job=["Job Code", "Job code", "Job Number", "JOB CODE NO."],
    date=["Effective Date", "Effective date", "Date Effective", "EFFECTIVE DATE", "Classification Effective Date"],
    snum=["Supervisor's Position Number", "Supervisor Position No.", "Reports to (Position No.)"],
    stitle=["Supervisor's Position Title", "Supervisor Title", "Supervisor's Title"],
    scls=["Supervisor's Classification", "Supervisor's Group and Level", "Supervisor Level"],
    reports_to=["Reports to", "REPORTS TO", "Reporting to"],
    loc=["Location", "Geographic Location", "Work Location", "LOCATION"],
    branch=["Branch", "Sector", "Branch/Sector"],
    dept=["Department", "Organization", "Department/Agency"],
    incumbent=["Incumbent", "Name of Incumbent"],
)
L_FR = dict(
    title=["Titre du poste", "Titre", "TITRE DU POSTE", "Intitulé du poste"],
    cls=["Classification", "Groupe et niveau", "Groupe/niveau", "NIVEAU"],
    number=["Numéro du poste", "No du poste", "N° de poste"],
    job=["Code d'emploi", "Numéro de l'emploi", "Code du poste"],
    date=["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le"],
    snum=["Numéro du poste du superviseur", "No du poste du supérieur"],
    stitle=["Titre du poste du superviseur", "Titre du supérieur immédiat"],
    scls=["Classification du superviseur", "Groupe et niveau du supérieur"],
    reports_to=["Relève de", "Supérieur immédiat"],
    loc=["Lieu de travail", "Emplacement", "Lieu géographique"],
    branch=["Direction générale", "Secteur"],
    dept=["Ministère", "Organisation"],
    incumbent=["Titulaire", "Nom du titulaire"],
)
H_EN = dict(
    doc=["Executive Work Description", "EXECUTIVE GROUP POSITION DESCRIPTION", "Work Description – Executive (EX) Group",
         "Job Description", "EXECUTIVE WORK DESCRIPTION"],
    ga=["General Accountability", "GENERAL ACCOUNTABILITY", "Overall Accountability"],
    org=["Organization Structure", "Organizational Structure", "ORGANIZATION AND STRUCTURE", "Structure"],
    ns=["Nature and Scope", "NATURE & SCOPE", "Context and Challenges"],
    dims=["Dimensions", "DIMENSIONS", "Financial and Human Resources", "Key Dimensions"],
    spec=["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Main Activities"],
    csr="Client Service Results", keyact="Key Activities",
    cert=["Certification", "Signatures", "CERTIFICATION"],
    hdr=["Position Identification", "POSITION INFORMATION", "Position Details"],
)
H_FR = dict(
    doc=["Description de travail – Groupe de la direction (EX)", "DESCRIPTION DE TRAVAIL",
         "Description de poste de cadre de direction"],
    ga=["Responsabilité générale", "RESPONSABILITÉS GÉNÉRALES", "Raison d'être du poste"],
    org=["Structure organisationnelle", "ORGANISATION", "Structure"],
    ns=["Nature et étendue", "Contexte", "NATURE ET PORTÉE"],
    dims=["Dimensions", "DIMENSIONS", "Ressources"],
    spec=["Responsabilités particulières", "Responsabilités spécifiques", "ACTIVITÉS PRINCIPALES"],
    csr="Résultats axés sur le service à la clientèle", keyact="Activités principales",
    cert=["Attestation", "Signatures", "APPROBATION"],
    hdr=["Identification du poste", "RENSEIGNEMENTS SUR LE POSTE"],
)

DEPUTY = {"NRCAN": "Deputy Minister", "ECCC": "Deputy Minister", "HC": "Deputy Minister",
          "CFIA": "President", "TC": "Deputy Minister", "DFO": "Deputy Minister",
          "STATCAN": "Chief Statistician of Canada", "PARKS": "Chief Executive Officer"}
DEPUTY_FR = {"NRCAN": "Sous-ministre", "ECCC": "Sous-ministre", "HC": "Sous-ministre", "CFIA": "Président",
             "TC": "Sous-ministre", "DFO": "Sous-ministre", "STATCAN": "Statisticien en chef du Canada",
             "PARKS": "Directeur général de l'Agence"}


def unit_of(title: str, lang: str) -> str:
    low = title.lower()
    if lang == "fr":
        if "division" in low:
            return "division"
        if "unité" in low or "est du canada" in low:
            return "unité"
        return "direction"
    for word in ("Division", "Directorate", "Branch", "Task Force", "Bureau", "Field Unit", "Region", "Office"):
        if word.lower() in low:
            return word.lower()
    return {True: "branch"}.get("general" in low or "president" in low, "directorate")


def fr_de(s: str) -> str:
    """'de' before a French phrase, contracted as French writes it."""
    for a, b in (("les ", "des "), ("le ", "du "), ("la ", "de la "), ("l'", "de l'")):
        if s.startswith(a):
            return b + s[len(a):]
    return "de " + s


def fr_poste(t: str) -> str:
    return ("le poste d'" if t[0] in "AEIOUÉaeioué" else "le poste de ") + t


def short_sup(sup: str) -> str:
    return sup.split(",")[0]


def responsibility(title: str, lang: str) -> str:
    part = title.split(",", 1)[-1].strip()
    if lang == "fr":
        return f"responsable de la gestion du secteur {part}"
    return f"responsible for the {part} function"


# ---------------------------------------------------------------------------------------------
# the document as blocks

def build(key: str, kind: str, name: str, year: int, vtag: str):
    pos = POS[key]
    dept = texts.DEPTS[pos["dept"]]
    f = facts(key, year, vtag)
    # two files of the same description share every choice but their signatures
    rng = random.Random(f"blind49:render:{key}:same" if vtag == "same" else f"blind49:render:{name}")
    srng = random.Random(f"blind49:signatures:{name}")
    lang = pos["lang"]
    tl = "fr" if lang == "fr" else "en"       # the language of the labels and body
    L = L_FR if tl == "fr" else L_EN
    H = H_FR if tl == "fr" else H_EN
    used: list[str] = []
    people: list[str] = []
    not_stated: list[str] = []
    also = {"fte": None, "operating_budget": None, "program_budget": None, "provisional_number": None}

    title = pos["title_fr"] if lang == "fr" else pos["title"]
    level = f"EX-0{pos['level']}"
    cstyle = rng.choice(["std", "std", "std", "space", "short", "nodash"])
    sup_t_en, sup_t_fr, sup_lv = pos["sup"]
    sup_title = sup_t_fr if lang == "fr" else sup_t_en
    sup_cls = f"EX-0{sup_lv}" if sup_lv else None
    loc_en, loc_fr = pos["loc"]
    location = loc_fr.replace(" (", ", ").rstrip(")") if lang == "fr" else loc_en
    unit = unit_of(title, tl)

    truth = dict(title=title, classification=level, job_code=None, position_number=None, effective_date=None,
                 supervisor=dict(position_number=None, title=sup_title, classification=sup_cls),
                 direct_reports=[], salary=None, o_and_m=None, total=None, location=None)

    fields: list[tuple[str, str]] = []
    if lang == "bilingual":
        lab = lambda k: f"{rng.choice(L_EN[k])} / {rng.choice(L_FR[k])}"  # noqa: E731
    else:
        lab = lambda k: rng.choice(L[k])  # noqa: E731

    # header fields, in one of a few orders
    if lang == "bilingual":
        if rng.random() < 0.5:
            fields.append((lab("title"), f"{pos['title']}\n{pos['title_fr']}"))
        else:
            fields.append(("Position Title (English)", pos["title"]))
            fields.append(("Titre du poste (français)", pos["title_fr"]))
    else:
        fields.append((lab("title"), title))
    cls_f = (lab("cls"), fmt_cls(level, cstyle))
    num_mode = rng.random()
    num_f = None
    if num_mode < 0.06 or key == "T4":
        prov = rng.choice(["NEW", "TBD", "To be determined"] if tl == "en" else ["NOUVEAU", "À déterminer"])
        num_f = (lab("number"), prov)
        also["provisional_number"] = prov
    elif num_mode < 0.12:
        pass
    else:
        num_f = (lab("number"), f["number"])
        truth["position_number"] = f["number"]
    job_f = None
    if rng.random() < 0.55:
        job_f = (lab("job"), f["job_code"])
        truth["job_code"] = f["job_code"]
    date_f = None
    if rng.random() < 0.9:
        date_f = (lab("date"), fmt_date(f["date"], tl, rng))
        truth["effective_date"] = f["date"]
    order = [cls_f, num_f, job_f, date_f]
    if rng.random() < 0.4:
        order = [num_f, job_f, cls_f, date_f]
    fields += [x for x in order if x]
    fields.append((lab("dept"), dept["fr"] if tl == "fr" else dept["en"]))
    if rng.random() < 0.7:
        fields.append((lab("branch"), pos["branch"]))

    # supervisor
    smode = rng.choice(["fields3", "fields3", "fields2", "titlecls", "titlecls", "sentence", "sentence_num"])
    if sup_cls is None and smode == "titlecls":
        smode = "fields3"
    sup_sentence = None
    if smode == "fields3":
        fields.append((lab("snum"), f["sup_number"]))
        truth["supervisor"]["position_number"] = f["sup_number"]
        fields.append((lab("stitle"), sup_title if lang != "bilingual" else f"{sup_t_en} / {sup_t_fr}"
                       if rng.random() < 0.0 else sup_title))
        if sup_cls:
            fields.append((lab("scls"), fmt_cls(sup_cls, cstyle)))
    elif smode == "fields2":
        fields.append((lab("stitle"), sup_title))
        if sup_cls:
            fields.append((lab("scls"), fmt_cls(sup_cls, cstyle)))
    elif smode == "titlecls":
        fields.append((lab("reports_to"), f"{sup_title} ({fmt_cls(sup_cls, cstyle)})"))
        if rng.random() < 0.4:
            fields.append((lab("snum"), f["sup_number"]))
            truth["supervisor"]["position_number"] = f["sup_number"]
    else:
        num = f["sup_number"] if smode == "sentence_num" else None
        truth["supervisor"]["position_number"] = num
        cl = f" ({fmt_cls(sup_cls, cstyle)})" if sup_cls else ""
        if tl == "fr":
            sup_sentence = (f"Le titulaire relève directement du {sup_title}{cl}"
                            + (f", poste no {num}" if num else "") + ".")
            if sup_title.startswith("Vice-président") or sup_title.startswith("Sous-ministre"):
                sup_sentence = sup_sentence.replace("du ", "du ", 1)
        else:
            sup_sentence = (f"The {title} reports to the {sup_title}{cl}"
                            + (f" (position number {num})" if num else "") + ".")
    if sup_cls is None and smode in ("fields3", "fields2"):
        pass

    # location
    loc_style = rng.random()
    if rng.random() < 0.88:
        truth["location"] = location
        shown = location
        city, prov = location.split(", ") if ", " in location else (location, "")
        if tl == "fr":
            shown = rng.choice([location.replace(", ", " ("), location]) if False else loc_fr
        elif loc_style < 0.3:
            shown = f"{city} ({prov})"
        elif loc_style < 0.45:
            abbr = {"Ontario": "ON", "Quebec": "QC", "Alberta": "AB", "Manitoba": "MB", "British Columbia": "BC",
                    "New Brunswick": "NB", "Nova Scotia": "NS"}[prov]
            shown = f"{city}, {abbr}"
        if lang == "bilingual":
            shown = loc_fr if rng.random() < 0.3 else shown
        fields.append((lab("loc"), shown))
    incumbent = None
    if rng.random() < 0.3:
        incumbent = person(rng, lang, used)
        fields.append((lab("incumbent"), incumbent))
        people.append(incumbent)

    # direct reports
    rstyle = rng.choice(["paren", "paren", "dash_prefix", "dash_sep", "staff", "bracket", "table", "prose",
                         "colon"] if tl == "en" else ["paren", "paren", "effectif", "dash_sep", "table", "prose"])
    omit = rng.random()
    fstyle = rng.choice(["ftes", "ftes", "fte", "apos", "employees"]) if tl == "en" else rng.choice(["etp", "etp", "employes"])
    reports = []
    for i, r in enumerate(f["reports"]):
        rr = dict(r)
        if omit < 0.12:
            rr["fte"] = None
        elif omit < 0.24 and i == len(f["reports"]) - 1:
            rr["classification"] = None
        reports.append(rr)
    truth["direct_reports"] = reports
    rcls = lambda c: fmt_cls(c, cstyle) if c.startswith("EX") else c  # noqa: E731
    with_resp = rng.random() < 0.5
    staff_word = rng.choice(["staff of", "Staff of"])

    def report_line(r) -> str:
        t, c, n = r["title"], r["classification"], r["fte"]
        c = rcls(c) if c else None
        ft = fte_text(n, tl, fstyle) if n is not None else None
        resp = (": " + responsibility(t, tl) + ".") if with_resp else ""
        if rstyle == "staff" and ft is not None:
            ft = f"{staff_word} {n}"
        if rstyle == "effectif" and ft is not None:
            ft = f"effectif de {n}"
        if rstyle in ("paren", "staff", "effectif"):
            if rstyle in ("staff", "effectif"):
                inner = f" ({c})" if c else ""
                return f"{t}{inner}" + (f", ({ft})" if ft else "") + (" " + resp[2:] if resp else "")
            inside = ", ".join(x for x in (c, ft) if x)
            return f"{t} ({inside}){resp}" if inside else f"{t}{resp}"
        if rstyle == "dash_prefix":
            return (f"{c} - " if c else "") + t + (f" ({ft})" if ft else "")
        if rstyle == "dash_sep":
            parts = ([c] if tl == "fr" and c else []) + [t] + ([c] if tl == "en" and c else []) + ([ft] if ft else [])
            return " – ".join(parts)
        if rstyle == "bracket":
            return t + (f" [{c}]" if c else "") + (f" ({ft})" if ft else "")
        return t + (f", {c}" if c else "") + (f" ({ft})" if ft else "")

    # dimensions
    dmode = rng.choice(["fields", "fields", "fields", "two", "combined", "sentence", "table"])
    if kind in ("docx",) and rng.random() < 0.3:
        dmode = "table"
    famt = lambda v: fmt_amount(v, tl, rng)  # noqa: E731
    dims_fields: list[tuple[str, str]] = []
    dims_sentence = None
    show_fte = rng.random() < 0.8
    if show_fte:
        also["fte"] = f["fte"]
    if f["program"] and rng.random() < 0.8:
        also["program_budget"] = f["program"]
    if tl == "fr":
        ls = rng.choice(["Salaires", "Budget salarial", "Salaire"])
        lo = rng.choice(["F et E", "Fonctionnement et entretien (F et E)", "Budget de F et E"])
        lt = rng.choice(["Total", "Budget total", "Total des ressources"])
        lf = rng.choice(["ETP", "Effectif (ETP)", "Nombre d'ETP"])
        lp = "Subventions et contributions"
        lc = "Budget de salaires et de F et E"
    else:
        ls = rng.choice(["Salary", "Salary budget", "Salaries", "Salary Dollars"])
        lo = rng.choice(["O&M", "Operating and Maintenance", "O&M budget", "Non-salary O&M"])
        lt = rng.choice(["Total", "Total budget", "Total Salary and O&M"])
        lf = rng.choice(["FTEs", "FTE's", "Number of FTEs", "Employees"])
        lp = rng.choice(["Grants and Contributions", "Program budget (Gs&Cs)"])
        lc = rng.choice(["Combined salary and O&M budget", "Salary and O&M"])
    if show_fte:
        dims_fields.append((lf, str(f["fte"])))
    if dmode in ("fields", "table", "sentence"):
        truth.update(salary=f["salary"], o_and_m=f["o_and_m"], total=f["total"])
        if dmode == "sentence":
            if tl == "fr":
                dims_sentence = (f"La {unit} compte " + (f"{f['fte']} ETP" if show_fte else "des employés")
                                 + f" et dispose d'un budget salarial de {famt(f['salary'])} et d'un budget de "
                                 f"fonctionnement et d'entretien de {famt(f['o_and_m'])}, pour un total de "
                                 f"{famt(f['total'])}.")
            else:
                dims_sentence = (f"The {unit} has " + (f"{f['fte']} FTEs, " if show_fte else "")
                                 + f"a salary budget of {famt(f['salary'])} and an O&M budget of "
                                 f"{famt(f['o_and_m'])}, for a total of {famt(f['total'])}.")
            dims_fields = []
        else:
            dims_fields += [(ls, famt(f["salary"])), (lo, famt(f["o_and_m"])), (lt, famt(f["total"]))]
    elif dmode == "two":
        truth.update(salary=f["salary"], o_and_m=f["o_and_m"])
        dims_fields += [(ls, famt(f["salary"])), (lo, famt(f["o_and_m"]))]
    else:
        truth.update(total=f["total"])
        dims_fields += [(lc, famt(f["total"]))]
    if also["program_budget"]:
        pl = (lp, famt(f["program"]))
        if dims_sentence:
            dims_sentence += (f" Le titulaire gère en outre un budget de {lp.lower()} de {pl[1]}." if tl == "fr"
                              else f" The incumbent also manages a {lp.lower()} budget of {pl[1]}.")
        else:
            dims_fields.append(pl)
    if dims_sentence and show_fte is False:
        pass

    # prose
    def fill(s: str, lg: str) -> str:
        topic = pos["topic"][1 if lg == "fr" else 0]
        sup = pos["sup"][1 if lg == "fr" else 0] or pos["sup"][0]
        if lg == "fr":
            s = s.replace("de {topic}", "{de_topic}")
        return s.format(de_topic=fr_de(topic) if lg == "fr" else "", topic=topic, area=topic.split(",")[0], sup=sup, unit=unit if lg == tl else unit_of(pos["title"], "en"))

    def ga_text(lg: str) -> str:
        topic = pos["topic"][1 if lg == "fr" else 0]
        t = pos["title_fr"] if lg == "fr" else pos["title"]
        if lg == "fr":
            return rng.choice([
                f"Le {t.split(',')[0].lower()} est responsable {fr_de(topic)}, ainsi que de la gestion des ressources "
                f"humaines, financières et matérielles qui lui sont confiées, afin que le Ministère s'acquitte de son "
                f"mandat scientifique et réglementaire.",
                f"Assurer le leadership et l'orientation stratégique {fr_de(topic)}, et conseiller la haute direction sur "
                f"les enjeux scientifiques, réglementaires et opérationnels qui s'y rattachent.",
            ])
        return rng.choice([
            f"The {t.split(',')[0]} is accountable for {topic}, and for the management of the human, financial and "
            f"material resources assigned to the {unit}, so that the Department meets its science and regulatory "
            f"obligations to Canadians.",
            f"Provides leadership and strategic direction for {topic}; advises senior management on related "
            f"scientific, regulatory and operational issues; and manages the {unit}'s resources.",
            f"Accountable for the planning, direction and delivery of {topic}, ensuring evidence-based advice and "
            f"decisions, effective partnerships and the sound stewardship of public resources.",
        ])

    def ns_paras(lg: str) -> list[str]:
        paras = [dept["mandate_fr" if lg == "fr" else "mandate_en"]]
        ch = texts.CHALLENGES_FR if lg == "fr" else texts.CHALLENGES_EN
        picks = rng.sample(ch, 2)
        paras.append(" ".join(fill(c, lg) for c in picks))
        return paras

    def accs(lg: str) -> list[str]:
        pool = texts.ACCOUNTABILITIES_FR if lg == "fr" else texts.ACCOUNTABILITIES_EN
        n = rng.randint(5, min(8, len(pool)))
        idx = sorted(rng.sample(range(len(pool)), n))
        if 0 not in idx:
            idx = [0] + idx[:-1]
        return [fill(pool[i], lg) for i in idx]

    # signatures
    sig: list[str] = []
    signed = srng.random() < 0.75 or "signed" in name or "signée" in name
    blank_sig = "FINAL" in name
    if signed:
        dsig = f["date"] - datetime.timedelta(days=srng.randint(3, 60))
        if blank_sig:
            sig = [("Recommandé par :" if tl == "fr" else "Recommended by:"), "_" * 30, sup_title,
                   ("Approuvé par :" if tl == "fr" else "Approved by:"), "_" * 30,
                   (DEPUTY_FR if tl == "fr" else DEPUTY)[pos["dept"]]]
        else:
            rec = sup_title
            if (DEPUTY_FR if tl == "fr" else DEPUTY)[pos["dept"]].split()[0] in sup_title:
                rec = "Vice-President, Human Resources" if tl == "en" else "Vice-président, Ressources humaines"
            a = person(srng, lang, used)
            b = person(srng, lang, used)
            people += [a, b]
            ds = fmt_date(dsig, tl, srng)
            if tl == "fr":
                sig = [f"Recommandé par : {a}", rec, f"Date : {ds}",
                       f"Approuvé par : {b}", DEPUTY_FR[pos["dept"]], f"Date : {ds}"]
            else:
                sig = [f"Recommended by: {a}", rec, f"Date: {ds}",
                       f"Approved by: {b}", DEPUTY[pos["dept"]], f"Date: {ds}"]
            if srng.random() < 0.5:
                sig = ([f"{a}", rec, ds, "", f"{b}", DEPUTY[pos["dept"]] if tl == "en" else DEPUTY_FR[pos["dept"]], ds])
    if srng.random() < 0.2:
        c = person(srng, lang, used)
        people.append(c)
        sig += ["", (f"Personne-ressource : {c}, conseillère principale en classification" if tl == "fr"
                     else f"Prepared by: {c}, Senior Advisor, Executive Classification")]

    # assemble blocks
    blocks: list[tuple] = []
    if lang == "bilingual":
        blocks.append(("h1", "Work Description / Description de travail"))
    else:
        blocks.append(("h1", rng.choice(H["doc"])))
    if rng.random() < 0.3:
        blocks.append(("h", rng.choice(H["hdr"])))
    blocks.append(("fields", fields))
    csr = tl == "en" and rng.random() < 0.18
    ga_block = [("h", H["csr"] if csr else rng.choice(H["ga"])), ("p", ga_text(tl))]
    org_block = [("h", rng.choice(H["org"]))]
    if sup_sentence:
        org_block.append(("p", sup_sentence))
    intro = (rng.choice([f"The following positions report to the {title}:", "Reporting to the position are:",
                         f"Direct reports to the {title.split(',')[0]}:"])
             if tl == "en" else rng.choice(["Les postes suivants relèvent du titulaire :", "Relèvent du titulaire :"]))
    if rstyle == "table":
        head = (["Position", "Group/Level", "FTEs"] if tl == "en" else ["Poste", "Groupe et niveau", "ETP"])
        org_block += [("p", intro), ("table", head, [[r["title"], rcls(r["classification"]) if r["classification"] else "",
                                                       str(r["fte"]) if r["fte"] is not None else ""] for r in reports])]
    elif rstyle == "prose":
        parts = []
        for r in reports:
            c = rcls(r["classification"]) if r["classification"] else None
            ft = fte_text(r["fte"], tl, fstyle) if r["fte"] is not None else None
            inside = ", ".join(x for x in (c, ft) if x)
            parts.append(f"the {r['title']} ({inside})" if tl == "en" and inside else
                         f"{fr_poste(r['title'])} ({inside})" if inside else
                         (f"the {r['title']}" if tl == "en" else fr_poste(r["title"])))
        joined = "; ".join(parts[:-1]) + ("; and " if tl == "en" else "; et ") + parts[-1]
        org_block.append(("p", (f"The {title} is supported by {len(parts)} direct reports: {joined}."
                                if tl == "en" else f"Relèvent du titulaire : {joined}.")))
    else:
        org_block += [("p", intro), ("ul", [report_line(r) for r in reports])]
    ns_block = [("h", rng.choice(H["ns"]))] + [("p", p) for p in ns_paras(tl)]
    dims_block = [("h", rng.choice(H["dims"]))]
    if dims_sentence:
        dims_block.append(("p", dims_sentence))
        if show_fte and tl == "en" and "FTEs" not in dims_sentence:
            pass
    if dims_fields:
        dims_block.append(("dims", dims_fields, dmode == "table"))
    if csr:
        spec_block = [("h", H["keyact"]), ("ul", [fill(s, "en") for s in texts.KEY_ACTIVITIES_EN])]
    else:
        spec_block = [("h", rng.choice(H["spec"])), ("ol", accs(tl))]
    sections = [ga_block, org_block, ns_block, dims_block, spec_block]
    r = rng.random()
    if r < 0.3:
        sections = [ga_block, ns_block, org_block, dims_block, spec_block]
    elif r < 0.5:
        sections = [ga_block, org_block, dims_block, ns_block, spec_block]
    elif r < 0.65:
        sections = [ga_block, spec_block, org_block, ns_block, dims_block]
    for s in sections:
        blocks += s
    if lang == "bilingual":
        blocks += [("h", "VERSION FRANÇAISE"), ("h", rng.choice(H_FR["ga"])), ("p", ga_text("fr")),
                   ("h", rng.choice(H_FR["ns"])), ("p", dept["mandate_fr"])]
    if sig:
        blocks += [("h", rng.choice(H["cert"]))]
        if rng.random() < 0.6:
            blocks.append(("p", "The foregoing is an accurate statement of the duties and responsibilities assigned "
                                "to the position." if tl == "en" else
                                "La présente description reflète fidèlement les fonctions et les responsabilités "
                                "confiées au poste."))
        blocks.append(("sig", sig))

    for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total", "location"):
        if truth[k] is None:
            not_stated.append(k)
    for k in ("position_number", "title", "classification"):
        if truth["supervisor"][k] is None:
            not_stated.append(f"supervisor.{k}")
    if lang == "bilingual":
        also["title_fr"] = pos["title_fr"]
    meta = dict(lang=lang, tl=tl, dept=dept, people=people, not_stated=not_stated, also=also, rng=rng,
                cstyle=cstyle)
    return blocks, truth, meta


# ---------------------------------------------------------------------------------------------
# plain text layout

def heading_text(t: str, style: str, n: int) -> str:
    if style == "caps":
        return t.upper()
    if style == "numbered":
        return f"{n}. {t}"
    if style == "lettered":
        return f"{'ABCDEFGHIJ'[n - 1]}) {t}"
    if style == "colon":
        return f"{t}:"
    if style == "underline":
        return f"{t}\n{'-' * len(t)}"
    return t


def layout(blocks, rng: random.Random, width: int = 88, fstyle: str | None = None, hstyle: str | None = None,
           lstyle: str | None = None) -> list[str]:
    fstyle = fstyle or rng.choice(["colon", "colon", "next", "dots", "tab", "boxes"])
    hstyle = hstyle or rng.choice(["caps", "numbered", "lettered", "colon", "underline", "plain"])
    lstyle = lstyle or rng.choice(["num", "paren", "dash", "bullet", "star"])
    out: list[str] = []
    hn = 0
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            out += [b[1].upper() if rng.random() < 0.5 else b[1], ""]
        elif kind == "h":
            if b[1] in ("VERSION FRANÇAISE",):
                out += ["", b[1], ""]
                continue
            hn += 1
            out += heading_text(b[1], hstyle, hn).split("\n") + [""]
        elif kind == "fields":
            out += layout_fields(b[1], fstyle)
            out.append("")
        elif kind == "dims":
            if b[2]:
                w = max(len(k) for k, _ in b[1]) + 4
                out += [f"{k.ljust(w)}{v}" for k, v in b[1]]
            else:
                out += layout_fields(b[1], "colon" if fstyle == "boxes" else fstyle)
            out.append("")
        elif kind == "p":
            out += textwrap.wrap(b[1], width) + [""]
        elif kind in ("ol", "ul"):
            for i, item in enumerate(b[1], 1):
                if kind == "ol":
                    mark = {"num": f"{i}.", "paren": f"({'abcdefghij'[i - 1]})"}.get(lstyle, f"{i}.")
                else:
                    mark = {"dash": "-", "bullet": "•", "star": "*"}.get(lstyle, "-")
                lines = textwrap.wrap(item, width - len(mark) - 1)
                out.append(f"{mark} {lines[0]}")
                out += [" " * (len(mark) + 1) + x for x in lines[1:]]
            out.append("")
        elif kind == "table":
            head, rows = b[1], b[2]
            ws = [max(len(str(r[i])) for r in [head] + rows) + 3 for i in range(len(head))]
            for r in [head] + rows:
                out.append("".join(str(c).ljust(w) for c, w in zip(r, ws)).rstrip())
            out.append("")
        elif kind == "sig":
            out += list(b[1]) + [""]
    return out


def layout_fields(fields, style: str) -> list[str]:
    out = []
    if style == "boxes":
        for i in range(0, len(fields), 2):
            pair = fields[i:i + 2]
            if any("\n" in v for _, v in pair):
                for k, v in pair:
                    out += [k.upper()] + ["    " + x for x in v.split("\n")]
                continue
            w = max(len(pair[0][0]), len(pair[0][1])) + 6
            out.append("".join(k.upper().ljust(w) for k, _ in pair).rstrip())
            out.append("".join(v.ljust(w) for _, v in pair).rstrip())
        return out
    w = max(len(k) for k, _ in fields) + 2
    for k, v in fields:
        vs = v.split("\n")
        if style == "next":
            out += [k.upper() if k == k.upper() else k] + ["    " + x for x in vs]
        elif style == "dots":
            out.append(f"{k} {'.' * (w + 8 - len(k))} {vs[0]}")
            out += [" " * (w + 10) + x for x in vs[1:]]
        elif style == "tab":
            out.append(f"{k}\t{vs[0]}")
            out += [f"\t{x}" for x in vs[1:]]
        else:
            sep = " :" if re.search(r"[éèà]|^(Titre|Numéro|No |Code|Date d|Lieu|Minist|Groupe|Relève|Classification du|Direction|Secteur|Organisation|Emplacement|Titulaire|Nom du|Supérieur|N° |Intitulé|En vigueur|NIVEAU|TITRE)", k) else ":"
            out.append(f"{k}{sep} {vs[0]}")
            out += [" " * (len(k) + 2) + x for x in vs[1:]]
    return out


# ---------------------------------------------------------------------------------------------
# OCR damage

DIGIT_SUB = {"0": ["O"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "6": ["b"]}
LETTER_SUB = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("t", "l"), ("cl", "d"), ("h", "b"),
              ("u", "n"), ("f", "t"), ("s", "a")]


def damage_digits(s: str, rng: random.Random, p: float) -> str:
    out = []
    for ch in s:
        if ch in DIGIT_SUB and rng.random() < (p if ch in "01" else p / 4):
            out.append(rng.choice(DIGIT_SUB[ch]))
        else:
            out.append(ch)
    return "".join(out)


def damage_words(s: str, rng: random.Random, q: float, accents: bool = False) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 4 and rng.random() < q:
            a, b = rng.choice(LETTER_SUB)
            if a in w:
                i = w.index(a)
                w = w[:i] + b + w[i + len(a):]
        if accents and rng.random() < 0.5:
            w = w.replace("é", "e").replace("è", "e").replace("à", "a")
        out.append(w)
    res = out[0] if out else ""
    for w in out[1:]:
        res += ("" if rng.random() < q / 3 else " ") + w
    return res


def ocr_blocks(blocks, rng: random.Random, p: float, q: float, accents: bool):
    """Damage the blocks as a scan would: digits everywhere, letters in the prose."""
    out = []
    for b in blocks:
        k = b[0]
        if k == "fields":
            out.append(("fields", [(damage_words(a, rng, q / 2), damage_digits(v, rng, p)) for a, v in b[1]]))
        elif k == "dims":
            out.append(("dims", [(a, damage_digits(v, rng, p)) for a, v in b[1]], b[2]))
        elif k == "p":
            out.append(("p", damage_digits(damage_words(b[1], rng, q, accents), rng, p)))
        elif k in ("ol", "ul"):
            out.append((k, [damage_digits(damage_words(x, rng, q if k == "ol" else 0, accents), rng, p) for x in b[1]]))
        elif k == "table":
            out.append(("table", b[1], [[damage_digits(c, rng, p) for c in r] for r in b[2]]))
        elif k == "sig":
            lines = [damage_digits(x, rng, p) for x in b[1]]
            if rng.random() < 0.6:
                lines.insert(rng.randrange(len(lines) + 1), rng.choice(
                    ["[ Signatory: MA eget ee | Signet gE A [Bete a", "~ ! ! !C C ate!", "(i (CO;!;*;*;* ; ! !",
                     "\\ /~ /- -", "ORIGINAL SIGNED BY / ORIGINAL SIGNÉ PAR"]))
            out.append(("sig", lines))
        else:
            out.append(b)
    return out


def hyphen_wrap(lines: list[str], rng: random.Random, width: int) -> list[str]:
    out = []
    for line in lines:
        if len(line) <= width:
            out.append(line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                if len(w) > 7 and w.isalpha() and rng.random() < 0.5:
                    cut = rng.randint(3, len(w) - 3)
                    out.append(f"{cur} {w[:cut]}-")
                    cur = w[cut:]
                    continue
                out.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return out


WRAPPER = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"


def render_ocr(blocks, meta, name: str) -> str:
    rng = meta["rng"]
    strength = rng.choice([0.15, 0.3, 0.45])
    q = rng.choice([0.02, 0.04, 0.06])
    dblocks = ocr_blocks(blocks, rng, strength, q, meta["tl"] == "fr" and rng.random() < 0.3)
    mode = rng.choice(["pages", "pages", "runon", "lines", "lines"])
    lines = layout(dblocks, rng, width=rng.choice([70, 80, 92]) if mode != "lines" else 400)
    footer = rng.choice([meta["dept"]["en"] if meta["tl"] == "en" else meta["dept"]["fr"],
                         "PROTECTED A / PROTÉGÉ A", "Executive Work Description", "EX Work Description - Confidential"])
    if mode == "lines":
        lines = hyphen_wrap(lines, rng, rng.choice([72, 78, 84]))
    per = rng.randint(38, 55)
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    if mode == "runon":
        body = " ".join(x.strip() for x in lines if x.strip())
        text = body
    elif mode == "pages":
        out = []
        for i, pg in enumerate(pages, 1):
            s = " ".join(x.strip() for x in pg if x.strip())
            out.append((f"{i} " if i > 1 else "") + s + f" {footer}")
        text = "\n".join(out)
    else:
        out = []
        pstyle = rng.choice(["of", "dash", "plain"])
        for i, pg in enumerate(pages, 1):
            out += pg
            mark = {"of": f"Page {i} of {n}", "dash": f"- {i} -", "plain": str(i)}[pstyle]
            out += ["", f"{footer}    {mark}", "\f" if rng.random() < 0.5 else ""]
        text = "\n".join(out).rstrip() + "\n"
    if rng.random() < 0.8:
        text = WRAPPER + text
    return text


def render_ocr_columns(blocks, meta, name: str) -> str:
    """The header and the general accountability across the page, then two columns read across the line:
    structure, reports and dimensions on the left, the rest on the right."""
    rng = meta["rng"]
    strength = rng.choice([0.25, 0.4])
    dblocks = ocr_blocks(blocks, rng, strength, 0.04, False)
    top, left, right = [], [], []
    state = "top"
    for b in dblocks:
        if b[0] == "h" and state == "top" and b[1] in sum((H_EN["org"], H_FR["org"]), []):
            state = "left"
        if b[0] == "h" and state != "top":
            state = "left" if b[1] in sum((H_EN["org"], H_EN["dims"], H_FR["org"], H_FR["dims"]), []) else "right"
        {"top": top, "left": left, "right": right}[state].append(b)
    hs = rng.choice(["caps", "colon"])
    tl = layout(top, rng, width=90, fstyle="colon", hstyle=hs)
    ll = layout(left, rng, width=44, fstyle="colon", hstyle=hs)
    ll = [x for y in ll for x in (textwrap.wrap(y, 44) or [""])]
    rl = layout(right, rng, width=50, fstyle="colon", hstyle=hs)
    ll = [x for x in ll if x.strip()]
    rl = [x for x in rl if x.strip()]
    rows = []
    for i in range(max(len(ll), len(rl))):
        a = ll[i] if i < len(ll) else ""
        b = rl[i] if i < len(rl) else ""
        rows.append(f"{a} {b}".strip() if rng.random() < 0.5 else f"{a} | {b}".strip(" |"))
    if rng.random() < 0.5:
        text = " ".join(x.strip() for x in tl if x.strip()) + " " + " ".join(rows)
    else:
        text = "\n".join(x for x in tl if x.strip()) + "\n" + "\n".join(rows) + "\n"
    return WRAPPER + text


def render_cp1252(blocks, meta, name: str) -> bytes:
    rng = meta["rng"]
    lines = layout(blocks, rng, width=rng.choice([76, 90]), fstyle=rng.choice(["dots", "tab", "next", "colon"]))
    text = "\r\n".join(lines).replace("'", "’")
    return text.encode("cp1252")


def render_pdf(blocks, meta, name: str) -> bytes:
    rng = meta["rng"]
    lines = layout(blocks, rng, width=95)
    lines = [x.replace("\t", "    ").replace("\f", "") for x in lines]
    footer = f"{meta['dept']['en']} - Executive Work Description"
    per = 62
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    pages = []
    for i, ch in enumerate(chunks, 1):
        pages.append("\n".join(ch + ["", f"{footer}    Page {i} of {len(chunks)}"]))
    return pdf_bytes(pages)


# ---------------------------------------------------------------------------------------------
# Word

FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)


def docx_bytes(document) -> bytes:
    cp = document.core_properties
    cp.author = "Classification"
    cp.last_modified_by = "Classification"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    raw = io.BytesIO()
    document.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(blocks, meta, name: str) -> bytes:
    rng = meta["rng"]
    d = docx.Document()
    d.styles["Normal"].font.name = rng.choice(["Arial", "Calibri", "Times New Roman"])
    d.styles["Normal"].font.size = Pt(rng.choice([10, 11, 12]))
    hmode = rng.choice(["style", "style", "bold", "caps"])
    fmode = rng.choice(["table", "table", "bold", "tab"])
    lmode = rng.choice(["style", "manual"])
    if rng.random() < 0.6:
        sec = d.sections[0]
        sec.header.paragraphs[0].text = rng.choice([meta["dept"]["en"] if meta["tl"] == "en" else meta["dept"]["fr"],
                                                    "PROTECTED A", "Protégé A / Protected A"])
        sec.footer.paragraphs[0].text = rng.choice(["Executive Work Description", "Description de travail EX",
                                                    name.rsplit(".", 1)[0]])
    hn = 0
    for b in blocks:
        k = b[0]
        if k == "h1":
            if hmode == "style":
                d.add_heading(b[1], level=0)
            else:
                p = d.add_paragraph()
                p.add_run(b[1].upper()).bold = True
        elif k == "h":
            hn += 1
            if hmode == "style":
                d.add_heading(b[1], level=1)
            else:
                p = d.add_paragraph()
                p.add_run(b[1].upper() if hmode == "caps" else b[1]).bold = True
        elif k in ("fields", "dims"):
            rows = b[1]
            as_table = fmode == "table" if k == "fields" else (b[2] or fmode == "table")
            if as_table:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for a, v in rows:
                    cells = t.add_row().cells
                    cells[0].text = a
                    cells[1].text = v
                d.add_paragraph()
            else:
                for a, v in rows:
                    p = d.add_paragraph()
                    if fmode == "tab":
                        p.add_run(f"{a}:\t{v}")
                    else:
                        p.add_run(f"{a}: ").bold = True
                        p.add_run(v)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k in ("ol", "ul"):
            for i, item in enumerate(b[1], 1):
                if lmode == "style":
                    d.add_paragraph(item, style="List Number" if k == "ol" else "List Bullet")
                else:
                    d.add_paragraph((f"{i}. " if k == "ol" else "• ") + item)
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b[1]):
                c.text = h
            for r in b[2]:
                for c, v in zip(t.add_row().cells, r):
                    c.text = v
            d.add_paragraph()
        elif k == "sig":
            for line in b[1]:
                d.add_paragraph(line)
    return docx_bytes(d)


# ---------------------------------------------------------------------------------------------
# documents to refuse

def refusals() -> list[tuple[str, str, str, bytes, list[str]]]:
    out = []
    rng = random.Random("blind49:refuse")
    # 1. an organization chart, OCR'd
    used: list[str] = []
    names = [person(rng, "en", used) for _ in range(7)]
    chart = (WRAPPER + "Environment and Climate Change Canada Science and Technology Branch Organization Chart "
             "(as of 2O19-O6-I5) ASSISTANT DEPUTY MINISTER " + names[0] + " EX-O5 | Associate ADM " + names[1]
             + " EX-O4 | | DG Water Science and Technology " + names[2] + " (EX-O3) DG Wildlife and Landscape Science "
             + names[3] + " (EX-O3) DG Atmospheric Science and Technology " + names[4] + " EX-O3 | Director, Air "
             "Quality Research " + names[5] + " EX-OI Director, Climate Research " + names[6] + " EX-OI | Vacant - "
             "Director, Ecotoxicology (EX-01) | Executive Assistant (AS-O3) | For information only - not an "
             "official organization chart. Prepared by Corporate Services, S&T Branch. Page I of I\n")
    out.append(("Org chart - Science and Technology Branch, ECCC 2019.txt", "ocr", "en", chart.encode("utf-8"), names))
    # 2. an unreadable scan
    noise_rng = random.Random("blind49:noise")
    chars = "~!|/\\-_.,:;'`\"^*()[]{}Il1O0oeacrnm "
    lines = ["".join(noise_rng.choice(chars) for _ in range(noise_rng.randint(20, 90))) for _ in range(40)]
    noise = WRAPPER + "\n".join(lines) + "\n"
    out.append(("scan_0047.txt", "ocr", "en", noise.encode("utf-8"), []))
    # 3. a French letter of offer of an acting EX-02 appointment
    used = []
    a, b = person(rng, "fr", used), person(rng, "fr", used)
    d = docx.Document()
    for line in ["Pêches et Océans Canada", "200, rue Kent", "Ottawa (Ontario) K1A 0E6", "",
                 "Le 14 février 2023", "", f"Madame {a}", "Direction des sciences des écosystèmes", "",
                 "Objet : Offre de nomination intérimaire – Directrice exécutive, Sciences des écosystèmes aquatiques (EX-02)",
                 "",
                 f"Madame {a.split()[-1]},",
                 "J'ai le plaisir de vous offrir une nomination intérimaire au poste de directrice exécutive, Sciences "
                 "des écosystèmes aquatiques (EX-02), poste no 51023847, du 1er mars 2023 au 29 février 2024, à "
                 "Ottawa (Ontario).",
                 "Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des cadres "
                 "supérieurs. Pendant la période intérimaire, vous relèverez du directeur général, Sciences des "
                 "écosystèmes.",
                 "Cette offre est conditionnelle au maintien de votre cote de sécurité de niveau Secret. Veuillez "
                 "signer et retourner une copie de la présente lettre d'ici le 21 février 2023.",
                 "", "Veuillez agréer, Madame, mes salutations distinguées.", "", b,
                 "Directeur général, Sciences des écosystèmes", "", "J'accepte l'offre ci-dessus :",
                 f"{a}                Date : 16 février 2023"]:
        d.add_paragraph(line)
    out.append(("Lettre d'offre – nomination intérimaire EX-02 (signée).docx", "docx", "fr", docx_bytes(d), [a, b]))
    # 4. a performance agreement
    used = []
    a, b = person(rng, "en", used), person(rng, "en", used)
    d = docx.Document()
    d.add_heading("Executive Performance Agreement 2022-23", level=0)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Executive", a), ("Position", "Director General, Fisheries Science (EX-03)"),
                 ("Department", "Fisheries and Oceans Canada"), ("Supervisor", b),
                 ("Period", "April 1, 2022 to March 31, 2023")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
    d.add_heading("Commitments", level=1)
    for c in ["Deliver the 2022-23 stock assessment schedule, including the advice for northern cod and snow crab, "
              "by the dates set by Fisheries Management.",
              "Implement the Fisheries Science modernization plan, including the new data platform for survey data.",
              "Lead the recruitment of 12 research scientists and biologists under the Science renewal initiative.",
              "Advance reconciliation by co-developing two research projects with Indigenous partners."]:
        d.add_paragraph(c, style="List Number")
    d.add_heading("Leadership Competencies", level=1)
    d.add_paragraph("Create vision and strategy; mobilize people; uphold integrity and respect; collaborate with "
                    "partners and stakeholders; promote innovation and guide change; achieve results.")
    d.add_heading("Mid-year review", level=1)
    d.add_paragraph("On track. Two stock assessments were deferred because the research vessel was out of service.")
    d.add_paragraph(f"Executive: {a}        Supervisor: {b}")
    out.append(("Performance Agreement 2022-23 - DG Fisheries Science FINAL.docx", "docx", "en", docx_bytes(d), [a, b]))
    # 5. a scanned PDF without a text layer
    out.append(("Work description - Director, Hydrography (scanned).pdf", "pdf", "en", pdf_bytes(["", ""]), []))
    return out


# ---------------------------------------------------------------------------------------------

def dump(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)


def main() -> None:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    seen = set()
    for key, kind, name, year, vtag in PLAN:
        assert name not in seen
        seen.add(name)
        blocks, truth, meta = build(key, kind, name, year, vtag)
        if kind == "ocr":
            data = render_ocr(blocks, meta, name).encode("utf-8")
        elif kind == "ocr-columns":
            data = render_ocr_columns(blocks, meta, name).encode("utf-8")
        elif kind == "text-cp1252":
            data = render_cp1252(blocks, meta, name)
        elif kind == "pdf":
            data = render_pdf(blocks, meta, name)
        else:
            data = render_docx(blocks, meta, name)
        (corpus / name).write_bytes(data)
        lang = meta["lang"]
        record = {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": truth,
                  "not_stated": meta["not_stated"], "also": meta["also"], "people": meta["people"],
                  "versions": VERSIONS.get(key)}
        (expected / f"{name}.expected.yaml").write_text(dump(record), encoding="utf-8")
    for name, kind, lang, data, people in refusals():
        (corpus / name).write_bytes(data)
        record = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                  "not_stated": [], "also": None, "people": people, "versions": None}
        (expected / f"{name}.expected.yaml").write_text(dump(record), encoding="utf-8")


if __name__ == "__main__":
    main()
