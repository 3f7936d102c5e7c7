"""Write the blind63 corpus: EX work descriptions from agencies, tribunals, regional development
agencies and commissioners' offices, following the EX template loosely.

    /work/main/.venv/bin/python bench/import/blind63/make_blind.py

Writes ``corpus/`` and ``expected/`` next to this file, byte for byte the same on every run
(a fixed seed; Word files re-zipped with a fixed date). Needs python-docx and PyYAML.
"""
from __future__ import annotations

import datetime
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import docx
import yaml
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
from texts import (ACTIVITIES_EN, ACTIVITIES_FR, AGENCIES, ASSISTANT, CHALLENGE_EN, CHALLENGE_FR,  # noqa: E402
                   FIRST, LAST, REPORTS_EN, REPORTS_FR, SUMMARY_EN, SUMMARY_FR)
from tests.import_files import pdf_bytes  # noqa: E402

SEED = 63

# ---------------------------------------------------------------------------------------------
# The positions. sup = (mode, position number, title, classification); modes: fields3 (three
# labelled fields), fields2 (title and level labelled), reports_to (one line "Reports to: T (EX)"),
# sentence (in the reporting section), role (only a role, in a sentence).
# loc = (text as printed, truth)
P = []


def pos(file, kind, lang, ag, title, cls, posno, date, sup, loc, dom, unit, **kw):
    P.append(dict(file=file, kind=kind, lang=lang, ag=ag, title=title, cls=cls, posno=posno, date=date,
                  sup=sup, loc=loc, dom=dom, unit=unit, **kw))


# --- Word files --------------------------------------------------------------------------------
pos("VP Operations - ACOA.docx", "docx", "en", "ACOA", "Vice-President, Operations", "EX-04", "10-0012",
    "2022-06-13", ("role", None, "President", None), ("Moncton, New Brunswick",) * 2, "ops", "Operations Sector")
pos("DG New Brunswick Region, ACOA FINAL.docx", "docx", "en", "ACOA", "Director General, New Brunswick Region",
    "EX-03", "10-2231", "2023-04-01", ("reports_to", None, "Vice-President, Operations", "EX-04"),
    ("Fredericton, New Brunswick",) * 2, "ops", "New Brunswick Region", in_corpus="VP Operations - ACOA.docx")
pos("Directeur général, Programmes - DEC 2021.docx", "docx", "fr", "CED", "Directeur général, Programmes", "EX-03",
    "DEC-00731", "2021-09-01", ("sentence", None, "vice-présidente, Opérations", "EX-04"),
    ("Montréal (Québec)", "Montréal, Québec"), "programs", "Direction générale des programmes", version="dec-dg")
pos("Directeur général, Programmes - DEC 2023 (révisée).docx", "docx", "fr", "CED", "Directeur général, Programmes",
    "EX-03", "DEC-00731", "2023-05-15", ("sentence", None, "vice-présidente, Opérations", "EX-04"),
    ("Montréal (Québec)", "Montréal, Québec"), "programs", "Direction générale des programmes", version="dec-dg")
pos("Director, Policy and Research - PrairiesCan.docx", "docx", "en", "PRAIRIES", "Director, Policy and Research",
    "EX-01", "70014523", "2022-10-03", ("fields3", "70010002", "Director General, Policy", "EX-03"),
    ("Edmonton, Alberta",) * 2, "policy", "Policy and Research Directorate", job="104388")
pos("ED Indigenous Partnerships PacifiCan.docx", "docx", "en", "PACIFICAN",
    "Executive Director, Indigenous Economic Partnerships", "EX-02", "80000417", "2023-11-20",
    ("fields2", None, "Assistant Deputy Minister, Programs and Partnerships", "EX-04"),
    ("Vancouver, British Columbia",) * 2, "programs", "Indigenous Economic Partnerships Directorate")
pos("DG Nunavut Regional Office - CanNor (bilingual).docx", "docx", "bilingual", "CANNOR",
    "Director General, Nunavut Regional Office", "EX-02", "40-1127", "2022-01-10", ("role", None, "President", None),
    ("Iqaluit, Nunavut",) * 2, "ops", "Nunavut Regional Office",
    title_fr="Directrice générale, Bureau régional du Nunavut")
pos("Directrice générale, Assurance de la conformité (CLO).docx", "docx", "fr", "OCOL",
    "Directrice générale, Assurance de la conformité", "EX-03", "2014-118", "2020-02-17",
    ("fields3", "2014-004", "Commissaire adjointe, Conformité et politiques", "EX-04"),
    ("Gatineau (Québec)", "Gatineau, Québec"), "invest", "Direction générale de l'assurance de la conformité")
pos("Director, Compliance and Audits - OPC (signed).docx", "docx", "en", "OPC", "Director, Compliance and Audits",
    "EX-01", "3117-0045", "2021-03-29", ("reports_to", None, "Deputy Commissioner, Compliance", "EX-03"),
    ("Gatineau, Quebec",) * 2, "invest", "Compliance and Audits Directorate")
pos("DG Investigations OIC.docx", "docx", "en", "OIC", "Director General, Investigations", "EX-02", "00612",
    "2024-01-08", ("sentence", None, "Deputy Commissioner, Investigations and Governance", "EX-03"),
    ("Gatineau", "Gatineau"), "invest", "Investigations Branch")
pos("Directeur, Registre - Commissariat au lobbying.docx", "docx", "fr", "OCL",
    "Directeur, Registre et gestion de l'information", "EX-01", "CAL-0019", "2019-07-02",
    ("role", None, "commissaire au lobbying", None), ("Ottawa (Ontario)", "Ottawa, Ontario"), "corp",
    "Direction du registre et de la gestion de l'information")
pos("Director General, Central Region - IRB Toronto.docx", "docx", "en", "IRB", "Director General, Central Region",
    "EX-02", "IRB-40217", "2022-09-06", ("fields3", "IRB-10004", "Director General, Operations", "EX-03"),
    ("Toronto, Ontario",) * 2, "tribunal", "Central Region")
pos("Directrice générale, Région de l'Est - CISR.docx", "docx", "fr", "IRB", "Directrice générale, Région de l'Est",
    "EX-02", "IRB-40311", "2022-09-06", ("fields3", "IRB-10004", "Directeur général, Opérations", "EX-03"),
    ("Montréal (Québec)", "Montréal, Québec"), "tribunal", "Région de l'Est")
pos("ATSSC - Executive Director and General Counsel, SST.docx", "docx", "en", "ATSSC",
    "Executive Director and General Counsel, Social Security Tribunal", "EX-03", "500187", "2021-06-21",
    ("reports_to", None, "Chief Administrator", None), ("Ottawa, Ontario",) * 2, "tribunal",
    "Social Security Tribunal Secretariat", job="103922")
pos("CTA DG Dispute Resolution.docx", "docx", "en", "CTA", "Director General, Dispute Resolution", "EX-03", "04721",
    "2023-02-27", ("role", None, "Chair and Chief Executive Officer", None), ("Gatineau, Quebec",) * 2, "tribunal",
    "Dispute Resolution Branch")
pos("Directeur exécutif, Radiodiffusion - CRTC.docx", "docx", "fr", "CRTC", "Directeur exécutif, Radiodiffusion",
    "EX-04", "3C-0452", "2020-11-16", ("role", None, "président et premier dirigeant", None),
    ("Gatineau (Québec)", "Gatineau, Québec"), "policy", "Secteur de la radiodiffusion")
