"""Regenerate blind106 (bench/import/blind106/corpus and expected) byte for byte.

    /work/main/.venv/bin/python bench/import/blind106/make_blind.py

The folder of PWGSC/PSPC Quebec Region's executive files, 2005-2025, mostly French.
Positions, prose and names are in texts.py; PDFs by tests/import_files.pdf_bytes, .docx by python-docx
with fixed timestamps (re-zipped with a fixed date)."""
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

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts  # noqa: E402
from texts import POS, EXTERNAL, LOCATIONS, DOMAINS, INCUMBENTS  # noqa: E402

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
META: dict = {}   # the notations each document drew (for the write-up's counts)
NBSP = "\u00a0"

# ------------------------------------------------------------------------------------------------
# notations
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def fmt_date(d: dt.date, lang: str, style: int) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        forms = [f"{day} {MOIS[d.month-1]} {d.year}", f"le {day} {MOIS[d.month-1]} {d.year}", d.isoformat(),
                 f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat(),
                 f"{d.day:02d}.{d.month:02d}.{d.year}" if d.day > 12 else f"{day} {MOIS[d.month-1]} {d.year}",
                 f"{d.year}.{d.month:02d}.{d.day:02d}", f"{day} {MOIS_ABR[d.month-1]} {d.year}"]
    else:
        suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
        forms = [f"{MONTHS[d.month-1]} {d.day}, {d.year}", f"{d.day} {MONTHS[d.month-1]} {d.year}", d.isoformat(),
                 f"{d.year}/{d.month:02d}/{d.day:02d}", f"{MON[d.month-1]} {d.day}, {d.year}",
                 f"{MONTHS[d.month-1]} {d.day}{suf}, {d.year}", f"{MONTHS[d.month-1][:3].upper()} {d.day:02d} {d.year}"]
    return forms[style % len(forms)]


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _dec(x: float, comma: bool) -> str:
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", ",") if comma else s


def fmt_amount(n: int, lang: str, style: int, nb: str = " ") -> str:
    if lang == "fr":
        forms = ["M", "full", "full00", "millions", "k", "millionsdd"]
        f = forms[style % len(forms)]
        if f in ("M", "millions", "millionsdd") and (n < 1_000_000 or n % 10_000):
            f = "k" if n % 1000 == 0 else "full"
        if f == "k" and n % 1000:
            f = "full"
        if f == "M":
            return f"{_dec(n/1e6, True)}{nb}M$"
        if f == "millions":
            return f"{_dec(n/1e6, True)}{nb}millions{nb}$"
        if f == "millionsdd":
            return f"{_dec(n/1e6, True)} millions de dollars"
        if f == "k":
            return f"{_group(n // 1000, nb)}{nb}k$"
        if f == "full00":
            return f"{_group(n, nb)},00{nb}$"
        return f"{_group(n, nb)}{nb}$"
    forms = ["M", "full", "full00", "million", "K"]
    f = forms[style % len(forms)]
    if f in ("M", "million") and (n < 1_000_000 or n % 10_000):
        f = "K" if n % 1000 == 0 else "full"
    if f == "K" and n % 1000:
        f = "full"
    if f == "M":
        return f"${_dec(n/1e6, False)}M"
    if f == "million":
        return f"${_dec(n/1e6, False)} million"
    if f == "K":
        return f"${n // 1000:,}K"
    if f == "full00":
        return f"${n:,}.00"
    return f"${n:,}"


def fmt_cls(cls: str, style: int) -> str:
    g, lvl = cls.rsplit("-", 1)
    return [cls, f"{g} {lvl}", f"{g}-{int(lvl)}", f"{g}{lvl}", cls, f"{g}-{lvl}"][style % 6]


# ------------------------------------------------------------------------------------------------
# label sets
FIELDS = ["title", "cls", "code", "num", "date", "branch", "loc", "sup_num", "sup_title", "sup_cls", "reportsto"]
LABELS = {
    "fr": [
        ["Titre du poste", "Classification", "Code d'emploi", "Numéro du poste", "Date d'entrée en vigueur", "Direction générale",
         "Lieu géographique", "Numéro de poste du superviseur", "Titre du poste du superviseur", "Classification du superviseur", "Relève de"],
        ["Intitulé du poste", "Groupe et niveau", "No de code d'emploi", "No du poste", "En vigueur le", "Secteur", "Emplacement",
         "No de poste du supérieur immédiat", "Titre du supérieur immédiat", "Groupe et niveau du supérieur immédiat", "Supérieur immédiat"],
        ["TITRE", "GROUPE/NIVEAU", "CODE DE L'EMPLOI", "NO DE POSTE", "DATE D'EFFET", "ORGANISATION", "LIEU DE TRAVAIL",
         "NO DU POSTE DU SURVEILLANT", "TITRE DU SURVEILLANT", "NIVEAU DU SURVEILLANT", "RELÈVE DE"],
        ["Titre de poste", "Niveau", "Code de l'emploi type", "Numéro de poste", "Date de prise d'effet", "Unité organisationnelle",
         "Ville / Province", "Poste du gestionnaire – numéro", "Poste du gestionnaire – titre", "Poste du gestionnaire – classification",
         "Gestionnaire"],
    ],
    "en": [
        ["Position Title", "Classification", "Job Code", "Position Number", "Effective Date", "Branch", "Geographic Location",
         "Supervisor's Position No.", "Supervisor's Position Title", "Supervisor's Classification", "Reports to"],
        ["Job Title", "Group and Level", "Generic Job No.", "Position No.", "Date in Effect", "Sector", "Work Location",
         "Immediate Supervisor Position #", "Immediate Supervisor Title", "Supervisor Group & Level", "Reports to"],
        ["TITLE", "GROUP/LEVEL", "JOB CODE", "POSITION NUMBER", "EFFECTIVE DATE", "ORGANIZATION", "LOCATION",
         "SUPERVISOR POSITION NO.", "SUPERVISOR TITLE", "SUPERVISOR LEVEL", "REPORTS TO"],
    ],
}

HEAD = {
    "fr": dict(general=["RESPONSABILITÉ GÉNÉRALE", "Raison d'être", "Responsabilité générale"],
               structure=["STRUCTURE ORGANISATIONNELLE", "Structure organisationnelle", "Organisation"],
               scope=["NATURE ET PORTÉE", "Nature et portée", "Contexte"],
               dims=["DIMENSIONS", "Dimensions", "Dimensions"],
               acts=["RESPONSABILITÉS SPÉCIFIQUES", "Activités principales", "Responsabilités particulières"],
               csr=["RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE"], keyacts=["ACTIVITÉS PRINCIPALES"],
               cert=["ATTESTATION", "Signatures", "CERTIFICATION"],
               doc=["DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)", "Description de travail", "DESCRIPTION DE POSTE DE CADRE",
                    "DESCRIPTION DE TRAVAIL DU GROUPE EX"]),
    "en": dict(general=["GENERAL ACCOUNTABILITY", "General Accountability", "Purpose"],
               structure=["ORGANIZATION STRUCTURE", "Organizational Structure", "Organization"],
               scope=["NATURE AND SCOPE", "Nature and Scope", "Context"],
               dims=["DIMENSIONS", "Dimensions", "Dimensions"],
               acts=["SPECIFIC ACCOUNTABILITIES", "Key Activities", "Specific Accountabilities"],
               csr=["CLIENT SERVICE RESULTS"], keyacts=["KEY ACTIVITIES"],
               cert=["CERTIFICATION", "Signatures", "CERTIFICATION"],
               doc=["EXECUTIVE GROUP POSITION DESCRIPTION", "Work Description", "EXECUTIVE WORK DESCRIPTION",
                    "EX WORK DESCRIPTION"]),
}

