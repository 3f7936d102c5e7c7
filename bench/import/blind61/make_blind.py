#!/usr/bin/env python3
"""Writes the blind61 corpus: EX work descriptions of a science-based and regulatory portfolio
(laboratories, inspection, regulatory operations, regional directorates), mostly OCR text from
scans, and the ground truth for each document.

    /work/main/.venv/bin/python bench/import/blind61/make_blind.py

Deterministic (one seeded generator, fixed zip dates and core properties in the .docx); positions,
names and prose are in ``texts.py``; PDFs are made with ``tests/import_files.pdf_bytes``.
"""
from __future__ import annotations

import io
import random
import shutil
import sys
import textwrap
import zipfile
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import yaml  # noqa: E402
from docx.shared import Pt  # noqa: E402
from import_files import pdf_bytes  # noqa: E402

import texts as T  # noqa: E402

R = random.Random(6161)
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
ABBR_EN = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


# ---------------------------------------------------------------- notations
def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d, lang, style):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {0: f"{day} {MONTHS_FR[d.month - 1]} {d.year}", 1: d.isoformat(),
                2: f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else f"{day} {MONTHS_FR[d.month - 1]} {d.year}",
                3: f"le {day} {MONTHS_FR[d.month - 1]} {d.year}"}[style % 4]
    return {0: f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", 1: d.isoformat(),
            2: f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", 3: f"{ABBR_EN[d.month - 1]} {d.day}, {d.year}",
            4: f"{MONTHS_EN[d.month - 1]} {ordinal(d.day)}, {d.year}", 5: f"{d.year}/{d.month:02d}/{d.day:02d}",
            6: f"{MONTHS_EN[d.month - 1].upper()} {d.day}, {d.year}"}[style % 7]


def fmt_amt(n, lang, style):
    """An amount in one of the notations people type; falls back to the full figure when the
    short form would not be exact."""
    m, k = n / 1_000_000, n // 1000
    if lang == "fr":
        full = f"{n:,}".replace(",", " ")
        if style % 5 == 1 and n % 10_000 == 0:
            return f"{m:.2f}".rstrip("0").rstrip(".").replace(".", ",") + " M$"
        if style % 5 == 2:
            return full + ",00 $"
        if style % 5 == 3 and n % 1000 == 0:
            return f"{k:,}".replace(",", " ") + " k$"
        if style % 5 == 4 and n % 10_000 == 0 and n >= 1_000_000:
            return f"{m:.2f}".rstrip("0").rstrip(".").replace(".", ",") + " million $"
        return full + " $"
    s = style % 6
    if s == 1 and n % 10_000 == 0:
        return "$" + f"{m:.2f}".rstrip("0").rstrip(".") + "M"
    if s == 2:
        return f"${n:,}.00"
    if s == 3 and n % 1000 == 0 and n < 1_000_000:
        return f"${k}K"
    if s == 4 and n % 10_000 == 0 and n >= 1_000_000:
        return "$" + f"{m:.2f}".rstrip("0").rstrip(".") + " million"
    if s == 5 and n % 100_000 == 0:
        return "$" + f"{m:.1f}" + "M"
    return f"${n:,}"


def fmt_ex(level, style):
    return {0: f"EX-{level:02d}", 1: f"EX {level:02d}", 2: f"EX-{level}", 3: f"EX{level:02d}",
            4: f"EX-{level:02d}"}[style % 5]


