"""Write bench/import/blind139/corpus and expected: a Crown corporation's and separate agency's own
job-description templates (role profiles, grade bands, HRIS headers), with a few documents to refuse.

Deterministic: fixed seeds, .docx re-zipped with fixed timestamps.
Run: /work/main/.venv/bin/python bench/import/blind139/make_blind.py
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

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import yaml  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"

# ---------------------------------------------------------------- positions

rng = random.Random("blind139-positions")


def pick_names():
    pairs = [(f, l) for f in T.FIRST for l in T.LAST]
    random.Random("blind139-names").shuffle(pairs)
    count, out = {}, []
    for f, l in pairs:
        if count.get(f, 0) >= 3 or count.get(l, 0) >= 5:
            continue
        count[f] = count.get(f, 0) + 1
        count[l] = count.get(l, 0) + 1
        out.append(f"{f} {l}")
    return out


NAMES = iter(pick_names())
USED_NAMES: list[str] = []


def name():
    n = next(NAMES)
    USED_NAMES.append(n)
    return n


def own_grade(org, rank, lang):
    """The organization's own grade for an executive rank."""
    if org == "port":
        return f"Band E{rank}" if lang == "en" else f"Bande E{rank}"
    if org == "museum":
        return (f"Executive, Level {rank}" if lang == "en" else f"Direction, niveau {rank}")
    if org == "council":
        return f"Level M{rank}" if lang == "en" else f"Niveau M{rank}"
    if org == "lender":
        return f"Grade {12 + rank}" if lang == "en" else f"Échelon {12 + rank}"
    return f"EX-0{rank}"


def report_grade(org, r):
    if org == "port":
        return f"Band M{r.randint(1, 3)}"
    if org == "museum":
        return f"Management, Level {r.randint(1, 3)}"
    if org == "council":
        return f"Level {r.choice(['P4', 'P5', 'S4', 'M1'])}"
    if org == "lender":
        return f"Grade {r.randint(9, 12)}"
    return r.choice(T.AGENCY_GROUPS[:-1])


def translate_grade(g, lang):
    if lang == "en":
        return g
    g = g.replace("Band ", "Bande ").replace("Management, Level ", "Gestion, niveau ")
    g = g.replace("Executive, Level ", "Direction, niveau ").replace("Level ", "Niveau ").replace("Grade ", "Échelon ")
    return g


POS = {}
for key, org, ten, tfr, rank, (sen, sfr), srank in T.POSITIONS:
    r = random.Random("blind139-" + key)
    areas = list(T.AREAS[org])
    r.shuffle(areas)
    n = r.randint(3, 6)
    reports = []
    for (aen, afr) in areas[:n]:
        boss = rank >= 3
        reports.append(dict(
            en=("Director, " if boss else "Manager, ") + aen,
            fr=("Directeur, " if boss else "Gestionnaire, ") + afr,
            grade=(own_grade(org, rank - 2 if rank > 2 else 1, "en") if boss else report_grade(org, r)),
            fte=r.randint(3, 38)))
    if org == "port":
        pos_no = f"PCB-{r.randint(1000, 4999)}"
        job = r.choice([None, f"OPS-E{rank}-{r.randint(10, 60)}", f"PCB-J{r.randint(100, 999)}"])
    elif org == "museum":
        pos_no = str(r.randint(30000, 31999))
        job = f"MUS-EXE-{r.randint(1, 40):03d}"
    elif org == "council":
        pos_no = f"{r.randint(41000, 48999):08d}"
        job = str(r.randint(100300, 100999))
    elif org == "lender":
        pos_no = f"{r.randint(12000, 12999):08d}"
        job = str(r.randint(4100, 4499))
    else:
        pos_no = str(r.randint(47000, 47999))
        job = str(r.randint(100600, 100999))
    loc = T.ORGS[org]["city"]
    if key == "L03":
        loc = ("Saskatoon, Saskatchewan", "Saskatoon (Saskatchewan)")
    if key == "A08":
        loc = ("Guelph, Ontario", "Guelph (Ontario)")
    POS[key] = dict(
        key=key, org=org, en=ten, fr=tfr, rank=rank, sup_en=sen, sup_fr=sfr, srank=srank,
        reports=reports, pos_no=pos_no, job=job, loc=loc,
        eff=dt.date(r.randint(2016, 2024), r.choice([1, 4, 4, 6, 9, 10]), r.choice([1, 1, 3, 15, 22])),
        om=r.randint(25, 420) * 10000, sup_pos=None, incumbent=r.random() < 0.45)

# children in the corpus come first in their supervisor's reports
for p in POS.values():
    kids = [c for c in POS.values() if c["org"] == p["org"] and c["sup_en"] == p["en"]]
    if kids:
        r = random.Random("blind139-kids-" + p["key"])
        extra = p["reports"][:r.randint(1, 2)]
        p["reports"] = [dict(en=c["en"], fr=c["fr"], grade=own_grade(c["org"], c["rank"], "en"), fte=None, kid=c["key"])
                        for c in kids] + extra
        p["kids"] = [c["key"] for c in kids]
# FTEs bottom-up (kids have fewer ranks)
for key in sorted(POS, key=lambda k: POS[k]["rank"]):
    p = POS[key]
    for rep in p["reports"]:
        if rep.get("kid"):
            rep["fte"] = POS[rep["kid"]]["fte"]
    p["fte"] = sum(rep["fte"] for rep in p["reports"]) + random.Random("fte" + key).randint(1, 4)
    p["salary"] = round(p["fte"] * random.Random("sal" + key).randint(88, 118) * 1000, -4)
    if p["org"] == "port" and key in ("P03", "P01"):
        p["om"] *= 4
for key, p in POS.items():
    sup = [q for q in POS.values() if q["org"] == p["org"] and q["en"] == p["sup_en"]]
    p["sup_key"] = sup[0]["key"] if sup else None
    p["sup_pos"] = sup[0]["pos_no"] if sup else f"{random.Random('sp' + key).randint(10000, 10999):08d}" \
        if p["org"] in ("lender", "council") else (str(random.Random('sp' + key).randint(47000, 47999))
                                                  if p["org"] == "agency" else None)

# ---------------------------------------------------------------- notations

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fdate(d, style, lang):
    if style == "iso":
        return d.isoformat()
    if style == "ps":
        return d.strftime("%d-") + MONTHS_EN[d.month - 1][:3].upper() + d.strftime("-%Y")
    if style == "slash":
        return d.strftime("%Y/%m/%d")
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def group3(n, sep):
    return f"{n:,}".replace(",", sep)


def money(v, style, lang):
    k = v // 1000
    if style == "K":
        return f"${group3(k, ',')}K" if lang != "fr" else f"{group3(k, ' ')} k$"
    if style == "k$":
        return f"{group3(k, ' ')} k$"
    if style == "M":
        m = f"{v / 1e6:.2f}".rstrip("0").rstrip(".") if v % 10000 == 0 else f"{v / 1e6:.3f}"
        return f"${m}M" if lang != "fr" else m.replace(".", ",") + " M$"
    if style == "thousands":
        return group3(k, "," if lang != "fr" else " ")
    return f"${group3(v, ',')}" if lang != "fr" else f"{group3(v, ' ')} $"


