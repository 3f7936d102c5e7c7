"""Write blind37: corpus/ (the documents) and expected/ (their ground truth). Deterministic:
every choice comes from random.Random seeded by the document's key; Word archives get fixed
timestamps. Run: python bench/import/blind37/make_blind.py"""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path

import yaml
import docx
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import positions as PS  # noqa: E402
import refuse as RF  # noqa: E402
import texts as T  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
NBSP = "\u00a0"

# French report titles of the two documents that carry a French copy beside or after the English one.
REPORTS_FR = {
 "Manager, Canada Day Production": "Gestionnaire, Production de la fête du Canada",
 "Manager, Commemorations": "Gestionnaire, Commémorations",
 "Deputy Director, Head of State Visits": "Directrice adjointe, Visites de chefs d'État",
 "Deputy Director, Ministerial Visits": "Directeur adjoint, Visites ministérielles",
}
SUP_FR = {"Director General, Celebrations, Commemorations and Youth": "Directeur général, Célébrations, commémorations et jeunesse",
          "Chief of Protocol": "Chef du Protocole"}


# --- values written many ways ----------------------------------------------------------------

def w_cls(cls, r):
    if not cls or not cls.startswith("EX-"):
        return cls or ""
    n = cls[3:]
    return r.choice([cls, f"EX {n}", f"EX-{int(n)}", f"EX{n}", cls])


def w_date(iso, r, lang):
    d = dt.date.fromisoformat(iso)
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return r.choice([f"{day} {MONTHS_FR[d.month-1]} {d.year}", f"le {day} {MONTHS_FR[d.month-1]} {d.year}",
                         d.isoformat(), f"{d.year}/{d.month:02d}/{d.day:02d}"])
    forms = [f"{MONTHS_EN[d.month-1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month-1]} {d.year}", d.isoformat(),
             f"{d.day}-{MONTHS_EN[d.month-1][:3]}-{d.year}", f"{MONTHS_EN[d.month-1][:3]}. {d.day}, {d.year}"]
    if d.day > 12:
        forms.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
    return r.choice(forms)


def _grp(n, sep):
    return f"{n:,}".replace(",", sep)


def w_amt(n, r, lang):
    m = n / 1e6
    ms = f"{m:.3f}".rstrip("0").rstrip(".") if n >= 1e6 else None
    if lang == "fr":
        forms = [f"{_grp(n, NBSP)} $", f"{_grp(n, ' ')},00 $", f"{_grp(n, ' ')} $"]
        if ms:
            forms += [f"{ms.replace('.', ',')} M$", f"{ms.replace('.', ',')} millions $"]
        elif n % 1000 == 0:
            forms.append(f"{n // 1000} k$")
        return r.choice(forms)
    forms = [f"${n:,}", f"${n:,}.00", f"$ {n:,}"]
    if ms:
        forms += [f"${ms}M", f"${ms} million", f"${ms} M"]
    elif n % 1000 == 0:
        forms += [f"${n // 1000}K", f"${n // 1000}k"]
    return r.choice(forms)


def w_fte(n, r, lang):
    if lang == "fr":
        return r.choice([f"{n} ETP", f"effectif de {n}", f"{n} employés", f"{n} équivalents temps plein"])
    return r.choice([f"{n} FTEs", f"{n} FTE", f"{n} FTE's", f"staff of {n}", f"{n} employees",
                     f"{n} full-time equivalents"])


def w_report(rep, r, lang, form):
    t, c, n = rep
    if c is None and n is None:
        return t
    cls = w_cls(c, r) if c else ""
    f = w_fte(n, r, lang)
    if form == 0:
        return f"{t} ({cls}, {f})"
    if form == 1:
        return f"{cls} – {t} ({f})"
    if form == 2:
        return f"{t} – {cls} – {f}"
    if form == 3:
        return f"{t}, {cls} — " + ("environ " if lang == "fr" else "approximately ") + f
    return f"{t} [{cls}] ({f})"


# --- OCR damage --------------------------------------------------------------------------------

DIG = {"0": "O", "1": "I", "5": "S", "8": "B"}


def dmg_num(s, r, p=0.35):
    """Digits read as letters in codes, amounts, classifications: EX-O3, $I,48O,OOO, 4I873."""
    return "".join(DIG[ch] if ch in DIG and r.random() < p else ch for ch in s)


