#!/usr/bin/env python3
"""Writes the blind80 corpus (small organizations: commissions, tribunals, councils, review boards,
small agencies) and its ground truth, deterministically:

    /work/main/.venv/bin/python bench/import/blind80/make_blind.py

corpus/<document> and expected/<document>.expected.yaml are rewritten byte for byte. Needs
python-docx and PyYAML; PDFs come from tests/import_files.pdf_bytes."""
import datetime as dt
import io
import random
import re
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
from texts import ORGS, ROLES, FIRST, LAST, NS_EN, NS_FR, CSR_EN, CSR_FR  # noqa: E402

SEED = 8080

# ---------------------------------------------------------------- notations
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


def fmt_date(d, how):
    m, y, day = d.month, d.year, d.day
    if how == "long":
        return f"{MONTHS_EN[m-1]} {day}, {y}"
    if how == "long_th":
        suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{MONTHS_EN[m-1]} {day}{suf}, {y}"
    if how == "dmy":
        return f"{day} {MONTHS_EN[m-1]} {y}"
    if how == "iso":
        return d.isoformat()
    if how == "abbr":
        ab = MONTHS_EN[m-1][:3] + ("" if m == 5 else ".")
        return f"{ab} {day}, {y}"
    if how == "slash_iso":
        return f"{y}/{m:02d}/{day:02d}"
    if how == "dmony":
        return f"{day:02d}-{MONTHS_EN[m-1][:3].upper()}-{y}"
    if how == "dd/mm/yyyy":
        return f"{day:02d}/{m:02d}/{y}"
    if how == "fr_long":
        return f"{'1er' if day == 1 else day} {MONTHS_FR[m-1]} {y}"
    if how == "fr_le":
        return f"le {'1er' if day == 1 else day} {MONTHS_FR[m-1]} {y}"
    if how == "fr_dot":
        return f"{day:02d}.{m:02d}.{y}"
    raise ValueError(how)


def _m(v, sep="."):
    s = f"{v/1_000_000:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", sep)


def fmt_amt(v, how):
    if how == "full":
        return f"${v:,}"
    if how == "cents":
        return f"${v:,}.00"
    if how == "M":
        return f"${_m(v)}M" if v >= 1_000_000 else f"${v//1000:,}K"
    if how == "K":
        return f"${v//1000:,}K"
    if how == "million":
        return f"${_m(v)} million" if v >= 1_000_000 else f"${v:,}"
    if how == "sp":
        return "$ " + f"{v:,}".replace(",", " ")
    if how == "fr_full":
        return f"{v:,}".replace(",", "\u00a0") + "\u00a0$"
    if how == "fr_cents":
        return f"{v:,}".replace(",", " ") + ",00 $"
    if how == "fr_M":
        return f"{_m(v, ',')} M$" if v >= 1_000_000 else f"{v//1000} k$"
    if how == "fr_million" and v < 1_000_000:
        return f"{v:,}".replace(",", " ") + " $"
    if how == "fr_million":
        return f"{_m(v, ',')} million $" if v < 2_000_000 else f"{_m(v, ',')} millions $"
    if how == "fr_k":
        return f"{v//1000:,}".replace(",", " ") + " k$"
    raise ValueError(how)


def fmt_cls(c, how):
    g, lvl = c.rsplit("-", 1)
    if how == "dash":
        return c
    if how == "space":
        return f"{g} {lvl}"
    if how == "short":
        return f"{g}-{int(lvl)}"
    if how == "paren":
        return f"({c})"
    if how == "run":
        return f"{g}{lvl}"
    if how == "spaced":
        return f"{g} - {lvl}"
    raise ValueError(how)


def fmt_fte(n, how):
    return {"FTEs": f"{n} FTEs" if n != 1 else "1 FTE", "FTE": f"{n} FTE", "staff": f"staff of {n}", "employees": f"{n} employees",
            "ETP": f"{n} ETP", "effectif": f"effectif de {n}", "employes": f"{n} employés",
            "etp": f"{n} é.t.p."}[how]


# ---------------------------------------------------------------- labels
LABELS_EN = {
    "A": dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number", eff="Effective Date",
              sup_pos="Supervisor's Position Number", sup_title="Supervisor's Position Title",
              sup_cls="Supervisor's Classification", loc="Location", org="Organization", unit="Directorate"),
    "B": dict(title="Title of Position", cls="Group and Level", job="Generic Job No.", pos="Position No.",
              eff="Date Effective", sup_pos="Reports to (Position No.)", sup_title="Reports to (Title)",
              sup_cls="Reports to (Group/Level)", loc="Work Location", org="Agency", unit="Branch"),
    "C": dict(title="Job Title", cls="Level", job="Job Number", pos="Position #", eff="In effect as of",
              sup_pos="Supervisor Position #", sup_title="Supervisor", sup_cls="Supervisor Level",
              loc="Headquarters", org="Tribunal", unit="Unit"),
    "D": dict(title="Official Title", cls="Occupational Group/Level", job="Benchmark Job Code", pos="Position Reference",
              eff="Effective from", sup_pos="Immediate Supervisor - Position", sup_title="Immediate Supervisor - Title",
              sup_cls="Immediate Supervisor - Classification", loc="Place of Work", org="Department/Agency",
              unit="Sector"),
    "E": dict(title="Position", cls="Group & Level", job="Job ID", pos="Pos. No.", eff="Effective",
              sup_pos="Supervisor Pos. No.", sup_title="Reports to", sup_cls="Supervisor Group & Level", loc="City",
              org="Board", unit="Division"),
}
LABELS_FR = {
    "A": dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro du poste",
              eff="Date d'entrée en vigueur", sup_pos="Numéro du poste du superviseur",
              sup_title="Titre du poste du superviseur", sup_cls="Classification du superviseur", loc="Lieu de travail",
              org="Organisme", unit="Direction"),
    "B": dict(title="Intitulé du poste", cls="Groupe et niveau", job="No de l'emploi", pos="No du poste",
              eff="En vigueur le", sup_pos="Relève de (no de poste)", sup_title="Relève de (titre)",
              sup_cls="Relève de (groupe et niveau)", loc="Lieu", org="Tribunal", unit="Direction générale"),
    "C": dict(title="Titre", cls="Niveau", job="Code de l'emploi", pos="Poste no", eff="Date de prise d'effet",
              sup_pos="Poste du supérieur immédiat", sup_title="Supérieur immédiat", sup_cls="Niveau du supérieur",
              loc="Endroit", org="Organisation", unit="Secteur"),
}
HEAD_EN = dict(ga=["General Accountability", "Purpose of the Position", "Overall Responsibility",
                   "Mandate of the Position", "Summary"],
               org=["Organization Structure", "Organizational Context", "Structure and Reporting Relationships",
                    "Position in the Organization", "Organization"],
               ns=["Nature and Scope", "Environment and Challenges", "Nature and Scope of the Work",
                   "Context and Challenges", "Scope"],
               dim=["Dimensions", "Resources", "Key Dimensions", "Resources Managed", "Financial and Human Resources"],
               sa=["Specific Accountabilities", "Key Responsibilities", "Main Activities", "Key Activities",
                   "Principal Duties"],
               csr=["Client Service Results"] * 5,
               cert=["Certification", "Signatures", "Approval", "Certification", "Sign-off"])
HEAD_FR = dict(ga=["Responsabilité générale", "Raison d'être du poste", "Mandat du poste", "Sommaire",
                   "Responsabilité générale"],
               org=["Structure organisationnelle", "Contexte organisationnel", "Liens hiérarchiques", "Organisation",
                    "Structure"],
               ns=["Nature et étendue", "Contexte et défis", "Milieu de travail et défis", "Nature et portée",
                   "Portée"],
               dim=["Dimensions", "Ressources", "Ressources gérées", "Dimensions clés", "Ressources financières et humaines"],
               sa=["Responsabilités spécifiques", "Principales activités", "Activités principales",
                   "Fonctions principales", "Activités clés"],
               csr=["Résultats axés sur le service aux clients"] * 5,
               cert=["Certification", "Signatures", "Approbation", "Certification", "Signatures"])
DIM_EN = [dict(fte="FTEs", sal="Salary", om="O&M", tot="Total"),
          dict(fte="Full-time equivalents", sal="Salary budget", om="Operating and maintenance", tot="Total budget"),
          dict(fte="Staff", sal="Salaries", om="Non-salary O&M", tot="Total operating budget"),
          dict(fte="Number of employees", sal="Personnel costs", om="Operating (O&M)", tot="Total")]
DIM_FR = [dict(fte="ETP", sal="Salaires", om="F et E", tot="Total"),
          dict(fte="Équivalents temps plein", sal="Traitements", om="Fonctionnement et entretien", tot="Budget total"),
          dict(fte="Effectif", sal="Budget salarial", om="Budget de F et E", tot="Budget de fonctionnement total")]

