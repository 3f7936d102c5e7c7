#!/usr/bin/env python3
"""Write the blind58 corpus: corpus/ (documents) and expected/ (ground truth), byte for byte the same
on every run.

    /work/main/.venv/bin/python bench/import/blind58/make_blind.py

Needs python-docx; PDFs are made by ``tests/import_files.pdf_bytes``. Positions, people, departments
and prose live in ``texts.py``; every position, number and person is invented."""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import zipfile
import zlib
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import texts  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

SEED = 5858
POS = {p["id"]: p for p in texts.POSITIONS}

# ---------------------------------------------------------------- notations

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


def ordinal(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(d, style):
    m, fm = MONTHS_EN[d.month - 1], MONTHS_FR[d.month - 1]
    return {
        "long": f"{m} {d.day}, {d.year}",
        "ordinal": f"{m} {ordinal(d.day)}, {d.year}",
        "dmy": f"{d.day} {m} {d.year}",
        "iso": d.isoformat(),
        "dots": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "abbr": f"{m[:3].upper()} {d.day} {d.year}",
        "abbr2": f"{m[:3]}{'.' if len(m) > 3 else ''} {d.day}, {d.year}",
        "dd-mon-yyyy": f"{d.day:02d}-{m[:3].upper()}-{d.year}",
        "fr": f"{'1er' if d.day == 1 else d.day} {fm} {d.year}",
        "fr_le": f"le {'1er' if d.day == 1 else d.day} {fm} {d.year}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
    }[style]


def _m(amount, sep="."):
    s = f"{amount / 1e6:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", sep)


def _k(amount):
    return amount // 1000


def group(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    return sep.join([s] + out)


def fmt_money(a, style):
    if style == "full":
        return "$" + group(a, ",")
    if style == "M":
        return f"${_m(a)}M" if a >= 1_000_000 else f"${_k(a)}K"
    if style == "M_sp":
        return f"${_m(a)} M" if a >= 1_000_000 else f"${_k(a)} K"
    if style == "K":
        return "$" + group(_k(a), ",") + "K"
    if style == "million":
        return f"${_m(a)} million" if a >= 1_000_000 else "$" + group(a, ",")
    if style == "fr_full":
        return group(a, "\u00a0") + " $"
    if style == "fr_cents":
        return group(a, " ") + ",00 $"
    if style == "fr_M":
        return f"{_m(a, ',')} M$" if a >= 1_000_000 else f"{_k(a)} k$"
    if style == "fr_k":
        return group(_k(a), " ") + " k$"
    if style == "fr_million":
        return f"{_m(a, ',')} million $" if a >= 1_000_000 else group(a, " ") + " $"
    raise ValueError(style)


def fmt_cls(c, style):
    if not c:
        return c
    head, _, lvl = c.rpartition("-")
    n = int(lvl)
    return {"dash": c, "space": f"{head} {lvl}", "short": f"{head}-{n}", "none": f"{head}{lvl}",
            "paren": f"({c})", "spdash": f"{head} - {lvl}"}[style]


def fmt_fte(n, style):
    if n == 1 and style in ("FTEs", "FTE's"):
        style = "FTE"
    return {"FTEs": f"{n} FTEs", "FTE": f"{n} FTE", "FTE's": f"{n} FTE's", "staff": f"staff of {n}",
            "ETP": f"{n} ETP", "effectif": f"effectif de {n}", "employees": f"{n} employees"}[style]


# ---------------------------------------------------------------- OCR damage

DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "b"}
LETTER = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("i", "l"), ("t", "l"),
          ("h", "b"), ("a", "e"), ("o", "a"), ("s", "a"), ("ti", "b"), ("d", "cl"), ("l", "I")]


def dmg_digits(s, r, p):
    if not p:
        return s
    out = []
    for ch in s:
        if ch in DIGIT and r.random() < p * (0.35 if ch in "26" else 1):
            sub = DIGIT[ch]
            if ch == "1" and r.random() < 0.3:
                sub = "l"
            out.append(sub)
        else:
            out.append(ch)
    return "".join(out)


def dmg_prose(s, r, p):
    if not p:
        return s
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and r.random() < p:
            a, b = LETTER[r.randrange(len(LETTER))]
            if a in w:
                i = w.find(a)
                w = w[:i] + b + w[i + len(a):]
        out.append(w)
    text = ""
    for i, w in enumerate(out):
        text += w
        if i < len(out) - 1:
            text += "" if r.random() < p * 0.35 else " "
    return dmg_digits(text, r, p * 0.5)


# ---------------------------------------------------------------- facts

def make_facts(pos, r):
    lvl = int(pos["level"][-2:])
    sal_range = {1: (90, 320), 2: (200, 600), 3: (400, 1500), 4: (900, 3000), 5: (2500, 6000)}[lvl]
    salary = r.randint(*sal_range) * 10_000
    om = r.randint(max(3, salary // 200_000), max(8, salary // 40_000)) * 1000 * r.choice([1, 5, 10])
    fte = sum(x[2] for x in pos["reports"]) + r.randint(1, 3)
    return dict(
        posno=str(r.randint(10000, 99999)) if r.random() < 0.75 else str(r.randint(100000, 999999)),
        job_code=str(r.randint(100000, 109999)),
        date=dt.date(r.randint(2015, 2024), r.randint(1, 12), r.randint(1, 28)),
        sup_posno=str(r.randint(10000, 99999)),
        salary=salary, om=om, fte=fte,
        people=[f"{r.choice(texts.FIRST)} {r.choice(texts.LAST)}" for _ in range(3)],
        program=r.randint(2, 90) * 1_000_000 if r.random() < 0.3 else None,
    )


# ---------------------------------------------------------------- labels

LABELS = {
    "en_a": dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number",
                 date="Effective Date", sup_pos="Supervisor's Position No.", sup_title="Supervisor's Position Title",
                 sup_cls="Supervisor's Classification", loc="Location", dept="Department", branch="Branch",
                 dir="Directorate"),
    "en_b": dict(title="TITLE", cls="GROUP/LEVEL", job="JOB CODE", pos="POSITION NO.", date="EFFECTIVE DATE",
                 sup_pos="SUPERVISOR POSITION NO.", sup_title="SUPERVISOR TITLE", sup_cls="SUPERVISOR GROUP/LEVEL",
                 loc="LOCATION", dept="DEPARTMENT", branch="BRANCH", dir="DIRECTORATE"),
    "en_c": dict(title="Job Title", cls="Position Level", job="Generic Job No.", pos="Position #",
                 date="Date Effective", sup_pos="Reports to (Position No.)", sup_title="Reports to (Title)",
                 sup_cls="Reports to (Level)", loc="Geographic Location", dept="Organization", branch="Sector",
                 dir="Division"),
    "en_d": dict(title="Official Title", cls="Group and Level", job="Job Code No.", pos="Position Ref. No.",
                 date="Effective", sup_pos="Immediate Supervisor - Position No.",
                 sup_title="Immediate Supervisor - Title", sup_cls="Immediate Supervisor - Classification",
                 loc="Work Location", dept="Department/Agency", branch="Branch", dir="Directorate"),
    "fr_a": dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro du poste",
                 date="Date d'entrée en vigueur", sup_pos="Numéro du poste du superviseur",
                 sup_title="Titre du poste du superviseur", sup_cls="Classification du superviseur",
                 loc="Lieu de travail", dept="Ministère", branch="Direction générale", dir="Direction"),
    "fr_b": dict(title="TITRE", cls="GROUPE ET NIVEAU", job="CODE DU POSTE", pos="NO DU POSTE",
                 date="EN VIGUEUR LE", sup_pos="POSTE DU SURVEILLANT (NO)", sup_title="TITRE DU SURVEILLANT",
                 sup_cls="GROUPE ET NIVEAU DU SURVEILLANT", loc="ENDROIT", dept="MINISTÈRE", branch="SECTEUR",
                 dir="DIRECTION"),
}
LABELS["bi"] = {k: f"{LABELS['en_a'][k]} / {LABELS['fr_a'][k]}" for k in LABELS["en_a"]}
LABELS["bi"]["title_fr"] = "Titre du poste (français)"
LABELS["bi"]["title"] = "Position Title (English) / Titre du poste (anglais)"
LABELS["bi"]["title_fr"] = "Position Title (French) / Titre du poste (français)"

