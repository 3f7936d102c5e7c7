#!/usr/bin/env python3
"""Write bench/import/blind26/: corpus/ (the documents) and expected/ (their ground truth).

    /work/main/.venv/bin/python bench/import/blind26/make_blind.py

Deterministic: the same bytes every run (fixed seed, fixed zip and docx timestamps)."""
from __future__ import annotations

import io
import random
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

import yaml  # noqa: E402

import texts as T  # noqa: E402
from positions import P  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
PROV_FR = {"Ontario": "Ontario", "Quebec": "Québec", "British Columbia": "Colombie-Britannique", "Alberta": "Alberta",
           "Manitoba": "Manitoba", "Saskatchewan": "Saskatchewan", "Nova Scotia": "Nouvelle-Écosse",
           "New Brunswick": "Nouveau-Brunswick", "Newfoundland and Labrador": "Terre-Neuve-et-Labrador",
           "Prince Edward Island": "Île-du-Prince-Édouard", "Nunavut": "Nunavut", "Northwest Territories": "Territoires du Nord-Ouest"}
PROV_CODE = {"Ontario": "ON", "Quebec": "QC", "British Columbia": "BC", "Alberta": "AB", "Manitoba": "MB", "Saskatchewan": "SK",
             "Nova Scotia": "NS", "New Brunswick": "NB", "Newfoundland and Labrador": "NL", "Prince Edward Island": "PE",
             "Nunavut": "NU", "Northwest Territories": "NT"}
PEOPLE = ["Marguerite Olsztyn", "Devinder Rathwell", "Aurélie Bastarache", "Tomasz Kilbride", "Naomi Ferrabee",
          "Jean-Guy Lapointe-Soucy", "Priyanka Vandermeer", "Colm Ashgrove", "Solange Tremblay-Oakes", "Harvey Nakagawa",
          "Ingrid Bellefleur", "Oluwaseun Marchand", "Rosalind Quenneville", "Benoît Harcourt", "Keziah Wolfe-Lindqvist"]


# --- notations ---------------------------------------------------------------------------------

def cls(level, style):
    return {0: f"EX-0{level}", 1: f"EX 0{level}", 2: f"EX-{level}", 3: f"EX0{level}", 4: f"(EX-0{level})",
            5: f"EX-O{level}", 6: f"EX/0{level}"}[style]


def date(d, style):
    if d is None:
        return ""
    m = d.month
    return {0: f"{MONTHS_EN[m-1]} {d.day}, {d.year}", 1: d.isoformat(), 2: f"{d.day:02d}-{MONTHS_EN[m-1][:3].upper()}-{d.year}",
            3: f"{d.year}/{m:02d}/{d.day:02d}", 4: f"{d.day} {MONTHS_FR[m-1]} {d.year}" if d.day > 1 else f"1er {MONTHS_FR[m-1]} {d.year}",
            5: f"{d.day} {MONTHS_EN[m-1]} {d.year}", 6: f"{d.year}{m:02d}{d.day:02d}", 7: f"{MONTHS_EN[m-1][:3]}. {d.day}, {d.year}",
            8: f"le {d.day} {MONTHS_FR[m-1]} {d.year}"}[style]


def money(n, style):
    if n is None:
        return ""
    m = n / 1e6
    ms = f"{m:.3f}".rstrip("0").rstrip(".")
    sp = f"{n:,}".replace(",", "\u00a0")
    return {0: f"${n:,}", 1: f"${n:,}.00", 2: f"${ms}M", 3: f"${ms} million", 4: f"{sp} $", 5: f"{ms.replace('.', ',')} M$",
            6: f"{n:,}".replace(",", " ") + ",00 $", 7: f"${n // 1000:,}K", 8: f"{n // 1000:,} k$".replace(",", " "),
            9: f"{n:,} $CAN".replace(",", " "), 10: f"CAD {n:,.2f}"}[style]


def fte(n, style):
    return {0: f"{n} FTEs", 1: f"{n} FTE", 2: f"{n} ETP", 3: f"staff of {n}", 4: f"effectif de {n}", 5: f"{n} employees",
            6: f"{n} full-time equivalents", 7: f"{n} équivalents temps plein", 8: f"{n} FTE's"}[style]