# ---------------------------------------------------------------- OCR damage
DIGIT_SUBS = {"0": ["O"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "6": ["b"]}
WEIGHT = {"6": 0.3, "5": 0.6, "8": 0.6}


def dmg(s, p):
    """Letters for digits, as a scan reads them."""
    if s is None:
        return s
    out = []
    for ch in s:
        if ch in DIGIT_SUBS and R.random() < p * WEIGHT.get(ch, 1.0):
            out.append(R.choice(DIGIT_SUBS[ch]))
        else:
            out.append(ch)
    return "".join(out)


CONFUSE = [("m", "rn"), ("rn", "m"), ("e", "c"), ("i", "l"), ("l", "I"), ("h", "b"), ("cl", "d"), ("t", "l"), ("o", "a")]


def dmg_prose(text, p):
    words = text.split(" ")
    out = []
    for w in words:
        if len(w) > 4 and R.random() < p:
            a, b = R.choice(CONFUSE)
            if a in w[1:]:
                i = w.index(a, 1)
                w = w[:i] + b + w[i + len(a):]
        out.append(w)
    s = ""
    for i, w in enumerate(out):
        if i and R.random() < p / 3:
            s += w  # words run together
        else:
            s += (" " if i else "") + w
    return s


def wrap_hyph(text, width, hyph):
    lines = textwrap.wrap(text, width)
    if not hyph:
        return lines
    out = []
    carry = ""
    for i, line in enumerate(lines):
        line = carry + line
        carry = ""
        if i < len(lines) - 1 and R.random() < 0.35:
            last = line.split(" ")[-1]
            if len(last) > 7 and last.isalpha():
                cut = len(last) // 2
                line = line[: len(line) - len(last)] + last[:cut] + "-"
                carry = last[cut:]
        out.append(line)
    return out


# ---------------------------------------------------------------- positions
RESP_EN = ["responsible for the delivery of analytical and diagnostic services",
           "responsible for inspection planning and the verification of compliance",
           "responsible for regulatory policy, guidance and stakeholder consultation",
           "responsible for quality management and accreditation",
           "responsible for field operations in the district offices",
           "responsible for financial, administrative and facilities services",
           "responsible for scientific evaluation of applications and submissions"]
RESP_FR = ["responsable de la prestation des services d'analyse et de diagnostic",
           "responsable de la planification des inspections et de la vérification de la conformité",
           "responsable des politiques réglementaires et de la consultation des intervenants",
           "responsable de la gestion de la qualité et de l'accréditation",
           "responsable des opérations sur le terrain dans les bureaux de district"]

FR_UNIT = {"lab": "du laboratoire", "inspection": "de la région", "regulatory": "de la direction",
           "regional": "de la région"}


def short_of(title):
    return title.split(",")[0]


def make_spec(row):
    (key, lang, dept, domain, level, t_en, t_fr, br_en, br_fr, s_en, s_fr, s_level, city, prov) = row
    n = R.randint(2, 5) if level < 3 else R.randint(3, 5)
    pool = T.REPORTS[domain]
    picks = R.sample(pool, n)
    reports = []
    for (ren, rfr, rcls) in picks:
        fte = R.randint(4, 48) if not rcls.startswith("EX") else R.randint(25, 90)
        reports.append({"en": ren, "fr": rfr, "cls": rcls, "fte": fte})
    fte_total = sum(r["fte"] for r in reports) + R.randint(1, 4)
    salary = round(fte_total * R.randint(88, 112) * 1000, -4)
    om = R.choice([round(R.randint(60, 2900) * 1000, -3), round(R.randint(6, 290) * 10_000, -4)])
    spec = {
        "key": key, "lang": lang, "dept": dept, "domain": domain, "level": level,
        "t_en": t_en, "t_fr": t_fr, "br_en": br_en, "br_fr": br_fr or br_en,
        "s_en": s_en, "s_fr": s_fr or s_en, "s_level": s_level, "city": city, "prov": prov,
        "posno": str(R.randint(10000, 99999)) if R.random() < 0.6 else str(R.randint(100000, 999999)),
        "job_code": (str(R.randint(100000, 109999)) if R.random() < 0.65 else None),
        "eff": date(R.randint(2009, 2024), R.randint(1, 12), R.randint(1, 28)),
        "s_posno": str(R.randint(10000, 99999)) if R.random() < 0.75 else None,
        "reports": reports, "fte": fte_total, "salary": int(salary), "om": int(om),
        "total": int(salary + om), "total_stated": R.random() < 0.88,
        "incumbent": f"{R.choice(T.FIRST)} {R.choice(T.LAST)}" if R.random() < 0.5 else None,
        "signers": [f"{R.choice(T.FIRST)} {R.choice(T.LAST)}" for _ in range(R.randint(1, 2))],
        "ga": R.randint(0, 9), "ns": R.randint(0, 9), "sa": R.sample(range(9), R.randint(5, 8)),
    }
    return spec


SPECS = {row[0]: make_spec(row) for row in T.POSITIONS}
# a position with no number yet
SPECS["aah-lab"]["posno"] = "NEW"
SPECS["lethbridge"]["eff"] = None
SPECS["sthyacinthe-lab"]["eff"] = SPECS["sthyacinthe-lab"]["eff"].replace(day=1)
SPECS["qc-enf"]["eff"] = SPECS["qc-enf"]["eff"].replace(day=19)
# a few reports printed without their FTEs or their classification
for _key, _i, _field in [("pyr-enf", 0, "fte"), ("ecotox", 1, "fte"), ("cmc-ops", -1, "fte"),
                         ("gsc-qc", 1, "cls"), ("epo-dg", -1, "cls")]:
    SPECS[_key]["reports"][_i][_field] = None


def revised(spec, **changes):
    s = dict(spec)
    s["reports"] = [dict(r) for r in spec["reports"]]
    s.update(changes)
    return s


def bump(spec, years, factor, extra_report=None, signers=None):
    s = revised(spec)
    e = spec["eff"]
    s["eff"] = date(min(e.year + years, 2025), R.randint(1, 12), R.randint(1, 28))
    for r in s["reports"]:
        r["fte"] = max(2, r["fte"] + R.randint(-3, 5))
    if extra_report:
        s["reports"].append(extra_report)
    s["fte"] = sum(r["fte"] for r in s["reports"]) + R.randint(1, 3)
    s["salary"] = int(round(spec["salary"] * factor, -4))
    s["om"] = int(round(spec["om"] * factor, -3))
    s["total"] = s["salary"] + s["om"]
    if signers:
        s["signers"] = signers
    return s


# ---------------------------------------------------------------- labels
LABELS = {
    "en1": dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number",
                eff="Effective Date", dept="Department", branch="Branch", loc="Location",
                spos="Supervisor's Position No.", stitle="Supervisor's Position Title", scls="Supervisor's Classification",
                rep="Reports to", inc="Incumbent"),
    "en2": dict(title="TITLE", cls="GROUP/LEVEL", job="JOB CODE", pos="POSITION NUMBER", eff="EFFECTIVE DATE",
                dept="DEPARTMENT", branch="BRANCH", loc="LOCATION", spos="SUPERVISOR POSITION NO.",
                stitle="SUPERVISOR TITLE", scls="SUPERVISOR GROUP/LEVEL", rep="REPORTS TO", inc="INCUMBENT"),
    "en3": dict(title="Job Title", cls="Position Level", job="Job Code No.", pos="Position No.", eff="Date Effective",
                dept="Organization", branch="Sector", loc="Geographic Location", spos="Supervisor Position Number",
                stitle="Supervisor Title", scls="Supervisor Group and Level", rep="Reporting to", inc="Incumbent Name"),
    "en4": dict(title="POSITION TITLE", cls="LEVEL", job="GENERIC JOB NO.", pos="POS. NO.", eff="EFFECTIVE",
                dept="DEPARTMENT", branch="BRANCH", loc="WORK LOCATION", spos="REPORTS TO (POS. NO.)",
                stitle="REPORTS TO (TITLE)", scls="REPORTS TO (LEVEL)", rep="REPORTS TO", inc="INCUMBENT"),
    "fr1": dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro du poste",
                eff="Date d'entrée en vigueur", dept="Ministère", branch="Direction générale", loc="Lieu",
                spos="Numéro du poste du superviseur", stitle="Titre du poste du superviseur",
                scls="Classification du superviseur", rep="Relève de", inc="Titulaire"),
    "fr2": dict(title="TITRE", cls="GROUPE ET NIVEAU", job="CODE DE L'EMPLOI", pos="NO DU POSTE", eff="EN VIGUEUR LE",
                dept="ORGANISME", branch="SECTEUR", loc="LIEU DE TRAVAIL", spos="NO DU POSTE DU SUPÉRIEUR",
                stitle="TITRE DU SUPÉRIEUR", scls="GROUPE ET NIVEAU DU SUPÉRIEUR", rep="RELÈVE DE", inc="TITULAIRE"),
    "fr3": dict(title="Titre de l'emploi", cls="Groupe/niveau", job="No de l'emploi", pos="No de poste",
                eff="Date de prise d'effet", dept="Organisation", branch="Direction générale", loc="Emplacement",
                spos="Poste du supérieur (no)", stitle="Titre du supérieur immédiat", scls="Niveau du supérieur",
                rep="Supérieur immédiat", inc="Titulaire"),
    "bi": dict(title="Position Title / Titre du poste", cls="Classification / Classification",
               job="Job Code / Code d'emploi", pos="Position Number / Numéro du poste",
               eff="Effective Date / Date d'entrée en vigueur", dept="Department / Ministère",
               branch="Branch / Direction générale", loc="Location / Lieu",
               spos="Supervisor's Position No. / No du poste du superviseur",
               stitle="Supervisor's Title / Titre du superviseur", scls="Supervisor's Level / Niveau du superviseur",
               rep="Reports to / Relève de", inc="Incumbent / Titulaire"),
}

HEAD = {
    "en": dict(ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE", ns="NATURE AND SCOPE",
               dim="DIMENSIONS", sa="SPECIFIC ACCOUNTABILITIES", cert="CERTIFICATION",
               top="EXECUTIVE WORK DESCRIPTION"),
    "fr": dict(ga="RESPONSABILITÉ GÉNÉRALE", org="STRUCTURE ORGANISATIONNELLE", ns="NATURE ET PORTÉE",
               dim="DIMENSIONS", sa="RESPONSABILITÉS PRINCIPALES", cert="CERTIFICATION",
               top="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION"),
    "bi": dict(ga="GENERAL ACCOUNTABILITY / RESPONSABILITÉ GÉNÉRALE",
               org="ORGANIZATION STRUCTURE / STRUCTURE ORGANISATIONNELLE",
               ns="NATURE AND SCOPE / NATURE ET PORTÉE", dim="DIMENSIONS",
               sa="SPECIFIC ACCOUNTABILITIES / RESPONSABILITÉS PRINCIPALES", cert="CERTIFICATION",
               top="EXECUTIVE GROUP POSITION DESCRIPTION / DESCRIPTION DE POSTE DU GROUPE DE LA DIRECTION"),
}


