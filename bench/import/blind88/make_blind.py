#!/usr/bin/env python3
"""Write the blind88 corpus: long EX work descriptions as departments file them in full (cover page,
table of contents with dot leaders, running headers and footers, numbered accountabilities with
sub-items, annexes: organization chart, budget by fiscal year, committees; the signatures page last,
sometimes a second copy of the identification page), mostly .docx and .pdf, some text, about a quarter
French or bilingual; and a few documents to refuse. Deterministic: the same bytes on every run.

    /work/main/.venv/bin/python bench/import/blind88/make_blind.py
"""
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
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(HERE))

from import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

import docx  # noqa: E402
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, Inches  # noqa: E402

SEED = 88_2024
WIDTH = 92
PAGE_LINES = 56
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
NBSP = "\u00a0"


# --- notations ---------------------------------------------------------------------------------

def fmt_class(cls: str, style: str) -> str:
    grp, lvl = cls.split("-", 1)
    if grp != "EX":
        return cls
    return {"dash": cls, "space": f"EX {lvl}", "short": f"EX-{int(lvl)}", "paren": f"({cls})", "tight": f"EX{lvl}"}[style]


def fmt_date(d: dt.date, style: str, fr: bool) -> str:
    if fr:
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}", "iso": d.isoformat(),
                "le": f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                "slash": f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat(),
                "dots": f"{d.day:02d}.{d.month:02d}.{d.year}"}.get(style, f"{day} {MONTHS_FR[d.month - 1]} {d.year}")
    m = MONTHS_EN[d.month - 1]
    return {"long": f"{m} {d.day}, {d.year}", "dmy": f"{d.day} {m} {d.year}", "iso": d.isoformat(),
            "slash": f"{d.year}/{d.month:02d}/{d.day:02d}", "abbr": f"{m[:3]}. {d.day}, {d.year}",
            "upper": f"{d.day:02d}-{m[:3].upper()}-{d.year}",
            "ord": f"{m} {d.day}{'st' if d.day in (1, 21, 31) else 'nd' if d.day in (2, 22) else 'rd' if d.day in (3, 23) else 'th'}, {d.year}"}[style]


def fmt_money(v: int, style: str, fr: bool, sp: str = " ") -> str:
    if fr:
        full = f"{v:,}".replace(",", sp)
        if style == "M" and v % 10_000 == 0:
            return f"{v / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",") + f"{sp}M$"
        if style == "millions" and v % 10_000 == 0:
            return f"{v / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",") + " millions de dollars"
        if style == "cents":
            return f"{full},00{sp}$"
        return f"{full}{sp}$"
    if style == "M" and v % 10_000 == 0:
        return f"${f'{v / 1e6:.2f}'.rstrip('0').rstrip('.')}M"
    if style == "million" and v % 10_000 == 0:
        return f"${f'{v / 1e6:.2f}'.rstrip('0').rstrip('.')} million"
    if style == "K" and v % 1000 == 0:
        return f"${v // 1000:,}K"
    return f"${v:,}"


def fmt_fte(n: int, style: str, fr: bool) -> str:
    if fr:
        return {"etp": f"{n} ETP", "effectif": f"effectif de {n}", "emp": f"{n} employés"}.get(style, f"{n} ETP")
    return {"ftes": f"{n} FTEs", "fte": f"{n} FTE", "staff": f"staff of {n}", "emp": f"{n} employees"}.get(style, f"{n} FTEs")


# --- positions ---------------------------------------------------------------------------------

class Names:
    def __init__(self, rng):
        self.rng, self.used = rng, set()

    def new(self) -> str:
        while True:
            n = f"{self.rng.choice(T.FIRST)} {self.rng.choice(T.LAST)}"
            if n not in self.used:
                self.used.add(n)
                return n


def make_position(i: int, spec, names: Names) -> dict:
    rng = random.Random(f"{SEED}-pos-{i}")
    dkey, role, (area_en, area_fr), level, city, prov_en, prov_fr, lang, kind = spec
    dept_en, dept_fr, acr, branches = T.DEPTS[dkey]
    branch = rng.choice(branches)
    fem = rng.random() < 0.5
    r_en, r_frm, r_frf = T.ROLE[role]
    r_fr = r_frf if fem else r_frm
    fr = lang == "fr"
    p = {"i": i, "dkey": dkey, "dept": (dept_en, dept_fr), "acr": acr, "branch": branch, "lang": lang, "kind": kind,
         "role": (r_en, r_fr), "area": (area_en, area_fr), "level": level, "fem": fem,
         "title_en": f"{r_en}, {area_en}", "title_fr": f"{r_fr}, {area_fr}",
         "classification": f"EX-0{level}"}
    p["job_code"] = str(rng.randint(100100, 109999)) if rng.random() < 0.6 else None
    roll = rng.random()
    p["provisional"] = None
    if roll < 0.08:
        p["position_number"], p["provisional"] = None, rng.choice(["NEW", "TBD"] if not fr else ["NOUVEAU", "À déterminer"])
    else:
        p["position_number"] = str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 899999)]))
    p["effective_date"] = (dt.date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28))
                           if rng.random() < 0.85 else None)
    # supervisor
    if level == 1:
        if rng.random() < 0.6:
            s = ("Director General", "Directrice générale" if rng.random() < .5 else "Directeur général", "EX-03")
        else:
            s = ("Executive Director", "Directrice exécutive" if rng.random() < .5 else "Directeur exécutif", "EX-02")
        sup_en, sup_fr = f"{s[0]}, {area_en}", f"{s[1]}, {area_fr}"
        if role == "dir" and rng.random() < 0.4:
            other = rng.choice(T.SUBUNITS)
            sup_en, sup_fr = f"{s[0]}, {other[0]}", f"{s[1]}, {other[1]}"
        scls = s[2]
    elif level == 2:
        sup_en, sup_fr, scls = f"Director General, {area_en}", f"Directeur général, {area_fr}", "EX-03"
        if rng.random() < 0.5:
            sup_en, sup_fr = f"Director General, {branch[0].replace(' Branch', '')}", f"Directeur général, {branch[1]}"
    elif level == 3:
        b_en = branch[0].replace(" Branch", "").replace(" Sector", "")
        sup_en = f"Assistant Deputy Minister, {b_en}"
        sup_fr = f"Sous-ministre adjoint, {branch[1]}"
        scls = "EX-04" if rng.random() < 0.7 else "EX-05"
        if role == "rdg":
            sup_en, sup_fr, scls = "Senior Assistant Deputy Minister, Regional Operations", "Sous-ministre adjoint principal, Opérations régionales", "EX-05"
    else:
        sup_en, sup_fr, scls = "Deputy Minister", "Sous-ministre", "DM-01"
    p["sup_title_en"], p["sup_title_fr"] = sup_en, sup_fr
    p["sup_class"] = scls if rng.random() < 0.88 else None
    p["sup_pos"] = str(rng.randint(10000, 99999)) if rng.random() < 0.75 else None
    # direct reports
    subs = rng.sample(T.SUBUNITS, 7)
    reps = []
    mgr = T.MANAGER_CLASSES[dkey]
    if level == 1:
        for s in subs[:rng.randint(3, 5)]:
            reps.append([f"Manager, {s[0]}", f"{'Gestionnaire'}, {s[1]}", mgr, rng.randint(5, 26)])
        if rng.random() < 0.5:
            reps.append(["Senior Policy Advisor", "Conseiller principal en politiques", "EC-06", rng.choice([1, 2, 3])])
        if rng.random() < 0.4:
            reps.append(["Executive Assistant", "Adjointe administrative", "AS-02", 1])
    elif level == 2:
        for s in subs[:rng.randint(3, 5)]:
            reps.append([f"Director, {s[0]}", f"{'Directrice' if rng.random() < .5 else 'Directeur'}, {s[1]}", "EX-01", rng.randint(12, 60)])
        if rng.random() < 0.5:
            reps.append([f"Manager, {subs[6][0]}", f"Gestionnaire, {subs[6][1]}", mgr, rng.randint(4, 15)])
    elif level == 3:
        for s in subs[:rng.randint(4, 6)]:
            reps.append([f"Director, {s[0]}", f"{'Directrice' if rng.random() < .5 else 'Directeur'}, {s[1]}", "EX-01", rng.randint(15, 90)])
        if rng.random() < 0.4:
            reps.append([f"Executive Director, {subs[6][0]}", f"Directeur exécutif, {subs[6][1]}", "EX-02", rng.randint(40, 120)])
    else:
        for s in subs[:rng.randint(3, 5)]:
            reps.append([f"Director General, {s[0]}", f"Directeur général, {s[1]}", "EX-03", rng.randint(80, 320)])
        reps.append(["Chief of Staff", "Chef de cabinet", "EX-01", rng.randint(4, 9)])
    for r in reps:
        roll = rng.random()
        if roll < 0.08:
            r[2] = None
        elif roll < 0.2:
            r[3] = None
    p["reports"] = reps
    p["fte"] = sum(r[3] or 10 for r in reps) + rng.randint(1, 6)
    sal = round(p["fte"] * rng.randint(88, 112) * 1000, -4)
    om = rng.choice([round(rng.randint(60, 3500) * 1000, -4), rng.randint(60, 3500) * 1000])
    p["dims_mode"] = rng.choices(["all", "no_total", "annex", "total_only"], [60, 14, 16, 10])[0]
    p["salary"], p["o_and_m"], p["total"] = sal, om, sal + om
    p["program_budget"] = rng.randint(5, 400) * 1_000_000 if rng.random() < 0.3 else None
    p["location"] = (city, prov_fr if fr else prov_en) if rng.random() < 0.9 else None
    # people
    p["incumbent"] = names.new() if rng.random() < 0.55 else None
    p["signer_sup"] = names.new()
    p["signer_top"] = names.new() if rng.random() < 0.6 else None
    p["hr_advisor"] = names.new() if rng.random() < 0.35 else None
    p["chart_names"] = [names.new() if rng.random() < 0.7 else None for _ in reps] if rng.random() < 0.4 else None
    return p


