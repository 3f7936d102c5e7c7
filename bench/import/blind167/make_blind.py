"""Generate blind167: executive work descriptions with units of every size (no reports to 40 reports in
several tables), and five documents to refuse.  Deterministic: run from the repository root,
`python bench/import/blind167/make_blind.py`; corpus/ and expected/ are rewritten with the same bytes."""
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
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

R = random.Random(167167)
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

# ------------------------------------------------------------------ names
_used_names: set[str] = set()


def person() -> str:
    while True:
        n = f"{R.choice(T.FIRST)} {R.choice(T.LAST)}"
        if n not in _used_names:
            _used_names.add(n)
            return n


# ------------------------------------------------------------------ notations
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fdate(d: dt.date, style: str) -> str:
    if style == "us":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"


def fmoney(v: int, style: str) -> str:
    if style == "full":
        return f"${v:,}"
    if style == "M":
        return f"${v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
    if style == "K":
        return f"${v // 1000:,}K"
    if style == "million":
        return f"${v / 1e6:.2f} million"
    if style == "fr":
        return f"{v:,}".replace(",", "\u00a0") + " $"
    if style == "frM":
        return (f"{v / 1e6:.3f}".rstrip("0").rstrip(".")).replace(".", ",") + " M$"
    raise ValueError(style)


def fcls(c: str | None, style: str) -> str:
    if c is None:
        return ""
    g, n = c.split("-")
    return {"dash": c, "space": f"{g} {n}", "none": f"{g}{n}", "short": f"{g}-{int(n)}"}[style]


def ffte(f) -> str:
    if f is None:
        return ""
    if isinstance(f, float) and not f.is_integer():
        return str(f)
    return str(int(f))


def ffte_fr(f) -> str:
    return ffte(f).replace(".", ",")


# ------------------------------------------------------------------ positions
AREA_POOL = list(T.AREAS)
R.shuffle(AREA_POOL)
_posnums: set[str] = set()


def posnum() -> str:
    while True:
        n = str(R.choice([R.randint(10000, 99999), R.randint(100000, 999999)]))
        if n not in _posnums:
            _posnums.add(n)
            return n


NONE_EN = [("label", "None"), ("label", "N/A"), ("label", "0"), ("label", "nil"), ("label", "\u2014"),
           ("label", "No staff"), ("empty", None), ("sentence", "This position has no direct reports."),
           ("emptytable", None)]
NONE_FR = [("label", "Aucun employé"), ("label", "Sans objet"), ("label", "Néant"), ("label", "\u2014"),
           ("empty", None), ("sentence", "Aucun poste ne relève directement du titulaire.")]
NONE_BI = [("label", "None / Aucun"), ("label", "N/A / S.O."), ("emptytable", None)]

NONE_SEEN = {"en": 0, "fr": 0, "bilingual": 0}
ADV_TITLES = [("Senior Advisor to the Deputy Minister, {a}", "Conseiller principal du sous-ministre, {a}"),
              ("Executive Director, Special Projects ({a})", "Directeur exécutif, Projets spéciaux ({a})"),
              ("Executive Advisor, {a} (Interchange Canada)", "Conseiller exécutif, {a} (Échanges Canada)"),
              ("Director, Strategic Initiatives - {a}", "Directeur, Initiatives stratégiques - {a}"),
              ("Special Advisor, {a}", "Conseiller spécial, {a}")]
SMALL_TITLES = [("Director, {a}", "Directeur, {a}", "EX-01"), ("Executive Director, {a}", "Directeur exécutif, {a}", "EX-02"),
                ("Director General, {a}", "Directeur général, {a}", "EX-03")]
LARGE_TITLES = [("Director General, {a}", "Directeur général, {a}", "EX-03"),
                ("Regional Director General, {a}", "Directeur général régional, {a}", "EX-03"),
                ("Executive Director, {a}", "Directeur exécutif, {a}", "EX-02"),
                ("Director, {a}", "Directeur, {a}", "EX-01")]
SUP_TITLES = {"EX-01": [("Director General, {a}", "Directeur général, {a}", "EX-03"),
                        ("Executive Director, {a}", "Directeur exécutif, {a}", "EX-02")],
              "EX-02": [("Director General, {a}", "Directeur général, {a}", "EX-03")],
              "EX-03": [("Assistant Deputy Minister, {a}", "Sous-ministre adjoint, {a}", "EX-04")]}
ADV_SUP = [("Deputy Minister", "Sous-ministre", "DM-01"), ("Associate Deputy Minister", "Sous-ministre délégué", "DM-01"),
           ("Assistant Deputy Minister, {a}", "Sous-ministre adjoint, {a}", "EX-04")]
REPORT_LEVELS = ["PM-06", "PM-05", "AS-07", "AS-06", "EC-07", "EC-06", "CS-04", "FI-03", "PM-04", "AS-05", "EC-05"]