# ---------------------------------------------------------------- house styles (one per organization)
# lab, hdr (header-field layout), hs (heading style), order, dr (direct reports), sup, dims, cls, date,
# amt, fte, bul (bullet), wrap (text line width or 0), banner
STYLES = {
    "chrt": dict(lab="A", hdr="table", hs="upper", order="classic", dr="list", sup="fields", dims="kv", cls="dash",
                 date="long", amt="M", fte="FTEs", bul="•", wrap=0, hi=0, dl=0,
                 banner=["Canadian Human Rights Tribunal", "EXECUTIVE WORK DESCRIPTION"],
                 banner_fr=["Tribunal canadien des droits de la personne", "DESCRIPTION DE TRAVAIL – GROUPE EX"]),
    "vrab": dict(lab="B", hdr="dots", hs="num", order="classic", dr="prose", sup="sentence", dims="kv", cls="space",
                 date="dmy", amt="full", fte="staff", bul="-", wrap=88, hi=1, dl=1,
                 banner=["VETERANS REVIEW AND APPEAL BOARD", "Position Description - Executive Group"],
                 banner_fr=["TRIBUNAL DES ANCIENS COMBATTANTS (RÉVISION ET APPEL)", "Description de poste - Groupe de la direction"]),
    "pbc": dict(lab="D", hdr="next", hs="alpha", order="dims_first", dr="dash", sup="fields", dims="table", cls="dash",
                date="iso", amt="K", fte="FTE", bul="o", wrap=84, hi=2, dl=2,
                banner=["Parole Board of Canada", "Work Description (EX)"],
                banner_fr=["Commission des libérations conditionnelles du Canada", "Description de travail (EX)"]),
    "cta": dict(lab="C", hdr="colon", hs="title", order="csr", dr="table", sup="reports_to", dims="kv", cls="paren",
                date="long_th", amt="million", fte="FTEs", bul="*", wrap=0, hi=3, dl=0,
                banner=["CANADIAN TRANSPORTATION AGENCY", "Job Description – Executive (EX)"],
                banner_fr=["OFFICE DES TRANSPORTS DU CANADA", "Description d'emploi – Direction (EX)"]),
    "cb": dict(lab="E", hdr="tab", hs="colon", order="classic", dr="names", sup="sentence", dims="prose", cls="short",
               date="abbr", amt="M", fte="employees", bul="-", wrap=96, hi=4, dl=3,
               banner=["Copyright Board Canada", "Position Description"], banner_fr=["Commission du droit d'auteur Canada", "Description de poste"]),
    "crcc": dict(lab="A", hdr="colon", hs="roman", order="classic", dr="list", sup="reports_to", dims="kv", cls="dash",
                 date="slash_iso", amt="cents", fte="FTEs", bul="•", wrap=0, hi=1, dl=1,
                 banner=["Civilian Review and Complaints Commission for the RCMP", "EXECUTIVE POSITION DESCRIPTION"],
                 banner_fr=["Commission civile d'examen et de traitement des plaintes relatives à la GRC", "DESCRIPTION DE POSTE DE CADRE"]),
    "mpcc": dict(lab="B", hdr="caps", hs="upper", order="sa_first", dr="prose", sup="fields", dims="kv", cls="run",
                 date="dmony", amt="K", fte="FTEs", bul="-", wrap=80, hi=0, dl=2,
                 banner=["MILITARY POLICE COMPLAINTS COMMISSION OF CANADA", "WORK DESCRIPTION"],
                 banner_fr=["COMMISSION D'EXAMEN DES PLAINTES CONCERNANT LA POLICE MILITAIRE DU CANADA", "DESCRIPTION DE TRAVAIL"]),
    "pmprb": dict(lab="C", hdr="table", hs="title", order="csr", dr="list", sup="fields", dims="table", cls="dash",
                  date="long", amt="sp", fte="FTE", bul="-", wrap=0, hi=2, dl=3,
                  banner=["PMPRB | CEPMB", "Executive Job Description"], banner_fr=["CEPMB | PMPRB", "Description d'emploi de cadre"]),
    "cirb": dict(lab="D", hdr="table", hs="num", order="classic", dr="table", sup="fields", dims="kv", cls="dash",
                 date="long", amt="full", fte="FTEs", bul="•", wrap=0, hi=0, dl=1,
                 banner=["Canada Industrial Relations Board", "Work Description"], banner_fr=["Conseil canadien des relations industrielles", "Description de travail"]),
    "cgc": dict(lab="A", hdr="dots", hs="upper", order="dims_first", dr="dash", sup="fields", dims="kv", cls="dash",
                date="dd/mm/yyyy", amt="full", fte="FTEs", bul="-", wrap=90, hi=3, dl=0,
                banner=["Canadian Grain Commission / Commission canadienne des grains", "EXECUTIVE (EX) WORK DESCRIPTION"],
                banner_fr=["Commission canadienne des grains", "DESCRIPTION DE TRAVAIL (EX)"]),
    "oci": dict(lab="E", hdr="colon", hs="title", order="classic", dr="prose", sup="sentence", dims="prose", cls="dash",
                date="long", amt="M", fte="FTEs", bul="-", wrap=0, hi=4, dl=2,
                banner=["Office of the Correctional Investigator", "Job Description"], banner_fr=["Bureau de l'enquêteur correctionnel", "Description de poste"]),
    "tsb": dict(lab="C", hdr="next", hs="roman", order="classic", dr="dash", sup="reports_to", dims="kv", cls="space",
                date="iso", amt="K", fte="FTEs", bul="•", wrap=92, hi=1, dl=3,
                banner=["Transportation Safety Board of Canada", "WORK DESCRIPTION – EX"],
                banner_fr=["Bureau de la sécurité des transports du Canada", "DESCRIPTION DE TRAVAIL – EX"]),
    "fpcc": dict(lab="B", hdr="colon", hs="colon", order="classic", dr="names", sup="sentence", dims="kv", cls="short",
                 date="long", amt="full", fte="staff", bul="-", wrap=0, hi=2, dl=0,
                 banner=["Farm Products Council of Canada", "Executive Work Description"], banner_fr=["Conseil des produits agricoles du Canada", "Description de travail"]),
    "mgerc": dict(lab="A", hdr="colon", hs="num", order="classic", dr="list", sup="fields", dims="table", cls="dash",
                  date="long", amt="M", fte="FTEs", bul="-", wrap=0, hi=0, dl=1,
                  banner=["MGERC — Military Grievances External Review Committee", "Work Description"],
                  banner_fr=["CEEGM — Comité externe d'examen des griefs militaires", "Description de travail"]),
    "polar": dict(lab="D", hdr="table", hs="title", order="csr", dr="table", sup="fields", dims="table", cls="dash",
                  date="long", amt="full", fte="FTEs", bul="•", wrap=0, hi=3, dl=2,
                  banner=["POLAR KNOWLEDGE CANADA", "Executive Work Description"], banner_fr=["SAVOIR POLAIRE CANADA", "Description de travail de cadre"]),
    "psic": dict(lab="A", hdr="dots", hs="upper", order="classic", dr="prose", sup="reports_to", dims="kv", cls="dash",
                 date="long", amt="M", fte="FTEs", bul="-", wrap=82, hi=0, dl=0,
                 banner=["Office of the Public Sector Integrity Commissioner of Canada", "WORK DESCRIPTION"],
                 banner_fr=["Commissariat à l'intégrité du secteur public du Canada", "DESCRIPTION DE TRAVAIL"]),
    "cics": dict(lab="E", hdr="tab", hs="upper", order="classic", dr="dash", sup="fields", dims="kv", cls="spaced",
                 date="long", amt="full", fte="FTEs", bul="-", wrap=0, hi=2, dl=2,
                 banner=["CICS / SCIC", "Work Description – Executive"], banner_fr=["SCIC / CICS", "Description de travail – Direction"]),
    "asc": dict(lab="A", hdr="table", hs="num", order="classic", dr="list", sup="fields", dims="kv", cls="dash",
                date="long", amt="M", fte="FTEs", bul="•", wrap=0, hi=1, dl=1,
                banner=["Accessibility Standards Canada", "Work Description"], banner_fr=["Normes d'accessibilité Canada", "Description de travail"]),
    "ocl": dict(lab="C", hdr="colon", hs="alpha", order="dims_first", dr="prose", sup="fields", dims="prose", cls="dash",
                date="long", amt="full", fte="FTEs", bul="-", wrap=0, hi=3, dl=3,
                banner=["Office of the Commissioner of Lobbying of Canada", "POSITION DESCRIPTION"], banner_fr=["Commissariat au lobbying du Canada", "DESCRIPTION DE POSTE"]),
    "irb": dict(lab="B", hdr="next", hs="upper", order="classic", dr="dash", sup="fields", dims="kv", cls="dash",
                date="long", amt="full", fte="FTEs", bul="-", wrap=80, hi=0, dl=0,
                banner=["Immigration and Refugee Board of Canada", "EXECUTIVE WORK DESCRIPTION"],
                banner_fr=["Commission de l'immigration et du statut de réfugié du Canada", "DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION"]),
}
FR_DATE = {"long": "fr_long", "long_th": "fr_le", "dmy": "fr_long", "iso": "iso", "abbr": "fr_long",
           "slash_iso": "slash_iso", "dmony": "fr_dot", "dd/mm/yyyy": "dd/mm/yyyy"}
