"""Generate the blind130 corpus: a regional operations branch's executive-services share drive.

Run from anywhere: /work/main/.venv/bin/python bench/import/blind130/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run.
"""
import hashlib
import io
import random
import re
import shutil
import sys
import textwrap
import zipfile
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

NBSP = "\u00a0"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
KEYS = list(T.P)


def h(s):
    return int(hashlib.sha256(s.encode()).hexdigest()[:8], 16)


# ---------------------------------------------------------------- positions and values
class Pos:
    def __init__(self, key):
        num, job, cls, en, fr, loc, sup, role, region = T.P[key]
        self.key, self.num, self.job, self.cls, self.en, self.fr = key, num, job, cls, en, fr
        self.loc_en, self.loc_fr, self.sup, self.role, self.region = loc[0], loc[1], sup, role, region


POS = {k: Pos(k) for k in KEYS}


def sup_of(key):
    s = POS[key].sup
    if s == "ADM":
        return dict(num=T.ADM["num"], cls=T.ADM["cls"], en=T.ADM["en"], fr=T.ADM["fr"], key=None)
    p = POS[s]
    return dict(num=p.num, cls=p.cls, en=p.en, fr=p.fr, key=s)


def scale(year):
    return 0.72 + 0.28 * (year - 2004) / 22


def team(key, year):
    """Direct reports (en, fr, level, fte) of a position in a year."""
    p = POS[key]
    rows = []
    for c in KEYS:
        if POS[c].sup == key:
            rows.append((POS[c].en, POS[c].fr, POS[c].cls, unit_fte(c, year)))
    tm = T.TEAM[p.role]
    if year < 2012 and len(tm) > 2:
        tm = tm[:-1]
    for i, (en, fr, lv, base) in enumerate(tm):
        var = 0.8 + (h(key + en) % 50) / 100
        rows.append((en, fr, lv, max(1, round(base * scale(year) * var))))
    return rows


def unit_fte(key, year):
    return 1 + sum(r[3] for r in team(key, year)) + h(key + "x") % 3


def money(key, year):
    fte = unit_fte(key, year)
    rate = 62000 if year < 2011 else 74000 if year < 2019 else 86000
    sal = round(fte * rate * (0.95 + (h(key + "s") % 10) / 100), -3)
    omr = {"sch": 52000, "dcp": 21000, "rdg": 9000}.get(POS[key].role, 13000)
    om = round(fte * omr * (0.9 + (h(key + "o") % 20) / 100), -3)
    return fte, int(sal), int(om)


# ---------------------------------------------------------------- notations
def fmt_date(iso, style):
    d = date.fromisoformat(iso)
    if style == "en_long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "en_dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "en_abbr":
        return f"{MONTHS_ABBR[d.month - 1]} {d.day}, {d.year}"
    if style == "iso":
        return iso
    if style == "fr_long":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "fr_le":
        return f"le {'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dots":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    raise ValueError(style)


def fmt_amt(v, style):
    if style == "full_en":
        return f"${v:,}"
    if style == "M_en":
        return f"${v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
    if style == "million_en":
        return f"${v / 1e6:.3f}".rstrip("0").rstrip(".") + " million"
    if style == "K_en":
        return f"${v // 1000:,}K"
    if style == "full_fr":
        return f"{v:,}".replace(",", NBSP) + NBSP + "$"
    if style == "M_fr":
        return (f"{v / 1e6:.3f}".rstrip("0").rstrip(".")).replace(".", ",") + NBSP + "M$"
    if style == "k_fr":
        return f"{v // 1000:,}".replace(",", NBSP) + NBSP + "k$"
    if style == "plain":
        return f"{v:,}"
    raise ValueError(style)


# ---------------------------------------------------------------- labels
L = {
    "f04": {
        "en": dict(head=["FISHERIES AND OCEANS CANADA", "POSITION DESCRIPTION - EXECUTIVE GROUP"],
                   title="Position Title", num="Position No.", cls="Classification", job=None, date="Effective Date",
                   region="Region", loc="Location", s_title="Reports to (Title)", s_num="Reports to (Position No.)",
                   s_cls="Reports to (Classification)", ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION",
                   ns="NATURE AND SCOPE", sa="SPECIFIC ACCOUNTABILITIES", dim="DIMENSIONS", fte="Full-time equivalents",
                   sal="Salary dollars", om="O&M dollars", tot="Total", sig="CERTIFICATION"),
        "fr": dict(head=["PÊCHES ET OCÉANS CANADA", "DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION"],
                   title="Titre du poste", num="No du poste", cls="Classification", job=None, date="Date d'entrée en vigueur",
                   region="Région", loc="Lieu", s_title="Relève de (titre)", s_num="Relève de (no du poste)",
                   s_cls="Relève de (classification)", ga="RESPONSABILITÉ GÉNÉRALE", org="ORGANISATION",
                   ns="NATURE ET ÉTENDUE", sa="RESPONSABILITÉS SPÉCIFIQUES", dim="DIMENSIONS", fte="Équivalents temps plein",
                   sal="Salaires", om="F et E", tot="Total", sig="ATTESTATION"),
    },
    "f11": {
        "en": dict(head=["Fisheries and Oceans Canada", "EXECUTIVE WORK DESCRIPTION"],
                   title="Position Title", num="Position Number", cls="Group/Level", job="Job Code",
                   date="Effective Date", region="Sector/Region", loc="Geographic Location",
                   s_title="Supervisor's Position Title", s_num="Supervisor's Position Number",
                   s_cls="Supervisor's Group/Level", ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE",
                   ns="NATURE AND SCOPE", sa="SPECIFIC ACCOUNTABILITIES", dim="DIMENSIONS", fte="FTEs",
                   sal="Salary", om="O&M", tot="Total", sig="SIGNATURES"),
        "fr": dict(head=["Pêches et Océans Canada", "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION"],
                   title="Titre du poste", num="Numéro du poste", cls="Groupe/Niveau", job="Code d'emploi",
                   date="Date d'entrée en vigueur", region="Secteur/Région", loc="Lieu géographique",
                   s_title="Titre du poste du superviseur", s_num="Numéro du poste du superviseur",
                   s_cls="Groupe/Niveau du superviseur", ga="RESPONSABILITÉ GÉNÉRALE", org="STRUCTURE ORGANISATIONNELLE",
                   ns="NATURE ET ÉTENDUE", sa="ACTIVITÉS PRINCIPALES", dim="DIMENSIONS", fte="ETP",
                   sal="Salaires", om="F et E", tot="Total", sig="SIGNATURES"),
    },
    "f19": {
        "en": dict(head=["Fisheries and Oceans Canada - Regional Operations", "Work Description - Executive (EX) Group"],
                   title="Title", num="Position #", cls="Level", job="Job code", date="Effective", region="Region",
                   loc="Work location", reports="Reports to", ga="1. Purpose", org="2. Organization",
                   ns="3. Context and challenges", sa="4. Key accountabilities", dim="5. Resources",
                   fte="Human resources", sal="Salary", om="O&M", tot="Total", fin="Financial resources",
                   sig="6. Approval"),
        "fr": dict(head=["Pêches et Océans Canada - Opérations régionales", "Description de travail - Groupe de la direction (EX)"],
                   title="Titre", num="No de poste", cls="Niveau", job="Code d'emploi", date="En vigueur", region="Région",
                   loc="Lieu de travail", reports="Relève de", ga="1. Raison d'être", org="2. Organisation",
                   ns="3. Contexte et défis", sa="4. Responsabilités principales", dim="5. Ressources",
                   fte="Ressources humaines", sal="salaires", om="F et E", tot="total", fin="Ressources financières",
                   sig="6. Approbation"),
    },
}


def bil(a, b):
    return f"{a} / {b}"


