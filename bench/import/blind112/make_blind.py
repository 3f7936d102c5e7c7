#!/usr/bin/env python3
"""Write the blind112 corpus: an Atlantic Canada executive folder (VAC, ACOA, DFO Maritimes and
Gulf, Service Canada Atlantic), EX-01 to EX-03, 2009-2024; OCR text, Word, PDF; English, French
and bilingual; a few documents to refuse.

    /work/main/.venv/bin/python bench/import/blind112/make_blind.py

Writes corpus/ and expected/ next to this file, byte for byte the same on every run.
"""
import datetime as dt
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from texts import CITIES, DEPTS, DOMAINS, FIRST, LAST, POSITIONS  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

SEED = 112_2026
POS = {p[0]: p for p in POSITIONS}
VERSIONED = {"V1", "A1", "A5", "D1", "S1", "S2", "D5", "V6"}

# ----------------------------------------------------------------------------------------------
# The folder: (file name, position, kind, language, year, options)
# kind: ocr, ocr-columns, docx, pdf, markdown, text-cp1252
DOCS = [
    # several versions of a position
    ("Director, Disability Benefits Operations 2010.txt", "V1", "ocr", "en", 2010, {"fmt": "oneline", "dmg": 2}),
    ("Director Disability Benefits Ops - revised 2019.docx", "V1", "docx", "en", 2019, {"rev": 1}),
    ("DG Programs - DRAFT v2.docx", "A1", "docx", "en", 2016, {}),
    ("DG Programs - signed.txt", "A1", "ocr", "en", 2016, {"same_as": "DG Programs - DRAFT v2.docx", "fmt": "wrapped", "dmg": 1}),
    ("Directeur, Développement des collectivités ÎPÉ 2012.txt", "A5", "ocr", "fr", 2012, {"fmt": "pages", "dmg": 2}),
    ("Director Community Development PEI - bilingual 2021.docx", "A5", "docx", "bilingual", 2021, {"rev": 1}),
    ("DR Gestion des pêches Golfe - FINAL.docx", "D1", "docx", "fr", 2018, {}),
    ("DR Gestion des pêches Golfe (signée).txt", "D1", "ocr", "fr", 2018, {"same_as": "DR Gestion des pêches Golfe - FINAL.docx", "fmt": "oneline", "dmg": 1}),
    ("RDG Atlantic 2009.txt", "S1", "ocr", "en", 2009, {"fmt": "wrapped", "dmg": 3}),
    ("RDG Atlantic Region - 2016 update.pdf", "S1", "pdf", "en", 2016, {"rev": 1}),
    ("Directeur, Traitement des prestations, Bathurst 2013.txt", "S2", "ocr", "fr", 2013, {"fmt": "wrapped", "dmg": 2}),
    ("Directeur Traitement des prestations Atlantique - révisée 2022.docx", "S2", "docx", "fr", 2022, {"rev": 1}),
    ("C&P Regional Director Gulf FINAL.docx", "D5", "docx", "en", 2020, {}),
    ("C&P Regional Director Gulf FINAL (1).docx", "D5", "docx", "en", 2020, {"copy_of": "C&P Regional Director Gulf FINAL.docx"}),
    ("DG Policy and Research - EN.pdf", "V6", "pdf", "en", 2017, {}),
    ("DG Politiques et recherche - FR.docx", "V6", "docx", "fr", 2017, {"translation_of": "DG Policy and Research - EN.pdf"}),
    # one document a position
    ("DG Centralized Operations.txt", "V2", "ocr", "en", 2015, {"fmt": "pages", "dmg": 2}),
    ("Director Case Management Programs - Directeur Programmes de gestion de cas.txt", "V3", "ocr", "bilingual", 2014, {"fmt": "wrapped", "dmg": 1}),
    ("Directeur, Programmes de commémoration.docx", "V4", "docx", "fr", 2021, {}),
    ("Dir Financial Planning & Resource Mgmt 2011.txt", "V5", "ocr", "en", 2011, {"fmt": "oneline", "dmg": 3}),
    ("IT Operations Director WD (scan).txt", "V7", "ocr-columns", "en", 2013, {"dmg": 2}),
    ("Director, HR Operations.md", "V8", "markdown", "en", 2022, {}),
    ("Area Director Atlantic - signed.txt", "V9", "ocr", "en", 2018, {"fmt": "pages", "dmg": 1}),
    ("Director BDP - Directeur PDE 2015.txt", "A2", "ocr", "bilingual", 2015, {"fmt": "oneline", "dmg": 2}),
    ("Director, Innovation and Entrepreneurship FINAL.docx", "A3", "docx", "en", 2023, {}),
    ("DG Enterprise Development NS.txt", "A4", "ocr", "en", 2012, {"fmt": "wrapped", "dmg": 2}),
    ("Directeur, Politiques et analyse économique.txt", "A6", "ocr", "fr", 2016, {"fmt": "wrapped", "dmg": 1}),
    ("DG Policy and Programs NL.pdf", "A7", "pdf", "en", 2019, {}),
    ("Directeur Finances et services ministériels N.-B. (numérisé).txt", "A8", "ocr-columns", "fr", 2011, {"dmg": 2}),
    ("DG Communications - Communications bilingual.docx", "A9", "docx", "bilingual", 2020, {}),
    ("Director Trade & Investment 2014.txt", "A10", "ocr", "en", 2014, {"fmt": "oneline", "dmg": 1}),
    ("Director, Resource Management, Maritimes.txt", "D2", "ocr", "en", 2017, {"fmt": "pages", "dmg": 3}),
    ("RD Science Maritimes - DR Sciences Maritimes.pdf", "D3", "pdf", "bilingual", 2019, {}),
    ("Director Ocean and Ecosystem Sciences (scan).txt", "D4", "ocr-columns", "en", 2010, {"dmg": 1}),
    ("SCH Regional Director work description.txt", "D6", "text-cp1252", "en", 2012, {}),
    ("DGR Golfe 2023.txt", "D7", "ocr", "fr", 2023, {"fmt": "pages", "dmg": 1}),
    ("Directeur, Gestion de l'aquaculture (Golfe).txt", "D8", "ocr", "fr", 2015, {"fmt": "oneline", "dmg": 2}),
    ("RD Policy and Economics Maritimes 2020.txt", "D9", "ocr", "en", 2020, {"fmt": "wrapped", "dmg": 2}),
    ("Director, Reconciliation and Indigenous Programs.docx", "D10", "docx", "en", 2024, {}),
    ("ED Citizen Services Atlantic.txt", "S3", "ocr", "en", 2019, {"fmt": "oneline", "dmg": 1}),
    ("Director Integrity Services - Directeur Services d'intégrité.txt", "S4", "ocr", "bilingual", 2017, {"fmt": "pages", "dmg": 2}),
    ("Director Service Delivery NL 2011 - signed.txt", "S5", "ocr", "en", 2011, {"fmt": "wrapped", "dmg": 3}),
    ("EI Operations Director - Directeur Opérations AE.docx", "S6", "docx", "bilingual", 2018, {}),
    ("Director, HR Services Atlantic.txt", "S7", "ocr", "en", 2021, {"fmt": "pages", "dmg": 1}),
    ("Director Corporate Services & Planning Atlantic.txt", "S8", "ocr", "en", 2014, {"fmt": "oneline", "dmg": 2}),
]

