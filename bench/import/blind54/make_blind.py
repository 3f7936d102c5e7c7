#!/usr/bin/env python3
"""Writes the blind54 corpus (tables everywhere) and its ground truth, byte for byte the same
on every run:

    /work/main/.venv/bin/python bench/import/blind54/make_blind.py

Positions, people and prose are in texts.py. PDFs are made by tests/import_files.pdf_bytes,
.docx by python-docx (the zip's dates and the core properties are fixed afterwards).
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import docx
import yaml
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
import texts as T  # noqa: E402

_spec = importlib.util.spec_from_file_location("import_files", ROOT / "tests" / "import_files.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
pdf_bytes = _mod.pdf_bytes

SEED = 540054
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


# ---------------------------------------------------------------------------------------------
# notations

def fmt_cls(c: str, style: str) -> str:
    group, level = c.rsplit("-", 1)
    n = int(level)
    return {"dash": f"{group}-{level}", "space": f"{group} {level}", "short": f"{group}-{n}",
            "paren": f"({group}-{level})", "tight": f"{group}{level}", "spaced": f"{group} - {level}"}[style]


def fmt_date(d: dt.date, style: str) -> str:
    m, mf = MONTHS_EN[d.month - 1], MONTHS_FR[d.month - 1]
    day_fr = "1er" if d.day == 1 else str(d.day)
    sfx = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return {"iso": d.isoformat(), "long": f"{m} {d.day}, {d.year}", "dmy": f"{d.day} {m} {d.year}",
            "ord": f"{m} {d.day}{sfx}, {d.year}", "slash": d.strftime("%Y/%m/%d"),
            "abbr": f"{d.day:02d}-{m[:3]}-{d.year}", "abbrup": f"{d.day}-{m[:3].upper()}-{d.year}",
            "mabbr": f"{m[:3]}{'.' if len(m) > 4 else ''} {d.day}, {d.year}", "fr": f"{day_fr} {mf} {d.year}",
            "frle": f"le {day_fr} {mf} {d.year}", "dots": d.strftime("%d.%m.%Y"),
            "dmyslash": d.strftime("%d/%m/%Y")}[style]


def _dec(x: float, sep: str = ".") -> str:
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", sep)


def _group(v: int, sep: str) -> str:
    return f"{v:,}".replace(",", sep)


def fmt_amt(v: int, style: str) -> str:
    nb = "\u00a0"
    return {"comma": f"${v:,}", "cents": f"${v:,}.00", "M": f"${_dec(v / 1e6)}M",
            "million": f"${_dec(v / 1e6)} million", "K": f"${v // 1000:,}K", "plain": f"{v:,}",
            "thousands": f"{v // 1000:,}", "frM": f"{_dec(v / 1e6, ',')} M$",
            "frfull": f"{_group(v, ' ')},00 $", "frplain": f"{_group(v, nb)} $",
            "frk": f"{_group(v // 1000, ' ')} k$", "frthousands": _group(v // 1000, " ")}[style]


def fmt_fte(n: int, style: str) -> str:
    return {"num": str(n), "FTEs": f"{n} FTEs" if n != 1 else "1 FTE", "FTE": f"{n} FTE",
            "ETP": f"{n} ETP", "staff": f"staff of {n}", "effectif": f"effectif de {n}"}[style]


def ocr(text: str, rng: random.Random, strength: float) -> str:
    """Digits read as letters inside tokens that hold digits, a few letter confusions."""
    out = []
    for tok in text.split(" "):
        if any(ch.isdigit() for ch in tok):
            tok = "".join({"0": "O", "1": "I", "5": "S", "8": "B"}.get(ch, ch)
                          if rng.random() < strength * {"0": 1, "1": .8, "5": .3, "8": .2}.get(ch, 0) else ch
                          for ch in tok)
        elif len(tok) > 5 and rng.random() < strength * 0.15:
            tok = tok.replace("m", "rn", 1) if "m" in tok else tok.replace("l", "1", 1) if "l" in tok[1:] else tok
        out.append(tok)
    return " ".join(out)


# ---------------------------------------------------------------------------------------------
# facts: what each document really says

LEVEL_TITLE = {1: "EX-01", 2: "EX-02", 3: "EX-03", 4: "EX-04", 5: "EX-05"}


class Doc:
    pass


def facts(p: dict, rng: random.Random, o: dict) -> Doc:
    d = Doc()
    d.p, d.o = p, o
    d.lang = p["lang"]
    d.title = p["title"] if d.lang != "fr" else p["title"]
    d.title_fr = p.get("title_fr")
    d.cls = LEVEL_TITLE[p["level"]]
    d.posno = o.get("posno", str(rng.randint(10000, 99999) if rng.random() < .6 else rng.randint(100000, 999999)))
    d.job_code = o.get("job_code", str(rng.randint(100000, 109999)))
    if not o.get("has_job_code", rng.random() < .6):
        d.job_code = None
    if o.get("no_posno"):
        d.posno = None
    d.date = o.get("date", dt.date(rng.randint(2016, 2024), rng.randint(1, 12), rng.randint(1, 28)))
    if o.get("no_date"):
        d.date = None
    d.sup_title, lv = p["sup"]
    d.sup_cls = LEVEL_TITLE[lv]
    sp = o.get("sup_posno", rng.random() < .55)
    d.sup_posno = sp if isinstance(sp, str) else str(rng.randint(10000, 99999)) if sp else None
    if o.get("sup_no_cls"):
        d.sup_cls = None
    d.reports = [dict(title=t, cls=c, fte=f, **x) for t, c, f, x in p["reports"]]
    for r in d.reports:
        r.setdefault("vacant", False)
        r["posno"] = str(rng.randint(10000, 99999))
        r["incumbent"] = None
    for i, subs in o.get("subs", {}).items():
        d.reports[i]["sub"] = subs
        d.reports[i]["fte"] = sum(n for _, n in subs)
    for i in o.get("vac_idx", []):
        d.reports[i]["vacant"] = True
    d.fte = sum(r["fte"] or 0 for r in d.reports) + 1 + rng.randint(0, 3)
    if o.get("no_report_cls"):
        for r in d.reports:
            r["cls"] = None
    if o.get("no_report_fte"):
        for r in d.reports:
            r["fte"] = None
    per = rng.choice([82000, 88000, 93000, 97000, 104000])
    d.salary = int(round(d.fte * per, -4))
    d.om = int(round(d.salary * rng.uniform(.06, .45), -4))
    if o.get("big_om"):
        d.om = int(round(d.salary * rng.uniform(2, 9), -4))
    d.total = d.salary + d.om
    d.city, d.prov = p["city"], p["prov"]
    d.has_loc = o.get("has_loc", rng.random() < .85)
    d.people = []
    d.version = o.get("version")
    return d


def name(rng: random.Random) -> str:
    return f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"


def expected(d: Doc, fname: str, kind: str) -> dict:
    fields = dict(title=d.title, classification=d.cls, job_code=d.job_code, position_number=d.posno,
                  effective_date=d.date,
                  supervisor=dict(position_number=d.sup_posno, title=d.sup_title, classification=d.sup_cls),
                  direct_reports=[dict(title=r["title"], classification=r["cls"], fte=r["fte"]) for r in d.reports],
                  salary=d.salary if d.show_dims else None, o_and_m=d.om if d.show_dims else None,
                  total=d.total if d.show_dims else None,
                  location=f"{d.city}, {d.prov}" if d.has_loc else None)
    ns = [k for k in ("job_code", "position_number", "effective_date") if fields[k] is None]
    ns += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    ns += [k for k in ("salary", "o_and_m", "total", "location") if fields[k] is None]
    also = dict(fte=d.fte if d.show_fte else None, operating_budget=None, program_budget=None,
                provisional_number=None)
    if d.lang == "bi":
        also["title_fr"] = d.title_fr
    seen = []
    for n in d.people:
        if n not in seen:
            seen.append(n)
    return dict(document=fname, kind=kind, language={"bi": "bilingual"}.get(d.lang, d.lang), outcome="import",
                fields=fields, not_stated=ns, also=also, people=seen, versions=d.version)


# ---------------------------------------------------------------------------------------------
# labels

LABELS = {
    "en1": dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number",
                date="Effective Date", loc="Location", dept="Department", branch="Branch",
                spos="Supervisor's Position No.", stitle="Supervisor's Position Title",
                scls="Supervisor's Classification", inc="Incumbent"),
    "en2": dict(title="Title", cls="Group and Level", job="Job No.", pos="Position No.",
                date="Date Effective", loc="Geographic Location", dept="Organization", branch="Sector",
                spos="Reports to (Position No.)", stitle="Reports to (Title)", scls="Reports to (Group/Level)",
                inc="Name of Incumbent"),
    "en3": dict(title="Official Title", cls="Group/Level", job="Generic Job Code", pos="Pos. #",
                date="Effective date of description", loc="Work Location", dept="Dept.", branch="Branch/Region",
                spos="Supervisor Position #", stitle="Supervisor Title", scls="Supervisor Group/Level",
                inc="Incumbent (if any)"),
    "en4": dict(title="Job Title", cls="Level", job="Job Code No.", pos="Position #",
                date="Effective", loc="City / Province", dept="Department/Agency", branch="Branch",
                spos="Immediate Supervisor - Position No.", stitle="Immediate Supervisor - Title",
                scls="Immediate Supervisor - Classification", inc="Incumbent"),
    "fr1": dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro du poste",
                date="Date d'entrée en vigueur", loc="Lieu de travail", dept="Ministère", branch="Direction générale",
                spos="Numéro de poste du superviseur", stitle="Titre du poste du superviseur",
                scls="Classification du superviseur", inc="Titulaire"),
    "fr2": dict(title="Titre", cls="Groupe et niveau", job="No de code d'emploi", pos="No du poste",
                date="En vigueur le", loc="Emplacement géographique", dept="Organisation", branch="Secteur",
                spos="Relève de (no de poste)", stitle="Relève de (titre)", scls="Relève de (groupe et niveau)",
                inc="Nom du titulaire"),
    "bi1": dict(title="Position Title / Titre du poste", cls="Classification", job="Job Code / Code d'emploi",
                pos="Position Number / Numéro du poste", date="Effective Date / Date d'entrée en vigueur",
                loc="Location / Lieu", dept="Department / Ministère", branch="Branch / Direction générale",
                spos="Supervisor's Position No. / No de poste du superviseur",
                stitle="Supervisor's Title / Titre du superviseur",
                scls="Supervisor's Classification / Classification du superviseur", inc="Incumbent / Titulaire"),
}

BI_HEAD = {"ga": "General Accountability / Responsabilité générale",
           "org": "Organization Structure / Structure organisationnelle", "dims": "Dimensions",
           "ns": "Nature and Scope / Nature et portée",
           "sa": "Specific Accountabilities / Responsabilités spécifiques", "cert": "Certification"}

HEAD = {
    "en": dict(ga="General Accountability", org="Organization Structure", dims="Dimensions",
               ns="Nature and Scope", sa="Specific Accountabilities", cert="Certification",
               reports="Direct Reports", title="Title", cls="Classification", fte="FTEs", posno="Position No.",
               group="Group", level="Level", inc="Incumbent", status="Status", total="Total",
               salary="Salary", om="O&M", tot="Total", ftes="FTEs", vacant="Vacant", amount="Amount",
               current="current", csr="Client Service Results", ka="Key Activities",
               cert_text="The foregoing description is an accurate and complete statement of the duties "
                         "assigned to the position."),
    "fr": dict(ga="Responsabilité générale", org="Structure organisationnelle", dims="Dimensions",
               ns="Nature et portée", sa="Responsabilités spécifiques", cert="Certification",
               reports="Subordonnés directs", title="Titre", cls="Groupe et niveau", fte="ETP",
               posno="No du poste", group="Groupe", level="Niveau", inc="Titulaire", status="Statut",
               total="Total", salary="Salaires", om="F et E", tot="Total", ftes="ETP", vacant="Vacant",
               amount="Montant", current="en cours", csr="Résultats axés sur le service à la clientèle",
               ka="Activités principales",
               cert_text="La présente description est un énoncé exact et complet des fonctions "
                         "attribuées au poste."),
}


# ---------------------------------------------------------------------------------------------
# blocks: a document as headings, key/values, paragraphs, lists and tables

def header_pairs(d: Doc, L: dict, o: dict) -> list[tuple[str, str]]:
    cs, ds = o.get("cls_style", "dash"), o.get("date_style", "long")
    dept_en, dept_fr = T.DEPTS[d.p["dept"]]
    dept = dept_fr if d.lang == "fr" else dept_en if d.lang == "en" else f"{dept_en} / {dept_fr}"
    title = d.title
    if d.lang == "bi":
        title = f"{d.title}{o.get('bi_sep', ' / ')}{d.title_fr}"
    pairs = []
    if o.get("cls_in_title"):
        pairs.append((L["title"], f"{title} {fmt_cls(d.cls, 'paren')}"))
    else:
        pairs.append((L["title"], title))
        pairs.append((L["cls"], fmt_cls(d.cls, cs)))
    if d.posno:
        pairs.append((L["pos"], d.posno))
    if d.job_code:
        pairs.append((L["job"], d.job_code))
    if d.date:
        pairs.append((L["date"], fmt_date(d.date, ds)))
    pairs.append((L["dept"], dept))
    pairs.append((L["branch"], d.p["branch"]))
    if d.has_loc:
        prov = T.PROV_FR[d.prov] if d.lang == "fr" else d.prov
        pairs.append((L["loc"], f"{d.city} ({prov})" if o.get("loc_paren") else f"{d.city}, {prov}"))
    if o.get("incumbent"):
        n = o["incumbent"]
        d.people.append(n)
        pairs.append((L["inc"], n))
    if o.get("sup", "fields") == "fields":
        if d.sup_posno:
            pairs.append((L["spos"], d.sup_posno))
        pairs.append((L["stitle"], d.sup_title))
        if d.sup_cls:
            pairs.append((L["scls"], fmt_cls(d.sup_cls, cs)))
    if o.get("reorder"):
        r = random.Random(d.posno or d.title)
        first = pairs[:1]
        rest = pairs[1:]
        r.shuffle(rest)
        pairs = first + rest
    return pairs


def sup_sentence(d: Doc, o: dict) -> str:
    cs = o.get("cls_style", "dash")
    short = d.title.split(",")[0]
    sc = f" ({fmt_cls(d.sup_cls, cs).strip('()')})" if d.sup_cls else ""
    sp = f", position {d.sup_posno}" if d.sup_posno else ""
    if d.lang == "fr":
        sp = f", poste no {d.sup_posno}" if d.sup_posno else ""
        return f"Le titulaire relève {du(d.sup_title)}{sc}{sp}."
    return f"The {short} reports to the {d.sup_title}{sc}{sp}."


def report_table(d: Doc, o: dict, rng: random.Random) -> tuple[list[str], list[list[str]]]:
    H = HEAD["fr" if d.lang == "fr" else "en"]
    cols = o.get("rcols", ["title", "cls", "fte"])
    rcs, fs = o.get("rcls_style", "dash"), o.get("rfte_style", "num")
    head = {"title": H["title"], "cls": H["cls"], "fte": H["fte"], "posno": H["posno"], "group": H["group"],
            "level": H["level"], "inc": H["inc"], "status": H["status"]}
    head.update(o.get("rhead", {}))
    rows = []
    for r in d.reports:
        cell = {"title": r["title"], "cls": fmt_cls(r["cls"], rcs) if r["cls"] else "",
                "fte": fmt_fte(r["fte"], fs) if r["fte"] is not None else "", "posno": r["posno"],
                "group": r["cls"].rsplit("-", 1)[0] if r["cls"] else "",
                "level": r["cls"].rsplit("-", 1)[1] if r["cls"] else "",
                "inc": "", "status": ""}
        if r["vacant"]:
            cell["inc"] = H["vacant"].upper() if rng.random() < .5 else H["vacant"]
            cell["status"] = H["vacant"]
        else:
            if "inc" in cols:
                n = name(rng)
                r["incumbent"] = n
                d.people.append(n)
                cell["inc"] = n
            cell["status"] = "Filled" if d.lang != "fr" else "Doté"
        if r["vacant"] and "inc" not in cols and "status" not in cols:
            cell["title"] += " (vacant)" if d.lang != "fr" else " (vacant)"
        rows.append([cell[c] for c in cols])
        for sub, n in r.get("sub", []):
            srow = {c: "" for c in cols}
            srow["title"] = f"    - {sub}"
            if "fte" in cols:
                srow["fte"] = str(n)
            rows.append([srow[c] for c in cols])
    if o.get("rtotal"):
        tot = {c: "" for c in cols}
        tot["title"] = H["total"]
        tot["fte"] = str(sum(r["fte"] or 0 for r in d.reports))
        if "fte" not in cols:
            tot["title"] = f"{H['total']}: {tot['fte']}"
        rows.append([tot[c] for c in cols])
    return [head[c] for c in cols], rows


def dims_table(d: Doc, o: dict) -> tuple[list[str], list[list[str]], str]:
    H = HEAD["fr" if d.lang == "fr" else "en"]
    st = o.get("dims", "rows")
    a = o.get("amt", "comma" if d.lang != "fr" else "frfull")
    d.show_dims, d.show_fte = True, True
    caption = ""
    if st == "cols":
        head = [H["ftes"], H["salary"], H["om"], H["tot"]]
        rows = [[str(d.fte), fmt_amt(d.salary, a), fmt_amt(d.om, a), fmt_amt(d.total, a)]]
        if o.get("dims_nofte"):
            head, rows = head[1:], [rows[0][1:]]
            d.show_fte = False
    elif st == "rows":
        head = ["", H["amount"]]
        rows = [[H["ftes"], str(d.fte)], [H["salary"], fmt_amt(d.salary, a)], [H["om"], fmt_amt(d.om, a)],
                [H["tot"], fmt_amt(d.total, a)]]
    elif st == "thousands":
        ta = "thousands" if d.lang != "fr" else "frthousands"
        caption = "(in thousands of dollars)" if d.lang != "fr" else "(en milliers de dollars)"
        head = ["", "($000)" if d.lang != "fr" else "(000 $)"]
        rows = [[H["salary"], fmt_amt(d.salary, ta)], [H["om"], fmt_amt(d.om, ta)],
                [H["tot"], fmt_amt(d.total, ta)], [H["ftes"], str(d.fte)]]
    elif st in ("years", "yearrows"):
        y = (d.date or dt.date(2023, 6, 1)).year
        fy0 = y if (d.date or dt.date(2023, 6, 1)).month >= 4 else y - 1
        years = [f"{fy0 - 2}-{str(fy0 - 1)[2:]}", f"{fy0 - 1}-{str(fy0)[2:]}", f"{fy0}-{str(fy0 + 1)[2:]}"]
        r = random.Random(d.salary)
        past = []
        for k in (2, 1):
            s = int(round(d.salary * r.uniform(.82, .97), -4))
            om = int(round(d.om * r.uniform(.7, 1.2), -4))
            past.append((max(1, d.fte - r.randint(1, 6)), s, om, s + om))
        vals = past + [(d.fte, d.salary, d.om, d.total)]
        cur = f" ({H['current']})" if o.get("cur_mark", "paren") == "paren" else " *"
        if st == "years":
            head = [""] + [yy + (cur if i == 2 else "") for i, yy in enumerate(years)]
            rows = [[H["ftes"]] + [str(v[0]) for v in vals],
                    [H["salary"]] + [fmt_amt(v[1], a) for v in vals],
                    [H["om"]] + [fmt_amt(v[2], a) for v in vals],
                    [H["tot"]] + [fmt_amt(v[3], a) for v in vals]]
        else:
            head = ["Fiscal Year" if d.lang != "fr" else "Exercice", H["ftes"], H["salary"], H["om"], H["tot"]]
            rows = [[yy + (cur if i == 2 else "")] + [str(v[0]), fmt_amt(v[1], a), fmt_amt(v[2], a),
                                                       fmt_amt(v[3], a)] for i, (yy, v) in enumerate(zip(years, vals))]
        if cur == " *":
            caption = "* current fiscal year" if d.lang != "fr" else "* exercice en cours"
    return head, rows, caption


def prose(d: Doc, rng: random.Random) -> dict:
    fr = d.lang == "fr"
    dept_en, dept_fr = T.DEPTS[d.p["dept"]]
    short = d.title.split(",")[0]
    unit = "Directorate" if d.p["level"] == 1 else "Branch" if d.p["level"] >= 3 else "Division"
    kw = dict(short=short, mandate=d.p["mandate"], unit=unit, sup=d.sup_title, dept=dept_fr if fr else dept_en)
    if fr:
        kw["sup"] = du(d.sup_title)
        kw["sup_a"] = ("à la " if du(d.sup_title).startswith("de la ") else "au ") + d.sup_title
    ga = rng.choice(T.GA_FR if fr else T.GA_EN).format(**kw)
    ns = [s.format(**kw) for s in rng.sample(T.NS_FR if fr else T.NS_EN, 2)]
    pool = T.SA_FR if fr else T.SA_EN
    sa = [pool[0].format(**kw)] + [s.format(**kw) for s in rng.sample(pool[1:], rng.randint(4, 6))]
    org = None
    n = len(d.reports)
    if fr:
        org = (f"Le poste est l'un des {rng.randint(3, 7)} postes relevant {du(d.sup_title)}. "
               f"{n} postes relèvent directement du titulaire.")
    else:
        org = (f"The {d.title} is one of {rng.randint(3, 7)} senior management positions reporting to the "
               f"{d.sup_title}. The following {n} positions report directly to the {short}:")
    return dict(ga=ga, ns=ns, sa=sa, org=org, kw=kw)


def signers(d: Doc, rng: random.Random, o: dict) -> list[tuple[str, str, str]]:
    """Certification block (role, name, date) with invented names."""
    if o.get("no_sign"):
        return []
    a, b = name(rng), name(rng)
    if o.get("incumbent"):
        a = o["incumbent"]
    d.people += [a, b]
    ds = fmt_date(dt.date(d.date.year if d.date else 2022, rng.randint(1, 12), rng.randint(1, 28)),
                  "fr" if d.lang == "fr" else "long")
    if d.lang == "fr":
        return [("Titulaire du poste", a, ds), ("Superviseur", f"{b}, {d.sup_title}", ds)]
    return [("Incumbent", a, ds), ("Supervisor", f"{b}, {d.sup_title}", ds)]


def sig_lines(sl, fr: bool) -> list[str]:
    c = " : " if fr else ": "
    return [f"{r}{c}{n}    Date{c}{ds}" for r, n, ds in sl]


def du(title: str) -> str:
    return ("de la " if title.split()[0].endswith("e") and title.split()[0] not in ("Directeur", "Sous-ministre")
            and not title.startswith("Sous-commissaire") else "du ") + title


# ---------------------------------------------------------------------------------------------
# text tables

def _w(s: str) -> int:
    return len(s)


def tbl_text(head, rows, style: str, width: int = 34, cellwrap: int = 0) -> list[str]:
    allrows = ([head] if head else []) + rows
    n = max(len(r) for r in allrows)
    allrows = [r + [""] * (n - len(r)) for r in allrows]
    if style == "pipe":
        out = ["| " + " | ".join(c or " " for c in allrows[0]) + " |", "|" + "|".join("---" for _ in range(n)) + "|"]
        out += ["| " + " | ".join(c.strip() for c in r) + " |" for r in allrows[1:]]
        return out
    if style == "tab":
        return ["\t".join(r) for r in allrows]
    if style == "cells":
        out = []
        for r in allrows:
            out += [c.strip() for c in r if c.strip()] + [""]
        return out
    # fixed-width styles, cells wrapped in grid
    wrap = style == "grid" or bool(cellwrap)
    width = cellwrap or width
    widths = [min(max(_w(r[i]) for r in allrows), width if wrap else 999) for i in range(n)]
    def cell_lines(r):
        parts = [textwrap.wrap(c, widths[i]) or [""] if wrap else [c] for i, c in enumerate(r)]
        h = max(len(p) for p in parts)
        return [[(p[k] if k < len(p) else "") for p in parts] for k in range(h)]
    if style in ("ascii", "grid", "box"):
        if style == "box":
            hz, v = "─", "│"
            top = "┌" + "┬".join(hz * (w + 2) for w in widths) + "┐"
            mid = "├" + "┼".join(hz * (w + 2) for w in widths) + "┤"
            bot = "└" + "┴".join(hz * (w + 2) for w in widths) + "┘"
            hsep = mid
        else:
            v = "|"
            top = mid = bot = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
            hsep = "+" + "+".join("=" * (w + 2) for w in widths) + "+" if style == "grid" else mid
        out = [top]
        for i, r in enumerate(allrows):
            for line in cell_lines(r):
                out.append(v + v.join(f" {c.ljust(widths[j])} " for j, c in enumerate(line)) + v)
            if i == 0 and head:
                out.append(hsep)
            elif i < len(allrows) - 1 and style != "ascii":
                out.append(mid)
        out.append(bot)
        return out
    if style in ("spaces", "lynx"):
        gap = "   " if style == "lynx" else "  "
        out = []
        for r in allrows:
            for line in cell_lines(r):
                out.append((" " * 3 if style == "lynx" else "") + gap.join(c.ljust(widths[i]) for i, c in enumerate(line)).rstrip())
        return out
    raise ValueError(style)


def kv_text(pairs, style: str, tstyle: str = "ascii", cellwrap: int = 0) -> list[str]:
    if style == "colon":
        return [f"{k}: {v}" for k, v in pairs]
    if style == "frcolon":
        return [f"{k} : {v}" for k, v in pairs]
    if style == "bold":
        return [f"*   **{k}:** {v}" for k, v in pairs]
    if style == "nextline":
        out = []
        for k, v in pairs:
            out += [f"{k}:", f"    {v}"]
        return out
    if style == "dots":
        w = max(len(k) for k, _ in pairs) + 4
        return [f"{k} {'.' * (w - len(k))} {v}" for k, v in pairs]
    if style == "tab":
        return [f"{k}\t{v}" for k, v in pairs]
    if style == "table":
        return tbl_text(None, [[k, v] for k, v in pairs], tstyle, width=46, cellwrap=cellwrap)
    if style == "table4":
        rows = []
        for i in range(0, len(pairs), 2):
            a = list(pairs[i]) + (list(pairs[i + 1]) if i + 1 < len(pairs) else ["", ""])
            rows.append(a)
        return tbl_text(None, rows, tstyle, width=30, cellwrap=cellwrap)
    raise ValueError(style)


def heading(text: str, style: str, n: int) -> list[str]:
    return {"md": [f"## {text}"], "md3": [f"### {text}"], "caps": [text.upper()],
            "num": [f"{n}. {text.upper()}"], "under": [text, "-" * len(text)],
            "eq": [text.upper(), "=" * len(text)], "colon": [f"{text}:"], "plain": [text]}[style]


def text_doc(d: Doc, o: dict, rng: random.Random) -> str:
    """A text (md, txt) or PDF-page text for a document."""
    fr = d.lang == "fr"
    H = dict(HEAD["fr" if fr else "en"], **(BI_HEAD if d.lang == "bi" else {}))
    L = LABELS[o["labels"]]
    hs = o.get("hstyle", "caps")
    ts = o["tstyle"]
    pr = prose(d, rng)
    out: list[str] = []
    counter = iter(range(1, 20))
    if o.get("banner"):
        out += o["banner"]
    out += [""]
    kvs = o.get("kv", "table")
    pairs = header_pairs(d, L, o)
    out += kv_text(pairs, kvs, ts if kvs.startswith("table") else "ascii", o.get("kvwrap", 0)) + [""]
    blocks = o.get("order", ["ga", "org", "dims", "ns", "sa", "cert"])
    for b in blocks:
        if b == "ga":
            out += heading(H["ga"], hs, next(counter)) + [""] + textwrap.wrap(pr["ga"], o.get("wrap", 96)) + [""]
        elif b == "org":
            out += heading(H["org"], hs, next(counter)) + [""]
            if o.get("sup") == "sentence":
                out += textwrap.wrap(sup_sentence(d, o), o.get("wrap", 96)) + [""]
            out += textwrap.wrap(pr["org"], o.get("wrap", 96)) + [""]
            head, rows = report_table(d, o, rng)
            if o.get("rcaption"):
                out += [o["rcaption"], ""]
            cw = o.get("cellwrap", 0)
            if o.get("tsplit"):
                k = o["tsplit"]
                lines = tbl_text(head, rows[:k], ts, cellwrap=cw) + ["\f"] + tbl_text(head, rows[k:], ts, cellwrap=cw)
            else:
                lines = tbl_text(head, rows, ts, cellwrap=cw)
            out += lines + [""]
        elif b == "dims":
            out += heading(H["dims"], hs, next(counter)) + [""]
            head, rows, cap = dims_table(d, o)
            dts = o.get("dts", ts)
            out += tbl_text(head, rows, dts) + ([cap] if cap else []) + [""]
        elif b == "ns":
            out += heading(H["ns"], hs, next(counter)) + [""]
            for para in pr["ns"]:
                out += textwrap.wrap(para, o.get("wrap", 96)) + [""]
        elif b == "sa":
            out += heading(H["sa"], hs, next(counter)) + [""]
            for i, s in enumerate(pr["sa"], 1):
                out += textwrap.wrap(f"{i}. {s}", o.get("wrap", 96), subsequent_indent="   ")
            out += [""]
        elif b == "cert":
            out += heading(H["cert"], hs, next(counter)) + [""] + textwrap.wrap(H["cert_text"], 96) + [""]
            out += sig_lines(signers(d, rng, o), fr) + [""]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# docx

def _cell_text(cell, text: str, bold=False):
    lines = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    for ln in lines[1:]:
        if ln.startswith("¶"):
            q = cell.add_paragraph()
            q.add_run(ln[1:]).bold = bold
        else:
            run.add_break()
            run = p.add_run(ln)
            run.bold = bold


def _table(container, head, rows, bold_head=True):
    t = container.add_table(rows=0, cols=max(len(r) for r in ([head] if head else []) + rows))
    try:
        t.style = "Table Grid"
    except Exception:
        pass
    for i, r in enumerate(([head] if head else []) + rows):
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            _cell_text(c, v, bold=bold_head and head is not None and i == 0)
    return t


def docx_doc(d: Doc, o: dict, rng: random.Random) -> bytes:
    fr = d.lang == "fr"
    H = dict(HEAD["fr" if fr else "en"], **(BI_HEAD if d.lang == "bi" else {}))
    L = LABELS[o["labels"]]
    pr = prose(d, rng)
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    if o.get("running"):
        sec.header.paragraphs[0].text = o["running"]
    if o.get("footer"):
        sec.footer.paragraphs[0].text = o["footer"]
    dt_ = {"en": "Executive Work Description", "fr": "Description de travail - Cadre de direction",
           "bi": "Executive Work Description / Description de travail - Cadre de direction"}[d.lang]
    doc.add_heading(o.get("doc_title", dt_), 1)
    pairs = header_pairs(d, L, o)
    hs = o.get("hdr", "table2")
    if hs == "table2":
        _table(doc, None, [[k, v] for k, v in pairs], bold_head=False)
    elif hs == "table4":
        rows = []
        for i in range(0, len(pairs), 2):
            rows.append(list(pairs[i]) + (list(pairs[i + 1]) if i + 1 < len(pairs) else ["", ""]))
        _table(doc, None, rows, bold_head=False)
    elif hs == "boxes":
        t = doc.add_table(rows=0, cols=3)
        t.style = "Table Grid"
        for i in range(0, len(pairs), 3):
            grp = pairs[i:i + 3]
            lab, val = t.add_row().cells, t.add_row().cells
            for j, (k, v) in enumerate(grp):
                _cell_text(lab[j], k.upper() if o.get("caps_labels") else k, bold=True)
                _cell_text(val[j], v)
    elif hs == "merged":
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        a, b = t.rows[0].cells
        m = a.merge(b)
        _cell_text(m, o.get("merged_head", "POSITION IDENTIFICATION" if not fr else "IDENTIFICATION DU POSTE"), bold=True)
        for k, v in pairs:
            cells = t.add_row().cells
            _cell_text(cells[0], k.replace(" / ", "\n") if o.get("twoline_labels") else k, bold=True)
            _cell_text(cells[1], v)
    elif hs == "onecell":
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        _cell_text(t.rows[0].cells[0], "\n".join(f"{k}: {v}" for k, v in pairs))
    elif hs == "paras":
        for k, v in pairs:
            p = doc.add_paragraph()
            p.add_run(f"{k}:").bold = True
            p.add_run(f"\t{v}")
    order = o.get("order", ["ga", "org", "dims", "ns", "sa", "cert"])
    for b in order:
        if b == "ga":
            doc.add_heading(H["ga"], 2)
            doc.add_paragraph(pr["ga"])
        elif b == "org":
            doc.add_heading(H["org"], 2)
            if o.get("sup") == "sentence":
                doc.add_paragraph(sup_sentence(d, o))
            doc.add_paragraph(pr["org"])
            head, rows = report_table(d, o, rng)
            rs = o.get("rstyle", "table")
            if rs == "table":
                _table(doc, head, rows)
            elif rs == "twoline":
                # title and classification in one cell on two lines; FTEs beside
                t = _table(doc, [f"{H['title']} / {H['cls']}", H["fte"]], [
                    [f"{r['title']}\n{fmt_cls(r['cls'], o.get('rcls_style', 'dash'))}" if r["cls"] else r["title"],
                     str(r["fte"]) if r["fte"] is not None else ""] for r in d.reports])
            elif rs == "nested":
                outer = doc.add_table(rows=1, cols=2)
                outer.style = "Table Grid"
                _cell_text(outer.rows[0].cells[0], H["reports"], bold=True)
                inner = outer.rows[0].cells[1]
                _table(inner, head, rows)
            elif rs == "split":
                k = o.get("split_at", 2)
                _table(doc, head, rows[:k])
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                doc.add_paragraph(o.get("cont", f"{H['reports']} (continued)" if not fr else f"{H['reports']} (suite)"))
                _table(doc, head, rows[k:])
        elif b == "dims":
            doc.add_heading(H["dims"], 2)
            head, rows, cap = dims_table(d, o)
            if o.get("dims_nested"):
                outer = doc.add_table(rows=1, cols=2)
                outer.style = "Table Grid"
                _cell_text(outer.rows[0].cells[0], H["dims"], bold=True)
                _table(outer.rows[0].cells[1], head if any(head) else None, rows)
            elif o.get("dims_merged"):
                t = doc.add_table(rows=1, cols=len(head))
                t.style = "Table Grid"
                m = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
                _cell_text(m, o["dims_merged"], bold=True)
                for i, r in enumerate([head] + rows):
                    cells = t.add_row().cells
                    for c, v in zip(cells, r):
                        _cell_text(c, v, bold=i == 0)
            else:
                _table(doc, head if any(head) else None, rows)
            if cap:
                doc.add_paragraph(cap)
        elif b == "ns":
            doc.add_heading(H["ns"], 2)
            for para in pr["ns"]:
                doc.add_paragraph(para)
        elif b == "sa":
            doc.add_heading(H["sa"], 2)
            for s in pr["sa"]:
                doc.add_paragraph(s, style="List Number")
        elif b == "cert":
            doc.add_heading(H["cert"], 2)
            doc.add_paragraph(H["cert_text"])
            sl = signers(d, rng, o)
            if sl and o.get("sign_table"):
                _table(doc, None, [[r, n, f"Date: {ds}"] for r, n, ds in sl], bold_head=False)
            else:
                for x in sig_lines(sl, fr):
                    doc.add_paragraph(x)
    return save_docx(doc)


def save_docx(doc) -> bytes:
    cp = doc.core_properties
    fixed = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.created = cp.modified = fixed
    cp.last_modified_by = cp.author = "hrkit bench"
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# PDF: page text with running header, page footer, a table split with its header repeated

def pdf_doc(d: Doc, o: dict, rng: random.Random) -> bytes:
    text = text_doc(d, o, rng)
    lines = []
    for ln in text.split("\n"):
        lines += textwrap.wrap(ln, 104, subsequent_indent="") if len(ln) > 104 else [ln]
    per = o.get("per_page", 56)
    pages, cur = [], []
    for ln in lines:
        if ln == "\f":
            pages.append(cur)
            cur = []
            continue
        cur.append(ln)
        if len(cur) >= per:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    run = o.get("running", "")
    out = []
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        body = ([run, ""] if run else []) + pg + ["", (o.get("footer", "Page {i} of {n}")).format(i=i, n=n)]
        s = "\n".join(body)
        if o.get("ocr"):
            s = ocr(s, rng, o["ocr"])
        out.append(s)
    return pdf_bytes(out)


# ---------------------------------------------------------------------------------------------
# the documents

def P(key):
    return next(p for p in T.POSITIONS if p["key"] == key)


def plan() -> list[tuple[str, str, str, dict]]:
    """(position key, file name, kind, options)."""
    return [
        # ---- docx (19) --------------------------------------------------------------------
        ("benefits", "Director, Benefits Processing Modernization - EX-01 - FINAL.docx", "docx",
         dict(labels="en1", hdr="table2", rcols=["fte", "title", "cls"], rhead={"cls": "Level"}, rtotal=True,
              dims="cols", amt="comma", date_style="long", cls_style="dash", incumbent=None)),
        ("railsafety", "Director, Rail Safety Oversight - DRAFT.docx", "docx",
         dict(labels="en2", hdr="table4", rcols=["posno", "title", "group", "level", "fte"], dims="rows", amt="M",
              date=dt.date(2021, 9, 1), date_style="dmy", posno="47213", has_job_code=False, sup_posno="31907",
              no_sign=True, running="DRAFT - for classification review",
              version={"position": "Director, Rail Safety Oversight",
                       "documents": ["Director, Rail Safety Oversight - DRAFT.docx",
                                     "Director, Rail Safety Oversight - signed.pdf"],
                       "newest": "Director, Rail Safety Oversight - signed.pdf"})),
        ("nhp", "DT_Directrice PSNSO_EX-01 (version finale).docx", "docx",
         dict(labels="fr1", hdr="merged", rcols=["title", "cls", "fte"], rstyle="split", split_at=2, dims="years",
              amt="frfull", date_style="fr", loc_paren=True, rhead={"fte": "ETP"})),
        ("realprop", "DG Real Property Portfolio Mgmt (EX-03).docx", "docx",
         dict(labels="en3", hdr="boxes", caps_labels=True, rcols=["title", "cls", "fte", "inc"], rstyle="table",
              dims="thousands", date_style="iso", rtotal=True, sup_posno=True)),
        ("census", "DG Census Operations_work description_2022.docx", "docx",
         dict(labels="en1", hdr="onecell", rcols=["title", "fte", "cls"], rstyle="nested", dims="yearrows",
              amt="M", date_style="ord", sub=True)),
        ("labs", "ED Lab Programs & Biosafety - DE Programmes de laboratoire (bilingue).docx", "docx",
         dict(labels="bi1", hdr="merged", twoline_labels=True, bi_sep="\n", rcols=["title", "cls", "fte"],
              rstyle="twoline", dims="cols", amt="comma", date_style="iso", merged_head="POSITION IDENTIFICATION / IDENTIFICATION DU POSTE")),
        ("water", "Director First Nations Water & Wastewater.docx", "docx",
         dict(labels="en4", hdr="table2", rcols=["title", "cls", "status", "fte"], dims="cols", amt="million",
              dims_merged="RESOURCES MANAGED (2023-24)", date_style="mabbr", date=dt.date(2023, 5, 1), sup="sentence", vac=1)),
        ("network", "DG Enterprise Network Services - signed.docx", "docx",
         dict(labels="en2", hdr="table4", rcols=["posno", "title", "cls", "fte"], rhead={"posno": "Position No.", "cls": "Group", "fte": "FTEs"},
              rstyle="split", split_at=2, rtotal=True, dims="years", cur_mark="star", amt="M", date_style="long",
              sign_table=True)),
        ("disability", "Director Disability Benefits Adjudication (1).docx", "docx",
         dict(labels="en1", hdr="paras", rcols=["cls", "title", "fte"], rhead={"cls": "Classification", "fte": "FTE"},
              rstyle="nested", dims="rows", dims_nested=True, amt="comma", date_style="abbr", incumbent="n")),
        ("banff", "Superintendent Banff FU - EX01.docx", "docx",
         dict(labels="en3", hdr="table2", cls_style="tight", rcols=["title", "fte", "cls"], rhead={"fte": "Staff"},
              rfte_style="num", rtotal=True, dims="cols", amt="cents", date_style="long", sup="sentence")),
        ("sanctions", "Director, Sanctions Policy and Operations.docx", "docx",
         dict(labels="en1", hdr="table2", cls_in_title=True, rcols=["title", "cls", "fte"], rstyle="twoline",
              rcls_style="space", dims="rows", amt="K", date_style="iso", no_report_fte=True)),
        ("warden", "Warden GVI 2021.docx", "docx",
         dict(labels="en4", hdr="table4", rcols=["title", "group", "level", "fte"], dims="cols", amt="comma",
              date=dt.date(2021, 3, 15), date_style="long", posno="58830", job_code="104412", has_job_code=True,
              sup_posno="20466", big_om=False,
              version={"position": "Warden, Grand Valley Institution for Women",
                       "documents": ["Warden GVI 2021.docx", "Warden GVI - revised 2023.docx"],
                       "newest": "Warden GVI - revised 2023.docx"})),
        ("warden", "Warden GVI - revised 2023.docx", "docx",
         dict(labels="en4", hdr="table4", rcols=["title", "group", "level", "fte"], dims="years", amt="comma",
              date=dt.date(2023, 6, 12), date_style="long", posno="58830", job_code="104412", has_job_code=True,
              sup_posno="20466", rtotal=True, running="Correctional Service Canada - Protected A",
              version={"position": "Warden, Grand Valley Institution for Women",
                       "documents": ["Warden GVI 2021.docx", "Warden GVI - revised 2023.docx"],
                       "newest": "Warden GVI - revised 2023.docx"})),
        ("offlang", "Directrice Appui aux langues officielles - signée.docx", "docx",
         dict(labels="fr2", hdr="boxes", rcols=["posno", "title", "cls", "fte"], rstyle="table", dims="rows",
              amt="frM", date_style="frle", loc_paren=True, rfte_style="num")),
        ("pensions", "DG OAS Policy - work description FINAL v3.docx", "docx",
         dict(labels="en1", hdr="merged", rcols=["title", "inc", "cls", "fte"], rstyle="split", split_at=3,
              dims="cols", dims_nested=True, amt="M", date_style="dmy", sup_posno=True, vac=2)),
        ("pharma", "PDD Director Operations.docx", "docx",
         dict(labels="en2", hdr="onecell", rcols=["title", "cls", "fte"], rfte_style="FTEs", dims="thousands",
              date_style="slash", no_date=False, sup="sentence")),
        ("energyeff", "DG, Office of Energy Efficiency (EX-03) – 2019.docx", "docx",
         dict(labels="en3", hdr="table2", rcols=["fte", "title", "cls"], rhead={"fte": "FTE", "cls": "Level"},
              rstyle="nested", rtotal=True, dims="yearrows", amt="comma", date_style="long", sub=True, date=dt.date(2019, 4, 1))),
        ("cyber", "Sr Dir Cyber Security Ops - Dir princ Opérations cybersécurité.docx", "docx",
         dict(labels="bi1", hdr="table2", bi_sep=" / ", rcols=["title", "cls", "fte"], rstyle="table",
              dims="rows", amt="comma", date_style="iso", rhead={"title": "Title / Titre", "cls": "Group-Level / Groupe-niveau", "fte": "FTE / ETP"})),
        ("northern", "RDG Alberta Region - EX-03 - signed (2).docx", "docx",
         dict(labels="en4", hdr="boxes", rcols=["title", "cls", "fte"], rstyle="split", split_at=3, rtotal=True,
              dims="years", amt="M", date_style="long", sup_posno=True, sub=True)),
        # ---- pdf (13) ---------------------------------------------------------------------
        ("railsafety", "Director, Rail Safety Oversight - signed.pdf", "pdf",
         dict(labels="en2", kv="dots", tstyle="spaces", rcols=["posno", "title", "group", "level", "fte"], dims="rows",
              amt="M", date=dt.date(2022, 4, 1), date_style="long", posno="47213", has_job_code=True,
              job_code="103390", sup_posno="31907", hstyle="caps", running="Transport Canada - Executive Work Description",
              version={"position": "Director, Rail Safety Oversight",
                       "documents": ["Director, Rail Safety Oversight - DRAFT.docx",
                                     "Director, Rail Safety Oversight - signed.pdf"],
                       "newest": "Director, Rail Safety Oversight - signed.pdf"})),
        ("airquality", "Dir Air Quality Policy & Reg Analysis.pdf", "pdf",
         dict(labels="en1", kv="table", tstyle="spaces", rcols=["title", "cls", "fte"], dims="cols", amt="comma",
              date_style="iso", hstyle="num", kvwrap=40, order=["ga", "org", "ns", "dims", "sa", "cert"])),
        ("aquaculture", "RD Aquaculture Mgmt Pacific - scanned.pdf", "pdf",
         dict(labels="en3", kv="colon", tstyle="spaces", rcols=["title", "cls", "fte"], rhead={"fte": "FTEs"},
              dims="years", amt="comma", date_style="long", ocr=0.4, hstyle="caps", tsplit=3,
              running="FISHERIES AND OCEANS CANADA   PACIFIC REGION")),
        ("collections", "DG Programmes de recouvrement - DT signée.pdf", "pdf",
         dict(labels="fr1", kv="frcolon", tstyle="spaces", rcols=["title", "cls", "fte"], dims="rows", amt="frM",
              date_style="fr", hstyle="num", rtotal=True, sup_posno=True, loc_paren=True, tsplit=2,
              footer="Page {i} de {n}")),
        ("farmfin", "Director Farm Financial Programs 2018.pdf", "pdf",
         dict(labels="en4", kv="dots", tstyle="spaces", rcols=["fte", "title", "cls"], rhead={"fte": "FTE", "cls": "Level"},
              dims="cols", amt="K", date_style="abbrup", hstyle="under", date=dt.date(2018, 10, 9))),
        ("import", "CFIA_Dir_Import-Export_Programs_EX-01.pdf", "pdf",
         dict(labels="en1", kv="table", tstyle="spaces", rcols=["posno", "title", "cls", "fte"], dims="thousands",
              date_style="dmyslash", date=dt.date(2020, 11, 23), hstyle="caps", sup="sentence")),
        ("traveller", "Director, Traveller Programs (CBSA) FINAL.pdf", "pdf",
         dict(labels="en2", kv="colon", tstyle="spaces", rcols=["title", "cls", "inc", "fte"], dims="yearrows",
              amt="M", date_style="ord", hstyle="caps", vac=1, tsplit=2,
              running="PROTECTED A")),
        ("cleantech", "ED Clean Tech & Strategic Industries.pdf", "pdf",
         dict(labels="en1", kv="table4", tstyle="spaces", rcols=["title", "cls", "fte"], dims="cols", amt="million",
              date_style="long", hstyle="num", cls_style="space", cellwrap=26, kvwrap=24)),
        ("homeless", "Director Homelessness Policy - signed copy.pdf", "pdf",
         dict(labels="en3", kv="colon", tstyle="spaces", rcols=["title", "fte"], dims="rows", amt="comma",
              date_style="long", ocr=0.35, hstyle="caps", no_report_cls=True)),
        ("procure", "DMPP Director work description (scan).pdf", "pdf",
         dict(labels="en4", kv="dots", tstyle="spaces", rcols=["title", "cls", "fte"], dims="cols", amt="comma",
              date_style="iso", ocr=0.6, hstyle="caps", cls_style="short", running="NATIONAL DEFENCE  DÉFENSE NATIONALE")),
        ("aviation", "Directeur Normes de l'aviation civile.pdf", "pdf",
         dict(labels="fr2", kv="dots", tstyle="spaces", rcols=["cls", "title", "fte"], dims="years", amt="frfull",
              date_style="dots", hstyle="num", footer="- {i} -")),
        ("wildlife", "RD CWS Prairie Region.pdf", "pdf",
         dict(labels="en1", kv="colon", tstyle="spaces", rcols=["title", "cls", "fte"], dims="cols", amt="M",
              date_style="long", hstyle="caps", tsplit=2, rtotal=True)),
        ("meat", "Regional Director Operations Ontario Area - EX-02.pdf", "pdf",
         dict(labels="en2", kv="table", tstyle="spaces", rcols=["posno", "title", "group", "level", "fte"],
              rhead={"posno": "Position No.", "fte": "FTEs"}, dims="thousands", date_style="long", hstyle="num", cellwrap=24,
              cls_style="short", sup_posno=True)),
        # ---- md / txt (13) ----------------------------------------------------------------
        ("asylum", "Director, Asylum Policy.md", "markdown",
         dict(labels="en1", kv="table", tstyle="pipe", rcols=["title", "cls", "fte"], dims="cols", amt="M",
              date_style="long", hstyle="md", banner=["# Executive Work Description"])),
        ("geoscience", "Director GSC Atlantic - work description.md", "markdown",
         dict(labels="en2", kv="bold", tstyle="grid", rcols=["title", "cls", "fte"], dims="years", amt="comma",
              date_style="iso", hstyle="md", banner=["# Job Description"])),
        ("digitization", "Dir Digitization & Digital Preservation - Numérisation.md", "markdown",
         dict(labels="bi1", kv="table", tstyle="pipe", rcols=["title", "cls", "fte"], dims="rows", amt="comma",
              date_style="long", hstyle="md", banner=["# Work Description / Description de travail"])),
        ("ocio", "ED Digital Standards and Oversight.txt", "text",
         dict(labels="en1", kv="table", tstyle="ascii", rcols=["title", "cls", "fte"], dims="cols", amt="M",
              date_style="long", hstyle="eq", rtotal=True)),
        ("searchrescue", "Director SAR - CCG.txt", "text",
         dict(labels="en3", kv="table", tstyle="box", rcols=["posno", "title", "cls", "fte"], dims="rows",
              amt="comma", date_style="mabbr", hstyle="caps", tsplit=2)),
        ("gba", "Director GBA Plus - Directrice ACS Plus.txt", "text-cp1252",
         dict(labels="bi1", kv="tab", tstyle="tab", rcols=["title", "cls", "fte"], dims="cols", amt="comma",
              date_style="iso", hstyle="caps", bi_sep=" / ")),
        ("acquisitions", "Director Defence & Marine Procurement Policy - from intranet.txt", "text",
         dict(labels="en1", kv="table", tstyle="lynx", rcols=["title", "cls", "fte"], dims="cols", amt="M",
              date_style="long", hstyle="plain", lynx=True)),
        ("appeals", "Director Income Tax Appeals Quebec.txt", "text-cp1252",
         dict(labels="en4", kv="tab", tstyle="tab", rcols=["posno", "title", "cls", "fte"], dims="years",
              amt="comma", date_style="long", hstyle="num")),
        ("settlement", "Directrice, Programme d'établissement (QC).md", "markdown",
         dict(labels="fr1", kv="table", tstyle="pipe", rcols=["title", "cls", "fte"], dims="rows", amt="frfull",
              date_style="fr", hstyle="md", loc_paren=True, banner=["# Description de travail"])),
        ("surveillance", "Dir ID Surveillance Systems.txt", "text",
         dict(labels="en2", kv="table4", tstyle="box", rcols=["fte", "title", "cls"], rhead={"fte": "FTE", "cls": "Group-Level"},
              dims="cols", amt="comma", date_style="long", hstyle="under")),
        ("grain", "Director Grains Sector Development - web copy.txt", "text",
         dict(labels="en1", kv="colon", tstyle="cells", rcols=["title", "cls", "fte"], dims="rows", amt="comma",
              date_style="long", hstyle="plain", sup="sentence")),
        ("ports", "RD Marine Safety & Security Atlantic.md", "markdown",
         dict(labels="en1", kv="table", tstyle="grid", rcols=["title", "cls", "fte"], dims="rows", amt="M",
              date_style="long", hstyle="md3", sup_posno=True)),
        ("archives", "DG Archives Branch (LAC) - EX-03.txt", "text-cp1252",
         dict(labels="en3", kv="dots", tstyle="ascii", rcols=["title", "cls", "fte"], dims="thousands",
              date_style="long", hstyle="num", rtotal=True, sub=True, tsplit=3,
              running="Library and Archives Canada - EX Work Description")),
    ]


SUBS = {
    "census": {0: [("Collection Planning Unit", 22), ("Field Management Unit", 30)],
               2: [("Eastern Collection Centre", 64), ("Western Collection Centre", 76)]},
    "energyeff": {0: [("Residential Programs", 25), ("Commercial Buildings", 21)]},
    "northern": {3: [("Primary Care Unit", 33), ("Public Health Unit", 28)]},
    "archives": {0: [("Government Records Unit", 40), ("Digital Archives Unit", 22)],
                 2: [("Preservation Laboratory", 20), ("Collection Storage", 15)]},
}


# ---------------------------------------------------------------------------------------------
# documents to refuse

def refused(rng: random.Random):
    docs = []
    # 1. a memo (docx)
    doc = docx.Document()
    a, b, c = name(rng), name(rng), name(rng)
    doc.add_heading("MEMORANDUM", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("TO", f"{a}, Director General, Human Resources Operations"), ("FROM", f"{b}, Manager, Executive Classification"),
                 ("DATE", "March 4, 2024"), ("SUBJECT", "Review of EX work descriptions - Benefits Delivery Services Branch")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
    doc.add_paragraph("This is to inform you that the Executive Classification unit has completed its review of the "
                      "eleven EX work descriptions submitted by the Branch. The table below lists the descriptions, "
                      "their current level and the recommended action.")
    _table(doc, ["Position", "Current Level", "Recommendation"],
           [["Director, Benefits Processing Modernization", "EX-01", "Confirm EX-01"],
            ["Director, Client Contact Centres", "EX-01", "Update dimensions"],
            ["Director General, Benefits Processing Operations", "EX-03", "Confirm EX-03"],
            ["Director, Integrity Services", "EX-01", "Rewrite specific accountabilities"]])
    doc.add_paragraph("Descriptions that need updates should be returned to the unit by April 12, 2024. Please "
                      f"contact {c} at extension 4417 with any questions.")
    doc.add_paragraph(f"{b}")
    docs.append(("Memo - EX WD review results Mar 2024.docx", "docx", "en", save_docx(doc), [a, b, c]))
    # 2. letter of offer, French (pdf)
    a, b = name(rng), name(rng)
    lines = ["Santé Canada", "Direction générale des ressources humaines", "", "Le 18 octobre 2023", "",
             f"Madame {a}", "Direction des produits de santé commercialisés", "Ottawa (Ontario)", "",
             f"Madame {a.split()[-1]},", "",
             "OBJET : Offre de nomination intérimaire - Directrice, Produits de santé naturels et sans ordonnance (EX-01)", "",
             "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Produits de santé",
             "naturels et sans ordonnance, classifié EX-01, poste no 61842, à Ottawa (Ontario), du 30 octobre 2023",
             "au 31 mars 2024.", "",
             "Conditions d'emploi      Détail",
             "Traitement annuel        128 300 $ (échelon 1 de l'échelle EX-01)",
             "Durée                    30 octobre 2023 au 31 mars 2024",
             "Lieu de travail          Ottawa (Ontario)", "",
             "Veuillez signer et retourner une copie de la présente lettre au plus tard le 25 octobre 2023.", "",
             "Je vous prie d'agréer, Madame, l'expression de mes sentiments les meilleurs.", "",
             b, "Directeur général, Direction des produits de santé commercialisés", "",
             "J'accepte l'offre de nomination intérimaire aux conditions énoncées.", "",
             "Signature : ______________________    Date : ______________"]
    docs.append(("Lettre d'offre - nomination intérimaire EX-01 (signée).pdf", "pdf", "fr",
                 pdf_bytes(["\n".join(lines)]), [a, b]))
    # 3. a scanned work description without a text layer (pdf)
    docs.append(("Scan_20230914_143022.pdf", "pdf", "en", pdf_bytes(["", "", ""]), []))
    # 4. an org chart as text (box drawing)
    a, b, c, e = name(rng), name(rng), name(rng), name(rng)
    chart = ["Canadian Coast Guard - Operations - Organization Chart (as of 2024-02-01)", "",
             "                    ┌──────────────────────────────────┐",
             "                    │ Director General, Operations     │",
             f"                    │ EX-03   {a:<25}│",
             "                    └────────────────┬─────────────────┘",
             "          ┌──────────────────────────┼──────────────────────────┐",
             "┌─────────┴──────────────┐ ┌─────────┴──────────────┐ ┌─────────┴──────────────┐",
             "│ Director, Search and   │ │ Director, Fleet        │ │ Director, Environmental│",
             "│ Rescue        EX-01    │ │ Operations    EX-01    │ │ Response      EX-01    │",
             f"│ {b:<23}│ │ {c:<23}│ │ {e:<23}│",
             "└────────────────────────┘ └────────────────────────┘ └────────────────────────┘", ""]
    docs.append(("Org chart - CCG Operations 2024.txt", "text", "en", "\n".join(chart).encode("utf-8"), [a, b, c, e]))
    # 5. minutes (md)
    a, b, c, e = name(rng), name(rng), name(rng), name(rng)
    md = ["# Executive Committee - Minutes", "", "**Date:** 2023-11-21  ", "**Chair:** " + a, "",
          "## Attendees", "", "| Name | Role |", "|---|---|", f"| {a} | Assistant Deputy Minister (Chair) |",
          f"| {b} | Director General, Census Operations |", f"| {c} | Director General, Corporate Services |",
          f"| {e} | Secretary |", "",
          "## 1. EX work descriptions", "",
          "The committee reviewed the updated work descriptions for the Census Operations directors. The "
          "Director General noted that the dimensions have been restated for 2023-24.", "",
          "| Position | Level | FTEs | Decision |", "|---|---|---|---|",
          "| Director, Census Processing | EX-01 | 88 | Approved |",
          "| Director, Regional Collection Operations | EX-01 | 140 | Approved with changes |", "",
          "## 2. Action items", "", f"- {c} to submit the descriptions to classification by December 8.",
          f"- {e} to circulate the minutes.", ""]
    docs.append(("Minutes - ExCom 2023-11-21.md", "markdown", "en", "\n".join(md).encode("utf-8"), [a, b, c, e]))
    return docs


# ---------------------------------------------------------------------------------------------

def main():
    corpus, exp = HERE / "corpus", HERE / "expected"
    for p in (corpus, exp):
        if p.exists():
            shutil.rmtree(p)
        p.mkdir(parents=True)
    rng = random.Random(SEED)
    for key, fname, kind, o in plan():
        p = P(key)
        r = random.Random(f"{SEED}:{fname}")
        o = dict(o)
        if o.pop("sub", False):
            o["subs"] = SUBS[key]
        o["vac_idx"] = {0: [], 1: [-1], 2: [1, -1]}[o.pop("vac", 0)]
        if o.get("incumbent") == "n":
            o["incumbent"] = name(r)
        d = facts(p, r, o)
        d.show_dims = d.show_fte = False
        if kind == "docx":
            data = docx_doc(d, o, r)
        elif kind == "pdf":
            data = pdf_doc(d, o, r)
        else:
            text = text_doc(d, o, r)
            if o.get("lynx"):
                text = lynx(text, d)
            parts = text.split("\n\f\n")
            run = o.get("running", "")
            text = parts[0]
            for i, part in enumerate(parts[1:], 1):
                text += f"\n\n{run}{'  ' if run else ''}- {i} -\n\f{run}\n\n" + part
            if kind == "text-cp1252":
                data = text.replace("\n", "\r\n").replace("'", "\u2019").encode("cp1252")
            else:
                data = text.encode("utf-8")
        # the facts may have been refined while rendering (fte recomputed with sub-units etc.)
        (corpus / fname).write_bytes(data)
        dump(exp / f"{fname}.expected.yaml", expected(d, fname, kind))
    for fname, kind, lang, data, people in refused(rng):
        (corpus / fname).write_bytes(data)
        dump(exp / f"{fname}.expected.yaml",
             dict(document=fname, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=[],
                  also=None, people=people, versions=None))


def lynx(text: str, d: Doc) -> str:
    dept_en, _ = T.DEPTS[d.p["dept"]]
    head = [f"   [1]Skip to main content", "", f"   [2]{dept_en} intranet", "",
            "   [3]Home > [4]Human Resources > [5]Executive work descriptions", ""]
    body = ["   " + ln if ln and not ln.startswith("   ") else ln for ln in text.split("\n")]
    tail = ["", "   Date modified: 2023-02-14", "", "References", "", "   1. #main",
            "   2. https://intranet.example.gc.ca/en", "   3. https://intranet.example.gc.ca/en/home",
            "   4. https://intranet.example.gc.ca/en/hr", "   5. https://intranet.example.gc.ca/en/hr/ex-wd", ""]
    return "\n".join(head + body + tail)


def dump(path: Path, data: dict):
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
