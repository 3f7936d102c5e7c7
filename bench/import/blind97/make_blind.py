#!/usr/bin/env python3
"""Write bench/import/blind97/: EX work descriptions that passed through other tools before they
reached the folder (Google Docs exports, LibreOffice Writer, WordPerfect files converted to Word,
web pages saved as text, RTF saved as plain text, Apple Pages exports), a few documents to
refuse, and the ground truth for each.

    /work/main/.venv/bin/python bench/import/blind97/make_blind.py

Deterministic: a fixed seed, fixed .docx timestamps, the same bytes on every run."""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.shared import Pt  # noqa: E402

import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

SEED = 97_2024
CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
ABBR_EN = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
NBSP = "\u00a0"


# ----------------------------------------------------------------------------------------------
# positions

class Pos:
    def __init__(self, idx, line):
        f = line.split("|")
        self.idx = idx
        self.dept = f[0]
        self.title_en, self.title_fr = f[1], f[2]
        self.level = int(f[3])
        self.sup_en, self.sup_fr, self.sup_level = f[4], f[5], int(f[6])
        self.city, self.prov = f[7], f[8]
        self.mandate_en, self.mandate_fr = f[9], f[10]
        self.units = [tuple(u.split("=")) for u in f[11].split(";")]


POSITIONS = [Pos(i, l) for i, l in enumerate(T.POSITIONS_RAW.strip().splitlines())]


def ex(level):
    return f"EX-0{level}"


# ----------------------------------------------------------------------------------------------
# notations

def fmt_class(c, style):
    grp, lvl = c.rsplit("-", 1)
    n = int(lvl)
    return {"dash": c, "space": f"{grp} {lvl}", "short": f"{grp}-{n}", "joined": f"{grp}{lvl}",
            "spaced": f"{grp} - {lvl}"}[style]


def fmt_date(d, style, lang):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}",
                "le": f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                "iso": d.isoformat(),
                "dots": d.strftime("%d.%m.%Y"),
                "slash": d.strftime("%d/%m/%Y"),
                "ord": f"{day} {MONTHS_FR[d.month - 1]} {d.year}",
                "abbr": f"{day} {MONTHS_FR[d.month - 1]} {d.year}",
                "dmy": f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"}[style]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return {"long": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
            "ord": f"{MONTHS_EN[d.month - 1]} {d.day}{suffix}, {d.year}",
            "dmy": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            "iso": d.isoformat(),
            "abbr": f"{ABBR_EN[d.month - 1]} {d.day}, {d.year}",
            "slash": d.strftime("%Y/%m/%d"),
            "dots": d.strftime("%Y.%m.%d"),
            "le": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"}[style]