# ---------------------------------------------------------------- labels

L = {
    "port": dict(
        en=dict(doc="ROLE PROFILE", title="Role Title", grade="Band", posno="Role Number", job="Job Code",
                unit="Department", loc="Location", sup="Reports to", eff="Effective Date",
                s=["Position Purpose", "Key Result Areas", "Scope and Dimensions", "Organizational Relationships",
                   "Knowledge, Skills and Abilities"]),
        fr=dict(doc="PROFIL DE RÔLE", title="Titre du rôle", grade="Bande", posno="Numéro du rôle",
                job="Code d'emploi", unit="Service", loc="Lieu", sup="Relève de", eff="Date d'entrée en vigueur",
                s=["Raison d'être du poste", "Principaux secteurs de résultats", "Portée et dimensions",
                   "Relations organisationnelles", "Connaissances, compétences et aptitudes"])),
    "museum": dict(
        en=dict(doc="JOB DESCRIPTION", title="Position Title", grade="Job Family / Job Level", posno="Position #",
                job="Job Code", unit="Branch", loc="Location", sup="Immediate Supervisor", eff="Date Approved",
                s=["Position Purpose", "Key Responsibilities", "Dimensions", "Organizational Relationships",
                   "Qualifications"]),
        fr=dict(doc="DESCRIPTION D'EMPLOI", title="Titre du poste", grade="Famille d'emplois / Niveau",
                posno="No de poste", job="Code d'emploi", unit="Direction", loc="Lieu", sup="Supérieur immédiat",
                eff="Date d'approbation",
                s=["Raison d'être du poste", "Responsabilités clés", "Dimensions", "Relations organisationnelles",
                   "Qualifications"])),
    "council": dict(
        en=dict(doc="POSITION DESCRIPTION", title="Position Title", grade="Level", posno="Position ID",
                job="Job Profile", unit="Organization", loc="Location", sup="Reports To", eff="Effective",
                s=["Position Purpose", "Key Result Areas", "Scope and Dimensions", "Organizational Relationships",
                   "Knowledge, Skills and Abilities"]),
        fr=dict(doc="DESCRIPTION DE POSTE", title="Titre du poste", grade="Niveau", posno="ID du poste",
                job="Profil d'emploi", unit="Organisation", loc="Lieu", sup="Relève de", eff="En vigueur le",
                s=["Raison d'être du poste", "Principaux secteurs de résultats", "Portée et dimensions",
                   "Relations organisationnelles", "Connaissances, compétences et aptitudes"])),
    "lender": dict(
        en=dict(doc="JOB PROFILE", title="Job Title", grade="Salary Grade", posno="Position Number",
                job="Job Code", unit="Department", loc="Work Location", sup="Reports to", eff="Profile Effective",
                s=["Role Purpose", "Accountabilities", "Scope", "Organizational Relationships",
                   "Knowledge, Skills and Abilities"]),
        fr=dict(doc="PROFIL D'EMPLOI", title="Titre de l'emploi", grade="Échelon salarial", posno="Numéro de poste",
                job="Code d'emploi", unit="Service", loc="Lieu de travail", sup="Relève de", eff="En vigueur",
                s=["Raison d'être du rôle", "Responsabilités", "Portée", "Relations organisationnelles",
                   "Connaissances, compétences et aptitudes"])),
    "agency": dict(
        en=dict(doc="WORK DESCRIPTION – EXECUTIVE (EX)", title="Position Title", grade="Classification",
                posno="Position Number", job="Job Code", unit="Branch", loc="Location", sup="Reports to",
                eff="Effective Date",
                s=["General Accountability", "Key Result Areas", "Scope and Dimensions", "Organizational Relationships",
                   "Knowledge, Skills and Abilities"]),
        fr=dict(doc="DESCRIPTION DE TRAVAIL – DIRECTION (EX)", title="Titre du poste", grade="Classification",
                posno="Numéro de poste", job="Code d'emploi", unit="Direction générale", loc="Lieu",
                sup="Relève de", eff="Date d'entrée en vigueur",
                s=["Responsabilité générale", "Principaux secteurs de résultats", "Portée et dimensions",
                   "Relations organisationnelles", "Connaissances, compétences et aptitudes"])),
}

BUD = dict(en=dict(sal=["Salary budget", "Salaries", "Salary envelope"],
                   om=["O&M", "Non-salary (O&M)", "Operating (O&M)"], tot=["Total", "Total budget", "Total"],
                   fte=["FTEs", "Staff (FTE)", "Full-time equivalents"]),
           fr=dict(sal=["Budget salarial", "Salaires", "Enveloppe salariale"],
                   om=["F et E", "Fonctionnement et entretien", "Budget de F et E"], tot=["Total", "Budget total", "Total"],
                   fte=["ETP", "Effectif (ETP)", "Équivalents temps plein"]))

DISTRACT = {
    "port": ("Capital program (five-year)", "Programme d'immobilisations (cinq ans)", "capital"),
    "museum": ("Collection", "Collection", "objects"),
    "council": ("Grants and contributions", "Subventions et contributions", "gc"),
    "lender": ("Loan portfolio", "Portefeuille de prêts", "portfolio"),
    "agency": ("Inspections per year", "Inspections par année", "count"),
}


def lab(org, lang, k):
    if lang == "bilingual":
        return f"{L[org]['en'][k]} / {L[org]['fr'][k]}"
    return L[org][lang][k]


def sec(org, lang, i):
    if lang == "bilingual":
        return f"{L[org]['en']['s'][i]} / {L[org]['fr']['s'][i]}"
    return L[org][lang]["s"][i]


# ---------------------------------------------------------------- one document's blocks


