#!/usr/bin/env python3
"""Writes the blind67 corpus (corpus/) and its ground truth (expected/), byte for byte the same on
every run: a generalist HR advisor's folder at Veterans Affairs Canada, 2009-2024 (Word files of
several templates and eras, OCR text of signed scans, PDFs exported from Word or scanned and OCR'd),
and the things that sit beside them in that folder.

    /work/main/.venv/bin/python bench/import/blind67/make_blind.py
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
import zlib
from pathlib import Path

import docx
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

SEED = 67067
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

# ---------------------------------------------------------------- notations
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


def fmt_date(iso, style):
    d = dt.date.fromisoformat(iso)
    m_en, m_fr = MONTHS_EN[d.month - 1], MONTHS_FR[d.month - 1]
    return {
        "long": f"{m_en} {d.day}, {d.year}",
        "long-th": f"{m_en} {d.day}{'st' if d.day in (1, 21, 31) else 'nd' if d.day in (2, 22) else 'rd' if d.day in (3, 23) else 'th'}, {d.year}",
        "dmy": f"{d.day} {m_en} {d.year}",
        "iso": iso,
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "dots": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "abbr": f"{m_en[:3].upper()} {d.day:02d} {d.year}",
        "dd-mon": f"{d.day:02d}-{m_en[:3]}-{d.year}",
        "fr": f"{'1er' if d.day == 1 else d.day} {m_fr} {d.year}",
        "fr-le": f"le {'1er' if d.day == 1 else d.day} {m_fr} {d.year}",
        "fr-num": f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else f"{d.year}-{d.month:02d}-{d.day:02d}",
    }[style]


DATE_EN = ["long", "long-th", "dmy", "iso", "slash", "dots", "abbr", "dd-mon"]
DATE_FR = ["fr", "fr-le", "iso", "fr-num", "dots"]


def fmt_cls(c, style):
    if c is None:
        return ""
    if not c.startswith("EX-"):
        return c
    n = c[3:]
    return {"std": c, "space": f"EX {n}", "short": f"EX-{int(n)}", "tight": f"EX{n}"}[style]


def _group(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def _dec(n, unit):
    v = n / unit
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return s


def fmt_amt(n, style):
    if n is None:
        return ""
    return {
        "full": f"${n:,}",
        "full-c": f"${n:,}.00",
        "M": f"${_dec(n, 1e6)}M",
        "million": f"${_dec(n, 1e6)} million",
        "K": f"${n // 1000:,}K",
        "fr-full": _group(n, "\u00a0") + "\u00a0$",
        "fr-cents": _group(n, " ") + ",00 $",
        "fr-M": _dec(n, 1e6).replace(".", ",") + " M$",
        "fr-million": _dec(n, 1e6).replace(".", ",") + " million $",
        "fr-k": _group(n // 1000, " ") + " k$",
    }[style]


AMT_EN = ["full", "full-c", "M", "million", "K"]
AMT_FR = ["fr-full", "fr-cents", "fr-M", "fr-million", "fr-k"]


def ok_amt(n, style):
    """Styles that state the amount exactly (no rounding)."""
    if style in ("M", "million", "fr-M", "fr-million"):
        return n % 10_000 == 0
    if style in ("K", "fr-k"):
        return n % 1000 == 0
    return True


def fmt_fte(n, style):
    return {"FTEs": f"{n} FTEs", "FTE": f"{n} FTE", "staff": f"staff of {n}", "emp": f"{n} employees",
            "ETP": f"{n} ETP", "effectif": f"effectif de {n}", "employes": f"{n} employés"}[style]


# ---------------------------------------------------------------- damage (OCR)
DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}
CONFUSE = [("rn", "m"), ("m", "rn"), ("li", "h"), ("e", "c"), ("l", "I"), ("i", "l"), ("cl", "d"),
           ("t", "l"), ("o", "a"), ("h", "b"), ("ti", "ll")]


def damage_digits(s, rng, p):
    out = []
    for ch in s:
        if ch in DIGIT and rng.random() < p:
            out.append("l" if ch == "1" and rng.random() < 0.3 else DIGIT[ch])
        else:
            out.append(ch)
    return "".join(out)


def damage_prose(s, rng, p):
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and rng.random() < p:
            a, b = rng.choice(CONFUSE)
            if a in w:
                w = w.replace(a, b, 1)
        out.append(w)
    text = ""
    for i, w in enumerate(out):
        if i and rng.random() < p / 3:
            text += w            # words run together
        else:
            text += (" " if i else "") + w
    return damage_digits(text, rng, p)


# ---------------------------------------------------------------- labels
L = {
    "title": {"en": ["Position Title", "Title", "Position title", "Official Title", "Job Title", "TITLE OF POSITION"],
              "fr": ["Titre du poste", "Titre", "Intitulé du poste", "Titre officiel"]},
    "cls": {"en": ["Classification", "Group and Level", "Group/Level", "Level", "Classification Level"],
            "fr": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"]},
    "job": {"en": ["Job Code", "Position Job Code", "Generic Job Code", "Job Code No."],
            "fr": ["Code d'emploi", "Code de l'emploi", "No de code d'emploi"]},
    "pos": {"en": ["Position Number", "Position No.", "Position #", "Pos. No."],
            "fr": ["Numéro du poste", "No du poste", "N° de poste"]},
    "date": {"en": ["Effective Date", "Date Effective", "Effective date of description", "Classification Effective Date"],
             "fr": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'effet"]},
    "stitle": {"en": ["Supervisor's Position Title", "Supervisor Title", "Title of Supervisor", "Reports to (Title)"],
               "fr": ["Titre du poste du superviseur", "Titre du supérieur immédiat", "Relève de (titre)"]},
    "spos": {"en": ["Supervisor's Position Number", "Supervisor Position No.", "Supervisor's Position #"],
             "fr": ["Numéro du poste du superviseur", "N° de poste du superviseur", "No de poste du supérieur"]},
    "scls": {"en": ["Supervisor's Classification", "Supervisor's Group and Level", "Supervisor Level"],
             "fr": ["Classification du superviseur", "Groupe et niveau du superviseur", "Niveau du supérieur"]},
    "loc": {"en": ["Location", "Geographic Location", "Work Location", "Location of Position"],
            "fr": ["Lieu", "Lieu de travail", "Emplacement géographique", "Endroit"]},
    "branch": {"en": ["Branch", "Branch / Division", "Organization"], "fr": ["Direction générale", "Organisation", "Secteur"]},
    "dept": {"en": ["Department", "Organization"], "fr": ["Ministère", "Organisme"]},
    "sal": {"en": ["Salary", "Salary budget", "Salary Dollars", "Salaries"],
            "fr": ["Salaires", "Budget salarial", "Masse salariale"]},
    "om": {"en": ["O&M", "Operating and Maintenance (O&M)", "O & M", "Non-salary O&M"],
           "fr": ["F et E", "Fonctionnement et entretien (F et E)", "F&E", "Budget de F et E"]},
    "tot": {"en": ["Total", "Total budget", "Total (Salary and O&M)"], "fr": ["Total", "Budget total", "Total (salaires et F et E)"]},
    "fte": {"en": ["FTEs", "Full-time equivalents", "Number of employees", "FTE's"],
            "fr": ["ETP", "Équivalents temps plein", "Effectif", "Nombre d'ETP"]},
    "gc": {"en": ["Grants and contributions", "Program budget (G&C)", "Transfer payments"],
           "fr": ["Subventions et contributions", "Budget de programme (S et C)", "Paiements de transfert"]},
}


class Doc:
    """One document under construction: its blocks and its ground truth."""

    def __init__(self, name, p, lang, kind, rng, **opts):
        self.name, self.p, self.lang, self.kind, self.rng, self.o = name, p, lang, kind, rng, opts
        self.blocks = []
        self.people = []
        self.not_stated = []
        self.f = dict(title=p["title_fr"] if lang == "fr" else p["title_en"], classification=p["cls"], job_code=None, position_number=None,
                      effective_date=None, supervisor=dict(position_number=None, title=None, classification=None),
                      direct_reports=[], salary=None, o_and_m=None, total=None, location=None)
        self.also = dict(fte=None, operating_budget=None, program_budget=None, provisional_number=None)
        ll = "fr" if lang == "fr" else "en"
        self.ll = ll
        self.lab = {k: rng.choice(v[ll]) for k, v in L.items()}
        self.date_style = rng.choice(DATE_FR if ll == "fr" else DATE_EN)
        self.cls_style = rng.choice(["std", "std", "std", "space", "short", "tight"])
        self.amt_style = rng.choice(AMT_FR if ll == "fr" else AMT_EN)
        self.fte_style = rng.choice(["ETP", "ETP", "effectif", "employes"] if ll == "fr" else ["FTEs", "FTEs", "FTE", "staff", "emp"])

    # values, recording the truth as they are written
    def title(self):
        return self.p["title_fr"] if self.ll == "fr" else self.p["title_en"]

    def cls(self, c=None):
        return fmt_cls(c or self.p["cls"], self.cls_style)

    def amt(self, field, n):
        style = self.amt_style
        if not ok_amt(n, style):
            style = "fr-full" if self.ll == "fr" else "full"
        if field in self.f:
            self.f[field] = n
        else:
            self.also[field] = n
        return fmt_amt(n, style)

    def date(self):
        iso = self.o.get("date", self.p["date"])
        if iso is None:
            return None
        self.f["effective_date"] = dt.date.fromisoformat(iso)
        return fmt_date(iso, self.date_style)

    def reports(self):
        return self.o.get("reports", self.p["reports"])

    def person(self, role):
        n = T.NAMES[(zlib.crc32((self.p["key"] + role).encode()) + self.o.get("shift", 0)) % len(T.NAMES)]
        if n not in self.people:
            self.people.append(n)
        return n

    def add(self, *block):
        self.blocks.append(block)

    def header_fields(self, which=("dept", "title", "pos", "job", "cls", "date", "branch", "loc", "stitle", "spos", "scls"), bi=False):
        p, ll, lab = self.p, self.ll, self.lab
        rows = []
        for w in which:
            if w == "dept":
                dep = T.VAC_FR if ll == "fr" else T.VAC_EN
                if p["key"] == "vrab-dg":
                    dep = "Tribunal des anciens combattants (révision et appel)" if ll == "fr" else "Veterans Review and Appeal Board"
                rows.append((lab["dept"], dep))
            elif w == "title":
                if bi:
                    rows.append(("Position Title", p["title_en"]))
                    rows.append(("Titre du poste", p["title_fr"]))
                else:
                    rows.append((lab["title"], self.title()))
            elif w == "pos":
                pn = self.o.get("posno", p["posno"])
                rows.append((lab["pos"], pn))
                if pn.isdigit():
                    self.f["position_number"] = pn
                else:
                    self.also["provisional_number"] = pn
            elif w == "job":
                if p["job_code"] and not self.o.get("no_job"):
                    rows.append((lab["job"], p["job_code"]))
                    self.f["job_code"] = p["job_code"]
            elif w == "cls":
                rows.append((lab["cls"], self.cls() + self.o.get("cls_suffix", "")))
            elif w == "date":
                d = self.date()
                if d:
                    rows.append((lab["date"], d))
                elif self.o.get("date_placeholder"):
                    rows.append((lab["date"], self.o["date_placeholder"]))
            elif w == "branch":
                rows.append((lab["branch"], p["branch"][1 if ll == "fr" else 0]))
            elif w == "loc":
                loc = p["loc"][1 if ll == "fr" else 0]
                rows.append((lab["loc"], loc))
                self.f["location"] = loc
            elif w == "stitle":
                t = p["sup"][1 if ll == "fr" else 0]
                rows.append((lab["stitle"], t))
                self.f["supervisor"]["title"] = p["sup"][0] if ll != "fr" else t
            elif w == "spos":
                if p["sup"][3]:
                    rows.append((lab["spos"], p["sup"][3]))
                    self.f["supervisor"]["position_number"] = p["sup"][3]
            elif w == "scls":
                if p["sup"][2]:
                    rows.append((lab["scls"], self.cls(p["sup"][2])))
                    self.f["supervisor"]["classification"] = p["sup"][2]
        if bi:
            rows = [(bilabel(a), b) if a not in ("Position Title", "Titre du poste") else (a, b) for a, b in rows]
        return rows

    def sup_sentence(self, with_number=True, with_cls=True):
        p, ll = self.p, self.ll
        t_en, t_fr, c, n = p["sup"]
        t = t_fr if ll == "fr" else t_en
        self.f["supervisor"]["title"] = t
        bits = []
        if with_cls and c:
            bits.append(self.cls(c))
            self.f["supervisor"]["classification"] = c
        if with_number and n:
            bits.append(("poste no " if ll == "fr" else "position ") + n)
            self.f["supervisor"]["position_number"] = n
        paren = f" ({', '.join(bits)})" if bits else ""
        if ll == "fr":
            return f"Le titulaire du poste relève du {t}{paren}." if not t.startswith(("Sous-ministre adjointe", "Directrice", "Dirigeante")) else f"Le titulaire du poste relève de la {t}{paren}."
        return f"The {self.p['title_en']} reports to the {t}{paren}."

    def report_truth(self, r, with_cls=True, with_fte=True):
        self.f["direct_reports"].append(dict(title=r[1] if self.ll == "fr" else r[0],
                                             classification=r[2] if with_cls else None,
                                             fte=r[3] if with_fte else None))

    def report_line(self, r, form, with_cls=True, with_fte=True):
        t = r[1] if self.ll == "fr" else r[0]
        c = self.cls(r[2]) if (with_cls and r[2]) else None
        with_cls = with_cls and bool(r[2])
        n = fmt_fte(r[3], self.fte_style) if with_fte else None
        self.report_truth(r, with_cls, with_fte)
        if form == "paren":
            inner = ", ".join(x for x in (c, n) if x)
            return f"{t} ({inner})" if inner else t
        if form == "dash":
            return " – ".join(x for x in (t, c, n) if x)
        if form == "cls-first":
            return (f"{c} - " if c else "") + t + (f" ({n})" if n else "")
        if form == "colon":
            return f"{t}: " + ", ".join(x for x in (c, n) if x)
        raise ValueError(form)

    def dims(self, style="kv", gc=True, total=True, split=True):
        """Dimensions as key/value rows (the truth recorded as written)."""
        p, lab = self.p, self.lab
        sal, om = self.o.get("salary", p["salary"]), self.o.get("om", p["om"])
        rows = [(lab["fte"], str(self.o.get("fte", p["fte"])))]
        self.also["fte"] = self.o.get("fte", p["fte"])
        if split:
            rows.append((lab["sal"], self.amt("salary", sal)))
            rows.append((lab["om"], self.amt("o_and_m", om)))
        if total:
            rows.append((lab["tot"], self.amt("total", sal + om)))
        if gc and p["program"]:
            rows.append((lab["gc"], self.amt("program_budget", p["program"])))
        return rows

    def truth(self):
        f = self.f
        ns = []
        for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary", "o_and_m", "total", "location"):
            if f[k] is None:
                ns.append(k)
        for k, v in f["supervisor"].items():
            if v is None:
                ns.append(f"supervisor.{k}")
        if not f["direct_reports"]:
            ns.append("direct_reports")
        return ns


def bilabel(lbl):
    pairs = {"Department": "Ministère", "Organization": "Organisme", "Position Number": "Numéro du poste",
             "Position No.": "No du poste", "Position #": "No du poste", "Pos. No.": "No de poste",
             "Job Code": "Code d'emploi", "Position Job Code": "Code d'emploi du poste", "Generic Job Code": "Code d'emploi générique",
             "Job Code No.": "No de code d'emploi", "Classification": "Classification", "Group and Level": "Groupe et niveau",
             "Group/Level": "Groupe/niveau", "Level": "Niveau", "Classification Level": "Niveau de classification",
             "Effective Date": "Date d'entrée en vigueur", "Date Effective": "Date d'effet",
             "Effective date of description": "Date d'entrée en vigueur de la description",
             "Classification Effective Date": "Date d'entrée en vigueur de la classification",
             "Branch": "Direction générale", "Branch / Division": "Direction générale / Division",
             "Location": "Lieu", "Geographic Location": "Emplacement géographique", "Work Location": "Lieu de travail",
             "Location of Position": "Lieu du poste",
             "Supervisor's Position Title": "Titre du poste du superviseur", "Supervisor Title": "Titre du superviseur",
             "Title of Supervisor": "Titre du superviseur", "Reports to (Title)": "Relève de (titre)",
             "Supervisor's Position Number": "Numéro du poste du superviseur", "Supervisor Position No.": "No du poste du superviseur",
             "Supervisor's Position #": "No du poste du superviseur", "Supervisor's Classification": "Classification du superviseur",
             "Supervisor's Group and Level": "Groupe et niveau du superviseur", "Supervisor Level": "Niveau du superviseur",
             "Salary": "Salaires", "Salary budget": "Budget salarial", "Salary Dollars": "Salaires", "Salaries": "Salaires",
             "O&M": "F et E", "Operating and Maintenance (O&M)": "Fonctionnement et entretien (F et E)", "O & M": "F et E",
             "Non-salary O&M": "F et E (non salarial)", "Total": "Total", "Total budget": "Budget total",
             "Total (Salary and O&M)": "Total (salaires et F et E)", "FTEs": "ETP", "Full-time equivalents": "Équivalents temps plein",
             "Number of employees": "Nombre d'employés", "FTE's": "ETP", "Grants and contributions": "Subventions et contributions",
             "Program budget (G&C)": "Budget de programme (S et C)", "Transfer payments": "Paiements de transfert"}
    return f"{lbl} / {pairs.get(lbl, lbl)}"


# ---------------------------------------------------------------- templates
def acct_items(d, n=6):
    pool = T.ACCT_FR if d.ll == "fr" else T.ACCT_EN
    m = d.p["mandate"][1 if d.ll == "fr" else 0]
    first = pool[0].format(m=m)
    rest = d.rng.sample(pool[1:], n - 1)
    return [first] + rest


def t_form(d):
    """A: the 2009-2014 EX position description form: header fields in a table, caps headings."""
    fr = d.ll == "fr"
    d.add("title", "DESCRIPTION DE POSTE – GROUPE DE LA DIRECTION" if fr else "EXECUTIVE GROUP POSITION DESCRIPTION")
    if d.o.get("banner"):
        d.add("p", d.o["banner"])
    d.add("kv", d.header_fields(), d.o.get("kv", "table2"))
    m = d.p["mandate"][1 if fr else 0]
    d.add("h", "RESPONSABILITÉ GÉNÉRALE" if fr else "GENERAL ACCOUNTABILITY")
    d.add("p", (f"Le titulaire est responsable de {m}." if fr else f"The {d.p['title_en']} is accountable for {m}."))
    d.add("h", "STRUCTURE ORGANISATIONNELLE" if fr else "ORGANIZATION STRUCTURE")
    form = d.o.get("rform", d.rng.choice(["paren", "dash", "cls-first", "colon"]))
    d.add("p", "Les postes suivants relèvent du titulaire :" if fr else "The following positions report to the incumbent:")
    d.add("ul", [d.report_line(r, form) for r in d.reports()])
    d.add("h", "NATURE ET ÉTENDUE" if fr else "NATURE AND SCOPE")
    nat = T.NATURE_FR if fr else T.NATURE_EN
    for para in d.rng.sample(nat, 2):
        d.add("p", para)
    if d.p["cls"] != "EX-01":
        d.add("p", T.CHALLENGE_FR if fr else T.CHALLENGE_EN)
    d.add("h", "DIMENSIONS")
    d.add("kv", d.dims(), d.o.get("dimkv", "table2"))
    d.add("h", "RESPONSABILITÉS SPÉCIFIQUES" if fr else "SPECIFIC ACCOUNTABILITIES")
    d.add("ol", acct_items(d))
    d.add("h", "ATTESTATION" if fr else "CERTIFICATION")
    d.add("p", "L'énoncé qui précède décrit de façon exacte les fonctions du poste." if fr else
          "The foregoing is an accurate and complete statement of the duties assigned to the position.")
    sig = [("Titulaire" if fr else "Incumbent", d.person("inc")), ("Superviseur" if fr else "Supervisor", d.person("sup"))]
    if d.o.get("third_signer", True):
        sig.append(("Sous-ministre adjoint" if fr else "Assistant Deputy Minister", d.person("adm")))
    d.add("sig", sig)


def t_csr(d):
    """B: the client-service-results / key-activities template (2015 onward)."""
    fr = d.ll == "fr"
    d.add("title", d.o.get("heading", "Description de travail" if fr else "Work Description"))
    if d.o.get("banner"):
        d.add("p", d.o["banner"])
    sup_as_field = d.o.get("sup_field", True)
    which = ("title", "pos", "cls", "job", "date", "loc") if not sup_as_field else ("title", "pos", "cls", "job", "date", "loc", "stitle", "spos", "scls")
    d.add("kv", d.header_fields(which), d.o.get("kv", "colon"))
    m = d.p["mandate"][1 if fr else 0]
    d.add("h", "Résultats axés sur le service à la clientèle" if fr else "Client Service Results")
    d.add("p", (T.CSR_FR if fr else T.CSR_EN).format(m=m))
    d.add("h", "Activités principales" if fr else "Key Activities")
    pool = T.KEY_FR if fr else T.KEY_EN
    d.add("ul", [pool[0].format(m=m)] + d.rng.sample(pool[1:], 4))
    d.add("h", "Contexte organisationnel" if fr else "Organizational Context")
    if not sup_as_field:
        d.add("p", d.sup_sentence(with_number=d.o.get("sup_no", True)))
    d.add("p", d.rng.choice(T.NATURE_FR if fr else T.NATURE_EN))
    d.add("h", "Responsabilités" if fr else "Responsibility")
    d.add("h2", "Ressources humaines" if fr else "Human resources")
    fte = d.o.get("fte", d.p["fte"])
    d.also["fte"] = fte
    d.add("p", (f"Le poste gère un effectif de {fte} ETP. Relèvent directement du titulaire :" if fr
                else f"The position is responsible for {fte} FTEs. Direct reports:"))
    rows = []
    for r in d.reports():
        rows.append([r[1] if fr else r[0], d.cls(r[2]) if r[2] else "", str(r[3])])
        d.report_truth(r, bool(r[2]), True)
    d.add("table", ["Poste", "Groupe et niveau", "ETP"] if fr else ["Position", "Group and level", "FTEs"], rows)
    d.add("h2", "Ressources financières" if fr else "Financial")
    sal, om = d.o.get("salary", d.p["salary"]), d.o.get("om", d.p["om"])
    if fr:
        txt = (f"Budget salarial de {d.amt('salary', sal)} et budget de fonctionnement et d'entretien de "
               f"{d.amt('o_and_m', om)}, pour un total de {d.amt('total', sal + om)}.")
    else:
        txt = (f"Salary budget of {d.amt('salary', sal)} and operating and maintenance budget of "
               f"{d.amt('o_and_m', om)}, for a total of {d.amt('total', sal + om)}.")
    if d.p["program"]:
        txt += (f" Le titulaire gère aussi des subventions et contributions de {d.amt('program_budget', d.p['program'])}." if fr
                else f" The incumbent also manages grants and contributions of {d.amt('program_budget', d.p['program'])}.")
    d.add("p", txt)
    d.add("h", "Signatures")
    sig = [("Superviseur" if fr else "Supervisor", d.person("sup"))]
    if d.o.get("incumbent", True):
        sig.insert(0, ("Titulaire" if fr else "Employee", d.person("inc")))
    d.add("sig", sig)


def t_frform(d):
    """C: the French form, header fields two to a row (label, value, label, value)."""
    d.add("title", "DESCRIPTION DE TRAVAIL – GROUPE EX")
    if d.o.get("banner"):
        d.add("p", d.o["banner"])
    d.add("kv", d.header_fields(("title", "cls", "pos", "job", "date", "loc", "branch", "stitle", "spos", "scls")), d.o.get("kv", "table4"))
    m = d.p["mandate"][1]
    d.add("h", "1. RAISON D'ÊTRE DU POSTE")
    d.add("p", f"Sous l'autorité du {d.p['sup'][1]}, le titulaire assure la direction de {m}." if not d.p['sup'][1].startswith(("Sous-ministre adjointe", "Directrice", "Dirigeante"))
          else f"Sous l'autorité de la {d.p['sup'][1]}, le titulaire assure la direction de {m}.")
    d.add("h", "2. STRUCTURE ORGANISATIONNELLE")
    d.add("p", "Relèvent du titulaire :")
    form = d.o.get("rform", d.rng.choice(["paren", "dash"]))
    d.add("ul", [d.report_line(r, form) for r in d.reports()])
    d.add("h", "3. DIMENSIONS")
    d.add("kv", d.dims(), d.o.get("dimkv", "dots"))
    d.add("h", "4. NATURE ET ÉTENDUE")
    for para in d.rng.sample(T.NATURE_FR, 2):
        d.add("p", para)
    d.add("h", "5. RESPONSABILITÉS SPÉCIFIQUES")
    d.add("ol", acct_items(d, 5))
    d.add("h", "6. SIGNATURES")
    d.add("sig", [("Titulaire", d.person("inc")), ("Supérieur immédiat", d.person("sup"))])


def t_bi(d):
    """D: bilingual, labels in both languages, both titles, the body in English then French."""
    d.add("title", "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE")
    d.ll = "en"
    d.add("kv", d.header_fields(("title", "pos", "job", "cls", "date", "loc", "stitle", "spos", "scls"), bi=True), d.o.get("kv", "table2"))
    d.f["title"] = d.p["title_en"]
    me, mf = d.p["mandate"]
    d.add("h", "General Accountability / Responsabilité générale")
    d.add("p", f"The {d.p['title_en']} is accountable for {me}.")
    d.add("p", f"Le titulaire est responsable de {mf}.")
    d.add("h", "Organization Structure / Structure organisationnelle")
    rows = []
    for r in d.reports():
        rows.append([r[0], d.cls(r[2]) if r[2] else "", str(r[3])])
        d.report_truth(r, bool(r[2]), True)
    d.add("table", ["Position / Poste", "Group and Level / Groupe et niveau", "FTE / ETP"], rows)
    d.add("h", "Dimensions")
    rows = d.dims()
    d.add("kv", [(bilabel(a), b) for a, b in rows], d.o.get("dimkv", "table2"))
    d.add("h", "Specific Accountabilities / Responsabilités spécifiques")
    en = acct_items(d, 5)
    d.ll = "fr"
    fr = acct_items(d, 5)
    d.ll = "en"
    d.add("ol", en)
    d.add("ol", fr)
    d.add("h", "Certification / Attestation")
    d.add("sig", [("Incumbent / Titulaire", d.person("inc")), ("Supervisor / Superviseur", d.person("sup"))])


def t_next(d):
    """E: numbered headings, each label on its own line and its value on the next; reports in a sentence."""
    fr = d.ll == "fr"
    d.add("title", d.o.get("heading", "POSITION DESCRIPTION"))
    d.add("h", "1. IDENTIFICATION")
    d.add("kv", d.header_fields(("dept", "title", "cls", "pos", "job", "date", "loc", "stitle", "spos", "scls")), d.o.get("kv", "next"))
    m = d.p["mandate"][1 if fr else 0]
    d.add("h", "2. GENERAL ACCOUNTABILITY")
    d.add("p", f"The incumbent is accountable for {m}.")
    d.add("h", "3. ORGANIZATION")
    reps = d.reports()
    bits = []
    for i, r in enumerate(reps):
        no_fte = (i == len(reps) - 1 and d.o.get("last_no_fte"))
        c = d.cls(r[2]) if r[2] else None
        parts = ", ".join(x for x in (c, None if no_fte else fmt_fte(r[3], d.fte_style)) if x)
        bits.append(f"the {r[0]}" + (f" ({parts})" if parts else ""))
        d.report_truth(r, bool(r[2]), not no_fte)
    sent = "Reporting to the incumbent are " + ", ".join(bits[:-1]) + " and " + bits[-1] + "."
    d.add("p", sent)
    d.add("h", "4. DIMENSIONS")
    d.add("kv", d.dims(), d.o.get("dimkv", "dots"))
    d.add("h", "5. NATURE AND SCOPE")
    for para in d.rng.sample(T.NATURE_EN, 3):
        d.add("p", para)
    d.add("h", "6. SPECIFIC ACCOUNTABILITIES")
    d.add("ol", acct_items(d, 7))
    d.add("sig", [("Prepared by", d.person("prep")), ("Approved by", d.person("sup"))])


def t_modern(d):
    """F: a 2020s description written by a consultant: the title as the heading, a short table,
    the supervisor and the dimensions in sentences."""
    fr = d.ll == "fr"
    d.add("title", d.title())
    d.f["title"] = d.title()
    which = ("cls", "pos", "job", "date", "loc")
    d.add("kv", d.header_fields(which), d.o.get("kv", "table2"))
    m = d.p["mandate"][1 if fr else 0]
    d.add("h", "Objet du poste" if fr else "Purpose of the position")
    d.add("p", (f"Le poste assure le leadership de {m}." if fr else f"The position provides leadership for {m}."))
    d.add("h", "Contexte organisationnel" if fr else "Organizational context")
    d.add("p", d.sup_sentence(with_number=d.o.get("sup_no", True), with_cls=d.o.get("sup_cls", True)))
    reps = d.reports()
    if fr:
        lead = f"Le poste compte {len(reps)} subordonnés directs :"
    else:
        lead = f"The position has {len(reps)} direct reports:"
    d.add("p", lead)
    form = d.o.get("rform", "paren")
    d.add("ul", [d.report_line(r, form, with_fte=not d.o.get("no_fte")) for r in reps])
    d.add("h", "Envergure" if fr else "Scope")
    sal, om = d.o.get("salary", d.p["salary"]), d.o.get("om", d.p["om"])
    fte = d.o.get("fte", d.p["fte"])
    d.also["fte"] = fte
    if fr:
        d.add("p", f"Le titulaire gère {fte} ETP, une masse salariale de {d.amt('salary', sal)} et un budget de F et E de {d.amt('o_and_m', om)} (total : {d.amt('total', sal + om)}).")
    else:
        d.add("p", f"The incumbent manages {fte} FTEs, a salary budget of {d.amt('salary', sal)} and an O&M budget of {d.amt('o_and_m', om)} (total {d.amt('total', sal + om)}).")
    d.add("h", "Responsabilités principales" if fr else "Key responsibilities")
    d.add("ul", acct_items(d, 6))
    d.add("h", "Défis" if fr else "Challenges")
    d.add("p", T.CHALLENGE_FR if fr else T.CHALLENGE_EN)
    if d.o.get("approved", True):
        d.add("sig", [("Approuvé par" if fr else "Approved by", d.person("sup"))])


TEMPLATES = dict(form=t_form, csr=t_csr, frform=t_frform, bi=t_bi, next=t_next, modern=t_modern)


# ---------------------------------------------------------------- rendering: lines (text, OCR, PDF)
def to_lines(d, blocks=None, width=92):
    lines = []
    for b in (d.blocks if blocks is None else blocks):
        k = b[0]
        if k == "title":
            lines += [b[1], ""]
        elif k in ("h", "h2"):
            lines += ["", b[1]]
        elif k == "p":
            lines += textwrap.wrap(b[1], width) + [""]
        elif k == "kv":
            rows, style = b[1], b[2]
            if style == "table4":
                for i in range(0, len(rows), 2):
                    pair = rows[i:i + 2]
                    lines.append("    ".join(f"{a} : {v}" for a, v in pair))
            else:
                for a, v in rows:
                    if style in ("colon", "table2"):
                        lines.append(f"{a}: {v}" if style == "colon" else f"{a}   {v}")
                    elif style == "next":
                        lines += [a.upper() + ":" if d.o.get("caps") else a, "    " + v]
                    elif style == "dots":
                        lines.append(f"{a} " + "." * max(3, 40 - len(a)) + f" {v}")
                    elif style == "tab":
                        lines.append(f"{a}\t{v}")
            lines.append("")
        elif k in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                lead = f"{i}. " if k == "ol" else d.o.get("bullet", "- ")
                w = textwrap.wrap(it, width - len(lead))
                lines.append(lead + w[0])
                lines += [" " * len(lead) + x for x in w[1:]]
            lines.append("")
        elif k == "table":
            hdr, rows = b[1], b[2]
            for r in ([hdr] if hdr else []) + rows:
                lines.append("   ".join(r))
            lines.append("")
        elif k == "sig":
            lines.append("")
            for role, name in b[1]:
                if d.o.get("sig_inline"):
                    lines += [f"{role}: {name}      Date: ____________", ""]
                else:
                    lines += ["_______________________________          ____________", name, role + "                              Date", ""]
    return lines


def ocr_lines(d, lines, strength):
    """OCR damage: digits in values, letter confusions and run-together words in prose,
    hyphenated line ends, running headers and page numbers."""
    rng = d.rng
    out = []
    for ln in lines:
        if not ln.strip():
            out.append(ln)
            continue
        if len(ln) > 60 and ":" not in ln[:30]:
            out.append(damage_prose(ln, rng, strength))
        else:
            out.append(damage_digits(ln, rng, strength * 2.2))
    # hyphenate some line ends of prose
    for i in range(len(out) - 1):
        if len(out[i]) > 70 and out[i + 1][:1].isalpha() and rng.random() < 0.25:
            word = out[i + 1].split(" ")[0]
            if len(word) > 7 and word.isalpha():
                cut = len(word) // 2
                out[i] = out[i] + " " + word[:cut] + "-"
                out[i + 1] = word[cut:] + out[i + 1][len(word):]
    return out


def paginate(d, lines, per_page, header=None, footer=None):
    pages = []
    for i in range(0, len(lines), per_page):
        pages.append(lines[i:i + per_page])
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        chunk = list(pg)
        if header:
            chunk = [header.format(i=i, n=n)] + chunk
        if footer:
            chunk = chunk + ["", footer.format(i=i, n=n)]
        out.append(chunk)
    return out


def columns(left, right, width=46):
    out = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        out.append((a + " " * 3 + b).rstrip() if a else b)
    return out


# ---------------------------------------------------------------- rendering: Word
def add_kv_docx(doc, rows, style, bold_labels=True):
    if style in ("table2", "table4"):
        ncol = 4 if style == "table4" else 2
        per = ncol // 2
        t = doc.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        for i in range(0, len(rows), per):
            cells = t.add_row().cells
            for j, (a, v) in enumerate(rows[i:i + per]):
                cells[2 * j].text = a
                if bold_labels:
                    for r in cells[2 * j].paragraphs[0].runs:
                        r.bold = True
                cells[2 * j + 1].text = v
        doc.add_paragraph()
        return
    for a, v in rows:
        if style == "colon":
            para = doc.add_paragraph()
            r = para.add_run(a + ":")
            r.bold = bold_labels
            para.add_run(" " + v)
        elif style == "next":
            para = doc.add_paragraph()
            para.add_run(a).bold = True
            doc.add_paragraph(v)
        elif style == "tab":
            doc.add_paragraph(f"{a}:\t{v}")
        elif style == "dots":
            doc.add_paragraph(f"{a} " + "." * max(3, 40 - len(a)) + f" {v}")


def to_docx(d, heading_style="word"):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = d.o.get("font", "Arial")
    st.font.size = Pt(d.o.get("size", 11))
    cp = doc.core_properties
    fixed = dt.datetime(2000, 1, 1)
    cp.author = d.o.get("author", "VAC-ACC")
    cp.last_modified_by = cp.author
    cp.created = cp.modified = fixed
    cp.title = ""
    cp.revision = 1
    for b in d.blocks:
        k = b[0]
        if k == "title":
            if heading_style == "word":
                doc.add_heading(b[1], 0)
            else:
                para = doc.add_paragraph()
                r = para.add_run(b[1])
                r.bold = True
                r.font.size = Pt(14)
        elif k in ("h", "h2"):
            if heading_style == "word":
                doc.add_heading(b[1], 1 if k == "h" else 2)
            else:
                para = doc.add_paragraph()
                r = para.add_run(b[1])
                r.bold = True
                r.underline = k == "h2"
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "kv":
            add_kv_docx(doc, b[1], b[2])
        elif k == "ul":
            for it in b[1]:
                if d.o.get("manual_bullets"):
                    doc.add_paragraph("•\t" + it)
                else:
                    doc.add_paragraph(it, style="List Bullet")
        elif k == "ol":
            for i, it in enumerate(b[1], 1):
                if d.o.get("manual_numbers"):
                    doc.add_paragraph(f"{i}.\t{it}")
                else:
                    doc.add_paragraph(it, style="List Number")
        elif k == "table":
            hdr, rows = b[1], b[2]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for r_ in ([hdr] if hdr else []) + rows:
                cells = t.add_row().cells
                for c, v in zip(cells, r_):
                    c.text = v
            doc.add_paragraph()
        elif k == "sig":
            t = doc.add_table(rows=0, cols=3)
            for role, name in b[1]:
                cells = t.add_row().cells
                cells[0].text = role
                cells[1].text = name
                cells[2].text = "Date: ____________"
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


def normalize_zip(data):
    """python-docx stamps each zip member with the time of saving; fix them."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- documents
