#!/usr/bin/env python3
"""Write the blind66 corpus (bench/import/blind66/corpus/) and its ground truth (expected/).

Older EX work descriptions, 1985-2008, as they survive in users' folders: typewritten forms
scanned and OCR'd, WordPerfect files saved as text, a few PDFs of scans with a text layer, Word
and Markdown conversions; old department names, old EX level notations (`EX 1`, `SM`), amounts
in thousands and person-years. Deterministic: the same bytes on every run.

    /work/main/.venv/bin/python bench/import/blind66/make_blind.py
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
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
SEED = "blind66"
LANG = {"en": "en", "fr": "fr", "bi": "bilingual"}

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
PROV_ABBR_EN = {"MB": "Man.", "QC": "Que.", "ON": "Ont.", "NB": "N.B.", "NS": "N.S.", "PE": "P.E.I.",
                "AB": "Alta.", "BC": "B.C.", "SK": "Sask.", "NT": "N.W.T."}
PROV_ABBR_FR = {"MB": "Man.", "QC": "Qc", "ON": "Ont.", "NB": "N.-B.", "NS": "N.-É.", "PE": "Î.-P.-É.",
                "AB": "Alb.", "BC": "C.-B.", "SK": "Sask.", "NT": "T.N.-O."}


# ---------------------------------------------------------------------------- notations

def cls_show(level, lang, r):
    """A classification as typed in its time; the truth is EX-0n (or SM)."""
    if level == "SM":
        return "SM"
    n = int(level)
    forms = [f"EX-0{n}", f"EX 0{n}", f"EX-{n}", f"EX {n}", f"EX0{n}", f"Ex-0{n}", f"EX - 0{n}"]
    return r.choice(forms)


def cls_truth(level):
    return "SM" if level == "SM" else f"EX-0{int(level)}"


def ordinal(n):
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def date_show(d, lang, r):
    if lang == "fr":
        forms = [f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}",
                 f"le {'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}",
                 d.strftime("%Y-%m-%d"), d.strftime("%d.%m.%Y"), d.strftime("%y-%m-%d"),
                 d.strftime("%Y %m %d")]
    else:
        forms = [f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
                 d.strftime("%Y-%m-%d"), d.strftime("%y-%m-%d"), d.strftime("%b %d %Y").upper(),
                 d.strftime("%d-%b-%Y").upper(), d.strftime("%Y.%m.%d"),
                 f"{EN_MONTHS[d.month - 1]} {d.day}{ordinal(d.day)}, {d.year}"]
        if d.day > 12:
            forms.append(d.strftime("%d/%m/%y"))
    return r.choice(forms)


def _thou(n, sep):
    return f"{n:,}".replace(",", sep)


def money_show(v, lang, style):
    """v whole dollars, a multiple of 1000."""
    k = v // 1000
    m = v / 1_000_000
    mtxt = f"{m:.3f}".rstrip("0").rstrip(".")
    if lang == "fr":
        return {"full": f"{_thou(v, ' ')} $", "cents": f"{_thou(v, ' ')},00 $",
                "M": f"{mtxt.replace('.', ',')} M$", "k": f"{_thou(k, ' ')} k$",
                "millions": f"{mtxt.replace('.', ',')} millions de dollars",
                "table": _thou(k, " ")}[style]
    return {"full": f"${_thou(v, ',')}", "cents": f"${_thou(v, ',')}.00", "M": f"${mtxt}M",
            "k": f"${_thou(k, ',')}K", "millions": f"${mtxt} million", "table": _thou(k, ",")}[style]


def fte_unit(lang, r):
    if lang == "fr":
        return r.choice(["a.-p.", "années-personnes", "ETP", "AP"])
    return r.choice(["P-Y", "PYs", "person-years", "P-Ys", "FTEs"])


def location_show(city, prov, lang, r):
    if city is None:
        return None
    if lang == "fr":
        return r.choice([f"{city} ({T.PROV[prov][1]})", f"{city} ({PROV_ABBR_FR[prov]})", f"{city}, {T.PROV[prov][1]}"])
    return r.choice([f"{city}, {T.PROV[prov][0]}", f"{city}, {PROV_ABBR_EN[prov]}", f"{city} ({T.PROV[prov][0]})",
                     f"{city.upper()}, {T.PROV[prov][0].upper()}"])


# ---------------------------------------------------------------------------- positions

def person(r, lang):
    if lang == "fr":
        return f"{r.choice(T.FIRST_FR)} {r.choice(T.LAST_FR)}"
    return f"{r.choice(T.FIRST_EN)} {r.choice(T.LAST_EN)}"


def plan(p):
    """A position's facts (the truth) from its row in texts.POSITIONS."""
    pid, year, lang, kind, dept, t_en, t_fr, level, prog, city, prov, branch = p
    r = random.Random(f"{SEED}-{pid}")
    d = dict(pid=pid, year=year, lang=lang, kind=kind, dept=dept, title_en=t_en, title_fr=t_fr,
             level=level, prog=prog, city=city, prov=prov, branch=branch)
    y = year or r.choice([1988, 1991, 1995])
    d["date"] = dt.date(year, r.choice([1, 4, 4, 6, 9, 10, 11, 2]), r.choice([1, 1, 3, 15, 17, 22, 28])) if year else None
    # position numbers of the time
    d["pos_no"] = r.choice([str(r.randint(1000, 9999)), str(r.randint(10000, 99999)), f"00{r.randint(1000, 9999)}",
                            str(r.randint(100000, 999999))])
    if pid in (4, 22):
        d["pos_no"] = f"{r.randint(10, 99)}-{r.randint(1000, 9999)}"
    d["job_code"] = r.choice([None, None, str(r.randint(10000, 99999)), f"EX-{r.randint(100, 999)}", str(r.randint(100000, 109999))])
    # supervisor
    lv = 1 if level == "SM" else int(level)
    regional = "Region" in branch[0] or "Regional" in t_en or city not in ("Ottawa", "Hull", "Gatineau")
    if lv >= 3 or "Regional Director General" in t_en:
        st = r.choice(T.SUPERVISORS["adm"])
    elif regional:
        st = r.choice(T.SUPERVISORS["regional"])
    else:
        st = r.choice(T.SUPERVISORS["hq"])
    if st[2] <= lv:  # the supervisor is above the position
        st = T.SUPERVISORS["regional"][0] if lv < 3 and regional else T.SUPERVISORS["adm"][0]
    sup_lang = "fr" if lang == "fr" else "en"
    d["sup"] = dict(title=st[1] if sup_lang == "fr" else st[0], level=st[2],
                    pos_no=r.choice([None, None, str(r.randint(1000, 99999))]))
    # reports
    n = r.randint(3, 6)
    pool = [t for t in T.REPORT_TITLES if not t[2].startswith("EX") or lv >= 2]
    picks = r.sample(pool, n)
    reps = []
    for t in picks:
        cls = t[3] if y >= 2000 else t[2]
        if t[2].startswith("EX"):
            cls = "EX-01" if lv >= 2 else cls
        fte = r.choice([r.randint(4, 60), r.randint(10, 140), r.randint(2, 25)])
        if t[0] in ("Secretary", "Executive Assistant", "Administrative Officer", "Senior Policy Advisor"):
            fte = r.choice([1, None])
        reps.append(dict(title=t[1] if lang == "fr" else t[0], cls=cls, fte=fte))
    d["reports"] = reps
    # money
    scale = {1: (900, 6000), 2: (3000, 16000), 3: (9000, 60000)}[lv]
    if y < 1992:
        scale = (scale[0] * 2 // 3, scale[1] * 2 // 3)
    sal = r.randint(*scale) * 1000
    om = int(sal * r.uniform(0.08, 0.4)) // 1000 * 1000
    if r.random() < 0.5:
        sal, om = sal // 10000 * 10000, om // 10000 * 10000
    d.update(salary=sal, om=om, total=sal + om)
    sum_fte = sum(x["fte"] or 1 for x in reps)
    d["fte"] = sum_fte + r.randint(0, 6)
    d["opbudget"] = d["progbudget"] = None
    d["incumbent"] = person(r, lang) if r.random() < 0.45 else None
    d["signers"] = [person(r, "fr" if lang == "fr" else "en") for _ in range(r.choice([0, 1, 2, 2, 3]))]
    d["also"] = {}
    return d, r


# ---------------------------------------------------------------------------- the document model

L_EN = {
    "title": ["POSITION TITLE", "TITLE OF POSITION", "OFFICIAL TITLE", "Position Title", "TITLE", "Title"],
    "cls": ["GROUP AND LEVEL", "GROUP/LEVEL", "CLASSIFICATION", "Classification", "LEVEL", "Group & Level"],
    "pos": ["POSITION NUMBER", "POSITION NO.", "POS. NO.", "Position No.", "Position Number", "POSN. #"],
    "job": ["JOB CODE", "GENERIC NO.", "Standard Job Description No.", "Job Code", "BENCHMARK NO."],
    "date": ["EFFECTIVE DATE", "Effective Date", "DATE EFFECTIVE", "Date of Classification", "EFFECTIVE"],
    "loc": ["LOCATION", "Location", "GEOGRAPHIC LOCATION", "CITY", "Work Location"],
    "dept": ["DEPARTMENT", "Department", "DEPT./AGENCY"],
    "branch": ["BRANCH", "Branch", "SECTOR", "BRANCH/REGION"],
    "sup_pos": ["SUPERVISOR'S POSITION NO.", "Supervisor's Position Number", "POS. NO. OF SUPERVISOR"],
    "sup_title": ["SUPERVISOR'S TITLE", "Supervisor's Position Title", "TITLE OF SUPERVISOR"],
    "sup_cls": ["SUPERVISOR'S GROUP AND LEVEL", "Supervisor's Classification", "SUPERVISOR'S LEVEL"],
    "reports_to": ["REPORTS TO", "Reports to", "IMMEDIATE SUPERVISOR", "Immediate Superior"],
    "inc": ["INCUMBENT", "Incumbent", "NAME OF INCUMBENT"],
}
L_FR = {
    "title": ["TITRE DU POSTE", "Titre du poste", "Intitulé du poste", "TITRE OFFICIEL"],
    "cls": ["GROUPE ET NIVEAU", "Groupe/niveau", "CLASSIFICATION", "Niveau", "GROUPE-NIVEAU"],
    "pos": ["NUMÉRO DU POSTE", "No du poste", "N° du poste", "No. de poste"],
    "job": ["CODE D'EMPLOI", "No de la description type", "Code d'emploi", "NO DE DESCRIPTION GÉNÉRIQUE"],
    "date": ["DATE D'ENTRÉE EN VIGUEUR", "Date de prise d'effet", "En vigueur le", "Date d'effet"],
    "loc": ["LIEU DE TRAVAIL", "Lieu", "Emplacement", "ENDROIT"],
    "dept": ["MINISTÈRE", "Ministère", "MINISTÈRE/ORGANISME"],
    "branch": ["DIRECTION GÉNÉRALE", "Secteur", "RÉGION/DIRECTION"],
    "sup_pos": ["NO DU POSTE DU SURVEILLANT", "No du poste du superviseur", "N° DU POSTE DU SUPÉRIEUR"],
    "sup_title": ["TITRE DU POSTE DU SURVEILLANT", "Titre du poste du superviseur", "TITRE DU SUPÉRIEUR"],
    "sup_cls": ["CLASSIFICATION DU SURVEILLANT", "Groupe et niveau du superviseur", "NIVEAU DU SUPÉRIEUR"],
    "reports_to": ["RELÈVE DE", "Relève de", "SUPÉRIEUR IMMÉDIAT"],
    "inc": ["TITULAIRE", "Titulaire", "NOM DU TITULAIRE"],
}
H_EN = {"ga": ["GENERAL ACCOUNTABILITY", "General Accountability", "PURPOSE OF POSITION"],
        "org": ["ORGANIZATION STRUCTURE", "ORGANIZATIONAL CONTEXT", "Organization"],
        "ns": ["NATURE AND SCOPE", "Nature and Scope", "NATURE & SCOPE"],
        "dim": ["DIMENSIONS", "Dimensions", "FINANCIAL AND HUMAN RESOURCES"],
        "sa": ["SPECIFIC ACCOUNTABILITIES", "PRINCIPAL ACCOUNTABILITIES", "Specific Accountabilities"],
        "cert": ["CERTIFICATION", "SIGNATURES", "Certification"]}
H_FR = {"ga": ["RESPONSABILITÉS GÉNÉRALES", "Responsabilités générales", "RAISON D'ÊTRE DU POSTE"],
        "org": ["STRUCTURE ORGANISATIONNELLE", "Structure de l'organisation", "CONTEXTE ORGANISATIONNEL"],
        "ns": ["NATURE ET ÉTENDUE", "Nature et étendue", "NATURE ET PORTÉE"],
        "dim": ["DIMENSIONS", "Dimensions", "DONNÉES QUANTITATIVES"],
        "sa": ["RESPONSABILITÉS SPÉCIFIQUES", "RESPONSABILITÉS PRINCIPALES", "Responsabilités spécifiques"],
        "cert": ["ATTESTATION", "SIGNATURES", "Attestation"]}


def label(key, lang, pick):
    if lang == "bi":
        return f"{L_EN[key][pick % len(L_EN[key])]} / {L_FR[key][pick % len(L_FR[key])]}"
    tab = L_FR if lang == "fr" else L_EN
    return tab[key][pick % len(tab[key])]


def heading(key, lang, pick):
    if lang == "bi":
        return f"{H_EN[key][pick % 3]} / {H_FR[key][pick % 3]}"
    return (H_FR if lang == "fr" else H_EN)[key][pick % 3]


def elide(s):
    """French elision after the programme is put in: de acquisition -> d'acquisition."""
    import re
    return re.sub(r"\b([dD])e ([aeiouéèêhAEIOUÉ])", r"\1'\2", s)


def build(d, r):
    """The document as header fields and sections, and the truth that goes with it."""
    lang = d["lang"]
    tl = "fr" if lang == "fr" else "en"
    pick = r.randint(0, 5)
    caps = r.random() < 0.6
    dept = T.DEPTS[d["dept"]]
    truth = dict(title=d["title_fr"] if lang == "fr" else d["title_en"], classification=cls_truth(d["level"]),
                 job_code=d["job_code"], position_number=d["pos_no"], effective_date=d["date"],
                 supervisor=dict(position_number=None, title=None, classification=None),
                 direct_reports=None, salary=None, o_and_m=None, total=None, location=None)
    people = []
    header = []  # (label, value)

    def H(key, value):
        lab = label(key, lang, pick)
        header.append((lab.upper() if caps else lab, value))

    title_show = d["title_fr"] if lang == "fr" else d["title_en"]
    if lang == "bi":
        title_show = r.choice([f"{d['title_en']} / {d['title_fr']}", f"{d['title_en']}\n{d['title_fr']}"])
    if caps and r.random() < 0.5:
        title_show = title_show.upper()
    H("dept", dept[1] if lang == "fr" else dept[0])
    if r.random() < 0.6:
        H("branch", d["branch"][1] if lang == "fr" else d["branch"][0])
    order = ["title", "cls", "pos", "job", "date", "loc"]
    if r.random() < 0.4:
        order = ["pos", "title", "cls", "date", "job", "loc"]
    sup_mode = r.choice(["fields", "fields", "reports_to", "sentence"])
    if d.get("sup_mode"):
        sup_mode = d["sup_mode"]
    loc_stated = r.random() < 0.8 or d.get("force_loc")
    for key in order:
        if key == "title":
            H("title", title_show)
        elif key == "cls":
            H("cls", d.get("cls_show") or cls_show(d["level"], lang, r))
        elif key == "pos":
            H("pos", d["pos_no"])
        elif key == "job" and d["job_code"]:
            H("job", d["job_code"])
        elif key == "date" and d["date"]:
            H("date", date_show(d["date"], tl, r))
        elif key == "loc" and loc_stated:
            shown = location_show(d["city"], d["prov"], tl, r)
            H("loc", shown)
            truth["location"] = f"{d['city']}, {T.PROV[d['prov']][1 if tl == 'fr' else 0]}"
    sup = d["sup"]
    sup_cls = f"EX-0{sup['level']}" if sup["level"] <= 5 else None
    sup_cls_show = cls_show(sup["level"], lang, r) if sup_cls else None
    if d.get("sup_no_cls"):
        sup_cls = sup_cls_show = None
    if sup_mode == "fields":
        if sup["pos_no"]:
            H("sup_pos", sup["pos_no"])
            truth["supervisor"]["position_number"] = sup["pos_no"]
        H("sup_title", sup["title"])
        truth["supervisor"]["title"] = sup["title"]
        if sup_cls:
            H("sup_cls", sup_cls_show)
            truth["supervisor"]["classification"] = sup_cls
    elif sup_mode == "reports_to":
        H("reports_to", f"{sup['title']} ({sup_cls_show})" if sup_cls else sup["title"])
        truth["supervisor"]["title"] = sup["title"]
        truth["supervisor"]["classification"] = sup_cls
    if d["incumbent"]:
        H("inc", d["incumbent"])
        people.append(d["incumbent"])

    # prose
    sec = []
    prog = d["prog"][1] if tl == "fr" else d["prog"][0]
    unit_fr = r.choice(["la Direction", "la Division", "le Bureau", "la Région"])
    unit_en = r.choice(["Directorate", "Division", "Office", "Region", "Branch"])
    region_en, region_fr = d["branch"]
    fmt = dict(prog=prog, unit=unit_fr if tl == "fr" else unit_en, unit_cap=unit_fr[0].upper() + unit_fr[1:],
               dept=dept[1] if tl == "fr" else dept[0], region=region_fr if tl == "fr" else region_en,
               sup=sup["title"].lower() if tl == "fr" else sup["title"])
    ga = elide(r.choice(T.GA_FR if tl == "fr" else T.GA_EN).format(**fmt))
    csr = d["year"] and d["year"] >= 2004 and r.random() < 0.7
    if csr:
        sec.append(("ga", [("h2", T.CSR_FR if tl == "fr" else T.CSR_EN),
                           ("p", elide((T.CSR_TEXT_FR if tl == "fr" else T.CSR_TEXT_EN).format(**fmt))),
                           ("h2", T.KA_FR if tl == "fr" else T.KA_EN)]
                    + [("li", elide(s.format(**fmt))) for s in r.sample(T.SA_FR if tl == "fr" else T.SA_EN, 5)]))
    else:
        sec.append(("ga", [("p", ga)]))

    # organization: supervisor sentence, direct reports
    org = []
    me = truth["title"]
    if sup_mode == "sentence":
        if tl == "fr":
            s = f"Le titulaire relève du {sup['title'][0].lower() + sup['title'][1:]}"
        else:
            s = f"The {me} reports to the {sup['title']}"
        if sup_cls:
            s += f" ({sup_cls_show})"
        if sup["pos_no"] and r.random() < 0.6:
            s += f", poste no {sup['pos_no']}" if tl == "fr" else f", position no. {sup['pos_no']}"
            truth["supervisor"]["position_number"] = sup["pos_no"]
        s += "."
        org.append(("p", s))
        truth["supervisor"]["title"] = sup["title"]
        truth["supervisor"]["classification"] = sup_cls
    reps = d["reports"]
    if reps and not d.get("no_reports"):
        truth["direct_reports"] = [dict(title=x["title"], classification=x["cls"], fte=x["fte"]) for x in reps]
        org += reports_block(reps, tl, r, me, d)
        for x in truth["direct_reports"]:
            if x["classification"] is None:
                pass
    if org:
        sec.append(("org", org))
    ns = r.sample(T.NS_FR if tl == "fr" else T.NS_EN, r.randint(2, 4))
    sec.append(("ns", [("p", elide(" ".join(s.format(**fmt) for s in ns[:2])))] +
                ([("p", elide(" ".join(s.format(**fmt) for s in ns[2:])))] if ns[2:] else [])))
    dim = dims_block(d, tl, r, truth)
    if dim:
        sec.append(("dim", dim))
    if not csr:
        items = r.sample(T.SA_FR if tl == "fr" else T.SA_EN, r.randint(5, 7))
        sec.append(("sa", [("li", elide(s.format(**fmt))) for s in items]))
    if r.random() < 0.25:  # location at the end of the text, not in the header
        if truth["location"] is None and d["city"]:
            loc = location_show(d["city"], d["prov"], tl, r)
            sec[-1][1].append(("p", (f"Lieu de travail : {loc}" if tl == "fr" else f"Location: {loc}")))
            truth["location"] = f"{d['city']}, {T.PROV[d['prov']][1 if tl == 'fr' else 0]}"
    cert = []
    for i, name in enumerate(d["signers"]):
        role = [("Supervisor", "Superviseur"), ("Assistant Deputy Minister", "Sous-ministre adjoint"),
                ("Classification Officer", "Agent de classification")][i]
        role = role[1] if tl == "fr" else role[0]
        cert.append(("sig", f"{name}\n{role}"))
        people.append(name)
    if cert or r.random() < 0.5:
        intro = ("La présente description est un énoncé exact et complet des fonctions du poste."
                 if tl == "fr" else "The foregoing is an accurate and complete statement of the duties of the position.")
        sec.append(("cert", [("p", intro)] + cert))
    if lang == "bi":
        d["also"]["title_fr"] = d["title_fr"]
    return header, sec, truth, people


def reports_block(reps, lang, r, me, d):
    out = []
    u = fte_unit(lang, r)
    form = d.get("rep_form") or r.choice(["dash", "clsfirst", "dashsep", "table", "prose", "staff"])
    intro = (f"Relèvent du titulaire :" if lang == "fr" else
             r.choice([f"Reporting to the {me} are:", "The following positions report to the incumbent:",
                       "Subordinate positions:"]))

    one = {"P-Y": "P-Y", "PYs": "PY", "person-years": "person-year", "P-Ys": "P-Y", "FTEs": "FTE", "a.-p.": "a.-p.",
           "années-personnes": "année-personne", "ETP": "ETP", "AP": "AP"}

    def f(x):
        return "" if x["fte"] is None else str(x["fte"])

    def unit(n):
        return one[u] if n == 1 else u

    if form == "prose":
        parts = []
        for x in reps:
            bits = [x["cls"]] if x["cls"] else []
            if x["fte"] is not None:
                bits.append(f"effectif de {x['fte']}" if lang == "fr" else f"staff of {x['fte']}")
            t = x["title"] if lang == "en" else x["title"][0].lower() + x["title"][1:]
            parts.append(f"{'le ' if lang == 'fr' else 'the '}{t}" + (f" ({', '.join(bits)})" if bits else ""))
        joined = "; ".join(parts[:-1]) + (" et " if lang == "fr" else " and ") + parts[-1]
        out.append(("p", (f"Le titulaire dirige {len(reps)} subordonnés immédiats : {joined}." if lang == "fr"
                          else f"The {me} directs {len(reps)} immediate subordinates: {joined}.")))
        return out
    out.append(("p", intro))
    if form == "table":
        w = max(len(x["title"]) for x in reps) + 3
        hd = ("TITRE", "GROUPE/NIVEAU", u) if lang == "fr" else ("TITLE", "GROUP/LEVEL", u)
        out.append(("raw", f"{hd[0]:<{w}}{hd[1]:<15}{hd[2]}"))
        for x in reps:
            out.append(("raw", f"{x['title']:<{w}}{(x['cls'] or ''):<15}{f(x)}"))
        return out
    for x in reps:
        c, n = x["cls"], x["fte"]
        if form == "dash":
            inner = ", ".join(b for b in [c, f"{n} {unit(n)}" if n is not None else None] if b)
            out.append(("li", f"{x['title']} ({inner})" if inner else x["title"]))
        elif form == "clsfirst":
            out.append(("raw", f"{c or '':<10} {x['title']}" + (f"  ({n} {unit(n)})" if n is not None else "")))
        elif form == "dashsep":
            out.append(("li", " - ".join(b for b in [x["title"], c, f"{n} {unit(n)}" if n is not None else None] if b)))
        else:  # staff
            s = x["title"] + (f" ({c})" if c else "")
            if n is not None:
                s += f", effectif de {n}" if lang == "fr" else f", staff of {n}"
            out.append(("li", s))
    return out


def dims_block(d, lang, r, truth):
    form = d.get("dim_form") or r.choice(["lines", "lines", "table", "prose", "budget", "fte_total"])
    u = fte_unit(lang, r)
    style = r.choice(["full", "M", "k", "millions", "cents"]) if lang == "en" else r.choice(["full", "cents", "M", "k", "millions"])
    if style in ("M", "millions") and (d["salary"] % 10000 or d["om"] % 10000):
        style = "k"
    ms = lambda v: money_show(v, lang, style)  # noqa: E731
    out = []
    d["also"]["fte"] = d["fte"]
    if form == "lines":
        labs = (["Années-personnes", "Traitements", "F et E", "Total"] if lang == "fr" else
                [r.choice(["Person-Years", "P-Y", "PYs", "Staff"]), r.choice(["Salary", "Salaries", "Salary dollars"]),
                 r.choice(["O&M", "O & M", "Operating and Maintenance"]), r.choice(["Total", "Total Budget"])])
        vals = [str(d["fte"]), ms(d["salary"]), ms(d["om"]), ms(d["total"])]
        for a, b in zip(labs, vals):
            out.append(("kv", (a, b)))
        truth.update(salary=d["salary"], o_and_m=d["om"], total=d["total"])
    elif form == "table":
        k = lambda v: money_show(v, lang, "table")  # noqa: E731
        out.append(("raw", "RESSOURCES (en milliers de dollars)" if lang == "fr" else r.choice(["RESOURCES ($000)", "BUDGET ($000's)", "($000)"])))
        rows = ([("Traitements et salaires", k(d["salary"])), ("Fonctionnement et entretien", k(d["om"])), ("Total", k(d["total"]))]
                if lang == "fr" else
                [("Salaries", k(d["salary"])), ("Operating & Maintenance", k(d["om"])), ("Total", k(d["total"]))])
        for a, b in rows:
            out.append(("raw", f"   {a:.<34}{b:>10}"))
        out.append(("raw", f"   {('Années-personnes' if lang == 'fr' else 'Person-years'):.<34}{d['fte']:>10}"))
        truth.update(salary=d["salary"], o_and_m=d["om"], total=d["total"])
    elif form == "prose":
        if lang == "fr":
            s = (f"L'organisation compte {d['fte']} {u} et dispose d'un budget de {ms(d['total'])}, soit "
                 f"{ms(d['salary'])} en traitements et {ms(d['om'])} en fonctionnement et entretien.")
        else:
            s = (f"The organization has {d['fte']} {u} and a budget of {ms(d['total'])}: "
                 f"{ms(d['salary'])} in salaries and {ms(d['om'])} in operating and maintenance funds.")
        out.append(("p", s))
        truth.update(salary=d["salary"], o_and_m=d["om"], total=d["total"])
    elif form == "budget":
        op = d["salary"] + d["om"]
        prog = r.randint(5, 90) * 1_000_000
        d["also"]["operating_budget"], d["also"]["program_budget"] = op, prog
        if lang == "fr":
            out += [("kv", ("Années-personnes", str(d["fte"]))), ("kv", ("Budget de fonctionnement", ms(op))),
                    ("kv", ("Subventions et contributions", money_show(prog, lang, "millions")))]
        else:
            out += [("kv", ("Person-years", str(d["fte"]))), ("kv", ("Operating budget", ms(op))),
                    ("kv", ("Grants and contributions", money_show(prog, lang, "millions")))]
    else:  # fte_total: salary and O&M not given apart
        out += [("kv", (("Effectif" if lang == "fr" else "Staff"), f"{d['fte']} {u}")),
                ("kv", (("Budget total" if lang == "fr" else "Total budget"), ms(d["total"])))]
        truth["total"] = d["total"]
    return out


# ---------------------------------------------------------------------------- rendering

def spaced(s):
    return " ".join(s)


def wrap(text, width, r, hyph):
    """Wrap prose; with hyph, break some long words at the line end with a hyphen."""
    words, lines, cur = text.split(), [], ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            room = width - len(cur) - 2
            if hyph and len(w) >= 8 and room >= 3 and len(w) - room >= 3 and w.isalpha() and r.random() < hyph:
                lines.append(cur + " " + w[:room] + "-")
                cur = w[room:]
            else:
                lines.append(cur)
                cur = w
    if cur:
        lines.append(cur)
    return lines


def render_text(d, header, sec, r, style):
    """Lines (tag, text) of a typed or WordPerfect document. style: 'type' or 'wp'."""
    lang = d["lang"]
    width = r.choice([60, 64, 68, 72])
    hyph = 0.35 if style == "type" else 0.1
    out = []
    layout = d.get("layout") or r.choice(["colon", "next", "dots", "tab", "boxes"])
    if style == "wp" and layout == "boxes":
        layout = "tab"
    top = {"en": "EXECUTIVE GROUP POSITION DESCRIPTION", "fr": "DESCRIPTION DE POSTE DU GROUPE DE LA DIRECTION",
           "bi": "EXECUTIVE POSITION DESCRIPTION / DESCRIPTION DE POSTE DE CADRE"}[lang]
    if d.get("wp_junk"):
        out.append(("x", "ÿWPC  Courier 10cpi  Courier 10cpi Bold  HP LaserJet Series II  "))
    if style == "type" and r.random() < 0.4 and lang != "bi":
        top = spaced(top)
    out.append(("x", top.center(width) if style == "wp" else top))
    if style == "type" and r.random() < 0.6:
        out.append(("x", "_" * min(len(top), width)))
    out.append(("x", ""))
    if layout == "boxes":
        for i in range(0, len(header), 2):
            pair = header[i:i + 2]
            if any("\n" in v for _, v in pair):
                for lab, v in pair:
                    out.append(("h", lab))
                    out += [("h", "    " + x) for x in v.split("\n")]
                continue
            w = max(len(pair[0][0]), len(pair[0][1])) + 6
            out.append(("h", "".join(f"{lab:<{w}}" for lab, _ in pair).rstrip()))
            out.append(("h", "".join(f"{v:<{w}}" for _, v in pair).rstrip()))
            out.append(("x", ""))
    else:
        lw = max(len(lab) for lab, _ in header) + 2
        for lab, v in header:
            vs = v.split("\n")
            if layout == "colon":
                out.append(("h", f"{lab}: {vs[0]}"))
                out += [("h", " " * (len(lab) + 2) + x) for x in vs[1:]]
            elif layout == "next":
                out.append(("h", f"{lab}:" if r.random() < 0.7 else lab))
                out += [("h", "     " + x) for x in vs]
                out.append(("x", ""))
            elif layout == "dots":
                out.append(("h", f"{lab} {'.' * (lw - len(lab) + 4)} {vs[0]}"))
                out += [("h", " " * (lw + 6) + x) for x in vs[1:]]
            else:
                out.append(("h", f"{lab}:\t{vs[0]}" if style == "wp" else f"{lab}:{' ' * (lw - len(lab))}{vs[0]}"))
                out += [("h", "\t" + x) for x in vs[1:]]
    out.append(("x", ""))
    numbered = r.random() < 0.5
    under = style == "type" and r.random() < 0.6
    for n, (key, items) in enumerate(sec, 1):
        hd = heading(key, lang, d["hpick"])
        if style == "type" and key != "cert" and r.random() < 0.15:
            hd = spaced(hd.upper())
        if numbered:
            hd = f"{n}. {hd}" if r.random() < 0.8 else f"{chr(64 + n)}) {hd}"
        out.append(("x", "")) if style == "type" else None
        out.append(("hd", hd.center(width).rstrip() if style == "wp" and r.random() < 0.5 else hd))
        if under:
            out.append(("x", "_" * len(hd)))
        out.append(("x", ""))
        k = 0
        for tag, v in items:
            if tag == "p":
                out += [("p", x) for x in wrap(v, width, r, hyph)]
                out.append(("x", ""))
            elif tag == "h2":
                out.append(("hd", v))
            elif tag == "li":
                k += 1
                mark = r.choice([f"{k}.", f"({k})", "-", "o"]) if k == 1 else mark  # noqa: F821
                m = f"{k}." if mark.endswith(".") else (f"({k})" if mark.startswith("(") else mark)
                ls = wrap(v, width - len(m) - 2, r, hyph)
                out.append(("p", f"{m}  {ls[0]}" if style == "type" else f"{m}\t{ls[0]}"))
                out += [("p", " " * (len(m) + 2) + x) for x in ls[1:]]
            elif tag == "raw":
                out.append(("h", v))
            elif tag == "kv":
                a, b = v
                if layout == "dots" or style == "wp":
                    out.append(("h", f"{a} {'.' * max(3, 30 - len(a))} {b}" if layout == "dots" else f"{a}:\t{b}"))
                else:
                    out.append(("h", f"{a}: {b}"))
            elif tag == "sig":
                name, role = v.split("\n")
                out += [("x", ""), ("x", "_" * 30 + "      " + "_" * 14), ("n", f"{name}"),
                        ("x", f"{role}" + " " * max(2, 36 - len(role)) + ("Date" if lang != "fr" else "Date"))]
        if items and items[-1][0] in ("li", "raw", "kv"):
            out.append(("x", ""))
    return out


DIG = {"0": "O", "1": "I", "5": "S", "8": "B"}


def damage(lines, r, strength, d):
    """OCR damage by line kind. strength 0 (none) .. 3 (a faint carbon copy)."""
    if not strength:
        return lines
    pd = [0, 0.12, 0.3, 0.5][strength]
    pl = [0, 0.012, 0.03, 0.06][strength]
    out = []
    for tag, s in lines:
        if tag in ("x",):
            out.append((tag, s))
            continue
        t = []
        i = 0
        while i < len(s):
            c = s[i]
            if (c in DIG or (c == "6" and strength == 3)) and r.random() < (pd if tag != "p" else pd / 2):
                t.append(r.choice(["I", "l"]) if c == "1" else DIG.get(c, "b"))
            elif tag in ("p", "hd", "n") and c.isalpha() and r.random() < pl:
                two = s[i:i + 2]
                if two == "rn":
                    t.append("m"); i += 1  # noqa: E702
                elif c == "m":
                    t.append("rn")
                elif c in "eo":
                    t.append({"e": "c", "o": "a"}[c])
                elif c in "il":
                    t.append({"i": "l", "l": "I"}[c])
                elif c == "h":
                    t.append("b")
                else:
                    t.append(c)
            elif c == " " and tag == "p" and r.random() < pl * 1.5:
                pass  # words run together
            elif strength == 3 and c.isalnum() and r.random() < 0.015:
                t.append(r.choice([".", ",", "", "'"]))  # faint carbon
            else:
                t.append(c)
            i += 1
        out.append((tag, "".join(t)))
    return out


NOISE = ["   ~ ,/     J.M.", "  /l   '  ,  ~", "        ~~   -'  ,", " ' .  ,.  ~  ^", "     (v/)  ", "  ,  ;  1/  ",
         "                 ~~~~/  ok  ", " '    -~~-   . "]


def furniture(lines, d, r, mode):
    """Stamps, handwriting read as noise, running headers and page numbers, form feeds."""
    lang = d["lang"]
    tl = "fr" if lang == "fr" else "en"
    lines = list(lines)
    if d.get("stamp") and d["date"]:
        sd = d["date"] + dt.timedelta(days=r.randint(10, 120))
        stamp = r.choice([
            ["", "                              C L A S S I F I E D", f"                              {sd.strftime('%b %d %Y').upper()}"],
            ["", f"        CLASSIFIED / CLASSIFIÉ     {sd.strftime('%Y -%m- %d')}", ""],
            ["", "                         REÇU - RECEIVED", f"                         {sd.strftime('%d %b %Y').upper()}",
             "                         CLASSIFICATION"],
            ["", f"   CLASSIFIÉ  {sd.strftime('%y.%m.%d')}   DRH/HRD", ""],
        ])
        first = next(i for i, (t, _) in enumerate(lines) if t == "hd")
        at = max(i for i, (t, _) in enumerate(lines[:first]) if t == "h") + 1 - r.randint(0, 3)
        lines[at:at] = [("x", s) for s in stamp]
    for _ in range(d.get("noise", 0)):
        at = r.randint(3, len(lines) - 2)
        lines.insert(at, ("x", r.choice(NOISE)))
    per = r.randint(46, 58) if mode != "pdf" else 58
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    N = len(pages)
    dept = T.DEPTS[d["dept"]][3 if tl == "fr" else 2]
    foot = r.choice(["page_of", "dash", "bare", "slash"])
    runhead = r.random() < 0.5
    ff = mode == "text" and r.random() < 0.5
    out = []
    for n, pg in enumerate(pages, 1):
        if n > 1 and runhead:
            rh = (f"{dept} - Description de poste - {d['pos_no']}" if tl == "fr" else f"{dept} - EX Position Description - Pos. {d['pos_no']}")
            out += [("x", rh), ("x", "")]
        out += pg
        if N > 1 or r.random() < 0.5:
            f = {"page_of": f"Page {n} {'de' if tl == 'fr' else 'of'} {N}", "dash": f"- {n} -", "bare": str(n),
                 "slash": f"{n}/{N}"}[foot]
            out += [("x", ""), ("x", f.rjust(60) if foot == "bare" else f.center(60).rstrip())]
        if n < N:
            out.append(("ff", "\f" if ff else ""))
    return out


def flatten(lines):
    return "\n".join(s for _, s in lines).replace("\n\f\n", "\n\f") + "\n"


def ocr_run(lines):
    """One long run per page, as a page's text comes out of some OCR tools."""
    pages, cur = [], []
    for t, s in lines:
        if t == "ff":
            pages.append(cur); cur = []  # noqa: E702
        elif s.strip() and set(s.strip()) != {"_"}:
            cur.append(s.strip())
    pages.append(cur)
    body = "\n".join(" ".join(p) for p in pages)
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body


def columns(d, header, sec, r, glue):
    """A page whose two columns (fields and dimensions left, prose right) are read across the line."""
    left = []
    for lab, v in header:
        left += [f"{lab}:"] + ["  " + x for x in v.split("\n")]
    for key, items in sec:
        if key in ("dim", "org"):
            left.append(heading(key, d["lang"], d["hpick"]).upper())
            for tag, v in items:
                if tag == "kv":
                    left.append(f"{v[0]}: {v[1]}")
                elif tag in ("p", "li"):
                    left += wrap(v, 38, r, 0)
                else:
                    left.append(v.strip())
    right = []
    for key, items in sec:
        if key in ("ga", "ns", "sa"):
            right += ["", heading(key, d["lang"], d["hpick"]).upper()]
            for tag, v in items:
                right += wrap(v, 50, r, 0.3)
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    lw = 44
    out = [("x", "EXECUTIVE POSITION DESCRIPTION" if d["lang"] != "fr" else "DESCRIPTION DE POSTE - CADRES DE DIRECTION"), ("x", "")]
    for a, b in zip(left, right):
        if glue == "pad":
            out.append(("h", (f"{a:<{lw}}{b}" if len(a) < lw - 1 else f"{a}  {b}").rstrip()))
        else:
            out.append(("h", f"{a} {b}".strip()))
    tail = [k for k in sec if k[0] == "cert"]
    for key, items in tail:
        out += [("x", ""), ("hd", heading(key, d["lang"], d["hpick"]))]
        for tag, v in items:
            if tag == "p":
                out += [("p", x) for x in wrap(v, 70, r, 0)]
            elif tag == "sig":
                out += [("x", "_" * 30)] + [("n", x) for x in v.split("\n")]
    return out


def markdown(d, header, sec, r):
    lang = d["lang"]
    out = ["# " + ("Description de travail" if lang == "fr" else "Work Description"), ""]
    out += ["## " + ("Renseignements sur le poste" if lang == "fr" else "Position Details"), ""]
    for lab, v in header:
        out.append(f"*   **{lab[0] + lab[1:].lower() if lab.isupper() else lab}:** {v.replace(chr(10), ' / ')}")
    out.append("")
    for key, items in sec:
        hd = heading(key, lang, d["hpick"])
        out += ["## " + (hd[0] + hd[1:].lower() if hd.isupper() else hd), ""]
        k = 0
        for tag, v in items:
            if tag == "p":
                out += [v, ""]
            elif tag == "h2":
                out += ["### " + v, ""]
            elif tag == "li":
                k += 1
                out.append(f"{k}.  {v}")
            elif tag == "raw":
                out.append("    " + v)
            elif tag == "kv":
                out.append(f"*   **{v[0]}:** {v[1]}")
            elif tag == "sig":
                a, b = v.split("\n")
                out += ["", f"**{a}**  ", b, ""]
        out.append("")
    text = "\n".join(out).rstrip() + "\n"
    if d.get("wrapper"):
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    return text


def docx_file(d, header, sec, r):
    import docx
    doc = docx.Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title, cp.comments = "", "", "", ""
    cp.created = cp.modified = dt.datetime(2009, 3, 2, 9, 0, 0)
    cp.revision = 1
    lang = d["lang"]
    doc.add_paragraph(("DESCRIPTION DE POSTE" if lang == "fr" else "EXECUTIVE POSITION DESCRIPTION"))
    tab = doc.add_table(rows=0, cols=2)
    for lab, v in header:
        row = tab.add_row().cells
        row[0].text, row[1].text = lab, v
    for key, items in sec:
        doc.add_paragraph(heading(key, lang, d["hpick"]).upper())
        reps_rows = [v for tag, v in items if tag == "raw"]
        for tag, v in items:
            if tag == "p":
                doc.add_paragraph(v)
            elif tag == "h2":
                doc.add_paragraph(v)
            elif tag == "li":
                doc.add_paragraph("•\t" + v)
            elif tag == "kv":
                doc.add_paragraph(f"{v[0]}:\t{v[1]}")
            elif tag == "sig":
                doc.add_paragraph("_" * 30)
                for x in v.split("\n"):
                    doc.add_paragraph(x)
        if reps_rows and key == "org":  # the direct reports as a Word table
            import re
            rows = [re.split(r"\s{2,}", v.strip()) for v in reps_rows]
            tb = doc.add_table(rows=0, cols=3)
            for row in rows:
                cells = tb.add_row().cells
                for c, v in zip(cells, row + [""] * (3 - len(row))):
                    c.text = v
        else:
            for v in reps_rows:
                doc.add_paragraph(v)
    buf = io.BytesIO()
    doc.save(buf)
    # fixed zip dates, so that the bytes are the same on every run
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2009, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def pdf_pages(lines, per=70):
    pages, cur = [], []
    for t, s in lines:
        if t == "ff":
            pages.append("\n".join(cur)); cur = []  # noqa: E702
        else:
            cur.append(s.replace("\t", "    ")[:100])
    pages.append("\n".join(cur))
    res = []
    for p in pages:
        ls = p.split("\n")
        for i in range(0, len(ls), per):
            res.append("\n".join(ls[i:i + per]))
    return res


# ---------------------------------------------------------------------------- the documents

# pid: file name and how the document survived
OPTS = {
    1: dict(name="EX Position Description - Dir CEC Ops Manitoba 1985.txt", strength=2, stamp=1, noise=2, layout="boxes"),
    2: dict(name="Directeur régional, Opérations douanières 1986.txt", strength=1, stamp=1, noise=1),
    3: dict(name="DIAND Band Support & Capital Mgmt EX1 (scan).txt", strength=2, noise=1, minus1=True),
    4: dict(name="DIRSUPER.TXT", layout="tab"),
    5: dict(name="DT Directeur régional SRV Québec 1989.txt", strength=3, stamp=1, noise=2),
    6: dict(name="Director General, Immigration Policy - Directeur général, Politique d'immigration 1990.pdf", strength=1),
    8: dict(name="Regional Director Aviation Atlantic (1991) scan.txt", strength=1, glue="pad"),
    9: dict(name="Directeur, Gestion des pêches - Golfe.txt", style="wp"),
    10: dict(name="Director, Sudbury Taxation Centre 1992 DRAFT.txt", strength=1, signers=0),
    11: dict(name="Politique de la radiodiffusion EX-01.txt", strength=1, run=True),
    12: dict(name="OLSP_DIR.TXT", wp_junk=True, no_reports=True),
    13: dict(name="Food Inspection Ops Western Region 1993 - signed.pdf", strength=1, stamp=1, signers=2),
    14: dict(name="Directeur exécutif, Assurance (Québec) 1994.txt", strength=2, noise=1),
    15: dict(name="DG ISP Operations 1994 FINAL.txt", strength=1, stamp=1),
    16: dict(name="Director, Real Property Services, Pacific Region.txt", style="type"),
    17: dict(name="TPSGC - Directeur, Opérations d'approvisionnement (1).pdf", strength=1),
    18: dict(name="RDG NWT Region 1996.txt", strength=2, noise=1, stamp=1),
    19: dict(name="Director, Pension Adjudication - Directeur, Arbitrage des pensions.txt", strength=1),
    20: dict(name="Directeur, BSF de Québec 1996.txt", strength=1, run=True),
    21: dict(name="Director, Heritage Programs, Ontario Region (converted).docx"),
    22: dict(name="Warden Stony Mountain 1997.txt", strength=2, minus1=True, stamp=1),
    23: dict(name="DIROPREC.TXT"),
    24: dict(name="Regional Director, Environmental Protection - Atlantic 1998.txt", strength=1, glue="pad"),
    25: dict(name="Directeur général régional, Québec 1998.txt", strength=1, stamp=1),
    26: dict(name="Spectrum Management Operations 1998.pdf", strength=1),
    27: dict(name="Director, Summerside Tax Centre (EX-02) 1999.txt", style="wp"),
    29: dict(name="Windsor Customs Border Services Director 2000.txt", strength=1, run=True),
    30: dict(name="DG Programmes de perfectionnement en gestion 2000.txt"),
    31: dict(name="EI Benefits Processing Bathurst - bilingual 2001.pdf", strength=1),
    32: dict(name="DG Pacific Forestry Centre 2001 scan.txt", strength=1, noise=1),
    33: dict(name="Directeur régional Sciences Mont-Joli 2002.txt", strength=1, glue="space"),
    34: dict(name="ED Saskatchewan 2002 FINAL (2).txt", sup_mode="none"),
    35: dict(name="Directeur, Services de traduction parlementaire 2003.txt", strength=1),
    37: dict(name="CRD Saint-Jean - description du directeur 2004.txt", style="wp"),
    38: dict(name="Director, CPP Disability Operations 2004.md", wrapper=True),
    39: dict(name="DG Labour Program Operations 2005 - signed.txt", strength=1, run=True, signers=2),
    40: dict(name="ASFC Directeur Opérations frontalières Québec 2005.pdf", strength=1),
    41: dict(name="Director, Economic Development, Ontario Region 2006 FINAL.docx"),
    42: dict(name="Director Staffing Services Atlantic - Directeur Services de dotation.txt", style="type"),
    43: dict(name="Directeur, Services aux citoyens, Abitibi-Témiscamingue.md"),
    44: dict(name="Director Superannuation Client Services 2007 v3.txt"),
    45: dict(name="Directeur régional, SMC Québec 2008.txt", strength=1, run=True),
    46: dict(name="scan 0047 - DT Centres d'immigration.txt", strength=3, noise=2),
    47: dict(name="Marine Safety Pacific - undated.txt", strength=1, no_reports=True),
}
# second versions of a position: (pid, options, changes to the facts)
VERSIONS = [
    (10, dict(name="Director, Sudbury Taxation Centre 1992 - signed.txt", strength=1, stamp=1, signers=2), {}),
    (25, dict(name="Directeur général régional, Québec - révisée 2001.txt", kind="text", style="wp"),
     dict(date=dt.date(2001, 4, 1), salary_factor=1.18)),
]


def not_stated(f):
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date", "direct_reports",
                      "salary", "o_and_m", "total", "location") if f[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if f["supervisor"][k] is None]
    order = ["title", "classification", "job_code", "position_number", "effective_date", "supervisor.position_number",
             "supervisor.title", "supervisor.classification", "direct_reports", "salary", "o_and_m", "total", "location"]
    return sorted(ns, key=order.index)


