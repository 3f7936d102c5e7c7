"""Generate blind166: work descriptions printed, marked by hand and scanned again.

Run from the repository root:  python bench/import/blind166/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run.
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

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import docx  # noqa: E402
from texts import (ACTS_EN, ACTS_FR, AREAS, DEPARTMENTS, FIRST, GA_EN, GA_FR, LAST, LOCATIONS,  # noqa: E402
                   NS_EN, NS_FR, REPORT_GROUPS, UNITS)

R = random.Random(166)
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
SUP_AREAS = [("Program Operations", "opérations des programmes"), ("Strategic Policy", "politique stratégique"),
             ("Corporate Services", "services ministériels"), ("Regional Operations", "opérations régionales"),
             ("Science and Technology", "sciences et technologie"), ("Service Delivery", "prestation des services"),
             ("Safety and Security", "sûreté et sécurité"), ("Finance and Administration", "finances et administration")]

_first = FIRST[:]
_last = LAST[:]
R.shuffle(_first)
R.shuffle(_last)
_pairs = [(f, l) for f in _first for l in _last]
R.shuffle(_pairs)
_seen_f, _seen_l = {}, {}
_names = iter([f"{a} {b}" for a, b in _pairs])


def person():
    return next(_names)


def initials(name):
    return "".join(w[0] for w in re.split(r"[ \-]", name) if w)[:3].upper()


# ---------------------------------------------------------------- values and notations
def cap(s):
    return s[0].upper() + s[1:]


def title_of(level, area, fem=False):
    return {"EX-01": "Director", "EX-02": "Executive Director", "EX-03": "Director General",
            "EX-04": "Assistant Deputy Minister"}[level] + ", " + area


def title_fr_of(level, area_fr, fem):
    base = {"EX-01": ("Directeur", "Directrice"), "EX-02": ("Directeur exécutif", "Directrice exécutive"),
            "EX-03": ("Directeur général", "Directrice générale"),
            "EX-04": ("Sous-ministre adjoint", "Sous-ministre adjointe")}[level][fem]
    return base + ", " + area_fr


def money(v, style, lang="en"):
    if lang == "fr":
        if style == "M":
            s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{s} M$"
        return f"{v:,}".replace(",", " ") + " $"
    if style == "M":
        return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
    if style == "K":
        return f"${v // 1000:,}K"
    return f"${v:,}"


def date_txt(d, style, lang="en"):
    if lang == "fr":
        return ("1er" if d.day == 1 else str(d.day)) + f" {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def short_date(d, style):
    return [f"{d.day}/{d.month}/{d.year % 100:02d}", d.isoformat(), f"{MONTHS_EN[d.month - 1][:3]} {d.day}/{d.year % 100:02d}",
            f"{d.day:02d}.{d.month:02d}.{d.year}"][style % 4]


def rdate(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(R.randint(start, dt.date(y1, 12, 31).toordinal()))


def posno():
    return str(R.randint(10000, 99999)) if R.random() < 0.55 else str(R.randint(100000, 999999))


def clsnote(c, style):
    if style == 1:
        return c.replace("-", " ")
    return c


# ---------------------------------------------------------------- positions
class P:
    pass


def make_position(i, lang, level=None):
    p = P()
    p.lang = lang
    p.level = level or R.choices(["EX-01", "EX-02", "EX-03"], [6, 3, 2])[0]
    p.area, p.area_fr = AREAS[i]
    p.fem = R.random() < 0.5
    p.title = title_of(p.level, p.area)
    p.title_fr = title_fr_of(p.level, p.area_fr, p.fem)
    p.dept = R.choice(DEPARTMENTS)
    p.loc = R.choice(LOCATIONS)
    sup_level = {"EX-01": R.choice(["EX-02", "EX-03"]), "EX-02": "EX-03", "EX-03": "EX-04"}[p.level]
    sa = R.choice(SUP_AREAS)
    p.sup = {"level": sup_level, "title": title_of(sup_level, sa[0]),
             "title_fr": title_fr_of(sup_level, sa[1], R.random() < 0.5),
             "posno": posno() if R.random() < 0.75 else None}
    p.posno = posno() if R.random() < 0.85 else None
    p.posno_word = R.choice(["NEW", "TBD", "", "Vacant - to be assigned"]) if p.posno is None else None
    p.job = str(R.randint(100000, 109999)) if R.random() < 0.6 else None
    p.eff = rdate(2019, 2025) if R.random() < 0.75 else None
    n = R.randint(2, 5)
    units = R.sample(UNITS, n)
    p.reports = []
    for k, u in enumerate(units):
        if p.level != "EX-01" and k < 2:
            a = R.choice(AREAS[30:])
            r = {"title": f"Director, {u[0]}", "title_fr": f"Directeur, {u[1]}", "cls": "EX-01",
                 "fte": R.randint(12, 60)}
        else:
            r = {"title": f"Manager, {u[0]}", "title_fr": f"Gestionnaire, {u[1]}", "cls": R.choice(REPORT_GROUPS),
                 "fte": R.randint(3, 24)}
        p.reports.append(r)
    if R.random() < 0.3:
        p.reports.append({"title": "Senior Advisor", "title_fr": "Conseiller principal",
                          "cls": R.choice(["EC-07", "AS-07", "PM-06"]), "fte": None})
    base = {"EX-01": (900, 3600), "EX-02": (2500, 7000), "EX-03": (5000, 14000)}[p.level]
    p.salary = R.randint(*base) * 1000
    p.om = R.randint(30, 1200) * 1000
    p.total_stated = R.random() < 0.75
    p.fte = sum(r["fte"] or 1 for r in p.reports) + 1 if R.random() < 0.5 else None
    p.people = []
    p.job_unstated_word = R.choice(["", "N/A", "to come"])
    return p


# ---------------------------------------------------------------- the document model
# items: ("h1", text) ("h2", text) ("f", label, key, value) ("p", text) ("b", text) ("t", rows) ("raw", text)

LAB = {
    "en": {"head": "EXECUTIVE WORK DESCRIPTION", "title": "POSITION TITLE", "class": "GROUP/LEVEL",
           "posno": "POSITION NUMBER", "job": "JOB CODE", "eff": "EFFECTIVE DATE", "dept": "DEPARTMENT",
           "loc": "LOCATION", "sup": "REPORTS TO", "sup_title": "SUPERVISOR'S POSITION TITLE",
           "sup_class": "SUPERVISOR'S GROUP/LEVEL", "sup_posno": "SUPERVISOR'S POSITION NUMBER",
           "ga": "GENERAL ACCOUNTABILITY", "org": "ORGANIZATION STRUCTURE", "ns": "NATURE AND SCOPE",
           "dim": "DIMENSIONS", "sal": "Salary", "om": "O&M", "tot": "Total", "fte": "FTEs",
           "acts": "SPECIFIC ACCOUNTABILITIES", "sig": "SIGNATURES", "inc": "Incumbent", "supv": "Supervisor",
           "cb": "Classified by", "ftes": "FTEs", "nostaff": "no staff"},
    "fr": {"head": "DESCRIPTION DE TRAVAIL DE CADRE", "title": "TITRE DU POSTE", "class": "GROUPE ET NIVEAU",
           "posno": "NUMÉRO DU POSTE", "job": "CODE D'EMPLOI", "eff": "DATE D'ENTRÉE EN VIGUEUR",
           "dept": "MINISTÈRE", "loc": "LIEU", "sup": "RELÈVE DE", "sup_title": "TITRE DU POSTE DU SUPERVISEUR",
           "sup_class": "GROUPE ET NIVEAU DU SUPERVISEUR", "sup_posno": "NUMÉRO DU POSTE DU SUPERVISEUR",
           "ga": "RESPONSABILITÉS GÉNÉRALES", "org": "STRUCTURE ORGANISATIONNELLE", "ns": "NATURE ET PORTÉE",
           "dim": "DIMENSIONS", "sal": "Salaires", "om": "F et E", "tot": "Total", "fte": "ETP",
           "acts": "ACTIVITÉS PRINCIPALES", "sig": "SIGNATURES", "inc": "Titulaire", "supv": "Superviseur",
           "cb": "Classifié par", "ftes": "ETP", "nostaff": "aucun personnel"},
}
LAB["bil"] = {k: (LAB["en"][k] + " / " + LAB["fr"][k] if LAB["en"][k] != LAB["fr"][k] else LAB["en"][k])
              for k in LAB["en"]}
LAB["bil"]["ftes"] = "FTEs/ETP"
LAB["bil"]["nostaff"] = "no staff / aucun personnel"
LAB["bil"]["sal"] = "Salary / Salaires"


DETAILS = {
    "en": {"head": "Job Description", "title": "Position Title", "class": "Classification", "posno": "Position No.",
           "job": "Position Job Code", "eff": "Effective Date", "dept": "Department", "loc": "Geographic Location",
           "sup": "Reports to", "sup_title": "Supervisor's Position Title", "sup_class": "Supervisor's Classification",
           "sup_posno": "Supervisor's Position No.", "ga": "General Accountability", "org": "Organization Structure",
           "ns": "Nature and Scope", "dim": "Dimensions", "acts": "Specific Accountabilities", "sig": "Signatures"},
    "fr": {"head": "Description de travail", "title": "Titre du poste", "class": "Classification",
           "posno": "N° de poste", "job": "Code d'emploi du poste", "eff": "Date d'entrée en vigueur",
           "dept": "Ministère", "loc": "Lieu géographique", "sup": "Relève de",
           "sup_title": "Titre du poste du superviseur", "sup_class": "Classification du superviseur",
           "sup_posno": "N° de poste du superviseur", "ga": "Responsabilités générales",
           "org": "Structure organisationnelle", "ns": "Nature et portée", "dim": "Dimensions",
           "acts": "Activités principales", "sig": "Signatures"},
}


def lab(s):
    return s[0] + s[1:].lower() if s.isupper() and "&" not in s and "/" not in s[1:3] else s


class Doc:
    """Everything one document shows, and what it means."""

    def __init__(self, p, lang, kind, form):
        self.p, self.lang, self.kind, self.form = p, lang, kind, form
        self.corr = {}      # key -> dict(old=..., new=..., style=..., who=..., when=...)
        self.ask = {}       # key -> margin text (changes nothing)
        self.hi = set()     # highlighted keys
        self.stamps = []
        self.sticky = None
        self.people = []
        self.truth = {}
        self.also = {}
        self.marks = []
        self.notation = {"cls": R.choice([0, 0, 1]), "money": R.choice(["full", "full", "M", "K"]),
                         "date": R.choice(["mdy", "dmy", "iso"])}
        self.sup_layout = R.choice(["line", "three", "sentence"])
        self.rep_layout = R.choice(["list", "inline", "table"])


def fval(doc, key, new_txt):
    """The printed value of a field, with the marks a hand put on it."""
    lang = "fr" if doc.lang == "fr" else "en"
    out_above = None
    if key in doc.corr:
        c = doc.corr[key]
        old, who, when, st = c["old_txt"], c["who"], c["when"], c["style"]
        if st == "beside":
            txt = f"-{old}-  {new_txt}  {who} {when}"
        elif st == "above":
            txt = f"-{old}-"
            out_above = f"{new_txt}   {who} {when}"
        elif st == "arrow":
            txt = f"={old}=   --> {new_txt} ({who} {when})"
        else:  # should
            word = "lire" if lang == "fr" else "should be"
            txt = f"{old}     <- {word} {new_txt} - {who} {when}"
    else:
        txt = new_txt
    if key in doc.ask:
        txt = f"{txt}        {doc.ask[key]}"
    if key in doc.hi:
        txt = R.choice(["'", ":", ";'", "|"]) + txt + R.choice([" ;", " '.", " |", " ,:"])
    return txt, out_above


def build(doc):
    p, lang = doc.p, doc.lang
    L = dict(LAB[lang])
    if doc.form == "details" and lang in DETAILS:
        L.update(DETAILS[lang])
    fr = lang == "fr"
    n = doc.notation
    ml = "fr" if fr else "en"
    items = []

    def field(label, key, value):
        txt, above = fval(doc, key, value)
        if above:
            items.append(("raw", " " * (len(label) + 6) + above))
        items.append(("f", label, key, txt))

    def cl(c):
        return clsnote(c, n["cls"])

    title = p.title_fr if fr else (p.title + " / " + p.title_fr if lang == "bil" else p.title)
    items.append(("h1", L["head"]))
    field(L["title"], "title", title)
    field(L["class"], "class", cl(p.level))
    pn = p.posno if p.posno else p.posno_word
    field(L["posno"], "posno", pn)
    field(L["job"], "job", p.job if p.job else p.job_unstated_word)
    eff = date_txt(p.eff, n["date"], ml) if p.eff else ""
    field(L["eff"], "eff", eff)
    dept = p.dept[1] if fr else (p.dept[0] + " / " + p.dept[1] if lang == "bil" else p.dept[0])
    field(L["dept"], "dept", dept)
    loc = p.loc[1] if fr else p.loc[0]
    field(L["loc"], "loc", loc)
    st = p.sup["title_fr"] if fr else p.sup["title"]
    if doc.sup_layout == "line":
        s = f"{st} ({cl(p.sup['level'])})"
        if p.sup["posno"]:
            s += (", poste " if fr else ", position ") + p.sup["posno"]
        field(L["sup"], "sup_title", s)
    elif doc.sup_layout == "three":
        field(L["sup_title"], "sup_title", st)
        field(L["sup_class"], "sup_class", cl(p.sup["level"]))
        field(L["sup_posno"], "sup_posno", p.sup["posno"] or "")
    items.append(("h2", L["ga"]))
    ga = GA_FR.format(title_fr=p.title_fr, area_fr=p.area_fr) if fr else GA_EN.format(title=p.title, area_l=p.area.lower())
    items.append(("p", ga))
    if lang == "bil":
        items.append(("p", GA_FR.format(title_fr=p.title_fr, area_fr=p.area_fr)))
    items.append(("h2", L["org"]))
    me = p.title_fr if fr else p.title
    if doc.sup_layout == "sentence":
        s = f"{p.sup['title_fr'] if fr else p.sup['title']} ({cl(p.sup['level'])})"
        if p.sup["posno"]:
            s += (", poste " if fr else ", position ") + p.sup["posno"]
        txt, above = fval(doc, "sup_title", s)
        if above:
            items.append(("raw", " " * 30 + above))
        items.append(("p", (f"Le titulaire du poste de {me} relève du poste de {txt}." if fr else
                            f"The {me} reports to the {txt}.")))
    items.append(("p", ("Les postes suivants relèvent du titulaire :" if fr else
                        f"The following positions report directly to the {me}:")))
    rows = []
    for k, r in enumerate(p.reports):
        rt = r["title_fr"] if fr else r["title"]
        key = f"rep{k}"
        ftxt = (f"{r['fte']} {L['ftes']}" if r["fte"] is not None else L["nostaff"])
        c = doc.corr.get(key)
        if c:
            ftxt = {"beside": f"-{c['old_fte']}- {r['fte']} {L['ftes']} {c['who']} {c['when']}",
                    "arrow": f"={c['old_fte']}= --> {r['fte']} {L['ftes']} ({c['who']} {c['when']})",
                    "above": f"-{c['old_fte']}- {r['fte']} {L['ftes']} ({c['who']} {c['when']})",
                    "should": f"{c['old_fte']} {L['ftes']} <- {r['fte']} {c['who']} {c['when']}"}[c["style"]]
        q = doc.ask.get(key, "")
        if doc.rep_layout == "list":
            items.append(("b", f"{rt} ({cl(r['cls'])}, {ftxt}){('      ' + q) if q else ''}"))
        elif doc.rep_layout == "table":
            rows.append([rt, cl(r["cls"]), ftxt + (("      " + q) if q else "")])
        else:
            rows.append(f"{cl(r['cls'])} - {rt} ({ftxt}){(' ' + q) if q else ''}")
    if doc.rep_layout == "table":
        items.append(("t", [["Position" if not fr else "Poste", L["class"].title(), L["ftes"]]] + rows))
    elif doc.rep_layout == "inline":
        items.append(("p", "; ".join(rows) + "."))
    items.append(("h2", L["ns"]))
    items.append(("p", NS_FR if fr else NS_EN))
    items.append(("h2", L["dim"]))
    if p.fte is not None:
        field(("Nombre d'ETP" if fr else "Number of FTEs"), "fte", str(p.fte))
    field(L["sal"], "salary", money(p.salary, n["money"], ml))
    field(L["om"], "om", money(p.om, n["money"], ml))
    if p.total_stated:
        field(L["tot"], "total", money(p.salary + p.om, n["money"], ml))
    items.append(("h2", L["acts"]))
    acts = ACTS_FR if fr else ACTS_EN
    for k, a in enumerate(acts):
        items.append(("b", f"{k + 1}. " + a.format(area_l=p.area.lower(), area_fr=p.area_fr)))
    items.append(("h2", L["sig"]))
    inc, sup, cb = getattr(doc, "sign_fixed", None) or (person(), person(), person())
    doc.people += [inc, sup, cb]
    sd = (doc.mdate - dt.timedelta(days=R.randint(25, 60))) if getattr(doc, "mdate", None) else rdate(2023, 2025)
    items.append(("raw", f"{L['inc']}: {inc}"))
    items.append(("raw", f"{L['supv']}: {sup}      Date: {sd.isoformat()}"))
    items.append(("raw", f"{L['cb']}: {cb}"))
    doc.sign = (inc, sup, cb)
    return items


# ---------------------------------------------------------------- renderers
def wrap(text, width, hyph=0.0):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            room = width - len(cur) - 2
            if hyph and len(w) >= 8 and room >= 3 and w.isalpha() and R.random() < hyph:
                cut = min(room, len(w) - 3)
                lines.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
            else:
                lines.append(cur)
                cur = w
    if cur:
        lines.append(cur)
    return lines


def plain(items, width=78, hyph=0.0, bullet="-"):
    out = []
    for it in items:
        t = it[0]
        if t == "h1":
            out += [it[1], ""]
        elif t == "h2":
            out += ["", it[1]]
        elif t == "f":
            out += wrap(f"{it[1]}: {it[3]}".rstrip(), width + 30)
        elif t == "p":
            out += wrap(it[1], width, hyph)
        elif t == "b":
            lines = wrap(it[1], width - 2, hyph)
            b = "" if re.match(r"\d+\.", it[1]) else bullet + " "
            out += [b + lines[0]] + ["  " + x for x in lines[1:]]
        elif t == "t":
            ws = [max(len(r[i]) for r in it[1]) for i in range(2)]
            for r in it[1]:
                out.append(f"{r[0]:<{ws[0] + 3}}{r[1]:<{ws[1] + 3}}{r[2]}".rstrip())
        elif t == "raw":
            out.append(it[1])
    return out


SUBS = {"0": "O", "1": "lI", "5": "S", "8": "B"}
LETTERS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("i", "l"), ("o", "a"), ("h", "b"),
           ("t", "l"), ("u", "ii")]
STRENGTH = {"light": (0.12, 0.01, 0.004), "medium": (0.3, 0.035, 0.015), "heavy": (0.55, 0.08, 0.035)}


def damage(line, level, protect):
    p_num, p_word, p_join = STRENGTH[level]
    parts = re.split(r"( +)", line)
    out = []
    for tok in parts:
        if tok.startswith(" "):
            out.append("" if (len(tok) == 1 and R.random() < p_join) else tok)
            continue
        if any(ch.isdigit() for ch in tok) and R.random() < p_num:
            tok = "".join(R.choice(SUBS[ch]) if ch in SUBS and R.random() < 0.6 else ch for ch in tok)
        elif len(tok) >= 4 and tok.isalpha() and tok not in protect and R.random() < p_word:
            opts = [(a, b) for a, b in LETTERS if a in tok]
            if opts:
                a, b = R.choice(opts)
                tok = tok.replace(a, b, 1)
        if level == "heavy" and "$" in tok and R.random() < 0.5:
            tok = tok.replace("$", "S")
        out.append(tok)
    return "".join(out)


def stamp_lines(kind, d, lang):
    ind = " " * R.randint(38, 50)
    ds = R.choice([f"{MONTHS_EN[d.month - 1][:3].upper()} {d.day:02d} {d.year}", f"{d.year} -{d.month:02d}- {d.day:02d}",
                   f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} {d.year}"])
    if kind == "received":
        head = "REÇU / RECEIVED" if lang != "en" else R.choice(["RECEIVED", "RECEIVED / REÇU"])
        return [ind + head, ind + "  " + ds, ind + "HR - Classification"]
    if kind == "approved":
        return [ind + ("APPROUVÉ / APPROVED" if lang != "en" else "A P P R O V E D"), ind + "   " + ds]
    if kind == "copy":
        return [ind + R.choice(["C O P Y", "COPY / COPIE", "COPIE"])]
    if kind == "classified":
        return [ind + ("CLASSIFIÉ / CLASSIFIED" if lang != "en" else "CLASSIFIED / CLASSIFIÉ"), ind + "  " + ds,
                ind + f"Dec. no. {d.year % 100}-{R.randint(100, 999)}"]
    if kind == "draft_struck":
        return [ind + R.choice(["-D-R-A-F-T-   FINAL", "=DRAFT=  final", "-ÉBAUCHE-  FINAL"])]
    raise ValueError(kind)


def paginate(lines, doc, per_page):
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    n = len(pages)
    out = []
    fx = doc.fax
    for k, pg in enumerate(pages, 1):
        top = []
        if fx:
            top.append(fx.format(p=k, n=n))
        if doc.scanner:
            top.append(doc.scanner.format(p=k, n=n))
        if doc.running:
            top += [doc.running, ""]
        foot = ["", doc.footer.format(p=k, n=n)]
        out.append(top + pg + foot)
    return out


def fax_header(doc, when):
    mon = MONTHS_EN[when.month - 1][:3].upper()
    phone = f"{R.choice(['613', '819', '506', '902', '204'])} {R.randint(200, 999)} {R.randint(1000, 9999)}"
    return R.choice([
        f"{mon}-{when.day:02d}-{when.year} {R.randint(8, 16):02d}:{R.randint(0, 59):02d}   FROM:{doc.p.dept[2]} HR OPS   {phone}" + "   P.{p}/{n}",
        f"{when.isoformat()} {R.randint(8, 16)}:{R.randint(10, 59)}  FAX {phone}  {doc.p.dept[2]} CLASSIFICATION" + "  #{p} of {n}",
    ])


def scanner_header(when):
    return R.choice([
        f"Scanned {when.isoformat()} {R.randint(8, 16):02d}:{R.randint(10, 59)} - MFP-{R.randint(2, 9)}F-EAST - " + "page {p}/{n}",
        f"SCAN-TO-FOLDER  {when.strftime('%Y%m%d')}_{R.randint(100000, 235959)}  " + "p.{p}",
    ])


# ---------------------------------------------------------------- truth
def truth(doc, name):
    p = doc.p
    fr = doc.lang == "fr"
    fields = {
        "title": p.title_fr if fr else p.title,
        "classification": p.level,
        "job_code": p.job,
        "position_number": p.posno,
        "effective_date": p.eff,
        "supervisor": {"position_number": p.sup["posno"], "title": p.sup["title_fr"] if fr else p.sup["title"],
                       "classification": p.sup["level"]},
        "direct_reports": [{"title": r["title_fr"] if fr else r["title"], "classification": r["cls"],
                            "fte": r["fte"]} for r in p.reports],
        "salary": p.salary,
        "o_and_m": p.om,
        "total": p.salary + p.om if p.total_stated else None,
        "location": p.loc[1] if fr else p.loc[0],
    }
    ns = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
    if p.sup["posno"] is None:
        ns.append("supervisor.position_number")
    also = {"department": p.dept[1] if fr else p.dept[0], "form": doc.form}
    if doc.lang != "en":
        also["title_fr"] = p.title_fr
    if p.fte is not None:
        also["fte"] = p.fte
    also.update(doc.also)
    lang = {"bil": "bilingual"}.get(doc.lang, doc.lang)
    return {"document": name, "kind": doc.kind, "language": lang, "outcome": "import", "fields": fields,
            "not_stated": ns, "also": also, "people": doc.people, "versions": None}


# ---------------------------------------------------------------- marks
ASK_EN = ["?? confirm w/ Finance", "<- still accurate?", "check?", "<- ? ask DG", "(?)", "verify vs PeopleSoft ?"]
ASK_FR = ["?? à confirmer", "<- toujours exact?", "vérifier?", "(?)"]


def add_marks(doc, n_corr, n_ask, date0):
    p = doc.p
    fr = doc.lang == "fr"
    ml = "fr" if fr else "en"
    who = doc.marker
    cands = ["salary", "om", "posno", "eff", "rep", "loc", "sup_posno", "rep"]
    R.shuffle(cands)
    done = []
    for c in cands:
        if len(done) >= n_corr:
            break
        if c in ("posno",) and not p.posno:
            continue
        if c == "eff" and not p.eff:
            continue
        if c == "sup_posno" and (not p.sup["posno"] or doc.sup_layout != "three"):
            continue
        if c == "loc" and fr:
            continue
        style = R.choice(["beside", "above", "arrow", "should"])
        when = short_date(date0 - dt.timedelta(days=R.randint(1, 20)), R.randint(0, 3))
        w = initials(who)
        entry = {"style": style, "who": w, "when": when}
        if c == "salary":
            old = p.salary
            p.salary = old + R.choice([-1, 1]) * R.randint(40, 400) * 1000
            entry["old_txt"] = money(old, doc.notation["money"], ml)
            doc.corr["salary"] = entry
            doc.also.setdefault("struck", {})["salary"] = old
            if p.total_stated:
                doc.corr["total"] = dict(entry, old_txt=money(old + p.om, doc.notation["money"], ml))
                doc.also["struck"]["total"] = old + p.om
        elif c == "om":
            old = p.om
            p.om = old + R.randint(10, 150) * 1000
            entry["old_txt"] = money(old, doc.notation["money"], ml)
            doc.corr["om"] = entry
            doc.also.setdefault("struck", {})["o_and_m"] = old
            if p.total_stated:
                doc.corr["total"] = dict(entry, old_txt=money(p.salary + old, doc.notation["money"], ml))
                doc.also["struck"]["total"] = p.salary + old
        elif c == "posno":
            old = p.posno
            p.posno = posno()
            entry["old_txt"] = old
            doc.corr["posno"] = entry
            doc.also.setdefault("struck", {})["position_number"] = old
        elif c == "eff":
            old = p.eff
            p.eff = old + dt.timedelta(days=R.choice([31, 61, 92, 183]))
            entry["old_txt"] = date_txt(old, doc.notation["date"], ml)
            doc.corr["eff"] = entry
            doc.also.setdefault("struck", {})["effective_date"] = old
        elif c == "sup_posno":
            old = p.sup["posno"]
            p.sup["posno"] = posno()
            entry["old_txt"] = old
            doc.corr["sup_posno"] = entry
            doc.also.setdefault("struck", {})["supervisor.position_number"] = old
        elif c == "loc":
            old = p.loc
            p.loc = R.choice([x for x in LOCATIONS if x != old])
            entry["old_txt"] = old[0]
            doc.corr["loc"] = entry
            doc.also.setdefault("struck", {})["location"] = old[0]
        elif c == "rep":
            ks = [k for k, r in enumerate(p.reports) if r["fte"] is not None and f"rep{k}" not in doc.corr]
            if not ks:
                continue
            k = R.choice(ks)
            old = p.reports[k]["fte"]
            p.reports[k]["fte"] = old + R.choice([-2, -1, 2, 3, 4]) if old > 3 else old + 2
            entry["old_fte"] = old
            doc.corr[f"rep{k}"] = entry
            doc.also.setdefault("struck", {})[f"direct_reports[{k}].fte"] = old
            if p.fte is not None:
                p.fte = None  # the printed total no longer adds up: the truth drops it (see docs)
        done.append(c)
    asks = ["salary", "om", "class", "title", "job", "rep0", "rep1", "loc", "eff"]
    asks = [a for a in asks if a not in doc.corr]
    for a in R.sample(asks, min(n_ask, len(asks))):
        if a == "salary" or a == "om":
            v = p.salary if a == "salary" else p.om
            q = R.choice([f"?? {money(v + R.randint(20, 90) * 1000, 'K', 'en')} per Finance?", ASK_EN[0]]) if not fr \
                else f"?? {money(v + 50000, 'full', 'fr')} selon FIN ?"
        elif a.startswith("rep"):
            k = int(a[3:])
            if k >= len(p.reports) or p.reports[k]["fte"] is None:
                continue
            f = p.reports[k]["fte"]
            q = R.choice([f"{f} or {f + 2}?", "<- vacant?", f"{f}?? - {initials(doc.marker)}"]) if not fr else f"{f} ou {f + 2} ?"
        else:
            q = R.choice(ASK_FR if fr else ASK_EN[1:])
            if R.random() < 0.4:
                q += f" - {initials(doc.marker)}"
        doc.ask[a] = q
    doc.also["marks"] = {"corrections": sorted(k for k in doc.corr), "margin_questions": sorted(doc.ask)}
    if doc.corr:
        doc.also["corrected_by_initials"] = initials(doc.marker)


# ---------------------------------------------------------------- writers
def fixed_docx(d):
    d.core_properties.author = "HR"
    d.core_properties.last_modified_by = "HR"
    t = dt.datetime(2024, 1, 1, 0, 0, 0)
    d.core_properties.created = t
    d.core_properties.modified = t
    d.core_properties.last_printed = t
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, src.read(name))
    return out.getvalue()


def to_docx(items):
    d = docx.Document()
    fields = [it for it in items if it[0] == "f"]
    first_field = True
    for it in items:
        t = it[0]
        if t == "h1":
            d.add_heading(it[1], level=1)
        elif t == "h2":
            d.add_heading(lab(it[1]), level=2)
        elif t == "f":
            if first_field:
                tab = d.add_table(rows=0, cols=2)
                tab.style = "Table Grid"
                first_field = False
                cur = tab
            if True:
                row = cur.add_row().cells
                row[0].text = lab(it[1])
                row[1].text = it[3]
        elif t == "p":
            d.add_paragraph(it[1])
            first_field = True
        elif t == "b":
            d.add_paragraph(re.sub(r"^\d+\. ", "", it[1]), style="List Number" if re.match(r"\d+\.", it[1]) else "List Bullet")
        elif t == "t":
            tab = d.add_table(rows=0, cols=3)
            tab.style = "Table Grid"
            for r in it[1]:
                cells = tab.add_row().cells
                for i in range(3):
                    cells[i].text = r[i]
        elif t == "raw":
            d.add_paragraph(it[1])
        if t != "f" and t != "h2":
            first_field = True
        elif t == "h2":
            first_field = True
    return fixed_docx(d)


def to_md(items):
    out = []
    for it in items:
        t = it[0]
        if t == "h1":
            out += [f"# {lab(it[1])}", ""]
        elif t == "h2":
            out += ["", f"## {lab(it[1])}", ""]
        elif t == "f":
            out.append(f"*   **{lab(it[1])}:** {it[3]}".rstrip())
        elif t == "p":
            out += [it[1], ""]
        elif t == "b":
            out.append(it[1] if re.match(r"\d+\.", it[1]) else f"*   {it[1]}")
        elif t == "t":
            out += ["", "| " + " | ".join(it[1][0]) + " |", "|---|---|---|"]
            out += ["| " + " | ".join(r) + " |" for r in it[1][1:]] + [""]
        elif t == "raw":
            out += [it[1] + "  "]
    return "\n".join(out).strip() + "\n"


# ---------------------------------------------------------------- the corpus
CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"
OUT = []   # (name, bytes, truth)


def emit(name, data, tr):
    assert name not in [o[0] for o in OUT], name
    OUT.append((name, data, tr))


def scan_doc(doc, name, level, pdf=False, n_corr=1, n_ask=1, stamps=(), sticky=None, fax=False, scanner=False,
             hyph=0.06):
    p = doc.p
    base = p.eff or dt.date(2024, 3, 1)
    mdate = rdate(2024, 2025)
    doc.mdate = mdate
    doc.marker = person()
    add_marks(doc, n_corr, n_ask, mdate)
    if doc.rep_layout == "table" and any(k.startswith("rep") for k in doc.corr):
        doc.rep_layout = "list"
    hi = [k for k in ("posno", "salary", "title", "eff", "class") if k not in doc.corr]
    if R.random() < 0.5:
        doc.hi.add(R.choice(hi))
    items = build(doc)
    lines = plain(items, 78, hyph, bullet=R.choice(["-", "*", ">", "e"]))
    top = []
    for s in stamps:
        d = mdate + dt.timedelta(days=R.randint(0, 10))
        top += stamp_lines(s, d, doc.lang)
    lines = top + lines
    if sticky:
        writer = person()
        doc.people.append(writer)
        body = sticky.format(writer=writer, **doc.sticky_vals)
        box = wrap(body, 26)
        at = R.randint(8, min(30, len(lines) - 1))
        stick = ["  " + " " * 40 + "_" * 28] + ["  " + " " * 40 + f"| {b:<26}|" for b in box] + \
                ["  " + " " * 40 + "|" + "_" * 27 + "|"]
        lines = lines[:at] + stick + lines[at:]
        doc.also["sticky_note"] = body
    if stamps:
        doc.also["stamps"] = list(stamps)
    doc.fax = fax_header(doc, mdate + dt.timedelta(days=12)) if fax else None
    doc.scanner = scanner_header(mdate + dt.timedelta(days=12)) if scanner else None
    fr = doc.lang == "fr"
    doc.running = R.choice([None, f"{p.dept[2]} - {'Description de travail' if fr else 'Executive Work Description'}",
                            f"PROTECTED A / PROTÉGÉ A"])
    doc.footer = R.choice(["Page {p} of {n}", "- {p} -", "{p}", "Page {p} de {n}" if fr else "Page {p} / {n}"])
    pages = paginate(lines, doc, 48 if pdf else 46)
    protect = set()
    for nm in doc.people:
        protect |= set(re.split(r"[ \-]", nm))
    pages = [[damage(l, level, protect) for l in pg] for pg in pages]
    doc.also["damage"] = level
    if pdf:
        data = pdf_bytes(["\n".join(pg) for pg in pages])
    else:
        data = "\n\f\n".join("\n".join(pg) for pg in pages).encode("utf-8") + b"\n"
    emit(name, data, truth(doc, name))


def clean_doc(doc, name):
    doc.marker = None
    items = build(doc)
    if doc.kind == "docx":
        data = to_docx(items)
    elif doc.kind == "markdown":
        data = to_md(items).encode("utf-8")
    elif doc.kind == "text":
        data = ("\n".join(plain(items, 90)) + "\n").encode("utf-8")
    else:  # text-cp1252
        txt = "\n".join(plain(items, 90)) + "\n"
        txt = txt.replace("'", "\u2019")
        data = txt.replace("\n", "\r\n").encode("cp1252")
    emit(name, data, truth(doc, name))


STICKIES = [
    "{writer} - pls send back the signed copy by Friday. Thx",
    "{writer}: old pos # was {oldpos} - do not use",
    "Finance says O&M may rise to {om_guess} next FY - not confirmed. {writer}",
    "{writer} - DG OK'd the changes, pls update PeopleSoft",
    "FTE counts as of March - {writer}",
    "{writer} - ne pas oublier la signature du SMA",
]


def sticky_vals(p):
    return {"oldpos": posno(), "om_guess": money(p.om + 100000, "K")}


def main():
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    plan = []  # (lang, kind)
    # OCR text scans: 22 (16 en, 4 fr, 2 bil); PDF scans: 10 (7 en, 2 fr, 1 bil)
    plan += [("en", "ocr")] * 16 + [("fr", "ocr")] * 4 + [("bil", "ocr")] * 2
    plan += [("en", "pdf")] * 7 + [("fr", "pdf")] * 2 + [("bil", "pdf")] * 1
    # clean: docx 5 (3 en, 1 fr, 1 bil), md 3 (2 en, 1 fr), text 3 (2 en, 1 bil), cp1252 2 (1 en, 1 fr)
    clean = [("en", "docx")] * 3 + [("fr", "docx"), ("bil", "docx"), ("en", "markdown"), ("en", "markdown"),
             ("fr", "markdown"), ("en", "text"), ("en", "text"), ("bil", "text"), ("en", "text-cp1252"),
             ("fr", "text-cp1252")]
    R.shuffle(plan)
    levels = ["light"] * 10 + ["medium"] * 13 + ["heavy"] * 9
    R.shuffle(levels)
    i = 0
    # four versions: clean original (older) -> marked scan (newer); the first three with a correction
    version_plan = [("en", "docx", "en", "ocr"), ("en", "docx", "en", "pdf"), ("fr", "docx", "fr", "ocr"),
                    ("en", "text-cp1252", "en", "ocr")]
    used_clean = [("en", "docx"), ("en", "docx"), ("fr", "docx"), ("en", "text-cp1252")]
    for c in used_clean:
        clean.remove(c)
    for c in [(v[2], v[3]) for v in version_plan]:
        plan.remove(c)
    seq = 0

    def fname_scan(doc, kind, k):
        p = doc.p
        ext = ".pdf" if kind == "pdf" else ".txt"
        fr = doc.lang == "fr"
        opts = [f"scan_{rdate(2024, 2025).isoformat()}_{R.randint(100000, 235959)}",
                f"{p.title} - signed (scan)", f"{p.title} - marked up (1)", f"SCAN{R.randint(1, 999):04d}",
                f"WD {p.posno or 'NEW - ' + p.area} annotated", f"{p.title} DRAFT - DG comments",
                f"Doc - Scan - {rdate(2024, 2025).day} {MONTHS_EN[R.randint(0, 11)][:3]} 2024, 10.{R.randint(10, 59)}",
                f"fax from HR - {p.level} {p.area}"]
        if fr:
            opts = [f"Numérisation {rdate(2024, 2025).isoformat()} ({R.randint(1, 4)})", f"DT {p.title_fr} - annotée",
                    f"{p.title_fr} - signée (numérisée)", f"Télécopie RH - {p.area_fr}"]
        return opts[k % len(opts)] + ext

    STAMPSETS = [("received",), ("received", "classified"), ("approved", "copy"), ("copy",), ("draft_struck",),
                 ("classified",), ("received", "approved"), (), ("draft_struck", "received")]
    # the supervisors whose own description is in the corpus
    boss_docs = {}
    k_name = 0
    for vi, (l0, k0, l1, k1) in enumerate(version_plan):
        p = make_position(i, l0)
        i += 1
        d0 = Doc(p, l0, k0, "labelled" if vi % 2 else "details")
        name0 = {0: f"{p.title}.docx", 1: f"{p.title} (WD 2024).docx", 2: f"DT {p.title_fr}.docx",
                 3: f"{p.title} - final.txt"}[vi]
        import copy as _copy
        p1 = _copy.deepcopy(p)
        clean_doc(d0, name0)
        d1 = Doc(p1, l1, k1, d0.form)
        d1.notation, d1.sup_layout, d1.rep_layout = d0.notation, d0.sup_layout, d0.rep_layout
        d1.sticky_vals = sticky_vals(p1)
        d1.sign_fixed = d0.sign
        name1 = {0: f"{p.title} - signed (scan).txt", 1: f"{p.title} (WD 2024) - annotated scan.pdf",
                 2: f"DT {p.title_fr} - annotée, signée.txt", 3: f"SCAN_{p.posno or 'NEW'}_stamped.txt"}[vi]
        scan_doc(d1, name1, ["medium", "light", "medium", "heavy"][vi], pdf=k1 == "pdf", n_corr=0 if vi == 3 else 1,
                 n_ask=1, stamps=[("received",), ("received", "classified"), ("approved", "copy"), ("classified", "copy")][vi], fax=vi in (0, 3), scanner=vi in (1, 2))
        # the second document's people include the printed signatories of the first (same form re-printed)
        note = ("scanned copy of the printed description, " +
                ("with a handwritten initialled and dated correction: " + ", ".join(sorted(d1.corr))
                 if d1.corr else "stamped only; every value unchanged"))
        v = {"documents": [name0, name1], "newest": name1, "same_text": False, "note": note}
        OUT[-1][2]["versions"] = v
        OUT[-2][2]["versions"] = v
    for n_, (lang, kind) in enumerate(plan):
        lvl = {0: "EX-03", 1: "EX-02", 2: "EX-01", 3: "EX-01"}.get(n_)
        p = make_position(i, lang, lvl)
        i += 1
        if n_ < 2:
            boss_docs[n_] = p
        form = R.choice(["labelled", "details"])
        d = Doc(p, lang, kind, form)
        d.sticky_vals = sticky_vals(p)
        name = fname_scan(d, kind, seq)
        seq += 1
        if n_ in (2, 3):
            boss = boss_docs[n_ - 2]
            p.sup = {"level": boss.level, "title": boss.title, "title_fr": boss.title_fr, "posno": boss.posno}
            p.dept = boss.dept
            d.also["reports_to_in_corpus"] = OUT[len(version_plan) * 2 + n_ - 2][0]
            name = fname_scan(d, kind, seq)
        st = STAMPSETS[n_ % len(STAMPSETS)]
        sticky = STICKIES[n_ % len(STICKIES)] if n_ % 3 == 1 else None
        if sticky and "ne pas" in sticky and lang == "en":
            sticky = STICKIES[0]
        scan_doc(d, name, levels[n_ % len(levels)], pdf=kind == "pdf", n_corr=R.choice([0, 1, 1, 2]),
                 n_ask=R.choice([0, 1, 1, 2]), stamps=st, sticky=sticky, fax=n_ % 4 == 0, scanner=n_ % 4 == 2)
    for k, (lang, kind) in enumerate(clean):
        p = make_position(i, lang)
        i += 1
        d = Doc(p, lang, kind, R.choice(["labelled", "details"]))
        ext = {"docx": ".docx", "markdown": ".md", "text": ".txt", "text-cp1252": ".txt"}[kind]
        nm = {0: f"{p.title_fr if lang == 'fr' else p.title} (description){ext}",
              1: f"WD - {p.title}{ext}", 2: f"{p.title}, {p.dept[2]}{ext}", 3: f"{p.title} DRAFT{ext}",
              4: f"{p.title_fr} - version finale{ext}"}[k % 5 if lang != "fr" else 4]
        if lang == "fr" and kind == "markdown":
            nm = f"DT {p.title_fr}{ext}"
        clean_doc(d, nm)
    refuse()
    for name, data, tr in OUT:
        (CORPUS / name).write_bytes(data)
        (EXPECTED / (name + ".expected.yaml")).write_text(
            yaml.safe_dump(tr, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


def refuse_truth(name, kind, lang, what, people):
    return {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
            "not_stated": None, "also": {"what": what}, "people": people, "versions": None}


def refuse():
    a, b, c = person(), person(), person()
    # 1. a scan of a handwritten note alone
    note = [f"SCAN-TO-FOLDER  20240522_{R.randint(100000, 235959)}  p.1", "", "",
            f"   {a.split()[0]} -", "", "   Re the Dir. Pension Mod. WD - DG wants",
            "   the O&M at 45OK not 4l0K, and the", "   2 mgr posns swapped on the org chart.",
            "   Can we talk Thurs? I'll bring the", "   marked up copy.", "", f"          - {initials(b)}  22/5",
            "", "   ps. EX-Ol still ok per Classif."]
    n1 = "Scan 2024-05-22 handwritten note.txt"
    emit(n1, ("\n".join(note) + "\n").encode("utf-8"),
         refuse_truth(n1, "ocr", "en", "a scan of a handwritten note about a work description, alone", [a]))
    # 2. a stamped cover page (PDF, OCR text layer)
    cover = ["FAX COVER SHEET / BORDEREAU DE TELECOPIE", "", f"To / Destinataire: {c}",
             "HR Classification, Transport Canada", f"From / Expediteur: {a}", "Pages (incl. cover): 6", "",
             "Re: Executive work descriptions for signature - EX-02 and EX-01 positions",
             "                                            RECEIVED / RECU",
             "                                              MAY 27 2024",
             "                                            HR - Classification",
             "                                            C O P Y",
             "Please find attached the signed descriptions. Originals to follow by mail.", "",
             "CONFIDENTIALITY: this transmission is intended only for the addressee."]
    n2 = "cover page - signed WDs (stamped).pdf"
    emit(n2, pdf_bytes(["\n".join(cover)]),
         refuse_truth(n2, "pdf", "bilingual", "a stamped fax cover page sent with work descriptions", [c, a]))
    # 3. a scan with no readable text: PDF pages without a text layer
    n3 = "SCAN0412.pdf"
    emit(n3, pdf_bytes(["", "", ""]), refuse_truth(n3, "pdf", "en", "a three-page scan without a text layer", []))
    # 4. a scan whose OCR found only noise
    rnd = random.Random(1660)
    junk = []
    for _ in range(30):
        junk.append("".join(rnd.choice("|!l1I.,:;'`~-_=^i ") for _ in range(rnd.randint(5, 70))).rstrip())
    n4 = "scan_2024-06-03_091544.txt"
    emit(n4, ("\n".join(junk) + "\n").encode("utf-8"),
         refuse_truth(n4, "ocr", "en", "a dark scan whose OCR read only noise", []))
    # 5. a routing slip, stamped, naming a position in passing (French)
    d, e = person(), person()
    slip = ["FICHE D'ACHEMINEMENT / ROUTING SLIP", "", f"A / To : {d}", f"De / From : {e}", "",
            "Objet : Description de travail - Directrice, accessibilite en milieu de travail (EX-Ol)",
            "[x] Pour signature   [ ] Pour information   [x] Pour classification", "",
            "                                   CLASSIFIE / CLASSIFIED", "                                   2024 -07- O9",
            "                                   APPROUVE", "",
            "Commentaires : le poste 4l2O3 est a reclasser; voir la DT jointe (non incluse).",
            f"                                   {initials(e)} O9/O7"]
    n5 = "Fiche d'acheminement - DT accessibilité (numérisée).txt"
    emit(n5, ("\n".join(slip) + "\n").encode("utf-8"),
         refuse_truth(n5, "ocr", "fr", "a stamped routing slip naming a position in passing", [d, e]))


if __name__ == "__main__":
    main()
