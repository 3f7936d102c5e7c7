"""Writes the blind152 corpus (spreadsheets and HR-system screens as documents) and its truths.

    /work/main/.venv/bin/python bench/import/blind152/make_blind.py

Deterministic: fixed seeds, .docx re-zipped with fixed timestamps, PDFs from tests/import_files.pdf_bytes."""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

import docx  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402

NBSP = "\u00a0"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ---------------------------------------------------------------- values and notations


def money(v, style):
    if v is None:
        return ""
    if style == "acct":
        return f"${v:,.2f}"
    if style == "plain":
        return f"${v:,}"
    if style == "bare":
        return str(v)
    if style == "comma":
        return f"{v:,}"
    if style == "dec":
        return f"{v:.2f}"
    if style == "sci":
        e = len(str(v)) - 1
        assert v % 10 ** (e - 2) == 0, v
        return f"{v / 10 ** e:.2f}E+{e:02d}"
    if style == "K":
        assert v % 1000 == 0
        return f"${v // 1000:,}K"
    if style == "fr":
        s = f"{v:,.2f}".replace(",", NBSP).replace(".", ",")
        return s + NBSP + "$"
    if style == "fr0":
        return f"{v:,}".replace(",", NBSP) + NBSP + "$"
    raise ValueError(style)


def excel_serial(d):
    return (d - dt.date(1899, 12, 30)).days


def date_s(d, style):
    if d is None:
        return ""
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "dmmmyy":
        return f"{d.day:02d}-{ABBR[d.month - 1]}-{d.year % 100:02d}"
    if style == "ymd/":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "us":
        assert d.day > 12
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "dmy/":
        assert d.day > 12
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "serial":
        return str(excel_serial(d))
    if style == "ts":
        return d.isoformat() + " 00:00:00"
    if style == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    raise ValueError(style)


def fte_s(n, style):
    if n is None:
        return ""
    if style == "int":
        return str(n)
    if style == "1":
        return f"{n:.1f}"
    if style == "2":
        return f"{n:.2f}"
    if style == "fr2":
        return f"{n:.2f}".replace(".", ",")
    raise ValueError(style)


# ---------------------------------------------------------------- positions

LEVELS = {
    "EX-01": ("Director", "Directeur", "Directrice"),
    "EX-02": ("Executive Director", "Directeur exécutif", "Directrice exécutive"),
    "EX-03": ("Director General", "Directeur général", "Directrice générale"),
    "EX-04": ("Assistant Deputy Minister", "Sous-ministre adjoint", "Sous-ministre adjointe"),
}
SUP_OF = {"EX-01": ["EX-03", "EX-02", "EX-03"], "EX-02": ["EX-03"], "EX-03": ["EX-04"], "EX-04": ["DM-01"]}
NON_EX = ["PM-06", "AS-07", "EC-07", "CS-04", "FI-03", "PE-06", "IS-05", "CO-03", "EC-06", "PM-05", "CS-05", "EN-ENG-05"]


class Pools:
    def __init__(self, rng):
        self.rng = rng
        self.topics = list(T.TOPICS)
        rng.shuffle(self.topics)
        self.names = [(g, f) for g in T.GIVEN for f in T.FAMILY]
        rng.shuffle(self.names)
        self.used_posn = set()

    def name(self):
        g, f = self.names.pop()
        return f"{g} {f}"

    def posn(self, digits=None):
        while True:
            d = digits or self.rng.choice([5, 5, 6, 6, 6])
            n = str(self.rng.randrange(10 ** (d - 1), 10 ** d))
            if n not in self.used_posn:
                self.used_posn.add(n)
                return n


def cap(s):
    return s[0].upper() + s[1:]


def make_position(pools, rng, cls=None, sup=None):
    cls = cls or rng.choice(["EX-01"] * 5 + ["EX-02"] * 3 + ["EX-03"] * 2 + ["EX-04"])
    topic_en, topic_fr = pools.topics.pop()
    fem = rng.random() < 0.5
    lv = LEVELS[cls]
    title_en = f"{lv[0]}, {topic_en}"
    title_fr = f"{lv[2] if fem else lv[1]}, {cap(topic_fr)}"
    dept = rng.randrange(len(T.DEPTS))
    place = rng.choice([0, 0, 0, 1] + list(range(len(T.PLACES))))
    if sup is None:
        scls = rng.choice(SUP_OF[cls])
        b_en, b_fr = rng.choice(T.BRANCHES)
        if scls == "DM-01":
            sup = {"title_en": "Deputy Minister", "title_fr": "Sous-ministre", "cls": "DM-01"}
        else:
            sl = LEVELS[scls]
            sup = {"title_en": f"{sl[0]}, {b_en}", "title_fr": f"{sl[1 + (rng.random() < 0.5)]}, {cap(b_fr)}",
                   "cls": scls}
        sup["posn"] = pools.posn()
    reports = []
    n = rng.randint(3, 6)
    units = rng.sample(T.UNITS, n)
    for i, (u_en, u_fr) in enumerate(units):
        if cls == "EX-01":
            rcls = rng.choice(NON_EX)
            rt_en, rt_fr = (f"Manager, {u_en}", f"Gestionnaire, {cap(u_fr)}") if rng.random() < 0.8 else \
                (f"Senior Advisor, {u_en}", f"Conseiller principal, {cap(u_fr)}")
            fte = rng.randint(3, 24)
        else:
            below = {"EX-02": "EX-01", "EX-03": "EX-01", "EX-04": "EX-03"}[cls]
            if cls == "EX-03" and i == 0 and rng.random() < 0.5:
                below = "EX-02"
            if cls != "EX-04" and i == n - 1 and rng.random() < 0.5:
                rcls = rng.choice(NON_EX)
                rt_en, rt_fr = f"Manager, {u_en}", f"Gestionnaire, {cap(u_fr)}"
                fte = rng.randint(3, 15)
            else:
                rcls = below
                l2 = LEVELS[below]
                rt_en, rt_fr = f"{l2[0]}, {u_en}", f"{l2[1 + (rng.random() < 0.5)]}, {cap(u_fr)}"
                fte = rng.randint(15, 80) if below == "EX-01" else rng.randint(60, 220)
        reports.append({"title_en": rt_en, "title_fr": rt_fr, "cls": rcls, "fte": fte, "posn": pools.posn(6)})
    fte = sum(r["fte"] for r in reports) + rng.randint(1, 4)
    salary = round(fte * rng.uniform(86000, 104000), -4)
    om = round(fte * rng.uniform(9000, 40000), -3)
    eff = dt.date(rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28))
    return {
        "cls": cls, "title_en": title_en, "title_fr": title_fr, "topic_en": topic_en, "topic_fr": topic_fr,
        "dept": dept, "place": place, "sup": sup, "reports": reports, "fte": fte,
        "salary": int(salary), "om": int(om), "job": str(rng.randint(100100, 109899)), "posn": pools.posn(),
        "eff": eff, "incumbent": pools.name(), "signer": pools.name(), "advisor": pools.name(),
        "omit": set(),
    }


# ---------------------------------------------------------------- truth


def truth(doc, p, lang, kind, form, ov=None, also=None, people=None, versions=None):
    """The truth of a work description: what its text states, in the document's language."""
    ov = ov or {}
    fr = lang == "fr"
    om = p["omit"]
    sup = p["sup"]
    reports = [{"title": r["title_fr"] if fr else r["title_en"], "classification": r["cls"], "fte": r["fte"]}
               for r in p["reports"]]
    for r, rr in zip(reports, p["reports"]):
        if rr.get("no_fte"):
            r["fte"] = None
    f = {
        "title": p["title_fr"] if fr else p["title_en"],
        "classification": p["cls"],
        "job_code": None if "job_code" in om else p["job"],
        "position_number": p.get("posn_shown", p["posn"]),
        "effective_date": None if "effective_date" in om else p["eff"],
        "supervisor": {
            "position_number": None if "supervisor.position_number" in om else sup.get("posn_shown", sup["posn"]),
            "title": sup["title_fr"] if fr else sup["title_en"],
            "classification": None if "supervisor.classification" in om else sup["cls"],
        },
        "direct_reports": reports,
        "salary": p["salary"],
        "o_and_m": p["om"],
        "total": None if "total" in om else p["salary"] + p["om"],
        "location": None if "location" in om else (T.PLACES[p["place"]][1] if fr else T.PLACES[p["place"]][0]),
    }
    for k, v in ov.items():
        if "." in k:
            a, b = k.split(".")
            f[a][b] = v
        else:
            f[k] = v
    ns = []
    for k in ["title", "classification", "job_code", "position_number", "effective_date"]:
        if f[k] is None:
            ns.append(k)
    for k in ["position_number", "title", "classification"]:
        if f["supervisor"][k] is None:
            ns.append("supervisor." + k)
    if not f["direct_reports"]:
        f["direct_reports"] = None
        ns.append("direct_reports")
    for k in ["salary", "o_and_m", "total", "location"]:
        if f[k] is None:
            ns.append(k)
    a = {"department": T.DEPTS[p["dept"]][1] if fr else T.DEPTS[p["dept"]][0], "form": form}
    if lang == "bilingual":
        a["title_fr"] = p["title_fr"]
    if p.get("fte_stated", True):
        a["fte"] = p["fte"]
    a.update(also or {})
    return {"document": doc, "kind": kind, "language": lang, "outcome": "import", "fields": f,
            "not_stated": ns, "also": a, "people": people or [], "versions": versions}


