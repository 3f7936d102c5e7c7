"""Write bench/import/blind71/corpus/ and expected/ (money and numbers in every notation).

    /work/main/.venv/bin/python bench/import/blind71/make_blind.py

Deterministic: a fixed seed, fixed timestamps inside the .docx files, the same bytes on every
run. Needs python-docx and PyYAML; PDFs come from tests/import_files.pdf_bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import sys
import zipfile
from pathlib import Path

import docx
import yaml
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "tests"))
import texts as T  # noqa: E402
from import_files import pdf_bytes  # noqa: E402

SEED = 71071
NBSP = "\u00a0"

# ---------------------------------------------------------------- numbers in every notation

WORDS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
WORDS_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
            "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def grouped(v: int, sep: str) -> str:
    return f"{v:,}".replace(",", sep)


def mdec(v: int, dec: str = ".") -> str | None:
    """v in millions with at most three decimals, or None when it needs more."""
    if v % 1000:
        return None
    s = f"{v / 1_000_000:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", dec)


def money(v: int, style: str, sp: str = " ") -> str:
    """An amount as departments write it. Every style is exact for v (falls back to the full form)."""
    m, mf = mdec(v), mdec(v, ",")
    k = v // 1000 if v % 1000 == 0 else None
    if v < 1_000_000 and k is not None and style in ("M", "Msp", "Mword", "Mdollars", "fr_M", "fr_Mword"):
        style = "fr_k" if style.startswith("fr") else "K"  # nobody writes $0.058M
    if style == "full":
        return f"${v:,}"
    if style == "full00":
        return f"${v:,}.00"
    if style == "M" and m:
        return f"${m}M"
    if style == "Msp" and m:
        return f"$ {m} M"
    if style == "Mword" and m:
        return f"${m} million"
    if style == "Mdollars" and m:
        return f"{m} million dollars"
    if style == "K" and k is not None:
        return f"${k:,}K"
    if style == "Kplain" and k is not None:
        return f"${k}K"
    if style == "kdollars" and k is not None:
        return f"{k:,} thousand dollars"
    if style == "fr_full":
        return f"{grouped(v, sp)}{sp}$"
    if style == "fr_full00":
        return f"{grouped(v, sp)},00{sp}$"
    if style == "fr_M" and mf:
        return f"{mf}{sp}M$"
    if style == "fr_Mword" and mf:
        return f"{mf} million{'s' if v >= 2_000_000 else ''} de dollars"
    if style == "fr_k" and k is not None:
        return f"{grouped(k, sp)}{sp}k$"
    if style == "fr_K" and k is not None:
        return f"{grouped(k, sp)}{sp}K$"
    if style == "fr_dollar_first":
        return f"{grouped(v, sp)}$"
    if style.startswith("fr"):
        return f"{grouped(v, sp)}{sp}$"
    return f"${v:,}"


def big(v: int, lang: str) -> str:
    """Transfer payments and the like, in billions or millions (never a key field)."""
    if v >= 1_000_000_000:
        b = f"{v / 1e9:.2f}".rstrip("0").rstrip(".")
        return f"${b}B" if lang == "en" else f"{b.replace('.', ',')} G$"
    mm = f"{v / 1e6:.1f}".rstrip("0").rstrip(".")
    return f"${mm}M" if lang == "en" else f"{mm.replace('.', ',')} M$"


def num(n: float, lang: str) -> str:
    if n == int(n):
        return str(int(n))
    return str(n) if lang == "en" else str(n).replace(".", ",")


def date_str(d: dt.date, style: int, lang: str) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"le {day} {MONTHS_FR[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                f"{d.year}-{d.month:02d}-{d.day:02d}"][style % 6]
    mon = MONTHS_EN[d.month - 1]
    suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return [f"{mon} {d.day}, {d.year}", d.isoformat(), f"{d.day} {mon} {d.year}", f"{mon[:3]}. {d.day}, {d.year}",
            f"{mon} {d.day}{suf}, {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}",
            f"{d.day:02d}-{mon[:3].upper()}-{d.year}", f"{d.day}{suf} of {mon}, {d.year}"][style % 8]


def level_str(level: int, style: int) -> str:
    return [f"EX-0{level}", f"EX 0{level}", f"EX-{level}", f"(EX-0{level})", f"EX0{level}", f"EX - 0{level}",
            f"Ex-0{level}", f"EX-0{level} (Executive)"][style % 8]


def fy(year: int) -> str:
    return f"{year}-{str(year + 1)[2:]}"


# ---------------------------------------------------------------- OCR damage

def ocr_digits(s: str, rng: random.Random, p: float) -> str:
    table = {"0": "O", "1": "I", "5": "S", "8": "B"}
    out = []
    for ch in s:
        if ch in table and rng.random() < p:
            out.append("l" if ch == "1" and rng.random() < 0.3 else table[ch])
        else:
            out.append(ch)
    return "".join(out)


def ocr_prose(s: str, rng: random.Random, p: float) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        r = rng.random()
        if r < p * 0.3 and "m" in w:
            w = w.replace("m", "rn", 1)
        elif r < p * 0.5 and "e" in w[1:]:
            i = w.index("e", 1)
            w = w[:i] + "c" + w[i + 1:]
        elif r < p * 0.7 and "l" in w:
            w = w.replace("l", "I", 1)
        elif r < p * 0.8 and "i" in w:
            w = w.replace("i", "l", 1)
        out.append(w)
        if rng.random() < p * 0.25 and out:
            out.append("")  # words run together
    txt = ""
    for w in out:
        if w == "":
            txt = txt.rstrip(" ")
            continue
        txt += w + " "
    return txt.rstrip()


def wrap(s: str, width: int, rng: random.Random | None = None, hyph: float = 0.0) -> list[str]:
    lines, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            if rng and hyph and len(w) > 7 and w.isalpha() and rng.random() < hyph:
                cut = len(w) // 2
                lines.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
                continue
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- labels

LAB = {
    "en": {
        "title": ["Position Title", "Title", "Official Position Title", "Job Title", "Title of Position", "Position"],
        "class": ["Classification", "Group and Level", "Group/Level", "Level", "Classification (Group & Level)", "Position Level"],
        "job": ["Job Code", "Job Code No.", "Job code #", "Generic Job Code", "Job Number", "Position Job Code"],
        "pos": ["Position Number", "Position No.", "Pos. #", "Position #", "Position Ref. No.", "Position ID"],
        "date": ["Effective Date", "Effective date of description", "Date Effective", "Classification Effective Date",
                 "Effective", "Date of Classification Decision"],
        "snum": ["Supervisor's Position No.", "Supervisor Position Number", "Reports to (position no.)",
                 "Supervisor's Position #", "Immediate Supervisor Position No."],
        "stitle": ["Supervisor's Position Title", "Reports to", "Supervisor Title", "Immediate Supervisor",
                   "Title of Supervisor"],
        "sclass": ["Supervisor's Classification", "Supervisor's Group/Level", "Supervisor Level", "Supervisor's Level",
                   "Classification of Supervisor"],
        "loc": ["Location", "Geographic Location", "Work Location", "City/Province", "Location of Position"],
        "dept": ["Department", "Organization", "Department/Agency"],
        "branch": ["Branch", "Sector", "Branch/Sector"],
        "ga": ["General Accountability", "GENERAL ACCOUNTABILITY", "Purpose of the Position", "Overall Accountability"],
        "org": ["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Structure", "Organizational Context"],
        "dims": ["Dimensions", "DIMENSIONS", "Financial and Human Resource Dimensions", "Key Dimensions", "Resources Managed"],
        "ns": ["Nature and Scope", "NATURE & SCOPE", "Nature of the Work", "Context"],
        "sa": ["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Responsibilities", "Main Activities"],
        "cert": ["Certification", "CERTIFICATION", "Signatures", "Approval"],
    },
    "fr": {
        "title": ["Titre du poste", "Titre", "Titre officiel du poste", "Intitulé du poste", "Titre de poste"],
        "class": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau", "Classification (groupe et niveau)"],
        "job": ["Code d'emploi", "No du code d'emploi", "Code de l'emploi", "Numéro de code d'emploi", "Code d'emploi générique"],
        "pos": ["Numéro du poste", "No du poste", "N° de poste", "Numéro de poste", "No de référence du poste"],
        "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'effet", "Date de la classification"],
        "snum": ["No de poste du superviseur", "Numéro du poste du surveillant", "Poste du supérieur immédiat (no)",
                 "N° de poste du superviseur"],
        "stitle": ["Titre du poste du superviseur", "Relève de", "Titre du surveillant", "Supérieur immédiat"],
        "sclass": ["Classification du superviseur", "Groupe/niveau du superviseur", "Niveau du superviseur",
                   "Classification du surveillant"],
        "loc": ["Lieu", "Lieu de travail", "Emplacement géographique", "Endroit", "Lieu du poste"],
        "dept": ["Ministère", "Organisation", "Ministère/organisme"],
        "branch": ["Direction générale", "Secteur", "Direction générale/secteur"],
        "ga": ["Responsabilité générale", "RESPONSABILITÉS GÉNÉRALES", "Raison d'être du poste", "Objet du poste"],
        "org": ["Structure organisationnelle", "STRUCTURE DE L'ORGANISATION", "Structure", "Contexte organisationnel"],
        "dims": ["Dimensions", "DIMENSIONS", "Ressources financières et humaines", "Principales dimensions",
                 "Ressources gérées"],
        "ns": ["Nature et portée", "NATURE ET ÉTENDUE", "Nature du travail", "Contexte"],
        "sa": ["Responsabilités spécifiques", "ACTIVITÉS PRINCIPALES", "Responsabilités principales", "Fonctions principales"],
        "cert": ["Certification", "ATTESTATION", "Signatures", "Approbation"],
    },
}

MONEY_LAB = {
    "en": {"sal": ["Salary", "Salaries", "Salary (excluding EBP)", "Salary budget", "Personnel (salary)"],
           "om": ["O&M", "Operations and Maintenance", "O & M", "Non-salary operating (O&M)", "Operating and Maintenance"],
           "tot": ["Total", "Total operating budget", "Total (Salary + O&M)", "Total Salary and O&M", "Total budget"],
           "gc": ["Grants and Contributions", "G&Cs", "Grants & Contributions (Vote 5)", "Contributions"],
           "cap": ["Capital", "Capital (Vote 5)", "Capital budget"],
           "rev": ["Revenues", "Revenue (vote-netted)", "Cost-recovered revenues"],
           "tp": ["Transfer payments", "Statutory transfer payments", "Transfer payments administered"],
           "fte": ["FTEs", "Full-time equivalents", "Person-years", "Human resources", "Staff"]},
    "fr": {"sal": ["Salaires", "Salaire", "Salaires (sans RASE)", "Budget salarial", "Traitements et salaires"],
           "om": ["F et E", "Fonctionnement et entretien", "F&E", "Budget de fonctionnement (hors salaires)",
                  "Dépenses de fonctionnement et d'entretien"],
           "tot": ["Total", "Budget de fonctionnement total", "Total (salaires et F et E)", "Total des salaires et du F et E"],
           "gc": ["Subventions et contributions", "S et C", "Subventions et contributions (crédit 5)", "Contributions"],
           "cap": ["Immobilisations", "Budget d'immobilisations", "Capital"],
           "rev": ["Recettes", "Revenus (crédit net)", "Recettes disponibles"],
           "tp": ["Paiements de transfert", "Paiements de transfert législatifs"],
           "fte": ["ETP", "Équivalents temps plein", "Années-personnes", "Ressources humaines", "Effectif"]},
}

EN_MONEY_STYLES = ["M", "full", "K", "Mword", "full00", "Mdollars", "Kplain", "Msp", "kdollars"]
FR_MONEY_STYLES = ["fr_M", "fr_full", "fr_full00", "fr_k", "fr_Mword", "fr_K", "fr_dollar_first"]


# ---------------------------------------------------------------- the plan

# (kind, language) of the 45 descriptions, in order of the positions (the 45th is a second
# version of the first position).
PLAN = (
    [("docx", "en")] * 11 + [("docx", "fr")] * 4 + [("docx", "bilingual")] * 3
    + [("markdown", "en")] * 6 + [("markdown", "fr")] + [("markdown", "bilingual")]
    + [("text", "en")] * 5 + [("text", "fr")] * 2 + [("text", "bilingual")]
    + [("text-cp1252", "en")] * 2 + [("text-cp1252", "fr")] * 2
    + [("ocr", "en")] * 3 + [("ocr", "fr")] + [("ocr", "bilingual")]
    + [("pdf", "en")]
)
assert len(PLAN) == 44, len(PLAN)


def make_positions(rng: random.Random) -> list[dict]:
    order = list(range(len(T.POSITIONS)))
    rng.shuffle(order)
    used_pos, out = set(), []
    for i, (kind, lang) in enumerate(PLAN):
        p = T.POSITIONS[order[i]]
        dept, branch, title, level, stitle, slevel, domain, reports = p
        while True:
            pn = str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 999999),
                                 rng.randint(1000, 99999999)]))
            if pn not in used_pos:
                used_pos.add(pn)
                break
        if i % 6 == 2:
            pn = pn.zfill(8)  # Phoenix-style, leading zeros
        spn = str(rng.randint(10000, 999999))
        job = str(rng.randint(100000, 109999))
        year = rng.randint(2014, 2025)
        month = rng.randint(1, 12)
        day = rng.choice([1, 1, rng.randint(2, 28), rng.randint(13, 28)])
        eff = dt.date(year, month, day)
        # direct reports and their people
        drs = []
        for j, (ten, tfr, cls) in enumerate(reports):
            fte = rng.choice([rng.randint(2, 18), rng.randint(6, 45), rng.randint(1, 9) + 0.5, 1])
            if cls.startswith("AS-0") and cls < "AS-04":
                fte = 1  # an assistant
            drs.append({"en": ten, "fr": tfr, "class": cls, "fte": fte})
        size = sum(d["fte"] for d in drs)
        unit_fte = size + rng.choice([1, 2, 3, 0])
        salary = int(round(unit_fte * rng.randint(95, 125) * 1000, -4))
        salary = max(salary, 300_000)
        if i % 3 == 1:
            salary += rng.randint(1, 9) * 1000  # thousands, so some notations fall back
        om = rng.choice([rng.randint(40, 400) * 1000, rng.randint(5, 250) * 10000, rng.randint(100, 990) * 1000])
        extras = {}
        if i % 2 == 0:
            extras["gc"] = rng.choice([rng.randint(5, 95) * 1_000_000, rng.randint(12, 480) * 100_000])
        if i % 5 == 1:
            extras["cap"] = rng.randint(3, 60) * 100_000
        if i % 7 == 3:
            extras["rev"] = rng.randint(2, 40) * 100_000
        if i % 9 == 4:
            extras["tp"] = rng.randint(11, 95) * 100_000_000
        out.append(dict(idx=i, kind=kind, lang=lang, dept=dept, branch=branch, title=title, level=level,
                        stitle=stitle, slevel=slevel, domain=domain, drs=drs, pn=pn, spn=spn, job=job, eff=eff,
                        unit_fte=unit_fte, salary=salary, om=om, extras=extras))
    return out


# ---------------------------------------------------------------- one description's content

def decide(p: dict, rng: random.Random) -> dict:
    """Which fields this document states, and in which notation."""
    i, lang = p["idx"], p["lang"]
    L = "fr" if lang == "fr" else "en"
    d = dict(L=L)
    d["has_job"] = i % 4 != 3
    d["has_pos"] = i % 17 != 9
    d["has_date"] = i % 10 != 7
    d["has_loc"] = i % 7 != 5
    d["has_snum"] = i % 3 != 2
    d["has_sclass"] = i % 6 != 4
    d["sup_sentence"] = i % 5 == 3
    d["total_stated"] = i % 5 in (0, 2, 4)
    d["dims_style"] = ["bullets", "years", "prose", "thousands", "bullets", "combined", "years", "bullets",
                       "opbudget", "prose", "bullets"][i % 11]
    d["money_style"] = (FR_MONEY_STYLES if L == "fr" else EN_MONEY_STYLES)[(i * 5) % (7 if L == "fr" else 9)]
    d["money_style2"] = (FR_MONEY_STYLES if L == "fr" else EN_MONEY_STYLES)[(i * 3 + 2) % (7 if L == "fr" else 9)]
    d["date_style"] = (i * 7) % 8
    d["level_style"] = (i * 3) % 8
    d["lab"] = i
    d["dr_style"] = ["list", "table", "prose", "list", "list", "table", "prose", "list"][i % 8]
    d["dr_form"] = i
    d["job_fmt"] = i % 6
    d["pos_fmt"] = (i // 2) % 5
    d["template_csr"] = i % 8 == 6
    d["incumbent"] = i % 4 == 1
    d["signers"] = i % 3 != 1
    d["section_order"] = i % 2
    # numbers as the document states them: what a careful reader takes
    dr_truth = []
    dr_render = []
    for j, r in enumerate(p["drs"]):
        form = (i + j * 3) % (10 if L == "en" else 7)
        cls, fte = r["class"], r["fte"]
        if (L == "en" and form == 8) or (L == "fr" and form == 6):
            fte = None
        if L == "en" and form == 9:
            cls = None
        if isinstance(fte, float) and form in (1, 3, 4, 6, 7) and L == "en":
            fte = int(fte + 0.5)  # whole counts in these forms
        if isinstance(fte, float) and form in (2, 4, 5) and L == "fr":
            fte = int(fte + 0.5)
        dr_truth.append({"title": r["fr"] if L == "fr" else r["en"], "classification": cls, "fte": fte})
        dr_render.append((form, r["fr"] if L == "fr" else r["en"], cls, fte))
    d["dr_truth"], d["dr_render"] = dr_truth, dr_render
    return d


def fmt_job(job: str, f: int, L: str) -> str:
    return [job, f"{job[:3]} {job[3:]}", f"JC-{job}", f"#{job}", f"{job} (generic)", f"No. {job}"][f] \
        if L == "en" else [job, f"{job[:3]} {job[3:]}", f"no {job}", job, f"{job} (générique)", f"CE-{job}"][f]


def fmt_pos(pn: str, f: int, L: str) -> str:
    if f == 1 and len(pn) >= 6:
        return f"{pn[:-4]} {pn[-4:]}"
    if f == 2 and len(pn) >= 6:
        return f"{pn[:-4]}-{pn[-4:]}"
    if f == 3:
        return f"No. {pn}" if L == "en" else f"no {pn}"
    return pn


def fte_text(form: int, fte, L: str, rng: random.Random) -> str:
    if fte is None:
        return ""
    n = num(fte, L)
    if fte < 3 and form in (4, 6, 7, 5):
        return (f"{n} FTE" if fte == 1 else f"{n} FTEs") if L == "en" else f"{n} ETP"
    if L == "en":
        if form == 0:
            return f"{n} FTE" if fte == 1 else f"{n} FTEs"
        if form == 1:
            return f"{n} FTE"
        if form == 2:
            return f"{n} FTEs"
        if form == 3:
            return f"staff of {n}"
        if form == 4:
            if int(fte) <= 20 and int(fte) % 2 == 0:
                return f"{WORDS_EN[int(fte)]} employees"
            w = WORDS_EN[int(fte)] if int(fte) <= 20 else n
            return f"{w} ({n}) employees"
        if form == 5:
            return f"{n} person-years"
        if form == 6:
            b = max(1, int(fte) // 4)
            return f"{int(fte) - b} indeterminate + {b} term"
        if form == 7:
            v = max(1, int(fte) // 5)
            return f"{n} FTEs incl. {v} vacant"
        return f"{n} FTEs"
    if form == 0:
        return f"{n} ETP"
    if form == 1:
        return f"{n} ETP"
    if form == 2:
        return f"effectif de {n}"
    if form == 3:
        return f"{n} années-personnes"
    if form == 4:
        b = max(1, int(fte) // 4)
        return f"{int(fte) - b} postes permanents et {b} postes temporaires"
    if form == 5:
        v = max(1, int(fte) // 5)
        return f"{n} ETP, dont {v} poste{'s' if v > 1 else ''} vacant{'s' if v > 1 else ''}"
    return f"{n} ETP"


def dr_line(form: int, title: str, cls, fte, L: str, rng) -> str:
    ft = fte_text(form, fte, L, rng)
    if L == "en":
        return [f"{title} ({cls}, {ft})", f"{cls} - {title} ({ft})", f"{title} – {cls} – {ft}",
                f"{title} [{cls}] ({ft})", f"{title} ({cls}) — {ft}", f"{title}, {cls}: {ft}",
                f"{title} ({cls}; {ft})", f"{title} ({cls}, {ft})", f"{title} ({cls})", f"{title} — {ft}"][form]
    return [f"{title} ({cls}, {ft})", f"{cls} – {title} ({ft})", f"{title} [{cls}] ({ft})",
            f"{title} ({cls}) : {ft}", f"{title} ({cls}; {ft})", f"{title} ({cls}, {ft})", f"{title} ({cls})"][form]


RESP_EN = ["responsible for day-to-day operations and service standards", "responsible for policy and program design",
           "responsible for planning, monitoring and reporting", "responsible for stakeholder relations",
           "provides advice and analysis to the Director"]
RESP_FR = ["responsable des opérations quotidiennes et des normes de service",
           "responsable de la conception des politiques et des programmes",
           "responsable de la planification, du suivi et des rapports", "responsable des relations avec les intervenants",
           "fournit des conseils et des analyses au directeur"]


def city(p: dict, L: str) -> tuple[str, str]:
    """(the text shown, the truth)."""
    en, fr = T.DEPTS[p["dept"]][2], T.DEPTS[p["dept"]][3]
    if p["idx"] % 9 == 8 and L == "en":
        c, prov = en.split(", ")
        abbr = {"Ontario": "ON", "Quebec": "QC", "Manitoba": "MB", "New Brunswick": "NB", "Alberta": "AB",
                "Prince Edward Island": "PE"}[prov]
        return f"{c}, {abbr}", en
    if L == "fr":
        c, prov = fr.split(" (")
        return fr, f"{c}, {prov[:-1]}"
    return en, en


# ---------------------------------------------------------------- dimensions text

def dims_lines(p: dict, d: dict, truth: dict, sp: str = " ") -> list[str]:
    """The dimensions as lines of text (also fills the truth's money fields)."""
    L, st, st2 = d["L"], d["money_style"], d["money_style2"]
    ML = MONEY_LAB[L]
    k = p["idx"]
    sal, om, ex = p["salary"], p["om"], p["extras"]
    tot = sal + om
    lines = []
    style = d["dims_style"]
    fte_lab = ML["fte"][k % len(ML["fte"])]
    fte_val = num(p["unit_fte"], L)
    truth["also_fte"] = p["unit_fte"]
    extra_lines = []
    for key in ("gc", "cap", "rev"):
        if key in ex:
            extra_lines.append(f"{ML[key][k % len(ML[key])]}: {money(ex[key], st2, sp)}")
    if "tp" in ex:
        extra_lines.append(f"{ML['tp'][k % len(ML['tp'])]}: {big(ex['tp'], L)}")
    truth.update(salary=sal, o_and_m=om, total=tot if d["total_stated"] else None)
    if style in ("bullets",):
        if k % 2:
            lines.append(f"{fte_lab}: {fte_val}")
        lines.append(f"{ML['sal'][k % 5]}: {money(sal, st, sp)}")
        lines.append(f"{ML['om'][k % 5]}: {money(om, st, sp)}")
        if d["total_stated"]:
            lines.append(f"{ML['tot'][k % len(ML['tot'])]}: {money(tot, st, sp)}")
        lines += extra_lines
        if not k % 2:
            lines.append(f"{fte_lab}: {fte_val}")
    elif style == "years":
        y = p["eff"].year if p["eff"].month >= 4 else p["eff"].year - 1
        cols = [y - 1, y, y + 1] if k % 4 == 0 else [y - 1, y]
        prev = lambda v: int(round(v * 0.94, -3))  # noqa: E731
        nxt = lambda v: int(round(v * 1.03, -3))  # noqa: E731
        if L == "en":
            heads = [f"{fy(c)} " + ("Actual" if c < y else "(current year)" if c == y else "Planned") for c in cols]
        else:
            heads = [f"{fy(c)} " + ("réel" if c < y else "(exercice en cours)" if c == y else "prévu") for c in cols]

        def row(lab, v):
            vals = [prev(v) if c < y else v if c == y else nxt(v) for c in cols]
            return f"{lab:<32}" + "".join("  " + f"{money(x, st, sp):>16}" for x in vals)
        lines.append(" " * 32 + "".join("  " + f"{h:>24}" for h in heads))
        lines.append(row(ML["sal"][k % 5], sal))
        lines.append(row(ML["om"][k % 5], om))
        if d["total_stated"]:
            lines.append(row(ML["tot"][k % len(ML["tot"])], tot))
        for key in ("gc", "cap"):
            if key in ex:
                lines.append(row(ML[key][k % len(ML[key])], ex[key]))
        lines.append(f"{fte_lab}: {fte_val}")
        for key in ("rev",):
            if key in ex:
                lines.append(f"{ML[key][k % len(ML[key])]}: {money(ex[key], st2, sp)}")
    elif style == "prose":
        if L == "en":
            s = (f"The Directorate has {fte_val} full-time equivalents and a salary budget of {money(sal, st, sp)}; "
                 f"its operating and maintenance budget is {money(om, st2, sp)}")
            if d["total_stated"]:
                s += f", for a total operating budget of {money(tot, st, sp)}"
            s += "."
            if "gc" in ex:
                s += f" The Director also manages {money(ex['gc'], st2, sp)} in grants and contributions annually, which varies between years."
            if "cap" in ex:
                s += f" A capital budget of {money(ex['cap'], st2, sp)} is managed separately."
            if "rev" in ex:
                s += f" The Directorate generates {money(ex['rev'], st2, sp)} in revenues."
            if "tp" in ex:
                s += f" Transfer payments of about {big(ex['tp'], L)} a year flow through systems the Directorate maintains."
        else:
            s = (f"La direction compte {fte_val} équivalents temps plein et dispose d'un budget salarial de {money(sal, st, sp)}; "
                 f"son budget de fonctionnement et d'entretien s'élève à {money(om, st2, sp)}")
            if d["total_stated"]:
                s += f", pour un budget de fonctionnement total de {money(tot, st, sp)}"
            s += "."
            if "gc" in ex:
                s += f" Le directeur gère également {money(ex['gc'], st2, sp)} en subventions et contributions par année."
            if "cap" in ex:
                s += f" Un budget d'immobilisations de {money(ex['cap'], st2, sp)} est géré séparément."
            if "rev" in ex:
                s += f" La direction génère des recettes de {money(ex['rev'], st2, sp)}."
            if "tp" in ex:
                s += f" Des paiements de transfert d'environ {big(ex['tp'], L)} par année transitent par les systèmes de la direction."
        lines.append(s)
    elif style == "thousands":
        head = "($000)" if L == "en" else "(en milliers de dollars)"
        sal = int(round(sal, -3))
        truth.update(salary=sal, total=(sal + om) if d["total_stated"] else None)
        g = lambda v: grouped(v // 1000, "," if L == "en" else sp)  # noqa: E731
        lines.append(f"{'Budget ' + head:<40}")
        lines.append(f"{ML['sal'][k % 5]:<40}{g(sal):>10}")
        lines.append(f"{ML['om'][k % 5]:<40}{g(om):>10}")
        if d["total_stated"]:
            lines.append(f"{ML['tot'][k % len(ML['tot'])]:<40}{g(sal + om):>10}")
        for key in ("gc", "cap", "rev"):
            if key in ex:
                lines.append(f"{ML[key][k % len(ML[key])]:<40}{g(int(round(ex[key], -3))):>10}")
        lines.append(f"{fte_lab}: {fte_val}")
    elif style == "combined":
        lab = "Combined Salary and O&M" if L == "en" else "Salaires et F et E combinés"
        truth.update(salary=None, o_and_m=None, total=tot)
        lines.append(f"{fte_lab}: {fte_val}")
        lines.append(f"{lab}: {money(tot, st, sp)}")
        lines += extra_lines
    elif style == "opbudget":
        lab = "Operating Budget (salary and O&M)" if L == "en" else "Budget de fonctionnement (salaires et F et E)"
        truth.update(salary=None, o_and_m=None, total=tot)
        truth["also_operating"] = tot
        lines.append(f"{lab}: {money(tot, st, sp)}")
        lines += extra_lines
        lines.append(f"{fte_lab}: {fte_val}")
    if "gc" in ex:
        truth["also_program"] = ex["gc"]
        if k % 6 == 4:
            lo, hi = int(ex["gc"] * 0.8), int(ex["gc"] * 1.3)
            lines.append(("Annual contribution commitments range from " + big(lo, L) + " to " + big(hi, L) + ".")
                         if L == "en" else ("Les engagements annuels de contributions varient de " + big(lo, L)
                                            + " à " + big(hi, L) + "."))
    return lines


# ---------------------------------------------------------------- the text of a description

def describe(p: dict, rng: random.Random) -> tuple[dict, dict]:
    """The parts of a description (labels and values, sections) and its truth."""
    d = decide(p, rng)
    L, lang, i = d["L"], p["lang"], p["idx"]
    labs = LAB[L]
    dept = T.DEPTS[p["dept"]]
    title = p["title"][1] if L == "fr" else p["title"][0]
    stitle = p["stitle"][1] if L == "fr" else p["stitle"][0]
    loc_shown, loc_truth = city(p, L)
    people_pool = T.PEOPLE_FR if L == "fr" else T.PEOPLE_EN
    truth = {}
    header = []  # (label key, label text, value shown)

    def lab(key, bil=None):
        base = labs[key][(i + len(key)) % len(labs[key])]
        if lang == "bilingual":
            fr = LAB["fr"][key][(i + len(key)) % len(LAB["fr"][key])]
            return f"{base} / {fr}"
        return base

    if lang == "bilingual":
        header.append(("title", lab("title"), f"{p['title'][0]} / {p['title'][1]}"))
    else:
        header.append(("title", lab("title"), title))
    header.append(("class", lab("class"), level_str(p["level"], d["level_style"])))
    if d["has_job"]:
        header.append(("job", lab("job"), fmt_job(p["job"], d["job_fmt"], L)))
    if d["has_pos"]:
        header.append(("pos", lab("pos"), fmt_pos(p["pn"], d["pos_fmt"], L)))
    header.append(("dept", lab("dept"), dept[1] if L == "fr" else dept[0]))
    header.append(("branch", lab("branch"), p["branch"][1] if L == "fr" else p["branch"][0]))
    if d["has_date"]:
        header.append(("date", lab("date"), date_str(p["eff"], d["date_style"], L)))
    if d["has_loc"]:
        header.append(("loc", lab("loc"), loc_shown))
    sup_lines = []
    slev = level_str(p["slevel"], d["level_style"] + 1)
    if slev.startswith("("):
        slev = slev.strip("()")
    if d["sup_sentence"]:
        if L == "en":
            s = f"The {title} reports to the {stitle}"
            if d["has_sclass"]:
                s += f" ({slev})"
            if d["has_snum"]:
                s += f", position number {p['spn']}"
            s += "."
        else:
            s = f"Le titulaire relève du {stitle}"
            if d["has_sclass"]:
                s += f" ({slev})"
            if d["has_snum"]:
                s += f", poste no {p['spn']}"
            s += "."
        sup_lines.append(s)
    else:
        if d["has_snum"]:
            header.append(("snum", lab("snum"), p["spn"]))
        header.append(("stitle", lab("stitle"), stitle))
        if d["has_sclass"]:
            header.append(("sclass", lab("sclass"), slev))
    if i % 3 == 0:  # header order varies
        header = header[:2] + header[4:] + header[2:4]
    truth["fields"] = {
        "title": p["title"][0] if lang == "bilingual" else title,
        "classification": f"EX-0{p['level']}",
        "job_code": p["job"] if d["has_job"] else None,
        "position_number": p["pn"] if d["has_pos"] else None,
        "effective_date": p["eff"] if d["has_date"] else None,
        "supervisor": {"position_number": p["spn"] if d["has_snum"] else None, "title": stitle,
                       "classification": f"EX-0{p['slevel']}" if d["has_sclass"] else None},
        "direct_reports": d["dr_truth"],
        "salary": None, "o_and_m": None, "total": None,
        "location": loc_truth if d["has_loc"] else None,
    }
    # people
    people = []
    inc = None
    if d["incumbent"]:
        inc = people_pool[(i * 7) % len(people_pool)]
        people.append(inc)
    signers = []
    if d["signers"]:
        a = people_pool[(i * 3 + 1) % len(people_pool)]
        b = people_pool[(i * 5 + 4) % len(people_pool)]
        if b == a or b == inc:
            b = people_pool[(i * 5 + 6) % len(people_pool)]
        signers = [(a, stitle), (b, "Sous-ministre adjoint" if L == "fr" else "Assistant Deputy Minister")]
        people += [a, b]
    contact = None
    if i % 5 == 2:
        contact = T.PEOPLE_EN[(i * 11) % len(T.PEOPLE_EN)] if L == "en" else T.PEOPLE_FR[(i * 11) % len(T.PEOPLE_FR)]
        if contact not in people:
            people.append(contact)
    truth["people"] = people
    # prose
    dom = p["domain"][1] if L == "fr" else p["domain"][0]
    unit = "Directorate" if L == "en" else "direction"
    if L == "en":
        ga = T.GA_EN.format(title=title, d=dom, unit=unit)
        accs = [a.format(d=dom, sup=stitle, unit=unit) for a in rng.sample(T.ACCOUNT_EN, 6)]
        scope = [s_.format(unit=unit) for s_ in T.SCOPE_EN]
    else:
        ga = T.GA_FR.format(title=title, d=dom)
        accs = [a.format(d=dom, sup=stitle) for a in rng.sample(T.ACCOUNT_FR, 6)]
        scope = T.SCOPE_FR[:]
    rng.shuffle(scope)
    money_truth = {}
    sp = NBSP if (p["kind"] == "docx" and L == "fr" and i % 2 == 0) else " "
    dims = dims_lines(p, d, money_truth, sp)
    truth["fields"].update(salary=money_truth["salary"], o_and_m=money_truth["o_and_m"], total=money_truth["total"])
    truth["also"] = {"fte": money_truth.get("also_fte"), "operating_budget": money_truth.get("also_operating"),
                     "program_budget": money_truth.get("also_program"), "provisional_number": None}
    if lang == "bilingual":
        truth["also"]["title_fr"] = p["title"][1]
    for key, name in (("gc", "grants_and_contributions"), ("cap", "capital"), ("rev", "revenues"),
                      ("tp", "transfer_payments")):
        if key in p["extras"]:
            truth["also"][name] = p["extras"][key]
    # direct reports: the lines and the structure sentence
    n_sup = ["one of four", "one of five", "one of six", "one of seven"][i % 4]
    n_sup_fr = ["l'un des quatre", "l'un des cinq", "l'un des six", "l'un des sept"][i % 4]
    if L == "en":
        org_intro = f"The {title} is {n_sup} executives reporting to the {stitle}."
        dr_intro = f"Reporting to the {title.split(',')[0]} are:"
    else:
        org_intro = f"Le poste est {n_sup_fr} postes de direction relevant du {stitle}."
        dr_intro = f"Relèvent du titulaire :"
    dr_items = []
    for j, (form, t, c, f) in enumerate(d["dr_render"]):
        dr_items.append(dr_line(form, t, c, f, L, rng))
    resp = (RESP_FR if L == "fr" else RESP_EN)
    desc = dict(d=d, header=header, sup_lines=sup_lines, ga=ga, accs=accs, scope=scope, dims=dims,
                org_intro=org_intro, dr_intro=dr_intro, dr_items=dr_items, resp=resp, signers=signers,
                incumbent=inc, contact=contact, dom=dom, title=title, stitle=stitle, dept=dept, L=L)
    if L == "fr":
        fix = lambda t: (t.replace(" à les ", " aux ").replace(" à le ", " au ").replace(" de les ", " des ")  # noqa: E731
                         .replace(" de le ", " du "))
        desc["ga"] = fix(desc["ga"])
        desc["accs"] = [fix(a) for a in desc["accs"]]
    return desc, truth


def dr_prose(desc: dict) -> str:
    d, L = desc["d"], desc["L"]
    parts = []
    for form, t, c, f in d["dr_render"]:
        if L == "en":
            s = f"the {t}"
            if c:
                s += f" ({c})"
            if f is not None:
                s += f", with a staff of {num(f, L)}" if form % 2 else f", who manages {num(f, L)} FTE{'' if f == 1 else 's'}"
        else:
            s = f"le {t}" if not t.startswith(("A", "É", "I")) else f"l'{t}"
            if c:
                s += f" ({c})"
            if f is not None:
                s += f", qui dirige un effectif de {num(f, L)}" if form % 2 else f" ({num(f, L)} ETP)"
        parts.append(s)
    joined = ", ".join(parts[:-1]) + (" and " if L == "en" else " et ") + parts[-1] if len(parts) > 1 else parts[0]
    if L == "en":
        return f"Reporting directly to the position are {joined}."
    return f"Relèvent directement du poste {joined}."


# ---------------------------------------------------------------- renderers

def sections(desc: dict) -> list[tuple[str, list]]:
    """Ordered sections: (heading key, content items). Items are ('p', text), ('li', text), ('ol', text),
    ('dims', lines), ('drs', None)."""
    d = desc["d"]
    labs = LAB[desc["L"]]
    i = d["lab"]
    org = [("p", desc["org_intro"])] + [("p", s) for s in desc["sup_lines"]] + [("drs", None)]
    ga = [("p", desc["ga"])]
    ns = [("p", s) for s in desc["scope"]]
    dims = [("dims", desc["dims"])]
    if d["template_csr"]:
        L = desc["L"]
        csr = (T.CSR_FR if L == "fr" else T.CSR_EN)
        ka = (T.KEYACT_FR if L == "fr" else T.KEYACT_EN)
        sa_h = "Résultats axés sur le service à la clientèle" if L == "fr" else "Client Service Results"
        ka_h = "Activités principales" if L == "fr" else "Key Activities"
        sa = [(sa_h, [("li", c.format(d=desc["dom"])) for c in csr]), (ka_h, [("li", k.format(d=desc["dom"])) for k in ka])]
    else:
        sa = [(labs["sa"][i % len(labs["sa"])], [("ol", a) for a in desc["accs"]])]
    h = lambda key: labs[key][i % len(labs[key])]  # noqa: E731
    if d["section_order"] == 0:
        out = [(h("ga"), ga), (h("org"), org), (h("ns"), ns), (h("dims"), dims)] + sa
    else:
        out = [(h("ga"), ga), (h("ns"), ns)] + sa + [(h("org"), org), (h("dims"), dims)]
    return out


def signature_lines(desc: dict) -> list[str]:
    L = desc["L"]
    out = []
    if desc["signers"]:
        for name, role in desc["signers"]:
            out += ["", "_______________________________", name, role,
                    ("Date: " if L == "en" else "Date : ") + "________________"]
    if desc["contact"]:
        out += ["", (f"Contact: {desc['contact']}, Classification Advisor" if L == "en"
                     else f"Personne-ressource : {desc['contact']}, conseillère en classification")]
    return out


def render_text(desc: dict, kind: str, rng: random.Random) -> str:
    """markdown, text, text-cp1252, ocr, pdf: the document as text."""
    d, L = desc["d"], desc["L"]
    i = d["lab"]
    md = kind == "markdown"
    lines = []
    top = ("EXECUTIVE WORK DESCRIPTION" if L == "en" else "DESCRIPTION DE TRAVAIL DE LA DIRECTION")
    if p_bil(desc):
        top = "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL - CADRES DE DIRECTION"
    lines.append(f"# {top.title() if i % 2 else top}" if md else top)
    if md and i % 3 == 0:
        lines.insert(0, "--- Structured Job Description ---\n")
    lines.append("")
    layout = i % 5  # text layouts
    width = max(len(lab) for _, lab, _ in desc["header"]) + 3
    if md:
        if i % 2:
            lines.append("| Field | Value |" if L == "en" else "| Champ | Valeur |")
            lines.append("|---|---|")
            for _, lab, val in desc["header"]:
                lines.append(f"| {lab} | {val} |")
        else:
            for _, lab, val in desc["header"]:
                lines.append(f"*   **{lab}:** {val}")
    else:
        for _, lab, val in desc["header"]:
            colon = ":" if L == "en" else " :"
            if layout == 0:
                lines.append(f"{lab}{colon} {val}")
            elif layout == 1:
                lines.append(f"{lab.upper()}{colon}")
                lines.append(f"    {val}")
            elif layout == 2:
                lines.append(f"{lab} {'.' * (width + 4 - len(lab))} {val}")
            elif layout == 3:
                lines.append(f"{lab}\t{val}")
            else:
                lines.append(f"{lab}{colon}".ljust(width + 2) + val)
    if desc["incumbent"]:
        lines.append(("Incumbent: " if L == "en" else "Titulaire : ") + desc["incumbent"])
    for head, items in sections(desc):
        lines.append("")
        if md:
            lines.append(f"## {head}")
        elif i % 4 == 1:
            lines.append(head.upper())
            lines.append("-" * len(head))
        else:
            lines.append(head.upper() if i % 2 else head)
        lines.append("")
        n = 0
        for typ, val in items:
            if typ == "p":
                lines.append(val)
                lines.append("")
            elif typ == "li":
                lines.append(f"*   {val}" if md else f"- {val}")
            elif typ == "ol":
                n += 1
                lines.append(f"{n}.  {val}" if md else f"{n}. {val}")
            elif typ == "dims":
                if md and d["dims_style"] in ("bullets", "combined", "opbudget"):
                    for ln in val:
                        labx, _, v = ln.partition(": ")
                        lines.append(f"*   **{labx.rstrip()}:** {v}" if v else f"*   {ln}")
                elif md and d["dims_style"] in ("years", "thousands"):
                    lines.append("```")
                    lines += val
                    lines.append("```")
                else:
                    lines += val
            elif typ == "drs":
                if d["dr_style"] == "prose":
                    lines.append(dr_prose(desc))
                elif d["dr_style"] == "table" and md:
                    hd = ("| Position | Group/Level | FTEs |" if L == "en" else "| Poste | Groupe et niveau | ETP |")
                    lines += ["", hd, "|---|---|---|"]
                    for form, t, c, f in d["dr_render"]:
                        lines.append(f"| {t} | {c or ''} | {fte_text(form, f, L, rng) if f is not None else ''} |")
                    lines.append("")
                else:
                    lines.append(desc["dr_intro"])
                    for j, item in enumerate(desc["dr_items"]):
                        tail = f": {desc['resp'][j % 5]}" if i % 2 == 0 else ""
                        lines.append(f"*   **{item}**{tail}" if md else f"- {item}{tail}")
                    lines.append("")
    cert = LAB[L]["cert"][i % 4]
    lines += ["", f"## {cert}" if md else cert.upper()]
    lines.append("The foregoing is an accurate and complete statement of the duties assigned to the position."
                 if L == "en" else "La présente description est un énoncé exact et complet des fonctions du poste.")
    lines += signature_lines(desc)
    text = "\n".join(lines).rstrip() + "\n"
    if kind == "markdown":
        return text.replace("\n\n\n", "\n\n")
    return text


def p_bil(desc):
    return desc.get("bilingual", False)


def ocr_render(desc: dict, rng: random.Random) -> str:
    """An OCR'd scan: values with O/I/S/B for digits, letters confused, words run together, a page to a
    line with running footers and page numbers."""
    d, L = desc["d"], desc["L"]
    i = d["lab"]
    p = 0.45 if i % 2 else 0.7
    out = []
    top = "EXECUTIVE GROUP POSITION DESCRIPTION" if L == "en" else "DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION"
    out.append(top)
    for _, lab, val in desc["header"]:
        out.append(f"{lab.upper()}: {ocr_digits(val, rng, p)}")
    if desc["incumbent"]:
        out.append(("INCUMBENT: " if L == "en" else "TITULAIRE : ") + desc["incumbent"])
    for head, items in sections(desc):
        out.append(head.upper())
        n = 0
        for typ, val in items:
            if typ in ("p", "li"):
                out.append(ocr_prose(val, rng, 0.12))
            elif typ == "ol":
                n += 1
                mark = {1: "I.", 5: "S.", 8: "B."}.get(n, f"{n}.")
                out.append(f"{mark} {ocr_prose(val, rng, 0.1)}")
            elif typ == "dims":
                for ln in val:
                    out.append(ocr_digits(" ".join(ln.split()), rng, p))
            elif typ == "drs":
                if d["dr_style"] == "prose":
                    out.append(ocr_digits(dr_prose(desc), rng, p * 0.6))
                else:
                    out.append(desc["dr_intro"])
                    for j, item in enumerate(desc["dr_items"]):
                        out.append(ocr_digits(item, rng, p * 0.6) + " accountable for: " +
                                   ocr_prose(desc["resp"][j % 5], rng, 0.1) if L == "en" else
                                   ocr_digits(item, rng, p * 0.6) + " : " + desc["resp"][j % 5])
    out.append(LAB[L]["cert"][1])
    for name, role in desc["signers"]:
        out.append(f"{name} {role} Date ~!;*: :; [{'Sig' if L == 'en' else 'Signé'}]")
    if desc["contact"]:
        out.append(("Contact: " if L == "en" else "Personne-ressource : ") + desc["contact"])
    words = " ".join(out).split(" ")
    footer = f" {desc['title'][:30]} Protected A" if L == "en" else f" {desc['title'][:30]} Protégé A"
    pages, cur = [], []
    per = 330 + (i % 3) * 40
    for w in words:
        cur.append(w)
        if len(cur) >= per:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
    for n, pg in enumerate(pages, 1):
        head = f"{n} " if n > 1 else ""
        text += head + " ".join(pg) + footer + ("\n" if n < len(pages) else "")
    return text


def docx_bytes(build) -> bytes:
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "Human Resources"
    cp.created = dt.datetime(2024, 1, 1, 9, 0, 0)
    cp.modified = dt.datetime(2024, 1, 1, 9, 0, 0)
    cp.last_modified_by = "Human Resources"
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    build(doc)
    raw = io.BytesIO()
    doc.save(raw)
    # same bytes on every run: fixed timestamps and order in the zip
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(desc: dict, rng: random.Random) -> bytes:
    d, L = desc["d"], desc["L"]
    i = d["lab"]
    bil = p_bil(desc)

    def build(doc):
        top = ("Executive Work Description" if L == "en" else "Description de travail de cadre de direction")
        if bil:
            top = "Executive Work Description / Description de travail de cadre de direction"
        doc.add_heading(top, level=1 if i % 2 else 0)
        if i % 3 != 2:
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for _, lab, val in desc["header"]:
                r = t.add_row().cells
                r[0].text = lab
                r[1].text = val
        else:
            for _, lab, val in desc["header"]:
                para = doc.add_paragraph()
                para.add_run(lab + (":" if L == "en" else " :")).bold = True
                para.add_run("\t" + val if i % 2 else " " + val)
        if desc["incumbent"]:
            doc.add_paragraph(("Incumbent: " if L == "en" else "Titulaire : ") + desc["incumbent"])
        for head, items in sections(desc):
            doc.add_heading(head, level=2)
            for typ, val in items:
                if typ == "p":
                    doc.add_paragraph(val)
                elif typ == "li":
                    doc.add_paragraph(val, style="List Bullet")
                elif typ == "ol":
                    doc.add_paragraph(val, style="List Number")
                elif typ == "dims":
                    if d["dims_style"] in ("bullets", "combined", "opbudget", "thousands") and i % 2 == 0:
                        t = doc.add_table(rows=0, cols=2)
                        t.style = "Table Grid"
                        after = []
                        for ln in val:
                            if ": " in ln:
                                a, _, b = ln.partition(": ")
                            elif "  " in ln.strip():
                                a, b = re.split(r"\s{2,}", ln.strip(), maxsplit=1)
                            elif ln.startswith(("Budget", "($")):
                                a, b = ln.strip(), ""
                            else:
                                after.append(ln)
                                continue
                            r = t.add_row().cells
                            r[0].text, r[1].text = a.strip(), b.strip()
                        for ln in after:
                            doc.add_paragraph(ln)
                    elif d["dims_style"] == "years":
                        rows = [ln for ln in val if ": " not in ln and ("  " in ln.strip() or ln.startswith(" "))]
                        other = [ln for ln in val if ln not in rows]
                        heads = [h for h in rows[0].split("  ") if h.strip()]
                        t = doc.add_table(rows=0, cols=len(heads) + 1)
                        t.style = "Table Grid"
                        r = t.add_row().cells
                        r[0].text = ""
                        for k, h in enumerate(heads):
                            r[k + 1].text = h.strip()
                        for ln in rows[1:]:
                            cells = [c.strip() for c in ln.split("  ") if c.strip()]
                            r = t.add_row().cells
                            for k, c in enumerate(cells[: len(heads) + 1]):
                                r[k].text = c
                        for ln in other:
                            doc.add_paragraph(ln)
                    else:
                        for ln in val:
                            doc.add_paragraph(ln)
                elif typ == "drs":
                    if d["dr_style"] == "prose":
                        doc.add_paragraph(dr_prose(desc))
                    elif d["dr_style"] == "table":
                        doc.add_paragraph(desc["dr_intro"])
                        t = doc.add_table(rows=1, cols=3)
                        t.style = "Table Grid"
                        hd = (["Position", "Group/Level", "FTEs"] if L == "en" else ["Poste", "Groupe et niveau", "ETP"])
                        for k, h in enumerate(hd):
                            t.rows[0].cells[k].text = h
                        for form, tt, c, f in d["dr_render"]:
                            r = t.add_row().cells
                            r[0].text = tt
                            r[1].text = c or ("—" if i % 2 else "")
                            r[2].text = (fte_text(form, f, L, rng) if form in (3, 4, 5, 6, 7) else num(f, L)) if f is not None else ""
                    else:
                        doc.add_paragraph(desc["dr_intro"])
                        for j, item in enumerate(desc["dr_items"]):
                            doc.add_paragraph(item + (f": {desc['resp'][j % 5]}" if i % 2 == 0 else ""),
                                              style="List Bullet")
        doc.add_heading(LAB[L]["cert"][i % 4], level=2)
        doc.add_paragraph("The foregoing is an accurate and complete statement of the duties assigned to the position."
                          if L == "en" else "La présente description est un énoncé exact et complet des fonctions du poste.")
        for ln in signature_lines(desc):
            if ln:
                doc.add_paragraph(ln)
    return docx_bytes(build)


# ---------------------------------------------------------------- file names

def file_name(p: dict, desc: dict, n: int) -> str:
    kind, i = p["kind"], p["idx"]
    title = desc["title"]
    lev = f"EX-0{p['level']}"
    year = p["eff"].year
    short = title.replace("/", "-")
    ext = {"docx": ".docx", "markdown": ".md", "pdf": ".pdf"}.get(kind, ".txt")
    forms = [f"{short}{ext}", f"{short} - signed{ext}", f"{short} ({lev}) FINAL{ext}", f"WD {lev} {short} {year}{ext}",
             f"{short} (1){ext}", f"{short}_{p['dept']}{ext}", f"{short} - {year}-{str(year + 1)[2:]}{ext}",
             f"{p['dept']} - {short} - v2{ext}", f"{short} – révisée{ext}" if desc["L"] == "fr" else f"{short} - revised{ext}",
             f"{short} FINAL - signée{ext}" if desc["L"] == "fr" else f"{short} FINAL - approved{ext}"]
    if kind == "ocr":
        return f"Scan_{year}{p['eff'].month:02d}{p['eff'].day:02d} {short}{ext}"
    return forms[i % len(forms)]


# ---------------------------------------------------------------- refusals

def refusals(rng: random.Random) -> list[tuple[str, str, str, bytes, list[str]]]:
    """(file name, kind, language, bytes, people)."""
    out = []
    memo = """MEMORANDUM

TO:        All Directors General and Directors, Skills and Employment Branch
FROM:      Warren Sinclair, Director, Executive Group Services
DATE:      March 14, 2024
SUBJECT:   Updating EX work descriptions before the 2024-25 talent management cycle

As announced at the March 5 management committee, all EX-01 to EX-03 work descriptions in the
Branch must be reviewed before May 31, 2024. About 42 positions are affected, including the
15 positions funded from the $4.2M reallocation approved in January.

Please confirm for each position:

  - the position number (8 digits in Phoenix, e.g. 00045821) and the job code (e.g. 103745);
  - the dimensions: salary, O&M (e.g. $1.2M / $350K) and any grants and contributions;
  - the number of FTEs, including vacant and term positions.

Descriptions with a salary budget above $5,000,000 or more than 50 FTEs will be reviewed by the
classification committee. Send your drafts to Lucy Arsenault, Classification Advisor.

Warren Sinclair
Director, Executive Group Services
"""
    out.append(("Memo - EX work descriptions update March 2024.txt", "text", "en", memo.encode("utf-8"),
                ["Warren Sinclair", "Lucy Arsenault"]))

    def offer(doc):
        doc.add_paragraph("Emploi et Développement social Canada")
        doc.add_paragraph("Gatineau, le 3 juin 2024")
        doc.add_paragraph("Madame Isabelle Côté")
        doc.add_heading("Objet : Offre de nomination intérimaire – Directrice, Subventions aux apprentis (EX-01)", level=2)
        doc.add_paragraph("Madame,")
        doc.add_paragraph(
            "J'ai le plaisir de vous offrir une nomination intérimaire au poste de directrice, Subventions aux "
            "apprentis, classifié EX-01, poste no 00061473, du 10 juin 2024 au 31 mars 2025. Votre traitement sera "
            "fixé selon l'échelle salariale du groupe EX-01, soit de 128 800 $ à 151 500 $ par année, et vous serez "
            "admissible à la rémunération au rendement.")
        doc.add_paragraph(
            "Vous relèverez du directeur général, Apprentissage et initiatives sectorielles (EX-03). La direction "
            "compte 38 ETP et gère un budget salarial de 3,4 M$ et un budget de F et E de 420 k$.")
        doc.add_paragraph("Veuillez signer et retourner une copie de la présente lettre d'ici le 7 juin 2024.")
        doc.add_paragraph("Veuillez agréer, Madame, l'expression de mes sentiments distingués.")
        doc.add_paragraph("Luc Gagnon")
        doc.add_paragraph("Directeur général, Apprentissage et initiatives sectorielles")
        doc.add_paragraph("J'accepte l'offre : ____________________  Date : __________")
    out.append(("Lettre d'offre - intérim EX-01 - Côté.docx", "docx", "fr", docx_bytes(offer),
                ["Isabelle Côté", "Luc Gagnon"]))
    org = """# Organization Chart – Program Operations Branch (as of April 1, 2024)

**Director General, Program Operations** (EX-03) – pos. 00052210 – vacant (acting: Nadia Haddad)

├── **Director, Western Agreements** (EX-01) – pos. 00052219 – 14 FTEs – Kevin Drummond
│   ├── Manager, BC and Yukon (EC-07) – 6 FTEs
│   └── Manager, Prairies (EC-07) – 7 FTEs
├── **Director, Eastern Agreements** (EX-01) – pos. 00052231 – 12.5 FTEs – Claudine Roy
│   ├── Manager, Quebec (EC-07) – 5 FTEs
│   └── Manager, Atlantic (EC-07) – 6.5 FTEs
└── **Director, Claims and Payments** (EX-01) – pos. 00052240 – 21 FTEs (3 vacant) – vacant

Branch totals: 49.5 FTEs | Salary $5.1M | O&M $640K | G&Cs $1.2B (transfer payments to provinces)
"""
    out.append(("Org chart - Program Operations Branch April 2024.md", "markdown", "en", org.encode("utf-8"),
                ["Nadia Haddad", "Kevin Drummond", "Claudine Roy"]))

    def pma(doc):
        doc.add_heading("Executive Performance Agreement 2023-24", level=0)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in [("Executive", "Douglas Whitfield"), ("Position", "Director, Rail Safety Oversight (EX-02)"),
                     ("Position number", "40718862"), ("Supervisor", "Helen Tsang, Director General, Rail Safety"),
                     ("Period", "April 1, 2023 to March 31, 2024")]:
            r = t.add_row().cells
            r[0].text, r[1].text = a, b
        doc.add_heading("Commitments", level=2)
        for c in ["Deliver the 2023-24 national inspection plan (1,150 inspections) within the $6.3M salary and $780K O&M budget.",
                  "Reduce the backlog of grade crossing safety assessments by 25 % by March 31, 2024.",
                  "Implement the Rail Safety Improvement Program intake for $42M in contributions.",
                  "Leadership: complete talent management conversations with all 6 direct reports."]:
            doc.add_paragraph(c, style="List Number")
        doc.add_heading("Rating", level=2)
        doc.add_paragraph("Performance rating: Succeeded+    At-risk pay: 7 %")
        doc.add_paragraph("Executive's signature: Douglas Whitfield      Supervisor's signature: Helen Tsang")
    out.append(("Performance agreement 2023-24 - D. Whitfield - signed.docx", "docx", "en", docx_bytes(pma),
                ["Douglas Whitfield", "Helen Tsang"]))
    out.append(("Director Disability Benefits scan 2019.pdf", "pdf", "en", pdf_bytes(["", "", ""]), []))
    return out


# ---------------------------------------------------------------- main

def yaml_str(obj) -> str:
    return yaml.safe_dump(obj, sort_keys=False, allow_unicode=True, width=1000)


def main() -> None:
    rng = random.Random(SEED)
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    positions = make_positions(rng)
    # the 45th document: an earlier, unsigned draft of the first position, as text
    first = dict(positions[0])
    first.update(idx=44, kind="text", eff=dt.date(positions[0]["eff"].year - 2, 4, 1))
    docs = positions + [first]
    names = set()
    made = []
    for n, p in enumerate(docs):
        drng = random.Random(SEED * 100 + n)
        desc, truth = describe(p, drng)
        desc["bilingual"] = p["lang"] == "bilingual"
        if n == 44:
            # same position; an earlier draft
            name = f"{desc['title']} DRAFT {p['eff'].year}.txt"
        else:
            name = file_name(p, desc, n)
        assert name not in names, name
        names.add(name)
        kind = p["kind"]
        if kind == "docx":
            data = render_docx(desc, drng)
        elif kind == "ocr":
            data = ocr_render(desc, drng).encode("utf-8")
        elif kind == "pdf":
            text = render_text(desc, kind, drng)
            lines = text.splitlines()
            page_lines = []
            for ln in lines:
                page_lines += wrap(ln, 95) or [""]
            pages, size = [], 66
            for k in range(0, len(page_lines), size):
                footer = f"{desc['dept'][0]} - Page {k // size + 1}"
                pages.append("\n".join(page_lines[k:k + size] + ["", footer]))
            data = pdf_bytes(pages)
        elif kind == "text-cp1252":
            text = render_text(desc, kind, drng).replace("'", "\u2019")
            data = text.replace("\n", "\r\n").encode("cp1252")
        else:
            text = render_text(desc, kind, drng)
            if kind == "text" and p["idx"] % 2:
                out = []
                for ln in text.splitlines():
                    out += wrap(ln, 78) if len(ln) > 90 else [ln]
                text = "\n".join(out) + "\n"
            data = text.encode("utf-8")
        (corpus / name).write_bytes(data)
        fields = truth["fields"]
        not_stated = [k for k in ("title", "classification", "job_code", "position_number", "effective_date",
                                  "salary", "o_and_m", "total", "location") if fields[k] is None]
        not_stated += [f"supervisor.{k}" for k in ("position_number", "title", "classification")
                       if fields["supervisor"][k] is None]
        exp = {"document": name, "kind": kind, "language": p["lang"], "outcome": "import", "fields": fields,
               "not_stated": not_stated, "also": truth["also"], "people": truth["people"], "versions": None}
        made.append((name, exp))
    # versions: the draft and the signed description of the first position
    (a, ea), (b, eb) = made[44], made[0]
    ver = {"documents": [a, b], "newest": b}
    ea["versions"] = ver
    eb["versions"] = ver
    for name, exp in made:
        (expected / f"{name}.expected.yaml").write_text(yaml_str(exp), encoding="utf-8")
    for name, kind, lang, data, people in refusals(rng):
        (corpus / name).write_bytes(data)
        exp = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
               "not_stated": [], "also": None, "people": people, "versions": None}
        (expected / f"{name}.expected.yaml").write_text(yaml_str(exp), encoding="utf-8")


if __name__ == "__main__":
    main()
