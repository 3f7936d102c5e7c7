#!/usr/bin/env python3
"""Write the blind96 corpus (corpus/) and its ground truth (expected/), byte for byte the same on
every run: python bench/import/blind96/make_blind.py  (needs python-docx and PyYAML).

blind96's emphasis: the supervisor written in every way. Positions and supervisor styles in
positions.py, prose and labels in texts.py, the documents to refuse in refused.py."""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402
from docx import Document  # noqa: E402
from docx.shared import Pt  # noqa: E402

from positions import P  # noqa: E402
import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

SEED = 9696
CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"

# =============================================================================================
# notations

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]


def fmt_date(d: dt.date, lang: str, v: int) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        forms = [f"{day} {MONTHS_FR[d.month-1]} {d.year}", d.isoformat(),
                 f"le {day} {MONTHS_FR[d.month-1]} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat(),
                 f"{d.year}.{d.month:02d}.{d.day:02d}"]
    else:
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
        forms = [f"{MONTHS_EN[d.month-1]} {d.day}, {d.year}", d.isoformat(),
                 f"{d.day} {MONTHS_EN[d.month-1]} {d.year}", f"{MONTHS_EN[d.month-1][:3]}. {d.day}, {d.year}",
                 f"{MONTHS_EN[d.month-1]} {d.day}{suffix}, {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}",
                 f"{d.day:02d}-{MONTHS_EN[d.month-1][:3].upper()}-{d.year}"]
    return forms[v % len(forms)]


def fmt_amount(x: int, lang: str, v: int) -> str:
    """An amount in one of many notations, always exact to the dollar."""
    m, k = x % 10000 == 0, x % 1000 == 0
    if lang == "fr":
        forms = [f"{x:,}".replace(",", " ") + " $", f"{x:,}".replace(",", " ") + ",00 $"]
        if m and x >= 1_000_000:
            forms += [f"{x/1e6:.2f}".replace(".", ",") + " M$", f"{x/1e6:.2f}".replace(".", ",") + " millions $"]
        if k and x < 1_000_000:
            forms += [f"{x//1000} k$", f"{x//1000} K$"]
    else:
        forms = [f"${x:,}", f"${x:,}.00"]
        if m and x >= 1_000_000:
            forms += [f"${x/1e6:.2f}M", f"${x/1e6:.2f} million"]
        if k and x < 1_000_000:
            forms += [f"${x//1000}K", f"${x//1000},000"]
    return forms[v % len(forms)]


def fmt_class(c: str, v: int) -> str:
    g, n = c.rsplit("-", 1)
    return [c, f"{g} {n}", f"{g}-{int(n)}", c, f"{g}{n}"][v % 5] if g == "EX" else c


# =============================================================================================
# labels

LAB_EN = [
    dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number",
         eff="Effective Date", loc="Geographic Location", dept="Department", branch="Branch",
         sup_t="Supervisor's Position Title", sup_c="Supervisor's Classification", sup_n="Supervisor's Position No.",
         rep="Reports to", head="EXECUTIVE WORK DESCRIPTION"),
    dict(title="POSITION TITLE", cls="GROUP AND LEVEL", job="GENERIC JOB NO.", pos="POSITION NO.",
         eff="DATE EFFECTIVE", loc="LOCATION", dept="DEPARTMENT", branch="SECTOR",
         sup_t="SUPERVISOR TITLE", sup_c="SUPERVISOR LEVEL", sup_n="SUPERVISOR POSITION NO.",
         rep="REPORTS TO", head="EXECUTIVE GROUP POSITION DESCRIPTION"),
    dict(title="Job Title", cls="Level", job="Job Code No.", pos="Position #",
         eff="In effect as of", loc="Work Location", dept="Organization", branch="Branch/Sector",
         sup_t="Title of Immediate Supervisor", sup_c="Group/Level of Supervisor", sup_n="Supervisor Position Number",
         rep="Reporting to", head="Work Description - Executive (EX) Group"),
    dict(title="Title", cls="Group/Level", job="Job Number", pos="Pos. No.",
         eff="Effective", loc="Location (City, Province)", dept="Dept.", branch="Directorate",
         sup_t="Supervisor (title)", sup_c="Supervisor (level)", sup_n="Supervisor (position no.)",
         rep="Immediate Supervisor", head="JOB DESCRIPTION"),
]
LAB_FR = [
    dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro du poste",
         eff="Date d'entrée en vigueur", loc="Lieu de travail", dept="Ministère", branch="Direction générale",
         sup_t="Titre du poste du superviseur", sup_c="Classification du superviseur", sup_n="No de poste du superviseur",
         rep="Relève de", head="DESCRIPTION DE TRAVAIL DE CADRE"),
    dict(title="TITRE DU POSTE", cls="GROUPE ET NIVEAU", job="NO DE LA DESCRIPTION TYPE", pos="NO DU POSTE",
         eff="DATE DE PRISE D'EFFET", loc="LIEU", dept="ORGANISATION", branch="SECTEUR",
         sup_t="TITRE DU SUPÉRIEUR IMMÉDIAT", sup_c="NIVEAU DU SUPÉRIEUR", sup_n="NO DU POSTE DU SUPÉRIEUR",
         rep="SUPÉRIEUR IMMÉDIAT", head="DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION (EX)"),
    dict(title="Intitulé du poste", cls="Niveau", job="Code de l'emploi", pos="Poste no",
         eff="En vigueur le", loc="Emplacement géographique", dept="Organisme", branch="Secteur",
         sup_t="Titre du supérieur", sup_c="Niveau du supérieur", sup_n="Poste no du supérieur",
         rep="Relève de", head="Description de travail"),
]
LAB_BIL = dict(title="Position Title / Titre du poste", title_fr="Titre du poste (français)",
               cls="Classification / Classification", job="Job Code / Code d'emploi",
               pos="Position Number / Numéro du poste", eff="Effective Date / Date d'entrée en vigueur",
               loc="Location / Lieu", dept="Department / Ministère", branch="Branch / Direction générale",
               sup_t="Supervisor's Title / Titre du superviseur", sup_c="Supervisor's Level / Niveau du superviseur",
               sup_n="Supervisor's Position No. / No de poste du superviseur",
               rep="Reports to / Relève de", head="EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE")

