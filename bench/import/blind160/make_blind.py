"""blind160: Word forms built from tables (merged labels, nested tables, multi-line cells, alternating
label/value rows, check boxes, bilingual labels, empty template cells), PDFs exported from such forms
(text layer row by row), and a few text copies. Deterministic: seed 160.

Run from the repository root: /work/main/.venv/bin/python bench/import/blind160/make_blind.py
"""
import datetime as dt
import io
import random
import shutil
import sys
import zipfile
from itertools import zip_longest
from pathlib import Path

import docx
import yaml
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

R = random.Random(160)
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
BOX_ON, BOX_OFF = "☒", "☐"


# ---------------------------------------------------------------- notations
def money(v, style, lang):
    if v is None:
        return ""
    m = v / 1_000_000
    ms = f"{m:.3f}".rstrip("0").rstrip(".")
    if lang == "fr":
        if style == "full":
            return f"{v:,}".replace(",", "\u00a0") + " $"
        if style == "k":
            return f"{v // 1000:,}".replace(",", " ") + " k$"
        return ms.replace(".", ",") + " M$"
    if style == "full":
        return f"${v:,}"
    if style == "k":
        return f"${v // 1000:,}K"
    return f"${ms}M"


def date_s(d, style, lang):
    if d is None:
        return ""
    if style == "iso":
        return d.isoformat()
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def cls_s(c, style):
    g, n = c.rsplit("-", 1)
    return {"std": c, "space": f"{g} {n}", "short": f"{g}-{int(n)}", "none": f"{g}{n}"}[style]


def fte_s(f, lang):
    if f is None:
        return "—"
    if f == 0:
        return "aucun personnel" if lang == "fr" else "no staff"
    return f"{f} ETP" if lang == "fr" else f"{f} FTEs"


# ---------------------------------------------------------------- positions
def person():
    return f"{R.choice(T.GIVEN)} {R.choice(T.FAMILY)}"


def make_positions():
    topics = T.TOPICS[:]
    R.shuffle(topics)
    out = []
    for i in range(43):
        tp = topics[i]
        dept = T.DEPTS[i % len(T.DEPTS)]
        level = R.choices(["dir", "sdir", "ed", "dg"], [5, 1, 2, 2])[0]
        en_pre, fr_pre, cls = {"dir": ("Director", "Directeur", "EX-01"),
                               "sdir": ("Senior Director", "Directrice principale", R.choice(["EX-01", "EX-02"])),
                               "ed": ("Executive Director", "Directeur exécutif", "EX-02"),
                               "dg": ("Director General", "Directrice générale", "EX-03")}[level]
        if level == "dir" and R.random() < 0.4:
            fr_pre = "Directrice"
        br = R.choice(T.BRANCHES)
        if level == "dg":
            sup = (f"Assistant Deputy Minister, {br[0]}", f"Sous-ministre adjoint, {br[1]}", R.choice(["EX-04", "EX-05"]))
        elif level == "ed" or R.random() < 0.7:
            sup = (f"Director General, {br[0]}", f"Directeur général, {br[1]}", "EX-03")
        else:
            sup = (f"Executive Director, {br[0]}", f"Directrice exécutive, {br[1]}", "EX-02")
        n = R.randint(2, 5)
        reps = []
        pool = R.sample(T.REPORTS, n)
        for j, (ren, rfr, groups) in enumerate(pool):
            if level == "dg":
                sub = R.choice(T.TOPICS)
                ren, rfr, rc = f"Director, {sub[0]}", f"Directeur, {sub[1]}", "EX-01"
            else:
                rc = R.choice(groups)
            fte = R.randint(4, 40) if not ren.startswith("Senior Advisor") else 0
            if level == "dg":
                fte = R.randint(25, 90)
            reps.append({"en": ren, "fr": rfr, "cls": rc, "fte": fte})
        # de-duplicate report titles
        seen = set()
        for r_ in reps:
            while r_["en"] in seen:
                r_["en"] += " (2)"
            seen.add(r_["en"])
        sal = R.randint(180, 900) * 10000 if level != "dg" else R.randint(800, 2500) * 10000
        om = R.randint(20, 900) * 1000
        fte_total = sum(r_["fte"] for r_ in reps) + R.randint(1, 6)
        year = R.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025])
        eff = dt.date(year, R.randint(1, 12), R.choice([1, 1, 1, 4, 15, 18, 27]))
        out.append({
            "i": i, "dept": dept, "level": level,
            "en": f"{en_pre}, {tp[0]}", "fr": f"{fr_pre}, {tp[1]}", "topic": tp, "branch": br,
            "cls": cls, "job_code": str(R.randint(100100, 109999)) if R.random() < 0.7 else None,
            "pos": (str(R.randint(10000, 99999)) if R.random() < 0.7 else str(R.randint(10000000, 39999999)))
            if R.random() < 0.85 else None,
            "eff": eff if R.random() < 0.85 else None,
            "sup": {"en": sup[0], "fr": sup[1], "cls": sup[2],
                    "pos": str(R.randint(10000, 99999)) if R.random() < 0.7 else None},
            "reps": reps, "sal": sal, "om": om,
            "total": sal + om if R.random() < 0.75 else None,
            "fte": fte_total if R.random() < 0.5 else None,
            "place": R.choice(T.PLACES),
            "incumbent": person() if R.random() < 0.6 else None,
            "approver": person(), "classifier": person(),
            "report_cls_missing": R.random() < 0.2,
        })
    # supervisors in the corpus: two DGs, each with two directors
    dgs = [p for p in out if p["level"] == "dg" and p["pos"]][:2]
    dirs = [p for p in out if p["level"] == "dir"]
    for k, dg in enumerate(dgs):
        for d in dirs[2 * k: 2 * k + 2]:
            d["sup"] = {"en": dg["en"], "fr": dg["fr"].replace("Directrice générale", "Directeur général"),
                        "cls": dg["cls"], "pos": dg["pos"]}
            d["sup_in_corpus"] = dg
            dg.setdefault("children", []).append(d)
        # the DG lists them among its reports
        for j, d in enumerate(dg.get("children", [])):
            dg["reps"][j] = {"en": d["en"], "fr": d["fr"], "cls": d["cls"], "fte": dg["reps"][j]["fte"]}
    return out