# --- the document as elements --------------------------------------------------------------------

class Doc:
    """A document as a list of elements, rendered to lines (txt, pdf, ocr, md) or to Word."""

    def __init__(self):
        self.els: list[tuple] = []

    def add(self, *el):
        self.els.append(el)


def fr_articles(role_fr: str, sup_fr: str) -> dict:
    def fem(t):
        return t.startswith("Directrice") or t.startswith("Sous-ministre adjointe")
    low = lambda t: t[0].lower() + t[1:]
    return {"Le_role": ("La " if fem(role_fr) else "Le ") + low(role_fr),
            "le_sup": ("la " if fem(sup_fr) else "le ") + low(sup_fr),
            "du_sup": ("de la " if fem(sup_fr) else "du ") + low(sup_fr),
            "au_sup": ("à la " if fem(sup_fr) else "au ") + low(sup_fr)}


def heading_text(num: int, text: str, style: str) -> str:
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV"]
    return {"num": f"{num}. {text}", "num_caps": f"{num}. {text.upper()}", "caps": text.upper(), "plain": text,
            "roman": f"{roman[num - 1]}. {text}", "part": f"Section {num} – {text}"}[style]


def build(p: dict, rng: random.Random, variant: str = "") -> tuple[Doc, dict]:
    """The elements of position p's description, and the document's own notes (people printed)."""
    lang = p["lang"]
    fr, bi = lang == "fr", lang == "bi"
    people: list[str] = []
    L = lambda key: (f"{rng.choice(T.LABELS[key][0])} / {rng.choice(T.LABELS[key][1])}" if bi
                     else rng.choice(T.LABELS[key][1 if fr else 0]))
    csr = (not fr and not bi and rng.random() < 0.2)

    def H(key):
        if key == "ga" and csr:
            return "Client-Service Results"
        if key == "sa" and csr:
            return "Key Activities"
        en, frl = T.HEAD[key]
        return f"{rng.choice(en)} / {rng.choice(frl)}" if bi else rng.choice(frl if fr else en)

    cstyle = rng.choice(["dash", "dash", "space", "short", "paren", "tight"])
    dstyle = rng.choice(["long", "iso", "le", "slash", "dots"] if fr else ["long", "dmy", "iso", "slash", "abbr", "upper", "ord"])
    mstyle = rng.choice(["full", "M", "millions", "cents"] if fr else ["full", "M", "million", "K", "full"])
    sp = NBSP if rng.random() < 0.4 else " "
    fstyle = rng.choice(["etp", "effectif", "emp"] if fr else ["ftes", "fte", "staff", "emp", "ftes"])
    hstyle = rng.choice(["num", "num_caps", "caps", "plain", "roman", "part"])
    ident_layout = rng.choice(["colon", "nextline", "dots", "tabs", "table", "table"])
    sup_mode = rng.choice(["fields", "fields", "sentence", "reports_to"])
    rep_layout = rng.choice(["list_paren", "list_dash", "list_cls_first", "table", "prose"])
    title = p["title_fr"] if fr else p["title_en"]
    sup_title = p["sup_title_fr"] if fr else p["sup_title_en"]
    role = p["role"][1] if fr else p["role"][0]
    dept = p["dept"][1] if fr else p["dept"][0]
    area_l = p["area"][1].lower() if fr else p["area"][0].lower()
    money = lambda v: fmt_money(v, mstyle, fr, sp)
    cls = lambda c: fmt_class(c, cstyle) if c else ""
    date = lambda d: fmt_date(d, dstyle, fr)
    fy0 = (p["effective_date"] or dt.date(2023, 6, 1))
    fy_start = fy0.year if fy0.month >= 4 else fy0.year - 1
    fy = lambda y: f"{y}-{(y + 1) % 100:02d}"
    d = Doc()
    d.meta = {"fr": fr, "bi": bi, "hstyle": hstyle, "header": None, "footer": None}
    prot = "PROTÉGÉ A" if fr else ("PROTECTED A / PROTÉGÉ A" if bi else "PROTECTED A")
    d.meta["header"] = rng.choice([f"{dept}    {prot}", f"{prot}    {p['acr']} – {title}", f"{dept}",
                                  f"{'Description de travail' if fr else 'Executive Work Description'} – {title}    {prot}"])
    d.meta["footer"] = rng.choice(["page_of", "page_of", "dash", "slash", "page_of_prot"])

    # cover page
    cover = [dept.upper() if rng.random() < .5 else dept, ""]
    if bi:
        cover += ["EXECUTIVE WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL DE CADRE", "", p["title_en"], p["title_fr"]]
    else:
        cover += ["DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)" if fr else "EXECUTIVE (EX) GROUP WORK DESCRIPTION", "", title]
    cover += [cls(p["classification"]), "", p["branch"][1] if fr else (f"{p['branch'][0]} / {p['branch'][1]}" if bi else p["branch"][0])]
    cover_date = dt.date(fy0.year, fy0.month, 1) - dt.timedelta(days=rng.randint(20, 200))
    if variant == "draft":
        cover += ["", "DRAFT – FOR DISCUSSION", f"Version 0.{rng.randint(3, 9)} – {MONTHS_EN[cover_date.month - 1]} {cover_date.year}"]
    else:
        cover += ["", rng.choice(["FINAL", "Version finale" if fr else "Final version", "Approved / Approuvé" if bi else ("Approuvée" if fr else "Approved")]),
                  (f"Préparé en {MONTHS_FR[cover_date.month - 1]} {cover_date.year}" if fr
                   else f"Prepared {MONTHS_EN[cover_date.month - 1]} {cover_date.year}")]
    cover += ["", prot]
    d.add("cover", cover)
    d.add("break")
    d.add("toc", H("toc"))
    d.add("break")
    n = 0

    def h1(key):
        nonlocal n
        n += 1
        d.add("h1", heading_text(n, H(key), hstyle))

    # identification
    h1("ident")
    f = [(L("title"), p["title_en"] if bi else title)]
    if bi:
        f = [(L("title"), p["title_en"]), ("Titre du poste (français)" if rng.random() < .5 else "French Title / Titre français", p["title_fr"])]
    f.append((L("classification"), cls(p["classification"])))
    if p["job_code"]:
        f.append((L("job_code"), p["job_code"]))
    f.append((L("position_number"), p["position_number"] or p["provisional"]))
    f.append((L("department"), f"{p['dept'][0]} / {p['dept'][1]}" if bi else dept))
    f.append((L("branch"), p["branch"][1] if fr else p["branch"][0]))
    if p["location"]:
        c, pr = p["location"]
        f.append((L("location"), f"{c} ({pr})" if fr or rng.random() < 0.3 else f"{c}, {pr}"))
    if p["effective_date"]:
        f.append((L("effective_date"), date(p["effective_date"])))
    elif rng.random() < 0.5:
        f.append((L("effective_date"), ""))
    if sup_mode == "fields":
        if p["sup_pos"]:
            f.append((L("sup_pos"), p["sup_pos"]))
        f.append((L("sup_title"), p["sup_title_en"] if bi else sup_title))
        if p["sup_class"]:
            f.append((L("sup_class"), cls(p["sup_class"])))
    elif sup_mode == "reports_to":
        rt = "Relève de" if fr else ("Reports to / Relève de" if bi else "Reports to")
        st = p["sup_title_en"] if bi else sup_title
        f.append((rt, f"{st} ({cls(p['sup_class']).strip('()')})" if p["sup_class"] else st))
        if p["sup_pos"]:
            f.append((L("sup_pos"), p["sup_pos"]))
    if p["incumbent"] and rng.random() < 0.6:
        f.append((L("incumbent"), p["incumbent"]))
        people.append(p["incumbent"])
    d.add("fields", f, ident_layout)
    d.ident_index = len(d.els) - 1

    # general accountability
    h1("ga")
    kw = dict(role=role, area=p["area"][1] if fr else p["area"][0], area_l=area_l, dept=dept, sup=sup_title,
              branch=p["branch"][1] if fr else p["branch"][0], **fr_articles(p["role"][1], p["sup_title_fr"]))
    if bi:
        d.add("p", rng.choice(T.GA_EN).format(**{**kw, "role": p["role"][0], "area": p["area"][0], "area_l": p["area"][0].lower(), "dept": p["dept"][0], "sup": p["sup_title_en"]}))
        d.add("p", rng.choice(T.GA_FR).format(**{**kw, "role": p["role"][1], "area": p["area"][1], "area_l": p["area"][1].lower(), "dept": p["dept"][1], "sup": p["sup_title_fr"]}))
    else:
        d.add("p", rng.choice(T.GA_FR if fr else T.GA_EN).format(**kw))

    # organization structure
    h1("org")
    nsib = rng.randint(3, 8)
    ttl = p["title_en"] if bi else title
    if fr:
        intro = f"{kw['Le_role']} est l'un des {nsib} postes relevant {kw['du_sup']}."
    else:
        intro = f"The {ttl} is one of {nsib} positions reporting to the {p['sup_title_en']}."
    if sup_mode == "sentence":
        st = p["sup_title_fr"] if fr else p["sup_title_en"]
        parts = []
        if p["sup_class"]:
            parts.append(cls(p["sup_class"]).strip("()"))
        if p["sup_pos"]:
            parts.append(f"poste no {p['sup_pos']}" if fr else f"position no. {p['sup_pos']}")
        extra = f" ({', '.join(parts)})" if parts else ""
        intro = (f"Le titulaire relève directement {kw['du_sup']}{extra}; le poste est l'un des {nsib} postes de cadre de la direction générale."
                 if fr else f"The position reports directly to the {st}{extra} and is one of {nsib} executive positions in the branch.")
    d.add("p", intro)
    reps = p["reports"]
    rtitle = lambda r: r[1] if fr else r[0]
    d.add("p", "Relèvent du titulaire :" if fr else (f"The following positions report to the {ttl}:" if rep_layout != "prose" else ""))
    layout = rep_layout
    if layout == "table":
        hdr = (["Poste", "Classification", "ETP"] if fr else (["Position / Poste", "Group and level / Groupe et niveau", "FTE / ETP"] if bi else ["Position", "Classification", "FTEs"]))
        d.add("table", hdr, [[rtitle(r), cls(r[2]) if r[2] else "", str(r[3]) if r[3] is not None else ""] for r in reps])
    elif layout == "prose":
        bits = []
        for r in reps:
            inside = ", ".join(x for x in [cls(r[2]).strip("()") if r[2] else "", fmt_fte(r[3], fstyle, fr) if r[3] is not None else ""] if x)
            bits.append(f"{'le' if fr else 'the'} {rtitle(r)}" + (f" ({inside})" if inside else ""))
        joined = ", ".join(bits[:-1]) + (" et " if fr else " and ") + bits[-1]
        d.add("p", (f"Le titulaire dirige {len(reps)} subordonnés directs : {joined}." if fr
                    else f"Reporting to the {ttl} are {joined}."))
    else:
        items = []
        for r in reps:
            c, ft = (cls(r[2]).strip("()") if r[2] else None), (fmt_fte(r[3], fstyle, fr) if r[3] is not None else None)
            if layout == "list_paren":
                inside = ", ".join(x for x in [c, ft] if x)
                items.append(rtitle(r) + (f" ({inside})" if inside else ""))
            elif layout == "list_dash":
                items.append(" – ".join(x for x in [rtitle(r), c, ft] if x))
            else:
                items.append((f"{c} – " if c else "") + rtitle(r) + (f" ({ft})" if ft else ""))
        d.add("bullets", items)
    pool = list(T.NS_FR if fr else T.NS_EN)
    org_para = pool.pop(rng.randrange(len(pool)))
    d.add("p", org_para.format(**kw) if not bi else org_para.format(**{**kw, "dept": p["dept"][0], "area_l": p["area"][0].lower(), "role": p["role"][0]}))

    # nature and scope
    h1("ns")
    for para in rng.sample(pool, rng.randint(4, len(pool))):
        d.add("p", para.format(**kw) if not bi else para.format(**{**kw, "dept": p["dept"][0], "area_l": p["area"][0].lower(), "role": p["role"][0]}))
    if bi:
        for para in rng.sample(T.NS_FR, 3):
            d.add("p", para.format(**{**kw, "dept": p["dept"][1], "area_l": p["area"][1].lower(), "role": p["role"][1]}))
    if rng.random() < 0.7:
        d.add("h2", "Principaux défis" if fr else "Key Challenges")
        d.add("bullets", rng.sample(T.CHAL_FR if fr else T.CHAL_EN, rng.randint(3, 5)))

    # dimensions
    h1("dim")
    fte_lab = "ETP" if fr else rng.choice(["FTEs", "Full-time equivalents (FTEs)", "Number of FTEs", "Human resources"])
    dims = []
    if p["dims_mode"] == "annex":
        d.add("p", "Les ressources financières de la direction pour l'exercice en cours sont présentées à l'annexe B." if fr
              else "The financial resources of the directorate for the current fiscal year are shown in Annex B.")
        dims.append((fte_lab, fmt_fte(p["fte"], fstyle, fr) if fstyle in ("staff",) else str(p["fte"])))
    elif p["dims_mode"] == "total_only":
        dims.append((fte_lab, str(p["fte"])))
        dims.append(("Budget de fonctionnement total" if fr else "Total operating budget", money(p["total"])))
    else:
        dims.append((fte_lab, str(p["fte"])))
        dims.append(((rng.choice(["Salaires", "Budget salarial", "Traitements"]) if fr else rng.choice(["Salary", "Salary Budget", "Salaries"])), money(p["salary"])))
        dims.append(((rng.choice(["F et E", "Fonctionnement et entretien (F et E)"]) if fr else rng.choice(["O&M", "Operating and Maintenance (O&M)", "Non-salary (O&M)"])), money(p["o_and_m"])))
        if p["dims_mode"] == "all":
            dims.append((("Total" if fr else rng.choice(["Total", "Total Budget"])), money(p["total"])))
    if p["program_budget"]:
        dims.append(("Subventions et contributions" if fr else "Grants and Contributions", money(p["program_budget"])))
    d.add("fields", dims, rng.choice(["colon", "dots", "table"]))

    # specific accountabilities
    h1("sa")
    pool = T.SA_FR if fr else T.SA_EN
    k = rng.randint(7, len(pool))
    items = [(hd.format(**kw), [s.format(**kw) for s in subs[:rng.randint(2, len(subs))]]) for hd, subs in rng.sample(pool, k)]
    d.add("items", items, rng.choice(["num_alpha", "num_dec", "num_bullet"]))
    if bi:
        items = [(hd.format(**{**kw, "sup": p["sup_title_fr"], "area_l": p["area"][1].lower()}), subs[:2]) for hd, subs in rng.sample(T.SA_FR, 6)]
        d.add("h2", "Responsabilités spécifiques (version française)")
        d.add("items", items, "num_alpha")

    # contacts
    if rng.random() < 0.7:
        h1("contacts")
        for c in (T.CONTACTS_FR if fr else T.CONTACTS_EN):
            d.add("p", c)

    # annexes
    chart = rng.random() < 0.8
    budget = p["dims_mode"] == "annex" or rng.random() < 0.6
    comm = rng.random() < 0.7
    if chart:
        d.add("break")
        h1("annex_org")
        names = p["chart_names"]
        if names:
            people.extend(x for x in names if x)
        top = f"{p['title_en'] if bi else title} ({cls(p['classification']).strip('()')})"
        rows = []
        for j, r in enumerate(reps):
            who = (names[j] if names and names[j] else ("vacant" if names else None))
            rows.append((rtitle(r), cls(r[2]).strip("()") if r[2] else "", who))
        d.add("orgchart", f"{sup_title if not bi else p['sup_title_en']}", top, rows)
    d.has_budget = budget
    if budget:
        d.add("break")
        h1("annex_budget")
        thousands = rng.random() < 0.4
        cur = "en cours" if fr else "current"
        ys = [fy(fy_start - 1), fy(fy_start) + f" ({cur})", fy(fy_start + 1)]
        if fr:
            ys = [fy(fy_start - 1) + " (réel)", fy(fy_start) + " (en cours)", fy(fy_start + 1) + " (prévu)"]
        else:
            ys = [fy(fy_start - 1) + " (actual)", fy(fy_start) + " (current)", fy(fy_start + 1) + " (planned)"]
        def var(v):
            return int(round(v * rng.uniform(0.85, 1.12), -4))
        sal = [var(p["salary"]), p["salary"], var(p["salary"])]
        om = [var(p["o_and_m"]), p["o_and_m"], var(p["o_and_m"])]
        num = (lambda v: f"{v // 1000:,}".replace(",", " " if fr else ",")) if thousands else (lambda v: money(v))
        unit = " ($000)" if thousands and not fr else ""
        if thousands and fr:
            d.add("p", "(en milliers de dollars)")
        rows = [["Salaires" if fr else "Salary"] + [num(v) for v in sal],
                ["F et E" if fr else "O&M"] + [num(v) for v in om],
                ["Total"] + [num(a + b) for a, b in zip(sal, om)],
                ["ETP" if fr else "FTEs", str(p["fte"] - rng.randint(0, 4)), str(p["fte"]), str(p["fte"] + rng.randint(0, 6))]]
        d.add("table", [("Poste budgétaire" if fr else "Item") + unit] + ys, rows)
        d.add("p", "Source : Direction générale du dirigeant principal des finances, plan budgétaire ministériel." if fr
              else "Source: Chief Financial Officer Branch, departmental budget plan. Figures for future years are indicative.")
    if comm:
        d.add("break")
        h1("annex_comm")
        pool = T.COMMITTEES_FR if fr else T.COMMITTEES_EN
        cs = rng.sample(pool, rng.randint(4, min(7, len(pool))))
        d.add("table", (["Comité", "Rôle du titulaire", "Fréquence"] if fr else ["Committee", "Role of the incumbent", "Frequency"]),
              [[a, b.format(role=role), c] for a, b, c in cs])

    if rng.random() < 0.45:
        d.add("break")
        h1("annex_klc")
        d.add("p", "Les compétences clés en leadership de la fonction publique s'appliquent à tous les cadres :" if fr
              else "The Key Leadership Competencies profile applies to all executives of the public service:")
        for a, b in (T.KLC_FR if fr else T.KLC_EN):
            d.add("h2", a)
            d.add("p", b)
    if rng.random() < 0.35:
        d.add("break")
        h1("annex_deleg")
        lim = {1: (25_000, 100_000, 25_000, 2_500), 2: (100_000, 250_000, 40_000, 5_000),
               3: (500_000, 1_000_000, 100_000, 10_000), 4: (5_000_000, 5_000_000, 1_000_000, 25_000)}[p["level"]]
        full = lambda v: fmt_money(v, "full", fr, sp)
        vals = dict(a=full(lim[0]), b=full(lim[1]), c=full(lim[2]), d=full(lim[3]),
                    lvl=("EX-01" if p["level"] >= 3 else ("AS-07" if p["level"] == 2 else "AS-06")))
        d.add("p", "Pouvoirs délégués au titulaire en vertu de l'instrument de délégation ministériel :" if fr
              else "Authorities delegated to the position under the departmental delegation instrument:")
        d.add("table", ["Pouvoir", "Limite"] if fr else ["Authority", "Limit"],
              [[a, b.format(**vals)] for a, b in (T.DELEGATION_FR if fr else T.DELEGATION_EN)])

    d.meta["feat"] = {"ident": ident_layout, "sup": sup_mode, "reports": rep_layout, "heading": hstyle, "dims": p["dims_mode"],
                      "csr": csr, "chart": chart, "budget": budget, "committees": comm, "program_budget": bool(p["program_budget"]),
                      "klc": any(e[0] == "h1" and ("Compétences" in e[1] or "Competencies" in e[1]) for e in d.els),
                      "delegation": any(e[0] == "h1" and ("Pouvoirs" in e[1] or "Authorities" in e[1]) for e in d.els),
                      "cstyle": cstyle, "dstyle": dstyle if p["effective_date"] else None, "mstyle": mstyle, "footer": d.meta["footer"]}

    # signatures
    d.add("break")
    h1("sign")
    if variant != "draft":
        d.add("p", "Les signatures ci-dessous attestent que la présente description de travail décrit avec exactitude les fonctions du poste." if fr
              else "The signatures below certify that this work description accurately describes the duties assigned to the position.")
        sd = (p["effective_date"] or cover_date) + dt.timedelta(days=rng.randint(3, 60))
        sigs = []
        if p["incumbent"]:
            sigs.append(("Titulaire" if fr else ("Incumbent / Titulaire" if bi else "Incumbent"), p["incumbent"], sd))
            if p["incumbent"] not in people:
                people.append(p["incumbent"])
        sigs.append(((f"Superviseur(e) – {sup_title}" if fr else f"Supervisor – {p['sup_title_en']}"), p["signer_sup"], sd + dt.timedelta(days=rng.randint(0, 9))))
        people.append(p["signer_sup"])
        if p["signer_top"]:
            sigs.append(("Sous-ministre adjoint(e)" if fr else "Approved by (Assistant Deputy Minister)" if p["level"] < 3 else "Approved by (Deputy Minister)", p["signer_top"], sd + dt.timedelta(days=rng.randint(10, 30))))
            people.append(p["signer_top"])
        d.add("sig", sigs, date)
        if p["hr_advisor"]:
            d.add("p", (f"Classification confirmée par : {p['hr_advisor']}, conseiller(ère) en classification, Ressources humaines." if fr
                        else f"Classification confirmed by {p['hr_advisor']}, Classification Advisor, Human Resources."))
            people.append(p["hr_advisor"])
    else:
        d.add("p", "To be signed once the description is approved by the Branch Management Committee.")
    d.people = people
    return d