FR_AMT = {"M": "fr_M", "full": "fr_full", "K": "fr_k", "million": "fr_million", "cents": "fr_cents", "sp": "fr_full"}
FR_FTE = {"FTEs": "ETP", "FTE": "ETP", "staff": "effectif", "employees": "employes"}

# ---------------------------------------------------------------- the positions
ED = ("Executive Director", "Directeur exécutif", "EX-03")
# (file name, org, role, language, kind, classification, options)
POSITIONS = [
    ("Executive Director and Registrar - CHRT - FINAL.docx", "chrt", "ed", "en", "docx", "EX-03",
     dict(title_en="Executive Director and Registrar", dims="full", head=True, job="CHR-EX-003")),
    ("Directrice, Services de médiation (TCDP).docx", "chrt", "dir_mediation", "fr", "docx", "EX-01",
     dict(title_fr="Directrice, Services de médiation et de règlement des différends",
          sup=("Executive Director and Registrar", "Directrice exécutive et greffière", "EX-03"), dims="two_col")),
    ("Director Corporate Services CHRT.md", "chrt", "dir_corp", "en", "markdown", "EX-01",
     dict(sup=("Executive Director and Registrar", "", "EX-03"), dims="full", incumbent=True)),
    ("Director General, Operations (VRAB) - signed.pdf", "vrab", "dg_ops", "en", "pdf", "EX-03",
     dict(sup=("Chair", "Président", None), dims="full", nsup_pos=False)),
    ("Director, Communications - Directeur, Communications VRAB-TACRA.docx", "vrab", "dir_comm", "bilingual", "docx", "EX-01",
     dict(title_en="Director, Communications", title_fr="Directeur, Communications",
          sup=("Director General, Operations", "Directeur général, Opérations", "EX-03"), dims="full")),
    ("VRAB HR Director 2016.txt", "vrab", "dir_hr", "en", "text-cp1252", "EX-01",
     dict(sup=("Director General, Corporate Services", "", "EX-02"), dims="salary_om", year=(2015, 2016))),
    ("RDG Atlantic - draft.txt", "pbc", "rdg", "en", "text", "EX-02",
     dict(title_en="Regional Director General, Atlantic", loc=("Moncton", "New Brunswick", "Nouveau-Brunswick"),
          sup=("Executive Director General", "", "EX-04"), dims="full", version="rdg_atl", vdraft=True)),
    ("RDG Atlantic - signed.txt", "pbc", "rdg", "en", "text", "EX-02",
     dict(title_en="Regional Director General, Atlantic", loc=("Moncton", "New Brunswick", "Nouveau-Brunswick"),
          sup=("Executive Director General", "", "EX-04"), dims="full", version="rdg_atl")),
    ("PBC-CLCC RDG Prairies.pdf", "pbc", "rdg", "bilingual", "pdf", "EX-02",
     dict(title_en="Regional Director General, Prairies", title_fr="Directrice générale régionale, Prairies",
          loc=("Saskatoon", "Saskatchewan", "Saskatchewan"), sup=("Executive Director General", "Directeur général exécutif", "EX-04"),
          dims="full")),
    ("DGR Québec CLCC numérisé.txt", "pbc", "rdg", "fr", "ocr", "EX-02",
     dict(title_fr="Directeur général régional, Québec", loc=("Montréal", "Quebec", "Québec"),
          sup=("", "Directeur général exécutif", "EX-04"), dims="full", ocr=2)),
    ("Director, Policy PBC scan.txt", "pbc", "dir_policy", "en", "ocr", "EX-01",
     dict(title_en="Director, Policy and Strategic Planning", sup=("Executive Director General", "", "EX-04"),
          dims="total_only", ocr=3, ocr_run=True)),
    ("DG Règlement des différends OTC.docx", "cta", "dg_ops", "fr", "docx", "EX-03",
     dict(title_fr="Directrice générale, Règlement des différends", sup=("", "Président et premier dirigeant", None),
          dims="full", job="103377")),
    ("Directeur audit interne et évaluation.md", "cta", "dir_audit", "fr", "markdown", "EX-01",
     dict(sup=("", "Président et premier dirigeant", None), dims="salary_om", ndr=2)),
    ("CTA Director IM-IT 2019.pdf", "cta", "dir_imit", "en", "pdf", "EX-01",
     dict(sup=("Director General, Corporate Management", "", "EX-02"), dims="full", year=(2019, 2019), job="103612")),
    ("Copyright Board - Executive Director.txt", "cb", "ed", "en", "text", "EX-03",
     dict(head=True, dims="full", sup=("Chair", "", None))),
    ("Secretary General & Registrar (Copyright Board).txt", "cb", "registrar", "en", "text-cp1252", "EX-02",
     dict(title_en="Secretary General and Registrar", sup=("Executive Director", "", "EX-03"), dims="total_only")),
    ("CRCC Director Reviews & Investigations (1).docx", "crcc", "dir_inv", "en", "docx", "EX-02",
     dict(title_en="Director, Reviews and Investigations", sup=("Senior Director, Operations", "", "EX-03"), dims="full", incumbent=True)),
    ("CRCC - Director Complaints Intake West.md", "crcc", "dir_inv", "en", "markdown", "EX-01",
     dict(title_en="Director, Complaints Intake and Early Resolution, Western Region", loc=("Surrey", "British Columbia", "Colombie-Britannique"),
          sup=("Senior Director, Operations", "", "EX-03"), dims="full", ndr=2)),
    ("DPF-CFO CCETP.txt", "crcc", "cfo", "bilingual", "text", "EX-02",
     dict(title_en="Chief Financial Officer and Director, Corporate Services", title_fr="Dirigeant principal des finances et directeur, Services ministériels",
          sup=("Executive Director", "Directeur exécutif", "EX-03"), dims="full")),
    ("MPCC ED job desc OCR.txt", "mpcc", "ed", "en", "ocr", "EX-03",
     dict(head=True, sup=("Chairperson", "", None), dims="full", ocr=2)),
    ("Directeur des enquêtes CPPM.txt", "mpcc", "dir_inv", "fr", "text", "EX-01",
     dict(sup=("", "Directeur exécutif", "EX-03"), dims="full", ndr=2)),
    ("PMPRB Director Policy and Economic Analysis.md", "pmprb", "dir_policy", "en", "markdown", "EX-02",
     dict(title_en="Director, Policy and Economic Analysis", sup=("Executive Director", "", "EX-04"), dims="full", job="EX-PMP-22")),
    ("Director Communications PMPRB v3.txt", "pmprb", "dir_comm", "en", "text", "EX-01",
     dict(title_en="Director, Communications and Stakeholder Relations", sup=("Executive Director", "", "EX-04"), dims="full", nodate=True)),
    ("Director, Registry Operations CIRB.docx", "cirb", "registrar", "en", "docx", "EX-01",
     dict(title_en="Director, Registry Operations", sup=("Executive Director and Senior General Counsel", "", "EX-03"),
          dims="full", version="cirb_reg", same=True)),
    ("Director, Registry Operations CIRB.pdf", "cirb", "registrar", "en", "pdf", "EX-01",
     dict(title_en="Director, Registry Operations", sup=("Executive Director and Senior General Counsel", "", "EX-03"),
          dims="full", version="cirb_reg", same=True)),
    ("Directeur médiation CCRI.txt", "cirb", "dir_mediation", "fr", "text-cp1252", "EX-02",
     dict(title_fr="Directeur, Services de règlement des différends et des relations industrielles",
          sup=("", "Directeur exécutif et avocat général principal", "EX-03"), dims="full")),
    ("CGC Chief Operating Officer.docx", "cgc", "dg_ops", "en", "docx", "EX-03",
     dict(title_en="Chief Operating Officer", sup=("Chief Commissioner", "", None), dims="full", head_dims=True,
          loc=("Winnipeg", "Manitoba", "Manitoba"))),
    ("Director, Grain Research Laboratory.pdf", "cgc", "dir_science", "en", "pdf", "EX-02",
     dict(title_en="Director, Grain Research Laboratory", sup=("Chief Operating Officer", "", "EX-03"), dims="full",
          loc=("Winnipeg", "Manitoba", "Manitoba"))),
    ("CGC HR director scanned.txt", "cgc", "dir_hr", "en", "ocr", "EX-01",
     dict(sup=("Chief Financial Officer", "", "EX-02"), dims="full", loc=("Winnipeg", "Manitoba", "Manitoba"), ocr=1)),
    ("OCI Director of Investigations.md", "oci", "dir_inv", "en", "markdown", "EX-02",
     dict(sup=("Executive Director and General Counsel", "", "EX-03"), dims="full")),
    ("Executive Director, OCI - BEC (bilingual) FINAL.docx", "oci", "ed", "bilingual", "docx", "EX-03",
     dict(title_en="Executive Director and General Counsel", title_fr="Directeur exécutif et avocat général",
          head=True, sup=("Correctional Investigator", "Enquêteur correctionnel", None), dims="full")),
    ("Directeur, Enquêtes aériennes BST.pdf", "tsb", "dg_ops", "fr", "pdf", "EX-02",
     dict(title_fr="Directeur, Enquêtes aériennes", sup=("", "Directeur général, Enquêtes", "EX-03"), dims="full",
          dr_override=[("Gestionnaire, Opérations d'enquête (Centre)", "TI-08"), ("Gestionnaire, Ingénierie aéronautique", "EN-ENG-05"),
                       ("Gestionnaire, Facteurs humains et macroanalyse", "PM-06")])),
    ("TSB Director IMIT 2021 final.txt", "tsb", "dir_imit", "en", "text", "EX-01",
     dict(sup=("Director General, Corporate Services", "", "EX-02"), dims="full", year=(2021, 2021))),
    ("FPCC Executive Director.txt", "fpcc", "ed", "en", "text-cp1252", "EX-02",
     dict(head=True, sup=("Chairperson", "", None), dims="full", ndr=3)),
    ("MGERC DG Operations 2022.md", "mgerc", "dg_ops", "en", "markdown", "EX-02",
     dict(sup=("Chairperson and Chief Executive Officer", "", None), dims="full", year=(2022, 2022),
          dr_override=[("Director, Grievance Analysis", "EX-01"), ("Senior Counsel", "LP-02"), ("Manager, Registry", "PM-05")])),
    ("Directrice services intégrés CEEGM.md", "mgerc", "dir_corp", "fr", "markdown", "EX-01",
     dict(title_fr="Directrice, Services intégrés", sup=("", "Directeur général, Opérations", "EX-02"), dims="full")),
    ("Director, Science and Technology (Polar) - revised.docx", "polar", "dir_science", "en", "docx", "EX-02",
     dict(sup=("Chief Scientist", "", "EX-03"), dims="full", loc=("Cambridge Bay", "Nunavut", "Nunavut"))),
    ("Polar VP Corporate and CFO.txt", "polar", "cfo", "en", "text", "EX-02",
     dict(title_en="Vice-President, Corporate Services and Chief Financial Officer", sup=("President and Chief Executive Officer", "", None),
          dims="full", loc=("Ottawa", "Ontario", "Ontario"))),
    ("PSIC Director Operations scan 2.txt", "psic", "dir_inv", "en", "ocr", "EX-02",
     dict(title_en="Director of Operations", sup=("Deputy Commissioner", "", "EX-03"), dims="full", ocr=2, ocr_run=True)),
    ("Director Research Policy Comms - PSIC-ISPC.md", "psic", "dir_policy", "bilingual", "markdown", "EX-01",
     dict(title_en="Director, Research, Policy and Communications", title_fr="Directeur, Recherche, politiques et communications",
          sup=("Deputy Commissioner", "Commissaire adjoint", "EX-03"), dims="full")),
    ("CICS Director Conference Services.txt", "cics", "dg_ops", "en", "text-cp1252", "EX-01",
     dict(title_en="Director, Conference Services", sup=("Secretary", "", None), dims="full",
          dr_override=[("Manager, Conference Planning", "AS-06"), ("Manager, Interpretation and Translation Services", "TR-04"),
                       ("Supervisor, Document Control", "CR-05")])),
    ("DG Élaboration des normes NAC.docx", "asc", "dir_standards", "fr", "docx", "EX-03",
     dict(title_fr="Directrice générale, Élaboration des normes", sup=("", "Dirigeant principal", None), dims="full",
          loc=("Gatineau", "Quebec", "Québec"))),
    ("ASC Director HR.pdf", "asc", "dir_hr", "en", "pdf", "EX-01",
     dict(sup=("Director General, Corporate Services and Chief Financial Officer", "", "EX-02"), dims="full")),
    ("OCL Director, Investigations.txt", "ocl", "dir_inv", "en", "text", "EX-02",
     dict(sup=("Deputy Commissioner", "", "EX-03"), dims="full", ndr=2)),
    ("DG Région de l'Est CISR.txt", "irb", "rdg", "fr", "ocr", "EX-03",
     dict(title_fr="Directeur général, Région de l'Est", loc=("Montréal", "Quebec", "Québec"),
          sup=("", "Vice-président, Section de la protection des réfugiés", "EX-04"), dims="full", ocr=2,
          dr_override=[("Directeur, Greffe et soutien opérationnel", "EX-01"), ("Directeur, Soutien aux commissaires", "EX-01"),
                       ("Gestionnaire, Services de soutien administratif", "AS-06")])),
]


