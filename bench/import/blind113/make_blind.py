#!/usr/bin/env python3
"""Write the blind113 corpus: bench/import/blind113/corpus/ and expected/.

Emphasis: direct reports in layouts that cross pages and columns (organization tables
continued on the next page with their header row repeated and a running header, footer and
page number between the rows; incumbent-name columns and names beside titles; vacant and
acting entries; numbered lists 1.1, 1.2; managers then advisors; charts drawn as indented
text or boxes; Total FTEs rows that are no report), as OCR text, Word files and PDF text
layers, in English and French.

    /work/main/.venv/bin/python bench/import/blind113/make_blind.py

Deterministic: a fixed seed, fixed timestamps in the .docx; the same bytes on every run.
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
import texts as T  # noqa: E402

SEED = 113

# ---------------------------------------------------------------- notations

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
PROV_FR = {"Quebec": "Québec", "Ontario": "Ontario", "British Columbia": "Colombie-Britannique",
           "Nova Scotia": "Nouvelle-Écosse", "New Brunswick": "Nouveau-Brunswick", "Alberta": "Alberta",
           "Manitoba": "Manitoba", "Saskatchewan": "Saskatchewan",
           "Prince Edward Island": "Île-du-Prince-Édouard"}


def fmt_date(d: dt.date, style: str) -> str:
    m, mf = MONTHS_EN[d.month - 1], MONTHS_FR[d.month - 1]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return {
        "long": f"{m} {d.day}, {d.year}",
        "ord": f"{m} {d.day}{suffix}, {d.year}",
        "iso": d.isoformat(),
        "dmy": f"{d.day} {m} {d.year}",
        "abbr": f"{m[:3]}. {d.day}, {d.year}",
        "upper": f"{d.day:02d}-{m[:3].upper()}-{d.year}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "fr": ("1er" if d.day == 1 else str(d.day)) + f" {mf} {d.year}",
        "fr_le": "le " + ("1er" if d.day == 1 else str(d.day)) + f" {mf} {d.year}",
        "fr_num": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
    }[style]


DATE_EN = ["long", "ord", "iso", "dmy", "abbr", "upper", "slash"]
DATE_FR = ["fr", "fr_le", "iso", "fr_num", "dot"]


def fmt_cls(c: str, style: str) -> str:
    grp, lvl = c.rsplit("-", 1)
    return {
        "dash": c, "space": f"{grp} {lvl}", "short": f"{grp}-{int(lvl)}", "paren": f"({c})",
        "joined": f"{grp}{lvl}", "spaced": f"{grp} - {lvl}", "title": f"{grp.capitalize()}-{lvl}",
    }[style]


CLS_STYLES = ["dash", "dash", "space", "short", "paren", "joined", "spaced", "title"]


def _dec(v: float, places: int, sep: str) -> str:
    s = f"{v:.{places}f}".rstrip("0").rstrip(".")
    return s.replace(".", sep)


def _groups(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def fmt_amount(v: int, style: str) -> str:
    """An amount in one notation; falls back to full digits when the notation cannot hold it."""
    if style in ("M", "Mfr", "million", "millions") and v % 1000 == 0 and v >= 1_000_000:
        m = v / 1_000_000
        return {"M": f"${_dec(m, 3, '.')}M", "Mfr": f"{_dec(m, 3, ',')} M$",
                "million": f"${_dec(m, 3, '.')} million",
                "millions": f"{_dec(m, 3, ',')} millions de dollars"}[style]
    if style in ("K", "Kfr") and v % 1000 == 0:
        return f"${v // 1000:,}K" if style == "K" else f"{_groups(v // 1000, ' ')} k$"
    if style in ("M", "million", "K"):
        style = "comma"
    if style in ("Mfr", "millions", "Kfr"):
        style = "fr"
    return {"comma": f"${v:,}", "comma00": f"${v:,}.00", "fr": f"{_groups(v, ' ')} $",
            "fr00": f"{_groups(v, ' ')},00 $", "plain": f"{v:,} $"}[style]


AMT_EN = ["comma", "M", "K", "million", "comma00"]
AMT_FR = ["fr", "Mfr", "fr00", "millions", "Kfr"]

# ---------------------------------------------------------------- OCR damage

DIGIT_SWAP = {"0": "O", "1": "I", "5": "S", "8": "B"}


def damage_digits(text: str, rng: random.Random, p: float) -> str:
    def tok(m):
        s = m.group(0)
        if not any(ch.isdigit() for ch in s):
            return s
        out = []
        for ch in s:
            if ch in DIGIT_SWAP and rng.random() < p:
                out.append("l" if ch == "1" and rng.random() < 0.3 else DIGIT_SWAP[ch])
            else:
                out.append(ch)
        return "".join(out)
    return re.sub(r"[$\w.,/-]+", tok, text)


CONFUSE = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("i", "l"), ("t", "l"),
           ("fi", "f"), ("ti", "d"), ("a", "e"), ("o", "a"), ("u", "v")]


def damage_prose(text: str, rng: random.Random, q: float) -> str:
    words = text.split(" ")
    out = []
    for w in words:
        if len(w) > 5 and rng.random() < q:
            a, b = CONFUSE[rng.randrange(len(CONFUSE))]
            i = w.find(a, 1)
            if i > 0:
                w = w[:i] + b + w[i + len(a):]
        out.append(w)
    s = ""
    for i, w in enumerate(out):
        if i == 0:
            s = w
        elif rng.random() < q / 3:
            s += w
        else:
            s += " " + w
    return s


def wrap(text: str, width: int, rng: random.Random | None = None, hyph: float = 0.0) -> list[str]:
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]
    if rng is None or hyph <= 0:
        return lines
    for i in range(len(lines) - 1):
        nxt = lines[i + 1].split(" ")
        w = nxt[0]
        if len(w) >= 8 and w.isalpha() and rng.random() < hyph:
            cut = len(w) // 2
            lines[i] = lines[i] + " " + w[:cut] + "-"
            lines[i + 1] = " ".join([w[cut:]] + nxt[1:])
    return lines

# ---------------------------------------------------------------- labels

LAB_EN = [
    dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number",
         date="Effective Date", sup_pos="Supervisor's Position Number", sup_title="Supervisor's Position Title",
         sup_cls="Supervisor's Classification", rt="Reports to", loc="Location", dept="Department",
         branch="Branch", inc="Incumbent"),
    dict(title="TITLE", cls="GROUP/LEVEL", job="JOB CODE", pos="POSITION NO.", date="EFFECTIVE DATE",
         sup_pos="SUPERVISOR POSITION NO.", sup_title="SUPERVISOR TITLE", sup_cls="SUPERVISOR GROUP/LEVEL",
         rt="REPORTS TO", loc="LOCATION", dept="DEPARTMENT", branch="BRANCH/SECTOR", inc="INCUMBENT"),
    dict(title="Job Title", cls="Position Level", job="Generic Job No.", pos="Position #", date="Date Effective",
         sup_pos="Reports to (Position No.)", sup_title="Reports to (Title)", sup_cls="Reports to (Level)",
         rt="Reports to", loc="Work Location", dept="Organization", branch="Branch", inc="Incumbent name"),
    dict(title="Official Position Title", cls="Group and Level", job="Job Number", pos="Position Ref. No.",
         date="Classification Effective Date", sup_pos="Immediate Supervisor - Position No.",
         sup_title="Immediate Supervisor", sup_cls="Immediate Supervisor - Group/Level", rt="Immediate Supervisor",
         loc="Geographic Location", dept="Department/Agency", branch="Sector", inc="Current Incumbent"),
]
LAB_FR = [
    dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro de poste",
         date="Date d'entrée en vigueur", sup_pos="Numéro du poste du superviseur",
         sup_title="Titre du poste du superviseur", sup_cls="Classification du superviseur", rt="Relève de",
         loc="Lieu", dept="Ministère", branch="Direction générale", inc="Titulaire"),
    dict(title="TITRE", cls="GROUPE ET NIVEAU", job="CODE DE LA DESCRIPTION", pos="NO DU POSTE",
         date="EN VIGUEUR LE", sup_pos="NO DU POSTE DU SUPÉRIEUR", sup_title="TITRE DU SUPÉRIEUR",
         sup_cls="GROUPE ET NIVEAU DU SUPÉRIEUR", rt="RELÈVE DE", loc="LIEU DE TRAVAIL", dept="MINISTÈRE",
         branch="SECTEUR", inc="TITULAIRE"),
    dict(title="Intitulé du poste", cls="Groupe/niveau", job="No de la description type", pos="No de poste",
         date="Date de prise d'effet", sup_pos="Supérieur immédiat (no de poste)",
         sup_title="Supérieur immédiat", sup_cls="Supérieur immédiat (groupe/niveau)", rt="Supérieur immédiat",
         loc="Emplacement géographique", dept="Organisation", branch="Secteur", inc="Nom du titulaire"),
]


def lab_bi(i: int) -> dict:
    e, f = LAB_EN[i % len(LAB_EN)], LAB_FR[i % len(LAB_FR)]
    return {k: f"{e[k]} / {f[k]}" for k in e}


HEAD = {
    "en": dict(ga=["General Accountability", "GENERAL ACCOUNTABILITY", "Purpose"],
               org=["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Organization"],
               ns=["Nature and Scope", "NATURE AND SCOPE", "Nature & Scope"],
               dim=["Dimensions", "DIMENSIONS", "Financial and Human Resources"],
               sa=["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Activities"],
               cert=["Certification", "CERTIFICATION", "Signatures"]),
    "fr": dict(ga=["Responsabilité générale", "RESPONSABILITÉ GÉNÉRALE", "Raison d'être"],
               org=["Structure organisationnelle", "STRUCTURE ORGANISATIONNELLE", "Organisation"],
               ns=["Nature et étendue", "NATURE ET PORTÉE", "Nature et étendue du poste"],
               dim=["Dimensions", "DIMENSIONS", "Ressources financières et humaines"],
               sa=["Responsabilités spécifiques", "RESPONSABILITÉS SPÉCIFIQUES", "Activités principales"],
               cert=["Certification", "ATTESTATION", "Signatures"]),
}

# ---------------------------------------------------------------- positions

LEVEL_TITLE = {1: ("Director", "Directeur", "Directrice"), 2: ("Executive Director", "Directeur exécutif", "Directrice exécutive"),
               3: ("Director General", "Directeur général", "Directrice générale"),
               4: ("Assistant Deputy Minister", "Sous-ministre adjoint", "Sous-ministre adjointe")}


def make_position(rng: random.Random, spec: dict, used_units: set) -> dict:
    dkey = spec["dept"]
    d = T.DEPARTMENTS[dkey]
    level = spec["level"]
    area = d[5][spec.get("area", rng.randrange(len(d[5])))]
    branch = d[3][rng.randrange(len(d[3]))]
    loc = spec.get("loc") or d[4][rng.randrange(len(d[4]))]
    fem = rng.random() < 0.5
    te, tm, tf = LEVEL_TITLE[level]
    title_en = f"{te}, {area[0]}"
    title_fr = f"{tf if fem else tm}, {area[1]}"
    cls = f"EX-0{level}"
    # supervisor
    if level >= 3:
        sup = (f"Assistant Deputy Minister, {branch[0]}", f"Sous-ministre adjoint, {branch[1]}", "EX-05" if level == 4 else "EX-04")
        if level == 4:
            sup = ("Deputy Minister", "Sous-ministre", "DM-01")
    elif level == 2:
        other = d[5][(d[5].index(area) + 1) % len(d[5])]
        sup = (f"Director General, {other[0]}", f"Directeur général, {other[1]}", "EX-03")
    else:
        if rng.random() < 0.3:
            other = d[5][(d[5].index(area) + 2) % len(d[5])]
            sup = (f"Executive Director, {other[0]}", f"Directeur exécutif, {other[1]}", "EX-02")
        else:
            sup = (f"Director General, {area[0]}", f"Directeur général, {area[1]}", "EX-03")
    sup_pos = str(rng.randrange(10000, 999999)).zfill(rng.choice([5, 6, 6, 8]))
    pos = str(rng.randrange(10000, 999999)).zfill(rng.choice([5, 6, 6, 8]))
    job = rng.choice([str(rng.randrange(100000, 109999)), f"EX-{rng.randrange(1000, 9999)}",
                      str(rng.randrange(10000, 99999)), f"{d[2].upper()}-{rng.randrange(100, 999)}"])
    eff = dt.date(rng.randrange(2008, 2025), rng.randrange(1, 13), rng.randrange(1, 29))
    # reports
    n_mgr = spec.get("n_mgr", rng.randrange(3, 6))
    n_adv = spec.get("n_adv", rng.randrange(1, 3) if spec.get("groups") else rng.choice([0, 0, 1]))
    units = [u for u in T.UNITS if u not in used_units] or list(T.UNITS)
    rng.shuffle(units)
    reports = []
    for i in range(n_mgr):
        u = units[i % len(units)]
        if level >= 3:
            r_en, r_fr = f"Director, {u[0]}", rng.choice(["Directeur", "Directrice"]) + f", {u[1]}"
            r_cls = "EX-01"
            fte = rng.randrange(8, 48)
        elif level == 2:
            if rng.random() < 0.6:
                r_en, r_fr, r_cls = f"Director, {u[0]}", rng.choice(["Directeur", "Directrice"]) + f", {u[1]}", "EX-01"
                fte = rng.randrange(8, 36)
            else:
                r_en, r_fr = f"Manager, {u[0]}", f"Gestionnaire, {u[1]}"
                r_cls = rng.choice(T.OCCUPATIONS[dkey])
                fte = rng.randrange(5, 20)
        else:
            r_en, r_fr = f"Manager, {u[0]}", f"Gestionnaire, {u[1]}"
            r_cls = rng.choice(T.OCCUPATIONS[dkey])
            fte = rng.randrange(4, 22)
        reports.append(dict(en=r_en, fr=r_fr, cls=r_cls, fte=fte, group="mgr"))
    advs = list(T.ADVISORS_EN)
    rng.shuffle(advs)
    for i in range(n_adv):
        a_en, a_cls = advs[i]
        reports.append(dict(en=a_en, fr=T.ADVISORS_FR[a_en], cls=a_cls, fte=1, group="adv"))
    # names, vacant, acting
    names = list(T.PEOPLE)
    rng.shuffle(names)
    for r in reports:
        r["name"] = names.pop()
        r["status"] = None
    if spec.get("vacant"):
        reports[rng.randrange(len(reports))]["status"] = "vacant"
    if spec.get("acting"):
        cand = [r for r in reports if r["status"] is None]
        cand[rng.randrange(len(cand))]["status"] = "acting"
    if spec.get("no_cls"):
        for r in reports:
            if r["group"] == "adv" or rng.random() < 0.4:
                r["cls_hidden"] = True
    if spec.get("no_fte"):
        for r in reports:
            r["fte_hidden"] = True
    sum_fte = sum(r["fte"] for r in reports)
    fte_total = sum_fte + 1 + rng.choice([0, 0, 1, 2])
    salary = fte_total * rng.randrange(88, 118) * 1000
    salary = (salary // 10000) * 10000
    om = rng.randrange(40, 900) * 1000
    if rng.random() < 0.5:
        om = (om // 10000) * 10000
    return dict(dept=dkey, D=d, level=level, area=area, branch=branch, loc=loc, title_en=title_en,
                title_fr=title_fr, fem=fem, cls=cls, sup_en=sup[0], sup_fr=sup[1], sup_cls=sup[2],
                sup_pos=sup_pos, pos=pos, job=job, eff=eff, reports=reports, fte_total=fte_total,
                salary=salary, om=om, total=salary + om, incumbent=names.pop(), signer=names.pop(),
                names=names, program=rng.randrange(5, 240) * 1_000_000)

# ---------------------------------------------------------------- rendering pieces


class Doc:
    """Holds one document being written: its language, choices, and the people printed."""

    def __init__(self, spec, pos, rng):
        self.spec, self.p, self.rng = spec, pos, rng
        self.lang = spec["lang"]
        self.people: list[str] = []
        self.cls_style = spec.get("cls_style") or rng.choice(CLS_STYLES)
        self.rcls_style = "dash" if rng.random() < 0.6 or self.cls_style not in ("space", "spaced") else self.cls_style
        fr = self.lang == "fr"
        self.date_style = spec.get("date_style") or rng.choice(DATE_FR if fr else DATE_EN)
        self.amt_style = spec.get("amt_style") or rng.choice(AMT_FR if fr else AMT_EN)
        self.lab_i = spec.get("labels", rng.randrange(3 if fr else 4))
        self.head_i = rng.randrange(3)
        self.cp1252 = spec["kind"] in ("pdf", "text-cp1252")
        self.stated = dict(job=spec.get("job", rng.random() < 0.55), pos=spec.get("pos", True),
                           date=spec.get("date", rng.random() < 0.85),
                           loc=spec.get("loc_stated", rng.random() < 0.8))
        self.sup_mode = spec.get("sup") or rng.choice(["fields", "fields", "reports_to", "sentence"])

    def person(self, name):
        if name not in self.people:
            self.people.append(name)
        return name

    def L(self):
        if self.lang == "fr":
            return LAB_FR[self.lab_i % len(LAB_FR)]
        if self.lang == "bi":
            return lab_bi(self.lab_i)
        return LAB_EN[self.lab_i]

    def h(self, key):
        if self.lang == "bi":
            return f"{HEAD['en'][key][self.head_i]} / {HEAD['fr'][key][self.head_i]}"
        return HEAD["fr" if self.lang == "fr" else "en"][key][self.head_i]

    def title(self):
        return self.p["title_fr"] if self.lang == "fr" else self.p["title_en"]

    def ft(self):  # words for FTE
        return "ETP" if self.lang == "fr" else self.rng.choice(["FTEs", "FTEs", "FTE"])

    def location(self):
        city, prov = self.p["loc"].split(", ")
        if self.lang == "fr":
            return f"{city} ({PROV_FR[prov]})"
        return self.rng.choice([f"{city}, {prov}", f"{city}, {prov}", f"{city} ({prov})"])

    def cls(self, c, style=None):
        return fmt_cls(c, style or self.cls_style)

    def amt(self, v):
        return fmt_amount(v, self.amt_style)

    def date(self):
        return fmt_date(self.p["eff"], self.date_style)

    def rtitle(self, r):
        return r["fr"] if self.lang == "fr" else r["en"]

    # ------------------------------------------------ header fields
    def header_fields(self) -> list[tuple[str, str]]:
        p, L = self.p, self.L()
        f = []
        if self.lang == "bi":
            f.append((L["title"], p["title_en"]))
            f.append((L["title"] + " (FR)" if self.rng.random() < 0.3 else "Titre du poste (français)", p["title_fr"]))
        else:
            f.append((L["title"], self.title()))
        f.append((L["cls"], self.cls(p["cls"])))
        if self.stated["job"]:
            f.append((L["job"], p["job"]))
        if self.stated["pos"]:
            f.append((L["pos"], p["pos"]))
        elif self.spec.get("pos_tbd"):
            f.append((L["pos"], self.spec["pos_tbd"]))
        if self.stated["date"]:
            f.append((L["date"], self.date()))
        if self.spec.get("dept_field", True):
            dname = p["D"][1] if self.lang == "fr" else p["D"][0]
            f.append((L["dept"], dname))
        f.append((L["branch"], p["branch"][1] if self.lang == "fr" else p["branch"][0]))
        if self.stated["loc"]:
            f.append((L["loc"], self.location()))
        sup_t = p["sup_fr"] if self.lang == "fr" else p["sup_en"]
        if self.sup_mode == "fields":
            f.append((L["sup_pos"], p["sup_pos"]))
            f.append((L["sup_title"], sup_t))
            f.append((L["sup_cls"], self.cls(p["sup_cls"])))
        elif self.sup_mode == "reports_to":
            f.append((L["rt"], f"{sup_t} ({self.cls(p['sup_cls'], 'dash')})"))
        if self.spec.get("inc_field"):
            f.append((L["inc"], self.person(p["incumbent"])))
        return f

    def fields_lines(self, layout: str) -> list[str]:
        f = self.header_fields()
        out = []
        if layout == "boxes":
            for i in range(0, len(f), 2):
                pair = f[i:i + 2]
                w = max([44] + [len(v) + 3 for _, v in pair[:1]] + [len(lab) + 3 for lab, _ in pair[:1]])
                out.append("".join(lab.upper().ljust(w) for lab, _ in pair).rstrip())
                out.append("".join(val.ljust(w) for _, val in pair).rstrip())
                out.append("")
            return out
        for lab, val in f:
            if layout == "colon":
                sep = " : " if self.lang == "fr" else ": "
                out.append(f"{lab}{sep}{val}")
            elif layout == "nextline":
                out += [lab + ("" if self.rng.random() < 0.5 else ":"), "    " + val]
            elif layout == "dots":
                out.append(f"{lab} " + "." * max(3, 44 - len(lab)) + f" {val}")
            elif layout == "tabs":
                out.append(f"{lab}:\t\t{val}")
            elif layout == "md":
                out.append(f"*   **{lab}:** {val}")
            elif layout == "mdtable":
                out.append(f"| {lab} | {val} |")
        if layout == "mdtable":
            out[0:0] = ["| Field | Value |" if self.lang != "fr" else "| Champ | Valeur |", "|---|---|"]
        return out

    # ------------------------------------------------ dimensions
    def dims(self, style: str) -> tuple[list[str], dict]:
        """Lines and the expected money fields."""
        p, fr = self.p, self.lang == "fr"
        ft = self.ft()
        exp = dict(salary=p["salary"], o_and_m=p["om"], total=p["total"], fte=p["fte_total"],
                   operating_budget=None, program_budget=None)
        if style == "lines":
            lab = (["ETP", "Salaires", "F et E", "Total"] if fr else
                   self.rng.choice([["FTEs", "Salary", "O&M", "Total"],
                                    ["Human resources (FTEs)", "Salary budget", "Operating and maintenance", "Total budget"]]))
            if self.lang == "bi":
                lab = ["FTEs / ETP", "Salary / Salaires", "O&M / F et E", "Total"]
            vals = [str(p["fte_total"]), self.amt(p["salary"]), self.amt(p["om"]), self.amt(p["total"])]
            sep = " : " if fr else ": "
            return [f"{a}{sep}{b}" for a, b in zip(lab, vals)], exp
        if style == "nototal":
            exp["total"] = None
            lab = ["ETP", "Budget salarial", "Budget de F et E"] if fr else ["FTEs", "Salary", "O&M"]
            vals = [str(p["fte_total"]), self.amt(p["salary"]), self.amt(p["om"])]
            sep = " : " if fr else ": "
            return [f"{a}{sep}{b}" for a, b in zip(lab, vals)], exp
        if style == "k000":
            hdr = "(en milliers de dollars)" if fr else "($000)"
            g = (lambda v: _groups(v // 1000, " ")) if fr else (lambda v: f"{v // 1000:,}")
            rows = ([("Salaires", p["salary"]), ("Fonctionnement et entretien", p["om"]), ("Total", p["total"])] if fr else
                    [("Salary", p["salary"]), ("Operating and Maintenance", p["om"]), ("Total", p["total"])])
            ok = all(v % 1000 == 0 for _, v in rows)
            assert ok
            out = [f"{'Budget'.ljust(34)}{hdr}"] + [f"{a.ljust(34)}{g(v).rjust(10)}" for a, v in rows]
            out.append(f"{('ETP' if fr else 'FTEs').ljust(34)}{str(p['fte_total']).rjust(10)}")
            return out, exp
        if style == "sentence":
            if fr:
                s = (f"La direction compte {p['fte_total']} ETP et dispose d'un budget salarial de {self.amt(p['salary'])} "
                     f"et d'un budget de fonctionnement et d'entretien de {self.amt(p['om'])}, pour un total de {self.amt(p['total'])}.")
            else:
                s = (f"The organization has {p['fte_total']} FTEs, a salary budget of {self.amt(p['salary'])} and an O&M "
                     f"budget of {self.amt(p['om'])}, for a total of {self.amt(p['total'])}.")
            return [s], exp
        if style == "budget":
            exp.update(salary=None, o_and_m=None, total=None, operating_budget=p["total"], program_budget=p["program"])
            if fr:
                return [f"ETP : {p['fte_total']}", f"Budget de fonctionnement : {self.amt(p['total'])}",
                        f"Budget des programmes (subventions et contributions) : {self.amt(p['program'])}"], exp
            return [f"FTEs: {p['fte_total']}", f"Operating Budget: {self.amt(p['total'])}",
                    f"Program Budget (Grants and Contributions): {self.amt(p['program'])}"], exp
        raise ValueError(style)

    # ------------------------------------------------ reports
    def rep_cls(self, r):
        return None if r.get("cls_hidden") else r["cls"]

    def rep_fte(self, r):
        return None if r.get("fte_hidden") else r["fte"]

    def expected_reports(self):
        return [dict(title=self.rtitle(r), classification=self.rep_cls(r), fte=self.rep_fte(r)) for r in self.p["reports"]]

    def who(self, r, short=False):
        fr = self.lang == "fr"
        if r["status"] == "vacant":
            return self.rng.choice(["Poste vacant", "Vacant"]) if fr else self.rng.choice(["Vacant", "VACANT", "(vacant)"])
        n = self.person(r["name"])
        if r["status"] == "acting":
            return (f"{n} (par intérim)" if fr else self.rng.choice([f"{n} (acting)", f"{n} (A)", f"Acting: {n}"]))
        return n

    def col_heads(self, with_name: bool):
        fr, bi = self.lang == "fr", self.lang == "bi"
        if bi:
            h = ["Position / Poste", "Group-Level / Groupe-niveau", "FTEs / ETP"]
            n = "Incumbent / Titulaire"
        elif fr:
            h = self.rng.choice([["Poste", "Groupe et niveau", "ETP"], ["Titre du poste", "Classification", "ETP"]])
            n = "Titulaire"
        else:
            h = self.rng.choice([["Position", "Group/Level", "FTEs"], ["Title", "Classification", "FTE"],
                                 ["Position Title", "Level", "Staff"]])
            n = self.rng.choice(["Incumbent", "Name", "Incumbent (Name)"])
        return h + ([n] if with_name else [])

    def rows(self, with_name: bool):
        out = []
        for r in self.p["reports"]:
            c = self.rep_cls(r)
            f = self.rep_fte(r)
            row = [self.rtitle(r), self.cls(c, self.rcls_style) if c else "", str(f) if f is not None else ""]
            if with_name:
                row.append(self.who(r))
            out.append(row)
        return out

    def total_row(self, ncols):
        s = sum(r["fte"] for r in self.p["reports"])
        lab = "Total des ETP" if self.lang == "fr" else self.rng.choice(["Total FTEs", "TOTAL", "Total"])
        return [lab, "", str(s)] + [""] * (ncols - 3)


def text_table(rows: list[list[str]], widths: list[int], sep="  ") -> list[str]:
    return [sep.join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]


PB = "\x00PAGEBREAK\x00"


def reports_block(doc: Doc, layout: str, width: int = 96) -> list[str]:
    """Lines of the direct reports in one layout (PB marks a forced page break)."""
    p, fr, rng = doc.p, doc.lang == "fr", doc.rng
    T_ = doc.title()
    ft = doc.ft()
    reps = p["reports"]
    sp = doc.spec
    out = []
    intro_en = rng.choice([f"The following positions report to the {T_}:",
                           f"Reporting to the {T_} are:",
                           f"Positions reporting directly to the {T_}:"])
    intro_fr = rng.choice([f"Les postes suivants relèvent du {T_} :", "Relèvent directement du titulaire :",
                           "Postes relevant directement du titulaire :"])
    intro = intro_fr if fr else intro_en
    if doc.lang == "bi":
        intro = "Direct reports / Subordonnés directs:"

    def desc(r):
        c, f = doc.rep_cls(r), doc.rep_fte(r)
        bits = []
        if c:
            bits.append(doc.cls(c, doc.rcls_style))
        if f is not None:
            bits.append((f"{f} FTE" if f == 1 else f"{f} {ft}") if not fr else f"{f} ETP")
        return bits

    if layout in ("table_split", "table"):
        with_name = sp.get("names", True)
        heads = doc.col_heads(with_name)
        rows = doc.rows(with_name)
        widths = [max(len(x[i]) for x in rows + [heads]) + 2 for i in range(len(heads))]
        widths[0] = max(widths[0], 30)
        out.append(intro)
        out.append("")
        out += text_table([heads], widths)
        out.append("-" * min(width, sum(widths) + 2 * len(widths)))
        split = sp.get("split_at", max(1, len(rows) // 2)) if layout == "table_split" else None
        for i, row in enumerate(rows):
            if split is not None and i == split:
                out.append(PB)
                if rng.random() < 0.6:
                    out.append(("Structure organisationnelle (suite)" if fr else "Organization Structure (continued)")
                               if doc.lang != "bi" else "Organization Structure (continued) / Structure organisationnelle (suite)")
                out += text_table([heads], widths)
                out.append("-" * min(width, sum(widths) + 2 * len(widths)))
            out += text_table([row], widths)
        if sp.get("total_row", True):
            out.append("-" * min(width, sum(widths) + 2 * len(widths)))
            out += text_table([doc.total_row(len(heads))], widths)
        return out
    if layout == "numbered":
        sec = sp.get("secno", 3)
        out.append(intro)
        for i, r in enumerate(reps, 1):
            bits = desc(r)
            line = f"{sec}.{i} {doc.rtitle(r)}"
            if bits:
                line += " (" + ", ".join(bits) + ")"
            if sp.get("names"):
                line += " - " + doc.who(r)
            elif r["status"] == "vacant":
                line += " - " + ("poste vacant" if fr else "vacant")
            if rng.random() < 0.5:
                line += (" : responsable de la " + rng.choice(["planification", "prestation", "coordination"]) + " des activités de la division."
                         if fr else ": responsible for the " + rng.choice(["planning", "delivery", "coordination"]) + " of the division's activities.")
            out += wrap(line, width) if len(line) > width else [line]
        return out
    if layout == "groups":
        mg = [r for r in reps if r["group"] == "mgr"]
        ad = [r for r in reps if r["group"] == "adv"]
        g1, g2 = ((rng.choice(["Directeurs :", "Gestionnaires :", "Cadres :"]), "Conseillers et soutien :") if fr else
                  (rng.choice(["Managers:", "Directors:", "Management team:"]), rng.choice(["Advisors:", "Advisory and support staff:"])))
        if doc.lang == "bi":
            g1, g2 = "Managers / Gestionnaires:", "Advisors / Conseillers:"
        out.append(intro)
        for grp, lst in ((g1, mg), (g2, ad)):
            out.append("")
            out.append(grp)
            for r in lst:
                bits = desc(r)
                line = f"  - {doc.rtitle(r)}"
                if bits:
                    line += " - " + " - ".join(bits)
                if sp.get("names") or r["status"]:
                    line += f" ({doc.who(r)})" if r["status"] != "vacant" else f" [{doc.who(r)}]"
                out.append(line)
        return out
    if layout == "tree":
        head = f"{T_} ({doc.cls(p['cls'], 'dash')})"
        out.append(head)
        for i, r in enumerate(reps):
            last = i == len(reps) - 1
            bits = desc(r)
            line = ("    `-- " if last else "    |-- ") + doc.rtitle(r)
            if bits:
                line += "  " + ("." * 4) + "  " + " / ".join(bits)
            out.append(line)
            if sp.get("names") or r["status"]:
                out.append(("           " if last else "    |      ") + doc.who(r))
        return out
    if layout == "indent":
        hd = doc.col_heads(False)
        out.append(T_)
        out.append(("        " + hd[0].ljust(58) + hd[1].ljust(10) + hd[2]).rstrip())
        for r in reps:
            c, f = doc.rep_cls(r), doc.rep_fte(r)
            line = "        " + doc.rtitle(r).ljust(58) + (doc.cls(c, doc.rcls_style) if c else "").ljust(10) + (str(f) if f is not None else "")
            out.append(line.rstrip())
            if sp.get("names") or r["status"]:
                out.append("            " + doc.who(r))
        return out
    if layout == "boxes":
        bw = 28
        top = f"{T_}"
        tl = wrap(top, 40)
        out.append(" " * 24 + "+" + "-" * 42 + "+")
        for line in tl + [doc.cls(p["cls"], "dash")]:
            out.append(" " * 24 + "| " + line.ljust(40) + " |")
        out.append(" " * 24 + "+" + "-" * 42 + "+")
        out.append(" " * 45 + "|")
        per = sp.get("per_row", 3)
        for k in range(0, len(reps), per):
            chunk = reps[k:k + per]
            cells = []
            for r in chunk:
                ls = wrap(doc.rtitle(r), bw - 2)
                bits = desc(r)
                if bits:
                    ls.append(" - ".join(bits))
                if sp.get("names") or r["status"]:
                    ls.append(doc.who(r))
                cells.append(ls)
            h = max(len(c) for c in cells)
            out.append("  ".join("+" + "-" * bw + "+" for _ in chunk))
            for j in range(h):
                out.append("  ".join("| " + (c[j] if j < len(c) else "").ljust(bw - 2) + " |" for c in cells))
            out.append("  ".join("+" + "-" * bw + "+" for _ in chunk))
            out.append("")
        return out
    if layout == "names":
        out.append(intro)
        for r in reps:
            bits = desc(r)
            w = doc.who(r)
            form = sp.get("name_form", 0)
            if form == 0:
                line = f"- {doc.rtitle(r)}" + (f" ({', '.join(bits)})" if bits else "") + f" \u2014 {w}"
            else:
                line = f"- {doc.rtitle(r)}" + (f", {', '.join(bits)}" if bits else "") + (f" (Titulaire : {w})" if fr else f" (Incumbent: {w})")
            out.append(line)
        return out
    if layout == "prose":
        parts = []
        for r in reps:
            c, f = doc.rep_cls(r), doc.rep_fte(r)
            s = ("le " if fr else "the ") + doc.rtitle(r)
            if c:
                s += f" ({doc.cls(c, doc.rcls_style)})"
            if f is not None:
                s += (f", avec un effectif de {f}" if fr else rng.choice([f" with a staff of {f}", f" ({f} FTEs)", f", {f} FTEs"]))
            if r["status"] == "vacant":
                s += " (poste actuellement vacant)" if fr else " (currently vacant)"
            parts.append(s)
        joined = ", ".join(parts[:-1]) + (" et " if fr else ", and ") + parts[-1]
        if fr:
            s = f"Relèvent directement du titulaire : {joined}."
        else:
            s = f"Reporting to the {T_} are {joined}."
        return wrap(s, width)
    if layout == "mdtable":
        with_name = sp.get("names", False)
        heads = doc.col_heads(with_name)
        out.append(intro)
        out.append("")
        out.append("| " + " | ".join(heads) + " |")
        out.append("|" + "---|" * len(heads))
        for row in doc.rows(with_name):
            out.append("| " + " | ".join(row) + " |")
        if sp.get("total_row"):
            out.append("| " + " | ".join("**" + c + "**" if c else "" for c in doc.total_row(len(heads))) + " |")
        return out
    raise ValueError(layout)

# ---------------------------------------------------------------- document bodies


def sup_sentence(doc: Doc) -> str:
    p = doc.p
    if doc.lang == "fr":
        s = f"Le ou la titulaire relève du {p['sup_fr']} ({doc.cls(p['sup_cls'], 'dash')})"
        if doc.spec.get("sup_pos_in_sentence"):
            s += f", poste no {p['sup_pos']}"
        return s + "."
    s = f"The {doc.title()} reports to the {p['sup_en']} ({doc.cls(p['sup_cls'], 'dash')})"
    if doc.spec.get("sup_pos_in_sentence"):
        s += f", position number {p['sup_pos']}"
    return s + "."


def prose(doc: Doc, pool, n, fill) -> list[str]:
    idx = list(range(len(pool)))
    doc.rng.shuffle(idx)
    out = [pool[i].format(**fill) for i in sorted(idx[:n])]
    return [re.sub(r"(?i)(programs) programs", r"\1", x) for x in out]


def sections(doc: Doc) -> list[tuple[str, list[str]]]:
    """The document's sections as (heading, paragraphs); a paragraph that is a list is literal lines."""
    p, fr, bi, rng = doc.p, doc.lang == "fr", doc.lang == "bi", doc.rng
    D = p["D"][1] if fr else p["D"][0]
    fill_en = dict(T=p["title_en"], a=p["area"][0].lower() if rng.random() < 0.5 else p["area"][0], D=p["D"][0],
                   S=p["sup_en"], u=rng.choice(["Directorate", "Branch", "organization"]), m=p["D"][6])
    fill_fr = dict(T=p["title_fr"].split(",")[0].lower(), a=p["area"][1].lower(), D=p["D"][1],
                   S=p["sup_fr"].split(",")[0].lower(), u="direction", m=p["D"][7])
    secs = []
    ga = prose(doc, T.GA_FR if fr else T.GA_EN, 1, fill_fr if fr else fill_en)
    if bi:
        ga += prose(doc, T.GA_FR, 1, fill_fr)
    secs.append(("ga", ga))
    org = []
    if doc.sup_mode == "sentence":
        org.append(sup_sentence(doc))
    elif rng.random() < 0.4 and doc.sup_mode != "fields":
        org.append(sup_sentence(doc))
    org.append(("REPORTS",))
    secs.append(("org", org))
    ns = prose(doc, T.NS_FR if fr else T.NS_EN, rng.randrange(2, 4), fill_fr if fr else fill_en)
    if bi:
        ns += prose(doc, T.NS_FR, 1, fill_fr)
    secs.append(("ns", ns))
    secs.append(("dim", [("DIMS",)]))
    sa = prose(doc, T.SA_FR if fr else T.SA_EN, rng.randrange(5, 8), fill_fr if fr else fill_en)
    secs.append(("sa", [("NUMLIST", sa)]))
    order = doc.spec.get("order") or rng.choice(["std", "std", "dimfirst", "orglate"])
    if order == "dimfirst":
        secs = [secs[0], secs[3], secs[1], secs[2], secs[4]]
    elif order == "orglate":
        secs = [secs[0], secs[2], secs[4], secs[1], secs[3]]
    if doc.spec.get("csr"):
        csr = (T.CSR_FR if fr else T.CSR_EN).format(a=(p["area"][1] if fr else p["area"][0]).lower())
        secs.insert(0, ("csr", [csr]))
    return secs