def dmg_prose(s, r, p=0.025):
    words = s.split(" ")
    out = []
    for w in words:
        x = r.random()
        if x < p and "m" in w:
            w = w.replace("m", "rn", 1)
        elif x < 2 * p and "rn" in w:
            w = w.replace("rn", "m", 1)
        elif x < 3 * p and "l" in w:
            w = w.replace("l", "I", 1)
        elif x < 4 * p and "e" in w[1:]:
            w = w[0] + w[1:].replace("e", "c", 1)
        elif x < 5 * p and "t" in w:
            w = w.replace("t", "l", 1)
        if out and r.random() < p / 2:
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out)


def strip_accents_some(s, r):
    return "".join({"é": "e", "è": "e", "à": "a", "ê": "e", "ç": "c"}.get(ch, ch) if r.random() < 0.5 else ch for ch in s)


def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


# --- one document's content ----------------------------------------------------------------------

def content(d, r):
    """Everything a renderer needs, worded for this document."""
    lang = "fr" if d["lang"] == "fr" else "en"
    L = T.LABELS_FR if lang == "fr" else T.LABELS_EN
    S = T.SECTIONS_FR if lang == "fr" else T.SECTIONS_EN
    lab = {k: r.choice(v) for k, v in L.items()}
    sec = {k: r.choice(v) for k, v in S.items()}
    title = d["title"] if isinstance(d["title"], str) else d["title"][0]
    sup_num, sup_title, sup_cls = d["sup"]
    c = dict(lang=lang, lab=lab, sec=sec, title=title)
    c["cls"] = w_cls(d["cls"], r)
    c["date"] = w_date(d["date"], r, lang)
    c["sup_cls"] = w_cls(sup_cls, r) if sup_cls else None
    c["sal"], c["om"] = w_amt(d["sal"], r, lang), w_amt(d["om"], r, lang)
    c["tot"] = w_amt(d["tot"], r, lang) if d["tot"] else None
    c["fte"] = w_fte(sum(x[2] or 0 for x in d["reports"]) + r.randint(1, 4), r, lang)
    fill = dict(t=title, u=d["unit"], s=sup_title)
    c["ga"] = r.choice(T.GA_FR if lang == "fr" else T.GA_EN).format(**fill)
    c["ns"] = " ".join(r.sample(T.NS_FR if lang == "fr" else T.NS_EN, 2))
    c["sa"] = [s.format(**fill) for s in r.sample(T.SA_FR if lang == "fr" else T.SA_EN, r.randint(5, 7))]
    c["sup_mode"] = r.choice(["fields", "fields", "line", "sentence"])
    c["rep_form"] = r.choice([0, 1, 2, 3, 4, "prose"])
    c["reports"] = [w_report(x, r, lang, c["rep_form"] if c["rep_form"] != "prose" else 0) for x in d["reports"]]
    n = len(d["reports"])
    if lang == "fr":
        c["org_intro"] = (f"Le poste relève du {sup_title}." if c["sup_mode"] != "sentence" else
                          f"Le ou la titulaire relève du {sup_title}" + (f" ({c['sup_cls']})" if sup_cls else "") +
                          (f", poste no {sup_num}." if sup_num else "."))
        c["rep_head"] = f"Les {n} postes suivants relèvent du titulaire :"
        if c["rep_form"] == "prose":
            c["rep_prose"] = ("Le titulaire est appuyé par " + "; ".join(f"le {x}" for x in c["reports"][:-1]) +
                              f"; et le {c['reports'][-1]}.")
    else:
        c["org_intro"] = (f"The {title} is one of several senior positions reporting to the {sup_title}."
                          if c["sup_mode"] != "sentence" else
                          f"The position reports to the {sup_title}" + (f" ({c['sup_cls']})" if sup_cls else "") +
                          (f", position no. {sup_num}." if sup_num else "."))
        c["rep_head"] = r.choice(["Reporting to the position are:", "Direct reports:",
                                  f"The following {n} positions report directly to the incumbent:"])
        if c["rep_form"] == "prose":
            words = {2: "two", 3: "three", 4: "four"}[n]
            c["rep_prose"] = (f"The {title.split(',')[0]} is supported by {words} managers: " +
                              "; ".join(f"the {x}" for x in c["reports"][:-1]) + f"; and the {c['reports'][-1]}.")
    return c


