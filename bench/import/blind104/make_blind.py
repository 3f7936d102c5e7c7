"""Write bench/import/blind104/: a talent-management delegate's folder.

EX work descriptions kept beside executive talent-management material: descriptions carrying
key/critical-position designations, incumbents' names, succession, readiness and mobility notes;
and talent profiles, a succession plan, a talent review summary, a questionnaire, a memo and a
scan without a text layer to refuse.

    /work/main/.venv/bin/python bench/import/blind104/make_blind.py

Deterministic: a fixed seed, fixed zip timestamps for the .docx files.
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

import docx
import yaml
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

rng = random.Random(104)
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

USED_NAMES: set[str] = set()


def person() -> str:
    while True:
        name = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            return name


# ---------------------------------------------------------------- notations

def fmt_date(d: dt.date, lang: str) -> str:
    if lang == "fr":
        style = rng.choice(["long", "long", "iso", "slash", "1er"])
        if style == "1er" or (style == "long" and d.day == 1):
            return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
        if style == "long":
            return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
        if style == "slash" and d.day > 12:
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return d.isoformat()
    style = rng.choice(["mdy", "mdy", "dmy", "iso", "th", "dmon", "abbr"])
    if style == "mdy":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "th":
        suf = "st" if d.day in (1, 21, 31) else "nd" if d.day in (2, 22) else "rd" if d.day in (3, 23) else "th"
        return f"{MONTHS_EN[d.month - 1]} {d.day}{suf}, {d.year}"
    if style == "dmon":
        return f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3].upper()}-{d.year}"
    if style == "abbr":
        m = MONTHS_EN[d.month - 1]
        return f"{m[:3] + '.' if len(m) > 4 else m} {d.day}, {d.year}"
    return d.isoformat()


def fmt_class(level: int, style: str | None = None) -> str:
    style = style or rng.choice(["EX-0", "EX-0", "EX-0", "EX 0", "EX-", "EX0"])
    return {"EX-0": f"EX-0{level}", "EX 0": f"EX 0{level}", "EX-": f"EX-{level}", "EX0": f"EX0{level}"}[style]


def _dec(v: int, unit: int) -> str:
    s = f"{v / unit:.3f}".rstrip("0").rstrip(".")
    return s


def fmt_amount(v: int, lang: str, style: str | None = None) -> str:
    if lang == "fr":
        style = style or rng.choice(["full", "cents", "M", "million", "k"])
        if style == "k" and v % 1000 == 0 and v < 1_000_000:
            return f"{v // 1000} k$"
        if style in ("M", "million") and v >= 1_000_000:
            d = _dec(v, 1_000_000).replace(".", ",")
            return f"{d} M$" if style == "M" else f"{d} millions de dollars"
        full = f"{v:,}".replace(",", "\u00a0" if rng.random() < 0.3 else " ")
        return f"{full},00 $" if style == "cents" else f"{full} $"
    style = style or rng.choice(["full", "full", "M", "K", "million"])
    if style == "M" and v >= 1_000_000:
        return f"${_dec(v, 1_000_000)}M"
    if style == "million" and v >= 1_000_000:
        return f"${_dec(v, 1_000_000)} million"
    if style == "K" and v % 1000 == 0:
        return f"${v // 1000:,}K"
    return f"${v:,}"


def fte_words(n: int, lang: str) -> str:
    if lang == "fr":
        return rng.choice([f"{n} ETP", f"effectif de {n}", f"{n} ETP", f"{n} employés" if n > 1 else "1 employé"])
    if n == 1:
        return rng.choice(["1 FTE", "staff of 1", "1 FTE"])
    return rng.choice([f"{n} FTEs", f"{n} FTE", f"staff of {n}", f"{n} FTEs"])


# ---------------------------------------------------------------- positions

SPECIAL_LOC = {
    "Gulf Region": ("Moncton", "New Brunswick", "Nouveau-Brunswick"),
    "Collins Bay": ("Kingston", "Ontario", "Ontario"),
    "Banff": ("Banff", "Alberta", "Alberta"),
    "Saskatoon": ("Saskatoon", "Saskatchewan", "Saskatchewan"),
    "Prairie and Northern": ("Edmonton", "Alberta", "Alberta"),
    "Atlantic": ("Fredericton", "New Brunswick", "Nouveau-Brunswick"),
    "Ontario Operations": ("Toronto", "Ontario", "Ontario"),
    "Quebec Region": ("Montréal", "Quebec", "Québec"),
    "Tax Centre": ("Shawinigan", "Quebec", "Québec"),
}

SUP_BY_LEVEL = {
    1: [("Director General, {b}", "Directeur général, {bf}", 3), ("Executive Director, {b}", "Directrice exécutive, {bf}", 2)],
    2: [("Director General, {b}", "Directrice générale, {bf}", 3)],
    3: [("Assistant Deputy Minister, {b}", "Sous-ministre adjoint, {bf}", 4),
        ("Associate Assistant Deputy Minister, {b}", "Sous-ministre adjoint délégué, {bf}", 4)],
    4: [("Deputy Minister", "Sous-ministre", 0), ("Senior Assistant Deputy Minister, {b}", "Sous-ministre adjoint principal, {bf}", 5)],
}


def short_branch(b: str) -> str:
    for cut in (" Branch", " Sector", " Group", " Field"):
        if b.endswith(cut):
            return b[: -len(cut)]
    return b


def build(spec) -> dict:
    dept, level, t_en, t_fr, b_en, b_fr, dom_en, dom_fr, units = spec
    d = T.DEPARTMENTS[dept]
    loc = (d[3], d[4], d[5])
    for k, v in SPECIAL_LOC.items():
        if k in t_en:
            loc = v
    if rng.random() < 0.1 and level <= 2 and loc[0] in ("Ottawa", "Gatineau"):
        loc = rng.choice(T.REGIONAL)
    sup_en, sup_fr, sup_lvl = rng.choice(SUP_BY_LEVEL[level])
    sb, sbf = short_branch(b_en), b_fr.replace("Direction générale des ", "").replace("Direction générale de la ", "").replace("Groupe des ", "")
    sup_title = sup_en.format(b=sb)
    sup_title_fr = sup_fr.format(bf=sbf[0].upper() + sbf[1:])
    sup_class = "DM-01" if sup_lvl == 0 else f"EX-0{sup_lvl}"
    reports = []
    for u_en, u_fr in units:
        if level >= 3:
            rt, rtf, rc = f"Director, {u_en}", f"Directeur, {u_fr}", f"EX-0{min(level - 2, 2)}" if level == 4 else "EX-01"
            if level == 4:
                rt, rtf, rc = f"Director General, {u_en}", f"Directeur général, {u_fr}", "EX-03"
        elif level == 2:
            if rng.random() < 0.6:
                rt, rtf, rc = f"Director, {u_en}", f"Directeur, {u_fr}", "EX-01"
            else:
                rt, rtf, rc = f"Manager, {u_en}", f"Gestionnaire, {u_fr}", rng.choice(T.NON_EX)
        else:
            rt, rtf, rc = (rng.choice([f"Manager, {u_en}", f"Senior Manager, {u_en}", f"Chief, {u_en}"]),
                           None, rng.choice(T.NON_EX))
            rtf = {"Manager": "Gestionnaire", "Senior Manager": "Gestionnaire principal", "Chief": "Chef"}[rt.split(",")[0]] + f", {u_fr}"
        fte = rng.randint(4, 60) if level <= 2 else rng.randint(15, 120)
        reports.append({"title": rt, "title_fr": rtf, "classification": rc, "fte": fte})
    if level <= 2 and rng.random() < 0.5:
        reports.append({"title": "Senior Advisor", "title_fr": "Conseiller principal", "classification": rng.choice(["EC-07", "AS-06", "PM-06"]), "fte": 1})
    if rng.random() < 0.4:
        reports.append({"title": "Executive Assistant", "title_fr": "Adjointe exécutive", "classification": rng.choice(["AS-02", "CR-05", "AS-01"]), "fte": 1})
    fte_total = sum(r["fte"] for r in reports) + 1
    salary = round(fte_total * rng.randint(82, 112) * 1000, -4)
    om = rng.randint(2, 60) * 1000 * (10 if level >= 3 else 3)
    return {
        "dept": dept, "level": level, "title": t_en, "title_fr": t_fr, "branch": b_en, "branch_fr": b_fr,
        "domain": dom_en, "domain_fr": dom_fr,
        "job_code": f"{rng.randint(100000, 109999)}" if rng.random() < 0.55 else None,
        "number": str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 999999), rng.randint(1000, 9999)])),
        "date": dt.date(rng.randint(2011, 2024), rng.randint(1, 12), rng.randint(1, 28)),
        "loc": loc,
        "sup": {"title": sup_title, "title_fr": sup_title_fr, "classification": sup_class,
                "number": str(rng.randint(10000, 99999))},
        "reports": reports, "fte": fte_total, "salary": int(salary), "om": om, "total": int(salary) + om,
        "incumbent": person(),
    }


# ---------------------------------------------------------------- document plan

class Doc:
    """One document's choices and, as it is rendered, what it states."""

    def __init__(self, pos, name, kind, lang, **opt):
        self.p, self.name, self.kind, self.lang, self.o = pos, name, kind, lang, opt
        self.people: list[str] = []
        self.stated = {"job_code": True, "position_number": True, "effective_date": True,
                       "supervisor.position_number": True, "supervisor.title": True,
                       "supervisor.classification": True, "salary": True, "o_and_m": True, "total": True,
                       "location": True, "direct_reports": True}
        self.versions = None


