#!/usr/bin/env python3
"""Writes the blind57 corpus (bench/import/blind57/corpus/) and its ground truth (expected/), byte for byte
the same on every run. French first: descriptions from francophone departments and Quebec regional offices,
bilingual documents in every arrangement; 40 % Word, 35 % OCR text, 25 % PDF.

    /work/main/.venv/bin/python bench/import/blind57/make_blind.py
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
import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

SEED = 57
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


# ----------------------------------------------------------------------------------------------- notations
def cls_fmt(c: str, style: str) -> str:
    if c is None:
        return ""
    if not c.startswith("EX"):
        return c
    n = int(c[3:])
    return {"dash": f"EX-{n:02d}", "space": f"EX {n:02d}", "short": f"EX-{n}", "tight": f"EX{n:02d}"}[style]


def _group(n: int, sep: str) -> str:
    s = f"{n:,}"
    return s.replace(",", sep)


def money(v: int, lang: str, style: str, sep: str = " ") -> str:
    def mdec(unit):
        for d in range(0, 4):
            if v % (unit // 10 ** d) == 0:
                return d
        return None
    if style in ("M", "million", "millions", "mdd"):
        d = mdec(1_000_000)
        if d is None:
            style = "full"
        else:
            num = f"{v / 1_000_000:.{d}f}"
            if lang == "fr":
                num = num.replace(".", ",")
                return {"M": f"{num} M$", "million": f"{num} M$", "millions": f"{num} millions $",
                        "mdd": f"{num} millions de dollars"}[style]
            return {"M": f"${num}M", "million": f"${num} million", "millions": f"${num} million",
                    "mdd": f"{num} million dollars"}[style]
    if style == "k":
        if v % 1000:
            style = "full"
        else:
            return f"{_group(v // 1000, sep)} k$" if lang == "fr" else f"${v // 1000:,}K"
    if style == "cents":
        return f"{_group(v, sep)},00 $" if lang == "fr" else f"${v:,}.00"
    return f"{_group(v, sep)} $" if lang == "fr" else f"${v:,}"


def date_fmt(d: dt.date, lang: str, style: str) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {MOIS[d.month - 1]} {d.year}", "le": f"le {day} {MOIS[d.month - 1]} {d.year}",
                "iso": d.isoformat(), "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
                "dash": f"{d.day:02d}-{d.month:02d}-{d.year}", "ymd": f"{d.year}/{d.month:02d}/{d.day:02d}"}[style]
    sfx = "st" if d.day in (1, 21, 31) else "nd" if d.day in (2, 22) else "rd" if d.day in (3, 23) else "th"
    return {"long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}", "le": f"{MONTHS[d.month - 1]} {d.day}{sfx}, {d.year}",
            "iso": d.isoformat(), "slash": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            "dash": f"{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}", "ymd": f"{d.year}-{d.month:02d}-{d.day:02d}"}[style]


def loc_text(city: str, lang: str, style: str) -> tuple[str, str]:
    """(printed, truth)"""
    fr, en, pfr, pen = T.CITIES[city]
    c, p = (fr, pfr) if lang == "fr" else (en, pen)
    printed = f"{c} ({p})" if style == "paren" else f"{c}, {p}"
    return printed, f"{c}, {p}"


# ----------------------------------------------------------------------------------------------- records
def person(rng: random.Random, used: set) -> str:
    while True:
        n = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        if n not in used:
            used.add(n)
            return n


USED_NAMES: set = set()


def make_record(i: int) -> dict:
    rng = random.Random(f"{SEED}-pos-{i}")
    dept, tfr, ten, level, city, ufr, uen, ofr, oen, sup, pool = T.POSITIONS[i]
    n = int(level[3:])
    reports = []
    for rfr, ren, rc in pool:
        if rc.startswith("EX"):
            fte = rng.randint(18, 140)
        elif rc in ("AS-01", "AS-02"):
            fte = 1
        else:
            fte = rng.randint(3, 45)
        reports.append([rfr, ren, rc, fte])
    lo, hi = {1: (90, 400), 2: (250, 900), 3: (600, 2500), 4: (2000, 6000)}[n]
    salary = rng.randint(lo, hi) * 10_000
    om = rng.randint(40, 300 * n) * 1000
    year = rng.randint(2015, 2023)
    eff = dt.date(year, rng.choice([1, 4, 4, 6, 9, 10, 11, 3]), rng.choice([1, 1, 15, 3, 22, 12, 28, 7]))
    rec = dict(i=i, dept=dept, title_fr=tfr, title_en=ten, level=level, city=city, unit_fr=ufr, unit_en=uen,
               obj_fr=ofr, obj_en=oen, sup=sup, reports=reports,
               posnum=str(rng.randint(10000, 999999)), provisional=None,
               job_code=str(rng.randint(100000, 109999)) if rng.random() < 0.6 else None,
               sup_num=str(rng.randint(10000, 999999)) if rng.random() < 0.55 else None,
               eff=eff, salary=salary, om=om, fte=sum(r[3] for r in reports) + 1 + rng.randint(0, 6),
               incumbent=person(rng, USED_NAMES), sup_name=person(rng, USED_NAMES), adm_name=person(rng, USED_NAMES))
    return rec


# ----------------------------------------------------------------------------------------------- labels
LABELS = {
    "fr": {
        "title": ["Titre du poste", "Titre", "Intitulé du poste", "TITRE DU POSTE"],
        "cls": ["Classification", "Groupe et niveau", "Niveau", "Groupe/niveau"],
        "job_code": ["Code d'emploi", "Code de l'emploi", "No de code d'emploi", "Code d'emploi"],
        "posnum": ["Numéro de poste", "No du poste", "N° de poste", "Numéro du poste"],
        "eff": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'effet"],
        "sup_num": ["Numéro de poste du superviseur", "No de poste du supérieur immédiat", "Numéro de poste du superviseur", "N° de poste du gestionnaire"],
        "sup_title": ["Titre du poste du superviseur", "Supérieur immédiat", "Titre du supérieur immédiat", "Titre du poste du gestionnaire"],
        "sup_cls": ["Classification du superviseur", "Niveau du supérieur immédiat", "Classification du supérieur", "Classification du gestionnaire"],
        "relevant": ["Relève de", "Relève de", "Relève du", "Rend compte à"],
        "loc": ["Lieu de travail", "Lieu", "Emplacement géographique", "Endroit"],
        "dept": ["Ministère", "Organisation", "Ministère / organisme", "Ministère"],
        "branch": ["Direction générale", "Secteur", "Direction", "Unité organisationnelle"],
        "salary": ["Salaires", "Budget salarial", "Masse salariale", "Salaire"],
        "om": ["F et E", "Fonctionnement et entretien", "Budget de F et E", "Budget de fonctionnement et d'entretien"],
        "total": ["Total", "Budget total", "Budget de fonctionnement total", "Total"],
        "fte": ["ETP", "Nombre d'ETP", "Effectif (ETP)", "Équivalents temps plein"],
    },
    "en": {
        "title": ["Position Title", "Title", "Job Title", "POSITION TITLE"],
        "cls": ["Classification", "Group and Level", "Level", "Group/Level"],
        "job_code": ["Job Code", "Position Job Code", "Job Code No.", "Job Code"],
        "posnum": ["Position Number", "Position No.", "Position #", "Position Number"],
        "eff": ["Effective Date", "Effective", "Date Effective", "Effective Date"],
        "sup_num": ["Supervisor's Position No.", "Supervisor's Position Number", "Supervisor Position No.", "Supervisor's Position No."],
        "sup_title": ["Supervisor's Position Title", "Supervisor's Title", "Immediate Supervisor", "Supervisor's Position Title"],
        "sup_cls": ["Supervisor's Classification", "Supervisor's Level", "Supervisor's Classification", "Supervisor's Group and Level"],
        "relevant": ["Reports to", "Reports to", "Reporting to", "Reports to"],
        "loc": ["Geographic Location", "Location", "Work Location", "Location"],
        "dept": ["Department", "Organization", "Department", "Department/Agency"],
        "branch": ["Branch", "Sector", "Directorate", "Organizational Unit"],
        "salary": ["Salary", "Salary Budget", "Salaries", "Salary"],
        "om": ["O&M", "Operating and Maintenance", "O&M Budget", "Operations and Maintenance"],
        "total": ["Total", "Total Budget", "Total Operating Budget", "Total"],
        "fte": ["FTEs", "FTE's", "Number of FTEs", "Full-time equivalents"],
    },
}
HEADS = {
    "fr": {"ga": ["Responsabilité générale", "Raison d'être", "Responsabilité générale", "Sommaire du poste"],
           "csr": "Résultats axés sur le service à la clientèle", "ka": "Activités principales",
           "org": ["Structure organisationnelle", "Organisation", "Structure de l'organisation", "Structure organisationnelle"],
           "ns": ["Nature et portée", "Nature et étendue", "Contexte", "Nature et portée"],
           "dims": ["Dimensions", "Dimensions", "Dimensions financières et humaines", "Dimensions"],
           "sa": ["Responsabilités spécifiques", "Responsabilités particulières", "Activités principales", "Responsabilités spécifiques"],
           "cert": ["Attestation", "Certification", "Signatures", "Attestation"],
           "top": ["DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)", "Description de travail de cadre",
                   "DESCRIPTION DE POSTE DE CADRE SUPÉRIEUR", "Description de travail"]},
    "en": {"ga": ["General Accountability", "Purpose", "General Accountability", "Position Summary"],
           "csr": "Client Service Results", "ka": "Key Activities",
           "org": ["Organization Structure", "Organization", "Organizational Structure", "Organization Structure"],
           "ns": ["Nature and Scope", "Nature and Scope", "Context", "Nature and Scope"],
           "dims": ["Dimensions", "Dimensions", "Financial and Human Resources Dimensions", "Dimensions"],
           "sa": ["Specific Accountabilities", "Specific Accountabilities", "Key Activities", "Specific Accountabilities"],
           "cert": ["Certification", "Certification", "Signatures", "Certification"],
           "top": ["EXECUTIVE GROUP POSITION DESCRIPTION", "Executive Work Description",
                   "EXECUTIVE (EX) JOB DESCRIPTION", "Job Description"]},
}


# ----------------------------------------------------------------------------------------------- content
def report_line(r, lang, form, show_cls, show_fte):
    t = r[0] if lang == "fr" else r[1]
    c, f = r[2], r[3]
    c = c if show_cls else None
    f = f if show_fte else None
    if lang == "fr":
        fte = {0: f"{f} ETP", 1: f"{f} ETP", 2: f"effectif de {f}", 3: f"{f} équivalents temps plein"}[form % 4] if f is not None else None
        if f == 1 and fte:
            fte = fte.replace("équivalents", "équivalent")
    else:
        fte = {0: f"{f} FTEs", 1: f"{f} FTEs", 2: f"staff of {f}", 3: f"{f} FTE"}[form % 4] if f is not None else None
        if f == 1 and fte:
            fte = fte.replace("FTEs", "FTE")
    if form == 0:
        inner = ", ".join(x for x in (c, fte) if x)
        return f"{t} ({inner})" if inner else t
    if form == 1:
        return " – ".join(x for x in (c, t) if x) + (f" ({fte})" if fte else "")
    if form == 2:
        return " – ".join(x for x in (t, c, fte) if x)
    return t + (f" [{c}]" if c else "") + (f" : {fte}" if fte and lang == "fr" else f": {fte}" if fte else "")


def build(rec: dict, lang: str, o: dict) -> dict:
    """One language's content; its structure depends only on ``o`` so two languages run parallel."""
    L = {k: v[o["lab"]] for k, v in LABELS[lang].items()}
    H = HEADS[lang]
    hv = o["head"]
    fr = lang == "fr"
    title = rec["title_fr"] if fr else rec["title_en"]
    sup_t = rec["sup"][0] if fr else rec["sup"][1]
    unit = rec["unit_fr"] if fr else rec["unit_en"]
    obj = rec["obj_fr"] if fr else rec["obj_en"]
    dname = T.DEPTS[rec["dept"]][0 if fr else 1]
    cls = cls_fmt(rec["level"], o["cls"])
    fields = []
    fields.append(("title", L["title"], title + (f" ({cls})" if o["cls_in_title"] else "")))
    if not o["cls_in_title"]:
        fields.append(("cls", L["cls"], cls))
    if o["job_code"] and rec["job_code"]:
        fields.append(("job_code", L["job_code"], rec["job_code"]))
    if o["posnum"]:
        fields.append(("posnum", L["posnum"], rec["provisional"] or rec["posnum"]))
    if o["eff"] == "field":
        fields.append(("eff", L["eff"], date_fmt(rec["eff"], lang, o["date"])))
    if o["dept"]:
        fields.append(("dept", L["dept"], dname))
        bare = unit
        for art in ("la ", "le ", "les ", "l'", "the "):
            if bare.lower().startswith(art):
                bare = bare[len(art):]
                break
        fields.append(("branch", L["branch"], bare[0].upper() + bare[1:]))
    sc = cls_fmt(rec["sup"][2], o["cls"]) if rec["sup"][2] else None
    if o["sup"] == "fields":
        if rec["sup_num"] and o["sup_num"]:
            fields.append(("sup_num", L["sup_num"], rec["sup_num"]))
        fields.append(("sup_title", L["sup_title"], sup_t))
        if sc:
            fields.append(("sup_cls", L["sup_cls"], sc))
    elif o["sup"] == "combined":
        fields.append(("sup_title", L["relevant"], sup_t + (f" ({sc})" if sc else "")))
    if o["loc"] == "field":
        fields.append(("loc", L["loc"], loc_text(rec["city"], lang, o["locstyle"])[0]))
    if o["incumbent_field"]:
        fields.append(("inc", "Titulaire" if fr else "Incumbent", rec["incumbent"]))
    if o["field_order"]:
        head, rest = fields[:1], fields[1:]
        random.Random(o["field_order"]).shuffle(rest)
        fields = head + rest

    secs = []
    low = sup_t[0].lower() + sup_t[1:]
    dusup = ("de la " if sup_t.split()[0].rstrip(",").endswith(("ice", "ente", "sse")) else "du ") + low
    ga = (T.GA_FR if fr else T.GA_EN)[o["ga"]].format(sup=low if fr else sup_t, dusup=dusup, obj=obj, unit=unit)
    if o["template"] == "crs":
        secs.append(("csr", H["csr"], [("p", (T.CSR_FR if fr else T.CSR_EN).format(obj=obj))]))
    else:
        secs.append(("ga", H["ga"][hv], [("p", ga)]))
    # organization
    org = []
    sent_sup = ""
    if o["sup"] == "sentence":
        if fr:
            art = "de la" if sup_t.split()[0].rstrip(",").endswith(("ice", "ente", "sse")) else "du"
            sent_sup = f"Le titulaire relève {art} {sup_t[0].lower() + sup_t[1:]}" + (f" ({sc})" if sc else "") + ". "
        else:
            sent_sup = f"The incumbent reports to the {sup_t}" + (f" ({sc})" if sc else "") + ". "
    n_rep = len(rec["reports"])
    if fr:
        intro = sent_sup + f"{n_rep} postes relèvent directement du titulaire :" if o["rep"] != "prose" else sent_sup
    else:
        intro = sent_sup + f"The following {n_rep} positions report directly to the incumbent:" if o["rep"] != "prose" else sent_sup
    shows = [(not (k in o["no_cls"]), not (k in o["no_fte"])) for k in range(n_rep)]
    if o["rep"] == "list":
        org.append(("p", intro.strip()))
        org.append(("ul", [report_line(r, lang, o["rform"], *shows[k]) for k, r in enumerate(rec["reports"])]))
    elif o["rep"] == "table":
        org.append(("p", intro.strip()))
        hdr = ["Titre du poste", "Classification", "ETP"] if fr else ["Position Title", "Classification", "FTEs"]
        rows = [[(r[0] if fr else r[1]), r[2] if shows[k][0] else "", str(r[3]) if shows[k][1] else ""] for k, r in enumerate(rec["reports"])]
        org.append(("table", hdr, rows))
    else:  # prose
        bits = []
        for k, r in enumerate(rec["reports"]):
            t = r[0] if fr else r[1]
            c = f" ({r[2]})" if shows[k][0] else ""
            if fr:
                f = f", qui dirige une équipe de {r[3]} ETP" if shows[k][1] else ""
                bits.append(f"le {t[0].lower() + t[1:]}{c}{f}" if not t.startswith(("Directrice", "Conseillère", "Adjointe", "Analyste", "Agente", "Économiste")) else f"la {t[0].lower() + t[1:]}{c}{f}")
            else:
                f = f", with a staff of {r[3]}" if shows[k][1] else ""
                bits.append(f"the {t}{c}{f}")
        lead = "Relèvent directement du titulaire : " if fr else "Reporting directly to the incumbent are "
        org.append(("p", (intro + lead + "; ".join(bits[:-1]) + (" et " if fr else "; and ") + bits[-1] + ".").strip()))
    secs.append(("org", H["org"][hv], org))
    # nature and scope
    intro_d = T.DEPTS[rec["dept"]][2 if fr else 3]
    ns = [("p", intro_d)] + [("p", (T.NS_FR if fr else T.NS_EN)[k]) for k in o["ns"]]
    secs.append(("ns", H["ns"][hv], ns))
    # dimensions
    dims = []
    L2 = L
    if o["dims"] != "none":
        sal = money(rec["salary"], lang, o["money"][0], o["sep"])
        om = money(rec["om"], lang, o["money"][1], o["sep"])
        tot = money(rec["salary"] + rec["om"], lang, o["money"][2], o["sep"])
        rows = [(L2["salary"], sal), (L2["om"], om)]
        if o["dims"] == "all":
            rows.append((L2["total"], tot))
        if o["fte_dim"]:
            rows.insert(0, (L2["fte"], str(rec["fte"])))
        if o["dimform"] == "table":
            dims.append(("table", ["", "($)"] if o["dimhdr"] else None, [list(r) for r in rows]))
        elif o["dimform"] == "list":
            dims.append(("ul", [f"{a} : {b}" if fr else f"{a}: {b}" for a, b in rows]))
        else:
            if fr:
                s = f"Le titulaire gère un budget salarial de {sal} et un budget de fonctionnement et d'entretien de {om}"
                s += f", pour un total de {tot}." if o["dims"] == "all" else "."
                if o["fte_dim"]:
                    s += f" La direction compte {rec['fte']} ETP."
            else:
                s = f"The incumbent manages a salary budget of {sal} and an O&M budget of {om}"
                s += f", for a total of {tot}." if o["dims"] == "all" else "."
                if o["fte_dim"]:
                    s += f" The directorate has {rec['fte']} FTEs."
            dims.append(("p", s))
    elif o["fte_dim"]:
        dims.append(("p", f"{L2['fte']} : {rec['fte']}" if fr else f"{L2['fte']}: {rec['fte']}"))
    if dims:
        secs.append(("dims", H["dims"][hv], dims))
    acts = [(T.ACTIVITIES_FR if fr else T.ACTIVITIES_EN)[k].format(obj=obj, unit=unit) for k in o["acts"]]
    secs.append(("sa", H["ka"] if o["template"] == "crs" else H["sa"][hv], [("ol", acts)]))
    if o["order"] == "b":
        # dimensions first after the accountability, nature and scope last but one
        keys = ["ga", "csr", "dims", "org", "sa", "ns"]
        secs.sort(key=lambda s: keys.index(s[0]))
    tail = []
    if o["eff"] == "sentence":
        tail.append(("p", f"La présente description de travail entre en vigueur {date_fmt(rec['eff'], 'fr', 'le')}." if fr
                     else f"This work description is effective {date_fmt(rec['eff'], 'en', 'long')}."))
    if o["loc"] == "end":
        tail.append(("p", (f"Lieu : {loc_text(rec['city'], lang, o['locstyle'])[0]}" if fr else f"Location: {loc_text(rec['city'], lang, o['locstyle'])[0]}")))
    if o["sig"]:
        sig = []
        if fr:
            sig.append(("p", "L'énoncé qui précède décrit avec exactitude les fonctions attribuées au poste."))
            sig.append(("sig", [("Titulaire", rec["incumbent"]), ("Gestionnaire", rec["sup_name"]),
                                ("Approuvé par", rec["adm_name"])][:o["sig"]]))
        else:
            sig.append(("p", "The foregoing is an accurate and complete statement of the duties assigned to the position."))
            sig.append(("sig", [("Incumbent", rec["incumbent"]), ("Supervisor", rec["sup_name"]),
                                ("Approved by", rec["adm_name"])][:o["sig"]]))
        secs.append(("cert", H["cert"][hv], sig))
    if fr:
        fix = lambda t: t.replace(" de le ", " du ").replace(" de les ", " des ").replace(" à le ", " au ").replace(" à les ", " aux ")
        fields = [(k, lab, fix(v)) for k, lab, v in fields]
        secs = [(k, h, [fixb(b, fix) for b in blocks]) for k, h, blocks in secs]
        tail = [fixb(b, fix) for b in tail]
    return dict(lang=lang, top=H["top"][o["top"]], fields=fields, secs=secs, tail=tail, dept=dname, title=title)


