"""Write the blind60 corpus: EX work descriptions as departments keep them in Word (2010-2024).

    /work/main/.venv/bin/python bench/import/blind60/make_blind.py

Writes ``corpus/`` and ``expected/`` next to this file, byte for byte the same on every run
(a fixed seed, fixed dates in the Word files' properties and zip entries). Positions and prose
are in ``texts.py``; PDFs are made with ``tests/import_files.pdf_bytes``.
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
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.shared import Pt  # noqa: E402
from import_files import pdf_bytes  # noqa: E402

import texts  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
RNG = random.Random(6060)

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
PLACEHOLDER = "Click or tap here to enter text."
PLACEHOLDER_FR = "Cliquez ou appuyez ici pour entrer du texte."

LOCATIONS_EN = ["Ottawa, Ontario", "Gatineau, Quebec", "Halifax, Nova Scotia", "Vancouver, British Columbia",
                "Winnipeg, Manitoba", "Edmonton, Alberta", "Moncton, New Brunswick", "Toronto, Ontario",
                "Ottawa, ON", "Gatineau, QC", "Regina, Saskatchewan", "St. John's, Newfoundland and Labrador"]
LOCATIONS_FR = ["Gatineau (Québec)", "Montréal (Québec)", "Ottawa (Ontario)", "Québec (Québec)",
                "Moncton (Nouveau-Brunswick)", "Longueuil (Québec)"]
LOC_FR = {"Ottawa, Ontario": "Ottawa (Ontario)", "Gatineau, Quebec": "Gatineau (Québec)",
          "Halifax, Nova Scotia": "Halifax (Nouvelle-Écosse)", "Vancouver, British Columbia": "Vancouver (Colombie-Britannique)",
          "Winnipeg, Manitoba": "Winnipeg (Manitoba)", "Edmonton, Alberta": "Edmonton (Alberta)",
          "Moncton, New Brunswick": "Moncton (Nouveau-Brunswick)", "Toronto, Ontario": "Toronto (Ontario)",
          "Banff, Alberta": "Banff (Alberta)", "Montreal, Quebec": "Montréal (Québec)", "Longueuil, Quebec": "Longueuil (Québec)",
          "Amherst, Nova Scotia": "Amherst (Nouvelle-Écosse)", "Dartmouth, Nova Scotia": "Dartmouth (Nouvelle-Écosse)"}
FIXED_LOCATION = {"csc-reg": "Winnipeg, Manitoba", "parks-ops": "Banff, Alberta", "ccg-ops": "Halifax, Nova Scotia",
                  "ced-reg": "Longueuil, Quebec", "eccc-enf": "Montreal, Quebec", "cfia-ins": "Montreal, Quebec",
                  "esdc-sc": "Edmonton, Alberta", "isc-infra": "Amherst, Nova Scotia", "dfo-sci": "Dartmouth, Nova Scotia",
                  "phac-lab": "Winnipeg, Manitoba", "acoa-pol": "Moncton, New Brunswick"}


# ----------------------------------------------------------------------------------------------
# cell values that Word keeps in special ways
class SDT:
    """A content control; value None shows its placeholder."""
    def __init__(self, value, alias="", date_iso=None, fr=False):
        self.value, self.alias, self.date_iso, self.fr = value, alias, date_iso, fr

    def shown(self):
        return self.value if self.value is not None else (PLACEHOLDER_FR if self.fr else PLACEHOLDER)


class FF:
    """A legacy text form field (FORMTEXT); None is the empty field (five en spaces)."""
    def __init__(self, value, dropdown=None):
        self.value, self.dropdown = value, dropdown

    def shown(self):
        return self.value if self.value is not None else "\u2002" * 5


class TRACK:
    """A tracked change left in the file: old deleted, new inserted (the truth is new)."""
    def __init__(self, old, new, prefix="", suffix=""):
        self.old, self.new, self.prefix, self.suffix = old, new, prefix, suffix

    def shown(self):
        return self.prefix + self.new + self.suffix


class B:
    """Bold label followed by plain value in one paragraph/cell."""
    def __init__(self, label, value):
        self.label, self.value = label, value

    def shown(self):
        v = self.value.shown() if hasattr(self.value, "shown") else self.value
        return f"{self.label} {v}"


def shown(v):
    return v.shown() if hasattr(v, "shown") else ("" if v is None else str(v))


# ----------------------------------------------------------------------------------------------
# notations
def fmt_date(d: date, form: str) -> str:
    m_en, m_fr = EN_MONTHS[d.month - 1], FR_MONTHS[d.month - 1]
    day_fr = "1er" if d.day == 1 else str(d.day)
    return {
        "iso": d.isoformat(),
        "long": f"{m_en} {d.day}, {d.year}",
        "dmy": f"{d.day} {m_en} {d.year}",
        "abbr": f"{m_en[:3]}. {d.day}, {d.year}",
        "th": f"{m_en} {d.day}{'st' if d.day in (1, 21, 31) else 'nd' if d.day in (2, 22) else 'rd' if d.day in (3, 23) else 'th'}, {d.year}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "dmy_slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "fr": f"{day_fr} {m_fr} {d.year}",
        "fr_le": f"le {day_fr} {m_fr} {d.year}",
        "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
    }[form]


def fmt_money(v: int, form: str) -> str:
    def grp(n, sep):
        return f"{n:,}".replace(",", sep)
    m = v / 1_000_000
    ms = f"{m:.3f}".rstrip("0").rstrip(".") if v % 10_000 else f"{m:.2f}".rstrip("0").rstrip(".")
    k = v // 1000
    return {
        "dollars": f"${grp(v, ',')}",
        "dollars00": f"${grp(v, ',')}.00",
        "M": f"${ms}M",
        "million": f"${ms} million",
        "K": f"${k:,}K",
        "fr": f"{grp(v, chr(160))} $",
        "fr00": f"{grp(v, ' ')},00 $",
        "frM": f"{ms.replace('.', ',')} M$",
        "frmillion": f"{ms.replace('.', ',')} million $",
        "frK": f"{grp(k, ' ')} k$",
    }[form]


def fmt_class(level: str, form: str) -> str:
    g, n = level.rsplit("-", 1)
    return {"dash": f"{g}-{n}", "space": f"{g} {n}", "short": f"{g}-{int(n)}", "paren": f"({g}-{n})",
            "nbh": f"{g}\u2011{n}", "endash": f"{g}\u2013{n}", "tight": f"{g}{n}"}[form]


def du(title):
    fem = ("Directrice", "Sous-ministre adjointe", "Vice-présidente", "Commissaire adjointe")
    return "de la" if title.startswith(fem) else "du"


def person(rng):
    return f"{rng.choice(texts.FIRST)} {rng.choice(texts.LAST)}"


# ----------------------------------------------------------------------------------------------
# positions
def make_position(stem, rng):
    (key, dept_en, dept_fr, abbr, br_en, br_fr, t_en, t_fr, lvl, st_en, st_fr, slvl, area_en, area_fr, reps) = stem
    reports = []
    for r_en, r_fr, grp in reps:
        if grp.startswith("EX"):
            fte = rng.randint(18, 60)
        elif any(w in r_en for w in ("Advisor", "Assistant", "Economist", "Engineer", "Program Officer")) \
                and not r_en.startswith(("Assistant Director", "Assistant Warden", "Advisor, Team")):
            fte = 1
        else:
            fte = rng.randint(4, 38)
        reports.append({"title": r_en, "title_fr": r_fr, "classification": grp, "fte": fte})
    fte_total = sum(r["fte"] for r in reports) + rng.randint(1, 3)
    salary = round(fte_total * rng.randint(88, 112) * 1000, -4)
    om = rng.choice([rng.randint(8, 95) * 10_000, rng.randint(60, 990) * 1000])
    if lvl >= 3:
        om *= 3
    loc_en = FIXED_LOCATION.get(key) or rng.choice(LOCATIONS_EN[:8])
    return {
        "key": key, "dept_en": dept_en, "dept_fr": dept_fr, "abbr": abbr, "branch_en": br_en, "branch_fr": br_fr,
        "title_en": t_en, "title_fr": t_fr, "level": f"EX-0{lvl}",
        "sup_title_en": st_en, "sup_title_fr": st_fr, "sup_level": f"EX-0{slvl}",
        "area_en": area_en, "area_fr": area_fr,
        "number": str(rng.randint(10000, 99999) if rng.random() < 0.8 else rng.randint(100000, 999999)),
        "sup_number": str(rng.randint(10000, 99999)),
        "job_code": str(rng.randint(100000, 109999)),
        "date": date(rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 28)),
        "reports": reports, "fte": fte_total, "salary": int(salary), "om": int(om),
        "loc_en": loc_en, "loc_fr": LOC_FR[loc_en],
        "incumbent": person(rng), "sup_name": person(rng), "adm_name": person(rng), "hr_name": person(rng),
    }


# ----------------------------------------------------------------------------------------------
# labels
L_EN = {
    "title": ["Position Title", "Position title", "Title", "Official Position Title", "Job Title", "Working Title"],
    "class": ["Classification", "Group and Level", "Group/Level", "Classification Level", "Level"],
    "job": ["Job Code", "Position Job Code", "Job Code No.", "Generic Job Number", "Job Number"],
    "num": ["Position Number", "Position No.", "Position #", "Position Number (PeopleSoft)", "Position ID"],
    "date": ["Effective Date", "Effective date", "Date Effective", "Classification Effective Date"],
    "sup_num": ["Supervisor's Position Number", "Supervisor Position No.", "Reports to Position Number", "Supervisor's Position #"],
    "sup_title": ["Supervisor's Position Title", "Supervisor Title", "Reports to (Title)", "Title of Supervisor"],
    "sup_class": ["Supervisor's Classification", "Supervisor Group/Level", "Supervisor's Level", "Classification of Supervisor"],
    "loc": ["Location", "Geographic Location", "Work Location", "Location (City, Province)"],
    "dept": ["Department", "Department/Agency", "Organization"],
    "branch": ["Branch", "Sector", "Branch/Sector"],
    "inc": ["Incumbent", "Incumbent Name", "Incumbent (if any)"],
}
L_FR = {
    "title": ["Titre du poste", "Titre officiel du poste", "Titre", "Intitulé du poste"],
    "class": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
    "job": ["Code d'emploi", "Code de l'emploi", "Numéro de code d'emploi", "No de l'emploi générique"],
    "num": ["Numéro du poste", "No du poste", "Numéro de poste", "N° de poste"],
    "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "Date d'effet", "En vigueur le"],
    "sup_num": ["Numéro du poste du superviseur", "No du poste du supérieur", "Numéro de poste du superviseur immédiat"],
    "sup_title": ["Titre du poste du superviseur", "Titre du supérieur immédiat", "Relève de (titre)"],
    "sup_class": ["Classification du superviseur", "Groupe et niveau du superviseur", "Niveau du supérieur"],
    "loc": ["Lieu de travail", "Emplacement", "Lieu géographique", "Lieu"],
    "dept": ["Ministère", "Ministère/organisme", "Organisation"],
    "branch": ["Direction générale", "Secteur", "Direction générale/secteur"],
    "inc": ["Titulaire", "Nom du titulaire"],
}
H_EN = {
    "ident": ["Position Identification", "POSITION IDENTIFICATION", "1. Position Information", "Identification"],
    "ga": ["General Accountability", "GENERAL ACCOUNTABILITY", "Client Service Results", "Purpose of the Position"],
    "ka": ["Key Activities", "KEY ACTIVITIES", "Specific Accountabilities", "Main Responsibilities"],
    "org": ["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Organizational Context", "Structure"],
    "reports": ["Reporting to the position are:", "Direct Reports", "Positions reporting to the incumbent:",
                "The following positions report directly to the position:"],
    "ns": ["Nature and Scope", "NATURE AND SCOPE", "Context and Challenges", "Environment"],
    "dim": ["Dimensions", "DIMENSIONS", "Financial and Human Resources", "Key Dimensions"],
    "cert": ["Certification", "CERTIFICATION", "Signatures", "Approval"],
}
H_FR = {
    "ident": ["Identification du poste", "IDENTIFICATION DU POSTE", "1. Renseignements sur le poste"],
    "ga": ["Responsabilité générale", "RESPONSABILITÉS GÉNÉRALES", "Résultats axés sur le service à la clientèle", "Raison d'être du poste"],
    "ka": ["Activités principales", "ACTIVITÉS PRINCIPALES", "Responsabilités spécifiques"],
    "org": ["Structure organisationnelle", "STRUCTURE DE L'ORGANISATION", "Contexte organisationnel"],
    "reports": ["Relèvent du titulaire :", "Subordonnés directs", "Les postes suivants relèvent directement du poste :"],
    "ns": ["Nature et étendue", "NATURE ET ÉTENDUE", "Contexte et défis"],
    "dim": ["Dimensions", "DIMENSIONS", "Ressources financières et humaines"],
    "cert": ["Attestation", "ATTESTATION", "Signatures", "Approbation"],
}


def pick(rng, lst, i=None):
    return lst[i % len(lst)] if i is not None else rng.choice(lst)


# ----------------------------------------------------------------------------------------------
# a document as blocks, rendered to Word, text, Markdown or PDF
# blocks: ("h", level, text) ("p", text|B) ("pair", label, value) ("table", rows, widths)
#         ("bullets", items) ("numbers", items, typed) ("textbox", blocks, modern) ("break",)
class Doc:
    def __init__(self):
        self.blocks, self.header, self.footer = [], [], []

    def add(self, *b):
        self.blocks.append(b)


def report_line(r, form, lang, rng):
    t = r["title"] if lang != "fr" else r["title_fr"]
    c = r["classification"]
    f = r["fte"]
    cl = c if c else None
    if form == "paren":
        inner = ", ".join(x for x in [cl, (f"{f} FTE{'s' if f != 1 else ''}" if lang != "fr" else f"{f} ETP")
                                      if f is not None else None] if x)
        return f"{t} ({inner})" if inner else t
    if form == "dash":
        parts = [t] + ([cl] if cl else []) + ([f"{f} FTE{'s' if f != 1 else ''}" if lang != "fr" else f"{f} ETP"]
                                              if f is not None else [])
        return " \u2013 ".join(parts)
    if form == "classfirst":
        s = f"{cl} - {t}" if cl else t
        return s + (f" ({f} FTE)" if f is not None and lang != "fr" else f" ({f} ETP)" if f is not None else "")
    if form == "staff":
        s = f"{t} ({cl})" if cl else t
        if f is not None:
            s += f", staff of {f}" if lang != "fr" else f", effectif de {f}"
        return s
    raise ValueError(form)


def build_wd(p, lang, v, rng, idx):
    """A work description as blocks; returns (Doc, truth fields, people)."""
    fr = lang == "fr"
    bil = lang == "bilingual"
    L = L_FR if fr else L_EN
    H = H_FR if fr else H_EN
    d = Doc()
    people = []
    t_title = p["title_en"] if not fr else p["title_fr"]
    sup_title = p["sup_title_en"] if not fr else p["sup_title_fr"]
    dept = p["dept_fr"] if fr else p["dept_en"]
    branch = p["branch_fr"] if fr else p["branch_en"]
    loc = p["loc_fr"] if fr else p["loc_en"]
    cform = v.get("cform", "dash")
    cls = fmt_class(p["level"], cform)
    sup_cls = fmt_class(p["sup_level"], v.get("scform", cform))
    dform = v.get("dform", "fr" if fr else "long")
    dt = fmt_date(p["date"], dform)
    mform = v.get("mform", "fr" if fr else "dollars")
    st = v.get("stated", {})  # field -> False when not stated
    stated = lambda f: st.get(f, True)  # noqa: E731
    num = p["number"]
    numshown = v.get("numshown", num)

    truth = {
        "title": t_title if not bil else p["title_en"],
        "classification": p["level"],
        "job_code": p["job_code"] if stated("job") else None,
        "position_number": num if stated("num") else None,
        "effective_date": p["date"].isoformat() if stated("date") else None,
        "supervisor": {
            "position_number": p["sup_number"] if stated("sup_num") else None,
            "title": (p["sup_title_en"] if not fr else p["sup_title_fr"]) if stated("sup_title") else None,
            "classification": p["sup_level"] if stated("sup_class") else None,
        },
        "direct_reports": [],
        "salary": p["salary"] if stated("salary") else None,
        "o_and_m": p["om"] if stated("om") else None,
        "total": p["salary"] + p["om"] if stated("total") else None,
        "location": (loc if not bil else p["loc_en"]) if stated("loc") else None,
    }
    if not stated("title"):
        truth["title"] = None

    def val(field, text):
        """Wrap a header value as the variant's Word mechanism asks."""
        mech = v.get("mech")
        if mech == "sdt":
            return SDT(text if stated(field) else None, alias=field, fr=fr,
                       date_iso=p["date"].isoformat() if field == "date" else None)
        if mech == "ff":
            if field == "class" and v.get("dropdown"):
                return FF(text, dropdown=["EX-01", "EX-02", "EX-03", "EX-04", "EX-05"])
            return FF(text if stated(field) else None)
        if not stated(field):
            return v.get("blank", "")
        tr = v.get("track", {})
        if field in tr:
            return TRACK(tr[field], text)
        return text

    # --- identification fields
    ident = []  # (key, label, value)
    lab = lambda k: pick(rng, L[k], v.get("li"))  # noqa: E731

    def lab_bil(k):
        return f"{pick(rng, L_EN[k], v.get('li'))} / {pick(rng, L_FR[k], v.get('li'))}"
    LB = lab_bil if bil else lab
    title_val = t_title if not bil else (p["title_en"] if v.get("bilcols") else f"{p['title_en']} / {p['title_fr']}")
    ident.append(("title", LB("title"), val("title", title_val)))
    ident.append(("num", LB("num"), val("num", numshown)))
    ident.append(("class", LB("class"), val("class", cls)))
    if v.get("show_job", True):
        ident.append(("job", LB("job"), val("job", p["job_code"])))
    ident.append(("date", LB("date"), val("date", dt)))
    if v.get("dept_in_ident", True):
        ident.append(("dept", LB("dept"), dept if not bil else f"{p['dept_en']} / {p['dept_fr']}"))
        ident.append(("branch", LB("branch"), branch if not bil else p["branch_en"]))
    if v.get("loc_where", "ident") == "ident":
        ident.append(("loc", LB("loc"), val("loc", loc if not bil else p["loc_en"])))
    sup_mode = v.get("sup", "fields")
    if sup_mode == "fields":
        ident.append(("sup_num", LB("sup_num"), val("sup_num", p["sup_number"])))
        ident.append(("sup_title", LB("sup_title"), val("sup_title", sup_title if not bil else p["sup_title_en"])))
        ident.append(("sup_class", LB("sup_class"), val("sup_class", sup_cls)))
    elif sup_mode == "reports_to":
        lbl = "Relève de" if fr else ("Reports to / Relève de" if bil else "Reports to")
        s = f"{sup_title if not bil else p['sup_title_en']} ({sup_cls})"
        if stated("sup_num"):
            s += f", position {p['sup_number']}" if not fr else f", poste no {p['sup_number']}"
        ident.append(("sup", lbl, s))
    if v.get("incumbent"):
        ident.append(("inc", LB("inc"), p["incumbent"]))
        people.append(p["incumbent"])
    order = v.get("order")
    if order:
        ident.sort(key=lambda x: order.index(x[0]) if x[0] in order else 99)
    if v.get("drop"):
        ident = [x for x in ident if x[0] not in v["drop"]]

    # --- the form's heading and the identification layout
    form_title = v.get("form_title") or ("Description de travail – Groupe de la direction (EX)" if fr else
                                         "Executive (EX) Work Description / Description de travail de cadre (EX)" if bil else
                                         "Executive Group Work Description")
    layout = v["layout"]
    if v.get("in_header"):
        d.header = [f"{p['dept_en'] if not fr else p['dept_fr']}", f"{form_title}"]
        if v.get("in_header") == "fields":
            d.header.append(f"{'No du poste' if fr else 'Position No.'} {numshown}\t{cls}")
    if not v.get("no_form_title"):
        d.add("h", 0, form_title)
    if v.get("title_line"):
        d.add("p", B("", t_title))
    ident_blocks = []
    if layout == "table2":
        if v.get("ident_heading", True):
            ident_blocks.append(("h", 1, pick(rng, H["ident"], v.get("hi"))))
        ident_blocks.append(("table", [[B(lb + ":", "") if v.get("boldcells") else lb, vl] for _, lb, vl in ident], [2, 3]))
    elif layout == "table4":
        rows = []
        for i in range(0, len(ident), 2):
            a = ident[i]
            b = ident[i + 1] if i + 1 < len(ident) else ("", "", "")
            rows.append([a[1], a[2], b[1], b[2]])
        ident_blocks.append(("h", 1, pick(rng, H["ident"], v.get("hi"))))
        ident_blocks.append(("table", rows, [2, 3, 2, 3]))
    elif layout == "tableabove":
        # a printed form's boxes: labels row, values row
        rows = []
        for i in range(0, len(ident), 3):
            chunk = ident[i:i + 3]
            rows.append([c[1] for c in chunk] + [""] * (3 - len(chunk)))
            rows.append([c[2] for c in chunk] + [""] * (3 - len(chunk)))
        ident_blocks.append(("table", rows, [1, 1, 1]))
    elif layout == "bilcols":
        # two-column bilingual form: English column | French column
        rows = [["English", "Français"]]
        fr_val = {"title": p["title_fr"], "dept": p["dept_fr"], "branch": p["branch_fr"], "loc": p["loc_fr"],
                  "sup_title": p["sup_title_fr"]}
        for k, lb, vl in ident:
            en_l, fr_l = lb.split(" / ") if " / " in lb else (lb, lb)
            fv = fr_val.get(k, vl) if isinstance(vl, str) else vl
            if k == "date" and isinstance(vl, str) and stated("date"):
                fv = fmt_date(p["date"], "fr")
            rows.append([B(en_l + ":", vl), B(fr_l + " :", fv)])
        ident_blocks.append(("table", rows, [1, 1]))
    elif layout in ("bold_inline", "tabs", "dots", "bold_next", "plain_colon"):
        if v.get("ident_heading", True):
            ident_blocks.append(("h", 1, pick(rng, H["ident"], v.get("hi"))))
        sepc = " :" if fr else ":"
        for _, lb, vl in ident:
            if layout == "bold_inline":
                ident_blocks.append(("p", B(lb + sepc, vl)))
            elif layout == "plain_colon":
                ident_blocks.append(("p", f"{lb}{sepc} {shown(vl)}"))
            elif layout == "tabs":
                ident_blocks.append(("p", f"{lb}{sepc}\t{shown(vl)}"))
            elif layout == "dots":
                ident_blocks.append(("p", f"{lb} {'.' * max(3, 44 - len(lb))} {shown(vl)}"))
            else:
                ident_blocks.append(("p", B(lb, "")))
                ident_blocks.append(("p", vl))
    else:
        raise ValueError(layout)
    if v.get("textbox"):
        d.add("textbox", ident_blocks, v.get("textbox") == "modern")
    else:
        for b in ident_blocks:
            d.add(*b)

    fmt = dict(area=p["area_fr"] if fr else p["area_en"], branch=branch, dept=dept, sup=sup_title, title=t_title)
    fmt["du_sup"] = f"{du(sup_title)} {sup_title}"
    fmt["au_sup"] = ("à la " if du(sup_title) == "de la" else "au ") + sup_title
    # --- general accountability / client service results
    d.add("h", 1, pick(rng, H["ga"], v.get("hi")))
    d.add("p", pick(rng, texts.GA_FR if fr else texts.GA_EN).format(**fmt))
    if bil and v.get("bil_prose"):
        d.add("p", pick(rng, texts.GA_FR).format(area=p["area_fr"], branch=p["branch_fr"], dept=p["dept_fr"],
                                               sup=p["sup_title_fr"], title=p["title_fr"],
                                               au_sup=("à la " if du(p["sup_title_fr"]) == "de la" else "au ") + p["sup_title_fr"]))
    # --- organization structure with supervisor sentence and reports
    d.add("h", 1, pick(rng, H["org"], v.get("hi")))
    if sup_mode == "sentence":
        if fr:
            s = f"Le titulaire relève {du(sup_title)} {sup_title} ({sup_cls})"
            s += f", poste no {p['sup_number']}." if stated("sup_num") else "."
        else:
            s = f"The {t_title} reports to the {sup_title} ({sup_cls})"
            s += f", position number {p['sup_number']}." if stated("sup_num") else "."
        d.add("p", s)
    elif sup_mode == "sentence_noclass":
        s = (f"Le poste relève directement {du(sup_title)} {sup_title}." if fr else f"The position reports directly to the {sup_title}.")
        d.add("p", s)
    reps = [dict(r) for r in p["reports"]]
    for r in reps:
        if fr:
            r["title_shown"] = r["title_fr"]
    if v.get("reports") == "table_nofte":
        v = dict(v, no_fte=list(range(len(reps))))
    for i in v.get("no_fte", []):
        reps[i]["fte"] = None
    for i in v.get("no_class", []):
        reps[i]["classification"] = None
    rform = v.get("reports", "table")
    rcf = v.get("rcform", "dash")
    for r in reps:
        r["cls_shown"] = fmt_class(r["classification"], rcf) if r["classification"] else None
    truth["direct_reports"] = [{"title": r["title_fr"] if fr else r["title"], "classification": r["classification"],
                                "fte": r["fte"]} for r in reps]
    if rform == "none":
        truth["direct_reports"] = []
    elif rform != "prose":
        d.add("p", pick(rng, H["reports"], v.get("hi")))
    fte_word = "ETP" if fr else v.get("fte_word", "FTEs")
    if rform == "table":
        hdr = (["Titre du poste", "Groupe et niveau", "ETP"] if fr else
               ["Position Title / Titre du poste", "Classification", "FTEs / ETP"] if bil else
               ["Position Title", "Classification", v.get("fte_head", "FTEs")])
        rows = [hdr] + [[r["title_fr"] if fr else r["title"], r["cls_shown"] or "", "" if r["fte"] is None else str(r["fte"])]
                        for r in reps]
        d.add("table", rows, [4, 2, 1])
    elif rform == "table_nofte":
        rows = [["Title", "Group/Level"]] + [[r["title"], r["cls_shown"] or ""] for r in reps]
        d.add("table", rows, [4, 2])
    elif rform in ("bullets", "numbers"):
        items = []
        for r in reps:
            rr = dict(r, classification=r["cls_shown"], title=r["title"], title_fr=r["title_fr"])
            line = report_line(rr, v.get("rline", "paren"), lang, rng)
            if v.get("rdesc"):
                line += ": " + ("responsable de " + p["area_fr"] if fr else "responsible for " +
                                rng.choice(["operations", "policy and planning", "program delivery", "analysis and reporting"])
                                + " within the directorate.")
            items.append(line)
        d.add(rform, items, v.get("typed_numbers", False))
    elif rform == "prose":
        parts = []
        for r in reps:
            rr = dict(r, classification=r["cls_shown"])
            parts.append(report_line(rr, "paren", lang, rng))
        if fr:
            d.add("p", "Les postes suivants relèvent du titulaire : " + "; ".join(parts) + ".")
        else:
            d.add("p", "The following positions report to the incumbent: the " + "; the ".join(parts) + ".")
    # --- nature and scope
    d.add("h", 1, pick(rng, H["ns"], v.get("hi")))
    for para in rng.sample(texts.NS_FR if fr else texts.NS_EN, 2):
        d.add("p", para.format(**fmt))
    # --- dimensions
    if v.get("dims", True):
        d.add("h", 1, pick(rng, H["dim"], v.get("hi")))
        sal, om, tot = fmt_money(p["salary"], mform), fmt_money(p["om"], mform), fmt_money(p["salary"] + p["om"], mform)
        if "dims_track" in v:
            sal = TRACK(fmt_money(round(p["salary"] * 0.93, -4), mform), sal)
        dl = (["Salaire", "F et E", "Total", "ETP"] if fr else
              ["Salary / Salaires", "O&M / F et E", "Total", "FTEs / ETP"] if bil else
              ["Salary", v.get("om_label", "O&M"), v.get("total_label", "Total"), "FTEs"])
        dstyle = v.get("dimstyle", "table")
        rows = []
        if stated("salary"):
            rows.append([dl[0], sal])
        if stated("om"):
            rows.append([dl[1], om])
        if stated("total"):
            rows.append([dl[2], tot])
        rows.append([dl[3], str(p["fte"])])
        if dstyle == "table":
            d.add("table", rows, [2, 2])
        elif dstyle == "bullets":
            d.add("bullets", [f"{a}: {shown(b)}" if not fr else f"{a} : {shown(b)}" for a, b in rows], False)
        elif dstyle == "bold":
            for a, b in rows:
                d.add("p", B(a + (" :" if fr else ":"), b))
        elif dstyle == "prose":
            if fr:
                d.add("p", f"La direction compte {p['fte']} ETP et dispose d'un budget salarial de {shown(sal)} et d'un "
                           f"budget de fonctionnement et d'entretien de {shown(om)}, pour un total de {shown(tot)}.")
            else:
                d.add("p", f"The directorate has {p['fte']} FTEs, an annual salary budget of {shown(sal)} and an O&M "
                           f"budget of {shown(om)}, for a total of {shown(tot)}.")
    else:
        truth["salary"] = truth["o_and_m"] = truth["total"] = None
    # --- specific accountabilities / key activities
    d.add("h", 1, pick(rng, H["ka"], v.get("hi")))
    accs = [a.format(**fmt) for a in rng.sample(texts.ACC_FR if fr else texts.ACC_EN, rng.randint(5, 7))]
    d.add("numbers" if v.get("acc_numbers", True) else "bullets", accs, v.get("typed_numbers", False))
    if v.get("loc_where") == "end":
        d.add("p", f"{L['loc'][0]}{' :' if fr else ':'} {loc}")
    # --- certification
    if v.get("cert", True):
        d.add("h", 1, pick(rng, H["cert"], v.get("hi")))
        if fr:
            d.add("p", "Je certifie que la présente description de travail décrit fidèlement les fonctions du poste.")
        else:
            d.add("p", "The foregoing is an accurate and complete statement of the duties assigned to the position.")
        signers = [(p["sup_name"], sup_title)]
        if v.get("adm"):
            signers.append((p["adm_name"], "Sous-ministre adjoint" if fr else "Assistant Deputy Minister"))
        if v.get("signed_names", True):
            rows = [["Nom" if fr else "Name", "Titre" if fr else "Title", "Signature", "Date"]]
            for n, t in signers:
                rows.append([n, t, "", fmt_date(p["date"], dform) if v.get("sign_date") else ""])
                people.append(n)
            d.add("table", rows, [2, 3, 2, 1])
        else:
            d.add("table", [["Signature", "Date"], [sup_title, ""]], [3, 1])
    if v.get("hr_contact"):
        d.add("p", (f"Conseillère en classification : {p['hr_name']}" if fr else f"Classification advisor: {p['hr_name']}"))
        people.append(p["hr_name"])
    if v.get("footer"):
        d.footer = [v["footer"]]
    also = {"fte": p["fte"] if v.get("dims", True) else None, "operating_budget": None, "program_budget": None,
            "provisional_number": None}
    if bil:
        also["title_fr"] = p["title_fr"]
    return d, truth, people, also