HEAD = {
    "en": dict(ga="General Accountability", org="Organization Structure", ns="Nature and Scope",
               dim="Dimensions", sa="Specific Accountabilities", cert="Certification",
               csr="Client Service Results", ka="Key Activities", doc="EXECUTIVE GROUP WORK DESCRIPTION"),
    "fr": dict(ga="Responsabilités générales", org="Structure organisationnelle", ns="Nature et étendue",
               dim="Dimensions", sa="Responsabilités spécifiques", cert="Attestation",
               csr="Résultats axés sur le service à la clientèle", ka="Activités principales",
               doc="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)"),
}
HEAD["bi"] = {k: f"{HEAD['en'][k]} / {HEAD['fr'][k]}" for k in HEAD["en"]}
HEAD["bi"]["doc"] = "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"

DIM = {
    "en": [dict(sal="Salary", om="O&M", tot="Total", fte="FTEs", prog="Grants and Contributions"),
           dict(sal="Salary Budget", om="Operating and Maintenance", tot="Total Budget", fte="Number of FTEs",
                prog="Program Budget"),
           dict(sal="Salaries", om="O&M (non-salary)", tot="Total Operating Budget", fte="FTE's",
                prog="Vote 10 Grants and Contributions"),
           dict(sal="Salary dollars", om="Operating & Maintenance Budget", tot="Total (Salary + O&M)",
                fte="Human Resources (FTEs)", prog="Transfer payments")],
    "fr": [dict(sal="Salaires", om="F et E", tot="Total", fte="ETP", prog="Subventions et contributions"),
           dict(sal="Budget salarial", om="Fonctionnement et entretien", tot="Budget total",
                fte="Équivalents temps plein", prog="Budget de programme")],
}


# ---------------------------------------------------------------- the document model

KEEP = {"Canada", "Canadian", "Pacific", "Ontario", "Quebec", "Atlantic", "Prairie", "Cabinet", "ATIP", "CPI",
        "HR", "IP", "Vancouver", "Kelowna", "Winnipeg", "Edmonton", "Northern", "Québec", "CFO"}


def resp_phrase(title, lang):
    if ", " not in title:
        return "soutien au bureau" if lang == "fr" else "supporting the office"
    rest = title.split(", ", 1)[-1]
    if lang == "fr":
        return "responsable de la direction « " + rest + " »"
    words = [w if (w in KEEP or w.isupper()) else w.lower() for w in rest.split(" ")]
    return "responsible for " + " ".join(words)