RUNNING_EN = "Veterans Affairs Canada - Executive Work Description"
RUNNING_FR = "Anciens Combattants Canada - Description de travail"


def render(d, spec):
    kind, lay = d.kind, spec.get("layout", "")
    if kind == "docx":
        return to_docx(d, spec.get("hstyle", "word"))
    lines = to_lines(d, None, spec.get("width", 92))
    if kind in ("ocr", "ocr-columns"):
        strength = spec.get("strength", 0.05)
        if kind == "ocr-columns":
            # the page's two columns read across the line: structure and dimensions on the left,
            # the prose on the right
            head, left, right, tail, side = [], [], [], [], None
            for b in d.blocks:
                if b[0] == "h" and b[1] in ("ORGANIZATION STRUCTURE", "DIMENSIONS"):
                    side = "left"
                elif b[0] == "h":
                    side = "right"
                if b[0] == "sig":
                    tail.append(b)
                elif side is None:
                    head.append(b)
                elif side == "left":
                    left.append(b)
                else:
                    right.append(b)
            lines = (to_lines(d, head) + columns([x for x in to_lines(d, left, 44) if x.strip()],
                                                 [x for x in to_lines(d, right, 50) if x.strip()])
                     + to_lines(d, tail))
        lines = ocr_lines(d, lines, strength)
        head = spec.get("header")
        foot = spec.get("footer")
        pages = paginate(d, lines, spec.get("per_page", 48), head, foot)
        if lay == "run":
            text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + " ".join(
                " ".join(x for x in pg if x.strip()) for pg in pages)
            return (text + "\n").encode(spec.get("encoding", "utf-8"))
        if lay == "page-line":
            text = "--- Full Extracted Text ---\n" + "\n".join(" ".join(x.strip() for x in pg if x.strip()) for pg in pages)
            return (text + "\n").encode(spec.get("encoding", "utf-8"))
        text = "\n\f".join("\n".join(pg) for pg in pages)
        nl = "\r\n" if spec.get("encoding") == "cp1252" else "\n"
        return (text.replace("\n", nl) + nl).encode(spec.get("encoding", "utf-8"))
    if kind == "pdf":
        if spec.get("strength"):
            lines = ocr_lines(d, lines, spec["strength"])
        pages = paginate(d, lines, spec.get("per_page", 60), spec.get("header"), spec.get("footer"))
        return pdf_bytes(["\n".join(pg) for pg in pages])
    raise ValueError(kind)


