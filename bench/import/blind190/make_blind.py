"""Generate blind corpus blind190: bilingual two-column scans and their companions.

Run from the repository root: python bench/import/blind190/make_blind.py
Writes corpus/ and expected/ beside this file, the same bytes on every run.
"""
import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import yaml  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

# ---------------------------------------------------------------- positions

ROLE = {1: ("Director", "Directeur", "Directrice"), 2: ("Executive Director", "Directeur exécutif", "Directrice exécutive"),
        3: ("Director General", "Directeur général", "Directrice générale")}


def name(rng):
    return f"{rng.choice(T.GIVEN)} {rng.choice(T.FAMILY)}"


def build_positions():
    rng = random.Random(1900)
    used = set()

    def number():
        while True:
            n = str(rng.randint(10000, 99999))
            if n not in used:
                used.add(n)
                return n

    positions = []
    for f, (head, sector, subs) in enumerate(T.FAMILIES):
        dept = T.DEPARTMENTS[f]
        hlevel = 3 if f < 4 else 2
        loc = T.LOCATIONS[f % len(T.LOCATIONS)]
        fem = rng.random() < 0.5
        head_pos = dict(level=hlevel, subj=head, dept=dept, num=number(), loc=loc, fem=fem,
                        sup=dict(en=("Assistant Deputy Minister, %s Sector" % sector[0]),
                                 fr=("Sous-ministre adjoint, Secteur %s" % sector[1]),
                                 cls="EX-05" if hlevel == 3 else "EX-04", num=number() if rng.random() < 0.5 else None,
                                 file=None),
                        reports=[], family=f)
        positions.append(head_pos)
        dirs = []
        for s in subs:
            r = random.Random(190000 + len(positions))
            p = dict(level=1, subj=s, dept=dept, num=number(), loc=r.choice(T.LOCATIONS) if r.random() < 0.4 else loc,
                     fem=r.random() < 0.5, family=f, reports=[])
            nrep = r.randint(2, 5)
            units = r.sample(T.REPORT_UNITS, nrep)
            for u in units:
                role = r.choice(T.REPORT_ROLES)
                p["reports"].append(dict(en=f"{role[0]}, {u[0]}", fr=f"{role[1]}, {u[1]}", cls=r.choice(T.REPORT_GROUPS),
                                         fte=r.randint(3, 28)))
            p["fte"] = sum(x["fte"] for x in p["reports"]) + 1
            dirs.append(p)
            positions.append(p)
        head_pos["dirs"] = dirs
    for p in positions:
        r = random.Random(190100 + positions.index(p))
        lv = p["level"]
        role = ROLE[lv]
        p["title_en"] = f"{role[0]}, {p['subj'][0]}"
        p["title_fr"] = f"{role[2] if p['fem'] else role[1]}, {p['subj'][1]}"
        p["le"] = "La" if p["fem"] else "Le"
        p["cls"] = f"EX-0{lv}"
        p["job_code"] = str(r.randint(100100, 109999)) if r.random() < 0.6 else None
        y = r.randint(2016, 2024)
        p["eff"] = dt.date(y, r.choice([1, 4, 4, 6, 9, 10]), r.choice([1, 1, 1, 15, 22]))
        base = {1: 900000, 2: 2000000, 3: 4500000}[lv]
        p["salary"] = (base + r.randint(0, 260) * 10000)
        p["om"] = r.randint(3, 90) * 10000 * (1 if lv == 1 else 3)
        p["gc"] = r.randint(5, 60) * 1000000 if r.random() < 0.25 else None
        p["approver"], p["classifier"], p["incumbent"] = name(r), name(r), (name(r) if r.random() < 0.35 else None)
    for p in positions:
        if p["level"] == 1:
            head = [q for q in positions if q["family"] == p["family"] and q["level"] > 1][0]
            p["sup"] = dict(en=head["title_en"], fr=head["title_fr"], cls=head["cls"], num=head["num"], head=head)
    for p in positions:
        if p["level"] > 1:
            r = random.Random(190200 + positions.index(p))
            for d in p["dirs"]:
                p["reports"].append(dict(en=d["title_en"], fr=d["title_fr"], cls="EX-01", fte=d["fte"]))
            if r.random() < 0.6:
                p["reports"].append(dict(en="Senior Advisor, Strategic Priorities",
                                         fr="Conseillère principale, Priorités stratégiques", cls="EC-07", fte=1))
            p["fte"] = sum(x["fte"] for x in p["reports"]) + 1
    return positions


# ---------------------------------------------------------------- notations

def date_en(d, style):
    if style == 0:
        return f"{T.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == 1:
        return d.isoformat()
    return f"{d.day} {T.MONTHS_EN[d.month - 1]} {d.year}"


def date_fr(d, style):
    if style == 1:
        return d.isoformat()
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {T.MONTHS_FR[d.month - 1]} {d.year}"


def money_en(v, style):
    if style == 0:
        return f"${v:,}"
    if style == 1:
        return f"${v / 1e6:.2f}M"
    if style == 2:
        return f"${v // 1000:,}K"
    return f"{v // 1000:,}"  # under a ($000) note


def money_fr(v, style):
    if style == 0:
        return f"{v:,} $".replace(",", "\u00a0" if False else " ")
    if style == 1:
        return f"{v / 1e6:.2f} M$".replace(".", ",")
    if style == 2:
        return f"{v // 1000:,} k$".replace(",", " ")
    return f"{v // 1000:,}".replace(",", " ")


def cls_as(c, style):
    if not c.startswith("EX"):
        return c
    n = c[-2:]
    return {0: c, 1: f"EX-{int(n)}", 2: f"EX {n}"}[style]


# ---------------------------------------------------------------- OCR damage

