"""Writes the blind126 corpus: corpus/ (documents) and expected/ (their truth), the same bytes on every
run. Natural Resources Canada, Lands and Minerals Sector: an HR business partner's folder of executive
work descriptions that carry their own history (revision tables, sign-off grids, classification action
histories, was/now tables, struck or bracketed former values, change logs).

    /work/main/.venv/bin/python bench/import/blind126/make_blind.py
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import yaml  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

P = T.P
NBSP = "\u00a0"


# ---------------------------------------------------------------- values and notations

class Strike:
    """A former value shown struck (Word, Markdown) or bracketed (text) before the current one."""

    def __init__(self, old, new):
        self.old, self.new = old, new


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
ABBR_EN = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def fdate(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{ABBR_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "lefr":
        return f"le {'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    return d.isoformat()


def money(v: int, style: str) -> str:
    if style == "full":
        return f"${v:,}"
    if style == "plain":
        return f"{v:,}"
    if style == "M":
        if v >= 1_000_000:
            s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
            return f"${s}M"
        return f"${v // 1000}K"
    if style == "million":
        if v >= 1_000_000:
            s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
            return f"${s} million"
        return f"${v:,}"
    if style == "fr":
        return f"{v:,}".replace(",", NBSP) + NBSP + "$"
    if style == "frM":
        if v >= 1_000_000:
            s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{s} M$"
        return f"{v // 1000} k$"
    raise ValueError(style)


def cls_fmt(c: str, style: str) -> str:
    if style == "space":
        return c.replace("-", " ")
    if style == "none" and c.startswith("EX-"):
        return c.replace("-", "")
    return c


# ---------------------------------------------------------------- the organization's figures

def fte_of(key, override=None):
    p = P[key]
    reps = reports_of(key, override)
    return sum(r[3] for r in reps) + p["extra_fte"]


CHILDREN = {}
for _k, _p in P.items():
    CHILDREN.setdefault(_p["sup"], []).append(_k)


def reports_of(key, override=None):
    """Direct reports as (title_en, title_fr, classification, fte)."""
    if override and "reports" in override:
        return override["reports"]
    p = P[key]
    reps = [(P[c]["title_en"], P[c]["title_fr"], P[c]["level"], fte_of(c)) for c in CHILDREN.get(key, [])]
    return reps + list(p["reports"])


def salary_of(fte, per, key=""):
    per = per - 15000 + (sum(map(ord, key)) * 7919) % 31000
    return int(round(fte * per / 1000.0)) * 1000


# ---------------------------------------------------------------- names

_name_rng = random.Random(126)
_all_names = [f"{g} {f}" for g in T.GIVEN for f in T.FAMILY]
_name_rng.shuffle(_all_names)
_NAMES = _all_names
_name_i = 0


def new_name():
    global _name_i
    n = _NAMES[_name_i % len(_NAMES)]
    _name_i += 1
    return n


# ---------------------------------------------------------------- document specification

D = dt.date
DOCS = []


def doc(key, file, kind, lang, date, **kw):
    DOCS.append(dict(key=key, file=file, kind=kind, lang=lang, date=date, **kw))


# options: form A|B|FR|BI|MD|PLAIN; sup: fields3|line|sentence; supno: bool; reps: bullets|table|lines|
# sentence|wasnow; total: bool; job: bool; eff: bool; money; dstyle; cstyle; feats: rev,sign,class,log,
# strike; damage; ov: per-version override

doc("ADM", "ADM LMS - Executive Work Description (2022) signed.docx", "docx", "en", D(2022, 4, 1), form="B",
    sup="line", supno=False, reps="table", money="full", dstyle="long", feats=["rev", "sign"])
doc("DGMMP", "DG Minerals and Metals Policy - EWD 2021.pdf", "pdf", "en", D(2021, 6, 14), form="B",
    sup="fields3", supno=True, reps="bullets", money="M", dstyle="long", feats=["class", "rev", "sign"],
    classhist=[(D(2009, 3, 2), "New position", None, "EX-02"),
               (D(2017, 10, 30), "Reclassification (upward)", "EX-02", "EX-03"),
               (D(2021, 5, 20), "Review - no change", "EX-03", "EX-03")])
doc("D_MPA", "Director, Mineral Policy Analysis.md", "markdown", "en", D(2020, 9, 8), form="MD",
    sup="fields3", supno=False, reps="bullets", money="full", dstyle="long", feats=["strike", "log"],
    strike={"fte": 16, "title": "Director, Mineral Policy"}, job=False)
doc("D_CMC", "Critical Minerals CoE - Director - 2019.txt", "text", "en", D(2019, 2, 4), form="PLAIN",
    sup="line", supno=True, reps="lines", money="full", dstyle="iso", feats=["rev"],
    ov=dict(level="EX-01", job="300148", om=410000,
            reports=[("Manager, Critical Minerals Analysis", None, "EC-07", 7),
                     ("Senior Advisor, Value Chains", None, "EC-06", 3),
                     ("Policy Analyst", None, "EC-05", 2)]))
doc("D_CMC", "Critical Minerals CoE - Director EX-02 - 2023 FINAL.docx", "docx", "en", D(2023, 3, 27),
    form="B", sup="fields3", supno=True, reps="table", money="full", dstyle="long",
    feats=["strike", "class", "sign"], strike={"level": "EX-01", "job": "300148", "fte": 14},
    classhist=[(D(2018, 11, 19), "New position (organization of the Centre)", None, "EX-01"),
               (D(2023, 2, 28), "Reclassification (upward) - expanded mandate", "EX-01", "EX-02")])
doc("D_TIM", "DT Commerce et minéraux internationaux - signé.txt", "ocr", "fr", D(2018, 5, 1), form="FR",
    sup="fields3", supno=True, reps="lines", money="fr", dstyle="fr", feats=["sign"], damage="middling")
doc("D_EAS", "Director Economic Analysis & Statistics (2017).txt", "text-cp1252", "en", D(2017, 7, 17),
    form="A", sup="fields3", supno=True, reps="lines", money="full", dstyle="dmy", cstyle="space",
    feats=["rev"], total=False)
doc("D_MIC", "Dir Mineral Investment, Competitiveness - bilingual.md", "markdown", "bilingual", D(2024, 1, 15),
    form="BI", sup="fields3", supno=False, reps="bullets", money="full", dstyle="iso", feats=["log"])
doc("SG", "Surveyor General - work description (scan 2016).txt", "ocr", "en", D(2016, 4, 1), form="A",
    sup="fields3", supno=False, reps="lines", money="full", dstyle="long", feats=["class", "sign"],
    damage="light",
    classhist=[(D(2004, 6, 14), "Conversion to EX group", None, "EX-02"),
               (D(2012, 1, 9), "Reclassification (upward)", "EX-02", "EX-03")])
doc("D_CS", "Directeur, Levés cadastraux (2021).docx", "docx", "fr", D(2021, 11, 22), form="FR",
    sup="fields3", supno=True, reps="table", money="fr", dstyle="fr", feats=["rev", "sign"])
doc("D_LSS", "Legal Surveys Standards Director_EWD.pdf", "pdf", "en", D(2019, 8, 12), form="B",
    sup="line", supno=True, reps="bullets", money="full", dstyle="abbr", feats=["strike", "rev"],
    strike={"sup": ("Director General, Legal Surveys Division", None), "om": 121000})
doc("D_RSE", "scan0193 Regional Dir Surveys Edmonton.txt", "ocr", "en", D(2015, 2, 16), form="A",
    sup="fields3", supno=True, reps="lines", money="full", dstyle="long", feats=["sign"], damage="heavy")
doc("D_CLSR", "Dir Canada Lands Survey Records, v3.txt", "text", "en", D(2022, 10, 3), form="PLAIN",
    sup="sentence", supno=False, reps="bullets", money="million", dstyle="long", feats=["log", "rev"])
doc("CCMEO", "DG CCMEO - DG CCCOT (bilingue).docx", "docx", "bilingual", D(2020, 7, 6), form="BI",
    sup="fields3", supno=True, reps="table", money="full", dstyle="iso", feats=["rev", "sign"])
doc("D_GDI", "Director Geospatial Data Infrastructure DRAFT.docx", "docx", "en", D(2022, 6, 3), form="B",
    sup="fields3", supno=True, reps="table", money="full", dstyle="long", feats=["rev"], draft=True,
    ov=dict(om=1180000))
doc("D_GDI", "Director Geospatial Data Infrastructure - signed.pdf", "pdf", "en", D(2022, 11, 14), form="B",
    sup="fields3", supno=True, reps="bullets", money="full", dstyle="long", feats=["rev", "sign"])
doc("D_EOO", "EO Operations Director 2018 (1).txt", "ocr", "en", D(2018, 3, 5), form="A", sup="fields3",
    supno=True, reps="lines", money="M", dstyle="long", feats=["rev"], damage="middling")
doc("D_GEO", "Directeur Levés géodésiques.md", "markdown", "fr", D(2023, 4, 3), form="FR", sup="line",
    supno=True, reps="bullets", money="fr", dstyle="fr", feats=["log", "strike"], strike={"fte": 21})
doc("D_RSS", "Remote Sensing Science - Director.txt", "text-cp1252", "en", D(2020, 1, 13), form="A",
    sup="fields3", supno=True, reps="lines", money="full", dstyle="long", feats=["class"], cstyle="space",
    cls_in_history_only=True,
    classhist=[(D(2011, 5, 2), "New position", None, "EX-01"),
               (D(2019, 12, 9), "Review following update - confirmed", "EX-01", "EX-01")])
doc("GSC", "GSC DG 2015 signed scan.txt", "ocr", "en", D(2015, 9, 1), form="A", sup="fields3", supno=True,
    reps="lines", money="full", dstyle="long", feats=["sign"], damage="heavy",
    ov=dict(om=7900000, reports=[
        ("Director, GSC Calgary", None, "EX-01", 33), ("Director, GSC Quebec", None, "EX-01", 24),
        ("Director, GSC Pacific", None, "EX-01", 30), ("Director, GSC Atlantic", None, "EX-01", 25),
        ("Director, Geoscience Programs", None, "EX-01", 15)]))
doc("GSC", "GSC DG - work description 2020 (reorg).docx", "docx", "en", D(2020, 4, 1), form="B",
    sup="fields3", supno=True, reps="wasnow", money="full", dstyle="long", feats=["rev", "sign"],
    ov=dict(om=8450000, reports=[
        ("Director, GSC Calgary", None, "EX-01", 35), ("Director, GSC Quebec", None, "EX-01", 26),
        ("Director, GSC Pacific", None, "EX-01", 34), ("Director, GSC Atlantic", None, "EX-01", 25),
        ("Director, Public Geoscience Program", None, "EX-01", 21),
        ("Director, Northern Geoscience", None, "EX-01", 19),
        ("Director, Geoscience Information and Outreach", None, "EX-01", 22)]),
    wasnow=[("Director, GSC Calgary", 33, "Director, GSC Calgary"), ("Director, GSC Quebec", 24,
             "Director, GSC Quebec"), ("Director, GSC Pacific", 30, "Director, GSC Pacific"),
            ("Director, GSC Atlantic", 25, "Director, GSC Atlantic"),
            ("Director, Geoscience Programs", 15, "Director, Public Geoscience Program"),
            (None, None, "Director, Northern Geoscience"),
            (None, None, "Director, Geoscience Information and Outreach")])
doc("GSC", "GSC DG EWD v3.0 2024.pdf", "pdf", "en", D(2024, 5, 6), form="B", sup="fields3", supno=True,
    reps="table", money="full", dstyle="long", feats=["rev", "class", "sign"],
    classhist=[(D(2003, 4, 1), "Classification confirmed on EX conversion", None, "EX-03"),
               (D(2015, 8, 24), "Review - no change", "EX-03", "EX-03"),
               (D(2020, 3, 23), "Review on reorganization - no change", "EX-03", "EX-03")])
doc("D_GSCC", "Director GSC Calgary.txt", "text", "en", D(2019, 10, 21), form="PLAIN", sup="line",
    supno=False, reps="lines", money="full", dstyle="dmy", feats=["sign"])
doc("D_GSCQ", "Directeur CGC-Québec - numérisé.txt", "ocr", "fr", D(2017, 6, 19), form="FR", sup="fields3",
    supno=True, reps="lines", money="fr", dstyle="lefr", feats=["rev", "sign"], damage="middling")
doc("D_GSCP", "Director, GSC Pacific (tracked changes).docx", "docx", "en", D(2021, 9, 13), form="B",
    sup="fields3", supno=True, reps="table", money="full", dstyle="long", feats=["strike", "rev"],
    strike={"fte": 29, "salary": 3050000, "total": 4770000, "loc": "Sidney, British Columbia"})
doc("D_GSCA", "GSC Atlantic Director 2016 scan.txt", "ocr-columns", "en", D(2016, 11, 7), form="A",
    sup="fields3", supno=True, reps="lines", money="full", dstyle="long", feats=["sign"], damage="middling")
doc("D_PGP", "Public Geoscience Program - Director (2022).md", "markdown", "en", D(2022, 2, 28), form="MD",
    sup="line", supno=True, reps="bullets", money="M", dstyle="long", feats=["rev", "sign"])
doc("D_NG", "Director Northern Geoscience - Directrice Géoscience du Nord.pdf", "pdf", "bilingual",
    D(2023, 8, 21), form="BI", sup="fields3", supno=True, reps="table", money="full", dstyle="iso",
    feats=["rev", "sign"])
doc("D_GIO", "Directeur, Information géoscientifique et diffusion.txt", "text-cp1252", "fr", D(2020, 9, 14),
    form="FR", sup="fields3", supno=True, reps="lines", money="fr", dstyle="fr", feats=["rev"], total=False)
doc("CANMET", "DG CanmetMINES - description de travail 2019.docx", "docx", "fr", D(2019, 6, 25), form="FR",
    sup="fields3", supno=True, reps="table", money="frM", dstyle="fr", feats=["class", "sign"],
    classhist=[(D(2008, 9, 15), "Création du poste", None, "EX-02"),
               (D(2014, 3, 31), "Reclassification à la hausse", "EX-02", "EX-03")])
doc("D_MI", "Mining Innovation Director - Sudbury 2014.txt", "ocr", "en", D(2014, 1, 6), form="A",
    sup="fields3", supno=True, reps="lines", money="full", dstyle="long", feats=["sign"], damage="light")
doc("D_OPL", "Ore Processing Labs Director - reorg 2018.txt", "text", "en", D(2018, 7, 3), form="PLAIN",
    sup="line", supno=True, reps="wasnow", money="full", dstyle="long", feats=["rev"],
    wasnow=[("Research Manager, Comminution and Flotation", 7, "Research Manager, Mineral Processing"),
            ("Research Manager, Leaching", 6, "Research Manager, Hydrometallurgy"),
            ("Manager, Pilot Plant", 8, "Manager, Pilot Plant"),
            ("Manager, Analytical Services", 5, None)])
doc("D_GMI", "Directrice Innovation minière verte 2024.pdf", "pdf", "fr", D(2024, 2, 5), form="FR",
    sup="line", supno=False, reps="bullets", money="fr", dstyle="fr", feats=["rev", "sign"])
doc("ESSB", "ESSB DG work desc - scanned.txt", "ocr", "en", D(2021, 1, 18), form="A", sup="fields3",
    supno=True, reps="lines", money="full", dstyle="long", feats=["class", "sign"], damage="middling",
    classhist=[(D(2010, 2, 1), "New position", None, "EX-01"),
               (D(2019, 6, 10), "Reclassification (upward)", "EX-01", "EX-02")])
doc("D_ERD", "Director Explosives Regulatory Division 2018.docx", "docx", "en", D(2018, 10, 1), form="A",
    sup="fields3", supno=True, reps="table", money="full", dstyle="long", feats=["sign"],
    ov=dict(om=495000, reports=[("Manager, Licensing and Authorization", None, "PC-04", 8),
                                ("Manager, Regulatory Development", None, "EC-06", 4),
                                ("Chief, Fireworks and Pyrotechnics", None, "PC-03", 3)]))
doc("D_ERD", "Directrice, Réglementation des explosifs (2021).txt", "text-cp1252", "fr", D(2021, 4, 12),
    form="FR", sup="fields3", supno=True, reps="lines", money="fr", dstyle="fr", feats=["log"])
doc("D_CRL", "CERL Director.md", "markdown", "en", D(2016, 5, 30), form="MD", sup="fields3", supno=False,
    reps="bullets", money="full", dstyle="long", feats=["rev"])
doc("D_ECI", "Directeur Conformité et inspection des explosifs.docx", "docx", "fr", D(2020, 12, 7),
    form="FR", sup="fields3", supno=True, reps="table", money="fr", dstyle="fr", feats=["strike", "sign"],
    strike={"loc": "Ottawa (Ontario)", "fte": 18})
doc("SMS", "Sector Management and Planning Director 2016 (scan).txt", "ocr", "en", D(2016, 8, 15), form="A",
    sup="fields3", supno=True, reps="lines", money="full", dstyle="long", feats=["sign"], damage="middling",
    ov=dict(title_en="Director, Sector Management and Planning", level="EX-01", number="40790", job="300209",
            om=610000, reports=[("Manager, Planning and Reporting", None, "EC-06", 6),
                                ("Manager, Finance", None, "FI-03", 8),
                                ("Manager, Human Resources Planning", None, "AS-06", 4),
                                ("Manager, Parliamentary Affairs", None, "EC-05", 4)]))
doc("SMS", "ED Sector Management Services - 2022 reorg.docx", "docx", "en", D(2022, 1, 10), form="B",
    sup="fields3", supno=True, reps="wasnow", money="full", dstyle="long", feats=["strike", "class", "rev"],
    strike={"number": "40790", "title": "Director, Sector Management and Planning"},
    classhist=[(D(2016, 8, 2), "Classification of new work description", None, "EX-01"),
               (D(2021, 12, 13), "Reclassification (upward) and renumbering (was 40790)", "EX-01", "EX-02")],
    wasnow=[("Manager, Parliamentary Affairs", 4, "Director, Planning and Operations"),
            ("Manager, Planning and Reporting", 6, "Director, Sector Science Policy"),
            ("Manager, Finance", 8, "Director, Finance and Business Planning"),
            ("Manager, Human Resources Planning", 4, "Director, Sector Workforce and Workplace")])
doc("D_PO", "Dir Planning & Operations 2023.txt", "text", "en", D(2023, 6, 5), form="PLAIN", sup="line",
    supno=True, reps="bullets", money="full", dstyle="long", feats=["log"])
doc("D_SSP", "Sector Science Policy Director - Directeur Politique scientifique.docx", "docx", "bilingual",
    D(2022, 3, 1), form="BI", sup="fields3", supno=True, reps="table", money="full", dstyle="iso",
    feats=["sign", "rev"])
doc("D_FBP", "Director Finance and Business Planning, signed.pdf", "pdf", "en", D(2022, 5, 16), form="B",
    sup="fields3", supno=True, reps="table", money="full", dstyle="long", feats=["sign"], total=False)
doc("D_SWW", "Directrice Effectif et milieu de travail 2024.txt", "text", "fr", D(2024, 9, 9), form="FR",
    sup="line", supno=True, reps="lines", money="fr", dstyle="iso", feats=["rev", "sign"])
doc("IND", "Sr Director Indigenous Partnerships (Winnipeg).md", "markdown", "en", D(2023, 11, 6), form="MD",
    sup="fields3", supno=True, reps="bullets", money="full", dstyle="long", feats=["class", "log"],
    classhist=[(D(2019, 4, 15), "New position", None, "EX-01"),
               (D(2023, 10, 2), "Reclassification (upward)", "EX-01", "EX-02")])


# ---------------------------------------------------------------- a position as a document states it

HIST = {  # values before a decision date
    "DGMMP": [(D(2017, 10, 30), {"level": "EX-02"})],
    "ESSB": [(D(2019, 6, 10), {"level": "EX-01"})],
    "CANMET": [(D(2014, 3, 31), {"level": "EX-02"})],
    "SG": [(D(2012, 1, 9), {"level": "EX-02"})],
    "SMS": [(D(2021, 12, 13), {"level": "EX-01", "title_en": "Director, Sector Management and Planning",
                               "title_fr": "Directeur, Gestion et planification du secteur",
                               "number": "40790", "job": "300209"})],
    "D_CMC": [(D(2023, 2, 28), {"level": "EX-01", "job": "300148"})],
    "IND": [(D(2023, 10, 2), {"level": "EX-01"})],
}


def state(key, date, ov=None):
    """The position as it stood at `date`: base values, earlier decisions, the document's overrides."""
    if key == "DM":
        return dict(title_en="Deputy Minister", title_fr="Sous-ministre", level=None, number=None)
    s = dict(P[key])
    for until, vals in HIST.get(key, []):
        if date < until:
            s.update(vals)
    if ov is None:  # a supervisor's or a report's state: its latest document up to that date
        best = None
        for d in DOCS:
            if d["key"] == key and d["date"] <= date:
                best = d
        ov = (best.get("ov") or {}) if best else {}
        ov = {k: v for k, v in ov.items() if k in ("reports", "om")}
    s.update(ov)
    if "reports" in ov:
        reps = ov["reports"]
    else:
        reps = []
        for c in CHILDREN.get(key, []):
            cs = state(c, date)
            reps.append((cs["title_en"], cs["title_fr"], cs["level"], cs["fte"]))
        reps += list(P[key]["reports"])
    s["reps"] = reps
    s["fte"] = sum(r[3] for r in reps) + P[key]["extra_fte"]
    s["salary"] = salary_of(s["fte"], P[key]["salary_per"], key)
    s["total"] = s["salary"] + s["om"]
    return s