def make_reports(shape: str, a_en: str, a_fr: str):
    """Returns (groups, flat). groups: list of (name_en, name_fr, rows); row dict."""
    if shape == "small":
        n = R.randint(1, 5)
        rows = []
        words = R.sample(T.UNIT_WORDS, n)
        for i in range(n):
            w_en, w_fr = words[i]
            if i == n - 1 and n > 1 and R.random() < 0.5:
                rows.append(dict(t="Senior Advisor", tf="Conseiller principal", c=R.choice(["EC-07", "AS-07"]),
                                 f=None, n=1))
                continue
            if i == 0 and n == 1:
                rows.append(dict(t="Executive Assistant", tf="Adjoint exécutif", c="AS-02", f=1, n=1))
                continue
            f = R.choice([4, 7, 9, 12, 15, 18, 23, 31, 2.5, 6.5])
            rows.append(dict(t=f"Manager, {w_en}", tf=f"Gestionnaire, {w_fr}", c=R.choice(REPORT_LEVELS[:7]), f=f, n=1))
        return [(None, None, rows)]
    grouping = shape.split(":")[1]
    target = R.randint(15, 40)
    if grouping == "region":
        gnames = R.sample(T.REGIONS, R.randint(3, 5))
    elif grouping == "directorate":
        gnames = [(f"{w[0]} Directorate", f"Direction de {w[1].lower()}") for w in R.sample(T.UNIT_WORDS, R.randint(2, 4))]
    else:
        gnames = [(f"{w[0]} Program", f"Programme de {w[1].lower()}") for w in R.sample(T.UNIT_WORDS, R.randint(3, 4))]
    groups = []
    used = set()
    count = 0
    per = max(3, target // len(gnames))
    for gi, (g_en, g_fr) in enumerate(gnames):
        rows = []
        k = per if gi < len(gnames) - 1 else max(3, target - count)
        words = R.sample(T.UNIT_WORDS, min(len(T.UNIT_WORDS), k))
        j = 0
        while sum(r["n"] for r in rows) < k:
            w_en, w_fr = words[j % len(words)]
            j += 1
            roll = R.random()
            short = g_en if grouping == "region" else w_en
            short_fr = g_fr if grouping == "region" else w_fr
            if roll < 0.12 and k - sum(r["n"] for r in rows) >= 2:
                cnt = R.randint(2, 4)
                lvl = R.choice(["AS-05", "PM-04", "EC-05", "AS-04"])
                rows.append(dict(t="Program Officer" if lvl != "EC-05" else "Analyst",
                                 tf="Agent de programme" if lvl != "EC-05" else "Analyste",
                                 c=lvl, f=None, n=cnt, counted=True, cfte=R.random() < 0.5))
                continue
            if grouping == "region":
                t, tf = f"Manager, {w_en} ({short})", f"Gestionnaire, {w_fr} ({short_fr})"
            else:
                t, tf = f"Manager, {w_en}", f"Gestionnaire, {w_fr}"
            t0, tf0 = t, tf
            for pre, pre_fr in (("Team Leader", "Chef d'équipe"), ("Supervisor", "Superviseur"),
                                ("Coordinator", "Coordonnateur"), ("Senior Analyst", "Analyste principal")):
                if t not in used:
                    break
                t, tf = t0.replace("Manager", pre, 1), tf0.replace("Gestionnaire", pre_fr, 1)
            if t in used:
                continue
            used.add(t)
            f = R.choice([1, 1, 3, 5, 8, 11, 14, 0.5, 2.75, 6.5, 12.25, None])
            c = R.choice(REPORT_LEVELS)
            row = dict(t=t, tf=tf, c=c, f=f, n=1)
            x = R.random()
            if x < 0.1:
                row["vacant"] = True
            elif x < 0.18:
                row["acting"] = person()
            if R.random() < 0.05:
                row["c"] = None
            rows.append(row)
        count += sum(r["n"] for r in rows)
        groups.append((g_en, g_fr, rows))
    return groups, grouping


def flat_reports(groups, fr=False):
    """Every report one by one, titled as the document prints it (a French document's in French)."""
    out = []
    for _, _, rows in groups:
        for r in rows:
            for _ in range(r["n"]):
                f = r["f"]
                if r.get("counted"):
                    f = 1 if r.get("cfte") else None
                out.append({"title": r["tf"] if fr else r["t"], "classification": r["c"], "fte": f})
    return out


# ------------------------------------------------------------------ the plan
KINDS = (["docx"] * 12 + ["pdf"] * 8 + ["markdown"] * 8 + ["text"] * 6 + ["text-cp1252"] * 4 + ["ocr"] * 5)
LANGS = (["en"] * 25 + ["fr"] * 11 + ["bilingual"] * 7)
SHAPES = (["none"] * 15 + ["small"] * 14 + ["large:region"] * 5 + ["large:directorate"] * 5 + ["large:program"] * 4)
R.shuffle(KINDS)
R.shuffle(LANGS)
R.shuffle(SHAPES)
# the three damaged scans and the cp1252 files are never bilingual-table heavy only by chance; keep plan as drawn


def make_position(i: int, kind: str, lang: str, shape: str) -> dict:
    a_en, a_fr = AREA_POOL[i % len(AREA_POOL)]
    dep = T.DEPTS[i % len(T.DEPTS)]
    city = R.choice(T.CITIES)
    p = dict(i=i, kind=kind, lang=lang, shape=shape, dept=dep, city=city, area=(a_en, a_fr))
    if shape == "none":
        t = ADV_TITLES[i % len(ADV_TITLES)]
        p["title"], p["title_fr"] = t[0].format(a=a_en), t[1].format(a=a_fr)
        p["cls"] = R.choice(["EX-01", "EX-01", "EX-02", "EX-03"])
        s = ADV_SUP[i % len(ADV_SUP)]
        sup_area = a_en
        variants = {"en": NONE_EN, "fr": NONE_FR, "bilingual": NONE_BI}[lang]
        p["none"] = variants[NONE_SEEN[lang] % len(variants)]
        NONE_SEEN[lang] += 1
        p["groups"], p["grouping"] = [], None
        p["salary"] = R.choice([None, R.randrange(150, 260) * 1000])
        p["om"] = R.choice([None, R.randrange(20, 400) * 1000]) if p["salary"] else None
        p["fte_total"] = R.choice([None, 1, 0])
    else:
        pool = SMALL_TITLES if shape == "small" else LARGE_TITLES
        t = pool[i % len(pool)]
        p["title"], p["title_fr"], p["cls"] = t[0].format(a=a_en), t[1].format(a=a_fr), t[2]
        s = R.choice(SUP_TITLES[p["cls"]])
        if shape == "small":
            p["groups"], p["grouping"] = make_reports(shape, a_en, a_fr), None
        else:
            p["groups"], p["grouping"] = make_reports(shape, a_en, a_fr)
        fl = flat_reports(p["groups"])
        base = sum(x["fte"] or 1 for x in fl)
        p["fte_total"] = R.choice([None, int(base + R.randint(1, 40))])
        p["salary"] = R.randrange(800, 30000) * 1000 if shape != "small" else R.randrange(400, 9000) * 1000
        p["om"] = R.randrange(30, 3000) * 1000
    sa = (a_en, a_fr) if shape == "none" or R.random() < 0.4 else R.choice(T.AREAS)
    p["sup"] = dict(title=s[0].format(a=sa[0]), title_fr=s[1].format(a=sa[1]), cls=s[2],
                    num=None if R.random() < 0.35 else posnum())
    p["num"] = None if R.random() < 0.12 else posnum()
    p["job"] = None if R.random() < 0.3 else str(R.randint(100000, 109999))
    p["eff"] = None if R.random() < 0.2 else dt.date(R.choice([2019, 2021, 2022, 2023, 2024, 2025]), R.randint(1, 12), R.choice([1, 1, 15, R.randint(2, 28)]))
    p["total_stated"] = p["salary"] is not None and p["om"] is not None and R.random() < 0.6
    p["cstyle"] = R.choice(["dash", "dash", "dash", "space", "none"])
    p["mstyle"] = R.choice(["fr", "frM"]) if lang == "fr" else R.choice(["full", "M", "K", "million", "full"])
    p["dstyle"] = "fr" if lang == "fr" else R.choice(["us", "iso", "dmy", "us"])
    p["form"] = R.choice(["A", "B"])
    p["suplayout"] = R.choice(["labels", "sentence", "reportsto"])
    p["signer"] = person()
    p["classifier"] = person() if R.random() < 0.5 else None
    p["incumbent"] = person() if R.random() < 0.3 else None
    return p


POSITIONS = [make_position(i, KINDS[i], LANGS[i], SHAPES[i]) for i in range(43)]


# ------------------------------------------------------------------ blocks
def L(p, en, fr):
    """A label in the document's language."""
    if p["lang"] == "fr":
        return fr
    if p["lang"] == "bilingual":
        return f"{en} / {fr}"
    return en


def rtitle(r, p, fr=False):
    t = r["tf"] if fr else r["t"]
    if r.get("vacant"):
        t += " (vacant)" if not fr else " (poste vacant)"
    if r.get("acting"):
        t += f" (acting: {r['acting']})" if not fr else f" (intérim : {r['acting']})"
    return t


def build_blocks(p) -> list:
    fr = p["lang"] == "fr"
    cs, ms = p["cstyle"], p["mstyle"]
    title = p["title_fr"] if fr else p["title"]
    b = []
    dep_name = p["dept"][1] if fr else p["dept"][0]
    if p["lang"] == "bilingual":
        b.append(("title", "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"))
    elif fr:
        b.append(("title", "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION"))
    else:
        b.append(("title", "EXECUTIVE WORK DESCRIPTION" if p["form"] == "A" else "Executive Group Position Description"))
    b.append(("kv", L(p, "Department", "Ministère"), dep_name))
    b.append(("kv", L(p, "Position title", "Titre du poste") if p["form"] == "A" or p["lang"] != "en" else "TITLE",
              title))
    if p["lang"] == "bilingual":
        b.append(("kv", "Titre du poste (français)", p["title_fr"]))
    b.append(("kv", L(p, "Group and level", "Groupe et niveau") if p["form"] == "A" or p["lang"] != "en" else "GROUP/LEVEL",
              fcls(p["cls"], cs)))
    b.append(("kv", L(p, "Position number", "Numéro de poste"),
              p["num"] or ("TBD" if not fr else "À déterminer")))
    if p["job"] or R.random() < 0.5:
        b.append(("kv", L(p, "Job code", "Code d'emploi"), p["job"] or ""))
    b.append(("kv", L(p, "Effective date", "Date d'entrée en vigueur"), fdate(p["eff"], p["dstyle"]) if p["eff"] else ""))
    b.append(("kv", L(p, "Location", "Lieu"), p["city"][1] if fr else p["city"][0]))
    if p["incumbent"]:
        b.append(("kv", L(p, "Incumbent", "Titulaire"), p["incumbent"]))
    sup = p["sup"]
    stitle = sup["title_fr"] if fr else sup["title"]
    if p["suplayout"] == "labels":
        b.append(("kv", L(p, "Supervisor's position title", "Titre du poste du superviseur"), stitle))
        b.append(("kv", L(p, "Supervisor's group and level", "Groupe et niveau du superviseur"), fcls(sup["cls"], cs)))
        b.append(("kv", L(p, "Supervisor's position number", "Numéro de poste du superviseur"), sup["num"] or ""))
    elif p["suplayout"] == "reportsto":
        v = f"{stitle} ({fcls(sup['cls'], cs)})"
        if sup["num"]:
            v += f", position {sup['num']}" if not fr else f", poste {sup['num']}"
        b.append(("kv", L(p, "Reports to", "Relève de"), v))
    # general accountability
    a_en, a_fr = p["area"]
    b.append(("h", L(p, "General Accountability", "Responsabilités générales")))
    if p["shape"] == "none":
        if p["lang"] != "fr":
            b.append(("p", T.ADV_EN.format(a=a_en.lower())))
        if p["lang"] != "en":
            b.append(("p", T.ADV_FR.format(a=a_fr.lower())))
    else:
        if p["lang"] != "fr":
            b.append(("p", T.GA_EN.format(t=p["title"], a=a_en.lower())))
        if p["lang"] != "en":
            b.append(("p", T.GA_FR.format(t=p["title_fr"], a=a_fr.lower())))
    # organization structure
    b.append(("h", L(p, "Organization Structure", "Structure organisationnelle")))
    if p["suplayout"] == "sentence":
        if fr:
            s = f"Le {p['title_fr']} relève du {stitle} ({fcls(sup['cls'], cs)}"
            s += f", poste {sup['num']})." if sup["num"] else ")."
        else:
            s = f"The {p['title']} reports to the {sup['title']} ({fcls(sup['cls'], cs)}"
            s += f", position number {sup['num']})." if sup["num"] else ")."
        b.append(("p", s))
    b += reports_blocks(p)
    # dimensions
    b.append(("h", L(p, "Dimensions", "Dimensions")))
    if p["fte_total"] is not None:
        b.append(("kv", L(p, "FTEs", "ETP"), str(p["fte_total"])))
    if p["salary"] is not None:
        b.append(("kv", L(p, "Salary", "Salaires"), fmoney(p["salary"], ms)))
    if p["om"] is not None:
        b.append(("kv", L(p, "O&M", "F et E"), fmoney(p["om"], ms)))
    if p["total_stated"]:
        b.append(("kv", L(p, "Total", "Total"), fmoney(p["salary"] + p["om"], ms)))
    if p["salary"] is None and p["om"] is None:
        b.append(("p", "No budget is assigned to this position." if not fr else "Aucun budget n'est attribué au poste."))
    b.append(("h", L(p, "Specific Accountabilities", "Activités principales")))
    for k, sa in enumerate(T.SA_FR if fr else T.SA_EN, 1):
        b.append(("bul", f"{k}. {sa}"))
    b.append(("h", L(p, "Signatures", "Signatures")))
    b.append(("kv", L(p, "Approved by", "Approuvé par"), f"{p['signer']}, {stitle}"))
    if p["classifier"]:
        b.append(("kv", L(p, "Classified by", "Classifié par"), p["classifier"]))
    return b


def reports_blocks(p) -> list:
    fr = p["lang"] == "fr"
    bi = p["lang"] == "bilingual"
    cs = p["cstyle"]
    b = []
    head = L(p, "Direct reports", "Subordonnés directs")
    if p["shape"] == "none":
        how, val = p["none"]
        if how == "label":
            b.append(("kv", head, val))
        elif how == "empty":
            b.append(("h", head))
        elif how == "sentence":
            b.append(("p", val))
        else:
            b.append(("h", head))
            b.append(("table", [L(p, "Position", "Poste"), L(p, "Group/Level", "Groupe/niveau"), L(p, "FTEs", "ETP")], []))
        return b
    groups = p["groups"]
    if p["shape"] == "small":
        rows = groups[0][2]
        style = p["i"] % 3
        if style == 0:
            b.append(("p", (f"Les postes suivants relèvent du {p['title_fr']} :" if fr
                            else f"The following positions report to the {p['title']}:")))
            for r in rows:
                f = r["f"]
                tail = ("aucun personnel" if fr else "no staff") if f is None else (
                    f"{ffte_fr(f)} ETP" if fr else f"{ffte(f)} FTEs")
                b.append(("bul", f"{rtitle(r, p, fr)} ({fcls(r['c'], cs)}, {tail})"))
        else:
            b.append(("h", head))
            b.append(("table", [L(p, "Position", "Poste"), L(p, "Group/Level", "Groupe/niveau"), L(p, "FTEs", "ETP")],
                      [[rtitle(r, p, fr), fcls(r["c"], cs), (ffte_fr(r["f"]) if fr else ffte(r["f"]))] for r in rows]))
        return b
    # large: several tables, one continued across a page
    gl = {"region": L(p, "Region", "Région"), "directorate": L(p, "Directorate", "Direction"),
          "program": L(p, "Program", "Programme")}[p["grouping"]]
    n_all = sum(r["n"] for _, _, rows in groups for r in rows)
    b.append(("p", (f"{n_all} postes relèvent directement du titulaire, présentés ci-dessous par "
                    f"{gl.lower()}." if fr else
                    f"The position has {n_all} direct reports, listed below by {p['grouping']}."
                    + (f" / {n_all} postes relèvent directement du titulaire." if bi else ""))))
    header = [L(p, "Position", "Poste"), L(p, "Group/Level", "Groupe/niveau"), L(p, "FTEs", "ETP")]
    split_g = p["i"] % len(groups)
    total = 0.0
    for gi, (g_en, g_fr, rows) in enumerate(groups):
        gname = g_fr if fr else (f"{g_en} / {g_fr}" if bi else g_en)
        cells = []
        sub = 0.0
        for r in rows:
            if r.get("counted"):
                c = f"{r['n']} x {fcls(r['c'], cs)}"
                f = r["n"] if r["cfte"] else None
                title = r["tf"] + "s" if fr else r["t"] + "s"
            else:
                c, f, title = fcls(r["c"], cs), r["f"], rtitle(r, p, fr)
            sub += f or 0
            cells.append([title, c, ffte_fr(f) if fr else ffte(f)])
        total += sub
        subl = "Sous-total" if fr else ("Subtotal / Sous-total" if bi else "Subtotal")
        subrow = [subl, "", ffte_fr(round(sub, 2)) if fr else ffte(round(sub, 2))]
        b.append(("caption", f"{gl}: {gname}" if not fr else f"{gl} : {gname}"))
        if gi == split_g and len(cells) >= 4:
            k = len(cells) // 2 + 1
            b.append(("table", header, cells[:k]))
            b.append(("pb",))
            cont = "(suite)" if fr else ("(cont'd / suite)" if bi else "(cont'd)")
            b.append(("caption", f"{gl}: {gname} {cont}" if not fr else f"{gl} : {gname} {cont}"))
            b.append(("table", header, cells[k:] + [subrow]))
        else:
            b.append(("table", header, cells + [subrow]))
    tl = "TOTAL" if not bi else "TOTAL / TOTAL"
    b.append(("table", [L(p, "Summary", "Sommaire"), "", L(p, "FTEs", "ETP")],
              [[L(p, "Direct reports", "Subordonnés directs"), str(n_all), ""],
               [tl, "", ffte_fr(round(total, 2)) if fr else ffte(round(total, 2))]]))
    return b


# ------------------------------------------------------------------ renderers
def as_text(blocks, tabs=True) -> list[str]:
    """Lines; '\f' entries mark page breaks."""
    out = []
    for bl in blocks:
        k = bl[0]
        if k == "title":
            out += [bl[1], ""]
        elif k == "h":
            out += ["", bl[1].upper(), ""]
        elif k == "kv":
            out.append(f"{bl[1]}: {bl[2]}".rstrip() if bl[2] != "" or True else bl[1])
        elif k == "p":
            out += [bl[1], ""]
        elif k == "bul":
            out.append(("- " if not bl[1][0].isdigit() else "") + bl[1])
        elif k == "caption":
            out += ["", bl[1]]
        elif k == "table":
            rows = [bl[1]] + bl[2]
            if tabs:
                out += ["\t".join(r) for r in rows]
            else:
                w = [max(len(r[j]) for r in rows) for j in range(len(bl[1]))]
                w[0] = min(w[0], 60)
                out += ["  ".join(c.ljust(w[j]) for j, c in enumerate(r)).rstrip() for r in rows]
            out.append("")
        elif k == "pb":
            out.append("\f")
    return out


def render_md(blocks) -> str:
    out = []
    kv_bullets = R.random() < 0.5
    for bl in blocks:
        k = bl[0]
        if k == "title":
            out += [f"# {bl[1]}", ""]
        elif k == "h":
            out += ["", f"## {bl[1]}", ""]
        elif k == "kv":
            out.append(("*   " if kv_bullets else "") + f"**{bl[1]}:** {bl[2]}".rstrip() + ("" if kv_bullets else "  "))
        elif k == "p":
            out += ["", bl[1], ""]
        elif k == "bul":
            out.append(bl[1] if bl[1][0].isdigit() else f"*   {bl[1]}")
        elif k == "caption":
            out += ["", f"**{bl[1]}**", ""]
        elif k == "table":
            out.append("| " + " | ".join(bl[1]) + " |")
            out.append("|" + "|".join("---" for _ in bl[1]) + "|")
            out += ["| " + " | ".join(r) + " |" for r in bl[2]]
            out.append("")
        elif k == "pb":
            pass
    return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


def paginate(lines, width, header, per_page=62):
    wrapped = []
    for ln in lines:
        if ln == "\f":
            wrapped.append("\f")
            continue
        wrapped += textwrap.wrap(ln, width, break_on_hyphens=False) or [""]
    pages, cur = [], []
    for ln in wrapped:
        if ln == "\f" or len(cur) >= per_page:
            pages.append(cur)
            cur = []
            if ln == "\f":
                continue
        cur.append(ln)
    if cur:
        pages.append(cur)
    n = len(pages)
    return [[header, ""] + pg + ["", f"Page {i} of {n}" if "/" not in header else f"Page {i} / {n}"]
            for i, pg in enumerate(pages, 1)]


def render_pdf(blocks, header) -> bytes:
    pages = paginate(as_text(blocks, tabs=False), 100, header)
    return pdf_bytes(["\n".join(pg) for pg in pages])


SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}
LETTERS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("i", "l"), ("o", "a"), ("t", "l")]


