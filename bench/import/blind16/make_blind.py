#!/usr/bin/env python3
"""Writes the blind16 corpus: an executive-services office's shared folder, as handed over.

    python bench/import/blind16/make_blind.py     # rewrites corpus/ and expected/

Deterministic: the same bytes on every run (seeded damage, fixed Word and zip timestamps).
Positions in folder_positions.py, prose in prose.py, the documents listed in DOCS below.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]
from folder_positions import LOC, POSITIONS  # noqa: E402
import prose  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

# --- label wordings: each used by two or three documents -----------------------------------------
LABELS = {
    "en": {
        "title": ["Position Title", "Title of Position", "Job Title", "Official Title", "Position", "Descriptive Title",
                  "Name of Position", "Post Title", "Title", "Official Position Title", "Approved Title", "Working Title"],
        "cls": ["Classification", "Group and Level", "Group/Level", "Level", "Classification Level", "Occ. Group/Level",
                "Grp & Lvl", "Class. Level", "Group-Level", "Classification (Group/Level)", "Executive Level", "Grade"],
        "job": ["Job Code", "Job Number", "Work Description No.", "WD Number", "Generic No.", "Job ID",
                "Standard Job Code", "Description Number", "Ref. No.", "Job Code No.", "JD No.", "Form No."],
        "pos": ["Position Number", "Position No.", "Pos. #", "Position ID", "Position #", "PeopleSoft Position Number",
                "Box No.", "Position Identifier", "Position Nbr", "No. of Position", "Pos. No", "Position Num."],
        "date": ["Effective Date", "Date Effective", "Effective", "Date of Classification", "Classification Effective Date",
                 "Approved On", "In Effect As Of", "Date Approved", "Effective Date of Description", "Date",
                 "Classification Date", "Date in Effect"],
        "sup_pos": ["Supervisor's Position Number", "Supervisor Position No.", "Reports to Position #",
                    "Position No. of Supervisor", "Manager's Position Number", "Supervisor Pos. #",
                    "Immediate Supervisor Position No.", "Superior's Position Number"],
        "sup_title": ["Supervisor's Title", "Supervisor Position Title", "Title of Supervisor", "Immediate Supervisor",
                      "Manager's Title", "Supervisor", "Reports to (Title)", "Superior's Title"],
        "sup_cls": ["Supervisor's Classification", "Supervisor Group/Level", "Supervisor Level",
                    "Classification of Supervisor", "Manager's Group and Level", "Supervisor Class.",
                    "Level of Supervisor", "Superior's Level"],
        "sup_one": ["Reports to", "Reporting to", "Reports To (Title, Level, Position)"],
        "loc": ["Location", "Geographic Location", "Work Location", "Duty Station", "City", "Place of Work",
                "Location (City, Province)", "Office Location", "Headquarters", "Work Site", "Site", "Region/City"],
        "branch": ["Branch", "Branch/Sector", "Organization", "Sector", "Branch - Directorate", "Department/Branch"],
    },
    "fr": {
        "title": ["Titre du poste", "Intitulé du poste", "Titre", "Titre officiel", "Appellation du poste",
                  "Titre descriptif"],
        "cls": ["Classification", "Groupe et niveau", "Niveau", "Groupe/niveau", "Classification du poste",
                "Groupe-niveau"],
        "job": ["Code d'emploi", "Numéro de la description de travail", "No de l'emploi", "Code de l'emploi",
                "Numéro de référence", "No de la DT"],
        "pos": ["Numéro du poste", "No du poste", "N° de poste", "Poste no", "Numéro de poste", "No. poste"],
        "date": ["Date d'entrée en vigueur", "Date d'effet", "En vigueur le", "Date de classification",
                 "Date d'approbation", "Date de prise d'effet"],
        "sup_pos": ["Numéro du poste du superviseur", "No du poste du supérieur", "Poste du supérieur (no)",
                    "N° de poste du gestionnaire"],
        "sup_title": ["Titre du poste du superviseur", "Supérieur immédiat", "Titre du supérieur",
                      "Titre du gestionnaire"],
        "sup_cls": ["Classification du superviseur", "Niveau du supérieur", "Groupe et niveau du superviseur",
                    "Classification du gestionnaire"],
        "sup_one": ["Relève de", "Relevant de", "Rend compte à"],
        "loc": ["Lieu de travail", "Emplacement", "Lieu", "Endroit", "Lieu géographique", "Ville"],
        "branch": ["Direction générale", "Secteur", "Organisation", "Direction"],
    },
}
_COUNT: dict = {}


def label(lang, field):
    """The next wording of a field's label in a language (cycles, so each is in 2-3 documents)."""
    key = (lang, field)
    i = _COUNT.get(key, 0)
    _COUNT[key] = i + 1
    words = LABELS[lang][field]
    return words[(i * 5) % len(words)] if len(words) % 5 else words[(i * 7) % len(words)]


# --- value notations --------------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]


def fdate(d: dt.date, lang, style):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MOIS[d.month - 1]} {d.year}", d.isoformat(), f"le {day} {MOIS[d.month - 1]} {d.year}",
                f"{d.day:02d}.{d.month:02d}.{d.year}" if d.day > 12 else d.isoformat()][style % 4]
    m = MONTHS[d.month - 1]
    sfx = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return [f"{m} {d.day}, {d.year}", d.isoformat(), f"{d.day} {m} {d.year}", f"{m[:3]}. {d.day}, {d.year}",
            d.strftime("%Y/%m/%d"), f"{m} {d.day}{sfx}, {d.year}", f"{d.day:02d}-{m[:3].upper()}-{d.year}",
            f"{d.day}-{m[:3]}-{d.year}"][style % 8]


