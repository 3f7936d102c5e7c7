"""Write the blind51 corpus: EX work descriptions as text from other systems.

E-mails (forwarded, quoted, hard wrapped at 72 columns, one as quoted-printable source, one with
mojibake), tab-separated fields copied from an HR web system, web pages dumped by lynx / w3m,
Word files saved as text, wiki / SharePoint Markdown exports, and a few .docx and PDF files for
contrast; plus documents to refuse. Deterministic: a fixed seed, fixed zip timestamps.

    /work/main/.venv/bin/python bench/import/blind51/make_blind.py
"""
from __future__ import annotations

import datetime
import io
import quopri
import random
import shutil
import sys
import textwrap
import unicodedata
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts  # noqa: E402

NBSP = "\u00a0"
NNBSP = "\u202f"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
POOL = ["EC-07", "PM-06", "AS-07", "EC-06", "PE-06", "CO-03", "FI-04", "PM-05", "EC-08", "AS-06"]
POOLS = {"t1": ["CS-04", "CS-05"], "w6": ["RO-05", "RCO-04", "RO-04"], "m4": ["GT-06", "SO-MAO-06"],
         "h1": ["PC-04", "GT-07", "EG-06"], "h2": ["EG-07", "VM-04", "EG-06"], "m5": ["MT-07", "EG-07"],
         "p1": ["NU-HOS-08", "HP-05", "PH-03"], "w8": ["EC-07", "MA-06"], "h3": ["FS-03", "PM-06"],
         "t2": [], "m2": ["LA-02", "EC-07"], "e3": ["SG-PAT-06", "BI-04", "EC-07"]}
rng = random.Random(51)


# ------------------------------------------------------------------ notations
def fmt_cls(c, style):
    parts = c.split("-")
    if len(parts) != 2 or style == "dash":
        return c
    g, lv = parts
    return {"space": f"{g} {lv}", "short": f"{g}-{int(lv)}", "none": f"{g}{lv}",
            "spaced": f"{g} - {lv}"}.get(style, c)


def fmt_date(d, style, lang):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}", "iso": d.isoformat(),
                "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat(),
                "dots": f"{d.day:02d}.{d.month:02d}.{d.year}" if d.day > 12 else f"{day} {MONTHS_FR[d.month - 1]} {d.year}",
                }.get(style, f"{day} {MONTHS_FR[d.month - 1]} {d.year}")
    m = MONTHS_EN[d.month - 1]
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {"long": f"{m} {d.day}, {d.year}", "iso": d.isoformat(), "dmy": f"{d.day} {m} {d.year}",
            "abbr": f"{m[:3]}. {d.day}, {d.year}" if m != "May" else f"May {d.day}, {d.year}",
            "ord": f"{m} {d.day}{suffix}, {d.year}", "oracle": f"{d.day:02d}-{m[:3].upper()}-{d.year}",
            "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
            "us": f"{d.month:02d}/{d.day:02d}/{d.year}" if d.day > 12 else d.isoformat(),
            }[style]


def fmt_amount(n, style, lang):
    if n is None:
        return None
    if lang == "fr":
        grouped = f"{n:,}".replace(",", NBSP)
        if style == "M" and n % 10000 == 0 and n >= 1000000:
            return f"{n / 1e6:.2f}".replace(".", ",") + " M$"
        if style == "k" and n % 1000 == 0 and n < 1000000:
            return f"{n // 1000} k$"
        if style == "cents":
            return f"{grouped},00{NBSP}$"
        return f"{grouped}{NBSP}$"
    if style == "M" and n >= 1000000 and n % 10000 == 0:
        return f"${n / 1e6:.2f}M"
    if style == "M" and n >= 1000000 and n % 1000 == 0:
        return f"${n / 1e6:.3f}M"
    if style == "million" and n >= 1000000 and n % 10000 == 0:
        return f"${n / 1e6:.2f} million"
    if style in ("M", "K", "million") and n % 1000 == 0:
        return f"${n // 1000:,}K"
    if style == "cents":
        return f"${n:,}.00"
    if style == "plain":
        return f"{n}.00"
    return f"${n:,}"


def fte_text(n, style, lang):
    if n == 1:
        return {"eff": "effectif de 1", "emp": "1 employé", "staff": "staff of 1", "emp_en": "1 employee"}.get(
            style if lang == "fr" or style == "staff" else ("emp_en" if style == "emp" else ""), "1 ETP" if lang == "fr" else "1 FTE")
    if lang == "fr":
        return {"etp": f"{n} ETP", "eff": f"effectif de {n}", "emp": f"{n} employés"}.get(style, f"{n} ETP")
    return {"ftes": f"{n} FTEs", "fte": f"{n} FTE", "staff": f"staff of {n}", "emp": f"{n} employees",
            "fte's": f"{n} FTE's"}.get(style, f"{n} FTEs")


def fmt_report(r, style, lang, cstyle, fstyle):
    t, c, n = r["title"], r["classification"], r["fte"]
    c = fmt_cls(c, cstyle) if c else None
    f = fte_text(n, fstyle, lang) if n is not None else None
    if style == "A":
        inside = ", ".join(x for x in (c, f) if x)
        return f"{t} ({inside})" if inside else t
    if style == "B":
        return " – ".join(x for x in (t, c, f) if x)
    if style == "C":
        head = f"{c} - {t}" if c else t
        return f"{head} ({f})" if f else head
    if style == "D":
        s = f"{t} [{c}]" if c else t
        return f"{s} ({f})" if f else s
    s = f"{t} ({c})" if c else t
    return f"{s}, {f}" if f else s


# ------------------------------------------------------------------ facts
def make_facts(p):
    lang = "fr" if p["lang"] == "fr" else "en"
    cls = p["cls"]
    reports = []
    pool = POOLS.get(p["key"]) or POOL
    fem = rng.random() < 0.5
    for i, u in enumerate(p["units"]):
        if cls == "EX-03" or (cls == "EX-02" and i < len(p["units"]) - 1 and rng.random() < 0.6):
            t = (("Directrice, " if rng.random() < .5 else "Directeur, ") if lang == "fr" else "Director, ") + u
            reports.append(dict(title=t, classification="EX-01", fte=rng.randint(14, 95)))
        else:
            t = ("Gestionnaire, " if lang == "fr" else rng.choice(["Manager, ", "Manager, ", "Chief, ", "Senior Manager, "])) + u
            reports.append(dict(title=t, classification=rng.choice(pool), fte=rng.randint(4, 32)))
    if rng.random() < 0.45:
        t = ("Adjointe administrative" if lang == "fr" else rng.choice(["Executive Assistant", "Administrative Assistant"]))
        reports.append(dict(title=t, classification=rng.choice(["AS-01", "AS-02", "CR-05"]), fte=1))
    if rng.random() < 0.3:
        t = ("Conseiller principal" if lang == "fr" else "Senior Advisor")
        reports.append(dict(title=t, classification=rng.choice(["EC-07", "PM-06", "AS-06"]), fte=1))
    for r in reports:
        if rng.random() < 0.12:
            r["fte"] = None
        elif rng.random() < 0.07:
            r["classification"] = None
    fte = sum(r["fte"] or 3 for r in reports) + rng.randint(0, 3)
    salary = round(fte * rng.randint(86, 118) * 1000, -4)
    om = rng.randint(45, 2400 if cls == "EX-03" else 900) * 1000
    ndig = rng.choice([5, 5, 6, 7, 8, 8])
    return dict(
        lang=lang, title=p["title"], title_fr=p.get("title_fr"), cls=cls,
        job_code=str(rng.randint(100120, 104990)) if rng.random() < 0.45 else None,
        pos=str(rng.randint(10 ** (ndig - 1) + 1, 10 ** ndig - 1)),
        eff=datetime.date(rng.randint(2011, 2024), rng.randint(1, 12), rng.randint(1, 28)),
        sup_num=str(rng.randint(10000, 99999999)) if rng.random() < 0.72 else None,
        sup_title=p["sup"][0], sup_cls=p["sup"][1], reports=reports, fte=fte,
        salary=int(salary), om=om, total=int(salary) + om,
        program=rng.randint(20, 1500) * 100000 if rng.random() < 0.3 else None,
        loc=p["loc"], dept=p["dept"], branch=p["branch"],
        budget_mode=rng.choice(["split", "split", "split", "split", "total-only"]),
        sup_mode=rng.choice(["fields", "fields", "fields", "sentence"]),
        template=rng.choice(["classic", "classic", "classic", "csr"]),
    )