def fixb(b, fix):
    if b[0] == "p":
        return ("p", fix(b[1]))
    if b[0] in ("ul", "ol"):
        return (b[0], [fix(x) for x in b[1]])
    return b


def people_of(rec, o):
    names = []
    if o["incumbent_field"] or o["sig"] >= 1:
        names.append(rec["incumbent"])
    if o["sig"] >= 2:
        names.append(rec["sup_name"])
    if o["sig"] >= 3:
        names.append(rec["adm_name"])
    return names


def options(rng: random.Random, lang: str, **kw) -> dict:
    fr = lang != "en"
    o = dict(
        lab=rng.randrange(4), head=rng.randrange(4), top=rng.randrange(4),
        cls=rng.choice(["dash", "dash", "dash", "space", "short", "tight"]), cls_in_title=False,
        job_code=True, posnum=True, eff="field",
        date=rng.choice(["long", "long", "iso", "slash", "dash", "ymd"]),
        dept=rng.random() < 0.7, unit_cap=True,
        sup=rng.choice(["fields", "fields", "combined", "sentence"]), sup_num=True,
        loc=rng.choice(["field", "field", "field", "end"]), locstyle=rng.choice(["paren", "comma"]),
        incumbent_field=rng.random() < 0.25, field_order=0,
        template=rng.choice(["classic", "classic", "crs"]), ga=rng.randrange(3),
        rep=rng.choice(["list", "list", "table", "prose"]), rform=rng.randrange(4), no_cls=set(), no_fte=set(),
        ns=sorted(rng.sample(range(4), 2)),
        dims=rng.choice(["all", "all", "all", "sal_om"]), fte_dim=rng.random() < 0.7,
        dimform=rng.choice(["list", "table", "prose"]), dimhdr=False,
        money=rng.choice([("M", "k", "M"), ("full", "full", "full"), ("cents", "cents", "cents"), ("M", "M", "M"),
                          ("millions", "k", "millions"), ("k", "k", "k"), ("full", "k", "full")]),
        sep=" ", acts=sorted(rng.sample(range(10), rng.randint(5, 8))),
        order=rng.choice(["a", "a", "b"]), sig=rng.choice([0, 1, 2, 2, 3]),
    )
    if rng.random() < 0.2:
        o["no_fte"] = {0}
    if rng.random() < 0.15:
        o["no_cls"] = {1}
    if rng.random() < 0.12:
        o["no_fte"] = set(range(6))
    o.update(kw)
    return o