# ---------------------------------------------------------------- building one document
def person(rng, used):
    while True:
        n = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if n.split(" ", 1)[1] not in [u.split(" ", 1)[1] for u in used]:
            used.append(n)
            return n


def area(title):
    return title.split(", ", 1)[1] if ", " in title else title


def build(spec):
    fname, org, role, lang, kind, cls, o = spec
    key = o.get("version") or fname
    rng = random.Random(f"{SEED}:{key}")
    st = STYLES[org]
    O = ORGS[org]
    R = ROLES[role]
    fr = lang == "fr"
    bi = lang == "bilingual"
    title_en = o.get("title_en", R["en"])
    title_fr = o.get("title_fr", R["fr"])
    title = title_fr if fr else title_en
    org_name = O[1] if fr else O[0]
    head_title = O[7] if fr else O[6]
    city, prov_en, prov_fr = o.get("loc", (O[3], O[4], O[5]))
    L = dict(LABELS_FR[{"A": "A", "B": "B", "C": "C", "D": "A", "E": "C"}[st["lab"]]] if fr else LABELS_EN[st["lab"]])
    if bi:
        LF = LABELS_FR[{"A": "A", "B": "B", "C": "C", "D": "B", "E": "C"}[st["lab"]]]
        L = {k: f"{v} / {LF[k]}" for k, v in L.items()}
    H = HEAD_FR if fr else HEAD_EN
    hi = st["hi"]

    def heading(k):
        t = H[k][hi]
        if bi:
            t = f"{HEAD_EN[k][hi]} / {HEAD_FR[k][hi]}"
        return t

    # ---- numbers
    posnum = None
    prov_num = None
    r = rng.random()
    if r < 0.06:
        prov_num = "NEW" if not fr else "NOUVEAU"
    elif r < 0.45:
        posnum = str(rng.randint(10000, 99999))
    elif r < 0.7:
        posnum = str(rng.randint(1000, 9999))
    elif r < 0.85:
        posnum = f"00{rng.randint(100, 999)}"
    else:
        posnum = str(rng.randint(100000, 699999))
    job = o.get("job")
    if job is None and rng.random() < 0.3:
        job = str(rng.randint(100000, 109999))
    sup_en, sup_fr, sup_cls = o.get("sup", ED)
    sup_title = sup_fr if fr else sup_en
    sup_num = None
    if rng.random() < (0.2 if sup_cls is None else 0.65):
        sup_num = str(rng.randint(10000, 99999)) if rng.random() < 0.7 else str(rng.randint(1000, 9999))
    date_how = FR_DATE[st["date"]] if fr else st["date"]
    eff = None
    if not o.get("nodate") and rng.random() > 0.08:
        y0, y1 = o.get("year", (2012, 2024))
        lo = 13 if date_how in ("dd/mm/yyyy", "fr_dot") else 1
        eff = dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(lo, 28))
        if o.get("vdraft"):
            pass
    if o.get("version") and not o.get("same"):
        # a draft and its signed copy: the draft is dated earlier
        if o.get("vdraft"):
            eff = eff - dt.timedelta(days=rng.randint(40, 120)) if eff else None
    cls_how = st["cls"]
    amt_how = FR_AMT.get(st["amt"], "fr_full") if fr else st["amt"]
    fte_how = FR_FTE.get(st["fte"], "ETP") if fr else st["fte"]

    # ---- direct reports
    pool = o.get("dr_override") or [((t_fr if fr else t_en), c) for t_en, t_fr, c in R["reports"]]
    n = o.get("ndr") or rng.randint(2, min(4, len(pool)))
    picks = sorted(rng.sample(range(len(pool)), min(n, len(pool))))
    reports = []
    for i in picks:
        t, c = pool[i]
        solo = re.search(r"Assistant|Adjoint|Advisor|Analyst|Officer|Counsel|Investigator|Scientist|Mediator|Auditor|Evaluator|"
                         r"Coordinator|Conseiller|Analyste|Agent|Avocat|Enquêteur|Chercheur|Médiateur|Auditeur|Évaluateur", t)
        f = (rng.randint(1, 2) if solo else
             (rng.randint(8, 38) if c.startswith("EX") else rng.randint(3, 14)))
        reports.append([t, c, f])
    drmode = st["dr"]
    for rep in reports:
        if drmode in ("list", "dash", "prose") and rng.random() < 0.15:
            rep[2] = None
        if drmode in ("list", "prose") and rng.random() < 0.1:
            rep[1] = None
    if drmode == "names":
        for rep in reports:
            rep[1] = rep[2] = None

    # ---- dimensions
    head = o.get("head")
    fte = (rng.randint(22, 120) if head else sum(r[2] or 3 for r in reports) + rng.randint(1, 6))
    salary = round(fte * rng.randint(86, 108) / 5) * 5000
    om = round(salary * rng.uniform(0.06, 0.5) / 5000) * 5000
    total = salary + om
    dims = o.get("dims", "full")
    people = []
    incumbent = person(rng, people) if (o.get("incumbent") or rng.random() < 0.2) else None
    sup_name = person(rng, people)
    head_name = person(rng, people) if sup_cls is not None else sup_name
    draft = o.get("vdraft")

    def A(v):
        return fmt_amt(v, amt_how)

    def C(c):
        return fmt_cls(c, cls_how)

    def D(d):
        return fmt_date(d, date_how)

    def F(n_):
        return fmt_fte(n_, fte_how)

    loc_how = rng.choice(["comma", "paren", "comma", "postal"])
    postal = {"Ontario": "ON", "Quebec": "QC", "Manitoba": "MB", "Saskatchewan": "SK", "New Brunswick": "NB",
              "Prince Edward Island": "PE", "British Columbia": "BC", "Nunavut": "NU"}[prov_en]
    prov = prov_fr if (fr or (bi and loc_how == "paren")) else prov_en
    loc_str = {"comma": f"{city}, {prov}", "paren": f"{city} ({prov})", "postal": f"{city}, {postal}"}[loc_how]
    loc_in_header = rng.random() < 0.75

    # ---- header fields
    blocks = [("banner", st["banner_fr"] if fr else st["banner"])]
    flds = []
    if bi:
        flds.append((LABELS_EN[st["lab"]]["title"], title_en))
        flds.append((LABELS_FR[{"A": "A", "B": "B", "C": "C", "D": "B", "E": "C"}[st["lab"]]]["title"], title_fr))
    else:
        flds.append((L["title"], title))
    flds.append((L["cls"], C(cls)))
    if job:
        flds.append((L["job"], job))
    flds.append((L["pos"], posnum or prov_num))
    if rng.random() < 0.5:
        flds.append((L["org"], org_name))
    if eff:
        flds.append((L["eff"], D(eff)))
    elif rng.random() < 0.4:
        flds.append((L["eff"], ""))
    supmode = st["sup"]
    sup_sentence = None
    if supmode == "fields":
        if sup_num:
            flds.append((L["sup_pos"], sup_num))
        flds.append((L["sup_title"], sup_title))
        if sup_cls:
            flds.append((L["sup_cls"], C(sup_cls)))
    elif supmode == "reports_to":
        lab = "Relève de" if fr else ("Reports to / Relève de" if bi else "Reports to")
        v = sup_title + (f" ({fmt_cls(sup_cls, 'dash')})" if sup_cls else "")
        if sup_num:
            v = f"{sup_num} – {v}"
        flds.append((lab, v))
    if loc_in_header:
        flds.append((L["loc"], loc_str))
    if incumbent:
        flds.append(("Titulaire" if fr else ("Incumbent / Titulaire" if bi else "Incumbent"), incumbent))
    blocks.append(("fields", flds))

    # ---- sections
    def P(en, frt):
        if fr:
            return [("p", frt)]
        if bi:
            return [("p", en), ("p", frt)]
        return [("p", en)]

    fill = dict(org=O[0], head=O[6].lower() if O[6][0].isupper() and O[6] != O[6].upper() else O[6])
    ga_en = R["ga_en"].format(org=O[2], head=O[6]).replace(f"The {R['en']}", f"The {title_en}", 1)
    ga_fr = R["ga_fr"].format(org=O[2], head=O[7])
    if title_fr != R["fr"]:
        lead = f"Le {R['fr'][0].lower()}{R['fr'][1:]}"
        if ga_fr.startswith(lead + ", "):
            lead += ","
        ga_fr = ga_fr.replace(lead, f"Le titulaire du poste de {title_fr[0].lower()}{title_fr[1:]}", 1)
    ga = P(ga_en, ga_fr)
    sa_en = [s.format(head=O[6].lower()) for s in R["sa_en"]]
    sa_fr = list(R["sa_fr"])
    k_sa = rng.randint(4, len(sa_en))
    sa = sa_fr[:k_sa] if fr else sa_en[:k_sa]
    ns = P(O[8] + " " + NS_EN[rng.randrange(4)].format(org=O[2]), O[9] + " " + NS_FR[rng.randrange(4)])
    ns += P(NS_EN[2].format(org=O[2]), NS_FR[2]) if rng.random() < 0.5 else []

    # organization section
    org_blocks = []
    npeers = rng.randint(2, 6)
    if supmode == "sentence" or rng.random() < 0.5:
        clsbit = f" ({C(sup_cls)})" if (sup_cls and supmode == "sentence") else ""
        numbit = f", position {sup_num}" if (sup_num and supmode == "sentence" and not fr) else ""
        if supmode == "sentence" and fr is False and sup_num and rng.random() < 0.5:
            numbit = f" (position no. {sup_num})"
        en_s = f"The {title_en} reports to the {sup_en}{clsbit}{numbit} and is one of {npeers} positions reporting directly to that position."
        fr_s = f"Le titulaire relève du {sup_fr or sup_en}{clsbit} et occupe l'un des {npeers} postes qui relèvent directement de ce poste."
        org_blocks += P(en_s, fr_s)
    if supmode == "sentence" and not (sup_num and not fr):
        sup_num_stated = False
    else:
        sup_num_stated = True
    if supmode == "sentence" and fr:
        sup_num_stated = False
    if supmode == "sentence" and not fr:
        sup_num_stated = bool(sup_num)
    if not sup_num_stated and supmode == "sentence":
        sup_num = None
    if drmode in ("list", "dash", "table"):
        org_blocks.append(("p", f"Relèvent du titulaire les postes suivants :" if fr else
                           f"The following positions report to the {title_en}:"))
    if drmode == "list":
        items = []
        for t, c, f in reports:
            bits = ", ".join(x for x in [C(c) if c else None, F(f) if f else None] if x)
            if ", " in t:
                desc = (f"responsable de la fonction {area(t).lower()}" if fr else f"responsible for {area(t).lower()}")
            else:
                desc = ("fournit des conseils et des services spécialisés" if fr else "provides specialized advice and services")
            items.append(f"{t}{' (' + bits + ')' if bits else ''}: {desc}")
        org_blocks.append(("ul", items))
    elif drmode == "dash":
        items = []
        for t, c, f in reports:
            items.append(f"{C(c) if c else ''} – {t}{' (' + F(f) + ')' if f else ''}".strip(" –"))
        org_blocks.append(("ul", items))
    elif drmode == "table":
        hdr = (["Poste", "Groupe et niveau", "ETP"] if fr else
               (["Position / Poste", "Group and Level / Groupe et niveau", "FTEs / ETP"] if bi else ["Position", "Group/Level", "FTEs"]))
        org_blocks.append(("table", [hdr] + [[t, C(c), str(f)] for t, c, f in reports]))
    elif drmode == "prose":
        parts = []
        for j, (t, c, f) in enumerate(reports):
            if fr:
                s = f"le {t[0].lower()}{t[1:]}"
                if c and f:
                    s += f" ({C(c)}, {F(f)})"
                elif c:
                    s += f" ({C(c)})"
                elif f:
                    s += f", qui dirige une équipe de {f} personnes"
            else:
                art = "an" if (t[0] in "AEIOU" or t.startswith(("HR", "IT"))) else "a"
                s = f"{art} {t}"
                leader = t.startswith(("Manager", "Director", "Deputy", "Team", "Regional", "Chief", "Head"))
                if c and f:
                    s += rng.choice([f" ({C(c)}, {F(f)})", f" ({C(c)}) who leads a team of {f}"]) if leader else f" ({C(c)}, {F(f)})"
                elif c:
                    s += f" ({C(c)})"
                elif f:
                    s += f", with a staff of {f}"
            parts.append(s)
        if len(parts) == 1:
            joined = parts[0]
        elif len(parts) == 2:
            joined = parts[0] + (" et " if fr else " and ") + parts[1]
        else:
            joined = "; ".join(parts[:-1]) + ("; et " if fr else "; and ") + parts[-1]
        en_s = f"The {title_en} is supported by {joined}."
        fr_s = f"Le titulaire est appuyé par {joined}."
        org_blocks.append(("p", fr_s if fr else en_s))
    elif drmode == "names":
        en_s = f"The following positions report to the {title_en}: " + "; ".join(t for t, _, _ in reports) + "."
        fr_s = "Relèvent du titulaire : " + "; ".join(t for t, _, _ in reports) + "."
        org_blocks.append(("p", fr_s if fr else en_s))
    if not loc_in_header:
        org_blocks += P(f"The position is located in {loc_str}.", f"Le poste est situé à {loc_str}.")

    # dimensions
    DL = (DIM_FR[st["dl"] % 3] if fr else DIM_EN[st["dl"]])
    dim_rows = []
    sal_s = om_s = tot_s = None
    if dims in ("full", "two_col"):
        sal_s, om_s, tot_s = salary, om, total
    elif dims == "total_only":
        tot_s = total
    elif dims == "salary_om":
        sal_s, om_s = salary, om
    org_fte = org_tot = None
    dim_blocks = []
    scope = (O[2] if not fr else "l'organisme")
    if dims == "two_col" or (st["dims"] == "table" and not head):
        org_fte = fte + rng.randint(40, 200)
        org_sal = round(org_fte * 95 / 5) * 5000
        org_om = round(org_sal * 0.3 / 5000) * 5000
        org_tot = org_sal + org_om
        unit = ("Région" if fr else "Region") if role == "rdg" else ("Direction" if fr else "Directorate")
        hdr = (["", unit, "Organisme (total)"] if fr else ["", unit, f"{O[2]} (total)"])
        rows = [[DL["fte"], str(fte), str(org_fte)]]
        if sal_s:
            rows.append([DL["sal"], A(sal_s), A(org_sal)])
        if om_s:
            rows.append([DL["om"], A(om_s), A(org_om)])
        if tot_s:
            rows.append([DL["tot"], A(tot_s), A(org_tot)])
        dim_blocks.append(("table", [hdr] + rows))
    elif st["dims"] == "prose":
        bits = []
        if sal_s:
            bits.append(f"a salary budget of {A(sal_s)}")
        if om_s:
            bits.append(f"an operating and maintenance budget of {A(om_s)}")
        s = (f"The {'organization' if head else 'position'} has {F(fte)} and " + " and ".join(bits) +
             (f", for a total of {A(tot_s)}." if tot_s and bits else (f"a total budget of {A(tot_s)}." if tot_s else ".")))
        if fr:
            s = f"Le poste gère un effectif de {fte} ETP" + (f" et un budget total de {A(tot_s)}." if tot_s else ".")
        dim_blocks.append(("p", s))
        if head:
            dim_blocks.insert(0, ("p", f"The dimensions below are those of the {O[0]} as a whole."))
    else:
        rows = [(DL["fte"], str(fte))]
        if sal_s:
            rows.append((DL["sal"], A(sal_s)))
        if om_s:
            rows.append((DL["om"], A(om_s)))
        if tot_s:
            rows.append((DL["tot"], A(tot_s)))
        if head:
            dim_blocks.append(("p", ("Ressources de l'organisme (ensemble) :" if fr else f"Resources of the {O[2]} (organization-wide):")))
        if st["dims"] == "table" or (kind in ("docx",) and rng.random() < 0.4):
            dim_blocks.append(("table", [[a, b] for a, b in rows]))
        else:
            dim_blocks.append(("dims", rows))
    if dims == "total_only" and fr:
        pass

    sec = {
        "ga": [("h", heading("ga"))] + ga,
        "org": [("h", heading("org"))] + org_blocks,
        "ns": [("h", heading("ns"))] + ns,
        "dim": [("h", heading("dim"))] + dim_blocks,
        "sa": [("h", heading("sa")), ("ol" if rng.random() < 0.6 else "ul", sa)] + ([("ul", sa_fr[:k_sa])] if bi else []),
        "csr": [("h", heading("csr"))] + P(CSR_EN.format(org=O[2]), CSR_FR),
    }
    if st["order"] == "csr":
        sec["sa"][0] = ("h", "Activités principales" if fr else ("Key Activities / Activités principales" if bi else "Key Activities"))
    order = {"classic": ["ga", "org", "ns", "dim", "sa"], "dims_first": ["ga", "dim", "org", "sa", "ns"],
             "csr": ["csr", "sa", "org", "ns", "dim"], "sa_first": ["ga", "sa", "org", "ns", "dim"]}[st["order"]]
    for k in order:
        blocks += sec[k]
    # certification
    if not draft:
        blocks.append(("h", heading("cert")))
        if fr:
            sig = [f"Supérieur immédiat : {sup_name}, {sup_title}", "Signature : ______________________   Date : ____________"]
            if head_name != sup_name:
                sig += [f"Administrateur général : {head_name}, {head_title}", "Signature : ______________________   Date : ____________"]
        else:
            sig = [f"Supervisor: {sup_name}, {sup_en}", "Signature: ______________________   Date: ____________"]
            if head_name != sup_name:
                sig += [f"Head of Organization: {head_name}, {O[6]}", "Signature: ______________________   Date: ____________"]
        blocks.append(("sig", sig))
    else:
        people.remove(sup_name)
        if head_name in people:
            people.remove(head_name)
        blocks.insert(1, ("p", "DRAFT – for discussion with the Executive Director General – not for classification"))

    truth_fields = dict(
        title=title, classification=cls, job_code=job, position_number=posnum,
        effective_date=eff,
        supervisor=dict(position_number=sup_num, title=sup_title or None, classification=sup_cls),
        direct_reports=[dict(title=t, classification=c, fte=f) for t, c, f in reports],
        salary=sal_s, o_and_m=om_s, total=tot_s,
        location=f"{city}, {prov_en}")
    also = dict(fte=fte, operating_budget=None, program_budget=None, provisional_number=prov_num)
    if bi:
        also["title_fr"] = title_fr
    if org_fte:
        also["organization_fte"] = org_fte
        also["organization_total"] = org_tot
    if head:
        also["dimensions_are_the_organizations"] = True
    return dict(blocks=blocks, fields=truth_fields, also=also, people=people, style=st, rng=rng,
                footer=f"{O[2]} – {title}", org=O)