LABELS = {
    "en": {
        "title": ["Position Title", "Job Title", "TITLE", "Official Title", "Position title"],
        "class": ["Classification", "Group and Level", "GROUP/LEVEL", "Level", "Classification Level"],
        "job": ["Job Code", "Position Job Code", "Job code", "Job Code No."],
        "num": ["Position Number", "Position No.", "POSITION NUMBER", "Pos. No."],
        "date": ["Effective Date", "Effective date", "EFFECTIVE DATE", "Date effective"],
        "dept": ["Department", "Organization", "DEPARTMENT"],
        "branch": ["Branch", "Sector", "Branch/Sector"],
        "loc": ["Location", "Geographic Location", "Work Location", "LOCATION"],
        "supnum": ["Supervisor's Position No.", "Supervisor Position Number", "Reports to (Position No.)"],
        "suptitle": ["Supervisor's Position Title", "Supervisor's Title", "Reports to"],
        "supclass": ["Supervisor's Classification", "Supervisor's Level", "Supervisor Group/Level"],
    },
    "fr": {
        "title": ["Titre du poste", "Titre officiel", "TITRE DU POSTE", "Intitulé du poste"],
        "class": ["Classification", "Groupe et niveau", "GROUPE/NIVEAU", "Niveau"],
        "job": ["Code d'emploi", "No de code d'emploi", "Code de l'emploi"],
        "num": ["Numéro du poste", "No du poste", "N° de poste", "NUMÉRO DE POSTE"],
        "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le"],
        "dept": ["Ministère", "Organisation", "MINISTÈRE"],
        "branch": ["Direction générale", "Secteur"],
        "loc": ["Lieu de travail", "Emplacement", "Lieu géographique"],
        "supnum": ["Numéro du poste du superviseur", "No du poste du surveillant", "Relève de (no de poste)"],
        "suptitle": ["Titre du poste du superviseur", "Titre du surveillant", "Relève de"],
        "supclass": ["Classification du superviseur", "Groupe et niveau du surveillant", "Niveau du superviseur"],
    },
}

HEAD = {
    "en": {"doc": ["EXECUTIVE WORK DESCRIPTION", "Executive Group Position Description", "WORK DESCRIPTION - EX GROUP",
                   "Job Description"],
           "ga": ["General Accountability", "GENERAL ACCOUNTABILITY", "Client Service Results"],
           "org": ["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Structure"],
           "ns": ["Nature and Scope", "NATURE & SCOPE", "Environment and Challenges"],
           "dim": ["Dimensions", "DIMENSIONS", "Resources"],
           "sa": ["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Activities"],
           "cert": ["Certification", "CERTIFICATION", "Signatures"]},
    "fr": {"doc": ["DESCRIPTION DE TRAVAIL DE CADRE", "Description de poste - Groupe de la direction (EX)",
                   "DESCRIPTION DE TRAVAIL - GROUPE EX"],
           "ga": ["Responsabilité générale", "RAISON D'ÊTRE", "Résultats axés sur le service à la clientèle"],
           "org": ["Structure organisationnelle", "STRUCTURE ORGANISATIONNELLE"],
           "ns": ["Nature et étendue", "NATURE ET PORTÉE", "Contexte et défis"],
           "dim": ["Dimensions", "DIMENSIONS", "Ressources"],
           "sa": ["Responsabilités spécifiques", "ACTIVITÉS PRINCIPALES", "Activités principales"],
           "cert": ["Certification", "ATTESTATION", "Signatures"]},
}


def pick(seq):
    return rng.choice(seq)


# ---------------------------------------------------------------- content pieces (lines)

