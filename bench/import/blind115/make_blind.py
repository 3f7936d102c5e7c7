"""Write the blind115 corpus (corpus/) and its ground truth (expected/), byte for byte the same on
every run: an internationally facing department's executive-services share drive.

    /work/main/.venv/bin/python bench/import/blind115/make_blind.py
"""
from __future__ import annotations

import datetime as dt
import importlib.util
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
import positions as PS  # noqa: E402
import texts as TX  # noqa: E402

_spec = importlib.util.spec_from_file_location("import_files", ROOT / "tests" / "import_files.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
pdf_bytes = _mod.pdf_bytes

RNG = random.Random(115)

# ---------------------------------------------------------------- notations

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d, lang, n):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                d.isoformat(), f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"][n % 5]
    m = MONTHS_EN[d.month - 1]
    return [f"{m} {d.day}, {d.year}", f"{m} {ordinal(d.day)}, {d.year}", f"{d.day} {m} {d.year}",
            f"{m[:3]}. {d.day}, {d.year}", d.isoformat(), f"{d.year}/{d.month:02d}/{d.day:02d}",
            f"{m[:3].upper()} {d.day:02d} {d.year}", f"{d.day:02d}-{m[:3].upper()}-{d.year}"][n % 8]


def fmt_cls(c, n):
    if not c:
        return ""
    g, lv = c.rsplit("-", 1)
    if g != "EX":
        return c
    return [f"EX-{lv}", f"EX {lv}", f"EX-{int(lv)}", f"EX{lv}", f"Ex-{lv}", f"EX - {lv}"][n % 6]


def fmt_amt(v, lang, n):
    if lang == "fr":
        sp = f"{v:,}".replace(",", " ")
        forms = [f"{sp} $", f"{sp},00 $", None, None]
        if v % 10000 == 0 and v >= 1000000:
            forms[2] = f"{v / 1e6:.2f}".replace(".", ",") + " M$"
            forms[3] = f"{v / 1e6:.2f}".replace(".", ",") + " million $"
        f = forms[n % 4]
        return f or f"{sp} $"
    forms = [f"${v:,}", None, None, None, f"${v:,}.00"]
    if v % 10000 == 0 and v >= 1000000:
        forms[1] = f"${v / 1e6:.2f}M"
        forms[3] = f"${v / 1e6:.2f} million"
    if v % 1000 == 0:
        forms[2] = f"${v // 1000:,}K"
    f = forms[n % 5]
    return f or f"${v:,}"


FTE_EN = ["{n} FTEs", "{n} FTE", "staff of {n}", "{n} employees", "{n} FTE's"]
FTE_FR = ["{n} ETP", "effectif de {n}", "{n} employés", "{n} ETP"]


def fmt_fte(n, lang, k):
    forms = FTE_FR if lang == "fr" else FTE_EN
    s = forms[k % len(forms)].format(n=n)
    if n == 1:
        s = s.replace("FTEs", "FTE").replace("FTE's", "FTE").replace("employees", "employee").replace("employés", "employé")
    return s


# ---------------------------------------------------------------- labels

EN_LABELS = [
    dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number", eff="Effective Date",
         dept="Department", branch="Branch", loc="Location", snum="Supervisor's Position No.",
         stitle="Supervisor's Position Title", scls="Supervisor's Classification", inc="Incumbent"),
    dict(title="TITLE", cls="GROUP/LEVEL", job="GENERIC JOB NO.", pos="POSITION NO.", eff="DATE IN EFFECT",
         dept="ORGANIZATION", branch="BRANCH/SECTOR", loc="GEOGRAPHIC LOCATION", snum="REPORTS TO POSITION NO.",
         stitle="REPORTS TO (TITLE)", scls="REPORTS TO (GROUP & LEVEL)", inc="INCUMBENT"),
    dict(title="Job Title", cls="Group and Level", job="Job Number", pos="Position #", eff="Effective",
         dept="Department", branch="Bureau", loc="Work Location", snum="Immediate Supervisor Position #",
         stitle="Immediate Supervisor Title", scls="Supervisor Group & Level", inc="Incumbent Name"),
    dict(title="Official Position Title", cls="Level", job="Standardized Job Code", pos="Position Ref. No.",
         eff="Classification Effective Date", dept="Department/Agency", branch="Sector", loc="Mission / City",
         snum="Supervisor Position Number", stitle="Supervisor Title", scls="Supervisor Level", inc="Incumbent"),
]
FR_LABELS = [
    dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro de poste",
         eff="Date d'entrée en vigueur", dept="Ministère", branch="Direction générale", loc="Lieu",
         snum="No de poste du superviseur", stitle="Titre du poste du superviseur", scls="Classification du superviseur",
         inc="Titulaire"),
    dict(title="INTITULÉ DU POSTE", cls="GROUPE/NIVEAU", job="NO DE CODE D'EMPLOI", pos="NO DU POSTE",
         eff="EN VIGUEUR LE", dept="MINISTÈRE", branch="SECTEUR", loc="EMPLACEMENT GÉOGRAPHIQUE",
         snum="NO DE POSTE DU SUPÉRIEUR IMMÉDIAT", stitle="TITRE DU SUPÉRIEUR IMMÉDIAT",
         scls="GROUPE ET NIVEAU DU SUPÉRIEUR", inc="TITULAIRE"),
    dict(title="Titre", cls="Niveau", job="Numéro d'emploi", pos="Poste no", eff="Date de prise d'effet",
         dept="Organisation", branch="Direction", loc="Lieu de travail", snum="Poste no du gestionnaire",
         stitle="Titre du gestionnaire", scls="Niveau du gestionnaire", inc="Titulaire du poste"),
]
BI_LABELS = {k: f"{EN_LABELS[0][k]} / {FR_LABELS[0][k]}" for k in EN_LABELS[0]}
BI_LABELS["title_fr"] = "French Title / Titre français"

HEAD = {
    "ga": ("General Accountability", "Responsabilité générale"),
    "org": ("Organization Structure", "Structure organisationnelle"),
    "ns": ("Nature and Scope", "Nature et étendue"),
    "dims": ("Dimensions", "Dimensions"),
    "acc": ("Specific Accountabilities", "Activités principales"),
    "csr": ("Client Service Results", "Résultats axés sur le service à la clientèle"),
    "ka": ("Key Activities", "Activités principales"),
    "cert": ("Certification", "Attestation"),
}
DIM_LABELS = {
    "en": dict(sal=["Salary", "Salary budget", "Salaries", "Salary Dollars"],
               om=["O&M", "Operating and Maintenance (O&M)", "O & M budget", "Non-salary (O&M)"],
               tot=["Total", "Total Budget", "Total", "Total operating budget"],
               comb=["Combined Salary and O&M Budget", "Operating budget (salary and O&M)"],
               fte=["FTEs", "FTE's", "Staff", "Number of employees"],
               gc=["Grants and Contributions", "G&C", "Program budget (G&Cs)"]),
    "fr": dict(sal=["Salaires", "Budget salarial", "Traitements"],
               om=["F et E", "Fonctionnement et entretien", "Budget de F et E"],
               tot=["Total", "Budget total", "Total"],
               comb=["Budget de fonctionnement (salaires et F et E)", "Budget salarial et de F et E combiné"],
               fte=["ETP", "Équivalents temps plein", "Effectif"],
               gc=["Subventions et contributions", "S et C"]),
}

