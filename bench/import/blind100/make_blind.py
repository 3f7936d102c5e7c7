"""Writes bench/import/blind100/corpus/ and expected/: an executive-services share drive of a
mid-sized department (Natural Resources Canada), EX work descriptions collected 2004-2024.

    /work/main/.venv/bin/python bench/import/blind100/make_blind.py

Deterministic: a fixed seed, fixed timestamps in the .docx; the same bytes on every run."""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import sys
import zipfile
from pathlib import Path

import docx
import yaml
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

SEED = 100_2024
P0, P1 = "\x01", "\x02"          # protect a key value from letter damage (digits still damaged)


def prot(s):
    return f"{P0}{s}{P1}"


# ---------------------------------------------------------------- notations

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


def fmt_date(d, lang, rng):
    if lang == "fr":
        forms = ["dmy", "iso", "le"] + (["slash"] if d.day > 12 else [])
        f = rng.choice(forms)
        day = "1er" if d.day == 1 else str(d.day)
        if f == "dmy":
            return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
        if f == "le":
            return f"le {day} {MONTHS_FR[d.month - 1]} {d.year}"
        if f == "slash":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return d.isoformat()
    forms = ["long", "long", "iso", "dmy", "abbr", "ord", "dotted"] + (["slash"] if d.day > 12 else [])
    f = rng.choice(forms)
    m = MONTHS_EN[d.month - 1]
    if f == "long":
        return f"{m} {d.day}, {d.year}"
    if f == "ord":
        suf = "st" if d.day in (1, 21, 31) else "nd" if d.day in (2, 22) else "rd" if d.day in (3, 23) else "th"
        return f"{m} {d.day}{suf}, {d.year}"
    if f == "dmy":
        return f"{d.day} {m} {d.year}"
    if f == "abbr":
        return f"{d.day:02d}-{m[:3]}-{d.year}"
    if f == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if f == "dotted":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    return d.isoformat()


def fmt_cls(c, rng, lang="en"):
    lv = c.split("-")[1]
    f = rng.choice(["std", "std", "std", "space", "short", "nodash", "paren"])
    if f == "space":
        return f"EX {lv}"
    if f == "short":
        return f"EX-{int(lv)}"
    if f == "nodash":
        return f"EX{lv}"
    if f == "paren":
        return ("Executive" if lang != "fr" else "Direction") + f" (EX-{lv})"
    return c


def _grp(n, sep):
    return f"{n:,}".replace(",", sep)


def _mill(n, dec):
    s = f"{n / 1e6:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", dec)


def fmt_amt(n, lang, style):
    big = n >= 1_000_000
    if lang == "fr":
        if style == "M" and big:
            return f"{_mill(n, ',')} M$"
        if style == "Mw" and big:
            return f"{_mill(n, ',')} millions de dollars"
        if style in ("K", "M", "Mw") and n % 1000 == 0:
            return f"{_grp(n // 1000, ' ')} k$"
        if style == "cents":
            return f"{_grp(n, ' ')},00 $"
        return f"{_grp(n, ' ')} $"
    if style == "M" and big:
        return f"${_mill(n, '.')}M"
    if style == "Mw" and big:
        return f"${_mill(n, '.')} million"
    if style in ("K", "M", "Mw") and n % 1000 == 0:
        return f"${n // 1000:,}K"
    if style == "cents":
        return f"${n:,}.00"
    return f"${n:,}"


def fmt_loc(loc, lang, rng):
    city, pen, pfr = T.LOC[loc]
    if lang == "fr":
        return f"{city} ({pfr})"
    return rng.choice([f"{city}, {pen}", f"{city}, {pen}", f"{city} ({pen})"])


def truth_loc(loc, lang):
    city, pen, pfr = T.LOC[loc]
    return f"{city}, {pfr if lang == 'fr' else pen}"


# ---------------------------------------------------------------- positions


def make_positions(rng):
    pos = {}
    for key, ten, tfr, lvl, sec, loc, sup, dom in T.POSITIONS:
        pos[key] = dict(key=key, title_en=ten, title_fr=tfr, cls=lvl, sector=sec, loc=loc, sup=sup, dom=dom,
                        posno=str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 129999)])),
                        job=str(rng.randint(100100, 109899)))
    for key, (ten, tfr, lvl) in T.EXTRA_SUPERVISORS.items():
        pos[key] = dict(key=key, title_en=ten, title_fr=tfr, cls=lvl, posno=str(rng.randint(10000, 99999)))
    pos["DM"]["posno"] = None
    for key in list(pos):
        if pos[key].get("sup") == "ADM":
            ten, tfr, lvl = T.ADM[pos[key]["sector"]]
            akey = "ADM-" + pos[key]["sector"]
            if akey not in pos:
                pos[akey] = dict(key=akey, title_en=ten, title_fr=tfr, cls=lvl, posno=str(rng.randint(10000, 99999)))
            pos[key]["sup"] = akey
    pos["p35"]["posno"] = "TBD"
    pos["p40"]["posno"] = "NEW"
    return pos


def name(rng, lang):
    if lang == "fr" or (lang == "bilingual" and rng.random() < 0.5):
        return f"{rng.choice(T.FIRST_FR)} {rng.choice(T.LAST_FR)}"
    return f"{rng.choice(T.FIRST_EN)} {rng.choice(T.LAST_EN)}"