# --- one work description, abstractly ------------------------------------------------------------

class Doc:
    def __init__(self, p, lang, rng, **v):
        self.p, self.lang, self.rng, self.v = p, lang, rng, v
        fr = lang == "fr"
        self.title = p["title_fr"] if fr and p["title_fr"] else p["title"]
        self.sup_title = (p["sup"][2] if fr and p["sup"][2] else p["sup"][1])
        self.unit = p["branch"]
        city, prov = p["loc"]
        self.loc = v.get("loc") or (f"{city} ({PROV_FR[prov]})" if fr else f"{city}, {prov}")

    def prose(self, n=3):
        r, fr = self.rng, self.lang == "fr"
        ga = r.choice(T.GA_FR if fr else T.GA_EN).format(title=self.title, unit=self.unit)
        ns = r.choice(T.NS_FR if fr else T.NS_EN)
        sa = r.sample(T.SA_FR if fr else T.SA_EN, n + 1)
        return ga, ns, sa


def reports_lines(doc, style, fstyle):
    out = []
    for i, (t, c, n) in enumerate(doc.p["reports"], 1):
        cc = c or ""
        f = fte(n, fstyle) if n is not None else ""
        if style == 0:
            out.append(f"- {t} ({', '.join(x for x in (cc, f) if x)})")
        elif style == 1:
            out.append(f"{cc} - {t} ({f})" if cc else f"{t} ({f})")
        elif style == 2:
            out.append(f"{i}. {t} – {cc} – {f}" if cc else f"{i}. {t} – {f}")
        elif style == 3:
            out.append(f"({chr(96 + i)}) {t}, {cc}, {f}" if cc else f"({chr(96 + i)}) {t}, {f}")
        elif style == 4:
            out.append(f"• {t} [{cc}] {f}" if cc else f"• {t} {f}")
    return out


def reports_prose(doc, fstyle):
    parts = [f"the {t} ({c}, {fte(n, fstyle)})" if c else f"the {t} ({fte(n, fstyle)})" for t, c, n in doc.p["reports"]]
    if doc.lang == "fr":
        parts = [f"le {t} ({c}, {fte(n, fstyle)})" if c else f"le {t} ({fte(n, fstyle)})" for t, c, n in doc.p["reports"]]
        return f"Relèvent du titulaire : {'; '.join(parts[:-1])}; et {parts[-1]}."
    words = {2: "two", 3: "three", 4: "four", 5: "five"}
    return (f"The {doc.title} has {words[len(parts)]} direct reports: {'; '.join(parts[:-1])}; and {parts[-1]}.")


def report_table_rows(doc, fstyle=None):
    return [(t, c or "", (fte(n, fstyle) if fstyle is not None else str(n)) if n is not None else "") for t, c, n in doc.p["reports"]]


def dims_lines(doc, labels, mstyle):
    s, o, t = doc.p["money"] or (None, None, None)
    out = []
    for lab, val in zip(labels, (s, o, t)):
        if val is not None and lab:
            out.append(f"{lab}: {money(val, mstyle)}")
    return out


# --- label wordings (each department had its own form) -------------------------------------------