def header_pairs(d, c):
    lab = c["lab"]
    sup_num, sup_title, _ = d["sup"]
    pairs = [(lab["org"], d["org"]), (lab["title"], c["title"]), (lab["cls"], c["cls"]), (lab["job"], d["job"]),
             (lab["pos"], d["pos"]), (lab["date"], c["date"]), (lab["loc"], d["loc"])]
    if c["sup_mode"] == "fields":
        if sup_num:
            pairs.append((lab["sup_pos"], sup_num))
        pairs.append((lab["sup_title"], sup_title))
        if c["sup_cls"]:
            pairs.append((lab["sup_cls"], c["sup_cls"]))
    elif c["sup_mode"] == "line":
        word = "Relève de" if c["lang"] == "fr" else "Reports to"
        val = sup_title + (f" ({c['sup_cls']})" if c["sup_cls"] else "")
        if sup_num:
            val += (f", poste {sup_num}" if c["lang"] == "fr" else f", position {sup_num}")
        pairs.append((word, val))
    return pairs


def dims_pairs(c):
    lab = c["lab"]
    out = [(lab["fte"], c["fte"].split()[0] if c["fte"][0].isdigit() else c["fte"]), (lab["sal"], c["sal"]),
           (lab["om"], c["om"])]
    if c["tot"]:
        out.append((lab["tot"], c["tot"]))
    return out


def heading(text, r, style, i):
    t = text.upper() if style["caps"] else text
    if style["num"] == "1.":
        t = f"{i}. {t}"
    elif style["num"] == "A.":
        t = f"{'ABCDEFGHI'[i-1]}. {t}"
    elif style["num"] == "(a)":
        t = f"({'abcdefghi'[i-1]}) {t}"
    return t + (":" if style["colon"] else "")


def signatures(d, c, r):
    people = d["people"]
    fr = c["lang"] == "fr"
    lines = []
    if r.random() < 0.6:
        lines.append(f"{c['lab']['incumbent']}: {people[0]}" if not fr else f"{c['lab']['incumbent']} : {people[0]}")
    who = [("Titulaire" if fr else "Incumbent"), ("Gestionnaire" if fr else "Supervisor")]
    for i, name in enumerate(people):
        lines += ["", "_" * 28 + "      " + "_" * 14, f"{name}      Date", who[min(i, 1)]]
    return lines


# --- text (OCR) renderers ---------------------------------------------------------------------

def render_text(d, c, r, layout):
    ocr = True
    style = dict(caps=r.random() < 0.5, num=r.choice(["", "1.", "A.", "(a)"]), colon=r.random() < 0.4)
    sec = c["sec"]
    out = []
    title_line = ("DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION" if c["lang"] == "fr" else
                  r.choice(["EXECUTIVE JOB DESCRIPTION", "WORK DESCRIPTION - EXECUTIVE GROUP", "EX POSITION DESCRIPTION"]))
    out.append(title_line)
    out.append("")
    pairs = header_pairs(d, c)
    pairs = [(k, dmg_num(v, r) if k in (c["lab"]["job"], c["lab"]["pos"], c["lab"]["cls"], c["lab"].get("sup_pos"),
                                         c["lab"]["sup_cls"]) else v) for k, v in pairs]
    sep = ":" if c["lang"] == "en" else " :"
    for k, v in pairs:
        if layout == "next":
            out += [k.upper() if style["caps"] else k, v]
        elif layout == "dots":
            out.append(f"{k} " + "." * max(3, 34 - len(k)) + f" {v}")
        elif layout == "gaps":
            out.append(f"{k.upper()}{' ' * max(3, 36 - len(k))}{v}")
        else:
            out.append(f"{k}{sep} {v}")
    blocks = []
    if layout == "csr":
        csr, ka = (T.CSR_FR, T.KA_FR) if c["lang"] == "fr" else (T.CSR_EN, T.KA_EN)
        blocks.append((csr, [dmg_prose(c["ga"], r)]))
        blocks.append((ka, [f"- {dmg_prose(s, r)}" for s in c["sa"]]))
    else:
        blocks.append((sec["ga"], [dmg_prose(c["ga"], r)]))
    org = [c["org_intro"]]
    if c["rep_form"] == "prose":
        org.append(c["rep_prose"])
    else:
        org.append(c["rep_head"])
        org += [("- " if i % 2 else "* ") + dmg_num(x, r, 0.2) if c["rep_form"] != 3 else f"{i + 1}) {dmg_num(x, r, 0.2)}"
                for i, x in enumerate(c["reports"])]
    blocks.append((sec["org"], org))
    blocks.append((sec["ns"], [dmg_prose(p, r) for p in [c["ns"]]]))
    dims = [f"{k}: {dmg_num(v, r, 0.3)}" for k, v in dims_pairs(c)]
    blocks.append((sec["dims"], dims))
    if layout != "csr":
        blocks.append((sec["sa"], [f"{i}. {dmg_prose(s, r)}" for i, s in enumerate(c["sa"], 1)]))
    order = r.choice([[0, 1, 2, 3, 4, 5], [0, 1, 3, 2, 4, 5], [0, 2, 1, 4, 3, 5], [0, 3, 1, 2, 4, 5]])
    order = [i for i in order if i < len(blocks)]
    for n, i in enumerate(order, 1):
        h, body = blocks[i]
        out += ["", heading(h, r, style, n)] + body
    out += ["", heading(sec["cert"], r, style, len(order) + 1)]
    out += signatures(d, c, r)
    return out


