"""Generate blind corpus 157: work descriptions typed and re-typed by many hands (human errors, not OCR only).

Run from the repository root:  /work/main/.venv/bin/python bench/import/blind157/make_blind.py
Writes corpus/ and expected/ beside this file, the same bytes on every run.
"""
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
import docx
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

rng = random.Random(157)

BRANCHES = [("Strategic and Service Policy", "Politique stratégique et de service"),
            ("Programs and Operations", "Programmes et opérations"),
            ("Corporate Services", "Services ministériels"),
            ("Science and Innovation", "Sciences et innovation"),
            ("Regional Operations", "Opérations régionales"),
            ("Skills and Employment", "Compétences et emploi")]


# ---------------------------------------------------------------- value notations

def fmt_class(c, r, plain=False):
    if plain or c.count("-") != 1:
        return c
    g, n = c.split("-")
    return r.choice([c, c, f"{g} -{n}", f"{g}- {n}", f"{g} {n}", c.lower(), f"{g}-{int(n)}", f"{g}{n}",
                     f"{g.capitalize()}-{n}"])


def fmt_amount(v, lang, r, stray=False):
    s = f"{v:,}"
    if lang == "fr":
        sp = r.choice([" ", " ", "\u00a0"])
        body = s.replace(",", sp)
        forms = [f"{body} $", f"{body}$", f"{body},00 $"]
        if v % 10000 == 0:
            forms.append(f"{v / 1e6:.2f}".replace(".", ",") + " M$")
        out = r.choice(forms)
        if stray:
            out = out.replace(sp, "", 1)  # a missing space: "1234 000 $"
        return out
    forms = [f"${s}", f"$ {s}", f"${s}.00", f"$ {s.replace(',', ' ')}"]
    if v % 10000 == 0:
        forms += [f"${v / 1e6:.2f}M", f"${v / 1e6:.2f} million"]
    out = r.choice(forms)
    if stray:
        digits = f"{v:,}"
        cut = r.randrange(1, len(digits) - 1)
        if digits[cut - 1] == "," or digits[cut] == ",":
            cut = 1
        out = "$ " + digits[:cut] + " " + digits[cut:]
    return out


def fmt_date(d, lang, r):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return r.choice([f"{day} {T.MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(),
                         f"le {day} {T.MONTHS_FR[d.month - 1]} {d.year}", f"{d.day} {T.MONTHS_FR[d.month - 1]} {d.year}"])
    m = T.MONTHS_EN[d.month - 1]
    return r.choice([f"{m} {d.day}, {d.year}", f"{m} {d.day} {d.year}", f"{d.day} {m}, {d.year}", d.isoformat(),
                     f"{d.year}/{d.month:02d}/{d.day:02d}", f"{m[:3]}. {d.day}, {d.year}", f"{m.lower()} {d.day}, {d.year}"])


def casing(label, r):
    return r.choice([label, label, label, label.upper(), label.lower(), label.title()])


# ---------------------------------------------------------------- positions

def person(r, used):
    while True:
        n = f"{r.choice(T.GIVEN)} {r.choice(T.FAMILY)}"
        if n not in used:
            used.add(n)
            return n


USED_NAMES: set[str] = set()
USED_NUMBERS: set[str] = set()


def number(r, digits):
    while True:
        s = "".join(r.choice("0123456789") for _ in range(digits))
        if s[0] != "0" and s not in USED_NUMBERS:
            USED_NUMBERS.add(s)
            return s