# ---------------------------------------------------------------- documents
# (key, year, iso date or None, form, kind, lang, file name, options)
D = [
    ("A1", 2009, "2009-06-15", "f04", "text-cp1252", "en", "RDG Atlantic - position description 2009.txt",
     dict(amt="full_en", dt="en_long", rep="sentence", sup="fields3")),
    ("A1", 2020, "2020-04-01", "f19", "docx", "en", "Regional Director General, Atlantic Region (EX-03) - 2020 tracked.docx",
     dict(amt="M_en", dt="en_long", rep="table", sup="line", track=True)),
    ("A2", 2021, "2021-10-04", "f19", "pdf", "en", "Director Operations Atlantic - signed.pdf",
     dict(amt="full_en", dt="en_dmy", rep="levelfirst", sup="line")),
    ("A3", 2017, "2017-02-13", "f11", "docx", "en", "Director, Conservation and Protection (Atlantic) 2017.docx",
     dict(amt="full_en", dt="en_long", rep="bullets", sup="fields3")),
    ("A3", 2017, "2017-02-13", "f11", "pdf", "en", "Director, Conservation and Protection (Atlantic) 2017 - signed.pdf",
     dict(amt="full_en", dt="en_long", rep="bullets", sup="fields3")),
    ("A4", 2022, "2022-07-18", "f19", "markdown", "en", "director-regional-business-services-atl.md",
     dict(amt="K_en", dt="iso", rep="bullets", sup="line")),
    ("A5", 2013, "2013-09-16", "gen", "pdf", "en", "SWNS Area Director - generic + cover page 2013.pdf",
     dict(amt="full_en", dt="en_abbr", rep="table", sup="fields3")),
    ("A5", 2026, "2026-01-12", "f19", "markdown", "en", "Area Director, Southwest Nova Scotia (2026).md",
     dict(amt="million_en", dt="en_long", rep="table", sup="line")),
    ("A6", 2019, "2019-05-27", "f19", "ocr", "en", "scan_AD_Halifax_Coastal_signed.txt",
     dict(amt="M_en", dt="en_long", rep="bullets", sup="line", dmg="mid")),
    ("A7", 2015, "2015-03-30", "f11", "text", "en", "WD - Area Director, Bay of Fundy.txt",
     dict(amt="full_en", dt="en_dmy", rep="levelfirst", sup="fields3")),
    ("A8", 2012, "2012-11-19", "f11", "ocr", "en", "Cape Breton AD work desc 2012 (scan).txt",
     dict(amt="M_en", dt="en_long", rep="bullets", sup="fields2", dmg="heavy", wrapper=True)),
    ("A9", 2024, "2024-08-26", "f19", "docx", "en", "Director Planning & Regional Coordination v3 - comments AB.docx",
     dict(amt="full_en", dt="en_long", rep="table", sup="line", comments=True)),
    ("A10", 2018, "2018-06-04", "f11", "ocr-columns", "en", "Dir Fisheries Mgmt ATL 2018.txt",
     dict(amt="M_en", dt="en_long", rep="bullets", sup="fields3", dmg="light")),
    ("A11", 2023, "2023-10-30", "f19", "text-cp1252", "en", "FW Work description - Director, Small Craft Harbours.txt",
     dict(amt="full_en", dt="en_long", rep="bullets", sup="line", email="outlook")),
    ("G1", 2021, "2021-04-01", "f19", "docx", "bi", "DGR-RDG Golfe-Gulf 2021 bilingue.docx",
     dict(amt="full_en", dt="iso", rep="table", sup="line")),
    ("G2", 2015, "2015-08-10", "f11", "pdf", "en", "Director, Operations, Gulf (2015).pdf",
     dict(amt="full_en", dt="en_long", rep="table", sup="fields3")),
    ("G2", 2022, "2022-09-12", "f19", "ocr", "en", "Director Operations Gulf 2022 signed scan.txt",
     dict(amt="M_en", dt="en_abbr", rep="levelfirst", sup="line", dmg="light")),
    ("G3", 2016, "2016-05-02", "f11", "text", "bi", "AD ENB - DS Est du N.-B. 2016 bilingual.txt",
     dict(amt="full_en", dt="iso", rep="bullets", sup="fields3")),
    ("G3", 2024, "2024-02-19", "f19", "docx", "bi", "Area Director ENB - Directeur de secteur EstNB 2024.docx",
     dict(amt="full_en", dt="iso", rep="table", sup="line")),
    ("G4", 2019, "2019-12-09", "gen", "docx", "en", "PEI Area Director - national generic w cover.docx",
     dict(amt="full_en", dt="en_long", rep="table", sup="fields3")),
    ("G5", 2020, "2020-06-22", "f19", "markdown", "fr", "Directeur de secteur, Golfe Nouvelle-Écosse.md",
     dict(amt="full_fr", dt="fr_long", rep="bullets", sup="line")),
    ("G6", 2014, "2014-10-14", "f11", "ocr", "fr", "DCP Golfe 2014 numérisé.txt",
     dict(amt="full_fr", dt="fr_long", rep="bullets", sup="fields3", dmg="mid")),
    ("G7", 2025, "2025-03-17", "f19", "pdf", "en", "Director, Fisheries Management, Gulf Region.pdf",
     dict(amt="M_en", dt="en_long", rep="table", sup="line")),
    ("G8", 2011, "2011-01-24", "f11", "text-cp1252", "en", "Dir RBS Gulf 2011.txt",
     dict(amt="full_en", dt="slash", rep="levelfirst", sup="fields3")),
    ("G9", 2023, "2023-05-29", "f19", "docx", "fr", "Directrice PPB Golfe 2023 (1).docx",
     dict(amt="M_fr", dt="fr_long", rep="bullets", sup="line")),
    ("Q1", 2018, "2018-04-03", "f11", "pdf", "fr", "Description de travail DGR Région du Québec.pdf",
     dict(amt="full_fr", dt="fr_long", rep="table", sup="fields3")),
    ("Q2", 2012, "2012-02-20", "f11", "ocr", "fr", "DO Québec 2012 scan signé.txt",
     dict(amt="full_fr", dt="fr_long", rep="sentence", sup="fields3", dmg="mid")),
    ("Q2", 2019, "2019-09-03", "gen", "docx", "fr", "Directeur des opérations - générique national + page couverture QC.docx",
     dict(amt="full_fr", dt="fr_long", rep="table", sup="fields3")),
    ("Q2", 2025, None, "f19", "markdown", "fr", "Directeur des opérations QC - ÉBAUCHE 2025.md",
     dict(amt="M_fr", dt="fr_long", rep="table", sup="line", draft=True)),
    ("Q3", 2016, "2016-11-28", "f11", "text-cp1252", "fr", "Directeur C&P Québec 2016.txt",
     dict(amt="full_fr", dt="fr_le", rep="levelfirst", sup="fields3")),
    ("Q4", 2018, "2018-08-13", "f11", "docx", "fr", "Directrice SAR Québec 2018 - commentaires.docx",
     dict(amt="full_fr", dt="fr_long", rep="table", sup="fields3", comments=True)),
    ("Q4", 2022, "2022-01-10", "f19", "text-cp1252", "fr", "Directrice SAR Québec 2022.txt",
     dict(amt="k_fr", dt="fr_long", rep="bullets", sup="line")),
    ("Q5", 2006, "2006-03-20", "f04", "ocr", "fr", "Gaspé 2006 - description de poste (numérisée).txt",
     dict(amt="full_fr", dt="slash", rep="sentence", sup="fields3", dmg="heavy",
          title_fr="Gestionnaire de secteur, Gaspésie", title_en="Area Manager, Gaspé")),
    ("Q5", 2014, "2014-06-02", "f11", "docx", "fr", "Directeur de secteur Gaspésie-BSL 2014.docx",
     dict(amt="full_fr", dt="fr_long", rep="table", sup="fields3")),
    ("Q5", 2023, "2023-03-27", "f19", "pdf", "fr", "DS Gaspésie–Bas-Saint-Laurent 2023 signé.pdf",
     dict(amt="M_fr", dt="fr_long", rep="bullets", sup="line")),
    ("Q6", 2020, "2020-11-16", "f19", "ocr-columns", "fr", "Côte-Nord DS 2020 numérisation.txt",
     dict(amt="M_fr", dt="fr_long", rep="bullets", sup="line", dmg="mid")),
    ("Q7", 2010, "2010-05-17", "f04", "ocr", "fr", "IDM gestionnaire secteur 2010.txt",
     dict(amt="full_fr", dt="fr_long", rep="sentence", sup="fields3", dmg="light")),
    ("Q7", 2021, "2021-05-31", "f19", "text", "fr", "TR_ Description de travail DS Îles-de-la-Madeleine.txt",
     dict(amt="full_fr", dt="fr_long", rep="bullets", sup="line", email="quoted")),
    ("Q8", 2017, "2017-01-16", "f11", "markdown", "fr", "Directrice de secteur, Estuaire.md",
     dict(amt="full_fr", dt="fr_long", rep="table", sup="fields3")),
    ("Q9", 2024, "2024-10-21", "f19", "docx", "fr", "DS Montréal et Centre-du-Québec 2024 FINAL.docx",
     dict(amt="full_fr", dt="fr_long", rep="table", sup="sentence")),
    ("Q10", 2005, None, "f04", "text-cp1252", "fr", "Planification QC 2005.txt",
     dict(amt="full_fr", dt="fr_long", rep="sentence", sup="fields3")),
    ("Q11", 2019, "2019-02-25", "f19", "pdf", "fr", "Directrice Gestion des pêches QC 2019.pdf",
     dict(amt="M_fr", dt="fr_long", rep="levelfirst", sup="line")),
    ("Q12", 2013, "2013-04-15", "f11", "ocr", "fr", "PPB Québec 2013.txt",
     dict(amt="full_fr", dt="fr_long", rep="bullets", sup="fields3", dmg="light")),
    ("Q13", 2026, "2026-02-02", "f19", "markdown", "bi", "Directrice Programmes autochtones - Director Indigenous Programs 2026.md",
     dict(amt="full_en", dt="iso", rep="table", sup="line")),
    ("A4", 2008, "2008-12-01", "f04", "ocr", "en", "Regional Admin Director 2008 signed.txt",
     dict(amt="full_en", dt="en_long", rep="sentence", sup="fields3", dmg="mid",
          title_en="Director, Regional Administration, Atlantic Region", title_fr="Directeur, Administration régionale, Région de l'Atlantique")),
]


