"""Generate the blind123 corpus: a corporate-services HR advisor's folder of executive work
descriptions (2012-2025) and five documents to refuse, with the truth of each.

    /work/main/.venv/bin/python bench/import/blind123/make_blind.py

Deterministic: fixed seeds, .docx re-zipped with fixed timestamps."""
from __future__ import annotations

import copy
import datetime as dt
import io
import random
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

# French titles of report lines that the position table stores only in English.
FR_REPORTS = {
    "Manager, Personnel Security Screening": "Gestionnaire, Filtrage de sécurité du personnel",
    "Manager, Physical Security": "Gestionnaire, Sécurité matérielle",
    "Manager, Security Policy, Awareness and Investigations": "Gestionnaire, Politiques, sensibilisation et enquêtes de sécurité",
    "Manager, Contract Security": "Gestionnaire, Sécurité des marchés",
}


# ---------------------------------------------------------------- notations

def fmt_date(d: dt.date, how: str) -> str:
    if how == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if how == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if how == "iso":
        return d.isoformat()
    if how == "ora":
        return f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}"
    if how == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if how == "abbr":
        return f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}"
    if how == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if how == "frle":
        return f"le {'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if how == "dmyslash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    raise ValueError(how)


def fmt_money(v: int, how: str) -> str:
    if how == "full":
        return f"${v:,}"
    if how == "cents":
        return f"${v:,}.00"
    if how == "M":
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
        assert round(float(s) * 1e6) == v
        return f"${s}M"
    if how == "K":
        assert v % 1000 == 0
        return f"${v // 1000:,}K"
    if how == "million":
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
        return f"${s} million"
    if how == "fr":
        return f"{v:,}".replace(",", "\u00a0") + "\u00a0$"
    if how == "frsp":
        return f"{v:,}".replace(",", " ") + " $"
    if how == "frM":
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{s} M$"
    if how == "frk":
        return f"{v // 1000} k$"
    if how == "plain":
        return f"{v}.00"
    raise ValueError(how)


def fmt_cls(c: str | None, how: str) -> str:
    if c is None:
        return ""
    g, n = c.rsplit("-", 1)
    if how == "dash":
        return c
    if how == "space":
        return f"{g} {n}"
    if how == "none":
        return f"{g}{n}"
    if how == "short":
        return f"{g}-{int(n)}"
    if how == "export":
        return f"{g:<4}{n}"
    raise ValueError(how)


# ---------------------------------------------------------------- the documents