# Documents to refuse: (file name, kind, language, builder)
REFUSE = [
    ("Memo - EX work descriptions to update 2018.docx", "docx", "en", "memo"),
    ("Lettre d'offre - intérim EX-01 - Cormier.pdf", "pdf", "fr", "offer"),
    ("Organigramme DGR Golfe - Gulf RDG org chart 2017.txt", "ocr", "bilingual", "orgchart"),
    ("Performance Agreement 2021-22 - Director BDP - signed.docx", "docx", "en", "perf"),
    ("scan0047.txt", "ocr", "en", "noise"),
    ("DG Centralized Ops WD 2015 - scanned.pdf", "pdf", "en", "nolayer"),
]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


# ----------------------------------------------------------------------------------------------
# notations

def fmt_class(level, style):
    return {"dash": f"EX-0{level}", "space": f"EX 0{level}", "short": f"EX-{level}",
            "paren": f"(EX-0{level})", "joined": f"EX0{level}"}[style]


def fmt_date(d, style, lang):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}", "le": f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                "iso": d.isoformat(), "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
                "slash": f"{d.year}/{d.month:02d}/{d.day:02d}"}[style]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return {"long": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
            "ord": f"{MONTHS_EN[d.month - 1]} {d.day}{suffix}, {d.year}",
            "dmy": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            "abbr": f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}",
            "caps": f"{MONTHS_EN[d.month - 1][:3].upper()} {d.day:02d} {d.year}",
            "iso": d.isoformat(), "slash": f"{d.year}/{d.month:02d}/{d.day:02d}"}[style]


def _dec(v, unit):
    s = f"{v / unit:.3f}".rstrip("0").rstrip(".")
    return s


def fmt_money(v, style, lang):
    """An amount in a notation that still states it exactly."""
    if style in ("M", "million") and v % 1000:
        style = "full"
    if style == "M" and v < 1_000_000:
        style = "K"
    if style == "K" and v % 1000:
        style = "full"
    if lang == "fr":
        sp = "\u00a0" if False else " "
        full = f"{v:,}".replace(",", sp)
        if style == "full":
            return f"{full} $"
        if style == "cents":
            return f"{full},00 $"
        if style == "M":
            return f"{_dec(v, 1e6).replace('.', ',')} M$"
        if style == "million":
            return f"{_dec(v, 1e6).replace('.', ',')} million $" if v < 2_000_000 else f"{_dec(v, 1e6).replace('.', ',')} millions $"
        return f"{v // 1000} k$"
    if style == "full":
        return f"${v:,}"
    if style == "cents":
        return f"${v:,}.00"
    if style == "M":
        return f"${_dec(v, 1e6)}M"
    if style == "million":
        return f"${_dec(v, 1e6)} million"
    return f"${v // 1000:,}K"


# ----------------------------------------------------------------------------------------------
# OCR damage

DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}
DIGIT_ALT = {"1": "l"}


def damage_digits(text, strength, rng):
    p = [0, 0.15, 0.35, 0.6][strength]
    out = []
    for ch in text:
        if ch in DIGIT and rng.random() < p:
            out.append(DIGIT_ALT[ch] if ch in DIGIT_ALT and rng.random() < 0.3 else DIGIT[ch])
        else:
            out.append(ch)
    return "".join(out)


LETTER = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("cl", "d"), ("h", "b"), ("ti", "b"),
          ("t", "l"), ("a", "o")]


def damage_prose(text, strength, rng):
    pw = [0, 0.015, 0.035, 0.07][strength]
    pj = [0, 0.01, 0.025, 0.05][strength]
    words = text.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and rng.random() < pw:
            a, b = LETTER[rng.randrange(len(LETTER))]
            if a in w:
                i = w.find(a)
                w = w[:i] + b + w[i + len(a):]
        out.append(w)
    s = ""
    for i, w in enumerate(out):
        if i == 0:
            s = w
        elif rng.random() < pj:
            s += w
        else:
            s += " " + w
    return s


def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def wrap_hyphen(text, width, rng):
    """Wrap prose, sometimes cutting a long word at the line end with a hyphen."""
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            room = width - len(cur) - 2
            if len(w) > 8 and room >= 3 and w.isalpha() and rng.random() < 0.5:
                cut = min(room, len(w) - 3)
                lines.append(f"{cur} {w[:cut]}-")
                cur = w[cut:]
            else:
                lines.append(cur)
                cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


# ----------------------------------------------------------------------------------------------
# a work description: content

def person(rng, used):
    while True:
        n = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if n not in used:
            used.add(n)
            return n


def build_instance(pos_key, lang, year, opts, rng, cache):
    """The facts of one document (shared by versions that are the same text)."""
    key, dept, dom, level, t_en, t_fr, p_en, p_fr, sup, city, exreports = POS[pos_key]
    base = cache.get(pos_key)
    if base is None or opts.get("rev"):
        prev = base
        reports = []
        pool = exreports or DOMAINS[dom]["reports"]
        if exreports:
            chosen = list(pool)
        else:
            n = rng.choice([3, 4, 4, 5])
            chosen = rng.sample(pool, min(n, len(pool)))
        for r_en, r_fr, cls in chosen:
            if cls.startswith("EX"):
                fte = rng.randrange(25, 260)
            else:
                fte = rng.randrange(3, 48)
            reports.append({"en": r_en, "fr": r_fr, "cls": cls, "fte": fte})
        fte_total = sum(r["fte"] for r in reports) + rng.choice([0, 1, 2, 3])
        salary = round(fte_total * rng.randrange(72, 98) * 1000, -4)
        om = rng.randrange(40, 900) * 1000 * (level if level > 1 else 1)
        if rng.random() < 0.4:
            om = round(om, -4)
        d = dt.date(year, rng.choice([1, 3, 4, 4, 5, 6, 9, 10, 11]), rng.choice([1, 1, 1, 15, 3, 12, 20, 28]))
        base = {
            "job_code": str(rng.randrange(100000, 109999)) if rng.random() < 0.65 else None,
            "posno": (prev["posno"] if prev else f"{rng.randrange(10000, 99999)}"),
            "sup_posno": (prev["sup_posno"] if prev else (f"{rng.randrange(10000, 99999)}" if rng.random() < 0.6 else None)),
            "date": d, "reports": reports, "fte": fte_total, "salary": salary, "om": om,
            "grants": (rng.randrange(8, 140) * 1_000_000 if dept == "ACOA" and dom == "programs" else None),
        }
        if prev and prev.get("job_code"):
            base["job_code"] = prev["job_code"]
        cache[pos_key] = base
    return base


