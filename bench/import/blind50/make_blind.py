"""Writes the blind50 corpus: Hay-plan era (1986-2008) EX work descriptions as typed forms scanned and
OCR'd, some retyped into Word or saved as text, PDF or Markdown, and a few documents to refuse; and
the ground truth, expected/<document>.expected.yaml, for each.

    /work/main/.venv/bin/python bench/import/blind50/make_blind.py

Deterministic: a fixed seed, fixed zip timestamps in the Word files; the same bytes on every run.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

SEED = 5050
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_FR = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]

# protected spans: \x01 name \x02 (never damaged), \x03 value \x04 (digits may be damaged, letters not)
NAME_O, NAME_C, VAL_O, VAL_C, NBSP, PAGE_END = "\x01", "\x02", "\x03", "\x04", "\x05", "\x06"


def N(s):
    return f"{NAME_O}{s}{NAME_C}"


def V(s):
    return f"{VAL_O}{s}{VAL_C}"


def clean(s):
    for ch in (NAME_O, NAME_C, VAL_O, VAL_C, PAGE_END):
        s = s.replace(ch, "")
    return s.replace(NBSP, " ")


# ---- value notations ----------------------------------------------------------------------------------------
def fmt_class(group_level, note):
    """group_level like 'EX-02'; note: how the document writes an EX level."""
    g, lvl = group_level.split("-", 1) if group_level.count("-") == 1 else (group_level, "")
    if g != "EX" or not lvl.isdigit():
        return group_level
    n = int(lvl)
    return {"EX-02": f"EX-{n:02d}", "EX 02": f"EX {n:02d}", "EX-2": f"EX-{n}", "EX 2": f"EX {n}",
            "EX2": f"EX{n}", "(EX-02)": f"(EX-{n:02d})", "EX-O2": f"EX-O{n}"}[note]


def fmt_date(d, note):
    return {
        "yy-mm-dd": f"{d.year % 100:02d}-{d.month:02d}-{d.day:02d}",
        "d Month yyyy": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
        "MON dd yyyy": f"{MON_EN[d.month - 1]} {d.day:02d} {d.year}",
        "Month d, yyyy": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        "iso": d.isoformat(),
        "dd-MON-yyyy": f"{d.day:02d}-{MON_EN[d.month - 1]}-{d.year}",
        "yyyy/mm/dd": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "yyyy mm dd": f"{d.year} {d.month:02d} {d.day:02d}",
        "fr long": (f"{d.day}er" if d.day == 1 else str(d.day)) + f" {MONTHS_FR[d.month - 1]} {d.year}",
        "fr le": "le " + (f"{d.day}er" if d.day == 1 else str(d.day)) + f" {MONTHS_FR[d.month - 1]} {d.year}",
        "fr MON": f"{d.day} {MON_FR[d.month - 1]} {d.year}",
    }[note]


def _m(x, decimals=2):
    s = f"{x / 1_000_000:.{decimals}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def fmt_money(a, note):
    if note == "full":
        return f"${a:,}"
    if note == "cents":
        return f"${a:,}.00"
    if note == "M":
        return f"${_m(a, 3)}M" if a >= 1_000_000 else f"${a // 1000:,}K"
    if note == "K":
        return f"${a // 1000:,}K"
    if note == "million":
        return f"${_m(a, 3)} million" if a >= 1_000_000 else f"${a:,}"
    sp = f"{a:,}".replace(",", " ")
    if note == "fr full":
        return f"{sp} $"
    if note == "fr cents":
        return f"{sp},00 $"
    if note == "fr M":
        return f"{_m(a, 3).replace('.', ',')} M$" if a >= 1_000_000 else f"{a // 1000} k$"
    if note == "fr k":
        return f"{(a // 1000):,} k$".replace(",", " ")
    if note == "fr millions":
        return (f"{_m(a, 3).replace('.', ',')} millions de dollars" if a >= 2_000_000 else f"{sp} $")
    raise ValueError(note)


def fmt_fte(n, note):
    if n == 1:
        return {"PYs": "1 PY", "person-years": "1 person-year", "FTEs": "1 FTE",
                "années-personnes": "1 année-personne"}.get(note) or fmt_fte(2, note).replace("2", "1", 1)
    return {"PYs": f"{n} PYs", "person-years": f"{n} person-years", "P-Y": f"{n} P-Y", "staff": f"staff of {n}",
            "FTEs": f"{n} FTEs", "a.-p.": f"{n} a.-p.", "années-personnes": f"{n} années-personnes",
            "ETP": f"{n} ETP", "effectif": f"effectif de {n}"}[note]


# ---- positions ----------------------------------------------------------------------------------------------
BRANCH = {"fin": ("Corporate Services", "Services ministériels"), "pers": ("Corporate Services", "Services ministériels"),
          "sys": ("Corporate Services", "Services ministériels"), "real": ("Corporate Services", "Services ministériels"),
          "mat": ("Corporate Services", "Services ministériels"), "comm": ("Public Affairs", "Affaires publiques"),
          "audit": ("Audit and Review", "Vérification et Examen"), "pol": ("Policy", "Politiques"),
          "legal": ("Policy", "Politiques"), "ops": ("Operations", "Opérations"), "prog": ("Programs", "Programmes"),
          "enf": ("Operations", "Opérations"), "reg": ("Operations", "Opérations"), "sci": ("Science", "Sciences")}


def number(rng, fmt):
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in fmt)


def person(rng, fr):
    return f"{rng.choice(T.FIRST_FR if fr else T.FIRST_EN)} {rng.choice(T.LAST_FR if fr else T.LAST_EN)}"


def make_position(rng, *, dept, area, level, year, regional=None, posfmt="#####", jobfmt=None, fr=False):
    d = T.DEPARTMENTS[dept]
    a = next(x for x in T.AREAS if x[0] == area)
    br_en, br_fr = BRANCH[area]
    region = T.REGIONS[regional] if regional is not None else None
    unit_en, unit_fr = a[1], a[2]
    if area == "reg" and region:
        title_en = {1: f"Director, {region[0]} District", 2: f"Regional Director, {region[0]}",
                    3: f"Regional Director General, {region[0]}"}[level]
        title_fr = {1: f"Directeur, District de {region[0]}", 2: f"Directeur régional, {region[0]}",
                    3: f"Directeur général régional, {region[0]}"}[level]
    else:
        suffix_en = f", {region[0]} Region" if region else ""
        suffix_fr = f", Région de {region[0]}" if region else ""
        title_en = {1: f"Director, {unit_en}", 2: f"Executive Director, {unit_en}", 3: f"Director General, {unit_en}",
                    4: f"Assistant Deputy Minister, {unit_en}"}[level] + suffix_en
        title_fr = {1: f"Directeur, {unit_fr}", 2: f"Directeur exécutif, {unit_fr}", 3: f"Directeur général, {unit_fr}",
                    4: f"Sous-ministre adjoint, {unit_fr}"}[level] + suffix_fr
    if level == 4:
        sup = (None, "Deputy Minister", "Sous-ministre", None)
    else:
        slevel = min(level + rng.choice([1, 1, 2]), 4) if level < 3 else 4
        if region and area != "reg" and level < 3:
            sup_en, sup_fr = f"Regional Director General, {region[0]}", f"Directeur général régional, {region[0]}"
            slevel = 3
        elif slevel == 4:
            sup_en, sup_fr = f"Assistant Deputy Minister, {br_en}", f"Sous-ministre adjoint, {br_fr}"
        elif slevel == 3:
            sup_en, sup_fr = f"Director General, {br_en}", f"Directeur général, {br_fr}"
        else:
            sup_en, sup_fr = f"Executive Director, {br_en}", f"Directeur exécutif, {br_fr}"
        sup = (number(rng, posfmt), sup_en, sup_fr, f"EX-{slevel:02d}")
    pool = [r for r in T.REPORTS[area] if not (r[2].startswith("EX") and level <= 1)]
    k = rng.randint(3, min(5, len(pool)))
    picks = rng.sample(pool, k)
    pys = rng.randint(18, 60) * (1 + (level >= 3)) + (level - 1) * 10
    reports = []
    remaining = pys - 1
    for i, (ten, tfr, grp) in enumerate(picks):
        if grp == "SM" and year > 1991:
            grp = "AS-07"
        share = max(1, remaining // (k - i + 1) + rng.randint(-3, 3))
        remaining -= share
        reports.append({"title_en": ten, "title_fr": tfr, "cls": grp if grp.startswith("EX") is False else "EX-01",
                        "fte": share})
    if year <= 1991 and rng.random() < 0.6:   # a unit head still in the old Senior Management group
        heads = [r for r in reports if r["cls"] != "SM" and not r["cls"].startswith("EX")
                 and r["title_en"].startswith(("Director", "Chief", "Manager"))]
        if heads:
            heads[0]["cls"] = "SM"
    if rng.random() < 0.5:
        reports.append({"title_en": T.SECRETARY[0], "title_fr": T.SECRETARY[1], "cls": T.SECRETARY[2], "fte": 1})
    per_py = 30000 + (year - 1986) * 1900
    salary = round(pys * per_py, -4)
    om = round(salary * rng.uniform(0.15, 0.9), -4)
    month = rng.choice([1, 4, 4, 4, 6, 9, 10, 11])
    day = rng.choice([1, 1, 1, 15, 20, 3, 28]) if month != 4 else rng.choice([1, 1, 18])
    if region:
        city, prov_en, prov_fr, prov_ab = region
    else:
        city, prov_en, prov_fr, prov_ab = d[3], d[4], d[5], d[6]
    if city in ("Hull", "Gatineau") and year >= 2002:
        city = "Gatineau"
    if city == "Gatineau" and year < 2002:
        city = "Hull"
    return {
        "dept": d, "area": a, "level": level, "year": year, "title_en": title_en, "title_fr": title_fr,
        "cls": f"EX-{level:02d}", "pos": number(rng, posfmt), "job": number(rng, jobfmt) if jobfmt else None,
        "date": dt.date(year, month, day), "sup": sup, "reports": reports, "pys": pys, "salary": int(salary),
        "om": int(om), "total": int(salary + om), "city": city, "prov_en": prov_en, "prov_fr": prov_fr,
        "prov_ab": prov_ab, "branch_en": br_en, "branch_fr": br_fr,
        "incumbent": person(rng, fr), "signer": person(rng, fr or rng.random() < 0.3),
        "supname": person(rng, fr or rng.random() < 0.3), "program_budget": None, "operating_budget": None,
    }


# ---- labels and headings ------------------------------------------------------------------------------------
LABELS = {
    "E1": dict(title="POSITION TITLE", cls="GROUP AND LEVEL", pos="POSITION NUMBER", job="JOB CODE",
               date="EFFECTIVE DATE", snum="SUPERVISOR'S POSITION NUMBER", stitle="SUPERVISOR'S POSITION TITLE",
               scls="SUPERVISOR'S GROUP AND LEVEL", loc="LOCATION", dept="DEPARTMENT", branch="BRANCH",
               inc="INCUMBENT"),
    "E2": dict(title="TITLE", cls="CLASSIFICATION", pos="POS. NO.", job="GENERIC NO.", date="DATE",
               snum="REPORTS TO (POS. NO.)", stitle="REPORTS TO (TITLE)", scls="REPORTS TO (LEVEL)",
               loc="GEOGRAPHIC LOCATION", dept="DEPARTMENT", branch="BRANCH/SECTOR", inc="INCUMBENT"),
    "E3": dict(title="Official Position Title", cls="Group/Level", pos="Position No.", job="Job Code No.",
               date="Effective Date", snum="Supervisor Position No.", stitle="Supervisor Title",
               scls="Supervisor Group/Level", loc="Location", dept="Department", branch="Branch", inc="Incumbent"),
    "E4": dict(title="POSITION", cls="LEVEL", pos="POSITION #", job="STANDARD JOB DESCRIPTION NO.",
               date="DATE OF DESCRIPTION", snum="IMMEDIATE SUPERIOR'S POS. #", stitle="IMMEDIATE SUPERIOR",
               scls="IMMEDIATE SUPERIOR'S LEVEL", loc="WORK LOCATION", dept="DEPT.", branch="BRANCH",
               inc="NAME OF INCUMBENT"),
    "F1": dict(title="TITRE DU POSTE", cls="GROUPE ET NIVEAU", pos="NUMÉRO DU POSTE", job="CODE DE L'EMPLOI",
               date="DATE D'ENTRÉE EN VIGUEUR", snum="NUMÉRO DU POSTE DU SUPERVISEUR",
               stitle="TITRE DU POSTE DU SUPERVISEUR", scls="GROUPE ET NIVEAU DU SUPERVISEUR", loc="LIEU DE TRAVAIL",
               dept="MINISTÈRE", branch="DIRECTION GÉNÉRALE", inc="TITULAIRE"),
    "F2": dict(title="Titre", cls="Classification", pos="No du poste", job="No de la description type",
               date="En vigueur le", snum="Relève de (no du poste)", stitle="Relève de (titre)",
               scls="Relève de (niveau)", loc="Endroit", dept="Ministère", branch="Secteur", inc="Titulaire"),
    "F3": dict(title="TITRE OFFICIEL", cls="GROUPE/NIVEAU", pos="NO DE POSTE", job="NO D'EMPLOI GÉNÉRIQUE",
               date="DATE DE PRISE D'EFFET", snum="NO DU POSTE DU SUPÉRIEUR IMMÉDIAT", stitle="SUPÉRIEUR IMMÉDIAT",
               scls="NIVEAU DU SUPÉRIEUR IMMÉDIAT", loc="LIEU", dept="MINISTÈRE", branch="DIRECTION",
               inc="NOM DU TITULAIRE"),
}
LABELS["B1"] = {k: f"{LABELS['E1'][k]} / {LABELS['F1'][k]}" for k in LABELS["E1"]}
LABELS["B2"] = {k: f"{LABELS['E3'][k]} / {LABELS['F2'][k]}" for k in LABELS["E3"]}

HEADINGS = {
    "en": dict(ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE", ns="NATURE AND SCOPE",
               sa="SPECIFIC ACCOUNTABILITIES", dim="DIMENSIONS", cert="CERTIFICATION"),
    "en2": dict(ga="GENERAL ACCOUNTABILITY", org="ORGANIZATIONAL STRUCTURE", ns="NATURE & SCOPE",
                sa="PRINCIPAL ACCOUNTABILITIES", dim="DIMENSIONS", cert="SIGNATURES"),
    "fr": dict(ga="RESPONSABILITÉ GÉNÉRALE", org="STRUCTURE ORGANISATIONNELLE", ns="NATURE ET ÉTENDUE",
               sa="RESPONSABILITÉS PARTICULIÈRES", dim="DIMENSIONS", cert="ATTESTATION"),
    "fr2": dict(ga="RESPONSABILITÉS GÉNÉRALES", org="ORGANISATION", ns="NATURE ET PORTÉE",
                sa="RESPONSABILITÉS SPÉCIFIQUES", dim="DONNÉES QUANTITATIVES", cert="SIGNATURES"),
}
HEADINGS["bi"] = {k: f"{HEADINGS['en'][k]} / {HEADINGS['fr'][k]}" for k in HEADINGS["en"]}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]


def heading(text, style, i):
    if style == "num":
        return [f"{i + 1}. {text}"]
    if style == "roman":
        return [f"{ROMAN[i]}. {text}"]
    if style == "letter":
        return [f"{'ABCDEFG'[i]}) {text}"]
    if style == "colon":
        return [f"{text}:"]
    if style == "under":
        return [text, "-" * len(text)]
    if style == "title":
        return [" ".join(w.capitalize() if w not in ("AND", "ET", "&", "/") else w.lower() for w in text.split())]
    return [text]


# ---- the logical document -----------------------------------------------------------------------------------
def sup_sentence(p, o, lang):
    snum, sen, sfr, scls = p["sup"]
    cls = fmt_class(scls, inline_note(o)) if scls else None
    parts = []
    if lang in ("en", "bi"):
        s = f"The {V(p['title_en'])} reports to the {V(sen)}"
        if cls and o["sup_mode"] != "sentence-nocls":
            s += f" ({V(cls)})"
        if snum and o["sup_mode"] == "sentence-num":
            s += f", position no. {V(snum)}"
        parts.append(s + f", and is one of {o['peers']} senior managers reporting to that position.")
    if lang in ("fr", "bi"):
        s = f"Le {V(p['title_fr'])} relève du {V(sfr)}"
        if cls and o["sup_mode"] != "sentence-nocls":
            s += f" ({V(cls)})"
        if snum and o["sup_mode"] == "sentence-num":
            s += f", poste no {V(snum)}"
        peers = {"four": "quatre", "five": "cinq", "six": "six", "seven": "sept"}.get(o["peers"], o["peers"])
        parts.append(s + f". Le poste est l'un des {peers} postes de gestion qui relèvent de ce poste.")
    return parts


def inline_note(o):
    """Inside brackets or a list, a level is not bracketed again."""
    return "EX-02" if o["clsnote"] == "(EX-02)" else o["clsnote"]


def report_items(p, o, lang):
    fr = lang == "fr"
    out = []
    for r in p["reports"]:
        t = r["title_fr"] if fr else r["title_en"]
        c = fmt_class(r["cls"], inline_note(o)) if r.get("show_cls", True) else None
        f = fmt_fte(r["fte"], o["ftenote"]) if r.get("show_fte", True) else None
        out.append((t, c, f, r))
    return out


def render_reports(p, o, lang):
    """Lines for the direct reports, in the document's form."""
    items = report_items(p, o, lang)
    form = o["reports_fmt"]
    lines = []
    if form == "prose":
        bits = []
        for t, c, f, _ in items:
            inner = ", ".join(V(x) for x in (c, f) if x)
            bits.append(f"{V(t)}" + (f" ({inner})" if inner else ""))
        if lang == "fr":
            lines.append("Relèvent du titulaire : le " + ", le ".join(bits[:-1]) + " et le " + bits[-1] + ".")
        else:
            lines.append("Reporting to the incumbent are the " + ", the ".join(bits[:-1]) + " and the " + bits[-1] + ".")
        return lines, True
    if lang == "fr":
        lines.append("Les postes suivants relèvent du titulaire :")
    elif lang == "bi":
        lines.append("Positions reporting to the incumbent / Postes relevant du titulaire :")
    else:
        lines.append(o.get("reports_intro", "The following positions report directly to the incumbent:"))
    if form == "table":
        h = ("TITRE", "GROUPE/NIVEAU", "A.-P.") if lang == "fr" else ("TITLE", "GROUP/LEVEL", "PYs" if o["ftenote"].lower().startswith(("p", "staff")) else "FTEs")
        lines.append(f"{h[0]:<52}{h[1]:<16}{h[2]}")
        for t, c, f, r in items:
            num = str(r["fte"]) if f else ""
            lines.append(f"{V(t):<54}{V(c or ''):<18}{V(num)}".rstrip())
        return lines, False
    for i, (t, c, f, _) in enumerate(items):
        if form == "dash":
            s = f"- {V(t)}" + (f" ({V(c)})" if c else "") + (f" - {V(f)}" if f else "")
        elif form == "cls-first":
            s = (f"{V(c)}   " if c else "        ") + V(t) + (f"   ({V(f)})" if f else "")
        elif form == "numbered":
            s = f"{i + 1}. {V(t)}" + (f", {V(c)}" if c else "") + (f", {V(f)}" if f else "")
        else:  # "colon"
            s = f"* {V(t)}: " + ", ".join(V(x) for x in (c, f) if x)
        lines.append(s)
    return lines, False