# ---------------------------------------------------------------- abstract form model
class C:
    """A table cell: lines (paragraphs) and/or a nested table; span columns; vm 'start'/'cont'."""

    def __init__(self, lines=(), span=1, vm=None, nested=None, bold=False, shade=False):
        self.lines = [lines] if isinstance(lines, str) else list(lines)
        self.span, self.vm, self.nested, self.bold, self.shade = span, vm, nested, bold, shade


def L(lang, en, fr, order="fe"):
    if lang == "en":
        return en
    if lang == "fr":
        return fr
    return f"{fr} / {en}" if order == "fe" else f"{en} / {fr}"


# ---------------------------------------------------------------- templates
def prose_blocks(p, lang, st):
    t = p[lang if lang != "bi" else "en"]
    xl = p["topic"][1 if lang == "fr" else 0].lower()
    bb = money(p["sal"] * 6 + 3_000_000, "m", "fr" if lang == "fr" else "en")
    bf = (p["fte"] or 50) * 7 + 100
    blocks = []
    secs = []
    if lang in ("en", "bi"):
        secs.append(("General Accountability", [T.GA_EN.format(t=p["en"], x=p["topic"][0], xl=xl)]))
        secs.append(("Nature and Scope", [T.NS_EN.format(b=p["branch"][0], bf=bf, bb=bb, t=p["en"])]))
        secs.append(("Specific Accountabilities", [s.format(xl=xl) for s in T.SA_EN]))
    if lang in ("fr", "bi"):
        xf = p["topic"][1].lower()
        secs.append(("Responsabilités générales", [T.GA_FR.format(t=p["fr"], xl=xf)]))
        secs.append(("Nature et portée", [T.NS_FR.format(b=p["branch"][1], bf=bf,
                                                          bb=money(p["sal"] * 6 + 3_000_000, "m", "fr"))]))
        secs.append(("Activités principales", [s.format(xl=xf) for s in T.SA_FR]))
    if lang == "bi" and st.get("bi_interleave"):
        order = [0, 3, 1, 4, 2, 5]
        secs = [secs[k] for k in order]
    for h, paras in secs:
        blocks.append(("h", h, 2))
        for para in paras:
            blocks.append(("p", para))
    return blocks


def sig_table(p, lang):
    rows = [[C(L(lang, "Incumbent", "Titulaire"), bold=True), C(p["incumbent"] or L(lang, "Vacant", "Vacant")),
             C(L(lang, "Date", "Date"), bold=True), C("")],
            [C(L(lang, "Supervisor", "Superviseur"), bold=True), C(p["approver"]),
             C(L(lang, "Date", "Date"), bold=True), C("")],
            [C(L(lang, "Classified by", "Classifié par"), bold=True), C(p["classifier"]),
             C(L(lang, "Date", "Date"), bold=True), C("")]]
    return rows


def reports_nested(p, lang, st):
    lg = "fr" if lang == "fr" else "en"
    hdr = [C(L(lang, "Position title", "Titre du poste"), bold=True),
           C(L(lang, "Group and level", "Groupe et niveau"), bold=True), C(L(lang, "FTEs", "ETP"), bold=True)]
    rows = [hdr]
    for r_ in p["reps"]:
        c = "" if st["rcls_missing"](r_) else cls_s(r_["cls"], st["cls"])
        f = "—" if r_["fte"] == 0 else str(r_["fte"])
        rows.append([C(r_[lg]), C(c), C(f)])
    return rows


def budget_nested(p, lang, st):
    ml = "fr" if lang == "fr" else "en"
    rows = [[C(L(lang, "Salary", "Salaires")), C(money(p["sal"], st["money"], ml))],
            [C(L(lang, "O&M", "F et E")), C(money(p["om"], st["money"], ml))]]
    if p["total"] is not None:
        rows.append([C(L(lang, "Total", "Total"), bold=True), C(money(p["total"], st["money"], ml), bold=True)])
    return rows


def empty(st):
    return "Click or tap here to enter text." if st.get("placeholder") else ""