pos("PBC Regional Director General, Ontario and Nunavut.docx", "docx", "en", "PBC",
    "Regional Director General, Ontario and Nunavut", "EX-02", "P-1187", "2021-12-01",
    ("fields2", None, "Executive Director General", "EX-04"), ("Kingston, Ontario",) * 2, "tribunal",
    "Ontario and Nunavut Region")
pos("Registrar, VRAB.docx", "docx", "en", "VRAB", "Registrar and Director, Tribunal Services", "EX-01", "VRAB-0031",
    "2022-04-04", ("reports_to", None, "Director General, Operations", "EX-02"),
    ("Charlottetown, Prince Edward Island",) * 2, "tribunal", "Tribunal Services Directorate", version="vrab-reg")
pos("CNSC - Director General, Nuclear Cycle and Facilities Regulation - FINAL (1).docx", "docx", "en", "CNSC",
    "Director General, Nuclear Cycle and Facilities Regulation", "EX-03", "12-0087", "2019-05-13",
    ("reports_to", None, "Executive Vice-President and Chief Regulatory Operations Officer", "EX-05"),
    ("Ottawa, Ontario",) * 2, "invest", "Directorate of Nuclear Cycle and Facilities Regulation", job="103998")
pos("Directrice, Enquêtes aéronautiques - BST.docx", "docx", "fr", "TSB", "Directrice des enquêtes (Aéronautique)",
    "EX-01", "BST-0214", "2023-08-28", ("fields3", "BST-0002", "Administrateur général", "EX-04"),
    ("Gatineau (Québec)", "Gatineau, Québec"), "invest", "Direction des enquêtes (Aéronautique)")
pos("CSA DG Space Utilization - bilingue.docx", "docx", "bilingual", "CSA", "Director General, Space Utilization",
    "EX-03", "0458", "2021-01-18", ("fields3", "0006", "Vice-President, Space Program Policy", "EX-04"),
    ("Longueuil, Quebec",) * 2, "programs", "Space Utilization Branch",
    title_fr="Directeur général, Utilisation de l'espace")
pos("Chief Financial Officer - FCAC.docx", "docx", "en", "FCAC",
    "Chief Financial Officer and Director General, Corporate Services", "EX-03", "2019-0241", "2024-03-11",
    ("role", None, "Commissioner", None), ("Ottawa, Ontario",) * 2, "corp", "Corporate Services Branch")
pos("Directeur, Services intégrés - BEC.docx", "docx", "fr", "OCI", "Directeur, Services intégrés", "EX-01",
    "OCI-027", "2018-10-22", ("reports_to", None, "Directeur exécutif et avocat général", "EX-03"),
    ("Ottawa (Ontario)", "Ottawa, Ontario"), "corp", "Direction des services intégrés")
# --- scans (OCR text) --------------------------------------------------------------------------
pos("scan_DG_CGC_Winnipeg.txt", "ocr", "en", "CGC", "Director General, Grain Research Laboratory", "EX-02", "1077",
    "2018-04-01", ("fields3", "1002", "Chief Operating Officer", "EX-04"), ("Winnipeg, Manitoba",) * 2, "policy",
    "Grain Research Laboratory")
pos("FedNor DG Programs scan.txt", "ocr", "en", "FEDNOR", "Director General, Programs and Services", "EX-02",
    "FN-0231", "2020-07-20", ("reports_to", None, "President", None), ("Sudbury, Ontario",) * 2, "programs",
    "Programs and Services Branch")
pos("WD ACOA Director Enterprise Development NS 2019.txt", "ocr", "en", "ACOA", "Director, Enterprise Development",
    "EX-01", "10-3318", "2019-01-14", ("sentence", None, "Regional Vice-President, Nova Scotia", "EX-04"),
    ("Halifax, Nova Scotia",) * 2, "programs", "Enterprise Development Division")
pos("DG régionale - CLCC Québec (numérisé).txt", "ocr", "fr", "PBC", "Directrice générale régionale, Québec",
    "EX-02", "P-1204", "2021-12-01", ("fields2", None, "Directeur général exécutif", "EX-04"),
    ("Montréal (Québec)", "Montréal, Québec"), "tribunal", "Région du Québec")
pos("Directeur régional, Abitibi DEC.txt", "ocr", "fr", "CED",
    "Directeur, Bureau d'affaires de l'Abitibi-Témiscamingue", "EX-01", "DEC-01144", "2020-03-09",
    ("sentence", None, "directrice générale, Opérations régionales", "EX-03"),
    ("Rouyn-Noranda (Québec)", "Rouyn-Noranda, Québec"), "ops", "Bureau d'affaires de l'Abitibi-Témiscamingue")
pos("OCOL Director Atlantic Region scan.txt", "ocr", "en", "OCOL", "Director, Atlantic Region", "EX-01", "2014-219",
    "2017-09-05", ("reports_to", None, "Director General, Compliance Assurance", "EX-03"), ("Moncton, NB",) * 2,
    "invest", "Atlantic Regional Office")
pos("Commissariat vie privée - Directeur TI.txt", "ocr", "fr", "OPC",
    "Directeur, Technologie de l'information et sécurité", "EX-01", "3117-0102", "2022-05-30",
    ("fields3", "3117-0008", "Sous-commissaire, Services intégrés", "EX-03"),
    ("Gatineau (Québec)", "Gatineau, Québec"), "it", "Direction de la technologie de l'information et de la sécurité")
pos("IRB Vancouver DG.txt", "ocr", "en", "IRB", "Director General, Western Region", "EX-02", "IRB-40452",
    "2022-09-06", ("fields3", "IRB-10004", "Director General, Operations", "EX-03"),
    ("Vancouver, British Columbia",) * 2, "tribunal", "Western Region")
pos("CanNor ED NPMO.txt", "ocr", "en", "CANNOR", "Executive Director, Northern Projects Management Office", "EX-02",
    "40-1010", "2019-11-25", ("role", None, "President", None), ("Yellowknife, Northwest Territories",) * 2, "ops",
    "Northern Projects Management Office")
pos("Directrice générale, Analyse - OTC.txt", "ocr", "fr", "CTA",
    "Directrice générale, Analyse et affaires réglementaires", "EX-03", "04788", "2023-02-27",
    ("role", None, "président et premier dirigeant", None), ("Gatineau (Québec)", "Gatineau, Québec"), "policy",
    "Direction générale de l'analyse et des affaires réglementaires")
pos("Director Communications FCAC.txt", "ocr", "en", "FCAC", "Director, Communications and Marketing", "EX-01",
    "2019-0317", None, ("reports_to", None, "Deputy Commissioner, Consumer Education and Public Affairs", "EX-03"),
    ("Ottawa, Ontario",) * 2, "comms", "Communications and Marketing Directorate")
pos("ocr columns - PacifiCan Director Trade.txt", "ocr-columns", "en", "PACIFICAN", "Director, Trade and Investment",
    "EX-01", "80000522", "2024-02-12", ("fields3", "80000210", "Director General, Business Growth", "EX-02"),
    ("Vancouver, BC",) * 2, "programs", "Trade and Investment Division")
pos("Director General Corporate Services - ATSSC.txt", "text-cp1252", "en", "ATSSC",
    "Director General, Corporate Services", "EX-03", "500022", "2020-09-14", ("role", None, "Chief Administrator", None),
    ("Ottawa (Ontario)", "Ottawa, Ontario"), "corp", "Corporate Services Sector")
pos("Directeur, Services juridiques – TACRA.txt", "text-cp1252", "fr", "VRAB", "Directeur, Services juridiques",
    "EX-01", "VRAB-0044", "2022-04-04", ("fields2", None, "Directrice générale, Opérations", "EX-02"),
    ("Charlottetown (Île-du-Prince-Édouard)", "Charlottetown, Île-du-Prince-Édouard"), "tribunal",
    "Direction des services juridiques")
