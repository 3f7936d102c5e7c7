"""Write the blind59 corpus: look-alikes of the seed documents (issue 12).

    /work/main/.venv/bin/python bench/import/blind59/make_blind.py

Writes ``corpus/`` (the documents) and ``expected/`` (one ``<document>.expected.yaml`` each) next
to this file, byte for byte the same on every run (a fixed seed; .docx entries with a fixed time).
Positions and prose are in ``texts.py``; PDFs are made by ``tests/import_files.pdf_bytes``."""
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
import texts  # noqa: E402
from texts import POSITIONS  # noqa: E402

SEED = 5959
POS = {p["key"]: p for p in POSITIONS}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
PROV_ABBR = {"British Columbia": "BC", "Ontario": "ON", "Quebec": "QC", "New Brunswick": "NB",
             "Manitoba": "MB", "Nova Scotia": "NS", "Prince Edward Island": "PE", "Nunavut": "NU",
             "Newfoundland and Labrador": "NL", "Saskatchewan": "SK"}

# --------------------------------------------------------------------------- the documents
# (file name, position key, kind, language, options)
# kinds: ocr, ocr-columns, markdown, text, text-cp1252, docx, pdf
DOCS = [
    ("WD - Director, Conservation and Protection Operations (EX-01) - Pacific.txt", "dfo-cp", "ocr", "en", {}),
    ("NRCan DG Energy Efficiency Programs EX-03.txt", "nrcan-ee", "markdown", "en", {}),
    ("Scan_2019-03-14_0007.txt", "tc-rail", "ocr", "en", {"ocr": "pages"}),
    ("Director, Asylum Policy - DRAFT.txt", "ircc-asylum", "markdown", "en", {"version": 0}),
    ("Director, Asylum Policy - signed.txt", "ircc-asylum", "ocr", "en", {"version": 1}),
    ("AAFC BRM Program Ops Director EX-01 FINAL.txt", "aafc-agri", "text-cp1252", "en", {}),
    ("HC_ED Controlled Substances Licensing (1).txt", "hc-csl", "ocr-columns", "en", {}),
    ("PHAC Director NESS Logistics - work description.docx", "phac-nesS", "docx", "en", {}),
    ("Director Charities Compliance.txt", "cra-char", "ocr", "en", {"ocr": "lines"}),
    ("Director, Agriculture Statistics Division.pdf", "statcan-ag", "pdf", "en", {}),
    ("RDG Manitoba Region - EX-03 - signed.txt", "isc-mb", "ocr", "en", {"ocr": "pages"}),
    ("Dir Trade Controls Policy.txt", "gac-trade", "text", "en", {}),
    ("DG Spectrum Licensing Operations, ISED.docx", "ised-spec", "docx", "en", {}),
    ("Heritage Canals - Director (EX-01) 2018.txt", "pc-canals", "text-cp1252", "en", {}),
    ("SSC Director DC Consolidation.txt", "ssc-dc", "markdown", "en", {}),
    ("CFIA ED Import and Border Inspection.txt", "cfia-imp", "ocr", "en", {}),
    ("CSC - Director Offender Reintegration Programs.txt", "csc-reint", "ocr-columns", "en", {}),
    ("Director, Real Property Planning - JD.txt", "dnd-rp", "text", "en", {}),
    ("INFC DG Program Operations EX-03 (final).pdf", "infc-ops", "pdf", "en", {}),
    ("Crime Prevention Programs Director.txt", "ps-crime", "ocr", "en", {"ocr": "lines"}),
    ("Director ATIP - Justice.md", "jus-atip", "markdown", "en", {}),
    ("FIN - Director, Economic Analysis and Forecasting.docx", "fin-econ", "docx", "en", {}),
    ("ACOA DG Programs NL.txt", "acoa-nl", "ocr", "en", {}),
    ("Director Business Programs SK.txt", "pcan-sk", "text", "en", {}),
    ("WAGE GBV Program Director - scanned copy.txt", "wage-gbv", "ocr", "en", {"ocr": "pages"}),
    ("Radiation Protection Bureau Director EX-01.txt", "hc-rad", "ocr-columns", "en", {}),
    ("CanNor DG Operations.txt", "cannor-ops", "ocr", "en", {"ocr": "lines"}),
    # French
    ("Directeur, Programmes d'appui aux langues officielles.txt", "pch-ol", "markdown", "fr", {"version": 0}),
    ("Directeur, Programmes d'appui aux langues officielles (signée).txt", "pch-ol", "ocr", "fr", {"version": 1}),
    ("DG Opérations des services de prévision (EX-03).txt", "eccc-met", "ocr", "fr", {"ocr": "pages"}),
    ("DEC - Directeur Bureau d'affaires Estrie.txt", "dec-estrie", "ocr", "fr", {}),
    ("RDG Québec - description de travail.txt", "tc-qc", "ocr", "fr", {"ocr": "lines"}),
    ("DG Opérations de collecte - StatCan.txt", "statcan-coll", "ocr-columns", "fr", {}),
    ("Directeur Subventions et prêts aux apprentis.md", "esdc-app", "markdown", "fr", {}),
    ("Directeur, Opérations des Centres Service Canada, Montréal.docx", "esdc-qc", "docx", "fr", {}),
    ("BAC - DG Préservation et migration numériques.txt", "lac-dp", "text", "fr", {}),
    ("ASC Directeur Programmes d'utilisation de l'espace.txt", "csa-util", "text-cp1252", "fr", {}),
    ("Élections Canada - Directeur, État de préparation.pdf", "ec-field", "pdf", "fr", {}),
    # bilingual
    ("ED Pay Stabilization Operations - Directeur exécutif.txt", "pspc-pay", "ocr", "bilingual", {}),
    ("Director Specific Claims Negotiations_bilingual.txt", "cirnac-claims", "ocr", "bilingual", {"ocr": "pages"}),
    ("RDG Atlantic Region - DGR Région de l'Atlantique.docx", "cbsa-atl", "docx", "bilingual", {}),
    ("ED Executive Talent Management.txt", "tbs-etm", "markdown", "bilingual", {"version": 0}),
    ("ED Executive Talent Management - revised.docx", "tbs-etm", "docx", "bilingual", {"version": 1}),
    ("VAC Director Case Management Operations.txt", "vac-cm", "text", "bilingual", {}),
    ("TSB Director Marine Investigations - Directeur Enquêtes maritimes.pdf", "tsb-marine", "pdf", "bilingual", {}),
]

REFUSE = [
    ("Memo to DG - EX work descriptions for review.txt", "memo", "text", "en"),
    ("Lettre d'offre - nomination intérimaire EX-01.docx", "offer", "docx", "fr"),
    ("Org chart - Operations Branch (scan).txt", "orgchart", "ocr", "en"),
    ("Minutes - Classification Review Committee 2022-11-08.md", "minutes", "markdown", "en"),
    ("Performance Agreement 2023-24 - signed.pdf", "perf", "pdf", "en"),
    ("Scan_2021-06-02_0003.pdf", "scanpdf", "pdf", "en"),
]


# --------------------------------------------------------------------------- notations

def cls_text(level_str: str, style: str) -> str:
    group, num = level_str.rsplit("-", 1) if "-" in level_str else (level_str, "")
    n = int(num)
    return {"dash": f"{group}-{n:02d}", "space": f"{group} {n:02d}", "short": f"{group}-{n}",
            "paren": f"({group}-{n:02d})", "glued": f"{group}{n:02d}", "spaced": f"{group} - {n:02d}"}[style]


def ex(level: int) -> str:
    return f"EX-{level:02d}"


def money(n: int, lang: str, style: str) -> str:
    def trim(x: float, places: int) -> str:
        s = f"{x:.{places}f}".rstrip("0").rstrip(".")
        return s
    if lang == "fr":
        if style == "M":
            return trim(n / 1e6, 3).replace(".", ",") + " M$"
        if style == "space":
            return f"{n:,}".replace(",", " ") + " $"
        if style == "space00":
            return f"{n:,}".replace(",", " ") + ",00 $"
        if style == "k":
            return f"{n // 1000:,}".replace(",", " ") + " k$"
        if style == "millions":
            return trim(n / 1e6, 3).replace(".", ",") + " millions de dollars"
        raise ValueError(style)
    if style == "comma":
        return f"${n:,}"
    if style == "M":
        return f"${trim(n / 1e6, 3)}M"
    if style == "K":
        return f"${n // 1000:,}K"
    if style == "million":
        return f"${trim(n / 1e6, 3)} million"
    if style == "kcomma":
        return f"${n // 1000:,}k"
    raise ValueError(style)


def money_styles(n: int, lang: str) -> list[str]:
    if lang == "fr":
        out = ["space", "space00"]
        if n % 1000 == 0:
            out += ["k"] + (["M", "M"] if n >= 1000000 else [])
        if n % 10000 == 0 and n >= 1000000:
            out += ["millions"]
        return out
    out = ["comma"]
    if n % 1000 == 0:
        out += ["K"] + (["M", "M", "million"] if n >= 1000000 else ["kcomma"])
    return out


