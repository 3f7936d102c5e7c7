#!/usr/bin/env python3
"""Write the blind69 corpus (issue 12): EX work descriptions as departments keep them in PDF —
scanned signed copies run through Acrobat's OCR, Word exports with form fields, pages whose text
layer is in another order than the page — and the same kind of text saved as .txt; a few files
to refuse. Writes corpus/ and expected/ next to this file, the same bytes on every run.

    /work/main/.venv/bin/python bench/import/blind69/make_blind.py
"""
from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
import textwrap
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))

import texts as T  # noqa: E402
from import_files import pdf_bytes  # noqa: E402

R = random.Random(69)

# --- notations ----------------------------------------------------------------------------

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fmt_date(d: dt.date, lang: str, style: int) -> str:
    m_en, m_fr = MONTHS_EN[d.month - 1], MONTHS_FR[d.month - 1]
    if lang == "fr":
        forms = [f"{'1er' if d.day == 1 else d.day} {m_fr} {d.year}", d.isoformat(), f"le {d.day} {m_fr} {d.year}",
                 f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else f"{d.day} {m_fr} {d.year}",
                 f"{d.day} {FR_ABBR[d.month - 1]} {d.year}",
                 f"{d.year}.{d.month:02d}.{d.day:02d}"]
    else:
        sfx = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        forms = [f"{m_en} {d.day}, {d.year}", d.isoformat(), f"{d.day} {m_en} {d.year}", f"{m_en[:3]}. {d.day}, {d.year}",
                 f"{m_en} {d.day}{sfx}, {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}",
                 f"{d.day:02d}-{m_en[:3].upper()}-{d.year}",
                 f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else f"{m_en} {d.day}, {d.year}"]
    return forms[style % len(forms)]


def fmt_amount(v: int, lang: str, style: int) -> str:
    def dec(x: float, sep: str) -> str:
        s = f"{x:.3f}".rstrip("0").rstrip(".")
        return s.replace(".", sep)
    grouped = f"{v:,}"
    if lang == "fr":
        sp = grouped.replace(",", "\u00a0" if style % 2 else " ")
        forms = [f"{sp} $", f"{sp},00 $", f"{dec(v / 1e6, ',')} M$" if v >= 1_000_000 else f"{v // 1000} k$",
                 f"{dec(v / 1e6, ',')} millions $" if v >= 1_000_000 else f"{sp} $", f"{sp} $"]
    else:
        forms = [f"${grouped}", f"${dec(v / 1e6, '.')}M" if v >= 1_000_000 else f"${v // 1000}K",
                 f"${dec(v / 1e6, '.')} million" if v >= 1_000_000 else f"${grouped}", f"${grouped}.00",
                 f"${v // 1000:,}K", f"$ {grouped}"]
    return forms[style % len(forms)].replace("\u00a0", " ")


def fmt_cls(level: int, style: int) -> str:
    return [f"EX-0{level}", f"EX 0{level}", f"EX-{level}", f"EX0{level}", f"EX-0{level}", f"Ex-0{level}"][style % 6]


def ex(level: int) -> str:
    return f"EX-0{level}"


# --- labels -------------------------------------------------------------------------------

LAB_EN = [
    dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number", date="Effective Date",
         sup_pos="Supervisor's Position No.", sup_title="Supervisor's Position Title", sup_cls="Supervisor's Classification",
         loc="Geographic Location", dept="Department", branch="Branch"),
    dict(title="Title", cls="Group and Level", job="Generic Job No.", pos="Position No.", date="Date Effective",
         sup_pos="Reports to (Position No.)", sup_title="Reports to (Title)", sup_cls="Reports to (Group/Level)",
         loc="Location", dept="Organization", branch="Sector"),
    dict(title="Job Title", cls="Level", job="Job Code No.", pos="Pos. #", date="Effective",
         sup_pos="Supervisor Position #", sup_title="Supervisor Title", sup_cls="Supervisor Group/Level",
         loc="Work Location", dept="Department/Agency", branch="Branch/Region"),
    dict(title="POSITION TITLE", cls="GROUP/LEVEL", job="JOB CODE", pos="POSITION NUMBER", date="EFFECTIVE DATE",
         sup_pos="SUPERVISOR POSITION NUMBER", sup_title="SUPERVISOR TITLE", sup_cls="SUPERVISOR CLASSIFICATION",
         loc="LOCATION", dept="DEPARTMENT", branch="BRANCH"),
]
LAB_FR = [
    dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro du poste", date="Date d'entrée en vigueur",
         sup_pos="Numéro du poste du superviseur", sup_title="Titre du poste du superviseur", sup_cls="Classification du superviseur",
         loc="Lieu géographique", dept="Ministère", branch="Direction générale"),
    dict(title="Titre", cls="Groupe et niveau", job="No de l'emploi", pos="No de poste", date="Date de prise d'effet",
         sup_pos="Relève de (no de poste)", sup_title="Relève de (titre)", sup_cls="Relève de (groupe et niveau)",
         loc="Emplacement", dept="Organisation", branch="Secteur"),
    dict(title="INTITULÉ DU POSTE", cls="GROUPE/NIVEAU", job="CODE DE L'EMPLOI", pos="N° DU POSTE", date="EN VIGUEUR LE",
         sup_pos="N° DE POSTE DU SUPERVISEUR", sup_title="TITRE DU SUPERVISEUR", sup_cls="GROUPE ET NIVEAU DU SUPERVISEUR",
         loc="LIEU DE TRAVAIL", dept="MINISTÈRE", branch="DIRECTION GÉNÉRALE"),
]

HEAD_EN = dict(ga="General Accountability", org="Organization Structure", ns="Nature and Scope", dim="Dimensions",
               sa="Specific Accountabilities", csr="Client Service Results", ka="Key Activities", cert="Certification")
HEAD_EN2 = dict(ga="Purpose of the Position", org="Organizational Context", ns="Scope and Complexity",
                dim="Financial and Human Resources", sa="Main Responsibilities", csr="Client Service Results",
                ka="Key Activities", cert="Signatures")
HEAD_FR = dict(ga="Responsabilité générale", org="Structure organisationnelle", ns="Nature et portée", dim="Dimensions",
               sa="Responsabilités spécifiques", csr="Résultats axés sur le service à la clientèle",
               ka="Activités principales", cert="Certification")
HEAD_FR2 = dict(ga="Raison d'être du poste", org="Contexte organisationnel", ns="Envergure et complexité",
                dim="Ressources financières et humaines", sa="Principales responsabilités",
                csr="Résultats axés sur le service à la clientèle", ka="Activités principales", cert="Signatures")

FOOT_EN = ["UNCLASSIFIED", "PROTECTED A (when completed)", "Work Description - EX Group", "Executive Work Description"]
FOOT_FR = ["NON CLASSIFIÉ", "PROTÉGÉ A (une fois rempli)", "Description de travail - Groupe EX", "Description de travail de cadre"]


# --- positions ----------------------------------------------------------------------------

class Pos(dict):
    __getattr__ = dict.get


