#!/usr/bin/env python3
"""Write the blind86 corpus: EX work descriptions and documents to refuse, and their ground truth.

    python bench/import/blind86/make_blind.py

Writes corpus/ and expected/ next to this file, the same bytes on every run (a fixed seed; the
PDFs written by pdfgen.py, the .docx by python-docx with fixed dates and zip times). The emphasis
is on PDF text layers as different producers leave them (pypdf reads them): letter-spaced
words, ligature glyphs and private-use code points, two columns read across, text boxes and
table cells out of order, running headers and footers, hyphenated line ends, a flattened form's
values after all its labels, an OCR layer under a scan."""
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
sys.path.insert(0, str(HERE))
import pdfgen  # noqa: E402
import texts  # noqa: E402
from pdfgen import Item, Page  # noqa: E402

SEED = 8686
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."]
LEVEL_EN = {1: "Director", 2: "Executive Director", 3: "Director General", 4: "Assistant Deputy Minister"}
LEVEL_FR = {1: ("Directeur", "Directrice"), 2: ("Directeur exécutif", "Directrice exécutive"),
            3: ("Directeur général", "Directrice générale"), 4: ("Sous-ministre adjoint", "Sous-ministre adjointe")}


# --- notations ------------------------------------------------------------------------------------

def cls_text(cls: str, style: str) -> str:
    group, level = cls.rsplit("-", 1)
    if not group.startswith("EX"):
        return cls
    return {"dash": cls, "space": f"{group} {level}", "short": f"{group}-{int(level)}", "paren": f"({cls})",
            "solid": f"{group}{level}"}[style]


def date_text(d: dt.date, lang: str, style: int) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        forms = [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(), f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                 f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat(),
                 f"{day} {MONTHS_FR_ABBR[d.month - 1]} {d.year}"]
    else:
        th = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
        forms = [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", d.isoformat(),
                 f"{MONTHS_EN_ABBR[d.month - 1]} {d.day}, {d.year}", f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}",
                 f"{MONTHS_EN[d.month - 1]} {d.day}{th}, {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}"]
    return forms[style % len(forms)]


def _trim(x: float) -> str:
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return s


def money(v: int, lang: str, style: int) -> str:
    if lang == "fr":
        sp = "\u00a0" if style % 2 else " "
        if style == 0:
            return f"{v:,}".replace(",", sp) + " $"
        if style == 1:
            return (_trim(v / 1e6).replace(".", ",") + " M$") if v >= 1_000_000 else f"{v // 1000} k$"
        if style == 2:
            return f"{v:,}".replace(",", " ") + ",00 $"
        if style == 3:
            return (_trim(v / 1e6).replace(".", ",") + " millions $") if v >= 1_000_000 else f"{v:,}".replace(",", " ") + " $"
        return f"{v // 1000:,}".replace(",", " ") + " k$"
    if style == 0:
        return f"${v:,}"
    if style == 1:
        return f"${_trim(v / 1e6)}M" if v >= 1_000_000 else f"${v // 1000}K"
    if style == 2:
        return f"${v // 1000:,}K"
    if style == 3:
        return f"${_trim(v / 1e6)} million" if v >= 1_000_000 else f"${v:,}"
    return f"${v:,}.00"


def fte_text(n: int, lang: str, style: int) -> str:
    if n == 1 and style % 4 in (0, 1, 3):
        return "1 ETP" if lang == "fr" else "1 FTE"
    if n == 1 and lang == "fr":
        return "1 équivalent temps plein"
    if lang == "fr":
        return [f"{n} ETP", f"effectif de {n}", f"{n} équivalents temps plein", f"{n} ETP"][style % 4]
    return [f"{n} FTEs", f"{n} FTE", f"staff of {n}", f"{n} FTE's"][style % 4]