def build(p, o):
    """Blocks (the document's content, independent of its format) and the truth for position p,
    document options o."""
    r = random.Random("blind139-doc-" + o["file"])
    org, lang = p["org"], o["lang"]
    vl = "fr" if lang == "fr" else "en"          # language of values
    org_info = T.ORGS[org]
    title = p["fr"] if lang == "fr" else p["en"]
    sup_title = p["sup_fr"] if lang == "fr" else p["sup_en"]
    reports = o.get("reports", p["reports"])
    fte, salary, om = o.get("fte", p["fte"]), o.get("salary", p["salary"]), p["om"] if "om" not in o else o["om"]
    eff = o.get("eff", p["eff"])
    equiv = o.get("equiv", False) or org == "agency"
    tbs = f"EX-0{p['rank']}" if equiv else None
    grade = own_grade(org, p["rank"], vl)
    if org == "agency":
        grade_txt = tbs
    elif equiv:
        grade_txt = f"{grade} (EX-0{p['rank']} equivalent)" if vl == "en" else f"{grade} (équivalent EX-0{p['rank']})"
    else:
        grade_txt = grade
    sup_equiv = org == "agency" or (equiv and o.get("sup_equiv", True))
    sup_grade = own_grade(org, p["srank"], vl)
    sup_tbs = f"EX-0{p['srank']}" if sup_equiv and p["srank"] <= 5 else None
    if org == "agency":
        sup_grade_txt = sup_tbs
    elif sup_tbs:
        sup_grade_txt = f"{sup_grade} / EX-0{p['srank']}"
    else:
        sup_grade_txt = sup_grade
    if p["srank"] == 5 and org != "agency":
        sup_tbs = None
        sup_grade_txt = sup_grade
    blocks = []
    people = []
    hris = None
    sup_pos_stated = None
    if o.get("hris") and org == "lender":
        sup_pos_stated = p["sup_pos"]
        hris = (f"PeopleSoft HCM  |  Job Data  |  Position Nbr: {p['pos_no']}  |  Job Code: {p['job']}  |  "
                f"Eff Date: {fdate(eff, 'ps', 'en') if eff else '          '}  |  Reports To Posn: {p['sup_pos']}  |  "
                f"Status: Approved")
    elif o.get("hris") and org == "council":
        sup_pos_stated = p["sup_pos"] if o.get("hris_sup", True) else None
        hris = (f"Workday  >  Position Management  >  Position P-{p['pos_no']}  >  Job Profile {p['job']}"
                + (f"  >  Manager Position: P-{p['sup_pos']}" if sup_pos_stated else "")
                + f"  >  Printed 2024-11-0{r.randint(1, 9)} by HRIS")
    if hris:
        blocks.append(("hris", hris))
    blocks.append(("title", (org_info["en"] + " / " + org_info["fr"]) if lang == "bilingual"
                   else org_info["fr" if lang == "fr" else "en"]))
    blocks.append(("title2", lab(org, lang, "doc")))
    ident = []
    if lang == "bilingual":
        ident.append((L[org]["en"]["title"], p["en"]))
        ident.append((L[org]["fr"]["title"], p["fr"]))
    else:
        ident.append((lab(org, lang, "title"), title))
    if org == "museum":
        fam = "Executive / Direction" if lang == "bilingual" else ("Executive" if vl == "en" else "Direction")
        if lang == "fr":
            ident.append(("Famille d'emplois", fam))
            ident.append(("Niveau", str(p["rank"])))
        elif lang == "bilingual":
            ident.append(("Job Family / Famille d'emplois", fam))
            ident.append(("Job Level / Niveau", str(p["rank"])))
        else:
            ident.append(("Job Family", fam))
            ident.append(("Job Level", str(p["rank"])))
        if equiv:
            ident.append(({"en": "TBS equivalent", "fr": "Équivalence SCT",
                           "bilingual": "TBS equivalent / Équivalence SCT"}[lang], tbs))
        grade_txt = f"Job Family: Executive / Job Level: {p['rank']}"
    else:
        ident.append((lab(org, lang, "grade"), grade_txt))
    ident.append((lab(org, lang, "posno"), p["pos_no"]))
    job_stated = p["job"] if not o.get("no_job") else None
    if job_stated:
        ident.append((lab(org, lang, "job"), job_stated))
    ident.append((lab(org, lang, "loc"), p["loc"][1 if lang == "fr" else 0]))
    if o.get("sup") != "para":
        sup_line = f"{sup_title} ({sup_grade_txt})"
        if lang == "bilingual":
            sup_line = f"{p['sup_en']} / {p['sup_fr']} ({sup_grade_txt})"
        ident.append((lab(org, lang, "sup"), sup_line))
    if o.get("eff_style") == "tbd":
        ident.append((lab(org, lang, "eff"), "TBD" if vl == "en" else "À déterminer"))
        eff = None
    elif eff and not (hris and org == "lender" and o.get("eff_in_header_only")):
        ident.append((lab(org, lang, "eff"), fdate(eff, o.get("eff_style", "long"), vl)))
    if p["incumbent"] and not o.get("no_people"):
        n = o.get("incumbent_name") or name()
        people.append(n)
        ident.append(({"en": "Incumbent", "fr": "Titulaire", "bilingual": "Incumbent / Titulaire"}[lang], n))
    blocks.append(("ident", ident))

    unit_en = "the " + p["en"].split(", ", 1)[-1] + " function"
    unit_fr = "la fonction " + p["fr"].split(", ", 1)[-1]
    if p["en"].startswith("Regional Director"):
        unit_en = f"the Agency's operations in the {p['en'].split(', ')[-1]} region"
        unit_fr = f"les opérations de l'Agence dans la région {'des' if 'Prairies' in p['fr'] else 'de l’'}{p['fr'].split(', ')[-1]}"
    blocks.append(("h", sec(org, lang, 0)))
    if lang in ("en", "bilingual"):
        blocks.append(("p", T.PURPOSE_EN[org].format(unit=unit_en)))
    if lang in ("fr", "bilingual"):
        blocks.append(("p", T.PURPOSE_FR[org].format(unit=unit_fr)))
    # dimensions
    blocks.append(("h", sec(org, lang, 2)))
    style = o.get("money", "K")
    bl = BUD["fr" if lang == "fr" else "en"]
    i = r.randrange(3)
    total = salary + om
    dims = []
    total_stated = o.get("total", True)

    def bil(k):
        if lang == "bilingual":
            return f"{BUD['en'][k][i]} / {BUD['fr'][k][i]}"
        return bl[k][i]
    if style == "thousands":
        blocks.append(("p", {"en": "Budget (in thousands of dollars, $000s)", "fr": "Budget (en milliers de dollars)",
                             "bilingual": "Budget ($000s) / Budget (en milliers de dollars)"}[lang]))
    dims.append((bil("sal"), money(salary, style, vl)))
    dims.append((bil("om"), money(om, style, vl)))
    if total_stated:
        dims.append((bil("tot"), money(total, style, vl)))
    dims.append((bil("fte"), str(fte) if not o.get("headcount") else
                 (f"{fte} (headcount {fte + 3})" if vl == "en" else f"{fte} (effectif {fte + 3} personnes)")))
    d_en, d_fr, dkind = DISTRACT[org]
    dlab = d_en if lang == "en" else d_fr if lang == "fr" else f"{d_en} / {d_fr}"
    if dkind in ("capital", "gc"):
        dims.append((dlab, money(r.randint(8, 60) * 1000000 + r.randint(1, 9) * 100000, style, vl)))
    elif dkind == "portfolio":
        dims.append((dlab, f"${r.randint(12, 48) / 10:.1f}B" if vl == "en" else f"{r.randint(12, 48) / 10:.1f} G$".replace(".", ",")))
    elif dkind == "objects":
        dims.append((dlab, f"{r.randint(11, 29) / 10:.1f} million objects" if vl == "en"
                     else f"{r.randint(11, 29) / 10:.1f} million d'objets".replace(".", ",")))
    else:
        dims.append((dlab, group3(r.randint(4000, 30000), "," if vl == "en" else " ")))
    if o.get("dims") == "sentence" and vl == "en":
        s = (f"The position manages a salary envelope of {money(salary, style, vl)} and an O&M budget of "
             f"{money(om, style, vl)}" + (f", for a total of {money(total, style, vl)}" if total_stated else "")
             + f", and leads {fte} FTEs. {dims[-1][0]}: {dims[-1][1]}.")
        blocks.append(("p", s))
    else:
        blocks.append(("dims", dims))
    # relationships
    blocks.append(("h", sec(org, lang, 3)))
    rep_style = o.get("reps", "para")

    def rtitle(rep):
        if lang == "fr":
            return rep["fr"]
        if lang == "bilingual" and o.get("bil_reports"):
            return f"{rep['en']} / {rep['fr']}"
        return rep["en"]

    def rgrade(rep):
        return translate_grade(rep["grade"], vl)
    ftel = "ETP" if vl == "fr" else "FTEs"
    if o.get("sup") == "para":
        if vl == "fr":
            blocks.append(("p", f"Le titulaire relève du poste de {sup_title} ({sup_grade_txt}) et fait partie de l'équipe de "
                                f"direction de {org_info['fr']}."))
        else:
            blocks.append(("p", f"The position reports to the {p['sup_en']} ({sup_grade_txt}) and is a member of "
                                f"the {org_info['short']} management team."))
    n = len(reports)
    if rep_style == "para":
        parts = [f"{rtitle(x)} ({rgrade(x)}, {x['fte']} {ftel})" for x in reports]
        if vl == "fr":
            s = (f"Les {n} postes suivants relèvent directement du titulaire : " + "; ".join(parts[:-1])
                 + f" et {parts[-1]}. Le titulaire collabore étroitement avec les autres directeurs et avec les "
                   f"partenaires externes.")
        else:
            s = (f"The role leads a team of {n} direct reports: the " + ", the ".join(parts[:-1])
                 + f" and the {parts[-1]}. It works closely with the other directors of the "
                   f"{org_info['short']} and with external partners.")
        blocks.append(("p", s))
    elif rep_style == "chart":
        blocks.append(("p", "Organization chart:" if vl == "en" else "Organigramme :"))
        blocks.append(("chart", (title, [(rtitle(x), f"{rgrade(x)}, {x['fte']} {ftel}") for x in reports])))
    elif rep_style == "table":
        hdr = (["Direct report", "Grade", "FTEs"] if lang == "en" else ["Poste", "Niveau", "ETP"] if lang == "fr"
               else ["Direct report / Subordonné", "Grade / Niveau", "FTEs / ETP"])
        blocks.append(("table", [hdr] + [[rtitle(x), rgrade(x), str(x["fte"])] for x in reports]))
    else:
        blocks.append(("p", "Direct reports:" if vl == "en" else "Subordonnés directs :"))
        blocks.append(("ul", [f"{rtitle(x)} — {rgrade(x)} — {x['fte']} {ftel}" for x in reports]))
    # key results
    blocks.append(("h", sec(org, lang, 1)))
    items = []
    k = r.randint(3, 5)
    if lang in ("en", "bilingual"):
        items += T.KRA_EN[:k]
    if lang in ("fr", "bilingual"):
        items += T.KRA_FR[:k]
    blocks.append(("ol", items))
    blocks.append(("h", sec(org, lang, 4)))
    blocks.append(("ul", (T.KSA_EN if vl == "en" else T.KSA_FR)[:r.randint(2, 4)]))
    # signatures
    if not o.get("no_people"):
        a, b = name(), name()
        people += [a, b]
        if vl == "fr":
            blocks.append(("sign", [f"Approuvé par : {a}, {sup_title}", f"Préparé par : {b}, conseillère en rémunération"]))
        else:
            blocks.append(("sign", [f"Approved by: {a}, {p['sup_en']}", f"Prepared by: {b}, Total Rewards Advisor"]))
    if o.get("draft"):
        blocks.insert(1, ("p", "DRAFT – FOR DISCUSSION" if vl == "en" else "ÉBAUCHE – POUR DISCUSSION"))

    truth_reports = [dict(title=rtitle(x) if not (lang == "bilingual" and o.get("bil_reports")) else x["en"],
                          classification=(x["grade"] if org == "agency" else None), fte=x["fte"]) for x in reports]
    fields = dict(
        title=title,
        classification=tbs,
        job_code=job_stated,
        position_number=p["pos_no"],
        effective_date=eff,
        supervisor=dict(position_number=sup_pos_stated, title=sup_title, classification=sup_tbs),
        direct_reports=truth_reports,
        salary=salary, o_and_m=om, total=total if total_stated else None,
        location=p["loc"][1 if lang == "fr" else 0])
    not_stated = []
    for f in ("classification", "job_code", "effective_date", "total"):
        if fields[f] is None:
            not_stated.append(f)
    for f in ("position_number", "classification"):
        if fields["supervisor"][f] is None:
            not_stated.append("supervisor." + f)
    if any(x["classification"] is None for x in truth_reports):
        not_stated.append("direct_reports.classification")
    also = dict(department=org_info["fr" if lang == "fr" else "en"], fte=fte)
    if lang == "bilingual":
        also["title_fr"] = p["fr"]
    if tbs is None or org != "agency":
        also["grade"] = grade_txt if org != "museum" else f"Job Family: Executive / Job Level: {p['rank']}"
    if tbs is None:
        also["note"] = "the document gives only the organization's own grade, no TBS classification"
    if not sup_tbs:
        also["supervisor_grade"] = sup_grade
    if org != "agency":
        also["report_grades"] = [rgrade(x) for x in reports]
    if p["sup_key"]:
        also["reports_to_in_corpus"] = None      # filled in later
    return blocks, fields, not_stated, also, people