DIG = {"0": "O", "1": "Il", "5": "S", "8": "B", "2": "Z", "6": "b"}
LET = {"m": "rn", "e": "c", "h": "li", "l": "1", "d": "cl", "i": "í", "n": "ri", "s": "5"}
ACC = {"é": "e", "è": "e", "ê": "c", "à": "a", "ç": "c", "É": "E", "ô": "o", "î": "i", "û": "u", "Î": "I"}
STRENGTH = {"light": (0.06, 0.006, 0.01, 0.1), "medium": (0.18, 0.015, 0.03, 0.3), "heavy": (0.35, 0.03, 0.06, 0.6)}


def damage(s, rng, strength):
    dg, lt, sp, ac = STRENGTH[strength]
    out = []
    for ch in s:
        if ch in DIG and rng.random() < dg:
            out.append(rng.choice(DIG[ch]))
        elif ch in ACC and rng.random() < ac:
            out.append(ACC[ch])
        elif ch in LET and rng.random() < lt:
            out.append(LET[ch])
        elif ch == " " and out and out[-1] != " " and rng.random() < sp:
            continue
        elif ch in "’‘":
            out.append("'")
        else:
            out.append(ch)
    return "".join(out)


def wrap(text, width, rng=None, hyph=0.0):
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    if not rng or not hyph:
        return lines
    out = []
    carry = ""
    for i, ln in enumerate(lines):
        ln = (carry + " " + ln).strip() if carry else ln
        carry = ""
        words = ln.split(" ")
        if i + 1 < len(lines) and len(words[-1]) >= 8 and rng.random() < hyph and words[-1].isalpha():
            w = words[-1]
            k = len(w) // 2
            words[-1] = w[:k] + "-"
            carry = w[k:]
        out.append(" ".join(words))
    if carry:
        out.append(carry)
    return out


# ---------------------------------------------------------------- content (per language)

def content(p, lang, o):
    """The fields and sections of one language's half, as dict of lists of lines (unwrapped)."""
    en = lang == "en"
    t = p["title_en"] if en else p["title_fr"]
    s = p["subj"][0 if en else 1]
    d = p["dept"][0 if en else 1]
    ga = [x.format(t=t, s=s, d=d).replace("Le " + t, p["le"] + " " + t) for x in (T.GA_EN if en else T.GA_FR)]
    ns = [x.format(s=s) for x in (T.NS_EN if en else T.NS_FR[: 3 + (1 if o["long_fr"] else 0)])]
    sa = [x.format(s=s) for x in (T.SA_EN if en else T.SA_FR)]
    return dict(t=t, ga=ga, ns=ns, sa=sa)


def fields_lines(p, o, lang):
    """(label, value) pairs of the form for one language."""
    en = lang == "en"
    v = o["v"]
    rows = []
    rows.append(("POSITION TITLE" if en else "TITRE DU POSTE", p["title_en"] if en else p["title_fr"]))
    rows.append(("GROUP AND LEVEL" if en else "GROUPE ET NIVEAU", cls_as(p["cls"], o["cls_style"])))
    rows.append(("POSITION NUMBER" if en else "NUMÉRO DU POSTE", p["num"] if o["num_stated"] else o["num_text"][lang]))
    if o["job_stated"]:
        rows.append(("JOB CODE" if en else "CODE D'EMPLOI", p["job_code"]))
    eff = v["eff"]
    rows.append(("EFFECTIVE DATE" if en else "DATE D'ENTRÉE EN VIGUEUR",
                 "" if eff is None else (date_en(eff, o["date_style"]) if en else date_fr(eff, o["date_style"]))))
    rows.append(("LOCATION" if en else "LIEU DE TRAVAIL", p["loc"][0 if en else 1]))
    return rows


def sup_lines(p, o, lang):
    en = lang == "en"
    sp = p["sup"]
    c = cls_as(sp["cls"], o["cls_style"]) if o["sup_cls"] else None
    title = sp["en"] if en else sp["fr"]
    out = [("REPORTS TO" if en else "RELÈVE DE", title + (f" ({c})" if c else ""))]
    if o["sup_num"] and sp.get("num"):
        out.append(("SUPERVISOR'S POSITION NO." if en else "NO DU POSTE DU SUPERVISEUR", sp["num"]))
    return out


def report_text(r, o, lang):
    en = lang == "en"
    fte = "" if o["fte_null"] else (f", {r['fte']} FTEs" if en else f", {r['fte']} ETP")
    return f"{r['en'] if en else r['fr']} ({cls_as(r['cls'], o['cls_style'])}{fte})"


def dims_lines(p, o, lang):
    en = lang == "en"
    v = o["v"]
    ms = o["money_style"]
    m = (lambda x: money_en(x, ms)) if en else (lambda x: money_fr(x, ms))
    out = []
    if ms == 3:
        out.append(("", "(in thousands of dollars / $000)" if en else "(en milliers de dollars / 000 $)"))
    out.append(("FTEs" if en else "ETP", str(p["fte"])))
    out.append(("Salary" if en else "Salaires", m(v["salary"])))
    out.append(("O&M" if en else "F et E", m(v["om"])))
    if o["total"]:
        out.append(("Total", m(v["salary"] + v["om"])))
    if p["gc"]:
        out.append(("Grants and contributions (administered)" if en else "Subventions et contributions (administrées)",
                    m(p["gc"])))
    return out


HEAD = {"en": dict(ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE", ns="NATURE AND SCOPE",
                   dim="DIMENSIONS", sa="SPECIFIC ACCOUNTABILITIES", sig="SIGNATURES",
                   form="EXECUTIVE GROUP WORK DESCRIPTION", rep="DIRECT REPORTS"),
        "fr": dict(ga="RESPONSABILITÉS GÉNÉRALES", org="STRUCTURE ORGANISATIONNELLE", ns="NATURE ET ÉTENDUE",
                   dim="DIMENSIONS", sa="RESPONSABILITÉS SPÉCIFIQUES", sig="SIGNATURES",
                   form="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", rep="SUBORDONNÉS IMMÉDIATS")}


