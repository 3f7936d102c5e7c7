#!/usr/bin/env python3
"""Generate blind34: one department's records folder over 25 years (INAC -> AANDC -> ISC/CIRNAC,
plus files from other departments), 45 EX work descriptions (27 OCR text, 18 Word) and 5 documents
to refuse, with ground truth.  Deterministic: every choice comes from random.Random(key), Word
archives are rewritten with fixed timestamps.

    /work/main/.venv/bin/python bench/import/blind34/make_blind.py
"""
from __future__ import annotations

import datetime as dt
import io
import random
import sys
import textwrap
import unicodedata
import zipfile
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

import texts as T  # noqa: E402
from positions import DEPARTMENTS, P  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


# --- values as written -----------------------------------------------------------------------

def fmt_cls(cls: str, style: str) -> str:
    group, _, level = cls.partition("-")
    if group != "EX":
        return cls
    return {"dash": f"EX-{level}", "space": f"EX {level}", "short": f"EX-{int(level)}", "tight": f"EX{level}"}[style]


ABBR_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def fmt_date(d: dt.date, lang: str, style: str) -> str:
    if lang == "fr":
        style = style if style in ("long", "le", "iso", "abbr", "slash") else "long"
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}", "le": f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                "iso": d.isoformat(), "abbr": f"{d.day} {ABBR_FR[d.month - 1]} {d.year}",
                "slash": d.strftime("%d/%m/%Y") if d.day > 12 else d.isoformat()}[style]
    style = style if style != "le" else "long"
    return {"long": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", "dmy": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            "iso": d.isoformat(), "abbr": f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}",
            "st": f"{MONTHS_EN[d.month - 1]} {d.day}{'st' if d.day in (1, 21) else 'th' if d.day not in (2, 3, 22, 23) else ('nd' if d.day % 10 == 2 else 'rd')}, {d.year}",
            "slash": d.strftime("%Y/%m/%d")}[style]


def _dec(n: int, unit: int) -> str | None:
    q = Decimal(n) / Decimal(unit)
    text = format(q.normalize(), "f")
    return text if len(text.split(".")[-1]) <= 3 or "." not in text else None


def fmt_money(n: int, lang: str, style: str) -> str:
    if lang == "fr":
        sp = f"{n:,}".replace(",", "\u00a0" if style == "nbsp" else " ")
        m, k = _dec(n, 1_000_000), _dec(n, 1000)
        if style == "M" and m:
            return f"{m.replace('.', ',')} M$"
        if style == "millions" and m:
            return f"{m.replace('.', ',')} millions $"
        if style == "k" and k and n < 2_000_000:
            return f"{k.replace('.', ',')} k$"
        if style == "dec":
            return f"{sp},00 $"
        return f"{sp} $"
    m, k = _dec(n, 1_000_000), _dec(n, 1000)
    if style == "M" and m:
        return f"${m}M"
    if style == "million" and m:
        return f"${m} million"
    if style == "K" and k and n < 2_000_000:
        return f"${k}K"
    if style == "cents":
        return f"${n:,}.00"
    return f"${n:,}"


def fmt_fte(n: int, lang: str, style: int) -> str:
    if lang == "fr":
        return [f"{n} ETP", f"effectif de {n}", f"{n} employés", f"{n} équivalents temps plein", f"{n} ETP"][style % 5]
    return [f"{n} FTEs", f"{n} FTE", f"{n} FTE's", f"staff of {n}", f"{n} employees", f"{n} PYs"][style % 6]


def numdmg(text: str, rng: random.Random, p: float) -> str:
    """Scan damage to digits: 0 -> O, 1 -> I or l, 5 -> S (what the seeds show)."""
    out = []
    for c in text:
        if c in "015" and rng.random() < p:
            c = {"0": "O", "1": rng.choice("Il"), "5": "S"}[c]
        out.append(c)
    return "".join(out)


SUBS = [("m", "rn"), ("d", "cl"), ("i", "l"), ("l", "I"), ("e", "c"), ("h", "b"), ("fi", "ti"), ("rn", "m"), ("t", "l"), ("a", "e"), ("u", "ii")]


def dmg(text: str, rng: random.Random, rate: float) -> str:
    """Letter confusions in prose words, as OCR makes them."""
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and w.isalpha() and w.islower() and rng.random() < rate:
            a, b = rng.choice(SUBS)
            if a in w:
                j = w.index(a)
                words[i] = w[:j] + b + w[j + len(a):]
    return " ".join(words)


# --- the positions --------------------------------------------------------------------------------

class Doc:
    pass