def paginate(lines, d, c, r, per=34):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        out += pg
        foot = (f"{d['org']}   Page {i} de {n}" if c["lang"] == "fr" else
                r.choice([f"{d['org']}   Page {i} of {n}", f"- {i} -", f"Page {i}/{n}   {d['pos']}"]))
        out += ["", foot, "\f" if i < n and r.random() < 0.5 else ""]
    return out


def ocr_text(d, c, r):
    layout = r.choice(["lines", "next", "dots", "gaps", "csr", "run", "run"])
    lines = render_text(d, c, r, "lines" if layout == "run" else layout)
    if layout == "run":
        body = " ".join(x for x in lines if x.strip())
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body, layout
    # words hyphenated at line ends in long prose lines
    out = []
    for x in lines:
        if len(x) > 90 and "   " not in x:
            parts = wrap(x, r.choice([72, 80, 88]))
            for j, p in enumerate(parts[:-1]):
                w = parts[j + 1].split(" ", 1)
                if len(w[0]) > 8 and r.random() < 0.3:
                    cut = len(w[0]) // 2
                    parts[j] = p + " " + w[0][:cut] + "-"
                    parts[j + 1] = w[0][cut:] + (" " + w[1] if len(w) > 1 else "")
            out += parts
        else:
            out.append(x)
    out = paginate(out, d, c, r)
    head = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" if r.random() < 0.5 else ""
    return head + "\n".join(out) + "\n", layout


def ocr_columns(d, c, r):
    left = []
    for k, v in header_pairs(d, c) + [("", "")] + dims_pairs(c):
        if not k:
            left.append(c["sec"]["dims"].upper())
            continue
        left.append(f"{k}: {dmg_num(v, r, 0.3)}")
    right = [c["sec"]["ga"].upper()] + wrap(dmg_prose(c["ga"], r), 52) + [c["sec"]["ns"].upper()] + \
        wrap(dmg_prose(c["ns"], r), 52)
    width = max(len(x) for x in left) + r.choice([3, 4, 6])
    out = ["EXECUTIVE GROUP - WORK DESCRIPTION", ""]
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        out.append((a.ljust(width) + b).rstrip())
    out += ["", c["sec"]["org"].upper(), c["org_intro"]]
    out += [c["rep_prose"]] if c["rep_form"] == "prose" else [c["rep_head"]] + [f"- {dmg_num(x, r, 0.2)}" for x in c["reports"]]
    out += ["", c["sec"]["sa"].upper()] + [f"{i}. {dmg_prose(s, r)}" for i, s in enumerate(c["sa"], 1)]
    out += ["", c["sec"]["cert"].upper()] + signatures(d, c, r)
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(paginate(out, d, c, r, 40)) + "\n"


# --- Word renderers ---------------------------------------------------------------------------

def new_doc():
    doc = docx.Document()
    cp = doc.core_properties
    fixed = dt.datetime(2020, 1, 1, 12, 0, 0)
    cp.created = cp.modified = cp.last_printed = fixed
    cp.author = cp.last_modified_by = "HR"
    cp.revision = 1
    doc.styles["Normal"].font.size = Pt(10)
    return doc