# --- PDFs --------------------------------------------------------------------------------------
pos("Registrar, VRAB - signed.pdf", "pdf", "en", "VRAB", "Registrar and Director, Tribunal Services", "EX-01",
    "VRAB-0031", "2022-04-04", ("reports_to", None, "Director General, Operations", "EX-02"),
    ("Charlottetown, Prince Edward Island",) * 2, "tribunal", "Tribunal Services Directorate", version="vrab-reg",
    same_as="Registrar, VRAB.docx")
pos("Directrice, Greffe et règlement des plaintes - CI.pdf", "pdf", "fr", "OIC",
    "Directrice, Greffe et règlement des plaintes", "EX-01", "00655", "2024-01-08",
    ("reports_to", None, "directeur général, Enquêtes", "EX-02"), ("Gatineau (Québec)", "Gatineau, Québec"), "invest",
    "Direction du greffe et du règlement des plaintes")
pos("CRTC Director General Telecom Competition.pdf", "pdf", "en", "CRTC",
    "Director General, Competition and Wholesale Telecommunications", "EX-02", "3C-0517", "2021-08-09",
    ("fields3", "3C-0100", "Executive Director, Telecommunications", "EX-04"), ("Gatineau, Quebec",) * 2, "policy",
    "Competition and Wholesale Telecommunications Directorate")
# --- Markdown ----------------------------------------------------------------------------------
pos("DG Saskatchewan Region - PrairiesCan.md", "markdown", "en", "PRAIRIES", "Director General, Saskatchewan Region",
    "EX-02", "70014002", "2023-06-26", ("sentence", None, "Assistant Deputy Minister, Operations", "EX-04"),
    ("Saskatoon, Saskatchewan",) * 2, "ops", "Saskatchewan Region")
pos("directeur-general-reglementation-centrales-ccsn.md", "markdown", "fr", "CNSC",
    "Directeur général, Réglementation des centrales nucléaires", "EX-03", "12-0041", "2020-10-05",
    ("fields3", "12-0003", "Premier vice-président et chef de la réglementation des opérations", "EX-05"),
    ("Ottawa (Ontario)", "Ottawa, Ontario"), "invest", "Direction générale de la réglementation des centrales nucléaires")
pos("OPC Director Policy Research.md", "markdown", "en", "OPC", "Director, Policy, Research and Parliamentary Affairs",
    "EX-01", "3117-0077", "2023-09-18", ("fields2", None, "Deputy Commissioner, Policy and Promotion", "EX-03"),
    ("Gatineau, Quebec",) * 2, "policy", "Policy, Research and Parliamentary Affairs Directorate")
pos("PBC Director General Record Suspensions.md", "markdown", "en", "PBC",
    "Director General, Record Suspensions and Clemency", "EX-02", "P-1050", None,
    ("reports_to", None, "Executive Director General", "EX-04"), ("Ottawa, Ontario",) * 2, "tribunal",
    "Record Suspensions and Clemency Directorate")
pos("Director Digital Services - SCDATA ATSSC (bilingue).md", "markdown", "bilingual", "ATSSC",
    "Director, Digital Services and IM/IT", "EX-01", "500311", "2022-11-14",
    ("fields3", "500022", "Director General, Corporate Services", "EX-03"), ("Ottawa, Ontario",) * 2, "it",
    "Digital Services and IM/IT Directorate", title_fr="Directeur, Services numériques et GI-TI",
    title_fr_sup="Directeur général, Services intégrés",
    in_corpus="Director General Corporate Services - ATSSC.txt")

# ---------------------------------------------------------------------------------------------
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def fmt_date(iso, lang, r):
    y, m, d = (int(x) for x in iso.split("-"))
    if lang == "fr":
        day = "1er" if d == 1 else str(d)
        forms = [f"{day} {FR_MONTHS[m - 1]} {y}", iso, f"le {day} {FR_MONTHS[m - 1]} {y}", f"{y}/{m:02d}/{d:02d}"]
        if d > 12:
            forms.append(f"{d:02d}/{m:02d}/{y}")
    else:
        suf = "st" if d in (1, 21, 31) else "nd" if d in (2, 22) else "rd" if d in (3, 23) else "th"
        forms = [f"{EN_MONTHS[m - 1]} {d}, {y}", f"{EN_MONTHS[m - 1]} {d}{suf}, {y}", iso, f"{d} {EN_MONTHS[m - 1]} {y}",
                 f"{EN_MONTHS[m - 1][:3]}. {d}, {y}", f"{d:02d}-{EN_MONTHS[m - 1][:3].upper()}-{y}"]
        if d > 12:
            forms.append(f"{m:02d}/{d:02d}/{y}")
    return r.choice(forms)


def fmt_cls(c, r, forms=("EX-01", "EX-01", "EX 01", "EX-1", "EX01")):
    g, lv = c.split("-")
    f = r.choice(forms)
    if f == "EX 01":
        return f"{g} {lv}"
    if f == "EX-1":
        return f"{g}-{int(lv)}"
    if f == "EX01":
        return f"{g}{lv}"
    return c


def _sp(n):   # French thousands with spaces
    return f"{n:,}".replace(",", " ")


def fmt_amount(v, lang, r):
    m = v / 1_000_000
    ms = f"{m:.2f}".rstrip("0").rstrip(".")
    if lang == "fr":
        forms = [f"{_sp(v)} $", f"{ms.replace('.', ',')} M$", f"{_sp(v)},00 $", f"{ms.replace('.', ',')} millions $"]
        if v < 1_000_000:
            forms = [f"{_sp(v)} $", f"{v // 1000} k$", f"{_sp(v)},00 $"]
    else:
        forms = [f"${v:,}", f"${ms}M", f"${ms} million", f"${v:,}.00"]
        if v < 1_000_000:
            forms = [f"${v:,}", f"${v // 1000}K", f"${v:,}.00"]
    return r.choice(forms)


def fmt_fte(n, lang, r):
    if lang == "fr":
        return r.choice([f"{n} ETP", f"effectif de {n}", f"{n} employés", f"{n} ETP"])
    return r.choice([f"{n} FTEs", f"{n} FTE", f"staff of {n}", f"{n} employees", f"{n} FTEs"])


def person(r, used):
    while True:
        n = f"{r.choice(FIRST)} {r.choice(LAST)}"
        if n not in used:
            used.add(n)
            return n


