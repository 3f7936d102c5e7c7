#!/usr/bin/env python3
"""Write bench/import/blind118/: a western region's EX folder (AAFC research centres, Parks Canada
mountain and coastal field units, WD / PrairiesCan / PacifiCan offices, DFO Pacific and the Coast
Guard's Western Region), about 55 % OCR text, the rest Word files and a few PDFs, and the ground
truth for every document.  Deterministic: the same bytes on every run.

    /work/main/.venv/bin/python bench/import/blind118/make_blind.py
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import textwrap
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
from texts import DEPTS, NAMES, POSITIONS, PROSE, PROSE_FR, PROVINCE_FR  # noqa: E402

SEED = 118_2026

# ---------------------------------------------------------------------------- notations
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]


def fdate(iso: str, f: str) -> str:
    d = dt.date.fromisoformat(iso)
    m, dd, y = MONTHS[d.month - 1], d.day, d.year
    if f == "long":
        return f"{m} {dd}, {y}"
    if f == "ord":
        suf = "st" if dd in (1, 21, 31) else "nd" if dd in (2, 22) else "rd" if dd in (3, 23) else "th"
        return f"{m} {dd}{suf}, {y}"
    if f == "iso":
        return d.isoformat()
    if f == "dmy":
        return f"{dd} {m} {y}"
    if f == "abbr":
        return f"{m[:3]}. {dd}, {y}" if m != "May" else f"May {dd}, {y}"
    if f == "dmy_slash":  # only used with a day above 12
        assert dd > 12
        return f"{dd:02d}/{d.month:02d}/{y}"
    if f == "dot":
        return f"{y}.{d.month:02d}.{dd:02d}"
    if f == "caps":
        return f"{m.upper()} {dd}, {y}"
    if f == "ymd_slash":
        return f"{y}/{d.month:02d}/{dd:02d}"
    if f == "dmon":
        return f"{dd:02d}-{m[:3].upper()}-{y}"
    if f == "fr":
        return f"{'1er' if dd == 1 else dd} {MOIS[d.month - 1]} {y}"
    if f == "fr_le":
        return f"le {'1er' if dd == 1 else dd} {MOIS[d.month - 1]} {y}"
    raise ValueError(f)


def fcls(c: str, f: str) -> str:
    g, n = c.rsplit("-", 1)
    return {"std": c, "space": f"{g} {n}", "short": f"{g}-{int(n)}", "paren": f"({c})", "nodash": f"{g}{n}",
            "spaced": f"{g} - {n}", "title": c.capitalize() if g == "EX" else c}[f]


def _grp(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def famt(n: int, f: str) -> str:
    assert n % 10000 == 0, n
    m = n / 1_000_000
    ms = f"{m:.2f}".rstrip("0").rstrip(".")
    if f == "full":
        return f"${n:,}"
    if f == "M":
        return f"${ms}M"
    if f == "Msp":
        return f"${ms} M"
    if f == "million":
        return f"${ms} million"
    if f == "K":
        return f"${n // 1000:,}K"
    if f == "fr_full":
        return f"{_grp(n, ' ')} $"
    if f == "fr_cents":
        return f"{_grp(n, ' ')},00 $"
    if f == "fr_M":
        return f"{ms.replace('.', ',')} M$"
    if f == "fr_million":
        return f"{ms.replace('.', ',')} millions $" if m >= 2 else f"{ms.replace('.', ',')} million $"
    if f == "fr_k":
        return f"{_grp(n // 1000, ' ')} k$"
    raise ValueError(f)


def ffte(n: int, f: str) -> str:
    return {"FTEs": f"{n} FTEs", "FTE": f"{n} FTE", "FTE's": f"{n} FTE's", "staff": f"staff of {n}",
            "employees": f"{n} employees", "ETP": f"{n} ETP", "effectif": f"effectif de {n}",
            "positions": f"{n} positions"}[f]


# ---------------------------------------------------------------------------- labels and headings
L_EN = [
    dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number", date="Effective Date",
         dept="Department", branch="Branch", unit="Directorate", loc="Location", spos="Supervisor's Position Number",
         stitle="Supervisor's Position Title", scls="Supervisor's Classification", rto="Reports to"),
    dict(title="TITLE", cls="GROUP/LEVEL", job="JOB CODE", pos="POSITION NUMBER", date="EFFECTIVE DATE",
         dept="DEPARTMENT", branch="SECTOR", unit="DIVISION", loc="GEOGRAPHIC LOCATION", spos="SUPERVISOR POSITION NO.",
         stitle="SUPERVISOR TITLE", scls="SUPERVISOR GROUP/LEVEL", rto="REPORTS TO"),
    dict(title="Job Title", cls="Group and Level", job="Generic Job Code", pos="Position No.", date="Date Effective",
         dept="Organization", branch="Region", unit="Unit", loc="Work Location", spos="Supervisor Position No.",
         stitle="Supervisor Title", scls="Supervisor Group & Level", rto="Reporting to"),
    dict(title="Official Title", cls="Level", job="Job Number", pos="Pos. No.", date="Classification Effective Date",
         dept="Department/Agency", branch="Branch/Region", unit="Organization", loc="Geographical Location",
         spos="Immediate Supervisor (Position No.)", stitle="Immediate Supervisor", scls="Immediate Supervisor's Level",
         rto="Immediate Supervisor"),
]
L_FR = [
    dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro du poste",
         date="Date d'entrée en vigueur", dept="Ministère", branch="Direction générale", unit="Direction",
         loc="Lieu géographique", spos="Numéro du poste du superviseur", stitle="Titre du poste du superviseur",
         scls="Classification du superviseur", rto="Relève de"),
    dict(title="TITRE", cls="GROUPE ET NIVEAU", job="CODE DE L'EMPLOI", pos="NO DU POSTE", date="DATE DE PRISE D'EFFET",
         dept="ORGANISME", branch="SECTEUR", unit="UNITÉ", loc="LIEU DE TRAVAIL", spos="NO DU POSTE DU SURVEILLANT",
         stitle="TITRE DU SURVEILLANT", scls="GROUPE ET NIVEAU DU SURVEILLANT", rto="RELÈVE DE"),
]
H_EN = [
    dict(ga="General Accountability", org="Organization Structure", ns="Nature and Scope", dim="Dimensions",
         sa="Specific Accountabilities", cert="Certification", csr="Client Service Results", ka="Key Activities"),
    dict(ga="GENERAL ACCOUNTABILITY", org="ORGANIZATIONAL STRUCTURE", ns="NATURE & SCOPE", dim="DIMENSIONS",
         sa="SPECIFIC ACCOUNTABILITIES", cert="CERTIFICATION", csr="CLIENT SERVICE RESULTS", ka="KEY ACTIVITIES"),
    dict(ga="1. General Accountability", org="2. Organization Structure", ns="3. Nature and Scope",
         dim="4. Dimensions", sa="5. Specific Accountabilities", cert="6. Signatures", csr="1. Client Service Results",
         ka="2. Key Activities"),
    dict(ga="A) GENERAL ACCOUNTABILITY:", org="B) ORGANIZATION:", ns="C) NATURE AND SCOPE:", dim="D) DIMENSIONS:",
         sa="E) SPECIFIC ACCOUNTABILITIES:", cert="F) APPROVALS:", csr="A) CLIENT SERVICE RESULTS:",
         ka="B) KEY ACTIVITIES:"),
]
H_FR = [
    dict(ga="Responsabilité générale", org="Structure organisationnelle", ns="Nature et étendue", dim="Dimensions",
         sa="Responsabilités spécifiques", cert="Attestation", csr="Résultats axés sur le service à la clientèle",
         ka="Activités principales"),
    dict(ga="RESPONSABILITÉ GÉNÉRALE", org="ORGANISATION", ns="NATURE ET ÉTENDUE", dim="DIMENSIONS",
         sa="RESPONSABILITÉS PARTICULIÈRES", cert="SIGNATURES", csr="RÉSULTATS", ka="ACTIVITÉS PRINCIPALES"),
]
DIM_EN = [dict(fte="FTEs", sal="Salary", om="O&M", tot="Total", prog="Grants and Contributions"),
          dict(fte="Number of FTEs", sal="Salary budget", om="Operating and Maintenance", tot="Total operating budget",
               prog="G&C budget"),
          dict(fte="Human resources", sal="Salaries", om="O & M budget", tot="Total budget",
               prog="Program budget (Gs&Cs)")]
DIM_FR = [dict(fte="ETP", sal="Salaires", om="F et E", tot="Total", prog="Subventions et contributions"),
          dict(fte="Effectif", sal="Budget salarial", om="Fonctionnement et entretien", tot="Budget total",
               prog="Budget de programme (S et C)")]

DUTIES = [
    (r"Enforcement|Protection|Intelligence", "responsible for fishery officers, patrols, investigations and compliance"),
    (r"Associate Director|Research Manager|Directeur adjoint", "responsible for the research program and the management of the Centre's research scientists"),
    (r"Farm|Animal|Dairy|ferme", "responsible for the research farm, livestock herds, field plots and machinery"),
    (r"Business Office|Business Manager|Administrative|Finance|Bureau", "responsible for finance, administration, contracting and facilities"),
    (r"Research Operations|Research Support|Meat|Operations Manager", "responsible for laboratories, greenhouses and technical services"),
    (r"Conservation|Marine|Cultural", "responsible for ecological and cultural resource management, species at risk and fire management"),
    (r"Visitor", "responsible for visitor services, interpretation, campgrounds and outreach"),
    (r"Asset|Highway|Engineering|Avalanche", "responsible for highways, townsite utilities, buildings and public safety infrastructure"),
    (r"External|Indigenous|Realty|Community", "responsible for partnerships, Indigenous relations and external communications"),
    (r"Superintendent|Director|Area Director", "responsible for the management of the organization and the delivery of its programs"),
    (r"Business Development|Innovation|Productivity|Trade", "responsible for the business development portfolio and the assessment of funding proposals"),
    (r"Program|Policy|Planning|Analyst|Advisor|Coordination", "responsible for planning, policy advice and program coordination"),
    (r"Resource Management|Stock|Habitat|Species|Oceans|Hatchery|Enhancement|Aquaculture|Fish Health|Licensing", "responsible for the management of the program area, assessment and monitoring"),
]


def duty(title: str) -> str:
    for pat, text in DUTIES:
        if re.search(pat, title):
            return text
    return "responsible for the delivery of the unit's programs and services"


def short(title: str) -> str:
    return title.split(",")[0]


# ---------------------------------------------------------------------------- content model
# A document is a list of blocks: ("head", text) ("fields", [(label, value)]) ("h", text) ("p", text)
# ("li", marker, text) ("table", header, rows) ("sig", [lines]) ("sep",)

class Spec:
    def __init__(self, name, key, kind, lang, date, **st):
        self.name, self.key, self.kind, self.lang, self.date = name, key, kind, lang, date
        self.st = st


def pos_data(spec: Spec) -> dict:
    p = dict(POSITIONS[spec.key])
    p.update(spec.st.get("over", {}))
    return p


def loc_text(p, lang, form):
    prov = p["prov"] if lang != "fr" else PROVINCE_FR[p["prov"]]
    if form == "paren":
        return f"{p['city']} ({prov})", f"{p['city']}, {prov}"
    return f"{p['city']}, {prov}", f"{p['city']}, {prov}"


def build(spec: Spec, rng: random.Random):
    """Return (blocks, truth, people) for a work description."""
    st, p, lang = spec.st, pos_data(spec), spec.lang
    fr = lang == "fr"
    L = (L_FR if fr else L_EN)[st.get("lab", 0)]
    H = (H_FR if fr else H_EN)[st.get("hd", 0)]
    D = (DIM_FR if fr else DIM_EN)[st.get("dl", 0)]
    cf, df, af, ff = st.get("cf", "std"), st.get("df", "long"), st.get("af", "full"), st.get("ff", "FTEs")
    omit = set(st.get("omit", ()))
    title = p["title_fr"] if fr else p["title"]
    sup = p["sup"]
    stitle = sup[3] if fr and len(sup) > 3 else sup[1]
    dept_en, dept_fr = DEPTS[p["dept"]]
    dept = dept_fr if fr else dept_en
    people = []
    truth = dict(title=title, classification=p["cls"], job_code=None, position_number=None, effective_date=None,
                 supervisor=dict(position_number=None, title=stitle, classification=sup[2]), direct_reports=[],
                 salary=None, o_and_m=None, total=None, location=None)
    also = dict(fte=None, operating_budget=None, program_budget=None, provisional_number=None)
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
    blocks = []
    # ---- top of the form
    head = st.get("head")
    if head is None:
        head = ("DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION" if fr else
                rng.choice(["EXECUTIVE WORK DESCRIPTION", "EX WORK DESCRIPTION", "Executive Group Position Description",
                            "WORK DESCRIPTION - EXECUTIVE GROUP"]))
    blocks.append(("head", head))
    if st.get("dept_top"):
        blocks.append(("p", dept))
    fields = []
    fields.append((L["title"], title))
    fields.append((L["cls"], fcls(p["cls"], cf) + st.get("cls_suffix", "")))
    if p.get("job") and "job" not in omit:
        fields.append((L["job"], p["job"]))
        truth["job_code"] = p["job"]
    if "pos" in omit:
        fields.append((L["pos"], st.get("pos_text", "New")))
        also["provisional_number"] = st.get("pos_text", "New")
    else:
        fields.append((L["pos"], p["pos"]))
        truth["position_number"] = p["pos"]
    if spec.date and "date" not in omit:
        fields.append((L["date"], fdate(spec.date, df)))
        truth["effective_date"] = dt.date.fromisoformat(spec.date)
    elif "date" in omit:
        fields.append((L["date"], ""))
    if not st.get("dept_top"):
        fields.append((L["dept"], dept))
    fields.append((L["branch"], p.get("branch_fr", p["branch"]) if fr else p["branch"]))
    if st.get("unit_field", True):
        fields.append((L["unit"], p.get("unit_fr", p["unit"]) if fr else p["unit"]))
    loc_mode = st.get("loc", "header")
    lt, ltruth = loc_text(p, lang, st.get("locf", "comma"))
    if loc_mode == "header":
        fields.append((L["loc"], lt))
    if loc_mode:
        truth["location"] = ltruth
    supm = st.get("sup", "fields")
    if supm == "fields":
        fields += [(L["spos"], sup[0]), (L["stitle"], stitle), (L["scls"], fcls(sup[2], cf))]
        truth["supervisor"]["position_number"] = sup[0]
    elif supm == "reportsto":
        fields.append((L["rto"], f"{stitle} ({fcls(sup[2], 'std')})"))
    if st.get("order_fields"):
        fields = [fields[i] for i in st["order_fields"] if i < len(fields)] + [f for i, f in enumerate(fields) if i not in st["order_fields"]]
    blocks.append(("fields", fields))
    # ---- prose pieces
    dom = p["dom"]
    fill = dict(short=short(p["title"]).lower().join(["", ""]) if False else short(title), unit=p["unit"],
                sats=p.get("sats", ""), themes=p.get("themes", ""), places=p.get("places", ""),
                visitors=p.get("visitors", ""), nations=p.get("nations", ""), region=p.get("region", ""),
                region_fr=PROVINCE_FR.get(p.get("region", ""), p.get("region", "")), program=p.get("program", ""),
                area=p.get("area", ""))
    fill["short"] = "titulaire" if fr else short(title)
    if fr:
        fill["unit"] = p.get("unit_fr", p["unit"])
    if fr:
        bank = PROSE_FR[dom]
        ga = p.get("ga_fr") or bank["ga"].format(**fill)
        ns = bank["ns"][:]
        sa = bank["sa"][:]
        csr = None
    else:
        bank = PROSE[dom]
        ga = p.get("ga") or rng.choice(bank["ga"]).format(**fill)
        ns = [s.format(**fill) for s in bank["ns"]]
        rng.shuffle(ns)
        ns = ns[:rng.randint(3, len(ns))]
        sa = bank["sa"][:]
        rng.shuffle(sa)
        sa = sa[:rng.randint(5, len(sa))]
        csr = bank["csr"].format(**fill)
    # ---- organization
    org = []
    n_peers = rng.randint(3, 7)
    if fr:
        org.append(("p", f"Le titulaire est l'un des {n_peers} cadres qui relèvent {'de la' if stitle.startswith('Directrice') else 'du'} {stitle[0].lower() + stitle[1:]}."
                    if supm in ("fields", "reportsto") else
                    f"Le poste relève du {stitle[0].lower() + stitle[1:]} ({fcls(sup[2], cf)})."))
    else:
        if supm == "sentence":
            org.append(("p", f"The {short(title)} reports to the {stitle} ({fcls(sup[2], cf)}) and is one of {n_peers} senior managers on the {short(stitle)}'s management team."))
        elif supm == "sentence_pos":
            org.append(("p", f"The {short(title)} reports to the {stitle} ({fcls(sup[2], 'std')}, position no. {sup[0]})."))
            truth["supervisor"]["position_number"] = sup[0]
        elif supm == "sentence_nocls":
            org.append(("p", f"The position reports directly to the {stitle}."))
            truth["supervisor"]["classification"] = None
        else:
            org.append(("p", f"The {title} is one of {n_peers} positions reporting to the {stitle}."))
    reps = [((tf if fr and tf else t), None, c, n) for t, tf, c, n in p["reports"]]
    rm = st.get("rep", "paren")
    rep_truth = []
    intro = ("Les postes suivants relèvent du titulaire :" if fr else
             rng.choice([f"Reporting to the {short(title)} are:", f"The following positions report to the {short(title)}:",
                         "Direct reports:"]))
    if rm != "prose":
        org.append(("p", intro))
    if rm == "table":
        hdr = ["Titre du poste", "Groupe et niveau", "ETP"] if fr else ["Position", "Group/Level", "FTEs"]
        rows = [[t, fcls(c, "std"), str(n)] for t, _tf, c, n in reps]
        org.append(("table", hdr, rows))
        rep_truth = [dict(title=t, classification=c, fte=n) for t, _tf, c, n in reps]
    elif rm == "prose":
        parts = []
        for t, _tf, c, n in reps:
            parts.append(f"the {t} ({c}), with a staff of {n}" if not fr else f"le {t} ({c}), effectif de {n}")
        s = "; ".join(parts[:-1]) + ("; and " if not fr else "; et ") + parts[-1]
        org.append(("p", (f"Reporting to the {short(title)} are {s}." if not fr else f"Relèvent du titulaire : {s}.")))
        rep_truth = [dict(title=t, classification=c, fte=n) for t, _tf, c, n in reps]
    else:
        for i, (t, _tf, c, n) in enumerate(reps):
            cc = fcls(c, st.get("rcf", "std"))
            d = duty(t) if not fr else ""
            if rm == "paren":
                txt = f"{t} ({cc}, {ffte(n, ff)})" + (f": {d}." if d else "")
                tr = dict(title=t, classification=c, fte=n)
            elif rm == "clsfirst":
                txt = f"{cc} - {t} ({ffte(n, ff)})"
                tr = dict(title=t, classification=c, fte=n)
            elif rm == "endash":
                txt = f"{t} – {cc} – {ffte(n, ff)}"
                tr = dict(title=t, classification=c, fte=n)
            elif rm == "staffof":
                txt = f"{t} ({cc}), (staff of {n}) {d}." if not fr else f"{t} ({cc}), effectif de {n}"
                tr = dict(title=t, classification=c, fte=n)
            elif rm == "bare":
                txt = f"{t}" + (f" – {d}" if d else "")
                tr = dict(title=t, classification=None, fte=None)
            elif rm == "paren_nofte":
                txt = f"{t} ({cc})" + (f", {d}" if d else "")
                tr = dict(title=t, classification=c, fte=None)
            else:
                raise ValueError(rm)
            org.append(("li", st.get("marker", "-") if st.get("marker") != "num" else f"{i + 1}.", txt))
            rep_truth.append(tr)
    truth["direct_reports"] = rep_truth
    fte_total = sum(r[3] for r in reps) + st.get("fte_extra", 2)
    also["fte"] = fte_total
    # ---- dimensions
    dm = st.get("dims", "lines")
    sal, om = p["sal"], p["om"]
    tot = sal + om
    dims = []
    fte_s = (f"staff of {fte_total}" if ff == "staff" else str(fte_total))
    if dm == "lines":
        dims += [("li", "", f"{D['fte']}: {fte_s}"), ("li", "", f"{D['sal']}: {famt(sal, af)}"),
                 ("li", "", f"{D['om']}: {famt(om, af)}"), ("li", "", f"{D['tot']}: {famt(tot, af)}")]
        truth.update(salary=sal, o_and_m=om, total=tot)
    elif dm == "lines_fr":
        dims += [("li", "", f"{D['fte']} : {fte_total}"), ("li", "", f"{D['sal']} : {famt(sal, af)}"),
                 ("li", "", f"{D['om']} : {famt(om, af)}"), ("li", "", f"{D['tot']} : {famt(tot, af)}")]
        truth.update(salary=sal, o_and_m=om, total=tot)
    elif dm == "sentence":
        dims.append(("p", f"The {short(title)} manages {fte_total} FTEs, a salary budget of {famt(sal, af)} and an operating and maintenance budget of {famt(om, af)}, for a total of {famt(tot, af)}."))
        truth.update(salary=sal, o_and_m=om, total=tot)
    elif dm == "combined":
        dims += [("li", "", f"{D['fte']}: {fte_s}"), ("li", "", f"Combined Salary and O&M Budget: {famt(tot, af)}")]
        truth.update(total=tot)
    elif dm == "table":
        hdr = ["", "Budget"]
        rows = [[D["fte"], str(fte_total)], [D["sal"], famt(sal, af)], [D["om"], famt(om, af)], [D["tot"], famt(tot, af)]]
        dims.append(("table", hdr, rows))
        truth.update(salary=sal, o_and_m=om, total=tot)
    if p.get("prog") and st.get("prog", True):
        dims.append(("li", "", f"{D['prog']}{' :' if fr else ':'} {famt(p['prog'], af)}"))
        also["program_budget"] = p["prog"]
    # ---- certification
    inc = rng.choice(NAMES)
    signer = rng.choice([n for n in NAMES if n != inc])
    if st.get("force_people"):
        inc, signer = st["force_people"][:2]
    cert = []
    sig = st.get("sign", "full")
    if sig:
        if fr:
            cert.append(("p", "L'énoncé ci-dessus décrit fidèlement les fonctions attribuées au poste."))
        else:
            cert.append(("p", "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position."))
        lines = []
        if sig in ("full", "incumbent"):
            lines += [f"{'Titulaire' if fr else 'Incumbent'}: {inc}", "Signature: ____________________   Date: __________"]
            people.append(inc)
        if sig in ("full", "super"):
            lines += [f"{signer}", f"{stitle}", "Signature: ____________________   Date: __________"]
            people.append(signer)
        if st.get("hr"):
            hr = rng.choice([n for n in NAMES if n not in people])
            lines.append(f"{'Classification' if fr else 'Classified by'}: {hr}, {'conseillère en classification' if fr else 'Classification Advisor'}")
            people.append(hr)
        cert.append(("sig", lines))
    # ---- assemble
    body = []
    if st.get("order") == "csr" and not fr:
        body += [("h", H["csr"]), ("p", csr), ("h", H["ka"])]
        body += [("li", f"{i + 1}." if st.get("marker", "num") == "num" else "-", s) for i, s in enumerate(sa)]
        body += [("h", H["org"])] + org + [("h", H["dim"])] + dims + [("h", H["ns"])] + [("p", s) for s in ns]
    else:
        body += [("h", H["ga"]), ("p", ga), ("h", H["org"])] + org
        if st.get("order") == "alt":
            body += [("h", H["dim"])] + dims + [("h", H["ns"])] + [("p", s) for s in ns]
        else:
            body += [("h", H["ns"])] + [("p", s) for s in ns] + [("h", H["dim"])] + dims
        body += [("h", H["sa"])] + [("li", f"{i + 1}.", s) for i, s in enumerate(sa)]
    if loc_mode == "end":
        body.append(("p", f"{fill['unit']}, {dept}, {lt}"))
    elif loc_mode == "prose":
        body.insert(2, ("p", (f"The position is located in {lt}." if not fr else f"Le poste est situé à {lt}.")))
    if cert:
        body += [("h", H["cert"])] + cert
    blocks += body
    not_stated = []
    for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary", "o_and_m",
              "total", "location"):
        if truth[k] is None:
            not_stated.append(k)
    for k in ("position_number", "title", "classification"):
        if truth["supervisor"][k] is None:
            not_stated.append(f"supervisor.{k}")
    return blocks, truth, also, not_stated, people


# ---------------------------------------------------------------------------- bilingual merging
def bilingual_fields(fields_en, fields_fr):
    out = []
    for (le, ve), (lf, vf) in zip(fields_en, fields_fr):
        out.append((f"{le} / {lf}", ve if ve == vf else f"{ve} / {vf}" if len(ve) + len(vf) < 60 else ve + "\n" + vf))
    return out


# ---------------------------------------------------------------------------- text rendering
def wrap(text, width, rng=None, hyph=0.0):
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    if not rng or not hyph:
        return lines or [""]
    out = []
    carry = ""
    for i, ln in enumerate(lines):
        ln = (carry + " " + ln).strip() if carry else ln
        carry = ""
        if i + 1 < len(lines) and rng.random() < hyph:
            nxt = lines[i + 1].split(" ", 1)
            w = nxt[0]
            if len(w) >= 7 and w.isalpha():
                cut = rng.randint(3, len(w) - 3)
                ln = ln + " " + w[:cut] + "-"
                lines[i + 1] = w[cut:] + (" " + nxt[1] if len(nxt) > 1 else "")
        out.append(ln)
    return out


def field_lines(fields, style, rng):
    out = []
    if style == "boxes":
        for i in range(0, len(fields), 2):
            pair = fields[i:i + 2]
            out.append("    ".join(f"{lab.upper():<38}" for lab, _ in pair).rstrip())
            out.append("    ".join(f"{(v.splitlines() or [''])[0]:<38}" for _, v in pair).rstrip())
            for _, v in pair:
                for extra in v.splitlines()[1:]:
                    out.append(extra)
        return out
    for lab, v in fields:
        vs = v.splitlines() or [""]
        if style == "colon":
            out.append(f"{lab}: {vs[0]}".rstrip())
        elif style == "colon_fr":
            out.append(f"{lab} : {vs[0]}".rstrip())
        elif style == "nextline":
            out.append(f"{lab}:")
            out.append(f"    {vs[0]}")
        elif style == "dots":
            out.append(f"{lab} {'.' * max(3, 34 - len(lab))} {vs[0]}".rstrip())
        elif style == "tabs":
            out.append(f"{lab}:\t{vs[0]}".rstrip())
        elif style == "caps":
            out.append(f"{lab.upper()}: {vs[0].upper()}".rstrip())
        else:
            raise ValueError(style)
        out += [("    " if style == "nextline" else "") + x for x in vs[1:]]
    return out


def text_lines(blocks, st, rng, width=80, hyph=0.0):
    out = []
    for b in blocks:
        if b[0] == "head":
            out += ["", b[1], ""]
        elif b[0] == "fields":
            out += field_lines(b[1], st.get("hdr", "colon"), rng) + [""]
        elif b[0] == "h":
            out += ["", b[1] if not st.get("caps_h") else b[1].upper(), ""]
        elif b[0] == "p":
            out += wrap(b[1], width, rng, hyph) + [""]
        elif b[0] == "li":
            mk = b[1]
            ws = wrap(b[2], width - 5, rng, hyph)
            out.append((f"{mk} " if mk else "") + ws[0])
            out += [("   " if mk else "") + w for w in ws[1:]]
        elif b[0] == "table":
            w0 = max(len(r[0]) for r in b[2] + [b[1]]) + 2
            out.append(f"{b[1][0]:<{w0}}" + "   ".join(b[1][1:]))
            for r in b[2]:
                out.append(f"{r[0]:<{w0}}" + "   ".join(r[1:]))
            out.append("")
        elif b[0] == "sig":
            out += [""] + b[1] + [""]
    # collapse blank runs
    res = []
    for ln in out:
        if ln == "" and (not res or res[-1] == ""):
            continue
        res.append(ln)
    return res


# ---------------------------------------------------------------------------- OCR damage
DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b"}
CONFUSE = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("h", "b"), ("cl", "d"), ("t", "l"),
           ("u", "ii"), ("ti", "ft"), ("a", "e"), ("o", "e")]


def damage(text, rng, pd, pl, pj, keep=()):
    def tok(m):
        t = m.group(0)
        if any(k in t for k in keep):
            return t
        if any(c.isdigit() for c in t):
            chars = []
            for c in t:
                if c in DIGIT and rng.random() < pd:
                    chars.append("l" if c == "1" and rng.random() < 0.4 else DIGIT[c])
                else:
                    chars.append(c)
            return "".join(chars)
        core = t.strip(".,;:()")
        if core.isalpha() and core.islower() and len(core) >= 5 and rng.random() < pl:
            a, b = rng.choice(CONFUSE)
            if a in t:
                i = t.find(a)
                return t[:i] + b + t[i + len(a):]
        return t
    out = re.sub(r"\S+", tok, text)
    if pj:
        out = re.sub(r"([a-z]{3,}) ([a-z]{3,})", lambda m: m.group(1) + ("" if rng.random() < pj else " ") + m.group(2), out)
    return out


def paginate(lines, per):
    return [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]


def ocr_text(lines, spec, rng, names, nhead=0):
    o = spec.st.get("ocr", {})
    pd, pl, pj = o.get("pd", 0.2), o.get("pl", 0.04), o.get("pj", 0.01)
    # words run together in the prose, not inside the form's header fields
    lines = [damage(ln, rng, pd, pl, pj if i >= nhead else 0.0) for i, ln in enumerate(lines)]
    pages = paginate(lines, o.get("per", 46))
    n = len(pages)
    runhead = o.get("runhead", "")
    foot = o.get("footer", "page")
    rendered = []
    for i, pg in enumerate(pages, 1):
        pg = list(pg)
        if i > 1 and runhead:
            pg = [runhead, ""] + pg
        if foot == "page":
            pg += ["", f"Page {i} of {n}"]
        elif foot == "dash":
            pg += ["", f"- {i} -"]
        elif foot == "page_fr":
            pg += ["", f"Page {i} de {n}"]
        elif foot == "protected":
            pg += ["", f"PROTECTED B (when completed)          {i}"]
        elif foot:
            pg += ["", f"{foot}    {i}/{n}"]
        rendered.append(pg)
    if o.get("mode", "lines") == "run":
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
        text += "\n".join(" ".join(x.strip() for x in pg if x.strip()) for pg in rendered)
    else:
        sep = "\n\f" if o.get("ff") else "\n\n"
        text = sep.join("\n".join(pg) for pg in rendered)
        if o.get("wrapper"):
            text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    if o.get("noise"):
        text = text.replace("Signature: ____________________", "Signature: " + o["noise"], 1)
    return text + "\n"


def head_len(blocks, st, rng):
    k = next(i for i, b in enumerate(blocks) if b[0] == "fields")
    return len(text_lines(blocks[:k + 1], st, random.Random(0)))


def columns_text(blocks, spec, rng, names):
    """Left: header fields and dimensions; right: general accountability and nature and scope prose;
    read across the page line by line, then the rest in one column."""
    st = spec.st
    left, right, rest = [], [], []
    fields = next(b for b in blocks if b[0] == "fields")[1]
    for lab, v in fields:
        for i, piece in enumerate(textwrap.wrap(f"{lab}: {v.replace(chr(10), ' / ')}", 36) or [f"{lab}:"]):
            left.append(piece)
    heads = [b for b in blocks if b[0] == "h"]
    mode = None
    for b in blocks:
        if b[0] == "h":
            hl = b[1].lower()
            mode = ("right" if any(k in hl for k in ("general", "nature", "client service")) else
                    "left" if "dimension" in hl else "rest")
            (right if mode == "right" else left if mode == "left" else rest).append(b[1])
            continue
        if b[0] in ("head", "fields"):
            continue
        tgt = right if mode == "right" else left if mode == "left" else rest
        width = 50 if mode == "right" else 36 if mode == "left" else 80
        if b[0] == "p":
            tgt += textwrap.wrap(b[1], width)
        elif b[0] == "li":
            tgt += textwrap.wrap((b[1] + " " if b[1] else "") + b[2], width)
        elif b[0] == "table":
            for r in b[2]:
                tgt.append("  ".join(r))
        elif b[0] == "sig":
            tgt += b[1]
    head = next(b for b in blocks if b[0] == "head")[1]
    sep = st.get("colsep", "  ")
    lines = [head, ""]
    for i in range(max(len(left), len(right))):
        l = left[i] if i < len(left) else ""
        r = right[i] if i < len(right) else ""
        lines.append((f"{l}{sep}{r}" if l and r else l or r).rstrip())
    lines.append("")
    lines += rest
    return ocr_text(lines, spec, rng, names, nhead=2 + max(len(left), len(right)))


# ---------------------------------------------------------------------------- docx
FIXED = dt.datetime(2024, 1, 1, 12, 0, 0)


def docx_bytes(doc) -> bytes:
    cp = doc.core_properties
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.author = cp.last_modified_by = "HR"
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def bold_para(doc, label, value):
    par = doc.add_paragraph()
    par.add_run(label + ":").bold = True
    par.add_run(" " + value.replace("\n", " / "))


def render_docx(blocks, st, extra_cols=None) -> bytes:
    doc = Document()
    doc.styles["Normal"].font.name = st.get("font", "Arial")
    doc.styles["Normal"].font.size = Pt(10)
    dl = st.get("dhdr", "table")
    for b in blocks:
        if b[0] == "head":
            doc.add_heading(b[1], level=1) if st.get("heading_style", True) else doc.add_paragraph().add_run(b[1]).__setattr__("bold", True)
        elif b[0] == "fields":
            if dl == "table":
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for lab, v in b[1]:
                    r = t.add_row().cells
                    r[0].text = lab
                    r[1].text = v
            elif dl == "table4":
                t = doc.add_table(rows=0, cols=4)
                t.style = "Table Grid"
                fs = b[1]
                for i in range(0, len(fs), 2):
                    r = t.add_row().cells
                    for j, (lab, v) in enumerate(fs[i:i + 2]):
                        r[2 * j].text = lab
                        r[2 * j + 1].text = v
            else:
                for lab, v in b[1]:
                    bold_para(doc, lab, v)
        elif b[0] == "h":
            if st.get("heading_style", True):
                doc.add_heading(b[1], level=2)
            else:
                doc.add_paragraph().add_run(b[1].upper()).bold = True
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "li":
            if b[1] and b[1][0].isdigit():
                doc.add_paragraph(b[2], style="List Number")
            elif b[1] == "":
                doc.add_paragraph(b[2])
            else:
                doc.add_paragraph(b[2], style="List Bullet")
        elif b[0] == "table":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b[1]):
                c.text = h
            for row in b[2]:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
        elif b[0] == "sig":
            for ln in b[1]:
                doc.add_paragraph(ln)
        elif b[0] == "pagebreak":
            doc.add_page_break()
    return docx_bytes(doc)


# ---------------------------------------------------------------------------- pdf
def render_pdf(lines, footer, per=58, of="of") -> bytes:
    pages = paginate(lines, per)
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        out.append("\n".join(pg + ["", f"{footer}    Page {i} {of} {n}"]))
    return pdf_bytes(out)


# ---------------------------------------------------------------------------- the folder
LIGHT = dict(pd=0.08, pl=0.02, pj=0.005)
MED = dict(pd=0.22, pl=0.05, pj=0.015)
HEAVY = dict(pd=0.42, pl=0.09, pj=0.03)

A1_OLD = dict(title="Director, Lethbridge Research Centre", unit="Lethbridge Research Centre",
              sup=("24001", "Director General, Prairie Boreal Plain Ecozone", "EX-03"),
              reports=[("Associate Director, Research", None, "SE-REM-01", 124), ("Manager, Operations", None, "EG-07", 44),
                       ("Business Office Manager", None, "AS-05", 10)],
              sal=18900000, om=4800000)
B1_2009 = dict(cls="EX-01", sal=15200000, om=9100000, sup=("000500", "Director General, Western and Northern Canada", "EX-03"),
               reports=[("Chief Park Warden", None, "GT-07", 41), ("Manager, Visitor Experience", None, "PM-05", 58),
                        ("Manager, Asset Management", None, "EN-ENG-05", 66), ("Manager, External Relations", None, "IS-04", 6),
                        ("Business Manager", None, "FI-02", 10)])
B1_2014 = dict(sal=17600000, om=10200000,
               reports=[("Resource Conservation Manager", None, "EG-07", 35), ("Manager, Visitor Experience", None, "PM-06", 61),
                        ("Manager, Asset Management", None, "EN-ENG-05", 69), ("Manager, External Relations", None, "IS-05", 8),
                        ("Business Manager", None, "FI-03", 11)])
C1_2022 = dict(dept="prc", sup=("1300", "Assistant Deputy Minister, Saskatchewan", "EX-04"), sal=4600000, om=710000,
               prog=52000000,
               reports=[("Director, Business Development", None, "EC-07", 16), ("Director, Community and Indigenous Development", None, "EC-07", 11),
                        ("Manager, Operations and Program Delivery", None, "PM-06", 12), ("Manager, Policy and Engagement", None, "EC-07", 5)])
D1_2011 = dict(sal=11200000, om=3100000,
               reports=[("Area Chief, Resource Management", None, "EG-06", 31), ("Area Chief, Conservation and Protection", None, "GT-07", 55),
                        ("Area Chief, Fish Habitat", None, "BI-04", 18)])
D4_2013 = dict(sal=36100000, om=10400000,
               reports=[("Area Director, South Coast", None, "EX-01", 107), ("Area Director, North Coast", None, "EX-01", 63),
                        ("Area Director, BC Interior", None, "EX-01", 61), ("Area Director, Lower Fraser", None, "EX-01", 70)])

SPECS = [
    # ---- AAFC
    Spec("Director RDT Lethbridge RDC 2010.txt", "A1", "ocr", "en", "2010-06-14", over=A1_OLD, hdr="caps", hd=1, rep="paren",
         cf="nodash", df="dmon", af="full", ocr=dict(MED, mode="lines", footer="page", runhead="Agriculture and Agri-Food Canada"),
         sign="full"),
    Spec("Director, Research, Development and Technology - Lethbridge - revised 2018.docx", "A1", "docx", "en", "2018-04-01",
         dhdr="table", rep="table", dims="table", af="M", hr=True, order="csr"),
    Spec("Lacombe RDC Director EX-01.txt", "A2", "ocr", "en", "2016-09-12", hdr="colon", lab=2, hd=0, rep="clsfirst", ff="FTE",
         cf="space", df="long", af="K", enc="cp1252", ocr=dict(LIGHT, mode="lines", footer="dash")),
    Spec("Saskatoon RDC - Director RDT (FINAL).docx", "A3", "docx", "en", "2019-01-21", dhdr="paras", rep="paren", ff="FTEs",
         af="million", df="ord", sign="super", loc="end"),
    Spec("Swift Current RDC director 2013 scan.txt", "A4", "ocr-columns", "en", "2013-07-02", lab=1, hd=1, rep="endash",
         sup="fields", df="iso", af="M", ocr=dict(MED, mode="lines", footer="")),
    Spec("Directeur, CRD de Brandon.docx", "A5", "docx", "fr", "2017-05-15", dhdr="table", lab=0, hd=0, dl=0, rep="staffof",
         dims="lines_fr", af="fr_M", df="fr", locf="paren", sign="full"),
    Spec("Summerland RDC Director - signed.pdf", "A6", "pdf", "en", "2015-11-30", hdr="dots", lab=3, hd=2, rep="paren_nofte",
         sup="sentence", df="dmy", af="full", dims="sentence", sign="full", hr=True),
    Spec("DG RDT Prairies EX-03.txt", "A7", "ocr", "en", "2018-10-01", hdr="nextline", lab=0, hd=0, rep="paren", ff="FTEs",
         cf="std", df="abbr", af="M", ocr=dict(MED, mode="run", footer="AAFC - STB - Prairie Region")),
    Spec("Agassiz RDC Director (1).txt", "A8", "ocr", "en", "2012-03-26", hdr="tabs", lab=2, hd=3, rep="bare", sup="reportsto",
         df="dmy_slash", af="Msp", ocr=dict(HEAVY, mode="lines", footer="protected", ff=True)),
    Spec("Morden RDC - Director RDT - bilingual.txt", "A9", "ocr", "bilingual", "2014-06-23", hdr="colon", lab=0, hd=0,
         rep="paren", df="long", af="full", ocr=dict(LIGHT, mode="lines", footer="page")),
    # ---- Parks Canada
    Spec("Superintendent Banff FU 2009.txt", "B1", "ocr", "en", "2009-11-16", over=B1_2009, hdr="caps", lab=1, hd=1,
         rep="paren", ff="FTE's", cf="short", df="caps", af="full", ocr=dict(HEAVY, mode="run", footer="Parks Canada")),
    Spec("Superintendent Banff FU 2014 (1).txt", "B1", "ocr", "en", "2014-04-01", over=B1_2014, hdr="colon", lab=0, hd=0,
         rep="clsfirst", ff="FTEs", df="ord", af="M", ocr=dict(MED, mode="lines", footer="page", runhead="Parks Canada Agency - Banff Field Unit")),
    Spec("Field Unit Superintendent, Banff - FINAL 2021.docx", "B1", "docx", "en", "2021-09-20", dhdr="table4", rep="table",
         dims="table", af="M", df="iso", hr=True, sign="full"),
    Spec("Directeur d'unité de gestion, Jasper - Superintendent Jasper FU.docx", "B2", "docx", "bilingual", "2019-03-18",
         dhdr="table", bil="labels", rep="paren", ff="FTEs", af="M", df="long", sign="full"),
    Spec("LLYK Field Unit Superintendent.txt", "B3", "ocr", "en", "2017-02-13", hdr="dots", lab=0, hd=2, rep="endash",
         df="long", af="million", ocr=dict(MED, mode="lines", footer="dash", runhead="LLYK FU - EX-01 Work Description")),
    Spec("Waterton Lakes FU Supt 2012.txt", "B4", "ocr", "en", "2012-08-27", hdr="colon", lab=3, hd=1, rep="staffof",
         sup="sentence", cf="paren", df="dmy", af="K", enc="cp1252", ocr=dict(MED, mode="lines", footer="page")),
    Spec("Mt Revelstoke & Glacier FU Superintendent.pdf", "B5", "pdf", "en", "2020-01-06", hdr="colon", lab=0, hd=0, rep="paren",
         ff="FTEs", df="long", af="M", order="alt", sign="full"),
    Spec("Coastal BC Field Unit - Superintendent.txt", "B6", "ocr-columns", "en", "2016-05-30", lab=0, hd=0, rep="paren",
         colsep=" | ", df="long", af="M", ocr=dict(MED, mode="lines", footer="page")),
    Spec("Gwaii Haanas Field Unit Superintendent 2016.docx", "B7", "docx", "en", "2016-10-17", dhdr="paras", rep="bare",
         af="full", df="dmy", loc="prose", sign="super", heading_style=False),
    Spec("ED Mountain Parks EX-03 - signed.txt", "B8", "ocr", "en", "2015-06-08", hdr="colon", lab=0, hd=0, rep="paren",
         ff="FTEs", df="long", af="M", order="csr",
         ocr=dict(MED, mode="run", footer="Executive Director, Mountain Parks", noise="~ /!lI;:' .. -=") , hr=True),
    Spec("Directrice, Centre de services de l'Ouest et du Nord.txt", "B9", "ocr", "fr", "2018-02-19", hdr="colon_fr", lab=1, hd=1,
         dl=1, rep="staffof", dims="lines_fr", af="fr_cents", df="fr", locf="paren", enc="cp1252",
         ocr=dict(LIGHT, mode="lines", footer="page_fr")),
    # ---- WD / PrairiesCan / PacifiCan
    Spec("WD Sask ED 2012.txt", "C1", "ocr", "en", "2012-02-20", hdr="colon", lab=1, hd=1, rep="paren", ff="FTEs", cf="spaced",
         df="long", af="full", ocr=dict(HEAVY, mode="run", footer="WD - Saskatchewan Region")),
    Spec("Executive Director, Saskatchewan - PrairiesCan 2022.docx", "C1", "docx", "en", "2022-08-15", over=C1_2022,
         dhdr="table", rep="paren", ff="FTEs", af="M", df="long", sign="full", order="csr"),
    Spec("Director Business Development Alberta.docx", "C2", "docx", "en", "2015-04-13", dhdr="paras", rep="clsfirst",
         ff="FTE", af="K", df="iso", dims="lines", sup="reportsto"),
    Spec("Director, Operations - Manitoba (Winnipeg) 2019.docx", "C3", "docx", "en", "2019-09-03", dhdr="table", rep="endash",
         af="M", df="ord", sign="incumbent", hr=True),
    Spec("DG Policy & Strategic Direction - PrairiesCan.pdf", "C4", "pdf", "en", "2023-05-01", hdr="colon", lab=2, hd=0,
         rep="paren", ff="FTEs", df="long", af="M", sup="sentence_pos", sign="full", order="csr"),
    Spec("Director, Indigenous Economic Development (Calgary).txt", "C5", "ocr", "en", "2022-11-14", hdr="nextline", lab=0,
         hd=0, rep="prose", df="long", af="M", omit=("pos",), pos_text="NEW", ocr=dict(LIGHT, mode="lines", footer="page",
         wrapper=True)),
    Spec("PacifiCan DG Business Development and Innovation.docx", "C6", "docx", "en", "2022-03-28", dhdr="table", rep="table",
         dims="table", af="full", df="long", sign="super"),
    Spec("Directeur, Développement économique des communautés - PacifiCan.docx", "C7", "docx", "bilingual", "2021-12-06",
         dhdr="sidebyside", rep="paren", ff="FTEs", af="M", df="iso", sign="full"),
    Spec("Director Corporate Finance WD 2011 - signed.txt", "C8", "ocr-columns", "en", "2011-01-31", lab=3, hd=3, rep="clsfirst",
         ff="FTEs", df="dot", af="K", colsep="  ", ocr=dict(MED, mode="lines", footer="")),
    # ---- DFO Pacific
    Spec("Area Director South Coast 2011.txt", "D1", "ocr", "en", "2011-05-02", over=D1_2011, hdr="boxes", lab=0, hd=1, rep="paren",
         ff="FTEs", df="iso", af="M", ocr=dict(MED, mode="lines", footer="page", runhead="Fisheries and Oceans Canada - Pacific Region")),
    Spec("Area Director, South Coast - Nanaimo 2019.pdf", "D1", "pdf", "en", "2019-10-07", hdr="colon", lab=0, hd=0, rep="paren",
         ff="FTEs", df="long", af="million", sign="full", hr=True),
    Spec("Area Director North Coast (Prince Rupert).txt", "D2", "ocr", "en", "2014-09-15", hdr="colon", lab=2, hd=0, rep="endash",
         df="dmy_slash", af="M", sup="sentence", cf="title", ocr=dict(HEAVY, mode="lines", footer="dash")),
    Spec("Area Director BC Interior - Kamloops.txt", "D3", "ocr-columns", "en", "2017-04-18", lab=0, hd=1, rep="paren",
         colsep=" ", df="long", af="M", ocr=dict(MED, mode="lines", footer="page")),
    Spec("RD Fisheries Management Pacific EX-02.docx", "D4", "docx", "en", "2020-04-01", dhdr="table", rep="table", dims="table",
         af="M", df="long", sign="full"),
    Spec("Regional Director, Science - Pacific Region.txt", "D5", "ocr", "en", "2019-07-22", hdr="colon", lab=0, hd=2, rep="paren",
         ff="FTEs", df="long", af="M", sup="sentence_pos", ocr=dict(MED, mode="run", footer="DFO Pacific Science")),
    Spec("Director, Salmonid Enhancement Program.docx", "D6", "docx", "en", "2016-03-31", dhdr="table", rep="paren", ff="FTEs",
         af="M", df="long", sign="full", seed_as="D6"),
    Spec("Director, Salmonid Enhancement Program - signed.txt", "D6", "ocr", "en", "2016-03-31", hdr="colon", rep="paren",
         ff="FTEs", af="M", df="long", sign="full", seed_as="D6", ocr=dict(LIGHT, mode="lines", footer="page")),
    Spec("Director Ecosystem Management Pacific 2014.txt", "D7", "ocr", "en", "2014-12-01", hdr="dots", lab=1, hd=1, rep="paren_nofte",
         df="caps", af="full", dims="sentence", enc="cp1252", ocr=dict(MED, mode="lines", footer="page")),
    Spec("Directeur, Station biologique du Pacifique.txt", "D8", "ocr", "fr", "2015-09-14", hdr="colon_fr", lab=0, hd=0, dl=0,
         rep="paren", ff="ETP", dims="lines_fr", af="fr_full", df="fr_le", locf="paren", ocr=dict(MED, mode="lines", footer="page_fr")),
    Spec("RD Conservation & Protection Pacific.docx", "D9", "docx", "en", "2018-06-25", dhdr="table4", rep="clsfirst", ff="FTEs",
         af="M", df="long", sup="sentence", sign="full"),
    Spec("Director Aquaculture Management Division 2017.docx", "D10", "docx", "en", "2017-01-09", dhdr="paras", rep="endash",
         af="million", df="dmy", omit=("date",), sign="incumbent"),
    Spec("Regional Director, Fisheries Management - DRAFT 2013.txt", "D4", "ocr", "en", None, over=D4_2013, hdr="colon", lab=0,
         hd=0, rep="paren", ff="FTEs", af="M", omit=("date",), sign=None, head="EXECUTIVE WORK DESCRIPTION - DRAFT (January 2013)",
         ocr=dict(LIGHT, mode="lines", footer="DRAFT - for discussion")),
    Spec("Directrice, Programmes maritimes - Région de l'Ouest.pdf", "D11", "pdf", "fr", "2021-02-08", hdr="colon_fr", lab=0, hd=0,
         dl=0, rep="paren", ff="ETP", dims="lines_fr", af="fr_M", df="fr", locf="paren", sign="full"),
    Spec("Area Director, Lower Fraser (Chilliwack) 2020 - signed.txt", "D12", "ocr", "en", "2020-06-29", hdr="colon", lab=0, hd=0,
         rep="paren", ff="FTEs", df="long", af="M", sign="full", dims="combined", cf="space",
         ocr=dict(MED, mode="run", footer="Pacific Region - Fisheries Management")),
]


# ---------------------------------------------------------------------------- documents to refuse
def refusals():
    """(name, kind, language, bytes, people)"""
    out = []
    # a memo sending work descriptions for review
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.add_paragraph().add_run("MEMORANDUM / NOTE DE SERVICE").bold = True
    for lab, v in [("TO / DESTINATAIRE", "Regional Director General, Pacific Region"),
                   ("FROM / EXPÉDITEUR", "Heather Dueck, Director, Human Resources Operations, Pacific"),
                   ("DATE", "March 3, 2016"),
                   ("SUBJECT / OBJET", "Area Director work descriptions (EX-01) - submission for classification review")]:
        bold_para(doc, lab, v)
    for t in ["Further to the Fisheries Management Branch reorganization, attached for your signature are the revised work "
              "descriptions for the Area Director positions (South Coast, position 61420; North Coast, 61440; BC Interior, "
              "61460; Lower Fraser, 61480), all at the EX-01 level and reporting to the Regional Director, Fisheries Management (EX-02).",
              "Once signed, the descriptions will be submitted to the departmental Executive Classification Committee, which "
              "meets on April 14, 2016. The proposed effective date is April 1, 2016. No change in level is proposed; the "
              "salary and O&M dimensions have been updated to the 2015-16 budget allocations.",
              "Please note that the Lower Fraser description still needs the organization chart to be attached. "
              "Should you have any questions, please contact Raymond Tse, Senior Classification Advisor, at 604-555-0148."]:
        doc.add_paragraph(t)
    doc.add_paragraph("Heather Dueck")
    doc.add_paragraph("Attachments (4)")
    doc.add_paragraph("c.c.: Regional Director, Fisheries Management")
    out.append(("Memo - Area Director WDs for classification review 2016.docx", "docx", "en", docx_bytes(doc),
                ["Heather Dueck", "Raymond Tse"]))
    # a letter offering an acting appointment, in French, as PDF with a text layer
    letter = """Agence Parcs Canada                                              Parks Canada Agency