def header_fields(doc: Doc) -> list[tuple[str, str]]:
    p, lang, o = doc.p, doc.lang, doc.o
    L = LABELS["fr" if lang == "fr" else "en"]
    Lf = LABELS["fr"]
    cstyle = pick(["EX-0", "EX-0", "EX 0", "EX-", "EX0"])

    def lab(key):
        if lang == "bilingual":
            return f"{pick(LABELS['en'][key])} / {pick(Lf[key])}"
        return pick(L[key])

    rows = []
    if lang == "bilingual" and o.get("bi_two_titles"):
        rows.append(("Position Title", p["title"]))
        rows.append(("Titre du poste", p["title_fr"]))
    elif lang == "bilingual":
        rows.append((lab("title"), f"{p['title']} / {p['title_fr']}"))
    else:
        rows.append((lab("title"), p["title_fr"] if lang == "fr" else p["title"]))
    rows.append((lab("class"), fmt_class(p["level"], cstyle)))
    if p["job_code"] and not o.get("no_job"):
        rows.append((lab("job"), p["job_code"]))
    else:
        doc.stated["job_code"] = False
    rows.append((lab("num"), p["number"]))
    if o.get("no_date"):
        doc.stated["effective_date"] = False
        if rng.random() < 0.5:
            rows.append((lab("date"), ""))
    else:
        rows.append((lab("date"), fmt_date(p["date"], "fr" if lang == "fr" else ("en" if lang == "en" else pick(["en", "fr"])))))
    d = T.DEPARTMENTS[p["dept"]]
    rows.append((lab("dept"), d[1] if lang == "fr" else d[0]))
    rows.append((lab("branch"), p["branch_fr"] if lang == "fr" else p["branch"]))
    if o.get("no_loc"):
        doc.stated["location"] = False
    else:
        city, pen, pfr = p["loc"]
        if lang == "fr" or (lang == "bilingual" and rng.random() < 0.5):
            rows.append((lab("loc"), pick([f"{city} ({pfr})", f"{city}, {pfr}"])))
        else:
            rows.append((lab("loc"), pick([f"{city}, {pen}", f"{city} ({pen})", f"{city}, {pen}"])))
    if o["sup_mode"] == "fields":
        s = p["sup"]
        if not o.get("no_supnum"):
            rows.append((lab("supnum"), s["number"]))
        rows.append((lab("suptitle"), s["title_fr"] if lang == "fr" else s["title"]))
        rows.append((lab("supclass"), s["classification"].replace("-0", pick(["-0", "-0", " 0"]))))
    # talent-management fields placed among the header fields
    tm = o.get("tm", set())
    if "key_field" in tm:
        if lang == "fr":
            rows.insert(rng.randint(2, len(rows)), (pick(["Poste clé", "Poste essentiel", "Désignation GTC"]),
                                                     pick(["Oui", "OUI - plan de relève requis", "Poste clé (GTC 2023-2024)"])))
        else:
            rows.insert(rng.randint(2, len(rows)), (pick(["Key Position", "Critical Position", "ETM Designation", "Key position (Y/N)"]),
                                                     pick(["Yes", "Y", "YES - succession plan required", "Key position (2023-24 cycle)"])))
    if "incumbent" in tm:
        doc.people.append(p["incumbent"])
        lbl = {"en": pick(["Incumbent", "Incumbent Name", "Current Incumbent"]), "fr": pick(["Titulaire", "Nom du titulaire"]),
               "bilingual": "Incumbent / Titulaire"}[lang]
        rows.insert(rng.randint(1, len(rows)), (lbl, p["incumbent"]))
    return rows


def layout_fields(rows, style) -> list[str]:
    out = []
    width = max(len(k) for k, _ in rows) + 2
    for i, (k, v) in enumerate(rows):
        if style == "colon":
            out.append(f"{k}: {v}".rstrip())
        elif style == "colon_fr":
            out.append(f"{k} : {v}".rstrip())
        elif style == "nextline":
            out.append(k.upper() if rng.random() < 0.5 else k)
            out.append(f"    {v}" if v else "")
        elif style == "dots":
            out.append(f"{k} {'.' * max(3, width + 6 - len(k))} {v}".rstrip())
        elif style == "tabs":
            out.append(f"{k}:\t\t{v}".rstrip())
        elif style == "pad":
            out.append(f"{k.upper():<{width}}{v}".rstrip())
    return out


def sup_sentence(doc: Doc, lang: str) -> str:
    p, s = doc.p, doc.p["sup"]
    if doc.o["sup_mode"] == "fields":
        return ""
    with_num = not doc.o.get("no_supnum")
    if lang == "fr":
        base = f"Le ou la titulaire relève du {s['title_fr']} ({s['classification']})"
        return base + (f", poste no {s['number']}." if with_num else ".")
    t = p["title"]
    base = pick([f"The {t} reports to the {s['title']} ({s['classification']})",
                 f"The position reports directly to the {s['title']}, {s['classification']}"])
    return base + (f", position number {s['number']}." if with_num else ".")


def reports_lines(doc: Doc, lang: str) -> list[str]:
    o, reps = doc.o, doc.p["reports"]
    style = o["dr_style"]
    fr = lang == "fr"
    out = []
    if not reps:
        return out
    if style == "prose":
        parts = []
        for r in reps:
            t = r["title_fr"] if fr else r["title"]
            inner = ", ".join(x for x in [r["classification"] if r["show_c"] else "", fte_words(r["fte"], lang) if r["show_f"] else ""] if x)
            parts.append(f"{'le' if fr else 'the'} {t}" + (f" ({inner})" if inner else ""))
        lead = ("Les postes suivants relèvent du titulaire : " if fr else
                pick(["Reporting to the position are ", "The following positions report to the incumbent: "]))
        conj = " et " if fr else " and "
        out.append(lead + "; ".join(parts[:-1]) + conj + parts[-1] + ".")
        return out
    if style == "table":
        hdr = ("Poste", "Groupe/niveau", "ETP") if fr else ("Position", "Group/Level", "FTEs")
        w = max(len(r["title_fr"] if fr else r["title"]) for r in reps) + 3
        out.append(f"{hdr[0]:<{w}}{hdr[1]:<16}{hdr[2]}")
        for r in reps:
            t = r["title_fr"] if fr else r["title"]
            out.append(f"{t:<{w}}{(r['classification'] if r['show_c'] else ''):<16}{r['fte'] if r['show_f'] else ''}".rstrip())
        return out
    bullet = pick(["- ", "* ", "• ", "o ", ""])
    for r in reps:
        t = r["title_fr"] if fr else r["title"]
        c = r["classification"] if r["show_c"] else None
        f = fte_words(r["fte"], lang) if r["show_f"] else None
        resp = pick(["responsable de la gestion courante" if fr else "responsible for day-to-day operations",
                     "responsable de la planification et des rapports" if fr else "responsible for planning and reporting",
                     "chargé des conseils stratégiques" if fr else "accountable for strategic advice"])
        if style == "paren":
            inner = ", ".join(x for x in [c, f] if x)
            out.append(f"{bullet}{t}" + (f" ({inner})" if inner else "") + f" : {resp}" if fr else
                       f"{bullet}{t}" + (f" ({inner})" if inner else "") + f": {resp}")
        elif style == "dash":
            out.append(f"{bullet}{c + ' - ' if c else ''}{t}" + (f" ({f})" if f else ""))
        elif style == "endash":
            out.append(f"{bullet}" + " – ".join(x for x in [t, c, f] if x))
        elif style == "staff":
            out.append(f"{bullet}{t}" + (f" ({c})" if c else "") + (f", ({f})" if f else "") + f" {resp}")
    return out