KEYS = "title level job num eff sup_num sup_title sup_cls loc sal om tot reports ga ns sa".split()
LABELS_EN = [
    ["Position Title", "Group and Level", "Job Code", "Position Number", "Effective Date", "Supervisor's Position Number",
     "Supervisor's Position Title", "Supervisor's Group and Level", "Location", "Salary", "O&M", "Total",
     "Direct Reports", "General Accountability", "Nature and Scope", "Specific Accountabilities"],
    ["TITLE OF POSITION", "CLASSIFICATION", "JOB NO.", "POSITION NO.", "DATE EFFECTIVE", "REPORTS TO (POSITION NO.)",
     "REPORTS TO (TITLE)", "REPORTS TO (LEVEL)", "WORK LOCATION", "SALARY BUDGET", "OPERATING BUDGET (O&M)", "TOTAL BUDGET",
     "POSITIONS REPORTING DIRECTLY", "PURPOSE", "CONTEXT", "KEY RESPONSIBILITIES"],
    ["Working Title", "Level", "Generic Job #", "Pos. #", "Date of Description", "Manager Position #",
     "Manager Title", "Manager Level", "Duty Station", "Salary dollars", "Non-salary dollars", "Total resources",
     "Subordinate Positions", "Overall Accountability", "Scope", "Main Activities"],
    ["Job title", "Classification level", "Job Code Number", "Position #", "Effective", "Supervisor position",
     "Supervisor title", "Supervisor classification", "Geographic location", "Personnel costs", "Operations and maintenance",
     "Total budget managed", "Reporting relationships", "Mandate of the position", "Environment", "Duties"],
]
LABELS_FR = [
    ["Titre du poste", "Groupe et niveau", "Code d'emploi", "Numéro du poste", "Date d'entrée en vigueur", "Numéro du poste du superviseur",
     "Titre du poste du superviseur", "Groupe et niveau du superviseur", "Lieu de travail", "Salaires", "F et E", "Total",
     "Subordonnés immédiats", "Responsabilité générale", "Nature et étendue", "Activités principales"],
    ["TITRE", "CLASSIFICATION", "NO D'EMPLOI", "NO DU POSTE", "EN VIGUEUR LE", "POSTE DU SUPÉRIEUR (NO)",
     "TITRE DU SUPÉRIEUR", "NIVEAU DU SUPÉRIEUR", "ENDROIT", "BUDGET SALARIAL", "FONCTIONNEMENT ET ENTRETIEN", "BUDGET TOTAL",
     "POSTES RELEVANT DU TITULAIRE", "RAISON D'ÊTRE", "CONTEXTE", "RESPONSABILITÉS"],
]


def labels(lang, i):
    sets = LABELS_FR if lang == "fr" else LABELS_EN
    return dict(zip(KEYS, sets[i % len(sets)]))


def header_values(doc):
    p, v = doc.p, doc.v
    sup = p["sup"]
    return {"title": doc.title, "level": cls(p["level"], v["cs"]), "job": p["job"] or "", "num": p["num"] or v.get("nonum", "NEW"),
            "eff": date(p["eff"], v["ds"]), "sup_num": sup[0] or "", "sup_title": doc.sup_title,
            "sup_cls": cls(sup[3], v["cs"] if v["cs"] != 4 else 0) if sup[3] else "", "loc": doc.loc}


def wd_lines(doc, L, sep=": ", nextline=False, caps=False, numbered=False, header=True):
    """The work description as lines of text under label set L."""
    hv = header_values(doc)
    out = []
    for k in ("title", "level", "job", "num", "eff", "loc", "sup_num", "sup_title", "sup_cls") if header else ():
        if not hv[k] and k in ("job", "sup_cls"):
            continue
        if not hv[k] and k == "eff":
            out.append(f"{L[k]}:" if not nextline else L[k]); continue
        if nextline:
            out += [L[k] + (":" if doc.v.get("colon") else ""), hv[k]]
        else:
            out.append(f"{L[k]}{sep}{hv[k]}")
        if k == "level" and doc.v.get("track"):
            out.append(f"Deleted: {cls(doc.p['level'] - 1 or 1, 0)}")
        if k == "eff" and doc.v.get("track"):
            out.append("Formatted: Font: (Default) Arial, 10 pt")
    ga, ns, sa = doc.prose()
    heads = [L["ga"], "Organization" if doc.lang != "fr" else "Organisation", L["ns"], L["sa"]]
    if caps:
        heads = [h.upper() for h in heads]
    if numbered:
        heads = [f"{n}. {h}" for n, h in enumerate(heads, 1)]
    out += ["", heads[0] + (":" if doc.v.get("colon") else ""), ga, ""]
    out.append(heads[1] + (":" if doc.v.get("colon") else ""))
    rs = doc.v["rs"]
    if rs == "prose":
        out.append(reports_prose(doc, doc.v["fs"]))
    else:
        out.append(L["reports"] + ":")
        out += reports_lines(doc, rs, doc.v["fs"])
    if doc.v.get("comment"):
        out.append(f"Comment [{doc.v['comment']}]: Confirm FTE counts with Finance before signature.")
    out += ["", heads[2] + (":" if doc.v.get("colon") else ""), ns, ""]
    dl = dims_lines(doc, [L["sal"], L["om"], L["tot"]], doc.v["ms"])
    if dl:
        out += ["Dimensions" if doc.lang != "fr" else "Dimensions"] + dl + [""]
    out.append(heads[3] + (":" if doc.v.get("colon") else ""))
    out += [f"{i}. {s}" for i, s in enumerate(sa, 1)]
    out += ["", T.CERT_FR if doc.lang == "fr" else T.CERT_EN, ""]
    names = doc.v["people"]
    if names:
        if doc.lang == "fr":
            out += [f"Titulaire : {names[0]}", f"Gestionnaire : {names[1]}    Date : ____________"]
        else:
            out += [f"Incumbent: {names[0]}", "", "_______________________", names[1], doc.sup_title, "Date signed: ____"]
    return out