def damage_word(w, strength, rr):
    if any(ch.isdigit() for ch in w):
        if rr.random() < strength * 1.6:
            w = "".join(SUBS.get(ch, ch) if rr.random() < 0.6 else ch for ch in w)
        if w.startswith("$") and strength > 0.4 and rr.random() < 0.5:
            w = "S" + w[1:]
        return w
    if len(w) > 3 and rr.random() < strength * 0.25:
        a, bb = rr.choice(LETTERS)
        if a in w:
            w = w.replace(a, bb, 1)
    return w


def render_ocr(blocks, header, strength, seed) -> str:
    rr = random.Random(seed)
    pages = paginate(as_text(blocks, tabs=False), 78, header, per_page=46)
    out_pages = []
    for pg in pages:
        lines = []
        for ln in pg:
            words = ln.split(" ")
            words = [damage_word(w, strength, rr) for w in words]
            s = ""
            for j, w in enumerate(words):
                if j and not (rr.random() < strength * 0.06 and w and words[j - 1]):
                    s += " "
                s += w
            lines.append(s)
        # hyphenated line ends: join a long word across two lines
        for j in range(len(lines) - 1):
            if rr.random() < strength * 0.3 and lines[j + 1] and " " in lines[j + 1] and lines[j].strip():
                nxt = lines[j + 1].split(" ", 1)
                if len(nxt[0]) > 7 and nxt[0].isalpha():
                    cut = len(nxt[0]) // 2
                    lines[j] = lines[j] + " " + nxt[0][:cut] + "-"
                    lines[j + 1] = nxt[0][cut:] + " " + nxt[1]
        out_pages.append("\n".join(lines))
    return "\n\f".join(out_pages) + "\n"


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def render_docx(blocks, header_text, kv_table) -> bytes:
    d = Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = "HR", "HR", ""
    cp.created = cp.modified = dt.datetime(2024, 5, 1, 9, 0, 0)
    cp.revision = 1
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    pending = []

    def flush():
        if not pending:
            return
        if kv_table:
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in pending:
                c = t.add_row().cells
                c[0].text, c[1].text = lab, val
        else:
            for lab, val in pending:
                para = d.add_paragraph()
                para.add_run(lab + ": ").bold = True
                para.add_run(val)
        pending.clear()

    for bl in blocks:
        k = bl[0]
        if k == "kv":
            pending.append((bl[1], bl[2]))
            continue
        flush()
        if k == "title":
            d.add_heading(bl[1], level=1)
        elif k == "h":
            d.add_heading(bl[1], level=2)
        elif k == "p":
            d.add_paragraph(bl[1])
        elif k == "bul":
            d.add_paragraph(bl[1], style="List Number" if bl[1][0].isdigit() else "List Bullet")
        elif k == "caption":
            d.add_paragraph().add_run(bl[1]).bold = True
        elif k == "table":
            t = d.add_table(rows=1, cols=len(bl[1]))
            t.style = "Table Grid"
            for j, h in enumerate(bl[1]):
                t.rows[0].cells[j].text = h
            set_repeat_header(t.rows[0])
            for r in bl[2]:
                cells = t.add_row().cells
                for j, v in enumerate(r):
                    cells[j].text = v
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    flush()
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    return out.getvalue()


