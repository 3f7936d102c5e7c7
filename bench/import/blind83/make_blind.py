"""Write the blind83 corpus (corpus/) and its ground truth (expected/), deterministically.

    /work/main/.venv/bin/python bench/import/blind83/make_blind.py

Senior executive work descriptions (EX-04, EX-05: assistant deputy ministers, associate ADMs, heads of
agencies and chief operating officers) with many direct reports of mixed groups, budgets stated several
ways, and a few documents that sit in the same folders and must be refused. Written without reading the
importer. PDFs by tests/import_files.pdf_bytes, .docx by python-docx with fixed timestamps.
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
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402
from positions import P, STAFF  # noqa: E402

SEED = "blind83"
STATS = {}


def stat(key, value):
    STATS.setdefault(key, {}).setdefault(value, 0)
    STATS[key][value] += 1
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
FIXED = dt.datetime(2024, 5, 1, 9, 0, 0)

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
PROV_FR = {"Ontario": "Ontario", "Quebec": "Québec", "Québec": "Québec", "Alberta": "Alberta",
           "New Brunswick": "Nouveau-Brunswick", "Prince Edward Island": "Île-du-Prince-Édouard",
           "Nunavut": "Nunavut"}
PROV_EN = {v: k for k, v in PROV_FR.items()}
PROV_EN["Québec"] = "Quebec"
PROV_EN["Ontario"] = "Ontario"
PROV_ABBR = {"Ontario": "ON", "Quebec": "QC", "Alberta": "AB", "New Brunswick": "NB",
             "Prince Edward Island": "PE", "Nunavut": "NU"}
TIER2_EN = ["Operations", "Policy and Planning", "Program Delivery", "Analytics and Reporting",
            "Partnerships", "Regional Coordination", "Business Systems", "Compliance"]
TIER2_FR = ["Opérations", "Politiques et planification", "Prestation des programmes",
            "Analytique et rapports", "Partenariats", "Coordination régionale", "Systèmes opérationnels"]


def part(s, lang):
    """`English|Français` -> the language's half (a bilingual document's English is the truth)."""
    if s is None or "|" not in s:
        return s
    en, fr = s.split("|", 1)
    return fr if lang == "fr" else en


# ------------------------------------------------------------------ notations
def fmt_cls(c, style):
    if c is None:
        return ""
    head, lvl = c.rsplit("-", 1)
    if style == "space":
        return f"{head} {lvl}"
    if style == "short":
        return f"{head}-{int(lvl)}"
    if style == "compact":
        return f"{head}{lvl}"
    if style == "paren":
        return f"({c})"
    return c


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d, style, lang):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}",
                "le": f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                "iso": d.isoformat(),
                "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
                "slash": f"{d.year}/{d.month:02d}/{d.day:02d}"}[style if style in
                                                                 ("long", "le", "iso", "dots", "slash") else "long"]
    m = MONTHS_EN[d.month - 1]
    return {"long": f"{m} {d.day}, {d.year}",
            "ord": f"{m} {ordinal(d.day)}, {d.year}",
            "dmy": f"{d.day} {m} {d.year}",
            "iso": d.isoformat(),
            "abbr": f"{m[:3]}. {d.day}, {d.year}" if m not in ("May", "June", "July") else f"{m} {d.day}, {d.year}",
            "caps": f"{m[:3].upper()} {d.day:02d} {d.year}",
            "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
            "dots": f"{d.day:02d}.{d.month:02d}.{d.year}"}[style]


def _dec(x, places, sep):
    s = f"{x:.{places}f}".rstrip("0").rstrip(".")
    return s.replace(".", sep)


def _exact_places(n, unit):
    for places in range(0, 4):
        if round(n / unit, places) * unit == n and (n * 10 ** places) % unit == 0:
            return places
    return None


def fmt_amount(n, style, lang):
    """Amount `n` (whole dollars) in one of the notations users write; falls back to the plain form
    when the short form would not be exact."""
    if lang == "fr":
        plain = f"{n:,}".replace(",", " ")
        if style in ("M", "million") and n >= 1_000_000:
            if n >= 1_000_000_000 and _exact_places(n, 10 ** 9) is not None and style == "million":
                v = _dec(n / 1e9, _exact_places(n, 10 ** 9), ",")
                return f"{v} milliard{'s' if n >= 2_000_000_000 else ''} $"
            p = _exact_places(n, 10 ** 6)
            if p is not None:
                v = _dec(n / 1e6, p, ",")
                return f"{v} M$" if style == "M" else f"{v} millions $"
        if style == "cents":
            return f"{plain},00 $"
        return f"{plain} $"
    plain = f"${n:,}"
    if style in ("M", "million") and n >= 1_000_000:
        if n >= 1_000_000_000 and style == "million" and _exact_places(n, 10 ** 9) is not None:
            return f"${_dec(n / 1e9, _exact_places(n, 10 ** 9), '.')} billion"
        p = _exact_places(n, 10 ** 6)
        if p is not None:
            v = _dec(n / 1e6, p, ".")
            return f"${v}M" if style == "M" else f"${v} million"
    if style == "K" and n % 1000 == 0 and n < 100_000_000:
        return f"${n // 1000:,}K"
    if style == "cents":
        return f"{plain}.00"
    return plain


# ------------------------------------------------------------------ the positions
def r10k(x):
    return int(round(x / 10_000.0)) * 10_000


def r100k(x):
    return int(round(x / 100_000.0)) * 100_000


def build(spec, rng, variant=0):
    (key, lang, kind, template, dept, orgword, title, level, sup_title, sup_cls, sup_num, city, prov,
     mandate, units, scale, fname) = spec
    pos = dict(key=key, lang=lang, kind=kind, template=template, dept=dept, orgword=orgword,
               title=title, level=f"EX-0{level}", sup_title=sup_title, sup_cls=sup_cls, city=city,
               prov=prov, mandate=mandate, fname=fname)
    pos["number"] = {"wage-pp": "NEW", "prairiescan": "TBD"}.get(key) or str(rng.choice(
        [rng.randrange(10000, 99999), rng.randrange(100000, 999999), rng.randrange(1000, 9999)]))
    pos["job_code"] = str(rng.randrange(100100, 109999)) if rng.random() < 0.7 else None
    pos["sup_number"] = str(rng.randrange(10000, 999999)) if sup_num else None
    pos["date"] = dt.date(rng.randrange(2012, 2025), rng.randrange(1, 13), rng.randrange(1, 29)) \
        if rng.random() < 0.9 else None
    # first tier
    reports = []
    for i, u in enumerate(units):
        if level == 5:
            c = "EX-03" if rng.random() < 0.8 else "EX-02"
        else:
            c = rng.choice(["EX-03", "EX-02", "EX-02", "EX-01"])
        role_en = {"EX-03": "Director General", "EX-02": "Executive Director", "EX-01": "Director"}[c]
        role_fr = {"EX-03": "Directeur général", "EX-02": "Directeur exécutif", "EX-01": "Directeur"}[c]
        if lang == "fr" and rng.random() < 0.4:
            role_fr = role_fr.replace("Directeur", "Directrice").replace("général", "générale").replace(
                "exécutif", "exécutive")
        base = max(30, int(scale[0] * 1_000_000 / 95_000 / max(1, len(units))))
        fte = max(12, int(base * rng.uniform(0.5, 1.4)))
        t2 = []
        for j in range(rng.choice([2, 3])):
            t2.append(dict(title=("Directeur, " + TIER2_FR[(i + j) % len(TIER2_FR)]) if lang == "fr"
                           else "Director, " + TIER2_EN[(i * 2 + j) % len(TIER2_EN)],
                           cls="EX-01", fte=max(6, fte // 3 - rng.randrange(0, 5))))
        t = f"{role_en}, {part(u, 'en')}|{role_fr}, {part(u, 'fr')}" if lang == "bi" else \
            (f"{role_fr}, {u}" if lang == "fr" else f"{role_en}, {u}")
        reports.append(dict(title=t, cls=c, fte=fte, tier2=t2))
    for s in rng.sample(STAFF, rng.choice([2, 3, 3, 4])):
        en, fr, c, rngfte = s
        t = f"{en}|{fr}" if lang == "bi" else (fr if lang == "fr" else en)
        fte = rng.randrange(rngfte[0], rngfte[1] + 1) if rngfte else None
        reports.append(dict(title=t, cls=c, fte=fte, tier2=[]))
    rng.shuffle(reports[len(units):])
    pos["reports"] = reports
    sal, om, gc, cap, rev = scale
    f = lambda x: x * rng.uniform(0.88, 1.12) * 1_000_000  # noqa: E731
    pos["salary"] = r10k(f(sal))
    pos["om"] = r10k(f(om))
    pos["gc"] = (int(round(f(gc) / 10_000_000)) * 10_000_000 if gc >= 1000 else r100k(f(gc))) if gc else 0
    pos["capital"] = r100k(f(cap)) if cap else 0
    pos["revenue"] = r100k(f(rev)) if rev else 0
    pos["fte"] = sum(r["fte"] or 0 for r in reports) + rng.randrange(2, 7)
    pos["incumbent"] = name(rng, lang)
    pos["signer"] = name(rng, lang)
    while pos["signer"].split()[-1] == pos["incumbent"].split()[-1]:
        pos["signer"] = name(rng, lang)
    pos["hr"] = name(rng, lang)
    return pos


def name(rng, lang):
    if lang == "fr" or (lang == "bi" and rng.random() < 0.5):
        return f"{rng.choice(T.FIRST_FR)} {rng.choice(T.LAST_FR)}"
    return f"{rng.choice(T.FIRST_EN)} {rng.choice(T.LAST_EN)}"


# ------------------------------------------------------------------ a document's content
def grammar(g):
    m, b = g["mandate"], g["branch"]
    if m.startswith("les "):
        g["de_mandate"] = "des " + m[4:]
    elif m.startswith("le "):
        g["de_mandate"] = "du " + m[3:]
    elif m.startswith("l'"):
        g["de_mandate"] = "de " + m
    else:
        g["de_mandate"] = "de " + m
    fem = b.startswith("direction")
    g["un_branch"] = ("une " if fem else "un ") + b
    g["d_un_branch"] = ("d'une " if fem else "d'un ") + b
    g["a_branch"] = ("an " if b[0] in "aeiou" else "a ") + b
    return g


def report_text(r, fmt, lang, cstyle):
    t = part(r["title"], "fr" if lang == "fr" else "en")
    c = fmt_cls(r["cls"], cstyle) if r["cls"] else None
    n = r["fte"]
    unit = "ETP" if lang == "fr" else "FTEs"
    if fmt == "paren":
        inside = ", ".join(x for x in (c, f"{n} {unit}" if n is not None else None) if x)
        return f"{t} ({inside})" if inside else t
    if fmt == "lead":
        s = f"{c} - {t}" if c else t
        return s + (f" ({n} {unit if n != 1 else unit.rstrip('s')})" if n is not None else "")
    if fmt == "dash":
        return " – ".join(x for x in (t, c, f"{n} {unit}" if n is not None else None) if x)
    if fmt == "staff":
        s = t + (f" [{c}]" if c else "")
        if n is not None:
            s += f" (effectif de {n})" if lang == "fr" else f" (staff of {n})"
        return s
    raise ValueError(fmt)


def dims(pos, rng, lang, variant):
    """Dimensions as (kind, payload), and the truth: salary, o_and_m, total, also."""
    s, o, g, c, r = pos["salary"], pos["om"], pos["gc"], pos["capital"], pos["revenue"]
    astyle = rng.choice(["plain", "M", "million", "K", "cents"] if lang != "fr" else ["plain", "M", "million", "cents"])
    A = lambda n: fmt_amount(n, astyle, lang)  # noqa: E731
    stat("amounts", f"{lang}:{astyle}")
    fr = lang == "fr"
    L = dict(sal="Salaires" if fr else "Salary", om="F et E" if fr else "O&M",
             gc="Subventions et contributions" if fr else "Grants and Contributions",
             cap="Capital" if not fr else "Immobilisations",
             fte="ETP" if fr else "FTEs", tot="Total")
    also = dict(grants_and_contributions=None, capital=None, revenues=None, total_operating=None)
    truth = dict(salary=s, o_and_m=o, total=None)
    lines = [(L["fte"], str(pos["fte"]))]
    if variant == "simple":
        lines += [(L["sal"], A(s)), (L["om"], A(o)), (L["tot"], A(s + o))]
        truth["total"] = s + o
        if g:
            lines.append((L["gc"] + (" (non compris ci-dessus)" if fr else " (not included above)"), A(g)))
            also["grants_and_contributions"] = g
    elif variant == "gc_total":
        lines += [(L["sal"], A(s)), (L["om"], A(o)), (L["gc"], A(g)),
                  ("Budget total" if fr else "Total Budget", A(s + o + g))]
        truth["total"] = s + o + g
        also["grants_and_contributions"] = g
    elif variant == "two_totals":
        lines += [(L["sal"], A(s)), (L["om"], A(o)),
                  ("Total des dépenses de fonctionnement" if fr else "Total operating (Salary and O&M)", A(s + o))]
        extra = 0
        if g:
            lines.append((L["gc"], A(g)))
            also["grants_and_contributions"] = g
            extra += g
        if c:
            lines.append((L["cap"], A(c)))
            also["capital"] = c
            extra += c
        lines.append(("Total, y compris les S et C" if fr and g else "Budget total" if fr else
                      "Total including G&C" if g else "Total (including capital)", A(s + o + extra)))
        truth["total"] = s + o + extra
        also["total_operating"] = s + o
    elif variant == "combined":
        lines += [("Budget de salaires et de F et E" if fr else "Salary and O&M Budget", A(s + o))]
        truth.update(salary=None, o_and_m=None, total=s + o)
        also["operating_budget"] = s + o
        if g:
            lines.append((L["gc"], A(g)))
            also["grants_and_contributions"] = g
    elif variant == "soa":
        lines += [(L["sal"], A(s)), (L["om"], A(o)),
                  ("Total des dépenses brutes" if fr else "Total gross expenditures", A(s + o)),
                  ("Recettes nettes en vertu d'un crédit" if fr else "Vote-netted revenue", A(r)),
                  ("Dépenses nettes" if fr else "Net expenditures", A(s + o - r))]
        truth["total"] = s + o
        also["revenues"] = r
        if c:
            lines.append((L["cap"] + (" (crédit distinct)" if fr else " (separate vote)"), A(c)))
            also["capital"] = c
    elif variant == "table000":
        rows = [(L["sal"], s), (L["om"], o)]
        if g:
            rows.append((L["gc"], g))
            also["grants_and_contributions"] = g
        if c:
            rows.append((L["cap"], c))
            also["capital"] = c
        tot = sum(v for _, v in rows)
        rows.append((L["tot"], tot))
        truth["total"] = tot
        head = ("Poste budgétaire", "(en milliers de dollars)") if fr else ("Budget item", "($000)")
        fmt = (lambda v: f"{v // 1000:,}".replace(",", " ")) if fr else (lambda v: f"{v // 1000:,}")
        payload = [list(head)] + [[k, fmt(v)] for k, v in rows]
        if r:
            payload.append(["Recettes (crédit net)" if fr else "Revenues (vote-netted)", fmt(r)])
            also["revenues"] = r
        return ("fte_table", (pos["fte"], payload)), truth, also
    elif variant == "prose":
        if fr:
            txt = (f"Le titulaire gère un effectif de {pos['fte']} ETP, un budget de salaires de {A(s)} et un "
                   f"budget de fonctionnement et d'entretien de {A(o)}, soit un total de {A(s + o)}.")
            if g:
                txt += f" Il administre en outre des subventions et contributions de {A(g)} par année."
        else:
            txt = (f"The position manages {pos['fte']} FTEs, an annual salary budget of {A(s)} and an "
                   f"operating and maintenance budget of {A(o)}, for a total of {A(s + o)}.")
            if g:
                txt += f" It also administers {A(g)} a year in grants and contributions."
            if r:
                txt += f" The organization generates {A(r)} in vote-netted revenues."
        truth["total"] = s + o
        if g:
            also["grants_and_contributions"] = g
        if r and not fr:
            also["revenues"] = r
        return ("prose", txt), truth, also
    return ("lines", lines), truth, also


def make_content(pos, rng, lang, kind, signed=True, variant_override=None):
    """The document as header fields, sections and blocks; and its truth."""
    L = rng.choice(T.LABELS_BI if lang == "bi" else T.LABELS_FR if lang == "fr" else T.LABELS_EN)
    csr = pos["template"] == "csr"
    if csr:
        S = T.CSR_FR if lang == "fr" else T.CSR_EN
    else:
        S = rng.choice(T.SECTIONS_FR if lang == "fr" else T.SECTIONS_EN)
    if pos["template"] == "dept" and lang != "fr":
        S = T.SECTIONS_EN[2]
    tl = "fr" if lang == "fr" else "en"
    title = part(pos["title"], tl)
    sup = part(pos["sup_title"], tl)
    dept = part(pos["dept"], tl)
    cstyle = rng.choice(["dash", "dash", "space", "short", "compact", "paren"])
    rcstyle = "space" if cstyle == "space" and rng.random() < 0.5 else "dash"
    dstyle = rng.choice(["long", "le", "iso", "dots", "slash"] if lang == "fr" else
                        ["long", "ord", "dmy", "iso", "abbr", "caps", "slash"])
    supmode = rng.choice(["fields", "fields", "line", "sentence"]) if pos["sup_number"] or pos["sup_cls"] else \
        rng.choice(["fields", "line", "sentence"])
    loc_city, loc_prov = pos["city"], pos["prov"]
    if lang == "fr":
        loc = rng.choice([f"{loc_city} (Québec)" if loc_prov in ("Quebec", "Québec") else
                          f"{loc_city} ({PROV_FR.get(loc_prov, loc_prov)})", f"{loc_city}, {PROV_FR.get(loc_prov, loc_prov)}"])
    else:
        pe = PROV_EN.get(loc_prov, loc_prov)
        loc = rng.choice([f"{loc_city}, {pe}", f"{loc_city}, {PROV_ABBR[pe]}", f"{loc_city} ({pe})"])
    loc_stated = rng.random() < 0.85
    job_stated = pos["job_code"] is not None
    date = pos["date"]

    header = []
    header.append((L["title"], pos["title"].replace("|", " / ") if lang == "bi" else title))
    order = ["cls", "num", "job", "date", "dept", "branch", "loc"]
    if rng.random() < 0.4:
        order = ["num", "cls", "dept", "loc", "job", "date", "branch"]
    for k in order:
        if k == "cls":
            header.append((L["cls"], fmt_cls(pos["level"], cstyle)))
        elif k == "num":
            header.append((L["num"], pos["number"]))
        elif k == "job" and job_stated:
            header.append((L["job"], pos["job_code"]))
        elif k == "date" and date:
            header.append((L["date"], fmt_date(date, dstyle, "fr" if lang == "fr" else "en")))
        elif k == "dept":
            header.append((L["dept"], pos["dept"].replace("|", " / ") if lang == "bi" else dept))
        elif k == "loc" and loc_stated:
            header.append((L["loc"], loc))
    sup_stated = dict(title=True, cls=pos["sup_cls"] is not None, num=pos["sup_number"] is not None)
    supc = fmt_cls(pos["sup_cls"], rcstyle) if pos["sup_cls"] else None
    if supmode == "fields":
        if pos["sup_number"]:
            header.append((L["sup_num"], pos["sup_number"]))
        header.append((L["sup_title"], pos["sup_title"].replace("|", " / ") if lang == "bi" else sup))
        if supc:
            header.append((L["sup_cls"], supc))
    elif supmode == "line":
        lab = "Relève de" if lang == "fr" else "Reports to"
        v = sup + (f" ({supc})" if supc else "")
        if pos["sup_number"]:
            v += f", poste no {pos['sup_number']}" if lang == "fr" else f", Position No. {pos['sup_number']}"
        header.append((lab, v))
    else:  # sentence: only the title, in the structure section
        sup_stated.update(cls=False, num=False)

    sections = []
    fte = pos["fte"]
    gaf = grammar(dict(title=title, sup=sup, mandate=part(pos["mandate"], tl), branch=pos["orgword"], fte=fte,
                       dept=dept))
    if lang == "fr":
        ga = rng.choice(T.GA_FR).format(**gaf)
    else:
        ga = rng.choice(T.GA_EN).format(**gaf)
    sections.append((S["ga"], [("p", ga)]))
    # structure
    reps = pos["reports"]
    rfmt = rng.choice(["paren", "lead", "dash", "staff"] if lang != "fr" else ["paren", "staff", "dash"])
    layout = rng.choice(["list", "list", "table", "prose", "tier"]) if kind != "markdown" else \
        rng.choice(["list", "table", "tier"])
    if kind in ("ocr", "ocr-columns") and layout == "table":
        layout = "list"
    # drop some classifications / FTEs in a few documents
    strip = rng.random()
    reps_doc = []
    for r in reps:
        r2 = dict(r)
        if strip < 0.12 and not r["cls"].startswith("EX"):
            r2["cls"] = None
        if strip > 0.9:
            r2["fte"] = None
        reps_doc.append(r2)
    blocks = []
    n = len(reps_doc)
    if lang == "fr":
        blocks.append(("p", f"Le titulaire du poste de {title} relève du {sup}. " + f"Les {n} postes suivants relèvent directement du titulaire :"))
    else:
        blocks.append(("p", f"The {title} reports to the {sup}. The following {n} positions report directly to the "
                            f"{title.split(',')[0]}:"))
    if layout == "prose":
        items = [report_text(r, rfmt, lang, rcstyle) for r in reps_doc]
        blocks[-1] = ("p", blocks[-1][1][:-1] + (" : " if lang == "fr" else ": ") + "; ".join(items[:-1]) +
                      ("; et " if lang == "fr" else "; and ") + items[-1] + ".")
    elif layout == "table":
        head = ["Poste", "Groupe et niveau", "ETP"] if lang == "fr" else ["Position", "Group/Level", "FTEs"]
        rows = [head] + [[part(r["title"], tl), fmt_cls(r["cls"], rcstyle) if r["cls"] else "",
                          str(r["fte"]) if r["fte"] is not None else ""] for r in reps_doc]
        blocks.append(("table", rows))
    elif layout == "tier":
        items = []
        for r in reps_doc:
            subs = [report_text(t2, rfmt, lang, rcstyle) for t2 in r["tier2"]]
            items.append((report_text(r, rfmt, lang, rcstyle), subs))
        blocks.append(("tier", items))
    else:
        blocks.append(("ul", [report_text(r, rfmt, lang, rcstyle) for r in reps_doc]))
    sections.append((S["org"], blocks))
    if layout in ("list", "table") and rng.random() < 0.4 and any(r["tier2"] for r in reps_doc):
        sub = []
        for r in reps_doc:
            if r["tier2"]:
                who = part(r["title"], tl)
                sub.append(("p", (f"Relevant du poste de {who} : " if lang == "fr" else f"Reporting to the {who}: ") +
                            "; ".join(report_text(t2, rfmt, lang, rcstyle) for t2 in r["tier2"]) + "."))
        sections.append((S["second"], sub[:3]))
        stat("second", "yes")
    # nature and scope / key activities
    ns_pool = T.NS_FR if lang == "fr" else T.NS_EN
    ns = [("p", p.format(**gaf)) for p in rng.sample(ns_pool, 2)]
    # dimensions
    if pos["revenue"]:
        variant = rng.choice(["soa", "table000", "prose"])
    elif pos["gc"]:
        variant = rng.choice(["simple", "gc_total", "two_totals", "table000", "combined", "prose"])
    else:
        variant = rng.choice(["simple", "simple", "table000", "combined", "two_totals"] if pos["capital"] else
                             ["simple", "simple", "table000", "combined", "prose"])
    if variant_override:
        variant = variant_override
    if kind in ("ocr", "ocr-columns") and variant == "table000":
        variant = "two_totals"
    for k, v in (("dims", variant), ("layout", layout), ("rfmt", rfmt), ("supmode", supmode), ("cstyle", cstyle),
                 ("dstyle", dstyle if date else "none"), ("loc", loc if loc_stated else "none"),
                 ("job", job_stated), ("strip", "nocls" if strip < 0.12 else "nofte" if strip > 0.9 else "-"),
                 ("template", pos["template"]), ("labels", L["title"]), ("sections", S["ga"])):
        stat(k, v)
    dk, truth_amounts, also_amounts = dims(pos, rng, lang, variant)
    if dk[0] == "lines":
        dblocks = [("kv", dk[1])] if kind != "docx" or rng.random() < 0.5 else [("table", [["", ""]] + [list(x) for x in dk[1]])]
        if kind == "docx" and dblocks[0][0] == "table":
            dblocks[0][1][0] = ["Dimension", "Montant" if lang == "fr" else "Amount"]
    elif dk[0] == "fte_table":
        f_, payload = dk[1]
        dblocks = [("p", (f"ETP : {f_}" if lang == "fr" else f"FTEs: {f_}")), ("table", payload)]
    else:
        dblocks = [("p", dk[1])]
    sa_pool = T.SA_FR if lang == "fr" else T.SA_EN
    sa = [x.format(**gaf) for x in rng.sample(sa_pool, rng.randrange(5, min(8, len(sa_pool)) + 1))]
    if csr:
        ka_pool = T.KA_FR if lang == "fr" else T.KA_EN
        ka = [x.format(**gaf) for x in rng.sample(ka_pool, 4)]
        sections.insert(1, (S["ka"], [("ul", ka)]))
        sections.append((S["dim"], dblocks))
        sections.append((S["ns"], ns))
    else:
        if rng.random() < 0.5:
            sections.append((S["ns"], ns))
            sections.append((S["dim"], dblocks))
        else:
            sections.append((S["dim"], dblocks))
            sections.append((S["ns"], ns))
        sections.append((S["sa"], [("ol", sa)]))
    if lang == "bi":
        frgaf = grammar(dict(gaf, title=part(pos["title"], "fr"), sup=part(pos["sup_title"], "fr"),
                             mandate=part(pos["mandate"], "fr"), dept=part(pos["dept"], "fr"),
                             branch={"agency": "organisme", "field": "secteur", "branch": "direction générale",
                                     "sector": "secteur"}.get(pos["orgword"], "secteur")))
        sections.append(("VERSION FRANÇAISE", [("p", "(La structure organisationnelle et les dimensions figurent "
                                                     "ci-dessus.)")]))
        sections.append(("Responsabilité générale", [("p", T.GA_FR[0].format(**frgaf))]))
        sections.append(("Responsabilités spécifiques", [("ol", [x.format(**frgaf) for x in T.SA_FR[:5]])]))
    people = []
    cert = [("p", T.CERT_FR if lang == "fr" else T.CERT_EN)]
    if signed:
        inc_lab = "Titulaire" if lang == "fr" else "Incumbent"
        cert.append(("kv", [(inc_lab, pos["incumbent"]), ("Date", fmt_date(date or dt.date(2019, 6, 3), "iso", "en"))]))
        cert.append(("kv", [("Approuvé par" if lang == "fr" else "Approved by",
                             f"{pos['signer']}, {sup}")]))
        people = [pos["incumbent"], pos["signer"]]
    if rng.random() < 0.3:
        cert.append(("kv", [("Préparé par" if lang == "fr" else "Prepared by", pos["hr"])]))
        people.append(pos["hr"])
    sections.append((S["cert"], cert))

    not_stated = []
    fields = dict(
        title=title if lang != "bi" else part(pos["title"], "en"),
        classification=pos["level"],
        job_code=pos["job_code"] if job_stated else None,
        position_number=pos["number"] if pos["number"].isdigit() else None,
        effective_date=date,
        supervisor=dict(position_number=pos["sup_number"] if sup_stated["num"] else None,
                        title=part(pos["sup_title"], "en") if lang == "bi" else sup,
                        classification=pos["sup_cls"] if sup_stated["cls"] else None),
        direct_reports=[dict(title=part(r["title"], "en") if lang == "bi" else part(r["title"], tl),
                             classification=r["cls"], fte=r["fte"]) for r in reps_doc],
        salary=truth_amounts["salary"], o_and_m=truth_amounts["o_and_m"], total=truth_amounts["total"],
        location=loc if loc_stated else None,
    )
    for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total", "location"):
        if fields[k] is None:
            not_stated.append(k)
    for k in ("position_number", "title", "classification"):
        if fields["supervisor"][k] is None:
            not_stated.append(f"supervisor.{k}")
    also = dict(fte=pos["fte"], operating_budget=also_amounts.pop("operating_budget", None),
                program_budget=None,
                provisional_number=None if pos["number"].isdigit() else pos["number"],
                department=part(pos["dept"], "en") if lang == "bi" else dept)
    also.update({k: v for k, v in also_amounts.items() if v is not None})
    if lang == "bi":
        also["title_fr"] = part(pos["title"], "fr")
    content = dict(title=title if lang != "bi" else pos["title"].replace("|", " / "), header=header,
                   sections=sections, dept=dept, lang=lang, footer=f"{dept} – {title}"[:90])
    return content, fields, not_stated, also, people


# ------------------------------------------------------------------ renderers
def wrap(text, width):
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        out.append(line)
    return out


def render_text(c, rng, width=92, md=False):
    """Lines tagged hdr / head / prose / item / table / kv (the tag says what OCR damage may touch)."""
    out = []
    hstyle = rng.choice(["colon", "colon", "next", "dots", "tabs"]) if not md else "md"
    stat("hstyle", hstyle)
    heads = rng.choice(["plain", "caps", "numbered", "colon"]) if not md else "md"
    bullet = rng.choice(["-", "•", "*", "o"]) if not md else "*  "
    top = ("DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION" if c["lang"] == "fr" else
           "EXECUTIVE WORK DESCRIPTION" if c["lang"] == "en" else
           "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION")
    out.append(("head", f"# {top.title() if md else top}" if md else top))
    out.append(("blank", ""))
    for lab, val in c["header"]:
        if hstyle == "md":
            out.append(("hdr", f"*   **{lab}:** {val}"))
        elif hstyle == "colon":
            out.append(("hdr", f"{lab}: {val}"))
        elif hstyle == "next":
            out.append(("hdr", f"{lab}:"))
            out.append(("hdr", f"    {val}"))
        elif hstyle == "dots":
            out.append(("hdr", f"{lab} {'.' * max(3, 44 - len(lab))} {val}"))
        else:
            out.append(("hdr", f"{lab}\t\t{val}"))
    for i, (h, blocks) in enumerate(c["sections"], 1):
        out.append(("blank", ""))
        if heads == "md":
            out.append(("head", f"## {h}"))
        elif heads == "caps":
            out.append(("head", h.upper()))
        elif heads == "numbered":
            out.append(("head", f"{i}. {h}"))
        elif heads == "colon":
            out.append(("head", f"{h}:"))
        else:
            out.append(("head", h))
        out.append(("blank", ""))
        for b in blocks:
            kind, payload = b
            if kind == "p":
                if md:
                    out.append(("prose", payload))
                else:
                    out += [("prose", x) for x in wrap(payload, width)]
                out.append(("blank", ""))
            elif kind == "ul":
                for item in payload:
                    ls = wrap(f"{bullet} {item}", width) if not md else [f"{bullet} {item}"]
                    out += [("item", ls[0])] + [("item", "  " + x) for x in ls[1:]]
            elif kind == "ol":
                for j, item in enumerate(payload, 1):
                    ls = wrap(f"{j}. {item}", width) if not md else [f"{j}.  {item}"]
                    out += [("olitem", ls[0])] + [("olitem", "   " + x) for x in ls[1:]]
            elif kind == "tier":
                for item, subs in payload:
                    out.append(("item", f"{bullet} {item}"))
                    for s in subs:
                        out.append(("item", f"    {'–' if not md else '*'} {s}"))
            elif kind == "kv":
                for lab, val in payload:
                    out.append(("kv", f"*   **{lab}:** {val}" if md else f"{lab}: {val}"))
            elif kind == "table":
                if md:
                    out.append(("table", "| " + " | ".join(payload[0]) + " |"))
                    out.append(("table", "|" + "---|" * len(payload[0])))
                    for row in payload[1:]:
                        out.append(("table", "| " + " | ".join(row) + " |"))
                else:
                    widths = [max(len(r[k]) for r in payload) for k in range(len(payload[0]))]
                    for row in payload:
                        out.append(("table", "   ".join(cell.ljust(widths[k]) for k, cell in enumerate(row)).rstrip()))
                out.append(("blank", ""))
    return out


def text_of(lines):
    s = "\n".join(x for _, x in lines)
    while "\n\n\n" in s:
        s = s.replace("\n\n\n", "\n\n")
    return s.strip() + "\n"


# ------------------------------------------------------------------ OCR damage
DIGITS = {"0": "O", "1": "I", "5": "S", "8": "B"}
LETTERS = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("cl", "d"), ("h", "b"), ("ti", "b"), ("o", "a")]


def damage_digits(s, rng, p):
    out = []
    for ch in s:
        if ch in DIGITS and rng.random() < p:
            out.append("l" if ch == "1" and rng.random() < 0.3 else DIGITS[ch])
        else:
            out.append(ch)
    return "".join(out)


def damage_prose(s, rng, p):
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 4 and w.isalpha() and rng.random() < p:
            a, b = rng.choice(LETTERS)
            if a in w:
                w = w.replace(a, b, 1)
        out.append(w)
    res = out[0] if out else ""
    for w in out[1:]:
        res += ("" if rng.random() < p / 3 else " ") + w
    return res


def ocr(lines, rng, strength, mode, footer, page_lines=48):
    dp = [0.25, 0.5, 0.8][strength]
    lp = [0.02, 0.05, 0.09][strength]
    dam = []
    for tag, x in lines:
        if tag in ("hdr", "kv", "table", "item", "olitem"):
            x = damage_digits(x, rng, dp)
            if tag in ("item", "olitem"):
                x = damage_prose(x, rng, lp / 2)
        elif tag == "prose":
            x = damage_prose(damage_digits(x, rng, dp), rng, lp)
        dam.append((tag, x))
    if mode == "oneline":
        body = " ".join(x for t, x in dam if x.strip())
        chunks, k, page = [], 0, 1
        words = body.split(" ")
        per = rng.randrange(380, 520)
        pages = [" ".join(words[i:i + per]) for i in range(0, len(words), per)]
        out = []
        for i, pg in enumerate(pages):
            out.append((f"{i + 1} " if i else "") + pg + f" {footer}")
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(out) + "\n"
    # lines mode: wrap prose with hyphenation, running header and page numbers
    out, n, page = [], 0, 1
    for tag, x in dam:
        pieces = [x]
        if tag == "prose" and len(x) > 70 and rng.random() < 0.6:
            cut = x.rfind(" ", 0, 62)
            w_end = x.find(" ", cut + 1)
            word = x[cut + 1:w_end if w_end > 0 else None]
            if len(word) > 7 and word.isalpha():
                h = len(word) // 2
                pieces = [x[:cut + 1] + word[:h] + "-", word[h:] + (x[w_end:] if w_end > 0 else "")]
        for pc in pieces:
            out.append(pc)
            n += 1
            if n >= page_lines:
                page += 1
                out += ["", footer, f"Page {page - 1}", "\f" + footer.upper()[:60], ""]
                n = 0
    out += ["", footer, f"Page {page}"]
    return "\n".join(out) + "\n"


def ocr_columns(left, right, rng, strength, footer):
    dp = [0.25, 0.5, 0.8][strength]
    L = [damage_digits(x, rng, dp) for _, x in left if x.strip()]
    R, para = [], []
    for tag, x in right + [("blank", "")]:
        if tag in ("prose", "olitem") and x.strip() and not (tag == "olitem" and x[:1].isdigit() and para):
            para.append(x.strip())
            continue
        if para:
            R += wrap(damage_prose(damage_digits(" ".join(para), rng, dp), rng, 0.04), 52)
            para = []
        if tag in ("prose", "olitem") and x.strip():
            para.append(x.strip())
        elif x.strip():
            R.append(damage_digits(x, rng, dp))
    n = max(len(L), len(R))
    out = []
    for i in range(n):
        a = L[i] if i < len(L) else ""
        b = R[i] if i < len(R) else ""
        out.append((a + " " + ("| " if rng.random() < 0.3 else "") + b).strip())
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(out) + f"\n{footer}\n"


# ------------------------------------------------------------------ docx / pdf
def docx_bytes(c, rng):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    props = d.core_properties
    props.created = props.modified = FIXED
    props.last_printed = FIXED
    props.author = "EX Classification"
    props.last_modified_by = "EX Classification"
    props.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading(("Description de travail – Groupe de la direction (EX)" if c["lang"] == "fr" else
                   "Executive (EX) Work Description" if c["lang"] == "en" else
                   "Executive Work Description / Description de travail de la direction"), level=1)
    four = rng.random() < 0.35 and len(c["header"]) >= 4
    hdr = c["header"]
    if four:
        rows = (len(hdr) + 1) // 2
        t = d.add_table(rows=rows, cols=4)
        t.style = "Table Grid"
        for i, (lab, val) in enumerate(hdr):
            r, k = i // 2, (i % 2) * 2
            t.cell(r, k).text = lab
            t.cell(r, k + 1).text = val
    else:
        t = d.add_table(rows=len(hdr), cols=2)
        t.style = "Table Grid"
        for i, (lab, val) in enumerate(hdr):
            t.cell(i, 0).text = lab
            t.cell(i, 1).text = val
    hlevel = rng.choice([2, 0])
    for h, blocks in c["sections"]:
        if hlevel:
            d.add_heading(h, level=2)
        else:
            p = d.add_paragraph()
            p.add_run(h.upper()).bold = True
        for kind, payload in blocks:
            if kind == "p":
                d.add_paragraph(payload)
            elif kind == "ul":
                for it in payload:
                    d.add_paragraph(it, style="List Bullet")
            elif kind == "ol":
                for it in payload:
                    d.add_paragraph(it, style="List Number")
            elif kind == "tier":
                for it, subs in payload:
                    d.add_paragraph(it, style="List Bullet")
                    for s in subs:
                        d.add_paragraph(s, style="List Bullet 2")
            elif kind == "kv":
                for lab, val in payload:
                    d.add_paragraph(f"{lab}: {val}")
            elif kind == "table":
                t = d.add_table(rows=len(payload), cols=len(payload[0]))
                t.style = "Table Grid"
                for i, row in enumerate(payload):
                    for k, cell in enumerate(row):
                        t.cell(i, k).text = cell
    d.sections[0].footer.paragraphs[0].text = c["footer"]
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def pdf_of(c, rng, footer_every=True):
    lines = render_text(c, rng, width=100)
    txt = [x.replace("\t", "    ").replace("•", "-") for _, x in lines]
    pages, cur = [], []
    for x in txt:
        cur.append(x)
        if len(cur) >= 62:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    out = []
    for i, pg in enumerate(pages, 1):
        out.append("\n".join(pg + ["", f"{c['footer']}    Page {i} of {len(pages)}"]))
    return pdf_bytes(out)


# ------------------------------------------------------------------ documents
def kind_and_write(fname, c, rng, kind, pos=None):
    path = CORPUS / fname
    if kind == "docx":
        path.write_bytes(docx_bytes(c, rng))
    elif kind == "pdf":
        path.write_bytes(pdf_of(c, rng))
    elif kind == "markdown":
        path.write_bytes(text_of(render_text(c, rng, md=True)).encode("utf-8"))
    elif kind == "text":
        path.write_bytes(text_of(render_text(c, rng)).encode("utf-8"))
    elif kind == "text-cp1252":
        s = text_of(render_text(c, rng)).replace("'", "’").replace("\n", "\r\n")
        path.write_bytes(s.encode("cp1252"))
    elif kind == "ocr":
        strength = rng.choice([0, 1, 1, 2])
        mode = rng.choice(["oneline", "lines"])
        stat("ocr", f"{mode}:{strength}")
        lines = render_text(c, rng, width=rng.choice([70, 84, 96]))
        path.write_bytes(ocr(lines, rng, strength, mode, "OG. " + c["footer"][:70]).encode("utf-8"))
    elif kind == "ocr-columns":
        lines = render_text(c, rng, width=60)
        # left column: header, structure and dimensions; right column: the prose
        left, right, cur = [], [], None
        for tag, x in lines:
            if tag == "head":
                cur = x
            if tag in ("hdr", "item", "kv", "table") or (tag == "head" and not right and not left) or \
                    (tag == "head" and any(k in x.upper() for k in ("STRUCT", "DIMENS", "ORGANI"))):
                left.append((tag, x))
            else:
                right.append((tag, x))
        path.write_bytes(ocr_columns(left, right, rng, rng.choice([0, 1]), "OG. " + c["footer"][:60]).encode("utf-8"))
    return path


def expected(fname, kind, lang, outcome, fields, not_stated, also, people, versions=None):
    doc = dict(document=fname, kind=kind, language=lang, outcome=outcome, fields=fields,
               not_stated=not_stated, also=also, people=people, versions=versions)
    (EXPECTED / f"{fname}.expected.yaml").write_text(
        yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, default_flow_style=False, width=120),
        encoding="utf-8")


def main():
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    if EXPECTED.exists():
        shutil.rmtree(EXPECTED)
    CORPUS.mkdir()
    EXPECTED.mkdir()
    rows = []
    built = {}
    for spec in P:
        rng = random.Random(f"{SEED}:{spec[0]}")
        pos = build(spec, rng)
        built[pos["key"]] = pos
        kind, lang = pos["kind"], pos["lang"]
        c, fields, ns, also, people = make_content(pos, rng, lang, kind, signed=pos["key"] != "nrcan-lms")
        if pos["key"] == "cfha":
            also["reports_to_in_corpus"] = built["dnd-ie"]["fname"] if "dnd-ie" in built else \
                [s for s in P if s[0] == "dnd-ie"][0][-1]
        kind_and_write(pos["fname"], c, rng, kind)
        rows.append((pos["fname"], kind, lang, fields, ns, also, people))
    # versions: the DRAFT and its signed PDF (same text, signed), and the 2016 scan and its 2023 revision
    versions = {}
    nr = built["nrcan-lms"]
    rng = random.Random(f"{SEED}:nrcan-lms")
    build([s for s in P if s[0] == "nrcan-lms"][0], rng)  # the same draws as the draft
    c, fields, ns, also, people = make_content(nr, rng, "en", "docx")
    signed_name = "ADM Lands and Minerals Sector - signed.pdf"
    kind_and_write(signed_name, c, random.Random(f"{SEED}:nrcan-signed"), "pdf")
    rows.append((signed_name, "pdf", "en", fields, ns, also, people))
    versions[nr["fname"]] = versions[signed_name] = dict(documents=[nr["fname"], signed_name], newest=signed_name,
                                                         same_content=True)
    dec = dict(built["dec-ops"])
    rng = random.Random(f"{SEED}:dec-ops-2023")
    dec.update(date=dt.date(2023, 9, 18), salary=r10k(dec["salary"] * 1.21), om=r10k(dec["om"] * 1.3),
               gc=dec["gc"] + 45_000_000, incumbent=name(rng, "fr"), signer=name(rng, "fr"),
               fte=dec["fte"] + 17)
    c, fields, ns, also, people = make_content(dec, rng, "fr", "docx")
    rev_name = "VP Opérations DEC - révisée 2023.docx"
    kind_and_write(rev_name, c, rng, "docx")
    rows.append((rev_name, "docx", "fr", fields, ns, also, people))
    versions[dec["fname"]] = versions[rev_name] = dict(documents=[dec["fname"], rev_name], newest=rev_name,
                                                       same_content=False)
    for fname, kind, lang, fields, ns, also, people in rows:
        expected(fname, kind, {"bi": "bilingual"}.get(lang, lang), "import", fields, ns, also, people, versions.get(fname))
    refusals()
    if "--stats" in sys.argv:
        for k, v in STATS.items():
            print(k, dict(sorted(v.items(), key=lambda kv: -kv[1])))


# ------------------------------------------------------------------ documents to refuse
def refusals():
    rng = random.Random(f"{SEED}:refuse")
    # 1. a memo listing the EX positions to update (docx, English)
    import docx
    d = docx.Document()
    d.core_properties.created = d.core_properties.modified = FIXED
    d.core_properties.author = "EX Classification"
    d.add_paragraph("MEMORANDUM").runs[0].bold = True
    for lab, val in [("TO", "Assistant Deputy Ministers, Lands and Minerals Sector and Energy Technology Sector"),
                     ("FROM", "Kevin Brennan, Director, Executive Classification and Organizational Design"),
                     ("DATE", "February 12, 2024"),
                     ("SUBJECT", "Update of EX-04 and EX-05 work descriptions before the 2024-25 cycle")]:
        d.add_paragraph(f"{lab}: {val}")
    d.add_paragraph("Further to the Deputy Minister's direction, the work descriptions of the following senior "
                    "executive positions must be reviewed and signed before June 30, 2024. Please ensure the "
                    "organization charts and dimensions (salary, O&M, grants and contributions) are current.")
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([["Position No.", "Title", "Level"],
                             ["48213", "Assistant Deputy Minister, Lands and Minerals Sector", "EX-05"],
                             ["50977", "Associate Assistant Deputy Minister, Energy Technology Sector", "EX-04"],
                             ["51102", "Director General, Critical Minerals Centre of Excellence", "EX-03"]]):
        for k, cell in enumerate(row):
            t.cell(i, k).text = cell
    d.add_paragraph("Your classification advisor, Leah Quinlan, will contact your office to schedule the review.")
    buf = io.BytesIO()
    d.save(buf)
    f1 = "Memo - EX WD updates 2024-25.docx"
    (CORPUS / f1).write_bytes(normalize_zip(buf.getvalue()))
    expected(f1, "docx", "en", "refuse", None, [], {"what": "memo"}, ["Kevin Brennan", "Leah Quinlan"])

    # 2. a letter of offer (PDF with a text layer, French)
    letter = """Le 4 mars 2023