def make_position(i, lang, r):
    dept = r.choice(T.DEPARTMENTS)
    topic = T.TOPICS[i]
    level = r.choice(["dir", "dir", "dir", "ed", "dg", "dg"])
    fem = r.random() < 0.4
    pre_en = {"dir": "Director, ", "ed": "Executive Director, ", "dg": "Director General, "}[level]
    pre_fr = {"dir": ("Directrice, " if fem else "Directeur, "),
              "ed": ("Directrice exécutive, " if fem else "Directeur exécutif, "),
              "dg": ("Directrice générale, " if fem else "Directeur général, ")}[level]
    cls = {"dir": "EX-01", "ed": "EX-02", "dg": "EX-03"}[level]
    branch = r.choice(BRANCHES)
    other = T.TOPICS[(i + 17) % len(T.TOPICS)]
    if level == "dg" or (level == "ed" and r.random() < 0.5):
        sup = {"title_en": "Assistant Deputy Minister, " + branch[0], "title_fr": "Sous-ministre adjoint, " + branch[1],
               "classification": "EX-04"}
    else:
        sup = {"title_en": "Director General, " + other[0], "title_fr": "Directeur général, " + other[1],
               "classification": "EX-03"}
    sup["position_number"] = number(r, r.choice([5, 6])) if r.random() < 0.5 else None
    place = r.choice(T.PLACES[:4] if level == "dg" else T.PLACES)
    reports = []
    n = r.randint(2, 5)
    if level == "dg":
        for t in r.sample(T.TOPICS, n):
            reports.append({"title_en": "Director, " + t[0], "title_fr": "Directeur, " + t[1],
                            "classification": "EX-01", "fte": r.randint(18, 95)})
    else:
        for tt, c in r.sample(T.REPORTS_EN, n):
            fte = r.randint(4, 40)
            if tt == "Senior Advisor" and r.random() < 0.6:
                fte = None
            reports.append({"title_en": tt.format(t=topic[0]), "title_fr": T.REPORTS_FR[tt].format(t=topic[1]),
                            "classification": c, "fte": fte})
    if r.random() < 0.12:
        for rep in reports:
            if r.random() < 0.5:
                rep["classification"] = None
    salary = r.randrange(90, 1400) * 10000
    om = r.randrange(15, 600) * 10000
    p = {
        "i": i, "lang": lang, "dept": dept, "level": level, "topic": topic,
        "title_en": pre_en + topic[0], "title_fr": pre_fr + topic[1], "classification": cls,
        "position_number": number(r, r.choice([5, 6, 6, 8])) if r.random() > 0.12 else None,
        "job_code": number(r, 6) if r.random() > 0.3 else None,
        "effective_date": dt.date(r.randint(2012, 2024), r.randint(1, 12), r.randint(1, 28)) if r.random() > 0.1 else None,
        "sup": sup, "reports": reports, "salary": salary, "o_and_m": om,
        "total_stated": r.random() < 0.7, "location": place, "other": other,
        "fte_stated": r.random() < 0.5,
        "incumbent": person(r, USED_NAMES) if r.random() < 0.8 else None,
        "approver": person(r, USED_NAMES), "classifier": person(r, USED_NAMES),
        "typist": person(r, USED_NAMES) if r.random() < 0.35 else None,
    }
    p["fte_total"] = sum(x["fte"] or 0 for x in reports) + r.choice([1, 2])
    return p


# ---------------------------------------------------------------- document model

def label(key, lang, r):
    if lang == "en":
        return casing(r.choice(T.LABELS_EN[key]), r)
    if lang == "fr":
        return casing(r.choice(T.LABELS_FR[key]), r)
    return f"{r.choice(T.LABELS_EN[key])} / {r.choice(T.LABELS_FR[key])}"


def tr(p, lang, en, fr):
    return en if lang == "en" else fr if lang == "fr" else f"{en} / {fr}"