def make_view(pos, p, tag, rng, lang, year=None):
    """The facts one version of a position's description states."""
    v = dict(key=p["key"], tag=tag, dom=p["dom"], sector=p["sector"], loc=p["loc"])
    v["title_en"], v["title_fr"] = p["title_en"], p["title_fr"]
    v["cls"] = p["cls"]
    v["proposed"] = rng.random() < 0.1
    v["job"] = p["job"] if rng.random() < 0.5 else None
    if p["posno"] in ("NEW", "TBD"):
        v["posno"], v["prov"] = None, p["posno"]
    else:
        v["posno"], v["prov"] = p["posno"], None
    year = year or rng.randint(2004, 2023)
    v["eff"] = dt.date(year, rng.randint(1, 12), rng.choice([1, 1, rng.randint(2, 28)])) if rng.random() < 0.9 else None
    s = pos[p["sup"]]
    v["sup_key"] = p["sup"]
    v["sup_mode"] = rng.choice(["fields", "fields", "fields", "reports_to", "sentence"])
    v["sup_title_en"], v["sup_title_fr"] = s["title_en"], s["title_fr"]
    v["sup_cls"] = s["cls"]
    v["sup_no"] = s["posno"] if v["sup_mode"] == "fields" and rng.random() < 0.8 else None
    if v["sup_mode"] == "sentence" and rng.random() < 0.4:
        v["sup_cls"] = None
    # direct reports
    reps = []
    lvl = int(p["cls"][-1])
    n = rng.randint(2, 6)
    units = [u for u in T.SUBUNITS if u[2] == p["dom"]] + rng.sample(T.SUBUNITS, 1)
    rng.shuffle(units)
    seen = set()
    for u in units:
        if len(reps) >= n:
            break
        if u[0] in seen:
            continue
        seen.add(u[0])
        if lvl >= 2 and rng.random() < 0.75:
            reps.append(dict(en=f"Director, {u[0]}", fr=f"Directeur, {u[1]}", cls="EX-01", fte=rng.randint(12, 95)))
        else:
            head_en, head_fr = rng.choice([("Manager", "Gestionnaire"), ("Chief", "Chef"), ("Head", "Chef"),
                                           ("Manager", "Gestionnaire")])
            reps.append(dict(en=f"{head_en}, {u[0]}", fr=f"{head_fr}, {u[1]}",
                             cls=rng.choice(T.CLS_BY_DOMAIN[u[2]]), fte=rng.randint(3, 38)))
    if rng.random() < 0.35:
        reps.append(dict(en="Senior Advisor", fr="Conseiller principal", cls=rng.choice(["EC-07", "PM-06", "AS-07"]), fte=1))
    if rng.random() < 0.4:
        reps.append(dict(en="Executive Assistant", fr="Adjoint exécutif", cls=rng.choice(["AS-02", "AS-03", "CR-05"]), fte=1))
    nofte = rng.random() < 0.15
    for r in reps:
        if nofte or rng.random() < 0.07:
            r["fte"] = None
        if rng.random() < 0.07:
            r["cls"] = None
    v["reports"] = reps
    v["rep_mode"] = rng.choice(["paren", "paren", "dash", "emdash", "bracket", "staff", "table", "prose"])
    tot = sum(r["fte"] or 5 for r in reps) + rng.randint(1, 12)
    v["fte"] = tot if rng.random() < 0.85 else None
    sal = round(tot * rng.randint(88, 112) * 1000, -4)
    sal = int(sal)
    om = int(round(sal * rng.uniform(0.06, 0.6), -3))
    v["salary"], v["om"], v["total"] = (sal, om, sal + om)
    r = rng.random()
    if r < 0.12:
        v["total"] = None
    elif r < 0.2:
        v["salary"] = v["om"] = None
    v["prog"] = rng.randint(5, 400) * 1_000_000 if p["dom"] == "program" and rng.random() < 0.7 else None
    v["op"] = None
    v["amt_style"] = rng.choice(["full", "full", "M", "Mw", "K", "cents"])
    v["template"] = rng.choice(["classic", "classic", "classic", "csr"])
    v["incumbent"] = name(rng, lang) if rng.random() < 0.3 else None
    v["signer"] = name(rng, lang)
    v["signer2"] = name(rng, lang) if rng.random() < 0.4 else None
    v["sa"] = rng.sample(range(7), rng.randint(4, 7))
    v["ns"] = sorted(rng.sample(range(3), 2)) + ([3] if rng.random() < 0.4 else [])
    return v


# ---------------------------------------------------------------- labels

L_EN = [
    dict(title="Position Title", cls="Classification", job="Position Job Code", posno="Position Number",
         eff="Effective Date", sector="Sector", loc="Geographic Location", sup_no="Supervisor's Position No.",
         sup_title="Supervisor's Position Title", sup_cls="Supervisor's Classification", rt="Reports to"),
    dict(title="TITLE", cls="GROUP/LEVEL", job="JOB CODE", posno="POSITION NUMBER", eff="EFFECTIVE DATE",
         sector="SECTOR", loc="LOCATION", sup_no="SUPERVISOR POSITION NO.", sup_title="SUPERVISOR TITLE",
         sup_cls="SUPERVISOR GROUP/LEVEL", rt="REPORTS TO"),
    dict(title="Job Title", cls="Position Level", job="Job Code No.", posno="Position No.", eff="Date Effective",
         sector="Sector", loc="Location", sup_no="Reports to (Position No.)", sup_title="Reports to (Title)",
         sup_cls="Reports to (Group and Level)", rt="Reports to"),
    dict(title="Official Title", cls="Group and Level", job="Generic Job Code", posno="Position #",
         eff="Classification Effective Date", sector="Sector/Branch", loc="Work Location",
         sup_no="Supervisor Position Number", sup_title="Supervisor Title", sup_cls="Supervisor Group/Level",
         rt="Immediate Supervisor"),
]
L_FR = [
    dict(title="Titre du poste", cls="Classification", job="Code d'emploi", posno="Numéro du poste",
         eff="Date d'entrée en vigueur", sector="Secteur", loc="Lieu géographique",
         sup_no="Numéro du poste du superviseur", sup_title="Titre du poste du superviseur",
         sup_cls="Classification du superviseur", rt="Relève de"),
    dict(title="TITRE", cls="GROUPE/NIVEAU", job="CODE DE L'EMPLOI", posno="NUMÉRO DE POSTE",
         eff="DATE D'ENTRÉE EN VIGUEUR", sector="SECTEUR", loc="LIEU", sup_no="NO DU POSTE DU SURVEILLANT",
         sup_title="TITRE DU SURVEILLANT", sup_cls="GROUPE/NIVEAU DU SURVEILLANT", rt="RELÈVE DE"),
    dict(title="Intitulé du poste", cls="Groupe et niveau", job="No du code d'emploi", posno="No du poste",
         eff="En vigueur le", sector="Secteur", loc="Lieu de travail", sup_no="No de poste du/de la superviseur(e)",
         sup_title="Titre du/de la superviseur(e)", sup_cls="Classification du/de la superviseur(e)",
         rt="Relève de"),
]
SEC = {
    "en": dict(ga=["GENERAL ACCOUNTABILITY", "General Accountability"],
               org=["ORGANIZATION STRUCTURE", "ORGANIZATIONAL STRUCTURE", "Organization Structure", "Structure"],
               ns=["NATURE AND SCOPE", "NATURE & SCOPE", "Nature and Scope"],
               dim=["DIMENSIONS", "Dimensions", "Key Dimensions"],
               sa=["SPECIFIC ACCOUNTABILITIES", "Specific Accountabilities"],
               cert=["CERTIFICATION", "Certification", "SIGNATURES"],
               csr=["CLIENT SERVICE RESULTS", "Client Service Results"], ka=["KEY ACTIVITIES", "Key Activities"],
               head=["EXECUTIVE WORK DESCRIPTION", "EXECUTIVE GROUP POSITION DESCRIPTION", "WORK DESCRIPTION",
                     "Executive Job Description"]),
    "fr": dict(ga=["RESPONSABILITÉ GÉNÉRALE", "Responsabilités générales"],
               org=["STRUCTURE ORGANISATIONNELLE", "Structure de l'organisation"],
               ns=["NATURE ET ÉTENDUE", "Nature et portée"], dim=["DIMENSIONS", "Dimensions"],
               sa=["RESPONSABILITÉS SPÉCIFIQUES", "Responsabilités particulières"],
               cert=["ATTESTATION", "SIGNATURES"], csr=["RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE"],
               ka=["ACTIVITÉS PRINCIPALES"],
               head=["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "DESCRIPTION DE POSTE DE CADRE",
                     "Description de travail"]),
}
DIM_L = {
    "en": dict(sal=["Salary", "Salary Budget", "Salaries"], om=["O&M", "Operating and Maintenance", "Non-salary O&M"],
               tot=["Total", "Total Budget", "Total operating budget"],
               fte=["FTEs", "FTE's", "Number of FTEs", "Employees (FTEs)"], prog=["Grants and Contributions", "Program Budget"]),
    "fr": dict(sal=["Salaires", "Budget salarial"], om=["F et E", "Fonctionnement et entretien", "Budget de F&E"],
               tot=["Total", "Budget total"], fte=["ETP", "Équivalents temps plein", "Effectif (ETP)"],
               prog=["Subventions et contributions", "Budget de programme"]),
}