HEAD_EN = dict(ga=["General Accountability", "GENERAL ACCOUNTABILITY", "Purpose of the Position"],
               org=["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Organizational Context"],
               ns=["Nature and Scope", "NATURE & SCOPE", "Nature and Scope of the Work"],
               dim=["Dimensions", "DIMENSIONS", "Key Dimensions"],
               sa=["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Activities"],
               cert=["Certification", "CERTIFICATION", "Signatures"])
HEAD_FR = dict(ga=["Responsabilité générale", "RESPONSABILITÉS GÉNÉRALES", "Raison d'être du poste"],
               org=["Structure organisationnelle", "STRUCTURE DE L'ORGANISATION", "Contexte organisationnel"],
               ns=["Nature et étendue", "NATURE ET PORTÉE", "Nature et portée du travail"],
               dim=["Dimensions", "DONNÉES QUANTITATIVES", "Dimensions"],
               sa=["Responsabilités spécifiques", "RESPONSABILITÉS PARTICULIÈRES", "Activités principales"],
               cert=["Attestation", "CERTIFICATION", "Signatures"])
DIM_EN = [dict(fte="FTEs", sal="Salary", om="O&M", tot="Total"),
          dict(fte="Number of FTEs", sal="Salary budget", om="Operating and Maintenance", tot="Total budget"),
          dict(fte="Staff (FTEs)", sal="Salaries", om="Non-salary O&M", tot="Total operating budget")]
DIM_FR = [dict(fte="ETP", sal="Salaires", om="F et E", tot="Total"),
          dict(fte="Nombre d'ETP", sal="Budget salarial", om="Fonctionnement et entretien", tot="Budget total"),
          dict(fte="Effectif (ETP)", sal="Traitements", om="Budget de F et E", tot="Budget de fonctionnement total")]


# =============================================================================================
# positions -> facts

def gen_facts(rng: random.Random, p: dict, shared: dict) -> dict:
    """The position's values (the truth), drawn once per position (shared across versions)."""
    key = p["o"].get("vkey")
    if key and key in shared:
        f = dict(shared[key])
        if p["o"].get("revised"):
            f = dict(f)
            f["eff"] = dt.date(2023, 6, 12)
            f["om"] = f["om"] + 145000
            f["reports"] = f["reports"] + [dict(en="Manager, Regulatory Modernization", fr="", cls="EC-07", fte=6)]
            f["fte"] = f["fte"] + 6
            f["job"] = f["job"]
        return f
    f = {}
    f["pos"] = str(rng.randint(10000, 99999)) if rng.random() < 0.8 else str(rng.randint(100000, 999999))
    f["job"] = str(rng.randint(100100, 109999)) if rng.random() < 0.5 else None
    f["eff"] = None if rng.random() < 0.12 else dt.date(rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 28))
    sup = p["sup"]
    f["sup_num"] = p["o"].get("supnum") or (str(rng.randint(10000, 99999)) if sup[4] else None)
    pool = list(T.REPORTS[p["dom"]])
    rng.shuffle(pool)
    k = rng.randint(2, min(5, len(pool)))
    reps = []
    for en, fr, cls in pool[:k]:
        reps.append(dict(en=en, fr=fr, cls=cls, fte=rng.randint(4, 48)))
    if rng.random() < 0.35:
        reps.append(dict(en=T.EA[0], fr=T.EA[1], cls=T.EA[2], fte=1))
    if p["cls"] == "EX-03" and rng.random() < 0.6:
        # a DG's directors
        reps.insert(0, dict(en="Director, " + ["Operations", "Strategic Planning", "Program Delivery", "Policy and Partnerships"][rng.randint(0, 3)],
                            fr="Directeur, " + ["Opérations", "Planification stratégique", "Prestation des programmes", "Politiques et partenariats"][rng.randint(0, 3)],
                            cls="EX-01", fte=rng.randint(20, 90)))
        reps[0]["fr"] = {"Operations": "Directeur, Opérations", "Strategic Planning": "Directeur, Planification stratégique",
                         "Program Delivery": "Directeur, Prestation des programmes",
                         "Policy and Partnerships": "Directeur, Politiques et partenariats"}[reps[0]["en"].split(", ", 1)[1]]
    f["reports"] = reps
    f["fte"] = sum(r["fte"] for r in reps) + rng.randint(1, 6)
    f["sal"] = rng.randint(60, 1800) * 10000
    f["om"] = rng.randint(40, 3500) * 1000
    f["prog"] = rng.randint(5, 400) * 1_000_000 if rng.random() < 0.25 else None
    if key:
        shared[key] = f
    return f