# ------------------------------------------------------------------ file names and truths
def filename(p, ext) -> str:
    t = p["title_fr"] if p["lang"] == "fr" else p["title"]
    t = t.replace("/", "-")
    i = p["i"]
    pn = p["num"] or "new"
    opts = [f"{t}.{ext}", f"{t} (1).{ext}", f"WD - {t} - signed.{ext}", f"{t}, {p['dept'][2]}.{ext}",
            f"EX WD {pn} {p['dept'][2]}.{ext}", f"{t} - final.{ext}", f"DRAFT {t}.{ext}", f"{pn}_{t}.{ext}"]
    if p["lang"] == "fr":
        opts += [f"Description de travail - {t}.{ext}", f"DT {pn} (version définitive).{ext}"]
    if p["kind"] == "ocr":
        return f"Scan_{2024}{(i % 12) + 1:02d}{(i % 27) + 1:02d}_{pn}.txt" if i % 2 else f"numérisation {pn}.txt"
    return opts[i % len(opts)]


def truth(p, doc, kind, damage=None):
    fl = flat_reports(p["groups"], fr=p["lang"] == "fr") if p["shape"] != "none" else []
    sup = p["sup"]
    fields = {
        "title": p["title_fr"] if p["lang"] == "fr" else p["title"],
        "classification": p["cls"],
        "job_code": p["job"],
        "position_number": p["num"],
        "effective_date": p["eff"],
        "supervisor": {"position_number": sup["num"],
                       "title": sup["title_fr"] if p["lang"] == "fr" else sup["title"],
                       "classification": sup["cls"]},
        "direct_reports": fl or None,
        "salary": p["salary"], "o_and_m": p["om"],
        "total": (p["salary"] + p["om"]) if p["total_stated"] else None,
        "location": p["city"][1] if p["lang"] == "fr" else p["city"][0],
    }
    ns = [k for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total")
          if fields[k] is None]
    if sup["num"] is None:
        ns.append("supervisor.position_number")
    if fields["direct_reports"] is None:
        ns.append("direct_reports")
    also = {"department": p["dept"][1] if p["lang"] == "fr" else p["dept"][0]}
    if p["lang"] != "en":
        also["title_fr"] = p["title_fr"]
        if p["lang"] == "bilingual":
            also["title_en"] = p["title"]
    if p["fte_total"] is not None:
        also["fte"] = p["fte_total"]
    also["unit_size"] = p["shape"]
    if p["shape"] == "none":
        how, val = p["none"]
        also["no_reports_as"] = {"label": f"label '{val}'", "empty": "a reports heading with no entry",
                                 "sentence": f"sentence '{val}'", "emptytable": "a reports table with its header row only"}[how]
    else:
        also["direct_report_count"] = len(fl)
        vac = [r["t"] for _, _, rows in p["groups"] for r in rows if r.get("vacant")]
        act = [r["t"] for _, _, rows in p["groups"] for r in rows if r.get("acting")]
        cnt = [f"{r['n']} x {r['c']} ({r['t']})" for _, _, rows in p["groups"] for r in rows if r.get("counted")]
        if vac:
            also["vacant_reports"] = vac
        if act:
            also["acting_reports"] = act
        if cnt:
            also["counted_rows"] = cnt
        if p["grouping"]:
            also["report_tables"] = f"by {p['grouping']}, {len(p['groups'])} groups, subtotal rows and a total table (not reports), one group continued across a page break with its header row repeated"
    if damage:
        also["damage"] = damage
    people = [p["signer"]] + ([p["classifier"]] if p["classifier"] else []) + \
             ([p["incumbent"]] if p["incumbent"] else []) + \
             [r["acting"] for _, _, rows in p["groups"] for r in rows if r.get("acting")]
    return {"document": doc, "kind": kind, "language": p["lang"], "outcome": "import", "fields": fields,
            "not_stated": ns, "also": also, "people": people, "versions": None}


