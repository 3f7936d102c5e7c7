#!/usr/bin/env python3
"""Write bench/import/blind72/corpus/ and expected/ (blind72: direct reports and supervisors written
the hard ways). Deterministic: a fixed seed, fixed zip timestamps, the same bytes on every run.

    /work/main/.venv/bin/python bench/import/blind72/make_blind.py

Needs python-docx; PDFs are made by tests/import_files.pdf_bytes (a text layer in Helvetica/WinAnsi).
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

SEED = 7272
R = random.Random(SEED)
CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"


# ----------------------------------------------------------------------------- notations

def fmt_class(c: str, style: int) -> str:
    m = re.match(r"^(.*?)[- ]?(\d\d)$", c)
    grp, lvl = m.group(1), m.group(2)
    return [f"{grp}-{lvl}", f"{grp} {lvl}", f"{grp}-{int(lvl)}", f"{grp}{lvl}", f"{grp}-{lvl}"][style % 5]


def fmt_date(d: dt.date, lang: str, style: int) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        forms = [f"{day} {T.MONTHS_FR[d.month-1]} {d.year}", d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}",
                 f"le {day} {T.MONTHS_FR[d.month-1]} {d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}"]
    else:
        th = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
        forms = [f"{T.MONTHS_EN[d.month-1]} {d.day}, {d.year}", d.isoformat(), f"{d.day} {T.MONTHS_EN[d.month-1]} {d.year}",
                 f"{T.MONTHS_EN[d.month-1]} {d.day}{th}, {d.year}", f"{T.MONTHS_EN[d.month-1][:3]}. {d.day}, {d.year}",
                 f"{d.day:02d}-{T.MONTHS_EN[d.month-1][:3].upper()}-{d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}"]
    return forms[style % len(forms)]


def _trim(x: float) -> str:
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return s


def fmt_money(v: int, lang: str, style: int) -> str:
    if lang == "fr":
        full = f"{v:,}".replace(",", "\u00a0")
        forms = [f"{full} $", f"{full},00 $", f"{_trim(v/1e6).replace('.', ',')} M$",
                 f"{_trim(v/1e6).replace('.', ',')} millions $", f"{full.replace(chr(160), ' ')} $"]
        if v < 1_000_000:
            forms[2] = f"{v//1000} k$"
            forms[3] = f"{v//1000} 000 $"
    else:
        forms = [f"${v:,}", f"${_trim(v/1e6)}M", f"${_trim(v/1e6)} million", f"${v:,}.00", f"${_trim(v/1e6)} M"]
        if v < 1_000_000:
            forms[1] = f"${v//1000}K"
            forms[2] = f"${v//1000},000"
            forms[4] = f"$ {v//1000}K"
    return forms[style % len(forms)]


def fmt_fte(n: int, lang: str, style: int) -> str:
    if lang == "fr":
        return [f"{n} ETP", f"effectif de {n}", f"{n} employés", f"{n} ETP"][style % 4]
    return [f"{n} FTEs", f"{n} FTE", f"staff of {n}", f"{n} employees", f"{n} FTE's"][style % 5]


def name() -> str:
    return f"{R.choice(T.FIRST)} {R.choice(T.LAST)}"


def yq(s) -> str:
    return "'" + str(s).replace("'", "''") + "'"


# ----------------------------------------------------------------------------- positions

EX_TITLES = {
    "EX-01": [("Director", "Directeur", "Directrice")],
    "EX-02": [("Executive Director", "Directeur exécutif", "Directrice exécutive"),
              ("Senior Director", "Directeur principal", "Directrice principale")],
    "EX-03": [("Director General", "Directeur général", "Directrice générale")],
    "EX-04": [("Associate Assistant Deputy Minister", "Sous-ministre adjoint délégué", "Sous-ministre adjointe déléguée")],
}
SUP_OF = {"EX-01": [("Director General", "Directeur général", "EX-03"), ("Executive Director", "Directeur exécutif", "EX-02")],
          "EX-02": [("Director General", "Directeur général", "EX-03")],
          "EX-03": [("Assistant Deputy Minister", "Sous-ministre adjoint", "EX-05")],
          "EX-04": [("Senior Assistant Deputy Minister", "Sous-ministre adjoint principal", "EX-05")]}
ROLE_ONLY = {"EX-01": [("Director General", "directeur général"), ("Executive Director", "directrice exécutive")],
             "EX-02": [("Director General", "directrice générale")],
             "EX-03": [("Assistant Deputy Minister", "sous-ministre adjoint"), ("Associate Deputy Minister", "sous-ministre délégué")],
             "EX-04": [("Deputy Minister", "sous-ministre")]}

BRANCHES = [("Program Operations", "Opérations des programmes"), ("Corporate Services", "Services ministériels"),
            ("Strategic and Service Policy", "Politique stratégique et de service"), ("Policy and Programs", "Politiques et programmes"),
            ("Regional Operations", "Opérations régionales"), ("Service Delivery", "Prestation des services"),
            ("Strategic Policy and Planning", "Politique stratégique et planification"), ("Operations", "Opérations"),
            ("Innovation and Transformation", "Innovation et transformation"), ("Finance and Administration", "Finances et administration"),
            ("Science and Technology", "Sciences et technologie"), ("Programs", "Programmes")]
FUNC_DEPT = {"Veterans Benefits": "VAC", "Fisheries Management": "DFO", "Marine Safety": "TC", "Border Programs": "CBSA",
             "Taxpayer Services": "CRA", "Pension Services": "PSPC", "Case Management": "CSC", "Food Safety Operations": "CFIA",
             "Space Exploration": "CSA", "Settlement Programs": "IRCC", "Labour Market Information": "ESDC",
             "Benefits Processing": "ESDC", "Economic Development": "ACOA", "Indigenous Partnerships": "ISC",
             "Northern Affairs": "CIRNAC", "Heritage Programs": "PCH", "Archival Acquisitions": "LAC", "Legal Services": "JUS",
             "Climate Adaptation": "ECCC", "Conservation Programs": "PC", "Trade Policy": "GAC",
             "Infrastructure Programs": "INFC", "Emergency Preparedness": "PS", "Cyber Security": "SSC",
             "Procurement Services": "PSPC", "Science Policy": "NRCan", "Program Integrity": "ESDC",
             "Enforcement and Intelligence": "CBSA", "Data and Analytics": "StatCan", "Client Service Operations": "ESDC",
             "Regulatory Affairs": "HC", "Digital Services": "SSC"}
FUNC_ORDER = list(range(len(T.FUNCTIONS)))
R.shuffle(FUNC_ORDER)
USED_NUMS: set[str] = set()


def posnum() -> str:
    while True:
        n = str(R.choice([R.randint(10000, 99999), R.randint(100000, 399999), R.randint(1000, 9999)]))
        if n not in USED_NUMS:
            USED_NUMS.add(n)
            return n


def make_reports(level: str, rstyle: str, lang: str) -> list[dict]:
    subs = R.sample(T.SUBUNITS, 6)
    reps = []
    if rstyle in ("classonly", "classnoun"):
        if level in ("EX-01",):
            groups = [(R.randint(2, 4), R.choice(["EC-07", "PM-06", "AS-07", "CS-04"]), "Manager", "Gestionnaire"),
                      (R.randint(1, 2), "EC-06", "Senior Policy Analyst", "Analyste principal des politiques")]
        elif level == "EX-04":
            groups = [(R.randint(2, 3), "EX-03", "Director General", "Directeur général"),
                      (1, "EX-01", "Director", "Directeur")]
        else:
            groups = [(R.randint(3, 5), "EX-01", "Director", "Directeur"),
                      (R.randint(1, 2), R.choice(["EC-07", "AS-07"]), "Senior Advisor", "Conseiller principal")]
        if R.random() < 0.6:
            groups.append((1, "AS-02", "Executive Assistant", "Adjointe administrative"))
        for n, cls, en, fr in groups:
            for _ in range(n):
                reps.append({"title": (en if lang != "fr" else fr) if rstyle == "classnoun" else None,
                             "classification": cls, "fte": None, "_n": n, "_en": en, "_fr": fr})
        return reps
    n = R.randint(3, 6)
    for k in range(n):
        su_en, su_fr = subs[k]
        if level == "EX-01":
            cls = R.choice(T.NONEX_GROUPS)
            en, fr = f"Manager, {su_en}", f"Gestionnaire, {su_fr}"
            fte = R.randint(4, 28)
            if k == 0 and R.random() < 0.4:
                en, fr, cls = f"Chief, {su_en}", f"Chef, {su_fr}", R.choice(["EC-07", "CO-03", "PM-06"])
        elif level == "EX-04":
            cls = "EX-03"
            en, fr = f"Director General, {su_en}", f"Directeur général, {su_fr}"
            fte = R.randint(60, 240)
        else:
            cls = "EX-01" if level == "EX-03" or k < n - 1 else R.choice(["EC-07", "PM-06"])
            if cls == "EX-01":
                en, fr = f"Director, {su_en}", f"Directeur, {su_fr}"
                fte = R.randint(12, 95)
            else:
                en, fr = f"Manager, {su_en}", f"Gestionnaire, {su_fr}"
                fte = R.randint(4, 15)
        reps.append({"title": en if lang != "fr" else fr, "classification": cls, "fte": fte, "_en": en, "_fr": fr})
    if R.random() < 0.35 and rstyle not in ("indent",):
        reps.append({"title": "Senior Advisor" if lang != "fr" else "Conseillère principale",
                     "classification": R.choice(["EC-06", "EC-07"]), "fte": 1, "_en": "Senior Advisor", "_fr": "Conseillère principale"})
    if R.random() < 0.3:
        reps.append({"title": "Executive Assistant" if lang != "fr" else "Adjointe exécutive",
                     "classification": "AS-02", "fte": R.choice([1, None]), "_en": "Executive Assistant", "_fr": "Adjointe exécutive"})
    if rstyle in ("table_nofte", "list_nofte"):
        for r in reps:
            r["fte"] = None
    if rstyle == "vacant":
        reps[1]["status"] = "vacant"
        reps[-2 if len(reps) > 3 else 0]["status"] = "acting"
        reps[-2 if len(reps) > 3 else 0]["acting_name"] = name()
    return reps


def make_position(i: int, lang: str, rstyle: str, sstyle: str) -> dict:
    f_en, f_fr, what_en, what_fr = T.FUNCTIONS[FUNC_ORDER[i % len(FUNC_ORDER)]]
    dept = T.DEPARTMENTS[(i * 7) % len(T.DEPARTMENTS)]
    if f_en in FUNC_DEPT:
        dept = next(d for d in T.DEPARTMENTS if d[2] == FUNC_DEPT[f_en])
    level = R.choice(["EX-01"] * 9 + ["EX-02"] * 5 + ["EX-03"] * 5 + ["EX-04"])
    if rstyle in ("classonly", "classnoun") and level == "EX-01" and R.random() < 0.5:
        level = "EX-03"
    t_en, t_frm, t_frf = R.choice(EX_TITLES[level])
    fem = R.random() < 0.5
    title_en = f"{t_en}, {f_en}"
    title_fr = f"{t_frf if fem else t_frm}, {f_fr}"
    s_en, s_fr, s_cls = R.choice(SUP_OF[level])
    s_unit = R.choice(BRANCHES)
    s_unit_en = (f"{s_unit[0]} Branch" if R.random() < 0.5 else s_unit[0]) if s_cls == "EX-05" else s_unit[0]
    s_unit_fr = s_unit[1]
    sup = {"position_number": posnum(), "title_en": f"{s_en}, {s_unit_en}", "title_fr": f"{s_fr}, {s_unit_fr}",
           "role_en": s_en, "role_fr": s_fr, "unit_en": s_unit_en, "unit_fr": s_unit_fr, "classification": s_cls}
    if sstyle == "role":
        role = R.choice(ROLE_ONLY[level])
        sup.update(role_only=role)
    city, prov = R.choice(dept[3])
    reps = make_reports(level, rstyle, lang)
    hidden = {"EX-01": (4, 20), "EX-02": (8, 40), "EX-03": (15, 90), "EX-04": (60, 200)}[level]
    fte_total = sum(r["fte"] if r["fte"] is not None else (1 if r["classification"] == "AS-02" else R.randint(*hidden))
                    for r in reps) + 1 + R.randint(0, 6)
    salary = round(fte_total * R.randint(88, 112) * 1000, -4)
    om = R.randint(4, 90) * 5000 if level == "EX-01" else R.randint(10, 260) * 10000
    d = dt.date(R.randint(2008, 2024), R.randint(1, 12), R.randint(13, 28))
    if R.random() < 0.12:
        d = d.replace(day=1)
    p = {
        "i": i, "lang": lang, "rstyle": rstyle, "sstyle": sstyle, "dept": dept, "f_en": f_en, "f_fr": f_fr,
        "what_en": what_en, "what_fr": what_fr, "level": level, "title_en": title_en, "title_fr": title_fr, "fem": fem,
        "job_code": str(R.randint(100100, 109999)) if R.random() < 0.5 else None,
        "position_number": posnum() if R.random() > 0.06 else "NEW",
        "date": d if R.random() < 0.88 else None,
        "city": city, "prov": prov if R.random() < 0.85 else None, "has_location": R.random() < 0.8,
        "sup": sup, "reports": reps, "fte_total": fte_total,
        "salary": int(salary), "om": int(om), "total": int(salary + om),
        "money": R.choice(["all3"] * 5 + ["sal_om"] * 2 + ["total"] * 2 + ["none"] * 2),
        "program_budget": R.randint(5, 400) * 1_000_000 if R.random() < 0.15 else None,
        "incumbent": name() if R.random() < 0.45 else None,
        "signer": name(), "classifier": name() if R.random() < 0.35 else None,
        "acting_incumbent": R.random() < 0.12,
    }
    if p["rstyle"] == "indent" and sstyle == "chart":
        p["peers"] = []
        for k in (3, 5):
            t = R.choice(EX_TITLES[level])
            fu = T.FUNCTIONS[FUNC_ORDER[(i + k) % len(FUNC_ORDER)]]
            p["peers"].append((f"{t[0]}, {fu[0]}", f"{t[1]}, {fu[1]}"))
    return p


# ----------------------------------------------------------------------------- labels

LBL = {
    "en": {
        "title": ["Position Title", "Title", "Job Title", "Official Title", "Position title"],
        "class": ["Classification", "Group and Level", "Group/Level", "Level", "Classification Level"],
        "job": ["Job Code", "Position Job Code", "Generic Job No.", "Job code", "Job Number"],
        "num": ["Position Number", "Position No.", "Pos. No.", "Position #", "Position number"],
        "date": ["Effective Date", "Date Effective", "Effective", "Effective date", "Date of Effect"],
        "loc": ["Location", "Geographic Location", "Work Location", "Location", "Place of Work"],
        "dept": ["Department", "Organization", "Department/Agency", "Department"],
        "branch": ["Branch", "Sector", "Branch/Sector", "Directorate"],
        "sup3": [("Supervisor's Position No.", "Supervisor's Position Title", "Supervisor's Classification"),
                 ("Reports to (Position No.)", "Reports to (Title)", "Reports to (Group/Level)"),
                 ("Supervisor Position Number", "Supervisor Title", "Supervisor Level")],
        "supline": ["Reports to", "Reporting to", "Immediate Supervisor", "Reports To"],
        "incumbent": ["Incumbent", "Name of Incumbent", "Incumbent (if any)"],
    },
    "fr": {
        "title": ["Titre du poste", "Titre", "Intitulé du poste", "Titre officiel"],
        "class": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
        "job": ["Code d'emploi", "No de description type", "Code de l'emploi", "Numéro de l'emploi"],
        "num": ["Numéro du poste", "No du poste", "N° de poste", "Numéro de poste"],
        "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'effet"],
        "loc": ["Lieu de travail", "Emplacement", "Lieu géographique", "Lieu"],
        "dept": ["Ministère", "Organisation", "Ministère/organisme", "Ministère"],
        "branch": ["Direction générale", "Secteur", "Direction générale/secteur", "Direction"],
        "sup3": [("No de poste du superviseur", "Titre du poste du superviseur", "Classification du superviseur"),
                 ("Relève de (no de poste)", "Relève de (titre)", "Relève de (groupe et niveau)"),
                 ("Numéro de poste du supérieur", "Titre du supérieur", "Niveau du supérieur")],
        "supline": ["Relève de", "Supérieur immédiat", "Relève du", "Superviseur"],
        "incumbent": ["Titulaire", "Nom du titulaire", "Titulaire actuel"],
    },
}
HEAD = {
    "en": {"doc": ["EXECUTIVE WORK DESCRIPTION", "Work Description - Executive Group", "EXECUTIVE GROUP POSITION DESCRIPTION",
                   "Job Description", "Executive (EX) Work Description"],
           "ident": ["Position Identification", "Position Details", "Identification", "POSITION INFORMATION"],
           "ga": ["General Accountability", "Purpose", "General Accountability", "Position Purpose"],
           "org": ["Organization Structure", "Organizational Structure", "Structure", "Organization"],
           "nature": ["Nature and Scope", "Nature & Scope", "Context", "Nature and Scope"],
           "dim": ["Dimensions", "Dimensions", "Financial and Human Resources Dimensions", "Resources"],
           "spec": ["Specific Accountabilities", "Key Activities", "Specific Accountabilities", "Main Responsibilities"],
           "csr": ["Client Service Results"], "ka": ["Key Activities"],
           "cert": ["Certification", "Signatures", "Approval", "CERTIFICATION"]},
    "fr": {"doc": ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "Description de travail (EX)",
                   "DESCRIPTION DE POSTE - DIRECTION", "Description de travail"],
           "ident": ["Identification du poste", "Renseignements sur le poste", "Identification"],
           "ga": ["Responsabilité générale", "Raison d'être du poste", "Responsabilités générales"],
           "org": ["Structure organisationnelle", "Organisation", "Structure de l'organisation"],
           "nature": ["Nature et étendue", "Contexte", "Nature et portée"],
           "dim": ["Dimensions", "Dimensions", "Ressources"],
           "spec": ["Responsabilités spécifiques", "Activités principales", "Responsabilités particulières"],
           "csr": ["Résultats axés sur le service à la clientèle"], "ka": ["Activités principales"],
           "cert": ["Attestation", "Signatures", "Approbation"]},
}


def pick(lst, k):
    return lst[k % len(lst)]


# ----------------------------------------------------------------------------- abstract document
# blocks: ("h", text) ("kv", [(label, value-lines)]) ("p", text) ("ul", [..]) ("ol", [..])
#         ("table", rows) ("pre", [lines]) ("br",) page break

def sup_title(p, L):
    s = p["sup"]
    return s["title_fr"] if L == "fr" else s["title_en"]


def rep_line(r, L, k, cstyle):
    """One direct report as a list item."""
    t = r["_fr"] if L == "fr" else r["_en"]
    c = fmt_class(r["classification"], cstyle)
    f = fmt_fte(r["fte"], L, k) if r["fte"] is not None else None
    form = k % 5
    if form == 0:
        s = f"{t} ({c}, {f})" if f else f"{t} ({c})"
    elif form == 1:
        s = f"{c} - {t}" + (f" ({f})" if f else "")
    elif form == 2:
        s = f"{t} – {c}" + (f" – {f}" if f else "")
    elif form == 3:
        s = f"{t} [{c}]" + (f" ({f})" if f else "")
    else:
        s = f"{t}, {c}" + (f", {f}" if f else "")
    st = r.get("status")
    if st == "vacant":
        s += " – poste vacant" if L == "fr" else " – vacant"
    elif st == "acting":
        s += (f" (intérim : {r['acting_name']})" if L == "fr" else f" (acting: {r['acting_name']})")
    return s


def reports_blocks(p, L, k) -> list:
    reps, rs = p["reports"], p["rstyle"]
    cst = k
    out = []
    me = p["title_fr"] if L == "fr" else p["title_en"]
    if rs in ("list", "list_nofte", "vacant", "matrix", "split"):
        intro = (["Les postes suivants relèvent du titulaire :", "Relèvent du titulaire :", "Subordonnés directs :"]
                 if L == "fr" else ["The following positions report to the incumbent:", f"Reporting to the {me} are:",
                                    "Direct reports:", "The position has the following direct reports:"])
        out.append(("p", pick(intro, k)))
        items = []
        for j, r in enumerate(reps):
            line = rep_line(r, L, k + (j if k % 3 == 0 else 0), cst)
            if k % 2 and r["title"] and rs != "split":
                u = r["_en"].split(", ")[-1].lower() if L != "fr" else r["_fr"].split(", ")[-1].lower()
                duty = pick(T.REPORT_DUTY_FR if L == "fr" else T.REPORT_DUTY_EN, j).format(u=u)
                line += ": " + duty
            items.append(line)
        if rs == "split":
            cut = max(1, len(items) // 2)
            out.append(("ul", items[:cut]))
            out.append(("br",))
            out.append(("ul", items[cut:]))
        else:
            out.append(("ul", items))
        if rs == "matrix":
            fu = T.FUNCTIONS[FUNC_ORDER[(p["i"] + 4) % len(FUNC_ORDER)]]
            if L == "fr":
                out.append(("p", f"De plus, les directeurs régionaux, {fu[1]} (Atlantique, Québec et Ouest) (EX-01) relèvent "
                                  f"fonctionnellement du titulaire (lien hiérarchique en pointillé); ils relèvent "
                                  f"administrativement de leur directeur général régional."))
            else:
                out.append(("p", f"In addition, the Regional Managers, {fu[0]} (Atlantic, Quebec and West, PM-06) have a "
                                  f"dotted-line (functional) reporting relationship to the incumbent; they report "
                                  f"administratively to their Regional Directors General and are not part of the "
                                  f"Directorate's establishment."))
    elif rs == "prose":
        n = len(reps)
        parts = []
        for j, r in enumerate(reps):
            t = r["_fr"] if L == "fr" else r["_en"]
            c = fmt_class(r["classification"], cst + j)
            art = ("le " if not t.startswith(("A", "E", "É", "I", "O", "U")) else "l'") if L == "fr" else "the "
            if L == "fr":
                if t.startswith(("Conseillère", "Adjointe")):
                    art = "la " if t.startswith("C") else "l'"
                t = t[0].lower() + t[1:]
            if r["fte"] is None:
                parts.append(f"{art}{t} ({c})")
            elif L == "fr":
                parts.append(pick([f"{art}{t} ({c}), qui dirige une équipe de {r['fte']} employés",
                                   f"{art}{t} ({c}, {r['fte']} ETP)",
                                   f"{art}{t} ({c}), dont l'effectif compte {r['fte']} ETP"], j))
            else:
                parts.append(pick([f"{art}{t} ({c}), who manages a staff of {r['fte']}",
                                   f"{art}{t} ({c}, {r['fte']} FTEs)",
                                   f"{art}{t} ({c}), with a team of {r['fte']} employees",
                                   f"{art}{t} ({c}), who leads {r['fte']} FTEs"], j))
        joined = "; ".join(parts[:-1]) + ("; et " if L == "fr" else "; and ") + parts[-1]
        if L == "fr":
            out.append(("p", f"Le titulaire dirige {T.NUMBERS_FR[min(n, 10)]} gestionnaires qui relèvent directement de lui : "
                              f"{joined}. Ensemble, ils assurent la prestation des activités de la direction."))
        else:
            out.append(("p", f"The incumbent leads {T.NUMBERS_EN[min(n, 10)]} direct reports: {joined}. Together they "
                              f"form the management team of the Directorate."))
    elif rs in ("table", "table_nofte"):
        if L == "fr":
            hdr = ["Titre du poste", "Groupe et niveau"] + (["ETP"] if rs == "table" else [])
        else:
            hdr = ["Position Title", "Group/Level"] + (["FTEs"] if rs == "table" else [])
        rows = [hdr]
        for j, r in enumerate(reps):
            row = [r["_fr"] if L == "fr" else r["_en"], fmt_class(r["classification"], cst)]
            if rs == "table":
                row.append("" if r["fte"] is None else str(r["fte"]))
            rows.append(row)
        out.append(("p", "Postes relevant directement du titulaire :" if L == "fr" else "Positions reporting directly to the incumbent:"))
        out.append(("table", rows))
    elif rs in ("classonly", "classnoun"):
        groups = []
        for r in reps:
            if not groups or groups[-1][1] != r["classification"] or groups[-1][2] != r["_en"]:
                groups.append([0, r["classification"], r["_en"], r["_fr"]])
            groups[-1][0] += 1
        if rs == "classonly":
            lab = pick(["Direct reports", "Subordinates (group/level)", "Direct reports (by level)"], k) if L != "fr" \
                else pick(["Subordonnés directs", "Postes subordonnés"], k)
            out.append(("p", f"{lab}: " + ", ".join(f"{g[0]} {fmt_class(g[1], cst)}" for g in groups)
                        + (f" (total staff: {p['fte_total']})" if L != "fr" else f" (effectif total : {p['fte_total']})")))
        else:
            def noun(g):
                pl_en, sg_fr, pl_fr = NOUNS[g[2]]
                c = fmt_class(g[1], cst)
                if L == "fr":
                    art = "une" if sg_fr.startswith("adjointe") else "un"
                    return f"{T.NUMBERS_FR[g[0]]} {pl_fr} ({c})" if g[0] > 1 else f"{art} {sg_fr} ({c})"
                sg = g[2].lower()
                return f"{T.NUMBERS_EN[g[0]]} {pl_en} ({c})" if g[0] > 1 else f"{'an' if sg[0] in 'aeiou' else 'a'} {sg} ({c})"
            body = ", ".join(noun(g) for g in groups[:-1]) + (" et " if L == "fr" else " and ") + noun(groups[-1])
            out.append(("p", (f"Le titulaire dirige {body}." if L == "fr" else f"The incumbent leads {body}.")
                        + (f" La direction compte {p['fte_total']} ETP au total." if L == "fr"
                           else f" The Directorate has {p['fte_total']} FTEs in total.")))
    elif rs == "indent":
        lines = []
        s = p["sup"]
        chart = p["sstyle"] == "chart"
        if chart:
            lines.append(f"{sup_title(p, L)} ({fmt_class(s['classification'], cst)})")
            lines.append("   |")
        ind = "   +-- " if chart else ""
        lines.append(f"{ind}{me} ({fmt_class(p['level'], cst)})" + ("   <== ce poste" if L == "fr" else "   <== this position") * chart)
        sub = "   |      " if chart else "      "
        for j, r in enumerate(reps):
            t = r["_fr"] if L == "fr" else r["_en"]
            f = f" .... {fmt_fte(r['fte'], L, k)}" if r["fte"] is not None else ""
            lines.append(f"{sub}{'|-- ' if j < len(reps) - 1 else '`-- '}{t} ({fmt_class(r['classification'], cst)}){f}")
        for peer in p.get("peers", []):
            lines.append(f"   +-- {peer[1] if L == 'fr' else peer[0]} ({fmt_class(p['level'], cst)})")
        out.append(("p", "Organigramme :" if L == "fr" else pick(["Organization chart:", "ORGANIZATION CHART", "Organigram:"], k)))
        out.append(("pre", lines))
    return out


def supervisor_sentence(p, L, k):
    s = p["sup"]
    me = p["title_fr"] if L == "fr" else p["title_en"]
    if p["sstyle"] == "role":
        en, fr = s["role_only"]
        return pick([f"The position reports directly to the {en}.", f"The {me} reports to the {en}.",
                     f"Reporting to the {en}, the incumbent is a member of the Branch's senior management committee."], k) \
            if L != "fr" else pick([f"Le poste relève directement du {fr}." if not fr.startswith("directrice") else
                                    f"Le poste relève directement de la {fr}.",
                                    f"Le titulaire relève du {fr} et siège au comité de gestion du secteur." if not
                                    fr.startswith("directrice") else f"Le titulaire relève de la {fr}."], k)
    if p["sstyle"] == "sentence":
        c = fmt_class(s["classification"], k)
        if L == "fr":
            return pick([f"Le titulaire relève du {s['title_fr']} ({c}), poste no {s['position_number']}.",
                         f"Le poste relève du {s['title_fr']} ({c})."], k)
        return pick([f"The {me} reports to the {s['title_en']} ({c}), position {s['position_number']}, and is one of "
                     f"{T.NUMBERS_EN[R.randint(3, 6)]} senior managers reporting to that position.",
                     f"The position reports to the {s['title_en']} ({c}).",
                     f"Reporting to the {s['title_en']} ({c}, position no. {s['position_number']}), the incumbent "
                     f"leads the Directorate."], k)
    return None


def sup_truth(p, L):
    s, st = p["sup"], p["sstyle"]
    title = s["title_fr"] if L == "fr" else s["title_en"]
    if st in ("fields", "acting", "orgnext"):
        return {"position_number": s["position_number"] if p.get("sup_num_shown", True) else None,
                "title": title, "classification": s["classification"] if p.get("sup_cls_shown", True) else None}
    if st == "numonly":
        return {"position_number": s["position_number"], "title": None, "classification": None}
    if st == "inline" or st == "chart":
        return {"position_number": None, "title": title, "classification": s["classification"]}
    if st == "role":
        en, fr = s["role_only"]
        return {"position_number": None, "title": (fr[0].upper() + fr[1:]) if L == "fr" else en, "classification": None}
    if st == "sentence":
        k = p["k"]
        shown = (k % 2 == 0) if L == "fr" else (k % 3 in (0, 2))
        return {"position_number": s["position_number"] if shown else None, "title": title,
                "classification": s["classification"]}
    raise ValueError(st)


def s_branch(p, L):
    u = p["sup"]["unit_fr"] if L == "fr" else p["sup"]["unit_en"]
    return u.replace(" Branch", "").replace(" Directorate", "")


def rep_truth_title(r, L, rstyle):
    if r["title"] is None:
        return None
    if rstyle == "classnoun":
        return r["title"]
    return r["_fr"] if L == "fr" else r["_en"]


NOUNS = {"Manager": ("managers", "gestionnaire", "gestionnaires"),
         "Senior Policy Analyst": ("senior policy analysts", "analyste principal des politiques", "analystes principaux des politiques"),
         "Director General": ("directors general", "directeur général", "directeurs généraux"),
         "Director": ("directors", "directeur", "directeurs"),
         "Senior Advisor": ("senior advisors", "conseiller principal", "conseillers principaux"),
         "Executive Assistant": ("executive assistants", "adjointe administrative", "adjointes administratives")}


def build(p) -> tuple[list, dict]:
    """The abstract document and the ground truth's fields."""
    L = "fr" if p["lang"] == "fr" else "en"
    bil = p["lang"] == "bilingual"
    k = p["k"]
    lab = LBL[L]
    hd = HEAD[L]

    def label(key, sub=None):
        if bil:
            e = pick(LBL["en"][key], k) if sub is None else pick(LBL["en"][key], k)[sub]
            f = pick(LBL["fr"][key], k) if sub is None else pick(LBL["fr"][key], k)[sub]
            return f"{e} / {f}"
        v = pick(lab[key], k)
        return v if sub is None else v[sub]

    def heading(key):
        if bil:
            return f"{pick(HEAD['en'][key], k)} / {pick(HEAD['fr'][key], k)}"
        return pick(hd[key], k)

    dept_en, dept_fr = p["dept"][0], p["dept"][1]
    dept = dept_fr if L == "fr" else dept_en
    title = p["title_fr"] if L == "fr" else p["title_en"]
    cls = p["level"]
    blocks: list = []
    blocks.append(("title", f"{dept_en} / {dept_fr}" if bil else dept))
    blocks.append(("title", heading("doc")))
    kv = []
    if bil:
        kv.append((label("title"), [f"{p['title_en']} / {p['title_fr']}"] if k % 2 else [p["title_en"], p["title_fr"]]))
    else:
        kv.append((label("title"), [title]))
    kv.append((label("class"), [fmt_class(cls, k) + (" (Proposed)" if p["position_number"] == "NEW" and L != "fr" else "")]))
    if p["job_code"]:
        kv.append((label("job"), [p["job_code"]]))
    kv.append((label("num"), [p["position_number"] if p["position_number"] != "NEW" else ("NOUVEAU" if L == "fr" else "NEW")]))
    if p["date"]:
        kv.append((label("date"), [fmt_date(p["date"], L, 3 * k + 1)]))
    kv.append((label("dept"), [dept_en if bil else dept]))
    kv.append((label("branch"), [s_branch(p, L)]))
    if p["has_location"]:
        if p["prov"]:
            if L == "fr":
                loc = f"{p['city']} ({T.PROV_FR[p['prov']]})"
            else:
                loc = pick([f"{p['city']}, {p['prov']}", f"{p['city']} ({p['prov']})", f"{p['city']}, {T.PROV_ABBR[p['prov']]}"], k)
        else:
            loc = p["city"]
        kv.append((label("loc"), [loc]))
    # supervisor in the header
    s, st = p["sup"], p["sstyle"]
    stitle = sup_title(p, L)
    if st in ("fields", "acting"):
        names = label("sup3", 0), label("sup3", 1), label("sup3", 2)
        p["sup_num_shown"] = (k % 4 != 1)
        p["sup_cls_shown"] = True
        if p["sup_num_shown"]:
            kv.append((names[0], [s["position_number"]]))
        shown_title = stitle
        if st == "acting":
            shown_title = pick([f"A/{stitle}", f"{stitle} (acting)", f"{stitle} (Acting)"], k) if L != "fr" else \
                pick([f"{stitle} (intérim)", f"{stitle} par intérim"], k)
        kv.append((names[1], [shown_title]))
        kv.append((names[2], [fmt_class(s["classification"], k + 1)]))
    elif st == "orgnext":
        role = s["role_fr"] if L == "fr" else s["role_en"]
        unit = s["unit_fr"] if L == "fr" else s["unit_en"]
        p["sup_num_shown"] = k % 2 == 0
        p["sup_cls_shown"] = k % 3 != 2
        val = [role, unit]
        if p["sup_cls_shown"]:
            val = [role + f" ({fmt_class(s['classification'], k)})", unit]
        kv.append((label("supline"), val))
        if p["sup_num_shown"]:
            kv.append((label("sup3", 0), [s["position_number"]]))
    elif st == "numonly":
        kv.append((label("sup3", 0), [s["position_number"]]))
    elif st == "inline":
        kv.append((label("supline"), [f"{stitle} ({fmt_class(s['classification'], k)})" if k % 2 else
                                      f"{stitle}, {fmt_class(s['classification'], k)}"]))
    if p["incumbent"]:
        inc = p["incumbent"] + ((" (par intérim)" if L == "fr" else " (acting)") if p["acting_incumbent"] else "")
        kv.append((label("incumbent"), [inc]))
    elif p["position_number"] == "NEW" or p["acting_incumbent"]:
        kv.append((label("incumbent"), ["Vacant" if L != "fr" else "Poste vacant"]))
    # shuffle a little the header order (title stays first)
    if k % 3 == 1:
        head, rest = kv[:1], kv[1:]
        R.shuffle(rest)
        kv = head + rest
    blocks.append(("h", heading("ident")))
    blocks.append(("kv", kv))

    fmtargs_en = {"title": p["title_en"], "what": p["what_en"], "dept": dept_en, "unit": p["f_en"],
                  "sup": s["role_en"] if st != "role" else s["role_only"][0]}
    fmtargs_fr = {"title": p["title_fr"], "what": p["what_fr"], "dept": dept_fr, "unit": p["f_fr"],
                  "sup": s["role_fr"].lower() if st != "role" else s["role_only"][1]}

    def prose(pool_en, pool_fr, j):
        if bil:
            return [pick(pool_en, j).format(**fmtargs_en), pick(pool_fr, j).format(**fmtargs_fr)]
        return [pick(pool_fr, j).format(**fmtargs_fr)] if L == "fr" else [pick(pool_en, j).format(**fmtargs_en)]

    ga = [("h", heading("ga"))] + [("p", x) for x in prose(T.GA_EN, T.GA_FR, k)]
    org = [("h", heading("org"))]
    sent = supervisor_sentence(p, L if not bil else "en", k)
    if sent:
        org.append(("p", sent))
    org += reports_blocks(p, L if not bil else "en", k)
    if bil and p["rstyle"] in ("prose",):
        org += [b for b in reports_blocks(p, "fr", k) if b[0] == "p"][:1]
    nature = [("h", heading("nature"))] + [("p", x) for x in prose(T.NATURE_EN, T.NATURE_FR, k + 1)]
    # dimensions
    dim = [("h", heading("dim"))]
    DL = "fr" if L == "fr" else "en"
    m = p["money"]
    ms = k + p["i"]
    items = []
    fte_shown = p["rstyle"] not in ("classonly", "classnoun") and (k % 5 != 3)
    if fte_shown:
        items.append((pick(["ETP", "Effectif", "Nombre d'ETP"], k) if DL == "fr" else
                      pick(["FTEs", "FTE's", "Number of FTEs", "Staff", "Human resources"], k), f"{p['fte_total']}"))
    if m in ("all3", "sal_om"):
        items.append((pick(["Salaires", "Budget salarial", "Salaire"], k) if DL == "fr" else
                      pick(["Salary", "Salary budget", "Salaries", "Personnel costs"], k), fmt_money(p["salary"], DL, ms)))
        items.append((pick(["F et E", "Fonctionnement et entretien", "Budget de F et E"], k) if DL == "fr" else
                      pick(["O&M", "Operating and Maintenance", "Non-salary O&M", "O & M"], k), fmt_money(p["om"], DL, ms + 1)))
    if m in ("all3", "total"):
        items.append((pick(["Total", "Budget total", "Total (salaires et F et E)"], k) if DL == "fr" else
                      pick(["Total", "Total budget", "Total (Salary and O&M)"], k), fmt_money(p["total"], DL, ms + 2)))
    if p["program_budget"]:
        items.append((("Budget des programmes (S et C)" if DL == "fr" else "Program budget (Gs&Cs)"),
                      fmt_money(p["program_budget"], DL, ms)))
    if items:
        dim.append(("kvdim", items))
    else:
        dim.append(("p", "Les ressources sont gérées au niveau de la direction générale." if DL == "fr"
                    else "Resources are managed at the Branch level; no budget is delegated to the position."))
    spec = [("h", heading("spec"))]
    n_spec = 5 + k % 4
    if k % 6 == 5 and not bil:
        spec = [("h", heading("csr"))] + [("ul", [x.format(**(fmtargs_fr if L == "fr" else fmtargs_en))
                                                  for x in (T.CSR_FR if L == "fr" else T.CSR_EN)])]
        spec += [("h", heading("ka")), ("ul", [x.format(**(fmtargs_fr if L == "fr" else fmtargs_en))
                                               for x in (T.KEY_ACT_FR if L == "fr" else T.KEY_ACT_EN)])]
    else:
        pool = T.SPECIFIC_FR if L == "fr" else T.SPECIFIC_EN
        spec.append(("ol", [pool[(k + j) % len(pool)].format(**(fmtargs_fr if L == "fr" else fmtargs_en))
                            for j in range(min(n_spec, len(pool)))]))
    cert = [("h", heading("cert"))]
    signer_role = (s["title_fr"] if L == "fr" else s["title_en"]) if st != "role" else \
        ((s["role_only"][1][0].upper() + s["role_only"][1][1:]) if L == "fr" else s["role_only"][0])
    cert.append(("p", "La présente description est un énoncé exact et complet des fonctions du poste." if L == "fr"
                 else "The foregoing description is an accurate and complete statement of the duties assigned to the position."))
    sig = []
    if p["incumbent"] and not p["acting_incumbent"]:
        sig.append((p["incumbent"], "Titulaire" if L == "fr" else "Incumbent"))
    sig.append((p["signer"], signer_role))
    if p["classifier"]:
        sig.append((p["classifier"], "Conseillère en classification" if L == "fr" else "Classification Advisor"))
    cert.append(("sig", sig))
    order = k % 4
    body = {0: ga + org + nature + dim + spec, 1: ga + nature + org + dim + spec,
            2: ga + org + dim + nature + spec, 3: ga + dim + org + nature + spec}[order]
    blocks += body + cert

    fields = {
        "title": p["title_en"] if L == "en" else title,
        "classification": cls,
        "job_code": p["job_code"],
        "position_number": None if p["position_number"] == "NEW" else p["position_number"],
        "effective_date": p["date"],
        "supervisor": sup_truth(p, L),
        "direct_reports": [{"title": rep_truth_title(r, L, p["rstyle"]),
                            "classification": r["classification"], "fte": r["fte"]} for r in p["reports"]],
        "salary": p["salary"] if m in ("all3", "sal_om") else None,
        "o_and_m": p["om"] if m in ("all3", "sal_om") else None,
        "total": p["total"] if m in ("all3", "total") else None,
        "location": (f"{p['city']}, {T.PROV_FR[p['prov']] if L == 'fr' else p['prov']}" if p["prov"] else p["city"])
        if p["has_location"] else None,
    }
    people = []
    for r in p["reports"]:
        if r.get("acting_name"):
            people.append(r["acting_name"])
    if p["incumbent"]:
        people.append(p["incumbent"])
    people += [x[0] for x in sig]
    also = {"fte": p["fte_total"] if (fte_shown or p["rstyle"] in ("classonly", "classnoun")) else None,
            "operating_budget": None, "program_budget": p["program_budget"], "provisional_number":
            ("NOUVEAU" if L == "fr" else "NEW") if p["position_number"] == "NEW" else None}
    if bil:
        also["title_fr"] = p["title_fr"]
    seen = []
    for x in people:
        if x not in seen:
            seen.append(x)
    return blocks, {"fields": fields, "also": also, "people": seen}