def unit_name(v, lang):
    t = v["title_fr"] if lang == "fr" else v["title_en"]
    return t.split(", ", 1)[1] if ", " in t else t


def short_title(v, lang):
    t = v["title_fr"] if lang == "fr" else v["title_en"]
    return t


# ---------------------------------------------------------------- a description as lines


def rep_line(r, lang, mode, rng, damage_ok=True):
    t = prot(r["fr"] if lang == "fr" else r["en"])
    c = prot(r["cls"]) if r["cls"] else None
    f = r["fte"]
    fte_w = "ETP" if lang == "fr" else rng.choice(["FTEs", "FTEs", "FTE"])
    duty = (rng.choice(T.REPORT_DUTY_FR) if lang == "fr" else rng.choice(T.REPORT_DUTY_EN)).format(
        x=(r["fr"] if lang == "fr" else r["en"]).split(", ")[-1].lower())
    if mode == "dash":
        s = f"{c} - {t}" if c else t
        return s + (f" ({prot(f)} {fte_w})" if f is not None else "")
    if mode == "emdash":
        return " – ".join([t] + ([c] if c else []) + ([f"{prot(f)} {fte_w}"] if f is not None else []))
    if mode == "bracket":
        return t + (f" [{c}]" if c else "") + (f" ({prot(f)} {fte_w})" if f is not None else "")
    if mode == "staff":
        s = t + (f" ({c})" if c else "")
        if f is not None:
            s += f", (effectif de {prot(f)})" if lang == "fr" else f", (staff of {prot(f)})"
        return s + " " + duty
    inner = ", ".join(([c] if c else []) + ([f"{prot(f)} {fte_w}"] if f is not None else []))
    return t + (f" ({inner})" if inner else "") + ": " + duty


def dims_lines(v, lang, rng, layout):
    L = DIM_L[lang]
    st = v["amt_style"]
    rows = []
    if v["fte"] is not None:
        rows.append((rng.choice(L["fte"]), prot(v["fte"])))
    if v["salary"] is not None:
        rows.append((rng.choice(L["sal"]), prot(fmt_amt(v["salary"], lang, st))))
    if v["om"] is not None:
        rows.append((rng.choice(L["om"]), prot(fmt_amt(v["om"], lang, st))))
    if v["total"] is not None:
        rows.append((rng.choice(L["tot"]), prot(fmt_amt(v["total"], lang, st))))
    if v["prog"] is not None:
        rows.append((rng.choice(L["prog"]), prot(fmt_amt(v["prog"], lang, "M"))))
    if layout == "prose" and v["salary"] is not None and v["fte"] is not None:
        a = [prot(fmt_amt(x, lang, st)) if x is not None else None for x in (v["salary"], v["om"], v["total"])]
        if lang == "fr":
            s = f"Le titulaire gère un effectif de {prot(v['fte'])} ETP, un budget salarial de {a[0]} et un budget de fonctionnement et d'entretien de {a[1]}"
            s += f", pour un total de {a[2]}." if a[2] else "."
        else:
            s = f"The position manages a staff of {prot(v['fte'])} FTEs, a salary budget of {a[0]} and an O&M budget of {a[1]}"
            s += f", for a total of {a[2]}." if a[2] else "."
        if v["prog"] is not None:
            s += (" Il administre également un budget de subventions et contributions de " if lang == "fr" else
                  " It also administers a grants and contributions budget of ") + prot(fmt_amt(v["prog"], lang, "M")) + "."
        return [("para", s)]
    sep = rng.choice([": ", ":\t", " .......... ", "\t"])
    return [("line", f"{k}{sep}{val}") for k, val in rows]


def header_lines(v, lang, rng, labels, layout):
    def lab(k):
        if lang == "bilingual":
            return f"{labels[0][k]} / {labels[1][k]}"
        return labels[k]
    tl = "fr" if lang == "fr" else "en"
    title = v["title_fr"] if lang == "fr" else v["title_en"]
    rows = [("title", prot(title))]
    if lang == "bilingual":
        rows = [("title", prot(v["title_en"]) + " / " + prot(v["title_fr"]) if rng.random() < 0.6 else
                 prot(v["title_en"]) + "\n" + prot(v["title_fr"]))]
    cls = prot(fmt_cls(v["cls"], rng, tl))
    if v["proposed"]:
        cls += " (Proposé)" if lang == "fr" else " (Proposed)"
    items = [("cls", cls)]
    if v["job"]:
        items.append(("job", prot(v["job"])))
    items.append(("posno", prot(v["posno"]) if v["posno"] else v["prov"] if v["prov"] else ""))
    if v["posno"] is None and v["prov"] is None:
        items.pop()
    items.append(("eff", prot(fmt_date(v["eff"], tl, rng)) if v["eff"] else ""))
    sec_en, sec_fr = T.SECTORS[v["sector"]]
    items.append(("sector", sec_fr if lang == "fr" else sec_en))
    items.append(("loc", prot(fmt_loc(v["loc"], tl, rng))))
    rng.shuffle(items)
    rows += items
    if v["sup_mode"] == "fields":
        st = v["sup_title_fr"] if lang == "fr" else v["sup_title_en"]
        sup = []
        if v["sup_no"]:
            sup.append(("sup_no", prot(v["sup_no"])))
        sup.append(("sup_title", prot(st)))
        if v["sup_cls"]:
            sup.append(("sup_cls", prot(fmt_cls(v["sup_cls"], rng, tl))))
        rows += sup
    elif v["sup_mode"] == "reports_to":
        st = v["sup_title_fr"] if lang == "fr" else v["sup_title_en"]
        rows.append(("rt", prot(st) + (f" ({prot(v['sup_cls'])})" if v["sup_cls"] else "")))
    out = []
    for k, val in rows:
        L = lab(k)
        if layout == "next":
            out.append(("line", L + (":" if rng.random() < 0.5 else "")))
            for part in val.split("\n"):
                out.append(("line", "    " + part))
        elif layout == "dots":
            out.append(("line", f"{L} {'.' * max(3, 34 - len(L))} {val.replace(chr(10), ' / ')}"))
        elif layout == "tabs":
            out.append(("line", f"{L}\t\t{val.replace(chr(10), ' / ')}"))
        else:
            out.append(("line", f"{L}: {val.replace(chr(10), ' / ')}"))
    return out