# ---------------------------------------------------------------------------------------------
LABELS = {
    "en": {
        "title": ["Position title", "Title", "Position Title", "Official title", "Job title", "Title of position"],
        "cls": ["Classification", "Group and level", "Level", "Group/Level", "Classification level"],
        "posno": ["Position number", "Position No.", "Pos. #", "Agency position number", "Position ID",
                  "Position reference no."],
        "job": ["Job code", "Generic job number", "Job code no."],
        "date": ["Effective date", "Date effective", "Effective", "In effect as of", "Effective date of description"],
        "loc": ["Location", "Work location", "Geographic location", "Office", "Place of work"],
        "unit": ["Organization", "Branch / Directorate", "Unit", "Sector"],
        "agency": ["Agency", "Organization name", "Department/Agency"],
        "sup_pos": ["Supervisor's position number", "Supervisor position no.", "Reports to (position #)"],
        "sup_title": ["Supervisor's title", "Supervisor position title", "Reports to (title)", "Immediate supervisor"],
        "sup_cls": ["Supervisor's classification", "Supervisor level", "Reports to (level)"],
        "reports_to": ["Reports to", "Reporting to", "Reports directly to"],
        "incumbent": ["Incumbent", "Current incumbent", "Name of incumbent"],
    },
    "fr": {
        "title": ["Titre du poste", "Intitulé du poste", "Titre", "Titre officiel"],
        "cls": ["Classification", "Groupe et niveau", "Niveau", "Groupe/niveau"],
        "posno": ["Numéro du poste", "No de poste", "N° du poste", "Numéro de poste (organisme)"],
        "job": ["Code d'emploi", "No de description générique"],
        "date": ["Date d'entrée en vigueur", "En vigueur le", "Date de prise d'effet", "Date d'effet"],
        "loc": ["Lieu de travail", "Emplacement", "Lieu", "Lieu géographique"],
        "unit": ["Organisation", "Direction générale / Direction", "Unité", "Secteur"],
        "agency": ["Organisme", "Ministère/organisme"],
        "sup_pos": ["No de poste du superviseur", "Numéro du poste du supérieur"],
        "sup_title": ["Titre du poste du superviseur", "Supérieur immédiat", "Titre du supérieur"],
        "sup_cls": ["Classification du superviseur", "Niveau du supérieur"],
        "reports_to": ["Relève de", "Rend compte à", "Supérieur hiérarchique"],
        "incumbent": ["Titulaire", "Titulaire actuel", "Nom du titulaire"],
    },
}
HEADINGS = {
    "en": {"summary": ["Role summary", "General accountability", "Purpose of the position", "Position summary"],
           "mandate": ["Mandate of the unit", "Organizational context", "Nature and scope", "Context"],
           "reporting": ["Reporting relationships", "Organization structure", "Organizational structure", "Structure"],
           "resources": ["Resources managed", "Dimensions", "Financial and human resources", "Scope and dimensions"],
           "activities": ["Key activities", "Specific accountabilities", "Main responsibilities", "Key responsibilities"],
           "challenges": ["Key challenges", "Environment and challenges", "Complexity"],
           "cert": ["Certification", "Approval", "Signatures"],
           "header": ["Position information", "Position details", "Identification"]},
    "fr": {"summary": ["Sommaire du rôle", "Responsabilité générale", "Raison d'être du poste", "Résumé du poste"],
           "mandate": ["Mandat de l'unité", "Contexte organisationnel", "Nature et portée", "Contexte"],
           "reporting": ["Liens hiérarchiques", "Structure organisationnelle", "Organisation"],
           "resources": ["Ressources gérées", "Dimensions", "Ressources financières et humaines", "Envergure"],
           "activities": ["Activités principales", "Responsabilités spécifiques", "Principales responsabilités"],
           "challenges": ["Défis principaux", "Environnement et défis", "Complexité"],
           "cert": ["Attestation", "Approbation", "Signatures"],
           "header": ["Renseignements sur le poste", "Identification du poste"]},
}
BI = {"title": "Position title / Titre du poste", "cls": "Classification / Classification",
      "posno": "Position number / Numéro du poste", "date": "Effective date / Date d'entrée en vigueur",
      "loc": "Location / Lieu de travail", "sup_pos": "Supervisor's position number / No de poste du superviseur",
      "sup_title": "Supervisor's title / Titre du superviseur",
      "sup_cls": "Supervisor's classification / Classification du superviseur", "unit": "Organization / Organisation",
      "agency": "Agency / Organisme", "reports_to": "Reports to / Relève de", "job": "Job code / Code d'emploi",
      "incumbent": "Incumbent / Titulaire"}


def budget(p, r):
    """Salary, O&M, other envelopes and the total the document states."""
    lvl = int(p["cls"][-1])
    sal = r.randrange(8 + lvl * 10, 30 + lvl * 60) * 50_000
    om = r.randrange(3, 60) * 10_000 if r.random() < 0.6 else r.randrange(10, 40) * 50_000
    b = {"salary": sal, "om": om, "gc": None, "gc_range": None, "capital": None, "total_mode": "sum"}
    if p["dom"] == "programs" or (p["dom"] == "ops" and r.random() < 0.5):
        if r.random() < 0.5:
            lo = r.randrange(10, 90) * 1_000_000
            b["gc_range"] = (lo, lo + r.randrange(2, 12) * 1_000_000)
        else:
            b["gc"] = r.randrange(40, 900) * 100_000
    if p["dom"] in ("it", "invest") and r.random() < 0.5:
        b["capital"] = r.randrange(2, 30) * 50_000
    b["total_mode"] = r.choice(["sum", "sum", "sum", "all", "none"]) if (b["gc"] or b["capital"]) else \
        r.choice(["sum", "sum", "sum", "none"])
    if b["total_mode"] == "sum":
        b["total"] = sal + om
    elif b["total_mode"] == "all":
        b["total"] = sal + om + (b["gc"] or 0) + (b["capital"] or 0)
    else:
        b["total"] = None
    return b


def reports(p, r):
    pool = (REPORTS_FR if p["lang"] == "fr" else REPORTS_EN)[p["dom"]][:]
    r.shuffle(pool)
    n = r.randint(2, min(5, len(pool)))
    out = []
    for t, c in pool[:n]:
        fte = r.randint(3, 45) if c.startswith("EX") else r.randint(2, 18)
        out.append({"title": t, "classification": c, "fte": fte})
    roll = r.random()
    if roll < 0.15:
        out[-1]["fte"] = None
    elif roll < 0.22:
        out[-1]["classification"] = None
    if r.random() < 0.35:
        t, c = ASSISTANT["fr" if p["lang"] == "fr" else "en"]
        out.append({"title": t, "classification": c, "fte": None})
    return out