# ----------------------------------------------------------------------------- text rendering

def render_text(blocks, style: dict) -> list[str]:
    """Lines of text; a page break is the line '\f'."""
    out: list[str] = []
    hs, kvs, bullet, width = style["heading"], style["kv"], style["bullet"], style["width"]
    md = style.get("md", False)
    hn = 0
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(f"# {b[1]}" if md else (b[1].upper() if style.get("upper_title") else b[1]))
            out.append("")
        elif t == "h":
            hn += 1
            txt = b[1]
            if md:
                out.append(f"## {txt}")
            elif hs == "upper":
                out.append(txt.upper())
            elif hs == "upper_colon":
                out.append(txt.upper() + ":")
            elif hs == "numbered":
                out.append(f"{hn}. {txt}")
            elif hs == "lettered":
                out.append(f"{chr(64 + hn)}) {txt.upper()}")
            else:
                out.append(txt)
                out.append("=" * len(txt) if hs == "underline" else "-" * len(txt))
            out.append("")
        elif t in ("kv", "kvdim"):
            lw = max(len(l) for l, _ in b[1]) + 2
            for l, v in b[1]:
                vals = v if isinstance(v, list) else [v]
                if md:
                    out.append(f"*   **{l}:** " + vals[0])
                    for extra in vals[1:]:
                        out.append(f"    {extra}")
                elif kvs == "colon":
                    out.append(f"{l}: {vals[0]}")
                    out += [" " * (len(l) + 2) + x for x in vals[1:]]
                elif kvs == "pad":
                    out.append(f"{(l + ':').ljust(lw)} {vals[0]}")
                    out += [" " * (lw + 1) + x for x in vals[1:]]
                elif kvs == "tab":
                    out.append(f"{l}:\t{vals[0]}")
                    out += ["\t" + x for x in vals[1:]]
                elif kvs == "dots":
                    out.append(f"{l} " + "." * max(3, lw + 6 - len(l)) + f" {vals[0]}")
                    out += [" " * (lw + 8) + x for x in vals[1:]]
                else:  # nextline
                    out.append(f"{l}:")
                    out += ["    " + x for x in vals]
            out.append("")
        elif t == "p":
            out += textwrap.wrap(b[1], width) if width else [b[1]]
            out.append("")
        elif t in ("ul", "ol"):
            for j, it in enumerate(b[1], 1):
                lead = (f"{j}. " if t == "ol" else ("*   " if md else bullet))
                wrapped = textwrap.wrap(it, width - len(lead)) if width else [it]
                out.append(lead + wrapped[0])
                out += [" " * len(lead) + w for w in wrapped[1:]]
            out.append("")
        elif t == "table":
            rows = b[1]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "|".join("---" for _ in rows[0]) + "|")
                out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            elif style.get("tabtable"):
                out += ["\t".join(r) for r in rows]
            else:
                ws = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
                for r in rows:
                    out.append("  ".join(x.ljust(w) for x, w in zip(r, ws)).rstrip())
            out.append("")
        elif t == "pre":
            out += b[1]
            out.append("")
        elif t == "sig":
            for nm, role in b[1]:
                out.append("")
                out.append("_" * 30 + "          " + "Date: ____________")
                out.append(nm)
                out.append(role)
            out.append("")
        elif t == "br":
            out.append("\f")
    return out