def names(k):
    return rng.sample(texts.NAMES, k)


# ------------------------------------------------------------------ the logical document
LABELS_EN = {
    "title": ["Position Title", "Title", "Job Title", "Position title", "Official Title"],
    "cls": ["Classification", "Group and Level", "Group/Level", "Level", "Classification (group-level)"],
    "job_code": ["Job Code", "Position Job Code", "Generic Job Code", "Job Code No."],
    "pos": ["Position Number", "Position No.", "Position #", "Pos. No.", "Position ID"],
    "eff": ["Effective Date", "Effective date", "Date Effective", "Effective"],
    "dept": ["Department", "Organization", "Department/Agency"],
    "branch": ["Branch", "Sector", "Branch/Sector"],
    "loc": ["Location", "Geographic Location", "Work Location", "Location (city)"],
    "sup_num": ["Supervisor's Position No.", "Supervisor Position Number", "Reports to (Position #)",
                "Supervisor's Position Number"],
    "sup_title": ["Supervisor's Position Title", "Supervisor Title", "Reports to", "Reports To (Title)"],
    "sup_cls": ["Supervisor's Classification", "Supervisor Group/Level", "Supervisor's Level"],
}
LABELS_FR = {
    "title": ["Titre du poste", "Titre", "Intitulé du poste"],
    "cls": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
    "job_code": ["Code d'emploi", "Numéro du code d'emploi", "No de la description type"],
    "pos": ["Numéro du poste", "No du poste", "N° de poste"],
    "eff": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le"],
    "dept": ["Ministère", "Organisation"],
    "branch": ["Direction générale", "Secteur"],
    "loc": ["Lieu", "Lieu de travail", "Emplacement géographique"],
    "sup_num": ["Numéro du poste du superviseur", "No du poste du (de la) superviseur(e)", "Relève de (no de poste)"],
    "sup_title": ["Titre du poste du superviseur", "Titre du poste du (de la) superviseur(e)", "Relève de"],
    "sup_cls": ["Classification du superviseur", "Groupe et niveau du superviseur"],
}
BI_LABELS = {
    "title": "Position Title / Titre du poste", "cls": "Classification", "job_code": "Job Code / Code d'emploi",
    "pos": "Position Number / Numéro du poste", "eff": "Effective Date / Date d'entrée en vigueur",
    "dept": "Department / Ministère", "branch": "Branch / Direction générale", "loc": "Location / Lieu",
    "sup_num": "Supervisor's Position No. / No du poste du superviseur",
    "sup_title": "Supervisor's Title / Titre du superviseur", "sup_cls": "Supervisor's Classification / Classification du superviseur",
}
HEAD_EN = {"ga": ["General Accountability", "GENERAL ACCOUNTABILITY", "Purpose", "Position Summary"],
           "org": ["Organization Structure", "Organizational Structure", "ORGANIZATION STRUCTURE", "Structure"],
           "ns": ["Nature and Scope", "NATURE & SCOPE", "Context and Challenges"],
           "dims": ["Dimensions", "DIMENSIONS", "Key Dimensions", "Financial and Human Resources"],
           "sa": ["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Responsibilities"],
           "csr": ["Client Service Results", "CLIENT SERVICE RESULTS"], "ka": ["Key Activities", "KEY ACTIVITIES"]}
HEAD_FR = {"ga": ["Responsabilité générale", "RAISON D'ÊTRE", "Sommaire du poste"],
           "org": ["Structure organisationnelle", "STRUCTURE DE L'ORGANISATION"],
           "ns": ["Nature et étendue", "Contexte et défis"],
           "dims": ["Dimensions", "DIMENSIONS", "Ressources"],
           "sa": ["Responsabilités spécifiques", "RESPONSABILITÉS PRINCIPALES"],
           "csr": ["Résultats axés sur le service à la clientèle"], "ka": ["Activités principales"]}
DIM_EN = {"fte": ["FTEs", "Full-time equivalents", "Number of employees", "FTE's"],
          "sal": ["Salary", "Salaries", "Salary budget", "Salary Dollars"],
          "om": ["O&M", "Operating and Maintenance", "O&M budget", "Non-salary O&M"],
          "tot": ["Total", "Total budget", "Total operating budget", "Total (Salary + O&M)"],
          "only": ["Operating budget (salary and O&M)", "Combined salary and O&M budget", "Budget"],
          "prog": ["Grants and contributions", "Program budget", "G&C budget"]}
DIM_FR = {"fte": ["ETP", "Équivalents temps plein", "Effectif"],
          "sal": ["Salaires", "Budget salarial", "Masse salariale"],
          "om": ["F et E", "Fonctionnement et entretien", "Budget de F et E"],
          "tot": ["Total", "Budget total"], "only": ["Budget de fonctionnement (salaires et F et E)"],
          "prog": ["Subventions et contributions", "Budget des programmes"]}