def refusal(doc, kind, lang, what, people, also=None):
    a = {"what": what}
    a.update(also or {})
    return {"document": doc, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
            "not_stated": None, "also": a, "people": people, "versions": None}


# ---------------------------------------------------------------- labels

LBL = {
    "en": dict(title="Position Title", cls="Group and Level", posn="Position Number", job="Job Code",
               eff="Effective Date", loc="Location", dept="Department", sup="Reports To (Title)",
               scls="Supervisor Group/Level", sposn="Supervisor Position No.", sal="Salary", om="O&M",
               tot="Total", fte="FTEs (total)", reports="DIRECT REPORTS", dims="DIMENSIONS", rt="Title",
               rc="Group/Level", rf="FTE", head="EXECUTIVE WORK DESCRIPTION", ga="General Accountability",
               act="Key Activities", prep="Prepared by", inc="Incumbent", appr="Approved by", amt="Amount"),
    "fr": dict(title="Titre du poste", cls="Groupe et niveau", posn="Numéro de poste", job="Code d'emploi",
               eff="Date d'entrée en vigueur", loc="Lieu", dept="Ministère", sup="Relève de (titre)",
               scls="Groupe/niveau du superviseur", sposn="N° de poste du superviseur", sal="Salaires",
               om="F et E", tot="Total", fte="ETP (total)", reports="SUBORDONNÉS DIRECTS", dims="DIMENSIONS",
               rt="Titre", rc="Groupe/niveau", rf="ETP", head="DESCRIPTION DE TRAVAIL DE CADRE",
               ga="Responsabilité générale", act="Activités principales", prep="Préparé par",
               inc="Titulaire", appr="Approuvé par", amt="Montant"),
}
LBL["bilingual"] = {k: (v if LBL["en"][k] == LBL["fr"][k] else f"{v} / {LBL['fr'][k]}") for k, v in LBL["en"].items()}
LBL["bilingual"]["om"] = "O&M / F et E"
LBL["bilingual"]["tot"] = "Total"


def L(lang, fr_or_en):
    return fr_or_en


def titles(p, lang):
    return p["title_fr"] if lang == "fr" else p["title_en"]


def sup_title(p, lang):
    return p["sup"]["title_fr"] if lang == "fr" else p["sup"]["title_en"]


def rep_title(r, lang):
    if lang == "bilingual":
        return f"{r['title_en']} / {r['title_fr']}"
    return r["title_fr"] if lang == "fr" else r["title_en"]


def loc_s(p, lang):
    return "" if "location" in p["omit"] else (T.PLACES[p["place"]][1] if lang == "fr" else T.PLACES[p["place"]][0])


def dept_s(p, lang):
    d = T.DEPTS[p["dept"]]
    if lang == "bilingual":
        return f"{d[0]} / {d[1]}"
    return d[1] if lang == "fr" else d[0]


def opt(p, key, value):
    return "" if key in p["omit"] else value


def ga(p, lang, rng):
    if lang == "fr":
        return rng.choice(T.GA_FR).format(t="la direction de " + p["topic_fr"])
    return rng.choice(T.GA_EN).format(t=p["topic_en"])


def acts(lang, rng, n=3):
    return rng.sample(T.ACT_FR if lang == "fr" else T.ACT_EN, n)


# ---------------------------------------------------------------- grid text (a sheet printed)


def grid(rows, widths, letters=True, sep=""):
    """rows: lists of cells; a cell ('n', text) is right-aligned as Excel aligns numbers."""
    out = []
    if letters:
        out.append("    " + "".join(f"{'ABCDEFGH'[i]:^{w}}" for i, w in enumerate(widths)).rstrip())
    for i, row in enumerate(rows, 1):
        s = ""
        for j, w in enumerate(widths):
            c = row[j] if j < len(row) else ""
            if isinstance(c, tuple):
                s += f"{c[1]:>{w - 1}} " + sep
            else:
                c = c or ""
                s += (f"{c:<{w}}" if len(c) < w else c + " ") + sep
        out.append((f"{i:<4}" if letters else "") + s.rstrip())
    return out


def sheet_rows(p, lang, ms, ds, fs, rng, with_text=True):
    lb = LBL[lang]
    rows = [[lb["head"]], [dept_s(p, lang)], []]
    rows.append([lb["title"], titles(p, lang)])
    if lang == "bilingual":
        rows.append(["Titre (français)", p["title_fr"]])
    rows += [[lb["cls"], p["cls"]], [lb["posn"], ("n", p["posn"])], [lb["job"], ("n", opt(p, "job_code", p["job"]))],
             [lb["eff"], ("n", opt(p, "effective_date", date_s(p["eff"], ds)))], [lb["loc"], loc_s(p, lang)],
             [lb["sup"], sup_title(p, lang)], [lb["scls"], opt(p, "supervisor.classification", p["sup"]["cls"])],
             [lb["sposn"], ("n", opt(p, "supervisor.position_number", p["sup"]["posn"]))], [],
             [lb["reports"]], [lb["rt"], lb["rc"], ("n", lb["rf"])]]
    for r in p["reports"]:
        rows.append([rep_title(r, lang), r["cls"], ("n", fte_s(r["fte"], fs))])
    rows += [[], [lb["dims"], "", ("n", lb["amt"])], [lb["sal"], "", ("n", money(p["salary"], ms))],
             [lb["om"], "", ("n", money(p["om"], ms))]]
    if "total" not in p["omit"]:
        rows.append([lb["tot"], "", ("n", money(p["salary"] + p["om"], ms))])
    rows.append([lb["fte"], "", ("n", fte_s(p["fte"], fs))])
    if with_text:
        rows += [[], [lb["ga"]], [ga(p, lang, rng)]]
    rows += [[], [lb["inc"], p["incumbent"]], [lb["prep"], p["advisor"]]]
    return rows


# ---------------------------------------------------------------- OCR damage

DIG = {"0": ["O"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "6": ["b"], "2": ["Z"]}
LET = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("e", "c"), ("i", "l"), ("h", "b"), ("u", "n"), ("t", "l")]


def damage_line(line, rng, strength):
    pd = {"light": 0.15, "middling": 0.35, "heavy": 0.6}[strength]
    pl = {"light": 0.01, "middling": 0.03, "heavy": 0.06}[strength]
    pr = {"light": 0.01, "middling": 0.04, "heavy": 0.08}[strength]
    heavy_only = {"6", "2"}
    out = []
    i = 0
    while i < len(line):
        ch = line[i]
        prev_alnum = (i > 0 and (line[i - 1].isalnum() or line[i - 1] in "$,.-")) or \
                     (i + 1 < len(line) and (line[i + 1].isalnum()))
        if ch in DIG and prev_alnum and (strength == "heavy" or ch not in heavy_only) and rng.random() < pd:
            out.append(rng.choice(DIG[ch]))
            i += 1
            continue
        if ch.isalpha():
            done = False
            for a, b in LET:
                if line.startswith(a, i) and rng.random() < pl:
                    out.append(b)
                    i += len(a)
                    done = True
                    break
            if done:
                continue
        if ch == " " and i > 0 and line[i - 1].isalpha() and i + 1 < len(line) and line[i + 1].isalpha() \
                and rng.random() < pr:
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def ocr(lines, rng, strength, protect=()):
    out = []
    for ln in lines:
        if any(n in ln for n in protect):
            # names are never damaged: damage only the part before the name
            for n in protect:
                if n in ln:
                    k = ln.index(n)
                    ln = damage_line(ln[:k], rng, strength) + ln[k:]
                    break
            out.append(ln)
        else:
            out.append(damage_line(ln, rng, strength))
    return out


# ---------------------------------------------------------------- docx


def new_doc():
    d = docx.Document()
    cp = d.core_properties
    cp.author = "HR"
    cp.last_modified_by = "HR"
    cp.created = dt.datetime(2024, 1, 1)
    cp.modified = dt.datetime(2024, 1, 1)
    cp.revision = 1
    return d


def docx_bytes(d):
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def table(d, rows, style="Table Grid"):
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    t.style = style
    for i, r in enumerate(rows):
        for j in range(ncol):
            c = r[j] if j < len(r) else ""
            if isinstance(c, tuple):
                c = c[1]
            t.cell(i, j).text = c or ""
    return t