def wd(name, key, kind, lang, tpl, versions=None, also=None, **spec):
    return dict(name=name, key=key, kind=kind, lang=lang, tpl=tpl, versions=versions, also=also or {}, spec=spec)


V_DBA = ["Director, Disability Benefits Adjudication - DRAFT v3.docx",
         "Director, Disability Benefits Adjudication - FINAL.docx",
         "Director, Disability Benefits Adjudication - signed.txt"]
V_HR = ["DG HR - EX-03 - 2013.docx", "DG HR - EX-03 - revised 2021.docx"]
V_EUR = ["Directeur, Opérations européennes (Arras) – DT EX-01.docx", "Directeur, Opérations européennes - signé.pdf"]
V_FPRM = ["Dir, Financial Planning & Resource Mgmt EX-01.docx", "Dir, Financial Planning & Resource Mgmt EX-01 (1).docx"]
V_CIO = ["CIO WD EX-03 FINAL.docx", "CIO WD EX-03 FINAL.pdf"]
V_PP = ["DT Directrice, Politique des programmes - ÉBAUCHE.docx", "DT Directrice Politique des programmes - signée.txt"]

HR_2021 = dict(date="2021-09-20", salary=11_240_000, om=1_390_000, fte=114, shift=3,
               reports=T.POSITIONS["hr-dg"]["reports"][:3] + [
                   ("Director, Diversity, Inclusion and Official Languages", "", "EX-01", 11),
                   ("Manager, Executive Services", "", "PE-06", 7)])

