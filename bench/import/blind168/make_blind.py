"""Blind corpus 168 for hrkit's importer: regional executives' work descriptions, two-column
bilingual layouts, bilingual labels. Deterministic: run from the repository root,
    python bench/import/blind168/make_blind.py
and corpus/ and expected/ are rewritten with the same bytes on every run."""
from __future__ import annotations

import datetime
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
from texts import ACTIVITIES, DEPTS, FIRST, GA, LAST, NS, POSITIONS, REPORTS  # noqa: E402

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

# ------------------------------------------------------------------ names
_name_rng = random.Random(16801)
_pairs = [(f, l) for f in FIRST for l in LAST]
_name_rng.shuffle(_pairs)
_used_first, _used_last = [], []


def new_name() -> str:
    while True:
        f, l = _pairs.pop()
        if _used_last.count(l) < 3 and _used_first.count(f) < 3:
            _used_first.append(f)
            _used_last.append(l)
            return f"{f} {l}"


# ------------------------------------------------------------------ notations
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def date_en(d, style):
    if style == 0:
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == 1:
        return d.isoformat()
    if style == 2:
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}".replace("May.", "May")


def date_fr(d, style):
    if style == 1:
        return d.isoformat()
    return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def money_en(v, style):
    if style == 0:
        return f"${v:,}"
    if style == 1:
        return f"${v / 1e6:.3f}M".replace(".000M", "M")
    if style == 2:
        return f"${v // 1000:,}K"
    return f"${v / 1e6:.3f} million"


def money_fr(v, style):
    if style == 0:
        return f"{v:,}".replace(",", "\u00a0") + "\u00a0$"
    if style == 1:
        return f"{v / 1e6:.3f}".replace(".", ",") + " M$"
    if style == 2:
        return f"{v:,}".replace(",", " ") + " $"
    return f"{v / 1e6:.3f}".replace(".", ",") + " millions de dollars"


def cls_note(c, style):
    g, n = c.rsplit("-", 1)
    if style == 0:
        return c
    if style == 1:
        return f"{g} {n}"
    if style == 2 and g == "EX":
        return f"{g}-{int(n)}"
    return c


# ------------------------------------------------------------------ positions
def build_positions():
    out = {}
    for i, row in enumerate(POSITIONS):
        (key, dept, region, t_en, t_fr, lvl, loc_en, loc_fr, s_en, s_fr, s_lvl, area) = row
        rng = random.Random(168000 + i)
        pool = list(REPORTS[area])
        rng.shuffle(pool)
        n = rng.randint(2, min(4, len(pool)))
        reports = []
        for t, tf, c in pool[:n]:
            fte = None if t.startswith(("Senior Advisor", "Senior Analyst")) else rng.randint(4, 48)
            reports.append({"title": t, "title_fr": tf, "classification": c, "fte": fte})
        reports.sort(key=lambda r: r["title"])
        salary = rng.randint(90, 900) * 10000 + rng.randint(0, 9) * 1000
        om = rng.randint(6, 180) * 5000
        fte = sum(r["fte"] or 0 for r in reports) + rng.randint(1, 6)
        out[key] = dict(
            key=key, dept=dept, region=region, title=t_en, title_fr=t_fr, cls=f"EX-0{lvl}",
            pos=str(rng.randint(10000, 999999)), job=str(rng.randint(100100, 109999)),
            eff=datetime.date(rng.choice([2019, 2020, 2021, 2022, 2023, 2024]), rng.randint(1, 12), rng.choice([1, 1, 15, rng.randint(2, 28)])),
            loc=loc_en, loc_fr=loc_fr,
            sup=dict(title=s_en, title_fr=s_fr, cls=f"EX-0{s_lvl}", pos=str(rng.randint(10000, 999999))),
            reports=reports, salary=salary, om=om, fte=fte, area=area, in_corpus=None)
    # supervisors whose own description is in the corpus
    for child, parent in [("p02", "p01"), ("p03", "p01"), ("p09", "p08"), ("p10", "p08"), ("p16", "p15"),
                          ("p22", "p21"), ("p23", "p21"), ("p28", "p21"), ("p37", "p21")]:
        out[child]["sup"]["pos"] = out[parent]["pos"]
        out[child]["in_corpus"] = parent
    return out


