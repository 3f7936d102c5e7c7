#!/usr/bin/env python3
"""blind28: a blind corpus for ``hrkit import`` -- the executive work descriptions of one agency's
records folder (invented positions in the Canadian Food Inspection Agency: headquarters branches,
four operational areas, regional offices and laboratories), scanned and OCR'd over the years or kept
as Word files of four successive templates, and five documents to refuse.

    python bench/import/blind28/make_blind.py      writes corpus/ and expected/ (same bytes every run)

Written without reading the importer, the other corpora or their generators. Positions are in
``positions.py``, prose in ``texts.py``.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import textwrap
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
from positions import BRANCH, EXTRA, FAMILY, FIRST, LAST, ROWS, TOP  # noqa: E402
from texts import CERT, GENERAL, RESULTS, SCOPE, SPECIFIC  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
PROV = {"ON": ("Ontario", "Ontario", "Ont."), "QC": ("Quebec", "Québec", "Qc"), "NB": ("New Brunswick", "Nouveau-Brunswick", "N.B."),
        "NS": ("Nova Scotia", "Nouvelle-Écosse", "N.S."), "NL": ("Newfoundland and Labrador", "Terre-Neuve-et-Labrador", "NL"),
        "PE": ("Prince Edward Island", "Île-du-Prince-Édouard", "P.E.I."), "AB": ("Alberta", "Alberta", "Alta."),
        "BC": ("British Columbia", "Colombie-Britannique", "B.C."), "SK": ("Saskatchewan", "Saskatchewan", "Sask."),
        "MB": ("Manitoba", "Manitoba", "Man.")}
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


# --- the positions --------------------------------------------------------------------------------

class P:
    def __init__(self, row):
        (self.key, self.number, self.en, self.fr, self.level, self.job, self.boss, self.city, self.prov, self.fte,
         self.date, self.lang, self.renderer, self.opts) = row


POS = {row[0]: P(row) for row in ROWS}


def reports_of(key):
    """(English title, French title, level, FTEs) of the positions reporting to ``key``."""
    out = [(c.en, c.fr, c.level, total_fte(c.key)) for c in POS.values() if c.boss == key]
    return out + [tuple(x) for x in EXTRA.get(key, [])]


def total_fte(key):
    p = POS[key]
    return p.fte if p.fte else sum(r[3] for r in reports_of(key)) + 2


def boss_of(p):
    if p.boss == "TOP":
        return dict(TOP)
    b = POS[p.boss]
    return {"number": b.number, "en": b.en, "fr": b.fr, "level": b.level}


# --- how values are written -----------------------------------------------------------------------

def fmt_level(level, style):
    g, n = level.split("-")
    return {"dash": f"{g}-{n}", "space": f"{g} {n}", "short": f"{g}-{int(n)}", "tight": f"{g}{n}",
            "endash": f"{g}\u2013{n}", "paren": f"({g}-{n})"}[style]


def fmt_date(iso, style):
    d = dt.date.fromisoformat(iso)
    return {"en_long": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", "en_dmy": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            "en_ord": f"{MONTHS_EN[d.month - 1]} {d.day}{'st' if d.day in (1, 21, 31) else 'nd' if d.day in (2, 22) else 'rd' if d.day in (3, 23) else 'th'}, {d.year}",
            "iso": d.isoformat(), "en_abbr": f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} {d.year}",
            "fr_long": f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}",
            "fr_le": f"le {d.day} {MONTHS_FR[d.month - 1]} {d.year}", "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "fr_caps": f"{d.day} {MONTHS_FR[d.month - 1].upper()} {d.year}"}[style]


def date_style(rng, lang, iso):
    day = int(iso[-2:])
    if lang == "fr":
        return rng.choice(["fr_long", "fr_le", "iso", "fr_caps"] + (["dmy"] if day > 12 else []))
    return rng.choice(["en_long", "en_dmy", "en_ord", "iso", "en_abbr"] + (["dmy"] if day > 12 else []))


def _group(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def _dec(x, comma):
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", ",") if comma else s


def fmt_amount(v, style):
    return {"M": f"${_dec(v / 1e6, False)}M", "full": f"${_group(v, ',')}", "cents": f"${_group(v, ',')}.00",
            "million": f"${_dec(v / 1e6, False)} million", "K": f"${_group(v // 1000, ',')}K",
            "dsp": f"$ {_group(v, ',')}", "fr_M": f"{_dec(v / 1e6, True)} M$", "fr_full": f"{_group(v, ' ')} $",
            "fr_cents": f"{_group(v, ' ')},00 $", "fr_k": f"{_group(v // 1000, ' ')} k$",
            "fr_millions": f"{_dec(v / 1e6, True)} millions $", "fr_nbsp": f"{_group(v, chr(160))}\u00a0$"}[style]


def amount_style(rng, lang, v):
    if lang == "fr":
        styles = ["fr_full", "fr_cents", "fr_nbsp"] + (["fr_M", "fr_millions"] if v % 1000 == 0 and v >= 1_000_000 else []) + (["fr_k"] if v % 1000 == 0 else [])
    else:
        styles = ["full", "cents", "dsp"] + (["M", "million"] if v % 1000 == 0 and v >= 1_000_000 else []) + (["K"] if v % 1000 == 0 else [])
    return rng.choice(styles)


def fmt_fte(n, lang, style):
    if lang == "fr":
        return {0: f"{n} ETP", 1: f"effectif de {n}", 2: f"{n} employés", 3: f"{n} équivalents temps plein"}[style % 4]
    return {0: f"{n} FTEs" if n != 1 else "1 FTE", 1: f"staff of {n}", 2: f"{n} employees" if n != 1 else "1 employee",
            3: f"{n} FTE"}[style % 4]


def fmt_location(p, lang, style):
    en, fr, ab = PROV[p.prov]
    return {0: f"{p.city}, {fr if lang == 'fr' else en}", 1: f"{p.city} ({fr if lang == 'fr' else en})",
            2: f"{p.city}, {p.prov}", 3: f"{p.city}, {ab}"}[style]


# --- OCR damage ------------------------------------------------------------------------------------

DIGIT = {"0": "O", "1": "I", "5": "S"}


def dmg_value(s, rng, q):
    """Digits read as letters (EX-O3, 3OI21, $S40K): a reader still reads them."""
    if q == 0:
        return s
    return "".join(DIGIT[c] if c in DIGIT and rng.random() < 0.25 * q else c for c in s)


def dmg_prose(text, rng, q, lang):
    if q == 0 and rng.random() < 0.5:
        return text
    words, out = text.split(" "), []
    for w in words:
        r = rng.random()
        p = 0.02 + 0.03 * q
        if len(w) > 4 and r < p:
            w = rng.choice([lambda x: x.replace("rn", "m", 1) if "rn" in x else x.replace("m", "rn", 1),
                            lambda x: x.replace("l", "I", 1), lambda x: x.replace("i", "l", 1),
                            lambda x: x.replace("e", "c", 1), lambda x: x.replace("ti", "ii", 1),
                            lambda x: x.replace("c", "e", 1), lambda x: x.replace("h", "b", 1)])(w)
        if lang == "fr" and q and rng.random() < 0.05 * q:
            w = w.translate(str.maketrans("éèàç", "eeac"))
        if out and rng.random() < 0.01 * q:
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out)


def page_lines(lines, rng, footer, lang, width=88):
    """Wrap paragraphs to scanned page lines, with running footer and page number."""
    wrapped = []
    for line in lines:
        wrapped += textwrap.wrap(line, width) if line.strip() else [""]
    pages = [wrapped[i:i + 48] for i in range(0, len(wrapped), 48)] or [[]]
    out = []
    for n, page in enumerate(pages, 1):
        out += page
        tag = f"Page {n} de {len(pages)}" if lang == "fr" else f"Page {n} of {len(pages)}"
        out += ["", f"{footer}    {tag}" if rng.random() < 0.7 else tag, "\f" if rng.random() < 0.3 else ""]
    return "\n".join(out).rstrip() + "\n"


# --- the model of one document ---------------------------------------------------------------------

def model(p):
    rng = random.Random(f"blind28:{p.key}")
    L = "fr" if p.lang == "fr" else "en"
    m = {"p": p, "rng": rng, "L": L, "q": p.opts.get("quality", 0) if p.renderer.startswith("o") else 0}
    m["lvl"] = rng.choice(["dash", "dash", "space", "short", "tight", "endash"])
    m["title"] = p.fr if L == "fr" else p.en
    m["truth_title"] = [p.en, p.fr] if p.lang == "bi" else m["title"]
    boss = boss_of(p)
    m["boss"] = boss
    m["boss_title"] = boss["fr"] if L == "fr" else boss["en"]
    fte = total_fte(p.key)
    salary = round(fte * rng.randint(86, 104) * 1000, -4)
    om = round(salary * rng.uniform(0.04, 0.22), -3 if rng.random() < 0.5 else -4)
    if p.key.startswith("vp") or FAMILY.get(p.key, "area") == "it":
        om += round(rng.randint(2, 30) * 1e6, -5)
    om = int(om)
    salary = int(salary)
    dims = rng.choice(["all", "all", "all", "no_total", "total_only"])
    m["salary"], m["om"], m["total"], m["fte"] = salary, om, salary + om, fte
    m["dims"] = dims
    m["amt"] = [amount_style(rng, L, v) for v in (salary, om, salary + om)]
    m["date_style"] = date_style(rng, L, p.date)
    m["fte_style"] = rng.randint(0, 3)
    m["loc_style"] = rng.choice([0, 0, 1, 2, 3])
    # what the document leaves out
    omit = set()
    if rng.random() < 0.15:
        omit.add("job_code")
    if rng.random() < 0.12:
        omit.add("location")
    if rng.random() < 0.1:
        omit.add("effective_date")
    if rng.random() < 0.15:
        omit.add("supervisor.position_number")
    m["omit"] = omit
    m["rep_no_level"] = rng.random() < 0.12
    m["rep_no_fte"] = rng.random() < 0.12
    reps = reports_of(p.key)
    m["reports"] = [{"en": r[0], "fr": r[1], "title": r[1] if L == "fr" else r[0], "level": r[2], "fte": r[3]}
                    for r in reps]
    names = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3)]
    m["incumbent"] = names[0] if rng.random() < 0.45 else None
    m["signers"] = names[1:]
    m["posno"] = p.opts.get("new") or ("TBD" if p.opts.get("tbd") else p.number)
    unit = {"en": re.sub(r"^[^,]*, ", "", p.en), "fr": re.sub(r"^[^,]*, ", "", p.fr)}
    if p.key in BRANCH:
        unit = {"en": BRANCH[p.key][0], "fr": BRANCH[p.key][1]}
    if "," not in p.en:
        unit = {"en": "Information Management and Information Technology Branch",
                "fr": "Direction de la gestion de l'information et de la technologie de l'information"}
    m["unit"] = unit
    fam = FAMILY.get(p.key, "area")
    m["general"] = {l: GENERAL[fam][i].format(unit=unit[l]) for i, l in enumerate(("en", "fr"))}
    m["scope"] = {l: SCOPE[l][:] for l in ("en", "fr")}
    m["specific"] = {l: [s.format(unit=unit[l], boss=boss[l]) for s in SPECIFIC[l]] for l in ("en", "fr")}
    for l in ("en", "fr"):
        rng.shuffle(m["scope"][l])
        m["specific"][l] = m["specific"][l][:rng.randint(4, 6)]
    m["results"] = {l: RESULTS[l].format(unit=unit[l]) for l in ("en", "fr")}
    return m


def V(m, s):
    """A value as the scan shows it."""
    return dmg_value(s, m["rng"], m["q"])


def lvl(m, level):
    return V(m, fmt_level(level, m["lvl"]))


def amount(m, i):
    return V(m, fmt_amount((m["salary"], m["om"], m["total"])[i], m["amt"][i]))


def stated(m, field):
    return field not in m["omit"]


def report_text(m, r, form, L=None):
    L = L or m["L"]
    t = r["fr"] if L == "fr" else r["en"]
    lv = None if m["rep_no_level"] else lvl(m, r["level"]).strip("()")
    n = None if m["rep_no_fte"] else V(m, fmt_fte(r["fte"], L, m["fte_style"]))
    if form == 0:
        inner = ", ".join(x for x in (lv, n) if x)
        return f"{t} ({inner})" if inner else t
    if form == 1:
        return " - ".join(x for x in (lv, t) if x) + (f" ({n})" if n else "")
    if form == 2:
        return t + (f" [{lv}]" if lv else "") + (f" : {n}" if n else "")
    return " \u2013 ".join(x for x in (t, lv, n) if x)


def dims_lines(m, labels):
    """Label/value lines for the stated amounts; labels: (fte, salary, om, total)."""
    out = [f"{labels[0]} {V(m, str(m['fte']))}"]
    if m["dims"] in ("all", "no_total"):
        out += [f"{labels[1]} {amount(m, 0)}", f"{labels[2]} {amount(m, 1)}"]
    if m["dims"] in ("all", "total_only"):
        out.append(f"{labels[3]} {amount(m, 2)}")
    return out


def sig_lines(m, L):
    out = []
    if m["incumbent"]:
        out.append(("Titulaire : " if L == "fr" else "Incumbent: ") + m["incumbent"])
    out.append(("Signature du gestionnaire : " if L == "fr" else "Manager's signature: ") + m["signers"][0])
    out.append(m["boss"]["fr" if L == "fr" else "en"])
    out.append(("Approuvé par : " if L == "fr" else "Approved by: ") + m["signers"][1])
    return out


# --- OCR renderers ---------------------------------------------------------------------------------

def hdr_values(m):
    p = m["p"]
    return {"title": m["title"], "posno": V(m, m["posno"]), "job": V(m, p.job), "lvl": lvl(m, p.level),
            "date": V(m, fmt_date(p.date, m["date_style"])), "loc": fmt_location(p, m["L"], m["loc_style"]),
            "bnum": V(m, m["boss"]["number"]), "btitle": m["boss_title"], "blvl": lvl(m, m["boss"]["level"])}


def render_o1(m):
    """An old typed form, OCR'd as one long run, capital labels with colons on the same line."""
    L, rng, q = m["L"], m["rng"], m["q"]
    h = hdr_values(m)
    if L == "fr":
        lab = ["TITRE DU POSTE :", "NUMÉRO DU POSTE :", "CODE D'EMPLOI :", "GROUPE ET NIVEAU :",
               "DATE D'ENTRÉE EN VIGUEUR :", "LIEU :", "TITRE DU SURVEILLANT :", "N° DE POSTE DU SURVEILLANT :",
               "GROUPE/NIVEAU DU SURVEILLANT :"]
        sec = ["RESPONSABILITÉS GÉNÉRALES", "STRUCTURE ORGANISATIONNELLE", "NATURE ET ÉTENDUE", "DIMENSIONS",
               "RESPONSABILITÉS PARTICULIÈRES", "ATTESTATION"]
        dl = ["Effectif (ETP) :", "Salaires :", "F et E :", "Budget total :"]
        intro = f"Relèvent du {m['title']} :"
    else:
        lab = ["POSITION TITLE:", "POSITION NO.:", "JOB CODE:", "GROUP AND LEVEL:", "EFFECTIVE DATE:", "LOCATION:",
               "SUPERVISOR'S TITLE:", "SUPERVISOR'S POSITION NO.:", "SUPERVISOR'S GROUP/LEVEL:"]
        sec = ["GENERAL ACCOUNTABILITY", "ORGANIZATION STRUCTURE", "NATURE AND SCOPE", "DIMENSIONS",
               "SPECIFIC ACCOUNTABILITIES", "CERTIFICATION"]
        dl = ["FTEs:", "Salary:", "O&M:", "Total:"]
        intro = f"Reporting to the {m['title']} are:"
    keys = ["title", "posno", "job", "lvl", "date", "loc", "btitle", "bnum", "blvl"]
    fields = {"job": "job_code", "date": "effective_date", "loc": "location", "bnum": "supervisor.position_number"}
    parts = ["CFIA / ACIA", "EXECUTIVE WORK DESCRIPTION" if L == "en" else "DESCRIPTION DE TRAVAIL - DIRECTION"]
    for k, label in zip(keys, lab):
        if k in fields and not stated(m, fields[k]):
            continue
        parts.append(f"{label} {h[k]}")
    parts += [sec[0], dmg_prose(m["general"][L], rng, q, L), sec[1], intro]
    form = rng.randint(0, 3)
    numbered = rng.random() < 0.5
    parts += [f"{i}. {report_text(m, r, form)};" if numbered else f"- {report_text(m, r, form)};"
              for i, r in enumerate(m["reports"], 1)]
    parts += [sec[2]] + [dmg_prose(s, rng, q, L) for s in m["scope"][L]]
    parts += [sec[3]] + dims_lines(m, dl)
    parts += [sec[4]] + [f"{V(m, str(i))}. {dmg_prose(s, rng, q, L)}" for i, s in enumerate(m["specific"][L], 1)]
    parts += [sec[5], CERT[L]] + sig_lines(m, L)
    if q >= 2:
        parts.append("[ Signat: ~ ; ! ,' ]")
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + " ".join(parts)