def ps_block(doc):
    """A PeopleSoft/Phoenix position report header, as printed or saved as text."""
    p, v, fr = doc.p, doc.v, doc.lang == "fr"
    city, prov = p["loc"]
    num = p["num"] or "00000000"
    rows = [("Position ID", num), ("Eff Date", date(p["eff"], v["pds"]) if p["eff"] else ""), ("Eff Status", "A - Active"),
            ("Descr", doc.title[:30]), ("Business Unit", "".join(w[0] for w in p["dept"].split() if w[0].isupper())[:5]),
            ("Dept ID", f"{len(p['branch']) * 137:06d}"), ("Job Code", p["job"] or ""), ("Sal Plan / Grade", f"EX / 0{p['level']}"),
            ("Location Code", f"{PROV_CODE[prov]}{len(city) * 71:04d} {city.upper()}"), ("Reports To", f"{p['sup'][0]} {p['sup'][1][:30]}"),
            ("SUPV_POSITION_ID", p["sup"][0]), ("Max Head Count", "1"), ("Position Status", "Approved")]
    if v.get("phoenix"):
        rows = [(k.upper().replace(" ", "_"), val) for k, val in rows]
    w = max(len(k) for k, _ in rows) + 2
    head = ["Position Data Report" if not fr else "Rapport des données du poste (Phoenix)", f"Run Date: {v['run']}   Page 1", "-" * 60]
    return head + [f"{k + ':':<{w}}{val}" for k, val in rows] + ["-" * 60, ""]


# --- writers -------------------------------------------------------------------------------------

def docx_fixed(document) -> bytes:
    cp = document.core_properties
    import datetime as dt
    cp.created = cp.modified = dt.datetime(2020, 1, 1)
    cp.last_modified_by = cp.author = "hrkit-bench"
    cp.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, src.read(name))
    return out.getvalue()


def _el(tag, **attrs):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    e = OxmlElement(tag)
    for k, val in attrs.items():
        e.set(qn(k), val)
    return e


def sdt_in(par, text, alias, placeholder=False):
    """A content control holding text (Word form filled on screen); placeholder text left in."""
    sdt, pr, content = _el("w:sdt"), _el("w:sdtPr"), _el("w:sdtContent")
    pr.append(_el("w:alias", **{"w:val": alias}))
    pr.append(_el("w:tag", **{"w:val": alias.replace(" ", "")}))
    if placeholder:
        pr.append(_el("w:showingPlcHdr"))
    r, t = _el("w:r"), _el("w:t")
    t.text = text
    r.append(t)
    content.append(r)
    sdt.append(pr)
    sdt.append(content)
    par._p.append(sdt)


def tracked(par, old, new):
    d = _el("w:del", **{"w:id": "1", "w:author": "HR Advisor", "w:date": "2020-01-01T00:00:00Z"})
    r, t = _el("w:r"), _el("w:delText")
    t.text = old
    r.append(t); d.append(r)
    i = _el("w:ins", **{"w:id": "2", "w:author": "HR Advisor", "w:date": "2020-01-01T00:00:00Z"})
    r2, t2 = _el("w:r"), _el("w:t")
    t2.text = new
    r2.append(t2); i.append(r2)
    par._p.append(d); par._p.append(i)