def build(p, r, quirks, variant=None):
    """Blocks: ("h1", s) ("h2", s) ("kv", label, value) ("p", s) ("bul", [s]) ("table", header, rows) ("note", s)."""
    lang = p["lang"]
    L = lambda k: label(k, lang, r)  # noqa: E731
    B = []
    title = tr(p, lang, p["title_en"], p["title_fr"])
    dept = tr(p, lang, p["dept"][0], p["dept"][1])
    B.append(("h1", r.choice([dept, p["dept"][2]])))
    B.append(("h1", tr(p, lang, r.choice(["Work Description", "Executive Work Description", "Job Description",
                                          "WORK DESCRIPTION - EXECUTIVE"]),
                       r.choice(["Description de travail", "Description de travail - cadre", "Description de poste"]))))
    cls_shown = fmt_class(p["classification"], r)
    fields = []
    fields.append(("title", title))
    if "class_correction" in quirks:
        fields.append(("classification", p["sup"]["classification"]))
    else:
        fields.append(("classification", cls_shown))
    pn, jc = p["position_number"], p["job_code"]
    if "wrong_heading" in quirks:
        fields.append(("position_number", jc))
    elif pn:
        fields.append(("position_number", r.choice([pn, pn, f"# {pn}", f"{pn} "])))
    if jc and "wrong_heading" not in quirks:
        fields.append(("job_code", jc))
    if p["effective_date"]:
        fields.append(("effective_date", fmt_date(p["effective_date"], "fr" if lang == "fr" else "en", r)))
    loc = tr(p, lang, p["location"][0], p["location"][1]) if lang != "bilingual" else p["location"][0]
    fields.append(("location", loc))
    if r.random() < 0.5:
        fields.append(("department", dept))
    sup_layout = r.choice(["fields", "combined", "sentence"])
    s = p["sup"]
    sup_title = tr(p, lang, s["title_en"], s["title_fr"])
    if sup_layout == "fields":
        fields.append(("sup_title", sup_title))
        fields.append(("sup_class", fmt_class(s["classification"], r)))
        if s["position_number"]:
            fields.append(("sup_pos", s["position_number"]))
    elif sup_layout == "combined":
        fields.append(("sup_title", f"{sup_title} ({fmt_class(s['classification'], r)})"))
        if s["position_number"]:
            fields.append(("sup_pos", s["position_number"]))
    head, rest = fields[:1], fields[1:]
    if r.random() < 0.6:
        r.shuffle(rest)
    else:
        r.shuffle(fields)
        head, rest = [], fields
    for k, v in head + rest:
        B.append(("kv", L(k), v))
    if "class_correction" in quirks:
        B.append(("note", tr(p, lang,
                             f"NOTE: {p['sup']['classification']} above is the supervisor's level, typed in error - "
                             f"this position is classified {cls_shown}.",
                             f"NOTE : {p['sup']['classification']} est le niveau du superviseur, inscrit par erreur; "
                             f"le poste est classifié {cls_shown}.")))
    if "wrong_heading" in quirks:
        B.append(("note", tr(p, lang,
                             f"Correction: the number entered above as the position number is the job code ({jc}). "
                             f"The position number is {pn}.",
                             f"Correction : le numéro inscrit ci-dessus comme numéro du poste est le code d'emploi "
                             f"({jc}). Le numéro du poste est {pn}.")))
    # General accountability
    B.append(("h2", tr(p, lang, r.choice(["General Accountability", "General Acountability", "GENERAL ACCOUNTABILITY"]),
                       r.choice(["Responsabilité générale", "Responsabilites generales"]))))
    ga_title_en = p["title_en"]
    ga_title_fr = p["title_fr"]
    if "leftover_ga" in quirks:
        o = p["other"]
        ga_title_en, ga_title_fr = "Director, " + o[0], "Directeur, " + o[1]
    if lang in ("en", "bilingual"):
        B.append(("p", T.GA_EN.format(title=ga_title_en, topic=p["topic"][0].lower())))
    if lang in ("fr", "bilingual"):
        B.append(("p", T.GA_FR.format(title=ga_title_fr, topic=p["topic"][1].lower())))
    # Organization
    B.append(("h2", tr(p, lang, r.choice(["Organization Structure", "Organizational Structure", "Organisation"]),
                       "Structure organisationnelle")))
    if sup_layout == "sentence":
        pos_bit = f", position {s['position_number']}" if s["position_number"] else ""
        pos_fr = f", poste {s['position_number']}" if s["position_number"] else ""
        en = f"The position reports to the {s['title_en']} ({fmt_class(s['classification'], r)}{pos_bit})."
        fr = f"Le poste relève du {s['title_fr']} ({fmt_class(s['classification'], r)}{pos_fr})."
        if lang in ("en", "bilingual"):
            B.append(("p", en))
        if lang in ("fr", "bilingual"):
            B.append(("p", fr))
    rl = r.choice(["table", "bullets", "prose", "numbered"])
    reps = p["reports"]

    def rt(x):
        return x["title_en"] if lang != "fr" else x["title_fr"]

    def rfte(x, short=False):
        if x["fte"] is None:
            return r.choice(["-", "n/a", "0 (no staff)"]) if lang != "fr" else r.choice(["-", "s.o."])
        return str(x["fte"]) if short else r.choice([f"{x['fte']} FTEs", f"{x['fte']} FTE", f"{x['fte']} fte's"]) \
            if lang != "fr" else f"{x['fte']} ETP"

    def rcls(x):
        return fmt_class(x["classification"], r) if x["classification"] else r.choice(["", "TBD", "?"])

    intro = tr(p, lang, r.choice(["Direct reports:", "The following positions report directly to the position:",
                                  "Reporting Positions"]), "Postes subordonnés :")
    B.append(("p", intro))
    if rl == "table":
        hdr = [tr(p, lang, r.choice(["Position", "Positon Title", "Title"]), "Poste"),
               tr(p, lang, r.choice(["Grp/Lvl", "Group-Level", "Classification"]), "Groupe/niveau"),
               tr(p, lang, r.choice(["FTE", "FTE's", "# FTEs"]), "ETP")]
        B.append(("table", hdr, [[rt(x), rcls(x), rfte(x, True)] for x in reps]))
    elif rl == "bullets":
        items = []
        for x in reps:
            c = rcls(x)
            c = f" ({c})" if c else ""
            items.append(r.choice([f"{rt(x)}{c} - {rfte(x)}", f"{rt(x)}{c}, {rfte(x)}"]))
        B.append(("bul", items))
    elif rl == "numbered":
        for n, x in enumerate(reps, 1):
            B.append(("kv", tr(p, lang, f"Direct Report {n}", f"Subordonné {n}"),
                      f"{rt(x)} | {rcls(x) or '-'} | {rfte(x)}"))
    else:
        parts = []
        for x in reps:
            c = rcls(x)
            bits = ", ".join(b for b in [c, rfte(x) if x["fte"] is not None else ""] if b)
            parts.append(f"the {rt(x)}" + (f" ({bits})" if bits else "") if lang != "fr"
                         else f"le {rt(x)}" + (f" ({bits})" if bits else ""))
        sent = "; ".join(parts[:-1]) + ("; and " if lang != "fr" else "; et ") + parts[-1]
        B.append(("p", tr(p, "en" if lang != "fr" else "fr",
                          f"Reporting to the position are {sent}.", f"Relèvent du poste : {sent}.")))
    # Nature and scope
    B.append(("h2", tr(p, lang, r.choice(["Nature and Scope", "Nature & Scope", "Nature and Scoope"]),
                       "Nature et étendue")))
    if lang in ("en", "bilingual"):
        B.append(("p", T.NS_EN))
    if lang in ("fr", "bilingual"):
        B.append(("p", T.NS_FR))
    # Specific accountabilities
    B.append(("h2", tr(p, lang, "Specific Accountabilities", "Responsabilités particulières")))
    items = r.sample(range(5), 3)
    B.append(("bul", [T.SA_EN[k] if lang == "en" else T.SA_FR[k] if lang == "fr" else
                      f"{T.SA_EN[k]} / {T.SA_FR[k]}" for k in items]))
    # Dimensions
    B.append(("h2", tr(p, lang, r.choice(["Dimensions", "Dimentions", "DIMENSIONS"]), "Dimensions")))
    sal, om = p["salary"], p["o_and_m"]
    total = sal + om
    al = "fr" if lang == "fr" else "en"
    stray_at = r.choice(["sal", "om", "tot", None, None])
    sal_s = fmt_amount(sal, al, r, stray_at == "sal")
    om_s = fmt_amount(om, al, r, stray_at == "om")
    tot_s = fmt_amount(total, al, r, stray_at == "tot")
    shown_sal, shown_om = (om_s, sal_s) if "swapped" in quirks else (sal_s, om_s)
    bl = r.choice(["kv", "kv", "table", "prose"])
    if bl == "prose" and "swapped" in quirks:
        bl = "kv"
    if bl == "kv":
        B.append(("kv", L("salary"), shown_sal))
        B.append(("kv", L("o_and_m"), shown_om))
        if p["total_stated"]:
            B.append(("kv", L("total"), tot_s))
    elif bl == "table":
        rows = [[L("salary"), shown_sal], [L("o_and_m"), shown_om]]
        if p["total_stated"]:
            rows.append([L("total"), tot_s])
        B.append(("table", [tr(p, lang, "Budget", "Budget"), tr(p, lang, "Amount", "Montant")], rows))
    else:
        if lang == "fr":
            t = f" (total de {tot_s})" if p["total_stated"] else ""
            B.append(("p", f"Le poste gère un budget de salaires de {sal_s} et un budget de fonctionnement et "
                           f"d'entretien de {om_s}{t}."))
        else:
            t = f", for a total of {tot_s}" if p["total_stated"] else ""
            B.append(("p", f"The position manages a salary budget of {sal_s} and an O&M budget of {om_s}{t}."))
            if lang == "bilingual":
                t = f" (total de {tot_s})" if p["total_stated"] else ""
                B.append(("p", f"Le poste gère un budget de salaires de {sal_s} et un budget de F et E de {om_s}{t}."))
    if "swapped" in quirks:
        B.append(("note", tr(p, lang, f"Correction: the salary and O&M amounts were entered on the wrong lines. "
                                      f"Salary is {sal_s}; O&M is {om_s}.",
                             f"Correction : les montants des salaires et du F et E ont été inversés. Salaires : "
                             f"{sal_s}; F et E : {om_s}.")))
    if p["fte_stated"]:
        B.append(("kv", L("fte"), str(p["fte_total"])))
    if "leftover_block" in quirks:
        o = p["other"]
        B.append(("p", tr(p, lang, "*** text below copied from the Director, " + o[0] + " description - DELETE ***",
                          "*** texte ci-dessous copié de la description du Directeur, " + o[1] + " - À SUPPRIMER ***")))
        fake = p["leftover_fake"]
        B.append(("kv", L("title"), tr(p, lang, "Director, " + o[0], "Directeur, " + o[1])))
        B.append(("kv", L("position_number"), fake["pn"]))
        B.append(("kv", L("salary"), fmt_amount(fake["sal"], al, r)))
    # signatures
    B.append(("h2", tr(p, lang, r.choice(["Signatures", "Approvals", "Sign-off"]), "Signatures")))
    if p["incumbent"]:
        B.append(("kv", tr(p, lang, r.choice(["Incumbent", "Incumbant", "Employee"]), "Titulaire"), p["incumbent"]))
    B.append(("kv", tr(p, lang, r.choice(["Approved by", "Aproved by", "Supervisor signature"]), "Approuvé par"),
              f"{p['approver']}, {sup_title}"))
    B.append(("kv", tr(p, lang, r.choice(["Classified by", "Classification advisor", "Clasified by"]),
                       "Classifié par"), p["classifier"]))
    if p["typist"]:
        B.append(("p", tr(p, lang, f"Typed by {p['typist']} from the previous version.",
                          f"Dactylographié par {p['typist']} à partir de la version précédente.")))
    return B