# ---------------------------------------------------------------- labels

L = {
    "en": dict(ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE", ns="NATURE AND SCOPE",
               dim="DIMENSIONS", sa="SPECIFIC ACCOUNTABILITIES", cert="CERTIFICATION",
               rev="REVISION HISTORY", sign="APPROVALS", cls="CLASSIFICATION ACTION HISTORY",
               log="CHANGE LOG", fte="FTEs", sal="Salary", om="O&M", tot="Total"),
    "fr": dict(ga="RESPONSABILITÉ GÉNÉRALE", org="STRUCTURE ORGANISATIONNELLE", ns="NATURE ET ÉTENDUE",
               dim="DIMENSIONS", sa="RESPONSABILITÉS SPÉCIFIQUES", cert="ATTESTATION",
               rev="HISTORIQUE DES RÉVISIONS", sign="APPROBATIONS", cls="HISTORIQUE DES MESURES DE CLASSIFICATION",
               log="JOURNAL DES MODIFICATIONS", fte="ETP", sal="Salaires", om="F et E", tot="Total"),
}
L["bilingual"] = {k: f"{L['en'][k]} / {L['fr'][k]}" for k in L["en"]}
L["bilingual"].update(fte="FTEs / ETP", sal="Salary / Salaires", om="O&M / F et E", tot="Total")


