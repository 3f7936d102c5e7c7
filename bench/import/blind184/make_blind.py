"""Generate blind184: long older full-template executive work descriptions (15 to 40 pages).

Run from the repository root:  python bench/import/blind184/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run.
"""
import datetime as dt
import io
import os
import random
import shutil
import sys
import textwrap
import zipfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
EXPECTED = os.path.join(HERE, "expected")
R = random.Random(184)

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
NUM_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
NUM_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]

# ---------------------------------------------------------------- notations


def fmt_date(d, lang, style):
    if d is None:
        return ""
    if lang == "fr":
        if style == 0:
            return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
        if style == 1:
            return d.isoformat()
        return f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat()
    if style == 0:
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == 1:
        return d.isoformat()
    if style == 2:
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def group(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def fmt_money(v, lang, style):
    if lang == "fr":
        if style == 0:
            return group(v, "\u00a0") + " $"
        if style == 1:
            return f"{v / 1e6:.2f}".replace(".", ",") + " M$"
        if style == 2:
            return group(v // 1000, " ") + " k$"
        return group(v, " ") + ",00 $"
    if style == 0:
        return f"${v:,}"
    if style == 1:
        return f"${v / 1e6:.2f}M"
    if style == 2:
        return f"${v // 1000:,}K"
    return f"${v:,}.00"


def money_exact(v, style):
    """The value a reader takes from fmt_money(v, style): styles 1 and 2 round."""
    if style == 1:
        return int(round(v / 1e4)) * 10000
    if style == 2:
        return (v // 1000) * 1000
    return v


def fmt_class(c, style):
    lvl = c[-2:]
    if style == 0:
        return c
    if style == 1:
        return f"EX {lvl}"
    if style == 2:
        return f"EX-{int(lvl)}"
    return f"EX{lvl}"


# ---------------------------------------------------------------- positions

LEVEL_TITLE = {
    "EX-01": ("Director", "Directeur", "Directrice"),
    "EX-02": ("Executive Director", "Directeur exécutif", "Directrice exécutive"),
    "EX-03": ("Director General", "Directeur général", "Directrice générale"),
    "EX-04": ("Associate Assistant Deputy Minister", "Sous-ministre adjoint délégué", "Sous-ministre adjointe déléguée"),
}
SUP_OF = {"EX-01": ["EX-02", "EX-03"], "EX-02": ["EX-03"], "EX-03": ["EX-04", "EX-05"], "EX-04": ["EX-05"]}
SUP_TITLE = {"EX-02": ("Executive Director", "Directeur exécutif"),
             "EX-03": ("Director General", "Directeur général"),
             "EX-04": ("Associate Assistant Deputy Minister", "Sous-ministre adjoint délégué"),
             "EX-05": ("Assistant Deputy Minister", "Sous-ministre adjoint")}
SUP_AREAS = [("Program Operations Branch", "Direction générale des opérations de programmes"),
             ("Strategic Policy Branch", "Direction générale de la politique stratégique"),
             ("Corporate Services Branch", "Direction générale des services ministériels"),
             ("Service Delivery Branch", "Direction générale de la prestation des services"),
             ("Skills and Employment Branch", "Direction générale des compétences et de l'emploi"),
             ("Science and Technology Sector", "Secteur des sciences et de la technologie")]

# kinds x languages of the 44 work-description documents (43 positions; one with two versions)
PLAN = ([("ocr", "en")] * 8 + [("ocr", "fr")] * 3 + [("ocr", "bilingual")] * 1 +
        [("docx", "en")] * 6 + [("docx", "fr")] * 2 + [("docx", "bilingual")] * 1 +
        [("pdf", "en")] * 5 + [("pdf", "fr")] * 2 + [("pdf", "bilingual")] * 1 +
        [("text", "en")] * 3 + [("text", "fr")] * 1 + [("text", "bilingual")] * 1 +
        [("text-cp1252", "en")] * 2 + [("text-cp1252", "fr")] * 2 +
        [("markdown", "en")] * 3 + [("markdown", "fr")] * 2)
assert len(PLAN) == 43, len(PLAN)
R.shuffle(PLAN)
LEVELS = ["EX-01"] * 16 + ["EX-02"] * 12 + ["EX-03"] * 10 + ["EX-04"] * 5
R.shuffle(LEVELS)
# the family: position 0 is an EX-03 whose description is in the corpus; positions 1 and 2 report to it
LEVELS[0], LEVELS[1], LEVELS[2] = "EX-03", "EX-01", "EX-02"
# position 3 has two versions: a DRAFT .docx and a signed PDF
PLAN[3] = ("docx", "en")
if PLAN.count(("docx", "en")) > 6:
    j = next(k for k in range(4, 43) if PLAN[k] == ("docx", "en"))
    PLAN[j] = ("pdf", "en")


def person(rng):
    return f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"


def make_position(i):
    rng = random.Random(184000 + i)
    kind, lang = PLAN[i]
    level = LEVELS[i]
    area_en, area_fr = T.AREAS[i]
    fem = rng.random() < 0.5
    t_en = f"{LEVEL_TITLE[level][0]}, {area_en}"
    t_fr = f"{LEVEL_TITLE[level][2 if fem else 1]}, {area_fr}"
    dep = T.DEPARTMENTS[i % len(T.DEPARTMENTS)]
    place = T.PLACES[rng.randrange(len(T.PLACES))] if rng.random() < 0.6 else T.PLACES[0 if rng.random() < 0.6 else 1]
    pn = str(rng.randrange(10000, 999999)) if rng.random() < 0.86 else None
    pn_word = {"en": rng.choice(["NEW", "TBD", "Vacant - to be assigned"]),
               "fr": rng.choice(["NOUVEAU", "À déterminer"])}
    jc = str(rng.randrange(100000, 109999)) if rng.random() < 0.75 else None
    eff = dt.date(rng.randrange(2008, 2024), rng.randrange(1, 13), rng.randrange(1, 29)) if rng.random() < 0.9 else None
    sup_level = rng.choice(SUP_OF[level])
    sa = SUP_AREAS[rng.randrange(len(SUP_AREAS))]
    if sup_level in ("EX-02", "EX-03"):
        sa = (area_en.split(",")[0] + " Directorate", "Direction " + area_fr.split(",")[0]) if rng.random() < 0.3 else \
            (sa[0].replace(" Branch", "").replace(" Sector", ""), sa[1].replace("Direction générale des ", "").replace("Direction générale de la ", "").replace("Direction générale de l'", "").replace("Secteur des ", ""))
    sup = {"title_en": f"{SUP_TITLE[sup_level][0]}, {sa[0]}", "title_fr": f"{SUP_TITLE[sup_level][1]}, {sa[1]}",
           "classification": sup_level,
           "position_number": str(rng.randrange(10000, 999999)) if rng.random() < 0.6 else None}
    # direct reports
    nrep = rng.randrange(2, 8)
    subs = rng.sample(T.SUBUNITS, nrep)
    reps = []
    for k, (s_en, s_fr) in enumerate(subs):
        if level == "EX-01":
            ti = rng.choice([0, 0, 1, 3, 4])
            cl = rng.choice(T.REPORT_GROUPS)
        elif level == "EX-02":
            ti = rng.choice([2, 2, 0, 1])
            cl = "EX-01" if ti == 2 else rng.choice(T.REPORT_GROUPS)
        elif level == "EX-03":
            ti = 2
            cl = rng.choice(["EX-01", "EX-01", "EX-02"])
        else:
            ti = 2
            cl = rng.choice(["EX-02", "EX-03"])
        r_en = T.REPORT_TITLES_EN[ti].format(x=s_en)
        r_fr = T.REPORT_TITLES_FR[ti].format(x=s_fr)
        if level in ("EX-03", "EX-04") and cl == "EX-02":
            r_en, r_fr = f"Executive Director, {s_en}", f"Directeur exécutif, {s_fr}"
        if level == "EX-04" and cl == "EX-03":
            r_en, r_fr = f"Director General, {s_en}", f"Directeur général, {s_fr}"
        base = {"EX-01": 12, "EX-02": 25, "EX-03": 45, "EX-04": 90}[level]
        fte = 1 if ti == 1 else rng.randrange(base // 3, base * 2)
        reps.append({"en": r_en, "fr": r_fr, "classification": cl, "fte": fte})
    if level == "EX-01" and rng.random() < 0.3:
        reps.append({"en": "Executive Assistant", "fr": "Adjoint exécutif", "classification": "AS-02", "fte": 1})
    fte_total = sum(r["fte"] for r in reps) + 1
    fte_missing = rng.random() < 0.15  # one report's FTEs not stated
    sal = int(round(fte_total * rng.randrange(82000, 104000), -3))
    om = int(round(sal * rng.uniform(0.06, 0.45), -3))
    pos = {
        "i": i, "kind": kind, "lang": lang, "level": level, "title_en": t_en, "title_fr": t_fr,
        "area_en": area_en, "area_fr": area_fr, "dept": dep, "place": place, "pn": pn, "pn_word": pn_word,
        "jc": jc, "eff": eff, "sup": sup, "reps": reps, "fte_total": fte_total, "fte_missing": fte_missing,
        "salary": sal, "om": om, "total_stated": rng.random() < 0.88,
        "id_place": rng.choice(["top", "top", "end", "end", "headers", "headers"]),
        "sup_place": rng.choice(["block", "block", "prose"]),
        "rep_place": rng.choice(["annex", "annex", "annex", "section"]),
        "pages": rng.randrange(15, 41),
        "class_style": rng.choice([0, 0, 0, 1, 2, 3]), "date_style": rng.randrange(4),
        "money_style": rng.randrange(4), "incumbent": person(rng) if rng.random() < 0.6 else None,
        "approver": person(rng), "classifier": person(rng) if rng.random() < 0.5 else None,
        "former_pn": str(rng.randrange(10000, 99999)) if rng.random() < 0.2 else None,
        "older_budget": rng.random() < 0.25,
        "damage": rng.choice(["light", "medium", "medium", "heavy"]),
        "toc": rng.random() < 0.8,
    }
    return pos


POS = [make_position(i) for i in range(43)]
# the family
for k in (1, 2):
    POS[k]["sup"] = {"title_en": POS[0]["title_en"], "title_fr": POS[0]["title_fr"], "classification": "EX-03",
                     "position_number": POS[0]["pn"] or "301877"}
if POS[0]["pn"] is None:
    POS[0]["pn"] = "301877"
POS[0]["id_place"] = "top"
POS[1]["sup_place"] = "block"
POS[2]["sup_place"] = "prose"

# ---------------------------------------------------------------- blocks (one abstract document)

L = {
    "en": {"ewd": "EXECUTIVE WORK DESCRIPTION", "toc": "TABLE OF CONTENTS", "id": "POSITION IDENTIFICATION",
           "title": "Position Title", "class": "Group and Level", "pn": "Position Number", "jc": "Job Code",
           "eff": "Effective Date", "dept": "Department", "loc": "Location", "sup_t": "Supervisor's Position Title",
           "sup_n": "Supervisor's Position Number", "sup_c": "Supervisor's Group and Level",
           "ga": "GENERAL ACCOUNTABILITY", "org": "ORGANIZATION STRUCTURE", "ns": "NATURE AND SCOPE",
           "ka": "KEY ACTIVITIES", "dim": "DIMENSIONS", "kn": "KNOWLEDGE", "dm": "DECISION MAKING",
           "fac": "SKILL, EFFORT, RESPONSIBILITY AND WORKING CONDITIONS", "comp": "KEY LEADERSHIP COMPETENCIES",
           "soq": "STATEMENT OF QUALIFICATIONS", "annex": "ANNEX A - DIRECT REPORTS", "sig": "SIGNATURES",
           "sal": "Salary", "om": "O&M", "tot": "Total", "fte": "FTEs", "page": "Page {n} of {m}"},
    "fr": {"ewd": "DESCRIPTION DE TRAVAIL DE CADRE", "toc": "TABLE DES MATIÈRES", "id": "IDENTIFICATION DU POSTE",
           "title": "Titre du poste", "class": "Groupe et niveau", "pn": "Numéro du poste", "jc": "Code d'emploi",
           "eff": "Date d'entrée en vigueur", "dept": "Ministère", "loc": "Lieu de travail",
           "sup_t": "Titre du poste du superviseur", "sup_n": "Numéro du poste du superviseur",
           "sup_c": "Groupe et niveau du superviseur", "ga": "RESPONSABILITÉ GÉNÉRALE",
           "org": "STRUCTURE ORGANISATIONNELLE", "ns": "NATURE ET ÉTENDUE", "ka": "ACTIVITÉS PRINCIPALES",
           "dim": "DIMENSIONS", "kn": "CONNAISSANCES", "dm": "PRISE DE DÉCISIONS",
           "fac": "COMPÉTENCE, EFFORT, RESPONSABILITÉ ET CONDITIONS DE TRAVAIL",
           "comp": "COMPÉTENCES CLÉS EN LEADERSHIP", "soq": "ÉNONCÉ DES QUALIFICATIONS",
           "annex": "ANNEXE A - SUBORDONNÉS DIRECTS", "sig": "SIGNATURES", "sal": "Salaires",
           "om": "F et E", "tot": "Total", "fte": "ETP", "page": "Page {n} de {m}"},
}


def lab(pos, key):
    if pos["lang"] == "bilingual":
        return f"{L['en'][key]} / {L['fr'][key]}"
    return L[pos["lang"]][key]


def sents(pos, rng, n):
    lang = "fr" if pos["lang"] == "fr" else "en"
    pool = T.FR_SENT if lang == "fr" else T.EN_SENT
    t = pos["title_fr"] if lang == "fr" else pos["title_en"]
    u = ("direction " + pos["area_fr"].lower()) if lang == "fr" else (pos["area_en"] + " directorate")
    a = pos["area_fr"].lower() if lang == "fr" else pos["area_en"].lower()
    out = [x.format(t=t, u=u, a=a) for x in rng.sample(pool, min(n, len(pool)))]
    return " ".join(out)


def shown_title(pos):
    if pos["lang"] == "fr":
        return pos["title_fr"]
    if pos["lang"] == "bilingual":
        return f"{pos['title_en']} / {pos['title_fr']}"
    return pos["title_en"]


def build_blocks(pos, version=None):
    """A list of blocks; each ('h', text) | ('p', text) | ('np', num, text) | ('kv', label, value)
    | ('table', header, rows) | ('toc', entries) | ('pb',)."""
    rng = random.Random(184500 + pos["i"] * 3 + (version or 0))
    lang = "fr" if pos["lang"] == "fr" else "en"
    B = []
    cs, ds, ms = pos["class_style"], pos["date_style"], pos["money_style"]
    cls = fmt_class(pos["level"], cs)
    pnv = pos["pn"] if pos["pn"] else pos["pn_word"][lang]
    scale = pos["pages"] / 15.0

    def idblock(include_pn=True):
        b = [("h", lab(pos, "id"))]
        b.append(("kv", lab(pos, "title"), shown_title(pos)))
        b.append(("kv", lab(pos, "class"), cls))
        if include_pn:
            b.append(("kv", lab(pos, "pn"), pnv))
        if pos["jc"]:
            b.append(("kv", lab(pos, "jc"), pos["jc"]))
        elif rng.random() < 0.5:
            b.append(("kv", lab(pos, "jc"), ""))
        b.append(("kv", lab(pos, "eff"), fmt_date(pos["eff"], lang, ds)))
        d = pos["dept"]
        b.append(("kv", lab(pos, "dept"), d[1] if lang == "fr" else d[0]))
        b.append(("kv", lab(pos, "loc"), pos["place"][1] if lang == "fr" else pos["place"][0]))
        if pos["former_pn"]:
            b.append(("kv", "Ancien numéro de poste (aboli)" if lang == "fr" else "Former Position Number (abolished)",
                      pos["former_pn"]))
        if pos["sup_place"] == "block":
            s = pos["sup"]
            b.append(("kv", lab(pos, "sup_t"), s["title_fr"] if lang == "fr" else s["title_en"]))
            b.append(("kv", lab(pos, "sup_n"), s["position_number"] or ""))
            b.append(("kv", lab(pos, "sup_c"), fmt_class(s["classification"], cs)))
        return b

    sections = []  # (key, blocks)
    if pos["id_place"] == "top":
        sections.append(("id", idblock()))
    # general accountability
    sections.append(("ga", [("h", "1. " + lab(pos, "ga")), ("p", sents(pos, rng, 4))]))
    # organization structure
    org = [("h", "2. " + lab(pos, "org")), ("p", sents(pos, rng, 2))]
    s = pos["sup"]
    st = s["title_fr"] if lang == "fr" else s["title_en"]
    me = pos["title_fr"] if lang == "fr" else pos["title_en"]
    if pos["sup_place"] == "prose":
        if lang == "fr":
            num = f", poste {s['position_number']}" if s["position_number"] else ""
            art = "La" if me.startswith(("Directrice", "Sous-ministre adjointe")) else "Le"
            org.append(("p", f"{art} {me} relève du {st} ({fmt_class(s['classification'], cs)}{num})."))
        else:
            num = f", position {s['position_number']}" if s["position_number"] else ""
            org.append(("p", f"The {me} reports to the {st} ({fmt_class(s['classification'], cs)}{num})."))
    nr = len(pos["reps"])
    words = NUM_FR if lang == "fr" else NUM_EN
    if pos["rep_place"] == "annex":
        org.append(("p", f"Le poste compte {words[nr]} subordonnés directs, énumérés à l'annexe A." if lang == "fr"
                    else f"The position has {words[nr]} direct reports, listed in Annex A."))
    else:
        org.append(("p", "Les postes suivants relèvent directement du titulaire :" if lang == "fr"
                    else "The following positions report directly to the incumbent:"))
        for k, r in enumerate(pos["reps"]):
            rt = r["fr"] if lang == "fr" else r["en"]
            f = "" if (pos["fte_missing"] and k == nr - 1) else (f", {r['fte']} ETP" if lang == "fr" else f", {r['fte']} FTEs")
            org.append(("np", f"2.{k + 1}", f"{rt} ({r['classification']}{f})"))
    sections.append(("org", org))
    # nature and scope: numbered paragraphs
    ns = [("h", "3. " + lab(pos, "ns"))]
    for k in range(max(4, int(9 * scale))):
        ns.append(("np", f"3.{k + 1}", sents(pos, rng, rng.randrange(3, 7))))
    sections.append(("ns", ns))
    ka = [("h", "4. " + lab(pos, "ka"))]
    for k in range(max(5, int(14 * scale))):
        ka.append(("np", f"4.{k + 1}", sents(pos, rng, rng.randrange(2, 6))))
    sections.append(("ka", ka))
    kn = [("h", "5. " + lab(pos, "kn"))]
    for k in range(max(2, int(6 * scale))):
        kn.append(("np", f"5.{k + 1}", sents(pos, rng, rng.randrange(3, 6))))
    sections.append(("kn", kn))
    dm = [("h", "6. " + lab(pos, "dm"))]
    for k in range(max(2, int(6 * scale))):
        dm.append(("np", f"6.{k + 1}", sents(pos, rng, rng.randrange(3, 6))))
    sections.append(("dm", dm))
    # factors with ratings and points
    fac = [("h", "7. " + lab(pos, "fac"))]
    facs = (["Compétence - Connaissances", "Compétence - Aptitude à résoudre des problèmes", "Effort - Effort mental",
             "Responsabilité - Responsabilité des résultats", "Responsabilité - Gestion des ressources",
             "Conditions de travail - Milieu"] if lang == "fr" else
            ["Skill - Knowledge", "Skill - Problem Solving", "Effort - Mental Effort",
             "Responsibility - Accountability for Results", "Responsibility - Resource Management",
             "Working Conditions - Environment"])
    rows = []
    tot = 0
    for f in facs:
        pts = rng.randrange(40, 900)
        tot += pts
        rows.append([f, rng.choice(["F3", "G4", "E+", "C2", "D3", "H4", "G3+"]), f"{pts:,}".replace(",", " " if lang == "fr" else ",")])
    rows.append(["Total", "", f"{tot:,}".replace(",", " " if lang == "fr" else ",")])
    fac.append(("table", ["Facteur", "Cote", "Points"] if lang == "fr" else ["Factor", "Rating", "Points"], rows))
    for k in range(max(2, int(5 * scale))):
        fac.append(("np", f"7.{k + 1}", sents(pos, rng, rng.randrange(3, 6))))
    sections.append(("fac", fac))
    # dimensions, far from the identification
    dim = [("h", "8. " + lab(pos, "dim"))]
    if pos["older_budget"]:
        old = int(pos["salary"] * 0.8 // 1000 * 1000)
        dim.append(("p", f"Avant la réorganisation de 2015-2016, le budget salarial de l'unité était de {fmt_money(old, 'fr', 0)}." if lang == "fr"
                    else f"Before the 2015-16 reorganization, the unit's salary budget was {fmt_money(old, 'en', 0)}."))
    dim.append(("kv", lab(pos, "fte"), str(pos["fte_total"])))
    dim.append(("kv", lab(pos, "sal"), fmt_money(pos["salary"], lang, ms)))
    dim.append(("kv", lab(pos, "om"), fmt_money(pos["om"], lang, ms)))
    if pos["total_stated"]:
        dim.append(("kv", lab(pos, "tot"), fmt_money(pos["salary"] + pos["om"], lang, ms)))
    dim.append(("p", sents(pos, rng, 2)))
    sections.append(("dim", dim))
    comp = [("h", "9. " + lab(pos, "comp"))]
    for k, c in enumerate(T.COMPETENCIES_FR if lang == "fr" else T.COMPETENCIES_EN):
        comp.append(("np", f"9.{k + 1}", c + " - " + sents(pos, rng, rng.randrange(2, 4))))
    sections.append(("comp", comp))
    soq = [("h", "10. " + lab(pos, "soq"))]
    if lang == "fr":
        soq += [("p", "Études : Un grade d'une université reconnue dans un domaine pertinent."),
                ("p", "Expérience : Expérience significative de la gestion de ressources humaines et financières (au moins 5 ans)."),
                ("p", "Langues officielles : Bilingue impératif CBC/CBC."),
                ("p", "Cote de sécurité : Secret.")]
    else:
        soq += [("p", "Education: A degree from a recognized post-secondary institution in a relevant field."),
                ("p", "Experience: Significant experience in managing human and financial resources (at least 5 years)."),
                ("p", "Official Languages: Bilingual imperative CBC/CBC."),
                ("p", "Security: Secret.")]
    sections.append(("soq", soq))
    if pos["rep_place"] == "annex":
        an = [("h", lab(pos, "annex"))]
        rows = []
        for k, r in enumerate(pos["reps"]):
            f = "" if (pos["fte_missing"] and k == nr - 1) else str(r["fte"])
            rows.append([str(k + 1), r["fr"] if lang == "fr" else r["en"], r["classification"], f])
        an.append(("table", ["No", "Titre du poste", "Groupe/niveau", "ETP"] if lang == "fr" else
                   ["No.", "Position Title", "Group/Level", "FTEs"], rows))
        sections.append(("annex", an))
    if pos["id_place"] in ("end", "headers"):
        sections.append(("id", idblock(include_pn=pos["id_place"] == "end")))
    sig = [("h", lab(pos, "sig"))]
    if pos["incumbent"]:
        sig.append(("kv", "Titulaire" if lang == "fr" else "Incumbent", pos["incumbent"]))
    sig.append(("kv", "Approuvé par" if lang == "fr" else "Approved by", pos["approver"] + "    Date: " + fmt_date(pos["eff"] or dt.date(2019, 3, 27), lang, 1)))
    if pos["classifier"]:
        sig.append(("kv", "Classifié par" if lang == "fr" else "Classified by", pos["classifier"]))
    sections.append(("sig", sig))
    return sections


# ---------------------------------------------------------------- text rendering and pagination

BODY = 46


def block_lines(b, width, md=False):
    if b[0] == "h":
        return ["", ("## " + b[1]) if md else b[1], ""]
    if b[0] == "p":
        return textwrap.wrap(b[1], width) + [""]
    if b[0] == "np":
        w = textwrap.wrap(f"{b[1]}  {b[2]}", width, subsequent_indent="      ")
        return w + [""]
    if b[0] == "kv":
        if md:
            return [f"* **{b[1]}:** {b[2]}"]
        return [f"{b[1]}: {b[2]}".rstrip()]
    if b[0] == "table":
        hdr, rows = b[1], b[2]
        if md:
            out = ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)]
            out += ["| " + " | ".join(r) + " |" for r in rows]
            return out + [""]
        ws = [max(len(x) for x in col) + 2 for col in zip(hdr, *rows)]
        out = ["".join(c.ljust(w) for c, w in zip(hdr, ws)).rstrip()]
        out += ["".join(c.ljust(w) for c, w in zip(r, ws)).rstrip() for r in rows]
        return out + [""]
    return []


def toc_lines(pos, starts, md=False):
    lang = "fr" if pos["lang"] == "fr" else "en"
    out = ["", ("## " if md else "") + lab(pos, "toc"), ""]
    for key, title, pg in starts:
        out.append(f"{title} {'.' * max(3, 60 - len(title))} {pg}")
    return out + [""]


def paginate(pos, sections, width=76, md=False):
    """Returns (pages: list of lists of body lines, section starts (key, heading, page))."""
    first = ["", lab(pos, "ewd"), "", shown_title(pos), ""]
    heads = [(k, next(b[1] for b in bl if b[0] == "h")) for k, bl in sections]
    pages = [None]
    cur = []
    starts = []
    for (k, h), (_, bl) in zip(heads, sections):
        ls = []
        for b in bl:
            ls += block_lines(b, width, md)
        if k in ("id", "annex", "sig", "ga") and cur:
            pages.append(cur)
            cur = []
        starts.append((k, h, len(pages) + 1))
        for ln in ls:
            if len(cur) >= BODY:
                pages.append(cur)
                cur = []
            cur.append(ln)
    if cur:
        pages.append(cur)
    pages[0] = first + (toc_lines(pos, starts, md) if pos["toc"] else [])
    return pages, starts


def header_footer(pos, n, m, rng):
    lang = "fr" if pos["lang"] == "fr" else "en"
    pnv = pos["pn"] if pos["pn"] else pos["pn_word"][lang]
    title = shown_title(pos)
    cls = fmt_class(pos["level"], pos["class_style"])
    if pos["id_place"] == "headers":
        if lang == "fr":
            h = f"{title}    No de poste : {pnv}    {cls}"
        else:
            h = f"{title}    Position No. {pnv}    {cls}"
    else:
        h = f"{pos['dept'][2]} - {lab(pos, 'ewd')} - {title}"
    f = L[lang]["page"].format(n=n, m=m)
    if pos["i"] % 3 == 1:
        f = f"Protected A / Protégé A        {f}"
    return h, f


def render_text(pos, sections, md=False, width=76):
    pages, _ = paginate(pos, sections, width, md)
    m = len(pages)
    rng = random.Random(184700 + pos["i"])
    out = []
    for n, body in enumerate(pages, 1):
        h, f = header_footer(pos, n, m, rng)
        pg = []
        if n > 1 or pos["id_place"] == "headers":
            pg += [("*" + h + "*") if md else h, ""]
        pg += body
        pg += ["", ("*" + f + "*") if md else f.rjust(76)]
        out.append(pg)
    return out


# ---------------------------------------------------------------- OCR damage

DIG = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}
ACC = str.maketrans("éèêàçùôîÉÈ", "eeeacuoiEE")


def damage_line(s, rng, p):
    out = []
    for ch in s:
        r = rng.random()
        if ch in DIG and r < p:
            ch = ("I" if rng.random() < 0.5 else "l") if ch == "1" else DIG[ch]
        elif ch == "m" and r < p / 3:
            ch = "rn"
        elif ch == "e" and r < p / 5:
            ch = "c"
        elif ch == "i" and r < p / 5:
            ch = "l"
        elif ch == " " and r < p / 6:
            ch = ""
        elif ch in "éèêàçùôîÉÈ" and r < p * 2:
            ch = ch.translate(ACC)
        out.append(ch)
    return "".join(out)


def ocr_pages(pos, pages):
    p = {"light": 0.05, "medium": 0.14, "heavy": 0.28}[pos["damage"]]
    rng = random.Random(184900 + pos["i"])
    res = []
    for pg in pages:
        lines = []
        for ln in pg:
            if ln and rng.random() < 0.3 and len(ln) > 40:
                # hyphenated re-break of long lines
                words = ln.split(" ")
                cut = len(words) // 2
                w = words[cut]
                if len(w) > 6:
                    lines.append(damage_line(" ".join(words[:cut] + [w[:3] + "-"]), rng, p))
                    lines.append(damage_line(" ".join([w[3:]] + words[cut + 1:]), rng, p))
                    continue
            lines.append(damage_line(ln, rng, p))
        res.append(lines)
    return res


# ---------------------------------------------------------------- writers


def write_docx(pos, sections, path, version_note=None):
    d = docx.Document()
    lang = "fr" if pos["lang"] == "fr" else "en"
    cp = d.core_properties
    cp.author = pos["incumbent"] or pos["approver"]
    cp.title = shown_title(pos)
    cp.created = dt.datetime(2020, 1, 1)
    cp.modified = dt.datetime(2020, 1, 1)
    cp.last_modified_by = cp.author
    cp.revision = 1
    sec = d.sections[0]
    h, f = header_footer(pos, 1, 1, None)
    sec.header.paragraphs[0].text = h
    sec.footer.paragraphs[0].text = lab(pos, "ewd") + " - " + ("Protégé A" if lang == "fr" else "Protected A")
    d.add_heading(lab(pos, "ewd"), 0)
    if pos["id_place"] != "end":
        d.add_paragraph(shown_title(pos))
    if pos["toc"]:
        tocpages = {k: pg for k, _, pg in paginate(pos, sections)[1]}
        d.add_heading(lab(pos, "toc"), 1)
        for k, bl in sections:
            hh = next(b[1] for b in bl if b[0] == "h")
            d.add_paragraph(hh + "\t" + str(tocpages[k]))
    lines = 0
    for k, bl in sections:
        if k in ("id", "annex", "sig", "ga"):
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            lines = 0
        kvs = [b for b in bl if b[0] == "kv"]
        as_table = k == "id" and pos["i"] % 2 == 0
        for b in bl:
            if b[0] == "h":
                d.add_heading(b[1], 1)
            elif b[0] == "p":
                d.add_paragraph(b[1])
                lines += len(b[1]) // 80 + 2
            elif b[0] == "np":
                d.add_paragraph(f"{b[1]}\t{b[2]}")
                lines += len(b[2]) // 80 + 2
            elif b[0] == "kv" and not as_table:
                p = d.add_paragraph()
                p.add_run(b[1] + ": ").bold = True
                p.add_run(b[2])
            elif b[0] == "table":
                t = d.add_table(rows=1, cols=len(b[1]))
                t.style = "Table Grid"
                for c, x in zip(t.rows[0].cells, b[1]):
                    c.text = x
                for r in b[2]:
                    cells = t.add_row().cells
                    for c, x in zip(cells, r):
                        c.text = x
            if lines > 48:
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                lines = 0
        if as_table:
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for b in kvs:
                cells = t.add_row().cells
                cells[0].text = b[1]
                cells[1].text = b[2]
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(name))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def to_pdf_safe(s):
    return s.replace("\u00a0", " ").encode("cp1252", "replace").decode("cp1252")


# ---------------------------------------------------------------- names and truths

def file_name(pos, rng, ext):
    lang = "fr" if pos["lang"] == "fr" else "en"
    t = pos["title_fr"] if lang == "fr" else pos["title_en"]
    pn = pos["pn"] or "NEW"
    c = pos["level"]
    choices = [f"{t}{ext}", f"{t} ({c}){ext}", f"WD {pn} - {t}{ext}", f"{t} - signed{ext}", f"{t} (1){ext}",
               f"{pos['dept'][2]} {t} - final{ext}"]
    if lang == "fr":
        choices += [f"Description de travail – {t}{ext}", f"DT {pn} {t}{ext}"]
    if pos["kind"] == "ocr":
        choices = [f"Scan_{c}_{t.replace(' ', '_').replace(',', '')}{ext}", f"img{rng.randrange(1000, 9999)} {t} OCR{ext}",
                   f"Scan {pos['dept'][2]} {t}{ext}"]
    return rng.choice(choices).replace("/", "-")


def truth(pos, docname, kind, version=None):
    lang = pos["lang"]
    tl = "fr" if lang == "fr" else "en"
    s = pos["sup"]
    ms = pos["money_style"]
    reps = []
    for k, r in enumerate(pos["reps"]):
        reps.append({"title": r["fr"] if tl == "fr" else r["en"], "classification": r["classification"],
                     "fte": None if (pos["fte_missing"] and k == len(pos["reps"]) - 1) else r["fte"]})
    fields = {
        "title": pos["title_fr"] if tl == "fr" else pos["title_en"],
        "classification": pos["level"],
        "job_code": pos["jc"],
        "position_number": pos["pn"],
        "effective_date": pos["eff"],
        "supervisor": {"position_number": s["position_number"],
                       "title": s["title_fr"] if tl == "fr" else s["title_en"],
                       "classification": s["classification"]},
        "direct_reports": reps,
        "salary": money_exact(pos["salary"], ms),
        "o_and_m": money_exact(pos["om"], ms),
        "total": money_exact(pos["salary"] + pos["om"], ms) if pos["total_stated"] else None,
        "location": pos["place"][1] if tl == "fr" else pos["place"][0],
    }
    ns = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
    if s["position_number"] is None:
        ns.append("supervisor.position_number")
    also = {"department": pos["dept"][1] if tl == "fr" else pos["dept"][0],
            "form": "older full template (" + ("DESCRIPTION DE TRAVAIL DE CADRE" if tl == "fr" else "EXECUTIVE WORK DESCRIPTION") + ")",
            "fte": pos["fte_total"],
            "identification": {"top": "block after the table of contents", "end": "block at the end, before the signatures",
                               "headers": "position number only in every page's running header; other fields in a block at the end"}[pos["id_place"]],
            "supervisor_layout": "identification block" if pos["sup_place"] == "block" else "sentence under the organization structure",
            "direct_reports_layout": "Annex A table at the end" if pos["rep_place"] == "annex" else "numbered list under the organization structure",
            "dimensions": "section 8, after the factor ratings (factor points in section 7 are not money)"}
    if lang == "bilingual":
        also["title_fr"] = pos["title_fr"]
    if lang == "fr":
        also["title_en"] = pos["title_en"]
    if pos["pn"] is None:
        also["position_number_written"] = pos["pn_word"][tl]
    if pos["former_pn"]:
        also["former_position_number"] = pos["former_pn"]
    if pos["older_budget"]:
        also["older_salary_in_prose"] = int(pos["salary"] * 0.8 // 1000 * 1000)
    if kind in ("ocr",) or (kind == "pdf" and pos.get("pdf_ocr")):
        also["damage"] = pos["damage"]
    if pos["i"] in (1, 2):
        also["reports_to_in_corpus"] = DOCNAMES[0]
    if pos.get("npages"):
        also["pages"] = pos["npages"]
    people = [x for x in (pos["incumbent"], pos["approver"], pos["classifier"]) if x]
    return {"document": docname, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
            "not_stated": ns, "also": also, "people": people, "versions": None}


def dump_yaml(d, path):
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(d, fh, sort_keys=False, allow_unicode=True, width=1000)


# ---------------------------------------------------------------- main

DOCNAMES = {}


def write_position(pos, name, kind, version=None):
    sections = build_blocks(pos, version)
    path = os.path.join(CORPUS, name)
    if kind == "docx":
        write_docx(pos, sections, path)
        pos["npages"] = None
    else:
        md = kind == "markdown"
        pages = render_text(pos, sections, md=md, width=72 if kind == "ocr" else 76)
        pos["npages"] = len(pages)
        if kind == "ocr":
            pages = ocr_pages(pos, pages)
            data = "\n\f".join("\n".join(p) for p in pages) + "\n"
            open(path, "wb").write(data.encode("utf-8"))
        elif kind == "pdf":
            if pos.get("pdf_ocr"):
                pages = ocr_pages(pos, pages)
            open(path, "wb").write(pdf_bytes([to_pdf_safe("\n".join(p)) for p in pages]))
        elif kind == "markdown":
            data = "\n\n---\n\n".join("\n".join(p) for p in pages) + "\n"
            data = "# " + data.lstrip("\n") if not data.startswith("#") else data
            open(path, "wb").write(data.encode("utf-8"))
        elif kind == "text":
            data = "\n\f".join("\n".join(p) for p in pages) + "\n"
            open(path, "wb").write(data.encode("utf-8"))
        elif kind == "text-cp1252":
            data = "\r\n\r\n".join("\r\n".join(p) for p in pages) + "\r\n"
            data = data.replace("'", "\u2019").replace("\u00a0", " ")
            open(path, "wb").write(data.encode("cp1252"))
    t = truth(pos, name, kind, version)
    return t


def refuse_truth(name, kind, lang, people, note):
    return {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
            "not_stated": None, "also": {"what": note}, "people": people, "versions": None}


def main():
    for d in (CORPUS, EXPECTED):
        if os.path.exists(d):
            shutil.rmtree(d)
        os.makedirs(d)
    rng = random.Random(184)
    ext = {"ocr": ".txt", "docx": ".docx", "pdf": ".pdf", "text": ".txt", "text-cp1252": ".txt", "markdown": ".md"}
    used = set()
    names = []
    for pos in POS:
        pos["pdf_ocr"] = pos["kind"] == "pdf" and pos["i"] % 4 == 2
        n = file_name(pos, random.Random(184300 + pos["i"]), ext[pos["kind"]])
        if pos["i"] == 3:
            n = f"{pos['title_en']} - DRAFT.docx"
        while n in used:
            n = n.replace(ext[pos["kind"]], " (2)" + ext[pos["kind"]])
        used.add(n)
        names.append(n)
        DOCNAMES[pos["i"]] = n
    truths = []
    for pos, n in zip(POS, names):
        truths.append(write_position(pos, n, pos["kind"]))
    # the newer version of position 3: signed PDF, later date, higher salary, changed O&M
    p3 = dict(POS[3])
    p3["eff"] = (POS[3]["eff"] or dt.date(2018, 6, 11)) + dt.timedelta(days=183)
    p3["salary"] = POS[3]["salary"] + 120000
    p3["om"] = POS[3]["om"] - 35000
    p3["kind"] = "pdf"
    p3["pdf_ocr"] = False
    n3 = f"{POS[3]['title_en']} - signed.pdf"
    t3 = write_position(p3, n3, "pdf", version=1)
    ver = {"documents": [names[3], n3], "newest": n3, "same_text": False,
           "note": "the signed PDF is 183 days later; salary $120,000 higher, O&M $35,000 lower"}
    truths[3]["versions"] = ver
    t3["versions"] = ver
    truths.append(t3)
    for t in truths:
        dump_yaml(t, os.path.join(EXPECTED, t["document"] + ".expected.yaml"))
    write_refusals()


def write_refusals():
    rr = random.Random(184999)
    out = []
    # 1. a competency profile alone (docx)
    name = "Key Leadership Competencies - EX profile (Director General level).docx"
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Talent Management"
    cp.created = dt.datetime(2020, 1, 1)
    cp.modified = dt.datetime(2020, 1, 1)
    cp.revision = 1
    d.add_heading("Key Leadership Competencies Profile", 0)
    d.add_paragraph("Level: EX-03 (Director General)")
    d.add_paragraph("This profile describes the behaviours expected of executives at the Director General level. "
                    "It accompanies a work description and does not replace it.")
    for c in T.COMPETENCIES_EN:
        d.add_heading(c, 1)
        for _ in range(4):
            d.add_paragraph(rr.choice(T.EN_SENT).format(t="executive", u="organization", a="the portfolio"), style="List Bullet")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, x in zip(t.rows[0].cells, ["Competency", "Proficiency", "Weight"]):
        c.text = x
    for c in T.COMPETENCIES_EN:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = c, rr.choice(["Advanced", "Expert"]), f"{rr.randrange(10, 25)}%"
    buf = io.BytesIO()
    d.save(buf)
    _rezip(buf.getvalue(), os.path.join(CORPUS, name))
    out.append(refuse_truth(name, "docx", "en", [], "a Key Leadership Competencies profile for the EX-03 level alone; no position"))
    # 2. a job evaluation rationale with factor points (pdf)
    name = "Classification rationale - position 448213 (EX-01).pdf"
    ev = person(rr)
    lines = ["CLASSIFICATION RATIONALE / JUSTIFICATION DE LA CLASSIFICATION", "",
             "Position: 448213    Director, Client Experience Research    Proposed: EX-01", "",
             "Evaluation committee: " + ev + " (chair), " + person(rr), "Date of evaluation: 2021-11-18", "",
             "Factor                          Rating    Points",
             "Know-How                        F II 3    528",
             "Problem Solving                 F4 (57%)  304",
             "Accountability                  F3 C      350",
             "Total                                     1,182", "",
             "Profile: P2.  Benchmark comparison: EX-01 benchmarks 12 and 17.",
             "Rationale: The know-how required is at the F level given the breadth of the program. The problem",
             "solving is comparable to benchmark 12. The accountability reflects a salary budget of about $2.1M.",
             "The committee concludes that the position is properly classified at EX-01.", "",
             "This rationale is attached to the work description on file; it is not itself a work description."]
    open(os.path.join(CORPUS, name), "wb").write(pdf_bytes(["\n".join(lines), "Signed: " + ev + "\nClassification Advisor"]))
    out.append(refuse_truth(name, "pdf", "en", [ev, lines[4].split(", ")[1]], "a job evaluation rationale: factor ratings and points, no description"))
    # 3. a memo (cp1252)
    name = "Memo - reorganization of the Labour Program Operations directorate.txt"
    a, b = person(rr), person(rr)
    memo = (f"MEMORANDUM\r\n\r\nTO: {a}, Assistant Deputy Minister\r\nFROM: {b}, Director General\r\n"
            f"DATE: March 14, 2022\r\nSUBJECT: Proposed reorganization \u2013 Labour Program Operations\r\n\r\n"
            "The attached proposal moves two units under a new Executive Director position (EX-02, position "
            "number to be assigned). The salary envelope of $3,410,000 and O&M of $280,000 would be transferred "
            "from cost centre 412208. We\u2019d appreciate your approval by month\u2019s end.\r\n\r\n" + b + "\r\n")
    open(os.path.join(CORPUS, name), "wb").write(memo.encode("cp1252"))
    out.append(refuse_truth(name, "text-cp1252", "en", [a, b], "a memo proposing a reorganization; names a level and budget, describes no position"))
    # 4. a letter of offer (utf-8 text)
    name = "Letter of offer, acting EX-02 appointment.txt"
    a, b = person(rr), person(rr)
    letter = (f"Dear {a},\n\nI am pleased to offer you an acting appointment as Executive Director, Housing Policy "
              f"(EX-02), position 772431, effective June 3, 2023, at a salary of $158,600 per annum.\n\n"
              "Please sign and return a copy of this letter to confirm your acceptance.\n\n"
              f"Sincerely,\n\n{b}\nDirector General, Housing Policy and Programs\n")
    open(os.path.join(CORPUS, name), "wb").write(letter.encode("utf-8"))
    out.append(refuse_truth(name, "text", "en", [a, b], "a letter of offer for an acting appointment"))
    # 5. French minutes (markdown)
    name = "Procès-verbal CGD 2023-02-09.md"
    ps = [person(rr) for _ in range(4)]
    mins = ("# Procès-verbal – Comité de gestion de la Direction générale\n\n**Date :** 9 février 2023  \n"
            f"**Présents :** {', '.join(ps)}\n\n## 1. Situation budgétaire\n\nLe budget salarial de la direction "
            "générale s'établit à 18 420 000 $; un écart de 640 000 $ est prévu.\n\n## 2. Dotation\n\n"
            "Le poste de directrice exécutive, Politiques (EX-02, poste 559102) sera doté par processus annoncé.\n\n"
            "## 3. Divers\n\nProchaine réunion : 9 mars 2023.\n")
    open(os.path.join(CORPUS, name), "wb").write(mins.encode("utf-8"))
    out.append(refuse_truth(name, "markdown", "fr", ps, "minutes of a branch management committee"))
    # 6. a scan without a text layer
    name = "Scan 2021-09-30 14.22.07.pdf"
    open(os.path.join(CORPUS, name), "wb").write(pdf_bytes(["", "", "", ""]))
    out.append(refuse_truth(name, "pdf", "en", [], "a four-page scan without a text layer (unreadable)"))
    for t in out:
        dump_yaml(t, os.path.join(EXPECTED, t["document"] + ".expected.yaml"))


def _rezip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(name))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


if __name__ == "__main__":
    main()