# ---------------------------------------------------------------------------------------------
def build(p, r, used):
    """The document as blocks; also fills p's truth (reports, budget, people)."""
    lang = "fr" if p["lang"] == "fr" else "en"
    bi = p["lang"] == "bilingual"
    L = {k: r.choice(v) for k, v in LABELS[lang].items()}
    if bi:
        L = dict(BI)
    H = {k: r.choice(v) for k, v in HEADINGS[lang].items()}
    if bi:
        H = {k: f"{HEADINGS['en'][k][0]} / {HEADINGS['fr'][k][0]}" for k in HEADINGS["en"]}
    ag = AGENCIES[p["ag"]]
    org_name = ag[1] if lang == "fr" else ag[0]
    org_abbr = ag[3] if lang == "fr" else ag[2]
    title = p["title"]
    b = budget(p, r)
    reps = reports(p, r)
    p["b"], p["reps"] = b, reps
    people = []
    blocks = []
    # title block
    top = r.choice(["DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)", "Description de travail",
                    "DESCRIPTION DE POSTE"]) if lang == "fr" else \
        r.choice(["EXECUTIVE WORK DESCRIPTION", "Work Description", "Position Description – Executive Group",
                  "EX POSITION DESCRIPTION"])
    if bi:
        top = "Work Description / Description de travail"
    blocks.append(("title", f"{org_name}" if r.random() < 0.5 else f"{org_name} ({org_abbr})"))
    blocks.append(("title", top))
    # header fields
    cls_txt = fmt_cls(p["cls"], r)
    hdr = [(L["title"], title if not bi else f"{title}")]
    if bi:
        if r.random() < 0.5:
            hdr = [(L["title"], f"{title} / {p['title_fr']}")]
        else:
            hdr = [("Position title", title), ("Titre du poste", p["title_fr"])]
    hdr.append((L["cls"], cls_txt))
    hdr.append((L["posno"], p["posno"]))
    if p.get("job"):
        hdr.append((L["job"], p["job"]))
    if p["date"]:
        hdr.append((L["date"], fmt_date(p["date"], lang, r)))
    if r.random() < 0.5:
        hdr.append((L["unit"], p["unit"]))
    hdr.append((L["loc"], p["loc"][0]))
    mode, spos, stitle, scls = p["sup"]
    sup_sentence = None
    if mode == "fields3":
        hdr += [(L["sup_pos"], spos), (L["sup_title"], stitle if not (bi and p.get("title_fr_sup")) else
                                       f"{stitle} / {p['title_fr_sup']}"), (L["sup_cls"], fmt_cls(scls, r))]
    elif mode == "fields2":
        hdr += [(L["sup_title"], stitle), (L["sup_cls"], fmt_cls(scls, r))]
    elif mode == "reports_to":
        hdr.append((L["reports_to"], f"{stitle} ({fmt_cls(scls, r)})" if scls else stitle))
    if r.random() < 0.35:
        inc = person(r, used)
        people.append(inc)
        hdr.append((L["incumbent"], inc))
    if r.random() < 0.3:
        hdr.insert(r.randint(1, 3), (L["agency"], org_name))
    # supervisor in a sentence
    if mode in ("sentence", "role"):
        c = f" ({fmt_cls(scls, r, ('EX-01', 'EX 01'))})" if scls else ""
        if lang == "fr":
            art = "de la " if stitle.lower().startswith(("directrice", "vice-présidente", "commissaire adjointe")) \
                else "du "
            sup_sentence = r.choice([f"Le titulaire relève {art}{stitle}{c}.",
                                     f"Le poste relève directement {art}{stitle}{c}."])
        else:
            sup_sentence = r.choice([f"The {title} reports to the {stitle}{c}.",
                                     f"The position reports directly to the {stitle}{c}.",
                                     f"The incumbent reports to the {stitle}{c}."])
    hdr_style = r.choice(["kv", "kvtable", "kv"])
    if p["kind"] in ("ocr", "ocr-columns", "text-cp1252", "pdf"):
        hdr_style = "kv"
    blocks.append((hdr_style, hdr) if hdr_style == "kvtable" else ("kvs", hdr))
    # sections
    unit = p["unit"]
    summ = (SUMMARY_FR if lang == "fr" else SUMMARY_EN)[p["dom"]].format(
        title=title, org=org_abbr, unit=unit[0].lower() + unit[1:] if lang == "fr" else unit)
    if lang == "fr" and unit.lower().startswith(("bureau", "secteur")):
        u = unit[0].lower() + unit[1:]
        summ = summ.replace(f"de la {u}", f"du {u}").replace(f"la {u}", f"le {u}")
    sec_summary = [("h", H["summary"]), ("p", summ)]
    if bi:
        sec_summary.append(("p", SUMMARY_FR[p["dom"]].format(title=p["title_fr"], org=ag[3],
                                                             unit="direction")))
    sec_mandate = [("h", H["mandate"]), ("p", ag[7] if lang == "fr" else ag[6])]
    # reporting section
    sec_rep = [("h", H["reporting"])]
    if sup_sentence:
        sec_rep.append(("p", sup_sentence))
    sec_rep += render_reports(p, reps, lang, r)
    sec_res = [("h", H["resources"])] + render_budget(p, b, lang, r)
    acts = (ACTIVITIES_FR if lang == "fr" else ACTIVITIES_EN)[p["dom"]][:]
    r.shuffle(acts)
    acts = acts[:r.randint(4, 5)]
    sec_act = [("h", H["activities"]), (r.choice(["numbered", "bullets"]), acts)]
    sec_chal = [("h", H["challenges"]), ("p", CHALLENGE_FR if lang == "fr" else CHALLENGE_EN)]
    order = r.choice([
        [sec_summary, sec_mandate, sec_rep, sec_res, sec_act],
        [sec_summary, sec_rep, sec_mandate, sec_chal, sec_act, sec_res],
        [sec_mandate, sec_summary, sec_act, sec_rep, sec_res],
        [sec_summary, sec_act, sec_res, sec_rep, sec_chal],
    ])
    for s in order:
        blocks += s
    # certification
    if r.random() < 0.7:
        sig = []
        n1 = person(r, used)
        people.append(n1)
        head = ag[5] if lang == "fr" else ag[4]
        who = stitle if mode != "role" else head
        if lang == "fr":
            sig.append("Je certifie que la présente description de travail est exacte.")
            sig += [f"{n1}", f"{who[0].upper() + who[1:]}", "Date : " + (fmt_date(p["date"], "fr", r) if p["date"] else "__________")]
        else:
            sig.append("The foregoing is an accurate and complete statement of the duties assigned to the position.")
            sig += [f"{n1}", f"{who}", "Date: " + (fmt_date(p["date"], "en", r) if p["date"] else "__________")]
        if r.random() < 0.4:
            n2 = person(r, used)
            people.append(n2)
            sig += ["", n2, "Chef, Classification" if lang == "fr" else "Classification Advisor"]
        blocks += [("h", H["cert"]), ("sig", sig)]
    p["people"] = people
    return blocks


def render_reports(p, reps, lang, r):
    form = r.choice(["paren", "clsfirst", "dash", "bracket", "table", "prose", "prose"])
    if p["kind"] in ("ocr", "ocr-columns") and form == "table":
        form = "paren"
    out = []

    def cf(c):
        return fmt_cls(c, r, ("EX-01", "EX-01", "EX 01")) if c else None

    if form == "prose":
        parts = []
        for d in reps:
            t = d["title"]
            art = ("la " if t.lower().startswith(("directrice", "conseillère", "avocate", "adjointe")) else
                   "le ") if lang == "fr" else ("an " if t[0] in "AEIOU" else "the ")
            t0 = t[0].lower() + t[1:] if lang == "fr" else t
            if lang == "fr" and t0[0] in "aeéiou":
                art = "l'"
            s = art + t0
            c = cf(d["classification"])
            if d["fte"] is not None and c:
                if lang == "fr":
                    s += r.choice([f" ({c}), qui dirige une équipe de {d['fte']} personnes",
                                   f" ({c}; {fmt_fte(d['fte'], 'fr', r)})"])
                else:
                    s += r.choice([f" ({c}), who leads a team of {d['fte']}", f" ({c}; {fmt_fte(d['fte'], 'en', r)})",
                                   f" ({c}), supported by {d['fte']} employees"])
            elif c:
                s += f" ({c})"
            elif d["fte"] is not None:
                s += f" ({fmt_fte(d['fte'], lang, r)})"
            parts.append(s)
        joined = ", ".join(parts[:-1]) + (" et " if lang == "fr" else " and ") + parts[-1]
        if lang == "fr":
            tot = sum(d["fte"] or 1 for d in reps) + 1
            out.append(("p", r.choice([f"Relèvent du titulaire : {joined}.",
                                       f"Le titulaire dirige une équipe d'environ {tot} personnes. Relèvent directement du poste {joined}."])))
        else:
            tot = sum(d["fte"] or 1 for d in reps) + 1
            out.append(("p", r.choice([f"Reporting to the position are {joined}.",
                                       f"The incumbent leads a team of about {tot} people. The direct reports are {joined}."])))
        return out
    if form == "table":
        hdr = ["Titre du poste", "Groupe et niveau", "ETP"] if lang == "fr" else \
            r.choice([["Position title", "Classification", "FTEs"], ["Direct report", "Group/Level", "Staff"]])
        rows = [[d["title"], cf(d["classification"]) or "", "" if d["fte"] is None else str(d["fte"])] for d in reps]
        out.append(("p", "Postes relevant directement du titulaire :" if lang == "fr" else
                    "Positions reporting directly to the incumbent:"))
        out.append(("table", hdr, rows))
        return out
    items = []
    for d in reps:
        t, c, f = d["title"], cf(d["classification"]), d["fte"]
        fs = fmt_fte(f, lang, r) if f is not None else None
        if form == "paren":
            inner = ", ".join(x for x in (c, fs) if x)
            items.append(f"{t} ({inner})" if inner else t)
        elif form == "clsfirst":
            items.append((f"{c} – " if c else "") + t + (f" ({fs})" if fs else ""))
        elif form == "dash":
            items.append(" – ".join(x for x in (t, c, fs) if x))
        else:
            items.append(t + (f" [{c}]" if c else "") + (f" ({fs})" if fs else ""))
    out.append(("p", r.choice(["Relèvent du titulaire :", "Postes subordonnés :"]) if lang == "fr" else
                r.choice(["Direct reports:", "The following positions report to the incumbent:"])))
    out.append(("bullets", items))
    return out