# ---------------------------------------------------------------- renderers


def wrap(s, w):
    return textwrap.wrap(s, w, break_long_words=False, break_on_hyphens=False) or [""]


def chart_lines(head, cells):
    w = max(22, max(len(g) for _, g in cells) + 4)
    out = [" " * 4 + head, " " * 4 + "|"]
    out.append("    +" + "-" * (w * (len(cells) - 1)) + "+" if len(cells) > 1 else "    |")
    cols = [wrap(t, w - 3) + [f"({g})"] for t, g in cells]
    h = max(len(c) for c in cols)
    cols = [c[:-1] + [""] * (h - len(c)) + c[-1:] for c in cols]
    for i in range(h):
        out.append(("    " + "".join(c[i].ljust(w) for c in cols)).rstrip())
    return out


def to_text(blocks, width=88, bullet="-"):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("hris",):
            out += [b[1], ""]
        elif kind in ("title", "title2"):
            out.append(b[1].upper() if kind == "title2" else b[1])
            if kind == "title2":
                out.append("")
        elif kind == "h":
            out += ["", b[1].upper(), ""]
        elif kind in ("ident", "dims"):
            w = max(len(k) for k, _ in b[1]) + 2
            out += [f"{(k + ':').ljust(w)} {v}" for k, v in b[1]]
        elif kind == "p":
            out += wrap(b[1], width) + [""]
        elif kind == "ul":
            for it in b[1]:
                ls = wrap(it, width - 2)
                out += [f"{bullet} {ls[0]}"] + ["  " + x for x in ls[1:]]
        elif kind == "ol":
            for i, it in enumerate(b[1], 1):
                ls = wrap(it, width - 4)
                out += [f"{i}.  {ls[0]}"] + ["    " + x for x in ls[1:]]
        elif kind == "table":
            ws = [max(len(row[c]) for row in b[1]) + 2 for c in range(len(b[1][0]))]
            for row in b[1]:
                out.append("".join(c.ljust(w) for c, w in zip(row, ws)).rstrip())
        elif kind == "chart":
            out += chart_lines(*b[1]) + [""]
        elif kind == "sign":
            out += [""] + b[1]
    return "\n".join(out).strip("\n") + "\n"