def render_dims(p, o, lang):
    form, mn = o["dims_fmt"], o["money"]
    M = lambda a: V(fmt_money(a, mn))  # noqa: E731
    fr = lang == "fr"
    pylab = {"PYs": "PYs", "person-years": "Person-years", "P-Y": "P-Y", "staff": "Staff", "FTEs": "FTEs",
             "a.-p.": "Années-personnes", "années-personnes": "Années-personnes", "ETP": "ETP",
             "effectif": "Effectif"}[o["ftenote"]]
    if lang == "bi":
        pylab = "Person-years / Années-personnes"
    sal = {"en": "Salaries", "fr": "Traitements et salaires", "bi": "Salaries / Salaires"}[lang]
    oml = {"en": "O&M", "fr": "F et E", "bi": "O&M / F et E"}[lang]
    tot = {"en": "Total", "fr": "Total", "bi": "Total"}[lang]
    sep = " : " if fr else ": "
    if form == "lines":
        return [f"{pylab}{sep}{V(p['pys'])}", f"{sal}{sep}{M(p['salary'])}", f"{oml}{sep}{M(p['om'])}",
                f"{tot}{sep}{M(p['total'])}"]
    if form == "oneline":
        return [f"{pylab} {V(p['pys'])}    {sal} {M(p['salary'])}    {oml} {M(p['om'])}    {tot} {M(p['total'])}"]
    if form == "dots":
        return [f"{lab} {'.' * (30 - len(lab))} {val}" for lab, val in
                ((pylab, V(p['pys'])), (sal, M(p['salary'])), (oml, M(p['om'])), (tot, M(p['total'])))]
    if form == "prose":
        if fr:
            return [f"La direction compte {V(p['pys'])} années-personnes et dispose d'un budget de {M(p['total'])}, "
                    f"soit {M(p['salary'])} en traitements et {M(p['om'])} en fonctionnement et entretien."]
        return [f"The directorate has {V(p['pys'])} person-years and a budget of {M(p['total'])}, of which "
                f"{M(p['salary'])} is for salaries and {M(p['om'])} for operating and maintenance."]
    if form == "table000":
        k = lambda a: V(f"{a // 1000:,}".replace(",", " " if fr else ","))  # noqa: E731
        head = "RESSOURCES (en milliers de dollars)" if fr else "RESOURCES ($000)"
        return [head, f"{sal:<28}{k(p['salary']):>12}", f"{oml:<28}{k(p['om']):>12}",
                f"{tot:<28}{k(p['total']):>12}", f"{pylab:<28}{V(p['pys']):>12}"]
    if form == "opbudget":
        ob = "Budget de fonctionnement" if fr else "Operating budget"
        pb = "Subventions et contributions" if fr else "Grants and contributions"
        out = [f"{pylab}{sep}{V(p['pys'])}", f"{ob}{sep}{M(p['operating_budget'])}"]
        if p["program_budget"]:
            out.append(f"{pb}{sep}{M(p['program_budget'])}")
        return out
    if form == "total-only":
        tb = "Budget total" if fr else "Total budget"
        return [f"{pylab}{sep}{V(p['pys'])}", f"{tb}{sep}{M(p['total'])}"]
    raise ValueError(form)