def render_budget(p, b, lang, r):
    A = lambda v: fmt_amount(v, lang, r)  # noqa: E731
    fte_total = sum(d["fte"] or 1 for d in p["reps"]) + 1
    p["fte_total"] = fte_total
    style = r.choice(["kv", "kv", "table", "prose"])
    if p["kind"] in ("ocr", "ocr-columns") and style == "table":
        style = "kv"
    gc_txt = None
    if b["gc"]:
        gc_txt = A(b["gc"])
    elif b["gc_range"]:
        lo, hi = b["gc_range"]
        gc_txt = (f"de {A(lo)} à {A(hi)} par année" if lang == "fr" else
                  r.choice([f"{A(lo)} to {A(hi)} annually", f"between {A(lo)} and {A(hi)} a year"]))
    if lang == "fr":
        lab = {"sal": r.choice(["Salaires", "Traitements et salaires", "Budget salarial"]),
               "om": r.choice(["F et E", "Fonctionnement et entretien (F et E)", "Budget de F et E"]),
               "gc": "Subventions et contributions", "cap": "Immobilisations",
               "tot": r.choice(["Total", "Budget total", "Total (salaires et F et E)"]),
               "fte": r.choice(["ETP", "Effectif (ETP)", "Nombre d'employés"])}
    else:
        lab = {"sal": r.choice(["Salary", "Salaries", "Salary budget", "Salary envelope"]),
               "om": r.choice(["O&M", "Operating and maintenance (O&M)", "O&M budget", "Non-salary operating"]),
               "gc": r.choice(["Grants and contributions", "G&C", "Transfer payments (Gs&Cs)"]),
               "cap": "Capital", "tot": r.choice(["Total", "Total budget", "Total operating budget"]),
               "fte": r.choice(["FTEs", "Human resources", "Staff (FTEs)", "Employees"])}
    if b["total_mode"] == "all":
        lab["tot"] = "Total des ressources gérées" if lang == "fr" else "Total resources managed"
    rows = [(lab["fte"], str(fte_total)), (lab["sal"], A(b["salary"])), (lab["om"], A(b["om"]))]
    if gc_txt:
        rows.append((lab["gc"], gc_txt))
    if b["capital"]:
        rows.append((lab["cap"], A(b["capital"])))
    if b["total"] is not None:
        rows.append((lab["tot"], A(b["total"])))
    if style == "kv":
        return [("kvs", rows)]
    if style == "table":
        return [("table", ["Enveloppe", "Montant"] if lang == "fr" else ["Envelope", "Amount"], [list(x) for x in rows])]
    # prose
    if lang == "fr":
        s = (f"Le titulaire gère un effectif de {fte_total} ETP, un budget salarial de {A(b['salary'])} et un budget "
             f"de fonctionnement et d'entretien de {A(b['om'])}")
        s += f", pour un total de {A(b['total'])}." if b["total"] is not None else "."
        if gc_txt:
            s += f" Il est également responsable d'une enveloppe de subventions et de contributions {'de ' if b['gc'] else ''}{gc_txt}."
        if b["capital"]:
            s += f" Budget d'immobilisations : {A(b['capital'])}."
    else:
        s = (f"The incumbent manages {fte_total} FTEs, a salary budget of {A(b['salary'])} and an O&M budget of "
             f"{A(b['om'])}")
        s += f", for a total of {A(b['total'])}." if b["total"] is not None else "."
        if gc_txt:
            s += f" The position is also responsible for a grants and contributions envelope of {gc_txt}."
        if b["capital"]:
            s += f" Capital: {A(b['capital'])}."
    return [("p", s)]


# ---------------------------------------------------------------------------------------------
# Renderers
def to_lines(blocks, r, style=None):
    """Plain text lines: a form saved as text."""
    style = style or {"kv": r.choice(["colon", "leader", "tab", "next"]), "h": r.choice(["upper", "colon", "num"])}
    out, hn = [], 0
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(b[1].upper() if r.random() < 0.5 else b[1])
        elif t == "h":
            hn += 1
            out.append("")
            h = b[1]
            out.append(h.upper() if style["h"] == "upper" else f"{h}:" if style["h"] == "colon" else f"{hn}. {h}")
        elif t in ("kvs", "kvtable"):
            for k, v in b[1]:
                if style["kv"] == "colon":
                    out.append(f"{k}: {v}")
                elif style["kv"] == "leader":
                    out.append(f"{k} {'.' * max(3, 34 - len(k))} {v}")
                elif style["kv"] == "tab":
                    out.append(f"{k}\t{v}")
                else:
                    out.append(f"{k}:")
                    out.append(f"    {v}")
        elif t == "p":
            out += textwrap.wrap(b[1], 92) or [""]
        elif t in ("bullets", "numbered"):
            for i, it in enumerate(b[1], 1):
                lead = f"{i}. " if t == "numbered" else "- "
                w = textwrap.wrap(it, 88)
                out.append(lead + w[0])
                out += ["   " + x for x in w[1:]]
        elif t == "table":
            out.append("\t".join(b[1]))
            out += ["\t".join(row) for row in b[2]]
        elif t == "sig":
            out.append("")
            out += b[1]
    return out


def to_md(blocks, r):
    kvstyle = r.choice(["bullet", "plain", "table"])
    out = []
    first = True
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(("# " if first else "## ") + b[1])
            out.append("")
            first = False
        elif t == "h":
            out.append(r.choice(["## ", "### "]) + b[1] if kvstyle != "plain" else f"**{b[1]}**")
            out.append("")
        elif t in ("kvs", "kvtable"):
            if kvstyle == "table" and t == "kvtable" or (kvstyle == "table" and len(b[1]) > 5):
                out += ["| Field | Value |" if not any("é" in k for k, _ in b[1]) else "| Champ | Valeur |", "|---|---|"]
                out += [f"| {k} | {v} |" for k, v in b[1]]
            elif kvstyle == "bullet":
                out += [f"*   **{k}:** {v}" for k, v in b[1]]
            else:
                out += [f"**{k}:** {v}  " for k, v in b[1]]
            out.append("")
        elif t == "p":
            out += [b[1], ""]
        elif t == "bullets":
            out += [f"- {x}" for x in b[1]] + [""]
        elif t == "numbered":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif t == "table":
            out += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
            out += ["| " + " | ".join(row) + " |" for row in b[2]] + [""]
        elif t == "sig":
            out += [x + "  " if x else "" for x in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


def to_docx(blocks, r):
    d = docx.Document()
    d.core_properties.author = "HR"
    d.core_properties.title = ""
    d.core_properties.created = datetime.datetime(2024, 1, 1)
    d.core_properties.modified = datetime.datetime(2024, 1, 1)
    d.core_properties.last_modified_by = "HR"
    d.core_properties.revision = 1
    hstyle = r.choice(["heading", "bold", "caps"])
    kvstyle = r.choice(["bold", "next", "tab"])
    for b in blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=0 if r.random() < 0.5 else 1)
        elif t == "h":
            if hstyle == "heading":
                d.add_heading(b[1], level=1)
            else:
                run = d.add_paragraph().add_run(b[1].upper() if hstyle == "caps" else b[1])
                run.bold = True
        elif t == "kvtable":
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for k, v in b[1]:
                c = tb.add_row().cells
                c[0].text, c[1].text = k, v
        elif t == "kvs":
            for k, v in b[1]:
                if kvstyle == "next":
                    d.add_paragraph().add_run(k).bold = True
                    d.add_paragraph(v)
                else:
                    para = d.add_paragraph()
                    para.add_run(k + (":\t" if kvstyle == "tab" else ": ")).bold = True
                    para.add_run(v)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "numbered":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif t == "table":
            tb = d.add_table(rows=1, cols=len(b[1]))
            tb.style = "Table Grid"
            for i, h in enumerate(b[1]):
                tb.rows[0].cells[i].text = h
            for row in b[2]:
                c = tb.add_row().cells
                for i, x in enumerate(row):
                    c[i].text = x
        elif t == "sig":
            for x in b[1]:
                d.add_paragraph(x)
    for s in d.styles:
        if s.name == "Normal":
            s.font.size = Pt(11)
    bio = io.BytesIO()
    d.save(bio)
    return fixed_zip(bio.getvalue())


