#!/usr/bin/env python3
"""Render the blind31 corpus: corpus/ (OCR text and Word files) and expected/ (ground truth).

    /work/main/.venv/bin/python bench/import/blind31/make_blind.py

Deterministic: one seeded random generator per document, fixed Word metadata and zip times.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import sys
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
from positions import P  # noqa: E402
import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402,F401  (kept for PDF variants; none used yet)

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
PROV_FR = {"Quebec": "Québec", "Nova Scotia": "Nouvelle-Écosse", "New Brunswick": "Nouveau-Brunswick",
           "British Columbia": "Colombie-Britannique", "Prince Edward Island": "Île-du-Prince-Édouard",
           "Newfoundland and Labrador": "Terre-Neuve-et-Labrador"}
PROV_ABBR = {"Ontario": "Ont.", "Quebec": "Que.", "Québec": "Qc", "Alberta": "Alta.", "Manitoba": "Man.",
             "Saskatchewan": "Sask.", "Nova Scotia": "N.S.", "New Brunswick": "N.B.", "British Columbia": "B.C.",
             "Prince Edward Island": "P.E.I.", "Newfoundland and Labrador": "N.L.", "Nunavut": "Nvt."}

# ---- label wordings: each form had its own -------------------------------------------------------------
L = {
 "en": {
  "title": ["Position Title", "Title of Position", "Working Title", "Official Title", "POSITION", "Job Title",
            "Title (English)", "Position Name"],
  "cls": ["Classification", "Group and Level", "Group/Level", "Level", "Classification Level", "Grp & Lvl",
          "Proposed Classification", "Occupational Group/Level"],
  "job": ["Job Code", "Generic Job No.", "Job Number", "JD Code", "Work Description No.", "Job ID", "Description Number"],
  "pos": ["Position Number", "Position No.", "Pos. No.", "Position #", "Incumbent Position No.", "Position Ref.",
          "PIN"],
  "date": ["Effective Date", "Date Effective", "Effective", "Date of Approval", "Effective as of", "Classification Effective Date"],
  "sup_pos": ["Supervisor's Position Number", "Reports to Position No.", "Superior's Position #",
              "Position No. of Supervisor", "Supervisor Pos. No."],
  "sup_title": ["Supervisor's Title", "Reports to", "Title of Supervisor", "Immediate Supervisor",
                "Supervisor Position Title", "Reporting To"],
  "sup_cls": ["Supervisor's Classification", "Supervisor Level", "Group/Level of Supervisor", "Supervisor's Group & Level"],
  "loc": ["Location", "Geographic Location", "Work Location", "Headquarters", "City/Province", "Place of Work"],
  "org": ["Department", "Organization", "Department/Agency", "Branch/Sector"],
  "h_ga": ["General Accountability", "Overall Accountability", "Purpose of the Position", "Position Summary", "Accountability"],
  "h_org": ["Organization Structure", "Organizational Context", "Structure", "Reporting Relationships", "Organization"],
  "h_ns": ["Nature and Scope", "Context", "Scope and Complexity", "Environment", "Operating Context"],
  "h_dim": ["Dimensions", "Key Dimensions", "Resources Managed", "Financial and Human Resources", "Scope Indicators"],
  "h_sa": ["Specific Accountabilities", "Key Responsibilities", "Main Activities", "Principal Duties", "Key Accountabilities"],
  "salary": ["Salary", "Salary Budget", "Salaries", "Personnel (Salary)", "Wage Envelope"],
  "om": ["O&M", "Operating and Maintenance", "O & M Budget", "Non-Salary Operating", "Operating"],
  "total": ["Total", "Total Budget", "Total Operating Budget", "Total Resources", "Total Salary and O&M"],
  "fte": ["FTEs", "Full-Time Equivalents", "Staff", "Employees", "Human Resources"],
 },
 "fr": {
  "title": ["Titre du poste", "Titre", "Intitulé du poste", "Titre officiel", "TITRE DU POSTE", "Appellation du poste"],
  "cls": ["Classification", "Groupe et niveau", "Groupe/Niveau", "Niveau", "Classification proposée"],
  "job": ["Code de l'emploi", "No de la description", "Numéro d'emploi", "Code de la description de travail"],
  "pos": ["Numéro du poste", "No du poste", "Poste no", "N° de poste", "Numéro de poste"],
  "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'effet"],
  "sup_pos": ["Numéro du poste du superviseur", "No du poste du supérieur", "Poste du supérieur no", "N° de poste du surveillant"],
  "sup_title": ["Titre du superviseur", "Relève de", "Titre du supérieur immédiat", "Supérieur hiérarchique"],
  "sup_cls": ["Classification du superviseur", "Groupe et niveau du supérieur", "Niveau du superviseur"],
  "loc": ["Lieu de travail", "Emplacement", "Lieu", "Ville/Province", "Endroit"],
  "org": ["Ministère", "Organisme", "Ministère/Organisme"],
  "h_ga": ["Responsabilité générale", "Raison d'être du poste", "Sommaire du poste", "Responsabilités générales"],
  "h_org": ["Structure organisationnelle", "Organisation", "Contexte organisationnel", "Liens hiérarchiques"],
  "h_ns": ["Nature et étendue", "Contexte", "Portée et complexité", "Environnement de travail"],
  "h_dim": ["Dimensions", "Ressources gérées", "Données quantitatives", "Principales dimensions"],
  "h_sa": ["Responsabilités spécifiques", "Activités principales", "Fonctions principales", "Responsabilités particulières"],
  "salary": ["Salaires", "Budget salarial", "Traitements", "Enveloppe salariale"],
  "om": ["F et E", "Fonctionnement et entretien", "Budget de F et E", "Dépenses de fonctionnement"],
  "total": ["Total", "Budget total", "Budget global", "Total des ressources"],
  "fte": ["ETP", "Équivalents temps plein", "Effectif", "Employés"],
 },
}


def pick(rng, lang, key):
    return rng.choice(L[lang][key])


# ---- value notations ----------------------------------------------------------------------------------
def ex(level, rng, ocr=False):
    style = rng.choice(["EX-0{}", "EX 0{}", "EX-{}", "EX0{}", "EX-0{}", "EX - 0{}"])
    text = style.format(level)
    if ocr and rng.random() < 0.45:
        text = text.replace("0", "O")
    return text


def cls_text(c, rng, ocr=False):
    if c and c.startswith("EX-"):
        return ex(int(c[-1]), rng, ocr)
    if c and ocr and rng.random() < 0.3:
        return c.replace("0", "O")
    return c


def date_text(d, lang, rng):
    if lang == "fr":
        s = rng.choice(["{d} {m} {y}", "le {d} {m} {y}", "{iso}", "{dd}/{mm}/{y}", "{d} {M} {y}"])
        day = "1er" if d.day == 1 and "le" in s else str(d.day)
        return s.format(d=day, m=MONTHS_FR[d.month - 1], M=MONTHS_FR[d.month - 1].upper(), y=d.year, iso=d.isoformat(),
                        dd=f"{d.day:02d}", mm=f"{d.month:02d}")
    s = rng.choice(["{M} {d}, {y}", "{d} {M} {y}", "{iso}", "{MMM} {dd} {y}", "{M} {th}, {y}", "{y}/{mm}/{dd}"])
    th = f"{d.day}{'th' if 10 < d.day < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}"
    return s.format(M=MONTHS_EN[d.month - 1], MMM=MONTHS_EN[d.month - 1][:3].upper(), d=d.day, dd=f"{d.day:02d}",
                    mm=f"{d.month:02d}", y=d.year, iso=d.isoformat(), th=th)


def _dec(v, unit, sep="."):
    s = f"{v / unit:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", sep)


def amount(v, lang, rng):
    if lang == "fr":
        s = rng.choice(["sp", "spc", "M", "Mw", "k"])
        if s == "sp":
            return f"{v:,}".replace(",", " ") + " $"
        if s == "spc":
            return f"{v:,}".replace(",", " ") + ",00 $"
        if s == "M":
            return _dec(v, 1e6, ",") + " M$"
        if s == "Mw":
            return _dec(v, 1e6, ",") + " millions $"
        return f"{v // 1000:,}".replace(",", " ") + " k$" if v % 1000 == 0 else f"{v:,}".replace(",", " ") + " $"
    s = rng.choice(["comma", "M", "Mw", "K", "commac", "Ms"])
    if s == "comma":
        return f"${v:,}"
    if s == "commac":
        return f"${v:,}.00"
    if s == "M":
        return f"${_dec(v, 1e6)}M"
    if s == "Ms":
        return f"$ {_dec(v, 1e6)} M"
    if s == "Mw":
        return f"${_dec(v, 1e6)} million"
    return f"${v // 1000:,}K" if v % 1000 == 0 else f"${v:,}"


def fte_text(n, lang, rng):
    if n is None:
        return ""
    if lang == "fr":
        return rng.choice(["{} ETP", "{} ETP", "effectif de {}", "{} employés", "{} a.-p."]).format(n)
    return rng.choice(["{} FTEs", "{} FTE", "{} FTE's", "staff of {}", "{} employees", "{} P.Y."]).format(n)


def ocr_num(s, rng, rate=0.5):
    """Digits a scan misread: O for 0, I or l for 1, S for 5, B for 8 (some of them)."""
    out = []
    for ch in s:
        if ch in "0158" and rng.random() < rate:
            ch = {"0": "O", "1": rng.choice("Il"), "5": "S", "8": "B"}[ch]
        out.append(ch)
    return "".join(out)


SWAPS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("ti", "b"), ("fi", "f"), ("o", "a")]


def damage_prose(text, rng, rate=0.06, accents=0.0):
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and rng.random() < rate:
            a, b = rng.choice(SWAPS)
            if a in w:
                words[i] = w.replace(a, b, 1)
        elif len(w) > 3 and rng.random() < rate / 3 and i + 1 < len(words):
            words[i] = w + words[i + 1]
            words[i + 1] = ""
    out = " ".join(x for x in words if x != "")
    if accents:
        table = str.maketrans("éèêàçôîûÉ", "eeeacoiuE")
        out = "".join(ch.translate(table) if rng.random() < accents else ch for ch in out)
    return out


# ---- a position's facts -------------------------------------------------------------------------------
def facts(i, p):
    rng = random.Random(3100 + i * 37)
    slug, lang, fmt, org, title, title_fr, level, city, prov, sup_t, sup_l, reports, dom = p
    f = dict(slug=slug, lang=lang, fmt=fmt, org=org, title=title, title_fr=title_fr, level=level, city=city,
             prov=prov, sup_title=sup_t, sup_level=sup_l, reports=reports, dom=dom)
    f["job"] = None if rng.random() < 0.18 else str(rng.randint(100100, 109990))
    r = rng.random()
    f["pos"] = "NEW" if r < 0.07 else ("TBD" if r < 0.1 else str(rng.randint(10000, 99999)) if r < 0.9
                                       else f"{rng.randint(100000, 999999)}")
    f["date"] = None if rng.random() < 0.12 else dt.date(rng.randint(1998, 2024), rng.randint(1, 12), rng.randint(1, 28))
    f["sup_pos"] = None if rng.random() < 0.3 else str(rng.randint(10000, 99999))
    staff = sum(x[2] or 0 for x in reports) + rng.randint(1, 4)
    f["fte"] = staff
    sal = max(10, round(staff * rng.uniform(8.2, 10.5))) * 10000
    om = rng.randint(40, 4000) * 1000
    f["salary"], f["om"], f["total"] = sal, om, sal + om
    f["dimmode"] = rng.choice(["all", "all", "all", "so", "total", "none", "all_prog"])
    f["program"] = rng.randint(5, 900) * 100000 if f["dimmode"] == "all_prog" else None
    f["people"] = [T.NAMES[(i * 3) % len(T.NAMES)], T.NAMES[(i * 3 + 7) % len(T.NAMES)]]
    f["incumbent"] = rng.random() < 0.5
    f["rng"] = rng
    return f


def truth(f, name, kind, lang):
    d = f
    stated = {"salary": d["dimmode"] in ("all", "so", "all_prog"), "o_and_m": d["dimmode"] in ("all", "so", "all_prog"),
              "total": d["dimmode"] in ("all", "total", "all_prog")}
    title = [d["title"], d["title_fr"]] if d["title_fr"] else d["title"]
    pos = d["pos"] if d["pos"].isdigit() else None
    fields = {
        "title": title,
        "classification": f"EX-0{d['level']}",
        "job_code": d["job"],
        "position_number": pos,
        "effective_date": d["date"],
        "supervisor": {"position_number": d["sup_pos"], "title": d["sup_title"],
                       "classification": f"EX-0{d['sup_level']}" if d["sup_level"] else None},
        "direct_reports": [{"title": t, "classification": c, "fte": n} for t, c, n in d["reports"]],
        "salary": d["salary"] if stated["salary"] else None,
        "o_and_m": d["om"] if stated["o_and_m"] else None,
        "total": d["total"] if stated["total"] else None,
        "location": f"{d['city']}, {d['prov']}",
    }
    not_stated = [k for k in ("job_code", "position_number", "effective_date") if fields[k] is None]
    not_stated += ["supervisor." + k for k, v in fields["supervisor"].items() if v is None]
    not_stated += [k for k in ("salary", "o_and_m", "total") if fields[k] is None]
    return {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
            "not_stated": not_stated,
            "also": {"fte": d["fte"], "operating_budget": None, "program_budget": d["program"],
                     "provisional_number": None if pos else d["pos"]},
            "people": d["people_used"], "versions": None}


# ---- document content as a neutral structure -----------------------------------------------------------
def header_pairs(f, lang, rng, ocr):
    """(label, value) pairs of the header, in a shuffled order (forms differ)."""
    L2 = "en" if lang == "bi" else lang
    loc_prov = PROV_FR.get(f["prov"], f["prov"]) if L2 == "fr" else f["prov"]
    loc = rng.choice(["{c}, {p}", "{c} ({p})", "{c}, {a}", "{c} {a}"]).format(c=f["city"], p=loc_prov,
                                                                               a=PROV_ABBR.get(loc_prov, loc_prov))
    num = (lambda s: ocr_num(s, rng, 0.35)) if ocr else (lambda s: s)
    pairs = [("title", f["title"] if L2 == "en" or lang != "bi" else f["title"]), ("cls", ex(f["level"], rng, ocr))]
    if f["job"]:
        pairs.append(("job", num(f["job"])))
    pairs.append(("pos", num(f["pos"]) if f["pos"].isdigit() else rng.choice([f["pos"], f["pos"].title()]) if f["pos"] == "NEW" else f["pos"]))
    if f["date"]:
        pairs.append(("date", num(date_text(f["date"], L2, rng))))
    elif rng.random() < 0.5:
        pairs.append(("date", ""))
    sup_sentence = rng.random() < 0.3
    if not sup_sentence:
        if f["sup_pos"]:
            pairs.append(("sup_pos", num(f["sup_pos"])))
        pairs.append(("sup_title", f["sup_title"]))
        if f["sup_level"]:
            pairs.append(("sup_cls", ex(f["sup_level"], rng, ocr)))
    pairs.append(("org", f["org"]))
    pairs.append(("loc", loc))
    head, rest = pairs[:2], pairs[2:]
    rng.shuffle(rest)
    return head + rest, sup_sentence


def sup_sentence_text(f, lang, rng, ocr):
    lvl = f" ({ex(f['sup_level'], rng, ocr)})" if f["sup_level"] else ""
    num = f", position {ocr_num(f['sup_pos'], rng, 0.3) if ocr else f['sup_pos']}" if f["sup_pos"] else ""
    if lang == "fr":
        num = f", poste no {f['sup_pos']}" if f["sup_pos"] else ""
        return f"Le ou la titulaire relève du {f['sup_title']}{lvl}{num}."
    return rng.choice([f"The position reports to the {f['sup_title']}{lvl}{num}.",
                       f"Reports to: {f['sup_title']}{lvl}{num}",
                       f"The incumbent reports directly to the {f['sup_title']}{lvl}{num}."])


def report_lines(f, lang, rng, ocr):
    style = rng.choice(["paren", "dash_first", "sentence", "dash_after", "colon"])
    lines = []
    for t, c, n in f["reports"]:
        cc = cls_text(c, rng, ocr) if c else None
        nn = fte_text(n, lang, rng) if n else None
        if ocr and nn:
            nn = ocr_num(nn, rng, 0.3)
        resp = "responsable de" if lang == "fr" else "responsible for"
        if style == "paren":
            inside = ", ".join(x for x in (cc, nn) if x)
            lines.append(f"{t} ({inside})" if inside else t)
        elif style == "dash_first" and cc:
            lines.append(f"{cc} - {t}" + (f" ({nn})" if nn else ""))
        elif style == "sentence":
            bits = (f" ({cc})" if cc else "") + (f", {nn}," if nn else "")
            lines.append(f"{t}{bits} {resp} the day-to-day work of the unit" if lang == "en"
                         else f"{t}{bits} {resp} la gestion quotidienne de l'unité")
        elif style == "colon":
            lines.append(f"{t}: " + " / ".join(x for x in (cc, nn) if x))
        else:
            lines.append(" – ".join(x for x in (t, cc, nn) if x))
    return lines


def dims_lines(f, lang, rng, ocr):
    L2 = "en" if lang == "bi" else lang
    out = []
    am = (lambda v: ocr_num(amount(v, L2, rng), rng, 0.3)) if ocr else (lambda v: amount(v, L2, rng))
    out.append((pick(rng, L2, "fte"), ocr_num(str(f["fte"]), rng, 0.3) if ocr else str(f["fte"])))
    if f["dimmode"] in ("all", "so", "all_prog"):
        out.append((pick(rng, L2, "salary"), am(f["salary"])))
        out.append((pick(rng, L2, "om"), am(f["om"])))
    if f["dimmode"] in ("all", "total", "all_prog"):
        out.append((pick(rng, L2, "total"), am(f["total"])))
    if f["program"]:
        out.append(("Grants and Contributions" if L2 == "en" else "Subventions et contributions", am(f["program"])))
    return out


def prose(f, lang, rng):
    o, d, t = f["org"], f["dom"], f["title"]
    if lang == "fr":
        return (rng.choice(T.GA_FR).format(o=o, d=d, t=t), rng.choice(T.NS_FR).format(o=o, d=d),
                [s.format(d=d) for s in rng.sample(T.SA_FR, 5)], T.CSR_FR.format(d=d))
    return (rng.choice(T.GA_EN).format(o=o, d=d, t=t), rng.choice(T.NS_EN).format(o=o, d=d),
            [s.format(d=d) for s in rng.sample(T.SA_EN, 5)], T.CSR_EN.format(d=d))


def signature(f, lang, rng):
    a, b = f["people"]
    used = []
    lines = []
    if f["incumbent"]:
        lines.append(("Nom du titulaire : " if lang == "fr" else rng.choice(["Incumbent: ", "Incumbent Name: "])) + a)
        used.append(a)
    lines.append(("Signature du gestionnaire" if lang == "fr" else "Supervisor's signature") + " ____________  " + b)
    used.append(b)
    f["people_used"] = used
    return lines


# ---- OCR text -----------------------------------------------------------------------------------------
HEAD_NAMES = {"h_ga", "h_org", "h_ns", "h_dim", "h_sa"}


def ocr_doc(i, f):
    rng = f["rng"]
    lang = f["lang"]
    L2 = "en" if lang == "bi" else lang
    layout = ["lines", "run", "next", "columns", "csr", "lines", "run", "next"][i % 8] if lang != "bi" else \
        ["bi_side", "bi_copies"][(i // 2) % 2]
    caps = rng.random() < 0.5
    numbered = rng.choice(["", "num", "letter", "roman"])
    colon = rng.choice([":", "", " :"])
    pairs, sup_sentence = header_pairs(f, lang, rng, True)
    ga, ns, sa, csr = prose(f, L2, rng)
    accents = rng.choice([0.0, 0.0, 0.6, 1.0]) if L2 == "fr" else 0.0

    def H(key, n):
        text = pick(rng, L2, key)
        text = text.upper() if caps else text
        pre = {"": "", "num": f"{n}. ", "letter": f"{'ABCDEFG'[n - 1]}. ", "roman": f"{['I', 'II', 'III', 'IV', 'V', 'VI'][n - 1]}. "}[numbered]
        return pre + text + colon

    out = []
    form = rng.choice(["EXECUTIVE WORK DESCRIPTION", "EX POSITION DESCRIPTION", "Work Description - Executive Group"] if L2 == "en"
                      else ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "DESCRIPTION D'EMPLOI - CADRES", "Description de travail (EX)"])
    if rng.random() < 0.3:
        out.append(rng.choice(["PROTECTED B", "PROTÉGÉ B" if L2 == "fr" else "PROTECTED A"]))
    if rng.random() < 0.35:
        out.append(f"FROM : {f['org'][:18].upper()} FAX NO. : 613 5S5 0{rng.randint(100, 999)}   {rng.choice(['Mar', 'Oct', 'Jun'])}. {rng.randint(1, 28)} {rng.randint(1999, 2015)} {rng.randint(8, 17)}:{rng.randint(10, 59)}  P.0{rng.randint(1, 4)}")
    out.append(f["org"].upper() if rng.random() < 0.5 else f["org"])
    out.append(form)
    if rng.random() < 0.4:
        out.append(f"RECEIVED / REÇU  {rng.choice(['JAN', 'FEB', 'NOV', 'SEP'])} {ocr_num(str(rng.randint(10, 28)), rng)} {rng.randint(1999, 2023)}   CLASSIFICATION")

    def labelled(k, v, style):
        lab = pick(rng, L2, k)
        lab = lab.upper() if caps else lab
        if lang == "bi":
            other = pick(rng, "fr", k)
            if k == "title":
                v = f"{f['title']} / {f['title_fr']}"
            lab = f"{lab} / {other}"
        if style == "next":
            return [lab + colon.strip(), v] if v else [lab + colon.strip()]
        if style == "dots":
            return [f"{lab} {'.' * rng.randint(3, 12)} {v}"]
        return [f"{lab}{colon or ':'} {v}".rstrip()]

    style = "next" if layout == "next" else rng.choice(["line", "line", "dots"])
    for k, v in pairs:
        out += labelled(k, v, style)
    if layout == "csr":
        out.append(("RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE" if L2 == "fr" else "CLIENT SERVICE RESULTS") if caps else
                   ("Résultats axés sur le service à la clientèle" if L2 == "fr" else "Client Service Results"))
        out.append(damage_prose(csr, rng, accents=accents))
        out.append("ACTIVITÉS PRINCIPALES" if L2 == "fr" else ("KEY ACTIVITIES" if caps else "Key Activities"))
        out += [f"{rng.choice(['-', '»', 'e', '¢', '•'])} {damage_prose(s, rng, accents=accents)}" for s in sa]
        sections = ["h_org", "h_dim"]
    else:
        sections = ["h_ga", "h_org", "h_ns", "h_dim", "h_sa"]
        if rng.random() < 0.4:
            sections = ["h_ga", "h_ns", "h_org", "h_sa", "h_dim"]
    n = 0
    structure = [sup_sentence_text(f, L2, rng, True)] if sup_sentence else []
    intro = {"en": "The following positions report to the incumbent:", "fr": "Les postes suivants relèvent du titulaire :"}[L2]
    structure.append(intro)
    bullet = rng.choice(["- ", "* ", "» ", "e ", "", "o "])
    structure += [bullet + x for x in report_lines(f, L2, rng, True)]
    dims = [f"{a}{colon or ':'} {b}" for a, b in dims_lines(f, lang, rng, True)]
    for key in sections:
        n += 1
        if layout == "columns" and key == "h_org":
            # the structure and the dimensions columns read across, line by line
            out.append(H("h_org", n) + "   " + H("h_dim", n + 1))
            left, right = structure, dims
            sep = rng.choice(["   ", " | ", " "])
            for j in range(max(len(left), len(right))):
                a = left[j] if j < len(left) else ""
                b = right[j] if j < len(right) else ""
                out.append((a + sep + b).strip())
            n += 1
            continue
        if layout == "columns" and key == "h_dim":
            continue
        out.append(H(key, n))
        if key == "h_ga":
            out.append(damage_prose(ga, rng, accents=accents))
        elif key == "h_ns":
            out.append(damage_prose(ns, rng, accents=accents))
        elif key == "h_org":
            out += structure
        elif key == "h_dim":
            out += dims
        elif key == "h_sa":
            out += [f"{ocr_num(str(j), rng, 0.4)}. {damage_prose(s, rng, accents=accents)}" for j, s in enumerate(sa, 1)]
    if layout == "bi_copies" or (lang == "bi" and layout == "bi_side"):
        if layout == "bi_copies":
            ga_fr = T.GA_FR[i % 3].format(o=f["org"], d="ce secteur", t=f["title_fr"])
            out += ["", "— VERSION FRANÇAISE —", f"Titre du poste : {f['title_fr']}", "Responsabilité générale", damage_prose(ga_fr, rng, accents=0.5)]
    out.append("CERTIFICATION" if L2 == "en" else "ATTESTATION")
    out += signature(f, L2, rng)
    # page furniture: page numbers, a repeated running title, a crooked scan's stray marks
    lines = []
    page = 1
    for j, line in enumerate(out):
        lines.append(line + (rng.choice([" |", " '", " ;", " ~"]) if rng.random() < 0.06 and line else ""))
        if j and j % 22 == 0:
            page += 1
            lines.append(rng.choice([f"- {page} -", f"Page {page} of 3", f"Page {page} de 3", f"{page}"]))
            if rng.random() < 0.5:
                lines.append(f["title"][:40])
    if layout == "run":
        text = " ".join(x for x in lines if x)
        body = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text if rng.random() < 0.6 else text
    else:
        body = "\n".join(lines)
    return body + "\n", layout


# ---- Word files ---------------------------------------------------------------------------------------
def fixed_docx(document) -> bytes:
    cp = document.core_properties
    stamp = dt.datetime(2019, 3, 4, 9, 0, 0)
    cp.created = cp.modified = stamp
    cp.last_printed = stamp
    cp.author = cp.last_modified_by = "HR"
    cp.revision = 1
    raw = io.BytesIO()
    document.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda x: x.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2019, 3, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_doc(i, f):
    rng = f["rng"]
    lang = f["lang"]
    L2 = "en" if lang == "bi" else lang
    layout = ["table", "bold", "next", "csr", "table", "bold"][i % 6] if lang != "bi" else "bi_table"
    caps = rng.random() < 0.4
    colon = rng.choice([":", ""])
    pairs, sup_sentence = header_pairs(f, lang, rng, False)
    ga, ns, sa, csr = prose(f, L2, rng)
    d = docx.Document()
    d.styles["Normal"].font.name = rng.choice(["Arial", "Times New Roman", "Calibri"])
    d.styles["Normal"].font.size = Pt(rng.choice([10, 11, 12]))
    d.add_paragraph(f["org"])
    d.add_heading(rng.choice(["Executive Work Description", "EX Position Description", "Work Description"]) if L2 == "en"
                  else rng.choice(["Description de travail", "Description de poste - Groupe EX"]), level=1)

    def lab(k):
        x = pick(rng, L2, k)
        return x.upper() if caps else x

    if layout in ("table", "bi_table"):
        cols = 3 if layout == "bi_table" else 2
        tbl = d.add_table(rows=0, cols=cols)
        tbl.style = "Table Grid"
        for k, v in pairs:
            row = tbl.add_row().cells
            if cols == 3:
                row[0].text, row[1].text = pick(rng, "en", k), pick(rng, "fr", k)
                row[2].text = f"{f['title']} / {f['title_fr']}" if k == "title" else v
            else:
                row[0].text, row[1].text = lab(k), v
    elif layout == "next":
        for k, v in pairs:
            p = d.add_paragraph()
            p.add_run(lab(k) + colon).bold = True
            d.add_paragraph(v)
    else:
        for k, v in pairs:
            p = d.add_paragraph()
            p.add_run(f"{lab(k)}{colon or ':'} ").bold = True
            p.add_run(v)
    numbered = rng.choice(["", "num", "letter"])
    n = 0

    def H(key):
        nonlocal n
        n += 1
        text = pick(rng, L2, key)
        text = text.upper() if caps else text
        pre = {"": "", "num": f"{n}. ", "letter": f"{'ABCDEFG'[n - 1]}) "}[numbered]
        d.add_heading(pre + text + (colon if rng.random() < 0.5 else ""), level=2)

    def structure():
        H("h_org")
        if sup_sentence:
            d.add_paragraph(sup_sentence_text(f, L2, rng, False))
        d.add_paragraph({"en": "Positions reporting to the incumbent:", "fr": "Postes relevant du titulaire :"}[L2])
        if rng.random() < 0.5:
            tbl = d.add_table(rows=1, cols=3)
            tbl.style = "Table Grid"
            hdr = ["Position", "Group/Level", "FTEs"] if L2 == "en" else ["Poste", "Groupe/niveau", "ETP"]
            for c, h in zip(tbl.rows[0].cells, hdr):
                c.text = h
            for t, c, num in f["reports"]:
                row = tbl.add_row().cells
                row[0].text, row[1].text, row[2].text = t, cls_text(c, rng) or "", str(num) if num else ""
        else:
            for line in report_lines(f, L2, rng, False):
                d.add_paragraph(line, style=rng.choice(["List Bullet", "List Number", "Normal"]))

    def dims():
        H("h_dim")
        rows = dims_lines(f, lang, rng, False)
        if rng.random() < 0.5:
            tbl = d.add_table(rows=0, cols=2)
            for a, b in rows:
                r = tbl.add_row().cells
                r[0].text, r[1].text = a, b
        else:
            for a, b in rows:
                d.add_paragraph(f"{a}: {b}", style="List Bullet")

    if layout == "csr":
        d.add_heading("Résultats axés sur le service à la clientèle" if L2 == "fr" else "Client Service Results", level=2)
        d.add_paragraph(csr)
        d.add_heading("Activités principales" if L2 == "fr" else "Key Activities", level=2)
        for s in sa:
            d.add_paragraph(s, style="List Bullet")
        structure()
        dims()
    else:
        order = rng.choice([["ga", "org", "ns", "dim", "sa"], ["ga", "sa", "org", "dim", "ns"], ["ga", "ns", "dim", "org", "sa"]])
        for key in order:
            if key == "ga":
                H("h_ga")
                d.add_paragraph(ga)
            elif key == "ns":
                H("h_ns")
                d.add_paragraph(ns)
            elif key == "org":
                structure()
            elif key == "dim":
                dims()
            else:
                H("h_sa")
                for s in sa:
                    d.add_paragraph(s, style="List Number")
    if lang == "bi":
        d.add_page_break()
        d.add_heading("Description de travail", level=1)
        d.add_paragraph(f"Titre du poste : {f['title_fr']}")
        d.add_paragraph(T.GA_FR[i % 3].format(o=f["org"], d="ce secteur", t=f["title_fr"]))
    d.add_heading("Attestation" if L2 == "fr" else rng.choice(["Certification", "Signatures"]), level=2)
    for line in signature(f, L2, rng):
        d.add_paragraph(line)
    return fixed_docx(d), layout


# ---- documents to refuse -------------------------------------------------------------------------------
def refusals():
    out = []
    memo = ("MEMORANDUM / NOTE DE SERVICE\n\nTO: All Directors, Atlantic Region\nFROM: Regional Director General\n"
            "DATE: October 3, 2012\nFILE: 4500-12-3\n\nSUBJECT: Interim organizational changes - Real Property Operations\n\n"
            "Effective immediately, the Facility Maintenance and Project Delivery units will report on an interim basis to the\n"
            "Director, Environmental Programs, pending the classification of the revised work descriptions. Staffing actions\n"
            "already under way will continue. Questions may be directed to the regional HR advisor.\n\n"
            "c.c. Labour Relations\n")
    out.append(("Memo interim reporting changes 2012.txt", "text", "en", memo.encode("utf-8")))
    d = docx.Document()
    d.add_heading("Executive Performance Agreement 2021-2022", level=1)
    t = d.add_table(rows=0, cols=2)
    for a, b in [("Executive", "Director, Field Readiness (EX-01)"), ("Period", "April 1, 2021 to March 31, 2022"),
                 ("Manager", "Deputy Chief Electoral Officer")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_heading("Commitments", level=2)
    for s in ["Deliver the returning officer training plan by Q3.", "Reduce field logistics costs by 5 %.",
              "Complete talent management discussions with all direct reports."]:
        d.add_paragraph(s, style="List Number")
    d.add_paragraph("Rating: Succeeded")
    out.append(("EX performance agreement 2021-22 - Field Readiness.docx", "docx", "en", fixed_docx(d)))
    bord = ("BORDEREAU DE TRANSMISSION DE DOSSIERS\n\nExpéditeur : Services des ressources humaines, Région du Québec\n"
            "Destinataire : Centre des dossiers, Gatineau\nDate d'envoi : 2016-05-12\n\n"
            "No de boîte | Dossier | Description | Années\n"
            "B-0412 | 6400-1 | Descriptions de travail - classification (vieux formulaires) | 1996-2004\n"
            "B-0413 | 6400-2 | Griefs de classification | 2001-2009\n"
            "B-0414 | 6400-7 | Organigrammes régionaux | 2003-2011\n\nReçu par : ____________\n")
    out.append(("Bordereau de transmission boites 412-414.txt", "text", "fr", bord.encode("utf-8")))
    d = docx.Document()
    d.add_paragraph("Le 14 février 2018")
    d.add_paragraph("Objet : Nomination intérimaire")
    d.add_paragraph("Madame,")
    d.add_paragraph("J'ai le plaisir de vous offrir une nomination intérimaire au poste de directrice, Numérisation et accès "
                    "(EX-01), du 1er mars au 31 août 2018. Votre rémunération sera établie conformément à la Politique sur "
                    "les conditions d'emploi des cadres. Veuillez signer et retourner la présente lettre.")
    d.add_paragraph("Directeur général, Services au public")
    out.append(("Lettre nomination interimaire EX-01 2018.docx", "docx", "fr", fixed_docx(d)))
    rng = random.Random(31)
    junk = "\n".join("".join(rng.choice("~!;:'.,|il1I -_=°»¢e") for _ in range(rng.randint(20, 70))) for _ in range(30))
    out.append(("scan 0047 illisible.txt", "ocr", "unknown", ("--- Full Extracted Text ---\n" + junk + "\n").encode("utf-8")))
    return out


# ---- main ---------------------------------------------------------------------------------------------
def file_name(f, rng):
    base = {"en": f["title"], "fr": f["title"], "bi": f"{f['title']} (bilingual)"}[f["lang"]]
    pattern = rng.choice(["{t}", "{t} - WD", "{o} - {t}", "{t} {y}", "WD {t}"])
    name = pattern.format(t=base, o=f["org"].split()[0], y=f["date"].year if f["date"] else "nd")
    return name.replace("/", "-").replace(":", "")


def main() -> int:
    yaml = YAML()
    yaml.default_flow_style = False
    yaml.width = 200
    for folder in (CORPUS, EXPECTED):
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
    seen = set()
    rows = []
    for i, p in enumerate(P):
        f = facts(i, p)
        name = file_name(f, f["rng"])
        if f["fmt"] == "ocr":
            body, layout = ocr_doc(i, f)
            name += ".txt"
            data = body.encode("cp1252", "replace") if f["rng"].random() < 0.2 else body.encode("utf-8")
            kind = "ocr"
        else:
            data, layout = docx_doc(i, f)
            name += ".docx"
            kind = "docx"
        assert name not in seen, name
        seen.add(name)
        (CORPUS / name).write_bytes(data)
        t = truth(f, name, kind, f["lang"])
        t["layout"] = layout
        if t["versions"] is None:
            del t["versions"]
        with (EXPECTED / f"{name}.expected.yaml").open("w", encoding="utf-8") as out:
            yaml.dump(t, out)
        rows.append((name, kind, f["lang"], layout))
    for name, kind, lang, data in refusals():
        (CORPUS / name).write_bytes(data)
        with (EXPECTED / f"{name}.expected.yaml").open("w", encoding="utf-8") as out:
            yaml.dump({"document": name, "kind": kind, "language": lang, "outcome": "refuse", "people": []}, out)
    for r in rows:
        print(*r, sep=" | ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
