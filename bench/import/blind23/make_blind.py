#!/usr/bin/env python3
"""Write the blind23 corpus (corpus/) and its ground truth (expected/), byte for byte the same on
every run: python bench/import/blind23/make_blind.py (needs python-docx and ruamel.yaml)."""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

import docx  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402,F401
from docx.oxml import parse_xml  # noqa: E402
from docx.shared import Pt  # noqa: E402
from ruamel.yaml import YAML  # noqa: E402

from positions23 import P  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
import text23 as T  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
ABBR_EN = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
MOTS = {1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six"}


# --- value notations ---------------------------------------------------------------------------

def fmt_level(n: int, rng: random.Random, lang: str) -> str:
    return rng.choice([f"EX-0{n}", f"EX 0{n}", f"EX-{n}", f"EX0{n}", f"EX-0{n}", f"EX – 0{n}", f"Ex-0{n}"])


def fmt_class(c: str, rng: random.Random) -> str:
    return rng.choice([c, c, c.replace("-", " "), c.replace("-", "")]) if c else c


def fmt_date(d: dt.date, rng: random.Random, lang: str) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return rng.choice([f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}"
                           if d.day > 12 else d.isoformat(), f"le {day} {MONTHS_FR[d.month - 1]} {d.year}"])
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return rng.choice([f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
                       d.isoformat(), f"{ABBR_EN[d.month - 1]} {d.day}, {d.year}",
                       f"{MONTHS_EN[d.month - 1]} {d.day}{suffix}, {d.year}", d.strftime("%Y/%m/%d")])


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def fmt_money(v: int, rng: random.Random, lang: str) -> str:
    styles = []
    if v % 10_000 == 0 and v >= 1_000_000:
        m = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
        styles += [f"${m}M", f"${m} million"] if lang == "en" else [f"{m.replace('.', ',')} M$",
                                                                     f"{m.replace('.', ',')} millions $"]
    if v % 1000 == 0 and v < 1_000_000:
        styles += [f"${v // 1000}K", f"${v // 1000}k"] if lang == "en" else [f"{v // 1000} k$", f"{v // 1000} K$"]
    if lang == "en":
        styles += [f"${_group(v, ',')}", f"$ {_group(v, ',')}", f"${_group(v, ',')}.00", f"{_group(v, ',')} $"]
    else:
        styles += [f"{_group(v, ' ')} $", f"{_group(v, ' ')},00 $", f"{_group(v, chr(160))} $"]
    return rng.choice(styles)


def fmt_fte(n: int, rng: random.Random, lang: str) -> str:
    if lang == "fr":
        return rng.choice([f"{n} ETP", f"{n} ÉTP", f"effectif de {n}", f"{n} employés", f"{n} équivalents temps plein"])
    return rng.choice([f"{n} FTEs", f"{n} FTE", f"{n} FTE's", f"staff of {n}", f"{n} employees", f"{n} full-time equivalents"])


# --- the documents' facts ----------------------------------------------------------------------

def facts(i: int, p: dict, lang: str, rng: random.Random) -> dict:
    f = {"p": p, "lang": lang}
    f["job_code"] = str(rng.randint(100100, 109999)) if rng.random() < 0.7 else None
    r = rng.random()
    if r < 0.82:
        f["posnum"], f["provisional"] = str(rng.randint(10000, 99999) if rng.random() < 0.6 else rng.randint(1000, 9999)), None
    elif r < 0.92:
        f["posnum"], f["provisional"] = None, rng.choice(["NEW", "TBD", "Vacant"] if lang != "fr" else ["NOUVEAU", "À déterminer"])
    else:
        f["posnum"], f["provisional"] = None, None
    f["date"] = dt.date(rng.randint(2008, 2024), rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.85 else None
    f["sup_num"] = str(rng.randint(10000, 99999)) if rng.random() < 0.6 else None
    f["sup_level"] = p["sup"][2] if rng.random() < 0.75 else None
    base = sum(x[3] or 0 for x in p["reports"]) + 2
    sal = round(base * rng.randint(88, 112) * 1000 / 10_000) * 10_000
    om = rng.randint(4, 90) * 1000 * (10 if p["level"] >= 3 else 1)
    mode = rng.choice(["all", "all", "all", "total", "split", "none"])
    f["salary"], f["om"], f["total"] = {"all": (sal, om, sal + om), "total": (None, None, sal + om),
                                        "split": (sal, om, None), "none": (None, None, None)}[mode]
    f["fte"] = base if rng.random() < 0.5 and mode != "none" else None
    f["program"] = rng.randint(5, 400) * 1_000_000 if rng.random() < 0.2 and mode in ("all", "total") else None
    f["incumbent"] = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}" if rng.random() < 0.6 else None
    f["signers"] = [f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}" for _ in range(rng.choice([0, 1, 2, 2]))]
    f["level_s"] = fmt_level(p["level"], rng, lang)
    f["sup_level_s"] = fmt_level(f["sup_level"], rng, lang) if f["sup_level"] else None
    f["date_s"] = fmt_date(f["date"], rng, lang) if f["date"] else None
    f["money"] = {k: (fmt_money(f[k], rng, lang) if f[k] else None) for k in ("salary", "om", "total", "program")}
    f["reports"] = [dict(en=t_en, fr=t_fr, cls=c, fte=n, cls_s=fmt_class(c, rng),
                         fte_s=fmt_fte(n, rng, lang if lang != "bi" else "en") if n is not None else None)
                    for t_en, t_fr, c, n in p["reports"]]
    return f


def tr(f: dict, pair, lang=None):
    """The position's text in the document's language (a pair en/fr)."""
    lang = lang or f["lang"]
    return pair[1] if lang == "fr" else pair[0]


