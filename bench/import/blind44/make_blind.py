#!/usr/bin/env python3
"""Writes the blind44 corpus (bilingual emphasis) and its ground truth, byte for byte the same on
every run:

    /work/main/.venv/bin/python bench/import/blind44/make_blind.py

corpus/ gets the documents, expected/ one <document>.expected.yaml each. Data and prose are in
texts.py; PDFs with a text layer come from tests/import_files.pdf_bytes, or from a content stream
written here for the two-column exports; .docx from python-docx with the zip's dates fixed."""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


# ----------------------------------------------------------------------------- notations

def fmt_class(c: str, style: int) -> str:
    group, level = c.rsplit("-", 1)
    if style == 0 or "-" in group:
        return c
    if style == 1:
        return f"{group} {level}"
    if style == 2:
        return f"{group}-{int(level)}"
    return f"{group}{level}"


def fmt_date(d: dt.date, lang: str, style: int) -> str:
    if lang == "en":
        return [f"{MONTHS_EN[d.month-1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month-1]} {d.year}",
                d.isoformat(), f"{MONTHS_EN[d.month-1][:3]}. {d.day}, {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}",
                f"{MONTHS_EN[d.month-1]} {d.day}{'st' if d.day in (1, 21) else 'th'}, {d.year}"][style % 6]
    day = "1er" if d.day == 1 else str(d.day)
    return [f"{day} {MONTHS_FR[d.month-1]} {d.year}", d.isoformat(), f"le {day} {MONTHS_FR[d.month-1]} {d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{day} {MONTHS_FR[d.month-1]} {d.year}"][style % 6]


def _dec(n: int, sep: str) -> str:
    s = f"{n / 1_000_000:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", sep)


def fmt_amount(n: int, lang: str, style: int) -> str:
    big = n >= 1_000_000
    if lang == "en":
        if style == 0:
            return f"${n:,}"
        if style == 1:
            return f"${_dec(n, '.')}M" if big else f"${n // 1000}K"
        if style == 2:
            return f"${_dec(n, '.')} million" if big else f"${n:,}"
        if style == 3:
            return f"${n:,}.00"
        return f"${n // 1000:,}K"
    sp = f"{n:,}".replace(",", "\u00a0" if style == 4 else " ")
    if style == 0:
        return f"{sp} $"
    if style == 1:
        return f"{_dec(n, ',')} M$" if big else f"{n // 1000} k$"
    if style == 2:
        return f"{sp},00 $"
    if style == 3:
        return f"{_dec(n, ',')} millions $" if big else f"{sp} $"
    return f"{sp} $"


def fmt_fte(n: int, lang: str, style: int) -> str:
    if lang == "en":
        return [f"{n} FTEs" if n != 1 else "1 FTE", f"{n} FTE", f"staff of {n}", f"{n} employees" if n != 1 else "1 employee"][style % 4]
    return [f"{n} ETP", f"{n} ÉTP", f"effectif de {n}", f"{n} employés" if n != 1 else "1 employé"][style % 4]


def fmt_place(place: str, lang: str, style: int) -> str:
    c_en, p_en, c_fr, p_fr, s_en, s_fr = T.PLACES[place]
    if lang == "en":
        return [f"{c_en}, {p_en}", f"{c_en} ({p_en})", f"{c_en}, {s_en}"][style % 3]
    return [f"{c_fr} ({p_fr})", f"{c_fr}, {p_fr}", f"{c_fr} ({s_fr})"][style % 3]


def truth_place(place: str, fr: bool = False) -> str:
    c_en, p_en, c_fr, *_ = T.PLACES[place]
    return f"{c_fr if fr else c_en}, {p_en}"


# ----------------------------------------------------------------------------- positions

def make_position(i: int, row, rng: random.Random) -> dict:
    dept, t_en, t_fr, level, place, unit_en, unit_fr, purp_en, purp_fr, family = row
    pool = T.SUPERVISORS[level]
    if dept not in ("csc", "cbsa", "cra", "ccg"):
        pool = [p for p in pool if not p[0].startswith(("Assistant Commissioner", "Commissioner"))]
    if level == 4:
        pool = pool[:1]
    sup_en, sup_fr = rng.choice(pool)
    if level == 1:
        sup_cls = "EX-02" if sup_en.startswith("Executive Director") else "EX-03"
    elif level == 2:
        sup_cls = "EX-04" if sup_en.startswith("Vice") else "EX-03"
    elif level == 3:
        sup_cls = "DM-01" if sup_en == "Commissioner" else "EX-05"
    else:
        sup_cls = "DM-01"
    if level >= 2:
        pool = [(a, b, "EX-01") for a, b in T.EX_REPORTS]
        n = rng.randint(3, 5)
        reports = rng.sample(pool, n)
        if rng.random() < 0.5:
            reports.append(rng.choice(T.REPORTS[family]))
    else:
        n = rng.randint(2, 5)
        reports = rng.sample(T.REPORTS[family], min(n, len(T.REPORTS[family])))
    reps = []
    for a, b, c in reports:
        manages = any(w in a for w in ("Manager", "Director", "Chief", "Head", "Superintendent", "Warden", "Registrar", "Leader"))
        fte = rng.randint(4, 95 if level > 1 else 48) if manages else 1
        reps.append({"en": a, "fr": b, "cls": c, "fte": fte})
    total_fte = sum(r["fte"] for r in reps) + 1
    salary = round(total_fte * rng.randint(78, 98) * 1000, -4)
    om = rng.randint(40, 900) * 1000 * (3 if level > 1 else 1)
    d = dt.date(rng.randint(2012, 2024), rng.randint(1, 12), rng.choice([1, 1, 15] + list(range(13, 29))))
    first = rng.choice(T.FIRST_FR + T.FIRST_EN)
    last = rng.choice(T.LAST_FR + T.LAST_EN)
    return {
        "i": i, "dept": dept, "en": t_en, "fr": t_fr, "cls": f"EX-0{level}", "level": level, "place": place,
        "unit_en": unit_en, "unit_fr": unit_fr, "purp_en": purp_en, "purp_fr": purp_fr,
        "number": str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 999999), rng.randint(1000, 9999)])),
        "job_code": str(rng.randint(100100, 109999)), "date": d,
        "sup_en": sup_en, "sup_fr": sup_fr, "sup_cls": sup_cls,
        "sup_number": str(rng.randint(10000, 99999)), "reports": reps, "fte": total_fte,
        "salary": int(salary), "om": om, "total": int(salary) + om,
        "incumbent": f"{first} {last}",
        "signer": f"{rng.choice(T.FIRST_FR + T.FIRST_EN)} {rng.choice(T.LAST_FR + T.LAST_EN)}",
        "signer2": f"{rng.choice(T.FIRST_FR + T.FIRST_EN)} {rng.choice(T.LAST_FR + T.LAST_EN)}",
    }


# ----------------------------------------------------------------------------- labels

