#!/usr/bin/env python3
"""Generate the blind25 corpus: bench/import/blind25/corpus/ and expected/.

    /work/main/.venv/bin/python bench/import/blind25/make_blind.py

Deterministic: every choice comes from random.Random seeded with the document's index, and
Word files are written with fixed zip dates and document properties."""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from labels import EN_DIMS, EN_FORMS, EN_SECTIONS, FR_DIMS, FR_FORMS, FR_SECTIONS  # noqa: E402
from positions import POSITIONS  # noqa: E402
import prose  # noqa: E402

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


# --- notations ----------------------------------------------------------------------------------

def f_date(iso, lang, r):
    if iso is None:
        return ""
    d = dt.date.fromisoformat(iso)
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return r.choice([f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}",
                         f"le {day} {MONTHS_FR[d.month - 1]} {d.year}"])
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(d.day if d.day < 20 else d.day % 10, "th")
    return r.choice([f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", d.isoformat(),
                     f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} {d.year}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
                     f"{MONTHS_EN[d.month - 1]} {d.day}{suffix}, {d.year}"])


def f_cls(cls, r):
    m = re.match(r"([A-Z-]+?)-(\d+)$", cls)
    grp, lvl = m.group(1), m.group(2)
    if grp != "EX":
        return cls
    return r.choice([f"EX-{lvl}", f"EX {lvl}", f"EX-{int(lvl)}", f"EX{lvl}", f"EX-{lvl}"])


def _trim(x, places):
    s = f"{x:.{places}f}".rstrip("0").rstrip(".")
    return s


def f_money(v, lang, r):
    if lang == "fr":
        opts = [f"{_trim(v / 1e6, 3).replace('.', ',')} M$", f"{v:,}".replace(",", " ") + " $",
                f"{v:,}".replace(",", " ") + ",00 $", f"{_trim(v / 1e3, 1).replace('.', ',')} k$"]
        if v % 10000 == 0 and v >= 1_000_000:
            opts.append(f"{_trim(v / 1e6, 2).replace('.', ',')} millions $")
        return r.choice(opts)
    opts = [f"${_trim(v / 1e6, 3)}M", f"${v:,}", f"$ {v:,}.00", f"${v / 1e3:,.0f}K" if v % 1000 == 0 else f"${v:,}"]
    if v % 10000 == 0 and v >= 1_000_000:
        opts.append(f"${_trim(v / 1e6, 2)} million")
    return r.choice(opts)


def f_fte(n, lang, r, short=False):
    if lang == "fr":
        return r.choice([f"{n} ETP", f"{n} équivalents temps plein" if not short else f"{n} ETP", f"effectif de {n}"])
    one = n == 1
    return r.choice([f"{n} FTE" if one else f"{n} FTEs", f"{n} FTE", f"{n} FTE's" if not one else "1 FTE",
                     f"{n} employee" if one else f"{n} employees"])


# --- OCR damage ---------------------------------------------------------------------------------

def dmg_num(s, r, p=0.5):
    """O for 0 and I for 1 in a number or level, one kind a value, as scans give them."""
    if r.random() > p:
        return s
    which = r.choice(["0", "1"])
    return s.replace(which, "O" if which == "0" else "I")


SWAPS = [("rn", "m"), ("m", "rn"), ("li", "h"), ("cl", "d"), ("e", "c"), ("t", "l"), ("fi", "f"), ("ti", "k"),
         ("a", "e"), ("'", " "), ("ll", "Il"), ("o", "a"), ("u", "v"), ("h", "b")]


def dmg_prose(text, r, rate=0.05):
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and r.random() < rate:
            a, b = r.choice(SWAPS)
            if a in w:
                words[i] = w.replace(a, b, 1)
    return " ".join(words)


# --- the parts of a description ------------------------------------------------------------------