# ---------------------------------------------------------------- rendering
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def head_text(t, hs, n):
    if hs == "upper":
        return t.upper()
    if hs == "title":
        return t
    if hs == "num":
        return f"{n}. {t.upper()}"
    if hs == "alpha":
        return f"{'ABCDEFGH'[n-1]}) {t}"
    if hs == "roman":
        return f"{ROMAN[n-1]}. {t}"
    if hs == "colon":
        return f"{t}:"
    return t


def text_lines(doc, width=0, pdf=False):
    st = doc["style"]
    out = []
    n = 0
    wrap = width or st["wrap"]

    def para(t, indent=""):
        if wrap:
            t = re.sub(r"\b([A-Z]{2,3}) (\d\d)\b", "\\1\x00\\2", t)
            t = re.sub(r"(\d) (\d{3})", "\\1\x01\\2", t)
            ws = textwrap.wrap(t, wrap, initial_indent=indent, subsequent_indent=" " * len(indent)) or [""]
            out.extend(w.replace("\x00", " ").replace("\x01", " ") for w in ws)
        else:
            out.append(indent + t)

    for kind, val in doc["blocks"]:
        if kind == "banner":
            for b in val:
                out.append(b.center(78).rstrip() if st["hdr"] in ("dots", "next") else b)
            out.append("")
        elif kind == "fields" or kind == "dims":
            hdr = st["hdr"] if kind == "fields" else ("colon" if st["hdr"] in ("table", "next") else st["hdr"])
            for lab, v in val:
                if hdr == "colon":
                    out.append(f"{lab}: {v}".rstrip())
                elif hdr == "caps":
                    out.append(f"{lab.upper()}: {v}".rstrip())
                elif hdr == "next":
                    out.append(f"{lab}:")
                    out.append(f"    {v}" if v else "")
                elif hdr == "dots":
                    out.append(f"{lab} {'.' * max(3, 44 - len(lab))} {v}".rstrip())
                elif hdr == "tab":
                    out.append(f"{lab}\t{v}".rstrip())
                elif hdr == "table":
                    out.append(f"{lab:<40}{v}".rstrip())
            out.append("")
        elif kind == "h":
            n += 1
            out.append(head_text(val, st["hs"], n))
            if st["hs"] == "title" and not pdf:
                out.append("-" * len(val))
            out.append("")
        elif kind == "p":
            para(val)
            out.append("")
        elif kind in ("ul", "ol"):
            for j, it in enumerate(val, 1):
                para(it, f"{j}. " if kind == "ol" else f"{st['bul']} ")
            out.append("")
        elif kind == "table":
            widths = [max(len(r[c]) for r in val) for c in range(len(val[0]))]
            for r in val:
                out.append("   ".join(x.ljust(w) for x, w in zip(r, widths)).rstrip())
            out.append("")
        elif kind == "sig":
            out.extend(val)
            out.append("")
    return out