def t_(s, lang):
    """The title in the document's language."""
    if lang == "fr":
        return s["title_fr"] or s["title_en"]
    return s["title_en"]


def strike_or(spec, field, new, fmt=lambda x: x):
    st = spec.get("strike", {})
    if field in st and st[field] is not None:
        return Strike(fmt(st[field]), fmt(new))
    return fmt(new)


def build(spec, rng):
    """Blocks of the document and its truth."""
    key, lang, date, form = spec["key"], spec["lang"], spec["date"], spec["form"]
    ov = spec.get("ov") or {}
    s = state(key, date, ov)
    sup = state(P[key]["sup"], date) if P[key]["sup"] != "DM" else state("DM", date)
    draft = spec.get("draft", False)
    has_job = spec.get("job", True)
    has_total = spec.get("total", True)
    supno = spec.get("supno") and sup["number"] is not None
    ds, ms, cs = spec["dstyle"], spec["money"], spec.get("cstyle", "dash")
    people = []
    lab = L[lang]
    ln = "fr" if lang == "fr" else "en"

    def name():
        n = new_name()
        people.append(n)
        return n

    def M(v):
        return money(v, ms)

    def C(c):
        return cls_fmt(c, cs) if c else c

    def Dt(d):
        return fdate(d, ds)

    title = t_(s, lang)
    sup_title = t_(sup, lang)
    blocks = []
    # header
    heads = {"A": "EXECUTIVE GROUP POSITION DESCRIPTION", "B": "Executive Work Description",
             "MD": "Executive Work Description", "PLAIN": "WORK DESCRIPTION - EXECUTIVE GROUP",
             "FR": "DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)",
             "BI": "Executive Work Description / Description de travail – Direction (EX)"}
    dept = T.DEPT_FR if lang == "fr" else T.DEPT_EN
    blocks.append(("title", f"{dept} – {T.SECTOR_FR if lang == 'fr' else T.SECTOR_EN}"
                   if form != "BI" else f"{T.DEPT_EN} / {T.DEPT_FR}"))
    blocks.append(("title2", heads[form] + (" – DRAFT / ÉBAUCHE" if draft and lang == "bilingual"
                                            else " – DRAFT" if draft else "")))
    title_v = strike_or(spec, "title", title)
    level_v = strike_or(spec, "level", s["level"], C)
    if spec.get("cls_in_history_only"):
        level_v = "See Classification Action History below"
    job_v = strike_or(spec, "job", s["job"])
    num_v = strike_or(spec, "number", s["number"])
    if draft:
        num_v = "To be assigned"
    eff_v = "Upon approval" if draft else Dt(date)
    loc = s["loc_fr"] if lang == "fr" else s["loc_en"]
    loc_v = strike_or(spec, "loc", loc)
    stsup = spec.get("strike", {}).get("sup")
    sup_title_v = Strike(stsup[0], sup_title) if stsup else sup_title
    sup_cls_v = C(sup["level"]) if sup["level"] else None
    if stsup and stsup[1]:
        sup_cls_v = Strike(C(stsup[1]), C(sup["level"]))
    fields = []
    lbl = {
        "A": ["Position Title", "Position Number", "Job Code", "Group/Level", "Effective Date", "Department",
              "Sector", "Location", "Supervisor Position Title", "Supervisor Position Number",
              "Supervisor Group/Level", "Reports to"],
        "B": ["Position title", "Position number", "Job code", "Group and level", "Effective date",
              "Department", "Sector", "Geographic location", "Supervisor's position title",
              "Supervisor's position number", "Supervisor's group and level", "Reports to"],
        "MD": ["Position Title", "Position Number", "Job Code", "Classification", "Effective Date",
               "Department", "Sector", "Geographic Location", "Supervisor's Position Title",
               "Supervisor's Position No.", "Supervisor's Classification", "Reports to"],
        "PLAIN": ["Title", "Position No.", "Job Code", "Classification", "Effective", "Department", "Sector",
                  "Location", "Supervisor", "Supervisor position", "Supervisor level", "Reports to"],
        "FR": ["Titre du poste", "Numéro du poste", "Code d'emploi", "Groupe et niveau",
               "Date d'entrée en vigueur", "Ministère", "Secteur", "Lieu de travail",
               "Titre du poste du superviseur", "Numéro de poste du superviseur", "Groupe et niveau du superviseur",
               "Relève de"],
        "BI": ["Position title / Titre du poste", "Position number / Numéro de poste", "Job code / Code d'emploi",
               "Group and level / Groupe et niveau", "Effective date / Date d'entrée en vigueur",
               "Department / Ministère", "Sector / Secteur", "Location / Lieu de travail",
               "Supervisor's title / Titre du superviseur", "Supervisor's position number / Numéro de poste du superviseur",
               "Supervisor's group and level / Groupe et niveau du superviseur", "Reports to / Relève de"],
    }[form]
    fields.append((lbl[0], title_v))
    if form == "BI":
        fields.append(("French title / Titre en français", s["title_fr"]))
    fields.append((lbl[1], num_v))
    if has_job:
        fields.append((lbl[2], job_v))
    fields.append((lbl[3], level_v))
    fields.append((lbl[4], eff_v))
    fields.append((lbl[5], dept if form != "BI" else f"{T.DEPT_EN} / {T.DEPT_FR}"))
    fields.append((lbl[6], (T.SECTOR_FR if lang == "fr" else T.SECTOR_EN) if form != "BI"
                   else f"{T.SECTOR_EN} / {T.SECTOR_FR}"))
    fields.append((lbl[7], loc_v))
    supmode = spec["sup"]
    if supmode == "fields3":
        fields.append((lbl[8], sup_title_v))
        if supno:
            fields.append((lbl[9], sup["number"]))
        if sup_cls_v:
            fields.append((lbl[10], sup_cls_v))
    elif supmode == "line":
        parts = sup_title_v if isinstance(sup_title_v, Strike) else None
        txt = sup_title
        if sup["level"]:
            txt += f" ({C(sup['level'])})"
        if supno:
            txt += f", poste no {sup['number']}" if lang == "fr" else f", position no. {sup['number']}"
        if parts:
            fields.append((lbl[11], Strike(parts.old, txt)))
        else:
            fields.append((lbl[11], txt))
    incumbent = None
    if form in ("A", "FR", "PLAIN") and rng.random() < 0.6 and not draft:
        incumbent = name()
        fields.append(("Titulaire" if lang == "fr" else "Incumbent", incumbent))
    blocks.append(("fields", fields))

    # classification history near the top
    if "class" in spec["feats"]:
        blocks.append(("h", lab["cls"]))
        hdr = (["Date", "Mesure", "De", "À", "No de dossier", "Décision de"] if lang == "fr" else
               ["Date", "Action", "From", "To", "File no.", "Decided by"])
        rows = []
        for i, (d, act, a, b) in enumerate(spec["classhist"]):
            rows.append([Dt(d), act, C(a) if a else "—", C(b), f"LMS-CL-{d.year}-{rng.randint(100, 999):04d}",
                         name()])
        blocks.append(("table", hdr, rows))
        if spec.get("cls_in_history_only"):
            blocks.append(("p", "The classification in force is the one resulting from the latest action above."))

    # revision table
    fte, sal, om, tot = s["fte"], s["salary"], s["om"], s["total"]
    if "rev" in spec["feats"]:
        blocks.append(("h", lab["rev"]))
        hdr = (["Version", "Date", "Auteur", "Description de la modification"] if lang == "fr" else
               ["Version", "Date", "Author", "Description of change"])
        y0 = date.year - rng.randint(3, 7)
        d0 = D(y0, rng.randint(1, 12), rng.randint(1, 27))
        d1 = D(date.year - 1 if date.year - 1 > y0 else y0, rng.randint(1, 12), rng.randint(1, 27))
        d2 = date - dt.timedelta(days=rng.randint(5, 40))
        old_fte = spec.get("strike", {}).get("fte") or fte - rng.randint(2, 6)
        old_sal = salary_of(old_fte, P[key]["salary_per"] * 0.93, key)
        if draft:
            rows = [["0.1", Dt(d2 - dt.timedelta(days=60)), name(), "First draft for discussion"],
                    ["0.2", Dt(d2 - dt.timedelta(days=21)), name(),
                     f"Comments from the {sup_title}; FTEs corrected from {old_fte} to {fte}"],
                    ["0.3", Dt(d2), name(), "Draft for classification review"]]
        elif lang == "fr":
            rows = [["1.0", Dt(d0), name(), "Description initiale"],
                    ["1.1", Dt(d1), name(), f"Mise à jour des dimensions : ETP de {old_fte} à {fte}; salaires "
                                            f"de {money(old_sal, 'fr')} à {money(sal, 'fr')}"],
                    ["2.0", Dt(d2), name(), "Mise à jour selon la structure actuelle; approuvée"]]
        else:
            rows = [["1.0", Dt(d0), name(), "Original work description"],
                    ["1.1", Dt(d1), name(), f"Dimensions updated: FTEs {old_fte} to {fte}; salary "
                                            f"{money(old_sal, 'full')} to {money(sal, 'full')}"],
                    ["2.0", Dt(d2), name(), "Updated to reflect the current organization; approved"]]
        blocks.append(("table", hdr, rows))

    # general accountability
    mand_en, mand_fr = P[key]["mandate_en"], P[key]["mandate_fr"] or P[key]["mandate_en"]
    blocks.append(("h", lab["ga"]))
    if lang in ("en", "bilingual"):
        blocks.append(("p", T.GA_EN.format(t=s["title_en"], m=mand_en)))
    if lang in ("fr", "bilingual"):
        blocks.append(("p", T.GA_FR.format(t=s["title_fr"] or s["title_en"], m=mand_fr)))

    # organization
    blocks.append(("h", lab["org"]))
    if supmode == "sentence":
        txt = f"The {title} reports to the {sup_title}"
        if sup["level"]:
            txt += f" ({C(sup['level'])})"
        if supno:
            txt += f", position {sup['number']}"
        blocks.append(("p", txt + "."))
    reps = s["reps"]
    if lang == "fr":
        blocks.append(("p", f"Les postes suivants relèvent directement du titulaire ({len(reps)}) :"))
    else:
        blocks.append(("p", f"The following {len(reps)} positions report directly to the {s['title_en']}:"))

    def rt(r):
        return (r[1] or r[0]) if lang == "fr" else r[0]

    def fte_s(n):
        n = f"{n:g}"
        return f"{n} ETP" if lang == "fr" else f"{n} FTEs"
    rmode = spec["reps"]
    st = spec.get("strike", {})
    if rmode == "bullets":
        blocks.append(("bullets", [f"{rt(r)} ({C(r[2])}, {fte_s(r[3])})" for r in reps]))
    elif rmode == "lines":
        blocks.append(("plain", [f"{C(r[2])} - {rt(r)} ({fte_s(r[3])})" for r in reps]))
    elif rmode == "table":
        hdr = (["Poste", "Groupe et niveau", "ETP"] if lang == "fr" else
               ["Position", "Group and level", "FTEs"] if lang == "en" else
               ["Position / Poste", "Group and level / Groupe et niveau", "FTEs / ETP"])
        blocks.append(("table", hdr, [[rt(r), C(r[2]), f"{r[3]:g}"] for r in reps]))
    elif rmode == "wasnow":
        hdr = ["Was (before reorganization)", "Now (current)", "Group and level", "FTEs (was)", "FTEs (now)"]
        rows = []
        now = {r[0]: r for r in reps}
        for was, fw, nw in spec["wasnow"]:
            if nw is None:
                rows.append([was, "Abolished – functions transferred", "—", f"{fw}", "0"])
            else:
                r = now[nw]
                rows.append([was or "— (new unit)", nw, C(r[2]), f"{fw}" if fw is not None else "—", f"{r[3]:g}"])
        blocks.append(("table", hdr, rows))
    blocks.append(("h", lab["dim"]))
    dims = [(lab["fte"], strike_or(spec, "fte", fte, lambda x: f"{x:g}")),
            (lab["sal"], strike_or(spec, "salary", sal, M)),
            (lab["om"], strike_or(spec, "om", om, M))]
    if has_total:
        dims.append((lab["tot"], strike_or(spec, "total", tot, M)))
    blocks.append(("fields", dims))

    blocks.append(("h", lab["ns"]))
    sec = T.SECTOR_EN
    if lang in ("en", "bilingual"):
        for para in T.NS_EN:
            blocks.append(("p", para.format(s=sec)))
    if lang in ("fr", "bilingual"):
        for para in T.NS_FR:
            blocks.append(("p", para.format(s=T.SECTOR_FR)))
    blocks.append(("h", lab["sa"]))
    if lang in ("en", "bilingual"):
        blocks.append(("num", [x.format(m=mand_en, sup=sup["title_en"]) for x in T.SA_EN]))
    if lang in ("fr", "bilingual"):
        blocks.append(("num", [x.format(m=mand_fr, sup=sup["title_fr"] or sup["title_en"]) for x in T.SA_FR]))

    if "log" in spec["feats"]:
        blocks.append(("h", lab["log"]))
        items = []
        d0 = date - dt.timedelta(days=rng.randint(400, 900))
        if lang == "fr":
            items.append(f"{fdate(d0, 'iso')} – Version initiale approuvée ({name()})")
            if "fte" in st:
                items.append(f"{fdate(date - dt.timedelta(days=30), 'iso')} – ETP révisés de {st['fte']} à {fte} "
                             f"({name()})")
            items.append(f"{fdate(date, 'iso')} – Dimensions mises à jour; la version précédente est "
                         f"remplacée ({name()})")
        else:
            items.append(f"{fdate(d0, 'iso')} - Original version approved ({name()})")
            if "title" in st:
                items.append(f"{fdate(date - dt.timedelta(days=45), 'iso')} - Title changed from "
                             f"\"{st['title']}\" to \"{s['title_en']}\" ({name()})")
            if "fte" in st:
                items.append(f"{fdate(date - dt.timedelta(days=30), 'iso')} - FTEs revised from {st['fte']} "
                             f"to {fte} ({name()})")
            items.append(f"{fdate(date, 'iso')} - Dimensions updated to the current fiscal year; this version "
                         f"supersedes all previous versions ({name()})")
        blocks.append(("bullets", items))

    # certification / approvals
    blocks.append(("h", lab["cert"]))
    if lang == "fr":
        blocks.append(("p", "Les énoncés ci-dessus décrivent avec exactitude les fonctions du poste."))
    else:
        blocks.append(("p", "The foregoing is an accurate statement of the duties assigned to the position."))
    if "sign" in spec["feats"] and not draft:
        supname, apname, clname, prep = name(), name(), name(), name()
        apt = state(P[P[key]["sup"]]["sup"], date) if P[key]["sup"] not in ("DM", "ADM") else None
        aptitle = t_(apt, lang) if apt else ("Sous-ministre" if lang == "fr" else "Deputy Minister")
        if lang == "fr":
            hdr = ["Rôle", "Nom", "Titre", "Signature", "Date"]
            rows = [["Préparé par", prep, "Conseillère en organisation et classification", "", Dt(date - dt.timedelta(days=20))],
                    ["Recommandé par", supname, sup_title, "(signé)", Dt(date - dt.timedelta(days=9))],
                    ["Approuvé par", apname, aptitle, "(signé)", Dt(date - dt.timedelta(days=2))],
                    ["Classifié par", clname, "Conseiller principal en classification", "(signé)", Dt(date)]]
        else:
            hdr = ["Role", "Name", "Title", "Signature", "Date"]
            rows = [["Prepared by", prep, "Organization and Classification Advisor", "", Dt(date - dt.timedelta(days=20))],
                    ["Recommended by", supname, sup_title, "(signed)", Dt(date - dt.timedelta(days=9))],
                    ["Approved by", apname, aptitle, "(signed)", Dt(date - dt.timedelta(days=2))],
                    ["Classified by", clname, "Senior Classification Advisor", "(signed)", Dt(date)]]
        blocks.append(("h", lab["sign"]))
        blocks.append(("table", hdr, rows))
    elif draft:
        blocks.append(("p", f"Prepared by: {name()}, Organization and Classification Advisor"))

    # truth
    fields_t = dict(
        title=title, classification=s["level"], job_code=s["job"] if has_job else None,
        position_number=None if draft else s["number"], effective_date=None if draft else date,
        supervisor=dict(position_number=sup["number"] if supno else None, title=sup_title,
                        classification=sup["level"]),
        direct_reports=[dict(title=rt(r), classification=r[2], fte=r[3]) for r in reps] or None,
        salary=sal, o_and_m=om, total=tot if has_total else None, location=loc)
    ns = []
    for k in ("job_code", "position_number", "effective_date", "total"):
        if fields_t[k] is None:
            ns.append(k)
    for k in ("position_number", "classification"):
        if fields_t["supervisor"][k] is None:
            ns.append("supervisor." + k)
    also = {"department": T.DEPT_FR if lang == "fr" else T.DEPT_EN,
            "sector": T.SECTOR_FR if lang == "fr" else T.SECTOR_EN, "fte": fte,
            "form": heads[form]}
    if lang == "bilingual":
        also["title_fr"] = s["title_fr"]
    if lang == "fr":
        also["title_en"] = s["title_en"]
    if incumbent:
        also["incumbent_printed"] = True
    hist = []
    if "rev" in spec["feats"]:
        hist.append("revision table (version, date, author, change) quoting former FTEs and salary")
    if "sign" in spec["feats"] and not draft:
        hist.append("approval grid with names, titles and dates")
    if "class" in spec["feats"]:
        hist.append("classification action history (from/to levels, file numbers, decided by)")
    if "log" in spec["feats"]:
        hist.append("change log at the end")
    if st:
        hist.append("former values shown struck (Word, Markdown) or bracketed (text): "
                    + ", ".join(f"{k} was {v[0] if isinstance(v, tuple) else v}" for k, v in st.items()))
    if rmode == "wasnow":
        hist.append("direct reports in was/now columns; the truth is the 'now' column, abolished units left out")
    if spec.get("cls_in_history_only"):
        hist.append("classification given only by the classification action history")
    also["history"] = hist
    return blocks, fields_t, ns, also, people