# ---------------------------------------------------------------- renderers

def names_of(p):
    return [n for n in [p.get("incumbent"), p.get("approver"), p.get("classifier"), p.get("typist")] if n]


def to_lines(blocks, r, wrap=None, style="plain"):
    out = []
    sep = r.choice([": ", ":  ", " : ", ":\t", ": "])
    for b in blocks:
        if b[0] == "h1":
            out += [b[1].upper() if style == "caps" else b[1], ""]
        elif b[0] == "h2":
            out += ["", b[1].upper() if style in ("caps", "plain") and r.random() < 0.5 else b[1], ""]
        elif b[0] == "kv":
            out.append(f"{b[1]}{sep}{b[2]}")
        elif b[0] in ("p", "note"):
            lines = textwrap.wrap(b[1], wrap) if wrap else [b[1]]
            out += lines + [""]
        elif b[0] == "bul":
            mark = r.choice(["- ", "* ", "o ", "• "])
            for it in b[1]:
                if wrap:
                    w = textwrap.wrap(it, wrap - 2)
                    out += [mark + w[0]] + ["  " + x for x in w[1:]]
                else:
                    out.append(mark + it)
            out.append("")
        elif b[0] == "table":
            rows = [b[1]] + b[2]
            widths = [max(len(rw[k]) for rw in rows) for k in range(len(b[1]))]
            for rw in rows:
                out.append("   ".join(c.ljust(w) for c, w in zip(rw, widths)).rstrip())
            out.append("")
    return out