def fcls(cls, style):
    g, n = cls.rsplit("-", 1)
    if g != "EX":
        return cls
    return [f"EX-{n}", f"EX {n}", f"EX-{int(n)}", f"EX{n}", f"EX – {n}", f"Ex-{n}"][style % 6]


def _m(v, sep="."):
    return f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", sep)


def famt(v, lang, style):
    small = v < 1_000_000
    if lang == "fr":
        grp = f"{v:,}".replace(",", "\u00a0" if style % 2 else " ")
        k = f"{v // 1000}"
        return [f"{grp} $", f"{k} k$" if small else f"{_m(v, ',')} M$", f"{_m(v, ',')} million $" if not small else f"{grp} $",
                f"{grp},00 $", f"{k} 000 $" if small else f"{_m(v, ',')} millions de dollars", f"{grp}$"][style % 6]
    return [f"${v:,}", f"${v // 1000}K" if small else f"${_m(v)}M", f"${_m(v)} million" if not small else f"${v:,}",
            f"$ {v:,}.00", f"${v // 1000}k" if small else f"{_m(v)} million dollars", f"${v:,}".replace(",", " ")][style % 6]


def locstr(key, lang, style):
    city, prov, en, fr = LOC[key]
    if lang == "fr":
        return fr
    return [en, f"{city}, {prov}", f"{en.split(',')[0]} ({en.split(', ')[1]})", en.upper() if style == 3 else en][style % 4]


# --- the documents ------------------------------------------------------------------------------------
# f file, k position, kind, lang, hdr header layout, tpl template, hs heading style, sup, dr, dim, and
# the notation styles (ds date, cs class, as amount, fs FTEs), dmg OCR damage, people, ov overrides.
def W(f, k, kind, lang, hdr, **kw):
    d = dict(f=f, k=k, kind=kind, lang=lang, hdr=hdr, tpl="classic", hs=("num", "upper", False), sup="fields",
             dr="bullets", dim="lines", ds=0, cs=0, as_=0, fs=0, dmg=0, people=[], inc=None, ov={}, order=0,
             nojob=False, version=None)
    d.update(kw)
    return d