# =============================================================================================
# the document model: a list of blocks
#   ("head", text)  ("h", text)  ("fields", [(label, value)])  ("boxes", [[labels], [values]])
#   ("p", text, damageable)  ("ul", [items])  ("ol", [items])  ("table", [[header], [row]...])
#   ("chart", [lines])  ("sig", [lines])

def art(title_fr: str, gender: str, prep: str = "de") -> str:
    """'du directeur général, ...' / 'de la directrice ...' / "de l'..." (lower-cased first word)."""
    low = title_fr[0].lower() + title_fr[1:]
    if low[0] in "aeiouéè":
        return f"{prep} l'{low}" if prep == "de" else f"à l'{low}"
    if prep == "de":
        return ("du " if gender == "m" else "de la ") + low
    return ("au " if gender == "m" else "à la ") + low


def pos_gender(t_fr: str) -> str:
    first = t_fr.split(",")[0].split()[0].lower()
    return "f" if first.endswith(("trice", "ice", "ère")) or first in ("directrice", "vice-présidente") else "m"


def build(rng: random.Random, p: dict, f: dict) -> tuple[list, dict]:
    """Blocks of the document and the ground-truth extras (people, also)."""
    lang, o, style = p["lang"], p["o"], p["style"]
    fr = lang == "fr"
    dept_en, dept_fr, _ = T.DEPTS[p["dept"]]
    city, prov_en, prov_fr = T.LOCS[p["loc"]]
    title = p["t_fr"] if fr else p["t_en"]
    sup_en, sup_fr, sup_g, sup_cls, _ = p["sup"]
    sup_t = sup_fr if fr else sup_en
    cv = rng.randint(0, 4)
    cls_s = fmt_class(p["cls"], cv)
    sup_cls_s = fmt_class(sup_cls, cv) if sup_cls else None
    dv = rng.randint(0, 9)
    av = rng.randint(0, 9)
    people: list[str] = []
    also: dict = {"fte": f["fte"], "operating_budget": None, "program_budget": f["prog"], "provisional_number": None}
    if lang == "bilingual":
        also["title_fr"] = p["t_fr"]
    lab = (LAB_FR[rng.randint(0, 2)] if fr else LAB_BIL if lang == "bilingual" else LAB_EN[rng.randint(0, 3)])
    heads = HEAD_FR if fr else HEAD_EN
    hv = rng.randint(0, 2)
    H = {k: v[hv] for k, v in heads.items()}
    if lang == "bilingual":
        H = {k: f"{HEAD_EN[k][hv]} / {HEAD_FR[k][hv]}" for k in HEAD_EN}
    if fr:
        loc_s = [f"{city} ({prov_fr})", f"{city}, {prov_fr}", f"{city} ({prov_fr})"][rng.randint(0, 2)]
        loc_truth = f"{city}, {prov_fr}"
    else:
        loc_s = [f"{city}, {prov_en}", f"{city} ({prov_en})", f"{city}, {prov_en}"][rng.randint(0, 2)]
        loc_truth = f"{city}, {prov_en}"
    if lang == "bilingual":
        loc_s = f"{city} ({prov_fr})" if prov_en == "Quebec" else f"{city}, {prov_en}"
        loc_truth = f"{city}, {prov_en}"
    t_short = title.split(",")[0]  # "Director", "Directrice générale" ...
    gpos = pos_gender(p["t_fr"])
    Le = "La" if (fr and gpos == "f") else "Le"

    # ---- supervisor ---------------------------------------------------------------------------
    sup_fields: list = []       # header fields
    sup_boxes = None            # boxes block
    ga_extra = ""               # sentence appended to the general accountability
    org_sent = ""               # sentence opening the organization structure
    chart = None
    num = f["sup_num"]
    sup_truth = dict(position_number=num, title=sup_t, classification=sup_cls)
    acting_name = None
    if style == "label":
        if fr:
            v = f"{sup_t} ({sup_cls_s})"
        else:
            v = f"{sup_t} ({sup_cls_s})" if rng.random() < 0.6 else f"{sup_t}, {sup_cls_s}"
        sup_fields.append((lab["rep"], v))
        if num:
            sup_fields.append(((lab["sup_n"]), num))
    elif style == "three":
        sup_fields += [(lab["sup_n"], num), (lab["sup_t"], sup_t), (lab["sup_c"], sup_cls_s)]
        if rng.random() < 0.5:
            sup_fields = [sup_fields[1], sup_fields[2], sup_fields[0]]
    elif style == "boxes":
        if lang == "bilingual":
            sup_boxes = [["Supervisor's position title / Titre du poste du superviseur", "Group and level / Groupe et niveau", "Position no. / No du poste"],
                         [sup_t, sup_cls_s, num]]
        elif fr:
            sup_boxes = [["Titre du poste du superviseur", "Groupe et niveau", "No du poste"], [sup_t, sup_cls_s, num]]
        else:
            sup_boxes = [["Supervisor's position title", "Group and level", "Position no."], [sup_t, sup_cls_s, num]]
    elif style == "ga":
        if fr:
            ga_extra = f"{Le} {t_short.lower()} relève {art(sup_t, sup_g)} ({sup_cls_s}), poste no {num}."
        else:
            ga_extra = [f"The {t_short} reports to the {sup_t} ({sup_cls_s}), position {num}.",
                        f"The incumbent reports directly to the {sup_t}, {sup_cls_s} (position no. {num})."][rng.randint(0, 1)]
    elif style == "org":
        n_peers = rng.randint(3, 7)
        words = ["three", "four", "five", "six", "seven"][n_peers - 3]
        mots = ["trois", "quatre", "cinq", "six", "sept"][n_peers - 3]
        tail_en = f", position {num}" if num else ""
        tail_fr = f", poste {num}" if num else ""
        if fr:
            org_sent = (f"{Le} {t_short.lower()} est l'un des {mots} postes de gestion qui relèvent {art(sup_t, sup_g)} "
                        f"({sup_cls_s}){tail_fr}.")
        else:
            org_sent = (f"The {title} is one of {words} ({n_peers}) senior management positions reporting to the "
                        f"{sup_t} ({sup_cls_s}){tail_en}.")
    elif style == "chart":
        chart = "yes"
    elif style == "acting":
        mode = o["acting"]
        if mode == "A/":
            sup_fields.append((lab["rep"], f"A/{sup_t} ({sup_cls_s})"))
            sup_fields.append((lab["sup_n"], num))
        elif mode == "Acting ":
            sup_fields.append((lab["rep"], f"Acting {sup_t}, {sup_cls_s}, Pos. {num}"))
        elif mode == "par intérim":
            a, b = sup_t.split(", ", 1)
            sup_fields += [(lab["sup_t"], f"{a} par intérim, {b}"), (lab["sup_c"], sup_cls_s), (lab["sup_n"], num)]
        elif mode == "note":
            acting_name = T.PEOPLE[rng.randint(0, len(T.PEOPLE) - 1)]
            sup_fields += [(lab["sup_t"], sup_t + " (acting)"), (lab["sup_c"], sup_cls_s), (lab["sup_n"], num)]
            ga_extra = (f"Note: the position of {sup_t} is currently filled on an acting basis by {acting_name}, "
                        f"Executive Director, Pay Centre Operations.")
        elif mode == "sentence":
            acting_name = T.PEOPLE[19]
            ga_extra = (f"The {t_short} reports to the {sup_t} ({sup_cls_s}), position {num}, a position currently "
                        f"filled on an acting basis by {acting_name}.")
        if acting_name:
            people.append(acting_name)
        also["supervisor_acting"] = True
    elif style == "dual":
        ft, fc = o["functional"]
        also["functional_supervisor"] = {"title": ft, "classification": fc}
        if fr:
            ga_extra = (f"{Le} {t_short.lower()} relève hiérarchiquement {art(sup_t, sup_g)} ({sup_cls_s}, poste {num}) "
                        f"et fonctionnellement {art(ft, 'm')} ({fc}).")
        elif rng.random() < 0.5:
            sup_fields += [("Reports to (line)", f"{sup_t} ({sup_cls_s}), position {num}"),
                           ("Functional reporting", f"{ft} ({fc})")]
        else:
            ga_extra = (f"The {t_short} has a dual reporting relationship: a line relationship to the {sup_t} "
                        f"({sup_cls_s}, position {num}) and a functional relationship to the {ft} ({fc}), "
                        f"who sets national program standards.")
    elif style == "title":
        if fr:
            ga_extra = f"{Le} {t_short.lower()} relève {art(sup_t, sup_g)}."
        elif lang == "bilingual":
            sup_fields.append((lab["rep"], f"{sup_en} / {sup_fr}"))
            also["supervisor_title_fr"] = sup_fr
        else:
            ga_extra = f"The {t_short} reports to the {sup_t} and is a member of the directorate's management committee."
    elif style == "nextline":
        sup_fields.append(("__nextline__", [lab["rep"] + ":", f"    {sup_t}", f"    {sup_cls_s}",
                                            f"    Position {num}" if rng.random() < 0.5 else f"    Pos. no. {num}"]))
    elif style == "dash":
        sup_fields.append(("Immediate Supervisor", f"{num} - {sup_t} - {sup_cls_s}"))
    elif style == "releve":
        if rng.random() < 0.5:
            sup_fields.append(("Relève de", f"{sup_t} ({sup_cls_s}), poste {num}"))
        else:
            org_sent = (f"{Le} {t_short.lower()} relève {art(sup_t, sup_g)} ({sup_cls_s}), "
                        f"poste numéro {num}, et dirige une équipe de {f['fte']} employés.")
    elif style == "bil":
        sup_fields += [(LAB_BIL["sup_t"], f"{sup_en} / {sup_fr}"), (LAB_BIL["sup_c"], sup_cls_s),
                       (LAB_BIL["sup_n"], num)]
        also["supervisor_title_fr"] = sup_fr
    if lang == "bilingual":
        sup_truth["title"] = sup_en

    # ---- header fields --------------------------------------------------------------------
    if lang == "bilingual" and rng.random() < 0.5:
        fields = [(lab["title"], f"{p['t_en']} / {p['t_fr']}")]
    else:
        fields = [(lab["title"], title if lang != "bilingual" else p["t_en"])]
        if lang == "bilingual":
            fields.append((LAB_BIL["title_fr"], p["t_fr"]))
    fields.append((lab["cls"], cls_s))
    if f["job"]:
        fields.append((lab["job"], f["job"]))
    fields.append((lab["pos"], f["pos"]))
    fields.append((lab["eff"], fmt_date(f["eff"], "fr" if fr else "en", dv) if f["eff"] else ""))
    fields.append((lab["dept"], dept_fr if fr else dept_en))
    fields.append((lab["loc"], loc_s))
    fields += sup_fields

    # ---- sections -------------------------------------------------------------------------
    blocks: list = [("head", lab["head"])]
    if rng.random() < 0.5:
        blocks.append(("head", (dept_fr if fr else dept_en).upper()))
    blocks.append(("fields", fields))
    if sup_boxes:
        blocks.append(("boxes", sup_boxes))

    area = p["area_fr"] if fr else p["area_en"]
    ga = T.GA[p["dom"]][1 if fr else 0].format(t=title, area=area)
    if fr and gpos == "f":
        ga = ga.replace("Le " + title, "La " + title, 1)
    sec = {}
    sec["ga"] = [("h", H["ga"]), ("p", ga, True)] + ([("p", ga_extra, False)] if ga_extra else [])
    if lang == "bilingual":
        sec["ga"].append(("p", T.GA[p["dom"]][1].format(t=p["t_fr"], area=p["area_fr"]), True))

    # direct reports
    rv = rng.randint(0, 4)
    nocls = rng.random() < 0.15
    nofte = rng.random() < 0.15
    reps_truth = []
    items = []
    for r in f["reports"]:
        rt = (r["fr"] or r["en"]) if fr else r["en"]
        c = None if nocls else r["cls"]
        n = None if nofte else r["fte"]
        reps_truth.append(dict(title=rt, classification=c, fte=n))
        u = "ETP" if fr else ("FTE" if n == 1 else "FTEs")
        if rv == 0:
            inner = ", ".join(x for x in [c, f"{n} {u}" if n is not None else None] if x)
            items.append(f"{rt} ({inner})" if inner else rt)
        elif rv == 1:
            items.append(" - ".join(x for x in [c, rt] if x) + (f" ({n} {u})" if n is not None else ""))
        elif rv == 2:
            items.append(" – ".join(x for x in [rt, c, f"{n} {u}" if n is not None else None] if x))
        else:
            items.append((rt, c, n))
    org = [("h", H["org"])]
    if org_sent:
        org.append(("p", org_sent, False))
    intro = (f"Les postes suivants relèvent {art(title, gpos)} :" if fr
             else f"Reporting to the {title} are:")
    if rv in (0, 1, 2):
        org += [("p", intro, False), ("ul", items)]
    elif rv == 3:
        hdr = (["Poste", "Groupe et niveau", "ETP"] if fr else ["Position", "Classification", "FTEs"])
        org += [("p", intro, False), ("table", [hdr] + [[a, b or "", "" if c is None else str(c)] for a, b, c in items])]
    else:
        bits = []
        for a, b, c in items:
            if fr:
                s = ("l'" if a[0] in "AEIOUÉaeioué" else "la " if a.split(",")[0].split()[0].endswith(("trice", "e")) and not a.startswith(("Gestionnaire", "Chef")) else "le ") + a
            else:
                s = "the " + a
            if b:
                s += f" ({b})"
            if c is not None:
                s += (f", avec un effectif de {c}" if fr else f", with a staff of {c}")
            bits.append(s)
        glue = " et " if fr else " and "
        body = "; ".join(bits[:-1]) + ";" + glue + bits[-1] if len(bits) > 1 else bits[0]
        org.append(("p", (f"Relèvent {art(title, gpos)} : " if fr else f"Reporting to the {t_short} are ") + body + ".", False))
    if chart:
        sup_line = f"{sup_t}"
        org.insert(1, ("chart", [[sup_line, f"{sup_cls_s}  -  {'Poste' if fr else 'Pos.'} {num}"],
                                 [f"{title} ({cls_s})"], [r["title"] for r in reps_truth]]))
    sec["org"] = org

    sec["ns"] = [("h", H["ns"])] + [("p", x.format(dept=dept_fr if fr else dept_en), True)
                                    for x in rng.sample(T.NATURE_FR if fr else T.NATURE_EN, rng.randint(2, 3))]

    dl = (DIM_FR if fr else DIM_EN)[rng.randint(0, 2)]
    show_total = rng.random() < 0.8
    sal_s, om_s = fmt_amount(f["sal"], "fr" if fr else "en", av), fmt_amount(f["om"], "fr" if fr else "en", av + 1)
    tot = f["sal"] + f["om"]
    tot_s = fmt_amount(tot, "fr" if fr else "en", av + 2)
    dims = [(dl["fte"], str(f["fte"])), (dl["sal"], sal_s), (dl["om"], om_s)]
    if show_total:
        dims.append((dl["tot"], tot_s))
    if f["prog"]:
        dims.append(("Budget de programme" if fr else "Program budget (Gs&Cs)", fmt_amount(f["prog"], "fr" if fr else "en", 2)))
    dmode = rng.randint(0, 2)
    if dmode == 2 and not f["prog"]:
        if fr:
            txt = (f"La direction compte {f['fte']} ETP. Le budget salarial est de {sal_s} et le budget de "
                   f"fonctionnement et d'entretien de {om_s}" + (f", pour un total de {tot_s}." if show_total else "."))
        else:
            txt = (f"The directorate has {f['fte']} FTEs, a salary budget of {sal_s} and an O&M budget of {om_s}"
                   + (f", for a total of {tot_s}." if show_total else "."))
        sec["dim"] = [("h", H["dim"]), ("p", txt, False)]
    elif dmode == 1:
        sec["dim"] = [("h", H["dim"]), ("table", [["", "Montant" if fr else "Amount"]] + [[a, b] for a, b in dims])]
    else:
        sec["dim"] = [("h", H["dim"]), ("fields", dims)]
    unit = "direction" if fr else "directorate"
    sas = rng.sample(T.SPECIFIC_FR if fr else T.SPECIFIC_EN, rng.randint(5, 8))
    sec["sa"] = [("h", H["sa"]), ("ol", [s.format(unit=unit) for s in sas])]

    # signatures
    nsig = 0 if rng.random() < 0.3 else rng.randint(1, 2)
    if o.get("signed"):
        nsig = 2
    sig = []
    if nsig:
        names = rng.sample(T.PEOPLE, nsig)
        people += names
        if fr:
            sig.append("L'énoncé qui précède décrit avec exactitude les fonctions du poste.")
            sig.append(f"Titulaire : {names[0]}     Date : ____________")
            if nsig > 1:
                sig.append(f"Superviseur : {names[1]}, {sup_t}")
        else:
            sig.append("The foregoing is an accurate and complete statement of the duties assigned to the position.")
            sig.append(f"Incumbent: {names[0]}          Date: ____________")
            if nsig > 1:
                sig.append(f"Supervisor: {names[1]}, {sup_en if lang == 'bilingual' else sup_t}")
    else:
        sig.append("Approved by: ______________________   Date: __________")
    sec["cert"] = [("h", H["cert"]), ("sig", sig)]

    orders = [["ga", "org", "ns", "dim", "sa", "cert"], ["ga", "ns", "org", "dim", "sa", "cert"],
              ["ga", "org", "dim", "ns", "sa", "cert"], ["ga", "dim", "org", "sa", "ns", "cert"]]
    for s in orders[rng.randint(0, 3)]:
        blocks += sec[s]

    truth = dict(
        title=p["t_en"] if lang == "bilingual" else title,
        classification=p["cls"], job_code=f["job"], position_number=f["pos"],
        effective_date=f["eff"], supervisor=sup_truth, direct_reports=reps_truth,
        salary=f["sal"], o_and_m=f["om"], total=tot if show_total else None, location=loc_truth)
    return blocks, dict(truth=truth, people=people, also=also)