def to_markdown(blocks, r):
    out = []
    kvs = r.choice(["bold", "bullet", "plain"])
    for b in blocks:
        if b[0] == "h1":
            out += [("# " if not out else "## ") + b[1], ""]
        elif b[0] == "h2":
            out += ["", "### " + b[1], ""]
        elif b[0] == "kv":
            out.append({"bold": f"**{b[1]}:** {b[2]}  ", "bullet": f"- **{b[1]}**: {b[2]}",
                        "plain": f"{b[1]}: {b[2]}  "}[kvs])
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "note":
            out += ["> " + b[1], ""]
        elif b[0] == "bul":
            out += [f"* {x}" for x in b[1]] + [""]
        elif b[0] == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "---|" * len(b[1]))
            out += ["| " + " | ".join(rw) + " |" for rw in b[2]]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


FIXED = dt.datetime(2020, 1, 1, 0, 0, 0)


def to_docx(blocks, r):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "HR"
    cp.last_modified_by = "HR"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    form_table = r.random() < 0.4
    pending = []

    def flush():
        if pending:
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in pending:
                c = t.add_row().cells
                c[0].text = k
                c[1].text = v
            pending.clear()
    for b in blocks:
        if b[0] == "kv" and form_table:
            pending.append((b[1], b[2]))
            continue
        flush()
        if b[0] == "h1":
            d.add_heading(b[1], level=1)
        elif b[0] == "h2":
            d.add_heading(b[1], level=2)
        elif b[0] == "kv":
            para = d.add_paragraph()
            para.add_run(b[1] + ":").bold = True
            para.add_run(" " + b[2])
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "note":
            para = d.add_paragraph()
            run = para.add_run(b[1])
            run.italic = True
            run.font.size = Pt(9)
        elif b[0] == "bul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif b[0] == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b[1]):
                c.text = h
            for rw in b[2]:
                for c, v in zip(t.add_row().cells, rw):
                    c.text = v
    flush()
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def to_pdf(lines, header=None):
    pages, cur = [], []
    for ln in lines:
        cur.append(ln)
        if len(cur) >= 62:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    out = []
    for k, pg in enumerate(pages, 1):
        body = ([header, ""] if header else []) + pg + ["", f"Page {k} of {len(pages)}"]
        out.append("\n".join(body))
    return pdf_bytes(out)


# ---------------------------------------------------------------- OCR damage

DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
LETTER = [("m", "rn"), ("d", "cl"), ("e", "c"), ("i", "l"), ("h", "b"), ("n", "u"), ("rn", "m"), ("t", "l")]


def damage_line(line, strength, r, names):
    if any(n in line for n in names):
        return line
    pd = {"light": 0.25, "middling": 0.45, "heavy": 0.7}[strength]
    pl = {"light": 0.02, "middling": 0.05, "heavy": 0.09}[strength]
    pj = {"light": 0.01, "middling": 0.03, "heavy": 0.06}[strength]
    allowed = "0158" if strength == "light" else "015862"
    chars = []
    for ch in line:
        if ch in allowed and r.random() < pd:
            chars.append(DIGIT[ch])
        else:
            chars.append(ch)
    line = "".join(chars)
    words = line.split(" ")
    for k, w in enumerate(words):
        if w and r.random() < pl:
            a, b = r.choice(LETTER)
            if a in w:
                words[k] = w.replace(a, b, 1)
    out = words[0] if words else ""
    for w in words[1:]:
        out += ("" if (r.random() < pj and out and w and out[-1].isalpha() and w[0].isalpha()) else " ") + w
    return out