def dims_lines(doc: Doc, lang: str) -> list[str]:
    p, mode = doc.p, doc.o["dims"]
    fr = lang == "fr"
    aml = "fr" if fr else "en"
    out = []
    sal_l = pick(["Salaires", "Budget salarial", "Salaires"]) if fr else pick(["Salary", "Salaries", "Salary budget", "Salary Budget"])
    om_l = pick(["F et E", "Fonctionnement et entretien (F et E)", "Budget de F et E"]) if fr else pick(["O&M", "Operating and Maintenance", "O&M budget", "Non-salary O&M"])
    tot_l = pick(["Total", "Budget total", "Budget de fonctionnement total"]) if fr else pick(["Total", "Total operating budget", "Total budget"])
    fte_l = pick(["ETP", "Effectif (ETP)", "Nombre d'ETP"]) if fr else pick(["FTEs", "FTE's", "Number of FTEs", "Staff (FTEs)"])
    sep = " : " if fr else ": "
    items = [(fte_l, str(p["fte"]))]
    if mode in ("sot", "so"):
        items.append((sal_l, fmt_amount(p["salary"], aml)))
        items.append((om_l, fmt_amount(p["om"], aml)))
    if mode in ("sot", "total"):
        items.append((tot_l, fmt_amount(p["total"], aml)))
    if mode == "so":
        doc.stated["total"] = False
    if mode == "total":
        doc.stated["salary"] = doc.stated["o_and_m"] = False
    if doc.o.get("dim_table"):
        w = max(len(k) for k, _ in items) + 4
        for k, v in items:
            out.append(f"{k:<{w}}{v:>18}")
    else:
        bul = pick(['- ', '* ', '• '])
        for k, v in items:
            out.append(f"{bul}{k}{sep}{v}" if doc.o.get("dim_bullets") else f"{k}{sep}{v}")
    return out


def tm_block(doc: Doc, lang: str) -> list[str]:
    """A talent-management note appended to, or stapled into, a description."""
    p, tm = doc.p, doc.o.get("tm", set())
    out = []
    fr = lang == "fr"
    ri = rng.randrange(4)
    if "stamp" in tm:
        pass  # handled at the top
    if "tm_block" in tm:
        s1, s2 = person(), person()
        doc.people += [p["incumbent"], s1, s2] if p["incumbent"] not in doc.people else [s1, s2]
        review = dt.date(rng.randint(2022, 2024), rng.choice([10, 11, 12]), rng.randint(1, 28))
        unit = p["reports"][0]["title_fr" if fr else "title"]
        if fr:
            out += ["", pick(["GESTION DES TALENTS DES CADRES - RÉSERVÉ AU DÉLÉGUÉ", "Note GTC (ne fait pas partie de la description)"]),
                    f"Désignation : {pick(['poste clé', 'poste essentiel'])}",
                    f"Titulaire actuel : {p['incumbent']} (depuis {p['date'].year})",
                    f"État de préparation : {T.READINESS_FR[ri]} ; mobilité : {pick(T.MOBILITY_FR)}",
                    f"Relève : {s1} ({unit}) - {pick(T.READINESS_FR)} ; {s2} - {pick(T.READINESS_FR)}",
                    f"Dernière revue des talents : {fmt_date(review, 'fr')}"]
        else:
            out += ["", pick(["EXECUTIVE TALENT MANAGEMENT - FOR DELEGATE USE ONLY", "Talent management note (not part of the work description)",
                              "SUCCESSION / TALENT NOTES"]),
                    f"Designation: {pick(['Key position', 'Critical position', 'Key position - high risk of vacancy'])}",
                    f"Incumbent: {p['incumbent']}, in position since {p['date'].year}; {T.READINESS_EN[ri]}; {pick(T.MOBILITY_EN)}",
                    f"Potential successors: {s1} ({unit}) - {pick(T.READINESS_EN)}; {s2} - {pick(T.READINESS_EN)}",
                    f"Last talent review: {fmt_date(review, 'en')}"]
    if "sticky" in tm:
        who = person()
        doc.people.append(who)
        if fr:
            out += ["", f"Note au dossier ({who}, déléguée GTC) : titulaire admissible à la retraite en {rng.randint(2025, 2027)} ; "
                        f"bassin de relève à constituer. Poste à mobilité {pick(['élevée', 'faible'])}."]
        else:
            out += ["", f"Note to file - {who}, ETM delegate: incumbent eligible to retire in {rng.randint(2025, 2027)}; "
                        f"no ready-now successor. Include in the {rng.randint(2024, 2025)} succession plan for key positions."]
    return out


def cert_lines(doc: Doc, lang: str) -> list[str]:
    p = doc.p
    fr = lang == "fr"
    out = [pick(HEAD["fr" if fr else "en"]["cert"])]
    if fr:
        out.append("L'énoncé qui précède décrit de façon exacte et complète les fonctions attribuées au poste.")
    else:
        out.append("The foregoing is an accurate and complete statement of the duties assigned to the position.")
    if doc.o.get("signed"):
        a, b = p["incumbent"], person()
        doc.people += [a, b]
        sd = p["date"] - dt.timedelta(days=rng.randint(3, 60))
        if fr:
            out += ["", f"{a}", f"{p['title_fr']}   Date : {fmt_date(sd, 'fr')}", "", f"{b}", f"{p['sup']['title_fr']}"]
        else:
            out += ["", pick([f"Incumbent's signature: {a}", f"{a}", f"Incumbent: {a}"]),
                    f"Date: {fmt_date(sd, 'en')}", "", f"Approved by: {b}", f"{p['sup']['title']}"]
    else:
        out += ["", "______________________________   ____________", ("Signature du superviseur" if fr else "Supervisor's signature") + "          Date"]
    return out


def body_sections(doc: Doc, lang: str) -> list[tuple[str, list[str]]]:
    p = doc.p
    fr = lang == "fr"
    H = HEAD["fr" if fr else "en"]
    dom = p["domain_fr"] if fr else p["domain"]
    title = p["title_fr"] if fr else p["title"]
    sup = p["sup"]["title_fr" if fr else "title"]
    dept = T.DEPARTMENTS[p["dept"]][1 if fr else 0]
    fill = dict(title=title, domain=dom, branch=p["branch_fr"] if fr else p["branch"], sup=sup, dept=dept)
    csr = doc.o.get("csr")
    secs = []
    if csr:
        secs.append((H["ga"][2], [(T.CSR_FR if fr else T.CSR_EN).format(**fill)]))
    else:
        secs.append((pick(H["ga"][:2]), [pick(T.GA_FR if fr else T.GA_EN).format(**fill)]))
    org = []
    ss = sup_sentence(doc, lang)
    if ss:
        org.append(ss)
    if doc.o["dr_style"] != "prose" and (rng.random() < 0.5 or not ss):
        n = len(p["reports"])
        org.append(f"Les {n} postes suivants relèvent directement du titulaire :" if fr else
                   f"The following {n} positions report directly to the {title}:")
    else:
        org.append("")
    rl = reports_lines(doc, lang)
    doc.report_lines = set(rl)
    org += rl
    dims = dims_lines(doc, lang)
    ns = [pick(T.NS_FR if fr else T.NS_EN).format(**fill)]
    if csr:
        bul = pick(['-', '•', '*'])
        sa = [f"{bul} {x}" for x in rng.sample(T.KA_FR if fr else T.KA_EN, 4)]
        sah = H["sa"][2] if not fr else H["sa"][2]
    else:
        items = rng.sample(T.SA_FR if fr else T.SA_EN, 5)
        sa = [f"{i}. {x.format(**fill)}" for i, x in enumerate(items, 1)]
        sah = pick(H["sa"][:2])
    if fr:
        fix = lambda x: x.replace(" de les ", " des ").replace(" de le ", " du ").replace(" à les ", " aux ")
        secs = [(h, [fix(x) for x in ls]) for h, ls in secs]
        ns, sa = [fix(x) for x in ns], [fix(x) for x in sa]
    order = doc.o.get("order", 0)
    if order == 0:
        secs += [(pick(H["org"]), org), (pick(H["ns"]), ns), (pick(H["dim"]), dims), (sah, sa)]
    elif order == 1:
        secs += [(pick(H["dim"]), dims), (pick(H["org"]), org), (pick(H["ns"]), ns), (sah, sa)]
    else:
        secs += [(pick(H["ns"]), ns), (pick(H["org"]), org), (sah, sa), (pick(H["dim"]), dims)]
    return secs