D = dt.date
# Each document: file, position key, kind, language, form, date, and what it states and how.
DOCS = [
    dict(file="ADM Corporate Services and CFO - EWD 2019.docx", key="P01", kind="docx", lang="en", form="B",
         date=D(2019, 4, 1), datef="long", money="M", cls="dash", rep="table", supl="fields"),
    dict(file="Deputy CFO & DG Financial Management (EX-03) - signed.pdf", key="P02", kind="pdf", lang="en", form="B",
         date=D(2020, 11, 16), datef="long", money="full", cls="dash", rep="paren", supl="line",
         trap="sector_dims"),
    dict(file="Dir Financial Operations 2014.docx", key="P03", kind="docx", lang="en", form="A",
         date=D(2014, 6, 2), datef="dmy", money="full", cls="dash", rep="paren", supl="fields",
         over=dict(en="Director, Financial Operations", fte=46, sal=3876000, om=251000,
                   sup_en="Director General, Financial Management and Deputy Chief Financial Officer",
                   reports=[("Manager, Accounts Payable and Travel", None, "FI-03", 19),
                            ("Manager, Accounts Receivable and Revenue", None, "FI-03", 11),
                            ("Manager, Accounting Operations", None, "FI-03", 14)])),
    dict(file="Director, Financial Operations and Accounting - 2021 revision.pdf", key="P03", kind="pdf", lang="en",
         form="B", date=D(2021, 9, 13), datef="long", money="full", cls="dash", rep="table", supl="fields",
         trap="prior_dims", prior=dict(fte=46, sal=3876000, om=251000)),
    dict(file="Resource Management and Budget Planning - signed scan.txt", key="P04", kind="ocr", lang="en",
         form="A", date=D(2018, 3, 12), datef="long", money="full", cls="dash", rep="paren", supl="fields",
         damage="middling", ocr="wrapped-footer"),
    dict(file="POS 40233 export.txt", key="P05", kind="text", lang="en", form="X", date=D(2016, 10, 3),
         datef="slash", money="plain", cls="export", rep="export", supl="export", omit={"total"}),
    dict(file="Senior Director, Departmental Financial Reporting.md", key="P06", kind="markdown", lang="en",
         form="M", date=D(2017, 5, 29), datef="long", money="M", cls="dash", rep="bold", supl="fields"),
    dict(file="Directeur, Approvisionnement et gestion du matériel (EX-01).docx", key="P07", kind="docx", lang="fr",
         form="F", date=D(2022, 4, 1), datef="fr", money="fr", cls="dash", rep="table", supl="fields"),
    dict(file="Costing & Financial Analysis \u2013 Director.txt", key="P08", kind="text-cp1252", lang="en", form="S",
         date=D(2023, 2, 20), datef="abbr", money="million", cls="space", rep="dash", supl="line"),
    dict(file="CIO work description 2016 signed (1).txt", key="P10", kind="ocr", lang="en", form="A",
         date=D(2016, 7, 4), datef="long", money="M", cls="dash", rep="paren", supl="fields",
         damage="heavy", ocr="wrapped-header",
         over=dict(reports=[("Director, IT Infrastructure and Operations", None, "EX-01", 91),
                            ("Director, Enterprise Applications and Solutions", None, "EX-01", 79),
                            ("Director, IT Security", None, "EX-01", 19),
                            ("Director, Information Management and Records", None, "EX-01", 40)],
                   fte=233, sal=20810000, om=9870000)),
    dict(file="CIO - Chief Information Officer - EWD 2023 FINAL.docx", key="P10", kind="docx", lang="en", form="B",
         date=D(2023, 4, 1), datef="long", money="M", cls="dash", rep="table", supl="fields",
         trap="reclass", over=dict(cls="EX-04", job="300977",
                                   reports=[("Executive Director, IT Infrastructure and Operations", None, "EX-02", 104),
                                            ("Director, Enterprise Applications and Solutions", None, "EX-01", 83),
                                            ("Director, IT Security", None, "EX-01", 23),
                                            ("Director, Enterprise Architecture", None, "EX-01", 17),
                                            ("Director, Information Management and Records", None, "EX-01", 42),
                                            ("Director, Data Analytics and Business Intelligence", None, "EX-01", 20)],
                                   fte=296, sal=27318000, om=12740000)),
    dict(file="ED IT Infrastructure and Operations - DT-EWD bilingue.pdf", key="P11", kind="pdf", lang="bilingual",
         form="C", date=D(2022, 1, 17), datef="iso", money="full", cls="dash", rep="paren", supl="line"),
    dict(file="enterprise apps 2012 export.txt", key="P12", kind="text", lang="en", form="X", date=D(2012, 4, 1),
         datef="ora", money="plain", cls="export", rep="export", supl="export",
         over=dict(fte=64, sal=5804000, om=1120000,
                   reports=[("Manager, Corporate Applications (SAP and PeopleSoft)", None, "CS-04", 22),
                            ("Manager, Program Applications", None, "CS-04", 26),
                            ("Manager, Application Development and Testing", None, "CS-04", 15)])),
    dict(file="Dir Enterprise Applications - signed 2017.txt", key="P12", kind="ocr", lang="en", form="A",
         date=D(2017, 11, 6), datef="dmy", money="full", cls="dash", rep="paren", supl="fields",
         damage="light", ocr="seedwrap",
         over=dict(fte=77, sal=7105000, om=1290000,
                   reports=[("Manager, Corporate Applications (SAP and PeopleSoft)", None, "CS-04", 23),
                            ("Manager, Program Applications", None, "CS-04", 29),
                            ("Manager, Application Development and Testing", None, "CS-04", 16),
                            ("Manager, Business Analysis", None, "CS-03", 8)])),
    dict(file="Director, Enterprise Applications and Solutions (2025).docx", key="P12", kind="docx", lang="en",
         form="B", date=D(2025, 2, 3), datef="long", money="full", cls="dash", rep="table", supl="fields",
         over=dict(sup_cls="EX-04")),
    dict(file="IT Security Director - work description.md", key="P13", kind="markdown", lang="en", form="M",
         date=D(2019, 8, 26), datef="iso", money="K", cls="dash", rep="bold", supl="line", omit={"total"}),
    dict(file="Enterprise Architecture EX-01 scan.txt", key="P14", kind="ocr-columns", lang="en", form="A",
         date=D(2015, 3, 16), datef="long", money="M", cls="dash", rep="dash", supl="fields",
         damage="middling", ocr="columns"),
    dict(file="Directeur, Gestion de l\u2019information et des dossiers.txt", key="P15", kind="text-cp1252",
         lang="fr", form="F", date=D(2018, 1, 15), datef="frle", money="frsp", cls="space", rep="paren",
         supl="line"),
    dict(file="Directrice, Services à la clientèle et milieu de travail numérique.docx", key="P16", kind="docx",
         lang="fr", form="F", date=D(2022, 1, 17), datef="iso", money="frM", cls="dash", rep="table",
         supl="fields"),
    dict(file="Director Data Analytics and BI_signed.pdf", key="P17", kind="pdf", lang="en", form="B",
         date=D(2023, 6, 5), datef="abbr", money="K", cls="dash", rep="paren", supl="sentence"),
    dict(file="DG Human Resources EX-03 (2013).docx", key="P20", kind="docx", lang="en", form="A",
         date=D(2013, 9, 9), datef="long", money="full", cls="dash", rep="paren", supl="fields",
         omit={"job_code", "salary", "o_and_m"}, trap="total_only",
         over=dict(fte=171, sal=13460000, om=1512000,
                   reports=[("Director, Labour Relations", None, "EX-01", 29),
                            ("Director, Staffing and Classification", None, "EX-01", 66),
                            ("Director, Executive Services", None, "EX-01", 15),
                            ("Director, HR Planning and Systems", None, "EX-01", 33),
                            ("Manager, Official Languages and Employment Equity", None, "PE-06", 11)])),
    dict(file="Director, Labour Relations and Workplace Well-being DRAFT.docx", key="P21", kind="docx", lang="en",
         form="B", date=None, datef="long", money="full", cls="dash", rep="table", supl="fields",
         omit={"position_number", "effective_date"}, draft=True),
    dict(file="Director, Labour Relations and Workplace Well-being - signed.txt", key="P21", kind="ocr", lang="en",
         form="B", date=D(2022, 6, 13), datef="long", money="full", cls="dash", rep="table", supl="fields",
         damage="light", ocr="wrapped-footer"),
    dict(file="Dotation et classification - directrice - signé.txt", key="P22", kind="ocr", lang="fr", form="F",
         date=D(2020, 3, 2), datef="fr", money="fr", cls="dash", rep="paren", supl="line",
         damage="middling", ocr="wrapped-footer"),
    dict(file="exec services & leadership dev director.txt", key="P23", kind="text", lang="en", form="S",
         date=D(2024, 10, 7), datef="dmyslash", money="full", cls="none", rep="dash", supl="sentence"),
    dict(file="HR Systems, Planning and Pay Liaison \u2013 EWD-DTE.docx", key="P24", kind="docx", lang="bilingual",
         form="C", date=D(2021, 5, 17), datef="iso", money="full", cls="dash", rep="table", supl="fields"),
    dict(file="Director Diversity Inclusion OL - bilingual.md", key="P25", kind="markdown", lang="bilingual",
         form="C", date=D(2024, 1, 8), datef="iso", money="full", cls="dash", rep="paren", supl="fields",
         omit={"position_number"}),
    dict(file="Directrice régionale, Services ministériels, Région du Québec.pdf", key="P26", kind="pdf", lang="fr",
         form="F", date=D(2019, 11, 4), datef="fr", money="fr", cls="dash", rep="paren", supl="fields"),
    dict(file="DG Communications EX-03 signed copy.txt", key="P30", kind="ocr", lang="en", form="B",
         date=D(2018, 9, 24), datef="long", money="M", cls="dash", rep="paren", supl="line",
         damage="light", ocr="bare"),
    dict(file="export poste 40521.txt", key="P31", kind="text", lang="fr", form="XF", date=D(2020, 9, 14),
         datef="slash", money="plain", cls="export", rep="export", supl="export"),
    dict(file="Directeur, Services numériques et créatifs (2020).docx", key="P32", kind="docx", lang="fr", form="F",
         date=D(2020, 9, 14), datef="frle", money="fr", cls="dash", rep="paren", supl="line"),
    dict(file="Internal Comms & Engagement Director (final).txt", key="P33", kind="text-cp1252", lang="en", form="S",
         date=D(2021, 3, 29), datef="long", money="K", cls="dash", rep="paren", supl="sentence",
         omit={"position_number"}),
    dict(file="ATIP director scan 2015.txt", key="P40", kind="ocr", lang="en", form="A", date=D(2015, 10, 19),
         datef="long", money="full", cls="dash", rep="paren", supl="fields", damage="heavy", ocr="seedwrap-oneline"),
    dict(file="Corporate Secretary DG - 2015.docx", key="P41", kind="docx", lang="en", form="A",
         date=D(2015, 10, 19), datef="long", money="M", cls="dash", rep="paren", supl="fields",
         omit={"salary", "o_and_m"}, trap="combined"),
    dict(file="General Counsel - Legal Services Unit - work description.pdf", key="P42", kind="pdf", lang="en",
         form="B", date=D(2021, 4, 12), datef="long", money="full", cls="dash", rep="paren", supl="fields",
         omit={"job_code", "supervisor.position_number", "supervisor.classification"}, trap="functional"),
    dict(file="DG Real Property, Security & Accommodation (DSO) 2019.txt", key="P50", kind="text-cp1252", lang="en",
         form="S", date=D(2019, 6, 3), datef="long", money="M", cls="dash", rep="dash", supl="line",
         omit={"total"},
         over=dict(fte=98, sal=8640000, om=16210000,
                   reports=[("Director, Departmental Security", None, "EX-01", 35),
                            ("Director, Real Property Portfolio Management", None, "EX-01", 25),
                            ("Director, Accommodation and Workplace Modernization", None, "EX-01", 29)])),
    dict(file="DG Real Property, Security and Accommodation (DSO) 2024 - signed.docx", key="P50", kind="docx",
         lang="en", form="B", date=D(2024, 4, 2), datef="long", money="M", cls="dash", rep="table", supl="fields"),
    dict(file="Director, Departmental Security (Deputy DSO).docx", key="P51", kind="docx", lang="en", form="B",
         date=D(2018, 2, 19), datef="long", money="full", cls="dash", rep="table", supl="fields"),
    dict(file="Directeur, Sécurité ministérielle (DSM adjoint).pdf", key="P51", kind="pdf", lang="fr", form="F",
         date=D(2018, 2, 19), datef="fr", money="fr", cls="dash", rep="paren", supl="fields"),
    dict(file="RP portfolio mgmt director - signed.txt", key="P52", kind="ocr", lang="en", form="B",
         date=D(2021, 11, 22), datef="long", money="M", cls="dash", rep="paren", supl="fields",
         damage="middling", ocr="wrapped-footer"),
    dict(file="Locaux et modernisation - EX-01 - signée.txt", key="P53", kind="ocr", lang="fr", form="F",
         date=D(2023, 5, 15), datef="fr", money="fr", cls="dash", rep="paren", supl="fields",
         damage="light", ocr="wrapped-footer"),
    dict(file="BCP director position report.txt", key="P54", kind="text", lang="en", form="X", date=D(2024, 4, 2),
         datef="slash", money="plain", cls="export", rep="export", supl="export"),
    dict(file="Directrice, Gestion environnementale.md", key="P55", kind="markdown", lang="fr", form="F",
         date=None, datef="fr", money="frM", cls="dash", rep="paren", supl="line", omit={"effective_date"}),
    dict(file="Prairie & Northern Corp Services RD scan.txt", key="P56", kind="ocr", lang="bilingual", form="C",
         date=D(2017, 4, 1), datef="iso", money="full", cls="dash", rep="paren", supl="fields",
         damage="heavy", ocr="wrapped-footer", omit={"salary", "o_and_m"}, trap="combined"),
    dict(file="Regional Director Corporate Services - Pacific (2012).txt", key="P57", kind="text", lang="en",
         form="S", date=D(2012, 8, 20), datef="long", money="full", cls="short", rep="paren", supl="line"),
]