def cert_lines(doc: Doc) -> list[str]:
    p, fr, rng = doc.p, doc.lang == "fr", doc.rng
    if not doc.spec.get("cert", True):
        return []
    sup_t = p["sup_fr"] if fr else p["sup_en"]
    inc, sig = p["incumbent"], p["signer"]
    d2 = p["eff"] - dt.timedelta(days=rng.randrange(3, 60))
    ds = fmt_date(d2, "iso")
    out = []
    if fr:
        out.append("La présente description représente fidèlement les fonctions assignées au poste.")
        out.append("")
        if rng.random() < 0.6:
            out.append(f"Titulaire : {doc.person(inc)}        Date : {ds}")
        out.append(f"Superviseur : {doc.person(sig)}, {sup_t}        Date : {ds}")
    else:
        out.append("The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position.")
        out.append("")
        if rng.random() < 0.6:
            out.append(f"Incumbent: {doc.person(inc)}        Date: {ds}")
        out.append(f"Supervisor: {doc.person(sig)}, {sup_t}        Date: {ds}")
    return out


def heading_text(doc: Doc, key: str, n: int, style: str) -> str:
    if key == "csr":
        base = "Résultats axés sur le service à la clientèle" if doc.lang == "fr" else "Client Service Results"
    else:
        base = doc.h(key)
    if style == "num":
        return f"{n}. {base}"
    if style == "letter":
        return f"{'ABCDEFGH'[n - 1]}) {base.upper()}"
    if style == "md":
        return f"## {base}"
    if style == "upper":
        return base.upper()
    if style == "colon":
        return base + (" :" if doc.lang == "fr" else ":")
    return base