DOCS = [
    # Word files, several eras and templates
    W("WD_EX01_Dir Exec Services FINAL v3.docx", "DIR_EXS", "docx", "en", "table2", ds=0, cs=0, as_=1, dr="table",
      people=["Martine Lachapelle", "Gordon Whitfield"], version=("10431", True)),
    W("WD_EX01_Dir Exec Services draft v1.docx", "DIR_EXS", "docx", "en", "bold", ds=1, cs=3, as_=0, dr="bullets",
      hs=("none", "title", True), ov=dict(date=dt.date(2018, 11, 5), fte=16, salary=1_590_000, om=140_000),
      version=("10431", False)),
    W("DG RH - description de travail 2016.docx", "DG_HR", "docx", "fr", "table2", ds=0, cs=1, as_=0, dr="prose",
      sup="sentence", people=["Hélène Bastarache"], version=("10420", False)),
    W("DG HR work description - English.docx", "DG_HR", "docx", "en", "table4", ds=2, cs=2, as_=2, dr="table",
      hs=("roman", "upper", False), people=["Patrick O'Donnell"], version=("10420", False)),
    W("Dir LR&WW - EX-01 (2021).docx", "DIR_LR", "docx", "en", "bold", tpl="csr", ds=3, cs=1, as_=5, dr="numbered",
      hs=("none", "title", False), people=["Suzanne Tremblay-Roy", "Kevin Achterberg"], inc="Danielle Forsythe"),
    W("Regional HR Director PNR.docx", "DIR_HRPN", "docx", "en", "table2", ds=5, cs=4, as_=3, dr="dash",
      sup="two", hs=("alpha", "upper", True), people=["Raymond Szabo"]),
    W("WD - DG Financial Management & DCFO.docx", "DG_FIN", "docx", "en", "bold", ds=4, cs=0, as_=1, dr="prose",
      sup="sentence", dim="sentence", people=["Isabelle Nguyen", "Alistair Munro"]),
    W("Dir FPRM_WD_2020-02.docx", "DIR_FPRM", "docx", "en", "table4", tpl="csr", ds=6, cs=5, as_=0, dr="noclass",
      hs=("num", "title", True), people=["Christopher Baptiste"]),
    W("DT - Directeur comptabilité ministérielle.docx", "DIR_ACCT", "docx", "fr", "bold", ds=2, cs=0, as_=1,
      dr="dash", hs=("num", "upper", False), people=["Geneviève Ouellet", "Marc-André Pelletier"]),
    W("Procurement Director WD (new template).docx", "DIR_PROC", "docx", "en", "table2", tpl="csr", ds=7, cs=2,
      as_=4, dr="table", sup="sentence", people=["Olivia Kaminski"], inc="Farah Siddiqui"),
    W("DT-direc régional (2).docx", "RD_EPO_QC", "docx", "fr", "table2", ds=1, cs=3, as_=2, dr="numbered",
      people=["Josée Cormier"], version=("20340", True)),
    W("DT-direc régional.docx", "RD_EPO_QC", "docx", "fr", "table2", ds=1, cs=3, as_=2, dr="numbered",
      ov=dict(date=dt.date(2019, 3, 25), fte=81, salary=7_480_000), people=["Josée Cormier"], version=("20340", False)),
    W("ASPC Director 2017.docx", "DIR_ASPC", "docx", "en", "bold", ds=0, cs=1, as_=5, dr="bullets",
      hs=("caps", "upper", True), dim="table", people=["Bernard Thibodeau"], version=("30141", True)),
    W("Directrice CPI Québec - DT.docx", "DIR_QSPC", "docx", "fr", "table4", tpl="csr", ds=3, cs=0, as_=4, dr="table",
      people=["Nathalie Gosselin", "Yves Charbonneau"]),
    W("Canadian Ice Service - Director (bilingual).docx", "DIR_CIS", "docx", "bi", "bi_table", ds=0, cs=0, as_=0,
      dr="table", people=["Eleanor Pike"]),
    W("WD_EX03_DG Monitoring & Data Svcs.docx", "DG_MDS", "docx", "en", "table2", ds=1, cs=3, as_=2, dr="prose",
      sup="two", hs=("num", "upper", True), people=["Harjit Sandhu"]),
    W("Dir NHS Ops EX-02 - clean copy.docx", "DIR_NHS", "docx", "en", "bold", tpl="csr", ds=2, cs=1, as_=3,
      dr="nocount", hs=("alpha", "title", False), people=["Lorraine Beaudry"]),
    W("RD EPO Atlantic - WD signed.docx", "RD_EPO_ATL", "docx", "en", "table4", ds=4, cs=2, as_=1, dr="dash",
      people=["Angus MacIsaac", "Priya Raman"], inc="Colin Fraser"),
    W("IAAC RD Atlantic - bilingual form.docx", "IA_RD_ATL", "docx", "bi", "bi_labels", ds=1, cs=0, as_=0,
      dr="bullets", people=["Sophie Arsenault"]),
    W("Dir Crown Consultation Policy (IAAC).docx", "IA_DIR_CCP", "docx", "en", "bold", ds=3, cs=4, as_=2,
      dr="prose", dim="sentence", hs=("num", "upper", False), people=["Teresa Okafor"]),
    # OCR text of scans: old typed forms, printed Word files
    W("scan0043.txt", "DIR_ASPC", "ocr", "en", "dots", ds=6, cs=0, as_=3, dr="dash", dmg=2, ocr="typed",
      ov=dict(date=dt.date(2009, 6, 1), fte=52, salary=4_380_000, om=390_000, job="EX-0161"),
      people=["Douglas Chisholm", "Wendell Parsons"], version=("30141", False)),
    W("scan0044.txt", "DIR_PASPC", "ocr", "en", "next", ds=1, cs=2, as_=1, dr="bullets", dmg=1, ocr="pages",
      hs=("num", "upper", False), people=["Brenda Kowalchuk"]),
    W("DT DG RH signée.txt", "DG_HR", "ocr", "fr", "line", ds=2, cs=3, as_=1, dr="dash", dmg=1, ocr="wrapped_run",
      sup="fields", people=["Hélène Bastarache", "Jean-François Lavoie"], version=("10420", True)),
    W("Dir Sécurité ministérielle - numérisé.txt", "DIR_SEC", "ocr", "fr", "dots", ds=1, cs=1, as_=0, dr="nocount",
      dmg=2, ocr="typed", people=["Réjean Lapointe"]),
    W("Directrice labos Burlington scan.txt", "DIR_LAB", "ocr", "fr", "line", tpl="csr", ds=0, cs=0, as_=3,
      dr="table", dmg=1, ocr="pages", hs=("alpha", "upper", True), people=["Chantal Dufresne"], inc="Mireille Auclair"),
    W("scan_IM_library_2011.txt", "DIR_IM", "ocr", "en", "line", ds=3, cs=1, as_=4, dr="numbered", dmg=2,
      ocr="wrapped_run", nojob=True, people=["Terrence Bell"]),
    W("img20200914_CRP.txt", "DIR_CIP", "ocr", "fr", "next", ds=3, cs=2, as_=5, dr="bullets", dmg=1, ocr="pages",
      sup="sentence", people=["Isabelle Fortin"]),
    W("DG Prediction Services EN-FR scan.txt", "DG_WEPS", "ocr", "bi", "line", ds=5, cs=0, as_=1, dr="bullets",
      dmg=1, ocr="pages", people=["Margaret Holloway"]),
    W("Dir NPO Dorval - scan.txt", "DIR_NPO", "ocr-columns", "fr", "line", ds=0, cs=4, as_=1, dr="dash", dmg=1,
      ocr="columns", people=["Luc Bergeron"]),
    W("RDG monitoring QC numérisation.txt", "RD_MON_QC", "ocr", "fr", "line", ds=2, cs=2, as_=2, dr="prose",
      dmg=1, ocr="wrapped_run", sup="two", people=["Sylvain Després"]),
    W("scan0061.txt", "DG_EPO", "ocr", "en", "line", ds=0, cs=3, as_=0, dr="table", dmg=1, ocr="pages",
      hs=("roman", "upper", True), people=["Fiona Gallagher", "Derek Osei"]),
    W("Enforcement RD Ontario (scanned 2015).txt", "RD_ENF_ONT", "ocr-columns", "en", "line", ds=2, cs=0, as_=3,
      dr="bullets", dmg=1, ocr="columns", people=["Vincent Marchetti"]),
    W("scan_ACR_director.txt", "DIR_ACR", "ocr", "en", "next", tpl="csr", ds=4, cs=1, as_=5, dr="noclass", dmg=1,
      ocr="wrapped_run", people=["Gwendolyn Price"]),
    W("Dir recherche processus atmosphériques.txt", "DIR_APR", "ocr", "fr", "line", ds=1, cs=0, as_=4,
      dr="bullets", dmg=1, ocr="pages", people=["Benoît Lacasse"], inc="Amélie Giroux"),
    # Markdown and PDF
    W("Director Wildlife Health & Ecotox.md", "DIR_WHE", "md", "en", "md", ds=2, cs=0, as_=1, dr="bullets",
      people=["Rosalind Cheng"]),
    W("IAAC_DR_Quebec_DT.md", "IA_RD_QC", "md", "fr", "md_table", ds=0, cs=2, as_=0, dr="table",
      sup="sentence", people=["Étienne Savard"]),
    W("RD Wildlife Enforcement PYR.pdf", "RD_WEB_PYR", "pdf", "en", "pad", ds=1, cs=1, as_=2, dr="dash",
      people=["Naomi Whitehorse"]),
]