def lab(rng: random.Random, field: str, lang: str, style: str = "title") -> str:
    en, fr = T.LABELS[field] if field in T.LABELS else T.SECTIONS[field]
    text = rng.choice(fr if lang == "fr" else en)
    return text.upper() if style == "caps" else text


def prose(f: dict, rng: random.Random, lang: str) -> dict:
    p = f["p"]
    kw = dict(d=tr(f, p["domain"], lang), u=tr(f, p["branch"], lang), t=tr(f, p["title"], lang),
              sup=tr(f, p["sup"][:2], lang))
    g = (T.GENERAL_FR if lang == "fr" else T.GENERAL_EN)
    n = (T.NATURE_FR if lang == "fr" else T.NATURE_EN)
    acc = list(T.ACC_FR if lang == "fr" else T.ACC_EN)
    rng.shuffle(acc)
    return {"general": rng.choice(g).format(**kw), "nature": rng.choice(n).format(**kw),
            "acc": [a.format(**kw) for a in acc[:rng.randint(4, 7)]],
            "csr": (T.CSR_FR if lang == "fr" else T.CSR_EN).format(**kw)}


def report_line(r: dict, lang: str, rng: random.Random, style: int) -> str:
    t = r["fr"] if lang == "fr" else r["en"]
    c, n = r["cls_s"], r["fte_s"]
    duty = rng.choice(T.REPORT_DUTY_FR if lang == "fr" else T.REPORT_DUTY_EN)
    if style == 0:
        inner = ", ".join(x for x in (c, n) if x)
        return f"{t} ({inner}): {duty}" if inner else f"{t}: {duty}"
    if style == 1:
        return " - ".join(x for x in (c, t) if x) + (f" ({n})" if n else "")
    if style == 2:
        return f"{t}" + (f" [{c}]" if c else "") + (f", {n}" if n else "") + f" – {duty}"
    return f"{t} – " + " – ".join(x for x in (c, n) if x)


def fte_count_only(r: dict) -> str:
    return str(r["fte"]) if r["fte"] is not None else ""


def ident_rows(f: dict, rng: random.Random, lang: str, style: str = "title", na: bool = False) -> list[tuple[str, str]]:
    """The identification fields as (label, value) rows, in an order of the form's own."""
    p = f["p"]
    rows = [("title", tr(f, p["title"], lang)), ("level", f["level_s"]),
            ("posnum", f["posnum"] or f["provisional"]), ("job_code", f["job_code"]), ("date", f["date_s"]),
            ("dept", tr(f, p["dept"], lang)), ("branch", tr(f, p["branch"], lang)),
            ("location", tr(f, p["city"], lang)), ("sup_title", tr(f, p["sup"][:2], lang)),
            ("sup_level", f["sup_level_s"]), ("sup_num", f["sup_num"])]
    if rng.random() < 0.4:
        head, tail = rows[:2], rows[2:]
        rng.shuffle(tail)
        rows = head + tail
    if f["incumbent"]:
        rows.append(("incumbent", f["incumbent"]))
    out = []
    for key, value in rows:
        if value is None:
            if na:
                out.append((lab(rng, key, lang, style), rng.choice(["N/A", "", "s.o." if lang == "fr" else "n/a"])))
            continue
        out.append((lab(rng, key, lang, style), value))
    return out


def dim_rows(f: dict, rng: random.Random, lang: str) -> list[tuple[str, str]]:
    out = []
    if f["fte"]:
        out.append((lab(rng, "fte", lang), str(f["fte"])))
    for key in ("salary", "om", "total"):
        if f["money"][key]:
            out.append((lab(rng, key, lang), f["money"][key]))
    if f["money"]["program"]:
        out.append(("Program Budget" if lang != "fr" else "Budget de programme", f["money"]["program"]))
    return out


def structure_sentence(f: dict, lang: str) -> str:
    p = f["p"]
    n = len(p["reports"])
    if lang == "fr":
        return (f"Le titulaire relève du {tr(f, p['sup'][:2], 'fr')}. {MOTS.get(n, n).capitalize()} ({n}) postes "
                f"relèvent directement du titulaire :")
    return (f"The position reports to the {tr(f, p['sup'][:2], 'en')}. The following {WORDS.get(n, n)} ({n}) "
            f"positions report directly to the incumbent:")


def signature_lines(f: dict, lang: str) -> list[str]:
    out = []
    for k, name in enumerate(f["signers"]):
        role = (["Gestionnaire délégué", "Sous-ministre adjoint"] if lang == "fr" else ["Delegated Manager", "Assistant Deputy Minister"])[k % 2]
        out += [f"{role}: {name}", ("Date : ____________" if lang == "fr" else "Date: ____________"), ""]
    return out


# --- Word ---------------------------------------------------------------------------------------

def new_doc() -> docx.Document:
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title, cp.revision = "HR", "HR", "", 1
    cp.created = cp.modified = cp.last_printed = dt.datetime(2021, 5, 3, 9, 0, 0)
    d.styles["Normal"].font.size = Pt(10)
    return d


def docx_save(d: docx.Document) -> bytes:
    raw = io.BytesIO()
    d.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2021, 5, 3, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name))
    return out.getvalue()


def bold_para(d, label: str, value: str, sep: str = ": "):
    par = d.add_paragraph()
    par.add_run(label + sep.rstrip(" ") + (" " if sep.endswith(" ") else "")).bold = True
    par.add_run(value)
    return par


def reports_table(container, f: dict, lang: str, rng: random.Random, with_counts=True):
    heads = (["Titre du poste", "Groupe/niveau", "ETP"] if lang == "fr" else
             rng.choice([["Position", "Group/Level", "FTEs"], ["Title", "Classification", "No. of FTEs"]]))
    t = container.add_table(rows=1, cols=3)
    t.style = "Table Grid" if hasattr(container, "styles") else None
    for c, h in zip(t.rows[0].cells, heads):
        c.text = h
    for r in f["reports"]:
        cells = t.add_row().cells
        cells[0].text = r["fr"] if lang == "fr" else r["en"]
        cells[1].text = r["cls_s"] or rng.choice(["", "N/A"])
        cells[2].text = fte_count_only(r) or rng.choice(["", "-"])
    return t