DIMLAB = {
    "fr": dict(fte=["ETP", "Nombre d'ETP", "Effectif", "Ressources humaines (ETP)"],
               sal=["Budget salarial", "Salaires", "Masse salariale", "Traitements et salaires"],
               om=["Budget de F et E", "Fonctionnement et entretien (F et E)", "F&E", "Autres coûts de fonctionnement"],
               tot=["Total", "Budget total", "Budget de fonctionnement total", "TOTAL"],
               comb=["Budget de fonctionnement (salaires et F et E)", "Budget salarial et de F et E combiné"],
               cap=["Budget d'immobilisations", "Immobilisations"]),
    "en": dict(fte=["FTEs", "FTE's", "Human resources (FTEs)", "Staff"],
               sal=["Salary", "Salary budget", "Salaries", "Salary Dollars"],
               om=["O&M", "Operating and maintenance", "Non-salary O&M", "O & M"],
               tot=["Total", "Total operating budget", "Total budget", "TOTAL"],
               comb=["Combined salary and O&M budget", "Operating budget (salary and O&M)"],
               cap=["Capital budget", "Capital"]),
}


def dept(year: int, lang: str, short: bool = False) -> str:
    if year <= 2015:
        return ("TPSGC" if short else "Travaux publics et Services gouvernementaux Canada") if lang == "fr" else \
               ("PWGSC" if short else "Public Works and Government Services Canada")
    return ("SPAC" if short else "Services publics et Approvisionnement Canada") if lang == "fr" else \
           ("PSPC" if short else "Public Services and Procurement Canada")


def sup_of(p):
    s = p["sup"]
    return POS[s] if s in POS else EXTERNAL[s]


# ------------------------------------------------------------------------------------------------
# OCR damage
LETTER = [("rn", "m"), ("m", "rn"), ("e", "c"), ("cl", "d"), ("li", "h"), ("i", "l"), ("t", "l"), ("é", "e"), ("è", "e"),
          ("a", "o"), ("u", "v"), ("h", "b"), ("ti", "b")]
DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b"}


def damage_words(text: str, rng: random.Random, level: int) -> str:
    if level <= 0:
        return text
    p = [0, 0.03, 0.07, 0.12][level]
    merge = [0, 0.01, 0.03, 0.05][level]
    out = []
    for w in re.split(r"(\s+)", text):
        if w and not w.isspace() and rng.random() < p and len(w) > 3:
            a, b = LETTER[rng.randrange(len(LETTER))]
            if a in w:
                w = w.replace(a, b, 1)
        if w == " " and rng.random() < merge:
            w = ""
        out.append(w)
    return "".join(out)


def damage_digits(text: str, rng: random.Random, level: int) -> str:
    if level <= 0:
        return text
    p = [0, 0.12, 0.3, 0.45][level]
    allowed = "01" if level == 1 else "01586"
    def sub(m):
        s = m.group(0)
        return "".join(DIGIT[c] if c in allowed and rng.random() < p else c for c in s)
    return re.sub(r"\d[\d ,.$/-]*", sub, text)