def body_lines(doc: Doc, width: int, head_style: str, rep_layout: str, dim_style: str,
               field_layout: str, prose_damage=None) -> tuple[list[str], dict]:
    """The whole document as lines, with PB markers; and the expected money."""
    p, fr = doc.p, doc.lang == "fr"
    lines = []
    top = {"en": "EXECUTIVE WORK DESCRIPTION", "fr": "DESCRIPTION DE TRAVAIL DE CADRE",
           "bi": "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"}[doc.lang]
    if head_style == "md":
        lines += ["# " + top.title() if doc.lang != "fr" else "# Description de travail de cadre", ""]
    else:
        lines += [top, ""]
    lines += doc.fields_lines(field_layout)
    lines.append("")
    money = None
    n = 0
    for key, paras in sections(doc):
        n += 1
        lines.append(heading_text(doc, key, n, head_style))
        if head_style not in ("md",) and doc.rng.random() < 0.3:
            lines.append("-" * len(lines[-1]))
        lines.append("")
        for para in paras:
            if isinstance(para, tuple):
                if para[0] == "REPORTS":
                    if key == "org" and doc.spec.get("secno_auto"):
                        doc.spec["secno"] = n
                    lines += reports_block(doc, rep_layout, width)
                elif para[0] == "DIMS":
                    dl, money = doc.dims(dim_style)
                    for x in dl:
                        lines += wrap(x, width) if len(x) > width else [x]
                elif para[0] == "NUMLIST":
                    for i, item in enumerate(para[1], 1):
                        item = prose_damage(item) if prose_damage else item
                        w = wrap(f"{i}. {item}", width, doc.rng, 0.15 if prose_damage else 0)
                        lines += [w[0]] + ["   " + x for x in w[1:]]
                lines.append("")
                continue
            para = prose_damage(para) if prose_damage else para
            lines += wrap(para, width, doc.rng, 0.2 if prose_damage else 0)
            lines.append("")
    c = cert_lines(doc)
    if c:
        n += 1
        lines.append(heading_text(doc, "cert", n, head_style))
        lines.append("")
        lines += c
    return lines, money