def body_lines(v, lang, rng, hstyle):
    """Sections after the header, as ("head"|"para"|"line"|"item", text)."""
    pl = "fr" if lang == "fr" else "en"
    sec = SEC[pl]
    n = [0]

    def H(k, lng=pl):
        n[0] += 1
        h = rng.choice(SEC[lng][k])
        if lang == "bilingual" and lng == "en":
            h = f"{h} / {rng.choice(SEC['fr'][k])}"
        if hstyle == "num":
            return ("head", f"{n[0]}. {h}")
        if hstyle == "letter":
            return ("head", f"{'ABCDEFGHIJ'[n[0] - 1]}) {h}")
        if hstyle == "colon":
            return ("head", f"{h}:")
        return ("head", h)

    t_own = v["title_fr"] if pl == "fr" else v["title_en"]
    u = unit_name(v, pl).lower() if not unit_name(v, pl).startswith("Canmet") else unit_name(v, pl)
    secname = T.SECTORS[v["sector"]][1 if pl == "fr" else 0]
    ga = (T.GA_FR if pl == "fr" else T.GA_EN)[v["dom"]].format(t=t_own, u=u)
    out = []
    # structure
    st = v["sup_title_fr"] if pl == "fr" else v["sup_title_en"]
    org = []
    if v["sup_mode"] == "sentence" or rng.random() < 0.4:
        cl = f" ({prot(v['sup_cls'])})" if v["sup_cls"] and v["sup_mode"] == "sentence" else ""
        if pl == "fr":
            org.append(("para", f"Le titulaire relève du {prot(st)}{cl}."))
        else:
            org.append(("para", rng.choice([f"The {t_own} reports to the {prot(st)}{cl}.",
                                            f"The position reports directly to the {prot(st)}{cl}."])))
    reps = v["reports"]
    if pl == "fr":
        intro = rng.choice([f"Les {len(reps)} postes suivants relèvent du titulaire :", "Relèvent du titulaire :"])
    else:
        intro = rng.choice([f"Reporting to the {t_own} are:", "The following positions report to the incumbent:",
                            f"The position has {len(reps)} direct reports:"])
    mode = v["rep_mode"]
    if mode == "prose":
        parts = []
        for r in reps:
            t = prot(r["fr"] if pl == "fr" else r["en"])
            inner = ", ".join(([prot(r["cls"])] if r["cls"] else []) +
                              ([f"{prot(r['fte'])} {'ETP' if pl == 'fr' else 'FTEs'}"] if r["fte"] is not None else []))
            art = ("l'" if (r["fr"][0] in "AEIOUÉ") else "le ") if pl == "fr" else "the "
            parts.append(art + t + (f" ({inner})" if inner else ""))
        joined = "; ".join(parts[:-1]) + ("; et " if pl == "fr" else "; and ") + parts[-1]
        org.append(("para", (f"Relèvent du titulaire : {joined}." if pl == "fr" else
                             f"Reporting to the incumbent are {joined}.")))
    elif mode == "table":
        org.append(("line", intro))
        hdr = ("Poste\tGroupe/niveau\tETP" if pl == "fr" else "Position\tGroup/Level\tFTEs")
        org.append(("line", hdr))
        for r in reps:
            org.append(("line", "\t".join([prot(r["fr"] if pl == "fr" else r["en"]), prot(r["cls"]) if r["cls"] else "",
                                           prot(r["fte"]) if r["fte"] is not None else ""])))
    else:
        org.append(("line", intro))
        for r in reps:
            org.append(("item", rep_line(r, pl, mode, rng)))
    dim_layout = rng.choice(["list", "list", "list", "prose"])
    dims = dims_lines(v, pl, rng, dim_layout)
    ns = [("para", (T.NS_FR if pl == "fr" else T.NS_EN)[i].format(s=secname, u=unit_name(v, pl)))
          for i in v["ns"] if i < len(T.NS_FR if pl == "fr" else T.NS_EN)]
    sas = [("item", (T.SA_FR if pl == "fr" else T.SA_EN)[i].format(u=u)) for i in v["sa"]
           if i < len(T.SA_FR if pl == "fr" else T.SA_EN)]
    if v["template"] == "csr":
        out += [H("csr"), ("para", (T.CSR_FR if pl == "fr" else T.CSR_EN).format(u=u)), H("ka")] + sas
        out += [H("org")] + org + [H("dim")] + dims
    else:
        blocks = [[H("ga"), ("para", ga)]]
        if lang == "bilingual":
            blocks[0].append(("para", T.GA_FR[v["dom"]].format(t=v["title_fr"], u=unit_name(v, "fr").lower())))
        order = rng.choice([["org", "ns", "dim", "sa"], ["ns", "org", "dim", "sa"], ["org", "dim", "ns", "sa"],
                            ["ns", "sa", "dim", "org"]])
        content = dict(org=org, ns=ns, dim=dims, sa=sas)
        for k in order:
            blocks.append([H(k)] + content[k])
        out = [x for b in blocks for x in b]
    return out


def cert_lines(v, lang, rng, signed=True):
    pl = "fr" if lang == "fr" else "en"
    out = [("head", rng.choice(SEC[pl]["cert"]))]
    if pl == "fr":
        out.append(("para", "L'énoncé qui précède décrit avec exactitude les fonctions attribuées au poste."))
    else:
        out.append(("para", "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position."))
    st = v["sup_title_fr"] if pl == "fr" else v["sup_title_en"]
    if v["incumbent"]:
        out.append(("line", ("Titulaire : " if pl == "fr" else "Incumbent: ") + prot(v["incumbent"])))
    out.append(("line", "_" * 30 + "        " + "_" * 14))
    out.append(("line", prot(v["signer"]) + "        Date"))
    out.append(("line", st))
    if v["signer2"]:
        out.append(("line", "_" * 30 + "        " + "_" * 14))
        out.append(("line", prot(v["signer2"]) + "        Date"))
        out.append(("line", "Conseiller(ère) en classification" if pl == "fr" else "Classification Advisor"))
    return out


def describe(v, lang, rng, signed=True):
    labels = ([L_EN[rng.randrange(len(L_EN))], L_FR[rng.randrange(len(L_FR))]] if lang == "bilingual" else
              rng.choice(L_FR) if lang == "fr" else rng.choice(L_EN))
    pl = "fr" if lang == "fr" else "en"
    head = rng.choice(SEC[pl]["head"])
    if lang == "bilingual":
        head = f"{head} / {rng.choice(SEC['fr']['head'])}"
    dep = T.DEPT_FR if lang == "fr" else (f"{T.DEPT_EN} / {T.DEPT_FR}" if lang == "bilingual" else T.DEPT_EN)
    layout = rng.choice(["colon", "colon", "next", "dots", "tabs"])
    lines = [("line", dep), ("head", head)] if rng.random() < 0.6 else [("head", head), ("line", dep)]
    lines += header_lines(v, lang, rng, labels, layout)
    lines += body_lines(v, lang, rng, rng.choice(["plain", "num", "letter", "colon"]))
    if signed:
        lines += cert_lines(v, lang, rng)
    return lines


# ---------------------------------------------------------------- OCR damage

DIGIT_SUB = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "G"}
LETTER_SUB = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("cl", "d"), ("t", "f"), ("h", "b"),
              ("a", "o"), ("u", "v"), ("ti", "fi"), ("s", "a"), ("d", "cl")]
TOKEN = re.compile(f"{P0}[^{P1}]*{P1}\\S*|\\S+")