def tmpl_side(p, lang, st):
    """A: four-column form; section rows merged across all four; labels merged across two columns on
    some rows; direct reports and budget as tables nested in a cell."""
    lg = "fr" if lang == "fr" else "en"
    ml = lg
    title = p[lg] if lang != "bi" else f"{p['en']}\n{p['fr']}"
    S = lambda en, fr: [C(L(lang, en, fr), span=4, bold=True, shade=True)]  # noqa: E731
    rows = [S("POSITION IDENTIFICATION", "IDENTIFICATION DU POSTE"),
            [C(L(lang, "Position title", "Titre du poste"), span=2, bold=True), C(title.split("\n"), span=2)],
            [C(L(lang, "Group and level", "Groupe et niveau"), bold=True), C(cls_s(p["cls"], st["cls"])),
             C(L(lang, "Position number", "Numéro de poste"), bold=True), C(p["pos"] or empty(st))],
            [C(L(lang, "Job code", "Code d’emploi"), bold=True), C(p["job_code"] or empty(st)),
             C(L(lang, "Effective date", "Date d’entrée en vigueur"), bold=True),
             C(date_s(p["eff"], st["date"], ml) or empty(st))],
            [C(L(lang, "Department", "Ministère"), bold=True), C(p["dept"][2 if lang == "fr" else 1], span=3)],
            [C(L(lang, "Location", "Lieu de travail"), span=2, bold=True),
             C(p["place"][1 if lang == "fr" else 0], span=2)],
            S("SUPERVISOR", "SUPERVISEUR"),
            [C(L(lang, "Position title", "Titre du poste"), bold=True), C(p["sup"][lg], span=3)],
            [C(L(lang, "Group and level", "Groupe et niveau"), bold=True), C(cls_s(p["sup"]["cls"], st["cls"])),
             C(L(lang, "Position number", "Numéro de poste"), bold=True), C(p["sup"]["pos"] or empty(st))],
            S("ORGANIZATION STRUCTURE", "STRUCTURE ORGANISATIONNELLE"),
            [C([L(lang, f"The following positions report to the {p['en']}:",
                  f"Les postes suivants relèvent du titulaire :")], span=4, nested=reports_nested(p, lang, st))],
            S("DIMENSIONS", "DIMENSIONS"),
            [C([L(lang, "Budget of the directorate (annual)", "Budget de la direction (annuel)")], span=2,
               nested=budget_nested(p, lang, st)),
             C([L(lang, "Total FTEs", "ETP total"), str(p["fte"]) if p["fte"] else empty(st)], span=2)],
            ]
    return rows


def tmpl_alt(p, lang, st):
    """B: labels and values in alternating rows (label row shaded), two pairs per row."""
    lg = "fr" if lang == "fr" else "en"
    ml = lg
    H = lambda *ls: [C(x, bold=True, shade=True, span=(2 if len(ls) == 1 else 1)) for x in ls]  # noqa: E731
    V = lambda *vs: [C(x, span=(2 if len(vs) == 1 else 1)) for x in vs]  # noqa: E731
    title = p[lg] if lang != "bi" else f"{p['en']} / {p['fr']}"
    reps = []
    for r_ in p["reps"]:
        c = None if st["rcls_missing"](r_) else cls_s(r_["cls"], st["cls"])
        inner = ", ".join(x for x in [c, fte_s(r_["fte"], ml) if r_["fte"] else None] if x)
        if r_["fte"] == 0:
            inner = ", ".join(x for x in [c, fte_s(0, ml)] if x)
        reps.append(f"{r_[lg]} ({inner})" if inner else r_[lg])
    rows = [H(L(lang, "Position title", "Titre du poste")), V(title),
            H(L(lang, "Group and level", "Groupe et niveau"), L(lang, "Position number", "Numéro de poste")),
            V(cls_s(p["cls"], st["cls"]), p["pos"] or empty(st)),
            H(L(lang, "Job code", "Code d’emploi"), L(lang, "Effective date", "Date d’entrée en vigueur")),
            V(p["job_code"] or empty(st), date_s(p["eff"], st["date"], ml) or empty(st)),
            H(L(lang, "Work location", "Lieu de travail"), L(lang, "Department", "Ministère")),
            V(p["place"][1 if lang == "fr" else 0], p["dept"][2 if lang == "fr" else 1]),
            H(L(lang, "Supervisor’s position title", "Titre du poste du superviseur")), V(p["sup"][lg]),
            H(L(lang, "Supervisor’s group and level", "Groupe et niveau du superviseur"),
              L(lang, "Supervisor’s position number", "Numéro de poste du superviseur")),
            V(cls_s(p["sup"]["cls"], st["cls"]), p["sup"]["pos"] or empty(st)),
            H(L(lang, "Direct reports", "Subordonnés directs")), [C(reps, span=2)]]
    if p["total"] is not None:
        rows += [[C(x, bold=True, shade=True) for x in [L(lang, "Salary", "Salaires"), L(lang, "O&M", "F et E")]]
                 + [C(L(lang, "Total", "Total"), bold=True, shade=True)],
                 [C(money(p["sal"], st["money"], ml)), C(money(p["om"], st["money"], ml)),
                  C(money(p["total"], st["money"], ml))]]
    else:
        rows += [H(L(lang, "Salary", "Salaires"), L(lang, "O&M", "F et E")),
                 V(money(p["sal"], st["money"], ml), money(p["om"], st["money"], ml))]
    if p["fte"]:
        rows += [H(L(lang, "FTEs", "ETP")), V(str(p["fte"]))]
    # pad rows to three columns
    return [row if sum(c.span for c in row) == 3 else row + [C("")] * (3 - sum(c.span for c in row))
            for row in [[C(c.lines, span=(3 if c.span == 2 and len(row) == 1 else c.span), bold=c.bold,
                           shade=c.shade) for c in row] for row in rows]]


