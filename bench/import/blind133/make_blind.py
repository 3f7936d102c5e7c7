"""Writes bench/import/blind133/corpus/ and expected/: the same bytes on every run.

    /work/main/.venv/bin/python bench/import/blind133/make_blind.py
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import yaml  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
from texts import (ACC, DEPT_EN, DEPT_FR, FAMILY, GIVEN, NATURE, P, REPORT_DUTY, SPEC)  # noqa: E402

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


# ------------------------------------------------------------------ notations
def fmt_date(d, style):
    if d is None:
        return None
    if style == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "slash":  # dd/mm/yyyy, used only with a day above 12
        assert d.day > 12
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dotted":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    raise ValueError(style)


def fmt_amt(v, style):
    if style == "full":
        return f"${v:,}"
    if style == "bare":
        return f"{v:,}"
    if style == "M":
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
        return f"${s}M"
    if style == "K":
        assert v % 1000 == 0
        return f"${v // 1000:,}K"
    if style == "frfull":
        return f"{v:,}".replace(",", "\u00a0") + "\u00a0$"
    if style == "frM":
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{s}\u00a0M$"
    if style == "frK":
        assert v % 1000 == 0
        return f"{v // 1000:,}".replace(",", "\u00a0") + "\u00a0k$"
    raise ValueError(style)


def fmt_fte(n, lang):
    return f"{n} FTEs" if lang != "fr" else f"{n} ETP"


# ------------------------------------------------------------------ labels
LBL = {
    "en": dict(title="Position Title", job="Job Code", num="Position Number", cls="Classification",
               date="Effective Date", branch="Branch", loc="Location", stitle="Supervisor's Position Title",
               snum="Supervisor's Position Number", scls="Supervisor's Classification",
               ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE", ns="NATURE AND SCOPE",
               dim="DIMENSIONS", sa="SPECIFIC ACCOUNTABILITIES", cert="CERTIFICATION", form="EXECUTIVE WORK DESCRIPTION",
               sal="Salary", om="O&M", tot="Total", fte="FTEs", inc="Incumbent", sup="Supervisor",
               appr="Approved by", clsadv="Classification advisor", tba="To be assigned",
               upon="Upon classification approval", vacant="Vacant"),
    "fr": dict(title="Titre du poste", job="Code d'emploi", num="Numéro du poste", cls="Classification",
               date="Date d'entrée en vigueur", branch="Direction générale", loc="Lieu de travail",
               stitle="Titre du poste du superviseur", snum="Numéro du poste du superviseur",
               scls="Classification du superviseur", ga="RESPONSABILITÉ GÉNÉRALE", org="STRUCTURE ORGANISATIONNELLE",
               ns="NATURE ET ÉTENDUE", dim="DIMENSIONS", sa="ACTIVITÉS PRINCIPALES", cert="ATTESTATION",
               form="DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION", sal="Salaires", om="F et E", tot="Total",
               fte="ETP", inc="Titulaire", sup="Superviseur", appr="Approuvé par", clsadv="Conseillère en classification",
               tba="À déterminer", upon="Sur approbation de la classification", vacant="Vacant"),
}
LBL["bilingual"] = {k: (LBL["en"][k] if k in ("tba", "upon", "vacant") else f"{LBL['en'][k]} / {LBL['fr'][k]}")
                    for k in LBL["en"]}

HOUSE = {
    "en": dict(form="Executive Position Profile", s1="1. Position identification", title="Title",
               num="Position no.", job="Job code", cls="Group and level", date="Effective date",
               branch="Branch", loc="Work location", s2="2. Reporting relationship", rep="Reports to",
               s3="3. Purpose", s4="4. Direct reports", rt=("Position", "Group-level", "FTEs"),
               tot_fte="Total FTEs in the organization (including the position)", s5="5. Financial resources",
               s6="6. Context and challenges", s7="7. Key activities", s8="8. Approvals",
               inc="Incumbent", sup="Supervisor", hr="Executive Services (HR)", posno="position no."),
    "fr": dict(form="Profil de poste de cadre", s1="1. Identification du poste", title="Titre",
               num="No de poste", job="Code d'emploi", cls="Groupe et niveau", date="Date d'entrée en vigueur",
               branch="Direction générale", loc="Lieu de travail", s2="2. Lien hiérarchique", rep="Relève de",
               s3="3. Raison d'être", s4="4. Subordonnés directs", rt=("Poste", "Groupe-niveau", "ETP"),
               tot_fte="Total des ETP de l'organisation (poste compris)", s5="5. Ressources financières",
               s6="6. Contexte et défis", s7="7. Activités principales", s8="8. Approbations",
               inc="Titulaire", sup="Superviseur", hr="Services aux cadres (RH)", posno="poste no"),
}
HOUSE["bilingual"] = {k: (tuple(f"{a} / {b}" for a, b in zip(HOUSE["en"][k], HOUSE["fr"][k])) if k == "rt"
                          else (HOUSE["en"][k] if k == "posno" else f"{HOUSE['en'][k]} / {HOUSE['fr'][k]}"))
                      for k in HOUSE["en"]}


# ------------------------------------------------------------------ building blocks
class Doc:
    def __init__(self, spec):
        self.s = spec
        self.blocks = []
        self.people = []
        self.also = {}

    def add(self, *b):
        self.blocks.append(b)


def name(rng, used):
    while True:
        n = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        if n not in used:
            used.add(n)
            return n


def ttl(d, lang, which="title"):
    """Title of the position in the document's language (bilingual: English)."""
    if lang == "fr":
        return d["title_fr"]
    return d["title"]


def rep_title(r, lang):
    return r[1] if lang == "fr" else r[0]


def sup_title(d, lang):
    return d["sup"][1] if lang == "fr" else d["sup"][0]