def half(p, o, lang, width, rng, hyph):
    """Sections of one column: list of (key, lines)."""
    en = lang == "en"
    c = content(p, lang, o)
    H = HEAD[lang]
    secs = []
    # fields
    fl = []
    for lab, val in fields_lines(p, o, lang) + sup_lines(p, o, lang):
        if o["label_under"]:
            fl.append(lab + ("" if en else ""))
            fl += ["  " + x for x in wrap(val, width - 2)] if val else [""]
        else:
            fl += wrap(f"{lab}: {val}" if en else f"{lab} : {val}", width)
    secs.append(("fields", [H["form"]] if o["form_title_in_cols"] else [] + []))
    secs[-1] = ("fields", ([H["form"]] if o["form_title_in_cols"] else []) + fl)
    secs.append(("ga", [H["ga"]] + sum((wrap(x, width, rng, hyph) for x in c["ga"]), [])))
    org = [H["org"]]
    sp = p["sup"]
    if en:
        sent = f"The {c['t']} reports to the {sp['en']}."
    else:
        sent = f"Le titulaire du poste relève du {sp['fr']}."
    org += wrap(sent, width, rng, hyph)
    rs = p["reports"]
    if o["rep_style"] == "table":
        tw = width - 13
        org.append((("Position title" if en else "Titre du poste").ljust(tw) + (" Level" if en else " Niv.") + ("  FTEs" if en else "   ETP")))
        org.append("-" * (width - 1))
        for r in rs:
            tl = wrap(r["en"] if en else r["fr"], tw)
            fte = "" if o["fte_null"] else str(r["fte"])
            cl = cls_as(r["cls"], o["cls_style"])
            org.append(tl[0].ljust(tw) + " " + cl.ljust(6) + fte.rjust(4))
            org += tl[1:]
    elif o["rep_style"] == "list":
        org.append(H["rep"])
        for r in rs:
            org += wrap("- " + report_text(r, o, lang), width)
    else:
        intro = (f"The following {len(rs)} positions report directly to the {c['t']}: " if en
                 else f"Les {len(rs)} postes suivants relèvent directement du titulaire : ")
        org += wrap(intro + "; ".join(report_text(r, o, lang) for r in rs) + ".", width, rng, hyph)
    secs.append(("org", org))
    secs.append(("ns", [H["ns"]] + sum((wrap(x, width, rng, hyph) + [""] for x in c["ns"]), [])[:-1]))
    dl = [H["dim"]]
    for lab, val in dims_lines(p, o, lang):
        dl.append(val if not lab else (lab + ":").ljust(width - len(val) - 1) + " " + val if len(lab) < 20
                  else lab + ":")
        if lab and len(lab) >= 20:
            dl.append(" " * (width - len(val) - 1) + val)
    secs.append(("dim", dl))
    sa = [H["sa"]]
    for i, x in enumerate(c["sa"], 1):
        w = wrap(x, width - 4, rng, hyph)
        sa += [f"{i}.  " + w[0]] + ["    " + y for y in w[1:]]
    secs.append(("sa", sa))
    return secs


def sig_lines(p, o, lang_first):
    v = o["v"]
    out = []
    d = v.get("signed") or p["eff"]
    lab = [("Approved by / Approuvé par", p["approver"]), ("Classified by / Classifié par", p["classifier"])]
    if p["incumbent"]:
        lab.append(("Incumbent / Titulaire", p["incumbent"]))
    for a, b in lab:
        if lang_first == "fr":
            a = " / ".join(reversed(a.split(" / ")))
        out.append(f"{a}: {b}" + ("" if v.get("draft") else f"      Date: {d.isoformat()}"))
    return out


# ---------------------------------------------------------------- column layout

def column_doc(p, o, rng, damage_level=None):
    left = o["left"]
    right = "fr" if left == "en" else "en"
    wl, wr = o["wl"], o["wr"]
    hy = 0.4 if damage_level else 0.0
    L = dict(half(p, o, left, wl, rng, hy))
    R = dict(half(p, o, right, wr, rng, hy))
    rows = []
    top = [("FULL", HEAD[left]["form"] + "  /  " + HEAD[right]["form"])] if not o["form_title_in_cols"] else []
    top.append(("FULL", p["dept"][0 if left == "en" else 1] + "  /  " + p["dept"][1 if left == "en" else 0]))
    top.append(("FULL", ""))
    rows += top
    if o["grid"]:
        # full-width bilingual label grid, value under each label
        def bl(en, fr):
            return f"{en} / {fr}" if left == "en" else f"{fr} / {en}"
        rows.append(("FULL", bl("Position Title", "Titre du poste")))
        rows.append(("FULL", "    " + (p["title_en"] if left == "en" else p["title_fr"])))
        rows.append(("FULL", "    " + (p["title_fr"] if left == "en" else p["title_en"])))
        cells = [(bl("Position No.", "No de poste"), p["num"] if o["num_stated"] else o["num_text"]["both"]),
                 (bl("Group/Level", "Groupe/Niveau"), cls_as(p["cls"], o["cls_style"]))]
        if o["job_stated"]:
            cells.append((bl("Job Code", "Code d'emploi"), p["job_code"]))
        widths = [len(a) + 4 for a, _ in cells]
        rows.append(("FULL", "".join(a.ljust(w) for (a, _), w in zip(cells, widths)).rstrip()))
        rows.append(("FULL", "".join(b.ljust(w) for (_, b), w in zip(cells, widths)).rstrip()))
        eff = o["v"]["eff"]
        effs = "" if eff is None else (eff.isoformat() if o["date_style"] == 1 else
                                       (date_en(eff, o["date_style"]) + " / " + date_fr(eff, o["date_style"])))
        cells = [(bl("Effective Date", "Date d'entrée en vigueur"), effs),
                 (bl("Location", "Lieu"), p["loc"][0] if left == "en" else p["loc"][1])]
        widths = [max(len(a), len(b)) + 4 for a, b in cells]
        rows.append(("FULL", "".join(a.ljust(w) for (a, _), w in zip(cells, widths)).rstrip()))
        rows.append(("FULL", "".join(b.ljust(w) for (_, b), w in zip(cells, widths)).rstrip()))
        rows.append(("FULL", bl("Supervisor", "Superviseur")))
        sp = p["sup"]
        c = (" (" + cls_as(sp["cls"], o["cls_style"]) + ")") if o["sup_cls"] else ""
        rows.append(("FULL", "    " + (sp["en"] if left == "en" else sp["fr"]) + c))
        rows.append(("FULL", "    " + (sp["fr"] if left == "en" else sp["en"]) + c))
        if o["sup_num"] and sp.get("num"):
            rows.append(("FULL", bl("Supervisor's Position No.", "No de poste du superviseur")))
            rows.append(("FULL", "    " + sp["num"]))
        rows.append(("FULL", ""))
        keys = ["ga", "org", "ns", "dim", "sa"]
    else:
        keys = ["fields", "ga", "org", "ns", "dim", "sa"]
    for k in keys:
        a, b = L[k], R[k]
        n = max(len(a), len(b))
        for i in range(n):
            rows.append((a[i] if i < len(a) else "", b[i] if i < len(b) else ""))
        rows.append(("", ""))
    rows.append(("FULL", HEAD[left]["sig"] + " / " + HEAD[right]["sig"]))
    for s in sig_lines(p, o, left):
        rows.append(("FULL", s))
    return rows