# ----------------------------------------------------------------------------------------------
# Word
def xml_text(s):
    return escape(s)


def run_xml(text, bold=False, style=None):
    rpr = ""
    if bold or style:
        rpr = "<w:rPr>" + (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:b/>" if bold else "") + "</w:rPr>"
    parts = text.split("\t")
    inner = "<w:tab/>".join(f'<w:t xml:space="preserve">{xml_text(p)}</w:t>' for p in parts)
    return f"<w:r>{rpr}{inner}</w:r>"


SDT_ID = [1000]


def value_xml(v):
    """Runs (inline XML) for a cell/paragraph value."""
    if isinstance(v, B):
        return run_xml(v.label + (" " if v.value not in ("", None) else ""), bold=True) + value_xml(v.value)
    if isinstance(v, SDT):
        SDT_ID[0] += 7
        plc = v.value is None
        kind = "<w:text/>"
        if v.date_iso and not plc:
            kind = (f'<w:date w:fullDate="{v.date_iso}T00:00:00Z"><w:dateFormat w:val="MMMM d, yyyy"/>'
                    f'<w:lid w:val="en-CA"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
        return (f"<w:sdt><w:sdtPr><w:alias w:val=\"{v.alias}\"/><w:tag w:val=\"{v.alias}\"/><w:id w:val=\"{SDT_ID[0]}\"/>"
                + ("<w:showingPlcHdr/>" if plc else "") + kind + "</w:sdtPr><w:sdtContent>"
                + run_xml(v.shown(), style="PlaceholderText" if plc else None) + "</w:sdtContent></w:sdt>")
    if isinstance(v, FF):
        SDT_ID[0] += 1
        name = f"Text{SDT_ID[0] % 97}"
        if v.dropdown:
            idx = v.dropdown.index(v.value) if v.value in v.dropdown else 0
            entries = "".join(f'<w:listEntry w:val="{e}"/>' for e in v.dropdown)
            return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Dropdown{SDT_ID[0] % 9}"/><w:enabled/>'
                    f'<w:calcOnExit w:val="0"/><w:ddList><w:result w:val="{idx}"/>{entries}</w:ddList></w:ffData></w:fldChar></w:r>'
                    '<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
                '<w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run_xml(v.shown()) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    if isinstance(v, TRACK):
        SDT_ID[0] += 2
        who = 'w:author="Windows User" w:date="2019-03-12T10:41:00Z"'
        return ((run_xml(v.prefix) if v.prefix else "")
                + f'<w:del w:id="{SDT_ID[0]}" {who}><w:r><w:delText xml:space="preserve">{xml_text(v.old)}</w:delText></w:r></w:del>'
                + f'<w:ins w:id="{SDT_ID[0] + 1}" {who}>{run_xml(v.new)}</w:ins>' + (run_xml(v.suffix) if v.suffix else ""))
    return run_xml("" if v is None else str(v))


def para_xml(v, style=None, num=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + "</w:pPr>"
    return f"<w:p {W}>{ppr}{value_xml(v)}</w:p>"


def textbox_xml(inner_ps, modern):
    content = f"<w:txbxContent>{''.join(inner_ps)}</w:txbxContent>"
    vml = (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;'
           f'margin-top:0;width:468pt;height:190pt;z-index:251659264" strokeweight=".5pt"><v:textbox>{content}</v:textbox></v:shape></w:pict>')
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
    if not modern:
        return f"<w:p {ns}><w:r>{vml}</w:r></w:p>"
    drawing = ('<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
               'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
               '<wp:positionH relativeFrom="margin"><wp:align>left</wp:align></wp:positionH>'
               '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
               '<wp:extent cx="5943600" cy="2413000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
               '<wp:docPr id="217" name="Text Box 2"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
               'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1">'
               '<a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr><wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/>'
               '<a:ext cx="5943600" cy="2413000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
               f'<wps:txbx>{content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"><a:spAutoFit/>'
               '</wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
    return (f'<w:p {ns}><w:r><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
            f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r></w:p>')


def table_xml(rows, widths, grid=True):
    total = sum(widths)
    tw = [int(9000 * w / total) for w in widths]
    borders = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" '
               'w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right '
               'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" '
               'w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>') if grid else ""
    out = [f'<w:tbl {W}><w:tblPr><w:tblW w:w="9000" w:type="dxa"/>{borders}</w:tblPr><w:tblGrid>'
           + "".join(f'<w:gridCol w:w="{w}"/>' for w in tw) + "</w:tblGrid>"]
    for row in rows:
        out.append("<w:tr>")
        for i, cell in enumerate(row):
            ps = []
            txt = cell
            if isinstance(cell, str) and "\n" in cell:
                ps = [f"<w:p>{run_xml(x)}</w:p>" for x in cell.split("\n")]
            else:
                ps = [f"<w:p>{value_xml(txt)}</w:p>"]
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{tw[i]}" w:type="dxa"/></w:tcPr>{"".join(ps)}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def block_xml(b, num_state):
    kind = b[0]
    if kind == "h":
        style = "Title" if b[1] == 0 else "Heading1"
        return [para_xml(b[2], style)]
    if kind == "p":
        return [para_xml(b[1])]
    if kind == "table":
        return [table_xml(b[1], b[2]), f"<w:p {W}/>"]
    if kind in ("bullets", "numbers"):
        out = []
        for i, it in enumerate(b[1], 1):
            if kind == "numbers" and b[2]:
                out.append(para_xml(f"{i}.\t{it}"))
            else:
                out.append(para_xml(it, "ListBullet" if kind == "bullets" else "ListNumber"))
        return out
    if kind == "textbox":
        inner = []
        for bb in b[1]:
            inner += [x.replace(f" {W}", "") for x in block_xml(bb, num_state)]
        return [textbox_xml(inner, b[2])]
    if kind == "break":
        return [f'<w:p {W}><w:r><w:br w:type="page"/></w:r></w:p>']
    raise ValueError(kind)


FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def docx_bytes(d: Doc, meta) -> bytes:
    doc = docx.Document()
    doc.styles["Normal"].font.name = meta.get("font", "Arial")
    doc.styles["Normal"].font.size = Pt(10)
    body = doc.element.body
    sect = body[-1]
    for b in d.blocks:
        for x in block_xml(b, None):
            sect.addprevious(parse_xml(x))
    if d.header:
        hdr = doc.sections[0].header
        hdr.paragraphs[0].text = d.header[0]
        for line in d.header[1:]:
            hp = hdr.add_paragraph()
            for j, part in enumerate(line.split("\t")):
                if j:
                    hp.add_run().add_tab()
                hp.add_run(part)
    if d.footer:
        doc.sections[0].footer.paragraphs[0].text = d.footer[0]
    cp = doc.core_properties
    cp.author = meta.get("author", "Windows User")
    cp.last_modified_by = meta.get("author", "Windows User")
    cp.title = meta.get("title", "")
    cp.created = meta["created"]
    cp.modified = meta["created"]
    cp.revision = meta.get("revision", 3)
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    cp.last_printed = meta["created"]
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ----------------------------------------------------------------------------------------------
# text renderings (Word "Save as Plain Text", Word "Save as PDF", a Markdown conversion)
def wrap(s, width):
    if not s:
        return [""]
    out = []
    for part in s.split("\n"):
        out += textwrap.wrap(part, width, break_long_words=False, break_on_hyphens=False) or [""]
    return out


def text_lines(d: Doc, mode: str, width=100) -> list[str]:
    """mode: 'txt' (Save as Plain Text), 'pdf' (PDF text layer), 'md' (Markdown)."""
    out = []
    for b in d.blocks:
        kind = b[0]
        if kind == "h":
            t = b[2]
            if mode == "md":
                out += ["#" * (b[1] + 1) + " " + t, ""]
            else:
                out += wrap(t, width) + ([""] if mode == "txt" else [])
        elif kind == "p":
            v = b[1]
            if mode == "md" and isinstance(v, B):
                val = shown(v.value)
                out += [f"**{v.label.strip()}** {val}".rstrip(), ""]
            else:
                out += wrap(shown(v), width) if mode != "txt" else [shown(v)]
                if mode in ("txt", "md"):
                    out.append("")
        elif kind == "table":
            rows, widths = b[1], b[2]
            if mode == "txt":
                for r in rows:
                    out.append("\t".join(shown(c).replace("\n", " ") for c in r))
                out.append("")
            elif mode == "md":
                cells = [[shown(c).replace("\n", " ").replace("|", "/") for c in r] for r in rows]
                out.append("| " + " | ".join(cells[0]) + " |")
                out.append("|" + "|".join("---" for _ in cells[0]) + "|")
                for r in cells[1:]:
                    out.append("| " + " | ".join(r) + " |")
                out.append("")
            else:
                total = sum(widths)
                cw = [max(8, int((width - 2 * len(widths)) * w / total)) for w in widths]
                for r in rows:
                    cols = [wrap(shown(c), cw[i]) for i, c in enumerate(r)]
                    for k in range(max(len(c) for c in cols)):
                        line = "  ".join((c[k] if k < len(c) else "").ljust(cw[i]) for i, c in enumerate(cols))
                        out.append(line.rstrip())
        elif kind in ("bullets", "numbers"):
            for i, it in enumerate(b[1], 1):
                mark = f"{i}." if kind == "numbers" else ("-" if mode == "md" else "\u2022")
                if mode == "md":
                    out.append(f"{mark} {it}")
                elif mode == "txt":
                    out.append(f"{mark}\t{it}")
                else:
                    ls = wrap(it, width - 6)
                    out.append(f"{mark}  {ls[0]}")
                    out += [f"    {x}" for x in ls[1:]]
            out.append("")
        elif kind == "textbox":
            sub = Doc()
            sub.blocks = b[1]
            out += text_lines(sub, mode, width)
        elif kind == "break":
            out.append("\f")
    return out


def paginate(lines, header, footer_fn, per_page=60):
    pages, cur = [], []
    for ln in lines:
        if ln == "\f" or len(cur) >= per_page:
            pages.append(cur)
            cur = []
            if ln == "\f":
                continue
        cur.append(ln)
    if cur:
        pages.append(cur)
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        out.append("\n".join(header + [""] + pg + ["", footer_fn(i, n)]))
    return out


# OCR damage for a scanned signed copy
OCR_DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}


def ocr_damage(text, rng, strength=0.5):
    out = []
    for word in text.split(" "):
        w = word
        if any(ch.isdigit() for ch in w) and rng.random() < strength:
            w = "".join(OCR_DIGIT.get(ch, ch) if rng.random() < 0.5 else ch for ch in w)
        elif len(w) > 4 and rng.random() < strength * 0.08:
            w = w.replace("m", "rn", 1) if "m" in w else w.replace("e", "c", 1)
        elif len(w) > 3 and rng.random() < strength * 0.04:
            w = w.replace("i", "l", 1)
        out.append(w)
    s = " ".join(out)
    # words run together now and then
    s2 = []
    for i, ch in enumerate(s):
        if ch == " " and rng.random() < strength * 0.03:
            continue
        s2.append(ch)
    return "".join(s2)


# ----------------------------------------------------------------------------------------------
# documents to refuse
def memo_doc(rng):
    d = Doc()
    d.add("h", 0, "MEMORANDUM / NOTE DE SERVICE")
    d.add("table", [["TO / DEST.:", "Directors General, Operations Sector"], ["FROM / EXP.:", "Director, Executive Services"],
                    ["DATE:", "March 14, 2023"], ["SUBJECT / OBJET:", "Update of EX work descriptions before the 2023-2024 "
                                                                       "talent management cycle"]], [1, 3])
    n1, n2 = person(rng), person(rng)
    d.add("p", "As part of the 2023-2024 executive talent management cycle, the Office of the Chief Human Resources Officer "
               "has asked deputy heads to confirm that the work descriptions of all EX-01 to EX-03 positions are current. "
               "Please review the attached list and return updated descriptions, signed by the delegated manager, by April 28, 2023.")
    d.add("table", [["Position No.", "Title", "Level", "Last updated"],
                    ["48213", "Director, Regional Operations", "EX-01", "2014-06-01"],
                    ["50977", "Director, Program Integrity", "EX-01", "2016-10-15"],
                    ["31544", "Director General, Service Delivery", "EX-03", "2012-04-01"]], [1, 3, 1, 1])
    d.add("p", "Descriptions must use the Treasury Board EX template (Client Service Results, Key Activities, Dimensions). "
               "Salary and O&M dimensions should reflect the 2023-2024 Main Estimates.")
    d.add("p", f"For questions, please contact {n2}, Senior Classification Advisor, at 819-555-0142.")
    d.add("p", n1)
    d.add("p", "Director, Executive Services")
    return d, [n1, n2]


def offer_doc(rng):
    d = Doc()
    n1, n2 = person(rng), person(rng)
    d.add("p", "Protégé B")
    d.add("p", "Le 9 août 2021")
    d.add("p", f"{n1}\n123, rue Principale\nGatineau (Québec)  J8Y 3K4")
    d.add("p", B("Objet :", "Offre de nomination intérimaire – Directeur, Analyse des données (EX-01), poste no 61827"))
    d.add("p", f"Madame, Monsieur,")
    d.add("p", "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directeur, Analyse des données, "
               "classifié EX-01, au sein de la Direction générale des politiques stratégiques, du 16 août 2021 au 15 février 2022. "
               "Votre taux de rémunération sera établi conformément à la Politique sur les conditions d'emploi des cadres supérieurs.")
    d.add("p", "Cette offre est conditionnelle au maintien de votre cote de sécurité de niveau Secret. Le lieu de travail "
               "est le 140, promenade du Portage, Gatineau (Québec).")
    d.add("p", "Veuillez signer et retourner une copie de la présente lettre d'ici le 13 août 2021.")
    d.add("p", "Je vous prie d'agréer l'expression de mes sentiments distingués.")
    d.add("p", f"{n2}\nDirectrice générale, Politiques stratégiques")
    d.add("table", [["J'accepte l'offre ci-dessus :", "Signature", "Date"], ["", "", ""]], [2, 2, 1])
    return d, [n1, n2]


def minutes_doc(rng):
    d = Doc()
    names = [person(rng) for _ in range(5)]
    d.add("h", 0, "Classification Review Committee – Minutes")
    d.add("p", "Meeting of November 22, 2018, 13:30-15:00, Room 8-104, 30 Victoria Street")
    d.add("p", B("Present:", ", ".join(names[:4])))
    d.add("p", B("Regrets:", names[4]))
    d.add("h", 1, "1. Adoption of the agenda")
    d.add("p", "The agenda was adopted without change.")
    d.add("h", 1, "2. Positions reviewed")
    d.add("table", [["Position", "Proposed", "Decision"],
                    ["Director, Data Strategy (no. 70211)", "EX-01", "Approved, effective 2018-12-01"],
                    ["Executive Director, Corporate Planning (no. 70388)", "EX-02", "Deferred: work description to be revised"],
                    ["Manager, Analytics (no. 70412)", "EC-07", "Approved"]], [3, 1, 2])
    d.add("h", 1, "3. Action items")
    d.add("bullets", [f"{names[1]} to return the Executive Director, Corporate Planning description with updated dimensions.",
                      "Secretariat to circulate the revised EX benchmark list."], False)
    d.add("p", "Next meeting: December 13, 2018.")
    return d, names


def perf_doc(rng):
    d = Doc()
    n1, n2 = person(rng), person(rng)
    d.add("h", 0, "Executive Performance Agreement 2022-2023")
    d.add("table", [["Executive", n1], ["Position", "Director, Grants and Contributions Operations (EX-01)"],
                    ["Position number", "40553"], ["Supervisor", f"{n2}, Director General, Program Operations"],
                    ["Period", "April 1, 2022 to March 31, 2023"]], [1, 3])
    d.add("h", 1, "Part A – Work objectives")
    d.add("table", [["Commitment", "Performance measure", "Weight"],
                    ["Reduce processing time of contribution agreements", "90 % processed within 60 days", "30 %"],
                    ["Implement the new grants management system in two regions", "Go-live by Q3", "25 %"],
                    ["Deliver the directorate's O&M budget of $1.2M within 2 %", "Year-end variance", "15 %"]], [3, 2, 1])
    d.add("h", 1, "Part B – Leadership commitments")
    d.add("p", "Demonstrates the Key Leadership Competencies, fosters a healthy and inclusive workplace and completes "
               "the mandatory training for executives.")
    d.add("h", 1, "Part C – Signatures")
    d.add("table", [["Executive", "Supervisor"], [n1, n2], ["Date:", "Date:"]], [1, 1])
    return d, [n1, n2]


def orgchart_pdf(rng):
    names = [person(rng) for _ in range(6)]
    page = "\n".join([
        "Innovation, Science and Economic Development Canada",
        "Small Business Branch - Organization Chart - effective 2021-06-01", "",
        f"                         Director General, Small Business (EX-03)",
        f"                         {names[0]}",
        f"                         Position 30117", "",
        f"   Director, Policy (EX-01)          Director, Programs (EX-01)          Director, Research (EX-01)",
        f"   {names[1]:<34}{names[2]:<36}{names[3]}",
        f"   Position 30144                    Position 30152                      Vacant", "",
        f"   Manager, Policy (EC-07)           Manager, Loans (PM-06)              Senior Economist (EC-06)",
        f"   {names[4]:<34}{names[5]:<36}", "",
        "Total FTEs: 64                                                           Prepared by HR Planning, June 2021",
    ])
    return pdf_bytes([page]), names[:6]


def unreadable_pdf():
    return pdf_bytes(["", ""])


# ----------------------------------------------------------------------------------------------
# the corpus plan: (file name, position key, language, kind, variant)
def plan():
    P = []
    # --- a family of versions (English): draft .docx, final .docx, signed scan .pdf
    P += [
        ("Director, Social Policy Analysis - DRAFT.docx", "esdc-pol", "en", "docx",
         dict(layout="table2", mech="sdt", stated={"date": False, "job": False}, cform="dash", mform="M", reports="table",
              family="F1", draft=True, form_title="Executive Work Description", dims_track=True)),
        ("Director, Social Policy Analysis - FINAL.docx", "esdc-pol", "en", "docx",
         dict(layout="table2", mech="sdt", stated={"job": False}, cform="dash", mform="M", reports="table", family="F1",
              dform="long", form_title="Executive Work Description", sign_date=True)),
        ("Director, Social Policy Analysis - signed.pdf", "esdc-pol", "en", "pdf-scan",
         dict(layout="table2", stated={"job": False}, cform="dash", mform="M", reports="table", family="F1",
              dform="long", form_title="Executive Work Description", sign_date=True, adm=True)),
    ]
    # --- French family: ébauche, version finale, signée
    P += [
        ("DT Directrice Centre de traitement - ébauche v2.docx", "ircc-ops", "fr", "docx",
         dict(layout="bold_inline", stated={"date": False, "om": False, "total": False}, cform="space", reports="bullets",
              rline="dash", family="F2", blank="", track={"num": "00000"}, mform="fr")),
        ("DT Directrice Centre de traitement - version finale.docx", "ircc-ops", "fr", "docx",
         dict(layout="bold_inline", cform="space", reports="bullets", rline="dash", family="F2", dform="fr", mform="fr")),
        ("DT Directrice Centre de traitement (signée).pdf", "ircc-ops", "fr", "pdf-scan",
         dict(layout="bold_inline", cform="space", reports="bullets", rline="dash", family="F2", dform="fr", mform="fr",
              adm=True, sign_date=True)),
    ]
    # --- bilingual family: 2016 twice (a copy) and revised 2021
    P += [
        ("EX-02 Director Rail Safety Oversight 2016.docx", "tc-rail", "bilingual", "docx",
         dict(layout="bilcols", bilcols=True, cform="dash", mform="dollars", reports="table", family="F3", dform="iso",
              stated={"job": False}, show_job=False)),
        ("EX-02 Director Rail Safety Oversight 2016 (1).docx", "tc-rail", "bilingual", "copy", dict(family="F3")),
        ("EX-02 Director Rail Safety Oversight - revised 2021.docx", "tc-rail", "bilingual", "docx",
         dict(layout="bilcols", bilcols=True, cform="dash", mform="dollars", reports="table", family="F3", dform="iso",
              stated={"job": False}, show_job=False, revised=True)),
    ]
    singles = [
        # (file, key, lang, kind, variant)
        ("Director, Non-Filer Programs.docx", "cra-coll", "en", "docx",
         dict(layout="table2", cform="dash", mform="dollars", reports="table", boldcells=True)),
        ("DG Land and Aerospace Procurement_EX-03_FINAL.docx", "pspc-acq", "en", "docx",
         dict(layout="table4", cform="dash", mform="million", reports="bullets", rline="paren", dform="dmy", adm=True)),
        ("Director, Bureau of Pharmaceutical Sciences (EX-01) 2015.docx", "hc-drug", "en", "docx",
         dict(layout="bold_inline", cform="paren", mform="dollars", reports="table", dform="th", incumbent=True)),
        ("Spectrum Licensing Policy - Director - WD.docx", "ised-spec", "en", "docx",
         dict(layout="table2", textbox="modern", cform="dash", mform="K", reports="prose", dform="iso",
              sup="reports_to", stated={"sup_num": False})),
        ("Regional Director Science - Maritimes.docx", "dfo-sci", "en", "docx",
         dict(layout="tabs", cform="space", mform="dollars", reports="numbers", rline="classfirst", typed_numbers=True,
              dform="abbr")),
        ("Director Case Management Programs - signed.docx", "vac-serv", "en", "docx",
         dict(layout="table2", mech="ff", cform="dash", mform="dollars00", reports="table", dform="dmy_slash",
              sign_date=True)),
        ("Director, Census Operations Division.docx", "statcan-cen", "en", "docx",
         dict(layout="bold_next", cform="dash", mform="M", reports="bullets", rline="staff", dform="long",
              sup="sentence", stated={"sup_num": False}, no_fte=[2])),
        ("DG Trade Economics and Industry_2019.docx", "nrcan-forest", "en", "docx",
         dict(layout="table2", in_header="fields", cform="nbh", mform="M", reports="table", dform="long", adm=True)),
        ("Dir Targeting Ops WD v3 FINAL.docx", "cbsa-intel", "en", "docx",
         dict(layout="table2", mech="sdt", stated={"job": False, "loc": False}, cform="dash", mform="dollars",
              reports="table", dform="long", loc_where="none")),
        ("ED Digital Policy - EX-02 - 2022.docx", "tbs-ocio", "en", "docx",
         dict(layout="tableabove", cform="dash", mform="million", reports="bullets", rline="dash", dform="long",
              hr_contact=True)),
        ("Director Real Property Planning.pdf", "dnd-infra", "en", "pdf",
         dict(layout="dots", cform="short", mform="dollars", reports="table", dform="slash", dimstyle="bold")),
        ("Director, Business Risk Management Programs - revised Nov 2013.docx", "aafc-prog", "en", "docx",
         dict(layout="table2", mech="ff", dropdown=True, cform="dash", mform="dollars", reports="table", dform="long")),
        ("Warden - Stony Mountain Institution.docx", "csc-reg", "en", "docx",
         dict(layout="table2", cform="endash", mform="M", reports="table", dform="long", incumbent=True,
              footer="Protected A when completed")),
        ("Director Workplace Wellness EX-01 - bilingue.docx", "rcmp-hr", "bilingual", "docx",
         dict(layout="plain_colon", cform="tight", mform="dollars", reports="bullets", rline="paren", dform="iso",
              sup="reports_to")),
        ("Director, Consular Case Management - 2017 - FINAL (2).docx", "gac-cons", "en", "docx",
         dict(layout="table2", textbox="legacy", cform="dash", mform="K", reports="bullets", rline="dash", dform="long")),
        ("Director Arts Policy - EX work description.docx", "pch-arts", "en", "docx",
         dict(layout="table2", cform="dash", mform="dollars", reports="prose", dform="long", no_fte=[0, 1],
              dimstyle="prose")),
        ("Community Infrastructure Director - Directeur Infrastructure communautaire - Atlantique.docx", "isc-infra", "bilingual", "docx",
         dict(layout="bold_inline", cform="dash", mform="M", reports="table", dform="dmy", stated={"job": False},
              show_job=False, dims=True, dimstyle="bullets")),
        ("Director, Laboratory Operations and Biosafety - EX-02 (2024).docx", "phac-lab", "en", "docx",
         dict(layout="table2", mech="sdt", cform="dash", mform="dollars", reports="table", dform="long",
              rcform="dash", sup="fields")),
        ("Director Business Income Tax.txt", "fin-tax", "en", "txt",
         dict(layout="table4", cform="space", mform="dollars", reports="table_nofte", dform="long", dims=False,
              signed_names=False)),
        ("Director, Network Operations Centre - track changes accepted.docx", "ssc-net", "en", "docx",
         dict(layout="table2", cform="dash", mform="M", reports="table", dform="long",
              track={"sup_title": "Director General, Enterprise Network Services", "class": "EX-02"})),
        ("DG Private Archives.docx", "lib-coll", "en", "docx",
         dict(layout="bold_next", cform="dash", mform="million", reports="bullets", rline="paren", dform="long",
              in_header="fields", adm=True)),
        ("Director GBV Policy - WAGE.pdf", "wage-gbv", "en", "pdf",
         dict(layout="table2", cform="dash", mform="K", reports="numbers", rline="paren", dform="long",
              sup="sentence", hr_contact=True)),
        ("Superintendent SAR Atlantic (CCG) - 2011.docx", "ccg-ops", "bilingual", "docx",
         dict(layout="tabs", cform="dash", mform="dollars", reports="bullets", rline="classfirst", dform="dmy")),
        ("Director, Green Infrastructure Programs.pdf", "infc-prog", "en", "pdf",
         dict(layout="table2", cform="dash", mform="M", reports="table", dform="long")),
        ("Director GOC - Public Safety - 2020.pdf", "ps-em", "en", "pdf",
         dict(layout="bold_inline", cform="dash", mform="dollars", reports="bullets", rline="paren", dform="long",
              incumbent=True)),
        ("Director Cannabis Licensing (EX-01) - signed.pdf", "hc-cannabis", "bilingual", "pdf",
         dict(layout="bilcols", bilcols=True, cform="dash", mform="million", reports="table", dform="iso", sign_date=True)),
        ("Individual Tax Systems - Director.txt", "cra-itb", "en", "txt",
         dict(layout="table2", cform="dash", mform="dollars", reports="table", dform="long")),
        ("Director EI Processing Alberta.txt", "esdc-sc", "en", "txt1252",
         dict(layout="bold_inline", cform="dash", mform="M", reports="bullets", rline="dash", dform="long",
              stated={"job": False}, show_job=False)),
        ("Field Unit Superintendent Banff.md", "parks-ops", "en", "md",
         dict(layout="bold_inline", cform="dash", mform="dollars", reports="table", dform="long")),
        # --- French
        ("Directeur régional, Application de la loi – Québec.docx", "eccc-enf", "fr", "docx",
         dict(layout="table2", cform="dash", mform="fr", reports="table", dform="fr")),
        ("Directeur exécutif, Opérations du Québec - ACIA.docx", "cfia-ins", "fr", "docx",
         dict(layout="table2", mech="sdt", cform="dash", mform="frM", reports="bullets", rline="paren", dform="fr",
              adm=True)),
        ("DT_Directrice_Bureau_affaires_Monteregie_2018.docx", "ced-reg", "fr", "docx",
         dict(layout="bold_next", cform="space", mform="fr00", reports="bullets", rline="staff", dform="fr_le",
              sup="sentence")),
        ("Description de travail - Directeur, Centre de psychologie du personnel.docx", "psc-ass", "fr", "docx",
         dict(layout="tableabove", cform="dash", mform="frK", reports="table", dform="iso")),
        ("Directrice Planification financière - JUS - signée.pdf", "justice-leg", "fr", "pdf",
         dict(layout="table2", cform="dash", mform="frmillion", reports="bullets", rline="paren", dform="fr",
              sign_date=True)),
        ("Directeur Analyse economique regionale.txt", "acoa-pol", "fr", "txt1252",
         dict(layout="tabs", cform="dash", mform="fr", reports="bullets", rline="dash", dform="fr")),
        # --- bilingual
    ]
    P += singles
    return P


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for dname in (corpus, expected):
        if dname.exists():
            shutil.rmtree(dname)
        dname.mkdir()
    stems = {s[0]: s for s in texts.POSITIONS}
    rng_pos = random.Random(60)
    positions = {k: make_position(stems[k], rng_pos) for k in sorted(stems)}
    entries = plan()
    family_docs = {}
    made = {}
    for i, (fname, key, lang, kind, v) in enumerate(entries):
        rng = random.Random(f"{fname}")
        if kind == "copy":
            src = [e for e in entries if e[4].get("family") == v["family"] and e[3] == "docx"][0][0]
            (corpus / fname).write_bytes((corpus / src).read_bytes())
            truth = dict(made[src])
            truth["document"] = fname
            made[fname] = truth
            family_docs.setdefault(v["family"], []).append(fname)
            continue
        if kind.startswith("refuse"):
            continue
        p = dict(positions[key])
        if v.get("revised"):
            p["date"] = date(2021, 6, 14)
            p["salary"] += 180_000
            p["om"] += 25_000
            p["reports"] = p["reports"] + [{"title": "Manager, Safety Management Systems",
                                             "title_fr": "Gestionnaire, Systèmes de gestion de la sécurité",
                                             "classification": "TI-07", "fte": 11}]
            p["fte"] += 11
        d, truth, people, also = build_wd(p, lang, v, rng, i)
        meta = {"created": datetime(p["date"].year, p["date"].month, p["date"].day, 9, 30, 0),
                "author": rng.choice(["Windows User", "HR Services", "Classification", "EX Services", "User"]),
                "title": "" if rng.random() < 0.5 else "Executive Work Description"}
        doc_kind = {"docx": "docx", "pdf": "pdf", "pdf-scan": "pdf", "txt": "text", "txt1252": "text-cp1252", "md": "markdown"}[kind]
        path = corpus / fname
        hdr_line = (p["dept_fr"] if lang == "fr" else p["dept_en"])
        if kind == "docx":
            path.write_bytes(docx_bytes(d, meta))
        elif kind in ("pdf", "pdf-scan"):
            lines = text_lines(d, "pdf", 100 if kind == "pdf" else 96)
            if kind == "pdf-scan":
                lines = [ocr_damage(ln, rng, 0.45) for ln in lines]
                footer = (lambda a, n: f"- {a} -") if lang != "fr" else (lambda a, n: f"{a}")
                header = [hdr_line.upper() if lang != "fr" else hdr_line]
                lines += ["", "[signature]  " + "".join(rng.choice("~!;:.,'/\\_-") for _ in range(14)),
                          "".join(rng.choice("IlI|!1:;.") for _ in range(22))]
            else:
                header = [f"{hdr_line} | {'Executive Work Description' if lang != 'fr' else 'Description de travail'}"]
                footer = (lambda a, n: f"Page {a} of {n}") if lang != "fr" else (lambda a, n: f"Page {a} de {n}")
            path.write_bytes(pdf_bytes(paginate(lines, header, footer, 58)))
        elif kind == "txt":
            path.write_bytes(("\n".join(text_lines(d, "txt")) + "\n").encode("utf-8"))
        elif kind == "txt1252":
            s = "\r\n".join(text_lines(d, "txt")) + "\r\n"
            s = s.replace("'", "\u2019")
            path.write_bytes(s.encode("cp1252"))
        elif kind == "md":
            path.write_bytes(("\n".join(text_lines(d, "md")) + "\n").encode("utf-8"))
        made[fname] = {"document": fname, "kind": doc_kind, "language": lang, "outcome": "import", "fields": truth,
                       "not_stated": not_stated(truth), "also": also, "people": sorted(set(people)), "versions": None}
        if v.get("family"):
            family_docs.setdefault(v["family"], []).append(fname)
    # refusals
    for fname, kind, lang, fn in REFUSALS:
        rng = random.Random(fname)
        if kind == "docx":
            d, people = fn(rng)
            (corpus / fname).write_bytes(docx_bytes(d, {"created": datetime(2021, 3, 3, 10, 0, 0), "author": "Windows User"}))
        else:
            if fn is None:
                data, people = unreadable_pdf(), []
            else:
                data, people = fn(rng)
            (corpus / fname).write_bytes(data)
        made[fname] = {"document": fname, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                       "not_stated": [], "also": None, "people": sorted(set(people)), "versions": None}
    # versions
    newest = {"F1": "Director, Social Policy Analysis - signed.pdf",
              "F2": "DT Directrice Centre de traitement (signée).pdf",
              "F3": "EX-02 Director Rail Safety Oversight - revised 2021.docx"}
    for fam, docs in family_docs.items():
        for f in docs:
            made[f]["versions"] = {"documents": sorted(docs), "newest": newest[fam]}
            if fam == "F3" and "2016" in f:
                made[f]["versions"]["same_as"] = [x for x in docs if "2016" in x and x != f][0]
    for fname, t in made.items():
        (expected / f"{fname}.expected.yaml").write_text(to_yaml(t), encoding="utf-8")


def not_stated(truth):
    out = []
    for k in ("title", "classification", "job_code", "position_number", "effective_date"):
        if truth[k] is None:
            out.append(k)
    for k in ("position_number", "title", "classification"):
        if truth["supervisor"][k] is None:
            out.append(f"supervisor.{k}")
    if not truth["direct_reports"]:
        out.append("direct_reports")
    for k in ("salary", "o_and_m", "total", "location"):
        if truth[k] is None:
            out.append(k)
    return out


def q(s):
    if s is None:
        return "null"
    if isinstance(s, bool):
        return "true" if s else "false"
    if isinstance(s, int):
        return str(s)
    return "'" + str(s).replace("'", "''") + "'"


def to_yaml(t):
    L = [f"document: {q(t['document'])}", f"kind: {t['kind']}", f"language: {t['language']}", f"outcome: {t['outcome']}"]
    f = t["fields"]
    if f is None:
        L.append("fields: null")
    else:
        L.append("fields:")
        for k in ("title", "classification", "job_code", "position_number"):
            L.append(f"  {k}: {q(f[k])}")
        L.append(f"  effective_date: {f['effective_date'] if f['effective_date'] else 'null'}")
        L.append("  supervisor:")
        for k in ("position_number", "title", "classification"):
            L.append(f"    {k}: {q(f['supervisor'][k])}")
        if f["direct_reports"]:
            L.append("  direct_reports:")
            for r in f["direct_reports"]:
                L.append(f"  - title: {q(r['title'])}")
                L.append(f"    classification: {q(r['classification'])}")
                L.append(f"    fte: {q(r['fte'])}")
        else:
            L.append("  direct_reports: []")
        for k in ("salary", "o_and_m", "total", "location"):
            L.append(f"  {k}: {q(f[k])}")
    L.append("not_stated: [" + ", ".join(t["not_stated"]) + "]")
    if t["also"] is None:
        L.append("also: null")
    else:
        L.append("also:")
        for k, val in t["also"].items():
            L.append(f"  {k}: {q(val)}")
    if t["people"]:
        L.append("people:")
        L += [f"- {q(n)}" for n in t["people"]]
    else:
        L.append("people: []")
    vs = t["versions"]
    if vs is None:
        L.append("versions: null")
    else:
        L.append("versions:")
        L.append("  documents:")
        L += [f"  - {q(x)}" for x in vs["documents"]]
        L.append(f"  newest: {q(vs['newest'])}")
        if "same_as" in vs:
            L.append(f"  same_as: {q(vs['same_as'])}")
    return "\n".join(L) + "\n"


REFUSALS = [
    ("Memo - EX work descriptions update 2023.docx", "docx", "bilingual", memo_doc),
    ("Lettre d'offre - intérim EX-01 (signée).docx", "docx", "fr", offer_doc),
    ("CRC minutes 2018-11-22.docx", "docx", "en", minutes_doc),
    ("PMA 2022-23 - Director G&C Operations.docx", "docx", "en", perf_doc),
    ("Org chart - Small Business Branch June 2021.pdf", "pdf", "en", orgchart_pdf),
    ("Scan_20190611_143022.pdf", "pdf", "en", None),
]

if __name__ == "__main__":
    main()