def build(doc, pos, f, r):
    """Blocks of one work description and its truth."""
    lang = doc["lang"]
    L = LABELS[doc.get("labels") or {"en": r.choice(["en_a", "en_b", "en_c", "en_d"]),
                                     "fr": r.choice(["fr_a", "fr_b"]), "bi": "bi"}[lang]]
    tl = "fr" if lang == "fr" else "en"  # language of the content
    H = HEAD[lang]
    dlab = r.choice(DIM[tl]) if lang != "bi" else {k: f"{DIM['en'][0][k]} / {DIM['fr'][0][k]}" for k in DIM['en'][0]}
    fr = tl == "fr"
    title = pos["title_fr"] if fr else pos["title"]
    sup_title, sup_cls = pos["sup_fr"] if fr and "sup_fr" in pos else pos["sup"]
    location = pos.get("location_fr", pos["location"]) if fr else pos["location"]
    if lang == "bi" and r.random() < 0.5:
        location = {"Ottawa, Ontario": "Ottawa (Ontario)", "Gatineau, Quebec": "Gatineau (Québec)"}.get(location, location)
    dept = texts.DEPTS[pos["dept"]]
    cstyle = doc.get("cls", r.choice(["dash", "dash", "space", "short", "none", "spdash"]))
    dstyle = doc.get("date", r.choice(["fr", "fr_le", "iso"] if fr else
                                      ["long", "ordinal", "dmy", "iso", "dots", "abbr", "abbr2", "dd-mon-yyyy", "slash"]))
    mstyle = doc.get("money", r.choice(["fr_full", "fr_cents", "fr_M", "fr_k", "fr_million"] if fr else
                                       ["full", "M", "M_sp", "K", "million", "full"]))
    fstyle = doc.get("fte", r.choice(["ETP", "ETP", "effectif"] if fr else ["FTEs", "FTEs", "FTE", "FTE's", "staff"]))
    date = doc.get("date_value", f["date"])
    salary, om = doc.get("salary", f["salary"]), doc.get("om", f["om"])
    reports = [list(x) for x in doc.get("reports", pos["reports"])]

    stated = dict(job=r.random() < 0.65, pos=r.random() < 0.9, date=r.random() < 0.85, loc=r.random() < 0.92)
    stated.update(doc.get("stated", {}))
    posno = f["posno"]
    provisional = None
    if doc.get("posno_new"):
        provisional, stated["pos"] = doc["posno_new"], True
    sup_style = doc.get("sup", r.choice(["fields3", "fields3", "fields2", "reports_to", "cls_in_title", "sentence",
                                         "title_only"]))
    dims = doc.get("dims", r.choice(["three", "three", "three", "sal_om", "combined", "om_total", "total_only"]))
    rep_style = doc.get("rep", r.choice(["paren", "paren", "cls_first", "endash", "staff", "prose", "table"]))
    template = doc.get("template", "csr" if r.random() < 0.2 else "classic")
    loc_at_end = doc.get("loc_end", r.random() < 0.25)

    truth = dict(title=title, classification=pos["level"], job_code=f["job_code"] if stated["job"] else None,
                 position_number=posno if stated["pos"] and not provisional else None,
                 effective_date=date if stated["date"] else None,
                 supervisor=dict(position_number=None, title=sup_title, classification=None),
                 direct_reports=[], salary=None, o_and_m=None, total=None,
                 location=location if stated["loc"] else None)
    also = dict(fte=None, operating_budget=None, program_budget=None, provisional_number=provisional)
    if lang == "bi":
        truth["title"] = pos["title"]
        also["title_fr"] = pos["title_fr"]

    blocks = []
    rows = []
    if lang == "bi":
        rows.append((L["title"], pos["title"]))
        rows.append((L["title_fr"], pos["title_fr"]))
    else:
        rows.append((L["title"], title))
    rows.append((L["cls"], fmt_cls(pos["level"], cstyle)))
    if stated["job"]:
        rows.append((L["job"], f["job_code"]))
    if stated["pos"]:
        rows.append((L["pos"], provisional or posno))
    if stated["date"]:
        rows.append((L["date"], fmt_date(date, dstyle)))
    tail_rows = []
    org_rows = [(L["dept"], dept["fr"] if fr else dept["en"]), (L["branch"], pos["branch"])]
    if pos.get("directorate"):
        org_rows.append((L["dir"], pos["directorate"]))
    if stated["loc"]:
        org_rows.append((L["loc"], location))
    if loc_at_end:
        tail_rows = org_rows
    else:
        rows += org_rows
    sup_sentence = None
    sc = fmt_cls(sup_cls, cstyle) if sup_cls else None
    if sup_style == "fields3" and sup_cls:
        rows += [(L["sup_pos"], f["sup_posno"]), (L["sup_title"], sup_title), (L["sup_cls"], sc)]
        truth["supervisor"].update(position_number=f["sup_posno"], classification=sup_cls)
    elif sup_style == "fields2" and sup_cls:
        rows += [(L["sup_title"], sup_title), (L["sup_cls"], sc)]
        truth["supervisor"].update(classification=sup_cls)
    elif sup_style == "reports_to" and sup_cls:
        rows.append(("Relève de" if fr else "Reports to", f"{sup_title} ({fmt_cls(sup_cls, 'dash')})"))
        truth["supervisor"].update(classification=sup_cls)
    elif sup_style == "cls_in_title" and sup_cls:
        head, _, rest = sup_title.partition(", ")
        val = f"{head} ({sc}), {rest}" if rest and r.random() < 0.5 else f"{sup_title} {sc}"
        rows += [(L["sup_pos"], f["sup_posno"]), (L["sup_title"], val)]
        truth["supervisor"].update(position_number=f["sup_posno"], classification=sup_cls)
    elif sup_style == "sentence":
        with_no = r.random() < 0.4
        c = f" ({fmt_cls(sup_cls, 'dash')})" if sup_cls else ""
        n = (f", poste no {f['sup_posno']}" if fr else f", position {f['sup_posno']}") if with_no else ""
        if fr:
            sup_sentence = f"Le titulaire du poste relève du {sup_title}{c}{n}."
        else:
            sup_sentence = f"The {title} reports to the {sup_title}{c}{n}."
        truth["supervisor"].update(position_number=f["sup_posno"] if with_no else None, classification=sup_cls)
    else:
        rows.append(("Relève de" if fr else "Reports to", sup_title))

    blocks.append(("fields", rows))

    unit = "directorate" if not fr else "direction"
    topic = (pos.get("mandate_fr") if fr else pos["mandate"]) or pos["mandate"]
    topic_short = title.split(", ", 1)[-1]
    if template == "classic":
        blocks.append(("h", H["ga"]))
        ga = (f"Le {title} est chargé de {topic}." if fr else f"The {title} is accountable for {topic}.")
        blocks.append(("p", ga))
    else:
        blocks.append(("h", H["csr"]))
        blocks.append(("p", (texts.CSR_FR if fr else texts.CSR_EN).format(topic=topic)))
        blocks.append(("h", H["ka"]))
        acc = (texts.ACC_FR if fr else texts.ACC_EN)
        blocks.append(("num", [a.format(topic=topic_short.lower(), sup=sup_title, unit=unit)
                               for a in r.sample(acc, 5)]))

    # organization structure
    blocks.append(("h", H["org"]))
    n_peers = r.randint(3, 8)
    intro = (f"Le {title} est l'un des {n_peers} postes qui relèvent du {sup_title}." if fr else
             f"The {title} is one of {n_peers} positions reporting to the {sup_title}.")
    if sup_sentence:
        intro = sup_sentence + " " + (f"Le poste est l'un des {n_peers} postes de gestion." if fr else
                                      f"The position is one of {n_peers} senior management positions.")
    blocks.append(("p", intro))
    drop = doc.get("rep_drop", r.choice([None, None, None, "fte", "cls", "some"]))
    rep_truth, items = [], []
    for t, c, n in reports:
        cc, nn = c, n
        if drop == "fte" or (drop == "some" and r.random() < 0.4):
            nn = None
        if drop == "cls" or (drop == "some" and r.random() < 0.3):
            cc = None
        rep_truth.append(dict(title=t, classification=cc, fte=nn))
        items.append((t, cc, nn))
    truth["direct_reports"] = rep_truth
    rs = "staff" if rep_style == "staff" else fstyle
    if fr and rs == "staff":
        rs = "effectif"

    def fte_txt(n):
        return fmt_fte(n, rs) if n is not None else None

    rc = lambda c: fmt_cls(c, cstyle if cstyle != "paren" else "dash") if c else None  # noqa: E731
    lead = (f"Relèvent du {title} :" if fr else f"Reporting to the {title} are:")
    if rep_style == "table":
        head = ["Titre", "Groupe et niveau", "ETP"] if fr else ["Position", "Classification", "FTEs"]
        blocks.append(("p", lead))
        blocks.append(("table", head, [[t, rc(c) or "", str(n) if n is not None else ""] for t, c, n in items]))
    elif rep_style == "prose":
        parts = []
        for t, c, n in items:
            inner = ", ".join(x for x in [rc(c), fte_txt(n)] if x)
            parts.append(f"{'le' if fr else 'the'} {t}" + (f" ({inner})" if inner else ""))
        sent = ("; ".join(parts[:-1]) + (" et " if fr else " and ") + parts[-1]) if len(parts) > 1 else parts[0]
        blocks.append(("p", (f"Le titulaire est appuyé par {sent}." if fr else
                             f"The {title} is supported by {sent}.")))
    else:
        lst = []
        for t, c, n in items:
            if rep_style == "cls_first" and c:
                s = f"{rc(c)} - {t}" + (f" ({fte_txt(n)})" if n is not None else "")
            elif rep_style == "endash":
                s = " – ".join(x for x in [t, rc(c), fte_txt(n)] if x)
            elif rep_style == "staff" and not fr and c and n is not None and r.random() < 0.5:
                s = f"{t} ({rc(c)}) - Staff of {n}"
            elif rep_style == "staff":
                s = t + (f" ({rc(c)})" if c else "") + (f", {fte_txt(n)}" if n is not None else "") + \
                    ", " + resp_phrase(t, tl)
            else:
                inner = ", ".join(x for x in [rc(c), fte_txt(n)] if x)
                s = t + (f" ({inner})" if inner else "") + ": " + resp_phrase(t, tl)
            lst.append(s)
        blocks.append(("p", lead))
        blocks.append(("bullets", lst))

    blocks.append(("h", H["ns"]))
    blocks.append(("p", dept["scope_fr"] if fr else dept["scope"]))
    if not fr:
        blocks.append(("p", f"Within this context, the {title} faces the challenge of balancing competing priorities "
                            f"and the expectations of internal and external stakeholders, often under tight "
                            f"timelines and with limited resources, while maintaining the quality and "
                            f"integrity of the advice and services provided."))

    # dimensions
    dim_rows = []
    if dims in ("three", "sal_om"):
        dim_rows += [(dlab["sal"], fmt_money(salary, mstyle)), (dlab["om"], fmt_money(om, mstyle))]
        truth.update(salary=salary, o_and_m=om)
        if dims == "three":
            dim_rows.append((dlab["tot"], fmt_money(salary + om, mstyle)))
            truth["total"] = salary + om
    elif dims == "combined":
        dim_rows.append(("Budget de salaires et de F et E" if fr else "Salary and O&M Budget",
                         fmt_money(salary + om, mstyle)))
        truth["total"] = salary + om
    elif dims == "om_total":
        dim_rows += [(dlab["om"], fmt_money(om, mstyle)), (dlab["tot"], fmt_money(salary + om, mstyle))]
        truth.update(o_and_m=om, total=salary + om)
    else:
        dim_rows.append(("Budget de fonctionnement total" if fr else "Total operating budget (salary and O&M)",
                         fmt_money(salary + om, mstyle)))
        truth["total"] = salary + om
    if r.random() < 0.8:
        dim_rows.insert(0, (dlab["fte"], str(f["fte"])))
        also["fte"] = f["fte"]
    if f["program"]:
        dim_rows.append((dlab["prog"], fmt_money(f["program"], mstyle)))
        also["program_budget"] = f["program"]
    blocks.append(("h", H["dim"]))
    blocks.append(("dims", dim_rows))

    if template == "classic":
        blocks.append(("h", H["sa"]))
        acc = texts.ACC_FR if fr else texts.ACC_EN
        blocks.append(("num", [a.format(topic=topic_short.lower(), sup=sup_title, unit=unit)
                               for a in r.sample(acc, r.randint(5, 7))]))

    people = []
    sig = []
    if doc.get("sign", r.random() < 0.7):
        inc, boss = f["people"][0], f["people"][1]
        if fr:
            sig = [f"Titulaire : {inc}", "Signature : ________________   Date : ________",
                   f"Superviseur : {boss}, {sup_title}", "Signature : ________________   Date : ________"]
        else:
            sig = [f"Incumbent: {inc}", "Signature: ____________________   Date: __________",
                   f"Supervisor: {boss}, {sup_title}", "Signature: ____________________   Date: __________"]
        people = [inc, boss]
        blocks.append(("h", H["cert"]))
        blocks.append(("p", "L'énoncé ci-dessus décrit avec exactitude les fonctions du poste." if fr else
                       "The foregoing is an accurate and complete statement of the duties assigned to the position."))
        blocks.append(("sig", sig))
    if tail_rows:
        blocks.append(("fields", tail_rows))
    expected = dict(fields=truth, also=also, people=people)
    META[doc["name"]] = dict(sup=sup_style, dims=dims, rep=rep_style, drop=drop, template=template, loc_end=bool(tail_rows),
                             cls=cstyle, date=dstyle if stated["date"] else None, money=mstyle, fte=fstyle,
                             signed=bool(sig), labels=L["title"])
    return blocks, expected