# ---------------------------------------------------------------- renderers

def plain(v, lang):
    if isinstance(v, Strike):
        return f"{v.new} ({'auparavant' if lang == 'fr' else 'previously'} {v.old})"
    return "" if v is None else str(v)


def text_table(hdr, rows, lang, sep="  "):
    rows = [[plain(c, lang) for c in r] for r in rows]
    w = [max(len(x) for x in col) for col in zip(hdr, *rows)]
    out = [sep.join(h.ljust(w[i]) for i, h in enumerate(hdr)).rstrip()]
    out.append(sep.join("-" * w[i] for i in range(len(hdr))))
    for r in rows:
        out.append(sep.join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
    return out


def wrap(text, width):
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return out


def to_text(blocks, lang, width=96, colon=": "):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "title2"):
            out += [b[1].upper() if k == "title2" else b[1], ""]
        elif k == "h":
            out += ["", b[1].upper(), ""]
        elif k == "fields":
            fr = lang == "fr"
            for lab, v in b[1]:
                out.append(f"{lab}{' : ' if fr else colon}{plain(v, lang)}")
        elif k == "p":
            out += wrap(b[1], width) + [""]
        elif k == "bullets":
            for x in b[1]:
                w = wrap(x, width - 2)
                out += ["- " + w[0]] + ["  " + y for y in w[1:]]
            out.append("")
        elif k == "plain":
            out += b[1] + [""]
        elif k == "num":
            for i, x in enumerate(b[1], 1):
                w = wrap(x, width - 4)
                out += [f"{i}.  " + w[0]] + ["    " + y for y in w[1:]]
            out.append("")
        elif k == "table":
            out += text_table(b[1], b[2], lang) + [""]
    while out and out[-1] == "":
        out.pop()
    return out