def build(p, f, opts=None):
    """The document's content as a plain structure, its notations chosen for this document."""
    o = dict(opts or {})
    lang = f["lang"]
    bi = p["lang"] == "bilingual"
    L = LABELS_FR if lang == "fr" else LABELS_EN
    H = HEAD_FR if lang == "fr" else HEAD_EN
    D = DIM_FR if lang == "fr" else DIM_EN
    cstyle = o.get("cstyle") or rng.choice(["dash", "dash", "dash", "space", "short", "none"])
    dstyle = o.get("dstyle") or rng.choice(["long", "long", "iso", "dmy", "dots"] if lang == "fr" else
                                           ["long", "long", "iso", "dmy", "abbr", "ord", "slash", "us", "oracle"])
    astyle = o.get("astyle") or rng.choice(["full", "M", "M", "cents", "k"] if lang == "fr" else
                                           ["full", "full", "M", "M", "K", "million", "cents"])
    fstyle = rng.choice(["etp", "etp", "eff"] if lang == "fr" else ["ftes", "ftes", "fte", "staff", "emp", "fte's"])
    rstyle = o.get("rstyle") or rng.choice(["A", "A", "B", "C", "D", "E"] if lang == "en" else ["A", "B", "C"])
    lab = {k: (BI_LABELS[k] if bi else rng.choice(v)) for k, v in L.items()}
    fields = [("title", lab["title"], f["title"])]
    if bi:
        fields.append(("title_fr", "Titre du poste (français)", f["title_fr"]))
    fields.append(("cls", lab["cls"], fmt_cls(f["cls"], cstyle)))
    if f["job_code"]:
        fields.append(("job_code", lab["job_code"], f["job_code"]))
    fields.append(("pos", lab["pos"], f["pos"]))
    fields.append(("eff", lab["eff"], fmt_date(f["eff"], dstyle, lang)))
    tail = [("dept", lab["dept"], f["dept"]), ("branch", lab["branch"], f["branch"]), ("loc", lab["loc"], f["loc"])]
    sup = []
    if f["sup_mode"] == "fields":
        if f["sup_num"]:
            sup.append(("sup_num", lab["sup_num"], f["sup_num"]))
        sup.append(("sup_title", lab["sup_title"], f["sup_title"]))
        sup.append(("sup_cls", lab["sup_cls"], fmt_cls(f["sup_cls"], cstyle)))
    order = rng.choice(["a", "b", "c"])
    if order == "a":
        fields = fields + tail + sup
    elif order == "b":
        fields = fields[:1] + tail[:2] + fields[1:] + [tail[2]] + sup
    else:
        fields = fields + sup + tail
    T = f["title"].split(",")[0]
    a = p["area"]
    de_area = ("des " + a[4:] if a.startswith("les ") else "du " + a[3:] if a.startswith("le ") else "de " + a)
    a_area = ("aux " + a[4:] if a.startswith("les ") else "au " + a[3:] if a.startswith("le ") else "à " + a)
    fmt = dict(T=T, area=a, de_area=de_area, a_area=a_area, dept=f["dept"], short=p["short"], sup=f["sup_title"])
    ga = rng.choice(texts.GA_FR if lang == "fr" else texts.GA_EN).format(**fmt)
    ns = [s.format(**fmt) for s in rng.sample(texts.NS_FR if lang == "fr" else texts.NS_EN, 2)]
    sa_pool = texts.SA_FR if lang == "fr" else texts.SA_EN
    sa = [s.format(**fmt) for s in rng.sample(sa_pool, rng.randint(5, min(8, len(sa_pool))))]
    n = len(f["reports"])
    if lang == "fr":
        org = f"Le poste de {f['title']} compte {n} subalternes directs :"
    else:
        org = rng.choice([f"The following positions report to the {f['title']}:",
                          f"Reporting to the {T} are:", f"The position has {n} direct reports:",
                          f"Direct reports ({n}):"])
    supsent = None
    if f["sup_mode"] == "sentence":
        num = f", position {f['sup_num']}" if f["sup_num"] and lang == "en" else (
            f" (poste no {f['sup_num']})" if f["sup_num"] else "")
        if lang == "fr":
            supsent = f"Le titulaire relève du {f['sup_title']} ({fmt_cls(f['sup_cls'], cstyle)}){num}."
        else:
            supsent = f"The {T} reports to the {f['sup_title']} ({fmt_cls(f['sup_cls'], cstyle)}){num}."
    reports = [fmt_report(r, rstyle, lang, cstyle, fstyle) for r in f["reports"]]
    dims = [(rng.choice(D["fte"]), str(f["fte"]))]
    if f["budget_mode"] == "split":
        dims += [(rng.choice(D["sal"]), fmt_amount(f["salary"], astyle, lang)),
                 (rng.choice(D["om"]), fmt_amount(f["om"], astyle, lang)),
                 (rng.choice(D["tot"]), fmt_amount(f["total"], astyle, lang))]
    else:
        dims += [(rng.choice(D["only"]), fmt_amount(f["total"], astyle, lang))]
    if f["program"]:
        dims.append((rng.choice(D["prog"]), fmt_amount(f["program"], astyle, lang)))
    heads = {k: rng.choice(v) for k, v in H.items()}
    if bi:
        heads = {k: f"{HEAD_EN[k][0]} / {HEAD_FR[k][0]}" for k in H}
    sep = rng.choice([" : ", NBSP + ": ", ": "]) if lang == "fr" else ": "
    return dict(lang=lang, bi=bi, fields=fields, H=heads, ga=ga, ns=ns, sep=sep,
                sa=sa, org=org, supsent=supsent, reports=reports, report_rows=f["reports"], dims=dims,
                cstyle=cstyle, fstyle=fstyle, template=f["template"], T=T)


def sections(doc):
    """(heading, paragraphs, list items, numbered?) in the document's order."""
    H = doc["H"]
    org_paras = ([doc["supsent"]] if doc["supsent"] else []) + [doc["org"]]
    out = []
    if doc["template"] == "csr":
        out.append((H["csr"], [], [doc["ga"]] + [doc["ns"][1]], False))
        out.append((H["org"], org_paras, doc["reports"], False))
        out.append((H["dims"], [], [f"{k}: {v}" for k, v in doc["dims"]], False))
        out.append((H["ka"], [], doc["sa"], True))
    else:
        out.append((H["ga"], [doc["ga"]], [], False))
        out.append((H["org"], org_paras, doc["reports"], False))
        out.append((H["ns"], doc["ns"], [], False))
        out.append((H["dims"], [], [f"{k}: {v}" for k, v in doc["dims"]], False))
        out.append((H["sa"], [], doc["sa"], True))
    return out


def certification(lang, who):
    if lang == "fr":
        return ["Certification", "Je certifie que la présente description de travail est exacte.",
                f"Titulaire : {who[0]}", f"Superviseur(e) : {who[1]}"]
    return ["Certification", "The foregoing is an accurate and complete statement of the duties assigned to the position.",
            f"Incumbent: {who[0]}", f"Supervisor: {who[1]}"]


# ------------------------------------------------------------------ plain text body (shared)
def plain_body(doc, rng_layout, width=None, bullet="- ", cert=None):
    lines = []
    layout = rng_layout
    title = "DESCRIPTION DE TRAVAIL – CADRE (EX)" if doc["lang"] == "fr" else rng.choice(
        ["EXECUTIVE WORK DESCRIPTION", "Work Description", "JOB DESCRIPTION - EX", "Position Description"])
    lines += [title, ""]
    for key, label, value in doc["fields"]:
        if layout == "next":
            lines += [label, "    " + value]
        elif layout == "dots":
            lines.append(f"{label} {'.' * max(3, 34 - len(label))} {value}")
        else:
            lines.append(f"{label}{doc['sep']}{value}")
    lines.append("")
    for head, paras, items, numbered in sections(doc):
        lines += [head, ""]
        for para in paras:
            lines += [para, ""]
        for i, item in enumerate(items, 1):
            lines.append(f"{i}. {item}" if numbered else f"{bullet}{item}")
        if items:
            lines.append("")
    if cert:
        lines += cert + [""]
    if width:
        lines = wrap_lines(lines, width)
    return lines


def wrap_lines(lines, width):
    out = []
    for line in lines:
        if len(line) <= width:
            out.append(line)
            continue
        indent = ""
        if line[:2] in ("- ", "* ") or (line[:1].isdigit() and ". " in line[:4]):
            indent = "   "
        out += textwrap.wrap(line, width, subsequent_indent=indent, break_on_hyphens=False) or [""]
    return out