def heading(h: str, style: str, i: int) -> str:
    return {"plain": h, "upper": h.upper(), "num": f"{i}. {h}", "letter": f"{'ABCDEFGH'[i - 1]}) {h.upper()}",
            "colon": f"{h}:", "under": h}[style]


def text_lines(doc: Doc) -> list[str]:
    """The whole document as lines of text (for .txt, OCR and PDF)."""
    p, lang, o = doc.p, doc.lang, doc.o
    out = []
    tm = o.get("tm", set())
    d = T.DEPARTMENTS[p["dept"]]
    if "stamp" in tm:
        out.append(pick(["*** KEY POSITION - SUCCESSION PLAN REQUIRED ***", "[CRITICAL POSITION - ETM 2023-24]"])
                   if lang != "fr" else pick(["*** POSTE CLÉ - PLAN DE RELÈVE REQUIS ***", "[POSTE ESSENTIEL - GTC 2023-2024]"]))
    if lang == "bilingual":
        out += [f"{d[0]} / {d[1]}", "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE", ""]
    else:
        out += [d[1] if lang == "fr" else d[0], pick(HEAD["fr" if lang == "fr" else "en"]["doc"]), ""]
    out += layout_fields(header_fields(doc), o["layout"])
    out.append("")
    hs = o.get("hstyle", "upper")
    langs = ["en", "fr"] if lang == "bilingual" else [lang]
    for li, l in enumerate(langs):
        if lang == "bilingual":
            out += ["", "ENGLISH VERSION" if l == "en" else "VERSION FRANÇAISE", ""]
            if l == "fr":
                # second pass: the French side repeats text, not the reports/dimensions numbers again
                pass
        secs = body_sections(doc, l)
        for i, (h, lines) in enumerate(secs, 1):
            out.append(heading(h, hs, i))
            if hs == "under":
                out.append("-" * len(h))
            out += lines
            out.append("")
    out += tm_block(doc, "fr" if lang == "fr" else "en")
    out.append("")
    out += cert_lines(doc, "fr" if lang == "fr" else "en")
    return out


# ---------------------------------------------------------------- damage

DIGIT_OCR = {"0": "O", "1": "I", "5": "S", "8": "B"}


def ocr_value(s: str, strength: float) -> str:
    return "".join(DIGIT_OCR[c] if c in DIGIT_OCR and rng.random() < strength else
                   ("l" if c == "1" and rng.random() < strength / 3 else c) for c in s)


def ocr_words(s: str, strength: float, keep: set[str] = frozenset()) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        r = rng.random()
        if w.strip(",.;:()") in keep:
            pass
        elif any(ch.isdigit() for ch in w):
            w = ocr_value(w, strength)
        elif r < strength * 0.08 and "m" in w:
            w = w.replace("m", "rn", 1)
        elif r < strength * 0.16 and "e" in w[1:]:
            i = w.index("e", 1)
            w = w[:i] + "c" + w[i + 1:]
        elif r < strength * 0.22 and "i" in w:
            w = w.replace("i", "l", 1)
        elif r < strength * 0.26 and "rn" in w:
            w = w.replace("rn", "m", 1)
        out.append(w)
    text = ""
    for i, w in enumerate(out):
        if i and rng.random() < strength * 0.05 and w.strip(",.;:()") not in keep and out[i - 1].strip(",.;:()") not in keep:
            text += w
        else:
            text += (" " if i else "") + w
    return text


def ocr_text(doc: Doc, lines: list[str]) -> str:
    strength = doc.o.get("strength", 0.4)
    title = doc.p["title_fr" if doc.lang == "fr" else "title"]
    pages, cur = [], []
    for ln in lines:
        cur.append(ln)
        if len(cur) >= 38:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    mode = doc.o.get("ocr_mode", "run")
    keep = {part for n in doc.people for part in n.split()}
    chunks = []
    for n, pg in enumerate(pages, 1):
        dmg = [ocr_words(ln, strength, keep) for ln in pg if ln.strip() and set(ln) != {"-"}]
        footer = pick([f"Page {n} of {len(pages)}", f"- {n} -", f"{n}"]) if doc.lang != "fr" else pick([f"Page {n} de {len(pages)}", f"- {n} -"])
        running = f"{T.DEPARTMENTS[doc.p['dept']][2]} - {title}"
        if mode == "run":
            chunks.append(" ".join(dmg) + f" {running} {footer}")
        else:
            # hyphenate some long lines at the end, as a scan of a printed page reads
            wrapped = []
            for ln in dmg:
                if len(ln) > 90:
                    parts = textwrap.wrap(ln, 78)
                    for k, part in enumerate(parts[:-1]):
                        nxt = parts[k + 1]
                        if rng.random() < 0.35 and " " in nxt:
                            w, rest = nxt.split(" ", 1)
                            if len(w) > 5:
                                cut = len(w) // 2
                                parts[k] = part + " " + w[:cut] + "-"
                                parts[k + 1] = w[cut:] + " " + rest
                    wrapped += parts
                else:
                    wrapped.append(ln)
            chunks.append("\n".join(wrapped + ["", running, footer, "\f"]))
    body = ("\n".join(chunks) if mode == "run" else "\n".join(chunks)).rstrip("\f\n") + "\n"
    if doc.o.get("wrapper"):
        body = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body
    return body


# ---------------------------------------------------------------- writers

def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def new_docx():
    d = docx.Document()
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = cp.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    return d