LABELS = {
    "en": dict(title=["Position Title", "Title", "Job Title", "POSITION TITLE"],
               cls=["Classification", "Group and Level", "Group/Level", "Level"],
               job_code=["Job Code", "Position Job Code", "Job Code No.", "Generic Job Code"],
               posno=["Position Number", "Position No.", "Pos. No.", "Position #"],
               eff=["Effective Date", "Effective date", "Date Effective", "Classification Effective Date"],
               sup_posno=["Supervisor's Position No.", "Supervisor Position Number", "Reports to (Position No.)"],
               sup_title=["Supervisor's Position Title", "Reports to", "Supervisor Title"],
               sup_cls=["Supervisor's Classification", "Supervisor Group/Level", "Supervisor's Level"],
               location=["Location", "Geographic Location", "Work Location"],
               dept=["Department", "Organization", "Department/Agency"], branch=["Branch", "Sector", "Branch - Service"],
               incumbent=["Incumbent", "Incumbent name", "Name of incumbent"]),
    "fr": dict(title=["Titre du poste", "Titre", "Intitulé du poste", "TITRE DU POSTE"],
               cls=["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
               job_code=["Code d'emploi", "No du code d'emploi", "Code de l'emploi"],
               posno=["Numéro du poste", "No de poste", "N° du poste"],
               eff=["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le"],
               sup_posno=["No de poste du superviseur", "Numéro de poste du surveillant", "Relève du poste no"],
               sup_title=["Titre du poste du superviseur", "Relève de", "Titre du surveillant"],
               sup_cls=["Classification du superviseur", "Groupe et niveau du superviseur", "Niveau du surveillant"],
               location=["Lieu", "Emplacement géographique", "Lieu de travail"],
               dept=["Ministère", "Organisation", "Ministère/organisme"], branch=["Direction générale", "Secteur"],
               incumbent=["Titulaire", "Nom du titulaire"]),
}
HEADINGS = {
    "en": dict(doc=["EXECUTIVE WORK DESCRIPTION", "Executive Group Position Description", "WORK DESCRIPTION - EX GROUP",
                    "Job Description"],
               ident=["Position Identification", "Position Details", "IDENTIFICATION"],
               ga=["General Accountability", "GENERAL ACCOUNTABILITY", "Purpose of the Position"],
               org=["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Structure"],
               ns=["Nature and Scope", "NATURE & SCOPE", "Context"],
               dims=["Dimensions", "DIMENSIONS", "Financial and Human Resource Dimensions"],
               sa=["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Activities"],
               cert=["Certification", "CERTIFICATION", "Signatures"]),
    "fr": dict(doc=["DESCRIPTION DE TRAVAIL DE LA DIRECTION", "Description de poste - Groupe de la direction",
                    "DESCRIPTION DE TRAVAIL - GROUPE EX"],
               ident=["Identification du poste", "Renseignements sur le poste", "IDENTIFICATION"],
               ga=["Responsabilité générale", "RESPONSABILITÉS GÉNÉRALES", "Raison d'être du poste"],
               org=["Structure organisationnelle", "STRUCTURE DE L'ORGANISATION", "Organisation"],
               ns=["Nature et étendue", "NATURE ET PORTÉE", "Contexte"],
               dims=["Dimensions", "DIMENSIONS", "Ressources financières et humaines"],
               sa=["Responsabilités spécifiques", "ACTIVITÉS PRINCIPALES", "Responsabilités particulières"],
               cert=["Attestation", "ATTESTATION", "Signatures"]),
}
DIM_LABELS = {
    "en": dict(fte=["FTEs", "Full-time equivalents", "Number of FTEs", "Human resources (FTEs)"],
               salary=["Salary", "Salary budget", "Salaries", "Salary Budget"],
               om=["O&M", "Operating and Maintenance", "O&M budget", "Operations and Maintenance (O&M)"],
               total=["Total", "Total budget", "Total operating budget", "Total Salary and O&M"],
               prog=["Program budget (Gs&Cs)", "Grants and contributions", "Program Budget"]),
    "fr": dict(fte=["ETP", "Équivalents temps plein", "Nombre d'ETP", "Ressources humaines (ETP)"],
               salary=["Salaires", "Budget salarial", "Budget des salaires"],
               om=["F et E", "Fonctionnement et entretien", "Budget de F et E", "F&E"],
               total=["Total", "Budget total", "Budget de fonctionnement total"],
               prog=["Budget de programme (S et C)", "Subventions et contributions"]),
}


# --- positions --------------------------------------------------------------------------------------

def person(rng, lang):
    if lang == "fr" or (lang == "bi" and rng.random() < 0.5):
        return f"{rng.choice(texts.FIRST_FR)} {rng.choice(texts.LAST_FR)}"
    return f"{rng.choice(texts.FIRST_EN)} {rng.choice(texts.LAST_EN)}"


def make_position(rng, n, lang, used):
    counts = [sum(1 for _, g in used if g == f) for f in range(len(texts.FUNCTIONS))]
    fewest = [f for f, c in enumerate(counts) if c == min(counts)]
    dcounts = [sum(1 for e, _ in used if e == d) for d in range(len(texts.DEPARTMENTS))]
    dfewest = [d for d, c in enumerate(dcounts) if c == min(dcounts)]
    f = rng.choice(fewest)
    d = rng.choice(dfewest)
    used.add((d, f))
    dept = texts.DEPARTMENTS[d]
    func = texts.FUNCTIONS[f]
    level = rng.choices([1, 2, 3, 4], [45, 20, 28, 7])[0]
    fem = rng.random() < 0.45
    title_en = f"{LEVEL_EN[level]}, {func['en']}"
    title_fr = f"{LEVEL_FR[level][1 if fem else 0]}, {func['fr']}"
    cls = f"EX-{level:02d}"
    if level == 1:
        sup_level = rng.choice([2, 3, 3])
    elif level == 4:
        sup_level = 5
    else:
        sup_level = level + 1 if level == 2 else 4
    if sup_level == 5:
        sup_en, sup_fr, sup_cls = "Senior Assistant Deputy Minister, Corporate Services", "Sous-ministre adjoint principal, Services ministériels", "EX-05"
    elif sup_level == 4:
        sup_en, sup_fr = texts.BRANCH_HEADS[func["branch"][0]]
        sup_cls = "EX-04"
    else:
        parent = rng.choice([x for x in texts.FUNCTIONS if x["branch"] == func["branch"]])
        sup_en = f"{LEVEL_EN[sup_level]}, {parent['en'] if parent is not func else func['en'] + ' and Planning'}"
        sup_fr = f"{LEVEL_FR[sup_level][0]}, {parent['fr'] if parent is not func else func['fr'] + ' et planification'}"
        sup_cls = f"EX-{sup_level:02d}"
    reports = []
    picks = rng.sample(func["reports"], k=min(len(func["reports"]), rng.randint(2, 4)))
    for en, fr, grp in picks:
        reports.append(dict(en=en, fr=fr, cls=grp, fte=rng.choice([1, 4, 6, 8, 9, 11, 12, 14, 17, 22, 26, 35, 48])))
    if level >= 2 and rng.random() < 0.6:
        sibs = [x for x in texts.FUNCTIONS if x["branch"] == func["branch"] and x is not func]
        sub = rng.choice(sibs) if sibs and rng.random() < 0.6 else func
        reports.insert(0, dict(en=f"Director, {sub['en']}" if sub is not func else f"Director, {func['en']} Operations",
                               fr=f"Directeur, {sub['fr']}" if sub is not func else f"Directeur, Opérations - {func['fr']}",
                               cls="EX-01", fte=rng.choice([18, 24, 31, 42, 57])))
    if rng.random() < 0.5:
        reports.append(dict(en="Executive Assistant", fr="Adjointe exécutive", cls=rng.choice(["AS-02", "AS-03", "CR-05"]), fte=1))
    fte_total = sum(r["fte"] for r in reports) + rng.randint(1, 6)
    salary = round(fte_total * rng.uniform(88, 112), 0) * 1000
    salary = int(round(salary / 10000) * 10000)
    om = int(rng.choice([48, 71, 96, 135, 182, 240, 315, 420, 585, 760, 1150, 2340]) * 1000)
    city = rng.choice(dept[4])
    posno = rng.choice([str(rng.randint(10000, 99999)), str(rng.randint(100000, 999999)), f"{rng.randint(10000, 99999):08d}",
                        str(rng.randint(1000, 9999))])
    eff = dt.date(rng.randint(2011, 2024), rng.randint(1, 12), rng.randint(1, 28))
    return dict(n=n, lang=lang, dept=dept, func=func, level=level, fem=fem, title_en=title_en, title_fr=title_fr, cls=cls,
                job_code=rng.choice([str(rng.randint(100000, 109999)), str(rng.randint(100000, 109999)), f"EX-{rng.randint(1000, 9999)}"]),
                posno=posno, eff=eff, sup=dict(posno=str(rng.randint(10000, 99999)), en=sup_en, fr=sup_fr, cls=sup_cls),
                reports=reports, salary=salary, om=om, total=salary + om, fte=fte_total,
                prog=rng.choice([None, None, None, rng.randint(3, 90) * 1_000_000]),
                city=city, incumbent=person(rng, lang), signer=person(rng, lang), hr=person(rng, lang))


def decide(rng, p):
    """Which fields this document states, and how it writes them."""
    s = dict(
        job_code=rng.random() < 0.5, posno=rng.random() < 0.88, eff=rng.random() < 0.82,
        sup_mode=rng.choice(["fields", "fields", "fields2", "sentence", "sentence"]),
        sup_cls=rng.random() < 0.88,
        rep_mode=rng.choice(["list", "list", "table", "prose", "dashlist"]),
        rep_cls=rng.random() < 0.9, rep_fte=rng.random() < 0.82,
        money=rng.choice(["all", "all", "all", "so", "total", "so"]), location=rng.random() < 0.85,
        incumbent=rng.random() < 0.4, clsstyle=rng.choice(["dash", "dash", "dash", "space", "short", "paren", "solid"]),
        datestyle=rng.randrange(7), moneystyle=rng.randrange(5), ftestyle=rng.randrange(4),
        lab={k: rng.randrange(10) for k in LABELS["en"]}, head={k: rng.randrange(10) for k in HEADINGS["en"]},
        dimlab={k: rng.randrange(10) for k in DIM_LABELS["en"]}, template=rng.random() < 0.15,
        ident_first=rng.random() < 0.85, sa_count=rng.randint(4, 7), fte_stated=rng.random() < 0.8,
    )
    if not s["rep_cls"] and not s["rep_fte"]:
        s["rep_fte"] = True
    return s


# --- the logical document ---------------------------------------------------------------------------

def L(lang, key, s):
    opts = LABELS["en" if lang == "en" else "fr"][key]
    if lang == "bi":
        return f"{LABELS['en'][key][s['lab'][key] % len(LABELS['en'][key])]} / {opts[s['lab'][key] % len(opts)]}"
    return opts[s["lab"][key] % len(opts)]


def H(lang, key, s):
    if lang == "bi":
        en, fr = HEADINGS["en"][key], HEADINGS["fr"][key]
        return f"{en[s['head'][key] % len(en)]} / {fr[s['head'][key] % len(fr)]}"
    opts = HEADINGS[lang][key]
    return opts[s["head"][key] % len(opts)]


def D(lang, key, s):
    lg = "fr" if lang == "fr" else "en"
    opts = DIM_LABELS[lg][key]
    if lang == "bi":
        return f"{DIM_LABELS['en'][key][s['dimlab'][key] % len(DIM_LABELS['en'][key])]} / {DIM_LABELS['fr'][key][s['dimlab'][key] % len(DIM_LABELS['fr'][key])]}"
    return opts[s["dimlab"][key] % len(opts)]


def report_line(r, lang, s, idx):
    lg = "fr" if lang == "fr" else "en"
    title = r["fr"] if lg == "fr" else r["en"]
    cls = cls_text(r["cls"], s["clsstyle"]) if (s["rep_cls"] and r["cls"]) else None
    fte = fte_text(r["fte"], lg, s["ftestyle"]) if (s["rep_fte"] and r["fte"] is not None) else None
    form = (s["n"] + idx * 0) % 5 if "n" in s else 0
    if s["rep_mode"] == "dashlist":
        bits = [cls, title, fte]
        if cls and fte:
            return f"{cls} - {title} ({fte})"
        return " - ".join(b for b in bits if b)
    if form == 1 and cls and fte:
        return f"{title} – {cls} – {fte}"
    if form == 2 and cls and fte:
        return f"{title} [{cls}] ({fte})"
    inner = ", ".join(b for b in [cls.strip("()") if cls else None, fte] if b)
    return f"{title} ({inner})" if inner else title


def truth_report(r, lang, s):
    lg = "fr" if lang == "fr" else "en"
    return dict(title=r["fr"] if lg == "fr" else r["en"], classification=r["cls"] if s["rep_cls"] else None,
                fte=r["fte"] if s["rep_fte"] else None)


def blocks_for(p, s):
    """The document as blocks: ('title', t) ('fields', [(label, value, key)]) ('heading', t) ('para', t)
    ('bullets', [..]) ('numbered', [..]) ('table', header, rows) ('sign', [lines])."""
    lang = p["lang"]
    lg = "fr" if lang == "fr" else "en"
    title = p["title_fr"] if lg == "fr" else p["title_en"]
    dept_name = p["dept"][1] if lg == "fr" else p["dept"][0]
    branch = p["func"]["branch"][1] if lg == "fr" else p["func"]["branch"][0]
    out = [("title", H(lang, "doc", s))]
    fields = []
    if lang == "bi":
        fields.append((L(lang, "title", s), f"{p['title_en']} / {p['title_fr']}", "title"))
    else:
        fields.append((L(lang, "title", s), title, "title"))
    fields.append((L(lang, "cls", s), cls_text(p["cls"], s["clsstyle"]), "cls"))
    if s["posno"]:
        fields.append((L(lang, "posno", s), p["posno"], "posno"))
    if s["job_code"]:
        fields.append((L(lang, "job_code", s), p["job_code"], "job_code"))
    if s["eff"]:
        fields.append((L(lang, "eff", s), date_text(p["eff"], lg, s["datestyle"]), "eff"))
    fields.append((L(lang, "dept", s), dept_name, "dept"))
    fields.append((L(lang, "branch", s), branch, "branch"))
    if s["location"]:
        c, pen, pfr = p["city"]
        loc = f"{c} ({pfr})" if lg == "fr" and s["lab"]["location"] % 2 else f"{c}, {pfr if lg == 'fr' else pen}"
        fields.append((L(lang, "location", s), loc, "location"))
    sup_title = p["sup"]["fr"] if lg == "fr" else p["sup"]["en"]
    if s["sup_mode"] in ("fields", "fields2"):
        if s["sup_mode"] == "fields":
            fields.append((L(lang, "sup_posno", s), p["sup"]["posno"], "sup_posno"))
        fields.append((L(lang, "sup_title", s), sup_title, "sup_title"))
        if s["sup_cls"]:
            fields.append((L(lang, "sup_cls", s), cls_text(p["sup"]["cls"], s["clsstyle"]), "sup_cls"))
    if s["incumbent"]:
        fields.append((L(lang, "incumbent", s), p["incumbent"], "incumbent"))
    ident = [("heading", H(lang, "ident", s)), ("fields", fields)]
    what = p["func"]["what"][1 if lg == "fr" else 0]
    if lg == "fr":
        ga = (f"Le ou la titulaire est responsable de la direction {what}, "
              f"et de la prestation de conseils stratégiques à la haute direction de {dept_name}.")
    else:
        ga = (f"The {title} is accountable for {what}, and for the provision of strategic advice and integrated "
              f"services to senior management of {dept_name}.")
    body = [("heading", H(lang, "ga", s)), ("para", ga)]
    org = [("heading", H(lang, "org", s))]
    unit = {1: ("Directorate", "direction"), 2: ("Directorate", "direction"), 3: ("Branch", "direction générale"),
            4: ("Sector", "secteur")}[p["level"]]
    if s["sup_mode"] == "sentence":
        cls_part = f" ({cls_text(p['sup']['cls'], 'dash')})" if s["sup_cls"] else ""
        if lg == "fr":
            org.append(("para", f"Le poste relève du {sup_title}{cls_part}. Il est l'un des {rng_word(p)} postes de gestion de la {unit[1]}."))
        else:
            org.append(("para", f"The position reports to the {sup_title}{cls_part} and is one of {rng_word(p)} senior management positions in the {unit[0]}."))
    else:
        if lg == "fr":
            org.append(("para", f"Le ou la titulaire est l'un des {rng_word(p)} cadres relevant du {sup_title}."))
        else:
            org.append(("para", f"The {title} is one of {rng_word(p)} senior management positions reporting to the {sup_title}."))
    rep_lines = [report_line(r, lang, s, i) for i, r in enumerate(p["reports"])]
    intro = "Les postes suivants relèvent du titulaire :" if lg == "fr" else f"Reporting to the {title} are:"
    if s["rep_mode"] == "table":
        head = ["Titre du poste", "Groupe et niveau", "ETP"] if lg == "fr" else ["Position", "Group/Level", "FTEs"]
        rows = [[(r["fr"] if lg == "fr" else r["en"]), cls_text(r["cls"], s["clsstyle"]) if s["rep_cls"] else "",
                 str(r["fte"]) if s["rep_fte"] else ""] for r in p["reports"]]
        if not s["rep_cls"]:
            head, rows = [head[0], head[2]], [[a, c] for a, b, c in rows]
        if not s["rep_fte"]:
            head, rows = head[:2], [row[:2] for row in rows]
        org += [("para", intro), ("table", head, rows)]
    elif s["rep_mode"] == "prose":
        parts = [("le " if lg == "fr" else "the ") + line for line in rep_lines]
        joined = "; ".join(parts[:-1]) + ("; et " if lg == "fr" else "; and ") + parts[-1]
        org.append(("para", (f"Relèvent du titulaire : {joined}." if lg == "fr" else f"The direct reports are {joined}.")))
    else:
        org += [("para", intro), ("bullets", rep_lines)]
    ns = [("heading", H(lang, "ns", s))]
    natures = texts.NATURE_FR if lg == "fr" else texts.NATURE_EN
    for i, para in enumerate(natures[: 2 + p["n"] % 3]):
        ns.append(("para", para.format(dept=dept_name, dept_de=dept_name, title=title, what=what)))
    dims = [("heading", H(lang, "dims", s))]
    drows = []
    m = s["moneystyle"]
    if s["fte_stated"]:
        drows.append((D(lang, "fte", s), str(p["fte"]), "fte"))
    if s["money"] in ("all", "so"):
        drows.append((D(lang, "salary", s), money(p["salary"], lg, m), "salary"))
        drows.append((D(lang, "om", s), money(p["om"], lg, m), "om"))
    if s["money"] in ("all", "total"):
        drows.append((D(lang, "total", s), money(p["total"], lg, m), "total"))
    if p["prog"]:
        drows.append((D(lang, "prog", s), money(p["prog"], lg, m), "prog"))
    dims.append(("fields", drows))
    sa = [("heading", H(lang, "sa", s))]
    acc = texts.ACCOUNTABILITY_FR if lg == "fr" else texts.ACCOUNTABILITY_EN
    boss = sup_title
    short = f"la fonction {p['func']['fr'].lower()}" if lg == "fr" else p["func"]["en"].lower()
    items = [a.format(what=what, boss=boss, short=short, unit=unit[1] if lg == "fr" else unit[0].lower())
             for a in acc[: s["sa_count"]]]
    sa.append(("numbered", items))
    sign_lines = []
    if lg == "fr":
        sign_lines += ["L'énoncé qui précède décrit avec exactitude les fonctions assignées au poste.", "",
                       f"{p['signer']}", f"{sup_title}", "Signature / Date"]
    else:
        sign_lines += ["The foregoing is an accurate and complete statement of the duties assigned to the position.", "",
                       f"{p['signer']}", f"{sup_title}", "Signature / Date"]
    cert = [("heading", H(lang, "cert", s)), ("sign", sign_lines)]
    seq = ident + body + org + ns + dims + sa + cert if s["ident_first"] else body + ident + org + dims + ns + sa + cert
    return out + seq


def rng_word(p):
    return ["three", "four", "five", "six"][p["n"] % 4] if p["lang"] != "fr" else ["trois", "quatre", "cinq", "six"][p["n"] % 4]


def truth(p, s, name, kind, versions=None):
    lang = p["lang"]
    lg = "fr" if lang == "fr" else "en"
    money_all = s["money"] in ("all", "so")
    fields = dict(
        title=p["title_fr"] if lg == "fr" else p["title_en"],
        classification=p["cls"],
        job_code=p["job_code"] if s["job_code"] else None,
        position_number=p["posno"] if s["posno"] else None,
        effective_date=p["eff"] if s["eff"] else None,
        supervisor=dict(position_number=p["sup"]["posno"] if s["sup_mode"] == "fields" else None,
                        title=p["sup"]["fr"] if lg == "fr" else p["sup"]["en"],
                        classification=p["sup"]["cls"] if s["sup_cls"] else None),
        direct_reports=[truth_report(r, lang, s) for r in p["reports"]],
        salary=p["salary"] if money_all else None, o_and_m=p["om"] if money_all else None,
        total=p["total"] if s["money"] in ("all", "total") else None,
        location=(f"{p['city'][0]}, {p['city'][2] if lg == 'fr' else p['city'][1]}") if s["location"] else None,
    )
    not_stated = [k for k in ("job_code", "position_number", "effective_date") if fields[k] is None]
    not_stated += [f"supervisor.{k}" for k in ("position_number", "classification") if fields["supervisor"][k] is None]
    not_stated += [k for k in ("salary", "o_and_m", "total", "location") if fields[k] is None]
    also = dict(fte=p["fte"] if s["fte_stated"] else None, operating_budget=None, program_budget=p["prog"],
                provisional_number=None)
    if lang == "bi":
        also["title_fr"] = p["title_fr"]
    people = [p["signer"]] + ([p["incumbent"]] if s["incumbent"] else []) + p.get("extra_people", [])
    return dict(document=name, kind=kind, language="bilingual" if lang == "bi" else lang, outcome="import", fields=fields, not_stated=not_stated,
                also=also, people=people, versions=versions)


# --- plain renderings (txt, md, docx) ------------------------------------------------------------------

def render_text(blocks, style, rng):
    """style: colon | nextline | dots | tabs | caps"""
    out = []
    for b in blocks:
        if b[0] == "title":
            out += [b[1].upper(), ""]
        elif b[0] == "heading":
            h = b[1].upper() if style in ("caps", "dots") else b[1]
            out += ["", h + (":" if style == "nextline" else ""), "-" * len(h) if style == "tabs" else ""]
            if out[-1] == "":
                out.pop()
        elif b[0] == "fields":
            for label, value, _ in b[1]:
                if style == "nextline":
                    out += [label + ":", "    " + value]
                elif style == "dots":
                    out.append(f"{label} " + "." * max(3, 34 - len(label)) + f" {value}")
                elif style == "tabs":
                    out.append(f"{label}:\t{value}")
                else:
                    out.append(f"{label}: {value}")
        elif b[0] == "para":
            out += textwrap.wrap(b[1], 90) if style != "colon" else [b[1]]
            out.append("")
        elif b[0] == "bullets":
            out += ["- " + x for x in b[1]]
        elif b[0] == "numbered":
            for i, x in enumerate(b[1], 1):
                out.append(f"{i}. {x}")
        elif b[0] == "table":
            out.append("\t".join(b[1]))
            out += ["\t".join(r) for r in b[2]]
        elif b[0] == "sign":
            out += [""] + b[1]
    return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


def render_md(blocks, rng, wrapper):
    out = ["--- Structured Job Description ---", "", ""] if wrapper else []
    for b in blocks:
        if b[0] == "title":
            out += [f"# {b[1]}", ""]
        elif b[0] == "heading":
            out += [f"## {b[1]}", ""]
        elif b[0] == "fields":
            out += [f"*   **{label}:** {value}" for label, value, _ in b[1]] + [""]
        elif b[0] == "para":
            out += [b[1], ""]
        elif b[0] == "bullets":
            out += [f"*   {x}" for x in b[1]] + [""]
        elif b[0] == "numbered":
            out += [f"{i}.  {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif b[0] == "table":
            out += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
            out += ["| " + " | ".join(r) + " |" for r in b[2]] + [""]
        elif b[0] == "sign":
            out += [x if x else "" for x in b[1]] + [""]
    return "\n".join(out)


def fixed_docx(doc) -> bytes:
    cp = doc.core_properties
    cp.created = cp.modified = dt.datetime(2021, 3, 1, 9, 0, 0)
    cp.last_modified_by = cp.author = "Classification"
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def render_docx(blocks, rng, table_fields):
    import docx
    doc = docx.Document()
    for b in blocks:
        if b[0] == "title":
            doc.add_heading(b[1], 0)
        elif b[0] == "heading":
            doc.add_heading(b[1], 1)
        elif b[0] == "fields":
            if table_fields:
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for label, value, _ in b[1]:
                    row = t.add_row().cells
                    row[0].text, row[1].text = label, value
            else:
                for label, value, _ in b[1]:
                    para = doc.add_paragraph()
                    para.add_run(label + ": ").bold = True
                    para.add_run(value)
        elif b[0] == "para":
            doc.add_paragraph(b[1])
        elif b[0] == "bullets":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif b[0] == "numbered":
            for x in b[1]:
                doc.add_paragraph(x, style="List Number")
        elif b[0] == "table":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b[1]):
                c.text = h
            for r in b[2]:
                for c, v in zip(t.add_row().cells, r):
                    c.text = v
        elif b[0] == "sign":
            for x in b[1]:
                doc.add_paragraph(x)
    return fixed_docx(doc)


# --- OCR damage ------------------------------------------------------------------------------------------

def ocr_damage(text, rng, strength=1.0):
    digit = {"0": "O", "1": "I", "5": "S", "8": "B"}
    letters = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("e", "c"), ("l", "I"), ("i", "l"), ("h", "b"), ("t", "l")]
    out = []
    words = text.split(" ")
    for w in words:
        if any(ch.isdigit() for ch in w) and rng.random() < 0.55 * strength:
            w = "".join(digit.get(ch, ch) if rng.random() < 0.5 else ch for ch in w)
        elif len(w) > 5 and w.isalpha() and rng.random() < 0.12 * strength:
            a, b = rng.choice(letters)
            w = w.replace(a, b, 1)
        out.append(w)
    res = []
    for w in out:
        if res and rng.random() < 0.04 * strength and w.isalpha() and res[-1].isalpha():
            res[-1] += w
        else:
            res.append(w)
    return " ".join(res)