LABELS = {
    "title": (["Position Title", "Title", "Job Title", "Official Title", "Position title"],
              ["Titre du poste", "Titre", "Titre officiel du poste", "Intitulé du poste", "Titre du poste"]),
    "cls": (["Classification", "Group and Level", "Group/Level", "Position Level", "Classification"],
            ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau", "Classification"]),
    "number": (["Position Number", "Position No.", "Pos. No.", "Position #", "Position Number"],
               ["Numéro du poste", "No du poste", "N° de poste", "No. de poste", "Numéro de poste"]),
    "job_code": (["Job Code", "Position Job Code", "Job Code No.", "Job Code", "Job code"],
                 ["Code d'emploi", "Code de l'emploi", "No du code d'emploi", "Code d'emploi", "Code d'emploi"]),
    "date": (["Effective Date", "Effective Date", "Date Effective", "Effective", "Effective date"],
             ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'entrée en vigueur", "Date d'effet"]),
    "dept": (["Department", "Organization", "Department/Agency", "Department", "Organization"],
             ["Ministère", "Organisation", "Ministère/organisme", "Ministère", "Organisme"]),
    "branch": (["Branch", "Sector", "Directorate", "Branch/Directorate", "Organizational Unit"],
               ["Direction générale", "Secteur", "Direction", "Direction générale/direction", "Unité organisationnelle"]),
    "place": (["Location", "Geographic Location", "Work Location", "Location", "Location"],
              ["Lieu", "Lieu de travail", "Emplacement géographique", "Lieu", "Endroit"]),
    "sup_number": (["Supervisor's Position No.", "Supervisor Position Number", "Supervisor's Position Number",
                    "Reports to (Position No.)", "Supervisor Pos. No."],
                   ["No du poste du superviseur", "Numéro du poste du superviseur", "No de poste du (de la) superviseur(e)",
                    "Relève du poste no", "No du poste du gestionnaire"]),
    "sup_title": (["Supervisor's Position Title", "Supervisor Title", "Supervisor's Title", "Reports to",
                   "Supervisor Position Title"],
                  ["Titre du poste du superviseur", "Titre du superviseur", "Titre du poste du (de la) superviseur(e)",
                   "Relève de", "Titre du poste du gestionnaire"]),
    "sup_cls": (["Supervisor's Classification", "Supervisor Group/Level", "Supervisor's Classification",
                 "Supervisor Level", "Supervisor Classification"],
                ["Classification du superviseur", "Groupe/niveau du superviseur", "Classification du (de la) superviseur(e)",
                 "Niveau du superviseur", "Classification du gestionnaire"]),
    "incumbent": (["Incumbent", "Incumbent", "Name of Incumbent", "Incumbent", "Incumbent"],
                  ["Titulaire", "Titulaire", "Nom du titulaire", "Titulaire", "Titulaire"]),
}
HEADINGS = {
    "ga": (["General Accountability", "Overall Accountability", "General Accountability"],
           ["Responsabilités générales", "Responsabilité générale", "Raison d'être du poste"]),
    "org": (["Organization Structure", "Organizational Structure", "Structure"],
            ["Structure organisationnelle", "Structure de l'organisation", "Organisation"]),
    "ns": (["Nature and Scope", "Nature & Scope", "Nature and Scope"],
           ["Nature et étendue", "Nature et portée", "Nature et étendue"]),
    "dims": (["Dimensions", "Dimensions", "Resources"],
             ["Dimensions", "Dimensions", "Ressources"]),
    "acct": (["Specific Accountabilities", "Key Activities", "Specific Accountabilities"],
             ["Responsabilités spécifiques", "Activités principales", "Responsabilités particulières"]),
    "cert": (["Certification", "Signatures", "Certification"],
             ["Attestation", "Signatures", "Certification"]),
    "csr": (["Client Service Results", "Client Service Results", "Client Service Results"],
            ["Résultats axés sur le service à la clientèle", "Résultats du service à la clientèle", "Résultats axés sur le service à la clientèle"]),
}
DIM_LABELS = {
    "fte": (["FTEs", "Number of FTEs", "Staff", "Human resources"], ["ETP", "Nombre d'ETP", "Effectif", "Ressources humaines"]),
    "salary": (["Salary", "Salary budget", "Salaries", "Salary"], ["Salaires", "Budget salarial", "Traitements", "Salaire"]),
    "om": (["O&M", "Operating (O&M)", "O&M budget", "Operations and Maintenance"],
           ["F et E", "Fonctionnement et entretien", "Budget de F et E", "F&E"]),
    "total": (["Total", "Total budget", "Total operating budget", "Total"], ["Total", "Budget total", "Budget de fonctionnement total", "Total"]),
}


# ----------------------------------------------------------------------------- content model

def plan_style(P: dict, rng: random.Random) -> dict:
    s = {
        "lab": rng.randrange(5), "head": rng.randrange(3), "dim": rng.randrange(4),
        "cls": rng.choice([0, 0, 0, 1, 2, 3]), "date": rng.randrange(6), "amt": rng.randrange(5),
        "fte": rng.randrange(4), "place": rng.randrange(3), "rep": rng.randrange(6),
        "order": rng.randrange(3), "sup": rng.choice(["fields", "fields", "fields", "sentence", "reportsto"]),
        "job_code": rng.random() < 0.45, "date_on": rng.random() < 0.85, "total_on": rng.random() < 0.75,
        "om_on": rng.random() < 0.92, "incumbent": rng.random() < 0.35, "branch": rng.random() < 0.6,
        "number_kind": rng.choice(["num"] * 9 + ["NEW"]), "rep_cls_off": rng.random() < 0.12,
        "rep_fte_off": rng.random() < 0.12, "n_nature": rng.randint(1, 3), "n_acct": rng.randint(5, 8),
    }
    if s["sup"] == "sentence":
        s["sup_number_on"] = False
    else:
        s["sup_number_on"] = s["sup"] == "fields" or rng.random() < 0.3
    return s


def report_text(r: dict, lang: str, s: dict, style: int | None = None) -> str:
    t = r[lang]
    c = None if s["rep_cls_off"] else fmt_class(r["cls"], s["cls"])
    f = None if s["rep_fte_off"] else fmt_fte(r["fte"], lang, s["fte"])
    style = s["rep"] if style is None else style
    if c and f:
        return [f"{t} ({c}, {f})", f"{c} - {t} ({f})", f"{t} – {c} – {f}", f"{t} ({c}) ({f})",
                f"{t}, {c}, {f}", f"{t} [{c}] ({f})"][style % 6]
    if c:
        return [f"{t} ({c})", f"{c} - {t}", f"{t} – {c}", f"{t} ({c})", f"{t}, {c}", f"{t} [{c}]"][style % 6]
    if f:
        return f"{t} ({f})"
    return t


def de(purpose: str) -> str:
    """French 'de' before the purpose phrase: de les -> des, de le -> du."""
    if purpose.startswith("les "):
        return "des " + purpose[4:]
    if purpose.startswith("le "):
        return "du " + purpose[3:]
    return "de " + purpose


def build(P: dict, lang: str, s: dict, rng: random.Random) -> dict:
    """One language's content: header rows (key, label, value) and sections (key, heading, items)."""
    L = 0 if lang == "en" else 1
    lab = lambda k: LABELS[k][L][s["lab"]]  # noqa: E731
    cls = fmt_class(P["cls"], s["cls"])
    header = [("title", lab("title"), P[lang]), ("cls", lab("cls"), cls)]
    if s["number_kind"] == "num":
        header.append(("number", lab("number"), P["number"]))
    else:
        header.append(("number", lab("number"), "NEW" if lang == "en" else "NOUVEAU"))
    if s["job_code"]:
        header.append(("job_code", lab("job_code"), P["job_code"]))
    if s["date_on"]:
        header.append(("date", lab("date"), fmt_date(P["date"], lang, s["date"])))
    dept_en, dept_fr = T.DEPTS[P["dept"]]
    header.append(("dept", lab("dept"), dept_en if lang == "en" else dept_fr))
    if s["branch"]:
        header.append(("branch", lab("branch"), P["unit_" + lang]))
    header.append(("place", lab("place"), fmt_place(P["place"], lang, s["place"])))
    sup_t = P["sup_" + lang]
    sup_c = fmt_class(P["sup_cls"], s["cls"])
    if s["sup"] == "fields":
        if s["sup_number_on"]:
            header.append(("sup_number", lab("sup_number"), P["sup_number"]))
        header.append(("sup_title", lab("sup_title"), sup_t))
        header.append(("sup_cls", lab("sup_cls"), sup_c))
    elif s["sup"] == "reportsto":
        header.append(("sup_title", "Reports to" if lang == "en" else "Relève de", f"{sup_t} ({sup_c})"))
        if s["sup_number_on"]:
            header.append(("sup_number", lab("sup_number"), P["sup_number"]))
    if s["incumbent"]:
        header.append(("incumbent", lab("incumbent"), P["incumbent"]))

    H = lambda k: HEADINGS[k][L][s["head"]]  # noqa: E731
    unit = P["unit_" + lang]
    sup_phrase = P["sup_" + lang]
    title = P[lang]
    secs = []
    if lang == "en":
        ga = [f"The {title} is accountable for {P['purp_en']}, and for the management of the human, financial and material resources of the {unit}."]
        org = [f"The {title} reports to the {sup_t}" + (f" ({sup_c})." if s["sup"] == "sentence" else ".")
               + f" Reporting to the {title.split(',')[0]} are:"]
    else:
        ga = [f"Le titulaire du poste de {title} est responsable {de(P['purp_fr'])}, ainsi que de la gestion des ressources humaines, financières et matérielles de l'unité ({unit})."]
        org = [f"Le {title} relève du {sup_t}" + (f" ({sup_c})." if s["sup"] == "sentence" else ".")
               + " Les postes suivants relèvent du titulaire :"]
    reps = [report_text(r, lang, s) for r in P["reports"]]
    nat_src = T.NATURE_EN if lang == "en" else T.NATURE_FR
    nature = [nat_src[(P["i"] + k) % len(nat_src)].format(unit=unit) for k in range(s["n_nature"])]
    acc_src = T.ACCT_EN if lang == "en" else T.ACCT_FR
    idx = [0] + sorted(random.Random(P["i"]).sample(range(1, len(acc_src)), s["n_acct"] - 1))
    acct = [acc_src[k].format(purpose=P["purp_" + lang], unit=unit, sup=sup_phrase) for k in idx]
    if lang == "fr":
        acct[0] = acct[0].replace("la surveillance de " + P["purp_fr"], "la surveillance " + de(P["purp_fr"]))
    D = lambda k: DIM_LABELS[k][L][s["dim"]]  # noqa: E731
    dims = [(D("fte"), str(P["fte"])), (D("salary"), fmt_amount(P["salary"], lang, s["amt"]))]
    if s["om_on"]:
        dims.append((D("om"), fmt_amount(P["om"], lang, s["amt"])))
    if s["total_on"] or not s["om_on"]:
        dims.append((D("total"), fmt_amount(P["total"] if s["om_on"] else P["salary"], lang, s["amt"])))
    signer_role = ("Assistant Deputy Minister" if lang == "en" else "Sous-ministre adjoint") if P["level"] < 3 else ("Deputy Minister" if lang == "en" else "Sous-ministre")
    cert = [T.CERT_EN if lang == "en" else T.CERT_FR,
            f"{'Supervisor' if lang == 'en' else 'Superviseur'}: {P['signer']}, {sup_t}",
            f"{'Approved by' if lang == 'en' else 'Approuvé par'}: {P['signer2']}, {signer_role}"]
    if s["order"] == 2:
        csr = [T.CSR_EN.format(purpose=P["purp_en"]) if lang == "en"
               else T.CSR_FR.replace("de {purpose}", de(P["purp_fr"]))]
        secs = [("csr", H("csr"), csr, "p"), ("acct", "Key Activities" if lang == "en" else "Activités principales", acct, "list"),
                ("org", H("org"), org, "p"), ("reps", None, reps, "reps"), ("dims", H("dims"), dims, "dims"),
                ("ns", H("ns"), nature, "p"), ("cert", H("cert"), cert, "p")]
    elif s["order"] == 1:
        secs = [("ga", H("ga"), ga, "p"), ("ns", H("ns"), nature, "p"), ("org", H("org"), org, "p"),
                ("reps", None, reps, "reps"), ("acct", H("acct"), acct, "list"), ("dims", H("dims"), dims, "dims"),
                ("cert", H("cert"), cert, "p")]
    else:
        secs = [("ga", H("ga"), ga, "p"), ("org", H("org"), org, "p"), ("reps", None, reps, "reps"),
                ("dims", H("dims"), dims, "dims"), ("ns", H("ns"), nature, "p"), ("acct", H("acct"), acct, "list"),
                ("cert", H("cert"), cert, "p")]
    return {"header": header, "sections": secs, "dims": dims, "reps": reps}


def truth(P: dict, s: dict, doc: str, kind: str, language: str, place_fr: bool = False) -> dict:
    bil = language == "bilingual"
    tl = "fr" if language == "fr" else "en"
    fields = {
        "title": P[tl],
        "classification": P["cls"],
        "job_code": P["job_code"] if s["job_code"] else None,
        "position_number": P["number"] if s["number_kind"] == "num" else None,
        "effective_date": P["date"] if s["date_on"] else None,
        "supervisor": {"position_number": P["sup_number"] if s["sup_number_on"] else None,
                       "title": P["sup_" + tl], "classification": P["sup_cls"]},
        "direct_reports": [{"title": r[tl], "classification": None if s["rep_cls_off"] else r["cls"],
                            "fte": None if s["rep_fte_off"] else r["fte"]} for r in P["reports"]],
        "salary": P["salary"],
        "o_and_m": P["om"] if s["om_on"] else None,
        "total": (P["total"] if s["om_on"] else P["salary"]) if (s["total_on"] or not s["om_on"]) else None,
        "location": truth_place(P["place"], place_fr or language == "fr"),
    }
    ns = [k for k in ("job_code", "position_number", "effective_date", "o_and_m", "total") if fields[k] is None]
    if fields["supervisor"]["position_number"] is None:
        ns.append("supervisor.position_number")
    also = {"fte": P["fte"], "operating_budget": None, "program_budget": None,
            "provisional_number": ("NEW" if tl == "en" or bil else "NOUVEAU") if s["number_kind"] != "num" else None}
    if bil:
        also["title_fr"] = P["fr"]
    people = [P["signer"], P["signer2"]] + ([P["incumbent"]] if s["incumbent"] else [])
    return {"document": doc, "kind": kind, "language": language, "outcome": "import", "fields": fields,
            "not_stated": ns, "also": also, "people": sorted(set(people)), "versions": None}


# ----------------------------------------------------------------------------- plain-text writers

def caps(h: str, s: dict) -> str:
    return h.upper() if s["head"] != 1 else h


def text_lines(C: dict, s: dict, form: str, lang: str) -> list[str]:
    """A single-language document as text lines. form: one (Label: value), next (value on the next
    line), dots (dot leaders), tabs (label TAB value)."""
    out = []
    for _, lab, val in C["header"]:
        if form == "one":
            out.append(f"{lab}: {val}" if lang == "en" else f"{lab} : {val}")
        elif form == "next":
            out += [lab.upper() + ":", "    " + val]
        elif form == "dots":
            out.append(f"{lab} {'.' * max(3, 34 - len(lab))} {val}")
        else:
            out.append(f"{lab}:\t{val}")
    out.append("")
    n = 0
    for key, head, items, how in C["sections"]:
        if head:
            n += 1
            out.append(f"{n}. {caps(head, s)}" if s["head"] == 2 else caps(head, s))
        if how == "p":
            out += items
        elif how == "list":
            out += [f"{k}. {x}" for k, x in enumerate(items, 1)]
        elif how == "reps":
            out += [f"- {x}" for x in items]
        elif how == "dims":
            out += [f"{a}: {b}" if form != "tabs" else f"{a}\t{b}" for a, b in items]
        out.append("")
    return out


def md_lines(C: dict, s: dict, lang: str) -> list[str]:
    out = ["# " + ("Job Description" if lang == "en" else "Description de travail"), "",
           "## " + ("Position Details" if lang == "en" else "Renseignements sur le poste"), ""]
    out += [f"*   **{lab}:** {val}" for _, lab, val in C["header"]]
    out.append("")
    for key, head, items, how in C["sections"]:
        if head:
            out += [f"## {head}", ""]
        if how == "p":
            out += sum(([x, ""] for x in items), [])
        elif how == "list":
            out += [f"{k}.  {x}" for k, x in enumerate(items, 1)] + [""]
        elif how == "reps":
            out += [f"*   {x}" for x in items] + [""]
        elif how == "dims":
            out += [f"*   **{a}:** {b}" for a, b in items] + [""]
    return out


def bilingual_label_lines(CE: dict, CF: dict, s: dict, form: str, fr_first: bool = False) -> list[str]:
    """Labels in both languages on one line; values once (title and free text in both)."""
    out = []
    fr_keys = {k: (lab, val) for k, lab, val in CF["header"]}
    for k, lab, val in CE["header"]:
        flab, fval = fr_keys[k]
        lab2 = f"{flab} / {lab}" if fr_first else f"{lab} / {flab}"
        if k in ("title", "dept", "branch", "sup_title"):
            v = f"{fval} / {val}" if fr_first else f"{val} / {fval}"
        elif k == "date" and s["date"] % 2:
            v = f"{fval} / {val}" if fr_first else f"{val} / {fval}"
        else:
            v = fval if fr_first and k == "place" else val
        if form == "next":
            out += [lab2.upper(), "    " + v]
        elif form == "dots":
            out.append(f"{lab2} {'.' * max(3, 60 - len(lab2))} {v}")
        else:
            out.append(f"{lab2}: {v}")
    out.append("")
    first, second = (CF, CE) if fr_first else (CE, CF)
    for (k, h1, it1, how), (_, h2, it2, _) in zip(first["sections"], second["sections"]):
        if h1:
            out.append(caps(f"{h1} / {h2}", s))
        if how == "dims":
            for (a, b), (c, d) in zip(it1, it2):
                out.append(f"{a} / {c}: {b}")
        elif how == "reps":
            out += [f"- {x}" for x in it1] + [""] + [f"- {x}" for x in it2]
        elif how == "list":
            out += [f"{n}. {x}" for n, x in enumerate(it1, 1)] + [""] + [f"{n}. {x}" for n, x in enumerate(it2, 1)]
        else:
            out += it1 + [""] + it2
        out.append("")
    return out


def wrap(lines: list[str], width: int, hyphen_rng: random.Random | None = None) -> list[str]:
    out = []
    for line in lines:
        if len(line) <= width:
            out.append(line)
            continue
        parts = textwrap.wrap(line, width)
        if hyphen_rng:
            fixed = []
            for k, p in enumerate(parts):
                if k + 1 < len(parts) and hyphen_rng.random() < 0.25:
                    nxt = parts[k + 1]
                    w = nxt.split(" ")[0]
                    if len(w) > 7 and w.isalpha():
                        cut = len(w) // 2
                        p = p + " " + w[:cut] + "-"
                        parts[k + 1] = w[cut:] + nxt[len(w):]
                fixed.append(p)
            parts = fixed
        out += parts
    return out


# ----------------------------------------------------------------------------- OCR damage

DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}
LETTER = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("cl", "d"), ("t", "l"), ("h", "b")]
ACCENTS = str.maketrans("éèêàâçôîûÉ", "eeeaacoiuE")


