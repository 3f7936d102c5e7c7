#!/usr/bin/env python3
"""Write the blind117 corpus: EX work descriptions behind HR-system position data and
classification cover sheets, in English and French, as OCR text, Word and PDF, and a few
documents to refuse; and the ground truth for each (expected/<document>.expected.yaml).

    /work/main/.venv/bin/python bench/import/blind117/make_blind.py

Deterministic: a fixed seed, fixed zip timestamps in the .docx files; the same bytes on every run.
Written for issue 12 without reading the importer, its tests or the other corpora.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import docx
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

SEED = 117_2024
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
BR_SHORT = {
    "Chief Financial Officer Branch": ("Finance", "Finances"),
    "Corporate Services Branch": ("Corporate Services", "Services ministériels"),
    "Program Operations Branch": ("Program Operations", "Opérations de programmes"),
    "Strategic Policy Branch": ("Strategic Policy", "Politique stratégique"),
    "Service Delivery Branch": ("Service Delivery", "Prestation des services"),
    "Regulatory Operations Branch": ("Regulatory Operations", "Opérations réglementaires"),
    "Science and Technology Branch": ("Science and Technology", "Sciences et technologie"),
    "Human Resources Branch": ("Human Resources", "Ressources humaines"),
}
PROV_CODE = {"Quebec": "QC", "Ontario": "ON", "New Brunswick": "NB", "British Columbia": "BC", "Alberta": "AB",
             "Manitoba": "MB", "Nova Scotia": "NS", "Saskatchewan": "SK", "Prince Edward Island": "PE"}


# ---------------------------------------------------------------- notations

def fmt_date(d: dt.date, style: str) -> str:
    m_en, m_fr = MONTHS_EN[d.month - 1], MONTHS_FR[d.month - 1]
    return {
        "long": f"{m_en} {d.day}, {d.year}",
        "iso": d.isoformat(),
        "dmy": f"{d.day} {m_en} {d.year}",
        "abbr": f"{m_en[:3]}. {d.day}, {d.year}",
        "upper": f"{d.day:02d} {m_en[:3].upper()} {d.year}",
        "ps": f"{d.day:02d}-{m_en[:3].upper()}-{d.year}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "dots": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "ord": f"{m_en} {d.day}{'st' if d.day in (1, 21, 31) else 'nd' if d.day in (2, 22) else 'rd' if d.day in (3, 23) else 'th'}, {d.year}",
        "fr": f"{'1er' if d.day == 1 else d.day} {m_fr} {d.year}",
        "frle": f"le {'1er' if d.day == 1 else d.day} {m_fr} {d.year}",
        "frnum": f"{d.day:02d}/{d.month:02d}/{d.year}",
    }[style]


def fr_num(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def fmt_amount(v: int, style: str) -> str:
    """An amount in one notation; falls back to whole digits when the notation cannot say it exactly."""
    if style == "M" and v % 10_000 == 0 and v >= 1_000_000:
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
        return f"${s}M"
    if style == "Mword" and v % 10_000 == 0 and v >= 1_000_000:
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
        return f"${s} million"
    if style in ("M", "Mword", "K") and v % 1000 == 0 and v < 1_000_000:
        return f"${v // 1000}K"
    if style == "cents":
        return f"${v:,}.00"
    if style == "frM" and v % 10_000 == 0 and v >= 1_000_000:
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{s} M$"
    if style in ("frM", "frk") and v % 1000 == 0 and v < 1_000_000:
        return f"{v // 1000} k$"
    if style == "frcents":
        return f"{fr_num(v)},00 $"
    if style in ("fr", "frM", "frk"):
        return f"{fr_num(v)} $"
    return f"${v:,}"


def fmt_class(c: str, style: str) -> str:
    grp, lvl = c.rsplit("-", 1)
    return {"dash": c, "space": f"{grp} {lvl}", "short": f"{grp}-{int(lvl)}", "paren": f"({c})", "run": f"{grp}{lvl}"}[style]


# ---------------------------------------------------------------- OCR damage

DIGIT_SUB = {"0": "O", "1": "I", "5": "S", "8": "B"}
LETTER_SUB = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "i"), ("cl", "d"), ("h", "b"), ("u", "ii"),
              ("t", "l"), ("a", "o")]


def damage_word(w: str, rng: random.Random, p_digit: float, p_letter: float) -> str:
    if any(ch.isdigit() for ch in w):
        out = []
        for ch in w:
            if ch in DIGIT_SUB and rng.random() < p_digit:
                out.append("l" if ch == "1" and rng.random() < 0.3 else DIGIT_SUB[ch])
            else:
                out.append(ch)
        return "".join(out)
    if len(w) > 3 and rng.random() < p_letter:
        a, b = rng.choice(LETTER_SUB)
        if a in w:
            i = w.index(a)
            return w[:i] + b + w[i + len(a):]
    return w


def damage(lines: list[str], rng: random.Random, strength: str) -> list[str]:
    p_digit, p_letter, p_join = {"light": (0.2, 0.015, 0.01), "medium": (0.45, 0.035, 0.02),
                                 "heavy": (0.75, 0.06, 0.035)}[strength]
    out = []
    for line in lines:
        words = line.split(" ")
        words = [damage_word(w, rng, p_digit, p_letter) for w in words]
        s = ""
        for i, w in enumerate(words):
            if i and not (len(w) > 2 and len(words[i - 1]) > 2 and rng.random() < p_join):
                s += " "
            s += w
        out.append(s)
    return out


def wrap_hyphen(text: str, width: int, rng: random.Random, p: float) -> list[str]:
    """Wrap prose; now and then break a long word at the line end with a hyphen, as a scan does."""
    lines, cur = [], ""
    for w in text.split():
        if len(cur) + 1 + len(w) <= width:
            cur = f"{cur} {w}" if cur else w
            continue
        room = width - len(cur) - 2
        if w.isalpha() and len(w) > 7 and room > 3 and rng.random() < p:
            cut = min(room, len(w) - 3)
            lines.append(f"{cur} {w[:cut]}-")
            cur = w[cut:]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- positions

class Pos:
    pass


def make_position(rng: random.Random, n: int, level: int, fem: bool) -> Pos:
    p = Pos()
    p.dept = T.DEPARTMENTS[(n * 5 + 2) % len(T.DEPARTMENTS)]
    p.func = T.FUNCTIONS[(n * 7 + 3) % len(T.FUNCTIONS)]
    p.branch = T.BRANCHES[(n * 3 + 1) % len(T.BRANCHES)]
    p.level = level
    role = rng.choice(T.ROLES[level])
    p.title_en = f"{role[0]}, {p.func[0]}"
    p.title_fr = f"{role[2] if fem else role[1]}, {p.func[1]}"
    if level == 4:
        p.title_en = f"{role[0]}, {BR_SHORT[p.branch[0]][0]}"
        p.title_fr = f"{role[2] if fem else role[1]}, {BR_SHORT[p.branch[0]][1]}"
    p.classification = f"EX-0{level}"
    style = rng.choice(["5", "6", "8", "8", "8z"])
    p.posnum = {"5": str(rng.randint(10000, 99999)), "6": str(rng.randint(100000, 699999)),
                "8": str(rng.randint(50000000, 59999999)), "8z": f"00{rng.randint(100000, 999999)}"}[style]
    p.sup_posnum = {"5": str(rng.randint(10000, 99999)), "6": str(rng.randint(100000, 699999)),
                    "8": str(rng.randint(50000000, 59999999)), "8z": f"00{rng.randint(100000, 999999)}"}[style]
    p.job_code = str(rng.randint(100100, 109899))
    p.eff = dt.date(rng.randint(2009, 2024), rng.randint(1, 12), rng.randint(1, 28))
    p.loc = rng.choice(p.dept[4])
    bshort = BR_SHORT[p.branch[0]]
    if level <= 2:
        srole = rng.choice(T.ROLES[3][:1] if level == 1 else T.ROLES[3])
        p.sup_en, p.sup_fr, p.sup_class = f"{srole[0]}, {bshort[0]}", f"{srole[1]}, {bshort[1]}", "EX-03"
        if level == 1 and rng.random() < 0.3:
            p.sup_en, p.sup_fr, p.sup_class = (f"Executive Director, {bshort[0]}", f"Directeur exécutif, {bshort[1]}",
                                               "EX-02")
    elif level == 3:
        sex = rng.random() < 0.5
        p.sup_en = f"Assistant Deputy Minister, {bshort[0]}"
        p.sup_fr = f"{'Sous-ministre adjointe' if sex else 'Sous-ministre adjoint'}, {bshort[1]}"
        p.sup_class = rng.choice(["EX-04", "EX-05"])
    else:
        p.sup_en, p.sup_fr, p.sup_class = "Deputy Minister", "Sous-ministre", "DM-01"
    reps = list(p.func[2])
    rng.shuffle(reps)
    k = rng.randint(2, 4) if level == 1 else rng.randint(3, 4)
    p.reports = []
    for t_en, t_fr, cls in reps[:k]:
        if level <= 2 and cls.startswith("EX"):
            t_en, t_fr, cls = "Chief, " + t_en.split(", ", 1)[-1], "Chef, " + t_fr.split(", ", 1)[-1], "AU-05"
        if level == 4:
            t_en = "Director General, " + t_en.split(", ", 1)[-1]
            t_fr = ("Directrice générale, " if rng.random() < 0.4 else "Directeur général, ") + t_fr.split(", ", 1)[-1]
            cls = "EX-03"
        elif level >= 3 and not cls.startswith("EX"):
            t_en = "Director, " + t_en.split(", ", 1)[-1]
            t_fr = ("Directrice, " if rng.random() < 0.4 else "Directeur, ") + t_fr.split(", ", 1)[-1]
            cls = "EX-01"
        fte = rng.randint(4, 38) if level <= 2 else rng.randint(18, 140)
        p.reports.append({"title_en": t_en, "title_fr": t_fr, "classification": cls, "fte": fte})
    p.fte = sum(r["fte"] for r in p.reports) + rng.randint(1, 4)
    p.salary = round(p.fte * rng.randint(88, 112) * 1000, -4)
    p.om = rng.randint(6, 260) * 1000 * (10 if p.fte > 150 else 1) + rng.choice([0, 0, 5000])
    p.total = p.salary + p.om
    p.incumbent = None
    p.signer = None
    p.advisor = None
    p.operating_budget = None
    # HR-system data that stand near the fields without being them
    p.org_unit = str(rng.randint(10000000, 19999999))
    p.cost_centre = str(rng.randint(100000, 999999))
    p.fund_centre = f"{rng.randint(1, 9)}{rng.choice('ABCDEFG')}{rng.randint(100, 999)}"
    p.noc = rng.choice(["0012", "00011", "00012", "0011"])
    p.lang_profile = rng.choice(["CBC/CBC", "CBC/CBC", "BBB/BBB", "CCC/CCC", "CBC/CBC"])
    p.lang_req = rng.choice(["Bilingual Imperative", "Bilingual Non-Imperative", "Bilingual Imperative"])
    p.security = rng.choice(["Secret", "Top Secret", "Secret (Level II)", "Reliability"])
    p.emplid = f"{rng.randint(100000, 999999)}"
    p.pri = f"{rng.randint(100000000, 999999999)}"
    p.row_eff = dt.date(rng.randint(2003, 2018), rng.randint(1, 12), rng.randint(1, 28))
    if p.row_eff >= p.eff:
        p.row_eff = dt.date(p.eff.year - rng.randint(1, 6), p.row_eff.month, p.row_eff.day)
    p.action_date = p.eff + dt.timedelta(days=rng.randint(20, 900))
    p.hay = [rng.randint(400, 1000), rng.randint(200, 500), rng.randint(300, 900)]
    p.file_no = f"{rng.randint(2009, 2024)}-{rng.randint(100, 999)}"
    p.loc_code = f"{p.loc[0][:3].upper()}{rng.randint(10, 99)}{rng.randint(0, 9)}"
    return p


def person(rng: random.Random, used: set) -> str:
    while True:
        name = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        if name not in used:
            used.add(name)
            return name


# ---------------------------------------------------------------- block building

def L(lang, en, fr):
    return fr if lang == "fr" else en


def loc_str(p, lang, style):
    city_en, city_fr, prov_en, prov_fr = p.loc
    if lang == "fr":
        return {0: f"{city_fr} ({prov_fr})", 1: f"{city_fr}, {prov_fr}", 2: f"{city_fr} ({prov_fr})"}[style % 3]
    return {0: f"{city_en}, {prov_en}", 1: f"{city_en} ({prov_en})", 2: f"{city_en}, {PROV_CODE[prov_en]}"}[style % 3]


def loc_truth(p, lang, style):
    city_en, city_fr, prov_en, prov_fr = p.loc
    if lang == "fr":
        return f"{city_fr}, {prov_fr}"
    return f"{city_en}, {prov_en}"


LABELS = {
    "title": (["Position Title", "Title", "Job Title", "Official Position Title"],
              ["Titre du poste", "Titre", "Intitulé du poste"]),
    "class": (["Classification", "Group and Level", "Group/Level", "Classification Level"],
              ["Classification", "Groupe et niveau", "Groupe/niveau"]),
    "job": (["Job Code", "Job Code No.", "Position Job Code"], ["Code d'emploi", "Numéro de code d'emploi"]),
    "pos": (["Position Number", "Position No.", "Pos. No.", "Position #"],
            ["Numéro du poste", "No du poste", "N° de poste"]),
    "eff": (["Effective Date", "Date Effective", "Effective date of description"],
            ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le"]),
    "spos": (["Supervisor's Position No.", "Supervisor Position Number", "Reports to Position No."],
             ["No de poste du superviseur", "Numéro du poste du supérieur"]),
    "stitle": (["Supervisor's Position Title", "Supervisor Title", "Reports to"],
               ["Titre du poste du superviseur", "Relève de", "Supérieur immédiat"]),
    "sclass": (["Supervisor's Classification", "Supervisor Group/Level"],
               ["Classification du superviseur", "Groupe et niveau du supérieur"]),
    "loc": (["Location", "Geographic Location", "Work Location"], ["Lieu de travail", "Emplacement géographique", "Lieu"]),
    "dept": (["Department", "Organization"], ["Ministère", "Organisation"]),
    "branch": (["Branch", "Sector"], ["Direction générale", "Secteur"]),
}


def lab(key, lang, v):
    en, fr = LABELS[key]
    if lang == "bilingual":
        return f"{en[v % len(en)]} / {fr[v % len(fr)]}"
    opts = fr if lang == "fr" else en
    return opts[v % len(opts)]


def hr_block(p, s, rng):
    """The HR system's position data or the classification cover sheet: (heading, pairs or table)."""
    lang, om, style = s["lang"], s["omit"], s["hr"]
    cls = p.classification
    date_st = rng.choice(["iso", "ps", "slash"])
    rows = []
    if style == "ps_en":  # PeopleSoft-style position data printout
        head = rng.choice(["POSITION DATA - HRMS", "Position Data Report", "HRMS Position Information (as of " +
                           fmt_date(p.action_date + dt.timedelta(days=3), "iso") + ")"])
        rows += [("Position Nbr", p.posnum if "position_number" not in om else "")]
        if "effective_date" not in om:
            rows += [("Eff Date", fmt_date(p.row_eff, date_st))]
        rows += [("Eff Status", "Active"), ("Action", rng.choice(["Position Data Change", "Reorganization",
                                                                  "Update Incumbent"])),
                 ("Action Date", fmt_date(p.action_date, date_st)), ("Business Unit", p.dept[3]),
                 ("Dept ID", p.org_unit), ("Descr", p.title_en[:30])]
        if "job_code" not in om:
            rows += [("Job Code", p.job_code)]
        rows += [("Sal Plan", cls[:2]), ("Grade", cls[-2:]), ("Reg/Temp", "Regular"), ("Full/Part", "Full-Time"),
                 ("Std Hrs", "37.50"), ("FTE", "1.000000"), ("Max Head Count", "1")]
        if "sup_pos" not in om:
            rows += [("Reports To", p.sup_posnum)]
        rows += [("Location", p.loc_code + ("" if "location" in om else f" {p.loc[0]} {PROV_CODE[p.loc[2]]}")),
                 ("Cost Centre", p.cost_centre), ("Fund Centre", p.fund_centre), ("NOC Code", p.noc),
                 ("Language Req", f"{p.lang_req} {p.lang_profile}"), ("Security Clearance", p.security),
                 ("Tenure", "Indeterminate"), ("Union Code", "UNREP - Excluded")]
        if p.incumbent:
            rows += [("Incumbent", p.incumbent), ("Empl ID", p.emplid), ("PRI", p.pri)]
        else:
            rows += [("Incumbent", "VACANT")]
        rows += [("Last Update", f"{fmt_date(p.action_date, date_st)} by {rng.choice(['HRSVC04', 'CLSADV2', 'OPS117'])}")]
        return head, rows
    if style == "ps_fr":
        head = rng.choice(["DONNÉES DU POSTE (SGRH)", "Données sur le poste - Mes RH", "RAPPORT DES DONNÉES DE POSTE"])
        rows += [("Numéro du poste", p.posnum)]
        if "effective_date" not in om:
            rows += [("En vigueur du", fmt_date(p.row_eff, "iso")), ("En vigueur au", "9999-12-31")]
        rows += [("Statut", "Actif"), ("Mesure", rng.choice(["Modification des données", "Réorganisation"])),
                 ("Date de la dernière mesure", fmt_date(p.action_date, "iso")), ("Unité organisationnelle", p.org_unit)]
        if "job_code" not in om:
            rows += [("Code d'emploi", p.job_code)]
        rows += [("Groupe et niveau", fmt_class(cls, "space")), ("Heures normales", "37,50"), ("ETP", "1,00")]
        if "sup_pos" not in om:
            rows += [("Relève du poste", p.sup_posnum)]
        rows += [("Centre de coûts", p.cost_centre), ("Centre financier", p.fund_centre), ("Code CNP", p.noc),
                 ("Profil linguistique", f"{p.lang_profile} ({'impératif' if 'Non' not in p.lang_req else 'non impératif'})"),
                 ("Cote de sécurité", {"Secret": "Secret", "Top Secret": "Très secret", "Secret (Level II)": "Secret (niveau II)",
                                       "Reliability": "Fiabilité"}[p.security]),
                 ("Durée", "Indéterminée")]
        if "location" not in om:
            rows += [("Lieu", f"{p.loc_code} - {p.loc[1]} ({PROV_CODE[p.loc[2]]})")]
        if p.incumbent:
            rows += [("Titulaire", p.incumbent), ("CIDP", p.pri)]
        else:
            rows += [("Titulaire", "VACANT")]
        return head, rows
    if style == "cover_en":
        head = rng.choice(["POSITION CLASSIFICATION RECORD", "CLASSIFICATION DECISION - COVER SHEET",
                           "Request for Classification Action - Executive Group"])
        rows += [("File No.", f"CL-{p.file_no}"), ("Position Number", p.posnum), ("Department Org. Code", p.org_unit),
                 ("Title", p.title_en), ("Group and Level", fmt_class(cls, s["cls_st"]))]
        if "job_code" not in om:
            rows += [("Job Code", p.job_code)]
        rows += [("Know-How", str(p.hay[0])), ("Problem Solving", str(p.hay[1])), ("Accountability", str(p.hay[2])),
                 ("Total Points", str(sum(p.hay))), ("Decision Date", fmt_date(p.action_date, s["date_st"]))]
        if "effective_date" not in om:
            rows += [("Effective Date of Classification", fmt_date(p.eff, s["date_st"]))]
        if "sup_pos" not in om:
            rows += [("Supervisor Position No.", p.sup_posnum)]
        rows += [("Linguistic Profile", p.lang_profile), ("Security", p.security), ("NOC", p.noc)]
        if p.advisor:
            rows += [("Classification Advisor", p.advisor)]
        return head, rows
    if style == "cover_fr":
        head = rng.choice(["FICHE DE CLASSIFICATION", "DÉCISION DE CLASSIFICATION - PAGE COUVERTURE"])
        rows += [("No de dossier", f"CL-{p.file_no}"), ("Numéro du poste", p.posnum), ("Code org.", p.org_unit),
                 ("Titre", p.title_fr), ("Groupe et niveau", fmt_class(cls, s["cls_st"]))]
        if "job_code" not in om:
            rows += [("Code d'emploi", p.job_code)]
        rows += [("Savoir-faire", str(p.hay[0])), ("Résolution de problèmes", str(p.hay[1])),
                 ("Responsabilité", str(p.hay[2])), ("Total des points", str(sum(p.hay))),
                 ("Date de la décision", fmt_date(p.action_date, "iso"))]
        if "effective_date" not in om:
            rows += [("Date d'entrée en vigueur de la classification", fmt_date(p.eff, s["date_st"]))]
        if "sup_pos" not in om:
            rows += [("Poste du superviseur", p.sup_posnum)]
        rows += [("Profil linguistique", p.lang_profile), ("Code CNP", p.noc)]
        if p.advisor:
            rows += [("Conseillère en classification" if rng.random() < 0.5 else "Conseiller en classification", p.advisor)]
        return head, rows
    if style == "bil":
        head = "POSITION DATA / DONNÉES DU POSTE"
        rows += [("Position No. / No de poste", p.posnum), ("Org. Unit / Unité org.", p.org_unit)]
        if "job_code" not in om:
            rows += [("Job Code / Code d'emploi", p.job_code)]
        rows += [("Group-Level / Groupe-niveau", fmt_class(cls, "dash"))]
        if "sup_pos" not in om:
            rows += [("Reports to Pos. / Relève du poste", p.sup_posnum)]
        if "effective_date" not in om:
            rows += [("Eff. from / En vigueur du", fmt_date(p.row_eff, "iso")), ("Eff. to / Jusqu'au", "9999-12-31")]
        rows += [("Cost Centre / Centre de coûts", p.cost_centre), ("Fund Centre / Centre financier", p.fund_centre),
                 ("NOC / CNP", p.noc), ("Language / Langue", p.lang_profile), ("Security / Sécurité", p.security),
                 ("Tenure / Durée", "Indeterminate / Indéterminée"), ("Last action / Dernière mesure",
                                                                      fmt_date(p.action_date, "iso"))]
        if p.incumbent:
            rows += [("Incumbent / Titulaire", p.incumbent), ("PRI / CIDP", p.pri)]
        return head, rows
    if style == "export":  # one row of a spreadsheet export
        head = rng.choice(["Position extract", "Extraction - postes", "POSN_DATA export"])
        cols = ["POSN_NBR", "EFFDT", "JOBCODE", "SAL_PLAN", "GRADE", "DEPTID", "REPORTS_TO", "LOCATION", "COST_CTR",
                "NOC", "LANG_PROF", "SEC_CLR", "ACTION_DT"]
        vals = [p.posnum, fmt_date(p.row_eff, "iso") if "effective_date" not in om else "",
                p.job_code if "job_code" not in om else "", cls[:2], cls[-2:], p.org_unit,
                p.sup_posnum if "sup_pos" not in om else "", p.loc_code, p.cost_centre, p.noc, p.lang_profile,
                p.security.split(" (")[0], fmt_date(p.action_date, "iso")]
        keep = [i for i, v in enumerate(vals) if v != "" or cols[i] in ("EFFDT", "JOBCODE")]
        keep = [i for i in keep if not (vals[i] == "" and cols[i] in ("EFFDT",))]
        return head, ("table", [cols[i] for i in keep], [[vals[i] for i in keep]])
    raise ValueError(style)