DUTIES = {
    "en": ["responsible for day-to-day operations and service delivery", "responsible for policy and program advice",
           "accountable for planning, reporting and resource management", "responsible for partner relations"],
    "fr": ["responsable des opérations courantes et de la prestation des services",
           "responsable des conseils en matière de politiques et de programmes",
           "responsable de la planification, des rapports et de la gestion des ressources",
           "responsable des relations avec les partenaires"],
}

# ---------------------------------------------------------------- the documents

REF = "refuse"
DOCS = [
    # GAC
    dict(file="Director, Emergency Management Operations - EX-01.txt", key="g1", kind="ocr", lang="en",
         o=dict(ocr="run", dmg=2, labels=1, sup="fields", dr="paren", job=True)),
    dict(file="DG Consular Policy & Advocacy FINAL.docx", key="g2", kind="docx", lang="en",
         o=dict(labels=0, sup="fields", dr="table", job=True, dims="table")),
    dict(file="HOM Bogotá EX-03 2016.txt", key="g3", kind="ocr", lang="en",
         o=dict(ocr="lines", dmg=2, labels=3, sup="reports_to", dr="dash", job=False, loc=True), version="g3"),
    dict(file="HOM Bogotá - revised 2022.docx", key="g3", kind="docx", lang="en",
         o=dict(labels=3, sup="fields", dr="list", job=False, dims="lines"), version="g3",
         over=dict(cls="EX-04", eff=dt.date(2022, 9, 6), sal=2410000, om=2090000, tot=4500000, fte=57,
                   reports=[(("Counsellor and Head of Political and Public Affairs", ""), "FS-04", 6),
                            (("Senior Trade Commissioner", ""), "FS-04", 8),
                            (("Management and Consular Officer", ""), "AS-07", 19),
                            (("Head of Cooperation", ""), "EX-01", 10),
                            (("Head of Security Operations", ""), "PM-05", 4)])),
    dict(file="High Commissioner Accra WD 2018.txt", key="g4", kind="ocr", lang="en",
         o=dict(ocr="pages", dmg=1, labels=0, sup="fields", dr="paren", job=True, csr=True)),
    dict(file="WD - Consul General Munich (1).pdf", key="g5", kind="pdf", lang="en",
         o=dict(labels=2, sup="fields_nonum", dr="endash", job=False)),
    dict(file="TCS Ontario RD - scan.txt", key="g6", kind="ocr-columns", lang="en",
         o=dict(ocr="columns", dmg=2, labels=1, sup="fields", dr="dash", job=True)),
    dict(file="DG Programmes panafricains - EX-03.docx", key="g7", kind="docx", lang="fr",
         o=dict(labels=0, sup="fields", dr="table", job=True, dims="table", gcd=True)),
    dict(file="Dir Humanitarian Assistance Ops 2017.txt", key="g8", kind="ocr", lang="en",
         o=dict(ocr="lines", dmg=1, labels=2, sup="sentence", dr="prose", job=True, gcd=True, nofte=True)),
    dict(file="Director, Mission Security Programs.md", key="g9", kind="markdown", lang="en",
         o=dict(labels=0, sup="fields", dr="paren", job=True, md=True)),
    dict(file="Chef de la coopération Haïti 2017 (signée).txt", key="g10", kind="ocr", lang="fr",
         o=dict(ocr="run", dmg=2, labels=1, sup="fields", dr="paren", job=False, gcd=True), version="g10"),
    dict(file="Chef de la coopération Haïti - révisée 2023.docx", key="g10", kind="docx", lang="fr",
         o=dict(labels=1, sup="fields", dr="list", job=False, dims="lines", gcd=True), version="g10",
         over=dict(eff=dt.date(2023, 5, 15), sal=1480000, om=470000, tot=1950000, fte=18, gc=124000000,
                   title=("Head of Cooperation, Embassy of Canada to Haiti",
                          "Chef de la coopération, Ambassade du Canada en Haïti"),
                   reports=[(("", "Première secrétaire (Développement), Gouvernance et droits de la personne"), "FS-03", 4),
                            (("", "Premier secrétaire (Développement), Santé et éducation"), "FS-03", 5),
                            (("", "Première secrétaire (Développement), Climat et agriculture"), "FS-02", 3),
                            (("", "Conseiller principal en développement"), "LE-10", 6)])),
    dict(file="Dir LES Compensation.txt", key="g11", kind="text-cp1252", lang="en",
         o=dict(labels=2, sup="fields", dr="bracket", job=True, hl="tabs")),
    dict(file="Director Market Access Policy 2014.txt", key="g12", kind="ocr", lang="en",
         o=dict(ocr="run", dmg=3, labels=0, sup="fields", dr="paren", job=True, noloc=True)),
    dict(file="DG IM-IT Operations - EX-03 - signed.docx", key="g13", kind="docx", lang="en",
         o=dict(labels=2, sup="reports_to", dr="table", job=True, dims="table", four=True)),
    dict(file="Ambassadeur Sénégal - Ambassador Senegal.txt", key="g15", kind="ocr", lang="bilingual",
         o=dict(ocr="lines", dmg=1, sup="fields", dr="paren", job=True, bi="interleave")),
    dict(file="Consul General Shanghai EX-02.docx", key="g16", kind="docx", lang="en",
         o=dict(labels=1, sup="fields", dr="list", job=True, dims="lines", nocls=True)),
    dict(file="CG Sao Paulo.txt", key="g17", kind="ocr", lang="en",
         o=dict(ocr="pages", dmg=2, labels=2, sup="reports_to", dr="endash", job=False, csr=True)),
    dict(file="Directeur, Opérations de paix et de stabilisation.txt", key="g18", kind="ocr", lang="fr",
         o=dict(ocr="lines", dmg=2, labels=2, sup="sentence", dr="paren", job=True, gcd=True, noeff=True)),
    dict(file="DG TCS Operations - bilingue FINAL.docx", key="g19", kind="docx", lang="bilingual",
         o=dict(sup="fields", dr="table", job=True, dims="table", bi="after")),
    # IRCC
    dict(file="Director CPC Sydney - DRAFT v3.docx", key="i1", kind="docx", lang="en",
         o=dict(labels=0, sup="fields", dr="list", job=True, dims="lines", noeff=True), version="i1"),
    dict(file="Director CPC Sydney - signed.txt", key="i1", kind="ocr", lang="en",
         o=dict(ocr="lines", dmg=1, labels=0, sup="fields", dr="list", job=True), version="i1"),
    dict(file="CPC Mississauga Director.txt", key="i2", kind="ocr", lang="en",
         o=dict(ocr="run", dmg=1, labels=1, sup="fields", dr="dash", job=True, csr=True, noloc=True)),
    dict(file="Dir Ops CPC Edmonton.pdf", key="i3", kind="pdf", lang="en",
         o=dict(labels=0, sup="reports_to", dr="paren", job=False, loc=True)),
    dict(file="MPM New Delhi 2015.txt", key="i4", kind="ocr", lang="en",
         o=dict(ocr="pages", dmg=3, labels=1, sup="fields", dr="paren", job=True), version="i4"),
    dict(file="MPM New Delhi 2021 FINAL.pdf", key="i4", kind="pdf", lang="en",
         o=dict(labels=2, sup="fields", dr="dash", job=True), version="i4",
         over=dict(dept=PS.IRCC, eff=dt.date(2021, 3, 8), sal=6120000, om=1380000, tot=7500000, fte=124,
                   sup=("80500", ("Area Director, International Network, Asia-Pacific", ""), "EX-02"),
                   reports=[(("Deputy Program Manager, Temporary Resident Programs", ""), "FS-03", 71),
                            (("Deputy Program Manager, Permanent Resident Programs", ""), "FS-03", 41),
                            (("Integrity Services Manager", ""), "FS-02", 11)])),
    dict(file="Area Director Asia-Pacific scan 2019.txt", key="i5", kind="ocr-columns", lang="en",
         o=dict(ocr="columns_run", dmg=2, labels=0, sup="fields", dr="dash", job=True)),
    dict(file="GPI Dakar - description de travail.txt", key="i6", kind="ocr", lang="fr",
         o=dict(ocr="lines", dmg=2, labels=0, sup="reports_to", dr="paren", job=True)),
    dict(file="RDG Ontario Region - EX-03.docx", key="i7", kind="docx", lang="en",
         o=dict(labels=0, sup="fields", dr="list", job=True, dims="table", gcd=True, csr=True)),
    dict(file="Directeur Opérations Montréal.txt", key="i8", kind="ocr", lang="fr",
         o=dict(ocr="run", dmg=2, labels=1, sup="fields", dr="paren", job=True)),
    dict(file="DG Refugee Affairs 2023.txt", key="i9", kind="ocr", lang="en",
         o=dict(ocr="lines", dmg=1, labels=3, sup="fields", dr="paren", job=True, noloc=True)),
    dict(file="Director, Resettlement Operations (2022).md", key="i10", kind="markdown", lang="en",
         o=dict(labels=2, sup="fields", dr="dash", job=True, md=True, wrapper=True)),
    dict(file="DG Integrity Risk Mgmt.txt", key="i11", kind="ocr", lang="en",
         o=dict(ocr="pages", dmg=2, labels=0, sup="sentence", dr="bracket", job=True, nocls=True)),
    dict(file="Dir Settlement Network West.txt", key="i12", kind="text-cp1252", lang="en",
         o=dict(labels=1, sup="fields", dr="paren", job=False, hl="dots", gcd=True)),
    dict(file="Directeur Intégrité du passeport - bilingue.docx", key="i13", kind="docx", lang="bilingual",
         o=dict(sup="fields", dr="list", job=True, dims="lines", bi="interleave")),
    dict(file="DG Réseau international - International Network.txt", key="i14", kind="ocr", lang="bilingual",
         o=dict(ocr="pages", dmg=1, sup="fields", dr="endash", job=True, bi="after")),
    dict(file="Directrice asile Québec 2024.docx", key="i15", kind="docx", lang="fr",
         o=dict(labels=2, sup="reports_to", dr="paren", job=True, dims="lines", nofte=True)),
    # National Defence
    dict(file="Dir Infrastructure Ops Atlantic v2.docx", key="d1", kind="docx", lang="en",
         o=dict(labels=1, sup="fields", dr="table", job=True, dims="table", noeff=True), version="d1"),
    dict(file="Dir Infrastructure Ops Atlantic FINAL - signed.txt", key="d1", kind="ocr", lang="en",
         o=dict(ocr="lines", dmg=2, labels=1, sup="fields", dr="paren", job=True), version="d1"),
    dict(file="Director Maritime Procurement.txt", key="d2", kind="ocr", lang="en",
         o=dict(ocr="run", dmg=2, labels=2, sup="fields", dr="paren", job=True, hl="next")),
    dict(file="DG International Security Policy.txt", key="d4", kind="ocr", lang="en",
         o=dict(ocr="lines", dmg=1, labels=0, sup="fields", dr="paren", job=True, hl="boxes")),
    dict(file="Counsellor Defence Policy NATO Brussels.txt", key="d5", kind="ocr", lang="en",
         o=dict(ocr="run", dmg=1, labels=3, sup="reports_to", dr="prose", job=False, combined=True)),
    dict(file="Dir CHRSC Pacific.txt", key="d6", kind="ocr-columns", lang="en",
         o=dict(ocr="columns", dmg=1, labels=2, sup="fields", dr="paren", job=True)),
    dict(file="DG Centre de recherches Valcartier 2015.txt", key="d7", kind="ocr", lang="fr",
         o=dict(ocr="pages", dmg=2, labels=1, sup="fields_nonum", dr="paren", job=True)),
    dict(file="DG International and Industry Programs - bilingual.pdf", key="d8", kind="pdf", lang="bilingual",
         o=dict(sup="fields", dr="paren", job=True, bi="interleave")),
    # to refuse
    dict(file="scan0047.txt", key=REF, kind="ocr", lang="en", ref="noise"),
    dict(file="Organigramme - Consular Branch 2023.txt", key=REF, kind="ocr", lang="bilingual", ref="orgchart"),
    dict(file="MEMO - EX WD updates Q3.docx", key=REF, kind="docx", lang="en", ref="memo"),
    dict(file="Performance Agreement 2023-24 - DG IMT.docx", key=REF, kind="docx", lang="en", ref="pma"),
    dict(file="Lettre d'offre - intérim EX-01 Dakar.pdf", key=REF, kind="pdf", lang="fr", ref="offer"),
    dict(file="HOM Amman WD - scanned.pdf", key=REF, kind="pdf", lang="en", ref="notext"),
]

