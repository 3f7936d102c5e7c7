#!/usr/bin/env python3
"""Write the blind105 corpus: EX work descriptions scanned from forms and tables whose layout
OCR broke (two columns read across, tables read row by row or column by column, boxes out of
order, labels before values), plus documents to refuse, and their ground truth.

    /work/main/.venv/bin/python bench/import/blind105/make_blind.py

Deterministic: fixed seeds, fixed .docx timestamps; the same bytes on every run.
"""
from __future__ import annotations

import datetime as dt
import io
import random
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
import texts as T  # noqa: E402

SEED = 105
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
WRAPPER = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"

PREFIX_EN = {1: "Director, ", 2: "Executive Director, ", 3: "Director General, "}
PREFIX_FR = {1: ("Directeur, ", "Directrice, "), 2: ("Directeur exécutif, ", "Directrice exécutive, "),
             3: ("Directeur général, ", "Directrice générale, ")}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
ABBR_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]

# ---------------------------------------------------------------- positions

def make_position(rng: random.Random, lang: str, level: int, used: set, flags: dict) -> dict:
    area = rng.choice([a for a in T.AREAS if a not in used])
    used.add(area)
    area2 = rng.choice([a for a in T.AREAS if a != area])
    dept = rng.choice(T.DEPTS)
    branch = rng.choice(T.BRANCHES)
    fem = rng.random() < 0.5
    p = {"dept": dept, "branch": branch, "area": area, "level": level,
         "title_en": PREFIX_EN[level] + area[0], "title_fr": PREFIX_FR[level][fem] + area[1],
         "classification": f"EX-0{level}"}
    # supervisor
    if level == 1 and rng.random() < 0.3:
        sup = ("Executive Director, " + area2[0], "Directeur exécutif, " + area2[1], "EX-02")
    elif level <= 2:
        sup = ("Director General, " + area2[0], rng.choice(["Directeur général, ", "Directrice générale, "]) + area2[1], "EX-03")
    elif rng.random() < 0.7:
        short = branch[0].replace(" Branch", "").replace(" Sector", "")
        sup = ("Assistant Deputy Minister, " + short, rng.choice(["Sous-ministre adjoint, ", "Sous-ministre adjointe, "]) + short_fr(branch[1]), "EX-05")
    else:
        short = branch[0].replace(" Branch", "").replace(" Sector", "")
        sup = ("Associate Assistant Deputy Minister, " + short, "Sous-ministre adjoint délégué, " + short_fr(branch[1]), "EX-04")
    p["sup_en"], p["sup_fr"], p["sup_class"] = sup
    p["sup_pos"] = str(rng.randint(10000, 99999)) if rng.random() < 0.75 else None
    # own numbers
    if flags.get("provisional"):
        p["pos"], p["provisional"] = None, flags["provisional"]
    else:
        p["pos"] = str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 999999), rng.randint(10000000, 99999999)]))
        p["provisional"] = None
    p["job_code"] = (str(rng.randint(100000, 109999)) if rng.random() < 0.7 else str(rng.randint(10000, 99999))) \
        if rng.random() < 0.55 else None
    p["date"] = None if rng.random() < 0.12 else dt.date(rng.randint(2008, 2024), rng.randint(1, 12), rng.randint(1, 28))
    loc = rng.choice(T.LOCATIONS)
    p["loc"] = None if rng.random() < 0.1 else loc
    # direct reports
    reports = []
    subs = rng.sample(T.SUBS, 7)
    n = rng.randint(2, 6)
    for i in range(n):
        sub = subs[i]
        if level >= 2 and (i < 2 or rng.random() < 0.5):
            cl = "EX-01" if level == 2 or rng.random() < 0.6 else "EX-02"
            en, fr = ("Director, " + sub[0], rng.choice(["Directeur, ", "Directrice, "]) + sub[1]) if cl == "EX-01" \
                else ("Executive Director, " + sub[0], rng.choice(["Directeur exécutif, ", "Directrice exécutive, "]) + sub[1])
            fte = rng.randint(8, 90) if level == 3 else rng.randint(6, 45)
        else:
            k = rng.choice(T.REPORT_KINDS_EN)
            en, fr, cl, fte = k[0] + sub[0], k[1] + sub[1], rng.choice(T.GROUPS), rng.randint(2, 35)
        reports.append({"en": en, "fr": fr, "class": cl, "fte": fte})
    if rng.random() < 0.35:
        if rng.random() < 0.5:
            reports.append({"en": "Executive Assistant", "fr": "Adjointe exécutive", "class": "AS-02", "fte": 1})
        else:
            reports.append({"en": "Senior Advisor", "fr": "Conseiller principal", "class": "EC-06", "fte": 1})
    p["reports"] = reports
    p["fte"] = sum(r["fte"] for r in reports) + 1
    p["salary"] = int(round(p["fte"] * rng.uniform(88000, 112000), -4))
    p["om"] = rng.randint(5, 260) * 10000
    p["total"] = p["salary"] + p["om"]
    p["gc"] = rng.randint(2, 400) * 100000 if rng.random() < 0.2 else None
    names = set()
    def name():
        while True:
            nm = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
            if nm not in names:
                names.add(nm)
                return nm
    p["incumbent"] = name() if rng.random() < 0.55 else None
    p["signer"] = name() if rng.random() < 0.75 else None
    p["signer2"] = name() if rng.random() < 0.3 else None
    return p


def short_fr(branch_fr: str) -> str:
    for pre in ("Direction générale de la ", "Direction générale des ", "Direction générale du ", "Secteur des "):
        if branch_fr.startswith(pre):
            rest = branch_fr[len(pre):]
            return rest[0].upper() + rest[1:]
    return branch_fr

# ---------------------------------------------------------------- notations

def fmt_class(c: str, rng, style=None) -> str:
    style = style or rng.choice(["dash", "dash", "space", "short", "paren", "tight"])
    if not c.startswith("EX") or style == "dash":
        return c
    g, lv = c[:2], c[3:]
    return {"space": f"{g} {lv}", "short": f"{g}-{int(lv)}", "paren": f"({c})", "tight": g + lv}[style]


def fmt_date(d: dt.date, lang: str, rng) -> str:
    if lang == "fr":
        s = rng.choice(["long", "iso", "dots", "abbr", "le"])
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}", "iso": d.isoformat(),
                "dots": f"{d.day:02d}.{d.month:02d}.{d.year}", "abbr": f"{d.day} {ABBR_FR[d.month - 1]} {d.year}",
                "le": f"le {day} {MONTHS_FR[d.month - 1]} {d.year}"}[s]
    s = rng.choice(["long", "dmy", "iso", "slash", "abbr", "caps", "th"])
    m = MONTHS_EN[d.month - 1]
    th = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {"long": f"{m} {d.day}, {d.year}", "dmy": f"{d.day} {m} {d.year}", "iso": d.isoformat(),
            "slash": f"{d.year}/{d.month:02d}/{d.day:02d}", "abbr": f"{m if len(m) <= 4 else m[:3] + '.'} {d.day}, {d.year}",
            "caps": f"{d.day:02d}-{m[:3].upper()}-{d.year}", "th": f"{m} {d.day}{th}, {d.year}"}[s]


def fmt_amt(v: int, lang: str, rng, style=None) -> str:
    if lang == "fr":
        style = style or rng.choice(["sp", "spc", "m", "k", "mil"])
        sp = f"{v:,}".replace(",", " ")
        m = f"{v / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return {"sp": f"{sp} $", "spc": f"{sp},00 $", "m": f"{m} M$", "k": f"{v // 1000} k$",
                "mil": f"{m} million $"}[style]
    style = style or rng.choice(["comma", "comma", "m", "k", "mil", "cents"])
    m = f"{v / 1e6:.2f}".rstrip("0").rstrip(".")
    return {"comma": f"${v:,}", "m": f"${m}M", "k": f"${v // 1000:,}K", "mil": f"${m} million",
            "cents": f"${v:,}.00"}[style]