def reports_blocks(p, s, rng):
    lang = "fr" if s["lang"] == "fr" else "en"
    st, om = s["dr"], s["omit"]
    no_cls, no_fte = "dr_class" in om, "dr_fte" in om
    reps = p.reports
    t = (lambda r: r["title_fr"]) if lang == "fr" else (lambda r: r["title_en"])
    cls = lambda r: fmt_class(r["classification"], s["cls_st"] if s["cls_st"] != "paren" else "dash")
    ftew = L(lang, "FTEs", "ETP")
    out = []
    n = len(reps)
    nums_en = {2: "two", 3: "three", 4: "four", 5: "five"}
    nums_fr = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq"}
    if st == "table":
        head = [L(lang, "Position", "Poste")] + ([] if no_cls else [L(lang, "Group/Level", "Groupe/niveau")]) + \
               ([] if no_fte else [ftew])
        rows = [[t(r)] + ([] if no_cls else [cls(r)]) + ([] if no_fte else [str(r["fte"])]) for r in reps]
        out.append(("p", L(lang, f"The following {nums_en[n]} positions report directly to the {p.title_en}:",
                           f"Les {nums_fr[n]} postes suivants relèvent directement du titulaire :")))
        out.append(("table", head, rows))
        return out
    if st == "prose":
        parts = []
        for r in reps:
            inner = ", ".join(x for x in [None if no_cls else cls(r),
                                           None if no_fte else (f"{r['fte']} {ftew}" if lang == "en" else f"effectif de {r['fte']}")] if x)
            parts.append(f"{L(lang, 'the', 'le')} {t(r)}" + (f" ({inner})" if inner else ""))
        joined = "; ".join(parts[:-1]) + L(lang, "; and ", "; et ") + parts[-1]
        out.append(("p", L(lang, f"Reporting to the position are {joined}.", f"Relèvent du titulaire : {joined}.")))
        return out
    items = []
    for r in reps:
        c, f = cls(r), r["fte"]
        if st == "list1":
            inner = ", ".join(x for x in [None if no_cls else c, None if no_fte else f"{f} {ftew}"] if x)
            items.append(f"{t(r)}" + (f" ({inner})" if inner else ""))
        elif st == "list2":
            items.append(("" if no_cls else f"{c} - ") + t(r) + ("" if no_fte else f" ({f} {L(lang, 'FTE', 'ETP')})"))
        elif st == "list3":
            items.append(" – ".join(x for x in [t(r), None if no_cls else c,
                                                   None if no_fte else L(lang, f"staff of {f}", f"effectif de {f}")] if x))
        else:  # list4
            items.append(t(r) + ("" if no_cls else f" [{c}]") + ("" if no_fte else L(lang, f", {f} employees", f", {f} employés")))
    out.append(("p", L(lang, f"The position has {nums_en[n]} direct reports:", f"Le poste compte {nums_fr[n]} subordonnés directs :")))
    out.append(("ul", items))
    return out