# ---------------------------------------------------------------- building a document
class Doc:
    """What one document says, with the truth beside it."""

    def __init__(self, spec, lang, o):
        self.s, self.lang, self.o = spec, lang, o
        self.people = []


def title_of(s, lang):
    return s["t_fr"] if lang == "fr" else s["t_en"]


def report_line(r, lang, form, p, ex_style):
    t = r["fr"] if lang == "fr" else r["en"]
    cls = dmg(r["cls"], p) if r["cls"] else None
    fte = dmg(str(r["fte"]), p) if r["fte"] is not None else None
    resp = R.choice(RESP_FR if lang == "fr" else RESP_EN)
    if p:
        resp = dmg_prose(resp, 0.08)
    if lang == "fr":
        if form == 0:
            inner = ", ".join(x for x in [cls, f"{fte} ETP" if fte else None] if x)
            return f"{t} ({inner}) : {resp}" if inner else f"{t} : {resp}"
        if form == 1:
            return f"{t}" + (f" ({cls})" if cls else "") + (f", effectif de {fte}" if fte else "")
        return (f"{cls} - " if cls else "") + t + (f" ({fte} ETP)" if fte else "")
    if form == 0:
        inner = ", ".join(x for x in [cls, f"{fte} FTEs" if fte else None] if x)
        return f"{t} ({inner}): {resp}" if inner else f"{t}: {resp}"
    if form == 1:
        return (f"{cls} - " if cls else "") + t + (f" ({fte} FTE)" if fte else "")
    if form == 2:
        return t + (f" ({cls})" if cls else "") + (f", (staff of {fte})" if fte else "") + f" {resp}"
    return " – ".join(x for x in [t, cls, f"{fte} FTEs" if fte else None] if x)


def report_prose(reports, lang, p, boss):
    parts = []
    for r in reports:
        t = r["fr"] if lang == "fr" else r["en"]
        bits = []
        if r["cls"]:
            bits.append(dmg(r["cls"], p))
        if r["fte"] is not None:
            bits.append(f"{dmg(str(r['fte']), p)} {'ETP' if lang == 'fr' else 'FTEs'}")
        parts.append(f"{'le' if lang == 'fr' else 'the'} {t}" + (f" ({', '.join(bits)})" if bits else ""))
    if lang == "fr":
        art = "de la" if boss.endswith("rice") else "du"
        return f"Relèvent {art} {boss} : " + "; ".join(parts) + "."
    return f"Reporting to the {boss} are " + "; ".join(parts[:-1]) + f"; and {parts[-1]}."


def truth(spec, lang, doc_name, kind, flags, people, versions=None):
    s = spec
    title = s["t_fr"] if lang == "fr" else s["t_en"]
    sup_title = s["s_fr"] if lang == "fr" else s["s_en"]
    not_stated = []
    f = {}
    f["title"] = title
    f["classification"] = f"EX-{s['level']:02d}"
    f["job_code"] = s["job_code"] if flags.get("job", True) else None
    pos = s["posno"] if s["posno"] != "NEW" else None
    f["position_number"] = pos
    f["effective_date"] = s["eff"]
    sup = {"position_number": s["s_posno"] if flags.get("spos", True) else None,
           "title": sup_title, "classification": f"EX-{s['s_level']:02d}" if flags.get("scls", True) else None}
    f["supervisor"] = sup
    f["direct_reports"] = [{"title": r["fr"] if lang == "fr" else r["en"], "classification": r["cls"],
                            "fte": r["fte"]} for r in s["reports"]]
    amounts = flags.get("amounts", True)
    f["salary"] = s["salary"] if amounts else None
    f["o_and_m"] = s["om"] if amounts else None
    f["total"] = s["total"] if amounts and s["total_stated"] else None
    prov = T.PROV_FR[s["prov"]] if lang == "fr" else s["prov"]
    f["location"] = f"{s['city']}, {prov}" if flags.get("loc", True) else None
    for k in ["title", "classification", "job_code", "position_number", "effective_date", "salary", "o_and_m",
              "total", "location"]:
        if f[k] is None:
            not_stated.append(k)
    for k in ["position_number", "title", "classification"]:
        if sup[k] is None:
            not_stated.append(f"supervisor.{k}")
    also = {"fte": s["fte"] if flags.get("fte", True) and amounts else None, "operating_budget": None,
            "program_budget": None, "provisional_number": s["posno"] if s["posno"] == "NEW" else None}
    if lang == "bi":
        also["title_fr"] = s["t_fr"]
    return {"document": doc_name, "kind": kind, "language": "bilingual" if lang == "bi" else lang,
            "outcome": "import", "fields": f, "not_stated": not_stated, "also": also,
            "people": sorted(set(people)), "versions": versions}


# ------------------------------------------------------------- text (OCR) rendering
def sections_text(s, lang, o, p):
    """The body sections as (heading, [paragraphs]) and the people it names."""
    dl = "fr" if lang == "fr" else "en"
    heads = HEAD[lang if lang in HEAD else "en"]
    dname = T.DEPTS[s["dept"]][1 if dl == "fr" else 0]
    unit = (s["t_fr"] if dl == "fr" else s["t_en"]).split(", ", 1)[-1]
    unit = {"lab": "le laboratoire", "regulatory": "la direction"}.get(s["domain"], "la région") if dl == "fr" \
        else "the " + unit
    ga_pool = (T.GA_FR if dl == "fr" else T.GA_EN)[s["domain"]]
    ns_pool = (T.NS_FR if dl == "fr" else T.NS_EN)[s["domain"]]
    sa_pool = T.SA_FR if dl == "fr" else T.SA_EN
    ga = ga_pool[s["ga"] % len(ga_pool)].format(unit=unit, dept=dname)
    ns = [ns_pool[(s["ns"] + i) % len(ns_pool)] for i in range(min(2, len(ns_pool)))]
    sa = [sa_pool[i % len(sa_pool)].format(unit=unit) for i in s["sa"]]
    if dl == "fr":
        ga = ga.replace("de le ", "du ").replace("à le ", "au ")
        sa = [x.replace("de le ", "du ").replace("à le ", "au ") for x in sa]
    boss = short_of(title_of(s, dl)) if dl == "en" else title_of(s, "fr").split(",")[0]
    secs = []
    if o.get("csr"):
        secs.append(("Client Service Results" if dl == "en" else "Résultats axés sur le service à la clientèle",
                     [(T.CSR_TEXT_FR[0] if dl == "fr" else T.CSR_TEXT_EN[s["ga"] % 2]).format(dept=dname, unit=unit)]))
        secs.append(("Key Activities" if dl == "en" else "Activités principales", ["- " + x for x in sa]))
    else:
        secs.append((heads["ga"], [ga]))
    # organization
    org = []
    if o["sup"] == "sentence":
        st = s["s_fr"] if dl == "fr" else s["s_en"]
        scls = dmg(f"EX-{s['s_level']:02d}", p)
        pos = f", position {dmg(s['s_posno'], p)}" if o.get("spos_in_sentence") and s["s_posno"] else ""
        if dl == "fr":
            pos = f", poste no {dmg(s['s_posno'], p)}" if o.get("spos_in_sentence") and s["s_posno"] else ""
            org.append(f"Le titulaire relève du {st} ({scls}){pos}.")
        else:
            org.append(f"The {boss} reports to the {st} ({scls}){pos}, and is one of {R.randint(3, 7)} "
                       f"senior managers reporting to that position.")
    rf = o["reports"]
    if rf == "prose":
        org.append(report_prose(s["reports"], dl, p, boss))
    else:
        org.append(("Les postes suivants relèvent du titulaire :" if dl == "fr"
                    else f"The following positions report to the {boss}:"))
        for r in s["reports"]:
            org.append(o.get("bullet", "- ") + report_line(r, dl, rf, p, 0))
    secs.append((heads["org"], org))
    if not o.get("csr"):
        secs.append((heads["ns"], ns))
    secs.append((heads["dim"], dims_lines(s, dl, o, p)))
    if not o.get("csr"):
        secs.append((heads["sa"], [f"{i + 1}. {x}" if not o.get("ocr_numbers") else f"{dmg(str(i + 1), 0.5)}. {x}"
                                   for i, x in enumerate(sa)]))
    return secs