def tmpl_multi(p, lang, st):
    """C: cells holding several lines (title and level; amount and label); the supervisor's label cell
    spans three rows; the language check boxes in a value cell spanning rows; reports as boxes in a row."""
    lg = "fr" if lang == "fr" else "en"
    ml = lg
    boxes = [L(lang, "Language requirements", "Exigences linguistiques"),
             f"{BOX_ON} " + L(lang, "Bilingual imperative (CBC)", "Bilingue impératif (CBC)"),
             f"{BOX_OFF} " + L(lang, "English essential", "Anglais essentiel"),
             f"{BOX_OFF} " + L(lang, "French essential", "Français essentiel"),
             L(lang, "Tenure", "Durée"), f"{BOX_ON} " + L(lang, "Indeterminate", "Indéterminée") + f"  {BOX_OFF} "
             + L(lang, "Term", "Durée déterminée")]
    titl = [p[lg], cls_s(p["cls"], st["cls"])] if lang != "bi" else [p["en"], p["fr"], cls_s(p["cls"], st["cls"])]
    rows = [[C(L(lang, "Position title and level", "Titre et niveau du poste"), bold=True), C(titl, span=2),
             C(boxes, vm="start")],
            [C(L(lang, "Position no. / Job code", "No de poste / code d’emploi"), bold=True),
             C([p["pos"] or empty(st)]), C([p["job_code"] or empty(st)]), C(vm="cont")],
            [C(L(lang, "Effective date", "Date d’entrée en vigueur"), bold=True),
             C(date_s(p["eff"], st["date"], ml) or empty(st), span=2), C(vm="cont")],
            [C(L(lang, "Location", "Lieu"), bold=True), C(p["place"][1 if lang == "fr" else 0], span=3)],
            [C(L(lang, "Reports to", "Relève de"), bold=True, vm="start"), C(L(lang, "Title", "Titre")),
             C(p["sup"][lg], span=2)],
            [C(vm="cont"), C(L(lang, "Group and level", "Groupe et niveau")), C(cls_s(p["sup"]["cls"], st["cls"]),
                                                                                 span=2)],
            [C(vm="cont"), C(L(lang, "Position number", "Numéro de poste")), C(p["sup"]["pos"] or empty(st), span=2)],
            [C(L(lang, "DIRECT REPORTS", "SUBORDONNÉS DIRECTS"), span=4, bold=True, shade=True)]]
    reps = p["reps"]
    for k in range(0, len(reps), 4):
        chunk = reps[k:k + 4]
        cells = []
        for r_ in chunk:
            ls = [r_[lg]]
            if not st["rcls_missing"](r_):
                ls.append(cls_s(r_["cls"], st["cls"]))
            ls.append(fte_s(r_["fte"], ml))
            cells.append(C(ls))
        cells += [C("")] * (4 - len(chunk))
        rows.append(cells)
    rows.append([C(L(lang, "DIMENSIONS", "DIMENSIONS"), span=4, bold=True, shade=True)])
    dims = [C([money(p["sal"], st["money"], ml), L(lang, "Salary", "Salaires")]),
            C([money(p["om"], st["money"], ml), L(lang, "O&M", "F et E")])]
    dims.append(C([money(p["total"], st["money"], ml), L(lang, "Total", "Total")]) if p["total"] is not None
                else C(["", L(lang, "Total", "Total")]))
    dims.append(C([str(p["fte"]) if p["fte"] else "", L(lang, "FTEs", "ETP")]))
    rows.append(dims)
    return rows


def tmpl_check(p, lang, st):
    """E: the group and level chosen by check box; status by check box; otherwise side by side."""
    lg = "fr" if lang == "fr" else "en"
    ml = lg
    on = st.get("tick", BOX_ON)
    lv = "  ".join(f"{on if c == p['cls'] else BOX_OFF} {c}" for c in ["EX-01", "EX-02", "EX-03", "EX-04", "EX-05"])
    title = p[lg] if lang != "bi" else f"{p['en']} / {p['fr']}"
    rows = [[C(L(lang, "Position title", "Titre du poste"), bold=True), C(title, span=3)],
            [C(L(lang, "Group and level", "Groupe et niveau"), bold=True), C(lv, span=3)],
            [C(L(lang, "Classification status", "Statut de la classification"), bold=True),
             C(f"{on} " + L(lang, "Approved", "Approuvée") + f"   {BOX_OFF} " + L(lang, "Proposed", "Proposée"), span=3)],
            [C(L(lang, "Position number", "Numéro de poste"), bold=True), C(p["pos"] or empty(st)),
             C(L(lang, "Job code", "Code d’emploi"), bold=True), C(p["job_code"] or empty(st))],
            [C(L(lang, "Effective date", "Date d’entrée en vigueur"), bold=True),
             C(date_s(p["eff"], st["date"], ml) or empty(st)),
             C(L(lang, "Location", "Lieu"), bold=True), C(p["place"][1 if lang == "fr" else 0])],
            [C(L(lang, "Supervisor", "Superviseur"), bold=True),
             C([p["sup"][lg], cls_s(p["sup"]["cls"], st["cls"])
                + (f" — {L(lang, 'position', 'poste')} {p['sup']['pos']}" if p["sup"]["pos"] else "")], span=3)],
            [C(L(lang, "Direct reports", "Subordonnés directs"), bold=True),
             C([], span=3, nested=reports_nested(p, lang, st))],
            [C(L(lang, "Dimensions", "Dimensions"), bold=True), C([], span=3, nested=budget_nested(p, lang, st)
                                                                  + ([[C(L(lang, "FTEs", "ETP")), C(str(p["fte"]))]]
                                                                     if p["fte"] else []))]]
    return rows


TEMPLATES = {"side": tmpl_side, "alt": tmpl_alt, "multi": tmpl_multi, "check": tmpl_check}