# --- rendering to lines (text, PDF, OCR, Markdown) -----------------------------------------------

def wrap(text: str, width: int, indent: str = "", first: str | None = None) -> list[str]:
    words, out, cur = text.split(" "), [], first if first is not None else indent
    start = len(cur)
    for w in words:
        if len(cur) + len(w) + (1 if len(cur) > start else 0) > width and len(cur) > start:
            out.append(cur.rstrip())
            cur = indent
            start = len(cur)
        cur += (" " if len(cur) > start else "") + w
    out.append(cur.rstrip())
    return out


def field_lines(fields, layout, tabs_ok=True) -> list[str]:
    out = []
    lw = max(len(a) for a, _ in fields) + 2
    for a, v in fields:
        if layout == "colon":
            out.append(f"{a}: {v}".rstrip())
        elif layout == "nextline":
            out += [f"{a}:", f"    {v}" if v else "", ""]
        elif layout == "dots":
            out.append(f"{a} {'.' * max(3, 46 - len(a))} {v}".rstrip())
        elif layout == "tabs" and tabs_ok:
            out.append(f"{a}:\t{v}".rstrip())
        else:
            out.append(f"{a}:".ljust(lw + 1) + f"  {v}".rstrip() if layout == "tabs" else f"| {a.ljust(lw)} | {v}")
    return out