def header_pairs(p, o, lang):
    L = LABELS[o["labels"]]
    cls = fmt_class(p["cls"], o["clsnote"])
    title = p["title_fr"] if lang == "fr" else p["title_en"]
    pairs = []
    if lang == "bi" and o.get("bi_titles") == "two":
        pairs.append(("POSITION TITLE", V(p["title_en"])))
        pairs.append(("TITRE DU POSTE", V(p["title_fr"])))
    elif lang == "bi":
        pairs.append((L["title"], V(p["title_en"]) + " / " + V(p["title_fr"])))
    else:
        pairs.append((L["title"], V(title)))
    pairs.append((L["cls"], V(cls)))
    posval = p["pos"] if p["pos"] else o.get("pos_text", "NEW")
    pairs.append((L["pos"], V(posval)))
    if "job" in o["stated"]:
        pairs.append((L["job"], V(p["job"])))
    if "date" in o["stated"]:
        pairs.append((L["date"], V(fmt_date(p["date"], o["datenote"]))))
    if "dept" in o["stated"]:
        pairs.append((L["dept"], p["dept"][1] if lang == "fr" else p["dept"][0]))
    if "branch" in o["stated"]:
        pairs.append((L["branch"], p["branch_fr"] if lang == "fr" else p["branch_en"]))
    if o["sup_mode"] in ("fields", "fields-nonum"):
        snum, sen, sfr, scls = p["sup"]
        if o["sup_mode"] == "fields":
            pairs.append((L["snum"], V(snum)))
        pairs.append((L["stitle"], V(sfr if lang == "fr" else sen)))
        if scls:
            pairs.append((L["scls"], V(fmt_class(scls, o["clsnote"]))))
    if "loc" in o["stated"]:
        pairs.append((L["loc"], V(loc_text(p, o, lang))))
    if "inc" in o["stated"]:
        pairs.append((L["inc"], N(p["incumbent"])))
    if o.get("header_order") == "mixed":
        pairs = pairs[:1] + pairs[3:] + pairs[1:3]
    return pairs


def loc_text(p, o, lang):
    note = o.get("locnote", "plain")
    if lang == "fr":
        return f"{p['city']} ({p['prov_fr']})"
    if note == "abbr":
        return f"{p['city'].upper()}, {p['prov_ab']}"
    if note == "paren":
        return f"{p['city']} ({p['prov_en']})"
    return f"{p['city']}, {p['prov_en']}"