Parcs des montagnes                                              Mountain Parks
Calgary (Alberta)

Le 12 décembre 2019

Madame Chantal Dumont
Jasper (Alberta)

Objet : Offre de nomination intérimaire - Directrice de l'unité de gestion de Jasper (EX-01)

Madame,

J'ai le plaisir de vous offrir une nomination intérimaire au poste de directrice de l'unité de gestion de
Jasper, classifié EX-01, poste no 000422, pour la période du 6 janvier 2020 au 3 juillet 2020.

Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des cadres, dans
l'échelle salariale du niveau EX-01. Vous continuerez de relever du directeur exécutif, Parcs des montagnes.
Les autres conditions de votre emploi demeurent inchangées.

Cette offre est conditionnelle au maintien de votre cote de fiabilité. Veuillez indiquer votre acceptation en
signant la présente et en la retournant à Lisa Fournier, conseillère en ressources humaines, d'ici le
19 décembre 2019.

Veuillez agréer, Madame, l'expression de mes sentiments distingués.

Ian McTavish
Directeur exécutif, Parcs des montagnes

J'accepte l'offre de nomination intérimaire décrite ci-dessus.

______________________________          ____________________
Chantal Dumont                           Date
"""
    out.append(("Lettre d'offre - intérim EX-01 Jasper (signée).pdf", "pdf", "fr", pdf_bytes([letter]),
                ["Chantal Dumont", "Lisa Fournier", "Ian McTavish"]))
    # an organization chart, OCR'd
    chart = """--- Structured Job Description ---