def incumbent(key, year):
    i = KEYS.index(key)
    return T.NAMES[i] if year >= 2015 else T.NAMES[(i * 7 + 3) % 34]


def sup_incumbent(key, year):
    s = POS[key].sup
    return T.NAMES[34] if s == "ADM" else incumbent(s, year)


ADVISORS = T.NAMES[35:41]


class Doc:
    def __init__(self, idx, spec):
        key, year, iso, form, kind, lang, fname, o = spec
        self.idx, self.key, self.year, self.iso, self.form, self.kind, self.lang, self.fname, self.o = \
            idx, key, year, iso, form, kind, lang, fname, o
        self.p = POS[key]
        self.L = lang if lang != "bi" else "en"
        self.people = []
        self.also = {}
        self.notes = []
        fte, sal, om = money(key, year)
        self.fte, self.sal, self.om = fte, sal, om
        self.total = None if o.get("draft") else sal + om
        self.reports = team(key, year)
        self.sup = sup_of(key)
        self.title_en = o.get("title_en", self.p.en)
        self.title_fr = o.get("title_fr", self.p.fr)

    def t(self, en, fr):
        return {"en": en, "fr": fr, "bi": bil(en, fr)}[self.lang]

    def title(self):
        return {"en": self.title_en, "fr": self.title_fr, "bi": bil(self.title_en, self.title_fr)}[self.lang]

    def name(self, n):
        if n not in self.people:
            self.people.append(n)
        return n


# ---------------------------------------------------------------- blocks
def rep_title(d, r):
    return r[1] if d.lang == "fr" else r[0]


def fte_word(d, n):
    if d.lang == "fr":
        return f"{n} ETP"
    return f"{n} FTE" if n == 1 else f"{n} FTEs"


def art(d, title):
    if d.lang != "fr":
        return "the"
    return "la" if title.split()[0].rstrip(",") in ("Directrice", "Adjointe", "Coordonnatrice") else "le"


def reports_blocks(d, style, lead):
    rows = d.reports
    out = []
    if style == "bullets":
        out.append(("p", lead))
        out.append(("bul", [f"{rep_title(d, r)} ({r[2]}, {fte_word(d, r[3])})" for r in rows]))
    elif style == "levelfirst":
        out.append(("p", lead))
        out.append(("lines", [f"{r[2]} - {rep_title(d, r)} - {fte_word(d, r[3])}" for r in rows]))
    elif style == "table":
        out.append(("p", lead))
        hdr = {"en": ["Position", "Group/Level", "FTEs"], "fr": ["Poste", "Groupe/Niveau", "ETP"],
               "bi": ["Position / Poste", "Group/Level / Groupe/Niveau", "FTEs / ETP"]}[d.lang]
        out.append(("table", hdr, [[rep_title(d, r), r[2], str(r[3])] for r in rows]))
    elif style == "sentence":
        parts = [f"{art(d, rep_title(d, r))} {rep_title(d, r)} ({r[2]}; {fte_word(d, r[3])})" for r in rows]
        conj = " et " if d.lang == "fr" else " and "
        out.append(("p", lead + " " + "; ".join(parts[:-1]) + ";" + conj + parts[-1] + "."))
    d.also["reports_layout"] = style
    return out


def body_blocks(d, lab):
    """General accountability ... specific accountabilities, dims, for the forms other than the generic."""
    p, lang = d.p, d.lang
    reg_en, reg_fr = T.REGION[p.region]
    out = []
    ga_en = T.GA[p.role][0].format(region=reg_en)
    ga_fr = T.GA[p.role][1].format(region=reg_fr)
    out.append(("h", lab["ga"]))
    if lang == "en":
        out.append(("p", ga_en))
    elif lang == "fr":
        out.append(("p", ga_fr))
    else:
        out += [("p", ga_en), ("p", ga_fr)]
    out.append(("h", lab["org"]))
    sup_t = d.t(d.sup["en"], d.sup["fr"])
    if d.o["sup"] == "sentence":
        if lang == "fr":
            out.append(("p", f"Le titulaire relève du {lcfirst(d.sup['fr'])} ({d.sup['cls']}), "
                             f"avec {n_peers(d)} autres cadres, et représente celui-ci dans le secteur."))
        else:
            out.append(("p", f"The incumbent reports to the {d.sup['en']} ({d.sup['cls']}), one of "
                             f"{n_peers(d) + 1} executives in that role, and represents the supervisor in the area."))
    lead = {"en": f"The following positions report to the {d.title_en}:",
            "fr": f"Les postes suivants relèvent du titulaire :",
            "bi": "Direct reports / Subordonnés directs:"}[lang]
    out += reports_blocks(d, d.o["rep"], lead)
    out.append(("h", lab["ns"]))
    if lang == "bi":
        out += [("p", T.NS["en"][0]), ("p", T.NS["fr"][0])]
    else:
        out += [("p", x) for x in T.NS[lang]]
    out.append(("h", lab["sa"]))
    if lang == "bi":
        out.append(("num", [f"{a} / {b}" for a, b in zip(T.SA["en"][:5], T.SA["fr"][:5])]))
    else:
        out.append(("num", T.SA[lang][: 4 + h(d.fname) % 3]))
    out += dims_blocks(d, lab)
    return out


def lcfirst(s):
    return s[0].lower() + s[1:]


def n_peers(d):
    return sum(1 for k in KEYS if POS[k].sup == d.p.sup and k != d.key)


def dims_blocks(d, lab):
    a = d.o["amt"]
    out = [("h", lab["dim"])]
    if d.form == "f19":
        fin = f"{lab['sal']} {fmt_amt(d.sal, a)}; {lab['om']} {fmt_amt(d.om, a)}"
        if d.total is not None:
            fin += f"; {lab['tot']} {fmt_amt(d.total, a)}"
        if d.lang == "bi":
            out.append(("fields", [("Human resources / Ressources humaines", f"{d.fte} FTEs / ETP"),
                                   ("Salary / Salaires", fmt_amt(d.sal, a)), ("O&M / F et E", fmt_amt(d.om, a)),
                                   ("Total", fmt_amt(d.total, a))]))
        else:
            out.append(("fields", [(lab["fte"], fte_word(d, d.fte)), (lab["fin"], fin)]))
    else:
        rows = [(lab["fte"], str(d.fte)), (lab["sal"], fmt_amt(d.sal, a)), (lab["om"], fmt_amt(d.om, a))]
        if d.total is not None:
            rows.append((lab["tot"], fmt_amt(d.total, a)))
        if d.lang == "bi":
            rows = [("FTEs / ETP", str(d.fte)), ("Salary / Salaires", fmt_amt(d.sal, a)),
                    ("O&M / F et E", fmt_amt(d.om, a)), ("Total", fmt_amt(d.total, a))]
        out.append(("fields", rows))
    return out