def header_row(table):
    trpr = table.rows[0]._tr.get_or_add_trPr()
    trpr.append(_el("w:tblHeader"))


def render_text(doc, li, **kw):
    return "\n".join(wd_lines(doc, labels(doc.lang, li), **kw)) + "\n"


def render_ps_text(doc, li):
    return "\n".join(ps_block(doc) + ["WORK DESCRIPTION (pasted)" if doc.lang != "fr" else "DESCRIPTION DE TRAVAIL (collée)", ""]
                     + wd_lines(doc, labels(doc.lang, li))) + "\n"


def render_ps_pdf(doc, li):
    lines = ps_block(doc) + wd_lines(doc, labels(doc.lang, li), caps=True)
    # direct reports as a table split across the page break, header row repeated
    pages, cur = [], []
    for ln in lines:
        cur.append(ln)
        if len(cur) >= 24 and not ln.startswith(("-", "•", "(", "1", "2", "3")):
            pages.append(cur); cur = []
    pages.append(cur)
    footer = doc.p["dept"] + " - Protected A when completed"
    return pdf_bytes(["\n".join(pg + ["", f"{footer}    Page {i} of {len(pages)}"]) for i, pg in enumerate(pages, 1)])


def render_table_pdf(doc, li):
    """A report table that runs over a page, its header row repeated."""
    L = labels(doc.lang, li)
    hv = header_values(doc)
    top = [f"{L[k]}: {hv[k]}" for k in ("title", "level", "job", "num", "eff", "loc", "sup_num", "sup_title", "sup_cls") if hv[k]]
    ga, ns, sa = doc.prose()
    hdr = "Position Title | Group/Level | FTEs" if doc.lang != "fr" else "Titre du poste | Groupe/niveau | ETP"
    rows = [f"{t} | {c} | {n}" for t, c, n in report_table_rows(doc)]
    p1 = top + ["", L["ga"].upper(), ga, "", L["reports"].upper(), hdr] + rows[:2]
    p2 = [hdr] + rows[2:] + [""] + dims_lines(doc, [L["sal"], L["om"], L["tot"]], doc.v["ms"]) + ["", L["sa"].upper()] + sa
    if doc.v["people"]:
        p2 += ["", f"Approved by: {doc.v['people'][0]}"]
    return pdf_bytes(["\n".join(p1 + ["", "Page 1 of 2"]), "\n".join(p2 + ["", "Page 2 of 2"])])


def render_form_docx(doc, li):
    import docx
    L = labels(doc.lang, li)
    hv = header_values(doc)
    d = docx.Document()
    d.add_paragraph("EXECUTIVE (EX) WORK DESCRIPTION FORM" if doc.lang != "fr" else "FORMULAIRE DE DESCRIPTION DE TRAVAIL (EX)")
    t = d.add_table(rows=0, cols=2)
    keys = ["title", "level", "job", "num", "eff", "loc", "sup_num", "sup_title", "sup_cls"]
    for k in keys:
        row = t.add_row().cells
        row[0].text = L[k]
        par = row[1].paragraphs[0]
        if k == "level" and doc.v.get("track"):
            tracked(par, cls(max(doc.p["level"] - 1, 1), 0), hv[k])
        elif hv[k]:
            sdt_in(par, hv[k], L[k])
        else:
            sdt_in(par, "Click here to enter text." if doc.lang != "fr" else "Cliquez ici pour entrer du texte.", L[k], placeholder=True)
    row = t.add_row().cells
    row[0].text = "Branch" if doc.lang != "fr" else "Direction générale"
    sdt_in(row[1].paragraphs[0], "Choose an item." if doc.lang != "fr" else "Choisissez un élément.", "Branch", placeholder=True)
    ga, ns, sa = doc.prose()
    d.add_paragraph(L["ga"]); d.add_paragraph(ga)
    d.add_paragraph(L["reports"])
    rt = d.add_table(rows=1, cols=3)
    for c, h in zip(rt.rows[0].cells, ("Title", "Group and level", "FTEs") if doc.lang != "fr" else ("Titre", "Groupe et niveau", "ETP")):
        c.text = h
    header_row(rt)
    for r in report_table_rows(doc):
        for c, x in zip(rt.add_row().cells, r):
            c.text = x
    d.add_paragraph(L["ns"]); d.add_paragraph(ns)
    s, o, tot = doc.p["money"] or (None, None, None)
    if doc.p["money"]:
        mt = d.add_table(rows=0, cols=2)
        for lab, val in zip((L["sal"], L["om"], L["tot"]), (s, o, tot)):
            cells = mt.add_row().cells
            cells[0].text, cells[1].text = lab, money(val, doc.v["ms"])
    d.add_paragraph(L["sa"])
    for x in sa:
        d.add_paragraph(x, style="List Number")
    if doc.v["people"]:
        d.add_paragraph(f"{'Incumbent' if doc.lang != 'fr' else 'Titulaire'}: {doc.v['people'][0]}")
    return docx_fixed(d)