def damage_values(line: str, rng: random.Random, p: float) -> str:
    out = []
    for ch_i, ch in enumerate(line):
        prev = line[ch_i - 1] if ch_i else " "
        nxt = line[ch_i + 1] if ch_i + 1 < len(line) else " "
        if ch in DIGIT and (prev.isdigit() or nxt.isdigit() or prev in "-$.,") and rng.random() < p:
            ch = DIGIT[ch] if ch != "1" or rng.random() < 0.7 else "l"
        out.append(ch)
    return "".join(out)


def damage_prose(line: str, rng: random.Random, p: float, accents: bool) -> str:
    words = line.split(" ")
    for k, w in enumerate(words):
        if len(w) > 4 and w.isalpha() and rng.random() < p:
            a, b = rng.choice(LETTER)
            if a in w:
                j = w.index(a)
                words[k] = w[:j] + b + w[j + len(a):]
        if k + 1 < len(words) and rng.random() < p / 3:
            words[k] = words[k] + "\x00"
    line = " ".join(words).replace("\x00 ", "")
    if accents:
        line = line.translate(ACCENTS)
    return line


def ocr(lines: list[str], rng: random.Random, strength: float, header_n: int, running: str | None,
        accents: bool = False, per_page: int = 34, page_word: str = "Page {n}") -> list[str]:
    """Digit damage everywhere; letter damage only after the header block (the first header_n
    lines); a running header and page numbers every per_page lines."""
    out = []
    page = 1
    for k, line in enumerate(lines):
        line = damage_values(line, rng, strength)
        if k >= header_n:
            line = damage_prose(line, rng, strength / 6, accents)
        out.append(line)
        if running and (k + 1) % per_page == 0:
            page += 1
            out += ["", page_word.format(n=page - 1), "\f" + running if rng.random() < 0.5 else running, ""]
    if running:
        out += ["", page_word.format(n=page)]
    return out