# ------------------------------------------------------------------------------------------------
# the document model
class Doc:
    def __init__(self, spec, rng):
        self.s, self.rng = spec, rng


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def build(spec: dict, rng: random.Random):
    """Return (model, truth). model: dict with title lines, fields, sections; truth: fields/people/also."""
    p = POS[spec["pos"]]
    lang = spec["lang"]                       # en / fr / bi
    clang = spec.get("content", "fr" if lang == "bi" else lang)   # language of values and prose
    d = spec["date"]
    year = spec.get("year", d.year if d else 2010)
    scale = spec.get("scale", 1.0)
    omit = set(spec.get("omit", ()))
    sup = sup_of(p)
    L = LABELS[clang][spec.get("labels", rng.randrange(len(LABELS[clang])))]
    Lother = LABELS["en" if clang == "fr" else "fr"][0]
    bi_labels = lang == "bi" and not spec.get("dual")
    cstyle = spec.get("cls_style", rng.randrange(6))
    dstyle = spec.get("date_style", rng.randrange(7))
    astyle = spec.get("amt_style", rng.randrange(5))
    nb = spec.get("nb", " ")
    title = p[clang]
    rtitle = lambda x: x[0] if clang == "fr" else x[1]

    def lab(i):
        if bi_labels:
            a, b = (L[i], Lother[i])
            return f"{a} / {b}" if spec.get("fr_first", clang == "fr") else f"{b} / {a}"
        return L[i]

    truth = dict(title=p["en"] if lang == "bi" else title, classification=p["cls"], job_code=None, position_number=None,
                 effective_date=None, supervisor=dict(position_number=None, title=None, classification=None),
                 direct_reports=[], salary=None, o_and_m=None, total=None, location=None)
    also = dict(fte=None, operating_budget=None, program_budget=None, provisional_number=None)
    if lang == "bi":
        also["title_fr"] = p["fr"]
        if clang == "fr":
            truth["title"] = p["en"]
    also["department"] = dept(year, "en" if clang == "en" else "fr")

    fields = []
    # titles
    if lang == "bi" and not spec.get("dual"):
        if spec.get("bi_title_one_line"):
            fields.append((lab(0), f"{p['fr']} / {p['en']}" if clang == "fr" else f"{p['en']} / {p['fr']}"))
        else:
            fields.append(("Titre du poste (français) / Position Title (French)", p["fr"]))
            fields.append(("Titre du poste (anglais) / Position Title (English)", p["en"]))
    else:
        fields.append((lab(0), title))
    fields.append((lab(1), fmt_cls(p["cls"], cstyle)))
    if "code" not in omit:
        fields.append((lab(2), p["code"]))
        truth["job_code"] = p["code"]
    if spec.get("provisional"):
        fields.append((lab(3), spec["provisional"]))
        also["provisional_number"] = spec["provisional"]
    elif "num" not in omit:
        fields.append((lab(3), p["num"]))
        truth["position_number"] = p["num"]
    if d and "date" not in omit:
        fields.append((lab(4), fmt_date(d, clang, dstyle)))
        truth["effective_date"] = d
    fields.append((lab(5), p["branch_" + clang]))
    loc = LOCATIONS[p["loc"]]
    if "loc" not in omit:
        lv = pick(rng, loc["alt_" + clang])
        fields.append((lab(6), lv))
        truth["location"] = loc[clang + "_t"]
    supform = spec.get("sup", pick(rng, ["fields", "fields", "reportsto", "sentence"]))
    stitle = sup[clang]
    s_num = sup["num"] if "sup_num" not in omit else None
    s_cls = sup["cls"]
    truth["supervisor"]["title"] = stitle
    structure_intro = []
    if supform == "fields":
        if s_num:
            fields.append((lab(7), s_num))
        fields.append((lab(8), stitle))
        fields.append((lab(9), fmt_cls(s_cls, cstyle)))
    elif supform == "reportsto":
        if clang == "fr":
            v = f"{stitle} ({fmt_cls(s_cls, cstyle)})" + (f", poste no {s_num}" if s_num else "")
        else:
            v = f"{stitle} ({fmt_cls(s_cls, cstyle)})" + (f", Position No. {s_num}" if s_num else "")
        fields.append((lab(10), v))
    else:  # sentence, no number
        s_num = None
        if clang == "fr":
            structure_intro.append(f"Le titulaire relève du {stitle} ({fmt_cls(s_cls, cstyle)}).")
        else:
            structure_intro.append(f"The incumbent reports to the {stitle} ({fmt_cls(s_cls, cstyle)}).")
    truth["supervisor"]["position_number"] = s_num
    truth["supervisor"]["classification"] = s_cls

    # direct reports
    rform = spec.get("rform", pick(rng, ["paren", "dash_first", "dash", "effectif", "employes", "table", "prose"]))
    no_cls, no_fte = "rcls" in omit, "rfte" in omit
    reps = []
    for r in p["reports"]:
        fte = r[3]
        reps.append(dict(title=rtitle(r), classification=None if no_cls else r[2], fte=None if no_fte else fte))
    truth["direct_reports"] = reps
    U = "ETP" if clang == "fr" else "FTEs"

    def one(r, form):
        t, c, f = r["title"], r["classification"], r["fte"]
        c2 = fmt_cls(c, cstyle) if c else None
        unit = U if not (clang == "en" and f == 1) else "FTE"
        if form == "paren":
            inner = ", ".join(x for x in [c2, f"{f} {unit}" if f is not None else None] if x)
            return f"{t} ({inner})" if inner else t
        if form == "dash_first":
            return (f"{c2} – " if c2 else "") + t + (f" ({f} {unit})" if f is not None else "")
        if form == "dash":
            return " – ".join(x for x in [t, c2, f"{f} {unit}" if f is not None else None] if x)
        if form == "effectif":
            w = "effectif de" if clang == "fr" else "staff of"
            return t + (f" ({c2})" if c2 else "") + (f", {w} {f}" if f is not None else "")
        if form == "employes":
            w = "employés" if clang == "fr" else "employees"
            if f == 1:
                w = "employé" if clang == "fr" else "employee"
            return t + (f" [{c2}]" if c2 else "") + (f" : {f} {w}" if clang == "fr" and f is not None else
                                                       (f": {f} {w}" if f is not None else ""))
        raise ValueError(form)

    structure = []
    if clang == "fr":
        n = len(reps)
        structure.append(("p", " ".join(structure_intro + [f"Les {n} postes suivants relèvent directement du titulaire :"
                                                           if rform != "prose" else ""]).strip()))
    else:
        structure.append(("p", " ".join(structure_intro + [f"The following {len(reps)} positions report directly to the incumbent:"
                                                           if rform != "prose" else ""]).strip()))
    if rform == "table":
        hdr = ["Poste", "Groupe et niveau", "ETP"] if clang == "fr" else ["Position", "Group/Level", "FTEs"]
        rows = [[r["title"], fmt_cls(r["classification"], cstyle) if r["classification"] else "", str(r["fte"]) if r["fte"] is not None else ""]
                for r in reps]
        if no_cls:
            hdr, rows = [hdr[0], hdr[2]], [[a, c] for a, b, c in rows]
        if no_fte:
            hdr, rows = hdr[:2], [row[:2] for row in rows]
        structure.append(("table", hdr, rows))
    elif rform == "prose":
        parts = [one(r, "paren") for r in reps]
        lead = "Relèvent du titulaire : " if clang == "fr" else "Reporting to the incumbent are: "
        art = " et " if clang == "fr" else " and "
        structure.append(("p", lead + "; ".join(parts[:-1]) + ";" + art + parts[-1] + "."))
    else:
        structure.append(("ul", [one(r, rform) for r in reps]))

    # dimensions
    sal = int(round(p["sal"] * scale / 10_000) * 10_000)
    om = int(round(p["om"] * scale / 1_000) * 1_000)
    fte_total = int(round(p["fte"] * scale))
    dims_mode = spec.get("dims", "full")
    D = DIMLAB[clang]
    di = rng.randrange(4)
    dims = []
    if "fte" not in omit:
        dims.append((D["fte"][di], str(fte_total)))
        also["fte"] = fte_total
    A = lambda n: fmt_amount(n, clang, astyle, nb)
    if dims_mode in ("full", "no_total"):
        dims.append((D["sal"][di], A(sal)))
        dims.append((D["om"][di], A(om)))
        truth["salary"], truth["o_and_m"] = sal, om
        if dims_mode == "full":
            dims.append((D["tot"][di], A(sal + om)))
            truth["total"] = sal + om
    elif dims_mode == "combined":
        dims.append((D["comb"][di % 2], A(sal + om)))
        truth["total"] = sal + om
    if p.get("capital") and dims_mode != "none":
        cap = int(round(p["capital"] * scale / 100_000) * 100_000)
        dims.append((D["cap"][di % 2], A(cap)))
        also["capital_budget"] = cap
    if dims_mode == "none" and "fte" in omit:
        dims = []

    dom = DOMAINS[p["dom"]]
    sections = []
    H = HEAD[clang]
    hs = spec.get("heads", rng.randrange(3))
    gen = dom[clang + "_general"]
    scope = [("p", x) for x in dom[clang + "_scope"]]
    acts = dom[clang + "_acts"]
    dimsec = ("kv", dims) if not spec.get("dims_table") else ("table", ["Élément", "Valeur"] if clang == "fr" else ["Item", "Amount"],
                                                                 [[a, b] for a, b in dims])
    if spec.get("template") == "csr":
        csr = (f"Services de {p['fr'].split(', ', 1)[-1].lower()} offerts aux ministères clients et aux Canadiens"
               if clang == "fr" else f"{p['en'].split(', ', 1)[-1]} services for client departments and Canadians")
        sections += [(H["csr"][0], [("p", csr + ".")]), (H["keyacts"][0], [("ul", acts)]),
                     (H["structure"][hs], structure), (H["dims"][hs], [dimsec] if dims else []),
                     (H["scope"][hs], scope)]
    else:
        order = spec.get("order", 0)
        secs = [(H["general"][hs], [("p", gen)]), (H["structure"][hs], structure), (H["scope"][hs], scope),
                (H["dims"][hs], [dimsec] if dims else []), (H["acts"][hs], [("ol", acts)])]
        if order == 1:
            secs = [secs[0], secs[3], secs[1], secs[4], secs[2]]
        sections += secs
    sections = [s for s in sections if s[1]]

    # people
    people = []
    sign = []
    if spec.get("sign", True):
        inc = spec.get("incumbent") or pick(rng, INCUMBENTS)
        sp = spec.get("signer") or pick(rng, [n for n in INCUMBENTS if n != inc])
        if clang == "fr":
            sign.append("La présente description représente fidèlement les fonctions et les responsabilités du poste.")
            if spec.get("vacant"):
                sign.append("Titulaire : poste vacant")
            else:
                sign.append(f"Titulaire : {inc}        Signature : ____________________   Date : ____________")
                people.append(inc)
            sign.append(f"Gestionnaire : {sp}, {stitle}")
            sign.append(f"Signature : ____________________   Date : {fmt_date(d, 'fr', 2) if d else '____________'}")
        else:
            sign.append("The foregoing is an accurate statement of the duties and responsibilities assigned to the position.")
            if spec.get("vacant"):
                sign.append("Incumbent: vacant")
            else:
                sign.append(f"Incumbent: {inc}        Signature: ____________________   Date: ____________")
                people.append(inc)
            sign.append(f"Supervisor: {sp}, {stitle}")
            sign.append(f"Signature: ____________________   Date: {fmt_date(d, 'en', 2) if d else '____________'}")
        people.append(sp)
        if spec.get("prepared"):
            hr = spec["prepared"]
            sign.append((f"Préparé par : {hr}, conseillère en classification" if clang == "fr"
                         else f"Prepared by: {hr}, Classification Advisor"))
            people.append(hr)
        sections.append((H["cert"][hs], [("lines", sign)]))

    model = dict(lang=clang, bi=lang == "bi", doctitle=pick(rng, H["doc"]), dept=dept(year, clang),
                 region=(("Région du Québec" if p["branch_fr"] in (texts.RQ_FR, texts.BI_FR) else p["branch_fr"]) if clang == "fr"
                         else ("Quebec Region" if p["branch_en"] in (texts.RQ_EN, texts.BI_EN) else p["branch_en"])),
                 fields=fields, sections=sections, year=year)
    if lang == "bi" and not spec.get("dual"):
        model["doctitle"] = ("DESCRIPTION DE TRAVAIL – WORK DESCRIPTION" if clang == "fr" else "WORK DESCRIPTION – DESCRIPTION DE TRAVAIL")
        model["dept"] = dept(year, "fr") + " / " + dept(year, "en")
    not_stated = []
    for k, v in truth.items():
        if k == "supervisor":
            not_stated += [f"supervisor.{kk}" for kk, vv in v.items() if vv is None]
        elif v is None:
            not_stated.append(k)
    META.setdefault(spec["name"], dict(sup=supform, rform=rform, labels=L[0], cls=cstyle, date=dstyle, amt=astyle))
    return model, dict(fields=truth, not_stated=not_stated, also=also, people=people)


