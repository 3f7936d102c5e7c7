#!/usr/bin/env python3
"""Generate the blind38 corpus: bilingual-heavy EX work descriptions (Word and OCR text in equal
parts) and five documents to refuse, with ground truth. Deterministic: same bytes every run.

    /work/main/.venv/bin/python bench/import/blind38/make_blind.py
"""
from __future__ import annotations

import datetime as dt
import io
import itertools
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import docx
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
import data38 as D  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
NUM_FR = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq"}
NUM_EN = {2: "two", 3: "three", 4: "four", 5: "five"}


# --- values as documents write them ----------------------------------------------------------------

def f_cls(c, v, ocr=False):
    g, n = c.rsplit("-", 1)
    s = [f"{g}-{n}", f"{g} {n}", f"{g}-{int(n)}", f"{g}{n}", f"{g}-{n}"][v % 5]
    return s.replace("-0", "-O").replace(" 0", " O") if ocr and v % 3 == 0 else s


def f_date(d, lang, v):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(), f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat()][v % 4]
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", d.isoformat(),
            d.strftime("%Y/%m/%d"), f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}"][v % 5]


def f_money(x, lang, v):
    full_en, full_fr = f"${x:,}", f"{x:,} $".replace(",", "\u00a0")
    m = f"{x / 1e6:.2f}".rstrip("0").rstrip(".")
    if lang == "fr":
        opts = [full_fr, f"{m.replace('.', ',')} M$" if x % 10000 == 0 else full_fr,
                f"{x // 1000} k$" if x % 1000 == 0 else full_fr, f"{x:,},00 $".replace(",", " ", x.bit_length() and f"{x:,}".count(",")),
                f"{m.replace('.', ',')} millions $" if x % 10000 == 0 else full_fr]
    else:
        opts = [full_en, f"${m}M" if x % 10000 == 0 else full_en, f"${x // 1000}K" if x % 1000 == 0 else full_en,
                f"$ {x:,}".replace(",", " "), f"${m} million" if x % 10000 == 0 else full_en]
    return opts[v % len(opts)]


def f_fte(n, lang, v):
    if lang == "fr":
        return [f"{n} ETP", f"{n} employés", f"{n} équivalents temps plein", f"ETP : {n}"][v % 4]
    return [f"{n} FTEs", f"{n} FTE", f"{n} employees", f"FTEs: {n}", f"{n} full-time equivalents"][v % 5]


def ocr_noise(text, rng, rate=0.012):
    swaps = {"l": "1", "i": "l", "o": "0", "e": "c", "rn": "m", "m": "rn", "t": "l", "s": "5"}
    words = text.split(" ")
    for k, w in enumerate(words):
        if w.isalpha() and len(w) > 5 and rng.random() < rate * 6:
            a = rng.choice([x for x in swaps if x in w] or ["zz"])
            if a in w:
                words[k] = w.replace(a, swaps[a], 1)
    return " ".join(words)


def num_dmg(s, on):
    return s.replace("1", "I", 1).replace("0", "O", 1) if on else s


# --- positions --------------------------------------------------------------------------------------