def across(left: list[str], right: list[str], wl: int, wr: int, gap: str) -> list[str]:
    """Two columns read across the line, as OCR reads a printed form laid out side by side."""
    L = wrap(left, wl)
    R = wrap(right, wr)
    n = max(len(L), len(R))
    L += [""] * (n - len(L))
    R += [""] * (n - len(R))
    return [(a.ljust(wl) + gap + b).rstrip() if b else a for a, b in zip(L, R)]


def paired_blocks(CE: dict, CF: dict, s: dict, fr_left: bool = False) -> list[tuple[list[str], list[str]]]:
    """Row by row, the English and French blocks of a side-by-side form."""
    rows = []
    fr_keys = {k: (lab, val) for k, lab, val in CF["header"]}
    for k, lab, val in CE["header"]:
        flab, fval = fr_keys[k]
        rows.append(([f"{lab}: {val}"], [f"{flab} : {fval}"]))
    for (k, h1, it1, how), (_, h2, it2, _) in zip(CE["sections"], CF["sections"]):
        def block(h, it, lang):
            b = [caps(h, s)] if h else []
            if how == "list":
                b += [f"{n}. {x}" for n, x in enumerate(it, 1)]
            elif how == "reps":
                b += [f"- {x}" for x in it]
            elif how == "dims":
                b += [f"{a}: {v}" if lang == "en" else f"{a} : {v}" for a, v in it]
            else:
                b += it
            return b
        rows.append((block(h1, it1, "en"), block(h2, it2, "fr")))
    if fr_left:
        rows = [(b, a) for a, b in rows]
    return rows


