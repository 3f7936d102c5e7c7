"""Write the blind145 corpus (corpus/) and its truths (expected/): Northern and territorial offices.

Run: /work/main/.venv/bin/python bench/import/blind145/make_blind.py
Deterministic: fixed seeds, .docx re-zipped with fixed timestamps."""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
import yaml  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
from texts import DEPTS, PLACES, PLACE_NAMES, SYLL, SYLL_PLACES, POSITIONS, SUPERVISORS, REPORT_POOL, GIVEN, FAMILY  # noqa: E402
from prose import GA_EN, GA_FR, NS_EN, NS_FR, SA_EN, SA_FR, REGION_EN, REGION_FR  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

# --------------------------------------------------------------------------- names
_rng_names = random.Random(14501)
_pairs = [(g, f) for g in GIVEN for f in FAMILY]
_rng_names.shuffle(_pairs)
_name_iter = iter(_pairs)


def new_name() -> str:
    g, f = next(_name_iter)
    return f"{g} {f}"


# --------------------------------------------------------------------------- notations
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fmt_date(d: dt.date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "long_en":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy_en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "long_fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dmy_slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year} (jj/mm/aaaa)" if False else f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dotted":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(style)


def fmt_money(v: int, style: str) -> str:
    if style == "full":
        return f"${v:,}"
    if style == "cents":
        return f"${v:,}.00"
    if style == "plain":
        return f"{v}"
    if style == "M":
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
        if "." in s and len(s.split(".")[1]) == 1:
            s += "0"
        return f"${s}M"
    if style == "K":
        return f"${v // 1000:,}K"
    if style == "fr":
        return f"{v:,}".replace(",", "\u00a0") + "\u00a0$"
    if style == "fr_M":
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{s}\u00a0M$"
    raise ValueError(style)


def fmt_class(c: str, style: str) -> str:
    parts = c.split("-")
    if len(parts) != 2:       # subgroups are written as they are
        return c
    g, n = parts
    if style == "std":
        return c
    if style == "space":
        return f"{g} {n}"
    if style == "short":
        return f"{g}-{int(n)}"
    if style == "joined":
        return f"{g}{n}"
    raise ValueError(style)


def fmt_fte(n, lang: str) -> str:
    s = f"{n:g}" if isinstance(n, float) else str(n)
    if lang == "fr":
        return s.replace(".", ",") + " ETP"
    return s + (" FTE" if n == 1 else " FTEs")


# --------------------------------------------------------------------------- labels
LABELS = {
    "title": (["Position Title", "Title", "Job Title"], ["Titre du poste", "Titre", "Titre de l'emploi"]),
    "classification": (["Classification", "Group and Level", "Level"], ["Classification", "Groupe et niveau", "Niveau"]),
    "position_number": (["Position Number", "Position No.", "Pos. #"], ["Numéro du poste", "N° du poste", "No de poste"]),
    "job_code": (["Job Code", "Work Description No.", "Generic/Job Code"], ["Code d'emploi", "N° de la description de travail", "Code de l'emploi"]),
    "effective_date": (["Effective Date", "Date Effective", "Effective"], ["Date d'entrée en vigueur", "En vigueur le", "Date de prise d'effet"]),
    "location": (["Location", "Geographic Location", "Work Location"], ["Lieu", "Emplacement géographique", "Lieu de travail"]),
    "department": (["Department", "Department/Agency", "Organization"], ["Ministère", "Ministère/organisme", "Organisation"]),
    "unit": (["Directorate", "Branch/Directorate", "Organizational Unit"], ["Direction", "Direction générale/Direction", "Unité organisationnelle"]),
    "sup_title": (["Supervisor's Position Title", "Reports To", "Supervisor Title"], ["Titre du poste du superviseur", "Relève de", "Titre du superviseur"]),
    "sup_class": (["Supervisor's Classification", "Supervisor's Group and Level", "Supervisor Level"], ["Classification du superviseur", "Groupe et niveau du superviseur", "Niveau du superviseur"]),
    "sup_posnum": (["Supervisor's Position No.", "Supervisor's Position Number", "Supervisor Pos. #"], ["N° du poste du superviseur", "Numéro du poste du superviseur", "No de poste du superviseur"]),
    "fte": (["FTEs", "Total FTEs", "Number of FTEs"], ["ETP", "Total des ETP", "Nombre d'ETP"]),
    "salary": (["Salary", "Salary Budget", "Salaries"], ["Salaires", "Budget salarial", "Traitements"]),
    "o_and_m": (["O&M", "Operating and Maintenance (O&M)", "O&M Budget"], ["F et E", "Fonctionnement et entretien (F et E)", "Budget de F et E"]),
    "total": (["Total", "Total Operating Budget", "Total (Salary + O&M)"], ["Total", "Budget total de fonctionnement", "Total (salaires + F et E)"]),
}
HEADS = {
    "wd": ("EXECUTIVE WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL DE CADRE"),
    "id": ("POSITION IDENTIFICATION", "IDENTIFICATION DU POSTE"),
    "sup": ("SUPERVISOR", "SUPERVISEUR"),
    "ga": ("GENERAL ACCOUNTABILITY", "RESPONSABILITÉ GÉNÉRALE"),
    "org": ("ORGANIZATIONAL STRUCTURE", "STRUCTURE ORGANISATIONNELLE"),
    "ns": ("NATURE AND SCOPE", "NATURE ET ÉTENDUE"),
    "dims": ("DIMENSIONS", "DIMENSIONS"),
    "sa": ("SPECIFIC ACCOUNTABILITIES", "RESPONSABILITÉS PARTICULIÈRES"),
    "sig": ("SIGNATURES", "SIGNATURES"),
    "rep_cols": (("Position Title", "Group/Level", "FTEs"), ("Titre du poste", "Groupe/niveau", "ETP")),
}


def titled(s: str) -> str:
    return " / ".join(part[:1] + part[1:].lower() for part in s.split(" / "))


def label(key: str, lang: str, v: int) -> str:
    en, fr = LABELS[key]
    if lang == "en":
        return en[v]
    if lang == "fr":
        return fr[v]
    return f"{en[v]} / {fr[v]}"


def head(key: str, lang: str) -> str:
    en, fr = HEADS[key]
    return en if lang == "en" else fr if lang == "fr" else f"{en} / {fr}"


# --------------------------------------------------------------------------- positions
POS = {}
_rng = random.Random(145)
ORDER = [p[0] for p in POSITIONS]
HUBS = ["rdg_nu", "rdg_nt", "dg_impl", "isc_north", "cannor_nu", "dfo_rdg", "ccg_ac"]
DEPT_POOL = {
    "CIRNAC": ["Manager, Land Administration", "Manager, Water Resources", "Manager, Environmental Assessment",
               "Manager, Implementation Obligations", "Senior Implementation Advisor", "Manager, Board Relations and Appointments",
               "Manager, Finance and Administration", "Manager, Inuit Engagement", "Manager, Contaminated Sites",
               "Project Engineer, Remediation", "Manager, Retailer Compliance", "Manager, Communications", "Senior Policy Analyst",
               "Manager, Housing and Infrastructure"],
    "ISC": ["Nurse Manager, Community Health", "Manager, Environmental Public Health", "Manager, Community Programs",
            "Manager, Social Programs", "Manager, Mental Wellness", "Manager, Case Coordination", "Manager, Finance and Administration",
            "Manager, Housing and Infrastructure", "Manager, Inuit Engagement"],
    "CANNOR": ["Manager, Economic Development Programs", "Manager, Project Coordination", "Senior Policy Analyst",
               "Manager, Communications", "Manager, Inuit Engagement", "Manager, Finance and Administration"],
    "PC": ["Manager, Visitor Experience", "Manager, Resource Conservation", "Chief Park Warden",
           "Manager, Asset Management and Maintenance", "Manager, Inuit Engagement", "Manager, Board Relations and Appointments"],
    "DFO": ["Area Chief, Resource Management", "Head, Stock Assessment", "Manager, Fishery Officers", "Manager, Research Programs",
            "Manager, Inuit Engagement", "Senior Policy Analyst"],
    "CCG": ["Superintendent, Marine Communications and Traffic Services", "Superintendent, Icebreaking Operations",
            "Manager, Finance and Administration", "Manager, Inuit Engagement"],
    "ECCC": ["Manager, Wildlife Conservation", "Manager, Enforcement", "Manager, Ice Analysis", "Manager, Research Programs",
             "Manager, Station Operations", "Manager, Environmental Assessment"],
    "SC": ["Manager, Service Canada Centres", "Manager, Outreach Services", "Team Leader, Outreach", "Manager, Finance and Administration"],
    "JUS": ["Senior Counsel", "Manager, Legal Support Services"],
    "PPSC": ["Senior Crown Prosecutor", "Manager, Legal Support Services"],
    "TC": ["Manager, Airports Operations", "Manager, Marine Infrastructure", "Manager, Finance and Administration"],
    "POLAR": ["Manager, Research Programs", "Manager, Station Operations", "Manager, Inuit Engagement", "Manager, Communications"],
}
POOL = {r[0]: r for r in REPORT_POOL}
CHILDREN = {}
for key, sup in SUPERVISORS.items():
    if isinstance(sup, str):
        CHILDREN.setdefault(sup[4:], []).append(key)


def posnum(dept: str) -> str:
    if dept in ("ISC", "SC"):
        return f"{_rng.randint(10000, 999999):08d}"
    if dept in ("DFO", "CCG", "PC"):
        return str(_rng.randint(10000, 99999))
    return str(_rng.randint(100000, 999999))


def make_positions():
    for (key, dept, t_en, t_fr, cls, place, unit_en, unit_fr) in POSITIONS:
        POS[key] = dict(key=key, dept=dept, title_en=t_en, title_fr=t_fr, cls=cls, place=place, unit_en=unit_en,
                        unit_fr=unit_fr, posnum=posnum(dept))
    for (key, dept, *_rest) in sorted(POSITIONS, key=lambda p: p[0] in HUBS):
        r = _rng
        p = POS[key]
        p["job_code"] = str(r.randint(100000, 109999)) if r.random() < 0.8 else None
        p["date"] = dt.date(r.randint(2016, 2024), r.choice([1, 4, 4, 6, 9, 10]), r.choice([1, 1, 1, 15, 3, 12, 20]))
        reports = []
        for child in CHILDREN.get(key, []):
            c = POS[child]
            reports.append(dict(title_en=c["title_en"], title_fr=c["title_fr"], cls=c["cls"], fte=c["fte"], child=child))
        n_extra = r.randint(2, 4) if key in HUBS else r.randint(3, 6)
        pool = [t for t in DEPT_POOL[dept] if t not in ()]
        for t in r.sample(pool, min(n_extra, len(pool))):
            en, fr, rc = POOL[t]
            reports.append(dict(title_en=en, title_fr=fr, cls=rc, fte=r.randint(3, 24)))
        if r.random() < 0.4:
            en, fr, rc = POOL["Executive Assistant"]
            reports.append(dict(title_en=en, title_fr=fr, cls=rc, fte=1))
        p["reports"] = reports
        p["fte"] = sum(x["fte"] for x in reports) + 1
        p["salary"] = round(p["fte"] * r.randint(96, 128) * 1000, -4)
        p["o_and_m"] = r.randint(180, 2600) * 1000 if key not in HUBS else r.randint(1800, 7400) * 1000
        p["total"] = p["salary"] + p["o_and_m"]
        sup = SUPERVISORS[key]
        if isinstance(sup, str):
            s = POS[sup[4:]]
            p["sup"] = dict(title_en=s["title_en"], title_fr=s["title_fr"], cls=s["cls"], posnum=s["posnum"], place=s["place"], key=s["key"])
        else:
            p["sup"] = dict(title_en=sup[0], title_fr=sup[1], cls=sup[2], posnum=str(r.randint(10000, 999999)), place=sup[3], key=None)
        p["allow"] = dict(nad=round(p["fte"] * r.randint(9, 16) * 1000, -3), vta=round(p["fte"] * r.randint(2, 5) * 1000, -3),
                          housing=max(2, p["fte"] // r.randint(3, 6)))


make_positions()

# --------------------------------------------------------------------------- document plan
# (file name, position key, kind, language, options)
PLAN = [
    ("RDG Nunavut Region - Executive Work Description ᐃᖃᓗᐃᑦ (EN-FR-IU).docx", "rdg_nu", "docx", "bilingual",
     dict(syll=True, split="sub", sup_mode="block", rep="table", total=True, date="iso", money="full")),
    ("DRAFT - Director Lands and Resources NU 2019.docx", "lands_nu", "docx", "en",
     dict(version="old", syll=True, sup_mode="block", rep="table", total=True, date="long_en", money="full")),
    ("Director, Lands and Resources Management (Nunavut) - signed.pdf", "lands_nu", "pdf", "en",
     dict(version="new", sup_mode="block", rep="bullets", total=True, date="iso", money="full")),
    ("Implementation Unit Director - Nunavut Agreement.md", "impl_nu", "markdown", "en",
     dict(syll=True, split="sub", sup_mode="prose", rep="table", total=False, date="long_en", money="M")),
    ("RDG NWT région T.N.-O. (bilingue).pdf", "rdg_nt", "pdf", "bilingual",
     dict(sup_mode="block", rep="table", total=True, date="iso", money="full", former="EX-01")),
    ("scan_contaminants_remediation_YK.txt", "contam_nt", "ocr", "en",
     dict(damage="middling", sup_mode="block", rep="coded", total=True, date="long_en", money="M")),
    ("DG Mise en œuvre des traités modernes.docx", "dg_impl", "docx", "fr",
     dict(sup_mode="block", rep="table", total=True, date="long_fr", money="fr", sup_figures=True)),
    ("IFA Implementation Director - Inuvik.txt", "ifa_in", "text", "en",
     dict(sup_mode="line", rep="bullets", total=False, date="slash", money="K")),
    ("Regional Director Yukon Region (final).txt", "yk_region", "text-cp1252", "en",
     dict(sup_mode="prose", rep="bullets", total=True, date="long_en", money="full")),
    ("Co-Management Boards Secretariat - Director WD.md", "boards_nt", "markdown", "en",
     dict(sup_mode="block", rep="bullets", total=True, date="iso", money="full", no_date=True)),
    ("Directeur ARTIN Kuujjuaq.pdf", "nilca_ku", "pdf", "fr",
     dict(sup_mode="block", rep="bullets", total=True, date="long_fr", money="fr")),
    ("FNIHB Northern Region - Regional Executive.docx", "isc_north", "docx", "en",
     dict(sup_mode="block", rep="table", total=True, date="dmy_en", money="full", sup_figures=True)),
    ("IMG_20190312_Nunavut Inuit Health Director.txt", "isc_nu_health", "ocr", "en",
     dict(damage="heavy", syll=True, sup_mode="block", rep="coded", total=True, date="iso", money="full")),
    ("Kivalliq Health & Social Programs Director (EN-FR-ᐃᓄ).md", "isc_kivalliq", "markdown", "bilingual",
     dict(syll=True, sup_mode="block", rep="table", total=True, date="iso", money="full")),
    ("ICFI Director North - work description.txt", "isc_icfi", "text-cp1252", "en",
     dict(sup_mode="block", rep="dotted", total=False, date="long_en", money="full", no_posnum="TBD")),
    ("CanNor DG Nunavut Operations.pdf", "cannor_nu", "pdf", "en",
     dict(syll=True, split="sub", sup_mode="block", rep="table", total=True, date="long_en", money="full")),
    ("cannor yukon ops director.txt", "cannor_yt", "text", "en",
     dict(sup_mode="prose", rep="prose", total=True, date="iso", money="M")),
    ("NPMO Director_scan2.txt", "npmo", "ocr-columns", "en",
     dict(damage="middling", sup_mode="block", rep="coded", total=True, date="long_en", money="K")),
    ("Policy Planning Communications Director - CanNor (trilingual).docx", "cannor_policy", "docx", "bilingual",
     dict(syll=True, sup_mode="block", rep="table", total=False, date="iso", money="full")),
    ("Nunavut Field Unit Superintendent scan.txt", "pc_nu", "ocr", "bilingual",
     dict(damage="light", syll=True, sup_mode="block", rep="coded", total=True, date="iso", money="full")),
    ("WAFU superintendent 2018 scan.txt", "pc_wa", "ocr", "en",
     dict(damage="heavy", sup_mode="block", rep="bullets", total=True, date="long_en", money="full")),
    ("Western Arctic Field Unit Superintendent (transcribed).md", "pc_wa", "markdown", "en",
     dict(sup_mode="block", rep="bullets", total=True, date="long_en", money="full", same_as="WAFU superintendent 2018 scan.txt")),
    ("Yukon Field Unit Superintendent.pdf", "pc_yt", "pdf", "en",
     dict(sup_mode="block", rep="prose", total=True, date="dmy_en", money="M", split="nosub")),
    ("Directrice, Relations autochtones du Nord et gestion coopérative.txt", "pc_comgmt", "text", "fr",
     dict(sup_mode="block", rep="bullets", total=True, date="long_fr", money="fr")),
    ("DFO Arctic RDG - EWD.pdf", "dfo_rdg", "pdf", "en",
     dict(sup_mode="block", rep="table", total=True, date="iso", money="full", split="sub")),
    ("Regional Director Fisheries Management Arctic.md", "dfo_fm", "markdown", "en",
     dict(sup_mode="block", rep="bullets", total=True, date="iso", money="K")),
    ("Directeur régional Sciences Arctique - numérisé.txt", "dfo_sci", "ocr", "fr",
     dict(damage="middling", sup_mode="block", rep="coded", total=True, date="long_fr", money="fr")),
    ("CCG Assistant Commissioner Arctic Region.docx", "ccg_ac", "docx", "en",
     dict(sup_mode="block", rep="table", total=True, date="long_en", money="M")),
    ("Director Integrated Arctic Marine Ops - Directeur OMIA.txt", "ccg_ops", "text-cp1252", "bilingual",
     dict(syll=True, sup_mode="block", rep="dotted", total=True, date="iso", money="full")),
    ("ECCC Northern Ops RD - scanned.txt", "eccc_north", "ocr", "en",
     dict(damage="light", sup_mode="prose", rep="bullets", total=True, date="long_en", money="full")),
    ("SCF Région du Nord - directeur.md", "eccc_cws", "markdown", "fr",
     dict(sup_mode="block", rep="table", total=False, date="iso", money="fr", no_jobcode=True)),
    ("ED Northern Service Delivery.txt", "sc_north", "text", "en",
     dict(sup_mode="block", rep="table", total=True, date="iso", money="full")),
    ("ED Northern Service Delivery (1).txt", "sc_north", "text", "en",
     dict(sup_mode="block", rep="table", total=True, date="iso", money="full", copy_of="ED Northern Service Delivery.txt")),
    ("Directeur Services aux citoyens Nunavik, version finale.docx", "sc_nunavik", "docx", "fr",
     dict(sup_mode="block", rep="table", total=True, date="long_fr", money="fr")),
    ("Justice NU Director and General Counsel - DGC.pdf", "jus_nu", "pdf", "bilingual",
     dict(sup_mode="block", rep="table", total=True, date="iso", money="full")),
    ("PPSC CFP Nunavut scan.txt", "ppsc_nu", "ocr-columns", "en",
     dict(damage="heavy", sup_mode="block", rep="coded", total=False, date="iso", money="K")),
    ("Directrice Opérations Nunavik - SAC.txt", "isc_nunavik", "text-cp1252", "fr",
     dict(sup_mode="block", rep="dotted", total=True, date="long_fr", money="fr")),
    ("TC Arctic Infrastructure Director - Rankin Inlet.txt", "tc_arctic", "ocr", "en",
     dict(damage="middling", sup_mode="block", rep="bullets", total=True, date="slash", money="full", no_posnum="NEW")),
    ("Nutrition North Canada Operations Director.pdf", "nnc", "pdf", "en",
     dict(sup_mode="block", rep="bullets", total=True, date="iso", money="full", no_date=True)),
    ("POLAR S&T Director - Cambridge Bay (EN FR IU).docx", "polar", "docx", "bilingual",
     dict(syll=True, sup_mode="block", rep="table", total=True, date="iso", money="full")),
    ("Giant Mine Remediation DG.md", "giant", "markdown", "en",
     dict(sup_mode="block", rep="table", total=False, date="long_en", money="M", split="nosub", program=True)),
    ("Directeur Santé des Inuits Nunavik (numérisation).txt", "isc_nunavik_health", "ocr", "fr",
     dict(damage="heavy", sup_mode="block", rep="coded", total=True, date="long_fr", money="fr")),
    ("Kivalliq Kitikmeot Programs Director - bilingual.pdf", "cannor_kiv", "pdf", "bilingual",
     dict(sup_mode="block", rep="table", total=True, date="iso", money="full", program=True)),
    ("CIS Northern Operations Director (Iqaluit).txt", "eccc_ice", "text", "bilingual",
     dict(syll=True, sup_mode="block", rep="bullets", total=True, date="iso", money="full")),
]


def variant_position(key: str, opts: dict) -> dict:
    """The position as this document states it (versions differ)."""
    p = dict(POS[key])
    p["reports"] = [dict(r) for r in p["reports"]]
    if key == "lands_nu" and opts.get("version") == "old":
        # 2019 draft: one report fewer, smaller budget, EX-01, older date
        p["reports"] = p["reports"][:-1]
        p["fte"] = sum(x["fte"] for x in p["reports"]) + 1
        p["salary"] = round(p["fte"] * 101000, -4)
        p["o_and_m"] = p["o_and_m"] - 120000
        p["total"] = p["salary"] + p["o_and_m"]
        p["date"] = dt.date(2019, 4, 1)
    if key == "lands_nu" and opts.get("version") == "new":
        p["date"] = dt.date(2022, 10, 3)
    return p


# --------------------------------------------------------------------------- model
def t(p, what, lang):
    """English / French value in the document's language (bilingual: both)."""
    en, fr = p[what + "_en"], p[what + "_fr"]
    return en if lang == "en" else fr if lang == "fr" else f"{en} / {fr}"


def place_str(key: str, rng: random.Random, lang: str) -> str:
    opts = PLACES[key]
    if lang == "fr":
        fr = [o for o in opts if "(" in o and not o.endswith(("Quebec", "Nunavut"))] or opts
        return rng.choice(fr)
    en = [o for o in opts if not any(x in o for x in ("Territoires", "T.N.-O.", "(Québec)", "Québec ("))] or opts
    return rng.choice(en)


SIGNERS: dict[str, list[str]] = {}


def du(title_fr: str) -> str:
    first = title_fr.split(",")[0]
    return "de la " if first.split()[0].endswith(("rice", "ante")) or first.endswith(("adjointe", "présidente", "générale")) else "du "


def bare(unit: str) -> str:
    for art in ("the ", "le ", "la ", "les ", "l'"):
        if unit.startswith(art):
            return cap(unit[len(art):])
    return cap(unit)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def build(fname, key, kind, lang, opts):
    rng = random.Random(f"blind145:{opts.get('same_as', fname)}")
    p = variant_position(key, opts)
    v = rng.randrange(3)
    cstyle = rng.choice(["std", "std", "std", "space", "short", "joined"]) if kind not in ("docx",) else "std"
    money = opts["money"]
    ttl = t(p, "title", lang)
    dept_en, dept_fr = DEPTS[p["dept"]]
    dept = dept_en if lang == "en" else dept_fr if lang == "fr" else f"{dept_en} / {dept_fr}"
    loc = place_str(p["place"], rng, lang)
    sup = p["sup"]
    sup_title = sup["title_en"] if lang == "en" else sup["title_fr"] if lang == "fr" else f"{sup['title_en']} / {sup['title_fr']}"
    sup_loc = place_str(sup["place"], rng, lang)
    people = []
    m = {"lang": lang, "kind": kind, "title": ttl, "dept": dept, "syll": opts.get("syll")}
    # identification
    ids = [("department", dept), ("title", ttl)]
    if opts.get("syll"):
        ids.append(("title_iu", f"{SYLL['director']}, {SYLL_PLACES.get(p['place'], SYLL['region_nu'])}"))
    ids.append(("classification", fmt_class(p["cls"], cstyle) + (" (proposed)" if False else "")))
    no_pos = opts.get("no_posnum")
    ids.append(("position_number", no_pos if no_pos else p["posnum"]))
    if p["job_code"] and not opts.get("no_jobcode"):
        ids.append(("job_code", p["job_code"]))
    ue, uf = bare(p["unit_en"]), bare(p["unit_fr"])
    ids.append(("unit", ue if lang == "en" else uf if lang == "fr" else f"{ue} / {uf}"))
    if opts.get("no_date"):
        ids.append(("effective_date", ""))
    else:
        ids.append(("effective_date", fmt_date(p["date"], opts["date"])))
    ids.append(("location", loc))
    if opts.get("former"):
        ids.append(("former", opts["former"]))
    m["ids"] = ids
    m["v"] = v
    # supervisor
    sup_posnum_stated = opts.get("sup_mode") == "block" and (sup["key"] is not None or rng.random() < 0.4)
    m["sup_mode"] = opts["sup_mode"]
    supl = [("sup_title", sup_title), ("sup_class", fmt_class(sup["cls"], cstyle))]
    if sup_posnum_stated:
        supl.append(("sup_posnum", sup["posnum"]))
    m["sup"] = supl
    if lang == "fr":
        m["sup_sentence"] = (f"Le titulaire relève {du(sup['title_fr'])}{sup['title_fr']} ({fmt_class(sup['cls'], cstyle)}), en poste à {sup_loc}.")
    elif lang == "en":
        m["sup_sentence"] = (f"The {p['title_en']} reports to the {sup['title_en']} ({fmt_class(sup['cls'], cstyle)}), "
                             f"located in {sup_loc}.")
    else:
        m["sup_sentence"] = (f"The position reports to the {sup['title_en']} ({fmt_class(sup['cls'], cstyle)}) in {sup_loc}. / "
                             f"Le titulaire relève {du(sup['title_fr'])}{sup['title_fr']}.")
    # prose
    region_en, region_fr = REGION_EN[p["place"]], REGION_FR[p["place"]]
    ga_en = rng.choice(GA_EN).format(title=p["title_en"], unit=p["unit_en"], region=region_en, sup=sup["title_en"])
    ga_fr = rng.choice(GA_FR).format(title=p["title_fr"], unit=p["unit_fr"], region=region_fr, sup=sup["title_fr"])
    ga_fr = ga_fr.replace(f"du {sup['title_fr']}", du(sup["title_fr"]) + sup["title_fr"])
    ns_en = cap(rng.choice(NS_EN).format(title=p["title_en"], region=region_en))
    ns_fr = cap(rng.choice(NS_FR).format(title=p["title_fr"], region=region_fr))
    m["ga"] = [ga_en] if lang == "en" else [ga_fr] if lang == "fr" else [ga_en, ga_fr]
    m["ns"] = [ns_en] if lang == "en" else [ns_fr] if lang == "fr" else [ns_en, ns_fr]
    if opts.get("sup_figures"):
        big_fte = p["fte"] * rng.randint(4, 9)
        big = round(big_fte * 110000, -5)
        if lang == "fr":
            m["ns"].append(f"L'organisation {du(sup['title_fr'])}{sup['title_fr']} compte {big_fte} ETP et gère un budget de fonctionnement de "
                           f"{fmt_money(big, money)}; le titulaire y contribue avec ses propres ressources.")
        else:
            m["ns"].append(f"The organization led by the {sup['title_en']} has {big_fte} FTEs and an operating budget of "
                           f"{fmt_money(big, money)}, of which this position manages the share shown under Dimensions.")
    sa_pool = SA_EN if lang != "fr" else SA_FR
    m["sa"] = rng.sample(sa_pool, 5)
    # reports
    reps = []
    null_prob = 0.12 if opts["rep"] in ("bullets", "prose", "coded") else 0.0
    rep_truth = []
    for r in p["reports"]:
        rt = r["title_en"] if lang != "fr" else r["title_fr"]
        shown = rt if lang != "bilingual" else f"{r['title_en']} / {r['title_fr']}"
        cls = r["cls"] if rng.random() >= null_prob else None
        fte = r["fte"] if rng.random() >= null_prob else None
        if r.get("child") and opts["rep"] != "table":
            cls = r["cls"]
        reps.append((shown, fmt_class(cls, cstyle) if cls else None, fte))
        rep_truth.append(dict(title=rt, classification=cls, fte=fte))
    m["reports"] = reps
    m["rep_style"] = opts["rep"]
    m["org_intro"] = (f"The {p['title_en']} leads a unit of {p['fte']} FTEs. The following positions report directly to the {p['title_en']}:"
                      if lang == "en" else
                      f"Le titulaire du poste de {p['title_fr']} dirige une unité de {p['fte']} ETP. Les postes suivants relèvent directement du titulaire :"
                      if lang == "fr" else
                      f"Direct reports / Subordonnés directs ({p['fte']} FTEs / ETP):")
    # dimensions
    dims = [("fte", str(p["fte"]))]
    al = p["allow"]
    allow_lines = []
    if lang == "fr":
        allow_lines = [("Indemnité de vie dans le Nord (payée centralement, non comprise ci-dessus)", fmt_money(al["nad"], money)),
                       ("Aide au transport pour congé (ATC)", fmt_money(al["vta"], money)),
                       ("Logement du personnel (logements de l'État)", f"{al['housing']} logements")]
    else:
        allow_lines = [("Northern Allowance (paid centrally, not included above)" if lang == "en" else
                        "Northern Allowance / Indemnité de vie dans le Nord", fmt_money(al["nad"], money)),
                       ("Isolated Post Allowance and Vacation Travel Assistance (VTA)" if lang == "en" else
                        "Vacation Travel Assistance / Aide au transport pour congé", fmt_money(al["vta"], money)),
                       ("Staff housing (Crown-leased units)" if lang == "en" else "Staff housing / Logement du personnel",
                        f"{al['housing']} units")]
    split = opts.get("split")
    if split:
        s1 = int(round(p["salary"] * 0.62, -4))
        s2 = p["salary"] - s1
        o1 = int(round(p["o_and_m"] * 0.55, -3))
        o2 = p["o_and_m"] - o1
        if lang == "fr":
            names = ("Opérations régionales", "Mise en œuvre des revendications territoriales")
        elif lang == "en":
            names = ("Regional operations", "Land claim implementation (A-base)")
        else:
            names = ("Regional operations / Opérations régionales", "Land claim implementation / Mise en œuvre")
        sal_l, om_l = label("salary", lang, v), label("o_and_m", lang, v)
        dims += [(f"{sal_l} – {names[0]}", fmt_money(s1, money)), (f"{sal_l} – {names[1]}", fmt_money(s2, money))]
        if split == "sub":
            dims.append(("Total " + sal_l.lower() if lang != "fr" else "Total des " + sal_l.lower(), fmt_money(p["salary"], money)))
        dims.append(allow_lines[0])
        dims += [(f"{om_l} – {names[0]}", fmt_money(o1, money)), (f"{om_l} – {names[1]}", fmt_money(o2, money))]
        if split == "sub":
            dims.append(("Total " + om_l, fmt_money(p["o_and_m"], money)))
    else:
        where = rng.randrange(3)
        dims.append(("salary", fmt_money(p["salary"], money)))
        if where == 0:
            dims.append(allow_lines[0])
        dims.append(("o_and_m", fmt_money(p["o_and_m"], money)))
        if where == 1:
            dims.append(allow_lines[0])
            dims.append(allow_lines[1])
    if opts["total"]:
        dims.append(("total", fmt_money(p["total"], money)))
    if not split and where == 2:
        dims += allow_lines[:2]
    if rng.random() < 0.5:
        dims.append(allow_lines[2])
    if opts.get("program"):
        gc = rng.randint(8, 90) * 1000000 if key != "giant" else 412000000
        lbl = ("Grants and Contributions (Northern programs)" if lang == "en" else
               "Subventions et contributions (programmes du Nord)" if lang == "fr" else
               "Grants and Contributions / Subventions et contributions")
        if key == "giant":
            lbl = "Remediation project budget (Contaminated sites, multi-year)"
        dims.append((lbl, fmt_money(gc, money)))
        m["program_budget"] = gc
    m["dims"] = dims
    # signatures
    sigs = []
    sd = p["date"] - dt.timedelta(days=rng.randint(10, 60))
    roles = ([("Incumbent", "Titulaire"), ("Manager", "Gestionnaire"), ("Classification Advisor", "Conseillère en classification")])
    for role_en, role_fr in roles:
        if role_en == "Incumbent" and rng.random() < 0.3:
            continue
        n = SIGNERS[opts["same_as"]].pop(0) if opts.get("same_as") else new_name()
        SIGNERS.setdefault(fname, []).append(n)
        people.append(n)
        role = role_en if lang == "en" else role_fr if lang == "fr" else f"{role_en} / {role_fr}"
        sigs.append((role, n, fmt_date(sd, opts["date"])))
    m["sigs"] = sigs
    m["people"] = people
    # truth
    fields = dict(
        title=p["title_en"] if lang != "fr" else p["title_fr"],
        classification=p["cls"],
        job_code=p["job_code"] if not opts.get("no_jobcode") else None,
        position_number=None if no_pos else p["posnum"],
        effective_date=None if opts.get("no_date") else p["date"],
        supervisor=dict(position_number=sup["posnum"] if sup_posnum_stated else None,
                        title=sup["title_en"] if lang != "fr" else sup["title_fr"], classification=sup["cls"]),
        direct_reports=rep_truth or None,
        salary=p["salary"], o_and_m=p["o_and_m"], total=p["total"] if opts["total"] else None,
        location=loc.split(" / ")[-1],
    )
    if lang == "bilingual" and " / " in loc:
        fields["location"] = loc
    not_stated = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
    if fields["supervisor"]["position_number"] is None:
        not_stated.append("supervisor.position_number")
    for i, r in enumerate(rep_truth):
        if r["classification"] is None:
            not_stated.append(f"direct_reports[{i}].classification")
        if r["fte"] is None:
            not_stated.append(f"direct_reports[{i}].fte")
    also = dict(department=dept_en, fte=p["fte"],
                location_city=PLACE_NAMES[p["place"]][0], location_region=PLACE_NAMES[p["place"]][1],
                supervisor_location=PLACE_NAMES[sup["place"]][0],
                supervisor_in_south=sup["place"] in ("GA", "OT", "QC"))
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
    if lang == "fr":
        also["title_en"] = p["title_en"]
    if opts.get("syll"):
        also["syllabics"] = "title and headers in Inuktitut syllabics beside English/French"
        also["title_iu"] = f"{SYLL['director']}, {SYLL_PLACES.get(p['place'], SYLL['region_nu'])}"
    if sup["key"]:
        also["reports_to_in_corpus"] = None  # filled later
    if split:
        also["budget_lines"] = ("salary and O&M split by program line, with subtotals" if split == "sub" else
                                "salary and O&M split by program line without subtotals: the truth is each line's sum")
    also["not_budget"] = "Northern allowance, VTA and staff housing lines are not salary or O&M"
    if opts.get("former"):
        also["former_classification"] = opts["former"]
    if opts.get("sup_figures"):
        also["distractor"] = "the supervisor's organization's FTEs and budget in Nature and Scope"
    if "program_budget" in m:
        also["program_budget"] = m["program_budget"]
    if no_pos:
        also["position_number_printed"] = no_pos
    if p["cls"].startswith("LC"):
        also["group"] = "LC (Law Management), not EX"
    if kind.startswith("ocr"):
        also["damage"] = opts["damage"]
    also["classification_notation"] = cstyle
    truth = dict(fields=fields, not_stated=not_stated, also=also, people=people)
    return m, truth, p


# --------------------------------------------------------------------------- plain text
def id_label(k, lang, v):
    if k == "title_iu":
        return SYLL["title"]
    if k == "former":
        return {"en": "Former classification", "fr": "Ancienne classification",
                "bilingual": "Former classification / Ancienne classification"}[lang]
    return label(k, lang, v)


def dim_label(k, lang, v):
    return label(k, lang, v) if k in LABELS else k


def report_lines(m, style, width=100):
    lang = m["lang"]
    out = []
    reps = m["reports"]
    if style in ("table", "dotted") and style == "table":
        c1, c2, c3 = HEADS["rep_cols"][0] if lang != "fr" else HEADS["rep_cols"][1]
        w = max(len(r[0]) for r in reps) + 3
        out.append(f"{c1:<{w}}{c2:<14}{c3}")
        for title, cls, fte in reps:
            out.append(f"{title:<{w}}{cls or '':<14}{fte if fte is not None else ''}")
    elif style == "dotted":
        for title, cls, fte in reps:
            bits = [x for x in (cls, fmt_fte(fte, lang) if fte is not None else None) if x]
            out.append(f"\u2022 {title} \u2013 " + " \u2013 ".join(bits))
    elif style == "bullets":
        for title, cls, fte in reps:
            bits = ", ".join(x for x in (cls, fmt_fte(fte, lang) if fte is not None else None) if x)
            out.append(f"- {title}" + (f" ({bits})" if bits else ""))
    elif style == "coded":
        for title, cls, fte in reps:
            s = f"{cls} - {title}" if cls else title
            if fte is not None:
                s += f" ({fmt_fte(fte, lang)})"
            out.append(s + ";")
    elif style == "prose":
        parts = []
        for title, cls, fte in reps:
            bits = ", ".join(x for x in (cls, fmt_fte(fte, lang) if fte is not None else None) if x)
            parts.append(("the " if lang != "fr" else "le ") + title + (f" ({bits})" if bits else ""))
        n = len(parts)
        if lang == "fr":
            s = f"Le titulaire a {n} subordonnés directs : " + "; ".join(parts[:-1]) + "; et " + parts[-1] + "."
        else:
            s = f"The position has {n} direct reports: " + "; ".join(parts[:-1]) + "; and " + parts[-1] + "."
        out += textwrap.wrap(s, width)
    return out


def to_text(m, width=100, upper=False, leader=False):
    lang, v = m["lang"], m["v"]
    L = []
    if m["syll"]:
        L.append(f"{SYLL['gov']}  |  {DEPTS_LINE(m)}")
        L.append(f"{SYLL['wd']}")
    else:
        L.append(m["dept"])
    L.append(head("wd", lang))
    L.append("")

    def kv(k, val):
        lab = id_label(k, lang, v)
        if upper and k != "title_iu":
            lab = lab.upper()
        if leader:
            return f"{lab} {'.' * max(3, 44 - len(lab))} {val}"
        return f"{lab}: {val}"

    for k, val in m["ids"]:
        if k == "department":
            continue
        L.append(kv(k, val))
    if m["sup_mode"] == "block":
        L.append("")
        L.append(head("sup", lang))
        for k, val in m["sup"]:
            L.append(kv(k, val))
    elif m["sup_mode"] == "line":
        val = dict(m["sup"])
        L.append(kv("sup_title", f"{val['sup_title']} ({val['sup_class']})"))
    L.append("")
    L.append(head("ga", lang))
    for para in m["ga"]:
        L += textwrap.wrap(para, width)
        L.append("")
    L.append(head("org", lang))
    if m["sup_mode"] == "prose":
        L += textwrap.wrap(m["sup_sentence"], width)
    L += textwrap.wrap(m["org_intro"], width)
    L += report_lines(m, m["rep_style"], width)
    L.append("")
    L.append(head("ns", lang))
    for para in m["ns"]:
        L += textwrap.wrap(para, width)
        L.append("")
    L.append(head("dims", lang))
    for k, val in m["dims"]:
        L.append(kv(k, val) if k in LABELS else (f"{k} {'.' * max(3, 44 - len(k))} {val}" if leader else f"{k}: {val}"))
    L.append("")
    L.append(head("sa", lang))
    for i, s in enumerate(m["sa"], 1):
        L += textwrap.wrap(f"{i}. {s}", width, subsequent_indent="   ")
    L.append("")
    L.append(head("sig", lang))
    for role, name, date in m["sigs"]:
        L.append(f"{role}: {name}    Date: {date}")
    return L


def DEPTS_LINE(m):
    return m["dept"]


# --------------------------------------------------------------------------- markdown
def to_md(m):
    lang, v = m["lang"], m["v"]
    L = []
    if m["syll"]:
        L.append(f"{SYLL['gov']} · {m['dept']}")
        L.append("")
        L.append(f"# {SYLL['wd']} / {titled(head('wd', lang))}")
    else:
        L.append(f"# {titled(head('wd', lang))}")
    L.append("")
    L.append(f"## {m['title']}")
    L.append("")
    for k, val in m["ids"]:
        L.append(f"- **{id_label(k, lang, v)}:** {val}")
    L.append("")
    if m["sup_mode"] == "block":
        L.append(f"### {titled(head('sup', lang))}")
        L.append("")
        for k, val in m["sup"]:
            L.append(f"- **{id_label(k, lang, v)}:** {val}")
        L.append("")
    L.append(f"## {titled(head('ga', lang))}")
    L.append("")
    for para in m["ga"]:
        L += [para, ""]
    L.append(f"## {titled(head('org', lang))}")
    L.append("")
    if m["sup_mode"] == "prose":
        L += [m["sup_sentence"], ""]
    L += [m["org_intro"], ""]
    if m["rep_style"] == "table":
        c = HEADS["rep_cols"][0] if lang != "fr" else HEADS["rep_cols"][1]
        L.append(f"| {c[0]} | {c[1]} | {c[2]} |")
        L.append("|---|---|---:|")
        for title, cls, fte in m["reports"]:
            L.append(f"| {title} | {cls or ''} | {fte if fte is not None else ''} |")
    else:
        for line in report_lines(m, "bullets"):
            L.append(line.replace("- ", "* ", 1))
    L.append("")
    L.append(f"## {titled(head('ns', lang))}")
    L.append("")
    for para in m["ns"]:
        L += [para, ""]
    L.append(f"## {titled(head('dims', lang))}")
    L.append("")
    for k, val in m["dims"]:
        L.append(f"- **{dim_label(k, lang, v)}:** {val}")
    L.append("")
    L.append(f"## {titled(head('sa', lang))}")
    L.append("")
    for i, s in enumerate(m["sa"], 1):
        L.append(f"{i}. {s}")
    L.append("")
    L.append(f"## {titled(head('sig', lang))}")
    L.append("")
    for role, name, date in m["sigs"]:
        L.append(f"**{role}:** {name} — {date}  ")
    return "\n".join(L) + "\n"


# --------------------------------------------------------------------------- docx
FIXED = dt.datetime(2020, 1, 1, 0, 0, 0)


def docx_save(d: docx.Document, path: Path, title: str = ""):
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = "", "", title
    cp.created, cp.modified, cp.last_printed = FIXED, FIXED, FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def to_docx(m, path, draft=False):
    lang, v = m["lang"], m["v"]
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = (f"{SYLL['gov']} — " if m["syll"] else "") + m["dept"]
    sec.footer.paragraphs[0].text = ("DRAFT — not for classification" if draft else
                                     "Protected A when completed / Protégé A une fois rempli" if lang == "bilingual" else
                                     "Protégé A une fois rempli" if lang == "fr" else "Protected A when completed")
    if draft:
        d.add_paragraph("DRAFT / ÉBAUCHE – for discussion with the RDG").runs[0].bold = True
    if m["syll"]:
        d.add_heading(SYLL["wd"], 1)
    d.add_heading(titled(head("wd", lang)), 0)
    d.add_heading(titled(head("id", lang)), 1)
    tb = d.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, val in m["ids"]:
        row = tb.add_row().cells
        row[0].text, row[1].text = id_label(k, lang, v), val
    if m["sup_mode"] == "block":
        d.add_heading(titled(head("sup", lang)), 2)
        tb = d.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        for k, val in m["sup"]:
            row = tb.add_row().cells
            row[0].text, row[1].text = id_label(k, lang, v), val
    d.add_heading(titled(head("ga", lang)), 1)
    for para in m["ga"]:
        d.add_paragraph(para)
    d.add_heading(titled(head("org", lang)), 1)
    if m["sup_mode"] == "prose":
        d.add_paragraph(m["sup_sentence"])
    d.add_paragraph(m["org_intro"])
    if m["rep_style"] == "table":
        c = HEADS["rep_cols"][0] if lang != "fr" else HEADS["rep_cols"][1]
        tb = d.add_table(rows=1, cols=3)
        tb.style = "Table Grid"
        for i, h in enumerate(c):
            tb.rows[0].cells[i].text = h
        for title, cls, fte in m["reports"]:
            row = tb.add_row().cells
            row[0].text, row[1].text, row[2].text = title, cls or "", "" if fte is None else str(fte)
    else:
        for line in report_lines(m, "bullets"):
            d.add_paragraph(line[2:], style="List Bullet")
    d.add_heading(titled(head("ns", lang)), 1)
    for para in m["ns"]:
        d.add_paragraph(para)
    d.add_heading(titled(head("dims", lang)), 1)
    tb = d.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, val in m["dims"]:
        row = tb.add_row().cells
        row[0].text, row[1].text = dim_label(k, lang, v), val
    d.add_heading(titled(head("sa", lang)), 1)
    for s in m["sa"]:
        d.add_paragraph(s, style="List Number")
    d.add_heading(titled(head("sig", lang)), 1)
    tb = d.add_table(rows=0, cols=3)
    for role, name, date in m["sigs"]:
        row = tb.add_row().cells
        row[0].text, row[1].text, row[2].text = role, name, date
    docx_save(d, path, "")


# --------------------------------------------------------------------------- pdf
def cp1252_safe(s: str, junk=True) -> str:
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            if junk:   # a font without a ToUnicode map: the extracted text is the UTF-8 bytes as cp1252
                out.append("".join(chr(b) if 0xA0 <= b else "?" for b in ch.encode("utf-8")))
            else:
                out.append("?")
    return "".join(out)


def paginate(lines, per_page, header, footer_fmt):
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    n = len(pages)
    return [[header, ""] + pg + ["", footer_fmt.format(i=i, n=n)] for i, pg in enumerate(pages, 1)]


def to_pdf(m, path):
    lines = to_text(m, width=95)
    lang = m["lang"]
    foot = ("Page {i} of {n}" if lang == "en" else "Page {i} de {n}" if lang == "fr" else "Page {i} of/de {n}")
    pages = paginate(lines, 62, f"{m['dept']} — {m['title']}", foot)
    path.write_bytes(pdf_bytes(["\n".join(cp1252_safe(l) for l in pg) for pg in pages]))


# --------------------------------------------------------------------------- OCR
STRENGTH = {"light": dict(digit=0.25, conf=0.01, run=0.004, hyph=0.3, acc=0.05),
            "middling": dict(digit=0.55, conf=0.03, run=0.012, hyph=0.6, acc=0.2),
            "heavy": dict(digit=0.85, conf=0.06, run=0.03, hyph=0.9, acc=0.4)}
DIGIT_MAP = {"0": ["O", "o"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "2": ["Z"], "6": ["b"]}
CONF = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("e", "c"), ("h", "b"), ("l", "t"), ("i", "l"), ("t", "f")]
SYLL_JUNK = ["A", "D", "C", "U", "o", "b", "d", "P", "L", "J", "c", "'", "^", "%", "<", ">", "σ", "∩", "⊃", "Δ", "ᐅ"]


def is_syll(ch):
    return "\u1400" <= ch <= "\u167f"


def damage_text(text: str, strength: str, rng: random.Random, protect: list[str]) -> str:
    s = STRENGTH[strength]
    marks = {}
    for i, name in enumerate(protect):
        tok = f"\x00{i}\x00"
        marks[tok] = name
        text = text.replace(name, tok)
    out_lines = []
    for line in text.split("\n"):
        words = line.split(" ")
        nw = []
        for w in words:
            if "\x00" in w:
                nw.append(w)
                continue
            if any(is_syll(c) for c in w):
                w = "".join(rng.choice(SYLL_JUNK) if is_syll(c) else c for c in w)
            if any(c.isdigit() for c in w):
                heavy = strength == "heavy"
                w = "".join(rng.choice(DIGIT_MAP[c]) if c in DIGIT_MAP and rng.random() < s["digit"]
                            and (c not in "26" or heavy) else c for c in w)
            elif len(w) > 3 and rng.random() < s["conf"]:
                a, b = rng.choice(CONF)
                if a in w:
                    w = w.replace(a, b, 1)
            if rng.random() < s["acc"]:
                w = w.replace("é", "e").replace("è", "e") if rng.random() < 0.5 else w.replace("é", "ć")
            nw.append(w)
        line = ""
        for i, w in enumerate(nw):
            if i == 0:
                line = w
            elif rng.random() < s["run"] and "\x00" not in w and "\x00" not in nw[i - 1]:
                line += w
            else:
                line += " " + w
        out_lines.append(line)
    text = "\n".join(out_lines)
    for tok, name in marks.items():
        text = text.replace(tok, name)
    return text


def rewrap_hyphen(lines, width, rng, prob):
    out = []
    for line in lines:
        if len(line) <= width:
            out.append(line)
            continue
        cur = line
        while len(cur) > width:
            cut = cur.rfind(" ", 0, width)
            if cut <= 10:
                cut = width
            nxt = cur[cut:].lstrip()
            word_end = nxt.find(" ")
            first = nxt if word_end < 0 else nxt[:word_end]
            if len(first) > 7 and first.isalpha() and rng.random() < prob and cut + 5 <= width + 6:
                k = len(first) // 2
                out.append(cur[:cut] + " " + first[:k] + "-")
                cur = first[k:] + nxt[len(first):]
            else:
                out.append(cur[:cut])
                cur = nxt
        out.append(cur)
    return out


def to_ocr(m, opts, rng, columns=False):
    strength = opts["damage"]
    lang = m["lang"]
    if columns:
        left = []
        for k, val in m["ids"]:
            if k != "department":
                left.append(f"{id_label(k, lang, m['v']).upper()}: {val}")
        for k, val in m["sup"]:
            left.append(f"{id_label(k, lang, m['v']).upper()}: {val}")
        left.append(head("dims", lang) + ":")
        for k, val in m["dims"]:
            left.append(f"{dim_label(k, lang, m['v'])}: {val}")
        left.append(head("org", lang) + ":")
        left += report_lines(m, m["rep_style"])
        left = sum((textwrap.wrap(x, 46) or [""] for x in left), [])
        right = [head("ga", lang)] + sum((textwrap.wrap(p, 46) for p in m["ga"]), [])
        right += [head("ns", lang)] + sum((textwrap.wrap(p, 46) for p in m["ns"]), [])
        right += [head("sa", lang)] + sum((textwrap.wrap(f"{i}. {s}", 46) for i, s in enumerate(m["sa"], 1)), [])
        n = max(len(left), len(right))
        left += [""] * (n - len(left))
        right += [""] * (n - len(right))
        body = [m["dept"].upper(), head("wd", lang), ""]
        body += [(a + " " + b).strip() if rng.random() < 0.5 else f"{a:<48}{b}".rstrip() for a, b in zip(left, right)]
        body += ["", head("sig", lang)] + [f"{r}: {nm}  {d}" for r, nm, d in m["sigs"]]
        lines = body
    else:
        lines = rewrap_hyphen(to_text(m, width=1000, upper=rng.random() < 0.5), 72, rng, STRENGTH[strength]["hyph"])
    foot = ("Page {i} of {n}" if lang == "en" else "Page {i} de {n}" if lang == "fr" else "Page {i} / {n}")
    hdr = f"{m['dept']} - {titled(head('wd', lang))}"
    pages = paginate(lines, 48, hdr, foot)
    text = "\n\f".join("\n".join(pg) for pg in pages)
    return damage_text(text, strength, rng, m["people"]) + "\n"


# --------------------------------------------------------------------------- refusals
def refusals():
    docs = []   # (name, kind, lang, writer, people, also)
    n1, n2 = new_name(), new_name()
    # 1. land-claim implementation report (PDF)
    rep = [
        "Nunavut Agreement Implementation",
        "Annual Report 2022-2023 - Implementation Panel (excerpt, Chapter 3)",
        "",
        "3.1 Overview",
        "This chapter reports on the federal obligations under Articles 23 (Inuit Employment within Government),",
        "24 (Government Contracts) and 32 (Nunavut Social Development Council) for the 2022-2023 fiscal year.",
        "The Nunavut Agreement Implementation Unit (Director, EX-01, Iqaluit) coordinated 14 federal departments.",
        "",
        "Table 3-1: Implementation funding by article ($)",
        "Article   Obligation                                   2021-2022      2022-2023",
        "23        Inuit Employment Plans                        1,240,000      1,385,000",
        "24        Inuit Firms contracting policy                  410,000        436,000",
        "32        Nunavut Social Development Council              880,000        905,000",
        "12        Nunavut Impact Review Board                   9,640,000     10,120,000",
        "11        Nunavut Planning Commission                   8,955,000      9,310,000",
        "          Total                                        21,125,000     22,156,000",
        "",
        "Table 3-2: Inuit employment in federal positions in Nunavut (March 31, 2023)",
        "Department                         Positions   Inuit   Representation",
        "Crown-Indigenous Relations               96      38        40%",
        "Indigenous Services Canada               61      19        31%",
        "Fisheries and Oceans Canada              74      21        28%",
        "Parks Canada                             58      34        59%",
        "",
        "3.2 Outstanding issues",
        "The Panel notes that the staffing of executive positions in Iqaluit (EX-01 to EX-03) remains slow;",
        "Northern allowances and housing do not offset the cost of living in Qikiqtani communities.",
        f"Prepared by: {n1}, Senior Implementation Advisor       Reviewed: {n2}",
    ]
    docs.append(("Nunavut Agreement Implementation Annual Report 2022-23 (Ch. 3).pdf", "pdf", "en",
                 ("pdf", [ "\n".join(rep[:17]), "\n".join(rep[17:]) ]), [n1, n2],
                 dict(what="land-claim implementation report: tables of funding by article and Inuit employment")))
    # 2. Northern allowance rate table (cp1252, bilingual)
    rows = [("Iqaluit, NU", "13 918", "4 562", "2"), ("Rankin Inlet, NU", "15 104", "4 987", "3"),
            ("Cambridge Bay, NU", "16 277", "5 210", "3"), ("Inuvik, NT", "12 506", "4 205", "2"),
            ("Yellowknife, NT", "8 094", "2 610", "1"), ("Whitehorse, YT", "6 921", "2 186", "1"),
            ("Kuujjuaq, QC", "14 350", "4 731", "2")]
    txt = ["Isolated Posts and Government Housing Directive – Appendix A / Directive sur les postes isolés et les logements de l’État – Annexe A",
           "Environment allowance and Fuel and Utilities allowance – rates effective April 1, 2024",
           "Indemnité d’environnement et indemnité de combustible et de services publics – taux en vigueur le 1er avril 2024",
           "",
           f"{'Post / Poste':<28}{'Environment / Environnement ($)':<34}{'Fuel & Utilities / Combustible ($)':<36}Level / Niveau",
           ]
    txt += [f"{a:<28}{b:<34}{c:<36}{d}" for a, b, c, d in rows]
    txt += ["", "Vacation Travel Assistance: see Part III, section 3.4. Rates are annual, per employee with dependants.",
            "Questions: your compensation advisor / votre conseiller en rémunération (« Centre du Pay »)."]
    docs.append(("Northern allowance rates 2024-25 – Annexe A.txt", "text-cp1252", "bilingual",
                 ("cp1252", "\r\n".join(txt) + "\r\n"), [],
                 dict(what="rate table of isolated post (Northern) allowances by community")))
    # 3. community meeting notice (UTF-8 text, trilingual)
    n3 = new_name()
    notice = [
        f"{SYLL['meeting']}",
        "PUBLIC MEETING NOTICE / AVIS DE RÉUNION PUBLIQUE",
        "",
        f"{SYLL['everyone']}",
        "The Nunavut Wildlife Co-Management Working Group, with Fisheries and Oceans Canada and Parks Canada,",
        "invites all residents of Rankin Inlet to a community meeting on the draft Kivalliq beluga management plan.",
        "",
        "Date: Wednesday, March 13, 2024 – 7:00 pm",
        "Place: Community Hall, Rankin Inlet (Kangiqiniq), Nunavut",
        "Interpretation in Inuktitut, English and French. Refreshments and a door prize.",
        "",
        "Le groupe de travail sur la cogestion de la faune invite les résidents de Rankin Inlet à une réunion",
        "publique le mercredi 13 mars 2024 à 19 h, au centre communautaire. Interprétation offerte.",
        "",
        f"Contact: {n3}, Community Liaison – 867-555-0142",
        f"{SYLL['thanks']} / Thank you / Merci",
    ]
    docs.append(("Community meeting notice - Rankin Inlet ᑲᑎᒪᓂᖅ.txt", "text", "bilingual",
                 ("utf8", "\n".join(notice) + "\n"), [n3], dict(what="trilingual community meeting notice (co-management)")))
    # 4. French memo (docx)
    n4, n5 = new_name(), new_name()
    d = docx.Document()
    d.add_heading("Note de service", 0)
    for line in [f"Destinataires : Gestionnaires, Région du Nunavut", f"Expéditrice : {n4}, Directrice générale régionale par intérim",
                 "Date : 2023-11-20", "Objet : Dotation intérimaire – Directeur, Gestion des terres et des ressources (EX-01)"]:
        d.add_paragraph(line)
    d.add_paragraph("Je suis heureuse d'annoncer que le poste de Directeur, Gestion des terres et des ressources (EX-01), "
                    "à Iqaluit, sera occupé par intérim à compter du 4 décembre 2023. L'équipe compte 38 ETP. "
                    "Le poste de Directrice, Unité de mise en œuvre de l'Accord du Nunavut (EX-01) sera annoncé au "
                    "début de 2024. Les indemnités de vie dans le Nord et le logement seront offerts selon la Directive.")
    d.add_paragraph(f"Pour toute question, communiquez avec {n5}, conseiller en ressources humaines.")
    docs.append(("Note de service - dotation intérimaire EX-01 Iqaluit.docx", "docx", "fr", ("docx", d), [n4, n5],
                 dict(what="memo announcing an acting appointment; names two positions' titles, levels and FTEs in passing")))
    # 5. org chart (OCR)
    names = [new_name() for _ in range(5)]
    chart = [
        "CROWN-INDIGENOUS RELATIONS AND NORTHERN AFFAIRS CANADA - NUNAVUT REGION",
        "Organization Chart / Organigramme - effective 2023-04-01",
        "",
        "                 +-----------------------------------------+",
        f"                 | Regional Director General  EX-03        |",
        f"                 | {names[0]:<40}|",
        "                 +-----------------------------------------+",
        "                      |                |                |",
        "   +------------------+--+   +---------+--------+   +---+------------------+",
        "   | Director, Lands and  |   | Director,        |   | Manager, Finance    |",
        "   | Resources  EX-01     |   | Implementation   |   | and Admin.  FI-03   |",
        f"   | {names[1]:<21}|   | EX-01            |   | {names[3]:<20}|",
        f"   | 38 FTEs              |   | {names[2]:<17}|   | 6 FTEs              |",
        "   +----------------------+   +------------------+   +---------------------+",
        f"   Executive Assistant AS-02: {names[4]}",
        "                                                           Page 1 of 1",
    ]
    docs.append(("Nunavut Region org chart 2023 (scan).txt", "ocr", "en",
                 ("ocr", "\n".join(chart) + "\n", "middling"), names, dict(what="scanned organization chart")))
    # 6. scan without a text layer
    docs.append(("Scan_2024-02-13_1031.pdf", "pdf", "en", ("pdf", ["", "", ""]), [],
                 dict(what="three-page scan with no text layer (unreadable)")))
    return docs


# --------------------------------------------------------------------------- main
class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    if value and (value[0].isdigit() or value.lower() in ("null", "true", "false", "yes", "no", "on", "off")):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_str(value)


_Dumper.add_representer(str, _str)


def dump_yaml(d) -> str:
    return yaml.dump(d, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)


def main():
    for folder in (CORPUS, EXPECTED):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
    truths = {}
    file_of = {}
    for fname, key, kind, lang, opts in PLAN:
        m, truth, p = build(fname, key, kind, lang, opts)
        path = CORPUS / fname
        rng = random.Random(f"render:{fname}")
        if opts.get("copy_of"):
            path.write_bytes((CORPUS / opts["copy_of"]).read_bytes())
            truth = dict(truths[opts["copy_of"]])
            truth["document"] = fname
            truths[fname] = truth
            continue
        if kind == "docx":
            to_docx(m, path, draft=opts.get("version") == "old")
        elif kind == "pdf":
            to_pdf(m, path)
        elif kind == "markdown":
            path.write_text(to_md(m), encoding="utf-8")
        elif kind == "text":
            path.write_text("\n".join(to_text(m, width=96, upper=rng.random() < 0.5)) + "\n", encoding="utf-8")
        elif kind == "text-cp1252":
            lines = to_text(m, width=96, leader=True)
            s = "\r\n".join(lines) + "\r\n"
            s = s.replace("'", "\u2019").replace(" - ", " \u2013 ")
            path.write_bytes(cp1252_safe(s, junk=False).encode("cp1252"))
            if m["syll"]:
                truth["also"]["syllabics"] = "Inuktitut syllabics lost when saved as ANSI: printed as ????"
        elif kind in ("ocr", "ocr-columns"):
            path.write_text(to_ocr(m, opts, rng, columns=kind == "ocr-columns"), encoding="utf-8")
        if opts.get("version") == "old":
            truth["also"]["draft"] = True
        truths[fname] = dict(document=fname, kind=kind, language=lang, outcome="import", **truth)
        file_of.setdefault(key, []).append(fname)
    # links to supervisors in the corpus, and versions
    for fname, key, kind, lang, opts in PLAN:
        tr = truths[fname]
        sk = POS[key]["sup"]["key"]
        if sk:
            tr["also"]["reports_to_in_corpus"] = file_of[sk][-1]
        tr["versions"] = None
    truths["DRAFT - Director Lands and Resources NU 2019.docx"]["versions"] = truths[
        "Director, Lands and Resources Management (Nunavut) - signed.pdf"]["versions"] = dict(
        documents=["DRAFT - Director Lands and Resources NU 2019.docx",
                   "Director, Lands and Resources Management (Nunavut) - signed.pdf"],
        newest="Director, Lands and Resources Management (Nunavut) - signed.pdf", same_text=False,
        note="2019 draft -> 2022 signed: a report added, FTEs and budget grown, new effective date")
    truths["WAFU superintendent 2018 scan.txt"]["versions"] = truths[
        "Western Arctic Field Unit Superintendent (transcribed).md"]["versions"] = dict(
        documents=["WAFU superintendent 2018 scan.txt", "Western Arctic Field Unit Superintendent (transcribed).md"],
        newest="Western Arctic Field Unit Superintendent (transcribed).md", same_text=False,
        note="the heavy scan and its Markdown transcription: same position, values and signatures")
    truths["ED Northern Service Delivery.txt"]["versions"] = truths["ED Northern Service Delivery (1).txt"]["versions"] = dict(
        documents=["ED Northern Service Delivery.txt", "ED Northern Service Delivery (1).txt"],
        newest="ED Northern Service Delivery (1).txt", same_text=True, note="the same file saved twice")
    # refusals
    for name, kind, lang, (how, *payload), people, also in refusals():
        path = CORPUS / name
        if how == "pdf":
            path.write_bytes(pdf_bytes([cp1252_safe(x) for x in payload[0]]))
        elif how == "cp1252":
            path.write_bytes(payload[0].encode("cp1252"))
        elif how == "utf8":
            path.write_text(payload[0], encoding="utf-8")
        elif how == "docx":
            docx_save(payload[0], path)
        elif how == "ocr":
            path.write_text(damage_text(payload[0], payload[1], random.Random(name), people), encoding="utf-8")
        truths[name] = dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=None,
                            also=also, people=people, versions=None)
    for name, tr in truths.items():
        order = ["document", "kind", "language", "outcome", "fields", "not_stated", "also", "people", "versions"]
        tr = {k: tr.get(k) for k in order}
        (EXPECTED / f"{name}.expected.yaml").write_text(dump_yaml(tr), encoding="utf-8")


if __name__ == "__main__":
    main()
