#!/usr/bin/env python3
"""Write the blind53 corpus: EX work descriptions on the Treasury Board's 2016-2025 template
(client-service results, key activities, nature and scope, dimensions, organization structure),
English, French and bilingual, as Word files, PDFs exported from Word and text/Markdown
conversions, some of them drafts (comments, tracked changes, a template's placeholders) or
descriptions of new or acting positions; and a few documents to refuse. Writes ``corpus/`` and
``expected/`` next to this file, byte for byte the same on every run (fixed seed, fixed dates
inside the Word files and their zip entries).

    /work/main/.venv/bin/python bench/import/blind53/make_blind.py
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import sys
import zipfile
import zlib
from pathlib import Path

import yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import texts as T  # noqa: E402

SEED = 53
FIXED = dt.datetime(2024, 1, 15, 9, 0, 0)


# --------------------------------------------------------------------------- PDF (tests/import_files.pdf_bytes)

def pdf_bytes(pages):
    """Same construction as tests/import_files.pdf_bytes: Helvetica, WinAnsiEncoding text layer;
    an empty page is a page without text."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for text in pages:
        if isinstance(text, bytes):
            stream, extra = zlib.compress(text), b" /Filter /FlateDecode"
        else:
            shown = "".join(f"({_escaped(line)}) Tj T* " for line in text.splitlines())
            stream, extra = f"BT /F1 9 Tf 11 TL 40 800 Td {shown}ET".encode("cp1252"), b""
        objects.append(b"<< /Length %d%b >>\nstream\n%b\nendstream" % (len(stream), extra, stream))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%b] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _escaped(line):
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


# --------------------------------------------------------------------------- inline markup
# \x01C author|text\x02  a comment on what precedes it
# \x01D text\x02          a tracked deletion
# \x01I text\x02          a tracked insertion

MARK = re.compile(r"\x01([CDI])(.*?)\x02", re.S)


def cm(author, text):
    return f"\x01C{author}|{text}\x02"


def dl(text):
    return f"\x01D{text}\x02"


def ins(text):
    return f"\x01I{text}\x02"


KEEP = {"First", "Nations", "Premières"}


def low(x):
    return " ".join(w if w in KEEP else w.lower() for w in x.split(" "))


def de_(x):
    return ("d'" if x[0] in "aeiouéèêâîô" else "de ") + x


def initials(name):
    return "".join(p[0] for p in re.split(r"[ \-]", name) if p)


class Flat:
    """Renders inline markup for a text flavour; collects margin notes for PDFs."""

    def __init__(self, flavor, changes="accepted"):
        self.flavor, self.changes, self.notes, self.n = flavor, changes, [], 0

    def __call__(self, s):
        def rep(m):
            kind, body = m.group(1), m.group(2)
            if kind == "C":
                author, text = body.split("|", 1)
                self.n += 1
                tag = f"{initials(author)}{self.n}"
                if self.flavor == "pdf":
                    self.notes.append(f"Commented [{tag}]: {text}")
                    return ""
                if self.flavor == "md":
                    return f" [Comment {tag}: {text}]"
                return f" [Comment: {text} - {author}]"
            if kind == "D":
                if self.flavor == "pdf":
                    self.notes.append(f"Deleted: {body}")
                    return ""
                if self.flavor == "md":
                    return f"~~{body}~~ "
                return f"[Deleted: {body}] " if self.changes == "shown" else ""
            return body
        return MARK.sub(rep, s)


# --------------------------------------------------------------------------- notations

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fmt_date(d, lang, rng):
    m, day, y = d.month, d.day, d.year
    if lang == "fr":
        forms = [f"{'1er' if day == 1 else day} {MONTHS_FR[m-1]} {y}", f"{y}-{m:02d}-{day:02d}",
                 f"le {'1er' if day == 1 else day} {MONTHS_FR[m-1]} {y}", f"{day:02d}/{m:02d}/{y}" if day > 12 else f"{y}/{m:02d}/{day:02d}",
                 f"{y}.{m:02d}.{day:02d}"]
    else:
        suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")
        forms = [f"{MONTHS_EN[m-1]} {day}, {y}", f"{y}-{m:02d}-{day:02d}", f"{day} {MONTHS_EN[m-1]} {y}",
                 f"{MONTHS_EN[m-1]} {day}{suf}, {y}", f"{day:02d}-{MONTHS_EN[m-1][:3]}-{y}",
                 f"{MONTHS_EN[m-1][:3]}. {day}, {y}", f"{m:02d}/{day:02d}/{y}" if day > 12 else f"{y}-{m:02d}-{day:02d}"]
    return rng.choice(forms)


def _m(v):
    return f"{v / 1e6:.3f}".rstrip("0").rstrip(".")


def fmt_amount(v, lang, rng, nbsp=" "):
    if lang == "fr":
        sp = f"{v:,}".replace(",", nbsp)
        forms = [f"{sp} $", f"{sp},00 $"]
        if v >= 200000:
            forms += [f"{_m(v).replace('.', ',')} M$", f"{_m(v).replace('.', ',')} million $"
                      if v < 2_000_000 else f"{_m(v).replace('.', ',')} millions $"]
        if v % 1000 == 0:
            forms.append(f"{(v // 1000):,}".replace(",", nbsp) + " k$")
    else:
        forms = [f"${v:,}", f"${v:,}.00", f"$ {v:,}"] + ([f"${_m(v)}M", f"${_m(v)} million"] if v >= 200000 else [])
        if v % 1000 == 0 and v < 1_000_000:
            forms.append(f"${v // 1000}K")
    return rng.choice(forms)


def fmt_cls(c, rng, weights=None):
    g, lvl = c.split("-", 1) if c.count("-") == 1 else (c.rsplit("-", 1)[0], c.rsplit("-", 1)[1])
    forms = [c, c, c, f"{g} {lvl}", f"{g}-{int(lvl)}", f"{g}{lvl}"]
    return rng.choice(forms)


# --------------------------------------------------------------------------- positions

REPORT_GROUPS = {
    "esdc": ["PM-06", "EC-07", "AS-07", "IT-04"], "tbs": ["EC-07", "EC-08", "IT-04", "CS-04"],
    "ircc": ["PM-06", "PM-05", "EC-06", "AS-06"], "ised": ["EC-07", "EN-ENG-05", "CO-03", "EC-06"],
    "hc": ["BI-04", "SG-SRE-06", "EC-07", "SG-SRE-05"], "phac": ["BI-04", "EC-06", "PM-06", "SE-RES-03"],
    "eccc": ["PC-04", "MT-07", "EG-07", "AS-07"], "nrcan": ["EC-07", "PM-06", "EN-ENG-05", "CO-03"],
    "dfo": ["EN-ENG-06", "PM-06", "RE-04", "EG-07"], "tc": ["TI-08", "TI-07", "EC-06", "PM-06"],
    "pspc": ["CR-05", "AS-07", "PM-06", "FI-04"], "cra": ["AU-04", "MG-06", "SP-08", "AS-07"],
    "statcan": ["EC-07", "MA-07", "PM-06", "IT-04"], "pch": ["PM-06", "EC-07", "PM-05", "AS-06"],
    "aafc": ["CO-03", "FI-04", "PM-06", "EC-07"], "cbsa": ["FB-08", "PM-06", "EC-07", "FB-07"],
    "vac": ["PM-06", "MD-MOF-03", "NU-HOS-06", "AS-07"], "isc": ["EN-ENG-06", "PM-06", "EC-06", "AS-07"],
    "ssc": ["IT-05", "IT-04", "CS-05", "PG-06"], "csa": ["EN-ENG-06", "ENG-05", "PC-04", "AS-07"],
    "cfia": ["EG-07", "VM-04", "PM-06", "BI-04"], "lac": ["AR-07", "IT-04", "AR-06", "LS-06"],
}
TEAMS = [("Policy and Planning", "Politiques et planification"), ("Operations", "Opérations"),
         ("Analysis and Reporting", "Analyse et rapports"), ("Stakeholder Relations", "Relations avec les intervenants"),
         ("Systems and Data", "Systèmes et données"), ("Business Support", "Soutien opérationnel"),
         ("Program Design", "Conception des programmes"), ("Client Services", "Services à la clientèle")]