def set_cell(cell, text):
    cell.text = text


# ---------------------------------------------------------------- forms

def f_sheet_pdf(p, lang, rng, o):
    """An Excel sheet of one position printed to PDF, with row and column headings."""
    ms, ds, fs = o["money"], o["date"], o["fte"]
    rows = sheet_rows(p, lang, ms, ds, fs, rng)
    w = [30, 44, 16]
    lines = [f"{o['file']}{'':>20}{o['sheet']}", ""] + grid(rows, w, letters=o.get("letters", True))
    lines += ["", f"{'':>40}Page 1 of 1" if lang != "fr" else f"{'':>40}Page 1 de 1"]
    return pdf_bytes(["\n".join(lines)])


def f_workbook_pdf(p, lang, rng, o):
    """A workbook's three sheets printed one after another: Position, Reports, Budget."""
    ms, ds, fs = o["money"], o["date"], o["fte"]
    lb = LBL[lang]
    fr = lang == "fr"
    sheets = o.get("sheets", ["Position", "Reports", "Budget"])
    pos = [[lb["head"]], [dept_s(p, lang)], [],
           [lb["title"], titles(p, lang)], [lb["cls"], p["cls"]], [lb["posn"], ("n", p["posn"])],
           [lb["job"], ("n", opt(p, "job_code", p["job"]))],
           [lb["eff"], ("n", opt(p, "effective_date", date_s(p["eff"], ds)))], [lb["loc"], loc_s(p, lang)],
           [lb["sup"], f"{sup_title(p, lang)}"],
           [lb["scls"], opt(p, "supervisor.classification", p["sup"]["cls"])],
           [lb["sposn"], ("n", opt(p, "supervisor.position_number", p["sup"]["posn"]))],
           [], [lb["ga"]], [ga(p, lang, rng)], [], [lb["inc"], p["incumbent"]]]
    if lang == "bilingual":
        pos.insert(4, ["Titre (français)", p["title_fr"]])
    hdr = (["N° de poste", "Titre", "Groupe", "Niveau", "ETP"] if fr else
           ["Posn #", "Title", "Group", "Level", "FTE"])
    rep = [[lb["reports"]], hdr]
    for r in p["reports"]:
        g, lv = r["cls"].rsplit("-", 1)
        rep.append([("n", r["posn"]), rep_title(r, lang), g, ("n", lv), ("n", fte_s(r["fte"], fs))])
    rep += [["", "Total" if not fr else "Total", "", "", ("n", fte_s(sum(r["fte"] for r in p["reports"]), fs))]]
    old_s, old_o = p["old_salary"], p["old_om"]

    def neg(v):
        s = money(abs(v), "comma")
        if fr:
            s = s.replace(",", NBSP)
        return f"({s})" if v < 0 else s

    cur = "Current" if not fr else "Actuel"
    prev = o.get("prev", "2019 WD" if not fr else "DT 2019")
    bud = [[lb["dims"]], ["", prev, cur, "Change" if not fr else "Écart"],
           [lb["sal"], ("n", money(old_s, ms)), ("n", money(p["salary"], ms)), ("n", neg(p["salary"] - old_s))],
           [lb["om"], ("n", money(old_o, ms)), ("n", money(p["om"], ms)), ("n", neg(p["om"] - old_o))],
           [lb["tot"], ("n", money(old_s + old_o, ms)), ("n", money(p["salary"] + p["om"], ms)),
            ("n", neg(p["salary"] + p["om"] - old_s - old_o))],
           [], [lb["fte"], ("n", fte_s(p["old_fte"], fs)), ("n", fte_s(p["fte"], fs)), ("n", neg(p["fte"] - p["old_fte"]))]]
    pages = []
    widths = [[30, 46], [10, 52, 8, 8, 8], [26, 18, 18, 14]]
    for k, (name, rows) in enumerate(zip(sheets, [pos, rep, bud])):
        lines = [f"{o['file']}{'':>12}{name}", ""] + grid(rows, widths[k], letters=o.get("letters", True))
        word = "de" if fr else "of"
        lines += ["", f"{'':>40}Page {k + 1} {word} 3"]
        pages.append("\n".join(lines))
    return pdf_bytes(pages)


def kv_pairs(p, lang, ms, ds, fs, rng, dims=True):
    lb = LBL[lang]
    kv = [(lb["title"], titles(p, lang))]
    if lang == "bilingual":
        kv.append(("Titre (français)", p["title_fr"]))
    kv += [(lb["dept"], dept_s(p, lang)), (lb["cls"], p["cls"]), (lb["posn"], p["posn"]),
           (lb["job"], opt(p, "job_code", p["job"])), (lb["eff"], opt(p, "effective_date", date_s(p["eff"], ds))),
           (lb["loc"], loc_s(p, lang)), (lb["sup"], sup_title(p, lang)),
           (lb["scls"], opt(p, "supervisor.classification", p["sup"]["cls"])),
           (lb["sposn"], opt(p, "supervisor.position_number", p["sup"]["posn"]))]
    if dims:
        kv += [(lb["sal"], money(p["salary"], ms)), (lb["om"], money(p["om"], ms))]
        if "total" not in p["omit"]:
            kv.append((lb["tot"], money(p["salary"] + p["om"], ms)))
        kv.append((lb["fte"], fte_s(p["fte"], fs)))
    return kv