--- Full Extracted Text ---
Fisheries and Oceans Canada Pacific Region
FISHERIES MANAGEMENT BRANCH - ORGANIZATION CHART
Updated: 2O19-O4-O1

                    Regional Director, Fisheries Management
                         EX-O2   Pos. 6I4OO
                         Jasmine Dhaliwal
      |                 |                 |                 |                |
Area Director      Area Director     Area Director     Area Director    Director, Resource
South Coast        North Coast       BC Interior       Lower Fraser     Management
EX-OI 6I42O        EX-0I 6l44O       EX-OI 6I46O       EX-OI 6I48O      EX-OI 6I4I2
Neil Armitage      (vacant)          Glen Wiebe        Stephen Louie    Carol Nicholls
  |                  |                 |                 |                |
RM  C&P  Habitat   RM  C&P  SA       RM  C&P  SA       RM  C&P  SA      Salmon  Groundfish
                                                                         Herring/Pelagics
      Director, Salmonid Enhancement Program (EX-OI) - Murray Thiessen
      Director, Aquaculture Management (EX-OI) - Elaine Kwan
Total FTEs: 54B                                           Page 1 of 1
"""
    out.append(("Org chart - Pacific Region Fisheries Mgmt 2019.txt", "ocr", "en", chart.encode("utf-8"),
                ["Jasmine Dhaliwal", "Neil Armitage", "Glen Wiebe", "Stephen Louie", "Carol Nicholls", "Murray Thiessen",
                 "Elaine Kwan"]))
    # an executive performance agreement
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.add_heading("Executive Performance Agreement 2018-2019", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, v in [("Executive", "Neil Armitage"), ("Position", "Area Director, South Coast (EX-01), position 61420"),
                   ("Supervisor", "Jasmine Dhaliwal, Regional Director, Fisheries Management"),
                   ("Period", "April 1, 2018 to March 31, 2019")]:
        r = t.add_row().cells
        r[0].text, r[1].text = lab, v
    doc.add_heading("Commitments", level=2)
    for c in ["Deliver the 2018 South Coast salmon and groundfish fisheries in line with the Integrated Fisheries Management "
              "Plans; in-season decisions documented and communicated within 24 hours.",
              "Conclude the Area's reconciliation agreement work plan with the Maa-nulth First Nations; two collaborative "
              "management pilots in place by March 31, 2019.",
              "Reduce the Area's overtime costs by 10 % against 2017-18 while maintaining patrol coverage.",
              "Leadership: complete the 360-degree feedback and act on the results; all employees with a learning plan."]:
        doc.add_paragraph(c, style="List Number")
    doc.add_heading("Year-end assessment", level=2)
    doc.add_paragraph("Rating: Succeeded. Comments: commitments met; strong results on reconciliation.")
    doc.add_paragraph("Executive: Neil Armitage        Date: 2019-05-10")
    doc.add_paragraph("Supervisor: Jasmine Dhaliwal        Date: 2019-05-14")
    out.append(("Performance Agreement 2018-19 - Area Director South Coast - signed.docx", "docx", "en", docx_bytes(doc),
                ["Neil Armitage", "Jasmine Dhaliwal"]))
    # a scanned PDF without a text layer
    out.append(("Scan_2017-06-14_0003.pdf", "pdf", "en", pdf_bytes(["", "", ""]), []))
    # a scan that gave only noise
    rng = random.Random(f"{SEED}-noise")
    junk = []
    for _ in range(38):
        junk.append("".join(rng.choice(" .,:;'!|lI1i-_~=^\"`/\\rnmoec") for _ in range(rng.randint(8, 72))).rstrip())
    noise = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(junk) + "\n"
    out.append(("scan0042.txt", "ocr", "en", noise.encode("utf-8"), []))
    return out


# ---------------------------------------------------------------------------- writing
def render(spec: Spec):
    rng = random.Random(f"{SEED}-{spec.st.get('seed_as') or spec.name}")
    st = spec.st
    blocks, truth, also, not_stated, people = build(spec, rng)
    if spec.lang == "bilingual":
        fr_spec = Spec(spec.name, spec.key, spec.kind, "fr", spec.date, **{**st, "lab": 0, "hd": 0, "dl": 0,
                                                                            "locf": "paren", "df": "fr", "af": "fr_M",
                                                                            "hdr": "colon_fr" if st.get("hdr") == "colon" else st.get("hdr", "colon"),
                                                                            "ff": "ETP", "force_people": people, "hr": False})
        fblocks, _ft, _fa, _fn, fpeople = build(fr_spec, random.Random(f"{SEED}-{spec.name}-fr"))
        people = people + [n for n in fpeople if n not in people]
    kind = spec.kind
    if kind == "ocr":
        if spec.lang == "bilingual":
            lines = text_lines(blocks, st, rng, 80, 0.15) + ["", "\f", "VERSION FRANÇAISE", ""] + \
                text_lines(fblocks, {**st, "hdr": "colon_fr"}, rng, 80, 0.15)
        else:
            lines = text_lines(blocks, st, rng, 78, 0.2)
        data = ocr_text(lines, spec, rng, people, head_len(blocks, st, rng))
    elif kind == "ocr-columns":
        data = columns_text(blocks, spec, rng, people)
    elif kind == "pdf":
        lines = text_lines(blocks, st, rng, 100)
        dept = DEPTS[pos_data(spec)["dept"]][1 if spec.lang == "fr" else 0]
        data = render_pdf(lines, f"{dept} - {'Description de travail EX' if spec.lang == 'fr' else 'EX Work Description'}",
                          of="de" if spec.lang == "fr" else "of")
    elif kind == "docx":
        if st.get("bil") == "labels":
            fmap = dict(zip([l for l, _ in next(b for b in blocks if b[0] == "fields")[1]],
                            [l for l, _ in next(b for b in fblocks if b[0] == "fields")[1]]))
            hmap = dict(zip([b[1] for b in blocks if b[0] == "h"], [b[1] for b in fblocks if b[0] == "h"]))
            nb = []
            for b in blocks:
                if b[0] == "fields":
                    fs = []
                    for lab, v in b[1]:
                        if lab == L_EN[0]["title"]:
                            v = f"{v}\n{also['title_fr']}"
                        fs.append((f"{lab} / {fmap.get(lab, lab)}", v))
                    nb.append(("fields", fs))
                elif b[0] == "h":
                    nb.append(("h", f"{b[1]} / {hmap.get(b[1], b[1])}"))
                elif b[0] == "head":
                    nb.append(("head", "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL - CADRES DE DIRECTION"))
                else:
                    nb.append(b)
            data = render_docx(nb, st)
        elif st.get("dhdr") == "sidebyside":
            data = sidebyside_docx(blocks, fblocks, st)
        else:
            data = render_docx(blocks, st)
    if isinstance(data, str):
        if st.get("enc") == "cp1252":
            # saved from Word on Windows: typographic apostrophes, CRLF, cp1252 bytes
            data = re.sub(r"(?<=[a-z])'(?=[a-z])", "’", data).replace("\n", "\r\n").encode("cp1252")
        else:
            data = data.encode("utf-8")
    return data, truth, also, not_stated, people


def cell_text(blocks):
    parts = []
    for b in blocks:
        if b[0] == "fields":
            parts += [f"{l}: {v}" if not l.endswith(" ") else f"{l}{v}" for l, v in b[1]]
        elif b[0] in ("h", "head"):
            parts.append(b[1].upper())
        elif b[0] == "p":
            parts.append(b[1])
        elif b[0] == "li":
            parts.append((b[1] + " " if b[1] else "") + b[2])
        elif b[0] == "table":
            parts += ["  ".join(r) for r in b[2]]
        elif b[0] == "sig":
            parts += b[1]
    return parts


def sidebyside_docx(en, fr, st) -> bytes:
    """A bilingual form: one table, English on the left and French on the right, a row per section."""
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9)

    def sections(blocks):
        secs, cur = [], []
        for b in blocks:
            if b[0] in ("h", "fields") and cur:
                secs.append(cur)
                cur = []
            cur.append(b)
        secs.append(cur)
        return secs
    se, sf = sections(en), sections(fr)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in zip(se, sf):
        r = t.add_row().cells
        r[0].text = "\n".join(cell_text(a))
        r[1].text = "\n".join(cell_text(b))
    return docx_bytes(doc)


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    records = {}
    for spec in SPECS:
        data, truth, also, not_stated, people = render(spec)
        (corpus / spec.name).write_bytes(data)
        records[spec.name] = (spec, truth, also, not_stated, people)
    # versions and supervisors found in the folder
    by_pos = {}
    for name, (spec, truth, *_r) in records.items():
        by_pos.setdefault(spec.key, []).append(name)
    newest_of = {}
    for key, names in by_pos.items():
        names.sort(key=lambda n: (records[n][0].date or "0000", n.endswith(".docx")))
        newest_of[POSITIONS[key]["pos"]] = names[-1]
    for name, (spec, truth, also, not_stated, people) in records.items():
        names = by_pos[spec.key]
        versions = None
        if len(names) > 1:
            versions = dict(position=POSITIONS[spec.key]["pos"], documents=names, newest=names[-1])
            if spec.st.get("seed_as"):
                versions["same_description"] = [n for n in names if records[n][0].st.get("seed_as")]
        sup_pos = POSITIONS[spec.key]["sup"][0] if "sup" not in spec.st.get("over", {}) else spec.st["over"]["sup"][0]
        also = dict(also)
        if sup_pos in newest_of and newest_of[sup_pos] != name:
            also["reports_to_in_corpus"] = newest_of[sup_pos]
        write_expected(expected, name, spec.kind, spec.lang, "import", truth, not_stated, also, people, versions)
    for name, kind, lang, data, people in refusals():
        (corpus / name).write_bytes(data)
        write_expected(expected, name, kind, lang, "refuse", None, [], None, people, None)


class Q(str):
    """A string value written in quotes (position numbers such as 000418 stay strings for any reader)."""


yaml.SafeDumper.add_representer(Q, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", str(s), style="'"))


def quoted(v):
    if isinstance(v, dict):
        return {k: quoted(x) for k, x in v.items()}
    if isinstance(v, list):
        return [quoted(x) for x in v]
    if isinstance(v, str):
        return Q(v)
    return v


def write_expected(expected, name, kind, lang, outcome, fields, not_stated, also, people, versions):
    fields, also, people, versions = quoted(fields), quoted(also), quoted(people), quoted(versions)
    doc = dict(document=name, kind=kind, language=lang, outcome=outcome, fields=fields, not_stated=not_stated,
               also=also, people=people, versions=versions)
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, default_flow_style=False, width=120)
    (expected / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