def dims_blocks(p, s):
    lang = "fr" if s["lang"] == "fr" else "en"
    om, ast = s["omit"], s["amt"]
    a = lambda v: fmt_amount(v, ast)
    if "money" in om:
        ob = p.operating_budget
        return [("kv", [(L(lang, "FTEs", "ETP"), str(p.fte)), (L(lang, "Operating Budget", "Budget de fonctionnement"), a(ob))])]
    if s["dims"] == "sentence":
        tot = "" if "total" in om else L(lang, f", for a total of {a(p.total)}", f", pour un total de {a(p.total)}")
        return [("p", L(lang, f"The {s.get('unit_en', 'directorate')} has {p.fte} full-time equivalents, a salary budget of "
                              f"{a(p.salary)} and an operating and maintenance budget of {a(p.om)}{tot}.",
                        f"La direction compte {p.fte} ETP, un budget salarial de {a(p.salary)} et un budget de "
                        f"fonctionnement et d'entretien de {a(p.om)}{tot}."))]
    v = s["dimlab"]
    sal = [["Salary", "Salary Budget", "Salaries"], ["Salaires", "Budget salarial", "Traitements et salaires"]][lang == "fr"][v % 3]
    omn = [["O&M", "Operating and Maintenance", "Non-salary (O&M)"], ["F et E", "Fonctionnement et entretien", "F&E"]][lang == "fr"][v % 3]
    tot = [["Total", "Total Budget", "Total"], ["Total", "Budget total", "Total"]][lang == "fr"][v % 3]
    fte = [["FTEs", "Full-time equivalents", "FTE's"], ["ETP", "Équivalents temps plein", "Effectif (ETP)"]][lang == "fr"][v % 3]
    pairs = [(fte, str(p.fte)), (sal, a(p.salary)), (omn, a(p.om))]
    if "total" not in om:
        pairs.append((tot, a(p.total)))
    if s["dims"] == "table":
        return [("table", [L(lang, "Dimension", "Dimension"), L(lang, "Amount", "Montant")], [list(x) for x in pairs])]
    return [("kv", pairs)]