# ------------------------------------------------------------------ the plan: 45 work descriptions
# (position, kind, language, layout, missing fields, file name)
PLAN = [
    ("p01", "docx", "bilingual", "twocol-table", ["job_code"], "RDG Atlantic Region - DT-WD bilingue.docx"),
    ("p02", "markdown", "en", "form", ["effective_date", "total"], "Director Citizen Services NB - DRAFT.md"),
    ("p02", "docx", "bilingual", "bilabel", [], "Director, Citizen Services, NB - signed.docx"),
    ("p03", "pdf", "bilingual", "twocol-inter", ["job_code"], "WD-DT Director Processing Atlantic (Bathurst).pdf"),
    ("p04", "text", "en", "form", ["position_number", "total"], "Regional Director Fisheries Mgmt NL.txt"),
    ("p05", "ocr-columns", "bilingual", "twocol-inter", ["job_code"], "scan_20241018_0932.txt"),
    ("p06", "docx", "en", "narrative", ["job_code", "supervisor.position_number"], "Assistant Commissioner Atlantic - work description (1).docx"),
    ("p07", "text-cp1252", "bilingual", "bilabel", ["effective_date"], "TC Marine Safety Atlantic – Dartmouth.txt"),
    ("p08", "pdf", "bilingual", "twocol-seq", [], "DGR Région du Québec - RDG Quebec Region.pdf"),
    ("p09", "text", "bilingual", "twocol-inter", ["total"], "Trois-Rivières - Directeur prestation des services.txt"),
    ("p10", "docx", "fr", "form", ["job_code"], "DT Directrice Abitibi-Témiscamingue (Rouyn-Noranda).docx"),
    ("p11", "ocr", "fr", "form", ["supervisor.position_number"], "Numérisation Îles-de-la-Madeleine 2023.txt"),
    ("p12", "pdf", "fr", "form", ["total", "job_code"], "Directeur, Centre des opérations du Québec.pdf"),
    ("p13", "markdown", "bilingual", "twocol-table", ["effective_date"], "CBSA Quebec RDG - ASFC DGR Québec.md"),
    ("p14", "text-cp1252", "fr", "form", ["position_number"], "SPAC Saguenay - Directrice régionale immobilier.txt"),
    ("p15", "pdf", "bilingual", "bilabel", [], "RDG Ontario Region, work description - FINAL.pdf"),
    ("p16", "text", "bilingual", "twocol-cut", ["job_code"], "Sudbury Director WD export (2 columns).txt"),
    ("p17", "docx", "en", "form", ["supervisor.position_number", "total"], "Director TSO Thunder Bay.docx"),
    ("p18", "pdf", "en", "form", ["job_code"], "DG Real Property NCA - EX-03 WD.pdf"),
    ("p19", "markdown", "en", "narrative", ["position_number", "effective_date"], "Director, Ontario Operations Support.md"),
    ("p20", "ocr", "en", "form", ["total"], "SCAN0047 Kingston weather.txt"),
    ("p21", "docx", "bilingual", "twocol-table", ["supervisor.position_number"], "RDG Western Canada and Territories - bilingual WD.docx"),
    ("p22", "text", "en", "form", ["job_code", "total"], "Director Service Delivery Manitoba.txt"),
    ("p23", "ocr-columns", "bilingual", "twocol-inter", [], "Regina_scan_p1-2.txt"),
    ("p24", "ocr", "en", "form", ["effective_date", "total"], "RDG Alberta ISC old scan 2019.txt"),
    ("p24", "pdf", "en", "form", [], "RDG Alberta Region ISC - 2024 update.pdf"),
    ("p25", "pdf", "bilingual", "twocol-rows", ["total"], "Saskatoon Infrastructure - Infrastructure Saskatoon (EN-FR).pdf"),
    ("p26", "docx", "bilingual", "bilabel", ["job_code"], "District Director Southern Alberta (Calgary) - DT-WD.docx"),
    ("p27", "text", "bilingual", "twocol-seq", ["total"], "Civil Aviation Prairie and Northern - export.txt"),
    ("p28", "text-cp1252", "en", "narrative", ["job_code"], "Director Service Delivery BC Interior (Kelowna).txt"),
    ("p29", "pdf", "bilingual", "twocol-cut", [], "DFO Pacific Ecosystem Mgmt - bilingual (cols).pdf"),
    ("p30", "docx", "bilingual", "bilabel", ["total"], "CBSA Pacific RDG, 2024 - signed.docx"),
    ("p31", "markdown", "bilingual", "bilabel", ["job_code"], "Enforcement Pacific-Yukon - Surrey.md"),
    ("p32", "text", "bilingual", "bilabel", ["supervisor.position_number"], "PSPC Pacific RDG (Victoria).txt"),
    ("p33", "ocr", "bilingual", "bilabel", ["job_code"], "IRCC Prince George scan.txt"),
    ("p34", "pdf", "bilingual", "twocol-seq", ["total"], "CanNor Whitehorse DG Yukon Ops - DT-WD.pdf"),
    ("p35", "ocr-columns", "bilingual", "twocol-inter", ["job_code"], "Iqaluit office WD - numérisé.txt"),
    ("p36", "docx", "fr", "form", ["total"], "DGR Région du Nord - Yellowknife.docx"),
    ("p37", "text", "fr", "narrative", ["job_code", "position_number"], "Directeur Prestation des services Territoires.txt"),
    ("p38", "markdown", "fr", "form", [], "Directrice régionale Sites contaminés du Nord.md"),
    ("p39", "pdf", "bilingual", "twocol-inter", ["job_code", "total"], "TC Quebec RDG Montréal-Québec.pdf"),
    ("p40", "text-cp1252", "en", "form", ["supervisor.position_number"], "Director Winnipeg Tax Centre, 66 Stapon.txt"),
    ("p41", "markdown", "en", "form", ["total"], "Regional Settlement Programs Ontario (NCR).md"),
    ("p42", "ocr-columns", "bilingual", "twocol-cut", ["total"], "scan Arctic Region ops 0003.txt"),
    ("p43", "docx", "en", "form", ["job_code"], "Pay Operations Miramichi - EX-02 WD (2).docx"),
]

# ------------------------------------------------------------------ text of one description, one language


class Doc:
    """The values one document states, and its notations."""

    def __init__(self, p, lang, missing, rng, version=None):
        self.p, self.lang, self.missing, self.rng = p, lang, set(missing), rng
        self.money = rng.randint(0, 3)
        self.money_fr = rng.randint(0, 3)
        self.date = rng.randint(0, 3)
        self.cls = rng.choice([0, 0, 1, 2])
        self.labels = rng.randint(0, 1)      # 0: separate supervisor labels, 1: one "Reports to" line
        self.reports_style = rng.choice(["list", "sentence", "aligned"])
        self.eff = p["eff"]
        self.om = p["om"]
        if version == "new":
            self.eff = datetime.date(2025, 4, 1)
            self.om = p["om"] + 45000
        self.signers = [new_name(), new_name()]
        self.incumbent = new_name() if rng.random() < 0.4 else None

    def has(self, f):
        return f not in self.missing

    def c(self, v):
        return cls_note(v, self.cls)

    def m(self, v, fr=False):
        return money_fr(v, self.money_fr) if fr else money_en(v, self.money)

    def d(self, v, fr=False):
        return date_fr(v, self.date) if fr else date_en(v, self.date)

    @property
    def total(self):
        return self.p["salary"] + self.om