REFUSE = ["scan0051.txt", "EX staffing tracker 2019-2020.docx", "scan0047 - note au dossier.txt",
          "Lettre d'offre - Directrice CPIQ.pdf", "LISEZMOI - dossier cadres.md"]


# --- building one document's content --------------------------------------------------------------

def sup_of(p):
    return POSITIONS[p["sup"]]


def T(p, lang):
    return p["title_fr"] if lang == "fr" else p["title"]


HEADS = {
    "en": {"ga": ["General Accountability", "Purpose of the Position"],
           "org": ["Organization Structure", "Organizational Context"],
           "ns": ["Nature and Scope", "Scope and Environment"],
           "dim": ["Dimensions", "Quantitative Data"],
           "sa": ["Specific Accountabilities", "Key Responsibilities"],
           "csr": ["Client Service Results"], "ka": ["Key Activities"], "cert": ["Certification", "Signatures"]},
    "fr": {"ga": ["Responsabilités générales", "Raison d'être du poste"],
           "org": ["Structure organisationnelle", "Organisation"],
           "ns": ["Nature et étendue", "Contexte"],
           "dim": ["Dimensions", "Données quantitatives"],
           "sa": ["Responsabilités spécifiques", "Principales responsabilités"],
           "csr": ["Résultats axés sur le service à la clientèle"], "ka": ["Activités principales"],
           "cert": ["Attestation", "Signatures"]},
}


def heading(text, n, hs):
    numbering, case, colon = hs
    t = text.upper() if case == "upper" else text
    prefix = {"num": f"{n}. ", "alpha": f"{'ABCDEFGHIJ'[n - 1]}. ", "roman": f"{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][n - 1]}. ",
              "caps": "", "none": ""}[numbering]
    return prefix + t + (":" if colon else "")