def paginate(lines: list[str], max_lines: int) -> list[list[str]]:
    pages, cur = [], []
    for ln in lines:
        if ln == PB:
            pages.append(cur)
            cur = []
            continue
        if len(cur) >= max_lines and ln == "":
            pages.append(cur)
            cur = []
            continue
        cur.append(ln)
    if cur:
        pages.append(cur)
    return [pg for pg in pages if any(x.strip() for x in pg)]


def running(doc: Doc, i: int, n: int):
    p, fr = doc.p, doc.lang == "fr"
    short = p["D"][2]
    hdr_opts = [f"{short} - {doc.title()}", f"{p['D'][1] if fr else p['D'][0]}", f"{doc.title()} ({doc.cls(p['cls'], 'dash')})",
                "PROTÉGÉ A" if fr else "PROTECTED A"]
    hdr = hdr_opts[doc.spec.get("hdr_i", 0) % len(hdr_opts)]
    if fr:
        ftr = doc.spec.get("ftr", "Page {i} de {n}").format(i=i, n=n)
    else:
        ftr = doc.spec.get("ftr", "Page {i} of {n}").format(i=i, n=n)
    return hdr, ftr

# ---------------------------------------------------------------- writers


def norm_cp1252(s: str) -> str:
    return s.replace("\u2014", "-").replace("\u2013", "-").replace("œ", "oe") if False else s