# ----------------------------------------------------------------------------------------------- expected
def expected(name, kind, lang, rec, o, first, versions=None):
    """Ground truth. ``first``: the language whose values a reader meets first (a bilingual document's title is
    the English one, the French one in ``also``)."""
    f = first == "fr"
    reps = [dict(title=r[0] if f else r[1], classification=r[2] if k not in o["no_cls"] else None,
                 fte=r[3] if k not in o["no_fte"] else None) for k, r in enumerate(rec["reports"])]
    if lang == "bilingual":
        title = rec["title_en"]
    else:
        title = rec["title_fr"] if f else rec["title_en"]
    fields = dict(
        title=title,
        classification=rec["level"],
        job_code=rec["job_code"] if (o["job_code"] and rec["job_code"]) else None,
        position_number=(rec["posnum"] if not rec["provisional"] else None) if o["posnum"] else None,
        effective_date=rec["eff"] if o["eff"] != "none" else None,
        supervisor=dict(position_number=rec["sup_num"] if (o["sup"] == "fields" and o["sup_num"]) else None,
                        title=rec["sup"][0] if f else rec["sup"][1], classification=rec["sup"][2]),
        direct_reports=reps,
        salary=rec["salary"] if o["dims"] != "none" else None,
        o_and_m=rec["om"] if o["dims"] != "none" else None,
        total=rec["salary"] + rec["om"] if o["dims"] == "all" else None,
        location=loc_text(rec["city"], first, "comma")[1] if o["loc"] != "none" else None,
    )
    ns = [k for k, v in fields.items() if v is None]
    ns += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    also = dict(fte=rec["fte"] if o["fte_dim"] else None, operating_budget=None, program_budget=None,
                provisional_number=rec["provisional"] if o["posnum"] else None)
    if lang == "bilingual":
        also["title_fr"] = rec["title_fr"]
    return dict(document=name, kind=kind, language=lang, outcome="import", fields=fields, not_stated=ns,
                also=also, people=people_of(rec, o), versions=versions)