# ------------------------------------------------------------------ e-mail
def email(p, f, i):
    lang = f["lang"]
    doc = build(p, f)
    ppl = names(4)
    sender, to, cc, boss = ppl
    dom = p.get("domain", "gc.ca")

    def addr(n):
        first, last = n.split(" ", 1)
        ascii_ = unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore").decode()
        return f"{last}, {first} ({p['short']})", f"{ascii_}@{dom}".lower().replace(" ", "").replace("'", "")

    sent = f["eff"] - datetime.timedelta(days=rng.randint(3, 40))
    hh, mm = rng.randint(8, 16), rng.randint(0, 59)
    subj_cls = fmt_cls(f["cls"], "dash")
    key = p["key"]
    cert = certification(lang, [rng.choice(texts.NAMES), boss]) if rng.random() < 0.35 else None
    people = [sender, to, boss] + ([cert[2].split(": ", 1)[1]] if cert else [])
    body = plain_body(doc, rng.choice(["one", "one", "next"]), width=None, cert=cert)
    greet_en = [rng.choice([f"Hi {to.split()[0]},", f"Hello {to.split()[0]},", f"{to.split()[0]},"]), "",
                rng.choice([
                    f"As discussed, please find below the final version of the work description for "
                    f"the {f['title']} position ({subj_cls}). {boss} has approved the content; it can go "
                    f"to the classification committee next week.",
                    f"Below is the WD for {f['title']} ({subj_cls}) as {boss} sent it to me. I pasted it "
                    f"in the message because the attachment was blocked by the mail filter.",
                    f"Forwarding the work description we talked about this morning. This is the version "
                    f"{boss} signed off on; the dimensions were updated with this year's figures."]), "",
                "Let me know if you need the Word version.", "", "Thanks,", sender.split()[0], "",
                sender, rng.choice(["Senior Classification Advisor", "A/Manager, Executive Classification",
                                    "HR Advisor, Executive Services"]),
                f"{f['dept']} / Government of Canada", f"Tel: 613-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}", ""]
    greet_fr = [f"Bonjour {to.split()[0]},", "",
                f"Tel que convenu, voici la version finale de la description de travail du poste de "
                f"{f['title']} ({subj_cls}). {boss} a approuvé le contenu.", "", "Merci,", sender.split()[0], "",
                sender, "Conseillère principale en classification", f"{f['dept']} / Gouvernement du Canada", ""]
    greet = wrap_lines(greet_fr if lang == "fr" else greet_en, 72)
    intro = greet[:greet.index("", 2)] + [""]
    wd = DAYS_FR if lang == "fr" else DAYS_EN
    crlf = False
    enc = "utf-8"
    s_name, s_addr = addr(sender)
    t_name, t_addr = addr(to)
    c_name, c_addr = addr(cc)
    if key in ("e1", "e5", "e6", "e10"):
        # Outlook: "Save As" text; the description unquoted under the original message header
        crlf = True
        enc = "cp1252" if key == "e5" else "utf-8"
        wrapped = wrap_lines(body, 72)
        date = f"{wd[sent.weekday()]}, {MONTHS_EN[sent.month - 1]} {sent.day}, {sent.year} {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
        head = [f"From:\t{s_name} <{s_addr}>", f"Sent:\t{date}", f"To:\t{t_name} <{t_addr}>",
                f"Cc:\t{c_name} <{c_addr}>", f"Subject:\tFW: WD - {f['title']} ({subj_cls}) - FINAL", ""]
        if key == "e6":
            # Lotus Notes style forward
            head = [f"----- Forwarded by {sender}/{p['short']}/GC on {sent.isoformat()} {hh:02d}:{mm:02d} -----", "",
                    f"{boss}/{p['short']}/GC", f"{sent.isoformat()} 09:12 AM", "",
                    f"To: {sender}/{p['short']}/GC@GC", f"cc: {cc}/{p['short']}/GC@GC",
                    f"Subject: WD {f['title']}", ""]
        prefix = greet[:-1] if key != "e10" else greet[:greet.index("Thanks,") + 2]
        text = prefix + ([""] if key == "e6" else ["", "-----Original Message-----"]) + head + wrapped
        people.append(cc)
        if key == "e10":
            # the forwarded part was decoded as cp1252 somewhere along the way
            smart = [ln.replace("'", "’").replace(" - ", " – ") for ln in head + wrapped]
            text = prefix + ["", "-----Original Message-----"] + [
                ln.encode("utf-8").decode("cp1252", errors="replace") for ln in smart]
    elif key in ("e2", "e8"):
        # web mail: the forwarded description quoted with "> "
        wrapped = wrap_lines(body, 70)
        if lang == "fr":
            intro = f"Le {wd[sent.weekday()]} {sent.day} {MONTHS_FR[sent.month - 1]} {sent.year}, à {hh} h {mm:02d}, {sender} <{s_addr}> a écrit :"
            text = [f"Bonjour,", "", "Voir ci-dessous, pour le dossier.", "", to, "", intro] + ["> " + ln if ln else ">" for ln in wrapped]
        else:
            text = ["---------- Forwarded message ---------", f"From: {sender} <{s_addr}>",
                    f"Date: {wd[sent.weekday()][:3]}, {MONTHS_EN[sent.month - 1][:3]} {sent.day}, {sent.year} at {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
                    f"Subject: WD for {f['title']}", f"To: {to} <{t_addr}>", ""] + intro + [
                        "> " + ln if ln else ">" for ln in wrapped]
    elif key == "e3":
        # message source saved as text: headers, quoted-printable body
        plain = "\n".join(greet + wrap_lines(body, 76)) + "\n"
        qp = quopri.encodestring(plain.encode("utf-8")).decode("ascii")
        text = ["Return-Path: <" + s_addr + ">", f"Received: from mail.{dom} ([10.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}])",
                f"From: \"{s_name}\" <{s_addr}>", f"To: \"{t_name}\" <{t_addr}>",
                f"Subject: =?utf-8?Q?WD_=E2=80=93_{f['title'].replace(' ', '_').replace(',', '=2C')}?=",
                f"Date: {wd[sent.weekday()][:3]}, {sent.day} {MONTHS_EN[sent.month - 1][:3]} {sent.year} {hh:02d}:{mm:02d}:{rng.randint(10, 59)} +0000",
                "MIME-Version: 1.0", "Content-Type: text/plain; charset=\"utf-8\"",
                "Content-Transfer-Encoding: quoted-printable", ""] + qp.split("\n")
    elif key == "e4":
        # forwarded twice: "> >" quoting, two headers
        wrapped = wrap_lines(body, 68)
        inner = [f"On {MONTHS_EN[sent.month - 1]} {sent.day}, {sent.year}, at {hh}:{mm:02d}, {boss} <{addr(boss)[1]}> wrote:"]
        text = intro + [f"-------- Original message --------", f"From: {sender} <{s_addr}>",
                            f"Date: {sent.isoformat()} {hh + 1:02d}:{mm:02d} (GMT-05:00)", f"To: {to} <{t_addr}>",
                            f"Subject: Fwd: {f['title']} - WD", "", "> FYI - see the version the DG's office signed off on.", ">",
                            "> " + inner[0], ">"] + ["> > " + ln if ln else "> >" for ln in wrapped]
    elif key == "e7":
        crlf = True
        enc = "utf-8-sig"
        wrapped = wrap_lines(body, 72)
        date = f"{wd[sent.weekday()]} {sent.day} {MONTHS_FR[sent.month - 1]} {sent.year} {hh}:{mm:02d}"
        text = greet[:-1] + ["", "De : " + f"{s_name} <{s_addr}>", f"Envoyé : {date}", f"À : {t_name} <{t_addr}>",
                              f"Objet : TR: DT - {f['title']} ({subj_cls})", ""] + wrapped
    else:  # e9: plain-text mail with smart quotes, non-breaking spaces, label / value on two lines
        body = [ln.replace("'", "’").replace(": ", ":" + NBSP) for ln in body]
        wrapped = wrap_lines(body, 72)
        text = [f"Subject: “Final” WD – {f['title']}", f"From: {sender} <{s_addr}>", f"To: {to} <{t_addr}>", ""] + \
            [g.replace("'", "’") for g in greet] + ["", "=" * 60] + wrapped
    s = "\n".join(text).rstrip("\n") + "\n"
    if crlf:
        s = s.replace("\n", "\r\n")
    data = s.encode(enc, errors="replace") if enc != "utf-8-sig" else s.encode("utf-8-sig")
    return data, people


