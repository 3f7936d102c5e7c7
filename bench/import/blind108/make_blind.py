#!/usr/bin/env python3
"""Write the blind108 corpus (corpus/) and its ground truth (expected/), deterministically.

    /work/main/.venv/bin/python bench/import/blind108/make_blind.py

Emphasis: the text layers of PDFs printed from Word and from fillable forms, whose tables come
out one cell per line, column by column, or side by side separated by runs of spaces; tables of
direct reports over several pages with the heading row repeated and page headers and footers
between rows; dimensions tables with several years of figures (the current year is the truth);
form fields printed as label above value. Mostly .pdf, some .docx and .txt, about 30 % French or
bilingual. PDFs by tests/import_files.pdf_bytes, .docx by python-docx with fixed timestamps."""
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

import yaml  # noqa: E402
from docx import Document  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

SEED = 108
FIXED = dt.datetime(2024, 5, 1, 9, 0, 0)

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


# ---------------------------------------------------------------- notations

def fmt_class(cls: str, style: str) -> str:
    grp, lvl = cls.rsplit("-", 1)
    if style == "space":
        return f"{grp} {lvl}"
    if style == "short":
        return f"{grp}-{int(lvl)}"
    if style == "paren":
        return f"({cls})"
    if style == "nodash":
        return f"{grp}{lvl}"
    return cls


def fmt_date(d: dt.date, style: str, lang: str) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}",
                "le": f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                "iso": d.isoformat(),
                "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
                "slash": f"{d.year}/{d.month:02d}/{d.day:02d}"}.get(style, d.isoformat())
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return {"long": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
            "dmy": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            "iso": d.isoformat(),
            "ord": f"{MONTHS_EN[d.month - 1]} {d.day}{suffix}, {d.year}",
            "abbr": f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}",
            "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
            "caps": f"{MONTHS_EN[d.month - 1][:3].upper()} {d.day:02d} {d.year}"}.get(style, d.isoformat())


def _trim(x: float) -> str:
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return s


def fmt_amount(v: int, style: str, lang: str, nbsp: str = " ") -> str:
    if style in ("M", "million") and v < 1_000_000:
        style = "K" if lang != "fr" else "plain"
    if lang == "fr":
        if style == "M" and v % 1000 == 0:
            return _trim(v / 1e6).replace(".", ",") + f"{nbsp}M$"
        if style == "million" and v % 1000 == 0:
            return _trim(v / 1e6).replace(".", ",") + f"{nbsp}million{'s' if v >= 2e6 else ''}{nbsp}$"
        if style == "cents":
            return f"{v:,}".replace(",", nbsp) + f",00{nbsp}$"
        return f"{v:,}".replace(",", nbsp) + f"{nbsp}$"
    if style == "M" and v % 1000 == 0:
        return f"${_trim(v / 1e6)}M"
    if style == "million" and v % 1000 == 0:
        return f"${_trim(v / 1e6)} million"
    if style == "K" and v % 1000 == 0:
        return f"${v // 1000:,}K"
    if style == "cents":
        return f"${v:,}.00"
    return f"${v:,}"


def fmt_thousands(v: int, lang: str) -> str:
    k = v // 1000
    return f"{k:,}".replace(",", " ") if lang == "fr" else f"{k:,}"


def fmt_fte(n, style: str, lang: str) -> str:
    if lang == "fr":
        return {"etp": f"{n} ETP", "effectif": f"effectif de {n}", "employes": f"{n} employés"}.get(style, f"{n} ETP")
    if n == 1 and style in ("ftes", "fteq", "emp"):
        style = "fte"
    return {"ftes": f"{n} FTEs", "fte": f"{n} FTE", "staff": f"staff of {n}", "emp": f"{n} employees",
            "fteq": f"{n} FTE's"}.get(style, f"{n} FTEs")


def fy(d: dt.date) -> int:
    return d.year if d.month >= 4 else d.year - 1


def fy_label(y: int, style: str) -> str:
    return {"short": f"{y}-{(y + 1) % 100:02d}", "long": f"{y}-{y + 1}", "slash": f"{y}/{(y + 1) % 100:02d}"}[style]


# ---------------------------------------------------------------- positions

def person(rng, used):
    while True:
        n = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        if n not in used:
            used.add(n)
            return n


