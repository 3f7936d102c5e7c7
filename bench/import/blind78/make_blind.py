"""Writes bench/import/blind78/corpus/ and expected/ (issue 12, a blind corpus).

The folder of a deputy head's executive talent-management delegate in a mid-size policy
department (Canadian Heritage, with a few comparative descriptions from other organizations):
EX work descriptions of invented positions in every ordinary form, and the documents that sit
beside them and must be refused. Deterministic: a fixed seed, fixed zip dates in the Word files.

    /work/main/.venv/bin/python bench/import/blind78/make_blind.py
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
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

RNG = random.Random(78_2024)
CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"

# --------------------------------------------------------------------------- positions
# key, classification, title_en, title_fr, dept, branch unit, sector unit, supervisor, location,
# theme, report pool, number of direct reports
P = [
    ("ADMCA", "EX-05", "Assistant Deputy Minister, Cultural Affairs", "Sous-ministre adjoint, Affaires culturelles", "pch", "culture", "culture", "DM", "hq", "culture", "dg", 4),
    ("ADMOL", "EX-05", "Assistant Deputy Minister, Official Languages, Heritage and Regions", "Sous-ministre adjointe, Langues officielles, patrimoine et régions", "pch", "olhr", "olhr", "DM", "hq", "olhr", "dg", 4),
    ("ADMSP", "EX-05", "Assistant Deputy Minister, Strategic Policy, Planning and Corporate Affairs", "Sous-ministre adjoint, Politique stratégique, planification et affaires ministérielles", "pch", "sppca", "sppca", "DM", "hq", "sppca", "dg", 4),
    ("CFO", "EX-04", "Chief Financial Officer", "Dirigeant principal des finances", "pch", "cfo", "cfo", "DM", "hq", "cfo", "dg", 3),
    ("DGBC", "EX-03", "Director General, Broadcasting, Copyright and Creative Marketplace", "Directeur général, Radiodiffusion, droit d'auteur et marché créatif", "pch", "bccm", "culture", "ADMCA", "hq", "bccm", "dir", 4),
    ("DGARTS", "EX-03", "Director General, Arts", "Directrice générale, Arts", "pch", "arts", "culture", "ADMCA", "hq", "arts", "dir", 3),
    ("DGHER", "EX-03", "Director General, Heritage", "Directeur général, Patrimoine", "pch", "heritage", "olhr", "ADMOL", "hq", "heritage", "dir", 3),
    ("DGOL", "EX-03", "Director General, Official Languages", "Directrice générale, Langues officielles", "pch", "ol", "olhr", "ADMOL", "hq", "ol", "dir", 3),
    ("DGREG", "EX-03", "Director General, Regional Operations", "Directeur général, Opérations régionales", "pch", "regops", "olhr", "ADMOL", "hq", "regops", "ed", 3),
    ("DGSP", "EX-03", "Director General, Strategic Policy", "Directrice générale, Politique stratégique", "pch", "stratpol", "sppca", "ADMSP", "hq", "stratpol", "dir", 3),
    ("DGIIA", "EX-03", "Director General, Intergovernmental and International Affairs", "Directeur général, Affaires intergouvernementales et internationales", "pch", "iia", "sppca", "ADMSP", "hq", "iia", "dir", 3),
    ("DGSC", "EX-03", "Director General, Sport Canada", "Directeur général, Sport Canada", "pch", "sport", "sport", "ADMS", "ottawa", "sport", "dir", 3),
    ("DGFM", "EX-03", "Director General, Financial Management and Deputy Chief Financial Officer", "Directrice générale, Gestion financière et dirigeante principale adjointe des finances", "pch", "finmgmt", "cfo", "CFO", "hq", "finmgmt", "dir", 2),
    ("DGHR", "EX-03", "Director General, Human Resources and Workplace Management", "Directrice générale, Ressources humaines et gestion du milieu de travail", "pch", "hr", "sppca", "ADMSP", "hq", "hr", "dir", 3),
    ("EDON", "EX-02", "Executive Director, Ontario Region", "Directeur exécutif, Région de l'Ontario", "pch", "ontario", "olhr", "DGREG", "toronto", "region", "program", 4),
    ("EDQC", "EX-02", "Executive Director, Quebec Region", "Directrice exécutive, Région du Québec", "pch", "quebec", "olhr", "DGREG", "montreal", "region", "program", 4),
    ("EDWR", "EX-02", "Executive Director, Western Region", "Directeur exécutif, Région de l'Ouest", "pch", "western", "olhr", "DGREG", "vancouver", "region", "program", 3),
    ("EDDCI", "EX-02", "Executive Director, Digital Citizen Initiative", "Directrice exécutive, Initiative de citoyenneté numérique", "pch", "citizen", "olhr", "DGCP", "hq", "citizen", "policy", 4),
    ("DBP", "EX-01", "Director, Broadcasting Policy", "Directeur, Politique de la radiodiffusion", "pch", "bccm", "culture", "DGBC", "hq", "bccm", "policy", 4),
    ("DCP", "EX-01", "Director, Copyright Policy", "Directrice, Politique du droit d'auteur", "pch", "bccm", "culture", "DGBC", "hq", "bccm", "policy", 3),
    ("DAP", "EX-01", "Director, Arts Programs", "Directeur, Programmes des arts", "pch", "arts", "culture", "DGARTS", "hq", "arts", "program", 4),
    ("DAPOL", "EX-01", "Director, Arts Policy", "Directrice, Politique des arts", "pch", "arts", "culture", "DGARTS", "hq", "arts", "policy", 3),
    ("DHPP", "EX-01", "Director, Heritage Policy and Programs", "Directeur, Politiques et programmes du patrimoine", "pch", "heritage", "olhr", "DGHER", "hq", "heritage", "program", 4),
    ("DMCP", "EX-01", "Director, Movable Cultural Property", "Directrice, Biens culturels mobiliers", "pch", "heritage", "olhr", "DGHER", "hq", "heritage", "program", 2),
    ("DOLSP", "EX-01", "Director, Official Languages Support Programs", "Directeur, Programmes d'appui aux langues officielles", "pch", "ol", "olhr", "DGOL", "hq", "ol", "program", 4),
    ("DOLPR", "EX-01", "Director, Policy and Research, Official Languages", "Directrice, Politiques et recherche, Langues officielles", "pch", "ol", "olhr", "DGOL", "hq", "ol", "policy", 3),
    ("DPOQC", "EX-01", "Director, Program Operations, Quebec Region", "Directeur, Opérations des programmes, Région du Québec", "pch", "quebec", "olhr", "EDQC", "montreal", "region", "program", 3),
    ("DPOON", "EX-01", "Director, Program Operations, Ontario Region", "Directrice, Opérations des programmes, Région de l'Ontario", "pch", "ontario", "olhr", "EDON", "toronto", "region", "program", 3),
    ("DSPR", "EX-01", "Director, Strategic Policy and Research", "Directeur, Politique stratégique et recherche", "pch", "stratpol", "sppca", "DGSP", "hq", "stratpol", "policy", 4),
    ("DCPA", "EX-01", "Director, Cabinet and Parliamentary Affairs", "Directrice, Affaires du Cabinet et parlementaires", "pch", "stratpol", "sppca", "DGSP", "hq", "stratpol", "parl", 3),
    ("DFPT", "EX-01", "Director, Federal-Provincial-Territorial Relations", "Directeur, Relations fédérales-provinciales-territoriales", "pch", "iia", "sppca", "DGIIA", "hq", "iia", "policy", 3),
    ("DIA", "EX-01", "Director, International Affairs", "Directrice, Affaires internationales", "pch", "iia", "sppca", "DGIIA", "hq", "iia", "policy", 3),
    ("DSPMG", "EX-01", "Director, Sport Policy and Major Games", "Directeur, Politique du sport et grands jeux", "pch", "sport", "sport", "DGSC", "ottawa", "sport", "policy", 3),
    ("DSSP", "EX-01", "Director, Sport Support Programs", "Directrice, Programmes de soutien au sport", "pch", "sport", "sport", "DGSC", "ottawa", "sport", "program", 4),
    ("DFPRM", "EX-01", "Director, Financial Planning and Resource Management", "Directeur, Planification financière et gestion des ressources", "pch", "finmgmt", "cfo", "DGFM", "hq", "finmgmt", "finance", 3),
    ("DESTM", "EX-01", "Director, Executive Services and Talent Management", "Directrice, Services aux cadres et gestion des talents", "pch", "hr", "sppca", "DGHR", "hq", "hr", "hr", 3),
    ("DLRW", "EX-01", "Director, Labour Relations and Workplace Wellness", "Directeur, Relations de travail et mieux-être en milieu de travail", "pch", "hr", "sppca", "DGHR", "hq", "hr", "hr", 2),
    # comparative descriptions received from other organizations
    ("XFIN", "EX-01", "Director, Social Policy", "Directeur, Politique sociale", "fin", "stratpol", "sppca", "XFINSUP", "ottawa", "stratpol", "policy", 3),
    ("XWAGE", "EX-03", "Director General, Policy and External Relations", "Directrice générale, Politiques et relations externes", "wage", "stratpol", "sppca", "XWAGESUP", "hq", "stratpol", "dir", 3),
    ("XLAC", "EX-01", "Director, Strategic Policy", "Directeur, Politique stratégique", "lac", "stratpol", "sppca", "XLACSUP", "hq", "stratpol", "policy", 3),
]
DEPTS = {"pch": ("Canadian Heritage", "Patrimoine canadien"),
         "fin": ("Department of Finance Canada", "Ministère des Finances Canada"),
         "wage": ("Women and Gender Equality Canada", "Femmes et Égalité des genres Canada"),
         "lac": ("Library and Archives Canada", "Bibliothèque et Archives Canada")}
EXTERNAL_SUP = {
    "DM": (None, "Deputy Minister", "Sous-ministre", None),
    "ADMS": ("EX-05", "Assistant Deputy Minister, Sport, Major Events and Commemorations",
             "Sous-ministre adjoint, Sport, grands événements et commémorations", "10422"),
    "DGCP": ("EX-03", "Director General, Citizen Participation", "Directeur général, Participation des citoyens", "17218"),
    "XFINSUP": ("EX-03", "General Director, Social Policy Branch", "Directeur général, Direction de la politique sociale", "F-40213"),
    "XWAGESUP": ("EX-05", "Assistant Deputy Minister, Policy and Outreach", "Sous-ministre adjointe, Politiques et rayonnement", "61530"),
    "XLACSUP": ("EX-04", "Assistant Deputy Minister, Corporate Strategy", "Sous-ministre adjoint, Stratégie ministérielle", "58144"),
}


def make_positions():
    people_pool = [(f, l) for f in T.FIRST for l in T.LAST]
    RNG.shuffle(people_pool)
    used = set()

    def person():
        while True:
            f, l = people_pool.pop()
            if l not in used:
                used.add(l)
                return f"{f} {l}"
    pos = {}
    numbers = RNG.sample(range(11000, 99000), 60)
    for i, row in enumerate(P):
        key, cls, ten, tfr, dept, unit, sector, sup, loc, theme, pool, nrep = row
        posno = str(numbers[i])
        if i % 9 == 4:
            posno = "000" + posno
        year = RNG.choice([2011, 2014, 2016, 2017, 2018, 2019, 2019, 2020, 2021, 2021, 2022, 2023, 2023, 2024])
        date = dt.date(year, RNG.randint(1, 12), RNG.randint(1, 28))
        job = str(RNG.choice([RNG.randint(100100, 109900), RNG.randint(100100, 109900)]))
        pos[key] = dict(key=key, cls=cls, title_en=ten, title_fr=tfr, dept=dept, unit=unit, sector=sector,
                        sup=sup, loc=loc, theme=theme, pool=pool, nrep=nrep, posno=posno, date=date,
                        job=job, incumbent=person(), signer=None)
    # signers (the supervisor's name) and the supervisor's fields
    names = {k: v["incumbent"] for k, v in pos.items()}
    for k in EXTERNAL_SUP:
        names[k] = person()
    for p in pos.values():
        s = p["sup"]
        if s in pos:
            q = pos[s]
            p["sup_cls"], p["sup_en"], p["sup_fr"], p["sup_no"] = q["cls"], q["title_en"], q["title_fr"], q["posno"]
        else:
            p["sup_cls"], p["sup_en"], p["sup_fr"], p["sup_no"] = EXTERNAL_SUP[s]
        p["signer"] = names[s]
    advisors = [person(), person()]
    for i, p in enumerate(pos.values()):
        p["hr_advisor"] = advisors[i % 2]
    # direct reports: the positions in the list that report here, then invented ones
    for p in pos.values():
        reps = []
        if p["pool"] in ("dg", "dir", "ed"):
            kids = [q for q in pos.values() if q["sup"] == p["key"]]
            for q in kids:
                reps.append(dict(en=q["title_en"], fr=q["title_fr"], cls=q["cls"], fte=RNG.randint(14, 60)))
            if p["pool"] == "dg":
                extra = [("Director General, {}", "Directeur général, {}", "EX-03")]
            elif p["pool"] == "ed":
                extra = [("Executive Director, {}", "Directeur exécutif, {}", "EX-02")]
            else:
                extra = [("Director, {}", "Directeur, {}", "EX-01")]
            fillers = [("Operations and Planning", "Opérations et planification"), ("Program Integrity", "Intégrité des programmes"),
                       ("Research and Data", "Recherche et données"), ("Partnerships", "Partenariats"),
                       ("Business Integration", "Intégration des activités")]
            RNG.shuffle(fillers)
            while len(reps) < p["nrep"]:
                fe, ff = fillers.pop()
                te, tf, c = extra[0]
                reps.append(dict(en=te.format(fe), fr=tf.format(ff), cls=c, fte=RNG.randint(12, 55)))
        else:
            pool = list(T.REPORT_POOL[p["pool"]])
            RNG.shuffle(pool)
            for te, tf, c in pool[:p["nrep"] - 1]:
                reps.append(dict(en=te, fr=tf, cls=c, fte=RNG.randint(4, 16)))
            te, tf, c = RNG.choice(T.SUPPORT)
            reps.append(dict(en=te, fr=tf, cls=c, fte=1))
        p["reports"] = reps
        fte = sum(r["fte"] for r in reps) + 1 + (RNG.randint(0, 3) if p["pool"] not in ("dg",) else 6)
        p["fte"] = fte
        salary = round(fte * RNG.randint(92, 118) * 1000, -4)
        om = round(salary * RNG.uniform(0.04, 0.22), -3)
        p["salary"], p["om"], p["total"] = int(salary), int(om), int(salary + om)
        p["gc"] = int(round(RNG.choice([0, 0, 12.5, 48, 135, 7.25, 22.4]) * 1_000_000, -4)) if p["pool"] != "hr" else 0
    return pos


# --------------------------------------------------------------------------- notations
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


def fmt_date(d: dt.date, lang: str, style: int) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"le {day} {MONTHS_FR[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"][style % 5]
    m = MONTHS_EN[d.month - 1]
    sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [f"{m} {d.day}, {d.year}", d.isoformat(), f"{d.day} {m} {d.year}", f"{m} {d.day}{sfx}, {d.year}",
            f"{m[:3]}. {d.day}, {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.day}-{m[:3].upper()}-{d.year}"][style % 7]


def fmt_cls(c: str | None, style: int) -> str:
    if c is None or not c.startswith("EX"):
        return c or ""
    n = c[3:]
    return [c, f"EX {n}", f"EX-{int(n)}", c, f"EX{n}", f"Ex-{n}", f"EX - {n}"][style % 7]


def fmt_money(v: int, lang: str, style: int) -> str:
    def th(n, sep):
        return f"{n:,}".replace(",", sep)
    cands = []
    if lang == "fr":
        cands = [f"{th(v, ' ')} $", f"{th(v, ' ')},00 $"]
        if v % 10000 == 0:
            m = f"{v / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",")
            cands += [f"{m} M$", f"{m} millions $"]
        if v % 1000 == 0 and v < 1_000_000:
            cands += [f"{v // 1000} k$"]
    else:
        cands = [f"${th(v, ',')}", f"${th(v, ',')}.00"]
        if v % 10000 == 0:
            m = f"{v / 1e6:.2f}".rstrip("0").rstrip(".")
            cands += [f"${m}M", f"${m} million", f"${m} M"]
        if v % 1000 == 0:
            cands += [f"${v // 1000:,}K"]
    return cands[style % len(cands)]


def fmt_fte(n: int, lang: str, style: int) -> str:
    if lang == "fr":
        return [f"{n} ETP", f"effectif de {n}", f"{n} équivalents temps plein", f"{n} employés"][style % 4]
    if n == 1:
        return [f"{n} FTE", f"{n} FTE", f"staff of {n}", f"{n} employee", f"{n} FTE"][style % 5]
    return [f"{n} FTEs", f"{n} FTE", f"staff of {n}", f"{n} employees", f"{n} FTE's"][style % 5]


# --------------------------------------------------------------------------- labels
LAB = {
    "en1": dict(title="Position Title", cls="Classification", job_code="Position Job Code", posno="Position Number",
                date="Effective Date", dept="Department", sector="Sector", branch="Branch", location="Geographic Location",
                sup_no="Supervisor's Position No.", sup_title="Supervisor's Position Title", sup_cls="Supervisor's Classification",
                incumbent="Incumbent", reports_to="Reports to",
                ga="General Accountability", org="Organization Structure", nature="Nature and Scope", dims="Dimensions",
                spec="Specific Accountabilities", cert="Certification", csr="Client Service Results", key="Key Activities",
                salary="Salary", om="O&M", total="Total", fte="FTEs", gc="Grants and Contributions"),
    "en2": dict(title="Job Title", cls="Group and Level", job_code="Job Code", posno="Position No.",
                date="Date Effective", dept="Department", sector="Sector", branch="Directorate", location="Location",
                sup_no="Supervisor Position Number", sup_title="Supervisor Title", sup_cls="Supervisor Group/Level",
                incumbent="Name of Incumbent", reports_to="Reports To",
                ga="Purpose of the Position", org="Organizational Context", nature="Nature and Scope", dims="Key Dimensions",
                spec="Main Responsibilities", cert="Signatures", csr="Client Service Results", key="Key Activities",
                salary="Salary budget", om="Operating (O&M) budget", total="Total budget", fte="Number of FTEs", gc="G&C"),
    "en3": dict(title="TITLE", cls="GROUP/LEVEL", job_code="JOB CODE", posno="POSITION NUMBER",
                date="EFFECTIVE DATE", dept="DEPARTMENT", sector="SECTOR", branch="BRANCH", location="LOCATION",
                sup_no="SUPERVISOR POSITION NO.", sup_title="SUPERVISOR TITLE", sup_cls="SUPERVISOR LEVEL",
                incumbent="INCUMBENT", reports_to="REPORTS TO",
                ga="GENERAL ACCOUNTABILITY", org="ORGANIZATIONAL STRUCTURE", nature="NATURE & SCOPE", dims="DIMENSIONS",
                spec="SPECIFIC ACCOUNTABILITIES", cert="CERTIFICATION", csr="CLIENT SERVICE RESULTS", key="KEY ACTIVITIES",
                salary="Salary", om="O&M", total="Total", fte="FTEs", gc="Grants & Contributions"),
    "fr1": dict(title="Titre du poste", cls="Classification", job_code="Code d'emploi", posno="Numéro du poste",
                date="Date d'entrée en vigueur", dept="Ministère", sector="Secteur", branch="Direction générale", location="Lieu de travail",
                sup_no="Numéro du poste du superviseur", sup_title="Titre du poste du superviseur", sup_cls="Classification du superviseur",
                incumbent="Titulaire", reports_to="Relève de",
                ga="Responsabilité générale", org="Structure organisationnelle", nature="Nature et étendue", dims="Dimensions",
                spec="Responsabilités spécifiques", cert="Attestation", csr="Résultats axés sur le service à la clientèle", key="Activités principales",
                salary="Salaires", om="F et E", total="Total", fte="ETP", gc="Subventions et contributions"),
    "fr2": dict(title="Intitulé du poste", cls="Groupe et niveau", job_code="No de code d'emploi", posno="No du poste",
                date="Date de prise d'effet", dept="Organisation", sector="Secteur", branch="Direction", location="Emplacement",
                sup_no="No de poste du supérieur", sup_title="Titre du supérieur immédiat", sup_cls="Niveau du supérieur",
                incumbent="Nom du titulaire", reports_to="Relève du",
                ga="Raison d'être du poste", org="Contexte organisationnel", nature="Nature et portée", dims="Dimensions clés",
                spec="Principales responsabilités", cert="Signatures", csr="Résultats axés sur le service à la clientèle", key="Activités principales",
                salary="Budget salarial", om="Budget de fonctionnement et d'entretien", total="Budget total", fte="Nombre d'ETP", gc="S et C"),
}


def labels(lang: str, var: int) -> dict:
    if lang == "bi":
        e, f = LAB[["en1", "en2"][var % 2]], LAB[["fr1", "fr2"][var % 2]]
        return {k: f"{e[k]} / {f[k]}" for k in e}
    if lang == "fr":
        return LAB[["fr1", "fr2"][var % 2]]
    return LAB[["en1", "en2", "en3"][var % 3]]


def fr_de(x: str) -> str:
    for a, b in (("les ", "des "), ("le ", "du "), ("la ", "de la "), ("l'", "de l'")):
        if x.startswith(a):
            return b + x[len(a):]
    return "de " + x


def fr_art(title: str, art: str) -> str:
    fem = title.startswith(("Directrice", "Sous-ministre adjointe", "Dirigeante"))
    if art == "du":
        return ("de la " if fem else "du ") + title
    return ("la " if fem else "le ") + title


# --------------------------------------------------------------------------- the content of one document
def build(p: dict, d: dict) -> tuple[list, list, dict]:
    """(header [(key, label, value)], sections [(key, heading, blocks)], truth)."""
    lang = d["lang"]
    tl = "fr" if lang == "fr" else "en"     # the language of values and prose
    rng = random.Random(d.get("seed_name", d["name"]))
    L = labels(lang, d.get("lab", 0))
    cs, ds, ms, fs = d.get("cs", 0), d.get("ds", 0), d.get("ms", 0), d.get("fs", 0)
    title = p["title_fr"] if tl == "fr" else p["title_en"]
    sup_title = p["sup_fr"] if tl == "fr" else p["sup_en"]
    dept = DEPTS[p["dept"]][1 if tl == "fr" else 0]
    branch = T.UNITS[p["unit"]][1 if tl == "fr" else 0]
    sector = T.UNITS[p["sector"]][1 if tl == "fr" else 0]
    loc = T.LOCATIONS[p["loc"]][1 if tl == "fr" else 0]
    if d.get("loc_city"):
        loc = loc.split(",")[0].split(" (")[0]
    date = d.get("date", p["date"])
    truth = dict(title=p["title_en"] if lang != "fr" else p["title_fr"], classification=p["cls"], job_code=p["job"],
                 position_number=p["posno"], effective_date=date, sup_no=p["sup_no"], sup_title=sup_title if lang != "bi" else p["sup_en"],
                 sup_cls=p["sup_cls"], salary=p["salary"], om=p["om"], total=p["total"], location=loc if lang != "bi" else T.LOCATIONS[p["loc"]][0],
                 fte=p["fte"], gc=p["gc"] or None, op=None, reports=[], people=[])
    omit = set(d.get("omit", ()))
    for f in omit:
        truth[f] = None
    if lang == "bi":
        truth["title_fr"] = p["title_fr"]

    head = []
    ttl = title if lang != "bi" else (f"{p['title_en']} / {p['title_fr']}" if d.get("bi_title", 0) == 0 else p["title_en"])
    head.append(("title", L["title"], ttl))
    if lang == "bi" and d.get("bi_title", 0) == 1:
        head.append(("title_fr", "Titre du poste (français)", p["title_fr"]))
    head.append(("cls", L["cls"], fmt_cls(p["cls"], cs)))
    if "job_code" not in omit:
        head.append(("job_code", L["job_code"], p["job"]))
    pn = d.get("posno_text", p["posno"])
    if d.get("posno_text"):
        truth["position_number"] = None
    if "position_number" not in omit:
        head.append(("posno", L["posno"], pn))
    if "effective_date" not in omit:
        head.append(("date", L["date"], fmt_date(date, tl, ds)))
    head.append(("dept", L["dept"], dept))
    if p["sector"] != p["unit"]:
        head.append(("sector", L["sector"], sector))
    head.append(("branch", L["branch"], branch))
    if "location" not in omit:
        head.append(("location", L["location"], loc))
    supmode = d.get("sup", "fields")
    if p["sup_cls"] is None:
        truth["sup_cls"] = None
    if p["sup_no"] is None:
        truth["sup_no"] = None
    if supmode == "fields":
        if p["sup_no"] and "sup_no" not in omit:
            head.append(("sup_no", L["sup_no"], p["sup_no"]))
        else:
            truth["sup_no"] = None
        head.append(("sup_title", L["sup_title"], sup_title))
        if p["sup_cls"]:
            head.append(("sup_cls", L["sup_cls"], fmt_cls(p["sup_cls"], cs + 1)))
    elif supmode == "line":
        truth["sup_no"] = None
        v = sup_title + (f" ({fmt_cls(p['sup_cls'], cs)})" if p["sup_cls"] else "")
        head.append(("reports_to", L["reports_to"], v))
    else:   # in a sentence of the structure section
        truth["sup_no"] = None
        if d.get("sup_sentence_no") and p["sup_no"]:
            truth["sup_no"] = p["sup_no"]
    if d.get("incumbent"):
        head.append(("incumbent", L["incumbent"], p["incumbent"]))
        truth["people"].append(p["incumbent"])

    # prose
    theme = T.THEMES[p["theme"]][1 if tl == "fr" else 0]
    short = "regional program delivery" if p["unit"] in ("ontario", "quebec", "western") else branch
    fmtd = dict(title=title, sup=sup_title, theme=theme, unit=branch, short=short, theme_de=fr_de(theme),
                sup_du=fr_art(sup_title, "du"), sup_le=fr_art(sup_title, "le"), title_le=fr_art(title, "le"),
                Title_le=fr_art(title, "le")[0].upper() + fr_art(title, "le")[1:])
    secs = []
    ga = [rng.choice(T.GA_FR if tl == "fr" else T.GA_EN).format(**fmtd), rng.choice(T.GA2_FR if tl == "fr" else T.GA2_EN)]
    template = d.get("template", "classic")
    if template == "csr":
        secs.append(("csr", L["csr"], [("p", rng.choice(T.CSR_FR if tl == "fr" else T.CSR_EN).format(**fmtd))]))
        keys = rng.sample(T.KEY_FR if tl == "fr" else T.KEY_EN, 4)
        secs.append(("key", L["key"], [("li", k) for k in keys]))
    else:
        secs.append(("ga", L["ga"], [("p", " ".join(ga))]))

    # organization structure
    org = []
    reps = p["reports"][: d.get("nrep", len(p["reports"]))]
    rmode = d.get("rmode", "paren")
    if supmode == "sentence":
        bits = sup_title + (f" ({fmt_cls(p['sup_cls'], cs)})" if p["sup_cls"] else "")
        if d.get("sup_sentence_no") and p["sup_no"]:
            bits += (f", poste no {p['sup_no']}" if tl == "fr" else f", position {p['sup_no']}")
        org.append(("p", (f"Le titulaire relève directement {fr_art(bits, 'du')}." if tl == "fr" else f"The {title} reports directly to the {bits}.")))
    intro = ("Les postes suivants relèvent du titulaire :" if tl == "fr" else f"The following positions report to the {title}:")
    nocls, nofte = d.get("nocls", False), d.get("nofte", False)
    for r in reps:
        truth["reports"].append(dict(title=r["fr"] if tl == "fr" else r["en"], classification=None if nocls else r["cls"],
                                     fte=None if nofte else r["fte"]))
    if rmode == "prose":
        parts = []
        for r in reps:
            t = r["fr"] if tl == "fr" else r["en"]
            inner = ", ".join(x for x in [None if nocls else fmt_cls(r["cls"], cs), None if nofte else fmt_fte(r["fte"], tl, fs)] if x)
            parts.append(f"{'un' if tl == 'fr' else 'a'} {t}" + (f" ({inner})" if inner else ""))
        lead = "Le titulaire dirige " if tl == "fr" else f"The {title} manages "
        org.append(("p", lead + ", ".join(parts[:-1]) + (" et " if tl == "fr" else " and ") + parts[-1] + "."))
    elif rmode == "table":
        org.append(("p", intro))
        hdr = ["Poste", "Groupe et niveau", "ETP"] if tl == "fr" else ["Position", "Classification", "FTEs"]
        if nocls:
            hdr.pop(1)
        rows = []
        for r in reps:
            row = [r["fr"] if tl == "fr" else r["en"]]
            if not nocls:
                row.append(fmt_cls(r["cls"], cs))
            row.append("" if nofte else str(r["fte"]))
            rows.append(row)
        org.append(("table", hdr, rows))
    else:
        org.append(("p", intro))
        for i, r in enumerate(reps):
            t = r["fr"] if tl == "fr" else r["en"]
            c = None if nocls else fmt_cls(r["cls"], cs)
            f = None if nofte else fmt_fte(r["fte"], tl, fs)
            resp = rng.choice(T.REPORT_RESP_FR if tl == "fr" else T.REPORT_RESP_EN)
            if rmode == "paren":
                inner = ", ".join(x for x in (c, f) if x)
                line = f"{t}" + (f" ({inner})" if inner else "") + f": {resp}."
            elif rmode == "dash":
                line = (f"{c} - " if c else "") + t + (f" ({f})" if f else "")
            elif rmode == "emdash":
                line = " – ".join(x for x in (t, c, f) if x)
            else:  # bracket
                line = t + (f" [{c}]" if c else "") + (f" ({f})" if f else "") + f", {resp}"
            org.append(("li", line))
    secs.append(("org", L["org"], org))
    if template != "csr" or d.get("nature_too"):
        nat = rng.sample(T.NATURE_FR if tl == "fr" else T.NATURE_EN, 3 if d.get("long") else 2)
        secs.append(("nature", L["nature"], [("p", n.format(**fmtd)) for n in nat]))

    # dimensions
    dm = d.get("dims", "three")
    rows = []
    if dm in ("three", "two"):
        rows.append((L["salary"], fmt_money(p["salary"], tl, ms)))
        rows.append((L["om"], fmt_money(p["om"], tl, ms + 1)))
        if dm == "three":
            rows.append((L["total"], fmt_money(p["total"], tl, ms)))
        else:
            truth["total"] = None
    elif dm == "total":
        truth["salary"] = truth["om"] = None
        lab = "Budget de fonctionnement total" if tl == "fr" else "Total operating budget"
        rows.append((lab, fmt_money(p["total"], tl, ms)))
    elif dm == "none":
        truth["salary"] = truth["om"] = truth["total"] = None
    rows.insert(0, (L["fte"], str(p["fte"])))
    if truth["gc"]:
        rows.append((L["gc"], fmt_money(p["gc"], tl, ms + 2)))
    if d.get("nofte_total"):
        rows.pop(0)
        truth["fte"] = None
    dims = [("kv", a, b) for a, b in rows]
    if d.get("dims_table"):
        dims = [("table", ["", "2023-24" if tl == "en" else "2023-2024"], [[a, b] for a, b in rows])]
    if d.get("dims_prose") and dm == "three":
        if tl == "fr":
            s = (f"Le titulaire gère un effectif de {p['fte']} ETP, un budget salarial de {fmt_money(p['salary'], tl, ms)} "
                 f"et un budget de fonctionnement et d'entretien de {fmt_money(p['om'], tl, ms + 1)}, pour un total de {fmt_money(p['total'], tl, ms)}.")
        else:
            s = (f"The position manages {p['fte']} FTEs, a salary budget of {fmt_money(p['salary'], tl, ms)} and an O&M budget of "
                 f"{fmt_money(p['om'], tl, ms + 1)}, for a total of {fmt_money(p['total'], tl, ms)}.")
        if truth["gc"]:
            s += (f" Il administre aussi {fmt_money(p['gc'], tl, ms)} en subventions et contributions." if tl == "fr"
                  else f" It also administers {fmt_money(p['gc'], tl, ms)} in grants and contributions.")
        dims = [("p", s)]
    spec_pool = T.SPEC_FR if tl == "fr" else T.SPEC_EN
    spec = [("ol", s.format(**fmtd)) for s in rng.sample(spec_pool, rng.randint(5, min(7, len(spec_pool))))]
    order = d.get("order", "dims_first")
    if order == "dims_first":
        secs.append(("dims", L["dims"], dims))
        secs.append(("spec", L["spec"], spec))
    else:
        secs.append(("spec", L["spec"], spec))
        secs.append(("dims", L["dims"], dims))
    if d.get("cert", True):
        cert = []
        if tl == "fr":
            cert.append(("p", "La présente description est un énoncé exact et complet des fonctions du poste."))
        else:
            cert.append(("p", "The foregoing description is an accurate and complete statement of the duties assigned to the position."))
        if d.get("signed", True):
            sd = fmt_date(date + dt.timedelta(days=rng.randint(0, 20)), tl, ds) if date else ""
            cert.append(("sig", p["signer"], sup_title, sd))
            truth["people"].append(p["signer"])
        if d.get("hr"):
            cert.append(("sig", p["hr_advisor"], "Conseillère en classification" if tl == "fr" else "Classification Advisor, Executive Services", ""))
            truth["people"].append(p["hr_advisor"])
        secs.append(("cert", L["cert"], cert))
    return head, secs, truth


# --------------------------------------------------------------------------- serializers
def doc_heading(lang: str, var: int, dept: str) -> list[str]:
    if lang == "fr":
        return [["Description de travail – Groupe de la direction (EX)", "DESCRIPTION DE TRAVAIL", "Description de poste de cadre"][var % 3]]
    if lang == "bi":
        return ["Executive Work Description / Description de travail de cadre"]
    return [["Executive Work Description", "EXECUTIVE GROUP POSITION DESCRIPTION", "Job Description", "Work Description - EX Group"][var % 4]]


def to_markdown(head, secs, d) -> str:
    out = [f"# {doc_heading(d['lang'], d.get('hv', 2), '')[0]}", ""]
    out += ["## " + ("Renseignements sur le poste" if d["lang"] == "fr" else "Position Details"), ""]
    for _, lab, val in head:
        out.append(f"*   **{lab}:** {val}" if d.get("md", 0) == 0 else f"**{lab}:** {val}  ")
    out.append("")
    for _, h, blocks in secs:
        out += [f"## {h}", ""]
        n = 0
        for b in blocks:
            if b[0] == "p":
                out += [b[1], ""]
            elif b[0] == "li":
                out.append(f"*   {b[1]}")
            elif b[0] == "ol":
                n += 1
                out.append(f"{n}.  {b[1]}")
            elif b[0] == "kv":
                out.append(f"*   **{b[1]}:** {b[2]}")
            elif b[0] == "table":
                out += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
                out += ["| " + " | ".join(r) + " |" for r in b[2]]
                out.append("")
            elif b[0] == "sig":
                out += ["", f"**{b[1]}**  ", f"{b[2]}  ", b[3], ""]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_text(head, secs, d) -> str:
    """A form saved as text. d['layout']: one (label: value), next (value on the next line),
    leaders (dot leaders), tabs."""
    lay = d.get("layout", "one")
    up = d.get("upper", False)
    out = doc_heading(d["lang"], d.get("hv", 0), "") + [""]
    for _, lab, val in head:
        lab2 = lab.upper() if up else lab
        if lay == "next":
            out += [f"{lab2}:", f"    {val}"]
        elif lay == "leaders":
            out.append(f"{lab2} {'.' * max(3, 44 - len(lab2))} {val}")
        elif lay == "tabs":
            out.append(f"{lab2}:\t\t{val}")
        else:
            out.append(f"{lab2}: {val}")
    out.append("")
    for si, (_, h, blocks) in enumerate(secs):
        hh = h.upper() if up or d.get("hup") else h
        if d.get("numbered"):
            hh = f"{si + 1}. {hh}"
        out += [hh, ""] if not d.get("underline") else [hh, "-" * len(hh), ""]
        n = 0
        for b in blocks:
            if b[0] == "p":
                out += [b[1], ""]
            elif b[0] == "li":
                out.append(f"{d.get('bullet', '-')} {b[1]}")
            elif b[0] == "ol":
                n += 1
                out.append(f"{n}. {b[1]}")
            elif b[0] == "kv":
                out.append(f"{b[1]}: {b[2]}" if lay != "leaders" else f"{b[1]} {'.' * max(3, 34 - len(b[1]))} {b[2]}")
            elif b[0] == "table":
                out.append("\t".join(b[1]))
                out += ["\t".join(r) for r in b[2]]
            elif b[0] == "sig":
                out += ["", "_" * 34, b[1], b[2], (("Date: " + b[3]) if b[3] else "")]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def wrap(text: str, width: int) -> list[str]:
    lines = []
    for raw in text.split("\n"):
        if len(raw) <= width:
            lines.append(raw)
            continue
        cur = ""
        for w in raw.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                lines.append(cur)
                cur = "   " + w if raw[:2] in ("- ", "* ", "• ") or re.match(r"\d+\. ", raw) else w
            else:
                cur = f"{cur} {w}" if cur else w
        lines.append(cur)
    return lines


def paginate(lines: list[str], per: int, footer) -> list[list[str]]:
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    return [pg + ["", footer(i + 1, len(pages))] if footer else pg for i, pg in enumerate(pages)]


def to_pdf(text: str, d: dict) -> bytes:
    lines = wrap(text, d.get("width", 98))
    foot = d.get("footer")
    fn = None
    if foot == "page":
        fn = lambda i, n: f"Page {i} of {n}"  # noqa: E731
    elif foot == "pagefr":
        fn = lambda i, n: f"Page {i} de {n}"  # noqa: E731
    elif foot == "dept":
        fn = lambda i, n: f"Canadian Heritage | Patrimoine canadien                                    {i}/{n}"  # noqa: E731
    pages = paginate(lines, 62, fn)
    return pdf_bytes(["\n".join(pg) for pg in pages])


OCR_DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "G"}


def ocr_damage(text: str, rng: random.Random, strength: float) -> str:
    def dig(m):
        s = m.group(0)
        return "".join(OCR_DIGIT.get(c, c) if rng.random() < strength else c for c in s)
    # digits inside numbers, codes and amounts
    text = re.sub(r"(?<=[A-Z$ \-(])\d[\d,\.]*|\b\d[\d,\.]*", dig, text)
    words = text.split(" ")
    out = []
    for w in words:
        r = rng.random()
        if r < strength * 0.05 and len(w) > 4 and w.isalpha():
            w = w.replace("m", "rn", 1) if "m" in w else w.replace("e", "c", 1)
        elif r < strength * 0.08 and len(w) > 5 and w.isalpha():
            w = w.replace("l", "I", 1).replace("ti", "li", 1)
        if out and rng.random() < strength * 0.03 and w.isalpha() and out[-1].isalpha():
            out[-1] = out[-1] + w
            continue
        out.append(w)
    return " ".join(out)


def to_ocr(text: str, d: dict) -> str:
    rng = random.Random(d["name"] + "ocr")
    lines = wrap(text, 88)
    # hyphenate a few line ends
    for i in range(len(lines) - 1):
        if rng.random() < 0.06 and len(lines[i]) > 40 and lines[i + 1][:1].isalpha():
            w = lines[i + 1].split(" ")[0]
            if len(w) > 7 and w.isalpha():
                cut = len(w) // 2
                lines[i] += " " + w[:cut] + "-"
                lines[i + 1] = w[cut:] + lines[i + 1][len(w):]
    dept = d.get("running", "Canadian Heritage - Executive Work Description")
    pages = paginate(lines, 56, lambda i, n: f"{dept}   Page {i}")
    pages_text = ["\n".join(pg) for pg in pages]
    damaged = [ocr_damage(pg, rng, d.get("strength", 0.35)) for pg in pages_text]
    if d.get("onerun"):
        body = "\n".join(" ".join(x for x in pg.split("\n") if x.strip()) for pg in damaged)
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body + "\n"
    return "\f\n".join(damaged) + "\n"


def to_ocr_columns(head, secs, d) -> str:
    """A scanned page whose two columns (left: header fields, structure and dimensions; right:
    the prose) are read across the line."""
    rng = random.Random(d["name"] + "cols")
    left, right = [], []
    for _, lab, val in head:
        left += wrap(f"{lab.upper()}: {val}", 44)
    for key, h, blocks in secs:
        target = left if key in ("org", "dims") else right
        target.append(h.upper())
        for b in blocks:
            if b[0] in ("p", "li", "ol"):
                target += wrap(("- " if b[0] == "li" else "") + b[1], 44)
            elif b[0] == "kv":
                target.append(f"{b[1]}: {b[2]}")
            elif b[0] == "table":
                target += ["  ".join(r) for r in b[2]]
            elif b[0] == "sig":
                target += [b[1], b[2]]
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    lines = [(a + " " + b).strip() for a, b in zip(left, right)]
    text = "\n".join(lines)
    return ocr_damage(text, rng, d.get("strength", 0.3)) + "\n"


def to_docx(head, secs, d) -> bytes:
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    cp = doc.core_properties
    cp.author = d.get("author", "Executive Services")
    cp.title = ""
    cp.created = cp.modified = dt.datetime(2024, 3, 1, 9, 0, 0)
    cp.last_modified_by = "hrkit bench"
    cp.revision = 1
    doc.add_heading(doc_heading(d["lang"], d.get("hv", 0), "")[0], level=1)
    if d.get("dhead", "table") == "table":
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for _, lab, val in head:
            c = t.add_row().cells
            c[0].text, c[1].text = lab, val
    else:
        for _, lab, val in head:
            para = doc.add_paragraph()
            para.add_run(f"{lab}: ").bold = True
            para.add_run(val)
    for _, h, blocks in secs:
        doc.add_heading(h, level=2)
        kv = [b for b in blocks if b[0] == "kv"]
        if kv and d.get("dims_docx_table", True):
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for b in kv:
                c = t.add_row().cells
                c[0].text, c[1].text = b[1], b[2]
        for b in blocks:
            if b[0] == "p":
                doc.add_paragraph(b[1])
            elif b[0] == "li":
                doc.add_paragraph(b[1], style="List Bullet")
            elif b[0] == "ol":
                doc.add_paragraph(b[1], style="List Number")
            elif b[0] == "kv" and not d.get("dims_docx_table", True):
                doc.add_paragraph(f"{b[1]}: {b[2]}")
            elif b[0] == "table":
                t = doc.add_table(rows=1, cols=len(b[1]))
                t.style = "Table Grid"
                for i, x in enumerate(b[1]):
                    t.rows[0].cells[i].text = x
                for r in b[2]:
                    cells = t.add_row().cells
                    for i, x in enumerate(r):
                        cells[i].text = x
            elif b[0] == "sig":
                doc.add_paragraph("")
                doc.add_paragraph("_______________________________")
                doc.add_paragraph(b[1])
                doc.add_paragraph(b[2])
                if b[3]:
                    doc.add_paragraph(b[3])
    return save_docx(doc)


def save_docx(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- the documents
# name, position, kind, lang, options
D = [
    # ---- Word (.docx)
    ("ADM Cultural Affairs - EX-05 work description.docx", "ADMCA", "docx", "en", dict(lab=0, sup="line", rmode="table", dims_table=True, hv=0)),
    ("DG Broadcasting, Copyright and Creative Marketplace 2016.docx", "DGBC", "docx", "en", dict(lab=1, rmode="paren", date=dt.date(2016, 6, 13), ms=2, cs=0, version="DGBC:old")),
    ("DG BCCM - revised 2022 FINAL.docx", "DGBC", "docx", "en", dict(lab=1, rmode="paren", ms=1, cs=0, dhead="para", version="DGBC:new", hr=True)),
    ("Director General, Arts (EX-03).docx", "DGARTS", "docx", "en", dict(lab=0, rmode="emdash", cs=1, ds=2, order="spec_first", template="csr")),
    ("Directeur général, Patrimoine.docx", "DGHER", "docx", "fr", dict(lab=0, rmode="table", cs=0, ds=0, ms=2, incumbent=True)),
    ("DESTM - Director Executive Services and Talent Management (draft).docx", "DESTM", "docx", "en", dict(lab=0, rmode="table", cs=0, signed=False, version="DESTM:old", ds=1)),
    ("Directeur, Programmes d'appui aux langues officielles.docx", "DOLSP", "docx", "fr", dict(lab=1, rmode="dash", cs=2, fs=1, ms=0, version="DOLSP:old", signed=False)),
    ("Director, Copyright Policy.docx", "DCP", "docx", "en", dict(lab=0, rmode="bracket", dims="two", dhead="para", ds=3, omit=("effective_date",), version="DCP:en")),
    ("DG Sport Canada WD 2019.docx", "DGSC", "docx", "en", dict(lab=1, sup="sentence", rmode="prose", cs=3, ds=4, fs=2, ms=3)),
    ("Poste 2024 - Directrice, Affaires internationales.docx", "DIA", "docx", "bi", dict(lab=0, rmode="table", cs=0, ds=1, bi_title=0)),
    ("Director, Sport Support Programs - EX-01 (1).docx", "DSSP", "docx", "en", dict(lab=1, rmode="dash", cs=5, fs=0, ms=4, template="csr", nature_too=True)),
    ("WAGE - DG Policy and External Relations (comparative).docx", "XWAGE", "docx", "en", dict(lab=0, rmode="paren", nofte=True, ds=0, ms=0, author="WAGE-FEGC", omit=("job_code",))),
    ("Exec Director Digital Citizen Initiative.docx", "EDDCI", "docx", "en", dict(lab=1, rmode="paren", dims="total", ds=5, cs=4, incumbent=True)),
    # ---- PDF with a text layer
    ("DESTM - Director Executive Services and Talent Management - signed.pdf", "DESTM", "pdf", "en", dict(lab=0, rmode="paren", cs=0, ds=1, footer="page", version="DESTM:new", date_shift=45, hr=True)),
    ("Directeur, Programmes d'appui aux langues officielles (signée).pdf", "DOLSP", "pdf", "fr", dict(lab=1, rmode="dash", cs=2, fs=1, ms=0, footer="pagefr", version="DOLSP:new", date_shift=30)),
    ("ADM_OLHR_EX05_2021.pdf", "ADMOL", "pdf", "en", dict(lab=2, upper=True, rmode="paren", cs=0, ds=6, ms=2, footer="dept", sup="line", numbered=True)),
    ("DG Intergovernmental and International Affairs.pdf", "DGIIA", "pdf", "bi", dict(lab=1, rmode="paren", cs=0, ds=1, ms=0, footer="dept", bi_title=1)),
    ("Directrice, Politique du droit d'auteur - FR.pdf", "DCP", "pdf", "fr", dict(lab=0, rmode="paren", cs=0, ds=3, ms=1, fs=0, footer="pagefr", layout="next", version="DCP:fr")),
    ("Director Financial Planning & Resource Mgmt.pdf", "DFPRM", "pdf", "en", dict(lab=1, layout="tabs", rmode="emdash", ds=0, ms=3, footer="page", template="csr")),
    ("Executive Director, Western Region.pdf", "EDWR", "pdf", "en", dict(lab=0, rmode="bracket", ds=2, ms=1, fs=2, footer="page", dims_prose=True)),
    ("Chief Financial Officer - work description (approved).pdf", "CFO", "pdf", "en", dict(lab=0, layout="leaders", sup="sentence", rmode="paren", ds=3, ms=0, footer="dept")),
    ("DG Human Resources and Workplace Management.pdf", "DGHR", "pdf", "bi", dict(lab=0, rmode="paren", ds=1, ms=1, footer="page", bi_title=0, hr=True)),
    # ---- Markdown
    ("Director, Strategic Policy and Research.md", "DSPR", "markdown", "en", dict(lab=0, rmode="paren", date=dt.date(2019, 10, 7), ds=0, ms=2, version="DSPR:old", nrep=3)),
    ("Director, Strategic Policy and Research - revised.md", "DSPR", "markdown", "en", dict(lab=0, rmode="paren", ds=0, ms=2, version="DSPR:new", date=dt.date(2023, 2, 20))),
    ("Director General, Official Languages.md", "DGOL", "markdown", "en", dict(lab=1, rmode="dash", cs=2, ms=1, md=1, template="csr")),
    ("Directrice, Politiques et recherche, LO.md", "DOLPR", "markdown", "fr", dict(lab=0, rmode="paren", ds=0, ms=1, fs=2)),
    ("Director, Movable Cultural Property.md", "DMCP", "markdown", "en", dict(lab=0, rmode="table", ds=3, ms=0, cs=6, sup="line")),
    ("LAC - Director Strategic Policy (for comparison).md", "XLAC", "markdown", "en", dict(lab=1, rmode="paren", nocls=True, ds=2, ms=3, md=1)),
    # ---- text (UTF-8)
    ("Director, Broadcasting Policy.txt", "DBP", "text", "en", dict(lab=0, layout="one", rmode="paren", ds=0, ms=1, underline=True)),
    ("Directeur exécutif, Région du Québec.txt", "EDQC", "text", "fr", dict(lab=1, layout="one", rmode="dash", ds=2, ms=2, fs=0, version="EDQC:a")),
    ("Directeur exécutif, Région du Québec (1).txt", "EDQC", "text", "fr", dict(lab=1, layout="one", rmode="dash", ds=2, ms=2, fs=0, version="EDQC:b", seed_name="Directeur exécutif, Région du Québec.txt")),
    ("Director, Cabinet and Parliamentary Affairs.txt", "DCPA", "text", "en", dict(lab=1, layout="next", rmode="emdash", ds=4, ms=0, hup=True, sup="sentence", sup_sentence_no=True)),
    ("DG Strategic Policy - NEW position.txt", "DGSP", "text", "en", dict(lab=2, upper=True, layout="one", rmode="paren", posno_text="NEW", omit=("effective_date",), ds=0, ms=2, numbered=True, signed=False)),
    ("Director, Sport Policy and Major Games - 2017.txt", "DSPMG", "text", "en", dict(lab=0, layout="leaders", rmode="bracket", ds=6, ms=4, order="spec_first")),
    ("Directrice, Opérations des programmes, Ontario.txt", "DPOON", "text", "bi", dict(lab=1, layout="one", rmode="paren", ds=0, ms=0, bi_title=0)),
    # ---- text saved on Windows (cp1252, CRLF)
    ("Director, Arts Policy.txt", "DAPOL", "text-cp1252", "en", dict(lab=0, layout="tabs", rmode="paren", ds=3, ms=1, fs=4)),
    ("Director, Labour Relations & Workplace Wellness.txt", "DLRW", "text-cp1252", "en", dict(lab=1, layout="one", rmode="dash", ds=1, ms=0, nofte_total=True, hr=True)),
    ("Directeur, Opérations des programmes, Québec.txt", "DPOQC", "text-cp1252", "fr", dict(lab=0, layout="next", rmode="prose", ds=4, ms=3, fs=1, sup="line")),
    ("Finance Canada - Director, Social Policy (comparator).txt", "XFIN", "text-cp1252", "en", dict(lab=0, layout="one", rmode="paren", ds=0, ms=0, loc_city=True, omit=("job_code",))),
    # ---- OCR of scans
    ("Scan_DG_Regional_Operations_2017.txt", "DGREG", "ocr", "en", dict(lab=2, upper=True, rmode="dash", cs=0, ds=6, ms=2, onerun=True, strength=0.35, hv=1)),
    ("ADM Strategic Policy Planning Corporate Affairs - scan.txt", "ADMSP", "ocr", "en", dict(lab=0, rmode="paren", cs=0, ds=0, ms=1, strength=0.3, sup="line")),
    ("Directeur exécutif, Région de l'Ontario - numérisé.txt", "EDON", "ocr", "bi", dict(lab=0, rmode="paren", cs=0, ds=0, ms=0, strength=0.3, bi_title=1, running="Patrimoine canadien / Canadian Heritage")),
    ("Director, Heritage Policy and Programs - scanned copy.txt", "DHPP", "ocr", "en", dict(lab=1, rmode="emdash", ds=2, ms=0, strength=0.45, onerun=True, incumbent=True, fs=3)),
    ("Directeur, Relations FPT - numérisation.txt", "DFPT", "ocr", "fr", dict(lab=1, rmode="dash", ds=0, ms=1, fs=0, strength=0.3, running="Patrimoine canadien - Description de travail EX")),
    ("Director, Arts Programs - old scan.txt", "DAP", "ocr-columns", "en", dict(lab=2, rmode="dash", ds=6, ms=2, strength=0.3, omit=("location",))),
]

REFUSE = [
    ("Talent Management Profile - DG Arts - PROTECTED B.pdf", "pdf", "en"),
    ("Entente de rendement 2023-2024 - Directrice, Affaires internationales.docx", "docx", "fr"),
    ("Org chart - Strategic Policy, Planning and Corporate Affairs (Sept 2023).txt", "text", "en"),
    ("EX positions list - PCH - as of 2024-01-31.txt", "text-cp1252", "en"),
    ("Staffing memo - EX-01 Director Copyright Policy - acting appointment.docx", "docx", "en"),
    ("Scan0042.pdf", "pdf", "en"),
]


def refused_docs(pos):
    """The documents that sit in the folder and are not work descriptions."""
    out = {}
    p = pos["DGARTS"]
    prof = ["Executive Talent Management Profile", "PROTECTED B (when completed)", "", "Talent Management Cycle: 2023-2024",
            f"Executive: {p['incumbent']}", f"Position: {p['title_en']} ({p['cls']})", f"Position number: {p['posno']}",
            f"Manager: {pos['ADMCA']['incumbent']}, {pos['ADMCA']['title_en']}", "",
            "Section A - Employee self-assessment", "Career aspirations: lateral move within 2-3 years; interest in an ADM-level assignment.",
            "Mobility: willing to relocate within the National Capital Region only.", "Willingness and readiness for change: ready in 1-2 years.", "",
            "Section B - Manager's assessment", "Talent map placement: 4A - Ready for promotion (within 2 years)",
            "Leadership competencies: exceeds expectations in Create Vision and Strategy and Mobilize People.",
            "Learning and development: Executive Leadership Development Program (Canada School of Public Service); coaching.",
            "Succession: identified as a potential successor for ADM, Cultural Affairs.", "",
            "Dialogue held on: November 14, 2023", "Submitted to OCHRO through the ETMS on: December 1, 2023"]
    out["Talent Management Profile - DG Arts - PROTECTED B.pdf"] = (pdf_bytes(["\n".join(prof)]), [p["incumbent"], pos["ADMCA"]["incumbent"]])
    q = pos["DIA"]
    d = docx.Document()
    d.add_heading("Entente de rendement des cadres 2023-2024", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Nom", q["incumbent"]), ("Poste", q["title_fr"]), ("Groupe et niveau", q["cls"]), ("No du poste", q["posno"]),
                 ("Gestionnaire", f"{pos['DGIIA']['incumbent']}, {pos['DGIIA']['title_fr']}")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_heading("Engagements", level=2)
    for e in ["Résultats opérationnels : livrer la stratégie de diplomatie culturelle et le plan de participation à l'UNESCO d'ici mars 2024.",
              "Résultats en matière de leadership : mettre en œuvre le plan d'action sur l'équité, la diversité et l'inclusion de la direction.",
              "Priorité commune de la fonction publique : 10 % de l'effectif ayant un plan d'apprentissage à jour."]:
        d.add_paragraph(e, style="List Number")
    d.add_heading("Évaluation de fin d'exercice", level=2)
    d.add_paragraph("Cote de rendement : Réussi + (Succeeded+). Rémunération au rendement recommandée.")
    d.add_paragraph(f"Signature de la cadre : {q['incumbent']}        Signature du gestionnaire : {pos['DGIIA']['incumbent']}")
    d.core_properties.created = d.core_properties.modified = dt.datetime(2024, 3, 1, 9, 0, 0)
    out["Entente de rendement 2023-2024 - Directrice, Affaires internationales.docx"] = (save_docx(d), [q["incumbent"], pos["DGIIA"]["incumbent"]])
    a = pos["ADMSP"]
    org = ["CANADIAN HERITAGE - ORGANIZATION CHART", "Strategic Policy, Planning and Corporate Affairs Sector", "Updated September 2023", "",
           f"Assistant Deputy Minister ({a['cls']}) - {a['incumbent']}", "|"]
    names = [a["incumbent"]]
    for k in ("DGSP", "DGIIA", "DGHR"):
        g = pos[k]
        org.append(f"+-- {g['title_en']} ({g['cls']}) - {g['incumbent']}")
        names.append(g["incumbent"])
        for c in [x for x in pos.values() if x["sup"] == k]:
            org.append(f"|     +-- {c['title_en']} ({c['cls']}) - {c['incumbent']}")
            names.append(c["incumbent"])
        org.append("|")
    org += ["+-- Executive Assistant (AS-02) - vacant", "", "Source: Human Resources and Workplace Management, Executive Services"]
    out["Org chart - Strategic Policy, Planning and Corporate Affairs (Sept 2023).txt"] = ("\n".join(org) + "\n", names)
    rows = ["Position number\tTitle\tGroup/Level\tSector\tIncumbent\tStatus\tLanguage profile"]
    names = []
    for k, x in list(pos.items())[:30]:
        if x["dept"] != "pch":
            continue
        rows.append(f"{x['posno']}\t{x['title_en']}\t{x['cls']}\t{T.UNITS[x['sector']][0]}\t{x['incumbent']}\tIndeterminate\tCBC/CBC")
        names.append(x["incumbent"])
    rows += ["", f"EX positions: {len(rows) - 1} as of 2024-01-31 (Executive Services)"]
    out["EX positions list - PCH - as of 2024-01-31.txt"] = ("\r\n".join(rows) + "\r\n", names)
    c = pos["DCP"]
    d = docx.Document()
    d.add_paragraph("MEMORANDUM / NOTE DE SERVICE")
    for a_, b_ in [("TO", f"{pos['DGBC']['incumbent']}, {pos['DGBC']['title_en']}"), ("FROM", f"{pos['DESTM']['incumbent']}, {pos['DESTM']['title_en']}"),
                   ("DATE", "February 6, 2024"), ("SUBJECT", f"Acting appointment - {c['title_en']} ({c['cls']}), position {c['posno']}")]:
        d.add_paragraph(f"{a_}: {b_}")
    d.add_paragraph("PURPOSE")
    d.add_paragraph(f"To seek your approval of an acting appointment of more than four months to the position of {c['title_en']} "
                    f"while the incumbent, {c['incumbent']}, is on assignment to the Privy Council Office.")
    d.add_paragraph("BACKGROUND")
    d.add_paragraph("The work description of the position was reviewed and classified at the EX-01 level in 2022 and remains current. "
                    "The selected candidate meets the merit criteria and the language requirements (CBC) of the position.")
    d.add_paragraph("RECOMMENDATION")
    d.add_paragraph("That you approve the acting appointment for the period of March 1 to August 30, 2024.")
    d.add_paragraph("Approved / Not approved ____________________")
    d.core_properties.created = d.core_properties.modified = dt.datetime(2024, 3, 1, 9, 0, 0)
    out["Staffing memo - EX-01 Director Copyright Policy - acting appointment.docx"] = (save_docx(d), [pos["DGBC"]["incumbent"], pos["DESTM"]["incumbent"], c["incumbent"]])
    out["Scan0042.pdf"] = (pdf_bytes(["", "", ""]), [])
    return out


# --------------------------------------------------------------------------- ground truth
def q(s):
    if s is None:
        return "null"
    return "'" + str(s).replace("'", "''") + "'"


def expected_yaml(name, kind, lang, outcome, t=None, versions=None, people=()):
    lines = [f"document: {q(name)}", f"kind: {kind}", f"language: {lang}", f"outcome: {outcome}"]
    if t is None:
        lines += ["fields: null", "not_stated: []", "also: null"]
    else:
        ns = []
        f = {"title": t["title"], "classification": t["classification"], "job_code": t["job_code"],
             "position_number": t["position_number"], "effective_date": t["effective_date"]}
        lines.append("fields:")
        for k, v in f.items():
            if v is None:
                ns.append(k)
            lines.append(f"  {k}: {v.isoformat() if isinstance(v, dt.date) else q(v)}")
        lines.append("  supervisor:")
        for k, v in (("position_number", t["sup_no"]), ("title", t["sup_title"]), ("classification", t["sup_cls"])):
            if v is None:
                ns.append(f"supervisor.{k}")
            lines.append(f"    {k}: {q(v)}")
        lines.append("  direct_reports:")
        for r in t["reports"]:
            lines.append(f"  - title: {q(r['title'])}")
            lines.append(f"    classification: {q(r['classification'])}")
            lines.append(f"    fte: {'null' if r['fte'] is None else r['fte']}")
        for k, key in (("salary", "salary"), ("o_and_m", "om"), ("total", "total")):
            v = t[key]
            if v is None:
                ns.append(k)
            lines.append(f"  {k}: {'null' if v is None else v}")
        lines.append(f"  location: {q(t['location'])}")
        if t["location"] is None:
            ns.append("location")
        lines.append(f"not_stated: [{', '.join(ns)}]")
        lines.append("also:")
        if "title_fr" in t:
            lines.append(f"  title_fr: {q(t['title_fr'])}")
        lines.append(f"  fte: {'null' if t['fte'] is None else t['fte']}")
        lines.append(f"  operating_budget: {'null' if t['op'] is None else t['op']}")
        lines.append(f"  program_budget: {'null' if t['gc'] is None else t['gc']}")
        lines.append("  provisional_number: null")
        people = t["people"]
    if people:
        lines.append("people:")
        lines += [f"- {q(x)}" for x in people]
    else:
        lines.append("people: []")
    if versions:
        lines.append("versions:")
        lines.append("  documents:")
        lines += [f"  - {q(x)}" for x in versions["documents"]]
        lines.append(f"  newest: {q(versions['newest'])}")
        lines.append(f"  note: {q(versions['note'])}")
    else:
        lines.append("versions: null")
    return "\n".join(lines) + "\n"


VERSION_NOTES = {
    "DGBC": "the 2016 description and its 2022 revision (new date, more reports, new budget)",
    "DESTM": "an unsigned draft and the signed PDF of the same position (later effective date)",
    "DOLSP": "an unsigned Word draft and the signed PDF (later effective date)",
    "DSPR": "a 2019 description with three reports and its revision with four",
    "EDQC": "the same description saved twice (identical files)",
    "DCP": "the English and the French text of one description (the English one undated)",
}


def main():
    pos = make_positions()
    for dname in (CORPUS, EXPECTED):
        if dname.exists():
            shutil.rmtree(dname)
        dname.mkdir(parents=True)
    groups = {}
    for name, key, kind, lang, opt in D:
        if "version" in opt:
            groups.setdefault(opt["version"].split(":")[0], []).append((opt["version"].split(":")[1], name))
    newest = {"DGBC": "new", "DESTM": "new", "DOLSP": "new", "DSPR": "new", "EDQC": None, "DCP": None}
    for name, key, kind, lang, opt in D:
        p = dict(pos[key])
        d = dict(opt, name=name, lang=lang)
        if "date_shift" in d:
            d["date"] = p["date"] + dt.timedelta(days=d["date_shift"])
        if key == "DGBC" and opt.get("version") == "DGBC:new":
            d["date"] = dt.date(2022, 9, 12)
        if key == "DGBC" and opt.get("version") == "DGBC:old":
            p = dict(p, salary=p["salary"] - 420000, om=p["om"] - 31000, total=p["total"] - 451000, fte=p["fte"] - 4,
                     reports=p["reports"][:3])
        head, secs, truth = build(p, d)
        if kind == "docx":
            data = to_docx(head, secs, d)
        elif kind == "markdown":
            data = to_markdown(head, secs, d).encode("utf-8")
        elif kind == "pdf":
            data = to_pdf(to_text(head, secs, d), d)
        elif kind == "text":
            data = to_text(head, secs, d).encode("utf-8")
        elif kind == "text-cp1252":
            data = to_text(head, secs, d).replace("'", "’").replace("\n", "\r\n").encode("cp1252")
        elif kind == "ocr":
            data = to_ocr(to_text(head, secs, d), d).encode("utf-8")
        elif kind == "ocr-columns":
            data = to_ocr_columns(head, secs, d).encode("utf-8")
        (CORPUS / name).write_bytes(data)
        versions = None
        if "version" in opt:
            g = opt["version"].split(":")[0]
            docs = [n for _, n in sorted(groups[g])]
            nw = dict(groups[g]).get(newest[g]) if newest[g] else None
            versions = dict(documents=docs, newest=nw, note=VERSION_NOTES[g])
        (EXPECTED / f"{name}.expected.yaml").write_text(
            expected_yaml(name, kind, "bilingual" if lang == "bi" else lang, "import", truth, versions), encoding="utf-8")
    for name, (data, people) in refused_docs(pos).items():
        kind, lang = next((k, lg) for n, k, lg in REFUSE if n == name)
        if isinstance(data, str):
            data = data.encode("cp1252" if kind == "text-cp1252" else "utf-8")
        (CORPUS / name).write_bytes(data)
        (EXPECTED / f"{name}.expected.yaml").write_text(
            expected_yaml(name, kind, lang, "refuse", people=people), encoding="utf-8")


if __name__ == "__main__":
    main()