def encode_text(s: str, kind: str) -> bytes:
    if kind == "text-cp1252":
        s = s.replace("'", "\u2019").replace(" - ", " \u2013 ")
        return s.replace("\n", "\r\n").encode("cp1252", errors="replace")
    return s.encode("utf-8")


def write_position(p, name=None, header=None):
    kind = p["kind"]
    blocks = build_blocks(p)
    hdr = header or ({"fr": "PROTÉGÉ A", "bilingual": "PROTECTED A / PROTÉGÉ A"}.get(p["lang"], "PROTECTED A")
                     + f" - {p['dept'][2]}")
    damage = None
    if kind == "docx":
        name = name or filename(p, "docx")
        data = render_docx(blocks, hdr if p["i"] % 2 else None, kv_table=p["i"] % 3 != 0)
    elif kind == "pdf":
        name = name or filename(p, "pdf")
        data = render_pdf(blocks, hdr)
    elif kind == "markdown":
        name = name or filename(p, "md")
        data = render_md(blocks).encode("utf-8")
    elif kind in ("text", "text-cp1252"):
        name = name or filename(p, "txt")
        lines = as_text(blocks, tabs=p["i"] % 2 == 0)
        data = encode_text("\n".join(l for l in lines if l != "\f") + "\n", kind)
    else:
        name = name or filename(p, "txt")
        strength = [0.12, 0.3, 0.55, 0.3, 0.12][p["i"] % 5]
        damage = {0.12: "light", 0.3: "medium", 0.55: "heavy"}[strength]
        data = render_ocr(blocks, hdr, strength, 1000 + p["i"]).encode("utf-8")
    (CORPUS / name).write_bytes(data)
    return name, truth(p, name, kind, damage)