def fte_en(n):
    return "no staff" if n is None else f"{n} FTEs"


def fte_fr(n):
    return "aucun employé" if n is None else f"{n} ETP"


def header_pairs(doc, fr):
    """Label/value pairs of one language's form."""
    p = doc.p
    L = (["Titre du poste", "Groupe et niveau", "Numéro du poste", "Code d'emploi", "Date d'entrée en vigueur",
          "Ministère", "Région", "Lieu de travail"] if fr else
         ["Position Title", "Classification", "Position Number", "Job Code", "Effective Date", "Department",
          "Region", "Location"])
    if doc.labels and not fr:
        L = ["Title", "Group/Level", "Position No.", "Job code", "Effective", "Organization", "Region", "Work location"]
    regions_fr = {"Atlantic": "Atlantique", "Quebec": "Québec", "Ontario": "Ontario", "Prairies": "Prairies",
                  "Pacific": "Pacifique", "North": "Nord"}
    out = [(L[0], p["title_fr"] if fr else p["title"]), (L[1], doc.c(p["cls"]))]
    out.append((L[2], p["pos"] if doc.has("position_number") else ("À déterminer" if fr else "TBD")))
    if doc.has("job_code"):
        out.append((L[3], p["job"]))
    out.append((L[4], doc.d(doc.eff, fr) if doc.has("effective_date") else ""))
    out.append((L[5], DEPTS[p["dept"]][1 if fr else 0]))
    out.append((L[6], regions_fr[p["region"]] if fr else p["region"]))
    out.append((L[7], p["loc_fr"] if fr else p["loc"]))
    s = p["sup"]
    st = s["title_fr"] if fr else s["title"]
    if doc.labels:
        num = f", {'poste' if fr else 'position'} {s['pos']}" if doc.has("supervisor.position_number") else ""
        out.append(("Relève de" if fr else "Reports to", f"{st} ({doc.c(s['cls'])}){num}"))
    else:
        out.append(("Titre du poste du superviseur" if fr else "Supervisor's Position Title", st))
        out.append(("Classification du superviseur" if fr else "Supervisor's Classification", doc.c(s["cls"])))
        if doc.has("supervisor.position_number"):
            out.append(("Numéro de poste du superviseur" if fr else "Supervisor's Position Number", s["pos"]))
    return out


def reports_lines(doc, fr):
    rs = doc.p["reports"]
    head = (f"Relèvent directement du titulaire :" if fr else "Reporting directly to the position are:")
    if doc.reports_style == "sentence":
        parts = [f"{'le ' if fr else 'the '}{r['title_fr'] if fr else r['title']} ({doc.c(r['classification'])}, "
                 f"{fte_fr(r['fte']) if fr else fte_en(r['fte'])})" for r in rs]
        return [head[:-1].rstrip() + (" : " if fr else ": ") + "; ".join(parts) + "."]
    if doc.reports_style == "aligned":
        w = max(len(r['title_fr'] if fr else r['title']) for r in rs) + 2
        lines = [head, ""]
        lines.append(("Poste" if fr else "Position").ljust(w) + ("Niveau" if fr else "Level").ljust(12) + ("ETP" if fr else "FTEs"))
        for r in rs:
            t = r['title_fr'] if fr else r['title']
            f = "-" if r["fte"] is None else str(r["fte"])
            lines.append(t.ljust(w) + doc.c(r['classification']).ljust(12) + f)
        return lines
    return [head] + [f"- {r['title_fr'] if fr else r['title']} ({doc.c(r['classification'])}) – "
                     f"{fte_fr(r['fte']) if fr else fte_en(r['fte'])}" for r in rs]


def dims_pairs(doc, fr):
    p = doc.p
    out = [("Salaires" if fr else "Salary", doc.m(p["salary"], fr)), ("F et E" if fr else "O&M", doc.m(doc.om, fr))]
    if doc.has("total"):
        out.append(("Total", doc.m(doc.total, fr)))
    out.append(("ETP" if fr else "FTEs", str(p["fte"])))
    return out


def ga_text(doc, fr):
    p = doc.p
    ga = GA[p["area"]][1 if fr else 0]
    if fr:
        reg = {"Atlantic": "de l'Atlantique", "Quebec": "du Québec", "Ontario": "de l'Ontario", "Prairies": "des Prairies",
               "Pacific": "du Pacifique", "North": "du Nord"}[p["region"]]
        de = ("d'" + ga[:-0 or None]) if ga.startswith("assurer") else ("du " + ga[3:] if ga.startswith("le ") else
              ("des " + ga[4:] if ga.startswith("les ") else "de " + ga))
        return f"Le titulaire est responsable {de}, dans la région {reg}."
    return f"The {p['title'].split(',')[0]} is accountable for {ga} in the {p['region']} region."


def activities(doc, fr):
    rng = random.Random(int(doc.p["pos"]))
    acts = [a[1 if fr else 0] for a in ACTIVITIES]
    rng.shuffle(acts)
    return acts[:4]


def signature_lines(doc, fr):
    a, b = doc.signers
    out = []
    if doc.incumbent:
        out.append(f"{'Titulaire' if fr else 'Incumbent'}: {doc.incumbent}")
    out.append(f"{'Préparé par' if fr else 'Prepared by'}: {a}")
    out.append(f"{'Approuvé par' if fr else 'Approved by'}: {b}")
    return out