def fr_title(kind, area_fr, fem):
    base = {"dir": ("Directeur", "Directrice"), "ed": ("Directeur exécutif", "Directrice exécutive"),
            "dg": ("Directeur général", "Directrice générale"), "adm": ("Sous-ministre adjoint", "Sous-ministre adjointe"),
            "mgr": ("Gestionnaire", "Gestionnaire"), "sa": ("Conseiller principal", "Conseillère principale"),
            "ea": ("Adjoint administratif", "Adjointe administrative")}[kind][fem]
    return f"{base}, {area_fr}" if area_fr else base


EN_KIND = {"dir": "Director", "ed": "Executive Director", "dg": "Director General", "adm": "Assistant Deputy Minister",
           "mgr": "Manager", "sa": "Senior Advisor", "ea": "Executive Assistant"}


def en_title(kind, area):
    return f"{EN_KIND[kind]}, {area}" if area else EN_KIND[kind]


def make_positions(rng):
    """45 documents' worth of positions (42 positions, three of them in two documents)."""
    levels = ["EX-01"] * 20 + ["EX-02"] * 9 + ["EX-03"] * 10 + ["EX-04"] * 3
    rng.shuffle(levels)
    posnos = rng.sample(range(10000, 999999), 200)
    people = list(T.PEOPLE)
    rng.shuffle(people)
    out = []
    used = set()
    for i, level in enumerate(levels):
        area = T.AREAS[i % len(T.AREAS)]
        dkey, area_en, area_fr, br_en, br_fr, subs, *_ = area
        dept = T.DEPARTMENTS[dkey]
        city, prov_en, prov_fr = rng.choice(dept[4])
        fem, sfem = rng.random() < 0.5, rng.random() < 0.5
        if level in ("EX-01", "EX-02"):
            free = [s for s in subs if s[0] not in used] or subs
            sub = rng.choice(free)
            used.add(sub[0])
        if level == "EX-01":
            kind, t_en, t_fr = "dir", en_title("dir", sub[0]), fr_title("dir", sub[1], fem)
            sup = (en_title("dg", area_en), fr_title("dg", area_fr, sfem), "EX-03")
            teams = rng.sample(TEAMS, rng.randint(2, 5))
            reps = [(en_title("mgr", a), fr_title("mgr", b, 0), rng.choice(REPORT_GROUPS[dkey]), rng.randint(3, 24))
                    for a, b in teams]
        elif level == "EX-02":
            use = rng.random() < 0.5
            kind = "ed"
            t_en = en_title("ed", area_en if use else sub[0])
            t_fr = fr_title("ed", area_fr if use else sub[1], fem)
            sup = (en_title("dg", br_en) if not use else en_title("adm", br_en),
                   fr_title("dg", br_fr, sfem) if not use else fr_title("adm", br_fr, sfem),
                   "EX-03" if not use else "EX-04")
            others = [s for s in subs if s != sub][:rng.randint(2, 3)]
            reps = [(en_title("dir", a), fr_title("dir", b, rng.random() < 0.5), "EX-01", rng.randint(12, 60))
                    for a, b in others]
            reps.append((en_title("mgr", TEAMS[0][0]), fr_title("mgr", TEAMS[0][1], 0),
                         rng.choice(REPORT_GROUPS[dkey]), rng.randint(4, 12)))
        elif level == "EX-03":
            kind, t_en, t_fr = "dg", en_title("dg", area_en), fr_title("dg", area_fr, fem)
            sup = (en_title("adm", br_en), fr_title("adm", br_fr, sfem), rng.choice(["EX-04", "EX-05"]))
            reps = [(en_title("dir", a), fr_title("dir", b, rng.random() < 0.5), "EX-01", rng.randint(15, 95))
                    for a, b in rng.sample(subs, rng.randint(3, 4))]
        else:
            kind, t_en, t_fr = "adm", en_title("adm", br_en), fr_title("adm", br_fr, fem)
            sup = ("Deputy Minister", "Sous-ministre", None) if dkey not in ("cra", "cbsa", "phac", "csa", "cfia") \
                else ("President", "Président" if not sfem else "Présidente", None)
            reps = [(en_title("dg", a), fr_title("dg", b, rng.random() < 0.5), "EX-03", rng.randint(60, 420))
                    for a, b in rng.sample(subs, 4)]
        if rng.random() < 0.35 and level in ("EX-01", "EX-02", "EX-03"):
            reps.append((en_title("sa", ""), fr_title("sa", "", rng.random() < 0.5),
                         rng.choice(REPORT_GROUPS[dkey][:2]), 1))
        if rng.random() < 0.3:
            reps.append((en_title("ea", ""), fr_title("ea", "", 1), "AS-02", 1))
        fte = sum(r[3] for r in reps) + 1
        salary = round(fte * rng.randint(88, 112) * 1000, -4)
        om = rng.choice([rng.randint(5, 99) * 1000, rng.randint(10, 250) * 10000])
        gc = rng.choice([None, None, None, rng.randint(2, 400) * 100000])
        rev = rng.choice([None] * 6 + [rng.randint(5, 90) * 100000])
        y = rng.randint(2016, 2025)
        date = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
        out.append(dict(
            i=i, dkey=dkey, dept=dept, area=area, level=level, kind=kind, title_en=t_en, title_fr=t_fr, fem=fem,
            job_code=str(rng.choice([rng.randint(100000, 109999), rng.randint(10000, 99999)])),
            posno=str(posnos[i]).zfill(rng.choice([5, 6, 8])) if rng.random() < 0.2 else str(posnos[i]),
            date=date, city=city, prov_en=prov_en, prov_fr=prov_fr,
            sup_posno=str(posnos[100 + i]), sup_en=sup[0], sup_fr=sup[1], sup_cls=sup[2],
            reps=reps, fte=fte, salary=int(salary), om=om, total=int(salary) + om, gc=gc, rev=rev,
            incumbent=people[i % len(people)], signer=people[(i + 17) % len(people)],
            hr=people[(i + 29) % len(people)],
        ))
    return out


# --------------------------------------------------------------------------- labels