DOCS = [
    # ---- Word (20 descriptions)
    wd("Director General, Field Operations - EX-03 - WD 2017.docx", "fo-dg", "docx", "en", "csr", sup_field=False, author="MacPhailH"),
    wd("DGR Région du Québec - DT EX-02 (finale).docx", "rdg-qc", "docx", "fr", "frform", author="Ouellet C."),
    wd("CO DG work description EX-03 2016.docx", "co-dg", "docx", "en", "form", hstyle="plain", kv="table2", author="HR-RH"),
    wd(V_DBA[0], "dba-dir", "docx", "en", "csr", versions="dba", opts=dict(date=None, date_placeholder="TBD", salary=24_100_000, om=900_000, banner="DRAFT – for discussion – not for distribution", incumbent=False, no_job=True), author="Gallant, Colleen"),
    wd(V_DBA[1], "dba-dir", "docx", "en", "csr", versions="dba", author="Gallant, Colleen"),
    wd("DG Policy & Research – work description (2020).docx", "pr-dg", "docx", "en", "modern", opts=dict(rform="dash"), author="Consultant"),
    wd("Director Research - Directeur Recherche EX-01.docx", "res-dir", "docx", "bilingual", "bi", hstyle="plain", author="HR-RH"),
    wd(V_FPRM[0], "fprm-dir", "docx", "en", "next", versions="fprm", opts=dict(heading="WORK DESCRIPTION - EXECUTIVE GROUP", dimkv="tab", last_no_fte=True), hstyle="plain", author="lgaudet"),
    wd(V_HR[0], "hr-dg", "docx", "en", "form", versions="hr", opts=dict(kv="table2", rform="paren"), author="HR-RH"),
    wd(V_HR[1], "hr-dg", "docx", "en", "csr", versions="hr", opts=dict(HR_2021, sup_field=False, sup_no=False), author="Bernard T"),
    wd(V_CIO[0], "cio", "docx", "en", "modern", versions="cio", opts=dict(rform="colon", sup_no=False), author="CIO Office"),
    wd("Directrice générale, Commémoration - DT.docx", "com-dg", "docx", "fr", "frform", opts=dict(kv="table2", dimkv="colon", rform="dash"), hstyle="plain", author="Thériault A-M"),
    wd(V_EUR[0], "eur-dir", "docx", "fr", "frform", versions="eur", opts=dict(rform="paren"), author="Lapointe E."),
    wd("CAE work description.docx", "aud-dg", "docx", "en", "next", opts=dict(heading="EXECUTIVE POSITION DESCRIPTION", kv="colon", dimkv="dots"), author="Audit-Verif"),
    wd("Director Mental Health EX-01 2010.docx", "mh-dir", "docx", "en", "form", hstyle="plain", opts=dict(kv="colon", dimkv="tab", rform="cls-first", manual_bullets=True, manual_numbers=True, font="Times New Roman", size=12), author="user"),
    wd("Directrice, Programmes de transition - Director, Transition and Family Programs.docx", "tfp-dir", "docx", "bilingual", "bi", author="HR-RH"),
    wd("VRAB DG Operations & Secretariat.docx", "vrab-dg", "docx", "en", "csr", opts=dict(kv="table2"), author="TACRA-VRAB"),
    wd("DT Directrice Dotation et conception organisationnelle 2024.docx", "sod-dir", "docx", "fr", "modern", opts=dict(rform="dash", sup_no=False), author="Drolet G"),
    wd(V_PP[0], "pp-dir", "docx", "fr", "frform", versions="pp", opts=dict(date=None, banner="ÉBAUCHE – version de travail", no_job=True), author="Cormier N."),
    # ---- OCR text of signed scans (17 descriptions)
    wd(V_DBA[2], "dba-dir", "ocr", "en", "csr", versions="dba", seed_name=V_DBA[1], strength=0.04, header=None, footer="Page {i} of {n}", per_page=44),
    wd("RDG Atlantic EX-02 scan.txt", "rdg-atl", "ocr", "en", "form", layout="run", strength=0.06, opts=dict(kv="colon", rform="cls-first"), footer="{i}"),
    wd("Regional Director General, Western Region 2011.txt", "rdg-west", "ocr", "en", "form", encoding="cp1252", strength=0.05, opts=dict(kv="colon", rform="dash"), footer=RUNNING_EN + "   Page {i}"),
    wd("NCCN Director EX-01 - signed scan.txt", "nccn-dir", "ocr-columns", "en", "form", layout="run", strength=0.04, opts=dict(kv="table2", dimkv="table2", rform="paren")),
    wd(V_PP[1], "pp-dir", "ocr", "fr", "frform", versions="pp", strength=0.05, opts=dict(kv="colon", dimkv="colon"), header=RUNNING_FR, footer="- {i} -"),
    wd("Director Statistics & Performance Measurement - signed.txt", "spm-dir", "ocr", "en", "csr", encoding="cp1252", strength=0.03, opts=dict(sup_field=False)),
    wd("DG Finance DCFO EX-03 (signed) 2012.txt", "fin-dg", "ocr", "en", "form", layout="page-line", strength=0.05, opts=dict(kv="colon", rform="colon"), footer="VAC/ACC  EX-03  Page {i} of {n}", per_page=40),
    wd("Directrice, Opérations comptables - DT signée 2021.txt", "acct-dir", "ocr", "fr", "modern", strength=0.04, footer="Page {i} de {n}"),
    wd("Labour Relations & Well-being Director - signed.txt", "lr-dir", "ocr", "en", "next", strength=0.05, opts=dict(caps=True, dimkv="dots"), footer="Page {i}"),
    wd("Director ADS - WD signed.txt", "ads-dir", "ocr-columns", "en", "form", layout="run", strength=0.05, opts=dict(kv="table2", dimkv="table2", rform="cls-first")),
    wd("DG Communications - DGC EX-03 signed.txt", "pa-dg", "ocr", "bilingual", "bi", strength=0.04, opts=dict(kv="colon", dimkv="colon"), header="Veterans Affairs Canada / Anciens Combattants Canada"),
    wd("Directeur Division des professionnels de la santé EX-02.txt", "hpd-dir", "ocr", "fr", "frform", layout="run", strength=0.06, opts=dict(kv="colon", dimkv="colon", rform="dash")),
    wd("Rehab & Voc Assistance Director - signed Nov 2021.txt", "rehab-dir", "ocr", "en", "csr", strength=0.05, opts=dict(kv="colon"), footer="Page {i} of {n}"),
    wd("Projet Hôpital Ste-Anne - Directeur EX-02 signé.txt", "sab-dir", "ocr", "fr", "frform", encoding="cp1252", strength=0.05, opts=dict(kv="table4"), header=RUNNING_FR),
    wd("BPA Executive Director & Chief Pensions Advocate.txt", "bpa-ed", "ocr", "en", "next", strength=0.07, opts=dict(caps=True, dimkv="tab"), footer="- {i} -"),
    wd("Corporate Planning Director EX-01 2009 scan.txt", "cprg-dir", "ocr", "en", "form", layout="run", strength=0.05, opts=dict(kv="colon", rform="paren")),
    wd("FSBI Director EX-01 - signed.txt", "fsbi-dir", "ocr", "en", "modern", strength=0.04, opts=dict(rform="cls-first"), footer="Page {i} of {n}"),
    # ---- PDFs (8 descriptions)
    wd(V_CIO[1], "cio", "pdf", "en", "modern", versions="cio", seed_name=V_CIO[0], opts=dict(rform="colon", sup_no=False), footer="CIO - Work Description - FINAL        {i}/{n}"),
    wd(V_EUR[1], "eur-dir", "pdf", "fr", "frform", versions="eur", seed_name=V_EUR[0], opts=dict(rform="paren", kv="colon"), strength=0.04),
    wd("Director IM & Privacy - EX-01.pdf", "imp-dir", "pdf", "en", "form", opts=dict(kv="colon", rform="dash"), footer=RUNNING_EN + " - Page {i} of {n}"),
    wd("Director, Commemorative Partnerships and Ceremonies 2024.pdf", "cpc-dir", "pdf", "bilingual", "bi", opts=dict(kv="colon", dimkv="colon"), footer="{i}"),
    wd("Evaluation Director - signed scan.pdf", "eval-dir", "pdf", "en", "csr", strength=0.05, opts=dict(sup_field=False), per_page=50),
    wd("DG SDPM EX-03 signed.pdf", "sdpm-dg", "pdf", "en", "form", strength=0.04, opts=dict(kv="colon", rform="colon")),
    wd("DT Directrice Communications stratégiques.pdf", "scr-dir", "pdf", "fr", "csr", opts=dict(kv="colon", sup_field=False), footer="Page {i} de {n}"),
    wd("Director Service Excellence & Transformation_EX-01 signed.pdf", "set-dir", "pdf", "en", "next", strength=0.05, opts=dict(caps=False, dimkv="dots")),
]