def fixed_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# OCR damage
DIG = {"0": "O", "1": "I", "5": "S", "8": "B"}


def dmg_digits(s, r, rate):
    out = []
    for i, ch in enumerate(s):
        if ch in DIG and r.random() < rate:
            out.append("l" if ch == "1" and r.random() < 0.3 else DIG[ch])
        else:
            out.append(ch)
    return "".join(out)


def dmg_prose(s, r, rate):
    words = s.split(" ")
    out = []
    for w in words:
        x = r.random()
        if x < rate and "rn" in w:
            w = w.replace("rn", "m", 1)
        elif x < rate * 2 and "m" in w[1:]:
            w = w[0] + w[1:].replace("m", "rn", 1)
        elif x < rate * 3 and "li" in w:
            w = w.replace("li", "h", 1)
        elif x < rate * 4 and "e" in w[1:]:
            w = w[0] + w[1:].replace("e", "c", 1)
        elif x < rate * 5 and "t" in w[1:-1]:
            w = w[0] + w[1:-1].replace("t", "l", 1) + w[-1]
        out.append(w)
    s = ""
    for i, w in enumerate(out):
        s += w
        if i < len(out) - 1:
            s += "" if r.random() < rate * 0.8 else " "
    return s


def to_ocr(blocks, p, r, strength):
    lines = to_lines(blocks, r, {"kv": r.choice(["colon", "colon", "next", "leader"]),
                                 "h": r.choice(["upper", "colon"])})
    # damage: digits everywhere, letters in long lines of prose only (not label: value lines)
    out = []
    for ln in lines:
        d = dmg_digits(ln, r, strength)
        if len(ln) > 60 and ": " not in ln[:45] and "\t" not in ln:
            d = dmg_prose(d, r, strength * 0.03)
        out.append(d)
    ag = AGENCIES[p["ag"]]
    layout = r.choice(["pages", "pages", "runon"])
    if layout == "runon":
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + \
            " ".join(x.strip() for x in out if x.strip()) + "\n"
    # hyphenate some line ends, paginate with running header and page number
    res, carry = [], ""
    for ln in out:
        if carry:
            ln, carry = carry + " " + ln.lstrip() if ln.strip() else carry + ln, ""
        if len(ln) > 70 and ": " not in ln[:45] and "..." not in ln and "\t" not in ln and r.random() < 0.25:
            words = ln.split(" ")
            last = words[-1]
            if len(last) > 7 and last.isalpha():
                k = len(last) // 2
                res.append(" ".join(words[:-1] + [last[:k] + "-"]))
                carry = last[k:]
                continue
        res.append(ln)
    if carry:
        res.append(carry)
    per = r.randint(38, 52)
    pages = [res[i:i + per] for i in range(0, len(res), per)]
    head = f"{ag[2]} - {ag[3]}" if ag[2] != ag[3] else ag[2]
    total = len(pages)
    text = []
    for i, pg in enumerate(pages, 1):
        if i > 1:
            text.append(dmg_digits(r.choice([f"{head}   {p['title'][:40]}", f"{head}  EX work description"]), r, strength))
            text.append("")
        text += pg
        text.append("")
        text.append(dmg_digits(r.choice([f"Page {i} of {total}", f"- {i} -", f"{i}/{total}",
                                         f"Page {i} de {total}" if p["lang"] == "fr" else f"Page {i}"]), r, strength))
        if i < total:
            text.append("\f")
    return "\n".join(text) + "\n"


def to_columns(blocks, p, r, strength):
    left, right = [], []
    for b in blocks:
        if b[0] in ("kvs", "kvtable"):
            for k, v in b[1]:
                left.append(f"{k}: {v}")
            left.append("")
        else:
            right += to_lines([b], r, {"kv": "colon", "h": "upper"})
    right = [x for ln in right for x in (textwrap.wrap(ln, 52) or [""])]
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    out = []
    for a, c in zip(left, right):
        if len(c) > 40:
            c = dmg_prose(c, r, strength * 0.03)
        line = (a.ljust(44) if len(a) < 44 else a + "  ") + c if a else (" " * 44 + c if r.random() < 0.5 else c)
        out.append(dmg_digits(line, r, strength).rstrip())
    return "--- Full Extracted Text ---\n" + "\n".join(out) + "\n"


def to_pdf_pages(blocks, p, r):
    lines = []
    for ln in to_lines(blocks, r, {"kv": r.choice(["colon", "tab"]), "h": r.choice(["upper", "num"])}):
        lines += textwrap.wrap(ln, 100) or [""]
    per = 62
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    ag = AGENCIES[p["ag"]]
    return ["\n".join(c + ["", f"{ag[2]} – {p['title']} – Page {i} of {len(chunks)}" if p["lang"] != "fr" else
                           f"{ag[3]} – Description de travail – page {i} de {len(chunks)}"])
            for i, c in enumerate(chunks, 1)]