def table_lines(hdr, rows) -> list[str]:
    w = [max(len(str(r[j])) for r in [hdr] + rows) for j in range(len(hdr))]
    if sum(w) + 3 * len(w) > WIDTH:
        w[0] = max(20, WIDTH - sum(w[1:]) - 3 * len(w))
    line = lambda r: "  ".join(str(c)[:w[j]].ljust(w[j]) for j, c in enumerate(r)).rstrip()
    return [line(hdr), "  ".join("-" * x for x in w)] + [line(r) for r in rows]


def body_lines(d: Doc, toc_pages: dict | None, kind: str) -> list[list[str] | str]:
    """Lines with "\f" marking forced page breaks; headings tagged ("H", text)."""
    out: list = []
    fr = d.meta["fr"]
    for el in d.els:
        k = el[0]
        if k == "cover":
            out += [""] * 12 + [x.center(WIDTH).rstrip() for x in el[1]]
        elif k == "break":
            out.append("\f")
        elif k == "toc":
            out += [el[1].upper(), ""]
            for h in [e[1] for e in d.els if e[0] == "h1"]:
                pg = (toc_pages or {}).get(h, 0)
                out.append(f"{h} {'.' * max(3, 80 - len(h))} {pg:>2}")
        elif k == "h1":
            out += ["", ("H", el[1]), ""]
        elif k == "h2":
            out += ["", el[1], ""]
        elif k == "p":
            if el[1]:
                out += wrap(el[1], WIDTH) + [""]
        elif k == "fields":
            out += field_lines(el[1], el[2], tabs_ok=kind in ("text", "text-cp1252")) + [""]
        elif k == "bullets":
            for b in el[1]:
                out += wrap(b, WIDTH, "   ", " -  " if kind != "pdf" else " •  ")
            out.append("")
        elif k == "items":
            for j, (hd, subs) in enumerate(el[1], 1):
                out += wrap(hd, WIDTH, "    ", f"{j}.".ljust(4))
                for s_i, s in enumerate(subs):
                    mark = {"num_alpha": f"({'abcdefgh'[s_i]})", "num_dec": f"{j}.{s_i + 1}", "num_bullet": "-"}[el[2]]
                    out += wrap(s, WIDTH, "           ", f"      {mark} ".ljust(11))
                out.append("")
        elif k == "table":
            out += table_lines(el[1], el[2]) + [""]
        elif k == "orgchart":
            sup, top, rows = el[1], el[2], el[3]
            bw = max(len(top), len(sup)) + 4
            box = lambda t: ["+" + "-" * (bw - 2) + "+", "| " + t.center(bw - 4) + " |", "+" + "-" * (bw - 2) + "+"]
            out += [x.center(WIDTH).rstrip() for x in box(sup)] + ["|".center(WIDTH).rstrip()]
            out += [x.center(WIDTH).rstrip() for x in box(top)] + ["|".center(WIDTH).rstrip()]
            for t, c, who in rows:
                out.append(f"    +-- {t}" + (f" [{c}]" if c else "") + (f" – {who}" if who else ""))
            out.append("")
        elif k == "sig":
            for lab, name, sd in el[1]:
                out += ["", "_" * 40 + "      " + "_" * 20, f"{name}".ljust(46) + ("Date : " if fr else "Date: ") + el[2](sd), lab, ""]
    return out