def to_md(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "hris":
            out += [f"> {b[1]}", ""]
        elif kind == "title":
            out += [f"# {b[1]}", ""]
        elif kind == "title2":
            out += [f"## {b[1]}", ""]
        elif kind == "h":
            out += [f"### {b[1]}", ""]
        elif kind in ("ident", "dims"):
            out += [f"- **{k}:** {v}" for k, v in b[1]] + [""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += [f"* {x}" for x in b[1]] + [""]
        elif kind == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(b[1][0]) + " |")
            out.append("|" + "|".join("---" for _ in b[1][0]) + "|")
            out += ["| " + " | ".join(row) + " |" for row in b[1][1:]] + [""]
        elif kind == "chart":
            out += ["```"] + chart_lines(*b[1]) + ["```", ""]
        elif kind == "sign":
            out += [x + "  " for x in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


VML = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
       '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
       '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
       '<v:shape id="TextBox{n}" o:spid="_x0000_s10{n}" type="#_x0000_t202" '
       'style="position:absolute;margin-left:330pt;margin-top:0;width:170pt;height:260pt;z-index:1" '
       'fillcolor="#e7eef6" stroked="f"><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox>'
       '</v:shape></w:pict></w:r>')


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_bytes_of(blocks, opts):
    d = docx.Document()
    d.core_properties.author = "HRIS"
    d.core_properties.last_modified_by = "HRIS"
    d.core_properties.created = dt.datetime(2024, 1, 1)
    d.core_properties.modified = dt.datetime(2024, 1, 1)
    d.core_properties.revision = 1
    d.core_properties.title = ""
    tb = opts.get("textbox")
    pending_box = None
    nbox = 0
    for b in blocks:
        kind = b[0]
        if kind == "hris":
            hp = d.sections[0].header.paragraphs[0]
            hp.text = b[1]
            hp.runs[0].font.size = Pt(7)
        elif kind == "title":
            d.add_paragraph(b[1], style="Title")
        elif kind == "title2":
            d.add_heading(b[1], level=1)
        elif kind == "h":
            d.add_heading(b[1], level=2)
        elif kind in ("ident", "dims") and tb and kind == tb:
            nbox += 1
            paras = "".join(
                f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(k)}: </w:t></w:r>'
                f'<w:r><w:t xml:space="preserve">{_x(v)}</w:t></w:r></w:p>' for k, v in b[1])
            anchor = d.add_paragraph()
            anchor._p.append(parse_xml(VML.replace("{n}", str(nbox)).replace("{paras}", paras)))
        elif kind in ("ident", "dims") and opts.get("kvtable", True):
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = k
                cells[1].text = v
            d.add_paragraph()
        elif kind in ("ident", "dims"):
            for k, v in b[1]:
                para = d.add_paragraph()
                para.add_run(k + ": ").bold = True
                para.add_run(v)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif kind == "ol":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(b[1][0]))
            t.style = "Table Grid"
            for row in b[1]:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
        elif kind == "chart":
            head, cells = b[1]
            t = d.add_table(rows=2, cols=len(cells))
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[-1]) if len(cells) > 1 else t.rows[0].cells[0]
            top.text = head
            for c, (tt, g) in zip(t.rows[1].cells, cells):
                c.text = f"{tt}\n({g})"
        elif kind == "sign":
            for x in b[1]:
                d.add_paragraph(x)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_designed(blocks, side_kinds=("ident", "dims"), side_first=True, lang="en"):
    """A designed two-column template: a shaded sidebar (identification and dimensions) on the left,
    the prose on the right; raw content streams."""
    side, main = [], []
    for b in blocks:
        if b[0] in side_kinds:
            side.append(("h", ("POSITION DATA" if lang != "fr" else "DONNÉES DU POSTE") if b[0] == "ident"
                         else "DIMENSIONS"))
            for k, v in b[1]:
                side += [("k", k.upper())] + [("v", x) for x in wrap(v, 30)]
            side.append(("v", ""))
        elif b[0] == "hris":
            main.insert(0, ("s", b[1]))
        else:
            for line in to_text([b], width=62).splitlines():
                main.append(("t", line))
    per = 62
    pages = [main[i:i + per] for i in range(0, len(main), per)]
    streams = []
    for n, pg in enumerate(pages):
        ops = []
        col_side = []
        if n == 0:
            col_side.append("0.9 0.93 0.96 rg 30 40 165 740 re f 0 0 0 rg")
            col_side.append("BT /F1 8 Tf 10 TL 38 768 Td")
            for kind, s in side:
                col_side.append(f"({pdf_esc(s)}) Tj T*")
            col_side.append("ET")
        col_main = ["BT /F1 9 Tf 11 TL 210 790 Td"]
        for kind, s in pg:
            if kind == "s":
                col_main.append(f"/F1 6 Tf ({pdf_esc(s)}) Tj T* /F1 9 Tf")
            else:
                col_main.append(f"({pdf_esc(s)}) Tj T*")
        col_main.append("ET")
        foot = [f"BT /F1 7 Tf 40 25 Td ({pdf_esc(('Page %d of %d' if lang != 'fr' else 'Page %d de %d') % (n + 1, len(pages)))}) Tj ET"]
        ops = (col_side + col_main if side_first else col_main + col_side) + foot
        streams.append("\n".join(ops).encode("cp1252"))
    return pdf_bytes(streams)


def pdf_plain(text, per=64, footer=None):
    lines = []
    for line in text.splitlines():
        lines += wrap(line, 100) if line.strip() else [""]
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for n, pg in enumerate(pages, 1):
        if footer:
            pg = pg + ["", footer.format(n=n, of=len(pages))]
        out.append("\n".join(pg))
    return pdf_bytes(out)