def write_text(path: Path, text: str, enc: str, crlf: bool):
    if crlf:
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode(enc))


def save_docx(document, path: Path):
    cp = document.core_properties
    fixed = dt.datetime(2021, 3, 1, 9, 0, 0)
    cp.author = "EX Classification"
    cp.last_modified_by = "EX Classification"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def ocr_text(doc: Doc, lines: list[str], mode: str, strength: int) -> str:
    rng = doc.rng
    pages = paginate(lines, doc.spec.get("page_lines", 52))
    n = len(pages)
    p_digit = [0.0, 0.2, 0.4, 0.65][strength]
    out = []
    wrapper = doc.spec.get("wrapper", True)
    if wrapper:
        out.append("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---")
    for i, pg in enumerate(pages, 1):
        hdr, ftr = running(doc, i, n)
        body = list(pg)
        if i > 1:
            body = [hdr, ""] + body
        body = body + ["", ftr]
        if mode == "run":
            txt = " ".join(x.strip() for x in body if x.strip())
            txt = re.sub(r"\s{2,}", " ", txt)
            out.append((str(i) + " " if i > 1 and rng.random() < 0.7 else "") + txt)
        else:
            out.append("\n".join(body))
            if doc.spec.get("formfeed"):
                out.append("\f")
    text = ("\n" if mode == "run" else "\n").join(out)
    text = damage_digits(text, rng, p_digit)
    return text + "\n"


def columns_text(doc: Doc, strength: int, dim_style: str) -> tuple[str, dict]:
    """A scan whose two columns are read across the line: fields and dimensions on the left,
    the organization structure and its reports on the right."""
    rng = doc.rng
    p, fr = doc.p, doc.lang == "fr"
    top = "DESCRIPTION DE TRAVAIL DE CADRE" if fr else "EXECUTIVE WORK DESCRIPTION"
    left = doc.fields_lines("colon")
    left.append("")
    left.append(doc.h("dim").upper())
    dl, money = doc.dims(dim_style)
    for x in dl:
        left += wrap(x, 44)
    right = [doc.h("org").upper()]
    if doc.sup_mode == "sentence":
        right += wrap(sup_sentence(doc), 46)
    for x in reports_block(doc, doc.spec["rep"], 46):
        if x == PB:
            continue
        right += wrap(x, 46) if len(x) > 46 else [x]
    h = max(len(left), len(right))
    left += [""] * (h - len(left))
    right += [""] * (h - len(right))
    lines = [top, ""]
    for a, b in zip(left, right):
        lines.append((a + " " + b).strip() if rng.random() < doc.spec.get("join_p", 0.5) else (a.ljust(46) + b).rstrip())
    lines.append("")
    secs = sections(doc)
    fill = None
    for key, paras in secs:
        if key in ("org", "dim"):
            continue
        lines.append(doc.h(key).upper())
        for para in paras:
            if isinstance(para, tuple):
                if para[0] == "NUMLIST":
                    for i, item in enumerate(para[1], 1):
                        lines += wrap(f"{i}. " + damage_prose(item, rng, 0.08 * strength), 92, rng, 0.15)
                continue
            lines += wrap(damage_prose(para, rng, 0.08 * strength), 92, rng, 0.2)
        lines.append("")
    lines += cert_lines(doc)
    text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(lines)
    text = damage_digits(text, rng, [0.0, 0.2, 0.4, 0.6][strength])
    return text + "\n", money