def one_language(doc, fr, width=None):
    """The description in one language as plain lines (a form)."""
    sep = " : " if fr else ": "
    lines = ["DESCRIPTION DE TRAVAIL DE CADRE" if fr else "EXECUTIVE WORK DESCRIPTION", ""]
    lines += [f"{k}{sep}{v}".rstrip() for k, v in header_pairs(doc, fr)]
    lines += ["", "RAISON D'ÊTRE" if fr else "GENERAL ACCOUNTABILITY", ga_text(doc, fr), ""]
    lines += ["STRUCTURE ORGANISATIONNELLE" if fr else "ORGANIZATION STRUCTURE"] + reports_lines(doc, fr) + [""]
    lines += ["NATURE ET PORTÉE" if fr else "NATURE AND SCOPE", NS[1 if fr else 0], ""]
    lines += ["DIMENSIONS"] + [f"{k}{sep}{v}" for k, v in dims_pairs(doc, fr)] + [""]
    lines += ["ACTIVITÉS PRINCIPALES" if fr else "SPECIFIC ACCOUNTABILITIES"]
    lines += [f"{i}. {a}" for i, a in enumerate(activities(doc, fr), 1)] + [""]
    lines += signature_lines(doc, fr)
    if width:
        out = []
        for ln in lines:
            out += wrap(ln, width) if ln else [""]
        return out
    return lines


def wrap(text, width):
    import textwrap
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def cut(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def narrative(doc, fr):
    p, s = doc.p, doc.p["sup"]
    t = p["title_fr"] if fr else p["title"]
    paras = []
    if fr:
        a = f"Le poste de {t} ({doc.c(p['cls'])})"
        a += f", numéro de poste {p['pos']}," if doc.has("position_number") else ", dont le numéro n'est pas encore attribué,"
        a += f" code d'emploi {p['job']}," if doc.has("job_code") else ""
        a += f" est situé à {p['loc_fr']} et relève du {s['title_fr']} ({doc.c(s['cls'])}"
        a += f", poste {s['pos']})." if doc.has("supervisor.position_number") else ")."
        if doc.has("effective_date"):
            a += f" La présente description entre en vigueur le {doc.d(doc.eff, True)}."
        paras.append(a)
        paras.append(ga_text(doc, True) + " " + NS[1])
        paras.append("\n".join(reports_lines(doc, True)))
        b = f"Le titulaire gère un budget salarial de {doc.m(p['salary'], True)} et un budget de fonctionnement et d'entretien de {doc.m(doc.om, True)}"
        b += f", soit {doc.m(doc.total, True)} au total" if doc.has("total") else ""
        b += f", et une équipe de {p['fte']} ETP."
        paras.append(b)
    else:
        a = f"The {t} ({doc.c(p['cls'])})"
        a += f", position number {p['pos']}," if doc.has("position_number") else ", a position not yet numbered,"
        a += f" job code {p['job']}," if doc.has("job_code") else ""
        a += f" is located in {p['loc']} and reports to the {s['title']} ({doc.c(s['cls'])}"
        a += f", position {s['pos']})." if doc.has("supervisor.position_number") else ")."
        if doc.has("effective_date"):
            a += f" This description is effective {doc.d(doc.eff)}."
        paras.append(a)
        paras.append(ga_text(doc, False) + " " + NS[0])
        paras.append("\n".join(reports_lines(doc, False)))
        b = f"The position manages a salary budget of {doc.m(p['salary'])} and an O&M budget of {doc.m(doc.om)}"
        b += f", for a total of {doc.m(doc.total)}" if doc.has("total") else ""
        b += f", and a workforce of {p['fte']} FTEs."
        paras.append(b)
    paras.append("\n".join(f"- {a}" for a in activities(doc, fr)))
    paras.append("\n".join(signature_lines(doc, fr)))
    return paras


BILABEL = {"Position Title": "Titre du poste", "Classification": "Classification", "Position Number": "Numéro de poste",
           "Job Code": "Code d'emploi", "Effective Date": "Date d'entrée en vigueur", "Department": "Ministère",
           "Region": "Région", "Location": "Lieu de travail"}


def bilabel_pairs(doc):
    p, s = doc.p, doc.p["sup"]
    out = [("Position Title / Titre du poste", f"{p['title']} / {p['title_fr']}"),
           ("Classification / Classification", doc.c(p["cls"])),
           ("Position Number / Numéro de poste", p["pos"] if doc.has("position_number") else "TBD / À déterminer")]
    if doc.has("job_code"):
        out.append(("Job Code / Code d'emploi", p["job"]))
    out.append(("Effective Date / Date d'entrée en vigueur", doc.d(doc.eff) if doc.has("effective_date") else ""))
    out.append(("Department / Ministère", f"{DEPTS[p['dept']][0]} / {DEPTS[p['dept']][1]}"))
    loc = p["loc"] if p["loc"] == p["loc_fr"] else f"{p['loc']} / {p['loc_fr']}"
    out.append(("Location / Lieu de travail", loc))
    if doc.labels:
        num = f" – #{s['pos']}" if doc.has("supervisor.position_number") else ""
        out.append(("Supervisor / Superviseur", f"{s['title']} / {s['title_fr']} ({doc.c(s['cls'])}){num}"))
    else:
        out.append(("Supervisor / Superviseur", f"{s['title']} / {s['title_fr']}"))
        out.append(("Supervisor's Classification / Classification du superviseur", doc.c(s["cls"])))
        if doc.has("supervisor.position_number"):
            out.append(("Supervisor's Position Number / Numéro de poste du superviseur", s["pos"]))
    return out


def bilabel_lines(doc):
    lines = ["EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE", ""]
    lines += [f"{k}: {v}".rstrip() for k, v in bilabel_pairs(doc)]
    lines += ["", "GENERAL ACCOUNTABILITY / RAISON D'ÊTRE", ga_text(doc, False), ga_text(doc, True), ""]
    lines += ["DIRECT REPORTS / SUBORDONNÉS DIRECTS"]
    for r in doc.p["reports"]:
        lines.append(f"- {r['title']} / {r['title_fr']} ({doc.c(r['classification'])}) – "
                     + ("no staff / aucun employé" if r["fte"] is None else f"{r['fte']} FTEs / ETP"))
    lines += ["", "DIMENSIONS"]
    p = doc.p
    lines.append(f"Salary / Salaires: {doc.m(p['salary'])}")
    lines.append(f"O&M / F et E: {doc.m(doc.om)}")
    if doc.has("total"):
        lines.append(f"Total / Total: {doc.m(doc.total)}")
    lines.append(f"FTEs / ETP: {p['fte']}")
    lines += ["", "SPECIFIC ACCOUNTABILITIES / ACTIVITÉS PRINCIPALES"]
    for (e, f) in zip(activities(doc, False), activities(doc, True)):
        lines += [f"- {e}", f"  {f}"]
    lines += [""] + [ln.replace("Prepared by", "Prepared by / Préparé par").replace("Approved by", "Approved by / Approuvé par")
                     .replace("Incumbent", "Incumbent / Titulaire") for ln in signature_lines(doc, False)]
    return lines


def two_columns(doc, mode, width=44, gap=4):
    en = one_language(doc, False, width=None)
    fr = one_language(doc, True, width=None)
    split = cut if mode == "cut" else wrap
    w = 38 if mode == "cut" else width
    L = [x for ln in en for x in (split(ln, w) if ln else [""])]
    R = [x for ln in fr for x in (split(ln, w) if ln else [""])]
    if mode == "seq":
        return L, R
    n = max(len(L), len(R))
    L += [""] * (n - len(L))
    R += [""] * (n - len(R))
    return [(a.ljust(w + gap) + b).rstrip() for a, b in zip(L, R)], None


# ------------------------------------------------------------------ writers
FIXED = datetime.datetime(2024, 11, 4, 9, 30, 0)


def docx_save(d: docx.Document) -> bytes:
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = "HR"
    cp.last_modified_by = "HR"
    cp.revision = 1
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, src.read(name))
    return out.getvalue()