VERSIONS = {
    "dba": (V_DBA, V_DBA[2], "a draft without effective date or job code and with earlier budget figures, the final Word file, and the OCR text of the signed final"),
    "hr": (V_HR, V_HR[1], "the 2013 description and its 2021 revision in another template (new date, budget and a fifth direct report)"),
    "eur": (V_EUR, V_EUR[1], "the final Word file and the scan of the signed copy, OCR'd by Acrobat"),
    "fprm": (V_FPRM, V_FPRM[0], "the same file saved twice (identical bytes)"),
    "cio": (V_CIO, V_CIO[1], "the Word file and its PDF export (same content)"),
    "pp": (V_PP, V_PP[1], "a draft without effective date or job code, and the OCR text of the signed version"),
}


# ---------------------------------------------------------------- documents to refuse
def refuse_email(rng):
    text = (
        "From: Karen Mullally\r\nSent: Tuesday, July 9, 2019 10:42 AM\r\nTo: Roger Landry\r\n"
        "Cc: Julie Desrosiers\r\nSubject: RE: WD for signature \u2013 Director, Evaluation (EX-01) \u2013 pos. 10163\r\n\r\n"
        "Hi Roger,\r\n\r\nAttached is the final version of the work description for the Director, Evaluation. "
        "The classification committee confirmed the EX-01 level on July 8 and the effective date will be July 8, 2019.\r\n\r\n"
        "Could you have the CAE sign page 4 and send the scanned copy back to me? I\u2019ll file it with the "
        "organization chart and the rationale. Please don\u2019t change the dimensions (11 FTEs, $1.29M salary) "
        "without letting me know, since they were validated with Finance.\r\n\r\nThanks!\r\n\r\nKaren\r\n\r\n"
        "Karen Mullally\r\nHuman Resources Advisor | Conseill\u00e8re en ressources humaines\r\n"
        "Veterans Affairs Canada | Anciens Combattants Canada\r\nCharlottetown, PE\r\n\r\n"
        "-----Original Message-----\r\nFrom: Roger Landry\r\nSent: Monday, July 8, 2019 4:15 PM\r\n"
        "To: Karen Mullally\r\nSubject: WD for signature\r\n\r\nKaren, where are we with the Evaluation WD? "
        "Julie starts her acting on Monday.\r\n\r\nRoger\r\n")
    return text.encode("cp1252"), ["Karen Mullally", "Roger Landry", "Julie Desrosiers"]