def render(doc: Doc, path: Path) -> dict:
    """Write the document; return the expected money."""
    sp, kind, rng = doc.spec, doc.spec["kind"], doc.rng
    rep = sp["rep"]
    dim_style = sp.get("dims") or rng.choice(["lines", "lines", "k000", "sentence", "nototal", "budget"])
    if dim_style == "k000" and (doc.p["om"] % 1000 or doc.p["salary"] % 1000):
        dim_style = "lines"
    if kind == "ocr":
        strength = sp.get("damage", 1)
        pd = (lambda s: damage_prose(s, rng, 0.06 * strength)) if strength else None
        lines, money = body_lines(doc, sp.get("width", 88), sp.get("head", rng.choice(["upper", "num", "plain"])), rep, dim_style,
                                  sp.get("fields", rng.choice(["colon", "nextline", "boxes", "dots"])), pd)
        write_text(path, ocr_text(doc, lines, sp.get("mode", "lines"), strength), "utf-8", False)
        return money
    if kind == "ocr-columns":
        text, money = columns_text(doc, sp.get("damage", 1), dim_style)
        write_text(path, text, "utf-8", False)
        return money
    if kind in ("text", "text-cp1252", "markdown"):
        md = kind == "markdown"
        fl = sp.get("fields") or ("md" if md else rng.choice(["colon", "nextline", "dots", "tabs"]))
        hs = sp.get("head") or ("md" if md else rng.choice(["upper", "num", "letter", "plain", "colon"]))
        lines, money = body_lines(doc, sp.get("width", 92), hs, rep, dim_style, fl)
        pages = paginate(lines, 10_000)
        txt = ""
        for i, pg in enumerate(pages, 1):
            if i > 1:
                hdr, ftr = running(doc, i - 1, len(pages))
                txt += "\n" + ftr + "\n\f" + hdr + "\n\n" if not md else "\n\n"
            txt += "\n".join(pg)
        txt += "\n"
        if kind == "text-cp1252":
            txt = txt.replace("'", "\u2019") if sp.get("curly") else txt
            write_text(path, txt, "cp1252", True)
        else:
            write_text(path, txt, "utf-8", False)
        return money
    if kind == "pdf":
        lines, money = body_lines(doc, sp.get("width", 96), sp.get("head", rng.choice(["upper", "num", "plain"])), rep, dim_style,
                                  sp.get("fields", rng.choice(["colon", "dots", "boxes"])))
        pages = paginate(lines, sp.get("page_lines", 60))
        n = len(pages)
        out = []
        for i, pg in enumerate(pages, 1):
            hdr, ftr = running(doc, i, n)
            out.append("\n".join([hdr, ""] + pg + ["", ftr]))
        path.write_bytes(pdf_bytes(out))
        return money
    if kind == "docx":
        return render_docx(doc, path, dim_style)
    raise ValueError(kind)


def render_docx(doc: Doc, path: Path, dim_style: str) -> dict:
    import docx
    from docx.enum.text import WD_BREAK
    sp, p, rng, fr = doc.spec, doc.p, doc.rng, doc.lang == "fr"
    d = docx.Document()
    sec = d.sections[0]
    hdr, _ = running(doc, 1, 1)
    sec.header.paragraphs[0].text = hdr
    sec.footer.paragraphs[0].text = sp.get("docx_footer", "Protégé A une fois rempli" if fr else "Protected A when completed")
    top = {"en": "Executive Work Description", "fr": "Description de travail de cadre",
           "bi": "Executive Work Description / Description de travail de cadre"}[doc.lang]
    d.add_heading(top, level=1)
    f = doc.header_fields()
    if sp.get("fields", "table") == "table":
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in f:
            c = t.add_row().cells
            c[0].text, c[1].text = lab, val
    else:
        for lab, val in f:
            para = d.add_paragraph()
            para.add_run(lab + (" : " if fr else ": ")).bold = True
            para.add_run(val)
    money = None
    n = 0
    hs = sp.get("head", rng.choice(["plain", "num", "upper"]))
    for key, paras in sections(doc):
        n += 1
        d.add_heading(heading_text(doc, key, n, hs), level=2)
        for para in paras:
            if isinstance(para, tuple):
                if para[0] == "REPORTS":
                    docx_reports(doc, d, sp["rep"])
                elif para[0] == "DIMS":
                    dl, money = doc.dims(dim_style)
                    if sp.get("dim_table") and dim_style in ("lines", "nototal"):
                        t = d.add_table(rows=0, cols=2)
                        t.style = "Table Grid"
                        for x in dl:
                            a, b = re.split(r"\s?:\s", x, maxsplit=1)
                            c = t.add_row().cells
                            c[0].text, c[1].text = a, b
                    else:
                        for x in dl:
                            d.add_paragraph(x)
                elif para[0] == "NUMLIST":
                    for i, item in enumerate(para[1], 1):
                        d.add_paragraph(f"{i}. {item}")
                continue
            d.add_paragraph(para)
    c = cert_lines(doc)
    if c:
        n += 1
        d.add_heading(heading_text(doc, "cert", n, hs), level=2)
        for x in c:
            d.add_paragraph(x)
    save_docx(d, path)
    return money