def build(p, lang, tmpl, st):
    head = {"en": "EXECUTIVE WORK DESCRIPTION", "fr": "DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION",
            "bi": "DESCRIPTION DE TRAVAIL – DIRECTION / EXECUTIVE WORK DESCRIPTION"}[lang]
    blocks = [("h", p["dept"][2 if lang == "fr" else 1], 0), ("h", head, 1),
              ("t", TEMPLATES[tmpl](p, lang, st))]
    blocks += prose_blocks(p, lang, st)
    blocks.append(("h", L(lang, "Signatures", "Signatures"), 2))
    blocks.append(("t", sig_table(p, lang)))
    return blocks


# ---------------------------------------------------------------- renderers
def fixed_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def fill_table(table, rows):
    ncol = len(table.columns)
    # merges first
    for ri, row in enumerate(rows):
        col = 0
        for c in row:
            if c.span > 1:
                table.cell(ri, col).merge(table.cell(ri, col + c.span - 1))
            if c.vm == "start":
                end = ri
                while end + 1 < len(rows) and any(
                        cc.vm == "cont" and pos == col for pos, cc in positions(rows[end + 1])):
                    end += 1
                if end > ri:
                    table.cell(ri, col).merge(table.cell(end, col + c.span - 1))
            col += c.span
    for ri, row in enumerate(rows):
        for col, c in positions(row):
            if c.vm == "cont":
                continue
            cell = table.cell(ri, col)
            first = True
            for line in c.lines:
                para = cell.paragraphs[0] if first else cell.add_paragraph()
                run = para.add_run(line)
                run.bold = c.bold
                first = False
            if c.nested:
                nt = cell.add_table(rows=len(c.nested), cols=max(sum(x.span for x in r) for r in c.nested))
                nt.style = "Table Grid"
                fill_table(nt, c.nested)
    assert ncol >= 1


def positions(row):
    col = 0
    for c in row:
        yield col, c
        col += c.span


def to_docx(blocks, title, author):
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=b[2])
        elif b[0] == "p":
            d.add_paragraph(b[1])
        else:
            rows = b[1]
            ncol = max(sum(c.span for c in r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            fill_table(t, rows)
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = author, author, title
    cp.created = cp.modified = dt.datetime(2024, 3, 1, 9, 0, 0)
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def cell_lines(c, mode):
    ls = [x for x in c.lines]
    if c.nested:
        for r in c.nested:
            ls.append(("\t" if mode == "tab" else " ").join(" ".join(x.lines) for x in r))
    return ls


def to_rowtext(blocks, mode):
    """mode 'pdf': cells of a row on one line, multi-line cells interleaved line by line;
    'tab': Word's plain-text save, cells separated by tabs; 'ocr': cells separated by ' | '."""
    out = []
    for b in blocks:
        if b[0] in ("h", "p"):
            out.append(b[1])
            if mode != "pdf":
                out.append("")
            continue
        for row in b[1]:
            cells = [cell_lines(c, mode) for c in row if c.vm != "cont"]
            if mode == "tab":
                out.append("\t".join("\n".join(cl) for cl in cells))
                continue
            sep = " " if mode == "pdf" else " | "
            for parts in zip_longest(*cells, fillvalue=""):
                line = sep.join(x for x in parts if x) if mode == "pdf" else sep.join(parts)
                if line.strip():
                    out.append(("| " + line + " |") if mode == "ocr" else line)
        if mode != "pdf":
            out.append("")
    return "\n".join(out) + "\n"


def to_markdown(blocks):
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append("#" * (b[2] + 1) + " " + b[1])
            out.append("")
        elif b[0] == "p":
            out += [b[1], ""]
        else:
            rows = b[1]
            ncol = max(sum(c.span for c in r) for r in rows)
            first = True
            for row in rows:
                cells = []
                for c in row:
                    txt = "<br>".join(cell_lines(c, "pdf")) if c.vm != "cont" else ""
                    cells += [txt] + [""] * (c.span - 1)
                out.append("| " + " | ".join(cells) + " |")
                if first:
                    out.append("|" + "---|" * ncol)
                    first = False
            out.append("")
    return "\n".join(out)


DIG = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "b"}
LET = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("e", "c"), ("i", "l"), ("u", "n"), ("h", "b")]