def make_position(rng, idx, level, lang, used_names, used_numbers, used_areas):
    dept = T.DEPARTMENTS[idx % len(T.DEPARTMENTS)]
    a = (idx * 7) % len(T.AREAS)
    while (T.AREAS[a][0], level) in used_areas or sum(1 for x in used_areas if x[0] == T.AREAS[a][0]) >= 2:
        a = (a + 1) % len(T.AREAS)
    area = T.AREAS[a]
    used_areas.add((area[0], level))
    dept = T.DEPARTMENTS[a if a < 22 else {26: 0, 27: 1, 28: 3, 29: 13}.get(a, idx % 22)]
    loc = rng.choice(T.LOCATIONS[:3] if rng.random() < 0.6 else T.LOCATIONS)
    fem = rng.random() < 0.4
    if level == 1:
        role_en, role_fr = "Director", ("Directrice" if fem else "Directeur")
        sup_en, sup_fr, sup_cls = "Director General", "Directeur général", "EX-03"
        if rng.random() < 0.3:
            sup_en, sup_fr, sup_cls = "Executive Director", "Directeur exécutif", "EX-02"
    elif level == 2:
        role_en, role_fr = "Executive Director", ("Directrice exécutive" if fem else "Directeur exécutif")
        sup_en, sup_fr, sup_cls = "Director General", "Directrice générale", "EX-03"
    else:
        role_en, role_fr = "Director General", ("Directrice générale" if fem else "Directeur général")
        sup_en, sup_fr, sup_cls = "Assistant Deputy Minister", "Sous-ministre adjoint", rng.choice(["EX-04", "EX-05"])
    title_en = f"{role_en}, {area[0]}"
    title_fr = f"{role_fr}, {area[1]}"
    sup_area = rng.choice(T.DIRECTOR_AREAS)
    if level == 3:
        branch_en = rng.choice(["Ecosystems and Programs", "Operations", "Policy and Programs", "Regulatory Operations",
                                "Corporate Services", "Strategic Policy", "Service Delivery"])
        branch_fr = {"Ecosystems and Programs": "Écosystèmes et programmes", "Operations": "Opérations",
                     "Policy and Programs": "Politiques et programmes", "Regulatory Operations": "Opérations réglementaires",
                     "Corporate Services": "Services ministériels", "Strategic Policy": "Politique stratégique",
                     "Service Delivery": "Prestation des services"}[branch_en]
        sup_title_en, sup_title_fr = f"{sup_en}, {branch_en}", f"{sup_fr}, {branch_fr}"
    else:
        sup_title_en, sup_title_fr = f"{sup_en}, {sup_area[0]}", f"{sup_fr}, {sup_area[1]}"
        branch_en, branch_fr = sup_area
    # direct reports
    reports = []
    if level == 1:
        n = rng.choice([3, 4, 5, 5, 6, 7, 9, 11])
        pool = rng.sample(T.MANAGER_REPORTS, n)
        for en, fr, cls in pool:
            fte = 1 if cls.startswith("AS") or "Senior" in en or "principal" in fr else rng.randint(3, 28)
            reports.append({"en": en, "fr": fr, "cls": cls, "fte": fte})
    else:
        n = rng.choice([3, 4, 5, 6, 7, 8]) if level == 3 else rng.choice([3, 4, 5])
        areas = rng.sample(T.DIRECTOR_AREAS, n)
        for en, fr in areas:
            cls = "EX-02" if (level == 3 and rng.random() < 0.15) else "EX-01"
            r_en = ("Executive Director, " if cls == "EX-02" else "Director, ") + en
            r_fr = ("Directeur exécutif, " if cls == "EX-02" else rng.choice(["Directeur, ", "Directrice, "])) + fr
            reports.append({"en": r_en, "fr": r_fr, "cls": cls, "fte": rng.randint(12, 95)})
        if rng.random() < 0.5:
            reports.append({"en": "Senior Advisor to the " + role_en, "fr": "Conseiller principal", "cls": "EC-07", "fte": 1})
    fte = sum(r["fte"] for r in reports) + 1
    salary = round(fte * rng.randint(88, 112) * 1000, -4)
    om = rng.randint(40, 900) * 1000
    if level == 3:
        om = rng.randint(300, 4000) * 1000
    while True:
        pos = str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 999999), rng.randint(1000, 9999),
                              rng.randint(10000000, 99999999)]))
        sup_pos = str(rng.randint(10000, 999999))
        if pos not in used_numbers and sup_pos not in used_numbers:
            used_numbers.update({pos, sup_pos})
            break
    eff = dt.date(rng.randint(2014, 2025), rng.randint(1, 12), rng.randint(1, 28))
    return {
        "dept": dept, "area": area, "level": level, "cls": f"EX-0{level}", "title_en": title_en, "title_fr": title_fr,
        "job_code": str(rng.randint(100000, 109999)) if rng.random() < 0.5 else None,
        "pos": pos, "provisional": None, "eff": eff, "sup_pos": sup_pos, "sup_title_en": sup_title_en,
        "sup_title_fr": sup_title_fr, "sup_cls": sup_cls, "reports": reports, "salary": int(salary), "om": om,
        "fte": fte, "loc": loc, "branch_en": branch_en, "branch_fr": branch_fr,
        "incumbent": person(rng, used_names) if rng.random() < 0.45 else None,
        "signer": person(rng, used_names), "approver": person(rng, used_names) if rng.random() < 0.6 else None,
        "unit_en": {1: "Directorate", 2: "Division", 3: "Directorate General"}[level] if level != 2 else "Division",
        "unit_fr": {1: "direction", 2: "division", 3: "direction générale"}[level],
        "program_budget": rng.randint(5, 400) * 1_000_000 if rng.random() < 0.25 else None,
    }


# ---------------------------------------------------------------- document model
# blocks: ("h", text) ("p", text) ("kv", [(label, value)], layout) ("table", header, rows, layout, opts)
#         ("list", items) ("lines", [text]) ("sig", [text])

def label(keyset, key, rng_or_idx):
    return keyset[key][rng_or_idx % len(keyset[key])]