def new_docx():
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    return d


def add_lines(d, lines):
    for ln in lines:
        if not ln:
            continue
        if ln.isupper() and len(ln) < 70:
            d.add_heading(ln.title() if ln.isascii() else ln, level=2)
        elif ln.startswith("- "):
            d.add_paragraph(ln[2:], style="List Bullet")
        elif ln[:2] in {f"{i}." for i in range(1, 10)}:
            d.add_paragraph(ln[3:], style="List Number")
        else:
            d.add_paragraph(ln)


def render_docx(doc, lang, layout):
    d = new_docx()
    p = doc.p
    if layout == "twocol-table":
        en, fr = one_language(doc, False), one_language(doc, True)
        d.add_heading("Executive Work Description / Description de travail de cadre", level=1)
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text, t.rows[0].cells[1].text = "English", "Français"
        # the sections side by side: one row per section
        def sections(lines):
            secs, cur = [], []
            for ln in lines[2:]:
                if ln == "":
                    if cur:
                        secs.append(cur)
                    cur = []
                else:
                    cur.append(ln)
            if cur:
                secs.append(cur)
            return secs
        for a, b in zip(sections(en), sections(fr)):
            row = t.add_row().cells
            row[0].text = "\n".join(a)
            row[1].text = "\n".join(b)
        return docx_save(d)
    if layout == "bilabel":
        d.add_heading("Executive Work Description / Description de travail de cadre", level=1)
        pairs = bilabel_pairs(doc)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in pairs:
            c = t.add_row().cells
            c[0].text, c[1].text = k, v
        d.add_heading("General Accountability / Raison d'être", level=2)
        d.add_paragraph(ga_text(doc, False))
        d.add_paragraph(ga_text(doc, True))
        d.add_heading("Direct Reports / Subordonnés directs", level=2)
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Position / Poste", "Group-Level / Groupe-niveau", "FTEs / ETP"]):
            c.text = h
        for r in p["reports"]:
            c = t.add_row().cells
            c[0].text = f"{r['title']} / {r['title_fr']}"
            c[1].text = doc.c(r["classification"])
            c[2].text = "—" if r["fte"] is None else str(r["fte"])
        d.add_heading("Dimensions", level=2)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        dims = [("Salary / Salaires", doc.m(p["salary"])), ("O&M / F et E", doc.m(doc.om))]
        if doc.has("total"):
            dims.append(("Total", doc.m(doc.total)))
        dims.append(("FTEs / ETP", str(p["fte"])))
        for k, v in dims:
            c = t.add_row().cells
            c[0].text, c[1].text = k, v
        d.add_heading("Specific Accountabilities / Activités principales", level=2)
        for e, f in zip(activities(doc, False), activities(doc, True)):
            d.add_paragraph(f"{e} / {f}", style="List Bullet")
        for ln in bilabel_lines(doc)[-3:]:
            if ln:
                d.add_paragraph(ln)
        return docx_save(d)
    fr = lang == "fr"
    if layout == "narrative":
        d.add_heading(p["title_fr"] if fr else p["title"], level=1)
        for para in narrative(doc, fr):
            add_lines(d, para.split("\n"))
        return docx_save(d)
    # form: header pairs in a two-column table, rest as paragraphs
    lines = one_language(doc, fr)
    d.add_heading(lines[0], level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in header_pairs(doc, fr):
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    rest = lines[2 + len(header_pairs(doc, fr)):]
    i = 0
    while i < len(rest):
        ln = rest[i]
        if doc.reports_style == "aligned" and ln.startswith(("Poste  ", "Position  ")):
            t = d.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Poste" if fr else "Position", "Niveau" if fr else "Level", "ETP" if fr else "FTEs"]):
                c.text = h
            for r in doc.p["reports"]:
                c = t.add_row().cells
                c[0].text = r["title_fr"] if fr else r["title"]
                c[1].text = doc.c(r["classification"])
                c[2].text = "-" if r["fte"] is None else str(r["fte"])
            i += 1 + len(doc.p["reports"])
            continue
        add_lines(d, [ln])
        i += 1
    return docx_save(d)


def render_markdown(doc, lang, layout):
    p = doc.p
    if layout == "twocol-table":
        en, fr = one_language(doc, False), one_language(doc, True)
        out = ["# Executive Work Description / Description de travail de cadre", "",
               "| English | Français |", "|---|---|"]
        n = max(len(en), len(fr))
        en += [""] * (n - len(en))
        fr += [""] * (n - len(fr))
        for a, b in zip(en[2:], fr[2:]):
            if a or b:
                out.append(f"| {a.replace('|', '/')} | {b.replace('|', '/')} |")
        return "\n".join(out) + "\n"
    if layout == "bilabel":
        lines = bilabel_lines(doc)
        out = [f"# {lines[0]}", ""]
        for ln in lines[2:]:
            if ln.isupper() and ln:
                out += ["", f"## {ln.title()}", ""]
            elif ": " in ln and not ln.startswith("-") and ln.split(": ")[0].count("/") == 1 and len(ln.split(": ")[0]) < 70:
                k, v = ln.split(": ", 1)
                out.append(f"**{k}:** {v}  ")
            else:
                out.append(ln)
        return "\n".join(out) + "\n"
    fr = lang == "fr"
    if layout == "narrative":
        out = [f"# {p['title_fr'] if fr else p['title']}", ""]
        for para in narrative(doc, fr):
            out += [para, ""]
        return "\n".join(out)
    lines = one_language(doc, fr)
    out = [f"# {lines[0].title()}", ""]
    if doc.rng.random() < 0.5:
        out += ["| | |", "|---|---|"] + [f"| **{k}** | {v} |" for k, v in header_pairs(doc, fr)]
    else:
        out += [f"- **{k}:** {v}" for k, v in header_pairs(doc, fr)]
    for ln in lines[2 + len(header_pairs(doc, fr)):]:
        if ln.isupper():
            out += ["", f"## {ln.capitalize()}", ""]
        else:
            out.append(ln)
    return "\n".join(out) + "\n"


def text_lines(doc, lang, layout):
    fr = lang == "fr"
    if layout == "bilabel":
        lines = bilabel_lines(doc)
        return [x for ln in lines for x in (wrap(ln, 96) if ln else [""])]
    if layout == "narrative":
        out = [(doc.p["title_fr"] if fr else doc.p["title"]).upper(), ""]
        for para in narrative(doc, fr):
            for ln in para.split("\n"):
                out += wrap(ln, 88)
            out.append("")
        return out
    if layout.startswith("twocol"):
        mode = {"twocol-inter": "inter", "twocol-seq": "seq", "twocol-cut": "cut"}[layout]
        a, b = two_columns(doc, mode)
        if mode == "seq":
            return a + ["", ""] + b
        return a
    # form, labels aligned
    lines = one_language(doc, fr)
    hp = header_pairs(doc, fr)
    w = max(len(k) for k, _ in hp) + 2
    sep = " :" if fr else ":"
    out = [lines[0], ""] + [f"{(k + sep).ljust(w + 2)}{v}".rstrip() for k, v in hp]
    for ln in lines[2 + len(hp):]:
        out += wrap(ln, 90) if ln and not doc.reports_style == "aligned" else [ln]
    return out


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def raw_columns(left, right, rows_interleaved):
    """Raw PDF pages: two columns placed at x=40 and x=310, 7-point type."""
    per = 82
    pages = []
    n = max(len(left), len(right))
    for start in range(0, n, per):
        L, R = left[start:start + per], right[start:start + per]
        if rows_interleaved:
            parts = ["BT /F1 7 Tf"]
            for i in range(max(len(L), len(R))):
                y = 800 - 9 * i
                if i < len(L) and L[i]:
                    parts.append(f"1 0 0 1 40 {y} Tm ({pdf_escape(L[i])}) Tj")
                if i < len(R) and R[i]:
                    parts.append(f"1 0 0 1 310 {y} Tm ({pdf_escape(R[i])}) Tj")
            parts.append("ET")
        else:
            parts = ["BT /F1 7 Tf 9 TL 40 800 Td"] + [f"({pdf_escape(x)}) Tj T*" for x in L] + ["ET"]
            parts += ["BT /F1 7 Tf 9 TL 310 800 Td"] + [f"({pdf_escape(x)}) Tj T*" for x in R] + ["ET"]
        pages.append("\n".join(parts).encode("cp1252"))
    return pages


def paginate(lines, per=64, header=None):
    pages = []
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    for n, ch in enumerate(chunks, 1):
        head = [header, ""] if header else []
        pages.append("\n".join(head + ch + ["", f"{n}/{len(chunks)}"]))
    return pages


def render_pdf(doc, lang, layout):
    if layout in ("twocol-seq", "twocol-rows"):
        en = [x for ln in one_language(doc, False) for x in (wrap(ln, 60) if ln else [""])]
        fr = [x for ln in one_language(doc, True) for x in (wrap(ln, 60) if ln else [""])]
        return pdf_bytes(raw_columns(en, fr, layout == "twocol-rows"))
    lines = text_lines(doc, lang, layout)
    header = {"bilingual": "Government of Canada / Gouvernement du Canada", "fr": "Gouvernement du Canada",
              "en": "Government of Canada"}[lang]
    return pdf_bytes(paginate(lines, 64, header))


# ------------------------------------------------------------------ OCR
DIGIT_SWAP = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}
LETTER_SWAP = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("i", "l"), ("o", "c"), ("é", "e"),
               ("è", "e"), ("ô", "o")]