def render_o2(m):
    """Labels on one line, value on the next; scanned pages with a form number and page numbers."""
    L, rng, q, p = m["L"], m["rng"], m["q"], m["p"]
    h = hdr_values(m)
    if L == "fr":
        lab = [("Titre du poste", "title"), ("Numéro de poste", "posno"), ("Classification", "lvl"),
               ("Code d'emploi", "job"), ("Date d'entrée en vigueur", "date"), ("Lieu de travail", "loc"),
               ("Relève de (titre)", "btitle"), ("Relève de (numéro de poste)", "bnum"),
               ("Relève de (groupe et niveau)", "blvl")]
        heads = ["Objet du poste", "Organisation", "Contexte", "Ressources", "Activités principales", "Signatures"]
        dl = ["Équivalents temps plein", "Budget salarial", "Budget de fonctionnement et d'entretien", "Total"]
        footer = "ACIA/CFIA 1124F (2004/06)"
        intro = "Postes qui relèvent directement du titulaire :"
    else:
        lab = [("Position Title", "title"), ("Position Number", "posno"), ("Classification", "lvl"),
               ("Job Code", "job"), ("Effective Date", "date"), ("Work Location", "loc"),
               ("Reports To (Title)", "btitle"), ("Reports To (Position Number)", "bnum"),
               ("Reports To (Group/Level)", "blvl")]
        heads = ["Purpose of the Position", "Organization", "Context", "Resources", "Main Activities", "Signatures"]
        dl = ["Full-time equivalents", "Salary budget", "Operating and maintenance budget", "Total"]
        footer = "CFIA/ACIA 1124E (2004/06)"
        intro = "Positions reporting directly to the incumbent:"
    fields = {"job": "job_code", "date": "effective_date", "loc": "location", "bnum": "supervisor.position_number"}
    lines = ["Canadian Food Inspection Agency    Agence canadienne d'inspection des aliments", ""]
    for label, k in lab:
        if k in fields and not stated(m, fields[k]):
            continue
        lines += [label, h[k], ""]
    lines += [heads[0], dmg_prose(m["general"][L], rng, q, L), "", heads[1], intro]
    form = rng.randint(0, 3)
    lines += [f"- {report_text(m, r, form)}" for r in m["reports"]] + ["", heads[2]]
    for s in m["scope"][L]:
        lines += [dmg_prose(s, rng, q, L), ""]
    lines += [heads[3]]
    lines += dims_lines(m, dl)
    lines += ["", heads[4]] + [f"({chr(97 + i)}) {dmg_prose(s, rng, q, L)}" for i, s in enumerate(m["specific"][L])]
    lines += ["", heads[5]] + sig_lines(m, L)
    return page_lines(lines, rng, footer, L)