# ----------------------------------------------------------------------------- docx

def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def new_docx():
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "EX Classification"
    cp.created = cp.modified = dt.datetime(2020, 1, 1)
    cp.last_modified_by = "EX Classification"
    cp.revision = 1
    return d


def save_docx(d) -> bytes:
    b = io.BytesIO()
    d.save(b)
    return fixed_zip(b.getvalue())


def docx_section_items(d_cell_or_doc, head, items, how, s, lang, table_reps=False):
    add = d_cell_or_doc.add_paragraph
    if head:
        p = add()
        p.add_run(caps(head, s)).bold = True
    if how == "p":
        for x in items:
            add(x)
    elif how == "list":
        for n, x in enumerate(items, 1):
            add(f"{n}. {x}")
    elif how == "reps":
        for x in items:
            add(f"• {x}")
    elif how == "dims":
        for a, b in items:
            add(f"{a}: {b}" if lang == "en" else f"{a} : {b}")


def docx_two_col(CE, CF, s, title_bar, fr_left=False) -> bytes:
    d = new_docx()
    d.add_paragraph(title_bar).runs[0].bold = True
    rows = paired_blocks(CE, CF, s, fr_left)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    nhead = len(CE["header"])
    # header fields: each row one field, left English, right French
    for k, (a, b) in enumerate(rows):
        r = t.add_row().cells
        for cell, block in ((r[0], a), (r[1], b)):
            cell.text = block[0]
            for x in block[1:]:
                cell.add_paragraph(x)
        if k == nhead - 1:
            pass
    return save_docx(d)


def docx_header_table(d, rows):
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in rows:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    return t


def docx_single(C, s, lang, title_bar, d=None, reps_table=False) -> object:
    d = d or new_docx()
    d.add_heading(title_bar, level=1)
    docx_header_table(d, [(lab, val) for _, lab, val in C["header"]])
    for key, head, items, how in C["sections"]:
        if how == "reps" and reps_table:
            t = d.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            h = t.rows[0].cells
            h[0].text, h[1].text, h[2].text = (("Position", "Classification", "FTEs") if lang == "en"
                                               else ("Poste", "Classification", "ETP"))
            for r in C["_P"]["reports"]:
                c = t.add_row().cells
                c[0].text = r[lang]
                c[1].text = "" if s["rep_cls_off"] else fmt_class(r["cls"], s["cls"])
                c[2].text = "" if s["rep_fte_off"] else str(r["fte"])
            continue
        if how == "dims" and reps_table:
            if head:
                d.add_paragraph().add_run(caps(head, s)).bold = True
            docx_header_table(d, items)
            continue
        docx_section_items(d, head, items, how, s, lang)
    return d


def docx_labels_both(CE, CF, s, title_bar) -> bytes:
    d = new_docx()
    d.add_heading(title_bar, level=1)
    fr_keys = {k: (lab, val) for k, lab, val in CF["header"]}
    rows = []
    for k, lab, val in CE["header"]:
        flab, fval = fr_keys[k]
        v = f"{val} / {fval}" if k in ("title", "dept", "branch", "sup_title") else val
        rows.append((f"{lab} / {flab}", v))
    docx_header_table(d, rows)
    for (k, h1, it1, how), (_, h2, it2, _) in zip(CE["sections"], CF["sections"]):
        if h1:
            d.add_paragraph().add_run(caps(f"{h1} / {h2}", s)).bold = True
        if how == "dims":
            docx_header_table(d, [(f"{a} / {c}", b) for (a, b), (c, _) in zip(it1, it2)])
            continue
        docx_section_items(d, None, it1, how, s, "en")
        docx_section_items(d, None, it2, how, s, "fr")
    return save_docx(d)


# ----------------------------------------------------------------------------- pdf

def _esc(t: str) -> bytes:
    return t.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_two_col(rows, title_bar: str, footer: str) -> bytes:
    """A Word two-column table exported to PDF: cell by cell, row by row, each cell's lines at its
    own x; a new page when the page is full."""
    pages, cur, y = [], [], 790
    def line(x, yy, t, size=9):
        cur.append(b"BT /F1 %d Tf %d %d Td (%b) Tj ET" % (size, x, yy, _esc(t)))
    line(40, y, title_bar, 11)
    y -= 22
    for a, b in rows:
        A, B = wrap(a, 50), wrap(b, 50)
        h = 11 * max(len(A), len(B)) + 8
        if y - h < 60:
            line(40, 30, footer.format(n=len(pages) + 1), 8)
            pages.append(b"\n".join(cur))
            cur, y = [], 800
        for k, t in enumerate(A):
            line(40, y - 11 * k, t)
        for k, t in enumerate(B):
            line(305, y - 11 * k, t)
        y -= h
    line(40, 30, footer.format(n=len(pages) + 1), 8)
    pages.append(b"\n".join(cur))
    return pdf_bytes(pages)