def id_fields(d, lab):
    p = d.p
    lang = d.lang
    if lang == "bi":
        lb = {k: bil(L[d.form]["en"][k], L[d.form]["fr"][k]) if L[d.form]["en"].get(k) else None for k in L[d.form]["en"]}
    else:
        lb = lab
    rows = [(lb["title"], d.title())]
    num = p.num
    rows.append((lb["num"], num))
    if lb.get("job"):
        rows.append((lb["job"], p.job))
    rows.append((lb["cls"], p.cls))
    if d.iso:
        rows.append((lb["date"], fmt_date(d.iso, d.o["dt"])))
    else:
        rows.append((lb["date"], {"en": "", "fr": "À déterminer" if d.o.get("draft") else "", "bi": ""}[lang]))
    reg_en, reg_fr = T.REGION[p.region]
    rows.append((lb["region"], d.t(reg_en, reg_fr)))
    rows.append((lb["loc"], d.t(p.loc_en, p.loc_fr)))
    s = d.sup
    st = d.o["sup"]
    if st in ("fields3", "fields2"):
        if d.form == "f19":
            raise ValueError("f19 has no supervisor fields")
        rows.append((lb["s_title"], d.t(s["en"], s["fr"])))
        if st == "fields3":
            rows.append((lb["s_num"], s["num"]))
        rows.append((lb["s_cls"], s["cls"]))
    elif st == "line":
        if lang == "fr":
            v = f"{s['fr']} ({s['cls']}), poste no {s['num']}"
        elif lang == "bi":
            v = f"{s['en']} / {s['fr']} ({s['cls']}) - {s['num']}"
        else:
            v = f"{s['en']} ({s['cls']}), position no. {s['num']}"
        rows.append((lb["reports"], v))
    d.also["supervisor_layout"] = st
    return rows


def signatures(d):
    lang = d.lang
    y = d.year
    inc = d.name(incumbent(d.key, y)) if not d.o.get("draft") else None
    rec = d.name(sup_incumbent(d.key, y))
    adv = d.name(ADVISORS[d.idx % len(ADVISORS)])
    dt = fmt_date(d.iso, d.o["dt"]) if d.iso else ""
    if lang == "fr":
        rows = [("Titulaire", inc or "", dt), ("Recommandé par", rec, dt), ("Conseillère en classification", adv, dt)]
    elif lang == "bi":
        rows = [("Incumbent / Titulaire", inc or "", dt), ("Recommended by / Recommandé par", rec, dt),
                ("Classification advisor / Conseillère en classification", adv, dt)]
    else:
        rows = [("Incumbent", inc or "", dt), ("Recommended by", rec, dt), ("Classification advisor", adv, dt)]
    if d.o.get("draft"):
        rows = rows[1:]
    return rows


def blocks_form(d):
    lab = L[d.form][d.L]
    head = L[d.form][d.L]["head"]
    if d.lang == "bi":
        head = [bil(a, b) for a, b in zip(L[d.form]["en"]["head"], L[d.form]["fr"]["head"])]
    out = [("head", head)]
    if d.o.get("draft"):
        out.append(("p", "ÉBAUCHE - NE PAS DIFFUSER" if d.lang == "fr" else "DRAFT - NOT FOR DISTRIBUTION"))
    out.append(("fields", id_fields(d, lab)))
    out += body_blocks(d, lab)
    out.append(("h", lab["sig"]))
    out.append(("sig", signatures(d)))
    return out


GEN = {
    "ad": dict(en="Area Director", fr="Directeur de secteur", typ_en="FTEs: 30 to 120. Salary: $2M to $9M. O&M: $0.4M to $2.5M.",
               typ_fr="ETP : 30 à 120. Salaires : 2 M$ à 9 M$. F et E : 0,4 M$ à 2,5 M$.",
               org_en="The position typically reports to the region's Director, Operations (EX-02). Direct reports typically "
                      "include area chiefs and program managers (PM-05 to PM-06, GT-07, EN-ENG-05), for example the Area Chief, "
                      "Resource Management (PM-06, 8 to 15 FTEs).",
               org_fr="Le poste relève habituellement du directeur des opérations de la région (EX-02). Les subordonnés directs "
                      "comprennent généralement des chefs de secteur et des gestionnaires de programme (PM-05 à PM-06, GT-07, EN-ENG-05)."),
    "do": dict(en="Director, Operations (Regional)", fr="Directeur des opérations (régional)",
               typ_en="FTEs: 150 to 400. Salary: $12M to $30M. O&M: $2M to $6M.",
               typ_fr="ETP : 150 à 400. Salaires : 12 M$ à 30 M$. F et E : 2 M$ à 6 M$.",
               org_en="The position reports to the Regional Director General (EX-03). Its direct reports are the region's Area "
                      "Directors (EX-01), usually four to six, and an operations support manager.",
               org_fr="Le poste relève du directeur général régional (EX-03). Ses subordonnés directs sont les directeurs de secteur "
                      "de la région (EX-01), habituellement de quatre à six, et un gestionnaire du soutien aux opérations."),
}


def blocks_generic(d):
    """A national generic work description with a regional cover page."""
    p, lang = d.p, d.lang
    g = GEN[p.role]
    reg_en, reg_fr = T.REGION[p.region]
    a = d.o["amt"]
    if lang == "fr":
        out = [("head", ["Pêches et Océans Canada", "PAGE COUVERTURE RÉGIONALE - DESCRIPTION DE TRAVAIL GÉNÉRIQUE"]),
               ("fields", [("Titre du poste (régional)", d.title()), ("Numéro du poste", p.num),
                           ("Description générique utilisée", f"{g['fr']} (générique national), code d'emploi {p.job}"),
                           ("Groupe/Niveau", p.cls), ("Date d'entrée en vigueur", fmt_date(d.iso, d.o["dt"])),
                           ("Région", reg_fr), ("Lieu de travail", p.loc_fr),
                           ("Titre du poste du superviseur", d.sup["fr"]), ("Numéro du poste du superviseur", d.sup["num"]),
                           ("Groupe/Niveau du superviseur", d.sup["cls"])]),
               ("h", "Dimensions propres au poste"),
               ("fields", [("ETP", str(d.fte)), ("Salaires", fmt_amt(d.sal, a)), ("F et E", fmt_amt(d.om, a)),
                           ("Total", fmt_amt(d.total, a))])]
        out += reports_blocks(d, d.o["rep"], "Subordonnés directs du poste :")
        out.append(("sig", signatures(d)))
        out.append(("brk",))
        out += [("head", ["DESCRIPTION DE TRAVAIL GÉNÉRIQUE NATIONALE", f"{g['fr']} - {p.cls} - code d'emploi {p.job}"]),
                ("h", "RESPONSABILITÉ GÉNÉRALE"), ("p", T.GA[p.role][1].format(region="région")),
                ("h", "STRUCTURE ORGANISATIONNELLE"),
                ("p", g["org_fr"]),
                ("h", "NATURE ET ÉTENDUE"), ("p", T.NS["fr"][0]),
                ("h", "ACTIVITÉS PRINCIPALES"), ("num", T.SA["fr"]),
                ("h", "DIMENSIONS (FOURCHETTES TYPIQUES, À TITRE INDICATIF)"), ("p", g["typ_fr"])]
    else:
        out = [("head", ["Fisheries and Oceans Canada", "REGIONAL COVER PAGE - GENERIC WORK DESCRIPTION"]),
               ("fields", [("Position title (regional)", d.title()), ("Position number", p.num),
                           ("Generic used", f"{g['en']} (national generic), job code {p.job}"),
                           ("Group/Level", p.cls), ("Effective date", fmt_date(d.iso, d.o["dt"])),
                           ("Region", reg_en), ("Work location", p.loc_en),
                           ("Supervisor's position title", d.sup["en"]), ("Supervisor's position number", d.sup["num"]),
                           ("Supervisor's group/level", d.sup["cls"])]),
               ("h", "Position-specific dimensions"),
               ("fields", [("FTEs", str(d.fte)), ("Salary", fmt_amt(d.sal, a)), ("O&M", fmt_amt(d.om, a)),
                           ("Total", fmt_amt(d.total, a))])]
        out += reports_blocks(d, d.o["rep"], "Direct reports of this position:")
        out.append(("sig", signatures(d)))
        out.append(("brk",))
        out += [("head", ["NATIONAL GENERIC WORK DESCRIPTION", f"{g['en']} - {p.cls} - Job code {p.job}"]),
                ("h", "GENERAL ACCOUNTABILITY"), ("p", T.GA[p.role][0].format(region="region")),
                ("h", "ORGANIZATION STRUCTURE"),
                ("p", g["org_en"]),
                ("h", "NATURE AND SCOPE"), ("p", T.NS["en"][0]),
                ("h", "SPECIFIC ACCOUNTABILITIES"), ("num", T.SA["en"]),
                ("h", "DIMENSIONS (TYPICAL RANGES, FOR INFORMATION)"), ("p", g["typ_en"])]
    d.also["form"] = "national generic with regional cover page"
    d.also["supervisor_layout"] = "fields3 (cover page)"
    return out