def budget_blocks(doc, d, lang):
    s = doc.s
    style, amt = s.get("budget", "plain"), s.get("amt", "full")
    sal, om = d["sal"], d["om"]
    L = LBL[lang]
    a = lambda v: fmt_amt(v, amt)  # noqa: E731
    fte_line = (f"{L['fte']}: {d['fte']}" if lang != "fr" else f"{L['fte']} : {d['fte']}")
    if style == "plain":
        doc.add("kv", [(L["fte"], str(d["fte"])), (L["sal"], a(sal)), (L["om"], a(om)), (L["tot"], a(sal + om))])
        return sal + om
    if style == "plain_nototal":
        doc.add("kv", [(L["fte"], str(d["fte"])), (L["sal"], a(sal)), (L["om"], a(om))])
        return None
    if style == "vote":
        cap = s["capital"]
        doc.also["capital"] = cap
        if lang == "fr":
            rows = [("ETP", str(d["fte"])), ("Salaires (crédit 1)", a(sal)), ("F et E (crédit 1)", a(om)),
                    ("Total des dépenses de fonctionnement (salaires et F et E)", a(sal + om)),
                    ("Immobilisations (crédit 5)", a(cap))]
        else:
            rows = [("FTEs", str(d["fte"])), ("Salary (Vote 1)", a(sal)), ("O&M (Vote 1)", a(om)),
                    ("Total operating (salary and O&M)", a(sal + om)), ("Capital (Vote 5)", a(cap))]
        doc.add("kv", rows)
        return sal + om
    if style == "costrec":
        frac = s.get("crfrac", 0.2)
        s_cr = int(round(sal * frac, -3))
        o_cr = int(round(om * frac * 1.5, -3))
        s_ap, o_ap = sal - s_cr, om - o_cr
        doc.also["cost_recovery"] = s_cr + o_cr
        if lang == "fr":
            head = ("Source", "Salaires", "F et E", "Total")
            rows = [("Crédits parlementaires (crédit 1)", a(s_ap), a(o_ap), a(s_ap + o_ap)),
                    ("Recouvrement des coûts (recettes disponibles)", a(s_cr), a(o_cr), a(s_cr + o_cr)),
                    ("Total", a(sal), a(om), a(sal + om))]
        else:
            if lang == "bilingual":
                head = ("Source", "Salary / Salaires", "O&M / F et E", "Total")
            else:
                head = ("Source of funds", "Salary", "O&M", "Total")
            rows = [("Appropriation (Vote 1)", a(s_ap), a(o_ap), a(s_ap + o_ap)),
                    ("Cost recovery (respendable revenue)", a(s_cr), a(o_cr), a(s_cr + o_cr)),
                    ("Total", a(sal), a(om), a(sal + om))]
        doc.add("table", head, rows)
        doc.add("p", fte_line)
        return sal + om
    if style == "sentence":
        if lang == "fr":
            doc.add("p", f"L'organisation compte {d['fte']} ETP et gère un budget salarial de {a(sal)} et un budget "
                         f"de fonctionnement et d'entretien de {a(om)}, pour un total de {a(sal + om)}.")
        else:
            doc.add("p", f"The organization has {d['fte']} FTEs and manages a salary budget of {a(sal)} and an O&M "
                         f"budget of {a(om)}, for a total of {a(sal + om)}.")
        return sal + om
    raise ValueError(style)


def reports_blocks(doc, d, lang, style, intro=True):
    reps = d["reports"]
    t = ttl(d, lang)
    if style == "table":
        head = HOUSE[lang]["rt"]
        doc.add("table", head, [(rep_title(r, lang), r[2], str(r[3])) for r in reps])
    elif style == "bullets":
        doc.add("ul", [f"{rep_title(r, lang)} ({r[2]}, {fmt_fte(r[3], lang)})" for r in reps])
    elif style == "dash":
        doc.add("ul", [f"{r[2]} – {rep_title(r, lang)} – {fmt_fte(r[3], lang)}" for r in reps])
    elif style == "sentence":
        parts = [f"the {rep_title(r, lang)} ({r[2]}; {fmt_fte(r[3], lang)})" if lang != "fr" else
                 f"{rep_title(r, lang)} ({r[2]}; {fmt_fte(r[3], lang)})" for r in reps]
        if lang == "fr":
            doc.add("p", f"Les postes suivants relèvent du titulaire : " + "; ".join(parts) + ".")
        else:
            doc.add("p", f"Reporting to the {t} are " + "; ".join(parts[:-1]) + "; and " + parts[-1] + ".")
    elif style == "prose":
        for r in reps:
            if lang == "fr":
                doc.add("p", f"{rep_title(r, lang)} ({r[2]}, {fmt_fte(r[3], lang)}), {REPORT_DUTY['fr']}.")
            else:
                doc.add("p", f"{rep_title(r, lang)} ({r[2]}, {fmt_fte(r[3], lang)}), {REPORT_DUTY['en']}.")
    else:
        raise ValueError(style)


def ident_values(doc, d, lang):
    s = doc.s
    num = d["num"] if d["num"] is not None else None
    date = fmt_date(d["date"], s.get("datestyle", "long"))
    title = d["title"] if lang == "en" else d["title_fr"] if lang == "fr" else f"{d['title']} / {d['title_fr']}"
    branch = d["branch_fr"] if lang == "fr" else d["branch"]
    loc = d["loc_fr"] if lang == "fr" else d["loc"]
    return title, num, date, branch, loc


SHARED_NAMES = {}


def signatures(doc, rng, used, lang, house=False):
    s = doc.s
    if s.get("names_key"):
        shared = SHARED_NAMES.setdefault(s["names_key"], [])
        if shared:  # the same signatories as the earlier copy
            queue = list(shared)
            nm = lambda: queue.pop(0)  # noqa: E731
        else:
            nm = lambda: shared.append(name(rng, used)) or shared[-1]  # noqa: E731
    else:
        nm = lambda: name(rng, used)  # noqa: E731
    L = LBL[lang] if not house else HOUSE[lang]
    rows = []
    if s.get("vacant"):
        rows.append((L["inc"], LBL[lang]["vacant"]))
    else:
        n = nm()
        doc.people.append(n)
        rows.append((L["inc"], n))
    n = nm()
    doc.people.append(n)
    rows.append((L["sup"], n))
    n = nm()
    doc.people.append(n)
    rows.append((LBL[lang]["clsadv"] if not house else L["hr"], n))
    doc.add("kv", rows)
    if s.get("signed_date"):
        doc.add("p", ("Signed: " if lang != "fr" else "Signé le : ") + s["signed_date"])


def tmpl_tbs(doc, d, lang, rng, used):
    s = doc.s
    L = LBL[lang]
    title, num, date, branch, loc = ident_values(doc, d, lang)
    doc.add("title", L["form"])
    doc.add("sub", DEPT_EN if lang == "en" else DEPT_FR if lang == "fr" else f"{DEPT_EN} / {DEPT_FR}")
    if s.get("draft"):
        doc.add("p", "DRAFT – FOR DISCUSSION – NOT FOR CLASSIFICATION" if lang != "fr" else "ÉBAUCHE – POUR DISCUSSION")
    rows = [(L["title"], title)]
    if d.get("job_code") is not None:
        rows.append((L["job"], d["job_code"]))
    rows.append((L["num"], num if num else L["tba"]))
    rows.append((L["cls"], d["cls"]))
    rows.append((L["date"], date if date else L["upon"]))
    rows += [(L["branch"], branch), (L["loc"], loc)]
    supstyle = s.get("supstyle", "fields")
    st = sup_title(d, lang)
    if supstyle == "fields":
        rows += [(L["stitle"], st), (L["snum"], d["sup"][3]), (L["scls"], d["sup"][2])]
    elif supstyle == "line":
        if lang == "fr":
            rows.append(("Relève de", f"{st} ({d['sup'][2]}), poste no {d['sup'][3]}"))
        else:
            rows.append(("Reports to", f"{st} ({d['sup'][2]}), Pos. No. {d['sup'][3]}"))
    doc.add("kv", rows)
    t = ttl(d, lang)
    doc.add("h", L["ga"])
    if lang == "fr":
        doc.add("p", f"Le ou la titulaire du poste de {t} {ACC[d['typ']][1]}.")
    else:
        doc.add("p", f"The {t} {ACC[d['typ']][0]}.")
        if lang == "bilingual":
            doc.add("p", f"Le ou la titulaire du poste de {d['title_fr']} {ACC[d['typ']][1]}.")
    doc.add("h", L["org"])
    npeers = s.get("peers", 5)
    if lang == "fr":
        lead = f"Le poste est l'un des {npeers} postes relevant du {st}"
    else:
        lead = f"The {t} is one of {npeers} positions reporting to the {st}"
    if supstyle == "sentence":
        lead += f" ({d['sup'][2]})"
    doc.add("p", lead + ". " + ("Les postes suivants relèvent du titulaire :" if lang == "fr" else
                                f"The following positions report to the {t}:"))
    reports_blocks(doc, d, "fr" if lang == "fr" else "en", s.get("repstyle", "prose"))
    doc.add("h", L["ns"])
    nl = "fr" if lang == "fr" else "en"
    for para in NATURE[nl]:
        doc.add("p", para.format(org=DEPT_FR if nl == "fr" else DEPT_EN, title=t))
    doc.add("h", L["dim"])
    budget_blocks(doc, d, "fr" if lang == "fr" else "en")
    doc.add("h", L["sa"])
    doc.add("ol", SPEC[nl])
    doc.add("h", L["cert"])
    doc.add("p", "The foregoing description is an accurate and complete statement of the duties assigned to the position."
            if lang != "fr" else "La présente description constitue un énoncé exact et complet des fonctions du poste.")
    signatures(doc, rng, used, lang)