def render_header(pairs, layout, fr):
    sep = " : " if fr else ": "
    out = []
    if layout == "colon":
        out = [f"{k}{sep}{v}" for k, v in pairs]
    elif layout == "nextline":
        for k, v in pairs:
            out += [f"{k}:", f"     {v}"]
    elif layout == "dots":
        out = [f"{k} {'.' * max(3, 38 - len(k))} {v}" for k, v in pairs]
    elif layout == "tabs":
        out = [f"{k}:\t{v}" if len(k) > 15 else f"{k}:\t\t{v}" for k, v in pairs]
    elif layout in ("boxes", "boxes3"):
        n = 3 if layout == "boxes3" else 2
        w = 34 if n == 3 else 44
        for i in range(0, len(pairs), n):
            row = pairs[i:i + n]
            def cell(x):
                vis = len(clean(x))
                return x + " " * max(2, w - vis)
            out.append("".join(cell(k) for k, _ in row).rstrip())
            out.append("".join(cell(v) for _, v in row).rstrip())
            out.append("")
    return out


def prose_words(p, lang):
    return p["area"][4] if lang == "fr" else p["area"][3]


def _fr(s):
    return s.replace(" de les ", " des ").replace(" de le ", " du ")


def fill(s, p, lang):
    if lang == "fr":
        return _fr(s.format(sup=p["sup"][2].split(",")[0].lower() if p["sup"][2] else "sous-ministre",
                        title=p["title_fr"], words=prose_words(p, "fr"), dept=p["dept"][1], unit=p["area"][2]))
    return s.format(sup=p["sup"][1].split(",")[0] if p["sup"][1] else "Deputy Minister", title=p["title_en"],
                    words=prose_words(p, "en"), dept=p["dept"][0], unit=p["area"][1] + " Directorate")


def build(p, o, rng):
    """The document as blocks: ('h', text) heading, ('p', text) paragraph, ('l', lines) lines kept as they are,
    ('kv', pairs) header fields, ('items', list) numbered accountabilities."""
    lang = o["lang"]
    langs = ["en", "fr"] if lang == "bi" else [lang]
    hd = HEADINGS[o.get("headings", "bi" if lang == "bi" else lang)]
    blocks = [("title", o["form_title"])]
    blocks.append(("kv", header_pairs(p, o, lang)))
    sections = {}
    ga = []
    for lg in langs:
        ga.append(("p", fill(T.GA_EN[o["ga"]] if lg == "en" else T.GA_FR[o["ga"]], p, lg)))
    sections["ga"] = ga
    org = []
    if o["sup_mode"].startswith("sentence"):
        for s in sup_sentence(p, o, lang):
            org.append(("p", s))
    rl, is_prose = render_reports(p, o, lang if lang != "bi" else "en")
    org.append(("p", rl[0]) if is_prose else ("reports", rl))
    sections["org"] = org
    ns = []
    picks = o["ns"]
    for lg in langs:
        bank = T.NS_EN if lg == "en" else T.NS_FR
        for i in sorted({i % len(bank) for i in picks}):
            ns.append(("p", fill(bank[i], p, lg)))
    sections["ns"] = ns
    sa = []
    for lg in langs:
        bank = T.SA_EN if lg == "en" else T.SA_FR
        sa.append(("items", [fill(bank[i % len(bank)], p, lg) for i in o["sa"]]))
    sections["sa"] = sa
    sections["dim"] = [("l", render_dims(p, o, lang))]
    for i, key in enumerate(o["order"]):
        blocks.append(("h", heading(hd[key], o["hstyle"], i)))
        blocks += sections[key]
    if o.get("cert", True):
        blocks.append(("h", heading(hd["cert"], o["hstyle"], len(o["order"]))))
        blocks.append(("sig", signature(p, o, lang)))
    return blocks


def signature(p, o, lang):
    fr = lang == "fr"
    date = fmt_date(p["date"], o["datenote"]) if "date" in o["stated"] and o.get("sigdate") else "________"
    lines = []
    if fr:
        lines.append("La présente description expose de façon exacte les fonctions du poste.")
    else:
        lines.append("The foregoing is an accurate description of the duties of the position.")
    if "inc" in o["stated"] or o.get("sig_inc"):
        lines += ["", f"{N(p['incumbent'])}" + "  " * 8 + ("Date : " if fr else "Date: ") + date,
                  "Titulaire" if fr else "Incumbent"]
    lines += ["", f"{N(p['supname'])}" + "  " * 8 + ("Date : " if fr else "Date: ") + date,
              (p["sup"][2] if fr else p["sup"][1])]
    if o.get("approver", True):
        lines += ["", ("Approuvé par : " if fr else "Approved by: ") + N(p["signer"]),
                  "Sous-ministre adjoint" if fr else ("Director General, Personnel" if p["level"] < 3 else "Deputy Minister")]
    return lines


# ---- rendering: plain text ----------------------------------------------------------------------------------
def protect_spaces(s):
    out, depth = [], 0
    for ch in s:
        if ch in (VAL_O, NAME_O):
            depth += 1
        elif ch in (VAL_C, NAME_C):
            depth -= 1
        out.append(NBSP if (ch == " " and depth) else ch)
    return "".join(out)


def wrap(text, width, hyph, rng):
    words = protect_spaces(text).split(" ")
    lines, cur = [], ""
    for w in words:
        vis = len(clean(cur)) + 1 + len(clean(w)) if cur else len(clean(w))
        if vis <= width:
            cur = f"{cur} {w}" if cur else w
            continue
        plain = w.isalpha() and w.islower()
        room = width - len(clean(cur)) - 2
        if hyph and plain and len(w) >= 8 and room >= 4 and rng.random() < hyph:
            top = min(room, len(w) - 3)
            cuts = [c for c in range(3, top + 1) if w[c - 1] in "aeiouy" and w[c] not in "aeiouy"]
            cut = cuts[-1] if cuts else max(3, top)
            lines.append(f"{cur} {w[:cut]}-")
            cur = w[cut:]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def to_lines(blocks, o, rng, width=76):
    out = []
    hyph = o.get("hyph", 0)
    for kind, val in blocks:
        if kind == "title":
            out += [val, ""] if val else []
        elif kind == "kv":
            out += render_header(val, o["hlayout"], o["lang"] == "fr") + [""]
        elif kind == "h":
            out += [""] + val + [""] if o["hstyle"] != "tight" else val
        elif kind == "p":
            out += wrap(val, width, hyph, rng) + [""]
        elif kind in ("l", "reports"):
            out += val + [""]
        elif kind == "items":
            for i, it in enumerate(val):
                mark = o.get("itemmark", "num")
                lab = f"{i + 1}." if mark == "num" else (f"({'abcdefghij'[i]})" if mark == "paren" else "-")
                w = wrap(it, width - 5, hyph, rng)
                out.append(f"{lab:<5}{w[0]}")
                out += [f"     {x}" for x in w[1:]]
            out.append("")
        elif kind == "sig":
            out += val + [""]
    # collapse runs of blank lines
    res = []
    for line in out:
        if line == "" and res and res[-1] == "":
            continue
        res.append(line)
    return res


# ---- OCR damage ---------------------------------------------------------------------------------------------
DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}
LETTER = [("m", "rn"), ("rn", "m"), ("e", "c"), ("i", "l"), ("t", "l"), ("cl", "d"), ("h", "b"), ("u", "ii")]


def damage(text, o, rng):
    dig, let, run = o.get("dig", 0), o.get("let", 0), o.get("run", 0)
    out, mode = [], "prose"
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == NAME_O:
            mode = "name"
        elif ch == VAL_O:
            mode = "val"
        elif ch in (NAME_C, VAL_C):
            mode = "prose"
        if mode != "name" and ch in DIGIT and rng.random() < dig:
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if prev.isdigit() or nxt.isdigit() or prev in "$-O" or nxt in ",.":
                out.append("l" if ch == "1" and rng.random() < 0.25 else DIGIT[ch])
                i += 1
                continue
        if mode == "prose" and ch.isalpha() and let and rng.random() < let:
            for a, b in LETTER:
                if text.startswith(a, i):
                    out.append(b)
                    i += len(a)
                    break
            else:
                out.append(ch)
                i += 1
            continue
        if mode == "prose" and ch == " " and run and rng.random() < run:
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def paginate(lines, o, p, per):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    out = []
    for k, pg in enumerate(pages, 1):
        top = o.get("running")
        if top and k > 1:
            out.append(top.format(pos=p["pos"] or "NEW"))
        out += pg
        foot = o.get("footer", "Page {k} of {n}")
        if foot:
            out.append(foot.format(k=k, n=n) + PAGE_END)
        if o.get("formfeed") and k < n:
            out.append("\f")
    return out


