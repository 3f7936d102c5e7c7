"""Write the blind68 corpus (bench/import/blind68/corpus/) and its ground truth (expected/).

Regional operations of large operational departments: CBSA ports of entry, CSC institutions,
Parks Canada field units, DFO areas and regions, Service Canada processing centres and RCMP
civilian corporate management. Deterministic: every random choice comes from a Random seeded by
the document's key, and the .docx archives are written with fixed dates.

    /work/main/.venv/bin/python bench/import/blind68/make_blind.py
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

from positions import P, VERSIONS  # noqa: E402
from texts import (CSR_EN, CSR_FR, FIRST_EN, FIRST_FR, HEAD_EN, HEAD_FR, LABELS_EN, LABELS_FR,  # noqa: E402
                   LAST_EN, LAST_FR, PROV, THEMES)
from tests.import_files import pdf_bytes  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
YEARS = {"drumheller": 2016, "drumheller2": 2021, "grandecache": 2012, "swnb": 2013, "niagara": 2014,
         "portcartier": 2015, "banff": 2022, "emerson": 2019, "cdiv": 2018, "lansdowne": 2017}
NO_DATE = {"nunavut", "jdiv", "gwaii"}
PROVISIONAL = {"coastalbc": "NEW", "sydney": "TBD"}
USED_NAMES: list[str] = []


# ---------------------------------------------------------------- notations

def person(r: random.Random, fr: bool) -> str:
    while True:
        first = r.choice(FIRST_FR if fr else FIRST_EN)
        last = r.choice(LAST_FR if (fr or r.random() < 0.25) else LAST_EN)
        name = f"{first} {last}"
        if name not in USED_NAMES:
            USED_NAMES.append(name)
            return name


def fmt_date(d: dt.date, r: random.Random, fr: bool) -> str:
    if fr:
        forms = [f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(),
                 f"le {'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"]
        if d.day > 12:
            forms.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
    else:
        forms = [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", d.isoformat(),
                 f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}", f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3].upper()}-{d.year}",
                 f"{d.year}/{d.month:02d}/{d.day:02d}"]
        if d.day in (1, 2, 3, 21, 22, 23, 31):
            forms.append(f"{MONTHS_EN[d.month - 1]} {d.day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10 if d.day not in (11, 12, 13) else 0, 'th')}, {d.year}")
    return r.choice(forms)


def _dec(x: float) -> str:
    return f"{x:.3f}".rstrip("0").rstrip(".")


def fmt_amount(v: int, r: random.Random, fr: bool) -> str:
    if fr:
        forms = [f"{v:,}".replace(",", " ") + " $", f"{v:,}".replace(",", " ") + ",00 $",
                 _dec(v / 1e6).replace(".", ",") + " M$", _dec(v / 1e6).replace(".", ",") + " millions $"]
    else:
        forms = [f"${v:,}", f"${_dec(v / 1e6)}M", f"${_dec(v / 1e6)} million", f"${v:,}.00"]
        if v % 1000 == 0 and v < 10_000_000:
            forms.append(f"${v // 1000:,}K")
    return r.choice(forms)


def fmt_cls(c: str, r: random.Random, weights=(6, 2, 2, 1)) -> str:
    g, n = c.rsplit("-", 1)
    return r.choices([c, f"{g} {n}", f"{g}-{int(n)}", f"{g}{n}"], weights=weights)[0]


def fmt_fte(n: int, r: random.Random, fr: bool) -> str:
    if fr:
        return r.choice([f"{n} ETP", f"effectif de {n}", f"{n} équivalents temps plein"])
    return r.choice([f"{n} FTEs", f"{n} FTE", f"staff of {n}", f"{n} FTE's"])


# ---------------------------------------------------------------- OCR damage

DIGIT_SUB = {"0": "O", "1": "I", "5": "S", "8": "B"}


def dmg_value(s: str, r: random.Random, p: float) -> str:
    if p <= 0:
        return s
    out = []
    for ch in s:
        if ch in DIGIT_SUB and r.random() < p:
            out.append("l" if ch == "1" and r.random() < 0.4 else DIGIT_SUB[ch])
        else:
            out.append(ch)
    return "".join(out)


def dmg_prose(s: str, r: random.Random, p: float) -> str:
    if p <= 0:
        return s
    words = s.split(" ")
    out = []
    for w in words:
        x = r.random()
        if x < p * 0.25 and "m" in w:
            w = w.replace("m", "rn", 1)
        elif x < p * 0.45 and "rn" in w:
            w = w.replace("rn", "m", 1)
        elif x < p * 0.6 and "e" in w[1:]:
            i = w.index("e", 1)
            w = w[:i] + "c" + w[i + 1:]
        elif x < p * 0.75 and "l" in w:
            w = w.replace("l", r.choice(["I", "1"]), 1)
        elif x < p * 0.85 and "i" in w:
            w = w.replace("i", r.choice(["l", "t"]), 1)
        out.append(w)
        if r.random() < p * 0.3 and out:
            out[-1] = out[-1] + "\x00"  # run into the next word
    return " ".join(out).replace("\x00 ", "")


# ---------------------------------------------------------------- a position

def build(spec) -> dict:
    (key, theme, lang, kind, level, title_en, title_fr, unit_en, unit_fr, city, prov, region_en,
     region_fr, sup, fname) = spec
    T = THEMES[theme]
    base = key.rstrip("2")
    rb, rd = random.Random(f"blind68-base-{base}"), random.Random(f"blind68-doc-{key}")
    fr = lang == "fr"
    pos = {"key": key, "theme": theme, "T": T, "lang": lang, "kind": kind, "file": fname, "fr": fr, "rd": rd,
           "title_en": title_en, "title_fr": title_fr, "unit_en": unit_en, "unit_fr": unit_fr or unit_en,
           "region_en": region_en, "region_fr": region_fr or region_en}
    pos["title"] = title_fr if fr else title_en
    pos["cls"] = f"EX-{level:02d}"
    pos["job_code"] = str(rb.randint(100000, 109999)) if rb.random() < 0.55 else None
    pn = str(rb.randint(10000, 999999))
    pos["provisional"] = PROVISIONAL.get(key)
    pos["pn"] = None if pos["provisional"] else pn
    if key in NO_DATE:
        pos["date"] = None
    else:
        year = YEARS.get(key, rd.randint(2013, 2024))
        pos["date"] = dt.date(year, rd.randint(1, 12), rd.choice([1, 1, rd.randint(2, 28)]))
    sup_title = (sup[1] or sup[0]) if fr else sup[0]
    pos["sup"] = {"pn": str(rb.randint(10000, 999999)), "title": sup_title, "cls": sup[2]}
    # direct reports
    pool = list(T["pool"])
    k = min(len(pool), rb.randint(6, 14))
    chosen = sorted(rb.sample(range(len(pool)), k))
    reports = []
    for i in chosen:
        t_en, t_fr, c, (lo, hi), extra = pool[i]
        fte = rb.randint(lo, hi)
        if key != base:  # the revised version: counts have moved
            fte = max(1, fte + rd.randint(-3, 4)) if hi > 1 else fte
        reports.append({"title": t_fr if fr else t_en, "cls": c, "fte": fte, "extra": extra,
                        "pn": str(rb.randint(10000, 999999))})
    pos["reports"] = reports
    pos["fte_total"] = sum(x["fte"] for x in reports) + rd.randint(1, 4)
    salary = round(pos["fte_total"] * rd.randint(76, 97) * 1000 / 5000) * 5000
    om = round(salary * rd.uniform(0.12, 0.45) / 5000) * 5000
    capital = round(rd.uniform(0.3, 6.5) * 1e6 / 10000) * 10000 if rd.random() < 0.5 else None
    revenue = None
    if T["revenue"] and rd.random() < 0.6:
        lo, hi = {"cbsa": (60, 900), "parks": (1, 32), "csc": (0.2, 3), "dfo": (0.5, 4), "rcmp": (60, 320)}[theme]
        revenue = round(rd.uniform(lo, hi) * 1e6 / 10000) * 10000
    mode = rd.choices(["so", "soc", None], weights=[6, 2 if capital else 0, 2])[0]
    total = {"so": salary + om, "soc": salary + om + (capital or 0), None: None}[mode]
    pos.update(salary=salary, om=om, capital=capital, revenue=revenue, total=total, total_mode=mode)
    pos["loc_city"], pos["prov"] = city, prov
    pos["location"] = f"{city}, {PROV[prov][1] if fr else PROV[prov][0]}"
    pos["people"] = []
    pos["incumbent"] = person(rd, fr) if rd.random() < 0.55 else None
    if pos["incumbent"]:
        pos["people"].append(pos["incumbent"])
    pos["signer"] = person(rd, fr or (lang == "bilingual" and rd.random() < 0.5)) if rd.random() < 0.8 else None
    if pos["signer"]:
        pos["people"].append(pos["signer"])
    pos["advisor"] = person(rd, fr) if rd.random() < 0.3 else None
    if pos["advisor"]:
        pos["people"].append(pos["advisor"])
    return pos


# ---------------------------------------------------------------- blocks (the document, kind-free)

def label(pos, i: int) -> str:
    if pos["lang"] == "bilingual":
        return f"{LABELS_EN[pos['lset']][i]} / {LABELS_FR[pos['lsetf']][i]}"
    return (LABELS_FR if pos["fr"] else LABELS_EN)[pos["lset"]][i]


def heading(pos, part: str) -> str:
    r = pos["rd"]
    if pos["lang"] == "bilingual":
        i = r.randrange(2)
        return f"{HEAD_EN[part][i]} / {HEAD_FR[part][i]}"
    return (HEAD_FR if pos["fr"] else HEAD_EN)[part][pos["hstyle"] % len(HEAD_EN[part])]


def fill(text: str, pos) -> str:
    r = random.Random(f"blind68-fill-{pos['key']}")
    fr = pos["fr"]
    title = pos["title"]
    if fr:
        title = pos["title"].split(",")[0].lower()
        if title.startswith("directrice"):
            text = text.replace("Le {title}", "La {title}")
    else:
        title = title.split(",")[0]
    return text.format(
        title=title, unit=pos["unit_fr"] if fr else pos["unit_en"],
        volume=f"{r.randint(2, 9)}.{r.randint(1, 9)} million" if not fr else f"{r.randint(2, 9)},{r.randint(1, 9)} millions de",
        trucks=f"{r.randint(120, 900)},000" if not fr else f"{r.randint(120, 900)} 000",
        security=r.choice(["medium-security", "maximum-security", "multi-level"]) if not fr else r.choice(["à sécurité moyenne", "à sécurité maximale", "à niveaux de sécurité multiples"]),
        capacity=r.randint(240, 720), visitors=f"{r.randint(80, 990)},000" if not fr else f"{r.randint(80, 990)} 000",
        landed=f"${r.randint(40, 600)} million" if not fr else f"{r.randint(40, 600)} millions de dollars",
        harvesters=f"{r.randint(1, 9)},{r.randint(100, 999)}" if not fr else f"{r.randint(1, 9)} {r.randint(100, 999)}",
        benefit=r.choice(["Employment Insurance", "Canada Pension Plan and Old Age Security"]) if not fr else r.choice(["prestations d'assurance-emploi", "pension du Régime de pensions du Canada et de Sécurité de la vieillesse"]),
        claims=f"{r.randint(200, 950)},000" if not fr else f"{r.randint(200, 950)} 000",
        payments=f"${r.randint(1, 9)}.{r.randint(1, 9)} billion" if not fr else f"{r.randint(1, 9)},{r.randint(1, 9)} milliards de dollars",
        municipalities=r.randint(30, 160), detachments=r.randint(40, 120))


def report_text(pos, dr, form: str, r) -> str:
    fr = pos["fr"]
    cls = fmt_cls(dr["cls"], r, (8, 2, 1, 0)) if dr.get("show_cls", True) else None
    fte = fmt_fte(dr["fte"], r, fr) if dr.get("show_fte", True) else None
    t = dr["title"]
    if form == "l1":
        inner = ", ".join(x for x in (cls, fte) if x)
        return f"{t} ({inner})" if inner else t
    if form == "l2":
        return f"{cls + ' - ' if cls else ''}{t}{f' ({fte})' if fte else ''}"
    if form == "l3":
        return " – ".join(x for x in (t, cls, fte) if x)
    if form == "l4":
        return f"{t}{f' ({cls})' if cls else ''}{', ' + fte if fte else ''}"
    raise ValueError(form)


def blocks(pos) -> list:
    r, fr, lang = pos["rd"], pos["fr"], pos["lang"]
    T = pos["T"]
    pos["lset"] = r.randrange(len(LABELS_FR if fr else LABELS_EN))
    pos["lsetf"] = r.randrange(len(LABELS_FR))
    pos["hstyle"] = r.randrange(4)
    out = []
    dept = T["dept"][1] if fr else T["dept"][0]
    if lang == "bilingual":
        out.append(("title", "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"))
        out.append(("para", f"{T['dept'][0]} / {T['dept'][1]}"))
    else:
        out.append(("para", dept))
        out.append(("title", r.choice(["DESCRIPTION DE TRAVAIL", "Description de travail – Groupe de la direction (EX)", "DESCRIPTION DE POSTE DE CADRE"]) if fr
                    else r.choice(["WORK DESCRIPTION", "Executive Group Work Description", "EXECUTIVE (EX) POSITION DESCRIPTION", "Job Description"])))
    # the header fields
    cls_in_title = r.random() < 0.12
    sup_form = r.choices(["fields", "fields2", "sentence", "reports_to"], weights=[5, 1, 2, 2])[0]
    if pos["sup"]["cls"] is None and sup_form == "reports_to":
        sup_form = "fields"
    pos["sup_form"] = sup_form
    fields = []
    if lang == "bilingual" and r.random() < 0.5:
        fields.append((label(pos, 0), f"{pos['title_en']} / {pos['title_fr']}"))
    elif lang == "bilingual":
        fields.append((LABELS_EN[pos["lset"]][0], pos["title_en"]))
        fields.append((LABELS_FR[pos["lsetf"]][0], pos["title_fr"]))
    else:
        t = pos["title"] + (f" ({fmt_cls(pos['cls'], r)})" if cls_in_title else "")
        fields.append((label(pos, 0), t))
    if not cls_in_title:
        fields.append((label(pos, 1), fmt_cls(pos["cls"], r)))
    if pos["job_code"]:
        fields.append((label(pos, 2), pos["job_code"]))
    fields.append((label(pos, 3), pos["provisional"] or pos["pn"]))
    if pos["date"]:
        fields.append((label(pos, 4), fmt_date(pos["date"], r, fr)))
    sup = pos["sup"]
    sup_fields = []
    if sup_form == "fields":
        sup_fields = [(label(pos, 5), sup["pn"]), (label(pos, 6), sup["title"])]
        if sup["cls"]:
            sup_fields.append((label(pos, 7), fmt_cls(sup["cls"], r)))
    elif sup_form == "fields2":
        sup_fields = [(label(pos, 6), sup["title"])]
        if sup["cls"]:
            sup_fields.append((label(pos, 7), fmt_cls(sup["cls"], r)))
    elif sup_form == "reports_to":
        lab = "Relève de" if fr else ("Reports to / Relève de" if lang == "bilingual" else r.choice(["Reports to", "Reporting to", "Supervisor"]))
        sup_fields = [(lab, f"{sup['title']} ({fmt_cls(sup['cls'], r)})")]
    loc_value = (f"{pos['loc_city']} ({PROV[pos['prov']][1]})" if fr else
                 r.choice([f"{pos['loc_city']}, {PROV[pos['prov']][0]}", f"{pos['loc_city']} ({PROV[pos['prov']][0]})"]))
    loc_at_end = r.random() < 0.2
    tail = [(label(pos, 10), pos["region_fr"] if fr else pos["region_en"])]
    if not loc_at_end:
        tail.insert(0, (label(pos, 8), loc_value))
    if r.random() < 0.5:
        fields = fields + sup_fields + tail
    else:
        fields = fields[:2] + tail + fields[2:] + sup_fields
    if pos["incumbent"]:
        fields.append(("Titulaire" if fr else ("Incumbent / Titulaire" if lang == "bilingual" else r.choice(["Incumbent", "Incumbent Name"])), pos["incumbent"]))
    out.append(("fields", fields))
    P = pos["T"]["prose_fr" if fr else "prose_en"]
    # general accountability
    out.append(("heading", heading(pos, "ga")))
    out.append(("para", fill(P["ga"], pos)))
    if lang == "bilingual" and pos["kind"] != "docx":
        out.append(("para", fill(pos["T"]["prose_fr"]["ga"], dict(pos, fr=True, title=pos["title_fr"], unit_fr=pos["unit_fr"]))))
    # organization + direct reports
    sections = []
    org = [("heading", heading(pos, "org"))]
    me = pos["title"].split(",")[0]
    if sup_form == "sentence":
        cls_s = f" ({fmt_cls(sup['cls'], r)})" if sup["cls"] else ""
        with_pn = r.random() < 0.5
        pos["sup_pn_stated"] = with_pn
        if fr:
            s = f"Le titulaire relève du {sup['title'][0].lower() + sup['title'][1:]}{cls_s}" + (f", poste no {sup['pn']}" if with_pn else "") + "."
        else:
            s = f"The {me} reports to the {sup['title']}{cls_s}" + (f", position number {sup['pn']}" if with_pn else "") + "."
        org.append(("para", s))
    else:
        pos["sup_pn_stated"] = sup_form == "fields"
    n = len(pos["reports"])
    kind = pos["kind"]
    dr_form = r.choice(["table", "table", "table", "table", "l1", "l2", "l3", "prose"] if kind == "docx" else
                       ["table", "table", "l1", "l2", "l3", "l4", "prose"])
    if kind == "ocr-columns":
        dr_form = r.choice(["l1", "l2"])
    pos["dr_form"] = dr_form
    # which details are missing
    no_fte_all = dr_form in ("table", "prose") and r.random() < 0.15
    no_cls_all = dr_form == "prose" and r.random() < 0.6
    for dr in pos["reports"]:
        dr["show_fte"] = not no_fte_all and not (dr["fte"] == 1 and r.random() < 0.5)
        dr["show_cls"] = not no_cls_all and not (dr_form in ("l1", "l3", "l4") and r.random() < 0.1)
    intro = (f"Les {n} postes suivants relèvent du titulaire :" if fr else
             r.choice([f"The following {n} positions report directly to the {me}:", f"Reporting to the {me} are:",
                       f"The {me} has {n} direct reports:"]))
    if dr_form == "table":
        cols = ["pn", "title", "cls", "fte", "shift", "loc", "inc"]
        if r.random() < 0.4:
            cols.remove("shift")
        if r.random() < 0.3:
            cols.remove("loc")
        if r.random() < 0.25:
            cols.remove("pn")
        if no_fte_all:
            cols.remove("fte")
        names = {"pn": ("No de poste" if fr else "Position No."), "title": ("Titre du poste" if fr else "Title"),
                 "cls": ("Groupe/niveau" if fr else "Group/Level"), "fte": ("ETP" if fr else "FTEs"),
                 "shift": ("Quart/horaire" if fr else "Shift/Schedule"), "loc": ("Lieu" if fr else "Location"),
                 "inc": ("Titulaire" if fr else "Incumbent")}
        rows = []
        outlying = {"cbsa": ["outlying port", "Port of entry (POE)"], "csc": ["Institution"], "parks": ["backcountry", "visitor centre"]}
        for dr in pos["reports"]:
            row = []
            for c in cols:
                if c == "pn":
                    row.append(dr["pn"])
                elif c == "title":
                    row.append(dr["title"])
                elif c == "cls":
                    row.append(fmt_cls(dr["cls"], r, (9, 2, 1, 0)))
                elif c == "fte":
                    row.append(str(dr["fte"]) if dr["show_fte"] else "—")
                    if not dr["show_fte"]:
                        dr["show_fte"] = False
                elif c == "shift":
                    row.append({"shift": r.choice(["Rotating 24/7", "Days", "Nights", "4 on / 4 off", "Rotation 24/7", "Jour"] if not fr else ["Rotation 24/7", "Jour", "Nuit", "Soir"]),
                                "seasonal": ("Seasonal (May-Oct)" if not fr else "Saisonnier (mai-oct.)")}.get(dr["extra"], "Days" if not fr else "Jour"))
                elif c == "loc":
                    row.append(pos["loc_city"] if r.random() < 0.7 else r.choice(["Regional office", "Bureau régional"] if fr else ["Regional office", "Field office", "Remote site"]))
                elif c == "inc":
                    x = r.random()
                    if x < 0.2:
                        row.append("Vacant" if not fr else "Vacant")
                    elif x < 0.4:
                        nm = person(r, fr)
                        pos["people"].append(nm)
                        row.append(f"{nm} (A)" if r.random() < 0.5 else (f"Intérim : {nm}" if fr else f"Acting: {nm}"))
                    else:
                        nm = person(r, fr)
                        pos["people"].append(nm)
                        row.append(nm)
            rows.append(row)
        if "fte" not in cols:
            for dr in pos["reports"]:
                dr["show_fte"] = False
        org.append(("para", intro))
        org.append(("table", [names[c] for c in cols], rows))
    elif dr_form == "prose":
        parts = []
        for dr in pos["reports"]:
            c = f"{fmt_cls(dr['cls'], r, (8, 2, 1, 0))}" if dr["show_cls"] else ""
            f = fmt_fte(dr["fte"], r, fr) if dr["show_fte"] else ""
            inner = ", ".join(x for x in (c, f) if x)
            parts.append(f"{'le ' if fr else 'the '}{dr['title']}" + (f" ({inner})" if inner else ""))
        lead = (f"Le titulaire dirige {n} gestionnaires : " if fr else f"The {me} leads a management team of {n}: ")
        org.append(("para", lead + "; ".join(parts) + "."))
    else:
        org.append(("para", intro))
        items = []
        for dr in pos["reports"]:
            t = report_text(pos, dr, dr_form, r)
            if r.random() < 0.35 and dr_form in ("l1", "l3"):
                t += (" : responsable de la gestion des opérations de son secteur." if fr else
                      ": responsible for the day-to-day management of the unit's operations and staff.")
            items.append(t)
        org.append(("list", items, False))
    sections.append(org)
    # nature and scope
    sc = [("heading", heading(pos, "scope"))] + [("para", fill(p, pos)) for p in P["scope"][: r.randint(2, 3)]]
    sections.append(sc)
    # dimensions
    sections.append(dims(pos))
    # specific accountabilities or client-service results
    if r.random() < 0.2:
        csr = CSR_FR if fr else CSR_EN
        sa = [("heading", heading(pos, "csr"))]
        for res, acts in csr:
            sa.append(("para", res))
            sa.append(("list", acts, False))
        sa.append(("heading", (HEAD_FR if fr else HEAD_EN)["sa"][2]))
        sa.append(("list", P["sa"][:5], True))
    else:
        sa = [("heading", heading(pos, "sa")), ("list", P["sa"], True)]
    sections.append(sa)
    order = r.choice([[0, 1, 2, 3], [0, 2, 1, 3], [1, 0, 2, 3], [0, 1, 3, 2]])
    for i in order:
        out.extend(sections[i])
    if loc_at_end:
        out.append(("fields", [(label(pos, 8), loc_value)]))
    # certification
    cert = [("heading", heading(pos, "cert"))]
    cert.append(("para", "Je certifie que la présente description reflète fidèlement les fonctions du poste." if fr else
                 "The foregoing is an accurate and complete statement of the duties and responsibilities of the position."))
    sig = []
    if pos["signer"]:
        sig.append(f"{pos['signer']}, {sup['title']}")
    else:
        sig.append(f"______________________  {sup['title']}")
    if pos["advisor"]:
        sig.append(f"{pos['advisor']}, {'conseillère en classification' if fr else 'Classification Advisor'}")
    sig.append(("Date : " if fr else "Date: ") + ("__________" if r.random() < 0.6 or not pos["date"] else fmt_date(pos["date"], r, fr)))
    cert.append(("sig", sig))
    out.extend(cert)
    return out


def dims(pos) -> list:
    r, fr = pos["rd"], pos["fr"]
    out = [("heading", heading(pos, "dims"))]
    T = pos["T"]
    L = {
        "fte": r.choice(["ETP", "Équivalents temps plein (ETP)", "Effectif"] if fr else ["FTEs", "Full-time equivalents", "Number of FTEs", "Staff (FTEs)"]),
        "salary": r.choice(["Salaires", "Budget salarial", "Traitements et salaires"] if fr else ["Salary", "Salary budget", "Salaries", "Salary (incl. overtime)"]),
        "om": r.choice(["F et E", "Fonctionnement et entretien", "Budget de F et E"] if fr else ["O&M", "Operations and Maintenance", "Non-salary O&M", "Operating (O&M)"]),
        "capital": r.choice(["Immobilisations", "Budget d'immobilisations"] if fr else ["Capital", "Capital budget", "Capital projects"]),
        "revenue": T["revenue"][1 if fr else 0] if T["revenue"] else "",
        "total": ({"so": r.choice(["Total", "Budget total", "Total (salaires et F et E)"] if fr else ["Total", "Total budget", "Total operating budget", "Total (Salary + O&M)"]),
                   "soc": ("Total (incluant les immobilisations)" if fr else "Total (including capital)"), None: ""}[pos["total_mode"]]),
    }
    lines = [("fte", str(pos["fte_total"]) if r.random() < 0.7 else fmt_fte(pos["fte_total"], r, fr)),
             ("salary", pos["salary"]), ("om", pos["om"])]
    if pos["capital"]:
        lines.append(("capital", pos["capital"]))
    if pos["total"] is not None:
        lines.append(("total", pos["total"]))
    if pos["revenue"]:
        lines.insert(len(lines) if r.random() < 0.5 else 1, ("revenue", pos["revenue"]))
    style = r.choice(["fields", "table", "thousands"] if pos["kind"] in ("docx", "pdf") else ["fields", "fields", "table"])
    if pos["kind"] == "ocr-columns":
        style = "fields"
    pos["dims_style"] = style
    if style == "thousands":
        head = ["", "($000)" if not fr else "(en milliers de $)"]
        rows = [[L[k], str(v) if k == "fte" else f"{v // 1000:,}".replace(",", " " if fr else ",")] for k, v in lines]
        if any(v % 1000 for k, v in lines if k != "fte"):
            style = "table"
        else:
            out.append(("table", head, rows))
            return out
    rows = [(L[k], v if k == "fte" else fmt_amount(v, r, fr)) for k, v in lines]
    if style == "table":
        out.append(("table", ["Dimension", "Montant" if fr else "Amount"], [list(x) for x in rows]))
    else:
        out.append(("fields", rows))
    return out


# ---------------------------------------------------------------- text rendering (OCR, PDF)

def wrap(text: str, width: int, r=None, hyphen=False) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            if hyphen and r is not None and len(w) > 7 and r.random() < 0.35:
                cut = r.randint(3, len(w) - 3)
                lines.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
                continue
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def text_lines(pos, bl, width: int, vdmg: float, pdmg: float, hyphen: bool) -> list[str]:
    r = pos["rd"]
    fr = pos["fr"]
    sep = " : " if fr else ": "
    fstyle = r.choice(["colon", "colon", "nextline", "dots", "tab", "caps"])
    pos["field_style"] = fstyle
    out = []
    V = lambda s: dmg_value(str(s), r, vdmg)  # noqa: E731
    Q = lambda s: dmg_prose(s, r, pdmg)  # noqa: E731
    for b in bl:
        if b[0] == "title":
            out += ["", b[1], ""]
        elif b[0] == "heading":
            h = b[1]
            if r.random() < 0.3 and not h.isupper():
                h = h.upper()
            out += ["", h]
        elif b[0] == "para":
            out += wrap(Q(b[1]), width, r, hyphen)
        elif b[0] == "fields":
            for lab, val in b[1]:
                val = V(val)
                if fstyle == "colon":
                    out.append(f"{lab}{sep}{val}")
                elif fstyle == "nextline":
                    out += [lab + ("" if r.random() < 0.5 else ":"), "    " + val]
                elif fstyle == "dots":
                    out.append(f"{lab} " + "." * max(3, 44 - len(lab)) + f" {val}")
                elif fstyle == "tab":
                    out.append(f"{lab}:\t{val}")
                else:
                    out.append(f"{lab.upper()} {val}")
        elif b[0] == "list":
            for i, it in enumerate(b[1], 1):
                mark = f"{i}." if b[2] else r.choice(["-", "•", "o", ">"])
                if b[2] and vdmg > 0.2 and r.random() < 0.3:
                    mark = {"1": "I.", "5": "S.", "8": "B."}.get(str(i), mark)
                ws = wrap(Q(it) if b[2] else V(it) if pos["dr_form"] != "none" else it, width - 4, r, hyphen)
                out.append(f"{mark} {ws[0]}")
                out += ["   " + w for w in ws[1:]]
        elif b[0] == "table":
            head, rows = b[1], b[2]
            sepc = r.choice(["  ", " | ", "\t"])
            out.append(sepc.join(head).strip())
            for row in rows:
                out.append(sepc.join(V(c) for c in row))
        elif b[0] == "sig":
            out += [""] + b[1]
    return out


def paginate(lines: list[str], per: int) -> list[list[str]]:
    return [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]


def render_ocr(pos, bl) -> bytes:
    r = pos["rd"]
    strength = r.choice([0.0, 0.25, 0.25, 0.5, 0.5, 0.7])
    pos["ocr_strength"] = strength
    vdmg, pdmg = strength * 0.6, strength * 0.12
    short = pos["T"]["short"][1 if pos["fr"] else 0]
    footer = r.choice([f"{short} - Work Description", f"{pos['title'].split(',')[0]} {pos['provisional'] or pos['pn']}",
                       "PROTECTED A / PROTÉGÉ A", f"{short} {pos['unit_en']}"]) if not pos["fr"] else r.choice([f"{short} - Description de travail", "PROTÉGÉ A"])
    if pos["kind"] == "ocr-columns":
        left, right = [], []
        for b in bl:
            if b[0] in ("fields", "table") or (b[0] == "list" and not b[2]) or (b[0] == "heading" and any(x in b[1].upper() for x in ("DIMEN", "ORGAN", "STRUCT", "ENVERGURE"))):
                left += text_lines(pos, [b], 46, vdmg, pdmg, False)
            else:
                right += text_lines(pos, [b], 54, vdmg, pdmg, True)
        n = max(len(left), len(right))
        left += [""] * (n - len(left))
        right += [""] * (n - len(right))
        lines = [(a.ljust(48) if r.random() < 0.5 else a + " ") + c if a else c for a, c in zip(left, right)]
        pages = paginate(lines, 58)
        layout = "run"
    else:
        width = r.choice([68, 76, 84])
        lines = text_lines(pos, bl, width, vdmg, pdmg, True)
        pages = paginate(lines, r.choice([48, 56, 64]))
        layout = r.choice(["run", "lines", "lines"])
    pos["ocr_layout"] = layout
    out = []
    if layout == "run":
        out.append("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n")
        for i, pg in enumerate(pages, 1):
            body = " ".join(x.strip() for x in pg if x.strip())
            out.append((f"{i} " if i > 1 else "") + body + f" {footer}")
        text = "\n".join(out) + "\n"
    else:
        if r.random() < 0.4:
            out.append("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---")
        for i, pg in enumerate(pages, 1):
            if i > 1:
                out.append("\f" + (f"{footer}" if r.random() < 0.5 else ""))
            out += pg
            out.append("")
            out.append(r.choice([f"Page {i} of {len(pages)}", f"- {i} -", f"{i}", f"Page {i} de {len(pages)}" if pos["fr"] else f"p. {i}"]))
        text = "\n".join(out) + "\n"
    cp = r.random() < 0.3
    pos["encoding"] = "cp1252" if cp else "utf-8"
    if cp:
        return text.replace("\n", "\r\n").encode("cp1252")
    return text.encode("utf-8")


def render_pdf(pos, bl) -> bytes:
    r = pos["rd"]
    lines = text_lines(pos, bl, 100, 0.0, 0.0, False)
    per = 62
    pages = paginate(lines, per)
    foot = f"{pos['T']['short'][0]} / {pos['T']['short'][1]}" if pos["lang"] == "bilingual" else pos["T"]["short"][1 if pos["fr"] else 0]
    texts = []
    for i, pg in enumerate(pages, 1):
        texts.append("\n".join(pg + ["", f"{foot} - {pos['title'].split(',')[0]} - Page {i}/{len(pages)}"]))
    return pdf_bytes(texts)


# ---------------------------------------------------------------- docx

def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def new_document(author: str):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2024, 1, 1, 9, 0, 0)
    cp.modified = dt.datetime(2024, 1, 1, 9, 0, 0)
    cp.revision = 3
    cp.title = ""
    return d


def save_docx(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def render_docx(pos, bl) -> bytes:
    r = pos["rd"]
    fr = pos["fr"]
    d = new_document(r.choice(["CBSA-ASFC", "Classification", "HR Services", "RH"]))
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = r.choice(["PROTECTED A / PROTÉGÉ A", pos["T"]["dept"][1 if fr else 0], "Unclassified / Non classifié", ""])
    fstyle = r.choice(["table", "table", "colon", "nextline", "tab"])
    hstyle = r.choice(["word", "bold", "caps"])
    pos["field_style"], pos["docx_heading"] = fstyle, hstyle
    sep = " : " if fr else ": "
    for b in bl:
        if b[0] == "title":
            d.add_heading(b[1], level=0 if r.random() < 0.5 else 1)
        elif b[0] == "heading":
            if hstyle == "word":
                d.add_heading(b[1], level=1)
            else:
                p = d.add_paragraph()
                run = p.add_run(b[1].upper() if hstyle == "caps" else b[1])
                run.bold = True
        elif b[0] == "para":
            d.add_paragraph(b[1])
        elif b[0] == "fields":
            if fstyle == "table" and len(b[1]) > 2:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for lab, val in b[1]:
                    cells = t.add_row().cells
                    cells[0].text = lab
                    cells[1].text = str(val)
            else:
                for lab, val in b[1]:
                    if fstyle == "nextline":
                        p = d.add_paragraph()
                        p.add_run(lab).bold = True
                        d.add_paragraph(str(val))
                    else:
                        p = d.add_paragraph()
                        p.add_run(lab + ("\t" if fstyle == "tab" else sep)).bold = True
                        p.add_run(str(val))
        elif b[0] == "list":
            for it in b[1]:
                d.add_paragraph(it, style="List Number" if b[2] else "List Bullet")
        elif b[0] == "table":
            head, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(head))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, head):
                c.text = h
                for run in c.paragraphs[0].runs:
                    run.bold = True
            for row in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = str(v)
        elif b[0] == "sig":
            d.add_paragraph("")
            for line in b[1]:
                d.add_paragraph(line)
    return save_docx(d)


# ---------------------------------------------------------------- ground truth

def expected_for(pos) -> dict:
    sup = pos["sup"]
    supt = {"position_number": sup["pn"] if pos["sup_pn_stated"] else None, "title": sup["title"], "classification": sup["cls"]}
    reports = [{"title": dr["title"], "classification": dr["cls"] if dr["show_cls"] else None,
                "fte": dr["fte"] if dr["show_fte"] else None} for dr in pos["reports"]]
    f = {"title": pos["title"], "classification": pos["cls"], "job_code": pos["job_code"], "position_number": pos["pn"],
         "effective_date": pos["date"], "supervisor": supt, "direct_reports": reports, "salary": pos["salary"],
         "o_and_m": pos["om"], "total": pos["total"], "location": pos["location"]}
    ns = [k for k in ("job_code", "position_number", "effective_date") if f[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if supt[k] is None]
    if f["total"] is None:
        ns.append("total")
    also = {"fte": pos["fte_total"], "operating_budget": None, "program_budget": None,
            "provisional_number": pos["provisional"]}
    if pos["lang"] == "bilingual":
        also["title_fr"] = pos["title_fr"]
    also["revenue"] = pos["revenue"]
    also["capital"] = pos["capital"]
    return {"document": pos["file"], "kind": pos["kind"], "language": pos["lang"], "outcome": "import",
            "fields": f, "not_stated": ns, "also": also, "people": pos["people"], "versions": None}


# ---------------------------------------------------------------- documents to refuse

def refusals() -> list[tuple[str, bytes, dict]]:
    out = []
    r = random.Random("blind68-refuse")
    # 1. a memo about the EX work descriptions of a region's ports (docx, English)
    a, b, c = person(r, False), person(r, False), person(r, True)
    d = new_document("CBSA-ASFC")
    d.add_heading("MEMORANDUM", level=1)
    for lab, val in [("TO", "District Directors, Southern Ontario Region"), ("FROM", f"{a}, Regional Director General"),
                     ("CC", f"{b}, Manager, Regional Human Resources"), ("DATE", "March 4, 2022"),
                     ("SUBJECT", "Review of EX-01 and EX-02 work descriptions — ports of entry")]:
        p = d.add_paragraph()
        p.add_run(lab + ":\t").bold = True
        p.add_run(val)
    for t in ["As you know, the Agency is updating the work descriptions of all executive positions in the ports of entry to reflect the new traveller processing model and the creation of the Commercial Operations Centre.",
              "Please review the attached draft work description for your position (Director, EX-01, or District Director, EX-02) and return your comments to the regional classification unit by March 25, 2022. Changes to direct reports, FTE counts and budget figures (salary, O&M and capital) should be confirmed with your business manager.",
              f"Questions may be directed to {c}, Senior Classification Advisor, at 905-555-0143.",
              "Thank you for your cooperation."]:
        d.add_paragraph(t)
    d.add_paragraph(f"{a}")
    out.append(("Memo - EX WD review, Southern Ontario ports (March 2022).docx", save_docx(d),
                {"kind": "docx", "language": "en", "people": [a, b, c]}))
    # 2. a letter offering an acting appointment (docx, French)
    a, b = person(r, True), person(r, True)
    d = new_document("RH")
    d.add_paragraph("Service correctionnel Canada")
    d.add_paragraph("Administration régionale du Québec\nLaval (Québec)")
    d.add_paragraph("Le 12 septembre 2023")
    d.add_paragraph(f"{a}\nSous-directeur\nÉtablissement Donnacona")
    p = d.add_paragraph()
    p.add_run("Objet : Offre de nomination intérimaire – Directeur d'établissement (EX-02), poste no 418273").bold = True
    for t in [f"Madame, Monsieur,", f"J'ai le plaisir de vous offrir une nomination intérimaire au poste de directeur d'établissement, Établissement Donnacona (EX-02), du 2 octobre 2023 au 31 mars 2024, ou jusqu'à la dotation du poste pour une durée indéterminée.",
              "Votre rémunération sera établie conformément à la Politique sur les conditions d'emploi des cadres supérieurs, dans l'échelle salariale du niveau EX-02. Le lieu de travail demeure Donnacona (Québec).",
              "La présente offre est conditionnelle au maintien de votre cote de fiabilité approfondie. Veuillez signer et retourner une copie de la présente lettre d'ici le 22 septembre 2023.",
              "Veuillez agréer mes salutations distinguées."]:
        d.add_paragraph(t)
    d.add_paragraph(f"{b}\nSous-commissaire régionale, Région du Québec")
    d.add_paragraph("J'accepte l'offre aux conditions énoncées.\n\n______________________   Date : ___________")
    out.append(("Lettre d'offre - intérim EX-02 Donnacona (signée).docx", save_docx(d),
                {"kind": "docx", "language": "fr", "people": [a, b]}))
    # 3. an organization chart as a PDF (bilingual)
    names = [person(r, False) for _ in range(4)] + [person(r, True) for _ in range(2)]
    lines = ["Parks Canada / Parcs Canada",
             "Banff Field Unit - Organization Chart / Unité de gestion de Banff - Organigramme",
             "As of / En date du : 2022-06-01", "",
             f"                         Field Unit Superintendent / Directeur d'unité de gestion (EX-01)",
             f"                                          {names[0]}", "",
             f"   Resource Conservation Manager (BI-04)     Visitor Experience Manager (PM-06)     Asset Manager (EN-ENG-05)",
             f"   {names[1]}                         {names[2]}                  Vacant", "",
             f"   Business Manager (FI-03)     Manager, Law Enforcement (GT-06)     Manager, External Relations (IS-05)",
             f"   {names[3]} (A)             {names[4]}                    {names[5]}", "",
             "   FTEs / ETP : 312 (summer peak / pointe estivale 540)", "",
             "Organization charts are for information only and do not constitute a work description.",
             "Les organigrammes sont fournis à titre d'information seulement et ne constituent pas une description de travail."]
    out.append(("Organigramme_Org chart Banff FU 2022.pdf", pdf_bytes(["\n".join(lines)]),
                {"kind": "pdf", "language": "bilingual", "people": names}))
    # 4. minutes of a regional management committee, OCR'd
    names = [person(r, False) for _ in range(5)]
    text = ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
            f"FISHERIES AND OCEANS CANADA MARITIMES REGION REGIONAL MANAGEMENT COMMITTEE MINUTES OF MEETING Date: 2O19-O3-I4 Location: "
            f"Dartmouth, NS, Boardroom 4O2 Present: {names[0]} (Chair, RDG), {names[1]} (RD Fisheries Management), {names[2]} "
            f"(Area Director, Southwest NB), {names[3]} (Area Director, Eastern NS), {names[4]} (Regional Director, Finance) Regrets: none "
            "1. Approval of agenda - approved. 2. Classification of Area Director positions: the committee reviewed the updated EX-01 work "
            "descriptions for the four area offices. FTE counts and salary/O&M figures in the dimensions are to be confirmed with Finance before "
            "submission to NHQ. Action: Area Directors to return comments by April 5. 3. Budget 2019-2O: the region's O&M allocation is reduced "
            "by 2 %; capital for small craft harbours is maintained at $I2.4M. 4. Seasonal staffing for Conservation and Protection: hiring of "
            "I8 fishery officer trainees confirmed. 5. Other business: none. Next meeting: April 11, 2019. Minutes prepared by the RMC "
            "Secretariat. Page I of I\n")
    out.append(("RMC minutes 2019-03-14 scan.txt", text.encode("utf-8"),
                {"kind": "ocr", "language": "en", "people": names}))
    # 5. a scanned work description: a PDF with no text layer (page images only)
    art = b"q 0.85 g 40 60 515 720 re f Q q 0 g 60 740 300 14 re f 60 700 470 6 re f 60 680 470 6 re f 60 660 420 6 re f Q"
    out.append(("Warden Atlantic Institution - scanned 2011.pdf", pdf_bytes([art, art, art]),
                {"kind": "pdf", "language": "en", "people": []}))
    return out


# ---------------------------------------------------------------- main

def main() -> None:
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    USED_NAMES.clear()
    files = {}
    for spec in P:
        pos = build(spec)
        bl = blocks(pos)
        kind = pos["kind"]
        data = render_docx(pos, bl) if kind == "docx" else render_pdf(pos, bl) if kind == "pdf" else render_ocr(pos, bl)
        (CORPUS / pos["file"]).write_bytes(data)
        exp = expected_for(pos)
        files[pos["key"]] = exp
        if "--stats" in sys.argv:
            print(pos["kind"], pos["lang"], pos["dr_form"], pos.get("field_style"), pos["dims_style"], pos["sup_form"],
                  pos.get("ocr_layout", ""), pos.get("ocr_strength", ""), pos.get("encoding", ""), sep="\t")
    for old, new in VERSIONS.items():
        v = {"documents": [files[old]["document"], files[new]["document"]], "newest": files[new]["document"]}
        files[old]["versions"] = v
        files[new]["versions"] = v
    for exp in files.values():
        write_expected(exp)
    for name, data, meta in refusals():
        (CORPUS / name).write_bytes(data)
        write_expected({"document": name, "kind": meta["kind"], "language": meta["language"], "outcome": "refuse",
                        "fields": None, "not_stated": [], "also": None, "people": meta["people"], "versions": None})


def write_expected(exp: dict) -> None:
    text = yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=120)
    (EXPECTED / f"{exp['document']}.expected.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