META = {}


# ---------------------------------------------------------------- text rendering

def wrap(text, width, r=None, hyph=0.0):
    out, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            if r is not None and hyph and len(w) > 7 and w.isalpha() and r.random() < hyph:
                k = r.randint(3, len(w) - 3)
                out.append(line + " " + w[:k] + "-")
                line = w[k:]
                continue
            out.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    if line:
        out.append(line)
    return out


def render_text(blocks, style, r, dmg=0.0, width=None, title_line=None):
    """Lines of text. style: colon / next / dots / tabs / caps."""
    lines = []
    if title_line:
        lines += [title_line, ""]
    num = style.get("num", "dot")
    hs = style.get("heading", "plain")
    for b in blocks:
        kind = b[0]
        if kind == "fields":
            for lab, val in b[1]:
                val = dmg_digits(val, r, dmg)
                lay = style["fields"]
                if lay == "next":
                    lines += [lab + ":" if r.random() < 0.6 else lab, "    " + val]
                elif lay == "dots":
                    lines.append(lab + " " + "." * max(3, 38 - len(lab)) + " " + val)
                elif lay == "tabs":
                    lines.append(lab + "\t" + val)
                elif lay == "caps":
                    lines.append(lab.upper() + ": " + val)
                else:
                    lines.append(f"{lab}: {val}")
            lines.append("")
        elif kind == "h":
            h = b[1]
            if hs == "caps":
                h = h.upper()
            elif hs == "colon":
                h = h + ":"
            elif hs == "num":
                style["_h"] = style.get("_h", 0) + 1
                h = f"{style['_h']}. {h.upper()}"
            lines += [h, ""] if style.get("blank_after_h", True) else [h]
        elif kind == "p":
            t = dmg_prose(b[1], r, dmg)
            lines += (wrap(t, width, r, style.get("hyph", 0)) if width else [t])
            lines.append("")
        elif kind in ("bullets", "num"):
            for i, it in enumerate(b[1], 1):
                it = dmg_digits(it, r, dmg) if kind == "bullets" else dmg_prose(it, r, dmg)
                mark = {"dot": f"{i}.", "paren": f"{i})", "letter": f"({'abcdefghij'[i - 1]})"}[num] \
                    if kind == "num" else style.get("bullet", "-")
                if kind == "num" and dmg and r.random() < dmg:
                    mark = dmg_digits(mark, r, 1.0)
                t = f"{mark} {it}"
                lines += (wrap(t, width, r, style.get("hyph", 0) if kind == "num" else 0) if width else [t])
            lines.append("")
        elif kind == "table":
            _, head, rows = b
            sep = style.get("cell", "  |  ")
            lines.append(sep.join(head))
            for row in rows:
                lines.append(dmg_digits(sep.join(x for x in row), r, dmg))
            lines.append("")
        elif kind == "dims":
            for lab, val in b[1]:
                val = dmg_digits(val, r, dmg)
                if style["fields"] == "dots":
                    lines.append(lab + " " + "." * max(3, 38 - len(lab)) + " " + val)
                elif style["fields"] == "tabs":
                    lines.append(lab + "\t" + val)
                else:
                    lines.append(f"{lab}: {val}")
            lines.append("")
        elif kind == "sig":
            lines += b[1] + [""]
    return lines