def render_text(doc):
    return "\n".join(text_lines(doc)).rstrip() + "\n"


def render_md(doc):
    st = doc["style"]
    out = []
    n = 0
    for kind, val in doc["blocks"]:
        if kind == "banner":
            out.append(f"# {val[1]}")
            out.append("")
            out.append(f"**{val[0]}**")
            out.append("")
        elif kind in ("fields", "dims"):
            if kind == "fields" and st["hdr"] == "table":
                out += ["| Field | Value |", "|---|---|"] + [f"| {a} | {b} |" for a, b in val]
            else:
                out += [f"*   **{a}:** {b}".rstrip() for a, b in val]
            out.append("")
        elif kind == "h":
            n += 1
            t = head_text(val, st["hs"] if st["hs"] in ("num", "roman", "alpha") else "title", n)
            out.append(f"## {t}")
            out.append("")
        elif kind == "p":
            out.append(val)
            out.append("")
        elif kind in ("ul", "ol"):
            out += [(f"{j}.  {it}" if kind == "ol" else f"*   {it}") for j, it in enumerate(val, 1)]
            out.append("")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            out += ["| " + " | ".join(r) + " |" for r in val[1:]]
            out.append("")
        elif kind == "sig":
            out += [v + "  " for v in val]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


FIXED = dt.datetime(2024, 1, 15, 9, 0, 0)