def render_columns(rows, o, rng, damage_level, title_pair):
    per = o["per_page"]
    pages = [rows[i:i + per] for i in range(0, len(rows), per)]
    n = len(pages)
    out_pages = []
    left = o["left"]
    for pi, pg in enumerate(pages, 1):
        drift = rng.randint(-3, 5)
        margin = rng.randint(0, 4)
        W = o["wl"] + o["gap"] + drift
        lines = []
        if pi > 1 or o["header_first"]:
            hl = title_pair[0] if left == "en" else title_pair[1]
            hr = title_pair[1] if left == "en" else title_pair[0]
            lines.append(" " * margin + hl[:o["wl"]].ljust(W) + o["sep"] + hr[:o["wr"]])
            lines.append("")
        for a, b in pg:
            if a == "FULL":
                txt = b
                if damage_level:
                    txt = damage(txt, rng, damage_level)
                lines.append((" " * margin + txt).rstrip())
                continue
            if damage_level:
                a, b = damage(a, rng, damage_level), damage(b, rng, damage_level)
            sep = o["sep"]
            if damage_level and "|" in sep and rng.random() < 0.3:
                sep = sep.replace("|", rng.choice("Il!1"))
            if not a and not b:
                lines.append("")
                continue
            gapw = W
            if damage_level == "heavy" and rng.random() < 0.08 and a:
                gapw = len(a) + 1
            line = " " * margin + a.ljust(gapw) + (sep if (b or "|" in sep) else "") + b
            lines.append(line.rstrip())
        if o["footer"] == "split":
            fl = f"Page {pi} of {n}" if left == "en" else f"Page {pi} de {n}"
            fr = f"Page {pi} de {n}" if left == "en" else f"Page {pi} of {n}"
            foot = " " * margin + fl.ljust(W) + " " * len(o["sep"]) + fr
        elif o["footer"] == "slash":
            foot = " " * (margin + 30) + f"{pi}/{n}"
        else:
            foot = " " * margin + f"Page {pi} of / de {n}"
        if damage_level:
            foot = damage(foot, rng, damage_level)
        lines += ["", foot]
        out_pages.append("\n".join(lines))
    return out_pages


# ---------------------------------------------------------------- single-column (one language or stacked)

def linear_doc(p, o, langs, rng, hyph=0.0, width=78):
    """Lines of a one-column document: 'en', 'fr' or stacked bilingual (labels 'EN / FR')."""
    out = []
    if len(langs) == 1:
        lang = langs[0]
        H = HEAD[lang]
        out += [H["form"], p["dept"][0 if lang == "en" else 1], ""]
        for lab, val in fields_lines(p, o, lang) + sup_lines(p, o, lang):
            out.append(f"{lab}: {val}" if lang == "en" else f"{lab} : {val}")
        out.append("")
        for k, lines in half(p, o, lang, width, rng, hyph)[1:]:
            out += lines + [""]
        out.append(H["sig"])
        out += sig_lines(p, o, lang)
        return out
    # stacked bilingual: labels in both languages on one line, EN value then FR value
    out += [HEAD["en"]["form"] + " / " + HEAD["fr"]["form"], p["dept"][0] + " / " + p["dept"][1], ""]
    fe, ff = fields_lines(p, o, "en") + sup_lines(p, o, "en"), fields_lines(p, o, "fr") + sup_lines(p, o, "fr")
    for (a, x), (b, y) in zip(fe, ff):
        out.append(f"{a} / {b}:")
        out.append("    " + x)
        if y != x:
            out.append("    " + y)
    out.append("")
    he, hf = half(p, o, "en", width, rng, hyph), half(p, o, "fr", width, rng, hyph)
    for (k, a), (_, b) in zip(he[1:], hf[1:]):
        out.append(a[0] + " / " + b[0])
        out += a[1:] + [""] + b[1:] + [""]
    out.append("SIGNATURES")
    out += sig_lines(p, o, "en")
    return out


def paginate_linear(lines, per, header, rng, damage_level, fr_footer=False):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    res = []
    for i, pg in enumerate(pages, 1):
        body = ([header, ""] if i > 1 else []) + pg + ["", f"Page {i} de {n}" if fr_footer else f"- {i} -"]
        if damage_level:
            body = [damage(x, rng, damage_level) for x in body]
        res.append("\n".join(body))
    return res