def render_csr_docx(doc, li):
    import docx
    hv = header_values(doc)
    d = docx.Document()
    d.add_heading("Work Description", 1)
    for lab, k in (("Position Title", "title"), ("Classification", "level"), ("Position Number", "num"), ("Job Code", "job"),
                   ("Effective Date", "eff"), ("Location", "loc")):
        if hv[k]:
            par = d.add_paragraph()
            par.add_run(lab + ":").bold = True
            par.add_run(" " + hv[k])
    par = d.add_paragraph()
    par.add_run("Reports to:").bold = True
    sc = f" ({hv['sup_cls']})" if hv["sup_cls"] else ""
    par.add_run(f" {hv['sup_title']}{sc}, position {hv['sup_num']}")
    d.add_heading("Client Service Results", 2)
    d.add_paragraph(T.CSR_EN.format(unit=doc.unit.lower()))
    d.add_heading("Key Activities", 2)
    ga, ns, sa = doc.prose()
    for x in sa:
        d.add_paragraph(x, style="List Bullet")
    d.add_heading("Organizational Context", 2)
    d.add_paragraph(reports_prose(doc, doc.v["fs"]))
    d.add_heading("Dimensions", 2)
    for x in dims_lines(doc, ["Salary", "O&M", "Total"], doc.v["ms"]):
        d.add_paragraph(x)
    if doc.v["people"]:
        d.add_paragraph(f"Signature of manager: {doc.v['people'][1]}")
    return docx_fixed(d)


def render_bilingual(doc, li):
    """English and French side by side, as a two-column form saved as text."""
    en = Doc(doc.p, "en", random.Random(1), **doc.v); fr = Doc(doc.p, "fr", random.Random(2), **doc.v)
    Le, Lf = labels("en", li), labels("fr", 0)
    he, hf = header_values(en), header_values(fr)
    out = []
    for k in ("title", "level", "job", "num", "eff", "loc", "sup_num", "sup_title", "sup_cls"):
        if he[k]:
            left = f"{Le[k]}: {he[k]}"
            out.append(f"{left:<70}{Lf[k]} : {hf[k]}")
    out.append("")
    out += wd_lines(en, Le, header=False)
    return "\n".join(out) + "\n"


def render_en_fr(doc, li):
    en = Doc(doc.p, "en", random.Random(3), **doc.v); fr = Doc(doc.p, "fr", random.Random(4), **dict(doc.v, people=[]))
    return "\n".join(wd_lines(en, labels("en", li)) + ["", "=" * 40, "VERSION FRANÇAISE", ""] + wd_lines(fr, labels("fr", li))) + "\n"


OCR = str.maketrans({"0": "O", "1": "I"})


def render_ocr(doc, li):
    lines = wd_lines(doc, labels(doc.lang, li), caps=True)
    dmg = []
    for ln in lines:
        if ln.startswith(("Deleted", "Formatted")):
            continue
        x = ln
        if len(x) > 90 and doc.rng.random() < 0.5:
            x = x.replace("ti", "li").replace("rn", "m")
        dmg.append(x)
    text = " ".join(x for x in dmg if x)
    text = text.replace(cls(doc.p["level"], doc.v["cs"]), f"EX-O{doc.p['level']}")
    if doc.p["job"]:
        text = text.replace(doc.p["job"], doc.p["job"].translate(OCR), 1)
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text + " [ Signatory: ~ ;:: '' | ,, ]\n"