def add_sections(d, f, rng, lang, pr, style="heading", numbered=False, reports="list"):
    caps = rng.random() < 0.5
    num = iter("ABCDEFGH" if numbered == "letter" else "12345678")

    def head(key):
        text = lab(rng, key, lang, "caps" if caps else "title")
        if numbered:
            text = f"{next(num)}. {text}"
        if rng.random() < 0.4:
            text += ":"
        if style == "heading":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph().add_run(text).bold = True

    head("general")
    d.add_paragraph(pr["general"])
    head("structure")
    d.add_paragraph(structure_sentence(f, lang))
    if reports == "table":
        reports_table(d, f, lang, rng)
    else:
        s = rng.randint(0, 3)
        for r in f["reports"]:
            d.add_paragraph(report_line(r, lang, rng, s), style="List Bullet")
    head("nature")
    d.add_paragraph(pr["nature"])
    rows = dim_rows(f, rng, lang)
    if rows:
        head("dims")
        for k, v in rows:
            d.add_paragraph(f"{k}: {v}")
    head("acc")
    for a in pr["acc"]:
        d.add_paragraph(a, style="List Number")
    if f["signers"]:
        head("sign")
        for line in signature_lines(f, lang):
            d.add_paragraph(line)


def L_docx_table2(f, rng, lang):
    d, pr = new_doc(), prose(f, rng, lang)
    d.add_heading("DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION" if lang == "fr" else
                  rng.choice(["EXECUTIVE WORK DESCRIPTION", "Executive Group Work Description"]), level=1)
    rows = ident_rows(f, rng, lang, na=True)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    c = t.add_row().cells
    c[0].text = lab(rng, "reports", lang)
    c[1].text = ""
    reports_table(c[1], f, lang, rng)  # the organization chart nested in the cell
    for k, v in dim_rows(f, rng, lang):
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_heading(lab(rng, "general", lang), level=2)
    d.add_paragraph(pr["general"])
    d.add_heading(lab(rng, "acc", lang), level=2)
    for a in pr["acc"]:
        d.add_paragraph(a, style="List Number")
    for line in signature_lines(f, lang):
        d.add_paragraph(line)
    return docx_save(d)


def L_docx_three_col(f, rng, lang):
    """Label | value | label | value, with the title row merged across."""
    d, pr = new_doc(), prose(f, rng, lang)
    d.add_paragraph().add_run("Work Description / Description de travail").bold = True
    rows = ident_rows(f, rng, lang, na=True)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    a = t.rows[0].cells[0]
    a.text = rows[0][0]
    m = t.rows[0].cells[1].merge(t.rows[0].cells[3])
    m.text = rows[0][1]
    rest = rows[1:]
    for k in range(0, len(rest), 2):
        c = t.add_row().cells
        c[0].text, c[1].text = rest[k]
        if k + 1 < len(rest):
            c[2].text, c[3].text = rest[k + 1]
    add_sections(d, f, rng, lang, pr, style="bold", reports="table")
    return docx_save(d)


def L_docx_bilingual_cols(f, rng, lang):
    """One table, English column then French column, both languages' values."""
    d = new_doc()
    pe, pf = prose(f, rng, "en"), prose(f, rng, "fr")
    p = f["p"]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(a, b):
        c = t.add_row().cells
        c[0].text, c[1].text = a, b

    row("EXECUTIVE WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL DE LA DIRECTION")
    row(f"Position Title: {p['title'][0]}", f"Titre du poste : {p['title'][1]}")
    row(f"Classification: {f['level_s']}", f"Classification : {f['level_s']}")
    if f["posnum"] or f["provisional"]:
        row(f"Position Number: {f['posnum'] or f['provisional']}", f"Numéro du poste : {f['posnum'] or f['provisional']}")
    if f["job_code"]:
        row(f"Job Code: {f['job_code']}", f"Code d'emploi : {f['job_code']}")
    if f["date"]:
        row(f"Effective Date: {fmt_date(f['date'], rng, 'en')}", f"Date d'entrée en vigueur : {fmt_date(f['date'], rng, 'fr')}")
    row(f"Location: {p['city'][0]}", f"Lieu : {p['city'][1]}")
    sup_en = f"Reports to: {p['sup'][0]}" + (f" ({f['sup_level_s']})" if f["sup_level_s"] else "")
    sup_fr = f"Relève de : {p['sup'][1]}" + (f" ({f['sup_level_s']})" if f["sup_level_s"] else "")
    row(sup_en, sup_fr)
    if f["sup_num"]:
        row(f"Supervisor's Position Number: {f['sup_num']}", f"Numéro du poste du superviseur : {f['sup_num']}")
    row("GENERAL ACCOUNTABILITY", "RESPONSABILITÉ GÉNÉRALE")
    row(pe["general"], pf["general"])
    row("DIRECT REPORTS", "SUBORDONNÉS DIRECTS")
    for r in f["reports"]:
        en = r["en"] + "".join(f", {x}" for x in (r["cls_s"], f"{r['fte']} FTEs" if r["fte"] is not None else None) if x)
        fr = r["fr"] + "".join(f", {x}" for x in (r["cls_s"], f"{r['fte']} ETP" if r["fte"] is not None else None) if x)
        row(en, fr)
    rows_e, rows_f = dim_rows(f, random.Random(1), "en"), dim_rows(f, random.Random(1), "fr")
    if rows_e:
        row("DIMENSIONS", "DIMENSIONS")
        for (a, b), (c, e) in zip(rows_e, rows_f):
            row(f"{a}: {b}", f"{c} : {e}")
    row("SPECIFIC ACCOUNTABILITIES", "RESPONSABILITÉS SPÉCIFIQUES")
    for a, b in zip(pe["acc"], pf["acc"]):
        row(a, b)
    for line in signature_lines(f, "en"):
        if line:
            d.add_paragraph(line)
    return docx_save(d)


