"""Write bench/import/blind43: a blind corpus of EX work descriptions shaped like the seed documents.

    /work/main/.venv/bin/python bench/import/blind43/make_blind.py

Deterministic (fixed seed, fixed zip dates in the .docx): the same bytes on every run.
About 80 % of the work descriptions are OCR text files as the seed folder holds them
(`--- Structured Job Description ---` / `--- Full Extracted Text ---`, one long run or one page to a
line with running footers, two columns read across, Markdown conversions), 20 % the Word files the
scans were made from; a few documents that sit in the same folders are to be refused.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from texts import (CERT_EN, CERT_FR, CSR_EN, CSR_FR, DEPTS, FIRST, GA_EN, GA_FR, LAST, LOCS, NS_EN, NS_FR,  # noqa: E402
                   POSITIONS, REPORT_DUTY_EN, REPORT_DUTY_FR, SA_EN, SA_FR)

SEED = 4343
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
V0, V1, K0, K1 = "\x01", "\x02", "\x03", "\x04"   # value (digit damage only) / keep (no damage)


def V(s):
    return f"{V0}{s}{V1}"


def K(s):
    return f"{K0}{s}{K1}"


# ---------------------------------------------------------------- notations

def cls_note(level, r, forms=("EX-0{n}", "EX-0{n}", "EX-0{n}", "EX 0{n}", "EX-{n}", "EX0{n}")):
    return r.choice(forms).format(n=level)


def date_note(d, lang, r):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        forms = [f"{day} {MONTHS_FR[d.month-1]} {d.year}", d.isoformat(), f"le {day} {MONTHS_FR[d.month-1]} {d.year}",
                 f"{d.day:02d} {MONTHS_FR[d.month-1]} {d.year}"]
        if d.day > 12:
            forms.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
    else:
        m = MONTHS_EN[d.month-1]
        suf = "st" if d.day in (1, 21, 31) else "nd" if d.day in (2, 22) else "rd" if d.day in (3, 23) else "th"
        forms = [f"{m} {d.day}, {d.year}", f"{d.day} {m} {d.year}", d.isoformat(), f"{m} {d.day}{suf}, {d.year}",
                 f"{m[:3]}. {d.day}, {d.year}" if m not in ("May", "June", "July") else f"{m} {d.day}, {d.year}",
                 f"{d.year}/{d.month:02d}/{d.day:02d}"]
        if d.day > 12:
            forms.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
    return r.choice(forms)


def _millions(v):
    for dec in (1, 2, 3):
        if round(v / 1e6, dec) * 1e6 == v:
            return f"{v/1e6:.{dec}f}"
    return None


def _group(v, sep):
    return f"{v:,}".replace(",", sep)


def amount_note(v, lang, r):
    m = _millions(v) if v >= 1_000_000 else None
    k = v // 1000 if v % 1000 == 0 else None
    if lang == "fr":
        forms = [f"{_group(v, ' ')} $", f"{_group(v, ' ')},00 $"]
        if m:
            forms += [f"{m.replace('.', ',')} M$", f"{m.replace('.', ',')} millions $"]
        if k and v < 1_000_000:
            forms += [f"{k} k$", f"{k} K$"]
    else:
        forms = [f"${v:,}", f"${v:,}.00"]
        if m:
            forms += [f"${m}M", f"${m} million", f"${m} M"]
        if k and v < 1_000_000:
            forms += [f"${k}K", f"${k}k"]
    return r.choice(forms)


def fte_note(n, lang, r, inner=False):
    if lang == "fr":
        return r.choice([f"{n} ETP", f"{n} ETP", f"effectif de {n}", f"{n} équivalents temps plein"])
    return r.choice([f"{n} FTEs", f"{n} FTEs", f"{n} FTE", f"{n} FTE's", f"staff of {n}", f"{n} employees"])


# ---------------------------------------------------------------- OCR damage

def _digit(s, r, p):
    sub = {"0": "O", "1": ["I", "l"], "5": "S", "8": "B"}
    out = []
    for ch in s:
        if ch in sub and r.random() < p:
            c = sub[ch]
            out.append(r.choice(c) if isinstance(c, list) else c)
        else:
            out.append(ch)
    return "".join(out)


CONFUSE = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("t", "l"), ("cl", "d"), ("ti", "k"),
           ("ol", "ok"), ("u", "a"), ("h", "b"), ("n", "u"), ("ri", "n"), ("f", "t"), ("s", "a"), ("d", "cl")]


def _word(w, r, p):
    if any(ch.isdigit() for ch in w) or len(w) < 4 or r.random() >= p:
        return w
    a, b = r.choice(CONFUSE)
    i = w.find(a, 1)
    return w[:i] + b + w[i+len(a):] if i > 0 else w


def damage(text, r, level):
    """level: dict(digit=p, letter=p, join=p, hyph=p)."""
    out, mode, buf = [], "p", []

    def flush():
        s = "".join(buf)
        buf.clear()
        if not s:
            return
        if mode == "v":
            out.append(_digit(s, r, level["digit"]))
        elif mode == "k":
            out.append(s)
        else:
            s = s.replace("'", " ").replace("’", " ") if r.random() < level.get("apos", 0.8) else s
            words = s.split(" ")
            ws = []
            for w in words:
                w = _word(w, r, level["letter"])
                if len(w) > 9 and w.isalpha() and r.random() < level["hyph"]:
                    c = r.randint(3, len(w) - 4)
                    w = w[:c] + "- " + w[c:]
                ws.append(w)
            s = ""
            for i, w in enumerate(ws):
                if i and not (r.random() < level["join"] and ws[i-1].isalpha() and w.isalpha()):
                    s += " "
                s += w
            out.append(_digit(s, r, level["digit"] / 3))
    for ch in text:
        if ch in (V0, V1, K0, K1):
            flush()
            mode = "v" if ch == V0 else "k" if ch == K0 else "p"
        else:
            buf.append(ch)
    flush()
    return "".join(out)


def strip(text):
    for m in (V0, V1, K0, K1):
        text = text.replace(m, "")
    return text


def noise(r, n):
    chars = "aeiourstnmgE ;:!|[]~(){}*CoO.,'"
    return "".join(r.choice(chars) for _ in range(n))


LEVELS = {
    "light": dict(digit=0.25, letter=0.01, join=0.005, hyph=0.01, apos=0.5),
    "medium": dict(digit=0.5, letter=0.03, join=0.01, hyph=0.02, apos=0.9),
    "heavy": dict(digit=0.8, letter=0.07, join=0.025, hyph=0.03, apos=1.0),
}

# ---------------------------------------------------------------- labels

LAB = {
    "en": {
        "title": ["POSITION TITLE:", "TITLE:", "Position Title:", "Job Title:", "TITLE OF POSITION:"],
        "cls": ["GROUP/LEVEL:", "LEVEL:", "Classification:", "Group and Level:", "Position Level:", "CLASSIFICATION:"],
        "jc": ["Job code:", "Position Job Code:", "JOB CODE:", "Job Code No.:"],
        "pn": ["POSITION NUMBER:", "Position Number:", "Position No.:", "POSITION NO:"],
        "date": ["EFFECTIVE DATE:", "Effective Date:", "Effective date:", "DATE EFFECTIVE:"],
        "loc": ["Geographic Location:", "LOCATION:", "Location:", "GEOGRAPHIC LOCATION:"],
        "branch": ["BRANCH:", "Branch:", "SECTOR:", "Branch - Service:"],
        "dept": ["DEPARTMENT:", "Department:", "ORGANIZATION:"],
        "sup3": [("Supervisor's Position No.:", "Supervisor's Position Title:", "Supervisor's Classification:"),
                 ("SUPERVISOR POSITION NUMBER:", "SUPERVISOR TITLE:", "SUPERVISOR GROUP/LEVEL:")],
        "rep": ["REPORTS TO:", "Reports to:"],
        "ga": ["GENERAL ACCOUNTABILITY", "GENERAL ACCOUNTABILITY:", "General Accountability"],
        "ns": ["NATURE & SCOPE:", "NATURE AND SCOPE", "Nature and Scope"],
        "os": ["ORGANIZATIONAL STRUCTURE:", "ORGANIZATION STRUCTURE", "Organization Structure"],
        "dim": ["DIMENSIONS:", "DIMENSIONS", "Dimensions"],
        "sa": ["SPECIFIC ACCOUNTABILITIES", "SPECIFIC ACCOUNTABILITIES:", "Specific Accountabilities"],
        "csr": ["CLIENT SERVICE RESULTS", "Client Service Results:"],
        "ka": ["KEY ACTIVITIES", "Key Activities:"],
        "cert": ["CERTIFICATION", "Certification"],
        "head": ["EXECUTIVE WORK DESCRIPTION", "EXECUTIVE GROUP POSITION DESCRIPTION", "WORK DESCRIPTION - EXECUTIVE GROUP"],
        "fte": ["FTEs:", "Number of FTE's:", "FTE's:", "Human Resources (FTEs):"],
        "sal": ["Salary:", "Salary Budget:", "Salaries:", "Salary Dollars:"],
        "om": ["O&M:", "O&M Budget:", "Operating and Maintenance:", "Operations and Maintenance (O&M):"],
        "tot": ["Total:", "Total Budget:", "Total operating budget:", "Total Salary and O&M:"],
        "comb": ["Salary and O&M Budget:", "Combined Salary and Operating Budget:", "Salary and O&M:"],
        "prog": ["Program Budget:", "Grants and Contributions:", "Gs&Cs:"],
        "inc": ["Incumbent:", "Name of Incumbent:"],
    },
    "fr": {
        "title": ["TITRE DU POSTE :", "Titre du poste :", "TITRE :", "Titre du poste:"],
        "cls": ["GROUPE ET NIVEAU :", "Classification :", "Groupe/niveau :", "NIVEAU :", "Niveau du poste :"],
        "jc": ["Code d'emploi :", "No de code d'emploi :", "CODE DU POSTE :", "Code de l'emploi :"],
        "pn": ["NUMÉRO DU POSTE :", "Numéro de poste :", "No du poste :", "N° de poste :"],
        "date": ["DATE D'ENTRÉE EN VIGUEUR :", "Date de prise d'effet :", "Date d'entrée en vigueur :", "En vigueur le :"],
        "loc": ["Lieu géographique :", "LIEU :", "Emplacement :", "Lieu de travail :"],
        "branch": ["DIRECTION GÉNÉRALE :", "Direction générale :", "SECTEUR :"],
        "dept": ["MINISTÈRE :", "Ministère :", "ORGANISATION :"],
        "sup3": [("No de poste du superviseur :", "Titre du poste du superviseur :", "Classification du superviseur :"),
                 ("NUMÉRO DU POSTE DU SUPÉRIEUR :", "TITRE DU SUPÉRIEUR :", "GROUPE ET NIVEAU DU SUPÉRIEUR :")],
        "rep": ["RELÈVE DE :", "Relève de :"],
        "ga": ["RESPONSABILITÉ GÉNÉRALE", "RESPONSABILITÉS GÉNÉRALES :", "Responsabilité générale"],
        "ns": ["NATURE ET ÉTENDUE :", "NATURE ET PORTÉE", "Nature et étendue"],
        "os": ["STRUCTURE ORGANISATIONNELLE :", "STRUCTURE ORGANISATIONNELLE", "Structure organisationnelle"],
        "dim": ["DIMENSIONS :", "DIMENSIONS", "Dimensions"],
        "sa": ["RESPONSABILITÉS SPÉCIFIQUES", "RESPONSABILITÉS PARTICULIÈRES :", "Responsabilités spécifiques"],
        "csr": ["RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE", "Résultats axés sur le service à la clientèle :"],
        "ka": ["ACTIVITÉS PRINCIPALES", "Activités principales :"],
        "cert": ["ATTESTATION", "CERTIFICATION"],
        "head": ["DESCRIPTION DE TRAVAIL DE LA DIRECTION", "DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION", "DESCRIPTION DE TRAVAIL - GROUPE EX"],
        "fte": ["ETP :", "Nombre d'ETP :", "Ressources humaines (ETP) :"],
        "sal": ["Salaires :", "Budget salarial :", "Masse salariale :"],
        "om": ["F et E :", "Fonctionnement et entretien :", "Budget de F et E :"],
        "tot": ["Total :", "Budget total :", "Budget total de fonctionnement :"],
        "comb": ["Budget de salaires et de F et E :", "Salaires et F et E :"],
        "prog": ["Subventions et contributions :", "Budget de programme :"],
        "inc": ["Titulaire :", "Nom du titulaire :"],
    },
}


# ---------------------------------------------------------------- positions -> facts

class Pos:
    pass


def make_pos(i, spec, r):
    p = Pos()
    (p.dept, p.level, p.title_en, p.title_fr, p.th_en, p.th_fr, p.branch_en, p.branch_fr, p.sup_en, p.sup_fr,
     p.sup_level, p.loc, reps) = spec
    p.idx = i
    p.job_code = f"10{r.randint(1000, 9999)}" if r.random() < 0.7 else None
    p.pos_number = str(r.choice([r.randint(10000, 99999), r.randint(10000, 99999), r.randint(1000, 9999),
                                 r.randint(100000, 999999)]))
    p.sup_pos = str(r.randint(10000, 99999)) if r.random() < 0.6 else None
    start = dt.date(2015, 1, 1).toordinal()
    p.date = dt.date.fromordinal(r.randint(start, dt.date(2024, 11, 30).toordinal()))
    p.reports = []
    for en, fr, c in reps:
        if c.startswith("EX"):
            n = r.randint(18, 95)
        elif c.startswith("AS-0") and c in ("AS-01", "AS-02"):
            n = 1
        else:
            n = r.randint(4, 38)
        p.reports.append([en, fr, c, n])
    p.fte = sum(x[3] for x in p.reports) + 1 + r.choice([0, 0, 1, 2])
    base = {1: (1_000_000, 3_600_000), 2: (3_000_000, 8_500_000), 3: (6_000_000, 24_000_000)}[p.level]
    p.salary = r.randint(base[0] // 10000, base[1] // 10000) * 10000
    p.om = r.randint(40, 1900) * 1000
    p.total = p.salary + p.om
    p.program = r.randint(20, 400) * 1_000_000 if p.level == 3 and r.random() < 0.5 else None
    p.incumbent = f"{r.choice(FIRST)} {r.choice(LAST)}"
    p.signer = f"{r.choice(FIRST)} {r.choice(LAST)}"
    return p


# ---------------------------------------------------------------- building blocks

def loc_text(p, lang):
    en, fr = LOCS[p.loc]
    return fr if lang == "fr" else en


def loc_truth(p, lang):
    t = loc_text(p, lang)
    if "(" in t:
        city, prov = t.split(" (")
        t = f"{city}, {prov.rstrip(')')}"
    return t


def report_line(rep, lang, r, form, show_cls, show_fte, ocr):
    en, fr, c, n = rep
    t = fr if lang == "fr" else en
    cls = V(c) if ocr else c
    nn = V(fte_note(n, lang, r)) if ocr else fte_note(n, lang, r)
    duty = r.choice(REPORT_DUTY_FR if lang == "fr" else REPORT_DUTY_EN).format(
        x=("l'unité" if lang == "fr" else "the unit") if r.random() < 0.5 else (t.split(", ")[-1].lower() if lang == "en" else "ce secteur"))
    T = K(t) if ocr else t
    if show_cls and show_fte:
        if form == 0:
            return f"{T} ({cls}, {nn}): {duty}" if lang == "en" else f"{T} ({cls}, {nn}) : {duty}"
        if form == 1:
            return f"{cls} - {T} ({nn})"
        if form == 2:
            return f"{T}, ({cls}, {nn}) accountable for: {duty}" if lang == "en" else f"{T} ({cls}), {nn}, chargé de : {duty}"
        return f"{T} - {cls} - {nn}"
    if show_cls:
        return f"{T} ({cls})" if form != 1 else f"{cls} - {T}"
    if show_fte:
        return f"{T} ({nn})"
    return T


def pick_show(p, r, versions=False):
    s = {}
    s["jc"] = p.job_code is not None
    s["pn"] = r.random() < 0.9
    s["date"] = r.random() < 0.88
    s["sup_mode"] = r.choice(["three", "three", "line", "line", "sentence"])
    s["sup_pos"] = p.sup_pos is not None and s["sup_mode"] == "three"
    s["sup_cls"] = r.random() < 0.85
    s["loc"] = r.random() < 0.8
    s["dims"] = r.choice(["all", "all", "all", "so", "comb", "fte_tot"])
    s["rep_cls"] = [r.random() < 0.93 for _ in p.reports]
    s["rep_fte"] = [r.random() < 0.85 for _ in p.reports]
    s["rep_form"] = r.randrange(4)
    s["tmpl"] = r.choice(["classic", "classic", "csr"])
    return s


def truth(p, s, lang, doc, kind, extra=None):
    f = {
        "title": p.title_fr if lang == "fr" else p.title_en,
        "classification": f"EX-0{p.level}",
        "job_code": p.job_code if s["jc"] else None,
        "position_number": p.pos_number if s["pn"] and not s.get("provisional") else None,
        "effective_date": p.date if s["date"] else None,
        "supervisor": {
            "position_number": p.sup_pos if s["sup_pos"] else None,
            "title": p.sup_fr if lang == "fr" else p.sup_en,
            "classification": f"EX-0{p.sup_level}" if s["sup_cls"] else None,
        },
        "direct_reports": [{"title": (rep[1] if lang == "fr" else rep[0]),
                            "classification": rep[2] if s["rep_cls"][i] else None,
                            "fte": rep[3] if s["rep_fte"][i] else None} for i, rep in enumerate(p.reports)],
        "salary": p.salary if s["dims"] in ("all", "so") else None,
        "o_and_m": p.om if s["dims"] in ("all", "so") else None,
        "total": p.total if s["dims"] in ("all", "comb", "fte_tot") else None,
        "location": loc_truth(p, lang) if s["loc"] else None,
    }
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary",
                      "o_and_m", "total", "location") if f[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if f["supervisor"][k] is None]
    also = {"fte": p.fte, "operating_budget": None, "program_budget": p.program if s.get("prog") else None,
            "provisional_number": s.get("provisional")}
    if lang == "bilingual":
        f["title"] = p.title_en
        f["supervisor"]["title"] = p.sup_en
        f["direct_reports"] = [dict(d, title=p.reports[i][0]) for i, d in enumerate(f["direct_reports"])]
        also["title_fr"] = p.title_fr
    if extra:
        also.update(extra)
    return {"document": doc, "kind": kind, "language": lang, "outcome": "import", "fields": f,
            "not_stated": ns, "also": also, "people": [p.incumbent, p.signer] if s.get("people", True) else [],
            "versions": None}


def dims_parts(p, s, lang, r, ocr=True):
    L = LAB["fr" if lang == "fr" else "en"]
    a = lambda v: V(amount_note(v, "fr" if lang == "fr" else "en", r)) if ocr else amount_note(v, "fr" if lang == "fr" else "en", r)
    parts = [f"{r.choice(L['fte'])} {V(str(p.fte)) if ocr else p.fte}"]
    d = s["dims"]
    if d in ("all", "so"):
        parts.append(f"{r.choice(L['sal'])} {a(p.salary)}")
        parts.append(f"{r.choice(L['om'])} {a(p.om)}")
    if d == "all":
        parts.append(f"{r.choice(L['tot'])} {a(p.total)}")
    if d == "comb":
        parts.append(f"{r.choice(L['comb'])} {a(p.total)}")
    if d == "fte_tot":
        parts.append(f"{r.choice(L['tot'])} {a(p.total)}")
    if s.get("prog"):
        parts.append(f"{r.choice(L['prog'])} {a(p.program)}")
    return parts


def prose(p, lang, r, dept):
    fr = lang == "fr"
    th = p.th_fr if fr else p.th_en
    org = (p.branch_fr if fr else p.branch_en)
    org_word = "direction" if fr else "directorate"
    title = p.title_fr if fr else p.title_en
    sup = p.sup_fr if fr else p.sup_en
    dn = DEPTS[p.dept][3 if fr else 2]
    ga = r.choice(GA_FR if fr else GA_EN).format(title=title, th=th, dept=dn, org=org_word, sup=sup)
    ns = DEPTS[p.dept][5 if fr else 4] + " " + " ".join(
        x.format(th=th, org=org_word) for x in r.sample(NS_FR if fr else NS_EN, 2))
    sa = [x.format(th=th, org=org_word) for x in r.sample(SA_FR if fr else SA_EN, r.randint(5, 7))]
    csr = (CSR_FR if fr else CSR_EN).format(th=th, dept=dn)
    cert = (CERT_FR if fr else CERT_EN).format(title=title)
    if fr:
        ga, ns, csr = elide(ga), elide(ns), elide(csr)
        sa = [elide(x) for x in sa]
    return ga, ns, sa, csr, cert, org


def elide(t):
    for a, b in ((" de le ", " du "), (" de les ", " des "), (" à le ", " au "), (" à les ", " aux "),
                 ("Sous la direction générale du Directeur", "Sous la direction générale du directeur")):
        t = t.replace(a, b)
    return t


def sup_block(p, s, lang, r, ocr=True):
    L = LAB["fr" if lang == "fr" else "en"]
    sup = p.sup_fr if lang == "fr" else p.sup_en
    sc = cls_note(p.sup_level, r)
    if s["sup_mode"] == "three":
        a, b, c = r.choice(L["sup3"])
        out = []
        if s["sup_pos"]:
            out.append(f"{a} {V(p.sup_pos) if ocr else p.sup_pos}")
        out.append(f"{b} {K(sup) if ocr else sup}")
        if s["sup_cls"]:
            out.append(f"{c} {V(sc) if ocr else sc}")
        return out, ""
    if s["sup_mode"] == "line":
        t = f"{r.choice(L['rep'])} {K(sup) if ocr else sup}" + (f" ({V(sc) if ocr else sc})" if s["sup_cls"] else "")
        return [t], ""
    title = p.title_fr if lang == "fr" else p.title_en
    cl = f" ({V(sc) if ocr else sc})" if s["sup_cls"] else ""
    n = r.choice([3, 4, 5, 6])
    if lang == "fr":
        sent = f"Le poste relève de : {K(sup) if ocr else sup}{cl}. Il est l'un des {n} postes de gestion qui relèvent de ce poste."
    else:
        sent = (f"The {K(title) if ocr else title} is one of {n} senior management positions reporting to the "
                f"{K(sup) if ocr else sup}{cl}.")
    return [], sent


# ---------------------------------------------------------------- renderers

def header_fields(p, s, lang, r, ocr=True, cls_forms=None):
    L = LAB["fr" if lang == "fr" else "en"]
    title = p.title_fr if lang == "fr" else p.title_en
    v = (lambda x: V(x)) if ocr else (lambda x: x)
    k = (lambda x: K(x)) if ocr else (lambda x: x)
    out = []
    if s["jc"]:
        out.append(("jc", f"{r.choice(L['jc'])} {v(p.job_code)}"))
    out.append(("title", f"{r.choice(L['title'])} {k(title)}"))
    out.append(("cls", f"{r.choice(L['cls'])} {v(cls_note(p.level, r, cls_forms or ('EX-0{n}', 'EX-0{n}', 'EX 0{n}', 'EX-{n}', 'EX0{n}')))}"))
    if s.get("provisional"):
        out.append(("pn", f"{r.choice(L['pn'])} {s['provisional']}"))
    elif s["pn"]:
        out.append(("pn", f"{r.choice(L['pn'])} {v(p.pos_number)}"))
    else:
        out.append(("pn", f"{r.choice(L['pn'])}"))
    out.append(("date", f"{r.choice(L['date'])} {v(date_note(p.date, lang, r)) if s['date'] else ''}".rstrip()))
    out.append(("branch", f"{r.choice(L['branch'])} {p.branch_fr if lang == 'fr' else p.branch_en}"))
    if r.random() < 0.5:
        out.append(("dept", f"{r.choice(L['dept'])} {DEPTS[p.dept][1 if lang == 'fr' else 0]}"))
    if s["loc"]:
        out.append(("loc", f"{r.choice(L['loc'])} {k(loc_text(p, lang))}"))
    head = [x for x in out if x[0] in ("jc",)]
    rest = [x for x in out if x[0] not in ("jc",)]
    r.shuffle(rest) if r.random() < 0.3 else None
    return [x[1] for x in head + rest]


def ocr_text(p, s, lang, r, dept, columns=False):
    """The text of a scanned work description as the OCR tool gives it (before damage), as a list of
    blocks; with columns, (left, right) texts for the structure/dimensions page."""
    L = LAB["fr" if lang == "fr" else "en"]
    ga, ns, sa, csr, cert, org = prose(p, lang, r, dept)
    title = p.title_fr if lang == "fr" else p.title_en
    fields = header_fields(p, s, lang, r)
    sup_lines, sup_sent = sup_block(p, s, lang, r)
    if sup_lines and s["sup_mode"] == "three":
        fields += sup_lines
        sup_lines = []
    blocks = [r.choice(L["head"]) + " " + " ".join(fields)]
    if s["tmpl"] == "csr":
        blocks.append(f"{r.choice(L['csr'])} {csr}")
        blocks.append(f"{r.choice(L['ka'])} " + " ".join(f"- {x}" for x in sa[:4]))
    else:
        blocks.append(f"{r.choice(L['ga'])} {ga}")
    struct = [r.choice(L["os"])] + sup_lines + ([sup_sent] if sup_sent else [])
    intro = ("Relèvent du titulaire :" if lang == "fr" else r.choice([
        f"Direct reports to the {K(title)}:", f"The following positions report to the {K(title)}:",
        f"Reporting to the {K(title)} are:"]))
    reps = [report_line(rep, lang, r, s["rep_form"], s["rep_cls"][i], s["rep_fte"][i], True)
            for i, rep in enumerate(p.reports)]
    struct.append(intro + " " + "; ".join(reps) + ".")
    dims = [r.choice(L["dim"])] + dims_parts(p, s, lang, r)
    ns_block = f"{r.choice(L['ns'])} {ns}"
    sa_block = r.choice(L["sa"]) + " " + " ".join(f"{V(str(i+1))}. {x}" for i, x in enumerate(sa))
    inc = f"{r.choice(L['inc'])} {K(p.incumbent)}"
    signer = f"{K(p.signer)} {p.sup_fr if lang == 'fr' else p.sup_en} Date"
    tail = f"{r.choice(L['cert'])} {cert} {inc} Signature Date {signer}"
    if s.get("people") is False:
        tail = f"{r.choice(L['cert'])} {cert} {r.choice(L['inc'])} ____________ Signature Date ____________ Date"
    if columns:
        left = " ".join(struct) + " " + " ".join(dims)
        right = sa_block
        return blocks + [ns_block], (left, right), [tail]
    order = r.choice([0, 1])
    if order == 0:
        body = blocks + [ns_block, " ".join(struct), " ".join(dims), sa_block, tail]
    else:
        body = blocks + [" ".join(struct), ns_block, " ".join(dims), sa_block, tail]
    return body, None, []


WRAP = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"


def render_ocr(p, s, lang, r, level, paged, columns=False):
    body, cols, tail = ocr_text(p, s, lang, r, p.dept, columns)
    lv = LEVELS[level]
    first = ("I " if r.random() < 0.4 else "") + (DEPTS[p.dept][3 if lang == "fr" else 2] + " " if r.random() < 0.5 else "")
    text = first + damage(" ".join(body), r, lv)
    if cols:
        left = textwrap.wrap(damage(cols[0], r, lv), r.randint(44, 56))
        right = textwrap.wrap(damage(cols[1], r, lv), r.randint(44, 56))
        mixed = []
        for i in range(max(len(left), len(right))):
            if i < len(left):
                mixed.append(left[i])
            if i < len(right):
                mixed.append(("| " if r.random() < 0.15 else "") + right[i])
        text += " " + " ".join(mixed) + " " + damage(" ".join(tail), r, lv)
    text += " " + noise(r, r.randint(20, 60))
    if not paged:
        return WRAP + text
    footer = r.choice([f"DG. {p.branch_en}" if lang != "fr" else f"DG. {p.branch_fr}",
                       f"{DEPTS[p.dept][2 if lang != 'fr' else 3]} - EX Work Description",
                       (p.title_fr if lang == "fr" else p.title_en)])
    footer = damage(footer, r, lv)
    pages, cur = [], ""
    size = r.randint(1400, 2300)
    for w in text.split(" "):
        if len(cur) > size and cur.endswith("."):
            pages.append(cur)
            cur = ""
        cur = (cur + " " + w) if cur else w
    pages.append(cur)
    lines = []
    for i, pg in enumerate(pages):
        num = "" if i == 0 else r.choice([f"{i+1} ", f"{i+1} ", f"a{i+1} ", f"Page {i+1} of {len(pages)} "])
        lines.append(f"{num}{pg} {footer}")
    return WRAP + "\n".join(lines)


def render_markdown(p, s, lang, r, damaged_cls=False, with_ocr=None):
    fr = lang == "fr"
    ga, ns, sa, csr, cert, org = prose(p, lang, r, p.dept)
    title = p.title_fr if fr else p.title_en
    L = LAB["fr" if fr else "en"]
    cl = cls_note(p.level, r)
    if damaged_cls:
        cl = cl.replace("0", "O")
    rows = [(r.choice(["Titre du poste", "Titre"]) if fr else r.choice(["Position Title", "Job Title"]), title)]
    if s["jc"]:
        rows.append(("Code d'emploi" if fr else "Position Job Code", p.job_code))
    rows.append(("Classification" if fr else r.choice(["Classification", "Position Level"]), cl))
    if s.get("provisional"):
        rows.append(("Numéro du poste" if fr else "Position Number", s["provisional"]))
    elif s["pn"]:
        rows.append(("Numéro du poste" if fr else "Position Number", p.pos_number))
    if s["date"]:
        rows.append(("Date d'entrée en vigueur" if fr else "Effective Date", date_note(p.date, lang, r)))
    rows.append(("Direction générale" if fr else r.choice(["Branch", "Branch - Service"]), p.branch_fr if fr else p.branch_en))
    if s["loc"]:
        rows.append(("Lieu géographique" if fr else r.choice(["Geographic Location", "Location"]), loc_text(p, lang)))
    sup = p.sup_fr if fr else p.sup_en
    sup_in_fields = s["sup_mode"] != "sentence"
    if sup_in_fields:
        if s["sup_pos"]:
            rows.append(("No de poste du superviseur" if fr else "Supervisor's Position No.", p.sup_pos))
        rows.append(("Titre du poste du superviseur" if fr else "Supervisor's Position Title", sup))
        if s["sup_cls"]:
            rows.append(("Classification du superviseur" if fr else "Supervisor's Classification", cls_note(p.sup_level, r)))
    sep = " :" if fr else ":"
    out = ["# " + ("Description de travail" if fr else "Job Description"), "",
           "## " + ("Renseignements sur le poste" if fr else "Position Details"), ""]
    out += [f"*   **{k}{sep}** {v}" for k, v in rows]
    out += ["", "## " + ("Responsabilité générale" if fr else "General Accountability"), "", ga, ""]
    out += ["## " + ("Structure organisationnelle" if fr else r.choice(["Organization Structure", "Structure"])), ""]
    if not sup_in_fields:
        sc = f" ({cls_note(p.sup_level, r)})" if s["sup_cls"] else ""
        out += [(f"Le poste relève de : {sup}{sc}." if fr else f"The {title} reports to the {sup}{sc}."), ""]
    n = len(p.reports)
    out += [(f"### Relèvent du {title} :" if fr else f"### Reporting to the {title} are:"), ""]
    for i, rep in enumerate(p.reports):
        t = rep[1] if fr else rep[0]
        bits = []
        if s["rep_cls"][i]:
            bits.append(rep[2])
        if s["rep_fte"][i]:
            bits.append(fte_note(rep[3], lang, r))
        lab = f"{t} ({', '.join(bits)})" if bits else t
        duty = r.choice(REPORT_DUTY_FR if fr else REPORT_DUTY_EN).format(x="l'unité" if fr else "the unit")
        out.append(f"*   **{lab}{sep}** {duty}")
    out += ["", "## " + ("Nature et étendue" if fr else "Nature and Scope"), "", ns, ""]
    out += ["## Dimensions", ""]
    for part in dims_parts(p, s, lang, r, ocr=False):
        k, v = part.rsplit(":", 1)
        out.append(f"*   **{k.strip()}{sep}** {v.strip()}")
    out += ["", "## " + ("Responsabilités spécifiques" if fr else "Specific Accountabilities"), ""]
    out += [f"{i+1}.  {x}" for i, x in enumerate(sa)]
    out += ["", "## " + ("Attestation" if fr else "Certification"), "", cert, "",
            f"**{p.signer}**", f"**{sup}**", ""]
    s["people_md"] = [p.signer]
    md = "\n".join(out)
    if with_ocr is not None:
        return "--- Structured Job Description ---\n" + md + "\n\n--- Full Extracted Text ---\n" + with_ocr
    return md


def render_docx(p, s, lang, r, bilingual=False):
    import docx
    from docx.shared import Pt
    fr = lang == "fr"
    d = docx.Document()
    d.core_properties.author = r.choice(["Classification Services", "hrkit bench", "Rémunération et classification"])
    stamp = dt.datetime(p.date.year, p.date.month, p.date.day, 9, 30, 0)
    d.core_properties.created = stamp
    d.core_properties.modified = stamp
    d.core_properties.last_modified_by = "Classification"
    d.core_properties.revision = 3
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    ga, ns, sa, csr, cert, org = prose(p, "fr" if fr else "en", r, p.dept)
    L = LAB["fr" if fr else "en"]
    if bilingual:
        d.add_heading("EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION", level=1)
    else:
        d.add_heading(r.choice(L["head"]).title() if r.random() < 0.5 else r.choice(L["head"]), level=1)
    d.add_paragraph(DEPTS[p.dept][1 if fr else 0])
    rows = []
    if bilingual:
        rows.append(("Position Title / Titre du poste", p.title_en))
        rows.append(("Titre du poste (français)", p.title_fr))
    else:
        rows.append((r.choice(L["title"]).rstrip(": "), p.title_fr if fr else p.title_en))
    cl = cls_note(p.level, r)
    rows.append(("Group and Level / Groupe et niveau" if bilingual else r.choice(L["cls"]).rstrip(": "), cl))
    if s["jc"]:
        rows.append(("Job Code / Code d'emploi" if bilingual else r.choice(L["jc"]).rstrip(": "), p.job_code))
    if s.get("provisional") or s["pn"]:
        rows.append(("Position Number / Numéro du poste" if bilingual else r.choice(L["pn"]).rstrip(": "),
                     s.get("provisional") or p.pos_number))
    rows.append(("Effective Date / Date d'entrée en vigueur" if bilingual else r.choice(L["date"]).rstrip(": "),
                 date_note(p.date, "fr" if fr else "en", r) if s["date"] else ""))
    rows.append(("Branch / Direction générale" if bilingual else r.choice(L["branch"]).rstrip(": "),
                 f"{p.branch_en} / {p.branch_fr}" if bilingual else (p.branch_fr if fr else p.branch_en)))
    if s["loc"]:
        rows.append(("Location / Lieu" if bilingual else r.choice(L["loc"]).rstrip(": "), loc_text(p, "fr" if fr else "en")))
    sup = p.sup_fr if fr else p.sup_en
    if s["sup_mode"] != "sentence":
        a, b, c = r.choice(L["sup3"]) if not bilingual else (
            "Supervisor's Position No. / No de poste du superviseur", "Supervisor's Title / Titre du superviseur",
            "Supervisor's Group and Level / Groupe et niveau du superviseur")
        if s["sup_pos"]:
            rows.append((a.rstrip(": "), p.sup_pos))
        rows.append((b.rstrip(": "), p.sup_en if bilingual else sup))
        if s["sup_cls"]:
            rows.append((c.rstrip(": "), cls_note(p.sup_level, r)))
    if r.random() < 0.6 or bilingual:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            cells = t.add_row().cells
            cells[0].text = k
            cells[1].text = v
    else:
        for k, v in rows:
            para = d.add_paragraph()
            para.add_run(k + (" : " if fr else ": ")).bold = True
            para.add_run(v)
    lang2 = "fr" if fr else "en"
    if s["tmpl"] == "csr":
        d.add_heading(r.choice(L["csr"]).rstrip(": "), level=2)
        d.add_paragraph(csr)
        d.add_heading(r.choice(L["ka"]).rstrip(": "), level=2)
        for x in sa[:4]:
            d.add_paragraph(x, style="List Bullet")
    else:
        d.add_heading(r.choice(L["ga"]).rstrip(": "), level=2)
        d.add_paragraph(ga)
    d.add_heading(r.choice(L["os"]).rstrip(": "), level=2)
    if s["sup_mode"] == "sentence":
        sc = f" ({cls_note(p.sup_level, r)})" if s["sup_cls"] else ""
        d.add_paragraph(f"Le poste relève de : {sup}{sc}." if fr else f"The position reports to the {sup}{sc}.")
    title = p.title_fr if fr else p.title_en
    d.add_paragraph(f"Relèvent du titulaire :" if fr else f"The following positions report to the {title}:")
    if r.random() < 0.5:
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        hdr = ["Titre du poste", "Groupe et niveau", "ETP"] if fr else ["Position Title", "Group/Level", "FTEs"]
        for c, h in zip(t.rows[0].cells, hdr):
            c.text = h
        for i, rep in enumerate(p.reports):
            cells = t.add_row().cells
            cells[0].text = rep[1] if fr else rep[0]
            cells[1].text = rep[2] if s["rep_cls"][i] else ""
            cells[2].text = str(rep[3]) if s["rep_fte"][i] else ""
    else:
        for i, rep in enumerate(p.reports):
            d.add_paragraph(report_line(rep, lang2, r, s["rep_form"], s["rep_cls"][i], s["rep_fte"][i], False),
                            style="List Bullet")
    d.add_heading(r.choice(L["ns"]).rstrip(": "), level=2)
    d.add_paragraph(ns)
    d.add_heading(r.choice(L["dim"]).rstrip(": "), level=2)
    parts = dims_parts(p, s, lang2, r, ocr=False)
    if r.random() < 0.5:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for part in parts:
            k, v = part.rsplit(":", 1)
            cells = t.add_row().cells
            cells[0].text = k.strip()
            cells[1].text = v.strip()
    else:
        for part in parts:
            d.add_paragraph(part)
    if s["tmpl"] != "csr":
        d.add_heading(r.choice(L["sa"]).rstrip(": "), level=2)
        for x in sa:
            d.add_paragraph(x, style="List Number")
    d.add_heading(r.choice(L["cert"]), level=2)
    d.add_paragraph(cert)
    d.add_paragraph(f"{r.choice(L['inc'])} {p.incumbent}            Signature: ____________   Date: ________")
    d.add_paragraph(f"{p.signer}, {sup}            Signature: ____________   Date: ________")
    return docx_bytes(d)


def docx_bytes(d):
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- bilingual OCR

def render_bilingual_ocr(p, s, r, level, paged):
    ga_en, ns_en, sa_en, csr_en, cert_en, _ = prose(p, "en", r, p.dept)
    ga_fr, ns_fr, sa_fr, _, cert_fr, _ = prose(p, "fr", r, p.dept)
    v = V
    f = []
    if s["jc"]:
        f.append(f"Job Code / Code d'emploi: {v(p.job_code)}")
    f.append(f"Position Title / Titre du poste: {K(p.title_en)}")
    f.append(f"Titre du poste: {K(p.title_fr)}")
    f.append(f"Group and Level / Groupe et niveau: {v(cls_note(p.level, r))}")
    f.append(f"Position Number / Numéro du poste: {v(p.pos_number) if s['pn'] else ''}".rstrip())
    f.append(f"Effective Date / Date d'entrée en vigueur: {v(date_note(p.date, 'en', r)) if s['date'] else ''}".rstrip())
    if s["loc"]:
        f.append(f"Location / Lieu: {K(loc_text(p, 'en'))}")
    s["sup_mode"] = "three"
    if s["sup_pos"] or p.sup_pos:
        s["sup_pos"] = p.sup_pos is not None
    if s["sup_pos"]:
        f.append(f"Supervisor's Position Number / Numéro du poste du superviseur: {v(p.sup_pos)}")
    f.append(f"Supervisor's Title / Titre du superviseur: {K(p.sup_en)}")
    if s["sup_cls"]:
        f.append(f"Supervisor's Group and Level / Groupe et niveau du superviseur: {v(cls_note(p.sup_level, r))}")
    reps = [report_line(rep, "en", r, s["rep_form"], s["rep_cls"][i], s["rep_fte"][i], True)
            for i, rep in enumerate(p.reports)]
    blocks = ["EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION " + " ".join(f),
              f"GENERAL ACCOUNTABILITY / RESPONSABILITÉ GÉNÉRALE {ga_en} {ga_fr}",
              f"ORGANIZATION STRUCTURE / STRUCTURE ORGANISATIONNELLE Reporting to the {K(p.title_en)} are: " + "; ".join(reps) + ".",
              f"NATURE AND SCOPE / NATURE ET ÉTENDUE {ns_en}",
              "DIMENSIONS " + " ".join(dims_parts(p, s, "en", r)),
              "SPECIFIC ACCOUNTABILITIES / RESPONSABILITÉS SPÉCIFIQUES " + " ".join(f"{V(str(i+1))}. {x}" for i, x in enumerate(sa_en)),
              f"CERTIFICATION / ATTESTATION {cert_en} Incumbent / Titulaire: {K(p.incumbent)} {K(p.signer)} {p.sup_en} Date"]
    text = damage(" ".join(blocks), r, LEVELS[level]) + " " + noise(r, 30)
    if paged:
        mid = len(text) // 2
        cut = text.find(". ", mid) + 1
        text = text[:cut] + f" {DEPTS[p.dept][2]}\n2 " + text[cut+1:] + f" {DEPTS[p.dept][2]}"
    return WRAP + text


# ---------------------------------------------------------------- refusals

def refusals(r):
    from tests.import_files import pdf_bytes
    docs = []
    memo = ("MEMORANDUM NOTE DE SERVICE SECURITY CLASSIFICATION: UNCLASSIFIED TO: Assistant Deputy Ministers and Heads of "
            "Branches FROM: Director General, Workforce Management (Sophie Ranger) DATE: February 3, 2021 SUBJECT: Review of "
            "executive work descriptions before the 2021 executive talent management exercise. As you know, deputy heads are "
            "accountable for executive talent management within the Department, and OCHRO requires that EX-03 to EX-05 "
            "questionnaires be submitted by June 30. Before the exercise begins, branches are asked to confirm that every EX-01 "
            "to EX-03 position has a current, signed work description on file. Work descriptions dated before April 1, 2015 "
            "should be reviewed with your classification advisor; where the organization structure or dimensions have changed "
            "(FTEs, salary and O&M budgets), a revised description should be submitted for evaluation. Please send your list of "
            "positions to the EX Group Services mailbox by March 5, 2021. For questions, contact Martin Labelle, Manager, "
            "Executive Services, at 819-555-0147. Sophie Ranger Director General, Workforce Management c.c. Executive Committee")
    docs.append(("Memo - EX work descriptions review Feb 2021.txt", "ocr", "en",
                 WRAP + damage(memo, r, LEVELS["light"]) + " " + noise(r, 25), ["Sophie Ranger", "Martin Labelle"]))
    org = ("SKILLS AND EMPLOYMENT BRANCH ORGANIZATION CHART Effective November 2019 Assistant Deputy Minister Skills and "
           "Employment (EX-05) Rachel Dubé | Director General Apprenticeship and Sectoral Initiatives (EX-03) Kevin Singh | "
           "Director General Learning Branch (EX-03) Annick Girard | Director General Employment Programs Policy and Design "
           "(EX-03) Vacant | Director Apprenticeship Grants Operations (EX-01) Luc Morin | Director Red Seal Secretariat "
           "(EX-01) Heather Fraser | Director Sectoral Initiatives Program (EX-01) Ahmed Abboud | Director Canada Student "
           "Loans Policy (EX-01) Olivier Poirier | Executive Assistant (AS-02) | Chief of Staff (EC-07) Tanya Ferguson "
           "Prepared by: Business Management Services, November 14, 2019 Page 1 of 1")
    docs.append(("SEB org chart Nov 2019.txt", "ocr", "en", WRAP + damage(org, r, LEVELS["medium"]),
                 ["Rachel Dubé", "Kevin Singh", "Annick Girard", "Luc Morin", "Heather Fraser", "Ahmed Abboud",
                  "Olivier Poirier", "Tanya Ferguson"]))
    docs.append(("Scan_0047.txt", "ocr", "en",
                 WRAP + " ".join(noise(r, r.randint(3, 9)) for _ in range(140)) + "\n2 " + noise(r, 300), []))
    docs.append(("DT Directeur régional - numérisé.pdf", "pdf", "fr", pdf_bytes(["", "", ""]), []))
    # letter of offer (French, Word)
    import docx
    d = docx.Document()
    d.core_properties.author = "Dotation des cadres"
    d.core_properties.created = dt.datetime(2022, 5, 16, 10, 0)
    d.core_properties.modified = dt.datetime(2022, 5, 16, 10, 0)
    for t in ["Pêches et Océans Canada", "Le 16 mai 2022", "Madame Geneviève Leblanc", "Gatineau (Québec)",
              "Objet : Offre de nomination intérimaire – Directrice, Ports pour petits bateaux, Région du Québec (EX-01)",
              "Madame,",
              "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Ports pour petits bateaux, "
              "Région du Québec, classifié au groupe et niveau EX-01 (poste no 48213), du 30 mai 2022 au 31 mars 2023, "
              "à Québec (Québec).",
              "Votre rémunération sera fixée conformément à la Directive sur les conditions d'emploi des cadres supérieurs, "
              "dans l'échelle salariale de 120 100 $ à 141 300 $ par année. Vous relèverez du Directeur général régional, "
              "Région du Québec.",
              "Cette offre est conditionnelle au maintien de votre cote de fiabilité. Veuillez signer ci-dessous pour "
              "indiquer votre acceptation et retourner une copie au plus tard le 24 mai 2022.",
              "Veuillez agréer, Madame, l'expression de mes sentiments distingués.",
              "Bernard Ouellet", "Directeur général régional, Région du Québec",
              "J'accepte l'offre de nomination décrite ci-dessus. Signature : ____________ Date : ________"]:
        d.add_paragraph(t)
    docs.append(("Lettre d'offre - intérim EX-01 (signée).docx", "docx", "fr", docx_bytes(d),
                 ["Geneviève Leblanc", "Bernard Ouellet"]))
    d = docx.Document()
    d.core_properties.author = "Census Operations"
    d.core_properties.created = dt.datetime(2022, 6, 1, 14, 0)
    d.core_properties.modified = dt.datetime(2022, 6, 1, 14, 0)
    d.add_heading("Executive Performance Agreement 2022-23", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Executive", "Dominique Chartrand"), ("Position", "Director General, Census Operations"),
                 ("Group and Level", "EX-03"), ("Supervisor", "Josée Bélanger, Assistant Chief Statistician"),
                 ("Cycle", "April 1, 2022 to March 31, 2023")]:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_heading("Commitments", level=2)
    for x in ["Business results: deliver the 2021 Census coverage studies and release schedule on time and within a "
              "budget of $4.2M.",
              "Management results: reduce the backlog of staffing actions by 30 % and complete the branch's talent "
              "management exercise for EX-01 and EX-02 positions.",
              "Leadership competencies: mobilize people; uphold integrity and respect; collaborate with partners.",
              "Corporate priorities: mental health and well-being; diversity and inclusion; Beyond2020 actions."]:
        d.add_paragraph(x, style="List Number")
    d.add_heading("Rating", level=2)
    d.add_paragraph("Mid-year review: on track. Year-end rating: to be completed by the supervisor by May 31, 2023.")
    d.add_paragraph("Signatures: Dominique Chartrand ________  Josée Bélanger ________")
    docs.append(("Performance Agreement 2022-23 - DG Census Ops.docx", "docx", "en", docx_bytes(d),
                 ["Dominique Chartrand", "Josée Bélanger"]))
    return docs


# ---------------------------------------------------------------- the plan

# (position index, kind, language, damage, file name); kinds: ocr (one run), ocr-paged, ocr-columns, markdown,
# markdown+ocr, docx, bilingual-ocr, bilingual-docx
PLAN = [
    (0, "ocr", "en", "medium", "Director, Apprenticeship Grants Operations - EX-01.txt"),
    (0, "docx", "en", None, "Director, Apprenticeship Grants Operations - EX-01.docx"),
    (1, "ocr-paged", "en", "medium", "DG EI Policy WD FINAL.txt"),
    (2, "ocr", "fr", "heavy", "Directeur exécutif, Opérations des services d'intégrité.txt"),
    (3, "markdown", "en", None, "ED Workforce Data and Analytics.txt"),
    (4, "ocr", "en", "light", "Director, Executive Talent Management - draft.txt"),
    (4, "ocr-paged", "en", "medium", "Director, Executive Talent Management - signed.txt"),
    (5, "docx", "en", None, "Senior Director FM Policy (EX-02).docx"),
    (6, "ocr-columns", "en", "medium", "DG Refugee Resettlement Operations.txt"),
    (7, "ocr", "en", "heavy", "041_7be2a09c31d5e8f4.txt"),
    (8, "ocr-paged", "en", "light", "Director Economic Immigration Policy EX-01 (2).txt"),
    (9, "ocr", "en", "medium", "RPS Atlantic - Director WD.txt"),
    (10, "ocr-paged", "fr", "medium", "Directrice exécutive, Opérations de la paye.txt"),
    (11, "markdown+ocr", "fr", "light", "Directeur, Politique d'approvisionnement stratégique.txt"),
    (12, "ocr-paged", "en", "heavy", "DG Medical Devices Directorate EX-03.txt"),
    (13, "docx", "en", None, "Director Cannabis Compliance & Enforcement - WD.docx"),
    (14, "ocr", "en", "medium", "018_a94c0e55d2b17f03.txt"),
    (15, "ocr-columns", "en", "heavy", "DG CEPR work description (1).txt"),
    (16, "ocr", "en", "light", "Director, Laboratory Operations NML - Winnipeg.txt"),
    (17, "docx", "fr", None, "Directeur, Surveillance des maladies chroniques.docx"),
    (18, "ocr-paged", "fr", "medium", "DT Directeur, Opérations nationales de prévision (Dorval).txt"),
    (19, "bilingual-docx", "bilingual", None, "DG Climate Change Adaptation - Adaptation aux changements climatiques.docx"),
    (20, "ocr", "en", "medium", "Director Wildlife Enforcement PNR.txt"),
    (21, "markdown", "fr", None, "Directeur, Gestion des pêches, Région du Golfe.txt"),
    (23, "ocr", "fr", "medium", "Directrice, Ports pour petits bateaux (1).txt"),
    (23, "ocr-paged", "fr", "medium", "Directrice, Ports pour petits bateaux - révisée 2023.txt"),
    (22, "ocr-columns", "en", "medium", "Director, Hydrographic Operations, Pacific.txt"),
    (24, "ocr-paged", "en", "medium", "DG Petroleum Resources Branch.txt"),
    (25, "ocr", "fr", "light", "Directeur, Opérations d'observation de la Terre - Sherbrooke.txt"),
    (26, "docx", "en", None, "Director, Explosives Safety and Security.docx"),
    (27, "ocr", "en", "heavy", "Director Civil Aviation Ontario Region - signed.txt"),
    (28, "markdown", "fr", None, "Directeur général, Sécurité ferroviaire.txt"),
    (29, "ocr-columns", "fr", "medium", "Directeur, Sécurité et sûreté maritimes, Québec.txt"),
    (30, "bilingual-ocr", "bilingual", "medium", "RDG Ontario Region - DGR Région de l'Ontario.txt"),
    (31, "docx", "fr", None, "DT - Directeur, Programmes d'éducation, Région du Québec.docx"),
    (32, "ocr", "fr", "medium", "PAGU - Directeur DT.txt"),
    (33, "ocr-paged", "en", "light", "Director, Consumer Prices Division.txt"),
    (34, "ocr", "en", "medium", "DG Census Operations EX-03 FINAL.txt"),
    (35, "ocr-columns", "en", "light", "Director Labour Statistics Division.txt"),
    (36, "docx", "en", None, "Director, Business Risk Management Programs (Winnipeg).docx"),
    (37, "ocr-paged", "fr", "heavy", "DG Centres de recherche Ontario-Québec.txt"),
    (38, "markdown", "en", None, "Director, Market Access Secretariat.txt"),
    (39, "ocr", "en", "medium", "Director, Disability Benefits Operations - Charlottetown.txt"),
    (40, "bilingual-ocr", "bilingual", "light", "DG Field Operations - Opérations sur le terrain.txt"),
    (41, "docx", "fr", None, "Directeur, Centre des opérations réseau (SPC).docx"),
]
# positions written with a provisional number
PROVISIONAL = {3: "NEW", 24: "TBD"}
VERSIONS = {
    0: ("same", ["Director, Apprenticeship Grants Operations - EX-01.txt", "Director, Apprenticeship Grants Operations - EX-01.docx"]),
    4: ("signed", ["Director, Executive Talent Management - draft.txt", "Director, Executive Talent Management - signed.txt"]),
    23: ("revised", ["Directrice, Ports pour petits bateaux (1).txt", "Directrice, Ports pour petits bateaux - révisée 2023.txt"]),
}


def kind_of(k):
    return {"ocr": "ocr", "ocr-paged": "ocr", "ocr-columns": "ocr-columns", "markdown": "markdown",
            "markdown+ocr": "markdown", "docx": "docx", "bilingual-ocr": "ocr", "bilingual-docx": "docx"}[k]


def main():
    r = random.Random(SEED)
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    positions = [make_pos(i, spec, r) for i, spec in enumerate(POSITIONS)]
    shows = {}
    records = []
    for idx, kind, lang, level, name in PLAN:
        p = positions[idx]
        rr = random.Random(f"{SEED}-{name}")
        if idx in shows and VERSIONS.get(idx, ("",))[0] == "same":
            s = dict(shows[idx])
        else:
            s = pick_show(p, rr)
            if idx in PROVISIONAL:
                s["provisional"] = PROVISIONAL[idx]
            if p.program and rr.random() < 0.7:
                s["prog"] = True
            if idx in shows and VERSIONS[idx][0] == "signed":       # the draft has no date, no signatures
                s["date"] = True
            shows.setdefault(idx, s)
        if idx == 4 and "draft" in name:
            s = dict(s, date=False, people=False)
        if idx == 23 and "révisée" in name:
            # the revision: a new effective date, a fourth direct report, new budget
            p = revised(p, rr)
            s = dict(s, date=True, rep_cls=s["rep_cls"] + [True], rep_fte=s["rep_fte"] + [True])
        if lang == "bilingual":
            s["sup_mode"] = "three"
        exp_extra = None
        if kind in ("ocr", "ocr-paged"):
            data = render_ocr(p, s, lang, rr, level, kind == "ocr-paged")
        elif kind == "ocr-columns":
            data = render_ocr(p, s, lang, rr, level, rr.random() < 0.5, columns=True)
        elif kind == "markdown":
            data = render_markdown(p, s, lang, rr, damaged_cls=rr.random() < 0.4)
        elif kind == "markdown+ocr":
            md_s = dict(s)
            ocr = render_ocr(p, s, lang, rr, level, False)[len(WRAP):]
            data = render_markdown(p, md_s, lang, rr, with_ocr=ocr)
        elif kind == "bilingual-ocr":
            data = render_bilingual_ocr(p, s, rr, level, rr.random() < 0.5)
        elif kind == "docx":
            data = render_docx(p, s, lang, rr)
        elif kind == "bilingual-docx":
            data = render_docx(p, s, "en", rr, bilingual=True)
        if isinstance(data, str):
            enc = "cp1252" if (lang == "fr" and kind.startswith("ocr") and rr.random() < 0.4) else "utf-8"
            s["encoding"] = enc
            data = data.encode(enc)
        (corpus / name).write_bytes(data)
        t = truth(p, s, lang, name, kind_of(kind))
        if kind.startswith("markdown") and kind == "markdown":
            t["people"] = [p.signer]
        if "draft" in name:
            t["people"] = []
        if idx in VERSIONS:
            how, names = VERSIONS[idx]
            t["versions"] = {"documents": names, "newest": names[1], "how": how}
        records.append(t)
    for name, kind, lang, data, people in refusals(r):
        (corpus / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        records.append({"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                        "not_stated": [], "also": {}, "people": people, "versions": None})
    for t in records:
        with open(expected / f"{t['document']}.expected.yaml", "w", encoding="utf-8") as fh:
            yaml.safe_dump(t, fh, sort_keys=False, allow_unicode=True, width=120)


def revised(p, r):
    q = Pos()
    q.__dict__.update(p.__dict__)
    q.date = dt.date(2023, 6, 12)
    q.reports = [list(x) for x in p.reports] + [["Senior Project Officer", "Agente principale de projets", "EG-06", 3]]
    q.fte = p.fte + 3
    q.salary = p.salary + 250_000
    q.om = p.om + 75_000
    q.total = q.salary + q.om
    return q


if __name__ == "__main__":
    main()