REFUSALS = [
    dict(file="Memo - EX classification review of corporate services positions.docx", kind="docx", lang="en"),
    dict(file="Lettre d'offre - nomination intérimaire EX-01.pdf", kind="pdf", lang="fr"),
    dict(file="Minutes - CS Sector Management Committee 2023-03-14.txt", kind="text-cp1252", lang="en"),
    dict(file="Org chart CSS 2021 (scan).txt", kind="ocr", lang="bilingual"),
    dict(file="Scan_0047.pdf", kind="pdf", lang="en"),
]


# ---------------------------------------------------------------- people

class Names:
    def __init__(self, seed: int):
        self.pool = list(T.NAMES)
        random.Random(seed).shuffle(self.pool)
        self.i = 0

    def take(self) -> str:
        n = self.pool[self.i % len(self.pool)]
        self.i += 1
        return n


NAMES = Names(123)


# ---------------------------------------------------------------- resolving a document's truth

def resolve(doc: dict) -> dict:
    """The position as this document states it."""
    p = copy.deepcopy(T.P[doc["key"]])
    over = doc.get("over", {})
    for k, v in over.items():
        if not k.startswith("sup_"):
            p[k] = v
    sup = p["sup"]
    if isinstance(sup, str):
        s = T.P[sup]
        sup = dict(num=s["num"], en=s["en"], fr=s["fr"], cls=s["cls"], key=sup)
    sup = dict(sup)
    if "sup_en" in over:
        sup["en"] = over["sup_en"]
    if "sup_cls" in over:
        sup["cls"] = over["sup_cls"]
    # the supervisor's classification at the document's date
    if sup.get("key") == "P10" and doc["date"] and doc["date"] >= D(2023, 4, 1):
        sup["cls"] = "EX-04"
    p["sup"] = sup
    return p


def title_of(p, lang):
    return p["fr"] if lang == "fr" else p["en"]


def report_title(r, lang):
    en, fr, _, _ = r
    if lang == "fr":
        return fr or FR_REPORTS.get(en, en)
    return en


# ---------------------------------------------------------------- building the blocks of a document

def money_pair(doc):
    how = doc["money"]
    om_how = {"M": "K"}.get(how, how)
    return how, om_how


def dims_lines(doc, p, lang):
    """Dimension lines [(label, value)] as stated."""
    omit = doc.get("omit", set())
    how, om_how = money_pair(doc)
    sal, om = p["sal"], p["om"]
    out = []
    if lang == "fr":
        out.append(("ETP", str(p["fte"])))
        if "salary" not in omit:
            out.append(("Salaires", fmt_money(sal, how)))
        if "o_and_m" not in omit:
            out.append(("Fonctionnement et entretien (F et E)", fmt_money(om, how if how != "frM" or om >= 1000000 else "frk")))
        if doc.get("trap") == "combined":
            out.append(("Budget salarial et de F et E", fmt_money(sal + om, how)))
        elif "total" not in omit:
            out.append(("Total", fmt_money(sal + om, how)))
    else:
        out.append(("FTEs", str(p["fte"])))
        if "salary" not in omit:
            out.append(("Salary", fmt_money(sal, how)))
        if "o_and_m" not in omit:
            out.append(("O&M", fmt_money(om, om_how)))
        if doc.get("trap") in ("combined", "total_only"):
            out.append(("Salary and O&M budget" if doc.get("trap") == "combined" else "Total budget",
                        fmt_money(sal + om, how)))
        elif "total" not in omit:
            out.append(("Total", fmt_money(sal + om, how)))
    return out


def report_text(r, doc, lang):
    title, cls, fte = report_title(r, lang), fmt_cls(r[2], doc["cls"]), r[3]
    unit = "ETP" if lang == "fr" else ("FTEs" if fte != 1 else "FTE")
    if doc["rep"] == "dash":
        return f"{cls} - {title} ({fte} {unit})"
    if doc["rep"] == "bold":
        return f"**{title}** ({cls}, {fte} {unit})"
    return f"{title} ({cls}, {fte} {unit})"


def sup_line(doc, p, lang):
    s = p["sup"]
    omit = doc.get("omit", set())
    t = s["fr"] if lang == "fr" else s["en"]
    c = s["cls"] if "supervisor.classification" not in omit else None
    n = s["num"] if "supervisor.position_number" not in omit else None
    cs = f" ({fmt_cls(c, doc['cls'])})" if c else ""
    if lang == "fr":
        return f"{t}{cs}" + (f", poste no {n}" if n else "")
    return f"{t}{cs}" + (f", position no. {n}" if n else "")


def header_fields(doc, p, lang):
    """The position's own fields as (label, value) in the form's label set."""
    omit = doc.get("omit", set())
    form = doc["form"]
    cls = fmt_cls(p["cls"], doc["cls"])
    date = fmt_date(doc["date"], doc["datef"]) if doc["date"] else None
    loc = p["loc"][1] if lang == "fr" else p["loc"][0]
    rows = []
    if form == "A":
        rows = [("Position Title", p["en"]), ("Position Number", p["num"]), ("Group/Level", cls),
                ("Job Code", p["job"]), ("Effective Date", date), ("Location", loc)]
    elif form == "B":
        rows = [("Position title", p["en"]), ("Position number", p["num"]), ("Job code", p["job"]),
                ("Group and level", cls), ("Effective date", date), ("Geographic location", loc),
                ("Sector", T.SECTOR_EN)]
    elif form == "F":
        rows = [("Titre du poste", p["fr"]), ("Numéro du poste", p["num"]), ("Code de l'emploi", p["job"]),
                ("Groupe et niveau", cls), ("Date d'entrée en vigueur", date), ("Lieu de travail", loc),
                ("Secteur", T.SECTOR_FR)]
    elif form == "C":
        rows = [("Position title / Titre du poste", p["en"]), ("French title / Titre en français", p["fr"]),
                ("Position number / Numéro de poste", p["num"]), ("Job code / Code d'emploi", p["job"]),
                ("Group and level / Groupe et niveau", cls), ("Effective date / Date d'entrée en vigueur", date),
                ("Location / Lieu", f"{p['loc'][0]} / {p['loc'][1]}")]
    elif form in ("S", "M"):
        rows = [("Title", p["en"]), ("Classification", cls), ("Position No.", p["num"]), ("Job Code", p["job"]),
                ("Effective", date), ("Location", loc)]
    drop = {"Position Number", "Position number", "Numéro du poste", "Position number / Numéro de poste",
            "Position No."} if "position_number" in omit else set()
    if "job_code" in omit or p["job"] is None:
        drop |= {"Job Code", "Job code", "Code de l'emploi", "Job code / Code d'emploi"}
    if "effective_date" in omit:
        drop |= {"Effective Date", "Effective date", "Date d'entrée en vigueur",
                 "Effective date / Date d'entrée en vigueur", "Effective"}
    out = [(k, v) for k, v in rows if k not in drop]
    if doc.get("trap") == "reclass":
        out = [(k, f"{v} (reclassified from EX-03, effective April 1, 2023; formerly job code 300310)"
                if k == "Group and level" else v) for k, v in out]
    if doc.get("draft") and "position_number" in omit:
        out.insert(1, ("Position number", "to be assigned"))
    if doc.get("draft") and "effective_date" in omit:
        out.insert(5, ("Effective date", "upon approval"))
    return out