L = {
    "en": {
        "title": ["Position Title", "Position title", "Title of Position", "Job Title", "Official Position Title"],
        "cls": ["Classification", "Group and Level", "Group/Level", "Classification (Group and Level)", "Level"],
        "job": ["Job Code", "Position Job Code", "Generic Job Number", "Job code", "Work Description No."],
        "posno": ["Position Number", "Position No.", "Position #", "Position Number (PeopleSoft)", "Pos. No."],
        "date": ["Effective Date", "Effective date", "Date Effective", "Effective Date of Description"],
        "loc": ["Location", "Geographic Location", "Work Location", "Location (City, Province)"],
        "dept": ["Department", "Department/Agency", "Organization"],
        "branch": ["Branch", "Branch/Sector", "Sector"],
        "sup_posno": ["Supervisor's Position Number", "Supervisor Position No.", "Reports to (Position Number)",
                      "Supervisor's Position No."],
        "sup_title": ["Supervisor's Position Title", "Supervisor Title", "Reports to (Title)", "Title of Supervisor"],
        "sup_cls": ["Supervisor's Classification", "Supervisor Group/Level", "Reports to (Classification)",
                    "Supervisor's Group and Level"],
        "reports_to": ["Reports to", "Reporting to", "Immediate Supervisor"],
        "status": ["Position Status", "Status"],
        "incumbent": ["Incumbent", "Name of Incumbent", "Incumbent (if any)"],
    },
    "fr": {
        "title": ["Titre du poste", "Titre officiel du poste", "Intitulé du poste", "Titre de la position"],
        "cls": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau de classification"],
        "job": ["Code d'emploi", "Code de description de travail", "Numéro de la description de travail générique",
                "No de code du poste"],
        "posno": ["Numéro du poste", "No du poste", "N° de poste", "Numéro de poste"],
        "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'effet"],
        "loc": ["Lieu de travail", "Emplacement géographique", "Lieu", "Endroit"],
        "dept": ["Ministère", "Ministère/organisme", "Organisation"],
        "branch": ["Direction générale", "Secteur", "Direction générale/secteur"],
        "sup_posno": ["Numéro du poste du superviseur", "No de poste du surveillant", "Relève du poste no",
                      "N° de poste du gestionnaire"],
        "sup_title": ["Titre du poste du superviseur", "Titre du surveillant", "Relève de (titre)",
                      "Titre du gestionnaire"],
        "sup_cls": ["Classification du superviseur", "Groupe et niveau du surveillant",
                    "Classification du gestionnaire"],
        "reports_to": ["Relève de", "Supérieur immédiat", "Se rapporte à"],
        "status": ["Statut du poste", "Statut"],
        "incumbent": ["Titulaire", "Nom du titulaire"],
    },
}
H = {
    "en": {"csr": ["Client-Service Results", "Client Service Results", "Client-service results"],
           "ka": ["Key Activities", "Key activities"],
           "ns": ["Nature and Scope", "Nature & Scope"],
           "ctx": ["Context", "Working Context"], "chal": ["Challenges", "Key Challenges", "Main Challenges"],
           "dec": ["Key Decisions", "Key decisions", "Decision-Making"], "part": ["Partners", "Key Partners"],
           "dims": ["Dimensions", "Financial and Human Resources Dimensions", "Dimensions (annual)"],
           "org": ["Organization Structure", "Organizational Structure", "Organization structure"],
           "cert": ["Certification", "Signatures", "Approval"],
           "doc": ["Executive Work Description", "EX Work Description", "Work Description - Executive Group",
                   "Executive (EX) Group Work Description"]},
    "fr": {"csr": ["Résultats axés sur le service à la clientèle", "Résultats axés sur le service aux clients"],
           "ka": ["Activités principales", "Principales activités"],
           "ns": ["Nature et étendue", "Nature et portée"],
           "ctx": ["Contexte", "Contexte de travail"], "chal": ["Défis", "Principaux défis"],
           "dec": ["Décisions clés", "Principales décisions"], "part": ["Partenaires", "Principaux partenaires"],
           "dims": ["Dimensions", "Dimensions financières et ressources humaines"],
           "org": ["Structure organisationnelle", "Structure de l'organisation"],
           "cert": ["Certification", "Signatures", "Approbation"],
           "doc": ["Description de travail - Cadres de direction", "Description de travail du groupe de la direction (EX)",
                   "DESCRIPTION DE TRAVAIL - GROUPE EX"]},
}
DL = {
    "en": {"fte": ["FTEs", "Number of FTEs", "Full-time equivalents (FTEs)", "Employees (FTE)"],
           "salary": ["Salary", "Salary budget", "Salaries", "Salary Budget"],
           "om": ["O&M", "Operations and Maintenance", "O&M Budget", "Operating (O&M)"],
           "total": ["Total", "Total budget", "Total operating budget", "Total (Salary + O&M)"],
           "gc": ["Grants and Contributions", "G&Cs", "Grants & Contributions"],
           "rev": ["Revenues", "Annual revenues"]},
    "fr": {"fte": ["ETP", "Nombre d'ETP", "Équivalents temps plein (ETP)", "Ressources humaines (ETP)"],
           "salary": ["Salaires", "Budget salarial", "Traitements et salaires"],
           "om": ["F et E", "Fonctionnement et entretien", "Budget de F et E", "F&E"],
           "total": ["Total", "Budget total", "Budget de fonctionnement total"],
           "gc": ["Subventions et contributions", "S et C"],
           "rev": ["Recettes", "Revenus"]},
}
PLACEHOLDER = {
    "en": {"date": ["Click or tap to enter a date.", "[Insert date]", "YYYY-MM-DD", "[Effective date]"],
           "job": ["[Job code]", "XXXXXX", "<insert generic job code>"],
           "loc": ["[City, Province]", "<Location>"],
           "sup_posno": ["[Position #]", "XXXXX"]},
    "fr": {"date": ["Cliquez ou appuyez ici pour entrer une date.", "[Insérer la date]", "AAAA-MM-JJ"],
           "job": ["[Code d'emploi]", "XXXXXX", "<insérer le code>"],
           "loc": ["[Ville, province]", "<Lieu>"],
           "sup_posno": ["[No de poste]", "XXXXX"]},
}


def pick(rng, lang, table, key):
    if lang == "bi":
        return f"{rng.choice(table['en'][key])} / {rng.choice(table['fr'][key])}"
    return rng.choice(table[lang][key])


# --------------------------------------------------------------------------- building one description