def refuse_rationale():
    doc = docx.Document()
    cp = doc.core_properties
    cp.author, cp.created, cp.modified, cp.revision = "HR-RH", dt.datetime(2000, 1, 1), dt.datetime(2000, 1, 1), 1
    doc.add_heading("Classification Rationale \u2013 Executive Group", 0)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Position", "Director, Research"), ("Position number", "40541"), ("Proposed level", "EX-01"),
                 ("Request", "Reclassification following the 2016 reorganization of the Policy and Research Division"),
                 ("Committee date", "March 14, 2016")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = a, b
    doc.add_heading("Evaluation", 1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Factor", "Rating", "Points", "Benchmark"]):
        c.text = v
    for r in [("Know-How", "F II 3", "528", "EX-01 Director, Research (NRCan)"),
              ("Problem Solving", "F 4 (57%)", "304", "EX-01 Director, Economic Analysis"),
              ("Accountability", "E 3 C", "264", "EX-01 Director, Policy Research"),
              ("Total", "", "1096", "")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    doc.add_heading("Rationale", 1)
    doc.add_paragraph(
        "The committee compared the position with the EX-01 benchmarks cited above. The breadth of the research "
        "program, the management of external research partnerships and the advisory role to the Director General "
        "support a Know-How rating of F II 3. The position does not direct policy development itself, which "
        "distinguishes it from EX-02 positions in the division. The total of 1096 points falls within the EX-01 band "
        "(868 to 1114 points).")
    doc.add_paragraph("Decision: the position is classified EX-01, effective March 1, 2016.")
    doc.add_paragraph("Committee: Hélène Ferland (chair), Ian Ramsay, Tanya Wedge (HR advisor)")
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue()), ["Hélène Ferland", "Ian Ramsay", "Tanya Wedge"]


def refuse_offer():
    doc = docx.Document()
    cp = doc.core_properties
    cp.author, cp.created, cp.modified, cp.revision = "Dotation", dt.datetime(2000, 1, 1), dt.datetime(2000, 1, 1), 1
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    for para in [
        "Anciens Combattants Canada", "Veterans Affairs Canada", "",
        "PROTÉGÉ A", "", "Le 3 juin 2010", "", "Madame Josée Bélanger", "Charlottetown (Île-du-Prince-Édouard)", "",
        "Objet : Offre de nomination intérimaire \u2013 Directrice, Santé mentale (EX-01), poste no 31172", "",
        "Madame,",
        "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Santé mentale, classifié "
        "EX-01, à la Direction générale de la prestation des services, à Charlottetown (Île-du-Prince-Édouard), du "
        "7 juin 2010 au 31 mars 2011.",
        "Votre taux de rémunération sera établi conformément à la Directive sur les conditions d'emploi des cadres, "
        "soit 104 400 $ par année. Vous serez admissible à la rémunération au rendement selon les modalités du programme.",
        "Cette offre est conditionnelle au maintien de votre cote de fiabilité. Veuillez signer la présente lettre "
        "pour indiquer votre acceptation et la retourner à la Section de la dotation des cadres au plus tard le 5 juin 2010.",
        "Veuillez agréer, Madame, l'expression de mes sentiments distingués.", "",
        "Gilles Boudreau", "Directeur général, Prestation des services et gestion des programmes", "",
        "J'accepte l'offre ci-dessus.", "", "_________________________     Date : ______________", "Josée Bélanger",
    ]:
        doc.add_paragraph(para)
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue()), ["Josée Bélanger", "Gilles Boudreau"]