def build(p, st, rng):
    """The blocks of one work description, and its ground truth fields."""
    lang = st["lang"]
    L = T.LABELS_FR if lang == "fr" else T.LABELS_EN
    H = T.HEAD_FR if lang == "fr" else T.HEAD_EN
    li = st["label_set"]
    cstyle, dstyle, astyle, fstyle = st["cls_style"], st["date_style"], st["amt_style"], st["fte_style"]
    title = p["title_fr"] if lang == "fr" else p["title_en"]
    sup_title = p["sup_title_fr"] if lang == "fr" else p["sup_title_en"]
    dept = p["dept"][1] if lang == "fr" else p["dept"][0]
    prov = p["loc"][2] if lang == "fr" else p["loc"][1]
    loc_txt = f"{p['loc'][0]} ({prov})" if (lang == "fr" or st.get("loc_paren")) else f"{p['loc'][0]}, {prov}"
    nb = "\u00a0" if st.get("nbsp") else " "
    truth = {
        "title": title, "classification": p["cls"], "job_code": p["job_code"],
        "position_number": p["pos"], "effective_date": p["eff"],
        "supervisor": {"position_number": p["sup_pos"], "title": sup_title, "classification": p["sup_cls"]},
        "direct_reports": [], "salary": p["salary"], "o_and_m": p["om"], "total": p["salary"] + p["om"],
        "location": f"{p['loc'][0]}, {prov}",
    }
    also = {"fte": p["fte"], "operating_budget": None, "program_budget": p["program_budget"],
            "provisional_number": p["provisional"], "department": p["dept"][0]}
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
    people = []

    def lab(key):
        if lang == "bilingual":
            return f"{label(T.LABELS_EN, key, li)} / {label(T.LABELS_FR, key, li)}"
        return label(L, key, li)

    def head(key):
        if lang == "bilingual":
            return f"{label(T.HEAD_EN, key, li)} / {label(T.HEAD_FR, key, li)}"
        return label(H, key, li)

    blocks = []
    blocks.append(("h", head("doc")))
    if st.get("dept_line", True):
        blocks.append(("lines", [dept if lang != "bilingual" else f"{p['dept'][0]} / {p['dept'][1]}"]))
    # ---- header fields
    kv = []
    if lang == "bilingual":
        kv.append((f"{T.LABELS_EN['title'][li % 5]} (English)", p["title_en"]))
        kv.append((f"{T.LABELS_FR['title'][li % 3]} (français)", p["title_fr"]))
    else:
        kv.append((lab("title"), title))
    kv.append((lab("classification"), fmt_class(p["cls"], cstyle)))
    if p["job_code"] and not st.get("no_job_code"):
        kv.append((lab("job_code"), p["job_code"]))
    else:
        truth["job_code"] = None
    kv.append((lab("position_number"), p["provisional"] or p["pos"]))
    if p["provisional"]:
        truth["position_number"] = None
    if st.get("no_date"):
        truth["effective_date"] = None
    else:
        kv.append((lab("effective_date"), fmt_date(p["eff"], dstyle, "fr" if lang == "fr" else "en")))
    if st.get("with_branch", True):
        kv.append((lab("branch"), p["branch_fr"] if lang == "fr" else p["branch_en"]))
    sup_mode = st["sup_mode"]
    if sup_mode == "fields":
        if st.get("no_sup_pos"):
            truth["supervisor"]["position_number"] = None
        else:
            kv.append((lab("sup_pos"), p["sup_pos"]))
        kv.append((lab("sup_title"), sup_title))
        kv.append((lab("sup_class"), fmt_class(p["sup_cls"], cstyle)))
    if st.get("no_location"):
        truth["location"] = None
    else:
        kv.append((lab("location"), loc_txt))
    if st.get("incumbent_in_header") and p["incumbent"]:
        kv.append(("Titulaire" if lang == "fr" else ("Incumbent / Titulaire" if lang == "bilingual" else "Incumbent"),
                   p["incumbent"]))
        people.append(p["incumbent"])
    if st.get("kv_order_shuffle"):
        first, rest = kv[:1], kv[1:]
        rng.shuffle(rest)
        kv = first + rest
    if st.get("dept_field"):
        kv.insert(1, (lab("department"), dept if lang != "bilingual" else f"{p['dept'][0]} / {p['dept'][1]}"))
    blocks.append(("h", head("id")) if st.get("id_heading", True) else ("lines", [""]))
    blocks.append(("kv", kv, st["kv_layout"]))

    t_short = title.split(",")[0]
    obj = p["area"][3] if lang == "fr" else p["area"][2]
    unit = p["unit_fr"] if lang == "fr" else p["unit_en"]
    # ---- general accountability
    ga_tpl = (T.GA_FR if lang == "fr" else T.GA_EN)[st["ga_i"] % 3]
    ga = ga_tpl.format(t=t_short, obj=obj, d=p["dept"][3] if lang == "fr" else p["dept"][2], u=unit)
    sections = []
    if st.get("csr"):
        sections.append([("h", T.CSR_FR if lang == "fr" else T.CSR_EN),
                         ("p", (T.CSR_TEXT_FR if lang == "fr" else T.CSR_TEXT_EN).format(obj=obj))])
    else:
        sec = [("h", head("ga")), ("p", ga)]
        if lang == "bilingual":
            sec.append(("p", T.GA_FR[st["ga_i"] % 3].format(t=p["title_fr"].split(",")[0], obj=p["area"][3],
                                                             d=p["dept"][3], u=p["unit_fr"])))
        sections.append(sec)
    # ---- organization structure + reports
    org = [("h", head("org"))]
    rep_lang = "fr" if lang == "fr" else "en"
    n_reports = len(p["reports"])
    if sup_mode == "sentence":
        truth["supervisor"]["position_number"] = None
        if lang == "fr":
            org.append(("p", f"Le ou la titulaire relève du {sup_title} ({fmt_class(p['sup_cls'], cstyle)}). "
                             f"Le poste compte {n_reports} subordonnés directs."))
        else:
            org.append(("p", f"The {title} reports to the {sup_title} ({fmt_class(p['sup_cls'], cstyle)}) and is one of "
                             f"{rng.randint(3, 7)} senior positions reporting to that position."))
    elif sup_mode == "reports_to":
        rt = "Relève de" if lang == "fr" else "Reports to"
        pn = "poste no" if lang == "fr" else "Position No."
        org.append(("lines", [f"{rt}: {sup_title} ({fmt_class(p['sup_cls'], cstyle)}), {pn} {p['sup_pos']}"]))
    else:
        if lang == "fr":
            org.append(("p", f"Le poste fait partie de l'équipe de gestion du secteur {p['branch_fr']}."))
        else:
            org.append(("p", f"The position is a member of the {p['branch_en']} management team."))
    rl = st["rep_layout"]
    no_cls = st.get("rep_no_cls", False)
    no_fte = st.get("rep_no_fte", False)
    for r in p["reports"]:
        truth["direct_reports"].append({"title": r["fr"] if rep_lang == "fr" else r["en"],
                                        "classification": None if no_cls else r["cls"],
                                        "fte": None if no_fte else r["fte"]})
    rep_title = (lambda r: r["fr"] if rep_lang == "fr" else r["en"])
    if rl.startswith("table"):
        hdr = ({"fr": ["Titre du poste", "Groupe et niveau", "ETP"],
                "en": ["Position Title", "Group/Level", "FTEs"],
                "bilingual": ["Title / Titre", "Group-Level / Groupe-niveau", "FTEs / ETP"]}[lang])
        cols = [0] + ([] if no_cls else [1]) + ([] if no_fte else [2])
        rows = [[rep_title(r), fmt_class(r["cls"], st["rep_cls_style"]), str(r["fte"])] for r in p["reports"]]
        org.append(("lines", [label(H, "reports", li) if lang != "bilingual" else head("reports")]))
        org.append(("table", [hdr[c] for c in cols], [[row[c] for c in cols] for row in rows], rl.split("-", 1)[1],
                    {"break_after": st.get("break_after"), "widths": [52, 16, 8]}))
    elif rl == "list":
        items = []
        for r in p["reports"]:
            c = fmt_class(r["cls"], st["rep_cls_style"])
            f = fmt_fte(r["fte"], fstyle, rep_lang)
            form = st["list_form"]
            if no_cls and no_fte:
                items.append(rep_title(r))
            elif no_cls:
                items.append(f"{rep_title(r)} ({f})")
            elif no_fte:
                items.append(f"{rep_title(r)} ({c})")
            elif form == 0:
                items.append(f"{rep_title(r)} ({c}, {f})")
            elif form == 1:
                items.append(f"{c} - {rep_title(r)} ({f})")
            else:
                items.append(f"{rep_title(r)} – {c} – {f}")
        org.append(("lines", [label(H, "reports", li) if lang != "bilingual" else head("reports")]))
        org.append(("list", items))
    else:  # prose
        parts = []
        for r in p["reports"]:
            c = fmt_class(r["cls"], st["rep_cls_style"])
            f = fmt_fte(r["fte"], fstyle, rep_lang)
            parts.append(f"the {rep_title(r)} ({c}, {f})" if rep_lang == "en" else f"le {rep_title(r)} ({c}, {f})")
        if rep_lang == "fr":
            org.append(("p", "Relèvent du titulaire : " + "; ".join(parts[:-1]) + "; et " + parts[-1] + "."))
        else:
            org.append(("p", "Reporting to the incumbent are " + "; ".join(parts[:-1]) + "; and " + parts[-1] + "."))
    # ---- dimensions
    dim = [("h", head("dim"))]
    dl = st["dim_layout"]
    sal_l = {"en": ["Salary", "Salaries", "Salary budget"], "fr": ["Salaires", "Budget salarial", "Salaires"]}
    om_l = {"en": ["O&M", "Operating and Maintenance", "O&M budget"], "fr": ["F et E", "Fonctionnement et entretien", "Budget de F et E"]}
    tot_l = {"en": ["Total", "Total budget", "Total"], "fr": ["Total", "Budget total", "Total"]}
    fte_l = {"en": ["FTEs", "Employees (FTEs)", "Full-time equivalents"], "fr": ["ETP", "Effectif (ETP)", "Équivalents temps plein"]}
    dlang = "fr" if lang == "fr" else "en"

    def dl_lab(d, k):
        if lang == "bilingual":
            return f"{d['en'][li % 3]} / {d['fr'][li % 3]}"
        return d[dlang][li % 3]
    no_total = st.get("no_total")
    if no_total:
        truth["total"] = None
    if st.get("no_amounts"):
        truth["salary"] = truth["o_and_m"] = truth["total"] = None
        dim.append(("lines", [f"{dl_lab(fte_l, 0)}: {p['fte']}"]))
    elif dl.startswith("years"):
        cur = fy(p["eff"])
        ystyle = st["year_style"]
        mode = st["years_mode"]
        if mode == "past":
            years = [cur - 2, cur - 1, cur]
            cur_word = {"en": " (current)", "fr": " (en cours)", "bilingual": " (current / en cours)"}[lang]
            yh = [fy_label(y, ystyle) + (cur_word if y == cur else "") for y in years]
            ci = 2
        else:
            years = [cur - 1, cur, cur + 1]
            if lang == "fr":
                words = ["Réel", "Exercice en cours", "Prévu"]
            elif lang == "bilingual":
                words = ["Actual / Réel", "Current / Courant", "Planned / Prévu"]
            else:
                words = ["Actual", "Current Year", "Planned"]
            yh = [f"{fy_label(y, ystyle)} {w}" for y, w in zip(years, words)]
            ci = 1
        thousands = st.get("thousands")
        vals = {}
        for k, base in (("fte", p["fte"]), ("sal", p["salary"]), ("om", p["om"])):
            seq = []
            for j in range(3):
                if j == ci:
                    seq.append(base)
                else:
                    f = 1 + rng.choice([-0.09, -0.06, -0.04, 0.03, 0.05, 0.08]) * (j - ci)
                    seq.append(int(round(base * f)) if k == "fte" else int(round(base * f, -3)))
            vals[k] = seq
        vals["tot"] = [a + b for a, b in zip(vals["sal"], vals["om"])]
        fmt = (lambda v: fmt_thousands(v, dlang)) if thousands else (lambda v: fmt_amount(v, astyle, dlang, nb))
        rows = [[dl_lab(fte_l, 0)] + [str(v) for v in vals["fte"]],
                [dl_lab(sal_l, 0)] + [fmt(v) for v in vals["sal"]],
                [dl_lab(om_l, 0)] + [fmt(v) for v in vals["om"]]]
        if not no_total:
            rows.append([dl_lab(tot_l, 0)] + [fmt(v) for v in vals["tot"]])
        corner = ""
        if thousands:
            corner = {"en": "($000)", "fr": "(en milliers de dollars)", "bilingual": "($000 / k$)"}[lang]
        dim.append(("table", [corner] + yh, rows, dl.split("-", 1)[1], {"widths": [30, 22, 22, 26]}))
        also["fte"] = p["fte"]
    else:
        fte_w = fmt_fte(p["fte"], fstyle, dlang) if dl == "lines" else str(p["fte"])
        lines = [f"{dl_lab(fte_l, 0)}: {p['fte']}" if dl != "prose" else None,
                 f"{dl_lab(sal_l, 0)}: {fmt_amount(p['salary'], astyle, dlang, nb)}",
                 f"{dl_lab(om_l, 0)}: {fmt_amount(p['om'], astyle, dlang, nb)}"]
        if not no_total:
            lines.append(f"{dl_lab(tot_l, 0)}: {fmt_amount(p['salary'] + p['om'], astyle, dlang, nb)}")
        if dl == "prose":
            if dlang == "fr":
                s = (f"La {unit} compte {fte_w} ETP et dispose d'un budget salarial de "
                     f"{fmt_amount(p['salary'], astyle, 'fr', nb)} et d'un budget de fonctionnement et d'entretien de "
                     f"{fmt_amount(p['om'], astyle, 'fr', nb)}")
                s += "." if no_total else f", soit un total de {fmt_amount(p['salary'] + p['om'], astyle, 'fr', nb)}."
            else:
                s = (f"The {unit} has {fmt_fte(p['fte'], fstyle, 'en')}, a salary budget of "
                     f"{fmt_amount(p['salary'], astyle, 'en')} and an O&M budget of {fmt_amount(p['om'], astyle, 'en')}")
                s += "." if no_total else f", for a total of {fmt_amount(p['salary'] + p['om'], astyle, 'en')}."
            dim.append(("p", s))
        else:
            dim.append(("lines", [x for x in lines if x]))
    if p["program_budget"]:
        pb = fmt_amount(p["program_budget"], astyle if astyle != "K" else "M", dlang, nb)
        dim.append(("lines", [("Budget des programmes (S et C)" if dlang == "fr" else "Program budget (Gs&Cs)") + f": {pb}"]))
    # ---- nature and scope
    ns_pool = T.NS_FR if lang == "fr" else T.NS_EN
    ns = [("h", head("ns"))] + [("p", ns_pool[(st["ga_i"] + k) % len(ns_pool)].format(u=unit)) for k in range(2)]
    if lang == "bilingual":
        ns.append(("p", T.NS_FR[st["ga_i"] % len(T.NS_FR)].format(u=p["unit_fr"])))
    # ---- specific accountabilities
    sa_pool = T.SA_FR if lang == "fr" else T.SA_EN
    k0 = st["ga_i"]
    sa_items = [sa_pool[(k0 + k) % len(sa_pool)].format(obj=obj) for k in range(6)]
    sa = [("h", head("sa")), ("list", [f"{k + 1}. {s}" for k, s in enumerate(sa_items)])]
    # ---- certification / signatures
    cert = [("h", head("cert")), ("p", T.CERT_FR if lang == "fr" else T.CERT_EN)]
    sig = []
    if p["incumbent"] and not st.get("incumbent_in_header"):
        sig.append(f"{'Titulaire' if lang == 'fr' else 'Incumbent'}: {p['incumbent']}    Date: {fmt_date(p['eff'], 'iso', 'en')}")
        people.append(p["incumbent"])
    sig.append(f"{'Superviseur' if lang == 'fr' else 'Supervisor'}: {p['signer']}, {sup_title}")
    people.append(p["signer"])
    if p["approver"]:
        sig.append(f"{'Approuvé par' if lang == 'fr' else 'Approved by'}: {p['approver']}")
        people.append(p["approver"])
    cert.append(("sig", sig))
    order = st["order"]
    body = {"ga": sections[0], "org": org, "dim": dim, "ns": ns, "sa": sa}
    if order == 0:
        seq = ["ga", "org", "dim", "ns", "sa"]
    elif order == 1:
        seq = ["ga", "ns", "org", "dim", "sa"]
    else:
        seq = ["ga", "dim", "org", "sa", "ns"]
    for s in seq:
        blocks += body[s]
    blocks += cert
    if lang == "fr":
        blocks = [tuple(fix_fr(x) if isinstance(x, str) else x for x in b) if b[0] in ("h", "p") else
                  (b[0], [fix_fr(x) for x in b[1]]) if b[0] in ("list", "lines") else b for b in blocks]
    return blocks, truth, also, people