def expected_refuse(name, kind, lang, people):
    return dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=[],
                also=None, people=people, versions=None)


# ----------------------------------------------------------------------------------------------- bilingual merges
def bilabel(ce: dict, cf: dict, dash_title: bool = False) -> dict:
    """A bilingual form: labels `English / Français`, both titles, the other values and the prose in French."""
    fields = []
    le = {k: lab for k, lab, _ in ce["fields"]}
    ve = {k: v for k, _, v in ce["fields"]}
    for k, lab, v in cf["fields"]:
        if k == "title":
            if dash_title:
                fields.append((k, f"{le[k]} / {lab}", f"{ve[k]} – {v}"))
            else:
                fields.append((k, f"{le[k]} (English) / {lab} (anglais)", ve[k]))
                fields.append((k, f"{le[k]} (French) / {lab} (français)", v))
        else:
            fields.append((k, f"{le[k]} / {lab}", v))
    secs = [(k, f"{he} / {hf}", blocks) for (k, he, _), (_, hf, blocks) in zip(ce["secs"], cf["secs"])]
    return dict(lang="bil", top=f"{ce['top']} / {cf['top']}", fields=fields, secs=secs, tail=cf["tail"],
                dept=f"{ce['dept']} / {cf['dept']}", title=f"{ce['title']} / {cf['title']}")


# ----------------------------------------------------------------------------------------------- docx
def heading_text(text, hstyle, n):
    if hstyle == "caps":
        return text.upper()
    if hstyle == "num":
        return f"{n}. {text.upper()}"
    if hstyle == "letter":
        return f"{'ABCDEFGHIJ'[n - 1]}) {text}"
    return text


def docx_fields(d, fields, style, lang):
    colon = " :" if lang in ("fr", "bil") else ":"
    if style == "table2":
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for _, lab, v in fields:
            row = t.add_row().cells
            row[0].text, row[1].text = lab, v
    elif style == "form4":
        t = d.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        for a in range(0, len(fields), 2):
            row = t.add_row().cells
            row[0].text, row[1].text = fields[a][1], fields[a][2]
            if a + 1 < len(fields):
                row[2].text, row[3].text = fields[a + 1][1], fields[a + 1][2]
    else:
        for _, lab, v in fields:
            if style == "bold":
                p = d.add_paragraph()
                p.add_run(lab + colon).bold = True
                p.add_run(" " + v)
            elif style == "nextline":
                p = d.add_paragraph()
                p.add_run(lab).bold = True
                d.add_paragraph(v)
            else:  # tabs
                d.add_paragraph(f"{lab}{colon}\t{v}")


def docx_blocks(d, blocks):
    for b in blocks:
        if b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif b[0] == "ol":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif b[0] == "table":
            hdr, rows = b[1], b[2]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            if hdr:
                cells = t.add_row().cells
                for k, h in enumerate(hdr):
                    cells[k].text = h
            for r in rows:
                cells = t.add_row().cells
                for k, v in enumerate(r):
                    cells[k].text = v
        elif b[0] == "sig":
            t = d.add_table(rows=0, cols=3)
            for role, name in b[1]:
                cells = t.add_row().cells
                cells[0].text, cells[1].text, cells[2].text = role, name, "Date : ________" if role[0] in "TGA" else "Date: ________"


def docx_content(d, c, o):
    lang = c["lang"]
    if o["hstyle"] == "heading":
        d.add_heading(c["top"], level=1)
    else:
        d.add_paragraph().add_run(c["top"]).bold = True
    if o.get("dept_line"):
        d.add_paragraph(c["dept"])
    docx_fields(d, c["fields"], o["dx"], lang)
    for n, (_, h, blocks) in enumerate(c["secs"], 1):
        if o["hstyle"] == "heading":
            d.add_heading(h, level=2)
        else:
            d.add_paragraph().add_run(heading_text(h, o["hstyle"], n)).bold = True
        docx_blocks(d, blocks)
    docx_blocks(d, c["tail"])