# ---------------------------------------------------------------- renderers: plain text
def wrap(s, width=78, indent=""):
    return textwrap.wrap(s, width, initial_indent=indent, subsequent_indent=" " * len(indent),
                         break_on_hyphens=False) or [""]


def to_lines(blocks, width=78, bullet="- ", labw=0):
    out = []
    for b in blocks:
        t = b[0]
        if t == "head":
            out += [x.center(width).rstrip() for x in b[1]] + [""]
        elif t == "fields":
            for k, v in b[1]:
                lab = f"{k}:"
                out.append(f"{lab:<{labw}} {v}".rstrip() if labw else f"{lab} {v}".rstrip())
            out.append("")
        elif t == "h":
            out += [b[1].upper(), ""]
        elif t == "p":
            out += wrap(b[1], width) + [""]
        elif t == "bul":
            for x in b[1]:
                out += wrap(x, width, bullet)
            out.append("")
        elif t == "lines":
            out += list(b[1]) + [""]
        elif t == "num":
            for i, x in enumerate(b[1], 1):
                out += wrap(x, width, f"{i}. ")
            out.append("")
        elif t == "table":
            hdr, rows = b[1], b[2]
            w0 = max(len(hdr[0]), *(len(r[0]) for r in rows)) + 2
            w1 = max(len(hdr[1]), *(len(r[1]) for r in rows)) + 2
            out.append(f"{hdr[0]:<{w0}}{hdr[1]:<{w1}}{hdr[2]}")
            out.append("-" * (w0 + w1 + len(hdr[2])))
            for r in rows:
                out.append(f"{r[0]:<{w0}}{r[1]:<{w1}}{r[2]}")
            out.append("")
        elif t == "sig":
            for role, name, dt in b[1]:
                out.append(f"{role}: {name}".rstrip())
                out.append(f"    Signature: ______________________   Date: {dt}".rstrip())
            out.append("")
        elif t == "brk":
            out.append("\f")
    return out


def paginate(lines, header, footer, per=52):
    pages, cur = [], []
    for ln in lines:
        if ln == "\f":
            pages.append(cur)
            cur = []
            continue
        cur.append(ln)
        if len(cur) >= per:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        if header:
            out += [header(i, n), ""]
        out += pg
        if footer:
            out += ["", footer(i, n)]
    return out, n


# ---------------------------------------------------------------- OCR damage
DIGIT = {"light": 0.12, "mid": 0.35, "heavy": 0.6}
LETTER = {"light": 0.01, "mid": 0.04, "heavy": 0.09}
JOIN = {"light": 0.0, "mid": 0.02, "heavy": 0.05}
D2L = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b"}


def damage_word(w, rng, lvl):
    if any(c.isdigit() for c in w):
        out = []
        for c in w:
            if c in D2L and rng.random() < DIGIT[lvl]:
                out.append("l" if c == "1" and rng.random() < 0.3 else D2L[c])
            else:
                out.append(c)
        return "".join(out)
    if len(w) > 3 and rng.random() < LETTER[lvl] * 4:
        subs = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("d", "cl"), ("h", "b"), ("u", "v"), ("t", "l")]
        a, b = subs[rng.randrange(len(subs))]
        if a in w[1:]:
            j = w.index(a, 1)
            w = w[:j] + b + w[j + len(a):]
    if lvl == "heavy" and rng.random() < 0.3:
        w = w.translate(str.maketrans("éèêàçô", "eeeaco"))
    return w


def ocr(lines, d, lvl):
    rng = random.Random(h(d.fname))
    protect = sorted(d.people, key=len, reverse=True)
    out = []
    for ln in lines:
        if ln.strip() == "" or ln.startswith("\f"):
            out.append(ln)
            continue
        ph = {}
        for i, n in enumerate(protect):
            if n in ln:
                tok = f"\x01{i}\x02"
                ph[tok] = n
                ln = ln.replace(n, tok)
        words = ln.split(" ")
        words = [w if "\x01" in w else damage_word(w, rng, lvl) for w in words]
        s = words[0] if words else ""
        for w in words[1:]:
            if s and w and s[-1].isalpha() and w[0].isalpha() and rng.random() < JOIN[lvl]:
                s += w
            else:
                s += " " + w
        for tok, n in ph.items():
            s = s.replace(tok, n)
        out.append(s)
    return out


def hyphenate(lines, rng, width=78):
    """Cut the first word of some prose lines onto the end of the line above, with a hyphen."""
    out = list(lines)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not a.strip() or not b.strip() or a.endswith("-") or ":" in a[:30] or b.lstrip()[:1].isdigit() \
                or a.startswith("    ") or b.startswith("    ") or a.isupper() or b.isupper():
            continue
        lead = len(b) - len(b.lstrip())
        words = b.lstrip().split(" ")
        w = words[0]
        if len(w) < 8 or not w.isalpha() or rng.random() > 0.45:
            continue
        cut = 3 + rng.randrange(len(w) - 5)
        if len(a) + 2 + cut > width:
            continue
        out[i] = a + " " + w[:cut] + "-"
        out[i + 1] = " " * lead + w[cut:] + (" " + " ".join(words[1:]) if len(words) > 1 else "")
    return out


# ---------------------------------------------------------------- renderers: files
def short_title(d):
    return {"en": d.title_en, "fr": d.title_fr, "bi": d.title_en}[d.lang]


def render_text(d, blocks, cp1252=False):
    lines = to_lines(blocks, labw=32 if d.form == "f11" else 0, bullet="• " if cp1252 else "- ")
    if d.form in ("f11", "f04") and not d.o.get("email"):
        pg = "Page {i} of {n}" if d.lang != "fr" else "Page {i} de {n}"
        lines, n = paginate(lines, lambda i, n: f"{short_title(d)}   {d.p.cls}".rstrip(),
                            lambda i, n: pg.format(i=i, n=n))
        d.also["running_header"] = True
    if d.o.get("email"):
        lines = email_wrap(d, lines)
    s = "\n".join(lines).rstrip() + "\n"
    s = s.replace("\f\n", "\f")
    if cp1252:
        s = s.replace("'", "\u2019")
        s = s.replace("\n", "\r\n")
        return s.encode("cp1252")
    return s.encode("utf-8")


def email_wrap(d, lines):
    if d.o["email"] == "outlook":
        frm, to, cc = d.name(T.NAMES[41]), d.name(T.NAMES[42]), d.name(T.NAMES[43])
        hd = [f"From: {frm}", "Sent: Monday, November 6, 2023 2:41 PM", f"To: {to}", f"Cc: {cc}",
              f"Subject: FW: Work description - {d.title_en}", "",
              f"Hi {to.split()[0]},", "",
              "Here is the signed WD for the SCH director position, as requested for the classification file. "
              "The PDF would not open on your side, so I pasted the text below.", "",
              "Thanks,", frm.split()[0], "",
              "-----Original Message-----", f"From: {d.name(T.NAMES[44])}",
              "Sent: Friday, November 3, 2023 10:05 AM", f"To: {frm}",
              "Subject: WD SCH ATL - final", "", "Final version attached, signed by the RDG.", "", ""]
        return hd + lines + ["", "", "Executive Services | Services aux cadres", "Regional Operations, Atlantic"]
    frm, to = d.name(T.NAMES[45]), d.name(T.NAMES[46])
    hd = ["De : " + frm, "Envoyé : 14 juin 2021 16:12", "À : " + to,
          "Objet : TR: Description de travail DS Îles-de-la-Madeleine", "",
          "Bonjour,", "", "Voici la description de travail du DS des Îles, telle que signée. Je la colle "
          "ci-dessous puisque le lecteur réseau est encore en panne.", "", "Merci,", frm.split()[0], "",
          "-------- Message transféré --------", f"De : {d.name(T.NAMES[47])}", "Date : 11 juin 2021 09:30",
          "Objet : DT DS IDM", ""]
    d.also["email"] = "forwarded, quoted with '> '"
    return hd + ["> " + x if x else ">" for x in lines]