def sup_fields(doc, p, lang):
    s = p["sup"]
    omit = doc.get("omit", set())
    form = doc["form"]
    if lang == "fr":
        labels = ("Titre du poste du superviseur", "Numéro de poste du superviseur", "Groupe et niveau du superviseur")
        t = s["fr"]
    elif form == "C":
        labels = ("Supervisor's title / Titre du superviseur", "Supervisor's position no. / No de poste du superviseur",
                  "Supervisor's group and level / Groupe et niveau du superviseur")
        t = s["en"]
    elif form == "A":
        labels = ("Reports to (Title)", "Supervisor Position No.", "Supervisor Group/Level")
        t = s["en"]
    else:
        labels = ("Supervisor's position title", "Supervisor's position number", "Supervisor's group and level")
        t = s["en"]
    out = [(labels[0], t)]
    if s["num"] and "supervisor.position_number" not in omit:
        out.append((labels[1], s["num"]))
    if s["cls"] and "supervisor.classification" not in omit:
        out.append((labels[2], fmt_cls(s["cls"], doc["cls"])))
    return out


H = {
    "en": dict(ga="General Accountability", org="Organization Structure", ns="Nature and Scope",
               dims="Dimensions", spec="Specific Accountabilities", cert="Certification", sup="Supervisor"),
    "fr": dict(ga="Responsabilité générale", org="Structure organisationnelle", ns="Nature et étendue",
               dims="Dimensions", spec="Responsabilités spécifiques", cert="Certification", sup="Supérieur immédiat"),
}
H["bilingual"] = {k: f"{H['en'][k]} / {H['fr'][k]}" for k in H["en"]}


def who(lang, p):
    t = title_of(p, lang)
    return ("Le " if lang == "fr" else "The ") + t


def build_blocks(doc, p, people):
    """A work description as blocks: ('title', s) ('h', s) ('kv', l, v) ('kvt', rows, ncols) ('p', s)
    ('bul', items) ('num', items) ('table', rows) ('br',) ('sig', lines)."""
    lang = doc["lang"]
    pl = "fr" if lang == "fr" else "en"
    h = H[lang]
    b = []
    if doc["form"] == "A":
        b.append(("title", "EXECUTIVE GROUP POSITION DESCRIPTION"))
        b.append(("p", f"{T.DEPT_EN} - {T.SECTOR_EN}"))
    elif doc["form"] == "B":
        b.append(("title", "Executive Work Description"))
        b.append(("p", f"{T.DEPT_EN} | {T.SECTOR_EN}"))
    elif doc["form"] == "F":
        b.append(("title", "DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)"))
        b.append(("p", f"{T.DEPT_FR} – {T.SECTOR_FR}"))
    elif doc["form"] == "C":
        b.append(("title", "Executive Work Description / Description de travail – Direction"))
        b.append(("p", f"{T.DEPT_EN} / {T.DEPT_FR}"))
    else:
        b.append(("title", p["en"]))
        b.append(("p", f"{T.DEPT_EN}, {T.SECTOR_EN}"))
    if doc.get("draft"):
        b.append(("p", "DRAFT – for discussion with the Director General, Human Resources – not approved"))
    hf = header_fields(doc, p, lang)
    sf = sup_fields(doc, p, lang)
    table_form = doc["kind"] in ("docx",) and doc["form"] in ("A", "C")
    if doc["supl"] == "fields":
        rows = hf + sf
    else:
        rows = hf
    if table_form:
        b.append(("kvt", rows, 4 if doc["form"] == "A" else 2))
    else:
        for k, v in rows:
            b.append(("kv", k, v))
    if doc["supl"] == "line":
        b.append(("kv", "Relève de" if pl == "fr" else "Reports to", sup_line(doc, p, pl)))
    if doc.get("trap") == "functional":
        b.append(("kv", "Functional reporting", "Assistant Deputy Minister, Corporate Services and Chief "
                  "Financial Officer, Transport Canada (EX-05)"))
    # general accountability
    ga_en, ga_fr = T.GA[p["func"]]
    b.append(("h", h["ga"]))
    if lang in ("en", "bilingual"):
        b.append(("p", f"The {p['en']} " + ga_en.format(unit=p["unit"])))
    if lang in ("fr", "bilingual"):
        b.append(("p", f"Le titulaire du poste de {p['fr']} " + ga_fr.format(unit_fr=p["unit_fr"])))
    # organization
    b.append(("h", h["org"]))
    s = p["sup"]
    if doc["supl"] == "sentence":
        c = f" ({fmt_cls(s['cls'], doc['cls'])})" if s["cls"] else ""
        n = f" (position {s['num']})" if s["num"] else ""
        b.append(("p", f"The {p['en']} reports to the {s['en']}{c}{n}. The following positions report to the "
                       f"{p['en'].split(',')[0]}:"))
    elif pl == "fr":
        b.append(("p", f"{who('fr', p)} relève du {s['fr']}. Les postes suivants relèvent du titulaire :"))
    else:
        b.append(("p", f"The {p['en']} is one of the senior managers reporting to the {s['en']}. "
                       f"Reporting to the position are:"))
    reps = p["reports"]
    if doc["rep"] == "table":
        hdr = ["Poste", "Groupe et niveau", "ETP"] if pl == "fr" else ["Position", "Group and level", "FTEs"]
        if lang == "bilingual":
            hdr = ["Position / Poste", "Group and level / Groupe et niveau", "FTEs / ETP"]
        b.append(("table", [hdr] + [[report_title(r, pl), fmt_cls(r[2], doc["cls"]), str(r[3])] for r in reps]))
    else:
        b.append(("bul", [report_text(r, doc, pl) for r in reps]))
    # nature and scope
    b.append(("h", h["ns"]))
    if lang in ("en", "bilingual"):
        b.append(("p", T.NATURE["en"]))
    if lang in ("fr", "bilingual"):
        b.append(("p", T.NATURE["fr"]))
    # dimensions
    b.append(("h", h["dims"]))
    if doc.get("trap") == "sector_dims":
        b.append(("p", "The Corporate Services Sector as a whole: 1,014 FTEs, salary $98,412,000 and O&M "
                       "$61,250,000 (these are the Assistant Deputy Minister's figures). The position itself:"))
    if doc["rep"] == "table" and doc["kind"] == "docx":
        b.append(("table", [["", ""]] + [[k, v] for k, v in dims_lines(doc, p, pl)]))
    else:
        for k, v in dims_lines(doc, p, pl):
            b.append(("kv", k, v))
    if doc.get("trap") == "prior_dims":
        pr = doc["prior"]
        b.append(("p", f"For reference, the 2014 description of the former Director, Financial Operations stated "
                       f"{pr['fte']} FTEs, salary {fmt_money(pr['sal'], 'full')} and O&M {fmt_money(pr['om'], 'full')}."))
    # specific accountabilities
    b.append(("h", h["spec"]))
    en_s, fr_s = T.SPEC[p["func"]]
    if lang in ("en", "bilingual"):
        b.append(("num", en_s))
    if lang in ("fr", "bilingual"):
        b.append(("num", fr_s))
    # certification and signatures
    if not doc.get("draft"):
        b.append(("h", h["cert"]))
        inc, mgr, clf = people
        if pl == "fr":
            b.append(("p", "L'énoncé qui précède décrit de façon exacte et complète les fonctions du poste."))
            b.append(("sig", [f"Titulaire : {inc}", f"Superviseur : {mgr}, {s['fr']}",
                              f"Classification examinée par : {clf}, conseillère en classification"]))
        else:
            b.append(("p", "The foregoing is an accurate and complete statement of the duties assigned to the position."))
            b.append(("sig", [f"Incumbent: {inc}", f"Supervisor: {mgr}, {s['en']}",
                              f"Classified by: {clf}, Classification Advisor"]))
    else:
        b.append(("p", f"Prepared by: {people[0]}, HR Business Partner, Corporate Services"))
    return b


# ---------------------------------------------------------------- renderers: text, Markdown