def ocr(text, strength, rng, names, header):
    pd = {"light": 0.25, "middling": 0.5, "heavy": 0.8}[strength]
    pl = {"light": 0.01, "middling": 0.025, "heavy": 0.05}[strength]
    lines = []
    for line in text.split("\n"):
        if any(n in line for n in names):
            lines.append(line)
            continue
        chars = list(line)
        for k, ch in enumerate(chars):
            if ch in DIG and rng.random() < pd and (ch in "0158" or strength != "light"):
                chars[k] = DIG[ch]
            elif ch == "|" and rng.random() < pd / 2:
                chars[k] = rng.choice("Il!")
        line = "".join(chars)
        for a, b_ in LET:
            if a in line and rng.random() < pl * 4:
                idx = line.find(a, rng.randint(0, max(0, len(line) - 1)) // 2)
                if idx >= 0:
                    line = line[:idx] + b_ + line[idx + len(a):]
        if rng.random() < pl * 6:
            sp = [k for k, ch in enumerate(line) if ch == " "]
            if sp:
                k = rng.choice(sp)
                line = line[:k] + line[k + 1:]
        # wrap long prose lines at 78 with hyphenation
        while len(line) > 78:
            cut = line.rfind(" ", 50, 78)
            if cut < 0 or rng.random() < 0.3:
                cut = 74
                lines.append(line[:cut] + "-")
                line = line[cut:]
            else:
                lines.append(line[:cut])
                line = line[cut + 1:]
        lines.append(line)
    pages, page, n = [], [], 1
    for line in lines:
        page.append(line)
        if len(page) >= 46:
            pages.append(page)
            page = []
    pages.append(page)
    out = []
    for k, pg in enumerate(pages, 1):
        out.append(header)
        out.append("")
        out += pg
        out.append("")
        out.append(f"Page {k} of {len(pages)}" if strength != "heavy" else f"- {k} -")
        out.append("\f")
    return "\n".join(out)


# ---------------------------------------------------------------- truth
def truth(p, lang, kind, doc, st, extra=None):
    lg = "fr" if lang == "fr" else "en"
    f = {"title": p[lg], "classification": p["cls"], "job_code": p["job_code"], "position_number": p["pos"],
         "effective_date": p["eff"],
         "supervisor": {"position_number": p["sup"]["pos"], "title": p["sup"][lg], "classification": p["sup"]["cls"]},
         "direct_reports": [{"title": r_[lg], "classification": None if st["rcls_missing"](r_) else r_["cls"],
                             "fte": (r_["fte"] if r_["fte"] else None)} for r_ in p["reps"]],
         "salary": p["sal"], "o_and_m": p["om"], "total": p["total"],
         "location": p["place"][1 if lang == "fr" else 0]}
    ns = [k for k in ["job_code", "position_number", "effective_date"] if f[k] is None]
    if f["supervisor"]["position_number"] is None:
        ns.append("supervisor.position_number")
    if f["total"] is None:
        ns.append("total")
    also = {"department": p["dept"][2 if lang == "fr" else 1], "form": st["form"]}
    if lang == "bi":
        also["title_fr"] = p["fr"]
    if p["fte"]:
        also["fte"] = p["fte"]
    if any(r_["fte"] == 0 for r_ in p["reps"]):
        also["no_staff_reports"] = [r_[lg] for r_ in p["reps"] if r_["fte"] == 0]
    if p.get("sup_in_corpus") and p["sup_in_corpus"].get("file"):
        also["reports_to_in_corpus"] = p["sup_in_corpus"]["file"]
    if st.get("placeholder"):
        also["empty_cells"] = "Word content-control placeholder 'Click or tap here to enter text.' left in empty cells"
    also.update(extra or {})
    people = [x for x in [p["incumbent"], p["approver"], p["classifier"]] if x]
    return {"document": doc, "kind": kind, "language": {"bi": "bilingual"}.get(lang, lang), "outcome": "import", "fields": f,
            "not_stated": ns, "also": also, "people": people, "versions": None}


# ---------------------------------------------------------------- plan
def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    ps = make_positions()
    # (kind, lang, template) for the 43 positions
    plan = ([("docx", "en", t) for t in ["side", "alt", "multi", "check", "side", "alt", "multi", "side", "check",
                                         "alt", "multi", "check"]]
            + [("docx", "fr", t) for t in ["side", "alt", "multi", "check", "side", "alt", "multi"]]
            + [("docx", "bi", t) for t in ["side", "alt", "multi", "check", "side", "multi", "alt", "check"]]
            + [("pdf", "en", t) for t in ["side", "multi", "alt", "check"]]
            + [("pdf", "fr", t) for t in ["multi", "side"]]
            + [("pdf", "bi", t) for t in ["alt", "check"]]
            + [("text", "en", "side"), ("text", "bi", "alt"), ("text", "fr", "multi"),
               ("text-cp1252", "en", "alt"), ("text-cp1252", "fr", "side"),
               ("ocr", "en", "side"), ("ocr", "bi", "multi"), ("markdown", "en", "alt")])
    assert len(plan) == 43, len(plan)
    rng = random.Random(1600)
    # give the two in-corpus DGs the earliest slots so their file names are known
    order = sorted(range(43), key=lambda k: 0 if ps[k].get("children") else 1)
    docs = []
    for k, (kind, lang, tmpl) in zip(order, plan):
        p = ps[k]
        st = {"cls": rng.choice(["std", "std", "std", "space", "short", "none"]),
              "money": rng.choice(["full", "full", "k", "m"]),
              "date": rng.choice(["long", "iso", "dmy"]),
              "placeholder": kind == "docx" and rng.random() < 0.3,
              "bi_interleave": rng.random() < 0.5,
              "tick": rng.choice([BOX_ON, BOX_ON, "✔"]) if kind not in ("pdf", "text-cp1252") else BOX_ON,
              "form": tmpl}
        miss = p["report_cls_missing"]
        st["rcls_missing"] = (lambda r_, m=miss, rr=p["reps"]: m and r_ is rr[-1])
        p["st"], p["kind"], p["lang"], p["tmpl"] = st, kind, lang, tmpl
        lg = "fr" if lang == "fr" else "en"
        base = p[lg]
        stem = {"docx": rng.choice(["{t}", "WD - {t}", "{t} - signed", "EX WD {t} (1)", "{t} FINAL"]),
                "pdf": rng.choice(["{t}", "{t} - signed", "WD {t} (exported)"]),
                "text": "{t} (copy)", "text-cp1252": "{t} - texte", "ocr": "scan - {t}",
                "markdown": "{t} (converted)"}[kind]
        if lang == "fr":
            stem = stem.replace("WD", "DT").replace("signed", "signé")
        name = stem.format(t=base.replace("’", "'")).replace("/", "-")
        ext = {"docx": ".docx", "pdf": ".pdf", "text": ".txt", "text-cp1252": ".txt", "ocr": ".txt",
               "markdown": ".md"}[kind]
        p["file"] = name + ext
        docs.append(p)

    # versions: a DRAFT docx with the older values, then the final (the planned doc) with changes
    v1 = next(p for p in docs if p["kind"] == "docx" and p["lang"] == "en" and p["tmpl"] == "multi")
    v2 = next(p for p in docs if p["kind"] == "pdf" and p["lang"] == "fr")
    truths = {}

    def emit(p, lang, kind, tmpl, file, st, overrides=None, extra=None):
        q = dict(p)
        q.update(overrides or {})
        blocks = build(q, lang, tmpl, st)
        path = corpus / file
        names = [x for x in [q["incumbent"], q["approver"], q["classifier"]] if x]
        if kind == "docx":
            path.write_bytes(to_docx(blocks, q["fr" if lang == "fr" else "en"], q["classifier"]))
        elif kind == "pdf":
            text = to_rowtext(blocks, "pdf").replace("☒", "[X]").replace("☐", "[ ]").replace("✔", "[X]")
            text = text.replace("’", "'").replace("\u00a0", " ")
            lines = text.split("\n")
            pages = ["\n".join(lines[i:i + 64]) for i in range(0, len(lines), 64)]
            path.write_bytes(pdf_bytes(pages))
        elif kind == "text":
            path.write_bytes(to_rowtext(blocks, "tab").encode("utf-8"))
        elif kind == "text-cp1252":
            t = to_rowtext(blocks, "tab").replace("☒", "X").replace("☐", "").replace("\u00a0", " ")
            path.write_bytes(t.replace("\n", "\r\n").encode("cp1252"))
        elif kind == "ocr":
            hdr = ("EXECUTIVE WORK DESCRIPTION" if lang == "en" else "DESCRIPTION DE TRAVAIL / WORK DESCRIPTION")
            t = to_rowtext(blocks, "ocr").replace("☒", "[X]").replace("☐", "[ ]")
            path.write_bytes(ocr(t, st["damage"], rng, names, hdr).encode("utf-8"))
        else:
            path.write_bytes(to_markdown(blocks).encode("utf-8"))
        tr = truth(q, lang, kind, file, st, extra)
        truths[file] = tr
        return tr

    for p in docs:
        if p["kind"] == "ocr":
            p["st"]["damage"] = "heavy" if p["lang"] == "bi" else "middling"
    for p in docs:
        extra = {"damage": p["st"]["damage"]} if p["kind"] == "ocr" else {}
        if p["kind"] in ("text", "text-cp1252"):
            extra["copy"] = "Word form saved as plain text: cells separated by tabs"
        if p["kind"] == "pdf":
            extra["copy"] = "PDF exported from the Word form: the text layer reads the cells row by row"
        emit(p, p["lang"], p["kind"], p["tmpl"], p["file"], p["st"], extra=extra)
    # older versions
    old1 = "DRAFT - " + v1["en"] + ".docx"
    emit(v1, "en", "docx", "multi", old1, v1["st"],
         overrides={"om": v1["om"] - 45000, "total": (v1["total"] - 45000) if v1["total"] else None,
                    "eff": None, "reps": v1["reps"][:-1] if len(v1["reps"]) > 2 else v1["reps"]})
    old2 = v2["fr"].replace("’", "'") + " - DRAFT.docx"
    st2 = dict(v2["st"], placeholder=True)
    emit(v2, "fr", "docx", v2["tmpl"], old2, st2,
         overrides={"sal": v2["sal"] - 120000, "total": (v2["total"] - 120000) if v2["total"] else None,
                    "job_code": None})
    truths[old1]["versions"] = truths[v1["file"]]["versions"] = {
        "documents": [old1, v1["file"]], "newest": v1["file"], "same_text": False,
        "note": "the DRAFT has O&M 45,000 lower (and the total), no effective date and one direct report fewer"}
    truths[old2]["versions"] = truths[v2["file"]]["versions"] = {
        "documents": [old2, v2["file"]], "newest": v2["file"], "same_text": False,
        "note": "the Word DRAFT has salary 120,000 lower (and the total) and no job code; the signed PDF is final"}

    refuse(corpus, truths)
    for file, tr in truths.items():
        (expected / (file + ".expected.yaml")).write_text(
            yaml.safe_dump(tr, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


# ---------------------------------------------------------------- documents to refuse
def refuse(corpus, truths):
    def tr(file, kind, lang, what, people):
        truths[file] = {"document": file, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                        "not_stated": [], "also": {"what": what}, "people": people, "versions": None}

    # 1. the blank template
    p = {"en": "", "fr": "", "cls": "EX-01", "pos": None, "job_code": None, "eff": None,
         "dept": ("", "Employment and Social Development Canada", "Emploi et Développement social Canada"),
         "place": ("", ""), "sup": {"en": "", "fr": "", "cls": "EX-01", "pos": None}, "reps": [],
         "sal": None, "om": None, "total": None, "fte": None, "incumbent": "", "approver": "", "classifier": "",
         "topic": ("", ""), "branch": ("", "")}
    st = {"cls": "std", "money": "full", "date": "long", "placeholder": True, "tick": BOX_OFF,
          "rcls_missing": lambda r_: False, "form": "check"}
    rows = tmpl_check(p, "bi", st)
    rows[1] = [C("Groupe et niveau / Group and level", bold=True),
               C("  ".join(f"{BOX_OFF} EX-0{k}" for k in range(1, 6)), span=3)]
    rows[2] = [C("Statut de la classification / Classification status", bold=True),
               C(f"{BOX_OFF} Approuvée / Approved   {BOX_OFF} Proposée / Proposed", span=3)]
    blocks = [("h", "DESCRIPTION DE TRAVAIL – DIRECTION / EXECUTIVE WORK DESCRIPTION", 1),
              ("p", "Modèle 2024 – remplir toutes les cellules / Template 2024 – complete every cell. "
                    "Example / Exemple : Director, Pension Services, EX-01, position 54321, $2,350,000."),
              ("t", rows),
              ("h", "Responsabilités générales / General Accountability", 2),
              ("p", "Click or tap here to enter text."),
              ("h", "Signatures", 2), ("t", sig_table(dict(p, incumbent=" ", approver="", classifier=""), "bi"))]
    f = "EX WD template 2024 (blank) - modèle.docx"
    (corpus / f).write_bytes(to_docx(blocks, "Template", "HR Forms"))
    tr(f, "docx", "bilingual", "an empty bilingual template: check boxes unticked, placeholders, example figures", [])

    # 2. memo about forms
    f = "Memo - new work description forms, March 2024.docx"
    n1, n2 = "Hallvard Marchildon", "Odalys Kirkconnell"
    blocks = [("h", "MEMORANDUM", 1),
              ("t", [[C("To:", bold=True), C("All EX managers, Benefits Processing Operations")],
                     [C("From:", bold=True), C(f"{n1}, Director General, Human Resources Services")],
                     [C("Date:", bold=True), C("March 12, 2024")],
                     [C("Subject:", bold=True), C("New executive work description form (EX-01 to EX-03)")]]),
              ("p", "As of April 1, 2024 executive work descriptions must be submitted on the new form. The "
                    "position title, group and level, position number and job code go in the first table; "
                    "direct reports go in the table nested in the Organization Structure cell."),
              ("t", [[C("Field", bold=True), C("Example", bold=True)],
                     [C("Position title"), C("Director, Pension Services")],
                     [C("Group and level"), C("EX-01")],
                     [C("Salary / O&M / Total"), C("$2,100,000 / $150,000 / $2,250,000")]]),
              ("p", f"Questions: {n2}, Senior Classification Advisor.")]
    (corpus / f).write_bytes(to_docx(blocks, "Memo", n2))
    tr(f, "docx", "en", "a memo announcing the new form, with example values in a table", [n1, n2])

    # 3. minutes (PDF)
    f = "Classification committee - minutes 2024-05-14.pdf"
    n3, n4, n5 = "Séverine Strathdee", "Kwabena Castonguay", "Linnea Petrakis"
    text = ("Classification Review Committee - Minutes\nMeeting of May 14, 2024, 10:00, Room 7B-112\n"
            f"Present: {n3} (chair), {n4}, {n5}\n\nItem Position Group/level Decision\n"
            "1 Director, Pension Services (54321) EX-01 Approved, effective 2024-04-01\n"
            "2 Executive Director, Data Strategy (NEW) EX-02 proposed Deferred: organization chart missing\n"
            "3 Director General, Service Delivery (61204) EX-03 Approved\n\n"
            "Next meeting: June 11, 2024.\n")
    (corpus / f).write_bytes(pdf_bytes([text]))
    tr(f, "pdf", "en", "minutes of a classification committee listing three positions and decisions", [n3, n4, n5])

    # 4. org chart as a Word table of boxes
    f = "Organigramme - Direction générale des opérations (mars 2024).docx"
    rows = [[C("Directeur général, Opérations\nEX-03 — 61204".split("\n"), span=3, bold=True)],
            [C(["Directrice, Traitement des demandes", "EX-01", "42 ETP"]),
             C(["Directeur, Services aux clients", "EX-01", "37 ETP"]),
             C(["Conseiller principal", "EC-07", "aucun personnel"])]]
    (corpus / f).write_bytes(to_docx([("h", "Organigramme – Direction générale des opérations", 1), ("t", rows),
                                      ("p", "Mis à jour le 4 mars 2024.")], "Organigramme", "Anselme Ravenscroft"))
    tr(f, "docx", "fr", "an organization chart drawn as a table of boxes", [])

    # 5. scan without text layer
    f = "Scan_0417 - WD signed.pdf"
    (corpus / f).write_bytes(pdf_bytes(["", "", ""]))
    tr(f, "pdf", "en", "a three-page scan without a text layer: unreadable", [])

    # 6. letter, cp1252
    f = "Lettre - décision de classification.txt"
    n6 = "Philippa Nakashima-Roy"
    text = ("Le 3 juin 2024\r\n\r\nObjet : Décision de classification – poste 48213\r\n\r\n"
            "Madame, Monsieur,\r\n\r\nJe vous informe que le poste de Directrice, Sécurité maritime (48213) "
            "est classifié au groupe et niveau EX-01, en vigueur le 1er avril 2024. La description de travail "
            "signée est conservée au dossier.\r\n\r\nVeuillez agréer mes salutations distinguées.\r\n\r\n"
            f"{n6}\r\nDirectrice, Classification\r\n")
    (corpus / f).write_bytes(text.encode("cp1252"))
    tr(f, "text-cp1252", "fr", "a letter announcing a classification decision (no description)", [n6])


if __name__ == "__main__":
    main()