def build(doc, lang=None):
    """The document as elements, and its ground truth. lang: the language of this copy."""
    p = dict(POSITIONS[doc["k"]])
    p.update(doc["ov"])
    lang = lang or ("en" if doc["lang"] in ("en", "bi") else "fr")
    s = sup_of(p)
    fte, sal, om = p["fte"], p["salary"], p["om"]
    job = None if doc["nojob"] else p["job"]
    els, hdr = [], []
    title = T(p, lang)
    hdr.append(("title", title))
    hdr.append(("cls", fcls(p["cls"], doc["cs"])))
    if job:
        hdr.append(("job", job))
    hdr.append(("pos", p["pos"]))
    hdr.append(("date", fdate(p["date"], lang, doc["ds"])))
    hdr.append(("branch", p["branch"][0 if lang == "en" else 1]))
    hdr.append(("loc", locstr(p["loc"], lang, doc["ds"] % 3)))
    truth_sup = {"position_number": s["pos"], "title": T(s, lang), "classification": s["cls"]}
    if doc["sup"] == "fields":
        hdr += [("sup_pos", s["pos"]), ("sup_title", T(s, lang)), ("sup_cls", fcls(s["cls"], doc["cs"] + 1))]
    elif doc["sup"] == "two":
        hdr += [("sup_title", T(s, lang)), ("sup_pos", s["pos"])]
        truth_sup["classification"] = None
    elif doc["sup"] == "sentence":
        v = (f"{T(s, lang)} ({fcls(s['cls'], doc['cs'])}), position {s['pos']}" if lang == "en"
             else f"{T(s, lang)} ({fcls(s['cls'], doc['cs'])}), poste no {s['pos']}")
        hdr.append(("sup_one", v))
    order = doc["order"] or (sum(map(ord, doc["f"])) % 3)
    if order == 1:
        hdr = hdr[2:5] + hdr[:2] + hdr[5:]
    elif order == 2:
        hdr = [hdr[0]] + hdr[5:] + hdr[1:5]
    H = HEADS[lang]
    alt = sum(map(ord, doc["f"])) % 2
    short = T(s, lang)
    # direct reports
    drs = [(t_en if lang == "en" else t_fr, c, n) for t_en, t_fr, c, n in p["drs"]]
    truth_drs = [{"title": t, "classification": None if doc["dr"] == "noclass" else c,
                  "fte": None if doc["dr"] == "nocount" else n} for t, c, n in drs]
    fte_w = "FTEs" if lang == "en" else "ETP"
    style = doc["dr"]
    dr_els = []
    intro = (f"The following positions report directly to the {title}:" if lang == "en"
             else f"Les postes suivants relèvent directement du titulaire ({title}) :")
    if style == "table":
        head = ["Position", "Group/Level", "FTEs"] if lang == "en" else ["Poste", "Groupe et niveau", "ETP"]
        dr_els = [("p", intro), ("table", [head] + [[t, c, str(n)] for t, c, n in drs])]
    elif style == "prose":
        parts = [(f"the {t} ({c}, staff of {n})" if lang == "en" else f"le {t} ({c}, {n} employés)") for t, c, n in drs]
        joined = "; ".join(parts[:-1]) + ("; and " if lang == "en" else "; et ") + parts[-1]
        n_words = ["two", "three", "four", "five", "six"][len(drs) - 2]
        dr_els = [("p", f"The position has {n_words} direct reports: {joined}." if lang == "en"
                   else f"Le poste compte {len(drs)} subordonnés directs : {joined}.")]
    else:
        fmt = {"bullets": lambda t, c, n: f"{t} ({c}, {n} {fte_w})",
               "dash": lambda t, c, n: f"{c} - {t} ({n} FTE)" if lang == "en" else f"{c} – {t} (effectif de {n})",
               "numbered": lambda t, c, n: f"{t}, {c}, {n} {fte_w}",
               "noclass": lambda t, c, n: f"{t} – {n} {fte_w}",
               "nocount": lambda t, c, n: f"{t} ({c})"}[style]
        dr_els = [("p", intro), ("list", [fmt(*d) for d in drs], style == "numbered")]
    sup_line = []
    if doc["sup"] == "prose":
        sup_line = [("p", f"The {title} reports to the {T(s, lang)} ({s['cls']}, position {s['pos']}).")]
    elif doc["sup"] == "none":
        truth_sup = {"position_number": None, "title": None, "classification": None}
    org = sup_line + ([("p", f"The {title} reports to the {short}.")] if lang == "en" and doc["sup"] != "prose"
                      else [("p", f"Le titulaire relève {prose.du(short)}.")] if lang == "fr" else []) + dr_els
    # dimensions
    a = lambda v: famt(v, lang, doc["as_"])  # noqa: E731
    tot = sal + om
    if doc["dim"] == "sentence":
        dim = [("p", f"The position manages a budget of {a(tot)}, made up of {a(sal)} in salary and {a(om)} in "
                     f"operating and maintenance funds, and a staff of {fte} full-time equivalents." if lang == "en"
                else f"Le poste gère un budget de {a(tot)}, soit {a(sal)} en salaires et {a(om)} en fonctionnement "
                     f"et entretien, ainsi qu'un effectif de {fte} ETP.")]
    elif doc["dim"] == "table":
        dim = [("table", [["Resource", "Amount"], ["FTEs", str(fte)], ["Salary", a(sal)], ["O&M", a(om)],
                          ["Total", a(tot)]] if lang == "en" else
                [["Ressource", "Montant"], ["ETP", str(fte)], ["Salaires", a(sal)], ["F et E", a(om)], ["Total", a(tot)]])]
    else:
        if lang == "en":
            fl = [f"FTEs: {fte}", f"Full-time equivalents: {fte}", f"Staff: {fte} employees",
                  f"Number of FTEs: {fte}"][doc["fs"] % 4 if doc["fs"] else doc["as_"] % 4]
            dim = [("list", [fl, f"Salary: {a(sal)}", f"O&M: {a(om)}", f"Total: {a(tot)}"], False)]
        else:
            fl = [f"ETP : {fte}", f"Effectif : {fte} employés", f"Nombre d'ETP : {fte}"][doc["as_"] % 3]
            dim = [("list", [fl, f"Salaires : {a(sal)}", f"Fonctionnement et entretien : {a(om)}", f"Total : {a(tot)}"],
                    False)]
    if doc["tpl"] == "csr":
        sections = [(H["csr"][0], [("p", prose.client_results(p, lang))]),
                    (H["ka"][0], [("list", prose.accountabilities(p, lang), False)]),
                    (H["org"][alt], org), (H["dim"][alt], dim), (H["ns"][alt], [("p", x) for x in prose.scope(p, lang)])]
    else:
        sections = [(H["ga"][alt], [("p", x) for x in prose.purpose(p, lang, short)]), (H["org"][alt], org),
                    (H["ns"][alt], [("p", x) for x in prose.scope(p, lang)]), (H["dim"][alt], dim),
                    (H["sa"][alt], [("list", prose.accountabilities(p, lang), True)])]
        if order == 1:
            sections = [sections[0], sections[3], sections[1], sections[4], sections[2]]
    for n, (h, body) in enumerate(sections, 1):
        els.append(("h", heading(h, n, doc["hs"])))
        els += body
    els.append(("h", heading(H["cert"][alt], len(sections) + 1, doc["hs"])))
    els.append(("p", prose.certification(lang)))
    sig = []
    if doc["inc"]:
        sig.append(("Incumbent" if lang == "en" else "Titulaire") + f": {doc['inc']}")
    roles = [T(s, lang), "Director General, Human Resources" if lang == "en" else "Directeur général, Ressources humaines"]
    for name, role in zip(doc["people"], roles):
        sig += [name, role, ("Date: " if lang == "en" else "Date : ") + fdate(p["date"], lang, doc["ds"])]
    els.append(("sig", sig))
    truth = {"title": title, "classification": p["cls"], "job_code": job, "position_number": p["pos"],
             "effective_date": p["date"], "supervisor": truth_sup, "direct_reports": truth_drs,
             "salary": sal, "o_and_m": om, "total": tot, "location": LOC[p["loc"]][2 if lang == "en" else 3]}
    also = {"fte": fte, "operating_budget": None, "program_budget": None, "provisional_number": None}
    return hdr, els, truth, also