def fmt_fte(n: int, lang: str, rng, style=None) -> str:
    if lang == "fr":
        style = style or rng.choice(["etp", "eff", "emp"])
        return {"etp": f"{n} ETP", "eff": f"effectif de {n}", "emp": f"{n} employés"}[style]
    style = style or rng.choice(["ftes", "ftes", "fte", "staff", "emp", "apos"])
    return {"ftes": f"{n} FTEs", "fte": f"{n} FTE", "staff": f"staff of {n}", "emp": f"{n} employees",
            "apos": f"{n} FTE's"}[style]

# ---------------------------------------------------------------- damage

DIGIT_SUB = {"0": "O", "1": "I", "5": "S", "8": "B"}
LETTER_SUB = [("rn", "m"), ("m", "rn"), ("e", "c"), ("l", "I"), ("i", "l"), ("cl", "d"), ("h", "b"),
              ("t", "l"), ("o", "a"), ("ti", "b")]


class Damage:
    def __init__(self, rng, level: int):
        self.rng, self.level = rng, level
        self.p_digit = [0, 0.15, 0.35, 0.6][level]
        self.p_word = [0, 0.02, 0.05, 0.09][level]

    def digits(self, s: str) -> str:
        out = []
        for ch in s:
            if ch in DIGIT_SUB and self.rng.random() < self.p_digit:
                ch = "l" if ch == "1" and self.rng.random() < 0.3 else DIGIT_SUB[ch]
            out.append(ch)
        return "".join(out)

    def prose(self, s: str) -> str:
        if not self.level:
            return s
        words = s.split(" ")
        out = []
        for w in words:
            r = self.rng.random()
            if len(w) > 4 and r < self.p_word:
                a, b = self.rng.choice(LETTER_SUB)
                if a in w:
                    w = w.replace(a, b, 1)
            elif len(w) > 3 and r < self.p_word * 1.5 and out:
                out[-1] += w
                continue
            out.append(w)
        return " ".join(out)

# ---------------------------------------------------------------- labels

LAB_EN = [
    dict(title="Position Title", cls="Classification", jc="Job Code", pos="Position Number", date="Effective Date",
         sp="Supervisor's Position No.", st="Supervisor's Position Title", sc="Supervisor's Classification",
         loc="Geographic Location", dept="Department", br="Branch"),
    dict(title="TITLE", cls="GROUP/LEVEL", jc="JOB CODE", pos="POSITION NO.", date="EFFECTIVE DATE",
         sp="SUPERVISOR'S POSITION NO.", st="SUPERVISOR'S TITLE", sc="SUPERVISOR'S GROUP/LEVEL",
         loc="LOCATION", dept="DEPARTMENT", br="BRANCH"),
    dict(title="Job Title", cls="Group and Level", jc="Generic Job No.", pos="Position #", date="Date in Effect",
         sp="Immediate Supervisor Position No.", st="Immediate Supervisor Title", sc="Supervisor Group & Level",
         loc="Work Location", dept="Organization", br="Sector"),
    dict(title="OFFICIAL TITLE", cls="LEVEL", jc="POSITION JOB CODE", pos="POS. NO.", date="EFFECTIVE",
         sp="REPORTS TO (POS. NO.)", st="REPORTS TO (TITLE)", sc="REPORTS TO (LEVEL)",
         loc="CITY/PROVINCE", dept="DEPT.", br="BRANCH/SECTOR"),
]
LAB_FR = [
    dict(title="Titre du poste", cls="Classification", jc="Code d'emploi", pos="Numéro du poste",
         date="Date d'entrée en vigueur", sp="No de poste du superviseur", st="Titre du poste du superviseur",
         sc="Classification du superviseur", loc="Lieu géographique", dept="Ministère", br="Direction générale"),
    dict(title="INTITULÉ DU POSTE", cls="GROUPE/NIVEAU", jc="NO DE CODE D'EMPLOI", pos="NO DE POSTE",
         date="DATE DE PRISE D'EFFET", sp="NO DE POSTE DU SUPÉRIEUR IMMÉDIAT", st="TITRE DU SUPÉRIEUR IMMÉDIAT",
         sc="GROUPE/NIVEAU DU SUPÉRIEUR", loc="EMPLACEMENT", dept="MINISTÈRE", br="SECTEUR"),
    dict(title="Intitulé du poste", cls="Groupe et niveau", jc="Numéro de la description type", pos="N° de poste",
         date="En vigueur le", sp="Numéro de poste du supérieur", st="Relève de", sc="Niveau du supérieur",
         loc="Lieu de travail", dept="Organisation", br="Secteur"),
]
DIMLAB = {"en": [("Salary", "O&M", "Total", "FTEs"), ("Salary Budget", "O&M Budget", "Total Budget", "FTE's"),
                 ("SALARY", "O & M", "TOTAL", "NUMBER OF FTEs"), ("Salaries", "Operating (O&M)", "Total operating budget", "Staff")],
          "fr": [("Salaires", "F et E", "Total", "ETP"), ("Budget salarial", "Fonctionnement et entretien", "Budget total", "Effectif"),
                 ("TRAITEMENTS", "F&E", "TOTAL", "ETP")]}
HEAD = {"en": dict(ga=["GENERAL ACCOUNTABILITY", "General Accountability", "1. GENERAL ACCOUNTABILITY", "A) GENERAL ACCOUNTABILITY:"],
                   org=["ORGANIZATION STRUCTURE", "Organizational Structure", "ORGANIZATIONAL STRUCTURE:"],
                   ns=["NATURE AND SCOPE", "Nature & Scope", "NATURE & SCOPE:"],
                   dim=["DIMENSIONS", "Dimensions", "DIMENSIONS:"],
                   sa=["SPECIFIC ACCOUNTABILITIES", "Specific Accountabilities", "KEY ACTIVITIES"],
                   csr=["CLIENT SERVICE RESULTS"], cert=["CERTIFICATION", "Certification"]),
        "fr": dict(ga=["RESPONSABILITÉ GÉNÉRALE", "Responsabilité générale", "1. RAISON D'ÊTRE"],
                   org=["STRUCTURE ORGANISATIONNELLE", "Structure organisationnelle"],
                   ns=["NATURE ET ÉTENDUE", "Nature et étendue"],
                   dim=["DIMENSIONS", "Dimensions", "DONNÉES QUANTITATIVES"],
                   sa=["RESPONSABILITÉS SPÉCIFIQUES", "ACTIVITÉS PRINCIPALES"],
                   csr=["RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE"], cert=["ATTESTATION", "Certification"])}

# ---------------------------------------------------------------- document pieces

def title_of(p, lang):
    return p["title_fr"] if lang == "fr" else p["title_en"]


def sup_title(p, lang):
    return p["sup_fr"] if lang == "fr" else p["sup_en"]


def loc_of(p, lang, rng):
    if not p["loc"]:
        return None
    return p["loc"][1] if lang == "fr" else (p["loc"][0] if rng.random() < 0.8 else p["loc"][1].replace("Québec)", "Quebec)"))