def _group(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def fmt_amount(v, style, lang, sp=" "):
    """v whole dollars; styles chosen so that the written value is exact."""
    if lang == "fr":
        if style in ("M", "million") and v >= 1_000_000:
            m = v / 1_000_000
            dec = 0 if v % 1_000_000 == 0 else 2 if v % 10_000 == 0 else 3
            num = f"{m:.{dec}f}".replace(".", ",")
            return f"{num}{sp}M$" if style == "M" else f"{num}{sp}million{'s' if m >= 2 else ''} de dollars"
        if style in ("M", "million", "K") and v % 1000 == 0:
            return f"{_group(v // 1000, sp)}{sp}k$"
        if style == "cents":
            return f"{_group(v, sp)},00{sp}$"
        return f"{_group(v, sp)}{sp}$"
    if style in ("M", "million") and v >= 1_000_000:
        m = v / 1_000_000
        dec = 0 if v % 1_000_000 == 0 else 2 if v % 10_000 == 0 else 3
        return f"${m:.{dec}f}M" if style == "M" else f"${m:.{dec}f} million"
    if style in ("M", "million", "K") and v % 1000 == 0:
        return f"${v // 1000:,}K"
    if style == "cents":
        return f"${v:,}.00"
    return f"${v:,}"


def fmt_fte(n, style, lang):
    if n == 1:
        return {"effectif": "1 ETP", "employes": "1 employé", "etp": "1 ETP", "staff": "1 FTE", "employees": "1 employee"}.get(style, "1 FTE")
    if lang == "fr":
        return {"etp": f"{n} ETP", "effectif": f"effectif de {n}", "employes": f"{n} employés"}.get(style, f"{n} ETP")
    return {"ftes": f"{n} FTEs", "fte": f"{n} FTE", "fteq": f"{n} FTE's", "staff": f"staff of {n}",
            "employees": f"{n} employees"}.get(style, f"{n} FTEs")


# ----------------------------------------------------------------------------------------------
# labels

LABELS_EN = [
    dict(title="Position Title", cls="Classification", job="Job Code", num="Position Number", date="Effective Date",
         sup_num="Supervisor's Position No.", sup_title="Supervisor's Position Title", sup_cls="Supervisor's Classification",
         loc="Geographic Location", dept="Department", branch="Branch"),
    dict(title="Job Title", cls="Group and Level", job="Position Job Code", num="Position No.", date="Date Effective",
         sup_num="Supervisor Position Number", sup_title="Supervisor Title", sup_cls="Supervisor Group/Level",
         loc="Location", dept="Organization", branch="Sector"),
    dict(title="TITLE", cls="GROUP/LEVEL", job="GENERIC JOB NO.", num="POSITION #", date="EFFECTIVE",
         sup_num="IMMEDIATE SUPERVISOR POSITION NO.", sup_title="IMMEDIATE SUPERVISOR TITLE", sup_cls="IMMEDIATE SUPERVISOR LEVEL",
         loc="WORK LOCATION", dept="DEPARTMENT", branch="BRANCH"),
    dict(title="Official Title", cls="Level", job="Job Number", num="Position Ref. No.", date="Date in Effect",
         sup_num="Reports to (Position No.)", sup_title="Reports to (Title)", sup_cls="Reports to (Level)",
         loc="City/Province", dept="Department/Agency", branch="Branch/Region"),
]
LABELS_FR = [
    dict(title="Titre du poste", cls="Classification", job="Code d'emploi", num="Numéro du poste", date="Date d'entrée en vigueur",
         sup_num="Numéro du poste du superviseur", sup_title="Titre du poste du superviseur", sup_cls="Classification du superviseur",
         loc="Lieu de travail", dept="Ministère", branch="Direction générale"),
    dict(title="Intitulé du poste", cls="Groupe et niveau", job="No de code d'emploi", num="No de poste", date="Date de prise d'effet",
         sup_num="No de poste du supérieur immédiat", sup_title="Titre du supérieur immédiat", sup_cls="Niveau du supérieur immédiat",
         loc="Emplacement géographique", dept="Organisation", branch="Secteur"),
    dict(title="TITRE DU POSTE", cls="GROUPE/NIVEAU", job="NO DE LA DESCRIPTION TYPE", num="NO DU POSTE", date="EN VIGUEUR LE",
         sup_num="RELÈVE DE (NO DE POSTE)", sup_title="RELÈVE DE (TITRE)", sup_cls="RELÈVE DE (NIVEAU)",
         loc="LIEU", dept="MINISTÈRE", branch="DIRECTION GÉNÉRALE"),
]

H_EN = dict(doc=["Work Description", "EXECUTIVE WORK DESCRIPTION", "Job Description", "Executive Group Position Description"],
            ident=["Position Identification", "Position Details", "IDENTIFICATION"],
            ga=["General Accountability", "GENERAL ACCOUNTABILITY", "Purpose"],
            org=["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Structure"],
            ns=["Nature and Scope", "NATURE & SCOPE", "Context"],
            dim=["Dimensions", "DIMENSIONS", "Financial Dimensions"],
            sa=["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Responsibilities"],
            csr="Client Service Results", ka="Key Activities",
            cert=["Certification", "CERTIFICATION", "Signatures"])
H_FR = dict(doc=["Description de travail", "DESCRIPTION DE TRAVAIL DE LA DIRECTION", "Description de poste", "Description de travail – Groupe de la direction"],
            ident=["Identification du poste", "Renseignements sur le poste", "IDENTIFICATION"],
            ga=["Responsabilité générale", "RESPONSABILITÉ GÉNÉRALE", "Raison d'être"],
            org=["Structure organisationnelle", "STRUCTURE DE L'ORGANISATION", "Organisation"],
            ns=["Nature et étendue", "NATURE ET ÉTENDUE", "Contexte"],
            dim=["Dimensions", "DIMENSIONS", "Données financières"],
            sa=["Responsabilités spécifiques", "RESPONSABILITÉS PARTICULIÈRES", "Principales responsabilités"],
            csr="Résultats axés sur le service à la clientèle", ka="Activités principales",
            cert=["Certification", "ATTESTATION", "Signatures"])

DIM_EN = [dict(fte="FTEs", sal="Salary", om="O&M", tot="Total", comb="Salary and O&M", prog="Grants and Contributions"),
          dict(fte="Number of FTE's", sal="Salary Budget", om="Operating and Maintenance", tot="Total Budget", comb="Total Operating Budget (Salary and O&M)", prog="Program Budget (Gs&Cs)"),
          dict(fte="Staff", sal="Salaries", om="Operations and Maintenance (O&M)", tot="Total Operating Budget", comb="Operating Budget (Salary + O&M)", prog="Grants and Contributions")]
DIM_FR = [dict(fte="ETP", sal="Salaires", om="F et E", tot="Total", comb="Salaires et F et E", prog="Subventions et contributions"),
          dict(fte="Nombre d'ETP", sal="Budget salarial", om="Fonctionnement et entretien", tot="Budget total", comb="Budget de fonctionnement (salaires et F et E)", prog="Budget de programme (S et C)")]


# ----------------------------------------------------------------------------------------------
# composing a document: blocks plus the truth

def names(rng, n):
    out = []
    while len(out) < n:
        nm = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        if nm not in out:
            out.append(nm)
    return out


def du(title_fr):
    f = title_fr.startswith(("Directrice", "Vice-présidente", "Sous-ministre adjointe", "Statisticienne", "Sous-commissaire"))
    return ("de la " if f else "du ") + title_fr


def art(title_fr):
    if title_fr[0] in "AEÉIOU":
        return "l'" + title_fr
    f = title_fr.startswith(("Directrice", "Conseillère", "Gestionnaire")) and not title_fr.startswith("Gestionnaire")
    return ("la " if f else "le ") + title_fr


def fem(title_fr):
    return title_fr.startswith(("Directrice", "Gestionnaire"))


def make_truth(p: Pos, rng, o):
    """Numbers and reports of a position (shared by its versions)."""
    t = {}
    t["position_number"] = o.get("posnum", f"{rng.randint(10000, 99999)}" if rng.random() < 0.7 else f"{rng.randint(1, 999999):08d}")
    t["job_code"] = f"{rng.choice([1, 1, 2])}0{rng.randint(1000, 9999)}"
    t["sup_num"] = f"{rng.randint(10000, 99999)}"
    y = rng.randint(2014, 2024)
    t["date"] = dt.date(y, rng.randint(1, 12), rng.choice([1, 1, 1, 3, 12, 15, 17, 20, 24, 28, 30]) if True else 1)
    reps = []
    for i, (u_en, u_fr) in enumerate(p.units):
        if p.level >= 2:
            cls = "EX-01"
            en, fr = f"Director, {u_en}", f"{'Directrice' if rng.random() < 0.4 else 'Directeur'}, {u_fr}"
            fte = rng.randint(18, 95)
        else:
            cls = rng.choice(T.REPORT_LEVELS)
            en, fr = f"Manager, {u_en}", f"Gestionnaire, {u_fr}"
            if cls.startswith(("EC-06", "PE", "SE")):
                en, fr = f"Senior Advisor, {u_en}", f"Conseiller principal, {u_fr}"
            fte = rng.randint(4, 40)
        reps.append(dict(en=en, fr=fr, cls=cls, fte=fte))
    if rng.random() < 0.5:
        reps.append(dict(en="Executive Assistant", fr="Adjointe exécutive", cls="AS-02", fte=1))
    t["reports"] = reps
    nfte = sum(r["fte"] for r in reps) + 1
    t["fte"] = nfte
    sal = int(round(nfte * rng.randint(88, 104) * 1000, -4))
    om = int(round(sal * rng.uniform(0.04, 0.22), -3)) if rng.random() < 0.6 else int(round(sal * rng.uniform(0.04, 0.22), -4))
    t["salary"], t["om"], t["total"] = sal, om, sal + om
    t["program"] = rng.randint(5, 400) * 1_000_000 if rng.random() < 0.3 else None
    return t


def compose(p: Pos, t: dict, o: dict, rng: random.Random):
    """Blocks of a work description and its expected record. o: options fixed by the plan."""
    lang = o["lang"]
    bi = lang == "bilingual"
    L = "fr" if lang == "fr" else "en"
    lab = rng.choice(LABELS_FR) if L == "fr" else rng.choice(LABELS_EN)
    labfr = rng.choice(LABELS_FR)
    H = H_FR if L == "fr" else H_EN
    hi = rng.randrange(3)
    h = {k: (v[hi] if isinstance(v, list) and k != "doc" else v) for k, v in H.items()}
    dim = rng.choice(DIM_FR if L == "fr" else DIM_EN)
    cstyle = o.get("cls", rng.choice(["dash", "dash", "dash", "space", "short", "joined", "spaced"]))
    dstyle = o.get("date", rng.choice(["long", "ord", "dmy", "iso", "abbr", "slash", "le", "dots"]))
    if dstyle == "slash" and t["date"].day <= 12 and L == "fr":
        dstyle = "long"
    astyle = o.get("amount", rng.choice(["full", "M", "K", "cents", "million"]))
    sp = o.get("sp", " ")
    fstyle = rng.choice(["ftes", "fte", "fteq", "staff", "employees"]) if L == "en" else rng.choice(["etp", "effectif", "employes"])
    title = p.title_fr if L == "fr" else p.title_en
    sup_title = p.sup_fr if L == "fr" else p.sup_en
    cls = ex(p.level)
    sup_cls = ex(p.sup_level)
    prov_en, prov_fr = T.PROVINCES[p.prov]
    loc = f"{p.city} ({prov_fr})" if L == "fr" else rng.choice([f"{p.city}, {prov_en}", f"{p.city}, {p.prov}", f"{p.city} ({prov_en})"])
    loc_truth = f"{p.city}, {prov_fr if L == 'fr' else prov_en}"
    dept_en, dept_fr, _ = T.DEPTS[p.dept]
    dept = dept_fr if L == "fr" else dept_en

    has = dict(job=o.get("job", rng.random() < 0.6), num=o.get("num", True), date=o.get("has_date", rng.random() < 0.85),
               sup_num=o.get("sup_num", rng.random() < 0.55), loc=o.get("loc", rng.random() < 0.75))
    sup_form = o.get("sup_form", rng.choice(["fields", "fields", "reports_to", "sentence"]))
    if sup_form == "sentence":
        has["sup_num"] = False
    dim_form = o.get("dim", rng.choice(["three", "three", "three", "two", "combined", "none"]))
    rep_form = o.get("reps", rng.choice(["list", "list", "table", "prose", "list"]))
    rep_list_style = rng.choice(["paren", "dashfirst", "endash", "bracket", "colon"])
    rep_nocls = o.get("rep_nocls", rng.random() < 0.1)
    rep_nofte = o.get("rep_nofte", rng.random() < 0.1)
    template = o.get("template", "csr" if rng.random() < 0.2 else "classic")
    title_in_heading = o.get("title_paren", False)
    sig_names = names(rng, 2)
    incumbent = rng.random() < 0.4
    people = list(sig_names) if o.get("signed", True) else []
    if incumbent:
        inc_name = names(rng, 3)[2]
        if inc_name not in people:
            people.append(inc_name)

    def C(c):
        return fmt_class(c, cstyle)

    def A(v):
        return fmt_amount(v, astyle, L, sp)

    # header fields
    fields = []
    provisional = None
    posnum = t["position_number"]
    if o.get("provisional"):
        provisional = o["provisional"]
        posnum = None
    if bi:
        fields.append((f"{lab['title']} / {labfr['title']}", f"{p.title_en} / {p.title_fr}" if o.get("bi_title_one", True) else p.title_en))
        if not o.get("bi_title_one", True):
            fields.append((f"{labfr['title']} (français)", p.title_fr))
        fields.append((f"{lab['cls']} / {labfr['cls']}", C(cls)))
        if has["job"]:
            fields.append((f"{lab['job']} / {labfr['job']}", t["job_code"]))
        fields.append((f"{lab['num']} / {labfr['num']}", provisional or posnum))
        if has["date"]:
            fields.append((f"{lab['date']} / {labfr['date']}", fmt_date(t["date"], dstyle, "en")))
    else:
        if not title_in_heading:
            fields.append((lab["title"], title))
            fields.append((lab["cls"], C(cls)))
        if has["job"]:
            fields.append((lab["job"], t["job_code"]))
        if has["num"]:
            fields.append((lab["num"], provisional or posnum))
        if has["date"]:
            fields.append((lab["date"], fmt_date(t["date"], dstyle, L)))
    if not has["num"]:
        posnum = None
    if rng.random() < 0.5:
        fields.append((lab["dept"] if not bi else f"{lab['dept']} / {labfr['dept']}", dept))
    if sup_form == "fields":
        if has["sup_num"]:
            fields.append((lab["sup_num"] if not bi else f"{lab['sup_num']} / {labfr['sup_num']}", t["sup_num"]))
        fields.append((lab["sup_title"] if not bi else f"{lab['sup_title']} / {labfr['sup_title']}", sup_title))
        fields.append((lab["sup_cls"] if not bi else f"{lab['sup_cls']} / {labfr['sup_cls']}", C(sup_cls)))
    elif sup_form == "reports_to":
        rl = "Relève de" if L == "fr" else rng.choice(["Reports to", "Reporting to", "REPORTS TO"])
        if bi:
            rl = "Reports to / Relève de"
        v = f"{sup_title} ({C(sup_cls)})"
        if has["sup_num"]:
            v += f", {'poste no' if L == 'fr' else 'Position No.'} {t['sup_num']}"
        fields.append((rl, v))
    if has["loc"]:
        fields.append((lab["loc"] if not bi else f"{lab['loc']} / {labfr['loc']}", loc))
    if incumbent:
        fields.append(("Titulaire" if L == "fr" else "Incumbent", inc_name))
    rng.shuffle(fields[3:]) if rng.random() < 0.3 else None

    blocks = []
    doc_head = rng.choice(H["doc"])
    if title_in_heading:
        blocks.append(("title", doc_head))
        blocks.append(("h", 1, f"{title} ({C(cls)})"))
    else:
        blocks.append(("title", doc_head))
    blocks.append(("h", 2, h["ident"]))
    blocks.append(("fields", fields))

    def rep_text(r, lg):
        ti = r["fr"] if lg == "fr" else r["en"]
        c = None if rep_nocls else C(r["cls"])
        f = None if rep_nofte else fmt_fte(r["fte"], fstyle if lg == L else ("etp" if lg == "fr" else "ftes"), lg)
        if rep_list_style == "paren" or (c is None and f is None):
            inside = ", ".join(x for x in (c, f) if x)
            return f"{ti} ({inside})" if inside else ti
        if rep_list_style == "dashfirst":
            return f"{c} - {ti}" + (f" ({f})" if f else "") if c else f"{ti} ({f})"
        if rep_list_style == "endash":
            return " – ".join(x for x in (ti, c, f) if x)
        if rep_list_style == "bracket":
            return f"{ti}" + (f" [{c}]" if c else "") + (f" ({f})" if f else "")
        inside = ", ".join(x for x in (c, f) if x)
        return f"{ti} ({inside}):"

    def section_org(lg):
        hh = H_FR if lg == "fr" else H_EN
        out = [("h", 2, hh["org"][hi])]
        ti = p.title_fr if lg == "fr" else p.title_en
        st = p.sup_fr if lg == "fr" else p.sup_en
        n = len(t["reports"])
        if sup_form == "sentence":
            if lg == "fr":
                out.append(("p", f"Le poste de {ti} relève {du(st)} ({C(sup_cls)}) et est l'un des {rng.choice(['quatre', 'cinq', 'six'])} postes de direction qui lui sont subordonnés."))
            else:
                out.append(("p", f"The {ti} reports to the {st} ({C(sup_cls)}) and is one of {rng.choice(['four', 'five', 'six'])} senior management positions reporting to that position."))
        else:
            out.append(("p", (f"Le titulaire dirige une équipe de {t['fte']} employés." if lg == "fr" else f"The incumbent leads an organization of {t['fte']} employees.")))
        lead = (f"Les {n} postes suivants relèvent du titulaire :" if lg == "fr" else f"The following {n} positions report to the {ti}:")
        if rep_form == "table":
            out.append(("p", lead))
            hdr = ["Poste", "Groupe et niveau", "ETP"] if lg == "fr" else ["Position", "Group/Level", "FTEs"]
            rows = []
            for r in t["reports"]:
                rows.append([r["fr"] if lg == "fr" else r["en"], "" if rep_nocls else C(r["cls"]), "" if rep_nofte else str(r["fte"])])
            if rep_nocls:
                hdr, rows = [hdr[0], hdr[2]], [[a, c] for a, b, c in rows]
            if rep_nofte:
                hdr, rows = hdr[:-1], [x[:-1] for x in rows]
            out.append(("table", hdr, rows))
        elif rep_form == "prose":
            parts = []
            for r in t["reports"]:
                ti2 = r["fr"] if lg == "fr" else r["en"]
                bits = [x for x in (None if rep_nocls else C(r["cls"]), None if rep_nofte else fmt_fte(r["fte"], fstyle if lg == L else "etp", lg)) if x]
                parts.append(f"{art(ti2) if lg == 'fr' else 'the ' + ti2}" + (f" ({', '.join(bits)})" if bits else ""))
            joined = "; ".join(parts[:-1]) + ("; et " if lg == "fr" else "; and ") + parts[-1]
            out.append(("p", ("Relèvent du titulaire : " if lg == "fr" else "Reporting to the incumbent are: ") + joined + "."))
        else:
            out.append(("p", lead))
            items = []
            for r in t["reports"]:
                s = rep_text(r, lg)
                if rep_list_style == "colon" and r["cls"] != "AS-02":
                    s = s + (" responsable de la gestion des activités de l'unité." if lg == "fr" else " responsible for the management of the unit's activities.")
                items.append(s)
            out.append(("ul", items))
        return out

    def section_dim(lg):
        if dim_form == "none":
            return []
        d = dim if lg == L else (DIM_FR[0] if lg == "fr" else DIM_EN[0])
        hh = H_FR if lg == "fr" else H_EN

        def Am(v):
            return fmt_amount(v, astyle, lg, sp)
        rows = [(d["fte"], str(t["fte"]))]
        if dim_form in ("three", "two"):
            rows.append((d["sal"], Am(t["salary"])))
            rows.append((d["om"], Am(t["om"])))
            if dim_form == "three":
                rows.append((d["tot"], Am(t["total"])))
        else:
            rows.append((d["comb"], Am(t["total"])))
        if t["program"]:
            rows.append((d["prog"], Am(t["program"])))
        form = o.get("dim_layout", rng.choice(["fields", "fields", "ul", "table"]))
        out = [("h", 2, hh["dim"][hi])]
        if form == "ul":
            out.append(("ul", [f"{a}: {b}" if lg == "en" else f"{a} : {b}" for a, b in rows]))
        elif form == "table":
            out.append(("table", None, [list(r) for r in rows]))
        else:
            out.append(("fields", rows))
        return out

    def body(lg):
        hh = H_FR if lg == "fr" else H_EN
        ti = p.title_fr if lg == "fr" else p.title_en
        m = p.mandate_fr if lg == "fr" else p.mandate_en
        ga = rng.choice(T.GA_FR if lg == "fr" else T.GA_EN).format(t=ti, m=m)
        if lg == "fr":
            ga = ga.replace("de le ", "du ").replace("de les ", "des ")
        out = []
        if template == "csr" and lg == L:
            out.append(("h", 2, hh["csr"]))
            mc = m[0].upper() + m[1:]
            out.append(("p", (T.CSR_FR if lg == "fr" else T.CSR_EN).format(m_cap=mc)))
            out.append(("h", 2, hh["ka"]))
            out.append(("ol", list(T.KA_FR if lg == "fr" else T.KA_EN)))
        else:
            out.append(("h", 2, hh["ga"][hi]))
            out.append(("p", ga))
        orgs = section_org(lg)
        ns = [("h", 2, hh["ns"][hi])] + [("p", x.format(d=("La direction" if lg == "fr" else "directorate"))) for x in rng.sample(T.NS_FR if lg == "fr" else T.NS_EN, 2)]
        dims = section_dim(lg)
        sa = [("h", 2, hh["sa"][hi]), ("ol", rng.sample(T.SA_FR if lg == "fr" else T.SA_EN, rng.randint(5, 7)))]
        order = o.get("order", rng.choice(["a", "b"]))
        if order == "a":
            out += orgs + ns + dims + sa
        else:
            out += ns + orgs + sa + dims
        return out

    if bi:
        blocks += body("en")
        blocks.append(("fr_break",))
        blocks.append(("h", 1, "VERSION FRANÇAISE"))
        blocks.append(("h", 2, p.title_fr))
        blocks += body("fr")
    else:
        blocks += body(L)

    if o.get("signed", True):
        if L == "fr":
            cert = "Je certifie que la présente description est un énoncé exact et complet des fonctions assignées au poste."
            sig = [f"{sig_names[0]}, titulaire du poste de {sup_title}", f"Date : {fmt_date(t['date'] + dt.timedelta(days=rng.randint(-40, -2)), 'long', 'fr')}",
                   f"{sig_names[1]}, Conseillère en classification"]
        else:
            cert = "The foregoing description is an accurate and complete statement of the duties assigned to the position."
            sig = [f"Supervisor: {sig_names[0]}, {sup_title}", f"Date: {fmt_date(t['date'] + dt.timedelta(days=rng.randint(-40, -2)), 'iso', 'en')}",
                   f"Classification Advisor: {sig_names[1]}"]
        blocks.append(("h", 2, (H_FR if L == "fr" else H_EN)["cert"][hi]))
        blocks.append(("p", cert))
        blocks.append(("sig", sig))

    # truth
    reports_truth = []
    for r in t["reports"]:
        reports_truth.append(dict(title=r["fr"] if L == "fr" else r["en"], classification=None if rep_nocls else r["cls"],
                                  fte=None if rep_nofte else r["fte"]))
    has_dim = dim_form != "none"
    fields_truth = dict(
        title=p.title_en if bi else title,
        classification=cls,
        job_code=t["job_code"] if has["job"] else None,
        position_number=posnum,
        effective_date=t["date"] if has["date"] else None,
        supervisor=dict(position_number=t["sup_num"] if has["sup_num"] and sup_form != "sentence" else None,
                        title=sup_title if not bi else p.sup_en, classification=sup_cls),
        direct_reports=reports_truth,
        salary=t["salary"] if dim_form in ("three", "two") else None,
        o_and_m=t["om"] if dim_form in ("three", "two") else None,
        total=t["total"] if dim_form in ("three", "combined") else None,
        location=loc_truth if has["loc"] else None,
    )
    also = dict(fte=t["fte"] if has_dim else None, operating_budget=None,
                program_budget=t["program"] if has_dim and t["program"] else None,
                provisional_number=provisional, department=dept_en)
    if bi:
        also["title_fr"] = p.title_fr
    meta = dict(sup_form=sup_form, dim_form=dim_form, rep_form=rep_form, rep_list_style=rep_list_style, template=template,
                cstyle=cstyle, dstyle=dstyle, astyle=astyle, fstyle=fstyle, title_paren=title_in_heading, incumbent=incumbent)
    return blocks, dict(language=lang, fields=fields_truth, also=also, people=people, meta=meta)


# ----------------------------------------------------------------------------------------------
# helpers for tools

def wrap(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def hyphen_wrap(text, width, rng):
    """Hard returns at ~width, sometimes breaking a long word with a hyphen (WordPerfect)."""
    out, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            room = width - len(cur) - 2
            if len(w) > 9 and room > 4 and w.isalpha() and rng.random() < 0.5:
                k = min(room, len(w) - 3)
                out.append(f"{cur} {w[:k]}-")
                cur = w[k:]
                continue
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        out.append(cur)
    return out


def item_text(it):
    return it


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def new_docx(author, styles_kind):
    d = docx.Document()
    cp = d.core_properties
    stamp = dt.datetime(2023, 3, 14, 9, 26, 53)
    cp.author = author
    cp.last_modified_by = author
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 3
    cp.title = ""
    cp.comments = ""
    st = d.styles
    if styles_kind == "gdocs":
        st["Normal"].font.name = "Arial"
        st["Normal"].font.size = Pt(11)
    elif styles_kind == "libre":
        for nm in ("Text Body", "Table Contents", "Table Heading", "Footer Left", "Numbering 1"):
            st.add_style(nm, WD_STYLE_TYPE.PARAGRAPH).base_style = st["Normal"]
        st["Normal"].font.name = "Liberation Serif"
    elif styles_kind == "wp":
        for nm in ("WP_Default", "Document 1", "Level 1", "Heading (WP)", "Right Par 1"):
            s = st.add_style(nm, WD_STYLE_TYPE.PARAGRAPH)
            s.base_style = st["Normal"]
            s.font.name = "Courier New"
            s.font.size = Pt(12)
    elif styles_kind == "pages":
        for nm in ("Body", "Heading", "Heading Red", "Free Form"):
            s = st.add_style(nm, WD_STYLE_TYPE.PARAGRAPH)
            s.base_style = st["Normal"]
            s.font.name = "Helvetica Neue"
    return d


def save_docx(d) -> bytes:
    b = io.BytesIO()
    d.save(b)
    return fixed_zip(b.getvalue())


def bold_label_para(d, label, value, style=None, sep=": "):
    para = d.add_paragraph(style=style)
    r = para.add_run(label + sep.rstrip(" ") if sep.strip() else label)
    r.bold = True
    para.add_run((" " if sep.endswith(" ") else "") + value)
    return para


# ----------------------------------------------------------------------------------------------
# tools: each turns blocks into a file's bytes

def r_gdocs_docx(blocks, o, rng):
    d = new_docx("", "gdocs")
    layout = o.get("layout", rng.choice(["table", "lines", "table"]))
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_paragraph(b[1], style="Title")
        elif k == "h":
            d.add_paragraph(b[2], style="Heading 1" if b[1] == 1 else "Heading 2")
        elif k == "fields":
            if layout == "table":
                tb = d.add_table(rows=0, cols=2)
                tb.style = d.styles["Table Grid"]
                for a, v in b[1]:
                    cells = tb.add_row().cells
                    cells[0].text = a
                    cells[1].text = v
            else:
                for a, v in b[1]:
                    bold_label_para(d, a + ":", v, sep=" ")
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif k == "table":
            rows = ([b[1]] if b[1] else []) + b[2]
            tb = d.add_table(rows=0, cols=len(rows[0]))
            tb.style = d.styles["Table Grid"]
            for i, row in enumerate(rows):
                cells = tb.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
                    if i == 0 and b[1]:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
        elif k == "sig":
            for line in b[1]:
                d.add_paragraph(line)
        elif k == "fr_break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    return save_docx(d)


def gmd_escape(s):
    out = []
    for ch in s:
        if ch in "\\*_#+-!<>[]`~":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def r_gdocs_md(blocks, o, rng):
    esc = gmd_escape if o.get("escape", True) else (lambda s: s)
    layout = o.get("layout", rng.choice(["table", "bold", "bullets"]))
    L = []
    for b in blocks:
        k = b[0]
        if k == "title":
            L += [f"# **{esc(b[1])}**", ""]
        elif k == "h":
            L += [("# " if b[1] == 1 else "## ") + esc(b[2]), ""]
        elif k == "fields":
            if layout == "table":
                L.append(f"| {esc(b[1][0][0])} | {esc(b[1][0][1])} |")
                L.append("| :---- | :---- |")
                for a, v in b[1][1:]:
                    L.append(f"| {esc(a)} | {esc(v)} |")
            elif layout == "bullets":
                for a, v in b[1]:
                    L.append(f"* **{esc(a)}:** {esc(v)}  ")
            else:
                for a, v in b[1]:
                    L.append(f"**{esc(a)}:** {esc(v)}  ")
            L.append("")
        elif k == "p":
            L += [esc(b[1]), ""]
        elif k == "ul":
            L += [f"* {esc(x)}" for x in b[1]] + [""]
        elif k == "ol":
            L += [f"{i}. {esc(x)}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "table":
            rows = ([b[1]] if b[1] else [[""] * len(b[2][0])]) + b[2]
            L.append("| " + " | ".join(f"**{esc(x)}**" if x else x for x in rows[0]) + " |")
            L.append("| " + " | ".join(":----" for _ in rows[0]) + " |")
            for r in rows[1:]:
                L.append("| " + " | ".join(esc(x) for x in r) + " |")
            L.append("")
        elif k == "sig":
            L += [esc(x) + "  " for x in b[1]] + [""]
        elif k == "fr_break":
            L += ["---", ""]
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


def r_gdocs_txt(blocks, o, rng):
    """Google Docs 'Plain text (.txt)': a BOM, CRLF, table cells one to a line."""
    L = []
    for b in blocks:
        k = b[0]
        if k == "title" or k == "h":
            L += [b[-1], ""] if k == "title" else [b[2]]
        elif k == "fields":
            for a, v in b[1]:
                L += [a, v]
            L.append("")
        elif k == "p":
            L += [b[1], ""] if len(b[1]) > 60 else [b[1]]
        elif k == "ul":
            L += [f"* {x}" for x in b[1]] + [""]
        elif k == "ol":
            L += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "table":
            for r in ([b[1]] if b[1] else []) + b[2]:
                L += r
            L.append("")
        elif k == "sig":
            L += b[1] + [""]
        elif k == "fr_break":
            L += ["", ""]
    return ("\ufeff" + "\r\n".join(L) + "\r\n").encode("utf-8")


def pdf_lines(blocks, o, rng, bullet="•", width=100):
    L = []
    for b in blocks:
        k = b[0]
        if k == "title":
            L += [b[1].upper() if o.get("caps_title") else b[1], ""]
        elif k == "h":
            L += ["", b[2]]
        elif k == "fields":
            w = max(len(a) for a, _ in b[1]) + 2
            for a, v in b[1]:
                first, *rest = wrap(v, width - w - 2) or [""]
                L.append(f"{(a + ':').ljust(w)} {first}")
                L += [" " * (w + 1) + x for x in rest]
        elif k == "p":
            L += wrap(b[1], width)
        elif k == "ul":
            for x in b[1]:
                ww = wrap(x, width - 4)
                L.append(f"{bullet} {ww[0]}")
                L += ["  " + y for y in ww[1:]]
        elif k == "ol":
            for i, x in enumerate(b[1], 1):
                ww = wrap(x, width - 4)
                L.append(f"{i}. {ww[0]}")
                L += ["   " + y for y in ww[1:]]
        elif k == "table":
            rows = ([b[1]] if b[1] else []) + b[2]
            ws = [max(len(r[i]) for r in rows) + 3 for i in range(len(rows[0]))]
            for r in rows:
                L.append("".join(c.ljust(w) for c, w in zip(r, ws)).rstrip())
        elif k == "sig":
            L += [""] + b[1]
        elif k == "fr_break":
            L.append("\f")
    return L


def paginate(lines, per, header=None, footer=None):
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
    out = []
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        body = list(pg)
        if header:
            body = [header, ""] + body
        if footer:
            body += ["", footer.format(i=i, n=n)]
        out.append("\n".join(body))
    return out


def r_gdocs_pdf(blocks, o, rng):
    return pdf_bytes(paginate(pdf_lines(blocks, o, rng, bullet="●" if False else "•"), 60, footer="{i}"))


def r_pages_pdf(blocks, o, rng):
    return pdf_bytes(paginate(pdf_lines(blocks, o, rng, bullet="•", width=92), 56, header=o.get("running", None), footer="Page {i} of {n}"))


def pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def r_libre_pdf(blocks, o, rng):
    """LibreOffice-like text layer: every table cell its own text object, cells wrapped inside
    their width, lists with the bullet as a separate text object."""
    pages, ops, y = [], [], 800.0

    def emit(x, text, size=10):
        nonlocal y
        ops.append(f"BT /F1 {size} Tf 1 0 0 1 {x:.1f} {y:.1f} Tm ({pdf_esc(text)}) Tj ET")

    def nl(h=13.0):
        nonlocal y, ops
        y -= h
        if y < 60:
            flush()

    def flush():
        nonlocal y, ops
        footer = o.get("footer")
        if footer:
            ops.append(f"BT /F1 8 Tf 1 0 0 1 270 30 Tm ({pdf_esc(footer.format(i=len(pages) + 1))}) Tj ET")
        pages.append("\n".join(ops).encode("cp1252"))
        ops, y = [], 800.0

    for b in blocks:
        k = b[0]
        if k in ("title", "h"):
            nl(8)
            emit(56.7, b[-1], 14 if k == "title" else 12)
            nl(18)
        elif k in ("fields", "table"):
            rows = [list(x) for x in b[1]] if k == "fields" else ([b[1]] if b[1] else []) + b[2]
            ncol = len(rows[0])
            colw = 480 / ncol if k == "table" else None
            xs = [56.7 + i * (colw or 0) for i in range(ncol)] if k == "table" else [56.7, 230.0]
            chars = [int((colw or 170) / 5.2)] * ncol if k == "table" else [32, 62]
            for r in rows:
                wrapped = [wrap(c, w) or [""] for c, w in zip(r, chars)]
                for ci, ww in enumerate(wrapped):
                    yy = y
                    for j, piece in enumerate(ww):
                        if piece:
                            ops.append(f"BT /F1 10 Tf 1 0 0 1 {xs[ci] + 2:.1f} {yy - j * 12:.1f} Tm ({pdf_esc(piece)}) Tj ET")
                nl(12 * max(len(w) for w in wrapped) + 4)
        elif k == "p":
            for ln in wrap(b[1], 95):
                emit(56.7, ln)
                nl()
            nl(4)
        elif k in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                emit(62.0, "•" if k == "ul" else f"{i}.")
                for j, ln in enumerate(wrap(it, 88)):
                    emit(80.0, ln)
                    nl()
        elif k == "sig":
            nl(8)
            for ln in b[1]:
                emit(56.7, ln)
                nl()
        elif k == "fr_break":
            flush()
    if ops:
        flush()
    return pdf_bytes(pages)


def r_libre_docx(blocks, o, rng):
    d = new_docx("Utilisateur Windows" if o["lang"] == "fr" else "Windows User", "libre")
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_paragraph(b[1], style="Title")
        elif k == "h":
            d.add_paragraph(b[2], style="Heading 1" if b[1] == 1 else "Heading 2")
        elif k in ("fields", "table"):
            rows = [list(x) for x in b[1]] if k == "fields" else ([b[1]] if b[1] else []) + b[2]
            tb = d.add_table(rows=0, cols=len(rows[0]))
            for i, r in enumerate(rows):
                cells = tb.add_row().cells
                for c, v in zip(cells, r):
                    c.paragraphs[0].text = v
                    c.paragraphs[0].style = d.styles["Table Heading" if (k == "table" and i == 0 and b[1]) else "Table Contents"]
        elif k == "p":
            d.add_paragraph(b[1], style="Text Body")
        elif k == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "ol":
            for i, it in enumerate(b[1], 1):
                d.add_paragraph(f"{i}.\t{it}", style="Numbering 1")
        elif k == "sig":
            for ln in b[1]:
                d.add_paragraph(ln, style="Text Body")
        elif k == "fr_break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    return save_docx(d)


def wp_lines(blocks, o, rng, width=72):
    """A WordPerfect document as its conversion keeps it: hard returns, tabs for columns, manual
    numbering, headings in capitals."""
    L = []
    for b in blocks:
        k = b[0]
        if k == "title":
            L += ["\t\t" + b[1].upper(), ""]
        elif k == "h":
            L += ["", b[2].upper() if b[1] == 2 else b[2], ""]
        elif k == "fields":
            for a, v in b[1]:
                L.append(f"{a.upper()}:\t{'' if len(a) > 15 else chr(9)}{v}")
        elif k == "p":
            L += hyphen_wrap(b[1], width, rng) + [""]
        elif k == "ul":
            for x in b[1]:
                ww = hyphen_wrap(x, width - 8, rng)
                L.append("-\t" + ww[0])
                L += ["\t" + y for y in ww[1:]]
            L.append("")
        elif k == "ol":
            for i, x in enumerate(b[1], 1):
                ww = hyphen_wrap(x, width - 8, rng)
                L.append(f"{i}.\t" + ww[0])
                L += ["\t" + y for y in ww[1:]]
            L.append("")
        elif k == "table":
            rows = ([b[1]] if b[1] else []) + b[2]
            for r in rows:
                L.append("\t".join(r))
            L.append("")
        elif k == "sig":
            L += [""] + b[1]
        elif k == "fr_break":
            L.append("\f")
    return L


def r_wp_docx(blocks, o, rng):
    d = new_docx("WPUSER", "wp")
    lines = wp_lines(blocks, o, rng)
    # consecutive non-empty lines of a paragraph become one Word paragraph with line breaks
    para = None
    for ln in lines:
        if ln == "\f":
            d.add_paragraph(style="WP_Default").add_run().add_break(WD_BREAK.PAGE)
            para = None
            continue
        if not ln.strip():
            d.add_paragraph(style="WP_Default")
            para = None
            continue
        if ln.startswith(("\t\t",)) or (ln.isupper() and ":\t" not in ln):
            d.add_paragraph(ln, style="Heading (WP)" if not ln.startswith("\t\t") else "WP_Default")
            para = None
            continue
        starts_item = ln[:3].rstrip("\t").rstrip(".").isdigit() or ln.startswith("-\t") or ":\t" in ln
        if para is None or starts_item:
            para = d.add_paragraph(style="Level 1" if starts_item else "Document 1")
            para.add_run(ln)
        else:
            r = para.add_run()
            r.add_break()
            para.add_run(ln)
    return save_docx(d)


def r_wp_txt(blocks, o, rng):
    lines = [("\x0c" if ln == "\f" else ln) for ln in wp_lines(blocks, o, rng)]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


HTML_TOP_EN = ["Skip to main content", "Skip to \"About government\"", "", "Language selection", "Français <https://intranet.gc.ca/fr/>",
               "", "Government of Canada / Gouvernement du Canada", "", "Search", "", "Menu", "", "You are here:",
               "  1. Home", "  2. Human Resources", "  3. Executive Group", "  4. Work Descriptions", ""]
HTML_TOP_FR = ["Passer au contenu principal", "Passer à « À propos du gouvernement »", "", "Sélection de la langue",
               "English <https://intranet.gc.ca/en/>", "", "Gouvernement du Canada / Government of Canada", "", "Recherche", "",
               "Menu", "", "Vous êtes ici :", "  1. Accueil", "  2. Ressources humaines", "  3. Groupe de la direction",
               "  4. Descriptions de travail", ""]
HTML_END_EN = ["", "Report a problem or mistake on this page", "", "Date modified: {dm}", "", "About this site",
               "  * Contact us", "  * Terms and conditions", "  * Privacy", "", "Top of page"]
HTML_END_FR = ["", "Signaler un problème ou une erreur sur cette page", "", "Date de modification : {dm}", "", "À propos de ce site",
               "  * Contactez-nous", "  * Avis", "  * Confidentialité", "", "Haut de la page"]


def r_html_txt(blocks, o, rng):
    """A page of a departmental intranet saved from the browser as text."""
    fr = o["lang"] == "fr"
    L = list(HTML_TOP_FR if fr else HTML_TOP_EN)
    for b in blocks:
        k = b[0]
        if k == "title":
            L += ["", b[1], "=" * len(b[1]) if o.get("underline") else ""]
        elif k == "h":
            L += ["", b[2], ""] if b[1] == 1 else ["", "", b[2], ""]
        elif k == "fields":
            L.append("")
            for a, v in b[1]:
                L.append(f"{a}\t{v}")
            L.append("")
        elif k == "p":
            L += [b[1], ""]
        elif k == "ul":
            L += [f"  * {x}" for x in b[1]] + [""]
        elif k == "ol":
            L += [f"  {i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "table":
            for r in ([b[1]] if b[1] else []) + b[2]:
                L.append("\t".join(r))
            L.append("")
        elif k == "sig":
            L += b[1] + [""]
        elif k == "fr_break":
            L.append("")
    dm = o.get("date_modified", "2023-11-07")
    L += [x.format(dm=dm) for x in (HTML_END_FR if fr else HTML_END_EN)]
    text = "\n".join(L) + "\n"
    if o.get("mojibake"):
        text = text.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "?")
    if o.get("encoding") == "cp1252":
        return text.replace("\n", "\r\n").encode("cp1252", errors="replace")
    return text.encode("utf-8")


def r_html_md(blocks, o, rng):
    """A web page converted to Markdown (html2text-like): links kept, rules, tables in pipes."""
    L = ["[Skip to main content](#wb-cont)", "", "[Français](/fr/rh/descriptions.html)" if o["lang"] != "fr" else "[English](/en/hr/descriptions.html)",
         "", "* [Home](/en.html)", "* [Human resources](/en/hr.html)", "* [Executives](/en/hr/ex.html)", "", "* * *", ""]
    for b in blocks:
        k = b[0]
        if k == "title":
            L += [f"# {b[1]}", ""]
        elif k == "h":
            L += [("## " if b[1] == 1 else "### ") + b[2], ""]
        elif k in ("fields", "table"):
            rows = [list(x) for x in b[1]] if k == "fields" else ([b[1]] if b[1] else [[""] * len(b[2][0])]) + b[2]
            if k == "fields":
                rows = [["", ""]] + rows
            L.append(" | ".join(rows[0]).strip() if any(rows[0]) else "  |  ")
            L.append("---|" * (len(rows[0]) - 1) + "---")
            for r in rows[1:]:
                L.append(" | ".join(r))
            L.append("")
        elif k == "p":
            L += wrap(b[1], 78) + [""]
        elif k == "ul":
            L += [f"  * {x}" for x in b[1]] + [""]
        elif k == "ol":
            L += [f"  {i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "sig":
            L += [x + "  " for x in b[1]] + [""]
        elif k == "fr_break":
            L += ["* * *", ""]
    L += ["* * *", "", "Date modified: 2022-06-30"]
    return ("\n".join(L) + "\n").encode("utf-8")


RTF_ESC = {"é": "\\'e9", "è": "\\'e8", "ê": "\\'ea", "à": "\\'e0", "â": "\\'e2", "ç": "\\'e7", "ô": "\\'f4", "î": "\\'ee",
           "û": "\\'fb", "ù": "\\'f9", "É": "\\'c9", "È": "\\'c8", "À": "\\'c0", "Î": "\\'ce", "’": "\\rquote ", "'": "\\rquote ",
           "–": "\\endash ", "—": "\\emdash ", "«": "\\'ab", "»": "\\'bb", "œ": "\\'9c", "Ç": "\\'c7", "ë": "\\'eb", "ï": "\\'ef",
           "Ô": "\\'d4", "•": "\\bullet ", NBSP: "\\~"}


def rtf_char(ch):
    if ch in RTF_ESC:
        return RTF_ESC[ch]
    if ord(ch) < 128:
        return ch
    try:
        return "\\'%02x" % ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return "\\u%d?" % ord(ch)


def rtf_text(s):
    return "".join(rtf_char(ch) for ch in s)


def r_rtf_txt(blocks, o, rng):
    """An RTF document opened as plain text and saved: all its markup is in the text."""
    raw = o.get("raw", True)
    L = []
    if raw:
        L += ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1033{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\froman\\fcharset0 Times New Roman;}}",
              "{\\colortbl ;\\red0\\green0\\blue128;}", "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 "]
    for b in blocks:
        k = b[0]
        if k == "title":
            L.append(f"\\pard\\qc\\b\\f0\\fs28 {rtf_text(b[1])}\\b0\\fs22\\par")
        elif k == "h":
            L.append(f"\\pard\\sb240\\b {rtf_text(b[2])}\\b0\\par" if raw else f"{rtf_text(b[2])}\\par")
        elif k in ("fields", "table"):
            rows = [list(x) for x in b[1]] if k == "fields" else ([b[1]] if b[1] else []) + b[2]
            n = len(rows[0])
            for r in rows:
                if raw:
                    cells = "".join(f"\\cellx{(i + 1) * 9000 // n}" for i in range(n))
                    L.append(f"\\trowd\\trgaph108{cells}\\pard\\intbl " + "".join(f"{rtf_text(c)}\\cell " for c in r) + "\\row")
                else:
                    L.append("\\tab ".join(rtf_text(c) for c in r) + "\\par")
        elif k == "p":
            L.append(f"\\pard\\sa200\\sl276\\slmult1 {rtf_text(b[1])}\\par" if raw else f"{rtf_text(b[1])}\\par")
        elif k == "ul":
            for x in b[1]:
                L.append(f"{{\\pntext\\f1\\'B7\\tab}}{{\\*\\pn\\pnlvlblt\\pnf1\\pnindent0{{\\pntxtb\\'B7}}}}\\fi-360\\li720 {rtf_text(x)}\\par" if raw else f"\\bullet\\tab {rtf_text(x)}\\par")
        elif k == "ol":
            for i, x in enumerate(b[1], 1):
                L.append(f"{{\\pntext\\f0 {i}.\\tab}}{rtf_text(x)}\\par" if raw else f"{i}.\\tab {rtf_text(x)}\\par")
        elif k == "sig":
            for x in b[1]:
                L.append(f"{rtf_text(x)}\\par")
        elif k == "fr_break":
            L.append("\\page")
    if raw:
        L.append("}")
    return ("\r\n".join(L) + "\r\n").encode("ascii")


def r_pages_docx(blocks, o, rng):
    d = new_docx(o.get("author", ""), "pages")
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_paragraph(b[1], style="Title")
        elif k == "h":
            d.add_paragraph(b[2], style="Heading" if b[1] == 1 else "Heading Red")
        elif k == "fields":
            if o.get("layout") == "table":
                tb = d.add_table(rows=0, cols=2)
                for a, v in b[1]:
                    c = tb.add_row().cells
                    c[0].text, c[1].text = a, v
            else:
                # Pages keeps a soft return (line break) between fields of one paragraph
                para = d.add_paragraph(style="Body")
                for i, (a, v) in enumerate(b[1]):
                    if i:
                        para.add_run().add_break()
                    r = para.add_run(f"{a}:")
                    r.bold = True
                    para.add_run(f"\t{v}")
        elif k == "p":
            d.add_paragraph(b[1], style="Body")
        elif k == "ul":
            for it in b[1]:
                d.add_paragraph(f"•\t{it}", style="Body")
        elif k == "ol":
            for i, it in enumerate(b[1], 1):
                d.add_paragraph(f"{i}.\t{it}", style="Body")
        elif k == "table":
            rows = ([b[1]] if b[1] else []) + b[2]
            tb = d.add_table(rows=0, cols=len(rows[0]))
            for r in rows:
                for c, v in zip(tb.add_row().cells, r):
                    c.text = v
        elif k == "sig":
            para = d.add_paragraph(style="Free Form")
            for i, ln in enumerate(b[1]):
                if i:
                    para.add_run().add_break()
                para.add_run(ln)
        elif k == "fr_break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    return save_docx(d)


def r_pages_txt(blocks, o, rng):
    """Pages 'Export to Plain Text': soft returns as U+2028, bullets, tabs in tables, typographic
    quotes and no-break spaces."""
    L = []
    for b in blocks:
        k = b[0]
        if k == "title":
            L += [b[1], ""]
        elif k == "h":
            L += [b[2]]
        elif k == "fields":
            L.append("\u2028".join(f"{a}:\t{v}" for a, v in b[1]))
        elif k == "p":
            L.append(b[1].replace("'", "’"))
        elif k == "ul":
            L += [f"•\t{x}".replace("'", "’") for x in b[1]]
        elif k == "ol":
            L += [f"{i}.\t{x}".replace("'", "’") for i, x in enumerate(b[1], 1)]
        elif k == "table":
            L += ["\t".join(r) for r in ([b[1]] if b[1] else []) + b[2]]
        elif k == "sig":
            L.append("\u2028".join(b[1]))
        elif k == "fr_break":
            L.append("")
    text = "\n".join(L) + "\n"
    if o["lang"] in ("fr", "bilingual"):
        text = text.replace(" :", NBSP + ":").replace(" $", NBSP + "$")
    return text.encode("utf-8")


TOOLS = {
    "gdocs_docx": ("docx", r_gdocs_docx), "gdocs_md": ("markdown", r_gdocs_md), "gdocs_txt": ("text", r_gdocs_txt),
    "gdocs_pdf": ("pdf", r_gdocs_pdf), "libre_docx": ("docx", r_libre_docx), "libre_pdf": ("pdf", r_libre_pdf),
    "wp_docx": ("docx", r_wp_docx), "wp_txt": ("text-cp1252", r_wp_txt), "html_txt": ("text", r_html_txt),
    "html_txt_1252": ("text-cp1252", r_html_txt), "html_md": ("markdown", r_html_md), "rtf_txt": ("text", r_rtf_txt),
    "pages_docx": ("docx", r_pages_docx), "pages_pdf": ("pdf", r_pages_pdf), "pages_txt": ("text", r_pages_txt),
}


# ----------------------------------------------------------------------------------------------
# the plan: (position, tool, language, file name, options)

PLAN = [
    (0, "gdocs_docx", "en", "WD Director, Agri-Environmental Programs.docx", dict(layout="table")),
    (1, "wp_docx", "en", "DG BRM Programs - EX-02 (converted from WP).docx", dict(sup_form="fields")),
    (2, "gdocs_md", "fr", "Directeur régional, Gestion des pêches - Golfe.md", dict(layout="bold")),
    (3, "libre_pdf", "en", "Director Aquatic Ecosystems Science EX-01 FINAL.pdf", dict(footer="Page {i}")),
    (4, "html_txt", "en", "Director, Energy Efficiency Standards – Intranet.txt", dict(date_modified="2021-02-18")),
    (5, "rtf_txt", "en", "ED Atlantic Forestry Centre (rtf).txt", dict(raw=True)),
    (6, "pages_docx", "en", "Director Labour Statistics Division.docx", dict(author="Heather Sinclair_mac")),
    (7, "gdocs_docx", "en", "DG Census Operations - DRAFT v2.docx", dict(layout="lines", signed=False, seed_as=8)),
    (7, "gdocs_pdf", "en", "DG Census Operations - signed.pdf", dict(signed=True, seed_as=8)),
    (8, "libre_docx", "bilingual", "RDG Pacific Region - DGR Région du Pacifique.docx", dict(bi_title_one=True)),
    (9, "pages_txt", "en", "Director, Rail Safety Oversight.txt", dict(sup_form="reports_to")),
    (10, "gdocs_md", "fr", "DG Infrastructures communautaires (export Google Docs).md", dict(layout="table", sp=NBSP)),
    (11, "wp_txt", "en", "RDMBPROG - Regional Director, Manitoba Region Programs.txt", dict(cls="space")),
    (12, "gdocs_txt", "en", "Director, PR Program Delivery (Sydney) - Google Docs.txt", dict()),
    (13, "html_md", "en", "DG Settlement and Integration Policy.md", dict(reps="table")),
    (14, "rtf_txt", "fr", "Directeur, Centre fiscal de Shawinigan.txt", dict(raw=False)),
    (15, "pages_pdf", "en", "Director, Large Business Audit, Ontario Region (1).pdf", dict(running="PROTECTED A")),
    (16, "gdocs_docx", "en", "DG NML Operations FINAL.docx", dict(layout="table", provisional="NEW")),
    (17, "gdocs_md", "en", "Director, Vaccine Rollout Coordination.md", dict(layout="bullets", title_paren=True)),
    (18, "wp_docx", "fr", "Directrice, Programmes de la qualité de l'air.docx", dict()),
    (19, "libre_docx", "fr", "Directeur régional, SMC Québec - signée.docx", dict(template="csr")),
    (20, "pages_docx", "en", "DG Spectrum Licensing Operations.docx", dict(layout="table", seed_as=21)),
    (20, "pages_pdf", "en", "DG Spectrum Licensing Operations (1).pdf", dict(layout="table", seed_as=21)),
    (21, "html_txt_1252", "en", "Director, Small Business Financing Program - saved page.txt", dict(encoding="cp1252")),
    (22, "gdocs_pdf", "bilingual", "ED Western Operations - DE Opérations de l'Ouest.pdf", dict(bi_title_one=False)),
    (23, "gdocs_txt", "en", "Director, Import and Export Programs.txt", dict(reps="prose")),
    (24, "libre_pdf", "en", "Director, Medical Devices Licensing - signed.pdf", dict(footer="{i}")),
    (25, "wp_txt", "en", "DG Cannabis Licensing & Compliance (old WP file).txt", dict(provisional="TBD")),
    (26, "gdocs_docx", "en", "Director, OAS Operations.docx", dict(layout="lines", template="csr")),
    (27, "rtf_txt", "en", "ED SC Atlantic Processing - EX-02.txt", dict(raw=True, rep_nofte=True)),
    (28, "pages_txt", "fr", "Directeur, Sciences de l'exploration spatiale.txt", dict()),
    (29, "libre_docx", "en", "Director Research Facilities Mgmt.docx", dict(reps="table")),
    (30, "gdocs_md", "en", "Director, Emergency Management Programs (1).md", dict(layout="table", rep_nocls=True)),
    (31, "gdocs_md", "fr", "Directrice, Développement des affaires, Montréal 2019.md", dict(layout="bold", seed_as=32, dim="three", date_override=dt.date(2019, 4, 1), has_date=True)),
    (31, "libre_docx", "fr", "Directrice, Développement des affaires, Montréal - révisée 2023.docx", dict(seed_as=32, dim="three", revised=True, has_date=True)),
    (32, "html_txt", "fr", "DG Politiques économiques régionales - page intranet.txt", dict(mojibake=True, date_modified="2020-09-03")),
    (33, "wp_docx", "en", "Director, Disability Benefits Adjudication.docx", dict(reps="table")),
    (34, "gdocs_pdf", "en", "Director, Executive Learning Programs FINAL.pdf", dict(sup_form="sentence")),
    (35, "pages_docx", "bilingual", "ED Indigenous and Rural Economic Development - bilingual.docx", dict(layout="table", bi_title_one=True)),
    (36, "gdocs_txt", "en", "Superintendent, Maritime SAR, NL.txt", dict(dim="combined")),
    (37, "libre_pdf", "en", "DG Fleet Maintenance.pdf", dict(footer="Page {i}", reps="table")),
    (38, "rtf_txt", "fr", "Directrice, Contentieux - BRQ.txt", dict(raw=True)),
    (39, "gdocs_docx", "bilingual", "DG Digital Preservation - DG Préservation numérique.docx", dict(layout="table", bi_title_one=False)),
    (40, "gdocs_md", "bilingual", "Director, Agriculture Statistics - Directeur, Statistique de l'agriculture.md", dict(layout="bullets")),
    (41, "pages_pdf", "en", "Director, R&D Centre Saskatoon.pdf", dict(running="Agriculture and Agri-Food Canada")),
]

VERSIONS = {
    7: dict(documents=["DG Census Operations - DRAFT v2.docx", "DG Census Operations - signed.pdf"], newest="DG Census Operations - signed.pdf"),
    20: dict(documents=["DG Spectrum Licensing Operations.docx", "DG Spectrum Licensing Operations (1).pdf"], newest=None, same_text=True),
    31: dict(documents=["Directrice, Développement des affaires, Montréal 2019.md", "Directrice, Développement des affaires, Montréal - révisée 2023.docx"],
             newest="Directrice, Développement des affaires, Montréal - révisée 2023.docx"),
}


# ----------------------------------------------------------------------------------------------
# documents to refuse

def refuse_memo():
    d = new_docx("", "gdocs")
    d.add_paragraph("MEMORANDUM / NOTE DE SERVICE", style="Title")
    tb = d.add_table(rows=0, cols=2)
    tb.style = d.styles["Table Grid"]
    for a, v in [("TO / DESTINATAIRE", "Directors General, Spectrum and Telecommunications Sector / Directeurs généraux, Secteur du spectre et des télécommunications"),
                 ("FROM / EXPÉDITEUR", "Rajinder Chowdhury, Director, Executive Services / Directeur, Services aux cadres"),
                 ("DATE", "2024-01-22"),
                 ("SUBJECT / OBJET", "Update of EX work descriptions before the 2024 cluster review / Mise à jour des descriptions de travail EX avant l'examen par groupe de 2024")]:
        c = tb.add_row().cells
        c[0].text, c[1].text = a, v
    d.add_paragraph("The Office of the Chief Human Resources Officer has asked departments to confirm that every EX work description is current before the cluster review. The following positions in the Sector have descriptions older than five years:")
    tb = d.add_table(rows=0, cols=3)
    tb.style = d.styles["Table Grid"]
    for r in [("Position No.", "Title", "Level"), ("48213", "Director General, Spectrum Licensing Operations", "EX-02"),
              ("48377", "Director, Spectrum Policy", "EX-01"), ("51902", "Director, Radio Equipment Standards", "EX-01")]:
        c = tb.add_row().cells
        for x, v in zip(c, r):
            x.text = v
    d.add_paragraph("Please send the revised descriptions, signed by the supervisor, to the EX Services mailbox by March 1, 2024.")
    d.add_paragraph("Le Bureau de la dirigeante principale des ressources humaines a demandé aux ministères de confirmer que chaque description de travail EX est à jour avant l'examen par groupe. Veuillez faire parvenir les descriptions révisées, signées par le superviseur, à la boîte des Services aux cadres d'ici le 1er mars 2024.")
    d.add_paragraph("Rajinder Chowdhury")
    return save_docx(d), "docx", "bilingual", ["Rajinder Chowdhury"]


def refuse_offer():
    text = """Agence spatiale canadienne
6767, route de l'Aéroport
Longueuil (Québec) J3Y 8Y9

Le 12 août 2022

Madame Annick Gallant
Longueuil (Québec)

Objet : Offre de nomination intérimaire – Directrice, Sciences de l'exploration spatiale (EX-01)

Madame,

J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Sciences de l'exploration
spatiale, poste no 30418, classifié EX-01, à la Direction générale de l'exploration spatiale, à compter du
29 août 2022 et jusqu'au 31 mars 2023.

Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des cadres, dans
l'échelle salariale de 128 861 $ à 151 591 $ par année. Le lieu de travail est Longueuil (Québec).

Cette offre est conditionnelle au maintien de votre cote de sécurité de niveau secret. Veuillez signer
la présente et la retourner à la Direction des ressources humaines d'ici le 19 août 2022.

Veuillez agréer, Madame, l'expression de mes sentiments distingués.


Yannick Villeneuve
Directeur général, Exploration spatiale

J'accepte l'offre ci-dessus.

______________________________          Date : ______________
Annick Gallant"""
    return pdf_bytes([text]), "pdf", "fr", ["Annick Gallant", "Yannick Villeneuve"]


def refuse_orgchart():
    text = """Skip to main content

Language selection
Français <https://intranet.ised-isde.gc.ca/fr/organigramme>

Innovation, Science and Economic Development Canada - Intranet

You are here:
  1. Home
  2. About us
  3. Organizational charts

Spectrum and Telecommunications Sector - Organizational chart

Senior Assistant Deputy Minister, Spectrum and Telecommunications
Amandeep Sharma (EX-05)

    Director General, Spectrum Licensing Operations (EX-02)
    Vacant

        Director, Auction Operations (EX-01)
        Director, Licensing Systems (EX-01)
        Director, Regional Operations (EX-01)

    Director General, Engineering, Planning and Standards (EX-02)
    Olivier Pelletier

    Director General, Telecommunications and Internet Policy (EX-02)
    Colleen Ramsay

    Executive Assistant (AS-03)
    Maureen Okafor

Last updated: March 2023. For corrections, contact the Sector's business office.

Date modified: 2023-03-28

Top of page
"""
    return text.encode("utf-8"), "text", "en", ["Amandeep Sharma", "Olivier Pelletier", "Colleen Ramsay", "Maureen Okafor"]


def refuse_minutes():
    text = """# **EX Classification Committee – Minutes**

**Date:** September 14, 2023  
**Location:** Teams / Room 4\\-120, 200 Kent Street  
**Chair:** Curtis Haddad, Director General, Human Resources  
**Members:** Josée Fortin (Classification), Tariq Mbeki (Executive Services), Deborah Paquette (Finance)  

## 1\\. Adoption of the agenda

The agenda was adopted without change.

## 2\\. Work descriptions reviewed

| Position No. | Title | Proposed level | Decision |
| :---- | :---- | :---- | :---- |
| 61044 | Superintendent, Maritime Search and Rescue, NL | EX\\-01 | Approved |
| 61290 | Director General, Fleet Maintenance | EX\\-02 | Deferred – organization chart missing |
| 62015 | Director, Vessel Maintenance | EX\\-01 | Approved |

## 3\\. Discussion

* The committee noted that the Fleet Maintenance description does not yet reflect the transfer of the refit planning unit.  
* Dimensions must be updated to the 2023\\-24 Main Estimates.

## 4\\. Action items

1. Executive Services to return the Fleet Maintenance description to the sector (T. Mbeki).  
2. Classification to issue the rating rationale for approved positions by September 29\\.

Next meeting: October 12, 2023\\.
"""
    return text.encode("utf-8"), "markdown", "en", ["Curtis Haddad", "Josée Fortin", "Tariq Mbeki", "Deborah Paquette"]


def refuse_perf():
    d = new_docx("Nadia Lévesque", "pages")
    d.add_paragraph("Executive Performance Agreement 2023–24", style="Title")
    for a, v in [("Executive", "Nadia Lévesque"), ("Position", "Director, Executive Learning Programs (EX-01)"),
                 ("Supervisor", "Stéphane Bélanger, Director General, Leadership Development"), ("Period", "April 1, 2023 to March 31, 2024")]:
        p = d.add_paragraph(style="Body")
        r = p.add_run(f"{a}:")
        r.bold = True
        p.add_run(f"\t{v}")
    d.add_paragraph("Commitments", style="Heading")
    tb = d.add_table(rows=0, cols=3)
    for r in [("Commitment", "Performance measure", "Weight"),
              ("Launch the renewed Executive Leadership Development Program", "Two cohorts launched by Q3", "30%"),
              ("Reduce the learning registration backlog", "Backlog under 2 weeks by March 2024", "25%"),
              ("Leadership: foster an inclusive, healthy workplace", "PSES results; mental health training for all managers", "25%"),
              ("Corporate priorities", "Budget variance within 2%", "20%")]:
        for c, v in zip(tb.add_row().cells, r):
            c.text = v
    d.add_paragraph("Mid-year review: completed October 16, 2023.", style="Body")
    d.add_paragraph("Executive signature: Nadia Lévesque        Supervisor signature: Stéphane Bélanger", style="Free Form")
    return save_docx(d), "docx", "en", ["Nadia Lévesque", "Stéphane Bélanger"]


def refuse_scan(rng):
    pages = []
    for pg in range(2):
        ops = ["0.92 g 0 0 595 842 re f", "0.15 g"]
        y = 780
        while y > 80:
            x = 56 + rng.randint(0, 6)
            w = rng.randint(180, 480)
            if rng.random() < 0.12:
                y -= 14
                continue
            ops.append(f"{x} {y} {w} 6 re f")
            y -= 13
        pages.append("\n".join(ops).encode("ascii"))
    return pdf_bytes(pages), "pdf", "en", []


REFUSE = [
    ("Memo - EX work descriptions update 2024 (bilingual).docx", refuse_memo),
    ("Lettre d'offre - nomination intérimaire EX-01 - signée.pdf", refuse_offer),
    ("Org chart - Spectrum and Telecommunications Sector.txt", refuse_orgchart),
    ("Minutes - EX Classification Committee 2023-09-14.md", refuse_minutes),
    ("Performance Agreement 2023-24 - Director, Executive Learning.docx", refuse_perf),
    ("Scan_20230412_0931.pdf", None),
]


# ----------------------------------------------------------------------------------------------
# ground truth

def q(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return "'" + str(v).replace("'", "''") + "'"


FIELD_ORDER = ["title", "classification", "job_code", "position_number", "effective_date", "supervisor", "direct_reports",
               "salary", "o_and_m", "total", "location"]


def expected_yaml(name, kind, lang, outcome, truth, people, versions):
    L = [f"document: {q(name)}", f"kind: {kind}", f"language: {lang}", f"outcome: {outcome}"]
    not_stated = []
    if truth is None:
        L.append("fields: null")
    else:
        f = truth["fields"]
        L.append("fields:")
        for k in FIELD_ORDER:
            v = f[k]
            if k == "supervisor":
                L.append("  supervisor:")
                for kk in ("position_number", "title", "classification"):
                    L.append(f"    {kk}: {q(v[kk])}")
                    if v[kk] is None:
                        not_stated.append(f"supervisor.{kk}")
            elif k == "direct_reports":
                if not v:
                    L.append("  direct_reports: []")
                    not_stated.append(k)
                else:
                    L.append("  direct_reports:")
                    for r in v:
                        L.append(f"  - title: {q(r['title'])}")
                        L.append(f"    classification: {q(r['classification'])}")
                        L.append(f"    fte: {q(r['fte'])}")
            else:
                L.append(f"  {k}: {q(v)}")
                if v is None:
                    not_stated.append(k)
    L.append(f"not_stated: [{', '.join(not_stated)}]")
    if truth is None:
        L.append("also: null")
    else:
        L.append("also:")
        for k, v in truth["also"].items():
            L.append(f"  {k}: {q(v)}")
    if people:
        L.append("people:")
        L += [f"- {q(x)}" for x in people]
    else:
        L.append("people: []")
    if versions:
        L.append("versions:")
        L.append("  documents:")
        L += [f"  - {q(x)}" for x in versions["documents"]]
        L.append(f"  newest: {q(versions['newest'])}")
        if versions.get("same_text"):
            L.append("  same_text: true")
    else:
        L.append("versions: null")
    return "\n".join(L) + "\n"


# ----------------------------------------------------------------------------------------------

def main():
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    master = random.Random(SEED)
    doc_seeds = [master.randrange(2**32) for _ in range(len(PLAN) + 10)]
    truths = {}
    for i, (pi, tool, lang, name, o) in enumerate(PLAN):
        o = dict(o, lang=lang)
        p = POSITIONS[pi]
        seed = doc_seeds[o.get("seed_as", i)]
        rng = random.Random(seed)
        t = make_truth(p, rng, o)
        if o.get("date_override"):
            t["date"] = o["date_override"]
        if o.get("revised"):
            t = dict(t)
            t["date"] = dt.date(2023, 6, 5)
            t["reports"] = [dict(r, fte=r["fte"] + (0 if r["cls"] == "AS-02" else 3)) for r in t["reports"]]
            t["fte"] = sum(r["fte"] for r in t["reports"]) + 1
            t["salary"] = int(round(t["fte"] * 101_000, -4))
            t["om"] = t["om"] + 45_000
            t["total"] = t["salary"] + t["om"]
        crng = random.Random(seed + 1)
        blocks, truth = compose(p, t, o, crng)
        kind, render = TOOLS[tool]
        data = render(blocks, o, random.Random(seed + 2))
        (CORPUS / name).write_bytes(data)
        truths[name] = (tool, kind, lang, truth)
        (EXPECTED / f"{name}.expected.yaml").write_text(
            expected_yaml(name, kind, lang, "import", truth, truth["people"], VERSIONS.get(pi)), encoding="utf-8")
    for name, fn in REFUSE:
        if fn is None:
            data, kind, lang, people = refuse_scan(random.Random(doc_seeds[-1]))
        else:
            data, kind, lang, people = fn()
        (CORPUS / name).write_bytes(data)
        (EXPECTED / f"{name}.expected.yaml").write_text(expected_yaml(name, kind, lang, "refuse", None, people, None), encoding="utf-8")
    print(f"{len(PLAN) + len(REFUSE)} documents written to {CORPUS}")
    return truths


if __name__ == "__main__":
    main()