def dims_lines(s, dl, o, p):
    if not o.get("amounts", True):
        return ["Not available." if dl == "en" else "Non disponible."]
    st = o["amt"]
    sal = dmg(fmt_amt(s["salary"], dl, st), p)
    om = dmg(fmt_amt(s["om"], dl, st + o.get("amt2", 0)), p)
    tot = dmg(fmt_amt(s["total"], dl, st), p)
    fte = dmg(str(s["fte"]), p)
    form = o.get("dimform", 0)
    if dl == "fr":
        lines = [f"ETP : {fte}" if form != 1 else f"Effectif : {fte} employés",
                 f"Salaires : {sal}", f"F et E : {om}" if form != 2 else f"Fonctionnement et entretien : {om}"]
        if s["total_stated"]:
            lines.append(f"Total : {tot}")
        return lines
    if form == 3:
        t = f" for a total of {tot}" if s["total_stated"] else ""
        return [f"The {short_of(s['t_en'])} manages a staff of {fte}, a salary budget of {sal} and "
                f"an operating and maintenance budget of {om}{t}."]
    lines = [{0: f"FTEs: {fte}", 1: f"Staff of {fte}", 2: f"Number of FTE's: {fte}"}[form],
             f"Salary: {sal}" if form != 2 else f"Salary Budget: {sal}",
             f"O&M: {om}" if form != 1 else f"Operating and Maintenance: {om}"]
    if s["total_stated"]:
        lines.append(f"Total: {tot}" if form != 2 else f"Total Budget: {tot}")
    return lines


def header_fields(s, lang, o, p):
    L = LABELS[o["labels"]]
    dl = "fr" if lang == "fr" else "en"
    ex = fmt_ex(s["level"], o["ex"])
    if o.get("ex_paren"):
        ex = f"({ex})"
    hf = []
    if lang == "bi":
        hf.append((L["title"], f"{s['t_en']} / {s['t_fr']}"))
    else:
        hf.append((L["title"], title_of(s, dl)))
    hf.append((L["cls"], dmg(ex, p)))
    if s["job_code"] and o.get("job", True):
        hf.append((L["job"], dmg(s["job_code"], p)))
    hf.append((L["pos"], dmg(s["posno"], p)))
    if s["eff"]:
        hf.append((L["eff"], dmg(fmt_date(s["eff"], dl, o["date"]), p)))
    elif o.get("blank_date"):
        hf.append((L["eff"], ""))
    if not o.get("loc_end"):
        hf.append((L["dept"], T.DEPTS[s["dept"]][1 if dl == "fr" else 0]))
        hf.append((L["branch"], s["br_fr"] if dl == "fr" else s["br_en"]))
        if o.get("loc", True):
            hf.append((L["loc"], loc_str(s, dl, o)))
    st = s["s_fr"] if dl == "fr" else s["s_en"]
    scls = dmg(fmt_ex(s["s_level"], o["ex"] + 1), p)
    if o["sup"] == "fields":
        if s["s_posno"]:
            hf.append((L["spos"], dmg(s["s_posno"], p)))
        hf.append((L["stitle"], st))
        hf.append((L["scls"], scls))
    elif o["sup"] == "reports_to":
        hf.append((L["rep"], f"{st} ({scls})"))
        if s["s_posno"]:
            hf.append((L["spos"], dmg(s["s_posno"], p)))
    if s["incumbent"] and o.get("inc", True):
        hf.append((L["inc"], s["incumbent"]))
    return hf


def loc_str(s, dl, o):
    prov = T.PROV_FR[s["prov"]] if dl == "fr" else s["prov"]
    return f"{s['city']} ({prov})" if o.get("loc_paren") else f"{s['city']}, {prov}"


def render_header(hf, style):
    out = []
    for lab, val in hf:
        if style == "line":
            out.append(f"{lab}: {val}")
        elif style == "caps":
            out.append(f"{lab.upper()}: {val}")
        elif style == "next":
            out += [lab + ":", "    " + val]
        elif style == "dots":
            out.append(f"{lab} {'.' * max(3, 40 - len(lab))} {val}")
        elif style == "tabs":
            out.append(f"{lab}\t\t{val}")
        elif style == "fr":
            out.append(f"{lab} : {val}")
    return out


def cert_lines(s, lang, o):
    dl = "fr" if lang == "fr" else "en"
    names = []
    lines = []
    if dl == "fr":
        lines.append("Le texte qui précède décrit fidèlement les fonctions attribuées au poste.")
    else:
        lines.append("The foregoing is an accurate statement of the duties and responsibilities assigned to the position.")
    for i, nm in enumerate(s["signers"]):
        role = (s["s_fr"] if dl == "fr" else s["s_en"]) if i == 0 else (
            "Conseillère en classification" if dl == "fr" else "Classification Advisor")
        lines += ["", "_" * 28 + "        " + "_" * 14, f"{nm}, {role}" if o.get("sig_inline") else nm,
                  ("" if o.get("sig_inline") else role + "        ") + ("Date" if dl == "en" else "Date")]
        names.append(nm)
    if o.get("sig_noise"):
        lines.append(R.choice(["[ Signature: ~~ /,l!; ]", "(i (CO;!;*;*; ! ~ !C ate!", "MA eget ee | Signet gE"]))
    return lines, names