def make_wd(p, o, changes):
    d, r = plan(p)
    name = o["name"]
    rr = random.Random(f"{SEED}-{name}")
    kind = o.get("kind", d["kind"])
    d["kind"] = kind
    for k in ("layout", "wp_junk", "no_reports", "sup_mode", "wrapper"):
        if k in o:
            d[k] = o[k]
    if "signers" in o:
        while len(d["signers"]) < o["signers"]:
            d["signers"].append(person(r, "fr" if d["lang"] == "fr" else "en"))
        d["signers"] = d["signers"][:o["signers"]]
    if o.get("minus1"):
        i = max(range(len(d["reports"])), key=lambda j: d["reports"][j]["fte"] or 0)
        d["reports"][i]["cls"] = "EX Minus 1"
    if changes.get("date"):
        d["date"] = changes["date"]
    if changes.get("salary_factor"):
        d["salary"] = int(d["salary"] * changes["salary_factor"]) // 10000 * 10000
        d["total"] = d["salary"] + d["om"]
    if d["pid"] == 38:
        d["sup"] = dict(title="Director General, Income Security Programs Operations", level=99, pos_no=None)
        d["sup_mode"] = "reports_to"
        d["also"]["reports_to_in_corpus"] = OPTS[15]["name"]
    if o.get("sup_mode") == "none":
        d["sup_mode"] = "none"
    d["stamp"], d["noise"] = o.get("stamp"), o.get("noise", 0)
    d["hpick"] = rr.randint(0, 2)
    header, sec, truth, people = build(d, rr)
    if d.get("sup_mode") == "none":
        truth["supervisor"] = dict(position_number=None, title=None, classification=None)
    strength = o.get("strength", 0)
    if kind == "ocr":
        lines = render_text(d, header, sec, rr, "type")
        lines = damage(furniture(lines, d, rr, "ocr"), rr, strength, d)
        data = (ocr_run(lines) if o.get("run") else flatten(lines)).encode("utf-8")
    elif kind == "ocr-columns":
        lines = columns(d, header, sec, rr, o.get("glue", "pad"))
        lines = damage(furniture(lines, d, rr, "ocr"), rr, strength, d)
        data = flatten(lines).encode("utf-8")
    elif kind == "text":
        lines = furniture(render_text(d, header, sec, rr, o.get("style", "wp")), d, rr, "text")
        data = flatten(lines).encode("utf-8")
    elif kind == "text-cp1252":
        lines = furniture(render_text(d, header, sec, rr, o.get("style", "wp")), d, rr, "text")
        text = flatten(lines).replace("'", "\u2019").replace("\n", "\r\n")
        data = text.encode("cp1252")
    elif kind == "pdf":
        lines = render_text(d, header, sec, rr, "type")
        lines = damage(furniture(lines, d, rr, "pdf"), rr, strength, d)
        data = pdf_bytes(pdf_pages(lines))
    elif kind == "docx":
        data = docx_file(d, header, sec, rr)
    elif kind == "markdown":
        data = markdown(d, header, sec, rr).encode("utf-8")
    else:
        raise ValueError(kind)
    if d.get("sup_mode") == "none":
        pass
    also = dict(fte=d["also"].get("fte"), operating_budget=d["also"].get("operating_budget"),
                program_budget=d["also"].get("program_budget"), provisional_number=None)
    for k in ("title_fr", "reports_to_in_corpus"):
        if k in d["also"]:
            also[k] = d["also"][k]
    exp = dict(document=name, kind=kind, language=LANG[d["lang"]], outcome="import", fields=truth,
               not_stated=not_stated(truth), also=also, people=people, versions=None)
    return name, data, exp