def to_markdown(blocks, lang):
    out = []

    def mv(v):
        if isinstance(v, Strike):
            return f"~~{v.old}~~ {v.new}"
        return "" if v is None else str(v)
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [f"# {b[1]}", ""]
        elif k == "title2":
            out += [f"## {b[1]}", ""]
        elif k == "h":
            out += [f"## {b[1].capitalize() if lang != 'bilingual' else b[1]}", ""]
        elif k == "fields":
            out += [f"*   **{lab}{' :' if lang == 'fr' else ':'}** {mv(v)}" for lab, v in b[1]] + [""]
        elif k == "p":
            out += [b[1], ""]
        elif k in ("bullets", "plain"):
            out += [f"*   {x}" for x in b[1]] + [""]
        elif k == "num":
            out += [f"{i}.  {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "|".join("---" for _ in b[1]) + "|")
            for r in b[2]:
                out.append("| " + " | ".join(mv(c) for c in r) + " |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)


def to_docx(blocks, lang, draft=False):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "LMS HR"
    cp.last_modified_by = "LMS HR"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)

    def put(par, v):
        if isinstance(v, Strike):
            r = par.add_run(str(v.old))
            r.font.strike = True
            par.add_run(" " + str(v.new))
        else:
            par.add_run("" if v is None else str(v))
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "title2":
            d.add_heading(b[1], level=2)
        elif k == "h":
            d.add_heading(b[1].capitalize() if lang != "bilingual" else b[1], level=2)
        elif k == "fields":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, v in b[1]:
                row = t.add_row().cells
                row[0].paragraphs[0].add_run(lab).bold = True
                put(row[1].paragraphs[0], v)
            d.add_paragraph()
        elif k == "p":
            d.add_paragraph(b[1])
        elif k in ("bullets", "plain"):
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif k == "num":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
            for r in b[2]:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    put(cells[i].paragraphs[0], c)
            d.add_paragraph()
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def to_pdf(lines, footer, per_page=64):
    pages = []
    body = per_page - 2
    chunks = [lines[i:i + body] for i in range(0, len(lines), body)] or [[]]
    n = len(chunks)
    for i, ch in enumerate(chunks, 1):
        pages.append("\n".join(ch + ["", f"{footer}    Page {i} of {n}"]))
    return pdf_bytes(pages)


# ---------------------------------------------------------------- OCR damage

DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}
DIGIT_ALT = {"1": "l", "0": "o", "6": "b", "2": "Z"}
CONF = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("d", "cl"), ("h", "b"), ("u", "v"),
        ("o", "a"), ("t", "f"), ("cl", "d"), ("é", "e"), ("è", "e"), ("ti", "ll"), ("a", "e")]