# label sets: title, job code, classification, position number, date, location, sup no, sup title, sup class
LABELS = {
    "en1": ["Position Title", "Position Job Code", "Classification", "Position Number", "Effective Date",
            "Geographic Location", "Supervisor's Position No.", "Supervisor's Position Title", "Supervisor's Classification"],
    "en2": ["TITLE", "JOB CODE", "GROUP/LEVEL", "POSITION NUMBER", "EFFECTIVE DATE", "LOCATION",
            "SUPERVISOR POSITION NO.", "SUPERVISOR TITLE", "SUPERVISOR GROUP AND LEVEL"],
    "en3": ["Job Title", "Generic Job No.", "Level", "Position #", "Date in Effect", "Work Location",
            "Immediate Supervisor Position #", "Immediate Supervisor Title", "Immediate Supervisor Level"],
    "en4": ["Official Position Title", "Job Code No.", "Group and Level", "Position No.", "Effective",
            "City/Province", "Reports to - Position No.", "Reports to - Title", "Reports to - Group/Level"],
    "fr1": ["Titre du poste", "Code d'emploi", "Classification", "Numéro du poste", "Date d'entrée en vigueur",
            "Lieu", "No de poste du superviseur", "Titre du poste du superviseur", "Classification du superviseur"],
    "fr2": ["INTITULÉ DU POSTE", "NO DE CODE D'EMPLOI", "GROUPE/NIVEAU", "NO DE POSTE", "EN VIGUEUR LE",
            "EMPLACEMENT GÉOGRAPHIQUE", "NO DE POSTE DU SUPÉRIEUR IMMÉDIAT", "TITRE DU SUPÉRIEUR IMMÉDIAT",
            "GROUPE ET NIVEAU DU SUPÉRIEUR"],
    "fr3": ["Titre", "Code d'emploi générique", "Groupe et niveau", "Poste no", "Date de prise d'effet",
            "Lieu de travail", "Supérieur immédiat - no de poste", "Supérieur immédiat - titre",
            "Supérieur immédiat - groupe et niveau"],
    "bi1": ["Position Title / Titre du poste", "Job Code / Code d'emploi", "Group and Level / Groupe et niveau",
            "Position Number / Numéro du poste", "Effective Date / Date d'entrée en vigueur", "Location / Lieu",
            "Supervisor Position No. / No de poste du superviseur", "Supervisor Title / Titre du superviseur",
            "Supervisor Level / Niveau du superviseur"],
    "bi2": ["TITLE / TITRE", "JOB CODE / CODE D'EMPLOI", "CLASSIFICATION", "POSITION NO. / NO DU POSTE",
            "EFFECTIVE DATE / DATE D'EFFET", "LOCATION / LIEU", "REPORTS TO POSITION NO. / NO DE POSTE DU SUPÉRIEUR",
            "REPORTS TO / RELÈVE DE", "SUPERVISOR LEVEL / NIVEAU DU SUPÉRIEUR"],
}

HEAD = {
    "en": {"doc": ["EXECUTIVE WORK DESCRIPTION", "EXECUTIVE GROUP POSITION DESCRIPTION", "Work Description - Executive Group", "JOB DESCRIPTION"],
           "ga": "General Accountability", "org": "Organization Structure", "ns": "Nature and Scope",
           "dim": "Dimensions", "acc": "Specific Accountabilities", "cert": "Certification",
           "csr": "Client Service Results", "ka": "Key Activities", "ch": "Major Challenges",
           "dept": "Department", "branch": "Directorate"},
    "fr": {"doc": ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "DESCRIPTION DE POSTE DE CADRE DE DIRECTION", "Description de travail (EX)"],
           "ga": "Responsabilité générale", "org": "Structure organisationnelle", "ns": "Nature et étendue",
           "dim": "Dimensions", "acc": "Responsabilités spécifiques", "cert": "Attestation",
           "csr": "Résultats axés sur le service à la clientèle", "ka": "Activités principales", "ch": "Principaux défis",
           "dept": "Ministère", "branch": "Direction"},
}