# ------------------------------------------------------------------ HR web system (tab-separated)
def hr_system(p, f, i):
    lang = f["lang"]
    doc = build(p, f, dict(astyle="plain" if i % 2 == 0 else None, dstyle="iso" if i % 3 == 0 else None))
    fr = lang == "fr"
    ppl = names(2)
    g, lv = f["cls"].split("-")
    run = f["eff"] + datetime.timedelta(days=rng.randint(30, 900))
    out = []
    if i % 2 == 0:
        out += [("Rapport de description de poste" if fr else "Position Description Report") + f"\t{'Date' if fr else 'Run Date'}: {run.isoformat()}\tPage 1 {'de' if fr else 'of'} 2", ""]
    out.append("Renseignements sur le poste" if fr else "Position Information")
    F = {k: (lab, v) for k, lab, v in doc["fields"]}
    if i % 2 == 0:
        # several fields a line, as the web form's grid copies
        out.append(f"{F['pos'][0]}\t{f['pos']}\t{'Statut' if fr else 'Status'}\t{'Actif' if fr else 'Active'}\t{F['eff'][0]}\t{F['eff'][1]}")
        out.append(f"{F['title'][0]}\t{f['title']}")
        if p["key"] in ("t2", "t5"):
            out.append(f"{'Groupe' if fr else 'Group'}\t{g}\t{'Niveau' if fr else 'Level'}\t{lv}\t{'Sous-groupe' if fr else 'Sub-Group'}\t")
        else:
            out.append(f"{F['cls'][0]}\t{F['cls'][1]}\t{'Plan de rémunération' if fr else 'Salary Plan'}\tEX\t{'Échelon' if fr else 'Grade'}\t{lv}")
        if f["job_code"]:
            out.append(f"{F['job_code'][0]}\t{f['job_code']}\t{'Langue' if fr else 'Language Req.'}\tCBC/CBC")
        out.append(f"{F['dept'][0]}\t{f['dept']}")
        out.append(f"{F['branch'][0]}\t{f['branch']}\t{'Code org.' if fr else 'Org Code'}\t{rng.randint(1000, 9999)}")
        out.append(f"{F['loc'][0]}\t{f['loc']}\t{'Code de lieu' if fr else 'Location Code'}\t{f['loc'][-2:]}{rng.randint(1000, 9999)}")
    else:
        for k, lab, v in doc["fields"]:
            if k.startswith("sup"):
                continue
            out.append(f"{lab}:\t{v}")
    out.append("")
    out.append("Superviseur" if fr else "Reports To")
    if f["sup_num"]:
        out.append(f"{'Poste du superviseur' if fr else 'Reports To Position'}\t{f['sup_num']}")
    out.append(f"{'Titre' if fr else 'Reports To Title'}\t{f['sup_title']}")
    out.append(f"{'Classification' if fr else 'Reports To Group/Level'}\t{fmt_cls(f['sup_cls'], doc['cstyle'])}")
    out.append(f"{'Titulaire' if fr else 'Incumbent'}\t{ppl[0]}")
    out.append("")
    sec = sections(doc)
    for head, paras, items, numbered in sec:
        if items is doc["reports"]:
            out.append(head)
            for para in paras:
                if not para.startswith(("The following", "Reporting", "Direct reports", "Le poste de", "The position has")):
                    out.append(para)
            cols = ["Poste", "Titre", "Groupe-niveau", "ETP"] if fr else ["Position", "Title", "Group-Level", "FTE"]
            out.append("\t".join(cols))
            for r in doc["report_rows"]:
                out.append("\t".join([str(rng.randint(10000, 99999999)), r["title"],
                                      fmt_cls(r["classification"], doc["cstyle"]) if r["classification"] else "",
                                      str(r["fte"]) if r["fte"] is not None else ""]))
            out.append("")
            continue
        if head == doc["H"]["dims"]:
            out.append(head)
            for k, v in doc["dims"]:
                out.append(f"{k}\t{v}")
            out.append("")
            continue
        out.append(head)
        text = " ".join(paras + items) if not numbered else None
        if text:
            out.append(f"\t{text}")
        else:
            for n, item in enumerate(items, 1):
                out.append(f"{n}\t{item}")
        out.append("")
    out.append(f"{'Dernière mise à jour par' if fr else 'Last Updated By'}\t{ppl[1]}\t{run.isoformat()} 14:{rng.randint(10, 59)}:{rng.randint(10, 59)}")
    crlf = i % 3 != 1
    s = "\n".join(out) + "\n"
    if crlf:
        s = s.replace("\n", "\r\n")
    enc = "cp1252" if i % 4 == 3 else "utf-8"
    return s.encode(enc), [ppl[0], ppl[1]]


# ------------------------------------------------------------------ lynx / w3m dump
def html_dump(p, f, i):
    lang = f["lang"]
    fr = lang == "fr"
    doc = build(p, f)
    links = []

    def link(text, url):
        links.append(url)
        return f"[{len(links)}]{text}"

    host = f"intranet.{p['short'].lower().replace(' ', '')}.gc.ca"
    lynx = i % 2 == 0
    out = []
    out.append("   " + link("Passer au contenu principal" if fr else "Skip to main content", f"https://{host}/#wb-cont"))
    out.append("")
    out.append("   " + link("Gouvernement du Canada" if fr else "Government of Canada", "https://www.canada.ca/"))
    out.append("   " + link("English" if fr else "Français", f"https://{host}/{'en' if fr else 'fr'}/"))
    out.append("")
    out.append("   " + " > ".join([link("Accueil" if fr else "Home", f"https://{host}/"),
                                   link("Ressources humaines" if fr else "Human Resources", f"https://{host}/hr"),
                                   link("Descriptions de travail EX" if fr else "EX work descriptions", f"https://{host}/hr/ex-wd")]))
    out.append("     " + "_" * 66)
    out.append("")
    out.append(f"{f['title']}" if lynx else f"{f['title']}\n{'=' * min(len(f['title']), 78)}")
    out.append("")
    ind = "   "
    if lynx:
        for k, lab, v in doc["fields"]:
            if k == "sup_title":
                v = link(v, f"https://{host}/hr/ex-wd/{f['sup_num'] or 'sup'}")
            out.append(f"{ind}{lab}: {v}")
    else:
        # w3m renders the two-column table with box drawing characters
        w1 = max(len(lab) for _, lab, _ in doc["fields"])
        w2 = max(len(v) for _, _, v in doc["fields"])
        out.append("┌" + "─" * (w1 + 2) + "┬" + "─" * (w2 + 2) + "┐")
        for n, (k, lab, v) in enumerate(doc["fields"]):
            out.append(f"│ {lab.ljust(w1)} │ {v.ljust(w2)} │")
            out.append(("├" + "─" * (w1 + 2) + "┼" + "─" * (w2 + 2) + "┤") if n < len(doc["fields"]) - 1 else
                       ("└" + "─" * (w1 + 2) + "┴" + "─" * (w2 + 2) + "┘"))
    out.append("")
    for head, paras, items, numbered in sections(doc):
        out.append(head)
        out.append("")
        for para in paras:
            out += [ind + ln for ln in textwrap.wrap(para, 74)] + [""]
        if items is doc["reports"] and not lynx and i % 3 == 0:
            cols = ["Poste", "Groupe", "ETP"] if fr else ["Position", "Group/Level", "FTEs"]
            w = max(len(r["title"]) for r in doc["report_rows"])
            out.append(ind + cols[0].ljust(w) + "  " + cols[1].ljust(11) + " " + cols[2])
            for r in doc["report_rows"]:
                out.append(ind + r["title"].ljust(w) + "  " + (fmt_cls(r["classification"], doc["cstyle"]) if r["classification"] else "").ljust(11)
                           + " " + (str(r["fte"]) if r["fte"] is not None else ""))
            out.append("")
            continue
        for n, item in enumerate(items, 1):
            first = f"{ind}{n:>2}. " if numbered else f"{ind}  * "
            wrapped = textwrap.wrap(item, 74 - len(first), break_on_hyphens=False)
            out.append(first + wrapped[0])
            out += [" " * len(first) + ln for ln in wrapped[1:]]
        if items:
            out.append("")
    d = f["eff"] + datetime.timedelta(days=rng.randint(10, 400))
    out.append(f"{ind}{'Date de modification' if fr else 'Date modified'}: {d.isoformat()}")
    out.append("")
    if lynx:
        out.append("References")
        out.append("")
        out += [f"{n:>4}. {u}" for n, u in enumerate(links, 1)]
    s = "\n".join(out) + "\n"
    return s.encode("utf-8"), []