def fix_fr(s):
    for a, b in ((" de les ", " des "), (" à les ", " aux "), (" à le ", " au "), (" de le ", " du "),
                 ("relève du Directrice", "relève de la Directrice"), ("relève du Sous", "relève du sous")):
        s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- text renderers

def wrap(text, width):
    return textwrap.wrap(text, width) or [""]


def kv_lines(kv, layout, rng):
    out = []
    if layout == "inline":
        return [f"{k}: {v}" for k, v in kv]
    if layout == "dots":
        return [f"{k} {'.' * max(3, 40 - len(k))} {v}" for k, v in kv]
    if layout == "tabs":
        return [f"{k}\t{v}" for k, v in kv]
    if layout == "spaces":
        for k, v in kv:
            kl, vl = wrap(k, 26), wrap(v, 40)
            for j in range(max(len(kl), len(vl))):
                a = kl[j] if j < len(kl) else ""
                b = vl[j] if j < len(vl) else ""
                out.append((f"{a:<30}{b}").rstrip() if a else (" " * 30 + b).rstrip())
        return out
    if layout == "cells":
        for k, v in kv:
            out += [k, v]
        return out
    if layout == "above":
        for n, (k, v) in enumerate(kv, 1):
            out += [f"{n}. {k}", v, ""]
        return out[:-1]
    if layout == "colorder":
        return [k for k, _ in kv] + [v for _, v in kv]
    if layout == "pairs":
        w = max(44, max(len(k) for k, _ in kv) + 4, max(len(v) for _, v in kv) + 4)
        for j in range(0, len(kv), 2):
            pair = kv[j:j + 2]
            out.append("".join(f"{k:<{w}}" for k, _ in pair).rstrip())
            out.append("".join(f"{v:<{w}}" for _, v in pair).rstrip())
        return out
    raise ValueError(layout)