# ---------------------------------------------------------------- building one description


def position_for(d):
    p = dict(PS.BY_KEY[d["key"]])
    p["sup"] = dict(p["sup"])
    p["reports"] = [dict(r) for r in p["reports"]]
    for k, v in d.get("over", {}).items():
        if k == "reports":
            p["reports"] = [dict(title=(t[0] or t[1], t[1] or t[0]), cls=c, fte=f) for t, c, f in v]
        elif k == "sup":
            p["sup"] = dict(num=v[0], title=(v[1][0], v[1][1] or p["sup"]["title"][1]), cls=v[2])
        else:
            p[k] = v
    return p


def li(lang):
    return 1 if lang == "fr" else 0


def art_fr(x, art):
    """French article before a title: le/du/Le with elision and the feminine."""
    fem = x.startswith(("Directrice", "Conseillère", "Première"))
    if x[:1] in "AEIOUÉÈÂaeiouéè":
        return {"Le": "L'", "le": "l'", "du": "de l'"}[art] + x
    if fem:
        return {"Le": "La ", "le": "la ", "du": "de la "}[art] + x
    return art + " " + x


def fr_fix(s):
    for a, b in (("de le ", "du "), ("de les ", "des "), ("à le ", "au "), ("à les ", "aux ")):
        s = s.replace(a, b)
    return s