# ---------------------------------------------------------------- writers

def write_docx(path, p, o, lang, rng):
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title = "RH-HR Classification", p["title_en"] if lang != "fr" else p["title_fr"]
    cp.created = cp.modified = dt.datetime(2022, 3, 1, 9, 0, 0)
    cp.last_modified_by, cp.revision = "classification", 3
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10)
    if lang == "bilingual":
        d.add_heading(HEAD["en"]["form"] + " / " + HEAD["fr"]["form"], 1)
        d.add_paragraph(p["dept"][0] + " / " + p["dept"][1])
        fe, ff = fields_lines(p, o, "en") + sup_lines(p, o, "en"), fields_lines(p, o, "fr") + sup_lines(p, o, "fr")
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for (a, x), (b, y) in zip(fe, ff):
            c = t.add_row().cells
            c[0].text, c[1].text = f"{a}\n{x}", f"{b}\n{y}"
        he, hf = half(p, o, "en", 200, None, 0), half(p, o, "fr", 200, None, 0)
        for (k, a), (_, b) in zip(he[1:], hf[1:]):
            if k == "org" and o["rep_style"] == "table":
                d.add_heading(a[0] + " / " + b[0], 2)
                d.add_paragraph(a[1])
                d.add_paragraph(b[1])
                tt = d.add_table(rows=1, cols=3)
                tt.style = "Table Grid"
                for cell, h in zip(tt.rows[0].cells, ["Position / Poste", "Group-Level / Groupe-niveau", "FTEs / ETP"]):
                    cell.text = h
                for r in p["reports"]:
                    c = tt.add_row().cells
                    c[0].text = r["en"] + "\n" + r["fr"]
                    c[1].text = cls_as(r["cls"], o["cls_style"])
                    c[2].text = "" if o["fte_null"] else str(r["fte"])
                continue
            d.add_heading(a[0] + " / " + b[0], 2)
            tt = d.add_table(rows=1, cols=2)
            tt.rows[0].cells[0].text = "\n".join(x.strip() for x in a[1:])
            tt.rows[0].cells[1].text = "\n".join(x.strip() for x in b[1:])
        d.add_heading("SIGNATURES", 2)
        for s in sig_lines(p, o, "en"):
            d.add_paragraph(s)
    else:
        H = HEAD[lang]
        d.add_heading(H["form"], 1)
        d.add_paragraph(p["dept"][0 if lang == "en" else 1])
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, x in fields_lines(p, o, lang) + sup_lines(p, o, lang):
            c = t.add_row().cells
            c[0].text, c[1].text = a, x
        for k, lines in half(p, o, lang, 200, None, 0)[1:]:
            d.add_heading(lines[0], 2)
            for x in lines[1:]:
                if x.strip() and not set(x.strip()) <= {"-"}:
                    d.add_paragraph(x.strip())
        d.add_heading(H["sig"], 2)
        for s in sig_lines(p, o, lang):
            d.add_paragraph(s)
    save_docx(d, path)


def save_docx(d, path):
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2022, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- corpus plan

def options(p, rng, kind, lang, v=None):
    o = {}
    o["v"] = v or dict(eff=p["eff"] if rng.random() < 0.85 else None, salary=p["salary"], om=p["om"])
    o["left"] = "en" if rng.random() < 0.62 else "fr"
    o["wl"], o["wr"] = rng.randint(36, 42), rng.randint(38, 46)
    o["gap"] = rng.randint(3, 8)
    o["sep"] = rng.choice(["   ", "    ", " | ", " |  ", "  "])
    o["per_page"] = rng.randint(44, 58)
    o["header_first"] = rng.random() < 0.3
    o["footer"] = rng.choice(["split", "slash", "both"])
    o["grid"] = rng.random() < 0.4
    o["label_under"] = rng.random() < 0.55
    o["form_title_in_cols"] = rng.random() < 0.5
    o["long_fr"] = rng.random() < 0.8
    o["cls_style"] = rng.choice([0, 0, 1, 2])
    o["date_style"] = rng.choice([0, 1, 2])
    o["money_style"] = rng.choice([0, 1, 2, 3])
    o["total"] = rng.random() < 0.65
    o["job_stated"] = bool(p["job_code"])
    o["num_stated"] = rng.random() < 0.93
    o["num_text"] = {"en": "NEW", "fr": "NOUVEAU", "both": "NEW / NOUVEAU"} if rng.random() < 0.5 else \
        {"en": "TBD", "fr": "À déterminer", "both": "TBD / À dét."}
    o["sup_cls"] = rng.random() < 0.8
    o["sup_num"] = rng.random() < 0.6
    o["rep_style"] = rng.choice(["table", "table", "list", "sentence"])
    o["fte_null"] = rng.random() < 0.15
    return o