def render_ocr(d, blocks, lvl):
    rng = random.Random(h(d.fname) + 1)
    lines = to_lines(blocks, width=68, bullet="- ")
    if lvl != "light":
        lines = hyphenate(lines, rng)
    hdr = (lambda i, n: f"{'PECHES ET OCEANS CANADA' if d.lang == 'fr' else 'FISHERIES AND OCEANS CANADA'}     {short_title(d)}") \
        if d.form != "f19" else (lambda i, n: f"{short_title(d)} - {d.p.cls}")
    ftr = lambda i, n: f"- {i} -"
    lines, n = paginate(lines, hdr, ftr, per=48)
    lines = ocr(lines, d, lvl)
    d.also["damage"] = lvl
    d.also["running_header"] = True
    if d.o.get("wrapper"):
        flat = " ".join(x.strip() for x in lines if x.strip())
        return ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + flat + "\n").encode("utf-8")
    return ("\n".join(lines).rstrip() + "\n").replace("\f\n", "").replace("\f", "").encode("utf-8")


def render_columns(d, blocks, lvl):
    """Identification box (left) and general accountability (right) read across; then the rest."""
    fields = blocks[1] if blocks[1][0] == "fields" else blocks[2]
    left = [f"{k}: {v}" for k, v in fields[1]]
    left = [x for ln in left for x in (textwrap.wrap(ln, 44) or [""])]
    i_ga = next(i for i, b in enumerate(blocks) if b[0] == "h")
    ga = blocks[i_ga + 1][1]
    right = [blocks[i_ga][1].upper(), ""] + textwrap.wrap(ga, 34)
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    top = [f"{a:<46}{b}".rstrip() for a, b in zip(left, right)]
    head = to_lines(blocks[:1], width=74)
    rest = [b for i, b in enumerate(blocks) if b is not fields and i not in (0, i_ga, i_ga + 1)]
    lines = head + top + [""] + to_lines(rest, width=74)
    lines = ocr(lines, d, lvl)
    d.also["damage"] = lvl
    d.also["layout"] = "identification box left, general accountability right, read across"
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


def render_md(d, blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t == "head":
            out += [f"# {b[1][-1]}", "", f"_{b[1][0]}_", ""]
        elif t == "fields":
            for k, v in b[1]:
                out.append(f"*   **{k}:** {v}".rstrip())
            out.append("")
        elif t == "h":
            out += [f"## {b[1]}", ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "bul":
            out += [f"*   {x}" for x in b[1]] + [""]
        elif t == "lines":
            out += [f"*   {x}" for x in b[1]] + [""]
        elif t == "num":
            out += [f"{i}.  {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif t == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "|".join("---" for _ in b[1]) + "|")
            out += ["| " + " | ".join(r) + " |" for r in b[2]] + [""]
        elif t == "sig":
            for role, name, dt in b[1]:
                out.append(f"**{role}:** {name}  ".rstrip() + (f" ({dt})" if dt else ""))
            out.append("")
    return ("\n".join(out).rstrip() + "\n").encode("utf-8")


def render_pdf(d, blocks):
    lines = to_lines(blocks, width=96, bullet="- ")
    lines, n = paginate(lines, lambda i, n: f"{short_title(d)}   |   {d.p.cls}   |   {T.DEPT_EN if d.lang != 'fr' else T.DEPT_FR}",
                        lambda i, n: (f"Page {i} de {n}" if d.lang == "fr" else f"Page {i} of {n}"), per=62)
    pages, cur = [], []
    for ln in lines:
        cur.append(ln)
        if ln.startswith("Page ") and (" of " in ln or " de " in ln):
            pages.append("\n".join(cur))
            cur = []
    if cur:
        pages.append("\n".join(cur))
    d.also["running_header"] = True
    return pdf_bytes(pages)


# ---------------------------------------------------------------- docx
from docx import Document  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402

FIXED = datetime(2026, 1, 5, 9, 0, 0)


def fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename.startswith("docProps/thumbnail"):
                continue
            body = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                body = body.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            if item.filename == "word/comments.xml":
                body = re.sub(rb'w:date="[^"]*"', b'w:date="2026-01-05T09:00:00Z"', body)
            if item.filename == "_rels/.rels":
                body = re.sub(rb'<Relationship [^>]*thumbnail[^>]*/>', b"", body)
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, body)
    return buf.getvalue()


def tracked(par, before, deleted, inserted, after, author, when="2020-03-12T10:14:00Z", rid=[100]):
    par.add_run(before)
    if deleted:
        de = OxmlElement("w:del")
        de.set(qn("w:id"), str(rid[0])); rid[0] += 1
        de.set(qn("w:author"), author)
        de.set(qn("w:date"), when)
        r = OxmlElement("w:r")
        dt = OxmlElement("w:delText")
        dt.set(qn("xml:space"), "preserve")
        dt.text = deleted
        r.append(dt)
        de.append(r)
        par._p.append(de)
    if inserted:
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), str(rid[0])); rid[0] += 1
        ins.set(qn("w:author"), author)
        ins.set(qn("w:date"), when)
        r = OxmlElement("w:r")
        tt = OxmlElement("w:t")
        tt.set(qn("xml:space"), "preserve")
        tt.text = inserted
        r.append(tt)
        ins.append(r)
        par._p.append(ins)
    if after:
        par.add_run(after)


def render_docx(d, blocks):
    doc = Document()
    cp = doc.core_properties
    cp.author = d.name(ADVISORS[(d.idx + 2) % len(ADVISORS)])
    cp.last_modified_by = cp.author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    cp.title = short_title(d)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    if d.form != "gen":
        sec = doc.sections[0]
        sec.header.paragraphs[0].text = f"{T.DEPT_FR if d.lang == 'fr' else T.DEPT_EN}\t\t{short_title(d)} ({d.p.cls})"
        d.also["running_header"] = "Word section header"
    trk = d.o.get("track")
    com = d.o.get("comments")
    for b in blocks:
        t = b[0]
        if t == "head":
            for x in b[1]:
                p = doc.add_paragraph()
                r = p.add_run(x)
                r.bold = True
                p.alignment = 1
        elif t == "fields":
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for k, v in b[1]:
                cells = table.add_row().cells
                cells[0].text = k
                cp_ = cells[1].paragraphs[0]
                if trk and k == L["f19"]["en"]["title"]:
                    tracked(cp_, "", "Regional Director General, Atlantic", "Regional Director General, Atlantic Region", "",
                            d.name(T.NAMES[48]))
                elif trk and k == L["f19"]["en"]["fte"]:
                    old = d.fte - 7
                    tracked(cp_, "", f"{old} FTEs", f"{d.fte} FTEs", "", d.name(T.NAMES[48]))
                    d.also["track_changes"] = f"FTEs {old} deleted, {d.fte} inserted; title completed; truth = changes accepted"
                elif trk and k == L["f19"]["en"]["fin"]:
                    a = d.o["amt"]
                    oldsal = d.sal - 412000
                    tracked(cp_, "Salary ", fmt_amt(oldsal, a), fmt_amt(d.sal, a),
                            f"; O&M {fmt_amt(d.om, a)}; Total ", d.name(T.NAMES[48]))
                    tracked(cp_, "", fmt_amt(oldsal + d.om, a), fmt_amt(d.total, a), "", d.name(T.NAMES[48]))
                else:
                    run = cp_.add_run(v)
                    if com and k in ("Salary", "Salaires", L["f19"]["en"]["fin"]):
                        doc.add_comment(run, text=com_text(d, "sal"), author=d.name(T.NAMES[49]), initials="AB")
                    if com and k in (L["f11"]["fr"]["s_title"],):
                        doc.add_comment(run, text=com_text(d, "sup"), author=d.name(T.NAMES[49]), initials="AB")
            doc.add_paragraph()
        elif t == "h":
            doc.add_heading(b[1], level=2)
        elif t == "p":
            doc.add_paragraph(b[1])
        elif t in ("bul", "lines"):
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif t == "num":
            for x in b[1]:
                doc.add_paragraph(x, style="List Number")
        elif t == "table":
            table = doc.add_table(rows=1, cols=len(b[1]))
            table.style = "Table Grid"
            for c, x in zip(table.rows[0].cells, b[1]):
                c.text = x
                c.paragraphs[0].runs[0].bold = True
            for r in b[2]:
                cells = table.add_row().cells
                for c, x in zip(cells, r):
                    c.text = x
            if com and d.lang == "fr":
                run = table.rows[1].cells[2].paragraphs[0].runs[0]
                doc.add_comment(run, text=com_text(d, "rep"), author=d.name(T.NAMES[49]), initials="AB")
            doc.add_paragraph()
        elif t == "sig":
            table = doc.add_table(rows=0, cols=3)
            table.style = "Table Grid"
            for role, name, dt in b[1]:
                cells = table.add_row().cells
                cells[0].text = role
                cells[1].text = name
                cells[2].text = dt
        elif t == "brk":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if com:
        d.also["comments"] = "review comments propose other figures; the document's own text is the truth"
    buf = io.BytesIO()
    doc.save(buf)
    return fix_zip(buf.getvalue())