# ---------------------------------------------------------------------------------------------
def truth(p):
    mode, spos, stitle, scls = p["sup"]
    b = p["b"]
    fields = {
        "title": p["title"], "classification": p["cls"], "job_code": p.get("job"), "position_number": p["posno"],
        "effective_date": datetime.date.fromisoformat(p["date"]) if p["date"] else None,
        "supervisor": {"position_number": spos, "title": stitle, "classification": scls},
        "direct_reports": [dict(d) for d in p["reps"]],
        "salary": b["salary"], "o_and_m": b["om"], "total": b["total"], "location": p["loc"][1],
    }
    ns = [k for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total", "location")
          if fields[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if fields["supervisor"][k] is None]
    also = {"fte": p["fte_total"], "operating_budget": None, "program_budget": None, "provisional_number": None}
    if b["gc"]:
        also["grants_contributions"] = b["gc"]
    if b["gc_range"]:
        also["grants_contributions"] = f"{b['gc_range'][0]}-{b['gc_range'][1]}"
    if b["capital"]:
        also["capital"] = b["capital"]
    if p.get("title_fr"):
        also["title_fr"] = p["title_fr"]
    if p.get("title_fr_sup"):
        also["supervisor_title_fr"] = p["title_fr_sup"]
    if p.get("in_corpus"):
        also["reports_to_in_corpus"] = p["in_corpus"]
    return {"document": p["file"], "kind": p["kind"], "language": p["lang"], "outcome": "import", "fields": fields,
            "not_stated": ns, "also": also, "people": p["people"], "versions": None}


def refusals(r, used):
    docs = []
    n = [person(r, used) for _ in range(12)]
    # 1. memo (docx, en)
    blocks = [("title", "MEMORANDUM"),
              ("kvs", [("To", "Managers of executives, Operations Sector"), ("From", f"{n[0]}, Director, Human Resources"),
                       ("Date", "March 6, 2023"), ("Subject", "EX work descriptions to be updated before April 1")]),
              ("p", "As part of the annual executive talent management cycle, all EX-01 to EX-03 work descriptions in "
                    "the Operations Sector must be reviewed and, where needed, updated before April 1, 2023. Work "
                    "descriptions older than five years, or that no longer reflect the organization chart, will be "
                    "sent to the classification committee."),
              ("p", "Please send the signed descriptions, with the supervisor's position number and the current "
                    "salary and O&M figures, to the HR mailbox. Contact " + n[1] + " (Classification Advisor) with "
                    "any questions."),
              ("bullets", ["Director General, New Brunswick Region (EX-03) – review due", "Director, Enterprise "
                           "Development (EX-01) – update required", "Director, Community Development (EX-01) – no change"]),
              ("sig", [n[0], "Director, Human Resources"])]
    docs.append(("Memo - EX work descriptions to update before April 1.docx", "docx", "en", to_docx(blocks, r),
                 [n[0], n[1]]))
    # 2. letter of offer (docx, fr)
    blocks = [("title", "Lettre d'offre – nomination intérimaire"),
              ("p", "Le 14 août 2023"), ("p", f"{n[2]}\n125, rue Main Ouest\nMoncton (Nouveau-Brunswick)  E1C 1H1"),
              ("p", f"Madame {n[2].split()[-1]},"),
              ("p", "J'ai le plaisir de vous offrir une nomination intérimaire au poste de directrice générale, "
                    "Opérations régionales (EX-02), poste no 10-2240, à compter du 1er septembre 2023 et jusqu'au "
                    "29 février 2024. Votre rémunération sera établie conformément à la Directive sur les conditions "
                    "d'emploi des cadres supérieurs."),
              ("p", "Cette offre est conditionnelle au maintien de votre cote de sécurité. Veuillez signer la présente "
                    "lettre et la retourner d'ici le 25 août 2023."),
              ("sig", ["Veuillez agréer, Madame, l'expression de mes sentiments distingués.", "", n[3],
                       "Vice-présidente, Opérations", "", "J'accepte l'offre ci-dessus :", n[2], "Date : 2023-08-21"])]
    docs.append(("Lettre d'offre - intérim EX-02 (signée).docx", "docx", "fr", to_docx(blocks, r), [n[2], n[3]]))
    # 3. org chart (ocr text, en)
    oc = ["ORGANIZATION CHART - OPERATIONS SECTOR", "Effective: 2023-04-01", "",
          f"                    Vice-President, Operations (EX-04)", f"                    {n[4]}",
          "                              |", "        +---------------------+---------------------+",
          "        |                     |                     |",
          "DG, NB Region (EX-03)    DG, NS Region (EX-03)    DG, Programs (EX-03)",
          f"{n[5]:<25}{n[6]:<25}{'VACANT'}", "   |  Dir. Enterprise Dev. (EX-01)   Dir. Community Dev. (EX-01)",
          f"   |  {n[7]:<30}{n[8]}", "   |  Mgr, Client Services (PM-06) x 3", "",
          "Total FTEs: 212        Prepared by: HR Planning", "Page 1 of 1"]
    txt = "\n".join(dmg_digits(x, r, 0.3) for x in oc) + "\n"
    docs.append(("Organigramme Operations 2023 scan.txt", "ocr", "en", txt.encode("utf-8"), [n[4], n[5], n[6], n[7], n[8]]))
    # 4. performance agreement (pdf, en)
    pa = ["EXECUTIVE PERFORMANCE AGREEMENT 2023-2024", "",
          f"Executive: {n[9]}", "Position: Director General, Programs and Services (EX-02)",
          "Organization: Federal Economic Development Agency for Northern Ontario", f"Supervisor: {n[10]}, President",
          "", "1. WORK OBJECTIVES", "", "Commitment 1: Deliver the regional programs' contribution agreements within "
          "service standards (90 %", "of decisions within 90 business days).", "Performance measure: quarterly service "
          "standard report.", "", "Commitment 2: Reduce the backlog of claims by 30 % by March 31, 2024.", "",
          "2. LEADERSHIP COMMITMENTS", "", "Demonstrates the Key Leadership Competencies: create vision and strategy, "
          "mobilize people, uphold", "integrity and respect, collaborate with partners and stakeholders, promote "
          "innovation, achieve results.", "", "3. SIGNATURES", "", f"Executive: {n[9]}      Date: 2023-05-30",
          f"Supervisor: {n[10]}      Date: 2023-06-02"]
    docs.append(("Performance Agreement 2023-24 - DG Programs.pdf", "pdf", "en", pdf_bytes(["\n".join(pa)]),
                 [n[9], n[10]]))
    # 5. PDF without a text layer
    docs.append(("scan0047.pdf", "pdf", "en", pdf_bytes(["", ""]), []))
    return docs


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    used = set()
    r0 = random.Random(SEED)
    built = {}
    for i, p in enumerate(P):
        if p.get("same_as"):   # the same description saved as another file: the same text
            q = built[p["same_as"]]
            r = random.Random(SEED * 1000 + i)
            blocks = q["blocks"]
            for key in ("reps", "b", "people", "fte_total"):
                p[key] = q[key]
        else:
            r = random.Random(SEED * 1000 + i)
            blocks = build(p, r, used)
            p["blocks"] = blocks
            built[p["file"]] = p
        k = p["kind"]
        if k == "docx":
            data = to_docx(blocks, r)
        elif k == "markdown":
            data = to_md(blocks, r).encode("utf-8")
        elif k == "ocr":
            data = to_ocr(blocks, p, r, r.choice([0.15, 0.3, 0.5])).encode("utf-8")
        elif k == "ocr-columns":
            data = to_columns(blocks, p, r, 0.3).encode("utf-8")
        elif k == "text-cp1252":
            txt = "\r\n".join(to_lines(blocks, r)) + "\r\n"
            data = txt.replace("'", "\u2019").encode("cp1252")
        elif k == "pdf":
            data = pdf_bytes(to_pdf_pages(blocks, p, r))
        (corpus / p["file"]).write_bytes(data)
        p["truth"] = truth(p)
    groups = {}
    for p in P:
        if p.get("version"):
            groups.setdefault(p["version"], []).append(p)
    for g in groups.values():
        newest = max(g, key=lambda q: (q["date"] or "", q["kind"] == "pdf"))["file"]
        for q in g:
            q["truth"]["versions"] = {"documents": [x["file"] for x in g], "newest": newest}
    for p in P:
        write_yaml(expected / f"{p['file']}.expected.yaml", p["truth"])
        p.pop("blocks", None)
    for name, kind, lang, data, people in refusals(r0, used):
        (corpus / name).write_bytes(data)
        write_yaml(expected / f"{name}.expected.yaml",
                   {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                    "not_stated": [], "also": {}, "people": people, "versions": None})


def write_yaml(path, obj):
    path.write_text(yaml.safe_dump(obj, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