def damage(text, rng, pd, pw, pj):
    # digits (protected values too: a careful reader still reads them)
    out = []
    for ch in text:
        if ch in DIGIT_SUB and rng.random() < pd * (0.3 if ch in "68" else 1):
            out.append(("l" if ch == "1" and rng.random() < 0.3 else DIGIT_SUB[ch]))
        else:
            out.append(ch)
    text = "".join(out)
    # letters, outside protected values
    parts = re.split(f"({P0}[^{P1}]*{P1})", text)
    for i, part in enumerate(parts):
        if part.startswith(P0):
            continue
        words = part.split(" ")
        for j, w in enumerate(words):
            if len(w) > 3 and rng.random() < pw:
                a, b = rng.choice(LETTER_SUB)
                if a in w:
                    k = w.index(a)
                    words[j] = w[:k] + b + w[k + len(a):]
        s = ""
        for j, w in enumerate(words):
            if j:
                s += "" if (rng.random() < pj and w and words[j - 1] and "\n" not in w) else " "
            s += w
        parts[i] = s
    return "".join(parts)


def wrap(text, width, rng, hyphen=0.0):
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        vis = len(tok.replace(P0, "").replace(P1, ""))
        cl = len(cur.replace(P0, "").replace(P1, ""))
        if cur and cl + 1 + vis > width:
            if hyphen and P0 not in tok and vis > 7 and tok.isalpha() and rng.random() < hyphen:
                k = rng.randint(3, vis - 3)
                lines.append(cur + " " + tok[:k] + "-")
                cur = tok[k:]
                continue
            lines.append(cur)
            cur = tok
        else:
            cur = f"{cur} {tok}" if cur else tok
    if cur:
        lines.append(cur)
    return lines


def strip(s):
    return s.replace(P0, "").replace(P1, "")


def flat_lines(lines, rng, item_style, width=None, hyphen=0.0):
    out, k = [], 0
    for kind, t in lines:
        if kind == "item":
            k += 1
            t = (f"{k}. " if item_style == "num" else "- " if item_style == "dash" else "• " if item_style == "bullet" else "> ") + t
        else:
            if kind == "head":
                k = 0
        if kind == "head" and out and out[-1] != "":
            out.append("")
        if width and kind in ("para", "item"):
            out += wrap(t, width, rng, hyphen)
        else:
            out += t.split("\n")
        if kind in ("head", "para"):
            out.append("")
    return out


def ocr_text(v, lang, rng, strength, layout, hard_title=False):
    lines = describe(v, lang, rng)
    if hard_title:  # one of the few values a reader can only guess
        lines = [(k, t.replace(prot(v["title_en"]), prot(v["title_en"].replace("ll", "Il").replace("ct", "d", 1)))
                  .replace(prot(v["title_fr"]), prot(v["title_fr"].replace("é", "e", 1).replace("ct", "d", 1))))
                 for k, t in lines]
    pd, pw, pj = {"light": (0.12, 0.02, 0.01), "medium": (0.3, 0.05, 0.03), "heavy": (0.55, 0.09, 0.06)}[strength]
    foot = rng.choice([f"NRCan / RNCan - {v['title_en'][:40]}", unit_name(v, "fr" if lang == "fr" else "en"),
                       "PROTECTED A / PROTÉGÉ A", "EX Work Description"])
    if layout == "run":
        flat = flat_lines(lines, rng, rng.choice(["num", "dash"]))
        body = " ".join(x for x in flat if x.strip())
        body = damage(body, rng, pd, pw, pj)
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + strip(body)
    elif layout == "pages":
        flat = flat_lines(lines, rng, rng.choice(["num", "dash"]))
        words = " ".join(x for x in flat if x.strip())
        toks = TOKEN.findall(words)
        per = rng.randint(330, 480)
        pages = [" ".join(toks[i:i + per]) for i in range(0, len(toks), per)]
        pages = [damage(p, rng, pd, pw, pj) for p in pages]
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
        text += "\n".join(("" if i == 0 else f"{i + 1} ") + strip(p) + f" {foot}" for i, p in enumerate(pages))
    else:  # lines: a page's lines as OCR gives them, footers and page numbers
        flat = flat_lines(lines, rng, rng.choice(["num", "dash", "bullet"]), width=rng.randint(72, 92), hyphen=0.25)
        flat = [damage(x, rng, pd, pw, pj) for x in flat]
        per = rng.randint(44, 56)
        pages = [flat[i:i + per] for i in range(0, len(flat), per)]
        npg = len(pages)
        fstyle = rng.choice(["pn", "dash", "plain"])
        chunks = []
        for i, pg in enumerate(pages):
            f = {"pn": f"Page {i + 1} of {npg}" if lang != "fr" else f"Page {i + 1} de {npg}",
                 "dash": f"- {i + 1} -", "plain": str(i + 1)}[fstyle]
            chunks.append("\n".join(strip(x) for x in pg) + f"\n\n{foot}\n{f}\n")
        text = "\f".join(chunks) if rng.random() < 0.4 else "\n".join(chunks)
        if rng.random() < 0.5:
            text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    # signature scribble read as noise
    text = text.rstrip("\n") + "\n" + rng.choice(["[ Signatory: MA eget ee | Signet gE A [Bete a [ato TE vam",
                                                 "~ ! ! !C C ate! ;*;*; (i (CO;!;",
                                                 "Jlf. M—, 2O~ ,/ ;' 1l",
                                                 ""]) + "\n"
    return text


def columns_text(v, lang, rng, strength):
    """A scan whose page has two columns, read across the line."""
    pl = "fr" if lang == "fr" else "en"
    allb = describe(v, lang, rng)
    # header: up to the first section heading after the fields
    head_end = next(i for i, (k, t) in enumerate(allb) if k == "head" and i > 1)
    header = allb[:head_end]
    body = body_lines(v, lang, random.Random(rng.random()), "plain")
    left_k, right = [], []
    cur = None
    sections = []
    for k, t in body:
        if k == "head":
            cur = [t, []]
            sections.append(cur)
        else:
            cur[1].append((k, t))
    left, right = [], []
    for h, content in sections:
        plain = strip(h).split(" / ")[0].upper()
        is_left = any(x in plain for x in ("STRUCTURE", "DIMENSION"))
        tgt = left if is_left else right
        tgt.append(h.upper())
        for k, t in content:
            tgt += wrap(("- " if k == "item" else "") + t, 44 if is_left else 52, rng)
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    mid = [f"{a} {b}".strip() if rng.random() < 0.7 else f"{a} | {b}".strip(" |") for a, b in zip(left, right)]
    pd, pw, pj = {"light": (0.12, 0.02, 0.01), "medium": (0.3, 0.05, 0.03), "heavy": (0.5, 0.08, 0.05)}[strength]
    top = flat_lines(header, rng, "num")
    cert = flat_lines(cert_lines(v, lang, rng), rng, "num")
    all_lines = [damage(x, rng, pd, pw, pj) for x in top + mid + [""] + cert]
    return ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
            + "\n".join(strip(x) for x in all_lines) + "\n")


# ---------------------------------------------------------------- plain, markdown, pdf, docx


def plain_text(v, lang, rng):
    lines = describe(v, lang, rng, signed=rng.random() < 0.7)
    return "\n".join(strip(x) for x in flat_lines(lines, rng, rng.choice(["num", "dash", "bullet"]))) + "\n"