def paginate(lines: list[str], per_page: int, header, footer) -> list[list[str]]:
    pages, cur = [], []
    for ln in lines:
        if ln == "\f" or len(cur) >= per_page:
            pages.append(cur)
            cur = []
            if ln == "\f":
                continue
        cur.append(ln)
    pages.append(cur)
    n = len(pages)
    res = []
    for i, pg in enumerate(pages, 1):
        h = header(i, n) if header else []
        f = footer(i, n) if footer else []
        res.append(h + pg + f)
    return res


# ----------------------------------------------------------------------------- OCR damage

DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}


def ocr_damage(text: str, strength: float) -> str:
    def digits(m):
        tok = m.group(0)
        if R.random() > strength * 1.6:
            return tok
        return "".join((DIGIT.get(ch, ch) if R.random() < 0.7 else ch) if ch != "1" else
                       (R.choice(["I", "l"]) if R.random() < 0.7 else ch) for ch in tok)
    text = re.sub(r"\b[\w$]*\d[\w,.$]*", digits, text)

    def word(m):
        w = m.group(0)
        r = R.random()
        if r < strength * 0.12 and "rn" in w:
            return w.replace("rn", "m", 1)
        if r < strength * 0.2 and "m" in w:
            return w.replace("m", "rn", 1)
        if r < strength * 0.28 and "e" in w[1:]:
            i = w.index("e", 1)
            return w[:i] + "c" + w[i + 1:]
        if r < strength * 0.34 and "li" in w:
            return w.replace("li", "Ii", 1)
        if r < strength * 0.38 and "ti" in w:
            return w.replace("ti", "tl", 1)
        return w
    # letter confusions in prose words only (lower-case words of 5+ letters)
    text = re.sub(r"\b[a-zàâçéèêëîïôûù]{5,}\b", word, text)
    # words run together
    text = re.sub(r"(?<=[a-z]) (?=[a-z]{3,})", lambda m: "" if R.random() < strength * 0.05 else " ", text)
    return text