def refuse_orgchart():
    page = "\n".join([
        "Service Delivery and Program Management / Prestation des services et gestion des programmes",
        "Organization Chart / Organigramme \u2013 December 2016 / décembre 2016",
        "",
        "                    Director General / Directeur général",
        "                    Service Delivery and Program Management",
        "                    EX-03   31150   Patrick Nadeau",
        "",
        "Director / Directeur          Director / Directrice        Director / Directeur         Director / Directrice",
        "Health Professionals          Mental Health                Rehabilitation and           Transition and Family",
        "Division                      Santé mentale                Vocational Assistance        Programs",
        "EX-02  31160                  EX-01  31172                 EX-01  31178                 EX-01  31181",
        "Curtis Matheson               Josée Bélanger               Vacant                       Erin Gillis",
        "97 FTE / ETP                  19 FTE / ETP                 26 FTE / ETP                 20 FTE / ETP",
        "",
        "Administrative Assistant / Adjointe administrative  AS-02  31151",
        "",
        "Source: HR Planning, Programs and Systems / Planification, programmes et systèmes RH   Page 1",
    ])
    return pdf_bytes([page]), ["Patrick Nadeau", "Curtis Matheson", "Josée Bélanger", "Erin Gillis"]


REFUSE = [
    ("RE_ WD for signature - Director, Evaluation.txt", "text", "en", refuse_email,
     "an e-mail thread (saved as text from Outlook, cp1252, CRLF) sending a description for signature"),
    ("Classification rationale - Director, Research EX-01.docx", "docx", "en", refuse_rationale,
     "a classification committee's rationale (position, level, points) for a description in the folder"),
    ("Lettre d'offre - nomination intérimaire EX-01 - signée.docx", "docx", "fr", refuse_offer,
     "a French letter offering an acting EX-01 appointment"),
    ("Org chart - Organigramme SDPM 2016.pdf", "pdf", "bilingual", refuse_orgchart,
     "a bilingual organization chart with position numbers, levels and names"),
    ("Scan_20190411_093512.pdf", "pdf", "en", None,
     "a scanned, signed description saved without OCR: two pages without a text layer"),
]