# ------------------------------------------------------------------------------------------------
# rendering to text
def head_fmt(h: str, style: str, n: int) -> str:
    if style == "caps":
        return h.upper()
    if style == "caps_colon":
        return h.upper() + " :" if not h.endswith(":") else h.upper()
    if style == "numbered":
        return f"{n}. {h.upper()}"
    if style == "letter":
        return f"{'ABCDEFGH'[n-1]}) {h}"
    return h


def field_line(label, value, layout, lang):
    colon = " :" if lang == "fr" else ":"
    if layout == "inline":
        return [f"{label}{colon} {value}"]
    if layout == "nextline":
        return [f"{label}{colon}", f"    {value}"]
    if layout == "dots":
        return [f"{label} " + "." * max(3, 44 - len(label)) + f" {value}"]
    if layout == "tabs":
        return [f"{label}\t{value}"]
    if layout == "caps":
        return [f"{label.upper()}{colon} {value}"]
    raise ValueError(layout)


def render_text(m: dict, layout: str, hstyle: str, width: int | None) -> list[str]:
    lang = m["lang"]
    out = [m["dept"], m["region"], "", m["doctitle"], ""]
    for lbl, v in m["fields"]:
        out += field_line(lbl, v, layout, lang)
    out.append("")
    for i, (h, blocks) in enumerate(m["sections"], 1):
        out.append(head_fmt(h, hstyle, i))
        out.append("")
        for b in blocks:
            if b[0] == "p":
                out += wrap(b[1], width) + [""]
            elif b[0] in ("ul", "ol"):
                for j, it in enumerate(b[1], 1):
                    bullet = f"{j}. " if b[0] == "ol" else "- "
                    out += wrap(bullet + it, width, "   ")
                out.append("")
            elif b[0] == "kv":
                for a, v in b[1]:
                    out += field_line(a, v, "inline" if layout in ("nextline", "caps") else layout, lang)
                out.append("")
            elif b[0] == "table":
                hdr, rows = b[1], b[2]
                wds = [max(len(r[k]) for r in [hdr] + rows) for k in range(len(hdr))]
                for r in [hdr] + rows:
                    out.append("  ".join(c.ljust(wds[k]) for k, c in enumerate(r)).rstrip())
                out.append("")
            elif b[0] == "lines":
                out += b[1] + [""]
    while out and not out[-1]:
        out.pop()
    return out


def wrap(s, width, indent=""):
    if not width:
        return [s]
    return textwrap.wrap(s, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) or [""]


def damage_model(m: dict, rng: random.Random, level: int) -> dict:
    """Letter damage in prose (and, at level 3, in labels and titles)."""
    if level <= 0:
        return m
    m = dict(m)
    secs = []
    for h, blocks in m["sections"]:
        nb = []
        for b in blocks:
            if b[0] == "p" and not any(x in b[1] for x in ("relèvent", "relève du", "report", "Relèvent", "Reporting")):
                nb.append(("p", damage_words(b[1], rng, level)))
            elif b[0] == "ol":
                nb.append(("ol", [damage_words(x, rng, level) for x in b[1]]))
            elif b[0] == "ul" and level >= 3:
                nb.append(("ul", [damage_words(x, rng, 1) for x in b[1]]))
            else:
                nb.append(b)
        secs.append((damage_words(h, rng, 1) if level >= 3 else h, nb))
    m["sections"] = secs
    if level >= 3:
        m["fields"] = [(damage_words(a, rng, 2), damage_words(v, rng, 1)) for a, v in m["fields"]]
    return m