def paginate(lines, r, header, per_page, footer_style):
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    out = []
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        if i > 1:
            if header:
                out.append(header)
        out += pg
        if footer_style == "pageof":
            out += ["", f"Page {i} of {n}"]
        elif footer_style == "dash":
            out += ["", f"- {i} -"]
        elif footer_style == "fr":
            out += ["", f"Page {i} de {n}"]
        if i < n:
            out.append("\f")
    return out


def ocr_text(blocks, doc, r):
    """An OCR'd file: layout one of longline / pages / lines."""
    dmg = doc["dmg"]
    lay = doc["layout"]
    lang = doc["lang"]
    style = dict(fields=r.choice(["colon", "colon", "caps", "next"]), heading=r.choice(["caps", "plain", "colon", "num"]),
                 num=r.choice(["dot", "paren"]), bullet=r.choice(["-", "•", "o", ">"]), cell="  ",
                 hyph=min(0.3, dmg + 0.08))
    title_line = HEAD[lang]["doc"]
    lines = render_text(blocks, style, r, dmg=dmg, width=None if lay != "lines" else r.randint(68, 92),
                        title_line=title_line)
    dept = texts.DEPTS[doc["pos"]["dept"]]["short"]
    run = r.choice([f"{dept} - Work Description", "PROTECTED A (when completed)",
                    f"{doc['pos']['title']} - {dept}"]) if lang == "en" else \
        r.choice([f"{texts.DEPTS[doc['pos']['dept']]['fr']} - Description de travail", "PROTÉGÉ A (une fois rempli)"])
    if lay == "lines":
        lines = paginate(lines, r, run, r.randint(45, 60), r.choice(["pageof", "dash", "fr" if lang != "en" else "dash"]))
        text = "\n".join(lines) + "\n"
    elif lay == "pages":
        flat = " ".join(x for x in lines if x.strip())
        words = flat.split(" ")
        chunk = r.randint(380, 520)
        pages = [" ".join(words[i:i + chunk]) for i in range(0, len(words), chunk)]
        out = []
        for i, pg in enumerate(pages, 1):
            pre = f"{dmg_digits(str(i), r, dmg)} " if i > 1 else ""
            out.append(pre + pg + " " + run)
        text = "\n".join(out) + "\n"
    else:  # longline
        flat = " ".join(x.strip() for x in lines if x.strip())
        text = flat + "\n"
    if doc.get("wrapper", r.random() < 0.5):
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    return text


def ocr_columns(blocks, doc, r):
    """A page whose two columns were read across: left the header fields and dimensions, right the prose."""
    left, right = [], []
    for b in blocks:
        if b[0] in ("fields", "dims"):
            for lab, val in b[1]:
                left += wrap(f"{lab.upper()}: {dmg_digits(val, r, doc['dmg'])}", 34)
            left.append("")
        elif b[0] == "h" and b[1] in (HEAD["en"]["dim"],):
            left.append(b[1].upper())
        elif b[0] == "h":
            right.append(b[1].upper())
        elif b[0] == "p":
            right += wrap(dmg_prose(b[1], r, doc["dmg"]), 52)
        elif b[0] in ("bullets", "num"):
            for i, it in enumerate(b[1], 1):
                it = dmg_digits(it, r, doc["dmg"]) if b[0] == "bullets" else dmg_prose(it, r, doc["dmg"])
                right += wrap(f"{'-' if b[0] == 'bullets' else str(i) + '.'} {it}", 52)
        elif b[0] == "table":
            for row in b[2]:
                right += wrap(dmg_digits(" ".join(row), r, doc["dmg"]), 52)
        elif b[0] == "sig":
            right += b[1]
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    out = [HEAD["en"]["doc"], ""]
    for a, b in zip(left, right):
        gap = r.choice([" ", "  ", " | ", "   "]) if a else ""
        out.append((a + gap + b).strip())
    return "\n".join(out) + "\n"


def form_text(blocks, doc, r):
    """A form saved as text on Windows: cp1252, CRLF, curly apostrophes."""
    style = dict(fields=doc.get("fields", "dots"), heading="caps", num="dot", bullet="•", cell="\t")
    lines = render_text(blocks, style, r, title_line=HEAD[doc["lang"]]["doc"])
    text = "\r\n".join(lines) + "\r\n"
    text = text.replace("'", "\u2019").replace("\u00a0", " ")
    return text.encode("cp1252")


# ---------------------------------------------------------------- docx

FIXED = dt.datetime(2023, 1, 1, 9, 0, 0)


def docx_fixed(document):
    cp = document.core_properties
    cp.author = "hrkit bench"
    cp.last_modified_by = "hrkit bench"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2023, 1, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, src.read(name))
    return out.getvalue()


def render_docx(blocks, doc, r):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    lang = doc["lang"]
    hdr = d.add_paragraph()
    run = hdr.add_run(HEAD[lang]["doc"])
    run.bold = True
    run.font.size = Pt(14)
    fields_as = doc.get("fields", r.choice(["table", "table", "bold", "tabs", "next"]))
    dims_as = doc.get("dims_as", r.choice(["table", "list"]))
    heading_as = r.choice(["heading", "bold", "caps"])
    first_fields = True
    for b in blocks:
        kind = b[0]
        if kind == "fields":
            mode = fields_as if first_fields else r.choice(["bold", "tabs"])
            first_fields = False
            if mode == "table":
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for lab, val in b[1]:
                    cells = t.add_row().cells
                    cells[0].text = lab
                    cells[1].text = val
                d.add_paragraph()
            else:
                for lab, val in b[1]:
                    if mode == "bold":
                        p = d.add_paragraph()
                        p.add_run(lab + " :" if lang == "fr" else lab + ":").bold = True
                        p.add_run(" " + val)
                    elif mode == "tabs":
                        d.add_paragraph(f"{lab}\t{val}")
                    else:
                        p = d.add_paragraph()
                        p.add_run(lab).bold = True
                        d.add_paragraph(val)
        elif kind == "h":
            if heading_as == "heading":
                d.add_heading(b[1], level=2)
            elif heading_as == "bold":
                d.add_paragraph().add_run(b[1]).bold = True
            else:
                d.add_paragraph(b[1].upper())
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "bullets":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "num":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif kind == "table":
            _, head, rows = b
            t = d.add_table(rows=1, cols=len(head))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, head):
                c.text = h
            for row in rows:
                for c, v in zip(t.add_row().cells, row):
                    c.text = v
            d.add_paragraph()
        elif kind == "dims":
            if dims_as == "table":
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for lab, val in b[1]:
                    cells = t.add_row().cells
                    cells[0].text = lab
                    cells[1].text = val
                d.add_paragraph()
            else:
                for lab, val in b[1]:
                    d.add_paragraph(f"{lab}: {val}", style="List Bullet")
        elif kind == "sig":
            for ln in b[1]:
                d.add_paragraph(ln)
    if doc.get("footer"):
        d.sections[0].footer.paragraphs[0].text = doc["footer"]
    return docx_fixed(d)