def markdown_text(v, lang, rng):
    pl = "fr" if lang == "fr" else "en"
    labels = rng.choice(L_FR if pl == "fr" else L_EN)
    hl = header_lines(v, lang, rng, labels, "colon")
    out = []
    if rng.random() < 0.4:
        out += ["--- Structured Job Description ---", ""]
    out += ["# " + ("Description de travail" if pl == "fr" else "Job Description"), "",
            "## " + ("Renseignements sur le poste" if pl == "fr" else "Position Details"), ""]
    for _, t in hl:
        k, _, val = strip(t).partition(": ")
        out.append(f"*   **{k}:** {val}")
    out.append("")
    k = 0
    for kind, t in body_lines(v, lang, rng, "plain"):
        t = strip(t)
        if kind == "head":
            out += ["", "## " + t.rstrip(":").title() if t.isupper() else "## " + t.rstrip(":"), ""]
            k = 0
        elif kind == "item":
            k += 1
            if ": " in t[:90] and "(" in t.split(": ")[0]:
                a, b = t.split(": ", 1)
                out.append(f"*   **{a}:** {b}")
            else:
                out.append(f"{k}.  {t}")
        elif kind == "line" and (":\t" in t or ": " in t) and len(t) < 60:
            a, b = re.split(r":\s+", t, maxsplit=1)
            out.append(f"*   **{a}:** {b}")
        else:
            out += [t, ""] if kind == "para" else [t]
    return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


def pdf_doc(v, lang, rng):
    lines = describe(v, lang, rng, signed=rng.random() < 0.6)
    flat = [strip(x) for x in flat_lines(lines, rng, "num", width=rng.randint(92, 100))]
    foot = (T.DEPT_FR if lang == "fr" else T.DEPT_EN) + " - " + ("Description de travail" if lang == "fr" else "Work Description")
    per = 62
    pages = [flat[i:i + per] for i in range(0, len(flat), per)]
    return pdf_bytes(["\n".join(pg + ["", f"{foot}    {i + 1}/{len(pages)}"]) for i, pg in enumerate(pages)])


FIXED = dt.datetime(2024, 1, 15, 9, 0, 0)


def docx_bytes(d):
    cp = d.core_properties
    cp.author = "Executive Services"
    cp.last_modified_by = "Executive Services"
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_doc(v, lang, rng, signed=True):
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    pl = "fr" if lang == "fr" else "en"
    labels = ([rng.choice(L_EN), rng.choice(L_FR)] if lang == "bilingual" else rng.choice(L_FR if pl == "fr" else L_EN))
    head = rng.choice(SEC[pl]["head"]) + (f" / {rng.choice(SEC['fr']['head'])}" if lang == "bilingual" else "")
    d.add_heading(head, level=1)
    d.add_paragraph(T.DEPT_FR if pl == "fr" else T.DEPT_EN)
    hl = header_lines(v, lang, rng, labels, "colon")
    if rng.random() < 0.7:
        tab = d.add_table(rows=0, cols=2)
        tab.style = "Table Grid"
        for _, t in hl:
            k, _, val = strip(t).partition(": ")
            c = tab.add_row().cells
            c[0].text, c[1].text = k, val
    else:
        for _, t in hl:
            k, _, val = strip(t).partition(": ")
            p = d.add_paragraph()
            p.add_run(k + ":").bold = True
            p.add_run(" " + val)
    use_heading_style = rng.random() < 0.6
    list_style = rng.choice(["List Bullet", "List Number"])
    body = body_lines(v, lang, rng, rng.choice(["plain", "num"]))
    i = 0
    rep_table = v["rep_mode"] == "table"
    while i < len(body):
        kind, t = body[i]
        t = strip(t)
        if kind == "head":
            if use_heading_style:
                d.add_heading(t, level=2)
            else:
                d.add_paragraph().add_run(t).bold = True
        elif kind == "line" and "\t" in t and rep_table and ("Group" in t or "Groupe" in t):
            rows = []
            j = i + 1
            while j < len(body) and body[j][0] == "line" and "\t" in body[j][1]:
                rows.append(strip(body[j][1]).split("\t"))
                j += 1
            tab = d.add_table(rows=1, cols=3)
            tab.style = "Table Grid"
            for c, h in zip(tab.rows[0].cells, t.split("\t")):
                c.text = h
            for r in rows:
                for c, h in zip(tab.add_row().cells, r):
                    c.text = h
            i = j
            continue
        elif kind == "item":
            d.add_paragraph(t, style=list_style)
        else:
            d.add_paragraph(t)
        i += 1
    if signed and rng.random() < 0.8:
        for kind, t in cert_lines(v, lang, rng):
            if kind == "head":
                d.add_paragraph().add_run(strip(t)).bold = True
            else:
                d.add_paragraph(strip(t))
    sec = d.sections[0]
    sec.footer.paragraphs[0].text = f"{T.DEPT_EN} / {T.DEPT_FR}" if lang == "bilingual" else (T.DEPT_FR if pl == "fr" else T.DEPT_EN)
    return docx_bytes(d)


# ---------------------------------------------------------------- the folder