def footer_text(style, pg, total, fr, prot):
    of = "de" if fr else "of"
    return {"page_of": f"Page {pg} {of} {total}", "dash": f"- {pg} -", "slash": f"{pg}/{total}",
            "page_of_prot": f"{prot}    Page {pg} {of} {total}"}[style]


def paginate(d: Doc, kind: str) -> list[list[str]]:
    """Pages of lines, with running header and footer, the table of contents filled in."""
    pages_of = {}
    for _ in range(2):
        lines = body_lines(d, pages_of, kind)
        pages, cur = [], []
        for ln in lines:
            if ln == "\f":
                pages.append(cur)
                cur = []
                continue
            if len(cur) >= PAGE_LINES - 4:
                pages.append(cur)
                cur = []
            if isinstance(ln, tuple):
                pages_of[ln[1]] = len(pages) + 1
                if len(cur) >= PAGE_LINES - 10:
                    pages.append(cur)
                    cur = []
                    pages_of[ln[1]] = len(pages) + 1
                ln = ln[1]
            cur.append(ln)
        pages.append(cur)
    fr = d.meta["fr"]
    prot = "PROTÉGÉ A" if fr else "PROTECTED A"
    total = len(pages)
    out = []
    for n, pg in enumerate(pages, 1):
        while pg and pg[0] == "":
            pg = pg[1:]
        head = [] if n == 1 else [d.meta["header"], ""]
        foot = ["", footer_text(d.meta["footer"], n, total, fr, prot).rjust(WIDTH)] if n > 1 else []
        out.append(head + pg + foot)
    return out


# --- OCR damage ----------------------------------------------------------------------------------

DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}


def damage_line(ln: str, rng: random.Random, strength: float) -> str:
    words = ln.split(" ")
    out = []
    for w in words:
        if any(ch.isdigit() for ch in w) and rng.random() < strength:
            w = "".join(DIGIT.get(ch, ch) if rng.random() < 0.5 else ch for ch in w)
            if "1" in w and rng.random() < 0.3:
                w = w.replace("1", "l", 1)
        elif len(w) > 4 and w.isalpha() and rng.random() < strength / 5:
            w = rng.choice([w.replace("m", "rn", 1), w.replace("e", "c", 1), w.replace("i", "l", 1), w.replace("rn", "m", 1), w.replace("t", "l", 1)])
        out.append(w)
    s = " ".join(out)
    if rng.random() < strength / 6 and s.count(" ") > 4:
        k = rng.randint(1, s.count(" ") - 1)
        parts = s.split(" ")
        s = " ".join(parts[:k]) + parts[k] + " " + " ".join(parts[k + 1:]) if k + 1 < len(parts) else s
    return s