def dump(t):
    name = t["document"]
    (EXPECTED / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


# ------------------------------------------------------------------ documents to refuse
def refusals():
    out = []
    a, b_, c = person(), person(), person()
    memo = (f"MEMORANDUM\n\nTo: All managers, Benefits Processing\nFrom: {a}, Director General\nDate: March 3, 2025\n"
            "Subject: Reorganization of the intake teams\n\n"
            "Effective April 1, the Intake and Verification teams (PM-04 and AS-05, 23 FTEs in all) will report to the "
            "Manager, Intake (PM-06). Work descriptions will follow. Position 48213 (Director, Benefits Processing, "
            "EX-01) is unchanged.\n\nPlease share with your teams.\n")
    out.append(("RE_ intake teams reorg - memo.txt", "text", "en", memo.encode("utf-8"), [a]))
    d = Document()
    d.core_properties.created = d.core_properties.modified = dt.datetime(2024, 5, 1, 9, 0, 0)
    d.core_properties.author = "HR"
    for t_ in [f"{b_}", "Ottawa, Ontario", "", "Dear Mr. Yelverton-Ames,",
               "I am pleased to offer you an Interchange Canada assignment as Executive Advisor, Climate Adaptation "
               "(EX-02) for a period of two years, starting September 2, 2025. You will have no staff reporting to you. "
               "Your salary will be within the EX-02 range.",
               "Please sign and return a copy of this letter by August 15.", "", f"{c}",
               "Assistant Deputy Minister, Corporate Services"]:
        d.add_paragraph(t_)
    buf = io.BytesIO()
    d.save(buf)
    out.append(("Letter of offer - Interchange Canada (signed).docx", "docx", "en", rezip(buf.getvalue()),
                [b_, "Yelverton-Ames", c]))
    e, f_ = person(), person()
    minutes = ("# Procès-verbal - Comité de gestion de la Direction générale\n\n**Date :** 12 février 2025  \n"
               f"**Présents :** {e} (présidente), {f_}\n\n## 1. Dotation\n\n"
               "Le poste de Directeur, Opérations d'intégrité (EX-01) est vacant; un intérim sera nommé. "
               "Les 3 postes PM-05 de la région de l'Atlantique sont dotés.\n\n## 2. Budget\n\n"
               "F et E : 1,2 M$ à confirmer.\n\n## Mesures de suivi\n\n| Mesure | Responsable |\n|---|---|\n"
               f"| Mettre à jour l'organigramme | {f_} |\n")
    out.append(("PV comité de gestion 2025-02-12.md", "markdown", "fr", minutes.encode("utf-8"), [e, f_]))
    g, h, i_ = person(), person(), person()
    chart = ["ORGANIZATION CHART - Regional Service Delivery (as of 2025-01-15)", "",
             f"Regional Director General (EX-03) - {g}", "  |",
             f"  +-- Director, Atlantic (EX-01) - {h}", "  |     +-- 4 x PM-06 Managers",
             f"  +-- Director, Quebec (EX-01) - {i_} (acting)", "  |     +-- 5 x PM-06 Managers",
             "  +-- Executive Assistant (AS-02) - vacant", "", "Total: 62 FTEs"]
    out.append(("Org chart RSD - Jan 2025.pdf", "pdf", "en", pdf_bytes(["\n".join(chart)]), [g, h, i_]))
    out.append(("Scan 2025-03-18 signed WD.pdf", "pdf", "en", pdf_bytes(["", "", ""]), []))
    for name, kind, lang, data, people in out:
        (CORPUS / name).write_bytes(data)
        dump({"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
              "not_stated": None, "also": {"what": {
                  "text": "a memo", "docx": "a letter of offer", "markdown": "minutes of a management committee",
              }.get(kind, "an organization chart" if "Org" in name else "a scan without a text layer")},
              "people": people, "versions": None})


# ------------------------------------------------------------------ main
def main():
    for d in (CORPUS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    truths = {}
    names = []
    for p in POSITIONS:
        n, t = write_position(p)
        assert n not in truths, n
        truths[n] = t
        names.append(n)
    # versions: a large unit's Word DRAFT and its signed PDF; an adviser's Markdown and its final Word
    large = next(p for p in POSITIONS if p["shape"].startswith("large") and p["lang"] == "en")
    adv = next(p for p in POSITIONS if p["shape"] == "none" and p["lang"] == "en" and p["kind"] != "docx")
    pairs = []
    for p, kind, ext in ((large, "pdf" if large["kind"] != "pdf" else "docx", None), (adv, "docx", None)):
        q = dict(p)
        q["kind"] = kind
        q["groups"] = [(g1, g2, [dict(r) for r in rows]) for g1, g2, rows in p["groups"]]
        for _, _, rows in q["groups"]:
            for r in rows:
                r.pop("vacant", None)
        q["om"] = (p["om"] or 0) + 45000 if p["om"] is not None else 60000
        q["eff"] = dt.date(2025, 4, 1)
        q["total_stated"] = q["salary"] is not None
        q["signer"] = person()
        ext = "pdf" if kind == "pdf" else "docx"
        t = q["title"].replace("/", "-")
        n, tr = write_position(q, name=f"{t} - v2 final - signed.{ext}")
        old = names[POSITIONS.index(p)]
        note = ("the newer version fills the vacant reports, raises O&M and sets the effective date to 2025-04-01"
                if p is large else "the final version adds or raises O&M and sets the effective date to 2025-04-01")
        v = {"documents": [old, n], "newest": n, "same_text": False, "note": note}
        truths[old]["versions"] = v
        tr["versions"] = v
        truths[n] = tr
    for t in truths.values():
        dump(t)
    refusals()


if __name__ == "__main__":
    main()