def ocr_text(m: dict, rng: random.Random, level: int, style: str, footer: str, wrapper: bool) -> str:
    m = damage_model(m, rng, level)
    lines = render_text(m, rng.choice(["inline", "inline", "caps", "dots"]) if style != "lines" else "inline",
                        rng.choice(["caps", "caps_colon", "numbered"]), 78)
    if style == "run":            # the whole scan on one line
        body = " ".join(x.strip() for x in lines if x.strip())
        body = damage_digits(body, rng, level)
        text = body + "\n"
    elif style == "pages":        # a page to a line, running footer, next page's number
        pages, per = [], 46
        for k in range(0, len(lines), per):
            pages.append(" ".join(x.strip() for x in lines[k:k+per] if x.strip()))
        out = []
        for k, pg in enumerate(pages):
            lead = "" if k == 0 else f"{k+1} "
            out.append(lead + damage_digits(pg, rng, level) + f" {footer}")
        text = "\n".join(out) + "\n"
    else:                          # lines kept, hyphenated ends, page footers and form feeds
        out, n, page = [], 0, 1
        lines = list(lines)
        for k, x in enumerate(lines):
            nxt = lines[k + 1] if k + 1 < len(lines) else ""
            if (x and len(x) > 60 and ":" not in x and nxt.strip() and not nxt.lstrip()[:2].rstrip(".").isdigit()
                    and not nxt.startswith("-") and rng.random() < 0.3):
                cut = x.rfind(" ")
                word = x[cut+1:]
                if len(word) > 6 and word.isalpha():
                    h = len(word) // 2
                    x = x[:cut+1] + word[:h] + "-"
                    indent = len(nxt) - len(nxt.lstrip())
                    lines[k + 1] = nxt[:indent] + word[h:] + " " + nxt[indent:]
            out.append(damage_digits(x, rng, level))
            n += 1
            if n >= 52:
                out += ["", f"{footer}    Page {page}", "\f"]
                page += 1
                n = 0
        out += ["", f"{footer}    Page {page}"]
        text = "\n".join(out) + "\n"
    if wrapper:
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    return text


def ocr_columns(m: dict, rng: random.Random, level: int, footer: str) -> str:
    """Two columns read across the line: header fields, structure and dimensions on the left, prose on the right."""
    m = damage_model(m, rng, level)
    lang = m["lang"]
    colon = " :" if lang == "fr" else ":"
    head = [m["dept"], m["doctitle"], ""]
    left, right = [], []
    for a, v in m["fields"]:
        left += wrap(f"{a.upper()}{colon} {v}", 44, "  ")
    left.append("")
    for h, blocks in m["sections"]:
        is_left = any(b[0] in ("kv", "table", "ul") for b in blocks) or "STRUCT" in h.upper() or "ORGANI" in h.upper()
        lines = [h.upper()]
        for b in blocks:
            if b[0] == "p":
                lines += wrap(b[1], 44)
            elif b[0] in ("ul", "ol"):
                for j, it in enumerate(b[1], 1):
                    lines += wrap((f"{j}. " if b[0] == "ol" else "- ") + it, 44, "   ")
            elif b[0] == "kv":
                lines += [f"{a}{colon} {v}" for a, v in b[1]]
            elif b[0] == "table":
                lines += [" ".join(r) for r in [b[1]] + b[2]]
            elif b[0] == "lines":
                lines += [y for x in b[1] for y in wrap(x, 44)]
        (left if is_left else right).extend(lines + [""])
    rows = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        sep = rng.choice(["  ", "   ", " | ", "    "])
        rows.append(damage_digits((a.ljust(46) + sep + b).rstrip(), rng, level))
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(head + rows + ["", footer]) + "\n"


def txt_plain(m, rng, layout, hstyle):
    return "\n".join(render_text(m, layout, hstyle, None)) + "\n"


def to_cp1252(s: str) -> bytes:
    s = s.replace("'", "\u2019").replace("\n", "\r\n")
    return s.encode("cp1252")


def to_pdf(m, rng, layout, hstyle, footer) -> bytes:
    lines = render_text(m, layout, hstyle, 100)
    per = 62
    chunks = [lines[k:k+per] for k in range(0, len(lines), per)]
    pages = []
    for k, ch in enumerate(chunks, 1):
        pages.append("\n".join(ch + ["", f"{footer} - Page {k} / {len(chunks)}" if m["lang"] == "en"
                                     else f"{footer} – Page {k} de {len(chunks)}"]))
    return pdf_bytes(pages)


# ------------------------------------------------------------------------------------------------
# Word
FIXED = dt.datetime(2024, 1, 15, 9, 0, 0)


def docx_bytes(document) -> bytes:
    cp = document.core_properties
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.author = cp.last_modified_by = "SPAC-PSPC"
    cp.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def to_docx(m, rng, spec) -> bytes:
    lang = m["lang"]
    colon = " :" if lang == "fr" else ":"
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run(m["dept"])
    r.bold = True
    d.add_paragraph(m["region"])
    d.add_heading(m["doctitle"], level=1)
    if spec.get("docx_fields", "table") == "table":
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, v in m["fields"]:
            c = t.add_row().cells
            c[0].text, c[1].text = a, v
    else:
        for a, v in m["fields"]:
            q = d.add_paragraph()
            q.add_run(a + colon).bold = True
            q.add_run(" " + v)
    hstyle = spec.get("docx_heads", "heading")
    for i, (h, blocks) in enumerate(m["sections"], 1):
        if hstyle == "heading":
            d.add_heading(h, level=2)
        else:
            d.add_paragraph().add_run(head_fmt(h, "numbered", i)).bold = True
        for b in blocks:
            if b[0] == "p":
                d.add_paragraph(b[1])
            elif b[0] == "ul":
                for it in b[1]:
                    d.add_paragraph(it, style="List Bullet")
            elif b[0] == "ol":
                for it in b[1]:
                    d.add_paragraph(it, style="List Number")
            elif b[0] in ("kv", "table"):
                rows = b[1] if b[0] == "kv" else [b[1]] + b[2]
                if b[0] == "kv" and spec.get("docx_dims_lines"):
                    for a, v in rows:
                        d.add_paragraph(f"{a}{colon} {v}")
                    continue
                t = d.add_table(rows=0, cols=len(rows[0]))
                t.style = "Table Grid"
                for row in rows:
                    cells = t.add_row().cells
                    for k, v in enumerate(row):
                        cells[k].text = v
            elif b[0] == "lines":
                for x in b[1]:
                    d.add_paragraph(x)
    foot = d.sections[0].footer.paragraphs[0]
    foot.text = spec.get("footer", m["dept"])
    return docx_bytes(d)


# ------------------------------------------------------------------------------------------------
# the folder
D = dt.date
NAMES = INCUMBENTS