# ------------------------------------------------------------------ Word "Save As" text
def word_text(p, f, i):
    lang = f["lang"]
    fr = lang == "fr"
    doc = build(p, f)
    who = names(2)
    out = []
    if doc["bi"]:
        out += ["Description de travail – Groupe de la direction (EX)\tExecutive Group Work Description", ""]
    else:
        out += ["DESCRIPTION DE TRAVAIL" if fr else rng.choice(["EXECUTIVE GROUP POSITION DESCRIPTION", "Work Description – EX Group"]), ""]
    F = doc["fields"]
    if i % 2 == 0:
        # the header table, two label/value pairs a row
        for n in range(0, len(F), 2):
            row = []
            for k, lab, v in F[n:n + 2]:
                row += [lab + ":", v]
            out.append("\t".join(row))
    else:
        for k, lab, v in F:
            out.append(f"{lab}\t{v}")
    out.append("")
    bullet = "•\t" if i % 3 else "o\t"
    for head, paras, items, numbered in sections(doc):
        out.append(head)
        out += paras
        if items is doc["reports"] and i % 2 == 1:
            cols = ["Title / Titre", "Group and level", "FTEs / ETP"] if doc["bi"] else (
                ["Titre", "Groupe et niveau", "ETP"] if fr else ["Position", "Classification", "FTEs"])
            out.append("\t".join(cols))
            for r in doc["report_rows"]:
                out.append("\t".join([r["title"], fmt_cls(r["classification"], doc["cstyle"]) if r["classification"] else "",
                                      str(r["fte"]) if r["fte"] is not None else ""]))
        else:
            for n, item in enumerate(items, 1):
                out.append(f"{n}.\t{item}" if numbered else f"{bullet}{item}")
        out.append("")
    if i % 2 == 0:
        out += certification(lang, who)
        people = who
    else:
        out += ["Signature du gestionnaire\tDate" if fr else "Manager's signature\tDate", "_______________________\t__________"]
        people = []
    s = "\r\n".join(out) + "\r\n"
    s = s.replace("'", "’") if i % 2 == 0 else s
    if i % 3 == 1:
        return s.encode("utf-8-sig"), people
    if i % 3 == 2 and not fr and not doc["bi"]:
        return s.replace("\r\n", "\n").encode("utf-8"), people
    return s.encode("cp1252"), people


# ------------------------------------------------------------------ wiki / SharePoint Markdown
def md_escape(s):
    return s.replace("$", "\\$").replace("[", "\\[").replace("]", "\\]").replace("'", "’")


def markdown(p, f, i):
    doc = build(p, f)
    fr = f["lang"] == "fr"
    out = []
    style = i % 4
    if style == 0:  # wiki page with front matter
        out += ["---", f"title: \"{f['title']}\"", f"author: {names(1)[0]}", f"date: {(f['eff'] + datetime.timedelta(days=3)).isoformat()}",
                "tags: [ex, work-description, classification]", "---", ""]
        people = [out[2].split(": ", 1)[1]]
    else:
        people = []
    out.append(f"# {f['title']}" + (f" / {f['title_fr']}" if doc["bi"] and style == 1 else ""))
    out.append("")
    if style == 1:  # SharePoint list exported: a table with <br> and entities
        out += ["| Field / Champ | Value / Valeur |" if doc["bi"] else "| Field | Value |", "|---|---|"]
        for k, lab, v in doc["fields"]:
            out.append(f"| {lab.replace('&', '&amp;')} | {v.replace('&', '&amp;').replace(' ', '&nbsp;', 1) if k == 'loc' else v} |")
    elif style == 2:  # pandoc from Word: escaped characters, bold labels
        for k, lab, v in doc["fields"]:
            out.append(f"**{lab}:** {md_escape(v)}  ")
    else:
        for k, lab, v in doc["fields"]:
            out.append(f"- **{lab}**: {v}")
    out.append("")
    for head, paras, items, numbered in sections(doc):
        out.append(("## " if style != 2 else "") + head)
        if style == 2:
            out.append("-" * len(head))
        out.append("")
        for para in paras:
            out += [md_escape(para) if style == 2 else para, ""]
        if items is doc["reports"] and style == 1:
            out += ["| Position | Classification | FTE |", "|---|---|---|"]
            for r in doc["report_rows"]:
                out.append(f"| {r['title']} | {r['classification'] or ''} | {r['fte'] if r['fte'] is not None else ''} |")
            out.append("")
            continue
        for n, item in enumerate(items, 1):
            item = md_escape(item) if style == 2 else item
            out.append(f"{n}. {item}" if numbered else f"* {item}")
        if items:
            out.append("")
    if style == 3:
        who = names(2)
        out += ["---", "", f"*Approved by {who[0]}, {f['sup_title']}* | *Last edited by {who[1]}*", ""]
        people += who
    s = "\n".join(out)
    return s.encode("utf-8"), people