def L_docx_bold_runs(f, rng, lang):
    d, pr = new_doc(), prose(f, rng, lang)
    d.add_paragraph().add_run(tr(f, f["p"]["dept"], lang).upper()).bold = True
    sep = rng.choice([": ", " : ", " - ", ":  "]) if lang == "fr" else rng.choice([": ", " - ", ":  "])
    for k, v in ident_rows(f, rng, lang, style=rng.choice(["title", "caps"])):
        bold_para(d, k, v, sep)
    add_sections(d, f, rng, lang, pr, style="bold", numbered=rng.choice([False, "letter", "number"]))
    return docx_save(d)


def L_docx_tabs(f, rng, lang):
    d, pr = new_doc(), prose(f, rng, lang)
    d.add_paragraph("DESCRIPTION DE POSTE" if lang == "fr" else "POSITION DESCRIPTION")
    for k, v in ident_rows(f, rng, lang):
        d.add_paragraph(f"{k}:\t{v}" if rng.random() < 0.6 else f"{k}\t\t{v}")
    d.add_paragraph("")
    d.add_paragraph(lab(rng, "reports", lang, "caps"))
    for r in f["reports"]:
        d.add_paragraph("\t".join([r["cls_s"] or "", r["fr"] if lang == "fr" else r["en"], fte_count_only(r)]))
    for k, v in dim_rows(f, rng, lang):
        d.add_paragraph(f"{k}\t{v}")
    d.add_paragraph(lab(rng, "general", lang, "caps"))
    d.add_paragraph(pr["general"])
    d.add_paragraph(lab(rng, "acc", lang, "caps"))
    for n, a in enumerate(pr["acc"], 1):
        d.add_paragraph(f"{n})\t{a}")
    for line in signature_lines(f, lang):
        d.add_paragraph(line)
    return docx_save(d)


def L_docx_header(f, rng, lang):
    """Position number, level and date live in the header and footer, not the body."""
    d, pr = new_doc(), prose(f, rng, lang)
    sec = d.sections[0]
    h = sec.header.paragraphs[0]
    pn = f["posnum"] or f["provisional"]
    if lang == "fr":
        h.text = f"{lab(rng, 'posnum', 'fr')} : {pn or 's.o.'}\t{lab(rng, 'level', 'fr')} : {f['level_s']}"
    else:
        h.text = f"{lab(rng, 'posnum', 'en')}: {pn or 'N/A'}\t{lab(rng, 'level', 'en')}: {f['level_s']}"
    foot = sec.footer.paragraphs[0]
    bits = []
    if f["job_code"]:
        bits.append(f"{lab(rng, 'job_code', lang)}: {f['job_code']}")
    if f["date_s"]:
        bits.append(f"{lab(rng, 'date', lang)}: {f['date_s']}")
    foot.text = "   |   ".join(bits) or ("Protégé A" if lang == "fr" else "Protected A")
    d.add_heading(tr(f, f["p"]["title"], lang), level=1)
    d.add_paragraph(f"{tr(f, f['p']['branch'], lang)}, {tr(f, f['p']['dept'], lang)}")
    d.add_paragraph(f"{lab(rng, 'location', lang)}: {tr(f, f['p']['city'], lang)}")
    sup = f"{lab(rng, 'sup_title', lang)}: {tr(f, f['p']['sup'][:2], lang)}"
    if f["sup_level_s"]:
        sup += f" ({f['sup_level_s']})"
    d.add_paragraph(sup)
    if f["sup_num"]:
        d.add_paragraph(f"{lab(rng, 'sup_num', lang)}: {f['sup_num']}")
    add_sections(d, f, rng, lang, pr, reports=rng.choice(["list", "table"]))
    return docx_save(d)


def _textbox_xml(lines: list[str]) -> str:
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(x)}</w:t></w:r></w:p>' for x in lines)
    return ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="TextBox1" type="#_x0000_t202" '
            'style="width:480pt;height:720pt"><v:textbox><w:txbxContent>' + paras +
            '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


def plain_lines(f, rng, lang, pr, style="title", colon=True) -> list[str]:
    out = [f"{k}{':' if colon else ''} {v}" for k, v in ident_rows(f, rng, lang, style)]
    out += ["", lab(rng, "general", lang, style), pr["general"], "", lab(rng, "structure", lang, style),
            structure_sentence(f, lang)]
    s = rng.randint(0, 3)
    out += [report_line(r, lang, rng, s) for r in f["reports"]]
    dims = dim_rows(f, rng, lang)
    if dims:
        out += ["", lab(rng, "dims", lang, style)] + [f"{k}: {v}" for k, v in dims]
    out += ["", lab(rng, "nature", lang, style), pr["nature"], "", lab(rng, "acc", lang, style)]
    out += [f"{n}. {a}" for n, a in enumerate(pr["acc"], 1)]
    if f["signers"]:
        out += ["", lab(rng, "sign", lang, style)] + signature_lines(f, lang)
    return out


def L_docx_textbox(f, rng, lang):
    d, pr = new_doc(), prose(f, rng, lang)
    par = d.add_paragraph()
    par._p.append(parse_xml(_textbox_xml(plain_lines(f, rng, lang, pr))))
    return docx_save(d)