def hyphen_wrap(lines: list[str], width: int) -> list[str]:
    out = []
    for ln in lines:
        if len(ln) <= width or ln.startswith(" "):
            out.append(ln)
            continue
        cur = ln
        while len(cur) > width:
            cut = cur.rfind(" ", 0, width)
            if cut < width // 2:
                cut = width
            word_end = cur.find(" ", cut + 1)
            nxt = cur[cut + 1:word_end if word_end > 0 else len(cur)]
            if len(nxt) > 7 and nxt.isalpha() and R.random() < 0.5:
                h = len(nxt) // 2
                out.append(cur[:cut] + " " + nxt[:h] + "-")
                cur = nxt[h:] + cur[word_end if word_end > 0 else len(cur):]
            else:
                out.append(cur[:cut])
                cur = cur[cut + 1:]
        out.append(cur)
    return out


# ----------------------------------------------------------------------------- docx

def docx_bytes(blocks, style: dict, core_title: str) -> bytes:
    d = docx.Document()
    d.core_properties.author = style.get("author", "")
    d.core_properties.title = core_title
    d.core_properties.created = dt.datetime(2021, 3, 1, 9, 0, 0)
    d.core_properties.modified = dt.datetime(2021, 3, 1, 9, 0, 0)
    d.core_properties.last_modified_by = ""
    d.core_properties.comments = ""
    d.core_properties.revision = 3
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    kvmode, hmode = style["kv"], style["heading"]
    for b in blocks:
        t = b[0]
        if t == "title":
            para = d.add_paragraph()
            r = para.add_run(b[1])
            r.bold = True
            r.font.size = Pt(13)
        elif t == "h":
            if hmode == "heading":
                d.add_heading(b[1], level=2)
            elif hmode == "bold_upper":
                d.add_paragraph().add_run(b[1].upper()).bold = True
            else:
                r = d.add_paragraph().add_run(b[1])
                r.bold, r.underline = True, True
        elif t in ("kv", "kvdim"):
            mode = kvmode if t == "kv" else style.get("dim", "table")
            if mode == "table":
                tb = d.add_table(rows=0, cols=2)
                tb.style = "Table Grid"
                for l, v in b[1]:
                    vals = v if isinstance(v, list) else [v]
                    cells = tb.add_row().cells
                    cells[0].text = l
                    cp = cells[1].paragraphs[0]
                    run = cp.add_run(vals[0])
                    for x in vals[1:]:
                        run.add_break()
                        run = cp.add_run(x)
                d.add_paragraph()
            elif mode == "inline":
                for l, v in b[1]:
                    vals = v if isinstance(v, list) else [v]
                    para = d.add_paragraph()
                    para.add_run(f"{l}: ").bold = True
                    run = para.add_run(vals[0])
                    for x in vals[1:]:
                        run.add_break()
                        run = para.add_run(x)
            else:  # label paragraph, value paragraph(s)
                for l, v in b[1]:
                    vals = v if isinstance(v, list) else [v]
                    d.add_paragraph().add_run(l).bold = True
                    for x in vals:
                        d.add_paragraph(x)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif t == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif t == "table":
            rows = b[1]
            tb = d.add_table(rows=0, cols=len(rows[0]))
            tb.style = "Table Grid"
            for j, r in enumerate(rows):
                cells = tb.add_row().cells
                for c, x in enumerate(r):
                    cells[c].text = x
                    if j == 0:
                        for run in cells[c].paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph()
        elif t == "pre":
            for ln in b[1]:
                para = d.add_paragraph()
                r = para.add_run(ln)
                r.font.name = "Courier New"
                para.paragraph_format.space_after = Pt(0)
        elif t == "sig":
            for nm, role in b[1]:
                d.add_paragraph("_" * 30 + "\t\tDate: ____________")
                d.add_paragraph(nm)
                d.add_paragraph(role)
        elif t == "br":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            if style.get("cont"):
                d.add_paragraph(style["cont"])
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ----------------------------------------------------------------------------- the plan