def date_text(d: dt.date, lang: str, style: str) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}", "iso": d.isoformat(),
                "le": f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                "slash": f"{d.day:02d}/{d.month:02d}/{d.year}"}[style]
    return {"long": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", "iso": d.isoformat(),
            "dmy": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            "th": f"{MONTHS_EN[d.month - 1]} {d.day}{'st' if d.day in (1, 21, 31) else 'nd' if d.day in (2, 22) else 'rd' if d.day in (3, 23) else 'th'}, {d.year}",
            "abbr": f"{MONTHS_EN[d.month - 1][:3]}{'.' if d.month != 5 else ''} {d.day}, {d.year}",
            "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
            "dmyabbr": f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3].upper()}-{d.year}"}[style]


def date_styles(d: dt.date, lang: str) -> list[str]:
    if lang == "fr":
        return ["long", "iso", "le"] + (["slash"] if d.day > 12 else [])
    return ["long", "iso", "dmy", "th", "abbr", "slash", "dmyabbr"]


# --------------------------------------------------------------------------- damage

DIGIT_SUBS = {1: {"0": "O"}, 2: {"0": "O", "1": "I"}, 3: {"0": "O", "1": "I", "5": "S", "8": "B"}}


def dmg_value(s: str, strength: int, rng: random.Random) -> str:
    if strength <= 0:
        return s
    subs = DIGIT_SUBS[min(strength, 3)]
    out = []
    for ch in s:
        if ch in subs and rng.random() < (0.6 if strength < 3 else 0.85):
            out.append(subs[ch] if not (ch == "1" and rng.random() < 0.3) else "l")
        else:
            out.append(ch)
    return "".join(out)


CONFUSIONS = [("m", "rn"), ("rn", "m"), ("l", "I"), ("i", "l"), ("e", "c"), ("o", "a"), ("ti", "k"),
              ("il", "k"), ("t", "l"), ("h", "b"), ("cl", "d"), ("d", "cl"), ("ll", "fl"), ("s", "a")]


def dmg_prose(text: str, rate: float, rng: random.Random) -> str:
    if rate <= 0:
        return text
    words = text.split(" ")
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        r = rng.random()
        if r < rate and len(w) > 3 and w.isalpha():
            a, b = CONFUSIONS[rng.randrange(len(CONFUSIONS))]
            pos = w.find(a, 1)
            if pos > 0:
                w = w[:pos] + b + w[pos + len(a):]
        elif r < rate * 1.35 and i + 1 < len(words) and w.isalpha() and words[i + 1].isalpha():
            w = w + words[i + 1]
            i += 1
        out.append(w)
        i += 1
    return " ".join(out)


SCRIBBLES = ["[ Signatory: MA eget ee | Signet gE A [Bete a [ato TE vam",
             "(i (CO;!;*;*;*;*;* ; ! ! ! ~ ! ! !C C ate!",
             "~~ /s/ ;;_. --//-' ,, ~ . |||",
             "Ws ef, 7 ~*. JL. 3 ma. £6 we |",
             "eee. Loe Le ff ' i eRe | 4 ,"]


# --------------------------------------------------------------------------- the model


class Doc:
    pass


def person(rng: random.Random, used: set) -> str:
    while True:
        name = f"{rng.choice(texts.FIRST)} {rng.choice(texts.LAST)}"
        if name not in used:
            used.add(name)
            return name


def unit_words(level: int, lang: str) -> str:
    if lang == "fr":
        return {1: "direction", 2: "direction", 3: "direction générale"}[level]
    return {1: "directorate", 2: "directorate", 3: "branch"}[level]


def fr_fix(s: str) -> str:
    """French contractions after a phrase is put into a template (de les -> des, à le -> au)."""
    for a, b in ((" de les ", " des "), (" de le ", " du "), (" à les ", " aux "), (" à le ", " au "),
                 ("(de les ", "(des "), (" de l'", " de l'")):
        s = s.replace(a, b)
    return s


def fix_blocks(blocks: list) -> list:
    out = []
    for b in blocks:
        if b[0] == "section":
            body = []
            for item in b[2]:
                if item[0] == "para":
                    body.append(("para", fr_fix(item[1])))
                elif item[0] in ("list", "numbered"):
                    body.append((item[0], [fr_fix(x) for x in item[1]]))
                else:
                    body.append(item)
            out.append(("section", b[1], body))
        else:
            out.append(b)
    return out


FR_ARTICLE = {"Agence": "l'", "Bibliothèque": "l'", "Bureau": "le ", "Service": "le ", "Secrétariat": "le ",
              "Ministère": "le "}


def dept_de(name: str) -> str:
    art = FR_ARTICLE.get(name.split()[0])
    if art == "l'":
        return "de l'" + name
    if art == "le ":
        return "du " + (name[0].lower() + name[1:] if name.startswith("Ministère") else name)
    if name[0] in "AEÉIOU":
        return "d'" + name
    return "de " + name


def dept_subj_fr(name: str) -> str:
    art = FR_ARTICLE.get(name.split()[0])
    if art == "l'":
        return "L'" + name
    if art == "le ":
        return "Le " + (name[0].lower() + name[1:] if name.startswith("Ministère") else name)
    return name


def draw_positions(rng: random.Random) -> dict:
    """The numbers of every position, drawn once (versions share them)."""
    out = {}
    used_numbers = set()
    for p in POSITIONS:
        while True:
            n = str(rng.choice([rng.randint(1000, 9999), rng.randint(10000, 99999), rng.randint(100000, 999999)]))
            if n not in used_numbers:
                used_numbers.add(n)
                break
        sup_n = str(rng.randint(10000, 99999))
        job = str(rng.randint(100100, 109899))
        year = rng.randint(2012, 2023)
        eff = dt.date(year, rng.randint(1, 12), rng.choice([1, 1, rng.randint(2, 28)]))
        reports = []
        for (t_en, t_fr, grp) in p["reports"]:
            if grp.startswith("EX"):
                fte = rng.randint(14, 95)
            else:
                fte = rng.randint(3, 28)
            if "Senior" in t_en and "Advisor" in t_en or t_en.startswith("Senior Policy") or t_en.startswith("Senior Trade") or t_en.startswith("Senior Investigator"):
                fte = 1
            reports.append(dict(en=t_en, fr=t_fr, cls=grp, fte=fte))
        fte_total = sum(r["fte"] for r in reports) + rng.randint(2, 6)
        salary = int(round(fte_total * rng.randint(88, 112) * 1000, -4))
        om = int(round(salary * rng.uniform(0.04, 0.3), -3 if rng.random() < 0.5 else -4))
        program = None
        if rng.random() < 0.35:
            program = rng.randint(4, 480) * 100000
        out[p["key"]] = dict(posno=n, sup_no=sup_n, job=job, eff=eff, reports=reports, fte=fte_total,
                             salary=salary, om=om, program=program)
    return out


# --------------------------------------------------------------------------- labels