def make_position(row) -> Pos:
    (key, dept, title, title_fr, level, sup, sup_fr, sup_level, city, prov, prov_fr, domain, domain_fr, group, units) = row
    p = Pos(key=key, dept=dept, title=title, title_fr=title_fr, level=level, sup=sup, sup_fr=sup_fr,
            sup_level=sup_level, city=city, prov=prov, prov_fr=prov_fr, domain=domain, domain_fr=domain_fr)
    p.update(number=str(R.randint(10000, 99999)) if R.random() < 0.8 else f"{R.randint(1, 9999):08d}",
             job=str(R.randint(100100, 109999)) if R.random() < 0.5 else None,
             date=dt.date(R.randint(2012, 2024), R.randint(1, 12), R.randint(1, 28)),
             sup_number=str(R.randint(10000, 99999)))
    reports = []
    for en, fr in units:
        if level == 1:
            cls = R.choice(T.GROUPS[group])
            t_en, t_fr = R.choice([(f"Manager, {en}", f"Gestionnaire, {fr}"), (f"Chief, {en}", f"Chef, {fr}"),
                                   (f"Manager, {en}", f"Gestionnaire, {fr}")])
            fte = R.randint(4, 32)
        else:
            cls = "EX-01" if level <= 3 else "EX-02"
            t_en, t_fr = f"Director, {en}", R.choice([f"Directeur, {fr}", f"Directrice, {fr}"])
            fte = R.randint(12, 95)
        reports.append(dict(title=t_en, title_fr=t_fr, classification=cls, fte=fte))
    if R.random() < 0.45:
        reports.append(R.choice([dict(title="Executive Assistant", title_fr="Adjointe exécutive", classification="AS-02", fte=1),
                                 dict(title="Senior Advisor", title_fr="Conseiller principal", classification="EC-06", fte=1),
                                 dict(title="Administrative Assistant", title_fr="Adjoint administratif", classification="CR-05", fte=1)]))
    fte = sum(r["fte"] for r in reports) + 1 + R.randint(0, 6)
    salary = round(fte * R.uniform(88, 112), -1) * 1000
    om = R.randint(6, 40 if level < 3 else 160) * 10_000 + R.choice([0, 0, 5000, 1000 * R.randint(1, 9)])
    p.update(reports=reports, fte=fte, salary=int(salary), om=int(om), total=int(salary + om),
             people=R.sample(T.PEOPLE, 3), nreports_sup=R.randint(3, 7))
    return p


POS = {row[0]: make_position(row) for row in T.POSITIONS}
# dates that agree with the years users put in these file names
POS["drugs"]["date"] = dt.date(2018, 3, 14)
POS["realprop"]["date"] = dt.date(2023, 5, 23)


def fr_of(title: str) -> str:
    """'du ' or 'de la ' before a French supervisor's title."""
    fem = any(w in title.split(",")[0] for w in ("Directrice", "adjointe", "Vice-présidente", "régionale", "générale"))
    return "de la " if fem else "du "


# --- the logical document -----------------------------------------------------------------

class Style:
    def __init__(self, lang: str, **kw):
        self.lang = lang
        self.labels = R.randrange(3 if lang == "fr" else 4)
        self.hlayout = R.choice(["colon", "colon", "next", "dots", "tab", "pairs"])
        self.heading = R.choice(["caps", "title", "num", "colon"])
        self.heads = R.randrange(2)
        self.order = R.choice(["std", "std", "dimfirst", "csr"])
        self.rstyle = R.choice(["paren", "dash", "clsfirst", "table", "bracket", "prose", "bare"])
        self.dstyle = R.choice(["lines", "lines", "table", "prose"])
        self.dmode = R.choice(["all", "all", "all_fte", "sal_om", "total_fte", "all"])
        self.sstyle = R.choice(["fields3", "fields3", "fields2", "reportsto", "sentence"])
        self.date = R.randrange(8)
        self.amount = R.randrange(6)
        self.cls = R.choice([0, 0, 0, 1, 2, 3, 4, 5])
        self.sup_cls = R.choice([0, 0, 1, 2])
        self.with_job = R.random() < 0.8
        self.with_date = R.random() < 0.88
        self.with_loc = R.random() < 0.85
        self.with_pos = R.random() < 0.93
        self.incumbent = R.random() < 0.3
        self.sign = R.random() < 0.75
        self.contact = R.random() < 0.2
        self.tabs_ok = False
        self.banner = None
        self.__dict__.update(kw)


def lab(s: Style, key: str) -> str:
    if s.lang == "bilingual":
        en, fr = LAB_EN[s.labels % 3][key], LAB_FR[s.labels % 3][key]
        return f"{en} / {fr}"
    return (LAB_FR if s.lang == "fr" else LAB_EN)[s.labels][key]


def head(s: Style, key: str, n: int) -> str:
    if s.lang == "bilingual":
        h = f"{HEAD_EN[key]} / {HEAD_FR[key]}"
    else:
        h = ((HEAD_FR, HEAD_FR2) if s.lang == "fr" else (HEAD_EN, HEAD_EN2))[s.heads][key]
    if s.heading == "caps":
        return h.upper()
    if s.heading == "num":
        return f"{n}. {h}"
    if s.heading == "colon":
        return h + ":"
    return h


def fte_words(n: int, lang: str, style: int) -> str:
    if lang == "fr":
        return [f"{n} ETP", f"effectif de {n}", f"{n} équivalents temps plein", f"{n} ETP"][style % 4]
    return [f"{n} FTEs", f"staff of {n}", f"{n} FTE", f"{n} FTEs"][style % 4]


def report_lines(p: Pos, s: Style, reports: list[dict], truth: list[dict]) -> list[str]:
    """The direct reports as the document prints them; fills ``truth``."""
    lang = "fr" if s.lang == "fr" else "en"
    out = []
    rs = s.rstyle
    for i, r in enumerate(reports):
        t = r["title_fr"] if lang == "fr" else r["title"]
        c, f = r["classification"], r["fte"]
        show_c = not (rs == "bare" and i % 2) and not (rs == "prose" and i == len(reports) - 1 and len(reports) > 2)
        show_f = rs not in ("bare",) or i == 0
        truth.append(dict(title=t, classification=c if show_c else None, fte=f if show_f else None))
        fw = fte_words(f, lang, i + s.date)
        if rs == "paren":
            out.append(f"- {t} ({c}, {fw})" if show_c else f"- {t} ({fw})")
        elif rs == "dash":
            out.append(f"{t} – {c} – {fw}")
        elif rs == "clsfirst":
            out.append(f"{c} - {t} ({fw})")
        elif rs == "bracket":
            out.append(f"• {t} [{c}] ({fw})")
        elif rs == "bare":
            bits = [t] + ([c] if show_c else []) + ([fw] if show_f else [])
            out.append("o " + ", ".join(bits))
        elif rs == "table":
            out.append(f"{t:<58}{c:<12}{f}")
        elif rs == "prose":
            out.append((f"the {t} ({c}), who leads a team of {f}" if lang == "en" else f"le {t} ({c}), qui dirige une équipe de {f} ETP")
                       if show_c else (f"the {t}, with a staff of {f}" if lang == "en" else f"le {t}, avec une équipe de {f} ETP"))
    if rs == "table":
        hdr = (f"{'Position':<58}{'Group/Level':<12}FTEs" if lang == "en" else f"{'Poste':<58}{'Groupe':<12}ETP")
        out.insert(0, hdr)
    if rs == "prose":
        lead = "Reporting to the incumbent are " if lang == "en" else "Relèvent du ou de la titulaire : "
        return [lead + "; ".join(out[:-1]) + ("; and " if lang == "en" else "; et ") + out[-1] + "."]
    return out