def render_o3(m):
    """A scan whose two columns (organization at left, dimensions and context at right) were read line by line."""
    L, rng, q = m["L"], m["rng"], m["q"]
    h = hdr_values(m)
    head = ["EXECUTIVE POSITION DESCRIPTION", f"Job code: {h['job']}" if stated(m, "job_code") else "",
            f"TITLE: {h['title']}", f"GROUP/LEVEL: {h['lvl']}", f"POSITION NUMBER: {h['posno']}"]
    if stated(m, "effective_date"):
        head.append(f"EFFECTIVE DATE: {h['date']}")
    if stated(m, "location"):
        head.append(f"LOCATION: {h['loc']}")
    head += ["GENERAL ACCOUNTABILITY:", dmg_prose(m["general"]["en"], rng, q, "en")]
    left = [f"ORGANIZATIONAL STRUCTURE: Reports to: {h['btitle']} ({h['blvl']})"]
    if stated(m, "supervisor.position_number"):
        left[0] += f", position no. {h['bnum']}"
    left[0] += f". Direct reports to the {m['title']}:"
    form = rng.choice([0, 1])
    left += [report_text(m, r, form) + ";" for r in m["reports"]]
    right = ["DIMENSIONS:"] + dims_lines(m, ["FTEs:", "Salary:", "O&M:", "Total:"]) + ["NATURE & SCOPE:"]
    right += [dmg_prose(s, rng, q, "en") for s in m["scope"]["en"][:2]]
    lw = textwrap.wrap(" ".join(left), 52)
    rw = []
    for r in right:
        rw += textwrap.wrap(r, 48)
    n = max(len(lw), len(rw))
    lw += [""] * (n - len(lw))
    rw += [""] * (n - len(rw))
    mid = [f"{a} {'| ' if rng.random() < 0.2 else ''}{b}".strip() for a, b in zip(lw, rw)]
    tail = ["SPECIFIC ACCOUNTABILITIES"] + [f"{V(m, str(i))}. {dmg_prose(s, rng, q, 'en')}"
                                         for i, s in enumerate(m["specific"]["en"], 1)]
    tail += ["CERTIFICATION", CERT["en"]] + sig_lines(m, "en")
    body = "\n".join(x for x in head if x) + "\n" + "\n".join(mid) + "\n" + "\n".join(tail) + "\n"
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body