def sup_sentence(p, s):
    lang, om = ("fr" if s["lang"] == "fr" else "en"), s["omit"]
    st = p.sup_fr if lang == "fr" else p.sup_en
    c = "" if "sup_class" in om or s["sup_in_header"] else f" ({fmt_class(p.sup_class, 'dash')})"
    v = s["supv"]
    if lang == "fr":
        return ["Le titulaire relève du {st}{c}.", "Le poste relève directement du {st}{c}, et est l'un des cinq postes de "
                "direction de l'organisation.", "Relevant du {st}{c}, le titulaire dirige une équipe de gestionnaires."][v % 3].format(st=st, c=c)
    return [f"The {p.title_en} reports to the {st}{c}.",
            f"The position reports directly to the {st}{c} and is one of five senior management positions in the branch.",
            f"Reporting to the {st}{c}, the incumbent leads a team of managers and specialists."][v % 3]


def body_sections(p, s, rng, lang):
    """The description itself: list of (heading, blocks) in the document's order."""
    fmt = dict(title=p.title_en if lang == "en" else p.title_fr, area_l=(p.func[1] if lang == "fr" else p.func[0]).lower(),
               area=p.func[0], dept=p.dept[1] if lang == "fr" else p.dept[0],
               sup_title=p.sup_fr if lang == "fr" else p.sup_en, branch=(p.branch[1] if lang == "fr" else p.branch[0]),
               unit="directorate")
    ga = (T.GA_FR if lang == "fr" else T.GA_EN)[s["v"] % 3].format(**fmt)
    ns = [x.format(**fmt) for x in rng.sample(T.NS_FR if lang == "fr" else T.NS_EN, 2)]
    sa = [x.format(**fmt) for x in rng.sample(T.SA_FR if lang == "fr" else T.SA_EN, rng.randint(4, 6))]
    org = [("p", sup_sentence(p, s))] + reports_blocks(p, s, rng)
    sec = {
        "ga": (L(lang, "General Accountability", "Responsabilité générale"), [("p", ga)]),
        "org": (L(lang, rng.choice(["Organization Structure", "Organizational Structure", "Structure"]),
                  "Structure organisationnelle"), org),
        "ns": (L(lang, "Nature and Scope", "Nature et étendue"), [("p", x) for x in ns]),
        "dim": (L(lang, "Dimensions", "Dimensions"), dims_blocks(p, s)),
        "sa": (L(lang, "Specific Accountabilities", "Responsabilités spécifiques"), [("ol", sa)]),
        "csr": (L(lang, "Client Service Results", "Résultats axés sur le service à la clientèle"),
                [("p", (T.CSR_FR if lang == "fr" else T.CSR_EN).format(**fmt))]),
        "ka": (L(lang, "Key Activities", "Activités principales"), [("ul", sa)]),
    }
    order = {0: ["ga", "org", "ns", "dim", "sa"], 1: ["ga", "dim", "org", "sa", "ns"],
             2: ["csr", "ka", "org", "dim"], 3: ["ga", "ns", "org", "sa", "dim"]}[s["order"]]
    return [sec[k] for k in order]


def header_pairs(p, s, lang):
    om, v, inh = s["omit"], s["v"], s["hdr"]
    pairs = []
    if lang == "bilingual":
        pairs += [(lab("title", "en", v), p.title_en), (lab("title", "fr", v), p.title_fr)]
    else:
        pairs += [(lab("title", lang, v), p.title_fr if lang == "fr" else p.title_en)]
    if "class" in inh:
        pairs += [(lab("class", lang, v), fmt_class(p.classification, s["cls_st"]))]
    if "job" in inh and "job_code" not in om:
        pairs += [(lab("job", lang, v), p.job_code)]
    if "pos" in inh:
        pairs += [(lab("pos", lang, v), p.posnum if "position_number" not in om else L(lang, "NEW", "NOUVEAU"))]
    if "eff" in inh:
        pairs += [(lab("eff", lang, v), "" if "effective_date" in om else fmt_date(p.eff, s["date_st"]))]
    pairs += [(lab("dept", lang, v), p.dept[1] if lang == "fr" else p.dept[0]),
              (lab("branch", lang, v), p.branch[1] if lang == "fr" else p.branch[0])]
    if s["sup_in_header"]:
        if "sup_pos" not in om and "spos" in inh:
            pairs += [(lab("spos", lang, v), p.sup_posnum)]
        pairs += [(lab("stitle", lang, v), p.sup_fr if lang == "fr" else p.sup_en)]
        if "sup_class" not in om:
            pairs += [(lab("sclass", lang, v), fmt_class(p.sup_class, "dash"))]
    if "loc" in inh and "location" not in om:
        pairs += [(lab("loc", lang, v), loc_str(p, lang, s["v"]))]
    return pairs