def dim_lines(p: Pos, s: Style, truth: dict, also: dict, ns: list) -> list[str]:
    lang = "fr" if s.lang == "fr" else "en"
    a = lambda v, k=0: fmt_amount(v, lang, s.amount + k)  # noqa: E731
    mode = s.dmode
    sal = mode in ("all", "all_fte", "sal_om")
    tot = mode in ("all", "all_fte", "total_fte")
    fte = mode in ("all_fte", "total_fte")
    truth.update(salary=p.salary if sal else None, o_and_m=p.om if sal else None, total=p.total if tot else None)
    for k in ("salary", "o_and_m", "total"):
        if truth[k] is None:
            ns.append(k)
    also["fte"] = p.fte if fte else None
    L = (dict(sal="Salaires", om="F et E", tot="Total", fte="ETP", bud="Budget total") if lang == "fr" else
         dict(sal=R.choice(["Salary", "Salary budget", "Salaries"]), om=R.choice(["O&M", "Operating and Maintenance (O&M)", "Non-salary (O&M)"]),
              tot=R.choice(["Total", "Total budget", "Total"]), fte=R.choice(["FTEs", "FTE's", "Full-time equivalents"]), bud="Total budget"))
    if s.lang == "bilingual":
        L = dict(sal="Salary / Salaires", om="O&M / F et E", tot="Total", fte="FTEs / ETP", bud="Total budget / Budget total")
    if s.dstyle == "prose":
        if lang == "fr":
            bits = []
            if fte:
                bits.append(f"L'organisation compte {p.fte} ETP.")
            if sal:
                bits.append(f"Le budget salarial est de {a(p.salary)} et le budget de fonctionnement et d'entretien, de {a(p.om, 1)}"
                            + (f", pour un budget total de {a(p.total)}." if tot else "."))
            elif tot:
                bits.append(f"Le budget total est de {a(p.total)}.")
            return [" ".join(bits)]
        bits = []
        if fte:
            bits.append(f"The organization has {p.fte} full-time equivalents.")
        if sal:
            bits.append(f"The position manages a salary budget of {a(p.salary)} and an O&M budget of {a(p.om, 1)}"
                        + (f", for a total of {a(p.total)}." if tot else "."))
        elif tot:
            bits.append(f"The position manages a total budget of {a(p.total)}.")
        return [" ".join(bits)]
    cols = []
    if fte:
        cols.append((L["fte"], str(p.fte)))
    if sal:
        cols += [(L["sal"], a(p.salary)), (L["om"], a(p.om, 1))]
    if tot:
        cols.append((L["tot"] if sal else L["bud"], a(p.total)))
    if s.dstyle == "table":
        return ["".join(f"{c[0]:<22}" for c in cols).rstrip(), "".join(f"{c[1]:<22}" for c in cols).rstrip()]
    return [f"{k}: {v}" if lang == "en" else f"{k} : {v}" for k, v in cols]


def build(p: Pos, s: Style) -> dict:
    """The document's lines (before layout) and its ground truth."""
    lang = s.lang
    fr = lang == "fr"
    dept_en, dept_fr = T.DEPTS[p.dept]
    title = p.title_fr if fr else p.title
    sup = p.sup_fr if fr else p.sup
    sep = " : " if fr else ": "
    ns: list[str] = []
    also = dict(fte=None, operating_budget=None, program_budget=None, provisional_number=None)
    truth = dict(title=p.title if not fr else p.title_fr, classification=ex(p.level))
    if lang == "bilingual":
        also["title_fr"] = p.title_fr
    cls_txt = fmt_cls(p.level, s.cls)
    sup_cls_txt = fmt_cls(p.sup_level, s.sup_cls) if p.sup_level else None
    header: list[tuple[str, str]] = []
    title_val = f"{p.title} / {p.title_fr}" if lang == "bilingual" else title
    header.append((lab(s, "title"), title_val))
    header.append((lab(s, "cls"), cls_txt))
    if s.with_pos:
        header.append((lab(s, "pos"), p.number))
        truth["position_number"] = p.number
    else:
        truth["position_number"] = None
        ns.append("position_number")
    if p.job and s.with_job:
        header.append((lab(s, "job"), p.job))
        truth["job_code"] = p.job
    else:
        truth["job_code"] = None
        ns.append("job_code")
    if s.with_date:
        header.append((lab(s, "date"), fmt_date(p.date, "fr" if fr else "en", s.date)))
        truth["effective_date"] = p.date
    else:
        truth["effective_date"] = None
        ns.append("effective_date")
    header.append((lab(s, "dept"), dept_fr if fr else (f"{dept_en} / {dept_fr}" if lang == "bilingual" else dept_en)))
    loc = f"{p.city}, {p.prov_fr}" if fr else f"{p.city}, {p.prov}"
    if fr and R.random() < 0.5:
        loc = f"{p.city} ({p.prov_fr})"
    if s.with_loc:
        header.append((lab(s, "loc"), loc))
        truth["location"] = f"{p.city}, {p.prov_fr if fr else p.prov}"
    else:
        truth["location"] = None
        ns.append("location")
    supt = dict(position_number=None, title=sup, classification=ex(p.sup_level) if p.sup_level else None)
    sup_sentence = None
    if s.sstyle == "fields3":
        header += [(lab(s, "sup_pos"), p.sup_number), (lab(s, "sup_title"), sup)]
        supt["position_number"] = p.sup_number
        if sup_cls_txt:
            header.append((lab(s, "sup_cls"), sup_cls_txt))
    elif s.sstyle == "fields2":
        header.append((lab(s, "sup_title"), sup))
        if sup_cls_txt:
            header.append((lab(s, "sup_cls"), sup_cls_txt))
    elif s.sstyle == "reportsto":
        rt = "Relève de" if fr else ("Reports to / Relève de" if lang == "bilingual" else "Reports to")
        header.append((rt, f"{sup} ({sup_cls_txt})" if sup_cls_txt else sup))
    else:
        supt["position_number"] = p.sup_number if R.random() < 0.5 else None
        num = supt["position_number"]
        if fr:
            sup_sentence = (f"Le ou la titulaire relève {fr_of(sup)}{sup}" + (f" ({sup_cls_txt})" if sup_cls_txt else "")
                            + (f", poste no {num}" if num else "") + f", et est l'un des {p.nreports_sup} postes qui lui sont subordonnés.")
        else:
            sup_sentence = (f"The {title} reports to the {sup}" + (f" ({sup_cls_txt}" + (f", position {num})" if num else ")") if sup_cls_txt else (f" (position {num})" if num else ""))
                            + f" and is one of {p.nreports_sup} positions reporting to that position.")
    for k in ("position_number", "title", "classification"):
        if supt[k] is None:
            ns.append(f"supervisor.{k}")
    truth["supervisor"] = supt

    dom = p.domain_fr if fr else p.domain
    fill = dict(title=title, domain=dom, sup=sup, dept=dept_fr if fr else dept_en)
    ga = (T.GA_FR if fr else T.GA_EN)[R.randrange(3)].format(**fill)
    if fr:
        ga = ga.replace("au Directrice", "à la Directrice").replace("au Sous-ministre adjointe", "à la Sous-ministre adjointe")
        ga = ga.replace("au Vice-présidente", "à la Vice-présidente").replace("de Ministère", "du Ministère")
    nsb = T.NS_FR if fr else T.NS_EN
    nsparas = [nsb[i].format(**fill) for i in sorted(R.sample(range(len(nsb)), R.randint(2, 4)))]
    sab = T.SA_FR if fr else T.SA_EN
    sas = [sab[i].format(**fill) for i in sorted(R.sample(range(len(sab)), R.randint(5, 7)))]
    if fr:
        sas = [x.replace("au Directrice", "à la Directrice").replace("au Sous-ministre adjointe", "à la Sous-ministre adjointe")
               .replace("au Vice-présidente", "à la Vice-présidente") for x in sas]
    reports_truth: list[dict] = []
    rl = report_lines(p, s, p.reports, reports_truth)
    truth["direct_reports"] = reports_truth
    if fr:
        org_lead = (f"Le poste de {title} compte {len(p.reports)} subordonnés directs :" if s.rstyle != "prose" else "")
    else:
        org_lead = (f"The following {len(p.reports)} positions report to the {title}:" if s.rstyle != "prose" else "")
    dims: dict = {}
    dl = dim_lines(p, s, dims, also, ns)
    truth.update(dims)
    if lang == "bilingual":
        ga_fr = T.GA_FR[0].format(title=p.title_fr, domain=p.domain_fr, sup=p.sup_fr, dept=dept_fr)
        ga = ga + "\n" + ga_fr
    sections = []
    org = ([sup_sentence] if sup_sentence else []) + ([org_lead] if org_lead else []) + rl
    if s.order == "csr":
        sections = [("csr", [(T.CSR_FR if fr else T.CSR_EN).format(**fill)]), ("ka", ["- " + x for x in sas]),
                    ("org", org), ("dim", dl), ("ns", nsparas)]
    elif s.order == "dimfirst":
        sections = [("ga", [ga]), ("dim", dl), ("org", org), ("ns", nsparas), ("sa", [f"{i}. {x}" for i, x in enumerate(sas, 1)])]
    else:
        sections = [("ga", [ga]), ("org", org), ("ns", nsparas), ("dim", dl), ("sa", [f"{i}. {x}" for i, x in enumerate(sas, 1)])]
    people = []
    sign = []
    if s.incumbent:
        header.append(("Titulaire" if fr else ("Incumbent / Titulaire" if lang == "bilingual" else "Incumbent"), p.people[0]))
        people.append(p.people[0])
    if s.sign:
        sign.append(T.CERT_FR if fr else T.CERT_EN)
        who = p.people[1]
        people.append(who)
        if fr:
            sign += ["", f"Superviseur(e) : {who}", sup, f"Date : {fmt_date(p.date - dt.timedelta(days=R.randint(3, 40)), 'fr', 1)}"]
        else:
            sign += ["", f"Name of supervisor: {who}", sup, f"Signature: ______________________   Date: {fmt_date(p.date - dt.timedelta(days=R.randint(3, 40)), 'en', 1)}"]
        if R.random() < 0.5:
            who2 = p.people[2]
            people.append(who2)
            sign += ["", ("Approuvé par : " if fr else "Approved by: ") + who2,
                     "Sous-ministre adjoint(e)" if fr else "Deputy Head or delegate"]
    if s.contact:
        c = T.PEOPLE[(T.PEOPLE.index(p.people[0]) + 7) % len(T.PEOPLE)]
        sign += ["", ("Conseillère en classification : " if fr else "Classification advisor: ") + c]
        people.append(c)
    if lang != "en":
        sections = [(k, [fr_fix(x) for x in lines]) for k, lines in sections]
    return dict(header=header, sections=sections, sign=sign, truth=truth, ns=ns, also=also, people=people)