# (layout, language) for 43 descriptions (docx 18, txt 17, pdf 8); a draft (.txt) and a PDF export make 45
LAYOUTS = ([("dtable", "en")] * 6 + [("dtable", "fr")] * 2 + [("dpara", "en")] * 5 + [("dpara", "fr")] * 2
           + [("dbil", "bilingual")] * 3
           + [("form", "en")] * 4 + [("form", "fr")] * 1 + [("cp", "en")] * 2 + [("cp", "fr")] * 1 + [("cp", "bilingual")] * 1
           + [("ocr", "en")] * 3 + [("ocr", "fr")] * 2 + [("ocr", "bilingual")] * 1 + [("md", "en")] * 2
           + [("pdf", "en")] * 6 + [("pdf", "fr")] * 2)
RSTYLES = (["prose"] * 6 + ["indent"] * 5 + ["split"] * 5 + ["vacant"] * 5 + ["matrix"] * 4 + ["table_nofte"] * 4
           + ["classonly"] * 3 + ["classnoun"] * 3 + ["list"] * 4 + ["table"] * 2 + ["list_nofte"] * 2)
SSTYLES = ["fields"] * 8 + ["role"] * 7 + ["orgnext"] * 7 + ["numonly"] * 5 + ["sentence"] * 6 + ["acting"] * 4 + ["inline"] * 3
assert len(LAYOUTS) == len(RSTYLES) == 43 and len(SSTYLES) == 40