# =============================================================================================
# renderers

def wrap(s: str, width: int | None, hyph: bool = False) -> list[str]:
    if not width:
        return [s]
    lines = textwrap.wrap(s, width, break_long_words=False, break_on_hyphens=False)
    if hyph and len(lines) > 1:
        out = []
        for i in range(len(lines) - 1):
            ln, nxt = lines[i], lines[i + 1]
            w = nxt.split(" ")[0] if nxt else ""
            if len(w) > 7 and w.isalpha() and i % 2 == 0:
                cut = len(w) // 2
                out.append(ln + " " + w[:cut] + "-")
                lines[i + 1] = w[cut:] + nxt[len(w):]
            else:
                out.append(ln)
        out.append(lines[-1])
        return out
    return lines


def render_text(blocks: list, rng: random.Random, md: bool = False, width: int | None = None,
                hyph: bool = False) -> list[tuple[str, bool]]:
    """Text lines, each with a flag 'prose' (damageable)."""
    fl = rng.randint(0, 4)  # field layout
    hs = rng.randint(0, 3)  # heading style
    bullet = ["-", "*", "•", "o", "-"][rng.randint(0, 4)]
    out: list[tuple[str, bool]] = []
    sec_no = 0

    def add(s, prose=False):
        out.append((s, prose))

    for b in blocks:
        kind = b[0]
        if kind == "head":
            add(("# " + b[1]) if md and not out else b[1])
            add("")
        elif kind == "h":
            sec_no += 1
            t = b[1]
            if md:
                add(f"## {t}")
            elif hs == 0:
                add(t.upper())
            elif hs == 1:
                add(f"{sec_no}. {t.upper()}")
            elif hs == 2:
                add(t + ":")
            else:
                add(t)
                add("-" * len(t))
            add("")
        elif kind == "fields":
            w = max(len(lbl) for lbl, _ in b[1] if lbl != "__nextline__") + 2
            for lbl, val in b[1]:
                if lbl == "__nextline__":
                    for ln in val:
                        add(ln)
                    continue
                if md:
                    add(f"*   **{lbl}:** {val}")
                elif fl == 0:
                    add(f"{lbl}: {val}")
                elif fl == 1:
                    add(f"{lbl}:")
                    add(f"    {val}")
                elif fl == 2:
                    add(f"{lbl}\t{val}")
                elif fl == 3:
                    add(f"{lbl} " + "." * max(3, w + 6 - len(lbl)) + f" {val}")
                else:
                    add(f"{(lbl + ':'):<{w}} {val}")
            add("")
        elif kind == "boxes":
            labels, values = b[1]
            if md:
                add("| " + " | ".join(labels) + " |")
                add("|" + "---|" * len(labels))
                add("| " + " | ".join(values) + " |")
            else:
                ws = [max(len(x), len(y)) + 3 for x, y in zip(labels, values)]
                add("".join(f"{x:<{w}}" for x, w in zip(labels, ws)).rstrip())
                add("".join(f"{y:<{w}}" for y, w in zip(values, ws)).rstrip())
            add("")
        elif kind == "p":
            for ln in wrap(b[1], width, hyph and b[2]):
                add(ln, b[2])
            add("")
        elif kind in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                mark = f"{i}." if kind == "ol" else (bullet if not md else "*")
                lines = wrap(f"{mark} {it}", width)
                for j, ln in enumerate(lines):
                    add(ln if j == 0 else "   " + ln, kind == "ol")
            add("")
        elif kind == "table":
            rows = b[1]
            if md:
                add("| " + " | ".join(rows[0]) + " |")
                add("|" + "---|" * len(rows[0]))
                for r in rows[1:]:
                    add("| " + " | ".join(r) + " |")
            else:
                ws = [max(len(r[i]) for r in rows) + 3 for i in range(len(rows[0]))]
                for r in rows:
                    add("".join(f"{c:<{w}}" for c, w in zip(r, ws)).rstrip())
            add("")
        elif kind == "chart":
            boxes = b[1]
            width_c = max(len(x) for bx in boxes for x in bx) + 4
            if md:
                add("```")
            for i, bx in enumerate(boxes):
                bw = max(len(x) for x in bx) + 4
                pad = (width_c - bw) // 2 if i < 2 else 0
                add(" " * pad + "+" + "-" * (bw - 2) + "+")
                for x in bx:
                    add(" " * pad + "| " + f"{x:<{bw - 4}}" + " |")
                add(" " * pad + "+" + "-" * (bw - 2) + "+")
                if i < 2:
                    add(" " * (width_c // 2) + "|")
            if md:
                add("```")
            add("")
        elif kind == "sig":
            for ln in b[1]:
                add(ln)
            add("")
    return out


def damage_digits(s: str, rng: random.Random, p: float) -> str:
    table = {"0": "O", "1": "I", "5": "S", "8": "B"}

    def sub(m):
        tok = m.group(0)
        return "".join(table[c] if c in table and rng.random() < p else ("l" if c == "1" and rng.random() < p / 3 else c)
                       for c in tok)
    return re.sub(r"\d+", sub, s)


def damage_prose(s: str, rng: random.Random, p: float) -> str:
    rules = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("cl", "d"), ("li", "h"), ("t", "l"), ("o", "a")]
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 4 and rng.random() < p:
            a, b = rules[rng.randint(0, len(rules) - 1)]
            i = w.find(a, 1)
            if i > 0:
                w = w[:i] + b + w[i + len(a):]
        out.append(w)
    res = ""
    for i, w in enumerate(out):
        if i and not (rng.random() < p / 3):
            res += " "
        res += w
    return res


def render_ocr(blocks: list, rng: random.Random, mode: str, dmg: int, dept: str, title: str) -> str:
    lines = render_text(blocks, rng, width=None if mode == "run" else rng.randint(70, 90), hyph=True)
    pd, pp = [0.25, 0.5, 0.8][dmg - 1], [0.03, 0.06, 0.1][dmg - 1]
    dl = []
    for s, prose in lines:
        s = damage_digits(s, rng, pd)
        if prose:
            s = damage_prose(s, rng, pp)
        dl.append(s)
    wrapper = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
    if mode == "run":
        return wrapper + " ".join(x.strip() for x in dl if x.strip())
    # pages of ~45 lines with a running header and a page number
    pages = [dl[i:i + 45] for i in range(0, len(dl), 45)]
    out = []
    for n, pg in enumerate(pages, 1):
        hdr = damage_digits(f"{dept} - {title}", rng, pd) if n > 1 else ""
        body = [x for x in pg]
        if mode == "pages":
            out.append(" ".join(x.strip() for x in ([hdr] if hdr else []) + body if x.strip())
                       + f" {damage_digits(str(n), rng, pd)}")
        else:
            if hdr:
                out.append(hdr)
            out += body
            out.append(f"- {n} -" if n % 2 else f"Page {damage_digits(str(n), rng, pd)}")
            out.append("\f")
    text = "\n".join(out)
    return (wrapper + text) if rng.random() < 0.6 else text


def render_docx(blocks: list, rng: random.Random, footer: str) -> bytes:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = ["Arial", "Calibri", "Times New Roman"][rng.randint(0, 2)]
    st.font.size = Pt(11)
    field_table = rng.random() < 0.65
    heading_style = rng.randint(0, 1)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.created = dt.datetime(2023, 1, 1)
    cp.modified = dt.datetime(2023, 1, 1)
    cp.revision = 1
    doc.sections[0].footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "head":
            par = doc.add_paragraph()
            r = par.add_run(b[1])
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "h":
            if heading_style == 0:
                doc.add_heading(b[1], level=2)
            else:
                r = doc.add_paragraph().add_run(b[1].upper())
                r.bold = True
        elif kind == "fields":
            rows = []
            for lbl, val in b[1]:
                if lbl == "__nextline__":
                    rows.append((val[0].rstrip(":"), "\n".join(x.strip() for x in val[1:])))
                else:
                    rows.append((lbl, val))
            if field_table:
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for lbl, val in rows:
                    c = t.add_row().cells
                    c[0].text = lbl
                    c[1].text = val
                doc.add_paragraph()
            else:
                for lbl, val in rows:
                    par = doc.add_paragraph()
                    par.add_run(lbl + ": ").bold = True
                    par.add_run(val)
        elif kind == "boxes":
            labels, values = b[1]
            t = doc.add_table(rows=2, cols=len(labels))
            t.style = "Table Grid"
            for i, (x, y) in enumerate(zip(labels, values)):
                t.rows[0].cells[i].text = x
                t.rows[1].cells[i].text = y
            doc.add_paragraph()
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            rows = b[1]
            if rows[0][0] == "" and len(rows[0]) == 2:
                rows = rows[1:]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = v
            doc.add_paragraph()
        elif kind == "chart":
            t = doc.add_table(rows=3, cols=1)
            t.style = "Table Grid"
            for i, bx in enumerate(b[1]):
                t.rows[i].cells[0].text = "\n".join(bx)
            doc.add_paragraph()
        elif kind == "sig":
            for ln in b[1]:
                doc.add_paragraph(ln)
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    """The same zip with fixed time stamps, so a .docx is the same bytes on every run."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_pdf(blocks: list, rng: random.Random, footer: str) -> bytes:
    lines = [s for s, _ in render_text(blocks, rng, width=rng.randint(88, 100))]
    lines = [ln.replace("•", "-").replace("\t", "    ") for ln in lines]
    per = 62
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for n, pg in enumerate(pages, 1):
        out.append("\n".join(pg + ["", f"{footer}    Page {n} of {len(pages)}"]))
    return pdf_bytes(out)


# =============================================================================================

def dump_yaml(d: dict) -> str:
    return yaml.safe_dump(d, sort_keys=False, allow_unicode=True, width=200)


def expected_for(p: dict, facts: dict, kind: str) -> dict:
    t = facts["truth"]
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date",
                      "salary", "o_and_m", "total", "location") if t[k] is None]
    for k in ("position_number", "title", "classification"):
        if t["supervisor"][k] is None:
            ns.append(f"supervisor.{k}")
    return dict(document=p["fname"], kind=kind, language=p["lang"], outcome="import", fields=t,
                not_stated=ns, also=facts["also"], people=facts["people"], versions=None)


def main() -> None:
    import refused
    rng = random.Random(SEED)
    for d in (CORPUS, EXPECTED):
        d.mkdir(parents=True, exist_ok=True)
        for x in d.iterdir():
            x.unlink()
    shared: dict = {}
    exp: dict = {}
    for p in P:
        r = random.Random(rng.randint(0, 2**31))
        f = gen_facts(r, p, shared)
        blocks, facts = build(r, p, f)
        dept_en, dept_fr, short = T.DEPTS[p["dept"]]
        footer = (dept_fr if p["lang"] == "fr" else dept_en)
        kind = p["kind"]
        path = CORPUS / p["fname"]
        if kind == "text":
            s = "\n".join(x for x, _ in render_text(blocks, r, width=[None, 78, 72][r.randint(0, 2)])) + "\n"
            path.write_bytes(s.encode("utf-8"))
        elif kind == "text-cp1252":
            s = "\n".join(x for x, _ in render_text(blocks, r, width=[None, 80][r.randint(0, 1)])) + "\n"
            s = s.replace("'", "\u2019").replace("•", "\u00b7")
            path.write_bytes(s.replace("\n", "\r\n").encode("cp1252"))
        elif kind == "markdown":
            s = "\n".join(x for x, _ in render_text(blocks, r, md=True)) + "\n"
            path.write_bytes(s.encode("utf-8"))
        elif kind == "ocr":
            s = render_ocr(blocks, r, p["o"]["ocr"], p["o"]["dmg"], short,
                           p["t_fr"] if p["lang"] == "fr" else p["t_en"])
            path.write_bytes(s.encode("utf-8"))
        elif kind == "docx":
            path.write_bytes(render_docx(blocks, r, footer))
        elif kind == "pdf":
            path.write_bytes(render_pdf(blocks, r, footer))
        exp[p["fname"]] = expected_for(p, facts, kind)
    # versions
    groups: dict = {}
    for p in P:
        if p["o"].get("vkey"):
            groups.setdefault(p["o"]["vkey"], []).append(p)
    for ps in groups.values():
        names = [q["fname"] for q in ps]
        newest = next((q["fname"] for q in ps if q["o"].get("revised") or q["o"].get("signed")), names[-1])
        for q in ps:
            exp[q["fname"]]["versions"] = dict(documents=names, newest=newest)
    for name, e in exp.items():
        (EXPECTED / f"{name}.expected.yaml").write_text(dump_yaml(e), encoding="utf-8")
    # documents to refuse
    for name, data, kind, lang, people in refused.documents(random.Random(SEED + 1)):
        (CORPUS / name).write_bytes(data)
        e = dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=[],
                 also=None, people=people, versions=None)
        (EXPECTED / f"{name}.expected.yaml").write_text(dump_yaml(e), encoding="utf-8")


if __name__ == "__main__":
    main()