def save_docx(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def docx_bytes(doc: Doc) -> bytes:
    p, lang, o = doc.p, doc.lang, doc.o
    d = new_docx()
    dep = T.DEPARTMENTS[p["dept"]]
    tm = o.get("tm", set())
    if "stamp" in tm:
        sec = d.sections[0]
        sec.header.paragraphs[0].text = (pick(["PROTECTED B - KEY POSITION", "Key position - succession plan required"])
                                         if lang != "fr" else "PROTÉGÉ B - POSTE CLÉ")
    if lang == "bilingual":
        d.add_paragraph(f"{dep[0]} / {dep[1]}")
        d.add_heading("Executive Work Description / Description de travail de cadre", level=1)
    else:
        d.add_paragraph(dep[1] if lang == "fr" else dep[0])
        d.add_heading(pick(HEAD["fr" if lang == "fr" else "en"]["doc"]), level=1)
    rows = header_fields(doc)
    if o["layout"] == "table":
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = k, v
    else:
        for k, v in rows:
            para = d.add_paragraph()
            para.add_run(f"{k}{' : ' if lang == 'fr' else ': '}").bold = True
            para.add_run(v)
    langs = ["en", "fr"] if lang == "bilingual" else [lang]
    for l in langs:
        if lang == "bilingual":
            d.add_heading("English version" if l == "en" else "Version française", level=1)
        secs = body_sections(doc, l)
        for h, lines in secs:
            d.add_heading(h, level=2)
            is_dr = [ln for ln in lines]
            if o.get("dr_docx_table") and (h in HEAD["en"]["org"] or h in HEAD["fr"]["org"]):
                fr = l == "fr"
                for ln in lines:
                    if ln and ln not in doc.report_lines:
                        d.add_paragraph(ln)
                t = d.add_table(rows=1, cols=3)
                t.style = "Table Grid"
                hdr = t.rows[0].cells
                hdr[0].text, hdr[1].text, hdr[2].text = (("Poste", "Classification", "ETP") if fr else
                                                         ("Position title", "Group/Level", "FTEs"))
                for r in p["reports"]:
                    c = t.add_row().cells
                    c[0].text = r["title_fr"] if fr else r["title"]
                    c[1].text = r["classification"] if r["show_c"] else ""
                    c[2].text = str(r["fte"]) if r["show_f"] else ""
                continue
            if o.get("dim_docx_table") and (h in HEAD["en"]["dim"] or h in HEAD["fr"]["dim"]):
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for ln in lines:
                    k, _, v = ln.partition(":")
                    c = t.add_row().cells
                    c[0].text, c[1].text = k.strip(), v.strip()
                continue
            for ln in is_dr:
                if ln:
                    d.add_paragraph(ln)
    tml = tm_block(doc, "fr" if lang == "fr" else "en")
    if tml:
        if o.get("tm_table"):
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for ln in tml:
                if not ln:
                    continue
                k, sep, v = ln.partition(":")
                c = t.add_row().cells
                c[0].text, c[1].text = (k.strip(), v.strip()) if sep and len(k) < 40 else (ln, "")
        else:
            for ln in tml:
                if ln:
                    d.add_paragraph(ln)
    for ln in cert_lines(doc, "fr" if lang == "fr" else "en"):
        d.add_paragraph(ln)
    return save_docx(d)


def pdf_of_lines(lines: list[str], running: str, lang: str) -> bytes:
    wrapped = []
    for ln in lines:
        if not ln:
            wrapped.append("")
            continue
        wrapped += textwrap.wrap(ln.replace("\t", "    "), 100, subsequent_indent="" if not ln.startswith(" ") else "    ") or [""]
    per = 56
    chunks = [wrapped[i:i + per] for i in range(0, len(wrapped), per)]
    pages = []
    for n, ch in enumerate(chunks, 1):
        foot = f"Page {n} de {len(chunks)}" if lang == "fr" else f"Page {n} of {len(chunks)}"
        pages.append("\n".join(ch + ["", running + "    " + foot]))
    return pdf_bytes(pages)


def render(doc: Doc) -> bytes:
    kind = doc.kind
    if kind == "docx":
        return docx_bytes(doc)
    lines = text_lines(doc)
    if kind == "pdf":
        running = doc.o.get("running") or f"{T.DEPARTMENTS[doc.p['dept']][2]} - EX work description"
        return pdf_of_lines(lines, running, doc.lang)
    if kind == "ocr":
        return ocr_text(doc, lines).encode("utf-8")
    text = "\n".join(lines).rstrip() + "\n"
    if kind == "text-cp1252":
        text = text.replace("'", "\u2019").replace("\n", "\r\n")
        return text.encode("cp1252")
    return text.encode("utf-8")


# ---------------------------------------------------------------- expected

def expected(doc: Doc) -> dict:
    p, st = doc.p, doc.stated
    sup = p["sup"]
    fr = doc.lang == "fr"
    city, pen, pfr = p["loc"]
    reports = []
    if st["direct_reports"]:
        for r in p["reports"]:
            reports.append({"title": r["title_fr"] if fr else r["title"],
                            "classification": r["classification"] if r["show_c"] else None,
                            "fte": r["fte"] if r["show_f"] else None})
    sup_num = None if doc.o.get("no_supnum") else sup["number"]
    st["supervisor.position_number"] = sup_num is not None
    fields = {
        "title": p["title_fr"] if fr else p["title"],
        "classification": f"EX-0{p['level']}",
        "job_code": p["job_code"] if st["job_code"] else None,
        "position_number": p["number"],
        "effective_date": p["date"] if st["effective_date"] else None,
        "supervisor": {"position_number": sup_num, "title": sup["title_fr"] if fr else sup["title"],
                       "classification": sup["classification"]},
        "direct_reports": reports,
        "salary": p["salary"] if st["salary"] else None,
        "o_and_m": p["om"] if st["o_and_m"] else None,
        "total": p["total"] if st["total"] else None,
        "location": (f"{city}, {pfr if fr else pen}") if st["location"] else None,
    }
    not_stated = [k for k in ["job_code", "position_number", "effective_date", "supervisor.position_number",
                              "supervisor.title", "supervisor.classification", "direct_reports", "salary",
                              "o_and_m", "total", "location"] if not st[k]]
    also = {"fte": p["fte"], "operating_budget": None, "program_budget": None, "provisional_number": None}
    if doc.lang == "bilingual":
        also["title_fr"] = p["title_fr"]
    tm = doc.o.get("tm", set())
    also["talent_management"] = sorted(tm) or None
    people = []
    for n in doc.people:
        if doc.kind == "text-cp1252":
            n = n.replace("'", "\u2019")  # as printed: the file's apostrophes are typographic
        if n not in people:
            people.append(n)
    return {"document": doc.name, "kind": doc.kind, "language": doc.lang, "outcome": "import", "fields": fields,
            "not_stated": not_stated, "also": also, "people": people, "versions": doc.versions}


# ---------------------------------------------------------------- the plan

KINDS = (["docx"] * 14 + ["pdf"] * 10 + ["text"] * 9 + ["text-cp1252"] * 5 + ["ocr"] * 7)
LANGS = (["en"] * 31 + ["fr"] * 9 + ["bilingual"] * 5)


def file_name(p, kind, lang, i) -> str:
    ext = {"docx": ".docx", "pdf": ".pdf", "text": ".txt", "text-cp1252": ".txt", "ocr": ".txt"}[kind]
    title = p["title_fr"] if lang == "fr" else p["title"]
    cls = f"EX-0{p['level']}"
    yr = p["date"].year
    forms = [
        f"{title}{ext}",
        f"{title} - {cls}{ext}",
        f"{title} ({p['number']}){ext}",
        f"{p['number']} {title} FINAL{ext}",
        f"WD {cls} {title} {yr}{ext}",
        f"{title} - signed{ext}" if lang != "fr" else f"{title} - signée{ext}",
        f"{title} (1){ext}",
        f"{T.DEPARTMENTS[p['dept']][2]}_{cls}_{p['number']}_{'DT' if lang == 'fr' else 'WD'}{ext}",
        f"{title} - key position{ext}" if lang != "fr" else f"{title} - poste clé{ext}",
    ]
    if kind == "ocr":
        forms = [f"Scan {yr}-{p['date'].month:02d} {title}{ext}", f"{title} (OCR){ext}", f"{title} - scanned copy{ext}",
                 f"SCAN_{p['number']}_{cls}{ext}", f"{title} - signed (scan){ext}"]
    return forms[i % len(forms)].replace("/", "-")


def plan() -> list[Doc]:
    kinds = KINDS[:]
    langs = LANGS[:]
    rng.shuffle(kinds)
    rng.shuffle(langs)
    specs = T.POSITIONS[:43]
    docs = []
    positions = [build(s) for s in specs]
    # two positions kept in two versions each
    order = list(range(43)) + [0, 34]
    tm_options = [{"key_field"}, {"incumbent"}, {"tm_block"}, {"stamp", "incumbent"}, {"sticky"}, {"key_field", "incumbent"},
                  {"tm_block", "key_field"}, set(), {"incumbent", "sticky"}, {"stamp"}]
    names_seen = set()
    for i, pi in enumerate(order):
        p = positions[pi]
        kind, lang = kinds[i], langs[i]
        if pi in (0, 34):
            lang = "en"  # both versions of these two are English
        if i >= 43:
            kind = "pdf" if kinds[i] != "pdf" else "docx"
        # talent elements on most documents
        tm = set(tm_options[(i * 7 + 3) % len(tm_options)])
        if kind in ("ocr",) and "tm_block" not in tm and rng.random() < 0.5:
            tm.add("tm_block")
        layout = pick(["colon_fr", "nextline", "dots", "tabs"] if lang == "fr" else ["colon", "nextline", "dots", "tabs", "pad"])
        if kind == "docx":
            layout = pick(["table", "table", "para"])
        o = dict(layout=layout, tm=tm, sup_mode=pick(["fields", "fields", "fields", "sentence"]),
                 no_supnum=rng.random() < 0.15, dr_style=pick(["paren", "paren", "dash", "endash", "staff", "table", "prose"]),
                 dims=pick(["sot", "sot", "sot", "so", "total"]), dim_table=rng.random() < 0.25, dim_bullets=rng.random() < 0.4,
                 csr=rng.random() < 0.2, order=rng.randrange(3), hstyle=pick(["plain", "upper", "num", "letter", "colon", "under"]),
                 signed=rng.random() < 0.6, no_loc=rng.random() < 0.08, no_date=rng.random() < 0.07,
                 bi_two_titles=rng.random() < 0.5, strength=pick([0.2, 0.35, 0.5, 0.7]),
                 ocr_mode=pick(["run", "lines"]), wrapper=rng.random() < 0.5,
                 dr_docx_table=rng.random() < 0.5, dim_docx_table=rng.random() < 0.4, tm_table=rng.random() < 0.5)
        if kind == "docx":
            o["dim_table"] = False
            if o["dr_style"] == "table":
                o["dr_docx_table"] = True
        if o["sup_mode"] == "sentence" and o["dr_style"] == "prose":
            o["dr_style"] = "paren"
        for r in p["reports"]:
            r.setdefault("show_c", rng.random() > 0.12)
            r.setdefault("show_f", rng.random() > 0.15)
        if pi in (0, 34) and i < 43:
            o["no_date"], o["signed"] = True, False  # the draft
        if i >= 43:
            o["signed"] = True
        name = file_name(p, kind, lang, i)
        if pi in (0, 34):
            name = (f"{p['title']} - DRAFT" if i < 43 else f"{p['title']} - signed FINAL") + \
                   {"docx": ".docx", "pdf": ".pdf", "text": ".txt", "text-cp1252": ".txt", "ocr": ".txt"}[kind]
        while name in names_seen:
            name = name.replace(".", " (2).", 1) if name.count(".") == 1 else name[:-4] + " (2)" + name[-4:]
        names_seen.add(name)
        docs.append(Doc(p, name, kind, lang, **o))
    for pi in (0, 34):
        pair = [d for d in docs if d.p is positions[pi]]
        v = {"documents": [x.name for x in pair], "newest": pair[-1].name}
        for x in pair:
            x.versions = v
    return docs


# ---------------------------------------------------------------- documents to refuse

def refused() -> list[tuple[str, str, str, bytes, list[str], str]]:
    out = []
    # 1. an ETMS talent profile (docx, English)
    who, mgr = person(), person()
    d = new_docx()
    d.add_heading("Executive Talent Profile - 2023-2024 ETM cycle", level=1)
    d.add_paragraph("PROTECTED B when completed")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Name", who), ("Current position title", "Director, Strategic Policy and Planning"),
                 ("Classification", "EX-02"), ("Position number", "48213"), ("Department", "Natural Resources Canada"),
                 ("Time in current position", "3 years 4 months"), ("First official language", "English"),
                 ("Second language results", "CBC"), ("Manager", mgr)]:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_heading("Career aspirations (executive)", level=2)
    d.add_paragraph("Interested in a Director General role in a science-based department within two to three years. "
                    "Would consider an interchange assignment with a central agency.")
    d.add_heading("Manager's assessment", level=2)
    d.add_paragraph("Talent map placement: 3B - Ready for advancement. Readiness: ready in 1-2 years. "
                    "Mobility: mobile within the NCR and to the Prairies. Retention risk: medium.")
    d.add_heading("Learning and development plan", level=2)
    for x in ["Complete the Directors General Development Program module on horizontal leadership.",
              "Acting DG assignment of 4 months (summer 2024).", "Mentoring with an ADM outside the sector."]:
        d.add_paragraph(x, style="List Bullet")
    out.append(("Talent Profile - EX-02 - NRCan strategic policy (2023-24).docx", "docx", "en", save_docx(d), [who, mgr],
                "an ETMS executive talent profile: it names a position, classification and number but is about a person"))
    # 2. a succession plan for key positions (French, text)
    rows = []
    names = []
    for title, lvl in [("Directrice générale, Politique stratégique", 3), ("Directeur, Relations de travail", 1),
                       ("Directeur exécutif, Opérations régionales", 2), ("Directrice, Gestion financière", 1),
                       ("Directeur général, Services numériques", 3)]:
        inc, s1, s2 = person(), person(), person()
        names += [inc, s1, s2]
        rows.append(f"{title:<46}EX-0{lvl}   {inc:<24}{s1} ({pick(T.READINESS_FR)}) ; {s2} ({pick(T.READINESS_FR)})")
    sig = person()
    names.append(sig)
    text = "\n".join([
        "Agriculture et Agroalimentaire Canada", "PLAN DE RELÈVE DES POSTES CLÉS - GROUPE EX", "Cycle de gestion des talents 2024-2025",
        "Protégé B une fois rempli", "",
        "Objet : Le présent plan recense les postes clés de la Direction générale, le ou la titulaire de chacun, "
        "les successeurs potentiels et leur état de préparation. Il accompagne les questionnaires de gestion des talents "
        "transmis au BDPRH.", "",
        f"{'Poste clé':<46}Niveau  {'Titulaire':<24}Successeurs potentiels (état de préparation)",
        *rows, "",
        "Risques : deux postes clés sans successeur prêt maintenant ; départs à la retraite prévus en 2025.",
        "Mesures : affectations intérimaires, mentorat, Programme de perfectionnement des cadres.", "",
        f"Préparé par : {sig}, déléguée à la gestion des talents", "Date : 14 novembre 2024", ""])
    out.append(("Plan de relève - postes clés EX 2024-2025.txt", "text", "fr", text.encode("utf-8"), names,
                "a succession plan for key positions: a table of positions, incumbents and successors, no description"))
    # 3. a talent review summary (PDF, English)
    chair = person()
    lines = ["Indigenous Services Canada", "EXECUTIVE TALENT REVIEW - SUMMARY OF RESULTS", "Fiscal year 2023-24 - FINAL", "",
             "Purpose", "This summary reports the results of the executive talent review held by the Executive Committee "
             "on December 6, 2023, for submission to OCHRO.", "",
             "Participation", "EX-01: 112 of 118 questionnaires completed (voluntary)", "EX-02: 41 of 41", "EX-03: 19 of 19",
             "EX-04 and EX-05: 9 of 9 (mandatory, submitted to OCHRO)", "",
             "Talent map placement (all levels)",
             f"{'Box':<10}{'Description':<42}{'Executives':>10}",
             f"{'1':<10}{'Developing in current role':<42}{'27':>10}", f"{'2':<10}{'Fully effective':<42}{'74':>10}",
             f"{'3A':<10}{'Ready for lateral move':<42}{'38':>10}", f"{'3B':<10}{'Ready for advancement':<42}{'29':>10}",
             f"{'4':<10}{'Approaching retirement':<42}{'13':>10}", "",
             "Key positions", "37 key positions identified (EX-02 to EX-04); 22 with at least one ready-now successor; "
             "9 at high risk of vacancy within 18 months.", "",
             "Next steps", "Delegates to update succession plans by March 31, 2024; learning plans to be entered in ETMS.", "",
             f"Approved: {chair}, Chair, Executive Talent Management Committee"]
    out.append(("Talent Review Summary FY2023-24 - FINAL.pdf", "pdf", "en",
                pdf_of_lines(lines, "ISC - Talent Review 2023-24 - PROTECTED B", "en"), [chair],
                "a talent review summary: counts by talent-map box and key positions, no position described"))
    # 4. the questionnaire, manager's section (bilingual, cp1252)
    exe, mg = person(), person()
    q = "\r\n".join([
        "Executive Talent Management Questionnaire / Questionnaire sur la gestion des talents des cadres",
        "Manager's section / Section du gestionnaire - EX-03", "",
        f"Executive / Cadre : {exe}", f"Manager / Gestionnaire : {mg}",
        "Position title / Titre du poste : Director General, Regional Operations / Directeur général, Opérations régionales",
        "Position number / Numéro de poste : 71406", "",
        "1. Performance / Rendement :   [ ] Did not meet  [ ] Succeeded -  [X] Succeeded  [ ] Succeeded +  [ ] Surpassed",
        "2. Potential / Potentiel :     [ ] Lateral  [X] One level  [ ] Two levels",
        "3. Readiness / État de préparation :  [ ] Ready now / Prêt maintenant   [X] 1-2 years / 1 à 2 ans   [ ] 3-5 years / 3 à 5 ans",
        "4. Mobility / Mobilité :  Willing to relocate to the Atlantic region / Disposé à déménager dans la région de l\u2019Atlantique",
        "5. Retention risk / Risque de départ :  Low / Faible",
        "6. Talent map placement / Placement sur la carte des talents :  3B",
        "7. Comments / Commentaires :",
        "   Strong leader of regional operations; would benefit from a policy assignment before an ADM role.",
        "   Leader solide des opérations régionales; une affectation en politiques serait utile avant un poste de SMA.", "",
        "Manager\u2019s signature / Signature du gestionnaire : ____________________   Date : 2023-10-30", ""])
    out.append(("ETM questionnaire - manager section - EX-03 (bilingue).txt", "text-cp1252", "bilingual", q.encode("cp1252"),
                [exe, mg], "an executive talent management questionnaire (manager's section): ratings and readiness, not a description"))
    # 5. the delegate's memo (French, docx)
    dlg, dg = person(), person()
    d = new_docx()
    d.add_paragraph("Emploi et Développement social Canada")
    d.add_heading("NOTE DE SERVICE", level=1)
    for k, v in [("Destinataires", "Directeurs généraux et directrices générales, Direction générale des services des ressources humaines"),
                 ("Expéditrice", f"{dlg}, déléguée ministérielle à la gestion des talents des cadres"),
                 ("Date", "2 octobre 2024"), ("Objet", "Cycle 2024-2025 de gestion des talents des cadres - échéancier")]:
        para = d.add_paragraph()
        para.add_run(f"{k} : ").bold = True
        para.add_run(v)
    for x in ["Le cycle 2024-2025 de gestion des talents des cadres débute le 15 octobre. Les questionnaires des EX-03 à EX-05 "
              "doivent être remplis dans le SGTC au plus tard le 29 novembre; ceux des EX-01 et EX-02 sont facultatifs, mais "
              "fortement encouragés.",
              "Veuillez également mettre à jour les descriptions de travail des postes clés (EX-01, poste 55120; EX-02, poste 60318) "
              "avant la revue des talents du 12 décembre, ainsi que le plan de relève de votre direction générale.",
              "Pour toute question, communiquez avec l'équipe de la gestion des talents des cadres.",
              f"c. c. : {dg}, directeur général, Gestion de l'effectif"]:
        d.add_paragraph(x)
    out.append(("Note de service - cycle GTC 2024-2025 - échéancier.docx", "docx", "fr", save_docx(d), [dlg, dg],
                "a memo from the talent-management delegate about the cycle's timelines"))
    # 6. a scan without a text layer
    scan = pdf_bytes([b"q 0.92 g 30 40 535 770 re f 0.2 g 60 760 300 14 re f 60 730 470 6 re f 60 715 440 6 re f Q", ""])
    out.append(("Scan_2023-11-14_EX-01 description signed.pdf", "pdf", "en", scan, [],
                "a scanned description saved as PDF without a text layer: nothing to read"))
    return out


def main() -> None:
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    docs = plan()
    for doc in docs:
        data = render(doc)
        (CORPUS / doc.name).write_bytes(data)
        exp = expected(doc)
        (EXPECTED / f"{doc.name}.expected.yaml").write_text(
            yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    for name, kind, lang, data, people, why in refused():
        (CORPUS / name).write_bytes(data)
        exp = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
               "not_stated": [], "also": {"why": why}, "people": people, "versions": None}
        (EXPECTED / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