def build(p, lang, rng, feat):
    """Blocks of one work description and its ground truth. ``feat``: draft features of the document."""
    L1 = "en" if lang in ("en", "bi") else "fr"   # the language of the values
    dkey, dept = p["dkey"], p["dept"]
    area = p["area"]
    title = p["title_en"] if L1 == "en" else p["title_fr"]
    fields = dict(title=title, classification=p["level"], job_code=p["job_code"], position_number=p["posno"],
                  effective_date=p["date"], supervisor=dict(position_number=p["sup_posno"],
                                                            title=p["sup_en"] if L1 == "en" else p["sup_fr"],
                                                            classification=p["sup_cls"]),
                  direct_reports=[], salary=p["salary"], o_and_m=p["om"], total=p["total"], location=None)
    also = dict(fte=p["fte"], operating_budget=None, program_budget=None, provisional_number=None)
    people = []
    comment_authors = []

    def comment(i):
        a = p["hr"] if i % 2 == 0 else p["signer"]
        if a not in comment_authors:
            comment_authors.append(a)
        pool = T.COMMENTS_EN if L1 == "en" else T.COMMENTS_FR
        return cm(a, pool[i % len(pool)])

    nbsp = "\u00a0" if feat["kind"] in ("docx", "markdown", "text") and rng.random() < 0.5 else " "
    amt = lambda v: fmt_amount(v, L1, rng, nbsp)  # noqa: E731
    blocks = []
    # title block
    dept_name = dept[0] if L1 == "en" else dept[1]
    if lang == "bi":
        blocks.append(("title", f"{rng.choice(H['en']['doc'])} / {rng.choice(H['fr']['doc'])}"))
        blocks.append(("p", f"{dept[0]} / {dept[1]}"))
    else:
        if rng.random() < 0.5:
            blocks.append(("p", dept_name))
        blocks.append(("title", rng.choice(H[L1]["doc"])))
    # header fields
    kv = []
    lab = lambda k: pick(rng, lang, L, k)  # noqa: E731
    if lang == "bi":
        kv.append((lab("title"), f"{p['title_en']} / {p['title_fr']}" if rng.random() < 0.6 else p["title_en"]))
        if not kv[-1][1].endswith(p["title_fr"]):
            kv.append(("Titre du poste (français)" if rng.random() < 0.5 else "Titre en français", p["title_fr"]))
    else:
        kv.append((lab("title"), title))
    cls_txt = fmt_cls(p["level"], rng)
    if feat.get("proposed"):
        cls_txt += " (proposed)" if L1 == "en" else rng.choice([" (proposé)", " (proposée)"])
    if feat.get("comment_cls"):
        cls_txt += comment(0)
    kv.append((lab("cls"), cls_txt))
    # job code
    jc = rng.random()
    if feat.get("ph_job"):
        kv.append((lab("job"), rng.choice(PLACEHOLDER[L1]["job"])))
        fields["job_code"] = None
    elif jc < 0.6:
        kv.append((lab("job"), p["job_code"]))
    else:
        fields["job_code"] = None
    # position number
    if feat.get("new"):
        word = feat["new"]
        kv.append((lab("posno"), word))
        fields["position_number"] = None
        also["provisional_number"] = word
    else:
        kv.append((lab("posno"), p["posno"]))
    if feat.get("acting"):
        kv.append((lab("status"), {"en": "Acting", "fr": "Intérimaire"}[L1] if lang != "bi" else "Acting / Intérim"))
    # date
    if feat.get("ph_date"):
        kv.append((lab("date"), rng.choice(PLACEHOLDER[L1]["date"])))
        fields["effective_date"] = None
    elif feat.get("no_date"):
        fields["effective_date"] = None
    else:
        dtxt = fmt_date(p["date"], L1, rng)
        if feat.get("tc_date"):
            old = fmt_date(dt.date(p["date"].year - 1, p["date"].month, p["date"].day), L1, rng)
            dtxt = dl(old) + ins(dtxt)
        kv.append((lab("date"), dtxt))
    if rng.random() < 0.6:
        kv.append((lab("dept"), dept[0] if L1 == "en" else dept[1]))
    if rng.random() < 0.7:
        kv.append((lab("branch"), area[3] if L1 == "en" else area[4]))
    # location
    if feat.get("ph_loc"):
        kv.append((lab("loc"), rng.choice(PLACEHOLDER[L1]["loc"])))
    elif rng.random() < 0.88:
        if L1 == "fr":
            loc = rng.choice([f"{p['city']} ({p['prov_fr']})", f"{p['city']}, {p['prov_fr']}",
                              f"{p['city']} (Qc)" if p["prov_fr"] == "Québec" else f"{p['city']} ({p['prov_fr']})"])
        else:
            loc = rng.choice([f"{p['city']}, {p['prov_en']}", f"{p['city']}, {p['prov_en']}",
                              f"{p['city']} ({p['prov_en']})"])
        kv.append((lab("loc"), loc))
        fields["location"] = loc
    # supervisor
    sup_style = feat["sup_style"]
    sup_title = fields["supervisor"]["title"]
    if sup_style == "fields":
        if feat.get("ph_sup"):
            kv.append((lab("sup_posno"), rng.choice(PLACEHOLDER[L1]["sup_posno"])))
            fields["supervisor"]["position_number"] = None
        else:
            kv.append((lab("sup_posno"), p["sup_posno"]))
        kv.append((lab("sup_title"), sup_title))
        if p["sup_cls"]:
            kv.append((lab("sup_cls"), fmt_cls(p["sup_cls"], rng)))
    elif sup_style == "line":
        fields["supervisor"]["position_number"] = None
        kv.append((lab("reports_to"), f"{sup_title} ({fmt_cls(p['sup_cls'], rng)})" if p["sup_cls"] else sup_title))
    else:
        fields["supervisor"]["position_number"] = None
        if rng.random() < 0.4:
            fields["supervisor"]["classification"] = None
    if feat.get("acting") or (rng.random() < 0.25 and not feat.get("new")):
        inc = p["incumbent"]
        kv.append((lab("incumbent"), inc + (" (acting)" if feat.get("acting") and L1 == "en" else
                                            " (intérim)" if feat.get("acting") else "")))
        people.append(inc)
    # shuffle some header order (keep title first)
    if rng.random() < 0.4:
        head, rest = kv[:1], kv[1:]
        rng.shuffle(rest)
        kv = head + rest
    kv_style = feat["kv_style"]
    blocks.append(("kv", kv, kv_style, rng.choice([" :", ":", " :"]) if L1 == "fr" else ":"))

    # sections
    secs = {}
    unit_kind = {"en": {"dir": "directorate", "ed": "directorate", "dg": "branch", "adm": "sector"},
                 "fr": {"dir": "direction", "ed": "direction", "dg": "direction générale", "adm": "direction générale"}}
    uk = unit_kind[L1][p["kind"]]
    boss_short = p["sup_en"].split(",")[0] if L1 == "en" else p["sup_fr"].split(",")[0].lower()

    def lang_sections(LL):
        s = {}
        clients = area[6] if LL == "en" else area[7]
        csr = area[8] if LL == "en" else area[9]
        t = p["title_en"] if LL == "en" else p["title_fr"]
        if LL == "en":
            s["csr"] = [("p", f"Provides leadership for {low(area[1])} to {clients}, so that {csr}.")]
        else:
            s["csr"] = [("p", f"Assure le leadership en matière {de_(low(area[2]))} auprès des clients, soit "
                              f"{clients}, de sorte que {csr}.")]
        acts = T.KEY_ACTIVITIES_EN if LL == "en" else T.KEY_ACTIVITIES_FR
        chosen = sorted(rng.sample(range(len(acts)), rng.randint(5, 8)))
        fmt = dict(area=area[1] if LL == "en" else area[2], area_de=de_(low(area[2])), area_l=low(area[1] if LL == "en" else area[2]),
                   boss=(p["sup_en"].split(",")[0] if LL == "en" else p["sup_fr"].split(",")[0].lower()),
                   partners=T.PARTNERS_EN if LL == "en" else T.PARTNERS_FR,
                   unit_kind=unit_kind[LL][p["kind"]])
        s["ka"] = [("list", [acts[k].format(**fmt) for k in chosen])]
        ctx = area[10] if LL == "en" else area[11]
        s["ns"] = [("sub", rng.choice(H[LL]["ctx"])),
                   ("p", (f"The {t.split(',')[0]} is one of the senior managers of the {area[3]} at {dept[0]}. " if LL == "en"
                          else f"Le titulaire du poste de {t.split(',')[0].lower()} fait partie de l'équipe de gestion "
                               f"de l'organisation : {area[4]} ({dept[3]}). ") + ctx),
                   ("sub", rng.choice(H[LL]["chal"])),
                   ("p", " ".join(rng.sample(T.CHALLENGES_EN if LL == "en" else T.CHALLENGES_FR, 2))),
                   ("sub", rng.choice(H[LL]["dec"])),
                   ("list", [d.format(**fmt) for d in (T.DECISIONS_EN if LL == "en" else T.DECISIONS_FR)]),
                   ("sub", rng.choice(H[LL]["part"])),
                   ("p", (f"Works with {T.PARTNERS_EN}." if LL == "en" else
                          f"Travaille avec {T.PARTNERS_FR}."))]
        return s

    secs = lang_sections(L1)
    # dimensions
    d = DL[L1]
    dim_items = []
    if feat["dims"] != "none":
        fte_txt = str(p["fte"])
        dim_items.append(("fte", rng.choice(d["fte"]), fte_txt))
        sal = amt(p["salary"])
        if feat.get("tc_salary"):
            sal = dl(amt(p["salary"] - 120000)) + ins(sal)
        if feat.get("comment_dims"):
            sal += comment(1)
        dim_items.append(("salary", rng.choice(d["salary"]), sal))
        dim_items.append(("om", rng.choice(d["om"]), amt(p["om"])))
        if feat.get("no_total"):
            fields["total"] = None
        else:
            dim_items.append(("total", rng.choice(d["total"]), amt(p["total"])))
        if p["gc"]:
            dim_items.append(("gc", rng.choice(d["gc"]), amt(p["gc"])))
            also["grants_and_contributions"] = p["gc"]
        if p["rev"]:
            dim_items.append(("rev", rng.choice(d["rev"]), amt(p["rev"])))
            also["revenues"] = p["rev"]
    else:
        fields["salary"] = fields["o_and_m"] = fields["total"] = None
        also["fte"] = None
    ds = feat["dims"]
    if ds == "list":
        secs["dims"] = [("kvlist", [(a, b) for _, a, b in dim_items])]
    elif ds == "table":
        secs["dims"] = [("table", None, [[a, b] for _, a, b in dim_items])]
    elif ds == "row":
        secs["dims"] = [("table", [a for _, a, _ in dim_items], [[b for _, _, b in dim_items]])]
    elif ds == "k000":
        head = "($000)" if L1 == "en" else "(en milliers de dollars)"
        rows = []
        for k, a, b in dim_items:
            if k == "fte":
                rows.append([a, b])
            else:
                v = {"salary": p["salary"], "om": p["om"], "total": p["total"], "gc": p["gc"], "rev": p["rev"]}[k]
                if v % 1000 or "\x01" in b:
                    rows.append([a, b])
                else:
                    rows.append([a, f"{v // 1000:,}" if L1 == "en" else f"{v // 1000:,}".replace(",", " ")])
        secs["dims"] = [("p", head), ("table", None, rows)]
    elif ds == "prose":
        get = {k: b for k, _, b in dim_items}
        if L1 == "en":
            s = (f"The {title.split(',')[0]} manages a staff of {p['fte']} FTEs, a salary budget of {get['salary']} "
                 f"and an O&M budget of {get['om']}")
            s += f", for a total of {get['total']}." if "total" in get else "."
            if "gc" in get:
                s += f" The position is also accountable for {get['gc']} in grants and contributions."
        else:
            s = (f"Le titulaire gère un effectif de {p['fte']} ETP, un budget salarial de {get['salary']} et un "
                 f"budget de fonctionnement et d'entretien de {get['om']}")
            s += f", soit un total de {get['total']}." if "total" in get else "."
            if "gc" in get:
                s += f" Il est aussi responsable de {get['gc']} en subventions et contributions."
        if "rev" in get:
            s += (f" Revenues: {get['rev']}." if L1 == "en" else f" Recettes : {get['rev']}.")
        secs["dims"] = [("p", s)]
    else:
        secs["dims"] = [("p", "Not applicable - see branch dimensions." if L1 == "en"
                         else "Sans objet - voir les dimensions de la direction générale.")]
    # organization structure
    org = []
    t0 = title.split(",")[0]
    if sup_style == "sentence":
        sc = fields["supervisor"]["classification"]
        n_peer = rng.randint(3, 7)
        if L1 == "en":
            org.append(("p", f"The {title} reports to the {sup_title}{' (' + fmt_cls(sc, rng) + ')' if sc else ''}"
                             f" and is one of {n_peer} senior managers reporting to that position."))
        else:
            de = "de la" if sup_title.split(",")[0].endswith(("rice", "rale", "jointe", "ente", "ive")) else "du"
            org.append(("p", f"Le titulaire du poste relève {de} {sup_title[0].lower() + sup_title[1:]}"
                             f"{' (' + fmt_cls(sc, rng) + ')' if sc else ''} et est l'un des {n_peer} cadres "
                             f"qui relèvent de ce poste."))
    elif rng.random() < 0.5:
        n_peer = rng.randint(3, 7)
        org.append(("p", f"The position is one of {n_peer} positions reporting to the {sup_title}." if L1 == "en" else
                         f"Le poste est l'un des {n_peer} postes qui relèvent du poste de {sup_title[0].lower() + sup_title[1:]}."))
    reps = []
    rs = feat["rep_style"]
    for (te, tf, c, n) in p["reps"]:
        rt = te if L1 == "en" else tf
        keep_c = rng.random() > feat.get("drop_cls", 0)
        keep_n = rng.random() > feat.get("drop_fte", 0)
        reps.append((rt, c if keep_c else None, n if keep_n else None))
    fields["direct_reports"] = [dict(title=a, classification=b, fte=c) for a, b, c in reps]

    def fte_txt(n):
        if n == 1:
            return "1 FTE" if L1 == "en" else "1 ETP"
        if L1 == "en":
            return rng.choice([f"{n} FTEs", f"{n} FTE", f"staff of {n}"])
        return rng.choice([f"{n} ETP", f"effectif de {n}", f"{n} ETP"])

    intro = {"en": [f"The following positions report directly to the {t0}:", "Direct reports:",
                    f"Reporting to the {t0} are:"],
             "fr": ["Les postes suivants relèvent directement du titulaire :", "Subalternes directs :",
                    "Relèvent du titulaire :"]}[L1]
    if rs == "table":
        hdr = ["Position", "Group and Level", "FTEs"] if L1 == "en" else ["Poste", "Groupe et niveau", "ETP"]
        if lang == "bi":
            hdr = ["Position / Poste", "Group and Level / Groupe et niveau", "FTEs / ETP"]
        org.append(("p", rng.choice(intro)))
        org.append(("table", hdr, [[a, fmt_cls(b, rng) if b else "", str(c) if c is not None else ""]
                                   for a, b, c in reps]))
    elif rs == "prose":
        parts = []
        for a, b, c in reps:
            inner = ", ".join(x for x in [fmt_cls(b, rng) if b else "", fte_txt(c) if c is not None else ""] if x)
            parts.append(f"the {a}" + (f" ({inner})" if inner else "") if L1 == "en"
                         else f"le poste de {a}" + (f" ({inner})" if inner else ""))
        joined = "; ".join(parts[:-1]) + (" and " if L1 == "en" else " et ") + parts[-1]
        org.append(("p", (f"Reporting to the {t0} are {joined}." if L1 == "en"
                          else f"Relèvent du titulaire : {joined}.")))
    else:
        items = []
        for a, b, c in reps:
            bc = fmt_cls(b, rng) if b else None
            resp = rng.choice(["responsible for day-to-day operations and service standards.",
                               "responsible for policy analysis and advice.",
                               "responsible for planning, reporting and coordination."]) if L1 == "en" else \
                rng.choice(["responsable des opérations courantes et des normes de service.",
                            "responsable de l'analyse et des conseils stratégiques.",
                            "responsable de la planification, des rapports et de la coordination."])
            if rs == "colon":
                inner = ", ".join(x for x in [bc, fte_txt(c) if c is not None else None] if x)
                items.append(f"{a}" + (f" ({inner})" if inner else "") + f": {resp}")
            else:  # dash
                items.append(" – ".join(x for x in [bc, a, fte_txt(c) if c is not None else None] if x))
        org.append(("p", rng.choice(intro)))
        org.append(("list", items))
    secs["org"] = org
    if feat.get("comment_org"):
        secs["org"].append(("p", "Organization chart attached." + comment(2) if L1 == "en"
                            else "Organigramme ci-joint." + comment(2)))

    order = feat["order"]
    hs = feat["head_style"]
    n = 0
    for key in order:
        n += 1
        if lang == "bi":
            head = f"{rng.choice(H['en'][key])} / {rng.choice(H['fr'][key])}"
        else:
            head = rng.choice(H[L1][key])
        if hs == "upper":
            head = head.upper()
        elif hs == "numbered":
            head = f"{n}. {head}"
        elif hs == "colon":
            head = head + ":"
        blocks.append(("h", head))
        blocks.extend(secs[key])
        if lang == "bi" and key in ("csr", "ka", "ns"):
            fr_secs = lang_sections("fr")
            blocks.extend(fr_secs[key])
    # certification
    cert = rng.random()
    if cert < 0.75:
        blocks.append(("h", rng.choice(H[L1]["cert"]) if lang != "bi" else "Certification"))
        signer = p["signer"]
        if L1 == "en":
            lines = [f"Approved by: {signer}", f"{p['sup_en']}", "Signature: ____________________   Date: ________"]
        else:
            lines = [f"Approuvé par : {signer}", f"{p['sup_fr']}", "Signature : ____________________   Date : ________"]
        people.append(signer)
        if rng.random() < 0.5:
            lines += [f"Prepared by: {p['hr']}, Classification Advisor" if L1 == "en"
                      else f"Préparé par : {p['hr']}, conseillère en classification"]
            people.append(p["hr"])
        blocks.append(("sig", lines))
    for a in comment_authors:
        if a not in people:
            people.append(a)
    not_stated = []
    for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary", "o_and_m",
              "total", "location"):
        if fields[k] is None:
            not_stated.append(k)
    for k in ("position_number", "title", "classification"):
        if fields["supervisor"][k] is None:
            not_stated.append(f"supervisor.{k}")
    if lang == "bi":
        also["title_fr"] = p["title_fr"]
    return blocks, fields, not_stated, also, people