def blocks_to_text(b, style="plain"):
    out = []
    for blk in b:
        t = blk[0]
        if t == "title":
            out += [blk[1].upper(), ""]
        elif t == "h":
            out += ["", blk[1].upper(), ""] if style != "underline" else ["", blk[1], "-" * len(blk[1]), ""]
        elif t == "kv":
            out.append(f"{blk[1]}: {blk[2]}" if style != "dots" else f"{blk[1]} {'.' * max(2, 34 - len(blk[1]))} {blk[2]}")
        elif t == "kvt":
            for k, v in blk[1]:
                out.append(f"{k}: {v}")
        elif t == "p":
            out += [blk[1], ""]
        elif t == "bul":
            out += [f"- {x}" for x in blk[1]] + [""]
        elif t == "num":
            out += [f"{i}. {x}" for i, x in enumerate(blk[1], 1)] + [""]
        elif t == "table":
            rows = blk[1]
            w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for r in rows:
                if any(r):
                    out.append("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
            out.append("")
        elif t == "br":
            out.append("\f")
        elif t == "sig":
            out += [""] + [f"{x}        Date: ____________" for x in blk[1]] + [""]
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


def blocks_to_md(b):
    out = []
    for blk in b:
        t = blk[0]
        if t == "title":
            out += [f"# {blk[1]}", ""]
        elif t == "h":
            out += ["", f"## {blk[1]}", ""]
        elif t == "kv":
            out.append(f"*   **{blk[1]}:** {blk[2]}")
        elif t == "kvt":
            out += ["| Field | Value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in blk[1]]
        elif t == "p":
            out += ["", blk[1], ""]
        elif t == "bul":
            out += [f"*   {x}" for x in blk[1]] + [""]
        elif t == "num":
            out += [f"{i}.  {x}" for i, x in enumerate(blk[1], 1)] + [""]
        elif t == "table":
            rows = [r for r in blk[1] if any(r)]
            out += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""]
        elif t == "sig":
            out += [""] + [f"{x}  " for x in blk[1]] + [""]
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


# ---------------------------------------------------------------- OCR damage

DIGIT = {"0": ["O"], "1": ["I", "l"], "5": ["S"], "8": ["B"]}
LETTER = [("m", "rn"), ("rn", "m"), ("e", "c"), ("i", "l"), ("d", "cl"), ("h", "b"), ("u", "v"), ("o", "a"),
          ("t", "f")]
STRENGTH = {"light": (0.3, 0.008, 0.004), "middling": (0.55, 0.025, 0.012), "heavy": (0.85, 0.06, 0.03)}


def ocr_damage(text: str, strength: str, rng: random.Random, names: list[str]) -> str:
    pd, pl, pj = STRENGTH[strength]
    keep = {}
    for i, n in enumerate(sorted(set(names), key=len, reverse=True)):
        tok = f"\u0001{i}\u0002"
        keep[tok] = n
        text = text.replace(n, tok)

    def dmg_word(m):
        w = m.group(0)
        if "\u0001" in w:
            return w
        if any(c.isdigit() for c in w):
            return "".join(rng.choice(DIGIT[c]) if c in DIGIT and rng.random() < pd else c for c in w)
        if len(w) > 3 and rng.random() < pl * 4:
            a, z = rng.choice(LETTER)
            idx = [i for i in range(1, len(w)) if w.startswith(a, i)]
            if idx:
                i = rng.choice(idx)
                w = w[:i] + z + w[i + len(a):]
        return w

    text = re.sub(r"[^\s]+", dmg_word, text)
    text = re.sub(r"(?<=[a-z,.]) (?=[a-zA-Z])", lambda m: "" if rng.random() < pj else " ", text)
    for tok, n in keep.items():
        text = text.replace(tok, n)
    return text


def wrap(text: str, width: int, rng: random.Random, hyph: float) -> list[str]:
    lines = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        cur = ""
        for w in para.split(" "):
            if not cur:
                cur = w
            elif len(cur) + 1 + len(w) <= width:
                cur += " " + w
            else:
                room = width - len(cur) - 2
                if len(w) > 7 and room >= 3 and w.isalpha() and rng.random() < hyph:
                    cut = min(room, len(w) - 3)
                    lines.append(cur + " " + w[:cut] + "-")
                    cur = w[cut:]
                else:
                    lines.append(cur)
                    cur = w
        lines.append(cur)
    return lines


def ocr_render(doc, blocks, names, rng):
    text = blocks_to_text(blocks, style="plain")
    text = text.replace("\f", "")
    lay = doc["ocr"]
    title = resolve(doc)["fr" if doc["lang"] == "fr" else "en"]
    if lay == "columns":
        return ocr_columns(doc, blocks, names, rng)
    text = ocr_damage(text, doc["damage"], rng, names)
    if lay == "seedwrap-oneline":
        flat = re.sub(r"\s+", " ", text).strip()
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + flat + "\n"
    lines = wrap(text, rng.choice([72, 76, 78]), rng, {"light": 0.3, "middling": 0.5, "heavy": 0.7}[doc["damage"]])
    out, page, n = [], 1, 0
    per = 46
    header = f"{T.DEPT_EN.upper()}  -  EX WORK DESCRIPTION" if doc["lang"] != "fr" else \
        f"{T.DEPT_FR.upper()}  -  DESCRIPTION DE TRAVAIL EX"
    if lay == "wrapped-header":
        out.append(header)
        out.append("")
    for ln in lines:
        out.append(ln)
        n += 1
        if n >= per:
            if lay == "wrapped-footer":
                out += ["", f"{title[:48]}    Page {page}"]
            elif lay == "wrapped-header":
                out += ["", f"- {page} -", "\f" + header, ""]
            else:
                out += ["", f"- {page} -", ""]
            page += 1
            n = 0
    if lay == "wrapped-footer":
        out += ["", f"{title[:48]}    Page {page}"]
    else:
        out += ["", f"- {page} -"]
    body = "\n".join(out) + "\n"
    if lay == "seedwrap":
        body = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body
    return body


def ocr_columns(doc, blocks, names, rng):
    """The fields in one column; then the page's two columns read across, as seed 003."""
    idx = next(i for i, b in enumerate(blocks) if b[0] == "h")
    head = blocks_to_text(blocks[:idx])
    org_i = next(i for i, b in enumerate(blocks) if b[0] == "h" and b[1].startswith("Organization"))
    ns_i = next(i for i, b in enumerate(blocks) if b[0] == "h" and b[1].startswith("Nature"))
    dims_i = next(i for i, b in enumerate(blocks) if b[0] == "h" and b[1].startswith("Dimensions"))
    spec_i = next(i for i, b in enumerate(blocks) if b[0] == "h" and b[1].startswith("Specific"))
    left = blocks_to_text(blocks[idx:ns_i] + blocks[dims_i:spec_i])
    right = blocks_to_text(blocks[ns_i:dims_i] + blocks[spec_i:])
    L = wrap(ocr_damage(left, doc["damage"], rng, names), 38, rng, 0.5)
    R = wrap(ocr_damage(right, doc["damage"], rng, names), 38, rng, 0.5)
    L = [x for x in L if x.strip()]
    R = [x for x in R if x.strip()]
    n = max(len(L), len(R))
    L += [""] * (n - len(L))
    R += [""] * (n - len(R))
    rows = [(a.ljust(40) + " " + b).rstrip() for a, b in zip(L, R)]
    head = ocr_damage(head, doc["damage"], rng, names)
    return head + "\n" + "\n".join(rows) + "\n\n- 1 -\n"


# ---------------------------------------------------------------- HR system export

def export_text(doc, p, people):
    fr = doc["form"] == "XF"
    d = fmt_date(doc["date"], doc["datef"])
    omit = doc.get("omit", set())
    s = p["sup"]
    run = fmt_date(doc["date"] + dt.timedelta(days=3), "slash")
    inc = people[0]
    family, given = inc.split(" ", 1)[1], inc.split(" ", 1)[0]
    short = re.sub(r"[^A-Z &]", "", p["en"].upper().replace("DIRECTOR", "DIR").replace(" AND ", " & "))[:30]
    L = []
    if not fr:
        L += [f"TRANSPORT CANADA - HRMS (PeopleSoft)                          Run Date: {run}",
              "Report: TC_POSN_EX_DESC   Position Description - Executive   Page: 1", "-" * 78,
              f"Position Nbr ......: {p['num']:<18} Status ......: Approved",
              f"Eff Date ..........: {d:<18} Action ......: Update",
              f"Business Unit .....: TCA00  {T.DEPT_EN}",
              f"Job Code ..........: {p['job']:<18} Sal Plan/Grade: {fmt_cls(p['cls'], 'export')}",
              f"Short Descr .......: {short.strip()}",
              f"Descr .............: {p['en']}",
              f"Location ..........: OTT01  {p['loc'][0].replace('Ontario', 'ON')}",
              f"Reports To ........: {s['num']}  {s['en'].upper()} ({fmt_cls(s['cls'], 'export')})",
              f"Incumbent .........: {family},{given}",
              f"Max Head Count ....: 1        FTE (unit) ...: {p['fte']}",
              f"Budget - Salary ...: {fmt_money(p['sal'], 'plain')}",
              f"Budget - O&M ......: {fmt_money(p['om'], 'plain')}"]
        if "total" not in omit:
            L.append(f"Budget - Total ....: {fmt_money(p['sal'] + p['om'], 'plain')}")
        L += ["-" * 78, "SUBORDINATE POSITIONS (DIRECT)",
              f"{'Posn Nbr':<10}{'Descr':<58}{'Grade':<8}FTE"]
        for i, r in enumerate(p["reports"]):
            L.append(f"{int(p['num']) + 10 * (i + 1):<10}{r[0][:56]:<58}{fmt_cls(r[2], 'export'):<8}{r[3]}")
        L += ["-" * 78, "POSITION DESCRIPTION TEXT", "", "GENERAL ACCOUNTABILITY",
              f"The {p['en']} " + T.GA[p['func']][0].format(unit=p['unit']), "", "SPECIFIC ACCOUNTABILITIES"]
        L += [f"{i}. {x}" for i, x in enumerate(T.SPEC[p['func']][0], 1)]
        L += ["", f"Last updated by: {people[1]} ({run})", "*** END OF REPORT ***"]
    else:
        L += [f"TRANSPORTS CANADA - SGRH (PeopleSoft)                   Date d'exécution : {run}",
              "Rapport : TC_POSN_EX_DESC   Description de poste - Direction   Page : 1", "-" * 78,
              f"No de poste ........: {p['num']:<16} Statut ......: Approuvé",
              f"Date d'entrée en vig: {d:<16} Action ......: Mise à jour",
              f"Unité opérationnelle: TCA00  {T.DEPT_FR}",
              f"Code d'emploi ......: {p['job']:<16} Groupe/niveau : {fmt_cls(p['cls'], 'export')}",
              f"Descr. abrégée .....: {short.strip()}",
              f"Description ........: {p['fr']}",
              f"Lieu ...............: OTT01  {p['loc'][1]}",
              f"Relève du poste ....: {s['num']}  {s['fr'].upper()} ({fmt_cls(s['cls'], 'export')})",
              f"Titulaire ..........: {family},{given}",
              f"ETP (unité) ........: {p['fte']}",
              f"Budget - Salaires ..: {fmt_money(p['sal'], 'plain')}",
              f"Budget - F et E ....: {fmt_money(p['om'], 'plain')}",
              f"Budget - Total .....: {fmt_money(p['sal'] + p['om'], 'plain')}",
              "-" * 78, "POSTES SUBORDONNÉS (DIRECTS)", f"{'No poste':<10}{'Description':<58}{'Groupe':<8}ETP"]
        for i, r in enumerate(p["reports"]):
            L.append(f"{int(p['num']) + 10 * (i + 1):<10}{report_title(r, 'fr')[:56]:<58}{fmt_cls(r[2], 'export'):<8}{r[3]}")
        L += ["-" * 78, "TEXTE DE LA DESCRIPTION", "", "RESPONSABILITÉ GÉNÉRALE",
              f"Le titulaire du poste de {p['fr']} " + T.GA[p['func']][1].format(unit_fr=p['unit_fr']), "",
              "RESPONSABILITÉS SPÉCIFIQUES"]
        L += [f"{i}. {x}" for i, x in enumerate(T.SPEC[p['func']][1], 1)]
        L += ["", f"Dernière mise à jour : {people[1]} ({run})", "*** FIN DU RAPPORT ***"]
    return "\n".join(L) + "\n", [f"{family},{given}", people[1]]


# ---------------------------------------------------------------- Word and PDF

FIXED = dt.datetime(2020, 1, 1, 0, 0, 0)


def docx_save(d: docx.Document, path: Path, author: str):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    path.write_bytes(out.getvalue())


def blocks_to_docx(b, header_text=None):
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    for blk in b:
        t = blk[0]
        if t == "title":
            d.add_heading(blk[1], level=0)
        elif t == "h":
            d.add_heading(blk[1], level=1)
        elif t == "kv":
            para = d.add_paragraph()
            para.add_run(blk[1] + ": ").bold = True
            para.add_run(blk[2])
        elif t == "kvt":
            rows, nc = blk[1], blk[2]
            per = nc // 2
            tab = d.add_table(rows=0, cols=nc)
            tab.style = "Table Grid"
            for i in range(0, len(rows), per):
                cells = tab.add_row().cells
                for j, (k, v) in enumerate(rows[i:i + per]):
                    cells[2 * j].text = k
                    cells[2 * j].paragraphs[0].runs[0].bold = True
                    cells[2 * j + 1].text = v
        elif t == "p":
            d.add_paragraph(blk[1])
        elif t == "bul":
            for x in blk[1]:
                d.add_paragraph(x.replace("**", ""), style="List Bullet")
        elif t == "num":
            for x in blk[1]:
                d.add_paragraph(x, style="List Number")
        elif t == "table":
            rows = blk[1]
            if not any(rows[0]):
                rows = rows[1:]
            tab = d.add_table(rows=0, cols=len(rows[0]))
            tab.style = "Table Grid"
            for r in rows:
                cells = tab.add_row().cells
                for j, c in enumerate(r):
                    cells[j].text = c
        elif t == "br":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif t == "sig":
            d.add_paragraph("")
            for x in blk[1]:
                d.add_paragraph(f"{x}\t\tDate: ______________")
    return d


def to_pdf_pages(text: str, footer: str) -> list[str]:
    rng = random.Random(0)
    lines = []
    for chunk in text.split("\f"):
        lines += wrap(chunk.rstrip("\n"), 104, rng, 0.0)
    pages, per = [], 62
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    for i, c in enumerate(chunks, 1):
        pages.append("\n".join(c + ["", f"{footer}    Page {i} of {len(chunks)}"]))
    return pages


# ---------------------------------------------------------------- the truth

def q(s):
    if s is None:
        return "null"
    s = str(s)
    if re.fullmatch(r"[A-Za-z0-9À-ÿ][^:#'\"\n]*", s) and not re.fullmatch(r"[0-9.\-]+|null|true|false|yes|no|on|off", s, re.I) \
            and ": " not in s and not s.endswith(":") and "&" not in s[:1]:
        return s
    return "'" + s.replace("'", "''") + "'"


def emit_yaml(e: dict) -> str:
    L = [f"document: {q(e['document'])}", f"kind: {e['kind']}", f"language: {e['language']}",
         f"outcome: {e['outcome']}"]
    f = e["fields"]
    if f is None:
        L.append("fields: null")
    else:
        L.append("fields:")
        L.append(f"  title: {q(f['title'])}")
        L.append(f"  classification: {q(f['classification'])}")
        L.append(f"  job_code: {'null' if f['job_code'] is None else chr(39) + f['job_code'] + chr(39)}")
        L.append(f"  position_number: {'null' if f['position_number'] is None else chr(39) + f['position_number'] + chr(39)}")
        L.append(f"  effective_date: {f['effective_date'] or 'null'}")
        s = f["supervisor"]
        L.append("  supervisor:")
        L.append(f"    position_number: {'null' if s['position_number'] is None else chr(39) + s['position_number'] + chr(39)}")
        L.append(f"    title: {q(s['title'])}")
        L.append(f"    classification: {q(s['classification'])}")
        if f["direct_reports"]:
            L.append("  direct_reports:")
            for r in f["direct_reports"]:
                L.append(f"  - title: {q(r['title'])}")
                L.append(f"    classification: {q(r['classification'])}")
                L.append(f"    fte: {'null' if r['fte'] is None else r['fte']}")
        else:
            L.append("  direct_reports: null")
        for k in ("salary", "o_and_m", "total"):
            L.append(f"  {k}: {'null' if f[k] is None else f[k]}")
        L.append(f"  location: {q(f['location'])}")
    if e["not_stated"]:
        L.append("not_stated:")
        L += [f"- {x}" for x in e["not_stated"]]
    else:
        L.append("not_stated: []")
    if e["also"]:
        L.append("also:")
        for k, v in e["also"].items():
            L.append(f"  {k}: {v if isinstance(v, int) else q(v)}")
    else:
        L.append("also: {}")
    if e["people"]:
        L.append("people:")
        L += [f"- {q(x)}" for x in e["people"]]
    else:
        L.append("people: []")
    v = e["versions"]
    if v is None:
        L.append("versions: null")
    else:
        L.append("versions:")
        L.append("  documents:")
        L += [f"  - {q(x)}" for x in v["documents"]]
        L.append(f"  newest: {q(v['newest'])}")
        L.append(f"  same_text: {'true' if v['same_text'] else 'false'}")
        L.append(f"  note: {q(v['note'])}")
    return "\n".join(L) + "\n"


VERSION_NOTES = {
    "P03": "2014 Word (old template) titled Director, Financial Operations with three managers; the 2021 revision "
           "renames it Director, Financial Operations and Accounting, adds a fourth manager and new FTEs and budget",
    "P10": "2016 signed scan at EX-03 (job code 300310, four directors); 2023 description reclassifies the CIO to "
           "EX-04 under job code 300977 with six reports and new dimensions",
    "P12": "2012 HR-system export (three managers, 64 FTEs), 2017 signed scan (four managers, 77 FTEs), 2025 Word "
           "(83 FTEs, supervisor now EX-04)",
    "P21": "the draft has no position number, no effective date and no signatures; the signed scan states both "
           "and carries the signatures",
    "P50": "2019 cp1252 text (three directors, no total); 2024 Word adds the Director, Business Continuity and "
           "Emergency Management and new dimensions",
    "P51": "the French PDF is the translation of the English Word description, same date and figures",
}


def truth(doc, p, people_printed, reports_to_file):
    lang = doc["lang"]
    pl = "fr" if lang == "fr" else "en"
    omit = set(doc.get("omit", set()))
    s = p["sup"]
    if p["job"] is None:
        omit.add("job_code")
    if s["num"] is None:
        omit.add("supervisor.position_number")
    if s["cls"] is None:
        omit.add("supervisor.classification")
    sal, om = p["sal"], p["om"]
    total = sal + om
    fields = dict(
        title=title_of(p, pl),
        classification=p["cls"],
        job_code=None if "job_code" in omit else p["job"],
        position_number=None if "position_number" in omit else p["num"],
        effective_date=None if "effective_date" in omit or doc["date"] is None else doc["date"].isoformat(),
        supervisor=dict(position_number=None if "supervisor.position_number" in omit else s["num"],
                        title=s["fr"] if pl == "fr" else s["en"],
                        classification=None if "supervisor.classification" in omit else s["cls"]),
        direct_reports=[dict(title=report_title(r, pl), classification=r[2], fte=r[3]) for r in p["reports"]],
        salary=None if "salary" in omit else sal,
        o_and_m=None if "o_and_m" in omit else om,
        total=None if "total" in omit else total,
        location=(p["loc"][1] if pl == "fr" else p["loc"][0]),
    )
    if doc["form"] == "C":
        fields["location"] = f"{p['loc'][0]} / {p['loc'][1]}"
    if doc["form"] in ("X",):
        fields["location"] = p["loc"][0].replace("Ontario", "ON")
    order = ["job_code", "position_number", "effective_date", "supervisor.position_number",
             "supervisor.classification", "salary", "o_and_m", "total"]
    not_stated = [k for k in order if k in omit]
    also = {"department": T.DEPT_FR if pl == "fr" else T.DEPT_EN, "fte": p["fte"]}
    form = {"A": "executive group position description (2012-2016 template, table of fields)",
            "B": "executive work description (2017+ template)", "C": "bilingual executive work description",
            "F": "description de travail EX (modèle français)", "S": "plain-text work description",
            "M": "Markdown work description", "X": "HR system export (PeopleSoft position report)",
            "XF": "export du système de RH (rapport de poste PeopleSoft)"}[doc["form"]]
    also["form"] = form
    if lang == "bilingual":
        also["title_fr"] = p["fr"]
    if doc.get("damage"):
        also["damage"] = doc["damage"]
        also["ocr_layout"] = doc["ocr"]
    if doc.get("trap") in ("combined", "total_only"):
        also["operating_budget"] = total
    if doc.get("trap") == "reclass":
        also["former_classification"] = "EX-03"
        also["former_job_code"] = "300310"
    if doc.get("trap") == "functional":
        also["functional_supervisor"] = "Assistant Deputy Minister, Corporate Services and Chief Financial Officer (EX-05)"
    if doc.get("trap") == "sector_dims":
        also["trap"] = "the sector's (the ADM's) FTEs, salary and O&M are printed before the position's own"
    if doc.get("trap") == "prior_dims":
        also["trap"] = "the 2014 figures are quoted for reference after the position's own"
    if doc.get("draft"):
        also["status"] = "draft"
    if reports_to_file:
        also["reports_to_in_corpus"] = reports_to_file
    return fields, not_stated, also


# ---------------------------------------------------------------- refusals

def refusal_docs(rng):
    out = []
    n = [NAMES.take() for _ in range(12)]
    # 1. memo (docx)
    d = docx.Document()
    d.add_heading("MEMORANDUM / NOTE DE SERVICE", level=0)
    for k, v in [("To", f"{n[0]}, Director General, Human Resources"), ("From", f"{n[1]}, Manager, Classification and Organization"),
                 ("Date", "March 6, 2023"), ("Subject", "EX classification review – Corporate Services Sector positions")]:
        p = d.add_paragraph()
        p.add_run(k + ": ").bold = True
        p.add_run(v)
    d.add_paragraph("This memorandum seeks your approval to launch the cyclical review of executive work descriptions "
                    "in the Corporate Services Sector. The following positions have descriptions older than five years:")
    tab = d.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    for j, c in enumerate(["Position", "Title", "Level", "Last approved"]):
        tab.rows[0].cells[j].text = c
    for r in [("40233", "Director, Financial Policy and Internal Control", "EX-01", "2016-10-03"),
              ("40711", "Director, Departmental Security", "EX-01", "2018-02-19"),
              ("40611", "Director, Access to Information and Privacy", "EX-01", "2015-10-19"),
              ("40600", "Corporate Secretary and Director General, Corporate Secretariat", "EX-02", "2015-10-19")]:
        cells = tab.add_row().cells
        for j, c in enumerate(r):
            cells[j].text = c
    d.add_paragraph("Managers will be asked to submit updated descriptions by June 30, 2023. No change in "
                    "classification is anticipated. The review will be conducted within existing resources.")
    d.add_paragraph("RECOMMENDATION: That you approve the review as described.")
    d.add_paragraph(f"Approved / Approuvé: ____________________   {n[0]}")
    out.append(("Memo - EX classification review of corporate services positions.docx", ("docx", d, n[1]),
                [n[0], n[1]], "memo to the DG, HR proposing a review of corporate-services EX descriptions; a table of four positions, titles, levels and dates"))
    # 2. French letter (pdf)
    letter = (f"Transports Canada\nSecteur des services ministériels\n\nLe 9 janvier 2024\n\n{n[2]}\n"
              "Ottawa (Ontario)\n\nObjet : Offre de nomination intérimaire – Directeur, Sécurité ministérielle (EX-01), poste no 40711\n\n"
              f"Madame, Monsieur,\n\nJ'ai le plaisir de vous offrir une nomination intérimaire au poste de Directeur, Sécurité "
              "ministérielle (EX-01), poste no 40711, du 15 janvier 2024 au 12 juillet 2024. Votre rémunération sera "
              "établie dans l'échelle salariale du niveau EX-01 (de 128 300 $ à 150 900 $), conformément à la Directive sur "
              "les conditions d'emploi des cadres.\n\nVous relèverez du Directeur général, Biens immobiliers, sécurité et "
              "locaux (EX-03). Veuillez signer la présente et la retourner au plus tard le 12 janvier 2024.\n\n"
              f"Veuillez agréer l'expression de mes sentiments distingués.\n\n{n[3]}\nDirecteur général, Biens immobiliers, "
              "sécurité et locaux\n\nJ'accepte l'offre ci-dessus :\n\n______________________    Date : __________\n"
              f"{n[2]}\n\nc.c. : {n[4]}, conseillère en ressources humaines")
    out.append(("Lettre d'offre - nomination intérimaire EX-01.pdf", ("pdf", [letter]), [n[2], n[3], n[4]],
                "lettre d'offre d'une nomination intérimaire EX-01 au poste 40711, avec l'échelle salariale"))
    # 3. minutes (cp1252)
    mins = ("CORPORATE SERVICES SECTOR MANAGEMENT COMMITTEE\r\nRecord of Discussion \u2013 March 14, 2023, 10:00\u201311:30, "
            "Place de Ville, Tower C, room 1401\r\n\r\nPresent: " + ", ".join(n[5:10]) + "\r\nRegrets: " + n[10] +
            "\r\n\r\n1. Opening remarks\r\nThe Chair welcomed members and noted the \u201cback to basics\u201d theme of the "
            "2023-24 business plan.\r\n\r\n2. Financial situation (Deputy CFO)\r\nThe Sector forecasts a surplus of "
            "$1.2M in O&M; salary pressures of $640K are expected in the CIO\u2019s directorates. Members agreed to fund the "
            "Director, Data Analytics and Business Intelligence (EX-01) position from the surplus.\r\n\r\n3. EX work "
            "descriptions\r\nHR reported that 9 of 34 EX work descriptions in the Sector are more than five years old. "
            "Directors General will submit updates by June 30.\r\n\r\n4. Accommodation\r\nThe Place de Ville floor "
            "consolidation will proceed in Q3.\r\n\r\nAction items\r\n- DGs: updated work descriptions (June 30)\r\n"
            "- Deputy CFO: revised forecast (April 15)\r\n\r\nNext meeting: April 11, 2023\r\n")
    out.append(("Minutes - CS Sector Management Committee 2023-03-14.txt", ("cp1252", mins), n[5:11],
                "record of discussion of the sector's management committee; mentions an EX-01 position and budget figures"))
    # 4. org chart (OCR)
    chart = ("TRANSPORT CANADA / TRANSPORTS CANADA\nCorporate Services Sector / Secteur des services ministériels\n"
             "Organization Chart / Organigramme   2021-04-01\n\n"
             f"                 ADM Corporate Services and CFO / SMA Services ministériels et DPF\n"
             f"                              {n[11]}  (EX-05)\n"
             "        |                |                 |                 |                |\n"
             "  DCFO & DG Fin.Mgmt   CIO / DPI     DG Human Resources   DG Communications   DG RP, Security\n"
             "     EX-03              EX-03          / DG RH  EX-03        EX-03             & Accommodation EX-03\n"
             "  Dir Fin Ops EX-01   ED IT Infra EX-02  Dir LR EX-01       Dir Strat Comms EX-01  Dir Dept Security EX-01\n"
             "  Dir RM&BP EX-01     Dir Ent Apps EX-01 Dir Staffing EX-01 Dir Digital EX-01      Dir RP Portfolio EX-01\n"
             "  Sr Dir Fin Rep EX-02 Dir IT Sec EX-01  Dir Exec Svcs EX-01 Dir Internal Comms EX-01 Dir Accommodation EX-01\n"
             "\n   Corporate Secretary / Secrétaire ministériel  EX-02\n\nUpdated by HR Planning - not an official document\n")
    chart = ocr_damage(chart, "middling", rng, [n[11]])
    out.append(("Org chart CSS 2021 (scan).txt", ("text", chart), [n[11]],
                "bilingual organization chart of the sector OCR'd from a scan: titles and levels of many positions, none described"))
    # 5. scan without a text layer
    img = b"q 0.96 g 0 0 595 842 re f Q q 0.2 g 60 760 470 14 re f 60 720 300 8 re f 60 700 420 8 re f Q"
    out.append(("Scan_0047.pdf", ("pdf", [img, img.replace(b"760", b"740")]), [],
                "a two-page scan of a signed work description saved without a text layer: nothing to read"))
    return out


# ---------------------------------------------------------------- main

def main():
    for folder in (CORPUS, EXPECTED):
        folder.mkdir(exist_ok=True)
        for f in folder.iterdir():
            f.unlink()
    rng = random.Random(12345)
    # newest document of each position, for reports_to_in_corpus
    newest = {}
    for doc in DOCS:
        k = doc["key"]
        dd = doc["date"] or D(2000, 1, 1)
        if k not in newest or dd >= newest[k][0] or (doc.get("draft") is None and False):
            newest[k] = (dd, doc["file"])
    newest["P21"] = (D(2022, 6, 13), "Director, Labour Relations and Workplace Well-being - signed.txt")
    groups = {}
    for doc in DOCS:
        groups.setdefault(doc["key"], []).append(doc)

    for doc in DOCS:
        p = resolve(doc)
        # draft and signed copy share the incumbent; other documents draw new names
        people = [NAMES.take(), NAMES.take(), NAMES.take()]
        path = CORPUS / doc["file"]
        printed = list(people)
        if doc.get("draft"):
            printed = [people[0]]
        if doc["form"] in ("X", "XF"):
            text, printed = export_text(doc, p, people)
            path.write_text(text, encoding="utf-8")
        else:
            blocks = build_blocks(doc, p, people)
            kind = doc["kind"]
            if kind == "markdown":
                path.write_text(blocks_to_md(blocks), encoding="utf-8")
            elif kind == "text":
                path.write_text(blocks_to_text(blocks, "underline" if doc["key"] == "P57" else "plain"), encoding="utf-8")
            elif kind == "text-cp1252":
                txt = blocks_to_text(blocks, "dots" if doc["key"] in ("P15",) else "plain")
                txt = txt.replace("'", "\u2019").replace("- ", "\u2013 ", 0)
                path.write_bytes(txt.replace("\n", "\r\n").encode("cp1252"))
            elif kind in ("ocr", "ocr-columns"):
                path.write_text(ocr_render(doc, blocks, printed, rng), encoding="utf-8")
            elif kind == "docx":
                header = f"{T.DEPT_EN} – Protected A" if doc["lang"] != "fr" else f"{T.DEPT_FR} – Protégé A"
                d = blocks_to_docx(blocks, header)
                docx_save(d, path, "HR Corporate Services")
            elif kind == "pdf":
                txt = blocks_to_text(blocks, "plain").replace("\u2011", "-")
                footer = title_of(p, "fr" if doc["lang"] == "fr" else "en")[:60]
                path.write_bytes(pdf_bytes(to_pdf_pages(txt, footer)))
        sup_key = p["sup"].get("key")
        rfile = newest[sup_key][1] if sup_key in newest else None
        fields, not_stated, also = truth(doc, p, printed, rfile)
        vers = None
        g = groups[doc["key"]]
        if len(g) > 1:
            files = [x["file"] for x in sorted(g, key=lambda x: (x["date"] or D(2022, 6, 1), x["lang"] == "fr"))]
            newest_file = newest[doc["key"]][1] if doc["key"] != "P51" else "Director, Departmental Security (Deputy DSO).docx"
            vers = dict(documents=files, newest=newest_file, same_text=False, note=VERSION_NOTES[doc["key"]])
        e = dict(document=doc["file"], kind=doc["kind"], language=doc["lang"], outcome="import",
                 fields=fields, not_stated=not_stated, also=also, people=printed, versions=vers)
        (EXPECTED / f"{doc['file']}.expected.yaml").write_text(emit_yaml(e), encoding="utf-8")

    for name, (how, *rest), people, what in refusal_docs(rng):
        spec = next(r for r in REFUSALS if r["file"] == name)
        path = CORPUS / name
        if how == "docx":
            docx_save(rest[0], path, rest[1])
        elif how == "pdf":
            path.write_bytes(pdf_bytes(rest[0]))
        elif how == "cp1252":
            path.write_bytes(rest[0].encode("cp1252"))
        else:
            path.write_text(rest[0], encoding="utf-8")
        e = dict(document=name, kind=spec["kind"], language=spec["lang"], outcome="refuse", fields=None,
                 not_stated=[], also={"what": what}, people=people, versions=None)
        (EXPECTED / f"{name}.expected.yaml").write_text(emit_yaml(e), encoding="utf-8")


if __name__ == "__main__":
    main()