# (position, version tag, kind, language, file name, options)
DOCS = [
    ("p01", "a", "ocr", "en", "Director, Mineral and Metal Policy - signed.txt", dict(layout="lines", strength="medium")),
    ("p02", "a", "docx", "bilingual", "DG Explosives Safety and Security Branch EX-03 FINAL.docx", {}),
    ("p03", "a", "ocr", "en", "DG CanmetMINING (Sudbury) 2008.txt", dict(layout="run", strength="medium", year=2008)),
    ("p04", "a", "docx", "en", "Director, Mining Operations Research - DRAFT.docx", dict(signed=False)),
    ("p04", "a", "ocr", "en", "Director, Mining Operations Research - signed.txt", dict(layout="lines", strength="light")),
    ("p05", "a", "pdf", "en", "EX-03 DG CanmetMATERIALS Hamilton.pdf", {}),
    ("p06", "a", "ocr-columns", "en", "Surveyor General 2006.txt", dict(strength="medium", year=2006)),
    ("p07", "a", "text-cp1252", "en", "Director Geodetic Survey.txt", {}),
    ("p08", "a", "ocr", "fr", "DG CCCOT Sherbrooke (signée).txt", dict(layout="lines", strength="medium")),
    ("p09", "a", "docx", "fr", "Directeur, CGC-Québec.docx", {}),
    ("p10", "a", "ocr", "en", "GSC Calgary Director 2011 signed.txt", dict(layout="pages", strength="heavy", year=2011)),
    ("p11", "a", "markdown", "en", "Director, Public Safety Geoscience.txt", {}),
    ("p12", "a", "ocr", "fr", "DG Centre de foresterie des Laurentides (signée).txt", dict(layout="run", strength="heavy", year=2010)),
    ("p12", "b", "docx", "fr", "DG Centre de foresterie des Laurentides - révisée 2021.docx", dict(year=2021)),
    ("p13", "a", "ocr", "en", "Director General, Pacific Forestry Centre.txt", dict(layout="lines", strength="light", hard_title=True)),
    ("p14", "a", "docx", "en", "DG Northern Forestry Centre EX-02.docx", {}),
    ("p15", "a", "ocr", "en", "DG_AFC_Fredericton_2005.txt", dict(layout="pages", strength="medium", year=2005)),
    ("p16", "a", "ocr", "en", "Director Forest Pest Management SSM - signed copy.txt", dict(layout="lines", strength="heavy")),
    ("p17", "b", "docx", "en", "DG, Trade, Economics and Industry Branch.docx", dict(year=2013)),
    ("p17", "a", "ocr-columns", "en", "DG TEIB 2004 scan.txt", dict(strength="medium", year=2004)),
    ("p18", "a", "text", "en", "Director, Forest Sector Innovation.txt", {}),
    ("p19", "a", "ocr", "fr", "DG CanmetÉNERGIE-Varennes - signée.txt", dict(layout="lines", strength="light")),
    ("p20", "a", "pdf", "fr", "Directeur Systèmes énergétiques industriels.pdf", {}),
    ("p21", "a", "ocr", "en", "DG CanmetENERGY Devon.txt", dict(layout="run", strength="light")),
    ("p22", "a", "docx", "en", "DG OERD - work description FINAL.docx", {}),
    ("p22", "a", "pdf", "en", "DG OERD - work description FINAL.pdf", {}),
    ("p23", "a", "ocr", "bilingual", "DG OEE - signed - signé.txt", dict(layout="lines", strength="medium")),
    ("p24", "a", "docx", "en", "Director, Housing and Buildings.docx", {}),
    ("p24", "a", "docx", "en", "Director, Housing and Buildings (1).docx", dict(copy_of="Director, Housing and Buildings.docx")),
    ("p25", "a", "text-cp1252", "fr", "Directeur, Réglementation EE.txt", {}),
    ("p26", "a", "ocr", "en", "DG Electricity Resources Branch 2014.txt", dict(layout="pages", strength="medium", year=2014)),
    ("p27", "a", "markdown", "en", "Director, Uranium and Radioactive Waste Division.txt", {}),
    ("p28", "a", "ocr", "en", "DG Petroleum Resources Branch - signed.txt", dict(layout="lines", strength="medium", hard_title=True)),
    ("p29", "a", "docx", "en", "Director, Crude Oil & Petroleum Products (Calgary).docx", {}),
    ("p30", "a", "ocr", "en", "DG FMB & DCFO signed 2017.txt", dict(layout="lines", strength="light", year=2017)),
    ("p31", "a", "text", "en", "Director Financial Policy and Systems - 2022.txt", dict(year=2022)),
    ("p32", "a", "docx", "en", "DG HRMB EX-03.docx", {}),
    ("p33", "a", "docx", "bilingual", "Director, Executive Group Services - Directeur, Services au groupe de la direction.docx", {}),
    ("p34", "a", "ocr", "fr", "Directeur, Relations de travail et mieux-être - signé.txt", dict(layout="pages", strength="medium")),
    ("p35", "a", "pdf", "en", "CIO work description 2019.pdf", dict(year=2019)),
    ("p36", "a", "ocr-columns", "en", "Director Real Property & Security.txt", dict(strength="light")),
    ("p37", "a", "pdf", "bilingual", "CAEE - DPVE work description.pdf", {}),
    ("p38", "a", "text-cp1252", "en", "DG Policy Integration and Coordination.txt", {}),
    ("p39", "a", "markdown", "fr", "Directeur, Bureau des partenariats autochtones.txt", {}),
    ("p40", "a", "ocr", "bilingual", "ED MPMO - signed.txt", dict(layout="lines", strength="medium", year=2012)),
]
VERSIONS = [
    (["Director, Mining Operations Research - DRAFT.docx", "Director, Mining Operations Research - signed.txt"],
     "Director, Mining Operations Research - signed.txt", "the draft and its signed scan: the same description"),
    (["DG Centre de foresterie des Laurentides (signée).txt", "DG Centre de foresterie des Laurentides - révisée 2021.docx"],
     "DG Centre de foresterie des Laurentides - révisée 2021.docx", "revised"),
    (["DG TEIB 2004 scan.txt", "DG, Trade, Economics and Industry Branch.docx"],
     "DG, Trade, Economics and Industry Branch.docx", "revised"),
    (["DG OERD - work description FINAL.docx", "DG OERD - work description FINAL.pdf"], None,
     "the same description as two files"),
    (["Director, Housing and Buildings.docx", "Director, Housing and Buildings (1).docx"], None,
     "the same file twice"),
]


def expected(v, name, kind, lang, pos, docnames):
    pl = "fr" if lang == "fr" else "en"
    f = dict(
        title=v["title_fr"] if lang == "fr" else v["title_en"],
        classification=v["cls"], job_code=v["job"], position_number=v["posno"], effective_date=v["eff"],
        supervisor=dict(position_number=v["sup_no"],
                        title=v["sup_title_fr"] if pl == "fr" else v["sup_title_en"],
                        classification=v["sup_cls"]),
        direct_reports=[dict(title=r["fr"] if pl == "fr" else r["en"], classification=r["cls"], fte=r["fte"])
                        for r in v["reports"]],
        salary=v["salary"], o_and_m=v["om"], total=v["total"], location=truth_loc(v["loc"], pl))
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary",
                      "o_and_m", "total", "location") if f[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if f["supervisor"][k] is None]
    also = dict(fte=v["fte"], operating_budget=v["op"], program_budget=v["prog"], provisional_number=v["prov"])
    if lang == "bilingual":
        also["title_fr"] = v["title_fr"]
    sup_docs = [d[4] for d in DOCS if d[0] == v["sup_key"]]
    if sup_docs:
        also["reports_to_in_corpus"] = sup_docs
    people = []
    for k in ("incumbent", "signer", "signer2"):
        if v[k] and v[k] not in people and v.get("_printed_" + k, True):
            people.append(v[k])
    ver = None
    for docs_, newest, what in VERSIONS:
        if name in docs_:
            ver = dict(documents=docs_, newest=newest, note=what)
    return dict(document=name, kind=kind, language=lang, outcome="import", fields=f, not_stated=ns, also=also,
                people=people, versions=ver)


# ---------------------------------------------------------------- documents to refuse