def csvq(s):
    s = str(s)
    if any(c in s for c in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def f_csv(p, lang, rng, o):
    """Key-value rows exported as CSV, saved as .txt."""
    ms, ds, fs = o["money"], o["date"], o["fte"]
    kv = kv_pairs(p, lang, ms, ds, fs, rng)
    fr = lang == "fr"
    style = o["style"]
    lines = []
    if style == "fieldvalue":
        lines.append("Champ,Valeur" if fr else "Field,Value")
        for k, v in kv:
            lines.append(f"{csvq(k)},{csvq(v)}")
        for i, r in enumerate(p["reports"], 1):
            w = "Subordonné" if fr else "Direct Report"
            lines.append(f"{csvq(f'{w} {i}')},{csvq(rep_title(r, lang))}")
            lines.append(f"{csvq(f'{w} {i} - ' + LBL[lang]['rc'])},{r['cls']}")
            lines.append(f"{csvq(f'{w} {i} - ' + LBL[lang]['rf'])},{fte_s(r['fte'], fs)}")
        lines.append(f"{csvq(LBL[lang]['ga'])},{csvq(ga(p, lang, rng))}")
        lines.append(f"{csvq(LBL[lang]['inc'])},{csvq(p['incumbent'])}")
        if o.get("cp1252"):
            lines.append("Note,\"“Version approuvée” – copie de l’unité\"" if fr else
                         "Note,\"“Approved” – the unit’s copy\"")
    else:  # Excel "Save as CSV" of a laid-out sheet: trailing commas, empty rows
        rows = sheet_rows(p, lang, ms, ds, fs, rng)
        for r in rows:
            cells = [c[1] if isinstance(c, tuple) else (c or "") for c in r] + [""] * (4 - len(r))
            lines.append(",".join(csvq(c) for c in cells[:4]))
    eol = "\r\n" if o.get("cp1252") else "\n"
    text = eol.join(lines) + eol
    return text.encode("cp1252" if o.get("cp1252") else "utf-8")


def f_tsv(p, lang, rng, o):
    ms, ds, fs = o["money"], o["date"], o["fte"]
    kv = kv_pairs(p, lang, ms, ds, fs, rng)
    fr = lang == "fr"
    lines = ["Champ\tValeur" if fr else "Field\tValue"]
    for k, v in kv:
        lines.append(f"{k}\t{v}")
    lines.append("")
    lb = LBL[lang]
    lines.append(f"{lb['rt']}\t{lb['rc']}\t{lb['rf']}")
    for r in p["reports"]:
        lines.append(f"{rep_title(r, lang)}\t{r['cls']}\t{fte_s(r['fte'], fs)}")
    lines.append("")
    lines.append(f"{lb['prep']}\t{p['advisor']}")
    if o.get("cp1252"):
        lines.append("Note\t“Approved” – the branch’s copy")
    eol = "\r\n" if o.get("cp1252") else "\n"
    text = eol.join(lines) + eol
    return text.encode("cp1252" if o.get("cp1252") else "utf-8")


def ps_descr(title):
    return title[:30].rstrip()


def screen_lines(p, lang, rng, o):
    """A pasted PeopleSoft (MyGCHR / MesRHGC) Position Data screen."""
    fr = lang == "fr"
    d = T.DEPTS[p["dept"]]
    pl = T.PLACES[p["place"]]
    g, lv = p["cls"].rsplit("-", 1)
    ds = o["date"]
    sg, slv = p["sup"]["cls"].rsplit("-", 1)
    deptid = f"{rng.randint(100000, 999999)}"
    if not fr:
        L = ["Favorites ▼   Main Menu ▼  > Organizational Development > Position Management > Maintain Positions/Budgets > Add/Update Position Info",
             "Description | Specific Information | Budget and Incumbents",
             f"Position Number:  {p['posn']}                  Headcount Status: Filled",
             "Current Head Count:  1 out of 1",
             "Position Information",
             f"*Effective Date:  {opt(p, 'effective_date', date_s(p['eff'], ds))}        *Status:  Active",
             "*Reason:  REO    Reorganization              *Action Date:  " + date_s(p["action"], ds),
             "*Position Status:  Approved                 Status Date:  " + date_s(p["action"], ds),
             f"*Business Unit:  {d[3]}      {d[0]}",
             f"*Job Code:  {opt(p, 'job_code', p['job'])}      {g}{lv} - {LEVELS.get(p['cls'], ('',))[0]}",
             "Reg/Temp:  Regular              Full/Part:  Full-Time",
             "Union Code:  EXC  Excluded",
             f"Title:  {ps_descr(p['title_en'])}",
             f"Short Title:  {p['short']}",
             "Work Location",
             f"*Department:  {deptid}      {p['topic_en'][:30]}",
             f"*Location:  {pl[2]}      {pl[3]}",
             f"Reports To Posn:  {opt(p, 'supervisor.position_number', p['sup']['posn'])}      {ps_descr(p['sup']['title_en'])}",
             "Dot-Line Posn:",
             "Salary Plan:  " + g + "      Grade:  " + lv,
             "Standard Hours:  37.50     Work Period:  W",
             "Max Head Count:  1",
             ]
        if o.get("long_title"):
            L += ["", "Specific Information",
                  f"Long Descr (EN):  {p['title_en']}", f"Long Descr (FR):  {p['title_fr']}",
                  "Language Requirement:  BBB / CBC  Bilingual Imperative" if lang == "bilingual" else "Language Requirement:  CBC"]
    else:
        L = ["Favoris ▼   Menu principal ▼  > Développement organisationnel > Gestion des postes > Tenir à jour postes/budgets > Ajouter/mettre à jour des postes",
             "Description | Renseignements particuliers | Budget et titulaires",
             f"Numéro de poste :  {p['posn']}              Statut effectif : Pourvu",
             "Effectif actuel :  1 sur 1",
             "Renseignements sur le poste",
             f"*Date d'entrée en vigueur :  {opt(p, 'effective_date', date_s(p['eff'], ds))}    *Statut :  Actif",
             "*Motif :  REO    Réorganisation",
             f"*Unité opérationnelle :  {d[3]}      {d[1]}",
             f"*Code d'emploi :  {opt(p, 'job_code', p['job'])}      {g}{lv}",
             "Titre :  " + ps_descr(p["title_fr"]),
             "Titre complet :  " + p["title_fr"],
             f"*Service :  {deptid}",
             f"*Emplacement :  {pl[2]}      {pl[3]}",
             f"Relève du poste :  {opt(p, 'supervisor.position_number', p['sup']['posn'])}      {ps_descr(p['sup']['title_fr'])}",
             "Régime salarial :  " + g + "      Échelon :  " + lv,
             "Effectif maximal :  1"]
    return L


def reports_grid_lines(p, lang, fs=None):
    fr = lang == "fr"
    L = ["", "Positions reporting to this position" if not fr else "Postes relevant de ce poste",
         ("Posn Nbr    Descr                           Sal Plan  Grade  Status" if not fr else
          "N° poste    Descr                           Rég sal.  Éch.   Statut")]
    for r in p["reports"]:
        g, lv = r["cls"].rsplit("-", 1)
        L.append(f"{r['posn']:<12}{ps_descr(r['title_fr'] if fr else r['title_en']):<32}{g:<10}{lv:<7}"
                 + ("Active" if not fr else "Actif"))
    return L


def f_screen_txt(p, lang, rng, o):
    fr = lang == "fr"
    L = ([f"From: {p['advisor']}", f"Subject: Position data - {p['posn']}", "",
          "Hi, here is the position from MyGCHR as you asked, plus the budget and the work description highlights.",
          ""] if not fr else
         [f"De : {p['advisor']}", f"Objet : Données du poste {p['posn']}", "",
          "Bonjour, voici le poste tel qu'il figure dans MesRHGC, avec le budget et les faits saillants de la description de travail.",
          ""])
    L += screen_lines(p, lang, rng, o)
    L += reports_grid_lines(p, lang)
    ms = o["money"]
    if not fr:
        L += ["", "Work description (approved):",
              f"Title: {p['title_en']}" + (f" / {p['title_fr']}" if lang == "bilingual" else ""),
              f"Reports to: {p['sup']['title_en']} ({opt(p, 'supervisor.classification', p['sup']['cls'])})".replace(" ()", ""),
              f"Location: {T.PLACES[p['place']][0]}" if "location" not in p["omit"] else "",
              "Dimensions (2024-25 budget workbook):",
              f"  Salary:  {money(p['salary'], ms)}", f"  O&M:  {money(p['om'], ms)}"]
        if "total" not in p["omit"]:
            L.append(f"  Total:  {money(p['salary'] + p['om'], ms)}")
        L.append(f"  FTEs:  {p['fte']}")
        L += ["Direct reports' FTEs: " + "; ".join(f"{r['title_en'].split(', ', 1)[1]} {r['fte']}" for r in p["reports"])] \
            if o.get("rep_fte") else []
        L += ["", "Thanks,", p["advisor"].split()[0]]
    else:
        L += ["", "Description de travail (approuvée) :",
              f"Relève de : {p['sup']['title_fr']} ({opt(p, 'supervisor.classification', p['sup']['cls'])})".replace(" ()", ""),
              f"Lieu : {T.PLACES[p['place']][1]}" if "location" not in p["omit"] else "",
              "Dimensions (budget 2024-2025) :",
              f"  Salaires : {money(p['salary'], ms)}", f"  F et E : {money(p['om'], ms)}"]
        if "total" not in p["omit"]:
            L.append(f"  Total : {money(p['salary'] + p['om'], ms)}")
        L.append(f"  ETP : {p['fte']}")
        L += ["ETP des subordonnés : " + "; ".join(f"{r['title_fr'].split(', ', 1)[1]} {r['fte']}" for r in p["reports"])] \
            if o.get("rep_fte") else []
        L += ["", "Merci,", p["advisor"].split()[0]]
    L = [x for x in L if x is not None]
    if o.get("cp1252"):
        text = "\r\n".join(L).replace("▼", "v").replace(
            "Hi, here is the position from MyGCHR as you asked",
            "Hi, here’s the position from MyGCHR as you asked (the “Add/Update Position Info” page)") + "\r\n"
        return text.encode("cp1252")
    return ("\n".join(L) + "\n").encode("utf-8")


def f_word_tables(p, lang, rng, o):
    """A Word work description with tables pasted from Excel (merged cells, number formats)."""
    ms, ds, fs = o["money"], o["date"], o["fte"]
    lb = LBL[lang]
    d = new_doc()
    d.add_heading(lb["head"].title() if lang != "bilingual" else "Executive Work Description / Description de travail de cadre", 0)
    d.add_paragraph(dept_s(p, lang))
    kv = kv_pairs(p, lang, ms, ds, fs, rng, dims=False)
    rows = [["", ""]] + [[k, v] for k, v in kv]
    t = table(d, rows)
    m = t.cell(0, 0).merge(t.cell(0, 1))
    m.text = "Position" if lang == "en" else ("Poste" if lang == "fr" else "Position / Poste")
    d.add_heading(lb["ga"], 1)
    d.add_paragraph(ga(p, lang, rng))
    for a in acts(lang, rng):
        d.add_paragraph(a, style="List Bullet")
    d.add_heading(lb["reports"].title() if lang != "bilingual" else "Direct Reports / Subordonnés directs", 1)
    if o.get("split_cls"):
        hdr = [lb["rt"], "Group" if lang != "fr" else "Groupe", "Level" if lang != "fr" else "Niveau", lb["rf"]]
        rrows = [hdr] + [[rep_title(r, lang), r["cls"].rsplit("-", 1)[0], r["cls"].rsplit("-", 1)[1], fte_s(r["fte"], fs)]
                         for r in p["reports"]]
    else:
        hdr = ["", lb["rt"], lb["rc"], lb["rf"]]
        rrows = [hdr] + [[str(i), rep_title(r, lang), r["cls"], fte_s(r["fte"], fs)]
                         for i, r in enumerate(p["reports"], 1)]
    rrows.append(["Total", "", "", fte_s(sum(r["fte"] for r in p["reports"]), fs)] if not o.get("split_cls") else
                 ["Total", "", "", fte_s(sum(r["fte"] for r in p["reports"]), fs)])
    table(d, rrows)
    d.add_heading(lb["dims"].title(), 1)
    brow = [["", "", ("Budget " + o.get("fy", "2024-25"))],
            [lb["dims"].title() if lang != "fr" else "Budget", lb["sal"], money(p["salary"], ms)],
            ["", lb["om"], money(p["om"], ms)]]
    if "total" not in p["omit"]:
        brow.append(["", lb["tot"], money(p["salary"] + p["om"], ms)])
    brow.append(["", lb["fte"], fte_s(p["fte"], fs)])
    t = table(d, brow)
    t.cell(1, 0).merge(t.cell(len(brow) - 1, 0))
    if o.get("prior"):
        d.add_paragraph(("Prior work description (" + o["prior"][0] + "): salary " + money(o["prior"][1], ms) +
                         ", O&M " + money(o["prior"][2], ms) + ".") if lang != "fr" else
                        ("Description de travail précédente (" + o["prior"][0] + ") : salaires " +
                         money(o["prior"][1], ms) + ", F et E " + money(o["prior"][2], ms) + "."))
    d.add_paragraph("")
    sig = table(d, [[lb["inc"], p["incumbent"]], [lb["appr"], p["signer"]]])
    return docx_bytes(d)


def f_word_screen(p, lang, rng, o):
    """Word: a MyGCHR screen pasted as a four-column table, then the description."""
    d = new_doc()
    fr = lang == "fr"
    d.add_heading("Description de travail — données MesRHGC" if fr else "Work Description — MyGCHR Position Data", 1)
    d.add_paragraph(("Données copiées de MesRHGC le " + date_s(p["action"], "fr") + " :") if fr else
                    ("Position data copied from MyGCHR on " + date_s(p["action"], "long") + ":"))
    g, lv = p["cls"].rsplit("-", 1)
    ds = o["date"]
    pl = T.PLACES[p["place"]]
    dpt = T.DEPTS[p["dept"]]
    if not fr:
        rows = [["Position Number:", p["posn"], "Headcount Status:", "Filled"],
                ["Effective Date:", opt(p, "effective_date", date_s(p["eff"], ds)), "Status:", "Active"],
                ["Business Unit:", dpt[3], "Job Code:", opt(p, "job_code", p["job"])],
                ["Title:", ps_descr(p["title_en"]), "Salary Plan / Grade:", f"{g} / {lv}"],
                ["Location:", f"{pl[2]} {pl[3]}", "Reports To Posn:",
                 opt(p, "supervisor.position_number", p["sup"]["posn"])],
                ["Max Head Count:", "1", "Full/Part:", "Full-Time"]]
    else:
        rows = [["Numéro de poste :", p["posn"], "Statut effectif :", "Pourvu"],
                ["Date d'entrée en vigueur :", opt(p, "effective_date", date_s(p["eff"], ds)), "Statut :", "Actif"],
                ["Unité opérationnelle :", dpt[3], "Code d'emploi :", opt(p, "job_code", p["job"])],
                ["Titre :", ps_descr(p["title_fr"]), "Régime salarial / échelon :", f"{g} / {lv}"],
                ["Emplacement :", f"{pl[2]} {pl[3]}", "Relève du poste :",
                 opt(p, "supervisor.position_number", p["sup"]["posn"])],
                ["Effectif maximal :", "1", "Temps plein/partiel :", "Temps plein"]]
    table(d, rows)
    d.add_heading("Titre du poste" if fr else "Position Title", 2)
    d.add_paragraph(titles(p, lang))
    d.add_heading("Supérieur" if fr else "Supervisor", 2)
    d.add_paragraph(f"{sup_title(p, lang)} ({p['sup']['cls']})")
    d.add_heading("Subordonnés directs" if fr else "Direct Reports", 2)
    hdr = (["N° poste", "Descr", "Régime sal.", "Échelon", "ETP"] if fr else
           ["Posn Nbr", "Descr", "Sal Plan", "Grade", "FTE"])
    rr = [hdr] + [[r["posn"], r["title_fr"] if fr else r["title_en"], *r["cls"].rsplit("-", 1), str(r["fte"])]
                  for r in p["reports"]]
    table(d, rr)
    d.add_heading("Dimensions", 2)
    ms = o["money"]
    brow = [["Salaires" if fr else "Salary", money(p["salary"], ms)], ["F et E" if fr else "O&M", money(p["om"], ms)]]
    if "total" not in p["omit"]:
        brow.append(["Total", money(p["salary"] + p["om"], ms)])
    brow.append(["ETP" if fr else "FTEs", str(p["fte"])])
    table(d, brow)
    if "location" not in p["omit"]:
        d.add_paragraph(("Lieu de travail : " + pl[1]) if fr else ("Work location: " + pl[0]))
    d.add_heading("Responsabilité générale" if fr else "General Accountability", 2)
    d.add_paragraph(ga(p, lang, rng))
    d.add_paragraph(("Titulaire : " if fr else "Incumbent: ") + p["incumbent"])
    return docx_bytes(d)


def f_md_pandas(p, lang, rng, o):
    """Markdown made by a script from the xlsx: pandas' to_markdown with Unnamed headers and nan."""
    ms, ds, fs = o["money"], o["date"], o["fte"]
    rows = sheet_rows(p, lang, ms, ds, fs, rng, with_text=False)
    first = rows[0][0]
    rows = rows[1:]
    cells = [[c[1] if isinstance(c, tuple) else c for c in r] + [None] * (3 - len(r)) for r in rows]
    cells = [[("nan" if (c is None or c == "") else c) for c in r[:3]] for r in cells]
    w = [max(len(str(r[j])) for r in cells + [[first, "Unnamed: 1", "Unnamed: 2"]]) for j in range(3)]
    out = [f"# {o['file']} — sheet `{o['sheet']}`", ""]
    head = [first, "Unnamed: 1", "Unnamed: 2"]
    out.append("|    | " + " | ".join(f"{h:<{w[j]}}" for j, h in enumerate(head)) + " |")
    out.append("|---:|" + "|".join(":" + "-" * (w[j] + 1) for j in range(3)) + "|")
    for i, r in enumerate(cells):
        out.append(f"| {i:>2} | " + " | ".join(f"{str(c):<{w[j]}}" for j, c in enumerate(r)) + " |")
    return ("\n".join(out) + "\n").encode("utf-8")


def f_md_kv(p, lang, rng, o):
    """Markdown page of a position with an HR-system block in a code fence and pipe tables."""
    ms, ds, fs = o["money"], o["date"], o["fte"]
    fr = lang == "fr"
    lb = LBL[lang]
    out = [f"# {titles(p, lang)}", "", f"_{dept_s(p, lang)}_", ""]
    out += ["| " + ("Champ" if fr else "Field") + " | " + ("Valeur" if fr else "Value") + " |", "|---|---|"]
    for k, v in kv_pairs(p, lang, ms, ds, fs, rng, dims=False):
        out.append(f"| {k} | {v.replace('|', '/') if v else ''} |")
    out += ["", "```", *screen_lines(p, lang, rng, o)[2:9], "```", ""]
    out += [f"## {lb['reports'].title()}", "", f"| {lb['rt']} | {lb['rc']} | {lb['rf']} |", "|:--|:-:|--:|"]
    for r in p["reports"]:
        out.append(f"| {rep_title(r, lang)} | {r['cls']} | {fte_s(r['fte'], fs)} |")
    out += ["", f"## {lb['dims'].title()}", "", f"| | {lb['amt']} |", "|---|--:|",
            f"| {lb['sal']} | {money(p['salary'], ms)} |", f"| {lb['om']} | {money(p['om'], ms)} |"]
    if "total" not in p["omit"]:
        out.append(f"| **{lb['tot']}** | **{money(p['salary'] + p['om'], ms)}** |")
    out.append(f"| {lb['fte']} | {fte_s(p['fte'], fs)} |")
    out += ["", f"## {lb['ga']}", "", ga(p, lang, rng), "", f"*{lb['inc']}: {p['incumbent']}*", ""]
    return "\n".join(out).encode("utf-8")


def f_ocr_sheet(p, lang, rng, o):
    """OCR of a printed sheet: the grid read line by line, with damage, header and footer."""
    ms, ds, fs = o["money"], o["date"], o["fte"]
    rows = sheet_rows(p, lang, ms, ds, fs, rng)
    sep = "| " if o.get("bars") else ""
    lines = grid(rows, [28, 42, 16], letters=o.get("letters", False), sep=sep)
    lines = [ln if not o.get("squeeze") else " ".join(ln.split()) for ln in lines]
    names = [p["incumbent"], p["advisor"], p["signer"]]
    body = ocr(lines, rng, o["damage"], protect=names)
    mid = len(body) // 2 if o.get("two_pages") else len(body)
    hdr = f"{o['sheet']}    {o['file']}"
    pages = [[hdr, ""] + body[:mid] + ["", "Page 1 of 2" if o.get("two_pages") else "Page 1 of 1"]]
    if o.get("two_pages"):
        pages.append([hdr, ""] + body[mid:] + ["", "Page 2 of 2"])
    text = "\f".join("\n".join(pg) + "\n" for pg in pages)
    return text.encode("utf-8")


def f_ocr_columns(p, lang, rng, o):
    """OCR of a sheet printed with two label/value blocks side by side, read across."""
    ms, ds, fs = o["money"], o["date"], o["fte"]
    lb = LBL[lang]
    left = [(lb["title"], titles(p, lang)), (lb["cls"], p["cls"]), (lb["posn"], p["posn"]),
            (lb["job"], opt(p, "job_code", p["job"])), (lb["eff"], opt(p, "effective_date", date_s(p["eff"], ds))),
            (lb["loc"], loc_s(p, lang))]
    right = [(lb["sup"], sup_title(p, lang)), (lb["scls"], opt(p, "supervisor.classification", p["sup"]["cls"])),
             (lb["sposn"], opt(p, "supervisor.position_number", p["sup"]["posn"])),
             (lb["sal"], money(p["salary"], ms)), (lb["om"], money(p["om"], ms)),
             (lb["tot"], money(p["salary"] + p["om"], ms) if "total" not in p["omit"] else "")]
    lines = [lb["head"], dept_s(p, lang), ""]
    for (a, b), (c, e) in zip(left, right):
        lines.append(f"{a} {b}  {c} {e}".rstrip())
    lines += ["", lb["reports"], f"{lb['rt']} {lb['rc']} {lb['rf']}   {lb['fte']} {fte_s(p['fte'], fs)}"]
    for r in p["reports"]:
        lines.append(f"{rep_title(r, lang)} {r['cls']} {fte_s(r['fte'], fs)}")
    lines += ["", f"{lb['inc']}: {p['incumbent']}"]
    body = ocr(lines, rng, o["damage"], protect=[p["incumbent"]])
    return ("\n".join([o["sheet"], ""] + body + ["", "Page 1 of 1"]) + "\n").encode("utf-8")


FORMS = {"sheet_pdf": (f_sheet_pdf, "pdf", ".pdf"), "workbook_pdf": (f_workbook_pdf, "pdf", ".pdf"),
         "csv": (f_csv, "text", ".txt"), "tsv": (f_tsv, "text", ".txt"), "screen_txt": (f_screen_txt, "text", ".txt"),
         "word_tables": (f_word_tables, "docx", ".docx"), "word_screen": (f_word_screen, "docx", ".docx"),
         "md_pandas": (f_md_pandas, "markdown", ".md"), "md_kv": (f_md_kv, "markdown", ".md"),
         "ocr_sheet": (f_ocr_sheet, "ocr", ".txt"), "ocr_columns": (f_ocr_columns, "ocr-columns", ".txt")}


# ---------------------------------------------------------------- the folder

import copy  # noqa: E402

# (form, language, file name, options, omitted fields, level)
PLAN = [
    ("sheet_pdf", "en", "{title} - EX sheet (print).pdf", dict(money="acct", date="dmmmyy", fte="1", sheet="Position"), {"job_code"}, "EX-01"),
    ("sheet_pdf", "en", "EWD_{posn}.pdf", dict(money="sci", date="iso", fte="int", sheet="Sheet1"), {"total", "supervisor.position_number"}, "EX-02"),
    ("sheet_pdf", "en", "{title}, EX-01 - signed.pdf", dict(money="plain", date="long", fte="2", sheet="WD"), set(), "EX-01"),
    ("sheet_pdf", "en", "Position sheet {posn} (2).pdf", dict(money="acct", date="ymd/", fte="int", sheet="Position", letters=False), {"effective_date"}, "EX-03"),
    ("sheet_pdf", "fr", "Fiche de poste - {title}.pdf", dict(money="fr", date="fr", fte="fr2", sheet="Poste"), {"supervisor.position_number"}, "EX-01"),
    ("sheet_pdf", "bilingual", "EX-02 {posn} bilingue.pdf", dict(money="acct", date="iso", fte="1", sheet="Position - Poste"), set(), "EX-02"),
    ("workbook_pdf", "en", "{title} workbook (all sheets).pdf", dict(money="acct", date="dmmmyy", fte="int"), {"job_code"}, "EX-01"),
    ("workbook_pdf", "en", "WD workbook {posn} v2.pdf", dict(money="plain", date="iso", fte="1"), {"supervisor.position_number"}, "EX-03"),
    ("workbook_pdf", "fr", "Classeur DT {posn}.pdf", dict(money="fr", date="fr", fte="int", sheets=["Poste", "Subordonnés", "Budget"], prev="DT 2018"), set(), "EX-02"),
    ("workbook_pdf", "bilingual", "{title} - classeur-workbook.pdf", dict(money="acct", date="iso", fte="int"), {"effective_date"}, "EX-01"),
    ("csv", "en", "Position export {posn}.txt", dict(money="acct", date="iso", fte="int", style="fieldvalue"), {"supervisor.position_number"}, "EX-01"),
    ("csv", "fr", "Export poste {posn} - {title}.txt", dict(money="fr0", date="fr", fte="int", style="fieldvalue", cp1252=True), {"job_code"}, "EX-01"),
    ("csv", "en", "{title}.csv.txt", dict(money="acct", date="dmmmyy", fte="1", style="sheet", cp1252=True), set(), "EX-02"),
    ("csv", "bilingual", "EX sheet {posn} saved as CSV.txt", dict(money="comma", date="ts", fte="int", style="sheet"), {"total"}, "EX-01"),
    ("csv", "en", "export_{posn}_{job}.txt", dict(money="bare", date="serial", fte="int", style="fieldvalue"), set(), "EX-02"),
    ("tsv", "en", "{title} (tab).txt", dict(money="bare", date="iso", fte="int"), {"supervisor.position_number"}, "EX-01"),
    ("tsv", "en", "TSV {posn}.txt", dict(money="sci", date="us", fte="2", cp1252=True), {"total", "job_code"}, "EX-01"),
    ("tsv", "fr", "Poste {posn} – champs.txt", dict(money="fr", date="dmy/", fte="fr2"), set(), "EX-03"),
    ("tsv", "bilingual", "{title} fields.txt", dict(money="acct", date="iso", fte="int", cp1252=True), {"supervisor.position_number"}, "EX-01"),
    ("screen_txt", "en", "MyGCHR position {posn}.txt", dict(money="plain", date="ymd/", long_title=True, rep_fte=True), set(), "EX-01"),
    ("screen_txt", "en", "Position data - {title}.txt", dict(money="K", date="us", long_title=False, rep_fte=False), {"total"}, "EX-02"),
    ("screen_txt", "en", "PS screen {posn} (copy).txt", dict(money="acct", date="ymd/", long_title=True, rep_fte=True, cp1252=True), {"job_code"}, "EX-03"),
    ("screen_txt", "fr", "MesRHGC poste {posn}.txt", dict(money="fr0", date="ymd/", rep_fte=True), set(), "EX-01"),
    ("screen_txt", "bilingual", "MyGCHR {posn} - {title}.txt", dict(money="plain", date="ymd/", long_title=True, rep_fte=True, cp1252=True), set(), "EX-01"),
    ("word_tables", "en", "WD - {title}.docx", dict(money="acct", date="long", fte="int"), set(), "EX-01"),
    ("word_tables", "en", "{title} (EX-02) work description.docx", dict(money="plain", date="iso", fte="1", split_cls=True), {"supervisor.position_number"}, "EX-02"),
    ("word_tables", "en", "Work description {posn}, final.docx", dict(money="acct", date="dmmmyy", fte="int", prior=True), {"job_code", "total"}, "EX-01"),
    ("word_tables", "fr", "DT - {title}.docx", dict(money="fr", date="fr", fte="int"), set(), "EX-02"),
    ("word_tables", "fr", "Description de travail {posn} (révisée).docx", dict(money="fr0", date="fr", fte="fr2", split_cls=True), {"effective_date"}, "EX-01"),
    ("word_tables", "bilingual", "{title} - DT-WD bilingual.docx", dict(money="acct", date="iso", fte="int"), set(), "EX-01"),
    ("word_screen", "en", "{title} - MyGCHR paste.docx", dict(money="acct", date="ymd/"), set(), "EX-01"),
    ("word_screen", "en", "Posn {posn} PeopleSoft.docx", dict(money="plain", date="us"), {"total"}, "EX-02"),
    ("word_screen", "fr", "Poste {posn} MesRHGC.docx", dict(money="fr0", date="ymd/"), {"job_code"}, "EX-01"),
    ("md_pandas", "en", "{posn}_sheet.md", dict(money="bare", date="ts", fte="1", sheet="Position", file="EWD_{posn}.xlsx"), {"supervisor.position_number"}, "EX-01"),
    ("md_pandas", "fr", "poste_{posn}.md", dict(money="dec", date="ts", fte="int", sheet="Poste", file="DT_{posn}.xlsx"), set(), "EX-02"),
    ("md_kv", "en", "{title}.md", dict(money="plain", date="ymd/", fte="int"), set(), "EX-01"),
    ("md_kv", "bilingual", "{title} (wiki).md", dict(money="acct", date="ymd/", fte="int"), {"total"}, "EX-03"),
    ("ocr_sheet", "en", "Scan {posn} sheet.txt", dict(money="acct", date="dmmmyy", fte="1", damage="middling", bars=True, two_pages=True, sheet="Position"), {"job_code"}, "EX-01"),
    ("ocr_sheet", "fr", "numérisation DT {posn}.txt", dict(money="fr", date="fr", fte="int", damage="heavy", squeeze=True, sheet="Poste"), set(), "EX-01"),
    ("ocr_columns", "en", "OCR {title} (2 col).txt", dict(money="acct", date="long", fte="int", damage="middling", sheet="Position"), set(), "EX-02"),
    ("ocr_columns", "bilingual", "scan_{posn}_ocr.txt", dict(money="plain", date="iso", fte="int", damage="light", sheet="Position-Poste"), {"supervisor.position_number"}, "EX-01"),
]


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, v):
    import re
    if re.fullmatch(r"[0-9][0-9_:.eE+-]*", v) or v in ("", "null", "true", "false", "yes", "no", "on", "off"):
        return dumper.represent_scalar("tag:yaml.org,2002:str", v, style="'")
    return dumper.represent_str(v)