def report_line(rep, lang, style, r, n):
    title, cls, fte = rep
    c = f_cls(cls, r)
    f = f_fte(fte, lang, r, short=True)
    duty = (r.choice(prose.REPORT_DUTY_FR if lang == "fr" else prose.REPORT_DUTY_EN)
            .format(x=("la gestion des activités de l'équipe" if lang == "fr" else "the work of the team and its results")))
    sep = " : " if lang == "fr" else ": "
    if style == "lead":
        return f"{c} - {title} ({f})"
    if style == "dash":
        return f"{title} – {c} – {f}"
    if style == "list":
        return f"{title} ({f})"
    return f"{title} ({c}, {f}){sep}{duty}"


def reports_prose(p, lang, r):
    reps = p["reports"]
    parts = [f"{t} ({f_cls(c, r)}, {f_fte(n, lang, r, short=True)})" for t, c, n in reps]
    joined = ", ".join(parts[:-1]) + (" et " if lang == "fr" else " and ") + parts[-1]
    if lang == "fr":
        return f"Les postes suivants relèvent du titulaire : {joined}."
    return f"The following {len(reps)} positions report to the {p['title'].split(',')[0]}: {joined}."


def sup_sentence(p, lang, r):
    num, title, cls = p["sup"]
    if lang == "fr":
        return f"Le titulaire relève du {title} ({f_cls(cls, r)})."
    return f"The position reports directly to the {title} ({f_cls(cls, r)})."


def sup_one(p, lang, r):
    num, title, cls = p["sup"]
    c = f_cls(cls, r)
    if lang == "fr":
        return r.choice([f"{title} ({c}), poste no {num}", f"{title}, {c} - poste {num}"])
    return r.choice([f"{title} ({c}), position {num}", f"{title} - {c} - Pos. #{num}", f"{title} ({c}) #{num}"])


def header_fields(p, lang, form, r):
    """(label, value) pairs of the form's header, in the form's order."""
    out = [(form["title"], p["title"] if p["lang"] != "bil" else p["title"]), (form["cls"], f_cls(p["cls"], r))]
    if p["job"]:
        out.append((form["job"], p["job"]))
    out.append((form["pos"], p["pos"]))
    out.append((form["date"], f_date(p["date"], lang, r)))
    out.append((form["dept"], p["dept"]))
    out.append((form["branch"], p["branch"]))
    out.append((form["unit"], p["unit"]))
    out.append((form["loc"], p["loc"]))
    if p["sup_style"] == "three":
        num, title, cls = p["sup"]
        out += [(form["sup_num"], num or ""), (form["sup_title"], title), (form["sup_cls"], f_cls(cls, r))]
    elif p["sup_style"] == "one":
        out.append((form["reports"], sup_one(p, lang, r)))
    k = r.random()
    if k < 0.3:  # forms put the header in different orders
        out = out[:2] + out[4:5] + out[2:4] + out[5:]
    return out


def dims_lines(p, lang, r):
    names = r.choice(FR_DIMS if lang == "fr" else EN_DIMS)
    sep = " : " if lang == "fr" else ": "
    out = [f"{names[3]}{sep}{p['fte']}"]
    out.append(f"{names[0]}{sep}{f_money(p['sal'], lang, r)}")
    out.append(f"{names[1]}{sep}{f_money(p['om'], lang, r)}")
    if p["total"]:
        out.append(f"{names[2]}{sep}{f_money(p['total'], lang, r)}")
    if p.get("program_budget"):
        out.append(f"{names[4]}{sep}{f_money(p['program_budget'], lang, r)}")
    return out


def spec_items(p, lang, r):
    pool = prose.SPECIFIC_FR if lang == "fr" else prose.SPECIFIC_EN
    unit = p["unit"] if lang == "en" else "direction"
    items = r.sample(pool, r.randint(5, 7))
    return [s.format(unit=unit, topic=p["topic"]) for s in items]