# ---------------------------------------------------------------- OCR damage

DIG = {"0": ["O", "o"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "6": ["b"], "2": ["Z"]}
LET = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("e", "c"), ("i", "l"), ("h", "b"), ("t", "l"),
       ("ti", "h"), ("fi", "f")]


def damage(text, strength, seed, protect=()):
    r = random.Random(seed)
    p_dig = {"light": 0.25, "middling": 0.45, "heavy": 0.7}[strength]
    p_let = {"light": 0.015, "middling": 0.04, "heavy": 0.08}[strength]
    p_join = {"light": 0.01, "middling": 0.025, "heavy": 0.05}[strength]
    prot = set()
    for n in protect:
        prot.update(n.split())
    out_lines = []
    for line in text.splitlines():
        toks = re.split(r"( +)", line)
        new = []
        for t in toks:
            if not t.strip() or t in prot:
                new.append(t)
                continue
            if any(c.isdigit() for c in t):
                t = "".join(r.choice(DIG[c]) if c in DIG and r.random() < p_dig and
                            not (strength != "heavy" and c in "26") else c for c in t)
            elif len(t) > 3 and r.random() < p_let:
                a, b = r.choice(LET)
                if a in t:
                    t = t.replace(a, b, 1)
            new.append(t)
        s = ""
        for t in new:
            if t.strip() == "" and t and r.random() < p_join and s and s[-1].isalpha():
                continue
            s += t
        out_lines.append(s)
    return "\n".join(out_lines)


def ocr_pages(text, header, strength, seed, protect, per=46):
    r = random.Random(seed + "-pages")
    lines = text.splitlines()
    # hyphenate a few prose line ends: half of the next line's first word moves up
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if not a.strip() or not b.strip() or b.startswith(" ") or ":" in a[:30]:
            continue
        w = b.split(" ")[0]
        if len(w) > 7 and w.isalpha() and r.random() < 0.3:
            cut = len(w) // 2
            lines[i] = a + " " + w[:cut] + "-"
            lines[i + 1] = w[cut:] + b[len(w):]
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for n, pg in enumerate(pages, 1):
        body = "\n".join(([header, ""] if n > 1 else []) + pg + ["", r.choice(["- %d -", "Page %d", "%d"]) % n])
        out.append(body)
    return damage("\n\f\n".join(out), strength, seed, protect)


def ocr_columns(blocks, seed, strength, protect):
    left, right = [], []
    for b in blocks:
        if b[0] in ("ident", "dims"):
            for k, v in b[1]:
                ls = wrap(f"{k}: {v}", 40)
                left += [ls[0]] + ["  " + x for x in ls[1:]]
            left.append("")
        elif b[0] in ("table", "chart"):
            for row in ([[t, g, f + " FTEs"] for t, g, f in b[1][1:]] if b[0] == "table" else [[t, g] for t, g in b[1][1]]):
                ls = wrap(" - ".join(row), 40)
                left += [ls[0]] + ["  " + x for x in ls[1:]]
        elif b[0] in ("title", "title2"):
            ls = wrap(b[1], 40)
            left += [ls[0]] + ["  " + x for x in ls[1:]]
        else:
            right += to_text([b], width=44).splitlines()
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    text = "\n".join((a.ljust(44) + c).rstrip() for a, c in zip(left, right))
    return damage(text, strength, seed, protect)


# ---------------------------------------------------------------- the documents

# (position, kind, lang, file, options)
D = [
    ("P01", "docx", "en", "Role Profile - VP Operations (Band E4).docx", dict(reps="chart", money="K", textbox="ident")),
    ("P02", "text-cp1252", "en", "Director Marine Ops role profile 2017.txt",
     dict(money="full", eff=dt.date(2017, 6, 1), eff_style="long", old=True)),
    ("P02", "pdf", "bilingual", "PCBA_RoleProfile_Director-Marine-Operations_2023.pdf",
     dict(money="K", designed=True, eff=dt.date(2023, 4, 1), eff_style="iso", reps="para", equiv=True)),
    ("P03", "md", "en", "Director, Infrastructure and Engineering - role profile.md",
     dict(money="K", reps="para", sup="para", no_job=True)),
    ("P04", "ocr", "en", "scan_0412 Director Environment.txt",
     dict(money="K", strength="middling", reps="bullets", equiv=True)),
    ("P05", "docx", "fr", "Profil de rôle – Directrice, Développement commercial.docx",
     dict(money="K", reps="table", kvtable=False)),
    ("P06", "text", "en", "director_finance_procurement.txt", dict(money="thousands", reps="table", equiv=True, sup_equiv=False)),
    ("P07", "pdf", "fr", "Capitaine de port - profil.pdf", dict(money="full", designed=True, side_first=False, reps="bullets")),
    ("M01", "docx", "bilingual", "VP Affaires publiques - Public Affairs VP (signed).docx",
     dict(money="M", reps="chart", equiv=True, bil_reports=True)),
    ("M02", "md", "en", "Director Collections JD.md", dict(money="M", reps="bullets")),
    ("M03", "docx", "en", "DRAFT Director Exhibitions & Public Programs v3.docx",
     dict(money="K", reps="para", draft=True, eff_style="tbd", textbox="dims")),
    ("M03", "pdf", "en", "Director Exhibitions & Public Programs - signed.pdf",
     dict(money="K", reps="para", designed=True, eff=dt.date(2022, 9, 1), eff_style="long")),
    ("M04", "pdf", "fr", "Directrice Recherche et conservation.pdf", dict(money="M", reps="para", equiv=True)),
    ("M05", "text-cp1252", "en", "Director, Digital Engagement (job description).txt", dict(money="K", reps="chart")),
    ("M06", "ocr", "en", "SCAN Facilities and Protection 2019.txt", dict(money="full", strength="light", reps="table")),
    ("M07", "docx", "en", "Director Development and Donor Relations.docx", dict(money="K", reps="bullets", equiv=True,
                                                                              sup_equiv=False, dims="sentence")),
    ("C01", "pdf", "en", "NSRC - DG Arctic Research Centre - Position Description.pdf",
     dict(money="k$", hris=True, designed=True, reps="chart", equiv=True)),
    ("C02", "docx", "fr", "Directrice, Infrastructures de recherche (description de poste).docx",
     dict(money="k$", hris=True, reps="table")),
    ("C03", "md", "bilingual", "Director Grants and Scholarships - Directeur Subventions et bourses.md",
     dict(money="K", reps="table", hris=True, hris_sup=False)),
    ("C04", "ocr-columns", "en", "Partnerships KM scan 2 col.txt", dict(money="K", strength="middling", reps="table")),
    ("C05", "text", "en", "Executive Director Polar Data Centre - position description.txt",
     dict(money="K", hris=True, reps="chart", equiv=True, headcount=True)),
    ("C06", "pdf", "en", "Director Corporate Finance (1).pdf", dict(money="thousands", reps="table", hris=True)),
    ("C07", "docx", "en", "Research Security Director - PD final.docx", dict(money="K", reps="para", textbox="ident",
                                                                             equiv=True)),
    ("L01", "pdf", "en", "Job Profile_VP Lending Operations_Grade 17.pdf",
     dict(money="M", hris=True, designed=True, reps="table")),
    ("L02", "docx", "en", "Director Credit Risk Mgmt - Job Profile.docx", dict(money="K", hris=True, reps="bullets",
                                                                             eff_in_header_only=True)),
    ("L03", "ocr", "en", "Director Ag Lending Prairie scan.txt", dict(money="K", strength="heavy", hris=True, reps="para")),
    ("L03", "ocr", "en", "Director Ag Lending Prairie scan (1).txt", dict(money="K", strength="heavy", hris=True,
                                                                          reps="para", copy_of="Director Ag Lending Prairie scan.txt")),
    ("L04", "md", "en", "senior-director-portfolio-analytics.md", dict(money="M", hris=True, reps="chart", total=False)),
    ("L05", "text-cp1252", "fr", "Directeur, Crédit spécial et recouvrement.txt", dict(money="k$", reps="para", hris=True)),
    ("L06", "pdf", "bilingual", "Director Enterprise Risk - Directrice Risque d'entreprise.pdf",
     dict(money="K", hris=True, designed=True, reps="bullets", side_first=False)),
    ("L07", "text", "en", "Treasury Ops Director JP.txt", dict(money="full", hris=True, reps="para", total=False)),
    ("A01", "docx", "en", "DG Inspection Operations - work description.docx", dict(money="M", reps="chart",
                                                                                 textbox="dims", eff_style="long")),
    ("A02", "ocr", "fr", "Directeur Certification semences - numérisé.txt", dict(money="k$", strength="middling",
                                                                               reps="table", eff_style="long")),
    ("A03", "md", "fr", "Directrice régionale Prairies 2019.md", dict(money="k$", reps="bullets", eff=dt.date(2019, 4, 1),
                                                                      old=True)),
    ("A03", "docx", "bilingual", "Regional Director Prairies - Directrice régionale Prairies 2024.docx",
     dict(money="K", reps="table", eff=dt.date(2024, 4, 1), eff_style="iso", bil_reports=True)),
    ("A04", "pdf", "en", "Director Laboratory Services, signed.pdf", dict(money="M", designed=True, reps="table",
                                                                          eff_style="dmy")),
    ("A05", "ocr", "bilingual", "Exec Dir Compliance Enforcement scan.txt", dict(money="K", strength="light",
                                                                                reps="bullets", eff_style="iso")),
    ("A06", "docx", "fr", "Directeur, Politiques et affaires réglementaires.docx", dict(money="full", reps="para")),
    ("A07", "text", "en", "Director Import & Export Controls.txt", dict(money="K", reps="table", eff_style="slash",
                                                                       total=False)),
    ("A08", "md", "en", "Regional Director, Ontario - WD.md", dict(money="thousands", reps="para", sup="para")),
]