def paginate(lines: list[str], per: int, footer: str | None) -> list[str]:
    pages = []
    for k in range(0, len(lines), per):
        chunk = lines[k:k + per]
        if footer:
            chunk = chunk + ["", footer.format(n=len(pages) + 1)]
        pages.append("\n".join(chunk))
    return pages


# ----------------------------------------------------------------------------- the plan

# (layout, language, file name). Layouts are rendered by render() below.
PLAN = [
    # bilingual, Word
    ("docx_2col", "bilingual", "{en} - {fr}.docx"),
    ("docx_2col", "bilingual", "DT-{num} {en} FINAL.docx"),
    ("docx_2col_fr", "bilingual", "{fr} (bilingue).docx"),
    ("docx_2col", "bilingual", "EX WD {en} - signed.docx"),
    ("docx_labels", "bilingual", "{en} - {fr} (1).docx"),
    ("docx_labels", "bilingual", "{num}_{en}_bilingual.docx"),
    ("docx_labels", "bilingual", "Work description - {en}.docx"),
    ("docx_en_fr", "bilingual", "{en} EN-FR.docx"),
    ("docx_en_fr", "bilingual", "WD {en} 2019 rev.docx"),
    ("docx_fr_en", "bilingual", "DT {fr} - version finale.docx"),
    ("docx_fr_en", "bilingual", "{fr} FR-EN.docx"),
    # bilingual, PDF
    ("pdf_2col", "bilingual", "{en} - {fr}.pdf"),
    ("pdf_2col", "bilingual", "{num} {en} (bilingual) - signed.pdf"),
    ("pdf_2col_fr", "bilingual", "{fr} signée.pdf"),
    ("pdf_2col", "bilingual", "EX-WD {en}.pdf"),
    ("pdf_en_fr", "bilingual", "{en} EN FR.pdf"),
    ("pdf_en_fr", "bilingual", "Job description {en} FINAL.pdf"),
    ("pdf_fr_en", "bilingual", "Description de travail {fr}.pdf"),
    ("pdf_labels", "bilingual", "{en} (version bilingue).pdf"),
    ("pdf_labels", "bilingual", "{num} - {en}.pdf"),
    # bilingual, OCR text
    ("ocr_across", "bilingual", "scan {en}.txt"),
    ("ocr_across", "bilingual", "{en} - scanned.txt"),
    ("ocr_across_fr", "bilingual", "numérisation {fr}.txt"),
    ("ocr_across", "bilingual", "OCR {num} {en}.txt"),
    ("ocr_across_page", "bilingual", "{en} (scan 2014).txt"),
    ("ocr_seq", "bilingual", "{en}, bilingual scan.txt"),
    ("ocr_seq", "bilingual", "SCAN_{num}.txt"),
    ("ocr_seq_fr", "bilingual", "{fr} - copie numérisée.txt"),
    ("ocr_seq_fr", "bilingual", "DT bilingue {fr}.txt"),
    ("ocr_labels", "bilingual", "{en} form scan.txt"),
    ("ocr_labels", "bilingual", "{num} {en} OCR.txt"),
    ("ocr_labels_fr", "bilingual", "{fr} formulaire.txt"),
    # bilingual, plain text and markdown
    ("txt_labels_cp", "bilingual", "{en} - {fr}.txt"),
    ("txt_labels_cp", "bilingual", "{en} bilingual (2).txt"),
    ("md_labels", "bilingual", "{en} - {fr}.md"),
    # English
    ("ocr_en", "en", "{en} scan.txt"),
    ("ocr_en", "en", "{num}.txt"),
    ("docx_en", "en", "{en}.docx"),
    ("pdf_en", "en", "{en} - final.pdf"),
    ("txt_en", "en", "{en}.txt"),
    # French
    ("ocr_fr", "fr", "{fr} numérisé.txt"),
    ("ocr_fr", "fr", "DT {num} {fr}.txt"),
    ("docx_fr", "fr", "{fr}.docx"),
    ("pdf_fr", "fr", "{fr} - signée.pdf"),
    ("md_fr", "fr", "{fr}.md"),
]

KIND = {"docx": "docx", "pdf": "pdf", "md": "markdown"}


def kind_of(layout: str) -> str:
    if layout.startswith("ocr_across"):
        return "ocr-columns"
    if layout.startswith("ocr"):
        return "ocr"
    if layout.endswith("_cp"):
        return "text-cp1252"
    if layout.startswith("txt"):
        return "text"
    return KIND[layout.split("_")[0]]


def safe(name: str) -> str:
    return name.replace("/", "-").replace(":", "").replace("?", "")


def title_bars(P):
    dept_en, dept_fr = T.DEPTS[P["dept"]]
    return (f"{dept_en} / {dept_fr}", "EXECUTIVE WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION",
            "Executive (EX) Work Description / Description de travail de la direction (EX)")