# ---------------------------------------------------------------- ground truth
def q(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return "'" + str(v).replace("'", "''") + "'"


def expected_yaml(name, kind, lang, outcome, f, not_stated, also, people, versions):
    out = [f"document: {q(name)}", f"kind: {kind}", f"language: {lang}", f"outcome: {outcome}"]
    if f is None:
        out.append("fields: null")
    else:
        out.append("fields:")
        for k in ("title", "classification", "job_code", "position_number", "effective_date"):
            out.append(f"  {k}: {q(f[k])}")
        out.append("  supervisor:")
        for k in ("position_number", "title", "classification"):
            out.append(f"    {k}: {q(f['supervisor'][k])}")
        if f["direct_reports"]:
            out.append("  direct_reports:")
            for r in f["direct_reports"]:
                out.append(f"  - title: {q(r['title'])}")
                out.append(f"    classification: {q(r['classification'])}")
                out.append(f"    fte: {q(r['fte'])}")
        else:
            out.append("  direct_reports: []")
        for k in ("salary", "o_and_m", "total", "location"):
            out.append(f"  {k}: {q(f[k])}")
    out.append("not_stated: [" + ", ".join(not_stated) + "]")
    if also is None:
        out.append("also: null")
    else:
        out.append("also:")
        for k, v in also.items():
            out.append(f"  {k}: {q(v)}")
    if people:
        out.append("people:")
        out += [f"- {q(p)}" for p in people]
    else:
        out.append("people: []")
    if versions:
        docs, newest, note = versions
        out.append("versions:")
        out.append("  documents: [" + ", ".join(q(x) for x in docs) + "]")
        out.append(f"  newest: {q(newest)}")
        out.append(f"  note: {q(note)}")
    else:
        out.append("versions: null")
    return "\n".join(out) + "\n"


def main():
    for d_ in (CORPUS, EXPECTED):
        if d_.exists():
            shutil.rmtree(d_)
        d_.mkdir(parents=True)
    for spec in DOCS:
        rng = random.Random(SEED ^ zlib.crc32(spec["spec"].get("seed_name", spec["name"]).encode()))
        p = T.POSITIONS[spec["key"]]
        opts = dict(spec["spec"].get("opts", {}))
        for k in ("author", "font", "size"):
            if k in spec["spec"]:
                opts[k] = spec["spec"][k]
        d = Doc(spec["name"], p, spec["lang"], spec["kind"], rng, **opts)
        TEMPLATES[spec["tpl"]](d)
        data = render(d, spec["spec"])
        (CORPUS / spec["name"]).write_bytes(data)
        also = dict(d.also)
        if spec["lang"] == "bilingual":
            d.f["title"] = p["title_en"]
            also["title_fr"] = p["title_fr"]
        if spec["spec"].get("encoding") == "cp1252":
            also["encoding"] = "cp1252"
        if spec["spec"].get("strength"):
            also["ocr_damage"] = spec["spec"]["strength"]
        ver = VERSIONS.get(spec["versions"]) if spec["versions"] else None
        ns = d.truth()
        (EXPECTED / (spec["name"] + ".expected.yaml")).write_text(
            expected_yaml(spec["name"], spec["kind"], spec["lang"], "import", d.f, ns, also, d.people, ver),
            encoding="utf-8")
        if spec["name"] == V_FPRM[0]:
            (CORPUS / V_FPRM[1]).write_bytes(data)
            (EXPECTED / (V_FPRM[1] + ".expected.yaml")).write_text(
                expected_yaml(V_FPRM[1], spec["kind"], spec["lang"], "import", d.f, ns, also, d.people, ver),
                encoding="utf-8")
    for name, kind, lang, fn, what in REFUSE:
        if fn is None:
            data, people = pdf_bytes(["", ""]), []
        elif fn is refuse_email:
            data, people = fn(None)
        else:
            data, people = fn()
        (CORPUS / name).write_bytes(data)
        (EXPECTED / (name + ".expected.yaml")).write_text(
            expected_yaml(name, kind, lang, "refuse", None, [], {"what": what}, people, None), encoding="utf-8")


if __name__ == "__main__":
    main()