def ocr_text(s, lang, o):
    p = o.get("p", 0.35)
    hf = header_fields(s, lang, o, p)
    names = [s["incumbent"]] if s["incumbent"] and o.get("inc", True) else []
    secs = sections_text(s, lang, o, p)
    report_items = set()
    for h, paras in secs:
        if h == HEAD[lang]["org"]:
            report_items = set(paras[1:])
    heads = HEAD[lang]
    body = [heads["top"], ""]
    body += render_header(hf, o["hstyle"])
    body.append("")
    for h, paras in secs:
        hh = h if o.get("caps_heads", True) else h.title()
        body.append(hh if not o.get("colon_heads") else hh + ":")
        for para in paras:
            if para.startswith(("- ", "* ", "• ", "> ")) and para in report_items:
                body.append(para)
            elif para.startswith(("- ", "* ", "• ", "> ")) or (para[:1].isdigit() and ". " in para[:4]) or len(para) < 90:
                body.append(dmg_prose(para, o.get("pp", 0.06)) if len(para) > 40 else para)
            else:
                body += wrap_hyph(dmg_prose(para, o.get("pp", 0.06)), 84, o.get("hyph", True))
        body.append("")
    cl, cn = cert_lines(s, lang, o)
    names += cn
    body += [HEAD[lang]["cert"]] + cl
    if o.get("loc_end"):
        dl = "fr" if lang == "fr" else "en"
        L = LABELS[o["labels"]]
        body += ["", f"{L['loc'].upper()}: {loc_str(s, dl, o)}" if o.get("loc", True) else "",
                 f"{L['dept'].upper()}: {T.DEPTS[s['dept']][1 if dl == 'fr' else 0]}",
                 f"{L['branch'].upper()}: {s['br_fr'] if dl == 'fr' else s['br_en']}"]
    # pages with running header / footer
    per = o.get("per_page", 38)
    pages = [body[i:i + per] for i in range(0, len(body), per)]
    dshort = {"CFIA": "CFIA / ACIA", "HC": "Health Canada / Santé Canada", "PHAC": "PHAC / ASPC",
              "ECCC": "ECCC", "NRCan": "NRCan / RNCan", "DFO": "DFO / MPO", "AAFC": "AAFC / AAC",
              "TC": "Transport Canada", "CNSC": "CNSC / CCSN", "ISED": "ISED / ISDE", "NRC": "NRC-CNRC"}[s["dept"]]
    out_pages = []
    for i, pg in enumerate(pages):
        lines = list(pg)
        if o.get("running", True):
            foot = {0: f"{dshort}    EX Work Description    Page {i + 1} of {len(pages)}",
                    1: f"- {i + 1} -",
                    2: f"{short_of(title_of(s, 'fr' if lang == 'fr' else 'en'))} {dmg(str(i + 1), 0.5)}",
                    3: f"Protected A / Protégé A    {i + 1}/{len(pages)}"}[o.get("foot", 0)]
            lines.append(foot)
            if i and o.get("head_repeat"):
                lines.insert(0, f"{dshort} - {title_of(s, 'fr' if lang == 'fr' else 'en')} (cont'd)")
        out_pages.append(lines)
    if o.get("onerun"):
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
        text += "\n".join(" ".join(x for x in pg if x.strip()) for pg in out_pages)
    else:
        text = "\n\f".join("\n".join(pg) for pg in out_pages)
        if o.get("wrapper"):
            text = "--- Full Extracted Text ---\n" + text
    return text + "\n", names


def ocr_columns(s, lang, o):
    """A scanned page whose left column (header fields, supervisor, dimensions) and right
    column (prose) are read across the line."""
    p = o.get("p", 0.35)
    hf = header_fields(s, lang, o, p)
    left = render_header(hf, "caps" if lang == "en" else "fr")
    left += ["", "DIMENSIONS"] + dims_lines(s, "fr" if lang == "fr" else "en", o, p)
    secs = sections_text(s, lang, dict(o, sup="none"), p)
    right = []
    for h, paras in secs:
        if h == "DIMENSIONS":
            continue
        right.append(h)
        for para in paras:
            right += wrap_hyph(para if h == HEAD[lang]["org"] else dmg_prose(para, 0.06), 46, True)
    out = [HEAD[lang]["top"]]
    n = max(len(left), len(right))
    for i in range(n):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        out.append((a + "  " + b).strip() if a else b)
    cl, cn = cert_lines(s, lang, o)
    out += [""] + cl
    names = ([s["incumbent"]] if s["incumbent"] and o.get("inc", True) else []) + cn
    return "--- Full Extracted Text ---\n" + "\n".join(out) + "\n", names


# ------------------------------------------------------------- docx
FIXED = datetime(2021, 6, 1, 9, 0, 0)


def docx_save(d):
    cp = d.core_properties
    cp.author = "EX Classification"
    cp.last_modified_by = "EX Classification"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 6, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def bold_para(d, label, value, sep=": ", nextline=False):
    para = d.add_paragraph()
    run = para.add_run(label + (":" if nextline else sep.rstrip() if not value else sep))
    run.bold = True
    if nextline:
        d.add_paragraph(value)
    elif value:
        para.add_run(value if sep.endswith(" ") else " " + value)


def docx_doc(s, lang, o):
    p = o.get("p", 0.0)
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    dl = "fr" if lang == "fr" else "en"
    heads = HEAD[lang]
    d.add_heading(heads["top"].title() if o.get("title_case") else heads["top"], level=1)
    hf = header_fields(s, lang, o, p)
    if o["dhead"] == "table":
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in hf:
            c = t.add_row().cells
            c[0].text, c[1].text = lab, val
    elif o["dhead"] == "table4":
        t = d.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        for i in range(0, len(hf), 2):
            c = t.add_row().cells
            c[0].text, c[1].text = hf[i]
            if i + 1 < len(hf):
                c[2].text, c[3].text = hf[i + 1]
    elif o["dhead"] == "bold":
        for lab, val in hf:
            bold_para(d, lab, val, " : " if dl == "fr" else ": ")
    elif o["dhead"] == "boldnext":
        for lab, val in hf:
            bold_para(d, lab, val, nextline=True)
    elif o["dhead"] == "tabs":
        for lab, val in hf:
            d.add_paragraph(f"{lab}:\t{val}")
    names = [s["incumbent"]] if s["incumbent"] and o.get("inc", True) else []
    secs = sections_text(s, lang, dict(o, reports=o["reports"] if o["reports"] != "table" else 0), p)
    for h, paras in secs:
        d.add_heading(h.title() if o.get("title_case") else h, level=2)
        if h == heads["org"] and o["reports"] == "table":
            for para in paras[:1] if o["sup"] != "sentence" else paras[:2]:
                d.add_paragraph(para if para.startswith(("The", "Le", "Les")) else para)
            t = d.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            hdr = (["Poste", "Groupe et niveau", "ETP"] if dl == "fr" else ["Position", "Group/Level", "FTEs"])
            for c, txt in zip(t.rows[0].cells, hdr):
                c.text = txt
            for r in s["reports"]:
                c = t.add_row().cells
                c[0].text = r["fr"] if dl == "fr" else r["en"]
                c[1].text = r["cls"] or ""
                c[2].text = str(r["fte"]) if r["fte"] is not None else ""
            continue
        if h == "DIMENSIONS" and o.get("dimtable") and o.get("amounts", True):
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for line in dims_lines(s, dl, dict(o, dimform=0), p):
                lab, val = line.split(":", 1)
                c = t.add_row().cells
                c[0].text, c[1].text = lab.strip(), val.strip()
            continue
        for para in paras:
            if para.startswith("- "):
                d.add_paragraph(para[2:], style="List Bullet")
            elif para[:2].rstrip(".").isdigit() and ". " in para[:4]:
                d.add_paragraph(para.split(". ", 1)[1], style="List Number")
            else:
                d.add_paragraph(para)
    cl, cn = cert_lines(s, lang, dict(o, sig_noise=False))
    names += cn
    d.add_heading(heads["cert"], level=2)
    for line in cl:
        d.add_paragraph(line)
    return docx_save(d), names