LAYOUTS = {  # name: (renderer, kind, extension, cp1252)
    "ps_text": (render_ps_text, "hr-export-text", "txt"), "ps_pdf": (render_ps_pdf, "hr-export-pdf", "pdf"),
    "form_docx": (render_form_docx, "docx-form", "docx"), "csr_docx": (render_csr_docx, "docx", "docx"),
    "text": (lambda d, li: render_text(d, li, sep=" : " if d.lang == "fr" else ": "), "text", "txt"),
    "nextline": (lambda d, li: render_text(d, li, nextline=True, numbered=True), "text-cp1252", "txt"),
    "table_pdf": (render_table_pdf, "pdf", "pdf"), "ocr": (render_ocr, "ocr", "txt"),
    "bilingual": (render_bilingual, "bilingual-text", "txt"), "en_fr": (render_en_fr, "en-then-fr-text", "txt"),
}
ORDER_EN = ["ps_text", "form_docx", "ps_pdf", "text", "nextline", "table_pdf", "csr_docx", "ocr"]
ORDER_FR = ["ps_text", "form_docx", "nextline", "text", "ocr", "ps_pdf"]


def truth(doc, name, kind, lang, people):
    p = doc.p
    s, o, t = p["money"] or (None, None, None)
    fields = {"title": [p["title"], p["title_fr"]] if lang == "bi" else doc.title,
              "classification": f"EX-0{p['level']}", "job_code": p["job"], "position_number": p["num"],
              "effective_date": p["eff"],
              "supervisor": {"position_number": p["sup"][0],
                             "title": [p["sup"][1], p["sup"][2]] if lang == "bi" and p["sup"][2] else doc.sup_title,
                             "classification": f"EX-0{p['sup'][3]}" if p["sup"][3] else None},
              "direct_reports": [{"title": a, "classification": b, "fte": c} for a, b, c in p["reports"]],
              "salary": s, "o_and_m": o, "total": t, "location": f"{p['loc'][0]}, {p['loc'][1]}"}
    ns = [k for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total") if fields[k] is None]
    return {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": fields, "not_stated": ns,
            "people": people, "versions": None}


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    rng = random.Random(2626)
    plan, ie, ifr = [], 0, 0
    for p in P:
        if p["lang"] == "bi":
            lay = "bilingual" if p["key"] != "polar-science" else "en_fr"
        elif p["lang"] == "fr":
            lay = ORDER_FR[ifr % len(ORDER_FR)]; ifr += 1
        else:
            lay = ORDER_EN[ie % len(ORDER_EN)]; ie += 1
        plan.append((p, lay, ""))
    dup = {"tc-aviation-security": "form_docx", "eccc-weather": "ps_pdf", "cbsa-traveller-ops": "form_docx"}
    plan += [(p, dup[p["key"]], " (copy)") for p in P if p["key"] in dup]
    truths = {}
    for n, (p, lay, suffix) in enumerate(plan):
        r = random.Random(f"{p['key']}{suffix}")
        fr = p["lang"] == "fr"
        people = [PEOPLE[(n * 2) % len(PEOPLE)], PEOPLE[(n * 2 + 1) % len(PEOPLE)]] if n % 3 != 2 else []
        v = dict(cs=r.choice([0, 1, 2, 3, 4, 6]), ds=r.choice([4, 8]) if fr else r.choice([0, 1, 2, 3, 5, 7]),
                 pds=r.choice([1, 2, 3]), ms=r.choice([4, 5, 6, 8, 9]) if fr else r.choice([0, 1, 2, 3, 7, 10]),
                 fs=r.choice([2, 4, 7]) if fr else r.choice([0, 1, 3, 5, 6, 8]), rs=r.choice([0, 1, 2, 3, 4, "prose"]),
                 track=r.random() < 0.35, comment=("JD1" if r.random() < 0.3 else None), colon=r.random() < 0.5,
                 run=f"2024-0{r.randint(1, 9)}-1{r.randint(0, 9)}", phoenix=r.random() < 0.5, people=people,
                 nonum=r.choice(["NEW", "TBD", "To be assigned"]))
        if fr and v["rs"] == "prose":
            v["rs"] = 0
        lang = "bi" if p["lang"] == "bi" else p["lang"]
        doc = Doc(p, "fr" if fr else "en", r, **v)
        render, kind, ext = LAYOUTS[lay]
        name = f"{p['dept'].split(' (')[0]} - {doc.title[:60].rstrip(', ')}{suffix}.{ext}".replace("/", "-")
        body = render(doc, n)
        if isinstance(body, str):
            body = body.replace("\n", "\r\n").encode("cp1252", "replace") if kind == "text-cp1252" else body.encode("utf-8")
        (corpus / name).write_bytes(body)
        t = truth(doc, name, kind, lang, people)
        truths[name] = t
        if suffix:
            orig = next(k for k, x in truths.items() if x["fields"]["title"] == t["fields"]["title"] and k != name)
            for k in (orig, name):
                truths[k]["versions"] = {"position": p["num"], "documents": [orig, name], "newest": k == orig}
    refuse(corpus, truths)
    for name, t in truths.items():
        (expected / f"{name}.expected.yaml").write_text(yaml.safe_dump(t, allow_unicode=True, sort_keys=False), encoding="utf-8")


def refuse(corpus, truths):
    import docx
    docs = {}
    docs["PSPC - Position Vacancy Listing export.txt"] = ("hr-export-text", "en", "\n".join(
        ["Position Vacancy Listing            Run Date: 2024-02-12   Page 1 of 1", "Dept ID  Position ID  Job Code  Descr                          Sal Plan  Grade  Status"]
        + [f"{100200 + i:<9}{40100 + i * 7:<13}{118000 + i:<10}{t[:30]:<31}EX        0{1 + i % 3}     Vacant" for i, t in enumerate(
            ["Director, Accommodation", "Director, Fit-up Projects", "Director, Leasing Policy", "Regional Director, Quebec"])]
        + ["", "4 rows selected."]) + "\n")
    d = docx.Document()
    d.add_paragraph("PAY ACTION REQUEST (PAR) – Acting Appointment")
    t = d.add_table(rows=0, cols=2)
    for a, b in (("Employee name", "Click here to enter text."), ("PRI", "Click here to enter text."), ("Position number", "71205"),
                 ("Acting period", "2023-04-03 to 2023-09-29"), ("Acting level", "EX-01"), ("Approved by", "Click here to enter text.")):
        c = t.add_row().cells; c[0].text, c[1].text = a, b
    docs["DFO - Pay action request acting EX-01.docx"] = ("docx-form", "en", docx_fixed(d))
    docs["CBSA - Courriel organigramme Région du Québec.txt"] = ("text", "fr", (
        "De : Bureau du DGR, Région du Québec\nÀ : Rémunération et classification\nObjet : RE: organigramme à jour\n\n"
        "Bonjour,\nVeuillez trouver ci-joint l'organigramme révisé de la Région du Québec (trois directeurs EX-01 relèvent du DGR). "
        "Les descriptions de travail suivront la semaine prochaine.\nMerci,\nLe bureau du DGR\n"))
    docs["RCMP - Classification grievance acknowledgement.pdf"] = ("pdf", "en", pdf_bytes([
        "Classification Grievance - Acknowledgement of Receipt\nFile: CG-2022-0117\nThe Classification Grievance Committee "
        "acknowledges receipt of the grievance concerning position 1007733 (EX-03).\nA hearing date will be set within 60 days.\n"
        "Corporate Classification Services"]))
    docs["ECCC scan 0042.txt"] = ("ocr", "en", "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
                                  "l ,. ~~ ;;i' .. ' : | |' ,. .'. l1 :; ~ '' .. ,, i| ;: ~~ . ' . ,; :: | ' ' \n")
    for name, (kind, lang, body) in docs.items():
        (corpus / name).write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
        truths[name] = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "people": []}


if __name__ == "__main__":
    main()