class Doc:
    """The parts of one work description, its notation chosen, and what it really says."""

    def __init__(self, d, p, rng):
        self.d, self.p, self.rng = d, p, rng
        o = self.o = dict(d["o"])
        self.lang = d["lang"]
        self.tl = "fr" if self.lang == "fr" else "en"   # language of the values
        i = li(self.tl)
        self.n_date, self.n_cls, self.n_amt, self.n_fte = (rng.randrange(8), rng.randrange(6), rng.randrange(5),
                                                           rng.randrange(5))
        if self.lang == "bilingual":
            self.labels = BI_LABELS
        elif self.lang == "fr":
            self.labels = FR_LABELS[o.get("labels", 0) % 3]
        else:
            self.labels = EN_LABELS[o.get("labels", 0) % 4]
        self.dimlab = {k: v[rng.randrange(len(v))] for k, v in DIM_LABELS[self.tl].items()}
        self.title = p["title"][i]
        self.short = p["short"][i]
        # what the document states
        self.f_job = p["job"] if o.get("job") and p["job"] else None
        self.f_eff = None if o.get("noeff") else p["eff"]
        self.f_loc = None if o.get("noloc") else p["loc"][i]
        sup = p["sup"]
        self.f_sup = dict(position_number=None if o["sup"] in ("fields_nonum",) else sup["num"],
                          title=sup["title"][i], classification=sup["cls"])
        if o["sup"] == "sentence" and rng.random() < 0.5:
            self.f_sup["position_number"] = None
        self.reports = []
        for r in p["reports"]:
            self.reports.append(dict(title=r["title"][i] or r["title"][0], classification=None if o.get("nocls") else r["cls"],
                                     fte=None if o.get("nofte") else r["fte"]))
        self.combined = o.get("combined")
        names = rng.sample(TX.PEOPLE, 3)
        self.incumbent = names[0] if rng.random() < 0.6 else None
        self.signer = names[1]
        self.hr = names[2] if rng.random() < 0.4 else None
        self.sign_date = (p["eff"] or dt.date(2020, 1, 1)) - dt.timedelta(days=rng.randrange(3, 40))

    # -- values as printed
    def date(self, v):
        return fmt_date(v, self.tl, self.n_date)

    def amt(self, v, lang=None):
        return fmt_amt(v, lang or self.tl, self.n_amt)

    def fte(self, n, lang=None):
        return fmt_fte(n, lang or self.tl, self.n_fte)

    def header(self):
        p, L, o = self.p, self.labels, self.o
        items = [("title", self.title)]
        if self.lang == "bilingual":
            items.append(("title_fr", p["title"][1]))
        items.append(("cls", fmt_cls(p["cls"], self.n_cls)))
        if self.f_job:
            items.append(("job", self.f_job))
        items.append(("pos", p["pos"]))
        if self.f_eff:
            items.append(("eff", self.date(self.f_eff)))
        items.append(("dept", p["dept"][li(self.tl)]))
        items.append(("branch", p["branch"][li(self.tl)]))
        if self.f_loc:
            items.append(("loc", self.f_loc))
        s = self.f_sup
        if o["sup"] in ("fields", "fields_nonum"):
            if s["position_number"]:
                items.append(("snum", s["position_number"]))
            items.append(("stitle", s["title"]))
            items.append(("scls", fmt_cls(s["classification"], self.n_cls + 1)))
        elif o["sup"] == "reports_to":
            rt = {"en": "Reports to", "fr": "Relève de"}[self.tl]
            if self.lang == "bilingual":
                rt = "Reports to / Relève de"
            num = s["position_number"]
            tail = (f", Position No. {num}" if self.tl == "en" else f", poste no {num}") if num else ""
            items.append((rt, f"{s['title']} ({fmt_cls(s['classification'], 0)}){tail}"))
        if self.incumbent and self.rng.random() < 0.5:
            items.append(("inc", self.incumbent))
            self.inc_in_header = True
        else:
            self.inc_in_header = False
        return [(L.get(k, k), v) for k, v in items]

    def report_line(self, r, k, lang):
        t, c, f = r["title"], r["classification"], r["fte"]
        if lang != self.tl:
            t = self.p["reports"][k]["title"][li(lang)] or t
        mode = self.o["dr"]
        ft = self.fte(f, lang) if f is not None else None
        duty = ""
        if self.rng.random() < 0.35:
            duty = DUTIES[lang][k % 4]
        if mode in ("paren", "list", "table", "prose"):
            inner = ", ".join(x for x in (c, ft) if x)
            s = f"{t} ({inner})" if inner else t
            return s + (f": {duty}" if duty else "")
        if mode == "dash":
            s = f"{c} - {t}" if c else t
            return s + (f" ({ft})" if ft else "") + (f", {duty}" if duty else "")
        if mode == "endash":
            return " – ".join(x for x in (t, c, ft) if x)
        if mode == "bracket":
            s = t + (f" [{c}]" if c else "")
            return s + (f" ({ft})" if ft else "")
        raise ValueError(mode)

    def org(self, lang=None):
        """Paragraphs and the report lines of the structure section."""
        lang = lang or self.tl
        s, i = dict(self.f_sup), li(lang)
        if lang != self.tl:
            s["title"] = self.p["sup"]["title"][i] or s["title"]
        short = self.p["short"][i]
        n = self.rng.choice([4, 5, 6, 7])
        if lang == "fr":
            intro = f"{art_fr(short, 'Le')} est l'un des {n} postes relevant {art_fr(s['title'], 'du')}."
            if self.o["sup"] == "sentence":
                num = f", poste no {s['position_number']}" if s["position_number"] else ""
                intro = f"Le titulaire relève {art_fr(s['title'], 'du')} ({fmt_cls(s['classification'], 0)}{num}), l'un des {n} postes de cadre de l'organisation."
            lead = f"Les postes suivants relèvent {art_fr(short, 'du')} :"
        else:
            intro = f"The {short} is one of {n} positions reporting to the {s['title']}."
            if self.o["sup"] == "sentence":
                num = f", position {s['position_number']}" if s["position_number"] else ""
                intro = f"The {short} reports to the {s['title']} ({fmt_cls(s['classification'], 0)}{num}) and is one of {n} executives in the organization."
            lead = f"The following positions report to the {short}:"
        lines = [self.report_line(r, k, lang) for k, r in enumerate(self.reports)]
        if self.o["dr"] == "prose":
            if lang == "en":
                joined = "; ".join("the " + x for x in lines[:-1]) + "; and the " + lines[-1]
                prose = f"Reporting to the {short} are {joined}."
            else:
                joined = "; ".join(art_fr(x, "le") for x in lines)
                prose = f"Relèvent {art_fr(short, 'du')} : {joined}."
            return [intro, prose], []
        return [intro, lead], lines

    def dims(self, lang=None):
        lang = lang or self.tl
        p = self.p
        L = self.dimlab if lang == self.tl else {k: v[0] for k, v in DIM_LABELS[lang].items()}
        out = [(L["fte"], str(p["fte"]))]
        if self.combined:
            out.append((L["comb"], self.amt(p["tot"], lang)))
        else:
            out += [(L["sal"], self.amt(p["sal"], lang)), (L["om"], self.amt(p["om"], lang)),
                    (L["tot"], self.amt(p["tot"], lang))]
        if self.o.get("gcd") and p.get("gc"):
            out.append((L["gc"], self.amt(p["gc"], lang)))
        return out

    def sections(self, lang=None):
        """[(key, heading, paragraphs, list items, kind)] in the document's order."""
        lang = lang or self.tl
        i = li(lang)
        p = self.p
        t = self.title if lang == self.tl else p["title"][i]
        u = p["unit"][i]
        ga = TX.GA_OVERRIDE.get(p["key"], TX.GA[p["theme"]])[i].format(t=t, u=u)
        if lang == "fr":
            ga = fr_fix(ga.replace(f"Le {t}", art_fr(t, "Le"), 1))
        ns = TX.NS[p["theme"]][i]
        acc = TX.ACC[p["theme"]][i]
        paras, lines = self.org(lang)
        secs = []
        if self.o.get("csr"):
            secs.append(("csr", HEAD["csr"][i], [TX.CSR[i].format(u=u)], [], "p"))
            secs.append(("ka", HEAD["ka"][i], [], acc, "ol"))
            secs.append(("org", HEAD["org"][i], paras, lines, "ul"))
            secs.append(("dims", HEAD["dims"][i], [], self.dims(lang), "dims"))
        elif self.rng.random() < 0.5:
            secs += [("ga", HEAD["ga"][i], [ga], [], "p"), ("org", HEAD["org"][i], paras, lines, "ul"),
                     ("ns", HEAD["ns"][i], ns, [], "p"), ("dims", HEAD["dims"][i], [], self.dims(lang), "dims"),
                     ("acc", HEAD["acc"][i], [], acc, "ol")]
        else:
            secs += [("ga", HEAD["ga"][i], [ga], [], "p"), ("ns", HEAD["ns"][i], ns, [], "p"),
                     ("org", HEAD["org"][i], paras, lines, "ul"), ("acc", HEAD["acc"][i], [], acc, "ol"),
                     ("dims", HEAD["dims"][i], [], self.dims(lang), "dims")]
        return secs

    def certification(self, lang=None):
        lang = lang or self.tl
        i = li(lang)
        sup_t = self.p["sup"]["title"][i] or self.p["sup"]["title"][0]
        lines = [TX.CERT[i], "", self.signer, sup_t,
                 ("Date: " if lang == "en" else "Date : ") + fmt_date(self.sign_date, lang, self.n_date + 1)]
        if self.incumbent and not self.inc_in_header:
            lines += ["", ("Incumbent: " if lang == "en" else "Titulaire : ") + self.incumbent]
        if self.hr:
            lines += [("Prepared by: " if lang == "en" else "Préparé par : ") + self.hr +
                      (", HR Advisor, Executive Services" if lang == "en" else ", conseillère en RH, Services aux cadres")]
        return lines

    def people(self):
        out = [self.signer]
        if self.incumbent:
            out.append(self.incumbent)
        if self.hr:
            out.append(self.hr)
        return out