def L_docx_single_cell(f, rng, lang):
    d = new_doc()
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.rows[0].cells[0]
    if lang == "bi":
        pe, pf = prose(f, rng, "en"), prose(f, rng, "fr")
        lines = plain_lines(f, rng, "en", pe) + ["", "— VERSION FRANÇAISE —", ""] + plain_lines(f, rng, "fr", pf)
    else:
        lines = plain_lines(f, rng, lang, prose(f, rng, lang), style=rng.choice(["title", "caps"]))
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)
    return docx_save(d)


def L_docx_checkbox(f, rng, lang):
    d, pr = new_doc(), prose(f, rng, lang)
    fr = lang == "fr"
    d.add_heading("Formulaire de description de travail - EX" if fr else "EX Work Description Form", level=1)
    d.add_paragraph(("☒ Poste existant   ☐ Nouveau poste   ☐ Poste réorganisé" if f["posnum"] else
                     "☐ Poste existant   ☒ Nouveau poste   ☐ Poste réorganisé") if fr else
                    ("☒ Existing position   ☐ New position   ☐ Revised" if f["posnum"] else
                     "☐ Existing position   ☒ New position   ☐ Revised"))
    d.add_paragraph("Exigences linguistiques : ☒ Bilingue impératif CBC  ☐ Anglais essentiel" if fr else
                    "Language requirements: ☒ Bilingual imperative CBC  ☐ English essential")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in ident_rows(f, rng, lang, na=True):
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_paragraph("")
    d.add_paragraph(("Rapport hiérarchique : " if fr else "Reporting relationship: ") + "☒ " + tr(f, f["p"]["sup"][:2], lang))
    add_sections(d, f, rng, lang, pr, reports="table", numbered="number")
    return docx_save(d)


def L_docx_csr(f, rng, lang):
    """The client-service-results template; labels on one line, values on the next."""
    d, pr = new_doc(), prose(f, rng, lang)
    fr = lang == "fr"
    for k, v in ident_rows(f, rng, lang, style="caps"):
        d.add_paragraph().add_run(k).bold = True
        d.add_paragraph(v)
    d.add_heading("Résultats axés sur le service à la clientèle" if fr else "Client Service Results", level=2)
    d.add_paragraph(pr["csr"])
    d.add_heading("Activités principales" if fr else "Key Activities", level=2)
    for a in pr["acc"]:
        d.add_paragraph(a, style="List Bullet")
    d.add_heading(lab(rng, "structure", lang), level=2)
    d.add_paragraph(structure_sentence(f, lang))
    reports_table(d, f, lang, rng)
    dims = dim_rows(f, rng, lang)
    if dims:
        d.add_heading(lab(rng, "dims", lang), level=2)
        t = d.add_table(rows=2, cols=len(dims))
        t.style = "Table Grid"
        for c, (k, v) in zip(t.columns, dims):
            c.cells[0].text, c.cells[1].text = k, v
    for line in signature_lines(f, lang):
        d.add_paragraph(line)
    return docx_save(d)


def L_docx_en_then_fr(f, rng, lang):
    d = new_doc()
    for part in ("en", "fr"):
        pr = prose(f, rng, part)
        d.add_heading("EXECUTIVE WORK DESCRIPTION" if part == "en" else "DESCRIPTION DE TRAVAIL - EX", level=1)
        for k, v in ident_rows(f, rng, part):
            bold_para(d, k, v)
        add_sections(d, f, rng, part, pr, reports="list")
        if part == "en":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    return docx_save(d)


def L_docx_merged(f, rng, lang):
    """A form with a section label merged down the left column and empty or N/A cells."""
    d, pr = new_doc(), prose(f, rng, lang)
    rows = ident_rows(f, rng, lang, na=True)
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(len(rows) - 1, 0))
    top.text = lab(rng, "id", lang, "caps")
    for n, (k, v) in enumerate(rows):
        t.cell(n, 1).text, t.cell(n, 2).text = k, v
    add_sections(d, f, rng, lang, pr, reports="table", numbered="letter")
    return docx_save(d)


# --- PDF and text -------------------------------------------------------------------------------

def wrap(lines: list[str], width: int = 96) -> list[str]:
    out = []
    for line in lines:
        out += textwrap.wrap(line, width, subsequent_indent="") or [""]
    return out


def paginate(lines: list[str], per: int, footer: str) -> list[str]:
    pages = [lines[k:k + per] for k in range(0, len(lines), per)]
    return ["\n".join(pg + ["", footer.format(n=n, of=len(pages))]) for n, pg in enumerate(pages, 1)]


def to_pdf(lines, rng, lang):
    footer = rng.choice(["Page {n} of {of}", "Page {n} de {of}" if lang == "fr" else "- {n} -",
                         "PROTECTED A / PROTÉGÉ A   {n}/{of}"])
    return pdf_bytes(paginate(wrap(lines), 62, footer))


def L_pdf_lv(f, rng, lang):
    pr = prose(f, rng, lang)
    head = ["DESCRIPTION DE TRAVAIL" if lang == "fr" else "WORK DESCRIPTION", tr(f, f["p"]["dept"], lang), ""]
    return to_pdf(head + plain_lines(f, rng, lang, pr, style=rng.choice(["title", "caps"])), rng, lang)


def L_pdf_next(f, rng, lang):
    pr = prose(f, rng, lang)
    lines = []
    for k, v in ident_rows(f, rng, lang, style="caps"):
        lines += [k.upper(), v, ""]
    rest = plain_lines(f, rng, lang, pr, style="caps")
    start = next(i for i, x in enumerate(rest) if x == "")
    return to_pdf(lines + rest[start + 1:], rng, lang)