class WD:
    """One work description rendered as logical lines: (type, text). type: h (heading), f (field),
    p (prose), r (report line), d (dimension line), s (signature), b (blank)."""

    def __init__(self, name, pos_key, kind, lang, year, opts, rng, cache, used_names):
        self.name, self.kind, self.lang, self.opts = name, kind, lang, opts
        key, dept, dom, level, t_en, t_fr, p_en, p_fr, sup, city, exreports = POS[pos_key]
        self.pos_key, self.dept, self.dom, self.level = pos_key, dept, dom, level
        self.base = b = build_instance(pos_key, lang, year, opts, rng, cache)
        self.t_en, self.t_fr = t_en, t_fr
        L = "fr" if lang == "fr" else "en"
        self.L = L
        self.title = t_fr if lang == "fr" else t_en
        self.sup_title = sup[1] if lang == "fr" else sup[0]
        self.sup_level = sup[2]
        self.city = CITIES[city]
        self.rng = rng
        # notation choices
        self.cls_style = rng.choice(["dash", "dash", "dash", "space", "short", "paren", "joined"])
        self.sup_cls_style = rng.choice(["dash", "dash", "space", "short"])
        self.date_style = rng.choice(["long", "le", "iso", "dots", "slash", "long"] if L == "fr" else
                                     ["long", "ord", "dmy", "abbr", "caps", "iso", "slash", "long"])
        self.money_style = rng.choice(["full", "cents", "M", "million"] + (["K"] if L == "en" else ["full"]))
        self.labels = LABELS[rng.choice({"en": ["en1", "en2", "en3", "en4"], "fr": ["fr1", "fr2", "fr3"],
                                         "bilingual": ["bi1", "bi2"]}[lang])]
        if lang == "bilingual":  # both bilingual forms, whatever the draw
            self.labels = LABELS["bi1" if len(name) % 2 else "bi2"]
        self.layout = rng.choice(["inline", "inline", "next", "dots", "tabs"])
        self.sup_mode = rng.choice(["fields", "fields", "fields", "line", "sentence"])
        self.report_fmt = rng.choice(["r1", "r2", "r3", "r4", "r5", "prose"])
        self.report_omit = rng.choice([None] * 8 + ["cls", "fte"])
        self.dims = rng.choice(["sot"] * 6 + ["so", "combined", "combined"] + (["none"] if level == 1 else []))
        self.template = rng.choice(["classic", "classic", "classic", "csr"])
        self.order = rng.choice(["a", "a", "b"])
        self.loc_style = rng.choice(["full", "full", "abbr", "paren", "city"])
        self.no_date = rng.random() < 0.1 and pos_key not in VERSIONED
        self.provisional = None
        if rng.random() < 0.06 and not opts.get("rev"):
            self.provisional = rng.choice(["NEW", "TBD"] if L == "en" else ["NOUVEAU", "À DÉTERMINER"])
        self.job_code = b["job_code"]
        self.posno = None if self.provisional else b["posno"]
        self.people = []
        self.incumbent = person(rng, used_names) if rng.random() < 0.45 else None
        self.signer = person(rng, used_names) if rng.random() < 0.8 else None
        self.prepared = person(rng, used_names) if rng.random() < 0.2 else None
        self.sign_date = b["date"] + dt.timedelta(days=rng.randrange(0, 40))

    # -- values
    def cls(self):
        return fmt_class(self.level, self.cls_style)

    def sup_cls(self):
        return fmt_class(self.sup_level, self.sup_cls_style).strip("()")

    def money(self, v):
        return fmt_money(v, self.money_style, self.L)

    def location(self):
        c, pen, pfr, ab = self.city
        prov = pfr if self.L == "fr" else pen
        if self.loc_style == "abbr":
            fr_ab = {"PEI": "Î.-P.-É.", "NB": "N.-B.", "NS": "N.-É.", "NL": "T.-N.-L."}[ab]
            return f"{c}, {fr_ab if self.L == 'fr' else ab}", f"{c}, {prov}"
        if self.loc_style == "paren":
            return f"{c} ({prov})", f"{c}, {prov}"
        if self.loc_style == "city":
            return c, c
        return f"{c}, {prov}", f"{c}, {prov}"

    def reports(self):
        out = []
        for r in self.base["reports"]:
            t = r["fr"] if self.lang == "fr" else r["en"]
            out.append({"title": t, "cls": None if self.report_omit == "cls" else r["cls"],
                        "fte": None if self.report_omit == "fte" else r["fte"]})
        return out

    def report_line(self, r, fmt):
        t, c, n = r["title"], r["cls"], r["fte"]
        fr = self.L == "fr"
        u = "ETP" if fr else ("FTEs" if n != 1 else "FTE")
        if c is None:
            return f"{t} ({n} {u})" if not fr else f"{t} (effectif de {n})"
        if n is None:
            return f"{t} ({c})" if fmt != "r2" else f"{c} - {t}"
        if fmt == "r1":
            return f"{t} ({c}, {n} {u})"
        if fmt == "r2":
            return f"{c} - {t} ({n} {'ETP' if fr else 'FTE'})"
        if fmt == "r3":
            return f"{t} – {c} – {n} {'employés' if fr else u}"
        if fmt == "r4":
            return f"{t} ({c}), {'effectif de' if fr else 'staff of'} {n}"
        return f"{t} [{c}] ({n} {u})"

    # -- content
    def header_fields(self):
        lab = self.labels
        f = [(lab[0], self.title if self.lang != "bilingual" else self.t_en)]
        if self.lang == "bilingual":
            if lab is LABELS["bi2"] or self.rng.random() < 0.0:
                f[0] = (lab[0], f"{self.t_en} / {self.t_fr}")
            else:
                f.append(("French Title / Titre en français", self.t_fr))
        if self.job_code:
            f.append((lab[1], self.job_code))
        f.append((lab[2], self.cls()))
        f.append((lab[3], self.provisional or self.posno))
        if not self.no_date:
            f.append((lab[4], fmt_date(self.base["date"], self.date_style, self.L)))
        branch_lab = self.rng.choice({"en": ["Department", "Organization", "DEPARTMENT"], "fr": ["Ministère", "Organisation"],
                                     "bilingual": ["Department / Ministère", "Organization / Organisation"]}[self.lang])
        d = DEPTS[self.dept]
        f.append((branch_lab, d["fr"] if self.lang == "fr" else d["en"]))
        if self.loc_style != "city" or self.rng.random() < 0.5:
            f.append((lab[5], self.location()[0]))
            self.loc_in_header = True
        else:
            self.loc_in_header = False
        if self.sup_mode == "fields":
            if self.base["sup_posno"]:
                f.append((lab[6], self.base["sup_posno"]))
            f.append((lab[7], self.sup_title))
            f.append((lab[8], self.sup_cls()))
        elif self.sup_mode == "line":
            sp = self.base["sup_posno"]
            if self.L == "fr":
                v = f"{self.sup_title} ({self.sup_cls()})" + (f", poste no {sp}" if sp else "")
                f.append(("Relève de", v))
            else:
                v = f"{self.sup_title} ({self.sup_cls()})" + (f", Position No. {sp}" if sp else "")
                f.append(("Reports to" if self.lang == "en" else "Reports to / Relève de", v))
        return f

    def structure(self):
        fr = self.L == "fr"
        t = self.title if self.lang != "bilingual" else self.t_en
        n_peers = self.rng.choice([3, 4, 5, 6, 7])
        out = []
        if self.sup_mode == "sentence":
            if fr:
                out.append(("p", f"Le {t} relève du {self.sup_title} ({self.sup_cls()}) et est l'un des {n_peers} postes de "
                                 f"gestion qui relèvent de ce dernier."))
            else:
                out.append(("p", f"The {t} reports to the {self.sup_title} ({self.sup_cls()}) and is one of {n_peers} "
                                 f"senior management positions reporting to that position."))
        else:
            if fr:
                out.append(("p", f"Le titulaire est l'un des {n_peers} cadres qui relèvent du {self.sup_title}."))
            else:
                out.append(("p", f"The {t} is one of {n_peers} positions reporting to the {self.sup_title}."))
        reps = self.reports()
        if self.report_fmt == "prose":
            parts = [self.report_line(r, "r1") for r in reps]
            joined = ", ".join(parts[:-1]) + (" et " if fr else " and ") + parts[-1]
            out.append(("p", (f"Relèvent du titulaire : {joined}." if fr else f"Reporting to the {t} are the following positions: {joined}.")))
        else:
            out.append(("p", "Les postes suivants relèvent du titulaire :" if fr else f"The following positions report to the {t}:"))
            for r in reps:
                out.append(("r", self.report_line(r, self.report_fmt)))
        return out

    def dimensions(self):
        fr = self.L == "fr"
        b = self.base
        out = []
        fte_lab = self.rng.choice(["ETP", "Nombre d'ETP", "Effectif"] if fr else ["FTEs", "FTE's", "Number of FTEs", "Staff"])
        out.append(("d", f"{fte_lab} : {b['fte']}" if fr else f"{fte_lab}: {b['fte']}"))
        self.stated_fte = b["fte"]
        sal, om, tot = b["salary"], b["om"], b["salary"] + b["om"]
        self.stated = {"salary": None, "o_and_m": None, "total": None}
        if self.dims in ("sot", "so"):
            if fr:
                out.append(("d", f"{self.rng.choice(['Salaires', 'Budget salarial', 'Salaire'])} : {self.money(sal)}"))
                out.append(("d", f"{self.rng.choice(['F et E', 'Fonctionnement et entretien', 'F&E'])} : {self.money(om)}"))
                if self.dims == "sot":
                    out.append(("d", f"Total : {self.money(tot)}"))
            else:
                out.append(("d", f"{self.rng.choice(['Salary', 'Salary Budget', 'Salaries'])}: {self.money(sal)}"))
                out.append(("d", f"{self.rng.choice(['O&M', 'O & M', 'Operating and Maintenance', 'O&M Budget'])}: {self.money(om)}"))
                if self.dims == "sot":
                    out.append(("d", f"{self.rng.choice(['Total', 'Total Budget', 'Total (Salary and O&M)'])}: {self.money(tot)}"))
            self.stated.update(salary=sal, o_and_m=om, total=tot if self.dims == "sot" else None)
        elif self.dims == "combined":
            lab = self.rng.choice(["Budget total (salaires et F et E)", "Budget de fonctionnement total"] if fr else
                                  ["Combined Salary and O&M Budget", "Total operating budget"])
            out.append(("d", f"{lab} : {self.money(tot)}" if fr else f"{lab}: {self.money(tot)}"))
            self.stated["total"] = tot
        if b["grants"]:
            lab = "Subventions et contributions" if fr else self.rng.choice(["Grants and Contributions", "G&C budget"])
            out.append(("d", f"{lab} : {fmt_money(b['grants'], 'M', self.L)}" if fr else f"{lab}: {fmt_money(b['grants'], 'M', 'en')}"))
        return out

    def signatures(self):
        fr = self.L == "fr"
        out = []
        if self.prepared:
            out.append(("s", f"{'Préparé par' if fr else 'Prepared by'}: {self.prepared}"))
        if self.incumbent:
            out.append(("s", f"{'Titulaire' if fr else 'Incumbent'}: {self.incumbent}"))
        if self.signer:
            out.append(("s", f"{self.signer}"))
            out.append(("s", self.sup_title))
            out.append(("s", f"Date: {fmt_date(self.sign_date, 'iso', self.L)}"))
        else:
            out.append(("s", f"{'Signature du superviseur' if fr else 'Supervisor signature'}: ____________   Date: ________"))
        return out

    def prose(self, lang):
        D = DOMAINS[self.dom]
        key, dept, dom, level, t_en, t_fr, p_en, p_fr, sup, city, exr = POS[self.pos_key]
        t = t_fr if lang == "fr" else t_en
        p = p_fr if lang == "fr" else p_en
        return {"ga": D[f"ga_{lang}"].format(t=t, p=p), "ns": D[f"ns_{lang}"],
                "mandate": DEPTS[self.dept][f"mandate_{lang}"], "acc": D[f"acc_{lang}"], "csr": D[f"csr_{lang}"]}

    def lines(self):
        """The logical document (made once: its choices are drawn as it is written)."""
        if getattr(self, "_lines", None) is None:
            self._lines = self._make_lines()
        return self._lines

    def _make_lines(self):
        L, rng = self.L, self.rng
        H = HEAD[L]
        out = []
        d = DEPTS[self.dept]
        out.append(("h", rng.choice(H["doc"]) if self.lang != "bilingual" else
                    "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"))
        for lab, val in self.header_fields():
            out.append(("f", (lab, val)))

        def head(k):
            if self.lang == "bilingual":
                return ("h", f"{HEAD['en'][k]} / {HEAD['fr'][k]}".upper())
            h = H[k]
            return ("h", h.upper() if self.caps_heads else h)
        self.caps_heads = rng.random() < 0.6
        pr = self.prose(L)
        pr2 = self.prose("fr") if self.lang == "bilingual" else None

        def para(k):
            res = [("p", pr[k])]
            if pr2:
                res.append(("p", pr2[k]))
            return res

        def accs():
            res = []
            items = pr["acc"]
            for i, a in enumerate(items, 1):
                res.append(("p", f"{i}. {a}"))
            if pr2:
                for i, a in enumerate(pr2["acc"], 1):
                    res.append(("p", f"{i}. {a}"))
            return res

        sec = {}
        sec["ga"] = [head("ga")] + para("ga")
        sec["org"] = [head("org")] + self.structure()
        sec["ns"] = [head("ns")] + [("p", pr["mandate"])] + para("ns")
        if pr2:
            sec["ns"].insert(2, ("p", pr2["mandate"]))
        sec["dim"] = [head("dim")] + self.dimensions()
        sec["acc"] = [head("acc")] + accs()
        sec["csr"] = [head("csr")] + para("csr")
        sec["ka"] = [head("ka")] + accs()
        if self.template == "csr":
            order = ["csr", "ka", "org", "dim", "ns"]
        elif self.order == "a":
            order = ["ga", "org", "ns", "dim", "acc"]
        else:
            order = ["ga", "ns", "dim", "org", "acc"]
        for k in order:
            out += sec[k]
        out.append(head("cert"))
        if L == "fr":
            out.append(("p", "La présente description de travail décrit avec exactitude les fonctions du poste."))
        else:
            out.append(("p", "The foregoing is an accurate and complete statement of the duties assigned to the position."))
        out += self.signatures()
        if not self.loc_in_header:
            out.append(("f", ("Lieu" if L == "fr" else "Location", self.location()[0])))
        return out

    # -- truth
    def expected(self):
        b = self.base
        reps = [{"title": r["title"], "classification": r["cls"], "fte": r["fte"]} for r in self.reports()]
        sup = {"position_number": b["sup_posno"] if self.sup_mode != "sentence" else None,
               "title": self.sup_title, "classification": f"EX-0{self.sup_level}"}
        fields = {
            "title": self.t_en if self.lang == "bilingual" else self.title,
            "classification": f"EX-0{self.level}",
            "job_code": self.job_code,
            "position_number": self.posno,
            "effective_date": None if self.no_date else b["date"],
            "supervisor": sup,
            "direct_reports": reps,
            "salary": self.stated["salary"], "o_and_m": self.stated["o_and_m"], "total": self.stated["total"],
            "location": self.location()[1],
        }
        ns = [k for k, v in fields.items() if v is None]
        ns += [f"supervisor.{k}" for k, v in sup.items() if v is None]
        also = {"fte": self.stated_fte, "operating_budget": None, "program_budget": b["grants"],
                "provisional_number": self.provisional,
                "department": DEPTS[self.dept]["fr" if self.lang == "fr" else "en"]}
        if self.lang == "bilingual":
            also = {"title_fr": self.t_fr, **also}
        people = [n for n in (self.prepared, self.incumbent, self.signer) if n]
        return fields, ns, also, people