def fr_fix(t: str) -> str:
    """French contractions after a phrase is put into a sentence."""
    for a, b in ((" de les ", " des "), (" à les ", " aux "), (" de le ", " du "), (" à le ", " au "),
                 (" de l'l", " de l'l")):
        t = t.replace(a, b)
    return t


# --- layout -------------------------------------------------------------------------------

def header_lines(doc: dict, s: Style, width: int = 100) -> list[str]:
    out = []
    hs = doc["header"]
    if s.hlayout == "pairs":
        i = 0
        while i < len(hs):
            a = hs[i]
            if i + 1 < len(hs) and len(a[1]) < 30 and len(hs[i + 1][1]) < 30:
                b = hs[i + 1]
                out.append(f"{a[0]}: {a[1]}".ljust(48) + f"{b[0]}: {b[1]}")
                i += 2
            else:
                out.append(f"{a[0]}: {a[1]}")
                i += 1
        return out
    for k, v in hs:
        if s.hlayout == "next":
            out += [k, "    " + v]
        elif s.hlayout == "dots":
            out.append(f"{k} " + "." * max(3, 44 - len(k)) + f" {v}")
        elif s.hlayout == "tab":
            out.append(f"{k}\t{v}" if s.tabs_ok else f"{k}".ljust(40) + v)
        else:
            out.append(f"{k}{' : ' if s.lang == 'fr' else ': '}{v}")
    return out


def body_lines(doc: dict, s: Style) -> list[str]:
    out = []
    for n, (key, lines) in enumerate(doc["sections"], 1):
        out += ["", head(s, key, n), ""]
        for ln in lines:
            out += ln.split("\n")
            if len(ln) > 120:
                out.append("")
    if doc["sign"]:
        out += ["", head(s, "cert", len(doc["sections"]) + 1), ""] + doc["sign"]
    return out


def wrap(lines: list[str], width: int, hyphen: float = 0.0) -> list[str]:
    out = []
    for ln in lines:
        if len(ln) <= width or ln.startswith(" " * 4) or "\t" in ln:
            out.append(ln)
            continue
        indent = "   " if ln[:2] in ("- ", "• ", "o ") or ln[:3].rstrip(".").isdigit() else ""
        parts = textwrap.wrap(ln, width, subsequent_indent=indent, break_on_hyphens=False)
        if hyphen:
            fixed = []
            for i, part in enumerate(parts):
                if i + 1 < len(parts) and R.random() < hyphen:
                    nxt = parts[i + 1].lstrip()
                    w = nxt.split(" ")[0]
                    if len(w) >= 8 and w.isalpha():
                        cut = len(w) // 2
                        part = part + " " + w[:cut] + "-"
                        parts[i + 1] = indent + nxt[len(w[:cut]):]
                fixed.append(part)
            parts = fixed
        out += parts
    return out


def paginate(lines: list[str], per: int, top, bottom) -> list[str]:
    pages, cur = [], []
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    n = len(chunks)
    for i, chunk in enumerate(chunks, 1):
        pages.append("\n".join(top(i, n) + chunk + [""] + bottom(i, n)))
    return pages


# --- OCR damage ---------------------------------------------------------------------------

DIG = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b"}


def dmg_digits(v: str, p: float) -> str:
    return "".join((("l" if c == "1" and R.random() < 0.3 else DIG[c]) if c in DIG and R.random() < p else c) for c in v)


CONF = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("cl", "d"), ("t", "l"), ("h", "b"), ("a", "e"),
        ("ti", "ll"), ("o", "a"), ("f", "t"), ("é", "e"), ("è", "e"), ("s", "a")]


def dmg_word(w: str) -> str:
    for _ in range(3):
        a, b = R.choice(CONF)
        if a in w:
            i = w.index(a)
            return w[:i] + b + w[i + len(a):]
    return w