def specs():
    S = []
    def add(name, pos, lang, kind, date, **kw):
        S.append(dict(name=name, pos=pos, lang=lang, kind=kind, date=date, **kw))
    # --- versions -----------------------------------------------------------------------------
    add("DT DGR Région du Québec 2009 - signée.txt", "rdg", "fr", "ocr", D(2009, 6, 15), dmg=2, ocr="pages", scale=0.86,
        incumbent="Louise Charbonneau", signer="Richard Caron")
    add("DGR Région du Québec - révisée 2017.docx", "rdg", "fr", "docx", D(2017, 4, 1), incumbent="Geneviève Lapointe",
        signer="Robert McKenzie", prepared="Hélène Vachon", rform="table")
    add("Directeur régional, Services immobiliers - FINAL.docx", "dr_bi", "fr", "docx", D(2018, 10, 22), rform="paren",
        docx_fields="paras")
    add("Directeur régional, Services immobiliers - FINAL (1).docx", "dr_bi", "fr", "docx", D(2018, 10, 22), same_as=-1)
    add("DT Directeur régional Approvisionnement 2012.txt", "appro", "fr", "text", D(2012, 9, 4), layout="nextline",
        rform="dash_first", incumbent="Sylvain Bergeron", signer="Nathalie Côté", prng=7)
    add("WD Regional Director Acquisitions 2012.pdf", "appro", "en", "pdf", D(2012, 9, 4), layout="inline",
        rform="paren", incumbent="Sylvain Bergeron", signer="Nathalie Côté", prng=7)
    add("Directeur RH régionales - ÉBAUCHE v2.docx", "rh", "fr", "docx", D(2014, 2, 17), sign=True,
        incumbent="Karine Pelletier", signer="Louise Charbonneau", prng=11, docx_heads="bold")
    add("Directeur RH régionales - signée.txt", "rh", "fr", "ocr", D(2014, 2, 17), dmg=1, ocr="lines",
        incumbent="Karine Pelletier", signer="Louise Charbonneau", prng=11)
    add("Traduction Montréal 2008.txt", "trad_mtl", "fr", "ocr", D(2008, 1, 14), dmg=3, ocr="run", scale=0.9,
        omit=("code",), incumbent="Denis Fortin", signer="Claudine Boisvert")
    add("Directeur, Services de traduction, Montréal (révisé 2014).docx", "trad_mtl", "fr", "docx", D(2014, 5, 26),
        rform="dash", incumbent="Manon Beaulieu", signer="Claudine Boisvert")
    add("Rémunération régionale 2006.txt", "remu", "fr", "ocr", D(2006, 3, 20), dmg=2, ocr="pages", scale=0.92,
        incumbent="Alain Thibodeau", signer="Richard Caron", year=2006)
    add("Rémunération régionale 2010 - version finale.txt", "remu", "fr", "ocr", D(2010, 11, 29), dmg=1, ocr="lines",
        incumbent="Alain Thibodeau", signer="Jean-François Cloutier")
    add("DG Services linguistiques - Linguistic Services DG 2019.docx", "dg_sl", "bi", "docx", D(2019, 7, 2), content="en",
        rform="table", prng=19, incumbent="Catherine Drouin", signer="Kevin Brennan")
    add("DG Services linguistiques - Linguistic Services DG 2019 - signed.pdf", "dg_sl", "bi", "pdf", D(2019, 7, 2),
        content="en", rform="table", prng=19, incumbent="Catherine Drouin", signer="Kevin Brennan")
    add("Guy-Favreau DE - ébauche 2013.docx", "guy", "fr", "docx", D(2013, 4, 8), provisional="NOUVEAU", omit=("date",),
        sign=False, scale=0.8, rform="effectif")
    add("Guy-Favreau DE 2014 signée.pdf", "guy", "fr", "pdf", D(2014, 1, 13), scale=0.8, rform="effectif",
        incumbent="Frédéric Marchand", signer="Mélanie Perreault")
    add("Complexe Guy-Favreau - directeur exécutif 2020.txt", "guy", "fr", "ocr", D(2020, 9, 14), dmg=2, ocr="lines",
        incumbent="Frédéric Marchand", signer="Benoît Savard")
    add("Matane RG 2011.txt", "mat", "fr", "ocr", D(2011, 8, 15), dmg=2, ocr="run", scale=0.95,
        incumbent="Guy Rochon", signer="Sandra Leclerc")
    add("Matane RG 2021 (2).docx", "mat", "fr", "docx", D(2021, 6, 28), dims="combined", incumbent="Johanne Bouchard",
        signer="Sandra Leclerc")
    # --- single positions ---------------------------------------------------------------------
    add("Facilities Management EX-01.txt", "gi", "en", "ocr", D(2011, 10, 3), dmg=1, ocr="pages")
    add("Directeur Projets d'immobilisations.docx", "proj", "fr", "docx", D(2016, 5, 16), template="csr")
    add("Gestion du portefeuille 2007.txt", "port", "fr", "ocr", D(2007, 4, 1), dmg=3, ocr="run", omit=("code", "sup_num", "date"))
    add("Architecture and Engineering Services - WD.txt", "archi", "en", "ocr-columns", D(2010, 2, 22), dmg=1, rform="dash_first")
    add("Director, Professional Services Procurement.pdf", "appro_sp", "en", "pdf", D(2019, 3, 18),
        rform="paren", layout="dots")
    add("Finances et administration régionales.txt", "fin", "fr", "text-cp1252", D(2008, 12, 15), layout="inline",
        dims="no_total")
    add("Planification stratégique et communications 2005.txt", "plan", "fr", "ocr", D(2005, 11, 7), dmg=2, ocr="lines",
        rform="prose", omit=("rcls",))
    add("IT Regional Director 2013.docx", "ti", "en", "docx", D(2013, 6, 3), rform="paren", template="csr")
    add("Environnement et développement durable.docx", "env", "fr", "docx", D(2022, 1, 31), rform="employes", omit=("code",),
        dims_table=True)
    add("Québec-Est services immobiliers 2015 signé.txt", "qce", "fr", "ocr", D(2015, 3, 16), dmg=2, ocr="pages",
        rform="dash")
    add("Director General Receiver General Services.pdf", "dg_rg", "en", "pdf", D(2016, 11, 21), rform="table",
        layout="tabs")
    add("Normalisation terminologique - Terminology Standardization.docx", "termi", "bi", "docx", D(2020, 2, 3),
        content="fr", rform="paren", bi_title_one_line=True)
    add("Interpretation Director WD 2023.txt", "interp", "en", "text", D(2023, 10, 16), layout="dots", rform="effectif")
    add("Sécurité et gestion des urgences.txt", "sec", "fr", "ocr-columns", D(2012, 1, 30), dmg=2, rform="paren")
    add("Client Services and Account Management.txt", "clients", "en", "text-cp1252", D(2009, 9, 14), layout="inline",
        rform="dash", omit=("code", "loc"))
    add("Location et services aux locataires (1).docx", "loc", "fr", "docx", D(2024, 4, 2), rform="table", omit=("rfte",),
        nb=NBSP)
    add("Policy and Standards, Real Property - Politiques et normes.txt", "pol_bi", "bi", "ocr", D(2017, 8, 28), dmg=1,
        ocr="lines", content="en", dual=True)
    add("Contract Integrity and Compliance 2025.docx", "integ", "en", "docx", D(2025, 1, 13), rform="dash_first",
        sup="fields")
    add("Gestion de l'information ministérielle - Corporate IM.pdf", "gi_min", "bi", "pdf", D(2021, 11, 15), content="fr",
        rform="dash", layout="inline")
    add("Ouvrages techniques - ponts, barrages, quais.txt", "ouvr", "fr", "ocr", D(2019, 5, 27), dmg=2, ocr="pages",
        omit=("rcls", "date"), rform="effectif")
    add("Regional Communications Director.txt", "comm", "en", "ocr", D(2016, 2, 8), dmg=1, ocr="run")
    add("Appro bureau de Québec EX-01 (signé).txt", "appro_qc", "fr", "ocr-columns", D(2013, 9, 9), dmg=2, rform="dash")
    add("Modernisation RG - Receiver General Modernization.docx", "modern", "bi", "docx", D(2022, 6, 6), content="en",
        rform="dash_first", provisional="À déterminer / TBD")
    add("Qualité et innovation, Bureau de la traduction.txt", "qual", "fr", "text-cp1252", D(2018, 4, 30), layout="tabs",
        rform="paren", omit=("loc",))
    add("Contrôleur régional.docx", "contr", "fr", "docx", D(2021, 3, 22), rform="paren", dims="none", omit=("fte",))
    add("Regional Comptroller - Contrôleur régional 2016.txt", "contr", "bi", "ocr", D(2016, 10, 11), dmg=1, ocr="lines",
        content="fr", rform="paren", order=1)
    return S