def table_chunks(header, rows, layout, widths):
    """(header lines, [row lines]) for a table of a PDF's text layer."""
    if layout == "spaces":
        w = widths[:len(header)]
        if len(header) > len(widths):
            w = widths + [widths[-1]] * (len(header) - len(widths))

        def line(cells):
            wrapped = [wrap(c, wi - 2) for c, wi in zip(cells, w)]
            lines = []
            for j in range(max(len(x) for x in wrapped)):
                lines.append("".join(f"{(x[j] if j < len(x) else ''):<{wi}}" for x, wi in zip(wrapped, w)).rstrip())
            return lines
        return line(header), [line(r) for r in rows]
    if layout == "cells":
        return list(header), [list(r) for r in rows]
    if layout == "colorder":
        cols = [[header[c]] + [r[c] for r in rows] for c in range(len(header))]
        return [x for col in cols for x in col], []
    raise ValueError(layout)


def to_flow(blocks, width, rng, markdown=False):
    """Flow items for the paginator: ("lines", [..]) or ("row", lines, header_lines, break_before)."""
    items = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            items.append(("lines", ["", b[1]]))
        elif kind == "p":
            items.append(("lines", wrap(b[1], width)))
        elif kind == "lines":
            items.append(("lines", list(b[1])))
        elif kind == "sig":
            items.append(("lines", [""] + [x for s in b[1] for x in (s, "")]))
        elif kind == "list":
            for it in b[1]:
                ws = wrap(it, width - 4)
                items.append(("lines", [("• " if not it[:2].rstrip(".").isdigit() else "") + ws[0]] + ["  " + x for x in ws[1:]]))
        elif kind == "kv":
            items.append(("lines", kv_lines(b[1], b[2], rng)))
        elif kind == "table":
            header, rows, layout, opts = b[1], b[2], b[3], b[4]
            hl, rl = table_chunks(header, rows, layout, opts.get("widths", [40, 20, 20, 20]))
            if not rl:
                items.append(("lines", hl))
                continue
            items.append(("lines", hl))
            ba = opts.get("break_after")
            for j, r in enumerate(rl):
                items.append(("row", r, hl, ba is not None and j == ba))
    return items


def paginate(items, cap, head_fn, foot_fn):
    pages, cur = [], []

    def flush():
        pages.append(cur[:])
        cur.clear()
    for it in items:
        if it[0] == "lines":
            for ln in it[1]:
                if len(cur) >= cap:
                    flush()
                if ln == "" and not cur:
                    continue
                cur.append(ln)
        else:
            _, lines, hl, brk = it
            if brk or len(cur) + len(lines) > cap:
                flush()
                cur.extend(hl)
            cur.extend(lines)
    if cur:
        flush()
    n = len(pages)
    return ["\n".join(head_fn(i + 1, n) + pg + foot_fn(i + 1, n)) for i, pg in enumerate(pages)]


def render_pdf(blocks, st, p, rng):
    items = to_flow(blocks, 96, rng)
    dept = p["dept"][1] if st["lang"] == "fr" else p["dept"][0]
    hf = st["hf"]
    title = p["title_fr"] if st["lang"] == "fr" else p["title_en"]

    def head(i, n):
        if hf == 0:
            return [f"{dept}", ""] if i > 1 else []
        if hf == 1:
            return ["PROTECTED A / PROTÉGÉ A (when completed / une fois rempli)", ""]
        if hf == 2:
            return [f"{title} - {p['provisional'] or p['pos']}", ""] if i > 1 else []
        return ["Form EX-WD-2 (rev. 2017)" if st["lang"] != "fr" else "Formulaire EX-DT-2 (rév. 2017)", ""]

    def foot(i, n):
        if hf == 0:
            return ["", f"Page {i} of {n}" if st["lang"] != "fr" else f"Page {i} de {n}"]
        if hf == 1:
            return ["", f"{i}/{n}"]
        if hf == 2:
            return ["", f"Printed {st['printed']}", f"- {i} -"]
        return ["", f"{dept}", f"{i}"]
    pages = paginate(items, st["cap"], head, foot)
    return pdf_bytes(pages)


def render_text(blocks, st, rng):
    items = to_flow(blocks, 90, rng)
    out = []
    for it in items:
        if it[0] == "lines":
            out += it[1]
        else:
            out += it[1]
    return "\n".join(out).strip() + "\n"