def ocr_text(blocks, p, o, rng):
    lines = to_lines(blocks, o, rng, width=o.get("width", 72))
    lines = paginate(lines, o, p, o.get("per", 40))
    if o.get("ocr_mode") == "run":
        joined, cur = [], []
        for line in lines:
            if line == "\f":
                continue
            cur.append(line.strip())
            if line.endswith(PAGE_END):
                joined.append(" ".join(x for x in cur if x))
                cur = []
        if cur:
            joined.append(" ".join(x for x in cur if x))
        body = "\n".join(joined)
        body = damage(body, o, rng)
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + clean(body)
    body = damage("\n".join(lines), o, rng)
    return clean(body) + "\n"


def columns_text(blocks, p, o, rng):
    """The organization structure and dimensions (left) read across the nature and scope (right)."""
    left_keys, right_key = ("org", "dim"), "ns"
    head, left, right, tail = [], [], [], []
    cur = head
    section = None
    for kind, val in blocks:
        if kind == "h":
            title = clean(val[0]).upper()
            key = next((k for k in ("ga", "org", "ns", "sa", "dim", "cert")
                        if any(HEADINGS[h][k] in title for h in HEADINGS)), None)
            section = key
            if key in left_keys:
                cur = left
            elif key == right_key:
                cur = right
            elif left or right:
                cur = tail
            else:
                cur = head
        cur.append((kind, val))
    oo = dict(o, hstyle="tight")
    ll = [x for x in to_lines(left, oo, rng, width=38) if x != ""]
    ll = [x2 for x in ll for x2 in (textwrap.wrap(x, 38) if len(clean(x)) > 40 and NAME_O not in x
                                     and VAL_O not in x else [x])]
    rr = [x for x in to_lines(right, oo, rng, width=44) if x != ""]
    merged = []
    for k in range(max(len(ll), len(rr))):
        a = ll[k] if k < len(ll) else ""
        b = rr[k] if k < len(rr) else ""
        merged.append(f"{a}{' ' * max(2, 42 - len(clean(a)))}{b}" if o.get("pad") else f"{a} {b}".strip())
    lines = to_lines(head, o, rng) + [""] + merged + [""] + to_lines(tail, o, rng)
    lines = paginate(lines, o, p, o.get("per", 44))
    body = "\n".join(lines)
    if o.get("ocr_mode") == "run":
        body = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + " ".join(
            x.strip() for x in body.split("\n") if x.strip())
    return clean(damage(body, o, rng)) + "\n"


# ---- rendering: Word, Markdown ------------------------------------------------------------------------------
def docx_file(blocks, o):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = o.get("font", "Courier New")
    st.font.size = Pt(10)
    for kind, val in blocks:
        if kind == "title":
            if val:
                par = d.add_paragraph()
                par.add_run(val).bold = True
        elif kind == "kv":
            if o.get("docx_kv") == "table":
                t = d.add_table(rows=0, cols=2)
                for k, v in val:
                    row = t.add_row().cells
                    row[0].text, row[1].text = k, clean(v)
            else:
                sep = " : " if o["lang"] == "fr" else ":"
                for k, v in val:
                    par = d.add_paragraph()
                    par.add_run(f"{k}{sep}").bold = True
                    par.add_run(f"\t{clean(v)}")
        elif kind == "h":
            par = d.add_paragraph()
            par.add_run(clean(val[0])).bold = True
        elif kind == "p":
            d.add_paragraph(clean(val))
        elif kind == "l":
            for line in val:
                d.add_paragraph(clean(line))
        elif kind == "reports":
            if o["reports_fmt"] == "table":
                rows = [clean(x) for x in val[1:]]
                head = re.split(r"\s{2,}", rows[0])
                t = d.add_table(rows=1, cols=3)
                for c, h in zip(t.rows[0].cells, head + [""] * 3):
                    c.text = h
                for line in val[2:]:
                    parts = re.split(r"\s{2,}", clean(line).strip())
                    cells = t.add_row().cells
                    for c, x in zip(cells, parts + [""] * 3):
                        c.text = x
            else:
                for line in val:
                    d.add_paragraph(clean(line))
        elif kind == "items":
            for i, it in enumerate(val):
                d.add_paragraph(f"{i + 1}.\t{clean(it)}")
        elif kind == "sig":
            for line in val:
                d.add_paragraph(clean(line))
    cp = d.core_properties
    fixed = dt.datetime(2001, 3, 14, 9, 30, 0)
    cp.created = cp.modified = fixed
    cp.last_modified_by = o.get("author", "")
    cp.author = o.get("author", "")
    cp.title = ""
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


def fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda x: x.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2001, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def markdown(blocks, o):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out += [f"# {val}", ""] if val else []
        elif kind == "kv":
            out += [f"*   **{k}:** {clean(v)}" for k, v in val] + [""]
        elif kind == "h":
            out += [f"## {clean(val[0]).title() if o.get('md_title') else clean(val[0])}", ""]
        elif kind == "p":
            out += [clean(val), ""]
        elif kind == "l":
            out += [f"*   {clean(x)}" for x in val] + [""]
        elif kind == "reports":
            if o["reports_fmt"] == "table":
                rows = [re.split(r"\s{2,}", clean(x).strip()) for x in val[1:]]
                out += [clean(val[0]), "", "| " + " | ".join(rows[0]) + " |", "|---|---|---|"]
                out += ["| " + " | ".join((r + ["", "", ""])[:3]) + " |" for r in rows[1:]]
            else:
                out += [clean(x) for x in val]
            out.append("")
        elif kind == "items":
            out += [f"{i + 1}.  {clean(x)}" for i, x in enumerate(val)] + [""]
        elif kind == "sig":
            out += [clean(x) for x in val] + [""]
    return "\n".join(out)