# --------------------------------------------------------------------------- renderers

def kv_text(kv, style, flat, rng, sep=":"):
    out = []
    width = max(len(k) for k, _ in kv) + 3
    for k, v in kv:
        v = flat(v)
        if style == "line":
            out.append(f"{k}{sep} {v}")
        elif style == "next":
            out += [f"{k}{sep}", v, ""] if rng.random() < 0.5 else [k, v]
        elif style in ("table", "tabs"):
            out.append(f"{k}\t{v}")
        elif style == "dots":
            out.append(f"{k} " + "." * max(3, width + 6 - len(k)) + f" {v}")
        elif style == "cells":
            out += [k, v]
        else:
            out.append(f"{k}{sep} {v}")
    return out


def to_text(blocks, flavor, rng, flat):
    """Lines of a text conversion (flavor 'text') or of a PDF's text layer ('pdf')."""
    lines = []
    bullet = rng.choice(["•\t", "- ", "o\t", "* ", "• "])
    tab = "\t" if flavor == "text" else "   "
    for b in blocks:
        t = b[0]
        if t == "title":
            s = flat(b[1])
            lines += [s.upper() if rng.random() < 0.5 else s, ""]
        elif t == "h":
            s = flat(b[1])
            lines += ["", s]
            if flavor == "text" and rng.random() < 0.3:
                lines.append("-" * len(s))
        elif t == "sub":
            lines.append(flat(b[1]))
        elif t == "p":
            lines += [flat(b[1])]
        elif t == "list":
            for i, it in enumerate(b[1], 1):
                lines.append(f"{i}.{tab}" + flat(it) if bullet == "o\t" else bullet + flat(it))
        elif t == "kv":
            lines += kv_text(b[1], b[2], flat, rng, b[3]) + [""]
        elif t == "kvlist":
            for k, v in b[1]:
                lines.append(f"{k}: {flat(v)}")
        elif t == "table":
            hdr, rows = b[1], b[2]
            if hdr:
                lines.append(tab.join(hdr))
            for r in rows:
                lines.append(tab.join(flat(c) for c in r))
        elif t == "sig":
            lines += [""] + [flat(x) for x in b[1]]
        if flavor == "pdf" and flat.notes:
            lines += flat.notes
            flat.notes.clear()
    return lines


def wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return out


def to_pdf(blocks, rng, lang, header, changes):
    flat = Flat("pdf", changes)
    raw = [smart(x) for x in to_text(blocks, "pdf", rng, flat)]
    lines = []
    for ln in raw:
        lines += wrap(ln.replace("\t", "   "), 105)
    per = 62
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for n, pg in enumerate(pages, 1):
        foot = (f"Page {n} of {len(pages)}" if lang != "fr" else f"Page {n} de {len(pages)}")
        body = ([header, ""] if header and n > 1 else []) + pg + ["", foot]
        out.append("\n".join(body))
    return pdf_bytes(out)


def to_md(blocks, rng, flat):
    lines = []
    bullet = rng.choice(["*   ", "- ", "* "])
    kvform = rng.choice(["bullet", "bold", "table"])
    for b in blocks:
        t = b[0]
        if t == "title":
            lines += [f"# {flat(b[1])}", ""]
        elif t == "h":
            lines += ["", f"## {flat(b[1])}", ""]
        elif t == "sub":
            lines += ["", f"### {flat(b[1])}", ""]
        elif t == "p":
            lines += [flat(b[1]), ""]
        elif t == "list":
            lines += [bullet + flat(x) for x in b[1]] + [""]
        elif t in ("kv", "kvlist"):
            kv = b[1]
            form = kvform if t == "kv" else "bullet"
            if form == "table" and t == "kv":
                lines += ["| | |", "|---|---|"] + [f"| {k} | {flat(v)} |" for k, v in kv] + [""]
            elif form == "bullet":
                sep = b[3] if t == "kv" else ":"
                lines += [f"{bullet}**{k}{sep}** {flat(v)}" for k, v in kv] + [""]
            else:
                sep = b[3] if t == "kv" else ":"
                lines += [f"**{k}{sep}** {flat(v)}  " for k, v in kv] + [""]
        elif t == "table":
            hdr, rows = b[1], b[2]
            ncol = len(rows[0])
            h = hdr or [""] * ncol
            lines += ["| " + " | ".join(h) + " |", "|" + "---|" * ncol]
            lines += ["| " + " | ".join(flat(c) for c in r) + " |" for r in rows] + [""]
        elif t == "sig":
            lines += [flat(x) + "  " for x in b[1]] + [""]
    return "\n".join(lines).rstrip() + "\n"


def _tracked(par, text, author, counter):
    """Append text with inline markup to a python-docx paragraph: comments as real Word comments,
    deletions and insertions as tracked changes."""
    pos = 0
    last = None
    for m in MARK.finditer(text):
        if m.start() > pos:
            last = par.add_run(text[pos:m.start()])
        kind, body = m.group(1), m.group(2)
        if kind == "C":
            who, ctext = body.split("|", 1)
            if last is None:
                last = par.add_run("")
            par.part.document.add_comment(last, text=ctext, author=who, initials=initials(who))
        else:
            counter[0] += 1
            wrap_el = OxmlElement("w:del" if kind == "D" else "w:ins")
            wrap_el.set(qn("w:id"), str(900 + counter[0]))
            wrap_el.set(qn("w:author"), author)
            wrap_el.set(qn("w:date"), "2024-01-15T09:00:00Z")
            r = OxmlElement("w:r")
            tt = OxmlElement("w:delText" if kind == "D" else "w:t")
            tt.set(qn("xml:space"), "preserve")
            tt.text = body
            r.append(tt)
            wrap_el.append(r)
            par._p.append(wrap_el)
        pos = m.end()
    if pos < len(text):
        par.add_run(text[pos:])


def smart(s):
    return s.replace("'", "\u2019")