def save_doc(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def bold_label(doc, k, v, nextline):
    p = doc.add_paragraph()
    p.add_run(k + (":" if not k.endswith(":") else "")).bold = True
    if nextline:
        doc.add_paragraph(v)
    else:
        p.add_run(" " + v)


def table(doc, rows, header=None):
    t = doc.add_table(rows=0, cols=len(rows[0]) if rows else len(header))
    t.style = "Table Grid"
    for row in ([header] if header else []) + rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = str(v)
    return t


def word(d, c, r, bi=False):
    doc = new_doc()
    layout = r.choice(["table", "table", "bold", "boldnext"])
    style = dict(caps=r.random() < 0.4, num=r.choice(["", "1.", "A."]), colon=r.random() < 0.3)
    doc.add_heading(r.choice(["Work Description", "Executive Work Description", "Position Description"]) if c["lang"] == "en"
                    else r.choice(["Description de travail", "Description de poste – Cadre de direction"]), 1)
    pairs = header_pairs(d, c)
    if bi:
        bl = T.BI_LABELS
        pairs = [(bl["org"], d["org"] + " / Immigration, Réfugiés et Citoyenneté Canada" if "Immigration" in d["org"] else d["org"]),
                 (bl["title"], f"{d['title'][0]} / {d['title'][1]}"), (bl["cls"], c["cls"]), (bl["job"], d["job"]),
                 (bl["pos"], d["pos"]), (bl["date"], c["date"]), (bl["loc"], d["loc"])]
        sn, st, sc = d["sup"]
        pairs += [(bl["sup_pos"], sn), (bl["sup_title"], st), (bl["sup_cls"], c["sup_cls"])]
        layout = "table"
    if layout == "table":
        table(doc, [[k, v] for k, v in pairs])
    else:
        for k, v in pairs:
            bold_label(doc, k, v, layout == "boldnext")
    sec = c["sec"]
    i = 1
    def h(text):
        nonlocal i
        p = doc.add_paragraph()
        p.add_run(heading(text, r, style, i)).bold = True
        i += 1
    h(sec["ga"]); doc.add_paragraph(c["ga"])
    h(sec["org"]); doc.add_paragraph(c["org_intro"])
    rep_mode = r.choice(["table", "list", "text"]) if c["rep_form"] != "prose" else "text"
    if rep_mode == "table":
        hdr = (["Titre du poste", "Groupe et niveau", "ETP"] if c["lang"] == "fr" else
               r.choice([["Position", "Classification", "FTEs"], ["Title", "Group/Level", "Staff"]]))
        doc.add_paragraph(c["rep_head"])
        table(doc, [[t, w_cls(cl, r), str(n)] for t, cl, n in d["reports"]], hdr)
    elif c["rep_form"] == "prose":
        doc.add_paragraph(c["rep_prose"])
    else:
        doc.add_paragraph(c["rep_head"])
        for x in c["reports"]:
            doc.add_paragraph(x, style="List Bullet" if rep_mode == "list" else None)
    h(sec["ns"]); doc.add_paragraph(c["ns"])
    h(sec["dims"])
    if r.random() < 0.5:
        table(doc, [[k, v] for k, v in dims_pairs(c)])
    else:
        for k, v in dims_pairs(c):
            doc.add_paragraph(f"{k}: {v}" if c["lang"] == "en" else f"{k} : {v}")
    h(sec["sa"])
    for s in c["sa"]:
        doc.add_paragraph(s, style="List Number")
    h(sec["cert"])
    for x in signatures(d, c, r):
        doc.add_paragraph(x)
    return doc


def word_side_by_side(d, c, r):
    """Bilingual Word file: English column and French column in one table, row by row."""
    doc = new_doc()
    en, fr = d["title"]
    sn, st, sc = d["sup"]
    rows = [["Position Title: " + en, "Titre du poste : " + fr], ["Classification: " + c["cls"], "Classification : " + c["cls"]],
            ["Job Code: " + d["job"], "Code d'emploi : " + d["job"]], ["Position Number: " + d["pos"], "Numéro du poste : " + d["pos"]],
            ["Effective Date: " + w_date(d["date"], r, "en"), "Date d'entrée en vigueur : " + w_date(d["date"], r, "fr")],
            ["Reports to: " + f"{st} ({sc}), position {sn}", "Relève de : " + f"{SUP_FR[st]} ({sc}), poste {sn}"],
            ["Location: " + d["loc"], "Lieu : Ottawa (Ontario)"],
            ["GENERAL ACCOUNTABILITY", "RESPONSABILITÉ GÉNÉRALE"], [c["ga"], T.GA_FR[0].format(u="programme des visites officielles")],
            ["ORGANIZATION STRUCTURE", "STRUCTURE ORGANISATIONNELLE"]]
    for t, cl, n in d["reports"]:
        rows.append([f"{t} ({cl}, {n} FTEs)", f"{REPORTS_FR[t]} ({cl}, {n} ETP)"])
    rows += [["DIMENSIONS", "DIMENSIONS"], [f"Salary: {w_amt(d['sal'], r, 'en')}", f"Salaires : {w_amt(d['sal'], r, 'fr')}"],
             [f"O&M: {w_amt(d['om'], r, 'en')}", f"F et E : {w_amt(d['om'], r, 'fr')}"],
             [f"Total: {w_amt(d['tot'], r, 'en')}", f"Total : {w_amt(d['tot'], r, 'fr')}"]]
    table(doc, rows)
    doc.add_paragraph("SPECIFIC ACCOUNTABILITIES / RESPONSABILITÉS SPÉCIFIQUES")
    for s in c["sa"]:
        doc.add_paragraph(s, style="List Number")
    for x in signatures(d, c, r):
        doc.add_paragraph(x)
    return doc


def ocr_en_then_fr(d, c, r):
    """An English copy then a French copy of one description in one scan."""
    lines = render_text(d, c, r, "lines")
    en, fr = d["title"]
    sn, st, sc = d["sup"]
    frl = ["", "\f", "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)", "",
           f"Titre du poste : {fr}", f"Groupe et niveau : {c['cls']}", f"Code d'emploi : {dmg_num(d['job'], r)}",
           f"Numéro du poste : {d['pos']}", f"Date d'entrée en vigueur : {w_date(d['date'], r, 'fr')}",
           f"Lieu de travail : Gatineau (Québec)", f"Relève de : {SUP_FR[st]} ({sc}), poste {sn}", "",
           "RESPONSABILITÉ GÉNÉRALE", dmg_prose(T.GA_FR[2].format(u="secteur des grands événements"), r), "",
           "STRUCTURE ORGANISATIONNELLE"]
    frl += [f"- {REPORTS_FR[t]} ({cl}, {n} ETP)" for t, cl, n in d["reports"]]
    frl += ["", "DIMENSIONS", f"Salaires : {w_amt(d['sal'], r, 'fr')}", f"F et E : {w_amt(d['om'], r, 'fr')}",
            f"Total : {w_amt(d['tot'], r, 'fr')}"]
    return "\n".join(paginate(lines, d, c, r) + frl) + "\n"


def ocr_bilabels(d, c, r):
    """Bilingual labels `English / Français`, both titles on the title line, scanned."""
    bl = T.BI_LABELS
    en, fr = d["title"]
    sn, st, sc = d["sup"]
    out = ["EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION", "",
           f"{bl['title']}: {en} / {fr}", f"{bl['cls']}: {dmg_num(c['cls'], r, 0.6)}", f"{bl['job']}: {dmg_num(d['job'], r)}",
           f"{bl['pos']}: {dmg_num(d['pos'], r)}", f"{bl['date']}: {c['date']}", f"{bl['sup_pos']}: {dmg_num(sn, r)}",
           f"{bl['sup_title']}: {st}", f"{bl['sup_cls']}: {dmg_num(c['sup_cls'], r, 0.6)}", f"{bl['loc']}: {d['loc']}", "",
           "GENERAL ACCOUNTABILITY / RESPONSABILITÉ GÉNÉRALE", dmg_prose(c["ga"], r), "",
           "ORGANIZATION / ORGANISATION", c["rep_head"]] + [f"- {x}" for x in c["reports"]] + \
          ["", "DIMENSIONS", *[f"{k}: {dmg_num(v, r, 0.3)}" for k, v in dims_pairs(c)], "",
           "SPECIFIC ACCOUNTABILITIES / RESPONSABILITÉS SPÉCIFIQUES"] + [f"{i}. {dmg_prose(s, r)}" for i, s in enumerate(c["sa"], 1)] + \
          ["", "CERTIFICATION"] + signatures(d, c, r)
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(paginate(out, d, c, r)) + "\n"


# --- the corpus -------------------------------------------------------------------------------

NAMES = {
 "gac-tcs-asia": "GAC - Dir TCS Ops Asia Pacific - WD scan.txt",
 "amc-politique-consulaire": "DG Politique et opérations consulaires (EX-03).docx",
 "gac-mission-property": "Mission Real Property Planning, Director.docx",
 "pspc-rps-atlantic": "RPS Atlantic RDG 2012 scan.txt",
 "pspc-pay-miramichi": "Pay Centre Director Miramichi - OCR.txt",
 "spac-traduction-parlement": "Bureau de la traduction - directrice services parlementaires.txt",
 "pspc-acq-pacific": "Director Acquisitions Pacific Region 2021.docx",
 "pspc-defence-policy": "Sr Dir Defence & Marine Procurement Policy.txt",
 "pch-olsp": "PCH DG OLSP - work description.docx",
 "pch-arts-quebec": "Directeur programmes des arts Québec (numérisé).txt",
 "pch-sport-support": "Sport Canada - Director SSP.txt",
 "pch-cci": "CCI Executive Director EX-02.docx",
 "nrcan-afc": "CFS Atlantic Forestry Centre DG.txt",
 "rncan-geodesie": "Directeur, Levés géodésiques du Canada.docx",
 "nrcan-explosives": "ERD Director explosives 2008.txt",
 "nrcan-oee": "OEE - ED Energy Efficiency Programs.txt",
 "rncan-mineraux": "DG politiques minéraux et métaux - numérisation.txt",
 "ircc-zone-afrique": "Directeur de zone Afrique subsaharienne.docx",
 "ircc-settlement": "DG Settlement and Integration Policy.docx",
 "ircc-asylum-quebec": "Asylum Operations Quebec Director - bilingual scan.txt",
 "ircc-passport-integrity": "Passport Program Integrity ED.txt",
 "ircc-reinstallation": "Réinstallation des réfugiés - directeur, Winnipeg.txt",
 "aafc-lethbridge": "Lethbridge RDC Director.txt",
 "aafc-agristability": "DG BRM Program Operations Winnipeg.docx",
 "aac-saint-hyacinthe": "CRD Saint-Hyacinthe directrice.docx",
 "aafc-market-access": "MAS Director (two column scan).txt",
 "acoa-pei": "ACOA VP PEI Region.txt",
 "acoa-ns-enterprise": "ACOA NS Director Enterprise Development.docx",
 "dec-estrie": "DEC - Directeur BA Estrie.txt",
 "dec-operations": "DEC DGOR description de travail.docx",
 "feddev-business": "FedDev DG Business & Regional Growth.txt",
 "prairiescan-sask": "PrairiesCan ADM Saskatchewan.docx",
 "pacifican-indigenous": "PacifiCan Director ICED.txt",
 "cannor-nunavut": "CanNor Nunavut RO Director scan.txt",
 "fednor-northwest": "FedNor NWO Director 2010.txt",
 "ircc-ceremonies": "Citizenship Ceremonies Director - bilingue.docx",
 "pch-canada-day": "Major Events and Celebrations Director EN-FR.txt",
 "gac-protocol-visits": "Protocol - Director Official Visits (bilingual).docx",
 "cbsa-northern-ontario": "CBSA Northern Ontario District Director.txt",
 "parks-banff": "Banff FU Superintendent.txt",
 "tc-securite-maritime": "TC Québec DR Sécurité maritime.txt",
 "pch-olsp-fr": "PCH DG PALO - description de travail (FR).docx",
 "pspc-rps-atlantic-2019": "RPS Atlantic RDG - revised 2019.docx",
 "aafc-lethbridge-signed": "Lethbridge RDC Director - signed copy.txt",
 "ircc-settlement-fr": "DG Politiques d'établissement et d'intégration - numérisé.txt",
 "acoa-pei-2007": "ACOA VP PEI Region (2007).docx",
}


def documents():
    by_key = {p["key"]: p for p in PS.P}
    docs = [dict(p) for p in PS.P]
    for v in PS.VERSIONS:
        d = dict(by_key[v["of"]])
        base_title = d["title"]
        d.update({k: v[k] for k in v if k not in ("of", "sup_title", "newest")})
        if "sup_title" in v:
            d["sup"] = (d["sup"][0], v["sup_title"], d["sup"][2])
        d["version_of"] = v["of"]
        docs.append(d)
    return docs


def truth(d, name, kind, r_title=None):
    lang = {"en": "en", "fr": "fr", "bi": "bilingual"}[d["lang"]]
    title = list(d["title"]) if isinstance(d["title"], tuple) else (r_title or d["title"])
    sn, st, sc = d["sup"]
    sup_title = [st, SUP_FR[st]] if st in SUP_FR and d["key"] in ("pch-canada-day", "gac-protocol-visits") else st
    reps = []
    for t, cl, n in d["reports"]:
        tt = [t, REPORTS_FR[t]] if t in REPORTS_FR else t
        reps.append({"title": tt, "classification": cl, "fte": n})
    return {
        "document": name, "kind": kind, "language": lang, "outcome": "import",
        "fields": {"title": title, "classification": d["cls"], "job_code": d["job"], "position_number": d["pos"],
                   "effective_date": dt.date.fromisoformat(d["date"]),
                   "supervisor": {"position_number": sn, "title": sup_title, "classification": sc},
                   "direct_reports": reps, "salary": d["sal"], "o_and_m": d["om"], "total": d["tot"],
                   "location": d["loc"]},
        "not_stated": [],
        "also": {"fte": None, "operating_budget": None, "program_budget": None, "provisional_number": None},
        "people": list(d["people"]),
    }


def main():
    for p in (CORPUS, EXPECTED):
        if p.exists():
            shutil.rmtree(p)
        p.mkdir()
    docs = documents()
    groups = {}
    for d in docs:
        groups.setdefault(d.get("version_of", d["key"]), []).append(d)
    for d in docs:
        r = random.Random(f"blind37-{d['key']}")
        c = content(d, r)
        name = NAMES[d["key"]]
        r_title = None
        if d["fmt"] == "docx":
            doc = word_side_by_side(d, c, r) if d["key"] == "gac-protocol-visits" else word(d, c, r, bi=d["lang"] == "bi")
            save_doc(doc, CORPUS / name)
            kind = "docx"
        elif d["fmt"] == "ocr-columns":
            (CORPUS / name).write_text(ocr_columns(d, c, r), encoding="utf-8")
            kind = "ocr-columns"
        else:
            if d["key"] == "pch-canada-day":
                text = ocr_en_then_fr(d, c, r)
            elif d["key"] == "ircc-asylum-quebec":
                text = ocr_bilabels(d, c, r)
            else:
                if d["lang"] == "fr" and d["key"] in ("rncan-mineraux", "tc-securite-maritime"):
                    # accents partly lost in the scan, the title too: either reading is right
                    scanned = strip_accents_some(d["title"], r)
                    c["title"] = scanned
                    r_title = [d["title"], scanned] if scanned != d["title"] else None
                text, _ = ocr_text(d, c, r)
            (CORPUS / name).write_text(text, encoding="utf-8")
            kind = "ocr"
        t = truth(d, name, kind, r_title)
        g = groups[d.get("version_of", d["key"])]
        if len(g) > 1:
            newest = g[1] if next(v for v in PS.VERSIONS if v["key"] == g[1]["key"])["newest"] else g[0]
            t["versions"] = {"position": d["pos"], "documents": [NAMES[x["key"]] for x in g],
                             "newest": d is newest}
        dump(EXPECTED / f"{name}.expected.yaml", t)
    refusals()


def dump(path, data):
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


def refusals():
    items = [("Org chart PKT bureau 2018.txt", "ocr", "en", RF.ORG_CHART),
             ("Transmittal slip - EX files 2015.txt", "ocr", "bilingual", RF.TRANSMITTAL),
             ("scan0047.txt", "ocr", "en", RF.NOISE)]
    for name, kind, lang, text in items:
        (CORPUS / name).write_text(text, encoding="utf-8")
        dump(EXPECTED / f"{name}.expected.yaml", {"document": name, "kind": kind, "language": lang, "outcome": "refuse"})
    for name, lang, paras in [("PMA 2019-20 - DG Settlement and Integration Policy.docx", "en", RF.PMA),
                              ("Note de service - nomination intérimaire DGOR.docx", "fr", RF.MEMO_FR)]:
        doc = new_doc()
        for kind_, text in paras:
            doc.add_heading(text, 1) if kind_ == "h" else doc.add_paragraph(text)
        save_doc(doc, CORPUS / name)
        dump(EXPECTED / f"{name}.expected.yaml", {"document": name, "kind": "docx", "language": lang, "outcome": "refuse"})


if __name__ == "__main__":
    main()