def tmpl_house(doc, d, lang, rng, used):
    s = doc.s
    H = HOUSE[lang]
    title, num, date, branch, loc = ident_values(doc, d, lang)
    doc.add("title", H["form"])
    doc.add("sub", "CFIA | ACIA – " + ("house template, rev. " + s.get("rev", "2019")))
    doc.add("h", H["s1"])
    rows = [(H["title"], title), (H["num"], num if num else LBL[lang]["tba"])]
    if d.get("job_code") is not None:
        rows.append((H["job"], d["job_code"]))
    rows += [(H["cls"], d["cls"]), (H["date"], date if date else LBL[lang]["upon"]), (H["branch"], branch),
             (H["loc"], loc)]
    doc.add("grid", rows)
    doc.add("h", H["s2"])
    st = sup_title(d, lang)
    supstyle = s.get("supstyle", "line")
    if supstyle == "line":
        doc.add("grid", [(H["rep"], f"{st} ({d['sup'][2]}), {H['posno']} {d['sup'][3]}")])
    elif supstyle == "fields":
        L = LBL[lang]
        doc.add("grid", [(L["stitle"], st), (L["snum"], d["sup"][3]), (L["scls"], d["sup"][2])])
    elif supstyle == "nonum":
        doc.add("grid", [(H["rep"], f"{st} ({d['sup'][2]})")])
    t = ttl(d, lang)
    doc.add("h", H["s3"])
    nl = "fr" if lang == "fr" else "en"
    if lang == "fr":
        doc.add("p", f"Le ou la titulaire du poste de {t} {ACC[d['typ']][1]}.")
    else:
        doc.add("p", f"The {t} {ACC[d['typ']][0]}.")
        if lang == "bilingual":
            doc.add("p", f"Le ou la titulaire du poste de {d['title_fr']} {ACC[d['typ']][1]}.")
    doc.add("h", H["s4"])
    reports_blocks(doc, d, "fr" if lang == "fr" else ("bilingual" if s.get("repstyle", "table") == "table" and lang == "bilingual" else "en"),
                   s.get("repstyle", "table"))
    doc.add("p", f"{H['tot_fte']}: {d['fte']}")
    doc.add("h", H["s5"] + (f" ({s['fy']})" if s.get("fy") else ""))
    budget_blocks(doc, d, lang if lang != "bilingual" else "bilingual")
    doc.add("h", H["s6"])
    for para in NATURE[nl]:
        doc.add("p", para.format(org=DEPT_FR if nl == "fr" else DEPT_EN, title=t))
    doc.add("h", H["s7"])
    doc.add("ul", SPEC[nl])
    doc.add("h", H["s8"])
    signatures(doc, rng, used, lang, house=True)


def tmpl_profile(doc, d, lang, rng, used):
    """A Markdown transcription in the manner of an export: position details as bold-labelled bullets."""
    s = doc.s
    title, num, date, branch, loc = ident_values(doc, d, lang)
    bil = lang == "bilingual"
    doc.add("title", "Job Description" if not bil else "Job Description / Description de travail")
    doc.add("h", "Position Details")
    rows = [("Position Title" if not bil else "Position Title / Titre du poste", title),
            ("Classification", d["cls"])]
    if d.get("job_code"):
        rows.append(("Position Job Code", d["job_code"]))
    if num:
        rows.append(("Position Number", num))
    rows += [("Effective Date", date), ("Branch", d["branch"]), ("Geographic Location", loc)]
    rows += [("Supervisor's Position No.", d["sup"][3]), ("Supervisor's Position Title", d["sup"][0]),
             ("Supervisor's Classification", d["sup"][2])]
    doc.add("kv", rows)
    doc.add("h", "General Accountability")
    doc.add("p", f"The {d['title']} {ACC[d['typ']][0]}.")
    if bil:
        doc.add("p", f"Le ou la titulaire du poste de {d['title_fr']} {ACC[d['typ']][1]}.")
    doc.add("h", "Organization Structure")
    doc.add("p", f"The {d['title']} is one of {s.get('peers', 5)} positions reporting to the {d['sup'][0]}.")
    doc.add("h3", f"Reporting to the {d['title']} are:")
    reports_blocks(doc, d, "en", s.get("repstyle", "bullets"))
    doc.add("h", "Dimensions")
    budget_blocks(doc, d, "en")
    doc.add("h", "Specific Accountabilities")
    doc.add("ol", SPEC["en"])


# ------------------------------------------------------------------ renderers
def wrap(text, width, indent=""):
    return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False) or [""]


def to_text(blocks, width=88, pad=None):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), ""]
        elif k == "sub":
            out += [b[1], ""]
        elif k in ("h", "h3"):
            out += ["", b[1] if k == "h3" else b[1].upper(), ""]
        elif k in ("kv", "grid"):
            for lab, val in b[1]:
                if pad:
                    lab_s = (lab + ":").ljust(pad)
                    out += wrap(f"{lab_s} {val}", width)
                else:
                    out += wrap(f"{lab}: {val}", width)
            out.append("")
        elif k == "p":
            out += wrap(b[1], width) + [""]
        elif k == "ul":
            for it in b[1]:
                lines = wrap(it, width - 2)
                out += ["- " + lines[0]] + ["  " + x for x in lines[1:]]
            out.append("")
        elif k == "ol":
            for i, it in enumerate(b[1], 1):
                lines = wrap(it, width - 4)
                out += [f"{i}.  " + lines[0]] + ["    " + x for x in lines[1:]]
            out.append("")
        elif k == "table":
            head, rows = b[1], b[2]
            cols = list(zip(*([head] + list(rows))))
            wid = [max(len(c) for c in col) for col in cols]
            for r in [head] + list(rows):
                out.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, wid))).rstrip())
            out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def to_md(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [f"# {b[1]}", ""]
        elif k == "sub":
            out += [f"*{b[1]}*", ""]
        elif k == "h":
            out += [f"## {b[1]}", ""]
        elif k == "h3":
            out += [f"### {b[1]}", ""]
        elif k in ("kv", "grid"):
            out += [f"*   **{lab}:** {val}" for lab, val in b[1]] + [""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "ul":
            out += [f"*   {it}" for it in b[1]] + [""]
        elif k == "ol":
            out += [f"{i}.  {it}" for i, it in enumerate(b[1], 1)] + [""]
        elif k == "table":
            head, rows = b[1], b[2]
            out.append("| " + " | ".join(head) + " |")
            out.append("|" + "|".join("---" for _ in head) + "|")
            out += ["| " + " | ".join(r) + " |" for r in rows] + [""]
    return "\n".join(out).rstrip() + "\n"


FIXED = dt.datetime(2020, 1, 1, 0, 0, 0)


def to_docx(blocks, grid_as_table=True, kv_style="bold"):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], 0)
        elif k == "sub":
            d.add_paragraph(b[1])
        elif k == "h":
            d.add_heading(b[1], 1)
        elif k == "h3":
            d.add_heading(b[1], 2)
        elif k == "grid" and grid_as_table:
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in b[1]:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = lab, val
            d.add_paragraph("")
        elif k in ("kv", "grid"):
            for lab, val in b[1]:
                p = d.add_paragraph()
                if kv_style == "bold":
                    p.add_run(lab + ":").bold = True
                    p.add_run("\t" + val)
                else:
                    p.add_run(f"{lab}: {val}")
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif k == "table":
            head, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(head))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, head):
                c.text = h
            for r in rows:
                for c, v in zip(t.add_row().cells, r):
                    c.text = v
            d.add_paragraph("")
    cp = d.core_properties
    cp.author = "Executive Services"
    cp.last_modified_by = "Executive Services"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def paginate(lines, per_page):
    return [lines[i:i + per_page] for i in range(0, len(lines), per_page)]