# ---------------------------------------------------------------- plain-text rendering

def head_line(h, style, n):
    if style == "caps":
        return h.upper()
    if style == "colon":
        return h + ":"
    if style == "num":
        return f"{n}. {h.upper()}"
    if style == "md":
        return "## " + h
    return h


def label_lines(items, hl, rng):
    out = []
    if hl == "boxes":
        for a in range(0, len(items), 2):
            pair = items[a:a + 2]
            out.append("   ".join(l.upper().ljust(38) for l, _ in pair).rstrip())
            out.append("   ".join(v.ljust(38) for _, v in pair).rstrip())
        return out
    for l, v in items:
        if hl == "next":
            out += [l.upper() + ":" if rng.random() < 0.5 else l, "    " + v]
        elif hl == "dots":
            out.append(l + " " + "." * max(3, 40 - len(l)) + " " + v)
        elif hl == "tabs":
            out.append(l + ":\t" + v)
        elif hl == "md":
            out.append(f"*   **{l}:** {v}")
        else:
            out.append(f"{l}: {v}" if not l.endswith(":") else f"{l} {v}")
    return out


def render_lines(doc: Doc, md=False):
    """The document as a list of lines (header block, then body), and the index where the body starts."""
    o, rng = doc.o, doc.rng
    hl = "md" if md else o.get("hl") or rng.choice(["line", "line", "dots", "next", "tabs"])
    style = "md" if md else rng.choice(["caps", "colon", "num", "plain"])
    top = []
    if md:
        top += ["# " + ("Job Description" if doc.tl == "en" else "Description de travail"), "",
                "## " + ("Position Details" if doc.tl == "en" else "Renseignements sur le poste"), ""]
    else:
        t = {"en": "EXECUTIVE GROUP POSITION DESCRIPTION", "fr": "DESCRIPTION DE POSTE DU GROUPE DE LA DIRECTION",
             "bilingual": "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"}[doc.lang]
        top += [t, ""]
    top += label_lines(doc.header(), hl, rng)
    body = [""]
    langs = [doc.tl]
    if doc.lang == "bilingual":
        langs = ["en", "fr"] if o.get("bi") == "after" else ["bi"]
    for lang in langs:
        if lang == "fr" and doc.lang == "bilingual":
            body += ["", "VERSION FRANÇAISE", ""]
        if lang == "bi":
            secs_en = doc.sections("en")
            secs_fr = {s[0]: s for s in doc.sections("fr")}
            for n, s in enumerate(secs_en, 1):
                f = secs_fr[s[0]]
                body.append(head_line(f"{s[1]} / {f[1]}", style, n))
                body.append("")
                if s[4] == "dims":
                    body += [f"{a} / {DIM_LABELS['fr'][k][0]}: {b}" for (a, b), k in
                             zip(s[3], ["fte"] + (["comb"] if doc.combined else ["sal", "om", "tot"]) + ["gc"])]
                else:
                    body += s[2] + [("- " if s[4] == "ul" else f"{k}. ") + x for k, x in enumerate(s[3], 1)]
                    if s[0] not in ("org",):
                        body += [""] + f[2] + [("- " if f[4] == "ul" else f"{k}. ") + x for k, x in enumerate(f[3], 1)]
                body.append("")
            body += [head_line("Certification / Attestation", style, len(secs_en) + 1), ""] + doc.certification("en")
            continue
        secs = doc.sections(lang)
        bullet = rng.choice(["- ", "• ", "o ", "* "]) if not md else "*   "
        for n, s in enumerate(secs, 1):
            body.append(head_line(s[1], style, n))
            body.append("")
            if s[4] == "dims":
                if md:
                    body += [f"*   **{a}:** {b}" for a, b in s[3]]
                else:
                    body += label_lines(s[3], "dots" if hl == "dots" else "line", rng)
            else:
                for para in s[2]:
                    body += [para, ""]
                for k, x in enumerate(s[3], 1):
                    body.append((bullet if s[4] == "ul" else f"{k}. ") + x)
            body.append("")
        if lang == langs[-1] or doc.lang != "bilingual":
            body += [head_line(HEAD["cert"][li(lang)], style, len(secs) + 1), ""] + doc.certification(lang)
    return top, body