def com_text(d, what):
    if what == "sal":
        return {"en": f"Finance says salary for 2024-25 will be closer to {fmt_amt(d.sal + 230000, 'M_en')} - update before signature?",
                "fr": f"Les Finances parlent plutôt de {fmt_amt(d.sal + 180000, 'full_fr')} pour 2018-2019. À valider."}[d.L]
        # noqa
    if what == "sup":
        return "Après la réorganisation d'avril, le poste relèverait du directeur des opérations (EX-02, poste 40200)? Laisser tel quel pour l'instant."
    return "Ce chef d'équipe a maintenant 2 ETP de plus (transfert de Rimouski) - à corriger dans la prochaine version."


# ---------------------------------------------------------------- refusals
def refusals():
    out = []
    # 1. staffing note (docx, fr)
    d = Doc(100, ("Q6", 2021, "2021-03-08", "f19", "docx", "fr", "Note de dotation - DS Côte-Nord intérim 2021.docx",
                  dict(amt="full_fr", dt="fr_long", rep="bullets", sup="line")))
    doc = Document()
    cp = doc.core_properties
    cp.author = d.name(T.NAMES[40])
    cp.last_modified_by = cp.author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = "Note de dotation"
    doc.add_heading("NOTE DE DOTATION - SERVICES AUX CADRES", level=1)
    for k, v in [("Destinataire", f"{d.name(T.NAMES[21])}, directeur des opérations, Région du Québec"),
                 ("Expéditrice", d.name(T.NAMES[40])), ("Date", "8 mars 2021"),
                 ("Objet", "Nomination intérimaire - Directrice de secteur, Côte-Nord (EX-01), poste 40520")]:
        p = doc.add_paragraph()
        p.add_run(f"{k} : ").bold = True
        p.add_run(v)
    doc.add_heading("Contexte", level=2)
    doc.add_paragraph(f"La titulaire du poste, {d.name(T.NAMES[5 + 15])}, sera en congé du 29 mars au 30 septembre 2021. "
                      "Le poste dirige le bureau de secteur de Sept-Îles (environ 70 ETP) et relève du directeur des opérations (EX-02, poste 40200).")
    doc.add_heading("Options", level=2)
    for x in [f"Intérim de {d.name(T.NAMES[30])} (PM-06, chef de secteur, Gestion des ressources) pour six mois, avec rémunération d'intérim.",
              "Affectation d'une directrice d'une autre région (EX-01) : aucune candidature reçue.",
              "Partage des responsabilités entre les chefs de secteur : non recommandé."]:
        doc.add_paragraph(x, style="List Number")
    doc.add_heading("Recommandation", level=2)
    doc.add_paragraph("Option 1. La description de travail du poste (version 2020) demeure inchangée; aucune mesure de classification n'est requise.")
    doc.add_paragraph(f"Approuvé / Non approuvé : ______________  {d.name(T.NAMES[21])}")
    buf = io.BytesIO()
    doc.save(buf)
    out.append((d, fix_zip(buf.getvalue()), "docx", "fr", "staffing note on an acting appointment (names the position, its number, level, supervisor and FTEs)"))

    # 2. e-mail asking for WDs (text, en)
    d = Doc(101, ("G3", 2024, "2024-01-15", "f19", "text", "en", "RE_ updated WDs for Gulf area directors.txt",
                  dict(amt="full_en", dt="iso", rep="bullets", sup="line")))
    a, b, c = d.name(T.NAMES[10]), d.name(T.NAMES[41]), d.name(T.NAMES[13])
    txt = f"""From: {a}
Sent: Monday, January 15, 2024 9:12 AM
To: {b}
Cc: {c}
Subject: RE: updated WDs for Gulf area directors

Thanks {b.split()[0]}.

For the record, here is where we are on the three Gulf area director WDs:

  Area Director, Eastern New Brunswick (EX-01, 50510)  - bilingual version in review, target Feb. 19
  Area Director, Prince Edward Island (EX-01, 50520)   - on the national generic, cover page 2019 still valid
  Area Director, Gulf Nova Scotia (EX-01, 50530)       - French version signed June 2020, English to come

The Director, Operations (50200) wants the FTE counts aligned with the 2024-25 org chart before anything is signed.
Salary figures will come from Finance, not from the old WDs.

{a.split()[0]}

-----Original Message-----
From: {b}
Sent: Friday, January 12, 2024 4:47 PM
To: {a}
Subject: updated WDs for Gulf area directors

Hi {a.split()[0]}, can you send me the current WDs for the Gulf area directors? Classification is asking.

{b}
Executive Services, Regional Operations
"""
    out.append((d, txt.encode("utf-8"), "text", "en", "e-mail about work descriptions: a status list of three positions, no description"))

    # 3. minutes (markdown, bilingual)
    d = Doc(102, ("Q1", 2019, "2019-03-12", "f19", "markdown", "bi", "Compte rendu CGR-RMC 2019-03-12.md",
                  dict(amt="full_en", dt="iso", rep="bullets", sup="line")))
    ch, se = d.name(T.NAMES[19]), d.name(T.NAMES[37])
    txt = f"""# Comité de gestion régional / Regional Management Committee

**Compte rendu / Minutes** - 2019-03-12, Québec (salle 3.104 / room 3.104)

**Présidence / Chair:** {ch}, Directrice générale régionale / Regional Director General (EX-03)
**Secrétariat / Secretary:** {se}

## 1. Descriptions de travail des cadres / Executive work descriptions

| Poste / Position | No | Niveau / Level | Décision / Decision |
|---|---|---|---|
| Directeur des opérations / Director, Operations | 40200 | EX-02 | passer au générique national / move to national generic |
| Directrice, Gestion des pêches / Director, Fisheries Management | 40700 | EX-01 | approuvée / approved (2019-02-25) |
| Directeur de secteur, Îles-de-la-Madeleine | 40530 | EX-01 | mise à jour en 2020-2021 / update in 2020-21 |

## 2. Budget 2019-2020

Les enveloppes salariales des secteurs seront confirmées en avril. / Area salary envelopes will be confirmed in April.

## 3. Divers / Other

Prochaine réunion / Next meeting: 2019-04-09.
"""
    out.append((d, txt.encode("utf-8"), "markdown", "bi", "minutes of the regional management committee, with a decisions table of positions, numbers and levels"))

    # 4. org chart (pdf)
    d = Doc(103, ("A1", 2023, "2023-04-01", "f19", "pdf", "en", "Atlantic Region org chart 2023.pdf",
                  dict(amt="full_en", dt="iso", rep="bullets", sup="line")))
    ops = []

    def box(x, y, lines):
        ops.append(f"{x} {y} 170 {12 * len(lines) + 6} re S")
        for i, ln in enumerate(lines):
            ops.append(f"BT /F1 7 Tf {x + 4} {y + 12 * len(lines) - 8 - 12 * i} Td ({ln}) Tj ET")
    box(300, 760, ["FISHERIES AND OCEANS CANADA - ATLANTIC REGION", "Organization chart, April 1, 2023"])
    box(330, 700, ["Regional Director General", "EX-03  30100", d.name(T.NAMES[0])])
    xs = [20, 200, 380, 560]
    kids = [k for k in KEYS if POS[k].sup == "A1"]
    for i, k in enumerate(kids):
        x = xs[i % 4]
        y = 600 - 80 * (i // 4)
        box(x, y, [POS[k].en.replace(", Atlantic Region", ""), f"{POS[k].cls}  {POS[k].num}", d.name(T.NAMES[KEYS.index(k)])])
    for i, k in enumerate([k for k in KEYS if POS[k].sup == "A2"]):
        box(xs[i % 4], 380 - 70 * (i // 4), [POS[k].en, f"{POS[k].cls}  {POS[k].num}", d.name(T.NAMES[KEYS.index(k)])])
    stream = "\n".join(ops).encode("cp1252")
    out.append((d, pdf_bytes([stream]), "pdf", "en", "organization chart of the Atlantic Region as positioned text boxes"))

    # 5. scan without text layer
    d = Doc(104, ("Q5", 2015, "2015-01-01", "f19", "pdf", "fr", "SCAN0042.pdf", dict(amt="full_fr", dt="iso", rep="bullets", sup="line")))
    img = b"q 0.9 g 40 40 515 762 re f Q\nq 0 g 60 700 300 8 re f 60 680 420 6 re f 60 664 400 6 re f Q"
    out.append((d, pdf_bytes(["", img, ""]), "pdf", "fr", "scan without a text layer (three pages, drawn shapes only)"))
    return out


# ---------------------------------------------------------------- truth
def yq(s):
    if s is None:
        return "null"
    s = str(s)
    return "'" + s.replace("'", "''") + "'"


def truth_yaml(d, fields, kind, lang, outcome, also, people, versions):
    o = [f"document: {yq(d.fname)}", f"kind: {kind}", f"language: {lang}", f"outcome: {outcome}"]
    if fields is None:
        o.append("fields: null")
        o.append("not_stated: []")
    else:
        o.append("fields:")
        ns = []
        for k in ["title", "classification", "job_code", "position_number", "effective_date"]:
            v = fields[k]
            if v is None:
                ns.append(k)
            o.append(f"  {k}: {v if k == 'effective_date' and v else yq(v)}")
        o.append("  supervisor:")
        for k in ["position_number", "title", "classification"]:
            v = fields["supervisor"][k]
            if v is None:
                ns.append("supervisor." + k)
            o.append(f"    {k}: {yq(v)}")
        if fields["direct_reports"]:
            o.append("  direct_reports:")
            for r in fields["direct_reports"]:
                o.append(f"  - title: {yq(r['title'])}")
                o.append(f"    classification: {yq(r['classification'])}")
                o.append(f"    fte: {r['fte'] if r['fte'] is not None else 'null'}")
        else:
            o.append("  direct_reports: null")
            ns.append("direct_reports")
        for k in ["salary", "o_and_m", "total"]:
            v = fields[k]
            if v is None:
                ns.append(k)
            o.append(f"  {k}: {v if v is not None else 'null'}")
        o.append(f"  location: {yq(fields['location'])}")
        if fields["location"] is None:
            ns.append("location")
        if ns:
            o.append("not_stated:")
            o += [f"- {x}" for x in ns]
        else:
            o.append("not_stated: []")
    o.append("also:")
    for k, v in also.items():
        if isinstance(v, bool):
            o.append(f"  {k}: {'true' if v else 'false'}")
        elif isinstance(v, int):
            o.append(f"  {k}: {v}")
        else:
            o.append(f"  {k}: {yq(v)}")
    if people:
        o.append("people:")
        o += [f"- {yq(p)}" for p in people]
    else:
        o.append("people: []")
    if versions:
        o.append("versions:")
        o.append("  documents:")
        o += [f"  - {yq(x)}" for x in versions["documents"]]
        o.append(f"  newest: {yq(versions['newest'])}")
        o.append(f"  same_text: {'true' if versions['same_text'] else 'false'}")
        o.append(f"  note: {yq(versions['note'])}")
    else:
        o.append("versions: null")
    return "\n".join(o) + "\n"


def fields_of(d):
    s = d.sup
    st = d.o["sup"]
    lang = d.lang
    return dict(
        title=d.title_fr if lang == "fr" else d.title_en,
        classification=d.p.cls,
        job_code=None if d.form == "f04" else d.p.job,
        position_number=d.p.num,
        effective_date=d.iso,
        supervisor=dict(position_number=None if st in ("fields2", "sentence") else s["num"],
                        title=s["fr"] if lang == "fr" else s["en"], classification=s["cls"]),
        direct_reports=[dict(title=rep_title(d, r), classification=r[2], fte=r[3]) for r in d.reports],
        salary=d.sal, o_and_m=d.om, total=d.total,
        location=d.p.loc_fr if lang == "fr" else d.p.loc_en,
    )


VERSION_NOTES = {
    "A1": "2009 old form (cp1252 text) -> 2020 current form in Word with tracked changes; more reports and larger figures in 2020",
    "A3": "the Word file and its signed PDF export carry the same text",
    "A4": "2008 scan titled Director, Regional Administration -> 2022 Markdown, Director, Regional Business Services; one more report",
    "A5": "2013 national generic with cover page -> 2026 own work description on the current form",
    "G2": "2015 PDF on the 2011 form -> 2022 signed scan on the current form; larger unit",
    "G3": "2016 bilingual text -> 2024 bilingual Word; larger figures",
    "Q2": "2012 signed scan -> 2019 national generic with Quebec cover page -> 2025 DRAFT (no effective date, no total)",
    "Q4": "2018 Word with review comments -> 2022 cp1252 text on the current form",
    "Q5": "2006 Gestionnaire de secteur, Gaspésie (old form, heavy scan) -> 2014 Directeur de secteur, Gaspésie-Bas-Saint-Laurent (Word) -> 2023 signed PDF",
    "Q7": "2010 light scan of the old form -> 2021 e-mail forwarding the current form",
}


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for f in (corpus, expected):
        if f.exists():
            shutil.rmtree(f)
        f.mkdir()
    docs = [Doc(i, s) for i, s in enumerate(D)]
    by_key = {}
    for d in docs:
        by_key.setdefault(d.key, []).append(d)
    for d in docs:
        blocks = blocks_generic(d) if d.form == "gen" else blocks_form(d)
        if d.form != "gen":
            d.also["form"] = {"f04": "old position description (2004-2010)", "f11": "executive work description (2011-2018)",
                              "f19": "current work description (2019-)"}[d.form]
        k = d.kind
        if k == "docx":
            data = render_docx(d, blocks)
        elif k == "pdf":
            data = render_pdf(d, blocks)
        elif k == "markdown":
            data = render_md(d, blocks)
        elif k == "text":
            data = render_text(d, blocks)
        elif k == "text-cp1252":
            data = render_text(d, blocks, cp1252=True)
        elif k == "ocr":
            data = render_ocr(d, blocks, d.o["dmg"])
        elif k == "ocr-columns":
            data = render_columns(d, blocks, d.o["dmg"])
        d.data = data
        d.blocks = blocks
    for d in docs:
        (corpus / d.fname).write_bytes(d.data)
        also = {"department": T.DEPT_FR if d.lang == "fr" else T.DEPT_EN,
                "branch": T.BRANCH_FR if d.lang == "fr" else T.BRANCH_EN,
                "region": T.REGION[d.p.region][1 if d.lang == "fr" else 0]}
        if d.lang == "bi":
            also["title_fr"] = d.title_fr
            also["supervisor_title_fr"] = d.sup["fr"]
        elif d.lang == "fr":
            also["title_en"] = d.title_en
        also["fte"] = d.fte
        also.update(d.also)
        if d.o.get("draft"):
            also["draft"] = "ÉBAUCHE: effective date 'À déterminer', no total"
        if d.form == "gen":
            also["generic_note"] = "the generic's typical ranges (second part) are not this position's figures; the cover page is"
        sk = d.sup["key"]
        if sk and sk in by_key:
            newest = max(by_key[sk], key=lambda x: (x.year, x.idx))
            also["reports_to_in_corpus"] = newest.fname
        vs = None
        if len(by_key[d.key]) > 1:
            grp = sorted(by_key[d.key], key=lambda x: (x.year, x.idx))
            vs = dict(documents=[x.fname for x in grp], newest=grp[-1].fname,
                      same_text=d.key == "A3", note=VERSION_NOTES[d.key])
        y = truth_yaml(d, fields_of(d), d.kind, d.lang, "import", also, d.people, vs)
        (expected / (d.fname + ".expected.yaml")).write_text(y, encoding="utf-8")
    for d, data, kind, lang, what in refusals():
        (corpus / d.fname).write_bytes(data)
        y = truth_yaml(d, None, kind, lang, "refuse", {"what": what}, d.people, None)
        (expected / (d.fname + ".expected.yaml")).write_text(y, encoding="utf-8")


if __name__ == "__main__":
    main()