def org_lines(p, lang, r):
    out = []
    if p["sup_style"] == "sentence":
        out.append(sup_sentence(p, lang, r))
    elif lang == "fr":
        out.append(f"Le poste est l'un des {r.randint(3, 7)} postes de direction relevant du {p['sup'][1]}.")
    else:
        out.append(f"The {p['title']} is one of {r.randint(3, 7)} senior positions reporting to the {p['sup'][1]}.")
    if p["rep_style"] in ("prose",):
        out.append(reports_prose(p, lang, r))
    else:
        out.append("Relèvent du titulaire :" if lang == "fr" else f"Reporting to the {p['title'].split(',')[0]} are:")
        out += [("- " if p["rep_style"] in ("list", "dash") else "") + report_line(x, lang, p["rep_style"], r, i)
                for i, x in enumerate(p["reports"], 1)]
    return out


def sign_lines(p, lang, r):
    a, b = p["people"]
    if lang == "fr":
        return [prose.CERT_FR, f"Titulaire : {a}", "Signature ____________________ Date ______________",
                f"{b}", f"{p['sup'][1]}", "Signature ____________________ Date ______________"]
    return [prose.CERT_EN, f"Incumbent: {a}", "Signature ____________________ Date ______________",
            f"{b}", f"{p['sup'][1]}", "Signature ____________________ Date ______________"]


def logical(p, lang, r, heads=None, form=None, number=None):
    """The description as (kind, text) lines: 'h' headings, 'f' header fields, 't' text."""
    form = form or r.choice(FR_FORMS if lang == "fr" else EN_FORMS)
    heads = heads or r.choice(FR_SECTIONS if lang == "fr" else EN_SECTIONS)
    sep = " : " if lang == "fr" else ": "
    L = [("h", form["head"])]
    L += [("f", f"{k}{sep}{v}") for k, v in header_fields(p, lang, form, r)]
    ga = p["ga"] if lang == p["lang"] or p["lang"] == "fr" else p["ga"]
    order = ["ga", "org", "ns", "dims", "spec"]
    if r.random() < 0.35:
        order = ["ga", "ns", "org", "spec", "dims"]
    labels = dict(heads)
    if number == "roman":
        for i, k in enumerate(order):
            labels[k] = f"{['I', 'II', 'III', 'IV', 'V'][i]}. {labels[k]}"
    elif number == "num":
        for i, k in enumerate(order):
            labels[k] = f"{i + 1}. {labels[k]}"
    elif number == "letter":
        for i, k in enumerate(order):
            labels[k] = f"{'ABCDE'[i]}) {labels[k]}"
    colon = r.random() < 0.4
    for k in order:
        L.append(("h", labels[k] + (":" if colon else "")))
        if k == "ga":
            L.append(("t", ga))
        elif k == "org":
            L += [("t", x) for x in org_lines(p, lang, r)]
        elif k == "ns":
            nat = prose.NATURE_FR if lang == "fr" else prose.NATURE_EN
            L += [("t", s.format(dept=p["dept"].split(" / ")[0], unit=p["unit"] if lang == "en" else "direction"))
                  for s in r.sample(nat, 2)]
        elif k == "dims":
            L += [("t", x) for x in dims_lines(p, lang, r)]
        elif k == "spec":
            L += [("t", f"{i}. {s}") for i, s in enumerate(spec_items(p, lang, r), 1)]
    L.append(("h", labels["cert"] if "cert" in labels else heads["cert"]))
    L += [("t", x) for x in sign_lines(p, lang, r)]
    return L


# --- renderings -----------------------------------------------------------------------------------

WRAP = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"


def damage_line(kind, text, r):
    if kind == "f":
        label, _, value = text.partition(": ") if ": " in text else text.partition(" : ")
        sep = ": " if ": " in text else " : "
        value = re.sub(r"\b(EX[- ]?)(\d+)\b", lambda m: m.group(1) + dmg_num(m.group(2), r, 0.6), value)
        if re.fullmatch(r"[A-Z]{0,3}-?\d{4,7}", value):
            value = dmg_num(value, r, 0.4)
        return f"{label.upper() if r.random() < 0.5 else label}{sep}{value}"
    if kind == "h":
        return text.upper()
    t = re.sub(r"\b(EX|EC|PM|AS|FS|LP|FI|CO|AU|IS|RES|EG|CS)-(\d\d)\b", lambda m: f"{m.group(1)}-" + dmg_num(m.group(2), r, 0.4), text)
    t = re.sub(r"\$(\d)", lambda m: "$" + ("S" if m.group(1) == "5" and r.random() < 0.5 else m.group(1)), t)
    if "Incumbent" in t or "Titulaire :" in t or not re.search(r"[a-z]{5}", t):
        return t
    return dmg_prose(t, r)