def to_docx(blocks, rng, author, literal_comments):
    doc = Document()
    doc.styles["Normal"].font.name = rng.choice(["Arial", "Calibri", "Times New Roman"])
    doc.styles["Normal"].font.size = Pt(11)
    counter = [0]
    lit = Flat("text")

    def put(par, text, bold=False):
        text = smart(text)
        if literal_comments:
            text = lit(text)
        if bold:
            par.add_run(text).bold = True
        else:
            _tracked(par, text, author, counter)

    for b in blocks:
        t = b[0]
        if t == "title":
            put(doc.add_heading(level=0) if rng.random() < 0.5 else doc.add_paragraph(), b[1], bold=True)
        elif t == "h":
            put(doc.add_heading(level=1), b[1])
        elif t == "sub":
            put(doc.add_heading(level=2) if rng.random() < 0.6 else doc.add_paragraph(), b[1],
                bold=True)
        elif t == "p":
            put(doc.add_paragraph(), b[1])
        elif t == "list":
            style = rng.choice(["List Bullet", "List Number"])
            for it in b[1]:
                put(doc.add_paragraph(style=style), it)
        elif t == "kv":
            kv, style = b[1], b[2]
            if style in ("table", "tabs"):
                tb = doc.add_table(rows=0, cols=2)
                tb.style = "Table Grid"
                for k, v in kv:
                    cells = tb.add_row().cells
                    put(cells[0].paragraphs[0], k, bold=True)
                    put(cells[1].paragraphs[0], v)
            elif style == "cells":
                tb = doc.add_table(rows=0, cols=2)
                tb.style = "Table Grid"
                for i in range(0, len(kv), 2):
                    cells = tb.add_row().cells
                    for j, (k, v) in enumerate(kv[i:i + 2]):
                        put(cells[j].paragraphs[0], k, bold=True)
                        put(cells[j].add_paragraph(), v)
            elif style == "next":
                for k, v in kv:
                    put(doc.add_paragraph(), k, bold=True)
                    put(doc.add_paragraph(), v)
            else:
                for k, v in kv:
                    par = doc.add_paragraph()
                    sep = "\t" if style == "dots" else " "
                    put(par, f"{k}{b[3]}{sep}", bold=True)
                    put(par, v)
        elif t == "kvlist":
            for k, v in b[1]:
                par = doc.add_paragraph(style="List Bullet")
                put(par, f"{k}: ", bold=True)
                put(par, v)
        elif t == "table":
            hdr, rows = b[1], b[2]
            tb = doc.add_table(rows=0, cols=len(rows[0]))
            tb.style = "Table Grid"
            if hdr:
                cells = tb.add_row().cells
                for c, h in zip(cells, hdr):
                    put(c.paragraphs[0], h, bold=True)
            for r in rows:
                cells = tb.add_row().cells
                for c, v in zip(cells, r):
                    put(c.paragraphs[0], v)
        elif t == "sig":
            for x in b[1]:
                put(doc.add_paragraph(), x)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data):
    """Rewrite a .docx with fixed entry dates and fixed dates inside comments."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith(".xml"):
                body = re.sub(rb'w:date="[^"]*"', b'w:date="2024-01-15T09:00:00Z"', body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, body)
    return out.getvalue()


# --------------------------------------------------------------------------- the corpus

def filename(p, lang, kind, rng, feat):
    t = p["title_en"] if lang in ("en", "bi") else p["title_fr"]
    ext = {"docx": ".docx", "pdf": ".pdf", "markdown": ".md", "text": ".txt", "text-cp1252": ".txt"}[kind]
    cls = p["level"]
    forms_en = [f"{t}", f"{t} - FINAL", f"WD - {t} ({cls})", f"{cls} {t}", f"{t} {p['date'].year}",
                f"{t} (1)", f"Work Description - {t}", f"{t}_v2"]
    forms_fr = [f"{t}", f"DT - {t}", f"{t} - FINALE", f"Description de travail - {t}", f"{cls} - {t}",
                f"{t} ({p['date'].year})", f"{t} (1)"]
    if feat.get("draft"):
        forms_en = [f"{t} - DRAFT", f"{t}_DRAFT_v3", f"{t} - comments HR", f"{t} - track changes"]
        forms_fr = [f"{t} - ÉBAUCHE", f"{t} - version de travail", f"{t} - commentaires RH", f"{t}_ebauche_v2"]
    if feat.get("new"):
        forms_en = [f"NEW - {t}", f"{t} - new position"]
        forms_fr = [f"NOUVEAU - {t}", f"{t} - nouveau poste"]
    if lang == "bi":
        forms = [f"{t} - {p['title_fr']}", f"WD-DT {t}", f"{t} - bilingual"]
    else:
        forms = forms_en if lang == "en" else forms_fr
    return rng.choice(forms) + ext


def refusals(rng):
    """The documents to refuse: (name, kind, language, bytes, people)."""
    out = []
    # 1. a memo about updating EX work descriptions (docx, en)
    d = Document()
    d.add_paragraph("MEMORANDUM").runs[0].bold = True
    for line in ["TO: Directors General, Corporate Services Branch",
                 "FROM: Annick Desjardins, Director, Workforce Classification",
                 "DATE: March 4, 2024",
                 "SUBJECT: Updating EX work descriptions to the current Treasury Board template",
                 "",
                 "As announced at the Executive Committee of February 20, all executive (EX-01 to EX-03) work "
                 "descriptions older than 2016 must be rewritten in the current template (client-service results, "
                 "key activities, nature and scope, dimensions) before the spring talent management cycle.",
                 "Please send your drafts to the classification mailbox by April 30, 2024. Each draft should show the "
                 "position number, the supervisor's position number and the dimensions for 2023-24 (FTEs, salary, "
                 "O&M and total budget).",
                 "Positions to be reviewed first: 45821 (EX-02), 47730 (EX-01) and 51002 (EX-03).",
                 "Questions can be directed to Wei Zhang, Senior Classification Advisor.",
                 "",
                 "Annick Desjardins"]:
        d.add_paragraph(line)
    cp = d.core_properties
    cp.author = ""
    cp.created = cp.modified = cp.last_printed = FIXED
    buf = io.BytesIO()
    d.save(buf)
    out.append(("Memo - EX work descriptions update, spring 2024.docx", "docx", "en", fixed_zip(buf.getvalue()),
                ["Annick Desjardins", "Wei Zhang"]))
    # 2. an executive performance agreement (docx, fr) with header fields like a description's
    d = Document()
    d.add_heading("Entente de rendement des cadres de direction 2023-2024", level=0)
    tb = d.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in [("Nom", "Robert Nadeau"), ("Titre du poste", "Directeur, Opérations de prévision"),
                 ("Groupe et niveau", "EX-01"), ("Numéro du poste", "63390"),
                 ("Gestionnaire", "Lisa Kerr, directrice générale, Opérations du Service météorologique"),
                 ("Période visée", "1er avril 2023 au 31 mars 2024")]:
        c = tb.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_heading("Engagements", level=1)
    for x in ["Engagement 1 - Résultats opérationnels : maintenir le taux de diffusion des alertes à 98 % dans les délais.",
              "Engagement 2 - Gestion des personnes : réaliser les conversations sur le talent avec tous les gestionnaires.",
              "Engagement 3 - Gestion financière : respecter le budget de F et E de 1,2 M$ à 2 % près.",
              "Engagement 4 - Leadership : appuyer la mise en oeuvre du plan d'action sur l'équité, la diversité et l'inclusion."]:
        d.add_paragraph(x, style="List Bullet")
    d.add_heading("Évaluation de fin d'exercice", level=1)
    d.add_paragraph("Cote de rendement : Réussi +        Signature du cadre : Robert Nadeau        "
                    "Signature de la gestionnaire : Lisa Kerr")
    cp = d.core_properties
    cp.author = ""
    cp.created = cp.modified = cp.last_printed = FIXED
    buf = io.BytesIO()
    d.save(buf)
    out.append(("Entente de rendement 2023-2024 - R. Nadeau (signée).docx", "docx", "fr", fixed_zip(buf.getvalue()),
                ["Robert Nadeau", "Lisa Kerr"]))
    # 3. a letter offering an acting appointment (pdf, fr)
    letter = "\n".join([
        "Agence des services frontaliers du Canada", "", "Le 12 août 2024", "", "Madame Julie Fortin",
        "Ottawa (Ontario)", "", "Objet : Offre de nomination intérimaire", "",
        "Madame,", "",
        "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Politique sur les",
        "voyageurs (EX-01), numéro de poste 48215, à la Direction générale du commerce et des échanges",
        "commerciaux, à Ottawa (Ontario), du 3 septembre 2024 au 28 février 2025.",
        "", "Votre rémunération sera établie à 142 500 $ par année, conformément à la Politique sur les conditions",
        "d'emploi des cadres de direction.", "",
        "Veuillez signer et retourner un exemplaire de la présente lettre au plus tard le 23 août 2024.", "",
        "Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.", "",
        "Brian McAllister", "Directeur général, Programmes des voyageurs", "",
        "J'accepte l'offre ci-dessus : ______________________  Date : __________"])
    out.append(("Lettre d'offre - intérim EX-01 - J. Fortin.pdf", "pdf", "fr", pdf_bytes([letter]),
                ["Julie Fortin", "Brian McAllister"]))
    # 4. an organization chart saved as text (en)
    chart = "\n".join([
        "Shared Services Canada - Networks, Security and Digital Services",
        "ORGANIZATION CHART - effective 2023-10-01", "",
        "                 Director General, Network Services (EX-03)",
        "                 Pos. 301455 - Hannah Goldberg", "                           |",
        "      +--------------------+----------------------+--------------------+",
        "      |                    |                      |                    |",
        "Director, Wide Area   Director, Network     Director,             Senior Advisor",
        "Network (EX-01)       Operations Centre     Telecommunications    (IT-05)",
        "Pos. 301502           (EX-01)               (EX-01)               Pos. 301517",
        "Éric Lachance         Pos. 301509           Pos. 301511           Tanya Reimer",
        "48 FTEs               Vacant                36 FTEs",
        "                      62 FTEs", "",
        "Total FTEs: 147                                 Prepared by: SSC Corporate Planning", ""])
    out.append(("Org chart - NSDS Network Services Oct 2023.txt", "text", "en", chart.encode("utf-8"),
                ["Hannah Goldberg", "Éric Lachance", "Tanya Reimer"]))
    # 5. a signed description scanned to PDF without a text layer (fr)
    out.append(("DT signée - Directrice, Numérisation (numérisée).pdf", "pdf", "fr", pdf_bytes(["", "", ""]), []))
    # 6. the blank Treasury Board template, all placeholders (docx, bilingual)
    d = Document()
    d.add_heading("Executive (EX) Group Work Description / Description de travail du groupe de la direction (EX)", level=0)
    tb = d.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in [("Position Title / Titre du poste", "[Enter the position title / Inscrire le titre du poste]"),
                 ("Classification", "EX-0X"),
                 ("Position Number / Numéro du poste", "[#####]"),
                 ("Job Code / Code d'emploi", "[######]"),
                 ("Effective Date / Date d'entrée en vigueur", "Click or tap to enter a date."),
                 ("Supervisor's Position Title / Titre du poste du superviseur", "[Title / Titre]"),
                 ("Supervisor's Classification / Classification du superviseur", "EX-0X"),
                 ("Location / Lieu de travail", "[City, Province / Ville, province]")]:
        c = tb.add_row().cells
        c[0].text, c[1].text = k, v
    for h, x in [("Client-Service Results / Résultats axés sur le service à la clientèle",
                  "[Describe, in one or two sentences, the results the position delivers to its clients. / "
                  "Décrire en une ou deux phrases les résultats que le poste produit pour ses clients.]"),
                 ("Key Activities / Activités principales",
                  "[List six to eight key activities, starting each with a verb. / Énumérer de six à huit activités "
                  "principales, chacune commençant par un verbe.]"),
                 ("Nature and Scope / Nature et étendue",
                  "Context / Contexte: [...]\nChallenges / Défis: [...]\nKey Decisions / Décisions clés: [...]\n"
                  "Partners / Partenaires: [...]"),
                 ("Dimensions", "FTEs / ETP: [ ]\nSalary / Salaires: $[ ]\nO&M / F et E: $[ ]\nTotal: $[ ]"),
                 ("Organization Structure / Structure organisationnelle",
                  "[Describe the position's place in the organization and list its direct reports with their "
                  "group and level and FTEs. / Décrire la place du poste et énumérer les postes subalternes.]")]:
        d.add_heading(h, level=1)
        for line in x.split("\n"):
            d.add_paragraph(line)
    cp = d.core_properties
    cp.author = ""
    cp.created = cp.modified = cp.last_printed = FIXED
    buf = io.BytesIO()
    d.save(buf)
    out.append(("EX WD template 2024 - BLANK (do not use) - gabarit.docx", "docx", "bilingual",
                fixed_zip(buf.getvalue()), []))
    return out


def main():
    rng = random.Random(SEED)
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    positions = make_positions(rng)
    # kinds and languages of the 45 documents
    kinds = ["docx"] * 23 + ["pdf"] * 11 + ["markdown"] * 5 + ["text"] * 3 + ["text-cp1252"] * 3
    langs = ["fr"] * 17 + ["bi"] * 9 + ["en"] * 16
    rng.shuffle(kinds)
    rng.shuffle(langs)
    # three positions appear twice: a draft Word file and its signed PDF; a Word file and a copy "(1)";
    # a Word file and its Markdown conversion
    docs = []
    for i in range(42):
        docs.append(dict(pos=positions[i], kind=kinds[i], lang=langs[i]))
    twins = [(3, "draft->pdf"), (11, "copy"), (20, "md")]
    for j, (i, how) in enumerate(twins):
        docs[i]["kind"] = "docx"
        docs.append(dict(pos=positions[i], kind={"draft->pdf": "pdf", "copy": "docx", "md": "markdown"}[how],
                         lang=docs[i]["lang"], twin_of=i, how=how))
    # the Word file count stays 23 +/-: make up the differences on non-twin documents
    want = {"docx": 23, "pdf": 11, "markdown": 5, "text": 3, "text-cp1252": 3}
    have = {k: sum(1 for d in docs if d["kind"] == k) for k in want}
    twin_idx = {i for i, _ in twins} | set(range(42, 45))
    free = [k for k in range(42) if k not in twin_idx]
    for k, n in want.items():
        while have[k] > n:
            idx = next(x for x in free if docs[x]["kind"] == k)
            short = next(kk for kk in want if have[kk] < want[kk])
            docs[idx]["kind"] = short
            have[k] -= 1
            have[short] += 1
            free.remove(idx)

    # draft features, spread over the documents
    draft_ids = set(rng.sample(range(42), 11)) | {3}
    ph_ids = set(rng.sample(range(42), 7))
    new_ids = set(rng.sample([k for k in range(42) if k not in (3, 11, 20)], 5))
    acting_ids = set(rng.sample(range(42), 4))
    names = set()
    manifest = []
    for n, doc in enumerate(docs):
        p, kind, lang = doc["pos"], doc["kind"], doc["lang"]
        i = p["i"]
        drng = random.Random(f"{SEED}-{i}")   # the same position renders the same text in its two documents
        feat = dict(kind=kind)
        feat["kv_style"] = drng.choice(["line", "next", "table", "dots", "cells", "tabs"] if kind == "docx"
                                       else ["line", "next", "dots", "line", "table"])
        feat["sup_style"] = drng.choice(["fields", "fields", "line", "sentence"])
        feat["rep_style"] = drng.choice(["table", "prose", "colon", "dash", "table"])
        feat["dims"] = drng.choice(["list", "table", "row", "k000", "prose", "list", "table"])
        feat["head_style"] = drng.choice(["plain", "upper", "numbered", "colon", "plain"])
        feat["order"] = drng.choice([["csr", "ka", "ns", "dims", "org"], ["csr", "ka", "org", "dims", "ns"],
                                     ["org", "csr", "ka", "ns", "dims"], ["csr", "org", "dims", "ns", "ka"]])
        if drng.random() < 0.35:
            feat["drop_fte"] = 0.3
        if drng.random() < 0.25:
            feat["drop_cls"] = 0.4
        if drng.random() < 0.15:
            feat["no_total"] = True
        if i in draft_ids and doc.get("how") != "draft->pdf":
            feat["draft"] = True
            feat["comment_cls"] = drng.random() < 0.4
            feat["comment_dims"] = drng.random() < 0.6
            feat["comment_org"] = drng.random() < 0.5
            if kind in ("docx", "markdown") and drng.random() < 0.6:
                feat["tc_salary"] = True
                feat["tc_date"] = drng.random() < 0.5
            if not (feat["comment_cls"] or feat["comment_dims"] or feat["comment_org"] or feat.get("tc_salary")):
                feat["comment_dims"] = True
        if i in ph_ids:
            for k in drng.sample(["ph_job", "ph_date", "ph_loc", "ph_sup"], drng.randint(1, 2)):
                feat[k] = True
            if feat.get("ph_sup"):
                feat["sup_style"] = "fields"
        if i in new_ids:
            L1 = "en" if lang in ("en", "bi") else "fr"
            feat["new"] = drng.choice(["NEW", "TBD", "New", "NEW (to be created)"] if L1 == "en"
                                      else ["NOUVEAU", "À déterminer", "Nouveau", "À venir"])
            feat["proposed"] = drng.random() < 0.5
            if drng.random() < 0.5:
                feat["ph_date"] = True
        if i in acting_ids:
            feat["acting"] = True
        if p["level"] == "EX-04" and feat["sup_style"] == "fields" and drng.random() < 0.5:
            feat["sup_style"] = "line"
        blocks, fields, not_stated, also, people = build(p, lang, drng, feat)
        frng = random.Random(f"{SEED}-name-{n}")
        if doc.get("how") == "copy":
            name = Path(docs[doc["twin_of"]]["name"]).stem + " (1).docx"
        elif doc.get("how") == "draft->pdf":
            t = p["title_en"] if lang in ("en", "bi") else p["title_fr"]
            name = f"{t} - FINAL - signed.pdf" if lang != "fr" else f"{t} - FINALE - signée.pdf"
        elif doc.get("how") == "md":
            name = Path(docs[doc["twin_of"]]["name"]).stem + ".md"
        else:
            name = filename(p, lang, kind, frng, feat)
        while name in names:
            name = name.replace(".", " (2).", 1)
        names.add(name)
        doc["name"] = name
        header = (f"{p['title_en'] if lang != 'fr' else p['title_fr']} - "
                  f"{'Work Description' if lang == 'en' else 'Description de travail' if lang == 'fr' else 'WD / DT'}")
        if kind == "docx":
            if doc.get("how") == "copy":
                data = (corpus / docs[doc["twin_of"]]["name"]).read_bytes()
            else:
                data = to_docx(blocks, drng, p["hr"], literal_comments=drng.random() < 0.35)
        elif kind == "pdf":
            data = to_pdf(blocks, drng, lang, header if drng.random() < 0.6 else None, "accepted")
        elif kind == "markdown":
            data = to_md(blocks, drng, Flat("md")).encode("utf-8")
        else:
            flat = Flat("text", "shown" if drng.random() < 0.5 else "accepted")
            txt = "\n".join(to_text(blocks, "text", drng, flat)) + "\n"
            if kind == "text-cp1252":
                data = smart(txt).replace("\u00a0", " ").replace("\n", "\r\n").encode("cp1252")
            else:
                data = txt.encode("utf-8")
        (corpus / name).write_bytes(data)
        if doc.get("how") == "copy":
            t = manifest[doc["twin_of"]]
            fields, not_stated, also, people = t["fields"], t["not_stated"], t["also"], t["people"]
        doc.update(fields=fields, not_stated=not_stated, also=also, people=people)
        manifest.append(doc)

    # the signed PDF of the draft: its own rendering has no draft features, so its truth is its own
    versions = {}
    for doc in manifest:
        if "twin_of" in doc:
            a, b = manifest[doc["twin_of"]]["name"], doc["name"]
            v = dict(position=doc["pos"]["title_en"], documents=[a, b],
                     newest=b if doc["how"] == "draft->pdf" else a,
                     note={"draft->pdf": "the draft with comments and the signed final",
                           "copy": "the same file saved twice", "md": "a Word file and its Markdown conversion"}[
                         doc["how"]])
            versions[a] = versions[b] = v

    for doc in manifest:
        lang = {"en": "en", "fr": "fr", "bi": "bilingual"}[doc["lang"]]
        y = dict(document=doc["name"], kind=doc["kind"], language=lang, outcome="import",
                 fields=doc["fields"], not_stated=doc["not_stated"], also=doc["also"],
                 people=doc["people"], versions=versions.get(doc["name"]))
        write_expected(expected, y)
    for name, kind, lang, data, people in refusals(rng):
        (corpus / name).write_bytes(data)
        write_expected(expected, dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None,
                                      not_stated=[], also=None, people=people, versions=None))


def write_expected(expected, y):
    text = yaml.safe_dump(y, sort_keys=False, allow_unicode=True, width=120)
    (expected / f"{y['document']}.expected.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