def render_o4(m):
    """Numbered sections; the supervisor and the reports in sentences; dimensions in a sentence."""
    L, rng, q, p = m["L"], m["rng"], m["q"], m["p"]
    h = hdr_values(m)
    lines = []
    if L == "fr":
        lines += ["DESCRIPTION DE TRAVAIL DU GROUPE DE LA DIRECTION (EX)", "", "1. IDENTIFICATION DU POSTE",
                  f"Titre : {h['title']}", f"Niveau : {h['lvl']}", f"No du poste : {h['posno']}"]
        if stated(m, "job_code"):
            lines.append(f"Code d'emploi : {h['job']}")
        if stated(m, "effective_date"):
            lines.append(f"En vigueur le : {h['date']}")
        if stated(m, "location"):
            lines.append(f"Lieu : {h['loc']}")
        sup = f"Le titulaire relève du {h['btitle']} ({h['blvl']})"
        sup += f", poste no {h['bnum']}." if stated(m, "supervisor.position_number") else "."
        lines += ["", "2. RESPONSABILITÉS GÉNÉRALES", dmg_prose(m["general"]["fr"], rng, q, "fr"), "",
                  "3. STRUCTURE ORGANISATIONNELLE", sup,
                  f"Les {len(m['reports'])} postes suivants relèvent du titulaire :"]
        lines += [f"{chr(97 + i)}) {report_text(m, r, rng.choice([0, 2]))}" for i, r in enumerate(m["reports"])]
        d = f"4. DIMENSIONS\nL'organisation compte {V(m, str(m['fte']))} ETP."
        if m["dims"] in ("all", "no_total"):
            d += f" Le budget salarial s'élève à {amount(m, 0)} et le budget de fonctionnement et d'entretien à {amount(m, 1)}"
            d += f", pour un total de {amount(m, 2)}." if m["dims"] == "all" else "."
        else:
            d += f" Budget total géré : {amount(m, 2)}."
        lines += [""] + d.split("\n") + ["", "5. NATURE ET PORTÉE"] + [dmg_prose(s, rng, q, "fr") for s in m["scope"]["fr"]]
        lines += ["", "6. RESPONSABILITÉS PRINCIPALES"] + [f"{V(m, str(i))}) {dmg_prose(s, rng, q, 'fr')}"
                                                         for i, s in enumerate(m["specific"]["fr"], 1)]
        lines += ["", "7. SIGNATURES"] + sig_lines(m, "fr")
    else:
        lines += ["CANADIAN FOOD INSPECTION AGENCY", "EX WORK DESCRIPTION", "", "1. POSITION IDENTIFICATION",
                  f"Title: {h['title']}", f"Level: {h['lvl']}", f"Position #: {h['posno']}"]
        if stated(m, "job_code"):
            lines.append(f"Job code no.: {h['job']}")
        if stated(m, "effective_date"):
            lines.append(f"Effective: {h['date']}")
        if stated(m, "location"):
            lines.append(f"Location: {h['loc']}")
        sup = f"The incumbent reports to the {h['btitle']} ({h['blvl']})"
        sup += f", position {h['bnum']}." if stated(m, "supervisor.position_number") else "."
        lines += ["", "2. GENERAL ACCOUNTABILITY", dmg_prose(m["general"]["en"], rng, q, "en"), "",
                  "3. ORGANIZATIONAL CONTEXT", sup]
        reps = [report_text(m, r, 0) for r in m["reports"]]
        lines.append("Reporting to the position are the " + "; the ".join(reps[:-1]) + (f"; and the {reps[-1]}." if len(reps) > 1 else f"{reps[-1]}."))
        d = f"4. DIMENSIONS\nThe organization has {V(m, str(m['fte']))} FTEs."
        if m["dims"] in ("all", "no_total"):
            d += f" It manages a salary budget of {amount(m, 0)} and an O&M budget of {amount(m, 1)}"
            d += f" for a total of {amount(m, 2)}." if m["dims"] == "all" else "."
        else:
            d += f" Total budget managed: {amount(m, 2)}."
        lines += [""] + d.split("\n") + ["", "5. NATURE AND SCOPE"] + [dmg_prose(s, rng, q, "en") for s in m["scope"]["en"]]
        lines += ["", "6. KEY RESPONSIBILITIES"] + [f"{V(m, str(i))}. {dmg_prose(s, rng, q, 'en')}"
                                                  for i, s in enumerate(m["specific"]["en"], 1)]
        lines += ["", "7. SIGNATURES"] + sig_lines(m, "en")
    return page_lines(lines, rng, "EX-WD 2006", L, width=rng.choice([80, 95, 110]))