def render_ocr(p, lang, r, pages_mode):
    L = logical(p, lang, r, number=r.choice([None, None, "roman"]))
    lines = [damage_line(k, t, r) for k, t in L]
    footer = r.choice([p["unit"], f"{p['pos']} - {p['title'][:40]}", "PROTECTED A (when completed)" if lang == "en" else
                       "PROTÉGÉ A (une fois rempli)"])
    chunks = [lines[: len(lines) // 3], lines[len(lines) // 3: 2 * len(lines) // 3], lines[2 * len(lines) // 3:]]
    out = []
    for i, ch in enumerate(chunks, 1):
        body = " ".join(ch)
        page = (f"{i} " if i > 1 else "") + body + f" {footer}"
        out.append(page)
    garbage = r.choice(["[ Signatory: mM eget ee | Sigi gE A [Bate a [ato TE",
                        "(i (CO;!;*;*;* ; ! ! ~ ! !C ate!", "~~ .:. |, ' Ii /l ..__ ;;"])
    out[-1] += " " + garbage
    text = "\n".join(out) if pages_mode else " ".join(out)
    return WRAP + text + "\n"


def render_columns(p, lang, r):
    """Header in a run, then the organization and dimensions column read across the nature
    and scope column, chunk by chunk, as a two-column scan gives it."""
    form = r.choice(FR_FORMS if lang == "fr" else EN_FORMS)
    heads = r.choice(FR_SECTIONS if lang == "fr" else EN_SECTIONS)
    sep = " : " if lang == "fr" else ": "
    head = [form["head"].upper()] + [damage_line("f", f"{k}{sep}{v}", r) for k, v in header_fields(p, lang, form, r)]
    head += [heads["ga"].upper() + ":", dmg_prose(p["ga"], r)]
    left = [heads["org"].upper() + ":"] + [damage_line("t", x, r) for x in org_lines(p, lang, r)]
    left += [heads["dims"].upper() + ":"] + [damage_line("t", x, r) for x in dims_lines(p, lang, r)]
    nat = prose.NATURE_FR if lang == "fr" else prose.NATURE_EN
    right = [heads["ns"].upper()] + [dmg_prose(s.format(dept=p["dept"], unit=p["unit"] if lang == "en" else "direction"), r)
                                     for s in nat]
    # left-column lines are kept whole (a reader still finds each value), right column cut in runs of words
    rwords = " ".join(right).split(" ")
    mixed, k = [], 0
    for line in left:
        n = r.randint(5, 9)
        mixed.append(line)
        mixed.append(" ".join(rwords[k:k + n]))
        k += n
    mixed.append(" ".join(rwords[k:]))
    tail = [heads["spec"].upper()] + [dmg_prose(f"{i}. {s}", r) for i, s in enumerate(spec_items(p, lang, r), 1)]
    tail += [heads["cert"].upper()] + sign_lines(p, lang, r)
    return WRAP + " ".join(head + mixed + tail) + "\n"


def render_markdown(p, lang, r):
    form = r.choice(FR_FORMS if lang == "fr" else EN_FORMS)
    heads = r.choice(FR_SECTIONS if lang == "fr" else EN_SECTIONS)
    out = ["# " + ("Description de travail" if lang == "fr" else "Job Description"), "",
           "## " + ("Renseignements sur le poste" if lang == "fr" else "Position Details"), ""]
    out += [f"*   **{k}:** {v}" for k, v in header_fields(p, lang, form, r)]
    out += ["", f"## {heads['ga'].title() if heads['ga'].isupper() else heads['ga']}", "", p["ga"], "",
            f"## {heads['org'].title() if heads['org'].isupper() else heads['org']}", ""]
    first = org_lines(p, lang, r)[0]
    out += [first, ""]
    out += [("### Relèvent du titulaire :" if lang == "fr" else f"### Reporting to the {p['title']} are:"), ""]
    for t, c, n in p["reports"]:
        out.append(f"*   **{t} ({f_cls(c, r)}, {f_fte(n, lang, r, short=True)}):** "
                   + ("responsable des activités de son équipe." if lang == "fr" else "responsible for the work of the team."))
    out += ["", "## Dimensions", ""]
    out += ["*   **" + x.replace(": ", ":** ", 1).replace(" : ", " :** ", 1) for x in dims_lines(p, lang, r)]
    out += ["", f"## {heads['spec'].title() if heads['spec'].isupper() else heads['spec']}", ""]
    out += [f"{i}.  {s}" for i, s in enumerate(spec_items(p, lang, r), 1)]
    out += ["", f"## {heads['cert'].title() if heads['cert'].isupper() else heads['cert']}", "",
            prose.CERT_FR if lang == "fr" else prose.CERT_EN, "", f"**{p['people'][1]}**", f"**{p['sup'][1]}**", ""]
    return "\n".join(out)


def render_text(p, lang, r):
    L = logical(p, lang, r, number="num")
    out = []
    for k, t in L:
        if k == "h":
            out += ["", t, ""]
        else:
            out.append(t)
    text = "\n".join(out).strip() + "\n"
    if p.get("cp1252"):
        text = text.replace("'", "\u2019")
        return text.replace("\n", "\r\n").encode("cp1252")
    return text.encode("utf-8")


# --- Word -------------------------------------------------------------------------------------------

def docx_bytes(build) -> bytes:
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = "HR Services", "HR Services", ""
    cp.created = cp.modified = dt.datetime(2020, 1, 1, 9, 0, 0)
    cp.revision = 1
    build(d)
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(p, lang, r):
    layout = p.get("layout", "table2")
    if layout == "copies":
        return docx_bytes(lambda d: (_docx_body(d, p, "en", r, "table2"), d.add_page_break(),
                                     _docx_body(d, _french(p), "fr", r, "table2")))
    return docx_bytes(lambda d: _docx_body(d, p, lang if lang != "bil" else "en", r, layout, bil=lang == "bil"))


def _french(p):
    q = dict(p)
    q["title"], q["sup"] = p["title_fr"], (p["sup"][0], p["sup_fr"], p["sup"][2])
    q["dept"] = "Agriculture et Agroalimentaire Canada"
    q["branch"], q["unit"] = "Sciences et technologie", "Centre pour la lutte antiparasitaire"
    q["loc"] = "Ottawa (Ontario)"
    q["ga"] = ("Le directeur est responsable des programmes qui donnent aux producteurs accès à de nouveaux outils de "
               "lutte antiparasitaire pour les cultures à faible superficie et qui réduisent les risques liés aux pesticides.")
    q["reports"] = [("Gestionnaire, Programme des pesticides à usage limité", "BI-04", 16),
                    ("Gestionnaire, Réduction des risques liés aux pesticides", "BI-04", 9)]
    q["topic"] = "lutte antiparasitaire"
    return q


def _docx_body(d, p, lang, r, layout, bil=False):
    form = r.choice(FR_FORMS if lang == "fr" else EN_FORMS)
    heads = dict(r.choice(FR_SECTIONS if lang == "fr" else EN_SECTIONS))
    order = ["ga", "org", "ns", "dims", "spec"]
    if layout == "numbered":
        for i, k in enumerate(order):
            heads[k] = f"{i + 1}. {heads[k]}"
    if layout == "lettered":
        for i, k in enumerate(order):
            heads[k] = f"{'ABCDE'[i]}. {heads[k]}"
    fields = header_fields(p, lang, form, r)
    if bil:
        fr_form = FR_FORMS[0]
        d.add_heading("Executive Work Description / Description de travail de cadre", 1)
        fr_labels = {form["title"]: fr_form["title"], form["cls"]: fr_form["cls"], form["job"]: fr_form["job"],
                     form["pos"]: fr_form["pos"], form["date"]: fr_form["date"], form["dept"]: fr_form["dept"],
                     form["branch"]: fr_form["branch"], form["unit"]: fr_form["unit"], form["loc"]: fr_form["loc"],
                     form["sup_num"]: fr_form["sup_num"], form["sup_title"]: fr_form["sup_title"],
                     form["sup_cls"]: fr_form["sup_cls"], form["reports"]: fr_form["reports"]}
        t = d.add_table(rows=0, cols=3)
        for k, v in fields:
            if k == form["title"]:
                v = f"{p['title']} / {p['title_fr']}"
            if k == form["sup_title"]:
                v = f"{p['sup'][1]} / {p['sup_fr']}"
            row = t.add_row().cells
            row[0].text, row[1].text, row[2].text = k, v, fr_labels.get(k, "")
    else:
        d.add_heading(form["head"], 1)
        if layout in ("table2", "cse", "lettered"):
            t = d.add_table(rows=0, cols=2)
            for k, v in fields:
                row = t.add_row().cells
                row[0].text, row[1].text = k + (":" if r.random() < 0.5 else ""), v
        else:  # label on one line, value on the next
            for k, v in fields:
                para = d.add_paragraph()
                para.add_run(k.upper() if r.random() < 0.5 else k).bold = True
                d.add_paragraph(v)
    if layout == "cse":
        d.add_heading("Résultats axés sur le service à la clientèle" if lang == "fr" else "Client Service Results", 2)
        d.add_paragraph((prose.CLIENT_RESULTS_FR if lang == "fr" else prose.CLIENT_RESULTS_EN).format(topic=p["topic"]))
        d.add_heading("Activités principales" if lang == "fr" else "Key Activities", 2)
        for s in (prose.KEY_ACTIVITIES_FR if lang == "fr" else prose.KEY_ACTIVITIES_EN):
            d.add_paragraph(s.format(topic=p["topic"], unit=p["unit"] if lang == "en" else "direction"), style="List Bullet")
    d.add_heading(heads["ga"], 2)
    d.add_paragraph(p["ga"])
    d.add_heading(heads["org"], 2)
    if p["sup_style"] == "sentence":
        d.add_paragraph(sup_sentence(p, lang, r))
    if p["rep_style"] == "table":
        d.add_paragraph("Relèvent du titulaire :" if lang == "fr" else "Direct reports:")
        t = d.add_table(rows=1, cols=3)
        hdr = ["Titre du poste", "Groupe et niveau", "ETP"] if lang == "fr" else ["Position title", "Group/Level", "FTEs"]
        for c, h in zip(t.rows[0].cells, hdr):
            c.text = h
        for title, cls, n in p["reports"]:
            row = t.add_row().cells
            row[0].text, row[1].text, row[2].text = title, f_cls(cls, r), str(n)
    elif p["rep_style"] == "prose":
        d.add_paragraph(reports_prose(p, lang, r))
    else:
        d.add_paragraph("Relèvent du titulaire :" if lang == "fr" else f"Reporting to the {p['title']}:")
        for x in p["reports"]:
            d.add_paragraph(report_line(x, lang, p["rep_style"], r, 0), style="List Bullet")
    d.add_heading(heads["ns"], 2)
    nat = prose.NATURE_FR if lang == "fr" else prose.NATURE_EN
    for s in r.sample(nat, 2):
        d.add_paragraph(s.format(dept=p["dept"].split(" / ")[0], unit=p["unit"] if lang == "en" else "direction"))
    d.add_heading(heads["dims"], 2)
    dl = dims_lines(p, lang, r)
    if r.random() < 0.5:
        t = d.add_table(rows=0, cols=2)
        for x in dl:
            k, _, v = x.partition(" : " if lang == "fr" else ": ")
            row = t.add_row().cells
            row[0].text, row[1].text = k, v
    else:
        for x in dl:
            d.add_paragraph(x)
    d.add_heading(heads["spec"], 2)
    for i, s in enumerate(spec_items(p, lang, r), 1):
        d.add_paragraph(f"{i}. {s}" if r.random() < 0.5 else s, style=None if r.random() < 0.5 else "List Number")
    d.add_heading(heads["cert"], 2)
    for x in sign_lines(p, lang, r):
        d.add_paragraph(x)


# --- documents to refuse ----------------------------------------------------------------------------

def refusals():
    r = random.Random(9001)
    memo = ("MEMORANDUM / NOTE DE SERVICE\r\n\r\nTO: Director General, Human Resources Operations\r\n"
            "FROM: Executive Director, Corporate Secretariat\r\nDATE: March 14, 2018\r\n"
            "SUBJECT: Signature of work descriptions - Corporate Secretariat reorganization\r\n\r\n"
            "Please find attached, for your signature, three work descriptions prepared following the "
            "reorganization of the Corporate Secretariat. Once signed, kindly return them to Nicole Armstrong "
            "so that the classification files can be closed before the end of the fiscal year.\r\n\r\n"
            "Attachments (3)\r\nc.c. Classification Services\r\n").encode("cp1252")
    poster = WRAP + ("ANNONCE DE POSSIBILITÉ D'EMPLOI Directeur(trice), Opérations régionales (EX-O1) "
                     "Services aux Autochtones Canada Région de l'Atlantique Amherst (Nouvelle-Écosse) "
                     "Numéro de référence : INA21J-019874-000123 Numéro du processus de sélection : 21-INA-ATL-EA-0456 "
                     "Qui est admissible : Personnes résidant au Canada et citoyens canadiens résidant à l'étranger. "
                     "Date limite : 2021-05-14 23h59, heure du Pacifique. Qualifications essentielles : Diplôme d'un "
                     "établissement d'enseignement postsecondaire reconnu. Expérience de la gestion de ressources humaines "
                     "et financières. Expérience de la prestation de conseils stratégiques à la haute direction. "
                     "Exigences linguistiques : Bilingue impératif CBC/CBC. Nous nous engageons à instaurer des processus "
                     "de sélection et un milieu de travail inclusifs et exempts d'obstacles. Personne-ressource : "
                     "Karine Doucet, dotation-atlantique@example.gc.ca\n")
    agreement = docx_bytes(lambda d: (
        d.add_heading("Executive Performance Agreement 2019-2020", 1),
        d.add_paragraph("Executive: Director, Market Access Secretariat (EX-01)"),
        d.add_paragraph("Supervisor: Director General, Market Access Secretariat"),
        d.add_heading("Commitments", 2),
        d.add_paragraph("1. Resolve at least five priority technical barriers to agri-food exports."),
        d.add_paragraph("2. Deliver the market access strategy to industry round tables by Q3."),
        d.add_heading("Leadership commitments", 2),
        d.add_paragraph("Foster a healthy, respectful workplace; complete mental health training."),
        d.add_heading("Ratings", 2),
        d.add_paragraph("Mid-year review: on track. Year-end rating: Succeeded."),
        d.add_paragraph("Signed: Walter Penner, 2020-05-29")))
    orgchart = ("# Organization chart - Consular Operations Bureau\n\n"
                "| Box | Reports to |\n|---|---|\n"
                "| Director General, Consular Operations (EX-03) | ADM, Consular, Security and Emergency Management |\n"
                "| Director, Consular Case Management (EX-01) | Director General |\n"
                "| Director, Consular Policy (EX-01) | Director General |\n"
                "| Director, Emergency Watch and Response Centre (EX-01) | Director General |\n\n"
                "Chart current as of 2019-06-01. Vacant boxes shown in grey in the original.\n")
    noise_chars = "il|!.:;,'`~-_ /\\()[]rnmI1lO0oec"
    noise = WRAP + "\n".join("".join(r.choice(noise_chars) for _ in range(r.randint(40, 110))) for _ in range(14)) + "\n"
    return [("Memo - signature of work descriptions.txt", memo, "text-cp1252", "en"),
            ("Annonce EX-01 Operations regionales Atlantique scan.txt", poster.encode("utf-8"), "ocr", "fr"),
            ("Performance agreement 2019-2020.docx", agreement, "docx", "en"),
            ("Consular Operations org chart.md", orgchart.encode("utf-8"), "markdown", "en"),
            ("scan_0047 unreadable.txt", noise.encode("utf-8"), "ocr", "en")]


# --- ground truth ------------------------------------------------------------------------------------

def truth(p, document):
    bil = p["lang"] == "bil"
    pos = None if p["pos"] in ("NEW", "TBD") else p["pos"]
    num, stitle, scls = p["sup"]
    if p["sup_style"] == "sentence":
        num = None
    reps = p["reports"]
    fields = {
        "title": [p["title"], p["title_fr"]] if bil else p["title"],
        "classification": p["cls"], "job_code": p["job"], "position_number": pos,
        "effective_date": dt.date.fromisoformat(p["date"]) if p["date"] else None,
        "supervisor": {"position_number": num, "title": [stitle, p["sup_fr"]] if bil else stitle, "classification": scls},
        "direct_reports": [{"title": t, "classification": None if p["rep_style"] == "list" else c, "fte": n}
                           for t, c, n in reps],
        "salary": p["sal"], "o_and_m": p["om"], "total": p["total"], "location": p["loc"],
    }
    not_stated = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
    not_stated += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    if p["rep_style"] == "list":
        not_stated.append("direct_reports.classification")
    return {"document": document, "kind": p["kind"] if not p.get("cp1252") else "text-cp1252",
            "language": p["lang"] if p["lang"] != "bil" else "bilingual", "outcome": "import", "fields": fields,
            "not_stated": not_stated,
            "also": {"fte": p["fte"], "operating_budget": None, "program_budget": p.get("program_budget"),
                     "provisional_number": p["pos"] if p["pos"] in ("NEW", "TBD") else None},
            "people": list(p["people"]), "versions": None}


def main() -> int:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for folder in (corpus, expected):
        folder.mkdir(exist_ok=True)
        for f in folder.iterdir():
            f.unlink()
    ocr_pages = 0
    for i, p in enumerate(POSITIONS):
        r = random.Random(2500 + i)
        lang = p["lang"]
        kind = p["kind"]
        if kind == "ocr":
            ocr_pages += 1
            pages = ocr_pages % 2 == 0
            if lang == "bil":  # an English copy, then the French one, in one scan
                en = render_ocr(p, "en", r, pages)
                q = dict(p, title=p["title_fr"], sup=(p["sup"][0], p["sup_fr"], p["sup"][2]), ga=(
                    "Le directeur est responsable des fonctions décrites dans la version anglaise ci-dessus, "
                    "dans les mêmes conditions et avec les mêmes ressources."), loc=p["loc"].replace("Gatineau, Quebec", "Gatineau (Québec)"))
                q["reports"] = p["reports"]
                fr = render_ocr(q, "fr", r, pages)
                data = (en + fr[len(WRAP):]).encode("utf-8")
            else:
                data = render_ocr(p, lang, r, pages).encode("utf-8")
            name = p["name"] + ".txt"
        elif kind == "ocr-columns":
            data, name = render_columns(p, lang, r).encode("utf-8"), p["name"] + ".txt"
        elif kind == "markdown":
            data, name = render_markdown(p, lang, r).encode("utf-8"), p["name"] + ".md"
        elif kind == "text":
            data, name = render_text(p, lang, r), p["name"] + ".txt"
        else:
            data, name = render_docx(p, lang, r), p["name"] + ".docx"
        (corpus / name).write_bytes(data)
        doc = truth(p, name)
        (expected / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    for name, data, kind, lang in refusals():
        (corpus / name).write_bytes(data)
        doc = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
               "not_stated": [], "also": None, "people": [], "versions": None}
        (expected / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