# ------------------------------------------------------------- pdf
def pdf_doc(s, lang, o):
    p = o.get("p", 0.0)
    text, names = ocr_text(s, lang, dict(o, p=p, pp=o.get("pp", 0.0), hyph=False, running=False, per_page=10_000))
    lines = []
    for line in text.splitlines():
        lines += textwrap.wrap(line, 100) or [""]
    dl = "fr" if lang == "fr" else "en"
    per = 62
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for i, pg in enumerate(pages):
        foot = f"{T.DEPTS[s['dept']][1 if dl == 'fr' else 0]} - Page {i + 1} / {len(pages)}"
        out.append("\n".join(pg + ["", foot]))
    return pdf_bytes(out), names


# ------------------------------------------------------------- the plan
# (position, version spec or None, kind, file name, language of the file, options)
def O(**kw):
    base = dict(labels="en1", ex=0, date=0, amt=0, sup="fields", reports=0, hstyle="line")
    base.update(kw)
    return base


def plan():
    S = SPECS
    w1 = S["western-ops"]
    w2 = bump(w1, 3, 1.12, {"en": "Director, Northern Operations", "fr": "", "cls": "EX-01", "fte": 38},
              signers=[w1["signers"][0]])
    q1 = S["qc-food-insp"]
    q2 = bump(q1, 2, 1.06)
    n1 = S["nml-biosafety"]
    n2 = bump(n1, 4, 1.18)
    u1 = S["uranium"]
    u2 = bump(u1, 2, 1.04)
    m1 = S["pmra-reg"]
    m2 = bump(m1, 5, 1.2)
    return [
        # --- OCR text, English
        ("ottawa-lab", None, "ocr", "Director Ottawa Lab Fallowfield EX-01 - scan.txt", "bi",
         O(labels="bi", hstyle="line", ex=4, date=0, amt=1, reports=0, loc_end=True, p=0.4, foot=0, sup="reports_to")),
        ("western-ops", w1, "ocr", "ED Western Area - signed.txt", "en",
         O(labels="en2", hstyle="caps", ex=0, date=6, amt=5, reports=0, p=0.45, sig_noise=True, foot=1)),
        ("pmra-reg", m1, "ocr", "DG Registration Directorate PMRA.txt", "en",
         O(labels="en1", hstyle="next", ex=2, date=3, amt=0, reports=3, p=0.3, foot=0, wrapper=True)),
        ("pmra-reg", m2, "ocr", "DG Registration Directorate PMRA - revised.txt", "en",
         O(labels="en1", hstyle="next", ex=2, date=4, amt=1, reports=3, p=0.3, foot=0, wrapper=True)),
        ("on-regops", None, "ocr", "Regional Director, Ontario Region ROEB.txt", "en",
         O(labels="en3", hstyle="dots", ex=0, date=2, amt=1, reports=1, sup="sentence", spos_in_sentence=True,
           p=0.35, foot=3, loc_end=True)),
        ("nml-biosafety", n2, "ocr", "Director Lab Ops & Biosafety NML - revised 2O23 (signed).txt", "en",
         O(labels="en2", hstyle="caps", ex=0, date=0, amt=5, reports=0, p=0.5, foot=1, loc_end=True,
           sig_noise=True, enc="cp1252")),
        ("pyr-enf", None, "ocr", "RD Enforcement Pacific Yukon.txt", "en",
         O(dimform=2, labels="en4", hstyle="tabs", ex=1, date=5, amt=3, reports=2, p=0.3, foot=0)),
        ("materials-lab", None, "ocr", "Director, Materials Research Laboratory (Hamilton).txt", "en",
         O(labels="en1", hstyle="line", ex=0, date=0, amt=2, reports="prose", p=0.4, foot=2, onerun=True,
           csr=True)),
        ("gulf-science", None, "ocr", "RD Science Gulf - DR Sciences Golfe.txt", "bi",
         O(amt2=2, labels="bi", hstyle="next", ex=3, date=1, amt=1, reports=1, p=0.35, foot=3, sup="fields")),
        ("aah-lab", None, "ocr", "Director, CAAHRD - NEW position.txt", "en",
         O(labels="en2", hstyle="caps", ex=0, date=0, amt=0, reports=0, p=0.35, foot=0, onerun=True,
           sup="reports_to")),
        ("lethbridge", None, "ocr", "Lethbridge RDC Director EX-01 (1).txt", "en",
         O(dimform=1, labels="en3", hstyle="line", ex=2, date=0, amt=1, reports=3, p=0.3, foot=1, blank_date=True,
           enc="cp1252")),
        ("pnr-aviation", None, "ocr", "RD Civil Aviation PNR, EX-02.txt", "en",
         O(labels="en4", hstyle="dots", ex=0, date=4, amt=4, reports=0, p=0.4, foot=0, loc_end=True,
           sup="reports_to")),
        ("nsr", None, "ocr", "Dir Nuclear Substance Regulation Div.txt", "en",
         O(dimform=2, labels="en1", hstyle="line", ex=0, date=3, amt=0, reports=1, p=0.3, foot=3, ocr_numbers=True,
           csr=True)),
        ("uranium", u1, "ocr", "Director Uranium Mines and Mills - scanned 2019.txt", "bi",
         O(labels="bi", hstyle="line", ex=0, date=1, amt=1, reports=0, p=0.4, foot=0, sup="reports_to")),
        ("nrc-metrology", None, "ocr", "NRC Metrology R&D Director.txt", "en",
         O(labels="en2", hstyle="caps", ex=1, date=0, amt=5, reports=2, p=0.35, foot=0, onerun=True,
           sup="reports_to", loc_end=True)),
        ("on-animal", None, "ocr", "Director Animal Health Ops Ontario Area - signed copy.txt", "en",
         O(amt2=2, labels="en1", hstyle="next", ex=0, date=4, amt=1, reports=0, p=0.45, foot=1, sig_noise=True,
           enc="cp1252")),
        ("cmc-ops", None, "ocr", "Director Prediction Operations CCMEP.txt", "en",
         O(labels="en3", hstyle="tabs", ex=3, date=2, amt=2, reports=1, p=0.3, foot=2, sup="sentence")),
        ("pathogen", None, "ocr", "Director, Pathogen Regulation Directorate FINAL.txt", "en",
         O(labels="en4", hstyle="caps", ex=0, date=6, amt=1, reports=3, p=0.35, foot=0, loc_end=True,
           sup="reports_to", csr=True)),
        # --- OCR text, French and bilingual
        ("qc-food-insp", q2, "ocr", "Directeur Inspection salubrité aliments Qc (signée).txt", "fr",
         O(labels="fr2", hstyle="fr", ex=0, date=0, amt=1, reports=0, p=0.4, foot=1, sig_noise=True)),
        ("qc-cp", None, "ocr", "DR Conservation et protection, région du Québec.txt", "fr",
         O(labels="fr1", hstyle="fr", ex=4, date=3, amt=2, reports=1, p=0.35, foot=3, loc_paren=True,
           enc="cp1252")),
        ("qc-marine", None, "ocr", "DR Sécurité et sûreté maritimes Québec - numérisé.txt", "fr",
         O(dimform=1, labels="fr3", hstyle="next", ex=0, date=1, amt=3, reports=2, p=0.35, foot=0, sup="reports_to",
           loc_end=True)),
        ("sthyacinthe-lab", None, "ocr", "Directrice Labo St-Hyacinthe EX-01.txt", "fr",
         O(labels="fr1", hstyle="fr", ex=2, date=0, amt=4, reports=0, p=0.4, foot=1, onerun=True,
           sup="sentence", spos_in_sentence=True)),
        ("qc-enf", None, "ocr", "DR application de la loi env Québec.txt", "fr",
         O(labels="fr2", hstyle="fr", ex=0, date=2, amt=1, reports=1, p=0.3, foot=3, loc_paren=True)),
        ("gsc-qc", None, "ocr", "CGC Division de Québec - directrice (1).txt", "fr",
         O(labels="fr3", hstyle="fr", ex=1, date=3, amt=0, reports="prose", p=0.35, foot=0, csr=True,
           enc="cp1252")),
        ("qc-aviation", None, "ocr", "Dir Surveillance securite aerienne Qc - Aviation Safety Oversight.txt", "bi",
         O(amt2=2, labels="bi", hstyle="line", ex=0, date=0, amt=1, reports=3, p=0.35, foot=2, loc_paren=True)),
        # --- OCR, two columns read across
        ("explosives", None, "ocr-columns", "Director Explosives Regulatory Division.txt", "en",
         O(labels="en2", ex=0, date=0, amt=1, reports=0, p=0.35, sup="fields")),
        ("tdg", None, "ocr-columns", "TDG Compliance and Response - Director, EX-01.txt", "en",
         O(labels="en1", ex=2, date=3, amt=0, reports=1, p=0.3, sup="reports_to")),
        # --- Word
        ("western-ops", w2, "docx", "ED Western Area - revised 2022.docx", "en",
         O(labels="en1", dhead="table", ex=0, date=0, amt=1, reports="table", dimtable=True)),
        ("qc-food-insp", q1, "docx", "Directeur, Inspection de la salubrité des aliments - Québec.docx", "fr",
         O(labels="fr1", dhead="table", ex=0, date=0, amt=2, reports=0)),
        ("nml-biosafety", n1, "docx", "Director Lab Operations and Biosafety NML 2016.docx", "en",
         O(labels="en3", dhead="bold", ex=0, date=1, amt=0, reports="table")),
        ("md-regops", None, "docx", "Director MD Compliance Ops - FINAL.docx", "en",
         O(labels="en1", dhead="table", ex=1, date=2, amt=1, reports=1, sup="reports_to", dimtable=True)),
        ("ecotox", None, "docx", "Director, Ecotoxicology and Wildlife Health.docx", "en",
         O(labels="en1", dhead="boldnext", ex=0, date=3, amt=4, reports=0, title_case=True)),
        ("epo-dg", None, "docx", "DG EPO work description (1).docx", "en",
         O(labels="en3", dhead="table4", ex=0, date=4, amt=1, reports="table", dimtable=True)),
        ("st-jean", None, "docx", "Directeur CRD Saint-Jean-sur-Richelieu.docx", "fr",
         O(labels="fr3", dhead="bold", ex=3, date=1, amt=4, reports="table", loc_paren=True)),
        ("rail-ops", None, "docx", "Director Rail Safety Operations - revised.docx", "en",
         O(labels="en2", dhead="tabs", ex=0, date=5, amt=0, reports=3, sup="sentence", spos_in_sentence=True)),
        ("microbial", None, "docx", "Director, Bureau of Microbial Hazards - signed.docx", "en",
         O(labels="en1", dhead="table", ex=2, date=0, amt=1, reports=0, csr=True, dimtable=True)),
        ("atlantic", None, "docx", "ED Atlantic Area - DE Centre opérationnel de l'Atlantique.docx", "bi",
         O(labels="bi", dhead="table", ex=0, date=1, amt=1, reports="table", dimtable=True)),
        ("cps-ops", None, "docx", "Director Consumer Product Safety Ops.docx", "en",
         O(labels="en1", dhead="bold", ex=4, ex_paren=True, date=3, amt=5, reports=2, dimform=3)),
        ("qc-roeb", None, "docx", "DR OR-AL région du Québec (révisé).docx", "fr",
         O(labels="fr2", dhead="table", ex=0, date=0, amt=2, reports=1, sup="reports_to")),
        ("ottawa-rdc", None, "docx", "Director ORDC EX-01 draft 3 FINAL.docx", "en",
         O(labels="en3", dhead="table", ex=0, date=6, amt=1, reports="table", amounts=False)),
        ("plant-health", None, "docx", "Executive Director, Plant Health & Biosecurity.docx", "en",
         O(labels="en1", dhead="boldnext", ex=0, date=0, amt=1, reports=0, dimtable=True, loc_paren=True)),
        # --- PDF
        ("uranium", u2, "pdf", "Director Uranium Mines and Mills - revised 2021.pdf", "bi",
         O(labels="bi", hstyle="line", ex=0, date=1, amt=1, reports=0)),
        ("mc-labs", None, "pdf", "Measurement Canada - Director Laboratory Services.pdf", "en",
         O(labels="en1", hstyle="line", ex=0, date=0, amt=1, reports=3, sup="reports_to")),
        ("iml", None, "pdf", "Directeur Sciences IML, Mont-Joli.pdf", "fr",
         O(dimform=2, labels="fr1", hstyle="fr", ex=0, date=0, amt=2, reports=0)),
        ("water-quality", None, "pdf", "Director Water Quality Monitoring - signed.pdf", "en",
         O(labels="en2", hstyle="caps", ex=0, date=4, amt=0, reports=1, loc_end=True)),
    ]