def refused(rng):
    out = []
    # 1. a bilingual memo about EX work descriptions, saved on Windows
    m = ("MEMORANDUM / NOTE DE SERVICE\r\n\r\nTO / DESTINATAIRE: Assistant Deputy Ministers / Sous-ministres adjoints\r\n"
         "FROM / EXPÉDITEUR: Louise Harcourt, Director General, Human Resources Management Branch\r\n"
         "DATE: March 3, 2016 / le 3 mars 2016\r\nSUBJECT / OBJET: Update of EX work descriptions / Mise à jour des descriptions de travail EX\r\n\r\n"
         "As part of the Treasury Board’s review of the executive group, all EX work descriptions that have not been "
         "reviewed since 2011 must be updated and signed by June 30, 2016. Executive Services will contact each sector "
         "to confirm the list of positions concerned, including the Director, Housing and Buildings (EX-01) and the "
         "Director General, Electricity Resources Branch (EX-03).\r\n\r\nPlease send the signed descriptions to the "
         "Executive Services mailbox. Questions may be addressed to Brian Fraser, Senior Classification Advisor.\r\n\r\n"
         "Dans le cadre de l’examen du groupe de la direction par le Conseil du Trésor, toutes les descriptions de "
         "travail EX qui n’ont pas été revues depuis 2011 doivent être mises à jour et signées d’ici le 30 juin 2016.\r\n\r\n"
         "Louise Harcourt\r\n")
    out.append(("Memo - EX WD update 2016.txt", m.encode("cp1252"), "text-cp1252", "bilingual",
                ["Louise Harcourt", "Brian Fraser"]))
    # 2. a French letter of offer for an acting EX-02 appointment
    d = docx.Document()
    for p in ["Ressources naturelles Canada", "Ottawa, le 14 septembre 2018", "Madame Josée Lapointe",
              "Objet : Offre de nomination intérimaire - Directrice générale, Centre de foresterie des Laurentides (EX-02), poste no 48213",
              "Madame,",
              "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice générale, Centre de foresterie des "
              "Laurentides, classifié au groupe et niveau EX-02, à Québec (Québec), du 1er octobre 2018 au 31 mars 2019.",
              "Votre rémunération sera établie conformément à la Politique sur les conditions d'emploi des cadres supérieurs. "
              "L'échelle salariale du niveau EX-02 est de 130 600 $ à 153 700 $.",
              "Veuillez signer et retourner une copie de la présente lettre d'ici le 21 septembre 2018.",
              "Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.",
              "Mathieu Girard", "Sous-ministre adjoint, Service canadien des forêts",
              "J'accepte l'offre ci-dessus : ______________________  Date : __________"]:
        d.add_paragraph(p)
    out.append(("Lettre d'offre - intérim EX-02 - J Lapointe.docx", docx_bytes(d), "docx", "fr",
                ["Josée Lapointe", "Mathieu Girard"]))
    # 3. an executive performance agreement
    d = docx.Document()
    d.add_heading("Executive Performance Agreement 2019-2020", level=1)
    tab = d.add_table(rows=0, cols=2)
    tab.style = "Table Grid"
    for a, b in [("Name", "Kevin Okafor"), ("Position Title", "Director, Financial Policy and Systems"),
                 ("Group and Level", "EX-01"), ("Position Number", "57702"), ("Supervisor", "Nadia Chowdhury"),
                 ("Period", "April 1, 2019 to March 31, 2020")]:
        c = tab.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_heading("Commitments", level=2)
    for s in ["Business results: implement the new departmental financial system release by Q3, on budget.",
              "Management results: reduce the number of late payments to suppliers by 20 %.",
              "Leadership competencies: promote a healthy and respectful workplace; mentor two employees.",
              "Corporate priority: contribute to the Department's Mental Health Strategy."]:
        d.add_paragraph(s, style="List Number")
    d.add_heading("Signatures", level=2)
    d.add_paragraph("Executive: Kevin Okafor    Date: 2019-05-10")
    d.add_paragraph("Supervisor: Nadia Chowdhury    Date: 2019-05-14")
    out.append(("PMA 2019-20 - K Okafor - FINAL.docx", docx_bytes(d), "docx", "en", ["Kevin Okafor", "Nadia Chowdhury"]))
    # 4. an org chart saved as text
    oc = ("ENERGY SECTOR - ORGANIZATION CHART (as of 2015-04-01)\n\n"
          "                 Assistant Deputy Minister, Energy Sector (EX-05)\n"
          "                                 |\n"
          "   +-----------------------------+-----------------------------+\n"
          "   |                             |                             |\n"
          "DG, Office of Energy      DG, Electricity Resources     DG, Petroleum Resources\n"
          "Efficiency (EX-03)        Branch (EX-03)                Branch (EX-03)\n"
          "   |                             |                             |\n"
          "Dir., Housing and         Dir., Uranium and             Dir., Crude Oil and\n"
          "Buildings (EX-01)         Radioactive Waste (EX-01)     Petroleum Products (EX-01)\n"
          "Dir., Energy Efficiency\nRegulations (EX-01)\n\n"
          "Total sector FTEs: 612\n")
    out.append(("Org chart ES 2015.txt", oc.encode("utf-8"), "text", "en", []))
    # 5. a signed scan saved as PDF without a text layer
    art = b"q 0.2 g 60 760 475 24 re f 0.6 g 60 700 300 8 re f 60 680 420 8 re f 60 660 380 8 re f 60 300 160 2 re f Q"
    out.append(("Director General, Pacific Forestry Centre - signed scan.pdf", pdf_bytes([art, art, b"q 0.6 g 60 700 300 8 re f Q"]),
                "pdf", "en", []))
    # 6. a scan the OCR could not read
    noise = []
    for _ in range(40):
        noise.append("".join(rng.choice("il1|!.,:;'`~-_=oO0ceaMWN#%&/\\ ") for _ in range(rng.randint(8, 70))))
    out.append(("scan0047.txt", ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(noise) + "\n").encode(),
                "ocr", "en", []))
    return out


# ---------------------------------------------------------------- main


class Dumper(yaml.SafeDumper):
    pass


def main():
    rng = random.Random(SEED)
    pos = make_positions(rng)
    corpus, expdir = HERE / "corpus", HERE / "expected"
    for d in (corpus, expdir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    views = {}
    names = [d[4] for d in DOCS]
    for key, tag, kind, lang, fname, opt in DOCS:
        drng = random.Random(f"{SEED}:{fname}")
        vk = (key, tag)
        if vk not in views:
            vrng = random.Random(f"{SEED}:{key}:{tag}")
            views[vk] = make_view(pos, pos[key], tag, vrng, lang, opt.get("year"))
        v = dict(views[vk])
        if opt.get("copy_of"):
            data = (corpus / opt["copy_of"]).read_bytes()
        elif kind == "ocr":
            data = ocr_text(v, lang, drng, opt["strength"], opt["layout"], opt.get("hard_title", False)).encode()
        elif kind == "ocr-columns":
            data = columns_text(v, lang, drng, opt["strength"]).encode()
        elif kind == "text":
            data = plain_text(v, lang, drng).encode()
        elif kind == "text-cp1252":
            data = plain_text(v, lang, drng).replace("'", "\u2019").replace("\n", "\r\n").encode("cp1252")
        elif kind == "markdown":
            data = markdown_text(v, lang, drng).encode()
        elif kind == "pdf":
            data = pdf_doc(v, lang, drng)
        elif kind == "docx":
            data = docx_doc(v, lang, drng, opt.get("signed", True))
        (corpus / fname).write_bytes(data)
        check_people(v, data, kind)
        exp = expected(v, fname, kind, lang, pos, names)
        write_exp(expdir, fname, exp)
    for fname, data, kind, lang, people in refused(rng):
        (corpus / fname).write_bytes(data)
        write_exp(expdir, fname, dict(document=fname, kind=kind, language=lang, outcome="refuse", fields=None,
                                      not_stated=[], also=None, people=people, versions=None))
    print(f"{len(list(corpus.iterdir()))} documents written to {corpus}")


def check_people(v, data, kind):
    """Names in people: only those really printed (a docx or pdf is checked on its text)."""
    if kind == "docx":
        d = docx.Document(io.BytesIO(data))
        text = "\n".join(p.text for p in d.paragraphs)
        text += "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    elif kind == "pdf":
        text = data.decode("latin-1")
        text = text.encode("latin-1").decode("cp1252", errors="replace")
    else:
        text = data.decode("utf-8", errors="replace") if kind != "text-cp1252" else data.decode("cp1252")
    for k in ("incumbent", "signer", "signer2"):
        if v.get(k):
            v["_printed_" + k] = v[k] in text


def write_exp(expdir, fname, exp):
    text = yaml.dump(exp, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=120)
    (expdir / f"{fname}.expected.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