# ---------------------------------------------------------------- OCR damage

DIGIT = {"0": "O", "1": "Il", "5": "S", "8": "B"}
CONF = [("rn", "m"), ("m", "rn"), ("e", "c"), ("c", "e"), ("i", "l"), ("l", "i"), ("h", "b"), ("cl", "d"),
        ("ti", "b"), ("a", "o"), ("u", "ii"), ("f", "t")]


def dmg_digits(s, p, rng):
    out = []
    for ch in s:
        if ch in DIGIT and rng.random() < p:
            out.append(rng.choice(DIGIT[ch]))
        else:
            out.append(ch)
    return "".join(out)


def dmg_letters(s, p, rng):
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and w.isalpha() and rng.random() < p:
            a, b = rng.choice(CONF)
            if a in w[1:]:
                k = w.index(a, 1)
                w = w[:k] + b + w[k + len(a):]
        out.append(w)
    s = ""
    for k, w in enumerate(out):
        s += w
        if k < len(out) - 1:
            s += "" if rng.random() < p / 3 else " "
    return s


STRENGTH = {1: (0.2, 0.02), 2: (0.4, 0.05), 3: (0.75, 0.09)}


def wrap(text, width, rng, hyph=0.25):
    lines, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            room = width - len(cur) - 2
            if len(w) > 7 and room >= 3 and w.isalpha() and rng.random() < hyph:
                k = min(room, len(w) - 3)
                lines.append(cur + " " + w[:k] + "-")
                cur = w[k:]
                continue
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def ocr_text(doc: Doc):
    o, rng = doc.o, doc.rng
    dp, lp = STRENGTH[o["dmg"]]
    top, body = render_lines(doc)
    dept = doc.p["dept"][li(doc.tl)]
    footer = rng.choice([f"OG. {doc.title}", f"{dept} - {doc.title}", "PROTECTED A / PROTÉGÉ A" if doc.lang != "en" else "PROTECTED A"])

    def dam_head(lines):
        lines = [dmg_digits(x, dp, rng) for x in lines]
        if o["dmg"] >= 3:
            lines = [dmg_letters(x, lp / 2, rng) for x in lines]
        return lines

    def dam_body(lines):
        return [dmg_letters(dmg_digits(x, dp * 0.7, rng), lp, rng) for x in lines]

    mode = o["ocr"]
    if mode.startswith("columns"):
        return ocr_columns(doc, top, body, dam_head, dam_body, footer, one_run=mode == "columns_run")
    top, body = dam_head(top), dam_body(body)
    wrapper = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
    if mode == "run":
        words = " ".join(x for x in top + body if x.strip()).split(" ")
        out, n, page = [], 0, 2
        for w in words:
            out.append(w)
            n += len(w) + 1
            if n > 2600 and rng.random() < 0.1:
                out.append(f"{footer}\n{page}" if rng.random() < 0.5 else f"{footer} {page}")
                page, n = page + 1, 0
        return wrapper + " ".join(out)
    if mode == "pages":
        lines = [x for x in top + body if x.strip()]
        pages, cur, n = [], [], 0
        for x in lines:
            cur.append(x)
            n += len(x)
            if n > 2400:
                pages.append(cur)
                cur, n = [], 0
        if cur:
            pages.append(cur)
        out = []
        for k, pg in enumerate(pages, 1):
            lead = "" if k == 1 else rng.choice([f"{k} ", f"a{k} ", f"{k} | "])
            out.append(lead + " ".join(pg) + " " + footer)
        return wrapper + "\n".join(out)
    # lines: wrapped at a typewriter's width, page footers, form feeds
    width = rng.choice([72, 78, 84])
    lines = list(top)
    for x in body:
        lines += wrap(x, width, rng) if x else [""]
    out, total = [], (len(lines) // 52) + 1
    for k in range(0, len(lines), 52):
        pg = k // 52 + 1
        if pg > 1:
            out += ["\f" + dept.upper(), ""]
        out += lines[k:k + 52]
        out += ["", f"Page {pg} of {total}" if doc.tl == "en" else f"Page {pg} de {total}"]
    return "\n".join(out) + "\n"


def ocr_columns(doc, top, body, dam_head, dam_body, footer, one_run):
    """Header fields across the page; then the structure and dimensions on the left and the prose on the
    right, read across the line; the accountabilities across the page at the end."""
    rng = doc.rng
    secs = doc.sections()
    left, right, tail = [], [], []
    for key, h, paras, items, kind in secs:
        if key in ("org", "dims"):
            left.append(h.upper() + ":")
            if kind == "dims":
                src = [f"{a}: {b}" for a, b in items]
            else:
                src = paras + ["- " + x for x in items]
            for x in src:
                left += wrap(x, 44, rng, hyph=0)
        elif key in ("ga", "ns", "csr"):
            right.append(h.upper() + ":")
            for x in paras:
                right += wrap(x, 52, rng)
        else:
            tail.append(h.upper())
            tail += [f"{k}. {x}" for k, x in enumerate(items, 1)]
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    sep = rng.choice([" ", " | ", "  "])
    mid = [(a + sep + b).strip() for a, b in zip(left, right)]
    cert = doc.certification()
    head = dam_head(top)
    rest = dam_body(mid + tail + [""] + cert)
    if one_run:
        return ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
                + " ".join(x for x in head + rest if x.strip()) + " " + footer)
    return "\n".join(head + [""] + rest + ["", footer, ""])


# ---------------------------------------------------------------- Word and PDF

FIXED = dt.datetime(2024, 2, 1, 9, 0, 0)