def render_o5(m):
    """A bilingual form: labels in both languages side by side, values in the document's language(s)."""
    L, rng, q, p = m["L"], m["rng"], m["q"], m["p"]
    h = hdr_values(m)
    bi = p.lang == "bi"

    def val(en, fr):
        return f"{en} / {fr}" if bi else (fr if L == "fr" else en)
    b = m["boss"]
    rows = [("A. POSITION TITLE / TITRE DU POSTE:", val(p.en, p.fr)),
            ("B. POSITION NUMBER / NUMÉRO DU POSTE:", h["posno"]),
            ("C. GROUP AND LEVEL / GROUPE ET NIVEAU:", h["lvl"])]
    if stated(m, "job_code"):
        rows.append(("D. JOB CODE / CODE D'EMPLOI:", h["job"]))
    if stated(m, "effective_date"):
        rows.append(("E. EFFECTIVE DATE / DATE D'ENTRÉE EN VIGUEUR:", h["date"]))
    if stated(m, "location"):
        rows.append(("F. LOCATION / LIEU:", h["loc"]))
    rows.append(("G. SUPERVISOR / SURVEILLANT:", val(b["en"], b["fr"])))
    if stated(m, "supervisor.position_number"):
        rows.append(("H. SUPERVISOR'S POSITION NO. / NO DE POSTE DU SURVEILLANT:", h["bnum"]))
    rows.append(("I. SUPERVISOR'S LEVEL / NIVEAU DU SURVEILLANT:", h["blvl"]))
    lines = ["WORK DESCRIPTION / DESCRIPTION DE TRAVAIL", "Executive Group / Groupe de la direction", ""]
    for label, value in rows:
        lines.append(f"{label} {value}" if rng.random() < 0.7 else f"{label}\n{value}")
    langs = ["en", "fr"] if bi else [L]
    for l in langs:
        lines += ["", "GENERAL ACCOUNTABILITY / RESPONSABILITÉS GÉNÉRALES" if l == langs[0] else "",
                  dmg_prose(m["general"][l], rng, q, l)]
    lines += ["", "ORGANIZATION / ORGANISATION"]
    form = rng.randint(0, 3)
    for r in m["reports"]:
        if bi:
            rr = dict(r)
            lines.append("* " + report_text(m, rr, form, "en").replace(r["en"], f"{r['en']} / {r['fr']}", 1))
        else:
            lines.append("* " + report_text(m, r, form))
    lines += ["", "DIMENSIONS"]
    dl = (["FTEs / ETP:", "Salaries / Salaires:", "O&M / F et E:", "Total:"])
    lines += dims_lines(m, dl)
    for l in langs:
        lines += ["", "NATURE AND SCOPE / NATURE ET ÉTENDUE" if l == langs[0] else ""]
        lines += [dmg_prose(s, rng, q, l) for s in m["scope"][l]]
    for l in langs:
        lines += ["", "SPECIFIC ACCOUNTABILITIES / RESPONSABILITÉS PARTICULIÈRES" if l == langs[0] else ""]
        lines += [f"{V(m, str(i))}. {dmg_prose(s, rng, q, l)}" for i, s in enumerate(m["specific"][l], 1)]
    lines += ["", "SIGNATURES"] + sig_lines(m, "en" if L == "en" else "fr")
    return page_lines(lines, rng, "CFIA/ACIA 5120 (2008-03)", "en" if L != "fr" else "fr", width=100)


def render_o6(m, L=None, copy=False):
    """A printout of the Word 'Client Service Results' template, scanned: table cells read as lines."""
    p, rng, q = m["p"], m["rng"], m["q"]
    L = L or m["L"]
    h = hdr_values(m)
    title = p.fr if L == "fr" else p.en
    btitle = m["boss"]["fr" if L == "fr" else "en"]
    if L == "fr":
        rows = [("Titre du poste", title), ("Numéro du poste", h["posno"]), ("Groupe et niveau", h["lvl"]),
                ("Code d'emploi", h["job"]), ("Date d'effet", V(m, fmt_date(p.date, "fr_long"))),
                ("Lieu géographique", fmt_location(p, "fr", m["loc_style"])), ("Titre du poste du supérieur", btitle),
                ("Numéro du poste du supérieur", h["bnum"]), ("Classification du supérieur", h["blvl"])]
        secs = ["Résultats axés sur le service à la clientèle", "Activités principales", "Structure et effectif",
                "Dimensions financières", "Contexte"]
        dl = ["ETP", "Salaires", "Fonctionnement et entretien", "Total"]
    else:
        rows = [("Position Title", title), ("Position Number", h["posno"]), ("Group and Level", h["lvl"]),
                ("Job Code", h["job"]), ("Effective Date", h["date"]), ("Geographic Location", h["loc"]),
                ("Supervisor Position Title", btitle), ("Supervisor Position Number", h["bnum"]),
                ("Supervisor Classification", h["blvl"])]
        secs = ["Client Service Results", "Key Activities", "Structure and Staff", "Financial Dimensions",
                "Environment"]
        dl = ["FTEs", "Salary", "Operations and Maintenance", "Total"]
    skip = {3: "job_code", 4: "effective_date", 5: "location", 7: "supervisor.position_number"}
    lines = ["Work Description" if L == "en" else "Description de travail", ""]
    sep = rng.choice([" | ", "  ", " ¦ ", "\t"])
    for i, (a, b) in enumerate(rows):
        if i in skip and not stated(m, skip[i]):
            continue
        lines.append(f"{a}{sep}{b}")
    lines += ["", secs[0], dmg_prose(m["results"][L], rng, q, L), "", secs[1]]
    lines += [f"\u2022 {dmg_prose(s, rng, q, L)}" if rng.random() < 0.6 else f"e {dmg_prose(s, rng, q, L)}"
              for s in m["specific"][L]]
    lines += ["", secs[2]]
    head = "Title | Level | FTEs" if L == "en" else "Titre | Niveau | ETP"
    lines.append(head)
    for r in m["reports"]:
        t = r["fr"] if L == "fr" else r["en"]
        lines.append(f"{t} | {'' if m['rep_no_level'] else lvl(m, r['level'])} | {'' if m['rep_no_fte'] else V(m, str(r['fte']))}")
    lines += ["", secs[3]]
    lines += dims_lines(m, [f"{x}{sep}" for x in dl])
    lines += ["", secs[4]] + [dmg_prose(s, rng, q, L) for s in m["scope"][L]]
    lines += [""] + sig_lines(m, L)
    return page_lines(lines, rng, "ACIA-CFIA RH/HR 2017", L, width=96)


def render_o6_copies(m):
    en = render_o6(m, "en")
    fr = render_o6(m, "fr")
    return en + "\n" + fr


# --- Word renderers --------------------------------------------------------------------------------

def new_doc():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title, cp.revision = "ACIA-CFIA", "ACIA-CFIA", "", 1
    cp.created = cp.modified = dt.datetime(2023, 3, 1, 9, 0, 0)
    cp.last_printed = dt.datetime(2023, 3, 1, 9, 0, 0)
    return doc


def bold_para(doc, text):
    doc.add_paragraph().add_run(text).bold = True