# --- rendering ------------------------------------------------------------------------------------

def labelled(hdr, lang):
    return [(label(lang, k), v) for k, v in hdr]


def text_lines(doc, hdr, els, lang, form_title=True):
    """A form as text lines: header fields in the document's layout, then the sections."""
    out = []
    if form_title:
        out += ["EXECUTIVE WORK DESCRIPTION" if lang == "en" else "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION",
                "Environment Canada" if lang == "en" else "Environnement Canada", ""]
    sep = " : " if lang == "fr" else ": "
    for lab, val in labelled(hdr, lang):
        if doc["hdr"] == "next":
            out += [lab + (":" if lang == "en" else " :"), val]
        elif doc["hdr"] == "dots":
            out.append(f"{lab.upper()} " + "." * max(3, 34 - len(lab)) + f" {val}")
        elif doc["hdr"] == "pad":
            out.append(f"{lab + ':':<34}{val}")
        else:
            out.append(f"{lab}{sep}{val}")
    out.append("")
    for el in els:
        out += el_lines(el)
    return out


def el_lines(el):
    kind = el[0]
    if kind == "h":
        return ["", el[1]]
    if kind == "p":
        return [el[1]]
    if kind == "list":
        return [f"{i}. {x}" if el[2] else f"- {x}" for i, x in enumerate(el[1], 1)]
    if kind == "table":
        return ["   ".join(r) for r in el[1]]
    if kind == "sig":
        return [""] + el[1]
    return []


def wrap(line, width):
    words, out, cur = line.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return out


CONFUSE = [("rn", "m"), ("m", "rn"), ("l", "1"), ("i", "l"), ("e", "c"), ("h", "b"), ("t", "l"), ("ti", "b"),
           ("cl", "d"), ("o", "a")]


def damage(lines, rng, level, protect):
    """Letter confusions in the prose (not in the values the ground truth checks); at level 2 also
    0/O and 1/I in numbers, as typed forms scan."""
    out = []
    for line in lines:
        if any(v and v in line for v in protect) or len(line) < 50:
            if level >= 2:
                line = re.sub(r"(?<=EX-)0", "O", line)
                line = re.sub(r"(?<=\d)1(?=\d)", "I", line, count=1) if rng.random() < 0.5 else line
            out.append(line)
            continue
        words = line.split(" ")
        for i, w in enumerate(words):
            if len(w) > 4 and w.isalpha() and rng.random() < 0.06 * level:
                a, b = CONFUSE[rng.randrange(len(CONFUSE))]
                words[i] = w.replace(a, b, 1)
        line = " ".join(words)
        if rng.random() < 0.05 * level:
            line = line.replace(" ", "", 1)
        out.append(line)
    return out


def render_ocr(doc, hdr, els, lang, truth, extra=None):
    rng = random.Random(doc["f"])
    lines = text_lines(doc, hdr, els, lang, form_title=doc.get("ocr") != "columns")
    if extra:
        lines += ["", "-" * 20, ""] + extra
    protect = [truth["title"] if isinstance(truth["title"], str) else truth["title"][0],
               truth["location"].split(",")[0].split(" (")[0]] + [d["title"] for d in truth["direct_reports"]]
    style = doc.get("ocr")
    if style == "columns":
        # a two-column page: the header and organization column interleaved with the prose column
        nh = next(i for i, l in enumerate(lines) if i > 3 and not l.strip())  # the header fields, full width
        body = [w for l in lines[nh:] for w in (wrap(l, 44) if l else [""])]
        half = (len(body) + 1) // 2
        left, right = body[:half], body[half:]
        rows = lines[:nh] + [f"{l:<46}{r}".rstrip() for l, r in zip(left, right + [""] * (len(left) - len(right)))]
        lines = ["ENVIRONNEMENT CANADA" if lang == "fr" else "ENVIRONMENT CANADA", ""] + rows
        lines = damage(lines, rng, doc["dmg"], protect)
        return "\n".join(lines) + "\n"
    lines = damage(lines, rng, doc["dmg"], protect)
    if style == "typed":
        body = [w for l in lines for w in (wrap(l, 68) if l and " ..." not in l else [l])]
        return "\n".join(body).replace("\n\n\n", "\n\n") + "\n\f\n"
    if style == "wrapped_run":
        run = " ".join(l for l in lines if l.strip())
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + run + "\n"
    # pages with a running head and page numbers
    body = [w for l in lines for w in (wrap(l, 86) if l else [""])]
    pages = [body[i:i + 52] for i in range(0, len(body), 52)]
    head = (T(POSITIONS[doc["k"]], lang)[:60]).upper()
    out = []
    for n, pg in enumerate(pages, 1):
        if n > 1:
            out += [head, ""]
        out += pg
        out += ["", f"Page {n} of {len(pages)}" if lang == "en" else f"Page {n} de {len(pages)}", "\f"]
    return "\n".join(out) + "\n"