def docx_bytes(build_fn):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = "", "", ""
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    build_fn(d)
    buf = io.BytesIO()
    d.save(buf)
    # the zip's own timestamps: fixed, so that the bytes do not change from run to run
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(doc):
    st = doc["style"]

    def fill(d):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        n = 0
        for kind, val in doc["blocks"]:
            if kind == "banner":
                for b in val:
                    p = d.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    p.add_run(b).bold = True
            elif kind in ("fields", "dims"):
                if st["hdr"] in ("table", "dots", "tab", "next") or kind == "dims":
                    t = d.add_table(rows=0, cols=2)
                    t.style = "Table Grid"
                    for a, b in val:
                        cells = t.add_row().cells
                        cells[0].text = a
                        cells[1].text = b
                else:
                    for a, b in val:
                        p = d.add_paragraph()
                        p.add_run(f"{a}:").bold = True
                        p.add_run(f" {b}")
            elif kind == "h":
                n += 1
                t = head_text(val, st["hs"], n)
                if st["hs"] in ("upper", "colon"):
                    d.add_paragraph().add_run(t).bold = True
                else:
                    d.add_heading(t, level=1)
            elif kind == "p":
                d.add_paragraph(val)
            elif kind in ("ul", "ol"):
                for it in val:
                    d.add_paragraph(it, style="List Number" if kind == "ol" else "List Bullet")
            elif kind == "table":
                t = d.add_table(rows=0, cols=len(val[0]))
                t.style = "Table Grid"
                for r in val:
                    cells = t.add_row().cells
                    for c, x in zip(cells, r):
                        c.text = x
                d.add_paragraph()
            elif kind == "sig":
                for v in val:
                    d.add_paragraph(v)
    return docx_bytes(fill)


def paginate(lines, per, footer, header=None, numbering="Page {n} of {N}"):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    out = []
    for i, pg in enumerate(pages, 1):
        body = ([header, ""] if header else []) + pg + ["", f"{footer}    " + numbering.format(n=i, N=len(pages))]
        out.append("\n".join(body))
    return out


def render_pdf(doc):
    lines = text_lines(doc, width=100, pdf=True)
    pages = paginate(lines, 62, doc["footer"])
    return pdf_bytes(pages)


# ---------------------------------------------------------------- OCR damage
DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}
CONF = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("e", "c"), ("i", "l"), ("l", "I"), ("t", "l"), ("h", "b"), ("o", "a")]


def damage_digits(text, rng, level):
    def tok(m):
        t = m.group(0)
        if rng.random() > 0.3 * level:
            return t
        return "".join((DIGIT[c] if c in DIGIT and rng.random() < 0.6 else c) for c in t)
    return re.sub(r"\$?[\d][\d,.]*[KM]?", tok, text)


def damage_words(line, rng, level):
    words = line.split(" ")
    out = []
    for w in words:
        if len(w) > 5 and w.isalpha() and rng.random() < 0.04 * level:
            a, b = rng.choice(CONF)
            if a in w:
                w = w.replace(a, b, 1)
        out.append(w)
    s = ""
    for j, w in enumerate(out):
        if j and rng.random() < 0.012 * level and s and s[-1].isalpha() and w[:1].isalpha():
            s += w
        else:
            s += (" " if j else "") + w
    return s


def render_ocr(doc, level, run):
    rng = random.Random(f"ocr:{doc['footer']}")
    st = doc["style"]
    lines = text_lines(doc, width=st["wrap"] or 78)
    # hyphenated line ends
    hy = []
    for ln in lines:
        if len(ln) > 50 and rng.random() < 0.12 and not ln.endswith(":"):
            words = ln.split(" ")
            last = words[-1]
            if len(last) > 7 and last.isalpha():
                cut = len(last) // 2
                hy.append(" ".join(words[:-1] + [last[:cut] + "-"]))
                hy.append(last[cut:])
                continue
        hy.append(ln)
    # letter confusions in prose only (long lines), digits everywhere
    dmg = []
    for ln in hy:
        if len(ln) > 60:
            ln = damage_words(ln, rng, level)
        dmg.append(ln)
    text = damage_digits("\n".join(dmg), rng, level)
    lines = text.split("\n")
    org = doc["org"]
    pages = paginate(lines, 55, f"{org[2]} {rng.choice(['EX', 'Work Description', 'WD'])}",
                     header=rng.choice([None, "PROTECTED B (when completed)", f"{org[2]}"]),
                     numbering=rng.choice(["Page {n}", "- {n} -", "{n}", "Page {n} of {N}"]))
    if run:
        body = "\n".join(" ".join(x for x in pg.split("\n") if x.strip()) for pg in pages)
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body + "\n"
    return "\n\f".join(pages) + "\n"


# ---------------------------------------------------------------- documents to refuse
MEMO = [
    ("banner", ["Canadian Human Rights Tribunal", "MEMORANDUM / NOTE DE SERVICE"]),
    ("fields", [("To", "Members of the Management Committee"), ("From", "Colleen Arsenault, Director, Corporate Services"),
                ("Date", "March 7, 2023"), ("Subject", "Review of executive work descriptions – schedule")]),
    ("p", "As discussed at the February meeting, the Tribunal's executive work descriptions will be reviewed this spring "
          "to reflect the new organization structure approved by the Chairperson. Three descriptions are affected: "
          "the Executive Director and Registrar (EX-03), the Director, Mediation and Dispute Resolution Services "
          "(EX-01) and the Director, Corporate Services (EX-01, position 40712)."),
    ("p", "Please send your comments on the draft descriptions to Human Resources by April 14, 2023. The descriptions will "
          "then be submitted to the Administrative Tribunals Support Service of Canada for a classification review. "
          "No change in level is expected."),
    ("ul", ["Draft descriptions circulated: March 20", "Comments due: April 14", "Submission for classification: May 1"]),
    ("p", "For questions, contact Wei Zhang, Senior HR Advisor, at extension 4417."),
    ("sig", ["Colleen Arsenault", "Director, Corporate Services"]),
]