# ------------------------------------------------------------------ docx
def docx_bytes(build_fn):
    import docx
    d = docx.Document()
    build_fn(d)
    cp = d.core_properties
    fixed = datetime.datetime(2024, 1, 15, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "hrkit bench"
    cp.author = "hrkit bench"
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_wd(p, f, i, signed):
    doc = build(p, f)
    fr = f["lang"] == "fr"
    who = names(2) if signed else []

    def fill(d):
        d.add_heading("Description de travail – Groupe de la direction" if fr else "Executive Work Description", 0)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, lab, v in doc["fields"]:
            row = t.add_row().cells
            row[0].text = lab
            row[1].text = v
        for head, paras, items, numbered in sections(doc):
            d.add_heading(head, 1)
            for para in paras:
                d.add_paragraph(para)
            if items is doc["reports"] and i % 2 == 0:
                rt = d.add_table(rows=1, cols=3)
                rt.style = "Table Grid"
                hdr = ["Poste", "Groupe et niveau", "ETP"] if fr else ["Position", "Group/Level", "FTEs"]
                for c, h in zip(rt.rows[0].cells, hdr):
                    c.text = h
                for r in doc["report_rows"]:
                    cells = rt.add_row().cells
                    cells[0].text = r["title"]
                    cells[1].text = r["classification"] or ""
                    cells[2].text = str(r["fte"]) if r["fte"] is not None else ""
                continue
            for item in items:
                d.add_paragraph(item, style="List Number" if numbered else "List Bullet")
        if signed:
            d.add_heading("Signatures", 1)
            st = d.add_table(rows=2, cols=3)
            st.style = "Table Grid"
            for c, h in zip(st.rows[0].cells, ["Titulaire" if fr else "Incumbent", "Superviseur" if fr else "Supervisor", "Date"]):
                c.text = h
            st.rows[1].cells[0].text = who[0]
            st.rows[1].cells[1].text = who[1]
            st.rows[1].cells[2].text = (f["eff"] - datetime.timedelta(days=2)).isoformat()
    return docx_bytes(fill), who


# ------------------------------------------------------------------ pdf
def pdf_wd(p, f, i):
    doc = build(p, f, dict(cstyle="dash"))
    lines = plain_body(doc, "one", width=100, bullet="- ")
    who = names(2)
    lines += ["Incumbent / Titulaire: " + who[0] if doc["bi"] else "Incumbent: " + who[0],
              "Approved by / Approuvé par: " + who[1] if doc["bi"] else "Approved by: " + who[1]]
    footer = f"{p['short']} - {f['title'][:60]}"
    pages, page = [], []
    for ln in lines:
        page.append(ln)
        if len(page) >= 58:
            pages.append(page)
            page = []
    if page:
        pages.append(page)
    out = []
    for n, pg in enumerate(pages, 1):
        out.append("\n".join(pg + ["", f"{footer}    Page {n} of {len(pages)}"]))
    return pdf_bytes(out), who


# ------------------------------------------------------------------ documents to refuse
def refusals():
    docs = []
    n = names(8)
    # 1. an e-mail about the classification committee: titles and levels, no description
    s = "\r\n".join([
        f"From:\t{n[0].split()[1]}, {n[0].split()[0]} (ESDC/EDSC) <{n[0].lower().replace(' ', '.')}@hrsdc-rhdcc.gc.ca>",
        "Sent:\tThursday, February 9, 2023 3:14 PM",
        f"To:\tNC-EX-CLASS-GD <nc-ex-class-gd@hrsdc-rhdcc.gc.ca>",
        "Subject:\tEX Classification Committee - March 2 - agenda and documents due", "",
        "Hello all,", "",
        "The next EX Classification Committee will sit on March 2, 2023 at 1:30 PM (room 7-125,",
        "Place du Portage IV, and MS Teams). Work descriptions, organization charts and rationales",
        "are due to the secretariat by February 23. Items currently on the agenda:", "",
        "  1. Director, Labour Standards Operations (EX-01) - reclassification",
        "  2. Director General, Integrity Operations (EX-03) - new position",
        "  3. Executive Director, Program Delivery (EX-02) - update, no change in level", "",
        "Please use the current work description template (GCpedia, link below) and send the",
        "Word version, not a PDF.", "",
        "   https://www.gcpedia.gc.ca/wiki/EX_Work_Description_Template", "",
        "Thank you,", n[0].split()[0], "", n[0], "Secretary, EX Classification Committee", ""])
    docs.append(("RE_ EX Classification Committee - March 2 - documents due.txt", "email", "en", s.encode("cp1252"), [n[0]]))
    # 2. letter of offer (PDF with a text layer)
    letter = "\n".join([
        "Transport Canada / Transports Canada", "", "Ottawa, June 6, 2022", "", n[1], "Ottawa, Ontario", "",
        f"Dear {n[1].split()[0]}:", "",
        "Subject: Letter of offer - acting appointment, Director General, Marine Safety and Security (EX-03)", "",
        "I am pleased to offer you an acting appointment to the position of Director General, Marine Safety",
        "and Security, classified at the EX-03 level, position number 52917, in the Safety and Security Group",
        "at Transport Canada, Ottawa, Ontario, effective June 13, 2022 until December 16, 2022.", "",
        "Your salary will be within the EX-03 range, in accordance with the Directive on Executive Compensation.",
        "This offer is conditional on your maintaining a Secret security clearance.", "",
        "Please indicate your acceptance by signing below and returning a copy by June 10, 2022.", "",
        "Yours sincerely,", "", n[2], "Assistant Deputy Minister, Safety and Security", "",
        "I accept this offer of acting appointment.", "", f"{n[1]}            Date: ____________"])
    docs.append(("Letter of offer - acting DG MSS - signed.pdf", "pdf", "en", pdf_bytes([letter]), [n[1], n[2]]))
    # 3. a scan without a text layer
    docs.append(("scan_2023-04-11_094512.pdf", "pdf", "en", pdf_bytes(["", ""]), []))
    # 4. an org chart page exported from the wiki
    org = "\n".join([
        "# Policy and Programs Branch – Organization Chart", "",
        "_Last updated 2023-09-01 by " + n[3] + "_", "",
        "```", "                 Assistant Deputy Minister (EX-05)", "                        " + n[4], "                               |",
        "       +-----------------------+-----------------------+",
        "       |                       |                       |",
        " DG, Strategic Policy    DG, Program Design     DG, Results and Delivery",
        "     (EX-03)                 (EX-03)                  (EX-03)",
        "   " + n[5] + "          vacant              " + n[6], "```", "",
        "See the work descriptions in the classification library. Contact: " + n[3], ""])
    docs.append(("Org chart - Policy and Programs Branch (2023).md", "markdown", "en", org.encode("utf-8"), [n[3], n[4], n[5], n[6]]))
    # 5. minutes of a management committee, French, cp1252
    m = "\r\n".join([
        "COMPTE RENDU – Comité de gestion de la Direction générale", "Date : 14 février 2023, 9 h 30 à 11 h", "",
        f"Présents : {n[4]} (présidente), {n[5]}, {n[6]}, {n[7]}", "", "1. Adoption de l’ordre du jour",
        "\tL’ordre du jour est adopté sans modification.", "",
        "2. Descriptions de travail des cadres (EX)",
        "\tLes descriptions de travail des postes EX-01 de la Direction doivent être mises à jour avant le 31 mars.",
        "\tLe poste de directeur, Opérations de la paye (EX-01) sera présenté au comité de classification.", "",
        "3. Budget 2023-2024", "\tLe budget de F et E de 1 250 000 $ est approuvé.", "",
        "Mesures de suivi", f"\t- {n[5]} : transmettre les descriptions à jour aux RH (31 mars)", ""])
    docs.append(("Compte rendu - Comité de gestion 2023-02-14.txt", "text-cp1252", "fr", m.encode("cp1252"), [n[4], n[5], n[6], n[7]]))

    # 6. a performance agreement (Word)
    def fill(d):
        d.add_heading("Executive Performance Agreement 2023-2024", 0)
        t = d.add_table(rows=4, cols=2)
        t.style = "Table Grid"
        for row, (a, b) in zip(t.rows, [("Executive", n[7]), ("Position", "Director, Climate Change Adaptation (EX-01)"),
                                        ("Supervisor", n[0]), ("Period", "April 1, 2023 to March 31, 2024")]):
            row.cells[0].text, row.cells[1].text = a, b
        d.add_heading("Commitments", 1)
        for c in ["Deliver the National Adaptation Strategy implementation plan by Q3.",
                  "Lead the renewal of the climate services partnership agreements.",
                  "Corporate commitment: complete mandatory training; advance employment equity objectives."]:
            d.add_paragraph(c, style="List Number")
        d.add_heading("Leadership competencies", 1)
        d.add_paragraph("Create vision and strategy; mobilize people; uphold integrity and respect; collaborate with "
                        "partners and stakeholders; promote innovation and guide change; achieve results.")
        d.add_paragraph(f"Signed: {n[7]}          Supervisor: {n[0]}")
    docs.append(("Performance Agreement 2023-24 - EX-01 FINAL.docx", "docx", "en", docx_bytes(fill), [n[7], n[0]]))
    return docs


# ------------------------------------------------------------------ file names and ground truth
FILENAMES = {
    "e1": "FW_ WD - Director, Labour Standards Operations (EX-01) - FINAL.txt",
    "e2": "Fwd WD for DG Marine Safety and Security.txt",
    "e3": "message source - ED NNHPD WD.txt",
    "e4": "Fwd_ Director, Collections Policy and Programs - WD.txt",
    "e5": "RE Asylum Policy director WD (EX-01).txt",
    "e6": "Fisheries Mgmt RD - work description from Notes.txt",
    "e7": "TR_ DT - Directrice, Opérations de la paye.txt",
    "e8": "Fwd DT DG Statistique de l'industrie.txt",
    "e9": "“Final” WD – Director, Climate Change Adaptation.txt",
    "e10": "FW DG Traveller Programs WD (2).txt",
    "t1": "PositionDescription_Network Ops.txt",
    "t2": "DG OEE - position details copied from system.txt",
    "t3": "Director Small Business Financing - HR system.txt",
    "t4": "Agri-Environmental Programs director - position report.txt",
    "t5": "Reintegration Programs (EX-01) position info.txt",
    "t6": "Poste - Directeur, Approvisionnement en services professionnels.txt",
    "t7": "Case Management Director - position export.txt",
    "t8": "DG CEPR position details.txt",
    "h1": "Field Unit Superintendent, Banff - intranet page.txt",
    "h2": "ED Operations Ontario Area (webpage).txt",
    "h3": "Director, Consular Operations – intranet.txt",
    "h4": "Directeur, Exploration spatiale - page intranet.txt",
    "h5": "ED Digital Policy - GCpedia dump.txt",
    "h6": "crime prevention director WD (web).txt",
    "h7": "DG Archives - work description page.txt",
    "w1": "Director, Enterprise Development WD.txt",
    "w2": "Program Integration Director - EX-01 - 2019.txt",
    "w3": "Directeur, Développement des affaires, Montérégie - WD bilingue.txt",
    "w4": "DT Directrice, Programmes d'appui aux langues officielles.txt",
    "w5": "RDG Alberta Region - work description (final).txt",
    "w6": "Director R&D Aerospace WD.txt",
    "w7": "Director, Programs and Partnerships, SK.txt",
    "w8": "Labour Statistics Division director.txt",
    "m1": "DG Integrity Operations.md",
    "m2": "Director, Tax Legislation.md",
    "m3": "Vaccine Safety Surveillance Director - Directrice.md",
    "m4": "Superintendent SAR Western Region.md",
    "m5": "Prairie and Northern Weather Operations - Director.md",
    "m6": "Director, Controlled Substances Compliance (EX-01).md",
    "d2": "Directeur, Services aux contribuables, région du Québec (signée).docx",
    "d3": "Director, Civilian HR Operations - signed.docx",
    "p1": "Director, Regional Health Services, Ontario - bilingual.pdf",
    "p2": "RDG Real Property Pacific FINAL.pdf",
}
KIND = {"email": "email", "text-tabs": "text-tabs", "html-text": "html-text", "word-text": None,
        "markdown": "markdown", "docx": "docx", "pdf": "pdf"}


def truth(name, kind, lang, f, p, people, versions=None):
    fields = dict(
        title=f["title"], classification=f["cls"], job_code=f["job_code"], position_number=f["pos"],
        effective_date=f["eff"],
        supervisor=dict(position_number=f["sup_num"], title=f["sup_title"], classification=f["sup_cls"]),
        direct_reports=[dict(title=r["title"], classification=r["classification"], fte=r["fte"]) for r in f["reports"]],
        salary=f["salary"] if f["budget_mode"] == "split" else None,
        o_and_m=f["om"] if f["budget_mode"] == "split" else None,
        total=f["total"], location=f["loc"])
    ns = [k for k in ("job_code", "salary", "o_and_m") if fields[k] is None]
    if f["sup_num"] is None:
        ns.append("supervisor.position_number")
    also = dict(fte=f["fte"], operating_budget=None, program_budget=f["program"], provisional_number=None)
    if lang == "bilingual":
        also["title_fr"] = f["title_fr"]
    return dict(document=name, kind=kind, language=lang, outcome="import", fields=fields, not_stated=ns,
                also=also, people=sorted(set(people), key=people.index), versions=versions)


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    out = []  # (name, bytes, truth)
    counters = {}
    facts = {}
    for p in texts.POSITIONS:
        k = p["kind"]
        i = counters.get(k, 0)
        counters[k] = i + 1
        f = make_facts(p)
        facts[p["key"]] = (p, f)
        name = FILENAMES[p["key"]]
        if k == "email":
            data, people = email(p, f, i)
            kind = "email"
        elif k == "text-tabs":
            data, people = hr_system(p, f, i)
            kind = "text-tabs" if not data[:3] == b"\xef\xbb\xbf" else "text-tabs"
        elif k == "html-text":
            data, people = html_dump(p, f, i)
            kind = "html-text"
        elif k == "word-text":
            data, people = word_text(p, f, i)
            try:
                data.decode("utf-8")
                kind = "text"
            except UnicodeDecodeError:
                kind = "text-cp1252"
        elif k == "markdown":
            data, people = markdown(p, f, i)
            kind = "markdown"
        elif k == "docx":
            data, people = docx_wd(p, f, i, signed=True)
            kind = "docx"
        else:
            data, people = pdf_wd(p, f, i)
            kind = "pdf"
        out.append([name, data, truth(name, kind, p["lang"], f, p, people)])
    # a second version of e2: the signed Word file, and a duplicate of m2 saved twice
    p, f = facts["e2"]
    d1 = "DG Marine Safety and Security - WD - signed.docx"
    data, people = docx_wd(p, f, 1, signed=True)
    out.append([d1, data, truth(d1, "docx", "en", f, p, people)])
    e2 = FILENAMES["e2"]
    for row in out:
        if row[0] in (e2, d1):
            row[2]["versions"] = dict(documents=[e2, d1], newest=d1)
    m2 = FILENAMES["m2"]
    m7 = "Director, Tax Legislation (1).md"
    src = next(r for r in out if r[0] == m2)
    dup = dict(src[2], document=m7)
    out.append([m7, src[1], dup])
    for row in (src, out[-1]):
        row[2]["versions"] = dict(documents=[m2, m7], newest=None, identical=True)
    for name, kind, lang, data, people in refusals():
        out.append([name, data, dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None,
                                     not_stated=[], also=None, people=people, versions=None)])
    for row in out:
        if "2019" in row[0]:
            new = row[0].replace("2019", str(row[2]["fields"]["effective_date"].year))
            row[0], row[2]["document"] = new, new
    for name, data, t in out:
        (corpus / name).write_bytes(data)
        (expected / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")
    print(f"{len(out)} documents written to {corpus}")


if __name__ == "__main__":
    main()
