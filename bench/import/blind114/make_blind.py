"""Write the blind114 corpus: bench/import/blind114/corpus/ and expected/.

Executive work descriptions at the edges of the EX group (acting EX-minus-one directors, LC
law-management, MD-MSP / MD-MOF medical, RES / SE-REM science, old SM and ES positions, EX
positions with executive and non-executive reports) and a few documents to refuse, as an
executive-services folder holds them. Deterministic: every choice comes from a Random seeded
by the document; .docx timestamps are fixed.

    /work/main/.venv/bin/python bench/import/blind114/make_blind.py
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

from positions import POSITIONS  # noqa: E402
from texts import (PROSE, LABELS_EN, LABELS_FR, SECTIONS_EN, SECTIONS_FR, CERT_EN, CERT_FR, CSR_EN, CSR_FR,  # noqa: E402
                   FIRST, LAST, FIRST_FR, LAST_FR)
from tests.import_files import pdf_bytes  # noqa: E402

CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


# ------------------------------------------------------------------ value notations

def fmt_cls(cls: str | None, style: str) -> str:
    if cls is None:
        return ""
    m = re.fullmatch(r"([A-Z]+(?:-[A-Z]+)?)-(\d+[A-C]?)", cls)
    if not m or style == "std":
        return cls
    group, level = m.groups()
    short = level.lstrip("0") if level.isdigit() else level
    if style == "space":
        return f"{group.replace('-', ' ')} {level}"
    if style == "short":
        return f"{group}-{short}"
    if style == "space_short":
        return f"{group.replace('-', ' ')} {short}"
    if style == "nodash":
        return f"{group}{level}" if "-" not in group else cls
    return cls


def fmt_date(d: dt.date, lang: str, style: str) -> str:
    if lang == "fr":
        style = style if style in ("long", "le", "iso", "dots", "slash") else "long"
        day = "1er" if d.day == 1 else str(d.day)
        return {
            "long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}",
            "le": f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
            "iso": d.isoformat(),
            "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "slash": f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat(),
        }[style]
    return {
        "long": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        "ord": f"{MONTHS_EN[d.month - 1]} {d.day}{ordinal(d.day)}, {d.year}",
        "dmy": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
        "abbr": f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}" if d.month != 5 else f"May {d.day}, {d.year}",
        "iso": d.isoformat(),
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "caps": f"{MONTHS_EN[d.month - 1][:3].upper()} {d.day:02d} {d.year}",
        "yymmdd": f"{d.year % 100:02d}-{d.month:02d}-{d.day:02d}",
        "dotted": f"{d.year}.{d.month:02d}.{d.day:02d}",
    }[style]


def ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def millions(a: int, sep: str = ".") -> str:
    s = f"{a / 1_000_000:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", sep)


def fmt_amount(a: int, lang: str, style: str) -> str:
    if lang == "fr":
        style = style if style != "K" else "full"
        grouped = f"{a:,}".replace(",", "\u00a0" if style == "nbsp" else " ")
        return {
            "full": f"{grouped} $",
            "nbsp": f"{grouped} $",
            "cents": f"{grouped},00 $",
            "M": f"{millions(a, ',')} M$",
            "million": f"{millions(a, ',')} million $" if a < 2_000_000 else f"{millions(a, ',')} millions $",
            "K": f"{a // 1000:,} K$".replace(",", " "),
        }[style]
    return {
        "full": f"${a:,}",
        "cents": f"${a:,}.00",
        "M": f"${millions(a)}M",
        "million": f"${millions(a)} million",
        "K": f"${a // 1000:,}K",
    }[style]


def fte_word(n: int, lang: str, style: str) -> str:
    if lang == "fr":
        style = style if style in ("etp", "effectif", "employes") else "etp"
        return {"etp": f"{n} ETP", "effectif": f"effectif de {n}", "employes": f"{n} employé{'s' if n > 1 else ''}"}[style]
    return {"ftes": f"{n} FTE{'s' if n > 1 else ''}", "fte": f"{n} FTE", "staff": f"staff of {n}",
            "employees": f"{n} employee{'s' if n > 1 else ''}", "apos": f"{n} FTE's" if n > 1 else "1 FTE"}[style]


# ------------------------------------------------------------------ people

def person(rng: random.Random, lang: str, used: set) -> str:
    while True:
        if lang == "fr":
            name = f"{rng.choice(FIRST_FR)} {rng.choice(LAST_FR)}"
        else:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in used:
            used.add(name)
            return name


# ------------------------------------------------------------------ the document model
# blocks: ("banner", text) ("fields", [(label, value)]) ("heading", text) ("para", text)
# ("list", [items], numbered) ("table", header, rows) ("sign", [lines])

class Doc:
    def __init__(self):
        self.blocks: list[tuple] = []

    def add(self, *block):
        self.blocks.append(block)


def ident_rng(p):
    return random.Random(f"blind114-ids-{p['flags'].get('same_position', p['id']) if p.get('flags') else p['id']}")


def plan(p: dict) -> dict:
    """Choose values and notations for one position; return the truth and the choices."""
    flags = p.get("flags", {})
    rng = random.Random(f"blind114-{flags.get('same_text', p['id'])}")
    irng = ident_rng(p)
    lang = p["lang"]
    L = "fr" if lang == "fr" else "en"
    pos_no = str(irng.choice([irng.randint(10000, 99999), irng.randint(100000, 999999), irng.randint(1000, 9999)]))
    job = str(irng.randint(100000, 109999))
    sup_no = str(irng.randint(10000, 99999))
    year = p["year"]
    d = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    if rng.random() < 0.2:
        d = d.replace(day=1)
    total_fte = sum(r[3] for r in p["reports"]) + 1 + rng.choice([0, 0, 1, 2, 3])
    per = rng.choice([84, 88, 93, 97, 104, 109, 116]) * 1000
    salary = int(round(total_fte * per, -4))
    om = int(round(salary * rng.uniform(0.06, 0.45), -3))
    if p["domain"] == "science":
        om = int(round(salary * rng.uniform(0.3, 0.9), -3))
    c = dict(rng=rng, L=L, lang=lang, pos_no=pos_no, job=job, sup_no=sup_no, date=d, fte=total_fte,
             salary=salary, om=om, total=salary + om)
    c["show_job"] = not flags.get("no_job") and rng.random() < 0.6
    c["show_date"] = rng.random() < 0.9
    c["show_loc"] = rng.random() < 0.88
    c["sup_mode"] = flags.get("sup_mode") or rng.choices(["fields", "reports_to", "sentence"], [6, 3, 1.5])[0]
    c["show_sup_no"] = c["sup_mode"] != "sentence" and rng.random() < 0.75
    c["cls_style"] = flags.get("cls_style") or rng.choice(["std", "std", "std", "space", "short"])
    c["date_style"] = rng.choice(["long", "le", "iso", "dots", "slash"] if L == "fr" else
                                 (["caps", "yymmdd", "dotted", "long"] if flags.get("old") else
                                  ["long", "ord", "dmy", "abbr", "iso", "slash", "long"]))
    c["amt_style"] = rng.choice(["full", "nbsp", "cents", "M", "million"] if L == "fr" else ["full", "cents", "M", "million", "K", "full"])
    c["fte_style"] = rng.choice(["etp", "etp", "effectif", "employes"] if L == "fr" else ["ftes", "ftes", "fte", "staff", "employees", "apos"])
    c["rep_form"] = flags.get("rep_form") or rng.choice(["paren", "paren", "clsfirst", "dash", "bracket", "staff", "table", "prose"])
    c["rep_nocls"] = rng.random() < 0.07
    c["rep_nofte"] = not c["rep_nocls"] and rng.random() < 0.07
    c["dims"] = "none" if flags.get("no_amounts") else rng.choices(["full", "combined"], [8, 1.3])[0]
    c["program"] = int(round(salary * rng.uniform(1, 6), -5)) if rng.random() < 0.2 and c["dims"] != "none" else None
    c["template"] = "csr" if year >= 2008 and rng.random() < 0.25 else "classic"
    c["order"] = rng.choice(["gosda", "gosda", "gnoda", "godas"])
    c["incumbent"] = rng.random() < 0.4
    c["provisional"] = flags.get("provisional")
    c["damage"] = flags.get("damage") or rng.choice([1, 1, 2, 2, 3])
    used: set = set()
    c["inc_name"] = person(irng, L, used) if c["incumbent"] else None
    c["sup_name"] = person(rng, L, used)
    c["dh_name"] = person(rng, "en" if L == "en" and rng.random() < 0.7 else "fr", used)
    return c


def labels_for(p, c):
    rng = c["rng"]
    if p["lang"] == "fr":
        return dict(rng.choice(LABELS_FR)), rng.choice(SECTIONS_FR)
    lab = dict(rng.choice(LABELS_EN[1:4] if p.get("flags", {}).get("old") else LABELS_EN))
    sec = rng.choice(SECTIONS_EN)
    if p["lang"] == "bi":
        fr = LABELS_FR[0]
        lab = {k: f"{v} / {fr[k]}" for k, v in lab.items()}
        sf = SECTIONS_FR[0]
        sec = {k: (f"{v} / {sf[k]}" if k != "reports" else v) for k, v in sec.items()}
    return lab, sec


def title_of(p, L):
    return p["title"][1] if L == "fr" else p["title"][0]


def rep_rows(p, c, L):
    rows = []
    for en, fr, cls, fte in p["reports"]:
        t = fr if L == "fr" else en
        rows.append((t, None if c["rep_nocls"] else cls, None if c["rep_nofte"] else fte))
    return rows


def render_reports(p, c, L, doc, sec, title):
    rng = c["rng"]
    rows = rep_rows(p, c, L)
    cs = lambda x: fmt_cls(x, c["cls_style"])  # noqa: E731
    fw = lambda n: fte_word(n, L, c["fte_style"])  # noqa: E731
    form = c["rep_form"]
    intro = sec["reports"].format(title=title)
    if form == "table":
        hdr = (["Poste", "Groupe et niveau", "ETP"] if L == "fr" else ["Position", "Group/Level", "FTEs"])
        trows = [[t, cs(k) if k else "", str(n) if n is not None else ""] for t, k, n in rows]
        if c["rep_nocls"]:
            hdr, trows = [hdr[0], hdr[2]], [[r[0], r[2]] for r in trows]
        if c["rep_nofte"]:
            hdr, trows = hdr[:2], [r[:2] for r in trows]
        doc.add("para", intro)
        doc.add("table", hdr, trows)
        return
    if form == "prose":
        parts = []
        for t, k, n in rows:
            inner = ", ".join(x for x in [cs(k) if k else None, fw(n) if n is not None else None] if x)
            art = "le" if L == "fr" else "the"
            parts.append(f"{art} {t}" + (f" ({inner})" if inner else ""))
        joined = "; ".join(parts[:-1]) + (" et " if L == "fr" else "; and ") + parts[-1]
        doc.add("para", (f"Relèvent du titulaire : {joined}." if L == "fr" else f"Reporting to the {title} are {joined}."))
        return
    items = []
    for t, k, n in rows:
        kk, nn = (cs(k) if k else None), (fw(n) if n is not None else None)
        if form == "paren" or (form in ("clsfirst", "dash", "bracket") and not kk):
            inner = ", ".join(x for x in [kk, nn] if x)
            items.append(f"{t} ({inner})" if inner else t)
        elif form == "clsfirst":
            items.append(f"{kk} - {t}" + (f" ({nn})" if nn else ""))
        elif form == "dash":
            items.append(f"{t} – {kk}" + (f" – {nn}" if nn else ""))
        elif form == "bracket":
            items.append(f"{t} [{kk}]" + (f" ({nn})" if nn else ""))
        elif form == "staff":
            if L == "fr":
                items.append(f"{t}" + (f" ({kk})" if kk else "") + (f", effectif de {n}" if n is not None else ""))
            else:
                items.append(f"{t}" + (f" ({kk})" if kk else "") + (f", staff of {n}" if n is not None else ""))
    if rng.random() < 0.4:
        tail = ([": responsable de la gestion des activités de l'unité", ": responsable des conseils et de l'analyse"]
                if L == "fr" else [": responsible for the management of the unit's activities",
                                   ": accountable for advice, analysis and service delivery in the area"])
        items = [i + rng.choice(tail) for i in items]
    doc.add("para", intro)
    doc.add("list", items, False)


def dims_block(p, c, L, doc, sec):
    if c["dims"] == "none":
        lab = "Person-years" if L == "en" else "Années-personnes"
        doc.add("heading", sec["dim"])
        doc.add("fields", [(lab, str(c["fte"]))])
        return
    a = lambda x: fmt_amount(x, L, c["amt_style"])  # noqa: E731
    rng = c["rng"]
    if L == "fr":
        sl, ol, tl = rng.choice([("Salaires", "F et E", "Total"),
                                 ("Budget salarial", "Budget de fonctionnement et d'entretien", "Budget total"),
                                 ("Traitements et salaires", "Fonctionnement et entretien (F et E)", "Total")])
        fl = rng.choice(["ETP", "Nombre d'ETP", "Effectif (ETP)"])
        cl = "Budget combiné (salaires et F et E)"
        pl = "Subventions et contributions"
    else:
        sl, ol, tl = rng.choice([("Salary", "O&M", "Total"),
                                 ("Salary budget", "Operating and maintenance (O&M) budget", "Total operating budget"),
                                 ("Salaries", "Non-salary O&M", "Total budget")])
        fl = rng.choice(["FTEs", "Number of FTEs", "Staff (FTEs)", "FTE's"])
        cl = "Combined Salary and O&M Budget"
        pl = "Grants and Contributions"
    rows = [(fl, str(c["fte"]))]
    if c["dims"] == "full":
        rows += [(sl, a(c["salary"])), (ol, a(c["om"])), (tl, a(c["total"]))]
    else:
        rows += [(cl, a(c["total"]))]
    if c["program"]:
        rows.append((pl, a(c["program"])))
    doc.add("heading", sec["dim"])
    doc.add("dims", rows)


def body(p, c, L, doc, sec, title, labs):
    prose = PROSE[p["domain"]]
    k = "fr" if L == "fr" else "en"
    client = p["client"][1] if L == "fr" else p["client"][0]
    rng = c["rng"]
    sup = p["sup"]
    sup_t = sup[1] if L == "fr" else sup[0]
    sup_c = fmt_cls(sup[2], c["cls_style"]) if sup[2] else None
    ga = prose[f"ga_{k}"].format(title=title, client=client)
    acc = list(prose[f"acc_{k}"])
    rng.shuffle(acc)
    acc = acc[: rng.randint(4, 6)]

    def org():
        doc.add("heading", sec["org"])
        n = rng.randint(3, 7)
        if c["sup_mode"] == "sentence":
            if L == "fr":
                s = f"Le titulaire relève du poste de {sup_t}" + (f" ({sup_c})" if sup_c else "") + "."
            else:
                s = f"The {title} reports to the {sup_t}" + (f" ({sup_c})" if sup_c else "") + f", as one of {n} senior positions."
        else:
            s = (f"Le poste est l'un des {n} postes de gestion qui relèvent du poste de {sup_t}." if L == "fr"
                 else f"The {title} is one of {n} management positions reporting to the {sup_t}.")
        doc.add("para", s)
        if p.get("flags", {}).get("acting"):
            cl = fmt_cls(p["cls"], c["cls_style"])
            doc.add("para", (f"Nota : Bien que le poste soit classifié {cl}, il est géré comme un poste de directeur au sein "
                             f"de l'équipe de direction du secteur, et le titulaire siège au comité de gestion."
                             if L == "fr" else
                             f"Note: Although the position is classified {cl}, it is managed as a director position within "
                             f"the branch's executive team, and the incumbent sits on the branch management committee."))
        render_reports(p, c, L, doc, sec, title)

    def ns():
        doc.add("heading", sec["ns"])
        for para in prose[f"ns_{k}"]:
            doc.add("para", para)

    def accs():
        if c["template"] == "csr":
            csr = CSR_FR if L == "fr" else CSR_EN
            doc.add("heading", csr[0])
            doc.add("para", ga)
            doc.add("heading", csr[1])
            doc.add("list", acc, False)
        else:
            doc.add("heading", sec["acc"])
            doc.add("list", acc, True)

    if c["template"] != "csr":
        doc.add("heading", sec["ga"])
        doc.add("para", ga)
    order = {"gosda": [org, ns, lambda: dims_block(p, c, L, doc, sec), accs],
             "gnoda": [ns, org, lambda: dims_block(p, c, L, doc, sec), accs],
             "godas": [org, lambda: dims_block(p, c, L, doc, sec), accs, ns]}[c["order"]]
    if c["template"] == "csr":
        order = [accs, org, lambda: dims_block(p, c, L, doc, sec), ns]
    for f in order:
        f()


def header_fields(p, c, labs, L):
    lang = p["lang"]
    rows = []
    t_en, t_fr = p["title"]
    if lang == "bi":
        rows.append((labs["title"], t_en))
        rows.append(("French Title / Titre en français", t_fr))
    else:
        rows.append((labs["title"], title_of(p, L)))
    rows.append((labs["cls"], fmt_cls(p["cls"], c["cls_style"])))
    if c["show_job"]:
        rows.append((labs["job"], c["job"]))
    rows.append((labs["pos"], c["provisional"] or c["pos_no"]))
    if c["show_date"]:
        rows.append((labs["date"], fmt_date(c["date"], L, c["date_style"])))
    dept = p["dept"][1] if L == "fr" else p["dept"][0]
    rows.append((labs["dept"], dept))
    if c["incumbent"]:
        rows.append((labs["inc"], c["inc_name"]))
    sup = p["sup"]
    sup_t = sup[0] if L != "fr" else sup[1]
    sup_c = fmt_cls(sup[2], c["cls_style"]) if sup[2] else None
    if c["sup_mode"] == "fields":
        if c["show_sup_no"]:
            rows.append((labs["sup_pos"], c["sup_no"]))
        rows.append((labs["sup_title"], sup_t))
        if sup_c:
            rows.append((labs["sup_cls"], sup_c))
    elif c["sup_mode"] == "reports_to":
        if L == "fr":
            v = sup_t + (f" ({sup_c})" if sup_c else "") + (f", poste no {c['sup_no']}" if c["show_sup_no"] else "")
            rows.append(("Relève de", v))
        else:
            v = sup_t + (f" ({sup_c})" if sup_c else "") + (f", Position No. {c['sup_no']}" if c["show_sup_no"] else "")
            rows.append(("Reports to / Relève de" if lang == "bi" else "Reports to", v))
    if c["show_loc"]:
        loc = p["loc"][1] if L == "fr" else p["loc"][0]
        rows.append((labs["loc"], loc))
    return rows


def signatures(p, c, L):
    sup_t = p["sup"][1] if L == "fr" else p["sup"][0]
    lines = []
    if L == "fr":
        if c["incumbent"]:
            lines += [f"Titulaire : {c['inc_name']}", "Date : ______________"]
        lines += [f"Approuvé par : {c['sup_name']}", sup_t, "Date : ______________"]
        lines += [f"Classifié par : {c['dh_name']}, conseiller(ère) en classification des cadres"]
    else:
        if c["incumbent"] and c["rng"].random() < 0.5:
            lines += [f"Incumbent: {c['inc_name']}", "Date: ______________"]
        lines += [f"{c['sup_name']}", sup_t, "Date: ______________"]
        lines += [f"Reviewed by: {c['dh_name']}, Executive Classification"]
    return lines


def build(p, c) -> tuple[Doc, list[str]]:
    lang = p["lang"]
    L = c["L"]
    labs, sec = labels_for(p, c)
    doc = Doc()
    dept = p["dept"][1] if L == "fr" else p["dept"][0]
    banner = c["rng"].choice(["EXECUTIVE GROUP POSITION DESCRIPTION", "Job Description", "EXECUTIVE WORK DESCRIPTION",
                              "WORK DESCRIPTION"] if L == "en" else ["DESCRIPTION DE TRAVAIL", "Description de poste",
                                                                      "DESCRIPTION DE TRAVAIL DU GROUPE DE LA DIRECTION"])
    if p.get("flags", {}).get("old"):
        banner = "POSITION DESCRIPTION / DESCRIPTION DE POSTE" if L == "en" else "DESCRIPTION DE POSTE"
    if lang == "bi":
        banner = "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"
    doc.add("banner", banner)
    if p.get("flags", {}).get("draft"):
        doc.add("para", "DRAFT – for discussion with Executive Classification")
    doc.add("fields", header_fields(p, c, labs, L))
    title_en = title_of(p, "en" if L == "en" else "fr")
    body(p, c, L, doc, sec, title_en, labs)
    if lang == "bi":
        doc.add("banner", "VERSION FRANÇAISE")
        secf = SECTIONS_FR[0]
        body(p, c, "fr", doc, secf, p["title"][1], LABELS_FR[0])
    sig = signatures(p, c, L)
    doc.add("heading", sec["cert"])
    doc.add("para", CERT_FR if L == "fr" else CERT_EN)
    if not p.get("flags", {}).get("draft"):
        doc.add("sign", sig)
    people = [c["inc_name"]] if c["incumbent"] else []
    if not p.get("flags", {}).get("draft"):
        people += [c["sup_name"], c["dh_name"]]
    return doc, sorted(set(people), key=people.index)


# ------------------------------------------------------------------ plain-text rendering

def plain_lines(doc: Doc, rng: random.Random, layout: str, curly: bool = False) -> list[tuple[str, str]]:
    """Lines tagged hdr / prose / name / head for later damage."""
    out: list[tuple[str, str]] = []
    hstyle = rng.choice(["plain", "caps", "num", "colon"])
    lstyle = rng.choice(["- ", "• ", "* ", "o "])
    n = 0
    for b in doc.blocks:
        kind = b[0]
        if kind == "banner":
            out += [(b[1], "head"), ("", "blank")]
        elif kind in ("fields", "dims"):
            width = max(len(k) for k, _ in b[1]) + 3
            for k, v in b[1]:
                if layout == "next":
                    out += [(k.upper() if hstyle == "caps" else k, "hdr"), ("    " + v, "hdr")]
                elif layout == "dots":
                    out.append((f"{k} {'.' * max(3, width + 6 - len(k))} {v}", "hdr"))
                elif layout == "tab":
                    out.append((f"{k}:\t{v}", "hdr"))
                else:
                    out.append((f"{k}: {v}" if not k.endswith(")") or layout != "colon2" else f"{k} {v}", "hdr"))
            out.append(("", "blank"))
        elif kind == "heading":
            n += 1
            h = b[1]
            h = {"plain": h, "caps": h.upper(), "num": f"{n}. {h}", "colon": h.upper() + ":"}[hstyle]
            out += [(h, "head")]
        elif kind == "para":
            t = b[1].replace("'", "’") if curly else b[1]
            out += [(t, "prose"), ("", "blank")]
        elif kind == "list":
            for i, it in enumerate(b[1], 1):
                it = it.replace("'", "’") if curly else it
                out.append(((f"{i}. " if b[2] else lstyle) + it, "rep" if not b[2] else "prose"))
            out.append(("", "blank"))
        elif kind == "table":
            sep = rng.choice([" | ", "\t", "   "])
            out.append((sep.join(b[1]), "hdr"))
            for r in b[2]:
                out.append((sep.join(r), "rep"))
            out.append(("", "blank"))
        elif kind == "sign":
            out.append(("", "blank"))
            for s in b[1]:
                out.append((s, "name"))
    return out


# ------------------------------------------------------------------ OCR damage

DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}


def dmg_digits(s: str, rng, p: float) -> str:
    out = []
    for ch in s:
        if ch in DIGIT and rng.random() < p:
            out.append("l" if ch == "1" and rng.random() < 0.3 else DIGIT[ch])
        else:
            out.append(ch)
    return "".join(out)


CONF = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("cl", "d"), ("h", "b"), ("ti", "b"), ("l", "I"), ("o", "a")]


def dmg_words(s: str, rng, p: float, pj: float) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 4 and rng.random() < p:
            a, b = rng.choice(CONF)
            if a in w:
                i = w.index(a)
                w = w[:i] + b + w[i + len(a):]
        out.append(w)
    res = ""
    for i, w in enumerate(out):
        res += w
        if i < len(out) - 1:
            res += "" if rng.random() < pj else " "
    return res


STRENGTH = {1: (0.12, 0.02, 0.008), 2: (0.25, 0.05, 0.02), 3: (0.45, 0.09, 0.045)}


def damage(lines, rng, strength):
    pd, pw, pj = STRENGTH[strength]
    out = []
    for t, tag in lines:
        if tag == "name" or tag == "blank":
            out.append((t, tag))
            continue
        t = dmg_digits(t, rng, pd)
        if tag == "prose":
            t = dmg_words(t, rng, pw, pj)
        elif strength == 3 and tag in ("rep", "head"):
            t = dmg_words(t, rng, pw / 3, 0)
        out.append((t, tag))
    return out


def wrap(text: str, width: int) -> list[str]:
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur or not lines:
        lines.append(cur)
    return lines


WRAPPER = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"


def ocr_text(p, c, doc) -> str:
    rng = random.Random(f"blind114-ocr-{p['id']}")
    layout = rng.choice(["colon", "colon", "next", "dots"])
    lines = plain_lines(doc, rng, layout)
    lines = damage(lines, rng, c["damage"])
    title = title_of(p, c["L"] if c["L"] == "fr" else "en")
    dept = p["dept"][1] if c["L"] == "fr" else p["dept"][0]
    mode = rng.choice(["oneline", "pages", "wrapped", "wrapped"])
    noise = rng.choice(["[ Signatory: MA eget ee | Signet gE A [Bete a", "(i (CO;!;*;*;* ; ! ! ~ ! !C C ate!",
                        "~~ ,. ' l| ;; -- .:", "Sig. ____ !/ '' ;7 ~"])
    if mode == "oneline":
        text = " ".join(t for t, tag in lines if t) + " " + noise
        return (WRAPPER if rng.random() < 0.8 else "") + text + "\n"
    if mode == "pages":
        words = " ".join(t for t, tag in lines if t).split(" ")
        per = max(250, len(words) // rng.randint(2, 4))
        pages = [" ".join(words[i:i + per]) for i in range(0, len(words), per)]
        foot = rng.choice([f"OG. {title}", f"{dept}", "PROTECTED B / PROTÉGÉ B"])
        out = []
        for i, pg in enumerate(pages):
            lead = "" if i == 0 else rng.choice([f"{i + 1} ", f"a{i + 1} ", f"{i + 1} | "])
            out.append(f"{lead}{pg} {foot}")
        return WRAPPER + "\n".join(out) + " " + noise + "\n"
    # wrapped with hyphenation, page footers and a running header
    width = rng.choice([72, 78, 84])
    phys = []
    for t, tag in lines:
        if not t:
            phys.append("")
            continue
        for ln in wrap(t, width):
            phys.append(ln)
    # hyphenate some line ends
    for i in range(len(phys) - 1):
        if phys[i] and phys[i + 1] and rng.random() < 0.08:
            nxt = phys[i + 1].split(" ", 1)
            w = nxt[0]
            if len(w) > 7 and w.isalpha():
                cut = len(w) // 2
                phys[i] = phys[i] + " " + w[:cut] + "-"
                phys[i + 1] = w[cut:] + (" " + nxt[1] if len(nxt) > 1 else "")
    per = rng.choice([46, 52, 58])
    pages = [phys[i:i + per] for i in range(0, len(phys), per)]
    out = []
    for i, pg in enumerate(pages):
        if i:
            out.append("\f" + dept.upper() if rng.random() < 0.5 else "\f")
        out += pg
        out.append(rng.choice([f"Page {i + 1} of {len(pages)}", f"- {i + 1} -", f"{i + 1}"]))
    out.append(noise)
    return (WRAPPER if rng.random() < 0.5 else "") + "\n".join(out) + "\n"


def ocr_columns(p, c, doc) -> str:
    rng = random.Random(f"blind114-col-{p['id']}")
    top, left, right = [], [], []
    seen_fields = False
    section = None
    for b in doc.blocks:
        if b[0] == "fields" and not seen_fields:
            seen_fields = True
            top += [f"{k}: {v}" for k, v in b[1]]
            continue
        if b[0] == "banner":
            top.insert(0, b[1])
            continue
        if b[0] == "heading":
            section = b[1]
        structural = section is not None and any(w in section.lower() for w in ("struct", "dimension", "resources", "organi"))
        target = left if structural else right
        if b[0] == "heading":
            target.append(b[1].upper())
        elif b[0] == "para":
            target += wrap(b[1], 44 if structural else 52)
        elif b[0] == "list":
            for i, it in enumerate(b[1], 1):
                target += wrap((f"{i}. " if b[2] else "- ") + it, 44 if structural else 52)
        elif b[0] in ("dims", "fields"):
            target += [f"{k}: {v}" for k, v in b[1]]
        elif b[0] == "table":
            target += [" ".join(b[1])] + [" ".join(r) for r in b[2]]
        elif b[0] == "sign":
            right += b[1]
    rows = []
    for i in range(max(len(left), len(right))):
        lft = left[i] if i < len(left) else ""
        rgt = right[i] if i < len(right) else ""
        rows.append((lft + rng.choice([" ", "  ", " | "]) + rgt).strip())
    lines = [(t, "hdr") for t in top] + [(r, "prose") for r in rows]
    names = set()
    for b in doc.blocks:
        if b[0] == "sign":
            names.update(b[1])
    lines = [(t, "name") if any(n in t for n in names if n) else (t, tag) for t, tag in lines]
    lines = damage(lines, rng, min(c["damage"], 2))
    return WRAPPER + "\n".join(t for t, _ in lines) + "\n"


# ------------------------------------------------------------------ markdown, docx, pdf

def markdown(doc: Doc) -> str:
    out = []
    for b in doc.blocks:
        if b[0] == "banner":
            out += [f"# {b[1]}", ""]
        elif b[0] in ("fields", "dims"):
            out += [f"*   **{k}:** {v}" for k, v in b[1]] + [""]
        elif b[0] == "heading":
            out += [f"## {b[1]}", ""]
        elif b[0] == "para":
            out += [b[1], ""]
        elif b[0] == "list":
            out += [(f"{i}.  " if b[2] else "*   ") + it for i, it in enumerate(b[1], 1)] + [""]
        elif b[0] == "table":
            out += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
            out += ["| " + " | ".join(r) + " |" for r in b[2]] + [""]
        elif b[0] == "sign":
            out += [f"**{s}**" if i == 0 else s for i, s in enumerate(b[1])] + [""]
    return "\n".join(out)


FIXED = dt.datetime(2024, 1, 15, 9, 0, 0)


def docx_bytes(doc: Doc, rng: random.Random, footer: str) -> bytes:
    d = docx.Document()
    d.core_properties.author = "Executive Classification"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_printed = FIXED
    d.core_properties.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    hdr_mode = rng.choice(["table2", "table4", "para"])
    head_mode = rng.choice(["heading", "bold"])
    first_fields = True
    for b in doc.blocks:
        if b[0] == "banner":
            d.add_heading(b[1], level=1)
        elif b[0] == "fields" or b[0] == "dims":
            mode = hdr_mode if (b[0] == "fields" and first_fields) else rng.choice(["table2", "para"])
            if b[0] == "fields":
                first_fields = False
            if mode == "para":
                for k, v in b[1]:
                    para = d.add_paragraph()
                    para.add_run(f"{k}: ").bold = True
                    para.add_run(v)
            elif mode == "table2":
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in b[1]:
                    cells = t.add_row().cells
                    cells[0].text, cells[1].text = k, v
            else:
                t = d.add_table(rows=0, cols=4)
                t.style = "Table Grid"
                items = list(b[1])
                for i in range(0, len(items), 2):
                    cells = t.add_row().cells
                    cells[0].text, cells[1].text = items[i]
                    if i + 1 < len(items):
                        cells[2].text, cells[3].text = items[i + 1]
        elif b[0] == "heading":
            if head_mode == "heading":
                d.add_heading(b[1], level=2)
            else:
                d.add_paragraph().add_run(b[1].upper()).bold = True
        elif b[0] == "para":
            d.add_paragraph(b[1])
        elif b[0] == "list":
            for it in b[1]:
                d.add_paragraph(it, style="List Number" if b[2] else "List Bullet")
        elif b[0] == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = h
            for r in b[2]:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = v
        elif b[0] == "sign":
            d.add_paragraph("")
            for s in b[1]:
                d.add_paragraph(s)
    d.sections[0].footer.paragraphs[0].text = footer
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def pdf_of(lines: list[str], footer: str) -> bytes:
    phys = []
    for ln in lines:
        phys += wrap(ln, 100) if ln else [""]
    per = 62
    chunks = [phys[i:i + per] for i in range(0, len(phys), per)]
    pages = []
    for i, ch in enumerate(chunks):
        pages.append("\n".join(ch + ["", f"{footer} - Page {i + 1} of {len(chunks)}"]))
    return pdf_bytes(pages)


# ------------------------------------------------------------------ expected

def q(s):
    if s is None:
        return "null"
    if isinstance(s, (int, float)):
        return str(s)
    if isinstance(s, dt.date):
        return s.isoformat()
    return "'" + str(s).replace("'", "''") + "'"


def expected_yaml(name, kind, language, outcome, fields, not_stated, also, people, versions) -> str:
    out = [f"document: {q(name)}", f"kind: {kind}", f"language: {language}", f"outcome: {outcome}"]
    if fields is None:
        out.append("fields: null")
    else:
        out.append("fields:")
        for k in ["title", "classification", "job_code", "position_number", "effective_date"]:
            out.append(f"  {k}: {q(fields[k])}")
        s = fields["supervisor"]
        out.append("  supervisor:")
        for k in ["position_number", "title", "classification"]:
            out.append(f"    {k}: {q(s[k])}")
        if fields["direct_reports"]:
            out.append("  direct_reports:")
            for r in fields["direct_reports"]:
                out += [f"  - title: {q(r['title'])}", f"    classification: {q(r['classification'])}", f"    fte: {q(r['fte'])}"]
        else:
            out.append("  direct_reports: []")
        for k in ["salary", "o_and_m", "total", "location"]:
            out.append(f"  {k}: {q(fields[k])}")
    out.append("not_stated: [" + ", ".join(not_stated) + "]")
    if also:
        out.append("also:")
        for k, v in also.items():
            out.append(f"  {k}: {q(v)}")
    else:
        out.append("also: null")
    if people:
        out.append("people:")
        out += [f"- {q(n)}" for n in people]
    else:
        out.append("people: []")
    if versions:
        out.append("versions:")
        out.append("  documents:")
        out += [f"  - {q(n)}" for n in versions["documents"]]
        out.append(f"  newest: {q(versions['newest'])}")
        out.append(f"  same_text: {'true' if versions.get('same_text') else 'false'}")
    else:
        out.append("versions: null")
    return "\n".join(out) + "\n"


def truth(p, c, people):
    L = c["L"]
    lang = p["lang"]
    ns = []
    title = p["title"][1] if lang == "fr" else p["title"][0]
    sup = p["sup"]
    f = dict(title=title, classification=p["cls"], job_code=c["job"] if c["show_job"] else None,
             position_number=None if c["provisional"] else c["pos_no"],
             effective_date=c["date"] if c["show_date"] else None)
    f["supervisor"] = dict(position_number=c["sup_no"] if c["sup_mode"] != "sentence" and c["show_sup_no"] else None,
                           title=sup[1] if lang == "fr" else sup[0], classification=sup[2])
    f["direct_reports"] = [dict(title=t, classification=k, fte=n) for t, k, n in rep_rows(p, c, "fr" if lang == "fr" else "en")]
    full = c["dims"] == "full"
    f["salary"] = c["salary"] if full else None
    f["o_and_m"] = c["om"] if full else None
    f["total"] = c["total"] if c["dims"] != "none" else None
    f["location"] = (p["loc"][1].replace(" (", ", ").rstrip(")") if lang == "fr" else p["loc"][0]) if c["show_loc"] else None
    for k in ["job_code", "position_number", "effective_date", "salary", "o_and_m", "total", "location"]:
        if f[k] is None:
            ns.append(k)
    for k in ["position_number", "classification"]:
        if f["supervisor"][k] is None:
            ns.append(f"supervisor.{k}")
    if c["rep_nocls"]:
        ns.append("direct_reports.classification")
    if c["rep_nofte"]:
        ns.append("direct_reports.fte")
    also = dict(fte=c["fte"], operating_budget=c["total"] if c["dims"] == "combined" else None,
                program_budget=c["program"], provisional_number=c["provisional"],
                department=p["dept"][1] if lang == "fr" else p["dept"][0])
    if lang == "bi":
        also = dict(title_fr=p["title"][1], **also)
    return f, ns, also


# ------------------------------------------------------------------ refusals

def refusals():
    docs = []
    # 1. memo about LC positions (docx)
    d = Doc()
    d.add("banner", "MEMORANDUM")
    d.add("fields", [("TO", "Heads of Legal Services Units, Business and Regulatory Law Portfolio"),
                     ("FROM", "Wendy Fairweather, Director, Executive and LC Group Services"),
                     ("DATE", "March 3, 2021"),
                     ("SUBJECT", "Update of LC group work descriptions before the 2021-22 classification review")])
    d.add("para", "As announced at the portfolio management committee, all LC-01 to LC-03 work descriptions in the portfolio "
                  "must be reviewed and signed before June 30, 2021. The table below lists the positions whose descriptions "
                  "are more than five years old.")
    d.add("table", ["Position No.", "Title", "Group/Level", "Last review"],
          [["41877", "Director and Senior Counsel, Legal Services", "LC-01", "2014-06-01"],
           ["52203", "Executive Director and General Counsel", "LC-02", "2015-11-15"],
           ["60419", "Senior General Counsel and Head, Legal Services Unit", "LC-03", "2013-04-01"]])
    d.add("para", "Please send your revised drafts, in the new template, to the Executive Classification mailbox. Contact "
                  "Omar Rahman, Senior Classification Advisor, with any question.")
    d.add("sign", ["Wendy Fairweather"])
    docs.append(dict(name="Memo - LC work descriptions review 2021.docx", kind="docx", language="en",
                     data=docx_bytes(d, random.Random("memo"), "UNCLASSIFIED"),
                     people=["Wendy Fairweather", "Omar Rahman"]))
    # 2. French letter of offer (pdf)
    lines = ["Agriculture et Agroalimentaire Canada", "", "Le 12 septembre 2019", "", "Madame Josée Turcotte",
             "Ottawa (Ontario)", "", "Objet : Offre de nomination intérimaire – Directrice, Recherche et développement (EX-01)",
             "Poste no 318842", "", "Madame,",
             "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Recherche et développement, "
             "classifié EX-01, du 1er octobre 2019 au 31 mars 2020. Votre poste d'attache demeure celui de gestionnaire de "
             "recherche (SE-REM-02).",
             "Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des cadres supérieurs, "
             "dans l'échelle salariale de 120 900 $ à 142 200 $.",
             "Veuillez signifier votre acceptation en signant la présente et en la retournant d'ici le 20 septembre 2019.", "",
             "Benoît Cloutier", "Directeur général, Centre de recherche et de développement d'Ottawa", "",
             "J'accepte l'offre ci-dessus : ______________________   Date : ____________"]
    docs.append(dict(name="Lettre d'offre intérim EX-01 - J. Turcotte.pdf", kind="pdf", language="fr",
                     data=pdf_of(lines, "Protégé B"), people=["Josée Turcotte", "Benoît Cloutier"]))
    # 3. bilingual org chart from a scan (ocr)
    chart = ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
             "ORGANIZATION CHART / ORGANIGRAMME Health Products and Food Branch / Direction générale des produits de santé "
             "et des aliments Assistant Deputy Minister / Sous-ministre adjoint EX-O5 | Chief Medical Advisor / Conseiller "
             "médical en chef MD-MSP-O3 | Director General, Food Directorate / Directeur général, Direction des aliments "
             "EX-O2 | Senior Medical Advisor MD-MSP-02 Senior Medical Advisor MD-MSP-O2 | Director, Bureau of Chemical "
             "Safety EX-0I Director, Bureau of Nutritional Sciences EX-0l | Chief, Food Research Division RES-O4 | "
             "Executive Assistant AS-O2 Updated / Mis à jour : 2O23-O4-O1 Page 1 of / de 1\n")
    docs.append(dict(name="HPFB org chart - organigramme 2023 (scan).txt", kind="ocr", language="bilingual",
                     data=chart.encode("utf-8"), people=[]))
    # 4. executive performance agreement (docx)
    d = Doc()
    d.add("banner", "Executive Performance Agreement 2023-24")
    d.add("fields", [("Name", "Stuart Drummond"), ("Position title", "Director, Human Resources Operations"),
                     ("Group and level", "EX-01"), ("Position number", "24116"), ("Supervisor", "Nadia Sarkar, Director General, Human Resources"),
                     ("Period", "April 1, 2023 to March 31, 2024")])
    d.add("heading", "Part A – Commitments")
    d.add("list", ["Business results: reduce average staffing time for EX-minus-one processes to 90 days.",
                   "Management results: complete 100% of talent management questionnaires for the directorate.",
                   "Leadership competencies: strengthen collaboration with the Pay Centre and regional HR teams.",
                   "Corporate priorities: implement the Accessibility Plan and the Beyond2020 commitments."], True)
    d.add("heading", "Part B – Year-end assessment")
    d.add("table", ["Commitment", "Rating", "Comments"], [["Business results", "Succeeded+", ""], ["Management results", "Succeeded", ""]])
    d.add("sign", ["Stuart Drummond", "Nadia Sarkar"])
    docs.append(dict(name="PMA 2023-24 Drummond S (EX-01) - signed.docx", kind="docx", language="en",
                     data=docx_bytes(d, random.Random("pma"), "Protected B when completed"),
                     people=["Stuart Drummond", "Nadia Sarkar"]))
    # 5. PDF without a text layer (two scanned pages)
    docs.append(dict(name="scan_2019-06-14_101522.pdf", kind="pdf", language="en", data=pdf_bytes(["", ""]), people=[]))
    # 6. unreadable scan
    rng = random.Random("noise")
    noise = "".join(rng.choice("il|!.,:;'`~-_=/\\ ()[]{}IO0ecrnm ") for _ in range(1400))
    noise = "\n".join(noise[i:i + 70] for i in range(0, len(noise), 70))
    docs.append(dict(name="DT RES-05 numérisation illisible.txt", kind="ocr", language="fr",
                     data=(WRAPPER + noise + "\n").encode("utf-8"), people=[]))
    return docs


# ------------------------------------------------------------------ main

def render(p, c, doc) -> tuple[bytes, str]:
    kind = p["kind"]
    L = c["L"]
    dept = p["dept"][1] if L == "fr" else p["dept"][0]
    title = title_of(p, L if L == "fr" else "en")
    rng = random.Random(f"blind114-render-{p['id']}")
    if kind == "ocr":
        return ocr_text(p, c, doc).encode("utf-8"), kind
    if kind == "ocr-columns":
        return ocr_columns(p, c, doc).encode("utf-8"), kind
    if kind == "markdown":
        text = markdown(doc)
        if rng.random() < 0.5:
            text = WRAPPER + text
        return text.encode("utf-8"), kind
    if kind == "docx":
        return docx_bytes(doc, rng, f"{dept} – {title}"), kind
    layout = rng.choice(["colon", "next", "dots", "tab"])
    lines = [t for t, _ in plain_lines(doc, rng, layout, curly=(kind == "text-cp1252"))]
    if kind == "pdf":
        return pdf_of(lines, f"{dept}"), kind
    text = "\n".join(lines) + "\n"
    if kind == "text-cp1252":
        return text.replace("\n", "\r\n").encode("cp1252"), kind
    return text.encode("utf-8"), kind


def main():
    for d in (CORPUS, EXPECTED):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    byid = {p["id"]: p for p in POSITIONS}
    names = {p["id"]: p["fname"] for p in POSITIONS}
    for p in POSITIONS:
        p.setdefault("flags", {})
        c = plan(p)
        doc, people = build(p, c)
        data, kind = render(p, c, doc)
        (CORPUS / p["fname"]).write_bytes(data)
        f, ns, also = truth(p, c, people)
        versions = None
        fl = p["flags"]
        if fl.get("version_of") or fl.get("same_position"):
            a = p["id"] if fl.get("version_of") else fl["same_position"]
            b = byid[a]["flags"]["version_of"]
            versions = dict(documents=[names[a], names[b]], newest=names[b], same_text=bool(byid[b]["flags"].get("same_text")))
        language = {"en": "en", "fr": "fr", "bi": "bilingual"}[p["lang"]]
        (EXPECTED / f"{p['fname']}.expected.yaml").write_text(
            expected_yaml(p["fname"], kind, language, "import", f, ns, also, people, versions), encoding="utf-8")
    for r in refusals():
        (CORPUS / r["name"]).write_bytes(r["data"])
        (EXPECTED / f"{r['name']}.expected.yaml").write_text(
            expected_yaml(r["name"], r["kind"], r["language"], "refuse", None, [], None, r["people"], None), encoding="utf-8")


if __name__ == "__main__":
    main()