def plan() -> list[tuple]:
    lay = LAYOUTS[:]
    rs = RSTYLES[:]
    R.shuffle(rs)
    ss = SSTYLES[:]
    R.shuffle(ss)
    # three org charts carry the supervisor at their top
    out, chart_left = [], 3
    for i, (layout, lang) in enumerate(lay):
        r = rs[i]
        if r == "indent" and chart_left:
            s = "chart"
            chart_left -= 1
        else:
            s = ss.pop()
        out.append((i, layout, lang, r, s))
    return out


def filename(p, ext, k) -> str:
    L = p["lang"]
    t = p["title_fr"] if L == "fr" else p["title_en"]
    short = t.replace("Director General", "DG").replace("Executive Director", "ED") if k % 3 == 1 else t
    cls = p["level"]
    year = p["date"].year if p["date"] else 2019
    forms = [f"{t}{ext}", f"{t} ({cls}){ext}", f"{short} - signed{ext}", f"{t} FINAL{ext}", f"{short} {year}{ext}",
             f"WD - {t}{ext}", f"{t} (1){ext}", f"{p['dept'][2]} {short} {cls}{ext}", f"{t} - v2{ext}",
             f"EX work description - {short}{ext}"]
    if L == "fr":
        forms = [f"{t}{ext}", f"Description de travail - {t}{ext}", f"{t} (signée){ext}", f"{t} - FINALE{ext}",
                 f"DT {t} {cls}{ext}", f"{t} (1){ext}", f"{t} {year}{ext}"]
    return pick(forms, k).replace("/", "-")