# ---------------------------------------------------------------- pdf

def render_pdf(blocks, doc, r):
    style = dict(fields=r.choice(["colon", "tabs", "next"]), heading=r.choice(["caps", "plain"]), num="dot",
                 bullet="-", cell="   ")
    lines = render_text(blocks, style, r, width=r.randint(88, 100), title_line=HEAD[doc["lang"]]["doc"])
    lines = [ln.replace("\t", "    ").replace("\u00a0", " ").replace("\u2009", " ") for ln in lines]
    dept = texts.DEPTS[doc["pos"]["dept"]]
    foot = doc.get("pdf_footer") or (dept["fr"] if doc["lang"] == "fr" else dept["en"])
    per = 62
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    pages = []
    for i, ch in enumerate(chunks, 1):
        pages.append("\n".join(ch + ["", f"{foot}    {i}/{len(chunks)}"]))
    return pdf_bytes(pages)


# ---------------------------------------------------------------- the documents

D = dict
DOCS = [
    D(pos="fin1", name="Director, Fiscal Policy Analysis - signed 2019.txt", kind="ocr", lang="en", layout="lines",
      dmg=0.15, date_value=dt.date(2019, 4, 1), date="ordinal", sign=True,
      reports=[("Chief, Fiscal Projections", "EC-07", 5), ("Chief, Federal Debt Analysis", "EC-07", 4),
               ("Senior Economist, Fiscal Sustainability", "EC-06", 1)], salary=1_140_000, om=62_000),
    D(pos="fin1", name="Director, Fiscal Policy Analysis (revised 2023) FINAL.docx", kind="docx", lang="en",
      date_value=dt.date(2023, 6, 19), date="long", sup="fields3", stated=dict(pos=True)),
    D(pos="fin2", name="DG Tax Legislation EX-03.txt", kind="ocr", lang="en", layout="pages", dmg=0.3, wrapper=True),
    D(pos="fin3", name="Director, Capital Markets Policy.docx", kind="docx", lang="en", dims="om_total"),
    D(pos="fin4", name="Directeur principal, Politique commerciale internationale.txt", kind="ocr", lang="fr",
      layout="lines", dmg=0.2),
    D(pos="tbs1", name="ED Digital Policy - OCIO - v2.docx", kind="docx", lang="en", rep="table", money="M"),
    D(pos="tbs2", name="Director, Expenditure Analysis (1).txt", kind="ocr", lang="en", layout="longline", dmg=0.25,
      wrapper=True, dims="combined"),
    D(pos="tbs3", name="DG Pay and Benefits Policy - DG Politique de la rémunération.pdf", kind="pdf", lang="bi"),
    D(pos="tbs4", name="Director, Executive Talent Management.txt", kind="text-cp1252", lang="en", fields="dots",
      sup="fields3"),
    D(pos="tbs5", name="Assistant Secretary, Economic Sector - EX-04 - signed.txt", kind="ocr", lang="en",
      layout="lines", dmg=0.1, sup="sentence", sign=True),
    D(pos="pco1", name="scan_PCO_DirOps_ERDP_2021.txt", kind="ocr", lang="en", layout="longline", dmg=0.45,
      wrapper=False, rep="prose"),
    D(pos="pco2", name="Director, Cabinet Papers System.docx", kind="docx", lang="en", template="csr",
      posno_new="NEW", stated=dict(job=True)),
    D(pos="pco3", name="Directrice exécutive, Politique de l'appareil gouvernemental (signée).docx", kind="docx",
      lang="fr", sign=True),
    D(pos="pco4", name="Director, Corporate Finance and Planning 2018.txt", kind="ocr-columns", lang="en", dmg=0.2,
      date_value=dt.date(2018, 9, 17)),
    D(pos="ps1", name="DG National Cyber Security - Work Description FINAL.docx", kind="docx", lang="en",
      sup="cls_in_title", money="million"),
    D(pos="ps2", name="Director, Emergency Management Policy.pdf", kind="pdf", lang="en"),
    D(pos="ps3", name="Regional Director, Ontario Region - Public Safety.pdf", kind="pdf", lang="en", loc_end=True),
    D(pos="ps4", name="Directeur régional, Région du Québec - SP.txt", kind="ocr", lang="fr", layout="pages",
      dmg=0.25, encoding="cp1252"),
    D(pos="ps5", name="Director Crime Prevention Programs EX-01 (2).txt", kind="ocr", lang="en", layout="lines",
      dmg=0.35, rep="staff", rep_drop=None),
    D(pos="jus1", name="DG, Human Resources - Justice - signed.docx", kind="docx", lang="en", sign=True,
      rep="paren", sup="reports_to"),
    D(pos="jus2", name="Director, Regional Management Services, Toronto.txt", kind="ocr", lang="en",
      layout="longline", dmg=0.2, loc_end=True, wrapper=True),
    D(pos="jus3", name="Director, ATIP - Justice.txt", kind="text-cp1252", lang="en", fields="colon"),
    D(pos="jus4", name="Senior Director, Family Policy Programs.pdf", kind="pdf", lang="en", dims="sal_om"),
    D(pos="ised1", name="DG Spectrum Management Operations.txt", kind="ocr", lang="en", layout="pages", dmg=0.5,
      rep="cls_first"),
    D(pos="ised2", name="Regional Director, SMO, Pacific Region.docx", kind="docx", lang="en", loc_end=True,
      footer="Spectrum Management Operations Branch | Pacific Region | Vancouver"),
    D(pos="ised3", name="Director, Small Business Policy - copy.txt", kind="ocr", lang="en", layout="lines", dmg=0.1,
      dims="total_only"),
    D(pos="ised4", name="Executive Director, Investment Operations - SIF.docx", kind="docx", lang="bi", fields="table"),
    D(pos="ised5", name="Director, IP Policy 2022.txt", kind="ocr", lang="en", layout="longline", dmg=0.3,
      sup="cls_in_title"),
    D(pos="pch1", name="DG Arts Branch - PCH - signed.pdf", kind="pdf", lang="en", sign=True, money="M"),
    D(pos="pch2", name="Directrice, Programmes d'appui aux langues officielles.docx", kind="docx", lang="fr",
      rep="table", money="fr_M"),
    D(pos="pch3", name="Regional Director, Prairies and Northern Region.txt", kind="ocr", lang="en", layout="lines",
      dmg=0.25, loc_end=True),
    D(pos="pch4", name="Director, Sport Support Program (Sport Canada).docx", kind="docx", lang="en", template="csr"),
    D(pos="hc1", name="DG, Medical Devices Directorate - HPFB.txt", kind="ocr", lang="en", layout="lines", dmg=0.4,
      rep="endash"),
    D(pos="hc2", name="Director, Office of Drug Policy FINAL.docx", kind="docx", lang="en", dims="combined"),
    D(pos="hc3", name="RD ROEB Atlantic, Halifax.txt", kind="ocr-columns", lang="en", dmg=0.3),
    D(pos="hc4", name="Directeur régional, SPC, Région du Québec.pdf", kind="pdf", lang="fr", money="fr_million"),
    D(pos="stc1", name="DG, Data Governance and Strategy - signed.txt", kind="ocr", lang="en", rep="paren",
      fte="FTEs", cls="dash", sup="fields3", rep_drop=None, sign=True, stated=dict(pos=True, date=True, job=True),
      layout="lines", dmg=0.12, date="ordinal", date_value=dt.date(2020, 4, 1),
      fix=[(r"\(EX-[O0][1Il], [Z2][Z2] FTEs\)", "(EX-OI, 22 FTEs)")]),
    D(pos="stc1", name="DG, Data Governance and Strategy.docx", kind="docx", lang="en", same_as=-1),
    D(pos="stc2", name="Director, Labour Statistics Division.txt", kind="ocr", lang="en", layout="pages", dmg=0.2,
      date="ordinal"),
    D(pos="stc3", name="Director, Regional Collection Operations, Prairie Region.docx", kind="docx", lang="en",
      rep="staff", rep_drop=None),
    D(pos="stc4", name="ACS Social, Health and Labour Statistics - EX-05.txt", kind="ocr", lang="en",
      layout="lines", dmg=0.2, sup="sentence"),
    D(pos="stc5", name="Director, Consumer Prices Division - Directeur, Division des prix à la consommation.txt",
      kind="ocr", lang="bi", layout="lines", dmg=0.15),
    D(pos="lac1", name="DG Collection Services, LAC.docx", kind="docx", lang="en", rep="prose"),
    D(pos="lac2", name="Director, Preservation - Gatineau.txt", kind="ocr", lang="en", layout="longline", dmg=0.6,
      wrapper=True),
    D(pos="lac3", name="Director, Access and Services - Directeur, Accès et services.pdf", kind="pdf", lang="bi"),
]