def render(layout: str, P: dict, s: dict, rng: random.Random) -> bytes:
    CE = build(P, "en", s, rng)
    CF = build(P, "fr", s, rng)
    CE["_P"] = CF["_P"] = P
    dept_en, dept_fr = T.DEPTS[P["dept"]]
    bar = f"{dept_en} / {dept_fr}"
    bar2 = "Executive (EX) Work Description / Description de travail de la direction (EX)"
    strength = [0.15, 0.3, 0.5][P["i"] % 3]
    running = f"{dept_en} | {dept_fr}"
    if layout in ("docx_2col", "docx_2col_fr"):
        return docx_two_col(CE, CF, s, bar2 if rng.random() < 0.5 else bar, fr_left=layout.endswith("_fr"))
    if layout == "docx_labels":
        return docx_labels_both(CE, CF, s, bar2)
    if layout in ("docx_en_fr", "docx_fr_en"):
        import docx
        first, second = (CE, CF) if layout == "docx_en_fr" else (CF, CE)
        l1, l2 = ("en", "fr") if layout == "docx_en_fr" else ("fr", "en")
        d = docx_single(first, s, l1, "Executive Work Description" if l1 == "en" else "Description de travail de la direction",
                        reps_table=s["rep"] % 2 == 0)
        d.add_paragraph().add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
        docx_single(second, s, l2, "Executive Work Description" if l2 == "en" else "Description de travail de la direction",
                    d=d, reps_table=s["rep"] % 2 == 0)
        return save_docx(d)
    if layout in ("pdf_2col", "pdf_2col_fr"):
        rows = paired_blocks(CE, CF, s, fr_left=layout.endswith("_fr"))
        return pdf_two_col(rows, bar2, f"{P['number'] if s['number_kind'] == 'num' else ''}  Page {{n}}")
    if layout in ("pdf_en_fr", "pdf_fr_en"):
        en = wrap(text_lines(CE, s, "one", "en"), 100)
        fr = wrap(text_lines(CF, s, "one", "fr"), 100)
        first, second = (en, fr) if layout == "pdf_en_fr" else (fr, en)
        return pdf_bytes(paginate(first, 62, bar + " - {n}") + paginate(second, 62, bar + " - {n}"))
    if layout == "pdf_labels":
        lines = wrap([bar2, ""] + bilingual_label_lines(CE, CF, s, "one"), 105)
        return pdf_bytes(paginate(lines, 64, "Page {n}"))
    if layout.startswith("ocr_across"):
        fr_left = layout.endswith("_fr")
        rows = paired_blocks(CE, CF, s, fr_left=fr_left)
        left = sum((a for a, _ in rows), [])
        right = sum((b for _, b in rows), [])
        if layout == "ocr_across_page":
            head, body = [], []
            for k, (a, b) in enumerate(rows):
                (head if k < len(CE["header"]) else body).extend(across(a, b, 46, 46, "  "))
            out = ["--- Structured Job Description ---", "", "", "--- Full Extracted Text ---"]
            h = damage_values(" ".join(head), rng, strength)
            b = damage_prose(damage_values(" ".join(body), rng, strength), rng, strength / 8, False)
            return ("\n".join(out) + "\n" + h + " " + b + "\n").encode()
        lines = []
        for a, b in rows:
            lines += across(a, b, 48, 48, rng.choice(["   ", " | ", "    "]))
        nh = sum(max(len(wrap(a, 48)), len(wrap(b, 48))) for a, b in rows[:len(CE["header"])])
        out = ocr([bar.upper(), ""] + lines, rng, strength, nh + 2, running)
        return ("\n".join(out) + "\n").encode()
    if layout.startswith("ocr_seq"):
        fr_first = layout.endswith("_fr")
        en = wrap(text_lines(CE, s, rng.choice(["one", "next"]), "en"), 90, rng)
        fr = wrap(text_lines(CF, s, rng.choice(["one", "dots"]), "fr"), 90, rng)
        first, second = (fr, en) if fr_first else (en, fr)
        nh = len(CE["header"]) * 2
        a = ocr(first, rng, strength, nh, running, accents=fr_first and strength > 0.4)
        b = ocr(second, rng, strength, nh, running, accents=(not fr_first) and strength > 0.4)
        sep = ["", "\f", "VERSION FRANÇAISE" if not fr_first else "ENGLISH VERSION", ""]
        return ("\n".join(a + sep + b) + "\n").encode()
    if layout.startswith("ocr_labels"):
        fr_first = layout.endswith("_fr")
        lines = wrap([bar2.upper(), ""] + bilingual_label_lines(CE, CF, s, rng.choice(["one", "next", "dots"]), fr_first), 95, rng)
        nh = len(CE["header"]) * 2 + 2
        return ("\n".join(ocr(lines, rng, strength, nh, running, page_word="- {n} -")) + "\n").encode()
    if layout == "txt_labels_cp":
        lines = bilingual_label_lines(CE, CF, s, rng.choice(["one", "dots"]))
        return ("\r\n".join(lines) + "\r\n").replace("'", "\u2019").encode("cp1252")
    if layout == "md_labels":
        out = ["# Description de travail / Work Description", ""]
        fr_keys = {k: (lab, val) for k, lab, val in CF["header"]}
        for k, lab, val in CE["header"]:
            flab, fval = fr_keys[k]
            v = f"{val} / {fval}" if k in ("title", "dept", "branch", "sup_title") else val
            out.append(f"*   **{lab} / {flab}:** {v}")
        out.append("")
        for (k, h1, it1, how), (_, h2, it2, _) in zip(CE["sections"], CF["sections"]):
            if h1:
                out += [f"## {h1} / {h2}", ""]
            if how == "dims":
                out += [f"*   **{a} / {c}:** {b}" for (a, b), (c, _) in zip(it1, it2)] + [""]
            elif how == "reps":
                out += [f"*   {x}" for x in it1] + [""] + [f"*   {x}" for x in it2] + [""]
            elif how == "list":
                out += [f"{n}.  {x}" for n, x in enumerate(it1, 1)] + [""] + [f"{n}.  {x}" for n, x in enumerate(it2, 1)] + [""]
            else:
                out += it1 + [""] + it2 + [""]
        return ("\n".join(out) + "\n").encode()
    lang = layout.split("_")[1]
    C = CE if lang == "en" else CF
    if layout.startswith("ocr"):
        lines = wrap(text_lines(C, s, rng.choice(["one", "next", "dots"]), lang), 92, rng)
        out = ["--- Full Extracted Text ---"] + ocr(lines, rng, strength, len(C["header"]) * 2, dept_en if lang == "en" else dept_fr,
                                                    accents=lang == "fr" and strength > 0.4)
        return ("\n".join(out) + "\n").encode()
    if layout.startswith("docx"):
        d = docx_single(C, s, lang, "Executive Work Description" if lang == "en" else "Description de travail – Groupe de la direction",
                        reps_table=True)
        return save_docx(d)
    if layout.startswith("pdf"):
        lines = wrap(text_lines(C, s, "tabs" if lang == "en" else "one", lang), 100)
        return pdf_bytes(paginate(lines, 60, (dept_en if lang == "en" else dept_fr) + " - {n}"))
    if layout.startswith("txt"):
        return ("\n".join(text_lines(C, s, "dots", lang)) + "\n").encode()
    if layout.startswith("md"):
        return ("\n".join(md_lines(C, s, lang)) + "\n").encode()
    raise ValueError(layout)


# ----------------------------------------------------------------------------- documents to refuse

