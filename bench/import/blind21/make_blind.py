#!/usr/bin/env python3
"""Generate the blind21 corpus: corpus/ (documents) and expected/ (ground truth).

    /work/main/.venv/bin/python bench/import/blind21/make_blind.py

Deterministic: one seeded random generator, fixed Word timestamps, fixed zip dates.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import zipfile
from pathlib import Path

import yaml
from docx import Document

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "tests"))
from import_files import pdf_bytes  # noqa: E402  the minimal PDF writer of the tests
import blind_text as T  # noqa: E402
from blind_positions import POSITIONS  # noqa: E402

R = random.Random(2121)
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PROV_FR = {"Quebec": "Québec", "Ontario": "Ontario", "New Brunswick": "Nouveau-Brunswick",
           "Prince Edward Island": "Île-du-Prince-Édouard"}
PROV_AB = {"Quebec": "QC", "Ontario": "ON", "New Brunswick": "NB", "Prince Edward Island": "PE"}

# --- how values are written ----------------------------------------------------------------

def cls_fmt(c: str | None, style: int) -> str:
    if not c:
        return ""
    m = re.match(r"EX-0(\d)$", c)
    if not m:
        return c if style != 2 else c.replace("-", " ")
    n = m.group(1)
    return [f"EX-0{n}", f"EX 0{n}", f"EX-{n}", f"EX0{n}", f"EX - 0{n}"][style % 5]


def date_fr(d: dt.date, style: int) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return [f"{day} {MOIS[d.month - 1]} {d.year}", d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"le {day} {MOIS[d.month - 1]} {d.year}", f"{d.day} {MOIS[d.month - 1].capitalize()} {d.year}"][style % 5]


def date_en(d: dt.date, style: int) -> str:
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS[d.month - 1]} {d.year}", d.isoformat(),
            f"{MONTHS[d.month - 1]} {d.day}{suf}, {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}"][style % 5]


def _sp(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def amt_fr(v: int, style: int) -> str:
    m = v / 1_000_000
    opts = [f"{_sp(v, ' ')} $", f"{_sp(v, chr(160))} $", f"{_sp(v, ' ')},00 $", f"{_sp(v // 1000, ' ')} k$"
            if v % 1000 == 0 else f"{_sp(v, ' ')} $"]
    if v % 10_000 == 0 and v >= 1_000_000:
        opts += [f"{m:.2f}".replace(".", ",").rstrip("0").rstrip(",") + " M$",
                 f"{m:.2f}".replace(".", ",").rstrip("0").rstrip(",") + " millions $"]
    return opts[style % len(opts)]


def amt_en(v: int, style: int) -> str:
    m = v / 1_000_000
    opts = [f"${v:,}", f"${v:,}.00", f"$ {v:,}", f"${v // 1000:,}K" if v % 1000 == 0 else f"${v:,}"]
    if v % 10_000 == 0 and v >= 1_000_000:
        opts += [f"${m:.2f}".rstrip("0").rstrip(".") + "M", f"${m:.2f}".rstrip("0").rstrip(".") + " million"]
    return opts[style % len(opts)]


# --- OCR damage (a reader can still read every value) ------------------------------------------

def ocr_num(s: str) -> str:
    """0 read as O, 1 as I, in a number or classification."""
    out = []
    for ch in s:
        if ch == "0" and R.random() < 0.5:
            out.append("O")
        elif ch == "1" and R.random() < 0.35:
            out.append("I")
        else:
            out.append(ch)
    return "".join(out)


def ocr_prose(s: str) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        r = R.random()
        if r < 0.04 and "m" in w:
            w = w.replace("m", "rn", 1)
        elif r < 0.07 and "e" in w[1:]:
            i = w.index("e", 1)
            w = w[:i] + "c" + w[i + 1:]
        elif r < 0.10:
            w = w.translate(str.maketrans("éèàç", "eeac"))
        elif r < 0.12 and len(w) > 6:
            w = w[:3] + " " + w[3:]
        out.append(w)
    return " ".join(out)


def ocr_label(s: str) -> str:
    return s.translate(str.maketrans("éèêÉàç", "eeeEac")) if R.random() < 0.5 else s


# --- the position's values ---------------------------------------------------------------------

def values(p) -> dict:
    key, dept_en, dept_fr, t_en, t_fr, level, city, prov, sup, reports = p
    v = {"key": key, "dept_en": dept_en, "dept_fr": dept_fr, "t_en": t_en, "t_fr": t_fr, "level": level,
         "city": city, "prov": prov, "sup_en": sup[0], "sup_fr": sup[1], "sup_level": sup[2]}
    v["reports"] = []
    for r in reports:
        en, fr, c, n = r.split("|")
        v["reports"].append({"en": en, "fr": fr, "cls": c, "fte": None if n == "-" else int(n)})
    v["posno"] = str(R.randint(10000, 999999)) if R.random() < 0.85 else None
    v["jobcode"] = str(R.randint(100000, 109999)) if R.random() < 0.6 else None
    v["date"] = dt.date(R.randint(2008, 2024), R.randint(1, 12), R.randint(1, 28)) if R.random() < 0.85 else None
    v["sup_posno"] = str(R.randint(10000, 999999)) if R.random() < 0.7 else None
    staff = sum(r["fte"] or 5 for r in v["reports"]) + 3
    sal = max(30, round(staff * R.randint(72, 98) / 10)) * 10_000  # about $72K to $98K a head
    om = R.randint(max(20, staff // 2), max(60, staff * 6)) * 1000
    shape = R.choice(["all", "all", "all", "sal_om", "total", "none"])
    v["salary"], v["om"], v["total"] = ({"all": (sal, om, sal + om), "sal_om": (sal, om, None),
                                         "total": (None, None, sal + om), "none": (None, None, None)}[shape])
    known = [r["fte"] for r in v["reports"] if r["fte"]]
    v["fte"] = sum(known) + R.randint(1, 4) if R.random() < 0.7 else None
    v["people"] = R.sample(T.NAMES, R.choice([0, 1, 2, 2, 3]))
    v["style"] = R.randint(0, 9)
    return v


def u_fr(v):
    return v["dept_fr"]


# --- rendering lines --------------------------------------------------------------------------

LBL_FR = {
    "title": ["Titre du poste", "Intitulé du poste", "Intitulé", "Titre", "Titre de la position", "Titre fonctionnel"],
    "level": ["Niveau", "Groupe et niveau", "Classification", "Groupe/Niveau", "Niveau de classification"],
    "posno": ["Numéro de poste", "No du poste", "N° de poste", "Numéro du poste", "No. de position"],
    "jobcode": ["Code de l'emploi", "Code d'emploi", "No de code de l'emploi", "Code de la description"],
    "date": ["Date d'entrée en vigueur", "Date d'effet", "En vigueur le", "Date de prise d'effet"],
    "sup": ["Relève de", "Supérieur immédiat", "Titre du poste du superviseur", "Poste du surveillant", "Rend compte à"],
    "suplevel": ["Niveau du superviseur", "Groupe et niveau du supérieur", "Classification du surveillant"],
    "supno": ["Numéro de poste du superviseur", "No de poste du supérieur", "N° du poste du surveillant"],
    "loc": ["Lieu de travail", "Emplacement", "Lieu géographique", "Endroit", "Localité"],
    "dept": ["Ministère", "Organisation", "Ministère/organisme", "Direction générale"],
    "fte": ["Effectif", "ETP", "Nombre d'ETP", "Équivalents temps plein"],
    "salary": ["Budget salarial", "Salaires", "Enveloppe salariale", "Traitements et salaires"],
    "om": ["F et E", "Fonctionnement et entretien", "Budget de F et E", "Dépenses de fonctionnement (F&E)"],
    "total": ["Total", "Budget total", "Budget global", "Total des ressources"],
}
LBL_EN = {
    "title": ["Position Title", "Title of Position", "Job Title", "Position", "Working Title"],
    "level": ["Classification", "Group and Level", "Level", "Group/Level", "Classification Level"],
    "posno": ["Position Number", "Position No.", "Pos. #", "Position #"],
    "jobcode": ["Job Code", "Generic Job Code", "Job Description Code", "JD No."],
    "date": ["Effective Date", "Date Effective", "Effective", "Date of Last Update"],
    "sup": ["Reports To", "Supervisor's Position Title", "Immediate Supervisor", "Title of Supervisor"],
    "suplevel": ["Supervisor's Classification", "Supervisor Group/Level", "Supervisor's Level"],
    "supno": ["Supervisor's Position Number", "Supervisor Position No.", "Supervisor Pos. #"],
    "loc": ["Location", "Geographic Location", "Work Location", "City"],
    "dept": ["Department", "Organization", "Branch"],
    "fte": ["FTEs", "Full-Time Equivalents", "Staff", "Human Resources"],
    "salary": ["Salary Budget", "Salaries", "Salary", "Personnel Costs"],
    "om": ["O&M", "Operating and Maintenance", "O & M Budget", "Non-Salary (O&M)"],
    "total": ["Total", "Total Budget", "Total Operating Budget", "Total Resources"],
}


def lbl(v, lang, name, ocr=False):
    pool = (LBL_FR if lang == "fr" else LBL_EN)[name]
    s = pool[(v["style"] + len(name)) % len(pool)]
    return ocr_label(s) if ocr else s


def loc_txt(v, lang, style):
    if lang == "fr":
        return [f"{v['city']} ({PROV_FR[v['prov']]})", f"{v['city']}, {PROV_FR[v['prov']]}",
                f"{v['city']} ({PROV_AB[v['prov']]})"][style % 3]
    return [f"{v['city']}, {v['prov']}", f"{v['city']} ({v['prov']})", f"{v['city']}, {PROV_AB[v['prov']]}"][style % 3]


def header_fields(v, lang, ocr=False, sup_sentence=False):
    """(label, value) pairs of the form's header, in the position's own order."""
    s = v["style"]
    num = ocr_num if ocr else (lambda x: x)
    t = v["t_fr"] if lang == "fr" else v["t_en"]
    nonum = ["NOUVEAU", "À déterminer", "Nouveau poste", "s.o."] if lang == "fr" else ["NEW", "TBD", "To be determined"]
    f = [("title", t), ("level", num(cls_fmt(v["level"], s)))]
    f.append(("posno", num(v["posno"]) if v["posno"] else nonum[s % len(nonum)]))
    if v["jobcode"]:
        f.append(("jobcode", num(v["jobcode"])))
    f.append(("date", (date_fr if lang == "fr" else date_en)(v["date"], s) if v["date"] else ""))
    f.append(("dept", v["dept_fr"] if lang == "fr" else v["dept_en"]))
    f.append(("loc", loc_txt(v, lang, s)))
    if not sup_sentence:
        f.append(("sup", v["sup_fr"] if lang == "fr" else v["sup_en"]))
        f.append(("suplevel", num(cls_fmt(v["sup_level"], s + 1))))
        if v["sup_posno"]:
            f.append(("supno", num(v["sup_posno"])))
    if s % 3 == 1:  # some forms put the location and the department first
        f = f[5:7] + f[:5] + f[7:]
    return [(lbl(v, lang, k, ocr), val) for k, val in f]


def sup_sentence(v, lang):
    c = cls_fmt(v["sup_level"], v["style"])
    no = v["sup_posno"]
    if lang == "fr":
        s = f"Le titulaire relève du poste de {v['sup_fr']} ({c})"
        return s + (f", poste no {no}." if no else ".")
    s = f"The incumbent reports to the {v['sup_en']} ({c})"
    return s + (f", position number {no}." if no else ".")


def report_lines(v, lang, style, ocr=False):
    out = []
    for i, r in enumerate(v["reports"]):
        t = r["fr"] if lang == "fr" else r["en"]
        c = cls_fmt(r["cls"], style)
        if ocr:
            c = ocr_num(c)
        n = r["fte"]
        resp = (T.RESP_FR if lang == "fr" else T.RESP_EN)[i % 4]
        if lang == "fr":
            cnt = ["{n} ETP", "{n} ÉTP", "effectif de {n}", "{n} employés", "{n},0 ETP"][style % 5].format(n=n)
            forms = [f"• {t} ({c}, {cnt})" if n else f"• {t} ({c})",
                     f"{t} – {c} – {cnt}" if n else f"{t} – {c}",
                     f"- {t} ({c}), {cnt}, {resp}." if n else f"- {t} ({c}), {resp}.",
                     f"{c} {t} ({cnt})" if n else f"{c} {t}",
                     f"{chr(97 + i)}) {t} ({c}) : {cnt}; {resp}" if n else f"{chr(97 + i)}) {t} ({c}) : {resp}"]
        else:
            cnt = ["{n} FTEs", "{n} FTE", "staff of {n}", "{n} employees", "{n}.0 FTEs"][style % 5].format(n=n)
            forms = [f"• {t} ({c}, {cnt})" if n else f"• {t} ({c})",
                     f"{t} – {c} – {cnt}" if n else f"{t} – {c}",
                     f"- {t} ({c}), {cnt}, {resp}." if n else f"- {t} ({c}), {resp}.",
                     f"{c} {t} ({cnt})" if n else f"{c} {t}",
                     f"{chr(97 + i)}) {t} ({c}): {cnt}; {resp}" if n else f"{chr(97 + i)}) {t} ({c}): {resp}"]
        out.append(forms[style % 5])
    return out


def dim_lines(v, lang, ocr=False):
    s = v["style"]
    am = amt_fr if lang == "fr" else amt_en
    out = []
    if v["fte"]:
        out.append((lbl(v, lang, "fte", ocr), str(v["fte"]) + ("" if s % 2 else (" ETP" if lang == "fr" else " FTEs"))))
    for k in ("salary", "om", "total"):
        if v[{"om": "om"}.get(k, k)]:
            a = am(v[k], s + len(k))
            if ocr and R.random() < 0.5:
                a = a.replace("1", "I", 1).replace("0", "O", 1)
            out.append((lbl(v, lang, k, ocr), a))
    return out


def prose(v, lang, ocr=False):
    u = v["dept_fr"] if lang == "fr" else v["dept_en"]
    s = v["style"]
    ga = (T.GA_FR if lang == "fr" else T.GA_EN)
    ns = (T.NS_FR if lang == "fr" else T.NS_EN)
    acts = (T.ACT_FR if lang == "fr" else T.ACT_EN)
    picks = [acts[(s + k * 2) % len(acts)] for k in range(5)]
    d = {"ga": ga[s % len(ga)].format(u=u), "ns": ns[s % len(ns)].format(u=u), "acts": picks,
         "csr": (T.CSR_FR if lang == "fr" else T.CSR_EN).format(u=u)}
    if ocr:
        d = {k: (ocr_prose(x) if isinstance(x, str) else [ocr_prose(a) for a in x]) for k, x in d.items()}
    return d


def signature(v, lang):
    names = v["people"]
    if not names:
        return []
    if lang == "fr":
        roles = ["Titulaire : ", "Signature du superviseur : ", "Approuvé par : "]
    else:
        roles = ["Incumbent: ", "Supervisor's signature: ", "Approved by: "]
    out = [""]
    for role, n in zip(roles, names):
        out.append(f"{role}{n}        Date : ____________" if lang == "fr" else f"{role}{n}        Date: ____________")
    return out


H = {  # section headings by language, several wordings each
    "fr": {"ga": ["RESPONSABILITÉS GÉNÉRALES", "Raison d'être du poste", "Sommaire des responsabilités"],
           "org": ["STRUCTURE ORGANISATIONNELLE", "Structure de l'organisation", "Organisation"],
           "rep": ["Les postes suivants relèvent du titulaire :", "Relèvent directement du titulaire :",
                   "Subordonnés immédiats"],
           "ns": ["NATURE ET ÉTENDUE", "Contexte et défis", "Nature et portée du travail"],
           "dim": ["DIMENSIONS", "Dimensions financières et humaines", "Ressources"],
           "act": ["RESPONSABILITÉS SPÉCIFIQUES", "Activités principales", "Fonctions principales"],
           "csr": "Résultats axés sur le service à la clientèle"},
    "en": {"ga": ["GENERAL ACCOUNTABILITY", "Purpose of the Position", "Summary of Responsibilities"],
           "org": ["ORGANIZATION STRUCTURE", "Organizational Structure", "Organization"],
           "rep": ["The following positions report to the incumbent:", "Direct reports:", "Subordinate positions"],
           "ns": ["NATURE AND SCOPE", "Context and Challenges", "Nature and Scope"],
           "dim": ["DIMENSIONS", "Financial and Human Dimensions", "Resources"],
           "act": ["SPECIFIC ACCOUNTABILITIES", "Key Activities", "Main Activities"],
           "csr": "Client Service Results"},
}


def heading(v, lang, key, n=None, colon=False, caps=None):
    h = H[lang][key]
    h = h if isinstance(h, str) else h[v["style"] % len(h)]
    if caps is True:
        h = h.upper()
    if n is not None:
        h = f"{n} {h}"
    if colon and not h.endswith(":"):
        h += " :" if lang == "fr" else ":"
    return h


def body_lines(v, lang, *, layout="lines", ocr=False, number=None, csr=False, sup_in_prose=False):
    """A whole description as text lines."""
    s = v["style"]
    sep = " : " if lang == "fr" and s % 2 == 0 else (": " if s % 3 else "\t")
    out = []
    title_h = ("DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)" if lang == "fr"
               else "EXECUTIVE GROUP WORK DESCRIPTION")
    out += [title_h, ""]
    fields = header_fields(v, lang, ocr, sup_in_prose)
    for k, (label, val) in enumerate(fields):
        if layout == "nextline":
            out += [label.upper() if s % 2 else label, val, ""]
        elif layout == "numbered":
            out.append(f"{chr(65 + k)}. {label}{sep}{val}")
        else:
            out.append(f"{label}{sep}{val}")
    out.append("")
    p = prose(v, lang, ocr)
    nums = iter(range(1, 20))

    def h(key, caps=None):
        return heading(v, lang, key, (f"{next(nums)}." if number else None), colon=(s % 4 == 3), caps=caps)
    if csr:
        out += [h("csr"), p["csr"], "", h("act")] + [f"- {a}" for a in p["acts"]] + [""]
    else:
        out += [h("ga"), p["ga"], ""]
    out += [h("org")]
    if sup_in_prose:
        out.append(sup_sentence(v, lang))
    out += [heading(v, lang, "rep")] + report_lines(v, lang, s, ocr) + [""]
    dims = dim_lines(v, lang, ocr)
    sections = [[h("ns"), p["ns"], ""], [h("dim")] + [f"{a}{sep}{b}" for a, b in dims] + [""]]
    if s % 2:
        sections.reverse()
    for sec in sections:
        out += sec
    if not csr:
        out += [h("act")] + [f"{i}. {a}" for i, a in enumerate(p["acts"], 1)] + [""]
    out += signature(v, lang)
    return out


def side_by_side(v, ocr=False):
    """English on the left, French on the right, as a bilingual form printed in two columns."""
    en = [f"{a}: {b}" for a, b in header_fields(v, "en", ocr)]
    fr = [f"{a} : {b}" for a, b in header_fields(v, "fr", ocr)]
    out = ["EXECUTIVE WORK DESCRIPTION".ljust(58) + "DESCRIPTION DE TRAVAIL – CADRES DE DIRECTION", ""]
    for a, b in zip(en, fr):
        out.append(a.ljust(58) + b)
    out.append("")
    out += ["Direct reports / Relèvent du titulaire :"]
    for a, b in zip(report_lines(v, "en", v["style"], ocr), report_lines(v, "fr", v["style"], ocr)):
        out.append(a.ljust(58) + b)
    out.append("")
    out += ["DIMENSIONS".ljust(58) + "DIMENSIONS"]
    for (a, b), (c, d) in zip(dim_lines(v, "en", ocr), dim_lines(v, "fr", ocr)):
        out.append(f"{a}: {b}".ljust(58) + f"{c} : {d}")
    p_en, p_fr = prose(v, "en", ocr), prose(v, "fr", ocr)
    out += ["", "GENERAL ACCOUNTABILITY / RESPONSABILITÉS GÉNÉRALES", p_en["ga"], p_fr["ga"], ""]
    out += signature(v, "fr")
    return out


def inline_bilingual(v):
    """Labels 'English / Français', each value given in both languages where it is text."""
    s = v["style"]
    pairs = [("Position Title / Titre du poste", f"{v['t_en']} / {v['t_fr']}"),
             ("Classification / Niveau", cls_fmt(v["level"], s)),
             ("Position Number / Numéro de poste", v["posno"] or "NEW / NOUVEAU")]
    if v["jobcode"]:
        pairs.append(("Job Code / Code d'emploi", v["jobcode"]))
    pairs.append(("Effective Date / Date d'entrée en vigueur", date_fr(v["date"], 1) if v["date"] else ""))
    pairs += [("Location / Lieu de travail", loc_txt(v, "fr", s)),
              ("Reports to / Relève de", f"{v['sup_en']} / {v['sup_fr']}"),
              ("Supervisor's Level / Niveau du superviseur", cls_fmt(v["sup_level"], s + 2))]
    if v["sup_posno"]:
        pairs.append(("Supervisor's Position No. / No de poste du superviseur", v["sup_posno"]))
    out = ["WORK DESCRIPTION / DESCRIPTION DE TRAVAIL", v["dept_en"] + " / " + v["dept_fr"], ""]
    out += [f"{a}: {b}" for a, b in pairs] + [""]
    out += ["DIRECT REPORTS / SUBORDONNÉS"]
    for r in v["reports"]:
        n = f", {r['fte']} FTE/ETP" if r["fte"] else ""
        out.append(f"- {r['en']} / {r['fr']} ({cls_fmt(r['cls'], s)}{n})")
    out += ["", "DIMENSIONS"]
    for (a, b), (c, _) in zip(dim_lines(v, "en"), dim_lines(v, "fr")):
        out.append(f"{a} / {c}: {b}")
    p_en, p_fr = prose(v, "en"), prose(v, "fr")
    out += ["", "GENERAL ACCOUNTABILITY / RESPONSABILITÉS GÉNÉRALES", p_en["ga"], "", p_fr["ga"], ""]
    out += [H["en"]["act"][1] + " / " + H["fr"]["act"][1]] + [f"- {a}" for a in p_en["acts"][:3]]
    out += signature(v, "en")
    return out


# --- files ------------------------------------------------------------------------------------

def as_ocr(lines, v, lang, one_run=False):
    """Scanned pages: running footers, page numbers; or everything in one long run."""
    foot = ("Protégé B une fois rempli" if lang == "fr" else "Protected B when completed")
    out, page = [], 1
    for i, line in enumerate(lines):
        out.append(line)
        if i and i % 28 == 0:
            out += ["", f"{foot}    Page {page}" + (f" de {len(lines) // 28 + 1}" if lang == "fr" else f" of {len(lines) // 28 + 1}"), ""]
            page += 1
    if one_run:
        text = " ".join(x.strip() for x in out if x.strip())
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text + "\n"
    return "\n".join(out) + "\n"


def interleave(lines_a, lines_b):
    """Two columns of a scan read across: the left and right column's lines alternate."""
    out = []
    for i in range(max(len(lines_a), len(lines_b))):
        if i < len(lines_a):
            out.append(lines_a[i])
        if i < len(lines_b):
            out.append(lines_b[i])
    return out


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def new_doc():
    doc = Document()
    cp = doc.core_properties
    cp.created = cp.modified = cp.last_printed = dt.datetime(2021, 1, 1)
    cp.author = cp.last_modified_by = "RH"
    return doc