L = {
    "en": dict(
        title=["Position Title", "Job Title", "Title", "Official Title", "Position title"],
        cls=["Classification", "Group and Level", "Group/Level", "Position Level", "Level"],
        job=["Position Job Code", "Job Code", "Job code", "Job Code No.", "Standard Job Code"],
        pos=["Position Number", "Position No.", "Pos. No.", "Position #", "Position number"],
        eff=["Effective Date", "Effective date", "Date Effective", "Effective date of description"],
        loc=["Geographic Location", "Location", "Work Location", "Place of Work"],
        dept=["Department", "Organization", "Department/Agency"],
        branch=["Branch", "Sector", "Branch/Region"],
        sup_pos=["Supervisor's Position No.", "Supervisor Position Number", "Supervisor's Position Number"],
        sup_title=["Supervisor's Position Title", "Supervisor's Title", "Supervisor Title"],
        sup_cls=["Supervisor's Classification", "Supervisor's Group and Level", "Supervisor Classification"],
        reports_to=["Reports to", "Reports To", "Immediate Supervisor"],
        incumbent=["Incumbent", "Name of incumbent", "Incumbent (if any)"],
        salary=["Salary", "Salary budget", "Salaries", "Salary dollars"],
        om=["O&M", "Operations and Maintenance", "O & M budget", "Non-salary (O&M)"],
        total=["Total", "Total budget", "Total operating budget", "Total (Salary + O&M)"],
        fte=["FTEs", "FTE's", "Number of FTEs", "Full-time equivalents"],
        program=["Program Budget", "Grants and Contributions", "Gs&Cs"],
        combined=["Combined Salary and Operating Budget", "Salary and O&M Budget"],
        h_ga=["General Accountability", "GENERAL ACCOUNTABILITY", "Accountability"],
        h_org=["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Structure", "Organizational Context"],
        h_ns=["Nature and Scope", "NATURE & SCOPE", "Nature and Scope of the Position"],
        h_dim=["Dimensions", "DIMENSIONS", "Key Dimensions"],
        h_sa=["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Responsibilities"],
        h_ch=["Major Challenges", "ISSUES AND INITIATIVES", "Key Challenges"],
        h_csr=["Client Service Results", "CLIENT SERVICE RESULTS"],
        h_ka=["Key Activities", "KEY ACTIVITIES"],
        h_cert=["Certification", "CERTIFICATION", "Signatures"],
        doc=["Job Description", "EXECUTIVE WORK DESCRIPTION", "Work Description", "EXECUTIVE GROUP POSITION DESCRIPTION"],
        details=["Position Details", "Position Identification", "Identification"],
        fte_unit=["FTEs", "FTE", "staff of", "employees", "FTE's"],
    ),
    "fr": dict(
        title=["Titre du poste", "Titre", "Intitulé du poste", "Titre officiel"],
        cls=["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
        job=["Code d'emploi", "Code de l'emploi", "No de code d'emploi", "Code d'emploi no"],
        pos=["Numéro de poste", "No du poste", "N° de poste", "Numéro du poste"],
        eff=["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'effet"],
        loc=["Lieu géographique", "Lieu de travail", "Emplacement"],
        dept=["Ministère", "Organisation", "Ministère/organisme"],
        branch=["Direction générale", "Secteur", "Région"],
        sup_pos=["No de poste du superviseur", "Numéro de poste du superviseur"],
        sup_title=["Titre du poste du superviseur", "Titre du superviseur"],
        sup_cls=["Classification du superviseur", "Groupe et niveau du superviseur"],
        reports_to=["Relève de", "Relève du", "Supérieur immédiat"],
        incumbent=["Titulaire", "Nom du titulaire"],
        salary=["Salaires", "Masse salariale", "Budget salarial"],
        om=["F et E", "Fonctionnement et entretien", "Budget de F et E", "F&E"],
        total=["Total", "Budget total", "Budget de fonctionnement total"],
        fte=["ETP", "Nombre d'ETP", "Équivalents temps plein"],
        program=["Budget de programme", "Subventions et contributions", "S et C"],
        combined=["Budget combiné (salaires et F et E)", "Budget de fonctionnement (salaires et F et E)"],
        h_ga=["Responsabilités générales", "RESPONSABILITÉS GÉNÉRALES", "Raison d'être"],
        h_org=["Structure organisationnelle", "STRUCTURE ORGANISATIONNELLE", "Organisation"],
        h_ns=["Nature et étendue", "NATURE ET ÉTENDUE", "Nature et portée du poste"],
        h_dim=["Dimensions", "DIMENSIONS", "Principales dimensions"],
        h_sa=["Responsabilités spécifiques", "ACTIVITÉS PRINCIPALES", "Responsabilités principales"],
        h_ch=["Principaux défis", "ENJEUX ET INITIATIVES", "Défis"],
        h_csr=["Résultats axés sur le service à la clientèle", "RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE"],
        h_ka=["Activités principales", "ACTIVITÉS PRINCIPALES"],
        h_cert=["Attestation", "ATTESTATION", "Signatures"],
        doc=["Description de travail", "DESCRIPTION DE TRAVAIL DE CADRE", "Description de poste", "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION"],
        details=["Renseignements sur le poste", "Identification du poste", "Identification"],
        fte_unit=["ETP", "effectif de", "employés"],
    ),
}


def bl(a: str, b: str) -> str:
    return f"{a} / {b}"


# --------------------------------------------------------------------------- building a document

REPORT_DESCS_EN = ["responsible for planning, delivering and monitoring the unit's operations",
                   "responsible for the direction and development of the function across the country",
                   "accountable for operational policy, standards and advice",
                   "responsible for program integrity, reporting and continuous improvement"]
REPORT_DESCS_FR = ["responsable de la planification, de l'exécution et du suivi des opérations de l'unité",
                   "responsable de l'orientation et du développement de la fonction à l'échelle nationale",
                   "chargé des politiques opérationnelles, des normes et des conseils",
                   "responsable de l'intégrité du programme, des rapports et de l'amélioration continue"]


def fte_text(n: int, lang: str, unit: str) -> str:
    if unit == "staff of":
        return f"staff of {n}"
    if unit == "effectif de":
        return f"effectif de {n}"
    if unit == "FTE" and n != 1:
        return f"{n} FTE"
    if unit in ("FTEs", "FTE's") and n == 1:
        return "1 FTE"
    return f"{n} {unit}"


def report_line(r: dict, lang: str, form: str, cls_style: str, unit: str, rng: random.Random, desc: bool) -> str:
    t = r["title"]
    c = cls_text(r["cls"], cls_style if cls_style != "paren" else "dash") if r["cls"] else None
    f = fte_text(r["fte"], lang, unit) if r["fte"] is not None else None
    d = (REPORT_DESCS_FR if lang == "fr" else REPORT_DESCS_EN)[rng.randrange(4)] if desc else ""
    inner = ", ".join(x for x in (c, f) if x)
    if form == "A":   # Title (EX-01, 22 FTEs): desc
        s = f"{t} ({inner})" if inner else t
        return s + (f": {d}" if d else "")
    if form == "B":   # EC-07 - Title (9 FTEs)
        s = (f"{c} - " if c else "") + t + (f" ({f})" if f else "")
        return s
    if form == "C":   # Title (EX-01), (staff of 54) responsible for ...
        s = t + (f" ({c})" if c else "") + (f", ({f})" if f else "")
        return s + (f" {d}" if d else "")
    if form == "D":   # Title – EX-01 – 48 FTEs
        return " – ".join(x for x in (t, c, f) if x)
    if form == "E":   # Title [EC-07] (1 FTE)
        return t + (f" [{c}]" if c else "") + (f" ({f})" if f else "")
    if form == "F":   # seed 004: Title, (CS-05, 4 FTEs), accountable for: ...
        s = t + (f", ({inner})" if inner else "")
        return s + ((", accountable for: " if lang != "fr" else ", responsable de : ") + d.split(" ", 2)[-1] if d else "")
    raise ValueError(form)


def build(name: str, key: str, kind: str, lang: str, opts: dict, nums: dict, rng: random.Random, used_names: set) -> tuple[list, dict]:
    """The blocks of one document and its ground truth."""
    p = POS[key]
    n = dict(nums[key])
    version = opts.get("version")
    if version == 1:
        # a later version: a new effective date, a re-costed budget
        n["eff"] = dt.date(n["eff"].year + rng.randint(1, 2), rng.randint(1, 12), rng.randint(2, 28))
        n["salary"] = n["salary"] + 10000 * rng.randint(5, 30)
        n["om"] = n["om"] + 1000 * rng.randint(3, 40)
    tl = "fr" if lang == "fr" else "en"   # main text language
    lab = L[tl]
    ch = rng.choice

    def labl(field: str) -> str:
        if lang == "bilingual":
            i = rng.randrange(len(L["en"][field]))
            return bl(L["en"][field][i % len(L["en"][field])], L["fr"][field][i % len(L["fr"][field])])
        return ch(lab[field])

    title = p["title"][1] if lang == "fr" else p["title"][0]
    title_fr = p["title"][1]
    sup_title = p["sup"][1] if lang == "fr" else p["sup"][0]
    level = p["level"]
    unit = unit_words(level, tl)
    dept = p["dept"][1] if tl == "fr" else p["dept"][0]
    branch = p["branch"][1] if tl == "fr" else p["branch"][0]
    domain = p["domain"][1] if tl == "fr" else p["domain"][0]
    clients = p["clients"][1] if tl == "fr" else p["clients"][0]

    truth = dict(title=title, classification=ex(level), job_code=None, position_number=None,
                 effective_date=None, supervisor=dict(position_number=None, title=None, classification=None),
                 direct_reports=[], salary=None, o_and_m=None, total=None, location=None)
    also = dict(fte=None, operating_budget=None, program_budget=None, provisional_number=None)
    if lang == "bilingual":
        also["title_fr"] = title_fr
    people = []

    cls_style = ch(["dash", "dash", "space", "short", "glued", "spaced"])
    fields = []   # header (label, value)

    # ---- title and classification
    title_carries_cls = rng.random() < 0.15 and lang != "bilingual"
    if lang == "bilingual":
        if rng.random() < 0.5:
            fields.append((labl("title"), f"{title} / {title_fr}"))
        else:
            fields.append((L["en"]["title"][0], title))
            fields.append((L["fr"]["title"][0], title_fr))
    elif title_carries_cls:
        fields.append((labl("title"), f"{title} ({ex(level)})"))
    else:
        fields.append((labl("title"), title))
    if not title_carries_cls:
        fields.append((labl("cls"), cls_text(ex(level), ch(["dash", "dash", "space", "short", "glued", "paren"]))
                       + (" (Proposed)" if lang != "fr" and rng.random() < 0.08 else "")))

    # ---- job code
    if rng.random() < 0.7:
        fields.append((labl("job"), n["job"]))
        truth["job_code"] = n["job"]

    # ---- position number
    r = rng.random()
    if r < 0.08:
        prov = ch(["NEW", "TBD", "To be assigned" if tl == "en" else "À déterminer"])
        fields.append((labl("pos"), prov))
        also["provisional_number"] = prov
    elif r < 0.93:
        fields.append((labl("pos"), n["posno"]))
        truth["position_number"] = n["posno"]

    # ---- effective date
    r = rng.random()
    if r < 0.82:
        fields.append((labl("eff"), date_text(n["eff"], tl, ch(date_styles(n["eff"], tl)))))
        truth["effective_date"] = n["eff"]
    elif r < 0.92:
        fields.append((labl("eff"), ""))

    # ---- department / branch
    if rng.random() < 0.6:
        fields.append((labl("dept"), dept if lang != "bilingual" else f"{p['dept'][0]} / {p['dept'][1]}"))
    if rng.random() < 0.6:
        fields.append((labl("branch"), branch))

    # ---- location
    city, prov_en, prov_fr = p["loc"]
    r = rng.random()
    if r < 0.8:
        if tl == "fr":
            form = ch(["paren", "comma", "city"])
            loc = {"paren": f"{city} ({prov_fr})", "comma": f"{city}, {prov_fr}", "city": city}[form]
            truth["location"] = f"{city}, {prov_fr}" if form != "city" else city
        else:
            form = ch(["comma", "comma", "abbr", "city"])
            pv = PROV_ABBR[prov_en] if form == "abbr" else prov_en
            loc = f"{city}, {pv}" if form != "city" else city
            truth["location"] = loc
        loc_in_fields = rng.random() < 0.8
        if loc_in_fields:
            fields.append((labl("loc"), loc))
        else:
            truth["_loc_late"] = loc
    # ---- supervisor
    sup_mode = ch(["fields", "fields", "fields", "reports_to", "reports_to_no", "sentence", "sentence_no"])
    sup_cls = ex(p["sup"][2])
    sup_cls_txt = cls_text(sup_cls, ch(["dash", "dash", "space", "short"]))
    if p["sup"][2] >= 5 and rng.random() < 0.5 and sup_mode != "fields":
        sup_cls_shown = False
    else:
        sup_cls_shown = True
    if sup_mode == "fields":
        which = rng.random()
        fields.append((labl("sup_pos"), n["sup_no"]))
        fields.append((labl("sup_title"), sup_title))
        fields.append((labl("sup_cls"), sup_cls_txt))
        truth["supervisor"] = dict(position_number=n["sup_no"], title=sup_title, classification=sup_cls)
        if which < 0.2:   # the three fields come first, before the title (as some forms have them)
            fields = fields[-3:] + fields[:-3]
    elif sup_mode in ("reports_to", "reports_to_no"):
        v = sup_title + (f" ({sup_cls_txt})" if sup_cls_shown else "")
        fields.append((labl("reports_to"), v))
        truth["supervisor"]["title"] = sup_title
        truth["supervisor"]["classification"] = sup_cls if sup_cls_shown else None
        if sup_mode == "reports_to_no":
            fields.append((labl("sup_pos"), n["sup_no"]))
            truth["supervisor"]["position_number"] = n["sup_no"]
    else:
        truth["supervisor"]["title"] = sup_title
        truth["supervisor"]["classification"] = sup_cls if sup_cls_shown else None
        if sup_mode == "sentence":
            truth["supervisor"]["position_number"] = n["sup_no"]

    # ---- incumbent
    if rng.random() < 0.3:
        nm = person(rng, used_names)
        fields.append((labl("incumbent"), nm))
        people.append(nm)

    if rng.random() < 0.3:   # shuffle a little: position number before title, etc.
        k = rng.randrange(1, len(fields))
        fields.insert(0, fields.pop(k))

    # ---- prose
    fmt = dict(title=title, domain=domain, clients=clients, unit=unit, sup=sup_title, dept=dept,
               dept_de=dept_de(dept))
    if tl == "fr":
        fmt["dept"] = dept_subj_fr(dept)
    ga = ch(texts.GA_FR if tl == "fr" else texts.GA_EN).format(**fmt)
    ns_pool = list(texts.NS_FR if tl == "fr" else texts.NS_EN)
    rng.shuffle(ns_pool)
    ns = [x.format(**fmt) for x in ns_pool[:rng.randint(1, 3)]]
    sa_pool = [x.format(**fmt) for x in (texts.SA_FR if tl == "fr" else texts.SA_EN)]
    sa = [sa_pool[0]] + rng.sample(sa_pool[1:], rng.randint(4, 6))
    chal = rng.sample(texts.CHALLENGES_FR if tl == "fr" else texts.CHALLENGES_EN, rng.randint(2, 3))
    fr_fmt = dict(title=title_fr, domain=p["domain"][1], clients=p["clients"][1], unit=unit_words(level, "fr"),
                  sup=p["sup"][1], dept=dept_subj_fr(p["dept"][1]), dept_de=dept_de(p["dept"][1]))

    # ---- direct reports
    reps = []
    drop_cls = rng.random() < 0.15
    drop_fte = rng.random() < 0.15
    for rep in n["reports"]:
        t = rep["fr"] if tl == "fr" else rep["en"]
        c = None if drop_cls else rep["cls"]
        f = None if drop_fte else rep["fte"]
        if not drop_fte and rep["fte"] == 1 and rng.random() < 0.5:
            f = None   # a single adviser, count not given
        reps.append(dict(title=t, cls=c, fte=f))
    truth["direct_reports"] = [dict(title=x["title"], classification=x["cls"], fte=x["fte"]) for x in reps]
    rep_layout = ch(["list", "list", "list", "table", "prose"]) if kind not in ("docx", "pdf") else ch(["list", "table", "table", "prose"])
    if kind == "ocr-columns":
        rep_layout = ch(["list", "list", "table"])
    if rep_layout == "prose" and any(x["cls"] is None and x["fte"] is None for x in reps):
        rep_layout = "list"
    rep_form = ch("ABCDEF")
    rep_cls_style = ch(["dash", "dash", "space", "short"])
    units = lab["fte_unit"]
    rep_unit = ch(units)
    rep_desc = rep_form in "ACF" and rng.random() < 0.8

    n_peers = rng.randint(3, 7)
    if tl == "fr":
        org_intro = ch([f"Le {title} est l'un des {n_peers} postes de cadre qui relèvent du {sup_title}.",
                        f"Le titulaire relève du {sup_title}.",
                        f"Le poste fait partie de l'équipe de direction du {sup_title}."])
        if sup_mode.startswith("sentence"):
            num = f", poste no {n['sup_no']}" if sup_mode == "sentence" else ""
            c_ = f" ({sup_cls_txt})" if sup_cls_shown else ""
            org_intro = ch([f"Le {title} relève du {sup_title}{c_}{num}, et est l'un des {n_peers} cadres de son équipe de direction.",
                            f"Le poste relève directement du {sup_title}{c_}{num}."])
        rep_intro = ch([f"Relèvent du {title} :", "Les postes suivants relèvent du titulaire :",
                        f"Le titulaire dirige {len(reps)} subordonnés directs :"])
    else:
        org_intro = ch([f"The {title} is one of {n_peers} senior management positions reporting to the {sup_title}.",
                        f"The incumbent reports to the {sup_title}.",
                        f"The position is a member of the {sup_title}'s management team."])
        if sup_mode.startswith("sentence"):
            num = f" (position {n['sup_no']})" if sup_mode == "sentence" else ""
            c_ = f", {sup_cls_txt}" if sup_cls_shown else ""
            if sup_mode == "sentence" and sup_cls_shown:
                num = f", position no. {n['sup_no']}"
            org_intro = ch([f"The {title} reports to the {sup_title}{c_}{num}, and is one of {n_peers} executives on that management team.",
                            f"The position reports directly to the {sup_title}" + (f" ({sup_cls_txt})" if sup_cls_shown else "") + (f", position number {n['sup_no']}" if sup_mode == "sentence" else "") + "."])
        rep_intro = ch([f"Reporting to the {title} are:", "The following positions report to the incumbent:",
                        f"The position has {len(reps)} direct reports:"])
    report_lines = [report_line(x, tl, rep_form, rep_cls_style, rep_unit, rng, rep_desc) for x in reps]
    if rep_layout == "prose":
        parts = []
        for x in reps:
            inner = ", ".join(v for v in ((cls_text(x["cls"], rep_cls_style) if x["cls"] else None),
                                          (fte_text(x["fte"], tl, rep_unit) if x["fte"] is not None else None)) if v)
            art = ("le " if tl == "fr" else "the ")
            parts.append(f"{art}{x['title']} ({inner})")
        joined = ", ".join(parts[:-1]) + (" et " if tl == "fr" else " and ") + parts[-1]
        report_prose = (f"Relèvent du titulaire : {joined}." if tl == "fr" else
                        ch([f"Reporting to the incumbent are {joined}.", f"The {title} directs the work of {joined}."]))
    else:
        report_prose = None

    # ---- dimensions
    dims = []
    dims_mode = opts["dims"]
    if kind in ("ocr-columns",) and dims_mode in ("thousands", "prose"):
        dims_mode = "split"
    ms = lambda v: money(v, tl, ch(money_styles(v, tl)))  # noqa: E731
    fte_label = labl("fte")
    dims.append((fte_label, str(n["fte"])))
    also["fte"] = n["fte"]
    total = n["salary"] + n["om"]
    dims_prose = None
    if dims_mode in ("split", "split_nototal", "thousands"):
        if dims_mode == "thousands":
            th = "($000)" if tl == "en" else "(en milliers de dollars)"
            dims.append(("__caption__", th))
            fmtk = (lambda v: f"{v // 1000:,}") if tl == "en" else (lambda v: f"{v // 1000:,}".replace(",", " "))
            if n["om"] % 1000:
                n["om"] -= n["om"] % 1000
            total = n["salary"] + n["om"]
            dims.append((labl("salary"), fmtk(n["salary"])))
            dims.append((labl("om"), fmtk(n["om"])))
            dims.append((labl("total"), fmtk(total)))
        else:
            dims.append((labl("salary"), ms(n["salary"])))
            dims.append((labl("om"), ms(n["om"])))
            if dims_mode == "split":
                dims.append((labl("total"), ms(total)))
        truth["salary"], truth["o_and_m"] = n["salary"], n["om"]
        if dims_mode != "split_nototal":
            truth["total"] = total
    elif dims_mode == "combined":
        dims.append((labl("combined"), ms(total)))
        truth["total"] = total
    elif dims_mode == "operating":
        dims.append((("Budget de fonctionnement" if tl == "fr" else "Operating Budget") if lang != "bilingual" else "Operating Budget / Budget de fonctionnement", ms(total)))
        also["operating_budget"] = total
    else:   # prose
        if tl == "fr":
            dims_prose = (f"La {unit} compte {n['fte']} ETP et dispose d'une masse salariale de {ms(n['salary'])} "
                          f"et d'un budget de fonctionnement et d'entretien de {ms(n['om'])}, pour un total de {ms(total)}.")
        else:
            dims_prose = (f"The {unit} has {n['fte']} FTEs, a salary budget of {ms(n['salary'])} and an O&M budget "
                          f"of {ms(n['om'])}, for a total of {ms(total)}.")
        truth["salary"], truth["o_and_m"], truth["total"] = n["salary"], n["om"], total
        dims = []
    if n["program"]:
        if dims_prose is not None:
            dims_prose += (f" Elle gère en outre un budget de programme de {ms(n['program'])}." if tl == "fr"
                           else f" It also manages a program budget of {ms(n['program'])}.")
        else:
            dims.append((labl("program"), ms(n["program"])))
        also["program_budget"] = n["program"]

    # ---- signatures
    sig = []
    sig_mode = ch(["names", "names", "scribble", "names_scribble", "none"])
    if sig_mode != "none":
        if "names" in sig_mode:
            a = person(rng, used_names)
            b = person(rng, used_names)
            people += [a, b]
            d1 = n["eff"] + dt.timedelta(days=rng.randint(-40, -3))
            dstyle = ch(date_styles(d1, tl))
            sig.append((a, title, date_text(d1, tl, dstyle)))
            sig.append((b, sup_title, date_text(d1 + dt.timedelta(days=rng.randint(1, 20)), tl, dstyle)))
        if "scribble" in sig_mode:
            sig.append(("__scribble__", ch(SCRIBBLES), ""))

    # ---- client service results template (sometimes instead of specific accountabilities)
    csr = rng.random() < 0.2
    csr_text = (texts.CSR_FR if tl == "fr" else texts.CSR_EN).format(**fmt)

    # ---- assemble blocks
    H = lambda k: labl(k) if lang == "bilingual" else ch(lab[k])  # noqa: E731
    blocks = []
    blocks.append(("doc", H("doc")))
    blocks.append(("fields", H("details"), fields))
    sec_ga = ("section", H("h_ga"), [("para", ga)] + ([("para", ga_fr)] if (lang == "bilingual" and (ga_fr := ch(texts.GA_FR).format(**fr_fmt))) else []))
    org_body = [("para", org_intro)]
    if report_prose:
        org_body.append(("para", report_prose))
    elif rep_layout == "table":
        hdr = (["Title", "Classification", "FTEs"] if tl == "en" else ["Titre", "Groupe et niveau", "ETP"])
        if lang == "bilingual":
            hdr = ["Title / Titre", "Group-Level / Groupe-niveau", "FTEs / ETP"]
        org_body.append(("para", rep_intro))
        rows = [[x["title"], cls_text(x["cls"], rep_cls_style) if x["cls"] else "",
                 str(x["fte"]) if x["fte"] is not None else ""] for x in reps]
        keep = [i for i in range(3) if i == 0 or any(r[i] for r in rows)]
        org_body.append(("table", [hdr[i] for i in keep], [[r[i] for i in keep] for r in rows]))
    else:
        org_body.append(("para", rep_intro))
        org_body.append(("list", report_lines))
    if lang == "bilingual":
        org_body.insert(1, ("para", f"Le poste relève du {p['sup'][1]}."))
    sec_org = ("section", H("h_org"), org_body)
    sec_ns = ("section", H("h_ns"), [("para", x) for x in ns] + ([("para", ch(texts.NS_FR).format(**fr_fmt))] if lang == "bilingual" else []))
    dim_body = []
    if dims:
        dim_body.append(("dims", dims))
    if dims_prose:
        dim_body.append(("para", dims_prose))
    sec_dim = ("section", H("h_dim"), dim_body)
    if csr:
        sec_sa = ("section", H("h_csr"), [("para", csr_text)])
        sec_ka = ("section", H("h_ka"), [("list", sa)])
        sa_secs = [sec_sa, sec_ka]
    else:
        sa_secs = [("section", H("h_sa"), [("numbered", sa)])]
    sec_ch = ("section", H("h_ch"), [("list", chal)])
    order = ch(["seed000", "seed001", "seed003", "other"] if kind != "ocr-columns" else ["seed000", "seed001", "seed003"])
    if order == "seed000":
        secs = [sec_ga, sec_org, sec_dim] + sa_secs
    elif order == "seed001":
        secs = [sec_ga, sec_org, sec_ns, sec_dim] + sa_secs
    elif order == "seed003":
        secs = [sec_ga, sec_ns, sec_ch, sec_org, sec_dim] + sa_secs
    else:
        secs = [sec_ga, sec_dim, sec_ns, sec_org] + sa_secs + [sec_ch]
    blocks += secs
    if "_loc_late" in truth:
        loc = truth.pop("_loc_late")
        blocks.append(("para", f"{dept}, {branch}, {loc}"))
    cert = texts.CERT_FR if tl == "fr" else texts.CERT_EN
    if lang == "bilingual":
        cert = texts.CERT_EN + " " + texts.CERT_FR
    blocks.append(("cert", H("h_cert"), cert, sig))

    truth = {k: v for k, v in truth.items() if not k.startswith("_")}
    return fix_blocks(blocks), dict(fields=truth, also=also, people=people, dept=p["dept"], title=title)


# --------------------------------------------------------------------------- renderers

def render_markdown(blocks: list, rng: random.Random) -> str:
    bullet = rng.choice(["*   ", "- ", "* "])
    bold_in = rng.random() < 0.7   # **Label:** value vs **Label**: value
    table_fields = rng.random() < 0.2
    out = []
    for b in blocks:
        if b[0] == "doc":
            out.append(f"# {b[1].capitalize() if b[1].isupper() else b[1]}\n")
        elif b[0] == "fields":
            out.append(f"## {b[1]}\n")
            if table_fields:
                out.append("| Field | Value |\n|---|---|")
                out += [f"| {k} | {v} |" for k, v in b[2]]
                out.append("")
            else:
                for k, v in b[2]:
                    out.append(f"{bullet}**{k}:** {v}".rstrip() if bold_in else f"{bullet}**{k}**: {v}".rstrip())
                out.append("")
        elif b[0] == "section":
            out.append(f"## {b[1].capitalize() if b[1].isupper() else b[1]}\n")
            out += md_body(b[2], bullet, rng)
        elif b[0] == "para":
            out.append(b[1] + "\n")
        elif b[0] == "cert":
            out.append(f"## {b[1].capitalize() if b[1].isupper() else b[1]}\n")
            out.append(b[2] + "\n")
            for nm, t, d in b[3]:
                if nm == "__scribble__":
                    continue
                out.append(f"**{nm}**  \n**{t}**  \n{d}\n")
    return "\n".join(out).rstrip() + "\n"


def md_body(body: list, bullet: str, rng: random.Random) -> list:
    out = []
    for item in body:
        if item[0] == "para":
            out.append(item[1] + "\n")
        elif item[0] == "list":
            for x in item[1]:
                if ": " in x and rng.random() < 0.7 and x.index(": ") < 110:
                    head, tail = x.split(": ", 1)
                    out.append(f"{bullet}**{head}:** {tail}")
                else:
                    out.append(f"{bullet}{x}")
            out.append("")
        elif item[0] == "numbered":
            out += [f"{i}.  {x}" for i, x in enumerate(item[1], 1)]
            out.append("")
        elif item[0] == "table":
            out.append("| " + " | ".join(item[1]) + " |")
            out.append("|" + "---|" * len(item[1]))
            out += ["| " + " | ".join(r) + " |" for r in item[2]]
            out.append("")
        elif item[0] == "dims":
            for k, v in item[1]:
                if k == "__caption__":
                    out.append(f"_{v}_\n")
                else:
                    out.append(f"{bullet}**{k}:** {v}")
            out.append("")
    return out


def form_lines(blocks: list, rng: random.Random, width: int = 0) -> list:
    """A form saved as text: labels on lines, in one of four layouts; headings in one of four styles."""
    layout = rng.choice(["colon", "next", "dots", "tabs"])
    hstyle = rng.choice(["caps", "numbered", "lettered", "underline"])
    lst = rng.choice(["- ", "• ", "o ", "* "])
    num = rng.choice(["{}. ", "{}) ", "({}) "])
    out = []
    hcount = [0]

    def heading(h: str):
        hcount[0] += 1
        k = hcount[0]
        if hstyle == "caps":
            out.append(h.upper())
        elif hstyle == "numbered":
            out.append(f"{k}. {h.upper() if h.isupper() else h}")
        elif hstyle == "lettered":
            out.append(f"{'ABCDEFGHIJ'[k - 1]}) {h}")
        else:
            out.append(h)
            out.append("-" * len(h))
        out.append("")

    def para(t: str):
        if width:
            out.extend(textwrap.wrap(t, width))
        else:
            out.append(t)
        out.append("")

    def field(k: str, v: str, pad: int):
        if layout == "colon":
            out.append(f"{k}: {v}".rstrip())
        elif layout == "next":
            out.append(k.upper() + ":")
            out.append(f"    {v}" if v else "")
        elif layout == "dots":
            out.append(f"{k} " + "." * max(3, pad + 4 - len(k)) + f" {v}".rstrip())
        else:
            out.append(f"{k}:\t{v}".rstrip())

    for b in blocks:
        if b[0] == "doc":
            out.append(b[1].upper())
            out.append("")
        elif b[0] == "fields":
            pad = max(len(k) for k, _ in b[2])
            for k, v in b[2]:
                field(k, v, pad)
            out.append("")
        elif b[0] == "section":
            heading(b[1])
            for item in b[2]:
                if item[0] == "para":
                    para(item[1])
                elif item[0] == "list":
                    for x in item[1]:
                        if width:
                            w = textwrap.wrap(x, width - 2)
                            out.append(lst + w[0])
                            out += ["  " + y for y in w[1:]]
                        else:
                            out.append(lst + x)
                    out.append("")
                elif item[0] == "numbered":
                    for i, x in enumerate(item[1], 1):
                        pre = num.format(i)
                        if width:
                            w = textwrap.wrap(x, width - len(pre))
                            out.append(pre + w[0])
                            out += [" " * len(pre) + y for y in w[1:]]
                        else:
                            out.append(pre + x)
                    out.append("")
                elif item[0] == "table":
                    allr = [item[1]] + item[2]
                    ws = [max(len(r[i]) for r in allr) + 3 for i in range(len(item[1]))]
                    for r in allr:
                        out.append("".join(c.ljust(w) for c, w in zip(r, ws)).rstrip())
                    out.append("")
                elif item[0] == "dims":
                    pad = max(len(k) for k, _ in item[1])
                    for k, v in item[1]:
                        if k == "__caption__":
                            out.append(v)
                        else:
                            field(k, v, pad)
                    out.append("")
        elif b[0] == "para":
            para(b[1])
        elif b[0] == "cert":
            heading(b[1])
            para(b[2])
            for nm, t, d in b[3]:
                if nm == "__scribble__":
                    out.append(t)
                    continue
                out.append("_" * 30 + "        " + "_" * 12)
                out.append(f"{nm}".ljust(38) + d)
                out.append(t)
                out.append("")
    return out


def render_text(blocks: list, rng: random.Random) -> str:
    return "\n".join(form_lines(blocks, rng)).rstrip() + "\n"


def curly(s: str) -> str:
    s = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", s)
    s = re.sub(r"\b'(\w)", "\u2019\\1", s)   # l'agence -> l’agence already handled; leading quote
    return s


def ocr_flat(blocks: list, rng: random.Random, vdmg: int, prate: float, lang: str) -> list:
    """The pieces of a scanned form as OCR reads it: header labels and values in a run, prose damaged."""
    pieces = []
    for b in blocks:
        if b[0] == "doc":
            pieces.append(b[1].upper())
        elif b[0] == "fields":
            for k, v in b[2]:
                pieces.append(f"{k.upper()}: {dmg_value(v, vdmg, rng)}".rstrip())
        elif b[0] == "section":
            pieces.append(b[1].upper() + ":" if rng.random() < 0.5 else b[1].upper())
            for item in b[2]:
                if item[0] == "para":
                    pieces.append(dmg_prose(item[1], prate, rng))
                elif item[0] == "list":
                    mark = rng.choice(["-", ">", "e", "•", "o"])
                    for x in item[1]:
                        pieces.append(f"{mark} " + dmg_value_in_text(dmg_prose(x, prate / 2, rng), vdmg, rng))
                elif item[0] == "numbered":
                    for i, x in enumerate(item[1], 1):
                        no = dmg_value(str(i), vdmg + 1, rng) if i in (1, 5) and vdmg else str(i)
                        pieces.append(f"{no}. " + dmg_prose(x, prate, rng))
                elif item[0] == "table":
                    pieces.append("  ".join(item[1]))
                    for r in item[2]:
                        pieces.append("  ".join([r[0]] + [dmg_value(c, vdmg, rng) for c in r[1:]]).rstrip())
                elif item[0] == "dims":
                    for k, v in item[1]:
                        pieces.append(v if k == "__caption__" else f"{k}: {dmg_value(v, vdmg, rng)}")
        elif b[0] == "para":
            pieces.append(b[1])
        elif b[0] == "cert":
            pieces.append(b[1].upper())
            pieces.append(b[2])
            for nm, t, d in b[3]:
                if nm == "__scribble__":
                    pieces.append(t)
                else:
                    pieces.append(f"{nm} {t} {dmg_value(d, vdmg, rng)}")
    return pieces


def dmg_value_in_text(s: str, vdmg: int, rng: random.Random) -> str:
    """Digit confusions inside the parentheses and after dashes of a report line (EX-O1, I2 FTEs)."""
    if not vdmg:
        return s
    return re.sub(r"\d+", lambda m: dmg_value(m.group(0), vdmg, rng), s)


def hyphenate(lines: list, rng: random.Random) -> list:
    out = []
    carry = ""
    for ln in lines:
        ln = carry + ln
        carry = ""
        if ln and rng.random() < 0.12:
            words = ln.split(" ")
            w = words[-1]
            if len(w) > 7 and w.isalpha():
                cut = rng.randint(3, len(w) - 3)
                ln = " ".join(words[:-1] + [w[:cut] + "-"])
                carry = w[cut:] + " "
        out.append(ln)
    if carry:
        out.append(carry.strip())
    return out


def render_ocr(blocks: list, rng: random.Random, style: str, footer: str, vdmg: int, prate: float, lang: str) -> str:
    head = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
    pieces = ocr_flat(blocks, rng, vdmg, prate, lang)
    if style == "run":
        return head + " ".join(pieces) + "\n"
    if style == "pages":
        text = " ".join(pieces)
        words = text.split(" ")
        pages, cur, size = [], [], 0
        for w in words:
            cur.append(w)
            size += len(w) + 1
            if size > rng.randint(2300, 3200):
                pages.append(" ".join(cur))
                cur, size = [], 0
        if cur:
            pages.append(" ".join(cur))
        out = []
        for i, pg in enumerate(pages, 1):
            no = "" if i == 1 else (dmg_value(str(i), 2, rng) if vdmg >= 2 and rng.random() < 0.4 else str(i)) + " "
            out.append(no + pg + " " + footer)
        return head + "\n".join(out) + "\n"
    # lines: a page of wrapped lines with a running header and hyphenated line ends
    lines = []
    for pc in pieces:
        lines += textwrap.wrap(pc, 78) or [""]
    lines = hyphenate(lines, rng)
    out = []
    per = rng.randint(44, 56)
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    for i, pg in enumerate(pages, 1):
        if i > 1:
            out.append(footer)
            out.append("")
        out += pg
        out.append("")
        out.append(f"Page {i} of {len(pages)}" if lang != "fr" else f"Page {i} de {len(pages)}")
        if i < len(pages):
            out.append("\f")
    return head + "\n".join(out) + "\n"


def render_ocr_columns(blocks: list, rng: random.Random, vdmg: int, prate: float, lang: str) -> str:
    """Header fields in a run; then the structure column and the dimensions column read across the
    line, as seed 003's scan; the rest in a run."""
    head = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
    org = dim = None
    rest_before, rest_after = [], []
    for b in blocks:
        if b[0] == "section" and any(i[0] in ("list", "table") for i in b[2]) and org is None and b[2][0][0] == "para" and b[1] in sum((L[x]["h_org"] for x in L), []) + [bl(a, c) for a, c in zip(L["en"]["h_org"], L["fr"]["h_org"])]:
            org = b
        elif b[0] == "section" and b[1] in sum((L[x]["h_dim"] for x in L), []) + [bl(a, c) for a, c in zip(L["en"]["h_dim"], L["fr"]["h_dim"])]:
            dim = b
        elif org is None and dim is None:
            rest_before.append(b)
        else:
            rest_after.append(b)
    if org is None or dim is None:
        return render_ocr(blocks, rng, "run", "", vdmg, prate, lang)
    left_txt = []
    for item in org[2]:
        if item[0] == "para":
            left_txt.append(item[1])
        elif item[0] == "list":
            left_txt += [dmg_value_in_text(x, vdmg, rng) for x in item[1]]
        elif item[0] == "table":
            u = "ETP" if lang == "fr" else "FTEs"
            for r in item[2]:
                r = r + [""] * (3 - len(r))
                if len(item[1]) == 2 and item[1][1] in ("FTEs", "ETP", "FTEs / ETP"):
                    r = [r[0], "", r[1]]
                left_txt.append((f"{r[1]} - " if r[1] else "") + r[0] + (f" ({r[2]} {u})" if r[2] else ""))
    left = []
    for t in left_txt:
        left += textwrap.wrap(t, 52)
    right = []
    for item in dim[2]:
        if item[0] == "dims":
            for k, v in item[1]:
                right += textwrap.wrap(v if k == "__caption__" else f"{k}: {dmg_value(v, vdmg, rng)}", 30)
        elif item[0] == "para":
            right += textwrap.wrap(item[1], 30)
    rows = []
    for i in range(max(len(left), len(right) + 1)):
        lft = left[i] if i < len(left) else ""
        rgt = right[i - 1] if 0 < i <= len(right) else ""
        sep = " | " if rng.random() < 0.25 else " "
        rows.append((lft + sep + rgt).strip())
    before = " ".join(ocr_flat(rest_before, rng, vdmg, prate, lang))
    after = " ".join(ocr_flat(rest_after, rng, vdmg, prate, lang))
    mid = f"{org[1].upper()}: {dim[1].upper()}: " + " ".join(rows)
    if rng.random() < 0.5:
        return head + before + " " + mid + " " + after + "\n"
    return head + before + "\n" + "\n".join([f"{org[1].upper()}:            {dim[1].upper()}:"] + rows) + "\n" + after + "\n"


def render_pdf_pages(blocks: list, rng: random.Random, footer: str, lang: str) -> list:
    lines = [ln.replace("\t", "  ") for ln in form_lines(blocks, rng, width=100)]
    per = 62
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    pages = []
    for i, ch in enumerate(chunks, 1):
        foot = f"{footer}    Page {i} {'of' if lang != 'fr' else 'de'} {len(chunks)}"
        pages.append("\n".join(ch + ["", foot]))
    return pages


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def new_docx():
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "HR Classification"
    cp.last_modified_by = "HR Classification"
    cp.created = dt.datetime(2023, 1, 1, 9, 0, 0)
    cp.modified = dt.datetime(2023, 1, 1, 9, 0, 0)
    cp.revision = 3
    return d


def docx_save(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def render_docx(blocks: list, rng: random.Random, nbsp: bool) -> bytes:
    from docx.shared import Pt
    d = new_docx()
    fields_as_table = rng.random() < 0.75
    dims_as_table = rng.random() < 0.7
    hstyle = rng.choice(["Heading 2", "bold"])
    fix = (lambda s: re.sub(r"(\d) (\d{3})", "\\1\u00a0\\2", s)) if nbsp else (lambda s: s)

    def heading(t):
        if hstyle == "bold":
            para = d.add_paragraph()
            run = para.add_run(t)
            run.bold = True
        else:
            d.add_heading(t, level=2)

    def table(rows, header=None):
        t = d.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        if header:
            cells = t.add_row().cells
            for c, v in zip(cells, header):
                c.text = v
                for r in c.paragraphs[0].runs:
                    r.bold = True
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = fix(v)

    for b in blocks:
        if b[0] == "doc":
            p = d.add_paragraph()
            run = p.add_run(b[1].upper())
            run.bold = True
            run.font.size = Pt(14)
        elif b[0] == "fields":
            heading(b[1])
            if fields_as_table:
                table([[k, v] for k, v in b[2]])
            else:
                for k, v in b[2]:
                    p = d.add_paragraph()
                    p.add_run(k + ":").bold = True
                    p.add_run(" " + fix(v))
        elif b[0] == "section":
            heading(b[1])
            for item in b[2]:
                if item[0] == "para":
                    d.add_paragraph(fix(item[1]))
                elif item[0] == "list":
                    for x in item[1]:
                        d.add_paragraph(fix(x), style="List Bullet")
                elif item[0] == "numbered":
                    for x in item[1]:
                        d.add_paragraph(x, style="List Number")
                elif item[0] == "table":
                    table(item[2], item[1])
                elif item[0] == "dims":
                    rows = [[k, v] for k, v in item[1] if k != "__caption__"]
                    cap = [v for k, v in item[1] if k == "__caption__"]
                    if cap:
                        d.add_paragraph(cap[0])
                    if dims_as_table:
                        table(rows)
                    else:
                        for k, v in rows:
                            d.add_paragraph(f"{k}: {fix(v)}")
        elif b[0] == "para":
            d.add_paragraph(b[1])
        elif b[0] == "cert":
            heading(b[1])
            d.add_paragraph(b[2])
            sigs = [s for s in b[3] if s[0] != "__scribble__"]
            if sigs:
                table([[nm, t, dd] for nm, t, dd in sigs])
    return docx_save(d)


# --------------------------------------------------------------------------- refusals

def refusal(kind_key: str, rng: random.Random, used: set) -> tuple[object, list]:
    if kind_key == "memo":
        a, b, c = person(rng, used), person(rng, used), person(rng, used)
        txt = f"""MEMORANDUM / NOTE DE SERVICE

TO: {a}, Director General, Human Resources Operations
FROM: {b}, Manager, Executive Classification
CC: {c}, Senior Classification Advisor
DATE: November 3, 2022
FILE: 4520-EX-2022-117
SUBJECT: EX work descriptions for review by the Classification Review Committee

Attached for your review are the four EX work descriptions to be tabled at the Classification
Review Committee on November 8:

- Director, Rail Safety Oversight (EX-01), position 48213 - new organization
- Director General, Program Operations (EX-03) - reclassification request
- Director, Real Property Planning (EX-01) - updated work description
- Executive Director, Import and Border Inspection (EX-02) - new position

Please note that the salary and O&M figures in the Dimensions sections were taken from the
2022-23 Main Estimates and have not been validated by Finance. The committee will be asked to
confirm the levels; our preliminary evaluation supports the proposed classifications.

I would appreciate your comments by November 7. Do not hesitate to contact me at 613-555-0142.

{b}
Manager, Executive Classification
"""
        return txt.encode("utf-8"), [a, b, c]
    if kind_key == "offer":
        a, b = person(rng, used), person(rng, used)
        d = new_docx()
        d.add_paragraph("Emploi et Développement social Canada")
        d.add_paragraph("Le 14 février 2023")
        d.add_paragraph(f"Madame {a}\n140, promenade du Portage\nGatineau (Québec)  K1A 0J9")
        p = d.add_paragraph()
        p.add_run("Objet : Offre de nomination intérimaire – Directeur, Services aux clients (EX-01)").bold = True
        d.add_paragraph(f"Madame {a.split()[-1]},")
        d.add_paragraph("J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directeur, Services aux "
                        "clients, classifié au groupe et niveau EX-01 (poste no 62817), à la Direction générale des "
                        "services d'intégrité, à Gatineau (Québec), du 1er mars 2023 au 31 août 2023.")
        d.add_paragraph("Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des "
                        "cadres. Durant cette période, vous relèverez du directeur général, Opérations des services "
                        "d'intégrité.")
        d.add_paragraph("Veuillez confirmer votre acceptation en signant le double de la présente lettre et en le "
                        "retournant d'ici le 21 février 2023.")
        d.add_paragraph("Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.")
        d.add_paragraph(f"{b}\nDirectrice générale, Opérations des services d'intégrité")
        d.add_paragraph("J'accepte l'offre de nomination intérimaire aux conditions énoncées.\n\n"
                        "Signature : ____________________    Date : ______________")
        return docx_save(d), [a, b]
    if kind_key == "orgchart":
        a, b, c, e = (person(rng, used) for _ in range(4))
        txt = ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
               "OPERATIONS BRANCH ORGANIZATION CHART Effective April 1, 2O22 | Assistant Deputy Minister "
               f"Operations EX-O5 {a} | | | | Director General Program Delivery EX-O3 {b} Director "
               f"General Regional Services EX-O3 {c} | | | Director Client Services EX-OI Director Processing "
               f"EX-0I Director Integrity EX-O1 {e} Director Regional Ops East EX-O1 Director Regional Ops West "
               "EX-OI | Manager PM-O6 (4) Manager PM-O6 (3) Manager FI-O3 Manager PM-O6 (2) Manager PM-O5 (3) | "
               "Prepared by: Corporate Planning -- Not for distribution -- v3 2O22-O3-18 Page I of I\n")
        return txt.encode("utf-8"), [a, b, c, e]
    if kind_key == "minutes":
        a, b, c, e = (person(rng, used) for _ in range(4))
        txt = f"""# Minutes — Classification Review Committee

**Date:** November 8, 2022
**Location:** Room 7B-114, 355 North River Road, Ottawa / MS Teams
**Chair:** {a}, Director General, Human Resources Operations

**Present:** {b} (Executive Classification), {c} (Finance), {e} (Labour Relations)

## 1. Adoption of the agenda

The agenda was adopted as circulated.

## 2. EX work descriptions

*   **Director, Rail Safety Oversight (EX-01):** the committee confirmed the EX-01 level. The
    Dimensions section is to be updated with the 2023-24 salary figures before signature.
*   **Director General, Program Operations (EX-03):** deferred; the committee asked for a
    clearer description of the four director positions reporting to the DG.
*   **Executive Director, Import and Border Inspection (EX-02):** confirmed at EX-02, effective
    on the date of signature by the Vice-President.

## 3. Action items

| # | Action | Lead | Due |
|---|---|---|---|
| 1 | Update dimensions (Rail Safety Oversight) | {b} | 2022-11-25 |
| 2 | Revise organization structure section (Program Operations) | {c} | 2022-12-09 |

Next meeting: December 13, 2022.
"""
        return txt.encode("utf-8"), [a, b, c, e]
    if kind_key == "perf":
        a, b = person(rng, used), person(rng, used)
        page1 = f"""EXECUTIVE PERFORMANCE AGREEMENT 2023-24
Performance Management Program for Executives

Executive: {a}
Position: Director, Program Delivery and Grants (EX-01)
Position number: 73154
Supervisor: {b}, Director General, Energy Efficiency Programs (EX-03)
Department: Natural Resources Canada
Period covered: April 1, 2023 to March 31, 2024

PART A - BUSINESS RESULTS (COMMITMENTS)
1. Deliver the Canada Greener Homes Initiative grants within service standards (90% of
   payments issued within 60 days).  Performance measure: monthly service standard report.
2. Complete the transition of the grants program to the new case management system by
   December 31, 2023, within the approved budget of $1.4M.
3. Reduce the backlog of retrofit grant files by 40% from its April 2023 level.

PART B - LEADERSHIP COMPETENCIES
Create vision and strategy; mobilize people; uphold integrity and respect; collaborate with
partners and stakeholders; promote innovation and guide change; achieve results.
"""
        page2 = f"""PART C - LEARNING AND DEVELOPMENT
Complete the Canada School of Public Service course on results-based management.

MID-YEAR REVIEW: discussed October 12, 2023.
YEAR-END ASSESSMENT: Succeeded.

Executive's signature: {a}            Date: 2024-05-02
Supervisor's signature: {b}           Date: 2024-05-06

PROTECTED B when completed"""
        return pdf_bytes([page1, page2]), [a, b]
    if kind_key == "scanpdf":
        return pdf_bytes(["", "", ""]), []
    raise ValueError(kind_key)


# --------------------------------------------------------------------------- ground truth

def q(s) -> str:
    if s is None:
        return "null"
    if isinstance(s, bool):
        return "true" if s else "false"
    if isinstance(s, int):
        return str(s)
    if isinstance(s, dt.date):
        return s.isoformat()
    return "'" + str(s).replace("'", "''") + "'"


def expected_yaml(doc: str, kind: str, lang: str, outcome: str, fields, not_stated, also, people, versions) -> str:
    out = [f"document: {q(doc)}", f"kind: {kind}", f"language: {lang}", f"outcome: {outcome}"]
    if fields is None:
        out.append("fields: null")
    else:
        out.append("fields:")
        for k in ("title", "classification", "job_code", "position_number", "effective_date"):
            out.append(f"  {k}: {q(fields[k])}")
        out.append("  supervisor:")
        for k in ("position_number", "title", "classification"):
            out.append(f"    {k}: {q(fields['supervisor'][k])}")
        if fields["direct_reports"]:
            out.append("  direct_reports:")
            for r in fields["direct_reports"]:
                out.append(f"  - title: {q(r['title'])}")
                out.append(f"    classification: {q(r['classification'])}")
                out.append(f"    fte: {q(r['fte'])}")
        else:
            out.append("  direct_reports: []")
        for k in ("salary", "o_and_m", "total", "location"):
            out.append(f"  {k}: {q(fields[k])}")
    out.append("not_stated: [" + ", ".join(not_stated) + "]")
    if also:
        out.append("also:")
        for k, v in also.items():
            out.append(f"  {k}: {q(v)}")
    else:
        out.append("also: null")
    if people:
        out.append("people:")
        out += [f"- {q(p)}" for p in people]
    else:
        out.append("people: []")
    if versions:
        out.append("versions:")
        out.append(f"  position: {q(versions['position'])}")
        out.append("  documents:")
        out += [f"  - {q(x)}" for x in versions["documents"]]
        out.append(f"  newest: {q(versions['newest'])}")
    else:
        out.append("versions: null")
    return "\n".join(out) + "\n"


def not_stated_of(f: dict) -> list:
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date") if f[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if f["supervisor"][k] is None]
    ns += [k for k in ("salary", "o_and_m", "total", "location") if f[k] is None]
    if not f["direct_reports"]:
        ns.append("direct_reports")
    return ns


# --------------------------------------------------------------------------- main

def main() -> None:
    rng = random.Random(SEED)
    nums = draw_positions(rng)
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    used_names: set = set()
    versions = {}
    for name, key, kind, lang, opts in DOCS:
        if "version" in opts:
            versions.setdefault(key, []).append((opts["version"], name))
    written = []
    modes = ["split"] * 20 + ["split_nototal"] * 3 + ["combined"] * 5 + ["operating"] * 4 + ["thousands"] * 5 + ["prose"] * 8
    rng.shuffle(modes)
    for (name, key, kind, lang, opts), mode in zip(DOCS, modes):
        opts = dict(opts, dims=mode)
        drng = random.Random(f"{SEED}:{name}")
        blocks, gt = build(name, key, kind, lang, opts, nums, drng, used_names)
        short = gt["title"].split(",", 1)[-1].strip()
        footer = drng.choice([f"OG. {short}", f"{gt['dept'][2]} - {short}", f"{gt['dept'][0 if lang != 'fr' else 1]}",
                              "PROTECTED A", "EX WD"]) if lang != "fr" else drng.choice([f"OG. {short}", gt["dept"][1], "PROTÉGÉ A"])
        strength = drng.choice([1, 2, 2, 3])
        prate = {1: 0.02, 2: 0.05, 3: 0.08}[strength]
        if kind == "ocr":
            body = render_ocr(blocks, drng, opts.get("ocr", "run"), footer, strength, prate, lang)
            data = body.encode("utf-8")
        elif kind == "ocr-columns":
            data = render_ocr_columns(blocks, drng, strength, prate, lang).encode("utf-8")
        elif kind == "markdown":
            md = render_markdown(blocks, drng)
            if drng.random() < 0.3:
                md = "--- Structured Job Description ---\n\n" + md
            data = md.encode("utf-8")
        elif kind == "text":
            data = render_text(blocks, drng).encode("utf-8")
        elif kind == "text-cp1252":
            data = curly(render_text(blocks, drng)).replace("\n", "\r\n").encode("cp1252")
        elif kind == "docx":
            data = render_docx(blocks, drng, nbsp=(lang == "fr"))
        elif kind == "pdf":
            data = pdf_bytes(render_pdf_pages(blocks, drng, footer, lang))
        else:
            raise ValueError(kind)
        (corpus / name).write_bytes(data)
        vs = None
        if key in versions:
            docs = [nm for _, nm in sorted(versions[key])]
            vs = dict(position=POS[key]["title"][0], documents=docs, newest=docs[-1])
        f = gt["fields"]
        (expected / f"{name}.expected.yaml").write_text(
            expected_yaml(name, kind, lang, "import", f, not_stated_of(f), gt["also"], gt["people"], vs), encoding="utf-8")
        written.append(name)
    for name, k, kind, lang in REFUSE:
        drng = random.Random(f"{SEED}:{name}")
        data, people = refusal(k, drng, used_names)
        (corpus / name).write_bytes(data)
        (expected / f"{name}.expected.yaml").write_text(
            expected_yaml(name, kind, lang, "refuse", None, [], None, people, None), encoding="utf-8")
        written.append(name)
    print(f"{len(written)} documents written to {corpus}")


if __name__ == "__main__":
    main()