# ---- the plan -----------------------------------------------------------------------------------------------
# (kind, language, department index, area, level, year, region index or None, position-number format,
#  job-code format or None, file name, options)
PLAN = [
    # OCR'd typed forms
    ("ocr", "en", 0, "pers", 2, 1987, None, "####-####", "EX-####", "{t} - {c} (1987).txt", dict(ocr_mode="lines", dig=0.3)),
    ("ocr", "en", 1, "enf", 3, 1989, None, "######", None, "DG Compliance and Enforcement 89.txt", dict(ocr_mode="run")),
    ("ocr", "en", 2, "mat", 1, 1986, None, "##-####", "EXG-0###", "WD {pos} {t}.txt", dict(ocr_mode="lines", dig=0.6)),
    ("ocr", "en", 3, "sci", 2, 1990, None, "#####", None, "{t} 1990 FINAL.txt", dict(ocr_mode="run", sup_mode="sentence-num")),
    ("ocr", "en", 4, "audit", 1, 1992, None, "####-####", "##-EX-###", "{t}.txt", dict(ocr_mode="lines", hlayout="boxes")),
    ("ocr", "en", 5, "real", 3, 1994, None, "######", "######", "{t} ({c}) 1994.txt", dict(ocr_mode="run", hlayout="boxes3")),
    ("ocr", "en", 6, "pol", 2, 1988, None, "#####", None, "scan0043.txt", dict(ocr_mode="lines", dims_fmt="table000")),
    ("ocr", "en", 7, "reg", 3, 1991, 5, "##-####", "EX-3-0###", "RDG {city} - EX3 - 1991.txt", dict(ocr_mode="run", let=0.05)),
    ("ocr", "en", 8, "prog", 1, 1997, 1, "########", None, "Director Program Delivery Winnipeg (1).txt", dict(ocr_mode="lines")),
    ("ocr", "en", 9, "ops", 3, 1993, None, "#####", "EX-####", "{t} - {pos}.txt", dict(ocr_mode="run", dims_fmt="opbudget", program_budget=48_500_000)),
    ("ocr", "en", 10, "sys", 2, 1990, None, "####-####", None, "{t} - EX2.txt", dict(ocr_mode="lines", hlayout="nextline", hyph=0.7)),
    ("ocr", "en", 12, "ops", 2, 1996, None, "#####", "######", "Exec Dir Institutional Ops 96.txt", dict(ocr_mode="lines", dig=0.85)),
    ("ocr", "en", 13, "sys", 1, 2001, None, "########", "######", "{t} {y}.txt", dict(ocr_mode="run", sup_mode="sentence")),
    ("ocr", "en", 18, "prog", 2, 1999, None, "#####", None, "{t} - signed.txt", dict(ocr_mode="lines", hlayout="dots")),
    ("ocr", "en", 23, "legal", 3, 1987, None, "##-####", None, "{t} (DRAFT) 1987.txt", dict(ocr_mode="run")),
    ("ocr", "fr", 14, "pers", 1, 1995, None, "######", "######", "{tf} - 1995.txt", dict(ocr_mode="lines")),
    ("ocr", "fr", 15, "comm", 2, 1998, None, "#####", None, "description de travail - {tf}.txt", dict(ocr_mode="run", dims_fmt="prose")),
    ("ocr", "bi", 11, "prog", 2, 1989, None, "####-####", "EX-####", "WD-DT {pos}.txt", dict(ocr_mode="lines", hlayout="boxes")),
    ("ocr", "bi", 16, "real", 3, 2000, None, "########", "######", "{t} - {tf}.txt", dict(ocr_mode="run")),
    ("ocr", "bi", 22, "fin", 1, 1988, None, "#####", None, "Directeur Finances SOS 1988 bil.txt", dict(ocr_mode="lines", bi_titles="two")),
    # the two columns read across
    ("ocr-columns", "en", 19, "prog", 2, 1992, None, "######", None, "{t} 1992 (scan).txt", dict(ocr_mode="lines")),
    ("ocr-columns", "en", 20, "ops", 3, 1995, 0, "########", "######", "{t}.txt", dict(ocr_mode="run")),
    ("ocr-columns", "en", 3, "legal", 1, 1987, None, "#####", None, "Director Regulatory Affairs EMR.txt", dict(ocr_mode="lines", pad=True)),
    ("ocr-columns", "fr", 0, "reg", 2, 1990, 8, "####-####", None, "{tf} 1990.txt", dict(ocr_mode="lines", pad=True)),
    # retyped into Word
    ("docx", "en", 21, "sci", 2, 2002, None, "########", "######", "{t} - EX-02 - 2002.docx", dict(docx_kv="table")),
    ("docx", "en", 17, "enf", 1, 2004, 4, "########", "######", "{t} - revised.docx", dict()),
    ("docx", "en", 5, "mat", 2, 1991, None, "#####", None, "{t} (retyped).docx", dict(docx_kv="table", reports_fmt="table")),
    ("docx", "en", 14, "pol", 3, 2006, None, "########", "######", "DG {unit} HRDC FINAL.docx", dict()),
    ("docx", "en", 12, "fin", 1, 1993, 6, "#####", None, "{t}.docx", dict(docx_kv="table")),
    ("docx", "fr", 9, "comm", 1, 2000, None, "#####", "######", "Directeur, Communications (AINC).docx", dict()),
    ("docx", "bi", 6, "sci", 3, 1997, None, "######", "######", "{t} - bilingue.docx", dict(docx_kv="table")),
    # PDFs with a text layer
    ("pdf", "en", 4, "pol", 2, 1995, None, "#####", "######", "{t} - signed.pdf", dict()),
    ("pdf", "en", 8, "real", 1, 1989, None, "####-####", None, "EX WD - {t}.pdf", dict(dig=0.4, let=0.02)),
    ("pdf", "en", 19, "ops", 4, 2003, None, "########", "######", "{t}.pdf", dict(sup_mode="fields-nonum")),
    ("pdf", "fr", 21, "audit", 2, 2005, None, "########", "######", "{tf} (2005).pdf", dict()),
    # saved as text
    ("text", "en", 2, "sys", 3, 1992, None, "#####", "EX-####", "{t}.txt", dict(hlayout="tabs")),
    ("text", "en", 11, "pers", 1, 1998, None, "######", None, "Director Personnel VAC 1998.txt", dict()),
    ("text", "en", 20, "comm", 2, 2007, None, "########", "######", "{t} 2007 v2.txt", dict(hlayout="dots")),
    ("text-cp1252", "en", 7, "sci", 1, 1994, 6, "#####", "######", "{t} (1994).txt", dict()),
    ("text-cp1252", "en", 1, "fin", 3, 2000, None, "########", "######", "DG Finance - EX-03 - 2000.txt", dict()),
    ("text-cp1252", "fr", 17, "reg", 3, 2001, 3, "########", "######", "{tf}.txt", dict()),
    # converted to Markdown
    ("markdown", "en", 15, "pers", 2, 1996, None, "#####", "######", "{t} 1996.md", dict()),
    ("markdown", "bi", 10, "mat", 1, 1993, None, "####-####", None, "{t} - {tf}.md", dict()),
]
# second documents of the same position: (index in PLAN of the first, kind, file name, options, changes)
VERSIONS = [
    (14, "ocr", "{t} - signed 1987.txt", dict(ocr_mode="lines"), dict()),
    (15, "docx", "{tf} - révisée 2003.docx", dict(), dict(year=2003)),
    (24, "pdf", "{t} - EX-02 - 2002.pdf", dict(), dict()),
]

FORM_TITLES = {
    "en": ["EXECUTIVE POSITION DESCRIPTION", "EX GROUP - WORK DESCRIPTION", "POSITION DESCRIPTION - EXECUTIVE GROUP",
           "WORK DESCRIPTION (EX)", "MANAGEMENT CATEGORY - POSITION DESCRIPTION"],
    "fr": ["DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION", "DESCRIPTION DE TRAVAIL (EX)",
           "CATÉGORIE DE LA GESTION - DESCRIPTION DE POSTE"],
    "bi": ["EXECUTIVE POSITION DESCRIPTION / DESCRIPTION DE POSTE DE CADRE",
           "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL - EX"],
}


def options(rng, kind, lang, p, over):
    old = p["year"] < 1997
    o = {"lang": lang}
    o["labels"] = rng.choice({"en": ["E1", "E2", "E3", "E4"], "fr": ["F1", "F2", "F3"], "bi": ["B1", "B2"]}[lang])
    o["hlayout"] = rng.choice(["colon", "colon", "nextline", "dots", "tabs", "boxes", "boxes3"])
    o["hstyle"] = rng.choice(["caps", "num", "roman", "letter", "colon", "under", "title"])
    o["headings"] = {"en": rng.choice(["en", "en", "en2"]), "fr": rng.choice(["fr", "fr2"]), "bi": "bi"}[lang]
    o["order"] = rng.choice([["ga", "org", "ns", "sa", "dim"], ["ga", "dim", "org", "ns", "sa"],
                             ["ga", "org", "dim", "ns", "sa"], ["ga", "ns", "org", "sa", "dim"],
                             ["ga", "org", "ns", "dim", "sa"]])
    o["clsnote"] = rng.choice(["EX 2", "EX-2", "EX2", "EX-02", "EX 02"] if old else ["EX-02", "EX-02", "EX 02", "(EX-02)", "EX-2"])
    if lang == "fr":
        o["datenote"] = rng.choice(["fr long", "fr le", "fr MON", "yy-mm-dd", "iso", "yyyy mm dd"])
        o["money"] = rng.choice(["fr full", "fr M", "fr cents", "fr k", "fr millions"])
        o["ftenote"] = rng.choice(["a.-p.", "années-personnes", "effectif"] if old else ["ETP", "effectif", "ETP"])
    else:
        o["datenote"] = rng.choice(["yy-mm-dd", "d Month yyyy", "MON dd yyyy", "Month d, yyyy", "iso", "dd-MON-yyyy",
                                    "yyyy/mm/dd"] if old else ["d Month yyyy", "Month d, yyyy", "iso", "yyyy-mm-dd"
                                                              if False else "iso", "dd-MON-yyyy", "MON dd yyyy"])
        if lang == "bi":
            o["money"] = rng.choice(["full", "fr full", "M"])
        else:
            o["money"] = rng.choice(["full", "full", "M", "K", "million", "cents"])
        o["ftenote"] = rng.choice(["PYs", "person-years", "P-Y", "staff"] if old else ["FTEs", "FTEs", "staff"])
    o["reports_fmt"] = rng.choice(["dash", "cls-first", "numbered", "table", "prose", "colon"])
    o["dims_fmt"] = rng.choice(["lines", "lines", "oneline", "dots", "prose", "table000", "total-only"])
    o["sup_mode"] = rng.choice(["fields", "fields", "fields", "fields-nonum", "sentence", "sentence-num", "sentence-nocls"])
    stated = {"date", "loc"}
    if p["job"]:
        stated.add("job")
    for k, pr in (("dept", 0.6), ("branch", 0.4), ("inc", 0.4)):
        if rng.random() < pr:
            stated.add(k)
    if rng.random() < 0.12:
        stated.discard("date")
    if rng.random() < 0.15:
        stated.discard("loc")
    o["stated"] = stated
    o["ga"] = rng.randrange(3)
    o["ns"] = sorted(rng.sample(range(5), rng.randint(2, 3)))
    o["sa"] = sorted(rng.sample(range(7 if lang != "en" else 8), rng.randint(5, 7)))
    o["form_title"] = rng.choice(FORM_TITLES[lang] + [""])
    o["peers"] = rng.choice(["four", "five", "six", "seven"]) if lang != "fr" else rng.choice(["quatre", "cinq", "six"])
    o["locnote"] = rng.choice(["plain", "abbr", "paren"])
    o["itemmark"] = rng.choice(["num", "num", "paren", "dash"])
    o["approver"] = rng.random() < 0.7
    o["sigdate"] = rng.random() < 0.5
    o["omit"] = rng.random() < 0.3
    if kind in ("ocr", "ocr-columns"):
        o["dig"] = rng.choice([0.1, 0.2, 0.3, 0.45])
        o["let"] = rng.choice([0.0, 0.01, 0.02, 0.03])
        o["run"] = rng.choice([0.0, 0.01, 0.02])
        o["hyph"] = rng.choice([0.3, 0.5, 0.8])
        o["width"] = rng.choice([64, 70, 76])
        o["per"] = rng.choice([34, 40, 46])
        dshort = p["dept"][0].upper() if lang != "fr" else p["dept"][1].upper()
        o["running"] = rng.choice([f"{dshort} - EX", "Pos. No. {pos}", "TBS/SCT 330-60 (REV. 86/04)", None])
        o["footer"] = rng.choice(["Page {k} of {n}", "- {k} -", "{k}"] if lang != "fr" else ["Page {k} de {n}", "- {k} -"])
        o["formfeed"] = rng.random() < 0.3
        o["hstyle"] = rng.choice(["caps", "num", "roman", "letter", "colon", "under"])
    elif kind == "pdf":
        o["footer"] = rng.choice(["Page {k} of {n}", "- {k} -"] if lang != "fr" else ["Page {k} de {n}"])
        o["running"] = None
        o["hyph"] = 0
    else:
        o["hyph"] = 0
    if p["level"] == 4 or p["sup"][3] is None:
        o["sup_mode"] = over.get("sup_mode", rng.choice(["fields-nonum", "sentence-nocls"]))
    o.update(over)
    return o