def signature_blocks(p, s, lang):
    out = []
    if p.signer:
        name, role_en, role_fr = p.signer
        d = fmt_date(p.eff - dt.timedelta(days=9), s["date_st"]) if "effective_date" not in s["omit"] else "________"
        out.append(("h", L(lang, "Certification", "Certification")))
        out.append(("p", L(lang, "The foregoing is an accurate and complete statement of the duties and responsibilities "
                                 "assigned to the position.",
                           "Les renseignements qui précèdent décrivent avec exactitude les fonctions et responsabilités "
                           "du poste.")))
        out.append(("raw", [f"{name}", L(lang, role_en, role_fr), L(lang, f"Date: {d}", f"Date : {d}")]))
    if p.incumbent and s["inc_sig"]:
        out.append(("raw", ["", L(lang, f"Incumbent: {p.incumbent}", f"Titulaire : {p.incumbent}")]))
    return out


def build(p, s, rng):
    lang = s["lang"]
    blang = "en" if lang == "bilingual" else lang
    blocks = []
    head, rows = hr_block(p, s, rng)
    hr = [("h", head)] + ([rows] if isinstance(rows, tuple) else [("kv2", rows)])
    doc_head = L(blang, rng.choice(["EXECUTIVE WORK DESCRIPTION", "Work Description", "JOB DESCRIPTION",
                                    "Executive Group Position Description"]),
                 rng.choice(["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "Description de travail",
                             "DESCRIPTION DE POSTE"]))
    if lang == "bilingual":
        doc_head = "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"
    pairs = header_pairs(p, s, lang)
    if s["hrpos"] == "cols":
        blocks.append(("title", doc_head))
        return blocks, pairs, hr
    if s["hrpos"] == "before":
        blocks += hr + [("rule", "")]
    blocks.append(("title", doc_head))
    blocks.append(("kv", pairs))
    for h, bl in body_sections(p, s, rng, blang):
        blocks.append(("h", h))
        blocks += bl
    if lang == "bilingual":
        blocks.append(("h", "VERSION FRANÇAISE"))
        fr_s = dict(s, lang="fr")
        for h, bl in body_sections(p, fr_s, random.Random(s["seed"]), "fr"):
            if h.startswith("Structure") or h.startswith("Dimensions"):
                continue
            blocks.append(("h", h))
            blocks += bl
    blocks += signature_blocks(p, s, blang)
    if s["hrpos"] == "after":
        blocks += [("rule", ""), ("h", L(blang, "Annex - Position data", "Annexe - Données du poste"))] + hr[1:] \
            if s["annex"] else [("rule", "")] + hr
    return blocks, None, None


# ---------------------------------------------------------------- serializers