# ----------------------------------------------------------------------------------------------
# renderers

def field_text(lab, val, layout, width=34):
    if layout == "next":
        return [f"{lab}:", f"    {val}"]
    if layout == "dots":
        return [f"{lab} {'.' * max(3, width - len(lab))} {val}"]
    if layout == "tabs":
        return [f"{lab}:\t{val}"]
    return [f"{lab}: {val}"]


def plain_lines(wd):
    """Clean text lines (before OCR)."""
    out = []
    for typ, x in wd.lines():
        if typ == "f":
            out += field_text(x[0], x[1], wd.layout)
        elif typ == "h":
            out += ["", x]
        elif typ == "r":
            out.append(f"- {x}")
        else:
            out.append(x)
    return out


def render_ocr(wd, fmt, dmg, rng):
    dept = DEPTS[wd.dept]["fr" if wd.L == "fr" else "en"]
    logical = wd.lines()
    # damage
    dl = []
    for typ, x in logical:
        if typ == "f":
            for s in field_text(x[0], x[1], wd.layout if wd.layout != "tabs" else "inline"):
                dl.append(("f", damage_digits(s, dmg, rng)))
        elif typ == "p":
            dl.append(("p", damage_digits(damage_prose(x, dmg, rng), dmg, rng)))
        elif typ == "r":
            dl.append(("r", damage_digits(("> " if dmg > 1 else "- ") + x, dmg, rng)))
        elif typ == "s":
            dl.append(("s", damage_digits(x, dmg, rng)))
        else:
            dl.append((typ, damage_digits(x, max(0, dmg - 1), rng)))
    footer = f"{dept} - {wd.title if wd.lang != 'bilingual' else wd.t_en}"
    if fmt == "oneline":
        text = " ".join(x for _, x in dl)
        if dmg >= 2:
            text += " [ Signat " + "".join(rng.choice("!;*~|CcoO ") for _ in range(24)) + " ]"
        return ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text + "\n")
    if fmt == "pages":
        words = " ".join(x for _, x in dl).split(" ")
        pages, cur = [], []
        size = rng.randrange(260, 380)
        for w in words:
            cur.append(w)
            if len(cur) >= size:
                pages.append(cur)
                cur = []
        if cur:
            pages.append(cur)
        outl = []
        for i, p in enumerate(pages, 1):
            prefix = "" if i == 1 else rng.choice([f"{i} ", f"a{i} ", f"{i} | "])
            outl.append(prefix + " ".join(p) + f" {damage_digits(footer, dmg, rng)}")
        return "--- Full Extracted Text ---\n" + "\n".join(outl) + "\n"
    # wrapped lines, page footers and form feeds
    width = rng.choice([68, 72, 78])
    body = []
    for typ, x in dl:
        if typ == "p":
            body += wrap_hyphen(x, width, rng)
        elif typ == "h":
            body += ["", x, ""]
        else:
            body.append(x)
    per = rng.randrange(44, 56)
    pages = [body[i:i + per] for i in range(0, len(body), per)]
    n = len(pages)
    chunks = []
    for i, p in enumerate(pages, 1):
        head = [damage_digits(dept.upper(), dmg, rng), ""] if i > 1 else []
        foot = ["", damage_digits(f"Page {i} of {n}" if wd.L == "en" else f"Page {i} de {n}", dmg, rng)]
        chunks.append("\n".join(head + p + foot))
    return "\f".join(chunks) + "\n"