def docx_reports(doc: Doc, d, layout: str):
    from docx.enum.text import WD_BREAK
    sp, fr, rng = doc.spec, doc.lang == "fr", doc.rng
    if layout in ("docx_table_split", "docx_table"):
        with_name = sp.get("names", True)
        heads = doc.col_heads(with_name)
        rows = doc.rows(with_name)
        split = sp.get("split_at", max(1, len(rows) // 2)) if layout == "docx_table_split" else len(rows)
        d.add_paragraph({"fr": "Les postes suivants relèvent directement du titulaire :",
                         "en": "The following positions report directly to the incumbent:",
                         "bi": "Direct reports / Subordonnés directs:"}[doc.lang])

        def table(rs, total):
            t = d.add_table(rows=1, cols=len(heads))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, heads):
                c.text = h
            for r in rs:
                for c, v in zip(t.add_row().cells, r):
                    c.text = v
            if total:
                for c, v in zip(t.add_row().cells, doc.total_row(len(heads))):
                    c.text = v
        tot = sp.get("total_row", True)
        table(rows[:split], tot and split == len(rows))
        if split < len(rows):
            br = d.add_paragraph().add_run()
            br.add_break(WD_BREAK.PAGE)
            d.add_paragraph({"fr": "Structure organisationnelle (suite)", "en": "Organization Structure (continued)",
                             "bi": "Organization Structure (continued) / Structure organisationnelle (suite)"}[doc.lang])
            table(rows[split:], tot)
        return
    for x in reports_block(doc, layout, 90):
        if x == PB:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        d.add_paragraph(x)

# ---------------------------------------------------------------- refusals


def refusals(rng: random.Random, corpus: Path) -> list[dict]:
    import docx
    out = []
    names = ["Monique Arsenault", "Douglas Pereira", "Sophie Lanctôt", "Harjit Bains", "Eleanor Whitcombe",
             "Jean-François Roy", "Beverly Tait", "Omar Khalil", "Nicole Beauchesne"]

    # 1. memo (docx)
    fn = "Memo to DGs - EX work description refresh 2023.docx"
    d = docx.Document()
    d.add_heading("MEMORANDUM", level=1)
    for x in ["TO: Directors General, Program Operations Branch", f"FROM: {names[0]}, Director, Executive Group Services",
              "DATE: February 14, 2023", "SUBJECT: Refresh of EX work descriptions before the 2023-24 talent management cycle"]:
        d.add_paragraph(x)
    d.add_paragraph("As announced at the February management committee, all EX-01 to EX-03 work descriptions in the Branch "
                    "must be reviewed before the executive talent management questionnaires are launched. Please confirm, for "
                    "each executive position in your directorate, that the organization structure (direct reports, their "
                    "group and level and FTEs) and the dimensions (salary, O&M) reflect the 2023-24 Main Estimates.")
    d.add_paragraph("Descriptions that are more than five years old, or whose organization chart no longer matches PeopleSoft, "
                    "will be sent to the EX Classification unit for a desk review. Use the current template; older forms "
                    "(pre-2015) will be returned.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Directorate", "EX positions", "Deadline"]):
        c.text = h
    for row in [("Benefits Delivery Modernization", "6", "March 17, 2023"), ("Integrity Operations", "4", "March 24, 2023"),
                ("Service Network Coordination", "5", "March 31, 2023")]:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    d.add_paragraph(f"For questions, contact {names[1]}, Senior Classification Advisor (EX), at 819-555-0143.")
    d.add_paragraph(names[0])
    save_docx(d, corpus / fn)
    out.append(dict(document=fn, kind="docx", language="en", people=[names[0], names[1]]))

    # 2. org chart (pdf, French): boxes and lines, no work description
    fn = "Organigramme DG Opérations - avril 2022.pdf"
    chart = [
        "SERVICES PARTAGÉS CANADA - ORGANIGRAMME",
        "Direction générale des opérations de réseau - en vigueur le 1er avril 2022",
        "",
        "                         +--------------------------------------+",
        "                         | Directrice générale                  |",
        "                         | Opérations de réseau (EX-03)         |",
        f"                         | {names[2]:<36} |",
        "                         +--------------------------------------+",
        "                                           |",
        "      +------------------------+------------+-------------+------------------------+",
        "      |                        |                          |                        |",
        "+-------------+        +---------------+          +----------------+       +----------------+",
        "| Directeur   |        | Directrice    |          | Directeur      |       | Adjointe       |",
        "| Réseaux     |        | Centres de    |          | Sécurité des   |       | exécutive      |",
        "| EX-01       |        | données EX-01 |          | réseaux EX-01  |       | AS-02          |",
        "| 34 ETP      |        | 28 ETP        |          | Poste vacant   |       | 1 ETP          |",
        "+-------------+        +---------------+          +----------------+       +----------------+",
        "",
        "Total : 88 ETP             Mis à jour par : Secrétariat de la DG             Page 1 de 1",
    ]
    (corpus / fn).write_bytes(pdf_bytes(["\n".join(chart)]))
    out.append(dict(document=fn, kind="pdf", language="fr", people=[names[2]]))

    # 3. minutes (txt, cp1252)
    fn = "Minutes - EX Classification Review Committee 2019-05-09.txt"
    txt = "\n".join([
        "EX CLASSIFICATION REVIEW COMMITTEE",
        "Minutes of the meeting of May 9, 2019 - Boardroom 7B, Place du Portage III",
        "",
        f"Present: {names[3]} (Chair), {names[4]}, {names[5]}, {names[6]} (Secretary)",
        "Regrets: none",
        "",
        "1. Adoption of the agenda",
        "   The agenda was adopted as presented.",
        "",
        "2. Director, Benefit Processing Modernization (EX-01) - position 418802",
        "   The committee reviewed the work description and the organization chart. Reports: four managers (PM-06),",
        "   58 FTEs in total. The committee agreed with the EX-01 rating. Effective date to be confirmed by HR.",
        "",
        "3. Executive Director, Client Experience (proposed EX-02)",
        "   Deferred: the organization structure does not match the approved Branch chart; the sponsor is asked",
        "   to submit a revised description showing the two director positions and their FTEs.",
        "",
        "4. Director General, Integrity Services (EX-03) - position 400117",
        "   Confirmed at EX-03. The dimensions ($11.2M salary, $1.4M O&M) were validated against the 2019-20 budget.",
        "",
        "5. Next meeting: June 13, 2019",
        "",
        "Action items",
        f"- {names[6]}: send the decision letters to the sponsoring ADMs by May 17.",
        f"- {names[4]}: update the EX position inventory.",
        "",
        f"Minutes approved by {names[3]} on May 21, 2019.",
    ]) + "\n"
    write_text(corpus / fn, txt, "cp1252", True)
    out.append(dict(document=fn, kind="text-cp1252", language="en", people=[names[3], names[4], names[5], names[6]]))

    # 4. performance agreement (docx)
    fn = "Performance Agreement 2022-23 - Director, Client Services (FINAL).docx"
    d = docx.Document()
    d.add_heading("Executive Performance Agreement 2022-23", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Executive", names[7]), ("Position", "Director, Client Services (EX-01)"),
                 ("Supervisor", "Director General, Service Delivery"), ("Period", "April 1, 2022 to March 31, 2023")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_heading("Commitments", level=2)
    for x in ["1. Operational: reduce the backlog of benefit applications by 30% by March 31, 2023 (indicator: monthly inventory report).",
              "2. Policy and program: deliver the service standard review to the DG by Q3.",
              "3. People management: complete talent conversations with all four managers and the two advisors; maintain a staffing plan for 52 FTEs.",
              "4. Financial management: manage the $4.6M salary and $310K O&M budgets within 2% of forecast.",
              "5. Corporate: lead the Branch's Workplace Well-being Network."]:
        d.add_paragraph(x)
    d.add_heading("Key leadership competencies", level=2)
    d.add_paragraph("Create vision and strategy; Mobilize people; Uphold integrity and respect; Collaborate with partners and stakeholders; Promote innovation and guide change; Achieve results.")
    d.add_paragraph(f"Signed: {names[7]} (executive)    {names[8]} (supervisor)    Date: 2022-06-02")
    save_docx(d, corpus / fn)
    out.append(dict(document=fn, kind="docx", language="en", people=[names[7], names[8]]))

    # 5. PDF without a text layer (a scan)
    fn = "scan0047.pdf"
    (corpus / fn).write_bytes(pdf_bytes(["", "", ""]))
    out.append(dict(document=fn, kind="pdf", language="en", people=[]))

    # 6. unreadable scan: OCR noise
    fn = "Numérisation_2017-11-02 (2).txt"
    r = random.Random(SEED * 7)
    junk_chars = "~!;:'`,.-_=|/\\il1I!ce*^%#@ "
    lines = ["--- Structured Job Description ---", "", "", "--- Full Extracted Text ---"]
    for _ in range(38):
        ln = "".join(r.choice(junk_chars) for _ in range(r.randrange(20, 90)))
        if r.random() < 0.15:
            ln = ln[:10] + r.choice([" DESCRIPT ", " EX-O ", " ccnl ", " Titu ", " ment "]) + ln[10:]
        lines.append(ln)
    write_text(corpus / fn, "\n".join(lines) + "\n", "utf-8", False)
    out.append(dict(document=fn, kind="ocr", language="fr", people=[]))
    return out

# ---------------------------------------------------------------- the documents

S = [
    # OCR text (12)
    dict(file="DG Apprenticeship - EX-03 - signed.txt", kind="ocr", lang="en", dept="esdc", level=3, area=0,
         rep="table_split", names=True, total_row=True, damage=1, mode="lines", inc_field=True),
    dict(file="scan_Director Rail Safety 2014.txt", kind="ocr", lang="en", dept="tc", level=1, area=0,
         rep="numbered", secno_auto=True, damage=2, names=True, acting=True),
    dict(file="DG Ports pour petits bateaux 2017 (numérisé).txt", kind="ocr", lang="fr", dept="dfo", level=3, area=2,
         rep="table_split", names=True, total_row=True, acting=True, damage=1, formfeed=True, date_style="fr",
         eff=dt.date(2017, 6, 12), pair="B"),
    dict(file="HC DG Medical Devices OCR.txt", kind="ocr", lang="en", dept="hc", level=3, area=0, rep="groups",
         groups=True, names=True, acting=True, damage=2, mode="run"),
    dict(file="Director, Criminal Investigations 2011.txt", kind="ocr", lang="en", dept="cbsa", level=1, area=1,
         rep="tree", vacant=True, damage=1, eff=dt.date(2011, 9, 19)),
    dict(file="Directrice, Programmes de réinsertion sociale - 2016.txt", kind="ocr", lang="fr", dept="csc", level=1,
         area=0, rep="numbered", secno_auto=True, vacant=True, damage=2, eff=dt.date(2016, 2, 29)),
    dict(file="ED Census Operations (1).txt", kind="ocr", lang="en", dept="statcan", level=2, area=1,
         rep="table_split", names=True, total_row=True, vacant=True, damage=3, split_at=2),
    dict(file="Parks - DG Heritage Canals - bilingual scan.txt", kind="ocr", lang="bi", dept="pc", level=3, area=0,
         rep="table_split", names=True, total_row=True, damage=1, sup="fields"),
    dict(file="AAFC Director Farm Financial Programs.txt", kind="ocr", lang="en", dept="aafc", level=1, area=3,
         rep="indent", names=True, damage=1, mode="run"),
    dict(file="DG Éducation primaire et secondaire - organigramme inclus.txt", kind="ocr", lang="fr", dept="isc",
         level=3, area=1, rep="boxes", damage=1, per_row=2, n_mgr=4),
    dict(file="VAC_ED_Centralized_Operations_2009.txt", kind="ocr", lang="en", dept="vac", level=2, area=3,
         rep="prose", vacant=True, damage=2, eff=dt.date(2009, 4, 1)),
    dict(file="CRA Director Contact Centre Ops - signed copy.txt", kind="ocr", lang="en", dept="cra", level=1, area=3,
         rep="table_split", names=True, total_row=True, acting=True, no_cls=True, damage=1, split_at=3,
         loc="Shawinigan, Quebec"),
    # OCR, two columns read across (3)
    dict(file="GAC Director Consular Operations - scan.txt", kind="ocr-columns", lang="en", dept="gac", level=1,
         area=0, rep="names", damage=1, vacant=True, dims="lines", join_p=0.0),
    dict(file="DE Santé des animaux - ACIA (scan 2).txt", kind="ocr-columns", lang="fr", dept="cfia", level=2, area=0,
         rep="numbered", damage=1, dims="lines", secno=3, join_p=0.4),
    dict(file="SSC DG Cyber Security Ops_scanned.txt", kind="ocr-columns", lang="en", dept="ssc", level=3, area=1,
         rep="tree", names=True, acting=True, damage=2, dims="nototal", join_p=0.6),
    # PDF with a text layer (10)
    dict(file="DG Centralized Network - FINAL.pdf", kind="pdf", lang="en", dept="ircc", level=3, area=0,
         rep="table_split", names=True, total_row=True, vacant=True, n_mgr=5, n_adv=2),
    dict(file="Director, Explosives Safety and Security.pdf", kind="pdf", lang="en", dept="nrcan", level=1, area=0,
         rep="table_split", names=True, total_row=True, acting=True, split_at=2),
    dict(file="DG Gestion des substances chimiques - signée.pdf", kind="pdf", lang="fr", dept="eccc", level=3, area=0,
         rep="table_split", names=True, total_row=True, n_mgr=5),
    dict(file="ED Border and Travel Health - approved.pdf", kind="pdf", lang="en", dept="phac", level=2, area=2,
         rep="groups", groups=True, names=True),
    dict(file="Directeur, Opérations du Centre des services de paye.pdf", kind="pdf", lang="bi", dept="pspc", level=1,
         area=1, rep="numbered", vacant=True, secno=2, loc="Miramichi, New Brunswick"),
    dict(file="LAC ED Preservation - EN-FR.pdf", kind="pdf", lang="bi", dept="lac", level=2, area=1,
         rep="table_split", names=True, total_row=True),
    dict(file="INFC DG Major Projects (with org chart).pdf", kind="pdf", lang="en", dept="infc", level=3, area=1,
         rep="boxes", names=True, vacant=True, per_row=3),
    dict(file="Director General, Marine Safety and Security - signed.pdf", kind="pdf", lang="en", dept="tc", level=3,
         area=1, rep="table_split", names=True, total_row=True, fields="colon", sup="fields", job=True, date=True,
         loc_stated=True, pair="A"),
    dict(file="DE Conformité commerciale - ASFC.pdf", kind="pdf", lang="fr", dept="cbsa", level=2, area=0,
         rep="tree", acting=True),
    dict(file="WD EX-01 Youth Employment Programs.pdf", kind="pdf", lang="en", dept="esdc", level=1, area=1,
         rep="indent", names=True, no_cls=True),
    # Word (10)
    dict(file="Director General, Marine Safety and Security - DRAFT v3.docx", kind="docx", lang="en", dept="tc",
         level=3, area=1, rep="docx_table_split", names=True, total_row=True, same_as=22, cert=False, pair="A"),
    dict(file="Director, Controlled Substances - FINAL.docx", kind="docx", lang="en", dept="hc", level=1, area=3,
         rep="docx_table_split", names=True, total_row=True, acting=True),
    dict(file="DG Ports pour petits bateaux - révisé 2023.docx", kind="docx", lang="fr", dept="dfo", level=3, area=2,
         rep="docx_table_split", names=True, total_row=True, same_as=2, revise=True, pair="B"),
    dict(file="ED Settlement and Integration Policy.docx", kind="docx", lang="en", dept="ircc", level=2, area=1,
         rep="groups", groups=True, names=True, vacant=True, fields="para"),
    dict(file="EWD - DG Labour Market Information - bilingue.docx", kind="docx", lang="bi", dept="esdc", level=3,
         area=2, rep="docx_table_split", names=True, total_row=True, vacant=True),
    dict(file="Directeur, Statistique du travail (1).docx", kind="docx", lang="fr", dept="statcan", level=1, area=0,
         rep="numbered", secno_auto=True, dim_table=True),
    dict(file="ED Institutional Operations_v2.docx", kind="docx", lang="en", dept="csc", level=2, area=1,
         rep="docx_table", names=True, total_row=False, vacant=True, dim_table=True),
    dict(file="PSPC DG Defence and Marine Procurement - for signature.docx", kind="docx", lang="en", dept="pspc",
         level=3, area=0, rep="names", name_form=1, acting=True),
    dict(file="Directeur, Services de gestion de cas - FINAL.docx", kind="docx", lang="fr", dept="vac", level=1,
         area=1, rep="docx_table_split", names=True, total_row=True, split_at=3),
    dict(file="CFIA Director Animal Health - Directeur Santé des animaux.docx", kind="docx", lang="bi", dept="cfia",
         level=1, area=0, rep="groups", groups=True),
    # text (3)
    dict(file="DG Emergency Watch and Response.txt", kind="text", lang="en", dept="gac", level=3, area=3,
         rep="table_split", names=True, total_row=True),
    dict(file="Directrice - Programmes d'immunisation.txt", kind="text", lang="fr", dept="phac", level=1, area=1,
         rep="numbered", secno_auto=True, no_fte=True),
    dict(file="director waste reduction.txt", kind="text", lang="en", dept="eccc", level=1, area=2, rep="tree",
         names=True, vacant=True),
    # text saved on Windows (3)
    dict(file="ED Benefit Programs - Agency copy.txt", kind="text-cp1252", lang="en", dept="cra", level=2, area=0,
         rep="table_split", names=True, total_row=True, curly=True),
    dict(file="DG Programmes d'énergie propre.txt", kind="text-cp1252", lang="fr", dept="nrcan", level=3, area=2,
         rep="groups", groups=True, names=True),
    dict(file="Director, Hosting Services - Directeur, Services d'hébergement.txt", kind="text-cp1252", lang="bi",
         dept="ssc", level=1, area=2, rep="names", acting=True),
    # Markdown (3)
    dict(file="Director, Emergency Management (ISC).md", kind="markdown", lang="en", dept="isc", level=1, area=3,
         rep="mdtable", names=True, total_row=True, vacant=True),
    dict(file="Directrice, Archives gouvernementales.md", kind="markdown", lang="fr", dept="lac", level=1, area=2,
         rep="mdtable", total_row=False),
    dict(file="ED Green Infrastructure Programs.md", kind="markdown", lang="en", dept="infc", level=2, area=0,
         rep="numbered", secno_auto=True, pos=False, pos_tbd="TBD"),
]


def revise(rng: random.Random, p: dict) -> dict:
    """A later version of a position: new date, new figures, one more report."""
    import copy
    q = copy.deepcopy(p)
    q["eff"] = dt.date(2023, 4, 1)
    extra = dict(en="Director, Regional Coordination", fr="Directrice, Coordination régionale", cls="EX-01",
                 fte=17, group="mgr", name=q["names"].pop(), status=None)
    q["reports"].insert(len([r for r in q["reports"] if r["group"] == "mgr"]), extra)
    for r in q["reports"]:
        r.pop("cls_hidden", None)
        if r["group"] == "mgr":
            r["fte"] += 2
    q["fte_total"] = sum(r["fte"] for r in q["reports"]) + 2
    q["salary"] = (q["fte_total"] * 104_000 // 10000) * 10000
    q["om"] = q["om"] + 120_000
    q["total"] = q["salary"] + q["om"]
    q["pos"] = p["pos"]
    return q


def loc_expected(doc: Doc) -> str | None:
    if not doc.stated["loc"]:
        return None
    city, prov = doc.p["loc"].split(", ")
    return f"{city}, {PROV_FR[prov]}" if doc.lang == "fr" else f"{city}, {prov}"


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rng = random.Random(SEED)
    positions, docs = [], []
    used_pos = set()
    for i, spec in enumerate(S):
        drng = random.Random(f"{SEED}-{i}-{spec['file']}")
        if "same_as" in spec:
            base = positions[spec["same_as"]]
            p = revise(drng, base) if spec.get("revise") else base
        else:
            p = make_position(drng, spec, set())
            if "eff" in spec:
                p["eff"] = spec["eff"]
            while p["pos"] in used_pos:
                p["pos"] = str(int(p["pos"]) + 7).zfill(len(p["pos"]))
        used_pos.add(p["pos"])
        positions.append(p)
        doc = Doc(spec, p, drng)
        if "same_as" in spec:  # a copy of another document keeps its form
            other = docs[spec["same_as"]][0]
            doc.stated, doc.sup_mode = dict(other.stated), other.sup_mode
            doc.cls_style, doc.date_style, doc.amt_style = other.cls_style, other.date_style, other.amt_style
        money = render(doc, corpus / spec["file"])
        docs.append((doc, money))
    pairs = {}
    for doc, _ in docs:
        if doc.spec.get("pair"):
            pairs.setdefault(doc.spec["pair"], []).append(doc.spec["file"])
    newest = {"A": S[22]["file"], "B": S[27]["file"]}
    for doc, money in docs:
        sp, p = doc.spec, doc.p
        fr = doc.lang == "fr"
        sup_num = p["sup_pos"] if (doc.sup_mode == "fields" or sp.get("sup_pos_in_sentence")) else None
        fields = dict(
            title=p["title_fr"] if fr else p["title_en"],
            classification=p["cls"],
            job_code=p["job"] if doc.stated["job"] else None,
            position_number=p["pos"] if doc.stated["pos"] else None,
            effective_date=p["eff"] if doc.stated["date"] else None,
            supervisor=dict(position_number=sup_num, title=p["sup_fr"] if fr else p["sup_en"], classification=p["sup_cls"]),
            direct_reports=doc.expected_reports(),
            salary=money["salary"], o_and_m=money["o_and_m"], total=money["total"],
            location=loc_expected(doc),
        )
        ns = [k for k in ("job_code", "position_number", "effective_date") if fields[k] is None]
        if sup_num is None:
            ns.append("supervisor.position_number")
        ns += [k for k in ("salary", "o_and_m", "total", "location") if fields[k] is None]
        also = dict(fte=money["fte"], operating_budget=money["operating_budget"],
                    program_budget=money["program_budget"], provisional_number=None)
        if doc.lang == "bi":
            also["title_fr"] = p["title_fr"]
        for other, _ in docs:
            if (other.p["dept"] == p["dept"] and other.p["title_en"] == p["sup_en"]
                    and other.spec["file"] != sp["file"]):
                also["reports_to_in_corpus"] = other.spec["file"]
        if sp.get("pos_tbd"):
            also["position_number_as_printed"] = sp["pos_tbd"]
        versions = None
        if sp.get("pair"):
            versions = dict(documents=pairs[sp["pair"]], newest=newest[sp["pair"]],
                            same_text=sp["pair"] == "A")
        people = [n.replace("'", "\u2019") for n in doc.people] if sp.get("curly") else doc.people
        rec = dict(document=sp["file"], kind=sp["kind"], language="bilingual" if doc.lang == "bi" else doc.lang,
                   outcome="import", fields=fields, not_stated=ns, also=also, people=people, versions=versions)
        dump(expected, rec)
    for r in refusals(rng, corpus):
        rec = dict(document=r["document"], kind=r["kind"], language=r["language"], outcome="refuse", fields=None,
                   not_stated=[], also=None, people=r["people"], versions=None)
        dump(expected, rec)


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    style = "'" if value[:1].isdigit() or value in ("", "null", "yes", "no") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump(expected: Path, rec: dict):
    text = yaml.dump(rec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)
    (expected / (rec["document"] + ".expected.yaml")).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