def ocr_text(lines, strength, r, names, dept_short, lang):
    dmg = [damage_line(ln, strength, r, names) for ln in lines]
    wrapped = []
    for ln in dmg:
        if len(ln) <= 72:
            wrapped.append(ln)
            continue
        rest = ln
        while len(rest) > 72:
            cut = rest.rfind(" ", 0, 72)
            if cut < 30:
                cut = 72
            nxt = rest[cut:].lstrip()
            word = nxt.split(" ")[0] if nxt else ""
            if word.isalpha() and len(word) > 7 and r.random() < 0.3 and cut + 5 < 72:
                h = len(word) // 2
                wrapped.append(rest[:cut] + " " + word[:h] + "-")
                rest = word[h:] + nxt[len(word):]
            else:
                wrapped.append(rest[:cut])
                rest = nxt
        wrapped.append(rest)
    head = f"{dept_short}    " + ("DESCRIPTION DE TRAVAIL" if lang == "fr" else "WORK DESCRIPTION")
    per = 48
    pages = [wrapped[k:k + per] for k in range(0, len(wrapped), per)]
    out = []
    for k, pg in enumerate(pages, 1):
        foot = f"Page {k} de {len(pages)}" if lang == "fr" else f"Page {k} of {len(pages)}"
        out += [damage_line(head, strength, r, []), ""] + pg + ["", damage_line(foot, "light", r, []), "\f"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- plan

KINDS = (["docx"] * 7 + ["pdf"] * 7 + ["ocr"] * 8 + ["text"] * 7 + ["text-cp1252"] * 7 + ["markdown"] * 7)
LANGS = (["en"] * 24 + ["fr"] * 10 + ["bilingual"] * 9)
QUIRKS = ["wrong_heading", "swapped", "class_correction", "leftover_ga", "leftover_block"]


def file_name(p, kind, r, used):
    ext = {"docx": ".docx", "pdf": ".pdf", "ocr": ".txt", "text": ".txt", "text-cp1252": ".txt",
           "markdown": ".md"}[kind]
    t = p["title_fr"] if p["lang"] == "fr" else p["title_en"]
    short = p["topic"][1] if p["lang"] == "fr" else p["topic"][0]
    yr = p["effective_date"].year if p["effective_date"] else 2019
    if kind == "ocr":
        opts = [f"scan_{r.randint(100, 9999)}", f"Numérisation {r.randint(1, 300):04d}", f"SCAN{r.randint(10000, 99999)}",
                f"{short} WD scanned"]
    else:
        opts = [t, f"WD - {t}", f"{t} ({p['classification']})", f"{short} work description {yr}",
                f"{t} - FINAL, revised", f"{p['dept'][2]}_{short.replace(' ', '_')}_WD", f"{t} rev {yr}"]
        if p["lang"] == "fr":
            opts += [f"DT - {t}", f"description de travail {short.lower()}"]
    while True:
        n = r.choice(opts) + ext
        if n not in used:
            used.add(n)
            return n


def truth_fields(p, lang):
    fr = lang == "fr"
    s = p["sup"]
    f = {
        "title": p["title_fr"] if fr else p["title_en"],
        "classification": p["classification"],
        "job_code": p["job_code"],
        "position_number": p["position_number"],
        "effective_date": p["effective_date"],
        "supervisor": {"position_number": s["position_number"],
                       "title": s["title_fr"] if fr else s["title_en"],
                       "classification": s["classification"]},
        "direct_reports": [{"title": x["title_fr"] if fr else x["title_en"], "classification": x["classification"],
                            "fte": x["fte"]} for x in p["reports"]],
        "salary": p["salary"], "o_and_m": p["o_and_m"],
        "total": p["salary"] + p["o_and_m"] if p["total_stated"] else None,
        "location": p["location"][1] if fr else p["location"][0],
    }
    ns = [k for k in ["job_code", "position_number", "effective_date", "total"] if f[k] is None]
    if s["position_number"] is None:
        ns.append("supervisor.position_number")
    return f, ns


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    kinds = KINDS[:]
    langs = LANGS[:]
    rng.shuffle(kinds)
    rng.shuffle(langs)
    # the signed version is a PDF; its draft a Word file
    positions = [make_position(i, langs[i], rng) for i in range(43)]
    for p in positions:
        p["leftover_fake"] = {"pn": number(rng, 6), "sal": rng.randrange(90, 1400) * 10000}
    # one Director whose supervisor (a DG) is in the corpus
    dg = next(p for p in positions if p["level"] == "dg" and p["position_number"] and p["lang"] == "en")
    sub = next(p for p in positions if p["level"] == "dir" and p["lang"] == "en" and p is not dg)
    sub["sup"] = {"title_en": dg["title_en"], "title_fr": dg["title_fr"], "classification": "EX-03",
                  "position_number": dg["position_number"]}
    sub["dept"] = dg["dept"]
    used = set()
    docs = []  # (name, kind, lang, position, quirks, damage, bytes)
    ver_idx = kinds.index("pdf")
    copy_idx = kinds.index("text-cp1252")
    for i, p in enumerate(positions):
        kind, lang = kinds[i], p["lang"]
        r = random.Random(157000 + i)
        q = r.sample(QUIRKS, r.choice([0, 1, 1, 2]))
        if "wrong_heading" in q and not (p["position_number"] and p["job_code"]):
            q.remove("wrong_heading")
        p["quirks"] = q
        p["kind"] = kind
    # make sure each quirk appears at least a few times
    for k, qk in enumerate(QUIRKS):
        for j in range(k, 43, 9):
            p = positions[j]
            if qk == "wrong_heading" and not (p["position_number"] and p["job_code"]):
                continue
            if qk not in p["quirks"] and len(p["quirks"]) < 3:
                p["quirks"].append(qk)
    for p in positions:
        p["quirks"].sort(key=QUIRKS.index)
    versions = {}
    ocr_seen = [0]
    for i, p in enumerate(positions):
        kind, lang = p["kind"], p["lang"]
        r = random.Random(157500 + i)
        entries = []
        if i == ver_idx:
            # older draft: one report fewer, lower budget, earlier date
            old = dict(p)
            old["reports"] = p["reports"][:-1] if len(p["reports"]) > 2 else p["reports"]
            if len(p["reports"]) == 2:
                p["reports"] = p["reports"] + [{"title_en": "Senior Advisor", "title_fr": "Conseiller principal",
                                                "classification": "EC-07", "fte": None}]
            old["salary"] = p["salary"] - 420000 if p["salary"] > 600000 else p["salary"]
            p["salary"] = old["salary"] + 420000 if p["salary"] <= 600000 else p["salary"]
            old["o_and_m"] = p["o_and_m"] - 60000 if p["o_and_m"] > 200000 else p["o_and_m"] + 60000
            old["effective_date"] = dt.date(2019, 6, 3)
            p["effective_date"] = dt.date(2020, 2, 17)
            old["fte_total"] = sum(x["fte"] or 0 for x in old["reports"]) + 1
            p["fte_total"] = sum(x["fte"] or 0 for x in p["reports"]) + 1
            t = p["title_fr"] if lang == "fr" else p["title_en"]
            oname = f"DRAFT - {t} v2.docx"
            nname = f"{t} - signed.pdf"
            used.update([oname, nname])
            entries.append((oname, "docx", old, random.Random(157900)))
            entries.append((nname, "pdf", p, r))
            versions[p["i"]] = (oname, nname)
        else:
            entries.append((file_name(p, kind, r, used), kind, p, r))
        for name, k, pp, rr in entries:
            blocks = build(pp, rr, pp["quirks"])
            damage = None
            if k == "docx":
                data = to_docx(blocks, rr)
            elif k == "pdf":
                lines = to_lines(blocks, rr, wrap=100, style="caps")
                data = to_pdf(lines, header=rr.choice([None, f"{pp['dept'][2]}   Work Description / Description de travail"]))
            elif k == "markdown":
                data = to_markdown(blocks, rr).encode("utf-8")
            elif k == "text":
                data = ("\n".join(to_lines(blocks, rr, wrap=rr.choice([None, 80]))) + "\n").encode("utf-8")
            elif k == "text-cp1252":
                s = "\r\n".join(to_lines(blocks, rr, wrap=rr.choice([None, 90]))) + "\r\n"
                s = s.replace("'", "\u2019").replace("\u2022", "-")
                data = s.encode("cp1252")
            else:
                damage = ["light", "middling", "heavy"][ocr_seen[0] % 3]
                ocr_seen[0] += 1
                lines = to_lines(blocks, rr, wrap=None, style="caps")
                data = ocr_text(lines, damage, rr, names_of(pp), pp["dept"][2], lang).encode("utf-8")
            docs.append((name, k, lang, pp, damage, data))
            if i == copy_idx:
                cname = name[:-4] + " (1).txt"
                used.add(cname)
                docs.append((cname, k, lang, pp, damage, data))
                versions[p["i"]] = (name, cname)
    for name, k, lang, pp, damage, data in docs:
        (corpus / name).write_bytes(data)
        f, ns = truth_fields(pp, lang)
        also = {"department": pp["dept"][0] if lang != "fr" else pp["dept"][1]}
        if lang == "bilingual":
            also["title_fr"] = pp["title_fr"]
        if pp["fte_stated"]:
            also["fte"] = pp["fte_total"]
        if damage:
            also["damage"] = damage
        if pp["quirks"]:
            also["quirks"] = list(pp["quirks"])
        if pp is sub:
            also["reports_to_in_corpus"] = next(d[0] for d in docs if d[3] is dg)
        if pp is dg:
            also["supervises_in_corpus"] = next(d[0] for d in docs if d[3] is sub)
        if "leftover_block" in pp["quirks"] or "leftover_ga" in pp["quirks"]:
            also["leftover_from"] = ("Directeur, " + pp["other"][1]) if lang == "fr" else ("Director, " + pp["other"][0])
        ver = None
        if pp["i"] in versions:
            a, b = versions[pp["i"]]
            if b.endswith("signed.pdf"):
                ver = {"documents": [a, b], "newest": b, "same_text": False,
                       "note": "the signed version adds a direct report, raises the salary budget by $420,000, "
                               "changes the O&M budget and has a later effective date"}
            else:
                ver = {"documents": [a, b], "newest": a, "same_text": True,
                       "note": "a '(1)' copy with identical bytes"}
        doc = {"document": name, "kind": k, "language": lang, "outcome": "import", "fields": f,
               "not_stated": ns, "also": also, "people": names_of(pp), "versions": ver}
        write_truth(expected, doc)
    refusals(corpus, expected)


def write_truth(expected, doc):
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120)
    (expected / (doc["document"] + ".expected.yaml")).write_text(text, encoding="utf-8")