VERSIONS = {
    "P02": dict(note="2017 role profile (Band E2, one report fewer, other budgets) replaced by the 2023 bilingual designed template, which adds the TBS equivalent"),
    "M03": dict(note="the draft (no effective date, 'TBD') and the signed PDF; same figures"),
    "L03": dict(note="the same scan saved twice", same_text=True),
    "A03": dict(note="2019 French profile replaced by the 2024 bilingual Word profile: FTEs, salary and O&M changed, one report added"),
}


def write(path, data):
    path.write_bytes(data)


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, s):
    if re.fullmatch(r"[0-9][0-9_.:+eE-]*", s):
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style="'")
    return dumper.represent_str(s)


Dumper.add_representer(str, _str)


def main():
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    truths = {}
    by_key = {}
    texts_of = {}
    for key, kind, lang, fname, o in D:
        p = POS[key]
        o = dict(o, file=fname, lang=lang)
        if o.get("old"):
            r = random.Random("old" + key)
            o["reports"] = p["reports"][:-1]
            o["fte"] = sum(x["fte"] for x in o["reports"]) + 2
            o["salary"] = round(o["fte"] * 91000, -4)
            o["om"] = int(round(p["om"] * 0.8, -4))
        if key == "P02" and not o.get("old"):
            pass
        if o.get("copy_of"):
            src = o["copy_of"]
            (CORPUS / fname).write_bytes((CORPUS / src).read_bytes())
            t = dict(truths[src])
            t["document"] = fname
            truths[fname] = t
            by_key.setdefault(key, []).append(fname)
            continue
        blocks, fields, not_stated, also, people = build(p, o)
        if kind == "docx":
            data = docx_bytes_of(blocks, o)
        elif kind == "pdf":
            if o.get("designed"):
                data = pdf_designed(blocks, side_first=o.get("side_first", True), lang=lang)
            else:
                data = pdf_plain(to_text(blocks, width=96), footer="{n} / {of}")
        elif kind == "md":
            data = to_md(blocks).encode("utf-8")
        elif kind == "text":
            data = to_text(blocks).encode("utf-8")
        elif kind == "text-cp1252":
            tx = to_text(blocks, bullet="•").replace("'", "’")
            data = tx.replace("\n", "\r\n").encode("cp1252")
        elif kind == "ocr":
            hdr = f"{T.ORGS[p['org']]['short']}  {p['fr'] if lang == 'fr' else p['en']}  {p['pos_no']}"
            data = ocr_pages(to_text(blocks, width=74), hdr, o["strength"], fname, people).encode("utf-8")
        elif kind == "ocr-columns":
            data = ocr_columns(blocks, fname, o["strength"], people).encode("utf-8")
        write(CORPUS / fname, data)
        if kind.startswith("ocr"):
            also["damage"] = o["strength"]
        truths[fname] = dict(document=fname, kind="markdown" if kind == "md" else kind, language=lang, outcome="import", fields=fields,
                             not_stated=not_stated, also=also, people=people, versions=None)
        by_key.setdefault(key, []).append(fname)
    # supervisors in the corpus, versions
    for fname, t in truths.items():
        key = next(k for k, _, _, f, _ in D if f == fname)
        sk = POS[key]["sup_key"]
        if sk and sk in by_key:
            t["also"]["reports_to_in_corpus"] = by_key[sk][-1]
        elif "reports_to_in_corpus" in t["also"]:
            del t["also"]["reports_to_in_corpus"]
        if key in VERSIONS:
            v = VERSIONS[key]
            t["versions"] = dict(documents=by_key[key], newest=by_key[key][-1], same_text=v.get("same_text", False),
                                 note=v["note"])
    for fname, t in refusals():
        truths[fname] = t
    for fname, t in truths.items():
        EXPECTED.joinpath(fname + ".expected.yaml").write_text(
            yaml.dump(t, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


# ---------------------------------------------------------------- documents to refuse


def refusal(fname, kind, lang, why, people):
    return fname, dict(document=fname, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=[],
                       also=dict(what=why), people=people, versions=None)


def refusals():
    out = []
    # 1. a competency profile with no position (docx)
    d = docx.Document()
    d.core_properties.created = dt.datetime(2024, 1, 1)
    d.core_properties.modified = dt.datetime(2024, 1, 1)
    d.core_properties.author = "HRIS"
    d.core_properties.last_modified_by = "HRIS"
    d.core_properties.revision = 1
    d.add_paragraph(T.ORGS["port"]["en"], style="Title")
    d.add_heading("Leadership Competency Profile – Executive Bands E1 to E4", level=1)
    d.add_paragraph("This profile applies to every role in Bands E1 to E4 (EX-01 to EX-04 equivalent). It describes "
                    "the behaviours expected of executives; it is not a role profile and does not describe a position.")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in [("Competency", "Band E1–E2", "Band E3–E4"),
                ("Strategic thinking", "Anticipates trends affecting the port's operations", "Shapes the Authority's 10-year vision"),
                ("Mobilizing people", "Builds teams of 10 to 60 FTEs", "Leads organizations of 100+ FTEs"),
                ("Stewardship", "Manages budgets up to $5,000K", "Manages budgets above $20M"),
                ("Partnering", "Works with terminal operators", "Represents the Authority to government")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_heading("Knowledge, Skills and Abilities", level=2)
    for x in T.KSA_EN:
        d.add_paragraph(x, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    write(CORPUS / "Competency Profile - Executive Bands E1-E4.docx", rezip(buf.getvalue()))
    out.append(refusal("Competency Profile - Executive Bands E1-E4.docx", "docx", "en",
                       "a competency profile for a band of roles, no position", []))
    # 2. a job posting (md, bilingual)
    n1 = name()
    md = f"""# Career Opportunity / Possibilité de carrière

**{T.ORGS['museum']['en']} / {T.ORGS['museum']['fr']}**

## Director, Collections / Directrice ou directeur, Collections

- **Competition number / Numéro de concours:** CMRC-2024-017
- **Job Family / Famille d'emplois:** Executive, Level 2 / Direction, niveau 2
- **Salary range / Échelle salariale:** $128,400 – $151,000
- **Location / Lieu:** Gatineau, Quebec / Gatineau (Québec)
- **Closing date / Date de clôture:** 2024-10-15

Reporting to the Vice-President, Collections and Research, you will lead a team of 42 FTEs and a budget of
$4,800K. Are you ready to shape the national collection?

Relevant au vice-président, Collections et recherche, vous dirigerez une équipe de 42 ETP.

### What we offer / Ce que nous offrons

* Defined-benefit pension plan / Régime de retraite à prestations déterminées
* Hybrid work / Travail hybride

Apply online / Postulez en ligne. Questions: {n1}, Talent Acquisition / Acquisition de talents.
"""
    write(CORPUS / "Job posting - Director Collections (CMRC-2024-017).md", md.encode("utf-8"))
    out.append(refusal("Job posting - Director Collections (CMRC-2024-017).md", "markdown", "bilingual",
                       "a job posting (competition, salary range, closing date) for a position described elsewhere", [n1]))
    # 3. a salary band table (pdf)
    rows = ["REFC  Salary Structure 2024-2025  (effective April 1, 2024)", "",
            "Grade    Minimum      Midpoint     Maximum      TBS reference", ""]
    for g in range(9, 18):
        mn = 78000 + (g - 9) * 14500
        rows.append(f"{g:<8} ${mn:,}     ${int(mn * 1.15):,}     ${int(mn * 1.3):,}     "
                    + (f"EX-0{g - 13}" if g >= 14 else "-"))
    rows += ["", "Grades 14 to 17 are executive grades. Approved by the Human Resources Committee of the Board.",
             "Page 1 of 1"]
    write(CORPUS / "Salary grades 2024-25 FINAL.pdf", pdf_bytes(["\n".join(rows)]))
    out.append(refusal("Salary grades 2024-25 FINAL.pdf", "pdf", "en", "a salary-grade table, no position", []))
    # 4. a memo (cp1252)
    a, b = name(), name()
    memo = (f"MEMORANDUM\n\nTO:      {a}, Vice-President, Operations\nFROM:    {b}, Director, Total Rewards\n"
            f"DATE:    March 3, 2023\nRE:      Evaluation of the role ‘Director, Marine Operations’ (PCB-{POS['P02']['pos_no'][4:]})\n\n"
            "The Job Evaluation Committee met on February 28 and rated the revised role profile at Band E2, "
            "confirming the “EX-02 equivalent” used for federal comparisons. The role now leads 5 direct reports "
            "and 96 FTEs, with a salary budget of $9,120K.\n\nThe revised profile will be signed at the next "
            "executive meeting.\n").replace("'", "’")
    write(CORPUS / "Memo - JEC decision Marine Ops.txt", memo.replace("\n", "\r\n").encode("cp1252"))
    out.append(refusal("Memo - JEC decision Marine Ops.txt", "text-cp1252", "en",
                       "a memorandum about a role's evaluation", [a, b]))
    # 5. an organization chart (docx)
    d = docx.Document()
    d.core_properties.created = dt.datetime(2024, 1, 1)
    d.core_properties.modified = dt.datetime(2024, 1, 1)
    d.core_properties.author = "HRIS"
    d.core_properties.last_modified_by = "HRIS"
    d.core_properties.revision = 1
    d.add_heading("Organigramme / Organization Chart – Opérations d'inspection / Inspection Operations", level=1)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    t.add_row().cells[0].text = "Position"
    hdr = t.rows[0].cells
    for c, v in zip(hdr, ["Position / Poste", "Title / Titre", "Classification", "FTEs / ETP"]):
        c.text = v
    for k in ("A01", "A02", "A03", "A07", "A08"):
        cells = t.add_row().cells
        for c, v in zip(cells, [POS[k]["pos_no"], f"{POS[k]['en']} / {POS[k]['fr']}", f"EX-0{POS[k]['rank']}",
                                str(POS[k]["fte"])]):
            c.text = v
    buf = io.BytesIO()
    d.save(buf)
    write(CORPUS / "Organigramme Inspection Operations 2024.docx", rezip(buf.getvalue()))
    out.append(refusal("Organigramme Inspection Operations 2024.docx", "docx", "bilingual",
                       "an organization chart as a table of positions", []))
    # 6. a scan without a text layer
    write(CORPUS / "SCAN_20240311_0007.pdf", pdf_bytes(["", "", ""]))
    out.append(refusal("SCAN_20240311_0007.pdf", "pdf", "en", "three scanned pages without a text layer; unreadable",
                       []))
    for f, t in out:
        t["language"] = t["language"]
    return out


if __name__ == "__main__":
    main()