def docx_bytes(doc):
    raw = io.BytesIO()
    doc.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            zi.compress_type, zi.external_attr = zipfile.ZIP_DEFLATED, 0o600 << 16
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def render_w1(m):
    """2009-2011 template: 'Label:<tab>value' paragraphs, reports as a bulleted list."""
    L, rng, p = m["L"], m["rng"], m["p"]
    h = hdr_values(m)
    doc = new_doc()
    fr = L == "fr"
    doc.add_heading("Description de travail" if fr else "Work Description - Executive Group", level=1)
    rows = [("Position title", h["title"]), ("Position number", h["posno"]), ("Group/Level", h["lvl"]),
            ("Job code", h["job"]), ("Effective date", h["date"]), ("Branch", BRANCH[top_of(p)][0]),
            ("Location", h["loc"]), ("Immediate supervisor", h["btitle"]),
            ("Supervisor's position number", h["bnum"]), ("Supervisor's group/level", h["blvl"])]
    skip = {3: "job_code", 4: "effective_date", 6: "location", 8: "supervisor.position_number"}
    for i, (a, b) in enumerate(rows):
        if i in skip and not stated(m, skip[i]):
            continue
        doc.add_paragraph(f"{a}:\t{b}")
    bold_para(doc, "General Accountability")
    doc.add_paragraph(m["general"]["en"])
    bold_para(doc, "Organization Structure")
    doc.add_paragraph(f"The {h['title']} manages the following direct reports:")
    form = rng.choice([1, 3])
    for r in m["reports"]:
        doc.add_paragraph(report_text(m, r, form), style="List Bullet")
    bold_para(doc, "Nature and Scope")
    for s in m["scope"]["en"]:
        doc.add_paragraph(s)
    bold_para(doc, "Dimensions")
    for line in dims_lines(m, ["FTEs:\t", "Salaries:\t", "O&M:\t", "Total:\t"]):
        doc.add_paragraph(line.replace("\t ", "\t"))
    bold_para(doc, "Specific Accountabilities")
    for s in m["specific"]["en"]:
        doc.add_paragraph(s, style="List Number")
    bold_para(doc, "Certification")
    doc.add_paragraph(CERT["en"])
    for line in sig_lines(m, "en"):
        doc.add_paragraph(line)
    return docx_bytes(doc)


def top_of(p):
    while p.boss != "TOP":
        p = POS[p.boss]
    return p.key


def table(doc, rows, header=None):
    t = doc.add_table(rows=0, cols=len(rows[0]) if rows else len(header))
    t.style = "Table Grid"
    for row in ([header] if header else []) + rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    return t


def render_w2(m):
    """2012-2015 template: a two-column table of labels, a table of reports, a table of dimensions."""
    L, rng, p = m["L"], m["rng"], m["p"]
    h = hdr_values(m)
    doc = new_doc()
    fr = L == "fr"
    doc.add_heading("DESCRIPTION DE TRAVAIL - GROUPE EX" if fr else "EXECUTIVE WORK DESCRIPTION", level=1)
    labels = (["Titre du poste", "No de poste", "Groupe et niveau", "Code de l'emploi", "Date de prise d'effet",
               "Direction générale", "Lieu", "Relève du (titre)", "No de poste du supérieur", "Niveau du supérieur"]
              if fr else ["Title", "Position No.", "Classification", "Job Code No.", "Effective Date", "Branch",
                          "City / Province", "Reports to", "Supervisor's Position No.", "Supervisor's Classification"])
    vals = [h["title"], h["posno"], h["lvl"], h["job"], h["date"], BRANCH[top_of(p)][1 if fr else 0], h["loc"],
            h["btitle"], h["bnum"], h["blvl"]]
    skip = {3: "job_code", 4: "effective_date", 6: "location", 8: "supervisor.position_number"}
    table(doc, [[a, b] for i, (a, b) in enumerate(zip(labels, vals)) if not (i in skip and not stated(m, skip[i]))])
    doc.add_heading("Responsabilités générales" if fr else "General Accountability", level=2)
    doc.add_paragraph(m["general"][L])
    doc.add_heading("Structure organisationnelle" if fr else "Organization Structure", level=2)
    doc.add_paragraph((f"Le titulaire relève du {h['btitle']}." if fr else f"The position reports to the {h['btitle']}.")
                      + (" Les postes suivants relèvent du titulaire :" if fr else " The following positions report to it:"))
    head = ["Titre", "Groupe et niveau", "ETP"] if fr else ["Position", "Group/Level", "FTEs"]
    table(doc, [[r["title"], "" if m["rep_no_level"] else fmt_level(r["level"], m["lvl"]),
                 "" if m["rep_no_fte"] else str(r["fte"])] for r in m["reports"]], head)
    doc.add_heading("Nature et étendue" if fr else "Nature and Scope", level=2)
    for s in m["scope"][L]:
        doc.add_paragraph(s)
    doc.add_heading("Dimensions", level=2)
    rows = [["ETP" if fr else "FTEs", str(m["fte"])]]
    if m["dims"] in ("all", "no_total"):
        rows += [["Salaires" if fr else "Salary", amount(m, 0)], ["F et E" if fr else "O&M", amount(m, 1)]]
    if m["dims"] in ("all", "total_only"):
        rows.append(["Total", amount(m, 2)])
    table(doc, rows)
    doc.add_heading("Responsabilités particulières" if fr else "Specific Accountabilities", level=2)
    for s in m["specific"][L]:
        doc.add_paragraph(s, style="List Number")
    doc.add_heading("Signatures", level=2)
    for line in sig_lines(m, L):
        doc.add_paragraph(line)
    return docx_bytes(doc)