def to_pdf(text, header=None, footer="Page {n} of {m}", per_page=64, blank=False):
    lines = text.split("\n")
    pages = paginate(lines, per_page)
    out = []
    for i, pg in enumerate(pages, 1):
        body = list(pg)
        if header and i > 1:
            body = [header, ""] + body
        if footer:
            body += ["", footer.format(n=i, m=len(pages))]
        out.append("\n".join(body))
    if blank:
        out = ["" for _ in out]
    return pdf_bytes(out)


# ------------------------------------------------------------------ OCR damage
DIGIT = {"0": ["O", "o"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "2": ["Z"], "6": ["b"]}
LETTER = [("m", "rn"), ("d", "cl"), ("e", "c"), ("i", "l"), ("h", "b"), ("u", "ii"), ("n", "ri"), ("o", "0"),
          ("é", "e"), ("è", "e"), ("à", "a"), ("ç", "c")]
STRENGTH = {"light": (0.25, 0.01, 0.01, 0.0), "middling": (0.55, 0.03, 0.025, 0.0),
            "heavy": (0.85, 0.06, 0.05, 0.3)}


def ocr_damage(text, strength, rng, protect):
    pdig, plet, pjoin, pcomma = STRENGTH[strength]
    marks = {}
    for i, n in enumerate(sorted(set(protect), key=len, reverse=True)):
        tok = f"\x01{i}\x02"
        marks[tok] = n
        text = text.replace(n, tok)
    out_lines = []
    for line in text.split("\n"):
        words = line.split(" ")
        new = []
        for w in words:
            if "\x01" in w:
                new.append(w)
                continue
            if any(c.isdigit() for c in w):
                heavy = strength == "heavy"
                chars = []
                for c in w:
                    if c in DIGIT and rng.random() < pdig and (c not in "26" or heavy):
                        chars.append(rng.choice(DIGIT[c]))
                    elif c == "," and pcomma and rng.random() < pcomma:
                        chars.append(".")
                    else:
                        chars.append(c)
                w = "".join(chars)
            elif len(w) > 3 and rng.random() < plet:
                a, b = rng.choice(LETTER)
                if a in w:
                    w = w.replace(a, b, 1)
            new.append(w)
        merged = []
        for w in new:
            if merged and w and merged[-1] and rng.random() < pjoin and "\x01" not in w + merged[-1]:
                merged[-1] += w
            else:
                merged.append(w)
        out_lines.append(" ".join(merged))
    text = "\n".join(out_lines)
    for tok, n in marks.items():
        text = text.replace(tok, n)
    return text


def hyphenate(text, width, rng, p=0.5):
    """Re-wraps each paragraph line longer than width, breaking some long words with a hyphen."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            nxt = line[cut + 1:].split(" ", 1)[0]
            if len(nxt) > 7 and nxt.isalpha() and rng.random() < p:
                k = len(nxt) // 2
                out.append(line[:cut] + " " + nxt[:k] + "-")
                line = nxt[k:] + line[cut + 1 + len(nxt):]
            else:
                out.append(line[:cut])
                line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def ocr_pages(text, rng, strength, protect, header, footer, per_page=52, width=78):
    text = hyphenate(text, width, rng, 0.6 if strength != "light" else 0.3)
    lines = text.split("\n")
    pages = paginate(lines, per_page)
    out = []
    for i, pg in enumerate(pages, 1):
        body = list(pg)
        if header and i > 1:
            body = [header.format(n=i, m=len(pages)), ""] + body
        if footer:
            body += ["", footer.format(n=i, m=len(pages))]
        out.append("\n".join(body))
    joined = "\n\f\n".join(out) if strength == "heavy" else "\n\n".join(out)
    return ocr_damage(joined, strength, rng, protect)


def columns_page(blocks, rng):
    """First page read across two columns: identification, reports and dimensions on the left,
    prose on the right."""
    left, right, rest = [], [], []
    done = False
    top = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub"):
            top.append(b)
            continue
        if k == "h" and b[1] in (LBL["en"]["sa"], LBL["fr"]["sa"]):
            done = True
        if done:
            rest.append(b)
        elif k in ("kv", "grid", "ul", "table") or (k == "h" and b[1] in (LBL["en"]["dim"], LBL["en"]["org"])):
            left.append(b)
        elif k in ("p", "h") and len(right) < 12:
            right.append(b)
        else:
            rest.append(b)
    ltxt = to_text(left, width=44).split("\n")
    rtxt = to_text(right, width=52).split("\n")
    n = max(len(ltxt), len(rtxt))
    rows = []
    for i in range(n):
        a = ltxt[i] if i < len(ltxt) else ""
        b = rtxt[i] if i < len(rtxt) else ""
        rows.append((a.ljust(44) + " " * rng.choice([1, 2, 3]) + b).rstrip())
    return to_text(top) + "\n" + "\n".join(rows) + "\n\n" + to_text(rest, width=100000)


# ------------------------------------------------------------------ the documents
SPECS = []


def D(file, kind, lang, key, tmpl, date, **kw):
    SPECS.append(dict(file=file, kind=kind, lang=lang, key=key, tmpl=tmpl, date=date, **kw))


d_ = dt.date
R = P  # shorthand
# versions of the positions that changed
FALLOW_OLD = R["fallow"]["reports"][:5]
STHY_OLD = [r for r in R["sthy"]["reports"] if not r[0].startswith("Head, Allergens")]
CSO_OLD = [R["cso"]["reports"][0], R["cso"]["reports"][1], R["cso"]["reports"][3]]
DGENF_OLD = [R["dgenf"]["reports"][0], R["dgenf"]["reports"][1],
             ("Manager, Administrative Monetary Penalties", "", "EG-06", 9)]
RDSTHY_OLD = R["rdsthy"]["reports"][:4]
DGAH_OLD = [r for r in R["dgah"]["reports"] if "Welfare" not in r[0]]
NCFAD_OLD = R["ncfad"]["reports"][:4] + [R["ncfad"]["reports"][5]]

D("CSO work description 2014 bilingual.docx", "docx", "bilingual", "cso", "tbs", d_(2014, 2, 3),
  reports=CSO_OLD, fte=1380, sal=101600000, om=39150000, budget="vote", capital=6400000, amt="M",
  supstyle="fields", repstyle="bullets", peers=4, datestyle="dmy")
D("Chief Science Officer - EWD v2 (2022).pdf", "pdf", "en", "cso", "house", d_(2022, 4, 1), budget="costrec",
  amt="full", fy="2022-2023", rev="2019", crfrac=0.15)
D("ED Laboratories - Executive Position Profile.docx", "docx", "en", "edlabs", "house", d_(2025, 1, 13),
  budget="costrec", amt="K", crfrac=0.25, fy="2024-2025", rev="2024", datestyle="dmy")
D("DRAFT - Director Ottawa Lab Fallowfield EWD 2016.docx", "docx", "en", "fallow", "tbs", None, draft=True,
  reports=FALLOW_OLD, fte=195, sal=15940000, om=5870000, cls="EX-01", budget="plain", amt="full",
  repstyle="prose", vacant=True, peers=9, names_key="fallow2016")
D("Director, Ottawa Laboratory (Fallowfield) - signed.pdf", "pdf", "en", "fallow", "tbs", d_(2016, 9, 12),
  reports=FALLOW_OLD, fte=195, sal=15940000, om=5870000, cls="EX-01", budget="plain", amt="full",
  repstyle="prose", signed_date="2016-09-12", vacant=True, peers=9, names_key="fallow2016")
D("EWD_20871_Fallowfield_EX-02_reclass_2021.docx", "docx", "en", "fallow", "house", d_(2021, 6, 1),
  budget="costrec", amt="full", crfrac=0.3, fy="2021-2022", cls="EX-02", datestyle="iso")
D("Directeur Labo St-Hyacinthe 2009.pdf", "pdf", "fr", "sthy", "tbs", d_(2009, 4, 1), reports=STHY_OLD, fte=94,
  sal=7985000, om=2760000, budget="plain", amt="frfull", datestyle="fr", repstyle="dash", peers=8)
D("Profil de poste - Directeur, Laboratoire de Saint-Hyacinthe (2019).docx", "docx", "fr", "sthy", "house",
  d_(2019, 11, 4), budget="costrec", amt="frM", datestyle="fr", crfrac=0.2, fy="2019-2020")
D("Burnaby Lab Director WD 2012 (scan).txt", "ocr", "en", "burnaby", "tbs", d_(2012, 5, 14), budget="plain",
  amt="full", damage="middling", repstyle="prose", supstyle="fields", datestyle="long",
  ocr_header="CFIA - Director, Burnaby Laboratory - EX-01", ocr_footer="Page {n} of {m}")
D("Charlottetown Lab - Director EX-01.txt", "text-cp1252", "en", "charl", "house", d_(2018, 1, 22),
  budget="vote", capital=350000, amt="full", repstyle="table", datestyle="long")
D("Director, Calgary Laboratory.md", "markdown", "en", "calgary", "profile", d_(2020, 7, 6), budget="plain",
  amt="M", repstyle="bullets", datestyle="long")
D("NCFAD Executive Director - work description 2023.pdf", "pdf", "en", "ncfad", "house", d_(2023, 3, 27),
  budget="vote", capital=2750000, amt="M", datestyle="long", fy="2023-2024")
D("NCFAD Director 2013 scan.txt", "ocr", "en", "ncfad", "tbs", d_(2013, 8, 19), cls="EX-01",
  title="Director, National Centre for Foreign Animal Disease", reports=NCFAD_OLD, fte=131, sal=11380000,
  om=7415000, budget="plain", amt="K", damage="light", repstyle="sentence", datestyle="dmy",
  ocr_header="NCFAD - Director   EX-01", ocr_footer="- {n} -")
D("Carling Lab Director EWD (1).docx", "docx", "en", "carling", "tbs", d_(2013, 4, 1), budget="plain_nototal",
  amt="full", repstyle="bullets", supstyle="line", datestyle="long")
D("DARTMOUTH LAB DIR 2010.txt", "ocr-columns", "en", "dart", "tbs", d_(2010, 6, 21), budget="plain", amt="full",
  damage="middling", repstyle="bullets", datestyle="slash", ocr_header="Director, Dartmouth Laboratory  EX-01",
  ocr_footer="{n}")
D("Directrice, Gestion de la qualité des laboratoires.docx", "docx", "fr", "lqm", "house", d_(2017, 9, 5),
  budget="plain", amt="frfull", datestyle="fr", rev="2015", fy="2017-2018")
D("Director Research and Partnerships - Directrice Recherche et partenariats 2024.pdf", "pdf", "bilingual", "rnp",
  "house", d_(2024, 4, 1), budget="costrec", amt="full", crfrac=0.1, datestyle="iso", fy="2024-2025")
D("RE_ Final EWD - Science Integrity and Risk Assessment.txt", "text", "en", "sira", "house", d_(2021, 2, 15),
  budget="plain", amt="full", repstyle="dash", email=("Re", 2021), datestyle="long")
D("FW_ WD for signature - DG Enforcement.txt", "text", "en", "dgenf", "tbs", d_(2011, 3, 7), cls="EX-02",
  reports=DGENF_OLD, fte=140, sal=10640000, om=2875000, budget="plain", amt="M", repstyle="prose",
  email=("FW", 2011), datestyle="long")
D("DG Enforcement and Investigation Services EX-03 (2024).pdf", "pdf", "en", "dgenf", "house", d_(2024, 7, 2),
  budget="vote", capital=1200000, amt="full", datestyle="long", fy="2024-2025")
D("Directeur exécutif, Centre opérationnel du Québec - signé.pdf", "pdf", "fr", "edqc", "house", d_(2015, 6, 29),
  budget="costrec", amt="frfull", crfrac=0.12, datestyle="fr", rev="2015", fy="2015-2016")
D("scan_rd_st-hyacinthe_2008.txt", "ocr", "fr", "rdsthy", "tbs", d_(2008, 10, 14), reports=RDSTHY_OLD, fte=262,
  sal=18120000, om=2960000, budget="plain", amt="frfull", damage="heavy", repstyle="prose", datestyle="fr",
  title_fr="Directeur régional, Saint-Hyacinthe", ocr_header="ACIA   Directeur régional, Saint-Hyacinthe   EX-01",
  ocr_footer="Page {n}", supstyle="line")
D("Directeur régional St-Hyacinthe 2017.txt", "text-cp1252", "fr", "rdsthy", "house", d_(2017, 4, 3),
  budget="costrec", amt="frfull", crfrac=0.1, datestyle="fr", repstyle="dash", fy="2017-2018")
D("RD Southwestern Ontario, Guelph.docx", "docx", "en", "rdswo", "tbs", d_(2014, 1, 13), budget="sentence",
  amt="M", repstyle="prose", supstyle="fields", datestyle="long")
D("Dir Inspection Programs WOC 2010 scanned.txt", "ocr", "en", "dinspw", "tbs", d_(2010, 11, 1), budget="plain",
  amt="full", damage="light", repstyle="bullets", datestyle="dmy", supstyle="fields",
  ocr_header="WESTERN OPERATIONAL CENTRE   Director, Inspection Programs", ocr_footer="Page {n} of {m}")
D("Directrice, Services nationaux d'enquête (2020).docx", "docx", "fr", "dnis", "house", d_(2020, 9, 14),
  budget="plain", amt="frK", datestyle="fr", repstyle="table", fy="2020-2021")
D("Import and Border Inspection - Director.md", "markdown", "en", "dimp", "profile", d_(2022, 1, 10),
  budget="costrec", crfrac=0.35, amt="full", repstyle="dash", datestyle="iso")
D("Atlantic OC Executive Director 2012.pdf", "pdf", "en", "edatl", "tbs", d_(2012, 10, 1), budget="plain",
  amt="full", repstyle="prose", damage="light", datestyle="long", supstyle="fields")
D("DG Regulatory Policy & Cooperation — EWD.docx", "docx", "en", "dgreg", "house", d_(2019, 5, 21),
  budget="plain", amt="full", repstyle="bullets", datestyle="long", supstyle="nonum")
D("Directrice Modernisation réglementation 2013.txt", "text-cp1252", "fr", "dregmod", "tbs", d_(2013, 12, 16),
  budget="plain", amt="frfull", repstyle="dash", datestyle="fr")
D("Director Food Import Export Policy 2026.txt", "text", "en", "dfie", "house", d_(2026, 1, 5), budget="plain",
  amt="full", repstyle="table", datestyle="iso", fy="2025-2026", rev="2024")
D("DG Santé des végétaux et biosécurité 2016.pdf", "pdf", "fr", "dgplant", "house", d_(2016, 8, 22),
  budget="vote", capital=900000, amt="frfull", datestyle="fr", fy="2016-2017", rev="2015")
D("Directeur evaluation risques phytosanitaires 2011 numérisé.txt", "ocr", "fr", "dpbra", "tbs", d_(2011, 5, 30),
  budget="plain", amt="frfull", damage="middling", repstyle="dash", datestyle="fr", supstyle="fields",
  ocr_header="Évaluation des risques phytosanitaires - EX-01", ocr_footer="{n}/{m}")
D("DG Animal Health Directorate EWD 2010.pdf", "pdf", "en", "dgah", "tbs", d_(2010, 2, 8), reports=DGAH_OLD,
  fte=102, sal=9870000, om=3650000, budget="plain", amt="M", repstyle="prose", datestyle="long")
D("DG Animal Health - updated EWD 2019.docx", "docx", "en", "dgah", "house", d_(2019, 9, 3), budget="vote",
  capital=500000, amt="full", datestyle="long", fy="2019-2020")
D("Director, Terrestrial Animal Programs (bilingual).md", "markdown", "bilingual", "dtap", "profile",
  d_(2015, 3, 2), budget="plain", amt="full", repstyle="bullets", datestyle="long")
D("Directeur, Recouvrement des coûts et politique sur les frais.docx", "docx", "fr", "dcost", "house",
  d_(2021, 10, 18), budget="plain", amt="frfull", datestyle="fr", repstyle="bullets", fy="2021-2022")
D("Science Policy and Evaluation - Director, EX-01.txt", "text-cp1252", "en", "dscipol", "tbs", d_(2009, 9, 28),
  budget="plain", amt="full", repstyle="prose", datestyle="long", supstyle="sentence")
D("TR _ Description de travail - Directrice Promotion de la conformité.txt", "text", "fr", "dcomp", "house",
  d_(2023, 2, 13), budget="plain", amt="frfull", repstyle="bullets", email=("TR", 2023), datestyle="fr")
D("Director Inspection Training and Certification 2025 FINAL.docx", "docx", "bilingual", "dtrain", "house",
  d_(2025, 4, 1), budget="costrec", crfrac=0.2, amt="full", datestyle="iso", fy="2025-2026", rev="2024")
D("Ontario OC ED 2009.txt", "ocr-columns", "en", "edon", "tbs", d_(2009, 3, 16), budget="plain", amt="full",
  damage="heavy", repstyle="bullets", datestyle="long", ocr_header="ONTARIO OPERATIONAL CENTRE  Executive Director",
  ocr_footer="Page {n}")
D("Director Fish and Seafood Operations, Atlantic.pdf", "pdf", "en", "dfish", "house", d_(2016, 11, 28),
  budget="costrec", crfrac=0.25, amt="full", datestyle="long", fy="2016-2017", rev="2015")
D("Dir Opérations inspection Québec Est.txt", "ocr", "fr", "dqe", "tbs", d_(2014, 6, 16), budget="plain",
  amt="frfull", damage="light", repstyle="prose", datestyle="fr", supstyle="fields",
  ocr_header="ACIA - Directeur, Opérations d'inspection, Québec Est", ocr_footer="Page {n} de {m}")
D("Directrice Programmes aliments du betail et engrais 2012.pdf", "pdf", "fr", "dfeed", "tbs", d_(2012, 2, 27),
  budget="plain", amt="frfull", damage="middling", repstyle="dash", datestyle="fr", supstyle="fields")

VERSIONS = {
    "fallow": "The 2016 DRAFT has no effective date and a vacant incumbent line; the signed PDF adds the date "
              "(12 September 2016) and a signature date, same figures; the 2021 house-template version is the "
              "reclassification to EX-02 with a sixth report (Quality Assurance Manager), 199 FTEs and a budget "
              "split between appropriation and cost recovery.",
    "sthy": "2009 TBS form (4 reports, 94 FTEs) -> 2019 house template (5 reports, 106 FTEs, cost-recovery split).",
    "cso": "2014 bilingual TBS form (3 reports, vote split with capital) -> 2022 house template (4 reports, "
           "cost-recovery split).",
    "dgenf": "2011 EX-02 (sent by e-mail, 3 reports, 140 FTEs) -> 2024 EX-03 house template (4 reports, 152 FTEs).",
    "rdsthy": "2008 heavy scan of the TBS form (4 reports) -> 2017 house template (5 reports, cost recovery).",
    "dgah": "2010 TBS form (4 reports) -> 2019 house template (5 reports, vote split with capital).",
    "ncfad": "2013 Director, EX-01 (scan, 5 reports, 131 FTEs) -> 2023 Executive Director, EX-02 (6 reports).",
}


# ------------------------------------------------------------------ refusals
def refusals(rng, used):
    docs = []
    # 1. accreditation scope (docx)
    n1, n2 = name(rng, used), name(rng, used)
    blocks = [("title", "Scope of Accreditation"),
              ("sub", "Standards Council of Canada – Accredited Laboratory No. 612"),
              ("kv", [("Laboratory", "CFIA Saint-Hyacinthe Laboratory"), ("Address", "3400 Casavant Boulevard West, Saint-Hyacinthe, Quebec"),
                      ("Contact", f"{n1}, Quality Manager"), ("Standard", "ISO/IEC 17025:2017"),
                      ("Accreditation date", "2007-03-14"), ("Latest amendment", "2022-08-30")]),
              ("h", "Testing – Food microbiology and chemistry"),
              ("table", ("Test method", "Matrix", "Analyte", "Range"),
               [("MFHPB-30", "Ready-to-eat foods", "Listeria monocytogenes", "Detection in 25 g"),
                ("MFLP-38", "Raw beef", "E. coli O157:H7", "Detection in 325 g"),
                ("CHE-110", "Honey", "Chloramphenicol", "0.3-5 µg/kg"),
                ("CHE-214", "Infant formula", "Melamine", "0.5-10 mg/kg"),
                ("ALG-003", "Baked goods", "Peanut protein", "2.5-40 mg/kg")]),
              ("p", "This scope is valid only with the certificate of accreditation. Tests marked (F) are flexible-scope."),
              ("kv", [("Issued by", f"{n2}, Accreditation Program Officer")])]
    docs.append(("Scope of Accreditation - Saint-Hyacinthe Laboratory (SCC 2022).docx", "docx", "en",
                 to_docx(blocks), [n1, n2], "the laboratory's ISO/IEC 17025 scope of accreditation (test methods, "
                 "matrices, ranges): no position"))
    # 2. inspection manual chapter (OCR)
    text = to_text([("title", "Food Inspection Operational Manual"),
                    ("sub", "Chapter 4 - Enforcement Response and Compliance Escalation"),
                    ("h", "4.1 Purpose"),
                    ("p", "This chapter describes how inspectors select a proportionate enforcement response when "
                          "non-compliance is found during an inspection of a licensed establishment."),
                    ("h", "4.2 Roles"),
                    ("ul", ["Inspector (EG-05): documents the non-compliance and recommends a response.",
                            "Inspection Manager (EG-07): approves corrective action requests and notices of violation.",
                            "Regional Director (EX-01): approves licence suspensions and referrals to investigation.",
                            "Director, National Investigation Services: accepts referrals for prosecution."]),
                    ("h", "4.3 Escalation"),
                    ("ol", ["Verbal or written notification (corrective action request).",
                            "Notice of violation with warning or with penalty (AMP, up to $15,000 for a serious violation).",
                            "Suspension or cancellation of the licence.",
                            "Referral to National Investigation Services for prosecution."]),
                    ("p", "Effective date of this chapter: 2019-01-15. Supersedes chapter 4 of 2014-06-01.")])
    text = ocr_pages(text, rng, "middling", [], "FIOM Chapter 4 - Enforcement", "Page {n} of {m}")
    docs.append(("Inspection Manual Chapter 4 - Enforcement Response (scan).txt", "ocr", "en",
                 text.encode("utf-8"), [], "a chapter of an inspection manual (roles by level, an escalation ladder)"))
    # 3. staffing poster (pdf, French)
    n3 = name(rng, used)
    ptxt = to_text([("title", "Possibilité d'emploi – Opportunité de carrière"),
                    ("kv", [("Poste", "Directeur ou directrice, Laboratoire de Burnaby"), ("Groupe et niveau", "EX-01"),
                            ("Organisation", DEPT_FR), ("Lieu", "Burnaby (Colombie-Britannique)"),
                            ("Traitement", "de 124 400 $ à 146 336 $"), ("Date de clôture", "2019-02-28"),
                            ("Numéro de référence", "CFI19J-019384-000011"), ("Processus de sélection", "19-CFI-EA-BC-0442")]),
                    ("h", "Qui peut postuler"),
                    ("p", "Personnes résidant au Canada et citoyens canadiens résidant à l'étranger."),
                    ("h", "Qualifications essentielles"),
                    ("ul", ["Diplôme de doctorat en microbiologie, chimie ou une discipline connexe.",
                            "Expérience de la gestion d'un laboratoire accrédité ISO/IEC 17025.",
                            "Expérience de la gestion des ressources humaines et financières (au moins 50 ETP)."]),
                    ("p", f"Personne-ressource : {n3}, conseillère en dotation des cadres.")])
    docs.append(("Affiche - Directeur(trice), Laboratoire de Burnaby EX-01.pdf", "pdf", "fr", to_pdf(ptxt, footer=None),
                 [n3], "a staffing poster for an EX-01 laboratory director (salary range, closing date): not a work description"))
    # 4. org chart (markdown)
    chart = ("# Science Branch – Organization Chart (April 2019)\n\n"
             "```\nChief Science Officer (EX-04)\n"
             "├── Executive Director, Laboratories (EX-03)\n"
             "│   ├── Ottawa Laboratory (Fallowfield) (EX-01)\n│   ├── Saint-Hyacinthe Laboratory (EX-01)\n"
             "│   ├── Burnaby Laboratory (EX-01)\n│   ├── Charlottetown Laboratory (EX-01)\n"
             "│   ├── Calgary Laboratory (EX-01)\n│   ├── NCFAD (EX-01)\n│   ├── Ottawa Laboratory (Carling) (EX-01)\n"
             "│   ├── Dartmouth Laboratory (EX-01)\n│   └── Laboratory Quality Management (EX-01)\n"
             "├── Director, Research and Partnerships (EX-01)\n"
             "├── Director, Science Policy and Evaluation (EX-01)\n"
             "└── Senior Science Advisor (SE-RES-05)\n```\n\n"
             "Positions shown without FTEs. Prepared by Executive Services for the 2019 talent review.\n")
    docs.append(("Org chart Science Branch 2019.md", "markdown", "en", chart.encode("utf-8"), [],
                 "an organization chart of the Science Branch, boxes with levels only"))
    # 5. scan without a text layer (pdf)
    docs.append(("EWD signed page scan.pdf", "pdf", "en", to_pdf("x\n" * 120, blank=True, footer=None), [],
                 "a scanned PDF without a text layer (two pages)"))
    # 6. memo on lab budgets (cp1252, French)
    n4, n5 = name(rng, used), name(rng, used)
    memo = ("NOTE DE SERVICE\r\n\r\n"
            f"Destinataire : Directeurs et directrices des laboratoires\r\nExpéditeur : {n4}, directeur exécutif, Laboratoires\r\n"
            "Date : le 12 mars 2020\r\nObjet : Budgets des laboratoires 2020-2021 – crédit 1 et recouvrement des coûts\r\n\r\n"
            "Voici les affectations préliminaires pour l’exercice 2020-2021. Les recettes disponibles provenant des "
            "frais d’analyse sont présentées séparément des crédits parlementaires.\r\n\r\n"
            "Laboratoire              Crédit 1 (salaires)   F et E       Recouvrement\r\n"
            "Fallowfield              15 210 000 $          4 180 000 $  2 940 000 $\r\n"
            "Saint-Hyacinthe           7 640 000 $          2 050 000 $  1 610 000 $\r\n"
            "Burnaby                   5 890 000 $          1 620 000 $    870 000 $\r\n"
            "Calgary                   5 970 000 $          1 840 000 $  1 020 000 $\r\n\r\n"
            "Merci de confirmer vos besoins en immobilisations (crédit 5) d’ici le 27 mars.\r\n\r\n"
            f"c.c. {n5}, Finances\r\n")
    docs.append(("Note de service - budget labos 2020-21.txt", "text-cp1252", "fr", memo.encode("cp1252"), [n4, n5],
                 "a memorandum allocating the laboratories' budgets by vote and cost recovery"))
    return docs


# ------------------------------------------------------------------ main
def effective(spec):
    d = dict(P[spec["key"]])
    for k in ("reports", "fte", "sal", "om", "cls", "title", "title_fr", "num"):
        if k in spec:
            d[k] = spec[k]
    d["date"] = spec["date"]
    return d


def email_wrap(text, spec, rng, used, people):
    kind, year = spec["email"]
    a, b = name(rng, used), name(rng, used)
    people += [a, b]
    fr = spec["lang"] == "fr"
    subj = {"FW": "FW: WD for signature - DG Enforcement", "Re": "RE: Final EWD - Science Integrity and Risk Assessment",
            "TR": "TR : Description de travail - Directrice Promotion de la conformité"}[kind]
    sent = fmt_date(spec["date"] - dt.timedelta(days=3), "long")
    if fr:
        head = (f"De : {a}\nEnvoyé : {fmt_date(spec['date'] - dt.timedelta(days=3), 'fr')} 09:41\nÀ : {b}\n"
                f"Objet : {subj}\n\nBonjour,\n\nVoici la version finale de la description de travail, copiée "
                f"ci-dessous pour la signature. La version Word suivra.\n\nMerci,\n{a}\nServices aux cadres | "
                f"Executive Services\n\n-----Message d'origine-----\n\n")
    else:
        head = (f"From: {a}\nSent: {sent} 2:14 PM\nTo: {b}\nSubject: {subj}\n\n"
                f"Hi,\n\nPlease find the text of the work description below, as approved at the classification "
                f"committee. Let me know if anything needs to change before it goes for signature.\n\nThanks,\n{a}\n"
                f"Executive Services\n\n________________________________\n\n")
    return head + text


def build(spec, rng, used):
    d = effective(spec)
    doc = Doc(spec)
    {"tbs": tmpl_tbs, "house": tmpl_house, "profile": tmpl_profile}[spec["tmpl"]](doc, d, spec["lang"], rng, used)
    return d, doc


def render(spec, d, doc, rng, used):
    kind = spec["kind"]
    if kind == "docx":
        return to_docx(doc.blocks, kv_style="bold" if spec["tmpl"] == "tbs" else "plain")
    if kind == "markdown":
        return to_md(doc.blocks).encode("utf-8")
    if kind == "pdf":
        if spec.get("damage"):
            text = ocr_damage(to_text(doc.blocks, width=96), spec["damage"], rng, doc.people)
        else:
            text = to_text(doc.blocks, width=100, pad=None)
        return to_pdf(text, header=f"CFIA / ACIA - {ttl(d, spec['lang'])}" if spec["tmpl"] == "tbs" else None,
                      footer="Page {n} of {m}" if spec["lang"] != "fr" else "Page {n} de {m}")
    if kind in ("ocr", "ocr-columns"):
        text = columns_page(doc.blocks, rng) if kind == "ocr-columns" else to_text(doc.blocks, width=100000, pad=30)
        return ocr_pages(text, rng, spec["damage"], doc.people, spec.get("ocr_header"), spec.get("ocr_footer"),
                         width=110 if kind == "ocr-columns" else 78).encode("utf-8")
    text = to_text(doc.blocks, width=90, pad=32 if spec["tmpl"] == "house" else None)
    if spec.get("email"):
        text = email_wrap(text, spec, rng, used, doc.people)
    if kind == "text":
        return text.encode("utf-8")
    if kind == "text-cp1252":
        text = text.replace("'", "\u2019").replace("\u00a0", " ")
        return text.replace("\n", "\r\n").encode("cp1252")
    raise ValueError(kind)


def truth(spec, d, doc, newest):
    lang = spec["lang"]
    sup = d["sup"]
    supstyle = spec.get("supstyle", "fields" if spec["tmpl"] in ("tbs", "profile") else "line")
    sup_num = None if supstyle in ("sentence", "nonum") else sup[3]
    budget = spec.get("budget", "plain")
    total = None if budget == "plain_nototal" else d["sal"] + d["om"]
    title = d["title_fr"] if lang == "fr" else d["title"]
    rlang = "fr" if lang == "fr" else "en"
    fields = {
        "title": title,
        "classification": d["cls"],
        "job_code": d.get("job_code"),
        "position_number": d["num"],
        "effective_date": d["date"],
        "supervisor": {"position_number": sup_num, "title": sup[1] if lang == "fr" else sup[0],
                       "classification": sup[2]},
        "direct_reports": [{"title": rep_title(r, rlang), "classification": r[2], "fte": r[3]} for r in d["reports"]],
        "salary": d["sal"], "o_and_m": d["om"], "total": total,
        "location": d["loc_fr"] if lang == "fr" else d["loc"],
    }
    ns = []
    for k in ("job_code", "position_number", "effective_date", "total"):
        if fields[k] is None:
            ns.append(k)
    if sup_num is None:
        ns.append("supervisor.position_number")
    if spec["kind"] == "text-cp1252":
        curl = lambda v: v.replace("'", "\u2019") if isinstance(v, str) else v  # noqa: E731
        fields["title"], fields["location"] = curl(fields["title"]), curl(fields["location"])
        fields["supervisor"]["title"] = curl(fields["supervisor"]["title"])
        for r in fields["direct_reports"]:
            r["title"] = curl(r["title"])
    also = {"department": DEPT_FR if lang == "fr" else DEPT_EN,
            "form": {"tbs": "TBS executive work description form", "house": "CFIA house template (Executive Position Profile)",
                     "profile": "Markdown transcription (Position Details bullets)"}[spec["tmpl"]],
            "fte": d["fte"],
            "branch": d["branch_fr"] if lang == "fr" else d["branch"]}
    if lang == "bilingual":
        also["title_fr"] = d["title_fr"]
    if spec.get("damage"):
        also["damage"] = spec["damage"]
    if spec.get("draft"):
        also["draft"] = True
    if spec.get("email"):
        also["saved_from_email"] = True
    if spec.get("vacant"):
        also["incumbent"] = "vacant"
    also.update(doc.also)
    if budget in ("vote", "costrec"):
        also["budget_split"] = {"vote": "by vote (Vote 1 salary and O&M; Vote 5 capital outside the total)",
                                "costrec": "appropriation and cost recovery rows; salary, O&M and total are the sums"}[budget]
    if d.get("sup_key"):
        also["reports_to_in_corpus"] = newest[d["sup_key"]]
    return fields, ns, also


def dump(data):
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for p in (corpus, expected):
        if p.exists():
            shutil.rmtree(p)
        p.mkdir()
    rng = random.Random(133)
    used = set()
    by_key = {}
    for s in SPECS:
        by_key.setdefault(s["key"], []).append(s)
    newest = {k: max(v, key=lambda s: (s["date"] or dt.date(2016, 1, 1), s["file"]))["file"] for k, v in by_key.items()}
    # the DRAFT and the signed copy share a date slot: the newest of fallow is the 2021 reclassification
    files = set()
    for s in SPECS:
        d, doc = build(s, rng, used)
        data = render(s, d, doc, rng, used)
        assert s["file"] not in files
        files.add(s["file"])
        (corpus / s["file"]).write_bytes(data)
        fields, ns, also = truth(s, d, doc, newest)
        versions = None
        if len(by_key[s["key"]]) > 1:
            docs = sorted(by_key[s["key"]], key=lambda x: (x["date"] or dt.date(2016, 9, 1), x["file"]))
            versions = {"documents": [x["file"] for x in docs], "newest": newest[s["key"]], "same_text": False,
                        "note": VERSIONS[s["key"]]}
        out = {"document": s["file"], "kind": s["kind"], "language": s["lang"], "outcome": "import",
               "fields": fields, "not_stated": ns, "also": also, "people": list(doc.people), "versions": versions}
        (expected / (s["file"] + ".expected.yaml")).write_text(dump(out), encoding="utf-8")
    for file, kind, lang, data, people, what in refusals(rng, used):
        assert file not in files
        files.add(file)
        (corpus / file).write_bytes(data)
        out = {"document": file, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
               "not_stated": None, "also": {"what": what}, "people": people, "versions": None}
        (expected / (file + ".expected.yaml")).write_text(dump(out), encoding="utf-8")
    print(f"{len(files)} documents")


if __name__ == "__main__":
    main()