def render_md(doc, hdr, els, lang):
    out = ["# " + ("Work Description" if lang == "en" else "Description de travail"), ""]
    labs = labelled(hdr, lang)
    if doc["hdr"] == "md_table":
        out += ["| Champ | Valeur |", "|---|---|"] + [f"| {l} | {v} |" for l, v in labs]
    else:
        out += [f"**{l}:** {v}  " for l, v in labs]
    out.append("")
    for el in els:
        if el[0] == "h":
            out += ["", "## " + el[1].rstrip(":"), ""]
        elif el[0] == "p":
            out += [el[1], ""]
        elif el[0] == "list":
            out += [f"{i}. {x}" if el[2] else f"* {x}" for i, x in enumerate(el[1], 1)] + [""]
        elif el[0] == "table":
            out += ["| " + " | ".join(el[1][0]) + " |", "|" + "---|" * len(el[1][0])]
            out += ["| " + " | ".join(r) + " |" for r in el[1][1:]] + [""]
        elif el[0] == "sig":
            out += [x + "  " for x in el[1]] + [""]
    return "\n".join(out) + "\n"


def render_pdf(doc, hdr, els, lang):
    lines = [w for l in text_lines(doc, hdr, els, lang) for w in (wrap(l, 100) if l else [""])]
    pages = [lines[i:i + 62] for i in range(0, len(lines), 62)]
    foot = f"{T(POSITIONS[doc['k']], lang)} - Work Description"
    return pdf_bytes(["\n".join(pg + ["", f"{foot}    {n}/{len(pages)}"]) for n, pg in enumerate(pages, 1)])


def new_docx():
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by = "ECCC-EX Services", "ECCC-EX Services"
    cp.created = cp.modified = dt.datetime(2020, 1, 1, 12, 0, 0)
    cp.revision = 3
    return d