def L_pdf_cols(f, rng, lang):
    """A two-column table exported to PDF: label and value on a line, padded with spaces; the
    organization chart as a table of padded columns."""
    pr = prose(f, rng, lang)
    rows = ident_rows(f, rng, lang, na=True)
    w = max(len(k) for k, _ in rows) + 4
    lines = ["EXECUTIVE POSITION DESCRIPTION" if lang != "fr" else "DESCRIPTION DE POSTE DE CADRE", ""]
    lines += [f"{k.ljust(w)}{v}" for k, v in rows]
    lines += ["", lab(rng, "reports", lang, "caps")]
    heads = ["Titre", "Groupe", "ETP"] if lang == "fr" else ["Title", "Group/Level", "FTE"]
    tw = max(len(r["fr" if lang == "fr" else "en"]) for r in f["reports"]) + 3
    lines.append(f"{heads[0].ljust(tw)}{heads[1].ljust(14)}{heads[2]}")
    for r in f["reports"]:
        lines.append(f"{(r['fr'] if lang == 'fr' else r['en']).ljust(tw)}{(r['cls_s'] or 'N/A').ljust(14)}{fte_count_only(r) or '-'}")
    dims = dim_rows(f, rng, lang)
    if dims:
        lines += ["", lab(rng, "dims", lang, "caps")] + [f"{k.ljust(w)}{v}" for k, v in dims]
    lines += ["", lab(rng, "general", lang, "caps"), pr["general"], "", lab(rng, "acc", lang, "caps")]
    lines += [f"{chr(97 + n)}) {a}" for n, a in enumerate(pr["acc"])]
    lines += [""] + signature_lines(f, lang)
    return to_pdf(lines, rng, lang)


def L_pdf_bi_side(f, rng, lang):
    """Bilingual labels side by side on one line: 'Position Title / Titre du poste: value'."""
    p = f["p"]
    pe, pf = prose(f, rng, "en"), prose(f, rng, "fr")
    pairs = [("Position Title / Titre du poste", f"{p['title'][0]} / {p['title'][1]}"),
             ("Classification", f["level_s"]),
             ("Position Number / Numéro du poste", f["posnum"] or f["provisional"]),
             ("Job Code / Code d'emploi", f["job_code"]),
             ("Effective Date / Date d'entrée en vigueur", f["date"] and f["date"].isoformat()),
             ("Location / Lieu", p["city"][0]),
             ("Supervisor / Superviseur", f"{p['sup'][0]} / {p['sup'][1]}"),
             ("Supervisor's Level / Niveau du superviseur", f["sup_level_s"]),
             ("Supervisor's Position No. / No du poste du superviseur", f["sup_num"])]
    lines = ["WORK DESCRIPTION / DESCRIPTION DE TRAVAIL", ""] + [f"{k}: {v}" for k, v in pairs if v]
    lines += ["", "DIRECT REPORTS / SUBORDONNÉS DIRECTS"]
    for r in f["reports"]:
        extra = ", ".join(x for x in (r["cls_s"], f"{r['fte']} FTE/ETP" if r["fte"] is not None else None) if x)
        lines.append(f"- {r['en']} / {r['fr']}" + (f" ({extra})" if extra else ""))
    dims_e, dims_f = dim_rows(f, random.Random(2), "en"), dim_rows(f, random.Random(2), "fr")
    if dims_e:
        lines += ["", "DIMENSIONS"] + [f"{a} / {c}: {b}" for (a, b), (c, _) in zip(dims_e, dims_f)]
    lines += ["", "GENERAL ACCOUNTABILITY / RESPONSABILITÉ GÉNÉRALE", pe["general"], pf["general"], "",
              "SPECIFIC ACCOUNTABILITIES / RESPONSABILITÉS SPÉCIFIQUES"]
    lines += [f"{n}. {a}" for n, a in enumerate(pe["acc"], 1)]
    return to_pdf(lines, rng, lang)


def L_pdf_numbered(f, rng, lang):
    pr = prose(f, rng, lang)
    fr = lang == "fr"
    lines = [f"1. {lab(rng, 'id', lang, 'caps')}"]
    lines += [f"   {chr(97 + n)}) {k}: {v}" for n, (k, v) in enumerate(ident_rows(f, rng, lang))]
    lines += ["", f"2. {lab(rng, 'general', lang, 'caps')}", pr["general"], "", f"3. {lab(rng, 'structure', lang, 'caps')}"]
    sup = tr(f, f["p"]["sup"][:2], lang) + (f" ({f['sup_level_s']})" if f["sup_level_s"] else "")
    lines.append((f"Le poste relève du {sup}." if fr else f"The incumbent reports to the {sup}."))
    s = rng.randint(0, 3)
    lines += [f"   - {report_line(r, lang, rng, s)}" for r in f["reports"]]
    dims = dim_rows(f, rng, lang)
    lines += ["", f"4. {lab(rng, 'dims', lang, 'caps')}"] + ([f"   {k}: {v}" for k, v in dims] or
                                                              ["   " + ("Aucune" if fr else "None delegated")])
    lines += ["", f"5. {lab(rng, 'nature', lang, 'caps')}", pr["nature"], "", f"6. {lab(rng, 'acc', lang, 'caps')}"]
    lines += [f"   6.{n} {a}" for n, a in enumerate(pr["acc"], 1)]
    lines += [""] + signature_lines(f, lang)
    return to_pdf(lines, rng, lang)


def L_pdf_csr(f, rng, lang):
    pr = prose(f, rng, lang)
    fr = lang == "fr"
    lines = [f"{k}\t{v}" for k, v in ident_rows(f, rng, lang)]
    lines += ["", "Résultats axés sur le service à la clientèle" if fr else "Client Service Results", pr["csr"], "",
              "Activités principales" if fr else "Key Activities"] + [f"• {a}" for a in pr["acc"]]
    lines += ["", lab(rng, "structure", lang), structure_sentence(f, lang)]
    s = rng.randint(0, 3)
    lines += [report_line(r, lang, rng, s) for r in f["reports"]]
    dims = dim_rows(f, rng, lang)
    if dims:
        lines += ["", lab(rng, "dims", lang), "   ".join(f"{k}: {v}" for k, v in dims)]
    return to_pdf(lines, rng, lang)