# --- PDF rendering ----------------------------------------------------------------------------------------

def hyphen_wrap(text, width, rng, hyphenate):
    lines, cur = [], ""
    for w in text.split(" "):
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            room = width - len(cur) - 2
            if hyphenate and len(w) >= 8 and w.isalpha() and room >= 4:
                vow = "aeiouyéèêàâîôû"
                cuts = [i for i in range(3, min(room, len(w) - 3) + 1)
                        if w[i - 2] in vow and w[i - 1] not in vow and w[i] not in vow and w[i + 1] in vow]
                cuts = cuts or [i for i in range(3, min(room, len(w) - 3) + 1)
                                if w[i - 1] in vow and w[i] not in vow and w[i + 1] in vow]
                if cuts:
                    cut = cuts[-1]
                    lines.append(cur + " " + w[:cut] + "-")
                    cur = w[cut:]
                    continue
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Layout:
    """Flows blocks down pages; items keep a tag so a producer can reorder them."""

    def __init__(self, cfg, rng):
        self.cfg, self.rng = cfg, rng
        self.pages: list[list[Item]] = [[]]
        self.y = 790.0 if cfg.get("header") else 800.0
        self.lead = 11.5

    def need(self, lines=1):
        if self.y - self.lead * lines < 64:
            self.pages.append([])
            self.y = 790.0 if self.cfg.get("header") else 800.0

    def add(self, x, text, font="F1", size=9.0, mode=None, tag="body"):
        self.need()
        mode = mode or self.cfg.get("mode", "plain")
        self.pages[-1].append(Item(x, self.y, text, font, size, mode, tag))

    def down(self, k=1.0):
        self.y -= self.lead * k