def header_pairs(p, lang, lab, rng, dmg, s):
    """(key, label, value) in form order; the supervisor as fields when s['sup'] says so."""
    L = lab
    pairs = [("dept", L["dept"], p["dept"][1] if lang == "fr" else p["dept"][0])]
    pairs.append(("title", L["title"], title_of(p, lang)))
    cls = dmg.digits(fmt_class(p["classification"], rng))
    pairs.append(("cls", L["cls"], cls))
    if p["job_code"] or s.get("blank_jc"):
        pairs.append(("jc", L["jc"], dmg.digits(p["job_code"] or "")))
    pairs.append(("pos", L["pos"], dmg.digits(p["pos"]) if p["pos"] else p["provisional"]))
    if p["date"]:
        pairs.append(("date", L["date"], dmg.digits(fmt_date(p["date"], lang, rng))))
    if rng.random() < 0.6:
        pairs.append(("br", L["br"], p["branch"][1] if lang == "fr" else p["branch"][0]))
    loc = loc_of(p, lang, rng)
    if loc:
        pairs.append(("loc", L["loc"], loc))
    if s["sup"].startswith("fields"):
        if p["sup_pos"] and s["sup"] == "fields":
            pairs.append(("sp", L["sp"], dmg.digits(p["sup_pos"])))
        pairs.append(("st", L["st"], sup_title(p, lang)))
        pairs.append(("sc", L["sc"], dmg.digits(fmt_class(p["sup_class"], rng, "dash"))))
    return pairs


def render_header(pairs, mode, rng, lang):
    colon = " :" if lang == "fr" else ":"
    lines = []
    if mode == "inline":
        lines = [f"{l}{colon} {v}" for _, l, v in pairs]
    elif mode == "next":
        for _, l, v in pairs:
            lines += [f"{l}{colon}", "    " + v]
    elif mode == "dots":
        w = max(len(l) for _, l, _ in pairs) + 4
        lines = [f"{l} {'.' * (w - len(l))} {v}" for _, l, v in pairs]
    elif mode == "tabs":
        lines = [f"{l}\t\t{v}" for _, l, v in pairs]
    elif mode == "lab_val":   # a two-column form table read column by column
        lines = [f"{l}{colon}" if rng.random() < 0.6 else l for _, l, _ in pairs] + [""] + [v for _, _, v in pairs if v]
    elif mode == "boxes":     # boxes two or three to a row, captions above, read row by row
        per = rng.choice([2, 3])
        gap = rng.choice([" ", "  ", " | "])
        for i in range(0, len(pairs), per):
            row = pairs[i:i + per]
            lines.append(gap.join(l for _, l, _ in row))
            lines.append(gap.join(v for _, _, v in row))
    elif mode == "below":     # boxes read out of order, caption printed under the value
        order = pairs[:]
        rng.shuffle(order)
        for _, l, v in order:
            lines += [v, l.upper()]
    return lines


def reports_lines(p, lang, rng, dmg, mode, s):
    reps = p["reports"]
    lab = {"en": ("Position", "Group/Level", "FTEs"), "fr": ("Poste", "Groupe/niveau", "ETP")}[lang if lang != "bilingual" else "en"]
    L = "fr" if lang == "fr" else "en"
    t = lambda r: r["fr"] if L == "fr" else r["en"]
    cl = lambda r: dmg.digits(fmt_class(r["class"], rng, "dash")) if r["class"] else ""
    fte_style = rng.choice(["ftes", "fte", "apos"]) if L == "en" else "etp"
    out = []
    if mode in ("list", "list_noclass", "list_nofte"):
        form = rng.choice(["paren", "dash", "lead", "bracket"])
        for r in reps:
            c = "" if mode == "list_noclass" else cl(r)
            f = "" if mode == "list_nofte" else dmg.digits(fmt_fte(r["fte"], L, rng, fte_style if L == "en" else None))
            if form == "paren":
                inner = ", ".join(x for x in (c, f) if x)
                out.append(f"- {t(r)} ({inner})" if inner else f"- {t(r)}")
            elif form == "dash":
                out.append(" - ".join(x for x in (c, t(r)) if x) + (f" ({f})" if f else ""))
            elif form == "lead":
                out.append(" – ".join(x for x in (t(r), c, f) if x))
            else:
                out.append(t(r) + (f" [{c}]" if c else "") + (f" ({f})" if f else ""))
    elif mode in ("rows", "rows_nofte"):
        gap = rng.choice([" ", "  ", " | "])
        cols = lab if mode == "rows" else lab[:2]
        out.append(gap.join(cols))
        for r in reps:
            cells = [t(r), cl(r)] + ([dmg.digits(str(r["fte"]))] if mode == "rows" else [])
            out.append(gap.join(cells))
    elif mode == "cells":     # a table read row by row, a cell to a line
        out += list(lab)
        for r in reps:
            out += [t(r), cl(r), dmg.digits(str(r["fte"]))]
    elif mode in ("cols", "cols_gap"):   # a table read column by column
        out.append(lab[0])
        out += [t(r) for r in reps]
        out.append(lab[1])
        out += [cl(r) for r in reps if not (mode == "cols_gap" and r is reps[s["gap_at"]])]
        out.append(lab[2])
        out += [dmg.digits(str(r["fte"])) for r in reps]
    elif mode == "wrap":      # narrow first column: titles wrap under their row
        out.append("  ".join(lab))
        for r in reps:
            parts = textwrap.wrap(t(r), 18)
            out.append(f"{parts[0]}  {cl(r)}  {dmg.digits(str(r['fte']))}")
            out += parts[1:]
    elif mode == "sentence":
        bits = []
        for r in reps:
            f = dmg.digits(fmt_fte(r["fte"], L, rng))
            bits.append(f"the {t(r)} ({cl(r)}) with {f}" if L == "en" else f"le ou la {t(r)} ({cl(r)}), {f}")
        if L == "en":
            out.append("Reporting to the position are " + ", ".join(bits[:-1]) + " and " + bits[-1] + ".")
        else:
            out.append("Relèvent du poste : " + "; ".join(bits) + ".")
    return out


def structure_lines(p, lang, rng, dmg, s):
    L = "fr" if lang == "fr" else "en"
    out = []
    me = title_of(p, L)
    if s["sup"] == "reports_to":
        num = f", Position No. {dmg.digits(p['sup_pos'])}" if p["sup_pos"] and L == "en" else \
            (f", poste no {dmg.digits(p['sup_pos'])}" if p["sup_pos"] else "")
        out.append(("Reports to: " if L == "en" else "Relève de : ") + f"{sup_title(p, L)} ({p['sup_class']}){num}")
    elif s["sup"] == "sentence":
        n = rng.randint(3, 7)
        if L == "en":
            out.append(f"The {me} is one of {n} senior managers reporting to the {sup_title(p, L)} ({p['sup_class']}).")
        else:
            out.append(f"Le ou la titulaire est l'un des {n} cadres qui relèvent du {sup_title(p, L)} ({p['sup_class']}).")
    if s["reports"] != "sentence":
        out.append(f"Reporting to the {me} are:" if L == "en" else "Les postes suivants relèvent du ou de la titulaire :")
    out += reports_lines(p, lang, rng, dmg, s["reports"], s)
    return out