def refusals(rng: random.Random) -> list[tuple[str, bytes, dict]]:
    docs = []
    # 1. bilingual memo about EX work descriptions (docx)
    d = new_docx()
    d.add_heading("MEMORANDUM / NOTE DE SERVICE", level=1)
    docx_header_table(d, [("To / Destinataire", "All EX-01 to EX-03 managers, Quebec Region / Tous les gestionnaires EX-01 à EX-03, Région du Québec"),
                          ("From / Expéditeur", "Nathalie Bourque, Director, Executive Services / Directrice, Services aux cadres"),
                          ("Date", "2023-02-14"),
                          ("Subject / Objet", "Update of EX work descriptions / Mise à jour des descriptions de travail EX")])
    for p in ["As part of the EX organizational design review, all executive work descriptions must be updated in the "
              "bilingual template by March 31, 2023. Please send your signed work description (both language versions) to the "
              "Executive Services mailbox.",
              "Dans le cadre de l'examen de la conception organisationnelle EX, toutes les descriptions de travail des cadres "
              "doivent être mises à jour dans le gabarit bilingue d'ici le 31 mars 2023. Veuillez faire parvenir votre description "
              "de travail signée (les deux versions linguistiques) à la boîte courriel des Services aux cadres.",
              "Contact / Personne-ressource : Kevin Doyle, 613-555-0147"]:
        d.add_paragraph(p)
    docs.append(("Note de service - mise à jour DT EX 2023.docx", save_docx(d),
                 {"language": "bilingual", "kind": "docx", "people": ["Kevin Doyle", "Nathalie Bourque"]}))
    # 2. letter of offer, acting EX-01 (pdf)
    letter = """Canada Border Services Agency / Agence des services frontaliers du Canada

Le 3 mai 2022

Madame Josée Pelletier
Montréal (Québec)

Objet : Offre de nomination intérimaire - Directeur, Opérations (EX-01), poste 48213

Madame,

J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Opérations (EX-01),
poste no 48213, à la Région du Québec, du 16 mai 2022 au 31 mars 2023. Votre rémunération sera établie
conformément à la Directive sur les conditions d'emploi des cadres.

Cette offre est conditionnelle au maintien de votre cote de sécurité (secret). Veuillez signer et
retourner la présente lettre d'ici le 10 mai 2022.

This letter is also available in English upon request.

Stéphane Gauthier
Directeur général régional, Région du Québec

J'accepte l'offre / I accept the offer : ____________________  Date : __________
"""
    docs.append(("Lettre d'offre intérim EX-01 - J. Pelletier.pdf", pdf_bytes([letter]),
                 {"language": "fr", "kind": "pdf", "people": ["Josée Pelletier", "Stéphane Gauthier"]}))
    # 3. org chart read by OCR
    chart = """--- Full Extracted Text ---
ORGANIZATION CHART / ORGANIGRAMME
Atlantic Region / Région de l'Atlantique        2021-04-01
                 Regional Director General / Directeur général régional
                                (EX-03) 41022
        |                       |                        |
 Director, Client       Director, Processing      Director, Integrity
 Services (EX-O1)       Operations (EX-01)        Services (EX-0I)
 4I035                  41036                     4lO37
   |                      |                          |
 PM-06 (3)              PM-05 (6)                  PM-06 (2)
 PM-05 (11)             CR-05 (84)                 PM-04 (17)
Vacant positions shown in grey / Postes vacants indiqués en gris
"""
    docs.append(("Organigramme Région Atlantique 2021 (scan).txt", chart.encode(),
                 {"language": "bilingual", "kind": "ocr", "people": []}))
    # 4. performance agreement (docx)
    d = new_docx()
    d.add_heading("Executive Performance Agreement 2023-2024 / Entente de rendement des cadres 2023-2024", level=1)
    docx_header_table(d, [("Name / Nom", "Geneviève Arsenault"), ("Position / Poste", "Director, Settlement Network / Directrice, Réseau d'établissement"),
                          ("Level / Niveau", "EX-01"), ("Supervisor / Superviseur", "Andrew Whitfield")])
    d.add_paragraph("Commitments / Engagements").runs[0].bold = True
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text, t.rows[0].cells[2].text = "Commitment / Engagement", "Performance measure / Mesure", "Weight / Poids"
    for a, b, c in [("Deliver the francophone immigration strategy / Réaliser la stratégie d'immigration francophone", "Agreements signed by Q3 / Ententes signées au T3", "40 %"),
                    ("Reduce processing backlog / Réduire l'arriéré", "-20 % by March 31 / -20 % au 31 mars", "30 %"),
                    ("Leadership: people management / Leadership : gestion des personnes", "PSES action plan / Plan d'action SAFF", "30 %")]:
        c3 = t.add_row().cells
        c3[0].text, c3[1].text, c3[2].text = a, b, c
    d.add_paragraph("Signatures: Geneviève Arsenault (employee / employée), Andrew Whitfield (supervisor / superviseur)")
    docs.append(("Entente de rendement 2023-24 - G. Arsenault.docx", save_docx(d),
                 {"language": "bilingual", "kind": "docx", "people": ["Andrew Whitfield", "Geneviève Arsenault"]}))
    # 5. PDF without a text layer (a scanned bilingual work description)
    docs.append(("DT-DW Directeur régional Moncton (numérisé).pdf", pdf_bytes(["", "", ""]),
                 {"language": "bilingual", "kind": "pdf", "people": []}))
    # 6. a scan that gave only noise
    noise_rng = random.Random(4444)
    chars = "il|!.,:;-_~'`\"°^rnmcoeaIl1OS5 "
    noise = "\n".join("".join(noise_rng.choice(chars) for _ in range(noise_rng.randint(20, 80))) for _ in range(26))
    docs.append(("numérisation 0007 (illisible).txt", ("--- Full Extracted Text ---\n" + noise + "\n").encode(),
                 {"language": "bilingual", "kind": "ocr", "people": []}))
    return docs


# ----------------------------------------------------------------------------- main

def dump(obj) -> str:
    return yaml.safe_dump(obj, sort_keys=False, allow_unicode=True, width=120)


def main() -> None:
    rng = random.Random(44_2026)
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    positions = [make_position(i, row, rng) for i, row in enumerate(T.POSITIONS)]
    assert len(positions) == len(PLAN), (len(positions), len(PLAN))
    order = list(range(len(positions)))
    rng.shuffle(order)
    names = set()
    docs = []
    for (layout, language, pattern), pi in zip(PLAN, order):
        P = positions[pi]
        s = plan_style(P, rng)
        name = safe(pattern.format(en=P["en"], fr=P["fr"], num=P["number"]))
        assert name not in names, name
        names.add(name)
        data = render(layout, P, s, random.Random(f"{name}"))
        (CORPUS / name).write_bytes(data)
        docs.append((name, truth(P, s, name, kind_of(layout), language, place_fr=layout == "ocr_labels_fr")))
        if layout == "docx_2col" and "signed" in name:
            # an earlier version of the same position, saved as text from the bilingual form
            P0 = dict(P, date=P["date"].replace(year=P["date"].year - 3))
            s0 = dict(s, date_on=True)
            old = safe(f"{P['en']} - draft {P0['date'].year}.txt")
            (CORPUS / old).write_bytes(render("ocr_labels", P0, s0, random.Random(old)))
            t0 = truth(P0, s0, old, "ocr", "bilingual")
            versions = {"documents": sorted([name, old]), "newest": name}
            t0["versions"] = versions
            docs[-1][1]["versions"] = versions
            docs.append((old, t0))
    for name, data, meta in refusals(rng):
        (CORPUS / name).write_bytes(data)
        docs.append((name, {"document": name, "kind": meta["kind"], "language": meta["language"], "outcome": "refuse",
                            "fields": None, "not_stated": [], "also": {}, "people": sorted(meta["people"]), "versions": None}))
    for name, t in docs:
        (EXPECTED / f"{name}.expected.yaml").write_text(dump(t), encoding="utf-8")
    print(f"{len(docs)} documents written")


if __name__ == "__main__":
    main()