def render_md(blocks, st):
    out = []
    for b in blocks:
        if b[0] == "h":
            out += ["", ("# " if not out else "## ") + b[1].strip(), ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "lines":
            out += [f"{x}  " for x in b[1]] + [""]
        elif b[0] == "sig":
            out += [f"{x}  " for x in b[1]] + [""]
        elif b[0] == "list":
            out += [("* " if not x[:2].rstrip(".").isdigit() else "") + x for x in b[1]] + [""]
        elif b[0] == "kv":
            out += [f"*   **{k}:** {v}" for k, v in b[1]] + [""]
        elif b[0] == "table":
            h, rows = b[1], b[2]
            h = [c if c else " " for c in h]
            out += ["| " + " | ".join(h) + " |", "|" + "---|" * len(h)]
            out += ["| " + " | ".join(r) + " |" for r in rows] + [""]
    return "\n".join(out).strip() + "\n"


def render_docx(blocks, st):
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    cp = d.core_properties
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.author = cp.last_modified_by = "HR"
    cp.title = ""
    cp.revision = 1
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=1 if b[1].isupper() else 2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] in ("lines", "sig"):
            for x in b[1]:
                if x:
                    d.add_paragraph(x)
        elif b[0] == "list":
            for x in b[1]:
                d.add_paragraph(x, style="List Number" if x[:2].rstrip(".").isdigit() else "List Bullet")
        elif b[0] == "kv":
            kv = b[1]
            if st.get("docx_kv4"):
                t = d.add_table(rows=(len(kv) + 1) // 2, cols=4)
                t.style = "Table Grid"
                for j, (k, v) in enumerate(kv):
                    row = t.rows[j // 2]
                    row.cells[(j % 2) * 2].text = k
                    row.cells[(j % 2) * 2 + 1].text = v
            else:
                t = d.add_table(rows=len(kv), cols=2)
                t.style = "Table Grid"
                for j, (k, v) in enumerate(kv):
                    t.rows[j].cells[0].text = k
                    t.rows[j].cells[1].text = v
        elif b[0] == "table":
            h, rows = b[1], b[2]
            t = d.add_table(rows=len(rows) + 1, cols=len(h))
            t.style = "Table Grid"
            for c, x in enumerate(h):
                t.rows[0].cells[c].text = x
            for j, r in enumerate(rows):
                for c, x in enumerate(r):
                    t.rows[j + 1].cells[c].text = x
    if st.get("footer"):
        d.sections[0].footer.paragraphs[0].text = st["footer"]
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- plan

# (kind, lang, file name or None) for the 45 work descriptions; layouts are chosen below by index
PLAN = [
    ("pdf", "en"), ("pdf", "en"), ("pdf", "fr"), ("pdf", "en"), ("pdf", "bilingual"), ("pdf", "en"),
    ("pdf", "en"), ("pdf", "fr"), ("pdf", "en"), ("pdf", "en"), ("pdf", "en"), ("pdf", "bilingual"),
    ("pdf", "en"), ("pdf", "fr"), ("pdf", "en"), ("pdf", "en"), ("pdf", "en"), ("pdf", "en"),
    ("pdf", "fr"), ("pdf", "en"), ("pdf", "bilingual"), ("pdf", "en"), ("pdf", "en"), ("pdf", "en"),
    ("pdf", "en"), ("pdf", "en"),
    ("docx", "en"), ("docx", "en"), ("docx", "fr"), ("docx", "en"), ("docx", "bilingual"), ("docx", "en"),
    ("docx", "fr"), ("docx", "bilingual"),
    ("text", "en"), ("text", "en"), ("text", "fr"), ("text-cp1252", "en"), ("text-cp1252", "fr"),
    ("markdown", "en"), ("markdown", "en"),
    # versions: 42 is 41 (a Word draft) printed to PDF and signed; 44 is the 2023 revision of 43 (French PDFs)
    ("docx", "en"), ("pdf", "en"), ("pdf", "fr"), ("pdf", "fr"),
]

KV_PDF = ["spaces", "cells", "above", "pairs", "colorder", "spaces", "above", "cells", "dots", "inline", "pairs", "above"]
REP_PDF = ["table-spaces", "table-cells", "table-spaces", "list", "table-colorder", "table-cells", "prose",
           "table-spaces", "table-cells", "list"]
DIM_PDF = ["years-spaces", "years-cells", "lines", "years-spaces", "years-colorder", "prose", "years-spaces",
           "years-cells", "lines", "years-spaces"]


def file_name(p, kind, lang, i, rng):
    t = p["title_fr"] if lang == "fr" else p["title_en"]
    ext = {"pdf": "pdf", "docx": "docx", "text": "txt", "text-cp1252": "txt", "markdown": "md"}[kind]
    short = t.replace("Director General", "DG").replace("Executive Director", "ED")
    if lang == "fr":
        forms = [f"{t}.{ext}", f"DT {short} - signée.{ext}", f"{p['pos']} {t} FINAL.{ext}", f"{t} - version finale.{ext}",
                 f"{t} (1).{ext}", f"{p['cls']} {t} - copie.{ext}", f"{t} {p['eff'].year}.{ext}"]
    else:
        forms = [f"{t}.{ext}", f"{t} - {p['cls']}.{ext}", f"{p['pos']} {t} FINAL.{ext}", f"{t} (1).{ext}",
                 f"WD - {short} - {p['cls']}.{ext}", f"{t} - signed.{ext}", f"{t} {p['eff'].year}.{ext}",
                 f"{p['cls']} {short} (2).{ext}", f"{t}_FINAL_{p['eff'].year}.{ext}", f"{short} - approved.{ext}",
                 f"Work Description - {t}.{ext}", f"{t} - updated {p['eff'].year}.{ext}"]
    name = forms[(i * 5 + 3) % len(forms)]
    return name.replace("/", "-")


def main():
    rng = random.Random(SEED)
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    used_names, used_numbers, names, used_areas = set(), set(), set(), set()
    records = []
    positions, positions_st = [], []
    for i, (kind, lang) in enumerate(PLAN):
        if i == 42:
            p = dict(positions[41])
        elif i == 44:
            p = dict(positions[43])
            p["reports"] = [dict(r) for r in p["reports"]]
            p["reports"][0]["fte"] += 3
            p["fte"] += 3
            p["salary"] += 250000
            p["om"] += 40000
            p["eff"] = dt.date(2023, 3, 15)
            p["incumbent"] = None
            p["signer"] = person(rng, used_names)
        else:
            level = [1, 1, 1, 2, 1, 3, 1, 2, 3][i % 9]
            p = make_position(rng, i, level, lang, used_names, used_numbers, used_areas)
            if i == 43:
                p["eff"] = dt.date(2019, 6, 3)
            if i in (9, 30):
                p["provisional"] = ["NEW", "TBD"][i % 2]
        positions.append(p)
        st = {
            "lang": lang, "label_set": rng.randrange(12), "cls_style": rng.choice(["dash", "dash", "space", "short", "paren", "nodash"]),
            "rep_cls_style": rng.choice(["dash", "dash", "dash", "space"]),
            "date_style": rng.choice(["long", "iso", "dmy", "ord", "abbr", "slash", "caps"] if lang != "fr" else ["long", "le", "iso", "dots", "slash"]),
            "amt_style": rng.choice(["plain", "M", "K", "million", "cents"] if lang != "fr" else ["plain", "M", "million", "cents"]),
            "fte_style": rng.choice(["ftes", "fte", "staff", "emp", "fteq"] if lang != "fr" else ["etp", "effectif", "employes"]),
            "sup_mode": rng.choice(["fields", "fields", "fields", "sentence", "reports_to"]),
            "ga_i": rng.randrange(12), "order": rng.randrange(3), "list_form": rng.randrange(3),
            "year_style": rng.choice(["short", "long", "slash"]), "years_mode": rng.choice(["past", "past", "around"]),
            "hf": rng.randrange(4), "cap": rng.choice([46, 52, 58, 64]),
            "printed": (p["eff"] + dt.timedelta(days=rng.randint(2, 60))).isoformat(),
            "no_date": rng.random() < 0.08, "no_location": rng.random() < 0.15, "no_sup_pos": rng.random() < 0.15,
            "no_total": rng.random() < 0.12, "csr": rng.random() < 0.12, "kv_order_shuffle": rng.random() < 0.3,
            "dept_field": rng.random() < 0.35, "incumbent_in_header": rng.random() < 0.3, "nbsp": rng.random() < 0.5,
            "loc_paren": rng.random() < 0.3, "thousands": rng.random() < 0.3,
        }
        if kind == "pdf":
            st["kv_layout"] = KV_PDF[i % len(KV_PDF)]
            st["rep_layout"] = REP_PDF[i % len(REP_PDF)]
            st["dim_layout"] = DIM_PDF[(i + 3) % len(DIM_PDF)]
        elif kind == "docx":
            st["kv_layout"] = "inline"
            st["rep_layout"] = ["table-spaces", "list", "table-spaces", "prose"][i % 4]
            st["dim_layout"] = ["years-spaces", "lines", "years-spaces"][i % 3]
            st["docx_kv4"] = i % 3 == 1
            st["footer"] = f"{p['dept'][0]} - EX work description - {p['eff'].year}"
        elif kind in ("text", "text-cp1252"):
            st["kv_layout"] = ["spaces", "tabs", "cells", "dots", "above"][i % 5]
            st["rep_layout"] = ["table-spaces", "table-cells", "list", "table-spaces", "prose"][i % 5]
            st["dim_layout"] = ["years-spaces", "lines", "years-cells", "years-spaces", "lines"][i % 5]
            st["hf"] = i % 4
        else:
            st["kv_layout"] = "inline"
            st["rep_layout"] = "table-spaces"
            st["dim_layout"] = ["years-spaces", "lines"][i % 2]
        if st["rep_layout"] == "table-colorder" and len(p["reports"]) > 6:
            st["rep_layout"] = "table-spaces"
        if st["dim_layout"] == "years-colorder" and st["rep_layout"] == "table-colorder":
            st["dim_layout"] = "years-cells"
        # multi-page tables of direct reports: force a page break inside the table in most PDFs
        if kind == "pdf" and st["rep_layout"] in ("table-spaces", "table-cells") and len(p["reports"]) >= 3:
            st["break_after"] = rng.randint(1, len(p["reports"]) - 2) if len(p["reports"]) > 3 else 1
        if i % 11 == 5:
            st["rep_no_cls"] = True
        if i % 13 == 7:
            st["rep_no_fte"] = True
        if i == 42:
            st = dict(positions_st[41], kv_layout="spaces", rep_layout="table-spaces", dim_layout="years-spaces")
            st["break_after"] = 2
            st["hf"] = 2
        if i == 44:
            st = dict(positions_st[43])
            st["amt_style"] = "M"
        if i == 41:
            st.update(kv_layout="inline", rep_layout="table-spaces", dim_layout="years-spaces")
        if i == 43:
            st.update(kv_layout="above", rep_layout="table-cells", dim_layout="years-cells", no_date=False)
        positions_st.append(st)
        blocks, truth, also, people = build(p, st, random.Random(SEED * 1000 + (41 if i == 42 else 43 if i == 44 else i)))
        if kind == "pdf":
            data = render_pdf(blocks, st, p, rng)
        elif kind == "docx":
            data = render_docx(blocks, st)
        elif kind == "markdown":
            data = ("--- Structured Job Description ---\n\n" if i % 2 else "") + render_md(blocks, st)
            data = data.encode("utf-8")
        else:
            txt = render_text(blocks, st, rng)
            if kind == "text-cp1252":
                txt = txt.replace("'", "’").replace("\u00a0", " ")
                data = txt.replace("\n", "\r\n").encode("cp1252")
            else:
                data = txt.encode("utf-8")
        if i == 41:
            name = f"{p['title_en']} - DRAFT v2.docx"
        elif i == 42:
            name = f"{p['title_en']} - signed.pdf"
        elif i == 43:
            name = f"{p['title_fr']} 2019.pdf"
        elif i == 44:
            name = f"{p['title_fr']} - révisée 2023.pdf"
        else:
            name = file_name(p, kind, lang, i, rng)
        while name in names:
            name = name.rsplit(".", 1)[0] + " (2)." + name.rsplit(".", 1)[1]
        names.add(name)
        (corpus / name).write_bytes(data)
        not_stated = [k for k in ("title", "classification", "job_code", "position_number", "effective_date",
                                  "salary", "o_and_m", "total", "location") if truth[k] is None]
        not_stated += [f"supervisor.{k}" for k in ("position_number", "title", "classification")
                       if truth["supervisor"][k] is None]
        if any(r["classification"] is None for r in truth["direct_reports"]):
            not_stated.append("direct_reports.classification")
        if any(r["fte"] is None for r in truth["direct_reports"]):
            not_stated.append("direct_reports.fte")
        records.append({"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": truth,
                        "not_stated": not_stated, "also": also, "people": people, "versions": None})
    # versions
    for a, b, same in ((41, 42, True), (43, 44, False)):
        v = {"documents": [records[a]["document"], records[b]["document"]], "newest": records[b]["document"],
             "same_text": same}
        records[a]["versions"] = records[b]["versions"] = v
    records += refusals(rng, corpus, used_names)
    for r in records:
        with open(expected / f"{r['document']}.expected.yaml", "w", encoding="utf-8") as f:
            yaml.safe_dump(r, f, sort_keys=False, allow_unicode=True, width=110)


# ---------------------------------------------------------------- documents to refuse

def refusals(rng, corpus, used):
    out = []

    def rec(name, kind, lang, people):
        return {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                "not_stated": [], "also": None, "people": people, "versions": None}
    # 1. bilingual organization chart, PDF printed from PowerPoint/Visio: boxes side by side
    a, b, c, d = (person(rng, used) for _ in range(4))
    page = "\n".join([
        "Indigenous Services Canada / Services aux Autochtones Canada",
        "Regional Operations Directorate / Direction des opérations régionales",
        "ORGANIZATION CHART / ORGANIGRAMME                                   As of / En date du : 2024-09-01",
        "",
        "                         Director General, Regional Operations",
        "                         Directeur général, Opérations régionales",
        "                                      EX-03  (pos. 48213)",
        f"                                      {a}",
        "",
        "Director, Community Infrastructure       Director, Education Programs          Director, Health Services",
        "Directeur, Infrastructures               Directrice, Programmes d'éducation     Directeur, Services de santé",
        "communautaires",
        "EX-01  (51877)                           EX-01  (51902)                         EX-01  (VACANT / VACANT)",
        f"{b:<41}{c:<39}Acting / Intérimaire : {d}",
        "",
        "Executive Assistant / Adjointe exécutive   AS-02   |   Senior Advisor / Conseiller principal   EC-07",
        "",
        "Total FTEs / ETP total : 214",
    ])
    name = "Organigramme DGOR - Org chart Sept 2024.pdf"
    (corpus / name).write_bytes(pdf_bytes([page]))
    out.append(rec(name, "pdf", "bilingual", [a, b, c, d]))
    # 2. executive performance agreement, English PDF from a fillable form
    e, f = person(rng, used), person(rng, used)
    pages = ["\n".join([
        "Executive Performance Agreement", "Fiscal Year 2024-25", "",
        "Executive's name", e, "", "Position title", "Director, Marine Conservation Targets", "",
        "Position number", "38710", "", "Group and level", "EX-01", "",
        "Department", "Fisheries and Oceans Canada", "", "Supervisor's name", f, "",
        "PART 1 - COMMITMENTS", "",
        "Commitment                                   Performance measure                       Weight",
        "1. Advance marine protected area targets     Two new sites designated by March 31      30%",
        "2. Modernize the conservation program        Program renewal approved by TB            25%",
        "3. People management                         Engagement results above the PS average   25%",
        "4. Leadership competencies                   Feedback from the 360 exercise            20%",
        "", "Page 1 of 2"]),
        "\n".join(["Executive Performance Agreement - 2024-25", "",
                   "PART 2 - MID-YEAR REVIEW", "Discussion held on 2024-10-21. On track for all commitments.", "",
                   "PART 3 - YEAR-END ASSESSMENT", "Rating: Succeeded", "",
                   "Executive's signature                     Date", f"{e}                              2025-04-30", "",
                   "Supervisor's signature                    Date", f"{f}                              2025-05-02",
                   "", "Page 2 of 2"])]
    name = "PMA 2024-25 - Director Marine Conservation - signed.pdf"
    (corpus / name).write_bytes(pdf_bytes(pages))
    out.append(rec(name, "pdf", "en", [e, f]))
    # 3. PDF without a text layer (a scanned work description: grey boxes only)
    stream = b"q 0.85 g 40 700 515 90 re f Q q 0.2 g 60 640 300 8 re f 60 620 420 8 re f 60 600 380 8 re f Q"
    name = "Scan_EX-02_work description_20240117.pdf"
    (corpus / name).write_bytes(pdf_bytes([stream, stream.replace(b"640", b"660"), ""]))
    out.append(rec(name, "pdf", "en", []))
    # 4. minutes of a talent management committee, Word
    g, h, k = (person(rng, used) for _ in range(3))
    dd = Document()
    cp = dd.core_properties
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.author = cp.last_modified_by = "HR"
    cp.revision = 1
    dd.add_heading("Executive Talent Management Committee - Minutes", 1)
    dd.add_paragraph("Date: November 14, 2024, 13:30-15:00, Room 8C-210 and MS Teams")
    dd.add_paragraph(f"Chair: {g}, Assistant Deputy Minister, Corporate Services")
    dd.add_paragraph(f"Present: {h} (Director General, Human Resources); {k} (Director, Executive Services)")
    dd.add_heading("1. Talent map placements of EX-01 to EX-03", 2)
    dd.add_paragraph("The committee reviewed 42 questionnaires submitted in the ETMS. EX-03 questionnaires are "
                     "mandatory; EX-01 and EX-02 questionnaires were collected on a voluntary basis.")
    t = dd.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for j, row in enumerate([["Position", "Level", "Placement"], ["Director, Real Property Services (61204)", "EX-01", "Ready for advancement"],
                             ["Executive Director, Network Operations (77312)", "EX-02", "Well placed"],
                             ["Director General, Service Delivery (70021)", "EX-03", "Ready for lateral move"]]):
        for c, x in enumerate(row):
            t.rows[j].cells[c].text = x
    dd.add_heading("2. Succession planning", 2)
    dd.add_paragraph("Work descriptions of three EX-01 positions will be updated before the classification "
                     "review in February. Action: Executive Services.")
    dd.add_paragraph("Next meeting: January 23, 2025.")
    buf = io.BytesIO()
    dd.save(buf)
    name = "Minutes ETM committee 2024-11-14 FINAL.docx"
    (corpus / name).write_bytes(fixed_zip(buf.getvalue()))
    out.append(rec(name, "docx", "en", [g, h, k]))
    # 5. French letter of offer, cp1252 text
    m, n = person(rng, used), person(rng, used)
    letter = "\r\n".join([
        "Agence du revenu du Canada", "Direction générale des ressources humaines", "", "Le 9 août 2024", "",
        f"Madame {m}", "Ottawa (Ontario)", "",
        "Objet : Offre de nomination intérimaire – Directrice, Observation en matière de recouvrements (EX-01)", "",
        f"Madame {m.split()[-1]},", "",
        "J’ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Observation en matière "
        "de recouvrements, classifié EX-01, poste no 40417, à compter du 3 septembre 2024 jusqu’au 28 février 2025.",
        "", "Votre rémunération sera établie dans l’échelle salariale du niveau EX-01, soit de 135 800 $ à 159 700 $.",
        "", "Veuillez signer et retourner une copie de la présente lettre d’ici le 16 août 2024.", "",
        "Je vous prie d’agréer, Madame, l’expression de mes sentiments distingués.", "",
        n, "Directeur général, Recouvrements", "", "J’accepte l’offre ci-dessus : ______________________  Date : ________", ""])
    name = "Lettre d'offre - intérim EX-01 - Recouvrements.txt"
    (corpus / name).write_bytes(letter.encode("cp1252"))
    out.append(rec(name, "text-cp1252", "fr", [m, n]))
    return out


if __name__ == "__main__":
    main()