def damage(lines, strength, rng, header):
    p_digit, p_letter, p_join, p_hyph = {"light": (0.12, 0.03, 0.02, 0.3), "medium": (0.3, 0.07, 0.05, 0.6),
                                         "heavy": (0.55, 0.12, 0.09, 0.9)}[strength]
    out = []
    for ln in lines:
        toks = ln.split(" ")
        new = []
        for t in toks:
            if any(ch.isdigit() for ch in t):
                t = "".join(DIGIT_SWAP[ch] if ch in DIGIT_SWAP and rng.random() < p_digit else ch for ch in t)
                if strength == "heavy" and t.startswith("$") and rng.random() < 0.5:
                    t = "S" + t[1:]
            elif len(t) > 3 and rng.random() < p_letter:
                a, b = rng.choice(LETTER_SWAP)
                if a in t:
                    t = t.replace(a, b, 1)
            new.append(t)
        s = ""
        for i, t in enumerate(new):
            if i and not (rng.random() < p_join and new[i - 1].isalpha() and t.isalpha()):
                s += " "
            s += t
        out.append(s)
    # hyphenated line ends: carry part of the next line's first word back
    for i in range(len(out) - 1):
        nxt = out[i + 1]
        if out[i] and nxt and "  " not in out[i] and "  " not in nxt and rng.random() < p_hyph / 3:
            w = nxt.split(" ", 1)
            if len(w[0]) > 6 and w[0].isalpha():
                k = len(w[0]) // 2
                out[i] = out[i] + " " + w[0][:k] + "-"
                out[i + 1] = w[0][k:] + (" " + w[1] if len(w) > 1 else "")
    pages = [out[i:i + 48] for i in range(0, len(out), 48)]
    text = []
    for n, pg in enumerate(pages, 1):
        foot = f"Page {n} of {len(pages)}"
        if strength != "light":
            foot = foot.replace("1", "l").replace("o", "c", 1 if rng.random() < 0.5 else 0)
        text.append("\n".join([header, ""] + pg + ["", foot]))
    return "\n\f".join(text) + "\n"