OFFER = """Commission d'examen des plaintes concernant la police militaire du Canada

PROTÉGÉ B

Le 14 septembre 2022

Madame Nathalie Lachance
Ottawa (Ontario)

Objet : Offre de nomination intérimaire – Directrice, Enquêtes (EX-01)

Madame,

J'ai le plaisir de vous offrir une nomination intérimaire au poste de directrice, Enquêtes (poste no 30158),
classifié au groupe et au niveau EX-01, à la Commission d'examen des plaintes concernant la police militaire
du Canada, du 3 octobre 2022 au 31 mars 2023.

Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des cadres
supérieurs. L'échelle salariale du niveau EX-01 va de 122 600 $ à 144 200 $.

Vous relèverez du directeur exécutif. Vos fonctions sont décrites dans la description de travail ci-jointe.
Cette offre est conditionnelle au maintien de votre cote de fiabilité approfondie.

Veuillez signer le présent document et le retourner d'ici le 23 septembre 2022.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Daniel Gagnon
Directeur exécutif

J'accepte l'offre aux conditions énoncées ci-dessus.

Signature : ______________________   Date : ______________
Nathalie Lachance
"""

MINUTES = """PATENTED MEDICINE PRICES REVIEW BOARD
Executive Management Committee - Record of Decisions

Date: March 14, 2023   Time: 10:00-11:30   Location: Boardroom, 333 Laurier Avenue West, Ottawa, and MS Teams

Present: Kevin Whitford (Chair of the meeting), Geneviève Pelletier, Harpreet Sandhu, Luc Morin
Regrets: Isabelle Fournier
Secretary: Annie Villeneuve

1. Adoption of the agenda
   The agenda was adopted without change.

2. Business arising from the February 7 meeting
   - The Director, Policy and Economic Analysis (EX-02) work description was finalized and sent for
     classification review. Decision expected in April.
   - Staffing of the Director, Communications and Stakeholder Relations (EX-01) position: the selection
     board will be chaired by the Executive Director.

3. Financial situation (FY 2022-23, period 11)
   Forecast: salary $11.2M, O&M $3.9M; a lapse of about $240K is expected.
   Decision: reallocate $150K to the case management system project.

4. Human resources
   Three staffing actions in progress (EC-06, EC-07, AS-02). The employee survey results will be
   presented at the April meeting.

5. Round table
   No items.

Next meeting: April 11, 2023.

Action items
| # | Action | Lead | Due |
| 1 | Circulate classification decision | L. Morin | April 15 |
| 2 | Update the staffing plan | H. Sandhu | April 11 |
"""

ORGCHART = """# Organigramme / Organization Chart
## Tribunal des anciens combattants (révision et appel) / Veterans Review and Appeal Board

Mis à jour le 1er avril 2022 / Updated April 1, 2022

*   **Chair / Président** (GIC) — Christopher Kowalczyk
    *   Vice-Chair / Vice-président (GIC)
        *   Members / Membres (23)
    *   **Director General, Operations / Directeur général, Opérations** (EX-03) — Louise Haddad
        *   Director, Communications / Directeur, Communications (EX-01)
        *   Director, Appeals and Reviews Operations / Directeur, Opérations des appels et révisions (EX-01)
            *   Manager, Hearing Coordination / Gestionnaire, Coordination des audiences (PM-05) — 14 ETP / FTEs
            *   Manager, Decision Services / Gestionnaire, Services des décisions (PM-04) — 9 ETP / FTEs
    *   **Director General, Corporate Services / Directeur général, Services ministériels** (EX-02)
        *   Director, Human Resources / Directeur, Ressources humaines (EX-01)
        *   Manager, Finance / Gestionnaire, Finances (FI-03)
    *   Senior General Counsel / Avocat général principal (LP-04)

Total: 112 ETP / FTEs — Charlottetown (Î.-P.-É. / PEI)
"""

REFUSE = [
    ("Memo - EX work description review 2023.docx", "docx", "en", "memo",
     ["Colleen Arsenault", "Wei Zhang"]),
    ("Lettre d'offre - nomination intérimaire EX-01 (signée).pdf", "pdf", "fr", "offer",
     ["Nathalie Lachance", "Daniel Gagnon"]),
    ("Minutes - Management Committee 2023-03-14.txt", "text", "en", "minutes",
     ["Kevin Whitford", "Geneviève Pelletier", "Harpreet Sandhu", "Luc Morin", "Isabelle Fournier", "Annie Villeneuve"]),
    ("Organigramme - Org chart TACRA-VRAB 2022.md", "markdown", "bilingual", "orgchart",
     ["Christopher Kowalczyk", "Louise Haddad"]),
    ("Scan_2021-06-08_0014.pdf", "pdf", "en", "scan", []),
]


def refuse_bytes(what):
    if what == "memo":
        return render_docx(dict(blocks=MEMO, style=STYLES["chrt"] | dict(hdr="colon", hs="upper")))
    if what == "offer":
        return pdf_bytes([OFFER])
    if what == "minutes":
        return MINUTES.encode("utf-8")
    if what == "orgchart":
        return ORGCHART.encode("utf-8")
    if what == "scan":
        return pdf_bytes(["", ""])
    raise ValueError(what)


# ---------------------------------------------------------------- ground truth
def q(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, dt.date)):
        return str(v) if isinstance(v, int) else v.isoformat()
    return "'" + str(v).replace("'", "''") + "'"


def expected_yaml(name, kind, lang, outcome, fields, also, people, versions):
    out = [f"document: {q(name)}", f"kind: {kind}", f"language: {lang}", f"outcome: {outcome}"]
    not_stated = []
    if fields is None:
        out.append("fields: null")
    else:
        out.append("fields:")
        for k in ["title", "classification", "job_code", "position_number", "effective_date"]:
            out.append(f"  {k}: {q(fields[k])}")
            if fields[k] is None:
                not_stated.append(k)
        out.append("  supervisor:")
        for k in ["position_number", "title", "classification"]:
            out.append(f"    {k}: {q(fields['supervisor'][k])}")
            if fields["supervisor"][k] is None:
                not_stated.append(f"supervisor.{k}")
        if fields["direct_reports"]:
            out.append("  direct_reports:")
            for r in fields["direct_reports"]:
                out.append(f"  - title: {q(r['title'])}")
                out.append(f"    classification: {q(r['classification'])}")
                out.append(f"    fte: {q(r['fte'])}")
        else:
            out.append("  direct_reports: []")
            not_stated.append("direct_reports")
        for k in ["salary", "o_and_m", "total", "location"]:
            out.append(f"  {k}: {q(fields[k])}")
            if fields[k] is None:
                not_stated.append(k)
    out.append("not_stated: [" + ", ".join(not_stated) + "]")
    if also:
        out.append("also:")
        out += [f"  {k}: {q(v)}" for k, v in also.items()]
    else:
        out.append("also: null")
    if people:
        out.append("people:")
        out += [f"- {q(p)}" for p in people]
    else:
        out.append("people: []")
    if versions:
        out.append("versions:")
        out.append("  documents:")
        out += [f"  - {q(d)}" for d in versions["documents"]]
        out.append(f"  newest: {q(versions['newest'])}")
        if versions.get("same"):
            out.append("  same_content: true")
    else:
        out.append("versions: null")
    return "\n".join(out) + "\n"


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    groups = {}
    for spec in POSITIONS:
        if spec[6].get("version"):
            groups.setdefault(spec[6]["version"], []).append(spec)
    for spec in POSITIONS:
        fname, org, role, lang, kind, cls, o = spec
        doc = build(spec)
        if kind == "docx":
            data = render_docx(doc)
        elif kind == "pdf":
            data = render_pdf(doc)
        elif kind == "markdown":
            data = render_md(doc).encode("utf-8")
        elif kind == "text":
            data = render_text(doc).encode("utf-8")
        elif kind == "text-cp1252":
            data = render_text(doc).replace("\n", "\r\n").replace("'", "\u2019").encode("cp1252")
        elif kind == "ocr":
            data = render_ocr(doc, o.get("ocr", 2), o.get("ocr_run", False)).encode("utf-8")
        (corpus / fname).write_bytes(data)
        f = doc["fields"]
        if doc["style"]["hdr"] and "loc" not in o and False:
            pass
        versions = None
        if o.get("version"):
            docs = [s[0] for s in groups[o["version"]]]
            newest = None if o.get("same") else [s[0] for s in groups[o["version"]] if not s[6].get("vdraft")][0]
            versions = dict(documents=docs, newest=newest, same=o.get("same"))
        (expected / f"{fname}.expected.yaml").write_text(
            expected_yaml(fname, kind, lang, "import", f, doc["also"], doc["people"], versions), encoding="utf-8")
    for fname, kind, lang, what, people in REFUSE:
        (corpus / fname).write_bytes(refuse_bytes(what))
        (expected / f"{fname}.expected.yaml").write_text(
            expected_yaml(fname, kind, lang, "refuse", None, {"what": what}, people, None), encoding="utf-8")


if __name__ == "__main__":
    main()