def fonts_for(cfg):
    if cfg.get("pua"):
        return "F5", "F6"
    if cfg.get("lig"):
        return "F3", "F4"
    return "F1", "F2"


def pdf_doc(blocks, cfg, rng, running):
    """cfg: mode (plain|kern|words|invisible), lig, pua, spaced_head, header, footer, hyphenate,
    form (values after labels), boxes (identification box written last, table cells by column),
    columns (page 1: fields and dimensions left, prose right, written line across)."""
    if cfg.get("columns"):
        return finish(pdf_columns(blocks, cfg, rng), cfg, rng, running)
    return finish(layout_pages(blocks, cfg, rng), cfg, rng, running)


def layout_pages(blocks, cfg, rng):
    reg, bold = fonts_for(cfg)
    lay = Layout(cfg, rng)
    width_chars = 100
    for b in blocks:
        kind = b[0]
        if kind == "title":
            lay.add(40, b[1], bold, 13, "spaced" if cfg.get("spaced_head") else None, tag="title")
            lay.down(2)
        elif kind == "heading":
            lay.down(0.6)
            lay.add(40, b[1].upper() if cfg.get("spaced_head") else b[1], bold, 10,
                    "spaced" if cfg.get("spaced_head") else None, tag="heading")
            lay.down(1.3)
        elif kind == "rawlines":
            for text, font in b[1]:
                if text:
                    lay.add(40, text, bold if font == "bold" else reg, 9)
                lay.down()
        elif kind == "fields":
            for label, value, key in b[1]:
                if cfg.get("form") or cfg.get("boxes"):
                    lay.add(40, label + ("" if cfg.get("form") else ":"), bold, 9, tag="label")
                    vlines = hyphen_wrap(value, 62, rng, False)
                    for i, vl in enumerate(vlines):
                        if i:
                            lay.down()
                        lay.add(210, vl, reg, 9, "spaced" if (cfg.get("spaced_values") and key == "title") else None,
                                tag="value")
                else:
                    text = f"{label}: {value}"
                    if cfg.get("spaced_values") and key == "title":
                        lay.add(40, label + ":", bold, 9, tag="label")
                        lay.add(40 + pdfgen.width(label + ": ", 9), value, reg, 9, "spaced", tag="value")
                    else:
                        for i, ln in enumerate(hyphen_wrap(text, width_chars - 5, rng, False)):
                            if i:
                                lay.down()
                            lay.add(40 if not i else 60, ln, reg, 9, tag="field")
                lay.down()
            lay.down(0.5)
        elif kind == "para":
            for ln in hyphen_wrap(b[1], width_chars, rng, cfg.get("hyphenate")):
                lay.add(40, ln, reg, 9)
                lay.down()
            lay.down(0.5)
        elif kind in ("bullets", "numbered"):
            for i, x in enumerate(b[1], 1):
                mark = ("\u2022" if cfg.get("pua") else "-") if kind == "bullets" else f"{i}."
                lines = hyphen_wrap(x, width_chars - 6, rng, cfg.get("hyphenate") and kind == "numbered")
                for j, ln in enumerate(lines):
                    if not j:
                        lay.add(40, mark, reg, 9, tag="mark")
                    lay.add(54, ln, reg, 9)
                    lay.down()
            lay.down(0.5)
        elif kind == "table":
            cols = [40, 330, 470] if len(b[1]) == 3 else [40, 400]
            lay.need(len(b[2]) + 2)
            for ci, (c, h) in enumerate(zip(cols, b[1])):
                lay.add(c, h, bold, 9, tag="cell:%d" % ci)
            lay.down()
            for row in b[2]:
                for ci, (c, v) in enumerate(zip(cols, row)):
                    if v:
                        lay.add(c, v, reg, 9, tag="cell:%d" % ci)
                lay.down()
            lay.down(0.5)
        elif kind == "sign":
            lay.down()
            for x in b[1]:
                if x:
                    lay.add(40, x, reg, 9, tag="sign")
                lay.down()
    return lay.pages