STRENGTH = {"light": (0.10, 0.015, 0.006), "middling": (0.25, 0.04, 0.015), "heavy": (0.45, 0.08, 0.03)}


def damage(text: str, strength: str, rng: random.Random, protect=()) -> str:
    pd, pl, pj = STRENGTH[strength]
    marks = {}
    for i, n in enumerate(sorted(set(protect), key=len, reverse=True)):
        tok = f"\x01{i}\x02"
        marks[tok] = n
        text = text.replace(n, tok)
    out = []
    for tok in re.split(r"( +|\n)", text):
        if not tok or tok.isspace() or "\x01" in tok:
            out.append(tok)
            continue
        if any(c.isdigit() for c in tok):
            chars = list(tok)
            for j, c in enumerate(chars):
                if c in DIGIT and rng.random() < pd:
                    chars[j] = DIGIT[c] if rng.random() < 0.8 else DIGIT_ALT.get(c, DIGIT[c])
            tok = "".join(chars)
        elif len(tok) > 3 and rng.random() < pl * 3:
            a, b = CONF[rng.randrange(len(CONF))]
            idx = tok.find(a, 1)
            if idx > 0:
                tok = tok[:idx] + b + tok[idx + len(a):]
        out.append(tok)
    # words run together
    res = []
    for tok in out:
        if tok == " " and rng.random() < pj and res and "\x01" not in res[-1]:
            continue
        res.append(tok)
    text = "".join(res)
    for tok, n in marks.items():
        text = text.replace(tok, n)
    return text