def dmg_prose(line: str, p: float) -> str:
    words = line.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and R.random() < p and not any(ch.isdigit() for ch in w):
            w = dmg_word(w)
        out.append(w)
    s = ""
    for i, w in enumerate(out):
        if i and not (R.random() < p / 3 and out[i - 1][-1:].isalpha() and w[:1].isalpha()):
            s += " "
        s += w
    if R.random() < p / 2:
        s += R.choice([" '", " ~", " .", " |", " »", " ,"])
    return s


STAMPS = [["RECEIVED / REÇU", "{d}", "HUMAN RESOURCES - CLASSIFICATION"], ["ORIGINAL SIGNED BY", "ORIGINAL SIGNÉ PAR"],
          ["CERTIFIED TRUE COPY"], ["APPROVED / APPROUVÉ", "{d}"], ["C O P Y"], ["CLASSIFICATION", "REVIEWED", "{d}"]]
SIGNOISE = ["~/ /'/,.-", "(i (CO;!;*;*;* ; ! ~", "j/L/ ~ ,.,/\\ .", "-'7/,..;'. ;-", "[ Signet gE A [Bete a",
            "_ __ '~7 lf/ . /", "·1/ r /~ .. <./"]


def stamp(d: dt.date) -> list[str]:
    st = R.choice(STAMPS)
    ds = f"{MONTHS_EN[d.month - 1][:3].upper()} {d.day:02d} {d.year}"
    return [x.format(d=dmg_digits(ds, 0.2)) for x in st]


def ocr_lines(doc: dict, s: Style, strength: float, width: int = 98) -> list[str]:
    """The text an OCR engine gives for the printed and scanned document."""
    out = []
    hl = wrap(header_lines(doc, s), width)
    for ln in hl:
        # digits in values damaged; labels a little
        ln2 = "".join(dmg_digits(c, strength) if c.isdigit() else c for c in ln)
        if R.random() < strength / 2 and not any(n in ln for n in doc["people"]):
            ln2 = dmg_prose(ln2, 0.3)
        out.append(ln2)
    if R.random() < 0.7:
        at = R.randint(1, max(1, len(out) - 1))
        out[at:at] = stamp(doc["truth"]["effective_date"] or dt.date(2019, 6, 12))
    body = body_lines(doc, s)
    body2 = []
    for ln in body:
        if any(n in ln for n in doc["people"]):
            body2.append(ln)
        elif any(ch.isdigit() for ch in ln) and len(ln) < 120:
            ln = "".join(dmg_digits(c, strength * 0.8) if c.isdigit() else c for c in ln)
            body2.append(dmg_prose(ln, strength / 2))
        else:
            body2.append(dmg_prose(ln, strength))
    # signatures come out as noise next to the names
    body3 = []
    for ln in body2:
        body3.append(ln)
        if ln.startswith(("Signature", "Superviseur", "Approved", "Approuvé", "Name of")) and R.random() < 0.7:
            body3.append(R.choice(SIGNOISE))
    return out + wrap(body3, width, hyphen=0.25)


# --- kinds --------------------------------------------------------------------------------

def plain_text(doc: dict, s: Style, width: int = 0) -> list[str]:
    lines = ([s.banner, ""] if s.banner else []) + header_lines(doc, s) + body_lines(doc, s)
    return wrap(lines, width) if width else lines


def tops(s: Style, p: Pos):
    fr = s.lang == "fr"
    band = R.choice(FOOT_FR if fr else FOOT_EN)
    title = p.title_fr if fr else p.title
    style = R.randrange(4)

    def top(i, n):
        return [band, ""] if style != 3 else ([] if i == 1 else [title, ""])

    def bottom(i, n):
        return [[f"Page {i} of {n}" if not fr else f"Page {i} de {n}"], [f"{i} | P a g e"], [f"- {i} -"],
                [f"{band}    {i}/{n}"]][style]
    return top, bottom


def render_pdf(p: Pos, s: Style, doc: dict) -> bytes:
    lines = wrap(plain_text(doc, s), 100)
    top, bottom = tops(s, p)
    return pdf_bytes(paginate(lines, 62, top, bottom))


def render_pdf_ocr(p: Pos, s: Style, doc: dict, strength: float) -> bytes:
    lines = ocr_lines(doc, s, strength)
    top, bottom = tops(s, p)

    def top2(i, n):
        return [dmg_prose(x, strength) for x in top(i, n)]

    def bottom2(i, n):
        b = [dmg_digits(x, strength) for x in bottom(i, n)]
        return b
    return pdf_bytes(paginate(lines, 60, top2, bottom2))


def esc(t: str) -> str:
    return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def stream(items: list[tuple[float, float, str]], boxes: list[tuple[float, float, float, float]] = ()) -> bytes:
    ops = ["0.6 w"] + [f"{x:.0f} {y:.0f} {w:.0f} {h:.0f} re S" for x, y, w, h in boxes]
    for x, y, t in items:
        ops.append(f"BT /F1 9 Tf 1 0 0 1 {x:.0f} {y:.0f} Tm ({esc(t)}) Tj ET")
    return "\n".join(ops).encode("cp1252")


def render_pdf_form(p: Pos, s: Style, doc: dict, flattened: bool) -> bytes:
    """A Word template with content controls, exported to PDF: the header fields in boxes; the
    values drawn after all labels when the fields were flattened."""
    fr = s.lang == "fr"
    labels, values, boxes = [], [], []
    y = 790
    labels.append((40, y, "EXECUTIVE (EX) GROUP WORK DESCRIPTION" if s.lang == "en" else
                   ("DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)" if fr else
                    "EXECUTIVE GROUP WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DU GROUPE DE LA DIRECTION")))
    y -= 22
    action = (["[X] Revised", "[ ] New", "[ ] Update"] if not fr else ["[X] Révisée", "[ ] Nouvelle", "[ ] Mise à jour"])
    labels.append((40, y, "   ".join(action)))
    y -= 20
    rows = list(doc["header"])
    ph = "Cliquez ou appuyez ici pour entrer du texte." if fr else "Click or tap here to enter text."
    if not doc["truth"]["job_code"]:
        rows.insert(3, (lab(s, "job"), ph))
    if not doc["truth"]["effective_date"]:
        rows.insert(4, (lab(s, "date"), ph))
    for k, v in rows:
        vlines = textwrap.wrap(v, 62) or [""]
        llines = textwrap.wrap(k, 36) or [""]
        h = 11 * max(len(vlines), len(llines)) + 6
        boxes.append((36, y - h + 9, 180, h))
        boxes.append((216, y - h + 9, 340, h))
        for j, ll in enumerate(llines):
            labels.append((40, y - 11 * j, ll))
        for j, vl in enumerate(vlines):
            values.append((222, y - 11 * j, vl))
        y -= h
    body = wrap(body_lines(doc, s), 100)
    first = []
    y -= 14
    while body and y > 60:
        first.append((40, y, body.pop(0)))
        y -= 11
    top, bottom = tops(s, p)
    pages: list = [b""]
    rest = paginate(body, 64, lambda i, n: [], lambda i, n: []) if body else []
    n = len(rest) + 1
    pages[0] = stream(labels + (values if not flattened else []) + first + (values if flattened else [])
                      + [(40, 30, x) for x in bottom(1, n)], boxes)
    for i, pg in enumerate(rest, 2):
        pages.append(pg + "\n" + "\n".join(bottom(i, n)))
    return pdf_bytes(pages)