def truth(doc, kind, lang, p, o, outcome="import", also=None, versions=None):
    if outcome == "refuse":
        return dict(document=doc, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=None,
                    also=also or {}, people=also.pop("_people", []) if also else [], versions=None)
    v = o["v"]
    fr = lang == "fr"
    sp = p["sup"]
    f = dict(
        title=p["title_fr"] if fr else p["title_en"],
        classification=p["cls"],
        job_code=p["job_code"] if o["job_stated"] else None,
        position_number=p["num"] if o["num_stated"] else None,
        effective_date=v["eff"],
        supervisor=dict(position_number=sp["num"] if (o["sup_num"] and sp.get("num")) else None,
                        title=sp["fr"] if fr else sp["en"], classification=sp["cls"] if o["sup_cls"] else None),
        direct_reports=[dict(title=r["fr"] if fr else r["en"], classification=r["cls"],
                             fte=None if o["fte_null"] else r["fte"]) for r in p["reports"]],
        salary=v["salary"], o_and_m=v["om"], total=(v["salary"] + v["om"]) if o["total"] else None,
        location=p["loc"][1] if fr else p["loc"][0],
    )
    ns = []
    for k in ["job_code", "position_number", "effective_date"]:
        if f[k] is None:
            ns.append(k)
    for k in ["position_number", "classification"]:
        if f["supervisor"][k] is None:
            ns.append("supervisor." + k)
    if f["total"] is None:
        ns.append("total")
    a = dict(department=p["dept"][1] if fr else p["dept"][0], fte=p["fte"])
    if lang == "bilingual":
        a["title_fr"] = p["title_fr"]
    if lang == "bilingual" and kind in ("ocr-columns", "pdf", "text", "text-cp1252"):
        a["column_order"] = "english-left" if o["left"] == "en" else "french-left"
    if o["cls_style"]:
        a["classification_as_printed"] = cls_as(p["cls"], o["cls_style"])
    if not o["num_stated"]:
        a["position_number_as_printed"] = o["num_text"]["en"]
    if p["gc"]:
        a["grants_and_contributions_not_budget"] = p["gc"]
    if sp.get("head"):
        a["reports_to_in_corpus"] = sp["head"]["doc"]
    a["reports_layout"] = o["rep_style"]
    if o["grid"] and kind == "ocr-columns":
        a["form"] = "bilingual label grid, value under label"
    if also:
        a.update(also)
    people = [p["approver"], p["classifier"]] + ([p["incumbent"]] if p["incumbent"] else [])
    return dict(document=doc, kind=kind, language=lang, outcome=outcome, fields=f, not_stated=ns, also=a,
                people=people, versions=versions)