def heading_key(x):
    low = x.lower()
    for L in ("en", "fr"):
        for k, h in HEAD[L].items():
            if k != "doc" and isinstance(h, str) and low.startswith(h.lower()):
                return k
    return None


def render_columns(wd, dmg, rng):
    """A page whose two columns were read across the line: the header fields above; organization
    structure and dimensions in the left column; general accountability (or client-service
    results) and nature and scope in the right; the rest of the text below."""
    head_block, left, right, tail = [], [], [], []
    sec = "top"
    for typ, x in wd.lines():
        if typ == "h":
            k = heading_key(x)
            if k is not None:
                sec = {"org": "L", "dim": "L", "ga": "R", "csr": "R", "ns": "R"}.get(k, "tail")
        txt = f"{x[0]}: {x[1]}" if typ == "f" else ("- " + x if typ == "r" else x)
        if sec == "top":
            head_block.append(txt)
        elif sec == "L":
            left += wrap(txt, 40)
        elif sec == "R":
            right += wrap(txt, 52)
        else:
            tail.append(txt)
    cross = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        c = right[i] if i < len(right) else ""
        cross.append((a + rng.choice([" ", "  ", " | "]) + c).strip())
    out = []
    for ln in head_block + cross + tail:
        out.append(damage_digits(damage_prose(ln, dmg, rng) if len(ln) > 60 else ln, dmg, rng))
    return "--- Full Extracted Text ---\n" + "\n".join(out) + "\n"


def render_markdown(wd):
    out = ["# Job Description", "", "## Position Details", ""]
    for typ, x in wd.lines():
        if typ == "f":
            out.append(f"*   **{x[0]}:** {x[1]}")
        elif typ == "h":
            if x.isupper() and " / " not in x and x in [h.upper() for h in HEAD["en"]["doc"]]:
                continue
            out += ["", f"## {x.title() if x.isupper() else x}", ""]
        elif typ == "r":
            out.append(f"*   {x}")
        elif typ == "d":
            lab, _, val = x.partition(": ")
            out.append(f"*   **{lab}:** {val}")
        elif typ == "s":
            out.append(f"**{x}**  ")
        else:
            out += [x, ""]
    return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