Madame Geneviève Lapointe
Ottawa (Ontario)

Objet : Offre de nomination intérimaire – Sous-ministre adjointe, Opérations régionales (EX-05)

Madame,

J'ai le plaisir de vous offrir une nomination intérimaire au poste de sous-ministre adjointe,
Opérations régionales (poste no 77310), classifié au groupe et niveau EX-05, à Services aux
Autochtones Canada, du 20 mars 2023 au 19 septembre 2023.

Votre rémunération sera établie conformément à la Politique sur les conditions d'emploi des
cadres de direction, dans l'échelle de 206 300 $ à 242 700 $.

Veuillez indiquer votre acceptation en signant la présente et en la retournant d'ici le 10 mars 2023.

Veuillez agréer, Madame, l'expression de mes sentiments distingués.

Benoît Fortier
Sous-ministre

J'accepte l'offre ci-dessus : ______________________   Date : __________
"""
    f2 = "Lettre d'offre - SMA intérimaire (signée).pdf"
    (CORPUS / f2).write_bytes(pdf_bytes([letter]))
    expected(f2, "pdf", "fr", "refuse", None, [], {"what": "letter of offer"}, ["Geneviève Lapointe", "Benoît Fortier"])

    # 3. an organization chart, OCR'd (bilingual)
    chart = ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
             "ORGANIZATION CHART / ORGANIGRAMME Transport Canada Safety and Security Group / Groupe Sécurité et "
             "sûreté Assistant Deputy Minister / Sous-ministre adjoint EX-O5 | Director General, Civil Aviation "
             "EX-O3 (I,2I4) | Director General, Rail Safety EX-O3 (3I6) | Director General, Marine Safety and "
             "Security EX-O3 (9B7) | Director General, Aviation Security EX-O3 (4O2) | Executive Director, "
             "Transportation of Dangerous Goods EX-O2 (2S4) | Chief of Staff EC-O7 | Executive Assistant AS-O3 "
             "Effective / En vigueur : 2O22-O4-OI Page I of I\n")
    f3 = "Org chart S&S Group 2022 (scan).txt"
    (CORPUS / f3).write_bytes(chart.encode("utf-8"))
    expected(f3, "ocr", "bilingual", "refuse", None, [], {"what": "organization chart"}, [])

    # 4. minutes of a management committee (text, French)
    minutes = """Procès-verbal – Comité de gestion du secteur