def ocr_pages(lines, strength, rng, protect, header, width=76, per_page=52):
    text = "\n".join(lines)
    text = damage(text, strength, rng, protect)
    wrapped = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut < width // 2:
                cut = width - 1
                wrapped.append(line[:cut] + "-")
                line = line[cut:]
            else:
                # hyphenate the next word sometimes
                nxt = line[cut + 1:].split(" ", 1)[0]
                if len(nxt) > 7 and nxt.isalpha() and rng.random() < 0.4 and cut + 1 + 4 < width:
                    k = rng.randint(3, len(nxt) - 3)
                    wrapped.append(line[:cut + 1] + nxt[:k] + "-")
                    line = line[cut + 1 + k:]
                else:
                    wrapped.append(line[:cut])
                    line = line[cut + 1:]
        wrapped.append(line)
    pages = [wrapped[i:i + per_page] for i in range(0, len(wrapped), per_page)]
    out = []
    for i, pg in enumerate(pages, 1):
        if i > 1 and header:
            out += [header, ""]
        out += pg
        out += ["", f"- {i} -" if header else f"{i}", ""]
    return "\n".join(out)


def ocr_columns(left, right, strength, rng, protect):
    """Two columns of a page read across, line by line."""
    lw = 44
    L_ = []
    for x in left:
        L_ += wrap(x, lw) if x else [""]
    R_ = []
    for x in right:
        R_ += wrap(x, 40) if x else [""]
    n = max(len(L_), len(R_))
    L_ += [""] * (n - len(L_))
    R_ += [""] * (n - len(R_))
    lines = [(a.ljust(lw + 3) + b).rstrip() for a, b in zip(L_, R_)]
    return damage("\n".join(lines), strength, rng, protect) + "\n"


# ---------------------------------------------------------------- documents to refuse