REFUSE = []


def refusals():
    r = random.Random(f"{SEED}-refuse")
    docs = []
    # a memo about EX descriptions (cp1252, CRLF)
    memo = """MEMORANDUM                                  NOTE DE SERVICE

TO / À:          Regional Directors General, all regions
FROM / DE:       Director, Classification and Organization, Personnel Branch
DATE:            March 17, 1993
FILE / DOSSIER:  4025-1-EX
SUBJECT / OBJET: EX work descriptions for the 1993 classification review

The Treasury Board's review of the Executive Group requires that every EX work description in
the department be current and signed by June 30, 1993. Attached is the list of the 41 EX-1 to
EX-3 positions in your region's establishment, with the date of each position's last
classification decision.

Please confirm, for each position, whether the work description on file is still accurate.
Where it is not, a revised description should be sent to my office in the standard format
(General Accountability, Organization Structure, Nature and Scope, Dimensions, Specific
Accountabilities), with the person-years and the salary and O&M budgets in thousands of
dollars.

Questions may be directed to Lorraine Pettigrew, Senior Classification Advisor, at 997-4410.


Douglas Haldane
Director, Classification and Organization

Attach.
c.c.  Wayne Kowalchuk, Executive Services
"""
    name = "Memo - EX work descriptions for classification review 1993.txt"
    docs.append((name, memo.replace("'", "\u2019").replace("\n", "\r\n").encode("cp1252"), "text-cp1252", "bi",
                 ["Lorraine Pettigrew", "Douglas Haldane", "Wayne Kowalchuk"]))
    # a French letter of offer for an acting appointment, OCR'd
    offre = """--- Structured Job Description ---


--- Full Extracted Text ---
Développement des ressources humaines Canada Direction générale des ressources humaines Hull (Québec) K1A OJ9 Le 14 octobre I997 PERSONNEL ET CONFIDENTIEL Madame Ginette Paradis 12, rue Laurier Hull (Québec) Madame, J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Services de gestion (EX-O1), poste no 4471O, à compter du 2O octobre 1997 et jusqu'au 31 mars 1998. Votre traitement sera fixé conformément au Règlement sur les conditions d'emploi des cadres de direction, dans l'échelle de 74 2OO $ à 87 3OO $. Les autres conditions d'emploi demeurent inchangées. Veuillez signer les deux exemplaires de la présente lettre et nous en retourner un au plus tard le 17 octobre 1997. Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués. Yvon Lachance Directeur général, Ressources humaines J'accepte l'offre décrite ci-dessus ~ ,/ G. Paradis Date : 97-1O-16
"""
    docs.append(("Lettre d'offre - nomination intérimaire EX-01 (signée).txt", offre.encode("utf-8"), "ocr", "fr",
                 ["Ginette Paradis", "Yvon Lachance", "G. Paradis"]))
    # minutes of a classification committee (French, WordPerfect text)
    pv = """                    PROCÈS-VERBAL
        COMITÉ DE CLASSIFICATION DES POSTES EX
             Réunion du 12 mars 1998

Présents :   Francine Bouchard (présidente)
             Marcel Gauthier
             Neil Chisholm
Secrétaire : Johanne Ouellet

1.  Adoption de l'ordre du jour
    L'ordre du jour est adopté sans modification.

2.  Poste no 30118, Directeur, Opérations régionales (Région du Québec)
    Le comité a examiné la description de travail révisée. Les responsabilités
    en matière de ressources financières (4 250 k$) et l'effectif (62 a.-p.)
    justifient le maintien du niveau EX-01. Décision : EX-01, en vigueur le
    1er avril 1998.

3.  Poste no 30240, Directeur général régional
    La description est renvoyée au secteur pour préciser la structure
    organisationnelle et les dimensions. Le point sera réexaminé à la
    prochaine réunion.

4.  Prochaine réunion : le 9 avril 1998.

                                        Johanne Ouellet, secrétaire
"""
    docs.append(("Procès-verbal - comité de classification 1998-03-12.txt", pv.encode("utf-8"), "text", "fr",
                 ["Francine Bouchard", "Marcel Gauthier", "Neil Chisholm", "Johanne Ouellet"]))
    # an EX performance agreement (Word)
    import docx
    doc = docx.Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by = "", ""
    cp.created = cp.modified = dt.datetime(2004, 6, 1, 9, 0, 0)
    cp.revision = 1
    doc.add_paragraph("EXECUTIVE PERFORMANCE AGREEMENT 2004-2005")
    t = doc.add_table(rows=0, cols=2)
    for a, b in [("Name", "Keith Armstrong"), ("Position", "Director, Client Services (EX-01)"),
                 ("Position Number", "56120"), ("Supervisor", "Marilyn Dobbin, Director General, Operations"),
                 ("Period", "April 1, 2004 to March 31, 2005")]:
        row = t.add_row().cells
        row[0].text, row[1].text = a, b
    doc.add_paragraph("ONGOING COMMITMENTS")
    for s in ["Deliver the Directorate's services within the approved budget of $3.2M and 48 FTEs.",
              "Meet the service standard of 21 days for 90% of applications.",
              "Complete the Directorate's human resources plan by September 30, 2004."]:
        doc.add_paragraph("•\t" + s)
    doc.add_paragraph("KEY COMMITMENTS")
    doc.add_paragraph("1.\tImplement the new case management system in the three regional offices.")
    doc.add_paragraph("2.\tReduce the backlog of reconsiderations by 25% by March 31, 2005.")
    doc.add_paragraph("LEADERSHIP COMMITMENTS")
    doc.add_paragraph("Values and ethics, strategic thinking, engagement, management excellence.")
    doc.add_paragraph("Signed: Keith Armstrong (Executive)     Marilyn Dobbin (Supervisor)     Date: 2004-06-15")
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2004, 6, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    docs.append(("Performance Agreement 2004-05 - signed.docx", out.getvalue(), "docx", "en",
                 ["Keith Armstrong", "Marilyn Dobbin"]))
    # a scan the OCR could not read
    chars = "il1|!.,:;'`~-_=^ IIl rn mn ii"
    rows = []
    for _ in range(38):
        n = r.randint(20, 70)
        rows.append("".join(r.choice(chars) for _ in range(n)).strip())
    rows.insert(3, "E X E C U T l V E   P O S l T l O N  ....  ~~ .  ' ,")
    rows.insert(20, "ll    ,   .    I       ' .           3 l      ,,")
    noise = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(rows) + "\n"
    docs.append(("SCAN0012.txt", noise.encode("utf-8"), "ocr", "en", []))
    # a PDF of a scan without a text layer
    docs.append(("scan_0031.pdf", pdf_bytes(["", "", ""]), "pdf", "en", []))
    out = []
    for name, data, kind, lang, people in docs:
        out.append((name, data, dict(document=name, kind=kind, language=LANG[lang], outcome="refuse", fields=None,
                                     not_stated=[], also=None, people=people, versions=None)))
    return out


def main():
    for folder in (CORPUS, EXPECTED):
        folder.mkdir(exist_ok=True)
        for f in folder.iterdir():
            f.unlink()
    rows = {p[0]: p for p in T.POSITIONS}
    made = []
    for p in T.POSITIONS:
        made.append(make_wd(p, OPTS[p[0]], {}))
    groups = {}
    for pid, o, ch in VERSIONS:
        made.append(make_wd(rows[pid], o, ch))
        groups[pid] = [OPTS[pid]["name"], o["name"]]
    by_name = {m[0]: m for m in made}
    for pid, names in groups.items():
        for n in names:
            by_name[n][2]["versions"] = dict(documents=names, newest=names[-1])
    made += refusals()
    seen = set()
    for name, data, exp in made:
        assert name not in seen, name
        seen.add(name)
        (CORPUS / name).write_bytes(data)
        (EXPECTED / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")
    print(f"{len(made)} documents written to {CORPUS}")


if __name__ == "__main__":
    main()