def running(p, L):
    t = p["title_fr"] if L == "fr" else p["title_en"]
    return t


def render(p, layout, k):
    """Bytes and (kind, ext)."""
    blocks, truth = build(p)
    L = "fr" if p["lang"] == "fr" else "en"
    dept_short = p["dept"][2]
    if layout in ("dtable", "dpara", "dbil"):
        style = {"kv": "table" if layout in ("dtable", "dbil") else pick(["inline", "para"], k),
                 "heading": pick(["heading", "bold_upper", "underline"], k),
                 "dim": pick(["table", "inline", "para"], k + 1),
                 "cont": (f"{running(p, L)} – page 2" if k % 2 else None)}
        return docx_bytes(blocks, style, running(p, L)), "docx", ".docx", truth
    if layout in ("form", "cp", "md"):
        style = {"heading": pick(["upper", "underline", "numbered", "plain", "upper_colon", "lettered"], k),
                 "kv": pick(["colon", "pad", "dots", "nextline", "tab"], k), "bullet": pick(["- ", "• ", "o ", "* "], k),
                 "width": pick([0, 78, 90, 72], k), "md": layout == "md", "tabtable": layout == "cp" and k % 2 == 0,
                 "upper_title": k % 2 == 0}
        lines = render_text(blocks, style)
        hdr = (lambda i, n: ["", f"{running(p, L)} - {'Page' if L != 'fr' else 'Page'} {i} {'of' if L != 'fr' else 'de'} {n}", ""]
               if i > 1 else [])
        pages = paginate(lines, 10_000, hdr, None)
        text = "\n\f".join("\n".join(pg) for pg in pages) + "\n"
        if layout == "md" and "\f" in text:
            text = text.replace("\n\f", "\n\n---\n")
        if layout == "cp":
            text = re.sub(r"(?<=[a-z])'(?=[a-z])", "\u2019", text).replace("\n", "\r\n")
            return text.encode("cp1252"), "text-cp1252", ".txt", truth
        if layout == "md":
            text = "--- Structured Job Description ---\n\n" + text if k % 2 else text
            return text.encode("utf-8"), "markdown", ".txt", truth
        return text.encode("utf-8"), "text", ".txt", truth
    if layout == "ocr":
        style = {"heading": pick(["upper", "upper_colon", "numbered"], k), "kv": pick(["colon", "pad", "nextline"], k),
                 "bullet": pick(["- ", "• ", "> ", "e "], k), "width": 0, "upper_title": True}
        lines = render_text(blocks, style)
        lines = hyphen_wrap([ln for ln in lines], pick([76, 84, 70], k))
        strength = pick([0.35, 0.6, 0.45], k)
        foot = lambda i, n: ["", f"{dept_short} {running(p, L)}", f"{i}"]  # noqa: E731
        pages = paginate(lines, 48, None, foot)
        if k % 2 == 0:  # one long run per page, as the seeds' scans
            body = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(
                " ".join(x for x in pg if x.strip()) for pg in pages)
        else:
            body = "\n\f".join("\n".join(pg) for pg in pages)
        text = ocr_damage(body, strength) + "\n"
        return text.encode("utf-8"), "ocr", ".txt", truth
    if layout == "pdf":
        style = {"heading": pick(["upper", "numbered", "plain", "upper_colon"], k), "kv": pick(["pad", "colon", "nextline"], k),
                 "bullet": pick(["- ", "• ", "o "], k), "width": 100, "upper_title": k % 2 == 1}
        lines = render_text(blocks, style)
        lines = [ln.replace("\t", "    ") for ln in lines]
        foot = lambda i, n: ["", f"{dept_short} - {running(p, L)}" + " " * 10 + (f"Page {i} de {n}" if L == "fr" else f"Page {i} of {n}")]  # noqa: E731
        pages = paginate(lines, 60, None, foot)
        return pdf_bytes(["\n".join(pg) for pg in pages]), "pdf", ".pdf", truth
    raise ValueError(layout)


# ----------------------------------------------------------------------------- documents to refuse

def refusals() -> list[tuple]:
    out = []
    n1, n2, n3 = name(), name(), name()
    memo = f"""MEMORANDUM

TO:       Directors General, Program Operations Branch
FROM:     {n1}, Director, Executive Classification and Organization Design
DATE:     March 14, 2023
SUBJECT:  Updating EX work descriptions before the 2023-24 organizational review

As announced at the Branch management committee on March 7, all EX-01 to EX-03 work descriptions
in the Branch must be reviewed and signed before May 31, 2023. Several positions (for example
position 48812, Director, Client Service Operations, EX-01, and position 50217, Executive Director,
Benefits Processing, EX-02) still carry descriptions dated 2011.

Please send the signed descriptions, with an up-to-date organization chart showing the number of
FTEs and the salary and O&M budgets of each directorate, to the Executive Group Services mailbox.
Descriptions for new positions should be marked NEW in the position number field.

Questions may be directed to {n2}, Senior Classification Advisor (EX), at 819-555-0142.

{n1}
Director, Executive Classification and Organization Design

c.c.: {n3}, Director General, Workforce Management
"""
    out.append(("Memo - EX work descriptions update FINAL.txt", memo.encode("utf-8"), "text", "en", [n1, n2, n3],
                "a memo asking directors general for updated EX descriptions (it names positions, levels and FTEs but describes none)"))
    heads = [name() for _ in range(9)]
    chart = f"""ORGANIZATION CHART - REGIONAL OPERATIONS BRANCH
Canada Border Services Agency - as of 2023-04-01

Vice-President, Regional Operations (EX-05) ............ {heads[0]}
    |
    +-- Director General, Atlantic Region (EX-03) ...... {heads[1]}
    |       +-- Director, Port Operations (EX-01) ....... {heads[2]}     142 FTEs
    |       +-- Director, Inland Enforcement (EX-01) .... vacant          38 FTEs
    |
    +-- Director General, Quebec Region (EX-03) ........ {heads[3]} (acting)
    |       +-- Director, Montreal Airport (EX-01) ...... {heads[4]}     310 FTEs
    |       +-- Director, Land Border Crossings (EX-01) . {heads[5]}     226 FTEs
    |
    +-- Executive Director, Regional Programs (EX-02) .. {heads[6]}
    |       +-- Manager, Planning (PM-06) ............... {heads[7]}       9 FTEs
    |
    +-- Executive Assistant (AS-03) .................... {heads[8]}

Dotted line: Regional Intelligence Officers report functionally to HQ Intelligence.
Prepared by Corporate Planning - not for distribution
"""
    out.append(("Org chart - Regional Operations 2023.txt", chart.encode("cp1252").replace(b"\n", b"\r\n"), "text-cp1252", "en",
                heads, "an indented organization chart of a branch (titles, levels, incumbents, FTEs), not a description of one position"))
    # French letter of offer (docx)
    m1, m2 = name(), name()
    d = docx.Document()
    d.core_properties.created = dt.datetime(2022, 9, 12, 8, 0, 0)
    d.core_properties.modified = dt.datetime(2022, 9, 12, 8, 0, 0)
    d.core_properties.author = ""
    d.core_properties.title = "Lettre d'offre"
    for para in ["Pêches et Océans Canada", "Le 12 septembre 2022", "", f"Madame {m1}", "Gestionnaire, Politiques (EC-07)",
                 "Direction générale de la gestion des pêches", "Ottawa (Ontario)", "",
                 "Objet : Offre de nomination intérimaire – Directrice, Programmes de conservation (EX-01), poste no 412876", "",
                 f"Madame {m1.split()[-1]},",
                 "J'ai le plaisir de vous offrir une nomination intérimaire au poste de directrice, Programmes de conservation, "
                 "classifié EX-01, pour la période du 19 septembre 2022 au 31 mars 2023. Votre rémunération sera établie "
                 "conformément à la Directive sur les conditions d'emploi des cadres.",
                 "Vous relèverez du directeur général, Gestion des pêches. Les autres conditions d'emploi demeurent inchangées.",
                 "Veuillez indiquer votre acceptation en signant la présente lettre et en la retournant d'ici le 16 septembre 2022.",
                 "", "Veuillez agréer, Madame, l'expression de mes sentiments distingués.", "", m2,
                 "Directeur général, Gestion des pêches", "", "J'accepte l'offre ci-dessus :", "_______________________    Date : ________",
                 m1]:
        d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    out.append(("Lettre d'offre - intérim EX-01 (signée).docx", fixed_zip(buf.getvalue()), "docx", "fr", [m1, m2],
                "a French letter offering an acting EX-01 appointment"))
    # performance agreement (docx)
    a1, a2 = name(), name()
    d = docx.Document()
    d.core_properties.created = dt.datetime(2022, 5, 2, 8, 0, 0)
    d.core_properties.modified = dt.datetime(2022, 5, 2, 8, 0, 0)
    d.core_properties.author = ""
    d.core_properties.title = "Performance Agreement"
    d.add_heading("Executive Performance Agreement 2022-2023", level=1)
    tb = d.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for l, v in [("Executive", a1), ("Position Title", "Director General, Digital Services"), ("Group and Level", "EX-03"),
                 ("Position Number", "207734"), ("Manager", a2), ("Department", "Shared Services Canada"),
                 ("Period", "April 1, 2022 to March 31, 2023")]:
        c = tb.add_row().cells
        c[0].text, c[1].text = l, v
    d.add_heading("Commitments", level=2)
    for x in ["Key commitment 1 - Complete the migration of 40 legacy applications to the enterprise cloud platform "
              "(performance measure: 40 applications migrated by March 31, 2023).",
              "Key commitment 2 - Reduce the backlog of service requests by 25 % while maintaining client satisfaction at 85 %.",
              "Leadership commitment - Implement the Branch's mental health and well-being action plan; complete "
              "talent management discussions with all EX-01 direct reports.",
              "Corporate commitment - Contribute to the departmental Employment Equity, Diversity and Inclusion Action Plan."]:
        d.add_paragraph(x, style="List Bullet")
    d.add_heading("Mid-year review", level=2)
    d.add_paragraph("Progress on track for commitments 1 and 3; commitment 2 at risk because of hiring delays.")
    d.add_heading("Signatures", level=2)
    for x in [a1, "Executive", "", a2, "Assistant Deputy Minister, Digital Services Branch"]:
        d.add_paragraph(x)
    buf = io.BytesIO()
    d.save(buf)
    out.append(("Performance Agreement 2022-23 - DG Digital Services.docx", fixed_zip(buf.getvalue()), "docx", "en", [a1, a2],
                "an executive performance agreement (commitments and a mid-year review, not a work description)"))
    out.append(("Scan_2023-03-14_0007.pdf", pdf_bytes(["", "", ""]), "pdf", "en", [],
                "a three-page scan saved as PDF without a text layer"))
    return out