def build(row) -> Doc:
    key, dept, lang, layout, year, cls, ten, tfr, sen, sfr, scls, city, prov, domain = row
    rng = random.Random(f"blind34/{key}")
    d = Doc()
    d.key, d.dept, d.lang, d.layout, d.cls, d.domain, d.rng = key, dept, lang, layout, cls, domain, rng
    d.ocr = layout.startswith("ocr")
    d.date = dt.date(year, rng.randint(1, 12), rng.choice([1, rng.randint(2, 28)]))
    d.dept_en, d.dept_fr, d.abbr_en, d.abbr_fr = DEPARTMENTS[dept]
    d.ten, d.tfr, d.sen, d.sfr, d.scls = ten, tfr, sen, sfr, scls
    d.city, d.prov = city, prov
    r = rng.random()
    d.posno = None if r < 0.1 else rng.choice([str(rng.randint(10000, 99999)), str(rng.randint(100000, 499999)), f"000{rng.randint(10000, 99999)}"])
    d.provisional = rng.choice(["NEW", "TBD", "To be assigned"]) if d.posno is None else None
    d.job_code = None if (year < 2005 and rng.random() < 0.6) or rng.random() < 0.15 else rng.choice(
        [str(rng.randint(100100, 109999)), f"{d.abbr_en}-EX-{rng.randint(100, 999)}", f"EX{rng.randint(1000, 9999)}"])
    d.sup_no = None if rng.random() < 0.25 else str(rng.randint(10000, 99999))
    level = int(cls[-1])
    units = rng.sample(T.UNITS[domain], rng.randint(2, min(5, len(T.UNITS[domain]))))
    reports = []
    for en, fr, grp in units:
        if domain == "corrections":
            t_en, t_fr, g = en, fr, ("EX-01" if level >= 2 else grp)
            if g == "CX-MGT":
                g = "AS-07"
        elif level >= 4:
            t_en, t_fr, g = f"Director General, {en}", f"Directeur général, {fr}", "EX-03"
        elif level >= 2:
            t_en, t_fr, g = f"Director, {en}", f"Directeur, {fr}", "EX-01"
        else:
            t_en, t_fr, g = f"Manager, {en}", f"Gestionnaire, {fr}", grp
        fte = rng.randint(15, 160) if level >= 2 else rng.randint(3, 48)
        reports.append([t_en, t_fr, g, fte])
    if rng.random() < 0.3:
        reports.append(["Executive Assistant", "Adjointe exécutive", rng.choice(["AS-02", "AS-03", "CR-05"]), 1])
    d.show_cls = rng.random() > 0.12
    d.show_fte = rng.random() > 0.12
    d.reports = reports
    base = {1: 2_000_000, 2: 6_000_000, 3: 14_000_000, 4: 40_000_000, 5: 90_000_000}[level]
    d.salary = rng.randint(base // 10_000, base * 3 // 10_000) * 10_000
    d.om = rng.randint(d.salary // 40_000, d.salary // 6_000) * 1000
    d.total = d.salary + d.om
    d.fte_total = sum(r[3] for r in reports) + rng.randint(1, 25)
    d.program = rng.randint(5, 400) * 1_000_000 if rng.random() < 0.35 else None
    d.show_total = rng.random() > 0.2
    d.show_om = rng.random() > 0.08
    d.show_loc = rng.random() > 0.1
    d.accents_lost = d.ocr and lang == "fr" and rng.random() < 0.5
    d.digit_p = rng.choice([0.0, 0.15, 0.35]) if d.ocr else 0.0
    d.letter_p = rng.choice([0.02, 0.06, 0.12]) if d.ocr else 0.0
    names = [f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}" for _ in range(3)]
    d.incumbent = names[0] if rng.random() < 0.5 else None
    d.signers = names[1:] if rng.random() < 0.85 else []
    d.cls_style = rng.choice(["dash", "dash", "space", "short", "tight"])
    d.date_style = rng.choice(["long", "dmy", "iso", "abbr", "st", "slash"] if lang != "fr" else ["long", "le", "iso", "abbr", "slash"])
    d.money_style = rng.choice(["comma", "M", "million", "K", "cents"] if lang != "fr" else ["space", "nbsp", "M", "millions", "k", "dec"])
    d.fte_style = rng.randint(0, 5)
    d.rep_style = rng.choice("ABCDE")
    d.sup_sentence = rng.random() < 0.35
    return d


# label wordings, one set drawn per document
LABELS = {
    "en": {"title": ["Position Title", "Title of Position", "Official Position Title", "Job Title", "Position", "Title (official)", "Working Title"],
           "cls": ["Classification", "Group and Level", "Group/Level", "Level", "Occupational Group & Level", "Classification Level"],
           "posno": ["Position Number", "Position No.", "Pos. No.", "Position #", "Position Reference No.", "Position ID"],
           "job": ["Job Code", "Generic Job No.", "Job Number", "Work Description No.", "Job ID", "Job Code No."],
           "date": ["Effective Date", "Date Effective", "Effective", "Date of Effect", "Approved effective", "Effective as of"],
           "sup": [("Supervisor's Position Title", "Supervisor's Position Number", "Supervisor's Group and Level"),
                   ("Reports to (Title)", "Reports to (Position No.)", "Reports to (Classification)"),
                   ("Immediate Supervisor", "Supervisor Position No.", "Supervisor Level"),
                   ("Supervisor Title", "Supervisor Pos. #", "Supervisor Classification")],
           "loc": ["Location", "Geographic Location", "Work Location", "Duty Station", "Place of Work", "City"],
           "dept": ["Department", "Organization", "Agency"], "branch": ["Branch", "Sector", "Region", "Directorate"],
           "ga": ["General Accountability", "Overall Accountability", "Purpose of the Position", "Position Summary"],
           "org": ["Organization Structure", "Organizational Context", "Structure", "Organization"],
           "ns": ["Nature and Scope", "Context and Challenges", "Scope of the Work"],
           "dim": ["Dimensions", "Financial and Human Resource Dimensions", "Key Dimensions", "Resources Managed"],
           "sa": ["Specific Accountabilities", "Main Responsibilities", "Key Accountabilities", "Principal Duties"],
           "sal": ["Salary", "Salary budget", "Salaries", "Salary Dollars"], "om": ["O&M", "Operating (O&M)", "Operations and Maintenance", "Non-salary O&M"],
           "tot": ["Total", "Total Budget", "Total Operating Budget", "Total managed"], "fte": ["FTEs", "Number of FTEs", "Employees", "Human Resources"],
           "prog": ["Grants and Contributions", "Program Budget", "G&C"],
           "inc": ["Incumbent", "Name of Incumbent", "Incumbent's name"], "cert": ["Certification", "Signatures", "Approval"]},
    "fr": {"title": ["Titre du poste", "Titre officiel du poste", "Intitulé du poste", "Titre de l'emploi", "Désignation du poste"],
           "cls": ["Classification", "Groupe et niveau", "Groupe/Niveau", "Niveau", "Groupe et niveau du poste"],
           "posno": ["Numéro du poste", "No du poste", "N° de poste", "Numéro de poste", "No de la position"],
           "job": ["Code d'emploi", "No de la description de travail", "No d'emploi", "Code de l'emploi générique"],
           "date": ["Date d'entrée en vigueur", "En vigueur le", "Date effective", "Date de prise d'effet"],
           "sup": [("Titre du poste du superviseur", "Numéro du poste du superviseur", "Classification du superviseur"),
                   ("Relève de (titre)", "Relève de (no de poste)", "Relève de (groupe et niveau)"),
                   ("Supérieur immédiat", "No de poste du supérieur", "Niveau du supérieur")],
           "loc": ["Lieu de travail", "Emplacement", "Lieu géographique", "Endroit", "Ville"],
           "dept": ["Ministère", "Organisation", "Agence"], "branch": ["Secteur", "Direction générale", "Région"],
           "ga": ["Responsabilité générale", "Raison d'être du poste", "Sommaire du poste"],
           "org": ["Structure organisationnelle", "Organisation", "Contexte organisationnel"],
           "ns": ["Nature et étendue", "Contexte et défis", "Portée du travail"],
           "dim": ["Dimensions", "Données quantitatives", "Ressources gérées"],
           "sa": ["Responsabilités spécifiques", "Responsabilités principales", "Activités principales"],
           "sal": ["Salaires", "Budget salarial", "Traitements"], "om": ["F et E", "Fonctionnement et entretien", "Budget de F&E"],
           "tot": ["Total", "Budget total", "Budget de fonctionnement total"], "fte": ["ETP", "Nombre d'ETP", "Effectif", "Ressources humaines"],
           "prog": ["Subventions et contributions", "Budget de programme", "S et C"],
           "inc": ["Titulaire", "Nom du titulaire"], "cert": ["Attestation", "Signatures", "Approbation"]},
}


def labels(d: Doc, lang: str) -> dict:
    rng = random.Random(f"labels/{d.key}/{lang}")
    return {k: rng.choice(v) for k, v in LABELS[lang].items()}


class V:
    """A document's values as printed in one language."""

    def __init__(self, d: Doc, lang: str):
        self.lang, fr = lang, lang == "fr"
        num = (lambda s: numdmg(s, d.rng, d.digit_p)) if d.ocr else (lambda s: s)
        self.title = d.tfr if fr else d.ten
        self.cls = num(fmt_cls(d.cls, d.cls_style))
        self.posno = num(d.posno) if d.posno else d.provisional
        self.job = num(d.job_code) if d.job_code else None
        self.date = num(fmt_date(d.date, lang, d.date_style))
        self.sup = d.sfr if fr else d.sen
        self.scls = num(fmt_cls(d.scls, d.cls_style))
        self.sup_no = num(d.sup_no) if d.sup_no else None
        prov = {"Quebec": "Québec", "Nova Scotia": "Nouvelle-Écosse", "British Columbia": "Colombie-Britannique",
                "Northwest Territories": "Territoires du Nord-Ouest"}.get(d.prov, d.prov) if fr else d.prov
        self.loc = d.rng.choice([f"{d.city}, {prov}", f"{d.city} ({prov})"])
        money = lambda n: num(fmt_money(n, lang, d.money_style))  # noqa: E731
        self.sal, self.om, self.tot = money(d.salary), money(d.om), money(d.total)
        self.prog = money(d.program) if d.program else None
        self.fte_total = num(fmt_fte(d.fte_total, lang, d.fte_style))
        self.dept = d.dept_fr if fr else d.dept_en
        self.reports = [(r[1] if fr else r[0], num(fmt_cls(r[2], d.cls_style)) if d.show_cls else None,
                         num(fmt_fte(r[3], lang, d.fte_style)) if d.show_fte else None) for r in d.reports]


def reports_lines(d: Doc, v: V) -> list[str]:
    fr = v.lang == "fr"
    out = []
    for i, (t, c, f) in enumerate(v.reports, 1):
        s = d.rep_style
        if s == "A":
            inner = ", ".join(x for x in (c, f) if x)
            out.append(f"- {t}" + (f" ({inner})" if inner else ""))
        elif s == "B":
            out.append(f"{c + ' - ' if c else ''}{t}" + (f" ({f});" if f else ";"))
        elif s == "D":
            out.append(" – ".join(x for x in (t, c, f) if x))
        elif s == "E":
            out.append(f"{i}. " + ", ".join(x for x in (t, c, f) if x))
        else:
            out.append(None)
    if d.rep_style == "C":
        parts = []
        for t, c, f in v.reports:
            parts.append(f"{'le' if fr else 'the'} {t}" + (f" ({c})" if c else "") + (f", {'avec un' if fr else 'with a'} {f}" if f and f.startswith(("staff", "effectif")) else (f", {f}" if f else "")))
        lead = "Relèvent du titulaire : " if fr else "Reporting to the position are: "
        return [lead + "; ".join(parts) + "."]
    return out


def sup_sentence(d: Doc, v: V) -> str:
    if v.lang == "fr":
        return f"Le titulaire relève du {v.sup} ({v.scls})" + (f", poste no {v.sup_no}" if v.sup_no else "") + "."
    return f"The position reports to the {v.sup} ({v.scls})" + (f", position {v.sup_no}" if v.sup_no else "") + "."


def prose(d: Doc, lang: str) -> dict:
    rng = random.Random(f"prose/{d.key}/{lang}")
    fr = lang == "fr"
    what = T.WHAT[d.domain][1 if fr else 0]
    fmt = dict(title=d.tfr if fr else d.ten, what=what, dept=d.dept_fr if fr else d.dept_en, sup=d.sfr if fr else d.sen)
    ga = rng.choice(T.GA_FR if fr else T.GA_EN).format(**fmt)
    if fr:
        for a, b in ((" de les ", " des "), (" de le ", " du "), (" à les ", " aux "), (" à le ", " au ")):
            ga = ga.replace(a, b)
    ns = rng.sample(T.NS_FR if fr else T.NS_EN, 3)
    sa = rng.sample(T.SA_FR if fr else T.SA_EN, rng.randint(5, 8))
    csr = T.CSR_FR if fr else T.CSR_EN
    return {"ga": ga, "ns": ns, "sa": sa, "csr": csr}


def header_fields(d: Doc, v: V, L: dict, order_seed: str) -> list[tuple[str, str]]:
    f = [(L["title"], v.title), (L["cls"], v.cls), (L["posno"], v.posno or "")]
    if v.job:
        f.append((L["job"], v.job))
    f.append((L["date"], v.date))
    f.append((L["dept"], v.dept))
    if d.show_loc:
        f.append((L["loc"], v.loc))
    rng = random.Random(order_seed)
    head, tail = f[:2], f[2:]
    rng.shuffle(tail)
    f = head + tail
    if not d.sup_sentence:
        a, b, c = L["sup"]
        f += [(a, v.sup)] + ([(b, v.sup_no)] if v.sup_no else []) + [(c, v.scls)]
    return f


def dims(d: Doc, v: V, L: dict) -> list[tuple[str, str]]:
    out = [(L["fte"], v.fte_total), (L["sal"], v.sal)]
    if d.show_om:
        out.append((L["om"], v.om))
    if d.show_total:
        out.append((L["tot"], v.tot))
    if v.prog:
        out.append((L["prog"], v.prog))
    return out


def signature(d: Doc, lang: str) -> list[str]:
    fr = lang == "fr"
    out = []
    if d.incumbent:
        out.append(f"{'Titulaire' if fr else 'Incumbent'}: {d.incumbent}")
    for name, role in zip(d.signers, ["Supervisor" if not fr else "Superviseur", "Deputy Head" if not fr else "Administrateur général"]):
        out += [f"{name}", f"{role}{' :' if fr else ':'} ____________________   Date: __________"]
    return out


# --- text renderers (OCR) -------------------------------------------------------------------------

def doc_text(d: Doc, lang: str, caps_labels: bool, colon: str, numbering: str) -> list[tuple[str, list[str]]]:
    """The document as (heading, lines) sections, in the language given."""
    v, L, p = V(d, lang), labels(d, lang), prose(d, lang)
    lab = (lambda s: s.upper()) if caps_labels else (lambda s: s)
    dm = (lambda s: dmg(s, d.rng, d.letter_p)) if d.ocr else (lambda s: s)
    head = [f"{lab(k)}{colon} {val}" for k, val in header_fields(d, v, L, f"order/{d.key}")]
    org = []
    if d.sup_sentence:
        org.append(sup_sentence(d, v))
    org.append(("Les postes suivants relèvent du titulaire :" if lang == "fr" else "The following positions report to the incumbent:")
               if d.rep_style != "C" else "")
    org += reports_lines(d, v)
    dim = [f"{lab(k)}{colon} {val}" for k, val in dims(d, v, L)]
    secs = [("ga", [dm(p["ga"])]), ("org", [x for x in org if x]), ("ns", [dm(x) for x in p["ns"]]),
            ("dim", dim), ("sa", [f"{i}. {dm(x)}" for i, x in enumerate(p["sa"], 1)])]
    rng = random.Random(f"sections/{d.key}")
    if rng.random() < 0.4:
        secs[2], secs[3] = secs[3], secs[2]
    if rng.random() < 0.25:
        secs = [secs[0], secs[4]] + secs[1:4]
    out = [("", head)]
    for n, (k, lines) in enumerate(secs, 1):
        h = L[k].upper() if caps_labels or n % 2 else L[k]
        h = {"num": f"{n}. {h}", "letter": f"{'ABCDEFG'[n - 1]}. {h}", "roman": f"{['I', 'II', 'III', 'IV', 'V'][n - 1]}. {h}", "": h}[numbering]
        out.append((h + (":" if colon == ":" and rng.random() < 0.5 else ""), lines))
    out.append((L["cert"].upper(), signature(d, lang)))
    return out


def flat(sections) -> list[str]:
    lines = []
    for h, body in sections:
        if h:
            lines += ["", h]
        lines += body
    return lines


def finish_ocr(d: Doc, text: str) -> str:
    return strip_accents(text) if d.accents_lost else text


def r_ocr_run(d: Doc) -> str:
    secs = doc_text(d, d.lang, True, ":", "")
    words = " ".join(x for x in flat(secs) if x)
    title = "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION" if d.lang == "fr" else "EXECUTIVE POSITION DESCRIPTION"
    noise = " [ Signature: Kk ee | aEi gE A [Bate a [ato TE"
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + finish_ocr(d, f"{d.abbr_en if d.lang != 'fr' else d.abbr_fr} {title} {words}{noise}")


def wrap_hyph(lines: list[str], rng: random.Random, width: int) -> list[str]:
    out = []
    for line in lines:
        if len(line) <= width:
            out.append(line)
            continue
        for w in textwrap.wrap(line, width):
            if out and rng.random() < 0.25 and out[-1] and len(out[-1]) > 20 and not out[-1].endswith("-"):
                pass
            out.append(w)
    # hyphenate some line ends: move half of the next line's first word up
    for i in range(len(out) - 1):
        nxt = out[i + 1].split(" ", 1)
        if len(nxt[0]) > 8 and nxt[0].isalpha() and rng.random() < 0.3 and not any(c.isdigit() for c in out[i]):
            cut = len(nxt[0]) // 2
            out[i] = out[i] + " " + nxt[0][:cut] + "-"
            out[i + 1] = nxt[0][cut:] + (" " + nxt[1] if len(nxt) > 1 else "")
    return out


def paginate(d: Doc, lines: list[str], per: int, header: str, footer: str) -> str:
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for n, page in enumerate(pages, 1):
        if n > 1:
            out.append(header)
        out += page
        out += ["", footer.format(n=n, N=len(pages)), "\f" if n < len(pages) else ""]
    return "\n".join(out)


def r_ocr_pages(d: Doc) -> str:
    fr = d.lang == "fr"
    secs = doc_text(d, d.lang, False, " :" if fr else ":", d.rng.choice(["num", "roman", ""]))
    lines = wrap_hyph(flat(secs), d.rng, 78)
    head = (d.dept_fr if fr else d.dept_en).upper() + "   " + ("Description de travail" if fr else "Work Description")
    foot = d.rng.choice(["Page {n} de {N}" if fr else "Page {n} of {N}", "- {n} -", "PROTÉGÉ B une fois rempli    {n}" if fr else "PROTECTED B when completed    {n}"])
    return finish_ocr(d, head + "\n\n" + paginate(d, lines, 40, head, foot))


def r_ocr_label_over(d: Doc) -> str:
    fr = d.lang == "fr"
    secs = doc_text(d, d.lang, True, "", d.rng.choice(["letter", "num"]))
    out = []
    for h, body in secs:
        if h:
            out += ["", h, ""]
        for line in body:
            if h == "" or h.endswith(("DIMENSIONS", "QUANTITATIVES", "GÉRÉES", "MANAGED")):
                k, _, val = line.partition(" ", ) if False else (None, None, None)
            out.append(line)
    # header and dimensions: label on one line, value on the next
    v, L = V(d, d.lang), labels(d, d.lang)
    top = []
    for k, val in header_fields(d, v, L, f"order/{d.key}"):
        top += [k.upper() + d.rng.choice(["", ":"]), val, ""]
    body = flat(secs[1:])
    dimpairs = []
    for k, val in dims(d, v, L):
        dimpairs += [k, val]
    body = [x for x in body if not any(x.startswith(k.upper()) for k, _ in dims(d, v, L))]
    idx = next((i for i, x in enumerate(body) if x.strip(" :").endswith(L["dim"].upper()) or x.strip(" :").endswith(L["dim"])), None)
    if idx is not None:
        body[idx + 1:idx + 1] = dimpairs
    title = "DESCRIPTION DE TRAVAIL" if fr else "WORK DESCRIPTION"
    return finish_ocr(d, "\n".join([(d.dept_fr if fr else d.dept_en), title, ""] + top + wrap_hyph(body, d.rng, 85)) + "\n")


def r_ocr_columns(d: Doc) -> str:
    v, L, p = V(d, d.lang), labels(d, d.lang), prose(d, d.lang)
    hf = header_fields(d, v, L, f"order/{d.key}")
    lines = ["EXECUTIVE JOB DESCRIPTION", ""]
    for i in range(0, len(hf), 2):
        left = f"{hf[i][0]}: {hf[i][1]}"
        right = f"{hf[i + 1][0]}: {hf[i + 1][1]}" if i + 1 < len(hf) else ""
        lines.append(f"{left:<56}  {right}".rstrip())
    lines += ["", f"{L['ga'].upper()}:", dmg(p["ga"], d.rng, d.letter_p), ""]
    left = [L["org"].upper() + ":"] + ([sup_sentence(d, v)] if d.sup_sentence else []) + reports_lines(d, v)
    left = textwrap.wrap(" ".join(x for x in left if x), 52)
    right = [L["dim"].upper() + ":"] + [f"{k}: {val}" for k, val in dims(d, v, L)] + ["", L["ns"].upper() + ":"]
    right += textwrap.wrap(" ".join(dmg(x, d.rng, d.letter_p) for x in p["ns"]), 44)
    sep = d.rng.choice(["   ", " | ", "  "])
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        lines.append(f"{a:<52}{sep}{b}".rstrip())
    lines += ["", L["sa"].upper()] + [f"{i}. {dmg(x, d.rng, d.letter_p)}" for i, x in enumerate(p["sa"], 1)]
    lines += ["", L["cert"].upper()] + signature(d, d.lang)
    return finish_ocr(d, "\n".join(lines) + "\n")


def r_ocr_csr(d: Doc) -> str:
    fr = d.lang == "fr"
    v, L, p = V(d, d.lang), labels(d, d.lang), prose(d, d.lang)
    lines = [v.dept.upper(), ("Description de travail de cadre de direction" if fr else "Executive Work Description"), ""]
    lines += [f"{k}{' :' if fr else ':'} {val}" for k, val in header_fields(d, v, L, f"order/{d.key}")]
    lines += ["", "RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE" if fr else "CLIENT SERVICE RESULTS"] + [dmg(x, d.rng, d.letter_p) for x in p["csr"]]
    lines += ["", "ACTIVITÉS PRINCIPALES" if fr else "KEY ACTIVITIES"] + [f"• {dmg(x, d.rng, d.letter_p)}".replace("•", d.rng.choice(["•", "e", ">", "-"])) for x in p["sa"]]
    lines += ["", L["org"].upper()] + ([sup_sentence(d, v)] if d.sup_sentence else []) + reports_lines(d, v)
    lines += ["", L["dim"].upper()] + [f"{k}{' :' if fr else ':'} {val}" for k, val in dims(d, v, L)]
    lines += ["", L["ns"].upper()] + [dmg(x, d.rng, d.letter_p) for x in p["ns"]]
    lines += ["", L["cert"].upper()] + signature(d, d.lang)
    return finish_ocr(d, "\n".join(wrap_hyph(lines, d.rng, 90)) + "\n")


def r_ocr_dots(d: Doc) -> str:
    fr = d.lang == "fr"
    secs = doc_text(d, d.lang, False, "", "num")
    out = []
    for h, body in secs:
        if h:
            out += ["", h]
        for line in body:
            out.append(line)
    v, L = V(d, d.lang), labels(d, d.lang)
    top = [f"{k} {'.' * max(3, 34 - len(k))} {val}" for k, val in header_fields(d, v, L, f"order/{d.key}")]
    dimlines = {f"{k} {val}": f"{k} {'.' * max(3, 30 - len(k))} {val}" for k, val in dims(d, v, L)}
    body = [dimlines.get(x, x) for x in flat(secs[1:])]
    title = ("DESCRIPTION DE POSTE - CADRE DE DIRECTION" if fr else "EXECUTIVE POSITION DESCRIPTION")
    return finish_ocr(d, "\n".join([title, ""] + top + wrap_hyph(body, d.rng, 80)) + "\n")


def r_ocr_typewriter(d: Doc) -> str:
    secs = doc_text(d, d.lang, True, ":", "roman")
    lines = [x.upper() if not x.startswith(tuple("0123456789")) else x for x in flat(secs)]
    lines = [x.upper() for x in lines]
    top = [f"{d.dept_en.upper()}", "POSITION DESCRIPTION - MANAGEMENT CATEGORY" if d.date.year < 2001 else "EXECUTIVE GROUP POSITION DESCRIPTION", ""]
    return finish_ocr(d, "\n".join(top + wrap_hyph(lines, d.rng, 70)) + "\n\n" + d.rng.choice(["~ ,. ' ;", "|| : .", ""]) + "\n")


def r_ocr_bilingual(d: Doc) -> str:
    ve, vf, Le, Lf = V(d, "en"), V(d, "fr"), labels(d, "en"), labels(d, "fr")
    pe, pf = prose(d, "en"), prose(d, "fr")
    lines = [f"{d.dept_en} / {d.dept_fr}", "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL", ""]
    fe, ff = header_fields(d, ve, Le, f"order/{d.key}"), header_fields(d, vf, Lf, f"order/{d.key}")
    for (ke, va), (kf, vb) in zip(fe, ff):
        lines.append(f"{ke} / {kf}: {va}" + (f" / {vb}" if vb != va else ""))
    for k, be, bf in (("ga", [pe["ga"]], [pf["ga"]]), ("org", ([sup_sentence(d, ve)] if d.sup_sentence else []) + reports_lines(d, ve),
                                                    ([sup_sentence(d, vf)] if d.sup_sentence else []) + reports_lines(d, vf)),
                      ("dim", [f"{a} / {b}: {x}" for (a, x), (b, _) in zip(dims(d, ve, Le), dims(d, vf, Lf))], []),
                      ("sa", pe["sa"], pf["sa"])):
        lines += ["", f"{Le[k].upper()} / {Lf[k].upper()}"] + [dmg(x, d.rng, d.letter_p) for x in be] + ([""] + [dmg(x, d.rng, d.letter_p) for x in bf] if bf else [])
    lines += ["", "SIGNATURES"] + signature(d, "en")
    return "\n".join(wrap_hyph(lines, d.rng, 100)) + "\n"


# --- Word renderers ---------------------------------------------------------------------------------

def new_docx():
    import docx
    document = docx.Document()
    cp = document.core_properties
    cp.author, cp.last_modified_by = "", ""
    cp.created = cp.modified = dt.datetime(2000, 1, 1)
    cp.revision = 1
    return document


def save_docx(document) -> bytes:
    raw = io.BytesIO()
    document.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def para_label(document, label: str, value: str, sep: str = ": "):
    p = document.add_paragraph()
    p.add_run(label + sep.rstrip(" ") if sep.strip() else label).bold = True
    p.add_run(" " + value)


def table(document, rows: list[list[str]], bold_first=True):
    t = document.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for r in rows:
        cells = t.add_row().cells
        for i, (c, text) in enumerate(zip(cells, r)):
            c.text = ""
            run = c.paragraphs[0].add_run(text)
            run.bold = bold_first and i % 2 == 0 and len(r) != 3
    return t


def docx_body(document, d: Doc, lang: str, mode: str, numbered: bool):
    v, L, p = V(d, lang), labels(d, lang), prose(d, lang)
    fr = lang == "fr"
    hf = header_fields(d, v, L, f"order/{d.key}")
    document.add_heading(("Description de travail" if fr else "Work Description") + (" – Groupe de la direction" if fr else " – Executive Group"), 1)
    if mode == "table":
        table(document, [[k, val] for k, val in hf])
    elif mode == "table4":
        rows = []
        for i in range(0, len(hf), 2):
            a = hf[i]
            b = hf[i + 1] if i + 1 < len(hf) else ("", "")
            rows.append([a[0], a[1], b[0], b[1]])
        table(document, rows)
    elif mode == "bold":
        for k, val in hf:
            para_label(document, k, val, " :" if fr else ":")
    elif mode == "over":
        for k, val in hf:
            document.add_paragraph().add_run(k.upper()).bold = True
            document.add_paragraph(val)
    n = 0

    def heading(key):
        nonlocal n
        n += 1
        document.add_heading((f"{n}. " if numbered else "") + (L[key] if n % 2 else L[key].upper()), 2)

    if mode == "csr":
        for k, val in hf:
            para_label(document, k, val, " :" if fr else ":")
        document.add_heading("Résultats axés sur le service à la clientèle" if fr else "Client Service Results", 2)
        for x in p["csr"]:
            document.add_paragraph(x, style="List Bullet")
        document.add_heading("Activités principales" if fr else "Key Activities", 2)
        for x in p["sa"]:
            document.add_paragraph(x, style="List Bullet")
    else:
        heading("ga")
        document.add_paragraph(p["ga"])
    heading("org")
    if d.sup_sentence:
        document.add_paragraph(sup_sentence(d, v))
    if mode in ("table4", "table") and d.rep_style in "AE":
        hdr = ["Titre", "Groupe et niveau", "ETP"] if fr else ["Position", "Group and Level", "FTEs"]
        rows = [hdr] + [[t, c or "", (f.split()[0] if f and f[0].isdigit() else (f.split()[-1] if f else ""))] for t, c, f in v.reports]
        table(document, rows, bold_first=False)
    else:
        document.add_paragraph("Les postes suivants relèvent du titulaire :" if fr else "The following positions report to this position:") if d.rep_style != "C" else None
        for line in reports_lines(d, v):
            document.add_paragraph(line.lstrip("- "), style="List Bullet" if d.rep_style == "A" else None)
    heading("dim")
    if mode in ("table", "table4", "over"):
        table(document, [[k, val] for k, val in dims(d, v, L)])
    else:
        for k, val in dims(d, v, L):
            para_label(document, k, val, " :" if fr else ":")
    heading("ns")
    for x in p["ns"]:
        document.add_paragraph(x)
    if mode != "csr":
        heading("sa")
        for x in p["sa"]:
            document.add_paragraph(x, style="List Number")
    document.add_heading(L["cert"], 2)
    for line in signature(d, lang):
        document.add_paragraph(line)


def r_docx(d: Doc) -> bytes:
    document = new_docx()
    mode = {"docx_table": "table", "docx_table4": "table4", "docx_bold": "bold", "docx_label_over": "over", "docx_csr": "csr"}.get(d.layout)
    if d.layout == "docx_en_fr":
        docx_body(document, d, "en", "bold", False)
        document.add_page_break()
        docx_body(document, d, "fr", "bold", False)
    elif d.layout == "docx_bilingual":
        ve, vf, Le, Lf = V(d, "en"), V(d, "fr"), labels(d, "en"), labels(d, "fr")
        document.add_heading("Work Description / Description de travail", 1)
        rows = [[f"{a} / {b}", x, y] for (a, x), (b, y) in zip(header_fields(d, ve, Le, f"order/{d.key}"), header_fields(d, vf, Lf, f"order/{d.key}"))]
        table(document, rows)
        pe, pf = prose(d, "en"), prose(d, "fr")
        for k, be, bf in (("ga", [pe["ga"]], [pf["ga"]]), ("org", ([sup_sentence(d, ve)] if d.sup_sentence else []) + reports_lines(d, ve),
                                                        ([sup_sentence(d, vf)] if d.sup_sentence else []) + reports_lines(d, vf)),
                          ("sa", pe["sa"], pf["sa"])):
            document.add_heading(f"{Le[k]} / {Lf[k]}", 2)
            t = document.add_table(rows=1, cols=2)
            t.rows[0].cells[0].text = "\n".join(be)
            t.rows[0].cells[1].text = "\n".join(bf)
        document.add_heading(f"{Le['dim']} / {Lf['dim']}", 2)
        table(document, [[f"{a} / {b}", x] for (a, x), (b, _) in zip(dims(d, ve, Le), dims(d, vf, Lf))])
        for line in signature(d, "en"):
            document.add_paragraph(line)
    else:
        docx_body(document, d, d.lang, mode, d.rng.random() < 0.5)
    return save_docx(document)


RENDER = {"ocr_run": r_ocr_run, "ocr_pages": r_ocr_pages, "ocr_label_over": r_ocr_label_over, "ocr_columns": r_ocr_columns,
          "ocr_csr": r_ocr_csr, "ocr_dots": r_ocr_dots, "ocr_typewriter": r_ocr_typewriter, "ocr_bilingual": r_ocr_bilingual}


def filename(d: Doc, n: int) -> str:
    fr = d.lang == "fr"
    t = d.tfr if fr else d.ten
    ext = ".docx" if d.layout.startswith("docx") else ".txt"
    styles = [f"{t}{ext}", f"WD {d.posno or d.provisional} {d.cls} - {t}{ext}", f"{d.abbr_fr if fr else d.abbr_en} {d.date.year} {t}{ext}",
              f"{'DT' if fr else 'JD'}_{t.replace(', ', '_').replace(' ', '_')}{ext}", f"{t} (scan {n:03d}){ext}" if ext == ".txt" else f"{t} - signed{ext}"]
    return random.Random(f"name/{d.key}").choice(styles).replace("/", "-").replace("'", "’" if n % 3 == 0 else "'")


# --- ground truth ------------------------------------------------------------------------------------

def either(d: Doc, en: str, fr: str):
    if d.lang == "bi":
        return [en, fr]
    text = fr if d.lang == "fr" else en
    return [text, strip_accents(text)] if d.accents_lost and strip_accents(text) != text else text


def truth(d: Doc, name: str) -> dict:
    sup_title = either(d, d.sen, d.sfr)
    reps = []
    for en, fr, g, f in d.reports:
        reps.append({"title": either(d, en, fr), "classification": g if d.show_cls else None, "fte": f if d.show_fte else None})
    prov = d.prov if d.lang != "fr" else {"Quebec": "Québec", "Nova Scotia": "Nouvelle-Écosse", "British Columbia": "Colombie-Britannique",
                                          "Northwest Territories": "Territoires du Nord-Ouest"}.get(d.prov, d.prov)
    loc = None
    if d.show_loc:
        loc = f"{d.city}, {prov}"
        if d.accents_lost and strip_accents(loc) != loc:
            loc = [loc, strip_accents(loc)]
    fields = {"title": either(d, d.ten, d.tfr), "classification": d.cls, "job_code": d.job_code, "position_number": d.posno,
              "effective_date": d.date, "supervisor": {"position_number": d.sup_no, "title": sup_title, "classification": d.scls},
              "direct_reports": reps, "salary": d.salary, "o_and_m": d.om if d.show_om else None,
              "total": d.total if d.show_total else None, "location": loc}
    not_stated = [k for k in ("job_code", "position_number", "o_and_m", "total", "location") if fields[k] is None]
    not_stated += [f"supervisor.{k}" for k, x in fields["supervisor"].items() if x is None]
    kind = "docx" if d.layout.startswith("docx") else ("ocr-columns" if d.layout == "ocr_columns" else "ocr")
    return {"document": name, "kind": kind, "language": d.lang, "outcome": "import", "fields": fields, "not_stated": not_stated,
            "also": {"fte": d.fte_total, "operating_budget": None, "program_budget": d.program, "provisional_number": d.provisional,
                     "layout": d.layout, "department": d.dept_en, "damage": {"digits": d.digit_p, "letters": d.letter_p, "accents_lost": d.accents_lost}},
            "people": [x for x in [d.incumbent] + d.signers if x]}


# --- documents to refuse --------------------------------------------------------------------------------

def refusals() -> list[tuple[str, bytes, dict]]:
    out = []
    memo = """--- Full Extracted Text ---
MEMORANDUM / NOTE DE SERVICE
TO: All Regional Directors General, Indian and Northern Affairs Canada
FROM: Director, Executive Group Services
SUBJECT: Review of EX work descriptions - 2004 classification monitoring exercise
DATE: March 15, 2004
The Treasury Board Secretariat has asked departments to confirm, by May 31, that every EX-01 to EX-03
position has a current work description on file. Please send the signed copies to Corporate Human
Resources (Les Terrasses de la Chaudiere, 10 Wellington Street, Gatineau). Descriptions older than five
years must be reviewed with your classification advisor before they are submitted. Questions may be
directed to the Executive Group Services unit.
c.c. Senior Assistant Deputy Minister, Regional Operations
"""
    out.append(("Memo - EX work description review 2004 (scan).txt", memo.encode("utf-8"), {"kind": "ocr", "language": "en", "what": "memorandum"}))
    document = new_docx()
    document.add_heading("Avis de possibilité d'emploi – Directeur, Opérations régionales (EX-01)", 1)
    for k, val in [("Numéro de référence", "ISC23J-118742-000021"), ("Ministère", "Services aux Autochtones Canada"), ("Lieu", "Regina (Saskatchewan)"),
                   ("Salaire", "De 122 100 $ à 143 600 $"), ("Date de fermeture", "16 juin 2023 - 23 h 59, heure du Pacifique")]:
        para_label(document, k, val, " :")
    document.add_heading("Qualifications essentielles", 2)
    for x in ["Diplôme d'un établissement d'enseignement postsecondaire reconnu", "Expérience significative de la gestion de ressources humaines et financières",
              "Expérience de la collaboration avec des collectivités des Premières Nations"]:
        document.add_paragraph(x, style="List Bullet")
    document.add_paragraph("Nous vous remercions de l'intérêt que vous portez à la fonction publique. Seules les personnes retenues seront contactées.")
    out.append(("Avis d'emploi - Directeur opérations régionales 2023.docx", save_docx(document), {"kind": "docx", "language": "fr", "what": "job poster"}))
    document = new_docx()
    document.add_paragraph("Aboriginal Affairs and Northern Development Canada")
    document.add_paragraph("Gatineau, October 3, 2013")
    document.add_paragraph("Dear Ms. Linklater,")
    document.add_paragraph("I am pleased to offer you an indeterminate appointment to the position of Director, Funding Services (EX-01), "
                           "position number 48213, in the Alberta Region, effective November 4, 2013. Your salary will be $112,000 per annum, "
                           "within the EX-01 range. This offer is conditional on your obtaining and maintaining a Secret security clearance.")
    document.add_paragraph("Please sign and return a copy of this letter by October 18, 2013 to indicate your acceptance.")
    document.add_paragraph("Yours sincerely,")
    document.add_paragraph("Regional Director General, Alberta Region")
    document.add_paragraph("I accept the offer of employment: ____________________  Date: ________")
    out.append(("Letter of offer - Linklater.docx", save_docx(document), {"kind": "docx", "language": "en", "what": "letter of offer"}))
    org = """--- Full Extracted Text ---
INDIGENOUS SERVICES CANADA - MANITOBA REGION ORGANIZATION CHART (as of April 1, 2021)
Regional Director General (EX-02) 44512
| Director, Programs and Partnerships (EX-01) 44519 | Director, Finance and Administration (EX-01) 44530 | Director, Capital Infrastructure (EX-01) 44541
| Manager, Education (PM-06) | Manager, Funding Agreements (FI-03) | Manager, Housing (PM-06)
| Manager, Social Programs (PM-06) | Manager, Accounting Operations (FI-02) | Manager, Water and Wastewater (EN-ENG-05)
Vacant positions shaded. Chart prepared by Regional Human Resources. Not a work description.
"""
    out.append(("MB Region org chart 2021.txt", org.encode("utf-8"), {"kind": "ocr", "language": "en", "what": "organization chart"}))
    out.append(("Scan_0047.pdf", pdf_bytes(["", ""]), {"kind": "pdf", "language": "en", "what": "scan without a text layer (unreadable)"}))
    return out


def write_yaml(path: Path, data: dict):
    from ruamel.yaml import YAML
    y = YAML()
    y.default_flow_style = False
    y.allow_unicode = True
    y.width = 200
    with path.open("w", encoding="utf-8") as fh:
        y.dump(data, fh)


def main() -> int:
    for folder in (CORPUS, EXPECTED):
        folder.mkdir(exist_ok=True)
        for f in folder.iterdir():
            f.unlink()
    names = set()
    for n, row in enumerate(P):
        d = build(row)
        name = filename(d, n)
        assert name not in names, name
        names.add(name)
        if d.layout.startswith("docx"):
            data = r_docx(d)
        else:
            text = RENDER[d.layout](d)
            enc = "cp1252" if d.rng.random() < 0.2 and d.lang == "en" else "utf-8"
            data = text.encode(enc, "replace")
        (CORPUS / name).write_bytes(data)
        write_yaml(EXPECTED / f"{name}.expected.yaml", truth(d, name))
    for name, data, meta in refusals():
        (CORPUS / name).write_bytes(data)
        write_yaml(EXPECTED / f"{name}.expected.yaml", {"document": name, "kind": meta["kind"], "language": meta["language"], "outcome": "refuse",
                                                        "also": {"what": meta["what"]}, "people": ["Linklater"] if "offer" in name else []})
    print(f"{len(list(CORPUS.iterdir()))} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