def dims_lines(p, lang, rng, dmg, mode):
    L = "fr" if lang == "fr" else "en"
    sal, om, tot, fte = rng.choice(DIMLAB[L])
    a = lambda v: dmg.digits(fmt_amt(v, L, rng))
    fv = dmg.digits(str(p["fte"]))
    colon = " :" if L == "fr" else ":"
    if mode == "lines":
        out = [f"{fte}{colon} {fv}", f"{sal}{colon} {a(p['salary'])}", f"{om}{colon} {a(p['om'])}", f"{tot}{colon} {a(p['total'])}"]
    elif mode == "rows":
        out = ["  ".join([fte, sal, om, tot]), "  ".join([fv, a(p["salary"]), a(p["om"]), a(p["total"])])]
    elif mode == "cols":
        out = [fte, sal, om, tot, fv, a(p["salary"]), a(p["om"]), a(p["total"])]
    elif mode == "sentence":
        out = [f"The position manages {fv} FTEs, a salary budget of {a(p['salary'])} and an O&M budget of "
               f"{a(p['om'])}, for a total of {a(p['total'])}." if L == "en" else
               f"Le poste gère un effectif de {fv} ETP, un budget salarial de {a(p['salary'])} et un budget de "
               f"fonctionnement de {a(p['om'])}, soit un total de {a(p['total'])}."]
    elif mode == "combined":
        out = [f"{fte}{colon} {fv}", ("Salary and O&M" if L == "en" else "Salaires et F et E") + f"{colon} {a(p['total'])}"]
    elif mode == "none":
        return []
    if p["gc"] and mode != "combined":
        out.append(("Grants and Contributions" if L == "en" else "Subventions et contributions") + f"{colon} {a(p['gc'])}")
    return out


def prose_sections(p, lang, rng, dmg, s):
    """[(heading, [paragraph, ...], numbered)] for GA, NS, SA (or CSR/KA)."""
    L = "fr" if lang == "fr" else "en"
    me = title_of(p, L)
    kw = dict(t=me, a=p["area"][1].lower() if L == "fr" else p["area"][0].lower(),
              s=sup_title(p, L), d=p["dept"][1] if L == "fr" else p["dept"][0])
    H = {k: rng.choice(v) for k, v in HEAD[L].items()}
    ga = rng.choice(T.GA_FR if L == "fr" else T.GA_EN).format(**kw)
    ns = [x.format(**kw) for x in rng.sample(T.NS_FR if L == "fr" else T.NS_EN, 2)]
    sa = [x.format(**kw) for x in rng.sample(T.SA_FR if L == "fr" else T.SA_EN, rng.randint(4, 7))]
    secs = [(H["ga"], [dmg.prose(ga)], False), (H["ns"], [dmg.prose(x) for x in ns], False)]
    if s.get("csr"):
        secs.append((H["csr"][0] if isinstance(H["csr"], list) else H["csr"], [dmg.prose((T.CSR_FR if L == "fr" else T.CSR_EN).format(**kw))], False))
    secs.append((H["sa"], [dmg.prose(x) for x in sa], True))
    return secs, H


def signature_lines(p, lang, rng):
    L = "fr" if lang == "fr" else "en"
    out = []
    if L == "en":
        out.append(f"The foregoing is an accurate and complete statement of the duties assigned to the position of {p['title_en']}.")
    else:
        out.append("Le présent document décrit de façon exacte et complète les fonctions attribuées au poste.")
    if p["incumbent"]:
        out.append(("Incumbent: " if L == "en" else "Titulaire : ") + p["incumbent"] + "   ______________  Date: ______")
    if p["signer"]:
        out.append(p["signer"] + "   ____________________")
        out.append(sup_title(p, L))
    if p["signer2"]:
        out.append(("Approved by: " if L == "en" else "Approuvé par : ") + p["signer2"])
    return out


def hyphen_wrap(text, width, rng, hyph=0.0):
    lines = textwrap.wrap(text, width)
    out = []
    for i, ln in enumerate(lines):
        if hyph and i + 1 < len(lines) and rng.random() < hyph:
            nxt = lines[i + 1].split(" ", 1)
            w = nxt[0]
            if len(w) > 7 and w.isalpha():
                cut = len(w) // 2
                ln = ln + " " + w[:cut] + "-"
                lines[i + 1] = w[cut:] + (" " + nxt[1] if len(nxt) > 1 else "")
        out.append(ln)
    return out


def prose_lines(secs, width, rng, hyph, numbered_style):
    out = []
    for head, paras, numbered in secs:
        out.append(head)
        for i, para in enumerate(paras, 1):
            if numbered:
                para = {"num": f"{i}. ", "paren": f"{i}) ", "bullet": "- "}[numbered_style] + para
            out += hyphen_wrap(para, width, rng, hyph)
        out.append("")
    return out

# ---------------------------------------------------------------- page layouts

def interleave(left, right, rng, sep_mode):
    n = max(len(left), len(right))
    lw = max((len(x) for x in left), default=0)
    out = []
    for i in range(n):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        if sep_mode == "pad":
            out.append((a.ljust(lw + 3) + b).rstrip())
        elif sep_mode == "bar":
            out.append(f"{a} | {b}".strip(" |") if a and b else (a or b))
        else:
            out.append(f"{a} {b}".strip())
    return out


def paginate(lines, rng, s, footer):
    """Pages (lists of lines) with a running footer and page number, the next page's running
    header when the spec has one."""
    per = rng.randint(38, 55)
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    style = rng.choice(["pageof", "dash", "bare", "ff"])
    pages = []
    for n, pg in enumerate(chunks, 1):
        out = ([s["runhead"]] if n > 1 and s.get("runhead") else []) + pg
        f = {"pageof": f"Page {n} of {len(chunks)}", "dash": f"- {n} -", "bare": str(n), "ff": str(n)}[style]
        out.append(f"{footer}   {f}")
        pages.append(out)
    return pages, "\n\f" if style == "ff" else "\n"


def join_pages(pages, sep, run):
    if run:
        return "\n".join(" ".join(x for x in pg if x) for pg in pages) + "\n"
    return sep.join("\n".join(pg) for pg in pages) + "\n"


