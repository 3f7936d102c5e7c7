#!/usr/bin/env python3
"""Generate the blind35 corpus: Word work descriptions of science, regulatory and economic
departments, each department drawn from its own template, with their ground truth.

    /work/main/.venv/bin/python bench/import/blind35/make_blind.py

Deterministic: fixed core properties and zip timestamps, no randomness but a seeded one.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import struct
import sys
import zipfile
import zlib
from pathlib import Path

import yaml
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import positions as P  # noqa: E402
import texts as T  # noqa: E402

NBSP = "\u00a0"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
PROV_FR = {"Quebec": "Québec", "Nova Scotia": "Nouvelle-Écosse", "British Columbia": "Colombie-Britannique",
           "Newfoundland and Labrador": "Terre-Neuve-et-Labrador", "New Brunswick": "Nouveau-Brunswick"}
ABBR_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."]


# --- how values are written ---------------------------------------------------------------------

def cls_fmt(c, style=0):
    if not c:
        return ""
    g, n = c.rsplit("-", 1)
    if not g == "EX":
        return c if style != 3 else c.replace("-", " ")
    return [f"EX-{n}", f"EX {n}", f"EX-{int(n)}", f"EX{n}", f"EX\u2013{n}", f"EX-{n}"][style % 6]


def date_fmt(iso, style, lang):
    d = dt.date.fromisoformat(iso)
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month-1]} {d.year}", f"le {day} {MONTHS_FR[d.month-1]} {d.year}", d.isoformat(),
                f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {ABBR_FR[d.month-1]} {d.year}"][style % 5]
    return [f"{MONTHS_EN[d.month-1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month-1]} {d.year}", d.isoformat(),
            f"{MONTHS_EN[d.month-1][:3]}. {d.day}, {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}"][style % 5]


def _millions(n):
    for dec in (1, 2, 3):
        s = f"{n/1e6:.{dec}f}"
        if round(float(s) * 1e6) == n:
            return s
    return None


def amt_fmt(n, style, lang):
    m = _millions(n)
    k = n // 1000 if n % 1000 == 0 else None
    if lang == "fr":
        full = f"{n:,}".replace(",", NBSP)
        opts = [f"{full} $", f"{full},00 $", f"{m.replace('.', ',')} M$" if m else f"{full} $",
                f"{m.replace('.', ',')} millions $" if m else f"{full} $", f"{k:,} k$".replace(",", " ") if k else f"{full} $"]
    else:
        opts = [f"${n:,}", f"${n:,}.00", f"${m}M" if m else f"${n:,}", f"${m} million" if m else f"${n:,}",
                f"${k:,}K" if k else f"${n:,}"]
    return opts[style % 5]


def fte_fmt(n, style, lang):
    if n is None:
        return ""
    if lang == "fr":
        return [f"{n} ETP", f"effectif de {n}", f"{n} équivalents temps plein", f"{n} employés"][style % 4]
    return [f"{n} FTEs", f"{n} FTE", f"staff of {n}", f"{n} employees"][style % 4]


def loc_fmt(p, lang, style=0):
    city, prov = p["city"], p["prov"]
    if lang == "fr":
        return f"{city} ({PROV_FR.get(prov, prov)})"
    return [f"{city}, {prov}", f"{city} ({prov})"][style % 2]


# --- Word helpers ---------------------------------------------------------------------------------

def new_doc():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title, cp.revision = "", "", "", 1
    cp.created = cp.modified = dt.datetime(2024, 1, 1)
    return doc


def save(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def para(doc_or_cell, text="", bold=False, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        p.add_run(text).bold = bold
    return p


def labeled(doc_or_cell, label, value, sep=": "):
    p = doc_or_cell.add_paragraph()
    p.add_run(label + sep.rstrip(" ") if sep.strip() else label).bold = True
    p.add_run((" " if sep.endswith(" ") else "") + value)
    return p


def cell_text(cell, text, bold=False):
    cell.paragraphs[0].text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold
    return cell


def table(doc_or_cell, rows, header=None, bold_first_col=False, style="Table Grid"):
    n = len(rows) + (1 if header else 0)
    t = doc_or_cell.add_table(rows=n, cols=len((header or rows[0])))
    t.style = style
    i = 0
    if header:
        for j, h in enumerate(header):
            cell_text(t.cell(0, j), h, bold=True)
        i = 1
    for r in rows:
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), str(v), bold=bold_first_col and j == 0)
        i += 1
    return t


def header_footer(doc, head=None, foot=None):
    s = doc.sections[0]
    if head:
        s.header.paragraphs[0].text = head
    if foot:
        s.footer.paragraphs[0].text = foot


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sdt_run(p, text, placeholder=False, tag="f"):
    """A content control in the paragraph; placeholder text left in when ``placeholder``."""
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    tg = _esc(tag).replace('"', "")
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{tg}"/><w:tag w:val="{tg}"/>{ph}</w:sdtPr>'
           f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(parse_xml(xml))


_REV = [0]


def tracked(p, old, new, author="HR Classification"):
    """A tracked change: ``old`` deleted, ``new`` inserted, never accepted."""
    _REV[0] += 1
    i = _REV[0]
    d = "2019-01-01T00:00:00Z"
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{2*i}" w:author="{author}" w:date="{d}"><w:r>'
                          f'<w:delText xml:space="preserve">{_esc(old)}</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{2*i+1}" w:author="{author}" w:date="{d}"><w:r>'
                          f'<w:t xml:space="preserve">{_esc(new)}</w:t></w:r></w:ins>'))


def textbox(doc, lines, sid=1):
    """A VML text box anchored in a paragraph, holding ``lines`` (label, value) or plain strings."""
    inner = ""
    for ln in lines:
        if isinstance(ln, tuple):
            inner += (f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_esc(ln[0])}</w:t></w:r>'
                      f'<w:r><w:t xml:space="preserve">{_esc(ln[1])}</w:t></w:r></w:p>')
        else:
            inner += f'<w:p><w:r><w:t xml:space="preserve">{_esc(ln)}</w:t></w:r></w:p>'
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="TextBox{sid}" o:spid="_x0000_s10{sid:02d}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:0;margin-top:0;width:470pt;height:{18*len(lines)+20}pt;z-index:{sid}">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def merge_row(t, row, text, bold=True):
    a, b = t.cell(row, 0), t.cell(row, len(t.columns) - 1)
    m = a.merge(b)
    cell_text(m, text, bold)
    return m


def tr(p, lang, en, fr):
    return fr if lang == "fr" else en


# --- truth ----------------------------------------------------------------------------------------

def truth(p, doc_name, *, lang=None, title=None, drop=(), reports=None, position=True, extra=None):
    lang = lang or p["lang"]
    pick = (lambda e, f: [e, f]) if lang == "bi" else ((lambda e, f: f) if lang == "fr" else (lambda e, f: e))
    sup = p["sup"]
    f = {
        "title": title if title is not None else pick(p["en"], p["fr"]),
        "classification": p["cls"], "job_code": p["job"],
        "position_number": p["pos"] if position else None,
        "effective_date": dt.date.fromisoformat(p["date"]) if p["date"] else None,
        "supervisor": {"position_number": sup[0], "title": pick(sup[1], sup[2]), "classification": sup[3]},
        "direct_reports": [{"title": pick(r["en"], r["fr"]), "classification": r["cls"], "fte": r["fte"]}
                           for r in (reports if reports is not None else p["reports"])],
        "salary": p["salary"], "o_and_m": p["om"], "total": p["total"],
        "location": f"{p['city']}, {p['prov']}",
    }
    for k in drop:
        if k.startswith("supervisor."):
            f["supervisor"][k.split(".")[1]] = None
        else:
            f[k] = None
    ns = [k for k in ("job_code", "effective_date", "salary", "o_and_m", "total") if f[k] is None]
    return {"document": doc_name, "kind": "docx", "language": lang, "outcome": "import", "fields": f,
            "not_stated": ns, "also": {"department": DEPT[p["t"]], **(extra or {})}, "people": list(p["people"]),
            "versions": {"position": f["position_number"], "documents": [doc_name], "newest": True}}


DEPT = {"nrc": "National Research Council Canada", "hc": "Health Canada",
        "cfia": "Canadian Food Inspection Agency", "eccc": "Environment and Climate Change Canada",
        "nrcan": "Natural Resources Canada", "statcan": "Statistics Canada", "csa": "Canadian Space Agency",
        "ised": "Innovation, Science and Economic Development Canada", "cb": "Competition Bureau Canada"}


def prose(doc, p, lang, heading, pool, n=2, style=None, **kw):
    if heading:
        para(doc, heading, bold=True)
    for s in pool[:n]:
        para(doc, s.format(title=tr(p, lang, p["en"], p["fr"]), sup=tr(p, lang, p["sup"][1], p["sup"][2]),
                           unit=tr(p, lang, "the " + p["en"].split(",", 1)[-1].strip(), p["fr"].split(",", 1)[-1].strip()),
                           **kw), style=style)


def rtitle(r, lang):
    return r["fr"] if lang == "fr" else r["en"]


def sign(doc, p, lang, style=0):
    para(doc, T.CERT_FR if lang == "fr" else T.CERT_EN)
    who = p["people"]
    lab = (["Titulaire", "Superviseur(e)"] if lang == "fr" else ["Incumbent", "Supervisor"])
    rows = [[lab[0], who[0], "Date : ____" if lang == "fr" else "Date: ____"]]
    if len(who) > 1:
        rows.append([lab[1], who[1], "Date : ____" if lang == "fr" else "Date: ____"])
    if style == 0:
        table(doc, rows, header=None)
    else:
        for r in rows:
            para(doc, f"{r[0]}: {r[1]}" if lang != "fr" else f"{r[0]} : {r[1]}")
            para(doc, "Signature: _______________________")


# --- templates ------------------------------------------------------------------------------------

def t_nrc(p):
    lang, v = p["lang"], p["v"]
    doc = new_doc()
    header_footer(doc, "National Research Council Canada | Conseil national de recherches Canada",
                  "NRC-CNRC  EX work description / Description de travail EX  -  PROTECTED A / PROTÉGÉ A when completed")
    para(doc, "DESCRIPTION DE POSTE DE CADRE" if lang == "fr" else "EXECUTIVE POSITION DESCRIPTION", bold=True)
    L = (["Titre du poste", "Groupe et niveau", "Code d'emploi", "Nº du poste", "Date d'entrée en vigueur",
          "Centre de recherche", "Relève de (titre)", "Nº du poste du superviseur", "Groupe et niveau du superviseur",
          "Lieu de travail"] if lang == "fr" else
         ["Position Title", "Group & Level", "Job Code", "Position No.", "Effective Date", "Research Centre",
          "Reports To (Position Title)", "Supervisor Position No.", "Supervisor Group & Level", "Location"])
    vals = [tr(p, lang, p["en"], p["fr"]), cls_fmt(p["cls"], v), p["job"] or "", p["pos"], date_fmt(p["date"], v, lang),
            tr(p, lang, p["en"].split(",", 1)[-1].strip(), p["fr"].split(",", 1)[-1].strip()),
            tr(p, lang, p["sup"][1], p["sup"][2]), p["sup"][0], cls_fmt(p["sup"][3], v + 1), loc_fmt(p, lang, v)]
    rows = [[l, x] for l, x in zip(L, vals)]
    if v == 1:
        t = doc.add_table(rows=len(rows) + 1, cols=2)
        t.style = "Table Grid"
        merge_row(t, 0, "POSITION IDENTIFICATION")
        for i, (l, x) in enumerate(rows, 1):
            cell_text(t.cell(i, 0), l, True)
            cell_text(t.cell(i, 1), x)
    else:
        table(doc, rows, bold_first_col=True)
    prose(doc, p, lang, "RESPONSABILITÉ GÉNÉRALE" if lang == "fr" else "GENERAL ACCOUNTABILITY", T.GA_FR if lang == "fr" else T.GA_EN)
    para(doc, "STRUCTURE ORGANISATIONNELLE" if lang == "fr" else "ORGANIZATION STRUCTURE", bold=True)
    rs = p["reports"]
    if v in (0, 2):
        hd = ["Titre", "Groupe et niveau", "ETP"] if lang == "fr" else ["Position Title", "Group/Level", "FTEs"]
        table(doc, [[rtitle(r, lang), r["cls"] or "", r["fte"] if r["fte"] is not None else ""] for r in rs], header=hd)
    elif v == 1:
        table(doc, [[r["cls"], r["en"], r["fte"]] for r in rs], header=["Group-Level", "Title", "Employees"])
    elif v == 3:
        table(doc, [[r["fte"], r["cls"], r["fr"]] for r in rs], header=["ETP", "Classification", "Titre du poste"])
    else:
        para(doc, "Reporting to the Director:")
        for r in rs:
            para(doc, f"{r['en']} ({r['cls']}) \u2014 {fte_fmt(r['fte'], 0, 'en')}", style="List Bullet")
    prose(doc, p, lang, "NATURE ET PORTÉE" if lang == "fr" else "NATURE AND SCOPE", T.NS_FR if lang == "fr" else T.NS_EN, 3)
    para(doc, "DIMENSIONS", bold=True)
    drows = [["Salaires" if lang == "fr" else "Salary", amt_fmt(p["salary"], v, lang)],
             ["Fonctionnement et entretien (F et E)" if lang == "fr" else "Operating (O&M)", amt_fmt(p["om"], v, lang)]]
    if p["total"]:
        drows.append(["Total", amt_fmt(p["total"], v, lang)])
    drows.append(["ETP" if lang == "fr" else "FTEs", str(sum(r["fte"] or 0 for r in rs) + 1)])
    table(doc, drows, bold_first_col=True)
    prose(doc, p, lang, "RESPONSABILITÉS SPÉCIFIQUES" if lang == "fr" else "SPECIFIC ACCOUNTABILITIES",
          T.SA_FR if lang == "fr" else T.SA_EN, 6, style="List Number")
    sign(doc, p, lang, 0)
    return doc, truth(p, None, extra={"layout": "two-column label table, header/footer, reports table v%d" % v})


def t_hc(p):
    lang, v = p["lang"], p["v"]
    doc = new_doc()
    header_footer(doc, "Health Canada    Santé Canada", "HC/SC 1014 (rev. 2012)")
    s = p["sup"]
    if lang == "fr":
        para(doc, "DESCRIPTION DE TRAVAIL \u2013 GROUPE DE LA DIRECTION (EX)", bold=True)
        rows = [["Titre du poste :", p["fr"]], ["Classification :", cls_fmt(p["cls"], 1)], ["Code de l'emploi :", p["job"]],
                ["Numéro du poste :", p["pos"]], ["Date d'entrée en vigueur :", date_fmt(p["date"], 0, "fr")],
                ["Titre du superviseur :", s[2]], ["Classification du superviseur :", cls_fmt(s[3], 1)],
                ["Nº de poste du superviseur :", s[0]], ["Lieu :", loc_fmt(p, "fr")]]
        table(doc, rows, bold_first_col=True)
        prose(doc, p, "fr", "Responsabilité générale", T.GA_FR)
        para(doc, "Structure organisationnelle", bold=True)
        for r in p["reports"]:
            para(doc, f"{r['fr']} ({r['cls']}) \u2013 {fte_fmt(r['fte'], 0, 'fr')}", style="List Bullet")
        para(doc, "Dimensions", bold=True)
        para(doc, f"Budget salarial : {amt_fmt(p['salary'], 0, 'fr')}")
        para(doc, f"Budget de F et E : {amt_fmt(p['om'], 0, 'fr')}")
        para(doc, f"Total : {amt_fmt(p['total'], 0, 'fr')}")
        prose(doc, p, "fr", "Activités principales", T.SA_FR, 5, style="List Bullet")
        sign(doc, p, "fr", 1)
        return doc, truth(p, None, extra={"layout": "French two-column label table"})
    para(doc, "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE", bold=True)
    pairs = [("Position Title", p["en"], "Titre du poste", p["fr"]),
             ("Classification", cls_fmt(p["cls"], v), "Classification", cls_fmt(p["cls"], v)),
             ("Job Code", p["job"] or "", "Code d'emploi", p["job"] or ""),
             ("Position Number", p["pos"], "Numéro de poste", p["pos"]),
             ("Effective Date", date_fmt(p["date"], v, "en"), "Date d'entrée en vigueur", date_fmt(p["date"], v, "fr")),
             ("Location", loc_fmt(p, "en"), "Lieu de travail", loc_fmt(p, "fr"))]
    if v != 1:
        pairs += [("Supervisor's Title", s[1], "Titre du superviseur", s[2]),
                  ("Supervisor's Position Number", s[0], "Numéro de poste du superviseur", s[0]),
                  ("Supervisor's Classification", cls_fmt(s[3], 0), "Classification du superviseur", cls_fmt(s[3], 0))]
    t = doc.add_table(rows=len(pairs), cols=2)
    t.style = "Table Grid"
    for i, (le, ve, lf, vf) in enumerate(pairs):
        for j, (l, x, sep) in enumerate(((le, ve, ": "), (lf, vf, " : "))):
            c = t.cell(i, j)
            c.paragraphs[0].text = ""
            if v in (1, 3):
                c.paragraphs[0].add_run(l).bold = True
                c.add_paragraph(x)
            else:
                c.paragraphs[0].add_run(l + sep.rstrip()).bold = True
                c.paragraphs[0].add_run(" " + x)
    if v == 1:
        t2 = doc.add_table(rows=1, cols=2)
        cell_text(t2.cell(0, 0), f"The Director General reports to the {s[1]} ({s[3]}), position number {s[0]}.")
        cell_text(t2.cell(0, 1), f"La directrice générale relève du {s[2]} ({s[3]}), poste numéro {s[0]}.")
    t3 = doc.add_table(rows=2, cols=2)
    cell_text(t3.cell(0, 0), "GENERAL ACCOUNTABILITY", True)
    cell_text(t3.cell(0, 1), "RESPONSABILITÉ GÉNÉRALE", True)
    cell_text(t3.cell(1, 0), T.GA_EN[0].format(title=p["en"], unit="the directorate", sup=s[1]))
    cell_text(t3.cell(1, 1), T.GA_FR[0].format(title=p["fr"], unit="la direction", sup=s[2]))
    t4 = doc.add_table(rows=1 + len(p["reports"]), cols=2)
    t4.style = "Table Grid"
    cell_text(t4.cell(0, 0), "Direct Reports", True)
    cell_text(t4.cell(0, 1), "Subordonnés directs", True)
    for i, r in enumerate(p["reports"], 1):
        cell_text(t4.cell(i, 0), f"{r['en']} ({r['cls']}) \u2013 {fte_fmt(r['fte'], 0, 'en')}")
        cell_text(t4.cell(i, 1), f"{r['fr']} ({r['cls']}) \u2013 {fte_fmt(r['fte'], 0, 'fr')}")
    t5 = doc.add_table(rows=4 if p["salary"] else 2, cols=2)
    t5.style = "Table Grid"
    cell_text(t5.cell(0, 0), "DIMENSIONS", True)
    cell_text(t5.cell(0, 1), "DIMENSIONS", True)
    i = 1
    if p["salary"]:
        cell_text(t5.cell(1, 0), f"Salary: {amt_fmt(p['salary'], v, 'en')}")
        cell_text(t5.cell(1, 1), f"Salaires : {amt_fmt(p['salary'], v, 'fr')}")
        cell_text(t5.cell(2, 0), f"O&M: {amt_fmt(p['om'], v, 'en')}")
        cell_text(t5.cell(2, 1), f"F et E : {amt_fmt(p['om'], v, 'fr')}")
        i = 3
    cell_text(t5.cell(i, 0), f"Total budget: {amt_fmt(p['total'], v, 'en')}")
    cell_text(t5.cell(i, 1), f"Budget total : {amt_fmt(p['total'], v, 'fr')}")
    if v == 5:
        pp = para(doc, "Revised / Révisé : ")
        tracked(pp, "Director, Environmental Health, Atlantic", "see title above / voir titre ci-dessus")
    para(doc, "Incumbent / Titulaire : " + p["people"][0])
    if len(p["people"]) > 1:
        para(doc, "Approved by / Approuvé par : " + p["people"][1])
    return doc, truth(p, None, extra={"layout": "bilingual side by side in table columns v%d" % v})


PH_EN, PH_FR = "Click or tap here to enter text.", "Cliquez ou appuyez ici pour entrer du texte."
PHD_EN, PHD_FR = "Click or tap to enter a date.", "Cliquez ou appuyez pour entrer une date."


def t_cfia(p):
    lang, v = p["lang"], p["v"]
    fr = lang == "fr"
    doc = new_doc()
    header_footer(doc, ("Agence canadienne d'inspection des aliments" if fr else "Canadian Food Inspection Agency")
                  + (f"  \u2013  {loc_fmt(p, lang)}" if v == 3 else ""),
                  "ACIA/CFIA 5580 (2016/03)")
    para(doc, "Description de travail de la direction" if fr else "Executive Work Description", bold=True)
    s = p["sup"]
    L = (["Titre du poste", "Classification", "Numéro d'emploi", "Numéro de poste", "Date d'entrée en vigueur",
          "Direction générale", "Titre du poste du superviseur", "Classification du superviseur",
          "Numéro de poste du superviseur", "Lieu de travail"] if fr else
         ["Position Title", "Classification", "Job Number", "Position Number", "Effective Date", "Branch",
          "Supervisor's Position Title", "Supervisor's Classification", "Supervisor's Position Number", "Work Location"])
    vals = [tr(p, lang, p["en"], p["fr"]), cls_fmt(p["cls"], v + 2), p["job"], p["pos"],
            date_fmt(p["date"], v, lang) if p["date"] else None, None if v == 4 else ("Opérations" if fr else "Science"),
            tr(p, lang, s[1], s[2]), cls_fmt(s[3], v), s[0], None if v == 3 else loc_fmt(p, lang, v)]
    t = doc.add_table(rows=len(L), cols=2)
    t.style = "Table Grid"
    for i, (l, x) in enumerate(zip(L, vals)):
        cell_text(t.cell(i, 0), l, True)
        c = t.cell(i, 1)
        c.paragraphs[0].text = ""
        if x is None:
            ph = (PHD_FR if fr else PHD_EN) if i == 4 else ((PH_FR if fr else PH_EN) if i != 5 else
                                                            ("Choisissez un élément." if fr else "Choose an item."))
            if i == 9:
                ph = "Voir en-tête" if fr else "See header"
            sdt_run(c.paragraphs[0], ph, placeholder=i != 9, tag=l)
        else:
            sdt_run(c.paragraphs[0], x, tag=l)
    para(doc, "Résultats axés sur le service à la clientèle" if fr else "Client Service Results", bold=True)
    para(doc, (T.CSR_FR if fr else T.CSR_EN).format(unit=tr(p, lang, "the " + p["en"].split(",", 1)[-1].strip(), p["fr"].split(",", 1)[-1].strip())))
    para(doc, "Activités principales" if fr else "Key Activities", bold=True)
    for k in (T.KA_FR if fr else T.KA_EN):
        para(doc, k.format(unit=tr(p, lang, "the unit", "l'unité")), style="List Bullet")
    para(doc, "Contexte organisationnel" if fr else "Organizational Context", bold=True)
    rs = p["reports"]
    para(doc, "Relèvent directement du titulaire :" if fr else "Positions reporting directly to the incumbent:")
    if v == 4:
        for r in rs:
            para(doc, f"{r['en']}, {r['cls']}" + (f", {r['fte']} employees" if r["fte"] else ""), style="List Number")
    elif v == 3:
        table(doc, [[r["fte"], rtitle(r, lang), r["cls"]] for r in rs], header=["Nbre d'employés", "Titre", "Groupe-niveau"])
    else:
        hd = ["Titre du poste", "Classification", "ETP"] if fr else ["Title", "Group and Level", "Number of Employees"]
        table(doc, [[rtitle(r, lang), r["cls"], r["fte"]] for r in rs], header=hd)
    para(doc, "Dimensions", bold=True)
    dt_ = doc.add_table(rows=3, cols=2)
    dt_.style = "Table Grid"
    for i, (l, x) in enumerate(((("Salaires" if fr else "Salary"), p["salary"]), (("F et E" if fr else "O&M"), p["om"]),
                                ("Total", p["total"]))):
        cell_text(dt_.cell(i, 0), l, True)
        dt_.cell(i, 1).paragraphs[0].text = ""
        if x is None:
            sdt_run(dt_.cell(i, 1).paragraphs[0], PH_FR if fr else PH_EN, placeholder=True, tag=l)
        else:
            sdt_run(dt_.cell(i, 1).paragraphs[0], amt_fmt(x, v + 1, lang), tag=l)
    para(doc, "Environnement de travail" if fr else "Working Conditions", bold=True)
    para(doc, (T.NS_FR if fr else T.NS_EN)[2])
    sign(doc, p, lang, v % 2)
    return doc, truth(p, None, extra={"layout": "content controls, CSR/Key Activities v%d" % v})


def t_eccc(p):
    lang, v = p["lang"], p["v"]
    fr = lang == "fr"
    doc = new_doc()
    header_footer(doc, "Environnement et Changement climatique Canada / Environment and Climate Change Canada")
    para(doc, "DESCRIPTION DE TRAVAIL" if fr else "WORK DESCRIPTION", bold=True)
    s = p["sup"]
    labeled(doc, "Titre" if fr else "Position title", tr(p, lang, p["en"], p["fr"]), " : " if fr else ": ")
    pc = doc.add_paragraph()
    pc.add_run("Niveau :" if fr else "Level:").bold = True
    pc.add_run(" ")
    if v == 0:
        tracked(pc, "EX-02", "EX-01")
    else:
        pc.add_run(cls_fmt(p["cls"], v))
    if p["job"]:
        labeled(doc, "No d'emploi générique" if fr else "Generic job no.", p["job"], " : " if fr else ": ")
    labeled(doc, "No de poste" if fr else "Position #", p["pos"], " : " if fr else ": ")
    pd = doc.add_paragraph()
    pd.add_run("En vigueur :" if fr else "Effective:").bold = True
    pd.add_run(" ")
    if v == 1:
        tracked(pd, date_fmt("2019-04-01", 0, "en"), date_fmt(p["date"], 0, "en"))
    else:
        pd.add_run(date_fmt(p["date"], v, lang))
    labeled(doc, "Emplacement" if fr else "Location", loc_fmt(p, lang, v), " : " if fr else ": ")
    if v in (0, 2, 4):
        labeled(doc, "Titre du poste du superviseur" if fr else "Supervisor title", tr(p, lang, s[1], s[2]), " : " if fr else ": ")
        labeled(doc, "Niveau du superviseur" if fr else "Supervisor level", cls_fmt(s[3], 0), " : " if fr else ": ")
        labeled(doc, "No de poste du superviseur" if fr else "Supervisor position #", s[0], " : " if fr else ": ")
    prose(doc, p, lang, "RESPONSABILITÉ GÉNÉRALE :" if fr else "GENERAL ACCOUNTABILITY:", T.GA_FR if fr else T.GA_EN)
    para(doc, "STRUCTURE ORGANISATIONNELLE :" if fr else "ORGANIZATION:", bold=True)
    if v == 1:
        para(doc, f"The position reports to the {s[1]} ({cls_fmt(s[3], 0)}), position {s[0]}.")
    elif v == 3:
        para(doc, f"Le poste relève du {s[2]} ({cls_fmt(s[3], 0)}), poste no {s[0]}.")
    para(doc, "Postes relevant du titulaire :" if fr else "Positions reporting to the incumbent:")
    for i, r in enumerate(p["reports"]):
        if fr and v == 2:
            para(doc, f"{r['fr']}, {r['cls']}, {fte_fmt(r['fte'], 0, 'fr')}", style="List Number")
        elif fr:
            cl = f" ({r['cls']})" if r["cls"] else ""
            para(doc, f"{r['fr']}{cl} \u2013 {fte_fmt(r['fte'], 1, 'fr')}", style="List Bullet")
        else:
            para(doc, f"{r['en']} ({r['cls']}) \u2013 {fte_fmt(r['fte'], 1, 'en')}", style="List Bullet")
    para(doc, "DIMENSIONS :" if fr else "DIMENSIONS:", bold=True)
    labeled(doc, "Salaires" if fr else "Salaries", amt_fmt(p["salary"], v + 2, lang), " : " if fr else ": ")
    labeled(doc, "F et E" if fr else "O&M", amt_fmt(p["om"], v + 2, lang), " : " if fr else ": ")
    pt = doc.add_paragraph()
    pt.add_run("Total :" if fr else "Total:").bold = True
    pt.add_run(" ")
    if v == 3:
        tracked(pt, amt_fmt(10900000, 0, "fr"), amt_fmt(p["total"], 0, "fr"))
    else:
        pt.add_run(amt_fmt(p["total"], v + 2, lang))
    prose(doc, p, lang, "NATURE ET PORTÉE :" if fr else "NATURE AND SCOPE:", T.NS_FR if fr else T.NS_EN, 2)
    prose(doc, p, lang, "RESPONSABILITÉS PRINCIPALES :" if fr else "KEY RESPONSIBILITIES:", T.SA_FR if fr else T.SA_EN, 5,
          style="List Bullet")
    sign(doc, p, lang, 1)
    return doc, truth(p, None, extra={"layout": "bold label and value on one line, tracked changes v%d" % v})


def t_nrcan(p):
    lang, v = p["lang"], p["v"]
    fr = lang == "fr"
    doc = new_doc()
    header_footer(doc, "Ressources naturelles Canada" if fr else "Natural Resources Canada",
                  "NRCan-RNCan 4587 (2015-03)    Page 1")
    s = p["sup"]
    para(doc, "A. IDENTIFICATION DU POSTE" if fr else "A. POSITION IDENTIFICATION", bold=True)
    items = ([("Titre du poste", p["fr"]), ("Groupe et niveau", cls_fmt(p["cls"], v)), ("Code d'emploi", p["job"]),
              ("Numéro du poste", p["pos"]), ("Date d'entrée en vigueur", date_fmt(p["date"], v + 2, "fr")),
              ("Lieu", loc_fmt(p, "fr"))] if fr else
             [("Title", p["en"]), ("Group and level", cls_fmt(p["cls"], v)), ("Job code", p["job"]),
              ("Position number", p["pos"]), ("Effective date", date_fmt(p["date"], v + 2, "en")),
              ("Geographic location", loc_fmt(p, "en", v))])
    for l, x in items:
        para(doc, l.upper() if v == 1 else l, bold=True)
        para(doc, x)
    para(doc, "B. SUPERVISEUR" if fr else "B. SUPERVISOR", bold=True)
    for l, x in ([("Titre", s[2]), ("Groupe et niveau", cls_fmt(s[3], 0)), ("Numéro du poste", s[0])] if fr else
                 [("Title", s[1]), ("Group and level", cls_fmt(s[3], 0)), ("Position number", s[0])]):
        para(doc, l, bold=True)
        para(doc, x)
    prose(doc, p, lang, "C. RESPONSABILITÉ GÉNÉRALE" if fr else "C. GENERAL ACCOUNTABILITY", T.GA_FR if fr else T.GA_EN)
    para(doc, "D. STRUCTURE ORGANISATIONNELLE" if fr else "D. ORGANIZATION STRUCTURE", bold=True)
    rs = p["reports"]
    if v == 0:
        table(doc, [[r["en"], r["fte"], r["cls"]] for r in rs], header=["Title", "FTEs", "Level"])
    elif v == 1:
        table(doc, [[r["cls"], r["en"], r["fte"]] for r in rs], header=["Level", "Title", "FTEs"])
    elif v == 2:
        table(doc, [[r["fr"], r["cls"], r["fte"]] for r in rs], header=["Titre", "Niveau", "ETP"])
    elif v == 3:
        table(doc, [[r["fte"], r["fr"], r["cls"]] for r in rs], header=["ETP", "Titre", "Niveau"])
    else:
        t = table(doc, [[r["en"], r["cls"], r["fte"]] for r in rs] + [["", "", ""]], header=["Title", "Classification", "FTEs"])
        merge_row(t, len(rs) + 1, f"Total: {sum(r['fte'] for r in rs)} FTEs")
    para(doc, "E. DIMENSIONS", bold=True)
    table(doc, [[amt_fmt(p["salary"], v, lang), amt_fmt(p["om"], v, lang), amt_fmt(p["total"], v, lang)]],
          header=["Salaires", "F et E", "Total"] if fr else ["Salary", "O&M", "Total"])
    prose(doc, p, lang, "F. NATURE ET PORTÉE" if fr else "F. NATURE AND SCOPE", T.NS_FR if fr else T.NS_EN, 3)
    prose(doc, p, lang, "G. RESPONSABILITÉS SPÉCIFIQUES" if fr else "G. SPECIFIC ACCOUNTABILITIES",
          T.SA_FR if fr else T.SA_EN, 6, style="List Number")
    sign(doc, p, lang, 0)
    return doc, truth(p, None, extra={"layout": "lettered headings, label over value, reports table v%d" % v})


def _statcan_copy(doc, p, lang, v):
    fr = lang == "fr"
    s = p["sup"]
    outer = doc.add_table(rows=4, cols=2)
    outer.style = "Table Grid"
    merge_row(outer, 0, "STATISTIQUE CANADA \u2013 DESCRIPTION DE TRAVAIL EX" if fr else "STATISTICS CANADA \u2013 EX WORK DESCRIPTION")
    merge_row(outer, 2, "Relations hiérarchiques" if fr else "Reporting Relationships")
    left, right = outer.cell(1, 0), outer.cell(1, 1)
    cell_text(left, "Identification", True)
    inner = left.add_table(rows=4, cols=2)
    for i, (l, x) in enumerate((("Titre" if fr else "Title", tr(p, lang, p["en"], p["fr"])),
                                ("Groupe/niveau" if fr else "Group/Level", cls_fmt(p["cls"], v + 3)),
                                ("No de poste" if fr else "Position No.", p["pos"]),
                                ("Code d'emploi" if fr else "Job code", p["job"]))):
        cell_text(inner.cell(i, 0), l, True)
        cell_text(inner.cell(i, 1), x)
    cell_text(right, "Administration", True)
    inner2 = right.add_table(rows=2, cols=2)
    for i, (l, x) in enumerate((("Date d'effet" if fr else "Effective", date_fmt(p["date"], v, lang)),
                                ("Lieu" if fr else "Location", loc_fmt(p, lang)))):
        cell_text(inner2.cell(i, 0), l, True)
        cell_text(inner2.cell(i, 1), x)
    c = outer.cell(3, 0).merge(outer.cell(3, 1))
    cell_text(c, ("Superviseur : " if fr else "Supervisor: ") + f"{tr(p, lang, s[1], s[2])}, {cls_fmt(s[3], 0)}, "
              + ("poste " if fr else "position ") + s[0])
    c.add_paragraph("Subordonnés directs :" if fr else "Direct reports:")
    rt = c.add_table(rows=1 + len(p["reports"]), cols=3)
    hd = ["Poste", "Groupe et niveau", "ETP"] if fr else ["Position", "Group and Level", "FTE"]
    if v == 2:
        hd = ["FTE", "Position", "Group and Level"]
    for j, h in enumerate(hd):
        cell_text(rt.cell(0, j), h, True)
    for i, r in enumerate(p["reports"], 1):
        vals = {"Poste": rtitle(r, lang), "Position": rtitle(r, lang), "Groupe et niveau": r["cls"],
                "Group and Level": r["cls"], "ETP": r["fte"], "FTE": r["fte"]}
        for j, h in enumerate(hd):
            cell_text(rt.cell(i, j), str(vals[h]))
    prose(doc, p, lang, "Responsabilité générale" if fr else "General Accountability", T.GA_FR if fr else T.GA_EN)
    para(doc, "Dimensions", bold=True)
    dt_ = doc.add_table(rows=1, cols=3)
    for j, (l, x) in enumerate(((("Salaires" if fr else "Salary"), p["salary"]), (("F et E" if fr else "O&M"), p["om"]),
                                ("Total", p["total"]))):
        cell_text(dt_.cell(0, j), f"{l}\n{amt_fmt(x, v + 1, lang)}")
    prose(doc, p, lang, "Responsabilités spécifiques" if fr else "Specific Accountabilities", T.SA_FR if fr else T.SA_EN, 4,
          style="List Bullet")


def t_statcan(p):
    lang, v = p["lang"], p["v"]
    doc = new_doc()
    header_footer(doc, "Statistics Canada / Statistique Canada", "Non classifié / Unclassified")
    if lang == "bi":
        _statcan_copy(doc, p, "en", v)
        doc.add_page_break()
        _statcan_copy(doc, p, "fr", v)
        sign(doc, p, "en", 0)
    else:
        _statcan_copy(doc, p, lang, v)
        sign(doc, p, lang, 0)
    return doc, truth(p, None, extra={"layout": "nested tables in merged cells" + (", English then French copies" if lang == "bi" else "")})


def t_csa(p):
    lang, v = p["lang"], p["v"]
    fr = lang == "fr"
    doc = new_doc()
    header_footer(doc, "Agence spatiale canadienne | Canadian Space Agency", "ASC-CSA \u2013 RH-112")
    s = p["sup"]
    para(doc, "Description de poste \u2013 Cadre de direction" if fr else "Position Description \u2013 Executive", bold=True)
    pos = p["pos"] or ("À déterminer" if fr else "TBD")
    lines = ([("Titre du poste : ", p["fr"]), ("Groupe et niveau : ", cls_fmt(p["cls"], v)), ("Code d'emploi : ", p["job"]),
              ("Numéro du poste : ", pos), ("Date d'entrée en vigueur : ", date_fmt(p["date"], v, "fr")),
              ("Lieu : ", loc_fmt(p, "fr"))] if fr else
             [("Position title: ", p["en"]), ("Group and level: ", cls_fmt(p["cls"], v)), ("Job code: ", p["job"]),
              ("Position number: ", pos), ("Effective date: ", date_fmt(p["date"], v, "en")), ("Location: ", loc_fmt(p, "en", v))])
    textbox(doc, lines, sid=1)
    textbox(doc, [("Supérieur immédiat : " if fr else "Immediate supervisor: ", tr(p, lang, s[1], s[2])),
                  ("Classification : " if fr else "Classification: ", cls_fmt(s[3], 0)),
                  ("No de poste : " if fr else "Position no.: ", s[0])], sid=2)
    prose(doc, p, lang, "1. Responsabilité générale" if fr else "1. General Accountability", T.GA_FR if fr else T.GA_EN)
    para(doc, "2. Structure organisationnelle" if fr else "2. Organization Structure", bold=True)
    rs = p["reports"]
    if v in (0, 3):
        parts = [f"le {r['fr']} ({r['cls']}, {fte_fmt(r['fte'], 0, 'fr')})" if r["cls"] else f"le {r['fr']} ({fte_fmt(r['fte'], 0, 'fr')})" for r in rs]
        para(doc, "Relèvent du titulaire : " + ", ".join(parts[:-1]) + " et " + parts[-1] + ".")
    elif v == 1:
        for r in rs:
            para(doc, f"{r['cls']} \u2013 {r['fr']} ({fte_fmt(r['fte'], 1, 'fr')})", style="List Bullet")
    else:
        for r in rs:
            para(doc, f"{r['en']}, {r['cls']}: {fte_fmt(r['fte'], 0, 'en')}", style="List Bullet")
    para(doc, "3. Dimensions", bold=True)
    textbox(doc, [("Salaires : " if fr else "Salaries: ", amt_fmt(p["salary"], v + 2, lang)),
                  ("Fonctionnement et entretien : " if fr else "Operations and maintenance: ", amt_fmt(p["om"], v + 2, lang)),
                  ("Total : " if fr else "Total: ", amt_fmt(p["total"], v + 2, lang))], sid=3)
    prose(doc, p, lang, "4. Nature et portée" if fr else "4. Nature and Scope", T.NS_FR if fr else T.NS_EN, 2)
    prose(doc, p, lang, "5. Responsabilités spécifiques" if fr else "5. Specific Accountabilities", T.SA_FR if fr else T.SA_EN,
          5, style="List Number")
    sign(doc, p, lang, v % 2)
    return doc, truth(p, None, position=p["pos"] is not None, extra={"layout": "identification in text boxes v%d" % v})


def t_ised(p):
    lang, v = p["lang"], p["v"]
    fr = lang == "fr"
    doc = new_doc()
    s = p["sup"]
    if v in (0, 1):
        header_footer(doc, f"Position {p['pos']}  |  {cls_fmt(p['cls'], v)}  |  Job {p['job']}",
                      f"Effective {date_fmt(p['date'], 0, 'en')} \u2013 ISED-ISDE HR-EX-07")
    else:
        header_footer(doc, "Innovation, Sciences et Développement économique Canada" if fr else
                      "Innovation, Science and Economic Development Canada", "ISDE-ISED HR-EX-07")
    para(doc, tr(p, lang, p["en"], p["fr"]), bold=True)
    para(doc, "1. IDENTIFICATION" if fr else "1. POSITION IDENTIFICATION", bold=True)
    if v in (0, 1):
        para(doc, f"Location: {loc_fmt(p, 'en', 1)}")
    else:
        table(doc, [["Titre :" if fr else "Title:", tr(p, lang, p["en"], p["fr"])],
                    ["Classification :" if fr else "Classification:", f"({cls_fmt(p['cls'], 0)})"],
                    ["Numéro d'emploi :" if fr else "Job no.:", p["job"]], ["Poste no :" if fr else "Position no.:", p["pos"]],
                    ["Date d'effet :" if fr else "Date effective:", date_fmt(p["date"], v, lang)],
                    ["Lieu :" if fr else "Location:", loc_fmt(p, lang)]], bold_first_col=True)
    para(doc, "2. RESPONSABILITÉ GÉNÉRALE" if fr else "2. GENERAL ACCOUNTABILITY", bold=True)
    if fr:
        para(doc, f"Relevant du {s[2]} ({cls_fmt(s[3], 2)}, poste {s[0]}), le ou la titulaire dirige l'unité. "
             + T.GA_FR[0].format(title=p["fr"], unit="l'unité", sup=s[2]))
    else:
        para(doc, f"Reporting to the {s[1]} ({cls_fmt(s[3], 2)}, position {s[0]}), the incumbent leads the unit. "
             + T.GA_EN[0].format(title=p["en"], unit="the unit", sup=s[1]))
    para(doc, "3. STRUCTURE ORGANISATIONNELLE" if fr else "3. ORGANIZATION", bold=True)
    rs = p["reports"]
    if fr:
        parts = [f"le {r['fr']} ({r['cls']}, {fte_fmt(r['fte'], 0, 'fr')})" for r in rs]
        para(doc, "Relèvent directement du titulaire " + ", ".join(parts[:-1]) + " et " + parts[-1] + ".")
    else:
        parts = [f"the {r['en']} ({r['cls']}" + (f", {fte_fmt(r['fte'], 0, 'en')})" if r["fte"] else ")") for r in rs]
        para(doc, "Reporting directly to the incumbent are " + ", ".join(parts[:-1]) + " and " + parts[-1] + ".")
    para(doc, "4. DIMENSIONS", bold=True)
    if fr:
        para(doc, f"L'unité dispose d'un budget salarial de {amt_fmt(p['salary'], v, 'fr')} et d'un budget de fonctionnement "
             f"et d'entretien de {amt_fmt(p['om'], v, 'fr')}, soit un total de {amt_fmt(p['total'], v, 'fr')}.")
    else:
        para(doc, f"The unit manages a salary budget of {amt_fmt(p['salary'], v + 2, 'en')} and O&M of "
             f"{amt_fmt(p['om'], v + 2, 'en')}, for a total of {amt_fmt(p['total'], v + 2, 'en')}.")
    prose(doc, p, lang, "5. NATURE ET PORTÉE" if fr else "5. NATURE AND SCOPE", T.NS_FR if fr else T.NS_EN, 2)
    prose(doc, p, lang, "6. RESPONSABILITÉS PRINCIPALES" if fr else "6. KEY ACCOUNTABILITIES", T.SA_FR if fr else T.SA_EN, 5,
          style="List Number")
    sign(doc, p, lang, 1)
    return doc, truth(p, None, extra={"layout": "numbered headings, prose reports/supervisor" + (", values in page header" if v < 2 else "")})


def _cb_copy(doc, p, lang, v):
    fr = lang == "fr"
    s = p["sup"]
    para(doc, "BUREAU DE LA CONCURRENCE \u2013 DESCRIPTION DE TRAVAIL" if fr else "COMPETITION BUREAU \u2013 WORK DESCRIPTION", bold=True)
    para(doc, "I. IDENTIFICATION", bold=True)
    for l, x in ([("TITRE DU POSTE", p["fr"]), ("GROUPE ET NIVEAU", cls_fmt(p["cls"], v)), ("CODE D'EMPLOI", p["job"]),
                  ("NUMÉRO DE POSTE", p["pos"]), ("DATE D'ENTRÉE EN VIGUEUR", date_fmt(p["date"], v, "fr")),
                  ("RELÈVE DE", f"{s[2]} ({cls_fmt(s[3], 0)})"), ("POSTE DU SUPERVISEUR", s[0]),
                  ("LIEU", loc_fmt(p, "fr"))] if fr else
                 [("POSITION TITLE", p["en"]), ("GROUP AND LEVEL", cls_fmt(p["cls"], v)), ("JOB CODE", p["job"]),
                  ("POSITION NUMBER", p["pos"]), ("EFFECTIVE DATE", date_fmt(p["date"], v, "en")),
                  ("REPORTS TO", f"{s[1]} ({cls_fmt(s[3], 0)})"), ("SUPERVISOR'S POSITION", s[0]),
                  ("LOCATION", loc_fmt(p, "en", v))]):
        para(doc, l, bold=True)
        para(doc, x)
    prose(doc, p, lang, "II. RESPONSABILITÉ GÉNÉRALE" if fr else "II. GENERAL ACCOUNTABILITY", T.GA_FR if fr else T.GA_EN, 1)
    para(doc, "III. STRUCTURE ORGANISATIONNELLE" if fr else "III. ORGANIZATION STRUCTURE", bold=True)
    table(doc, [[r["cls"], rtitle(r, lang), r["fte"]] for r in p["reports"]],
          header=["Classification", "Poste", "ETP"] if fr else ["Classification", "Position", "FTE"])
    para(doc, "IV. DIMENSIONS", bold=True)
    para(doc, ("Salaires : " if fr else "Salaries: ") + amt_fmt(p["salary"], v + 3, lang))
    para(doc, ("F et E : " if fr else "O&M: ") + amt_fmt(p["om"], v + 3, lang))
    para(doc, ("Total : " if fr else "Total: ") + amt_fmt(p["total"], v + 3, lang))
    prose(doc, p, lang, "V. RESPONSABILITÉS SPÉCIFIQUES" if fr else "V. SPECIFIC ACCOUNTABILITIES", T.SA_FR if fr else T.SA_EN, 5,
          style="List Bullet")


def t_cb(p):
    lang, v = p["lang"], p["v"]
    doc = new_doc()
    header_footer(doc, "Competition Bureau Canada / Bureau de la concurrence Canada")
    if lang == "bi":
        _cb_copy(doc, p, "en", v)
        doc.add_page_break()
        _cb_copy(doc, p, "fr", v)
        sign(doc, p, "en", 1)
    else:
        _cb_copy(doc, p, lang, v)
        sign(doc, p, lang, 1)
    return doc, truth(p, None, extra={"layout": "capitals label over value, roman headings"
                                      + (", English then French copies" if lang == "bi" else "")})


TEMPLATES = {"nrc": t_nrc, "hc": t_hc, "cfia": t_cfia, "eccc": t_eccc, "nrcan": t_nrcan, "statcan": t_statcan,
             "csa": t_csa, "ised": t_ised, "cb": t_cb}


# --- documents to refuse --------------------------------------------------------------------------

def r_minutes():
    doc = new_doc()
    header_footer(doc, "National Research Council Canada", "Unclassified")
    para(doc, "Research Centre Management Committee \u2013 Record of Decisions", bold=True)
    para(doc, "Date: March 14, 2022    Location: Building M-50, Room 214 and MS Teams")
    para(doc, "Chair: Ambrose Kettleworth    Secretary: Lucinda Pyne")
    para(doc, "1. Approval of the agenda", bold=True)
    para(doc, "The agenda was approved as circulated.")
    para(doc, "2. Organizational design \u2013 Flight Research Laboratory", bold=True)
    para(doc, "Members discussed the proposal to create a Director position (EX-01) to lead airborne instrumentation. "
         "HR will prepare a work description for evaluation by the Classification Committee.")
    table(doc, [["1", "Prepare draft work description", "HR Advisor", "April 29, 2022"],
                ["2", "Confirm O&M allocation of $1.2M", "Finance", "May 6, 2022"]],
          header=["#", "Action", "Lead", "Due"])
    para(doc, "3. Next meeting: April 11, 2022", bold=True)
    return doc, {"kind": "docx", "language": "en", "also": {"what": "management committee record of decisions"},
                 "people": ["Ambrose Kettleworth", "Lucinda Pyne"]}


def r_offer():
    doc = new_doc()
    header_footer(doc, "Agence canadienne d'inspection des aliments")
    para(doc, "Saint-Hyacinthe, le 9 février 2021")
    para(doc, "Madame Ophélie Marchand")
    para(doc, "Objet : Offre de nomination intérimaire", bold=True)
    para(doc, "Madame,")
    para(doc, "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice régionale, Opérations "
         "(EX-02), poste no 15290, du 15 février au 14 août 2021. Votre rémunération sera établie conformément à la "
         "Politique sur les conditions d'emploi des cadres.")
    para(doc, "Veuillez signer la présente et la retourner d'ici le 12 février 2021.")
    para(doc, "Veuillez agréer, Madame, l'expression de mes sentiments distingués.")
    para(doc, "Jean-Rémi Tousignant")
    para(doc, "Directeur exécutif, Centre opérationnel du Québec")
    return doc, {"kind": "docx", "language": "fr", "also": {"what": "letter of offer, acting appointment"},
                 "people": ["Ophélie Marchand", "Jean-Rémi Tousignant"]}


def r_smc():
    doc = new_doc()
    header_footer(doc, "Environment and Climate Change Canada / Environnement et Changement climatique Canada")
    para(doc, "STATEMENT OF MERIT CRITERIA / ÉNONCÉ DES CRITÈRES DE MÉRITE", bold=True)
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate((("Position: Director, Plastics and Marine Litter Division (EX-01)",
                                 "Poste : Directeur, Division des plastiques et des déchets marins (EX-01)"),
                                ("Selection process: 21-ECC-EA-NCR-0457", "Processus de sélection : 21-ECC-EA-NCR-0457"),
                                ("ESSENTIAL QUALIFICATIONS", "QUALIFICATIONS ESSENTIELLES"),
                                ("Education: graduation with a degree from a recognized post-secondary institution.",
                                 "Études : grade d'un établissement d'enseignement postsecondaire reconnu."),
                                ("Experience: significant experience managing human and financial resources.",
                                 "Expérience : expérience significative de la gestion des ressources humaines et financières."),
                                ("Language: bilingual imperative CBC/CBC.", "Langue : bilingue impératif CBC/CBC."))):
        cell_text(t.cell(i, 0), a, i == 2)
        cell_text(t.cell(i, 1), b, i == 2)
    return doc, {"kind": "docx", "language": "bilingual", "also": {"what": "statement of merit criteria"}, "people": []}


def r_forecast():
    doc = new_doc()
    header_footer(doc, "Statistics Canada \u2013 Finance", "For internal use")
    para(doc, "Salary Forecast 2021-22 \u2013 Consumer Prices Division (cost centre 410233)", bold=True)
    table(doc, [["1004521", "EX-01", "Occupied", "$142,900", "$142,900"],
                ["1004530", "EC-07", "Occupied", "$117,000", "$117,000"],
                ["1004533", "MA-06", "Vacant", "$0", "$58,500"],
                ["", "", "Total", "$259,900", "$318,400"]],
          header=["Position", "Group/level", "Status", "Actuals to P6", "Forecast"])
    para(doc, "Prepared by Finance, October 2021. Figures exclude EBP.")
    return doc, {"kind": "docx", "language": "en", "also": {"what": "salary forecast spreadsheet pasted in Word"}, "people": []}


def _png(w, h, seed):
    rng = random.Random(seed)
    raw = b"".join(b"\x00" + bytes(rng.choice((0, 40, 90, 200, 255)) for _ in range(w)) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def r_scan():
    doc = new_doc()
    doc.add_picture(io.BytesIO(_png(300, 400, 35)))
    return doc, {"kind": "unreadable", "language": "unknown", "also": {"what": "Word file holding only a pasted scan image"},
                 "people": []}


def slug(p):
    first = p["en"].split(",")[-1].strip() if p["lang"] != "fr" else p["fr"].split(",")[-1].strip()
    return re.sub(r"[^A-Za-z0-9À-ÿ]+", "_", first).strip("_")[:40]


NAMES = {
    "nrc": lambda p, i: f"NRC-CNRC {p['pos']} {cls_fmt(p['cls'], 3).replace(' ', '')} {slug(p)}.docx",
    "hc": lambda p, i: f"HC_SC_WD_{p['pos']}_{i}.docx",
    "cfia": lambda p, i: f"CFIA-ACIA Executive WD {p['pos']} ({'FR' if p['lang'] == 'fr' else 'EN'}).docx",
    "eccc": lambda p, i: f"ECCC {slug(p)} - WD final{' (suivi)' if i in (0, 1, 3) else ''}.docx",
    "nrcan": lambda p, i: f"NRCan_EX_{p['pos']}_{slug(p)}.docx",
    "statcan": lambda p, i: f"STC {p['pos']} work description {2016 + i}.docx",
    "csa": lambda p, i: f"ASC-CSA {slug(p)} EX.docx",
    "ised": lambda p, i: f"ISED {p['pos']} {slug(p)}.docx",
    "cb": lambda p, i: f"CB {p['pos']} WD {('EN-FR' if p['lang'] == 'bi' else p['lang'].upper())}.docx",
}


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir()
    _REV[0] = 0
    for p in P.POSITIONS:
        doc, tru = TEMPLATES[p["t"]](p)
        name = NAMES[p["t"]](p, p["v"])
        tru["document"] = name
        tru["versions"]["documents"] = [name]
        (corpus / name).write_bytes(save(doc))
        (expected / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(tru, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
    for name, fn in (("NRC RCMC record of decisions 2022-03-14.docx", r_minutes),
                     ("ACIA offre nomination interimaire 15290.docx", r_offer),
                     ("ECCC SMC EX-01 Plastics.docx", r_smc),
                     ("STC salary forecast 2021-22 CC410233.docx", r_forecast),
                     ("HC_SC_WD_scan_0042.docx", r_scan)):
        doc, info = fn()
        (corpus / name).write_bytes(save(doc))
        tru = {"document": name, "kind": info["kind"], "language": info["language"], "outcome": "refuse",
               "also": info["also"], "people": info["people"]}
        (expected / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(tru, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
    print(f"{len(P.POSITIONS)} work descriptions, 5 to refuse")


if __name__ == "__main__":
    main()