REFUSE = [
    D(name="Minutes - EX Management Committee, 2021-11-18.txt", kind="ocr", lang="en", what="minutes"),
    D(name="scan0042.txt", kind="ocr", lang="en", what="noise"),
    D(name="Lettre d'offre - nomination intérimaire EX-01 (signée).docx", kind="docx", lang="fr", what="offer"),
    D(name="Performance Agreement 2022-23 - DG Medical Devices.docx", kind="docx", lang="en", what="pma"),
    D(name="Org chart - Spectrum Management Operations, Sept 2023.docx", kind="docx", lang="en", what="orgchart"),
    D(name="WD_scan_20210611.pdf", kind="pdf", lang="en", what="notext"),
]


def refusal(doc, r):
    """Bytes and the people named, of a document to refuse."""
    what = doc["what"]
    if what == "minutes":
        chair, sec, a, b = "Hélène Poirier", "Derek Sinclair", "Aisha Haddad", "Colin Dunlop"
        text = f"""MINUTES
Executive Management Committee - Corporate Services Sector
Date: November 18, 2021   Time: 10:00-11:30   Location: 90 Elgin, Room 4-120 / MS Teams

Present: {chair} (Chair), {a}, {b}
Secretary: {sec}

1. Adoption of the agenda
The agenda was adopted as presented.

2. Update of EX work descriptions
The Chair reminded members that all EX work descriptions must be reviewed before the classification
monitoring exercise. The description of the Director, Data Governance (EX-01) will be updated to reflect
the new data stewardship responsibilities. Members noted that several descriptions still show the old
organization structure and budgets from 2018-19.
ACTION: directors to send revised descriptions to Corporate HR by January 14, 2022.

3. Talent management
The executive talent management questionnaires for EX-01 and EX-02 are voluntary this year; the
Committee agreed to complete them for all executives. Mr. Dunlop will coordinate.

4. Budget pressures
The Sector expects a pressure of $1.2M in salary for 2022-23. Options will be presented at the next meeting.

Next meeting: December 16, 2021
Minutes approved by: {chair}
"""
        lines = render_lines_ocr(text, r, 0.15)
        return ("\n".join(lines) + "\n").encode("utf-8"), [chair, sec, a, b]
    if what == "noise":
        chars = "l|I1!i.,:;'`-_~=^*#%&()[]{}/\\ ®©~^oO0aeWMNm"
        out = []
        for _ in range(38):
            out.append("".join(r.choice(chars) if r.random() < 0.8 else " " for _ in range(r.randint(20, 90))))
        return ("\n".join(out) + "\n").encode("utf-8"), []
    if what == "notext":
        pages = []
        for _ in range(3):
            ops = ["0.2 g"]
            y = 780
            while y > 80:
                w = r.randint(200, 500)
                ops.append(f"40 {y} {w} 6 re f")
                y -= r.randint(10, 16)
            pages.append("\n".join(ops).encode("ascii"))
        return pdf_bytes(pages), []
    from docx import Document
    d = Document()
    if what == "offer":
        cand, sig = "Sophie Lachance", "Jean-François Bergeron"
        d.add_paragraph("PROTÉGÉ B")
        d.add_paragraph("Le 3 mars 2022")
        d.add_paragraph(f"Madame {cand}\n155, rue Queen\nOttawa (Ontario)  K1P 6L1")
        d.add_paragraph("Objet : Offre de nomination intérimaire")
        d.add_paragraph(f"Madame {cand.split()[1]},")
        d.add_paragraph("J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Programmes "
                        "d'appui aux langues officielles (EX-01), poste no 41872, à Patrimoine canadien, Gatineau "
                        "(Québec), du 14 mars 2022 au 13 septembre 2022.")
        d.add_paragraph("Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi "
                        "des cadres. Le taux de rémunération de l'échelle EX-01 se situe entre 122 100 $ et 143 600 $.")
        d.add_paragraph("La présente offre est conditionnelle au maintien de votre cote de fiabilité. Veuillez "
                        "signer et retourner une copie de la présente lettre d'ici le 9 mars 2022.")
        d.add_paragraph("Veuillez agréer, Madame, l'expression de mes sentiments distingués.")
        d.add_paragraph(f"{sig}\nDirecteur général, Direction générale des langues officielles")
        d.add_paragraph(f"J'accepte l'offre ci-dessus : ______________________  Date : __________\n{cand}")
        return docx_fixed(d), [cand, sig]
    if what == "pma":
        exe, sup = "Rajiv Sandhu", "Catherine Whitford"
        d.add_paragraph().add_run("Executive Performance Agreement 2022-23").bold = True
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in [("Executive", exe), ("Position title", "Director General, Medical Devices Directorate"),
                     ("Level", "EX-03"), ("Position number", "58317"), ("Branch", "Health Products and Food Branch"),
                     ("Supervisor", f"{sup}, Assistant Deputy Minister"), ("Period", "April 1, 2022 to March 31, 2023")]:
            c = t.add_row().cells
            c[0].text, c[1].text = a, b
        d.add_paragraph()
        d.add_paragraph().add_run("Commitments").bold = True
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Commitment", "Performance measure", "Weight"]):
            c.text = h
        for row in [("Reduce the medical device licence backlog", "90% of Class II licences within 15 days", "30%"),
                    ("Implement the post-market surveillance modernization plan", "Phase 1 delivered by Q3", "25%"),
                    ("Leadership: foster an inclusive workplace", "PSES results; talent plans for all EX", "25%"),
                    ("Corporate: manage within budget", "Variance under 2% of $14.6M", "20%")]:
            for c, v in zip(t.add_row().cells, row):
                c.text = v
        d.add_paragraph("Mid-year review: ____________   Year-end assessment: ____________")
        d.add_paragraph(f"Signed: {exe}    {sup}")
        return docx_fixed(d), [exe, sup]
    if what == "orgchart":
        names = ["Marie-Claude Ferland", "Tanvir Chaudhry", "Louise Abernethy", "Wei Nakamura", "Graham Osei"]
        d.add_paragraph().add_run("Spectrum Management Operations Branch - Organization Chart (September 2023)").bold = True
        t = d.add_table(rows=3, cols=4)
        t.style = "Table Grid"
        t.rows[0].cells[0].text = f"Director General, Spectrum Management Operations\nEX-03\n{names[0]}"
        cells = [("Director, Licensing Operations", "EX-01", names[1]),
                 ("Director, Compliance and Enforcement", "EX-01", names[2]),
                 ("Regional Director, Pacific Region", "EX-01", names[3]),
                 ("Regional Director, Ontario Region", "EX-01", names[4])]
        for c, (a, b, n) in zip(t.rows[1].cells, cells):
            c.text = f"{a}\n{b}\n{n}"
        for c, v in zip(t.rows[2].cells, ["35 FTE", "28 FTE", "46 FTE", "52 FTE"]):
            c.text = v
        d.add_paragraph("Source: HR organization data, September 30, 2023. Vacant positions not shown.")
        return docx_fixed(d), names
    raise ValueError(what)