def main():
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    positions = build_positions()
    # kinds for the 42 positions (three more documents are versions)
    kinds = (["ocr-columns/bilingual"] * 21 + ["ocr/bilingual"] * 3 + ["ocr/en"] * 2 + ["pdf/bilingual"] * 3
             + ["pdf/en"] * 1 + ["pdf/fr"] * 1 + ["docx/bilingual"] * 2 + ["docx/en"] * 2 + ["docx/fr"] * 1
             + ["text/fr"] * 1 + ["text/bilingual"] * 1 + ["text-cp1252/bilingual"] * 1 + ["text-cp1252/en"] * 1
             + ["markdown/bilingual"] * 1 + ["markdown/en"] * 1)
    assert len(kinds) == 42, len(kinds)
    random.Random(1901).shuffle(kinds)
    # versions: a DRAFT scan beside a docx; an older scan beside a newer scan; a pdf and its (1) copy
    vdraft = next(i for i, k in enumerate(kinds) if k == "docx/bilingual")
    vold = [i for i, k in enumerate(kinds) if k == "ocr-columns/bilingual"][3]
    vcopy = next(i for i, k in enumerate(kinds) if k == "pdf/bilingual")
    # file names
    names = {}
    for i, (p, k) in enumerate(zip(positions, kinds)):
        r = random.Random(190300 + i)
        kind, lang = k.split("/")
        ext = {"ocr-columns": ".txt", "ocr": ".txt", "pdf": ".pdf", "docx": ".docx", "text": ".txt",
               "text-cp1252": ".txt", "markdown": ".md"}[kind]
        t = p["title_en"] if lang != "fr" else p["title_fr"]
        style = r.randint(0, 6)
        if kind in ("ocr-columns", "ocr"):
            base = [f"SCAN_{r.randint(1000, 9999)}_{p['num']} OCR", f"DT-WD {p['num']} {p['cls']} bilingue (OCR)",
                    f"img{r.randint(100, 999)} - {t} - EN-FR", f"{p['num']}_{t} scan", f"Numérisation {p['num']} - {t}",
                    f"{t} ({p['cls']}) - signed", f"Scan {p['cls'].replace('-', ' ')} {p['num']}"][style]
        else:
            base = [f"{t}", f"{p['num']} - {t}", f"WD {p['num']} - {t} - signed", f"{t} ({p['cls']}) FINAL",
                    f"EWD_{p['num']}_{p['cls']}", f"DT {p['num']} {t}", f"{t} - {p['num']}"][style]
        base = base.replace("/", "-")
        names[i] = base + ext
        p["doc"] = names[i]
    positions_docs = []
    for i, (p, k) in enumerate(zip(positions, kinds)):
        kind, lang = k.split("/")
        positions_docs.append((i, p, kind, lang))

    expected = {}

    def emit(doc, data, t):
        path = CORPUS / doc
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        expected[doc] = t

    def make(i, p, kind, lang, doc, rng, v=None, also=None, versions=None):
        o = options(p, rng, kind, lang, v)
        a = dict(also or {})
        title_pair = (p["dept"][0] + " - " + "Work Description", p["dept"][1] + " - " + "Description de travail")
        if kind == "ocr-columns":
            lvl = rng.choice(["light", "medium", "medium", "heavy"])
            a["damage"] = lvl
            rows = column_doc(p, o, rng, lvl)
            pages = render_columns(rows, o, rng, lvl, title_pair)
            data = "\n\f".join(pages) + "\n"
        elif kind == "ocr":
            lvl = rng.choice(["light", "medium", "heavy"])
            a["damage"] = lvl
            langs = ["en"] if lang == "en" else ["en", "fr"]
            lines = linear_doc(p, o, langs, rng, 0.4, rng.randint(64, 80))
            pages = paginate_linear(lines, rng.randint(46, 56), p["title_en"] + " / " + p["title_fr"], rng, lvl,
                                    fr_footer=lang != "en")
            data = "\n\n".join(pages) + "\n"
        elif kind == "pdf":
            if lang == "bilingual":
                o["sep"] = "   "
                rows = column_doc(p, o, rng, None)
                pages = render_columns(rows, o, rng, None, title_pair)
            else:
                lines = linear_doc(p, o, [lang], rng, 0, 90)
                pages = paginate_linear(lines, 60, p["title_en"] if lang == "en" else p["title_fr"], rng, None,
                                        fr_footer=lang == "fr")
            data = pdf_bytes(pages)
        elif kind == "docx":
            write_docx(CORPUS / doc, p, o, lang, rng)
            data = (CORPUS / doc).read_bytes()
        elif kind in ("text", "text-cp1252"):
            if lang == "bilingual":
                rows = column_doc(p, o, rng, None)
                pages = render_columns(rows, o, rng, None, title_pair)
                txt = "\n\n".join(pages) + "\n"
            else:
                txt = "\n".join(linear_doc(p, o, [lang], rng, 0, 76)) + "\n"
            if kind == "text-cp1252":
                txt = txt.replace("'", "\u2019").replace("\n", "\r\n")
                data = txt.encode("cp1252")
            else:
                data = txt
        elif kind == "markdown":
            data = markdown(p, o, lang)
        else:
            raise ValueError(kind)
        t = truth(doc, kind, lang, p, o, also=a, versions=versions)
        emit(doc, data, t)
        return o

    for i, p, kind, lang in positions_docs:
        doc = names[i]
        rng = random.Random(190500 + i)
        if i == vdraft:
            older = f"{p['num']} {p['title_en']} DRAFT.txt".replace("/", "-")
            vers = dict(documents=[older, doc], newest=doc, same_text=False,
                        note="the draft scan has no effective date and a lower salary and O&M; the Word file is signed")
            make(i, p, kind, lang, doc, rng, versions=vers)
            vd = dict(eff=None, salary=p["salary"] - 120000, om=p["om"] - 30000 if p["om"] > 60000 else p["om"],
                      draft=True)
            make(i, p, "ocr-columns", "bilingual", older, random.Random(190700), v=vd, versions=vers,
                 also=dict(draft=True))
        elif i == vold:
            older = f"OLD {p['num']} {p['title_en']} {p['eff'].year - 4} - superseded.txt".replace("/", "-")
            vers = dict(documents=[older, doc], newest=doc, same_text=False,
                        note="four years earlier: other effective date, salary and O&M")
            make(i, p, kind, lang, doc, rng, v=dict(eff=p["eff"], salary=p["salary"], om=p["om"]), versions=vers)
            vo = dict(eff=dt.date(p["eff"].year - 4, 4, 1), salary=p["salary"] - 210000, om=p["om"] // 2 // 10000 * 10000,
                      signed=dt.date(p["eff"].year - 4, 3, 12))
            make(i, p, "ocr-columns", "bilingual", older, random.Random(190701), v=vo, versions=vers)
        elif i == vcopy:
            copy = doc[:-4] + " (1).pdf"
            vers = dict(documents=[doc, copy], newest=doc, same_text=True, note="a byte-identical copy")
            make(i, p, kind, lang, doc, rng, versions=vers)
            (CORPUS / copy).write_bytes((CORPUS / doc).read_bytes())
            t = dict(expected[doc])
            t["document"] = copy
            expected[copy] = t
        else:
            make(i, p, kind, lang, doc, rng)

    refuse_docs(emit, positions)
    assert len(expected) == 50, len(expected)
    for doc, t in expected.items():
        (EXPECTED / (doc + ".expected.yaml")).write_text(
            yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


def markdown(p, o, lang):
    out = []
    if lang == "en":
        out += [f"# {p['title_en']}", "", f"*{p['dept'][0]}* — Executive Group Work Description", ""]
        for a, x in fields_lines(p, o, "en") + sup_lines(p, o, "en"):
            out.append(f"- **{a.title()}:** {x}")
        out.append("")
        for k, lines in half(p, o, "en", 10000, None, 0)[1:]:
            out += [f"## {lines[0].title()}", ""]
            body = lines[1:]
            if k == "org" and o["rep_style"] == "table":
                out += [body[0], "", "| Position | Level | FTEs |", "|---|---|---|"]
                out += [f"| {r['en']} | {cls_as(r['cls'], o['cls_style'])} | {'' if o['fte_null'] else r['fte']} |"
                        for r in p["reports"]]
            else:
                out += [x for x in body]
            out.append("")
        out += ["## Signatures", ""] + ["- " + s for s in sig_lines(p, o, "en")]
        return "\n".join(out) + "\n"
    out += [f"# {p['title_en']} / {p['title_fr']}", ""]
    out += ["| English | Français |", "|---|---|"]
    fe, ff = fields_lines(p, o, "en") + sup_lines(p, o, "en"), fields_lines(p, o, "fr") + sup_lines(p, o, "fr")
    for (a, x), (b, y) in zip(fe, ff):
        out.append(f"| **{a.title()}**<br>{x} | **{b.capitalize()}**<br>{y} |")
    out.append("")
    he, hf = half(p, o, "en", 10000, None, 0), half(p, o, "fr", 10000, None, 0)
    for (k, a), (_, b) in zip(he[1:], hf[1:]):
        out += [f"## {a[0].title()} / {b[0].capitalize()}", "", "| English | Français |", "|---|---|"]
        n = max(len(a), len(b))
        for j in range(1, n):
            x = a[j].strip() if j < len(a) else ""
            y = b[j].strip() if j < len(b) else ""
            if set(x) <= {"-"} and set(y) <= {"-"} and (x or y):
                continue
            out.append(f"| {x.replace('|', '/')} | {y.replace('|', '/')} |")
        out.append("")
    out += ["## Signatures", ""] + ["- " + s for s in sig_lines(p, o, "en")]
    return "\n".join(out) + "\n"


def refuse_docs(emit, positions):
    rng = random.Random(190900)
    p = positions[8]
    # 1. bilingual memo in two columns, OCR'd
    left = ["MEMORANDUM", "", "TO: Director General, Corporate Services", "FROM: Senior Classification Advisor",
            "DATE: 2023-02-14", "", "SUBJECT: Request to reclassify position", f"{p['num']} from EX-01 to EX-02", "",
            "The request to reclassify the position of", f"{p['title_en']} has been reviewed.",
            f"Although the unit now counts {p['fte']} FTEs and", f"a salary budget of ${p['salary']:,}, the",
            "committee found the scope unchanged. The", "position remains at the EX-01 level.", "",
            "Quennevillard Osterbrook", "Senior Classification Advisor"]
    right = ["NOTE DE SERVICE", "", "DESTINATAIRE : Directeur général,", "Services ministériels",
             "EXPÉDITEUR : Conseiller principal en", "classification", "DATE : 2023-02-14", "",
             "OBJET : Demande de reclassification du", f"poste {p['num']} de EX-01 à EX-02", "",
             "La demande de reclassification du poste de", f"{p['title_fr']} a été examinée.",
             f"Bien que l'unité compte maintenant {p['fte']} ETP", f"et un budget salarial de {p['salary']:,} $,".replace(",", " ", 1),
             "le comité a conclu que la portée demeure", "inchangée. Le poste demeure au niveau EX-01.", "",
             "Quennevillard Osterbrook", "Conseiller principal en classification"]
    lines = []
    for j in range(max(len(left), len(right))):
        a = damage(left[j] if j < len(left) else "", rng, "medium")
        b = damage(right[j] if j < len(right) else "", rng, "medium")
        lines.append((a.ljust(46) + b).rstrip())
    doc = "Memo - reclassification EX-01 à EX-02 (OCR).txt"
    emit(doc, "\n".join(lines) + "\n", dict(document=doc, kind="ocr-columns", language="bilingual", outcome="refuse",
                                            fields=None, not_stated=None,
                                            also=dict(what="bilingual two-column memorandum refusing a reclassification",
                                                      damage="medium"),
                                            people=["Quennevillard Osterbrook"], versions=None))
    # 2. French letter, Word
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title = "Bureau du SMA", "Lettre"
    cp.created = cp.modified = dt.datetime(2022, 3, 1, 9, 0, 0)
    q = positions[15]
    for x in ["Gatineau, le 3 octobre 2022", "", "Madame Delphine Castonnage", "", "Objet : Nomination intérimaire",
              "", "Madame,", "", f"J'ai le plaisir de confirmer votre nomination intérimaire au poste de {q['title_fr']} "
              f"({q['cls']}, poste {q['num']}) du 11 octobre 2022 au 31 mars 2023. Votre rémunération sera établie "
              "conformément à la Politique sur les conditions d'emploi des cadres.", "",
              "Veuillez agréer, Madame, l'expression de mes sentiments distingués.", "", "Ambroise Tremblecourt",
              "Sous-ministre adjoint"]:
        d.add_paragraph(x)
    doc = "Lettre nomination intérimaire - Castonnage, D.docx"
    save_docx(d, CORPUS / doc)
    emit(doc, (CORPUS / doc).read_bytes(), dict(document=doc, kind="docx", language="fr", outcome="refuse", fields=None,
                                                not_stated=None, also=dict(what="letter confirming an acting appointment"),
                                                people=["Delphine Castonnage", "Ambroise Tremblecourt"], versions=None))
    # 3. minutes, OCR English
    m = ["EXECUTIVE CLASSIFICATION COMMITTEE / COMITÉ DE CLASSIFICATION DES CADRES", "MINUTES - Meeting of 2023-05-09",
         "", "Present: Rosalind Whitlockson (Chair), Corentin Mirandeau, Faustine Hollingmere", "",
         f"1. {positions[22]['title_en']} ({positions[22]['num']}): Hay points 1,056; EX-02 confirmed.",
         f"2. {positions[30]['title_en']}: budget of $3.1M noted; rated at EX-01 (Hay 868).",
         "3. Next meeting: 2023-06-13.", "", "Minutes approved by the Chair."]
    doc = "Minutes ECC 2023-05-09 scan.txt"
    emit(doc, "\n".join(damage(x, rng, "light") for x in m) + "\n",
         dict(document=doc, kind="ocr", language="en", outcome="refuse", fields=None, not_stated=None,
              also=dict(what="minutes of the executive classification committee", damage="light"),
              people=["Rosalind Whitlockson", "Corentin Mirandeau", "Faustine Hollingmere"], versions=None))
    # 4. bilingual org chart in text
    h = positions[0]
    oc = [f"ORGANIGRAMME / ORGANIZATION CHART - {h['dept'][1]} / {h['dept'][0]}", "",
          f"                 +{'-' * 44}+", f"                 | {h['title_en'][:42]:<42} |",
          f"                 | {h['title_fr'][:42]:<42} |", f"                 | {h['cls']} - {h['num']:<34} |",
          f"                 +{'-' * 22}+{'-' * 21}+", "                                        |"]
    for dd in h["dirs"]:
        oc.append(f"      +-- {dd['title_en']} / {dd['title_fr']} ({dd['cls']}, {dd['fte']} ETP/FTEs)")
    doc = "Organigramme - Org chart 2024.txt"
    emit(doc, "\n".join(oc) + "\n", dict(document=doc, kind="text", language="bilingual", outcome="refuse", fields=None,
                                          not_stated=None, also=dict(what="bilingual organization chart in text boxes"),
                                          people=[], versions=None))
    # 5. scan without text layer
    doc = "Numérisation EX 02 sans OCR (1).pdf"
    emit(doc, pdf_bytes(["", "", ""]), dict(document=doc, kind="pdf", language="bilingual", outcome="refuse",
                                            fields=None, not_stated=None,
                                            also=dict(what="three-page scan without a text layer; language unknown"),
                                            people=[], versions=None))


if __name__ == "__main__":
    main()