def ocr_pages(pages: list[list[str]], rng: random.Random, strength: float) -> list[list[str]]:
    out = []
    for pg in pages:
        new = []
        for ln in pg:
            if ln.startswith("+--") or ln.strip().startswith("+-"):
                ln = ln.replace("+--", "+—" if rng.random() < .3 else "|--")
            new.append(damage_line(ln, rng, strength))
        # hyphenated line ends: split a long word at the end of a few lines
        for j in range(len(new) - 1):
            if len(new[j]) > 70 and rng.random() < 0.08 and new[j + 1] and not new[j + 1].startswith(" "):
                w = new[j + 1].split(" ")[0]
                if len(w) > 6 and w.isalpha():
                    new[j] += " " + w[:3] + "-"
                    new[j + 1] = w[3:] + new[j + 1][len(w):]
        out.append(new)
    return out


# --- Word ----------------------------------------------------------------------------------------

def add_field(par, instr: str):
    r = par.add_run()
    for tag, text in (("begin", None), ("instr", instr), ("separate", None), ("t", "1"), ("end", None)):
        if tag == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
            r._r.append(el)
        elif tag == "t":
            el = OxmlElement("w:t")
            el.text = text
            r._r.append(el)
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
            r._r.append(el)


def to_docx(d: Doc, rng: random.Random, toc_pages: dict, author: str) -> bytes:
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = rng.choice(["Arial", "Calibri", "Times New Roman"]), Pt(11)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = d.meta["header"].replace("    ", "\t\t")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fr = d.meta["fr"]
    if d.meta["footer"] == "dash":
        fp.add_run("- ")
        add_field(fp, "PAGE")
        fp.add_run(" -")
    else:
        if d.meta["footer"] == "page_of_prot":
            fp.add_run(("PROTÉGÉ A" if fr else "PROTECTED A") + "\t\t")
        fp.add_run("Page ")
        add_field(fp, "PAGE")
        fp.add_run(" de " if fr else " of ")
        add_field(fp, "NUMPAGES")
    use_list_style = rng.random() < 0.35
    for el in d.els:
        k = el[0]
        if k == "cover":
            for _ in range(6):
                doc.add_paragraph()
            for j, x in enumerate(el[1]):
                para = doc.add_paragraph()
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = para.add_run(x)
                run.bold = j < 6
                run.font.size = Pt(16 if 2 <= j <= 5 else 12)
        elif k == "break":
            doc.add_page_break()
        elif k == "toc":
            doc.add_paragraph(el[1], style="Title" if rng.random() < .3 else "Heading 1")
            for h in [e[1] for e in d.els if e[0] == "h1"]:
                para = doc.add_paragraph()
                para.paragraph_format.tab_stops.add_tab_stop(Inches(6.3), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                para.add_run(f"{h}\t{toc_pages.get(h, 0)}")
        elif k == "h1":
            doc.add_heading(el[1], level=1)
        elif k == "h2":
            doc.add_heading(el[1], level=2)
        elif k == "p":
            if el[1]:
                doc.add_paragraph(el[1])
        elif k == "fields":
            if el[2] in ("table", "tabs", "nextline"):
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for a, v in el[1]:
                    cells = t.add_row().cells
                    cells[0].text = a if el[2] != "tabs" else a + ":"
                    cells[1].text = v
                    cells[0].paragraphs[0].runs[0].bold = True
                doc.add_paragraph()
            elif el[2] == "dots":
                for a, v in el[1]:
                    para = doc.add_paragraph()
                    para.paragraph_format.tab_stops.add_tab_stop(Inches(3.2), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
                    para.add_run(f"{a}\t{v}")
            else:
                for a, v in el[1]:
                    para = doc.add_paragraph()
                    para.add_run(f"{a}:").bold = True
                    para.add_run(f" {v}")
        elif k == "bullets":
            for b in el[1]:
                doc.add_paragraph(b, style="List Bullet")
        elif k == "items":
            for j, (hd, subs) in enumerate(el[1], 1):
                if use_list_style:
                    doc.add_paragraph(hd, style="List Number")
                else:
                    doc.add_paragraph(f"{j}.\t{hd}")
                for s_i, s in enumerate(subs):
                    mark = {"num_alpha": f"({'abcdefgh'[s_i]})", "num_dec": f"{j}.{s_i + 1}", "num_bullet": "–"}[el[2]]
                    para = doc.add_paragraph(f"{mark}\t{s}")
                    para.paragraph_format.left_indent = Inches(0.5)
        elif k == "table":
            t = doc.add_table(rows=1, cols=len(el[1]))
            t.style = "Table Grid"
            for j, h in enumerate(el[1]):
                t.rows[0].cells[j].text = h
            for r in el[2]:
                cells = t.add_row().cells
                for j, c in enumerate(r):
                    cells[j].text = str(c)
            doc.add_paragraph()
        elif k == "orgchart":
            sup, top, rows = el[1], el[2], el[3]
            for x in (sup, "│", top, "│"):
                para = doc.add_paragraph(x)
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            t = doc.add_table(rows=1, cols=min(len(rows), 4))
            t.style = "Table Grid"
            row = t.rows[0]
            for j, (ti, c, who) in enumerate(rows):
                if j and j % 4 == 0:
                    row = t.add_row()
                row.cells[j % 4].text = "\n".join(x for x in (ti, c, who) if x)
            doc.add_paragraph()
        elif k == "sig":
            t = doc.add_table(rows=0, cols=3)
            for lab, name, sd in el[1]:
                cells = t.add_row().cells
                cells[0].text = f"{lab}\n\n______________________________\n{name}"
                cells[1].text = ""
                cells[2].text = f"\n\n____________________\n{'Date : ' if fr else 'Date: '}{el[2](sd)}"
    cp = doc.core_properties
    fixed = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.author, cp.last_modified_by, cp.title, cp.revision = author, author, "", 3
    cp.created = cp.modified = cp.last_printed = fixed
    buf = io.BytesIO()
    doc.save(buf)
    return rezip(buf.getvalue())


def rezip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# --- Markdown --------------------------------------------------------------------------------------

def to_markdown(d: Doc, toc_pages: dict) -> str:
    out = []
    for el in d.els:
        k = el[0]
        if k == "cover":
            out += [f"# {el[1][0]}", ""] + [f"**{x}**" if x else "" for x in el[1][1:]] + [""]
        elif k == "break":
            out += ["---", ""]
        elif k == "toc":
            out += [f"## {el[1]}", ""] + [f"*   {h} ........ {toc_pages.get(h, 0)}" for h in [e[1] for e in d.els if e[0] == "h1"]] + [""]
        elif k == "h1":
            out += [f"## {el[1]}", ""]
        elif k == "h2":
            out += [f"### {el[1]}", ""]
        elif k == "p":
            if el[1]:
                out += [el[1], ""]
        elif k == "fields":
            if el[2] == "table":
                out += ["| | |", "|---|---|"] + [f"| **{a}** | {v} |" for a, v in el[1]] + [""]
            else:
                out += [f"*   **{a}:** {v}".rstrip() for a, v in el[1]] + [""]
        elif k == "bullets":
            out += [f"*   {b}" for b in el[1]] + [""]
        elif k == "items":
            for j, (hd, subs) in enumerate(el[1], 1):
                out.append(f"{j}.  {hd}")
                out += [f"    *   {s}" for s in subs]
            out.append("")
        elif k == "table":
            out += ["| " + " | ".join(el[1]) + " |", "|" + "---|" * len(el[1])] + ["| " + " | ".join(map(str, r)) + " |" for r in el[2]] + [""]
        elif k == "orgchart":
            out += [f"**{el[1]}**", "", f"└── **{el[2]}**"] + [f"    ├── {t}" + (f" ({c})" if c else "") + (f" — {w}" if w else "") for t, c, w in el[3]] + [""]
        elif k == "sig":
            for lab, name, sd in el[1]:
                out += [f"**{lab}**", "", "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_", f"{name} — Date: {el[2](sd)}", ""]
    return "\n".join(out).rstrip() + "\n"


# --- file names ------------------------------------------------------------------------------------

def file_name(p: dict, rng: random.Random, ext: str, variant: str, taken: set) -> str:
    t_en, t_fr, cls, acr = p["title_en"], p["title_fr"], p["classification"], p["acr"]
    y = (p["effective_date"] or dt.date(2023, 1, 1)).year
    if variant == "draft":
        opts = [f"{t_en} - DRAFT v0.{rng.randint(3, 9)}"]
    elif variant == "signed":
        opts = [f"{t_en} - signed"]
    elif p["lang"] == "fr":
        opts = [f"DT - {t_fr}", f"Description de travail - {t_fr} (signée)", f"{t_fr} - {cls} - version finale",
                f"{acr} {t_fr} {y}"]
    elif p["lang"] == "bi":
        opts = [f"{t_en} - {t_fr}", f"WD-DT {t_en} {cls}", f"{t_en} (bilingue) FINAL"]
    else:
        opts = [f"{t_en} - {cls}", f"{acr} - {t_en} ({cls}) FINAL", f"WD {t_en} {y}", f"{t_en} - signed",
                f"Work Description - {t_en}", f"{cls} {t_en} work description (1)", f"{t_en}_{p['position_number'] or 'NEW'}",
                f"{t_en} FINAL {y}-{rng.randint(1, 12):02d}"]
    for _ in range(20):
        name = rng.choice(opts) + "." + ext
        if name not in taken:
            taken.add(name)
            return name
    raise RuntimeError(name)


# --- expected --------------------------------------------------------------------------------------

def expected_for(p: dict, name: str, kind: str, people: list[str], versions, has_budget: bool) -> dict:
    """The truth: what the document states (the budget annex's current year states salary, O&M and
    total even when the Dimensions section gives fewer)."""
    fr = p["lang"] == "fr"
    dm = "all" if has_budget else p["dims_mode"]
    fields = {
        "title": p["title_fr"] if fr else p["title_en"],
        "classification": p["classification"],
        "job_code": p["job_code"],
        "position_number": p["position_number"],
        "effective_date": p["effective_date"],
        "supervisor": {"position_number": p["sup_pos"], "title": p["sup_title_fr"] if fr else p["sup_title_en"],
                       "classification": p["sup_class"]},
        "direct_reports": [{"title": r[1] if fr else r[0], "classification": r[2], "fte": r[3]} for r in p["reports"]],
        "salary": None if dm == "total_only" else p["salary"],
        "o_and_m": None if dm == "total_only" else p["o_and_m"],
        "total": None if dm == "no_total" else p["total"],
        "location": f"{p['location'][0]}, {p['location'][1]}" if p["location"] else None,
    }
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date") if fields[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if fields["supervisor"][k] is None]
    ns += [k for k in ("salary", "o_and_m", "total", "location") if fields[k] is None]
    also = {"fte": p["fte"], "operating_budget": None, "program_budget": p["program_budget"],
            "provisional_number": p["provisional"]}
    if p["lang"] == "bi":
        also["title_fr"] = p["title_fr"]
    return {"document": name, "kind": kind, "language": {"en": "en", "fr": "fr", "bi": "bilingual"}[p["lang"]],
            "outcome": "import", "fields": fields, "not_stated": ns, "also": also, "people": people, "versions": versions}


def refused(name, kind, lang, people):
    return {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None, "not_stated": [],
            "also": None, "people": people, "versions": None}


# --- writing -----------------------------------------------------------------------------------------

def toc_of(d: Doc, kind: str) -> tuple[dict, list]:
    """The page of each heading (for Word, as the text pagination estimates it: a stale table of
    contents, as Word files often have) and the pages."""
    toc, pages = {}, paginate(d, kind)
    for h in [e[1] for e in d.els if e[0] == "h1"]:
        for n, pg in enumerate(pages, 1):
            if h in pg:
                toc[h] = n
                break
    return toc, pages


def render(p, d, kind, rng, toc_pages) -> bytes:
    if kind == "docx":
        return to_docx(d, rng, toc_pages, rng.choice([p["acr"], "HR Classification", "Executive Services", ""]))
    if kind == "markdown":
        return to_markdown(d, toc_pages).encode("utf-8")
    pages = paginate(d, kind)
    if kind == "pdf":
        return pdf_bytes(["\n".join(pg) for pg in pages])
    if kind == "ocr":
        pages = ocr_pages(pages, rng, rng.choice([0.15, 0.3, 0.45]))
        if p["i"] % 2 == 0:
            return ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join("\n".join(pg) for pg in pages)).encode("utf-8")
        return "\n\f".join("\n".join(pg) for pg in pages).encode("utf-8") + b"\n"
    text = "\f\n".join("\n".join(pg) + "\n" for pg in pages) if rng.random() < 0.5 else "\n\n".join("\n".join(pg) for pg in pages) + "\n"
    if kind == "text-cp1252":
        text = text.replace("'", "\u2019").replace("\n", "\r\n")
        return text.encode("cp1252")
    return text.encode("utf-8")


def main() -> None:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for dd in (corpus, expected):
        if dd.exists():
            shutil.rmtree(dd)
        dd.mkdir(parents=True)
    names = Names(random.Random(f"{SEED}-names"))
    taken: set = set()
    ext = {"docx": "docx", "pdf": "pdf", "text": "txt", "text-cp1252": "txt", "ocr": "txt", "markdown": "md"}
    docs, feats = [], []
    for i, spec in enumerate(T.POSITIONS):
        p = make_position(i, spec, names)
        variants = [""]
        if p["dkey"] == "PSPC" and p["role"][0] == "Director":  # two versions of Pay Operations
            variants = ["draft", "signed"]
        vnames = []
        for variant in variants:
            rng = random.Random(f"{SEED}-doc-{i}-{variant}")
            kind = p["kind"] if variant != "signed" else "pdf"
            q = dict(p)
            if variant == "draft":
                q["effective_date"] = None
            d = build(q, rng, variant)
            d.meta["feat"]["copy"] = rng.random() < 0.3 or variant == "signed"
            if d.meta["feat"]["copy"]:  # a second copy of the identification page, at the end
                d.add("break")
                d.add("fields", d.els[d.ident_index][1], d.els[d.ident_index][2])
            toc, pages = toc_of(d, kind)
            data = render(q, d, kind, rng, toc)
            name = file_name(q, rng, ext[kind], variant, taken)
            (corpus / name).write_bytes(data)
            docs.append((q, name, kind, d.people, len(pages), d.has_budget))
            d.meta["feat"].update(kind=kind, lang=q["lang"], level=q["classification"], dept=q["acr"], pages=len(pages))
            feats.append(d.meta["feat"])
            vnames.append(name)
        for q, name, kind, people, npages, has_budget in docs[-len(variants):]:
            versions = {"documents": vnames, "newest": vnames[-1]} if len(vnames) > 1 else None
            write_expected(expected, name, expected_for(q, name, kind, sorted(set(people), key=people.index), versions, has_budget))
    for name, kind, lang, data, people in refusals(names):
        (corpus / name).write_bytes(data)
        write_expected(expected, name, refused(name, kind, lang, people))
    for q, name, kind, _, npages, _ in docs:
        if npages < 6:
            print(f"short: {name} {npages} pages", file=sys.stderr)
    if "--stats" in sys.argv:
        import collections
        for key in feats[0]:
            print(key, dict(sorted(collections.Counter(str(f[key]) for f in feats).items())))


def write_expected(expected: Path, name: str, data: dict) -> None:
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=200)
    (expected / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


# --- documents to refuse -----------------------------------------------------------------------------

def refusals(names: Names):
    rng = random.Random(f"{SEED}-refuse")
    out = []
    # 1. a memo about updating EX work descriptions (docx)
    a, b = names.new(), names.new()
    d = Doc()
    d.meta = {"fr": False, "bi": False, "header": "Health Canada    PROTECTED A", "footer": "page_of"}
    d.add("p", "MEMORANDUM")
    d.add("fields", [("TO", "All executives, Corporate Services Branch"), ("FROM", f"{a}, Director General, Human Resources"),
                     ("DATE", "March 4, 2024"), ("SUBJECT", "Update of executive (EX) work descriptions before the 2024-25 talent management cycle")], "colon")
    d.add("p", "As part of the 2024-25 executive talent management cycle, all EX-01 to EX-03 work descriptions in the branch must be "
               "reviewed and, where required, updated before April 30, 2024. The following positions have descriptions older than five years:")
    d.add("table", ["Position number", "Title", "Level"], [["40217", "Director, Workplace Health and Safety", "EX-01"],
                                                           ["40388", "Director General, Real Property", "EX-03"],
                                                           ["41102", "Executive Director, Security", "EX-02"]])
    d.add("p", "Please send your updated descriptions, signed by your supervisor, to the Executive Services unit. Classification "
               f"advisors will contact you to schedule a review. Questions may be directed to {b}, Manager, Executive Services.")
    d.add("p", f"{a}")
    d.add("p", "Director General, Human Resources")
    out.append(("Memo - EX work descriptions update 2024.docx", "docx", "en", to_docx(d, rng, {}, "HC"), [a, b]))
    # 2. a French letter of offer, acting appointment (pdf)
    a, b = names.new(), names.new()
    txt = ["PROTÉGÉ B", "", "Agence de promotion économique du Canada atlantique", "Moncton (Nouveau-Brunswick)", "",
           "Le 12 septembre 2023", "", f"Madame {a}", "Moncton (Nouveau-Brunswick)", "",
           "Objet : Offre de nomination intérimaire – Directrice, Innovation et développement des affaires (EX-01), poste no 58214", "",
           f"Madame {a.split()[-1]},", "",
           "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Innovation et développement des",
           "affaires, classifié EX-01, du 2 octobre 2023 au 31 mars 2024. Votre traitement sera établi conformément à la",
           "Directive sur les conditions d'emploi des cadres supérieurs; l'échelle salariale du niveau EX-01 est de 131 788 $",
           "à 155 039 $.", "",
           "Les autres conditions de votre emploi demeurent inchangées. Veuillez signer et retourner une copie de la présente",
           "lettre d'ici le 22 septembre 2023 pour indiquer votre acceptation.", "",
           "Veuillez agréer, Madame, l'expression de mes sentiments distingués.", "", "", b, "Directeur général, Programmes et services", "",
           "ACCEPTATION", "J'accepte l'offre de nomination intérimaire aux conditions énoncées ci-dessus.", "",
           "____________________________          ______________", a, "Date"]
    out.append(("Lettre d'offre - intérim EX-01 (signée).pdf", "pdf", "fr", pdf_bytes(["\n".join(txt)]), [a, b]))
    # 3. an executive performance agreement (docx), long
    a, b = names.new(), names.new()
    d = Doc()
    d.meta = {"fr": False, "bi": False, "header": "Transport Canada    PROTECTED B", "footer": "page_of"}
    d.add("cover", ["Transport Canada", "", "EXECUTIVE PERFORMANCE AGREEMENT", "2023-2024", "", a, "Director, Marine Safety Programs (EX-01)", "", "PROTECTED B when completed"])
    d.add("break")
    d.add("toc", "Table of Contents")
    d.add("break")
    d.add("h1", "1. Executive Information")
    d.add("fields", [("Name", a), ("Position title", "Director, Marine Safety Programs"), ("Group and level", "EX-01"),
                     ("Position number", "72190"), ("Supervisor", f"{b}, Director General, Marine Safety and Security"),
                     ("Performance cycle", "April 1, 2023 to March 31, 2024")], "table")
    d.add("h1", "2. Work Objectives and Performance Measures")
    d.add("items", [("Deliver the Oceans Protection Plan marine safety commitments for 2023-24.", ["Measure: 95 % of milestones met on schedule;", "Measure: quarterly reports to the ADM."]),
                    ("Modernize the vessel inspection regime.", ["Measure: new risk-based model approved by the Executive Committee;", "Measure: pilot in two regions."]),
                    ("Manage the directorate's budget within 2 % of forecast.", ["Measure: year-end variance."])], "num_alpha")
    d.add("h1", "3. Leadership Commitments")
    d.add("p", "Demonstrates the Key Leadership Competencies: create vision and strategy, mobilize people, uphold integrity and respect, collaborate with partners and stakeholders, promote innovation and guide change, achieve results.")
    d.add("h1", "4. Corporate Commitments")
    d.add("p", "Contributes to departmental priorities on mental health, diversity and inclusion, official languages and the Greening Government Strategy.")
    d.add("h1", "5. Learning and Development")
    d.add("p", "Completion of the Canada School of Public Service course on risk-based regulation; participation in an interdepartmental mentoring program.")
    d.add("break")
    d.add("h1", "6. Signatures")
    d.add("sig", [("Executive", a, dt.date(2023, 5, 10)), ("Supervisor", b, dt.date(2023, 5, 15))], lambda x: x.isoformat())
    out.append(("Performance Agreement 2023-24 - Director Marine Safety Programs.docx", "docx", "en", to_docx(d, rng, toc_of(d, "docx")[0], "TC"), [a, b]))
    # 4. minutes of a classification review committee (md), bilingual
    a, b, c = names.new(), names.new(), names.new()
    md = f"""# Classification Review Committee – Record of Decisions
# Comité d'examen de la classification – Compte rendu des décisions

**Date:** 2023-11-21  **Location / Lieu:** 140 Promenade du Portage, Gatineau, room / salle 7B

**Members / Membres:** {a} (Chair / présidente), {b}, {c}

## 1. Adoption of the agenda / Adoption de l'ordre du jour

Adopted without changes. / Adopté sans modification.

## 2. Work descriptions reviewed / Descriptions de travail examinées

| Position / Poste | Title / Titre | Proposed / Proposé | Decision / Décision |
|---|---|---|---|
| 31877 | Director, Labour Market Analysis | EX-01 | Confirmed / Confirmé |
| 31902 | Executive Director, Skills Programs | EX-02 | Returned for changes / Retourné pour modifications |
| NEW | Director General, Data Strategy | EX-03 | Deferred / Reporté |

## 3. Action items / Mesures de suivi

1.  Executive Services to inform the sponsoring managers of the decisions by 2023-11-30.
2.  The Executive Director, Skills Programs description to be resubmitted with revised dimensions.

Next meeting / Prochaine réunion : 2023-12-19.
"""
    out.append(("CRC minutes 2023-11-21 - compte rendu.md", "markdown", "bilingual", md.encode("utf-8"), [a, b, c]))
    # 5. an organization chart saved as text
    a, b, c, e = names.new(), names.new(), names.new(), names.new()
    chart = f"""VETERANS AFFAIRS CANADA - ORGANIZATION CHART
Chief Financial Officer and Corporate Services Branch
As of 2024-02-01

                    +--------------------------------------------+
                    | Assistant Deputy Minister and CFO (EX-04)  |
                    | {a:<42} |
                    +--------------------------------------------+
                                        |
        +-------------------------------+-------------------------------+
        |                               |                               |
+------------------------+   +-------------------------+   +-------------------------+
| DG, Finance (EX-03)    |   | DG, Internal Services   |   | Director, Planning and  |
| {b:<22} |   | (EX-03) {c:<15} |   | Reporting (EX-01)       |
|                        |   |                         |   | {e:<23} |
+------------------------+   +-------------------------+   +-------------------------+
"""
    out.append(("Org chart CFOCSB Feb 2024.txt", "text", "en", chart.encode("utf-8"), [a, b, c, e]))
    # 6. a scanned work description without a text layer
    out.append(("Scan_20230412_0931.pdf", "pdf", "en", pdf_bytes([""] * 9), []))
    return out


if __name__ == "__main__":
    main()