def refusals(corpus, expected):
    r = random.Random(157777)
    ppl = [person(r, USED_NAMES) for _ in range(10)]
    # 1. cp1252 memo
    memo = (f"MEMORANDUM\r\n\r\nTo:      All Directors, Programs and Operations\r\nFrom:    {ppl[0]}, Director General, "
            f"Fleet Services\r\nDate:    March 14, 2024\r\nSubject: Updating work descriptions \u2013 Salery and O&M lines\r\n\r\n"
            f"As discussed at the the management table, each director\u2019s work description must be re-typed in the "
            f"new template before April 1. Please make sure the \u201cPosition Number\u201d and \u201cGrp/Lvl\u201d boxes "
            f"are filled in (e.g. Director, Fleet Maintenance, EX-01, position 604417, salary $2,140,000, O&M "
            f"$610,000).\r\n\r\nQuestions to {ppl[1]}, HR Advisor.\r\n\r\n{ppl[0]}\r\n").encode("cp1252")
    # 2. French Word letter
    d = [("h1", "Transports Canada"), ("p", "Gatineau, le 9 septembre 2023"), ("p", f"Madame {ppl[2]}"),
         ("p", "Objet : Nomination intérimaire – Directrice, Sécurité ferroviaire (EX-01, no du poste 739120)"),
         ("p", "Madame, j'ai le plaisir de vous confirmer votre nomination intérimaire au poste de Directrice, Sécurité "
               "ferroviaire, du 18 septembre 2023 au 15 mars 2024. Le poste gère 64 ETP et un budget de salaires de "
               "5 210 000 $."),
         ("p", "Veuillez agréer, Madame, mes salutations distinguées."), ("p", f"{ppl[3]}, Directeur général, Sécurité ferroviaire")]
    letter = to_docx(d, r)
    # 3. bilingual minutes, Markdown
    minutes = (f"# Management Committee / Comité de gestion\n\n**Date:** 2024-02-07  \n**Present / Présents:** {ppl[4]}, "
               f"{ppl[5]}, {ppl[6]}  \n\n## 1. Work descriptions / Descriptions de travail\n\n"
               f"The Director, Data Integration (EX-01, Pos. # 551902) work description still shows the the old "
               f"Salery figure ($1,870,000); {ppl[5]} to update. / La description de travail du Directeur, Intégration "
               f"des données doit être mise à jour.\n\n## 2. Budget\n\nO&M envelope for 2024-25: $3.2M / Enveloppe de "
               f"F et E : 3,2 M$.\n\n*Action:* {ppl[6]} to circulate the new template.\n")
    # 4. org chart, plain text
    chart = (f"ORGANIZATION CHART - Corporate Services Branch (as of 2023-11-01)\n\n"
             f"Assistant Deputy Minister, Corporate Services (EX-04)  {ppl[7]}\n"
             f"  |-- Director General, Financial Operations (EX-03)  {ppl[8]}   92 FTE\n"
             f"  |     |-- Director, Pay Operations (EX-01)   vacant   41 FTE\n"
             f"  |     |-- Director, Accounting (EX -01)      {ppl[9]}   37 FTE\n"
             f"  |-- Director General, Real Property (EX-03)   vacant   120 FTE\n")
    # 5. scanned PDF without a text layer
    scan = pdf_bytes(["", "", ""])
    items = [("Memo - WD re-typing, March 2024.txt", "text-cp1252", "en", memo, ppl[0:2], "a memo asking directors to re-type their work descriptions"),
             ("Lettre nomination intérimaire - Sécurité ferroviaire.docx", "docx", "fr", letter, ppl[2:4], "a letter confirming an acting appointment"),
             ("Minutes Comité de gestion 2024-02-07.md", "markdown", "bilingual", minutes.encode("utf-8"), ppl[4:7], "minutes of a management committee"),
             ("Org chart CSB, Nov 2023.txt", "text", "en", chart.encode("utf-8"), ppl[7:10], "an organization chart"),
             ("Scan 2023-10-12 (signed WD).pdf", "pdf", "en", scan, [], "a three-page scan without a text layer")]
    for name, kind, lang, data, people, what in items:
        (corpus / name).write_bytes(data)
        write_truth(expected, {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                               "not_stated": None, "also": {"what": what}, "people": people, "versions": None})


if __name__ == "__main__":
    main()