def render_pdf_columns(p: Pos, s: Style, doc: dict, mode: str, strength: float = 0.0) -> bytes:
    """A page in two columns: the header fields, supervisor and dimensions in a narrow left
    column, the prose on the right. ``mode``: 'stream' (the right column's text comes first in
    the text layer, the left after it), 'interleave' (an OCR layer that reads across the page,
    line by line, as seed 003)."""
    left = []
    for k, v in doc["header"]:
        left += [k + (" :" if s.lang == "fr" else ":")] + ["  " + x for x in textwrap.wrap(v, 40)]
    dims = [ln for key, lines in doc["sections"] if key == "dim" for ln in lines]
    left += ["", head(s, "dim", 0).split(". ")[-1]] + [x for ln in dims for x in textwrap.wrap(ln, 42)]
    rightsrc = []
    for n, (key, lines) in enumerate(doc["sections"], 1):
        if key == "dim":
            continue
        rightsrc += ["", head(s, key, n)] + [x for ln in lines for x in ln.split("\n")]
    if doc["sign"]:
        rightsrc += ["", head(s, "cert", 9).split(". ")[-1]] + doc["sign"]
    if strength:
        left = ["".join(dmg_digits(c, strength) if c.isdigit() else c for c in ln) for ln in left]
        rightsrc = [dmg_prose(ln, strength) for ln in rightsrc]
    right = wrap(rightsrc, 58, hyphen=0.2 if strength else 0.0)
    top, bottom = tops(s, p)
    per = 64
    pages = []
    npages = max(1, -(-len(right) // per))
    for i in range(npages):
        r = right[i * per:(i + 1) * per]
        lft = left if i == 0 else []
        if mode == "interleave":
            rows = []
            for j in range(max(len(r), len(lft))):
                a = lft[j] if j < len(lft) else ""
                b = r[j] if j < len(r) else ""
                rows.append((a + " " + b).strip() if R.random() < 0.3 else (a.ljust(44) + b).rstrip())
            pages.append("\n".join(top(i + 1, npages) + rows + [""] + bottom(i + 1, npages)))
        else:
            items = [(250, 790 - 11 * j, t) for j, t in enumerate(r)]
            items += [(40, 790 - 11 * j, t) for j, t in enumerate(lft)]
            items += [(40, 30, x) for x in bottom(i + 1, npages)]
            pages.append(stream(items, [(34, 790 - 11 * len(lft) - 4, 200, 11 * len(lft) + 14)] if lft else []))
    return pdf_bytes(pages)


def render_bilingual_columns(p: Pos, s_en: Style, doc_en: dict, doc_fr: dict, s_fr: Style) -> bytes:
    """English on the left, French on the right, the OCR layer reading across both."""
    le = wrap(plain_text(doc_en, s_en), 52)
    lf = wrap(plain_text(doc_fr, s_fr), 52)
    per = 62
    n = max(-(-len(le) // per), -(-len(lf) // per))
    pages = []
    for i in range(n):
        a, b = le[i * per:(i + 1) * per], lf[i * per:(i + 1) * per]
        rows = [((a[j] if j < len(a) else "").ljust(56) + (b[j] if j < len(b) else "")).rstrip() for j in range(max(len(a), len(b)))]
        rows = ["".join(dmg_digits(c, 0.15) if c.isdigit() else c for c in dmg_prose(r, 0.04)) for r in rows]
        pages.append("\n".join(rows + ["", f"{i + 1}/{n}"]))
    return pdf_bytes(pages)


# --- the plan -----------------------------------------------------------------------------

PLAN = [
    # key, kind, lang, file name, extra
    ("apprent", "pdf", "en", "Director, Apprenticeship Grants Delivery - EX-01 - WD.pdf", {}),
    ("railsafe", "pdf", "en", "DG Rail Safety EX-03 work description FINAL.pdf", {}),
    ("census", "ocr", "en", "Census Operations Director (EX-01) 2021.txt", {}),
    ("cloud", "pdf", "bilingual", "DG Cloud Services - DG Services infonuagiques.pdf", {}),
    ("heritage", "pdf", "fr", "Directrice, FCPA - description de travail.pdf", {}),
    ("legal", "pdf", "en", "LSU Transport Canada - Director and General Counsel - EX-02.pdf", {}),
    ("school", "text", "en", "WD_DG_Leadership_Development_2022.txt", {}),
    ("infra", "pdf", "en", "Director, Green Infrastructure Programs FINAL.pdf", {}),
    ("infra", "pdf", "en", "Director, Green Infrastructure Programs FINAL (1).pdf", {"copy_of": 7}),
    ("oaspol", "pdf-ocr", "en", "DG OAS Policy - signed.pdf", {}),
    ("oaspol", "text", "en", "DG OAS Policy DRAFT v3.txt", {"older_of": 9}),
    ("asylum", "pdf-ocr", "en", "scan_20190612_Asylum Ops Policy.pdf", {}),
    ("marine", "pdf-ocr", "bilingual", "RD Marine Safety Atlantic - signed copy.pdf", {}),
    ("smallcraft", "pdf-ocr", "fr", "Directeur PPB Golfe - signée.pdf", {"style": {"amount": 2}}),
    ("minerals", "pdf-ocr", "en", "Critical Minerals Director EX-01 (signed).pdf", {}),
    ("enforce", "pdf-ocr", "en", "Regional Director Enforcement ON - approved.pdf", {}),
    ("drugs", "pdf-ocr", "en", "NNHP Director WD signed 2018.pdf", {}),
    ("taxcoll", "pdf-ocr", "fr", "Directeur Recouvrements CFS - numérisé.pdf", {}),
    ("taxcoll", "ocr", "fr", "Directeur Recouvrements CFS - numérisé.txt", {"text_of": 17}),
    ("vetben", "pdf-ocr", "en", "DG Disability Benefits, VAC - scanned.pdf", {}),
    ("warden", "pdf-ocr", "en", "Warden Drumheller EX-01 signed.pdf", {}),
    ("acoa", "pdf-ocr", "en", "DG Programs NL - Scan0042.pdf", {}),
    ("foodinsp", "pdf-ocr", "fr", "DR Opérations Québec ACIA - signé.pdf", {}),
    ("realprop", "pdf-ocr", "en", "Director RP Ops Ontario - signed 2017.pdf", {"older_of": 24}),
    ("realprop", "pdf", "en", "Director, Real Property Operations, Ontario - revised 2023.pdf", {}),
    ("settle", "pdf-form", "en", "RDG Settlement Prairies - EX-02 form.pdf", {}),
    ("aquasci", "pdf-form", "bilingual", "Work Description - DG Aquatic Ecosystems Science.pdf", {}),
    ("vaccine", "pdf-form", "en", "Director Vaccine Supply & Logistics_fillable.pdf", {}),
    ("network", "pdf-form", "en", "Enterprise Network Ops - Director - WD form (flattened).pdf", {"flattened": True}),
    ("nihb", "pdf-form", "fr", "Directrice SSNA Alberta - formulaire.pdf", {"flattened": True, "style": {"with_job": False}}),
    ("spectrum", "pdf-form", "en", "DG Spectrum Licensing Policy - EX-03.pdf", {}),
    ("paycentre", "pdf-columns", "en", "ED Pay Centre Operations.pdf", {"mode": "stream"}),
    ("geosci", "pdf-columns", "en", "GSC Pacific DG - 2016 scan.pdf", {"mode": "interleave", "strength": 0.12}),
    ("charities", "pdf-columns", "bilingual", "DG Charities Directorate – Direction des organismes de bienfaisance.pdf", {"mode": "sidebyside"}),
    ("digital", "pdf-columns", "en", "ED Digital Standards & Service Design (2).pdf", {"mode": "stream"}),
    ("archives", "pdf-columns", "fr", "DG Archives privées - numérisation.pdf", {"mode": "interleave", "strength": 0.08}),
    ("procure", "ocr", "en", "DG Defence and Marine Procurement.txt", {}),
    ("cannabis", "ocr", "bilingual", "DG Cannabis Licensing - Licences cannabis.txt", {}),
    ("labs", "ocr", "en", "SDG NML Winnipeg EX-04.txt", {}),
    ("border", "text-cp1252", "en", "Chief of Operations, Pacific Highway.txt", {}),
    ("agrisci", "ocr", "en", "Lethbridge RDC Director.txt", {}),
    ("parks", "text", "en", "Field Unit Superintendent Banff - 2019.txt", {}),
    ("emergency", "text-cp1252", "en", "Director, Emergency Management Planning (EX-01).txt", {}),
    ("cedq", "ocr", "fr", "Directeur, Bureau d'affaires de l'Estrie.txt", {}),
    ("climate", "text-cp1252", "fr", "Directrice, Politique d'adaptation - DT.txt", {}),
]


def older(p: Pos) -> Pos:
    """An earlier version of a position: another date, other amounts, the same numbers."""
    q = Pos(p)
    q["date"] = p.date.replace(year=p.date.year - R.randint(3, 6))
    q["salary"] = int(round(p.salary * 0.9, -4))
    q["om"] = int(round(p.om * 0.85, -3))
    q["total"] = q["salary"] + q["om"]
    q["fte"] = max(sum(r["fte"] for r in p.reports) + 1, p.fte - 4)
    if p.key == "realprop":
        q["date"] = dt.date(2017, 9, 18)
    return q


def expected(name: str, kind: str, lang: str, doc: dict | None, outcome: str, people: list[str], versions=None) -> dict:
    if doc is None:
        return dict(document=name, kind=kind, language=lang, outcome=outcome, fields=None, not_stated=[],
                    also=None, people=people, versions=versions)
    t = doc["truth"]
    fields = dict(title=t["title"], classification=t["classification"], job_code=t["job_code"],
                  position_number=t["position_number"], effective_date=t["effective_date"],
                  supervisor=t["supervisor"], direct_reports=t["direct_reports"], salary=t["salary"],
                  o_and_m=t["o_and_m"], total=t["total"], location=t["location"])
    order = ["title", "classification", "job_code", "position_number", "effective_date", "supervisor.position_number",
             "supervisor.title", "supervisor.classification", "direct_reports", "salary", "o_and_m", "total", "location"]
    ns = [k for k in order if k in doc["ns"]]
    return dict(document=name, kind=kind, language=lang, outcome=outcome, fields=fields, not_stated=ns,
                also=doc["also"], people=people, versions=versions)


def describe(i: int, key: str, kind: str, lang: str, name: str, extra: dict, built: dict):
    p = POS[key]
    if "older_of" in extra:
        p = older(p)
    if "copy_of" in extra or "text_of" in extra:
        src = built[extra.get("copy_of", extra.get("text_of"))]
        s, doc = src["style"], src["doc"]
    else:
        kw = {}
        if kind in ("pdf-form",):
            kw = dict(hlayout="colon")
        if kind == "pdf-columns":
            kw = dict(hlayout="colon", dstyle=R.choice(["lines", "prose"]))
        if kind in ("text", "text-cp1252"):
            kw["tabs_ok"] = True
            if R.random() < 0.5:
                kw["hlayout"] = "tab"
        if extra.get("mode") == "sidebyside":
            kw["sstyle"] = R.choice(["fields3", "fields2"])
        if "older_of" in extra and kind == "text":
            kw["banner"] = "DRAFT v3 - for discussion - not for distribution"
        kw.update(extra.get("style", {}))
        s = Style(lang, **kw)
        doc = build(p, s)
    if kind == "pdf":
        data = render_pdf(p, s, doc)
    elif kind == "pdf-ocr":
        data = render_pdf_ocr(p, s, doc, strength=R.choice([0.06, 0.1, 0.16, 0.22]))
    elif kind == "pdf-form":
        data = render_pdf_form(p, s, doc, extra.get("flattened", False))
    elif kind == "pdf-columns":
        if extra["mode"] == "sidebyside":
            s_en = s
            s_fr = Style("fr", hlayout="colon", dstyle=s.dstyle, dmode=s.dmode, sstyle=s.sstyle, rstyle=s.rstyle,
                         with_job=s.with_job, with_date=s.with_date, with_loc=s.with_loc, with_pos=s.with_pos,
                         incumbent=False, sign=False, contact=False, amount=s.amount, order=s.order)
            s_en.lang = "en"
            doc_en = build(p, s_en)
            state = R.getstate()
            doc_fr = build(p, s_fr)
            R.setstate(state)
            doc = doc_en
            doc["also"]["title_fr"] = p.title_fr
            data = render_bilingual_columns(p, s_en, doc_en, doc_fr, s_fr)
            s.lang = "bilingual"
        else:
            data = render_pdf_columns(p, s, doc, extra["mode"], extra.get("strength", 0.0))
    elif kind == "ocr":
        if "text_of" in extra:
            data = built[extra["text_of"]]["ocrtext"].encode("utf-8")
        else:
            lines = ocr_lines(doc, s, R.choice([0.05, 0.1, 0.15]))
            top, bottom = tops(s, p)
            joiner = R.choice(["\n", "\n\x0c", "\n\n"])
            data = (joiner.join(paginate(lines, 58, top, bottom)) + "\n").encode("utf-8")
    elif kind == "text":
        data = ("\n".join(plain_text(doc, s)) + "\n").encode("utf-8")
    elif kind == "text-cp1252":
        txt = "\r\n".join(plain_text(doc, s, 0)) + "\r\n"
        txt = txt.replace("'", "\u2019")
        data = txt.encode("cp1252")
    else:
        raise ValueError(kind)
    rec = dict(style=s, doc=doc, data=data)
    if kind == "pdf-ocr":
        # the same OCR, as Acrobat's "Save as Text" gives it, for a .txt sibling
        rec["ocrtext"] = "\n\x0c".join(ocr_pages_text(data))
    return rec


def ocr_pages_text(pdf: bytes) -> list[str]:
    """The text lines of a PDF made by pdf_bytes from text pages (to save the same OCR as .txt)."""
    import re
    import zlib  # noqa: F401
    pages = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", pdf, re.S):
        body = m.group(1)
        shown = re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj T\*", body)
        lines = [re.sub(rb"\\(.)", rb"\1", x).decode("cp1252") for x in shown]
        pages.append("\n".join(lines))
    return pages


# --- documents to refuse ------------------------------------------------------------------

def refusals() -> list[tuple[str, str, str, bytes, list[str]]]:
    out = []
    out.append(("EX Work Descriptions - Portfolio.pdf", "pdf", "en", pdf_bytes([
        "For the best experience, open this PDF portfolio in\nAcrobat X or Adobe Reader X, or later.\n\nGet Adobe Reader Now!"]), []))
    a, b = "Geneviève Caron", "Pierre-Luc Tremblay"
    letter = f"""Emploi et                Employment and
Développement social Canada   Social Development Canada

Gatineau (Québec)  K1A 0J9

Le 14 mars 2022

Madame Nathalie Gendron
Directrice générale, Opérations des programmes
Direction générale des compétences et de l'emploi

Objet : Décision de classification - poste no 5B217 (Directeur, Prestation des subventions aux apprentis)

Madame,

La présente fait suite à la demande de classification reçue le 2 février 2022. Le Comité ministériel
d'examen de la classification des cadres a examiné la description de travail du poste mentionné en
objet et a confirmé le niveau EX-O1, en vigueur à compter du 1er avril 2022.

La description de travail signée et le rapport de justification sont joints à la présente. Veuillez
conserver une copie au dossier du poste. Pour toute question, veuillez communiquer avec
{b}, conseiller principal en classification.

Veuillez agréer, Madame, l'expression de mes sentiments les meilleurs.

{dmg_prose('Original signé par', 0.1)}
~/ /'/,.- .
{a}
Directrice, Organisation et classification

p.j. (2)
c.c. : Dossier du poste
"""
    out.append(("Lettre - décision de classification EX - signée.pdf", "pdf-ocr", "fr", pdf_bytes([letter]),
                [a, b, "Nathalie Gendron"]))
    org = ["Program Operations Branch - Organization Chart (as of 2022-09-01)", "",
           "Assistant Deputy Minister", "Program Operations", "Martine Desrosiers", "EX-05", "",
           "Director General          Director General          Director General",
           "Program Delivery          Program Integrity          Regional Operations",
           "EX-03                     EX-03                     EX-03",
           "Vacant                    Colin Matheson            Karine Bélanger", "",
           "Director      Director      Director      Director      Director      Director",
           "Grants        Claims        Audit         Risk          East          West",
           "EX-01         EX-01         EX-01         EX-01         EX-01         EX-01", "",
           "Executive Assistant AS-03 (Laura Henderson)", "", "For internal use only. Positions and incumbents subject to change."]
    out.append(("Org chart - Program Operations Branch 2022.pdf", "pdf", "en", pdf_bytes(["\n".join(org)]),
                ["Martine Desrosiers", "Colin Matheson", "Karine Bélanger", "Laura Henderson"]))
    pma = [(40, 790, "EXECUTIVE PERFORMANCE AGREEMENT 2023-2024"),
           (40, 770, "Name:"), (40, 756, "Position title:"), (40, 742, "Group and level:"), (40, 728, "Supervisor:"),
           (40, 700, "Commitments (results to be achieved)"),
           (40, 686, "1. Deliver the 2026 Census collection readiness plan on schedule and within budget."),
           (40, 675, "2. Reduce the non-response follow-up workload by 10% through targeted digital reminders."),
           (40, 664, "3. Implement the branch employee wellness action plan and report quarterly."),
           (40, 640, "Leadership commitments: Key Leadership Competencies - create vision and strategy; mobilize people;"),
           (40, 629, "uphold integrity and respect; collaborate with partners and stakeholders; promote innovation."),
           (40, 600, "Mid-year review: Click or tap here to enter text."),
           (40, 580, "Signature of executive: ______________    Signature of supervisor: ______________"),
           (200, 770, "Rebecca Ng"), (200, 756, "Director, Census Operations"), (200, 742, "EX-01"),
           (200, 728, "Alain Cormier, Director General, Census Management Office")]
    out.append(("PMA 2023-24 - Director Census Operations.pdf", "pdf-form", "en", pdf_bytes([stream(pma)]),
                ["Rebecca Ng", "Alain Cormier"]))
    noise = []
    rr = random.Random(6969)
    for _ in range(34):
        noise.append("".join(rr.choice(" .,'~-_|:;il1!I/\\()rn") for _ in range(rr.randint(10, 90))))
    out.append(("Scan_0117.pdf", "pdf-ocr", "en", pdf_bytes(["\n".join(noise), "\n".join(noise[::-1][:12])]), []))
    minutes = """Minutes - Departmental EX Classification Committee
Date: 2021-03-04, 13:30-15:00, by videoconference

Present: Sylvie Robichaud (Chair), Andrew Tessier, Youssef Benali, Hélène Gauthier (secretary)

1. Adoption of the agenda - adopted.
2. Director, Emergency Management Planning (EX-01), position 40417 - work description reviewed;
   the committee recommends EX-01. Effective date to be confirmed by the ADM.
3. Director General, Cloud Services (EX-03) - deferred pending the organization chart.
4. Benchmarks: the committee will use the TBS EX benchmark positions for the next reviews.
5. Next meeting: 2021-04-08.

Action items
- Secretariat to send the record of decision to the branches (H. Gauthier).
- A. Tessier to prepare the rationale for item 3.
"""
    out.append(("Minutes - EX classification committee 2021-03-04.txt", "text", "en", minutes.encode("utf-8"),
                ["Sylvie Robichaud", "Andrew Tessier", "Youssef Benali", "Hélène Gauthier"]))
    return out


# --- main ---------------------------------------------------------------------------------

class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    quoted = any(c.isdigit() for c in value) or value[:1] in "'\"" or ":" in value or value.lower() in (
        "yes", "no", "on", "off", "null", "true", "false")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'" if quoted else None)


Dumper.add_representer(str, _str)


def dump(e: dict) -> str:
    return yaml.dump(e, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=110)


def main() -> None:
    corpus, exp = HERE / "corpus", HERE / "expected"
    for d in (corpus, exp):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    built: dict[int, dict] = {}
    for i, (key, kind, lang, name, extra) in enumerate(PLAN):
        R.seed(69_000 + i)  # each document its own draws: changing one leaves the others as they are
        built[i] = describe(i, key, kind, lang, name, extra, built)
    groups = {}
    for i, (key, kind, lang, name, extra) in enumerate(PLAN):
        groups.setdefault(key, []).append(i)
    for i, (key, kind, lang, name, extra) in enumerate(PLAN):
        rec = built[i]
        (corpus / name).write_bytes(rec["data"])
        versions = None
        g = groups[key]
        if len(g) > 1:
            names = [PLAN[j][3] for j in g]
            older_ones = [PLAN[j][3] for j in g if "older_of" in PLAN[j][4]]
            same = any("copy_of" in PLAN[j][4] or "text_of" in PLAN[j][4] for j in g)
            newest = [n for n in names if n not in older_ones][0] if older_ones else None
            versions = dict(documents=names, newest=newest, same_text=same)
        e = expected(name, kind, lang, rec["doc"], "import", list(dict.fromkeys(rec["doc"]["people"])), versions)
        (exp / f"{name}.expected.yaml").write_text(dump(e),
                                                   encoding="utf-8")
    R.seed(69_999)
    for name, kind, lang, data, people in refusals():
        (corpus / name).write_bytes(data)
        e = expected(name, kind, lang, None, "refuse", people)
        (exp / f"{name}.expected.yaml").write_text(dump(e),
                                                   encoding="utf-8")


if __name__ == "__main__":
    main()