def render_lines_ocr(text, r, dmg):
    return [dmg_prose(ln, r, dmg) if ln.strip() else ln for ln in text.splitlines()]


ORD = None


def quote_ordinals(text, r):
    import re

    def sub(m):
        fix = lambda x: x.replace("0", "O").replace("1", "I")  # noqa: E731
        return f"{m.group(1)} {fix(m.group(2))}\", {fix(m.group(4))}"
    return re.sub(r"\b([A-Z][a-z]+) (\d{1,2})(st|nd|rd|th), (\d{4})", sub, text)


def not_stated(fields):
    out = [k for k, v in fields.items() if v is None]
    out += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    return out


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    built = {}
    prev = None
    versions = {}
    for i, doc in enumerate(DOCS):
        pos = POS[doc["pos"]]
        doc = dict(doc, pos=pos)
        f = make_facts(pos, random.Random(f"{SEED}-{pos['id']}"))
        r = random.Random(f"{SEED}-{doc['name']}")
        if doc.get("same_as"):
            blocks, exp = prev
            src = DOCS[i + doc["same_as"]]
            doc = dict(doc, lang=src["lang"])
        else:
            blocks, exp = build(doc, pos, f, r)
        prev = (blocks, exp)
        kind = doc["kind"]
        if kind == "ocr":
            text = ocr_text(blocks, doc, r)
            if doc.get("date") == "ordinal":
                text = quote_ordinals(text, r)
            for a, b in doc.get("fix", []):
                import re
                assert re.search(a, text), (doc["name"], a)
                text = re.sub(a, b, text)
            data = text.encode(doc.get("encoding", "utf-8"))
        elif kind == "ocr-columns":
            data = ocr_columns(blocks, doc, r).encode("utf-8")
        elif kind == "text-cp1252":
            data = form_text(blocks, doc, r)
        elif kind == "docx":
            data = render_docx(blocks, doc, r)
        elif kind == "pdf":
            data = render_pdf(blocks, doc, r)
        (corpus / doc["name"]).write_bytes(data)
        built[doc["name"]] = (doc, exp)
        versions.setdefault(pos["id"], []).append(doc)
    for name, (doc, exp) in built.items():
        vs = versions[doc["pos"]["id"]]
        ver = None
        if len(vs) > 1:
            names = [v["name"] for v in vs]
            same = any(v.get("same_as") for v in vs)
            newest = None if same else max(vs, key=lambda v: v["date_value"])["name"]
            ver = dict(documents=names, newest=newest, same_description=same)
        fields = exp["fields"]
        out = dict(document=name, kind=doc["kind"], language=doc["lang"], outcome="import", fields=fields,
                   not_stated=not_stated(fields), also=exp["also"], people=exp["people"], versions=ver)
        write_yaml(expected / f"{name}.expected.yaml", out)
    for doc in REFUSE:
        r = random.Random(f"{SEED}-{doc['name']}")
        data, people = refusal(doc, r)
        (corpus / doc["name"]).write_bytes(data)
        out = dict(document=doc["name"], kind=doc["kind"], language=doc["lang"], outcome="refuse", fields=None,
                   not_stated=[], also=None, people=people, versions=None)
        write_yaml(expected / f"{doc['name']}.expected.yaml", out)
    print(f"{len(DOCS) + len(REFUSE)} documents written to {corpus}")
    if "--stats" in sys.argv:
        import collections
        for key in ["sup", "dims", "rep", "drop", "template", "loc_end", "cls", "date", "money", "fte", "signed", "labels"]:
            print(key, dict(collections.Counter(str(m[key]) for m in META.values())))
        print("layout", dict(collections.Counter(d.get("layout", d["kind"]) for d in DOCS)))


def write_yaml(path, data):
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=None, width=110)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