def new_doc(header=None, footer=None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.revision = 1
    cp.created = cp.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    return d


def docx_save(d) -> bytes:
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def side_cells(c):
    """The content of one language as a list of cell texts, parallel to the other language's."""
    colon = " :" if c["lang"] == "fr" else ":"
    cells = [c["top"]] + [f"{lab}{colon} {v}" for _, lab, v in c["fields"]]
    for _, h, blocks in c["secs"]:
        cells.append(h.upper())
        for b in blocks:
            if b[0] == "p":
                cells.append(b[1])
            elif b[0] in ("ul", "ol"):
                cells.append("\n".join(("• " if b[0] == "ul" else f"{k}. ") + x for k, x in enumerate(b[1], 1)))
            elif b[0] == "table":
                cells.append("\n".join(" – ".join(x for x in r if x) for r in b[2]))
            elif b[0] == "sig":
                cells.append("\n".join(f"{role}{colon} {name}" for role, name in b[1]))
    for b in c["tail"]:
        cells.append(b[1])
    return cells


def render_docx(spec, cs, o) -> bytes:
    d = new_doc(o.get("header"), o.get("footer"))
    arr = spec["arr"]
    if arr == "side":
        ce, cf = cs
        a, b = side_cells(ce), side_cells(cf)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for x, y in zip(a, b):
            row = t.add_row().cells
            row[0].text, row[1].text = x, y
    elif arr in ("en_fr", "fr_en"):
        first, second = cs if arr == "en_fr" else cs[::-1]
        docx_content(d, first, o)
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_paragraph().add_run("VERSION FRANÇAISE" if second["lang"] == "fr" else "ENGLISH VERSION").bold = True
        docx_content(d, second, o)
    elif arr == "alt":
        first, second = cs
        d.add_heading(f"{first['top']} / {second['top']}", level=1)
        for (_, l1, v1), (_, l2, v2) in zip(first["fields"], second["fields"]):
            p = d.add_paragraph()
            p.add_run(f"{l1} / {l2} : ").bold = True
            p.add_run(v1 if v1 == v2 else f"{v1} / {v2}" if len(v1) < 20 else v1)
            if v1 != v2 and len(v1) >= 20:
                d.add_paragraph(v2).runs[0].italic = True
        for (_, h1, b1), (_, h2, b2) in zip(first["secs"], second["secs"]):
            d.add_heading(f"{h1} / {h2}", level=2)
            for x, y in zip(b1, b2):
                docx_blocks(d, [x])
                docx_blocks(d, [y])
        docx_blocks(d, first["tail"] + second["tail"])
    else:
        docx_content(d, cs[0], o)
    return docx_save(d)


# ----------------------------------------------------------------------------------------------- text
VOW = "aeiouyéèêâôîûàAEIOUÉ"


def hyph_point(w):
    """Where a typist would cut the word: between two consonants, or before a consonant followed by a vowel."""
    mid = len(w) // 2
    order = sorted(range(2, len(w) - 2), key=lambda c: abs(c - mid))
    for c in order:
        a, b = w[c - 1], w[c]
        if a not in VOW and b not in VOW and (a + b).lower() not in ("ch", "ph", "th", "gn", "qu", "br", "cr", "dr", "fr", "gr", "pr", "tr", "vr", "bl", "cl", "fl", "gl", "pl") and w[c - 2] in VOW:
            return c
    for c in order:
        if w[c - 1] in VOW and w[c] not in VOW and w[c + 1] in VOW:
            return c
    return None


def wrap(text, width, hyph=False, rng=None):
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    if not hyph or rng is None:
        return lines
    out = []
    carry = ""
    for k, ln in enumerate(lines):
        ln = carry + ln
        carry = ""
        if k + 1 < len(lines) and rng.random() < 0.3:
            nxt = lines[k + 1].split(" ", 1)
            w = nxt[0]
            if len(w) > 7 and w.isalpha():
                cut = hyph_point(w)
                if cut is None:
                    out.append(ln)
                    continue
                ln = ln + " " + w[:cut] + "-"
                lines[k + 1] = w[cut:] + (" " + nxt[1] if len(nxt) > 1 else "")
        out.append(ln)
    return out


def flatten(c, o, width, rng=None):
    """(line, tag) pairs: tag 's' for header fields, reports, dimensions; 'p' for prose."""
    fr = c["lang"] in ("fr", "bil")
    colon = " :" if fr else ":"
    out = [(c["top"], "s"), ("", "s")]
    if o.get("dept_line"):
        out.append((c["dept"], "s"))
    fs = o["tx"]
    for _, lab, v in c["fields"]:
        if fs == "colon":
            out.append((f"{lab}{colon} {v}", "s"))
        elif fs == "caps":
            out.append((f"{lab.upper()}{colon} {v}", "s"))
        elif fs == "nextline":
            out += [(lab + (colon if o.get("nl_colon") else ""), "s"), ("    " + v, "s")]
        elif fs == "dots":
            out.append((f"{lab} {'.' * max(3, 44 - len(lab))} {v}", "s"))
        elif fs == "tabs":
            out.append((f"{lab}{colon}\t{v}", "s"))
    for n, (k, h, blocks) in enumerate(c["secs"], 1):
        out += [("", "s"), (heading_text(h, o["hstyle"] if o["hstyle"] != "heading" else "caps", n), "s")]
        structural = k in ("dims",)
        for b in blocks:
            if b[0] == "p":
                tag = "s" if structural else "p"
                out += [(x, tag) for x in wrap(b[1], width, o.get("hyph"), rng)]
            elif b[0] in ("ul", "ol"):
                tag = "s" if k in ("org", "dims") else "p"
                for j, x in enumerate(b[1], 1):
                    bullet = o.get("bullet", "- ") if b[0] == "ul" else f"{j}. "
                    ws = wrap(bullet + x, width, o.get("hyph") and tag == "p", rng)
                    out += [(ws[0], tag)] + [("   " + y, tag) for y in ws[1:]]
            elif b[0] == "table":
                hdr, rows = b[1], b[2]
                if hdr and any(hdr):
                    out.append(("   ".join(hdr), "s"))
                for r in rows:
                    out.append((o.get("cellsep", "   ").join(x for x in r if x) if o.get("cellsep") != " | " else " | ".join(r), "s"))
            elif b[0] == "sig":
                for role, name in b[1]:
                    out.append((f"{role}{colon} {name}{'     Date' + colon + ' ____________' if o.get('sigdate') else ''}", "s"))
    for b in c["tail"]:
        out += [("", "s"), (b[1], "s")]
    return out


DIG = {"0": ["O"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "6": ["b"], "2": ["Z"]}
RARE = {"2": 6, "6": 4}


def damage(lines, rng, o):
    pd, pl, pr = o.get("pd", 0.3), o.get("pl", 0.03), o.get("pr", 0.02)
    accents = o.get("accents_lost", False)
    res = []
    for ln, tag in lines:
        chars = []
        for ch in ln:
            if ch in DIG and rng.random() < pd / RARE.get(ch, 1):
                ch = rng.choice(DIG[ch])
            chars.append(ch)
        ln = "".join(chars)
        if tag == "p":
            words = ln.split(" ")
            for k, w in enumerate(words):
                if len(w) > 3 and rng.random() < pl:
                    a, b = rng.choice([("m", "rn"), ("rn", "m"), ("e", "c"), ("l", "I"), ("i", "l"), ("é", "e"),
                                       ("t", "l"), ("h", "b"), ("ti", "li"), ("in", "m")])
                    if a in w:
                        words[k] = w.replace(a, b, 1)
            ln = ""
            for k, w in enumerate(words):
                ln += w if k == 0 else (w if rng.random() < pr else " " + w)
            if accents:
                ln = ln.translate(str.maketrans("éèêàâçôûîÉ", "eeeaacouiE"))
        res.append((ln, tag))
    return res


def paginate(lines, per):
    return [lines[k:k + per] for k in range(0, len(lines), per)] or [[]]


def render_ocr(spec, c, o, rng) -> str:
    lay = spec["layout"]
    fr = c["lang"] in ("fr", "bil")
    if lay == "columns":
        left, right = [], []
        cl = dict(c, secs=[s for s in c["secs"] if s[0] in ("org", "dims")], tail=[])
        cr = dict(c, fields=[], secs=[s for s in c["secs"] if s[0] not in ("org", "dims")], top="", tail=c["tail"])
        left = [x for x in flatten(cl, o, 44, rng) if x[0].strip()]
        right = [x for x in flatten(cr, o, 56, rng) if x[0].strip()]
        left, right = damage(left, rng, o), damage(right, rng, o)
        out = []
        for k in range(max(len(left), len(right))):
            a = left[k][0] if k < len(left) else ""
            b = right[k][0] if k < len(right) else ""
            out.append((a + (o.get("colsep", " ") if a and b else "") + b).strip())
        body = "\n".join(out)
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body + "\n" if o.get("wrapper") else body + "\n"
    lines = damage(flatten(c, o, o.get("width", 78), rng), rng, o)
    pages = paginate([x[0] for x in lines], o.get("per", 48))
    n = len(pages)
    run_head = o.get("run_head")
    if lay == "lines":
        out = []
        for k, pg in enumerate(pages, 1):
            if run_head and k > 1:
                out += [run_head, ""]
            out += pg
            foot = (f"Page {k} de {n}" if fr else f"Page {k} of {n}") if o.get("foot", "page") == "page" else f"- {k} -"
            out += ["", foot]
            if k < n:
                out.append("\f")
        text = "\n".join(out).replace("\n\f\n", "\n\f")
        return text + "\n"
    if lay == "run":
        body = " ".join(x.strip() for pg in pages for x in pg + [run_head or ""] if x.strip())
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body
    if lay == "pages":
        out = []
        for k, pg in enumerate(pages, 1):
            body = " ".join(x.strip() for x in pg if x.strip())
            out.append((f"{k} " if k > 1 else "") + body + (f" {run_head}" if run_head else ""))
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(out)
    raise ValueError(lay)


def render_pdf(spec, cs, o, rng) -> bytes:
    arr = spec["arr"]
    width = o.get("width", 100)
    if arr == "side":
        ce, cf = cs
        a, b = side_cells(ce), side_cells(cf)
        lines = []
        for x, y in zip(a, b):
            wa = [w for part in x.split("\n") for w in (textwrap.wrap(part, 50) or [""])]
            wb = [w for part in y.split("\n") for w in (textwrap.wrap(part, 50) or [""])]
            for k in range(max(len(wa), len(wb))):
                l1 = wa[k] if k < len(wa) else ""
                l2 = wb[k] if k < len(wb) else ""
                lines.append((l1.ljust(56) + l2).rstrip())
            lines.append("")
    elif arr in ("en_fr", "fr_en"):
        first, second = cs if arr == "en_fr" else cs[::-1]
        lines = [x[0] for x in flatten(first, o, width)]
        lines += ["\f", "VERSION FRANÇAISE" if second["lang"] == "fr" else "ENGLISH VERSION", ""]
        lines += [x[0] for x in flatten(second, o, width)]
    else:
        lines = [x[0] for x in flatten(cs[0], o, width, rng)]
    # paginate, honouring explicit breaks
    chunks, cur = [], []
    for ln in lines:
        if ln == "\f":
            chunks.append(cur)
            cur = []
        else:
            cur.append(ln)
    chunks.append(cur)
    pages = [p for ch in chunks for p in paginate(ch, o.get("per", 58))]
    n = len(pages)
    fr = cs[0]["lang"] in ("fr", "bil")
    out = []
    for k, pg in enumerate(pages, 1):
        head = [o["pdf_head"], ""] if o.get("pdf_head") else []
        foot = ["", f"{o.get('pdf_foot', '')}{'    ' if o.get('pdf_foot') else ''}" + (f"Page {k} de {n}" if fr else f"Page {k} of {n}")]
        out.append("\n".join(head + pg + foot))
    return pdf_bytes(out)


# ----------------------------------------------------------------------------------------------- documents
def record(i: int, ver: int = 0) -> dict:
    rec = RECORDS[i]
    if ver == 0:
        return rec
    rng = random.Random(f"{SEED}-ver-{i}-{ver}")
    r = dict(rec, reports=[list(x) for x in rec["reports"]])
    r["eff"] = dt.date(min(rec["eff"].year + 2 + ver, 2024), rng.choice([4, 9, 11]), rng.choice([1, 15, 30]))
    r["salary"] = rec["salary"] + rng.randint(5, 40) * 10_000
    r["om"] = rec["om"] + rng.randint(2, 60) * 1000
    for x in r["reports"]:
        if x[3] > 2:
            x[3] += rng.randint(-2, 5)
    r["fte"] = sum(x[3] for x in r["reports"]) + 1 + rng.randint(0, 6)
    r["incumbent"] = person(rng, USED_NAMES) if ver >= 2 else rec["incumbent"]
    return r


# pos, version, kind, language, arrangement, layout, file name, option overrides
D = [
    (0, 0, "docx", "fr", None, "table2", "DT - Directeur général, Programmes d'appui aux langues officielles (EX-03).docx", dict(hstyle="heading", sup="fields")),
    (1, 0, "docx", "fr", None, "bold", "Directeur régional, Région du Québec - PCH 2019.docx", dict(hstyle="caps", date="long", money=("M", "k", "M"))),
    (1, 1, "pdf", "fr", None, "colon", "Directeur régional, Région du Québec - révisé 2023.pdf", dict(hstyle="num", date="le", pdf_foot="Patrimoine canadien")),
    (2, 0, "docx", "bilingual", "side", "table2", "Director, Canada Cultural Spaces Fund - Directeur, FCEC (bilingue).docx", dict(hstyle="heading", rep="list")),
    (3, 0, "ocr", "en", None, "pages", "Scan_Broadcasting Policy Director EX-01.txt", dict(tx="caps", hstyle="caps", pd=0.4, run_head="Canadian Heritage - EX Work Description")),
    (4, 0, "pdf", "bilingual", "en_fr", "colon", "Museums Assistance Program Director - Directrice PAM - signed.pdf", dict(hstyle="caps", sig=3)),
    (5, 0, "docx", "fr", None, "form4", "DGR Région du Québec SPAC - FINAL.docx", dict(hstyle="num", rep="table", dimform="table", sep="\u00a0")),
    (6, 0, "ocr", "fr", None, "lines", "Directeur Services immobiliers RQ numérisé.txt", dict(tx="colon", hstyle="num", hyph=True, pd=0.3, cp1252=True, run_head="SPAC - Région du Québec")),
    (7, 0, "pdf", "fr", None, "dots", "Directrice, Approvisionnement, Région du Québec.pdf", dict(hstyle="caps", money=("cents", "cents", "cents"), pdf_head="Protégé A")),
    (8, 0, "ocr", "fr", None, "run", "DT_EX01_Gestion des installations Québec.txt", dict(tx="caps", hstyle="caps", pd=0.35, pl=0.05, pr=0.03)),
    (9, 0, "docx", "bilingual", "alt", "bold", "Services linguistiques Montréal - Linguistic Services (EX-01) v3.docx", dict(hstyle="heading", first="fr", dims="all", dimform="list")),
    (10, 0, "docx", "fr", None, "tabs", "Vice-président, Opérations DEC - NOUVEAU poste.docx", dict(hstyle="num", template="crs", eff="none", sup="combined")),
    (11, 0, "ocr", "fr", None, "columns", "Bureau d'affaires Québec-Chaudière-Appalaches, directeur.txt", dict(tx="colon", hstyle="caps", pd=0.35, wrapper=True, rep="list", dimform="list")),
    (12, 0, "ocr", "fr", None, "pages", "Directeur BA Estrie 2016 scan.txt", dict(tx="colon", hstyle="caps", pd=0.45, run_head="DEC - Bureau d'affaires de l'Estrie")),
    (12, 1, "docx", "fr", None, "nextline", "Directeur, Bureau d'affaires de l'Estrie - signé.docx", dict(hstyle="heading", sig=3)),
    (13, 0, "pdf", "fr", None, "nextline", "Description de travail - Directrice, Mauricie (EX-01).pdf", dict(hstyle="letter", nl_colon=True, money=("millions", "k", "millions"), eff="sentence")),
    (14, 0, "ocr", "fr", None, "lines", "BA Bas-Saint-Laurent Rimouski - directeur EX-01.txt", dict(tx="colon", hstyle="caps", pd=0.3, accents_lost=True, hyph=True, foot="dash")),
    (15, 0, "docx", "bilingual", "fr_en", "table2", "Directeur BA Saguenay–Lac-Saint-Jean FR-EN.docx", dict(hstyle="heading", first="fr")),
    (16, 0, "pdf", "bilingual", "bilabels", "colon", "DG Politiques et planification - Policy and Planning DG (EX-03).pdf", dict(hstyle="caps", first="fr")),
    (17, 0, "ocr", "bilingual", "bilabels", "lines", "Analyse économique et recherche - Economic Analysis EX-01 numérisation.txt", dict(tx="colon", hstyle="caps", first="fr", pd=0.3)),
    (18, 0, "docx", "bilingual", "bilabels", "table2", "DG Prestation des services RQ - Service Delivery DG, Quebec Region.docx", dict(hstyle="heading", first="fr", rep="table")),
    (19, 0, "docx", "bilingual", "side", "table2", "Directeur Programmes EDSC RQ bilingue.docx", dict(hstyle="caps", rep="list")),
    (19, 0, "pdf", "bilingual", "side", "colon", "Directeur Programmes EDSC RQ bilingue.pdf", dict(hstyle="caps", rep="list")),
    (20, 0, "ocr", "fr", None, "run", "Traitement AE Québec - directeur 2017.txt", dict(tx="colon", hstyle="num", pd=0.4, cp1252=True)),
    (20, 1, "pdf", "fr", None, "colon", "Directeur, Traitement de l'assurance-emploi, Québec - 2022 FINAL.pdf", dict(hstyle="num", pdf_foot="EDSC - Région du Québec")),
    (21, 0, "ocr", "fr", None, "pages", "Directrice CSC Montréal.txt", dict(tx="colon", hstyle="letter", pd=0.25, run_head="Service Canada - Région du Québec")),
    (22, 0, "ocr", "fr", None, "columns", "Intégrité des programmes RQ - directeur (copie numérisée).txt", dict(tx="caps", hstyle="caps", pd=0.3, colsep=" | ", rep="list", dimform="list")),
    (23, 0, "pdf", "fr", None, "dots", "Centre de contact AE Shawinigan - Directeur.pdf", dict(hstyle="caps", money=("k", "k", "k"))),
    (24, 0, "docx", "en", None, "bold", "Assistant Commissioner, Policy and Communications - OCOL.docx", dict(hstyle="heading")),
    (25, 0, "docx", "fr", None, "table2", "Directeur, Enquêtes - ébauche.docx", dict(hstyle="heading", sig=0, eff="none")),
    (25, 0, "ocr", "fr", None, "pages", "Directeur, Enquêtes - signé (numérisé).txt", dict(tx="colon", hstyle="caps", pd=0.35, sig=3, eff="none")),
    (25, 2, "docx", "bilingual", "en_fr", "table2", "Director, Investigations - Directeur, Enquêtes - révisé 2024.docx", dict(hstyle="heading")),
    (26, 0, "ocr", "bilingual", "fr_en", "lines", "Liaison régionale et Bureau du Québec CLO.txt", dict(tx="colon", hstyle="caps", first="fr", pd=0.3, hyph=True)),
    (27, 0, "pdf", "en", None, "colon", "Director, Policy and Research (EX-01).pdf", dict(hstyle="num", pdf_foot="Office of the Commissioner of Official Languages")),
    (28, 0, "docx", "en", None, "form4", "DG Corporate Services and CFO - OCOL final.docx", dict(hstyle="caps", rep="table")),
    (29, 0, "ocr", "en", None, "run", "Shawinigan Tax Centre Director 2015.txt", dict(tx="caps", hstyle="caps", pd=0.7, pl=0.06, pr=0.04, cp1252=True)),
    (29, 1, "docx", "fr", None, "bold", "Directeur, Centre fiscal de Shawinigan (2022).docx", dict(hstyle="num")),
    (30, 0, "ocr", "en", None, "lines", "IRCC Quebec Region Director Operations.txt", dict(tx="nextline", hstyle="caps", pd=0.25, run_head="IRCC - Quebec Region / Région du Québec")),
    (31, 0, "pdf", "bilingual", "title_dash", "colon", "Directeur régional Sciences IML - Regional Director Science.pdf", dict(hstyle="caps", first="fr")),
    (32, 0, "pdf", "fr", None, "colon", "DGR SAC Région du Québec.pdf", dict(hstyle="heading", template="crs")),
    (33, 0, "ocr", "fr", None, "pages", "Sécurité maritime TC Québec - directeur régional.txt", dict(tx="colon", hstyle="num", pd=0.3, run_head="Transports Canada - Région du Québec", eff="sentence")),
    (34, 0, "ocr", "fr", None, "lines", "Santé Canada ROAL Québec - directeur régional.txt", dict(tx="dots", hstyle="caps", pd=0.2, foot="page")),
    (35, 0, "docx", "bilingual", "bilabels", "form4", "Unité de gestion de Québec - Directeur - Field Unit Superintendent.docx", dict(hstyle="caps", first="fr")),
]
COPIES = {"DGR Région du Québec SPAC - FINAL.docx": "DGR Région du Québec SPAC - FINAL (1).docx"}
VERSIONS = [  # documents of one position, oldest first
    ["Directeur régional, Région du Québec - PCH 2019.docx", "Directeur régional, Région du Québec - révisé 2023.pdf"],
    ["DGR Région du Québec SPAC - FINAL.docx", "DGR Région du Québec SPAC - FINAL (1).docx"],
    ["Directeur BA Estrie 2016 scan.txt", "Directeur, Bureau d'affaires de l'Estrie - signé.docx"],
    ["Directeur Programmes EDSC RQ bilingue.docx", "Directeur Programmes EDSC RQ bilingue.pdf"],
    ["Traitement AE Québec - directeur 2017.txt", "Directeur, Traitement de l'assurance-emploi, Québec - 2022 FINAL.pdf"],
    ["Directeur, Enquêtes - ébauche.docx", "Directeur, Enquêtes - signé (numérisé).txt", "Directeur, Enquêtes - révisé 2024.docx"],
    ["Shawinigan Tax Centre Director 2015.txt", "Directeur, Centre fiscal de Shawinigan (2022).docx"],
]
SAME = [["DGR Région du Québec SPAC - FINAL.docx", "DGR Région du Québec SPAC - FINAL (1).docx"],
        ["Directeur Programmes EDSC RQ bilingue.docx", "Directeur Programmes EDSC RQ bilingue.pdf"],
        ["Directeur, Enquêtes - ébauche.docx", "Directeur, Enquêtes - signé (numérisé).txt"]]


def versions_of(name):
    for group in VERSIONS:
        if name in group:
            same = next((s for s in SAME if name in s), None)
            v = dict(documents=group, newest=group[-1])
            if same:
                v["same_description"] = same
            return v
    return None


# ----------------------------------------------------------------------------------------------- refused
def refused(out: Path):
    rng = random.Random(f"{SEED}-refuse")
    docs = []
    names = [person(rng, USED_NAMES) for _ in range(14)]

    # 1. memo (docx, fr)
    d = new_doc(footer="Services publics et Approvisionnement Canada – Région du Québec")
    d.add_paragraph().add_run("NOTE DE SERVICE").bold = True
    for a, b in [("Destinataires", "Directeurs et directrices, Région du Québec"), ("Expéditrice", f"{names[0]}, directrice, Ressources humaines"),
                 ("Date", "Le 12 mai 2022"), ("Objet", "Mise à jour des descriptions de travail des postes de la direction (EX)")]:
        p = d.add_paragraph()
        p.add_run(f"{a} : ").bold = True
        p.add_run(b)
    for t in ["Dans le cadre de l'exercice annuel de gestion des talents des cadres, nous vous demandons de revoir les "
              "descriptions de travail des postes EX-01 à EX-03 de votre secteur et de nous transmettre les versions "
              "signées au plus tard le 30 juin 2022.",
              "Les descriptions doivent suivre le gabarit du Secrétariat du Conseil du Trésor (résultats axés sur le service "
              "à la clientèle, activités principales, dimensions). Les postes dont la dernière description date de plus de "
              "cinq ans, par exemple le poste 412376 (Directeur, Gestion de projets, EX-01), doivent être réévalués.",
              f"Pour toute question, veuillez communiquer avec {names[1]}, conseillère principale en classification, au 514-555-0142."]:
        d.add_paragraph(t)
    d.add_paragraph(names[0])
    docs.append(("Note de service - mise à jour des DT EX.docx", docx_save(d), "docx", "fr", [names[0], names[1]]))

    # 2. performance agreement (docx, fr)
    d = new_doc(header="Protégé B (une fois rempli)")
    d.add_heading("Entente de rendement des cadres – Exercice 2022-2023", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Nom du cadre", names[2]), ("Titre du poste", "Directeur, Bureau d'affaires de la Montérégie"),
                 ("Niveau", "EX-01"), ("Numéro de poste", "583214"), ("Superviseur", f"{names[3]}, directrice générale, Bureaux d'affaires de l'Ouest"),
                 ("Période visée", "1er avril 2022 au 31 mars 2023")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = a, b
    d.add_heading("Engagements", level=2)
    for x in ["Résultats opérationnels : traiter 95 % des demandes d'aide financière dans un délai de 90 jours.",
              "Priorités de gestion : mettre en œuvre le plan régional de santé mentale et de mieux-être.",
              "Engagement clé : accroître de 10 % les projets appuyés auprès des entreprises dirigées par des femmes.",
              "Leadership : démontrer les compétences clés en leadership, en particulier « Mobiliser les personnes »."]:
        d.add_paragraph(x, style="List Number")
    d.add_heading("Évaluation de fin d'exercice", level=2)
    d.add_paragraph("Cote de rendement : ____    Commentaires du superviseur : ______________________")
    d.add_paragraph(f"Signature du cadre : {names[2]}        Signature du superviseur : {names[3]}")
    docs.append(("Entente de rendement 2022-2023 - BA Montérégie.docx", docx_save(d), "docx", "fr", [names[2], names[3]]))

    # 3. organization chart (docx, bilingual)
    d = new_doc()
    d.add_heading("Organigramme – Région du Québec / Organization Chart – Quebec Region", level=1)
    d.add_paragraph("Services publics et Approvisionnement Canada / Public Services and Procurement Canada – mis à jour le 2023-02-01")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    rows = [("Directeur général régional / Regional Director General", "EX-03", names[4]),
            ("Directeur, Services immobiliers / Director, Real Property Services", "EX-02", names[5]),
            ("Directrice, Approvisionnement / Director, Acquisitions", "EX-01", names[6]),
            ("Directeur, Services ministériels régionaux / Director, Regional Corporate Services", "EX-01", names[7]),
            ("Directeur, Gestion de projets / Director, Project Management", "EX-01", "Vacant"),
            ("Conseiller exécutif / Executive Advisor", "AS-06", names[8])]
    for r in rows:
        cells = t.add_row().cells
        for k, v in enumerate(r):
            cells[k].text = v
    docs.append(("Organigramme Région du Québec - Org chart.docx", docx_save(d), "docx", "bilingual", names[4:9]))

    # 4. minutes (ocr, fr)
    pv = ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
          f"PROCÈS-VERBAL Comité de gestion régional - EDSC Région du Québec Réunion du 15 mars 2021, 9 h 30, par "
          f"vidéoconférence Présents : {names[9]} (présidente), {names[10]}, {names[11]}, {names[12]} Absent : "
          f"{names[13]} I. Adoption de l'ordre du jour L'ordre du jour est adopté. 2. Dotation des postes de la "
          "direction Le poste de directeur, Centres Service Canada - Est du Québec (EX-Ol) sera doté par un processus "
          "annoncé. La description de travail a été mise à jour et envoyée à la classification le 1er mars. 3. Budget "
          "de fonctionnement Le budget régional de F et E s'établit à 4,2 M$ pour 2021-2022. Les directions doivent "
          "présenter leurs prévisions d'ici le 9 avril. 4. Varia Aucun point. Prochaine réunion : le 12 avril 2021. "
          f"Procès-verbal rédigé par {names[12]}. Page I de I")
    docs.append(("PV comité de gestion régional 2021-03-15.txt", pv.encode("utf-8"), "ocr", "fr", names[9:14]))

    # 5. unreadable scan (ocr)
    noise = []
    for k in range(40):
        noise.append("".join(rng.choice("ll1I|!:;.,'`~-_=^°ii rn m%#@ ") for _ in range(rng.randint(20, 90))))
    docs.append(("Scan_0047.txt", ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(noise) + "\n").encode("utf-8"), "ocr", "fr", []))

    # 6. letter of offer (pdf, fr)
    letter = [
        "Développement économique Canada pour les régions du Québec",
        "800, rue Square-Victoria, bureau 500, Montréal (Québec)",
        "", "Le 3 octobre 2022", "", f"{names[6]}", "Montréal (Québec)", "",
        "Objet : Offre de nomination pour une période indéterminée", "",
        f"Madame {names[6].split()[-1]},", "",
        "J'ai le plaisir de vous offrir une nomination pour une période indéterminée au poste de Directrice,",
        "Bureau d'affaires de Laval-Laurentides-Lanaudière (EX-01), poste no 583901, à compter du 7 novembre 2022.",
        "Votre traitement annuel sera de 128 000 $, dans l'échelle salariale de 122 100 $ à 143 600 $.",
        "Cette offre est conditionnelle à l'obtention d'une cote de fiabilité et à votre acceptation écrite.",
        "Veuillez signer et nous retourner une copie de la présente lettre au plus tard le 14 octobre 2022.", "",
        "Veuillez agréer, Madame, l'expression de mes sentiments distingués.", "",
        f"{names[3]}", "Directrice générale, Bureaux d'affaires de l'Ouest", "",
        "J'accepte l'offre ci-dessus : ______________________   Date : ____________",
    ]
    docs.append(("Lettre d'offre - nomination EX-01.pdf", pdf_bytes(["\n".join(letter)]), "pdf", "fr", [names[6], names[3]]))

    # 7. pdf without a text layer (pages drawn, as a scanner's image would be)
    pages = []
    for k in range(3):
        ops = ["q 0.92 g 0 0 595 842 re f Q", "q 0.2 g"]
        for j in range(55):
            y = 780 - j * 13
            x = 40 + rng.randint(0, 10)
            w = rng.randint(200, 500)
            ops.append(f"{x} {y} {w} 6 re f")
        ops.append("Q")
        pages.append(("\n".join(ops)).encode("ascii"))
    docs.append(("DT Directeur régional numérisée (image).pdf", pdf_bytes(pages), "pdf", "fr", []))
    return docs


# ----------------------------------------------------------------------------------------------- main
def write_yaml(path: Path, data: dict):
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


RECORDS: list = []


def main():
    RECORDS.clear()
    USED_NAMES.clear()
    for i in range(len(T.POSITIONS)):
        RECORDS.append(make_record(i))
    RECORDS[10]["provisional"] = "NOUVEAU"
    RECORDS[31]["provisional"] = "TBD"
    RECORDS[5]["posnum"] = "00047312"
    RECORDS[19]["posnum"] = "00061508"
    corpus, exp = HERE / "corpus", HERE / "expected"
    for d in (corpus, exp):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    for n, (pos, ver, kind, lang, arr, layout, name, kw) in enumerate(D):
        rng = random.Random(f"{SEED}-doc-{pos}-{ver}")  # one description's versions in two files share their form
        main_lang = "en" if lang == "en" else "fr"
        o = options(rng, main_lang)
        o.update(hstyle="caps")
        o.update(kw)
        if kind == "docx":
            o["dx"] = layout
        else:
            o["tx"] = o.get("tx", layout if layout in ("colon", "nextline", "dots", "tabs") else "colon")
        rec = record(pos, ver)
        first = o.get("first", "en" if lang != "fr" else "fr")
        spec = dict(arr=arr, layout=layout)
        if lang == "bilingual":
            ce, cf = build(rec, "en", o), build(rec, "fr", o)
            if arr in ("bilabels", "title_dash"):
                cs = [bilabel(ce, cf, dash_title=arr == "title_dash")]
                spec["arr"] = None
            elif arr == "alt" and first == "fr":
                cs = [cf, ce]
            else:
                cs = [ce, cf]
        else:
            cs = [build(rec, lang, o)]
        if kind == "docx":
            data = render_docx(spec, cs, o)
        elif kind == "pdf":
            data = render_pdf(spec, cs, o, rng)
        else:
            if lang == "bilingual" and arr == "fr_en":
                ce, cf = cs
                t1 = render_ocr(spec, cf, o, rng)
                t2 = render_ocr(spec, ce, o, rng)
                text = t1.rstrip("\n") + "\n\f\nENGLISH VERSION\n\n" + t2
            else:
                text = render_ocr(spec, cs[0], o, rng)
            if o.get("cp1252"):
                data = text.replace("\n", "\r\n").encode("cp1252")
            else:
                data = text.encode("utf-8")
        ekind = "ocr-columns" if layout == "columns" else kind
        (corpus / name).write_bytes(data)
        write_yaml(exp / f"{name}.expected.yaml", expected(name, ekind, lang, rec, o, first, versions_of(name)))
        if name in COPIES:
            (corpus / COPIES[name]).write_bytes(data)
            write_yaml(exp / f"{COPIES[name]}.expected.yaml",
                       expected(COPIES[name], ekind, lang, rec, o, first, versions_of(COPIES[name])))
    for name, data, kind, lang, people in refused(corpus):
        (corpus / name).write_bytes(data)
        write_yaml(exp / f"{name}.expected.yaml", expected_refuse(name, kind, lang, people))


if __name__ == "__main__":
    main()
