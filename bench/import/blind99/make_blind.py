#!/usr/bin/env python3
"""blind99: a blind corpus of EX work descriptions written by francophone managers and regional
offices (about 80 % French: typed without accents or in capitals, anglicisms, Quebec notations,
DG/DE/SMA/ETP/F et E, feminine titles, cp1252 text read as UTF-8 and back), and documents to refuse.

    python bench/import/blind99/make_blind.py      writes corpus/ and expected/ next to this file

Deterministic: a fixed seed, fixed timestamps in the .docx files; the same bytes on every run.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import unicodedata
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

RNG = random.Random(99_2024)
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# --- notations ------------------------------------------------------------------------------------

def fmt_class(c: str, style: str) -> str:
    group, level = c.rsplit("-", 1)
    return {"dash": c, "space": f"{group} {level}", "short": f"{group}-{int(level)}", "paren": f"({c})",
            "tight": f"{group}{level}"}[style]


def fmt_date(d: dt.date, style: str) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    if style in ("dmy_dash", "dmy_slash") and d.day <= 12:
        style = "iso"
    return {
        "iso": d.isoformat(),
        "long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}",
        "le": f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
        "upper": f"{day} {MONTHS_FR[d.month - 1]} {d.year}".upper(),
        "ymd_slash": d.strftime("%Y/%m/%d"),
        "dmy_dash": d.strftime("%d-%m-%Y"),
        "dmy_slash": d.strftime("%d/%m/%Y"),
        "en_long": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        "en_ord": f"{MONTHS_EN[d.month - 1]} {d.day}{'st' if d.day in (1, 21, 31) else 'th'}, {d.year}",
        "en_abbr": f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}",
    }[style]


def _sp(n: int, sep: str = " ") -> str:
    return f"{n:,}".replace(",", sep)


def fmt_amount(n: int, style: str) -> str:
    if style in ("mfr", "men", "mil_fr", "mang") and n % 10_000:
        style = "qc"
    if style in ("kfr", "ken") and n % 1_000:
        style = "qc_dec"
    m = f"{n / 1e6:.3f}".rstrip("0").rstrip(".") if n % 10_000 else f"{n / 1e6:.2f}".rstrip("0").rstrip(".")
    return {
        "qc": f"{_sp(n)} $",
        "qc_nb": f"{_sp(n, chr(160))}\u00a0$",
        "qc_dec": f"{_sp(n)},00 $",
        "mfr": f"{m.replace('.', ',')} M$",
        "mil_fr": f"{m.replace('.', ',')} million{'s' if n >= 2_000_000 else ''} $",
        "mang": f"{m}M$",
        "kfr": f"{_sp(n // 1000)} K$",
        "en": f"${n:,}",
        "men": f"${m}M",
        "ken": f"${n // 1000:,}K",
    }[style]


def fmt_fte(n: int, style: str) -> str:
    if n == 1 and style in ("emp", "ftes"):
        return {"emp": "1 employé", "ftes": "1 FTE"}[style]
    return {"etp": f"{n} ETP", "etp_c": f"ETP : {n}", "eff": f"effectif de {n}", "fte": f"{n} FTE",
            "ftes": f"{n} FTEs", "staff": f"staff of {n}", "emp": f"{n} employés"}[style]


# --- labels and headings ----------------------------------------------------------------------------

LABELS = {
    "fr": {
        "title": ["Titre du poste", "Titre de poste", "Intitulé du poste", "Titre officiel", "Titre"],
        "classification": ["Classification", "Groupe et niveau", "Niveau", "Groupe/niveau", "Classification du poste"],
        "job_code": ["Code d'emploi", "No de code d'emploi", "Job code", "Code de l'emploi", "Code de travail"],
        "position_number": ["Numéro de poste", "No de poste", "N° du poste", "No. du poste", "# de poste"],
        "effective_date": ["Date d'entrée en vigueur", "Date effective", "En vigueur le", "Date de prise d'effet",
                           "Date d'effet"],
        "location": ["Lieu de travail", "Lieu", "Emplacement", "Lieu géographique", "Endroit"],
        "branch": ["Direction générale", "Secteur", "Région", "Direction", "Organisation"],
        "department": ["Ministère", "Organisme", "Ministère/organisme"],
        "sup_pos": ["No de poste du superviseur", "Numéro de poste du supérieur", "Poste du superviseur (no)",
                    "No du poste du supérieur immédiat"],
        "sup_title": ["Titre du poste du superviseur", "Titre du supérieur immédiat", "Supérieur immédiat",
                      "Titre du poste du supérieur"],
        "sup_class": ["Classification du superviseur", "Niveau du supérieur", "Groupe et niveau du superviseur",
                      "Classification du supérieur"],
        "incumbent": ["Titulaire", "Nom du titulaire", "Titulaire actuel"],
        "salary": ["Salaires", "Budget salarial", "Salaire", "Masse salariale"],
        "o_and_m": ["F et E", "F&E", "Fonctionnement et entretien (F et E)", "O&M", "Budget de F et E"],
        "total": ["Total", "Budget total", "Total (salaires + F et E)", "Grand total"],
        "fte": ["ETP", "Effectif", "Nombre d'ETP", "FTE", "Employés (ETP)"],
    },
    "en": {
        "title": ["Position Title", "Title", "Job Title", "Official Title"],
        "classification": ["Classification", "Group and Level", "Level", "Group/Level"],
        "job_code": ["Job Code", "Position Job Code", "Job Code No."],
        "position_number": ["Position Number", "Position No.", "Pos. No."],
        "effective_date": ["Effective Date", "Effective", "Date Effective"],
        "location": ["Location", "Geographic Location", "Work Location"],
        "branch": ["Branch", "Region", "Directorate"],
        "department": ["Department", "Organization"],
        "sup_pos": ["Supervisor's Position No.", "Supervisor Position Number"],
        "sup_title": ["Supervisor's Position Title", "Supervisor's Title", "Reports to"],
        "sup_class": ["Supervisor's Classification", "Supervisor's Level"],
        "incumbent": ["Incumbent", "Incumbent Name"],
        "salary": ["Salary", "Salaries", "Salary Budget"],
        "o_and_m": ["O&M", "Operating and Maintenance", "O & M"],
        "total": ["Total", "Total Budget"],
        "fte": ["FTEs", "FTE's", "Staff"],
    },
}
HEADINGS = {
    "fr": {
        "doc": ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)", "Description de travail",
                "DESCRIPTION DE POSTE - EX", "Description de travail du groupe EX", "DESCRIPTION D'EMPLOI"],
        "ident": ["IDENTIFICATION DU POSTE", "Renseignements sur le poste", "Identification", "DONNÉES DU POSTE"],
        "resp": ["RESPONSABILITÉ GÉNÉRALE", "Responsabilités générales", "Sommaire du poste",
                 "RÉSUMÉ DES RESPONSABILITÉS", "Raison d'être du poste"],
        "struct": ["STRUCTURE ORGANISATIONNELLE", "Structure de l'organisation", "Organisation",
                   "Structure organisationnelle"],
        "nature": ["NATURE ET PORTÉE", "Nature et étendue", "Contexte", "Défis et contexte"],
        "dims": ["DIMENSIONS", "Dimensions", "Ressources gérées", "Dimensions financières et humaines"],
        "acts": ["ACTIVITÉS PRINCIPALES", "Activités principales", "Responsabilités spécifiques",
                 "PRINCIPALES ACTIVITÉS"],
        "results": ["RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE", "Résultats axés sur le service à la clientèle"],
        "cert": ["CERTIFICATION", "Signatures", "Approbation", "ATTESTATION"],
    },
    "en": {
        "doc": ["EXECUTIVE WORK DESCRIPTION", "Work Description", "EX GROUP POSITION DESCRIPTION"],
        "ident": ["POSITION IDENTIFICATION", "Position Details", "Identification"],
        "resp": ["GENERAL ACCOUNTABILITY", "General Accountability", "Position Summary"],
        "struct": ["ORGANIZATION STRUCTURE", "Organizational Structure"],
        "nature": ["NATURE AND SCOPE", "Nature and Scope"],
        "dims": ["DIMENSIONS", "Dimensions"],
        "acts": ["SPECIFIC ACCOUNTABILITIES", "Key Activities", "Specific Accountabilities"],
        "results": ["CLIENT SERVICE RESULTS", "Client Service Results"],
        "cert": ["CERTIFICATION", "Signatures"],
    },
}


def pick(seq):
    return seq[RNG.randrange(len(seq))]


def label(lang: str, key: str) -> str:
    if lang == "bilingual":
        fr, en = pick(LABELS['fr'][key]), pick(LABELS['en'][key])
        return fr if fr.lower() == en.lower() else f"{fr} / {en}"
    return pick(LABELS[lang][key])


def heading(lang: str, key: str) -> str:
    if lang == "bilingual":
        fr, en = pick(HEADINGS['fr'][key]), pick(HEADINGS['en'][key])
        return fr if fr.lower() == en.lower() else f"{fr} / {en}"
    return pick(HEADINGS[lang][key])


# --- positions --------------------------------------------------------------------------------------

USED_NAMES: set[str] = set()


def person(female: bool | None = None) -> str:
    while True:
        f = RNG.random() < 0.5 if female is None else female
        name = f"{pick(T.FIRST_F if f else T.FIRST_M)} {pick(T.LAST)}"
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            return name


def round_to(n: int, step: int) -> int:
    return max(step, n // step * step)


def make_position(i: int) -> dict:
    dept = T.DEPARTMENTS[i % len(T.DEPARTMENTS)]
    masc, fem, en, level = T.TITLES[i % len(T.TITLES)]
    if i >= len(T.TITLES):
        level = pick(["EX-01", "EX-02", "EX-01"])
    female = RNG.random() < 0.5
    city = T.LOCATIONS[RNG.randrange(len(T.LOCATIONS))]
    sup_level = {"EX-01": pick(["EX-02", "EX-03", "EX-03"]), "EX-02": pick(["EX-03", "EX-04"]),
                 "EX-03": pick(["EX-04", "EX-05"])}[level]
    sup = pick(T.SUPERVISORS[sup_level])
    scale = {"EX-01": 1.0, "EX-02": 2.2, "EX-03": 4.5}[level]
    n_reports = RNG.randint(2, 6)
    pool = RNG.sample(T.REPORTS, n_reports)
    reports = []
    for fr, en_r, classes in pool:
        cls = pick(classes)
        fte = 1 if cls in ("AS-02", "CR-05") or fr.startswith("Conseill") else RNG.randint(4, int(40 * scale))
        reports.append({"fr": fr, "en": en_r, "cls": cls, "fte": fte})
    fte_total = sum(r["fte"] for r in reports) + RNG.randint(1, 4)
    salary = round_to(int(fte_total * RNG.randint(78, 96) * 1000), 10_000)
    om = round_to(int(salary * RNG.uniform(0.06, 0.4)), pick([1000, 10_000, 5000]))
    start = dt.date(2012, 1, 1) + dt.timedelta(days=RNG.randrange(12 * 365))
    return {
        "i": i, "dept": dept, "title_fr": fem if female else masc, "title_en": en, "level": level,
        "female": female, "city": city, "pos_no": pick(["", "000", "0"]) + str(RNG.randint(10_000, 99_999)),
        "job_code": str(RNG.randint(100_000, 109_999)) if RNG.random() < 0.6 else None,
        "eff": start, "sup": {"title_fr": sup[0], "abbr": sup[1], "title_en": sup[2], "level": sup_level,
                              "pos_no": str(RNG.randint(10_000, 99_999)) if RNG.random() < 0.75 else None},
        "reports": reports, "fte": fte_total, "salary": salary, "om": om,
        "unit": pick(["la direction", "la région", "la direction générale", "l'unité", "du centre"]),
        "incumbent": person(female) if RNG.random() < 0.5 else None,
        "signer": person(), "signer_title": None,
    }


# --- rendering: an intermediate list of blocks ------------------------------------------------------
#   ("h", text) heading   ("kv", label, value)   ("p", text)   ("list", [text])
#   ("table", [row, ...]) first row the header   ("blank",)

def report_line(r: dict, form: str, lang: str, omit: str) -> str:
    t = r["en"] if lang == "en" else r["fr"]
    c = None if omit in ("cls", "both") else r["cls_txt"]
    f = None if omit in ("fte", "both") else r["fte_txt"]
    if form == "A":
        inside = ", ".join(x for x in (c, f) if x)
        return f"{t} ({inside})" if inside else t
    if form == "B":
        return " – ".join(x for x in (t, c, f) if x)
    if form == "C":
        head = f"{c} - {t}" if c else t
        return f"{head} ({f})" if f else head
    if form == "D":
        return t + (f" [{c}]" if c else "") + (f" {f}" if f else "")
    raise ValueError(form)


def build(p: dict, doc: dict) -> tuple[list, dict]:
    """The blocks of one work description and the truth it states."""
    lang = doc["lang"]
    L = "fr" if lang in ("fr", "bilingual") else "en"
    truth = {"not_stated": []}
    blocks: list = []
    dept_fr, short, dept_en, branch_fr, branch_en = p["dept"]
    title = p["title_en"] if lang == "en" else p["title_fr"]
    cstyle = doc.get("cstyle", pick(["dash", "dash", "space", "short", "paren", "tight"]))
    dstyle = doc.get("dstyle", pick(["iso", "long", "le", "upper", "ymd_slash", "dmy_dash", "dmy_slash"]
                                    if L == "fr" else ["en_long", "en_ord", "en_abbr", "iso"]))
    astyle = doc.get("astyle", pick(["qc", "qc_nb", "qc_dec", "mfr", "mil_fr", "mang", "kfr", "men", "en"]
                                    if L == "fr" else ["en", "men", "ken"]))
    fstyle = doc.get("fstyle", pick(["etp", "etp", "eff", "fte", "emp"] if L == "fr" else ["ftes", "fte", "staff"]))
    city_fr, city_plain, prov_fr, prov_en = p["city"]
    if lang == "en":
        loc = f"{city_plain}, {prov_en}" if RNG.random() < 0.6 else f"{city_fr} ({prov_en})"
    else:
        loc = pick([f"{city_fr} ({prov_fr})", f"{city_fr}, {prov_fr}", f"{city_fr} (Qc)" if prov_fr == "Québec"
                    else f"{city_fr} ({prov_fr})"])
    truth_loc = f"{city_fr if city_fr in loc else city_plain}, {prov_en if lang == 'en' else prov_fr}"
    sup = p["sup"]
    sup_title = sup["title_en"] if lang == "en" else (sup["abbr"] if doc.get("abbr") else sup["title_fr"])

    # header
    blocks.append(("h", dept_en if lang == "en" else (f"{dept_fr} / {dept_en}" if lang == "bilingual"
                                                         else pick([dept_fr, f"{dept_fr} ({short})"]))))
    blocks.append(("h", heading(lang, "doc")))
    if RNG.random() < 0.5:
        blocks.append(("h", heading(lang, "ident")))
    fields = []
    if lang == "bilingual":
        fields.append(("kv", pick(LABELS["en"]["title"]), p["title_en"]))
        fields.append(("kv", pick(LABELS["fr"]["title"]), p["title_fr"]))
    else:
        fields.append(("kv", label(lang, "title"), title))
    fields.append(("kv", label(lang, "classification"), fmt_class(p["level"], cstyle)))
    if p["job_code"]:
        fields.append(("kv", label(lang, "job_code"), p["job_code"]))
    else:
        truth["not_stated"].append("job_code")
    pos_txt = p["pos_no"]
    if doc.get("tbd"):
        pos_txt = pick(["À déterminer", "NOUVEAU", "À venir"])
    fields.append(("kv", label(lang, "position_number"), pos_txt))
    if doc.get("no_date"):
        fields.append(("kv", label(lang, "effective_date"), ""))
        truth["not_stated"].append("effective_date")
    else:
        fields.append(("kv", label(lang, "effective_date"), fmt_date(p["eff"], dstyle)))
    fields.append(("kv", label(lang, "branch"), branch_en if lang == "en" else branch_fr))
    if not doc.get("loc_end"):
        fields.append(("kv", label(lang, "location"), loc))
    sup_mode = doc.get("sup", pick(["fields", "fields", "line", "sentence"]))
    sup_cls_txt = fmt_class(sup["level"], pick(["dash", "dash", "space", "short"]))
    if sup_mode == "fields":
        if sup["pos_no"]:
            fields.append(("kv", label(lang, "sup_pos"), sup["pos_no"]))
        fields.append(("kv", label(lang, "sup_title"), sup_title))
        fields.append(("kv", label(lang, "sup_class"), sup_cls_txt))
    elif sup_mode == "line":
        no = (f", poste no {sup['pos_no']}" if L == "fr" else f", position {sup['pos_no']}") if sup["pos_no"] else ""
        fields.append(("kv", "Relève de" if L == "fr" else "Reports to", f"{sup_title} ({sup_cls_txt}){no}"))
    if p["incumbent"] and doc.get("incumbent_top", True):
        fields.append(("kv", label(lang, "incumbent"), p["incumbent"]))
    if RNG.random() < 0.4:  # shuffle some header fields, keep the title first
        rest = fields[1:]
        RNG.shuffle(rest)
        fields = fields[:1] + rest
    blocks += fields
    if not sup["pos_no"] or sup_mode == "none":
        truth["not_stated"].append("supervisor.position_number")

    def prose(fr_pool, en_pool, k=1):
        out = []
        for _ in range(k):
            if lang in ("fr", "bilingual"):
                out.append(pick(fr_pool).replace("{unit}", p["unit"]))
            if lang in ("en", "bilingual"):
                out.append(pick(en_pool).replace("{unit}", "the directorate"))
        return out

    sections = {}
    sections["resp"] = [("h", heading(lang, "resp"))] + [("p", t) for t in prose(T.RESP_FR, T.RESP_EN)]

    # organization structure
    rform = doc.get("rform", pick(["A", "B", "C", "D", "table", "prose", "A"]))
    omit = doc.get("omit", "none")
    for r in p["reports"]:
        r["cls_txt"] = fmt_class(r["cls"], pick(["dash", "dash", "space", "short"]) if cstyle != "tight" else "dash")
        r["fte_txt"] = fmt_fte(r["fte"], fstyle if fstyle not in ("etp_c",) else "etp")
    st = [("h", heading(lang, "struct"))]
    if sup_mode == "sentence":
        no = (f", no {sup['pos_no']}" if L == "fr" else f", No. {sup['pos_no']}") if sup["pos_no"] else ""
        st.append(("p", (f"Le poste relève directement du poste de {sup_title} ({sup_cls_txt}){no}."
                         if L == "fr" else f"The position reports to the {sup_title} ({sup_cls_txt}){no}.")))
    if lang != "en":
        n = len(p["reports"])
        st.append(("p", pick([f"Les {n} postes suivants relèvent du titulaire :", "Relèvent directement du titulaire :",
                               "Postes subordonnés :", "Rapports hiérarchiques directs :"])))
    else:
        st.append(("p", "Reporting to the incumbent are:"))
    if rform == "table":
        head = (["Titre du poste", "Groupe et niveau", "ETP"] if L == "fr" else ["Position", "Group/Level", "FTEs"])
        if lang == "bilingual":
            head = ["Titre / Title", "Classification", "ETP / FTE"]
        rows = [head]
        for r in p["reports"]:
            rows.append([r["en"] if lang == "en" else r["fr"], "" if omit in ("cls", "both") else r["cls_txt"],
                         "" if omit in ("fte", "both") else str(r["fte"])])
        st.append(("table", rows))
    elif rform == "prose":
        parts = [report_line(r, "A", lang, omit) for r in p["reports"]]
        st[-1] = ("p", (f"Relèvent du titulaire : {'; '.join(parts[:-1])} et {parts[-1]}." if L == "fr"
                        else f"Reporting to the incumbent are the {'; the '.join(parts[:-1])} and the {parts[-1]}."))
    else:
        st.append(("list", [report_line(r, rform, lang, omit) for r in p["reports"]]))
    sections["struct"] = st
    sections["nature"] = [("h", heading(lang, "nature"))] + [("p", t) for t in prose(T.NATURE_FR, T.NATURE_EN, 2)]

    # dimensions
    total_stated = doc.get("total", RNG.random() < 0.75)
    dmode = doc.get("dims", pick(["kv", "kv", "table", "prose"]))
    a = lambda n: fmt_amount(n, astyle)  # noqa: E731
    total = p["salary"] + p["om"]
    dims = [("h", heading(lang, "dims"))]
    if dmode == "prose" and L == "fr":
        s = (f"Le titulaire gère un budget salarial de {a(p['salary'])} et un budget de F et E de {a(p['om'])}"
             + (f", pour un total de {a(total)}" if total_stated else "") + f". Effectif : {p['fte']} ETP.")
        dims.append(("p", s))
    elif dmode == "prose":
        s = (f"The incumbent manages a salary budget of {a(p['salary'])} and an O&M budget of {a(p['om'])}"
             + (f", for a total of {a(total)}" if total_stated else "") + f", and a staff of {p['fte']} FTEs.")
        dims.append(("p", s))
    elif dmode == "table":
        rows = [["", "Budget"] if L == "en" else ["Ressources", "Montant"]]
        rows.append([label(lang, "salary"), a(p["salary"])])
        rows.append([label(lang, "o_and_m"), a(p["om"])])
        if total_stated:
            rows.append([label(lang, "total"), a(total)])
        rows.append([label(lang, "fte"), str(p["fte"])])
        dims.append(("table", rows))
    else:
        dims.append(("kv", label(lang, "fte"), str(p["fte"])))
        dims.append(("kv", label(lang, "salary"), a(p["salary"])))
        dims.append(("kv", label(lang, "o_and_m"), a(p["om"])))
        if total_stated:
            dims.append(("kv", label(lang, "total"), a(total)))
    if not total_stated:
        truth["not_stated"].append("total")
    sections["dims"] = dims
    acts = RNG.sample(T.ACTIVITIES_FR if L == "fr" else T.ACTIVITIES_EN, 5)
    if lang == "bilingual":
        acts += RNG.sample(T.ACTIVITIES_EN, 3)
    sections["acts"] = [("h", heading(lang, "acts")), ("list", acts)]
    if RNG.random() < 0.4:
        sections["results"] = [("h", heading(lang, "results")),
                               ("list", RNG.sample(T.RESULTS_FR if L == "fr" else T.RESULTS_EN, 2))]
    order = pick([["resp", "struct", "nature", "dims", "acts"], ["resp", "dims", "struct", "nature", "acts"],
                  ["resp", "acts", "struct", "dims", "nature"], ["struct", "resp", "nature", "acts", "dims"]])
    if "results" in sections:
        order.insert(order.index("acts"), "results")
    for key in order:
        blocks += sections[key]

    # certification
    people = [p["incumbent"]] if p["incumbent"] else []
    if doc.get("signed", True):
        stitle = sup["abbr"] if L == "fr" and RNG.random() < 0.5 else (sup["title_en"] if L == "en" else sup["title_fr"])
        blocks.append(("h", heading(lang, "cert")))
        blocks.append(("p", "Je certifie que la présente description de travail est exacte." if L == "fr"
                       else "The foregoing is an accurate statement of the duties assigned to the position."))
        if p["incumbent"] and RNG.random() < 0.5:
            blocks.append(("kv", "Signature du titulaire" if L == "fr" else "Incumbent", p["incumbent"]))
        blocks.append(("kv", "Approuvé par" if L == "fr" else "Approved by", f"{p['signer']}, {stitle}"))
        blocks.append(("kv", "Date", fmt_date(p["eff"] - dt.timedelta(days=RNG.randint(3, 40)), dstyle)))
        people.append(p["signer"])
    if doc.get("loc_end"):
        blocks.append(("p", f"{branch_fr if L == 'fr' else branch_en} – {loc}"))

    noacc = strip_accents if doc.get("noaccent") else (lambda s: s)
    truth["fields"] = {
        "title": noacc(title),
        "classification": p["level"],
        "job_code": p["job_code"],
        "position_number": None if doc.get("tbd") else p["pos_no"],
        "effective_date": None if doc.get("no_date") else p["eff"],
        "supervisor": {"position_number": sup["pos_no"], "title": noacc(sup_title), "classification": sup["level"]},
        "direct_reports": [{"title": noacc(r["en"] if lang == "en" else r["fr"]),
                            "classification": None if omit in ("cls", "both") else r["cls"],
                            "fte": None if omit in ("fte", "both") else r["fte"]} for r in p["reports"]],
        "salary": p["salary"], "o_and_m": p["om"], "total": total if total_stated else None,
        "location": noacc(truth_loc),
    }
    if doc.get("tbd"):
        truth["not_stated"].append("position_number")
    truth["also"] = {"fte": p["fte"], "operating_budget": None, "program_budget": None,
                     "provisional_number": pos_txt if doc.get("tbd") else None}
    if lang == "bilingual":
        truth["also"]["title_fr"] = p["title_fr"]
    truth["people"] = people
    return blocks, truth


# --- serializing ------------------------------------------------------------------------------------

def kv_text(lab: str, val: str, style: str) -> list[str]:
    if style == "colon":
        return [f"{lab} : {val}".rstrip()]
    if style == "tight":
        return [f"{lab}: {val}".rstrip()]
    if style == "next":
        return [f"{lab} :", f"    {val}"] if val else [f"{lab} :"]
    if style == "dots":
        return [f"{lab} {'.' * max(3, 40 - len(lab))} {val}".rstrip()]
    if style == "tab":
        return [f"{lab}\t{val}".rstrip()]
    if style == "upper":
        return [f"{lab.upper()}: {val}".rstrip()]
    raise ValueError(style)


def to_text(blocks: list, style: dict) -> str:
    lines: list[str] = []
    n = 0
    for b in blocks:
        if b[0] == "h":
            n += 1
            h = b[1]
            if style["h"] == "upper":
                h = h.upper()
            elif style["h"] == "numbered" and n > 2:
                h = f"{n - 2}. {h}"
            elif style["h"] == "lettered" and n > 2:
                h = f"{'ABCDEFGHIJKL'[n - 3]}) {h}"
            lines += ["", h]
            if style["h"] == "underline":
                lines.append("=" * len(h))
        elif b[0] == "kv":
            lines += kv_text(b[1], b[2], style["kv"])
        elif b[0] == "p":
            lines += [""] + wrap(b[1], style.get("width", 0))
        elif b[0] == "list":
            for k, item in enumerate(b[1], 1):
                bullet = {"dash": "- ", "star": "* ", "num": f"{k}. ", "bullet": "• ", "o": "o "}[style["bullet"]]
                lines += wrap(bullet + item, style.get("width", 0), indent=" " * len(bullet))
        elif b[0] == "table":
            widths = [max(len(r[c]) for r in b[1]) for c in range(len(b[1][0]))]
            for r in b[1]:
                if style.get("table") == "pipes":
                    lines.append("| " + " | ".join(x.ljust(w) for x, w in zip(r, widths)) + " |")
                else:
                    lines.append("\t".join(r).rstrip())
    text = "\n".join(lines).strip("\n") + "\n"
    return text


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    if not width or len(text) <= width:
        return [text]
    out, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = indent + w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return out


def to_docx(blocks: list, style: dict) -> bytes:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = style.get("author", "")
    cp.last_modified_by = style.get("author", "")
    cp.created = cp.modified = dt.datetime(2023, 3, 1, 9, 0, 0)
    cp.last_printed = dt.datetime(2023, 3, 1, 9, 0, 0)
    cp.revision = 1
    cp.title = ""
    pending: list = []

    def flush():
        if not pending:
            return
        if style.get("kvtable"):
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in pending:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = lab, val
        else:
            for lab, val in pending:
                para = d.add_paragraph()
                para.add_run(f"{lab} :" if not lab.endswith(":") else lab).bold = True
                para.add_run(f" {val}")
        pending.clear()

    for b in blocks:
        if b[0] == "kv":
            pending.append((b[1], b[2]))
            continue
        flush()
        if b[0] == "h":
            if style.get("hstyle") == "heading":
                d.add_heading(b[1], level=2)
            else:
                r = d.add_paragraph().add_run(b[1].upper() if style.get("hupper") else b[1])
                r.bold = True
                r.font.size = Pt(12)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "list":
            for item in b[1]:
                d.add_paragraph(item, style="List Bullet" if style.get("bullets", True) else "List Number")
        elif b[0] == "table":
            t = d.add_table(rows=0, cols=len(b[1][0]))
            t.style = "Table Grid"
            for row in b[1]:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
    flush()
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def to_pdf(text: str, footer: str) -> bytes:
    lines = []
    for line in text.replace("\t", "    ").splitlines():
        lines += wrap(line, 98, indent="  ") if len(line) > 98 else [line]
    pages = [lines[k:k + 64] for k in range(0, len(lines), 64)]
    out = []
    for k, pg in enumerate(pages, 1):
        out.append("\n".join(pg + ["", f"{footer}    Page {k} de {len(pages)}" if footer else f"- {k} -"]))
    return pdf_bytes(out)


# --- damage -----------------------------------------------------------------------------------------

DIGITS = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b"}


def ocr(text: str, strength: float, header: str) -> str:
    out = []
    for line in text.splitlines():
        if any(ch.isdigit() for ch in line) and not line.startswith(("19", "20")):
            line = "".join(DIGITS.get(ch, ch) if ch in DIGITS and RNG.random() < strength else ch for ch in line)
        if len(line) > 60 and RNG.random() < 0.7:
            words = line.split(" ")
            for k in range(len(words) - 1):
                if RNG.random() < 0.04 and words[k].isalpha():
                    words[k] = words[k] + "\x00"
            line = " ".join(words).replace("\x00 ", "")
            line = (line.replace("rn", "m", 1) if RNG.random() < 0.3 else line)
            line = (line.replace("li", "Ii", 1) if RNG.random() < 0.3 else line)
            line = (line.replace("é", "e", 1) if RNG.random() < 0.3 else line)
        out.append(line)
    # hyphenate long lines at width 72, running header every 45 lines
    lines: list[str] = []
    for line in out:
        while len(line) > 76:
            cut = line.rfind(" ", 0, 72)
            if cut < 30:
                break
            word_end = line.find(" ", cut + 1)
            word = line[cut + 1:word_end if word_end > 0 else None]
            if len(word) > 7 and word.isalpha() and RNG.random() < 0.5:
                half = len(word) // 2
                lines.append(line[:cut + 1] + word[:half] + "-")
                line = word[half:] + line[cut + 1 + len(word):]
            else:
                lines.append(line[:cut])
                line = line[cut + 1:]
        lines.append(line)
    paged, page = [], 1
    for k, line in enumerate(lines):
        if k and k % 45 == 0:
            page += 1
            paged += ["", f"{header}", f"Page {page}", ""]
        paged.append(line)
    return "\n".join(paged) + "\n"


def mojibake(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


def replacement(text: str) -> str:
    return text.encode("cp1252", errors="replace").decode("utf-8", errors="replace")


def curly(text: str) -> str:
    return text.replace("'", "\u2019")


# --- the plan ---------------------------------------------------------------------------------------

def file_name(p: dict, doc: dict, k: int) -> str:
    t = p["title_en"] if doc["lang"] == "en" else p["title_fr"]
    if doc.get("noaccent"):
        t = strip_accents(t)
    t = t.replace("/", "-")
    ext = {"text": ".txt", "text-cp1252": ".txt", "ocr": ".txt", "docx": ".docx", "pdf": ".pdf"}[doc["kind"]]
    short = p["dept"][1]
    forms = [f"{t}{ext}", f"{t} - {short}{ext}", f"DT {t} ({p['level']}){ext}", f"{t} FINAL{ext}",
             f"{t} (1){ext}", f"{short} - {t} - {p['eff'].year}{ext}", f"{t} {p['pos_no']}{ext}",
             f"{t.upper()}{ext}", f"Description de travail - {t}{ext}", f"{t} - signée{ext}",
             f"{t}_v2{ext}", f"EX {t}{ext}"]
    return forms[k % len(forms)] if "name" not in doc else doc["name"]


PLAN = (
    # kind, lang, options
    [("text", "fr", {})] * 3 + [("text", "fr", {"noaccent": True, "upper": True})] * 2
    + [("text", "fr", {"noaccent": True})]
    + [("text", "fr", {"mojibake": True})] * 2 + [("text", "fr", {"replacement": True})]
    + [("text", "bilingual", {})] * 2 + [("text", "en", {})]
    + [("text-cp1252", "fr", {})] * 4 + [("text-cp1252", "fr", {"noaccent": True, "upper": True})]
    + [("text-cp1252", "fr", {"mojibake_part": True})]
    + [("text-cp1252", "bilingual", {})]
    + [("ocr", "fr", {})] * 3 + [("ocr", "fr", {"noaccent": True, "upper": True})] * 2
    + [("ocr", "fr", {"run": True})] + [("ocr", "en", {})]
    + [("docx", "fr", {})] * 6 + [("docx", "fr", {"noaccent": True})] + [("docx", "fr", {"abbr": True})]
    + [("docx", "bilingual", {})] + [("docx", "en", {})]
    + [("pdf", "fr", {})] * 5 + [("pdf", "fr", {"noaccent": True, "upper": True})] + [("pdf", "fr", {"abbr": True})]
    + [("pdf", "bilingual", {})] + [("pdf", "en", {})]
)


def render_wd(p: dict, doc: dict) -> tuple[bytes, dict]:
    blocks, truth = build(p, doc)
    kind = doc["kind"]
    if doc.get("noaccent"):  # the names as printed
        truth["people"] = [strip_accents(n) for n in truth["people"]]
    for damage in ("mojibake", "replacement", "mojibake_part"):
        if doc.get(damage):  # the true name and the name as it reads now
            f = replacement if damage == "replacement" else mojibake
            truth["people"] = [v for n in truth["people"] for v in dict.fromkeys([n, f(n)])]
    if doc.get("upper"):
        blocks = [(b[0], b[1].upper()) if b[0] == "h" else
                  ("kv", b[1].upper(), b[2]) if b[0] == "kv" else b for b in blocks]
    if kind == "docx":
        style = {"kvtable": RNG.random() < 0.6, "hstyle": pick(["heading", "bold"]), "hupper": RNG.random() < 0.5,
                 "bullets": RNG.random() < 0.7, "author": p["signer"] if RNG.random() < 0.3 else "Utilisateur"}
        if doc.get("noaccent"):
            blocks = [tuple(strip_accents(x) if isinstance(x, str) else
                            ([strip_accents(i) if isinstance(i, str) else [strip_accents(c) for c in i] for i in x])
                            for x in b) for b in blocks]
        if not doc.get("signed", True):
            style["author"] = "Utilisateur"
        return to_docx(blocks, style), truth
    style = {"h": pick(["plain", "upper", "numbered", "lettered", "underline"]),
             "kv": pick(["colon", "colon", "tight", "next", "dots", "tab", "upper"]),
             "bullet": pick(["dash", "star", "num", "bullet", "o"]), "table": pick(["pipes", "tabs"]),
             "width": pick([0, 0, 90, 100])}
    text = to_text(blocks, style)
    if doc.get("noaccent"):
        text = strip_accents(text)
    if doc.get("upper"):
        text = text.upper() if RNG.random() < 0.5 else text
    if kind == "ocr":
        text = ocr(text, pick([0.15, 0.3, 0.5]), f"{p['dept'][1]} - Description de travail EX")
        if doc.get("run"):
            text = " ".join(text.split())
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
        return text.encode("utf-8"), truth
    if kind == "pdf":
        return to_pdf(text, pick([p["dept"][1], f"{p['dept'][0]}", ""])), truth
    if doc.get("mojibake"):
        text = mojibake(text)
    if doc.get("replacement"):
        text = replacement(text)
    if doc.get("mojibake_part"):
        cut = text.find("\n\n", len(text) // 2)
        text = text[:cut] + mojibake(text[cut:])
    if kind == "text-cp1252":
        return curly(text).replace("\n", "\r\n").encode("cp1252", errors="replace"), truth
    return text.encode("utf-8"), truth


# --- documents to refuse ----------------------------------------------------------------------------

def refused() -> list[tuple[str, str, str, bytes, list[str]]]:
    dg, a, b, c, d = person(True), person(False), person(True), person(False), person(True)
    memo = (f"NOTE DE SERVICE\r\n\r\nDESTINATAIRES : Directrices et directeurs, Région du Québec\r\n"
            f"EXPÉDITRICE : {dg}, Directrice générale régionale\r\nDATE : 14 février 2023\r\n"
            f"OBJET : Mise à jour des descriptions de travail EX avant l’exercice de gestion des talents\r\n\r\n"
            f"Dans le cadre de l’exercice de gestion des talents des cadres 2023, je vous demande de revoir la "
            f"description de travail de votre poste (EX-01 et EX-02) et de la transmettre à l’équipe de "
            f"classification d’ici le 31 mars 2023. Les descriptions doivent indiquer le job code, le numéro de poste, "
            f"les ETP et le budget de F et E à jour.\r\n\r\nLes questionnaires des EX-03 seront transmis au BDPRH par "
            f"le bureau de la SMA. Pour toute question, communiquez avec {a}, conseiller principal en "
            f"classification, au 514-555-0142.\r\n\r\n{dg}\r\nDGR, Région du Québec\r\n")
    minutes = (f"PROCÈS-VERBAL — Comité de gestion régional (CGR)\nDate : 2023-05-17, 9 h 30 à 11 h\n"
               f"Lieu : Complexe Guy-Favreau, Montréal, salle 7-120 et Teams\n\n"
               f"Présents : {dg} (présidente), {a}, {b}, {c}\nAbsente : {d}\n\n"
               f"1. Adoption de l'ordre du jour — adopté.\n"
               f"2. Suivi budgétaire T1 : les salaires sont à 24,6 % et le F et E à 18 % du budget annuel. "
               f"{c} présentera une projection révisée en juin.\n"
               f"3. Descriptions de travail EX : trois descriptions (DG, Opérations; Directrice, Services aux "
               f"citoyens; Directeur, Intégrité) sont en révision. Job codes à confirmer avec le centre d'expertise.\n"
               f"4. Dotation : processus EX-01 en cours, 14 candidatures reçues.\n"
               f"5. Varia — prochaine rencontre le 21 juin 2023.\n\nRédigé par : {b}\n")
    return [
        ("Note de service - mise a jour des DT EX.txt", "text-cp1252", "fr",
         memo.encode("cp1252"), [dg, a]),
        ("PV CGR 2023-05-17.txt", "text", "fr", minutes.encode("utf-8"), [dg, a, b, c, d]),
        ("Lettre d'offre - Directrice intérimaire EX-01 (signée).docx", "docx", "fr", offer_letter(b, dg), [b, dg]),
        ("Entente de rendement 2022-2023 - DG Opérations.pdf", "pdf", "bilingual", agreement(c, dg), [c, dg]),
        ("Numérisation_20230412_0001.pdf", "pdf", "fr", pdf_bytes(["", ""]), []),
    ]


def offer_letter(who: str, signer: str) -> bytes:
    blocks = [("h", "Agence du revenu du Canada"), ("p", "Le 3 octobre 2022"), ("p", f"{who}\nShawinigan (Québec)"),
              ("h", "Objet : Offre de nomination intérimaire"),
              ("p", f"Madame, j'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice "
                    f"exécutive, Centre fiscal (EX-02), poste no 48213, à Shawinigan (Québec), du 11 octobre 2022 au "
                    f"31 mars 2023."),
              ("p", "Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des "
                    "cadres. Les autres conditions d'emploi demeurent inchangées."),
              ("p", "Veuillez signer et retourner une copie de la présente lettre d'ici le 7 octobre 2022."),
              ("p", f"{signer}\nSous-commissaire adjointe, Région du Québec"),
              ("kv", "J'accepte l'offre", f"{who}"), ("kv", "Date", "2022-10-05")]
    return to_docx(blocks, {"kvtable": False, "hstyle": "bold", "author": "RH"})


def agreement(who: str, sup: str) -> bytes:
    text = (f"ENTENTE DE RENDEMENT DES CADRES / EXECUTIVE PERFORMANCE AGREEMENT\n2022-2023\n\n"
            f"Nom / Name : {who}\nPoste / Position : Directeur général, Opérations régionales (EX-03)\n"
            f"Superviseur / Supervisor : {sup}\n\n"
            f"ENGAGEMENTS / COMMITMENTS\n"
            f"1. Résultats opérationnels : atteindre les normes de service de 80 % dans les centres d'appels.\n"
            f"2. Gestion financière : respecter le budget de F et E de 2,4 M$ (écart < 2 %).\n"
            f"3. Leadership : mettre en oeuvre le plan d'action en matière de santé mentale.\n"
            f"4. Engagement organisationnel : parrainer le réseau des jeunes fonctionnaires.\n\n"
            f"Mesures / Measures : tableaux de bord trimestriels, sondage auprès des fonctionnaires fédéraux.\n\n"
            f"Signature du cadre / Executive : {who}        Date : 2022-06-15\n"
            f"Signature du superviseur / Supervisor : {sup}        Date : 2022-06-20\n")
    return pdf_bytes([text])


# --- main -------------------------------------------------------------------------------------------

class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    style = "'" if value[:1].isdigit() else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


Dumper.add_representer(str, _str)


def dump(obj: dict) -> str:
    return yaml.dump(obj, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=120)


def main() -> None:
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    docs = []
    positions = [make_position(i) for i in range(len(PLAN))]
    for k, ((kind, lang, opts), p) in enumerate(zip(PLAN, positions)):
        doc = {"kind": kind, "lang": lang, **opts}
        if k % 7 == 3:
            doc["rform"], doc["omit"] = pick(["A", "B", "table"]), pick(["cls", "fte", "both"])
        if k % 9 == 5:
            doc["sup"] = "sentence"
        if k % 11 == 4:
            doc["no_date"] = True
        if k % 13 == 6:
            doc["loc_end"] = True
        if k % 8 == 7:
            doc["signed"] = False
        if k == 17:
            doc["tbd"] = True
        if doc.get("upper") or doc.get("noaccent"):
            doc["abbr"] = True
        name = file_name(p, doc, k)
        docs.append((name, p, doc))
    # two versions: an earlier description of the same position, revised later
    versions = {}
    for base, suffix, kind in ((3, " - révisée 2023", "text"), (27, " (signée)", "pdf")):
        name0, p0, doc0 = docs[base]
        p1 = dict(p0)
        p1["eff"] = p0["eff"] + dt.timedelta(days=400 + base)
        p1["salary"] = round_to(int(p0["salary"] * 1.08), 10_000)
        p1["reports"] = [dict(r) for r in p0["reports"]]
        stem = name0.rsplit(".", 1)[0]
        ext = {"text": ".txt", "pdf": ".pdf"}[kind]
        doc1 = dict(doc0, kind=kind)
        docs.append((f"{stem}{suffix}{ext}", p1, doc1))
        versions[name0] = versions[f"{stem}{suffix}{ext}"] = {
            "documents": [name0, f"{stem}{suffix}{ext}"], "newest": f"{stem}{suffix}{ext}"}
    seen = set()
    for name, p, doc in docs:
        assert name not in seen, name
        seen.add(name)
        data, truth = render_wd(p, doc)
        (CORPUS / name).write_bytes(data)
        exp = {"document": name, "kind": doc["kind"], "language": doc["lang"], "outcome": "import",
               "fields": truth["fields"], "not_stated": truth["not_stated"], "also": truth["also"],
               "people": truth["people"], "versions": versions.get(name)}
        (EXPECTED / f"{name}.expected.yaml").write_text(dump(exp), encoding="utf-8")
    for name, kind, lang, data, people in refused():
        (CORPUS / name).write_bytes(data)
        exp = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
               "not_stated": [], "also": None, "people": people, "versions": None}
        (EXPECTED / f"{name}.expected.yaml").write_text(dump(exp), encoding="utf-8")


if __name__ == "__main__":
    main()