def save_doc(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


def docx_table_form(v, lang, bilingual=False, report_table=True, heading_caps=False):
    doc = new_doc()
    s = v["style"]
    doc.add_heading("Description de travail du groupe de la direction" if lang == "fr" else "Executive Work Description", 1)
    if bilingual:
        doc.add_paragraph(f"{v['dept_en']} / {v['dept_fr']}")
        en = header_fields(v, "en")
        fr = header_fields(v, "fr")
        t = doc.add_table(rows=0, cols=3)
        for (a, b), (c, d) in zip(en, fr):
            row = t.add_row().cells
            row[0].text = f"{a} / {c}"
            row[1].text = b
            row[2].text = d if d != b else ""
    else:
        t = doc.add_table(rows=0, cols=2)
        for a, b in header_fields(v, lang):
            row = t.add_row().cells
            row[0].text = a + (" :" if lang == "fr" and s % 2 else "")
            row[1].text = b
    langs = ["en", "fr"] if bilingual else [lang]
    for lg in langs:
        p = prose(v, lg)
        doc.add_heading(heading(v, lg, "ga", caps=heading_caps), 2)
        doc.add_paragraph(p["ga"])
    lg = langs[-1]
    doc.add_heading(heading(v, lg, "org", caps=heading_caps), 2)
    doc.add_paragraph(heading(v, lg, "rep"))
    if report_table:
        t = doc.add_table(rows=1, cols=3)
        hdr = (["Titre du poste", "Groupe et niveau", "ETP"] if lg == "fr" else ["Position", "Classification", "FTEs"])
        for c, txt in zip(t.rows[0].cells, hdr):
            c.text = txt
        for r in v["reports"]:
            row = t.add_row().cells
            row[0].text = r["fr"] if lg == "fr" else r["en"]
            row[1].text = cls_fmt(r["cls"], s)
            row[2].text = str(r["fte"]) if r["fte"] else ""
    else:
        for line in report_lines(v, lg, s):
            doc.add_paragraph(line.lstrip("•- "), style="List Bullet")
    doc.add_heading(heading(v, lg, "dim", caps=heading_caps), 2)
    dims = dim_lines(v, lg)
    if dims:
        t = doc.add_table(rows=0, cols=2)
        for a, b in dims:
            row = t.add_row().cells
            row[0].text, row[1].text = a, b
    doc.add_heading(heading(v, lg, "act", caps=heading_caps), 2)
    for a in prose(v, lg)["acts"]:
        doc.add_paragraph(a, style="List Number")
    for line in signature(v, lg):
        if line:
            doc.add_paragraph(line)
    return save_doc(doc)


def docx_paragraphs(lines):
    doc = new_doc()
    for line in lines:
        if line.isupper() and len(line) > 3:
            doc.add_heading(line.title() if len(line) > 40 else line, 2)
        else:
            doc.add_paragraph(line)
    return save_doc(doc)


def pdf_of(lines, footer):
    pages, chunk = [], []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= 58:
            pages.append(chunk)
            chunk = []
    if chunk:
        pages.append(chunk)
    out = []
    for i, pg in enumerate(pages, 1):
        wrapped = []
        for line in pg:
            while len(line) > 110:  # a long paragraph runs over several lines of the page
                cut = line.rfind(" ", 0, 110)
                wrapped.append(line[:cut])
                line = line[cut + 1:]
            wrapped.append(line)
        out.append("\n".join(wrapped + ["", f"{footer} - {i}/{len(pages)}"]))
    return pdf_bytes(out)


# --- the corpus plan: (position key, file name, kind, language, layout) ---------------------------

PLAN = [
    ("sc-monteregie", "DT EX-01 Directeur régional, Prestation des services Montérégie.docx", "docx", "fr", "fr_table"),
    ("pc-mauricie", "Description de travail - Directeur UG Mauricie.txt", "text", "fr", "fr_lines"),
    ("arc-jonquiere", "CF Jonquière - directeur (EX-02) - scan.txt", "ocr", "fr", "fr_ocr_run"),
    ("mpo-golfe", "DRGP Golfe - Regional Director Fisheries Management.docx", "docx", "bilingual", "bi_table"),
    ("apeca-nb", "APECA DG Developpement des entreprises NB.pdf", "pdf", "fr", "fr_numbered"),
    ("eccc-intemperies", "CPIQ directeur.txt", "text-cp1252", "fr", "fr_nextline"),
    ("statcan-commerce", "Director International Accounts and Trade.docx", "docx", "en", "en_table"),
    ("spac-paye", "DG Centre des services de paye - Miramichi (version bilingue).txt", "text", "bilingual", "en_then_fr"),
    ("ircc-montreal", "IRCC BR Montréal - description EX.pdf", "pdf", "fr", "fr_csr"),
    ("asfc-lacolle", "ASFC_Directeur_district_Monteregie_numérisé.txt", "ocr", "fr", "fr_ocr_pages"),
    ("sc-reglementaire", "SC DROAL Québec DR.docx", "docx", "fr", "fr_paragraphs"),
    ("asc-exploration", "ASC - Opérations d'exploration spatiale, directeur.txt", "text", "bilingual", "bi_inline"),
    ("bac-preservation", "BAC DG Préservation 2019.pdf", "pdf", "bilingual", "en_then_fr"),
    ("pch-ol", "PCH Directrice PALO.docx", "docx", "fr", "fr_table_list"),
    ("grc-biens", "GRC Div C - Dir Services de gestion des biens (scan).txt", "ocr-columns", "fr", "fr_ocr_cols"),
    ("acc-centralized", "VAC DG Centralized Operations.txt", "text", "en", "en_lines"),
    ("dec-bsl", "DEC Rimouski - directeur bureau d'affaires.txt", "text", "fr", "fr_csr"),
    ("tc-maritime", "TC SSM Québec - DR.pdf", "pdf", "fr", "fr_nextline"),
    ("rncan-laurentides", "SCF CFL Directeur.docx", "docx", "bilingual", "bi_table"),
    ("aac-sthyacinthe", "AAC CRD St-Hyacinthe directrice de recherche.txt", "ocr", "fr", "fr_ocr_pages_sup"),
    ("acia-quebec", "ACIA Directeur exécutif Opérations Québec.pdf", "pdf", "bilingual", "side_by_side"),
    ("bt-parlement", "BT Traduction parlementaire - Directeur.docx", "docx", "fr", "fr_table"),
    ("spc-centres", "SSC DG Data Centre Operations.pdf", "pdf", "en", "en_csr"),
    ("cfp-psychologie", "CFP CPP directrice - signée.txt", "text-cp1252", "fr", "fr_sup_sentence"),
    ("clo-conformite", "CLO_DG_Assurance_conformite.docx", "docx", "bilingual", "en_then_fr_docx"),
    ("gcc-scTm", "GCC SCTM Region du Quebec - scan.txt", "ocr", "fr", "fr_ocr_run"),
    ("aspc-zoonoses", "ASPC LZOA directeur.pdf", "pdf", "fr", "fr_lines"),
    ("ised-spectre", "ISDE Spectre Québec - DR.txt", "text", "bilingual", "side_by_side_txt"),
    ("jus-admin", "Justice BRQ Directeur services administratifs.docx", "docx", "fr", "fr_numbered_docx"),
    ("statcan-recensement", "Director General, Census Operations.txt", "ocr", "en", "en_ocr_pages"),
    ("sac-quebec", "SAC DGR Région du Québec.docx", "docx", "fr", "fr_table"),
    ("sc-substances", "HC Director Controlled Substances Compliance.txt", "text-cp1252", "en", "en_nextline"),
    ("scc-archambault", "Directeur d'établissement Archambault (scan 2).txt", "ocr", "fr", "fr_ocr_run"),
    ("scc-atlantique", "SCC Atlantic Institution Warden - bilingue.pdf", "pdf", "bilingual", "bi_inline"),
    ("sc-bathurst", "SC Bathurst Directeur Traitement des prestations.txt", "text", "fr", "fr_numbered"),
    ("satj-secretariat", "SCDATA DG Services de secrétariat.docx", "docx", "bilingual", "bi_table"),
    ("mdn-rhc", "MDN CSRHC Québec - directeur.pdf", "pdf", "fr", "fr_sup_sentence"),
    ("rcaanc-revendications", "CIRNAC DG Specific Claims.docx", "docx", "en", "en_table_list"),
    ("amc-francophonie", "AMC Directeur Francophonie.txt", "ocr-columns", "fr", "fr_ocr_cols"),
    ("spac-biens-atl", "SPAC Atlantique DR Gestion des immeubles.txt", "text", "fr", "fr_nextline"),
    ("spac-pensions", "Centre des pensions Shediac - directeur.docx", "docx", "fr", "fr_csr_docx"),
    ("arc-summerside", "CRA Summerside TC Director.pdf", "pdf", "en", "en_lines"),
    ("aeic-quebec", "AEIC Bureau régional du Québec - directrice.txt", "ocr", "bilingual", "en_then_fr_ocr"),
    ("pc-nordnb", "Parcs UG Nord du N.-B. directeur.txt", "text-cp1252", "fr", "fr_lines"),
    ("eccc-eau", "ECCC Water Science Atlantic Director.docx", "docx", "en", "en_paragraphs"),
    ("statcan-est", "StatCan Région de l'Est - DR.pdf", "pdf", "fr", "fr_numbered"),
    ("sc-pso", "DPSNSO DG - HC.txt", "text", "bilingual", "bi_inline"),
    ("tc-ferroviaire", "TC Sécurité ferroviaire Québec directeur.txt", "ocr", "fr", "fr_ocr_pages"),
]


def render(v, kind, lang, layout) -> bytes:
    L = "fr" if lang in ("fr",) else "en"
    ocr = kind.startswith("ocr")
    if layout in ("fr_table", "bi_table", "en_table", "fr_table_list", "en_table_list"):
        return docx_table_form(v, "fr" if layout.startswith("fr") else "en", bilingual=layout == "bi_table",
                               report_table=not layout.endswith("list"), heading_caps=v["style"] % 2 == 0)
    if layout == "bi_inline":
        lines = inline_bilingual(v)
    elif layout in ("side_by_side", "side_by_side_txt"):
        lines = side_by_side(v, ocr)
    elif layout.startswith("en_then_fr"):
        o = layout.endswith("ocr")
        lines = (body_lines(v, "en", ocr=o) + ["", "", "— VERSION FRANÇAISE —", ""] + body_lines(v, "fr", ocr=o))
        if layout.endswith("docx"):
            return docx_paragraphs(lines)
        if o:
            return as_ocr(lines, v, "fr").encode("utf-8")
    elif layout == "fr_ocr_cols" or layout == "en_ocr_cols":
        lg = layout[:2]
        full = body_lines(v, lg, ocr=True)
        cut = full.index("")
        head = full[: cut + 1]
        rest = full[cut + 1:]
        dim_start = next(i for i, x in enumerate(rest) if x.upper().startswith(("DIMENSIONS", "RESSOURCES"))
                         or x.startswith(heading(v, lg, "dim")))
        dim_end = rest.index("", dim_start)
        lines = head + interleave(rest[:dim_start], rest[dim_start:dim_end]) + rest[dim_end:]
        return as_ocr(lines, v, lg).encode("utf-8")
    elif layout.startswith(("fr_ocr", "en_ocr")):
        lg = layout[:2]
        lines = body_lines(v, lg, ocr=True, sup_in_prose=layout.endswith("sup"), number=v["style"] % 2 == 0)
        return as_ocr(lines, v, lg, one_run=layout.endswith("run")).encode("utf-8")
    else:
        lg = layout[:2]
        lines = body_lines(v, lg, layout="nextline" if "nextline" in layout else
                           ("numbered" if "numbered" in layout else "lines"),
                           number="numbered" in layout or v["style"] % 3 == 0,
                           csr="csr" in layout, sup_in_prose="sup_sentence" in layout)
        if layout.endswith("docx") or layout.endswith("paragraphs"):
            return docx_paragraphs(lines)
    if kind == "pdf":
        return pdf_of(lines, v["dept_fr"] if lang != "en" else v["dept_en"])
    text = "\n".join(lines) + "\n"
    if kind == "text-cp1252":
        return text.replace("\n", "\r\n").replace("'", "\u2019").encode("cp1252")
    return text.encode("utf-8")


def truth(v, name, kind, lang, layout) -> dict:
    both = lang == "bilingual"

    def pick(en, fr):
        return [en, fr] if both else (fr if lang == "fr" else en)
    f = {"title": pick(v["t_en"], v["t_fr"]), "classification": v["level"], "job_code": v["jobcode"],
         "position_number": v["posno"], "effective_date": v["date"],
         "supervisor": {"position_number": v["sup_posno"], "title": pick(v["sup_en"], v["sup_fr"]),
                        "classification": v["sup_level"]},
         "direct_reports": [{"title": pick(r["en"], r["fr"]), "classification": r["cls"], "fte": r["fte"]}
                            for r in v["reports"]],
         "salary": v["salary"], "o_and_m": v["om"], "total": v["total"],
         "location": f"{v['city']}, {v['prov']}"}
    not_stated = [k for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total")
                  if f[k] is None] + (["supervisor.position_number"] if v["sup_posno"] is None else [])
    return {"document": name, "kind": kind, "language": lang, "outcome": "import", "layout": layout,
            "fields": f, "not_stated": not_stated,
            "also": {"fte": v["fte"], "operating_budget": None, "program_budget": None, "provisional_number": None},
            "people": list(v["people"]), "versions": None}


# --- documents to refuse ----------------------------------------------------------------------

def refusals():
    out = []
    # 1. an executive performance agreement (Word, French)
    doc = new_doc()
    doc.add_heading("Entente de rendement des cadres – Exercice 2021-2022", 1)
    t = doc.add_table(rows=0, cols=2)
    for a, b in [("Nom du cadre", "Sylvie Arsenault"), ("Poste", "Directrice régionale (EX-01)"),
                 ("Ministère", "Pêches et Océans Canada"), ("Période", "1er avril 2021 au 31 mars 2022")]:
        row = t.add_row().cells
        row[0].text, row[1].text = a, b
    doc.add_heading("Engagements clés", 2)
    for x in ["Réduire de 15 % l'arriéré des demandes de permis d'ici le 31 mars 2022.",
              "Mettre en œuvre le plan régional d'équité, de diversité et d'inclusion.",
              "Respecter le budget de fonctionnement alloué à la région."]:
        doc.add_paragraph(x, style="List Number")
    doc.add_paragraph("Signature du cadre : Sylvie Arsenault      Signature du superviseur : Daniel Robichaud")
    out.append(("Entente de rendement 2021-2022 - S. Arsenault.docx", save_doc(doc), "docx", "fr",
                ["Sylvie Arsenault", "Daniel Robichaud"], "performance agreement"))
    # 2. a transmittal e-mail saved as text (bilingual)
    mail = ("De : Poirier, Manon (SPAC/PSPC)\nÀ : Classification Québec / Classification Quebec\n"
            "Objet : TR: Description de travail EX-02 pour évaluation / Work description for evaluation\n"
            "Date : 14 mars 2019 10:42\n\nBonjour,\n\nVous trouverez ci-joint la description de travail révisée du "
            "poste de directeur, Centre des pensions, ainsi que l'organigramme. Le comité pourra l'examiner à "
            "sa réunion du 28 mars.\n\nGood morning, please find attached the revised work description and the "
            "organization chart for the March 28 committee.\n\nMerci / Thank you\n\nManon Poirier\n"
            "Conseillère en classification | Classification Advisor\n")
    out.append(("TR Description de travail EX-02 pour évaluation.txt", mail.encode("utf-8"), "text", "bilingual",
                ["Manon Poirier"], "e-mail"))
    # 3. an organization chart exported to PDF
    chart = ["ORGANIGRAMME – DIRECTION GÉNÉRALE DES OPÉRATIONS, RÉGION DU QUÉBEC", "Mis à jour : 2020-09-01", "",
             "Directeur général régional (EX-03) – poste 48213", "  |-- Directrice, Opérations Est (EX-01) – poste 48220",
             "  |     |-- Gestionnaire, Rimouski (PM-06)", "  |     |-- Gestionnaire, Gaspé (PM-06)",
             "  |-- Directeur, Opérations Ouest (EX-01) – poste 48231", "  |     |-- Gestionnaire, Gatineau (PM-06)",
             "  |-- Adjointe exécutive (AS-03)", "", "Document de travail – ne pas distribuer"]
    out.append(("Organigramme DGO Québec 2020.pdf", pdf_bytes(["\n".join(chart)]), "pdf", "fr", [], "organization chart"))
    # 4. minutes of a classification committee (OCR)
    minutes = ("--- Full Extracted Text ---\nPROCES-VERBAL Comite d'evaluation des postes de la direction Reunion du "
               "12 novembre 2O18, salle 4B Presents : Julie Bouchard (presidente), Alain Fournier, Hélène Gauthier "
               "1. Adoption de l'ordre du jour - adopte. 2. Postes examines : trois descriptions de travail EX-O1 "
               "ont ete cotees selon le plan Hay; les cotes seront communiquees aux secteurs. 3. Varia : calendrier "
               "2019. Levee de la seance a 15 h 10. Signature : Julie Bouchard\n")
    out.append(("PV comite evaluation EX 2018-11-12.txt", minutes.encode("utf-8"), "ocr", "fr",
                ["Julie Bouchard", "Alain Fournier", "Hélène Gauthier"], "meeting minutes"))
    # 5. an unreadable scan
    noise = []
    for _ in range(40):
        noise.append("".join(R.choice("‚¦~|l1I!;:.,'`^_-=\u00b0%#") for _ in range(R.randint(8, 70))))
    out.append(("numérisation_0047.txt", ("--- Full Extracted Text ---\n" + "\n".join(noise) + "\n").encode("utf-8"),
                "ocr", "unknown", [], "unreadable scan"))
    return out


def main() -> None:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        d.mkdir(exist_ok=True)
        for old in d.iterdir():
            old.unlink()
    by_key = {p[0]: p for p in POSITIONS}
    assert len(by_key) == len(PLAN) == len({x[0] for x in PLAN})
    vals = {p[0]: values(p) for p in POSITIONS}
    for key, name, kind, lang, layout in PLAN:
        v = vals[key]
        (corpus / name).write_bytes(render(v, kind, lang, layout))
        dump(expected / f"{name}.expected.yaml", truth(v, name, kind, lang, layout))
    for name, data, kind, lang, people, what in refusals():
        (corpus / name).write_bytes(data)
        dump(expected / f"{name}.expected.yaml", {"document": name, "kind": kind, "language": lang,
                                                  "outcome": "refuse", "what": what, "people": people})


def dump(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