def make_position(i, rng):
    org = D.ORGS[(i * 7 + i // 20) % len(D.ORGS)]
    dept_en, dept_fr, short, br_en, br_fr, city, prov_en, prov_fr, city_fr = org
    cls = ["EX-01", "EX-02", "EX-01", "EX-03", "EX-02", "EX-01", "EX-04", "EX-02", "EX-03"][i % 9]
    area = D.AREAS[(i * 7) % len(D.AREAS)]
    pat = D.LEVELS[cls][i % len(D.LEVELS[cls])]
    title = (pat[0].format(a=area[0]), pat[1].format(a=area[1]))
    scls = D.SUPERVISOR[cls]
    if scls == "DM-01":
        sup_title = ("Deputy Minister", "Sous-ministre") if i % 2 else ("President", "Président")
    else:
        sp = D.LEVELS[scls][0]
        sa = D.AREAS[(i * 7 + 3) % len(D.AREAS)] if i % 3 else (br_en, br_fr)
        sup_title = (sp[0].format(a=sa[0]), sp[1].format(a=sa[1]))
    nrep = 2 + i % 4
    reps = []
    for k in range(nrep):
        a = D.AREAS[(i * 11 + k * 5 + 1) % len(D.AREAS)]
        if cls in ("EX-03", "EX-04") or (cls == "EX-02" and k % 2 == 0):
            rc = "EX-01" if cls != "EX-04" else "EX-03"
            p = D.LEVELS[rc][0]
            rt = (p[0].format(a=a[0]), p[1].format(a=a[1]))
        else:
            g, en, fr = D.MANAGER_KINDS[(i + k * 3) % len(D.MANAGER_KINDS)]
            rc, rt = g, (f"{en}, {a[0]}", f"{fr}, {a[1]}")
        fte = rng.choice([4, 6, 9, 12, 15, 18, 23, 31, 40, 57])
        if (i + k) % 7 == 3:
            fte = None
        if (i + k) % 9 == 5:
            rc = None
        reps.append({"title": rt, "cls": rc, "fte": fte})
    fte_total = sum(r["fte"] or 8 for r in reps) + rng.randint(1, 6)
    salary = round(fte_total * rng.randint(82, 104) * 1000, -4)
    om = rng.randint(60, 2400) * 1000
    pn = None if i % 13 == 6 else str(rng.randint(10000, 999999))
    jc = None if i % 5 == 2 else str(rng.randint(100000, 109999))
    date = None if i % 11 == 8 else dt.date(2004 + (i * 3) % 20, 1 + (i * 5) % 12, 1 + (i * 13) % 28)
    spn = None if i % 6 == 4 else str(rng.randint(10000, 999999))
    dims = ["all", "total", "so", "none", "all", "all"][i % 6]
    names = rng.sample([f"{a} {b}" for a, b in zip(D.FIRST, D.LAST)], 3)
    return dict(i=i, dept=(dept_en, dept_fr), short=short, branch=(br_en, br_fr), area=area,
                loc=(f"{city}, {prov_en}", f"{city_fr} ({prov_fr})"), city=city, prov=prov_en,
                title=title, cls=cls, pn=pn, jc=jc, date=date, sup=dict(pn=spn, title=sup_title, cls=scls),
                reps=reps, salary=salary if dims in ("all", "so") else None, om=om if dims in ("all", "so") else None,
                total=(salary + om) if dims in ("all", "total") else None, fte=fte_total, people=names,
                incumbent=i % 3 != 1, signatures=i % 4 != 3)


# --- a document as parallel English and French blocks -----------------------------------------------

LABELS = {  # key -> list of (en, fr) wordings; each document picks one
    "title": [("Position Title", "Titre du poste"), ("Title of Position", "Titre du poste"), ("Job Title", "Titre de l'emploi"),
              ("Position", "Poste"), ("Working Title", "Titre fonctionnel")],
    "cls": [("Classification", "Classification"), ("Group and Level", "Groupe et niveau"), ("Level", "Niveau"),
            ("Group/Level", "Groupe/Niveau"), ("Classification Level", "Niveau de classification")],
    "jc": [("Job Code", "Code d'emploi"), ("Generic Job No.", "No de l'emploi générique"), ("Job Number", "Numéro de l'emploi"),
           ("Position Job Code", "Code de l'emploi du poste")],
    "pn": [("Position Number", "Numéro du poste"), ("Position No.", "No du poste"), ("Pos. #", "No de poste"),
           ("Position Reference", "Référence du poste")],
    "date": [("Effective Date", "Date d'entrée en vigueur"), ("Date Effective", "Date de prise d'effet"),
             ("Effective", "En vigueur le"), ("Date of Evaluation", "Date d'évaluation")],
    "dept": [("Department", "Ministère"), ("Organization", "Organisation"), ("Agency", "Organisme")],
    "branch": [("Branch", "Direction générale"), ("Sector/Branch", "Secteur/Direction générale"), ("Region", "Région")],
    "loc": [("Location", "Lieu"), ("Geographic Location", "Emplacement géographique"), ("Work Location", "Lieu de travail"),
            ("City", "Ville")],
    "spn": [("Supervisor's Position Number", "Numéro du poste du superviseur"), ("Reports to (Position No.)",
             "Relève de (no de poste)"), ("Supervisor Pos. No.", "No de poste du surveillant")],
    "stitle": [("Supervisor's Title", "Titre du superviseur"), ("Reports to", "Relève de"),
               ("Title of Supervisor", "Titre du poste du surveillant")],
    "scls": [("Supervisor's Classification", "Classification du superviseur"), ("Supervisor Group/Level",
              "Groupe/niveau du surveillant")],
}
HEADS = {
    "id": ("Position Identification", "Identification du poste"), "ga": ("General Accountability", "Responsabilité générale"),
    "org": ("Organization Structure", "Structure organisationnelle"), "dim": ("Dimensions", "Dimensions"),
    "ns": ("Nature and Scope", "Nature et étendue"), "sa": ("Specific Accountabilities", "Responsabilités spécifiques"),
    "csr": ("Client Service Results", "Résultats axés sur le service à la clientèle"),
    "ka": ("Key Activities", "Activités principales"), "sig": ("Signatures", "Signatures"),
}


def blocks(p, v, rng):
    """(en_blocks, fr_blocks) in parallel: ('h', text) ('kv', label, value) ('p', text) ('li', text)
    ('tbl', rows)."""
    en, fr = [], []

    def both(kind, *pairs):
        en.append((kind,) + tuple(x[0] for x in pairs))
        fr.append((kind,) + tuple(x[1] for x in pairs))

    lab = {k: w[(v["lab"] + len(k)) % len(w)] for k, w in LABELS.items()}
    head_id = HEADS["id"]
    both("h", head_id)
    kvs = [("dept", p["dept"]), ("branch", p["branch"]), ("title", p["title"]),
           ("cls", (f_cls(p["cls"], v["cv"], v["ocr"]),) * 2)]
    if p["jc"]:
        kvs.append(("jc", (num_dmg(p["jc"], v["ocr"] and v["n"] % 4 == 1),) * 2))
    kvs.append(("pn", (p["pn"] or ["NEW", "TBD", "Vacant - to be assigned"][v["n"] % 3],) * 2))
    if p["date"]:
        kvs.append(("date", (f_date(p["date"], "en", v["dv"]), f_date(p["date"], "fr", v["dv"]))))
    kvs.append(("loc", p["loc"] if v["n"] % 4 else (f"{p['city']}, {p['prov']}",) * 2))
    if v["order"] % 2:
        kvs = kvs[2:5] + kvs[:2] + kvs[5:]
    sup_kv = []
    if v["sup_mode"] == "fields":
        if p["sup"]["pn"]:
            sup_kv.append(("spn", (p["sup"]["pn"],) * 2))
        sup_kv += [("stitle", p["sup"]["title"]), ("scls", (f_cls(p["sup"]["cls"], v["cv"] + 1),) * 2)]
    for k, val in kvs + sup_kv:
        both("kv", lab[k], val)
    if v["sup_mode"] == "sentence":
        s = p["sup"]
        no_en = f", position {s['pn']}" if s["pn"] else ""
        no_fr = f", poste no {s['pn']}" if s["pn"] else ""
        cl = f_cls(s["cls"], v["cv"])
        both("p", (f"The position reports to the {s['title'][0]} ({cl}){no_en}.",
                   f"Le poste relève du {s['title'][1]} ({cl}){no_fr}."))
    sections = ["ga", "org", "dim", "ns", "sa"] if not v["csr"] else ["csr", "org", "ka", "dim"]
    if v["order"] % 3 == 2:
        sections = sections[::-1]
    fmt = dict(t=p["title"][0], a=p["area"][0].lower(), d=p["dept"][0], s=p["city"], b=p["branch"][0],
               c=p["city"], sup=p["sup"]["title"][0])
    fmtf = dict(fmt, a=p["area"][1].lower(), d=p["dept"][1], b=p["branch"][1], sup=p["sup"]["title"][1])
    for sec in sections:
        both("h", HEADS[sec])
        if sec == "ga":
            both("p", (D.ACCOUNT_EN[p["i"] % 3].format(**fmt), D.ACCOUNT_FR[p["i"] % 3].format(**fmtf)))
        elif sec == "ns":
            both("p", (D.SCOPE_EN[p["i"] % 3], D.SCOPE_FR[p["i"] % 3]))
        elif sec in ("sa", "ka"):
            for k in range(4 + p["i"] % 4):
                both("li", (D.ACTS_EN[(k + p["i"]) % 8], D.ACTS_FR[(k + p["i"]) % 8]))
        elif sec == "csr":
            both("p", ("Provides leadership and delivers " + p["area"][0].lower() + " services to:",
                       "Assure la direction et la prestation des services de " + p["area"][1].lower() + " pour :"))
            for a, b in zip(D.CSR_EN, D.CSR_FR):
                both("li", (a, b))
        elif sec == "dim":
            rows_en, rows_fr = [], []
            for key, en_l, fr_l in (("salary", "Salary", "Salaires"), ("om", "O&M", "F et E"),
                                    ("total", "Total budget", "Budget total")):
                if p[key] is not None:
                    rows_en.append((en_l, f_money(p[key], "en", v["mv"])))
                    rows_fr.append((fr_l, f_money(p[key], "fr", v["mv"])))
            rows_en.append(("FTEs", str(p["fte"])))
            rows_fr.append(("ETP", str(p["fte"])))
            if v["dim_tbl"]:
                both("tbl", (rows_en, rows_fr))
            else:
                for a, b in zip(rows_en, rows_fr):
                    both("kv", (a[0], b[0]), (a[1], b[1]))
        elif sec == "org":
            n = len(p["reps"])
            both("p", (f"The following {NUM_EN.get(n, n)} ({n}) positions report directly to the {p['title'][0]}:",
                       f"Les {NUM_FR.get(n, n)} ({n}) postes suivants relèvent directement du titulaire :"))
            if v["rep_mode"] == "table":
                hdr = (("Position", "Group/Level", "FTEs"), ("Poste", "Groupe/niveau", "ETP"))
                rows_en = [hdr[0]] + [(r["title"][0], r["cls"] or "", str(r["fte"]) if r["fte"] else "") for r in p["reps"]]
                rows_fr = [hdr[1]] + [(r["title"][1], r["cls"] or "", str(r["fte"]) if r["fte"] else "") for r in p["reps"]]
                both("tbl", (rows_en, rows_fr))
            else:
                items = []
                for r in p["reps"]:
                    ce = f_cls(r["cls"], v["cv"] + 2, v["ocr"]) if r["cls"] else None
                    pe = ", ".join(x for x in (ce, f_fte(r["fte"], "en", v["fv"]) if r["fte"] else None) if x)
                    pf = ", ".join(x for x in (ce, f_fte(r["fte"], "fr", v["fv"]) if r["fte"] else None) if x)
                    items.append((f"{r['title'][0]} ({pe})" if pe else r["title"][0],
                                  f"{r['title'][1]} ({pf})" if pf else r["title"][1]))
                if v["rep_mode"] == "prose":
                    both("p", ("; ".join(a for a, _ in items) + ".", "; ".join(b for _, b in items) + "."))
                else:
                    for it in items:
                        both("li", it)
    if p["signatures"]:
        both("h", HEADS["sig"])
        if p["incumbent"]:
            both("kv", ("Incumbent", "Titulaire"), (p["people"][0],) * 2)
        both("kv", ("Supervisor", "Superviseur"), (p["people"][1],) * 2)
        both("kv", ("Approved by", "Approuvé par"), (f"{p['people'][2]}, Deputy Head", f"{p['people'][2]}, administrateur général"))
    return en, fr


# --- rendering ---------------------------------------------------------------------------------------

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"]


def head_text(t, v, k):
    t = t.upper() if v["caps"] else t
    t = [t, f"{k + 1}. {t}", f"{'ABCDEFGHIJKL'[k]}) {t}", f"{ROMAN[k]}. {t}"][v["num"] % 4]
    return t + ":" if v["colon"] else t


def text_lines(bl, v, width=88, hk=0):
    out = []
    for b in bl:
        if b[0] == "h":
            out += ["", head_text(b[1], v, hk)]
            hk += 1
        elif b[0] == "kv":
            lab, val = b[1], b[2]
            m = v["kv"] % 5
            if m == 0:
                out.append(f"{lab}: {val}")
            elif m == 1:
                out += [f"{lab}:", val]
            elif m == 2:
                out.append(f"{lab} {'.' * max(3, 34 - len(lab))} {val}")
            elif m == 3:
                out.append(f"{lab.upper()}  {val}")
            else:
                out.append(f"{lab}\t{val}")
        elif b[0] == "p":
            out += textwrap.wrap(b[1], width) or [""]
        elif b[0] == "li":
            out += textwrap.wrap(b[1], width, initial_indent=["- ", "• ", "o "][v["n"] % 3], subsequent_indent="  ")
        elif b[0] == "tbl":
            rows = b[1]
            w0 = max(len(r[0]) for r in rows) + 3
            out += ["".join([r[0].ljust(w0)] + [c.ljust(14) for c in r[1:]]).rstrip() for r in rows]
    return out


def side_by_side(en, fr, v, rng):
    """Two columns read across the page, as OCR gives them."""
    w = 44 + v["n"] % 6
    gut = [" " * 4, "  ", " | ", " " * 7][v["n"] % 4]
    out = []
    hk = 0
    for a, b in zip(en, fr):
        la, lb = text_lines([a], v, w, hk), text_lines([b], v, w, hk)
        hk += a[0] == "h"
        for x, y in itertools.zip_longest(la, lb, fillvalue=""):
            out.append((x.ljust(w) + gut + y).rstrip() if y else x)
    return out


def bilabel(en, fr):
    out = []
    for a, b in zip(en, fr):
        if a[0] == "kv":
            out.append(("kv", f"{a[1]} / {b[1]}", a[2] if a[2] == b[2] else f"{a[2]} / {b[2]}"))
        elif a[0] == "h":
            out.append(("h", f"{a[1]} / {b[1]}"))
        elif a[0] == "tbl":
            out.append(a)
        else:
            out += [a, b]
    return out


def damage_text(lines, v, rng):
    out = []
    for k, ln in enumerate(lines):
        if v["ocr"] and ":" not in ln and len(ln) > 40:
            ln = ocr_noise(ln, rng)
        out.append(ln)
        if v["ocr"] and k and k % 46 == 0:
            out += ["", f"Page {k // 46 + 1}", "\f" if v["n"] % 2 else "", v["hdr"]]
    if v["flat"]:
        return " ".join(x.strip() for x in out if x.strip())
    return "\n".join(out)


def stable_docx(d):
    buf = io.BytesIO()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.revision = "", "", 1
    cp.created = cp.modified = dt.datetime(2001, 1, 1)
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            z.writestr(zipfile.ZipInfo(name, (2001, 1, 1, 0, 0, 0)), src.read(name), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def docx_add(d, bl, v, cell=None):
    tgt = cell or d
    hk = 0
    kv_rows = None
    for b in bl:
        if b[0] == "kv" and v["wtab"] and cell is None:
            if kv_rows is None:
                kv_rows = d.add_table(rows=0, cols=2)
                kv_rows.style = "Table Grid"
            r = kv_rows.add_row().cells
            r[0].text, r[1].text = b[1] + (":" if v["colon"] else ""), b[2]
            continue
        kv_rows = None
        if b[0] == "h":
            if cell is None and v["num"] % 2 == 0:
                d.add_heading(head_text(b[1], v, hk), level=2)
            else:
                tgt.add_paragraph().add_run(head_text(b[1], v, hk)).bold = True
            hk += 1
        elif b[0] == "kv":
            par = tgt.add_paragraph()
            par.add_run(b[1] + ":").bold = True
            par.add_run(["\t", " ", "\u00a0"][v["n"] % 3] + b[2])
        elif b[0] == "p":
            tgt.add_paragraph(b[1])
        elif b[0] == "li":
            if cell is None:
                d.add_paragraph(b[1], style="List Bullet" if v["n"] % 2 else "List Number")
            else:
                tgt.add_paragraph("• " + b[1])
        elif b[0] == "tbl":
            rows = b[1]
            if cell is not None:
                for r in rows:
                    tgt.add_paragraph("\t".join(r))
                continue
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for r in rows:
                cs = t.add_row().cells
                for c, x in zip(cs, r):
                    c.text = x


def render(p, v, rng):
    en, fr = blocks(p, v, rng)
    lang = v["lang"]
    if v["fmt"] == "txt":
        if lang == "en":
            lines = text_lines(en, v)
        elif lang == "fr":
            lines = text_lines(fr, v)
        elif v["bi"] == "side":
            lines = side_by_side(en, fr, v, rng)
        elif v["bi"] == "seq":
            lines = text_lines(en, v) + ["", "-" * 30, "VERSION FRANÇAISE", ""] + text_lines(fr, v)
        else:
            lines = text_lines(bilabel(en, fr), v)
        if v["ocr"]:
            lines = [v["hdr"]] + lines
        return damage_text(lines, v, rng).encode("utf-8")
    d = docx.Document()
    d.add_paragraph(v["hdr"])
    if lang in ("en", "fr"):
        docx_add(d, en if lang == "en" else fr, v)
    elif v["bi"] == "side":
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in zip(en, fr):
            cs = t.add_row().cells
            for c, blk in ((cs[0], a), (cs[1], b)):
                c.paragraphs[0].text = ""
                docx_add(d, [blk], v, cell=c)
    elif v["bi"] == "seq":
        docx_add(d, en, v)
        d.add_page_break()
        docx_add(d, fr, v)
    else:
        docx_add(d, bilabel(en, fr), v)
    return stable_docx(d)


# --- the corpus --------------------------------------------------------------------------------------

HDRS = ["PROTECTED A / PROTÉGÉ A", "Government of Canada / Gouvernement du Canada", "EX WORK DESCRIPTION",
        "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "Executive Work Description / Description de travail de cadre"]


def variants(i):
    fmt = "docx" if i % 2 else "txt"
    lang = ["bi", "en", "bi", "fr", "bi", "en", "bi", "fr", "bi", "bi", "fr", "bi"][i % 12]
    bi = ["side", "side", "seq", "label"][(i // 2) % 4]
    return dict(n=i, fmt=fmt, ocr=fmt == "txt", lang=lang, bi=bi, lab=i * 3, cv=i, dv=i // 2, mv=i // 3, fv=i,
                kv=i // 2 + (i % 3), order=i // 4, caps=i % 3 == 0, num=i // 3, colon=i % 4 == 1,
                sup_mode=["fields", "sentence", "fields"][i % 3], csr=i % 7 == 2, dim_tbl=i % 5 == 1,
                rep_mode=["list", "prose", "table", "list"][i % 4], wtab=i % 4 == 3, flat=fmt == "txt" and i % 12 == 4,
                hdr=HDRS[i % len(HDRS)])


def truth(p, v, name):
    bi = v["lang"] == "bi"
    lang = v["lang"] if v["lang"] != "bi" else "bilingual"

    def t(pair):
        if bi:
            return [pair[0], pair[1]]
        return pair[1] if v["lang"] == "fr" else pair[0]
    loc_fr = v["lang"] == "fr" and v["n"] % 4
    fields = {"title": t(p["title"]), "classification": p["cls"], "job_code": p["jc"], "position_number": p["pn"],
              "effective_date": p["date"], "supervisor": {"position_number": p["sup"]["pn"], "title": t(p["sup"]["title"]),
                                                          "classification": p["sup"]["cls"]},
              "direct_reports": [{"title": t(r["title"]), "classification": r["cls"], "fte": r["fte"]} for r in p["reps"]],
              "salary": p["salary"], "o_and_m": p["om"], "total": p["total"],
              "location": f"{p['city']}, {p['prov']}" if not loc_fr else f"{p['city']}, {p['prov']}"}
    ns = [k for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total") if fields[k] is None]
    if p["sup"]["pn"] is None:
        ns.append("supervisor.position_number")
    people = ([p["people"][0]] if p["incumbent"] else []) + p["people"][1:] if p["signatures"] else []
    return {"document": name, "kind": "ocr" if v["ocr"] else "docx", "language": lang, "outcome": "import",
            "fields": fields, "not_stated": ns,
            "also": {"fte": p["fte"], "operating_budget": None, "program_budget": None,
                     "provisional_number": None if p["pn"] else True},
            "people": people, "layout": {"bilingual": v["bi"] if bi else None, "csr_template": v["csr"],
                                         "reports": v["rep_mode"], "supervisor": v["sup_mode"], "flat": v["flat"]},
            "versions": {"position": p["pn"], "documents": [name], "newest": True}}


def refusals():
    out = []
    letter = ("Public Services and Procurement Canada / Services publics et Approvisionnement Canada\n\n"
              "LETTER OF OFFER / LETTRE D'OFFRE\n\nDear Ms. Brennan,\n\nI am pleased to offer you an indeterminate "
              "appointment to the position of Director, Compensation Services (EX-01), position 448120, in Miramichi, "
              "New Brunswick, effective June 3, 2019, at an annual salary of $121,300. This offer is conditional on "
              "a Secret security clearance.\n\nPlease sign and return one copy.\n\nMadame,\n\nJ'ai le plaisir de vous "
              "offrir une nomination pour une période indéterminée...\n\nWendell Achterberg\nDirector General / "
              "Directeur général\n")
    d = docx.Document()
    for para in letter.split("\n\n"):
        d.add_paragraph(para)
    out.append(("Lettre d'offre - Brennan 2019.docx", stable_docx(d), "docx", "bilingual"))
    minutes = ("COMITÉ DE GESTION RÉGIONAL - PROCÈS-VERBAL\nRéunion du 14 février 2022, salle 3B, Moncton\n\n"
               "Présents : R. Landry (présidente), G. Cormier, S. Doucet, B. Goguen\n\n1. Adoption de l'ordre du jour\n"
               "Adopté sans modification.\n\n2. Dotation - poste EX-01 vacant (Gestion des pêches)\nLe comité convient "
               "de lancer un processus annoncé. Budget salarial de 2,1 M$ confirmé.\n\n3. Varia\nProchaine réunion : "
               "le 14 mars 2022.\n")
    out.append(("PV comite gestion 2022-02-14.txt", minutes.encode("utf-8"), "ocr", "fr"))
    d = docx.Document()
    d.add_heading("Executive Performance Agreement 2021-22 / Entente de rendement des cadres 2021-2022", 1)
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for r in [("Commitment / Engagement", "Performance measure / Mesure", "Weight / Pondération"),
              ("Reduce pay backlog by 30%", "Backlog report, quarterly", "40%"),
              ("Implement bilingual client survey", "Survey launched by Q3", "30%"),
              ("Leadership: workplace well-being", "PSES results", "30%")]:
        cs = t.add_row().cells
        for c, x in zip(cs, r):
            c.text = x
    d.add_paragraph("Executive / Cadre: ____________   Supervisor / Superviseur: ____________")
    out.append(("PMA entente rendement 2021-22.docx", stable_docx(d), "docx", "bilingual"))
    rng = random.Random(3838)
    junk = "\n".join("".join(rng.choice("~.,:;'|!il1I-_ ^°»«") for _ in range(rng.randint(20, 70))) for _ in range(40))
    out.append(("scan_0037_illisible.txt", junk.encode("utf-8"), "ocr", "unknown"))
    out.append(("Numerisation 2014-11-03 EX description.pdf", pdf_bytes(["", "", ""]), "pdf", "unknown"))
    return out


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir()
    yaml = YAML()
    yaml.default_flow_style = False
    names = set()
    for i in range(48):
        rng = random.Random(38_000 + i)
        p = make_position(i, rng)
        v = variants(i)
        base = {"en": p["title"][0], "fr": p["title"][1]}.get(v["lang"], p["title"][0])
        name = f"{p['short']} {i:02d} {base.replace('/', '-').replace(',', '')}.{v['fmt']}"
        assert name not in names
        names.add(name)
        (corpus / name).write_bytes(render(p, v, rng))
        with open(expected / f"{name}.expected.yaml", "w", encoding="utf-8") as fh:
            yaml.dump(truth(p, v, name), fh)
    for name, data, kind, lang in refusals():
        (corpus / name).write_bytes(data)
        with open(expected / f"{name}.expected.yaml", "w", encoding="utf-8") as fh:
            yaml.dump({"document": name, "kind": kind, "language": lang, "outcome": "refuse", "people": []}, fh)


if __name__ == "__main__":
    main()
