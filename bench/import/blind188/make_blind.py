"""Blind corpus 188 for `hrkit import`: work descriptions that arrive by e-mail.

Run from the repository root:  python bench/import/blind188/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run."""
from __future__ import annotations

import base64
import datetime as dt
import io
import quopri
import random
import shutil
import sys
import zipfile
from pathlib import Path

import yaml
from docx import Document

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NBSP = "\u00a0"

PREFIX = {1: ("Director", "Directeur ou directrice"), 2: ("Executive Director", "Directeur exécutif ou directrice exécutive"),
          3: ("Director General", "Directeur général ou directrice générale"),
          4: ("Assistant Deputy Minister", "Sous-ministre adjoint ou sous-ministre adjointe")}

USED_NAMES: set = set()


# ---------------------------------------------------------------- positions
def person(rng):
    while True:
        n = f"{rng.choice(T.GIVEN)} {rng.choice(T.FAMILY)}"
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n


def make_position(i, rng):
    level = rng.choice([1, 1, 1, 2, 2, 3])
    area_en, area_fr = T.AREAS[i % len(T.AREAS)]
    sup_en, sup_fr = rng.choice(T.SUP_AREAS)
    dept = rng.choice(T.DEPARTMENTS)
    loc = rng.choice(T.LOCATIONS)
    reports = []
    for ra_en, ra_fr in rng.sample(T.REPORT_AREAS, rng.randint(2, 5)):
        if level == 1:
            rt, rtf, rc = f"Manager, {ra_en}", f"Gestionnaire, {ra_fr}", rng.choice(T.REPORT_CLASSES)
        else:
            rt, rtf, rc = f"Director, {ra_en}", f"Directeur ou directrice, {ra_fr}", "EX-01"
        reports.append({"title": rt, "title_fr": rtf, "classification": rc,
                        "fte": rng.randint(4, 38) if rng.random() < 0.8 else None})
    fte = sum(r["fte"] or rng.randint(3, 10) for r in reports) + 1 + rng.randint(0, 3)
    salary = rng.randint(90, 900) * 10000 * level // 2 + 500000
    salary -= salary % 10000
    om = rng.randint(20, 900) * 1000
    eff = dt.date(rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.85 else None
    return {
        "level": level, "title": f"{PREFIX[level][0]}, {area_en}", "title_fr": f"{PREFIX[level][1]}, {area_fr}",
        "area_en": area_en, "area_fr": area_fr,
        "classification": f"EX-0{level}", "job_code": str(rng.randint(100100, 109899)),
        "position_number": str(rng.randint(10000, 99999)) if rng.random() < 0.88 else None,
        "effective_date": eff,
        "sup": {"position_number": str(rng.randint(10000, 99999)) if rng.random() < 0.6 else None,
                "title": f"{PREFIX[level + 1][0]}, {sup_en}", "title_fr": f"{PREFIX[level + 1][1]}, {sup_fr}",
                "classification": f"EX-0{level + 1}"},
        "reports": reports, "salary": salary, "om": om,
        "total_stated": rng.random() < 0.75, "location": loc[0], "location_fr": loc[1],
        "dept": dept, "fte": fte,
    }


# ---------------------------------------------------------------- notations
def date_str(d, rng, lang):
    if d is None:
        return ""
    s = rng.choice(["iso", "long", "dmy", "slash"]) if lang != "fr" else rng.choice(["iso", "fr", "fr"])
    if s == "iso":
        return d.isoformat()
    if s == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if s == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if s == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def money(v, rng, lang, style=None):
    style = style or rng.choice(["full", "full", "k", "m"])
    if style == "m" and v % 10000:
        style = "k"
    if style == "k" and v % 1000:
        style = "full"
    if lang == "fr":
        if style == "full":
            return f"{v:,}".replace(",", NBSP) + NBSP + "$"
        if style == "k":
            return f"{v // 1000:,}".replace(",", NBSP) + NBSP + "k$"
        return (f"{v / 1e6:.3f}".rstrip("0").rstrip(".")).replace(".", ",") + NBSP + "M$"
    if style == "full":
        return f"${v:,}"
    if style == "k":
        return f"${v // 1000:,}K"
    return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"


def words_money(v, lang):
    """A sentence's notation: `$3.42 million`, `412 000 dollars`."""
    if v % 10000 == 0 and v >= 1000000:
        n = f"{v / 1e6:.2f}".rstrip("0").rstrip(".")
        return f"${n} million" if lang == "en" else n.replace(".", ",") + " millions de dollars"
    return f"${v:,}" if lang == "en" else f"{v:,}".replace(",", NBSP) + " $"


def total(p):
    return p["salary"] + p["om"]


# ---------------------------------------------------------------- work description as text
def wd_text(p, rng, lang, names):
    """A labelled work description in plain text. lang: en, fr or bilingual. Returns text."""
    form = rng.choice(["A", "B", "C"])
    L = []
    add = L.append
    dept = p["dept"]
    fr = lang == "fr"
    if lang == "bilingual":
        add("EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE")
        add(f"{dept[0]} / {dept[1]}")
        add("")
        add(f"Position Title / Titre du poste: {p['title']} / {p['title_fr']}")
        add(f"Group and Level / Groupe et niveau: {p['classification']}")
        add(f"Job Code / Code d'emploi: {p['job_code']}")
        add(f"Position Number / Numéro de poste: {p['position_number'] or 'Vacant - to be assigned / à attribuer'}")
        add(f"Effective Date / Date d'entrée en vigueur: {date_str(p['effective_date'], rng, 'en')}")
        add(f"Location / Lieu: {p['location']}")
        add(f"Supervisor's Position Title / Titre du poste du superviseur: {p['sup']['title']}")
        add(f"Supervisor's Classification / Classification du superviseur: {p['sup']['classification']}")
        add(f"Supervisor's Position No. / No de poste du superviseur: {p['sup']['position_number'] or ''}")
        lang = "en"
    elif fr:
        add("DESCRIPTION DE TRAVAIL DE CADRE")
        add(dept[1])
        add("")
        add(f"Titre du poste : {p['title_fr']}")
        add(f"Groupe et niveau : {p['classification']}")
        add(f"Code d'emploi : {p['job_code']}")
        add(f"Numéro de poste : {p['position_number'] or 'Nouveau'}")
        add(f"Date d'entrée en vigueur : {date_str(p['effective_date'], rng, 'fr')}")
        add(f"Lieu : {p['location_fr']}")
        sp = f", poste no {p['sup']['position_number']}" if p["sup"]["position_number"] else ""
        add(f"Relève de : {p['sup']['title_fr']} ({p['sup']['classification']}{sp})")
    elif form == "A":
        add("EXECUTIVE GROUP POSITION DESCRIPTION")
        add(f"Department: {dept[0]}")
        add("")
        add(f"Position Title: {p['title']}")
        add(f"Position Job Code: {p['job_code']}")
        add(f"Classification: {p['classification']}")
        add(f"Position Number: {p['position_number'] or 'TBD'}")
        add(f"Effective Date: {date_str(p['effective_date'], rng, 'en')}")
        add(f"Geographic Location: {p['location']}")
        add(f"Supervisor's Position No.: {p['sup']['position_number'] or 'N/A'}")
        add(f"Supervisor's Position Title: {p['sup']['title']}")
        add(f"Supervisor's Classification: {p['sup']['classification']}")
    else:
        add(f"EXECUTIVE WORK DESCRIPTION          Job code: {p['job_code']}")
        add(f"TITLE: {p['title']}")
        add(f"GROUP/LEVEL: {p['classification']}    POSITION NUMBER: {p['position_number'] or 'NEW'}")
        add(f"EFFECTIVE DATE: {date_str(p['effective_date'], rng, 'en')}")
        add(f"DEPARTMENT: {dept[0]}    LOCATION: {p['location']}")
        sp = f", position {p['sup']['position_number']}" if p["sup"]["position_number"] else ""
        if form == "C":
            add(f"REPORTS TO: {p['sup']['title']} ({p['sup']['classification']}{sp})")
    add("")
    fr = lang == "fr"
    add("RESPONSABILITÉ GÉNÉRALE" if fr else "GENERAL ACCOUNTABILITY")
    add(rng.choice(T.GA_FR if fr else T.GA_EN).format(t=p["title_fr" if fr else "title"],
                                                       a=(p["area_fr"] if fr else p["area_en"]).lower()))
    add("")
    add("STRUCTURE DE L'ORGANISATION" if fr else "ORGANIZATION STRUCTURE")
    if form == "B" and not fr:
        sp = f" (position {p['sup']['position_number']})" if p["sup"]["position_number"] else ""
        add(f"The {p['title']} reports to the {p['sup']['title']}, {p['sup']['classification']}{sp}.")
    rs = p["reports"]
    layout = rng.choice(["bullets", "sentence", "lines"])

    def one(r):
        t = r["title_fr"] if fr else r["title"]
        if r["fte"] is None:
            return f"{t} ({r['classification']})"
        return f"{t} ({r['classification']}, {r['fte']} {'ETP' if fr else rng.choice(['FTEs', 'FTE'])})"
    if layout == "sentence":
        head = "Les postes suivants relèvent du titulaire : " if fr else "The following positions report to the " \
            + p["title"].split(",")[0] + ": "
        add(head + "; ".join(one(r) for r in rs) + ".")
    elif layout == "bullets":
        add("Relèvent du titulaire :" if fr else "Reporting to the position are:")
        for r in rs:
            add(f"  - {one(r)}")
    else:
        add("Subordonnés directs            Groupe/niveau   ETP" if fr else "Direct reports                 Group/level     FTEs")
        for r in rs:
            t = r["title_fr"] if fr else r["title"]
            add(f"{t:<42} {r['classification']:<8} {'' if r['fte'] is None else r['fte']}")
    add("")
    add("DIMENSIONS")
    st = rng.choice(["full", "k", "m"])
    add(f"{'ETP' if fr else 'FTEs'}: {p['fte']}")
    add(f"{'Salaires' if fr else 'Salary'}: {money(p['salary'], rng, lang, st)}")
    add(f"{'F et E' if fr else 'O&M'}: {money(p['om'], rng, lang, st)}")
    if p["total_stated"]:
        add(f"Total: {money(total(p), rng, lang, st)}")
    add("")
    add("NATURE ET PORTÉE" if fr else "NATURE AND SCOPE")
    add(T.NS_FR if fr else T.NS_EN)
    add("")
    add("RESPONSABILITÉS PRINCIPALES" if fr else "SPECIFIC ACCOUNTABILITIES")
    for k, s in enumerate(rng.sample(T.SPEC_FR if fr else T.SPEC_EN, 4), 1):
        add(f"{k}. {s}")
    add("")
    approver = person(rng)
    names.append(approver)
    add("APPROBATION" if fr else "APPROVAL")
    add(f"{'Approuvé par' if fr else 'Approved by'}: {approver}, {p['sup']['title_fr' if fr else 'title']}")
    if rng.random() < 0.5:
        c = person(rng)
        names.append(c)
        add(f"{'Classifié par' if fr else 'Classified by'}: {c}")
    return "\n".join(L) + "\n"


def memo_text(p, rng, lang, names, former=None):
    """A staffing-action memo: the position's figures stated in sentences."""
    author, dg = person(rng), person(rng)
    names += [author, dg]
    memo_date = dt.date(2024, rng.randint(1, 12), rng.randint(1, 28))
    sup = p["sup"]
    L = []
    if lang == "fr":
        L += ["NOTE DE SERVICE", "", f"DESTINATAIRE : {dg}, {sup['title_fr']}", f"EXPÉDITEUR : {author}, Ressourcement des cadres",
              f"DATE : {date_str(memo_date, rng, 'fr')}",
              f"OBJET : Mesure de dotation - {p['title_fr']}", "", "BUT", ""]
        pn = f", numéro de poste {p['position_number']}" if p["position_number"] else ", un nouveau poste qui n'a pas encore de numéro"
        L.append(f"Obtenir votre approbation pour doter de façon indéterminée le poste de {p['title_fr']} "
                 f"({p['classification']}, code d'emploi {p['job_code']}){pn}, situé à {p['location_fr']}.")
        L += ["", "CONTEXTE", ""]
        eff = f" La classification a pris effet le {date_str(p['effective_date'], rng, 'fr')}." if p["effective_date"] else ""
        sp = f", poste {sup['position_number']}" if sup["position_number"] else ""
        L.append(f"Le poste relève de vous, à titre de {sup['title_fr']} ({sup['classification']}{sp}).{eff}")
        parts = [f"{r['title_fr']} ({r['classification']}" + (f", {r['fte']} ETP)" if r["fte"] else ")") for r in p["reports"]]
        L.append(f"Le titulaire dirigera une équipe de {p['fte']} ETP par l'entremise de {len(parts)} subordonnés directs : "
                 + ", ".join(parts[:-1]) + " et " + parts[-1] + ".")
        tot = f", pour un total de {words_money(total(p), 'fr')}" if p["total_stated"] else ""
        L.append(f"Le budget salarial du poste est de {words_money(p['salary'], 'fr')} et son budget de F et E de "
                 f"{words_money(p['om'], 'fr')}{tot}.")
        L += ["", "RECOMMANDATION", "", "Il est recommandé que vous approuviez la mesure de dotation.", "",
              author, "", f"Approuvé : ____________________   {dg}"]
        return "\n".join(L) + "\n"
    L += ["MEMORANDUM", "", f"TO: {dg}, {sup['title']}", f"FROM: {author}, Executive Resourcing",
          f"DATE: {date_str(memo_date, rng, 'en')}", f"SUBJECT: Staffing action - {p['title']}", "", "PURPOSE", ""]
    pn = f", position number {p['position_number']}" if p["position_number"] else ", a new position not yet numbered"
    L.append(f"To seek your approval to staff, on an indeterminate basis, the position of {p['title']} "
             f"({p['classification']}, job code {p['job_code']}){pn}, located in {p['location']}.")
    L += ["", "BACKGROUND", ""]
    eff = f" The classification took effect on {date_str(p['effective_date'], rng, 'en')}." if p["effective_date"] else \
        " The effective date will be confirmed by the Classification Committee."
    sp = f", position {sup['position_number']}" if sup["position_number"] else ""
    L.append(f"The position reports to you as {sup['title']} ({sup['classification']}{sp}).{eff}")
    parts = [f"the {r['title']} ({r['classification']}" + (f", {r['fte']} FTEs)" if r["fte"] else ")") for r in p["reports"]]
    L.append(f"The incumbent will lead a directorate of {p['fte']} FTEs through {len(parts)} direct reports: "
             + ", ".join(parts[:-1]) + " and " + parts[-1] + ".")
    tot = f", for a total of {words_money(total(p), 'en')}" if p["total_stated"] else ""
    if former:
        L.append(f"Following the 2023 realignment the salary budget, previously {words_money(former, 'en')}, is now "
                 f"{words_money(p['salary'], 'en')}; the O&M budget is {words_money(p['om'], 'en')}{tot}.")
    else:
        L.append(f"The position manages a salary budget of {words_money(p['salary'], 'en')} and an O&M budget of "
                 f"{words_money(p['om'], 'en')}{tot}.")
    L += ["", "RECOMMENDATION", "", "It is recommended that you approve the staffing action.", "",
          author, "", f"Approved / Not approved: ____________________   {dg}"]
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- OCR damage
DIGIT = {"0": "OoD", "1": "Il", "2": "Z", "5": "S", "6": "b", "8": "B"}
STRENGTH = {"light": 0.05, "medium": 0.12, "heavy": 0.25}


def ocr(text, rng, strength, header):
    p = STRENGTH[strength]
    out = []
    for line in text.split("\n"):
        chars = []
        for ch in line:
            if ch in DIGIT and rng.random() < p:
                ch = rng.choice(DIGIT[ch])
            elif ch == "m" and rng.random() < p / 3:
                ch = "rn"
            elif ch == "e" and rng.random() < p / 4:
                ch = "c"
            elif ch == " " and rng.random() < p / 4:
                ch = ""
            elif ch in "éèà" and rng.random() < p * 2:
                ch = {"é": "e", "è": "e", "à": "a"}[ch]
            chars.append(ch)
        line = "".join(chars)
        while len(line) > 72:   # rewrap, sometimes hyphenating
            cut = line.rfind(" ", 0, 72)
            if cut < 20:
                cut = 72
            word_end = line.find(" ", cut + 1)
            word = line[cut + 1:word_end if word_end > 0 else len(line)]
            if len(word) > 7 and word.isalpha() and rng.random() < 0.4:
                k = len(word) // 2
                out.append(line[:cut + 1 + k] + "-")
                line = line[cut + 1 + k:]
            else:
                out.append(line[:cut])
                line = line[cut + 1:]
        out.append(line)
    pages, n = [], 40
    for k in range(0, len(out), n):
        pages.append(out[k:k + n])
    m = len(pages)
    res = []
    for k, pg in enumerate(pages, 1):
        block = ([header, ""] if k > 1 else []) + pg + ["", rng.choice([f"Page {k} of {m}", f"- {k} -", str(k)])]
        res.append("\n".join(block))
    return "\n\f".join(res) + "\n"


# ---------------------------------------------------------------- containers
FIXED = dt.datetime(2024, 5, 1, 9, 0, 0)


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def docx_from(build, author):
    d = Document()
    build(d)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def docx_wd(p, rng, lang, names, title_note=None):
    fr = lang == "fr"
    author = person(rng)
    names.append(author)
    approver = person(rng)
    names.append(approver)

    def build(d):
        d.add_heading("Description de travail de cadre" if fr else (
            "Executive Work Description / Description de travail de cadre" if lang == "bilingual"
            else "Executive Work Description"), 0)
        if title_note:
            d.add_paragraph(title_note)
        rows = []
        if fr:
            rows = [("Titre du poste", p["title_fr"]), ("Groupe et niveau", p["classification"]),
                    ("Code d'emploi", p["job_code"]), ("Numéro de poste", p["position_number"] or "À déterminer"),
                    ("Date d'entrée en vigueur", date_str(p["effective_date"], rng, "fr")),
                    ("Ministère", p["dept"][1]), ("Lieu", p["location_fr"]),
                    ("Titre du poste du superviseur", p["sup"]["title_fr"]),
                    ("Classification du superviseur", p["sup"]["classification"]),
                    ("Numéro de poste du superviseur", p["sup"]["position_number"] or "")]
        else:
            bi = lang == "bilingual"
            rows = [("Position Title / Titre du poste" if bi else "Position Title", p["title"]),
                    ("Titre du poste (français)" if bi else None, p["title_fr"]),
                    ("Classification", p["classification"]), ("Job Code", p["job_code"]),
                    ("Position Number", p["position_number"] or "To be determined"),
                    ("Effective Date", date_str(p["effective_date"], rng, "en")),
                    ("Department", p["dept"][0]), ("Location", p["location"]),
                    ("Supervisor's Position Title", p["sup"]["title"]),
                    ("Supervisor's Classification", p["sup"]["classification"]),
                    ("Supervisor's Position No.", p["sup"]["position_number"] or "")]
            rows = [r for r in rows if r[0]]
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = a, b
        d.add_heading("Responsabilité générale" if fr else "General Accountability", 1)
        d.add_paragraph(rng.choice(T.GA_FR if fr else T.GA_EN).format(
            t=p["title_fr" if fr else "title"], a=(p["area_fr"] if fr else p["area_en"]).lower()))
        d.add_heading("Structure de l'organisation" if fr else "Organization Structure", 1)
        d.add_paragraph("Relèvent du titulaire :" if fr else "The following positions report directly to the position:")
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        h = t.rows[0].cells
        h[0].text, h[1].text, h[2].text = ("Poste", "Groupe et niveau", "ETP") if fr else ("Position", "Group and level", "FTEs")
        for r in p["reports"]:
            c = t.add_row().cells
            c[0].text = r["title_fr"] if fr else r["title"]
            c[1].text = r["classification"]
            c[2].text = "" if r["fte"] is None else str(r["fte"])
        d.add_heading("Dimensions", 1)
        st = rng.choice(["full", "k", "m"])
        lg = "fr" if fr else "en"
        d.add_paragraph(f"{'ETP' if fr else 'FTEs'}: {p['fte']}")
        d.add_paragraph(f"{'Salaires' if fr else 'Salary'}: {money(p['salary'], rng, lg, st)}")
        d.add_paragraph(f"{'F et E' if fr else 'O&M'}: {money(p['om'], rng, lg, st)}")
        if p["total_stated"]:
            d.add_paragraph(f"Total: {money(total(p), rng, lg, st)}")
        d.add_heading("Nature et portée" if fr else "Nature and Scope", 1)
        d.add_paragraph(T.NS_FR if fr else T.NS_EN)
        d.add_heading("Responsabilités principales" if fr else "Specific Accountabilities", 1)
        for s in rng.sample(T.SPEC_FR if fr else T.SPEC_EN, 4):
            d.add_paragraph(s, style="List Number")
        d.add_paragraph(f"{'Approuvé par' if fr else 'Approved by'}: {approver}")
    return docx_from(build, author)


def docx_memo(text, author):
    def build(d):
        for line in text.split("\n"):
            if line in ("MEMORANDUM", "NOTE DE SERVICE"):
                d.add_heading(line, 0)
            elif line.isupper() and len(line) < 30 and line:
                d.add_heading(line.title(), 1)
            else:
                d.add_paragraph(line)
    return docx_from(build, author)


def pdf_from_text(text):
    lines = []
    for line in text.split("\n"):
        while len(line) > 100:
            cut = line.rfind(" ", 0, 100)
            if cut <= 0:
                cut = 100
            lines.append(line[:cut])
            line = line[cut + 1:]
        lines.append(line)
    return pdf_bytes(["\n".join(lines[k:k + 64]) for k in range(0, len(lines), 64)])


def md_wd(p, rng, lang, names):
    fr = lang == "fr"
    approver = person(rng)
    names.append(approver)
    L = [f"# {'Description de travail' if fr else 'Job Description'}", "",
         f"## {'Renseignements sur le poste' if fr else 'Position Details'}", ""]
    if fr:
        items = [("Titre du poste", p["title_fr"]), ("Code d'emploi", p["job_code"]), ("Classification", p["classification"]),
                 ("Numéro de poste", p["position_number"] or "s.o."), ("Date d'entrée en vigueur", date_str(p["effective_date"], rng, "fr")),
                 ("Lieu", p["location_fr"]), ("No de poste du superviseur", p["sup"]["position_number"] or "s.o."),
                 ("Titre du poste du superviseur", p["sup"]["title_fr"]), ("Classification du superviseur", p["sup"]["classification"])]
    else:
        items = [("Position Title", p["title"])] + ([("Titre du poste", p["title_fr"])] if lang == "bilingual" else []) + [
            ("Position Job Code", p["job_code"]), ("Classification", p["classification"]),
            ("Position Number", p["position_number"] or "n/a"), ("Effective Date", date_str(p["effective_date"], rng, "en")),
            ("Geographic Location", p["location"]), ("Supervisor's Position No.", p["sup"]["position_number"] or "n/a"),
            ("Supervisor's Position Title", p["sup"]["title"]), ("Supervisor's Classification", p["sup"]["classification"])]
    L += [f"*   **{a}:** {b}" for a, b in items]
    L += ["", f"## {'Structure' if fr else 'Organization Structure'}", ""]
    L += ["| Poste | Groupe | ETP |" if fr else "| Position | Level | FTEs |", "|---|---|---|"]
    L += [f"| {r['title_fr'] if fr else r['title']} | {r['classification']} | {'' if r['fte'] is None else r['fte']} |"
          for r in p["reports"]]
    lg = "fr" if fr else "en"
    L += ["", "## Dimensions", "", f"*   **{'ETP' if fr else 'FTEs'}:** {p['fte']}",
          f"*   **{'Salaires' if fr else 'Salary'}:** {money(p['salary'], rng, lg)}",
          f"*   **{'F et E' if fr else 'O&M'}:** {money(p['om'], rng, lg)}"]
    if p["total_stated"]:
        L.append(f"*   **Total:** {money(total(p), rng, lg)}")
    L += ["", f"## {'Responsabilités' if fr else 'Specific Accountabilities'}", ""]
    L += [f"{k}.  {s}" for k, s in enumerate(rng.sample(T.SPEC_FR if fr else T.SPEC_EN, 4), 1)]
    L += ["", f"_{'Approuvé par' if fr else 'Approved by'} {approver}_", ""]
    return "\n".join(L)


# ---------------------------------------------------------------- e-mail
def addr(name, dept):
    g, f = name.split(" ", 1)
    local = (g + "." + f).lower().replace(" ", "").replace("é", "e").replace("ë", "e").replace("è", "e")
    return f'"{f}, {g} ({dept[2]})" <{local}@{dept[3]}>'


def rfc_date(d, rng):
    return f"{DAYS_EN[d.weekday()][:3]}, {d.day} {MONTHS_EN[d.month - 1][:3]} {d.year} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:00 -0400"


def signature(name, rng, dept, lang):
    t = rng.choice(T.HR_TITLES)
    return (f"\n--\n{name}\n{t[0]} | {t[1]}\n{dept[0]} | {dept[1]}\n"
            f"Tel. / Tél. : 819-555-0{rng.randint(100, 199)}\n")


def headers(frm, to, cc, date, subject, mid, extra=""):
    h = f"From: {frm}\nTo: {to}\n"
    if cc:
        h += f"Cc: {cc}\n"
    h += f"Date: {date}\nSubject: {subject}\nMessage-ID: <{mid}@mail.gc.ca>\nMIME-Version: 1.0\n{extra}"
    return h


def quote(text, depth=1):
    return "\n".join((">" * depth + " " + l).rstrip() if l else ">" * depth for l in text.split("\n"))


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def eml_people(rng, names, k=2):
    ps = [person(rng) for _ in range(k)]
    names += ps
    return ps


# ---------------------------------------------------------------- corpus plan
def main():
    out_c, out_e = HERE / "corpus", HERE / "expected"
    for d in (out_c, out_e):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    pos_rng = random.Random(188000)
    positions = [make_position(i, random.Random(188000 + i)) for i in range(46)]
    del pos_rng
    docs = []   # (file name, bytes, kind, lang, truth position or None, also, names, versions)

    def truth_fields(p, lang, over=None):
        q = dict(p)
        if over:
            q.update(over)
        f = {
            "title": q["title_fr"] if lang == "fr" else q["title"],
            "classification": q["classification"], "job_code": q["job_code"],
            "position_number": q["position_number"], "effective_date": q["effective_date"],
            "supervisor": {"position_number": q["sup"]["position_number"],
                           "title": q["sup"]["title_fr"] if lang == "fr" else q["sup"]["title"],
                           "classification": q["sup"]["classification"]},
            "direct_reports": [{"title": r["title_fr"] if lang == "fr" else r["title"],
                                "classification": r["classification"], "fte": r["fte"]} for r in q["reports"]],
            "salary": q["salary"], "o_and_m": q["om"], "total": total(q) if q["total_stated"] else None,
            "location": q["location_fr"] if lang == "fr" else q["location"],
        }
        return f

    def add(name, data, kind, lang, p, also=None, names=(), versions=None, over=None):
        docs.append((name, data, kind, lang, p, dict(also or {}), list(names), versions, over))

    pi = iter(range(46))

    def nxt():
        return positions[next(pi)]

    def R(k):
        return random.Random(188500 + k)

    # ---- e-mail: WD inline in the body (3)
    for k, lang in enumerate(["en", "en", "fr"]):
        p, rng, names = nxt(), R(k), []
        a, b = eml_people(rng, names)
        body = (f"Bonjour {b.split()[0]},\n\nVoici le texte de la description de travail, collé ci-dessous comme "
                "demandé.\n\n" if lang == "fr" else
                f"Hi {b.split()[0]},\n\nAs requested, the work description is pasted below (the Word file would not "
                "go through the gateway).\n\n") + "=" * 60 + "\n" + wd_text(p, rng, lang, names) + "=" * 60 + "\n"
        body += signature(a, rng, p["dept"], lang)
        subj = ("DT - " + p["title_fr"]) if lang == "fr" else ("WD for " + p["title"])
        subj_h = "=?utf-8?q?" + qp(subj).replace("=\n", "").replace(" ", "_").replace("?", "=3F").strip() + "?=" if lang == "fr" else subj
        msg = headers(addr(a, p["dept"]), addr(b, p["dept"]), "", rfc_date(dt.date(2024, 3, 4 + k), rng), subj_h,
                      f"188.inline.{k}", 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n')
        fname = [f"WD for {p['title']}.eml", f"FW_ {p['title'].split(',')[0]} WD (pasted).eml",
                 f"DT {p['position_number'] or 'nouveau'} - courriel.eml"][k]
        add(fname, crlf(msg + "\n" + body).encode("utf-8"), "text", lang, p,
            {"form": "e-mail, work description inline in a text/plain body (8bit)", "department": p["dept"][0]}, names)

    # ---- e-mail: attachment, base64 text (3; one windows-1252)
    for k, (lang, cs) in enumerate([("en", "utf-8"), ("bilingual", "windows-1252"), ("en", "utf-8")]):
        p, rng, names = nxt(), R(10 + k), []
        a, b = eml_people(rng, names)
        att_name = f"WD_{p['position_number'] or p['job_code']}_{p['classification']}.txt"
        att = wd_text(p, rng, lang, names)
        if cs == "windows-1252":
            att = att.replace("'", "\u2019").replace("\n", "\r\n")
        body = (f"{b.split()[0]},\n\nPlease find attached the signed-off work description for {p['title']}. Can you "
                f"load it before the committee on Thursday?\n\nThanks,\n{a.split()[0]}\n") + signature(a, rng, p["dept"], "en")
        bd = f"=_188_att_{k}"
        msg = headers(addr(a, p["dept"]), addr(b, p["dept"]), addr(eml_people(rng, names, 1)[0], p["dept"]),
                      rfc_date(dt.date(2024, 4, 2 + k), rng), f"Work description - {p['title']}", f"188.att.{k}",
                      f'Content-Type: multipart/mixed; boundary="{bd}"\n')
        msg += (f"\nThis is a multi-part message in MIME format.\n\n--{bd}\nContent-Type: text/plain; charset=\"utf-8\"\n"
                f"Content-Transfer-Encoding: 7bit\n\n{body}\n--{bd}\nContent-Type: text/plain; charset=\"{cs}\"; "
                f"name=\"{att_name}\"\nContent-Disposition: attachment; filename=\"{att_name}\"\n"
                f"Content-Transfer-Encoding: base64\n\n{b64(att.encode(cs))}\n--{bd}--\n")
        fname = [f"Work description - {p['title']}.eml", f"RE {p['classification']} WD {p['position_number'] or ''} (attachment).eml",
                 f"message ({k}).eml"][k]
        add(fname, crlf(msg).encode("utf-8"), "text", lang, p,
            {"form": f"e-mail, work description as a base64 text/plain attachment ({cs})", "department": p["dept"][0]},
            names)

    # ---- e-mail: attachment, quoted-printable (2; French accents)
    for k, lang in enumerate(["fr", "bilingual"]):
        p, rng, names = nxt(), R(20 + k), []
        a, b = eml_people(rng, names)
        att = wd_text(p, rng, lang, names)
        body = (f"Bonjour,\n\nCi-joint la description de travail révisée du poste « {p['title_fr']} ».\n\nMerci,\n"
                f"{a}\n")
        bd = f"=_188_qp_{k}"
        att_name = f"DT révisée {p['position_number'] or 'nouveau'}.txt"
        fn = att_name.encode("utf-8")
        enc_name = "utf-8''" + "".join(chr(x) if chr(x).isalnum() and x < 128 or chr(x) in "._-" else "%%%02X" % x for x in fn)
        msg = headers(addr(a, p["dept"]), addr(b, p["dept"]), "", rfc_date(dt.date(2024, 5, 6 + k), rng),
                      "=?utf-8?q?DT_r=C3=A9vis=C3=A9e?= - " + (p["position_number"] or "nouveau poste"), f"188.qp.{k}",
                      f'Content-Type: multipart/mixed; boundary="{bd}"\n')
        msg += (f"\n--{bd}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                f"{qp(body + signature(a, rng, p['dept'], 'fr'))}\n--{bd}\nContent-Type: text/plain; charset=\"utf-8\"\n"
                f"Content-Disposition: attachment; filename*={enc_name}\nContent-Transfer-Encoding: quoted-printable\n\n"
                f"{qp(att)}\n--{bd}--\n")
        fname = [f"Courriel - DT révisée {p['position_number'] or 'nouveau'}.eml", f"TR  DT-WD {p['job_code']}.eml"][k]
        add(fname, crlf(msg).encode("utf-8"), "text", lang, p,
            {"form": "e-mail, work description as a quoted-printable UTF-8 attachment", "department": p["dept"][0]}, names)

    # ---- e-mail: .docx attachment and .pdf attachment (base64)
    for k, kind in enumerate(["docx", "pdf"]):
        p, rng, names = nxt(), R(30 + k), []
        a, b = eml_people(rng, names)
        lang = "en"
        if kind == "docx":
            data = docx_wd(p, rng, lang, names)
            ct, att_name = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", f"{p['title']} - signed.docx"
        else:
            data = pdf_from_text(wd_text(p, rng, lang, names))
            ct, att_name = "application/pdf", f"EX WD {p['position_number'] or 'TBD'}.pdf"
        bd = f"=_188_bin_{k}"
        body = f"Attached is the final version. {b.split()[0]}, please confirm receipt.\n" + signature(a, rng, p["dept"], "en")
        msg = headers(addr(a, p["dept"]), addr(b, p["dept"]), "", rfc_date(dt.date(2024, 6, 3 + k), rng),
                      f"Final WD - {p['title']}", f"188.bin.{k}", f'Content-Type: multipart/mixed; boundary="{bd}"\n')
        msg += (f"\n--{bd}\nContent-Type: text/plain; charset=\"us-ascii\"\n\n{body}\n--{bd}\nContent-Type: {ct}; "
                f"name=\"{att_name}\"\nContent-Disposition: attachment; filename=\"{att_name}\"\n"
                f"Content-Transfer-Encoding: base64\n\n{b64(data)}\n--{bd}--\n")
        fname = f"Final WD - {p['title']}.eml" if kind == "docx" else f"Fwd_ EX WD {p['position_number'] or 'TBD'} (PDF).eml"
        add(fname, crlf(msg).encode("utf-8"), "text", lang, p,
            {"form": f"e-mail, work description as a base64 .{kind} attachment", "department": p["dept"][0]}, names)

    # ---- e-mail: reply quoting the WD with '>' and correcting the O&M
    p, rng, names = nxt(), R(40), []
    a, b, c = eml_people(rng, names, 3)
    old_om = p["om"]
    new_om = old_om + rng.randint(5, 60) * 1000
    wd = wd_text(dict(p, total_stated=True), rng, "en", names)
    newp = dict(p, om=new_om, total_stated=True)
    orig = (f"Hi {b.split()[0]},\n\nHere is the WD text for the {p['title']} position.\n\n{wd}\n{a}\n")
    reply = (f"{a.split()[0]},\n\nOne correction before it goes to the data steward: the O&M is {words_money(new_om, 'en')}, "
             f"not {words_money(old_om, 'en')} (the figure below is last year's), so the total becomes "
             f"{words_money(total(newp), 'en')}. Everything else stands.\n\n{b}\n{signature(b, rng, p['dept'], 'en')}\n"
             f"On {rfc_date(dt.date(2024, 2, 12), rng)}, {addr(a, p['dept'])} wrote:\n{quote(orig)}\n")
    msg = headers(addr(b, p["dept"]), addr(a, p["dept"]), addr(c, p["dept"]), rfc_date(dt.date(2024, 2, 13), rng),
                  f"Re: WD text - {p['title']}", "188.reply.0", 'Content-Type: text/plain; charset="utf-8"\n'
                  'Content-Transfer-Encoding: 8bit\nIn-Reply-To: <188.orig.0@mail.gc.ca>\n')
    add(f"Re_ WD text - {p['title']}.eml", crlf(msg + "\n" + reply).encode("utf-8"), "text", "en", p,
        {"form": "e-mail reply; the work description only in '>' quoted text", "department": p["dept"][0],
         "correction": f"the reply corrects O&M from {old_om} to {new_om}; the truth takes the correction"},
        names, over={"om": new_om, "total_stated": True})

    # ---- e-mail: forwards with nested quoting (2)
    for k, lang in enumerate(["en", "bilingual"]):
        p, rng, names = nxt(), R(50 + k), []
        a, b, c = eml_people(rng, names, 3)
        wd = wd_text(p, rng, lang, names)
        inner = f"{b.split()[0]},\n\nWD as approved by the DG, for your records.\n\n{wd}\n{a}\n"
        mid = (f"Forwarding for loading. See below.\n\n{b}\n\n> -----Original Message-----\n> From: {addr(a, p['dept'])}\n"
               f"> Sent: {rfc_date(dt.date(2023, 11, 20), rng)}\n> To: {addr(b, p['dept'])}\n"
               f"> Subject: Approved WD - {p['title']}\n>\n{quote(inner)}\n")
        top = (f"{c.split()[0]} - this is the one I mentioned. Note it is quoted twice over; the attachment was "
               f"stripped.\n\n{signature(c, rng, p['dept'], lang)}\n---------- Forwarded message ---------\n"
               f"From: {addr(b, p['dept'])}\nDate: {rfc_date(dt.date(2023, 11, 21), rng)}\nSubject: FW: Approved WD - "
               f"{p['title']}\n\n{quote(mid)}\n")
        msg = headers(addr(c, p["dept"]), addr(eml_people(rng, names, 1)[0], p["dept"]), "",
                      rfc_date(dt.date(2024, 1, 8 + k), rng), f"Fwd: FW: Approved WD - {p['title']}", f"188.fwd.{k}",
                      'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n')
        add(f"Fwd_ FW_ Approved WD - {p['title'].split(', ')[1]}.eml", crlf(msg + "\n" + top).encode("utf-8"), "text",
            lang, p, {"form": "e-mail forward of a forward: the work description quoted at depth 2 ('> > ' / '>> ')",
                      "department": p["dept"][0]}, names)

    # ---- e-mail: message/rfc822 attached original
    p, rng, names = nxt(), R(60), []
    a, b, c = eml_people(rng, names, 3)
    inner = headers(addr(a, p["dept"]), addr(b, p["dept"]), "", rfc_date(dt.date(2023, 9, 5), rng),
                    f"WD {p['title']}", "188.rfc.in", 'Content-Type: text/plain; charset="utf-8"\n'
                    'Content-Transfer-Encoding: quoted-printable\n') + "\n" + qp(wd_text(p, rng, "en", names) + f"\n{a}\n")
    bd = "=_188_rfc822"
    msg = headers(addr(c, p["dept"]), addr(b, p["dept"]), "", rfc_date(dt.date(2024, 7, 9), rng),
                  f"FW: WD {p['title']}", "188.rfc.out", f'Content-Type: multipart/mixed; boundary="{bd}"\n')
    msg += (f"\n--{bd}\nContent-Type: text/plain; charset=\"us-ascii\"\n\nOriginal message attached as an item.\n{c}\n"
            f"\n--{bd}\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\"WD {p['title'].split(',')[1].strip()}.eml\"\n\n"
            f"{inner}\n--{bd}--\n")
    add(f"FW WD {p['position_number'] or 'new'}.eml", crlf(msg).encode("utf-8"), "text", "en", p,
        {"form": "e-mail with the original message attached (message/rfc822, quoted-printable body)",
         "department": p["dept"][0]}, names)

    # ---- e-mail: staffing memo inline
    p, rng, names = nxt(), R(70), []
    a, b = eml_people(rng, names)
    memo = memo_text(p, rng, "en", names)
    msg = headers(addr(a, p["dept"]), addr(b, p["dept"]), "", rfc_date(dt.date(2024, 8, 12), rng),
                  f"Staffing action for approval - {p['title']}", "188.memo.0",
                  'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n')
    add(f"Staffing action for approval - {p['title']}.eml", crlf(msg + "\n" + qp(memo + signature(a, rng, p["dept"], "en"))).encode("utf-8"),
        "text", "en", p, {"form": "e-mail, staffing-action memo inline (quoted-printable): figures in sentences",
                          "department": p["dept"][0]}, names)

    # ---- e-mail: multipart/alternative (HTML and plain)
    p, rng, names = nxt(), R(80), []
    a, b = eml_people(rng, names)
    wd = wd_text(p, rng, "en", names)
    html = "<html><body><p>" + "<br>\n".join(l.replace("&", "&amp;") for l in wd.split("\n")) + "</p></body></html>\n"
    bd = "=_188_alt"
    msg = headers(addr(a, p["dept"]), addr(b, p["dept"]), "", rfc_date(dt.date(2024, 9, 3), rng), f"WD - {p['title']}",
                  "188.alt", f'Content-Type: multipart/alternative; boundary="{bd}"\n')
    msg += (f"\n--{bd}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n{b64(wd.encode())}"
            f"\n--{bd}\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(html)}\n--{bd}--\n")
    add(f"WD - {p['title']} (html).eml", crlf(msg).encode("utf-8"), "text", "en", p,
        {"form": "e-mail multipart/alternative: base64 text/plain and quoted-printable text/html of the same text",
         "department": p["dept"][0]}, names)

    # ---- e-mail printed to PDF from the mail client (headers, body with the WD inline)
    p, rng, names = nxt(), R(85), []
    a, b = eml_people(rng, names)
    text = (f"{b}\n\nFrom:     {a} <{addr(a, p['dept']).split('<')[1]}\nSent:     Wednesday, October 9, 2024 2:31 PM\n"
            f"To:       {b}\nSubject:  WD as discussed - {p['title']}\n\n{b.split()[0]},\n\nAs discussed, the WD:\n\n"
            + wd_text(p, rng, "en", names) + f"\nRegards,\n{a}\n" + signature(a, rng, p["dept"], "en"))
    add(f"Outlook - WD as discussed - {p['title'].split(', ')[1]}.pdf", pdf_from_text(text), "pdf", "en", p,
        {"form": "an e-mail printed to PDF (mail-client header block, work description inline)",
         "department": p["dept"][0]}, names)

    # ---- thread files saved as text (2: UTF-8 and cp1252)
    for k, cp in enumerate([False, True]):
        p, rng, names = nxt(), R(90 + k), []
        a, b, c = eml_people(rng, names, 3)
        wd = wd_text(p, rng, "en", names)
        old_date = p["effective_date"] or dt.date(2023, 4, 1)
        parts = [
            f"From: {c}\nSent: Friday, March 15, 2024 4:02 PM\nTo: {a}; {b}\nSubject: RE: RE: WD {p['title']}\n\n"
            f"Thanks both. I'll load it Monday.\n\n{c}\n",
            f"From: {b}\nSent: Friday, March 15, 2024 11:47 AM\nTo: {c}\nCc: {a}\nSubject: RE: WD {p['title']}\n\n"
            f"Confirmed - the text below is the approved version, no changes since the committee.\n\n{b}\n",
            f"From: {a}\nSent: Thursday, March 14, 2024 9:12 AM\nTo: {b}\nSubject: WD {p['title']}\n\n"
            f"Here's the WD text as it stands:\n\n{wd}\n{a}\n"]
        text = ("\n________________________________\n").join(parts)
        if cp:
            text = text.replace("'", "\u2019").replace(" - ", " \u2013 ")
            data = text.replace("\n", "\r\n").encode("cp1252")
            kind = "text-cp1252"
        else:
            data = text.encode("utf-8")
            kind = "text"
        add([f"Thread - WD {p['title']}.txt", f"email thread re {p['classification']} {p['position_number'] or ''}, saved.txt"][k],
            data, kind, "en", p, {"form": "an e-mail thread saved as text (three messages, newest first, the work "
                                  "description in the oldest)", "department": p["dept"][0]}, names)
        del old_date

    # ---- staffing memos (5): docx 2, pdf 1, ocr 1, text 1
    memo_specs = [("docx", "en", True), ("docx", "fr", False), ("pdf", "en", False), ("ocr", "en", False), ("text", "fr", False)]
    for k, (kind, lang, former) in enumerate(memo_specs):
        p, rng, names = nxt(), R(100 + k), []
        fm = p["salary"] - rng.randint(10, 40) * 10000 if former else None
        text = memo_text(p, rng, lang, names, former=fm)
        also = {"form": "staffing-action memo: the position's figures in sentences", "department": p["dept"][0]}
        if former:
            also["former_salary"] = f"{fm} (stated as the former value; the truth takes the current one)"
        if kind == "docx":
            data = docx_memo(text, names[0])
            fname = [f"Memo - staffing action {p['position_number'] or 'new position'} - signed.docx",
                     f"Note de service - dotation {p['title_fr'].split(', ')[-1]}.docx"][k]
        elif kind == "pdf":
            data, fname = pdf_from_text(text), f"Staffing memo {p['title']}.pdf"
        elif kind == "ocr":
            also["damage"] = "medium"
            data = ocr(text, rng, "medium", f"MEMORANDUM - {p['title']}").encode("utf-8")
            fname = f"scan_memo_{p['job_code']}.txt"
        else:
            data, fname = text.encode("utf-8"), f"Note - dotation {p['position_number'] or 'nouveau poste'}.txt"
        add(fname, data, kind, lang, p, also, names)

    # ---- regular work descriptions
    # Word (6): includes the final of a version pair and an exact (1) copy
    vp = nxt()   # versioned position: draft in an e-mail, final in Word
    rng, names = R(200), []
    a, b = eml_people(rng, names)
    draft = dict(vp, salary=vp["salary"] - 120000, reports=vp["reports"][:-1] if len(vp["reports"]) > 2 else vp["reports"])
    draft_text = wd_text(draft, rng, "en", names)
    body = (f"{b.split()[0]} - DRAFT for comment only, not yet approved. Salary and the last unit are still being "
            f"discussed.\n\n{draft_text}\n{a}\n" + signature(a, rng, vp["dept"], "en"))
    msg = headers(addr(a, vp["dept"]), addr(b, vp["dept"]), "", rfc_date(dt.date(2023, 10, 2), rng),
                  f"DRAFT WD - {vp['title']}", "188.draft", 'Content-Type: text/plain; charset="utf-8"\n'
                  'Content-Transfer-Encoding: 8bit\n')
    f_draft = f"DRAFT WD - {vp['title']}.eml"
    f_final = f"{vp['title']} - FINAL.docx"
    vers = {"documents": [f_draft, f_final], "newest": f_final, "same_text": False,
            "note": "the draft e-mail has a salary 120,000 lower and lacks the last direct report; the Word file is the approved final"}
    add(f_draft, crlf(msg + "\n" + body).encode("utf-8"), "text", "en", vp,
        {"form": "e-mail with a DRAFT work description inline", "department": vp["dept"][0]}, names, vers, over=draft)
    rng, names = R(201), []
    add(f_final, docx_wd(vp, rng, "en", names), "docx", "en", vp, {"department": vp["dept"][0]}, names, vers)
    for k, lang in enumerate(["en", "fr", "bilingual", "en"]):
        p, rng, names = nxt(), R(210 + k), []
        data = docx_wd(p, rng, lang, names)
        fname = [f"EX-0{p['level']} {p['title']}.docx", f"DT {p['title_fr']}.docx",
                 f"WD-DT {p['position_number'] or p['job_code']} (bilingue).docx", f"{p['title'].replace(',', '')} v3.docx"][k]
        if k == 3:
            v2 = {"documents": [fname, fname.replace(".docx", " (1).docx")], "newest": fname, "same_text": True,
                  "note": "a copy saved twice from the same e-mail attachment"}
            add(fname, data, "docx", lang, p, {"department": p["dept"][0]}, names, v2)
            add(fname.replace(".docx", " (1).docx"), data, "docx", lang, p, {"department": p["dept"][0]}, names, v2)
        else:
            add(fname, data, "docx", lang, p, {"department": p["dept"][0]}, names)
    # PDF (4)
    for k, lang in enumerate(["en", "en", "fr", "bilingual"]):
        p, rng, names = nxt(), R(230 + k), []
        add([f"{p['title']}.pdf", f"WD {p['position_number'] or 'TBD'} - signed.pdf", f"Description de travail – {p['title_fr']}.pdf",
             f"EX WD {p['job_code']}.pdf"][k], pdf_from_text(wd_text(p, rng, lang, names)), "pdf", lang, p,
            {"department": p["dept"][0]}, names)
    # OCR (5)
    for k, (lang, s) in enumerate([("en", "light"), ("en", "medium"), ("en", "heavy"), ("fr", "medium"), ("bilingual", "heavy")]):
        p, rng, names = nxt(), R(240 + k), []
        text = wd_text(p, rng, lang, names)
        add([f"Scan_{p['classification']}_{p['job_code']}.txt", f"img{4410 + k} OCR.txt", f"scan {p['title']}.txt",
             f"numérisation DT {p['job_code']}.txt", f"SCAN0{k}.txt"][k],
            ocr(text, rng, s, f"{p['dept'][2]} - {p['title']}").encode("utf-8"), "ocr", lang, p,
            {"damage": s, "department": p["dept"][0]}, names)
    # Markdown (3)
    for k, lang in enumerate(["en", "fr", "bilingual"]):
        p, rng, names = nxt(), R(250 + k), []
        add([f"{p['title']} (profile).md", f"DT {p['title_fr'].split(', ')[-1]}.md", f"WD {p['job_code']}.md"][k],
            md_wd(p, rng, lang, names).encode("utf-8"), "markdown", lang, p, {"department": p["dept"][0]}, names)
    # cp1252 text (2)
    for k, lang in enumerate(["en", "fr"]):
        p, rng, names = nxt(), R(260 + k), []
        text = wd_text(p, rng, lang, names).replace("'", "\u2019")
        add([f"{p['title']} – approved.txt", f"DT {p['position_number'] or 'nouveau'} (Windows).txt"][k],
            text.replace("\n", "\r\n").encode("cp1252"), "text-cp1252", lang, p, {"department": p["dept"][0]}, names)

    # ---- to refuse (5)
    rng, names = R(300), []
    a, b, c = eml_people(rng, names, 3)
    dept = T.DEPARTMENTS[0]
    body = (f"Hi all,\n\nThe Executive Classification Committee will review three files on Thursday: positions "
            f"{rng.randint(10000, 99999)} (EX-01), {rng.randint(10000, 99999)} (EX-02) and a new EX-01 in Program "
            f"Operations. Work descriptions to follow from the branches; please hold 2-4 pm.\n\n{a}\n"
            + signature(a, rng, dept, "en") + f"\nOn Mon, 4 Mar 2024, {b} wrote:\n> Can we move it to the afternoon?\n")
    msg = headers(addr(a, dept), addr(b, dept) + ", " + addr(c, dept), "", rfc_date(dt.date(2024, 3, 5), rng),
                  "RE: Classification committee - Thursday", "188.refuse.0",
                  'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n')
    add("RE_ Classification committee - Thursday.eml", crlf(msg + "\n" + body).encode("utf-8"), "text", "en", None,
        {"what": "e-mail scheduling a classification committee; names positions, holds no work description"}, names)
    rng, names = R(301), []
    a = person(rng)
    names.append(a)
    memo = (f"MEMORANDUM\n\nTO: All executives, Program Operations Branch\nFROM: {a}, Director General, Human Resources\n"
            "DATE: 2024-10-01\nSUBJECT: Executive talent management questionnaires, 2024-2025 cycle\n\nPURPOSE\n\n"
            "This memo reminds executives that the talent management questionnaire is mandatory for EX-03 to EX-05 and "
            "voluntary for EX-01 and EX-02. Questionnaires are due by January 31.\n\nBACKGROUND\n\nManagers of executives "
            "will hold talent conversations in February and March.\n")
    add("Memo - talent management questionnaires 2024-2025.docx", docx_memo(memo, a), "docx", "en", None,
        {"what": "a general HR memo on talent questionnaires; no position"}, names)
    rng, names = R(302), []
    ppl = [person(rng) for _ in range(4)]
    names += ppl
    minutes = ("PROCÈS-VERBAL / MINUTES\nComité de gestion des ressources humaines / Human Resources Management Committee\n"
               "2024-06-18\n\nPrésents / Present: " + ", ".join(ppl) + "\n\n1. Adoption of the agenda - adopted.\n"
               "2. Executive vacancies: three EX-01 positions vacant in Service Delivery; staffing strategy approved.\n"
               "3. Classification backlog: 14 work descriptions awaiting review; target 30 days.\n"
               "4. Varia - none.\n\nProchaine réunion / Next meeting: 2024-07-16\n")
    add("Minutes HRMC 2024-06-18.txt", minutes.replace("\n", "\r\n").encode("cp1252"), "text-cp1252", "bilingual", None,
        {"what": "minutes of a human resources management committee"}, names)
    rng, names = R(303), []
    ppl = [person(rng) for _ in range(5)]
    names += ppl
    chart = (f"# Organization chart - Program Operations Branch\n\n- Assistant Deputy Minister (EX-04) - {ppl[0]}\n"
             f"  - Director General, Program Operations (EX-03) - {ppl[1]}\n"
             f"    - Director, Grants Processing (EX-01) - {ppl[2]}\n    - Director, Client Support (EX-01) - vacant\n"
             f"  - Director General, Service Delivery (EX-03) - {ppl[3]}\n    - Executive Director, Call Centres (EX-02) - {ppl[4]}\n")
    add("Org chart POB (Sept 2024).md", chart.encode("utf-8"), "markdown", "en", None,
        {"what": "an organization chart as a nested list"}, names)
    add("Scan_2024-11-04 (no OCR).pdf", pdf_bytes(["", "", ""]), "pdf", "en", None,
        {"what": "a three-page scan without a text layer; unreadable"}, [])

    # ---- write
    seen = set()
    for name, data, kind, lang, p, also, names, versions, over in docs:
        assert name not in seen, name
        seen.add(name)
        (out_c / name).write_bytes(data)
        tl = "fr" if lang == "fr" else "en"
        if p is None:
            fields, ns = None, []
        else:
            q = dict(p)
            if over:
                q.update(over)
            fields = truth_fields(q, tl)
            if lang == "bilingual":
                also["title_fr"] = q["title_fr"]
            also["fte"] = q["fte"]
            ns = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
            ns += [f"supervisor.{k}" for k in ("position_number",) if fields["supervisor"][k] is None]
            if any(r["fte"] is None for r in fields["direct_reports"]):
                ns.append("direct_reports.fte (some)")
        truth = {"document": name, "kind": kind, "language": lang, "outcome": "import" if p else "refuse",
                 "fields": fields, "not_stated": ns or None, "also": also or None,
                 "people": sorted(set(names)) or None, "versions": versions}
        (out_e / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(truth, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    print(len(docs), "documents")


if __name__ == "__main__":
    main()