def render_cp1252(wd):
    lines = plain_lines(wd)
    text = "\r\n".join(lines) + "\r\n"
    text = text.replace("'", "\u2019").replace(" - ", " \u2013 ")
    return text.encode("cp1252")


def render_pdf(wd, rng):
    lines = []
    for ln in plain_lines(wd):
        lines += wrap(ln, 98) if len(ln) > 98 else [ln]
    foot = f"{DEPTS[wd.dept]['en'] if wd.L != 'fr' else DEPTS[wd.dept]['fr']}"
    per = 62
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    texts = []
    for i, p in enumerate(pages, 1):
        texts.append("\n".join(p + ["", f"{foot}    Page {i} / {len(pages)}"]))
    return pdf_bytes(texts)


FIXED = dt.datetime(2024, 1, 15, 9, 0, 0)


def docx_fixed(doc):
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.last_printed = FIXED
    doc.core_properties.author = "ACC-VAC"
    doc.core_properties.last_modified_by = "ACC-VAC"
    doc.core_properties.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(wd, rng):
    import docx
    doc = docx.Document()
    logical = wd.lines()
    fields = [x for t, x in logical if t == "f"]
    four = rng.random() < 0.35
    table_reports = rng.random() < 0.5
    table_dims = rng.random() < 0.5
    fr = wd.L == "fr"
    first = True
    i = 0
    while i < len(logical):
        typ, x = logical[i]
        if typ == "h" and first:
            doc.add_heading(x, level=1)
            first = False
            # header table
            head_fields = []
            j = i + 1
            while j < len(logical) and logical[j][0] == "f":
                head_fields.append(logical[j][1])
                j += 1
            if four:
                rows = (len(head_fields) + 1) // 2
                t = doc.add_table(rows=rows, cols=4)
                t.style = "Table Grid"
                for k, (lab, val) in enumerate(head_fields):
                    r, c = divmod(k, 2)
                    t.cell(r, c * 2).text = lab
                    t.cell(r, c * 2 + 1).text = val
            else:
                t = doc.add_table(rows=len(head_fields), cols=2)
                t.style = "Table Grid"
                for k, (lab, val) in enumerate(head_fields):
                    t.cell(k, 0).text = lab
                    t.cell(k, 1).text = val
            i = j
            continue
        if typ == "h":
            doc.add_heading(x, level=2)
        elif typ == "r":
            reps = []
            while i < len(logical) and logical[i][0] == "r":
                reps.append(logical[i][1])
                i += 1
            if table_reports and wd.report_omit is None:
                data = wd.reports()
                t = doc.add_table(rows=len(data) + 1, cols=3)
                t.style = "Table Grid"
                hdr = ["Poste", "Groupe et niveau", "ETP"] if fr else ["Position", "Group/Level", "FTEs"]
                for c, h in enumerate(hdr):
                    t.cell(0, c).text = h
                for r, d in enumerate(data, 1):
                    t.cell(r, 0).text = d["title"]
                    t.cell(r, 1).text = d["cls"]
                    t.cell(r, 2).text = str(d["fte"])
            else:
                for rl in reps:
                    doc.add_paragraph(rl, style="List Bullet")
            continue
        elif typ == "d":
            dims = []
            while i < len(logical) and logical[i][0] == "d":
                dims.append(logical[i][1])
                i += 1
            if table_dims:
                t = doc.add_table(rows=len(dims), cols=2)
                t.style = "Table Grid"
                for k, dl in enumerate(dims):
                    lab, _, val = dl.replace(" : ", ": ").partition(": ")
                    t.cell(k, 0).text = lab
                    t.cell(k, 1).text = val
            else:
                for dl in dims:
                    doc.add_paragraph(dl)
            continue
        elif typ == "f":
            doc.add_paragraph(f"{x[0]}: {x[1]}")
        else:
            doc.add_paragraph(x)
        i += 1
    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = f"{DEPTS[wd.dept]['fr' if fr else 'en']} – {wd.title if wd.lang != 'bilingual' else wd.t_en}"
    del fields
    return docx_fixed(doc)


# ----------------------------------------------------------------------------------------------
# documents to refuse