FOOTERS = {
    "fr": ["Description de travail – Groupe EX", "PROTÉGÉ A", "{short} – Région du Québec", "Non classifié une fois rempli"],
    "en": ["EX Work Description", "PROTECTED A", "{short} – Quebec Region", "Unclassified when completed"],
}


def render(spec: dict) -> tuple[bytes, dict]:
    rng = random.Random(f"blind106:{spec.get('prng', spec['name'])}")
    model, truth = build(spec, rng)
    kind = spec["kind"]
    clang = model["lang"]
    footer = pick(rng, FOOTERS[clang]).format(short=dept(model["year"], clang, True))
    if spec.get("dual"):
        # the English copy, then the French one after a form feed
        other = dict(spec, lang="fr", content="fr", dual=False)
        other.pop("dual")
        m2, _ = build(dict(other, lang="fr"), random.Random(f"blind106-fr:{spec['name']}"))
        truth["also"]["title_fr"] = POS[spec["pos"]]["fr"]
        truth["fields"]["title"] = POS[spec["pos"]]["en"]
        t1 = render_text(damage_model(model, rng, spec.get("dmg", 0)), "inline", "caps", 78)
        t2 = render_text(damage_model(m2, rng, spec.get("dmg", 0)), "inline", "caps", 78)
        lines = t1 + ["", f"{footer}    Page 1", "\f", "VERSION FRANÇAISE", ""] + t2 + ["", f"{footer}    Page 2"]
        text = "\n".join(damage_digits(x, rng, spec.get("dmg", 0)) for x in lines) + "\n"
        return text.encode("utf-8"), truth
    hstyle = pick(rng, ["caps", "caps_colon", "numbered", "plain", "letter"])
    layout = spec.get("layout", pick(rng, ["inline", "nextline", "dots", "tabs"]))
    if kind == "ocr":
        data = ocr_text(model, rng, spec.get("dmg", 1), spec.get("ocr", "lines"), footer,
                        wrapper=spec.get("ocr") != "lines" or rng.random() < 0.5).encode("utf-8")
    elif kind == "ocr-columns":
        data = ocr_columns(model, rng, spec.get("dmg", 1), footer).encode("utf-8")
    elif kind == "text":
        data = txt_plain(model, rng, layout, hstyle).encode("utf-8")
    elif kind == "text-cp1252":
        data = to_cp1252(txt_plain(model, rng, layout, hstyle))
    elif kind == "pdf":
        data = to_pdf(model, rng, layout, hstyle, footer)
    elif kind == "docx":
        data = to_docx(model, rng, spec)
    else:
        raise ValueError(kind)
    return data, truth