Dumper.add_representer(str, _str)


def safe(s):
    return s.replace("/", "-").replace(":", "")


def main():
    rng = random.Random(152)
    pools = Pools(rng)
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    out = []  # (file name, bytes, truth)

    def prepare(p, form, o):
        p["action"] = p["eff"] - dt.timedelta(days=rng.randint(5, 40))
        p["short"] = "".join(w[0] for w in p["title_en"].replace(",", "").split())[:10].upper()
        if form in ("screen_txt", "word_screen", "md_kv"):
            p["posn"] = f"{int(p['posn']):08d}"
            p["sup"]["posn"] = f"{int(p['sup']['posn']):08d}"
            for r in p["reports"]:
                r["posn"] = f"{int(r['posn']):08d}"
        if form == "workbook_pdf":
            p["old_salary"] = int(round(p["salary"] * rng.uniform(0.85, 1.1), -4))
            p["old_om"] = int(round(p["om"] * rng.uniform(0.8, 1.2), -3))
            p["old_fte"] = p["fte"] + rng.choice([-6, -3, -2, 2, 4])
        if o.get("money") == "sci":
            p["salary"] = int(round(p["salary"], -4))
            e = len(str(p["salary"])) - 1
            p["salary"] = int(round(p["salary"], -(e - 2)))
            e = len(str(p["om"])) - 1
            p["om"] = int(round(p["om"], -(e - 2)))
        if o.get("date") in ("us", "dmy/") and p["eff"].day <= 12:
            p["eff"] = p["eff"].replace(day=p["eff"].day + 13)
        if o.get("date") in ("us", "dmy/") and p["action"].day <= 12:
            p["action"] = p["action"].replace(day=p["action"].day + 13)
        if o.get("prior") is True:
            o["prior"] = (str(p["eff"].year - 4), int(round(p["salary"] * 0.9, -4)), int(round(p["om"] * 1.2, -3)))

    def render(p, form, lang, name, o, also=None, versions=None, ov=None):
        fn, kind, ext = FORMS[form]
        o = dict(o)
        if "file" in o:
            o["file"] = o["file"].format(posn=p["posn"])
        else:
            o["file"] = f"EWD_{p['posn']}.xlsx" if lang != "fr" else f"DT_{p['posn']}.xlsx"
        o.setdefault("sheet", "Position")
        data = fn(p, lang, rng, o)
        ov = dict(ov or {})
        people = [p["incumbent"]]
        if form in ("sheet_pdf", "csv", "tsv", "screen_txt", "ocr_sheet", "md_pandas") or \
                (form == "csv" and o.get("style") == "sheet"):
            if form != "csv" or o.get("style") == "sheet":
                people.append(p["advisor"])
            if form == "screen_txt":
                pass
        if form == "tsv":
            people = [p["advisor"]]
        if form == "csv" and o.get("style") == "fieldvalue":
            people = [p["incumbent"]]
        if form == "word_tables":
            people = [p["incumbent"], p["signer"]]
        if form in ("word_screen", "md_kv", "workbook_pdf", "ocr_columns"):
            people = [p["incumbent"]]
        if form == "screen_txt":
            people = [p["advisor"]]
            reps = []
            for r in p["reports"]:
                t = ps_descr(r["title_fr"] if lang == "fr" else r["title_en"])
                reps.append({"title": t, "classification": r["cls"], "fte": r["fte"] if o.get("rep_fte") else None})
            ov["direct_reports"] = reps
            ov["location"] = T.PLACES[p["place"]][1 if lang == "fr" else 0]
            also = dict(also or {})
            also["reports_titles_truncated_by_screen"] = [
                r["title_fr"] if lang == "fr" else r["title_en"] for r in p["reports"]
                if len(r["title_fr"] if lang == "fr" else r["title_en"]) > 30]
        extra = {}
        if o.get("damage"):
            extra["damage"] = o["damage"]
        if o.get("cp1252"):
            kind = "text-cp1252"
        if form == "csv" and o.get("date") == "serial":
            extra["note"] = (f"the effective date is an Excel serial number ({date_s(p['eff'], 'serial')}) "
                             f"= {p['eff'].isoformat()}")
        if form == "workbook_pdf":
            extra["distractors"] = "Budget sheet: previous work description's column and a Change column with negatives in parentheses"
            extra["old_values"] = {"salary": p["old_salary"], "o_and_m": p["old_om"], "fte": p["old_fte"]}
        if o.get("prior"):
            extra["distractors"] = f"prior work description's salary and O&M in a sentence ({o['prior'][0]})"
        extra.update(also or {})
        fname = safe(name.format(title=p["title_en"] if lang != "fr" else p["title_fr"], posn=p["posn"], job=p["job"]))
        t = truth(fname, p, lang, kind, form, ov=ov, also=extra, people=people, versions=versions)
        out.append((fname, data, t))
        return fname, t

    # the DG whose two directors are in the corpus
    dg = make_position(pools, rng, cls="EX-03")
    dirs = []
    for k in range(2):
        sup = {"title_en": dg["title_en"], "title_fr": dg["title_fr"], "cls": "EX-03", "posn": dg["posn"]}
        dirs.append(make_position(pools, rng, cls="EX-01", sup=sup))
        dirs[-1]["dept"] = dg["dept"]
        dg["reports"][k] = {"title_en": dirs[-1]["title_en"], "title_fr": dirs[-1]["title_fr"], "cls": "EX-01",
                            "fte": dirs[-1]["fte"], "posn": dirs[-1]["posn"]}
    dg["fte"] = sum(r["fte"] for r in dg["reports"]) + 3
    dg["salary"] = int(round(dg["fte"] * 95000, -4))

    specials = {}
    positions = []
    for i, (form, lang, name, o, omit, cls) in enumerate(PLAN):
        o = dict(o)
        if i == 0:
            p = dirs[0]
        elif i == 10:
            p = dirs[1]
        elif i == 24:
            p = dg
        else:
            p = make_position(pools, rng, cls=cls)
        p["omit"] = set(omit)
        prepare(p, form, o)
        also = {}
        if p is dirs[0] or p is dirs[1]:
            also["reports_to_in_corpus"] = None  # filled below
        fname, t = render(p, form, lang, name, o, also=also)
        positions.append((p, fname, t, form, lang, o))
        if p is dg:
            specials["dg"] = (fname, t)
        if p is dirs[0]:
            specials["d0"] = t
        if p is dirs[1]:
            specials["d1"] = t
        if i == 10:
            specials["copy"] = (fname, out[-1][1], t)
        if i == 2:
            specials["scanme"] = (p, fname, t, o)
    dgname, dgt = specials["dg"]
    specials["d0"]["also"]["reports_to_in_corpus"] = dgname
    specials["d1"]["also"]["reports_to_in_corpus"] = dgname
    dgt["also"]["supervises_in_corpus"] = [specials["d0"]["document"], specials["d1"]["document"]]

    # versions 1: a CSV export saved twice, the same bytes
    fname, data, t = specials["copy"]
    t2 = copy.deepcopy(t)
    cname = fname.replace(".txt", " (1).txt")
    t2["document"] = cname
    v = {"documents": [fname, cname], "newest": cname, "same_text": True, "note": "the same export saved twice"}
    t["versions"] = v
    t2["versions"] = v
    out.append((cname, data, t2))

    # versions 2: the signed sheet PDF printed and scanned (OCR), the same values
    p, pdfname, pt, o = specials["scanme"]
    o2 = dict(money="plain", date="long", fte="2", damage="light", letters=True, sheet="WD")
    ocrname, ot = render(p, "ocr_sheet", "en", "{title}, EX-01 - signed (scanned).txt", o2)
    v = {"documents": [pdfname, ocrname], "newest": ocrname, "same_text": False,
         "note": "the signed PDF printed and scanned; the same values, OCR damage"}
    pt["versions"] = v
    ot["versions"] = v

    # versions 3: a DRAFT Word file and its signed version: one report more, new budget and date
    pn = make_position(pools, rng, cls="EX-01")
    pn["omit"] = set()
    o3 = dict(money="acct", date="long", fte="int")
    prepare(pn, "word_tables", o3)
    po = copy.deepcopy(pn)
    po["reports"] = po["reports"][:-1]
    po["fte"] = pn["fte"] - pn["reports"][-1]["fte"]
    po["salary"] = pn["salary"] - 420000
    po["om"] = pn["om"] - 35000
    po["eff"] = pn["eff"] - dt.timedelta(days=150)
    po["omit"] = {"effective_date"}
    oldname, oldt = render(po, "word_tables", "en", "WD {title} DRAFT v2.docx", o3)
    newname, newt = render(pn, "word_tables", "en", "WD {title} - signed.docx", o3)
    v = {"documents": [oldname, newname], "newest": newname, "same_text": False,
         "note": (f"the signed version adds a report ({pn['reports'][-1]['title_en']}, {pn['reports'][-1]['cls']}, "
                  f"{pn['reports'][-1]['fte']} FTEs), salary +$420,000, O&M +$35,000, and states an effective date")}
    oldt["versions"] = v
    newt["versions"] = v

    refusals(pools, rng, out)

    names = [n for n, _, _ in out]
    assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]
    for fname, data, t in out:
        (corpus / fname).write_bytes(data)
        (expected / (fname + ".expected.yaml")).write_text(
            yaml.dump(t, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    print(len(out), "documents")


def quick(pools, rng, cls=None):
    cls = cls or rng.choice(["EX-01"] * 5 + ["EX-02"] * 3 + ["EX-03"] * 2 + ["EX-04"])
    t_en, t_fr = rng.choice(T.TOPICS)
    lv = LEVELS[cls]
    fte = rng.randint(12, 240)
    return {"cls": cls, "title_en": f"{lv[0]}, {t_en}", "title_fr": f"{lv[1]}, {cap(t_fr)}", "fte": fte,
            "posn": pools.posn(), "salary": int(round(fte * rng.uniform(86000, 104000), -4)),
            "job": str(rng.randint(100100, 109899)),
            "eff": dt.date(rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28))}


def refusals(pools, rng, out):
    # 1. a listing of many positions, printed from Excel
    rows = [["EX POSITIONS - ALL BRANCHES (as of 2024-03-31)"], [],
            ["Posn #", "Title", "Group/Level", "FTE", "Salary budget"]]
    people = []
    for k in range(22):
        q = quick(pools, rng)
        rows.append([("n", q["posn"]), q["title_en"][:44], q["cls"], ("n", str(q["fte"])), ("n", money(q["salary"], "acct"))])
    rows.append(["", "Total", "", ("n", "1,874"), ("n", "$181,330,000.00")])
    lines = ["EX_listing_2024.xlsx            Listing", ""] + grid(rows, [10, 46, 12, 8, 18]) + ["", "Page 1 of 1"]
    out.append(("EX positions - all branches (March 2024).pdf", pdf_bytes(["\n".join(lines)]),
                refusal("EX positions - all branches (March 2024).pdf", "pdf", "en",
                        "a listing of 22 positions printed from Excel (posn, title, level, FTE, salary budget)", [])))
    # 2. a budget sheet alone, cp1252 CSV
    L = ["Cost Centre,Description,Salary,O&M,Total,Variance vs 2023-24"]
    for k in range(9):
        s, o = rng.randint(8, 60) * 100000, rng.randint(2, 40) * 10000
        var = rng.randint(-90, 60) * 1000
        L.append(f"{rng.randint(10000, 99999)},{csvq(rng.choice(T.TOPICS)[0] + ' – ops')},\"${s:,}.00\",\"${o:,}.00\",\"${s + o:,}.00\","
                 + (f"\"(${-var:,})\"" if var < 0 else f"\"${var:,}\""))
    L += [",,,,,", f"Prepared by,{csvq(pools.name())},,,,", "Note,“Draft – not for distribution”,,,,"]
    nm = L[-2].split(",")[1]
    out.append(("Budget 2024-25 by cost centre - FINAL.txt", ("\r\n".join(L) + "\r\n").encode("cp1252"),
                refusal("Budget 2024-25 by cost centre - FINAL.txt", "text-cp1252", "en",
                        "a budget sheet alone: nine cost centres' salary, O&M, totals and variances", [nm])))
    # 3. a pivot table of counts, in Word
    d = new_doc()
    d.add_heading("Postes EX par direction générale / EX positions by branch", 1)
    d.add_paragraph("Tableau croisé dynamique – source : MesRHGC, 2024-04-02 / Pivot table – source: MyGCHR")
    branches = [b[0] for b in T.BRANCHES[:6]]
    rows = [["Count of Position Number", "Column Labels"], ["Row Labels", "EX-01", "EX-02", "EX-03", "EX-04", "Grand Total"]]
    tot = [0] * 5
    for b in branches:
        c = [rng.randint(2, 14), rng.randint(1, 6), rng.randint(0, 3), rng.randint(0, 1)]
        rows.append([b] + [str(x) if x else "" for x in c] + [str(sum(c))])
        for j, x in enumerate(c):
            tot[j] += x
        tot[4] += sum(c)
    rows.append(["Grand Total"] + [str(x) for x in tot])
    t = table(d, rows)
    t.cell(0, 1).merge(t.cell(0, 5))
    out.append(("Nombre de postes EX - tableau croisé (pivot).docx", docx_bytes(d),
                refusal("Nombre de postes EX - tableau croisé (pivot).docx", "docx", "bilingual",
                        "a pivot table of counts of EX positions by branch and level", [])))
    # 4. a scan without a text layer
    out.append(("Scan_20240312_0042.pdf", pdf_bytes(["", ""]),
                refusal("Scan_20240312_0042.pdf", "pdf", "en", "a two-page scan without a text layer", [],
                        {"note": "language unknown: no text"})))
    # 5. MyGCHR search results: many positions
    L = ["Favorites ▼   Main Menu ▼  > Organizational Development > Position Management > Maintain Positions/Budgets > Add/Update Position Info",
         "Find an Existing Value",
         "Search Criteria:  Salary Plan = EX   Business Unit = ESDC1",
         "Search Results",
         "View All     First  1-18 of 18  Last",
         "Position Number  Effective Date  Descr                           Business Unit  Dept ID  Job Code  Status"]
    for k in range(18):
        q = quick(pools, rng)
        L.append(f"{int(q['posn']):08d}         {date_s(q['eff'], 'ymd/')}      {ps_descr(q['title_en']):<32}ESDC1          "
                 f"{rng.randint(100000, 999999)}   {q['job']}    A")
    out.append(("MyGCHR search results - EX positions.txt", ("\n".join(L) + "\n").encode("utf-8"),
                refusal("MyGCHR search results - EX positions.txt", "text", "en",
                        "a pasted MyGCHR search-results screen listing 18 positions", [])))
    # 6. minutes in French
    a, b, c = pools.name(), pools.name(), pools.name()
    q = quick(pools, rng, cls="EX-02")
    md = (f"# Procès-verbal – Comité de gestion des cadres\n\n**Date :** 14 mars 2024  \n**Présents :** {a} (présidente), {b}, {c}\n\n"
          "## 1. Examen du classeur des postes EX\n\n"
          f"Le comité a examiné le classeur Excel des postes EX (onglets Poste, Subordonnés, Budget). Le poste {q['posn']}, "
          f"{q['title_fr']} ({q['cls']}), sera reclassifié après la réorganisation ; le budget salarial passera à "
          f"{money(q['salary'], 'fr0')}.\n\n"
          "| Point | Responsable | Échéance |\n|---|---|---|\n"
          f"| Mettre à jour MesRHGC | {b} | 2024-04-15 |\n| Transmettre le classeur aux RH | {c} | 2024-04-30 |\n\n"
          "## 2. Varia\n\nAucun point.\n")
    out.append(("Procès-verbal - comité de gestion des cadres, 2024-03-14.md", md.encode("utf-8"),
                refusal("Procès-verbal - comité de gestion des cadres, 2024-03-14.md", "markdown", "fr",
                        "minutes of a management committee (a position mentioned in passing)", [a, b, c])))


if __name__ == "__main__":
    main()