def pdf_columns(blocks, cfg, rng):
    """Page 1 in two columns: the fields and dimensions (with their headings) in a narrow left
    column, the rest in the right one; the producer writes each line across the page, so the two
    columns interleave. What does not fit on page 1 flows full width on the next pages."""
    reg, bold = fonts_for(cfg)
    left, rlines = [], []
    for k, b in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if b[0] == "fields":
            for label, value, _ in b[1]:
                lines = hyphen_wrap(f"{label}: {value}", 44, rng, False)
                left.append((lines[0], reg))
                left += [("  " + ln, reg) for ln in lines[1:]]
            left.append(("", reg))
        elif b[0] == "heading" and nxt and nxt[0] == "fields":
            left.append((b[1], bold))
        elif b[0] == "title":
            rlines += [(b[1], bold), ("", reg)]
        elif b[0] == "heading":
            rlines.append((b[1], bold))
        elif b[0] == "para":
            rlines += [(ln, reg) for ln in hyphen_wrap(b[1], 56, rng, cfg.get("hyphenate"))]
            rlines.append(("", reg))
        elif b[0] in ("bullets", "numbered"):
            for i, x in enumerate(b[1], 1):
                mark = "-" if b[0] == "bullets" else f"{i}."
                ls = hyphen_wrap(x, 52, rng, cfg.get("hyphenate") and b[0] == "numbered")
                rlines += [((mark + " " if j == 0 else "   ") + ln, reg) for j, ln in enumerate(ls)]
            rlines.append(("", reg))
        elif b[0] == "table":
            rlines.append(("  |  ".join(b[1]), bold))
            rlines += [("  |  ".join(r), reg) for r in b[2]]
            rlines.append(("", reg))
        elif b[0] == "sign":
            rlines += [(x, reg) for x in b[1]]
    top = 790.0 if cfg.get("header") else 800.0
    rows = int((top - 64) // 11.0) + 1
    page1 = []
    for i in range(min(rows, max(len(left), len(rlines)))):
        y = top - 11.0 * i
        if i < len(left) and left[i][0]:
            page1.append(Item(40, y, left[i][0], left[i][1], 8.5, cfg.get("mode", "plain"), "left"))
        if i < len(rlines) and rlines[i][0]:
            page1.append(Item(262, y, rlines[i][0], rlines[i][1], 8.5, cfg.get("mode", "plain"), "right"))
    assert len(left) <= rows, "the left column overflows page 1"
    pages = [page1]
    if len(rlines) > rows:
        sub = {k: v for k, v in cfg.items() if k != "columns"}
        pages += layout_pages([("rawlines", [(t, "bold" if f in ("F2", "F4", "F6") else "reg") for t, f in rlines[rows:]])],
                              sub, rng)
    return pages


def finish(pages, cfg, rng, running):
    out = []
    n = len(pages)
    for i, items in enumerate(pages, 1):
        page = Page()
        order = list(items)
        if cfg.get("form"):
            values = [it for it in order if it.tag == "value"]
            order = [it for it in order if it.tag != "value"]
        if cfg.get("boxes"):
            box = [it for it in order if it.tag in ("label", "value")]
            order = [it for it in order if it.tag not in ("label", "value")]
            cells = [it for it in order if it.tag.startswith("cell:")]
            if cells:
                first = order.index(cells[0])
                rest = [it for it in order if not it.tag.startswith("cell:")]
                cells.sort(key=lambda it: (int(it.tag[5:]), -it.y))
                order = rest[:first] + cells + rest[first:]
            order += box
        head, foot = [], []
        if running:
            htxt, ftxt = running(i, n)
            if htxt:
                head.append(Item(40, 818, htxt, "F1", 7.5, "plain" if cfg.get("mode") != "invisible" else "invisible", "header"))
            if ftxt:
                foot.append(Item(40 if len(ftxt) > 20 else 280, 30, ftxt, "F1", 7.5,
                                 "plain" if cfg.get("mode") != "invisible" else "invisible", "footer"))
        if cfg.get("hf_first"):
            seq = head + foot + order
        else:
            seq = head + order + foot
        page.stream = [it.ops(rng) for it in seq]
        if cfg.get("form") and values:
            page.forms.append(b"".join(it.ops(rng) for it in values))
            page.stream.append(b"%FORM 0")
        if cfg.get("mode") == "invisible":
            page.image = True
        out.append(page)
    return out


# --- the documents --------------------------------------------------------------------------------------

PDF_PRODUCERS = {
    "word": dict(mode="kern", lig=True, header=True, producer="Microsoft® Word for Microsoft 365"),
    "spaced": dict(spaced_head=True, spaced_values=True, header=True, producer="Adobe InDesign 17.0 (Windows)"),
    "columns": dict(columns=True, hyphenate=True, header=True, producer="Acrobat PDFMaker 11 for Word"),
    "form": dict(form=True, header=True, producer="Adobe LiveCycle Designer ES 9.0"),
    "boxes": dict(boxes=True, mode="kern", header=True, hf_first=True, producer="Nitro Pro 9"),
    "mac": dict(pua=True, hyphenate=True, header=True, producer="macOS Version 12.6 (Build 21G115) Quartz PDFContext"),
    "ocrlayer": dict(mode="invisible", header=True, ocr=True, producer="ABBYY FineReader 15; Xerox WorkCentre 7855"),
    "latex": dict(mode="words", lig=True, hyphenate=True, header=True, producer="pdfTeX-1.40.21"),
}


def running_for(p, rng, lang, style):
    lg = "fr" if lang == "fr" else "en"
    title = p["title_fr"] if lg == "fr" else p["title_en"]
    acr = p["dept"][3] if lg == "fr" else p["dept"][2]

    def run(i, n):
        if style == 0:
            return (f"{acr} - {'Description de travail' if lg == 'fr' else 'Work Description'} - {title}",
                    f"Page {i} {'de' if lg == 'fr' else 'of'} {n}")
        if style == 1:
            return ("PROTÉGÉ A / PROTECTED A" if lang == "bi" else ("PROTÉGÉ A" if lg == "fr" else "PROTECTED A"), f"- {i} -")
        if style == 2:
            return (None, f"{title}    {i}/{n}")
        return (f"{p['dept'][1] if lg == 'fr' else p['dept'][0]}", f"{'Page' if lg == 'en' else 'Page'} {i}")
    return run


def make_all():
    rng = random.Random(SEED)
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    # 45 work descriptions: 30 PDFs (8 producers), 6 .docx, 3 .md, 3 UTF-8 .txt, 2 cp1252 .txt, 1 OCR .txt
    fmts = (["pdf:word"] * 5 + ["pdf:spaced"] * 4 + ["pdf:columns"] * 5 + ["pdf:form"] * 4 + ["pdf:boxes"] * 4
            + ["pdf:mac"] * 4 + ["pdf:ocrlayer"] * 2 + ["pdf:latex"] * 2
            + ["docx"] * 6 + ["md"] * 3 + ["txt"] * 3 + ["cp1252"] * 2 + ["ocrtxt"])
    langs = ["fr"] * 13 + ["bi"] * 3 + ["en"] * 29
    rng.shuffle(fmts)
    rng.shuffle(langs)
    # bilingual forms are Word files or PDFs
    for i, lang in enumerate(langs):
        if lang == "bi" and fmts[i] in ("md", "txt", "cp1252", "ocrtxt"):
            j = next(k for k, f in enumerate(fmts) if f.startswith("pdf:") and langs[k] == "en" and f != "pdf:columns")
            fmts[i], fmts[j] = fmts[j], fmts[i]
    used, names = set(), set()
    docs = []
    for n in range(45):
        p = make_position(rng, n, langs[n], used)
        s = decide(rng, p)
        s["n"] = n
        docs.append((p, s, fmts[n]))
    # two positions also have an earlier version: a draft Word file
    version_of = {}
    for idx in (3, 17):
        p, s, f = docs[idx]
        if not f.startswith("pdf"):
            f = "pdf:word"
            docs[idx] = (p, s, f)
        version_of[idx] = True
    written = []
    for n, (p, s, fmt) in enumerate(docs):
        name = file_name(p, s, fmt, rng, names, signed=n in version_of)
        kind = write_doc(p, s, fmt, name, rng, corpus)
        written.append((p, s, name, kind))
    extra = []
    for idx in version_of:
        p, s, name, kind = written[idx]
        p2 = dict(p)
        s2 = dict(s)
        s2["eff"] = False
        s2["incumbent"] = False
        lg = "fr" if p["lang"] == "fr" else "en"
        title = p["title_fr"] if lg == "fr" else p["title_en"]
        draft = f"{title} - {'ébauche' if lg == 'fr' else 'DRAFT'} v2.docx".replace(",", "")
        if idx == 17:
            draft = f"{title} (1).docx"
        write_doc(p2, s2, "docx", draft, rng, corpus)
        vers = dict(documents=[draft, name], newest=name)
        extra.append((p2, s2, draft, "docx", vers))
        written[idx] = (p, s, name, kind, vers)
    for row in written:
        p, s, name, kind = row[:4]
        vers = row[4] if len(row) > 4 else None
        dump(expected, truth(p, s, name, kind, vers))
    for p, s, name, kind, vers in extra:
        dump(expected, truth(p, s, name, kind, vers))
    for t in refusals(rng, corpus):
        dump(expected, t)


def file_name(p, s, fmt, rng, names, signed=False):
    lg = "fr" if p["lang"] == "fr" else "en"
    title = p["title_fr"] if lg == "fr" else p["title_en"]
    acr = p["dept"][3] if lg == "fr" else p["dept"][2]
    ext = {"docx": ".docx", "md": ".md", "txt": ".txt", "cp1252": ".txt", "ocrtxt": ".txt"}.get(fmt, ".pdf")
    year = p["eff"].year
    if signed:
        base = f"{title} - {'signée' if lg == 'fr' else 'signed'}"
    elif p["lang"] == "bi":
        base = rng.choice([f"{p['title_en']} - {p['title_fr']}", f"{acr} {p['title_en']} (bilingual)"])
    else:
        pats = [f"{title}", f"{title} ({p['cls']})", f"{acr} - {title} FINAL", f"{title} {year}",
                f"{p['cls']} {title}", f"{title} - {acr}", f"WD {p['posno']} {title.split(',')[0]}",
                f"{title} (1)", f"{title}, {p['city'][0]}", f"{'DT' if lg == 'fr' else 'JD'} - {title}"]
        if fmt == "pdf:ocrlayer" or fmt == "ocrtxt":
            pats = [f"{title} {year} {'numérisé' if lg == 'fr' else 'scan'}", f"Scan - {title}"]
        base = rng.choice(pats)
    base = base.replace("/", "-")
    name = base + ext
    k = 2
    while name in names:
        name = f"{base} ({k}){ext}"
        k += 1
    names.add(name)
    return name


def write_doc(p, s, fmt, name, rng, corpus):
    blocks = blocks_for(p, s)
    path = corpus / name
    if fmt == "docx":
        path.write_bytes(render_docx(blocks, rng, table_fields=s["n"] % 2 == 0))
        return "docx"
    if fmt == "md":
        path.write_text(render_md(blocks, rng, wrapper=s["n"] % 2 == 1), encoding="utf-8")
        return "markdown"
    if fmt == "txt":
        path.write_text(render_text(blocks, ["colon", "nextline", "dots", "tabs"][s["n"] % 4], rng), encoding="utf-8")
        return "text"
    if fmt == "cp1252":
        txt = render_text(blocks, ["tabs", "dots", "colon"][s["n"] % 3], rng).replace("'", "\u2019").replace("\n", "\r\n")
        path.write_bytes(txt.encode("cp1252", "replace"))
        return "text-cp1252"
    if fmt == "ocrtxt":
        flat = render_text(blocks, "colon", rng)
        lines = [ln for ln in flat.splitlines() if ln.strip()]
        run = " ".join(lines)
        damaged = protect_damage(run, p, rng)
        path.write_text("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + damaged, encoding="utf-8")
        return "ocr"
    producer = fmt.split(":")[1]
    cfg = dict(PDF_PRODUCERS[producer])
    if producer in ("spaced", "form", "boxes", "columns") and rng.random() < 0.5:
        cfg["lig"] = True
    if producer in ("word", "form", "boxes") and rng.random() < 0.4:
        cfg["hyphenate"] = True
    running = running_for(p, rng, p["lang"], rng.randrange(4))
    if cfg.get("ocr"):
        blocks = [damage_block(b, rng) for b in blocks]
    pages = pdf_doc(blocks, cfg, rng, running)
    path.write_bytes(pdfgen.build(pages, compress=producer not in ("latex",), producer=cfg["producer"]))
    return "pdf"


def damage_block(b, rng):
    """The OCR layer of a scan: values' digits and some letters misread, but a careful reader still
    reads them (O for 0, I for 1, S for 5)."""
    if b[0] == "fields":
        return ("fields", [(label, ocr_damage(value, rng, 0.8) if key not in ("dept", "branch") else value, key)
                           for label, value, key in b[1]])
    if b[0] == "para":
        return ("para", ocr_damage(b[1], rng, 1.0))
    if b[0] in ("bullets", "numbered"):
        return (b[0], [ocr_damage(x, rng, 0.7) for x in b[1]])
    return b


def protect_damage(run, p, rng):
    return ocr_damage(run, rng, 0.9)


# --- documents to refuse ---------------------------------------------------------------------------------

def refusals(rng, corpus):
    out = []

    def t(name, kind, lang, people):
        return dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=[], also=None,
                    people=people, versions=None)

    # 1. a memo about the EX work description review, as a Word-made PDF
    name = "Memo - EX work description review 2023 (signed).pdf"
    sender, to = "Rebecca Lindqvist", "Marc-André Cloutier"
    memo = [("title", "MEMORANDUM"),
            ("fields", [("To", "All Directors General, Corporate Services Branch", "x"), ("From", f"{sender}, Director General, Human Resources", "x"),
                        ("Date", "March 14, 2023", "x"), ("Subject", "Review of executive (EX) work descriptions - 2023-24 cycle", "x")]),
            ("para", "As part of the 2023-24 organizational design review, all EX-01 to EX-03 work descriptions in the Branch must be "
                     "reviewed and, where duties have changed, updated and submitted for classification by May 31, 2023. "
                     "Work descriptions older than five years are to be rewritten using the current EX template, which includes "
                     "the dimensions (FTEs, salary and O&M budgets) and the organization chart."),
            ("para", "Please send the signed work descriptions, the organization charts and the supporting rationale to the "
                     f"Executive Services unit. Questions may be directed to {to}, Senior Advisor, Executive Services, at 819-555-0142."),
            ("sign", ["", sender, "Director General, Human Resources"])]
    pages = pdf_doc(memo, dict(PDF_PRODUCERS["word"]), rng, lambda i, n: (None, f"Page {i} of {n}"))
    (corpus / name).write_bytes(pdfgen.build(pages, producer="Microsoft® Word 2016"))
    out.append(t(name, "pdf", "en", [sender, to]))

    # 2. an organization chart: boxes written in drawing order
    name = "Organigramme DGSM 2022 - Org chart CSB.pdf"
    names_ = ["Sylvie Arsenault", "Kevin Fulton", "Deepa Chaudhry", "Benoît Lafrenière", "Wendy Achterberg"]
    boxes = [(230, 760, ["Assistant Deputy Minister, Corporate Services", "Sous-ministre adjoint, Services ministériels", "EX-04", names_[0]]),
             (40, 640, ["Director General, Finance", "EX-03", names_[1]]),
             (220, 640, ["Director General, Real Property", "EX-03", names_[2]]),
             (400, 640, ["Director General, Information Management", "EX-03", "Vacant"]),
             (40, 520, ["Director, Financial Operations", "EX-01", "(54 FTEs)", names_[3]]),
             (220, 520, ["Director, Facilities", "EX-01", "(31 FTEs)", names_[4]])]
    page = Page()
    order = [3, 0, 5, 1, 4, 2]
    for k in order:
        x, y, lines = boxes[k]
        for j, ln in enumerate(lines):
            page.stream.append(Item(x + 5, y - j * 10, ln, "F1" if j else "F2", 7.5, "plain").ops(rng))
    page.stream.insert(0, Item(40, 815, "Direction générale des services ministériels / Corporate Services Branch - 2022-04-01", "F2", 10).ops(rng))
    (corpus / name).write_bytes(pdfgen.build([page], producer="Microsoft® Visio® 2016"))
    out.append(t(name, "pdf", "bilingual", names_))

    # 3. a scan without a text layer
    name = "Scan_2021-03-04_091233.pdf"
    p1, p2 = Page(), Page()
    p1.image = p2.image = True
    (corpus / name).write_bytes(pdfgen.build([p1, p2], producer="Canon iR-ADV C5540"))
    out.append(t(name, "pdf", "en", []))

    # 4. a French letter of offer for an acting EX-01 appointment
    import docx
    name = "Lettre d'offre - nomination intérimaire EX-01 (Gagnon-Roy).docx"
    cand, sig = "Isabelle Gagnon-Roy", "Luc Desrochers"
    d = docx.Document()
    for para in ["Le 6 septembre 2022", "", cand, "Gatineau (Québec)", "",
                 "Objet : Offre de nomination intérimaire - Directrice, Relations de travail et rémunération (EX-01), poste no 48817",
                 f"Madame {cand.split()[1]},",
                 "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Relations de travail et "
                 "rémunération, classifié EX-01, à Emploi et Développement social Canada, du 12 septembre 2022 au 31 mars 2023.",
                 "Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des cadres. Pendant la "
                 "période intérimaire, vous relèverez du Directeur général, Ressources humaines.",
                 "Veuillez signer et retourner une copie de la présente lettre d'ici le 9 septembre 2022 pour indiquer votre acceptation.",
                 "Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.", "", sig,
                 "Directeur général, Ressources humaines", "", "J'accepte l'offre : ______________________  Date : __________"]:
        d.add_paragraph(para)
    (corpus / name).write_bytes(fixed_docx(d))
    out.append(t(name, "docx", "fr", [cand, sig]))

    # 5. an executive performance agreement saved on Windows
    name = "PMA 2023-24 - Performance Agreement - T. Whitfield.txt"
    exe, mgr = "Tanya Whitfield", "Graham Renwick"
    pa = "\r\n".join([
        "EXECUTIVE PERFORMANCE AGREEMENT 2023-2024", "",
        f"Executive: {exe}", "Position: Director, Grants and Contributions (EX-01)", "Position number: 61208",
        f"Supervisor: {mgr}, Director General, Program Operations", "", "1. COMMITMENTS", "",
        "Commitment 1 - Business results: Deliver the 2023-24 call for proposals on schedule; 95% of payments issued within service standards.",
        "Commitment 2 - Leadership: Complete the directorate\u2019s talent management conversations by December 2023.",
        "Commitment 3 - Corporate: Contribute to the Branch\u2019s mental health and inclusion action plan.", "",
        "2. KEY LEADERSHIP COMPETENCIES", "", "Create vision and strategy; Mobilize people; Uphold integrity and respect;",
        "Collaborate with partners and stakeholders; Promote innovation and guide change; Achieve results.", "",
        "3. SIGNATURES", "", f"Executive: {exe}\t\tDate: 2023-05-02", f"Supervisor: {mgr}\t\tDate: 2023-05-04", ""])
    (corpus / name).write_bytes(pa.encode("cp1252"))
    out.append(t(name, "text-cp1252", "en", [exe, mgr]))

    # 6. minutes of an EX classification committee, in Markdown
    name = "Compte rendu - Comité de classification EX - 2024-02-08.md"
    chair, members = "Hélène Bérubé", ["Owen Petrakis", "Nathalie Paquette", "Colin Harcourt"]
    md = "\n".join([
        "# Comité de classification des postes de la direction (EX)", "", "## Compte rendu de la réunion du 8 février 2024", "",
        f"**Présidente :** {chair}  ", f"**Membres :** {', '.join(members)}  ", "**Secrétariat :** Services aux cadres", "",
        "## 1. Adoption de l'ordre du jour", "", "L'ordre du jour est adopté sans modification.", "",
        "## 2. Postes examinés", "",
        "| Poste | No | Niveau proposé | Décision |", "|---|---|---|---|",
        "| Directeur, Données et analytique | 73310 | EX-01 | Approuvé |",
        "| Directrice générale, Gestion des urgences | 70144 | EX-03 | Reporté : préciser les dimensions |",
        "| Directeur exécutif, Affaires réglementaires | 72918 | EX-02 | Approuvé, en vigueur le 1er avril 2024 |", "",
        "## 3. Divers", "", "La prochaine réunion aura lieu le 7 mars 2024.", ""])
    (corpus / name).write_text(md, encoding="utf-8")
    out.append(t(name, "markdown", "fr", [chair] + members))
    return out


def dump(expected, t):
    with open(expected / f"{t['document']}.expected.yaml", "w", encoding="utf-8") as fh:
        yaml.safe_dump(t, fh, sort_keys=False, allow_unicode=True, width=200)


if __name__ == "__main__":
    make_all()