# ------------------------------------------------------------------------------------------------
# documents to refuse
def refused() -> list[tuple[str, str, str, bytes, list[str], dict]]:
    out = []
    # 1. a French memo about updating the EX work descriptions (docx)
    d = docx.Document()
    d.add_paragraph().add_run("NOTE DE SERVICE").bold = True
    for x in ["Destinataires : Directeurs et directrices, Région du Québec",
              "Expéditrice : Hélène Vachon, gestionnaire, Classification et organisation",
              "Objet : Mise à jour des descriptions de travail du groupe EX – exercice 2018-2019",
              "Date : le 12 septembre 2018",
              "",
              "À la suite de l'entrée en vigueur de la nouvelle structure régionale, toutes les descriptions de travail "
              "des postes de direction (EX-01 à EX-03) doivent être revues d'ici le 30 novembre 2018. Les postes touchés "
              "sont notamment le poste 10511 (Directeur régional, Services immobiliers, EX-02) et le poste 10544 "
              "(Directeur, Gestion des installations, EX-01).",
              "Veuillez utiliser le gabarit ministériel en pièce jointe et transmettre la version signée à "
              "l'équipe de classification. Pour toute question, communiquez avec Olivier Hamel au 514-555-0142.",
              "",
              "p.j. Gabarit – description de travail EX"]:
        d.add_paragraph(x)
    out.append(("Note de service - mise à jour DT EX 2018.docx", "docx", "fr", docx_bytes(d),
                ["Hélène Vachon", "Olivier Hamel"], {"why": "a memo asking for EX work descriptions to be updated"}))
    # 2. a French letter of offer for an acting EX-01 appointment (pdf with text)
    letter = "\n".join([
        "Services publics et Approvisionnement Canada", "Région du Québec", "Complexe Guy-Favreau, Montréal (Québec)", "",
        "Le 3 février 2020", "", "Madame Sophie Lemieux", "Montréal (Québec)", "",
        "Objet : Offre de nomination intérimaire – Directrice, Gestion du portefeuille (EX-01), poste no 10552", "",
        "Madame,", "",
        "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Gestion du portefeuille,",
        "classifié EX-01, du 10 février 2020 au 9 août 2020. Votre rémunération sera établie dans l'échelle de",
        "traitement du niveau EX-01 (de 120 100 $ à 141 300 $), conformément à la Directive sur les conditions",
        "d'emploi des cadres supérieurs.", "",
        "Vous relèverez du Directeur régional, Services immobiliers. Veuillez signer et retourner la présente",
        "lettre d'ici le 7 février 2020.", "", "Veuillez agréer, Madame, mes salutations distinguées.", "",
        "Geneviève Lapointe", "Directrice générale régionale, Région du Québec", "",
        "J'accepte l'offre décrite ci-dessus : ____________________  Date : __________"])
    out.append(("Lettre d'offre intérim EX-01 - S. Lemieux.pdf", "pdf", "fr", pdf_bytes([letter]),
                ["Sophie Lemieux", "Geneviève Lapointe"], {"why": "a letter offering an acting EX-01 appointment"}))
    # 3. minutes of the regional management committee (text)
    minutes = "\n".join([
        "PROCÈS-VERBAL – COMITÉ DE GESTION RÉGIONAL", "Région du Québec", "Réunion du 24 mai 2016, 9 h 30, salle 7-200",
        "", "Présents : Geneviève Lapointe (présidente), Robert McKenzie, Valérie Poirier, Luc Arsenault, Yannick Dufresne",
        "Absente : Diane Laflamme", "",
        "1. Adoption de l'ordre du jour", "   L'ordre du jour est adopté sans modification.", "",
        "2. Revue des descriptions de travail EX", "   Le comité prend connaissance de l'état d'avancement de la révision des",
        "   descriptions de travail des postes EX-01 et EX-02. Six descriptions sont signées, trois sont en cours",
        "   d'évaluation. Le poste de Directeur, Location et services aux locataires (EX-01) sera évalué en juin.", "",
        "3. Situation budgétaire", "   Prévisions de fin d'exercice : écart favorable de 1,2 M$ au budget de F et E.", "",
        "4. Varia", "   Aucun.", "", "Prochaine réunion : le 21 juin 2016.", "Secrétaire : Yannick Dufresne"])
    out.append(("PV comité de gestion régional 2016-05-24.txt", "text", "fr", minutes.encode("utf-8"),
                ["Geneviève Lapointe", "Robert McKenzie", "Valérie Poirier", "Luc Arsenault", "Yannick Dufresne", "Diane Laflamme"],
                {"why": "minutes of the regional management committee"}))
    # 4. a bilingual organization chart OCR'd from a scan
    rng = random.Random("blind106:orgchart")
    chart = ("ORGANIGRAMME / ORGANIZATION CHART Services immobiliers, Région du Québec / Real Property Services, Quebec Region "
             "En date du 1er avril 2019 / As of April 1, 2019 Directeur régional / Regional Director EX-02 10511 Martin Bélanger | "
             "Directeur, Gestion des installations / Director, Facilities Management EX-01 10544 Éric Boucher | Directeur, Projets "
             "d'immobilisations / Director, Capital Projects EX-01 10547 (vacant) | Directeur, Gestion du portefeuille / Director, "
             "Portfolio Management EX-01 10552 Chantal Morin | Directeur, Services d'architecture et de génie / Director, Architecture "
             "and Engineering Services EX-01 10558 Daniel Gagnon | Gestionnaire, Planification des activités CO-03 Lise Turcotte "
             "Préparé par / Prepared by : RH régionales / Regional HR  Page 1 de/of 1\n")
    chart = ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
             + damage_digits(damage_words(chart, rng, 2), rng, 2))
    out.append(("Organigramme SI Région du Québec 2019.txt", "ocr", "bilingual", chart.encode("utf-8"),
                ["Martin Bélanger", "Éric Boucher", "Chantal Morin", "Daniel Gagnon", "Lise Turcotte"],
                {"why": "an organization chart"}))
    # 5. an English executive performance agreement (docx)
    d = docx.Document()
    d.add_heading("Executive Performance Agreement 2022-2023", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, v in [("Executive", "Robert McKenzie"), ("Position", "Regional Director General, Quebec Region (EX-03)"),
                 ("Position number", "10482"), ("Supervisor", "Assistant Deputy Minister, Regional Operations"),
                 ("Period", "April 1, 2022 to March 31, 2023")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, v
    d.add_heading("Commitments", level=2)
    for x in ["Business results: deliver the regional real property investment plan ($162M) on time and on budget.",
              "Leadership: implement the regional mental health and wellness action plan.",
              "Corporate: contribute to the departmental procurement modernization initiative."]:
        d.add_paragraph(x, style="List Number")
    d.add_heading("Signatures", level=2)
    d.add_paragraph("Executive: Robert McKenzie    Date: __________")
    d.add_paragraph("Supervisor: Marc-André Nadeau, Assistant Deputy Minister    Date: __________")
    out.append(("Entente de rendement - Performance Agreement 2022-23 RMcKenzie.docx", "docx", "en", docx_bytes(d),
                ["Robert McKenzie", "Marc-André Nadeau"], {"why": "an executive performance agreement"}))
    # 6. a scanned signed description saved as a PDF without a text layer
    strokes = []
    r2 = random.Random("blind106:scan")
    for k in range(60):
        y = 780 - k * 11
        x = 40 + r2.randrange(30)
        strokes.append(f"0.2 g {x} {y} {r2.randrange(200, 520)} 6 re f")
    page = ("\n".join(strokes)).encode("ascii")
    out.append(("DT Directeur Sécurité numérisée 2009.pdf", "pdf", "fr", pdf_bytes([page, page]),
                [], {"why": "a scanned PDF without a text layer"}))
    return out


# ------------------------------------------------------------------------------------------------
def dump(path: Path, data: dict):
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def main():
    for dd in (CORPUS, EXPECTED):
        dd.mkdir(parents=True, exist_ok=True)
        for f in dd.iterdir():
            f.unlink()
    S = specs()
    rendered = []
    for i, s in enumerate(S):
        if s.get("same_as"):
            data, truth = rendered[i + s["same_as"]]
        else:
            data, truth = render(s)
        rendered.append((data, truth))
    # versions: documents of the same position
    by_pos = {}
    for s in S:
        by_pos.setdefault(s["pos"], []).append(s)
    for s, (data, truth) in zip(S, rendered):
        (CORPUS / s["name"]).write_bytes(data)
        group = by_pos[s["pos"]]
        versions = None
        if len(group) > 1:
            newest = max(group, key=lambda g: (g["date"], g["kind"] == "pdf" or "sign" in g["name"].lower()))
            same = [g["name"] for g in group if g["date"] == s["date"] and g["name"] != s["name"]]
            versions = dict(documents=[g["name"] for g in group], newest=newest["name"], same_text_as=same or None)
        lang = {"fr": "fr", "en": "en", "bi": "bilingual"}[s["lang"]]
        exp = dict(document=s["name"], kind=s["kind"], language=lang, outcome="import", fields=truth["fields"],
                   not_stated=truth["not_stated"], also=truth["also"], people=truth["people"], versions=versions)
        dump(EXPECTED / f"{s['name']}.expected.yaml", exp)
    for name, kind, lang, data, people, why in refused():
        (CORPUS / name).write_bytes(data)
        exp = dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=[],
                   also=why, people=people, versions=None)
        dump(EXPECTED / f"{name}.expected.yaml", exp)


if __name__ == "__main__":
    main()