# ------------------------------------------------------------- documents to refuse
def refusals():
    S = SPECS
    out = []
    memo = ("--- Full Extracted Text ---\nCanadian Food Inspection Agency    Agence canadienne d'inspection des aliments\n"
            "MEMORANDUM / NOTE DE SERVICE\n\n"
            "TO: Vice-President, Operations\nFROM: Executive Director, Laboratories\n"
            f"DATE: {dmg('February 14, 2023', 0.4)}\n"
            "SUBJECT: Staffing of the Director, Ottawa Laboratory (Fallowfield) (EX-OI) - acting appointment\n\n"
            "1. This is to seek your approval to staff the position of Director, Ottawa Laboratory (Fallowfield),\n"
            f"position {dmg(S['ottawa-lab']['posno'], 0.5)}, on an acting basis for a period of four months while a\n"
            "selection process is completed. The work description was reclassified at the EX-O1 level on\n"
            "the recommendation of the EX classification committee.\n\n"
            "2. I recommend that Dr. Annick Lavoie, currently Head, Chemistry Section (CH-O4), be\n"
            "appointed. Ms. Lavoie meets the essential qualifications and has acted in the position in 2O22.\n\n"
            "3. The salary and O&M of the laboratory are unchanged ($4.2M). A letter of offer will follow.\n\n"
            "RECOMMENDED / RECOMMANDÉ ____________  APPROVED / APPROUVÉ ____________\n"
            "Derek Chisholm                        Vice-President, Operations\n"
            "Executive Director, Laboratories\n- 1 -\n")
    out.append(("Memo - acting Director Ottawa Lab (staffing).txt", "ocr", "en", memo.encode("utf-8"),
                ["Annick Lavoie", "Derek Chisholm"]))
    email = ("From: Thibodeau, Sylvain (HC/SC)\r\nSent: Tuesday, March 7, 2023 4:12 PM\r\n"
             "To: Ramdin, Priya (HC/SC)\r\nCc: EX Classification / Classification EX (HC/SC)\r\n"
             "Subject: RE: Updated EX work descriptions \u2013 ROEB regions\r\n\r\n"
             "Hi Priya,\r\n\r\nAs discussed, please find attached the revised work descriptions for the "
             "Regional Director positions (Ontario and Quebec regions). The Quebec version is the French "
             "original; I\u2019ve left the English one in the shared folder.\r\n\r\n"
             "A few things still to confirm before we send them to the committee:\r\n"
             "- the FTE counts in the Dimensions (Ontario now shows 118, we think that\u2019s right)\r\n"
             "- the supervisor\u2019s position number for the DG, Regulatory Operations and Regions\r\n"
             "- the effective date \u2013 we\u2019d like April 1st, 2023 if possible\r\n\r\n"
             "Let me know if you need anything else.\r\n\r\nThanks,\r\nSylvain\r\n\r\n"
             "Sylvain Thibodeau\r\nSenior Classification Advisor | Conseiller principal en classification\r\n"
             "Health Canada | Santé Canada\r\nTel: 613-555-0142\r\n")
    out.append(("RE Updated EX work descriptions - ROEB regions.txt", "text-cp1252", "en", email.encode("cp1252"),
                ["Sylvain Thibodeau", "Priya Ramdin"]))
    chart = ("--- Full Extracted Text ---\nENVIRONMENT AND CLIMATE CHANGE CANADA\nENFORCEMENT BRANCH - ORGANIZATION CHART\n"
             f"Effective {dmg('April 1, 2024', 0.4)}\n\n"
             "Director General, Environmental Enforcement (EX-O3)\n"
             "    |-- Regional Director, Pacific and Yukon (EX-OI)   Staff of 64\n"
             "    |-- Regional Director, Prairie and Northern (EX-OI)   Staff of 51\n"
             "    |-- Regional Director, Ontario (EX-01)   Staff of 73\n"
             "    |-- Directeur régional, région du Québec (EX-01)   Effectif de 58\n"
             "    |-- Regional Director, Atlantic (EX-OI)   Staff of 47\n"
             "    |-- Director, Enforcement Policy and Programs (EX-01)   Staff of 22\n"
             "    |-- Manager, Business Services (AS-O7)   Staff of 9\n\n"
             "Vacant positions shown in grey. Prepared by Branch Management Services. Page I of I\n")
    out.append(("Org chart Enforcement Branch 2024.txt", "ocr", "en", chart.encode("utf-8"), []))
    # a scan saved as PDF without any text layer
    out.append(("Scan_0042 - EX work description (signed).pdf", "pdf", "en", pdf_bytes(["", ""]), []))
    # bilingual minutes of a classification committee, Word
    d = docx.Document()
    d.add_heading("EX Classification Committee / Comité de classification des postes EX", level=1)
    d.add_paragraph("Minutes / Procès-verbal — Meeting of June 20, 2023 / Réunion du 20 juin 2023")
    d.add_paragraph("Present / Présents : Karen Fraser (Chair / présidente), Olivier Beaulieu, Mei Kimura")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Position / Poste", "No.", "Level / Niveau", "Decision / Décision"]):
        c.text = txt
    rows = [("Director, Water Quality Monitoring and Surveillance", S["water-quality"]["posno"], "EX-01", "Confirmed / Confirmé"),
            ("Directeur, Sciences, Institut Maurice-Lamontagne", S["iml"]["posno"], "EX-01", "Confirmed / Confirmé"),
            ("Director General, Environmental Protection Operations", S["epo-dg"]["posno"], "EX-03",
             "Deferred - dimensions to be updated / Reporté")]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("Action items / Suivis : the Secretariat will return the EPO description to the branch for "
                    "revision of the O&M figures. / Le Secrétariat retournera la description à la direction générale.")
    d.add_paragraph("Next meeting / Prochaine réunion : September 12, 2023 / 12 septembre 2023")
    out.append(("Minutes EX classification committee 2023-06-20.docx", "docx", "bilingual", docx_save(d),
                ["Karen Fraser", "Olivier Beaulieu", "Mei Kimura"]))
    return out