def docx_save(document) -> bytes:
    cp = document.core_properties
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.author = cp.last_modified_by = "Executive Services"
    cp.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda x: x.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def docx_doc(doc: Doc) -> bytes:
    import docx
    from docx.shared import Pt
    o, rng = doc.o, doc.rng
    W = docx.Document()
    W.styles["Normal"].font.name = "Arial"
    W.styles["Normal"].font.size = Pt(10)
    t = {"en": "Executive Work Description", "fr": "Description de travail – Cadre de direction",
         "bilingual": "Executive Work Description / Description de travail de cadre"}[doc.lang]
    W.add_heading(t, level=1)
    items = doc.header()
    if o.get("four"):
        rows = (len(items) + 1) // 2
        tab = W.add_table(rows=rows, cols=4)
        tab.style = "Table Grid"
        for k, (l, v) in enumerate(items):
            r, c = divmod(k, 2)
            tab.cell(r, c * 2).text = l
            tab.cell(r, c * 2 + 1).text = v
    else:
        tab = W.add_table(rows=len(items), cols=2)
        tab.style = "Table Grid"
        for k, (l, v) in enumerate(items):
            tab.cell(k, 0).text = l
            tab.cell(k, 1).text = v
    langs = [doc.tl] if doc.lang != "bilingual" else (["en", "fr"] if o.get("bi") == "after" else ["bi"])
    for lang in langs:
        if lang == "fr" and doc.lang == "bilingual":
            W.add_page_break()
            W.add_heading("VERSION FRANÇAISE", level=1)
        secs = doc.sections("en" if lang == "bi" else lang)
        fr = {s[0]: s for s in doc.sections("fr")} if lang == "bi" else {}
        for key, h, paras, items2, kind in secs:
            if lang == "bi":
                h = f"{h} / {fr[key][1]}"
            W.add_heading(h, level=2)
            if kind == "dims":
                if o.get("dims") == "table":
                    tb = W.add_table(rows=len(items2), cols=2)
                    tb.style = "Table Grid"
                    for k, (a, b) in enumerate(items2):
                        tb.cell(k, 0).text, tb.cell(k, 1).text = a, b
                else:
                    for a, b in items2:
                        W.add_paragraph(f"{a}: {b}")
                continue
            for x in paras:
                W.add_paragraph(x)
            if key == "org" and items2 and o["dr"] == "table":
                hdr = {"en": ("Position", "Group and Level", "FTEs"), "fr": ("Poste", "Groupe et niveau", "ETP")}[
                    "fr" if lang == "fr" else "en"]
                tb = W.add_table(rows=len(doc.reports) + 1, cols=3)
                tb.style = "Table Grid"
                for c, x in enumerate(hdr):
                    tb.cell(0, c).text = x
                for k, r in enumerate(doc.reports, 1):
                    tb.cell(k, 0).text = r["title"]
                    tb.cell(k, 1).text = r["classification"] or ""
                    tb.cell(k, 2).text = "" if r["fte"] is None else str(r["fte"])
            else:
                for x in items2:
                    W.add_paragraph(x, style="List Bullet" if kind == "ul" else "List Number")
            if lang == "bi" and key != "org":
                for x in fr[key][2]:
                    W.add_paragraph(x)
                for x in fr[key][3]:
                    W.add_paragraph(x, style="List Number")
        if lang == langs[-1]:
            W.add_heading(HEAD["cert"][li("en" if lang == "bi" else lang)], level=2)
            for x in doc.certification("en" if lang == "bi" else lang):
                if x:
                    W.add_paragraph(x)
    W.sections[0].footer.paragraphs[0].text = f"{doc.p['dept'][li(doc.tl)]} – {doc.title}"
    return docx_save(W)


def pdf_pages(lines, footer):
    pages, out = [], []
    wrapped = []
    rng = random.Random(7)
    for x in lines:
        wrapped += wrap(x, 100, rng, hyph=0) if x else [""]
    for k in range(0, len(wrapped), 62):
        pages.append("\n".join(wrapped[k:k + 62] + ["", f"{footer}    Page {k // 62 + 1}"]))
    return pages


def pdf_doc(doc: Doc) -> bytes:
    top, body = render_lines(doc)
    return pdf_bytes(pdf_pages(top + body, doc.p["dept"][li(doc.tl)]))


# ---------------------------------------------------------------- documents to refuse