def to_lines(blocks, s, rng, width=96):
    out, hn = [], 0
    lay, hst = s["lay"], s["hst"]
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper() if hst != "title" else b[1], ""]
        elif k == "rule":
            out += ["", "-" * 60 if s["kind"] != "ocr" else "_" * 40, ""]
        elif k == "h":
            hn += 1
            txt = b[1]
            out += ["", {"caps": txt.upper(), "numbered": f"{hn}. {txt.upper()}", "title": txt,
                         "lettered": f"{'ABCDEFGHIJKLMN'[hn - 1]}) {txt}", "colon": f"{txt.upper()}:"}[hst]]
        elif k == "kv":
            for lb, val in b[1]:
                if lay == "nextline":
                    out += [f"{lb}:", f"    {val}"]
                elif lay == "dots":
                    out.append(f"{lb} ".ljust(44, ".") + f" {val}")
                elif lay == "tab":
                    out.append(f"{lb}\t{val}")
                elif lay == "caps":
                    out.append(f"{lb.upper()}: {val}")
                else:
                    out.append(f"{lb}: {val}")
        elif k == "kv2":
            rows = b[1]
            for i in range(0, len(rows), 2):
                left = f"{rows[i][0]}: {rows[i][1]}"
                right = f"{rows[i + 1][0]}: {rows[i + 1][1]}" if i + 1 < len(rows) else ""
                out.append(left.ljust(46) + right if right else left)
        elif k == "table":
            head, rows = b[1], b[2]
            w = [max(len(str(r[i])) for r in [head] + rows) + 2 for i in range(len(head))]
            out.append("".join(str(c).ljust(w[i]) for i, c in enumerate(head)).rstrip())
            for r in rows:
                out.append("".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
        elif k == "p":
            out += wrap_hyphen(b[1], width, rng, 0.25 if s["kind"] == "ocr" else 0.0) if s["kind"] in ("ocr", "pdf") \
                else [b[1]]
        elif k in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                mark = s["bullet"] if k == "ul" else (f"{i}." if s["v"] % 2 else f"{i})")
                if s["kind"] in ("ocr", "pdf"):
                    wrapped = textwrap.wrap(it, width - len(mark) - 1)
                    out += [f"{mark} {wrapped[0]}"] + [" " * (len(mark) + 1) + x for x in wrapped[1:]]
                else:
                    out.append(f"{mark} {it}")
        elif k == "raw":
            out += b[1]
    return out


def to_markdown(blocks, s):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [f"# {b[1]}", ""]
        elif k == "rule":
            out += ["---", ""]
        elif k == "h":
            out += [f"## {b[1]}", ""]
        elif k == "kv":
            out += [f"*   **{lb}:** {val}" for lb, val in b[1]] + [""]
        elif k == "kv2":
            out += ["| Field | Value |", "|---|---|"] + [f"| {lb} | {val} |" for lb, val in b[1]] + [""]
        elif k == "table":
            out += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
            out += ["| " + " | ".join(map(str, r)) + " |" for r in b[2]] + [""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "ul":
            out += [f"*   {it}" for it in b[1]] + [""]
        elif k == "ol":
            out += [f"{i}.  {it}" for i, it in enumerate(b[1], 1)] + [""]
        elif k == "raw":
            out += [x for x in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


FIXED = dt.datetime(2024, 3, 1, 9, 0, 0)


def docx_bytes(blocks, s) -> bytes:
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.created, cp.modified, cp.revision = "HR Services", "HR Services", FIXED, FIXED, 1
    cp.title = ""
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "rule":
            d.add_paragraph("")
        elif k == "h":
            if s["v"] % 2:
                d.add_heading(b[1], level=2)
            else:
                d.add_paragraph().add_run(b[1].upper()).bold = True
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lb, val in b[1]:
                c = t.add_row().cells
                c[0].text, c[1].text = lb, val
        elif k == "kv2":
            t = d.add_table(rows=0, cols=4)
            t.style = "Table Grid"
            rows = b[1]
            for i in range(0, len(rows), 2):
                c = t.add_row().cells
                c[0].text, c[1].text = rows[i]
                if i + 1 < len(rows):
                    c[2].text, c[3].text = rows[i + 1]
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = h
            for r in b[2]:
                c = t.add_row().cells
                for i, v in enumerate(r):
                    c[i].text = str(v)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif k == "raw":
            for x in b[1]:
                d.add_paragraph(x)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def paginate(lines, per_page, header, footer_fmt):
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    n = len(pages)
    return [([header, ""] if header else []) + pg + ["", footer_fmt.format(i=i, n=n)] for i, pg in enumerate(pages, 1)]


# ---------------------------------------------------------------- the corpus plan

# kind, lang, level, hr style, hr position, strength, omit, name
PLAN = [
    # OCR text (14)
    ("ocr", "en", 1, "ps_en", "after", "medium", {"sup_class"}, "{abbr} Director {fshort} EX-01 scan.txt"),
    ("ocr", "en", 2, "cover_en", "before", "heavy", set(), "Scan_{date}_{posnum}.txt"),
    ("ocr", "en", 3, "ps_en", "before", "light", {"total"}, "DG {fshort}, {abbr} - position data and WD.txt"),
    ("ocr", "en", 1, "cover_en", "before", "medium", {"job_code", "dr_fte"}, "{title} (scanned).txt"),
    ("ocr", "en", 2, "export", "after", "medium", {"location"}, "ED {fshort} {abbr}.txt"),
    ("ocr", "en", 1, "ps_en", "after", "heavy", {"effective_date"}, "img{posnum} OCR.txt"),
    ("ocr", "en", 3, "cover_en", "before", "light", {"sup_pos"}, "{abbr} DG {fshort} EX-03 - signed.txt"),
    ("ocr", "en", 1, "export", "before", "medium", {"money"}, "WD {posnum} {fshort}.txt"),
    ("ocr", "en", 4, "ps_en", "after", "light", {"job_code"}, "ADM {fshort} - {abbr} (1).txt"),
    ("ocr", "fr", 1, "ps_fr", "after", "medium", set(), "Directeur {fshort_fr} - numérisé.txt"),
    ("ocr", "fr", 2, "cover_fr", "before", "heavy", {"total"}, "DE {abbr_fr} {posnum} numérisation.txt"),
    ("ocr", "fr", 3, "ps_fr", "before", "light", {"sup_class", "dr_class"}, "{title_fr} EX-03.txt"),
    ("ocr", "fr", 1, "cover_fr", "after", "medium", {"effective_date"}, "Scan {date} - {abbr_fr} description de travail.txt"),
    ("ocr", "bilingual", 2, "bil", "before", "medium", set(), "{abbr} {abbr_fr} ED EX-02 bilingue scan.txt"),
    # OCR, page read across two columns (3)
    ("ocr-columns", "en", 1, "ps_en", "cols", "medium", set(), "{abbr} Dir {fshort} cover+WD scan.txt"),
    ("ocr-columns", "en", 2, "cover_en", "cols", "light", {"total"}, "Exec Dir {fshort} classification sheet.txt"),
    ("ocr-columns", "fr", 1, "ps_fr", "cols", "medium", {"sup_class"}, "Dir {fshort_fr} données poste.txt"),
    # plain text (5)
    ("text", "en", 1, "ps_en", "after", None, set(), "{title} - work description.txt"),
    ("text", "en", 2, "export", "before", None, {"effective_date"}, "{posnum}_{abbr}_WD.txt"),
    ("text", "en", 3, "cover_en", "before", None, {"dr_class"}, "DG {fshort} FINAL.txt"),
    ("text", "fr", 1, "ps_fr", "before", None, {"job_code"}, "Description de travail - {title_fr}.txt"),
    ("text", "fr", 2, "cover_fr", "after", None, set(), "{abbr_fr} DE {fshort_fr} (copie).txt"),
    # cp1252 text (4)
    ("text-cp1252", "en", 1, "cover_en", "before", None, {"sup_pos"}, "{title}, {abbr}.txt"),
    ("text-cp1252", "en", 2, "ps_en", "after", None, set(), "Senior Dir {fshort} - révisé.txt"),
    ("text-cp1252", "fr", 1, "ps_fr", "after", None, {"money"}, "Dir. {fshort_fr} - {abbr_fr}.txt"),
    ("text-cp1252", "bilingual", 1, "bil", "before", None, {"total"}, "{abbr} Director {fshort} EN-FR.txt"),
    # markdown (4)
    ("markdown", "en", 1, "ps_en", "after", None, set(), "{title}.md"),
    ("markdown", "en", 2, "export", "before", None, {"dr_fte"}, "{abbr} ED {fshort} - converted.md"),
    ("markdown", "en", 3, "cover_en", "before", None, set(), "DG_{posnum}.md"),
    ("markdown", "fr", 1, "ps_fr", "after", None, {"effective_date"}, "{title_fr}.md"),
    # docx (9)
    ("docx", "en", 1, "ps_en", "before", None, set(), "{title} - {abbr}.docx"),
    ("docx", "en", 2, "cover_en", "before", None, {"location"}, "{abbr} Exec Director {fshort} FINAL.docx"),
    ("docx", "en", 3, "export", "after", None, {"sup_class"}, "WD - DG {fshort} ({posnum}).docx"),
    ("docx", "en", 1, "ps_en", "after", None, {"total", "dr_class"}, "Director {fshort} v3.docx"),
    ("docx", "en", 4, "cover_en", "before", None, set(), "ADM {fshort} work description - signed.docx"),
    ("docx", "fr", 1, "ps_fr", "before", None, set(), "{title_fr} - {abbr_fr}.docx"),
    ("docx", "fr", 3, "cover_fr", "before", None, {"job_code"}, "DG {fshort_fr} (2).docx"),
    ("docx", "fr", 2, "ps_fr", "after", None, {"effective_date"}, "{title_fr} - ébauche.docx"),
    ("docx", "bilingual", 3, "bil", "before", None, set(), "{abbr}-{abbr_fr} DG {fshort} bilingual.docx"),
    # pdf with a text layer (6)
    ("pdf", "en", 1, "ps_en", "before", None, set(), "{title} - signed.pdf"),
    ("pdf", "en", 2, "cover_en", "before", None, {"job_code"}, "{abbr} ED {fshort} classification package.pdf"),
    ("pdf", "en", 3, "export", "after", None, {"dr_fte"}, "DG {fshort} {year}.pdf"),
    ("pdf", "fr", 1, "ps_fr", "after", None, set(), "{title_fr} (signée).pdf"),
    ("pdf", "fr", 2, "cover_fr", "before", None, {"sup_pos"}, "DE {fshort_fr} - {abbr_fr} FINAL.pdf"),
    ("pdf", "bilingual", 1, "bil", "after", None, set(), "{abbr} Director {fshort} - EN FR.pdf"),
]
# documents that are two versions of one position: (index of older, index of newer)
VERSION_PAIRS = [(37, 35), (3, 39)]

FSHORT = {
    "Financial Planning and Resource Management": ("Financial Planning", "Planification financière"),
    "Client Contact Centres": ("Contact Centres", "Centres de contact"),
    "Policy and Strategic Planning": ("Policy", "Politiques"),
    "Information Technology Operations": ("IT Operations", "Opérations TI"),
    "Real Property and Accommodation": ("Real Property", "Biens immobiliers"),
    "Inspection and Compliance": ("Inspection", "Inspection et conformité"),
    "Data Analytics and Research": ("Data Analytics", "Analytique"),
    "Human Resources Operations": ("HR Operations", "Opérations RH"),
    "Communications and Public Affairs": ("Communications", "Communications"),
    "Grants and Contributions Delivery": ("Gs&Cs", "S et C"),
    "Science Operations": ("Science Ops", "Opérations scientifiques"),
    "Procurement and Materiel Management": ("Procurement", "Approvisionnement"),
    "Security and Emergency Management": ("Security", "Sécurité"),
    "Audit and Evaluation": ("Audit and Evaluation", "Audit et évaluation"),
    "Benefits Processing": ("Benefits Processing", "Traitement des prestations"),
}
ABBR_FR = {"ESDC": "EDSC", "DFO": "MPO", "TC": "TC", "HC": "SC", "PSPC": "SPAC", "CRA": "ARC", "IRCC": "IRCC",
           "NRCan": "RNCan", "StatCan": "StatCan", "ISC": "SAC", "AAFC": "AAC", "VAC": "ACC", "CSC": "SCC",
           "CFIA": "ACIA", "PHAC": "ASPC", "SSC": "SPC", "ISED": "ISDE", "LAC": "BAC", "PC": "PC", "CBSA": "ASFC",
           "ECCC": "ECCC", "PCH": "PCH", "JUS": "JUS", "GAC": "AMC"}


def render_text_kind(blocks, s, rng, p, pairs, hr):
    kind, lang = s["kind"], s["lang"]
    if kind == "ocr-columns":
        left = [f"{lb}: {v}" for lb, v in pairs]
        colw = max(len(x) for x in left) + 3
        hr_rows = hr[1][1] if hr[1][0] == "kv2" else []
        right = [hr[0][1]] + [f"{lb}: {v}" for lb, v in hr_rows]
        n = max(len(left), len(right))
        left += [""] * (n - len(left))
        right += [""] * (n - len(right))
        lines = [blocks[0][1], ""] + [(a.ljust(colw) + b).rstrip() for a, b in zip(left, right)]
        sub = dict(s, hrpos="none")
        rest = []
        blang = "en" if lang == "bilingual" else lang
        for h, bl in body_sections(p, sub, rng, blang):
            rest += [("h", h)] + bl
        rest += signature_blocks(p, sub, blang)
        lines += to_lines(rest, dict(s, kind="ocr"), rng)
    else:
        lines = to_lines(blocks, s, rng)
    if kind in ("ocr", "ocr-columns"):
        lines = damage(lines, rng, s["strength"])
        hdr = rng.choice([f"{p.dept[2]} - {L(lang, 'Work Description', 'Description de travail')}", "PROTECTED A / PROTÉGÉ A",
                          "", f"{p.title_en if lang != 'fr' else p.title_fr}"])
        foot = rng.choice(["Page {i} de {n}", "- {i} -", "{i}"] if lang == "fr" else ["Page {i} of {n}", "- {i} -", "{i}"])
        pages = paginate(lines, rng.randint(38, 55), hdr, foot)
        lines = [x for pg in pages for x in pg]
        if s["longrun"]:
            text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + \
                   " ".join(x.strip() for x in lines if x.strip()) + "\n"
            return text
        if s["wrapper"]:
            return "--- Full Extracted Text ---\n" + "\n".join(lines) + "\n"
        return "\n".join(lines) + "\n"
    return "\n".join(lines) + "\n"


def main():
    rng = random.Random(SEED)
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    used_names: set = set()
    positions: list[Pos] = []
    docs = []
    fem_flags = [rng.random() < 0.45 for _ in PLAN]
    for i, (kind, lang, level, hr, hrpos, strength, omit, name) in enumerate(PLAN):
        p = make_position(rng, i, level, fem_flags[i])
        positions.append(p)
    # versions: the older document is the same position as the newer one, an earlier edition
    for old, new in VERSION_PAIRS:
        q = copy.copy(positions[new])
        q.eff = dt.date(q.eff.year - rng.randint(2, 4), q.eff.month, q.eff.day)
        q.salary = round(q.salary * 0.9, -4)
        q.om = q.om - 1000 * rng.randint(1, 5)
        q.total = q.salary + q.om
        positions[old] = q
    files = {}
    for i, (kind, lang, level, hr, hrpos, strength, omit, name) in enumerate(PLAN):
        p = positions[i]
        r = random.Random(SEED * 1000 + i)
        omit = set(omit)
        s = {"kind": kind, "lang": lang, "hr": hr, "hrpos": hrpos, "strength": strength, "omit": omit, "v": r.randint(0, 5),
             "seed": SEED + i}
        s["cls_st"] = r.choice(["dash", "dash", "space", "short", "run", "paren"] if kind not in ("ocr", "ocr-columns")
                               else ["dash", "dash", "space", "short", "paren"])
        if lang == "fr":
            s["date_st"] = r.choice(["fr", "iso", "frle", "frnum"] if p.eff.day > 12 else ["fr", "iso", "frle"])
            s["amt"] = r.choice(["fr", "frM", "frk", "frcents"])
        else:
            s["date_st"] = r.choice(["long", "iso", "dmy", "abbr", "upper", "slash", "dots", "ord"])
            s["amt"] = r.choice(["full", "M", "K", "cents", "Mword"])
        s["lay"] = r.choice(["colon", "colon", "nextline", "dots", "tab", "caps"])
        if kind == "pdf" and s["lay"] == "tab":
            s["lay"] = "colon"
        s["hst"] = r.choice(["caps", "numbered", "title", "lettered", "colon"])
        s["bullet"] = r.choice(["-", "*", "•", "o", ">"])
        s["dr"] = r.choice(["list1", "list2", "list3", "list4", "table", "prose"])
        s["dims"] = r.choice(["kv", "kv", "table", "sentence"])
        s["dimlab"] = r.randint(0, 2)
        s["order"] = r.choice([0, 0, 1, 2, 3])
        s["supv"] = r.randint(0, 2)
        s["annex"] = r.random() < 0.5
        s["longrun"] = kind == "ocr" and i % 4 == 1
        s["wrapper"] = kind in ("ocr", "ocr-columns") and not s["longrun"] and r.random() < 0.4
        s["inc_sig"] = r.random() < 0.5
        # where the description's own header states a field (the rest only in the position data)
        hdr = {"class", "job", "pos", "eff", "loc", "spos"}
        for f in ("job", "pos", "spos", "loc"):
            if r.random() < 0.35:
                hdr.discard(f)
        s["sup_in_header"] = r.random() < 0.6
        if hr in ("cover_en", "cover_fr") and r.random() < 0.5:
            hdr.discard("eff")  # the cover sheet alone gives the date
        if hr not in ("ps_en", "ps_fr"):
            hdr.add("loc")  # only those printouts carry the work location
        if hrpos == "cols":
            hdr |= {"class", "pos", "eff", "loc"}
        s["hdr"] = hdr
        # the position data printout does not carry the supervisor's title: it is always in the text
        if "money" in omit:
            p.operating_budget = p.total
        if hr == "ps_en" and "location" not in omit:
            pass
        if i in (v[0] for v in VERSION_PAIRS):
            pass
        # people
        if p.incumbent is None and r.random() < 0.65:
            p.incumbent = person(r, used_names)
        if p.signer is None and r.random() < 0.75:
            p.signer = (person(r, used_names), f"{p.sup_en}", f"{p.sup_fr}")
        p.advisor = person(r, used_names) if hr.startswith("cover") and r.random() < 0.7 else None
        blocks, pairs, hrb = build(p, s, r)
        fs_en, fs_fr = FSHORT[p.func[0]]
        fname = name.format(abbr=p.dept[2], abbr_fr=ABBR_FR[p.dept[2]], fshort=fs_en, fshort_fr=fs_fr,
                            title=p.title_en, title_fr=p.title_fr, posnum=p.posnum,
                            date=fmt_date(p.action_date, "iso").replace("-", ""), year=p.eff.year)
        assert fname not in files, fname
        if kind in ("ocr", "ocr-columns", "text"):
            data = render_text_kind(blocks, s, r, p, pairs, hrb).encode("utf-8")
        elif kind == "text-cp1252":
            txt = render_text_kind(blocks, s, r, p, pairs, hrb).replace("'", "\u2019").replace("\n", "\r\n")
            data = txt.encode("cp1252")
        elif kind == "markdown":
            data = to_markdown(blocks, s).encode("utf-8")
        elif kind == "docx":
            data = docx_bytes(blocks, s)
        elif kind == "pdf":
            lines = to_lines(blocks, s, r, width=100)
            foot = f"{p.dept[2]} - " + L(lang, "Work Description", "Description de travail") + " - Page {i} of {n}"
            pages = paginate(lines, 62, "", foot if lang != "fr" else foot.replace("of", "de"))
            data = pdf_bytes(["\n".join(pg) for pg in pages])
        files[fname] = data
        docs.append((fname, kind, lang, p, s))
    # ground truth
    newest = {}
    for old, new in VERSION_PAIRS:
        names = [docs[old][0], docs[new][0]]
        newest[old] = newest[new] = {"documents": names, "newest": docs[new][0]}
    truths = {}
    for i, (fname, kind, lang, p, s) in enumerate(docs):
        truths[fname] = truth(p, s, fname, kind, lang, newest.get(i))
    for fname, data, t in refusals(rng, used_names):
        files[fname] = data
        truths[fname] = t
    for fname, data in sorted(files.items()):
        (corpus / fname).write_bytes(data)
        (expected / f"{fname}.expected.yaml").write_text(dump(truths[fname]), encoding="utf-8")
    print(f"{len(files)} documents written to {corpus}")


def truth(p, s, fname, kind, lang, versions):
    om = s["omit"]
    tl = "fr" if lang == "fr" else "en"
    f = {
        "title": p.title_fr if lang == "fr" else p.title_en,
        "classification": p.classification,
        "job_code": None if "job_code" in om else p.job_code,
        "position_number": None if "position_number" in om else p.posnum,
        "effective_date": None if "effective_date" in om else p.eff,
        "supervisor": {"position_number": None if "sup_pos" in om else p.sup_posnum,
                       "title": p.sup_fr if lang == "fr" else p.sup_en,
                       "classification": None if "sup_class" in om else p.sup_class},
        "direct_reports": [{"title": r["title_fr"] if lang == "fr" else r["title_en"],
                            "classification": None if "dr_class" in om else r["classification"],
                            "fte": None if "dr_fte" in om else r["fte"]} for r in p.reports],
        "salary": None if "money" in om else p.salary,
        "o_and_m": None if "money" in om else p.om,
        "total": None if ("money" in om or "total" in om) else p.total,
        "location": None if "location" in om else loc_truth(p, tl, 0),
    }
    ns = [k for k in ("job_code", "position_number", "effective_date") if f[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "classification") if f["supervisor"][k] is None]
    ns += [k for k in ("salary", "o_and_m", "total", "location") if f[k] is None]
    also = {"fte": p.fte, "operating_budget": p.operating_budget if "money" in om else None, "program_budget": None,
            "provisional_number": None}
    if lang == "bilingual":
        also["title_fr"] = p.title_fr
    people = []
    if p.incumbent and (s["hr"] in ("ps_en", "ps_fr", "bil") or s["inc_sig"]):
        people.append(p.incumbent)
    if p.signer:
        people.append(p.signer[0])
    if p.advisor:
        people.append(p.advisor)
    return {"document": fname, "kind": kind, "language": lang, "outcome": "import", "fields": f, "not_stated": ns,
            "also": also, "people": people, "versions": versions}


def dump(t) -> str:
    return yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=1000)


# ---------------------------------------------------------------- documents to refuse

def refusals(rng, used):
    r = random.Random(SEED + 999)
    out = []

    def t(fname, kind, lang, people):
        return {"document": fname, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                "not_stated": [], "also": {}, "people": people, "versions": None}

    # 1. memo about the position-data clean-up (docx, English)
    a, b = person(r, used), person(r, used)
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.created, cp.modified, cp.revision = "HR Services", "HR Services", FIXED, FIXED, 1
    d.add_heading("MEMORANDUM", level=1)
    for x in [f"TO: Directors General, Corporate Services Branch", f"FROM: {a}, Director, Classification and Organization",
              "DATE: March 14, 2023", "FILE: 4150-2-117",
              "SUBJECT: Reconciliation of EX position data in the HRMS with approved work descriptions"]:
        d.add_paragraph(x)
    d.add_paragraph("As part of the annual reconciliation, the Classification unit has compared the position data held in "
                    "the HRMS (position number, job code, reports-to position, organization code, cost centre and "
                    "linguistic profile) with the approved EX work descriptions on file. Forty-two of the 118 EX positions "
                    "show at least one discrepancy; the most common are a reports-to position number that no longer exists "
                    "after the 2022 reorganization, and an EX-01 position coded to a cost centre that was closed.")
    t_ = d.add_table(rows=1, cols=4)
    t_.style = "Table Grid"
    for i, h in enumerate(["Position", "Group-Level", "Discrepancy", "Action"]):
        t_.rows[0].cells[i].text = h
    for row in [("50418827", "EX-01", "Reports-to 50399120 abolished", "Update to 50412006"),
                ("50422310", "EX-02", "Cost centre 104520 closed", "Recode to 104533"),
                ("50397745", "EX-01", "Linguistic profile BBB/BBB vs CBC/CBC", "Confirm with branch")]:
        c = t_.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("Please confirm the corrections for your branch by April 7, 2023. Work descriptions that require "
                    "updating should be submitted through the classification intake mailbox.")
    d.add_paragraph(f"c.c.: {b}, Senior Classification Advisor")
    buf = io.BytesIO()
    d.save(buf)
    fn = "Memo - EX position data reconciliation 2023.docx"
    out.append((fn, fixed_zip(buf.getvalue()), t(fn, "docx", "en", [a, b])))

    # 2. letter of offer (text, French)
    a, b = person(r, used), person(r, used)
    txt = f"""Le 22 août 2022

{a}
Objet : Offre de nomination intérimaire - Directrice, Opérations RH (EX-01), poste no 50433812

Madame,

Au nom de Services partagés Canada, j'ai le plaisir de vous offrir une nomination intérimaire au poste de
Directrice, Opérations RH, classifié EX-01, numéro de poste 50433812, à compter du 6 septembre 2022 et
jusqu'au 31 mars 2023. Votre lieu de travail sera Ottawa (Ontario).

Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des cadres
supérieurs; l'échelle salariale du niveau EX-01 est actuellement de 127 000 $ à 149 400 $.

Le poste exige une cote de sécurité de niveau Secret et un profil linguistique CBC/CBC, que vous possédez.

Veuillez indiquer votre acceptation en signant le présent document et en le retournant d'ici le 30 août 2022.

{b}
Directeur général, Ressources humaines

J'accepte l'offre décrite ci-dessus : ______________________  Date : __________
"""
    fn = "Lettre d'offre - intérim EX-01 (signée).txt"
    out.append((fn, txt.encode("utf-8"), t(fn, "text", "fr", [a, b])))

    # 3. organization chart (pdf with text, bilingual)
    a, b, c = person(r, used), person(r, used), person(r, used)
    lines = ["ORGANIZATION CHART / ORGANIGRAMME", "Program Operations Branch / Direction générale des opérations de programmes",
             "", f"Assistant Deputy Minister / Sous-ministre adjoint (EX-04) - {a}", "    Pos. 50400001",
             "", f"    Director General, Benefits Processing (EX-03) - {b}   Pos. 50400114",
             "        Director, Integrity Services (EX-01)  Pos. 50400131  - vacant",
             "        Director, Appeals (EX-01)  Pos. 50400132",
             f"    Director General, Client Contact Centres (EX-03) - {c}   Pos. 50400207",
             "        Director, Contact Centre Operations (EX-01)  Pos. 50400219",
             "", "Effective / En vigueur : 2023-04-01        Org. code 10045500"]
    fn = "Organigramme POB - avril 2023.pdf"
    out.append((fn, pdf_bytes(["\n".join(lines)]), t(fn, "pdf", "bilingual", [a, b, c])))

    # 4. executive performance agreement (docx, English)
    a, b = person(r, used), person(r, used)
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.created, cp.modified, cp.revision = "HR Services", "HR Services", FIXED, FIXED, 1
    d.add_heading("Executive Performance Agreement 2023-2024", level=1)
    for x in [f"Executive: {a}", "Position: Director, Procurement Operations (EX-01), position 50461190",
              f"Supervisor: {b}, Director General, Procurement", "Performance cycle: April 1, 2023 to March 31, 2024"]:
        d.add_paragraph(x)
    d.add_paragraph("Commitments", style="Heading 2")
    for x in ["Business results: award 95% of contracts within service standards; reduce sole-source contracting by 10%.",
              "Leadership commitment: complete the talent management questionnaire and a learning plan for each manager.",
              "Corporate commitment: contribute to the departmental diversity and inclusion action plan."]:
        d.add_paragraph(x, style="List Bullet")
    d.add_paragraph("Mid-year review: ______   Year-end assessment: Succeeded / Succeeded+ / Surpassed")
    buf = io.BytesIO()
    d.save(buf)
    fn = "PMA 2023-24 - Director Procurement Ops.docx"
    out.append((fn, fixed_zip(buf.getvalue()), t(fn, "docx", "en", [a, b])))

    # 5. a scan that gave only noise (ocr)
    noise = []
    for _ in range(30):
        noise.append("".join(r.choice("  .,:;'|!~-_=iIlr1ec°%*()[]/\\") for _ in range(r.randint(10, 70))).rstrip())
    txt = "--- Full Extracted Text ---\n" + "\n".join(noise) + "\n"
    fn = "Scan_20190611_0003.txt"
    out.append((fn, txt.encode("utf-8"), t(fn, "ocr", "en", [])))

    # 6. a scanned PDF without a text layer (two image-only pages)
    fn = "EX-02 work description + position data (scan).pdf"
    out.append((fn, pdf_bytes(["", ""]), t(fn, "pdf", "en", [])))
    return out


if __name__ == "__main__":
    main()
