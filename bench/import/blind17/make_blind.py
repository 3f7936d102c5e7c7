#!/usr/bin/env python3
"""Writes the blind17 corpus: one HR branch's executive classification records folder (science
and economic portfolios) as it would be handed over -- about two thirds OCR text of paper forms,
one third Word files from different hands and years -- with ground truth.

    python bench/import/blind17/make_blind.py     (same bytes every run)

Positions: positions17.py; prose: texts17.py. Every choice (layout, label wording, notation,
damage) is drawn from a random.Random seeded by the document's index, so runs are identical.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import textwrap
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))  # the repository, for tests/import_files.pdf_bytes

import positions17 as P  # noqa: E402
import texts17 as T  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
FRENCH = {"varennes", "iml", "sthyacinthe", "sherbrooke", "satops", "mauricie", "cceo", "cfialab"}
BILINGUAL = {"exploration", "cedreg"}
ENFR_COPIES = {"glfc", "trademarks"}  # English then French copy in one file

# ---- value notations ----------------------------------------------------------------------------

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fmt_date(d: dt.date, style: int, fr: bool) -> str:
    if fr:
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", f"le {d.day} {MONTHS_FR[d.month - 1]} {d.year}",
                d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}"][style % 4]
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", d.isoformat(), f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}",
            f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3].upper()}-{d.year}"][style % 6]


def fmt_cls(cls: str, style: int) -> str:
    grp, lvl = cls.rsplit("-", 1)
    if not grp == "EX":
        return f"{grp} {lvl}" if style % 7 == 2 and "-" not in grp else cls
    n = int(lvl)
    return [f"EX-{lvl}", f"EX {lvl}", f"EX-{n}", f"EX{lvl}", f"EX-{lvl}", f"EX – {lvl}"][style % 6]


def _dec(x: float) -> str:
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return s


def fmt_money(n: int, style: int, fr: bool) -> str:
    m = n / 1_000_000
    exact_m = abs(round(m, 3) * 1_000_000 - n) < 0.5
    if fr:
        opts = [f"{n:,}".replace(",", " ") + " $", (_dec(m).replace(".", ",") + " M$") if exact_m else None,
                f"{n:,}".replace(",", "\u00a0") + ",00 $",
                (_dec(m).replace(".", ",") + " millions de dollars") if exact_m else None]
    else:
        opts = [f"${n:,}", f"${_dec(m)}M" if exact_m else None, f"$ {n:,}.00", f"${_dec(m)} million" if exact_m else None,
                f"${n // 1000:,}K" if n % 1000 == 0 else None, f"{n:,} $".replace(",", " ")]
    opts = [o for o in opts if o]
    return opts[style % len(opts)]


def fmt_fte(n: int, style: int, fr: bool) -> str:
    if fr:
        return [f"{n} ETP", f"effectif de {n}", f"{n} employés", f"{n} ETP"][style % 4]
    return [f"{n} FTEs", f"{n} FTE", f"staff of {n}", f"{n} employees", f"{n} FTE's"][style % 5]


# ---- OCR damage ---------------------------------------------------------------------------------

def damage_digits(s: str, rng: random.Random, p: float = 0.6) -> str:
    out = []
    for ch in s:
        if ch == "0" and rng.random() < p:
            out.append("O")
        elif ch == "1" and rng.random() < p:
            out.append(rng.choice("Il"))
        elif ch == "5" and rng.random() < p / 3:
            out.append("S")
        else:
            out.append(ch)
    return "".join(out)


SWAPS = [("m", "rn"), ("rn", "m"), ("l", "1"), ("i", "l"), ("e", "c"), ("ti", "li"), ("h", "b"), ("cl", "d"),
         ("o", "0"), ("S", "5"), ("fi", "f"), ("a", "e")]


def damage_prose(text: str, rng: random.Random, rate: float) -> str:
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and rng.random() < rate:
            a, b = rng.choice(SWAPS)
            if a in w:
                k = w.index(a)
                words[i] = w[:k] + b + w[k + len(a):]
    return " ".join(words)


# ---- the document's view of a position ------------------------------------------------------------

class View:
    """What one document states of its position (the ground truth) and how it writes it."""

    def __init__(self, pos: dict, lang: str, rng: random.Random):
        self.pos, self.lang, self.rng = pos, lang, rng
        fr = lang == "fr"
        self.fr = fr
        self.title = pos["title"][1] if fr else pos["title"][0]
        self.cls = pos["cls"]
        self.job = pos["job"]
        self.num = pos["num"]
        self.date = pos["date"]
        self.loc = pos["loc"]
        s = pos["sup"]
        self.sup_num, self.sup_title, self.sup_cls = s[0], (s[2] if fr else s[1]), s[3]
        self.reports = [((fr_t if fr and fr_t else en_t) if en_t else fr_t, c, f) for en_t, fr_t, c, f in pos["reports"]]
        if lang == "bi":
            self.reports = [(en_t or fr_t, c, f) for en_t, fr_t, c, f in pos["reports"]]
        self.salary, self.om, self.total = pos["money"]
        self.fte = pos["fte"]
        self.dept = pos["dept"][1] if fr else pos["dept"][0]
        self.unit = (pos["branch"][1] if fr else pos["branch"][0])
        self.focus = pos["focus"][1] if fr else pos["focus"][0]
        self.people: list[str] = []
        self.show_rep_cls = True
        self.show_rep_fte = True

    def truth(self) -> dict:
        titles = [t for t, _, _ in self.reports]
        if self.lang == "bi":
            titles = [[en, fr] if fr else en for en, fr, _, _ in self.pos["reports"]]
        reps = [{"title": tt, "classification": (c if self.show_rep_cls else None),
                 "fte": (f if self.show_rep_fte else None)} for tt, (t, c, f) in zip(titles, self.reports)]
        title = [self.pos["title"][0], self.pos["title"][1]] if self.lang == "bi" else self.title
        fields = {"title": title, "classification": self.cls, "job_code": self.job, "position_number": self.num,
                  "effective_date": self.date,
                  "supervisor": {"position_number": self.sup_num,
                                 "title": [self.pos["sup"][1], self.pos["sup"][2]] if self.lang == "bi" else self.sup_title,
                                 "classification": self.sup_cls},
                  "direct_reports": reps, "salary": self.salary, "o_and_m": self.om, "total": self.total,
                  "location": self.loc}
        not_stated = [k for k, v in fields.items() if v is None and k != "direct_reports"]
        not_stated += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
        return {"fields": fields, "not_stated": not_stated,
                "also": {"fte": self.fte, "operating_budget": None, "program_budget": None,
                         "provisional_number": None}}


def city_fr(loc: str) -> str:
    city, prov = loc.rsplit(", ", 1)
    fr = {"Quebec": "Québec", "Ontario": "Ontario", "Nova Scotia": "Nouvelle-Écosse", "New Brunswick": "Nouveau-Brunswick",
          "British Columbia": "Colombie-Britannique", "Alberta": "Alberta", "Nunavut": "Nunavut"}.get(prov, prov)
    return f"{city} ({fr})"


# ---- label wordings (each "department form" its own) ----------------------------------------------

LABELS_EN = [
    dict(title="Position Title", cls="Group and Level", job="Job Code", num="Position Number", date="Effective Date",
         sup_num="Supervisor's Position Number", sup_title="Supervisor's Title", sup_cls="Supervisor's Group/Level",
         loc="Location", dept="Department", unit="Branch"),
    dict(title="Title of Position", cls="Classification", job="Generic Job No.", num="Position No.",
         date="Date Effective", sup_num="Reports to (Position No.)", sup_title="Reports to (Title)",
         sup_cls="Reports to (Classification)", loc="Work Location", dept="Organization", unit="Sector"),
    dict(title="JOB TITLE", cls="GROUP & LEVEL", job="JOB ID", num="POSITION #", date="EFFECTIVE",
         sup_num="SUPERVISOR POSITION #", sup_title="SUPERVISOR TITLE", sup_cls="SUPERVISOR CLASSIFICATION",
         loc="GEOGRAPHIC LOCATION", dept="DEPARTMENT/AGENCY", unit="BRANCH/REGION"),
    dict(title="Official Title", cls="Level", job="Standard Job Code", num="Position Reference No.",
         date="Effective as of", sup_num="Manager's Position No.", sup_title="Manager's Title",
         sup_cls="Manager's Level", loc="Duty Station", dept="Department", unit="Organizational Unit"),
    dict(title="Position", cls="Classification (Group/Level)", job="Job No.", num="Org. Position No.",
         date="Date of Effect", sup_num="Immediate Superior - Position No.", sup_title="Immediate Superior - Title",
         sup_cls="Immediate Superior - Group/Level", loc="Headquarters/Region", dept="Dept.", unit="Directorate"),
    dict(title="Working Title", cls="Classification Level", job="Job Description No.", num="Position ID",
         date="Approved Effective Date", sup_num="Position No. of Supervisor", sup_title="Title of Supervisor",
         sup_cls="Classification of Supervisor", loc="City", dept="Portfolio", unit="Branch / Sector"),
]
LABELS_FR = [
    dict(title="Titre du poste", cls="Groupe et niveau", job="Code d'emploi", num="Numéro du poste",
         date="Date d'entrée en vigueur", sup_num="No du poste du superviseur", sup_title="Titre du poste du superviseur",
         sup_cls="Classification du superviseur", loc="Lieu de travail", dept="Ministère", unit="Direction générale"),
    dict(title="Titre officiel", cls="Classification", job="No d'emploi générique", num="No de poste",
         date="En vigueur le", sup_num="Poste du gestionnaire (no)", sup_title="Titre du gestionnaire",
         sup_cls="Niveau du gestionnaire", loc="Endroit", dept="Organisme", unit="Secteur"),
    dict(title="TITRE DU POSTE", cls="GROUPE/NIVEAU", job="CODE DE L'EMPLOI", num="NO DU POSTE",
         date="DATE D'EFFET", sup_num="NO DU POSTE DU SUPÉRIEUR IMMÉDIAT", sup_title="TITRE DU SUPÉRIEUR IMMÉDIAT",
         sup_cls="GROUPE/NIVEAU DU SUPÉRIEUR IMMÉDIAT", loc="LIEU", dept="MINISTÈRE/ORGANISME", unit="DIRECTION"),
]
SECTIONS_EN = [
    dict(ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE", ns="NATURE AND SCOPE", dim="DIMENSIONS",
         sa="SPECIFIC ACCOUNTABILITIES", cert="CERTIFICATION", id="POSITION IDENTIFICATION"),
    dict(ga="Overall Accountability", org="Organizational Context", ns="Nature & Scope", dim="Key Dimensions",
         sa="Principal Responsibilities", cert="Signatures", id="Identification"),
    dict(ga="Purpose of the Position", org="Structure", ns="Context and Challenges", dim="Financial and Human Resources",
         sa="Main Activities", cert="Approval", id="Position Information"),
    dict(ga="SUMMARY OF ACCOUNTABILITY", org="ORGANIZATION", ns="NATURE & SCOPE OF WORK", dim="DIMENSIONS",
         sa="SPECIFIC ACCOUNTABILITIES", cert="AUTHENTICATION", id="POSITION DATA"),
]
SECTIONS_FR = [
    dict(ga="RESPONSABILITÉ GÉNÉRALE", org="STRUCTURE DE L'ORGANISATION", ns="NATURE ET ÉTENDUE", dim="DIMENSIONS",
         sa="RESPONSABILITÉS SPÉCIFIQUES", cert="ATTESTATION", id="IDENTIFICATION DU POSTE"),
    dict(ga="Raison d'être du poste", org="Contexte organisationnel", ns="Nature et portée", dim="Données quantitatives",
         sa="Activités principales", cert="Signatures", id="Renseignements sur le poste"),
]
DIM_EN = [("Salary", "O&M", "Total"), ("Salary budget", "Operating and maintenance", "Total budget"),
          ("Salaries", "Non-salary O&M", "Total operating budget"), ("Personnel costs", "Operating (O&M)", "TOTAL")]
DIM_FR = [("Salaires", "F et E", "Total"), ("Budget salarial", "Fonctionnement et entretien", "Budget total")]


def heading(text: str, style: int, n: int) -> str:
    base = [text.upper(), text.upper() + ":", text.title() if text.isupper() else text, f"{n}. {text.upper()}",
            f"{'ABCDEFGH'[n - 1]}. {text}", f"{'I II III IV V VI VII VIII'.split()[n - 1]}. {text.upper()}",
            f"{n}.0 {text}:"][style % 7]
    return base


# ---- the parts of a work description, as lines ---------------------------------------------------

def header_lines(v: View, L: dict, st: dict) -> list[str]:
    r = v.rng
    fr = v.fr
    lines = []
    pairs = [("title", v.title), ("cls", fmt_cls(v.cls, st["cls"])), ("job", v.job), ("num", v.num or st["nonum"]),
             ("date", fmt_date(v.date, st["date"], fr) if v.date else ""), ("dept", v.dept), ("unit", v.unit),
             ("loc", city_fr(v.loc) if fr and st["paren_loc"] else v.loc)]
    if st["sup_mode"] == "fields":
        pairs += [("sup_num", v.sup_num), ("sup_title", v.sup_title), ("sup_cls", fmt_cls(v.sup_cls, st["cls"]) if v.sup_cls else None)]
    if st["order"] == 1:
        pairs = pairs[1:2] + pairs[:1] + pairs[2:]
    elif st["order"] == 2:
        pairs = pairs[3:5] + pairs[:3] + pairs[5:]
    for key, val in pairs:
        if val is None:
            if key == "job":
                continue
            val = ""
        if st["dmg_vals"] and key in ("job", "num", "sup_num", "cls", "sup_cls"):
            val = damage_digits(val, r)
        lab = L[key]
        if st["stack"]:
            lines += [lab + (":" if st["colon"] else ""), val]
        elif st["leader"]:
            lines.append(f"{lab} {'.' * max(3, 34 - len(lab))} {val}")
        else:
            lines.append(f"{lab}: {val}")
    if st["sup_mode"] == "sentence":
        c = f" ({fmt_cls(v.sup_cls, st['cls'])})" if v.sup_cls else ""
        num = damage_digits(v.sup_num, r) if st["dmg_vals"] else v.sup_num
        if fr:
            lines.append(f"Relève de : {v.sup_title}{c}, poste no {num}")
        else:
            lines.append(f"Reports to: {v.sup_title}{c}, Position No. {num}")
    return lines


def reports_lines(v: View, st: dict) -> list[str]:
    fr, r = v.fr, v.rng
    mode = st["rep"]
    out = []
    if mode == "prose":
        parts = []
        for t, c, f in v.reports:
            cc = f" ({fmt_cls(c, st['cls'])})" if c and v.show_rep_cls else ""
            ff = (f", {('qui dirige un effectif de ' if fr else 'who leads a staff of ')}{f}" if f is not None and v.show_rep_fte else "")
            parts.append(f"{('le ' if fr else 'the ')}{t}{cc}{ff}")
        if fr:
            out.append(f"Le poste compte {len(v.reports)} subordonnés directs : " + "; ".join(parts) + ".")
        else:
            out.append(f"The position has {len(v.reports)} direct reports: " + "; ".join(parts) + ".")
        return out
    out.append("Relèvent directement du titulaire :" if fr else
               ["The following positions report to the incumbent:", "Direct reports:",
                f"Reporting to the {v.title} are:"][st["rep_intro"] % 3])
    for i, (t, c, f) in enumerate(v.reports):
        cs = fmt_cls(c, st["cls"]) if c else ""
        fs = fmt_fte(f, st["fte"], fr) if f is not None else ""
        if st["dmg_vals"]:
            cs, fs = damage_digits(cs, r, 0.4), damage_digits(fs, r, 0.4)
        if not v.show_rep_cls:
            cs = ""
        if not v.show_rep_fte:
            fs = ""
        if mode == "list1":
            inner = ", ".join(x for x in (cs, fs) if x)
            out.append(f"- {t}" + (f" ({inner})" if inner else ""))
        elif mode == "list2":
            out.append(f"• {cs + ' - ' if cs else ''}{t}" + (f" ({fs})" if fs else ""))
        elif mode == "list3":
            out.append(f"{i + 1}) " + " – ".join(x for x in (t, cs, fs) if x))
        elif mode == "table":
            if i == 0:
                out.append("Titre | Groupe/niveau | ETP" if fr else "Position | Group/Level | FTEs")
            out.append(f"{t} | {cs} | {f if v.show_rep_fte else ''}")
        elif mode == "tablespace":
            if i == 0:
                out.append("TITRE                         CLASS.     ETP" if fr else "TITLE                         LEVEL      FTE")
            out.append(f"{t:<44} {cs:<10} {f if v.show_rep_fte and f is not None else ''}")
    return out


def dim_lines(v: View, st: dict) -> list[str]:
    fr, r = v.fr, v.rng
    labs = (DIM_FR if fr else DIM_EN)[st["dimlab"] % (2 if fr else 4)]
    out = []
    ftelab = "ETP" if fr else ["FTEs", "Full-time equivalents", "Human resources (FTEs)", "FTE's"][st["dimlab"] % 4]
    out.append(f"{ftelab}: {v.fte}")
    for lab, val in zip(labs, (v.salary, v.om, v.total)):
        if val is None:
            continue
        s = fmt_money(val, st["money"], fr)
        if st["dmg_vals"]:
            s = damage_digits(s, r, 0.5)
        out.append(f"{lab}: {s}")
    return out


def prose(v: View, pool: list[str], st: dict, k: int = 1) -> str:
    sup = v.sup_title
    picks = [pool[(st["seed"] + i) % len(pool)] for i in range(k)]
    return " ".join(p.format(title=v.title, focus=v.focus, dept=v.dept, unit=v.unit, sup=sup) for p in picks)


def sa_lines(v: View, st: dict) -> list[str]:
    pool = T.SA_FR if v.fr else T.SA_EN
    n = 5 + st["seed"] % 3
    out = []
    for i in range(n):
        txt = pool[(st["seed"] * 3 + i) % len(pool)].format(unit=v.unit)
        mark = [f"{i + 1}.", f"{i + 1})", f"({'abcdefghij'[i]})", "-", "o"][st["sa_mark"] % 5]
        out.append(f"{mark} {txt}")
    return out


def sig_lines(v: View, st: dict, people: list[str]) -> list[str]:
    fr = v.fr
    a, b = people
    v.people += [a, b]
    if fr:
        return [f"Titulaire : {a}", "", "Approuvé par :", "_______________________", b, v.sup_title,
                "Date : " + fmt_date(v.date or dt.date(2010, 1, 1), 3, True)]
    return [f"Incumbent: {a}", "", "Signature of incumbent ____________________  Date ________", "",
            "Approved by:", b, v.sup_title, "Date: " + fmt_date(v.date or dt.date(2010, 1, 1), 1, False)]


def csr_body(v: View, st: dict) -> list[list[str]]:
    fr = v.fr
    csr = (T.CSR_FR if fr else T.CSR_EN)[st["seed"] % (2 if fr else 3)].format(focus=v.focus)
    ka = [x.format(unit=v.unit) for x in (T.KA_FR if fr else T.KA_EN)]
    return [[("Résultats axés sur le service à la clientèle" if fr else "Client Service Results") + (":" if st["colon"] else ""), csr],
            [("Activités principales" if fr else "Key Activities") + (":" if st["colon"] else "")] + ["- " + x for x in ka]]


def wd_blocks(v: View, st: dict, people: list[str]) -> list[list[str]]:
    """The document's sections, each a list of lines (first: heading), in the document's order."""
    fr = v.fr
    S = (SECTIONS_FR if fr else SECTIONS_EN)[st["sec"] % (2 if fr else 4)]
    L = (LABELS_FR if fr else LABELS_EN)[st["lab"] % (3 if fr else 6)]
    hs = st["head"]
    idb = [S["id"]] + header_lines(v, L, st)
    ga = [S["ga"], prose(v, T.GA_FR if fr else T.GA_EN, st)]
    org = [S["org"]]
    if st["sup_mode"] == "org":
        c = f" ({fmt_cls(v.sup_cls, st['cls'])})" if v.sup_cls else ""
        org.append(f"Le titulaire relève du {v.sup_title}{c} (poste {v.sup_num})." if fr else
                   f"The {v.title} reports to the {v.sup_title}{c}, position number {v.sup_num}.")
    org += reports_lines(v, st)
    ns = [S["ns"]] + [p.format(dept=v.dept, unit=v.unit) for p in (T.NS_FR if fr else T.NS_EN)[st["seed"] % 2:][:2]]
    dim = [S["dim"]] + dim_lines(v, st)
    if st["csr"]:
        body = csr_body(v, st)
        body = [[b[0].rstrip(":")] + b[1:] for b in body]
    else:
        body = [[S["sa"]] + sa_lines(v, st)]
    parts = [idb, ga, org, ns, dim] + body if st["secorder"] == 0 else [idb, ga, ns, org] + body + [dim]
    parts.append([S["cert"]] + sig_lines(v, st, people))
    return [[heading(b[0], hs, i)] + b[1:] for i, b in enumerate(parts, 1)]


# ---- text (OCR) rendering -------------------------------------------------------------------------

def paginate(lines: list[str], v: View, st: dict, width: int, fname: str) -> str:
    r = v.rng
    fr = v.fr
    wrapped = []
    for ln in lines:
        if len(ln) > width and not ln.startswith(("TITLE ", "TITRE ")) and "|" not in ln:
            wrapped += textwrap.wrap(ln, width, break_on_hyphens=False) or [""]
        else:
            wrapped.append(ln)
    per = 38 + st["seed"] % 14
    pages = [wrapped[i:i + per] for i in range(0, len(wrapped), per)]
    total = len(pages)
    head = st["runhead"]
    out = []
    for k, page in enumerate(pages, 1):
        if k > 1 and head:
            out += [head, ""]
        if k == 1 and st["stamp"]:
            out += [st["stamp"], ""]
        out += page
        if st["note"] and k == 1 and len(page) > 10:
            out.insert(len(out) - len(page) // 2, st["note"])
        foot = [f"Page {k} of {total}", f"- {k} -", f"{k}", f"Page {k} de {total}", f"{fname[:12]}   p. {k}"][st["foot"] % 5]
        out += ["", foot, ""]
    text = "\n".join(out)
    if st["prose_dmg"]:
        body = text.split("\n")
        text = "\n".join(damage_prose(x, r, st["prose_dmg"]) if len(x) > 50 and not re.search(r"[0-9|]", x)
                          and ":" not in x[:45] and "  " not in x else x for x in body)
    return text


def render_text(v: View, st: dict, people: list[str], fname: str) -> str:
    blocks = wd_blocks(v, st, people)
    title_line = (["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "DESCRIPTION DE POSTE DE CADRE"] if v.fr else
                  ["EXECUTIVE WORK DESCRIPTION", "WORK DESCRIPTION - EXECUTIVE (EX) GROUP",
                   "Position Description", "JOB DESCRIPTION"])[st["seed"] % (2 if v.fr else 4)]
    lines = [v.dept.upper() if st["seed"] % 2 else v.dept, title_line, ""]
    for b in blocks:
        lines += b + [""]
    if st["layout"] == "run":
        txt = " ".join(x for x in lines if x)
        txt = damage_prose(txt, v.rng, st["prose_dmg"] or 0.03)
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + txt + "\n"
    width = 64 + st["seed"] % 30
    return paginate(lines, v, st, width, fname)


def render_bilingual_text(v_en: View, v_fr: View, st: dict, people: list[str], fname: str) -> str:
    """Labels `English / Français`, values in both where they differ."""
    en, fr = v_en, v_fr
    lines = ["WORK DESCRIPTION / DESCRIPTION DE TRAVAIL", f"{en.dept} / {fr.dept}", ""]
    c = fmt_cls(en.cls, st["cls"])
    lines += [f"Position Title / Titre du poste: {en.title} / {fr.title}",
              f"Classification: {c}",
              f"Job Code / Code d'emploi: {en.job}" if en.job else "Job Code / Code d'emploi:",
              f"Position Number / Numéro de poste: {en.num or 'NEW / NOUVEAU'}",
              f"Effective Date / Date d'entrée en vigueur: {fmt_date(en.date, st['date'], False)}",
              f"Location / Lieu: {en.loc}",
              f"Supervisor's Position No. / No de poste du superviseur: {en.sup_num}",
              f"Supervisor's Title / Titre du superviseur: {en.sup_title} / {fr.sup_title}",
              f"Supervisor's Classification / Classification du superviseur: {fmt_cls(en.sup_cls, st['cls'])}", ""]
    lines += ["GENERAL ACCOUNTABILITY / RESPONSABILITÉ GÉNÉRALE", prose(en, T.GA_EN, st), prose(fr, T.GA_FR, st), ""]
    lines += ["ORGANIZATION STRUCTURE / STRUCTURE DE L'ORGANISATION"]
    for (t_en, c_, f), (t_fr, _, _) in zip(en.reports, [(x[1] or x[0], 0, 0) for x in en.pos["reports"]]):
        lines.append(f"- {t_en} / {t_fr} ({fmt_cls(c_, st['cls'])}, {f} FTE/ETP)")
    lines += ["", "DIMENSIONS"]
    lines += [f"FTEs / ETP: {en.fte}", f"Salary / Salaires: {fmt_money(en.salary, st['money'], False)}",
              f"O&M / F et E: {fmt_money(en.om, st['money'], False)}",
              f"Total: {fmt_money(en.total, st['money'], False)}", ""]
    lines += ["SPECIFIC ACCOUNTABILITIES / RESPONSABILITÉS SPÉCIFIQUES"] + sa_lines(en, st)[:4] + sa_lines(fr, st)[:4] + [""]
    lines += ["CERTIFICATION / ATTESTATION"] + sig_lines(en, st, people)
    return paginate(lines, en, st, 88, fname)


# ---- Word rendering -------------------------------------------------------------------------------

def docx_fixed(doc, when: dt.datetime) -> bytes:
    cp = doc.core_properties
    cp.created = cp.modified = when
    cp.revision = 1
    cp.last_printed = when
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(when.year if when.year >= 1980 else 1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, src.read(name))
    return out.getvalue()


def add_textbox(paragraph, lines: list[str]) -> None:
    from docx.oxml import parse_xml
    ps = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_xml(x)}</w:t></w:r></w:p>' for x in lines)
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="tb1" style="width:460pt;height:180pt" '
           'type="#_x0000_t202"><v:textbox><w:txbxContent>' + ps + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def _xml(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_docx(v: View, st: dict, people: list[str], year: int) -> bytes:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = ["Times New Roman", "Arial", "Calibri", "Verdana"][st["seed"] % 4]
    d.styles["Normal"].font.size = Pt(11)
    fr = v.fr
    blocks = wd_blocks(v, st, people)
    idb = blocks[0]
    mode = st["docx"]
    L = (LABELS_FR if fr else LABELS_EN)[st["lab"] % (3 if fr else 6)]
    if mode == "header":
        hdr = d.sections[0].header.paragraphs[0]
        hdr.text = f"{v.dept}\t\t{L['num']}: {v.num or st['nonum']}"
        d.sections[0].header.add_paragraph(f"{v.title} ({fmt_cls(v.cls, st['cls'])})")
        d.sections[0].footer.paragraphs[0].text = f"{'Version du' if fr else 'Version of'} {year}"
        idb = [idb[0]] + [x for x in idb[1:] if not x.startswith((L["num"], L["title"], L["cls"]))]
    def para(text, bold=False, style=None):
        p = d.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold
        return p
    para(("Description de travail" if fr else ["Work Description", "EXECUTIVE POSITION DESCRIPTION", "Job Description"][st["seed"] % 3]), bold=True)
    if mode == "textbox":
        p = d.add_paragraph()
        add_textbox(p, idb[1:])
    elif mode in ("table", "header"):
        rows = [x.split(": ", 1) if ": " in x else [x, ""] for x in idb[1:] if x]
        if st["stack"]:  # stacked pairs in the lines: rebuild label/value from the view
            rows = [[idb[1:][i].rstrip(":"), idb[1:][i + 1]] for i in range(0, len(idb) - 2, 2)]
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in rows:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = a, b
    else:  # tabs
        for x in idb[1:]:
            if ": " in x:
                a, b = x.split(": ", 1)
                para(f"{a}:\t{b}")
            else:
                para(x)
    for b in blocks[1:]:
        para(b[0], bold=True, style="Heading 2" if st["seed"] % 3 == 0 else None)
        body = b[1:]
        if st["rep"] == "table" and any(" | " in x for x in body):
            rows = [x.split(" | ") for x in body if " | " in x]
            for x in body:
                if " | " not in x:
                    para(x)
            t = d.add_table(rows=0, cols=3)
            t.style = "Table Grid"
            for row in rows:
                cells = t.add_row().cells
                for c, val in zip(cells, row):
                    c.text = val
            continue
        if b[0].upper().startswith(("DIMENSION", "KEY DIM", "FINANCIAL", "DONNÉES")) and st["seed"] % 2 == 0:
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for x in body:
                if ": " in x:
                    cells = t.add_row().cells
                    cells[0].text, cells[1].text = x.split(": ", 1)
            continue
        for x in body:
            if x:
                para(x, style="List Bullet" if x.startswith(("- ", "• ")) and st["seed"] % 2 else None)
    return docx_fixed(d, dt.datetime(year, 3, 1, 9, 0, 0))


def render_bilingual_docx(v_en: View, v_fr: View, st: dict, people: list[str], year: int) -> bytes:
    import docx
    d = docx.Document()
    en, fr = v_en, v_fr
    d.add_paragraph().add_run("WORK DESCRIPTION  |  DESCRIPTION DE TRAVAIL").bold = True
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    rows = [("Position Title", f"{en.title}\n{fr.title}", "Titre du poste"),
            ("Group/Level", fmt_cls(en.cls, st["cls"]), "Groupe/niveau"),
            ("Job Code", en.job or "", "Code d'emploi"),
            ("Position Number", en.num or "", "Numéro de poste"),
            ("Effective Date", fmt_date(en.date, 0, False), "Date d'entrée en vigueur"),
            ("Location", city_fr(en.loc), "Lieu"),
            ("Supervisor Position No.", en.sup_num, "No de poste du superviseur"),
            ("Supervisor Title", f"{en.sup_title}\n{fr.sup_title}", "Titre du superviseur"),
            ("Supervisor Group/Level", fmt_cls(en.sup_cls, st["cls"]), "Groupe/niveau du superviseur")]
    for row in rows:
        cells = t.add_row().cells
        for c, val in zip(cells, row):
            c.text = val
    for head, a, b in [("General Accountability / Responsabilité générale", prose(en, T.GA_EN, st), prose(fr, T.GA_FR, st))]:
        d.add_paragraph().add_run(head).bold = True
        d.add_paragraph(a)
        d.add_paragraph(b)
    d.add_paragraph().add_run("Organization Structure / Structure de l'organisation").bold = True
    d.add_paragraph("Direct reports / Subordonnés directs:")
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for c, val in zip(t2.rows[0].cells, ("Title / Titre", "Group/Level / Groupe/niveau", "FTE / ETP")):
        c.text = val
    for (t_en, t_fr, c_, f) in en.pos["reports"]:
        cells = t2.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = t_en, fmt_cls(c_, st["cls"]), str(f)
    d.add_paragraph().add_run("Dimensions").bold = True
    for a, val in (("FTEs / ETP", str(en.fte)), ("Salary / Salaires", fmt_money(en.salary, st["money"], False)),
                   ("O&M / F et E", fmt_money(en.om, st["money"], False)), ("Total", fmt_money(en.total, st["money"], False))):
        d.add_paragraph(f"{a}: {val}")
    d.add_paragraph().add_run("Specific Accountabilities / Responsabilités spécifiques").bold = True
    for x in sa_lines(en, st)[:4] + sa_lines(fr, st)[:4]:
        d.add_paragraph(x)
    d.add_paragraph().add_run("Certification / Attestation").bold = True
    for x in sig_lines(en, st, people):
        d.add_paragraph(x)
    return docx_fixed(d, dt.datetime(year, 5, 1, 9, 0, 0))


# ---- the folder -----------------------------------------------------------------------------------

TEXT_LAYOUTS = ["form", "stack", "leader", "run", "form", "csr", "form", "stack"]
DOCX_MODES = ["table", "tabs", "header", "textbox", "table", "tabs"]
REP_MODES = ["list1", "prose", "list2", "table", "list3", "tablespace"]
NONUM = ["NEW", "TBD", "Vacant - to be assigned", "N/A (new)"]
NONUM_FR = ["NOUVEAU", "À déterminer", "à venir"]


def file_name(pos: dict, kind: str, lang: str, i: int, year: int) -> str:
    k = pos["key"]
    short = pos["dept"][3 if lang == "fr" else 2]
    if kind == "docx":
        return [f"{short} EX WD - {pos['title'][0][:40].rstrip(' ,')}.docx", f"WD_{k}_{year}_final.docx",
                f"{short}_{pos['num'] or 'new'}_{pos['cls']}.docx", f"DT {pos['title'][1][:32].rstrip(' ,')}.docx",
                f"{k.upper()} job description (rev {year}).docx"][i % 5]
    return [f"scan{1000 + i * 7:05d}.txt", f"{short} {pos['title'][0][:30].rstrip(' ,')} OCR.txt",
            f"img{year}{(i * 37) % 12 + 1:02d}{(i * 11) % 28 + 1:02d}_{k}.txt", f"{pos['num'] or 'NEW'}-{pos['cls']}.txt",
            f"DOC{year % 100:02d}{i:03d}.txt", f"{k} - EX work description (scanned).txt"][i % 6]


def style_for(i: int, rng: random.Random, fr: bool) -> dict:
    return dict(seed=i, cls=rng.randrange(6), date=rng.randrange(6), money=rng.randrange(6), fte=rng.randrange(5),
                lab=rng.randrange(6), sec=rng.randrange(4), head=rng.randrange(7), order=rng.randrange(3),
                rep=REP_MODES[rng.randrange(6)], rep_intro=rng.randrange(3), sa_mark=rng.randrange(5),
                dimlab=rng.randrange(4), secorder=rng.randrange(2), colon=rng.random() < 0.5,
                sup_mode=["fields", "fields", "sentence", "org"][rng.randrange(4)],
                nonum=(NONUM_FR if fr else NONUM)[rng.randrange(3)], paren_loc=rng.random() < 0.6,
                stack=False, leader=False, csr=False, layout="form", dmg_vals=False, prose_dmg=0.0,
                runhead="", stamp="", note="", foot=rng.randrange(5), docx="table")


def main() -> None:
    for d in (CORPUS, EXPECTED):
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    names_used = set()
    people_i = 0
    for i, pos in enumerate(P.POSITIONS):
        rng = random.Random(17_000 + i)
        lang = "fr" if pos["key"] in FRENCH else "bi" if pos["key"] in BILINGUAL else "en"
        kind = "docx" if i % 3 == 2 or pos["key"] == "exploration" else "ocr"
        year = pos["date"].year
        st = style_for(i, rng, lang == "fr")
        v = View(pos, lang, rng)
        people = [P.PEOPLE[people_i % len(P.PEOPLE)], P.PEOPLE[(people_i + 1) % len(P.PEOPLE)]]
        people_i += 2
        # what this document leaves out
        if rng.random() < 0.15:
            v.date = None
        if rng.random() < 0.2:
            v.om = v.total = None if rng.random() < 0.5 else v.om
            if v.om is not None:
                v.total = None
        elif rng.random() < 0.1:
            v.salary = v.om = v.total = None
        if rng.random() < 0.15:
            v.show_rep_cls = False
        elif rng.random() < 0.12:
            v.show_rep_fte = False
        if lang == "bi":
            st.update(sup_mode="fields", rep="list1")
            v.show_rep_cls = v.show_rep_fte = True
            v.date = v.date or pos["date"]
            v.salary, v.om, v.total = pos["money"]
        if kind == "ocr":
            lay = TEXT_LAYOUTS[i % len(TEXT_LAYOUTS)]
            st.update(layout=lay, stack=lay == "stack", leader=lay == "leader", csr=lay == "csr",
                      dmg_vals=rng.random() < 0.45, prose_dmg=rng.choice([0.0, 0.02, 0.04, 0.06]),
                      stamp=rng.choice(["", "", f"{rng.choice(T.STAMPS_FR if lang == 'fr' else T.STAMPS)}  "
                                               f"{fmt_date(dt.date(year, (i % 12) + 1, (i % 27) + 1), 5, False)}"]),
                      note=rng.choice(["", "", rng.choice(T.HANDWRITTEN_FR if lang == "fr" else T.HANDWRITTEN)]),
                      runhead=rng.choice(["", f"{pos['dept'][2 if lang != 'fr' else 3]} - {'Description de travail' if lang == 'fr' else 'EX Work Description'} - {year}",
                                          "PROTECTED A / PROTÉGÉ A", f"{v.title[:40]}  (cont'd)"]))
            if lay == "stack":
                st["colon"] = rng.random() < 0.5
            name = file_name(pos, "ocr", lang, i, year)
        else:
            st.update(docx=DOCX_MODES[(i // 3) % len(DOCX_MODES)])
            name = file_name(pos, "docx", lang, i, year)
        while name in names_used:
            name = name.replace(".", " (2).", 1) if "(2)" not in name else name.replace("(2)", "(3)")
        names_used.add(name)
        kind_label = kind
        if lang == "bi":
            v_fr = View(pos, "fr", random.Random(99 + i))
            v_fr.salary, v_fr.om, v_fr.total = pos["money"]
            if kind == "docx":
                data = render_bilingual_docx(v, v_fr, st, people, year)
                kind_label = "docx-bilingual"
            else:
                data = render_bilingual_text(v, v_fr, st, people, name).encode("utf-8")
                kind_label = "ocr-bilingual"
        elif pos["key"] in ENFR_COPIES:
            # the English description, then the French copy the office kept with it
            v_fr = View(pos, "fr", random.Random(500 + i))
            v_fr.date, v_fr.salary, v_fr.om, v_fr.total = v.date, v.salary, v.om, v.total
            v_fr.show_rep_cls, v_fr.show_rep_fte = v.show_rep_cls, v.show_rep_fte
            st_fr = dict(st, sec=0, lab=0)
            if kind == "docx":
                data = render_docx(v, st, people, year)  # French copy is a second file in real folders; kept EN here
            else:
                a = render_text(v, st, people, name)
                b = render_text(v_fr, st_fr, people, name)
                v.people = sorted(set(v.people + v_fr.people))
                data = (a + "\n\n" + b).encode("utf-8")
                kind_label = "ocr-en-fr"
        elif kind == "docx":
            data = render_docx(v, st, people, year)
            kind_label = f"docx-{st['docx']}"
            if st["docx"] != "textbox":
                pass
        else:
            data = render_text(v, st, people, name).encode("utf-8" if i % 5 else "cp1252", "replace")
            kind_label = "ocr-run" if st["layout"] == "run" else "ocr"
        (CORPUS / name).write_bytes(data)
        t = v.truth()
        if kind_label == "ocr-en-fr":  # either copy's wording is the document's
            f = t["fields"]
            f["title"] = list(pos["title"])
            f["supervisor"]["title"] = [pos["sup"][1], pos["sup"][2]]
            for rep, (en_t, fr_t, _, _) in zip(f["direct_reports"], pos["reports"]):
                rep["title"] = [en_t, fr_t] if fr_t else en_t
            lang = "bi"
        doc = {"document": name, "kind": kind_label, "language": lang if lang != "bi" else "bilingual",
               "outcome": "import", "layout": st["layout"] if kind == "ocr" else st["docx"]}
        doc.update(t)
        doc["people"] = sorted(set(v.people))
        write_truth(doc)
    write_refusals(people_i)


def write_truth(doc: dict) -> None:
    (EXPECTED / (doc["document"] + ".expected.yaml")).write_text(
        yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def write_refusals(people_i: int) -> None:
    import docx
    from tests.import_files import pdf_bytes
    ppl = [P.PEOPLE[(people_i + k) % len(P.PEOPLE)] for k in range(8)]
    # 1. a classification evaluation rationale (Hay points), OCR
    txt = "\n".join([
        "NATURAL RESOURCES CANADA", "EXECUTIVE POSITION EVALUATION - RATIONALE", "",
        "Position: Director General, Northern Forestry Centre    Pos. No. 3O14O", "Proposed level: EX-O2", "",
        "Committee: classification review committee, meeting of 2000-11-14", "",
        "KNOW-HOW: F II 3  -  460 points", "The position requires seasoned management of a research centre ...",
        "PROBLEM SOLVING: F 4 (66%)  -  304 points", "ACCOUNTABILITY: F 3 C  -  400 points", "",
        "TOTAL POINTS: 1164          PROFILE: A2", "Benchmarks consulted: EX-02 benchmarks 2.3 and 2.7", "",
        "Rationale: the total falls within the EX-02 band (1008-1399). Recommended: EX-02.", "",
        f"Committee chair: {ppl[0]}", f"Member: {ppl[1]}", "", "Page 1 of 1"]) + "\n"
    refuse("NoFC evaluation rationale 2000.txt", txt.encode("utf-8"), "ocr", "en",
           "a classification evaluation rationale, not a work description", ppl[:2])
    # 2. a routing / transmittal slip, OCR
    txt = "\n".join([
        "Government of Canada   Gouvernement du Canada", "ROUTING SLIP / BORDEREAU D'ACHEMINEMENT", "",
        "To / À: Classification Unit, HR Branch", f"From / De: {ppl[2]}, Office of the DG", "Date: 14/03/2014", "",
        "[x] For action   [ ] For information   [ ] Please return", "",
        "Attached: signed work description - Director, Mauricie Business Office (EX-01),",
        "org chart, and the staffing request. Please process before the April 1 effective date.", "",
        "Remarks: original to the position file, copy to the DG.", "RECEIVED MAR 17 2014"]) + "\n"
    refuse("routing slip 2014-03.txt", txt.encode("utf-8"), "ocr", "bilingual",
           "a routing slip", ppl[2:3])
    # 3. a French performance agreement, Word
    d = docx.Document()
    d.add_paragraph().add_run("Entente de rendement des cadres 2019-2020").bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in (("Nom du cadre", ppl[3]), ("Titre du poste", "Directrice, Opérations géomatiques"),
                 ("Niveau", "EX-01"), ("Gestionnaire", ppl[4]), ("Période", "1er avril 2019 au 31 mars 2020")):
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_paragraph().add_run("Engagements de travail").bold = True
    for x in ("1. Mettre en œuvre le plan de production des données topographiques (mesure : 95 % des livrables).",
              "2. Réduire de 10 % les délais de réception des données satellitaires.",
              "3. Mener le sondage auprès des employés et donner suite à ses résultats."):
        d.add_paragraph(x)
    d.add_paragraph().add_run("Engagements de leadership").bold = True
    d.add_paragraph("Créer une vision et une stratégie; mobiliser les personnes; préserver l'intégrité et le respect.")
    d.add_paragraph(f"Signature du cadre : {ppl[3]}        Signature du gestionnaire : {ppl[4]}")
    refuse("Entente de rendement 2019-2020 - Opérations géomatiques.docx",
           docx_fixed(d, dt.datetime(2019, 5, 2, 9, 0, 0)), "docx", "fr", "an executive performance agreement",
           ppl[3:5])
    # 4. an appointment announcement, Word
    d = docx.Document()
    d.add_paragraph().add_run("Message to all staff - Science Branch, Gulf Region").bold = True
    d.add_paragraph("Date: September 3, 2011")
    d.add_paragraph(f"I am pleased to announce the appointment of {ppl[5]} as Director, Aquatic Ecosystems "
                    "Science (EX-01), effective September 12, 2011. "
                    f"{ppl[5].split()[0]} joins us from the Maritimes Region, where she led the Population Ecology "
                    "Division for six years.")
    d.add_paragraph("Please join me in welcoming her to the Gulf Region and in thanking the colleagues who acted "
                    "in the position over the summer.")
    d.add_paragraph(ppl[6])
    d.add_paragraph("Regional Director, Science, Gulf Region")
    refuse("Announcement - new Director AES.docx", docx_fixed(d, dt.datetime(2011, 9, 3, 9, 0, 0)), "docx", "en",
           "a staff announcement", ppl[5:7])
    # 5. a scan without a text layer (the OCR was never run)
    refuse("scan0117.pdf", pdf_bytes(["", ""]), "pdf", "en", "a scanned PDF without text (unreadable)", [])


def refuse(name: str, data: bytes, kind: str, lang: str, what: str, people: list[str]) -> None:
    (CORPUS / name).write_bytes(data)
    write_truth({"document": name, "kind": kind, "language": lang, "outcome": "refuse", "what": what,
                 "people": people})


if __name__ == "__main__":
    main()