Réunion du 14 novembre 2023, 14 h – 15 h 30, salle 12A-104 et MS Teams

Présents : Sylvie Gagnon (présidente), Mathieu Bélanger, Hélène Rioux, Patrice Boisvert
Secrétariat : Josée Paquette

1. Adoption de l'ordre du jour
   L'ordre du jour est adopté sans modification.

2. Descriptions de travail des cadres (EX-04 et EX-05)
   La présidente rappelle que les descriptions de travail des postes de sous-ministre adjoint
   associé doivent être mises à jour avant le 31 mars. Le budget de salaires (18,4 M$) et le
   budget de F et E (3,2 M$) seront confirmés par la Direction générale des finances.

3. Plan de dotation 2024-2025
   Reporté à la prochaine réunion.

Mesures de suivi : M. Bélanger transmettra les organigrammes à jour d'ici le 1er décembre.
Prochaine réunion : 12 décembre 2023.
"""
    f4 = "PV comité de gestion 2023-11-14.txt"
    (CORPUS / f4).write_bytes(minutes.encode("utf-8"))
    expected(f4, "text", "fr", "refuse", None, [], {"what": "minutes"},
             ["Sylvie Gagnon", "Mathieu Bélanger", "Hélène Rioux", "Patrice Boisvert", "Josée Paquette"])

    # 5. an executive performance agreement (docx, English)
    d = docx.Document()
    d.core_properties.created = d.core_properties.modified = FIXED
    d.core_properties.author = "EX Classification"
    d.add_heading("Executive Performance Agreement 2023-24", level=1)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Executive", "Rebecca Harcourt"),
                                ("Position Title", "Assistant Deputy Minister, Safety and Security"),
                                ("Position Number", "33081"), ("Level", "EX-05"),
                                ("Manager", "Colin Sutherland, Deputy Minister of Transport")]):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    d.add_heading("Commitments", level=2)
    for it in ["Deliver the modernization of the aviation safety regulatory framework by March 31, 2024.",
               "Reduce the backlog of rail safety inspections by 20 per cent.",
               "Lead the Group's contribution to the departmental workforce and workplace renewal plan.",
               "Leadership competencies: create vision and strategy; mobilize people; uphold integrity and "
               "respect; collaborate with partners and stakeholders; promote innovation; achieve results."]:
        d.add_paragraph(it, style="List Number")
    d.add_heading("Signatures", level=2)
    d.add_paragraph("Executive: Rebecca Harcourt      Date: 2023-05-29")
    d.add_paragraph("Manager: Colin Sutherland      Date: 2023-06-02")
    buf = io.BytesIO()
    d.save(buf)
    f5 = "PMA 2023-24 ADM S&S - Harcourt.docx"
    (CORPUS / f5).write_bytes(normalize_zip(buf.getvalue()))
    expected(f5, "docx", "en", "refuse", None, [], {"what": "performance agreement"},
             ["Rebecca Harcourt", "Colin Sutherland"])

    # 6. a scanned work description saved as PDF without a text layer (two pages)
    f6 = "Scan_20240311_ADM work description.pdf"
    (CORPUS / f6).write_bytes(pdf_bytes(["", ""]))
    expected(f6, "pdf", "en", "refuse", None, [], {"what": "scanned PDF without a text layer"}, [])


if __name__ == "__main__":
    main()