def add_table(d, rows, header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
            if header and i == 0:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    return t


def docx_body(d, els, doc):
    word_heads = doc["hdr"] in ("table2", "bi_table")
    for el in els:
        if el[0] == "h":
            if word_heads:
                d.add_heading(el[1], level=1)
            else:
                d.add_paragraph().add_run(el[1]).bold = True
        elif el[0] == "p":
            d.add_paragraph(el[1])
        elif el[0] == "list":
            for x in el[1]:
                d.add_paragraph(x, style="List Number" if el[2] else "List Bullet")
        elif el[0] == "table":
            add_table(d, el[1])
            d.add_paragraph()
        elif el[0] == "sig":
            d.add_paragraph()
            for x in el[1]:
                d.add_paragraph(x)


def render_docx(doc, hdr, els, lang, hdr_fr=None, els_fr=None):
    d = new_docx()
    if lang == "bi":
        d.add_heading("Executive Work Description / Description de travail de la direction", level=0)
    else:
        d.add_heading("Executive Work Description" if lang == "en" else "Description de travail – Direction", level=0)
    if doc["hdr"] == "bi_table":
        en, fr = labelled(hdr, "en"), labelled(hdr_fr, "fr")
        add_table(d, [[f"{l}: {v}", f"{lf} : {vf}"] for (l, v), (lf, vf) in zip(en, fr)], header=False)
        d.add_paragraph()
        docx_body(d, els, doc)
        d.add_page_break()
        docx_body(d, els_fr, doc)
    elif doc["hdr"] == "bi_labels":
        en, fr = labelled(hdr, "en"), labelled(hdr_fr, "fr")
        rows = []
        for (l, v), (lf, vf) in zip(en, fr):
            rows.append([f"{l} / {lf}", v if v == vf else f"{v} / {vf}"])
        add_table(d, rows, header=False)
        d.add_paragraph()
        docx_body(d, els, doc)
    else:
        labs = labelled(hdr, lang)
        if doc["hdr"] == "table2":
            add_table(d, [[l, v] for l, v in labs], header=False)
        elif doc["hdr"] == "table4":
            rows = [[labs[i][0], labs[i][1]] + (list(labs[i + 1]) if i + 1 < len(labs) else ["", ""])
                    for i in range(0, len(labs), 2)]
            add_table(d, rows, header=False)
        else:  # bold labels
            for l, v in labs:
                para = d.add_paragraph()
                para.add_run(l + (" : " if lang == "fr" else ": ")).bold = True
                para.add_run(v)
        d.add_paragraph()
        docx_body(d, els, doc)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    """The same zip with fixed timestamps and order, so the .docx bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# --- documents to refuse ---------------------------------------------------------------------------

def refuse_docs():
    rng = random.Random("scan0051")
    junk = []
    for _ in range(40):
        junk.append("".join(rng.choice("~!|l1I;:.,'`-_=oO0e#%&  ") for _ in range(rng.randrange(20, 80))))
    out = {"scan0051.txt": ("ocr", "en", ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
                                          + " ".join(junk) + "\n").encode())}
    d = new_docx()
    d.add_heading("EX staffing and classification tracker – FY 2019-2020", level=1)
    d.add_paragraph("Updated weekly by the Executive Services team. Do not forward outside HR.")
    rows = [["Position #", "Title", "Level", "Action", "Status", "Notes"]]
    for k in ("DIR_EXS", "DIR_FPRM", "DIR_ASPC", "RD_EPO_QC", "DIR_APR", "IA_RD_ATL", "DIR_CIP"):
        p = POSITIONS[k]
        rows.append([p["pos"], p["title"], p["cls"], ["Reclassification", "Staffing (EOI)", "Acting", "WD update"][len(k) % 4],
                     ["Committee 2019-11", "Pending DG approval", "Closed", "With OCHRO"][len(p["pos"]) % 4], ""])
    add_table(d, rows)
    d.add_paragraph("Next classification committee: February 12, 2020.")
    buf = io.BytesIO()
    d.save(buf)
    out["EX staffing tracker 2019-2020.docx"] = ("docx", "en", fixed_zip(buf.getvalue()))
    memo = ("Environnement Canada\nNOTE AU DOSSIER\n\nObjet : Revue de la classification - poste 10522, Directrice, "
            "Gestion des laboratoires et des installations\n\nLe comité de classification des cadres s'est réuni le "
            "12 décembre 2022 pour examiner la description de travail révisée du poste mentionné en objet. Le comité "
            "recommande de maintenir le niveau EX-O1. Les cotes attribuées selon la méthode Hay sont consignées dans "
            "le rapport de cotation joint. Une copie de la présente note est versée au dossier de classification.\n\n"
            "Prochaines étapes : aviser la gestionnaire déléguée et mettre à jour le système de gestion des postes.\n\n"
            "Conseillère principale en classification\nServices aux cadres\n\nPage 1 de 1\n")
    out["scan0047 - note au dossier.txt"] = ("ocr", "fr", memo.encode())
    letter = ["Le 3 juin 2021", "", "Madame,", "",
              "J'ai le plaisir de vous offrir une nomination pour une période indéterminée au poste de Directrice,",
              "Centre de prévision des intempéries du Québec (EX-01), poste no 30144, à Montréal (Québec),",
              "à compter du 7 juin 2021.", "",
              "Votre traitement annuel sera établi dans l'échelle salariale du niveau EX-01. Cette offre est",
              "conditionnelle au maintien d'une cote de fiabilité approfondie.", "",
              "Veuillez signer et retourner une copie de la présente lettre pour indiquer votre acceptation.", "",
              "Directrice générale, Services de prévision", "", "J'accepte l'offre ci-dessus : ____________________"]
    out["Lettre d'offre - Directrice CPIQ.pdf"] = ("pdf", "fr", pdf_bytes(["\n".join(letter)]))
    readme = ("# LISEZMOI – dossier des cadres (EX)\n\nCe dossier partagé contient les descriptions de travail des "
              "postes de la direction, versions signées et ébauches.\n\n## Convention de nommage\n\n* `WD_EX0n_Titre "
              "FINAL` : version approuvée par le comité\n* `DT-...` : description de travail en français\n* `scanNNNN` : "
              "numérisations des copies papier (avant 2016)\n\n## À faire\n\n* Vérifier les versions en double\n"
              "* Archiver les ébauches de plus de cinq ans\n\nResponsable du dossier : Services aux cadres, poste 10431.\n")
    out["LISEZMOI - dossier cadres.md"] = ("md", "fr", readme.encode())
    return out


# --- main -------------------------------------------------------------------------------------------

def main():
    _COUNT.clear()
    for folder in (CORPUS, EXPECTED):
        folder.mkdir(exist_ok=True)
        for f in folder.iterdir():
            f.unlink()
    for doc in DOCS:
        lang = doc["lang"]
        if lang == "bi":
            hdr, els, truth, also = build(doc, "en")
            hdr_fr, els_fr, truth_fr, _ = build(doc, "fr")
            truth["title"] = [truth["title"], truth_fr["title"]]
        else:
            hdr, els, truth, also = build(doc)
        if doc["kind"] == "docx":
            data = (render_docx(doc, hdr, els, "bi", hdr_fr, els_fr) if lang == "bi"
                    else render_docx(doc, hdr, els, lang))
        elif doc["kind"] in ("ocr", "ocr-columns"):
            extra = None
            if lang == "bi":
                extra = text_lines(doc, hdr_fr, els_fr, "fr")[:40]
            data = render_ocr(doc, hdr, els, "en" if lang == "bi" else lang, truth, extra).encode("utf-8")
        elif doc["kind"] == "md":
            data = render_md(doc, hdr, els, lang).encode("utf-8")
        else:
            data = render_pdf(doc, hdr, els, lang)
        (CORPUS / doc["f"]).write_bytes(data)
        people = list(doc["people"]) + ([doc["inc"]] if doc["inc"] else [])
        exp = {"document": doc["f"], "kind": doc["kind"], "language": lang, "outcome": "import", "fields": truth,
               "not_stated": [], "also": also, "people": people}
        if doc["version"]:
            pos, newest = doc["version"]
            exp["versions"] = {"position": pos, "documents": [d["f"] for d in DOCS if d["version"]
                                                              and d["version"][0] == pos], "newest": newest}
        if POSITIONS[doc["k"]]["sup"] and POSITIONS[POSITIONS[doc["k"]]["sup"]]["doc"]:
            exp["reports_to_in_corpus"] = [d["f"] for d in DOCS if d["k"] == POSITIONS[doc["k"]]["sup"]]
        write_yaml(EXPECTED / f"{doc['f']}.expected.yaml", exp)
    for name, (kind, lang, data) in refuse_docs().items():
        (CORPUS / name).write_bytes(data)
        write_yaml(EXPECTED / f"{name}.expected.yaml",
                   {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "people": []})
    print(f"{len(DOCS)} work descriptions and {len(REFUSE)} documents to refuse written to {CORPUS}")


def write_yaml(path, data):
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