# ------------------------------------------------------------- main
def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    entries = plan()
    groups = {}
    for key, spec, kind, name, lang, o in entries:
        groups.setdefault(key, []).append((name, spec or SPECS[key]))
    versions = {}
    for key, docs in groups.items():
        if len(docs) > 1:
            newest = max(docs, key=lambda x: (x[1]["eff"] or date.min))[0]
            versions[key] = {"documents": [n for n, _ in docs], "newest": newest}
    for key, spec, kind, name, lang, o in entries:
        s = spec or SPECS[key]
        if kind == "ocr":
            text, names = ocr_text(s, lang, o)
            data = (text.replace("\n", "\r\n").encode("cp1252") if o.get("enc") == "cp1252"
                    else text.encode("utf-8"))
        elif kind == "ocr-columns":
            text, names = ocr_columns(s, lang, o)
            data = text.encode("utf-8")
        elif kind == "docx":
            data, names = docx_doc(s, lang, o)
        else:
            data, names = pdf_doc(s, lang, o)
        (corpus / name).write_bytes(data)
        flags = {"job": o.get("job", True), "amounts": o.get("amounts", True), "loc": o.get("loc", True)}
        if o["sup"] == "sentence":
            flags["spos"] = bool(o.get("spos_in_sentence"))
        t = truth(s, lang, name, kind, flags, names, versions.get(key))
        write_yaml(expected / f"{name}.expected.yaml", t)
    for name, kind, lang, data, people in refusals():
        (corpus / name).write_bytes(data)
        write_yaml(expected / f"{name}.expected.yaml",
                   {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                    "not_stated": [], "also": None, "people": sorted(people), "versions": None})


def write_yaml(path, data):
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