def expected(name, kind, p, o, outcome="import"):
    lang = o["lang"]
    fr = lang == "fr"
    snum, sen, sfr, scls = p["sup"]
    sup = {"position_number": snum if o["sup_mode"] in ("fields", "sentence-num") else None,
           "title": sfr if fr else sen,
           "classification": None if (o["sup_mode"] == "sentence-nocls" or not scls) else scls}
    reports = [{"title": r["title_fr"] if fr else r["title_en"],
                "classification": r["cls"] if r.get("show_cls", True) else None,
                "fte": r["fte"] if r.get("show_fte", True) else None} for r in p["reports"]]
    money = o["dims_fmt"] in ("lines", "oneline", "dots", "prose", "table000")
    loc = None
    if "loc" in o["stated"]:
        loc = f"{p['city']}, {p['prov_fr'] if fr else p['prov_en']}"
    fields = {
        "title": p["title_fr"] if fr else p["title_en"],
        "classification": p["cls"],
        "job_code": p["job"] if "job" in o["stated"] else None,
        "position_number": p["pos"],
        "effective_date": p["date"] if "date" in o["stated"] else None,
        "supervisor": sup,
        "direct_reports": reports,
        "salary": p["salary"] if money else None,
        "o_and_m": p["om"] if money else None,
        "total": p["total"] if (money or o["dims_fmt"] == "total-only") else None,
        "location": loc,
    }
    not_stated = [k for k in ("title", "classification", "job_code", "position_number", "effective_date")
                  if fields[k] is None]
    not_stated += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if sup[k] is None]
    not_stated += [k for k in ("salary", "o_and_m", "total", "location") if fields[k] is None]
    also = {"fte": p["pys"], "operating_budget": p["operating_budget"] if o["dims_fmt"] == "opbudget" else None,
            "program_budget": p["program_budget"] if o["dims_fmt"] == "opbudget" else None,
            "provisional_number": None}
    if lang == "bi":
        also["title_fr"] = p["title_fr"]
    people = []
    if "inc" in o["stated"] or o.get("sig_inc"):
        people.append(p["incumbent"])
    if o.get("cert", True):
        if p["supname"] not in people:
            people.append(p["supname"])
        if o.get("approver", True) and p["signer"] not in people:
            people.append(p["signer"])
    return {"document": name, "kind": kind, "language": "bilingual" if lang == "bi" else lang,
            "outcome": outcome, "fields": fields,
            "not_stated": not_stated, "also": also, "people": people, "versions": None}