# ------------------------------------------------------------------ refusals
def refusals():
    docs = []
    # 1. regional office directory (Word, bilingual)
    d = new_docx()
    d.add_heading("Service Canada – Regional Executive Directory / Répertoire des cadres régionaux", level=1)
    d.add_paragraph("Updated October 2024 / Mis à jour en octobre 2024. For internal use only / Usage interne seulement.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Region / Région", "Executive / Cadre", "Title / Titre", "Office address / Adresse du bureau"]):
        c.text = h
    people = []
    rows = [("Atlantic / Atlantique", "Regional Director General (EX-03)", "1180 Main Street, Moncton NB  E1C 1H4"),
            ("Quebec / Québec", "Directrice générale régionale (EX-03)", "2100 boul. Lapierre, Montréal (Québec)  H4R 1N6"),
            ("Ontario", "Regional Director General (EX-03)", "4900 Avenue Road, Toronto ON  M2N 7B2"),
            ("Western Canada and Territories / Ouest canadien et Territoires", "Regional Director General (EX-03)", "9700 Jasper Ave, Edmonton AB  T5J 4C3"),
            ("North / Nord", "Director, Territories (EX-01)", "300 Main Street, Whitehorse, Y.T.  Y1A 2B5")]
    for reg, title, addr in rows:
        n = new_name()
        people.append(n)
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = reg, n, title, addr
    docs.append(("Regional executive directory - Répertoire (Oct 2024).docx", "docx", "bilingual", docx_save(d),
                 people, {"what": "regional office directory"}))
    # 2. bilingual job poster (PDF, two columns)
    left = ["JOB OPPORTUNITY", "", "Director, Service Delivery, Nova Scotia", "EX-01", "Halifax, N.S. or Sydney, N.S.",
            "Salary range: $131,000 to $154,000", "", "Closing date: December 6, 2024", "",
            "Service Canada is seeking an experienced", "leader to head its service delivery", "network in Nova Scotia.",
            "Apply through the GC Jobs site.", "", "Contact:"]
    right = ["POSSIBILITÉ D'EMPLOI", "", "Directeur, Prestation des services,", "Nouvelle-Écosse", "EX-01",
             "Halifax (N.-É.) ou Sydney (N.-É.)", "Échelle salariale : 131 000 $ à 154 000 $", "",
             "Date de clôture : 6 décembre 2024", "", "Service Canada est à la recherche d'un", "leader d'expérience pour diriger",
             "son réseau de prestation des services", "en Nouvelle-Écosse. Postulez sur Emplois GC.", "", "Personne-ressource :"]
    n = new_name()
    left.append(n)
    right.append(n)
    docs.append(("Poster - Affiche EX-01 Director NS (bilingual).pdf", "pdf", "bilingual",
                 pdf_bytes(raw_columns(left, right, True)), [n], {"what": "bilingual job poster"}))
    # 3. relocation letter (UTF-8 text)
    a, b = new_name(), new_name()
    letter = f"""Canadian Northern Economic Development Agency
Whitehorse, Y.T.

November 18, 2024

{a}
Ottawa, Ontario

Subject: Relocation to Whitehorse - Director General, Yukon Operations (EX-02)

Dear {a.split()[0]},

Further to your acceptance of the position of Director General, Yukon Operations, I am pleased to
confirm the arrangements for your relocation from Ottawa, Ontario to Whitehorse, Yukon under the
National Joint Council Relocation Directive. Your reporting date is February 3, 2025.

The Agency will cover the costs of the household goods move, a house-hunting trip of up to five days
and interim accommodation for up to 30 days. Please contact the relocation services provider within
ten working days of this letter.

We look forward to welcoming you to the Yukon.

Sincerely,

{b}
Vice-President, Operations
"""
    docs.append(("Relocation letter - Whitehorse.txt", "text", "en", letter.encode("utf-8"), [a, b],
                 {"what": "relocation letter"}))
    # 4. minutes (French, Markdown)
    c1, c2, c3 = new_name(), new_name(), new_name()
    minutes = f"""# Procès-verbal – Comité de gestion régional, Région du Québec

**Date :** 12 septembre 2024  
**Lieu :** Trois-Rivières (QC) et par vidéoconférence (Rouyn-Noranda, Québec, Îles-de-la-Madeleine)  
**Présents :** {c1} (présidente), {c2}, {c3}

## 1. Dotation

- Le poste de Directeur, Prestation des services, Mauricie et Centre-du-Québec (EX-01) sera affiché en octobre.
- La description de travail de la Directrice, Abitibi-Témiscamingue doit être mise à jour : le budget de F et E
  (environ 410 000 $) reste à confirmer avec les finances.

## 2. Locaux

- Le bail du bureau de Cap-aux-Meules arrive à échéance en mars 2025.

## 3. Prochaine réunion

- 10 octobre 2024, Québec (Québec).
"""
    docs.append(("PV comité de gestion régional 2024-09-12.md", "markdown", "fr", minutes.encode("utf-8"),
                 [c1, c2, c3], {"what": "minutes of a regional management committee"}))
    # 5. scan without a text layer
    docs.append(("SCAN_20250214_0931.pdf", "pdf", "en", pdf_bytes(["", "", ""]), [],
                 {"what": "scanned pages without a text layer"}))
    return docs