def render_w3(m):
    """2016-2019 template: 'Client Service Results' / 'Key Activities'; bold labels with the value below."""
    L, rng, p = m["L"], m["rng"], m["p"]
    h = hdr_values(m)
    doc = new_doc()
    fr = L == "fr"
    doc.add_paragraph("Agence canadienne d'inspection des aliments" if fr else "Canadian Food Inspection Agency")
    doc.add_heading("Description de travail" if fr else "Work Description", level=1)
    labels = (["TITRE DU POSTE", "NUMÉRO DE POSTE", "CLASSIFICATION", "CODE D'EMPLOI", "DATE D'EFFET", "LIEU DE TRAVAIL",
               "SUPERVISEUR", "POSTE DU SUPERVISEUR", "CLASSIFICATION DU SUPERVISEUR"] if fr else
              ["POSITION TITLE", "POSITION NUMBER", "CLASSIFICATION", "JOB CODE", "EFFECTIVE DATE", "WORK LOCATION",
               "SUPERVISOR", "SUPERVISOR'S POSITION", "SUPERVISOR'S CLASSIFICATION"])
    vals = [h["title"], h["posno"], h["lvl"], h["job"], h["date"], h["loc"], h["btitle"], h["bnum"], h["blvl"]]
    skip = {3: "job_code", 4: "effective_date", 5: "location", 7: "supervisor.position_number"}
    colon = rng.random() < 0.5
    for i, (a, b) in enumerate(zip(labels, vals)):
        if i in skip and not stated(m, skip[i]):
            continue
        bold_para(doc, a + (" :" if fr and colon else ":" if colon else ""))
        doc.add_paragraph(b)
    doc.add_heading("Résultats axés sur le service à la clientèle" if fr else "Client Service Results", level=2)
    doc.add_paragraph(m["results"][L])
    doc.add_heading("Activités principales" if fr else "Key Activities", level=2)
    for s in m["specific"][L]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("Organisation" if fr else "Organization", level=2)
    for r in m["reports"]:
        doc.add_paragraph(report_text(m, r, rng.choice([0, 2])) + (" ; responsable de son secteur." if fr else "; responsible for its unit."))
    doc.add_heading("Dimensions", level=2)
    for line in dims_lines(m, (["Équivalents temps plein :", "Budget salarial :", "Budget de F et E :", "Total :"] if fr
                               else ["Full-time equivalents:", "Salary budget:", "O&M budget:", "Total budget:"])):
        doc.add_paragraph(line)
    doc.add_heading("Environnement de travail" if fr else "Working Environment", level=2)
    for s in m["scope"][L]:
        doc.add_paragraph(s)
    for line in sig_lines(m, L):
        doc.add_paragraph(line)
    return docx_bytes(doc)


def render_w4(m):
    """2020-2023 template: a three-column bilingual label table; a bilingual reports table."""
    L, rng, p = m["L"], m["rng"], m["p"]
    h = hdr_values(m)
    bi = p.lang == "bi"
    doc = new_doc()
    doc.add_heading("Work Description / Description de travail", level=1)

    def val(en, fr):
        return f"{en} / {fr}" if bi else (fr if L == "fr" else en)
    b = m["boss"]
    rows = [("Position Title", val(p.en, p.fr), "Titre du poste"), ("Position Number", h["posno"], "Numéro du poste"),
            ("Classification", h["lvl"], "Classification"), ("Job Code", h["job"], "Code d'emploi"),
            ("Effective Date", h["date"], "Date d'entrée en vigueur"), ("Location", h["loc"], "Lieu"),
            ("Reports to", val(b["en"], b["fr"]), "Relève de"),
            ("Supervisor Position Number", h["bnum"], "Numéro du poste du superviseur"),
            ("Supervisor Classification", h["blvl"], "Classification du superviseur")]
    skip = {3: "job_code", 4: "effective_date", 5: "location", 7: "supervisor.position_number"}
    table(doc, [list(r) for i, r in enumerate(rows) if not (i in skip and not stated(m, skip[i]))])
    langs = ["en", "fr"] if bi else [L]
    doc.add_heading("Client Service Results / Résultats axés sur le service à la clientèle", level=2)
    for l in langs:
        doc.add_paragraph(m["results"][l])
    doc.add_heading("Key Activities / Activités principales", level=2)
    for l in langs:
        for s in m["specific"][l]:
            doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("Direct Reports / Subordonnés directs", level=2)
    rows = []
    for r in m["reports"]:
        rows.append([val(r["en"], r["fr"]), "" if m["rep_no_level"] else fmt_level(r["level"], m["lvl"]),
                     "" if m["rep_no_fte"] else str(r["fte"])])
    table(doc, rows, ["Title / Titre", "Level / Niveau", "FTE / ETP"])
    doc.add_heading("Dimensions", level=2)
    lf = "fr" if L == "fr" else "en"
    if lf == "fr":
        s = f"L'organisation compte {m['fte']} ETP"
        if m["dims"] in ("all", "no_total"):
            s += f", un budget salarial de {amount(m, 0)} et un budget de F et E de {amount(m, 1)}"
            s += f" (total : {amount(m, 2)})." if m["dims"] == "all" else "."
        else:
            s += f" et un budget total de {amount(m, 2)}."
    else:
        s = f"The organization has {m['fte']} FTEs"
        if m["dims"] in ("all", "no_total"):
            s += f", a salary budget of {amount(m, 0)} and an O&M budget of {amount(m, 1)}"
            s += f" (total: {amount(m, 2)})." if m["dims"] == "all" else "."
        else:
            s += f" and a total budget of {amount(m, 2)}."
    doc.add_paragraph(s)
    doc.add_heading("Environment / Contexte", level=2)
    for l in langs:
        for s in m["scope"][l][:2]:
            doc.add_paragraph(s)
    for line in sig_lines(m, lf):
        doc.add_paragraph(line)
    return docx_bytes(doc)


RENDER = {"o1": render_o1, "o2": render_o2, "o3": render_o3, "o4": render_o4, "o5": render_o5, "o6": render_o6,
          "w1": render_w1, "w2": render_w2, "w3": render_w3, "w4": render_w4}


# --- file names and ground truth ----------------------------------------------------------------

def file_name(m):
    p = m["p"]
    number = p.number if m["posno"] == p.number else m["posno"]
    short = re.sub(r"[^\w\s'().,-]", "", (p.fr if m["L"] == "fr" else p.en).replace(",", ""))
    year = p.date[:4]
    if p.renderer.startswith("w"):
        return (f"DT {number} - {short} ({year}).docx" if m["L"] == "fr" else f"WD {number} {short} {year}.docx")
    if p.opts.get("pdf"):
        return f"scan_{p.number}_{year}.pdf"
    return rng_name(m, short, year)


def rng_name(m, short, year):
    p = m["p"]
    return random.Random(p.key + "n").choice([f"{short} - scan {year}.txt", f"EX_{p.number}_{year}_OCR.txt",
                                              f"{p.level} {short} (numérisé).txt" if m["L"] == "fr" else f"{p.level} {short} scanned.txt"])