def ocr_damage(text: str, rng: random.Random, rate: float = 0.08) -> str:
    """Letter confusions in prose words (values are left readable)."""
    subs = [("rn", "m"), ("l", "I"), ("e", "c"), ("ti", "d"), ("o", "0"), ("h", "b"), ("i", "l"), ("cl", "d")]

    def word(m):
        w = m.group(0)
        if len(w) < 5 or rng.random() > rate * 4:
            return w
        a, b = rng.choice(subs)
        return w.replace(a, b, 1)
    return re.sub(r"[A-Za-zéèà]{5,}", word, text)


def L_ocr(f, rng, lang):
    pr = prose(f, rng, lang)
    pr = {k: (ocr_damage(v, rng) if isinstance(v, str) else [ocr_damage(x, rng) for x in v]) for k, v in pr.items()}
    f = dict(f, level_s=f["level_s"].replace("0", "O"), sup_level_s=(f["sup_level_s"] or "").replace("0", "O") or None)
    lines = plain_lines(f, rng, lang, pr, style="caps")
    if rng.random() < 0.5:
        body = " ".join(x for x in lines if x)
    else:
        body = "\n".join(" ".join(lines[k:k + 14]) for k in range(0, len(lines), 14))
    body += " | Sign: ~~ gE | [Bate a"
    return ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body + "\n").encode("utf-8")


def L_text_cp1252(f, rng, lang):
    pr = prose(f, rng, lang)
    lines = [("DESCRIPTION DE TRAVAIL" if lang == "fr" else "EXECUTIVE JOB DESCRIPTION"), "=" * 40]
    lines += plain_lines(f, rng, lang, pr, style=rng.choice(["title", "caps"]))
    text = "\r\n".join(lines).replace("'", "\u2019") + "\r\n"
    return text.encode("cp1252", "replace")


def L_text_nextline(f, rng, lang):
    pr = prose(f, rng, lang)
    lines = []
    for k, v in ident_rows(f, rng, lang, style="caps"):
        lines += [k + ":", "    " + v]
    rest = plain_lines(f, rng, lang, pr)
    return ("\n".join(lines + rest[next(i for i, x in enumerate(rest) if x == ""):]) + "\n").encode("utf-8")


LAYOUTS = [  # (renderer, language, kind, extension)
    (L_docx_table2, "en", "docx", "docx"), (L_pdf_lv, "en", "pdf", "pdf"), (L_docx_bold_runs, "fr", "docx", "docx"),
    (L_docx_bilingual_cols, "bi", "docx", "docx"), (L_pdf_cols, "en", "pdf", "pdf"), (L_docx_header, "en", "docx", "docx"),
    (L_docx_textbox, "en", "docx", "docx"), (L_pdf_next, "fr", "pdf", "pdf"), (L_docx_single_cell, "en", "docx", "docx"),
    (L_docx_checkbox, "fr", "docx", "docx"), (L_docx_csr, "en", "docx", "docx"), (L_pdf_bi_side, "bi", "pdf", "pdf"),
    (L_docx_tabs, "en", "docx", "docx"), (L_ocr, "en", "ocr", "txt"), (L_docx_three_col, "en", "docx", "docx"),
    (L_pdf_numbered, "fr", "pdf", "pdf"), (L_docx_merged, "en", "docx", "docx"), (L_docx_en_then_fr, "bi", "docx", "docx"),
    (L_pdf_csr, "fr", "pdf", "pdf"), (L_docx_header, "fr", "docx", "docx"), (L_docx_table2, "fr", "docx", "docx"),
    (L_text_cp1252, "en", "text", "txt"), (L_docx_bold_runs, "en", "docx", "docx"), (L_pdf_cols, "fr", "pdf", "pdf"),
    (L_docx_textbox, "fr", "docx", "docx"), (L_pdf_numbered, "en", "pdf", "pdf"), (L_docx_single_cell, "bi", "docx", "docx"),
    (L_docx_checkbox, "en", "docx", "docx"), (L_docx_csr, "fr", "docx", "docx"), (L_pdf_lv, "fr", "pdf", "pdf"),
    (L_docx_tabs, "fr", "docx", "docx"), (L_ocr, "fr", "ocr", "txt"), (L_docx_merged, "fr", "docx", "docx"),
    (L_pdf_next, "en", "pdf", "pdf"), (L_text_nextline, "fr", "text", "txt"), (L_pdf_csr, "en", "pdf", "pdf"),
    (L_docx_three_col, "en", "docx", "docx"), (L_docx_bilingual_cols, "bi", "docx", "docx"),
    (L_docx_table2, "en", "docx", "docx"), (L_pdf_lv, "en", "pdf", "pdf"), (L_docx_header, "en", "docx", "docx"),
    (L_docx_en_then_fr, "bi", "docx", "docx"), (L_docx_bold_runs, "fr", "docx", "docx"), (L_pdf_cols, "en", "pdf", "pdf"),
    (L_docx_textbox, "en", "docx", "docx"), (L_docx_csr, "en", "docx", "docx"),
]


def file_name(f: dict, n: int, lang: str, ext: str, rng: random.Random) -> str:
    p = f["p"]
    t = tr(f, p["title"], "fr" if lang == "fr" else "en")
    t = re.sub(r"[/\\:]", "-", t)
    short = p["dept"][0].split(" of ")[-1].replace("Canada", "").strip() or p["dept"][0]
    stem = rng.choice([f"{t} ({f['level_s'].replace(' ', '')})", f"{short} - {t}", f"WD {t}",
                       f"{t} - {'description de travail' if lang == 'fr' else 'work description'}"])
    return f"{n:02d} {stem}.{ext}"