# ------------------------------------------------------------------ truth
def truth(name, kind, lang, doc, layout, extra_also, versions):
    p, fr = doc.p, lang == "fr"
    s = p["sup"]
    f = {
        "title": p["title_fr"] if fr else p["title"],
        "classification": p["cls"],
        "job_code": p["job"] if doc.has("job_code") else None,
        "position_number": p["pos"] if doc.has("position_number") else None,
        "effective_date": doc.eff if doc.has("effective_date") else None,
        "supervisor": {"position_number": s["pos"] if doc.has("supervisor.position_number") else None,
                       "title": s["title_fr"] if fr else s["title"], "classification": s["cls"]},
        "direct_reports": [{"title": r["title_fr"] if fr else r["title"], "classification": r["classification"],
                            "fte": r["fte"]} for r in p["reports"]],
        "salary": p["salary"], "o_and_m": doc.om, "total": doc.total if doc.has("total") else None,
        "location": p["loc_fr"] if fr else p["loc"],
    }
    also = {"department": DEPTS[p["dept"]][1 if fr else 0], "region": p["region"], "form": layout, "fte": p["fte"]}
    if lang != "en":
        also["title_fr"] = p["title_fr"]
    if lang == "bilingual" and p["loc_fr"] != p["loc"]:
        also["location_fr"] = p["loc_fr"]
    if lang == "fr":
        also["title_en"] = p["title"]
    if p["in_corpus"]:
        also["reports_to_in_corpus"] = None  # filled in later
    also.update(extra_also)
    people = list(([doc.incumbent] if doc.incumbent else []) + doc.signers)
    return {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": f,
            "not_stated": sorted(doc.missing), "also": also, "people": people, "versions": versions}


def main():
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    P = build_positions()
    seen = {}
    for key, *_ in PLAN:
        seen[key] = seen.get(key, 0) + 1
    count = {}
    truths = []
    first_doc = {}
    for i, (key, kind, lang, layout, missing, name) in enumerate(PLAN):
        rng = random.Random(1680 + i)
        count[key] = count.get(key, 0) + 1
        version = None
        if seen[key] == 2:
            version = "old" if count[key] == 1 else "new"
        doc = Doc(P[key], lang, missing, rng, version)
        if version == "new":  # the newer version keeps the older one's signers? no: a new signature page
            pass
        extra = {}
        if kind in ("ocr", "ocr-columns"):
            strength = ["light", "medium", "heavy"][i % 3]
            extra["damage"] = strength
        if kind == "docx":
            data = render_docx(doc, lang, layout)
        elif kind == "markdown":
            data = render_markdown(doc, lang, layout).encode("utf-8")
        elif kind == "pdf":
            data = render_pdf(doc, lang, layout)
        elif kind in ("text", "text-cp1252"):
            txt = "\n".join(text_lines(doc, lang, layout)) + "\n"
            data = txt.replace("\n", "\r\n").replace("'", "\u2019").encode("cp1252") if kind == "text-cp1252" else txt.encode("utf-8")
        else:
            lay = layout if kind == "ocr-columns" else layout
            lines = text_lines(doc, lang, lay)
            hdr = {"en": "EXECUTIVE WORK DESCRIPTION", "fr": "DESCRIPTION DE TRAVAIL DE CADRE",
                   "bilingual": "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"}[lang] + "   " + DEPTS[P[key]["dept"]][0 if lang != "fr" else 1]
            data = damage(lines, extra["damage"], rng, hdr).encode("utf-8")
        (CORPUS / name).write_bytes(data)
        t = truth(name, kind, lang, doc, layout, extra, None)
        truths.append(t)
        first_doc.setdefault(key, name)
    # supervisors in the corpus; versions
    by_key = {}
    for (key, *_), t in zip(PLAN, truths):
        by_key.setdefault(key, []).append(t)
    for (key, *_), t in zip(PLAN, truths):
        if "reports_to_in_corpus" in t["also"]:
            t["also"]["reports_to_in_corpus"] = by_key[P[key]["in_corpus"]][-1]["document"]
        if len(by_key[key]) == 2:
            old, new = by_key[key]
            t["versions"] = {"documents": [old["document"], new["document"]], "newest": new["document"],
                             "same_text": False,
                             "note": "the newer version is effective 2025-04-01 and its O&M is $45,000 higher; "
                                     "it states the values the older one left out"}
    for name, kind, lang, data, people, also in refusals():
        (CORPUS / name).write_bytes(data)
        truths.append({"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                       "not_stated": None, "also": also, "people": people, "versions": None})
    for t in truths:
        (EXPECTED / f"{t['document']}.expected.yaml").write_text(
            yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