def compose(p, s, rng):
    """The text of an OCR'd / text-layer work description for spec s."""
    lang, dmg = s["lang"], Damage(rng, s["dmg"])
    if s["page"] in ("bi_cols", "bi_cols_run"):
        return compose_bi_cols(p, s, rng, dmg)
    L = "fr" if lang == "fr" else "en"
    labs = LAB_FR if L == "fr" else LAB_EN
    lab = dict(rng.choice(labs))
    if lang == "bilingual":
        fr = rng.choice(LAB_FR)
        lab = {k: f"{v} / {fr[k]}" for k, v in lab.items()}
    pairs = header_pairs(p, lang, lab, rng, dmg, s)
    if lang == "bilingual":
        i = [k for k, _, _ in pairs].index("title")
        pairs.insert(i + 1, ("title_fr", "Titre du poste (français)" if rng.random() < 0.5 else "French Title / Titre en français", p["title_fr"]))
    top = [rng.choice(["EXECUTIVE GROUP POSITION DESCRIPTION", "EXECUTIVE WORK DESCRIPTION", "WORK DESCRIPTION - EX"])
           if L == "en" else rng.choice(["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "DESCRIPTION DE POSTE (EX)"])]
    if lang == "bilingual":
        top = ["WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"]
    if s.get("jc_top") and p["job_code"]:
        top = [f"Job code: {dmg.digits(p['job_code'])} " + top[0]]
        pairs = [x for x in pairs if x[0] != "jc"]
    head = top + render_header(pairs, s["header"], rng, L)
    secs, H = prose_sections(p, lang, rng, dmg, s)
    struct = [H["org"]] + structure_lines(p, lang, rng, dmg, s)
    dims = [H["dim"]] + dims_lines(p, lang, rng, dmg, s["dims"]) if s["dims"] != "none" else []
    sig = [H["cert"]] + signature_lines(p, lang, rng)
    numst = rng.choice(["num", "paren", "bullet"])
    if s["page"] in ("cols", "cols_run"):
        lw = rng.randint(34, 46)
        left = []
        for ln in (head if s.get("head_left") else []) + struct + [""] + dims:
            left += textwrap.wrap(ln, lw) or [""]
        right = prose_lines(secs, rng.randint(40, 55), rng, 0.15 if s["dmg"] else 0, numst)
        if rng.random() < 0.5:   # the columns start under the general accountability
            ga, right = right[:right.index("") + 1], right[right.index("") + 1:]
            pre = ga
        else:
            pre = []
        body = interleave(left, right, rng, s.get("sep", rng.choice(["pad", "bar", "space"])))
        lines = ([] if s.get("head_left") else head) + [""] + pre + body + [""] + sig
    else:
        width = rng.randint(70, 95)
        prose = prose_lines(secs, width, rng, 0.2 if s["dmg"] >= 2 else 0, numst)
        ga_end = prose.index("") + 1
        if s.get("order") == "struct_last":
            lines = head + [""] + prose + struct + [""] + dims + [""] + sig
        else:
            lines = head + [""] + prose[:ga_end] + struct + [""] + prose[ga_end:] + dims + [""] + sig
    footer = s.get("footer") or (p["dept"][2] + " " + (p["title_fr"] if L == "fr" else p["title_en"]))[:60]
    pages, sep = paginate(lines, rng, s, footer)
    run = s["page"] in ("run", "cols_run")
    return (WRAPPER if run and s.get("wrapper", True) else "") + join_pages(pages, sep, run)


def compose_bi_cols(p, s, rng, dmg):
    """A bilingual form printed English left, French right, read across the line."""
    le, lf = rng.choice(LAB_EN), rng.choice(LAB_FR)
    se = dict(s)
    pe = header_pairs(p, "en", le, random.Random(rng.random()), dmg, se)
    pf = header_pairs(p, "fr", lf, random.Random(rng.random()), dmg, se)
    w = rng.randint(38, 48)
    def column(pairs, lang):
        c = []
        for _, l, v in pairs:
            c += textwrap.wrap(f"{l}{' :' if lang == 'fr' else ':'} {v}", w)
        return c
    r2 = random.Random(rng.random())
    secs_e, He = prose_sections(p, "en", random.Random(r2.random()), dmg, s)
    secs_f, Hf = prose_sections(p, "fr", random.Random(r2.random()), dmg, s)
    r3 = random.Random(r2.random())
    se_, sf_ = structure_lines(p, "en", random.Random(r3.random()), dmg, s), structure_lines(p, "fr", random.Random(r3.random()), dmg, s)
    de, df = dims_lines(p, "en", random.Random(r3.random()), dmg, s["dims"]), dims_lines(p, "fr", random.Random(r3.random()), dmg, s["dims"])
    def wrapall(ls):
        out = []
        for ln in ls:
            out += textwrap.wrap(ln, w) or [""]
        return out
    sep = s.get("sep", "pad")
    lines = ["WORK DESCRIPTION                        DESCRIPTION DE TRAVAIL"]
    lines += interleave(column(pe, "en"), column(pf, "fr"), rng, sep) + [""]
    for (he, pe_, ne), (hf, pf_, nf) in zip(secs_e[:2], secs_f[:2]):
        lines += interleave(prose_lines([(he, pe_, ne)], w, rng, 0, "num"), prose_lines([(hf, pf_, nf)], w, rng, 0, "num"), rng, sep)
    lines += interleave(wrapall([He["org"]] + se_), wrapall([Hf["org"]] + sf_), rng, sep) + [""]
    lines += interleave(wrapall([He["dim"]] + de), wrapall([Hf["dim"]] + df), rng, sep) + [""]
    lines += interleave(prose_lines(secs_e[2:], w, rng, 0, "num"), prose_lines(secs_f[2:], w, rng, 0, "num"), rng, sep)
    lines += signature_lines(p, "en", rng)
    footer = p["dept"][2]
    pages, sep = paginate(lines, rng, s, footer)
    run = s["page"] == "bi_cols_run"
    return (WRAPPER if run else "") + join_pages(pages, sep, run)

# ---------------------------------------------------------------- the corpus

# (file name, kind, language, level, page, header, reports, dims, supervisor, damage, extras)
WD = [
    # ocr-columns: two columns read across the line
    ("Director, Program Integrity - FINAL.txt", "ocr-columns", "en", 1, "cols", "inline", "list", "lines", "fields", 1, {}),
    ("DG Regional Operations_scan.txt", "ocr-columns", "en", 3, "cols_run", "inline", "list", "lines", "reports_to", 2, {"jc_top": True}),
    ("ED Data Management and Analytics (2).txt", "ocr-columns", "en", 2, "cols", "boxes", "rows", "rows", "fields", 1, {"sep": "bar"}),
    ("Executive Director - Emergency Management.txt", "ocr-columns", "en", 2, "cols", "inline", "cells", "lines", "sentence", 2, {"head_left": True}),
    ("scan_0412 EX-01 Internal Audit.txt", "ocr-columns", "en", 1, "cols_run", "dots", "list", "sentence", "fields", 3, {}),
    ("Director, Financial Operations.txt", "ocr-columns", "en", 1, "cols", "inline", "wrap", "lines", "fields_nonum", 1, {"sep": "pad"}),
    ("WD - Director General, Compliance and Enforcement.txt", "ocr-columns", "en", 3, "cols", "next", "list", "cols", "fields", 2, {"head_left": True}),
    ("Director Communications & Outreach - signed.txt", "ocr-columns", "en", 1, "cols_run", "inline", "list_noclass", "lines", "reports_to", 1, {}),
    ("EX-02 Regulatory Affairs ED (OCR).txt", "ocr-columns", "en", 2, "cols", "inline", "rows", "combined", "fields", 2, {"csr": True}),
    ("Director, Security Operations 2016.txt", "ocr-columns", "en", 1, "cols", "boxes", "list", "lines", "sentence", 2, {"provisional": "NEW"}),
    ("DG Science Policy - scanned copy.txt", "ocr-columns", "en", 3, "cols_run", "inline", "sentence", "rows", "fields", 2, {}),
    ("Directrice, Gestion des urgences - numérisé.txt", "ocr-columns", "fr", 1, "cols", "inline", "list", "lines", "fields", 1, {}),
    ("DG Politique stratégique (scan).txt", "ocr-columns", "fr", 3, "cols_run", "inline", "list", "lines", "reports_to", 2, {}),
    ("Directeur exécutif, Services numériques.txt", "ocr-columns", "fr", 2, "cols", "next", "rows", "cols", "fields", 2, {"head_left": True}),
    ("Description de travail - Directeur, Vérification interne - signée.txt", "ocr-columns", "fr", 1, "cols", "boxes", "cells", "lines", "sentence", 1, {}),
    ("Bilingual WD - Director, Official Languages.txt", "ocr-columns", "bilingual", 1, "bi_cols", None, "list", "lines", "fields", 1, {"sep": "pad"}),
    ("EX-03 DG Benefits Processing EN-FR scan.txt", "ocr-columns", "bilingual", 3, "bi_cols_run", None, "list", "lines", "fields", 2, {}),
    ("Executive Director, Trade Controls - bilingue.txt", "ocr-columns", "bilingual", 2, "bi_cols", None, "rows", "lines", "reports_to", 1, {"sep": "space"}),
    # ocr: forms and tables read in the wrong order
    ("Director, Case Management.txt", "ocr", "en", 1, "lines", "lab_val", "cols", "cols", "fields", 1, {}),
    ("Director General, Infrastructure Programs - revised.txt", "ocr", "en", 3, "lines", "boxes", "rows", "rows", "fields", 2, {}),
    ("ED Border Programs scan 2019-06.txt", "ocr", "en", 2, "run", "below", "cells", "lines", "fields", 2, {}),
    ("Director Pension Services (1).txt", "ocr", "en", 1, "lines", "lab_val", "wrap", "cols", "fields", 1, {"order": "struct_last"}),
    ("Director, Network Services - EX-01.txt", "ocr", "en", 1, "run", "boxes", "cols_gap", "lines", "fields", 2, {"gap_at": 1}),
    ("Director, Workforce Planning.txt", "ocr", "en", 1, "lines", "lab_val", "list", "lines", "fields", 2, {"blank_jc": True}),
    ("DG Research and Innovation FINAL FINAL.txt", "ocr", "en", 3, "run", "lab_val", "rows", "combined", "fields", 1, {}),
    ("Director, Contact Centre Operations.txt", "ocr", "en", 1, "lines", "below", "list", "none", "reports_to", 3, {"csr": True}),
    ("Executive Director, Intelligence and Analysis.txt", "ocr", "en", 2, "lines", "boxes", "cols", "rows", "fields", 3, {}),
    ("Director - Visitor Experience - Parks.txt", "ocr", "en", 1, "run", "next", "rows_nofte", "lines", "fields", 2, {}),
    ("scan0093.txt", "ocr", "en", 1, "lines", "dots", "cells", "cols", "sentence", 2, {"provisional": "TBD"}),
    ("Director, Risk Management - WD 2012.txt", "ocr", "en", 1, "lines", "tabs", "cols", "lines", "fields", 1, {}),
    ("Directeur, Recouvrement des coûts.txt", "ocr", "fr", 1, "lines", "lab_val", "cols", "cols", "fields", 2, {}),
    ("Directrice générale, Transformation des services - numérisée.txt", "ocr", "fr", 3, "run", "boxes", "rows", "rows", "fields", 2, {}),
    ("Director, Heritage Collections - Directeur, Collections patrimoniales.txt", "ocr", "bilingual", 1, "lines", "boxes", "rows", "rows", "fields", 1, {}),
    # cp1252 text saved on Windows
    ("Director, Surveillance Programs.txt", "text-cp1252", "en", 1, "lines", "boxes", "cols", "lines", "fields", 0, {}),
    ("Directrice, Relations internationales.txt", "text-cp1252", "fr", 1, "lines", "lab_val", "rows", "cols", "fields", 0, {}),
    # PDFs with a text layer of a broken layout
    ("Director, Program Integrity - signed.pdf", "pdf", "en", 1, "lines", "lab_val", "rows", "cols", "fields", 0, {"same_as": 0}),
    ("Director, Laboratory Services.pdf", "pdf", "en", 1, "lines", "boxes", "cols", "rows", "fields", 0, {}),
    ("ED Enterprise Architecture - approved.pdf", "pdf", "en", 2, "cols", "inline", "rows", "lines", "fields", 0, {"sep": "pad"}),
    ("DG Ports and Marine Safety.pdf", "pdf", "en", 3, "lines", "below", "cells", "cols", "reports_to", 1, {}),
    ("WD_Director_Policy_Coordination_2021.pdf", "pdf", "en", 1, "lines", "lab_val", "wrap", "rows", "fields", 0, {}),
    ("Directeur, Accès à l'information.pdf", "pdf", "fr", 1, "lines", "boxes", "cols", "cols", "fields", 0, {}),
    ("Director, Indigenous Partnerships - Directrice, Partenariats autochtones.pdf", "pdf", "bilingual", 1, "lines", "lab_val", "rows", "rows", "fields", 0, {}),
    # Word and Markdown
    ("Director, Procurement Services - OCR to Word.docx", "docx", "en", 1, "cols", "inline", "rows", "rows", "fields", 1, {"docx": "paras"}),
    ("Executive Director, Environmental Assessment.docx", "docx", "en", 2, "lines", "inline", "rows", "lines", "fields", 0, {"docx": "tables"}),
    ("Director, Labour Market Information - converted.md", "markdown", "bilingual", 1, "md", None, "rows", "lines", "fields", 0, {}),
]

AREA_KEYS = {"Communications & Outreach": "Communications and Outreach", "Politique stratégique": "Strategic Policy and Planning",
             "Accès à l'information": "Access to Information and Privacy", "Policy_Coordination": "Policy Coordination"}
DEPT_KEYS = {"Parks": "Parks Canada", "Border Programs": "Canada Border Services Agency", "Ports and Marine": "Transport Canada",
             "Heritage Collections": "Library and Archives Canada", "Labour Market": "Employment and Social Development Canada",
             "Benefits Processing": "Employment and Social Development Canada", "Surveillance Programs": "Public Health Agency of Canada",
             "Laboratory Services": "Canadian Food Inspection Agency", "Trade Controls": "Global Affairs Canada"}


def position_for(spec, rng, used):
    name, kind, lang, level = spec[:4]
    extra = spec[10]
    area = None
    for k, v in AREA_KEYS.items():
        if k in name:
            area = next(a for a in T.AREAS if a[0] == v)
    for a in T.AREAS:
        if area is None and (a[0].lower() in name.lower() or a[1].lower() in name.lower()):
            area = a
    p = make_position(rng, lang, level, used, extra)
    if area:
        fem = p["title_fr"].startswith(("Directrice", "Sous-ministre adjointe"))
        if "Directrice" in name:
            fem = True
        elif "Directeur" in name:
            fem = False
        p["area"] = area
        p["title_en"] = PREFIX_EN[level] + area[0]
        p["title_fr"] = PREFIX_FR[level][fem] + area[1]
    for k, v in DEPT_KEYS.items():
        if k in name:
            p["dept"] = next(d for d in T.DEPTS if d[0] == v)
    import re
    m = re.search(r"(20[0-2]\d)(?:-(\d\d))?", name)
    if m:
        p["date"] = dt.date(int(m.group(1)), int(m.group(2) or rng.randint(1, 12)), rng.randint(1, 28))
    if extra.get("blank_jc"):
        p["job_code"] = None
        p["pos"] = str(rng.randint(100000, 999999))
    if extra.get("gap_at") is not None:
        for sub in T.SUBS[:4 - len(p["reports"])] if len(p["reports"]) < 4 else []:
            p["reports"].append({"en": "Manager, " + sub[0], "fr": "Gestionnaire, " + sub[1],
                                 "class": rng.choice(T.GROUPS), "fte": rng.randint(3, 20)})
    return p


def expected_for(p, spec):
    name, kind, lang, level, page, header, reports, dims, sup, dmg, extra = spec
    L = "fr" if lang == "fr" else "en"
    notes = []
    f = {"title": p["title_fr"] if L == "fr" else p["title_en"], "classification": p["classification"],
         "job_code": p["job_code"], "position_number": p["pos"],
         "effective_date": p["date"],
         "supervisor": {"position_number": p["sup_pos"] if sup in ("fields", "reports_to") else None,
                        "title": p["sup_fr"] if L == "fr" else p["sup_en"], "classification": p["sup_class"]}}
    reps = []
    for r in p["reports"]:
        reps.append({"title": r["fr"] if L == "fr" else r["en"],
                     "classification": None if reports in ("list_noclass", "cols_gap") else r["class"],
                     "fte": None if reports in ("rows_nofte", "list_nofte") else r["fte"]})
    f["direct_reports"] = reps
    if dims in ("lines", "rows", "cols", "sentence"):
        f["salary"], f["o_and_m"], f["total"] = p["salary"], p["om"], p["total"]
    elif dims == "combined":
        f["salary"], f["o_and_m"], f["total"] = None, None, p["total"]
    else:
        f["salary"] = f["o_and_m"] = f["total"] = None
    loc = None
    if p["loc"]:
        loc = p["loc"][1] if L == "fr" else p["loc"][0]
        if "(" in loc:
            loc = loc.replace(" (", ", ").rstrip(")")
    f["location"] = loc
    if reports == "cols_gap":
        notes.append("The direct-reports table was read column by column and one row's Group/Level cell was empty: "
                     "the classifications cannot be paired with their titles (four or more titles, one fewer levels), "
                     "so they are left null; titles and FTEs pair.")
    if extra.get("blank_jc"):
        notes.append("The header form was read labels first, then values; the Job Code box was blank, so the one "
                     f"number printed after the classification ({p['pos']}) could be the job code or the position "
                     "number: both are left null.")
        f["position_number"] = None
    ns = [k for k in ("job_code", "position_number", "effective_date") if f[k] is None]
    ns += [f"supervisor.{k}" for k, v in f["supervisor"].items() if v is None]
    ns += [k for k in ("salary", "o_and_m", "total", "location") if f[k] is None]
    also = {"fte": p["fte"] if dims != "none" else None,
            "operating_budget": None,
            "program_budget": p["gc"] if p["gc"] and dims not in ("combined", "none") else None,
            "provisional_number": p["provisional"],
            "department": p["dept"][1] if L == "fr" else p["dept"][0]}
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
    people = [x for x in (p["incumbent"], p["signer"], p["signer2"]) if x]
    doc = {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": f,
           "not_stated": ns, "also": also, "people": people, "versions": None}
    if notes:
        doc["notes"] = " ".join(notes)
    return doc

# ---------------------------------------------------------------- Word, Markdown, PDF

def fixed_docx(document) -> bytes:
    cp = document.core_properties
    when = dt.datetime(2021, 3, 15, 9, 30, 0)
    cp.created = cp.modified = cp.last_printed = when
    cp.author = cp.last_modified_by = "Executive Services"
    cp.revision = 3
    raw = io.BytesIO()
    document.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 3, 15, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_paras(text: str) -> bytes:
    import docx
    from docx.enum.text import WD_BREAK
    d = docx.Document()
    for page in text.split("\f"):
        for ln in page.strip("\n").split("\n"):
            d.add_paragraph(ln)
        d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    return fixed_docx(d)


def docx_tables(p, spec, rng) -> bytes:
    import docx
    lang = spec[2]
    dmg = Damage(rng, 0)
    s = spec_dict(spec)
    d = docx.Document()
    d.add_heading("Executive Work Description", 1)
    pairs = header_pairs(p, lang, LAB_EN[0], rng, dmg, s)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for i in range(0, len(pairs), 2):
        cells = t.add_row().cells
        for j, (_, l, v) in enumerate(pairs[i:i + 2]):
            cells[2 * j].text, cells[2 * j + 1].text = l, v
    secs, H = prose_sections(p, lang, rng, dmg, s)
    d.add_heading(secs[0][0], 2)
    d.add_paragraph(secs[0][1][0])
    d.add_heading(H["org"], 2)
    d.add_paragraph(f"The {p['title_en']} reports to the {p['sup_en']}. The following positions report to the {p['title_en']}:")
    rt = d.add_table(rows=1, cols=3)
    rt.style = "Table Grid"
    for c, h in zip(rt.rows[0].cells, ("Position", "Group and Level", "FTEs")):
        c.text = h
    for r in p["reports"]:
        cells = rt.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = r["en"], r["class"], str(r["fte"])
    for head, paras, numbered in secs[1:]:
        d.add_heading(head, 2)
        for i, para in enumerate(paras, 1):
            d.add_paragraph((f"{i}. " if numbered else "") + para)
    d.add_heading(H["dim"], 2)
    for ln in dims_lines(p, lang, rng, dmg, spec[7]):
        d.add_paragraph(ln)
    for ln in signature_lines(p, lang, rng):
        d.add_paragraph(ln)
    d.sections[0].footer.paragraphs[0].text = f"{p['dept'][0]} - Protected A when completed"
    return fixed_docx(d)


def markdown_bi(p, spec, rng) -> str:
    """A bilingual form converted to Markdown: the merged value cells came out in the English column only."""
    dmg = Damage(rng, 0)
    s = spec_dict(spec)
    le, lf = LAB_EN[0], LAB_FR[0]
    pe = header_pairs(p, "en", le, random.Random(1), dmg, s)
    rows = []
    for k, l, v in pe:
        fr = {"title": p["title_fr"], "dept": p["dept"][1], "st": p["sup_fr"], "br": p["branch"][1]}.get(k, "")
        if k == "loc" and p["loc"]:
            fr = p["loc"][1]
        rows.append(f"| {l} / {lf[k]} | {v} | {fr} |")
    secs_e, He = prose_sections(p, "en", rng, dmg, s)
    secs_f, Hf = prose_sections(p, "fr", rng, dmg, s)
    out = ["# Work Description / Description de travail", "", "| | English | Français |", "|---|---|---|"] + rows + [""]
    out += [f"## {He['org']} / {Hf['org']}", "",
            f"The {p['title_en']} reports to the {p['sup_en']}. / Le poste relève du {p['sup_fr']}.", "",
            "| Position | Poste | Group/Level - Groupe/niveau | FTEs - ETP |", "|---|---|---|---|"]
    out += [f"| {r['en']} | {r['fr']} | {r['class']} | {r['fte']} |" for r in p["reports"]] + [""]
    out += [f"## {He['dim']}", ""] + [f"- {ln}" for ln in dims_lines(p, "en", rng, dmg, spec[7])] + [""]
    for (he, pe_, ne), (hf, pf_, nf) in zip(secs_e, secs_f):
        out += [f"## {he} / {hf}", ""]
        for i, para in enumerate(pe_, 1):
            out += [(f"{i}. " if ne else "") + para, ""]
        for i, para in enumerate(pf_, 1):
            out += [(f"{i}. " if nf else "") + f"*{para}*", ""]
    out += [f"**{ln}**" for ln in signature_lines(p, "en", rng)]
    return "\n".join(out) + "\n"


def pdf_pages(text: str) -> list[str]:
    pages = []
    for chunk in text.split("\f"):
        lines = chunk.strip("\n").split("\n")
        for i in range(0, len(lines), 66):
            pages.append("\n".join(lines[i:i + 66]))
    return pages


def spec_dict(spec):
    name, kind, lang, level, page, header, reports, dims, sup, dmg, extra = spec
    return dict(extra, name=name, kind=kind, lang=lang, level=level, page=page, header=header,
                reports=reports, dims=dims, sup=sup, dmg=dmg)

# ---------------------------------------------------------------- documents to refuse

def refuse_docs(rng):
    docs = []
    # 1. a bilingual memo, its two-column header read across
    memo = (
        "MEMORANDUM                                   NOTE DE SERVICE\n"
        "TO: Directors General, Corporate Services    DESTINATAIRES : Directeurs généraux, Services ministériels\n"
        "FROM: Karen Whitfield, Director,             EXPÉDITEUR : Karen Whitfield, Directrice,\n"
        "Executive Services                           Services aux cadres\n"
        "CC: Rémi Paquette                            C.C. : Rémi Paquette\n"
        "DATE: 2O22-O3-14                             DATE : 2022-03-14\n"
        "SUBJECT: Update of EX work descriptions      OBJET : Mise à jour des descriptions de travail EX\n"
        "\n"
        "As part of the 2022-23 executive talent management cycle, branches are asked to review the work\n"
        "descriptions of their EX positions and return them, signed, to Executive Services by April 29.\n"
        "Positions to be updated / Postes à mettre à jour :\n"
        "Position No. Title Level No de poste Titre Niveau\n"
        "47213 Director, Financial Operations EX-01 47213 Directeur, Opérations financières EX-01\n"
        "50982 Director General, Real Property EX-03 50982 Directrice générale, Biens immobiliers EX-03\n"
        "61120 Executive Director, Procurement EX-02 61120 Directeur exécutif, Approvisionnement EX-02\n"
        "\n"
        "Dans le cadre du cycle de gestion des talents 2022-2023, les directions générales sont priées\n"
        "d'examiner les descriptions de travail de leurs postes EX et de les retourner signées.\n"
        "Questions: Rémi Paquette, Senior HR Advisor / conseiller principal en RH, 613-555-0148\n"
        "                                                                    Page 1 of 1\n")
    docs.append(("Memo - EX work descriptions update - Note de service.txt", "ocr", "bilingual", memo.encode("utf-8"),
                 ["Karen Whitfield", "Rémi Paquette"],
                 "A memo (note de service) asking branches to update EX work descriptions; it lists three positions with numbers and levels but describes none."))
    # 2. an organization chart, boxes read out of order
    chart = (
        "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
        "Corporate Services Branch / Direction générale des services ministériels Organization Chart "
        "Effective 2O23-O4-O1 Assistant Deputy Minister EX-O5 Shannon MacLeod Director General, Finance "
        "Director General, Human Resources EX-03 EX-03 Trevor Nguyen Josée Lavoie Director, Financial "
        "Operations EX-01 Director, Labour Relations Director, Planning and Reporting EX-01 EX-O1 Malcolm "
        "Fraser vacant Director, Workforce Planning Aisha Haddad EX-01 Executive Assistant AS-O2 Deborah "
        "Stewart Director, Procurement EX-01 (acting) Wei Chen Legend: solid line = reports to; dotted "
        "line = functional Page 1 of 1 Prepared by HR Planning 2023-03-28\n")
    docs.append(("Org chart - Corporate Services Branch (scan).txt", "ocr-columns", "en", chart.encode("utf-8"),
                 ["Shannon MacLeod", "Trevor Nguyen", "Josée Lavoie", "Malcolm Fraser", "Aisha Haddad", "Deborah Stewart", "Wei Chen"],
                 "An organization chart OCR'd with its boxes read out of order: titles, levels and names, no work description."))
    # 3. an executive performance agreement (PDF with a text layer)
    pa = ("EXECUTIVE PERFORMANCE AGREEMENT 2022-2023\n"
          "Executive: Gurpreet Sandhu Position title: Director, Client Service Delivery Level: EX-01\n"
          "Position number: 58814 Supervisor: Isabelle Girard, Director General, Service Delivery (EX-03)\n"
          "Department: Employment and Social Development Canada\n\n"
          "Section 1 - Work objectives and performance measures\n"
          "Commitment Performance measure Weight\n"
          "1. Reduce the processing backlog of benefit claims Backlog below 20 days by March 31, 2023 30%\n"
          "2. Implement the new client feedback tool Tool live in all regions by Q3 20%\n"
          "3. Deliver on the branch's Employment Equity action plan Representation targets met 20%\n"
          "4. Key leadership competencies: mobilize people, achieve results 30%\n\n"
          "Section 2 - Corporate priorities\n"
          "Section 3 - Mid-year review Comments: on track.\n\n"
          "Signatures\n"
          "Executive: Gurpreet Sandhu Date: 2022-06-10\n"
          "Supervisor: Isabelle Girard Date: 2022-06-14\n"
          "Protected B when completed                                        Page 1 of 1\n")
    docs.append(("Performance Agreement 2022-23 - Director, Client Service Delivery.pdf", "pdf", "en", pdf_bytes([pa]),
                 ["Gurpreet Sandhu", "Isabelle Girard"],
                 "An executive performance agreement (commitments, measures, weights), not a work description."))
    # 4. a scan that gave only noise
    noise_rng = random.Random(f"{SEED}-noise")
    junk = []
    for _ in range(40):
        junk.append("".join(noise_rng.choice("~!;:,.'`|/\\il1I-_=*°«»ÉéaeoOu rnm ") for _ in range(noise_rng.randint(20, 90))))
    junk.insert(6, "DESCR1PT ON DE TR AVA L   ,,  ;  ' ' .  gr0u pe/n1v  E  .  ~~")
    junk.insert(20, "  . ' ~  resp0ns ab il1té  g é n  ' .  ; ; | | |  ")
    docs.append(("Numérisation 2023-02-14 (illisible).txt", "ocr", "fr", ("\n".join(junk) + "\n").encode("utf-8"), [],
                 "A scan that OCR turned into noise; a couple of French words survive, no field is readable."))
    # 5. a PDF without a text layer (a scanned page: image-like marks only)
    ops = ["q 0.85 g"]
    srng = random.Random(f"{SEED}-scanpdf")
    for _ in range(180):
        ops.append(f"{srng.randint(40, 540)} {srng.randint(60, 780)} {srng.randint(10, 120)} {srng.randint(2, 6)} re f")
    ops.append("Q")
    docs.append(("Scan_20210915_0001.pdf", "pdf", "en", pdf_bytes([("\n".join(ops)).encode(), ("\n".join(ops[:90] + ["Q"])).encode()]), [],
                 "A two-page PDF of a scanned page with no text layer: nothing to read without OCR."))
    return docs

# ---------------------------------------------------------------- main

def dump(doc) -> str:
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120)


def main():
    for d in (CORPUS, EXPECTED):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    used = set()
    positions = []
    for i, spec in enumerate(WD):
        rng = random.Random(f"{SEED}-{i}")
        extra = spec[10]
        if "same_as" in extra:
            p = positions[extra["same_as"]]
        else:
            p = position_for(spec, rng, used)
        positions.append(p)
        s = spec_dict(spec)
        name, kind = spec[0], spec[1]
        if kind == "docx":
            data = docx_paras(compose(p, s, rng)) if extra["docx"] == "paras" else docx_tables(p, spec, rng)
        elif kind == "markdown":
            data = markdown_bi(p, spec, rng).encode("utf-8")
        elif kind == "pdf":
            data = pdf_bytes(pdf_pages(compose(p, s, rng)))
        elif kind == "text-cp1252":
            text = compose(p, s, rng).replace("'", "\u2019").replace("\f", "")
            data = text.replace("\n", "\r\n").encode("cp1252")
        else:
            data = compose(p, s, rng).encode("utf-8")
        (CORPUS / name).write_bytes(data)
        exp = expected_for(p, spec)
        if "same_as" in extra or any("same_as" in w[10] and w[10]["same_as"] == i for w in WD):
            j = extra.get("same_as", i)
            other = next(w[0] for k, w in enumerate(WD) if k != j and w[10].get("same_as") == j)
            exp["versions"] = {"documents": [WD[j][0], other], "newest": other,
                               "note": "the same position: the FINAL scan and its signed PDF"}
        (EXPECTED / f"{name}.expected.yaml").write_text(dump(exp), encoding="utf-8")
    for name, kind, lang, data, people, why in refuse_docs(random.Random(f"{SEED}-refuse")):
        (CORPUS / name).write_bytes(data)
        exp = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
               "not_stated": [], "also": None, "people": people, "versions": None, "notes": why}
        (EXPECTED / f"{name}.expected.yaml").write_text(dump(exp), encoding="utf-8")


if __name__ == "__main__":
    main()