def render(kind, p, o, rng):
    blocks = build(p, o, rng)
    if kind == "ocr":
        return ocr_text(blocks, p, o, rng).encode("utf-8")
    if kind == "ocr-columns":
        return columns_text(blocks, p, o, rng).encode("utf-8")
    if kind == "docx":
        return docx_file(blocks, o)
    if kind == "markdown":
        return markdown(blocks, o).encode("utf-8")
    lines = to_lines(blocks, o, rng, width=o.get("width", 78))
    if kind == "pdf":
        per = 62
        pages = []
        for k in range(0, len(lines), per):
            chunk = lines[k:k + per]
            foot = o["footer"].format(k=k // per + 1, n=(len(lines) + per - 1) // per)
            text = "\n".join(clean(x) for x in chunk) + "\n\n" + foot
            if o.get("dig") or o.get("let"):
                text = clean(damage("\n".join(chunk), o, rng)) + "\n\n" + foot
            pages.append(text.replace("\t", "    "))
        return pdf_bytes(pages)
    text = clean("\n".join(lines)) + "\n"
    if kind == "text-cp1252":
        return text.replace("'", "\u2019").replace("\n", "\r\n").encode("cp1252")
    return text.encode("utf-8")


def file_name(tpl, p):
    return tpl.format(t=p["title_en"], tf=p["title_fr"], y=p["year"], pos=p["pos"], c=p["cls"],
                      city=p["city"], unit=p["area"][1])


def make_docs(rng):
    docs = []   # (name, kind, bytes, expected)
    made = []
    for i, (kind, lang, dept, area, level, year, region, posfmt, jobfmt, tpl, over) in enumerate(PLAN):
        p = make_position(rng, dept=dept, area=area, level=level, year=year, regional=region, posfmt=posfmt,
                          jobfmt=jobfmt, fr=lang == "fr")
        over = dict(over)
        if "program_budget" in over:
            p["program_budget"] = over.pop("program_budget")
        o = options(rng, kind, lang, p, over)
        if o["dims_fmt"] == "opbudget":
            p["operating_budget"] = p["total"]
        if o["omit"]:
            for r in p["reports"]:
                r["show_fte"] = rng.random() > 0.4
                r["show_cls"] = rng.random() > 0.25
        name = file_name(tpl, p)
        made.append((p, o, name, kind))
        docs.append([name, kind, render(kind, p, o, rng), expected(name, kind, p, o)])
    for first, kind, tpl, over, change in VERSIONS:
        p0, o0, name0, kind0 = made[first]
        p = dict(p0, reports=[dict(r) for r in p0["reports"]])
        o = dict(o0, **over)
        if change.get("year"):
            y = change["year"]
            p["year"] = y
            p["date"] = dt.date(y, 4, 1)
            p["pys"] = p["pys"] - 4
            p["salary"] = int(round(p["pys"] * (30000 + (y - 1986) * 1900), -4))
            p["om"] = int(round(p["om"] * 1.2, -4))
            p["total"] = p["salary"] + p["om"]
            p["reports"][0]["fte"] -= 4 if p["reports"][0]["fte"] > 5 else 0
            o.update(ftenote="ETP", clsnote="EX-02", datenote="fr long", money="fr full", dims_fmt="lines",
                     stated=o["stated"] | {"date"}, hyph=0)
        if kind == "ocr" and kind0 == "ocr":   # the signed copy of the draft: the same text, signed
            o["form_title"] = o0["form_title"]
            o["sig_inc"] = True
            o["stated"] = o["stated"] | {"date"}
        if kind0 == "docx" and kind == "pdf":
            o.update(footer="Page {k} of {n}", running=None, hyph=0)
        name = file_name(tpl, p)
        ex = expected(name, kind, p, o)
        docs.append([name, kind, render(kind, p, o, rng), ex])
        newest = name
        same = kind0 == "docx" and kind == "pdf"
        v = {"documents": [name0, name], "newest": newest, "same_text": same}
        for d in docs:
            if d[0] in (name0, name):
                d[3]["versions"] = v
    return docs


# ---- documents to refuse ------------------------------------------------------------------------------------
def refusals(rng):
    out = []
    memo = """EMPLOYMENT AND IMMIGRATION CANADA                    EMPLOI ET IMMIGRATION CANADA

MEMORANDUM                                            NOTE DE SERVICE

TO / À:          All Directors General, NHQ and Regions
FROM / DE:       Director, Classification and Organization
SUBJECT / OBJET: Rewriting of EX work descriptions - Hay plan review

DATE:            88-09-12
OUR FILE:        3300-EX-1

As announced at the Management Committee meeting of August 30, all EX work descriptions are to be
rewritten in the standard format (General Accountability, Organization Structure, Nature and Scope,
Specific Accountabilities, Dimensions) before the Treasury Board review of the Executive Group.

Please forward the revised descriptions for positions at the EX 1 to EX 3 levels, signed by the
incumbent and the supervisor, to my office by November 30, 1988. Descriptions for former SM positions
converted to the EX group should show the person-years and the salary and O&M dollars of the unit as
of April 1, 1988.

Questions may be directed to Lorraine Kerrigan (994-2231) or to Réjean Bélanger (994-2240).

Original signed by
Douglas Fairbairn
Director, Classification and Organization

c.c.  Assistant Deputy Minister, Personnel
"""
    out.append(["Memo - rewriting EX work descriptions 88-09-12.txt", "text-cp1252",
                memo.replace("'", "\u2019").replace("\n", "\r\n").encode("cp1252"), "en",
                ["Lorraine Kerrigan", "Réjean Bélanger", "Douglas Fairbairn"]])

    import docx
    d = docx.Document()
    for line in [
        "Agence des douanes et du revenu du Canada",
        "Ottawa, le 14 juin 2000",
        "PERSONNEL ET CONFIDENTIEL",
        "Madame Ghislaine Thériault",
        "Objet : Offre de nomination intérimaire - Directrice, Opérations des programmes (EX-01), poste no 00417736",
        "Madame,",
        "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Opérations des "
        "programmes, classifié au niveau EX-01, à compter du 3 juillet 2000 et jusqu'au 31 mars 2001.",
        "Votre rémunération sera fixée conformément au Règlement sur les conditions d'emploi des cadres de "
        "direction. Le poste relève du Directeur général, Programmes (EX-03) et est situé à Ottawa (Ontario).",
        "Veuillez indiquer votre acceptation en signant et en retournant une copie de la présente lettre "
        "d'ici le 23 juin 2000.",
        "Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.",
        "Le sous-commissaire adjoint, Ressources humaines,",
        "Normand Lapointe",
        "J'accepte l'offre ci-dessus : ____________________   Date : ____________",
    ]:
        d.add_paragraph(line)
    cp = d.core_properties
    cp.created = cp.modified = dt.datetime(2001, 3, 14, 9, 30, 0)
    cp.author = cp.last_modified_by = ""
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    out.append(["Lettre d'offre - intérim EX-01 (Thériault).docx", "docx", fix_zip(buf.getvalue()), "fr",
                ["Ghislaine Thériault", "Normand Lapointe"]])

    chart = """--- Structured Job Description ---


--- Full Extracted Text ---
FINANCE AND ADMINISTRATION BRANCH ORGANIZATION CHART APRIL I993 ASSISTANT DEPUTY MINISTER FINANCE AND ADMINISTRATION EX-4 Brenda Ashworth | | DIRECTOR GENERAL FINANCE EX-3 Kenneth Rutledge | DIRECTOR GENERAL ADMINISTRATIVE SERVICES EX-3 Yvon Desrosiers | | Director Financial Policy EX-1 (22 PY) Heather Penney Director Accounting Operations EX-1 (41 PY) Stuart Grierson | Director Materiel Management EX-1 (36 PY) vacant Director Informatics EX-2 (58 PY) Carole Gauthier | Chief Security AS-O6 (9 PY) Wayne Holloway TOTAL BRANCH 171 PY Page I of I
"""
    out.append(["Org chart F&A branch April 1993.txt", "ocr", chart.encode("utf-8"), "en",
                ["Brenda Ashworth", "Kenneth Rutledge", "Yvon Desrosiers",
                 "Heather Penney", "Stuart Grierson", "Carole Gauthier", "Wayne Holloway"]])

    minutes = [
        "HEALTH AND WELFARE CANADA\nEXECUTIVE CLASSIFICATION COMMITTEE\nMINUTES OF THE MEETING OF 12 MARCH 1992\n\n"
        "Present: Maureen Dempster (Chair), Gilles Bergeron, Trevor Wojcik, Francine Lévesque (Secretary)\n\n"
        "1. Director, Laboratory Services (position 04-2217)\n"
        "   The Committee reviewed the work description dated 92-01-15. Know-how F II 3 (528), Problem solving\n"
        "   F 4 (43%) 230, Accountability E 3 P (304). Total 1062 points. Rating confirmed at EX 1.\n\n"
        "2. Executive Director, Drug Safety (position 04-1180)\n"
        "   The Committee asked that the Dimensions be completed (person-years, salary and O&M) and that the\n"
        "   Nature and Scope describe the regulatory environment. Deferred to the April meeting.\n\n"
        "3. Director General, Health Protection Regions (position 04-0031)\n"
        "   Rating of EX 3 confirmed; effective date 92-04-01.\n\n"
        "Next meeting: 9 April 1992.\n\nPage 1 of 1"]
    out.append(["Minutes EX Classification Committee 92-03-12.pdf", "pdf", pdf_bytes(minutes), "en",
                ["Maureen Dempster", "Gilles Bergeron", "Trevor Wojcik", "Francine Lévesque"]])

    out.append(["scan_EX_WD_0047.pdf", "pdf", pdf_bytes(["", "", ""]), "en", []])

    noise_chars = "il1I|.,:;'`~-_ !ac e o nr rn m\\/"
    rr = random.Random(47)
    noise = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
    for _ in range(14):
        noise += "".join(rr.choice(noise_chars) for _ in range(rr.randint(40, 90))) + "\n"
    out.append(["Scan 1994-03 p1-3.txt", "ocr", noise.encode("utf-8"), "en", []])
    return out


def scalar(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, dt.date)):
        return str(v) if not isinstance(v, dt.date) else v.isoformat()
    return "'" + str(v).replace("'", "''") + "'"


def dump(ex):
    """YAML in the layout of the other corpora's ground truth: plain keys, quoted strings."""
    out = []

    def emit(key, v, ind):
        pad = "  " * ind
        if isinstance(v, dict):
            out.append(f"{pad}{key}:")
            for k, x in v.items():
                emit(k, x, ind + 1)
        elif isinstance(v, list) and key in ("not_stated", "documents"):
            out.append(f"{pad}{key}: [" + ", ".join(x if key == "not_stated" else scalar(x) for x in v) + "]")
        elif isinstance(v, list):
            if not v:
                out.append(f"{pad}{key}: []")
                return
            out.append(f"{pad}{key}:")
            for item in v:
                if isinstance(item, dict):
                    first = True
                    for k, x in item.items():
                        out.append(f"{pad}{'- ' if first else '  '}{k}: {scalar(x)}")
                        first = False
                else:
                    out.append(f"{pad}- {scalar(item)}")
        else:
            out.append(f"{pad}{key}: {scalar(v)}")

    for k, v in ex.items():
        emit(k, v, 0)
    return "\n".join(out) + "\n"


def main():
    rng = random.Random(SEED)
    corpus, exp = HERE / "corpus", HERE / "expected"
    for d in (corpus, exp):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    docs = make_docs(rng)
    for name, kind, data, lang, people in refusals(rng):
        docs.append([name, kind, data, {"document": name, "kind": kind, "language": lang, "outcome": "refuse",
                                        "fields": None, "not_stated": [], "also": None, "people": people,
                                        "versions": None}])
    names = [d[0] for d in docs]
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    for name, kind, data, ex in docs:
        assert "/" not in name
        (corpus / name).write_bytes(data)
        (exp / f"{name}.expected.yaml").write_text(dump(ex), encoding="utf-8")
    print(f"{len(docs)} documents")


if __name__ == "__main__":
    main()