def truth(f: dict, name: str, kind: str, lang: str) -> dict:
    p = f["p"]

    def both(pair):
        return list(pair) if lang == "bi" else tr(f, pair, lang)
    fields = {
        "title": both(p["title"]), "classification": f"EX-0{p['level']}", "job_code": f["job_code"],
        "position_number": f["posnum"], "effective_date": f["date"],
        "supervisor": {"position_number": f["sup_num"], "title": both(p["sup"][:2]),
                       "classification": f"EX-0{f['sup_level']}" if f["sup_level"] else None},
        "direct_reports": [{"title": ([r["en"], r["fr"]] if lang == "bi" else (r["fr"] if lang == "fr" else r["en"])),
                            "classification": r["cls"], "fte": r["fte"]} for r in f["reports"]],
        "salary": f["salary"], "o_and_m": f["om"], "total": f["total"], "location": both(p["city"])}
    return {"document": name, "kind": kind, "language": lang if lang != "bi" else "bilingual", "outcome": "import",
            "fields": fields, "not_stated": [k for k in ("salary", "o_and_m", "total") if fields[k] is None],
            "also": {"fte": f["fte"], "operating_budget": None, "program_budget": f["program"],
                     "provisional_number": f["provisional"]},
            "people": sorted(set(([f["incumbent"]] if f["incumbent"] else []) + f["signers"])),
            "versions": {"position": f["posnum"], "documents": [name], "newest": True}}


# --- documents to refuse ------------------------------------------------------------------------

def refusals() -> list[tuple[str, bytes, str, str, list[str]]]:
    out = []
    d = new_doc()
    d.add_heading("MEMORANDUM / NOTE DE SERVICE", level=1)
    for k, v in (("To", "All staff, Prices Statistics Branch"), ("From", "Director General, Prices and Price Indexes"),
                 ("Date", "March 4, 2022"), ("Subject", "Reorganization of the Consumer Prices Division")):
        bold_para(d, k, v)
    d.add_paragraph("Effective April 1, the Consumer Prices Division will be split into two divisions. The position of "
                    "Director, Consumer Prices (EX-01, position 48213) will be re-titled and a new Director (EX-01) "
                    "position created. Work descriptions will be updated by Human Resources in the coming weeks.")
    d.add_paragraph("Questions may be addressed to your manager.")
    out.append(("90 Memo - reorganization of Consumer Prices Division.docx", docx_save(d), "docx", "en", []))
    lines = ["Classification Decision / Décision de classification", "", "Public Services and Procurement Canada",
             "Human Resources Branch - Classification", "", "File: CL-2019-0447", "Date: 17 June 2019", "",
             "Dear Ms. Ghislaine Thibodeau,", "",
             "This is to inform you that the position of Director, Parliamentary Interpretation, position number",
             "70213, has been evaluated and is classified at the EX-01 level, effective 1 June 2019.",
             "The evaluation was carried out against the Executive Group Job Evaluation Standard.",
             "You may request the rationale for this decision within 35 days of receiving this letter.", "",
             "Sincerely,", "", "Owen Abernethy", "Manager, Classification"]
    out.append(("91 Classification decision letter - CL-2019-0447.pdf", pdf_bytes(["\n".join(lines)]), "pdf", "en",
                ["Ghislaine Thibodeau", "Owen Abernethy"]))
    d = new_doc()
    d.add_heading("Demande de mesure de dotation - cadres (EX)", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Type de mesure", "☒ Nomination intérimaire  ☐ Mutation  ☐ Promotion"), ("Poste visé", "94518"),
                 ("Niveau", "EX-02"), ("Durée", "du 2023-09-05 au 2024-03-29"), ("Justification", "Congé de la titulaire"),
                 ("Approuvé par", "")):
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_paragraph("Joindre la description de travail à jour et l'organigramme.")
    out.append(("92 Demande de dotation EX - intérim.docx", docx_save(d), "docx", "fr", []))
    text = ("EXECUTIVE PERFORMANCE AGREEMENT 2023-24\n\nExecutive: Harjit Brar\nPosition: Director, IT Procurement "
            "(EX-01)\nSupervisor: Director General, Procurement and Vendor Relationships\n\nCOMMITMENTS\n\n"
            "1. Business results: reduce the average time to award competitive IT contracts by 15 per cent.\n"
            "2. Leadership: complete the Directors' leadership program and hold quarterly town halls.\n"
            "3. Corporate: contribute to the departmental accessibility plan.\n\nRATING\n\n"
            "Mid-year review: on track.    Year-end rating: ____\n\nSignature of executive: ________\n")
    out.append(("93 Performance agreement 2023-24.txt", text.encode("utf-8"), "text", "en", ["Harjit Brar"]))
    out.append(("94 numérisation 0007.pdf", pdf_bytes(["", ""]), "pdf", "fr", []))
    return out


def main() -> int:
    yaml = YAML()
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 4096
    for d in (CORPUS, EXPECTED):
        d.mkdir(parents=True, exist_ok=True)
        for old in d.iterdir():
            old.unlink()
    for n, (p, (render, lang, kind, ext)) in enumerate(zip(P, LAYOUTS), 1):
        rng = random.Random(f"blind23/{p['key']}")
        f = facts(n, p, lang if lang != "bi" else "en", rng)
        f["lang"] = lang
        name = file_name(f, n, lang, ext, rng)
        (CORPUS / name).write_bytes(render(f, rng, lang))
        with open(EXPECTED / f"{name}.expected.yaml", "w", encoding="utf-8") as out:
            yaml.dump(truth(f, name, kind, lang), out)
    for name, data, kind, lang, people in refusals():
        (CORPUS / name).write_bytes(data)
        with open(EXPECTED / f"{name}.expected.yaml", "w", encoding="utf-8") as out:
            yaml.dump({"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                       "people": people}, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