def truth(m, name, kind):
    p = m["p"]
    omit = m["omit"]
    L = m["L"]
    boss = m["boss"]
    bt = [boss["en"], boss["fr"]] if p.lang == "bi" else m["boss_title"]
    if p.renderer == "o3":
        bt = boss["en"]
    fields = {
        "title": m["truth_title"],
        "classification": p.level,
        "job_code": None if "job_code" in omit else p.job,
        "position_number": p.number if m["posno"] == p.number else None,
        "effective_date": None if "effective_date" in omit else dt.date.fromisoformat(p.date),
        "supervisor": {"position_number": None if "supervisor.position_number" in omit else boss["number"],
                       "title": bt, "classification": boss["level"]},
        "direct_reports": [],
        "salary": m["salary"] if m["dims"] in ("all", "no_total") else None,
        "o_and_m": m["om"] if m["dims"] in ("all", "no_total") else None,
        "total": m["total"] if m["dims"] in ("all", "total_only") else None,
        "location": None if "location" in omit else f"{p.city}, {PROV[p.prov][0]}",
    }
    bi_reports = p.lang == "bi"
    for r in m["reports"]:
        t = [r["en"], r["fr"]] if bi_reports else (r["fr"] if L == "fr" else r["en"])
        if p.renderer == "o3":
            t = r["en"]
        fields["direct_reports"].append({"title": t, "classification": None if m["rep_no_level"] else r["level"],
                                         "fte": None if m["rep_no_fte"] else r["fte"]})
    not_stated = [k for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total", "location")
                  if fields[k] is None]
    not_stated += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    people = ([m["incumbent"]] if m["incumbent"] else []) + m["signers"]
    return {"document": name, "kind": kind, "language": {"en": "en", "fr": "fr", "bi": "bilingual"}[p.lang],
            "outcome": "import", "fields": fields, "not_stated": not_stated,
            "also": {"fte": m["fte"], "operating_budget": None, "program_budget": None,
                     "provisional_number": None if m["posno"] == p.number else m["posno"]},
            "people": people,
            "reports_to_in_corpus": None if p.boss == "TOP" else POS[p.boss].number}


# --- documents to refuse ---------------------------------------------------------------------------

def refusals():
    out = []
    memo = """--- Structured Job Description ---


--- Full Extracted Text ---
MEMORANDUM / NOTE DE SERVICE SECURITY CLASSIFICATION: UNCLASSIFIED TO: Director General, Human Resources FROM: Executive Director, Western Operations SUBJECT: Request to reclassify the position of Regional Director, Saskatchewan (EX-O1) DATE: 2O11-O3-O4 FILE: 4520-1-EX Further to our discussion at the Area Management Committee, I am requesting that the work description of the Regional Director, Saskatchewan be reviewed by the Executive Classification Committee. Since the transfer of the Moose Jaw and Regina inspection offices, the position now manages 86 FTEs and a salary budget of $7.2M. I would appreciate your advice on the timelines and on the documentation required. Attached: draft work description (to follow under separate cover). c.c. Vice-President, Operations Executive Director, Western Operations
"""
    out.append(("Memo - reclassification request RD Sask 2011.txt", memo.encode("utf-8"), "ocr", "en"))
    chart = """ACIA - Direction générale des opérations / CFIA - Operations Branch
ORGANIGRAMME / ORGANIZATION CHART    au 1er avril 2019 / as of April 1, 2019

                 Vice-président, Opérations / Vice-President, Operations
                                   (EX-O4)
        |                    |                    |                      |
 Dir. exécutif        Dir. exécutive        Dir. exécutif         Dir. exécutif
 Atlantique (EX-03)   Québec (EX-03)        Ontario (EX-03)       Ouest / West (EX-03)
        |                    |                    |                      |
 DR N.-É./N.S.        DR Québec-Est         DR Toronto (EX-02)    DR C.-B. (EX-02)
 DR N.-B.             DR Montréal-Ouest     DR Sud-Ouest          DR Alberta Sud
 DR T.-N.-L./NL       DR Saint-Hyacinthe    DR Centre et Est      DR Saskatchewan
 DR Î.-P.-É./PEI      Programmes            Programmes            DR Manitoba

Préparé par : Planification organisationnelle / Prepared by: Organizational Planning    Page 1/1
"""
    out.append(("Organigramme Opérations 2019 (scan).txt", chart.encode("utf-8"), "ocr", "bilingual"))
    doc = new_doc()
    doc.add_paragraph("Agence canadienne d'inspection des aliments")
    doc.add_paragraph("Le 14 février 2022")
    doc.add_paragraph("Objet : Offre de nomination intérimaire")
    doc.add_paragraph("Madame,")
    doc.add_paragraph("Nous avons le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Programmes "
                      "du Centre opérationnel du Québec (EX-01), poste no 30124, à Montréal (Québec), du 28 février "
                      "au 26 août 2022. Votre rémunération sera établie conformément à la Politique sur les conditions "
                      "d'emploi des cadres supérieurs.")
    doc.add_paragraph("Veuillez signer et retourner une copie de la présente lettre d'ici le 21 février 2022.")
    doc.add_paragraph("La directrice exécutive, Opérations du Québec")
    out.append(("Lettre d'offre - intérim 30124.docx", docx_bytes(doc), "docx", "fr"))
    doc = new_doc()
    doc.add_heading("Request for Personnel Action", level=1)
    table(doc, [["Request type", "Staffing - indeterminate appointment"], ["Position number", "30431"],
                ["Position title", "Director, Application Services"], ["Group/Level", "EX-02"],
                ["Cost centre", "7310-IMIT"], ["Requested start date", "2015-01-05"],
                ["Language requirements", "Bilingual imperative CBC/CBC"], ["Security", "Secret"]])
    doc.add_paragraph("Justification: the position became vacant on the retirement of the incumbent. A copy of the "
                      "approved work description is on file with Classification.")
    doc.add_paragraph("Requested by: Chief Information Officer    Approved by: Director General, Human Resources")
    out.append(("Personnel action request 30431.docx", docx_bytes(doc), "docx", "en"))
    out.append(("scan_30133_1998.pdf", pdf_bytes(["", ""]), "pdf", "en"))
    return out


# --- writing ---------------------------------------------------------------------------------------

def dump(data):
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)


def main():
    for d in (CORPUS, EXPECTED):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    names = set()
    for key, p in POS.items():
        m = model(p)
        name = file_name(m)
        assert name not in names, name
        names.add(name)
        if p.renderer == "o6" and p.opts.get("copies"):
            body = render_o6_copies(m)
        else:
            body = RENDER[p.renderer](m)
        if isinstance(body, bytes):
            data, kind = body, "docx"
        elif p.opts.get("pdf"):
            pages = [body[i:i + 2600] for i in range(0, len(body), 2600)]
            pages = ["\n".join(pg.replace("\f", "").splitlines()) for pg in pages]
            data, kind = pdf_bytes(pages), "pdf"
        else:
            enc = "cp1252" if m["rng"].random() < 0.25 and p.lang != "bi" else "utf-8"
            text = body.replace("\n", "\r\n") if enc == "cp1252" else body
            data, kind = text.encode(enc, "replace"), "ocr-columns" if p.renderer == "o3" else "ocr"
        (CORPUS / name).write_bytes(data)
        (EXPECTED / f"{name}.expected.yaml").write_text(dump(truth(m, name, kind)), encoding="utf-8")
    for name, data, kind, lang in refusals():
        (CORPUS / name).write_bytes(data)
        (EXPECTED / f"{name}.expected.yaml").write_text(dump({"document": name, "kind": kind, "language": lang,
                                                              "outcome": "refuse", "people": []}), encoding="utf-8")
    print(f"{len(POS)} work descriptions, {len(refusals())} to refuse -> {CORPUS}")


if __name__ == "__main__":
    main()