# ----------------------------------------------------------------------------- YAML

def yval(v) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int,)):
        return str(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return yq(v)


def expected_yaml(doc, kind, lang, outcome, fields, also, people, versions, comments=()) -> str:
    o = [f"document: {yq(doc)}", f"kind: {kind}", f"language: {lang}", f"outcome: {outcome}"]
    for c in comments:
        o.append(f"# {c}")
    not_stated = []
    if fields is None:
        o.append("fields: null")
    else:
        o.append("fields:")
        for key in ["title", "classification", "job_code", "position_number", "effective_date"]:
            o.append(f"  {key}: {yval(fields[key])}")
            if fields[key] is None:
                not_stated.append(key)
        s = fields["supervisor"]
        o.append("  supervisor:")
        for key in ["position_number", "title", "classification"]:
            o.append(f"    {key}: {yval(s[key])}")
            if s[key] is None:
                not_stated.append(f"supervisor.{key}")
        if fields["direct_reports"]:
            o.append("  direct_reports:")
            for r in fields["direct_reports"]:
                o.append(f"  - title: {yval(r['title'])}")
                o.append(f"    classification: {yval(r['classification'])}")
                o.append(f"    fte: {yval(r['fte'])}")
        else:
            o.append("  direct_reports: []")
        for key in ["salary", "o_and_m", "total", "location"]:
            o.append(f"  {key}: {yval(fields[key])}")
            if fields[key] is None:
                not_stated.append(key)
    o.append(f"not_stated: [{', '.join(not_stated)}]")
    if also is None:
        o.append("also: null")
    else:
        o.append("also:")
        for key, v in also.items():
            o.append(f"  {key}: {yval(v)}")
    if people:
        o.append("people:")
        o += [f"- {yq(x)}" for x in people]
    else:
        o.append("people: []")
    if versions:
        o.append("versions:")
        o.append("  documents:")
        o += [f"  - {yq(x)}" for x in versions["documents"]]
        o.append(f"  newest: {yval(versions['newest'])}")
    else:
        o.append("versions: null")
    return "\n".join(o) + "\n"


# ----------------------------------------------------------------------------- main

def main():
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    docs = []  # (filename, data, kind, lang, outcome, truth, comments)
    used = set()
    for i, layout, lang, rstyle, sstyle in plan():
        p = make_position(i, lang, rstyle, sstyle)
        p["k"] = i
        data, kind, ext, truth = render(p, layout, i)
        fn = filename(p, ext, i)
        while fn in used:
            fn = fn.replace(ext, f" (2){ext}")
        used.add(fn)
        comments = [f"{p['dept'][2]}; layout {layout}; direct reports written as '{rstyle}', supervisor as '{sstyle}'"]
        if rstyle == "matrix":
            comments.append("the dotted-line (functional) reports in the structure section are not direct reports")
        if rstyle == "vacant":
            comments.append("a vacant report and a report filled on an acting basis are direct reports all the same")
        if sstyle == "acting":
            comments.append("the supervisor's title is shown with an acting mark; the truth is the position's title")
        if rstyle == "classonly":
            comments.append("direct reports given only by group and level: one entry per position, no title")
        docs.append([fn, data, kind, lang, "import", truth, comments, p])
    # two versions: an older draft of one description (the signed one is newer), the same description exported to PDF
    base = next(d for d in docs if d[2] == "docx" and d[3] == "en" and d[7]["date"])
    p = dict(base[7])
    p["date"] = p["date"].replace(year=p["date"].year - 3)
    p["salary"] = p["salary"] - 120000
    p["total"] = p["salary"] + p["om"]
    p["signer"] = name()
    p["incumbent"] = None
    p["classifier"] = None
    p["k"] = base[7]["k"] + 1
    data, kind, ext, truth = render(p, "form", p["k"])
    draft = base[0].rsplit(".", 1)[0].replace(" - signed", "").replace(" FINAL", "") + " - DRAFT.txt"
    docs.append([draft, data, kind, "en", "import", truth, ["an older draft of another document of the corpus"], p])
    vers1 = {"documents": [draft, base[0]], "newest": base[0]}
    base[7]["_versions"] = vers1
    p["_versions"] = vers1
    base2 = next(d for d in docs if d[2] == "docx" and d[3] == "fr")
    data, kind, ext, truth2 = render(base2[7], "pdf", base2[7]["k"])
    pdfname = base2[0].rsplit(".", 1)[0] + ".pdf"
    docs.append([pdfname, data, kind, "fr", "import", truth2, ["the same description as another document, exported to PDF"],
                 base2[7]])
    vers2 = {"documents": [base2[0], pdfname], "newest": None}
    base2[7]["_versions"] = vers2
    # replace one en pdf position so that the pdf count stays at 10 with the scan: drop nothing, the plan has 9 pdf + 1 here
    for fn, data, kind, lang, outcome, truth, comments, p in docs:
        (CORPUS / fn).write_bytes(data)
        y = expected_yaml(fn, kind, lang, outcome, truth["fields"], truth["also"], truth["people"],
                          p.get("_versions"), comments)
        (EXPECTED / f"{fn}.expected.yaml").write_text(y, encoding="utf-8")
    for fn, data, kind, lang, people, why in refusals():
        (CORPUS / fn).write_bytes(data)
        y = expected_yaml(fn, kind, lang, "refuse", None, None, people, None, [f"to refuse: {why}"])
        (EXPECTED / f"{fn}.expected.yaml").write_text(y, encoding="utf-8")


if __name__ == "__main__":
    main()