def refusals(rng):
    out = []  # (file, kind, lang, bytes, people, also)
    # 1. a classification decision record (Word)
    n = [new_name() for _ in range(4)]
    blocks = [("title", "Natural Resources Canada – Lands and Minerals Sector"),
              ("title2", "CLASSIFICATION DECISION RECORD"),
              ("fields", [("File no.", "LMS-CL-2023-0417"), ("Position number", "40231"),
                          ("Position title", "Director, Critical Minerals Centre of Excellence"),
                          ("Current classification", "EX-01"), ("Decision", "EX-02"),
                          ("Effective date of decision", "March 1, 2023"), ("Request from", n[0])]),
              ("h", "RATIONALE"),
              ("p", "The committee evaluated the revised work description against the Executive Group "
                    "Position Evaluation Plan. The expansion of the Centre's mandate under the Critical Minerals "
                    "Strategy, the addition of a subordinate director and the growth of the program budget "
                    "support a rating in the EX-02 band."),
              ("table", ["Factor", "Previous rating", "New rating"],
               [["Know-how", "F II 3", "F III 3"], ["Problem solving", "E 4 (57%)", "F 4 (66%)"],
                ["Accountability", "E 3 P", "F 3 P"], ["Total points", "1,056", "1,330"]]),
              ("h", "COMMITTEE"),
              ("table", ["Member", "Role"], [[n[1], "Chair, Senior Classification Advisor"],
                                             [n[2], "Classification Advisor"], [n[3], "Executive Group Services"]]),
              ("p", "This record is not a work description. The approved work description is filed separately.")]
    out.append(("Classification decision record - Critical Minerals CoE, EX-02.docx", "docx", "en",
                to_docx(blocks, "en"), n, {"what": "a classification decision record (rating, committee) for "
                                           "position 40231; not a work description"}))
    # 2. a French letter offering an acting appointment (PDF)
    n = [new_name(), new_name()]
    letter = f"""Ressources naturelles Canada
Secteur des terres et des minéraux
580, rue Booth, Ottawa (Ontario)

Le 14 mars 2023

{n[0]}
Ottawa (Ontario)

Objet : Offre de nomination intérimaire – Directeur, Levés géodésiques (EX-01), poste 40417

Madame,

J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directeur, Levés géodésiques,
classifié EX-01, poste no 40417, au Centre canadien de cartographie et d'observation de la Terre,
du 3 avril 2023 au 29 septembre 2023.

Votre rémunération sera établie dans l'échelle salariale EX-01 (de 131 788 $ à 155 036 $) conformément
à la Directive sur les conditions d'emploi pour les cadres. Les autres conditions de votre emploi
demeurent inchangées.

Veuillez signer et retourner une copie de la présente lettre d'ici le 24 mars 2023.

Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.

{n[1]}
Directeur général, Centre canadien de cartographie et d'observation de la Terre

J'accepte l'offre ci-dessus : ____________________  Date : __________
"""
    out.append(("Lettre d'offre - intérim EX-01 Levés géodésiques.pdf", "pdf", "fr",
                pdf_bytes([letter]), n, {"what": "a letter offering an acting EX-01 appointment to position 40417"}))
    # 3. minutes of the EX classification committee (cp1252, CRLF)
    n = [new_name() for _ in range(5)]
    minutes = f"""LANDS AND MINERALS SECTOR – EX CLASSIFICATION COMMITTEE
Record of decisions – meeting of February 28, 2023

Present: {n[0]} (Chair), {n[1]}, {n[2]}, {n[3]}
Secretary: {n[4]}

1. Director, Critical Minerals Centre of Excellence (position 40231)
   The committee reviewed the revised work description. Decision: reclassification from EX-01 to EX-02,
   effective March 1, 2023. The “Total” in the dimensions ($4,964,000) was verified against the Sector’s
   budget.

2. Senior Director, Indigenous Partnerships and Engagement (position 40900)
   The work description is returned for revision: the direct reports’ FTEs do not match the unit’s
   total. To be resubmitted at the next meeting.

3. Director, Geodetic Survey (position 40417)
   Editorial update only; the classification EX-01 is confirmed. No further action.

4. Next meeting: April 25, 2023.

Action items
- {n[4]} to send decision letters by March 3.
- Branch HR to file the approved work descriptions in the Sector’s repository.
"""
    out.append(("EX classification committee - record of decisions 2023-02-28.txt", "text-cp1252", "en",
                minutes.replace("\n", "\r\n").encode("cp1252"), n,
                {"what": "a committee's record of decisions naming positions, levels and a budget figure"}))
    # 4. the sector's bilingual org chart, OCR'd
    chart = [
        "SECTEUR DES TERRES ET DES MINÉRAUX / LANDS AND MINERALS SECTOR",
        "Organigramme / Organization Chart - 2022-04-01",
        "",
        "                 Sous-ministre adjoint / Assistant Deputy Minister",
        "                                 EX-05",
        "     |                |                 |                 |                  |",
        "DG Politique des    Arpenteur général   DG CCCOT /        DG CGC /           DG CanmetMINES /",
        "minéraux et des     / Surveyor General  DG CCMEO          DG GSC             CanmetMINING",
        "métaux / DG MMPB    EX-03               EX-03             EX-03              EX-03",
        "EX-03",
        "     |                                  |",
        "DG Sécurité des     Directeur exécutif, Services de gestion du secteur /",
        "explosifs / DG ESSB Executive Director, Sector Management Services  EX-02",
        "EX-02",
        "",
        "Directeur principal, Partenariats autochtones / Senior Director, Indigenous Partnerships EX-02",
        "",
        "Effectif total / Total FTEs : 1 152",
        "Préparé par / Prepared by: Sector Planning",
    ]
    text = damage("\n".join(chart), "middling", rng) + "\n"
    out.append(("Organigramme STM - LMS org chart 2022 (scan).txt", "ocr", "bilingual", text.encode("utf-8"), [],
                {"what": "the sector's organization chart: titles and levels in boxes, no description"}))
    # 5. a scan without a text layer
    out.append(("Scan_20190611_0042.pdf", "pdf", "en", pdf_bytes(["", ""]), [],
                {"what": "a two-page scan without a text layer (unreadable)"}))
    return out


# ---------------------------------------------------------------- writing

NOTES = {
    "D_CMC": "2019 plain text (EX-01, job code 300148, three reports); 2023 Word after the upward "
             "reclassification to EX-02 (job code 300276, four reports, one of them a director)",
    "D_GDI": "DRAFT Word file (no number, no date, O&M $1,180,000) then the signed PDF (number 40406, "
             "O&M $1,240,000)",
    "GSC": "2015 signed scan (five directors), 2020 Word after the reorganization (seven, was/now table), "
           "2024 PDF (seven, current FTEs)",
    "D_ERD": "2018 English Word file, 2021 French text with new dimensions (supervisor reclassified EX-01 to EX-02)",
    "SMS": "2016 scan of the Director, Sector Management and Planning (EX-01, position 40790, four managers); "
           "2022 Word of the Executive Director, Sector Management Services (EX-02, renumbered 40800, four "
           "directors in a was/now table)",
}


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rng = random.Random(1260)
    newest = {}
    bykey = {}
    for spec in DOCS:
        bykey.setdefault(spec["key"], []).append(spec)
        if spec["key"] not in newest or spec["date"] >= newest[spec["key"]]["date"]:
            newest[spec["key"]] = spec
    for spec in DOCS:
        drng = random.Random(f"{spec['file']}")
        blocks, fields, ns, also, people = build(spec, drng)
        kind, lang = spec["kind"], spec["lang"]
        footer = fields["title"][:60]
        if kind == "markdown":
            data = to_markdown(blocks, lang).encode("utf-8")
        elif kind == "text":
            data = ("\n".join(to_text(blocks, lang)) + "\n").encode("utf-8")
        elif kind == "text-cp1252":
            t = "\n".join(to_text(blocks, lang)) + "\n"
            t = re.sub(r"\"([^\"]*)\"", "\u201c\\1\u201d", t).replace("'", "\u2019")
            data = t.replace("\n", "\r\n").encode("cp1252")
        elif kind == "docx":
            data = to_docx(blocks, lang, spec.get("draft", False))
        elif kind == "pdf":
            data = to_pdf(to_text(blocks, lang, width=100), footer)
        elif kind == "ocr":
            lines = to_text(blocks, lang, width=72)
            header = f"{T.DEPT_EN if lang != 'fr' else T.DEPT_FR}    {footer}" if drng.random() < 0.7 else ""
            body = ocr_pages(lines, spec["damage"], drng, people, header)
            if spec["key"] == "GSC":
                body = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body
            data = body.encode("utf-8")
            also["damage"] = spec["damage"]
        elif kind == "ocr-columns":
            lines = to_text(blocks, lang, width=42)
            # left column: everything up to the nature and scope; right: the rest
            cut = next(i for i, x in enumerate(lines) if x.strip() == L[lang]["ns"])
            data = ocr_columns(lines[:cut], lines[cut:], spec["damage"], drng, people).encode("utf-8")
            also["damage"] = spec["damage"]
            also["layout"] = "two columns read across line by line"
        else:
            raise ValueError(kind)
        (corpus / spec["file"]).write_bytes(data)
        sk = P[spec["key"]]["sup"]
        if sk in newest:
            also["reports_to_in_corpus"] = newest[sk]["file"]
        vers = None
        if len(bykey[spec["key"]]) > 1:
            docs = sorted(bykey[spec["key"]], key=lambda x: x["date"])
            vers = dict(documents=[x["file"] for x in docs], newest=docs[-1]["file"], same_text=False,
                        note=NOTES[spec["key"]])
        truth = dict(document=spec["file"], kind=kind, language=lang, outcome="import", fields=fields,
                     not_stated=ns, also=also, people=sorted(set(people), key=people.index), versions=vers)
        (expected / f"{spec['file']}.expected.yaml").write_text(
            yaml.safe_dump(truth, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
    for file, kind, lang, data, people, also in refusals(random.Random(1261)):
        (corpus / file).write_bytes(data)
        truth = dict(document=file, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=[],
                     also=also, people=people, versions=None)
        (expected / f"{file}.expected.yaml").write_text(
            yaml.safe_dump(truth, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


if __name__ == "__main__":
    main()
