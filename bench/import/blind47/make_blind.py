"""Write bench/import/blind47/: the folder of a Quebec and New Brunswick regional office (mostly French
EX work descriptions, half of them OCR'd scans, a third Word files, the rest PDFs) and the ground truth.

    /work/main/.venv/bin/python bench/import/blind47/make_blind.py

Deterministic: a fixed seed per document, fixed zip timestamps in the .docx; the same bytes on every run.
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
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
from texts import (ACTIVITES_EN, ACTIVITES_FR, CSR_EN, CSR_FR, DEPTS, FIRST, LAST, MOIS, MONTHS,  # noqa: E402
                   ART, NATURE_EN, NATURE_FR, POSITIONS, PROV, RAISON_EN, RAISON_FR, REPORTS)

SEED = 4747

# ---------------------------------------------------------------------------------------------------------
# The folder: (position index, language, kind, file name, version year or None)
WDS = [
    (0, "fr", "ocr", "DT Directeur régional Prestation des services Est du Québec 2004.txt", 2004),
    (0, "fr", "docx", "Directeur régional, Prestation des services, Est du Québec - révisée 2016.docx", 2016),
    (1, "fr", "docx", "Directrice exécutive, Services aux citoyens (N.-B.) FINAL.docx", None),
    (2, "fr", "ocr", "Scan_CF_Shawinigan_1999.txt", 1999),
    (2, "fr", "ocr", "Directeur CF Shawinigan - signée.txt", 2008),
    (3, "bilingual", "pdf", "DT-BSF Montréal - Directeur (EX-02).pdf", None),
    (4, "fr", "ocr", "Centre fiscal de Jonquière - directrice.txt", None),
    (5, "fr", "docx", "APECA_DT_Directeur Développement des entreprises NB.docx", None),
    (6, "en", "docx", "ACOA - DG Policy and Programs - signed.docx", None),
    (7, "fr", "ocr-columns", "DEC Estrie directeur 2002 (numérisé).txt", None),
    (8, "fr", "docx", "Directrice, Bureau d'affaires du Bas-Saint-Laurent.docx", None),
    (9, "fr", "ocr", "MPO Sciences Mont-Joli 1998.txt", 1998),
    (9, "bilingual", "pdf", "Directeur régional, Sciences - Région du Québec (1).pdf", 2015),
    (10, "bilingual", "ocr", "Gestion des pêches Golfe - DT bilingue.txt", None),
    (11, "fr", "ocr", "GCC SCTM directrice régionale.txt", None),
    (12, "en", "ocr", "Pay Centre Miramichi - Director WD 2011.txt", None),
    (13, "fr", "docx", "SI Région du Québec - DT directeur régional v3.docx", None),
    (14, "fr", "ocr", "ASFC district YUL - description de travail.txt", None),
    (15, "bilingual", "docx", "Directrice, District du Nord du N.-B. - Director, Northern NB District.docx", None),
    (16, "fr", "ocr", "IRCC Opérations Est - directeur régional.txt", None),
    (17, "fr", "ocr", "Directeur d'établissement Donnacona 2001.txt", None),
    (18, "bilingual", "ocr", "SCC Libérations conditionnelles Atlantique.txt", None),
    (19, "fr", "markdown", "Programme sécurité des produits - DT.md", None),
    (20, "fr", "docx", "ACIA COQ Directeur exécutif Opérations (version finale).docx", None),
    (21, "fr", "ocr-columns", "AAC CRD St-Hyacinthe directeur 2005.txt", None),
    (22, "fr", "ocr", "CFL Directeur - scan 2000.txt", None),
    (23, "en", "pdf", "Director, Atlantic Forestry Centre.pdf", None),
    (24, "fr", "docx", "ECCC - Dir rég Application de la loi QC.docx", None),
    (25, "fr", "ocr", "Parcs - DUG Mauricie 2003.txt", 2003),
    (25, "fr", "docx", "Directeur d'unité de gestion, Mauricie et Ouest du Québec - signée.docx", 2019),
    (26, "bilingual", "docx", "Superintendent Northern NB Field Unit - Directrice UG Nord N.-B..docx", None),
    (27, "fr", "ocr", "StatCan collecte Est - directeur.txt", None),
    (28, "fr", "text-cp1252", "DT Directeur régional Sécurité maritime Québec.txt", None),
    (29, "fr", "ocr", "PCH Bureau régional Québec - directeur régional 1998.txt", None),
    (30, "fr", "ocr-columns", "ISDE Spectre Québec - DT (numérisé).txt", None),
    (31, "bilingual", "text", "ACC Directrice de secteur Est du Québec.txt", None),
    (32, "en", "ocr", "Bathurst Call Centre Director.txt", None),
    (33, "fr", "docx", "DT 2023 Directeur Traitement des prestations QC.docx", None),
    (34, "fr", "pdf", "CISR greffe Région de l'Est - directrice.pdf", None),
    (35, "fr", "ocr", "SPC Opérations régionales Québec-Atlantique.txt", None),
    (36, "bilingual", "docx", "ASPC Directeur régional Santé publique Québec (2).docx", None),
    (37, "fr", "ocr", "Bureau de la traduction Moncton - directeur.txt", None),
    (38, "en", "docx", "NRC HHT R&D Director.docx", None),
    (39, "bilingual", "pdf", "DG Services intégrés QC - signée.pdf", None),
]
REFUSE = [
    ("memo", "fr", "docx", "Note de service - mise à jour des descriptions de travail EX.docx"),
    ("offer", "fr", "pdf", "Lettre d'offre - nomination intérimaire EX-01 (signée).pdf"),
    ("orgchart", "fr", "ocr", "Organigramme Région du Québec 2019.txt"),
    ("agreement", "bilingual", "docx", "Entente de rendement 2022-2023 - Performance Agreement.docx"),
    ("notext", "fr", "pdf", "Numérisation_20170612_143355.pdf"),
    ("noise", "fr", "ocr", "DT directeur (illisible) scan.txt"),
]
CP1252 = {"ASFC district YUL - description de travail.txt", "PCH Bureau régional Québec - directeur régional 1998.txt",
          "DT Directeur régional Sécurité maritime Québec.txt"}
YEARS = {"ocr": (1998, 2012), "ocr-columns": (1998, 2008), "docx": (2006, 2024), "pdf": (2011, 2024),
         "text": (2009, 2020), "text-cp1252": (2005, 2014), "markdown": (2018, 2024)}


# ---------------------------------------------------------------------------------------------------------
# Values and their notations

def name(rng, used):
    while True:
        n = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if n not in used:
            used.add(n)
            return n


def cls(level, style):
    g = f"{level:02d}"
    return {"dash": f"EX-{g}", "space": f"EX {g}", "short": f"EX-{level}", "glued": f"EX{g}",
            "lower": f"Ex-{g}", "paren": f"(EX-{g})"}[style]


def date_fr(d, rng):
    day = "1er" if d.day == 1 else str(d.day)
    styles = ["long", "le", "iso", "iso", "dots"] + (["dmy"] if d.day > 12 else [])
    s = rng.choice(styles)
    if s == "long":
        return f"{day} {MOIS[d.month - 1]} {d.year}"
    if s == "le":
        return f"le {day} {MOIS[d.month - 1]} {d.year}"
    if s == "iso":
        return d.isoformat()
    if s == "dots":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def date_en(d, rng):
    s = rng.choice(["mdy", "dmy", "iso"])
    if s == "mdy":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if s == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return d.isoformat()


def group3(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def amount_fr(n, rng, nbsp=False):
    sp = "\u00a0" if nbsp else " "
    styles = ["full", "full", "cents"]
    if n % 10000 == 0:
        styles += ["M", "M"]
    if n % 1000 == 0:
        styles += ["k"]
    s = rng.choice(styles)
    if s == "full":
        return f"{group3(n, sp)}{sp}$"
    if s == "cents":
        return f"{group3(n, sp)},00{sp}$"
    if s == "k":
        return f"{group3(n // 1000, sp)}{sp}k$"
    m = f"{n / 1e6:.2f}".replace(".", ",")
    if m.endswith("0") and rng.random() < 0.5:
        m = m[:-1]
    return rng.choice([f"{m}{sp}M$", f"{m} M$", f"{m} millions $"])


def amount_en(n, rng):
    styles = ["full", "full"]
    if n % 10000 == 0:
        styles += ["M", "million"]
    if n % 1000 == 0:
        styles += ["K"]
    s = rng.choice(styles)
    if s == "full":
        return f"${n:,}"
    if s == "K":
        return f"${n // 1000:,}K"
    m = f"{n / 1e6:.2f}"
    return f"${m}M" if s == "M" else f"${m} million"


def french(s):
    """Contractions after the fill-ins (de le -> du, à les -> aux), a capital to start a sentence."""
    for a, b in (("de le ", "du "), ("de les ", "des "), ("à le ", "au "), ("à les ", "aux "), ("de l'", "de l'")):
        s = s.replace(a, b)
    s = re.sub(r"\b(de|que) ([AEIOUÉ])", lambda m: m.group(1)[0] + "'" + m.group(2), s)
    return s[0].upper() + s[1:]


# ---------------------------------------------------------------------------------------------------------
# Positions: base data per position, varied per version

def position_data(i, version_year, kind, year=None):
    p = POSITIONS[i]
    rng = random.Random(SEED * 100 + i)
    dept, tfr, ten, level, city, prov, ufr, uen, sfr, sen, slevel = p
    d = dict(versioned=bool(version_year), i=i, dept=dept, dept_fr=DEPTS[dept][0], dept_en=DEPTS[dept][1], title_fr=tfr, title_en=ten,
             level=level, city=city, prov=prov, unit_fr=ufr, unit_en=uen,
             sup_title_fr=sfr, sup_title_en=sen, sup_level=slevel)
    d["pos_no"] = str(rng.randrange(10000, 999999))
    d["sup_no"] = str(rng.randrange(10000, 999999))
    d["job_code"] = rng.choice([str(rng.randrange(100000, 109999)), f"EX-{level:02d}-{rng.randrange(100, 999)}",
                                str(rng.randrange(30000, 89999))])
    n = rng.randrange(3, 7) if level > 1 else rng.randrange(2, 6)
    pool = [k for k in range(len(REPORTS)) if level > 1 or REPORTS[k][2] != "EX-01"]
    picks = rng.sample(pool, n)
    reports = []
    for k in picks:
        rf, re_, rc = REPORTS[k]
        fte = 1 if rc == "AS-02" else rng.randrange(3, 40 if level == 1 else 160)
        reports.append([rf, re_, rc, fte])
    d["reports"] = reports
    yr = version_year or year or rng.randrange(*YEARS[kind])
    d["date"] = dt.date(yr, rng.randrange(1, 13), rng.choice([1, 1, rng.randrange(2, 29)]))
    if version_year and version_year > 2010:  # the revised version of an older description
        r2 = random.Random(SEED + i * 7 + version_year)
        d["reports"] = [r[:3] + [r[3] + r2.randrange(1, 9)] for r in reports]
        k = r2.choice(range(len(REPORTS)))
        if REPORTS[k][0] not in [r[0] for r in reports] and REPORTS[k][2] != "EX-01":
            d["reports"].append(list(REPORTS[k]) + [r2.randrange(4, 25)])
    fte = sum(r[3] for r in d["reports"]) + rng.randrange(1, 6)
    d["fte"] = fte
    d["salary"] = round(fte * rng.randrange(68, 96) * 1000, -4)
    d["om"] = int(rng.choice([round(d["salary"] * rng.uniform(0.04, 0.2), -4), round(d["salary"] * rng.uniform(0.04, 0.2), -3)]))
    d["program"] = rng.randrange(8, 90) * 1000000 if dept in ("dec", "apeca", "pch") else None
    return d


# ---------------------------------------------------------------------------------------------------------
# Label wordings

LBL_FR = {
    "title": ["Titre du poste", "Intitulé du poste", "Titre", "Intitulé", "Titre officiel du poste"],
    "cls": ["Classification", "Niveau", "Groupe et niveau", "Groupe/niveau", "Classification et niveau"],
    "job": ["Code d'emploi", "Numéro de la description de travail", "No de la description type", "Code du poste type"],
    "pos": ["Numéro de poste", "No du poste", "N° de poste", "Numéro du poste"],
    "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'effet"],
    "loc": ["Lieu de travail", "Emplacement géographique", "Lieu", "Endroit"],
    "dept": ["Ministère", "Organisation", "Ministère / organisme"],
    "sup_no": ["Numéro de poste du superviseur", "No du poste du supérieur immédiat", "N° de poste du surveillant"],
    "sup_t": ["Titre du poste du superviseur", "Titre du supérieur immédiat", "Titre du poste du surveillant"],
    "sup_c": ["Classification du superviseur", "Niveau du supérieur immédiat", "Groupe et niveau du surveillant"],
    "relev": ["Relève de", "Supérieur immédiat", "Rend compte à"],
    "fte": ["ETP", "Nombre d'ETP", "Effectif (ETP)", "Équivalents temps plein"],
    "sal": ["Salaires", "Budget salarial", "Masse salariale", "Budget des salaires"],
    "om": ["F et E", "Fonctionnement et entretien (F et E)", "Budget de F et E", "F&E"],
    "tot": ["Total", "Budget total", "Total des budgets", "Budget de fonctionnement total"],
    "prog": ["Budget des subventions et contributions", "Budget de programme (S et C)"],
    "inc": ["Titulaire", "Nom du titulaire"],
}
LBL_EN = {
    "title": ["Position Title", "Title", "Job Title", "Official Title"],
    "cls": ["Classification", "Group and Level", "Level", "Position Level"],
    "job": ["Job Code", "Job Code No.", "Generic Job Number"],
    "pos": ["Position Number", "Position No.", "Pos. No."],
    "date": ["Effective Date", "Effective date", "Date Effective"],
    "loc": ["Location", "Geographic Location", "Work Location"],
    "dept": ["Department", "Organization"],
    "sup_no": ["Supervisor's Position No.", "Supervisor's Position Number"],
    "sup_t": ["Supervisor's Position Title", "Supervisor's Title"],
    "sup_c": ["Supervisor's Classification", "Supervisor's Group and Level"],
    "relev": ["Reports to", "Immediate Supervisor"],
    "fte": ["FTEs", "FTE's", "Number of FTEs", "Staff (FTE)"],
    "sal": ["Salary", "Salary budget", "Salaries"],
    "om": ["O&M", "Operations and Maintenance", "O&M budget"],
    "tot": ["Total", "Total budget"],
    "prog": ["Grants and contributions", "Program budget (G&C)"],
    "inc": ["Incumbent", "Name of incumbent"],
}
HEAD_FR = {
    "doc": ["DESCRIPTION DE TRAVAIL", "Description de travail — Groupe de la direction (EX)",
            "DESCRIPTION DE TRAVAIL DU GROUPE DE LA DIRECTION", "Description de poste de cadre de direction"],
    "ident": ["Identification du poste", "RENSEIGNEMENTS SUR LE POSTE", "Données sur le poste", "Identification"],
    "raison": ["Raison d'être", "Sommaire", "Responsabilités générales", "Objectif général du poste"],
    "struct": ["Structure organisationnelle", "Structure de l'organisation", "Organisation"],
    "nature": ["Nature et étendue", "Contexte", "Nature et portée du travail", "Contexte et défis"],
    "dims": ["Dimensions", "Dimensions du poste", "Données quantitatives", "DIMENSIONS"],
    "acts": ["Responsabilités spécifiques", "Activités principales", "Responsabilités particulières",
             "Principales activités"],
    "csr": ["Résultats axés sur le service à la clientèle"],
    "sign": ["Attestation", "Signatures", "Certification"],
}
HEAD_EN = {
    "doc": ["EXECUTIVE WORK DESCRIPTION", "Job Description", "Work Description - Executive Group (EX)"],
    "ident": ["Position Identification", "Position Details", "POSITION INFORMATION"],
    "raison": ["General Accountability", "Purpose", "Summary"],
    "struct": ["Organization Structure", "Organizational Structure"],
    "nature": ["Nature and Scope", "Context", "Nature & Scope"],
    "dims": ["Dimensions", "DIMENSIONS"],
    "acts": ["Specific Accountabilities", "Key Activities", "Key Responsibilities"],
    "csr": ["Client Service Results"],
    "sign": ["Certification", "Signatures"],
}


def lbl(d, key, lang, rng):
    if lang == "fr":
        return rng.choice(LBL_FR[key])
    if lang == "en":
        return rng.choice(LBL_EN[key])
    return f"{rng.choice(LBL_FR[key])} / {rng.choice(LBL_EN[key])}" if rng.random() < 0.6 else \
        f"{rng.choice(LBL_EN[key])} / {rng.choice(LBL_FR[key])}"


def head(key, lang, rng):
    if lang == "fr":
        return rng.choice(HEAD_FR[key])
    if lang == "en":
        return rng.choice(HEAD_EN[key])
    return f"{rng.choice(HEAD_FR[key])} / {rng.choice(HEAD_EN[key])}"


# ---------------------------------------------------------------------------------------------------------
# A work description as blocks: ("h", text) heading, ("kv", label, value), ("p", text), ("li", text),
# ("table", rows), ("sig", text). The ground truth is built alongside.

def build_wd(d, lang, kind, rng, used_names):
    fr = lang != "en"
    tlang = "en" if lang == "en" else ("fr" if lang == "fr" else "bil")
    blocks, truth_people, not_stated = [], [], []
    region = "du Québec" if d["prov"] == "QC" else "du Nouveau-Brunswick"
    region_en = PROV[d["prov"]][1]
    dept_txt = d["dept_fr"] if fr else d["dept_en"]
    # how values are written
    cstyle = rng.choice(["dash", "dash", "dash", "space", "short", "glued", "lower"])
    if kind.startswith("ocr") and rng.random() < 0.2:
        cstyle = "short"
    title_cls_paren = rng.random() < 0.15  # the level only in the title line: "Titre (EX-01)"
    nbsp = kind in ("docx", "pdf") and rng.random() < 0.5
    famt = (lambda n: amount_fr(n, rng, nbsp)) if lang == "fr" or (lang == "bilingual" and rng.random() < 0.6) \
        else (lambda n: amount_en(n, rng))
    fdate = (lambda x: date_fr(x, rng)) if lang == "fr" or (lang == "bilingual" and rng.random() < 0.5) \
        else (lambda x: date_en(x, rng))
    french_reports = lang == "fr" or (lang == "bilingual" and rng.random() < 0.5)
    french_sup = lang == "fr" or (lang == "bilingual" and rng.random() < 0.4)

    # title
    if lang == "fr":
        title_val, title_truth, also_title_fr = d["title_fr"], d["title_fr"], None
    elif lang == "en":
        title_val, title_truth, also_title_fr = d["title_en"], d["title_en"], None
    else:
        title_val = rng.choice([f"{d['title_fr']} / {d['title_en']}", f"{d['title_en']} / {d['title_fr']}",
                                f"{d['title_en']}\n{d['title_fr']}"])
        title_truth, also_title_fr = d["title_en"], d["title_fr"]
    if title_cls_paren:
        title_val = title_val.replace("\n", f" ({cls(d['level'], 'dash')})\n", 1) if "\n" in title_val else \
            f"{title_val} ({cls(d['level'], 'dash')})"

    # which fields are stated
    has_job = rng.random() < 0.55
    pos_state = rng.choices(["num", "num", "num", "num", "num", "new", "none"], k=1)[0]
    if d.get("versioned"):
        pos_state = "num"
    has_date = rng.random() < 0.9
    has_loc = rng.random() < 0.85
    sup_style = rng.choice(["three", "three", "three", "relev", "relev_no", "sentence"])
    fields = []
    fields.append(("dept", dept_txt if lang != "bilingual" else f"{d['dept_fr']} / {d['dept_en']}"))
    fields.append(("title", title_val))
    if not title_cls_paren:
        fields.append(("cls", cls(d["level"], cstyle)))
    if has_job:
        fields.append(("job", d["job_code"]))
    prov_no = None
    if pos_state == "num":
        fields.append(("pos", d["pos_no"]))
    elif pos_state == "new":
        prov_no = rng.choice(["NOUVEAU", "À déterminer", "Nouveau poste"]) if fr else rng.choice(["NEW", "TBD"])
        fields.append(("pos", prov_no))
    if has_date:
        fields.append(("date", fdate(d["date"])))
    prov_name = PROV[d["prov"]][0 if fr else 1]
    if has_loc:
        loc = rng.choice([f"{d['city']} ({prov_name})", f"{d['city']}, {prov_name}",
                          f"{d['city']} ({'QC' if d['prov'] == 'QC' else 'N.-B.' if fr else 'NB'})"])
        fields.append(("loc", loc))
    sup_t = d["sup_title_fr"] if french_sup else d["sup_title_en"]
    sup_c = cls(d["sup_level"], rng.choice(["dash", cstyle]))
    sup_truth = {"position_number": None, "title": sup_t, "classification": cls(d["sup_level"], "dash")}
    if sup_style == "three":
        fields += [("sup_no", d["sup_no"]), ("sup_t", sup_t), ("sup_c", sup_c)]
        sup_truth["position_number"] = d["sup_no"]
    elif sup_style == "relev":
        fields.append(("relev", f"{sup_t} ({sup_c}), {'poste no' if french_sup else 'position no.'} {d['sup_no']}"))
        sup_truth["position_number"] = d["sup_no"]
    elif sup_style == "relev_no":
        fields.append(("relev", f"{sup_t} ({sup_c})"))
    incumbent = name(rng, used_names) if rng.random() < 0.45 else None
    if incumbent:
        fields.append(("inc", incumbent))
        truth_people.append(incumbent)
    order = rng.random()
    if order < 0.3:  # department last, after the supervisor
        fields = fields[1:] + fields[:1]
    elif order < 0.4:
        fields = [f for f in fields if f[0] != "dept"]
    blocks.append(("doctitle", head("doc", lang, rng)))
    if rng.random() < 0.6:
        blocks.append(("h", head("ident", lang, rng)))
    for key, value in fields:
        blocks.append(("kv", key, lbl(d, key, lang, rng), value))

    unit = d["unit_fr"] if fr else d["unit_en"]
    pfr = lambda s: french(s.format(u=d["unit_fr"], d=ART[d["dept"]], r=region))  # noqa: E731
    pen = lambda s: s.format(u=d["unit_en"], d=d["dept_en"], r=region_en)  # noqa: E731

    def prose(pool_fr, pool_en, k=1):
        out = []
        if lang != "en":
            out += [pfr(s) for s in rng.sample(pool_fr, k)]
        if lang != "fr":
            out += [pen(s) for s in rng.sample(pool_en, k)]
        return out

    csr = rng.random() < 0.3
    sections = []
    raison = [("h", head("raison", lang, rng))] + [("p", t) for t in prose(RAISON_FR, RAISON_EN)]
    if csr:
        raison = [("h", head("csr", lang, rng))] + [("p", t) for t in prose(CSR_FR, CSR_EN)]
    sections.append(raison)

    # structure and direct reports
    struct = [("h", head("struct", lang, rng))]
    me = d["title_fr"] if fr else d["title_en"]
    if sup_style == "sentence":
        if french_sup:
            struct.append(("p", f"Le titulaire relève du poste de {sup_t} ({sup_c}), numéro de poste {d['sup_no']}."))
        else:
            struct.append(("p", f"The position reports to the {sup_t} ({sup_c}), position number {d['sup_no']}."))
        sup_truth["position_number"] = d["sup_no"]
    rstyle = rng.choice(["paren", "dash", "emdash", "effectif", "bracket", "table", "prose"])
    if kind in ("ocr", "ocr-columns") and rstyle == "table":
        rstyle = "paren"
    partial = rng.random() < 0.25
    reports_truth = []
    lines = []
    for j, (rf, ren, rc, fte) in enumerate(d["reports"]):
        t = rf if french_reports else ren
        c = rc[::-1].replace("-", " ", 1)[::-1] if rng.random() < 0.1 else rc
        show_c, show_f = True, True
        if partial and j == len(d["reports"]) - 1:
            show_f = False
        if partial and j == 0 and len(d["reports"]) > 2:
            show_c = False
        u = "ETP" if french_reports else rng.choice(["FTEs", "FTE"])
        if rstyle == "paren" or (not show_c and rstyle in ("dash", "bracket")):
            inner = ", ".join(x for x in [c if show_c else "", f"{fte} {u}" if show_f else ""] if x)
            lines.append(f"{t} ({inner})" if inner else t)
        elif rstyle == "dash":
            lines.append(f"{c} - {t}" + (f" ({fte} {u})" if show_f else ""))
        elif rstyle == "emdash":
            lines.append(" – ".join(x for x in [t, c if show_c else "", f"{fte} {u}" if show_f else ""] if x))
        elif rstyle == "effectif":
            eff = (f"effectif de {fte}" if french_reports else f"staff of {fte}") if show_f else ""
            lines.append(f"{t}" + (f" ({c})" if show_c else "") + (f", {eff}" if eff else ""))
        elif rstyle == "bracket":
            lines.append(f"{t} [{c}]" + (f" ({fte} {u})" if show_f else ""))
        else:
            lines.append((t, c if show_c else "", str(fte) if show_f else ""))
        reports_truth.append({"title": t, "classification": rc if show_c else None, "fte": fte if show_f else None})
    if rstyle == "table":
        hdr = ("Titre du poste", "Classification", "ETP") if french_reports else ("Position", "Classification", "FTEs")
        struct.append(("p", "Les postes suivants relèvent du titulaire :" if fr else "The following positions report to the incumbent:"))
        struct.append(("table", [hdr] + lines))
    elif rstyle == "prose":
        parts = []
        for t in reports_truth:
            bits = ", ".join(x for x in [t["classification"] or "", (f"{t['fte']} ETP" if french_reports else f"{t['fte']} FTEs") if t["fte"] else ""] if x)
            parts.append(f"{t['title']}" + (f" ({bits})" if bits else ""))
        joined = "; ".join(parts[:-1]) + (" et " if fr else " and ") + parts[-1]
        struct.append(("p", (f"Le {me} gère {len(parts)} postes subalternes directs : " if fr else
                             f"The {me} has {len(parts)} direct reports: ") + joined + "."))
    else:
        struct.append(("p", rng.choice(["Les postes suivants relèvent directement du titulaire :",
                                         f"Relèvent du {me} :", "Subordonnés directs :"]) if fr else
                       rng.choice(["Reporting to the incumbent are:", "Direct reports:"])))
        for ln in lines:
            struct.append(("li", ln))
    sections.append(struct)

    sections.append([("h", head("nature", lang, rng))] + [("p", t) for t in prose(NATURE_FR, NATURE_EN, 2)])

    # dimensions
    dims = [("h", head("dims", lang, rng))]
    dstyle = rng.choice(["kv", "kv", "kv_nototal", "combined", "prose", "table"])
    if kind in ("ocr", "ocr-columns") and dstyle == "table":
        dstyle = "kv"
    sal, om, tot = d["salary"], d["om"], d["salary"] + d["om"]
    t_sal, t_om, t_tot = sal, om, tot
    dl = lang if lang != "bilingual" else rng.choice(["fr", "en", "bilingual"])
    fte_l, sal_l, om_l, tot_l = (lbl(d, k, dl, rng) for k in ("fte", "sal", "om", "tot"))
    if dstyle in ("kv", "kv_nototal", "table"):
        rows = [(fte_l, str(d["fte"])), (sal_l, famt(sal)), (om_l, famt(om))]
        if dstyle != "kv_nototal":
            rows.append((tot_l, famt(tot)))
        else:
            t_tot = None
        if d["program"]:
            rows.append((lbl(d, "prog", dl, rng), famt(d["program"])))
        if dstyle == "table":
            dims.append(("table", rows))
        else:
            dims += [("kv", "dim", a, b) for a, b in rows]
    elif dstyle == "combined":
        t_sal, t_om = None, None
        lab = "Budget salarial et de F et E combiné" if dl != "en" else "Combined salary and O&M budget"
        dims += [("kv", "dim", fte_l, str(d["fte"])), ("kv", "dim", lab, famt(tot))]
        if d["program"]:
            dims.append(("kv", "dim", lbl(d, "prog", dl, rng), famt(d["program"])))
    else:
        if fr:
            s = (f"Le titulaire gère un effectif de {d['fte']} ETP, un budget salarial de {famt(sal)} et un budget "
                 f"de fonctionnement et d'entretien de {famt(om)}, pour un budget total de {famt(tot)}.")
            if d["program"]:
                s += f" Il administre en outre un budget de subventions et contributions de {famt(d['program'])}."
        else:
            s = (f"The incumbent manages {d['fte']} FTEs, a salary budget of {famt(sal)} and an O&M budget of "
                 f"{famt(om)}, for a total of {famt(tot)}.")
            if d["program"]:
                s += f" The position also manages a grants and contributions budget of {famt(d['program'])}."
        dims.append(("p", s))
    sections.append(dims)

    acts = [("h", head("acts", lang, rng))]
    pool_fr, pool_en = ACTIVITES_FR, ACTIVITES_EN
    k = rng.randrange(4, 7)
    items = []
    if lang != "en":
        items += [pfr(s) for s in rng.sample(pool_fr, k)]
    if lang != "fr":
        items += [pen(s) for s in rng.sample(pool_en, k)]
    numbered = rng.random() < 0.6
    for n, it in enumerate(items, 1):
        acts.append(("li", f"{n}. {it}" if numbered else it))
    sections.append(acts)

    # section order varies: dimensions before or after the activities, nature before structure
    if rng.random() < 0.4:
        sections[3], sections[4] = sections[4], sections[3]
    if rng.random() < 0.3:
        sections[1], sections[2] = sections[2], sections[1]
    for s in sections:
        blocks += s

    # signatures
    sig = [("h", head("sign", lang, rng))]
    if fr:
        sig.append(("p", "L'énoncé ci-dessus décrit avec exactitude les fonctions du poste."))
    else:
        sig.append(("p", "The foregoing is an accurate statement of the duties assigned to the position."))
    signer = name(rng, used_names)
    truth_people.append(signer)
    sig.append(("sig", f"{signer}, {sup_t}" if rng.random() < 0.5 else signer))
    if rng.random() < 0.5:
        dg = name(rng, used_names)
        truth_people.append(dg)
        sig.append(("sig", f"{'Approuvé par' if fr else 'Approved by'} : {dg}"))
    if incumbent and rng.random() < 0.5:
        sig.append(("sig", f"{'Signature du titulaire' if fr else 'Incumbent'} : {incumbent}"))
    if rng.random() < 0.3:
        prep = name(rng, used_names)
        truth_people.append(prep)
        sig.append(("sig", f"{'Préparé par' if fr else 'Prepared by'} : {prep}, "
                           f"{'Classification, Ressources humaines' if fr else 'Classification, Human Resources'}"))
    blocks += sig

    if not has_job:
        not_stated.append("job_code")
    if pos_state != "num":
        not_stated.append("position_number")
    if not has_date:
        not_stated.append("effective_date")
    if not has_loc:
        not_stated.append("location")
    if sup_truth["position_number"] is None:
        not_stated.append("supervisor.position_number")
    for k_, v in (("salary", t_sal), ("o_and_m", t_om), ("total", t_tot)):
        if v is None:
            not_stated.append(k_)
    loc_truth = next((v for k_, v in fields if k_ == "loc"), None)
    truth = {
        "fields": {
            "title": title_truth, "classification": cls(d["level"], "dash"),
            "job_code": d["job_code"] if has_job else None,
            "position_number": d["pos_no"] if pos_state == "num" else None,
            "effective_date": d["date"] if has_date else None,
            "supervisor": sup_truth, "direct_reports": reports_truth,
            "salary": t_sal, "o_and_m": t_om, "total": t_tot, "location": loc_truth,
        },
        "not_stated": not_stated,
        "also": {"fte": d["fte"], "operating_budget": None, "program_budget": d["program"],
                 "provisional_number": prov_no},
        "people": truth_people,
    }
    if also_title_fr:
        truth["also"]["title_fr"] = also_title_fr
    return blocks, truth


# ---------------------------------------------------------------------------------------------------------
# OCR damage

ACC = str.maketrans("éèêëàâäùûüîïôöçÉÈÊÀÂÔÎÇ", "eeeeaaauuuiiiocEEEAAOIC")


def damage_digits(s, rng, p):
    out = []
    for ch in s:
        if ch in "0158" and rng.random() < p:
            ch = {"0": "O", "1": rng.choice("Il"), "5": "S", "8": "B"}[ch]
        out.append(ch)
    return "".join(out)


def damage_accents(s, rng, mode):
    if mode == "keep":
        return s
    out = []
    for ch in s:
        if ch in "éèêàâùûîôçÉÈÊÀÂÔÎÇ":
            if mode == "six" and ch == "é" and rng.random() < 0.5:
                ch = "6"
            elif mode == "six" and rng.random() < 0.5:
                ch = ch.translate(ACC)
            elif mode == "strip" and rng.random() < 0.85:
                ch = ch.translate(ACC)
            elif mode == "some" and rng.random() < 0.3:
                ch = ch.translate(ACC)
        out.append(ch)
    return "".join(out)


def damage_words(s, rng, p):
    s = re.sub(r"\b([lLdD])'(\w)", lambda m: m.group(1) + rng.choice(["' ", " '", "'"]) + m.group(2)
               if rng.random() < p * 4 else m.group(0), s)
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 5 and rng.random() < p:
            op = rng.randrange(6)
            if op == 0 and "rn" in w:
                w = w.replace("rn", "m", 1)
            elif op == 1 and "m" in w:
                w = w.replace("m", "rn", 1)
            elif op == 2 and "e" in w[1:]:
                k = w.index("e", 1)
                w = w[:k] + "c" + w[k + 1:]
            elif op == 3 and "i" in w:
                w = w.replace("i", rng.choice(["l", "1", "í"]), 1)
            elif op == 4 and "l" in w:
                w = w.replace("l", "I", 1)
            elif op == 5 and "t" in w:
                w = w.replace("t", "l", 1)
        out.append(w)
    res = out[0] if out else ""
    for w in out[1:]:
        res += ("" if rng.random() < p / 2 else " ") + w
    return res


def ocr_text(blocks, rng, lang, d, strength, columns=False):
    """The blocks as an OCR engine reads a scanned page: values damaged, prose more, lines wrapped."""
    accents = rng.choice(["strip", "six", "some", "keep"]) if lang != "en" else "keep"
    pdig = [0.0, 0.15, 0.35][strength]
    pw = [0.02, 0.05, 0.09][strength]
    caps = rng.random() < 0.3
    sep = rng.choice([": ", " : ", ":  ", " "])
    hdr_lines, body_lines = [], []
    for b in blocks:
        if b[0] in ("h", "doctitle"):
            t = b[1].upper() if caps or b[0] == "doctitle" else b[1]
            body_lines.append(("", damage_accents(t, rng, accents)))
        elif b[0] == "kv":
            label = b[2].upper() if caps else b[2]
            v = b[3]
            line = damage_accents(label, rng, accents) + sep + damage_digits(damage_accents(v, rng, accents), rng, pdig)
            target = hdr_lines if columns and b[1] in ("dim",) else body_lines
            target.append(("kv", line))
        elif b[0] in ("p", "li", "sig"):
            t = damage_digits(damage_words(damage_accents(b[1], rng, accents), rng, pw), rng, pdig * 0.7)
            if b[0] == "li" and not re.match(r"\d+\.", b[1]):
                t = rng.choice(["- ", "• ", "> ", "o "]) + t
            kind = "li" if b[0] == "li" and columns and re.search(r"(ETP|FTE|effectif|EX-|PM-|AS-)", b[1]) and \
                not re.match(r"\d+\.", b[1]) else "p"
            (hdr_lines if kind == "li" else body_lines).append((b[0], t))
        elif b[0] == "table":
            for row in b[1]:
                body_lines.append(("p", damage_digits("  ".join(x for x in row if x), rng, pdig)))
    footer_dept = damage_accents(d["dept_fr"] if lang != "en" else d["dept_en"], rng, accents)
    if columns:
        # header fields, dimensions and direct reports on the left, the prose on the right, read across
        left_src = [t for k, t in body_lines if k == "kv"] + [t for _, t in hdr_lines]
        right_src = [t for k, t in body_lines if k != "kv"]
        left = []
        for t in left_src:
            left += textwrap.wrap(t, 38, break_on_hyphens=False) or [""]
        right = []
        for t in right_src:
            right += textwrap.wrap(t, 46, break_on_hyphens=False) or [""]
        n = max(len(left), len(right))
        left += [""] * (n - len(left))
        right += [""] * (n - len(right))
        lines = [(a + " " + b).strip() for a, b in zip(left, right)]
        out = []
        for k in range(0, len(lines), 55):
            out += lines[k:k + 55]
            out.append(f"{footer_dept}   {k // 55 + 1}")
        return "\n".join(out) + "\n"
    layout = rng.choice(["run", "lines", "lines"])
    width = rng.randrange(68, 92)
    lines = []
    for k, t in body_lines:
        if k in ("p", "li", "sig") and len(t) > width:
            w = textwrap.wrap(t, width, break_long_words=False, break_on_hyphens=False)
            for j in range(len(w) - 1):  # hyphenated line ends
                if rng.random() < 0.25 and j + 1 < len(w) and w[j + 1]:
                    nxt = w[j + 1].split(" ", 1)
                    word = nxt[0]
                    if len(word) > 6 and word.isalpha():
                        cut = len(word) // 2
                        w[j] = w[j] + " " + word[:cut] + "-"
                        w[j + 1] = word[cut:] + (" " + nxt[1] if len(nxt) > 1 else "")
            lines += w
        else:
            lines.append(t)
    per = rng.randrange(38, 60)
    pages = [lines[k:k + per] for k in range(0, len(lines), per)]
    footer = rng.choice([f"{footer_dept} - Description de travail", "Page {n} de {N}", "- {n} -",
                         f"{footer_dept}    {{n}}", "Protégé B (une fois rempli)   Page {n}"])
    if lang == "en":
        footer = rng.choice([f"{footer_dept} - Work Description", "Page {n} of {N}", "- {n} -"])
    wrap = rng.random() < 0.35
    out = []
    for n, pg in enumerate(pages, 1):
        f = damage_digits(footer.replace("{n}", str(n)).replace("{N}", str(len(pages))), rng, pdig)
        if layout == "run":
            out.append((f"{n} " if n > 1 and rng.random() < 0.5 else "") + " ".join(x for x in pg if x) + " " + f)
        else:
            out.append("\n".join(pg) + "\n\n" + f + ("\n\f" if rng.random() < 0.4 else "\n"))
    text = "\n".join(out)
    if wrap:
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    return text + "\n"


# ---------------------------------------------------------------------------------------------------------
# Clean renderings

def plain_lines(blocks, rng, style, lang):
    """Text lines for a form saved as text, a PDF or a Markdown file."""
    out = []
    dots = style == "dots"
    for b in blocks:
        if b[0] == "doctitle":
            out += ["# " + b[1] if style == "md" else b[1].upper(), ""]
        elif b[0] == "h":
            out += ["", "## " + b[1] if style == "md" else b[1].upper(), ""]
        elif b[0] == "kv":
            label, v = b[2], b[3]
            if style == "md":
                v = v.replace("\n", " / ")
                out.append(f"*   **{label} :** {v}" if lang != "en" else f"*   **{label}:** {v}")
            elif style == "next":
                out += [label + " :" if lang != "en" else label + ":", "    " + v.replace("\n", "\n    ")]
            elif dots:
                vs = v.split("\n")
                out.append(f"{label} " + "." * max(3, 44 - len(label)) + " " + vs[0])
                out += [" " * 46 + x for x in vs[1:]]
            else:
                vs = v.split("\n")
                first = f"{label}\t{vs[0]}" if style == "tab" else f"{label} : {vs[0]}"
                if style == "colon" and len(first) > 100:  # a long value wraps under itself
                    w = textwrap.wrap(first, 95, break_on_hyphens=False)
                    out += [w[0]] + [" " * (len(label) + 3) + x for x in w[1:]]
                    out += [" " * (len(label) + 3) + x for x in vs[1:]]
                    continue
                out.append(first)
                out += ["\t" + x if style == "tab" else " " * (len(label) + 3) + x for x in vs[1:]]
        elif b[0] == "p":
            out += textwrap.wrap(b[1], 95, break_on_hyphens=False) if style != "md" else [b[1]]
            out.append("")
        elif b[0] == "li":
            t = b[1] if re.match(r"\d+\.", b[1]) else ("*   " if style == "md" else "- ") + b[1]
            out += textwrap.wrap(t, 95, subsequent_indent="   ", break_on_hyphens=False) if style != "md" else [t]
        elif b[0] == "table":
            rows = b[1]
            if style == "md":
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            else:
                w = [max(len(r[k]) for r in rows) + 3 for k in range(len(rows[0]))]
                out += ["".join(r[k].ljust(w[k]) for k in range(len(r))).rstrip() for r in rows]
            out.append("")
        elif b[0] == "sig":
            out += ["", "_" * 30, b[1]]
    return out


def fixed_docx(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def new_docx(author):
    import docx
    document = docx.Document()
    cp = document.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2024, 1, 1)
    cp.modified = dt.datetime(2024, 1, 1)
    cp.revision = 1
    return document


def render_docx(blocks, rng, lang, d, author):
    from docx.shared import Pt
    document = new_docx(author)
    layout = rng.choice(["table", "table", "bold", "stacked"])
    sec = document.sections[0]
    sec.header.paragraphs[0].text = d["dept_fr"] if lang != "en" else d["dept_en"]
    sec.footer.paragraphs[0].text = rng.choice(["Protégé A", "Non classifié", "Description de travail EX"]) \
        if lang != "en" else "Unclassified"
    table = None
    for b in blocks:
        if b[0] == "doctitle":
            document.add_heading(b[1], level=0 if rng.random() < 0.5 else 1)
        elif b[0] == "h":
            if rng.random() < 0.7:
                document.add_heading(b[1], level=2)
            else:
                r = document.add_paragraph().add_run(b[1].upper())
                r.bold = True
            table = None
        elif b[0] == "kv":
            if layout == "table" and b[1] != "dim":
                if table is None:
                    table = document.add_table(rows=0, cols=2)
                    table.style = "Table Grid"
                row = table.add_row().cells
                row[0].text = b[2]
                row[1].text = b[3]
            elif layout == "stacked" and b[1] != "dim":
                r = document.add_paragraph().add_run(b[2])
                r.bold = True
                for part in b[3].split("\n"):
                    document.add_paragraph(part)
            else:
                p = document.add_paragraph()
                r = p.add_run(b[2] + (" : " if lang != "en" else ": "))
                r.bold = True
                p.add_run(b[3].replace("\n", " / "))
        elif b[0] == "p":
            table = None
            document.add_paragraph(b[1])
        elif b[0] == "li":
            table = None
            if re.match(r"\d+\.", b[1]):
                document.add_paragraph(b[1].split(". ", 1)[1], style="List Number")
            else:
                document.add_paragraph(b[1], style="List Bullet")
        elif b[0] == "table":
            t = document.add_table(rows=0, cols=len(b[1][0]))
            t.style = "Table Grid"
            for k, row in enumerate(b[1]):
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
                    if k == 0 and len(b[1][0]) == 3:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            table = None
        elif b[0] == "sig":
            table = None
            document.add_paragraph("_" * 30)
            document.add_paragraph(b[1])
    for p in document.paragraphs:
        for r in p.runs:
            r.font.size = Pt(11)
    return fixed_docx(document)


def render_pdf(lines, rng, lang, d):
    per = rng.randrange(52, 64)
    pages = [lines[k:k + per] for k in range(0, len(lines), per)]
    foot = rng.choice(["{dept}", "Page {n} de {N}", "{dept} — Page {n}"]) if lang != "en" else \
        rng.choice(["{dept}", "Page {n} of {N}"])
    dept = d["dept_fr"] if lang != "en" else d["dept_en"]
    texts = []
    for n, pg in enumerate(pages, 1):
        f = foot.format(dept=dept, n=n, N=len(pages))
        texts.append("\n".join(pg) + "\n\n" + f)
    return pdf_bytes(texts)


# ---------------------------------------------------------------------------------------------------------
# Documents to refuse

def refuse_doc(what, rng, used):
    people = []
    if what == "memo":
        a, b = name(rng, used), name(rng, used)
        people = [a, b]
        return [
            ("doctitle", "NOTE DE SERVICE"),
            ("kv", "x", "Destinataires", "Directeurs et directrices, Région du Québec"),
            ("kv", "x", "Expéditeur", f"{a}, Directrice, Ressources humaines, Région du Québec"),
            ("kv", "x", "Date", "le 3 février 2021"),
            ("kv", "x", "Objet", "Mise à jour des descriptions de travail du groupe EX"),
            ("p", "Dans le cadre de l'exercice annuel de gestion des talents des cadres de direction, nous vous "
                  "demandons de revoir les descriptions de travail des postes EX-01 à EX-03 de votre secteur "
                  "et de nous faire parvenir les versions signées au plus tard le 31 mars 2021."),
            ("p", "Les descriptions doivent utiliser le gabarit en vigueur (résultats axés sur le service à la "
                  "clientèle, activités principales, dimensions). Les dimensions financières doivent refléter le "
                  "budget principal des dépenses 2021-2022 (salaires, F et E, total) et les ETP approuvés."),
            ("p", f"Pour toute question, veuillez communiquer avec {b}, conseiller principal en classification, "
                  "au 514-555-0147."),
            ("sig", a),
        ], people
    if what == "offer":
        a, b = name(rng, used), name(rng, used)
        people = [a, b]
        return [
            ("doctitle", "LETTRE D'OFFRE — NOMINATION INTÉRIMAIRE"),
            ("p", f"Madame {a.split()[1]},"),
            ("p", "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Services "
                  "aux citoyens, Est du Québec (EX-01), poste numéro 418822, à Québec (Québec), du 1er juin 2018 "
                  "au 30 novembre 2018, conformément à la Loi sur l'emploi dans la fonction publique."),
            ("p", "Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi pour "
                  "les cadres supérieurs. Vous relèverez du Directeur général, Opérations, Région du Québec."),
            ("p", "Veuillez signer et retourner un exemplaire de la présente pour indiquer votre acceptation."),
            ("sig", f"{b}, Directeur général, Opérations, Région du Québec"),
            ("p", "J'accepte l'offre décrite ci-dessus."),
            ("sig", f"{a}          Date : ____________"),
        ], people
    if what == "agreement":
        a, b = name(rng, used), name(rng, used)
        people = [a, b]
        return [
            ("doctitle", "Entente de rendement des cadres / Executive Performance Agreement 2022-2023"),
            ("kv", "x", "Nom / Name", a),
            ("kv", "x", "Poste / Position", "Directeur régional, Services de traduction, Moncton (EX-01)"),
            ("kv", "x", "Gestionnaire / Manager", b),
            ("h", "Engagements clés / Key commitments"),
            ("li", "1. Réduire de 15 % les délais de traitement des demandes de traduction urgentes. / Reduce "
                   "turnaround time for urgent translation requests by 15%."),
            ("li", "2. Mettre en oeuvre le plan de relève de la direction. / Implement the directorate's "
                   "succession plan."),
            ("h", "Engagements en leadership / Leadership commitments"),
            ("li", "3. Favoriser un milieu de travail sain et inclusif. / Foster a healthy and inclusive workplace."),
            ("h", "Évaluation de fin d'exercice / Year-end assessment"),
            ("kv", "x", "Cote / Rating", "Réussi / Succeeded"),
            ("sig", f"{a} — {b}"),
        ], people
    raise ValueError(what)


def orgchart_text(rng, used):
    a, b, c, e = (name(rng, used) for _ in range(4))
    lines = [
        "EMPLOI ET DEVELOPPEMENT SOCIAL CANADA - SERVICE CANADA",
        "ORGANIGRAMME - REGION DU QUEBEC - Operations           mis a jour : 2019-O4-O1",
        "",
        "                    Directeur general, Operations (EX-O3)",
        f"                         {a}",
        "                              |",
        "      +-----------------------+------------------------+",
        "      |                       |                        |",
        " Dir. reg. Est du Qc    Dir. reg. Ouest du Qc    Dir. Traitement prest.",
        f"   (EX-O1) {b}     (EX-O1) {c}    (EX-O1) {e}",
        "      |                       |                        |",
        "  Gest. SC (PM-O6) x6     Gest. SC (PM-O6) x8     Gest. (PM-O6) x4",
        "",
        "  Adjointe administrative (AS-O2)        Conseiller principal (EC-O6)",
        "",
        "  Source : RH Region du Quebec                                    Page 1",
    ]
    return "\n".join(lines) + "\n", [a, b, c, e]


def noise_text(rng):
    chars = "~!;:,.'`|/\\il1I()[]{}-_=+*^%#@ocCeaO0"
    out = ["--- Structured Job Description ---", "", "", "--- Full Extracted Text ---"]
    for _ in range(24):
        words = ["".join(rng.choice(chars) for _ in range(rng.randrange(1, 9))) for _ in range(rng.randrange(6, 16))]
        out.append(" ".join(words))
    out.insert(9, "D E S C R I P T I O N   D E   T ~ A V . I L")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------------------

def expected_yaml(doc):
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200)


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for p in (corpus, expected):
        if p.exists():
            shutil.rmtree(p)
        p.mkdir()
    used = set()
    versions = {}
    for k, (pi, lang, kind, fname, vy) in enumerate(WDS):
        if vy:
            versions.setdefault(pi, []).append((vy, fname))
    results = {}
    for k, (pi, lang, kind, fname, vy) in enumerate(WDS):
        rng = random.Random(SEED * 1000 + k)
        m = re.search(r"\b(19[89]\d|20[0-2]\d)\b", fname)  # a year in the file's name is the description's
        d = position_data(pi, vy, kind, int(m.group(1)) if m else None)
        blocks, truth = build_wd(d, lang, kind, rng, used)
        if kind in ("ocr", "ocr-columns"):
            strength = rng.choice([0, 1, 1, 2])
            text = ocr_text(blocks, rng, lang, d, strength, columns=kind == "ocr-columns")
            data = text.encode("cp1252") if fname in CP1252 else text.encode("utf-8")
        elif kind == "docx":
            data = render_docx(blocks, rng, lang, d, rng.choice(["Utilisateur", "RH-QC", "Classification"]))
        elif kind == "pdf":
            data = render_pdf(plain_lines(blocks, rng, rng.choice(["colon", "dots", "next"]), lang), rng, lang, d)
        elif kind == "markdown":
            data = ("\n".join(plain_lines(blocks, rng, "md", lang)) + "\n").encode("utf-8")
        elif kind == "text":
            data = ("\n".join(plain_lines(blocks, rng, "next", lang)) + "\n").encode("utf-8")
        else:  # text-cp1252: a form saved on Windows
            text = "\r\n".join(plain_lines(blocks, rng, "tab", lang)) + "\r\n"
            data = text.replace("'", "\u2019").encode("cp1252")
        (corpus / fname).write_bytes(data)
        vers = None
        if pi in versions:
            vs = sorted(versions[pi])
            vers = {"documents": [f for _, f in vs], "newest": vs[-1][1]}
        results[fname] = {"document": fname, "kind": kind, "language": lang, "outcome": "import",
                          **truth, "versions": vers}
    for k, (what, lang, kind, fname) in enumerate(REFUSE):
        rng = random.Random(SEED * 7 + k)
        people = []
        if what in ("memo", "agreement"):
            blocks, people = refuse_doc(what, rng, used)
            data = render_docx(blocks, rng, lang, {"dept_fr": "Emploi et Développement social Canada",
                                                   "dept_en": "Employment and Social Development Canada"}, "RH-QC")
        elif what == "offer":
            blocks, people = refuse_doc(what, rng, used)
            data = pdf_bytes(["\n".join(plain_lines(blocks, rng, "colon", lang))])
        elif what == "notext":  # a scanner's PDF: two pages of image-like drawing, no text layer
            pages = []
            for _ in range(2):
                ops = [b"q 0.93 g 0 0 595 842 re f Q"]
                for _ in range(160):
                    x, y, w = rng.randrange(40, 520), rng.randrange(60, 780), rng.randrange(20, 200)
                    ops.append(b"q 0.1 g %d %d %d 6 re f Q" % (x, y, w))
                pages.append(b"\n".join(ops))
            data = pdf_bytes(pages)
        elif what == "orgchart":
            text, people = orgchart_text(rng, used)
            data = text.encode("utf-8")
        else:
            data = noise_text(rng).encode("utf-8")
        (corpus / fname).write_bytes(data)
        results[fname] = {"document": fname, "kind": kind, "language": lang, "outcome": "refuse",
                          "fields": None, "not_stated": [], "also": {"what": what}, "people": people,
                          "versions": None}
    for fname, doc in results.items():
        (expected / f"{fname}.expected.yaml").write_text(expected_yaml(doc), encoding="utf-8")
    print(f"{len(results)} documents written to {corpus}")


if __name__ == "__main__":
    main()