def refuse_doc(d, rng):
    r = d["ref"]
    if r == "noise":
        chars = "il1|!;:.,'`~-_=^°*#%&()[]{}oO0cCeaIrnm "
        lines = ["".join(rng.choice(chars) for _ in range(rng.randrange(30, 90))) for _ in range(40)]
        return ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(lines)).encode(), []
    if r == "orgchart":
        text = """--- Full Extracted Text ---
CONSULAR, SECURITY AND EMERGENCY MANAGEMENT / AFFAIRES CONSULAIRES, SÉCURITÉ ET GESTION DES URGENCES
Organization Chart / Organigramme   2O23-O4-O1
Assistant Deputy Minister / Sous-ministre adjoint
EX-O5 | 3OO11
| | |
Director General, Consular Operations | Director General, Consular Policy and Advocacy | Director General, Security and Emergency Management
Directeur général, Opérations consulaires | Directeur général, Politique et défense des intérêts consulaires | Directeur général, Sécurité et gestion des urgences
EX-O3 3O2O1 | EX-O3 3O254 | EX-O3 5O3OO
| | |
Dir. Case Management EX-Ol | Dir. Consular Policy EX-O1 | Dir. Mission Security Programs EX-O1
Dir. Emergency Mgmt Ops EX-O1 | Dir. Partnerships & Comms EX-O1 | Dir. Security Operations EX-O1
Vacant / Poste vacant: Dir. Consular Services Modernization EX-O1
Source: HR Planning / Planification des RH - not an official document / document non officiel
"""
        return text.encode("utf-8"), []
    if r == "memo":
        import docx
        W = docx.Document()
        W.add_heading("MEMORANDUM", level=1)
        for x in ["TO: Directors General, Consular, Security and Emergency Management",
                  "FROM: Executive Services (Kathleen Moreau, Manager, Executive Classification)",
                  "DATE: September 12, 2023",
                  "SUBJECT: Executive work descriptions to update before the fall classification committee"]:
            W.add_paragraph(x)
        W.add_paragraph("As part of the branch's organizational review, the executive work descriptions listed below "
                        "must be updated and signed before the classification committee meets on October 26, 2023. "
                        "Please use the current template and send the signed copies to the Executive Services mailbox.")
        tb = W.add_table(rows=5, cols=4)
        tb.style = "Table Grid"
        rows = [("Position No.", "Title", "Level", "Status"),
                ("40317", "Director, Emergency Management Operations", "EX-01", "Update dimensions"),
                ("30254", "Director General, Consular Policy and Advocacy", "EX-03", "Signed 2021 - no change"),
                ("50391", "Director, Mission Security Programs", "EX-01", "New reports"),
                ("TBD", "Director, Consular Services Modernization", "EX-01", "New position - draft needed")]
        for a, row in enumerate(rows):
            for b, x in enumerate(row):
                tb.cell(a, b).text = x
        W.add_paragraph("Questions may be addressed to Kathleen Moreau at 343-203-0000.")
        return docx_save(W), ["Kathleen Moreau"]
    if r == "pma":
        import docx
        W = docx.Document()
        W.add_heading("Executive Performance Agreement 2023-24", level=1)
        tb = W.add_table(rows=5, cols=2)
        tb.style = "Table Grid"
        for a, (x, y) in enumerate([("Executive", "Rajesh Kulkarni"), ("Position", "Director General, Information Management and Technology Operations (EX-03)"),
                                    ("Position Number", "54012"), ("Supervisor", "Chief Information Officer"),
                                    ("Period", "April 1, 2023 to March 31, 2024")]):
            tb.cell(a, 0).text, tb.cell(a, 1).text = x, y
        W.add_heading("Commitments", level=2)
        for x in ["Deliver the mission network refresh for 40 missions within the approved budget.",
                  "Reduce critical vulnerabilities on mission systems by 50%.",
                  "Implement the branch's employment equity, diversity and inclusion action plan.",
                  "Leadership: demonstrate the Key Leadership Competencies, in particular Mobilize people."]:
            W.add_paragraph(x, style="List Number")
        W.add_heading("Signatures", level=2)
        W.add_paragraph("Executive: Rajesh Kulkarni          Supervisor: Anne-Marie Pelletier")
        return docx_save(W), ["Rajesh Kulkarni", "Anne-Marie Pelletier"]
    if r == "offer":
        text = """Immigration, Réfugiés et Citoyenneté Canada
Direction générale des ressources humaines - Services aux cadres

Le 14 février 2024

Madame Aïssatou Ndiaye
Ambassade du Canada au Sénégal
Dakar (Sénégal)

Objet : Offre de nomination intérimaire - Gestionnaire du programme d'immigration, Dakar (EX-01), poste no 80744

Madame,

J'ai le plaisir de vous offrir une nomination intérimaire au poste de Gestionnaire du programme d'immigration,
Dakar, classifié EX-01, poste no 80744, pour la période du 4 mars 2024 au 30 août 2024.

Votre rémunération sera établie conformément à la Politique sur les conditions d'emploi des cadres, dans
l'échelle salariale de 128 156 $ à 150 777 $. Vous continuerez de recevoir les indemnités prévues par les
Directives sur le service extérieur.

Veuillez indiquer votre acceptation en signant et en retournant une copie de la présente lettre d'ici le
23 février 2024.

Veuillez agréer, Madame, l'expression de mes sentiments distingués.

Bernard Lavoie
Directeur de secteur, Réseau international, Afrique

J'accepte l'offre ci-dessus : ______________________  Date : __________
"""
        return pdf_bytes([text]), ["Aïssatou Ndiaye", "Bernard Lavoie"]
    if r == "notext":
        # two scanned pages: no text layer, only drawn boxes and rules
        page = b"q 0.9 g 40 700 515 100 re f Q q 0 G 2 w 40 100 515 580 re S Q " + b"".join(
            b"40 %d m 555 %d l S " % (y, y) for y in range(120, 680, 14))
        return pdf_bytes([page, page]), []
    raise ValueError(r)


# ---------------------------------------------------------------- ground truth

def expected(d, doc: Doc | None, people):
    base = dict(document=d["file"], kind=d["kind"], language=d["lang"],
                outcome="refuse" if doc is None else "import")
    if doc is None:
        base.update(fields=None, not_stated=[], also={}, people=people, versions=None)
        return base
    p = doc.p
    pos_no = p["pos"] if p["pos"].isdigit() else None
    fields = dict(title=doc.title if doc.lang != "bilingual" else p["title"][0],
                  classification=p["cls"], job_code=doc.f_job, position_number=pos_no,
                  effective_date=doc.f_eff, supervisor=dict(doc.f_sup), direct_reports=doc.reports,
                  salary=None if doc.combined else p["sal"], o_and_m=None if doc.combined else p["om"],
                  total=p["tot"], location=doc.f_loc)
    ns = [k for k, v in fields.items() if v is None]
    ns += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    also = dict(fte=p["fte"], operating_budget=None,
                program_budget=p["gc"] if doc.o.get("gcd") and p.get("gc") else None,
                provisional_number=None if pos_no else p["pos"], department=p["dept"][li(doc.tl)])
    if doc.lang == "bilingual":
        also["title_fr"] = p["title"][1]
    versions = None
    if d.get("version"):
        group = [x["file"] for x in DOCS if x.get("version") == d["version"]]
        newest = [x for x in DOCS if x.get("version") == d["version"]]
        newest_file = max(newest, key=lambda x: (position_for(x)["eff"] if not x["o"].get("noeff") else dt.date(1900, 1, 1),
                                                 "signed" in x["file"] or "FINAL" in x["file"]))["file"]
        versions = dict(documents=group, newest=newest_file)
        if d["version"] == "i1":
            versions["same_text"] = True
    base.update(fields=fields, not_stated=ns, also=also, people=doc.people(), versions=versions)
    return base


def main():
    corpus, exp = HERE / "corpus", HERE / "expected"
    for x in (corpus, exp):
        if x.exists():
            shutil.rmtree(x)
        x.mkdir()
    for p in PS.POSITIONS:
        assert p["sal"] + p["om"] == p["tot"], p["key"]
    for d in DOCS:
        rng = random.Random(f"blind115:{d['file']}")
        if d["key"] == REF:
            data, people = refuse_doc(d, rng)
            doc = None
        else:
            doc = Doc(d, position_for(d), rng)
            k = d["kind"]
            if k == "docx":
                data = docx_doc(doc)
            elif k == "pdf":
                data = pdf_doc(doc)
            elif k in ("ocr", "ocr-columns"):
                data = ocr_text(doc).encode("utf-8")
            elif k == "markdown":
                top, body = render_lines(doc, md=True)
                text = "\n".join(top + body) + "\n"
                if doc.o.get("wrapper"):
                    text = "--- Structured Job Description ---\n\n" + text
                data = text.encode("utf-8")
            elif k == "text-cp1252":
                top, body = render_lines(doc)
                text = "\r\n".join(top + body) + "\r\n"
                data = text.replace("'", "\u2019").encode("cp1252")
            else:
                raise ValueError(k)
            people = doc.people()
        (corpus / d["file"]).write_bytes(data)
        e = expected(d, doc, people)
        (exp / (d["file"] + ".expected.yaml")).write_text(
            yaml.safe_dump(e, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
    print(f"{len(DOCS)} documents written to {corpus}")


if __name__ == "__main__":
    main()