def refuse_doc(kind, rng, used):
    import docx
    if kind == "memo":
        doc = docx.Document()
        doc.add_heading("MEMORANDUM", level=1)
        n1, n2 = person(rng, used), person(rng, used)
        for ln in [f"TO: Executive Committee, Veterans Affairs Canada", f"FROM: {n1}, Director General, Human Resources",
                   "DATE: March 12, 2018", "SUBJECT: EX work descriptions to update before the 2018-19 classification review"]:
            doc.add_paragraph(ln)
        doc.add_paragraph("As discussed at the February meeting, the following executive work descriptions are more than "
                          "five years old and must be reviewed and signed before the Department's EX classification "
                          "review begins in June. Please return the updated descriptions, approved by the responsible "
                          "Assistant Deputy Minister, to the Executive Services team by May 1.")
        rows = [("Position No.", "Title", "Level", "Last signed"),
                ("31877", "Director, Disability Benefits Operations", "EX-01", "2010"),
                ("27406", "Director, Case Management Programs", "EX-01", "2014"),
                ("40513", "Director, Financial Planning and Resource Management", "EX-01", "2011"),
                ("38022", "Director General, Centralized Operations", "EX-03", "2015")]
        t = doc.add_table(rows=len(rows), cols=4)
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                t.cell(r, c).text = v
        doc.add_paragraph(f"Questions may be directed to {n2}, Senior Advisor, Executive Services.")
        return docx_fixed(doc), [n1, n2]
    if kind == "perf":
        doc = docx.Document()
        doc.add_heading("Executive Performance Agreement 2021-22", level=1)
        n1, n2 = person(rng, used), person(rng, used)
        t = doc.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        for r, (a, b) in enumerate([("Executive", n1), ("Position", "Director, Business Development Program (EX-01)"),
                                    ("Organization", "Atlantic Canada Opportunities Agency"), ("Supervisor", n2),
                                    ("Period", "April 1, 2021 to March 31, 2022")]):
            t.cell(r, 0).text = a
            t.cell(r, 1).text = b
        doc.add_heading("Commitments", level=2)
        for c in ["Business results: deliver the Business Development Program's 2021-22 commitments, including the "
                  "approval of at least 180 projects and the recovery plan for repayable contributions.",
                  "Leadership: lead the directorate's return-to-workplace plan and complete the Key Leadership "
                  "Competencies 360 assessment.",
                  "Corporate priority: contribute to the Agency's Beyond 2020 and mental health action plans."]:
            doc.add_paragraph(c, style="List Number")
        doc.add_heading("Signatures", level=2)
        doc.add_paragraph(f"Executive: {n1}    Date: 2021-06-14")
        doc.add_paragraph(f"Supervisor: {n2}    Date: 2021-06-18")
        return docx_fixed(doc), [n1, n2]
    if kind == "offer":
        n1, n2 = person(rng, used), "Luc Cormier"
        used.add(n2)
        text = ("Pêches et Océans Canada - Région du Golfe\n343, avenue Université, Moncton (N.-B.)\n\n"
                "Le 4 août 2021\n\n" + f"Monsieur {n2}\n\n"
                "Objet : Offre de nomination intérimaire - Directeur, Gestion de l'aquaculture (EX-01), poste no 52218\n\n"
                "Monsieur,\n\n"
                "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directeur, Gestion de\n"
                "l'aquaculture, Région du Golfe, classifié EX-01, du 16 août 2021 au 15 février 2022.\n"
                "Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi\n"
                "des cadres, dans l'échelle de 120 800 $ à 142 100 $.\n\n"
                "Veuillez confirmer votre acceptation en signant la présente lettre et en la retournant\n"
                "au plus tard le 11 août 2021.\n\n"
                f"{n1}\nDirecteur général régional, Région du Golfe\n\n"
                "J'accepte l'offre ci-dessus :  ______________________   Date : ____________\n")
        return pdf_bytes([text]), [n2, n1]
    if kind == "orgchart":
        n = [person(rng, used) for _ in range(5)]
        text = ("--- Full Extracted Text ---\n"
                "ORGANIGRAMME / ORGANIZATION CHART\nRégion du Golfe / Gulf Region   2O17-O4-O1\n"
                f"Directeur général régional / Regional Director General  EX-O3  {n[0]}\n"
                "| | | |\n"
                f"DR Gestion des pêches   DR Sciences   DR Conservation et protection   DR Services intégrés\n"
                f"RD Fisheries Mgmt EX-O2   RD Science EX-O2   RD C&P EX-OI   RD Corporate Services EX-OI\n"
                f"{n[1]}   {n[2]}   {n[3]}   (vacant / vacant)\n"
                f"Communications IS-O6 {n[4]}\n"
                "Version 3 - préparé par les RH / prepared by HR - non officiel / unofficial\n")
        return text.encode("utf-8"), n
    if kind == "noise":
        chars = "il|!;:.,'`~-_=+*^#oOcCe0I1 "
        lines = []
        for _ in range(38):
            lines.append("".join(rng.choice(chars) for _ in range(rng.randrange(20, 90))))
        lines[5] = "                ' ; ~ EXE  .  ,  D S  C  P  I  N "
        return ("--- Full Extracted Text ---\n" + "\n".join(lines) + "\n").encode("utf-8"), []
    if kind == "nolayer":
        return pdf_bytes(["", "", ""]), []
    raise ValueError(kind)


# ----------------------------------------------------------------------------------------------

def dump_expected(path, data):
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1000),
                    encoding="utf-8")


def main():
    rng = random.Random(SEED)
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    cache, used = {}, set()
    made = {}
    truths = {}
    groups = {}
    for name, pos_key, kind, lang, year, opts in DOCS:
        if "copy_of" in opts:
            src = opts["copy_of"]
            (corpus / name).write_bytes((corpus / src).read_bytes())
            t = dict(truths[src])
            t["document"] = name
            truths[name] = t
            groups.setdefault(pos_key, []).append(name)
            continue
        same = opts.get("same_as") or opts.get("translation_of")
        if same:
            w0 = made[same]
            state = rng.getstate()
            wd = WD(name, pos_key, kind, lang, year, opts, rng, cache, used)
            if opts.get("same_as"):
                # the signed scan of the same text: same choices, same people
                for k, v in vars(w0).items():
                    if k not in ("name", "kind", "rng", "opts"):
                        setattr(wd, k, v)
            else:
                wd.provisional, wd.posno, wd.job_code = w0.provisional, w0.posno, w0.job_code
                wd.no_date, wd.dims, wd.report_omit = w0.no_date, w0.dims, w0.report_omit
                wd.signer, wd.incumbent, wd.prepared, wd.sign_date = w0.signer, w0.incumbent, w0.prepared, w0.sign_date
                wd.sup_mode = w0.sup_mode
            del state
        else:
            wd = WD(name, pos_key, kind, lang, year, opts, rng, cache, used)
        made[name] = wd
        dmg = opts.get("dmg", 0)
        if kind == "ocr":
            data = render_ocr(wd, opts["fmt"], dmg, rng).encode("utf-8")
        elif kind == "ocr-columns":
            data = render_columns(wd, dmg, rng).encode("utf-8")
        elif kind == "markdown":
            data = render_markdown(wd).encode("utf-8")
        elif kind == "text-cp1252":
            data = render_cp1252(wd)
        elif kind == "pdf":
            data = render_pdf(wd, rng)
        else:
            data = render_docx(wd, rng)
        (corpus / name).write_bytes(data)
        fields, ns, also, people = wd.expected()
        truths[name] = {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
                        "not_stated": ns, "also": also, "people": people, "versions": None}
        groups.setdefault(pos_key, []).append(name)
    # versions: documents of the same position, the newest named (None when they are the same
    # description twice: a copy, a translation)
    for pos_key, names in groups.items():
        if len(names) < 2:
            continue
        dates = {n: truths[n]["fields"]["effective_date"] for n in names}
        if len(set(dates.values())) > 1:
            newest = max(names, key=lambda n: dates[n])
        else:
            signed = [n for n in names if "signed" in n or "signée" in n]
            newest = signed[0] if signed else None
        note = None
        opts = {nm: o for nm, pk, k, lg, y, o in DOCS if nm in names}
        if any("copy_of" in o for o in opts.values()):
            note = "the same file twice"
        elif any("translation_of" in o for o in opts.values()):
            note = "the same description in English and in French"
        elif any("same_as" in o for o in opts.values()):
            note = "a draft and its signed scan, the same text"
        else:
            note = "revised: new date and figures"
        for n in names:
            truths[n]["versions"] = {"position": POS[pos_key][4], "documents": sorted(names), "newest": newest,
                                     "note": note}
    for name, t in truths.items():
        dump_expected(expected / f"{name}.expected.yaml", t)
    for name, kind, lang, builder in REFUSE:
        data, people = refuse_doc(builder, rng, used)
        (corpus / name).write_bytes(data)
        dump_expected(expected / f"{name}.expected.yaml",
                      {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                       "not_stated": [], "also": {"what": builder}, "people": people, "versions": None})
    return made


if __name__ == "__main__":
    main()
